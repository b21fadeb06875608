/*
 * "The government" with no country before it or "of" after it (discover_parts.h): an alias of
 * the government the text names in full ("the Western Australian government"), else of the
 * country whose government it is, as the coding guide codes it. The country is the one the
 * text ties to a government ("Kenya's main opposition party accused the government"), else the
 * one its dateline names ("MOSCOW, May 31 --"), else the one it names clearly most.
 */
#include "extract/discover_parts.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Nonzero when "of" and a name follow token t ("the government of Kenya", "of the United
 * States"; not "accused the government of bribing voters"). */
static int of_name_after(const struct discovery *d, size_t t)
{
    size_t k = t + 2;
    if (k < d->token_count && sg_token_is(d->text, &d->tokens[k], "the"))
        k++;
    return t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[t + 1], "of") && is_capital(d, k);
}

/* Nonzero when a capitalised word follows token t with no punctuation between ("the Government
 * Accountability Office"): a name goes on. */
static int name_goes_on(const struct discovery *d, size_t t)
{
    return t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
           is_capital(d, t + 1);
}

/* Nonzero when token t is a bare "government" after "the", capitalised or not ("the Government
 * was very disappointed"; not "the government of Kenya", "the Government Accountability
 * Office"), and not after a preposition that makes it a place one is in ("resigned from the
 * government", "power within the government"). */
static int bare_government(const struct discovery *d, size_t t)
{
    static const char *const government[] = {"government", NULL};
    static const char *const the[] = {"the", NULL};
    static const char *const inside[] = {"from", "within", "in", "into", "inside", "of", NULL};
    return t > 0 && word_is(d, t, government) && !name_goes_on(d, t) && word_is(d, t - 1, the) &&
           !(d->tokens[t].flags & SG_TOKEN_GAP) && !of_name_after(d, t) &&
           !(t > 1 && !(d->tokens[t - 1].flags & SG_TOKEN_GAP) && word_is(d, t - 2, inside));
}

/* Nonzero when token t is a lowercase possessive "government" with no determiner, right after
 * an inflected verb or a preposition ("The court dismissed government's appeal", "opposed to
 * government's plan"; not "the government's", "the coalition government's"): a bare use too,
 * written without "the". */
static int bare_possessive_government(const struct discovery *d, size_t t)
{
    static const char *const government[] = {"government", NULL};
    static const char *const prepositions[] = {"of",   "to",      "by", "for",  "with",
                                               "from", "against", "on", "over", NULL};
    return t > 0 && word_is(d, t, government) && !is_capital(d, t) &&
           (d->tokens[t].flags & SG_TOKEN_POSSESSIVE) && !(d->tokens[t].flags & SG_TOKEN_GAP) &&
           !is_capital(d, t - 1) && !(d->tokens[t - 1].flags & SG_TOKEN_POSSESSIVE) &&
           (word_is(d, t - 1, prepositions) || sg_discover_inflected_verb(d, t - 1));
}

/* The span of a bare use of "government" at token t ("the government", "government's"), or an
 * empty span. */
static struct span bare_use(const struct discovery *d, size_t t)
{
    if (bare_government(d, t))
        return token_span(d, t - 1, t + 1);
    return bare_possessive_government(d, t) ? token_span(d, t, t + 1) : (struct span){0, 0};
}

/* Nonzero when token t is a lowercase "government" after "the state" or "the provincial"
 * ("the state government on Monday accused the AEU"): the government a bare "the government"
 * means when the text names that government in full. */
static int state_government(const struct discovery *d, size_t t)
{
    static const char *const government[] = {"government", NULL};
    static const char *const levels[] = {"state", "provincial", NULL};
    static const char *const the[] = {"the", NULL};
    return t > 1 && word_is(d, t, government) && !is_capital(d, t) && word_is(d, t - 1, levels) &&
           !is_capital(d, t - 1) && word_is(d, t - 2, the) &&
           !(d->tokens[t].flags & SG_TOKEN_GAP) && !(d->tokens[t - 1].flags & SG_TOKEN_GAP) &&
           !of_name_after(d, t);
}

/* The country entry of the place at token t, or -1. */
static long country_at(const struct discovery *d, size_t t)
{
    const struct sg_gazetteer_surface *s = t < d->token_count ? surface_of(d, t) : NULL;
    return s && d->gazetteer->entries[s->entry].type == SG_ACTOR_COUNTRY ? (long)s->entry : -1;
}

/* Nonzero when the country named from token t to end - 1 owns a government word after it, past
 * up to two lowercase words ("Kenya's main opposition party", "the Irish Government"), and no
 * capitalised word goes before it ("Western Australian government" is no country's). */
static int ties_government(const struct discovery *d, size_t t, size_t end)
{
    static const char *const words[] = {"government", "opposition", "parliament", "cabinet",
                                        "ruling",     "coalition",  NULL};
    static const char *const the[] = {"the", NULL};
    if (t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) && is_capital(d, t - 1) &&
        !word_is(d, t - 1, the))
        return 0;
    for (size_t k = end; k < d->token_count && k < end + 3; k++) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return 0;
        if (word_is(d, k, words))
            return 1;
        if (is_capital(d, k))
            return 0;
    }
    return 0;
}

/* Nonzero when "government of", maybe with "the", stands right before token t ("the
 * government of Kenya"). */
static int government_of(const struct discovery *d, size_t t)
{
    static const char *const government[] = {"government", NULL};
    size_t k = t > 0 && sg_token_is(d->text, &d->tokens[t - 1], "the") ? t - 1 : t;
    return k > 1 && sg_token_is(d->text, &d->tokens[k - 1], "of") && word_is(d, k - 2, government);
}

/* The one country the text ties to a government (ties_government(), government_of()); -1 when
 * none or several. */
static long tied_country(const struct discovery *d)
{
    long found = -1;
    for (size_t t = 0; t < d->token_count;) {
        long entry = country_at(d, t);
        size_t end = t + 1;
        while (entry >= 0 && end < d->token_count && d->place[end] == d->place[t] &&
               !(d->tokens[end].flags & SG_TOKEN_GAP))
            end++;
        int tied = entry >= 0 && (ties_government(d, t, end) || government_of(d, t));
        if (tied && found >= 0 && found != entry)
            return -1;
        if (tied)
            found = entry;
        t = end;
    }
    return found;
}

/* The country whose name or capital the text's first word is, before a comma or a dash (a
 * dateline: "MOSCOW, May 31 --"), in any case; or -1. */
static long dateline_country(const struct discovery *d)
{
    if (d->token_count < 2 || !(d->tokens[1].flags & SG_TOKEN_GAP))
        return -1;
    size_t n = d->tokens[0].end - d->tokens[0].start;
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t s = 0; s < g->surface_count; s++)
        if (g->surfaces[s].length == n && g->surfaces[s].kind != SG_PLACE_DEMONYM &&
            g->entries[g->surfaces[s].entry].type == SG_ACTOR_COUNTRY &&
            strncasecmp(g->surfaces[s].text, d->text + d->tokens[0].start, n) == 0)
            return (long)g->surfaces[s].entry;
    return -1;
}

/* The country the text names most, by any of its names, when it names it twice at least and
 * twice as often as any other; or -1. */
static long most_named_country(const struct discovery *d)
{
    struct sg_discover_tally tally = {-1, 0, 0};
    for (size_t t = 0; t < d->token_count; t++) {
        long entry = country_at(d, t);
        if (entry < 0 ||
            (t > 0 && d->place[t - 1] == d->place[t] && !(d->tokens[t].flags & SG_TOKEN_GAP)))
            continue;
        size_t count = 0;
        for (size_t k = 0; k < d->token_count; k++)
            count += country_at(d, k) == entry && !(k > 0 && d->place[k - 1] == d->place[k] &&
                                                    !(d->tokens[k].flags & SG_TOKEN_GAP));
        if (entry != tally.best)
            sg_discover_tally_note(&tally, entry, count);
    }
    return tally.best_count >= 2 && tally.best_count >= 2 * tally.second ? tally.best : -1;
}

/* The actor found for country entry, or NULL: "the government" names no country of its own. */
static struct found *country_found(struct discovery *d, long entry)
{
    for (size_t i = 0; entry >= 0 && i < d->count; i++)
        if (d->found[i].place == entry && !d->found[i].merged)
            return &d->found[i];
    return NULL;
}

/* Nonzero when f's name is a level of government and "Government" ("Federal Government",
 * "Central Government"), naming no place. */
static int generic_government(const struct discovery *d, const struct found *f)
{
    static const char *const levels[] = {"federal ", "central ", "national ", "union ", NULL};
    if (f->merged || f->place >= 0)
        return 0;
    for (const char *const *l = levels; *l; l++) {
        size_t n = strlen(*l);
        if (f->name.end - f->name.start == n + 10 &&
            strncasecmp(d->text + f->name.start, *l, n) == 0 &&
            strncasecmp(d->text + f->name.start + n, "government", 10) == 0)
            return 1;
    }
    return 0;
}

/* The one actor found whose name is a government in full ("Western Australian government",
 * "Korean government"), or NULL when none or several. */
static struct found *named_government(struct discovery *d)
{
    struct found *named = NULL;
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        struct span last = last_word(d, f->name);
        if (f->merged || f->place >= 0 || f->name.end == f->name.start ||
            generic_government(d, f) ||
            !(last.end - last.start == 10 &&
              strncasecmp(d->text + last.start, "government", 10) == 0) ||
            last.start == f->name.start)
            continue;
        if (named)
            return NULL;
        named = f;
    }
    return named;
}

/* The one "Federal Government" found and folded into no country, or NULL when none or
 * several. */
static struct found *lone_generic_government(struct discovery *d)
{
    struct found *lone = NULL;
    for (size_t i = 0; i < d->count; i++) {
        if (!generic_government(d, &d->found[i]))
            continue;
        if (lone)
            return NULL;
        lone = &d->found[i];
    }
    return lone;
}

/* The country whose government the text means by a bare "the government": the one it ties to
 * a government, else its dateline's, else the one it names clearly most; or -1. */
static long government_entry(const struct discovery *d)
{
    long entry = tied_country(d);
    if (entry < 0)
        entry = dateline_country(d);
    if (entry < 0)
        entry = most_named_country(d);
    return entry;
}

/* The actor of the country government_entry() names, or NULL. */
static struct found *government_country(struct discovery *d)
{
    return country_found(d, government_entry(d));
}

long sg_discover_only_country(const struct discovery *d)
{
    long entry = -1;
    for (size_t t = 0; t < d->token_count; t++) {
        long here = country_at(d, t);
        if (here >= 0 && entry >= 0 && here != entry)
            return -1;
        if (here >= 0)
            entry = here;
    }
    return entry;
}

/* A new actor for the one country the text names at all, when no other gives the country of
 * the bare "the government" at token t; NULL when none. */
static struct found *only_country_government(struct discovery *d, size_t t)
{
    long entry = sg_discover_only_country(d);
    return entry < 0 ? NULL : sg_discover_place_actor(d, (size_t)entry, bare_use(d, t).start);
}

/* Nonzero when f's name is one word and "government", and the word reads as a surname: no
 * acronym, and a word WordNet does not know, or knows first as a person and not as an
 * adjective ("the Modi government", "the Harper government"; not "the Queensland government",
 * a place WordNet knows, nor "the Liberal government"). */
static int surname_government(const struct discovery *d, const struct found *f)
{
    struct span word = first_word(d, f->name);
    size_t t = sg_discover_token_at(d, word.start);
    char lower[64];
    if (f->merged || f->place >= 0 || f->type != SG_ACTOR_ORGANIZATION ||
        word.end + 11 != f->name.end || strncasecmp(d->text + word.end, " government", 11) != 0 ||
        t == SIZE_MAX || (d->tokens[t].flags & SG_TOKEN_ACRONYM) || d->place[t] >= 0 ||
        !sg_discover_lower_word(d, t, lower, sizeof lower))
        return 0;
    return !sg_lemma_is_word(lower) || (sg_lemma_is_person(lower) && !sg_lemma_is(lower, 'a'));
}

/* The country whose government f, "NAME government" with a surname, is: the country of the
 * person found by that surname, else the country whose government the text means by a bare
 * "the government"; NULL when none. */
static struct found *led_country(struct discovery *d, const struct found *f)
{
    if (!surname_government(d, f))
        return NULL;
    const struct found *p = sg_discover_person_named(d, first_word(d, f->name));
    if (p && p->group_place >= 0)
        return d->gazetteer->entries[p->group_place].type == SG_ACTOR_COUNTRY
                   ? country_found(d, p->group_place)
                   : NULL;
    return p && p->group.end ? NULL : government_country(d);
}

/* Folds each "Federal Government" found into the country whose government the text means,
 * with its forms ("the Federal Government" is Australia's), and each "NAME government" whose
 * NAME is a person's surname into that person's country ("the Modi government" is India's). */
static void fold_generic_governments(struct discovery *d)
{
    struct found *country = NULL;
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        struct found *led = led_country(d, f);
        if (led) {
            for (size_t k = 0; k < f->surface_count; k++)
                sg_discover_add_surface(d, led, f->surfaces[k]);
            f->merged = 1;
            continue;
        }
        if (!generic_government(d, f) || (!country && !(country = government_country(d))))
            continue;
        for (size_t k = 0; k < f->surface_count; k++)
            sg_discover_add_surface(d, country, f->surfaces[k]);
        f->merged = 1;
    }
}

/* Nonzero when token t is a lowercase "government" before "forces", "troops" or "soldiers",
 * with no capitalised word or place right before it ("clashes between government forces and
 * rebels"; not "Sudanese government forces", "the Tigray government forces"): the army of the
 * government the text means. */
static int government_forces(const struct discovery *d, size_t t)
{
    static const char *const government[] = {"government", NULL};
    static const char *const forces[] = {"forces", "troops", "soldiers", NULL};
    return t + 1 < d->token_count && word_is(d, t, government) && !is_capital(d, t) &&
           word_is(d, t + 1, forces) && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
           !(t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) &&
             (is_capital(d, t - 1) || d->place[t - 1] >= 0));
}

/* Gives "the government" and the organisation named right after it ("the government
 * Department of Telecommunications") to that organisation, as its form: no use of a bare "the
 * government". */
static void alias_government_bodies(struct discovery *d)
{
    static const char *const government[] = {"government", NULL};
    for (size_t t = 1; t < d->token_count; t++) {
        if (is_capital(d, t) || !word_is(d, t, government) || !name_goes_on(d, t) ||
            !sg_token_is(d->text, &d->tokens[t - 1], "the"))
            continue;
        for (size_t i = 0; i < d->count; i++) {
            struct found *f = &d->found[i];
            for (size_t k = 0; f->type == SG_ACTOR_ORGANIZATION && !f->merged && f->place < 0 &&
                               k < f->surface_count;
                 k++)
                if (f->surfaces[k].start == d->tokens[t + 1].start) {
                    sg_discover_add_surface(
                        d, f, (struct span){d->tokens[t - 1].start, f->surfaces[k].end});
                    break;
                }
        }
    }
}

void sg_discover_attach_government(struct discovery *d)
{
    alias_government_bodies(d);
    fold_generic_governments(d);
    struct found *f = named_government(d);
    /* "the state government" after "the Liberal government": that government, named in full */
    for (size_t t = 0; f && t < d->token_count; t++)
        if (state_government(d, t))
            sg_discover_add_surface(d, f, token_span(d, t - 2, t + 1));
    size_t first = SIZE_MAX;
    for (size_t t = 0; t < d->token_count && first == SIZE_MAX; t++)
        if (bare_use(d, t).end)
            first = t;
    if (first == SIZE_MAX)
        return;
    /* that country becomes an actor there when none was found, named only as a modifier
     * ("India's new regulators", "Authority of India") or inside an organisation's name ("the
     * Kenya Medical Practitioners and Dentists Union ... an offer from the government") */
    long entry = f ? -1 : government_entry(d);
    if (entry >= 0)
        f = sg_discover_place_actor(d, (size_t)entry, d->tokens[first - 1].start);
    if (!f) /* "the Federal Government" of no country the text names */
        f = lone_generic_government(d);
    if (!f)
        f = only_country_government(d, first);
    for (size_t t = first; f && t < d->token_count; t++)
        if (bare_use(d, t).end)
            sg_discover_add_surface(d, f, bare_use(d, t));
    for (size_t t = 0; f && t < d->token_count; t++)
        if (government_forces(d, t))
            sg_discover_add_surface(d, f, token_span(d, t, t + 2));
}
