/*
 * Reading a snapshot from CSV tables (Gephi's edge and node tables): see load/csv.c and
 * docs/FORMATS.md.
 */
#ifndef SG_LOAD_CSV_H
#define SG_LOAD_CSV_H

#include "model/model.h"

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

#endif
