/*
 * Snapshot JSON loader: syntax checks (UTF-8, NUL bytes, JSON grammar, duplicate keys) with
 * line:column positions, then schema checks with JSON paths, then tie aggregation. It keeps going
 * after a problem so that one run shows the user every mistake in the file.
 */

#include "load/json.h"

#include "base/diag.h"
#include "base/digest.h"
#include "base/infile.h"
#include "base/text.h"

#include <cjson/cJSON.h>
#include <search.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A JSON path is short in practice; longer ones are truncated in messages, never overflowed. */
#define PATH_SIZE 160

struct loader {
    const char *file;
    const struct sg_load_origin *origin; /* where the tree's items come from, or NULL */
    const struct sg_load_limits *limits;
    struct sg_model *model;
    int errors;
    int out_of_memory;
    struct hsearch_data actor_index;
    int has_index;
};

static void report(struct loader *loader, const char *path, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static void report(struct loader *loader, const char *path, const char *format, ...)
{
    char message[512];
    va_list args;
    loader->errors++;
    if (loader->errors > SG_LOAD_MAX_ERRORS)
        return;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    const char *file = loader->file;
    const struct sg_load_origin *origin = loader->origin;
    int index = -1;
    if (origin && path && sscanf(path, "actors[%d]", &index) == 1 && index >= 0 &&
        (size_t)index < origin->actor_count && origin->actor_where[index])
        file = origin->actor_where[index];
    else if (origin && path && sscanf(path, "relations[%d]", &index) == 1 && index >= 0 &&
             (size_t)index < origin->relation_count && origin->relation_where[index])
        file = origin->relation_where[index];
    sg_diag_at_path(file, path, "%s", message);
    if (loader->errors == SG_LOAD_MAX_ERRORS)
        sg_diag_at_path(loader->file, NULL, "too many errors; stopping after %d",
                        SG_LOAD_MAX_ERRORS);
}

static int stopped(const struct loader *loader)
{
    return loader->errors >= SG_LOAD_MAX_ERRORS || loader->out_of_memory;
}

const char *sg_json_kind(const struct cJSON *item)
{
    if (cJSON_IsString(item))
        return "a string";
    if (cJSON_IsNumber(item))
        return "a number";
    if (cJSON_IsBool(item))
        return "a boolean";
    if (cJSON_IsNull(item))
        return "null";
    if (cJSON_IsArray(item))
        return "an array";
    if (cJSON_IsObject(item))
        return "an object";
    return "an invalid value";
}

static char *copy_string(struct loader *loader, const char *text)
{
    char *copy = strdup(text);
    if (!copy)
        loader->out_of_memory = 1;
    return copy;
}

/* Formats a JSON path into a PATH_SIZE buffer; an overlong path is truncated. */
static void path_printf(char *out, const char *format, ...) __attribute__((format(printf, 2, 3)));

static void path_printf(char *out, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vsnprintf(out, PATH_SIZE, format, args);
    va_end(args);
}

static void join_path(char *out, const char *parent, const char *key)
{
    if (parent && *parent)
        path_printf(out, "%s.%s", parent, key);
    else
        path_printf(out, "%s", key);
}

/* Reports every object key that occurs twice; cJSON keeps both and would silently pick one. */
static void check_duplicate_keys(struct loader *loader, const cJSON *item, const char *path)
{
    char child_path[PATH_SIZE];
    int index = 0;
    for (const cJSON *child = item->child; child && !stopped(loader); child = child->next) {
        if (cJSON_IsObject(item)) {
            for (const cJSON *earlier = item->child; earlier != child; earlier = earlier->next)
                if (strcmp(earlier->string, child->string) == 0) {
                    report(loader, path, "duplicate key '%s'", child->string);
                    break;
                }
            join_path(child_path, path, child->string);
        } else {
            path_printf(child_path, "%s[%d]", path, index);
        }
        index++;
        if (child->child)
            check_duplicate_keys(loader, child, child_path);
    }
}

/*
 * Reads an optional or required string member. Returns the string (owned by the JSON tree), or
 * NULL when absent or of the wrong type (reported).
 */
static const char *get_string(struct loader *loader, const cJSON *object, const char *path,
                              const char *key, int required)
{
    char member_path[PATH_SIZE];
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(object, key);
    if (!item) {
        if (required)
            report(loader, path, "missing required field '%s'", key);
        return NULL;
    }
    join_path(member_path, path, key);
    if (!cJSON_IsString(item)) {
        report(loader, member_path, "expected a string, found %s", sg_json_kind(item));
        return NULL;
    }
    if (required && item->valuestring[0] == '\0') {
        report(loader, member_path, "must not be empty");
        return NULL;
    }
    return item->valuestring;
}

static int is_known_key(const char *key, const char *const *known)
{
    for (; *known; known++)
        if (strcmp(key, *known) == 0)
            return 1;
    return 0;
}

/* Keeps the members not in known as extras, each value as compact JSON. */
static void collect_extras(struct loader *loader, const cJSON *object, const char *const *known,
                           struct sg_extras *extras)
{
    size_t count = 0;
    for (const cJSON *child = object->child; child; child = child->next)
        if (!is_known_key(child->string, known))
            count++;
    if (count == 0)
        return;
    extras->items = calloc(count, sizeof *extras->items);
    if (!extras->items) {
        loader->out_of_memory = 1;
        return;
    }
    for (const cJSON *child = object->child; child; child = child->next) {
        if (is_known_key(child->string, known))
            continue;
        struct sg_extra *extra = &extras->items[extras->count++];
        extra->key = copy_string(loader, child->string);
        /* Printed into the arena (see below): copied out, since the model outlives it. */
        char *printed = cJSON_PrintUnformatted(child);
        extra->json = printed ? strdup(printed) : NULL;
        if (!extra->json)
            loader->out_of_memory = 1;
    }
}

static const cJSON *get_object(struct loader *loader, const cJSON *parent, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(parent, key);
    if (!item) {
        report(loader, NULL, "missing required field '%s'", key);
        return NULL;
    }
    if (!cJSON_IsObject(item)) {
        report(loader, key, "expected an object, found %s", sg_json_kind(item));
        return NULL;
    }
    return item;
}

static void load_snapshot_info(struct loader *loader, const cJSON *root)
{
    static const char *const known[] = {"id", "date", "title", "source", NULL};
    struct sg_snapshot_info *info = &loader->model->info;
    const cJSON *snapshot = get_object(loader, root, "snapshot");
    if (!snapshot)
        return;
    const char *id = get_string(loader, snapshot, "snapshot", "id", 1);
    if (id && !sg_text_is_valid_id(id))
        report(loader, "snapshot.id",
               "invalid id '%s' (use 1-64 characters of A-Z a-z 0-9 . _ -, not '.' or '..')", id);
    else if (id)
        info->id = copy_string(loader, id);
    const char *date = get_string(loader, snapshot, "snapshot", "date", 1);
    if (date && !sg_text_is_valid_date(date))
        report(loader, "snapshot.date", "invalid date '%s' (expected YYYY-MM-DD)", date);
    else if (date)
        info->date = copy_string(loader, date);
    const char *title = get_string(loader, snapshot, "snapshot", "title", 0);
    if (title)
        info->title = copy_string(loader, title);
    const char *source = get_string(loader, snapshot, "snapshot", "source", 0);
    if (source)
        info->source = copy_string(loader, source);
    collect_extras(loader, snapshot, known, &info->extras);
}

static void load_aliases(struct loader *loader, const cJSON *object, const char *path,
                         struct sg_actor *actor)
{
    char member_path[PATH_SIZE], item_path[PATH_SIZE];
    const cJSON *aliases = cJSON_GetObjectItemCaseSensitive(object, "aliases");
    if (!aliases)
        return;
    join_path(member_path, path, "aliases");
    if (!cJSON_IsArray(aliases)) {
        report(loader, member_path, "expected an array of strings, found %s",
               sg_json_kind(aliases));
        return;
    }
    int count = cJSON_GetArraySize(aliases);
    if (count == 0)
        return;
    actor->aliases = calloc((size_t)count, sizeof *actor->aliases);
    if (!actor->aliases) {
        loader->out_of_memory = 1;
        return;
    }
    int index = 0;
    for (const cJSON *alias = aliases->child; alias; alias = alias->next, index++) {
        if (!cJSON_IsString(alias)) {
            path_printf(item_path, "%s[%d]", member_path, index);
            report(loader, item_path, "expected a string, found %s", sg_json_kind(alias));
            continue;
        }
        actor->aliases[actor->alias_count++] = copy_string(loader, alias->valuestring);
    }
}

static long lookup_actor(struct loader *loader, const char *id)
{
    ENTRY query = {.key = (char *)id, .data = NULL}, *found = NULL;
    if (!loader->has_index)
        return sg_model_find_actor(loader->model, id);
    if (!hsearch_r(query, FIND, &found, &loader->actor_index) || !found)
        return -1;
    return (long)(intptr_t)found->data;
}

static void load_actor(struct loader *loader, const cJSON *object, int index)
{
    static const char *const known[] = {"id", "name", "type", "group", "role", "aliases", NULL};
    char path[PATH_SIZE], member_path[PATH_SIZE];
    path_printf(path, "actors[%d]", index);
    if (!cJSON_IsObject(object)) {
        report(loader, path, "expected an object, found %s", sg_json_kind(object));
        return;
    }
    const char *id = get_string(loader, object, path, "id", 1);
    join_path(member_path, path, "id");
    if (id && !sg_text_is_valid_id(id)) {
        report(loader, member_path,
               "invalid id '%s' (use 1-64 characters of A-Z a-z 0-9 . _ -, not '.' or '..')", id);
        id = NULL;
    }
    if (id) {
        long earlier = lookup_actor(loader, id);
        if (earlier >= 0) {
            report(loader, member_path, "duplicate actor id '%s' (first used by actors[%ld])", id,
                   earlier);
            id = NULL;
        }
    }
    const char *name = get_string(loader, object, path, "name", 1);
    const char *type = get_string(loader, object, path, "type", 1);
    int type_value = type ? sg_actor_type_from_name(type) : -1;
    if (type && type_value < 0) {
        join_path(member_path, path, "type");
        report(loader, member_path,
               "unknown actor type '%s' (expected person, organization, country or group)", type);
    }
    const char *group = get_string(loader, object, path, "group", 0);
    const char *role = get_string(loader, object, path, "role", 0);

    /* Actors with a valid id join the model even when other fields are wrong, so that relations
     * naming them are not reported as unknown too. */
    if (!id)
        return;
    struct sg_actor *actor = sg_model_add_actor(loader->model);
    if (!actor) {
        loader->out_of_memory = 1;
        return;
    }
    actor->id = copy_string(loader, id);
    actor->name = copy_string(loader, name ? name : id);
    actor->type = type_value >= 0 ? (enum sg_actor_type)type_value : SG_ACTOR_PERSON;
    if (group)
        actor->group = copy_string(loader, group);
    if (role)
        actor->role = copy_string(loader, role);
    load_aliases(loader, object, path, actor);
    collect_extras(loader, object, known, &actor->extras);
    if (loader->has_index && actor->id) {
        ENTRY entry = {.key = actor->id,
                       .data = (void *)(intptr_t)(loader->model->actor_count - 1)};
        ENTRY *stored = NULL;
        if (!hsearch_r(entry, ENTER, &stored, &loader->actor_index))
            loader->out_of_memory = 1;
    }
}

/* Finds the actor id closest to an unknown one, for a "did you mean" hint; NULL if none is. */
static const char *closest_actor(const struct sg_model *model, const char *id)
{
    size_t limit = strlen(id) / 3 + 1;
    size_t best_distance = limit + 1;
    const char *best = NULL;
    for (size_t i = 0; i < model->actor_count; i++) {
        size_t distance = sg_text_edit_distance(id, model->actors[i].id, limit);
        if (distance < best_distance) {
            best_distance = distance;
            best = model->actors[i].id;
        }
    }
    return best;
}

static long resolve_endpoint(struct loader *loader, const cJSON *object, const char *path,
                             const char *key)
{
    char member_path[PATH_SIZE];
    const char *id = get_string(loader, object, path, key, 1);
    if (!id)
        return -1;
    long index = lookup_actor(loader, id);
    if (index < 0) {
        join_path(member_path, path, key);
        const char *hint = closest_actor(loader->model, id);
        if (hint)
            report(loader, member_path, "unknown actor '%s' (did you mean '%s'?)", id, hint);
        else
            report(loader, member_path, "unknown actor '%s'", id);
    }
    return index;
}

static void load_relation(struct loader *loader, const cJSON *object, int index)
{
    static const char *const known[] = {"source", "target",   "type", "weight",
                                        "date",   "evidence", NULL};
    char path[PATH_SIZE], member_path[PATH_SIZE];
    int valid = 1;
    path_printf(path, "relations[%d]", index);
    if (!cJSON_IsObject(object)) {
        report(loader, path, "expected an object, found %s", sg_json_kind(object));
        return;
    }
    long source = resolve_endpoint(loader, object, path, "source");
    long target = resolve_endpoint(loader, object, path, "target");
    if (source >= 0 && source == target) {
        report(loader, path, "source and target are both '%s' (a relation needs two actors)",
               loader->model->actors[source].id);
        valid = 0;
    }
    const char *type = get_string(loader, object, path, "type", 1);
    int stance = type ? sg_stance_from_name(type) : -1;
    if (type && stance < 0) {
        join_path(member_path, path, "type");
        report(loader, member_path,
               "unknown relation type '%s' (expected support, criticism or negotiation)", type);
    }
    double weight = 1.0;
    const cJSON *weight_item = cJSON_GetObjectItemCaseSensitive(object, "weight");
    if (weight_item) {
        join_path(member_path, path, "weight");
        if (!cJSON_IsNumber(weight_item)) {
            report(loader, member_path, "expected a number, found %s", sg_json_kind(weight_item));
            valid = 0;
        } else if (!(weight_item->valuedouble > 0.0 && weight_item->valuedouble <= 1.0)) {
            report(loader, member_path, "weight %g is outside (0, 1]", weight_item->valuedouble);
            valid = 0;
        } else {
            weight = weight_item->valuedouble;
        }
    }
    const char *date = get_string(loader, object, path, "date", 0);
    if (date && !sg_text_is_valid_date(date)) {
        join_path(member_path, path, "date");
        report(loader, member_path, "invalid date '%s' (expected YYYY-MM-DD)", date);
        valid = 0;
    }
    const char *evidence = get_string(loader, object, path, "evidence", 0);
    if (!valid || source < 0 || target < 0 || stance < 0)
        return;
    struct sg_statement *statement = sg_model_add_statement(loader->model);
    if (!statement) {
        loader->out_of_memory = 1;
        return;
    }
    statement->source = (size_t)source;
    statement->target = (size_t)target;
    statement->type = (enum sg_stance)stance;
    statement->weight = weight;
    if (date)
        statement->date = copy_string(loader, date);
    if (evidence)
        statement->evidence = copy_string(loader, evidence);
    collect_extras(loader, object, known, &statement->extras);
}

static const cJSON *get_array(struct loader *loader, const cJSON *root, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!item) {
        report(loader, NULL, "missing required field '%s'", key);
        return NULL;
    }
    if (!cJSON_IsArray(item)) {
        report(loader, key, "expected an array, found %s", sg_json_kind(item));
        return NULL;
    }
    return item;
}

static void load_root(struct loader *loader, const cJSON *root)
{
    static const char *const known[] = {"format", "snapshot", "actors", "relations", NULL};
    if (!cJSON_IsObject(root)) {
        report(loader, NULL, "expected a JSON object at the top level, found %s",
               sg_json_kind(root));
        return;
    }
    check_duplicate_keys(loader, root, "");
    for (const cJSON *child = root->child; child; child = child->next)
        if (!is_known_key(child->string, known))
            report(loader, NULL,
                   "unknown top-level field '%s' (expected format, snapshot, "
                   "actors and relations)",
                   child->string);
    const char *format = get_string(loader, root, "", "format", 1);
    if (format && strcmp(format, SG_SNAPSHOT_FORMAT) != 0)
        report(loader, "format", "unsupported format '%s' (expected '%s')", format,
               SG_SNAPSHOT_FORMAT);
    load_snapshot_info(loader, root);

    const cJSON *actors = get_array(loader, root, "actors");
    const cJSON *relations = get_array(loader, root, "relations");
    int actor_count = actors ? cJSON_GetArraySize(actors) : 0;
    int relation_count = relations ? cJSON_GetArraySize(relations) : 0;
    if (actors && actor_count == 0)
        report(loader, "actors", "at least one actor is required");
    if ((size_t)actor_count > loader->limits->max_actors) {
        report(loader, "actors", "%d actors, more than the limit of %zu", actor_count,
               loader->limits->max_actors);
        return;
    }
    if ((size_t)relation_count > loader->limits->max_relations) {
        report(loader, "relations", "%d relations, more than the limit of %zu", relation_count,
               loader->limits->max_relations);
        return;
    }
    if (sg_model_reserve(loader->model, (size_t)actor_count, (size_t)relation_count) != SG_OK) {
        loader->out_of_memory = 1;
        return;
    }
    memset(&loader->actor_index, 0, sizeof loader->actor_index);
    loader->has_index = hcreate_r((size_t)actor_count * 2 + 16, &loader->actor_index) != 0;

    int index = 0;
    for (const cJSON *actor = actors ? actors->child : NULL; actor && !stopped(loader);
         actor = actor->next)
        load_actor(loader, actor, index++);
    index = 0;
    for (const cJSON *relation = relations ? relations->child : NULL; relation && !stopped(loader);
         relation = relation->next)
        load_relation(loader, relation, index++);
}

/*
 * The parse tree lives in an arena: cJSON makes one small allocation per value and per key,
 * and with malloc's own overhead the tree of a million relations would be half again as large.
 * The arena hands out aligned slices of large chunks and frees them all at once when the tree
 * is no longer needed; cJSON's frees in between do nothing. Installed only while loading.
 */
#define ARENA_CHUNK ((size_t)16 * 1024 * 1024)

struct arena_chunk {
    struct arena_chunk *next;
    size_t used, size;
    max_align_t data[];
};

static struct arena_chunk *arena;

static void *arena_malloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (!arena || arena->used + size > arena->size) {
        size_t capacity = size > ARENA_CHUNK ? size : ARENA_CHUNK;
        struct arena_chunk *chunk = malloc(sizeof *chunk + capacity);
        if (!chunk)
            return NULL;
        chunk->next = arena;
        chunk->used = 0;
        chunk->size = capacity;
        arena = chunk;
    }
    void *slice = (char *)arena->data + arena->used;
    arena->used += size;
    return slice;
}

static void arena_free(void *pointer)
{
    (void)pointer; /* everything goes at once, in arena_release */
}

static void arena_begin(void)
{
    cJSON_Hooks hooks = {arena_malloc, arena_free};
    cJSON_InitHooks(&hooks);
}

static void arena_release(void)
{
    cJSON_InitHooks(NULL);
    while (arena) {
        struct arena_chunk *next = arena->next;
        free(arena);
        arena = next;
    }
}

void sg_load_limits_default(struct sg_load_limits *limits)
{
    limits->max_depth = SG_LOAD_MAX_DEPTH;
    limits->max_string = SG_LOAD_MAX_STRING;
    limits->max_actors = SG_LOAD_MAX_ACTORS;
    limits->max_relations = SG_LOAD_MAX_RELATIONS;
}

/* Line and column of offset, not counting a UTF-8 byte-order mark: editors do not show it. */
static void locate(const char *bytes, size_t length, size_t offset, unsigned long *line,
                   unsigned long *column)
{
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (offset < start)
        offset = start;
    sg_text_line_column(bytes + start, offset - start, line, column);
}

/*
 * Scans the text for nesting deeper than the limit and strings longer than the limit, before
 * cJSON sees it (cJSON would recurse 1000 levels deep, and report only "syntax error").
 */
static int check_shape(const char *name, const char *bytes, size_t length,
                       const struct sg_load_limits *limits)
{
    unsigned long line, column;
    size_t depth = 0;
    for (size_t i = 0; i < length; i++) {
        char c = bytes[i];
        if (c == '"') {
            size_t start = i++;
            while (i < length && bytes[i] != '"')
                i += bytes[i] == '\\' ? 2 : 1;
            if (i - start - 1 > limits->max_string) {
                locate(bytes, length, start, &line, &column);
                sg_diag_at_position(name, line, column, "string longer than the limit of %zu bytes",
                                    limits->max_string);
                return SG_ERR_DATA;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > limits->max_depth) {
                locate(bytes, length, i, &line, &column);
                sg_diag_at_position(name, line, column,
                                    "nesting deeper than the limit of %zu levels",
                                    limits->max_depth);
                return SG_ERR_DATA;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return SG_OK;
}

/* Checks that the bytes can be JSON text at all, reporting with line:column. */
static int check_bytes(const char *name, const char *bytes, size_t length, const char *what)
{
    unsigned long line, column;
    size_t start = 0;
    if (length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
    size_t nul = strlen(bytes);
    if (nul < length) {
        locate(bytes, length, nul, &line, &column);
        sg_diag_at_position(name, line, column, "NUL byte in input (byte offset %zu)", nul);
        return SG_ERR_DATA;
    }
    long bad = sg_text_utf8_invalid_offset(bytes, length);
    if (bad >= 0) {
        locate(bytes, length, (size_t)bad, &line, &column);
        sg_diag_at_position(name, line, column, "invalid UTF-8 (byte offset %ld)", bad);
        return SG_ERR_DATA;
    }
    size_t i = start;
    while (i < length && strchr(" \t\r\n", bytes[i]))
        i++;
    if (i == length) {
        sg_diag_at_path(name, NULL, "file is empty (expected %s)", what);
        return SG_ERR_DATA;
    }
    return SG_OK;
}

static void describe_syntax_error(const char *name, const char *bytes, size_t length,
                                  const char *at)
{
    unsigned long line, column;
    size_t offset = at ? (size_t)(at - bytes) : length;
    if (offset > length)
        offset = length;
    locate(bytes, length, offset, &line, &column);
    if (offset >= length) {
        sg_diag_at_position(name, line, column, "syntax error: unexpected end of input");
    } else {
        unsigned char c = (unsigned char)bytes[offset];
        if (c >= 0x20 && c < 0x7F)
            sg_diag_at_position(name, line, column, "syntax error near '%c'", c);
        else
            sg_diag_at_position(name, line, column, "syntax error near byte 0x%02X", c);
    }
}

int sg_load_json_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model)
{
    struct sg_load_limits limits;
    sg_load_limits_default(&limits);
    return sg_load_json_buffer_limited(name, bytes, length, &limits, model);
}

/* Loads bytes; when owned is not NULL it points at the heap copy of bytes, freed as soon as the
 * parse tree exists (large inputs need not be held twice) and set to NULL. */
static int load(const char *name, const char *bytes, size_t length,
                const struct sg_load_limits *limits, struct sg_model *model, char **owned)
{
    struct loader loader = {.file = name, .limits = limits, .model = model};
    cJSON *root = NULL;
    const char *end = NULL;
    char digest[65];
    int err = check_bytes(name, bytes, length, "a stancegraph/1 JSON snapshot");
    if (!err)
        err = check_shape(name, bytes, length, limits);
    if (err)
        goto out;
    sg_digest_sha256_hex(bytes, length, digest);
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    arena_begin();
    root = cJSON_ParseWithLengthOpts(bytes + start, length - start + 1, &end, 1);
    if (!root) {
        describe_syntax_error(name, bytes, length, end);
        err = SG_ERR_DATA;
        goto out;
    }
    if (owned) {
        free(*owned);
        *owned = NULL;
        bytes = NULL;
    }
    load_root(&loader, root);
    if (loader.out_of_memory) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    if (loader.errors) {
        err = SG_ERR_DATA;
        goto out;
    }
    err = sg_model_build_ties(model);
    if (err)
        goto out;
    memcpy(model->input_sha256, digest, sizeof digest);
out:
    if (loader.has_index)
        hdestroy_r(&loader.actor_index);
    cJSON_Delete(root);
    arena_release();
    if (err)
        sg_model_destroy(model);
    return err;
}

int sg_json_parse_checked(const char *name, const char *bytes, size_t length, const char *what,
                          struct cJSON **root)
{
    struct sg_load_limits limits;
    sg_load_limits_default(&limits);
    const char *end = NULL;
    *root = NULL;
    int err = check_bytes(name, bytes, length, what);
    if (!err)
        err = check_shape(name, bytes, length, &limits);
    if (err)
        return err;
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    *root = cJSON_ParseWithLengthOpts(bytes + start, length - start + 1, &end, 1);
    if (!*root) {
        describe_syntax_error(name, bytes, length, end);
        return SG_ERR_DATA;
    }
    return SG_OK;
}

int sg_load_tree(const char *name, const struct cJSON *root, const struct sg_load_origin *origin,
                 struct sg_model *model)
{
    struct sg_load_limits limits;
    sg_load_limits_default(&limits);
    struct loader loader = {.file = name, .origin = origin, .limits = &limits, .model = model};
    arena_begin(); /* for the extras' printing only: the tree is the caller's */
    load_root(&loader, root);
    if (loader.has_index)
        hdestroy_r(&loader.actor_index);
    arena_release();
    int err = loader.out_of_memory ? SG_ERR_NOMEM : loader.errors ? SG_ERR_DATA : SG_OK;
    if (!err)
        err = sg_model_build_ties(model);
    if (err)
        sg_model_destroy(model);
    return err;
}

int sg_load_json_buffer_limited(const char *name, const char *bytes, size_t length,
                                const struct sg_load_limits *limits, struct sg_model *model)
{
    return load(name, bytes, length, limits, model, NULL);
}

int sg_load_json_file(const char *path, struct sg_model *model)
{
    char *bytes = NULL;
    size_t length = 0;
    struct sg_load_limits limits;
    sg_load_limits_default(&limits);
    int err = sg_infile_read(path, &bytes, &length);
    if (err == SG_OK)
        err =
            load(strcmp(path, "-") == 0 ? "<stdin>" : path, bytes, length, &limits, model, &bytes);
    free(bytes);
    return err;
}
