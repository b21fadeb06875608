/*
 * The snapshot builder: records of plain values in, a checked model out. Every rule the input
 * formats share is here, once; the readers only say where each value came from. It keeps going
 * after a problem so that one run shows the user every mistake in the file.
 */
#include "load/builder.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/locate.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const record_keys[][SG_RECORD_FIELDS + 1] = {
    [SG_RECORD_SNAPSHOT] = {"id", "date", "title", "source", "articles", NULL},
    [SG_RECORD_ACTOR] = {"id", "name", "type", "group", "role", "aliases", NULL},
    [SG_RECORD_RELATION] = {"source", "target", "type", "weight", "date", "evidence", NULL},
};

void sg_load_limits_default(struct sg_load_limits *limits)
{
    limits->max_depth = SG_LOAD_MAX_DEPTH;
    limits->max_string = SG_LOAD_MAX_STRING;
    limits->max_actors = SG_LOAD_MAX_ACTORS;
    limits->max_relations = SG_LOAD_MAX_RELATIONS;
}

const char *sg_kind_name(enum sg_kind kind)
{
    static const char *const names[] = {
        [SG_KIND_ABSENT] = "nothing",   [SG_KIND_STRING] = "a string",
        [SG_KIND_NUMBER] = "a number",  [SG_KIND_BOOLEAN] = "a boolean",
        [SG_KIND_NULL] = "null",        [SG_KIND_ARRAY] = "an array",
        [SG_KIND_OBJECT] = "an object", [SG_KIND_INVALID] = "an invalid value"};
    return (unsigned)kind <= SG_KIND_INVALID ? names[kind] : names[SG_KIND_INVALID];
}

void sg_value_destroy(struct sg_value *value)
{
    if (!value)
        return;
    for (size_t i = 0; i < value->count; i++)
        sg_value_destroy(&value->items[i]);
    free(value->items);
    free(value->key);
    free(value->text);
    memset(value, 0, sizeof *value);
}

void sg_record_init(struct sg_record *record, enum sg_record_type type)
{
    memset(record, 0, sizeof *record);
    record->type = type;
}

void sg_record_destroy(struct sg_record *record)
{
    if (!record)
        return;
    for (size_t i = 0; i < SG_RECORD_FIELDS; i++)
        sg_value_destroy(&record->fields[i]);
    sg_extras_destroy(&record->extras);
}

int sg_record_slot(const struct sg_record *record, const char *key)
{
    const char *const *keys = record_keys[record->type];
    /* the first bytes compared first: this runs for every member of every record */
    for (int i = 0; keys[i]; i++)
        if (keys[i][0] == key[0] && strcmp(keys[i], key) == 0)
            return record->fields[i].kind == SG_KIND_ABSENT ? i : SG_RECORD_TAKEN;
    for (size_t i = 0; i < record->extras.count; i++)
        if (strcmp(record->extras.items[i].key, key) == 0)
            return SG_RECORD_TAKEN;
    return SG_RECORD_EXTRA;
}

/* Appends an extra (json moved in); the array grows by doubling from 4. */
static int add_extra(struct sg_extras *extras, const char *key, char *json)
{
    size_t count = extras->count;
    int full = count == 0 || (count >= 4 && (count & (count - 1)) == 0);
    if (full) {
        size_t capacity = count ? count * 2 : 4;
        struct sg_extra *grown = realloc(extras->items, capacity * sizeof *grown);
        if (!grown) {
            free(json);
            return SG_ERR_NOMEM;
        }
        extras->items = grown;
    }
    char *key_copy = strdup(key);
    if (!key_copy) {
        free(json);
        return SG_ERR_NOMEM;
    }
    extras->items[extras->count++] = (struct sg_extra){key_copy, json};
    return SG_OK;
}

int sg_record_put(struct sg_record *record, const char *key, struct sg_value *value, char *json)
{
    int slot = sg_record_slot(record, key);
    int err = SG_OK;
    if (slot >= 0) {
        record->fields[slot] = *value;
        record->fields[slot].key = NULL;
        free(value->key);
        memset(value, 0, sizeof *value);
        free(json);
        return SG_OK;
    }
    if (slot == SG_RECORD_EXTRA)
        err = json ? add_extra(&record->extras, key, json) : SG_ERR_NOMEM;
    else
        free(json);
    sg_value_destroy(value);
    return err;
}

/* The text as a JSON string, escaped the way cJSON prints it (so that an extra read from DOT
 * or CSV is the extra the JSON writer wrote). */
static char *quote(const char *text)
{
    size_t length = 3;
    for (const unsigned char *c = (const unsigned char *)text; *c; c++)
        length += *c < 0x20 ? 6 : (*c == '"' || *c == '\\') ? 2 : 1;
    char *out = malloc(length), *o = out;
    if (!out)
        return NULL;
    *o++ = '"';
    for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
        const char *escape = strchr("\"\\\b\f\n\r\t", *c);
        if (*c && escape) {
            *o++ = '\\';
            *o++ = "\"\\bfnrt"[escape - "\"\\\b\f\n\r\t"];
        } else if (*c < 0x20) {
            o += sprintf(o, "\\u%04x", *c);
        } else {
            *o++ = (char)*c;
        }
    }
    *o++ = '"';
    *o = '\0';
    return out;
}

int sg_record_put_string(struct sg_record *record, const char *key, const char *text)
{
    if (!text)
        return SG_OK;
    int slot = sg_record_slot(record, key);
    if (slot == SG_RECORD_TAKEN)
        return SG_OK;
    if (slot == SG_RECORD_EXTRA) {
        char *json = quote(text);
        return json ? add_extra(&record->extras, key, json) : SG_ERR_NOMEM;
    }
    record->fields[slot].text = strdup(text);
    if (!record->fields[slot].text)
        return SG_ERR_NOMEM;
    record->fields[slot].kind = SG_KIND_STRING;
    return SG_OK;
}

void sg_builder_init(struct sg_builder *builder, const char *name,
                     const struct sg_load_limits *limits, struct sg_model *model)
{
    memset(builder, 0, sizeof *builder);
    builder->name = name;
    builder->limits = limits;
    builder->model = model;
}

void sg_builder_set_text(struct sg_builder *builder, const char *bytes, size_t length)
{
    builder->source = bytes;
    builder->source_length = length;
}

void sg_builder_set_file(struct sg_builder *builder, const char *path, const char sha256[65])
{
    builder->source_path = path;
    memcpy(builder->source_sha256, sha256, sizeof builder->source_sha256);
}

const char *sg_builder_source(struct sg_builder *builder, size_t *length)
{
    *length = 0;
    if (sg_builder_stopped(builder))
        return NULL;
    if (builder->source_path) {
        int err = sg_infile_read_again(builder->source_path, builder->source_sha256,
                                       &builder->source_read, &builder->source_length);
        builder->source_path = NULL; /* once: a file that changed stays changed */
        builder->source = builder->source_read;
        if (err == SG_ERR_NOMEM)
            builder->out_of_memory = 1;
    }
    *length = builder->source_length;
    return builder->source;
}

/* Writes one message, placed at offset of the JSON source when it is somewhere. */
static void report_message(struct sg_builder *builder, const char *file, const char *path,
                           size_t offset, const char *message)
{
    unsigned long line, column;
    if (!builder->source || offset == SG_LOCATE_NOWHERE) {
        sg_diag_at_path(file, path, "%s", message);
        return;
    }
    sg_locate_line_column(builder->source, builder->source_length, offset, &line, &column);
    if (path && *path)
        sg_diag_at_position(file, line, column, "%s: %s", path, message);
    else
        sg_diag_at_position(file, line, column, "%s", message);
}

static void report_v(struct sg_builder *builder, const char *file, const char *path, size_t offset,
                     const char *format, va_list args) __attribute__((format(printf, 5, 0)));

static void report_v(struct sg_builder *builder, const char *file, const char *path, size_t offset,
                     const char *format, va_list args)
{
    char message[512];
    if (builder->out_of_memory)
        return; /* a record that could not be read whole would be reported as wrong */
    builder->errors++;
    if (builder->errors > SG_LOAD_MAX_ERRORS)
        return;
    vsnprintf(message, sizeof message, format, args);
    report_message(builder, file, path, offset, message);
    if (builder->errors == SG_LOAD_MAX_ERRORS)
        sg_diag_at_path(builder->name, NULL, "too many errors; stopping after %d",
                        SG_LOAD_MAX_ERRORS);
}

void sg_builder_report(struct sg_builder *builder, const char *file, const char *path,
                       const char *format, ...)
{
    va_list args;
    size_t offset = SG_LOCATE_NOWHERE, length;
    const char *source = sg_builder_source(builder, &length);
    if (source)
        offset = sg_locate_json_path(source, length, path);
    va_start(args, format);
    report_v(builder, file, path, offset, format, args);
    va_end(args);
}

void sg_builder_report_at(struct sg_builder *builder, const char *file, const char *path,
                          size_t offset, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    report_v(builder, file, path, offset, format, args);
    va_end(args);
}

int sg_builder_stopped(const struct sg_builder *builder)
{
    return builder->errors >= SG_LOAD_MAX_ERRORS || builder->out_of_memory;
}

void sg_builder_path_printf(char *out, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(out, SG_BUILDER_PATH_SIZE, format, args);
    va_end(args);
}

void sg_builder_path_join(char *out, const char *parent, const char *key)
{
    if (parent && *parent)
        sg_builder_path_printf(out, "%s.%s", parent, key);
    else
        sg_builder_path_printf(out, "%s", key);
}

/* The path of the item at place, in buffer when it has to be made. */
static const char *item_path(const struct sg_place *place, char *buffer)
{
    if (place->path || !place->array)
        return place->path;
    sg_builder_path_printf(buffer, "%s[%zu]", place->array, place->index);
    return buffer;
}

/* The path of the field key of the item at place, in buffer. */
static const char *field_path(const struct sg_place *place, const char *key, char *buffer)
{
    char item[SG_BUILDER_PATH_SIZE];
    sg_builder_path_join(buffer, item_path(place, item), key);
    return buffer;
}

const char *sg_builder_string(struct sg_builder *builder, const struct sg_place *place,
                              const char *key, const struct sg_value *value, int required)
{
    char member_path[SG_BUILDER_PATH_SIZE];
    if (value->kind == SG_KIND_ABSENT) {
        if (required)
            sg_builder_report(builder, place->file, item_path(place, member_path),
                              "missing required field '%s'", key);
        return NULL;
    }
    if (value->kind != SG_KIND_STRING) {
        sg_builder_report(builder, place->file, field_path(place, key, member_path),
                          "expected a string, found %s", sg_kind_name(value->kind));
        return NULL;
    }
    if (required && value->text[0] == '\0') {
        sg_builder_report(builder, place->file, field_path(place, key, member_path),
                          "must not be empty");
        return NULL;
    }
    return value->text;
}

/* Reports a problem with the field key of the item at place. */
static void report_field(struct sg_builder *builder, const struct sg_place *place, const char *key,
                         const char *format, ...) __attribute__((format(printf, 4, 5)));

static void report_field(struct sg_builder *builder, const struct sg_place *place, const char *key,
                         const char *format, ...)
{
    char member_path[SG_BUILDER_PATH_SIZE], message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    sg_builder_report(builder, place->file, field_path(place, key, member_path), "%s", message);
}

/* Takes the text out of a field that sg_builder_string accepted: the model will own it. */
static char *take(struct sg_value *value)
{
    char *text = value->text;
    value->text = NULL;
    return text;
}

#define INVALID_ID   "invalid id '%s' (use 1-64 characters of A-Z a-z 0-9 . _ -, not '.' or '..')"
#define INVALID_DATE "invalid date '%s' (expected YYYY-MM-DD)"

void sg_builder_snapshot(struct sg_builder *builder, const struct sg_place *place,
                         struct sg_record *record)
{
    struct sg_snapshot_info *info = &builder->model->info;
    struct sg_value *fields = record->fields;
    const char *id = sg_builder_string(builder, place, "id", &fields[SG_SNAPSHOT_FIELD_ID], 1);
    if (id && !sg_text_is_valid_id(id))
        report_field(builder, place, "id", INVALID_ID, id);
    else if (id)
        info->id = take(&fields[SG_SNAPSHOT_FIELD_ID]);
    const char *date =
        sg_builder_string(builder, place, "date", &fields[SG_SNAPSHOT_FIELD_DATE], 1);
    if (date && !sg_text_is_valid_date(date))
        report_field(builder, place, "date", INVALID_DATE, date);
    else if (date)
        info->date = take(&fields[SG_SNAPSHOT_FIELD_DATE]);
    if (sg_builder_string(builder, place, "title", &fields[SG_SNAPSHOT_FIELD_TITLE], 0))
        info->title = take(&fields[SG_SNAPSHOT_FIELD_TITLE]);
    if (sg_builder_string(builder, place, "source", &fields[SG_SNAPSHOT_FIELD_SOURCE], 0))
        info->source = take(&fields[SG_SNAPSHOT_FIELD_SOURCE]);
    sg_builder_articles(builder, place->file, &fields[SG_SNAPSHOT_FIELD_ARTICLES]);
    info->extras = record->extras;
    memset(&record->extras, 0, sizeof record->extras);
    sg_record_destroy(record);
}

int sg_builder_begin(struct sg_builder *builder, size_t actor_count, size_t relation_count,
                     int check_empty)
{
    const struct sg_load_limits *limits = builder->limits;
    if (check_empty && actor_count == 0)
        sg_builder_report(builder, builder->name, "actors", "at least one actor is required");
    if (actor_count > limits->max_actors) {
        sg_builder_report(builder, builder->name, "actors",
                          "%zu actors, more than the limit of %zu", actor_count,
                          limits->max_actors);
        return SG_ERR_DATA;
    }
    if (relation_count > limits->max_relations) {
        sg_builder_report(builder, builder->name, "relations",
                          "%zu relations, more than the limit of %zu", relation_count,
                          limits->max_relations);
        return SG_ERR_DATA;
    }
    if (sg_model_reserve(builder->model, actor_count, relation_count) != SG_OK) {
        builder->out_of_memory = 1;
        return SG_ERR_NOMEM;
    }
    builder->actor_index = sg_strindex_new(actor_count);
    return SG_OK;
}

static long lookup_actor(struct sg_builder *builder, const char *id)
{
    if (!builder->actor_index)
        return sg_model_find_actor(builder->model, id);
    return sg_strindex_get(builder->actor_index, id);
}

/* Keeps the aliases (an array of strings) of the actor. */
static void add_aliases(struct sg_builder *builder, const struct sg_place *place,
                        struct sg_value *aliases, struct sg_actor *actor)
{
    char member_path[SG_BUILDER_PATH_SIZE], item_path[SG_BUILDER_PATH_SIZE];
    if (aliases->kind == SG_KIND_ABSENT)
        return;
    if (aliases->kind != SG_KIND_ARRAY) {
        sg_builder_report(builder, place->file, field_path(place, "aliases", member_path),
                          "expected an array of strings, found %s", sg_kind_name(aliases->kind));
        return;
    }
    if (aliases->count == 0)
        return;
    actor->aliases = calloc(aliases->count, sizeof *actor->aliases);
    if (!actor->aliases) {
        builder->out_of_memory = 1;
        return;
    }
    for (size_t i = 0; i < aliases->count; i++) {
        if (aliases->items[i].kind != SG_KIND_STRING) {
            sg_builder_path_printf(item_path, "%s[%zu]", field_path(place, "aliases", member_path),
                                   i);
            sg_builder_report(builder, place->file, item_path, "expected a string, found %s",
                              sg_kind_name(aliases->items[i].kind));
            continue;
        }
        actor->aliases[actor->alias_count++] = take(&aliases->items[i]);
    }
}

/* Checks the id of an actor: valid, and not used before. Returns it, or NULL (reported). */
static const char *check_actor_id(struct sg_builder *builder, const struct sg_place *place,
                                  const struct sg_value *value)
{
    const char *id = sg_builder_string(builder, place, "id", value, 1);
    if (id && !sg_text_is_valid_id(id)) {
        report_field(builder, place, "id", INVALID_ID, id);
        return NULL;
    }
    long earlier = id ? lookup_actor(builder, id) : -1;
    if (earlier >= 0) {
        report_field(builder, place, "id", "duplicate actor id '%s' (first used by actors[%ld])",
                     id, earlier);
        return NULL;
    }
    return id;
}
/*
 * The candidate closest to word, for a "did you mean" hint (an actor id, a type name): of those
 * within an edit distance of a third of word's length plus one, the first of the nearest; NULL
 * if none is that close. name(context, i) gives candidate i of count.
 */
static const char *closest(const char *word, size_t count,
                           const char *(*name)(const void *context, size_t i), const void *context)
{
    size_t limit = strlen(word) / 3 + 1, best_distance = limit + 1;
    const char *best = NULL;
    for (size_t i = 0; i < count; i++) {
        size_t distance = sg_text_edit_distance(word, name(context, i), limit);
        if (distance < best_distance) {
            best_distance = distance;
            best = name(context, i);
        }
    }
    return best;
}

/* The kinds of type name: actor types and relation types (stances), as messages call them. */
struct type_names {
    const char *what;     /* "actor type" */
    const char *expected; /* "person, organization, country or group" */
    int count;
    const char *(*name)(int value);     /* sg_actor_type_name */
    int (*from_name)(const char *name); /* sg_actor_type_from_name */
};

static const char *actor_type_name(int value)
{
    return sg_actor_type_name((enum sg_actor_type)value);
}

static const char *stance_name(int value)
{
    return sg_stance_name((enum sg_stance)value);
}

static const struct type_names actor_types = {
    "actor type", "person, organization, country or group", SG_ACTOR_TYPE_COUNT, actor_type_name,
    sg_actor_type_from_name};
static const struct type_names stances = {"relation type", "support, criticism or negotiation",
                                          SG_STANCE_COUNT, stance_name, sg_stance_from_name};

static const char *type_candidate(const void *context, size_t i)
{
    return ((const struct type_names *)context)->name((int)i);
}

/*
 * The value of the type name text in any case ("Support" is support: a spreadsheet or a hand
 * capitalises, and the case says nothing; outputs write the lowercase name), or -1 (reported,
 * with the closest name as a hint).
 */
static int type_value(struct sg_builder *builder, const struct sg_place *place,
                      const struct type_names *names, const char *text)
{
    char lower[32];
    size_t n = strlen(text);
    for (size_t i = 0; i <= n && i < sizeof lower; i++)
        lower[i] = (char)tolower((unsigned char)text[i]);
    int value = n < sizeof lower ? names->from_name(lower) : -1;
    if (value >= 0)
        return value;
    const char *hint =
        n < sizeof lower ? closest(lower, (size_t)names->count, type_candidate, names) : NULL;
    if (hint)
        report_field(builder, place, "type", "unknown %s '%s' (did you mean '%s'? expected %s)",
                     names->what, text, hint, names->expected);
    else
        report_field(builder, place, "type", "unknown %s '%s' (expected %s)", names->what, text,
                     names->expected);
    return -1;
}

void sg_builder_actor(struct sg_builder *builder, const struct sg_place *place,
                      struct sg_record *record)
{
    struct sg_value *fields = record->fields;
    const char *id = check_actor_id(builder, place, &fields[SG_ACTOR_FIELD_ID]);
    const char *name = sg_builder_string(builder, place, "name", &fields[SG_ACTOR_FIELD_NAME], 1);
    const char *type = sg_builder_string(builder, place, "type", &fields[SG_ACTOR_FIELD_TYPE], 1);
    int type_index = type ? type_value(builder, place, &actor_types, type) : -1;
    const char *group =
        sg_builder_string(builder, place, "group", &fields[SG_ACTOR_FIELD_GROUP], 0);
    const char *role = sg_builder_string(builder, place, "role", &fields[SG_ACTOR_FIELD_ROLE], 0);
    struct sg_actor *actor = id ? sg_model_add_actor(builder->model) : NULL;
    if (id && !actor)
        builder->out_of_memory = 1;
    if (!actor)
        goto out;
    actor->id = take(&fields[SG_ACTOR_FIELD_ID]);
    actor->name = name ? take(&fields[SG_ACTOR_FIELD_NAME]) : strdup(actor->id);
    if (!actor->name)
        builder->out_of_memory = 1;
    actor->type = type_index >= 0 ? (enum sg_actor_type)type_index : SG_ACTOR_PERSON;
    if (group)
        actor->group = take(&fields[SG_ACTOR_FIELD_GROUP]);
    if (role)
        actor->role = take(&fields[SG_ACTOR_FIELD_ROLE]);
    add_aliases(builder, place, &fields[SG_ACTOR_FIELD_ALIASES], actor);
    actor->extras = record->extras;
    memset(&record->extras, 0, sizeof record->extras);
    if (builder->actor_index &&
        sg_strindex_put(builder->actor_index, actor->id, builder->model->actor_count - 1) < 0)
        builder->out_of_memory = 1;
out:
    sg_record_destroy(record);
}

static const char *actor_candidate(const void *context, size_t i)
{
    return ((const struct sg_model *)context)->actors[i].id;
}

static long resolve_endpoint(struct sg_builder *builder, const struct sg_place *place,
                             const char *key, const struct sg_value *value)
{
    const char *id = sg_builder_string(builder, place, key, value, 1);
    if (!id)
        return -1;
    long index = lookup_actor(builder, id);
    if (index < 0) {
        const char *hint =
            closest(id, builder->model->actor_count, actor_candidate, builder->model);
        if (hint)
            report_field(builder, place, key, "unknown actor '%s' (did you mean '%s'?)", id, hint);
        else
            report_field(builder, place, key, "unknown actor '%s'", id);
    }
    return index;
}

/* Checks the weight of a relation; returns it, or a negative number (reported). */
static double check_weight(struct sg_builder *builder, const struct sg_place *place,
                           const struct sg_value *value)
{
    if (value->kind == SG_KIND_ABSENT)
        return 1.0;
    if (value->kind != SG_KIND_NUMBER) {
        report_field(builder, place, "weight", "expected a number, found %s",
                     sg_kind_name(value->kind));
        return -1.0;
    }
    if (!(value->number > 0.0 && value->number <= 1.0)) {
        report_field(builder, place, "weight", "weight %g is outside (0, 1]", value->number);
        return -1.0;
    }
    return value->number;
}

void sg_builder_relation(struct sg_builder *builder, const struct sg_place *place,
                         struct sg_record *record)
{
    struct sg_value *fields = record->fields;
    int valid = 1;
    long source = resolve_endpoint(builder, place, "source", &fields[SG_RELATION_FIELD_SOURCE]);
    long target = resolve_endpoint(builder, place, "target", &fields[SG_RELATION_FIELD_TARGET]);
    if (source >= 0 && source == target) {
        char path[SG_BUILDER_PATH_SIZE];
        sg_builder_report(builder, place->file, item_path(place, path),
                          "source and target are both '%s' (a relation needs two actors)",
                          builder->model->actors[source].id);
        valid = 0;
    }
    const char *type =
        sg_builder_string(builder, place, "type", &fields[SG_RELATION_FIELD_TYPE], 1);
    int stance = type ? type_value(builder, place, &stances, type) : -1;
    double weight = check_weight(builder, place, &fields[SG_RELATION_FIELD_WEIGHT]);
    const char *date =
        sg_builder_string(builder, place, "date", &fields[SG_RELATION_FIELD_DATE], 0);
    if (date && !sg_text_is_valid_date(date)) {
        report_field(builder, place, "date", INVALID_DATE, date);
        valid = 0;
    }
    const char *evidence =
        sg_builder_string(builder, place, "evidence", &fields[SG_RELATION_FIELD_EVIDENCE], 0);
    struct sg_statement *statement = NULL;
    if (valid && weight > 0 && source >= 0 && target >= 0 && stance >= 0) {
        statement = sg_model_add_statement(builder->model);
        if (!statement)
            builder->out_of_memory = 1;
    }
    if (statement) {
        statement->source = (size_t)source;
        statement->target = (size_t)target;
        statement->type = (enum sg_stance)stance;
        statement->weight = weight;
        if (sg_model_set_date(builder->model, statement, date) != SG_OK)
            builder->out_of_memory = 1;
        if (evidence)
            statement->evidence = take(&fields[SG_RELATION_FIELD_EVIDENCE]);
        statement->extras = record->extras;
        memset(&record->extras, 0, sizeof record->extras);
    }
    sg_record_destroy(record);
}

int sg_builder_finish(struct sg_builder *builder)
{
    sg_strindex_free(builder->actor_index);
    builder->actor_index = NULL;
    free(builder->source_read);
    builder->source_read = NULL;
    builder->source = NULL;
    int err = builder->out_of_memory ? SG_ERR_NOMEM : builder->errors ? SG_ERR_DATA : SG_OK;
    if (!err)
        err = sg_model_build_ties(builder->model);
    if (err)
        sg_model_destroy(builder->model);
    return err;
}

int sg_staged_push(struct sg_staged_list *list, double index, struct sg_record *record, char *where)
{
    if (where && list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        struct sg_staged *grown = realloc(list->items, capacity * sizeof *grown);
        if (grown) {
            list->items = grown;
            list->capacity = capacity;
        }
    }
    if (!where || list->count == list->capacity) {
        sg_record_destroy(record);
        free(where);
        return SG_ERR_NOMEM;
    }
    list->items[list->count++] = (struct sg_staged){index, where, *record};
    return SG_OK;
}

void sg_staged_free(struct sg_staged_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++) {
        sg_record_destroy(&list->items[i].record);
        free(list->items[i].where);
    }
    free(list->items);
}

void sg_builder_add_staged(struct sg_builder *builder, struct sg_staged_list *list,
                           const char *array,
                           void (*add)(struct sg_builder *builder, const struct sg_place *place,
                                       struct sg_record *record))
{
    for (size_t i = 0; i < list->count && !sg_builder_stopped(builder); i++) {
        const struct sg_place place = {.file = list->items[i].where, .array = array, .index = i};
        add(builder, &place, &list->items[i].record);
    }
}
