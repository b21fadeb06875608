/*
 * Per-sentence speed of the Link Grammar parse behind `stancegraph extract` (issue 13: median
 * at most 30 ms a sentence). For each LEXICON.json ARTICLE.txt pair it loads the lexicon, splits
 * the article into sentences, finds the actor mentions, and times sg_parse_sentence on every
 * sentence that names an actor, with one parser opened once for the whole run; the opening (the
 * English dictionary's load) is timed apart. extract itself parses fewer sentences (only those
 * with a possible cue as well), so these figures are an upper bound on its parsing work.
 * Prints, with --verbose, one line per sentence (article, byte offset, words, result, ms), and
 * always the count, minimum, median, 95th percentile and maximum in ms.
 * Usage: bench_parse_speed [--verbose] LEXICON.json ARTICLE.txt [LEXICON.json ARTICLE.txt ...]
 * Built by `cmake --build BUILD --target bench_parse_speed` (not part of `all`).
 */
#include "base/diag.h"
#include "base/infile.h"
#include "extract/mentions.h"
#include "extract/parse.h"
#include "load/input.h"
#include "model/model.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double milliseconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec * 1e3 + (double)now.tv_nsec / 1e6;
}

/* The times of every parsed sentence, in the order they ran. */
struct timings {
    double *ms;
    size_t count, room;
    size_t results[4]; /* parsed, no parse, time limit, out of memory */
};

static int timings_add(struct timings *t, double ms)
{
    if (t->count == t->room) {
        size_t room = 2 * t->room + 64;
        double *grown = realloc(t->ms, room * sizeof *grown);
        if (!grown)
            return SG_ERR_NOMEM;
        t->ms = grown;
        t->room = room;
    }
    t->ms[t->count++] = ms;
    return 0;
}

static size_t word_count(const char *text, struct sg_sentence sentence)
{
    size_t words = 0;
    int inside = 0;
    for (size_t i = sentence.start; i < sentence.end; i++) {
        int space = isspace((unsigned char)text[i]);
        words += !space && !inside;
        inside = !space;
    }
    return words;
}

static int names_an_actor(struct sg_sentence sentence, const struct sg_mention *mentions,
                          size_t mention_count)
{
    for (size_t i = 0; i < mention_count; i++)
        if (mentions[i].start >= sentence.start && mentions[i].end <= sentence.end)
            return 1;
    return 0;
}

static const char *result_name(int status)
{
    switch (status) {
    case 0:
        return "parsed";
    case SG_PARSE_NONE:
        return "none";
    case SG_PARSE_TIMEOUT:
        return "timeout";
    default:
        return "nomem";
    }
}

/* Times one sentence; prints it with verbose. Returns 0 or SG_ERR_NOMEM. */
static int time_sentence(struct sg_parser *parser, const char *article, const char *text,
                         struct sg_sentence sentence, const struct sg_mention *mentions,
                         size_t mention_count, const struct sg_model *lexicon, int verbose,
                         struct timings *t)
{
    struct sg_parse parse;
    double started = milliseconds_now();
    int status =
        sg_parse_sentence(parser, text, sentence, mentions, mention_count, lexicon, &parse);
    double ms = milliseconds_now() - started;
    if (verbose)
        printf("%s:%zu words %zu result %s linkages %zu nulls %d ms %.2f\n", article,
               sentence.start, word_count(text, sentence), result_name(status),
               status ? 0 : parse.linkage_count, status ? 0 : parse.null_count, ms);
    sg_parse_destroy(&parse);
    t->results[status == 0                  ? 0
               : status == SG_PARSE_NONE    ? 1
               : status == SG_PARSE_TIMEOUT ? 2
                                            : 3]++;
    if (status == SG_ERR_NOMEM)
        return SG_ERR_NOMEM;
    return timings_add(t, ms);
}

/* Times every sentence of one article that names one of the lexicon's actors. */
static int time_article(struct sg_parser *parser, const char *lexicon_path,
                        const char *article_path, int verbose, struct timings *t)
{
    struct sg_model lexicon;
    char *text = NULL;
    size_t length = 0;
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    sg_model_init(&lexicon);
    int err = sg_load_input(lexicon_path, SG_INPUT_JSON, &lexicon);
    if (!err)
        err = sg_infile_read(article_path, &text, &length);
    if (err)
        goto out;
    err = SG_ERR_NOMEM;
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    if (sentence_count == (size_t)-1)
        goto out;
    size_t mention_count = sg_extract_mentions(text, length, &lexicon, &mentions);
    if (mention_count == (size_t)-1)
        goto out;
    err = 0;
    for (size_t s = 0; s < sentence_count && !err; s++)
        if (names_an_actor(sentences[s], mentions, mention_count))
            err = time_sentence(parser, article_path, text, sentences[s], mentions, mention_count,
                                &lexicon, verbose, t);
out:
    free(mentions);
    free(sentences);
    free(text);
    sg_model_destroy(&lexicon);
    return err;
}

static int by_value(const void *left, const void *right)
{
    double l = *(const double *)left, r = *(const double *)right;
    return (l > r) - (l < r);
}

static void print_summary(struct timings *t)
{
    printf("sentences timed %zu (parsed %zu, no parse %zu, time limit %zu)\n", t->count,
           t->results[0], t->results[1], t->results[2]);
    if (t->count == 0)
        return;
    qsort(t->ms, t->count, sizeof *t->ms, by_value);
    size_t n = t->count;
    double median = n % 2 ? t->ms[n / 2] : (t->ms[n / 2 - 1] + t->ms[n / 2]) / 2;
    size_t rank95 = (95 * n + 99) / 100; /* nearest rank: the smallest with 95% at or below */
    double total = 0;
    for (size_t i = 0; i < n; i++)
        total += t->ms[i];
    printf("parse ms: min %.2f median %.2f p95 %.2f max %.2f total %.1f\n", t->ms[0], median,
           t->ms[rank95 - 1], t->ms[n - 1], total);
}

int main(int argc, char **argv)
{
    int verbose = argc > 1 && strcmp(argv[1], "--verbose") == 0;
    int first = 1 + verbose;
    if (argc - first < 2 || (argc - first) % 2) {
        fprintf(stderr, "usage: bench_parse_speed [--verbose] LEXICON.json ARTICLE.txt "
                        "[LEXICON.json ARTICLE.txt ...]\n");
        return 2;
    }
    struct timings t = {0};
    struct sg_parser *parser = NULL;
    double started = milliseconds_now();
    int err = sg_parser_open(&parser);
    double open_ms = milliseconds_now() - started;
    if (!err)
        printf("parser open (dictionary load) ms %.1f\n", open_ms);
    for (int i = first; i + 1 < argc && !err; i += 2)
        err = time_article(parser, argv[i], argv[i + 1], verbose, &t);
    if (!err)
        print_summary(&t);
    sg_parser_close(parser);
    free(t.ms);
    if (err)
        fprintf(stderr, "bench_parse_speed: failed (error %d)\n", err);
    return err ? 1 : 0;
}
