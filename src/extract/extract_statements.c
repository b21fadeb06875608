/*
 * The statements stance extraction proposes (extract_parts.h), from the surface frames, the
 * parse and the names joined by a hyphen: each tie once per sentence however many cues say it,
 * none against a pair the parse read otherwise or a cue it read with other sources, and on a
 * second look only from the owners of the parse's subject, at half the confidence; each with its
 * evidence sentence and the fields it carries besides the snapshot's (the cue as written, its
 * lemma, the rule, the confidence, the offsets). A surface frame's tie is trusted less than the
 * parse's (SURFACE_TRUST).
 */
#include "extract/extract_parts.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether the sentence already has this tie: a sentence states it once, however many cues say
 * it ("condemned ... and accused ..."). */
static int stated_in_sentence(const struct frame_context *c, size_t source, size_t target,
                              enum sg_stance type)
{
    for (size_t i = c->sentence_first; i < c->out->statement_count; i++) {
        const struct sg_statement *s = &c->out->statements[i];
        int pair = (s->source == source && s->target == target) ||
                   (s->source == target && s->target == source);
        if (c->after_parse && pair && i < c->parsed_end && s->type != type)
            return 1; /* the parse read this pair otherwise */
        if (s->type == type &&
            ((s->source == source && s->target == target) ||
             (type == SG_STANCE_NEGOTIATION && s->source == target && s->target == source)))
            return 1;
    }
    return 0;
}

/* Whether the parse read the cue being framed with other sources: a surface frame may add
 * targets to a cue's parsed source ("met with A, B and C"), not give it another source. */
static int parse_disagrees(const struct frame_context *c, size_t source)
{
    int read = 0;
    for (size_t i = 0; i < c->parsed_count; i++)
        if (c->parsed[i].cue_start == c->cue_start) {
            read = 1;
            if ((size_t)c->parsed[i].source.actor == source)
                return 0;
        }
    return read;
}

/* bytes as a JSON string, quoted and escaped; NULL on out of memory. */
static char *json_string(const char *bytes, size_t length)
{
    char *out = malloc(2 * length + 3), *o = out;
    if (!out)
        return NULL;
    *o++ = '"';
    for (size_t i = 0; i < length; i++) {
        unsigned char b = (unsigned char)bytes[i];
        if (b == '"' || b == '\\')
            *o++ = '\\';
        *o++ = b < 0x20 ? ' ' : (char)b;
    }
    *o++ = '"';
    *o = '\0';
    return out;
}

/* The fields a proposed statement carries besides the snapshot's: the cue as written, its
 * lemma, the rule, the confidence and the offsets. */
static void add_extras(struct frame_context *c, struct sg_statement *s, const struct sg_cue *cue,
                       const char *rule, double confidence, const struct sg_mention *source,
                       const struct sg_mention *target)
{
    enum { EXTRAS = 5 };
    s->extras.items = calloc(EXTRAS, sizeof *s->extras.items);
    if (!s->extras.items) {
        c->failed = 1;
        return;
    }
    char number[32], source_span[64] = "null", target_span[64] = "null", offsets[256];
    /* two decimals, written as cJSON writes the number back ("0.8", not "0.80"), so that a
     * snapshot read and written again, or merged, keeps its bytes */
    snprintf(number, sizeof number, "%.15g", round(confidence * 100) / 100);
    if (source->start != SIZE_MAX)
        snprintf(source_span, sizeof source_span, "[%zu,%zu]", source->start, source->end);
    if (target->start != SIZE_MAX)
        snprintf(target_span, sizeof target_span, "[%zu,%zu]", target->start, target->end);
    snprintf(offsets, sizeof offsets, "{\"source\":%s,\"cue\":[%zu,%zu],\"target\":%s}",
             source_span, c->cue_start, c->cue_end, target_span);
    const char *keys[EXTRAS] = {"cue", "lemma", "rule", "confidence", "offsets"};
    char *values[EXTRAS] = {json_string(c->text + c->cue_start, c->cue_end - c->cue_start),
                            json_string(cue->words, strlen(cue->words)),
                            json_string(rule, strlen(rule)), strdup(number), strdup(offsets)};
    for (int k = 0; k < EXTRAS; k++) {
        s->extras.items[k].key = strdup(keys[k]);
        s->extras.items[k].json = values[k];
        if (!s->extras.items[k].key || !values[k])
            c->failed = 1;
    }
    s->extras.count = EXTRAS;
}

/* Adds a statement of type from source to target (mentions; start SIZE_MAX: not named in the
 * sentence, as with a pronoun) cued by cue at c's current cue offsets, once per tie and
 * sentence. */
void sg_extract_add_typed_tie(struct frame_context *c, const struct sg_mention *source_mention,
                              const struct sg_mention *target_mention, const struct sg_cue *cue,
                              enum sg_stance type, const char *rule, double confidence)
{
    size_t source = source_mention->actor, target = target_mention->actor;
    if (source == target || c->failed || confidence <= 0 ||
        stated_in_sentence(c, source, target, type) ||
        (c->after_parse && parse_disagrees(c, source)))
        return;
    char second[64];
    int owner = 0;
    for (size_t i = 0; c->second_look && i < c->owner_count; i++)
        owner |= c->owners[i] == source;
    if (c->second_look && !owner)
        return; /* a second look's source owns the parse's subject */
    struct sg_statement *s = sg_model_add_statement(c->out);
    if (!s) {
        c->failed = 1;
        return;
    }
    if (c->second_look) { /* "active" → "active, second look" */
        snprintf(second, sizeof second, "%s, second look", rule);
        rule = second;
        confidence *= 0.5;
    }
    c->index_of[source] = 0; /* used; numbered when the model is finished */
    c->index_of[target] = 0;
    s->source = source;
    s->target = target;
    s->type = type;
    s->weight = cue->weight;
    s->evidence = strndup(c->text + c->evidence->start, c->evidence->end - c->evidence->start);
    if (!s->evidence) {
        c->failed = 1;
        return;
    }
    add_extras(c, s, cue, rule, confidence, source_mention, target_mention);
    if (c->out->statement_count - 1 - c->sentence_first < MAX_CUES)
        c->cues_of[c->out->statement_count - 1 - c->sentence_first] = c->cue_start;
    if (!c->in_quote && source_mention->start != SIZE_MAX && c->subject_count < MAX_SUBJECTS)
        c->subjects[c->subject_count++] = *source_mention;
}

/* How far a surface frame is trusted beside a parse reading of the same strength: on the dev
 * articles, ties read by word position were right about three times in four (the active frame
 * about one in two), those read from a parse about nine in ten (docs/EXTRACT.md,
 * "Confidence"). */
#define SURFACE_TRUST 0.75

/* sg_extract_add_typed_tie with the cue's own type, for a surface frame: its confidence ×
 * SURFACE_TRUST. None for a cue whose source is its object ("X's move angered Y": Y against
 * X), which word order reads backwards and whose names next to it are often no party ("the
 * expulsion of the Russian diplomats angered Dodon"): the parse alone reads it. */
void sg_extract_add_tie(struct frame_context *c, const struct sg_mention *source_mention,
                        const struct sg_mention *target_mention, const struct sg_cue *cue,
                        const char *rule, double confidence)
{
    if (cue->source_count > 0 && cue->source[0].kind == SG_ROLE_OBJECT)
        return;
    sg_extract_add_typed_tie(c, source_mention, target_mention, cue, cue->type, rule,
                             confidence * SURFACE_TRUST);
}
