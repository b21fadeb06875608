/*
 * Bare collectives (discover_parts.h): a group the text names by a lowercase plural of people
 * or bodies, with no name or country before it ("activists", "the opposition", "green groups",
 * "trainee doctors"). Which of them take part in a stance is left to stance_actors.c.
 */
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Nonzero when token t is lowercase, or capitalised only as its sentence's first word. */
static int lowercase_or_initial(const struct discovery *d, size_t t)
{
    return !is_capital(d, t) || (d->tokens[t].flags & SG_TOKEN_INITIAL);
}

/* Nonzero when token t follows the word before it within a sentence, with no punctuation
 * between. */
static int joined(const struct discovery *d, size_t t)
{
    return t > 0 && t < d->token_count && !(d->tokens[t].flags & (SG_TOKEN_GAP | SG_TOKEN_INITIAL));
}

/* Nonzero when token t reads as a verb: a form WordNet knows as a verb whose base form differs
 * ("said", "protesting"), or a word after a pronoun, a modal or "to" ("we value", "will
 * force"). */
static int verb_at(const struct discovery *d, size_t t)
{
    static const char *const verb_before[] = {
        "we",   "they", "i",     "you",   "to",  "will",  "would", "can",    "could", "should",
        "must", "may",  "might", "shall", "not", "never", "also",  "cannot", NULL};
    char word[64], base[64];
    if (t > 0 && word_is(d, t - 1, verb_before))
        return 1;
    return sg_discover_lower_word(d, t, word, sizeof word) && sg_lemma_is(word, 'v') &&
           sg_lemma(word, 'v', base, sizeof base) == 0 && strcmp(base, word) != 0;
}

/* Nonzero when token t is a lowercase title or a noun whose first sense is a person, and no
 * verb form ("leader", "spokesman"; not "accused"): the words before it describe a person. */
static int person_noun(const struct discovery *d, size_t t)
{
    char word[64];
    return t < d->token_count && !is_capital(d, t) && !verb_at(d, t) &&
           (sg_discover_is_title(d, t) ||
            (sg_discover_lower_word(d, t, word, sizeof word) && sg_lemma_is_person(word)));
}

/* Nonzero when token t is a head a bare collective may end with: one of the bare collectives,
 * or a body's plural after a modifier (needs_modifier set). "Opposition" needs "the" or a
 * plural after it ("the opposition", "opposition parties"), and no preposition of what it
 * opposes or who does ("the opposition to the mine", "the opposition from farmers"): alone it
 * is mostly a stance; nor a person's title or noun after it ("the opposition leader" is a
 * person), nor a name ("the opposition Socialists" is that party). */
static int collective_head(const struct discovery *d, size_t t, int *needs_modifier)
{
    static const char *const opposition[] = {"opposition", NULL};
    static const char *const of_stance[] = {"to", "of", "from", "against", NULL};
    *needs_modifier = word_is(d, t, sg_discover_bodies);
    if (t >= d->token_count || d->place[t] >= 0 || !lowercase_or_initial(d, t))
        return 0;
    if (word_is(d, t, opposition)) {
        static const char *const the[] = {"the", NULL};
        return t > 0 && word_is(d, t - 1, the) && !(d->tokens[t].flags & SG_TOKEN_GAP) &&
               !(joined(d, t + 1) &&
                 (word_is(d, t + 1, of_stance) || person_noun(d, t + 1) || is_capital(d, t + 1)));
    }
    return *needs_modifier || word_is(d, t, sg_discover_bare_collectives);
}

/* Nonzero when token t is a lowercase word that may stand before a bare collective's head
 * ("green", "trainee", "opposition"): letters only, no stop word, place, possessive or verb
 * ("the protesting doctors", "will force farmers"), nor a word of comparison ("less than
 * teachers": no group 'than teachers'). */
static int collective_modifier(const struct discovery *d, size_t t)
{
    static const char *const not_modifiers[] = {
        "other",   "some", "any",      "such",   "these",   "those",    "local",
        "foreign", "many", "multiple", "dozen",  "hundred", "thousand", "million",
        "than",    "as",   "like",     "unlike", "versus",  NULL};
    char word[64];
    const struct sg_token *w = &d->tokens[t];
    if (!lowercase_or_initial(d, t) || d->place[t] >= 0 || (w->flags & SG_TOKEN_POSSESSIVE) ||
        word_is(d, t, sg_discover_stops) || word_is(d, t, not_modifiers) ||
        !sg_discover_lower_word(d, t, word, sizeof word) || verb_at(d, t))
        return 0;
    for (const char *c = word; *c; c++)
        if (!islower((unsigned char)*c) && *c != '-')
            return 0;
    return 1;
}

/* Nonzero when token t, a word before a collective, names or owns something (a capitalised word
 * within a sentence, a place, a possessive): the group is read with its name elsewhere ("U.S.
 * lawmakers", "Niger's military leaders"). */
static int named_before(const struct discovery *d, size_t t)
{
    return (d->place[t] >= 0 || (d->tokens[t].flags & SG_TOKEN_POSSESSIVE) ||
            (is_capital(d, t) && !(d->tokens[t].flags & SG_TOKEN_INITIAL)));
}

/* The group found whose form is the text of s in any case, or NULL. */
static struct found *group_with_form(struct discovery *d, struct span s)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        for (size_t k = 0; f->type == SG_ACTOR_GROUP && k < f->surface_count; k++)
            if (f->surfaces[k].end - f->surfaces[k].start == s.end - s.start &&
                strncasecmp(d->text + f->surfaces[k].start, d->text + s.start, s.end - s.start) ==
                    0)
                return f;
    }
    return NULL;
}

/* The bare collective found since found[since] whose name ends with the same head word as s, or
 * NULL. */
static struct found *same_head(struct discovery *d, size_t since, struct span s)
{
    struct span head = last_word(d, s);
    for (size_t i = since; i < d->count; i++) {
        struct span other = last_word(d, d->found[i].name);
        if (other.end - other.start == head.end - head.start &&
            strncasecmp(d->text + other.start, d->text + head.start, head.end - head.start) == 0)
            return &d->found[i];
    }
    return NULL;
}

/* Adds the bare collective of tokens [from, to) (after "the" when with_the): a new group, or a
 * form of the one that has its text in any case (as written), or of the bare collective found since
 * found[since] with its head ("trainee doctors", "resident and intern doctors"); a body's plural is
 * no such head
 * ("green groups" and "armed groups" are two). */
static void add_collective(struct discovery *d, size_t since, size_t from, size_t to, int with_the)
{
    struct span s = token_span(d, from, to);
    struct found *f = group_with_form(d, s);
    if (f) /* "Rebels" as a sentence's first word, then "rebels": both forms */
        sg_discover_add_surface(d, f, s);
    if (!f && !word_is(d, to - 1, sg_discover_bodies) && (f = same_head(d, since, s)))
        sg_discover_add_surface(d, f, s);
    if (!f && (f = sg_discover_add_found(d, SG_ACTOR_GROUP, d->tokens[from].start))) {
        f->name = s;
        sg_discover_add_surface(d, f, s);
    }
    if (f && with_the)
        sg_discover_add_surface(d, f, token_span(d, from - 1, to));
}

/* Where the bare collective whose head is token t starts: at the head, at a modifier before it
 * ("green groups"), or at the first of two modifiers joined by "and" ("community and
 * environment activists"). */
static size_t phrase_start(const struct discovery *d, size_t t)
{
    static const char *const and[] = {"and", NULL};
    if (!joined(d, t) || !collective_modifier(d, t - 1))
        return t;
    size_t from = t - 1;
    if (joined(d, from) && joined(d, from - 1) && word_is(d, from - 1, and) &&
        collective_modifier(d, from - 2))
        from -= 2;
    return from;
}

/* Nonzero when token t owns what follows: "'s", or a plural's apostrophe ("unions' demands"). */
static int owner(const struct discovery *d, size_t t)
{
    size_t end = d->tokens[t].end;
    return (d->tokens[t].flags & SG_TOKEN_POSSESSIVE) ||
           (end < d->length && d->text[end] == '\'') ||
           (end + 2 < d->length && memcmp(d->text + end, "\xe2\x80\x99", 3) == 0);
}

/* Nonzero when the collective of tokens [from, t] is read otherwise: with a name, place or
 * possessive before it ("U.S. lawmakers") or "of" and a name after it ("protesters of Poland",
 * "activists of the Green Party"), or "from" and a name of no place ("lawmakers from the Basque
 * Nationalist Party" are the party's), or as a part after "of" ("a group of farmers"), or as a
 * modifier of the noun after it when a singular determiner comes first ("a police station",
 * "a farmers market"), or as the object of a verb with no determiner ("values nurses"; not
 * "met unions' demands"). */
static int read_otherwise(const struct discovery *d, size_t from, size_t t)
{
    static const char *const the[] = {"the", NULL}, *const of[] = {"of", NULL},
                             *const from_word[] = {"from", NULL};
    static const char *const determiners[] = {"the",   "a",     "an",  "these",
                                              "those", "their", "its", NULL};
    static const char *const singular[] = {"a", "an", "each", "every", "another", NULL};
    if (joined(d, from) &&
        (named_before(d, from - 1) || word_is(d, from - 1, of) || word_is(d, from - 1, singular)))
        return 1;
    if (from == t && joined(d, t) && !is_capital(d, t - 1) && verb_at(d, t - 1) &&
        !(t > 1 && word_is(d, t - 2, determiners)) && !owner(d, t))
        return 1; /* "values nurses" is an object; "the protesting farmers" are a group */
    if (word_is(d, t + 1, from_word)) { /* members from a body are that body's */
        size_t n = t + 2 + word_is(d, t + 2, the);
        return is_capital(d, n) && n < d->token_count && d->place[n] < 0;
    }
    return word_is(d, t + 1, of) &&
           (is_capital(d, t + 2) || (t + 2 < d->token_count && d->place[t + 2] >= 0) ||
            (word_is(d, t + 2, the) && is_capital(d, t + 3)));
}

/* Nonzero when token t goes on a list (", " or " and ") whose item before it ends at token
 * item ("values nurses, doctors and teachers"). */
static int listed_after(const struct discovery *d, size_t t, size_t item)
{
    static const char *const and[] = {"and", NULL};
    if (item == SIZE_MAX || !sg_discover_list_separator(d, t))
        return 0;
    return t - 1 == item || (word_is(d, t - 1, and) && t >= 2 && t - 2 == item);
}

/* The group found since index since whose name is the n bytes of name in any case, or NULL. */
static struct found *group_named(struct discovery *d, size_t since, const char *name, size_t n)
{
    for (size_t i = since; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_GROUP && !f->merged && f->name.end - f->name.start == n &&
            strncasecmp(d->text + f->name.start, name, n) == 0)
            return f;
    }
    return NULL;
}

/* Gives the group found as "the opposition" each "opposition parties" of the text, capitalised
 * or not ("Nepal's Opposition parties on Monday tabled a motion"), and the group found as
 * "Opposition parties" if any: the parties in opposition are the group "the opposition" names. */
static void add_opposition_parties(struct discovery *d, size_t since)
{
    static const char *const opposition[] = {"opposition", NULL};
    static const char *const parties[] = {"parties", NULL};
    struct found *group = group_named(d, since, "opposition", 10);
    struct found *plural = group ? group_named(d, since, "opposition parties", 18) : NULL;
    for (size_t k = 0; plural && k < plural->surface_count; k++)
        sg_discover_add_surface(d, group, plural->surfaces[k]);
    if (plural)
        plural->merged = 1;
    for (size_t t = 0; group && t + 1 < d->token_count; t++)
        if (word_is(d, t, opposition) && word_is(d, t + 1, parties) &&
            !(d->tokens[t + 1].flags & SG_TOKEN_GAP))
            sg_discover_add_surface(d, group, token_span(d, t, t + 2));
}

void sg_discover_add_collectives(struct discovery *d)
{
    static const char *const the[] = {"the", NULL};
    size_t since = d->count, skipped = SIZE_MAX;
    for (size_t t = 0; t < d->token_count; t++) {
        int needs_modifier, next_needs;
        if (!collective_head(d, t, &needs_modifier) ||
            (t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
             collective_head(d, t + 1, &next_needs)))
            continue; /* "opposition parties": the second word is the head */
        size_t from = phrase_start(d, t);
        if (from == t && needs_modifier)
            continue;
        if (read_otherwise(d, from, t) || (from == t && listed_after(d, t, skipped))) {
            skipped = t; /* and so is the next on a list: "values nurses, doctors" */
            continue;
        }
        add_collective(d, since, from, t + 1, joined(d, from) && word_is(d, from - 1, the));
    }
    add_opposition_parties(d, since);
}
