/*
 * What every pass of actor discovery (discover_parts.h) asks of the words: the actors found and
 * the forms the text names them by, the candidates left for later, tokens by offset, numbers,
 * commas and lists, the most named of candidates, title words, common English words, verbs of
 * saying near a name, whole phrases of the text, and spellings a letter apart.
 */
#include "extract/discover_parts.h"

#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct found *sg_discover_add_found(struct discovery *d, enum sg_actor_type type, size_t first)
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

void sg_discover_add_surface(const struct discovery *d, struct found *f, struct span s)
{
    for (size_t i = 0; i < f->surface_count; i++)
        if (same_text(d, f->surfaces[i], s))
            return;
    if (f->surface_count < SG_DISCOVER_MAX_SURFACES)
        f->surfaces[f->surface_count++] = s;
}

size_t sg_discover_token_at(const struct discovery *d, size_t at)
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

int sg_discover_number(const struct discovery *d, size_t t)
{
    for (size_t i = d->tokens[t].start; i < d->tokens[t].end; i++)
        if (!isdigit((unsigned char)d->text[i]))
            return 0;
    return 1;
}

int sg_discover_comma_before(const struct discovery *d, size_t t)
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

int sg_discover_is_title(const struct discovery *d, size_t t)
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

int sg_discover_lower_word(const struct discovery *d, size_t t, char *out, size_t size)
{
    size_t n = d->tokens[t].end - d->tokens[t].start;
    if (n >= size)
        return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)d->text[d->tokens[t].start + i]);
    out[n] = '\0';
    return 1;
}

int sg_discover_common_word(const struct discovery *d, size_t t)
{
    char word[64];
    return sg_discover_lower_word(d, t, word, sizeof word) && sg_lemma_is_word(word);
}

int sg_discover_has_phrase(const struct discovery *d, const char *phrase)
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

void sg_discover_tally_note(struct sg_discover_tally *t, long key, size_t count)
{
    if (count > t->best_count) {
        t->second = t->best_count;
        t->best = key;
        t->best_count = count;
    } else if (count > t->second) {
        t->second = count;
    }
}

void sg_discover_add_lone(struct discovery *d, size_t from, size_t to)
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

int sg_discover_speaks(const struct discovery *d, size_t from, size_t to)
{
    if (word_is(d, to, sg_discover_speech) && !(d->tokens[to].flags & SG_TOKEN_GAP))
        return 1;
    /* "Acme and Globex said": the first of two names that speak together (one word: not
     * "Customs and Border Protection said", one name) */
    if (to == from + 1 && to + 1 < d->token_count && sg_token_is(d->text, &d->tokens[to], "and") &&
        !(d->tokens[to].flags & SG_TOKEN_GAP) && is_capital(d, to + 1) &&
        !(d->tokens[to + 1].flags & SG_TOKEN_GAP)) {
        size_t end = sg_discover_chain_end(d, to + 1);
        if (word_is(d, end, sg_discover_speech) && !(d->tokens[end].flags & SG_TOKEN_GAP))
            return 1;
    }
    /* "the leader of the union, Ann Lee, said": between commas, right before the verb; not
     * after a word for a company ("The bank's owner, Goldman Sachs, said") */
    static const char *const owners[] = {"owner",  "parent",  "rival",      "employer", "buyer",
                                         "seller", "partner", "competitor", "bidder",   NULL};
    if (word_is(d, to, sg_discover_speech) && sg_discover_comma_before(d, to) &&
        sg_discover_comma_before(d, from) &&
        !(from > 0 &&
          (word_is(d, from - 1, owners) || word_is(d, from - 1, sg_discover_org_titles))))
        return 1;
    /* "said Mark Harper"; not "told AAP", the one told */
    if (from > 0 && word_is(d, from - 1, sg_discover_speech) &&
        !word_is(d, from - 1, sg_discover_telling) && !(d->tokens[from].flags & SG_TOKEN_GAP))
        return 1;
    return to < d->token_count && sg_token_is(d->text, &d->tokens[to], "who") &&
           (d->tokens[to].flags & SG_TOKEN_GAP);
}

int sg_discover_list_separator(const struct discovery *d, size_t t)
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

int sg_discover_similar(const struct discovery *d, struct span a, struct span b)
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

int sg_discover_after_locative(const struct discovery *d, size_t t)
{
    static const char *const locatives[] = {"in",     "at",  "near",       "inside", "outside",
                                            "across", "via", "throughout", NULL};
    size_t k = t > 1 && sg_token_is(d->text, &d->tokens[t - 1], "the") ? t - 2 : t - 1;
    return t > 0 && !(d->tokens[k + 1].flags & SG_TOKEN_GAP) && word_is(d, k, locatives);
}

int sg_discover_plural_acronym(const struct discovery *d, size_t t)
{
    if (t >= d->token_count || !word_is(d, t, sg_discover_collectives))
        return 0;
    const struct sg_token *w = &d->tokens[t];
    if (w->end - w->start < 3 || d->text[w->end - 1] != 's')
        return 0;
    for (size_t at = w->start; at + 1 < w->end; at++)
        if (!isupper((unsigned char)d->text[at]))
            return 0;
    return 1;
}
