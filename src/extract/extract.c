/*
 * Rule-based stance extraction (extract.h): the text is split into sentences and its actor
 * mentions are found; each sentence is then scanned for stance cues. Around a cue, actor
 * mentions in the same clause become the source (before the cue) and target (after it), with
 * the roles swapped in the passive ("was criticized by X"); the other frames (visits, joint
 * talks, reversed nouns, events, pronouns) each have their function, and a cue inside a
 * quotation reads the quotation alone with its speaker as the source.
 */
#include "extract/extract.h"

#include "base/diag.h"
#include "base/text.h"

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
    enum sg_mention_kind kind;
};

/* Nonzero when alias is a person's surname alone: one word, the last of the name. */
static int bare_surname(const struct sg_actor *actor, const char *alias)
{
    const char *last = strrchr(actor->name, ' ');
    return actor->type == SG_ACTOR_PERSON && !strchr(alias, ' ') && last &&
           strcmp(last + 1, alias) == 0;
}

/* Nonzero when alias is a title: "the" and lowercase words ("the president"; not "the
 * Kremlin", which is a name). */
static int is_title(const char *alias)
{
    if (strncmp(alias, "the ", 4) != 0 || alias[4] == '\0')
        return 0;
    for (const char *c = alias; *c; c++)
        if (isupper((unsigned char)*c))
            return 0;
    return 1;
}

static enum sg_mention_kind alias_kind(const struct sg_actor *actor, const char *alias)
{
    if (is_title(alias))
        return SG_MENTION_TITLE;
    return bare_surname(actor, alias) ? SG_MENTION_SURNAME : SG_MENTION_NAME;
}

static int longer_first(const void *left, const void *right)
{
    const struct surface *a = left, *b = right;
    if (a->length != b->length)
        return a->length > b->length ? -1 : 1;
    return strcmp(a->text, b->text);
}

static int by_position(const void *left, const void *right)
{
    const struct sg_mention *a = left, *b = right;
    return a->start < b->start ? -1 : (a->start > b->start);
}

/* Nonzero when text[from, to) is one space, or capitalised words joined by single spaces,
 * with "of", "for" or "the" between them (" President ", " Secretary of State "): what stands
 * between a modifier and a person's name. */
static int title_words(const char *text, size_t from, size_t to)
{
    static const char *const joiners[] = {"of ", "for ", "the ", NULL};
    if (to - from > 40 || to <= from || text[from] != ' ' || text[to - 1] != ' ')
        return 0;
    int first = 1;
    for (size_t i = from + 1; i < to;) {
        size_t end = i;
        while (end < to && text[end] != ' ')
            end++;
        if (end == i)
            return 0; /* two spaces */
        int joiner = 0;
        for (const char *const *j = joiners; *j && !first; j++)
            joiner |= strncmp(text + i, *j, strlen(*j)) == 0 && i + strlen(*j) == end + 1;
        if (!joiner && !isupper((unsigned char)text[i]))
            return 0;
        for (size_t k = i; k < end; k++)
            if (!isalpha((unsigned char)text[k]) && text[k] != '.')
                return 0;
        first = 0;
        i = end + 1;
    }
    return 1;
}

/* The start of the sentence holding offset at. */
static size_t sentence_start(const struct sg_sentence *sentences, size_t count, size_t at)
{
    size_t low = 0, high = count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (sentences[mid].start <= at)
            low = mid + 1;
        else
            high = mid;
    }
    return low > 0 ? sentences[low - 1].start : 0;
}

/* Keeps the mentions that stand: a surname once its person is named, a title for the actor
 * holding it who was named last before the sentence, and no adjective or name that only
 * modifies a person's name ("Ukrainian President Volodymyr Zelensky"). Returns the new count.
 */
static size_t resolve_mentions(const char *text, const struct sg_model *lexicon,
                               const struct sg_sentence *sentences, size_t sentence_count,
                               struct sg_mention *found, size_t count, size_t *last_named)
{
    for (size_t a = 0; a < lexicon->actor_count; a++)
        last_named[a] = SIZE_MAX;
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        struct sg_mention m = found[i];
        if (i + 1 < count && !m.possessive &&
            lexicon->actors[found[i + 1].actor].type == SG_ACTOR_PERSON &&
            found[i + 1].actor != m.actor && title_words(text, m.end, found[i + 1].start))
            continue; /* a modifier: "Ukrainian President Volodymyr Zelensky" */
        if (m.kind == SG_MENTION_SURNAME && last_named[m.actor] == SIZE_MAX)
            continue;
        if (m.kind == SG_MENTION_TITLE) {
            /* the holder named most recently before this sentence: in "Zelensky met the
             * president", the president is someone else */
            size_t best = SIZE_MAX, n = m.end - m.start;
            size_t limit = sentence_start(sentences, sentence_count, m.start);
            for (size_t a = 0; a < lexicon->actor_count; a++) {
                if (last_named[a] == SIZE_MAX || last_named[a] >= limit ||
                    (best != SIZE_MAX && last_named[a] <= last_named[best]))
                    continue;
                const struct sg_actor *actor = &lexicon->actors[a];
                for (size_t k = 0; k < actor->alias_count; k++)
                    if (is_title(actor->aliases[k]) && strlen(actor->aliases[k]) == n &&
                        strncasecmp(actor->aliases[k], text + m.start, n) == 0)
                        best = a;
            }
            if (best == SIZE_MAX)
                continue;
            m.actor = best;
        }
        last_named[m.actor] = m.start;
        found[kept++] = m;
    }
    return kept;
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
    size_t *last_named = malloc((lexicon->actor_count + 1) * sizeof *last_named);
    struct sg_sentence *sentences = NULL;
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    if (!list || !found || !taken || !last_named || sentence_count == (size_t)-1)
        goto fail;
    surfaces = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        const struct sg_actor *actor = &lexicon->actors[a];
        list[surfaces++] = (struct surface){actor->name, strlen(actor->name), a, SG_MENTION_NAME};
        for (size_t k = 0; k < actor->alias_count; k++)
            list[surfaces++] = (struct surface){actor->aliases[k], strlen(actor->aliases[k]), a,
                                                alias_kind(actor, actor->aliases[k])};
    }
    qsort(list, surfaces, sizeof *list, longer_first);
    for (size_t s = 0; s < surfaces; s++) {
        const struct surface *f = &list[s];
        if (f->length == 0)
            continue;
        /* titles match in any case ("The president", "the President") */
        int any_case = f->kind == SG_MENTION_TITLE;
        for (const char *hit = text;
             (hit = any_case ? strcasestr(hit, f->text) : strstr(hit, f->text)) != NULL; hit++) {
            size_t at = (size_t)(hit - text), end = at + f->length;
            if (sg_text_word_before(text, at) && sg_text_word_at(f->text, f->length, 0))
                continue;
            if (at > 0 && text[at - 1] == '-')
                continue; /* "pro-Ukraine": a modifier, not the actor */
            int possessive = (end + 1 < length && text[end] == '\'' && text[end + 1] == 's') ||
                             (end + 3 < length && strncmp(text + end, "\xE2\x80\x99s", 4) == 0);
            if (!possessive && sg_text_word_at(text, length, end) &&
                sg_text_word_before(f->text, f->length))
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
                if (!grown)
                    goto fail;
                found = grown;
            }
            found[count++] = (struct sg_mention){at, end, f->actor, f->kind, possessive};
        }
    }
    qsort(found, count, sizeof *found, by_position);
    count = resolve_mentions(text, lexicon, sentences, sentence_count, found, count, last_named);
    free(list);
    free(taken);
    free(last_named);
    free(sentences);
    *mentions = found;
    return count;
fail:
    if (sentence_count != (size_t)-1)
        free(sentences);
    free(list);
    free(found);
    free(taken);
    free(last_named);
    return (size_t)-1;
}

/* ---- cues and frames ---- */

static int word_at(const char *text, size_t length, size_t at, const char *word)
{
    size_t n = strlen(word);
    if (at + n > length || strncasecmp(text + at, word, n) != 0)
        return 0;
    return !sg_text_word_before(text, at) && !sg_text_word_at(text, length, at + n);
}

/* Nonzero when one of words ends just before position at (skipping one space). */
static int preceded_by(const char *text, size_t at, const char *const *words)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (at >= n + 1 && text[at - 1] == ' ' && strncasecmp(text + at - 1 - n, *words, n) == 0 &&
            !sg_text_word_before(text, at - 1 - n))
            return 1;
    }
    return 0;
}

/* Nonzero when one of words occurs as whole words in text[from, to). */
static int contains_word(const char *text, size_t from, size_t to, const char *const *words)
{
    for (size_t i = from; i < to; i++)
        for (const char *const *w = words; *w; w++)
            if (word_at(text, to, i, *w))
                return 1;
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

static const char *const subject_pronouns[] = {"he", "she", NULL};
static const char *const other_pronouns[] = {"he", "she", "they", "it", NULL};

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

/* Nonzero when text[from, to) is a space, or a determiner between spaces ("support the EU",
 * not "back to Kyiv"). */
static int object_follows(const char *text, size_t from, size_t to)
{
    static const char *const determiners[] = {" the ", " its ", " their ", " our ",
                                              " his ", " her ", NULL};
    if (to - from == 1 && text[from] == ' ')
        return 1;
    for (const char *const *d = determiners; *d; d++)
        if (strlen(*d) == to - from && strncasecmp(text + from, *d, to - from) == 0)
            return 1;
    return 0;
}

#define MAX_SUBJECTS 16

struct frame_context {
    const char *text;
    size_t length;
    const struct sg_model *lexicon;
    struct sg_model *out;
    size_t *index_of; /* lexicon actor -> out actor, or SIZE_MAX */
    int failed;
    long last_person; /* the last person named first in a sentence: what "he"/"she" means */
    size_t cue_start, cue_end;          /* the cue being framed, as byte offsets in text */
    const struct sg_sentence *evidence; /* the sentence being read */
    int in_quote;                       /* framing a cue inside a quotation */
    const struct sg_mention *speaker;   /* inside a quotation: who said it, when known */
    /* the sources of the ties found so far in this sentence: what "a move X criticized"
     * refers to */
    struct sg_mention subjects[MAX_SUBJECTS];
    size_t subject_count;
};

/* Adds a statement from source to target (mentions; a source with start SIZE_MAX was not
 * named in the sentence, as with a pronoun) cued by c's current cue. */
static void add_tie(struct frame_context *c, const struct sg_mention *source_mention,
                    const struct sg_mention *target_mention, const struct sg_cue *cue,
                    const char *rule, double confidence)
{
    size_t source = source_mention->actor, target = target_mention->actor;
    if (source == target || c->failed)
        return;
    struct sg_statement *s = sg_model_add_statement(c->out);
    if (!s) {
        c->failed = 1;
        return;
    }
    c->index_of[source] = 0; /* used; numbered when the model is finished */
    c->index_of[target] = 0;
    s->source = source;
    s->target = target;
    s->type = cue->type;
    s->weight = cue->weight;
    s->evidence = strndup(c->text + c->evidence->start, c->evidence->end - c->evidence->start);
    s->extras.items = calloc(4, sizeof *s->extras.items);
    if (!s->evidence || !s->extras.items) {
        c->failed = 1;
        return;
    }
    char number[32];
    snprintf(number, sizeof number, "%.2f", confidence);
    char *quoted_cue = malloc(cue->length + 3);
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
    if (!c->in_quote && source_mention->start != SIZE_MAX && c->subject_count < MAX_SUBJECTS)
        c->subjects[c->subject_count++] = *source_mention;
}

static const char *const negations[] = {"not", "never", "refused to", "declined to", "n't", NULL};
static const char *const passive_auxiliaries[] = {"was", "were", "been", "is", "are", "be", NULL};
static const char *const modals[] = {"would",       "could",     "might",  "may",
                                     "will",        "should",    "if",     "unless",
                                     "expected to", "likely to", "likely", NULL};
static const char *const event_nouns[] = {"a move",    "a step",  "a decision",
                                          "an action", "which",   "something",
                                          "a meeting", "a visit", NULL};

/* The first mention in [first, count) that lies in sentence, from position from on. */
static long first_after(const struct sg_mention *m, size_t count, const struct sg_sentence *s,
                        size_t from)
{
    for (size_t i = 0; i < count; i++)
        if (m[i].start >= from && m[i].start >= s->start && m[i].end <= s->end)
            return (long)i;
    return -1;
}

/* Extends a mention index backwards over the mentions coordinated with it ("A, B and C"). */
static size_t first_coordinated(const char *text, const struct sg_mention *m, size_t i,
                                const struct sg_sentence *s)
{
    while (i > 0 && m[i - 1].start >= s->start && joins_list(text, m[i - 1].end, m[i].start))
        i--;
    return i;
}

/* Extends a mention index forwards over a list ("A, B and C"). */
static size_t last_coordinated(const char *text, const struct sg_mention *m, size_t count, size_t i,
                               const struct sg_sentence *s)
{
    while (i + 1 < count && m[i + 1].end <= s->end && joins_list(text, m[i].end, m[i + 1].start))
        i++;
    return i;
}

/* One tie between each pair of neighbours of the coordinated mentions [first, last]. */
static void joint_ties(struct frame_context *c, const struct sg_mention *m, size_t first,
                       size_t last, const struct sg_cue *cue)
{
    for (size_t a = first; a < last; a++)
        add_tie(c, &m[a], &m[a + 1], cue, "joint talks", 0.6);
}

/* One cue being framed: where it lies, and the mentions around it within its sentence. */
struct cue_site {
    const struct sg_sentence *sentence;
    const struct sg_cue *cue;
    size_t cue_start, cue_end;
    const struct sg_mention *m; /* the mentions of the text (or quotation), by position */
    size_t count;
    long before;     /* the nearest mention before the cue, or -1 */
    long after;      /* the first mention after the cue, or -1 */
    double modality; /* 0.5 for conditionals and predictions, else 1 */
};

/* Finds the mentions before and after the cue, and the modality of its clause. */
static void locate(const struct frame_context *c, struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_mention *m = site->m;
    long before = -1;
    for (size_t i = 0; i < site->count && m[i].end <= site->cue_start; i++)
        if (m[i].start >= sentence->start)
            before = (long)i;
    site->before = before;
    site->after = first_after(m, site->count, sentence, site->cue_end);
    /* conditionals and predictions ("would criticize", "if Kyiv rejects") lower confidence */
    size_t clause = before >= 0 ? m[before].end : sentence->start;
    site->modality =
        contains_word(c->text, clause, site->cue_start, modals) ||
                (before >= 0 && contains_word(c->text, sentence->start, m[before].start, modals))
            ? 0.5
            : 1.0;
}

/* Passive: TARGET was criticized by SOURCE. */
static void frame_passive(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long before = site->before, after = site->after;
    size_t by = site->cue_end;
    while (by < site->sentence->end && c->text[by] == ' ')
        by++;
    /* the agent right after "by", or after a word or two ("by the Coastal ...") */
    if (before >= 0 && after >= 0 && word_at(c->text, c->length, by, "by") &&
        m[after].start <= by + 3 + 16 && !memchr(c->text + by, ',', m[after].start - by))
        add_tie(c, &m[after], &m[before], site->cue, "passive", 0.8 * site->modality);
}

/* "a visit to X by Y": Y visits X */
static void frame_visit(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    if (site->after < 0)
        return;
    size_t by = m[site->after].end;
    while (by < site->sentence->end && (c->text[by] == ' ' || c->text[by] == ','))
        by++;
    long visitor = first_after(m, site->count, site->sentence, by);
    if (visitor >= 0 && word_at(c->text, c->length, by, "by"))
        add_tie(c, &m[visitor], &m[site->after], site->cue, "visit by", 0.6 * site->modality);
}

/* "X ..., pointing to support for Y": the sentence's subject supports Y */
static void frame_subject(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long subject = first_after(m, site->count, site->sentence, site->sentence->start);
    if (subject >= 0 && m[subject].end <= site->cue_start && site->after >= 0)
        add_tie(c, &m[subject], &m[site->after], site->cue, "support for", 0.6 * site->modality);
}

/* "X drew criticism from A and B": A and B criticise X */
static void frame_reversed(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long before = site->before, after = site->after;
    if (before < 0 || after < 0 || clause_break(c->text, site->cue_end, m[after].start))
        return;
    size_t first = first_coordinated(c->text, m, (size_t)before, site->sentence);
    size_t last = last_coordinated(c->text, m, site->count, (size_t)after, site->sentence);
    for (size_t t = first; t <= (size_t)before; t++)
        for (size_t s = (size_t)after; s <= last; s++)
            add_tie(c, &m[s], &m[t], site->cue, "reversed", 0.7 * site->modality);
}

/* A target after the cue and no mention before it: the speaker of a quotation, or the person
 * a pronoun stands for, is the source. */
static void frame_unnamed_source(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_mention *m = site->m;
    size_t after = (size_t)site->after;
    if (c->speaker && !contains_word(c->text, sentence->start, site->cue_start, other_pronouns)) {
        /* “We will back Kyiv,” Halvorsen said: the speaker is the source */
        size_t last = site->cue->frame == SG_CUE_LIST
                          ? last_coordinated(c->text, m, site->count, after, sentence)
                          : after;
        for (size_t t = after; t <= last; t++)
            add_tie(c, c->speaker, &m[t], site->cue, "quotation", 0.6 * site->modality);
    } else if (!c->in_quote && c->last_person >= 0 &&
               contains_word(c->text, sentence->start, site->cue_start, subject_pronouns)) {
        /* "He raised concerns during a meeting with X": the last person named first */
        struct sg_mention pronoun = {SIZE_MAX, SIZE_MAX, (size_t)c->last_person, SG_MENTION_NAME,
                                     0};
        add_tie(c, &pronoun, &m[after], site->cue, "pronoun", 0.6 * site->modality);
    }
}

/* Sources before the cue, targets after it: the active voice, lists and events. */
static void frame_active(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_cue *cue = site->cue;
    const struct sg_mention *m = site->m;
    long before = site->before, after = site->after;
    size_t next = site->cue_end;
    while (next < sentence->end && c->text[next] == ' ')
        next++;
    int reason = word_at(c->text, c->length, next, "for");
    if (after >= 0 && !reason && cue->frame != SG_CUE_LIST &&
        clause_break(c->text, site->cue_end, m[after].start))
        after = -1; /* "endorsed the concept, and ... Waltz": the target is in another clause */
    if (after >= 0 && cue->adjacent && !object_follows(c->text, site->cue_end, m[after].start))
        return; /* "support" with no object right after is a noun */
    if (before >= 0 && preceded_by(c->text, m[before].start, event_nouns) &&
        (after < 0 || reason)) {
        /* "..., a move Zelensky criticized": the stance is on what the sentence's subjects
         * did */
        for (size_t k = 0; k < c->subject_count; k++)
            add_tie(c, &m[before], &c->subjects[k], cue, "event", 0.5 * site->modality);
        return;
    }
    if (reason)
        return; /* "criticized for excluding X": X is the reason, not the target */
    if (before < 0 && after >= 0) {
        frame_unnamed_source(c, site);
        return;
    }
    if (before < 0)
        return; /* a tie needs both a source and a target */
    /* sources: the nearest mention before the cue, and those coordinated with it */
    size_t first_source = first_coordinated(c->text, m, (size_t)before, sentence);
    if (after < 0) {
        /* "Norway and Iceland met in Tromsø": a negotiation between the subjects */
        if (cue->type == SG_STANCE_NEGOTIATION)
            joint_ties(c, m, first_source, (size_t)before, cue);
        return;
    }
    /* targets: the first mention after; a list for cues like "met with" */
    size_t last_target = cue->frame == SG_CUE_LIST
                             ? last_coordinated(c->text, m, site->count, (size_t)after, sentence)
                             : (size_t)after;
    double confidence = first_source < (size_t)before || last_target > (size_t)after ? 0.7 : 0.8;
    for (size_t s = first_source; s <= (size_t)before; s++)
        for (size_t t = (size_t)after; t <= last_target; t++)
            add_tie(c, &m[s], &m[t], cue,
                    first_source < (size_t)before ? "coordinated subjects" : "active",
                    confidence * site->modality);
}

/* Applies the frames around one cue of a sentence (or of a quotation, when c->speaker). */
static void frame(struct frame_context *c, const struct sg_sentence *sentence, size_t cue_start,
                  const struct sg_cue *cue, const struct sg_mention *m, size_t count)
{
    struct cue_site site = {sentence, cue, cue_start, cue_start + cue->length, m, count,
                            -1,       -1,  1.0};
    c->cue_start = site.cue_start;
    c->cue_end = site.cue_end;
    if (preceded_by(c->text, cue_start, negations))
        return; /* "did not back": no tie is proposed */
    locate(c, &site);
    if ((cue->frame == SG_CUE_ACTIVE || cue->frame == SG_CUE_LIST) &&
        preceded_by(c->text, cue_start, passive_auxiliaries)) {
        frame_passive(c, &site);
        return;
    }
    switch (cue->frame) {
    case SG_CUE_VISIT:
        frame_visit(c, &site);
        return;
    case SG_CUE_JOINT:
        /* "A and B are in talks", "A and B held talks": one tie between the two subjects */
        if (site.before >= 0)
            joint_ties(c, m, first_coordinated(c->text, m, (size_t)site.before, sentence),
                       (size_t)site.before, cue);
        return;
    case SG_CUE_SUBJECT:
        frame_subject(c, &site);
        return;
    case SG_CUE_REVERSED:
        frame_reversed(c, &site);
        return;
    case SG_CUE_ACTIVE:
    case SG_CUE_LIST:
    case SG_CUE_FRAME_COUNT:
        break;
    }
    frame_active(c, &site);
}

/* ---- quotations ---- */

#define MAX_QUOTES 8

struct quote {
    size_t start, end;  /* the words quoted, without the marks */
    size_t open, close; /* the marks: [open, start) and [end, close) */
    struct sg_mention speaker;
    int has_speaker;
};

static const char *const speech_verbs[] = {
    "said",     "says",      "told",   "tells",   "added",    "declared", "stated",
    "insisted", "wrote",     "argued", "noted",   "stressed", "warned",   "replied",
    "asked",    "explained", "posted", "tweeted", "remarked", NULL};

static int speech_verb_at(const char *text, size_t end, size_t at)
{
    for (const char *const *v = speech_verbs; *v; v++)
        if (word_at(text, end, at, *v))
            return (int)strlen(*v);
    return 0;
}

/* Finds the quotations of a sentence (“…” or "…"); returns their count. */
static size_t find_quotes(const char *text, const struct sg_sentence *s, struct quote *quotes)
{
    size_t count = 0;
    for (size_t i = s->start; i < s->end && count < MAX_QUOTES; i++) {
        size_t open_length = 0;
        const char *closing = NULL;
        if (strncmp(text + i, "\xE2\x80\x9C", 3) == 0) {
            open_length = 3;
            closing = "\xE2\x80\x9D";
        } else if (text[i] == '"') {
            open_length = 1;
            closing = "\"";
        } else {
            continue;
        }
        size_t j = i + open_length;
        size_t n = strlen(closing);
        while (j + n <= s->end && strncmp(text + j, closing, n) != 0)
            j++;
        if (j + n > s->end)
            break; /* not closed in this sentence */
        quotes[count++] = (struct quote){i + open_length, j, i, j + n, {0}, 0};
        i = j + n - 1;
    }
    return count;
}

/* Finds who is quoted: “…,” SPEAKER said / “…,” he said / “…,” said SPEAKER / SPEAKER said:
 * “…”. A pronoun means c->last_person. */
static void find_speaker(struct frame_context *c, const struct sg_sentence *s, struct quote *q,
                         const struct sg_mention *m, size_t count)
{
    const char *text = c->text;
    size_t p = q->close;
    while (p < s->end && (text[p] == ' ' || text[p] == ','))
        p++;
    long next = first_after(m, count, s, p);
    if (next >= 0 && m[next].start == p) {
        size_t v = m[next].end;
        while (v < s->end && text[v] == ' ')
            v++;
        if (speech_verb_at(text, s->end, v)) {
            q->speaker = m[next];
            q->has_speaker = 1;
            return;
        }
    }
    for (const char *const *pronoun = subject_pronouns; *pronoun; pronoun++)
        if (word_at(text, s->end, p, *pronoun) && c->last_person >= 0) {
            size_t v = p + strlen(*pronoun);
            while (v < s->end && text[v] == ' ')
                v++;
            if (speech_verb_at(text, s->end, v)) {
                q->speaker = (struct sg_mention){SIZE_MAX, SIZE_MAX, (size_t)c->last_person,
                                                 SG_MENTION_NAME, 0};
                q->has_speaker = 1;
                return;
            }
        }
    int verb = speech_verb_at(text, s->end, p);
    if (verb) {
        size_t after = p + (size_t)verb;
        while (after < s->end && text[after] == ' ')
            after++;
        if (next >= 0 && m[next].start == after) {
            q->speaker = m[next];
            q->has_speaker = 1;
            return;
        }
    }
    /* before the quotation: SPEAKER said: “…” (a speech verb after the speaker, close by) */
    size_t mark = q->open;
    while (mark > s->start &&
           (text[mark - 1] == ' ' || text[mark - 1] == ':' || text[mark - 1] == ','))
        mark--;
    long speaker = -1;
    for (size_t i = 0; i < count && m[i].end <= mark; i++)
        if (m[i].start >= s->start)
            speaker = (long)i;
    if (speaker >= 0 && mark - m[speaker].end <= 40)
        for (size_t v = m[speaker].end; v < mark; v++)
            if (speech_verb_at(text, mark, v)) {
                q->speaker = m[speaker];
                q->has_speaker = 1;
                return;
            }
}

/* Frames every cue of the sentence: a cue inside a quotation reads the quotation alone. */
static void frame_cues(struct frame_context *c, const struct sg_cues *cues,
                       const struct sg_sentence *sentence, const struct quote *quotes,
                       size_t quote_count, const struct sg_mention *mentions, size_t mention_count)
{
    for (size_t at = sentence->start; at < sentence->end && !c->failed;) {
        const struct sg_cue *cue = sg_cues_match(cues, c->text, sentence->end, at);
        if (!cue) {
            at++;
            continue;
        }
        const struct quote *inside = NULL;
        for (size_t q = 0; q < quote_count; q++)
            if (at >= quotes[q].start && at < quotes[q].end)
                inside = &quotes[q];
        if (inside && at + cue->length <= inside->end) {
            /* a cue inside a quotation reads the quotation alone, its speaker standing
             * in for a missing source */
            struct sg_sentence words = {inside->start, inside->end};
            c->in_quote = 1;
            c->speaker = inside->has_speaker ? &inside->speaker : NULL;
            frame(c, &words, at, cue, mentions, mention_count);
            c->in_quote = 0;
            c->speaker = NULL;
        } else if (!inside) {
            frame(c, sentence, at, cue, mentions, mention_count);
        }
        at += cue->length;
    }
}

/* The first person named in this sentence outside quotations (or the speaker of its
 * quotation) is who a later "he" or "she" means. */
static void note_last_person(struct frame_context *c, const struct sg_sentence *sentence,
                             const struct quote *quotes, size_t quote_count,
                             const struct sg_mention *mentions, size_t mention_count)
{
    for (size_t i = 0; i < mention_count; i++) {
        if (mentions[i].start < sentence->start || mentions[i].end > sentence->end)
            continue;
        int quoted = 0;
        for (size_t q = 0; q < quote_count; q++)
            quoted |= mentions[i].start >= quotes[q].start && mentions[i].end <= quotes[q].end;
        if (quoted)
            continue;
        if (c->lexicon->actors[mentions[i].actor].type == SG_ACTOR_PERSON)
            c->last_person = (long)mentions[i].actor;
        break;
    }
}

/* Reads one sentence: its quotations and their speakers, then its cues. */
static void read_sentence(struct frame_context *c, const struct sg_cues *cues,
                          const struct sg_sentence *sentence, const struct sg_mention *mentions,
                          size_t mention_count)
{
    struct quote quotes[MAX_QUOTES];
    size_t quote_count = find_quotes(c->text, sentence, quotes);
    for (size_t q = 0; q < quote_count; q++)
        find_speaker(c, sentence, &quotes[q], mentions, mention_count);
    c->subject_count = 0;
    c->evidence = sentence;
    frame_cues(c, cues, sentence, quotes, quote_count, mentions, mention_count);
    note_last_person(c, sentence, quotes, quote_count, mentions, mention_count);
}

/*
 * The actors that take part, in lexicon order; statements renumbered to them. With no tie,
 * the actors the text names; with no actor named either, every lexicon actor, so that the
 * snapshot stays valid (it needs an actor). Then the ties. Returns 0 or SG_ERR_NOMEM.
 */
static int finish_snapshot(struct frame_context *c, const struct sg_mention *mentions,
                           size_t mention_count)
{
    const struct sg_model *lexicon = c->lexicon;
    struct sg_model *out = c->out;
    int keep_all = out->statement_count == 0 && mention_count == 0;
    if (out->statement_count == 0)
        for (size_t i = 0; i < mention_count; i++)
            c->index_of[mentions[i].actor] = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        if (c->index_of[a] == (size_t)-1 && !keep_all)
            continue;
        c->index_of[a] = out->actor_count;
        if (sg_model_copy_actor(out, &lexicon->actors[a]) != SG_OK)
            return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < out->statement_count; i++) {
        out->statements[i].source = c->index_of[out->statements[i].source];
        out->statements[i].target = c->index_of[out->statements[i].target];
    }
    return sg_model_build_ties(out);
}

int sg_extract(const char *text, size_t length, const struct sg_model *lexicon,
               const struct sg_cues *cues, const char *id, const char *date, struct sg_model *out,
               size_t *named)
{
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    struct sg_cues builtin = {0};
    struct frame_context c = {
        .text = text, .length = length, .lexicon = lexicon, .out = out, .last_person = -1};
    int err = SG_ERR_NOMEM;
    if (!cues) {
        err = sg_cues_builtin(&builtin);
        if (err)
            return err;
        cues = &builtin;
        err = SG_ERR_NOMEM;
    }
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    size_t mention_count = sentence_count == (size_t)-1
                               ? (size_t)-1
                               : sg_extract_mentions(text, length, lexicon, &mentions);
    c.index_of = malloc((lexicon->actor_count + 1) * sizeof *c.index_of);
    if (sentence_count == (size_t)-1 || mention_count == (size_t)-1 || !c.index_of)
        goto out;
    if (named)
        *named = mention_count;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        c.index_of[a] = (size_t)-1;
    out->info.id = strdup(id);
    out->info.date = strdup(date);
    out->info.title = strdup("Proposed by stancegraph extract");
    if (!out->info.id || !out->info.date || !out->info.title)
        goto out;
    for (size_t s = 0; s < sentence_count && !c.failed; s++)
        read_sentence(&c, cues, &sentences[s], mentions, mention_count);
    if (!c.failed)
        err = finish_snapshot(&c, mentions, mention_count);
out:
    free(sentences);
    free(mentions);
    free(c.index_of);
    sg_cues_destroy(&builtin);
    return err;
}
