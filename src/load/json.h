/*
 * The snapshot loader for the stancegraph/1 JSON format (docs/FORMAT.md), and the project's one
 * JSON parser for other texts: the cue lexicon (as plain values), the JSON that DOT diagrams
 * carry in their sg_ attributes and CSV tables in their KEY:json columns (as records for the
 * builder). Which library parses stays behind this header.
 */
#ifndef SG_LOAD_JSON_H
#define SG_LOAD_JSON_H

#include "load/builder.h"
#include "model/model.h"

#include <stddef.h>

/* The format string a snapshot must declare. */
#define SG_SNAPSHOT_FORMAT "stancegraph/1"

/*
 * Loads the snapshot in the file at path ("-" for standard input) into model, which the caller
 * initialised and which must be empty. On failure, diagnostics have been reported, the model is
 * left empty, and SG_ERR_OPEN, SG_ERR_DATA or SG_ERR_NOMEM is returned.
 */
int sg_load_json_file(const char *path, struct sg_model *model);

/* As sg_load_json_file, and a JSON array of actor objects (a plain actor list, as extract
 * --print-actors writes it) is read too: the model then has actors and no snapshot fields. */
int sg_load_json_actors_file(const char *path, struct sg_model *model);

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
 * success *root holds the whole value (sg_value_destroy by the caller). Returns 0,
 * SG_ERR_DATA (reported) or SG_ERR_NOMEM. For other JSON inputs than snapshots (the cue
 * lexicon).
 */
int sg_json_parse_value(const char *name, const char *bytes, size_t length, const char *what,
                        struct sg_value *root);

/* What the readers of embedded JSON return besides 0 and SG_ERR_NOMEM (not reported). */
#define SG_JSON_WRONG    1 /* not JSON, or not the kind expected (an object, an array) */
#define SG_JSON_NOT_PAIR 2 /* not an [index, object] pair */

/* What a DOT diagram's sg_snapshot attribute says besides the snapshot head. */
struct sg_json_head {
    int reduced;                /* it has actors_shown: the diagram was reduced for drawing */
    int shown, total;           /* actors_shown and actors_total (0 when not numbers) */
    enum sg_kind snapshot_kind; /* of its "snapshot" member; record is filled for an object */
};

/*
 * Reads text, a JSON object {"snapshot": {...}, ...}, into head and (for the "snapshot" object)
 * record, initialised by the caller. Duplicate keys in the snapshot object are reported through
 * builder at place. Returns 0, SG_JSON_WRONG or SG_ERR_NOMEM.
 */
int sg_json_read_head(struct sg_builder *builder, const struct sg_place *place, const char *text,
                      struct sg_record *record, struct sg_json_head *head);

/*
 * Reads text, a JSON [index, object] pair, into *index and record (initialised by the caller
 * with the record type). Duplicate keys are reported through builder at place. Returns 0,
 * SG_JSON_WRONG (not an array), SG_JSON_NOT_PAIR or SG_ERR_NOMEM.
 */
int sg_json_read_pair(struct sg_builder *builder, const struct sg_place *place, const char *text,
                      struct sg_record *record, double *index);

/* One element of an array of [index, object] pairs. */
struct sg_json_pair {
    int is_pair; /* 0: the element is no pair, and index and record are empty */
    double index;
    struct sg_record record;
};

/*
 * Reads text, a JSON array of [index, object] pairs, into *pairs (a heap array of *count, each
 * record of type; sg_record_destroy each, then free). Duplicate keys are reported through
 * builder at place. Returns 0, SG_JSON_WRONG (not an array) or SG_ERR_NOMEM.
 */
int sg_json_read_pairs(struct sg_builder *builder, const struct sg_place *place, const char *text,
                       enum sg_record_type type, struct sg_json_pair **pairs, size_t *count);

/*
 * Puts the member key with the JSON value text into record (see sg_record_put); a text that is
 * not JSON, or a key already set, puts nothing. Returns 0 or SG_ERR_NOMEM.
 */
int sg_json_put_member(struct sg_record *record, const char *key, const char *text);

#endif
