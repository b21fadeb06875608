/*
 * Actor discovery (discover.h). Three passes over the words of the text:
 *  1. the gazetteer's surfaces, longest first, mark places and organisations
 *     (discover_places.c);
 *  2. each run of capitalised words (a chain, with "of", "da", "al"... inside) is read as a
 *     title and a person, an organisation, a group, or left as a candidate (discover_chains.c,
 *     with discover_people.c and discover_orgs.c), and each place as an actor, a group's
 *     qualifier or a modifier (discover_places.c);
 *  3. candidates (lone capitalised words, acronyms, unknown chains) become surnames of people
 *     found, or organisations when the text uses them as actors (discover_candidates.c).
 * Then lowercase plurals of people or bodies name groups of their own ("activists", "green
 * groups"; discover_collectives.c).
 * The actors found are merged here (a person's surname and spelling variants, an
 * organisation's acronym) and written in order of first mention.
 */
#include "extract/discover.h"

#include "extract/discover_parts.h"

#include "base/diag.h"
#include "extract/discover_words.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Pass 2: every word of the text, as a count of countries, a place, or a chain of capitalised
 * words. */
static void read_words(struct discovery *d)
{
    for (size_t t = 0; t < d->token_count;) {
        size_t counted = sg_discover_counted_countries(d, t);
        if (counted) {
            struct found *f = sg_discover_add_found(d, SG_ACTOR_GROUP, d->tokens[t].start);
            if (f) {
                f->name = token_span(d, t, counted);
                sg_discover_add_surface(d, f, f->name);
            }
            t = counted;
        } else if (d->place[t] >= 0) {
            t = sg_discover_read_place(d, t);
        } else if (is_capital(d, t) && !word_is(d, t, sg_discover_calendar)) {
            size_t end = sg_discover_chain_end(d, t);
            sg_discover_read_chain(d, t, end);
            t = end;
        } else {
            t++;
        }
    }
}

/* Nonzero when name b is the last words of name a, in any case ("Ursula von der Leyen", "Von
 * der Leyen"; "Texas Democrats", "Democrats"). */
static int ends_with_name(const struct discovery *d, struct span a, struct span b)
{
    size_t m = a.end - a.start, n = b.end - b.start;
    return m > n + 1 && d->text[a.end - n - 1] == ' ' &&
           strncasecmp(d->text + a.end - n, d->text + b.start, n) == 0;
}

/* Nonzero when f has a form with the text of name ("PNU" of "Party of National Unity (PNU)"). */
static int has_form(const struct discovery *d, const struct found *f, struct span name)
{
    for (size_t k = 0; k < f->surface_count; k++)
        if (same_text(d, f->surfaces[k], name))
            return 1;
    return 0;
}

/* Nonzero when the words of b's name are a's name and the lowercase head word after one of
 * a's forms ("the Supreme court", "the Public Affairs party" beside "Supreme Court", "Public
 * Affairs Party"). */
static int named_before_head(const struct discovery *d, const struct found *a,
                             const struct found *b)
{
    size_t n = b->name.end - b->name.start;
    for (size_t k = 0; k < a->surface_count; k++) {
        struct span s = a->surfaces[k];
        size_t t = sg_discover_token_at(d, s.start);
        while (t < d->token_count && d->tokens[t].end < s.end)
            t++;
        if (t >= d->token_count || t + 1 >= d->token_count || d->tokens[t].end != s.end ||
            (d->tokens[t + 1].flags & SG_TOKEN_GAP) || is_capital(d, t + 1) ||
            !word_is(d, t + 1, sg_discover_org_heads))
            continue;
        if (d->tokens[t + 1].end - s.start == n &&
            strncasecmp(d->text + s.start, d->text + b->name.start, n) == 0)
            return 1;
    }
    return 0;
}

/* Nonzero when organisation a is a party the text names by a word before "party" ("the
 * National party") and group b that word's plural with a capital ("the Nationals"): the party's
 * members by its name, the party itself. */
static int party_plural(const struct discovery *d, const struct found *a, const struct found *b)
{
    static const char *const party[] = {"party", NULL};
    size_t n = a->name.end - a->name.start;
    if (a->type != SG_ACTOR_ORGANIZATION || b->type != SG_ACTOR_GROUP ||
        b->name.end - b->name.start != n + 1 || d->text[b->name.end - 1] != 's' ||
        memchr(d->text + a->name.start, ' ', n) ||
        strncmp(d->text + a->name.start, d->text + b->name.start, n) != 0)
        return 0;
    for (size_t k = 0; k < a->surface_count; k++) {
        size_t t = sg_discover_token_at(d, a->surfaces[k].start);
        if (t + 1 < d->token_count && d->tokens[t].end == a->surfaces[k].end &&
            !(d->tokens[t + 1].flags & SG_TOKEN_GAP) && !is_capital(d, t + 1) &&
            word_is(d, t + 1, party))
            return 1;
    }
    return 0;
}

/* Nonzero when group a is a modifier and a body's plural ("environmental groups") and group
 * b's last word names their members by the modifier, with "s" or "ists" after it
 * ("environmentalists", "Islamist groups" and "Islamists"): one group. */
static int bodies_of_members(const struct discovery *d, const struct found *a,
                             const struct found *b)
{
    static const char *const endings[] = {"s", "ists", NULL};
    struct span modifier = first_word(d, a->name), members = last_word(d, b->name);
    size_t t = sg_discover_token_at(d, last_word(d, a->name).start);
    size_t n = modifier.end - modifier.start, m = members.end - members.start;
    if (a->type != SG_ACTOR_GROUP || b->type != SG_ACTOR_GROUP || modifier.end + 1 >= a->name.end ||
        t == SIZE_MAX || t != sg_discover_token_at(d, modifier.end + 1) ||
        !word_is(d, t, sg_discover_bodies) || m <= n ||
        strncasecmp(d->text + modifier.start, d->text + members.start, n) != 0)
        return 0;
    for (const char *const *e = endings; *e; e++)
        if (strlen(*e) == m - n && strncmp(d->text + members.start + n, *e, m - n) == 0)
            return 1;
    return 0;
}

/* Nonzero when organisation a is "X government" and X one of b's forms, its acronym or its
 * bracketed letters ("the PN government" after "Perikatan Nasional (PN)"): b's government, when
 * b is a coalition or party the text names so. */
static int government_of(const struct discovery *d, const struct found *a, const struct found *b)
{
    static const char tail[] = " government";
    size_t n = a->name.end - a->name.start, m = sizeof tail - 1;
    if (b->place >= 0 || n <= m || memcmp(d->text + a->name.end - m, tail, m) != 0)
        return 0;
    struct span x = {a->name.start, a->name.end - m};
    if (memchr(d->text + x.start, ' ', x.end - x.start))
        return 0;
    return sg_discover_acronym_of(d, x, b->name) || sg_discover_bracketed(d, b, x) ||
           has_form(d, b, x);
}

/* Nonzero when x and y (n bytes each) differ at i by a British and an American spelling: "re"
 * and "er" ending a word ("Centre", "Center"), or "s" and "z" after an "i" ("Organisation"). */
static size_t spelling_at(const char *x, const char *y, size_t n, size_t i)
{
    if (i + 1 < n && x[i] == y[i + 1] && x[i + 1] == y[i] &&
        ((x[i] == 'r' && x[i + 1] == 'e') || (x[i] == 'e' && x[i + 1] == 'r')) &&
        (i + 2 == n || !isalpha((unsigned char)x[i + 2])))
        return 2;
    return i > 0 && x[i - 1] == 'i' &&
                   ((x[i] == 's' && y[i] == 'z') || (x[i] == 'z' && y[i] == 's'))
               ? 1
               : 0;
}

/* Nonzero when names a and b are the same but for British and American spellings ("Maoist
 * Centre", "Maoist Center"). */
static int spelt_apart(const struct discovery *d, struct span a, struct span b)
{
    size_t n = a.end - a.start;
    const char *x = d->text + a.start, *y = d->text + b.start;
    if (n != b.end - b.start || n < 4)
        return 0;
    int apart = 0;
    for (size_t i = 0; i < n;) {
        size_t step = x[i] == y[i] ? 1 : spelling_at(x, y, n, i);
        if (!step)
            return 0;
        apart |= x[i] != y[i];
        i += step;
    }
    return apart;
}

/* Nonzero when an organisation found has the one word of text at offset at as its name
 * ("Nissan" after "Renault-"). */
static int organization_word(const struct discovery *d, size_t at)
{
    size_t end = at;
    while (end < d->length && isalnum((unsigned char)d->text[end]))
        end++;
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].type == SG_ACTOR_ORGANIZATION &&
            same_text(d, d->found[i].name, (struct span){at, end}))
            return 1;
    return 0;
}

/* Nonzero when organisation a's name starts with organisation b's one-word name, a hyphen and
 * a capital ("GVK-Hancock Coal" and "GVK"): b's venture or brand, one actor with it; not when the
 * word after the hyphen names an organisation of its own ("Renault-Nissan Alliance" and "Renault",
 * "Nissan": a pair's venture, neither of them). */
static int hyphen_led(const struct discovery *d, const struct found *a, const struct found *b)
{
    size_t n = b->name.end - b->name.start;
    return a->type == SG_ACTOR_ORGANIZATION && b->type == SG_ACTOR_ORGANIZATION && n >= 2 &&
           !memchr(d->text + b->name.start, ' ', n) && a->name.end - a->name.start > n + 1 &&
           memcmp(d->text + a->name.start, d->text + b->name.start, n) == 0 &&
           d->text[a->name.start + n] == '-' &&
           isupper((unsigned char)d->text[a->name.start + n + 1]) &&
           !organization_word(d, a->name.start + n + 1);
}

/* Nonzero when a and b, found apart, are one actor: one place, one person across name forms,
 * or one organisation or group across legal endings, acronyms, brackets and the forms the
 * text gave one of them ("PNU press secretary" after "Party of National Unity (PNU)"). */
static int same_actor(const struct discovery *d, const struct found *a, const struct found *b)
{
    if (a->place >= 0 || b->place >= 0)
        return a->place == b->place;
    if (a->type == SG_ACTOR_PERSON && b->type == SG_ACTOR_PERSON)
        return sg_discover_same_person(d, a, b) || ends_with_name(d, a->name, b->name) ||
               ends_with_name(d, b->name, a->name);
    if (a->type == SG_ACTOR_PERSON || b->type == SG_ACTOR_PERSON)
        return 0;
    if (same_text(d, sg_discover_legal_name(d, a->name), sg_discover_legal_name(d, b->name)))
        return 1; /* "the Public Affairs party" and "Public Affairs" said to do things */
    if (named_before_head(d, a, b) || named_before_head(d, b, a))
        return 1; /* "the Supreme court" and "the Supreme Court" */
    if (party_plural(d, a, b) || party_plural(d, b, a))
        return 1; /* "the National party" and "the Nationals" */
    if (a->type != b->type)
        return 0;
    if (a->type == SG_ACTOR_GROUP && a->group_place >= 0 && a->group_place == b->group_place &&
        same_text(d, last_word(d, a->name), last_word(d, b->name)))
        return 1; /* "UK farmers", "the UK's farmers" */
    if (a->type == SG_ACTOR_GROUP)
        return same_text(d, a->name, b->name) || ends_with_name(d, a->name, b->name) ||
               ends_with_name(d, b->name, a->name) || bodies_of_members(d, a, b) ||
               bodies_of_members(d, b, a);
    return same_text(d, sg_discover_legal_name(d, a->name), sg_discover_legal_name(d, b->name)) ||
           spelt_apart(d, a->name, b->name) || sg_discover_acronym_of(d, a->name, b->name) ||
           sg_discover_acronym_of(d, b->name, a->name) || sg_discover_bracketed(d, a, b->name) ||
           sg_discover_bracketed(d, b, a->name) || sg_discover_inverted_name(d, a->name, b->name) ||
           sg_discover_inverted_name(d, b->name, a->name) || has_form(d, a, b->name) ||
           has_form(d, b, a->name) || government_of(d, a, b) || government_of(d, b, a) ||
           hyphen_led(d, a, b) || hyphen_led(d, b, a);
}

/* Folds gone into keep: its forms, a longer name, a group, the first mention and titles. */
static void merge_into(const struct discovery *d, struct found *keep, struct found *gone)
{
    for (size_t k = 0; k < gone->surface_count; k++)
        sg_discover_add_surface(d, keep, gone->surfaces[k]);
    if (gone->name.end - gone->name.start > keep->name.end - keep->name.start && keep->place < 0)
        keep->name = gone->name;
    if (keep->group_place < 0 && !keep->group.end) {
        keep->group_place = gone->group_place;
        keep->group = gone->group;
    }
    if (gone->first < keep->first)
        keep->first = gone->first;
    if (gone->type == SG_ACTOR_ORGANIZATION)
        keep->type = SG_ACTOR_ORGANIZATION; /* a name with a party's head word is no group */
    for (size_t k = 0; k < 4; k++)
        if (!keep->titles[k][0])
            memcpy(keep->titles[k], gone->titles[k], sizeof keep->titles[k]);
    gone->merged = 1;
}

/* Nonzero when place entry body is an organisation's executive body listed apart in the
 * gazetteer ("European Commission") and whole the organisation itself ("European Union"). */
static int body_of(const struct discovery *d, long body, long whole)
{
    if (body < 0 || whole < 0)
        return 0;
    const char *b = d->gazetteer->entries[body].id, *w = d->gazetteer->entries[whole].id;
    for (size_t k = 0; sg_discover_bodies_of[k]; k += 2)
        if (!strcmp(b, sg_discover_bodies_of[k]) && !strcmp(w, sg_discover_bodies_of[k + 1]))
            return 1;
    return 0;
}

/* Folds the executive body found (the "European Commission") into the organisation found
 * ("European Union") when the text names both: the coding guide's one actor, under the whole's
 * name whichever came first. */
static void merge_bodies(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++)
        for (size_t j = 0; j < d->count && !d->found[i].merged; j++) {
            struct found *body = &d->found[i], *whole = &d->found[j];
            if (i == j || whole->merged || !body_of(d, body->place, whole->place))
                continue;
            struct found *keep = i < j ? body : whole, *gone = i < j ? whole : body;
            merge_into(d, keep, gone);
            keep->place = whole->place;
            keep->name = whole->name;
        }
}

/* The unmerged actor the text names from offset at: a form of it is the chain of capitalised
 * words there ("Muslim Brotherhood"), or NULL. */
static struct found *named_at(struct discovery *d, size_t at)
{
    size_t t = sg_discover_token_at(d, at);
    if (t == SIZE_MAX)
        return NULL;
    struct span name = token_span(d, t, sg_discover_chain_end(d, t));
    for (size_t i = 0; i < d->count; i++)
        for (size_t k = 0; k < d->found[i].surface_count && !d->found[i].merged; k++)
            if (same_text(d, d->found[i].surfaces[k], name))
                return &d->found[i];
    return NULL;
}

/* Nonzero when group g's name is the adjective a, plural or not ("Islamists", "Islamist"). */
static int adjective_group(const struct discovery *d, const struct found *g, struct span a)
{
    size_t n = a.end - a.start, m = g->name.end - g->name.start;
    return g->type == SG_ACTOR_GROUP && !g->merged &&
           (m == n || (m == n + 1 && d->text[g->name.end - 1] == 's')) &&
           memcmp(d->text + g->name.start, d->text + a.start, n) == 0;
}

/* Folds a group named by an adjective that described a name in apposition into that name's
 * actor ("the Islamists" after "Islamist party, the Muslim Brotherhood"). */
static void merge_adjectives(struct discovery *d)
{
    for (size_t a = 0; a < d->adjective_count; a++) {
        struct found *owner = named_at(d, d->adjective_name[a]);
        for (size_t i = 0; owner && i < d->count; i++)
            if (&d->found[i] != owner && adjective_group(d, &d->found[i], d->adjectives[a]))
                merge_into(d, owner, &d->found[i]);
    }
}

/* The unmerged actor with the longest form of the text that ends at offset at (forward 0) or
 * starts there (forward 1), or NULL. */
static struct found *form_beside(struct discovery *d, size_t at, int forward)
{
    struct found *best = NULL;
    size_t longest = 0;
    for (size_t i = 0; i < d->count; i++)
        for (size_t k = 0; k < d->found[i].surface_count && !d->found[i].merged; k++) {
            struct span f = d->found[i].surfaces[k];
            size_t n = f.end - f.start;
            size_t from = forward ? at : at - n;
            if (n > longest && n <= (forward ? d->length - at : at) &&
                memcmp(d->text + from, d->text + f.start, n) == 0 &&
                (forward ? at + n == d->length || !isalnum((unsigned char)d->text[at + n])
                         : !isalnum((unsigned char)d->text[at])) &&
                (from == 0 || !isalnum((unsigned char)d->text[from - 1]))) {
                best = &d->found[i];
                longest = n;
            }
        }
    return best;
}

/* Folds the actor named after "aka" or "also known as" into the one named before it: one
 * actor ("Pushpa Kamal Dahal aka Prachanda"), which keeps its type. */
static void merge_known_as(struct discovery *d)
{
    static const char *const joins[] = {
        " aka ", ", aka ", " a.k.a. ", ", a.k.a. ", " also known as ", ", also known as ", NULL};
    for (size_t at = 0; at < d->length; at++)
        for (size_t j = 0; joins[j]; j++) {
            size_t n = strlen(joins[j]);
            if (n > d->length - at || memcmp(d->text + at, joins[j], n) != 0)
                continue;
            struct found *a = form_beside(d, at, 0), *b = form_beside(d, at + n, 1);
            if (a && b && a != b && a->place < 0 && b->place < 0) {
                enum sg_actor_type type = a->type;
                merge_into(d, a->first <= b->first ? a : b, a->first <= b->first ? b : a);
                (a->merged ? b : a)->type = type;
            }
        }
}

/* Folds each actor found into the first one found before it that is the same actor. */
static void merge_found(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++)
        for (size_t j = 0; j < i && !d->found[i].merged; j++)
            if (!d->found[j].merged && same_actor(d, &d->found[j], &d->found[i]))
                merge_into(d, &d->found[j], &d->found[i]);
    merge_bodies(d);
    merge_adjectives(d);
    merge_known_as(d);
}

/* A readable id from text: lowercase ASCII letters and digits, words joined by '-'. */
static void slug(const char *text, size_t n, char *out, size_t size)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < size; i++) {
        unsigned char c = (unsigned char)text[i];
        if (isalnum(c))
            out[k++] = (char)tolower(c);
        else if ((c == ' ' || c == '-') && k > 0 && out[k - 1] != '-')
            out[k++] = '-';
    }
    while (k > 0 && out[k - 1] == '-')
        k--;
    out[k] = '\0';
}

/* The readable id of f: a place's gazetteer id, a person's surname, an organisation's acronym
 * or name, as a slug. */
static void id_of(const struct discovery *d, const struct found *f, char *out, size_t size)
{
    if (f->place >= 0) {
        snprintf(out, size, "%s", d->gazetteer->entries[f->place].id);
        return;
    }
    struct span base = f->type == SG_ACTOR_PERSON ? last_word(d, f->name) : f->name;
    for (size_t k = 0; f->type == SG_ACTOR_ORGANIZATION && k < f->surface_count; k++) {
        size_t t = sg_discover_token_at(d, f->surfaces[k].start);
        if (t != SIZE_MAX && (d->tokens[t].flags & SG_TOKEN_ACRONYM) &&
            d->tokens[t].end == f->surfaces[k].end)
            base = f->surfaces[k]; /* "rmt", "ncc" */
    }
    slug(d->text + base.start, base.end - base.start, out, size);
}

/* Nonzero when the model holds an actor with that id. */
static int id_taken(const struct sg_model *model, const char *id)
{
    return sg_model_find_actor(model, id) >= 0;
}

/* The aliases of f besides its name: the forms the text uses, then its titles. Returns how many
 * were put in aliases (heap strings), or -1 on out of memory. */
static int alias_texts(const struct discovery *d, const struct found *f, const char *name,
                       char **aliases)
{
    int count = 0;
    for (size_t k = 0; k < f->surface_count; k++) {
        struct span s = f->surfaces[k];
        if (s.end - s.start == strlen(name) && strncmp(d->text + s.start, name, strlen(name)) == 0)
            continue;
        if (!(aliases[count++] = strndup(d->text + s.start, s.end - s.start)))
            return -1;
    }
    for (size_t k = 0; k < 4; k++)
        if (f->titles[k][0] && !(aliases[count++] = strdup(f->titles[k])))
            return -1;
    return count;
}

/* Appends the actor found as f, with a unique id. Returns 0 or SG_ERR_NOMEM. */
static int put_actor(const struct discovery *d, const struct found *f, struct sg_model *actors)
{
    char id[64], unique[72], *texts[SG_DISCOVER_MAX_SURFACES + 6] = {0};
    id_of(d, f, id, sizeof id);
    snprintf(unique, sizeof unique, "%s", id[0] ? id : "actor");
    for (int n = 2; id_taken(actors, unique); n++)
        snprintf(unique, sizeof unique, "%.60s-%d", id[0] ? id : "actor", n);
    const char *name = f->place >= 0 ? d->gazetteer->entries[f->place].name : NULL;
    texts[0] = name ? strdup(name) : strndup(d->text + f->name.start, f->name.end - f->name.start);
    const char *group = f->group_place >= 0 ? d->gazetteer->entries[f->group_place].name : NULL;
    if (group || f->group.end)
        texts[1] = group ? strdup(group)
                         : strndup(d->text + f->group.start, f->group.end - f->group.start);
    int aliases = texts[0] ? alias_texts(d, f, texts[0], texts + 2) : -1;
    int err = aliases < 0 || ((group || f->group.end) && !texts[1]) ? SG_ERR_NOMEM : SG_OK;
    struct sg_actor actor = {.id = unique,
                             .name = texts[0],
                             .group = texts[1],
                             .type = f->type,
                             .aliases = texts + 2,
                             .alias_count = aliases < 0 ? 0 : (size_t)aliases};
    if (!err)
        err = sg_model_copy_actor(actors, &actor);
    for (size_t k = 0; k < SG_DISCOVER_MAX_SURFACES + 6; k++)
        free(texts[k]);
    return err;
}

/* Orders actors found by their first mention. */
static int by_first(const void *left, const void *right)
{
    const struct found *a = *(const struct found *const *)left;
    const struct found *b = *(const struct found *const *)right;
    return (a->first > b->first) - (a->first < b->first);
}

/* Appends the actors found and not merged to actors, in order of first mention. Returns 0 or
 * SG_ERR_NOMEM. */
static int write_actors(struct discovery *d, struct sg_model *actors)
{
    const struct found **order = malloc((d->count ? d->count : 1) * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++)
        if (!d->found[i].merged)
            order[n++] = &d->found[i];
    qsort(order, n, sizeof *order, by_first);
    int err = SG_OK;
    for (size_t i = 0; i < n && !err; i++)
        err = put_actor(d, order[i], actors);
    free(order);
    return err;
}

/* Marks as capitalised the words written with a lowercase prefix of one or two letters before
 * a capital and no hyphen ("uMkhonto weSizwe Party", "eBay"): names, as Nguni languages and
 * brands write them (not "pro-Russian", "al-Assad"; nor a product after "i": "iPhone sales"). */
static void mark_inner_capitals(struct discovery *d)
{
    for (size_t t = 0; t < d->token_count; t++) {
        const char *w = d->text + d->tokens[t].start;
        size_t n = d->tokens[t].end - d->tokens[t].start;
        if (n < 4 || !islower((unsigned char)w[0]) || w[0] == 'i' || memchr(w, '-', n))
            continue;
        size_t k = 1;
        while (k < 3 && k < n && islower((unsigned char)w[k]))
            k++;
        if (k < 3 && k + 1 < n && isupper((unsigned char)w[k]) && islower((unsigned char)w[k + 1]))
            d->tokens[t].flags |= SG_TOKEN_CAPITAL;
    }
}

int sg_discover_actors(const char *text, size_t length, const struct sg_gazetteer *gazetteer,
                       struct sg_model *actors)
{
    struct discovery d = {.text = text, .length = length, .gazetteer = gazetteer};
    d.token_count = sg_tokens_split(text, length, &d.tokens);
    if (d.token_count == (size_t)-1)
        return SG_ERR_NOMEM;
    d.place = malloc((d.token_count ? d.token_count : 1) * sizeof *d.place);
    int err = d.place ? SG_OK : SG_ERR_NOMEM;
    if (!err) {
        mark_inner_capitals(&d);
        sg_discover_mark_places(&d);
        read_words(&d);
        sg_discover_read_hyphenated_places(&d);
        sg_discover_read_people_demonyms(&d);
        for (size_t c = 0; c < d.lone_count; c++)
            sg_discover_read_candidate(&d, c);
        sg_discover_add_collectives(&d);
        sg_discover_attach_descriptions(&d);
        sg_discover_defer_bare_heads(&d);
        sg_discover_add_title_holders(&d);
        sg_discover_attach_title_of(&d);
        sg_discover_attach_administrations(&d);
        sg_discover_attach_government(&d);
        sg_discover_note_organization_kinds(&d);
        err = d.out_of_memory ? SG_ERR_NOMEM : SG_OK;
    }
    if (!err) {
        merge_found(&d);
        sg_discover_alias_state_parts(&d);
        sg_discover_alias_unnamed_units(&d);
        sg_discover_alias_described_groups(&d);
        sg_discover_alias_described_people(&d);
        sg_discover_alias_country_titles(&d);
        err = write_actors(&d, actors);
    }
    free(d.tokens);
    free(d.place);
    free(d.found);
    free(d.lone);
    return err;
}

/* Nonzero when the two actors share a name or alias, in any case. */
static int same_names(const struct sg_actor *a, const struct sg_actor *b)
{
    for (size_t i = 0; i <= a->alias_count; i++) {
        const char *x = i ? a->aliases[i - 1] : a->name;
        for (size_t j = 0; j <= b->alias_count; j++)
            if (strcasecmp(x, j ? b->aliases[j - 1] : b->name) == 0)
                return 1;
    }
    return 0;
}

int sg_discover_add_missing(const struct sg_model *found, struct sg_model *lexicon)
{
    size_t given = lexicon->actor_count;
    for (size_t i = 0; i < found->actor_count; i++) {
        const struct sg_actor *a = &found->actors[i];
        int known = 0;
        for (size_t j = 0; j < given && !known; j++)
            known = same_names(a, &lexicon->actors[j]);
        if (known)
            continue;
        struct sg_actor copy = *a;
        char id[72];
        snprintf(id, sizeof id, "%s", a->id);
        for (int n = 2; sg_model_find_actor(lexicon, id) >= 0; n++)
            snprintf(id, sizeof id, "%.60s-%d", a->id, n);
        copy.id = id;
        if (sg_model_copy_actor(lexicon, &copy) != SG_OK)
            return SG_ERR_NOMEM;
    }
    return SG_OK;
}
