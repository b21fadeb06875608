/*
 * Proposing a stance snapshot from article text (docs/EXTRACT.md): sentences, actor mentions
 * from a lexicon (names and aliases, longest first), stance cues from a built-in lexicon, and
 * source-cue-target frames (active, passive, "X's meetings with A, B and C", coordination,
 * negation). A first version: reported speech and pronouns are not resolved yet.
 */
#ifndef SG_EXTRACT_H
#define SG_EXTRACT_H

#include "model.h"

#include <stddef.h>

/* One sentence: [start, end) byte offsets into the text. */
struct sg_sentence {
    size_t start, end;
};

/*
 * Splits text into sentences: at '.', '!' or '?' (and any closing quotes) followed by white
 * space, except after abbreviations ("Mr.", "U.S." and other single letters with dots), and
 * at blank lines and line ends. Returns the count; *sentences (freed by the caller) holds them.
 * Returns (size_t)-1 on out of memory.
 */
size_t sg_extract_sentences(const char *text, size_t length, struct sg_sentence **sentences);

/* A mention of a lexicon actor in the text. */
struct sg_mention {
    size_t start, end; /* byte offsets of the matched name (without a possessive 's) */
    size_t actor;      /* index in the lexicon */
    int bare;          /* matched by a person's bare surname (kept only once named in full) */
};

/*
 * Finds the mentions of the lexicon's actors in text: every name and alias, matched at word
 * boundaries, case-sensitive, longest first (an overlapping shorter match is dropped), with a
 * possessive "'s" or "’s" allowed after. Returns the count, sorted by position; *mentions freed
 * by the caller. Returns (size_t)-1 on out of memory.
 */
size_t sg_extract_mentions(const char *text, size_t length, const struct sg_model *lexicon,
                           struct sg_mention **mentions);

/*
 * Proposes a snapshot from text into out (initialised, empty): actors of the lexicon that take
 * part in a tie, in lexicon order (with no tie, those the text names; with none named, all);
 * one statement per frame found, with the sentence as evidence and "cue", "rule",
 * "confidence" and "offsets" (byte spans of source, cue and target) fields. id and date name
 * the snapshot. Returns 0 or SG_ERR_NOMEM.
 */
int sg_extract(const char *text, size_t length, const struct sg_model *lexicon, const char *id,
               const char *date, struct sg_model *out);

#endif
