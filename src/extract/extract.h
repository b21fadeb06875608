/*
 * Proposing a stance snapshot from article text (docs/EXTRACT.md): sentences, actor mentions
 * from a lexicon (names, aliases, surnames and titles once the actor is named), stance cues
 * from a cue lexicon (cues.h), and source-cue-target frames (active, passive, lists,
 * coordination, joint talks, reversed noun frames, negation, modality, pronouns, quotations).
 */
#ifndef SG_EXTRACT_EXTRACT_H
#define SG_EXTRACT_EXTRACT_H

#include "extract/cues.h"
#include "extract/mentions.h"
#include "model/model.h"

#include <stddef.h>

/*
 * Proposes a snapshot from text into out (initialised, empty): actors of the lexicon that take
 * part in a tie, in lexicon order (with no tie, those the text names; with none named, all);
 * one statement per frame found, with the sentence as evidence and "cue", "rule",
 * "confidence" and "offsets" (byte spans of source, cue and target) fields. cues is the cue
 * lexicon (NULL: the built-in one). id and date name the snapshot. *named, when not NULL,
 * receives the number of actor mentions found. text[length] must be '\0' (the readers and
 * the fuzz harness make it so): the rules compare words past a sentence's end and stop there.
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_extract(const char *text, size_t length, const struct sg_model *lexicon,
               const struct sg_cues *cues, const char *id, const char *date, struct sg_model *out,
               size_t *named);

#endif
