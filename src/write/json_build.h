/*
 * Helpers shared by the JSON writer's files (write/json*.c: metrics, snapshot, diff, timeline,
 * review):
 * building cJSON trees with one failure flag instead of a check per call, numbers in one fixed
 * format, and printing. Private to those files: it exposes cJSON, which no other file may see
 * (the rest of the program goes through the text-level write/json.h).
 */
#ifndef SG_WRITE_JSON_BUILD_H
#define SG_WRITE_JSON_BUILD_H

#include "model/model.h"

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>

struct sg_json_builder {
    int failed; /* set by any helper that runs out of memory */
};

/* The whole stancegraph/1 snapshot of model as a tree (json_snapshot.c). */
cJSON *sg_json_snapshot(struct sg_json_builder *b, const struct sg_model *model);

/* Returns item, noting a failure when it is NULL. */
cJSON *sg_json_check(struct sg_json_builder *b, cJSON *item);

/* Adds item to object under key; takes ownership of item (NULL notes a failure). */
void sg_json_add(struct sg_json_builder *b, cJSON *object, const char *key, cJSON *item);

/* Appends item to array; takes ownership of item (NULL notes a failure). */
void sg_json_append(struct sg_json_builder *b, cJSON *array, cJSON *item);

/* Adds a string member unless value is NULL. */
void sg_json_add_string(struct sg_json_builder *b, cJSON *object, const char *key,
                        const char *value);

/* A real number printed "%.12g" (null when not finite; -0 as 0). */
cJSON *sg_json_number(struct sg_json_builder *b, double value);

/* A count printed as an integer. */
cJSON *sg_json_count(struct sg_json_builder *b, size_t value);

/* A metric's value: null when undefined (NaN, as a camp-less actor's camp), else an integer
 * when integral, else as sg_json_number. */
cJSON *sg_json_metric(struct sg_json_builder *b, double value, int integral);

/* Adds the articles of a statement log as "articles" (nothing when there are none). */
void sg_json_add_articles(struct sg_json_builder *b, cJSON *object,
                          const struct sg_snapshot_info *info);

/* Adds the free-form fields as an "attributes" object, when there are any. */
void sg_json_add_extras(struct sg_json_builder *b, cJSON *object, const struct sg_extras *extras);

/*
 * Writing compact JSON straight to a stream, byte for byte as cJSON_PrintUnformatted prints the
 * tree the helpers above would build, for the large arrays that are never built as trees:
 * sg_json_put_string writes text as a JSON string escaped as cJSON escapes it; the member
 * writers start a member of an object that already holds *members members (a comma before it
 * when any) and count it; a NULL string adds no member. Stream errors are the stream's owner's
 * to check.
 */
void sg_json_put_string(FILE *out, const char *text);
void sg_json_put_key(FILE *out, int *members, const char *key);
void sg_json_put_string_member(FILE *out, int *members, const char *key, const char *value);
void sg_json_put_number_member(FILE *out, int *members, const char *key, double value);
void sg_json_put_count_member(FILE *out, int *members, const char *key, size_t value);
void sg_json_put_metric_member(FILE *out, int *members, const char *key, double value,
                               int integral);

/* The "attributes" member of the free-form fields (as sg_json_add_extras). */
void sg_json_put_extras(FILE *out, int *members, const struct sg_extras *extras);

/* Writes compact JSON text to out indented as the formatted printers below write it, for a
 * value nested depth levels deep: two spaces a level, one member or element a line, "key":
 * value, empty containers and arrays of plain values on one line; no newline at the end. */
void sg_json_indent_at(const char *compact, size_t depth, FILE *out);

/*
 * Prints root (formatted, ending in a newline) into *text, freed by the caller with free(),
 * and deletes root. Returns 0, or SG_ERR_NOMEM when printing or any earlier helper failed.
 */
int sg_json_finish(struct sg_json_builder *b, cJSON *root, char **text);

/* As sg_json_finish, but compact: one line, no newline at the end. */
int sg_json_finish_compact(struct sg_json_builder *b, cJSON *root, char **text);

#endif
