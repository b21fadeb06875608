/*
 * Words of a text for actor discovery (discover.h): each word's bytes, whether it is
 * capitalised, all capitals ("UAW", "U.S."), possessive ("Brazil's"), first in its sentence,
 * and whether punctuation separates it from the word before. Abbreviations keep their period
 * ("Mr.", "Gov."); a possessive's "'s" is left out of the word.
 */
#ifndef SG_EXTRACT_TOKENS_H
#define SG_EXTRACT_TOKENS_H

#include <stddef.h>

enum {
    SG_TOKEN_CAPITAL = 1,    /* starts with a capital letter */
    SG_TOKEN_ACRONYM = 2,    /* two or more letters, all capitals ("RMT", "U.S.") */
    SG_TOKEN_POSSESSIVE = 4, /* followed by 's or ’s */
    SG_TOKEN_INITIAL = 8,    /* first word of its sentence or of a quotation */
    SG_TOKEN_GAP = 16,       /* punctuation stands between it and the word before */
};

struct sg_token {
    size_t start, end;
    unsigned flags;
};

/*
 * Splits text into words, in order. Returns their count and sets *tokens (free() it), or
 * (size_t)-1 on out of memory.
 */
size_t sg_tokens_split(const char *text, size_t length, struct sg_token **tokens);

/* Nonzero when the token's text, in any case, is word. */
int sg_token_is(const char *text, const struct sg_token *token, const char *word);

/* Nonzero when the token's text, in any case, is one of the NULL-terminated words. */
int sg_token_in(const char *text, const struct sg_token *token, const char *const *words);

#endif
