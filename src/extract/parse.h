/*
 * Syntax for extract (docs/EXTRACT.md, "How a sentence is read"): one sentence at a time through
 * CMU Link Grammar. Each actor mention is replaced by a placeholder proper noun, typographic dashes
 * become ASCII and double quotation marks are left out before parsing; the parser's words are
 * mapped back to byte spans of the article and to the mentions they stand for. A sentence that is
 * too long, or that has no linkage within the time budget, gets no parse: extract then reads it
 * with its surface frames.
 */
#ifndef SG_EXTRACT_PARSE_H
#define SG_EXTRACT_PARSE_H

#include "extract/mentions.h"

#include <stddef.h>

/*
 * Limits. Longer sentences are not parsed. The second pass allows one unlinked word: two cost up
 * to ten times more on word salad (1.3 s for 80 words). So the work is bounded by the words, not
 * by a clock, and the output does not depend on the machine's speed below the time limits, which
 * are guards far above any sentence of the tests (the slowest: 0.9 s): a sentence that reaches
 * its limit, and the sentences after an article's limit (in CPU time), are read by the surface
 * frames alone, with a warning. Only then can the output depend on the machine. Link Grammar's
 * own allocations are not checked: out of memory inside it reads as "no parse".
 */
#define SG_PARSE_MAX_WORDS       60
#define SG_PARSE_MAX_LINKAGES    6
#define SG_PARSE_MAX_NULLS       1
#define SG_PARSE_SHORT_WORDS     40 /* a third pass allows two unlinked words up to this length */
#define SG_PARSE_SHORT_NULLS     2
#define SG_PARSE_SECONDS         20
#define SG_PARSE_ARTICLE_SECONDS 120

/* A parse that is not there: too long, or no linkage; or the time limit was reached. */
#define SG_PARSE_NONE    1
#define SG_PARSE_TIMEOUT 2

/* A word of a linkage. The walls the parser adds have start == end == the sentence start. */
struct sg_parse_word {
    size_t start, end; /* byte span in the article */
    char *word;        /* lowercase text as parsed ("criticised", "'s"; placeholders: "") */
    char pos;          /* 'v' verb, 'g' gerund or participle, 'n' noun, 'a' adjective, 'j'
                          conjunction, 'p' preposition, 0 other: from the parser's subscript */
    long mention;      /* the index of the mention it stands for, or -1 */
    int capital;       /* written with a capital in the article ("Foreign Minister") */
};

/* A link: left and right word indexes and the parser's label ("Ss*s", "Os", "MVp"). */
struct sg_parse_link {
    size_t left, right;
    char label[16];
};

struct sg_linkage {
    struct sg_parse_link *links;
    size_t link_count;
};

/* A parsed sentence: its words, and up to SG_PARSE_MAX_LINKAGES linkages, best first. */
struct sg_parse {
    struct sg_parse_word *words;
    size_t word_count;
    struct sg_linkage linkages[SG_PARSE_MAX_LINKAGES];
    size_t linkage_count;
    int null_count; /* words left unlinked (a second pass allows them) */
};

struct sg_parser;

/* A parser for one thread. The English dictionary is loaded on the first call in the process
 * (about 0.2 s) and shared. Returns 0, SG_ERR_NOMEM, or SG_ERR_LIBRARY (reported) when the
 * dictionary is missing (link-grammar-dictionaries-en). */
int sg_parser_open(struct sg_parser **parser);
void sg_parser_close(struct sg_parser *parser);

/*
 * Parses text[sentence.start, sentence.end) with the mentions in it (sorted, all of mentions
 * may be passed) of lexicon's actors. Returns 0, SG_PARSE_NONE or SG_PARSE_TIMEOUT (out is
 * then empty), or SG_ERR_NOMEM. Free out with sg_parse_destroy in any case.
 */
int sg_parse_sentence(struct sg_parser *parser, const char *text, struct sg_sentence sentence,
                      const struct sg_mention *mentions, size_t mention_count,
                      const struct sg_model *lexicon, struct sg_parse *out);

/*
 * Parses the sentence again, rewritten more boldly, for when its first parse gave no statement:
 * a time after any mention is left out too ("South Sudan's rebel chief on Monday accused",
 * where sg_parse_sentence keeps it after a lowercase word). Returns as sg_parse_sentence does,
 * and SG_PARSE_NONE when the bolder rewriting leaves nothing more out (nothing is parsed).
 */
int sg_parse_simpler(struct sg_parser *parser, const char *text, struct sg_sentence sentence,
                     const struct sg_mention *mentions, size_t mention_count,
                     const struct sg_model *lexicon, struct sg_parse *out);

void sg_parse_destroy(struct sg_parse *parse);

#endif
