/*
 * One article on its way to a proposed snapshot (docs/CORPUS.md, "Articles"): the small header
 * that may open it (Title, Date and URL lines, then an empty line) and the steps every article
 * of a run takes: its actors (a lexicon's, those found in it, or both) and its statements.
 */
#ifndef SG_EXTRACT_ARTICLE_H
#define SG_EXTRACT_ARTICLE_H

#include "extract/cues.h"
#include "extract/places.h"
#include "model/model.h"

#include <stddef.h>

/* What an article's header says; each NULL when it does not say it. */
struct sg_article_head {
    char *title, *date, *url;
};

/*
 * Reads the header at the top of text, if it has one: lines "Key: value" with Key one of Title,
 * Date, URL (in any case), the first line being one of them, ended by an empty line. The header
 * is then blanked in place (its bytes but newlines made spaces), so that the extractor reads
 * only the body while offsets stay those of the file. name is the file in messages. Returns 0,
 * SG_ERR_DATA (reported with the line: an unknown key, a key given twice, a bad date, no empty
 * line after the header) or SG_ERR_NOMEM.
 */
int sg_article_head_read(const char *name, char *text, size_t length, struct sg_article_head *head);

/* Frees the header's strings; accepts NULL. */
void sg_article_head_destroy(struct sg_article_head *head);

/* What every article of one run shares, read-only. */
struct sg_article_setup {
    const struct sg_model *lexicon; /* NULL: find the actors in each text */
    int discover;                   /* with a lexicon: add the actors found that it lacks */
    int all_actors;                 /* keep the actors found that take no part in a stance */
    const struct sg_gazetteer *gazetteer;
    const struct sg_cues *cues;
    double min_confidence; /* statements below it are left out (0: none) */
};

/* The actors to look for in text, into actors (initialised, empty): the lexicon's, then those
 * found, and of these only the ones the text gives a part in a stance (stance_actors.h) unless
 * setup->all_actors; *left_out (when not NULL) receives how many found were left out. Needs
 * sg_lemma_init when actors are found. Returns 0, SG_ERR_LIBRARY (WordNet's data missing) or
 * SG_ERR_NOMEM. */
int sg_article_actors(const struct sg_article_setup *setup, const char *text, size_t length,
                      struct sg_model *actors, size_t *left_out);

#endif
