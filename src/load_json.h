/*
 * The snapshot loader for the stancegraph/1 JSON format (docs/FORMAT.md): parses with cJSON,
 * validates every field, reports every problem it finds (up to SG_LOAD_MAX_ERRORS) with its file
 * and position, and fills a model whose ties are built.
 */
#ifndef SG_LOAD_JSON_H
#define SG_LOAD_JSON_H

#include "model.h"

#include <stddef.h>

/* Most problems reported for one file before the loader stops looking. */
#define SG_LOAD_MAX_ERRORS 50

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

#endif
