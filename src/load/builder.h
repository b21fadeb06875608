/*
 * The snapshot builder: the checks every input format shares (ids, names, types, stances,
 * weights, dates, duplicate and unknown actors, limits) and the filling of the model, from plain
 * C values. A reader (JSON, DOT, CSV) turns each snapshot head, actor and relation of its file
 * into a record of fields, each field as the reader found it (absent, a string, a number, ...),
 * and hands it over with a place: the file (or "FILE:LINE", "FILE: node 'x'") and the path of
 * the item ("actors[3]"). Messages read "PLACE: PATH.FIELD: MESSAGE".
 */
#ifndef SG_LOAD_BUILDER_H
#define SG_LOAD_BUILDER_H

#include "base/strindex.h"
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

/* What a value is; sg_kind_name gives the words messages use ("a string", "an array", ...). */
enum sg_kind {
    SG_KIND_ABSENT,
    SG_KIND_STRING,
    SG_KIND_NUMBER,
    SG_KIND_BOOLEAN,
    SG_KIND_NULL,
    SG_KIND_ARRAY,
    SG_KIND_OBJECT,
    SG_KIND_INVALID
};

const char *sg_kind_name(enum sg_kind kind);

/*
 * A value as a reader found it, owning its strings: text for a string, number for a number,
 * truth for a boolean, items for an array (and for an object, whose items carry a key).
 */
struct sg_value {
    enum sg_kind kind;
    char *key;  /* the member's name, in an object; else NULL */
    char *text; /* a string's text */
    double number;
    int truth;
    struct sg_value *items;
    size_t count;
};

/* Frees what the value owns and makes it absent; accepts NULL. */
void sg_value_destroy(struct sg_value *value);

/* The known fields of each record type, by position. */
enum sg_record_type { SG_RECORD_SNAPSHOT, SG_RECORD_ACTOR, SG_RECORD_RELATION };
enum {
    SG_SNAPSHOT_FIELD_ID,
    SG_SNAPSHOT_FIELD_DATE,
    SG_SNAPSHOT_FIELD_TITLE,
    SG_SNAPSHOT_FIELD_SOURCE,
    SG_SNAPSHOT_FIELD_ARTICLES
};
enum {
    SG_ACTOR_FIELD_ID,
    SG_ACTOR_FIELD_NAME,
    SG_ACTOR_FIELD_TYPE,
    SG_ACTOR_FIELD_GROUP,
    SG_ACTOR_FIELD_ROLE,
    SG_ACTOR_FIELD_ALIASES
};
enum {
    SG_RELATION_FIELD_SOURCE,
    SG_RELATION_FIELD_TARGET,
    SG_RELATION_FIELD_TYPE,
    SG_RELATION_FIELD_WEIGHT,
    SG_RELATION_FIELD_DATE,
    SG_RELATION_FIELD_EVIDENCE
};
#define SG_RECORD_FIELDS 6

/* A snapshot head, actor or relation on its way into the model: its known fields and the other
 * members (free-form fields, each value as compact JSON). */
struct sg_record {
    enum sg_record_type type;
    struct sg_value fields[SG_RECORD_FIELDS];
    struct sg_extras extras;
};

void sg_record_init(struct sg_record *record, enum sg_record_type type);

/* Frees what the record owns; accepts NULL. */
void sg_record_destroy(struct sg_record *record);

/* What sg_record_slot answers besides a field position. */
#define SG_RECORD_EXTRA (-1) /* key is not a known field and not yet an extra */
#define SG_RECORD_TAKEN (-2) /* key is already set: the first value given wins */

/* Where a member named key goes: the position of a known field not yet set, or the above. */
int sg_record_slot(const struct sg_record *record, const char *key);

/*
 * Sets the member key to value (moved in; value is left absent), or to its compact JSON json
 * (moved in) when key is an extra. A taken key drops both. Returns 0 or SG_ERR_NOMEM.
 */
int sg_record_put(struct sg_record *record, const char *key, struct sg_value *value, char *json);

/* sg_record_put of a string (copied); NULL text puts nothing. Returns 0 or SG_ERR_NOMEM. */
int sg_record_put_string(struct sg_record *record, const char *key, const char *text);

/*
 * Where an item comes from: file (or another leading place) and its path: path itself when not
 * NULL ("snapshot"), else "array[index]" when array is not NULL ("actors[3]": made only when a
 * message needs it, since most items never do), else none.
 */
struct sg_place {
    const char *file;
    const char *path;
    const char *array;
    size_t index;
};

struct sg_builder {
    const char *name; /* the file, for messages about the whole snapshot */
    /* The JSON text the snapshot is read from (NULL for the other formats), in which messages
     * find the line and column of the value their path names (load/locate.h): the caller's
     * bytes, or the file read again for the first message (sg_builder_source). */
    const char *source;
    size_t source_length;
    const char *source_path; /* the file to read again; NULL once read or when none */
    char source_sha256[65];  /* the SHA-256 its bytes must still have */
    char *source_read;       /* the text read again, freed by sg_builder_finish */
    const struct sg_load_limits *limits;
    struct sg_model *model; /* initialised and empty */
    int errors;
    int out_of_memory;
    struct sg_strindex *actor_index; /* actor ids to positions; NULL: search the model */
};

void sg_builder_init(struct sg_builder *builder, const char *name,
                     const struct sg_load_limits *limits, struct sg_model *model);

/*
 * Where messages find the JSON text of the snapshot: the bytes, which the caller keeps until
 * sg_builder_finish (set_text); or the JSON file at path, whose bytes had the SHA-256 sha256
 * (set_file). Without either, messages are placed by JSON path alone.
 */
void sg_builder_set_text(struct sg_builder *builder, const char *bytes, size_t length);
void sg_builder_set_file(struct sg_builder *builder, const char *path, const char sha256[65]);

/*
 * The JSON text for placing a message about to be written, and its *length; NULL when there is
 * none, when no message will be written (sg_builder_stopped), or when the file cannot be read
 * again or has changed (sg_infile_read_again: standard input cannot be read twice). The file
 * is read at the first call only, and its text kept until sg_builder_finish: loading valid
 * input never holds it. Out of memory while reading sets builder->out_of_memory.
 */
const char *sg_builder_source(struct sg_builder *builder, size_t *length);

/*
 * Reports "FILE: PATH: MESSAGE" and counts it; after SG_LOAD_MAX_ERRORS it says it stops. When
 * the builder has a JSON source (sg_builder_source), the message is "FILE:LINE:COLUMN: PATH:
 * MESSAGE", placed at the value path names (at the top-level value when path is NULL or ""), and
 * when that value cannot be found, as without a source.
 */
void sg_builder_report(struct sg_builder *builder, const char *file, const char *path,
                       const char *format, ...) __attribute__((format(printf, 4, 5)));

/* The same, placed at byte offset of the JSON source (SG_LOCATE_NOWHERE: not placed), for a
 * place that path alone does not name (the second of two members with one name). */
void sg_builder_report_at(struct sg_builder *builder, const char *file, const char *path,
                          size_t offset, const char *format, ...)
    __attribute__((format(printf, 5, 6)));

/* Whether to stop looking: too many problems, or out of memory. */
int sg_builder_stopped(const struct sg_builder *builder);

/*
 * Checks a string field named key of the item at place: absent (reported when required), not a
 * string, or empty when required are reported. Returns its text, or NULL.
 */
const char *sg_builder_string(struct sg_builder *builder, const struct sg_place *place,
                              const char *key, const struct sg_value *value, int required);

/* Checks the snapshot head (place: the file and "snapshot") and keeps it. Consumes record. */
void sg_builder_snapshot(struct sg_builder *builder, const struct sg_place *place,
                         struct sg_record *record);

/* Checks the articles of a statement log (the snapshot's "articles" field, absent for most
 * snapshots) and keeps them in the model (load/articles.c). */
void sg_builder_articles(struct sg_builder *builder, const char *file,
                         const struct sg_value *value);

/*
 * Checks the counts (at least one actor when check_empty, the limits) and makes room. Returns
 * 0 when the actors and relations may follow.
 */
int sg_builder_begin(struct sg_builder *builder, size_t actor_count, size_t relation_count,
                     int check_empty);

/* Checks an actor and adds it; one with a valid id joins even when other fields are wrong, so
 * that relations naming it are not reported as unknown too. Consumes record. */
void sg_builder_actor(struct sg_builder *builder, const struct sg_place *place,
                      struct sg_record *record);

/* Checks a relation against the actors added and adds its statement. Consumes record. */
void sg_builder_relation(struct sg_builder *builder, const struct sg_place *place,
                         struct sg_record *record);

/*
 * An item a line-oriented reader (DOT, CSV) read, kept until every item is read and the counts
 * are known: its record, its place ("FILE:LINE") and its index (for a reader that sorts them).
 */
struct sg_staged {
    double index;
    char *where;
    struct sg_record record;
};

struct sg_staged_list {
    struct sg_staged *items;
    size_t count, capacity;
};

/*
 * Appends an item to list (zeroed when empty); record and where are moved in, where NULL
 * meaning that making it ran out of memory. Returns 0, or SG_ERR_NOMEM with both released.
 */
int sg_staged_push(struct sg_staged_list *list, double index, struct sg_record *record,
                   char *where);

/* Releases the items of list and their records (those handed to the builder are empty). */
void sg_staged_free(struct sg_staged_list *list);

/*
 * Hands the items of list in list order to add (sg_builder_actor or sg_builder_relation), each
 * at place {where, ARRAY[i]}, until the builder stops; the records are consumed, those not
 * handed over left to sg_staged_free.
 */
void sg_builder_add_staged(struct sg_builder *builder, struct sg_staged_list *list,
                           const char *array,
                           void (*add)(struct sg_builder *builder, const struct sg_place *place,
                                       struct sg_record *record));

/* A path in a message ("relations[3].weight") is made in a buffer of this size: paths are short
 * in practice, and longer ones are truncated, never overflowed. */
#define SG_BUILDER_PATH_SIZE 160

/* Formats a path into out, SG_BUILDER_PATH_SIZE bytes. */
void sg_builder_path_printf(char *out, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Writes "PARENT.KEY" into out (SG_BUILDER_PATH_SIZE bytes), or KEY when parent is NULL or "". */
void sg_builder_path_join(char *out, const char *parent, const char *key);

/*
 * Ends the build: frees the text read again for messages, and builds the ties when nothing
 * went wrong. Returns 0, SG_ERR_DATA (problems
 * were reported) or SG_ERR_NOMEM; on failure the model is left empty.
 */
int sg_builder_finish(struct sg_builder *builder);

#endif
