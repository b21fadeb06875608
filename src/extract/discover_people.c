/*
 * People in actor discovery (discover_parts.h): names after titles ("Prime Minister Petr Necas",
 * "RMT boss Mick Lynch"), in appositives and lists, or beside a verb of saying; their
 * affiliations and the titles the text uses alone ("the prime minister", "the Pope"); one person
 * across full name, surname and spelling variants.
 */
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* The affiliation right before a title that starts at token t ("Tuvalu's delegation chief",
 * "UAW President"): a place, or a capitalised word, as a span of the text and a place. */
static void affiliation(const struct discovery *d, size_t t, struct found *f)
{
    if (t == 0 || (d->tokens[t].flags & SG_TOKEN_GAP) || word_is(d, t - 1, sg_discover_stops))
        return; /* not "The" of "The Minister for Foreign Affairs Penny Wong" */
    if (d->affiliation.end && d->affiliation.end == d->tokens[t - 1].end) {
        f->group = d->affiliation; /* "New Zealand Council of Trade Unions president" */
        return;
    }
    size_t a = t - 1;
    const struct sg_gazetteer_surface *s = surface_of(d, a);
    if (s) {
        f->group_place = (long)s->entry;
        return;
    }
    size_t from = a; /* the whole name: "Public Affairs party leader" */
    while (from > 0 && is_capital(d, from - 1) && !(d->tokens[from].flags & SG_TOKEN_GAP) &&
           !(d->tokens[from - 1].flags & SG_TOKEN_POSSESSIVE) && d->place[from - 1] < 0)
        from--;
    while (from < a && word_is(d, from, sg_discover_stops))
        from++;
    if (is_capital(d, a) && !sg_discover_is_title(d, a) &&
        !((d->tokens[from].flags & SG_TOKEN_INITIAL) && from == a && sg_discover_common_word(d, a)))
        f->group = token_span(d, from, a + 1);
}

/* Nonzero when token t is a lowercase singular noun whose first sense in WordNet is a person
 * ("businessman", "singer"), and no adjective ("conservative Muslim policies", "federal Cabinet
 * ministers") or verb ("Trump accused Zelensky"): an occupation, which names the person after it as
 * a title does (when occupation_names says so). */
static int occupation(const struct discovery *d, size_t t)
{
    char word[32];
    if (is_capital(d, t) || d->place[t] >= 0 || word_is(d, t, sg_discover_stops) ||
        (d->tokens[t].flags & SG_TOKEN_POSSESSIVE) ||
        !sg_discover_lower_word(d, t, word, sizeof word))
        return 0;
    if (strcmp(word, "counterpart") == 0)
        return 1; /* "his French counterpart Catherine Colonna": WordNet's first sense a thing */
    char base[32];
    return sg_lemma(word, 'n', base, sizeof base) == 0 && strcmp(base, word) == 0 &&
           !sg_lemma_is(word, 'a') && !sg_lemma_is(word, 'v') && sg_lemma_is_person(word);
}

/* Where the capitalised words that start at token t end, places among them ("Sri Lanka
 * Freedom Party"). */
static size_t capitals_end(const struct discovery *d, size_t t)
{
    size_t end = t + 1;
    while (end < d->token_count && is_capital(d, end) && !(d->tokens[end].flags & SG_TOKEN_GAP))
        end++;
    return end;
}

/* Nonzero when the occupation before token t names the chain from t on as a person: not a
 * name that ends in an organisation's head word ("rival US Foods Inc."), an acronym alone ("the
 * guerrilla FARC") nor a name before one ("the militant Hamas movement"). */
static int occupation_names(const struct discovery *d, size_t t)
{
    size_t end = sg_discover_chain_end(d, t);
    return !word_is(d, end - 1, sg_discover_org_heads) &&
           !(end == t + 1 && (d->tokens[t].flags & SG_TOKEN_ACRONYM)) &&
           !(end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
             word_is(d, end, sg_discover_org_heads));
}

size_t sg_discover_title_start(const struct discovery *d, size_t t, int across_comma)
{
    size_t start = t;
    int title = 0;
    for (size_t k = t; k > 0 && t - k < 4; k--) {
        size_t w = k - 1;
        if ((d->tokens[k].flags & SG_TOKEN_GAP) &&
            !(across_comma && k == t && sg_discover_comma_before(d, k)))
            break;
        if (k == t && !is_capital(d, w) &&
            word_is(d, capitals_end(d, t) - 1, sg_discover_org_heads))
            break; /* "the official Sri Lanka Freedom Party": a lowercase title before a body */
        if (sg_discover_is_title(d, w) || (k == t && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
                                           occupation(d, w) && occupation_names(d, t))) {
            title = 1;
        } else if (!title || is_capital(d, w) || d->place[w] >= 0 ||
                   word_is(d, w, sg_discover_stops)) {
            break;
        }
        start = w; /* "delegation chief", "ecological transition minister" */
    }
    return title ? start : t;
}

/* Keeps "the TITLE" as an alias of the person when the text uses it ("the prime minister" for
 * "Prime Minister Petr Necas"): the title words [from, to), then the last alone; in lowercase
 * (a title, for the holder named last), and as the chain writes them ("the Chancellor": a
 * name). */
static void note_titles(const struct discovery *d, struct found *f, size_t from, size_t to)
{
    for (size_t k = 0; k < 2 && from < to; k++, from = to - 1) {
        struct span title = token_span(d, from, to);
        char *lower = f->titles[k], *written = f->titles[k + 2];
        int n = snprintf(written, sizeof f->titles[k], "the %.*s", (int)(title.end - title.start),
                         d->text + title.start);
        if (n < 0 || (size_t)n >= sizeof f->titles[k] || strchr(written, '\'')) {
            lower[0] = written[0] = '\0';
            continue;
        }
        for (int i = 0; i <= n; i++)
            lower[i] = (char)tolower((unsigned char)written[i]);
        if (!sg_discover_has_phrase(d, lower) || (k == 1 && strcmp(lower, f->titles[0]) == 0))
            lower[0] = '\0';
        if (!isupper((unsigned char)written[4]) || !sg_discover_has_phrase(d, written) ||
            (k == 1 && strcmp(written, f->titles[2]) == 0))
            written[0] = '\0';
    }
}

struct found *sg_discover_add_person(struct discovery *d, size_t from, size_t to, size_t title,
                                     size_t title_end)
{
    struct found *f = sg_discover_add_found(d, SG_ACTOR_PERSON, d->tokens[from].start);
    if (!f)
        return NULL;
    f->name = token_span(d, from, to);
    sg_discover_add_surface(d, f, f->name);
    affiliation(d, title, f);
    if (title < title_end)
        note_titles(d, f, title, title_end);
    /* "Kazakh President Nursultan Nazarbayev", "UK Prime Minister Keir Starmer", "Tuvalu's
     * delegation chief Seve Paeniu": a place's demonym, name or possessive before the title
     * goes with the name */
    const struct sg_gazetteer_surface *place = title > 0 ? surface_of(d, title - 1) : NULL;
    if (title < from && place && !(d->tokens[title].flags & SG_TOKEN_GAP) &&
        !(d->tokens[from].flags & SG_TOKEN_GAP)) {
        size_t start = title - 1;
        while (start > 0 && d->place[start - 1] == d->place[title - 1] &&
               !(d->tokens[start].flags & SG_TOKEN_GAP))
            start--;
        sg_discover_add_surface(d, f, token_span(d, start, to));
    }
    /* "SLM spokesman Bahar Ibrahim", "RMT boss Mick Lynch", "Maoist Centre's General
     * Secretary Dev Gurung": so does an organisation's name before the title, which then names
     * no actor of its own there */
    if (title < from && f->group.end && title > 0 && f->group.end == d->tokens[title - 1].end &&
        !(d->tokens[title].flags & SG_TOKEN_GAP) && !(d->tokens[from].flags & SG_TOKEN_GAP))
        sg_discover_add_surface(d, f, (struct span){f->group.start, d->tokens[to - 1].end});
    /* "von der Leyen", "da Silva": the surname with its particles, as the text writes it */
    for (size_t t = from + 1; t + 1 < to; t++)
        if (word_is(d, t, sg_discover_particles)) {
            sg_discover_add_surface(d, f, token_span(d, t, to));
            break;
        }
    return f;
}

/* Nonzero when a comma or an opening bracket, and no sentence's end, stands before token t:
 * where an appositive starts. */
static int appositive_gap(const struct discovery *d, size_t t)
{
    int opens = 0;
    for (size_t i = d->tokens[t - 1].end; i < d->tokens[t].start; i++) {
        if (strchr(".!?;:", d->text[i]))
            return 0;
        opens |= d->text[i] == ',' || d->text[i] == '(';
    }
    return opens;
}

/* Nonzero when the title at token t stands before a comma and a name ("GamesRadar+,
 * Microsoft's vice chair and president, Brad Smith"): the title is that name's. */
static int titles_next_name(const struct discovery *d, size_t t)
{
    for (size_t k = t + 1; k < d->token_count && k < t + 6; k++)
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return sg_discover_comma_before(d, k) && is_capital(d, k) &&
                   !sg_discover_is_title(d, k) && !word_is(d, k, sg_discover_stops);
    return 0;
}

/* Where the owner's name that starts at token t ends, past its possessive, within six words
 * ("Friends of the Earth's"), or t when no name with a possessive starts there. */
static size_t owner_end(const struct discovery *d, size_t t)
{
    static const char *const joints[] = {"of", "the", "and", NULL};
    for (size_t k = t; k < d->token_count && k < t + 6 && is_capital(d, t); k++) {
        if ((k > t && (d->tokens[k].flags & SG_TOKEN_GAP)) ||
            (!is_capital(d, k) && !word_is(d, k, joints)))
            return t;
        if (d->tokens[k].flags & SG_TOKEN_POSSESSIVE)
            return is_capital(d, k) ? k + 1 : t;
    }
    return t;
}

/* Where the appositive after a chain ending at token to starts (past its determiner, or an
 * owner's name) and its title or organisation's title word stands, within four words, or six
 * after an owner's name ("Arunabha Ghosh, a special envoy": "special", "envoy"; "Marcie
 * Keever, Friends of the Earth's oceans and vessels program director": "oceans",
 * "director"); SIZE_MAX in *head when there is none. An organisation's title that owns the
 * rest is no head ("the group's program director"), nor one before a person's title ("a union
 * leader": "leader"). */
static size_t appositive_head(const struct discovery *d, size_t to, size_t *head)
{
    static const char *const determiners[] = {"a", "an", "the", "its", "his", "her", "their", NULL};
    *head = SIZE_MAX;
    if (to >= d->token_count || !appositive_gap(d, to))
        return to;
    size_t start = to + (word_is(d, to, determiners) ? 1 : 0), words = 4;
    size_t owner = owner_end(d, start);
    if (owner > start) {
        start = owner; /* "Friends of the Earth's oceans and vessels program director" */
        words = 6;
    }
    for (size_t k = start; k < d->token_count && k < start + words; k++) {
        if (k > to && (d->tokens[k].flags & SG_TOKEN_GAP))
            break;
        /* "the 1922 Committee, Mr Rees-Mogg": a titled name of its own, no appositive */
        if (sg_discover_is_title(d, k) && is_capital(d, k) && is_capital(d, k + 1) &&
            !sg_discover_is_title(d, k + 1) && !(d->tokens[k + 1].flags & SG_TOKEN_GAP))
            break;
        /* not "the group's director"; nor "Union" of "the European Union competition
         * commissioner": a place's word owns the title after it */
        if (sg_discover_is_title(d, k) ||
            (word_is(d, k, sg_discover_org_titles) && d->place[k] < 0 &&
             !(d->tokens[k].flags & SG_TOKEN_POSSESSIVE))) {
            /* "a union leader": a person's title after the organisation's word is the head */
            *head = k + 1 < d->token_count && !sg_discover_is_title(d, k) &&
                            !(d->tokens[k + 1].flags & SG_TOKEN_GAP) &&
                            sg_discover_is_title(d, k + 1)
                        ? k + 1
                        : k;
            break;
        }
    }
    return start;
}

/* Nonzero when a title and its complement stand before a comma and the chain at token from
 * ("the United States ambassador to Kenya, Michael Ranneberger", "FCCPC Director of Public
 * Affairs, Ondaje Ijagwu"): "to", "of" or "for", maybe "the", and one to four capitalised
 * words. */
static int title_complement_before(const struct discovery *d, size_t from)
{
    static const char *const complements[] = {"to", "of", "for", NULL};
    if (!sg_discover_comma_before(d, from))
        return 0;
    size_t k = from - 1, words = 0;
    while (k > 1 && words < 4 && (is_capital(d, k) || d->place[k] >= 0) &&
           !(d->tokens[k].flags & SG_TOKEN_GAP)) {
        k--;
        words++;
    }
    if (words > 0 && k > 2 && sg_token_is(d->text, &d->tokens[k], "the") &&
        !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--; /* "the head of the International Atomic Energy Agency, Rafael Grossi" */
    return words > 0 && word_is(d, k, complements) && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
           sg_discover_is_title(d, k - 1);
}

/* Nonzero when a comma sets the chain [from, to), a full name of two words or more, after a word
 * that names a person: an occupation ("his Ethiopian counterpart, Gedion Timothewos"; not a word
 * a company may be: "The bank's owner, Goldman Sachs", "The investor, Elliott Management"), or a
 * capitalised title after "the" or a possessive determiner ("the Speaker, Moses Wetangula"). */
static int named_after_comma(const struct discovery *d, size_t from, size_t to)
{
    static const char *const determiners[] = {"the", "his", "her", "its", "their", NULL};
    static const char *const companies[] = {
        "owner",    "parent",   "rival",      "employer",    "buyer",       "seller",
        "partner",  "bidder",   "competitor", "backer",      "shareholder", "investor",
        "lender",   "insurer",  "contractor", "supplier",    "developer",   "operator",
        "mediator", "creditor", "auditor",    "broker",      "provider",    "manufacturer",
        "retailer", "producer", "publisher",  "distributor", "miner",       "builder",
        "carrier",  "landlord", "sponsor",    NULL};
    size_t w = from - 1;
    if (to - from < 2 || from < 2 || !sg_discover_comma_before(d, from) ||
        (d->tokens[w].flags & SG_TOKEN_GAP))
        return 0;
    if (occupation(d, w))
        return !word_is(d, w, companies) && !word_is(d, w, sg_discover_org_titles);
    return is_capital(d, w) && sg_discover_is_title(d, w) && !is_capital(d, w - 1) &&
           word_is(d, w - 1, determiners);
}

int sg_discover_apposition(const struct discovery *d, size_t from, size_t to)
{
    if (sg_discover_comma_before(d, from) && sg_discover_is_title(d, from - 1) &&
        !is_capital(d, from - 1))
        return 'p';
    if (named_after_comma(d, from, to))
        return 'p';
    if (title_complement_before(d, from))
        return 'p';
    size_t head;
    appositive_head(d, to, &head);
    if (head == SIZE_MAX)
        return 0;
    if (sg_discover_is_title(d, head))
        return titles_next_name(d, head) ? 0 : 'p';
    return 'o';
}

/* Where the name starts after a title's "of" phrase ("Secretary of State Marco Rubio",
 * "Minister of Foreign Affairs Abbas Araghchi"): past "of" and the common words and places
 * after it; past "the" ("Leader of the House Lakshman Kiriella"), a common word only when two
 * words are left for the name ("the United States of America Joe Biden": "Joe" stays). */
static size_t after_title(const struct discovery *d, size_t t, size_t to)
{
    if (t >= to || !word_is(d, t, sg_discover_particles))
        return t;
    int the = 0;
    for (; t < to; t++) {
        if (sg_token_is(d->text, &d->tokens[t], "the"))
            the = 1;
        else if (!word_is(d, t, sg_discover_particles) && d->place[t] < 0 &&
                 !(sg_discover_common_word(d, t) && (!the || t + 2 < to)) &&
                 !sg_token_is(d->text, &d->tokens[t], "and"))
            break;
    }
    return t;
}

int sg_discover_listed_after_person(const struct discovery *d, size_t from, size_t to)
{
    if (d->count == 0 || d->found[d->count - 1].type != SG_ACTOR_PERSON)
        return 0;
    size_t at = d->tokens[from].start, end = d->found[d->count - 1].name.end;
    if (end > at || at - end > 6 || !sg_discover_list_separator(d, from))
        return 0;
    int after_and = !(d->tokens[from].flags & SG_TOKEN_GAP);
    return after_and || (sg_discover_list_separator(d, to) && is_capital(d, to)) ||
           (to + 1 < d->token_count && sg_token_is(d->text, &d->tokens[to], "and") &&
            is_capital(d, to + 1));
}

int sg_discover_listed_after_title(const struct discovery *d, size_t from)
{
    if (from < 2 || (d->tokens[from].flags & SG_TOKEN_GAP))
        return 0;
    size_t t = from - 1;
    if (sg_token_is(d->text, &d->tokens[t], "as") &&
        sg_token_is(d->text, &d->tokens[t - 1], "such"))
        t--;
    else if (!sg_token_is(d->text, &d->tokens[t], "including"))
        return 0;
    return t > 0 && sg_discover_is_title(d, t - 1) && !is_capital(d, t - 1) &&
           d->text[d->tokens[t - 1].end - 1] == 's';
}

/* The title before a comma and the name at token from ("the Prime Minister, Mrs Theresa May"):
 * its capitalised title words, after "the", as [*title, from - 1). Returns whether one stands
 * there. */
static int title_before_comma(const struct discovery *d, size_t from, size_t *title)
{
    if (!sg_discover_comma_before(d, from))
        return 0;
    size_t k = from - 1;
    while (k > 0 && from - k < 4 && is_capital(d, k) && !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    if (k + 1 == from || !sg_token_is(d->text, &d->tokens[k], "the") ||
        !sg_discover_is_title(d, from - 1))
        return 0;
    *title = k + 1;
    return 1;
}

/* The capitalised title before a comma and the name at token from, after a place's possessive
 * ("Canada’s Prime Minister, Justin Trudeau"): the place's first token in *owner. Returns
 * whether one stands there. */
static int place_title_before_comma(const struct discovery *d, size_t from, size_t *owner)
{
    if (!sg_discover_comma_before(d, from) || !sg_discover_is_title(d, from - 1))
        return 0;
    size_t k = from - 1;
    while (k > 0 && from - k < 4 && d->place[k] < 0 && is_capital(d, k) &&
           !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    if (k + 1 == from || d->place[k] < 0 || !(d->tokens[k].flags & SG_TOKEN_POSSESSIVE) ||
        (d->tokens[k + 1].flags & SG_TOKEN_GAP))
        return 0;
    while (k > 0 && d->place[k - 1] == d->place[k] && !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    *owner = k;
    return 1;
}

void sg_discover_note_title_before_comma(struct discovery *d, struct found *f, size_t from)
{
    size_t before = 0;
    if (title_before_comma(d, from, &before))
        note_titles(d, f, before, from);
    else if (place_title_before_comma(d, from, &before))
        sg_discover_add_surface(d, f, token_span(d, before, from));
}

void sg_discover_add_titled_after_comma(struct discovery *d, size_t from, size_t to)
{
    size_t title = sg_discover_title_start(d, from, 1);
    struct found *f = sg_discover_add_person(d, from, to, title, title < from ? from : 0);
    if (f)
        sg_discover_note_title_before_comma(d, f, from);
    if (f && title < from && title > 0 && d->place[title - 1] >= 0 &&
        (d->tokens[title - 1].flags & SG_TOKEN_POSSESSIVE))
        sg_discover_add_surface(d, f, token_span(d, title - 1, from));
    /* "He Yongqian, a Chinese commerce ministry spokesperson ... the commerce ministry
     * spokesperson said": the appositive's title, past its place, as for a title before */
    size_t head, start = appositive_head(d, to, &head);
    while (start < head && start < d->token_count && (d->place[start] >= 0 || is_capital(d, start)))
        start++; /* head is SIZE_MAX, and start the token count, when no title follows */
    if (f && title == from && head != SIZE_MAX && sg_discover_is_title(d, head) &&
        !is_capital(d, head))
        note_titles(d, f, start, head + 1);
}

/* The capitalised title word that ends right before token t, past "of" and one capitalised
 * word ("Minister", "Secretary of State", "Minister of State"), or SIZE_MAX. */
static size_t title_ending_before(const struct discovery *d, size_t t)
{
    if (t < 1 || (d->tokens[t].flags & SG_TOKEN_GAP) || !is_capital(d, t - 1))
        return SIZE_MAX;
    if (sg_discover_is_title(d, t - 1))
        return t - 1;
    if (t >= 3 && sg_token_is(d->text, &d->tokens[t - 2], "of") && is_capital(d, t - 3) &&
        sg_discover_is_title(d, t - 3) && !(d->tokens[t - 1].flags & SG_TOKEN_GAP) &&
        !(d->tokens[t - 2].flags & SG_TOKEN_GAP))
        return t - 3;
    return SIZE_MAX;
}

/* The capitalised title word before "for" and the capitalised words of its portfolio that end
 * right before token from ("Minister for the Public Service", "Minister for the Environment and
 * Water", "Secretary of State for Health"), or before "to" and its complement ("Assistant
 * Minister to the Prime Minister"), or SIZE_MAX. */
static size_t title_for(const struct discovery *d, size_t from)
{
    static const char *const joints[] = {"the", "and", "of", NULL};
    for (size_t k = from; k > 1 && from - k < 8; k--) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return SIZE_MAX;
        size_t w = k - 1;
        if (sg_token_is(d->text, &d->tokens[w], "for") || sg_token_is(d->text, &d->tokens[w], "to"))
            return title_ending_before(d, w);
        if (!is_capital(d, w) && !word_is(d, w, joints))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Nonzero when a portfolio starts at token t: "for", maybe "the", and a capitalised word ("the
 * Minister for Health"). */
static int portfolio(const struct discovery *d, size_t t)
{
    size_t k = t + 1;
    if (k < d->token_count && sg_token_is(d->text, &d->tokens[k], "the"))
        k++;
    return sg_token_is(d->text, &d->tokens[t], "for") && is_capital(d, k) &&
           !(d->tokens[k].flags & SG_TOKEN_GAP);
}

int sg_discover_read_title_for(struct discovery *d, size_t from, size_t to)
{
    size_t title = title_for(d, from);
    if (title == SIZE_MAX || to - from < 2)
        return 0;
    size_t name = from; /* past the portfolio's common words, leaving two words at least */
    while (name + 2 < to && sg_discover_common_word(d, name))
        name++;
    if (name == from)
        return 1; /* the portfolio alone, no actor: "the Minister for Foreign Affairs said" */
    size_t start = sg_discover_title_start(d, title + 1, 0);
    struct found *f = sg_discover_add_person(d, name, to, start, title + 1);
    if (f)
        sg_discover_add_surface(d, f, token_span(d, start, to));
    return 1;
}

/* Nonzero when the chain [from, to) is "the" and one capitalised title with no name after it
 * ("the Pope"; not "the Chiefs of Defence Staff", "the Prime Minister, Mrs Theresa May", "the
 * Minister for Health ..."). */
static int held_alone(const struct discovery *d, size_t from, size_t to)
{
    return to == from + 1 && from > 0 && sg_token_is(d->text, &d->tokens[from - 1], "the") &&
           sg_token_in(d->text, &d->tokens[from], sg_discover_titles) &&
           !(d->tokens[from].flags & SG_TOKEN_ACRONYM) && /* "the CEO pay" */
           !(to < d->token_count &&
             (is_capital(d, to) || word_is(d, to, sg_discover_particles) || portfolio(d, to)));
}

void sg_discover_add_title_holders(struct discovery *d)
{
    for (size_t i = 0; i < d->title_only_count; i++) {
        struct span s = d->title_only[i];
        size_t n = s.end - s.start;
        int held = 0;
        for (size_t k = 0; k < d->count && !held; k++)
            for (size_t j = 0; j < 4 && !held; j++)
                held = d->found[k].type == SG_ACTOR_PERSON && strlen(d->found[k].titles[j]) == n &&
                       strncasecmp(d->found[k].titles[j], d->text + s.start, n) == 0;
        struct found *f = held ? NULL : sg_discover_add_found(d, SG_ACTOR_PERSON, s.start);
        if (!f)
            continue;
        size_t title = s.end;
        while (title > s.start && d->text[title - 1] != ' ')
            title--;
        f->name = (struct span){title, s.end};
        sg_discover_add_surface(d, f, s);
    }
}

void sg_discover_read_titled(struct discovery *d, size_t from, size_t to, size_t last_title)
{
    size_t name = after_title(d, last_title + 1, to);
    if (name == to && d->title_only_count < SG_DISCOVER_MAX_DESCRIPTIONS && held_alone(d, from, to))
        d->title_only[d->title_only_count++] = token_span(d, from - 1, to); /* "the Pope" */
    if (name == to || (name + 1 == to && sg_discover_common_word(d, name) && from > 0 &&
                       sg_token_is(d->text, &d->tokens[from - 1], "the")))
        return; /* "the Prime Minister", "the Chief Whip": a title alone */
    if (name + 1 == to && name > last_title + 1 && (d->tokens[name].flags & SG_TOKEN_ACRONYM)) {
        sg_discover_add_lone(d, name, to); /* "President of CUPW": the body, no person */
        return;
    }
    struct found *f =
        sg_discover_add_person(d, name, to, sg_discover_title_start(d, from, 0), last_title + 1);
    size_t before = 0;
    if (f && title_before_comma(d, from, &before))
        note_titles(d, f, before, from); /* "the Prime Minister, Mrs Theresa May" */
    if (f && from < name)
        sg_discover_add_surface(d, f,
                                token_span(d, from, to)); /* "Pope Francis", "UAW President ..." */
    /* "UAW President", "Texas Gov.": an organisation or place leads the title */
    if (f && f->group_place < 0 && !f->group.end && from < last_title &&
        !sg_discover_is_title(d, from) && !sg_discover_common_word(d, from))
        f->group = token_span(d, from, from + 1);
}

/* The length of a particle and its hyphen that start the m bytes at p ("al-" of "al-Bashir",
 * "el-" of "el-Sisi"), or 0. */
static size_t particle_prefix(const char *p, size_t m)
{
    const char *hyphen = memchr(p, '-', m);
    if (!hyphen || hyphen == p || (size_t)(hyphen - p) + 1 >= m)
        return 0;
    size_t n = (size_t)(hyphen - p);
    for (size_t i = 0; sg_discover_particles[i]; i++)
        if (strlen(sg_discover_particles[i]) == n &&
            strncasecmp(p, sg_discover_particles[i], n) == 0)
            return n + 1;
    return 0;
}

/* Nonzero when word is one of the name's words after its first ("Lula" of "Luiz Inacio Lula da
 * Silva", "Holden" of "Richard Holden"), or such a word past its particle and hyphen ("Bashir" of
 * "Omar al-Bashir"), or a spelling variant of its last ("Zelenskyy"). */
static int names_part(const struct discovery *d, struct span name, struct span word)
{
    size_t n = word.end - word.start;
    const char *w = d->text + word.start;
    const char *space = memchr(d->text + name.start, ' ', name.end - name.start);
    for (const char *p = space; p && p < d->text + name.end;) {
        p++;
        const char *next = memchr(p, ' ', (size_t)(d->text + name.end - p));
        size_t m = (size_t)((next ? next : d->text + name.end) - p);
        size_t particle = particle_prefix(p, m);
        if ((m == n && strncmp(p, w, n) == 0) ||
            (particle && m - particle == n && strncmp(p + particle, w, n) == 0))
            return 1;
        p = next;
    }
    struct span last = last_word(d, name);
    return last.end - last.start >= 5 && n >= 5 && sg_discover_similar(d, last, word);
}

struct found *sg_discover_person_named(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].type == SG_ACTOR_PERSON && !d->found[i].merged &&
            names_part(d, d->found[i].name, word))
            return &d->found[i];
    return NULL;
}

struct found *sg_discover_person_first_named(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        struct span first = first_word(d, f->name);
        if (f->type == SG_ACTOR_PERSON && !f->merged && same_text(d, first, word) &&
            first.end + 1 == last_word(d, f->name).start)
            return f;
    }
    return NULL;
}

/* The found organisation or place with a form that starts at token t, or NULL; *end gets the
 * form's end. */
static struct found *named_at(struct discovery *d, size_t t, size_t *end)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_PERSON || f->merged)
            continue;
        for (size_t k = 0; k < f->surface_count; k++)
            if (f->surfaces[k].start == d->tokens[t].start) {
                *end = f->surfaces[k].end;
                return f;
            }
    }
    return NULL;
}

/* Nonzero when person p's affiliation is the organisation or place o. */
static int affiliated(const struct discovery *d, const struct found *p, const struct found *o)
{
    if (o->place >= 0)
        return p->group_place == o->place;
    for (size_t k = 0; p->group.end && k < o->surface_count; k++)
        if (same_text(d, p->group, o->surfaces[k]))
            return 1;
    return 0;
}

void sg_discover_attach_title_of(struct discovery *d)
{
    for (size_t t = 0; t + 3 < d->token_count; t++) {
        size_t at = t + 3 + sg_token_is(d->text, &d->tokens[t + 3], "the"), end = 0;
        if (!sg_token_is(d->text, &d->tokens[t], "the") || !sg_discover_is_title(d, t + 1) ||
            !sg_token_is(d->text, &d->tokens[t + 2], "of") || at >= d->token_count)
            continue;
        const struct found *o = named_at(d, at, &end);
        struct span title = token_span(d, t, t + 2);
        struct found *holder = NULL;
        size_t holders = 0;
        for (size_t i = 0; o && i < d->count; i++) {
            struct found *p = &d->found[i];
            if (p->type != SG_ACTOR_PERSON || p->merged || !affiliated(d, p, o))
                continue;
            for (size_t k = 0; k < 4; k++)
                if (strlen(p->titles[k]) == title.end - title.start &&
                    strncasecmp(p->titles[k], d->text + title.start, title.end - title.start) ==
                        0) {
                    holder = p;
                    holders++;
                    break;
                }
        }
        if (holders == 1)
            sg_discover_add_surface(d, holder, (struct span){title.start, end});
    }
}

/* Nonzero when word, alone a name, is written in capitals and is one of the words of name in
 * any case ("President XI" after "Xi Jinping": the same name, shouted or mistyped). */
static int capitals_of(const struct discovery *d, struct span name, struct span word)
{
    size_t n = word.end - word.start;
    for (size_t at = word.start; at < word.end; at++)
        if (!isupper((unsigned char)d->text[at]))
            return 0;
    for (const char *p = d->text + name.start; n >= 2 && p < d->text + name.end;) {
        const char *next = memchr(p, ' ', (size_t)(d->text + name.end - p));
        size_t m = (size_t)((next ? next : d->text + name.end) - p);
        if (m == n && strncasecmp(p, d->text + word.start, n) == 0)
            return 1;
        p = next ? next + 1 : d->text + name.end;
    }
    return 0;
}

/* Nonzero when person b, named by one word, is the first word of person a's longer name and
 * the text writes that word after an honorific ("Mr Adenan" after "Mr Adenan Satem"; "Mr Xi"
 * after "Xi Jinping"): a given name or a family name written first, used to address a. */
static int honorific_first_name(const struct discovery *d, const struct found *a,
                                const struct found *b)
{
    static const char *const honorifics[] = {"mr",   "mrs", "ms",  "dr", "mr.",
                                             "mrs.", "ms.", "dr.", NULL};
    struct span first = first_word(d, a->name);
    if (first.end == a->name.end || first_word(d, b->name).end != b->name.end ||
        !same_text(d, first, b->name))
        return 0;
    for (size_t k = 0; k < b->surface_count; k++) {
        size_t t = sg_discover_token_at(d, b->surfaces[k].start);
        if (t != SIZE_MAX && t + 1 < d->token_count && word_is(d, t, honorifics) &&
            same_text(d, token_span(d, t + 1, t + 2), b->name))
            return 1;
    }
    return 0;
}

int sg_discover_same_person(const struct discovery *d, const struct found *a, const struct found *b)
{
    if (honorific_first_name(d, a, b) || honorific_first_name(d, b, a))
        return 1;
    struct span la = last_word(d, a->name), lb = last_word(d, b->name);
    if ((lb.start == b->name.start && capitals_of(d, a->name, lb)) ||
        (la.start == a->name.start && capitals_of(d, b->name, la)))
        return 1;
    if (!same_text(d, la, lb) && !names_part(d, a->name, lb) && !names_part(d, b->name, la))
        return 0;
    if (la.start == a->name.start || lb.start == b->name.start)
        return 1; /* a surname alone */
    return sg_discover_similar(d, first_word(d, a->name), first_word(d, b->name));
}

/* The found person whose full name (two words or more) starts at token t, or NULL; *end gets
 * the token after it. */
static struct found *full_name_at(struct discovery *d, size_t t, size_t *end)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *p = &d->found[i];
        size_t n = p->name.end - p->name.start, e = t;
        if (p->type != SG_ACTOR_PERSON || p->merged || !memchr(d->text + p->name.start, ' ', n))
            continue;
        while (e + 1 < d->token_count && d->tokens[e].end - d->tokens[t].start < n)
            e++;
        if (d->tokens[e].end - d->tokens[t].start == n &&
            strncmp(d->text + d->tokens[t].start, d->text + p->name.start, n) == 0) {
            *end = e + 1;
            return p;
        }
    }
    return NULL;
}

/* Nonzero when nothing but spaces, hyphens and a possessive's "'s" or "’s" stands between
 * token k - 1 and token k. */
static int plain_gap(const struct discovery *d, size_t k)
{
    for (size_t i = d->tokens[k - 1].end; i < d->tokens[k].start; i++) {
        unsigned char c = (unsigned char)d->text[i];
        if (c == 0xE2 && i + 2 < d->tokens[k].start && (unsigned char)d->text[i + 2] == 0x99)
            i += 2; /* ’ */
        else if (c != ' ' && c != '-' && c != '\'' && c != 's')
            return 0;
    }
    return 1;
}

/* Nonzero when every token of [from, to) is capitalised: a title such as "Majority Leader",
 * which the title rule before a comma already gives alone ("the Majority Leader"). */
static int capitalised_run(const struct discovery *d, size_t from, size_t to)
{
    while (from < to && is_capital(d, from))
        from++;
    return from == to;
}

/* Where the description a comma sets before the name at token t starts: "a", "an" or "the",
 * then at most eleven words with no punctuation but hyphens and possessives, whose head (the
 * word before the first "of", "to", "for" or "at", else the last) is a title in the singular
 * ("a Japanese embassy official", "the United States ambassador to Kenya"), and not a
 * capitalised title alone ("The Majority Leader"). SIZE_MAX if none. */
static size_t description_start(const struct discovery *d, size_t t)
{
    static const char *const articles[] = {"a", "an", "the", NULL};
    static const char *const joins[] = {"of", "to", "for", "at", NULL};
    size_t head = t - 1;
    for (size_t k = t; k-- > 0 && k + 12 > t;) {
        if (word_is(d, k, joins))
            head = k - 1;
        if (k + 1 < t && word_is(d, k, articles) && head > k &&
            sg_token_in(d->text, &d->tokens[head], sg_discover_titles))
            return capitalised_run(d, k + 1, t) ? SIZE_MAX : k;
        if (k == 0 || !plain_gap(d, k))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

void sg_discover_alias_described_people(struct discovery *d)
{
    for (size_t t = 1; t < d->token_count; t++) {
        size_t end = 0;
        struct found *p = sg_discover_comma_before(d, t) ? full_name_at(d, t, &end) : NULL;
        if (!p || (d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) ||
            (end < d->token_count && !strchr(",.;)", d->text[d->tokens[end - 1].end])))
            continue;
        size_t from = description_start(d, t);
        if (from != SIZE_MAX)
            sg_discover_add_surface(d, p, token_span(d, from, end));
    }
}

/* Where a country's description of one of its people ends when one starts at token t: the
 * country's name or demonym, with "the" before it or a possessive ("Australia's industrial
 * relations minister", "the Canadian ambassador", "Pakistan Foreign Minister"), then up to
 * three words, the last a title in the singular and no name after it (not "Foreign Minister
 * Shah Mehmood Qureshi"), none saying another holds the title ("former", "shadow"). The
 * country's entry goes in *entry; 0 when none. */
static size_t country_title_end(const struct discovery *d, size_t t, long *entry)
{
    const struct sg_gazetteer_surface *s = surface_of(d, t);
    if (!s || d->gazetteer->entries[s->entry].type != SG_ACTOR_COUNTRY ||
        s->kind == SG_PLACE_CAPITAL ||
        (t > 0 && d->place[t - 1] == d->place[t] && !(d->tokens[t].flags & SG_TOKEN_GAP)))
        return 0;
    /* another holder than the one named: "Australia's former trade minister" */
    static const char *const others[] = {"former", "previous", "late", "shadow", NULL};
    size_t end = t + 1;
    while (end < d->token_count && d->place[end] == d->place[t] &&
           !(d->tokens[end].flags & SG_TOKEN_GAP))
        end++;
    for (size_t k = end; k < d->token_count && k < end + 3; k++) {
        if ((d->tokens[k].flags & SG_TOKEN_GAP) || d->place[k] >= 0 ||
            (d->tokens[k - 1].flags & SG_TOKEN_POSSESSIVE && k > end) || word_is(d, k, others))
            return 0;
        if (sg_token_in(d->text, &d->tokens[k], sg_discover_titles)) {
            *entry = (long)s->entry;
            return k + 1 < d->token_count && is_capital(d, k + 1) &&
                           !(d->tokens[k + 1].flags & SG_TOKEN_GAP)
                       ? 0
                       : k + 1;
        }
    }
    return 0;
}

/* Whether tokens a and b are the same word, case aside. */
static int same_token(const struct discovery *d, size_t a, size_t b)
{
    size_t n = d->tokens[a].end - d->tokens[a].start;
    return d->tokens[b].end - d->tokens[b].start == n &&
           strncasecmp(d->text + d->tokens[a].start, d->text + d->tokens[b].start, n) == 0;
}

/* Whether the title at token form (in a form that starts at token first) and the described
 * title at token title are told apart by the words before them, one of them an office a
 * country has besides its other ministers ("Australia's prime minister" or "foreign minister"
 * is not "trade minister Simon Birmingham"; "industrial relations minister" may be
 * "Employment Minister Tony Burke", a portfolio renamed). */
static int other_office(const struct discovery *d, size_t form, size_t first, size_t title)
{
    static const char *const offices[] = {"prime",   "foreign", "trade",    "finance",
                                          "defence", "defense", "interior", "home",
                                          "health",  "justice", "deputy",   NULL};
    if (form <= first || d->place[form - 1] >= 0 || d->place[title - 1] >= 0)
        return 0; /* a side with no word of its own before the title */
    return !same_token(d, form - 1, title - 1) &&
           (sg_token_in(d->text, &d->tokens[form - 1], offices) ||
            sg_token_in(d->text, &d->tokens[title - 1], offices));
}

/* The one person found whose forms hold the title word at token title before the name
 * ("Employment Minister Tony Burke" for "minister"), in no other office, and who belongs to
 * country entry: their group, or no group when entry is the one country the text names; NULL
 * when none or several. */
static struct found *titled_person(struct discovery *d, size_t title, long entry)
{
    struct found *only = NULL;
    int only_country = sg_discover_only_country(d) == entry;
    for (size_t i = 0; i < d->count; i++) {
        struct found *p = &d->found[i];
        int holds = 0;
        if (p->type != SG_ACTOR_PERSON || p->merged ||
            !(p->group_place == entry || (only_country && p->group_place < 0 && !p->group.end)))
            continue;
        for (size_t k = 0; k < p->surface_count && !holds; k++) {
            size_t first = sg_discover_token_at(d, p->surfaces[k].start);
            for (size_t w = first; w < d->token_count && d->tokens[w].end <= p->surfaces[k].end &&
                                   d->tokens[w].start < p->name.start && !holds;
                 w++)
                holds = same_token(d, w, title) && !other_office(d, w, first, title);
        }
        if (holds && only)
            return NULL;
        if (holds)
            only = p;
    }
    return only;
}

void sg_discover_alias_country_titles(struct discovery *d)
{
    static const char *const the[] = {"the", NULL}, *const indefinite[] = {"a", "an", NULL};
    for (size_t t = 0; t < d->token_count; t++) {
        long entry = -1;
        size_t end = country_title_end(d, t, &entry);
        int joined = t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP);
        if (!end || (joined && word_is(d, t - 1, indefinite)))
            continue; /* "a Canadian diplomat" is one of several */
        struct found *p = titled_person(d, end - 1, entry);
        if (p)
            sg_discover_add_surface(
                d, p, token_span(d, joined && word_is(d, t - 1, the) ? t - 1 : t, end));
    }
}
