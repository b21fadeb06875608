/*
 * Reading a snapshot from CSV tables (Gephi's edge and node tables): see load/csv.c and
 * docs/FORMATS.md.
 */
#ifndef SG_LOAD_CSV_H
#define SG_LOAD_CSV_H

#include "model/model.h"

#include <stddef.h>

/*
 * Loads the edge table at path (X.csv), with X.nodes.csv and X.snapshot.csv when they exist,
 * into model, initialised and empty. Returns 0, SG_ERR_OPEN, SG_ERR_DATA (reported) or
 * SG_ERR_NOMEM.
 */
int sg_load_csv_file(const char *path, struct sg_model *model);

/* Reads an actor lexicon from CSV: an actor table (header id,name,type,group,aliases, any case,
 * aliases separated by '|'; "label" for "name" and a "role" column are read too), or, when the
 * header has a Source column, a whole snapshot as sg_load_csv_file reads it. */
int sg_load_csv_actors_file(const char *path, struct sg_model *model);

/* The path of a sibling table: X.csv -> X.SUFFIX.csv (heap string); NULL when path does not
 * end in .csv, or on out of memory. */
char *sg_csv_sibling(const char *path, const char *suffix);

/* The edge table alone, from bytes (bytes[length] must be '\0'); name is used in messages and
 * gives the snapshot id. For tests and fuzzing. */
int sg_load_csv_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model);

/* One row of an article manifest (extract's --manifest): NULL for an empty cell. */
struct sg_manifest_row {
    char *path; /* as the program opens it: a relative path from the manifest's folder */
    char *date, *title, *url;
    unsigned long line;
};

struct sg_manifest {
    struct sg_manifest_row *rows;
    size_t count;
};

/*
 * Reads the article manifest at path: a header naming its columns path, date, title, url (any
 * order and case; only path is required), then one article a row. Returns 0, SG_ERR_OPEN,
 * SG_ERR_DATA (reported with FILE:LINE: an unknown column, a row with no path, a bad date) or
 * SG_ERR_NOMEM.
 */
int sg_load_manifest(const char *path, struct sg_manifest *manifest);

/* Frees the manifest's rows; accepts NULL. */
void sg_manifest_destroy(struct sg_manifest *manifest);

#endif
