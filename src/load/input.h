/*
 * Choosing the reader for an input file: stancegraph/1 JSON, DOT or CSV, by the file's
 * extension or as set by --input-format (docs/FORMATS.md).
 */
#ifndef SG_LOAD_INPUT_H
#define SG_LOAD_INPUT_H

#include "model/model.h"

enum sg_input_format { SG_INPUT_AUTO, SG_INPUT_JSON, SG_INPUT_DOT, SG_INPUT_CSV };

/* Parses a --input-format value (json, dot, csv, auto); -1 when it is none of them. */
int sg_input_format_from_name(const char *name);

/*
 * Loads the snapshot at path ("-": standard input, JSON unless format says otherwise) into
 * model, initialised and empty, reading it as format (SG_INPUT_AUTO: by extension). Returns 0
 * or an sg_error code (reported).
 */
int sg_load_input(const char *path, enum sg_input_format format, struct sg_model *model);

/*
 * Reads an actor lexicon (extract --actors): what sg_load_input reads, and also a plain actor
 * list, a JSON array of actors or a CSV table id,name,type,group,aliases. Returns as
 * sg_load_input does.
 */
int sg_load_actors(const char *path, enum sg_input_format format, struct sg_model *model);

#endif
