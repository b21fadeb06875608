/*
 * Forms the text gives place actors and the organisations places describe, read once the
 * chains and places are (discover_parts.h): descriptions of an organisation by its country
 * ("Australia's competition regulator") given to the one organisation named after it; a bare
 * "the Commission" deferred to an organisation named with that head word; administrations
 * ("the Biden administration"), places before a hyphen and a participle ("Moscow-mediated"),
 * people named by a demonym ("the Americans") and parts of a state ("the commerce ministry") as
 * aliases of the place they name.
 */
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Nonzero when organisation f belongs to the gazetteer entry place: its group, or the place
 * its name starts with ("UK Competition and Markets Authority"). */
static int organization_of(const struct discovery *d, const struct found *f, long place)
{
    if (f->group_place == place)
        return 1;
    size_t t = sg_discover_token_at(d, f->name.start);
    return d->place[t] >= 0 && (long)d->gazetteer->surfaces[d->place[t]].entry == place;
}

/* Nonzero when organisation f is a court, which judges: no regulator or watchdog that the
 * description s ("a UK watchdog") may name, unless s names a court itself. */
static int court_apart(const struct discovery *d, const struct found *f, struct span s)
{
    static const char *const courts[] = {"court", "tribunal", NULL};
    struct span head = last_word(d, f->name), kind = last_word(d, s);
    size_t h = sg_discover_token_at(d, head.start), k = sg_discover_token_at(d, kind.start);
    return h != SIZE_MAX && word_is(d, h, courts) && !(k != SIZE_MAX && word_is(d, k, courts));
}

void sg_discover_attach_descriptions(struct discovery *d)
{
    for (size_t i = 0; i < d->description_count; i++) {
        struct found *owner = NULL;
        size_t owners = 0;
        for (size_t k = 0; k < d->count; k++) {
            struct found *f = &d->found[k];
            if (f->type == SG_ACTOR_ORGANIZATION && f->place < 0 && !f->merged &&
                organization_of(d, f, d->description_place[i]) &&
                !court_apart(d, f, d->descriptions[i])) {
                owner = f;
                owners++;
            }
        }
        if (owners == 1)
            sg_discover_add_surface(d, owner, d->descriptions[i]);
    }
}

/* The head word of s when s is "the" or "The", a space and one capitalised word ("the
 * Commission"); an empty span otherwise. */
static struct span bare_head(const struct discovery *d, struct span s)
{
    struct span none = {0, 0}, head = {s.start + 4, s.end};
    if (s.end - s.start < 6 || strncasecmp(d->text + s.start, "the ", 4) != 0 ||
        memchr(d->text + head.start, ' ', head.end - head.start) ||
        !isupper((unsigned char)d->text[head.start]))
        return none;
    return head;
}

void sg_discover_defer_bare_heads(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->place < 0 || f->merged || f->type != SG_ACTOR_ORGANIZATION || !f->surface_count)
            continue;
        struct span head = bare_head(d, f->surfaces[0]);
        for (size_t k = 1; head.end && k < f->surface_count; k++)
            if (!same_text(d, bare_head(d, f->surfaces[k]), head))
                head.end = 0;
        struct found *other = NULL;
        size_t others = 0;
        for (size_t k = 0; head.end && k < d->count; k++) {
            struct found *o = &d->found[k];
            if (o->place < 0 && !o->merged && o->type == SG_ACTOR_ORGANIZATION &&
                o->name.end - o->name.start > head.end - head.start &&
                same_text(d, last_word(d, o->name), head)) {
                other = o;
                others++;
            }
        }
        if (!others)
            continue;
        for (size_t k = 0; others == 1 && k < f->surface_count; k++)
            sg_discover_add_surface(d, other, f->surfaces[k]);
        f->merged = 1;
    }
}

/* The country whose government "NAME administration" is: the person's country, else, for a
 * person of no group, the United States when the text names it (an administration, for a
 * government, is American usage); -1 when neither. */
static long administered(struct discovery *d, struct span phrase)
{
    struct span chain = {phrase.start, phrase.end};
    while (chain.end > chain.start && !isspace((unsigned char)d->text[chain.end - 1]))
        chain.end--;
    while (chain.end > chain.start && isspace((unsigned char)d->text[chain.end - 1]))
        chain.end--;
    const struct found *person = sg_discover_person_named(d, last_word(d, chain));
    if (person && (person->group_place >= 0 || person->group.end))
        return person->group_place >= 0 &&
                       d->gazetteer->entries[person->group_place].type == SG_ACTOR_COUNTRY
                   ? person->group_place
                   : -1;
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].place >= 0 && !d->found[i].merged &&
            strcmp(d->gazetteer->entries[d->found[i].place].id, "us") == 0)
            return d->found[i].place;
    return -1;
}

void sg_discover_attach_administrations(struct discovery *d)
{
    for (size_t i = 0; i < d->administration_count; i++) {
        struct span phrase = d->administrations[i];
        long entry = administered(d, phrase);
        struct found *country =
            entry >= 0 ? sg_discover_place_actor(d, (size_t)entry, phrase.start) : NULL;
        if (!country)
            continue;
        sg_discover_add_surface(d, country, phrase);
        for (size_t k = 0; k < d->count; k++)
            if (d->found[k].type == SG_ACTOR_ORGANIZATION && d->found[k].place < 0 &&
                same_text(d, d->found[k].name, phrase))
                d->found[k].merged = 1;
    }
}

/* Nonzero when the n bytes at w are a participle that makes the word before the hyphen its
 * agent ("mediated", "backed"): the place acts ("Moscow-mediated talks"), unlike "Paris-based". */
static int agent_participle(const char *w, size_t n)
{
    static const char *const participles[] = {
        "mediated",  "brokered",  "backed",  "led",        "sponsored", "hosted",
        "funded",    "supported", "imposed", "drafted",    "proposed",  "financed",
        "organised", "organized", "run",     "controlled", NULL};
    for (size_t i = 0; participles[i]; i++)
        if (strlen(participles[i]) == n && strncmp(w, participles[i], n) == 0)
            return 1;
    return 0;
}

/* The gazetteer surface, by name or capital, that is the n bytes at w, or -1. */
static long surface_named(const struct discovery *d, const char *w, size_t n)
{
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t s = 0; s < g->surface_count; s++)
        if (g->surfaces[s].length == n && g->surfaces[s].kind != SG_PLACE_DEMONYM &&
            strncmp(g->surfaces[s].text, w, n) == 0)
            return (long)s;
    return -1;
}

/* Nonzero when an actor found has a form that starts at offset at ("Kremlin-backed
 * separatists": the group names the place as its modifier). */
static int starts_form(const struct discovery *d, size_t at)
{
    for (size_t i = 0; i < d->count; i++)
        for (size_t k = 0; k < d->found[i].surface_count; k++)
            if (d->found[i].surfaces[k].start == at)
                return 1;
    return 0;
}

void sg_discover_read_hyphenated_places(struct discovery *d)
{
    for (size_t t = 0; t < d->token_count; t++) {
        const char *w = d->text + d->tokens[t].start;
        size_t n = d->tokens[t].end - d->tokens[t].start;
        const char *hyphen = memchr(w, '-', n);
        if (d->place[t] >= 0 || !is_capital(d, t) || !hyphen ||
            starts_form(d, d->tokens[t].start) ||
            !agent_participle(hyphen + 1, n - (size_t)(hyphen - w) - 1))
            continue;
        long s = surface_named(d, w, (size_t)(hyphen - w));
        struct found *f =
            s < 0 ? NULL
                  : sg_discover_place_actor(d, d->gazetteer->surfaces[s].entry, d->tokens[t].start);
        if (!f)
            continue;
        sg_discover_add_surface(d, f,
                                (struct span){d->tokens[t].start, (size_t)(hyphen - d->text)});
        if (f->first > d->tokens[t].start)
            f->first = d->tokens[t].start;
    }
}

/* The gazetteer entry whose demonym token t is, plural ("Americans", "Israelis": the demonym
 * and an "s"), or -1. */
static long plural_demonym(const struct discovery *d, size_t t)
{
    const struct sg_token *w = &d->tokens[t];
    size_t n = w->end - w->start;
    if (n < 4 || d->text[w->end - 1] != 's' || (w->flags & SG_TOKEN_ACRONYM))
        return -1;
    for (size_t s = 0; s < d->gazetteer->surface_count; s++) {
        const struct sg_gazetteer_surface *surface = &d->gazetteer->surfaces[s];
        if (surface->kind == SG_PLACE_DEMONYM && surface->length == n - 1 &&
            strncmp(surface->text, d->text + w->start, n - 1) == 0)
            return (long)surface->entry;
    }
    return -1;
}

/* Nonzero when the demonym at token t is a noun for its people, nothing after it that it
 * modifies: "ese", "ish" or "ch" at its end ("the Chinese", "the British", "the Dutch"), and
 * punctuation or a word of grammar next ("the Chinese had offered", "the French, who"). */
static int demonym_noun(const struct discovery *d, size_t t)
{
    static const char *const endings[] = {"ese", "ish", "ch", NULL};
    static const char *const next[] = {
        "have", "has",   "had",    "are",  "were", "will", "would", "said",  "say",  "says",
        "and",  "of",    "to",     "is",   "was",  "did",  "do",    "could", "can",  "also",
        "may",  "might", "should", "must", "for",  "in",   "about", "on",    "over", NULL};
    const struct sg_token *w = &d->tokens[t];
    int ends = 0;
    for (const char *const *e = endings; *e && !ends; e++) {
        size_t n = strlen(*e);
        ends = w->end - w->start > n && strncmp(d->text + w->end - n, *e, n) == 0;
    }
    return ends && surface_of(d, t) && surface_of(d, t)->kind == SG_PLACE_DEMONYM &&
           (t + 1 == d->token_count || (d->tokens[t + 1].flags & SG_TOKEN_GAP) ||
            (!is_capital(d, t + 1) && word_is(d, t + 1, next)));
}

void sg_discover_read_people_demonyms(struct discovery *d)
{
    for (size_t t = 1; t < d->token_count; t++) {
        if (!is_capital(d, t) || (d->tokens[t].flags & SG_TOKEN_GAP) ||
            !sg_token_is(d->text, &d->tokens[t - 1], "the"))
            continue;
        long entry = d->place[t] < 0      ? plural_demonym(d, t)
                     : demonym_noun(d, t) ? (long)surface_of(d, t)->entry
                                          : -1;
        struct found *f =
            entry >= 0 ? sg_discover_place_actor(d, (size_t)entry, d->tokens[t - 1].start) : NULL;
        if (f)
            sg_discover_add_surface(d, f, token_span(d, t - 1, t + 1));
    }
}

/* The span of the first use of "the" and the text of part, in any case at its first letter
 * and at word bounds ("The commerce ministry"), or an empty span. */
static struct span the_part_used(const struct discovery *d, struct span part)
{
    size_t n = part.end - part.start;
    for (size_t at = 0; at + 4 + n <= d->length; at++)
        if (tolower((unsigned char)d->text[at]) == 't' &&
            strncmp(d->text + at + 1, "he ", 3) == 0 &&
            strncmp(d->text + at + 4, d->text + part.start, n) == 0 &&
            (at == 0 || !isalnum((unsigned char)d->text[at - 1])) &&
            (at + 4 + n == d->length || !isalnum((unsigned char)d->text[at + 4 + n])))
            return (struct span){at, at + 4 + n};
    return (struct span){0, 0};
}

/* Nonzero when an actor other than f has a form that ends with the text of part. */
static int part_elsewhere(const struct discovery *d, const struct found *f, struct span part)
{
    size_t n = part.end - part.start;
    for (size_t i = 0; i < d->count; i++) {
        const struct found *g = &d->found[i];
        for (size_t k = 0; g != f && !g->merged && k < g->surface_count; k++) {
            struct span s = g->surfaces[k];
            if (s.end - s.start >= n && strncmp(d->text + s.end - n, d->text + part.start, n) == 0)
                return 1;
        }
    }
    return 0;
}

/* Where the part of the state after the place starts in place actor f's form s, when two words
 * or more follow the place and the last is a state noun ("commerce ministry" of "China’s
 * commerce ministry"); s.end when none does. */
static size_t state_part_start(const struct discovery *d, const struct found *f, struct span s)
{
    size_t t = sg_discover_token_at(d, s.start), k = t;
    if (t == SIZE_MAX || d->place[t] < 0 ||
        d->gazetteer->surfaces[d->place[t]].entry != (size_t)f->place)
        return s.end;
    while (k < d->token_count && d->tokens[k].end <= s.end && d->place[k] == d->place[t])
        k++;
    size_t last = sg_discover_token_at(d, last_word(d, s).start);
    if (k >= d->token_count || last == SIZE_MAX || last <= k || d->tokens[k].start >= s.end ||
        !word_is(d, last, sg_discover_state_nouns))
        return s.end;
    return d->tokens[k].start;
}

void sg_discover_alias_state_parts(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        for (size_t k = 0, forms = f->surface_count; f->place >= 0 && !f->merged && k < forms;
             k++) {
            struct span part = {state_part_start(d, f, f->surfaces[k]), f->surfaces[k].end};
            struct span used = part.start < part.end ? the_part_used(d, part) : part;
            if (used.start < used.end && !part_elsewhere(d, f, part))
                sg_discover_add_surface(d, f, used);
        }
    }
}
