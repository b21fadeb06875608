/*
 * Base forms for extract's cue lexicon (docs/EXTRACT.md, "Cue files"): WordNet's morphology
 * turns "criticised" into "criticise", "met" into "meet" and "talks" into "talk", so that a
 * cue file lists lemmas, not every form.
 */
#ifndef SG_EXTRACT_LEMMA_H
#define SG_EXTRACT_LEMMA_H

#include <stddef.h>

/* Loads WordNet's exception lists once for the process. Returns 0, or SG_ERR_LIBRARY when its
 * data (Debian's wordnet-base) cannot be read. Safe to call from any thread, any number of
 * times. */
int sg_lemma_init(void);

/*
 * Writes the base form of word (lowercase ASCII) as part of speech pos ('v' verb, 'n' noun,
 * 'a' adjective) into out (size bytes): WordNet's first base form, or the word itself when
 * WordNet has none (it is a base form already, or unknown); a word with the prefix "re-"
 * before a word WordNet knows ("re-approval", "re-negotiated") has that word's base form.
 * Returns 0, or -1 when it does not fit. Call sg_lemma_init first.
 */
int sg_lemma(const char *word, char pos, char *out, size_t size);

/* Nonzero when WordNet knows word (lowercase ASCII) as part of speech pos ('v', 'n', 'a'), as a
 * base form or an inflection. Call sg_lemma_init first. */
int sg_lemma_is(const char *word, char pos);

/* Nonzero when WordNet knows word (lowercase ASCII) in some part of speech, as a base form or an
 * inflection ("protests", "rejecting"). WordNet holds some names too ("lynch", "paris"). Call
 * sg_lemma_init first. */
int sg_lemma_is_word(const char *word);

/* Nonzero when WordNet's first sense of word (lowercase ASCII, a noun's base form) is a person
 * ("businessman", "singer", "bishop"; not "company"). Call sg_lemma_init first. */
int sg_lemma_is_person(const char *word);

/* Nonzero when WordNet's first sense of word (lowercase ASCII, a noun's base form) is a group
 * of people ("labour", the working class; "company"; not "trump"). Call sg_lemma_init first. */
int sg_lemma_is_group(const char *word);

#endif
