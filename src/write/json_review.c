/*
 * The data of the review page (render/review.h) as JSON: the proposed snapshot as it is, and the
 * article cut into sentences, each a list of pieces [text, actor] (actor: the index of the
 * actor a mention names, -1 for plain text) with whether a paragraph starts there, and for each
 * proposed relation the sentence it was read from (its evidence), -1 when no sentence is it;
 * and the names of the fields only extract writes, which the page drops from an edited one.
 */
#include "write/json.h"

#include "base/diag.h"
#include "extract/mentions.h"
#include "write/json_build.h"

#include <stdlib.h>
#include <string.h>

static void add_piece(struct sg_json_builder *w, cJSON *pieces, const char *text, size_t n,
                      long actor)
{
    if (n == 0)
        return;
    char *copy = strndup(text, n);
    cJSON *piece = sg_json_check(w, cJSON_CreateArray());
    sg_json_append(w, piece, copy ? cJSON_CreateString(copy) : NULL);
    sg_json_append(w, piece, sg_json_number(w, (double)actor));
    sg_json_append(w, pieces, piece);
    free(copy);
}

/* One sentence [start, end) with the mentions inside it; *m: the first mention not yet used. */
static cJSON *sentence_object(struct sg_json_builder *w, const char *text, struct sg_sentence s,
                              int paragraph, const struct sg_mention *mentions, size_t count,
                              size_t *m)
{
    cJSON *object = sg_json_check(w, cJSON_CreateObject());
    cJSON *pieces = sg_json_check(w, cJSON_CreateArray());
    size_t at = s.start;
    for (; *m < count && mentions[*m].start < s.end; (*m)++) {
        const struct sg_mention *mention = &mentions[*m];
        if (mention->start < at || mention->end > s.end)
            continue;
        add_piece(w, pieces, text + at, mention->start - at, -1);
        add_piece(w, pieces, text + mention->start, mention->end - mention->start,
                  (long)mention->actor);
        at = mention->end;
    }
    add_piece(w, pieces, text + at, s.end - at, -1);
    sg_json_add(w, object, "paragraph", sg_json_check(w, cJSON_CreateBool(paragraph)));
    sg_json_add(w, object, "pieces", pieces);
    return object;
}

/* The sentence whose text is the evidence, or which holds it; -1 when none does. */
static long sentence_of(const char *text, const struct sg_sentence *sentences, size_t count,
                        const char *evidence)
{
    if (!evidence || !evidence[0])
        return -1;
    size_t n = strlen(evidence);
    for (size_t i = 0; i < count; i++)
        if (sentences[i].end - sentences[i].start == n &&
            memcmp(text + sentences[i].start, evidence, n) == 0)
            return (long)i;
    const char *hit = strstr(text, evidence);
    for (size_t i = 0; hit && i < count; i++)
        if ((size_t)(hit - text) >= sentences[i].start && (size_t)(hit - text) < sentences[i].end)
            return (long)i;
    return -1;
}

/* Nonzero when a blank line or a line break stands between the sentences. */
static int paragraph_between(const char *text, size_t from, size_t to)
{
    return from == 0 || memchr(text + from, '\n', to - from) != NULL;
}

int sg_write_review_json(const struct sg_model *proposed, const char *text, size_t length,
                         char **json)
{
    struct sg_json_builder w = {0};
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    size_t count = sg_extract_sentences(text, length, &sentences);
    size_t mention_count =
        count == (size_t)-1 ? (size_t)-1 : sg_extract_mentions(text, length, proposed, &mentions);
    if (count == (size_t)-1 || mention_count == (size_t)-1) {
        free(sentences);
        return SG_ERR_NOMEM;
    }
    cJSON *root = sg_json_check(&w, cJSON_CreateObject());
    sg_json_add(&w, root, "snapshot", sg_json_snapshot(&w, proposed));
    cJSON *list = sg_json_check(&w, cJSON_CreateArray());
    for (size_t i = 0, m = 0, previous = 0; list && i < count; previous = sentences[i++].end)
        sg_json_append(&w, list,
                       sentence_object(&w, text, sentences[i],
                                       paragraph_between(text, previous, sentences[i].start),
                                       mentions, mention_count, &m));
    sg_json_add(&w, root, "sentences", list);
    cJSON *placed = sg_json_check(&w, cJSON_CreateArray());
    for (size_t i = 0; placed && i < proposed->statement_count; i++)
        sg_json_append(&w, placed,
                       sg_json_number(&w, (double)sentence_of(text, sentences, count,
                                                              proposed->statements[i].evidence)));
    sg_json_add(&w, root, "placed", placed);
    cJSON *fields = sg_json_check(&w, cJSON_CreateArray());
    for (const char *const *f = sg_provenance_fields; fields && *f; f++)
        sg_json_append(&w, fields, cJSON_CreateString(*f));
    sg_json_add(&w, root, "provenance", fields);
    free(sentences);
    free(mentions);
    return sg_json_finish_compact(&w, root, json);
}
