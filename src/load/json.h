/*
 * The snapshot loader for the stancegraph/1 JSON format (docs/FORMAT.md): parses with cJSON,
 * validates every field, reports every problem it finds (up to SG_LOAD_MAX_ERRORS) with its file
 * and position, and fills a model whose ties are built.
 */
#ifndef SG_LOAD_JSON_H
#define SG_LOAD_JSON_H

#include "model/model.h"

#include <stddef.h>

/* Most problems reported for one file before the loader stops looking. */
#define SG_LOAD_MAX_ERRORS 50

/* Limits enforced on every snapshot, so that hostile input gets an error, not exhaustion. */
struct sg_load_limits {
    size_t max_depth;     /* nesting of arrays and objects */
    size_t max_string;    /* bytes in one JSON string, as written */
    size_t max_actors;    /* entries of "actors" */
    size_t max_relations; /* entries of "relations" */
};

#define SG_LOAD_MAX_DEPTH     64
#define SG_LOAD_MAX_STRING    65536
#define SG_LOAD_MAX_ACTORS    1000000
#define SG_LOAD_MAX_RELATIONS 10000000

/* Fills limits with the documented defaults above. */
void sg_load_limits_default(struct sg_load_limits *limits);

/* The format string a snapshot must declare. */
#define SG_SNAPSHOT_FORMAT "stancegraph/1"

/*
 * Loads the snapshot in the file at path ("-" for standard input) into model, which the caller
 * initialised and which must be empty. On failure, diagnostics have been reported, the model is
 * left empty, and SG_ERR_OPEN, SG_ERR_DATA or SG_ERR_NOMEM is returned.
 */
int sg_load_json_file(const char *path, struct sg_model *model);

/*
 * Same for bytes already in memory; name is used in diagnostics. bytes[length] must be '\0'.
 */
int sg_load_json_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model);

/* sg_load_json_buffer with explicit limits (tests lower them). */
int sg_load_json_buffer_limited(const char *name, const char *bytes, size_t length,
                                const struct sg_load_limits *limits, struct sg_model *model);

/*
 * Parses JSON bytes (bytes[length] must be '\0') with the loader's checks: NUL bytes, UTF-8,
 * the default depth and string limits, a byte-order mark skipped, and syntax errors reported as
 * FILE:LINE:COLUMN. what names the expected content in the message for an empty file. On
 * success *root is the tree (cJSON_Delete by the caller). Returns 0, SG_ERR_DATA (reported) or
 * SG_ERR_NOMEM. For other JSON inputs than snapshots (the cue lexicon).
 */
struct cJSON;
/*
 * Where the items of a tree built by another reader (DOT, CSV) come from, so that messages
 * name the place in the user's file: actor_where[i] replaces the file name in messages about
 * actors[i] ("nodes.csv:4"), relation_where[i] in those about relations[i]. Entries may be
 * NULL.
 */
struct sg_load_origin {
    const char *const *actor_where;
    size_t actor_count;
    const char *const *relation_where;
    size_t relation_count;
};

/*
 * Loads a model from a tree in the stancegraph/1 shape built by another reader, with all the
 * checks of the JSON loader; name is used in messages (see origin). The tree stays the
 * caller's. Returns 0, SG_ERR_DATA (reported) or SG_ERR_NOMEM; on failure the model is empty.
 */
int sg_load_tree(const char *name, const struct cJSON *root, const struct sg_load_origin *origin,
                 struct sg_model *model);

/* What a JSON value is, for messages: "a string", "a number", "an array", ... */
const char *sg_json_kind(const struct cJSON *item);

int sg_json_parse_checked(const char *name, const char *bytes, size_t length, const char *what,
                          struct cJSON **root);

#endif
