/*
 * The JSON writer's interface for the rest of the program, as text: the metrics report
 * (format "stancegraph-metrics/1", docs/FORMAT.md), the stancegraph/1 snapshot, the snapshot
 * pieces the DOT diagram embeds, and the decoding of a free-form field's JSON string. No cJSON
 * type appears here: cJSON stays inside the JSON writer (write/json*.c; the diff and timeline
 * reports are declared in write/diff.h and write/timeline.h).
 */
#ifndef SG_WRITE_JSON_H
#define SG_WRITE_JSON_H

#include "analysis/measures.h"
#include "model/model.h"

#include <stddef.h>
#include <stdio.h>

#define SG_METRICS_FORMAT "stancegraph-metrics/1"

/*
 * Renders the metrics of model as JSON text (NUL-terminated, ending in a newline) into *text,
 * which the caller frees with free(). Numbers use a fixed format ("%.12g"), keys a fixed order,
 * so equal inputs give byte-identical text. layers, when not NULL, holds SG_STANCE_COUNT
 * per-layer metrics (support, criticism, negotiation) written under "layers".
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_metrics_json(const struct sg_model *model, const struct sg_metrics *metrics,
                          const struct sg_metrics *layers, char **text);

/*
 * The same text written to out as it is made, one actor or tie at a time, so that it never
 * exists whole (a million ties make about 190 MB). Returns 0 or SG_ERR_NOMEM; out's own write
 * errors are left to the caller (ferror).
 */
int sg_write_metrics_json_to(FILE *out, const struct sg_model *model,
                             const struct sg_metrics *metrics, const struct sg_metrics *layers);

/*
 * Renders model as a stancegraph/1 snapshot (what load/json.c reads back to the same model):
 * snapshot block, actors, and one relation per statement with its extra fields. Into *text,
 * freed by the caller with free(). Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_snapshot_json(const struct sg_model *model, char **text);

/*
 * The review page's data (render/review.h) as compact JSON: the proposed snapshot, the article
 * text in sentences of pieces [text, actor index or -1] (mentions found as extract finds them,
 * with the snapshot's actors as the lexicon) and, for each relation, the index of the sentence
 * that is its evidence (-1: none), and the fields only extract writes (sg_provenance_fields).
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_review_json(const struct sg_model *proposed, const char *text, size_t length,
                         char **json);

/* Writes the model's actors alone as a JSON array (the plain actor list extract --actors reads
 * and extract --print-actors writes), indented. Returns 0 or SG_ERR_NOMEM. */
int sg_write_actor_list_json(const struct sg_model *model, char **text);

/*
 * The pieces of a snapshot that a DOT diagram carries so that it reads back losslessly
 * (load/dot.c), each as compact JSON text (one line, no newline) into *text, freed by the
 * caller with free(). Each returns 0 or SG_ERR_NOMEM.
 *
 * The head: {"format":"stancegraph/1","snapshot":{...}}, and, when actors_shown is below the
 * model's actor count (a reduced diagram, which the reader refuses), "actors_shown" and
 * "actors_total".
 */
int sg_write_snapshot_head_json(const struct sg_model *model, size_t actors_shown, char **text);

/* Actor index of model with its place in the snapshot: [index, actor]. */
int sg_write_actor_entry_json(const struct sg_model *model, size_t index, char **text);

/* The statements of tie (an index into model->ties) with their places in the snapshot:
 * [[statement index, relation], ...]. */
int sg_write_tie_relations_json(const struct sg_model *model, size_t tie, char **text);

/*
 * The characters of json, a JSON string value as a free-form field keeps it (with its quotes
 * and escapes), as a heap string the caller frees; NULL when json is not a string, or on out of
 * memory.
 */
char *sg_json_string_text(const char *json);

/* The cJSON version in use, for --version. */
const char *sg_write_json_library_version(void);

#endif
