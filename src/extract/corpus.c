/*
 * Many articles into one statement log (corpus.h): worker threads take the next article,
 * propose its snapshot into a slot of their own, and the slots are merged once all are done,
 * so that nothing depends on which thread took what.
 */
#include "extract/corpus.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "extract/extract.h"
#include "extract/parse.h"
#include "model/merge.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Replaces *field with a copy of text, when there is one. */
static int replace(char **field, const char *text)
{
    if (!text)
        return SG_OK;
    char *copy = strdup(text);
    if (!copy)
        return SG_ERR_NOMEM;
    free(*field);
    *field = copy;
    return SG_OK;
}

/* Sets the snapshot's title and source (its url) to what the article says of itself. */
static int describe(struct sg_model *out, const char *title, const char *url)
{
    int err = replace(&out->info.title, title);
    return err ? err : replace(&out->info.source, url);
}

/* A proposed statement's confidence (its "confidence" field), 0 when it has none. */
static double confidence(const struct sg_statement *s)
{
    for (size_t k = 0; k < s->extras.count; k++)
        if (strcmp(s->extras.items[k].key, "confidence") == 0)
            return strtod(s->extras.items[k].json, NULL);
    return 0;
}

/* Leaves out of the proposed snapshot the statements below min and the actors only they named
 * (with none left, the actors stay: those the text named). Returns 0 or SG_ERR_NOMEM. */
static int cut_off(struct sg_model *out, double min, size_t *left_out)
{
    unsigned char *keep = malloc(out->statement_count + 1);
    if (!keep)
        return SG_ERR_NOMEM;
    size_t kept = 0;
    for (size_t i = 0; i < out->statement_count; i++)
        kept += keep[i] = confidence(&out->statements[i]) >= min - 1e-9;
    *left_out = out->statement_count - kept;
    struct sg_model cut;
    sg_model_init(&cut);
    int err = sg_model_select(out, keep, kept == 0, &cut);
    free(keep);
    if (err) {
        sg_model_destroy(&cut);
        return err;
    }
    cut.info = out->info; /* the snapshot's own fields move over */
    memset(&out->info, 0, sizeof out->info);
    sg_model_destroy(out);
    *out = cut;
    return SG_OK;
}

/* Proposes from the text (header blanked) with the given id and date. */
static int propose_body(const struct sg_corpus_options *options, const char *text, size_t length,
                        const char *id, const char *date, struct sg_model *out,
                        struct sg_corpus_result *result)
{
    struct sg_model actors;
    sg_model_init(&actors);
    int err = sg_article_actors(options->setup, text, length, &actors, &result->left_out);
    if (!err && options->actors_only) {
        for (size_t i = 0; !err && i < actors.actor_count; i++)
            err = sg_model_copy_actor(out, &actors.actors[i]);
        if (!err && (!(out->info.id = strdup(id)) || !(out->info.date = strdup(date))))
            err = SG_ERR_NOMEM;
    } else if (!err) {
        err =
            sg_extract(text, length, &actors, options->setup->cues, id, date, out, &result->named);
        if (!err && options->setup->min_confidence > 0)
            err = cut_off(out, options->setup->min_confidence, &result->cut);
    }
    sg_model_destroy(&actors);
    return err;
}

/* The snapshot of the text of one article, its header read. */
static int propose_text(const struct sg_corpus_article *article,
                        const struct sg_corpus_options *options, char *text, size_t length,
                        struct sg_model *out, struct sg_corpus_result *result)
{
    const char *name = sg_infile_display_name(article->path);
    struct sg_article_head head;
    *result = (struct sg_corpus_result){0, 0, 0, 0};
    int err = sg_article_head_read(name, text, length, &head);
    if (err)
        return err;
    const char *date = article->date ? article->date : head.date ? head.date : options->date;
    result->fallback_dated = !article->date && !head.date;
    char id[72];
    sg_text_id_from_path(article->path, "extracted", id, sizeof id);
    if (!date) {
        sg_diag_at_path(name, NULL,
                        "no date: give the article a 'Date: YYYY-MM-DD' header line, a "
                        "manifest row, or --date");
        err = SG_ERR_DATA;
    }
    if (!err)
        err =
            propose_body(options, text, length, article->id ? article->id : id, date, out, result);
    if (!err)
        err = describe(out, article->title ? article->title : head.title,
                       article->url ? article->url : head.url);
    sg_article_head_destroy(&head);
    return err;
}

int sg_corpus_article_propose(const struct sg_corpus_article *article,
                              const struct sg_corpus_options *options, struct sg_model *out,
                              struct sg_corpus_result *result)
{
    struct sg_corpus_result ignored;
    char *text = NULL;
    size_t length = 0;
    int err = sg_infile_read(article->path, &text, &length);
    if (!err)
        err = sg_infile_check_text(sg_infile_display_name(article->path), text, length);
    if (!err)
        err = propose_text(article, options, text, length, out, result ? result : &ignored);
    free(text);
    return err;
}

/* ---- the run ----------------------------------------------------------------------------- */

struct run {
    const struct sg_corpus_article *articles;
    size_t count;
    const struct sg_corpus_options *options;
    struct sg_model *snapshots; /* one per article */
    int *errors;                /* one per article */
    size_t next;                /* the next article to take */
    int stop;                   /* an article failed: take no more */
    pthread_mutex_t lock;
};

static void *worker(void *argument)
{
    struct run *run = argument;
    for (;;) {
        pthread_mutex_lock(&run->lock);
        size_t i = run->stop ? run->count : run->next++;
        pthread_mutex_unlock(&run->lock);
        if (i >= run->count)
            return NULL;
        int err =
            sg_corpus_article_propose(&run->articles[i], run->options, &run->snapshots[i], NULL);
        pthread_mutex_lock(&run->lock);
        run->errors[i] = err;
        if (err)
            run->stop = 1;
        sg_progress_report_advance(run->options->progress, 1);
        pthread_mutex_unlock(&run->lock);
    }
}

/* Makes the parser's shared dictionary in the calling thread, before any worker: it is made
 * once (and a missing one reported once), and Link Grammar keeps a string of the thread that
 * made it, which a worker's exit would leak. */
static int prepare_parser(void)
{
    struct sg_parser *parser = NULL;
    int err = sg_parser_open(&parser);
    sg_parser_close(parser);
    return err;
}

/* Runs the workers; returns the first error in article order. */
static int run_workers(struct run *run)
{
    unsigned jobs = run->options->jobs;
    if (jobs == 0) {
        long processors = sysconf(_SC_NPROCESSORS_ONLN);
        jobs = processors > 0 ? (unsigned)processors : 1;
    }
    if (jobs > run->count)
        jobs = run->count ? (unsigned)run->count : 1;
    pthread_t *threads = calloc(jobs, sizeof *threads);
    if (!threads)
        return SG_ERR_NOMEM;
    unsigned started = 0;
    for (; jobs > 1 && started + 1 < jobs; started++) /* the calling thread is the last */
        if (pthread_create(&threads[started], NULL, worker, run) != 0)
            break;
    worker(run); /* the calling thread works too (and alone when no thread could start) */
    for (unsigned t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    free(threads);
    for (size_t i = 0; i < run->count; i++)
        if (run->errors[i])
            return run->errors[i];
    return SG_OK;
}

struct named {
    char id[72];
    size_t index;
};

static int by_id(const void *left, const void *right)
{
    const struct named *a = left, *b = right;
    int c = strcmp(a->id, b->id);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

/* Reports two articles with one id (their file names give the same id). */
static int check_ids(const struct sg_corpus_article *articles, size_t count)
{
    struct named *ids = malloc((count + 1) * sizeof *ids);
    if (!ids)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < count; i++) {
        sg_text_id_from_path(articles[i].path, "extracted", ids[i].id, sizeof ids[i].id);
        ids[i].index = i;
    }
    qsort(ids, count, sizeof *ids, by_id);
    int err = SG_OK;
    for (size_t i = 1; !err && i < count; i++)
        if (strcmp(ids[i].id, ids[i - 1].id) == 0) {
            sg_diag_at_path(sg_infile_display_name(articles[ids[i].index].path), NULL,
                            "its id '%s' is that of %s too: articles are told apart by their "
                            "file names",
                            ids[i].id, sg_infile_display_name(articles[ids[i - 1].index].path));
            err = SG_ERR_DATA;
        }
    free(ids);
    return err;
}

/* An article's actor is named by the article alone in messages: the actor list is extract's
 * own, not a file the user can open. */
static void article_place(void *context, size_t input, const char *array, size_t index, char *out,
                          size_t size)
{
    const struct sg_merge_input *inputs = context;
    (void)array;
    (void)index;
    snprintf(out, size, "%s", inputs[input].file);
}

static int merge_snapshots(const struct run *run, const char *id, struct sg_model *out)
{
    struct sg_merge_input *inputs = malloc((run->count + 1) * sizeof *inputs);
    if (!inputs)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < run->count; i++)
        inputs[i] = (struct sg_merge_input){&run->snapshots[i],
                                            sg_infile_display_name(run->articles[i].path)};
    const struct sg_merge_options options = {id, NULL, 1, article_place, inputs};
    int err = sg_merge(inputs, run->count, &options, out);
    free(inputs);
    return err;
}

int sg_corpus_extract(const struct sg_corpus_article *articles, size_t count,
                      const struct sg_corpus_options *options, const char *id, struct sg_model *out)
{
    int err = check_ids(articles, count);
    if (err)
        return err;
    struct run run = {articles, count, options, NULL, NULL, 0, 0, PTHREAD_MUTEX_INITIALIZER};
    run.snapshots = calloc(count + 1, sizeof *run.snapshots);
    run.errors = calloc(count + 1, sizeof *run.errors);
    err = run.snapshots && run.errors ? SG_OK : SG_ERR_NOMEM;
    for (size_t i = 0; !err && i < count; i++)
        sg_model_init(&run.snapshots[i]);
    if (!err && !options->actors_only)
        err = prepare_parser();
    sg_progress_report_stage(options->progress, "extracting articles", count);
    if (!err)
        err = run_workers(&run);
    sg_progress_report_end(options->progress);
    if (!err)
        err = merge_snapshots(&run, id, out);
    for (size_t i = 0; run.snapshots && i < count; i++)
        sg_model_destroy(&run.snapshots[i]);
    free(run.snapshots);
    free(run.errors);
    pthread_mutex_destroy(&run.lock);
    return err;
}
