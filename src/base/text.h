/*
 * Text checks shared by the loaders: UTF-8 validity, identifier and date syntax, and the edit
 * distance used to suggest the actor id a user probably meant.
 */
#ifndef SG_BASE_TEXT_H
#define SG_BASE_TEXT_H

#include <stddef.h>

/*
 * Returns the byte offset of the first byte that does not start or continue a well-formed UTF-8
 * sequence (overlong forms, surrogates and code points above U+10FFFF are ill-formed), or -1 when
 * all length bytes are valid.
 */
long sg_text_utf8_invalid_offset(const char *bytes, size_t length);

/* Counts the 1-based line and column (in UTF-8 characters) of offset within bytes. */
void sg_text_line_column(const char *bytes, size_t offset, unsigned long *line,
                         unsigned long *column);

/* The id a file name gives: its base name without the last extension, each character an id
 * cannot hold made '-', cut to 64 characters; fallback when that is no valid id or path is "-"
 * (standard input). */
void sg_text_id_from_path(const char *path, const char *fallback, char *id, size_t size);

/* Nonzero when id is 1-64 characters of [A-Za-z0-9._-] and neither "." nor "..". */
int sg_text_is_valid_id(const char *id);

/* Nonzero when date is an existing calendar date written YYYY-MM-DD. */
int sg_text_is_valid_date(const char *date);

/* Levenshtein distance between a and b (bytes), capped at limit + 1 for speed. */
size_t sg_text_edit_distance(const char *a, const char *b, size_t limit);

/*
 * Word boundaries in UTF-8 text: nonzero when the character ending just before offset at
 * (sg_text_word_before) or starting at offset at (sg_text_word_at) is part of a word: an ASCII
 * letter or digit, or a non-ASCII character other than Latin-1 punctuation (U+0080-U+00BF:
 * no-break space, guillemets) and general punctuation (U+2000-U+206F: curly quotes, dashes,
 * ellipsis).
 */
int sg_text_word_before(const char *text, size_t at);
int sg_text_word_at(const char *text, size_t length, size_t at);

/* Nonzero when the n bytes at word are, in any ASCII case, one of the words of list
 * (NULL-terminated): "President" is in {"president", ...}. */
int sg_text_word_listed(const char *word, size_t n, const char *const *list);

#endif
