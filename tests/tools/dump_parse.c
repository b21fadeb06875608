/*
 * A developer's view of how extract parses a sentence: for each sentence of ARTICLE that names
 * an actor of LEXICON (and holds TEXT, when given), the parser's words (index, part of speech,
 * the mention each stands for) and every linkage's links, best first. For writing and checking
 * the role rules of src/extract/roles.c and syntax.c (docs/EXTRACT.md), not used by the suite.
 * Usage: dump_parse LEXICON ARTICLE.txt [TEXT]
 * Built by `cmake --build BUILD --target dump_parse` (not part of `all`).
 */
#include "base/infile.h"
#include "extract/mentions.h"
#include "extract/parse.h"
#include "load/input.h"
#include "model/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether the sentence names an actor and, when want is given, holds it. */
static int wanted(const char *text, struct sg_sentence s, const struct sg_mention *mentions,
                  size_t count, const char *want)
{
    int named = 0;
    for (size_t i = 0; i < count && !named; i++)
        named = mentions[i].start >= s.start && mentions[i].end <= s.end;
    if (!named || !want)
        return named;
    size_t n = strlen(want);
    for (size_t i = s.start; i + n <= s.end; i++)
        if (memcmp(text + i, want, n) == 0)
            return 1;
    return 0;
}

/* Prints a parse: the sentence, its words (a mention's word with the actor it stands for) and
 * each linkage's links. */
static void print_parse(const char *text, struct sg_sentence s, const struct sg_parse *p,
                        const struct sg_mention *mentions, const struct sg_model *lexicon)
{
    printf("== %.*s\n", (int)(s.end - s.start), text + s.start);
    printf("words %zu, linkages %zu, unlinked %d\n", p->word_count, p->linkage_count,
           p->null_count);
    for (size_t w = 0; w < p->word_count; w++)
        printf("  %2zu %-16s %c mention %ld%s%s\n", w,
               p->words[w].word[0] ? p->words[w].word : "[actor]",
               p->words[w].pos ? p->words[w].pos : '-', p->words[w].mention,
               p->words[w].mention >= 0 ? " " : "",
               p->words[w].mention >= 0 ? lexicon->actors[mentions[p->words[w].mention].actor].id
                                        : "");
    for (size_t k = 0; k < p->linkage_count; k++) {
        printf(" linkage %zu:", k);
        for (size_t i = 0; i < p->linkages[k].link_count; i++) {
            const struct sg_parse_link *l = &p->linkages[k].links[i];
            printf(" %zu-%s-%zu", l->left, l->label, l->right);
        }
        printf("\n");
    }
}

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: dump_parse LEXICON ARTICLE.txt [TEXT]\n");
        return 2;
    }
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    char *text = NULL;
    size_t length = 0;
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    struct sg_parser *parser = NULL;
    int err = sg_load_actors(argv[1], SG_INPUT_JSON, &lexicon);
    if (!err)
        err = sg_infile_read(argv[2], &text, &length);
    if (!err)
        err = sg_parser_open(&parser);
    size_t sentence_count = err ? 0 : sg_extract_sentences(text, length, &sentences);
    size_t mention_count = err ? 0 : sg_extract_mentions(text, length, &lexicon, &mentions);
    if (sentence_count == (size_t)-1 || mention_count == (size_t)-1)
        err = 1;
    for (size_t s = 0; s < sentence_count && !err; s++) {
        if (!wanted(text, sentences[s], mentions, mention_count, argc == 4 ? argv[3] : NULL))
            continue;
        struct sg_parse parse;
        int status = sg_parse_sentence(parser, text, sentences[s], mentions, mention_count,
                                       &lexicon, &parse);
        if (status == 0)
            print_parse(text, sentences[s], &parse, mentions, &lexicon);
        else
            printf("== (no parse, status %d)\n", status);
        sg_parse_destroy(&parse);
    }
    sg_parser_close(parser);
    free(mentions);
    free(sentences);
    free(text);
    sg_model_destroy(&lexicon);
    if (err)
        fprintf(stderr, "dump_parse: failed (error %d)\n", err);
    return err ? 1 : 0;
}
