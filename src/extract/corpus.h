/*
 * Extracting many articles into one dated statement log (docs/CORPUS.md): each article on its
 * own, in parallel, into a snapshot dated by its manifest row, its header or a fallback; then
 * the snapshots merged (model/merge.h) in article order. The log is the same whatever the
 * number of threads, and the same as merging the snapshots of single-article runs.
 */
#ifndef SG_EXTRACT_CORPUS_H
#define SG_EXTRACT_CORPUS_H

#include "base/progress.h"
#include "extract/article.h"
#include "model/model.h"

#include <stddef.h>

/* One article to read: its file, and what a manifest says of it (NULL: the header's). */
struct sg_corpus_article {
    const char *path;
    const char *id; /* NULL: from the file name */
    const char *date, *title, *url;
};

/* What proposing one article found besides its snapshot. */
struct sg_corpus_result {
    size_t named;       /* actor mentions */
    int fallback_dated; /* dated by the fallback date: neither manifest nor header gave one */
    size_t left_out;    /* actors found and left out: no part in a stance (stance_actors.h) */
    size_t cut;         /* statements left out below the setup's min_confidence */
};

/* How a run goes. */
struct sg_corpus_options {
    const struct sg_article_setup *setup;
    const char *date; /* for articles that give none; NULL: such an article is an error */
    int actors_only;  /* list the actors found, with no statement */
    unsigned jobs;    /* threads; 0: one per processor */
    const struct sg_progress *progress; /* NULL for none */
};

/*
 * Proposes the snapshot of the article at path into out (initialised, empty): its id (else
 * from the file name), its date, title and url from the manifest fields of article or its
 * header (date: else options->date), and its statements with the setup's actors (with
 * actors_only: every actor, no statement). Reports problems naming the file. result may be
 * NULL. Returns 0, SG_ERR_OPEN, SG_ERR_DATA (no date, a bad header, not text) or SG_ERR_NOMEM.
 */
int sg_corpus_article_propose(const struct sg_corpus_article *article,
                              const struct sg_corpus_options *options, struct sg_model *out,
                              struct sg_corpus_result *result);

/*
 * Extracts count articles into the statement log out (initialised, empty) with snapshot id
 * id. Two articles with one id (file name) are an error. Needs sg_lemma_init. Returns 0 or the
 * first article's error in article order (reported).
 */
int sg_corpus_extract(const struct sg_corpus_article *articles, size_t count,
                      const struct sg_corpus_options *options, const char *id,
                      struct sg_model *out);

#endif
