/*
 * Merging snapshots and statement logs into one log (docs/CORPUS.md, "Merge"): the reduce step
 * after extraction. Actors are reconciled by id and by name; relations keep their own date and
 * the article they came from. The result depends only on what the inputs hold, never on their
 * order or grouping: merging A with B gives what B with A gives, and merging the merge of A and
 * B with C gives what A with the merge of B and C gives.
 */
#ifndef SG_MODEL_MERGE_H
#define SG_MODEL_MERGE_H

#include "model/model.h"

#include <stddef.h>

/* One input: its model and the file name messages use. */
struct sg_merge_input {
    const struct sg_model *model;
    const char *file;
};

/*
 * Writes where an item of an input is for a message ("FILE:LINE", or "FILE: actors[3]") into
 * out; array is "actors". NULL: the JSON path is used.
 */
typedef void (*sg_merge_locate_fn)(void *context, size_t input, const char *array, size_t index,
                                   char *out, size_t size);

/* How to merge. */
struct sg_merge_options {
    const char *id;            /* the log's snapshot id */
    const char *title;         /* its title; NULL for none */
    int resolve;               /* an actor with two types keeps one instead of stopping the merge */
    sg_merge_locate_fn locate; /* NULL: messages give JSON paths */
    void *context;             /* locate's */
};

/*
 * Merges count inputs into out (initialised, empty):
 * - Actors that share an id, or a name or alias with a capital letter (in any case: "de
 *   Gaulle" links, "the president" does not), or people whose names have the same first word
 *   and last words one letter apart ("Volodymyr Zelensky", "Volodymyr Zelenskyy"; a lone last
 *   word of 7 letters or more: "Zelensky", "Zelenskyy") are one actor: its id the smallest
 *   of their ids, its name the longest of their names, every other name and alias an alias.
 *   Actors are in id order.
 * - One actor with two types is a conflict: reported, SG_ERR_DATA; with resolve, a warning,
 *   and the first type of person, country, organization, group is kept. Two groups (or roles)
 *   are a warning; the first in byte order is kept.
 * - Every relation is kept (identical ones too: merging adds), with its date (its input's date
 *   when it has none) and its article: its "article" field, or for an input that lists no
 *   articles, that input's snapshot id, with the input itself added to the articles. Relations
 *   are in order of date, article, place in the article, then content.
 * - The log's articles are those of the inputs in id order; one article id with two different
 *   entries is a conflict. The log's date is its latest.
 * Returns 0, SG_ERR_DATA (reported) or SG_ERR_NOMEM.
 */
int sg_merge(const struct sg_merge_input *inputs, size_t count,
             const struct sg_merge_options *options, struct sg_model *out);

#endif
