/*
 * Actor discovery (discover.h). Three passes over the words of the text:
 *  1. the gazetteer's surfaces, longest first, mark places and organisations;
 *  2. each run of capitalised words (a chain, with "of", "da", "al"... inside) is read as a
 *     title and a person, an organisation, a group, or left as a candidate;
 *  3. candidates (lone capitalised words, acronyms, unknown chains) become surnames of people
 *     found, or organisations when the text uses them as actors.
 * The actors found are merged (a person's surname and spelling variants, an organisation's
 * acronym) and written in order of first mention.
 */
#include "extract/discover.h"

#include "base/diag.h"
#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_SURFACES     24
#define MAX_DESCRIPTIONS 16

struct span {
    size_t start, end;
};

/* One actor found. */
struct found {
    enum sg_actor_type type;
    long place;                         /* gazetteer entry, or -1 */
    struct span name;                   /* in the text (unless place) */
    struct span surfaces[MAX_SURFACES]; /* the forms the text names it by */
    size_t surface_count;
    long group_place;   /* the gazetteer entry of its group, or -1 */
    struct span group;  /* else its group as the text names it (empty: none) */
    size_t first;       /* offset of its first mention */
    int merged;         /* folded into another */
    char titles[4][48]; /* a person's title as the text uses it alone: "the prime minister" */
};

struct discovery {
    const char *text;
    size_t length;
    const struct sg_gazetteer *gazetteer;
    struct sg_token *tokens;
    size_t token_count;
    long *place; /* per token: gazetteer surface index, or -1 */
    struct found *found;
    size_t count, capacity;
    struct span *lone; /* candidates: single words and unknown chains, in order */
    struct span descriptions[MAX_DESCRIPTIONS]; /* "Australia's competition regulator" */
    long description_place[MAX_DESCRIPTIONS];   /* the gazetteer entry of each one's country */
    size_t description_count;
    struct span title_only[MAX_DESCRIPTIONS]; /* "the Pope": a title with no name */
    size_t title_only_count;
    struct span administrations[MAX_DESCRIPTIONS]; /* "the Biden administration" */
    size_t administration_count;
    size_t lone_count, lone_capacity;
    int out_of_memory;
};

static struct found *add_found(struct discovery *d, enum sg_actor_type type, size_t first)
{
    if (d->count == d->capacity) {
        size_t capacity = d->capacity ? 2 * d->capacity : 16;
        struct found *grown = realloc(d->found, capacity * sizeof *grown);
        if (!grown) {
            d->out_of_memory = 1;
            return NULL;
        }
        d->found = grown;
        d->capacity = capacity;
    }
    struct found *f = &d->found[d->count++];
    memset(f, 0, sizeof *f);
    f->type = type;
    f->place = -1;
    f->group_place = -1;
    f->first = first;
    return f;
}

static int same_text(const struct discovery *d, struct span a, struct span b)
{
    return a.end - a.start == b.end - b.start &&
           memcmp(d->text + a.start, d->text + b.start, a.end - a.start) == 0;
}

static void add_surface(const struct discovery *d, struct found *f, struct span s)
{
    for (size_t i = 0; i < f->surface_count; i++)
        if (same_text(d, f->surfaces[i], s))
            return;
    if (f->surface_count < MAX_SURFACES)
        f->surfaces[f->surface_count++] = s;
}

static struct span token_span(const struct discovery *d, size_t from, size_t to)
{
    return (struct span){d->tokens[from].start, d->tokens[to - 1].end};
}

/* ---- pass 1: the gazetteer ---------------------------------------------------------------- */

/* The token starting at offset at, or SIZE_MAX. */
static size_t token_at(const struct discovery *d, size_t at)
{
    size_t low = 0, high = d->token_count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (d->tokens[mid].start < at)
            low = mid + 1;
        else
            high = mid;
    }
    return low < d->token_count && d->tokens[low].start == at ? low : SIZE_MAX;
}

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

/* Marks the tokens each gazetteer surface covers, longest surfaces first, whole words only. */
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

static void mark_places(struct discovery *d)
{
    const struct sg_gazetteer *g = d->gazetteer;
    for (size_t t = 0; t < d->token_count; t++)
        d->place[t] = -1;
    for (size_t s = 0; s < g->surface_count; s++) {
        const struct sg_gazetteer_surface *surface = &g->surfaces[s];
        for (const char *hit = d->text; (hit = strstr(hit, surface->text)) != NULL; hit++) {
            size_t at = (size_t)(hit - d->text), first = token_at(d, at);
            if (first == SIZE_MAX)
                continue;
            size_t last = first;
            while (last < d->token_count && d->tokens[last].end < at + surface->length)
                last++;
            if (last == d->token_count || d->tokens[last].end != at + surface->length)
                continue;
            if (inside_name(d, first))
                continue; /* "Latin American", "New Mexico" */
            int free_words = 1;
            for (size_t t = first; t <= last; t++)
                free_words &= d->place[t] < 0;
            for (size_t t = first; free_words && t <= last; t++)
                d->place[t] = (long)s;
        }
    }
    mark_misspelt_places(d);
}

/* ---- pass 2: chains ------------------------------------------------------------------------ */

static int is_capital(const struct discovery *d, size_t t)
{
    return t < d->token_count && (d->tokens[t].flags & SG_TOKEN_CAPITAL);
}

static int word_is(const struct discovery *d, size_t t, const char *const *words)
{
    return t < d->token_count && sg_token_in(d->text, &d->tokens[t], words);
}

/* Nonzero when token t is digits only. */
static int number(const struct discovery *d, size_t t)
{
    for (size_t i = d->tokens[t].start; i < d->tokens[t].end; i++)
        if (!isdigit((unsigned char)d->text[i]))
            return 0;
    return 1;
}

/* The end of the chain of capitalised words starting at token t (not in a place): joined by
 * spaces, with lowercase particles inside ("Luiz Inacio Lula da Silva", "Council of NSW"). */
static size_t chain_end(const struct discovery *d, size_t t)
{
    size_t end = t + 1;
    /* a possessive ends the chain, unless a name's head word follows ("People's Party") */
    while (end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
           (!(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) ||
            (is_capital(d, end) && word_is(d, end, sg_discover_org_heads)))) {
        /* a month inside a name is a name ("Theresa May"); at its start, a date */
        if (is_capital(d, end) && d->place[end] < 0 &&
            (!word_is(d, end, sg_discover_calendar) ||
             !word_is(d, end - 1, sg_discover_calendar))) {
            end++;
            continue;
        }
        if ((d->tokens[end - 1].flags & SG_TOKEN_ACRONYM) && number(d, end)) {
            end++; /* "TOP 09" */
            continue;
        }
        /* "da Silva", "von der Leyen", "Council of NSW" */
        size_t next = end;
        while (next < end + 2 && word_is(d, next, sg_discover_particles) &&
               !(d->tokens[next].flags & SG_TOKEN_POSSESSIVE) &&
               !(d->tokens[next + 1 < d->token_count ? next + 1 : next].flags & SG_TOKEN_GAP))
            next++;
        /* "Council of Western Australia": after a head word and "of", places too */
        int of_head = next > end && word_is(d, end - 1, sg_discover_org_heads);
        if (next > end && is_capital(d, next) && (d->place[next] < 0 || of_head)) {
            end = next + 1;
            while (of_head && end < d->token_count && is_capital(d, end) &&
                   !(d->tokens[end].flags & SG_TOKEN_GAP) &&
                   !(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE))
                end++;
            continue;
        }
        break;
    }
    /* "Competition and Markets Authority": "and" inside a name that ends with a head word */
    if (end + 1 < d->token_count && !word_is(d, end - 1, sg_discover_org_heads) &&
        (sg_token_is(d->text, &d->tokens[end], "and") ||
         sg_token_is(d->text, &d->tokens[end], "&")) &&
        !(d->tokens[end].flags & SG_TOKEN_GAP) && !(d->tokens[end + 1].flags & SG_TOKEN_GAP) &&
        is_capital(d, end + 1) && d->place[end + 1] < 0) {
        size_t rest = chain_end(d, end + 1);
        if (word_is(d, rest - 1, sg_discover_org_heads) && is_capital(d, rest - 1))
            return rest;
    }
    return end;
}

/* Nonzero when only a comma (and spaces) stands between token t and the word before. */
static int comma_before(const struct discovery *d, size_t t)
{
    if (t == 0 || t >= d->token_count)
        return 0;
    size_t commas = 0;
    for (size_t i = d->tokens[t - 1].end; i < d->tokens[t].start; i++) {
        if (d->text[i] == ',')
            commas++;
        else if (d->text[i] != ' ')
            return 0;
    }
    return commas == 1;
}

/* Nonzero when token t is a title word, or its plural ("ministers"). */
static int is_title(const struct discovery *d, size_t t)
{
    if (t >= d->token_count)
        return 0;
    if (sg_token_in(d->text, &d->tokens[t], sg_discover_titles))
        return 1;
    struct sg_token singular = d->tokens[t];
    if (singular.end - singular.start < 3 || d->text[singular.end - 1] != 's')
        return 0;
    singular.end--;
    return sg_token_in(d->text, &singular, sg_discover_titles);
}

/* Nonzero when the lowercase form of token t is an English word WordNet knows. */
static int common_word(const struct discovery *d, size_t t)
{
    char word[64];
    size_t n = d->tokens[t].end - d->tokens[t].start;
    if (n >= sizeof word)
        return 0;
    for (size_t i = 0; i < n; i++)
        word[i] = (char)tolower((unsigned char)d->text[d->tokens[t].start + i]);
    word[n] = '\0';
    return sg_lemma_is_word(word);
}

/* The actor a place token's surface names. */
static const struct sg_gazetteer_surface *surface_of(const struct discovery *d, size_t t)
{
    return d->place[t] >= 0 ? &d->gazetteer->surfaces[d->place[t]] : NULL;
}

/* The affiliation right before a title that starts at token t ("Tuvalu's delegation chief",
 * "UAW President"): a place, or a capitalised word, as a span of the text and a place. */
static void affiliation(const struct discovery *d, size_t t, struct found *f)
{
    if (t == 0 || (d->tokens[t].flags & SG_TOKEN_GAP))
        return;
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
    if (is_capital(d, a) && !is_title(d, a) &&
        !((d->tokens[from].flags & SG_TOKEN_INITIAL) && from == a && common_word(d, a)))
        f->group = token_span(d, from, a + 1);
}

/* Where the title before token t starts ("Transport minister", "RMT boss"), or t when no
 * title word stands right before it; across_comma: the title may stand before a comma ("the
 * ecological transition minister, Monique Barbut"). */
static size_t title_start(const struct discovery *d, size_t t, int across_comma)
{
    size_t start = t;
    int title = 0;
    for (size_t k = t; k > 0 && t - k < 4; k--) {
        size_t w = k - 1;
        if ((d->tokens[k].flags & SG_TOKEN_GAP) && !(across_comma && k == t && comma_before(d, k)))
            break;
        if (is_title(d, w)) {
            title = 1;
        } else if (!title || is_capital(d, w) || d->place[w] >= 0 ||
                   word_is(d, w, sg_discover_stops)) {
            break;
        }
        start = w; /* "delegation chief", "ecological transition minister" */
    }
    return title ? start : t;
}

/* Nonzero when the text holds phrase as whole words, exactly or with a capital first letter
 * ("The prime minister" at a sentence's start). */
static int has_phrase(const struct discovery *d, const char *phrase)
{
    size_t n = strlen(phrase);
    for (size_t at = 0; at + n <= d->length; at++) {
        if (tolower((unsigned char)d->text[at]) != phrase[0] ||
            strncmp(d->text + at + 1, phrase + 1, n - 1) != 0)
            continue;
        if ((at == 0 || !isalnum((unsigned char)d->text[at - 1])) &&
            (at + n >= d->length || !isalnum((unsigned char)d->text[at + n])))
            return 1;
    }
    return 0;
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
        if (!has_phrase(d, lower) || (k == 1 && strcmp(lower, f->titles[0]) == 0))
            lower[0] = '\0';
        if (!isupper((unsigned char)written[4]) || !has_phrase(d, written) ||
            (k == 1 && strcmp(written, f->titles[2]) == 0))
            written[0] = '\0';
    }
}

/* A person named by tokens [from, to), after the title that starts at token title (the
 * title's words end at title_end; none when title_end <= title). */
static struct found *add_person(struct discovery *d, size_t from, size_t to, size_t title,
                                size_t title_end)
{
    struct found *f = add_found(d, SG_ACTOR_PERSON, d->tokens[from].start);
    if (!f)
        return NULL;
    f->name = token_span(d, from, to);
    add_surface(d, f, f->name);
    affiliation(d, title, f);
    if (title < title_end)
        note_titles(d, f, title, title_end);
    /* "Kazakh President Nursultan Nazarbayev", "Tuvalu's delegation chief Seve Paeniu": a
     * demonym or a place's possessive before the title goes with the name */
    const struct sg_gazetteer_surface *place = title > 0 ? surface_of(d, title - 1) : NULL;
    if (title < from && place &&
        (place->kind == SG_PLACE_DEMONYM || (d->tokens[title - 1].flags & SG_TOKEN_POSSESSIVE)) &&
        !(d->tokens[title].flags & SG_TOKEN_GAP) && !(d->tokens[from].flags & SG_TOKEN_GAP)) {
        size_t start = title - 1;
        while (start > 0 && d->place[start - 1] == d->place[title - 1] &&
               !(d->tokens[start].flags & SG_TOKEN_GAP))
            start--;
        add_surface(d, f, token_span(d, start, to));
    }
    /* "von der Leyen", "da Silva": the surname with its particles, as the text writes it */
    for (size_t t = from + 1; t + 1 < to; t++)
        if (word_is(d, t, sg_discover_particles)) {
            add_surface(d, f, token_span(d, t, to));
            break;
        }
    return f;
}

static void add_organization(struct discovery *d, size_t from, size_t to)
{
    struct found *f = add_found(d, SG_ACTOR_ORGANIZATION, d->tokens[from].start);
    if (!f)
        return;
    f->name = token_span(d, from, to);
    add_surface(d, f, f->name);
}

static void add_lone(struct discovery *d, size_t from, size_t to)
{
    if (d->lone_count == d->lone_capacity) {
        size_t capacity = d->lone_capacity ? 2 * d->lone_capacity : 32;
        struct span *grown = realloc(d->lone, capacity * sizeof *grown);
        if (!grown) {
            d->out_of_memory = 1;
            return;
        }
        d->lone = grown;
        d->lone_capacity = capacity;
    }
    d->lone[d->lone_count++] = token_span(d, from, to);
}

/* Nonzero when the words around chain [from, to) show a person: a verb of saying after it, or
 * before it after a quotation (", said Mark Harper"), or ", who". */
static int speaks(const struct discovery *d, size_t from, size_t to)
{
    if (word_is(d, to, sg_discover_speech) && !(d->tokens[to].flags & SG_TOKEN_GAP))
        return 1;
    if (from > 0 && word_is(d, from - 1, sg_discover_speech) &&
        !(d->tokens[from].flags & SG_TOKEN_GAP))
        return 1;
    return to < d->token_count && sg_token_is(d->text, &d->tokens[to], "who") &&
           (d->tokens[to].flags & SG_TOKEN_GAP);
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
            return comma_before(d, k) && is_capital(d, k) && !is_title(d, k) &&
                   !word_is(d, k, sg_discover_stops);
    return 0;
}

/* What an appositive beside the chain [from, to) says it is: 'p' a person ("Mark Harper
 * (Transport Secretary)", "Arunabha Ghosh, a special envoy", "the minister, Monique Barbut"),
 * 'o' an organisation ("TPG, the telco"), or 0. */
/* Where the appositive after a chain ending at token to starts (past its determiner) and its
 * title or organisation's title word stands ("Arunabha Ghosh, a special envoy": "special",
 * "envoy"); SIZE_MAX in *head when there is none. */
static size_t appositive_head(const struct discovery *d, size_t to, size_t *head)
{
    static const char *const determiners[] = {"a", "an", "the", "its", "his", "her", "their", NULL};
    *head = SIZE_MAX;
    if (to >= d->token_count || !appositive_gap(d, to))
        return to;
    size_t start = to + (word_is(d, to, determiners) ? 1 : 0);
    for (size_t k = start; k < d->token_count && k < start + 4; k++) {
        if (k > to && (d->tokens[k].flags & SG_TOKEN_GAP))
            break;
        /* "the 1922 Committee, Mr Rees-Mogg": a titled name of its own, no appositive */
        if (is_title(d, k) && is_capital(d, k) && is_capital(d, k + 1) && !is_title(d, k + 1) &&
            !(d->tokens[k + 1].flags & SG_TOKEN_GAP))
            break;
        if (is_title(d, k) || word_is(d, k, sg_discover_org_titles)) {
            *head = k;
            break;
        }
    }
    return start;
}

static int apposition(const struct discovery *d, size_t from, size_t to)
{
    if (comma_before(d, from) && is_title(d, from - 1) && !is_capital(d, from - 1))
        return 'p';
    size_t head;
    appositive_head(d, to, &head);
    if (head == SIZE_MAX)
        return 0;
    if (is_title(d, head))
        return titles_next_name(d, head) ? 0 : 'p';
    return 'o';
}

/* Nonzero when token t is a contraction ("We've", "Don't"), never a name. */
static int contraction(const struct discovery *d, size_t t)
{
    static const char *const endings[] = {"'ve",
                                          "'re",
                                          "'ll",
                                          "'d",
                                          "'m",
                                          "n't",
                                          "\xE2\x80\x99"
                                          "ve",
                                          "\xE2\x80\x99"
                                          "re",
                                          "\xE2\x80\x99"
                                          "ll",
                                          "\xE2\x80\x99"
                                          "d",
                                          "\xE2\x80\x99"
                                          "m",
                                          NULL};
    size_t n = d->tokens[t].end - d->tokens[t].start;
    for (const char *const *e = endings; *e; e++) {
        size_t m = strlen(*e);
        if (n > m && strncmp(d->text + d->tokens[t].end - m, *e, m) == 0)
            return 1;
    }
    return 0;
}

/* Nonzero when the chain is two or more words in capitals: a dateline ("SAO PAULO") or a
 * headline, not a name. */
static int all_capitals(const struct discovery *d, size_t from, size_t to)
{
    size_t capitals = 0;
    for (size_t t = from; t < to; t++)
        capitals += (d->tokens[t].flags & SG_TOKEN_ACRONYM) != 0;
    return to - from >= 2 && capitals == to - from;
}

/* Nonzero when token t is a plural of a common noun ("Democrats", "Greens"): a group. */
static int plural_noun(const struct discovery *d, size_t t)
{
    return t < d->token_count && !(d->tokens[t].flags & SG_TOKEN_ACRONYM) &&
           d->text[d->tokens[t].end - 1] == 's' &&
           common_word(d, t); /* t: SIZE_MAX from token_at */
}

/* Where the name starts after a title's "of" phrase ("Secretary of State Marco Rubio",
 * "Minister of Foreign Affairs Abbas Araghchi"): past "of" and the common words and places
 * after it. */
static size_t after_title(const struct discovery *d, size_t t, size_t to)
{
    if (t >= to || !word_is(d, t, sg_discover_particles))
        return t;
    while (t < to && (word_is(d, t, sg_discover_particles) || d->place[t] >= 0 ||
                      common_word(d, t) || sg_token_is(d->text, &d->tokens[t], "and")))
        t++;
    return t;
}

/* Nonzero when the chain is a news agency's name ("Reuters", "Associated Press"). */
static int agency(const struct discovery *d, size_t from, size_t to)
{
    struct span s = token_span(d, from, to);
    for (const char *const *a = sg_discover_agencies; *a; a++)
        if (strlen(*a) == s.end - s.start && strncasecmp(d->text + s.start, *a, strlen(*a)) == 0)
            return 1;
    return 0;
}

/* The list separator ending right before token t: ", ", " and " or ", and " (1), or 0. */
static int list_separator(const struct discovery *d, size_t t)
{
    if (t == 0 || t >= d->token_count)
        return 0;
    size_t end = d->tokens[t - 1].end, n = d->tokens[t].start - end;
    const char *between = d->text + end;
    if ((d->tokens[t].flags & SG_TOKEN_GAP) && n == 2 && strncmp(between, ", ", 2) == 0)
        return 1;
    size_t and = sg_token_is(d->text, &d->tokens[t - 1], "and") ? t - 1 : SIZE_MAX;
    if (and == SIZE_MAX || and == 0)
        return 0;
    end = d->tokens[and-1].end;
    n = d->tokens[and].start - end;
    return n == 1 || (n == 2 && strncmp(d->text + end, ", ", 2) == 0);
}

/* Nonzero when the chain [from, to) goes on a list that a person's name starts ("junior
 * ministers Suella Braverman, Rehman Chishti and Anne-Marie Trevelyan"): after a comma the list
 * must go on, else the chain is an appositive ("Mathan Somasundaram, Market Strategist at"). */
static int listed_after_person(const struct discovery *d, size_t from, size_t to)
{
    if (d->count == 0 || d->found[d->count - 1].type != SG_ACTOR_PERSON)
        return 0;
    size_t at = d->tokens[from].start, end = d->found[d->count - 1].name.end;
    if (end > at || at - end > 6 || !list_separator(d, from))
        return 0;
    int after_and = !(d->tokens[from].flags & SG_TOKEN_GAP);
    return after_and || (list_separator(d, to) && is_capital(d, to)) ||
           (to + 1 < d->token_count && sg_token_is(d->text, &d->tokens[to], "and") &&
            is_capital(d, to + 1));
}

/* Nonzero when the chain at token from opens a list after a plural title and "including" or
 * "such as" ("junior ministers, including Suella Braverman, Rehman Chishti ..."). */
static int listed_after_title(const struct discovery *d, size_t from)
{
    if (from < 2 || (d->tokens[from].flags & SG_TOKEN_GAP))
        return 0;
    size_t t = from - 1;
    if (sg_token_is(d->text, &d->tokens[t], "as") &&
        sg_token_is(d->text, &d->tokens[t - 1], "such"))
        t--;
    else if (!sg_token_is(d->text, &d->tokens[t], "including"))
        return 0;
    return t > 0 && is_title(d, t - 1) && !is_capital(d, t - 1) &&
           d->text[d->tokens[t - 1].end - 1] == 's';
}

/* Nonzero when a head word and "of" stand inside the chain ("Conservation Council of Western
 * Australia", "Ministry of Foreign Affairs"). */
static int head_of(const struct discovery *d, size_t from, size_t to)
{
    for (size_t t = from; t + 2 < to; t++)
        if (word_is(d, t, sg_discover_org_heads) && is_capital(d, t) &&
            sg_token_is(d->text, &d->tokens[t + 1], "of"))
            return 1;
    return 0;
}

/* The title before a comma and the name at token from ("the Prime Minister, Mrs Theresa May"):
 * its capitalised title words, after "the", as [*title, from - 1). Returns whether one stands
 * there. */
static int title_before_comma(const struct discovery *d, size_t from, size_t *title)
{
    if (!comma_before(d, from))
        return 0;
    size_t k = from - 1;
    while (k > 0 && from - k < 4 && is_capital(d, k) && !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    if (k + 1 == from || !sg_token_is(d->text, &d->tokens[k], "the") || !is_title(d, from - 1))
        return 0;
    *title = k + 1;
    return 1;
}

/* A person after an appositive title and a comma ("the ecological transition minister, Monique
 * Barbut"), or with no title: the title as an alias, with the place that owns it ("France's
 * ecological transition minister"). */
static void add_titled_after_comma(struct discovery *d, size_t from, size_t to)
{
    size_t title = title_start(d, from, 1);
    struct found *f = add_person(d, from, to, title, title < from ? from : 0);
    if (f && title < from && title > 0 && d->place[title - 1] >= 0 &&
        (d->tokens[title - 1].flags & SG_TOKEN_POSSESSIVE))
        add_surface(d, f, token_span(d, title - 1, from));
    /* "He Yongqian, a Chinese commerce ministry spokesperson ... the commerce ministry
     * spokesperson said": the appositive's title, past its place, as for a title before */
    size_t head, start = appositive_head(d, to, &head);
    while (start < head && (d->place[start] >= 0 || is_capital(d, start)))
        start++;
    if (f && title == from && head != SIZE_MAX && is_title(d, head) && !is_capital(d, head))
        note_titles(d, f, start, head + 1);
}

/* Nonzero when the chain [from, to) is "the" and one capitalised title with no name after it
 * ("the Pope"; not "the Chiefs of Defence Staff", "the Prime Minister, Mrs Theresa May"). */
static int held_alone(const struct discovery *d, size_t from, size_t to)
{
    return to == from + 1 && from > 0 && sg_token_is(d->text, &d->tokens[from - 1], "the") &&
           sg_token_in(d->text, &d->tokens[from], sg_discover_titles) &&
           !(d->tokens[from].flags & SG_TOKEN_ACRONYM) && /* "the CEO pay" */
           !(to < d->token_count && (is_capital(d, to) || word_is(d, to, sg_discover_particles)));
}

/* The people named by a title alone ("the Pope"), when no person found holds that title. */
static void add_title_holders(struct discovery *d)
{
    for (size_t i = 0; i < d->title_only_count; i++) {
        struct span s = d->title_only[i];
        size_t n = s.end - s.start;
        int held = 0;
        for (size_t k = 0; k < d->count && !held; k++)
            for (size_t j = 0; j < 4 && !held; j++)
                held = d->found[k].type == SG_ACTOR_PERSON && strlen(d->found[k].titles[j]) == n &&
                       strncasecmp(d->found[k].titles[j], d->text + s.start, n) == 0;
        struct found *f = held ? NULL : add_found(d, SG_ACTOR_PERSON, s.start);
        if (!f)
            continue;
        size_t title = s.end;
        while (title > s.start && d->text[title - 1] != ' ')
            title--;
        f->name = (struct span){title, s.end};
        add_surface(d, f, s);
    }
}

/* A chain holding a title ("Prime Minister Petr Necas", "UAW President Shawn Fain"), whose last
 * title word is at last_title: the person after it. */
static void read_titled(struct discovery *d, size_t from, size_t to, size_t last_title)
{
    size_t name = after_title(d, last_title + 1, to);
    if (name == to && d->title_only_count < MAX_DESCRIPTIONS && held_alone(d, from, to))
        d->title_only[d->title_only_count++] = token_span(d, from - 1, to); /* "the Pope" */
    if (name == to || (name + 1 == to && common_word(d, name) && from > 0 &&
                       sg_token_is(d->text, &d->tokens[from - 1], "the")))
        return; /* "the Prime Minister", "the Chief Whip": a title alone */
    struct found *f = add_person(d, name, to, title_start(d, from, 0), last_title + 1);
    size_t before = 0;
    if (f && title_before_comma(d, from, &before))
        note_titles(d, f, before, from); /* "the Prime Minister, Mrs Theresa May" */
    if (f && from < name)
        add_surface(d, f, token_span(d, from, to)); /* "Pope Francis", "UAW President ..." */
    /* "UAW President", "Texas Gov.": an organisation or place leads the title */
    if (f && f->group_place < 0 && !f->group.end && from < last_title && !is_title(d, from) &&
        !common_word(d, from))
        f->group = token_span(d, from, from + 1);
}

/* A chain followed by the lowercase word it qualifies: "Pacific Island nations", "NSW
 * government", "the Biden administration", "the Public Affairs party", "MQM leaders". Returns
 * whether it was read so. */
static int read_qualified(struct discovery *d, size_t from, size_t to)
{
    if (to >= d->token_count || (d->tokens[to].flags & SG_TOKEN_GAP) ||
        (d->tokens[to - 1].flags & SG_TOKEN_POSSESSIVE) || is_capital(d, to))
        return 0;
    int collective = word_is(d, to, sg_discover_collectives);
    int administration = sg_token_is(d->text, &d->tokens[to], "administration");
    if (administration && d->administration_count < MAX_DESCRIPTIONS)
        d->administrations[d->administration_count++] = token_span(d, from, to + 1);
    int government =
        sg_token_is(d->text, &d->tokens[to], "government") || (to - from == 1 && administration);
    if (collective && word_is(d, to, sg_discover_representatives)) {
        add_lone(d, from, to); /* "MQM leaders": the organisation's own speak for it */
    } else if (!collective && !government && word_is(d, to, sg_discover_org_heads) &&
               !administration &&
               !word_is(d, to + 1, sg_discover_events)) { /* not "Rose Garden press conference" */
        add_organization(d, from, to); /* "the Public Affairs party": the party's name */
    } else if (collective || government) {
        struct found *f = add_found(d, collective ? SG_ACTOR_GROUP : SG_ACTOR_ORGANIZATION,
                                    d->tokens[from].start);
        if (f) {
            f->name = token_span(d, from, to + 1);
            add_surface(d, f, f->name);
        }
    } else {
        return 0;
    }
    return 1;
}

/* Reads the chain [from, to) of capitalised words. */
static void read_chain(struct discovery *d, size_t from, size_t to)
{
    /* "But", "The", "Rejecting": a sentence's first word when it is a common word that neither
     * owns anything nor speaks */
    while (from < to && (d->tokens[from].flags & SG_TOKEN_INITIAL) &&
           (word_is(d, from, sg_discover_stops) ||
            (to - from == 1 && common_word(d, from) &&
             !(d->tokens[from].flags & SG_TOKEN_POSSESSIVE) && !speaks(d, from, to))))
        from++;
    if (from == to || contraction(d, from) || agency(d, from, to) || all_capitals(d, from, to))
        return;
    size_t last_title = SIZE_MAX;
    for (size_t t = from; t < to; t++)
        if (is_title(d, t))
            last_title = t;
    if (last_title != SIZE_MAX) {
        read_titled(d, from, to, last_title);
        return;
    }
    /* "Jeep parent company Stellantis", "the regulator Ofwat" */
    if (from > 0 && !(d->tokens[from].flags & SG_TOKEN_GAP) && !is_capital(d, from - 1) &&
        word_is(d, from - 1, sg_discover_org_titles)) {
        if (!(from > 1 && sg_token_is(d->text, &d->tokens[from - 1], "agency") &&
              sg_token_is(d->text, &d->tokens[from - 2], "news")))
            add_organization(d, from, to); /* not "state news agency IRNA": a credit */
        return;
    }
    size_t title = title_start(d, from, 0);
    if (title < from)
        add_person(d, from, to, title, from);
    else if (read_qualified(d, from, to))
        return;
    else if ((to - from >= 2 && word_is(d, to - 1, sg_discover_org_heads)) ||
             head_of(d, from, to) || apposition(d, from, to) == 'o')
        add_organization(d, from, to);
    else if (to - from <= 4 && !(d->tokens[from].flags & SG_TOKEN_ACRONYM) &&
             !plural_noun(d, to - 1) &&
             (apposition(d, from, to) == 'p' || (to - from >= 2 && speaks(d, from, to)) ||
              (to - from >= 2 &&
               (listed_after_person(d, from, to) || listed_after_title(d, from)))))
        add_titled_after_comma(d, from, to);
    else
        add_lone(d, from, to);
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
            return title && comma_before(d, k) && is_capital(d, k) && !is_title(d, k);
        if (is_title(d, k))
            title = 1;
        else if (title && is_capital(d, k))
            return 1;
        else if (title || d->place[k] >= 0 || word_is(d, k, sg_discover_stops) ||
                 (is_capital(d, k) && !common_word(d, k)))
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

/* Nonzero when token t, or "the" before it, follows a word that places it ("in Brazil", "at
 * the Presidential Villa"): a place, not an actor. */
static int after_locative(const struct discovery *d, size_t t)
{
    static const char *const locatives[] = {"in",     "at",  "near",       "inside", "outside",
                                            "across", "via", "throughout", NULL};
    size_t k = t > 1 && sg_token_is(d->text, &d->tokens[t - 1], "the") ? t - 2 : t - 1;
    return t > 0 && !(d->tokens[k + 1].flags & SG_TOKEN_GAP) && word_is(d, k, locatives);
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

/* Nonzero when the place at token t is on a list after "border with", maybe past a few words
 * ("on the border with fellow Mercosur members Argentina and Paraguay"): geography, not an
 * actor. */
static int on_border(const struct discovery *d, size_t t)
{
    static const char *const borders[] = {"border", "borders", "frontier", NULL};
    static const char *const with[] = {"with", NULL};
    size_t first = t;
    while (list_separator(d, first)) {
        size_t before = sg_token_is(d->text, &d->tokens[first - 1], "and") ? first - 1 : first;
        size_t k = place_before(d, before);
        if (k == SIZE_MAX)
            break;
        first = k;
    }
    for (size_t k = first, steps = 0; k > 1 && steps < 5; k--, steps++) {
        if (d->tokens[k].flags & SG_TOKEN_GAP)
            return 0;
        if (word_is(d, k - 1, with) && word_is(d, k - 2, borders))
            return 1;
    }
    return 0;
}

/* Nonzero when the country at token t completes an address after a city ("Kinshasa, Congo"). */
static int address(const struct discovery *d, size_t t)
{
    const struct sg_gazetteer_surface *city = t > 0 ? surface_of(d, t - 1) : NULL;
    return city && city->kind == SG_PLACE_CAPITAL && comma_before(d, t);
}

/* Nonzero when the city at token t, up to end, stands between commas after a name ("at the
 * Presidential Villa, Abuja, yesterday"): a venue's address. */
static int venue_address(const struct discovery *d, size_t t, size_t end)
{
    return comma_before(d, t) && is_capital(d, t - 1) && d->place[t - 1] < 0 &&
           !word_is(d, t - 1, sg_discover_titles) && comma_before(d, end);
}

/* Nonzero when the chain [from, to) after a demonym names an organisation of its own
 * ("Australian Competition and Consumer Commission", "European Research Group"), not a part of
 * the state ("Russian Foreign Ministry"). */
static int names_organization(const struct discovery *d, size_t from, size_t to)
{
    return is_capital(d, to - 1) && word_is(d, to - 1, sg_discover_org_heads) &&
           !word_is(d, to - 1, sg_discover_state_nouns) && !is_title(d, from);
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

/* Nonzero when organisation f belongs to the gazetteer entry place: its group, or the place
 * its name starts with ("UK Competition and Markets Authority"). */
static int organization_of(const struct discovery *d, const struct found *f, long place)
{
    if (f->group_place == place)
        return 1;
    size_t t = token_at(d, f->name.start);
    return d->place[t] >= 0 && (long)d->gazetteer->surfaces[d->place[t]].entry == place;
}

/* Gives each description of an organisation by its country ("Australia's competition
 * regulator", "a UK watchdog") to the one organisation the text names after that country's
 * demonym or name ("Australian Competition and Consumer Commission"), when there is one. */
static void attach_descriptions(struct discovery *d)
{
    for (size_t i = 0; i < d->description_count; i++) {
        struct found *owner = NULL;
        size_t owners = 0;
        for (size_t k = 0; k < d->count; k++) {
            struct found *f = &d->found[k];
            if (f->type == SG_ACTOR_ORGANIZATION && f->place < 0 && !f->merged &&
                organization_of(d, f, d->description_place[i])) {
                owner = f;
                owners++;
            }
        }
        if (owners == 1)
            add_surface(d, owner, d->descriptions[i]);
    }
}

/* A chain that starts with a place's name or demonym ("US Foods Inc.", "Australian Competition
 * and Consumer Commission"), read as one name from token t to the end it returns; or t. */
static size_t read_place_led_name(struct discovery *d, size_t t, size_t end)
{
    const struct sg_gazetteer_surface *surface = surface_of(d, t);
    if (!is_capital(d, end) || d->place[end] >= 0 || is_title(d, end) ||
        word_is(d, end, sg_discover_calendar) || leads_title(d, end) ||
        surface->kind == SG_PLACE_CAPITAL)
        return t;
    size_t chain = chain_end(d, end), count = d->count;
    if (surface->kind == SG_PLACE_DEMONYM && !names_organization(d, end, chain))
        return t;
    read_chain(d, t, chain);
    if (surface->kind == SG_PLACE_DEMONYM && d->count > count &&
        d->found[d->count - 1].type == SG_ACTOR_ORGANIZATION)
        d->found[d->count - 1].group_place = (long)surface->entry;
    return chain;
}

/* A group a place qualifies, [t, end] ("U.S. lawmakers", "America's allies"). Returns it, or
 * NULL on out of memory. */
static struct found *add_place_group(struct discovery *d, size_t t, size_t end, size_t entry)
{
    struct found *f = add_found(d, SG_ACTOR_GROUP, d->tokens[t].start);
    if (!f)
        return NULL;
    f->name = token_span(d, t, end + 1);
    add_surface(d, f, f->name);
    f->group_place = (long)entry;
    /* "the Republic of Niger's military leaders": also "Niger's military leaders" */
    size_t last = t;
    while (last + 1 < end && d->place[last + 1] == d->place[t])
        last++;
    if (last > t)
        add_surface(d, f, token_span(d, last, end + 1));
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
        add_surface(d, f, token_span(d, t, end + 3));
}

/* Where a part of the state named from token t on ends ("side"; after a demonym or a
 * possessive, a lowercase word before it too: "foreign ministry"), or 0. */
static size_t state_part_end(const struct discovery *d, size_t t)
{
    const struct sg_gazetteer_surface *place = surface_of(d, t - 1);
    int modified = place && (place->kind == SG_PLACE_DEMONYM ||
                             (d->tokens[t - 1].flags & SG_TOKEN_POSSESSIVE));
    for (size_t k = t; k < d->token_count && k < t + (modified ? 2 : 1); k++) {
        if (is_capital(d, k) || d->place[k] >= 0 || (k > t && (d->tokens[k].flags & SG_TOKEN_GAP)))
            return 0;
        if (word_is(d, k, sg_discover_state_nouns)) /* not "the foreign ministry spokesman" */
            return is_title(d, k + 1) && !(d->tokens[k + 1].flags & SG_TOKEN_GAP) ? 0 : k + 1;
        if (word_is(d, k, sg_discover_stops) || is_title(d, k) ||
            word_is(d, k, sg_discover_collectives) || (d->tokens[k].flags & SG_TOKEN_POSSESSIVE))
            return 0;
    }
    return 0;
}

/* The place surface at token t, up to end, as the actor itself. */
static void add_place(struct discovery *d, size_t t, size_t end)
{
    const struct sg_gazetteer_surface *surface = surface_of(d, t);
    struct found *f = add_found(d, d->gazetteer->entries[surface->entry].type, d->tokens[t].start);
    if (!f)
        return;
    f->place = (long)surface->entry;
    add_surface(d, f, token_span(d, t, end));
    if (hyphenated_modifier(d, t)) /* "coal-dependent India" */
        add_surface(d, f, token_span(d, t - 1, end));
    if (end >= d->token_count || (d->tokens[end].flags & SG_TOKEN_GAP))
        return;
    /* "EU leadership", "the Ukrainian side", "Egypt's foreign ministry": the words that speak
     * for it */
    size_t part = state_part_end(d, end);
    if (part)
        add_surface(d, f, token_span(d, t, part));
    else if (!is_capital(d, end) && !(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) &&
             word_is(d, end, sg_discover_representatives))
        add_surface(d, f, token_span(d, t, end + 1));
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

/* The collective a place qualifies from token t on ("U.S. lawmakers"; after a possessive, a
 * plural one past up to two lowercase words: "America's biggest automakers", not "Italy's
 * opposition"), or 0. */
static size_t possessed_collective(const struct discovery *d, size_t t, int joined)
{
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
        if ((plural && is_title(d, w)) || word_is(d, w, sg_discover_representatives))
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
    size_t end = chain_end(d, t);
    return !word_is(d, end - 1, sg_discover_state_nouns);
}

/* A place surface at token t: the country or organisation itself, a group it qualifies ("U.S.
 * lawmakers", "Russian officials"), or only a modifier ("Ukrainian President ...", "the Paris
 * agreement", "in Brazil"). Returns the token after it. */
static size_t read_place(struct discovery *d, size_t t)
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
    if (joined && number(d, end))
        return end + 1; /* "France 24": a name of its own */
    size_t described = end;
    if ((possessive && next && surface->kind == SG_PLACE_NAME &&
         describes_organization(d, end, &described)) ||
        (joined && kind_described(d, t, end, &described))) {
        if (d->description_count < MAX_DESCRIPTIONS) {
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
    int speaks_for =
        collective == end && joined && word_is(d, end, sg_discover_representatives) && organization;
    if (collective && !speaks_for) {
        if (!others(d, t))
            add_place_group(d, t, collective, surface->entry);
        return collective + 1;
    }
    /* "EU officials", "European negotiators": an organisation's people speak for it */
    int as_actor =
        speaks_for ||
        (surface->kind == SG_PLACE_NAME && !leads_title(d, end) && !after_locative(d, t) &&
         !address(d, t) && !on_border(d, t) && !(possessive && next && owns_name(d, end)) &&
         !(organization && joined && word_is(d, end, sg_discover_events))) ||
        (surface->kind == SG_PLACE_CAPITAL &&
         !(t > 0 && word_is(d, t - 1, sg_discover_locatives)) && !venue_address(d, t, end) &&
         !(joined && word_is(d, end, sg_discover_events))) ||
        (surface->kind == SG_PLACE_DEMONYM && joined && !is_capital(d, end) &&
         (state_part_end(d, end) || word_is(d, end, sg_discover_state_things)));
    if (as_actor)
        add_place(d, t, end);
    size_t head = as_actor ? heads_of(d, t) : SIZE_MAX;
    if (head != SIZE_MAX && d->found[d->count - 1].place == (long)surface->entry)
        add_surface(d, &d->found[d->count - 1], token_span(d, head, end));
    return end;
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
    if (number(d, t))
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

/* Where a count of countries starting at token t ends ("Thirty-six countries", "more than 80
 * nations"), or 0: not after a determiner or "other" ("the two countries" are named already),
 * nor after a preposition a word or two before ("among nearly 200 nations"). */
static size_t counted_countries(const struct discovery *d, size_t t)
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

static void read_words(struct discovery *d)
{
    for (size_t t = 0; t < d->token_count;) {
        size_t counted = counted_countries(d, t);
        if (counted) {
            struct found *f = add_found(d, SG_ACTOR_GROUP, d->tokens[t].start);
            if (f) {
                f->name = token_span(d, t, counted);
                add_surface(d, f, f->name);
            }
            t = counted;
        } else if (d->place[t] >= 0) {
            t = read_place(d, t);
        } else if (is_capital(d, t) && !word_is(d, t, sg_discover_calendar)) {
            size_t end = chain_end(d, t);
            read_chain(d, t, end);
            t = end;
        } else {
            t++;
        }
    }
}

/* ---- pass 3: candidates -------------------------------------------------------------------- */

static struct span first_word(const struct discovery *d, struct span s)
{
    const char *space = memchr(d->text + s.start, ' ', s.end - s.start);
    return (struct span){s.start, space ? (size_t)(space - d->text) : s.end};
}

/* The span of the last word of s. */
static struct span last_word(const struct discovery *d, struct span s)
{
    size_t i = s.end;
    while (i > s.start && d->text[i - 1] != ' ')
        i--;
    return (struct span){i, s.end};
}

static int span_is(const struct discovery *d, struct span s, const char *text, size_t n)
{
    return s.end - s.start == n && strncmp(d->text + s.start, text, n) == 0;
}

/* Nonzero when two words are one or a letter apart ("Zelensky", "Zelenskyy"; "Greg",
 * "Gregg"). */
static int similar(const struct discovery *d, struct span a, struct span b)
{
    char x[64], y[64];
    size_t m = a.end - a.start, n = b.end - b.start;
    if (m >= sizeof x || n >= sizeof y)
        return 0;
    memcpy(x, d->text + a.start, m);
    x[m] = '\0';
    memcpy(y, d->text + b.start, n);
    y[n] = '\0';
    return sg_text_edit_distance(x, y, 2) <= 1;
}

/* Nonzero when word is one of the name's words after its first ("Lula" of "Luiz Inacio Lula da
 * Silva", "Holden" of "Richard Holden"), or a spelling variant of its last ("Zelenskyy"). */
static int names_part(const struct discovery *d, struct span name, struct span word)
{
    size_t n = word.end - word.start;
    const char *w = d->text + word.start;
    const char *space = memchr(d->text + name.start, ' ', name.end - name.start);
    for (const char *p = space; p && p < d->text + name.end;) {
        p++;
        const char *next = memchr(p, ' ', (size_t)(d->text + name.end - p));
        size_t m = (size_t)((next ? next : d->text + name.end) - p);
        if (m == n && strncmp(p, w, n) == 0)
            return 1;
        p = next;
    }
    struct span last = last_word(d, name);
    return last.end - last.start >= 5 && n >= 5 && similar(d, last, word);
}

/* The person whose name holds the word, or NULL. */
static struct found *person_named(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].type == SG_ACTOR_PERSON && !d->found[i].merged &&
            names_part(d, d->found[i].name, word))
            return &d->found[i];
    return NULL;
}

/* The initials of a name's capitalised words before any "of" ("NCC" of "Nature Conservation
 * Council of NSW"). */
static size_t initials(const struct discovery *d, struct span name, char *out, size_t size)
{
    size_t n = 0;
    for (size_t i = name.start; i < name.end && n + 1 < size; i++) {
        if ((i == name.start || d->text[i - 1] == ' ') && strncmp(d->text + i, "of ", 3) == 0)
            break;
        if ((i == name.start || d->text[i - 1] == ' ') && isupper((unsigned char)d->text[i]))
            out[n++] = d->text[i];
    }
    out[n] = '\0';
    return n;
}

/* Nonzero when one organisation's name is the other's acronym ("UAW", "United Auto Workers"). */
static int acronym_of(const struct discovery *d, struct span acronym, struct span name)
{
    char letters[16];
    size_t n = initials(d, name, letters, sizeof letters);
    if (n >= 2 && span_is(d, acronym, letters, n))
        return 1;
    /* "UK Competition and Markets Authority" and "CMA": the place before the name is no part
     * of the acronym */
    size_t first = token_at(d, name.start);
    return n >= 3 && first != SIZE_MAX && d->place[first] >= 0 &&
           span_is(d, acronym, letters + 1, n - 1);
}

/* Nonzero when word stands in brackets right after one of a's forms ("United States Maritime
 * Alliance (USMX)"). */
static int bracketed(const struct discovery *d, const struct found *a, struct span word)
{
    for (size_t k = 0; k < a->surface_count; k++) {
        size_t end = a->surfaces[k].end;
        if (word.start >= end + 2 && word.start <= end + 3 && d->text[word.start - 1] == '(')
            return 1;
    }
    return 0;
}

/* The organisation an acronym stands for: the name it follows in brackets ("Muttahida Qaumi
 * Movement (MQM)"), or whose initials it is. */
static struct found *expanded(struct discovery *d, struct span word)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        if (f->type == SG_ACTOR_ORGANIZATION && !f->merged && f->place < 0 &&
            (bracketed(d, f, word) || acronym_of(d, word, f->name)))
            return f;
    }
    return NULL;
}

/* The organisation whose name starts with the word ("TPG" of "TPG Telecom Ltd"), or NULL. */
static struct found *organization_named(struct discovery *d, struct span word)
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

/* Nonzero when the last word of the chain s is a candidate of its own too: a person's full
 * name, then the surname ("Donald Trump ... Trump said"). */
static int surname_used(const struct discovery *d, struct span s)
{
    struct span last = last_word(d, s);
    size_t t = token_at(d, last.start);
    if (t == SIZE_MAX || (d->tokens[t].flags & SG_TOKEN_ACRONYM))
        return 0; /* "Pluto LNG ... LNG": no surname */
    for (size_t i = 0; i < d->lone_count; i++)
        if (same_text(d, d->lone[i], last))
            return 1;
    return 0;
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

/* How strongly the text uses the candidate at index c as an actor: how often it occurs, and
 * whether it owns something ("Sysco's"), speaks or follows an organisation's title. */
static int candidate_weight(const struct discovery *d, size_t c)
{
    int weight = 0;
    for (size_t i = 0; i < d->lone_count; i++) {
        if (!same_text(d, d->lone[i], d->lone[c]))
            continue;
        size_t t = token_at(d, d->lone[i].start);
        while (t < d->token_count && d->tokens[t].end < d->lone[i].end)
            t++;
        size_t first = token_at(d, d->lone[i].start);
        size_t before =
            first > 1 && sg_token_is(d->text, &d->tokens[first - 1], "the") ? first - 2 : first - 1;
        if (first > 0 && word_is(d, before, sg_discover_locatives))
            continue; /* "in Kinshasa", "in the Netherlands": a place */
        if (modifies(d, t + 1))
            continue; /* "the Brexit deal", "South American bloc Mercosur" */
        /* a sentence's first word counts only with more to show for it */
        weight += !(d->tokens[first].flags & SG_TOKEN_INITIAL);
        if (d->tokens[t].flags & SG_TOKEN_POSSESSIVE)
            weight += 2;
        if (speaks(d, first, t + 1))
            weight += 2;
    }
    return weight;
}

static void read_candidate(struct discovery *d, size_t c)
{
    struct span s = d->lone[c];
    int single = memchr(d->text + s.start, ' ', s.end - s.start) == NULL;
    size_t t = token_at(d, s.start);
    int acronym = d->tokens[t].flags & SG_TOKEN_ACRONYM;
    struct found *f = single && !acronym ? person_named(d, s) : NULL;
    if (!f && single && acronym)
        f = expanded(d, s);
    /* not "the Conservative 1922 Committee": a word before a number names something else */
    int numbered =
        t + 1 < d->token_count && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) && number(d, t + 1);
    if (!f && single && !numbered)
        f = organization_named(d, s);
    if (!f) {
        for (size_t i = 0; i < c && !f; i++)
            if (same_text(d, d->lone[i], s))
                return; /* read at its first occurrence */
        int weight = candidate_weight(d, c);
        int common = single && !acronym && common_word(d, t);
        int plural_common = plural_noun(d, token_at(d, last_word(d, s).start));
        int surname = !single && !acronym && !plural_common && surname_used(d, s);
        if (word_is(d, t, sg_discover_calendar) || word_is(d, t, sg_discover_terms) ||
            (acronym && has_digit(d, s)) || (weight < 2 && !surname) ||
            (single && word_is(d, t, sg_discover_org_heads)) ||
            (common && !plural_common && weight < 4))
            return;
        /* "Donald Trump ... Trump said": a person's full name, then the surname */
        f = add_found(d,
                      surname         ? SG_ACTOR_PERSON
                      : plural_common ? SG_ACTOR_GROUP
                                      : SG_ACTOR_ORGANIZATION,
                      s.start);
        if (!f)
            return;
        f->name = s;
        for (size_t i = c; i < d->lone_count; i++)
            if (same_text(d, d->lone[i], s))
                add_surface(d, f, d->lone[i]);
        return;
    }
    add_surface(d, f, s);
    if (s.start < f->first)
        f->first = s.start;
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

/* Gives "the president of the United Auto Workers" to the one person the text titles so and
 * affiliates with that organisation ("UAW President Shawn Fain"). */
static void attach_title_of(struct discovery *d)
{
    for (size_t t = 0; t + 3 < d->token_count; t++) {
        size_t at = t + 3 + sg_token_is(d->text, &d->tokens[t + 3], "the"), end = 0;
        if (!sg_token_is(d->text, &d->tokens[t], "the") || !is_title(d, t + 1) ||
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
            add_surface(d, holder, (struct span){title.start, end});
    }
}

/* ---- merging and output -------------------------------------------------------------------- */

/* Nonzero when two people are one: the same or a variant surname, and no two different first
 * names ("Mr Holden" and "Richard Holden"; "Zelensky" and "Volodymyr Zelenskyy"). */
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

/* Writes the kind of organisation f is into kind: from the last word of a name of it ("Civic
 * Democratic Party", "United Auto Workers", "a UK watchdog"), the word the text puts after a
 * name, maybe past one lowercase word ("the RMT rail union"), or the title right before one
 * ("Jeep parent company Stellantis"). Returns whether it found one. */
static int organization_kind(const struct discovery *d, const struct found *f, char *kind,
                             size_t size)
{
    for (size_t i = 0; i < f->surface_count; i++)
        if (kind_at(d, token_at(d, last_word(d, f->surfaces[i]).start), kind, size))
            return 1;
    for (size_t t = 0; t < d->token_count; t++) {
        if (t > 0 && !(d->tokens[t].flags & SG_TOKEN_GAP) && !is_capital(d, t - 1) &&
            names_at(d, f, t, 0) && kind_at(d, t - 1, kind, size))
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

/* "The union", "the regulator", and the first "the WORD union" ("the junior party"): an alias
 * of each organisation of that kind when the text uses it, so that the lexicon's title rule follows
 * it to the one named last (docs/EXTRACT.md, "Lexicon"). */
static void note_organization_kinds(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++) {
        struct found *f = &d->found[i];
        char kind[32];
        if (f->type != SG_ACTOR_ORGANIZATION || f->place >= 0 || f->merged ||
            !organization_kind(d, f, kind, sizeof kind))
            continue;
        snprintf(f->titles[0], sizeof f->titles[0], "the %s", kind);
        if (!has_phrase(d, f->titles[0]))
            f->titles[0][0] = '\0';
        if (!described_kind(d, kind, f->titles[1], sizeof f->titles[1]))
            f->titles[1][0] = '\0';
    }
}

/* The found actor of gazetteer entry, or a new one first named at offset first; NULL on out of
 * memory. */
static struct found *place_actor(struct discovery *d, size_t entry, size_t first)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->found[i].place == (long)entry && !d->found[i].merged)
            return &d->found[i];
    struct found *f = add_found(d, d->gazetteer->entries[entry].type, first);
    if (f)
        f->place = (long)entry;
    return f;
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
    const struct found *person = person_named(d, last_word(d, chain));
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

/* "The Biden administration", "the Donald Trump administration": an alias of the country it
 * governs, and no organisation of its own. */
static void attach_administrations(struct discovery *d)
{
    for (size_t i = 0; i < d->administration_count; i++) {
        struct span phrase = d->administrations[i];
        long entry = administered(d, phrase);
        struct found *country = entry >= 0 ? place_actor(d, (size_t)entry, phrase.start) : NULL;
        if (!country)
            continue;
        add_surface(d, country, phrase);
        for (size_t k = 0; k < d->count; k++)
            if (d->found[k].type == SG_ACTOR_ORGANIZATION && d->found[k].place < 0 &&
                same_text(d, d->found[k].name, phrase))
                d->found[k].merged = 1;
    }
}

static int same_person(const struct discovery *d, const struct found *a, const struct found *b)
{
    struct span la = last_word(d, a->name), lb = last_word(d, b->name);
    if (!same_text(d, la, lb) && !names_part(d, a->name, lb) && !names_part(d, b->name, la))
        return 0;
    if (la.start == a->name.start || lb.start == b->name.start)
        return 1; /* a surname alone */
    return similar(d, first_word(d, a->name), first_word(d, b->name));
}

/* Nonzero when name b is the last words of name a, in any case ("Ursula von der Leyen", "Von
 * der Leyen"; "Texas Democrats", "Democrats"). */
static int ends_with_name(const struct discovery *d, struct span a, struct span b)
{
    size_t m = a.end - a.start, n = b.end - b.start;
    return m > n + 1 && d->text[a.end - n - 1] == ' ' &&
           strncasecmp(d->text + a.end - n, d->text + b.start, n) == 0;
}

/* The name without a legal ending ("US Foods" of "US Foods Inc."). */
static struct span legal_name(const struct discovery *d, struct span name)
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

static int same_actor(const struct discovery *d, const struct found *a, const struct found *b)
{
    if (a->place >= 0 || b->place >= 0)
        return a->place == b->place;
    if (a->type == SG_ACTOR_PERSON && b->type == SG_ACTOR_PERSON)
        return same_person(d, a, b) || ends_with_name(d, a->name, b->name) ||
               ends_with_name(d, b->name, a->name);
    if (a->type == SG_ACTOR_PERSON || b->type == SG_ACTOR_PERSON)
        return 0;
    if (same_text(d, legal_name(d, a->name), legal_name(d, b->name)))
        return 1; /* "the Public Affairs party" and "Public Affairs" said to do things */
    if (a->type != b->type)
        return 0;
    if (a->type == SG_ACTOR_GROUP && a->group_place >= 0 && a->group_place == b->group_place &&
        same_text(d, last_word(d, a->name), last_word(d, b->name)))
        return 1; /* "UK farmers", "the UK's farmers" */
    if (a->type == SG_ACTOR_GROUP)
        return same_text(d, a->name, b->name) || ends_with_name(d, a->name, b->name) ||
               ends_with_name(d, b->name, a->name);
    return same_text(d, legal_name(d, a->name), legal_name(d, b->name)) ||
           acronym_of(d, a->name, b->name) || acronym_of(d, b->name, a->name) ||
           bracketed(d, a, b->name) || bracketed(d, b, a->name);
}

static void merge_into(const struct discovery *d, struct found *keep, struct found *gone)
{
    for (size_t k = 0; k < gone->surface_count; k++)
        add_surface(d, keep, gone->surfaces[k]);
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

static void merge_found(struct discovery *d)
{
    for (size_t i = 0; i < d->count; i++)
        for (size_t j = 0; j < i && !d->found[i].merged; j++)
            if (!d->found[j].merged && same_actor(d, &d->found[j], &d->found[i]))
                merge_into(d, &d->found[j], &d->found[i]);
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

static void id_of(const struct discovery *d, const struct found *f, char *out, size_t size)
{
    if (f->place >= 0) {
        snprintf(out, size, "%s", d->gazetteer->entries[f->place].id);
        return;
    }
    struct span base = f->type == SG_ACTOR_PERSON ? last_word(d, f->name) : f->name;
    for (size_t k = 0; f->type == SG_ACTOR_ORGANIZATION && k < f->surface_count; k++) {
        size_t t = token_at(d, f->surfaces[k].start);
        if (t != SIZE_MAX && (d->tokens[t].flags & SG_TOKEN_ACRONYM) &&
            d->tokens[t].end == f->surfaces[k].end)
            base = f->surfaces[k]; /* "rmt", "ncc" */
    }
    slug(d->text + base.start, base.end - base.start, out, size);
}

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
    char id[64], unique[72], *texts[MAX_SURFACES + 6] = {0};
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
    for (size_t k = 0; k < MAX_SURFACES + 6; k++)
        free(texts[k]);
    return err;
}

static int by_first(const void *left, const void *right)
{
    const struct found *a = *(const struct found *const *)left;
    const struct found *b = *(const struct found *const *)right;
    return (a->first > b->first) - (a->first < b->first);
}

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

/* "The coup leaders" beside "Niger's military leaders", "enemy forces in Karabakh" beside
 * "ethnic Armenian forces in Karabakh": one lowercase word before a group's plural head (and
 * the same "in PLACE" when one follows) names that group, when no other actor's form ends so.
 * An alias of it. */
static void alias_described_groups(struct discovery *d)
{
    for (size_t t = 1; t < d->token_count; t++) {
        static const char *const forces[] = {"forces", NULL}, *const in[] = {"in", NULL};
        if ((!word_is(d, t, sg_discover_collectives) && !word_is(d, t, forces)) ||
            (d->tokens[t].flags & SG_TOKEN_GAP) || !describing_word(d, t - 1))
            continue;
        size_t end = t + 1;
        if (word_is(d, end, in) && is_capital(d, end + 1))
            end = chain_end(d, end + 1);
        struct found *f = only_ending(d, token_span(d, t, end));
        if (f && f->type == SG_ACTOR_GROUP)
            add_surface(d, f, token_span(d, t - 1, end));
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
        mark_places(&d);
        read_words(&d);
        for (size_t c = 0; c < d.lone_count; c++)
            read_candidate(&d, c);
        attach_descriptions(&d);
        add_title_holders(&d);
        attach_title_of(&d);
        attach_administrations(&d);
        note_organization_kinds(&d);
        err = d.out_of_memory ? SG_ERR_NOMEM : SG_OK;
    }
    if (!err) {
        merge_found(&d);
        alias_described_groups(&d);
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
