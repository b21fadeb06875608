/*
 * Organisations and groups in actor discovery (discover_parts.h): names a lowercase word
 * qualifies ("NSW government", "the Public Affairs party", "MQM leaders"), acronyms and the names
 * they stand for, the kind of each organisation as an alias ("the union"), legal endings ("Inc.")
 * and lowercase descriptions of groups found ("the coup leaders").
 */
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The country entry that the chain [from, to) names as "Government of" it, maybe with "the"
 * ("Government of China", "Government of the Maldives"), or -1. */
static long government_of_country(const struct discovery *d, size_t from, size_t to)
{
    size_t k = from + 2;
    if (k < to && sg_token_is(d->text, &d->tokens[k], "the"))
        k++;
    if (k >= to || !sg_token_is(d->text, &d->tokens[from], "Government") ||
        !sg_token_is(d->text, &d->tokens[from + 1], "of") || d->place[k] < 0 ||
        (to < d->token_count && d->place[to] == d->place[k] &&
         !(d->tokens[to].flags & SG_TOKEN_GAP)))
        return -1;
    for (size_t t = k + 1; t < to; t++)
        if (d->place[t] != d->place[k])
            return -1;
    const struct sg_gazetteer_surface *s = surface_of(d, k);
    return d->gazetteer->entries[s->entry].type == SG_ACTOR_COUNTRY ? (long)s->entry : -1;
}

void sg_discover_add_organization(struct discovery *d, size_t from, size_t to)
{
    long country = to - from >= 3 ? government_of_country(d, from, to) : -1;
    if (country >= 0) { /* "the Government of China" is China */
        struct found *c = sg_discover_place_actor(d, (size_t)country, d->tokens[from].start);
        size_t start =
            from > 0 && sg_token_is(d->text, &d->tokens[from - 1], "the") ? from - 1 : from;
        if (c)
            sg_discover_add_surface(d, c, token_span(d, start, to));
        return;
    }
    struct found *f = sg_discover_add_found(d, SG_ACTOR_ORGANIZATION, d->tokens[from].start);
    if (!f)
        return;
    f->name = token_span(d, from, to);
    sg_discover_add_surface(d, f, f->name);
}

/* Nonzero when capitalised token t is a head word and no title ("Department", not "Secretary"). */
static int capital_head(const struct discovery *d, size_t t)
{
    return is_capital(d, t) && word_is(d, t, sg_discover_org_heads) && !sg_discover_is_title(d, t);
}

int sg_discover_titled_organization(const struct discovery *d, size_t from, size_t to,
                                    size_t last_title)
{
    if (from + 1 < to && d->place[from] >= 0 && d->place[from + 1] < 0)
        from++; /* "U.S. Department of Justice" */
    if (to - from >= 3 && capital_head(d, from) && sg_token_is(d->text, &d->tokens[from + 1], "of"))
        return last_title + 1 == to && to - from == 3; /* "Department of Justice"; not "...
                                                          Inspector General Ann Lee", nor "Bank
                                                          of England Governor" */
    for (size_t t = last_title + 1; t < to; t++)
        if (!capital_head(d, t))
            return 0;
    return last_title + 1 < to;
}

int sg_discover_inverted_name(const struct discovery *d, struct span a, struct span b)
{
    size_t t = sg_discover_token_at(d, a.start);
    if (t != SIZE_MAX && d->place[t] >= 0 && t + 1 < d->token_count) /* "U.S. Department of ..." */
        a.start = d->tokens[t + 1].start;
    struct span head = first_word(d, a), word = last_word(d, a);
    struct span b_word = first_word(d, b), b_head = last_word(d, b);
    return head.end + 4 == word.start && memcmp(d->text + head.end, " of ", 4) == 0 &&
           b_word.end + 1 == b_head.start && same_text(d, head, b_head) &&
           same_text(d, word, b_word);
}

int sg_discover_head_of(const struct discovery *d, size_t from, size_t to)
{
    for (size_t t = from; t + 2 < to; t++)
        if (word_is(d, t, sg_discover_org_heads) && is_capital(d, t) &&
            (sg_token_is(d->text, &d->tokens[t + 1], "of") ||
             sg_token_is(d->text, &d->tokens[t + 1], "for")))
            return 1;
    return 0;
}

/* Nonzero when a word of [from, to) is an English word WordNet knows. */
static int common_words(const struct discovery *d, size_t from, size_t to)
{
    for (size_t t = from; t < to; t++)
        if (sg_discover_common_word(d, t))
            return 1;
    return 0;
}

/* The gazetteer entry of the one place the text names with several words of which the word at
 * token t is the last ("South Korean" for "Korean"), or -1 when none or two. */
static long shortened_place(const struct discovery *d, size_t t)
{
    const struct sg_token *w = &d->tokens[t];
    size_t n = w->end - w->start;
    long entry = -1;
    for (size_t k = 0; k < d->token_count; k++) {
        if (d->place[k] < 0 || (k > 0 && d->place[k - 1] == d->place[k]))
            continue;
        const struct sg_gazetteer_surface *s = &d->gazetteer->surfaces[d->place[k]];
        if (s->length <= n + 1 || s->text[s->length - n - 1] != ' ' ||
            memcmp(s->text + s->length - n, d->text + w->start, n) != 0)
            continue;
        if (entry >= 0 && entry != (long)s->entry)
            return -1;
        entry = (long)s->entry;
    }
    return entry;
}

/* Adds the place whose gazetteer entry is entry as an actor named at [from, to) ("the Korean
 * government" for South Korea); returns it, or NULL when none or out of memory. */
static struct found *add_shortened(struct discovery *d, long entry, size_t from, size_t to)
{
    struct found *f = entry < 0 ? NULL
                                : sg_discover_add_found(d, d->gazetteer->entries[entry].type,
                                                        d->tokens[from].start);
    if (f) {
        f->place = entry;
        sg_discover_add_surface(d, f, token_span(d, from, to));
    }
    return f;
}

/* Reads "the Korean government" after "the South Korean government" as that country's: nonzero
 * when the word before "government" at token t is the last word of one place the text names. */
static int shortened_government(struct discovery *d, size_t t)
{
    long entry = d->place[t] < 0 ? shortened_place(d, t) : -1;
    add_shortened(d, entry, t, t + 2);
    return entry >= 0;
}

int sg_discover_read_shortened_part(struct discovery *d, size_t from, size_t to)
{
    long entry = to - from >= 2 && d->place[from] < 0 && is_capital(d, from + 1) &&
                         word_is(d, from + 1, sg_discover_state_nouns)
                     ? shortened_place(d, from)
                     : -1;
    struct found *f = add_shortened(d, entry, from, to);
    if (f && to < d->token_count && (d->tokens[to].flags & SG_TOKEN_ACRONYM) &&
        memchr(d->text + d->tokens[to - 1].end, '(', d->tokens[to].start - d->tokens[to - 1].end))
        sg_discover_add_surface(d, f, token_span(d, to, to + 1)); /* "(MOTIE)" */
    return entry >= 0;
}

int sg_discover_adjective_group(const struct discovery *d, size_t from, size_t to)
{
    static const char *const powers[] = {"powers", NULL};
    char word[32];
    return to - from == 1 && d->place[from] < 0 && !(d->tokens[from].flags & SG_TOKEN_ACRONYM) &&
           word_is(d, to, powers) && sg_discover_lower_word(d, from, word, sizeof word) &&
           sg_lemma_is(word, 'a') && !sg_lemma_is(word, 'v');
}

int sg_discover_read_qualified(struct discovery *d, size_t from, size_t to)
{
    if (to >= d->token_count || (d->tokens[to].flags & SG_TOKEN_GAP) ||
        (d->tokens[to - 1].flags & SG_TOKEN_POSSESSIVE) ||
        (is_capital(d, to) && !sg_discover_plural_acronym(d, to)))
        return 0; /* a collective in capitals: "Liberal MPs" */
    /* "U.S. lawmakers"; a body's plural too after a name that is no English word: "six
     * Madhesi parties" (not "Opposition parties": "the opposition" names that group) */
    int adjective = sg_discover_adjective_group(d, from, to);
    int collective = adjective || word_is(d, to, sg_discover_collectives) ||
                     (word_is(d, to, sg_discover_bodies) && !common_words(d, from, to));
    int administration = sg_token_is(d->text, &d->tokens[to], "administration");
    if (administration && d->administration_count < SG_DISCOVER_MAX_DESCRIPTIONS)
        d->administrations[d->administration_count++] = token_span(d, from, to + 1);
    int government =
        sg_token_is(d->text, &d->tokens[to], "government") || (to - from == 1 && administration);
    if (government && to - from == 1 && shortened_government(d, from)) {
        return 1; /* "the Korean government" after "South Korean" */
    } else if (collective && word_is(d, to, sg_discover_representatives) &&
               sg_discover_head_of(d, from, to)) {
        sg_discover_add_organization(d, from, to); /* "Bureau of Land Management officials" */
    } else if (collective && !adjective && word_is(d, to, sg_discover_representatives)) {
        sg_discover_add_lone(d, from, to); /* "MQM leaders": the organisation's own speak for it */
    } else if (!collective && !government && word_is(d, to, sg_discover_org_heads) &&
               !administration &&
               !word_is(d, to + 1, sg_discover_events)) { /* not "Rose Garden press conference" */
        sg_discover_add_organization(d, from,
                                     to); /* "the Public Affairs party": the party's name */
        if (to - from == 1 && d->count && sg_token_is(d->text, &d->tokens[to], "party") &&
            sg_discover_common_word(d, from)) /* "the Liberal party": a word names no party */
            sg_discover_add_surface(d, &d->found[d->count - 1], token_span(d, from, to + 1));
    } else if (collective || government) {
        struct found *f = sg_discover_add_found(
            d, collective ? SG_ACTOR_GROUP : SG_ACTOR_ORGANIZATION, d->tokens[from].start);
        if (f) {
            f->name = token_span(d, from, to + 1);
            sg_discover_add_surface(d, f, f->name);
        }
    } else {
        return 0;
    }
    return 1;
}

/* The initials of a name's capitalised words before any "of" ("NCC" of "Nature Conservation
 * Council of NSW"), or with through_of of all of them ("NUT" of "National Union of Teachers");
 * with hyphens, of the capitalised parts of hyphenated words too ("MMA" of "Muttahida
 * Majlis-e-Amal"). */
static size_t initials(const struct discovery *d, struct span name, int hyphens, int through_of,
                       char *out, size_t size)
{
    size_t n = 0;
    for (size_t i = name.start; i < name.end && n + 1 < size; i++) {
        int starts = i == name.start || d->text[i - 1] == ' ' || (hyphens && d->text[i - 1] == '-');
        if (starts && !through_of && strncmp(d->text + i, "of ", 3) == 0)
            break;
        if (starts && isupper((unsigned char)d->text[i]))
            out[n++] = d->text[i];
    }
    out[n] = '\0';
    return n;
}

int sg_discover_acronym_of(const struct discovery *d, struct span acronym, struct span name)
{
    char letters[16];
    size_t n = initials(d, name, 1, 0, letters, sizeof letters);
    if (n >= 3 && span_is(d, acronym, letters, n))
        return 1; /* "MMA" */
    n = initials(d, name, 0, 1, letters, sizeof letters);
    if (n >= 3 && span_is(d, acronym, letters, n))
        return 1; /* "NUT" */
    n = initials(d, name, 0, 0, letters, sizeof letters);
    if (n >= 2 && span_is(d, acronym, letters, n))
        return 1;
    /* "UK Competition and Markets Authority" and "CMA": the place before the name is no part
     * of the acronym */
    size_t first = sg_discover_token_at(d, name.start);
    return n >= 3 && first != SIZE_MAX && d->place[first] >= 0 &&
           span_is(d, acronym, letters + 1, n - 1);
}

int sg_discover_bracketed(const struct discovery *d, const struct found *a, struct span word)
{
    for (size_t k = 0; k < a->surface_count; k++) {
        size_t end = a->surfaces[k].end;
        if (word.start >= end + 2 && word.start <= end + 3 && d->text[word.start - 1] == '(')
            return 1;
    }
    return 0;
}

struct found *sg_discover_expanded(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_ORGANIZATION && !f->merged && f->place < 0 &&
            (sg_discover_bracketed(d, f, word) || sg_discover_acronym_of(d, word, f->name)))
            return f;
        if (f->place >= 0 && !f->merged && sg_discover_bracketed(d, f, word))
            return f; /* "the Korean Ministry of Trade, Industry and Energy (MOTIE)" */
    }
    return NULL;
}

struct found *sg_discover_organization_named(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_ORGANIZATION && !f->merged && f->place < 0 &&
            f->name.end - f->name.start > word.end - word.start &&
            same_text(d, first_word(d, f->name), word))
            return f;
    }
    return NULL;
}

/* Writes the kind of organisation token t names into kind ("union", "party", "regulator":
 * an organisation's title; "Workers" names a union), lowercase; returns whether it does. */
static int kind_at(const struct discovery *d, size_t t, char *kind, size_t size)
{
    static const char *const vague[] = {"group", "organisation", "organization", NULL};
    static const char *const unions[] = {"workers", NULL};
    if (t >= d->token_count || word_is(d, t, vague))
        return 0;
    const struct sg_token *w = &d->tokens[t];
    if (word_is(d, t, unions))
        return snprintf(kind, size, "union") > 0;
    if (!word_is(d, t, sg_discover_org_titles) || w->end - w->start >= size)
        return 0;
    for (size_t i = w->start; i < w->end; i++)
        kind[i - w->start] = (char)tolower((unsigned char)d->text[i]);
    kind[w->end - w->start] = '\0';
    return 1;
}

/* Nonzero when a name of f ends (at_end) or starts at token t. */
static int names_at(const struct discovery *d, const struct found *f, size_t t, int at_end)
{
    for (size_t i = 0; i < f->surface_count; i++) {
        size_t n = f->surfaces[i].end - f->surfaces[i].start;
        size_t from = at_end ? d->tokens[t].end - n : d->tokens[t].start;
        if ((at_end ? n > d->tokens[t].end : from + n > d->length) ||
            memcmp(d->text + from, d->text + f->surfaces[i].start, n) != 0)
            continue;
        if (at_end ? from == 0 || !isalnum((unsigned char)d->text[from - 1])
                   : from + n == d->length || !isalnum((unsigned char)d->text[from + n]))
            return 1;
    }
    return 0;
}

/* Writes into kind the kind an appositive gives the name that ends (at_end) or starts at token
 * t: "Oftel, the telecoms watchdog" or "the telecoms watchdog, Oftel", a determiner and up to
 * two lowercase words before the organisation's title. Returns whether there is one. */
static int appositive_kind(const struct discovery *d, size_t t, int at_end, char *kind, size_t size)
{
    static const char *const determiners[] = {"the", "a", "an", NULL};
    if (at_end ? !sg_discover_comma_before(d, t + 1) || !word_is(d, t + 1, determiners)
               : t < 2 || !sg_discover_comma_before(d, t))
        return 0;
    /* after the name: the words after the determiner, the title last ("Oftel, the telecoms
     * watchdog."); before it: the title right before the comma, the determiner before it */
    for (size_t k = 1; k <= 3; k++) {
        size_t w = at_end ? t + 1 + k : t - k;
        if (w >= d->token_count ||
            ((d->tokens[at_end ? w : w + 1].flags & SG_TOKEN_GAP) && (at_end || k > 1)))
            return 0;
        if (!at_end && k > 1 && word_is(d, w, determiners))
            return kind_at(d, t - 1, kind, size);
        if (is_capital(d, w))
            return 0;
        if (at_end && kind_at(d, w, kind, size) &&
            (w + 1 == d->token_count || (d->tokens[w + 1].flags & SG_TOKEN_GAP)))
            return 1;
        if (w == 0)
            return 0;
    }
    return 0;
}

/* Writes the kind of organisation f is into kind: from the last word of a name of it ("Civic
 * Democratic Party", "United Auto Workers", "a UK watchdog"), the word the text puts after a
 * name, maybe past one lowercase word ("the RMT rail union"), the title right before one
 * ("Jeep parent company Stellantis"), or an appositive's ("Oftel, the telecoms watchdog").
 * A government is of no other kind ("the NSW transport union" after "the NSW government" is
 * a union of that state, not the government). Returns whether it found one. */
static int organization_kind(const struct discovery *d, const struct found *f, char *kind,
                             size_t size)
{
    static const char *const government[] = {"government", NULL};
    for (size_t i = 0; i < f->surface_count; i++)
        if (word_is(d, sg_discover_token_at(d, last_word(d, f->surfaces[i]).start), government))
            return 0;
    for (size_t i = 0; i < f->surface_count; i++)
        if (kind_at(d, sg_discover_token_at(d, last_word(d, f->surfaces[i]).start), kind, size))
            return 1;
    for (size_t t = 0; t < d->token_count; t++) {
        if (t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) && !is_capital(d, t - 1) &&
            names_at(d, f, t, 0) && kind_at(d, t - 1, kind, size))
            return 1;
        if ((names_at(d, f, t, 1) && appositive_kind(d, t, 1, kind, size)) ||
            (names_at(d, f, t, 0) && appositive_kind(d, t, 0, kind, size)))
            return 1;
        if (!names_at(d, f, t, 1))
            continue;
        for (size_t k = t + 1; k < d->token_count && k < t + 3; k++) {
            if (is_capital(d, k) || (d->tokens[k].flags & SG_TOKEN_GAP))
                break;
            if (kind_at(d, k, kind, size))
                return 1;
        }
    }
    return 0;
}

/* Writes into out the first "the WORD KIND" of the text, one lowercase word between ("the
 * junior party", "the dockworker union"), in lowercase; returns whether there is one. */
static int described_kind(const struct discovery *d, const char *kind, char *out, size_t size)
{
    static const char *const not_describing[] = {"other",  "same",  "new",        "first", "second",
                                                 "former", "rival", "opposition", NULL};
    for (size_t t = 2; t < d->token_count; t++) {
        const struct sg_token *w = &d->tokens[t - 1];
        if (!sg_token_is(d->text, &d->tokens[t], kind) || is_capital(d, t) ||
            is_capital(d, t - 1) || !sg_token_is(d->text, &d->tokens[t - 2], "the") ||
            (d->tokens[t].flags & SG_TOKEN_GAP) ||
            (w->flags & (SG_TOKEN_GAP | SG_TOKEN_POSSESSIVE)) ||
            word_is(d, t - 1, not_describing) || !isalpha((unsigned char)d->text[w->start]))
            continue;
        int n =
            snprintf(out, size, "the %.*s %s", (int)(w->end - w->start), d->text + w->start, kind);
        return n > 0 && (size_t)n < size;
    }
    return 0;
}

/* Writes into out "the" and the other word of kind's kind ("the regulator" for "watchdog"),
 * when it has one and the text uses it; else empties out. */
static void note_other_kind_word(const struct discovery *d, const char *kind, char *out,
                                 size_t size)
{
    static const char *const pairs[][2] = {{"regulator", "watchdog"}, {"watchdog", "regulator"}};
    out[0] = '\0';
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
        if (strcmp(kind, pairs[i][0]) == 0) {
            snprintf(out, size, "the %s", pairs[i][1]);
            if (!sg_discover_has_phrase(d, out))
                out[0] = '\0';
        }
}

/* Nonzero when organisation f may be a company: found in the text (no gazetteer entry), of no
 * public or political kind the text gives ("the union", "the regulator"; "the operator" may be a
 * company), and with no public body's or movement's word as its name's head, the word before
 * "of" or else the last ("Competition Appeal Court", "Labor government", "Maritime Union of
 * Australia"; and "Central Bank", "Federal Reserve": a bank is "the bank"; "the Treasury" is a
 * ministry). */
static int maybe_company(const struct discovery *d, const struct found *f)
{
    static const char *const bodies[] = {
        "party",       "union",       "unions",       "council",
        "commission",  "ministry",    "department",   "agency",
        "authority",   "association", "federation",   "confederation",
        "committee",   "court",       "tribunal",     "parliament",
        "congress",    "senate",      "assembly",     "forces",
        "army",        "movement",    "front",        "coalition",
        "alliance",    "office",      "board",        "institute",
        "foundation",  "workers",     "society",      "league",
        "police",      "guard",       "navy",         "administration",
        "cabinet",     "government",  "university",   "church",
        "secretariat", "bureau",      "organisation", "organization",
        "bank",        "reserve",     "treasury",     NULL};
    static const char *const public_kinds[] = {"party",        "union", "regulator", "watchdog",
                                               "agency",       "bloc",  "group",     "organisation",
                                               "organization", NULL};
    char kind[32];
    if (f->type != SG_ACTOR_ORGANIZATION || f->place >= 0 || f->merged)
        return 0;
    for (size_t i = 0; organization_kind(d, f, kind, sizeof kind) && public_kinds[i]; i++)
        if (strcmp(kind, public_kinds[i]) == 0)
            return 0;
    size_t head = sg_discover_token_at(d, f->name.start);
    while (head + 1 < d->token_count && d->tokens[head + 1].end <= f->name.end &&
           !sg_token_is(d->text, &d->tokens[head + 1], "of"))
        head++; /* the word before "of", else the last: "Maritime Union of Australia" */
    return head != SIZE_MAX && !word_is(d, head, bodies);
}

/* How many tokens start a form of f. */
static size_t times_named(const struct discovery *d, const struct found *f)
{
    size_t n = 0;
    for (size_t t = 0; t < d->token_count; t++)
        n += names_at(d, f, t, 0);
    return n;
}

/* The organisation that may be a company (maybe_company()) and that the text names clearly
 * most, half as often again as any other such at least ("Apple" 8 times, "Spotify" 3; not
 * "Microsoft" 5 times and "Activision" 4), when no organisation has "company" as its kind; or
 * NULL. */
static struct found *clear_company(struct discovery *d)
{
    struct sg_discover_tally tally = {-1, 0, 0};
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_ORGANIZATION && strcmp(f->titles[0], "the company") == 0)
            return NULL;
        if (tally.best >= 0 && same_text(d, f->name, d->found[tally.best].name))
            continue; /* one organisation found twice, merged later */
        sg_discover_tally_note(&tally, (long)i, maybe_company(d, f) ? times_named(d, f) : 0);
    }
    return tally.best >= 0 && 2 * tally.best_count >= 3 * tally.second ? &d->found[tally.best]
                                                                       : NULL;
}

/* Nonzero when s is a form or a title of some actor found already ("the coal company" is
 * Idemitsu's kind). */
static int form_of_any(const struct discovery *d, struct span s)
{
    for (size_t i = 0; i < d->count; i++) {
        for (size_t k = 0; k < d->found[i].surface_count; k++)
            if (same_text(d, d->found[i].surfaces[k], s))
                return 1;
        for (size_t k = 0; k < 4; k++)
            if (strlen(d->found[i].titles[k]) == s.end - s.start &&
                strncasecmp(d->found[i].titles[k], d->text + s.start, s.end - s.start) == 0)
                return 1;
    }
    return 0;
}

/* Nonzero when an organisation that may be a company other than best is named in the sentence
 * before token t ("it relied on Huawei equipment, after the Chinese telco was banned": that one
 * is described). */
static int other_named_before(const struct discovery *d, const struct found *best, size_t t)
{
    for (size_t k = t; k-- > 0;) {
        for (size_t i = 0; i < d->count; i++) {
            const struct found *f = &d->found[i];
            if (f != best && !same_text(d, f->name, best->name) && maybe_company(d, f) &&
                names_at(d, f, k, 0)) /* not best found twice, merged later */
                return 1;
        }
        if (d->tokens[k].flags & SG_TOKEN_INITIAL)
            return 0;
    }
    return 0;
}

/* Where a company's description ending with the head word at token t starts: "the", then one
 * to three lowercase words or places before the head ("the US tech giant", "The social media
 * giant", "the Spanish telecoms provider"), and no capitalised name right after it ("the coal
 * company Whitehaven" names another); SIZE_MAX when there is none. A word that sets the company
 * apart from the one the text names most ("the rival firm", "the parent company") makes none. */
static size_t company_description(const struct discovery *d, size_t t)
{
    static const char *const heads[] = {"giant",        "company", "firm",  "provider",  "operator",
                                        "carrier",      "maker",   "miner", "retailer",  "producer",
                                        "insurer",      "lender",  "telco", "automaker", "carmaker",
                                        "conglomerate", NULL};
    static const char *const apart[] = {
        "other",   "same",    "new",    "former", "rival",   "parent", "sister",  "state", "local",
        "foreign", "another", "second", "first",  "smaller", "larger", "holding", NULL};
    static const char *const the[] = {"the", NULL};
    if (!word_is(d, t, heads) || is_capital(d, t) ||
        (t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
         is_capital(d, t + 1)))
        return SIZE_MAX;
    for (size_t k = t; k > 0 && t - k < 4; k--) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return SIZE_MAX;
        if (word_is(d, k - 1, the))
            return k < t ? k - 1 : SIZE_MAX;
        int place = d->place[k - 1] >= 0;
        if ((!place && is_capital(d, k - 1)) || word_is(d, k - 1, apart) ||
            word_is(d, k - 1, sg_discover_stops) ||
            (d->tokens[k - 1].flags & SG_TOKEN_POSSESSIVE) ||
            (!place && !isalpha((unsigned char)d->text[d->tokens[k - 1].start])))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Gives the company the text names clearly most (clear_company()) "the company", when the text
 * uses it, and each description of a company by "the", lowercase words or a place and a
 * company's word that no actor has as a form ("The social media giant shows no sign of backing
 * down"; company_description()): a text about one company describes that one, unless the
 * sentence names another before; of those with a place, only the ones with the first one's
 * place. */
static void alias_the_company(struct discovery *d)
{
    struct found *best = clear_company(d);
    if (!best)
        return;
    if (sg_discover_has_phrase(d, "the company") && !best->titles[3][0])
        snprintf(best->titles[3], sizeof best->titles[3], "the company");
    long country = -1; /* a company has one: "the US tech giant", not then "the Swedish company" */
    for (size_t t = 1; t < d->token_count; t++) {
        size_t from = company_description(d, t);
        if (from == SIZE_MAX || form_of_any(d, token_span(d, from, t + 1)) ||
            other_named_before(d, best, from))
            continue;
        long place = -1;
        for (size_t k = from; k < t; k++)
            if (d->place[k] >= 0)
                place = (long)d->gazetteer->surfaces[d->place[k]].entry;
        if (place >= 0 && country >= 0 && place != country)
            continue;
        if (place >= 0)
            country = place;
        sg_discover_add_surface(d, best, token_span(d, from, t + 1));
    }
}

void sg_discover_note_organization_kinds(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        char kind[32];
        if (f->type != SG_ACTOR_ORGANIZATION || f->place >= 0 || f->merged ||
            !organization_kind(d, f, kind, sizeof kind))
            continue;
        snprintf(f->titles[0], sizeof f->titles[0], "the %s", kind);
        if (!sg_discover_has_phrase(d, f->titles[0]))
            f->titles[0][0] = '\0';
        if (!described_kind(d, kind, f->titles[1], sizeof f->titles[1]))
            f->titles[1][0] = '\0';
        /* regulator and watchdog are one kind: "Oftel, the telecoms watchdog ... the regulator" */
        note_other_kind_word(d, kind, f->titles[2], sizeof f->titles[2]);
    }
    alias_the_company(d);
}

struct span sg_discover_legal_name(const struct discovery *d, struct span name)
{
    static const char *const endings[] = {" Inc.", " Inc", " Corp.", " Corp", " Ltd",
                                          " Ltd.", " Co.", " plc",   " PLC",  " LLC",
                                          " AG",   " SA",  NULL};
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (name.end - name.start > n && strncmp(d->text + name.end - n, *e, n) == 0)
            return (struct span){name.start, name.end - n};
    }
    return name;
}

/* Nonzero when surface s ends with the text from to, after more words of its own ("ethnic
 * Armenian forces in Karabakh" ends with "forces in Karabakh"). */
static int ends_with_text(const struct discovery *d, struct span s, struct span tail)
{
    size_t n = tail.end - tail.start;
    return s.end - s.start > n + 1 && d->text[s.end - n - 1] == ' ' &&
           memcmp(d->text + s.end - n, d->text + tail.start, n) == 0;
}

/* The one actor a form of which ends with tail, or NULL when none or several do. */
static struct found *only_ending(struct discovery *d, struct span tail)
{
    struct found *only = NULL;
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        for (size_t k = 0; k < f->surface_count && !f->merged; k++) {
            if (!ends_with_text(d, f->surfaces[k], tail))
                continue;
            if (only && only != f)
                return NULL;
            only = f;
        }
    }
    return only;
}

/* Nonzero when token t is a lowercase word that may describe a group found ("coup", "enemy"):
 * no determiner, pronoun, possessive or "other", and not after a name or a possessive ("Niger's
 * military leaders" is the name itself). */
static int describing_word(const struct discovery *d, size_t t)
{
    static const char *const not_describing[] = {
        "other", "some",    "many", "all",  "both", "these", "those",  "such", "its",    "their",
        "his",   "her",     "our",  "your", "my",   "the",   "a",      "an",   "no",     "any",
        "most",  "several", "few",  "more", "two",  "three", "senior", "top",  "former", NULL};
    const struct sg_token *w = &d->tokens[t];
    if (is_capital(d, t) || d->place[t] >= 0 || (w->flags & SG_TOKEN_POSSESSIVE) ||
        word_is(d, t, not_describing) || !isalpha((unsigned char)d->text[w->start]))
        return 0;
    return t == 0 || (w->flags & SG_TOKEN_GAP) ||
           !(d->tokens[t - 1].flags & (SG_TOKEN_CAPITAL | SG_TOKEN_POSSESSIVE)) ||
           (d->tokens[t - 1].flags & SG_TOKEN_INITIAL);
}

void sg_discover_alias_described_groups(struct discovery *d)
{
    for (size_t t = 1; t < d->token_count; t++) {
        static const char *const forces[] = {"forces", NULL}, *const in[] = {"in", NULL};
        if ((!word_is(d, t, sg_discover_collectives) && !word_is(d, t, forces)) ||
            (d->tokens[t].flags & SG_TOKEN_GAP) || !describing_word(d, t - 1))
            continue;
        size_t end = t + 1;
        if (word_is(d, end, in) && is_capital(d, end + 1))
            end = sg_discover_chain_end(d, end + 1);
        struct found *f = only_ending(d, token_span(d, t, end));
        if (f && f->type == SG_ACTOR_GROUP)
            sg_discover_add_surface(d, f, token_span(d, t - 1, end));
    }
}
