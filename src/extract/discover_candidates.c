/*
 * The candidates of actor discovery (discover_parts.h), pass 3: each candidate (lone capitalised
 * words, acronyms, unknown chains) as a surname of a person found, a form of an organisation
 * found, or an actor of its own when the text uses it as one, by the weight of its uses; and
 * the company parts named after their owner ("France Telecom's Wanadoo unit").
 */
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Nonzero when the name at token first is the agent of a passive verb: a lowercase inflected
 * verb and "by" right before it ("the measures imposed by Donald Trump"): it acts, as a speaker
 * does. */
static int passive_agent(const struct discovery *d, size_t first)
{
    return first >= 2 && !(d->tokens[first].flags & SG_TOKEN_GAP) &&
           !(d->tokens[first - 1].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[first - 1], "by") && !is_capital(d, first - 2) &&
           d->text[d->tokens[first - 2].end - 1] == 'd' && sg_discover_inflected_verb(d, first - 2);
}

/* Nonzero when the name at token first comes right after talks, a meeting or conversations and
 * "with" ("conversations with Ford", "planning to meet with GM"): a party to them. */
static int talks_with(const struct discovery *d, size_t first)
{
    static const char *const talks[] = {
        "talks", "negotiations", "conversations", "meeting",    "meetings", "meet",
        "met",   "meets",        "negotiate",     "negotiated", NULL};
    return first >= 2 && !(d->tokens[first].flags & SG_TOKEN_GAP) &&
           !(d->tokens[first - 1].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[first - 1], "with") && word_is(d, first - 2, talks);
}

/* Nonzero when token t is a lowercase word for a company's part ("unit", "subsidiary") right
 * after the word before it. */
static int unit_at(const struct discovery *d, size_t t)
{
    static const char *const units[] = {"unit", "subsidiary", "division", NULL};
    return t < d->token_count && !(d->tokens[t].flags & SG_TOKEN_GAP) && !is_capital(d, t) &&
           word_is(d, t, units);
}

/* Nonzero when the candidate ending at token t owns a company's part named after it
 * ("France Telecom's Wanadoo unit"): a description of that part, no use of the owner. */
int sg_discover_owns_unit(const struct discovery *d, size_t t)
{
    return (d->tokens[t].flags & SG_TOKEN_POSSESSIVE) && t + 1 < d->token_count &&
           is_capital(d, t + 1) && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
           unit_at(d, sg_discover_chain_end(d, t + 1));
}

/* Where the owner's name starts before the candidate at token first when the candidate is a
 * company's part named after its owner's possessive ("France Telecom's Wanadoo unit"), else
 * SIZE_MAX. */
static size_t unit_owner(const struct discovery *d, size_t first, size_t last)
{
    if (first < 1 || !unit_at(d, last + 1) || (d->tokens[first].flags & SG_TOKEN_GAP) ||
        !(d->tokens[first - 1].flags & SG_TOKEN_POSSESSIVE) || !is_capital(d, first - 1))
        return SIZE_MAX;
    size_t owner = first - 1;
    while (owner > 0 && is_capital(d, owner - 1) && !(d->tokens[owner].flags & SG_TOKEN_GAP))
        owner--;
    return owner;
}

/* Nonzero when the last word of the chain s is a candidate of its own too: a person's full
 * name, then the surname ("Donald Trump ... Trump said"). */
static int surname_used(const struct discovery *d, struct span s)
{
    struct span last = last_word(d, s);
    size_t t = sg_discover_token_at(d, last.start);
    if (t == SIZE_MAX || (d->tokens[t].flags & SG_TOKEN_ACRONYM))
        return 0; /* "Pluto LNG ... LNG": no surname */
    for (size_t i = 0; i < d->lone_count; i++)
        if (same_text(d, d->lone[i], last))
            return 1;
    return 0;
}

/* Nonzero when s, one word, is the word right before "administration" in an administration the
 * text names ("the Trump administration"): a surname, even one WordNet knows ("trump"); not a
 * word whose first sense in WordNet is a group ("the Labour administration" is a party's). */
static int names_administration(const struct discovery *d, struct span s)
{
    char word[64];
    if (sg_discover_lower_word(d, sg_discover_token_at(d, s.start), word, sizeof word) &&
        sg_lemma_is_group(word))
        return 0;
    for (size_t i = 0; i < d->administration_count; i++) {
        size_t t = sg_discover_token_at(d, last_word(d, d->administrations[i]).start);
        if (t != SIZE_MAX && t > 0 && same_text(d, token_span(d, t - 1, t), s))
            return 1;
    }
    return 0;
}

/* Nonzero when some use of candidate c, one word, owns a person's own staff or kin, maybe past
 * "Special", "Senior" or "Chief" ("Trump's Special Envoy ...", "Putin's aide", "Biden's
 * wife"): a person's name, as a body's staff would be its officials or spokesman. */
static int owns_staff(const struct discovery *d, size_t c)
{
    static const char *const staff[] = {
        "envoy",  "envoys",  "adviser",  "advisers", "advisor", "advisors", "aide",     "aides",
        "lawyer", "lawyers", "attorney", "wife",     "husband", "son",      "daughter", NULL};
    static const char *const ranks[] = {"special", "senior", "chief", "top", NULL};
    for (size_t i = 0; i < d->lone_count; i++) {
        size_t t = sg_discover_token_at(d, d->lone[i].start);
        if (!same_text(d, d->lone[i], d->lone[c]) || !(d->tokens[t].flags & SG_TOKEN_POSSESSIVE) ||
            t + 1 >= d->token_count || (d->tokens[t + 1].flags & SG_TOKEN_GAP))
            continue;
        size_t k = t + 1 +
                   (word_is(d, t + 1, ranks) && t + 2 < d->token_count &&
                    !(d->tokens[t + 2].flags & SG_TOKEN_GAP));
        if (word_is(d, k, staff))
            return 1;
    }
    return 0;
}

/* Keeps "the president" and "the President", when the text uses them, as titles of person f,
 * after whom an administration is named ("the Trump administration ... the President said"):
 * the administration is the president's, so the title alone is f, no holder of its own. */
static void note_president(const struct discovery *d, struct found *f)
{
    if (sg_discover_has_phrase(d, "the president"))
        snprintf(f->titles[0], sizeof f->titles[0], "the president");
    if (sg_discover_has_phrase(d, "the President"))
        snprintf(f->titles[2], sizeof f->titles[2], "the President");
}

/* Nonzero when s holds a digit ("CO2", "COP28"): a term, not an organisation's acronym. */
static int has_digit(const struct discovery *d, struct span s)
{
    for (size_t i = s.start; i < s.end; i++)
        if (isdigit((unsigned char)d->text[i]))
            return 1;
    return 0;
}

/* Nonzero when the words from token t on show the candidate before it to be a modifier: an
 * event noun ("the Brexit deal") or an organisation's title and its name ("South American bloc
 * Mercosur"). */
static int modifies(const struct discovery *d, size_t t)
{
    if (t >= d->token_count || (d->tokens[t].flags & SG_TOKEN_GAP) ||
        (d->tokens[t - 1].flags & SG_TOKEN_POSSESSIVE) || is_capital(d, t))
        return 0;
    return word_is(d, t, sg_discover_events) ||
           (word_is(d, t, sg_discover_org_titles) && is_capital(d, t + 1) &&
            !(d->tokens[t + 1].flags & SG_TOKEN_GAP));
}

/* Nonzero when the candidate [first, last] is one acronym after "the" ("the PPP", "the SPLM"):
 * a body's name, as people say "the" before the letters of a party or an agency (terms such as
 * "the GDP" are no candidates). */
static int the_acronym(const struct discovery *d, size_t first, size_t last)
{
    return first == last && first > 0 && (d->tokens[first].flags & SG_TOKEN_ACRONYM) &&
           !(d->tokens[first].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[first - 1], "the");
}

/* Nonzero when the word at token first goes on a list of names whose first follows a word that
 * places it ("fighting in South Kordofan, Blue Nile and Darfur"): a place too. */
static int listed_after_locative(const struct discovery *d, size_t first)
{
    size_t k = first;
    int joined = 0; /* a list has its "and" or "or": "in Gaza, Netanyahu said" is none */
    for (size_t t = first + 1; t < first + 5 && t < d->token_count && !joined; t++)
        joined = sg_token_is(d->text, &d->tokens[t], "and") ||
                 sg_token_is(d->text, &d->tokens[t], "or"); /* "in A, B and C": B too */
    for (int items = 0; items < 6 && k > 1 && sg_discover_list_separator(d, k); items++) {
        int conjunction = sg_token_is(d->text, &d->tokens[k - 1], "and") ||
                          sg_token_is(d->text, &d->tokens[k - 1], "or");
        joined |= conjunction;
        size_t last = conjunction ? k - 2 : k - 1;
        if (!is_capital(d, last))
            return 0;
        while (last > 0 && is_capital(d, last - 1) && !(d->tokens[last].flags & SG_TOKEN_GAP))
            last--;
        k = last;
    }
    return k != first && joined && sg_discover_after_locative(d, k);
}

/* The first token of the capitalised name that ends right before the list separator at token
 * k ("Vodafone, " or "Orange and "), or SIZE_MAX when no such name stands there. */
static size_t item_before(const struct discovery *d, size_t k)
{
    if (!sg_discover_list_separator(d, k))
        return SIZE_MAX;
    size_t last = sg_token_is(d->text, &d->tokens[k - 1], "and") ? k - 2 : k - 1;
    if (!is_capital(d, last) || d->place[last] >= 0 || sg_discover_is_title(d, last))
        return SIZE_MAX;
    while (last > 0 && is_capital(d, last - 1) && !(d->tokens[last].flags & SG_TOKEN_GAP))
        last--;
    return last;
}

/* The last token of the capitalised name that starts at the list separator after token last,
 * maybe past "the" (", Orange", " and One2One", " and the RCN"), or SIZE_MAX; *and notes a
 * closing "and". */
static size_t item_after(const struct discovery *d, size_t last, int *and)
{
    size_t k = last + 1;
    *and = k < d->token_count && sg_token_is(d->text, &d->tokens[k], "and");
    k += *and;
    if (k >= d->token_count || !sg_discover_list_separator(d, k))
        return SIZE_MAX;
    if (sg_token_is(d->text, &d->tokens[k], "the") && k + 1 < d->token_count &&
        !(d->tokens[k + 1].flags & SG_TOKEN_GAP))
        k++; /* "and the RCN" */
    if (!is_capital(d, k) || d->place[k] >= 0 || sg_discover_is_title(d, k))
        return SIZE_MAX;
    while (k + 1 < d->token_count && is_capital(d, k + 1) &&
           !(d->tokens[k + 1].flags & SG_TOKEN_GAP))
        k++;
    return k;
}

/* Nonzero when the name [first, last] is one of three names or more, no places or titles,
 * listed with commas and a closing "and" ("Vodafone, BT Cellnet, Orange and One2One"): names
 * coordinated so are peers, each used as the others are. Not a list after "of", the words of
 * one name ("Ministry of Trade, Industry and Energy"), one with a title ("CEO and ED"), nor
 * "and" with no comma, which may join the words of a name ("the Commonwealth Scientific and
 * Industrial Research Organisation and Geoscience Australia"). */
static int listed_among_names(const struct discovery *d, size_t first, size_t last)
{
    size_t items = 1, commas = 0, k = first, next;
    int joined = 0, and = 0;
    if (sg_discover_is_title(d, first) && first == last)
        return 0;
    for (size_t before; items < 8 && (before = item_before(d, k)) != SIZE_MAX; k = before) {
        int closing = sg_token_is(d->text, &d->tokens[k - 1], "and");
        joined |= closing;
        commas += !closing;
        items++;
    }
    if (k > 0 && sg_token_is(d->text, &d->tokens[k - 1], "of"))
        return 0;
    for (k = last; !joined && items < 8 && (next = item_after(d, k, &and)) != SIZE_MAX; k = next) {
        joined = and;
        commas += !and;
        items++;
    }
    return joined && commas && items >= 3;
}

/* Nonzero when the name at token first comes after a bid, offer, proposal or complaint and
 * "from" or "by" ("the bid from Micheal O'Leary", "a complaint from Wanadoo"): the name owns it,
 * as after a possessive. */
static int offered_by(const struct discovery *d, size_t first)
{
    static const char *const from[] = {"from", "by", NULL};
    static const char *const bids[] = {"bid", "bids", "complaint", "complaints", NULL};
    return first >= 2 && !(d->tokens[first].flags & SG_TOKEN_GAP) &&
           !(d->tokens[first - 1].flags & SG_TOKEN_GAP) && word_is(d, first - 1, from) &&
           (word_is(d, first - 2, bids) || word_is(d, first - 2, sg_discover_state_things));
}

/* Nonzero when the name at token first stands after "in", "at"..., maybe past "the" or a word
 * for a part of a land ("in Kinshasa", "in central Queensland"): a place there. With strict,
 * only after a word of where something is ("in", "at", "near"...: not "from", "to", "on"). */
static int placed_at(const struct discovery *d, size_t first, int strict)
{
    static const char *const parts[] = {"central",
                                        "northern",
                                        "southern",
                                        "eastern",
                                        "western",
                                        "north",
                                        "south",
                                        "east",
                                        "west",
                                        "northeastern",
                                        "northwestern",
                                        "southeastern",
                                        "southwestern",
                                        "rural",
                                        "coastal",
                                        "remote",
                                        NULL};
    size_t before =
        first > 1 && sg_token_is(d->text, &d->tokens[first - 1], "the") ? first - 2 : first - 1;
    if (first > 0 &&
        (strict ? sg_discover_after_locative(d, first) : word_is(d, before, sg_discover_locatives)))
        return 1;
    return first > 1 && !(d->tokens[first].flags & SG_TOKEN_GAP) &&
           !(d->tokens[first - 1].flags & SG_TOKEN_GAP) && !is_capital(d, first - 1) &&
           word_is(d, first - 1, parts) &&
           (strict ? sg_discover_after_locative(d, first - 1)
                   : word_is(d, first - 2, sg_discover_locatives));
}

/* Nonzero when some use of the candidate at index c is a place ("in Alaska", "in central
 * Queensland"): its possessive then owns what a land holds ("Alaska's economy"), no sign of an
 * actor. */
static int used_as_place(const struct discovery *d, size_t c)
{
    for (size_t i = 0; i < d->lone_count; i++)
        if (same_text(d, d->lone[i], d->lone[c]) &&
            placed_at(d, sg_discover_token_at(d, d->lone[i].start), 1))
            return 1;
    return 0;
}

/* Nonzero when token t is a lowercase word for a likeness or a memorial of someone ("Mahatma
 * Gandhi's statue", "the leader's tomb"), right after the possessive before it: what others
 * raised to the owner, no sign that the owner acts. */
static int memorial_at(const struct discovery *d, size_t t)
{
    static const char *const memorials[] = {"statue",   "statues", "portrait", "portraits",
                                            "memorial", "tomb",    "grave",    "mausoleum",
                                            "bust",     "shrine",  NULL};
    return t < d->token_count && !(d->tokens[t].flags & SG_TOKEN_GAP) && !is_capital(d, t) &&
           word_is(d, t, memorials);
}

/* How strongly the text uses the candidate at index c as an actor: how often it occurs, and
 * whether it owns something ("Sysco's", "the bid from ..."; not a name the text also uses as a
 * place), speaks or follows an organisation's title. */
static int candidate_weight(const struct discovery *d, size_t c)
{
    int weight = 0, place = used_as_place(d, c);
    for (size_t i = 0; i < d->lone_count; i++) {
        if (!same_text(d, d->lone[i], d->lone[c]))
            continue;
        size_t t = sg_discover_token_at(d, d->lone[i].start);
        while (t < d->token_count && d->tokens[t].end < d->lone[i].end)
            t++;
        size_t first = sg_discover_token_at(d, d->lone[i].start);
        if (offered_by(d, first)) {
            weight += 2; /* counts as the mention and as owning the bid */
            continue;
        }
        if (placed_at(d, first, 0) || listed_after_locative(d, first) ||
            sg_discover_owns_unit(d, t))
            continue; /* "in Kinshasa", "in the Netherlands", "in Kordofan and Blue Nile" */
        weight += unit_owner(d, first, t) != SIZE_MAX; /* "France Telecom's Wanadoo unit" */
        if (modifies(d, t + 1))
            continue; /* "the Brexit deal", "South American bloc Mercosur" */
        /* a sentence's first word counts only with more to show for it */
        weight += !(d->tokens[first].flags & SG_TOKEN_INITIAL);
        if ((d->tokens[t].flags & SG_TOKEN_POSSESSIVE) && !place && !memorial_at(d, t + 1))
            weight += 2;
        weight += the_acronym(d, first, t) || listed_among_names(d, first, t);
        if (sg_discover_speaks(d, first, t + 1) || passive_agent(d, first) || talks_with(d, first))
            weight += 2;
    }
    return weight;
}

/* Gives every use of candidate c to the person whose two-word name starts with it ("Zhong Shan
 * ... Zhong said", a family name first); returns whether there is one. */
static int alias_first_name(struct discovery *d, size_t c)
{
    struct found *f = sg_discover_person_first_named(d, d->lone[c]);
    for (size_t i = c; f && i < d->lone_count; i++)
        if (same_text(d, d->lone[i], d->lone[c]))
            sg_discover_add_surface(d, f, d->lone[i]);
    return f != NULL;
}

/* Adds the use of candidate i to f, with its owner and the word for a part when the text
 * names it so ("France Telecom's Wanadoo unit"). */
static void add_unit_surface(struct discovery *d, struct found *f, size_t i)
{
    sg_discover_add_surface(d, f, d->lone[i]);
    size_t first = sg_discover_token_at(d, d->lone[i].start), last = first;
    while (last + 1 < d->token_count && d->tokens[last].end < d->lone[i].end)
        last++;
    size_t owner = unit_owner(d, first, last);
    if (owner != SIZE_MAX)
        sg_discover_add_surface(d, f, token_span(d, owner, last + 2));
}

/* Nonzero when the acronym at token t stands in brackets right after the lowercase words it
 * abbreviates ("the environmental impact assessment (EIA)"): a term, no organisation's name. */
static int spelt_in_lowercase(const struct discovery *d, size_t t)
{
    size_t n = d->tokens[t].end - d->tokens[t].start, at = d->tokens[t].start;
    if (n < 2 || n > 6 || t < n || at == 0 || d->text[at - 1] != '(')
        return 0;
    for (size_t k = 0; k < n; k++) {
        size_t w = t - n + k;
        if (is_capital(d, w) || (k > 0 && (d->tokens[w].flags & SG_TOKEN_GAP)) ||
            tolower((unsigned char)d->text[d->tokens[w].start]) !=
                tolower((unsigned char)d->text[at + k]))
            return 0;
    }
    return 1;
}

/* Nonzero when some use of acronym candidate c is spelt out in lowercase before it. */
static int lowercase_term(const struct discovery *d, size_t c)
{
    for (size_t i = 0; i < d->lone_count; i++)
        if (same_text(d, d->lone[i], d->lone[c]) &&
            spelt_in_lowercase(d, sg_discover_token_at(d, d->lone[i].start)))
            return 1;
    return 0;
}

void sg_discover_read_candidate(struct discovery *d, size_t c)
{
    struct span s = d->lone[c];
    int single = memchr(d->text + s.start, ' ', s.end - s.start) == NULL;
    size_t t = sg_discover_token_at(d, s.start);
    int acronym = d->tokens[t].flags & SG_TOKEN_ACRONYM;
    struct found *f = single && !acronym ? sg_discover_person_named(d, s) : NULL;
    if (!f && single && acronym)
        f = sg_discover_expanded(d, s);
    /* not "the Conservative 1922 Committee": a word before a number names something
     * else */
    int numbered = t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
                   sg_discover_number(d, t + 1);
    /* "the Trump administration ... Trump's tariffs": the person, not the administration */
    int administrator = single && !acronym && names_administration(d, s);
    if (!f && single && !numbered && !administrator)
        f = sg_discover_organization_named(d, s);
    if (!f) {
        for (size_t i = 0; i < c && !f; i++)
            if (same_text(d, d->lone[i], s))
                return; /* read at its first occurrence */
        int weight = candidate_weight(d, c);
        if (weight >= 2 && single && !acronym && alias_first_name(d, c))
            return;
        int common = single && !acronym && sg_discover_common_word(d, t);
        int plural_common =
            sg_discover_plural_noun(d, sg_discover_token_at(d, last_word(d, s).start));
        int surname = !single && !acronym && !plural_common && surname_used(d, s);
        surname = surname || administrator || (single && !acronym && owns_staff(d, c));
        if (word_is(d, t, sg_discover_calendar) || word_is(d, t, sg_discover_terms) ||
            (acronym && (has_digit(d, s) || lowercase_term(d, c))) || (weight < 2 && !surname) ||
            (single && word_is(d, t, sg_discover_org_heads)) ||
            (common && !plural_common && weight < 4 && !administrator))
            return;
        /* "Donald Trump ... Trump said": a person's full name, then the surname */
        f = sg_discover_add_found(d,
                                  surname         ? SG_ACTOR_PERSON
                                  : plural_common ? SG_ACTOR_GROUP
                                                  : SG_ACTOR_ORGANIZATION,
                                  s.start);
        if (!f)
            return;
        f->name = s;
        if (administrator)
            note_president(d, f);
        for (size_t i = c; i < d->lone_count; i++)
            if (same_text(d, d->lone[i], s)) {
                add_unit_surface(d, f, i);
                if (surname)
                    sg_discover_note_title_before_comma(d, f,
                                                        sg_discover_token_at(d, d->lone[i].start));
            }
        return;
    }
    sg_discover_add_surface(d, f, s);
    if (s.start < f->first)
        f->first = s.start;
}

/* The organisation found with a form that ends at offset end, or NULL. */
static struct found *organization_ending(struct discovery *d, size_t end)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        for (size_t k = 0;
             f->type == SG_ACTOR_ORGANIZATION && !f->merged && f->place < 0 && k < f->surface_count;
             k++)
            if (f->surfaces[k].end == end)
                return f;
    }
    return NULL;
}

void sg_discover_alias_unnamed_units(struct discovery *d)
{
    for (size_t t = 0; t + 1 < d->token_count; t++) {
        if (!(d->tokens[t].flags & SG_TOKEN_POSSESSIVE) || !is_capital(d, t) || !unit_at(d, t + 1))
            continue;
        struct found *f = organization_ending(d, d->tokens[t].end);
        for (size_t k = 0; f && k < f->surface_count; k++)
            if (f->surfaces[k].end == d->tokens[t].end) {
                sg_discover_add_surface(d, f,
                                        (struct span){f->surfaces[k].start, d->tokens[t + 1].end});
                break;
            }
    }
}
