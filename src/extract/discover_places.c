/*
 * The gazetteer's places in actor discovery (discover_parts.h): its surfaces marked in the text
 * (longest first, and misspelt by one letter), then each read as the country or organisation
 * itself, a group it qualifies ("U.S. lawmakers", "ethnic Armenian forces"), a name it leads
 * ("US Foods Inc."), an organisation it describes ("Australia's competition regulator") or only
 * a modifier ("in Brazil", "Ukrainian President ..."); counts of countries ("Thirty-six
 * countries"). The forms later passes give these actors and the organisations places describe
 * (descriptions, administrations, hyphenated names, demonyms, parts of a state) are in
 * discover_place_forms.c.
 */
#include "extract/discover_parts.h"

#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Nonzero when a capitalised word that starts no sentence, names no title and is no place
 * stands right before token t: t goes on a longer name ("Latin American", "New Mexico"). */
static int inside_name(const struct discovery *d, size_t t)
{
    if (t == 0 || (d->tokens[t].flags & (SG_TOKEN_GAP | SG_TOKEN_INITIAL)))
        return 0;
    const struct sg_token *before = &d->tokens[t - 1];
    return (before->flags & SG_TOKEN_CAPITAL) && !(before->flags & SG_TOKEN_INITIAL) &&
           !(before->flags & SG_TOKEN_POSSESSIVE) && d->place[t - 1] < 0 &&
           !sg_token_in(d->text, before, sg_discover_titles) &&
           !sg_token_in(d->text, before, sg_discover_calendar) &&
           !sg_token_in(d->text, before, sg_discover_stops);
}

/* Nonzero when the n tokens from t, unmarked, capitalised and apart by spaces only, spell the
 * gazetteer surface of several words but for one letter inside one word, its first and last
 * letters kept ("Addis Abba" for "Addis Ababa"; not "Sri Lankan" for "Sri Lanka"). */
static int misspells(const struct discovery *d, size_t t,
                     const struct sg_gazetteer_surface *surface)
{
    const char *word = surface->text, *end = surface->text + surface->length;
    int edited = 0;
    for (size_t k = t; word < end; k++) {
        if (k >= d->token_count || d->place[k] >= 0 || !(d->tokens[k].flags & SG_TOKEN_CAPITAL) ||
            (k > t && (d->tokens[k].flags & SG_TOKEN_GAP)))
            return 0;
        const char *space = memchr(word, ' ', (size_t)(end - word));
        size_t n = (size_t)((space ? space : end) - word),
               m = d->tokens[k].end - d->tokens[k].start;
        const char *w = d->text + d->tokens[k].start;
        if (n >= 64 || m >= 64)
            return 0;
        if (m != n || memcmp(w, word, n) != 0) {
            char x[64], y[64];
            snprintf(x, sizeof x, "%.*s", (int)n, word);
            snprintf(y, sizeof y, "%.*s", (int)m, w);
            if (edited++ || n < 5 || m < 4 || x[0] != y[0] || x[n - 1] != y[m - 1] ||
                sg_text_edit_distance(x, y, 1) > 1)
                return 0;
        }
        word = space ? space + 1 : end;
    }
    return edited;
}

/* Marks the places misspelt by one letter (misspells()). */
static void mark_misspelt_places(struct discovery *d)
{
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t s = 0; s < g->surface_count; s++) {
        const struct sg_gazetteer_surface *surface = &g->surfaces[s];
        size_t words = 1;
        for (size_t i = 0; i < surface->length; i++)
            words += surface->text[i] == ' ';
        for (size_t t = 0; words > 1 && t + words <= d->token_count; t++)
            if (misspells(d, t, surface))
                for (size_t k = t; k < t + words; k++)
                    d->place[k] = (long)s;
    }
}

/* Marks the one-word country names written in capitals, four letters or more ("WASHINGTON, DC
 * -- CANADA and Mexico have both responded"): the country, as a headline or a dateline writes
 * it; not "US" or "UN", acronyms of their own, nor an organisation's seat ("BRUSSELS," opens a
 * dateline). */
static void mark_capitalised_places(struct discovery *d)
{
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t t = 0; t < d->token_count; t++) {
        size_t n = d->tokens[t].end - d->tokens[t].start;
        if (d->place[t] >= 0 || !(d->tokens[t].flags & SG_TOKEN_ACRONYM) || n < 4)
            continue;
        for (size_t s = 0; s < g->surface_count; s++)
            if (g->surfaces[s].kind == SG_PLACE_NAME && g->surfaces[s].length == n &&
                g->entries[g->surfaces[s].entry].type == SG_ACTOR_COUNTRY &&
                !memchr(g->surfaces[s].text, ' ', n) &&
                strncasecmp(g->surfaces[s].text, d->text + d->tokens[t].start, n) == 0) {
                d->place[t] = (long)s;
                break;
            }
    }
}

void sg_discover_mark_places(struct discovery *d)
{
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t t = 0; t < d->token_count; t++)
        d->place[t] = -1;
    for (size_t s = 0; s < g->surface_count; s++) {
        const struct sg_gazetteer_surface *surface = &g->surfaces[s];
        for (const char *hit = d->text; (hit = strstr(hit, surface->text)) != NULL; hit++) {
            size_t at = (size_t)(hit - d->text), first = sg_discover_token_at(d, at);
            if (first == SIZE_MAX)
                continue;
            size_t last = first;
            while (last < d->token_count && d->tokens[last].end < at + surface->length)
                last++;
            if (last == d->token_count || d->tokens[last].end != at + surface->length)
                continue;
            if (inside_name(d, first))
                continue; /* "Latin American", "New Mexico" */
            if (at + surface->length < d->length && d->text[at + surface->length] == '$')
                continue; /* "US$152 million": a currency */
            int free_words = 1;
            for (size_t t = first; t <= last; t++)
                free_words &= d->place[t] < 0;
            for (size_t t = first; free_words && t <= last; t++)
                d->place[t] = (long)s;
        }
    }
    mark_misspelt_places(d);
    mark_capitalised_places(d);
}

/* Nonzero when the place at tokens [t, end) owns a title in an appositive after a name ("Hubert
 * Lang, also Austria's state secretary for finance, said"): the person's affiliation, not an
 * actor of its own. */
static int appositive_affiliation(const struct discovery *d, size_t t, size_t end)
{
    static const char *const adverbs[] = {"also", "now", "then", "formerly", NULL};
    if (!(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE))
        return 0;
    int title = 0;
    for (size_t k = end; k < d->token_count && k < end + 4 && !title; k++) {
        if (is_capital(d, k) || (d->tokens[k].flags & SG_TOKEN_GAP))
            return 0;
        title = sg_discover_is_title(d, k);
    }
    size_t k =
        t > 0 && word_is(d, t - 1, adverbs) && !(d->tokens[t].flags & SG_TOKEN_GAP) ? t - 1 : t;
    int closed = 0; /* the appositive's closing comma: "On Tuesday, Iran's president said" is
                       none */
    for (size_t c = end + 1; c < d->token_count && c < end + 10 && !closed; c++)
        closed = sg_discover_comma_before(d, c);
    return title && closed && sg_discover_comma_before(d, k) && is_capital(d, k - 1) &&
           d->place[k - 1] < 0 && !word_is(d, k - 1, sg_discover_calendar);
}

/* Nonzero when a title and a name follow token t ("Norway minister Espen Barth Eide",
 * "Tuvalu's delegation chief Seve Paeniu", "Israeli Prime Minister Benjamin ..."): the place
 * before it is the person's affiliation, not an actor of its own. */
static int leads_title(const struct discovery *d, size_t t)
{
    int title = 0;
    for (size_t k = t; k < d->token_count && k < t + 5; k++) {
        /* "France's ecological transition minister, Monique Barbut" */
        if (k > t && (d->tokens[k].flags & SG_TOKEN_GAP))
            return title && sg_discover_comma_before(d, k) && is_capital(d, k) &&
                   !sg_discover_is_title(d, k);
        if (sg_discover_is_title(d, k))
            title = 1;
        else if (title && is_capital(d, k))
            return 1;
        else if (title || d->place[k] >= 0 || word_is(d, k, sg_discover_stops) ||
                 (is_capital(d, k) && !sg_discover_common_word(d, k)))
            return 0;
    }
    return 0;
}

/* Nonzero when a lowercase hyphenated word stands right before token t ("coal-dependent"). */
static int hyphenated_modifier(const struct discovery *d, size_t t)
{
    if (t == 0 || (d->tokens[t].flags & SG_TOKEN_GAP) || is_capital(d, t - 1))
        return 0;
    const struct sg_token *w = &d->tokens[t - 1];
    const char *hyphen = memchr(d->text + w->start, '-', w->end - w->start);
    return hyphen && hyphen > d->text + w->start && hyphen + 1 < d->text + w->end;
}

/* The first token of the place that ends right before token t, or SIZE_MAX. */
static size_t place_before(const struct discovery *d, size_t t)
{
    if (t == 0 || d->place[t - 1] < 0)
        return SIZE_MAX;
    size_t k = t - 1;
    while (k > 0 && d->place[k - 1] == d->place[k] && !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    return k;
}

/* The first token of the first place of the list of places that the place at token t is on
 * ("Panama" for "South Korea" in "in Panama and South Korea"); t when it is on none. A list
 * closed by "and" ends there: in "in Panama and South Korea, Canada said" Canada is on none. */
static size_t list_first_place(const struct discovery *d, size_t t)
{
    size_t first = t;
    int comma = 0;
    while (sg_discover_list_separator(d, first)) {
        int and = sg_token_is(d->text, &d->tokens[first - 1], "and");
        if (and&&comma)
            return t;
        comma |= !and;
        size_t k = place_before(d, and? first - 1 : first);
        if (k == SIZE_MAX)
            break;
        first = k;
    }
    return first;
}

/* Nonzero when the place at token t stands after "size of" ("an area half the size of
 * Singapore"): a measure of land, not who acts; not with a possessive ("the size of Russia's
 * army" is Russia's). */
static int size_of(const struct discovery *d, size_t t)
{
    return t > 1 && !(d->tokens[t].flags & (SG_TOKEN_GAP | SG_TOKEN_POSSESSIVE)) &&
           !(d->tokens[t - 1].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[t - 1], "of") &&
           sg_token_is(d->text, &d->tokens[t - 2], "size");
}

/* Nonzero when the place at token t stands after "in", "at"... or "around", maybe past "the"
 * ("a summit in Brazil", "the waters around Taiwan"), or after "size of": where something is,
 * not who acts. */
static int in_places(const struct discovery *d, size_t t)
{
    return sg_discover_after_locative(d, t) || size_of(d, t) ||
           (t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) &&
            sg_token_is(d->text, &d->tokens[t - 1], "around"));
}

/* Nonzero when the place at token t is on a list after "border with", "of" or "between",
 * maybe past a few words ("on the border with fellow Mercosur members Argentina and Paraguay",
 * "on the border of Brazil and Paraguay"): geography, not an actor. */
static int on_border(const struct discovery *d, size_t t)
{
    static const char *const borders[] = {"border", "borders", "frontier", NULL};
    static const char *const with[] = {"with", "of", "between", NULL};
    size_t first = list_first_place(d, t);
    for (size_t k = first, steps = 0; k > 1 && steps < 5; k--, steps++) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return 0;
        if (word_is(d, k - 1, with) && word_is(d, k - 2, borders))
            return 1;
    }
    return 0;
}

/* Nonzero when the tokens before t, from the start of the text, are words in capitals: a
 * dateline's city ("CANBERRA, Australia (AP) --"). */
static int dateline_city(const struct discovery *d, size_t t)
{
    if (t == 0 || t > 4)
        return 0;
    for (size_t k = 0; k < t; k++) {
        const struct sg_token *w = &d->tokens[k];
        if (w->end - w->start < 2)
            return 0;
        for (size_t at = w->start; at < w->end; at++)
            if (islower((unsigned char)d->text[at]))
                return 0;
    }
    return 1;
}

/* Nonzero when the capital at token t, up to end, opens the text before a comma, a colon, a
 * dash or a bracket: a dateline ("New Delhi, Jan. 16:", "Kathmandu:", "Durban —"), which says
 * where the story was filed, no actor. */
static int dateline(const struct discovery *d, size_t t, size_t end)
{
    if (t != 0 || end >= d->token_count)
        return 0;
    size_t at = d->tokens[end - 1].end;
    const char *p = d->text + at;
    size_t left = d->tokens[end].start - at;
    return left > 0 &&
           (*p == ',' || *p == ':' || (left > 1 && p[0] == ' ' && (p[1] == '(' || p[1] == '-')) ||
            (left > 3 && strncmp(p, " \xe2\x80", 3) == 0));
}

/* Nonzero when the country at token t completes an address after a city ("Kinshasa, Congo"),
 * or a dateline's ("CANBERRA, Australia (AP)"). */
static int address(const struct discovery *d, size_t t)
{
    const struct sg_gazetteer_surface *city = t > 0 ? surface_of(d, t - 1) : NULL;
    return sg_discover_comma_before(d, t) &&
           ((city && city->kind == SG_PLACE_CAPITAL) || dateline_city(d, t));
}

/* Nonzero when the city at token t, up to end, stands between commas after a name ("at the
 * Presidential Villa, Abuja, yesterday"): a venue's address. */
static int venue_address(const struct discovery *d, size_t t, size_t end)
{
    return sg_discover_comma_before(d, t) && is_capital(d, t - 1) && d->place[t - 1] < 0 &&
           !word_is(d, t - 1, sg_discover_titles) && sg_discover_comma_before(d, end);
}

/* Nonzero when the chain [from, to) after a demonym names an organisation of its own
 * ("Australian Competition and Consumer Commission", "European Research Group"), not a part of
 * the state ("Russian Foreign Ministry"). */
static int names_organization(const struct discovery *d, size_t from, size_t to)
{
    return is_capital(d, to - 1) && word_is(d, to - 1, sg_discover_org_heads) &&
           !word_is(d, to - 1, sg_discover_state_nouns) && !sg_discover_is_title(d, from);
}

/* Nonzero when the lowercase words after a country's possessive at token t describe one of its
 * organisations ("Australia's competition regulator"): where they end goes in *end. */
static int describes_organization(const struct discovery *d, size_t t, size_t *end)
{
    for (size_t k = t; k < d->token_count && k < t + 3; k++) {
        if (is_capital(d, k) || (k > t && (d->tokens[k].flags & SG_TOKEN_GAP)))
            return 0;
        if (word_is(d, k, sg_discover_org_titles)) {
            *end = k + 1;
            return 1;
        }
    }
    return 0;
}

/* Nonzero when a determiner, the place at token t (ending at end) and an organisation's title,
 * maybe after one lowercase word, describe an organisation of that place ("a UK watchdog", "the
 * Australian competition regulator"; not "the UK regulator Ofwat", which names it): where the
 * description ends goes in *described. */
static int kind_described(const struct discovery *d, size_t t, size_t end, size_t *described)
{
    static const char *const determiners[] = {"a", "an", "the", NULL};
    if (t == 0 || (d->tokens[t].flags & SG_TOKEN_GAP) || !word_is(d, t - 1, determiners))
        return 0;
    for (size_t k = end; k < d->token_count && k < end + 2; k++) {
        if (is_capital(d, k) || (k > end && (d->tokens[k].flags & SG_TOKEN_GAP)) ||
            word_is(d, k, sg_discover_stops) || word_is(d, k, sg_discover_speech))
            return 0;
        if (word_is(d, k, sg_discover_org_titles)) {
            if (k + 1 < d->token_count && is_capital(d, k + 1) &&
                !(d->tokens[k + 1].flags & SG_TOKEN_GAP))
                return 0;
            *described = k + 1;
            return 1;
        }
    }
    return 0;
}

/* A chain that starts with a place's name or demonym ("US Foods Inc.", "Australian Competition
 * and Consumer Commission"), read as one name from token t to the end it returns; or t. */
/* Where the capitalised title that "of" joins to the place at token t starts ("High
 * Commissioner of Pakistan Sohail Mahmood": "High"), or t when none stands there. */
static size_t title_of_place(const struct discovery *d, size_t t)
{
    if (t < 2 || (d->tokens[t].flags & SG_TOKEN_GAP) || (d->tokens[t - 1].flags & SG_TOKEN_GAP) ||
        !sg_token_is(d->text, &d->tokens[t - 1], "of") || !is_capital(d, t - 2) ||
        !sg_discover_is_title(d, t - 2))
        return t;
    size_t k = t - 2;
    while (k > 0 && is_capital(d, k - 1) && d->place[k - 1] < 0 &&
           !(d->tokens[k].flags & SG_TOKEN_GAP) && t - k < 5)
        k--;
    return k;
}

/* Nonzero when a capitalised "All" within the sentence stands right before the place at token
 * t: the first word of the name the place leads ("the All India Bank Employees Association",
 * "the All Nigeria Peoples Party"). */
static int all_before(const struct discovery *d, size_t t)
{
    return t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) && is_capital(d, t - 1) &&
           !(d->tokens[t - 1].flags & SG_TOKEN_INITIAL) &&
           sg_token_is(d->text, &d->tokens[t - 1], "all");
}

static size_t read_place_led_name(struct discovery *d, size_t t, size_t end)
{
    const struct sg_gazetteer_surface *surface = surface_of(d, t);
    if (!is_capital(d, end) || d->place[end] >= 0 || sg_discover_is_title(d, end) ||
        word_is(d, end, sg_discover_calendar) || leads_title(d, end) ||
        surface->kind == SG_PLACE_CAPITAL)
        return t;
    size_t chain = sg_discover_chain_end(d, end), count = d->count;
    size_t title = surface->kind == SG_PLACE_NAME ? title_of_place(d, t) : t;
    if (title < t) {
        sg_discover_read_chain(d, title, chain); /* the title, "of", the place and the name */
        return chain;
    }
    if (surface->kind == SG_PLACE_DEMONYM && !names_organization(d, end, chain))
        return t;
    sg_discover_read_chain(d, all_before(d, t) ? t - 1 : t, chain);
    if (surface->kind == SG_PLACE_DEMONYM && d->count > count &&
        d->found[d->count - 1].type == SG_ACTOR_ORGANIZATION)
        d->found[d->count - 1].group_place = (long)surface->entry;
    return chain;
}

/* A group a place qualifies, [t, end] ("U.S. lawmakers", "America's allies"). Returns it, or
 * NULL on out of memory. */
static struct found *add_place_group(struct discovery *d, size_t t, size_t end, size_t entry)
{
    struct found *f = sg_discover_add_found(d, SG_ACTOR_GROUP, d->tokens[t].start);
    if (!f)
        return NULL;
    f->name = token_span(d, t, end + 1);
    sg_discover_add_surface(d, f, f->name);
    f->group_place = (long)entry;
    /* "the Republic of Niger's military leaders": also "Niger's military leaders" */
    size_t last = t;
    while (last + 1 < end && d->place[last + 1] == d->place[t])
        last++;
    if (last > t)
        sg_discover_add_surface(d, f, token_span(d, last, end + 1));
    /* "Senior Mexican officials": a rank before the demonym is part of the group's name as the
     * text gives it */
    static const char *const ranks[] = {"senior", "top", "high-ranking", "high-level", NULL};
    if (t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) && word_is(d, t - 1, ranks))
        sg_discover_add_surface(d, f, token_span(d, t - 1, end + 1));
    return f;
}

/* A group named by "ethnic", a demonym and a collective, [t, end] ("ethnic Armenian forces"):
 * the people, not the state; "in" and a name after it go in an alias ("ethnic Armenian forces
 * in Karabakh"). */
static void add_ethnic_group(struct discovery *d, size_t t, size_t end, size_t entry)
{
    struct found *f = add_place_group(d, t, end, entry);
    if (f && end + 2 < d->token_count && sg_token_is(d->text, &d->tokens[end + 1], "in") &&
        !(d->tokens[end + 1].flags & SG_TOKEN_GAP) && is_capital(d, end + 2) &&
        !(d->tokens[end + 2].flags & SG_TOKEN_GAP))
        sg_discover_add_surface(d, f, token_span(d, t, end + 3));
}

/* Where a capitalised part of the state named from token t on ends ("Foreign Ministry",
 * "Embassy", "Ministry of Defence": a state noun as the head word, among its first two words,
 * not "State Museum", "Army Museum"; and no title in it or right after it: not "Foreign
 * Ministry spokeswoman Maria Zakharova"), or 0. */
static size_t capital_state_part_end(const struct discovery *d, size_t t)
{
    size_t place = t - 1; /* not inside a longer name: "the Free Syrian Army" */
    while (place > 0 && d->place[place - 1] == d->place[t - 1] &&
           !(d->tokens[place].flags & SG_TOKEN_GAP))
        place--;
    if (place > 0 && is_capital(d, place - 1) && !(d->tokens[place].flags & SG_TOKEN_GAP) &&
        !word_is(d, place - 1, sg_discover_stops))
        return 0;
    size_t end = sg_discover_chain_end(d, t), head = SIZE_MAX;
    for (size_t k = t; k < end; k++) {
        if (sg_discover_is_title(d, k) || d->place[k] >= 0)
            return 0;
        if (head == SIZE_MAX && (k + 1 == end || !is_capital(d, k + 1)))
            head = k; /* the last word, or the last before "of": "Ministry of Defence" */
    }
    int part = head < t + 2 && word_is(d, head, sg_discover_state_nouns);
    if (!part || (end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
                  (is_capital(d, end) || sg_discover_is_title(d, end))))
        return 0;
    return end;
}

/* Where a part of the state named from token t on ends ("side"; after a demonym or a
 * possessive, a lowercase word before it too: "foreign ministry", or capitalised words:
 * "Foreign Ministry"), or 0. */
static size_t state_part_end(const struct discovery *d, size_t t)
{
    const struct sg_gazetteer_surface *place = surface_of(d, t - 1);
    int modified = place && (place->kind == SG_PLACE_DEMONYM ||
                             (d->tokens[t - 1].flags & SG_TOKEN_POSSESSIVE));
    if (modified && is_capital(d, t))
        return capital_state_part_end(d, t);
    for (size_t k = t; k < d->token_count && k < t + (modified ? 2 : 1); k++) {
        if (is_capital(d, k) || d->place[k] >= 0 || (k > t && (d->tokens[k].flags & SG_TOKEN_GAP)))
            return 0;
        if (word_is(d, k, sg_discover_state_nouns)) /* not "the foreign ministry spokesman" */
            return sg_discover_is_title(d, k + 1) && !(d->tokens[k + 1].flags & SG_TOKEN_GAP)
                       ? 0
                       : k + 1;
        if (word_is(d, k, sg_discover_stops) || sg_discover_is_title(d, k) ||
            word_is(d, k, sg_discover_collectives) || (d->tokens[k].flags & SG_TOKEN_POSSESSIVE))
            return 0;
    }
    return 0;
}

/* The place surface at token t, up to end, as the actor itself. Returns where its words end:
 * end, or past a capitalised part of the state that speaks for it ("Russian Foreign
 * Ministry"). */
static size_t add_place(struct discovery *d, size_t t, size_t end)
{
    const struct sg_gazetteer_surface *surface = surface_of(d, t);
    struct found *f =
        sg_discover_add_found(d, d->gazetteer->entries[surface->entry].type, d->tokens[t].start);
    if (!f)
        return end;
    f->place = (long)surface->entry;
    sg_discover_add_surface(d, f, token_span(d, t, end));
    if (hyphenated_modifier(d, t)) /* "coal-dependent India" */
        sg_discover_add_surface(d, f, token_span(d, t - 1, end));
    if (end >= d->token_count || (d->tokens[end].flags & SG_TOKEN_GAP))
        return end;
    /* "EU leadership", "the Ukrainian side", "Egypt's foreign ministry": the words that speak
     * for it */
    size_t part = state_part_end(d, end);
    if (part)
        sg_discover_add_surface(d, f, token_span(d, t, part));
    else if (!is_capital(d, end) && !(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) &&
             word_is(d, end, sg_discover_representatives) && f->type == SG_ACTOR_ORGANIZATION)
        sg_discover_add_surface(d, f, token_span(d, t, end + 1));
    return part && is_capital(d, end) ? part : end;
}

/* Nonzero when token t is a plural's possessive before the next word ("farmers' unions"). */
static int plural_possessive(const struct discovery *d, size_t t)
{
    if (t + 1 >= d->token_count || d->text[d->tokens[t].end - 1] != 's')
        return 0;
    size_t at = d->tokens[t].end;
    if (d->text[at] == '\'')
        at++;
    else if (strncmp(d->text + at, "\xE2\x80\x99", 3) == 0)
        at += 3;
    else
        return 0;
    while (at < d->tokens[t + 1].start && isspace((unsigned char)d->text[at]))
        at++;
    return at == d->tokens[t + 1].start && at > d->tokens[t].end + 1;
}

/* The collective a place qualifies from token t on ("U.S. lawmakers"; "EU trade ministers",
 * past one portfolio word; after a possessive, a plural one past up to two lowercase words:
 * "America's biggest automakers", not "Italy's opposition"), or 0. */
static size_t possessed_collective(const struct discovery *d, size_t t, int joined)
{
    static const char *const ministers[] = {"ministers", "ministers'", NULL};
    if (joined && t + 1 < d->token_count && !is_capital(d, t) &&
        !(d->tokens[t + 1].flags & SG_TOKEN_GAP) && !word_is(d, t, sg_discover_collectives) &&
        word_is(d, t + 1, ministers))
        return t + 1; /* "EU trade ministers": a council of their own, not the EU */
    for (size_t k = t; k < d->token_count && k < t + (joined ? 1 : 3); k++) {
        if (is_capital(d, k) || (k > t && (d->tokens[k].flags & SG_TOKEN_GAP)))
            return 0;
        if (word_is(d, k, sg_discover_collectives)) {
            /* "the UK's farmers' unions": the collective the first one owns */
            if (plural_possessive(d, k) && word_is(d, k + 1, sg_discover_collectives))
                k++;
            return joined || d->text[d->tokens[k].end - 1] == 's' ? k : 0;
        }
    }
    return 0;
}

/* Where "Heads of State and Government of the" or "leaders of" starts before the place at token
 * t (a plural title or an organisation's representatives, then capitalised words, "of" and
 * "and", then "of" and maybe "the"): its own people, who speak for it; or SIZE_MAX. */
static size_t heads_of(const struct discovery *d, size_t t)
{
    size_t k = t > 1 && sg_token_is(d->text, &d->tokens[t - 1], "the") ? t - 1 : t;
    if (k < 2 || !sg_token_is(d->text, &d->tokens[k - 1], "of") ||
        (d->tokens[k].flags & SG_TOKEN_GAP) || (d->tokens[k - 1].flags & SG_TOKEN_GAP))
        return SIZE_MAX;
    static const char *const joints[] = {"of", "and", NULL};
    for (size_t j = k - 1; j > 0 && k - j <= 6; j--) {
        size_t w = j - 1;
        int plural = d->text[d->tokens[w].end - 1] == 's';
        if ((plural && sg_discover_is_title(d, w)) || word_is(d, w, sg_discover_representatives))
            return w;
        if ((d->tokens[j].flags & SG_TOKEN_GAP) || !(is_capital(d, w) || word_is(d, w, joints)) ||
            d->place[w] >= 0)
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Nonzero when an appositive's "other" stands up to two lowercase words before token t
 * ("Canada and Mexico - other close U.S. allies"): the group describes actors named already,
 * and is none of its own (unlike "Zelensky and other Ukrainian leaders"). */
static int others(const struct discovery *d, size_t t)
{
    for (size_t k = t; k > 0 && t - k < 3; k--) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return 0;
        if (sg_token_is(d->text, &d->tokens[k - 1], "other"))
            return k > 1 && (d->tokens[k - 1].flags & SG_TOKEN_GAP);
        if (is_capital(d, k - 1))
            return 0;
    }
    return 0;
}

/* Nonzero when a place's possessive before token t qualifies a name ("France's Peugeot"), not
 * a part of the state ("China's Foreign Ministry"). */
static int owns_name(const struct discovery *d, size_t t)
{
    if (!is_capital(d, t) || d->place[t] >= 0 || word_is(d, t, sg_discover_stops) ||
        word_is(d, t, sg_discover_calendar))
        return 0;
    size_t end = sg_discover_chain_end(d, t);
    return !word_is(d, end - 1, sg_discover_state_nouns);
}

/* Nonzero when the place at tokens [t, end) is geography around a capital: a country that owns
 * the word "capital" ("the talks in South Sudan's capital, Juba"), or a city right after that
 * word ("the Chadian capital N'Djamena", "the capital, Juba"). Neither acts. */
static int capital_geography(const struct discovery *d, size_t t, size_t end, int city)
{
    static const char *const capital[] = {"capital", NULL};
    /* "Russia's capital markets": "capital" modifies a noun there */
    int noun_after = end + 1 < d->token_count && !(d->tokens[end + 1].flags & SG_TOKEN_GAP) &&
                     !is_capital(d, end + 1);
    if ((d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) && end < d->token_count &&
        !(d->tokens[end].flags & SG_TOKEN_GAP) && word_is(d, end, capital) && !noun_after)
        return 1;
    /* a city after it ("the capital, Juba"); not a country ("struck the capital, Ukraine
     * said") */
    return city && t > 0 && word_is(d, t - 1, capital) && !is_capital(d, t - 1) &&
           (!(d->tokens[t].flags & SG_TOKEN_GAP) || sg_discover_comma_before(d, t));
}

size_t sg_discover_read_place(struct discovery *d, size_t t)
{
    long s = d->place[t];
    size_t end = t;
    while (end < d->token_count && d->place[end] == s &&
           (end == t || !(d->tokens[end].flags & SG_TOKEN_GAP)))
        end++;
    const struct sg_gazetteer_surface *surface = &d->gazetteer->surfaces[s];
    int possessive = d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE;
    int next = end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP);
    int joined = next && !possessive;
    size_t after = joined ? read_place_led_name(d, t, end) : t;
    if (after > t)
        return after;
    if (joined && sg_discover_number(d, end))
        return end + 1; /* "France 24": a name of its own */
    size_t described = end;
    if ((possessive && next && surface->kind == SG_PLACE_NAME &&
         describes_organization(d, end, &described)) ||
        (joined && kind_described(d, t, end, &described))) {
        if (d->description_count < SG_DISCOVER_MAX_DESCRIPTIONS) {
            d->descriptions[d->description_count] = token_span(d, t, described);
            d->description_place[d->description_count++] = (long)surface->entry;
        }
        return described;
    }
    if (surface->kind == SG_PLACE_DEMONYM && joined && t > 0 &&
        sg_token_is(d->text, &d->tokens[t - 1], "ethnic") && !is_capital(d, end) &&
        (word_is(d, end, sg_discover_collectives) || word_is(d, end, sg_discover_state_nouns))) {
        add_ethnic_group(d, t - 1, end, surface->entry);
        return end + 1;
    }
    size_t collective = next ? possessed_collective(d, end, joined) : 0;
    int organization = d->gazetteer->entries[surface->entry].type == SG_ACTOR_ORGANIZATION;
    /* "EU officials", "seven Russian diplomats", "Khartoum negotiators": the organisation's
     * people, or the state's negotiators, speak for it (a state's officials are a group) */
    /* an armed movement's fighters are the movement, as its officials are ("Taliban
     * militants"; a state's are a group: "Afghan militants") */
    static const char *const combatants[] = {"militants", "insurgents", "fighters", "guerrillas",
                                             NULL};
    int speaks_for = collective == end && joined &&
                     ((organization && (word_is(d, end, sg_discover_representatives) ||
                                        word_is(d, end, combatants))) ||
                      (!organization && word_is(d, end, sg_discover_negotiators)));
    if (collective && !speaks_for) {
        if (!others(d, t))
            add_place_group(d, t, collective, surface->entry);
        return collective + 1;
    }
    /* "EU officials", "European negotiators": an organisation's people speak for it */
    int as_actor =
        speaks_for ||
        (!capital_geography(d, t, end, surface->kind == SG_PLACE_CAPITAL) &&
         ((surface->kind == SG_PLACE_NAME && !leads_title(d, end) &&
           !in_places(d, list_first_place(d, t)) && !address(d, t) && !on_border(d, t) &&
           !(possessive && next && owns_name(d, end)) && !appositive_affiliation(d, t, end) &&
           !(organization && joined && word_is(d, end, sg_discover_events))) ||
          (surface->kind == SG_PLACE_CAPITAL &&
           !(t > 0 && word_is(d, t - 1, sg_discover_locatives)) && !venue_address(d, t, end) &&
           !dateline(d, t, end) && !(joined && word_is(d, end, sg_discover_events))) ||
          (surface->kind == SG_PLACE_DEMONYM && joined &&
           (state_part_end(d, end) ||
            (!is_capital(d, end) && word_is(d, end, sg_discover_state_things))))));
    size_t past = as_actor ? add_place(d, t, end) : end;
    size_t head = as_actor ? heads_of(d, t) : SIZE_MAX;
    if (head != SIZE_MAX && d->found[d->count - 1].place == (long)surface->entry)
        sg_discover_add_surface(d, &d->found[d->count - 1], token_span(d, head, end));
    return past;
}

/* Nonzero when token t is a cardinal number: digits, or number words joined by hyphens
 * ("Thirty-six"). */
static int cardinal(const struct discovery *d, size_t t)
{
    static const char *const words[] = {"two",       "three",    "four",     "five",    "six",
                                        "seven",     "eight",    "nine",     "ten",     "eleven",
                                        "twelve",    "thirteen", "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen", "twenty",  "thirty",
                                        "forty",     "fifty",    "sixty",    "seventy", "eighty",
                                        "ninety",    "hundred",  "one",      NULL};
    if (sg_discover_number(d, t))
        return d->tokens[t].end - d->tokens[t].start > 1 || d->text[d->tokens[t].start] != '1';
    struct sg_token part = d->tokens[t];
    while (part.start < d->tokens[t].end) {
        const char *hyphen = memchr(d->text + part.start, '-', d->tokens[t].end - part.start);
        part.end = hyphen ? (size_t)(hyphen - d->text) : d->tokens[t].end;
        if (!sg_token_in(d->text, &part, words) || sg_token_is(d->text, &d->tokens[t], "one"))
            return 0;
        part.start = part.end + 1;
    }
    return 1;
}

size_t sg_discover_counted_countries(const struct discovery *d, size_t t)
{
    static const char *const countries[] = {"countries", "nations", "states", NULL};
    static const char *const before[] = {"the", "these", "those", "both", "all", "other", NULL};
    static const char *const prepositions[] = {"among", "of",      "between", "from",    "with",
                                               "for",   "to",      "by",      "in",      "on",
                                               "at",    "against", "across",  "amongst", NULL};
    if (t + 1 >= d->token_count || (d->tokens[t + 1].flags & SG_TOKEN_GAP) ||
        !word_is(d, t + 1, countries) || is_capital(d, t + 1) || !cardinal(d, t))
        return 0;
    for (size_t k = t; k > 0 && t - k < 2 && !(d->tokens[k].flags & SG_TOKEN_GAP); k--)
        if (word_is(d, k - 1, prepositions) || (k == t && word_is(d, k - 1, before)))
            return 0;
    return t + 2;
}

struct found *sg_discover_place_actor(struct discovery *d, size_t entry, size_t first)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].place == (long)entry && !d->found[i].merged)
            return &d->found[i];
    struct found *f = sg_discover_add_found(d, d->gazetteer->entries[entry].type, first);
    if (f)
        f->place = (long)entry;
    return f;
}
