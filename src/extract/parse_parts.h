/*
 * What the files of Link Grammar for extract (parse.h) share: the sentence as rewritten for the
 * parser, in pieces that map back to article bytes. parse.c holds the entry points, the Link
 * Grammar calls (it is the only file that includes Link Grammar), the choice of linkage and the
 * mapping of a linkage's words back to the article; parse_rewrite.c rewrites a sentence for the
 * parser: stand-ins for actor mentions, weekdays, asides, datelines and leavings-out;
 * parse_words.c the words the parser misreads, rewritten or parsed as stand-ins. Private to
 * those files.
 */
#ifndef SG_EXTRACT_PARSE_PARTS_H
#define SG_EXTRACT_PARSE_PARTS_H

#include "extract/parse.h"

#include <stddef.h>

/* A piece of the rewritten sentence: at parse offset `at`, standing for article bytes
 * [from, from + length); copied bytes map one to one, the others as a whole. */
struct piece {
    size_t at, from, length;
    int copied;
    long mention;
    int stand_in; /* a word parsed as another (stand_ins): read back as written */
};

/* A sentence as it is rewritten: the text for the parser and the pieces it is made of. */
struct rewrite {
    const char *source; /* the article */
    char *text;
    size_t length, capacity;
    struct piece *pieces;
    size_t count, room;
    int failed;
    int simpler;     /* the bolder rewriting of sg_parse_simpler */
    int simplified;  /* it left something more out */
    long nominative; /* the mention written "he" in place of its placeholder name, or -1 */
    int single_open; /* a curly single quotation mark is open */
};

/* ---- parse_rewrite.c: the sentence rewritten for the parser ---- */

/* Writes the sentence as the parser is to read it: each mention as its placeholder, titles
 * before a person left out, and the word rewrites and leavings-out, each piece mapped back to
 * the text. */
void sg_parse_rewrite_sentence(struct rewrite *r, const char *text, struct sg_sentence sentence,
                               const struct sg_mention *mentions, size_t mention_count,
                               const struct sg_model *lexicon);

/* Appends bytes[0, length) to the rewritten sentence as a piece standing for article bytes
 * [from, from + from_length), copied one to one or not, naming its mention (or -1). */
void sg_parse_append(struct rewrite *r, const char *bytes, size_t length, size_t from,
                     size_t from_length, int copied, long mention);

/* ---- parse_words.c: the words the parser misreads ---- */

/* The length of a plural noun that opens the sentence before a preposition ("Talks between A
 * and B resumed", "Protests against X spread"), which the parser reads as a verb in the
 * imperative; 0 when there is none. It is parsed as "The talks". */
size_t sg_parse_plural_opening(const char *text, size_t i, struct sg_sentence sentence);

/* The rewrites of a word at i that the parser reads better in another form: a feeling
 * adjective given its "that", stand-ins (read back as written), "again-" prefixes. Appends the
 * new form and returns the bytes it stands for, or 0. */
size_t sg_parse_rewrite_word(struct rewrite *r, const char *text, size_t i,
                             struct sg_sentence sentence, const struct sg_mention *next);

#endif
