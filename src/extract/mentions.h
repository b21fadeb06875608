/*
 * What extract reads before any cue (docs/EXTRACT.md, "Sentences" and "Lexicon"): the
 * sentences of an article and the mentions of the lexicon's actors in it.
 */
#ifndef SG_EXTRACT_MENTIONS_H
#define SG_EXTRACT_MENTIONS_H

#include "model/model.h"

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

enum sg_mention_kind {
    SG_MENTION_NAME,    /* the name or an alias */
    SG_MENTION_SURNAME, /* a person's bare surname: kept only once the person is named */
    SG_MENTION_TITLE,   /* a title alias ("the president"): the title-holder named last */
};

/* A mention of a lexicon actor in the text. */
struct sg_mention {
    size_t start, end; /* byte offsets of the matched name (without a possessive 's) */
    size_t actor;      /* index in the lexicon */
    enum sg_mention_kind kind;
    int possessive; /* followed by 's */
};

/*
 * Finds the mentions of the lexicon's actors in text: every name and alias, matched at word
 * boundaries, case-sensitive (titles in any case), longest first (an overlapping shorter match
 * is dropped), with a possessive "'s" or "’s" allowed after. A bare surname counts once its
 * person has been named otherwise; a title means the actor holding it who was named last; a
 * mention followed by capitalised title words and a person's name only modifies it and is
 * dropped. Returns the count, sorted by position; *mentions freed by the caller. Returns
 * (size_t)-1 on out of memory.
 */
size_t sg_extract_mentions(const char *text, size_t length, const struct sg_model *lexicon,
                           struct sg_mention **mentions);

#endif
