/*
 * Reading a snapshot from DOT (Graphviz): see load/dot.c and docs/FORMATS.md.
 */
#ifndef SG_LOAD_DOT_H
#define SG_LOAD_DOT_H

#include "model/model.h"

#include <stddef.h>

/*
 * Loads the DOT graph in bytes (bytes[length] must be '\0'; name is used in messages) into
 * model, initialised and empty. Returns 0, SG_ERR_DATA (reported) or SG_ERR_NOMEM.
 */
int sg_load_dot_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model);

/* The same for the file at path ("-": standard input); SG_ERR_OPEN when it cannot be read. */
int sg_load_dot_file(const char *path, struct sg_model *model);

#endif
