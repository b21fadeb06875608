/*
 * Rule-based stance extraction. Each sentence is scanned for stance cues; around a cue, actor
 * mentions in the same clause become the source (before the cue) and target (after it), with
 * the roles swapped in the passive ("was criticized by X").
 */
#include "extract.h"

#include "diag.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- sentences ---- */

static const char *const abbreviations[] = {"Mr",  "Mrs", "Ms", "Dr",   "St", "Gen", "Sen", "Rep",
                                            "Gov", "Jr",  "Sr", "Prof", "vs", "No",  NULL};

static int is_abbreviation(const char *text, size_t dot)
{
    size_t start = dot;
    while (start > 0 && isalpha((unsigned char)text[start - 1]))
        start--;
    size_t length = dot - start;
    /* "U.S.", "e.g.": a single letter before the dot, itself after a dot or a space. */
    if (length == 1 && (start == 0 || text[start - 1] == '.' || text[start - 1] == ' '))
        return 1;
    for (const char *const *a = abbreviations; *a; a++)
        if (strlen(*a) == length && strncmp(text + start, *a, length) == 0)
            return 1;
    return 0;
}

/* Length of a closing quote at text[i] (", ', ” or ’), else 0. */
static size_t closing_quote(const char *text, size_t length, size_t i)
{
    if (i < length && (text[i] == '"' || text[i] == '\''))
        return 1;
    if (i + 2 < length && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x9D || (unsigned char)text[i + 2] == 0x99))
        return 3;
    return 0;
}

size_t sg_extract_sentences(const char *text, size_t length, struct sg_sentence **sentences)
{
    size_t count = 0, capacity = 16, start = 0;
    struct sg_sentence *list = malloc(capacity * sizeof *list);
    if (!list)
        return (size_t)-1;
    for (size_t i = 0; i <= length; i++) {
        size_t end = 0;
        if (i == length || text[i] == '\n') {
            end = i;
        } else if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
            size_t after = i + 1, q;
            while ((q = closing_quote(text, length, after)) > 0)
                after += q;
            size_t next = after;
            while (next < length && text[next] == ' ')
                next++;
            /* "“Is it?” she asked." goes on: a lowercase word continues the sentence. */
            int continues = next < length && islower((unsigned char)text[next]);
            if ((after == length || isspace((unsigned char)text[after])) && !continues &&
                !(text[i] == '.' && is_abbreviation(text, i)))
                end = after;
        }
        if (!end && i != length)
            continue;
        while (start < end && isspace((unsigned char)text[start]))
            start++;
        if (end > start) {
            if (count == capacity) {
                capacity *= 2;
                struct sg_sentence *grown = realloc(list, capacity * sizeof *grown);
                if (!grown) {
                    free(list);
                    return (size_t)-1;
                }
                list = grown;
            }
            list[count++] = (struct sg_sentence){start, end};
        }
        start = end;
        if (end > i)
            i = end - 1;
    }
    *sentences = list;
    return count;
}

/* ---- mentions ---- */

struct surface {
    const char *text;
    size_t length, actor;
    int bare; /* a person's bare surname: the last word of the name, standing alone */
};

/* Nonzero when alias is a person's surname alone: one word, the last of the name. */
static int bare_surname(const struct sg_actor *actor, const char *alias)
{
    const char *last = strrchr(actor->name, ' ');
    return actor->type == SG_ACTOR_PERSON && !strchr(alias, ' ') && last &&
           strcmp(last + 1, alias) == 0;
}

static int longer_first(const void *left, const void *right)
{
    const struct surface *a = left, *b = right;
    if (a->length != b->length)
        return a->length > b->length ? -1 : 1;
    return strcmp(a->text, b->text);
}

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80;
}

static int by_position(const void *left, const void *right)
{
    const struct sg_mention *a = left, *b = right;
    return a->start < b->start ? -1 : (a->start > b->start);
}

size_t sg_extract_mentions(const char *text, size_t length, const struct sg_model *lexicon,
                           struct sg_mention **mentions)
{
    size_t surfaces = 0, count = 0, capacity = 16;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        surfaces += 1 + lexicon->actors[a].alias_count;
    struct surface *list = malloc((surfaces + 1) * sizeof *list);
    struct sg_mention *found = malloc(capacity * sizeof *found);
    char *taken = calloc(length + 1, 1);
    if (!list || !found || !taken) {
        free(list);
        free(found);
        free(taken);
        return (size_t)-1;
    }
    surfaces = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        const struct sg_actor *actor = &lexicon->actors[a];
        list[surfaces++] = (struct surface){actor->name, strlen(actor->name), a, 0};
        for (size_t k = 0; k < actor->alias_count; k++)
            list[surfaces++] = (struct surface){actor->aliases[k], strlen(actor->aliases[k]), a,
                                                bare_surname(actor, actor->aliases[k])};
    }
    qsort(list, surfaces, sizeof *list, longer_first);
    for (size_t s = 0; s < surfaces; s++) {
        const struct surface *f = &list[s];
        if (f->length == 0)
            continue;
        for (const char *hit = text; (hit = strstr(hit, f->text)) != NULL; hit++) {
            size_t at = (size_t)(hit - text), end = at + f->length;
            if (at > 0 && is_word_byte((unsigned char)text[at - 1]) &&
                is_word_byte((unsigned char)f->text[0]))
                continue;
            if (at > 0 && text[at - 1] == '-')
                continue; /* "pro-Ukraine": a modifier, not the actor */
            int possessive = (end + 1 < length && text[end] == '\'' && text[end + 1] == 's') ||
                             (end + 3 < length && strncmp(text + end, "\xE2\x80\x99s", 4) == 0);
            if (!possessive && end < length && is_word_byte((unsigned char)text[end]) &&
                is_word_byte((unsigned char)f->text[f->length - 1]))
                continue;
            int overlap = 0;
            for (size_t i = at; i < end && !overlap; i++)
                overlap = taken[i];
            if (overlap)
                continue;
            memset(taken + at, 1, f->length);
            if (count == capacity) {
                capacity *= 2;
                struct sg_mention *grown = realloc(found, capacity * sizeof *grown);
                if (!grown) {
                    free(list);
                    free(found);
                    free(taken);
                    return (size_t)-1;
                }
                found = grown;
            }
            found[count++] = (struct sg_mention){at, end, f->actor, f->bare};
        }
    }
    qsort(found, count, sizeof *found, by_position);
    free(list);
    free(taken);
    /* A bare surname counts only once the text has named that person in full (or by another
     * alias): "Vance" alone might be someone else. */
    char *named = calloc(lexicon->actor_count + 1, 1);
    if (!named) {
        free(found);
        return (size_t)-1;
    }
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        if (found[i].bare && !named[found[i].actor])
            continue;
        if (!found[i].bare)
            named[found[i].actor] = 1;
        found[kept++] = found[i];
    }
    free(named);
    count = kept;
    *mentions = found;
    return count;
}

/* ---- cues and frames ---- */

struct cue {
    const char *words; /* lowercase, as written in text */
    enum sg_stance type;
    double weight;
    int takes_list; /* the cue governs a list of targets ("met with A, B and C") */
};

/* The built-in cue lexicon, after the CAMEO tradition: praise and endorsement support, blame
 * and rejection criticise, meetings and talks negotiate. */
static const struct cue cues[] = {
    {"endorsed", SG_STANCE_SUPPORT, 0.7, 0},
    {"endorses", SG_STANCE_SUPPORT, 0.7, 0},
    {"backed", SG_STANCE_SUPPORT, 0.7, 0},
    {"praised", SG_STANCE_SUPPORT, 0.7, 0},
    {"praises", SG_STANCE_SUPPORT, 0.7, 0},
    {"supported", SG_STANCE_SUPPORT, 0.7, 0},
    {"welcomed", SG_STANCE_SUPPORT, 0.6, 0},
    {"hailed", SG_STANCE_SUPPORT, 0.7, 0},
    {"support for", SG_STANCE_SUPPORT, 0.6, 0},
    {"criticized", SG_STANCE_CRITICISM, 0.8, 0},
    {"criticised", SG_STANCE_CRITICISM, 0.8, 0},
    {"criticizes", SG_STANCE_CRITICISM, 0.8, 0},
    {"criticises", SG_STANCE_CRITICISM, 0.8, 0},
    {"condemned", SG_STANCE_CRITICISM, 0.8, 0},
    {"condemns", SG_STANCE_CRITICISM, 0.8, 0},
    {"rejected", SG_STANCE_CRITICISM, 0.7, 0},
    {"rejects", SG_STANCE_CRITICISM, 0.7, 0},
    {"accused", SG_STANCE_CRITICISM, 0.8, 0},
    {"dismissed", SG_STANCE_CRITICISM, 0.7, 0},
    {"denounced", SG_STANCE_CRITICISM, 0.8, 0},
    {"attacked", SG_STANCE_CRITICISM, 0.8, 0},
    {"met with", SG_STANCE_NEGOTIATION, 0.8, 1},
    {"meets with", SG_STANCE_NEGOTIATION, 0.8, 1},
    {"meeting with", SG_STANCE_NEGOTIATION, 0.7, 1},
    {"meetings with", SG_STANCE_NEGOTIATION, 0.8, 1},
    {"talks with", SG_STANCE_NEGOTIATION, 0.7, 1},
    {"negotiated with", SG_STANCE_NEGOTIATION, 0.8, 1},
    {"visit to", SG_STANCE_NEGOTIATION, 0.6, 0},
    {"in talks", SG_STANCE_NEGOTIATION, 0.6, 0},
    {"held talks", SG_STANCE_NEGOTIATION, 0.7, 0},
    {NULL, SG_STANCE_SUPPORT, 0, 0},
};

static int word_at(const char *text, size_t length, size_t at, const char *word)
{
    size_t n = strlen(word);
    if (at + n > length || strncasecmp(text + at, word, n) != 0)
        return 0;
    if (at > 0 && is_word_byte((unsigned char)text[at - 1]))
        return 0;
    return at + n == length || !is_word_byte((unsigned char)text[at + n]);
}

/* Nonzero when one of words ends just before position at (skipping one space). */
static int preceded_by(const char *text, size_t at, const char *const *words)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (at >= n + 1 && text[at - 1] == ' ' && strncasecmp(text + at - 1 - n, *words, n) == 0 &&
            (at == n + 1 || !is_word_byte((unsigned char)text[at - 2 - n])))
            return 1;
    }
    return 0;
}

/* Nonzero when the gap between two mentions joins them in a list: ", ", " and ", ", and ", or
 * a comma or "and" followed by a short title ("Foreign Minister", "Prime Minister"). */
static int joins_list(const char *text, size_t from, size_t to)
{
    size_t n = to - from;
    if (n == 5 && strncmp(text + from, " and ", 5) == 0)
        return 1;
    /* ", Foreign Minister " or " and Prime Minister ": a comma or "and" and a short title */
    if (((n >= 2 && text[from] == ',') || (n > 5 && strncmp(text + from, " and ", 5) == 0)) &&
        n <= 40) {
        for (size_t i = from; i < to; i++)
            if (text[i] == '.' || text[i] == ';')
                return 0;
        return 1;
    }
    return 0;
}

/* Nonzero when a subject pronoun ("he", "she") stands between from and to. */
static int pronoun_before(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (word_at(text, to, i, "he") || word_at(text, to, i, "she"))
            return 1;
    return 0;
}

/* Nonzero when a clause break (", and", ", but", ";") lies between from and to. */
static int clause_break(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (text[i] == ';')
            return 1;
        if (text[i] == ',' &&
            (strncmp(text + i, ", and ", 6) == 0 || strncmp(text + i, ", but ", 6) == 0))
            return 1;
    }
    return 0;
}

struct frame_context {
    const char *text;
    size_t length;
    const struct sg_model *lexicon;
    struct sg_model *out;
    size_t *index_of; /* lexicon actor -> out actor, or SIZE_MAX */
    int failed;
    long last_person; /* the last person named first in a sentence: what "he"/"she" means */
    size_t cue_start, cue_end; /* the cue being framed, as byte offsets in text */
};

static size_t out_actor(struct frame_context *c, size_t actor)
{
    if (c->index_of[actor] == (size_t)-1) {
        c->index_of[actor] = 0; /* marked used; numbered when the model is finished */
    }
    return actor;
}

/* Adds a statement from source to target (mentions; a source with start SIZE_MAX was not
 * named in the sentence, as with a pronoun) cued by c's current cue. */
static void add_tie(struct frame_context *c, const struct sg_mention *source_mention,
                    const struct sg_mention *target_mention, const struct cue *cue,
                    const struct sg_sentence *sentence, const char *rule, double confidence)
{
    size_t source = source_mention->actor, target = target_mention->actor;
    if (source == target || c->failed)
        return;
    struct sg_statement *s = sg_model_add_statement(c->out);
    if (!s) {
        c->failed = 1;
        return;
    }
    s->source = out_actor(c, source);
    s->target = out_actor(c, target);
    s->type = cue->type;
    s->weight = cue->weight;
    s->evidence = strndup(c->text + sentence->start, sentence->end - sentence->start);
    s->extras.items = calloc(4, sizeof *s->extras.items);
    if (!s->evidence || !s->extras.items) {
        c->failed = 1;
        return;
    }
    char number[32];
    snprintf(number, sizeof number, "%.2f", confidence);
    char *quoted_cue = malloc(strlen(cue->words) + 3);
    char *quoted_rule = malloc(strlen(rule) + 3);
    if (!quoted_cue || !quoted_rule) {
        free(quoted_cue);
        free(quoted_rule);
        c->failed = 1;
        return;
    }
    sprintf(quoted_cue, "\"%s\"", cue->words);
    sprintf(quoted_rule, "\"%s\"", rule);
    char source_span[64] = "null", offsets[256];
    if (source_mention->start != SIZE_MAX)
        snprintf(source_span, sizeof source_span, "[%zu,%zu]", source_mention->start,
                 source_mention->end);
    snprintf(offsets, sizeof offsets, "{\"source\":%s,\"cue\":[%zu,%zu],\"target\":[%zu,%zu]}",
             source_span, c->cue_start, c->cue_end, target_mention->start, target_mention->end);
    const char *keys[4] = {"cue", "rule", "confidence", "offsets"};
    char *values[4] = {quoted_cue, quoted_rule, strdup(number), strdup(offsets)};
    for (int k = 0; k < 4; k++) {
        s->extras.items[k].key = strdup(keys[k]);
        s->extras.items[k].json = values[k];
        if (!s->extras.items[k].key || !values[k])
            c->failed = 1;
    }
    s->extras.count = 4;
}

static const char *const negations[] = {"not", "never", "refused to", "declined to", "n't", NULL};
static const char *const passive_auxiliaries[] = {"was", "were", "been", "is", "are", NULL};

/* Applies the frames around one cue of a sentence. */
static void frame(struct frame_context *c, const struct sg_sentence *sentence, size_t cue_start,
                  const struct cue *cue, const struct sg_mention *m, size_t count)
{
    size_t cue_end = cue_start + strlen(cue->words);
    c->cue_start = cue_start;
    c->cue_end = cue_end;
    if (preceded_by(c->text, cue_start, negations))
        return; /* "did not back": no tie is proposed */
    /* mentions before and after the cue, within the sentence */
    long before = -1, after = -1;
    for (size_t i = 0; i < count; i++) {
        if (m[i].start < sentence->start || m[i].end > sentence->end)
            continue;
        if (m[i].end <= cue_start)
            before = (long)i;
        else if (m[i].start >= cue_end && after < 0)
            after = (long)i;
    }
    if (preceded_by(c->text, cue_start, passive_auxiliaries)) {
        /* passive: TARGET was criticized by SOURCE */
        size_t by = cue_end;
        while (by < sentence->end && c->text[by] == ' ')
            by++;
        if (before >= 0 && after >= 0 && word_at(c->text, c->length, by, "by"))
            add_tie(c, &m[after], &m[before], cue, sentence, "passive", 0.8);
        return;
    }
    if (strcmp(cue->words, "visit to") == 0) {
        /* "a visit to X by Y": Y visits X */
        size_t by = after >= 0 ? m[after].end : sentence->end;
        while (by < sentence->end && (c->text[by] == ' ' || c->text[by] == ','))
            by++;
        for (size_t i = (size_t)(after >= 0 ? after : 0) + 1; after >= 0 && i < count; i++)
            if (m[i].start >= by && m[i].end <= sentence->end) {
                if (word_at(c->text, c->length, by, "by"))
                    add_tie(c, &m[i], &m[after], cue, sentence, "visit by", 0.6);
                break;
            }
        return;
    }
    if (cue->words[0] != 'm' && strstr(cue->words, "talks") && before >= 0) {
        /* "A and B are in talks", "A and B held talks": one tie between the two subjects */
        size_t first = (size_t)before;
        while (first > 0 && m[first - 1].start >= sentence->start &&
               joins_list(c->text, m[first - 1].end, m[first].start))
            first--;
        if (first < (size_t)before)
            for (size_t a = first; a < (size_t)before; a++)
                add_tie(c, &m[a], &m[a + 1], cue, sentence, "joint talks", 0.6);
        return;
    }
    if (strcmp(cue->words, "support for") == 0) {
        /* "X ..., pointing to support for Y": the sentence's subject supports Y */
        long subject = -1;
        for (size_t i = 0; i < count && subject < 0; i++)
            if (m[i].start >= sentence->start && m[i].end <= cue_start)
                subject = (long)i;
        if (subject >= 0 && after >= 0)
            add_tie(c, &m[subject], &m[after], cue, sentence, "support for", 0.6);
        return;
    }
    if (before < 0 && c->last_person >= 0 && pronoun_before(c->text, sentence->start, cue_start)) {
        /* "He raised concerns during a meeting with X": he is the last person named first */
        struct sg_mention pronoun = {SIZE_MAX, SIZE_MAX, (size_t)c->last_person, 0};
        if (after >= 0)
            add_tie(c, &pronoun, &m[after], cue, sentence, "pronoun", 0.6);
        return;
    }
    if (before < 0 || after < 0)
        return; /* a tie needs both a source and a target */
    {
        size_t next = cue_end;
        while (next < sentence->end && c->text[next] == ' ')
            next++;
        if (word_at(c->text, c->length, next, "for"))
            return; /* "criticized for excluding X": X is the reason, not the target */
        if (!cue->takes_list && clause_break(c->text, cue_end, m[after].start))
            return; /* "endorsed the concept, and ... Waltz": the target is in another clause */
    }
    /* sources: the nearest mention before the cue, and those coordinated with it */
    size_t first_source = (size_t)before;
    while (first_source > 0 && m[first_source - 1].start >= sentence->start &&
           joins_list(c->text, m[first_source - 1].end, m[first_source].start))
        first_source--;
    /* targets: the first mention after; a list for cues like "met with" */
    size_t last_target = (size_t)after;
    if (cue->takes_list)
        while (last_target + 1 < count && m[last_target + 1].end <= sentence->end &&
               joins_list(c->text, m[last_target].end, m[last_target + 1].start))
            last_target++;
    double confidence = first_source < (size_t)before || last_target > (size_t)after ? 0.7 : 0.8;
    for (size_t s = first_source; s <= (size_t)before; s++)
        for (size_t t = (size_t)after; t <= last_target; t++)
            add_tie(c, &m[s], &m[t], cue, sentence,
                    first_source < (size_t)before ? "coordinated subjects" : "active", confidence);
}

int sg_extract(const char *text, size_t length, const struct sg_model *lexicon, const char *id,
               const char *date, struct sg_model *out)
{
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    struct frame_context c = {text, length, lexicon, out, NULL, 0, -1, 0, 0};
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    size_t mention_count = sentence_count == (size_t)-1
                               ? (size_t)-1
                               : sg_extract_mentions(text, length, lexicon, &mentions);
    c.index_of = malloc((lexicon->actor_count + 1) * sizeof *c.index_of);
    int err = SG_ERR_NOMEM;
    if (sentence_count == (size_t)-1 || mention_count == (size_t)-1 || !c.index_of)
        goto out;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        c.index_of[a] = (size_t)-1;
    out->info.id = strdup(id);
    out->info.date = strdup(date);
    out->info.title = strdup("Proposed by stancegraph extract");
    if (!out->info.id || !out->info.date || !out->info.title)
        goto out;
    for (size_t s = 0; s < sentence_count && !c.failed; s++) {
        const struct sg_sentence *sentence = &sentences[s];
        for (size_t at = sentence->start; at < sentence->end; at++)
            for (const struct cue *cue = cues; cue->words; cue++)
                if (word_at(text, sentence->end, at, cue->words))
                    frame(&c, sentence, at, cue, mentions, mention_count);
        /* The first person named in this sentence is who a later "he" or "she" means. */
        for (size_t i = 0; i < mention_count; i++)
            if (mentions[i].start >= sentence->start && mentions[i].end <= sentence->end) {
                if (lexicon->actors[mentions[i].actor].type == SG_ACTOR_PERSON)
                    c.last_person = (long)mentions[i].actor;
                break;
            }
    }
    if (c.failed)
        goto out;
    /* The actors that take part, in lexicon order; statements renumbered to them. With no tie,
     * the actors the text names; with no actor named either, every lexicon actor, so that the
     * snapshot stays valid (it needs an actor). */
    int keep_all = out->statement_count == 0 && mention_count == 0;
    if (out->statement_count == 0)
        for (size_t i = 0; i < mention_count; i++)
            c.index_of[mentions[i].actor] = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        if (c.index_of[a] == (size_t)-1 && !keep_all)
            continue;
        c.index_of[a] = out->actor_count;
        if (sg_model_copy_actor(out, &lexicon->actors[a]) != SG_OK)
            goto out;
    }
    for (size_t i = 0; i < out->statement_count; i++) {
        out->statements[i].source = c.index_of[out->statements[i].source];
        out->statements[i].target = c.index_of[out->statements[i].target];
    }
    err = sg_model_build_ties(out);
out:
    free(sentences);
    free(mentions);
    free(c.index_of);
    return err;
}
