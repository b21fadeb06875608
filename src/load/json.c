/*
 * Snapshot JSON loader: syntax checks (UTF-8, NUL bytes, JSON grammar, duplicate keys) with
 * line:column positions, then the JSON shape (top-level object, its arrays) with JSON paths;
 * each snapshot head, actor and relation goes as a record to the builder, which checks the rest.
 * The only file that includes cJSON on the reading side: the DOT reader's embedded JSON, CSV
 * KEY:json columns and the cue lexicon are parsed here too.
 */

#include "load/json.h"

#include "base/diag.h"
#include "base/digest.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/json_split.h"
#include "load/locate.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static enum sg_kind kind_of(const cJSON *item)
{
    if (cJSON_IsString(item))
        return SG_KIND_STRING;
    if (cJSON_IsNumber(item))
        return SG_KIND_NUMBER;
    if (cJSON_IsBool(item))
        return SG_KIND_BOOLEAN;
    if (cJSON_IsNull(item))
        return SG_KIND_NULL;
    if (cJSON_IsArray(item))
        return SG_KIND_ARRAY;
    if (cJSON_IsObject(item))
        return SG_KIND_OBJECT;
    return SG_KIND_INVALID;
}

/* Copies item (and all below it, with the keys of object members) into value, empty before.
 * Returns 0 or SG_ERR_NOMEM. */
static int value_of(const cJSON *item, struct sg_value *value)
{
    value->kind = kind_of(item);
    if (value->kind == SG_KIND_STRING)
        return (value->text = strdup(item->valuestring)) ? SG_OK : SG_ERR_NOMEM;
    value->number = item->valuedouble;
    value->truth = cJSON_IsTrue(item);
    size_t count = 0;
    for (const cJSON *child = item->child; child; child = child->next)
        count++;
    if (count == 0)
        return SG_OK;
    value->items = calloc(count, sizeof *value->items);
    if (!value->items)
        return SG_ERR_NOMEM;
    for (const cJSON *child = item->child; child; child = child->next) {
        struct sg_value *member = &value->items[value->count++];
        if (value->kind == SG_KIND_OBJECT && !(member->key = strdup(child->string)))
            return SG_ERR_NOMEM;
        if (value_of(child, member) != SG_OK)
            return SG_ERR_NOMEM;
    }
    return SG_OK;
}

/* Puts every member of object into record: known fields as values, others as compact JSON. */
static int record_of(const cJSON *object, struct sg_record *record)
{
    for (const cJSON *child = object->child; child; child = child->next) {
        int slot = sg_record_slot(record, child->string);
        struct sg_value value = {0};
        char *json = NULL;
        if (slot == SG_RECORD_TAKEN)
            continue;
        if (slot >= 0 && value_of(child, &value) != SG_OK) {
            sg_value_destroy(&value);
            return SG_ERR_NOMEM;
        }
        if (slot == SG_RECORD_EXTRA && !(json = cJSON_PrintUnformatted(child)))
            return SG_ERR_NOMEM;
        if (sg_record_put(record, child->string, &value, json) != SG_OK)
            return SG_ERR_NOMEM;
    }
    return SG_OK;
}

/* A step of the path to a value: a member key, or (key NULL) an array index; the first step's
 * key is the path of the value checked. Paths are made only for a message. */
struct step {
    const struct step *parent;
    const char *key;
    int index;
};

static void step_path(const struct step *step, char *out)
{
    char parent[SG_BUILDER_PATH_SIZE];
    if (!step->parent) {
        sg_builder_path_printf(out, "%s", step->key);
        return;
    }
    step_path(step->parent, parent);
    if (step->key)
        sg_builder_path_join(out, parent, step->key);
    else
        sg_builder_path_printf(out, "%s[%d]", parent, step->index);
}

/* The offset of the value at step in the JSON text source, or SG_LOCATE_NOWHERE. */
static size_t step_offset(const char *source, size_t length, const struct step *step)
{
    if (!step->parent)
        return sg_locate_json_path(source, length, step->key);
    return sg_locate_json_child(source, length, step_offset(source, length, step->parent),
                                (size_t)step->index, NULL);
}

/* Reports the member index of the object at step, whose name an earlier member has. */
static void report_duplicate(struct sg_builder *builder, const char *file, const struct step *at,
                             int index, const char *key)
{
    char path[SG_BUILDER_PATH_SIZE];
    size_t length, name = SG_LOCATE_NOWHERE;
    const char *source = sg_builder_source(builder, &length);
    size_t object = source ? step_offset(source, length, at) : SG_LOCATE_NOWHERE;
    if (object != SG_LOCATE_NOWHERE)
        sg_locate_json_child(source, length, object, (size_t)index, &name);
    step_path(at, path);
    sg_builder_report_at(builder, file, path, name, "duplicate key '%s'", key);
}

static void check_keys_below(struct sg_builder *builder, const char *file, const cJSON *item,
                             const struct step *at)
{
    int index = 0;
    for (const cJSON *child = item->child; child && !sg_builder_stopped(builder);
         child = child->next, index++) {
        struct step below = {at, NULL, index};
        if (cJSON_IsObject(item)) {
            for (const cJSON *earlier = item->child; earlier != child; earlier = earlier->next)
                if (strcmp(earlier->string, child->string) == 0) {
                    report_duplicate(builder, file, at, index, child->string);
                    break;
                }
            below.key = child->string;
        }
        if (child->child)
            check_keys_below(builder, file, child, &below);
    }
}

/* Reports every object key that occurs twice; cJSON keeps both and would silently pick one. */
static void check_duplicate_keys(struct sg_builder *builder, const char *file, const cJSON *item,
                                 const char *path)
{
    const struct step root = {NULL, path, 0};
    check_keys_below(builder, file, item, &root);
}

/* The member key of root when it is an array, else NULL (reported). */
static const cJSON *get_array(struct sg_builder *builder, const cJSON *root, const char *key)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!item) {
        sg_builder_report(builder, builder->name, NULL, "missing required field '%s'", key);
        return NULL;
    }
    if (!cJSON_IsArray(item)) {
        sg_builder_report(builder, builder->name, key, "expected an array, found %s",
                          sg_kind_name(kind_of(item)));
        return NULL;
    }
    return item;
}

/* Reads the "snapshot" object of root into the builder. */
static void load_snapshot_info(struct sg_builder *builder, const cJSON *root)
{
    const struct sg_place place = {.file = builder->name, .path = "snapshot"};
    const cJSON *snapshot = cJSON_GetObjectItemCaseSensitive(root, "snapshot");
    struct sg_record record;
    if (!snapshot) {
        sg_builder_report(builder, builder->name, NULL, "missing required field 'snapshot'");
        return;
    }
    if (!cJSON_IsObject(snapshot)) {
        sg_builder_report(builder, builder->name, "snapshot", "expected an object, found %s",
                          sg_kind_name(kind_of(snapshot)));
        return;
    }
    sg_record_init(&record, SG_RECORD_SNAPSHOT);
    if (record_of(snapshot, &record) != SG_OK) {
        builder->out_of_memory = 1;
        sg_record_destroy(&record);
        return;
    }
    sg_builder_snapshot(builder, &place, &record);
}

/* Hands one item of an array (actors or relations) to the builder as a record of type. */
static void load_item(struct sg_builder *builder, const cJSON *item, const struct sg_place *place,
                      enum sg_record_type type)
{
    if (!cJSON_IsObject(item)) {
        char path[SG_BUILDER_PATH_SIZE];
        sg_builder_path_printf(path, "%s[%zu]", place->array, place->index);
        sg_builder_report(builder, builder->name, path, "expected an object, found %s",
                          sg_kind_name(kind_of(item)));
        return;
    }
    struct sg_record record;
    sg_record_init(&record, type);
    if (record_of(item, &record) != SG_OK) {
        builder->out_of_memory = 1;
        sg_record_destroy(&record);
        return;
    }
    if (type == SG_RECORD_ACTOR)
        sg_builder_actor(builder, place, &record);
    else
        sg_builder_relation(builder, place, &record);
}

/* Hands each item of array to the builder. */
static void load_items(struct sg_builder *builder, const cJSON *array, const char *name,
                       enum sg_record_type type)
{
    struct sg_place place = {.file = builder->name, .array = name, .index = 0};
    for (const cJSON *item = array->child; item && !sg_builder_stopped(builder);
         item = item->next, place.index++)
        load_item(builder, item, &place, type);
}

/* The checks of the top level: an object, no duplicate or unknown keys, the format. */
static int check_top(struct sg_builder *builder, const cJSON *root)
{
    static const char *const known[] = {"format", "snapshot", "actors", "relations", NULL};
    const struct sg_place place = {.file = builder->name, .path = ""};
    if (!cJSON_IsObject(root)) {
        sg_builder_report(builder, builder->name, NULL,
                          "expected a JSON object at the top level, found %s",
                          sg_kind_name(kind_of(root)));
        return SG_ERR_DATA;
    }
    check_duplicate_keys(builder, builder->name, root, "");
    size_t index = 0;
    for (const cJSON *child = root->child; child; child = child->next, index++) {
        const char *const *k = known;
        while (*k && strcmp(*k, child->string) != 0)
            k++;
        if (*k)
            continue;
        /* placed at the member's name: its path could be ambiguous */
        size_t name = SG_LOCATE_NOWHERE, length;
        const char *source = sg_builder_source(builder, &length);
        if (source)
            sg_locate_json_child(source, length, sg_locate_json_path(source, length, ""), index,
                                 &name);
        sg_builder_report_at(builder, builder->name, NULL, name,
                             "unknown top-level field '%s' (expected format, snapshot, actors "
                             "and relations)",
                             child->string);
    }
    const cJSON *format_item = cJSON_GetObjectItemCaseSensitive(root, "format");
    struct sg_value format = {.kind = format_item ? kind_of(format_item) : SG_KIND_ABSENT};
    if (format.kind == SG_KIND_STRING)
        format.text = format_item->valuestring; /* borrowed: not destroyed */
    const char *text = sg_builder_string(builder, &place, "format", &format, 1);
    if (text && strcmp(text, SG_SNAPSHOT_FORMAT) != 0)
        sg_builder_report(builder, builder->name, "format",
                          "unsupported format '%s' (expected '%s')", text, SG_SNAPSHOT_FORMAT);
    return SG_OK;
}

static void load_root(struct sg_builder *builder, const cJSON *root)
{
    if (check_top(builder, root) != SG_OK)
        return;
    load_snapshot_info(builder, root);
    const cJSON *actors = get_array(builder, root, "actors");
    const cJSON *relations = get_array(builder, root, "relations");
    int actor_count = actors ? cJSON_GetArraySize(actors) : 0;
    int relation_count = relations ? cJSON_GetArraySize(relations) : 0;
    if (sg_builder_begin(builder, (size_t)actor_count, (size_t)relation_count, actors != NULL) !=
        SG_OK)
        return;
    if (actors)
        load_items(builder, actors, "actors", SG_RECORD_ACTOR);
    if (relations)
        load_items(builder, relations, "relations", SG_RECORD_RELATION);
}

/* A plain actor list: a JSON array of actor objects, with no snapshot around it. */
static void load_actor_list(struct sg_builder *builder, const cJSON *root)
{
    if (sg_builder_begin(builder, (size_t)cJSON_GetArraySize(root), 0, 1) == SG_OK)
        load_items(builder, root, "", SG_RECORD_ACTOR);
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
                sg_locate_line_column(bytes, length, start, &line, &column);
                sg_diag_at_position(name, line, column, "string longer than the limit of %zu bytes",
                                    limits->max_string);
                return SG_ERR_DATA;
            }
        } else if (c == '[' || c == '{') {
            if (++depth > limits->max_depth) {
                sg_locate_line_column(bytes, length, i, &line, &column);
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
        sg_locate_line_column(bytes, length, nul, &line, &column);
        sg_diag_at_position(name, line, column, "NUL byte in input (byte offset %zu)", nul);
        return SG_ERR_DATA;
    }
    long bad = sg_text_utf8_invalid_offset(bytes, length);
    if (bad >= 0) {
        sg_locate_line_column(bytes, length, (size_t)bad, &line, &column);
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
    sg_locate_line_column(bytes, length, offset, &line, &column);
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

/* cJSON reports a failed allocation as a syntax error. To tell the two apart, its allocations
 * go through noting_malloc, which notes a failure in a per-thread flag. The hooks are installed
 * once, before the first parse, and never swapped. They are process-wide: every tree cJSON
 * builds after that, the JSON writer's too, is allocated by noting_malloc and freed by free,
 * which is what the defaults do; the one difference is that cJSON 1.7.15 uses realloc only
 * with its default hooks, so from then on its printer grows buffers by malloc and copy. The
 * output is the same. */
static _Thread_local int allocation_failed;

static void *noting_malloc(size_t size)
{
    void *pointer = malloc(size);
    if (!pointer)
        allocation_failed = 1;
    return pointer;
}

static void install_hooks(void)
{
    cJSON_Hooks hooks = {noting_malloc, free};
    cJSON_InitHooks(&hooks);
}

/* cJSON_ParseWithLengthOpts (length counts the final NUL when whole; end may be NULL) that
 * also says whether a NULL result was a failed allocation. */
static cJSON *parse_noting(const char *text, size_t length, const char **end, int whole,
                           int *out_of_memory)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, install_hooks);
    allocation_failed = 0;
    cJSON *root = cJSON_ParseWithLengthOpts(text, length, end, whole);
    *out_of_memory = !root && allocation_failed;
    return root;
}

/* The same for NUL-terminated text. */
static cJSON *parse_text(const char *text, int *out_of_memory)
{
    return parse_noting(text, strlen(text) + 1, NULL, 1, out_of_memory);
}

/* The value in bytes [start, end), which must be all of it; NULL when it is no JSON value, or
 * (*out_of_memory set) when memory ran out. */
static cJSON *parse_slice(const char *bytes, size_t start, size_t end, int *out_of_memory)
{
    const char *stop = NULL;
    cJSON *item = parse_noting(bytes + start, end - start, &stop, 0, out_of_memory);
    if (item && stop != bytes + end) {
        cJSON_Delete(item);
        item = NULL;
    }
    return item;
}

/* Checks JSON text (see sg_json_parse_value) with the given limits before it is parsed: NUL
 * bytes, UTF-8, empty text, nesting and string lengths. Returns 0 or SG_ERR_DATA (reported). */
static int check_text(const char *name, const char *bytes, size_t length, const char *what,
                      const struct sg_load_limits *limits)
{
    int err = check_bytes(name, bytes, length, what);
    return err ? err : check_shape(name, bytes, length, limits);
}

/* Parses checked JSON text whole. Returns the tree (cJSON_Delete by the caller) or NULL with
 * *err set (a syntax error reported with its line and column, or SG_ERR_NOMEM). */
static cJSON *parse_whole(const char *name, const char *bytes, size_t length, int *err)
{
    const char *end = NULL;
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    int out_of_memory = 0;
    cJSON *root = parse_noting(bytes + start, length - start + 1, &end, 1, &out_of_memory);
    *err = SG_OK;
    if (out_of_memory) {
        *err = SG_ERR_NOMEM;
    } else if (!root) {
        describe_syntax_error(name, bytes, length, end);
        *err = SG_ERR_DATA;
    }
    return root;
}

/* Checks and parses JSON text whole; what names the expected content for an empty file. Returns
 * the tree or NULL with *err set (reported, or SG_ERR_NOMEM). */
static cJSON *parse_checked(const char *name, const char *bytes, size_t length, const char *what,
                            const struct sg_load_limits *limits, int *err)
{
    *err = check_text(name, bytes, length, what, limits);
    return *err ? NULL : parse_whole(name, bytes, length, err);
}

/* Builds the model from root (freed) with builder, set up with the text of its messages; with
 * lists, a JSON array at the top is read as a plain actor list. */
static void build(struct sg_builder *builder, cJSON *root, int lists)
{
    if (lists && cJSON_IsArray(root))
        load_actor_list(builder, root);
    else
        load_root(builder, root);
    cJSON_Delete(root);
}

/* Ends the load of builder: the ties, and the input's digest in the model. */
static int finish(struct sg_builder *builder, const char digest[65])
{
    struct sg_model *model = builder->model;
    int err = sg_builder_finish(builder);
    if (!err)
        memcpy(model->input_sha256, digest, sizeof model->input_sha256);
    return err;
}

int sg_json_parse_value(const char *name, const char *bytes, size_t length, const char *what,
                        struct sg_value *root)
{
    struct sg_load_limits limits;
    sg_load_limits_default(&limits);
    int err = SG_OK;
    memset(root, 0, sizeof *root);
    cJSON *tree = parse_checked(name, bytes, length, what, &limits, &err);
    if (!tree)
        return err;
    err = value_of(tree, root);
    cJSON_Delete(tree);
    if (err)
        sg_value_destroy(root);
    return err;
}

/* ---- Streaming: the relations (and actors) one element at a time ---- */

/* What the streamed load returns when the text must be loaded whole: it is not laid out as the
 * split expects, or holds a problem (syntax, a duplicate key) that the whole load reports
 * before any other. */
#define LOAD_WHOLE 1

/* Bytes read between two sg_infile_let_go calls. */
#define LET_GO_EVERY ((size_t)8 << 20)

/* The text being streamed: its bytes, its input (NULL for the caller's buffer), and the four
 * members of a snapshot. */
struct streamed {
    const char *bytes;
    size_t length;
    const struct sg_infile *in;
    struct sg_json_member members[SG_JSON_SPLIT_MAX_MEMBERS];
    const struct sg_json_member *format, *snapshot, *actors, *relations;
};

/* Whether any object in item has two members with one name (the first bytes compared first:
 * this runs on every element streamed). */
static int has_duplicate_keys(const cJSON *item)
{
    for (const cJSON *child = item->child; child; child = child->next) {
        if (cJSON_IsObject(item))
            for (const cJSON *earlier = item->child; earlier != child; earlier = earlier->next)
                if (earlier->string[0] == child->string[0] &&
                    strcmp(earlier->string, child->string) == 0)
                    return 1;
        if (child->child && has_duplicate_keys(child))
            return 1;
    }
    return 0;
}

/* Splits the text into its members: exactly format, snapshot, actors and relations, once each,
 * the last two arrays. Returns 0 or LOAD_WHOLE. */
static int split(struct streamed *text)
{
    static const char *const names[] = {"format", "snapshot", "actors", "relations"};
    const struct sg_json_member **slots[] = {&text->format, &text->snapshot, &text->actors,
                                             &text->relations};
    size_t count = 0;
    if (sg_json_split_object(text->bytes, text->length, text->members, &count) != 0 || count != 4)
        return LOAD_WHOLE;
    for (size_t m = 0; m < count; m++) {
        const struct sg_json_member *member = &text->members[m];
        size_t k = 0;
        while (k < 4 && (strlen(names[k]) != member->name_length ||
                         memcmp(names[k], member->name, member->name_length) != 0))
            k++;
        if (k == 4 || *slots[k])
            return LOAD_WHOLE;
        *slots[k] = member;
    }
    return text->bytes[text->actors->start] == '[' && text->bytes[text->relations->start] == '['
               ? SG_OK
               : LOAD_WHOLE;
}

/* The number of elements of the array member, or (size_t)-1 when the split fails. */
static size_t element_count(const struct streamed *text, const struct sg_json_member *member)
{
    struct sg_json_elements walk;
    size_t count = 0, start, end;
    int found;
    if (sg_json_elements_begin(&walk, text->bytes, member->start, member->end) != 0)
        return (size_t)-1;
    while ((found = sg_json_elements_next(&walk, &start, &end)) == 1)
        count++;
    return found == 0 ? count : (size_t)-1;
}

/* The member's value parsed alone: NULL (LOAD_WHOLE or SG_ERR_NOMEM in *err) when it is no
 * JSON or holds a duplicate key. */
static cJSON *parse_member(const struct streamed *text, size_t start, size_t end, int *err)
{
    int out_of_memory = 0;
    cJSON *item = parse_slice(text->bytes, start, end, &out_of_memory);
    *err = out_of_memory ? SG_ERR_NOMEM : item ? SG_OK : LOAD_WHOLE;
    if (item && has_duplicate_keys(item)) {
        cJSON_Delete(item);
        item = NULL;
        *err = LOAD_WHOLE;
    }
    return item;
}

/* Adds the member's value, parsed alone, to object under key. Returns 0, LOAD_WHOLE or
 * SG_ERR_NOMEM. */
static int add_member(cJSON *object, const char *key, const struct streamed *text,
                      const struct sg_json_member *member)
{
    int err = SG_OK;
    cJSON *item = parse_member(text, member->start, member->end, &err);
    if (item && !cJSON_AddItemToObject(object, key, item)) {
        cJSON_Delete(item);
        err = SG_ERR_NOMEM;
    }
    return err;
}

/*
 * Parses each element of the array member alone and, with build, hands it to the builder while
 * it has not stopped; then lets go of the pages read. Returns 0, LOAD_WHOLE or SG_ERR_NOMEM.
 */
static int stream_items(struct sg_builder *builder, const struct streamed *text,
                        const struct sg_json_member *member, enum sg_record_type type, int build)
{
    const char *name = type == SG_RECORD_ACTOR ? "actors" : "relations";
    struct sg_place place = {.file = builder->name, .array = name, .index = 0};
    struct sg_json_elements walk;
    size_t start, end, let_go = member->start;
    int err = SG_OK;
    sg_json_elements_begin(&walk, text->bytes, member->start, member->end);
    while (!err && sg_json_elements_next(&walk, &start, &end) == 1) {
        cJSON *item = parse_member(text, start, end, &err);
        if (item && build && !sg_builder_stopped(builder))
            load_item(builder, item, &place, type);
        cJSON_Delete(item);
        place.index++;
        if (builder->out_of_memory)
            err = SG_ERR_NOMEM;
        if (text->in && end - let_go >= LET_GO_EVERY) {
            sg_infile_let_go(text->in, let_go, end);
            let_go = end;
        }
    }
    return err;
}

/* Loads the split text as load_root loads a tree: the top-level checks and the snapshot head
 * (on a small tree of format and snapshot), then the arrays streamed. Returns 0, LOAD_WHOLE or
 * SG_ERR_NOMEM. */
static int stream_root(struct sg_builder *builder, const struct streamed *text)
{
    size_t actors = element_count(text, text->actors);
    size_t relations = element_count(text, text->relations);
    int err = actors == (size_t)-1 || relations == (size_t)-1 ? LOAD_WHOLE : SG_OK;
    if (text->in) /* read through by the checks and the counts: read again as it is parsed */
        sg_infile_let_go(text->in, 0, text->length);
    cJSON *head = err ? NULL : cJSON_CreateObject();
    if (!err && !head)
        err = SG_ERR_NOMEM;
    if (!err)
        err = add_member(head, "format", text, text->format);
    if (!err)
        err = add_member(head, "snapshot", text, text->snapshot);
    if (!err && check_top(builder, head) == SG_OK)
        load_snapshot_info(builder, head);
    cJSON_Delete(head);
    int build = !err && sg_builder_begin(builder, actors, relations, 1) == SG_OK;
    if (!err)
        err = stream_items(builder, text, text->actors, SG_RECORD_ACTOR, build);
    if (!err)
        err = stream_items(builder, text, text->relations, SG_RECORD_RELATION, build);
    return err ? err : builder->out_of_memory ? SG_ERR_NOMEM : SG_OK;
}

/* Writes the held messages to the stream diagnostics go to. */
static void replay(const char *held, size_t length)
{
    fwrite(held, 1, length, sg_diag_stream());
}

/*
 * Loads checked text with builder one element at a time, with the messages held back until the
 * whole text has parsed: a problem found late that the whole load reports first (a syntax
 * error, a duplicate key) then makes it LOAD_WHOLE, with nothing said and builder and model as
 * they were. Returns 0 (the builder then holds the outcome), LOAD_WHOLE or SG_ERR_NOMEM.
 */
static int load_streamed(struct sg_builder *builder, const char *bytes, size_t length,
                         const struct sg_infile *in)
{
    struct streamed text = {.bytes = bytes, .length = length, .in = in};
    const struct sg_builder initial = *builder;
    char *held = NULL;
    size_t held_length = 0;
    if (split(&text) != SG_OK)
        return LOAD_WHOLE;
    FILE *hold = open_memstream(&held, &held_length);
    if (!hold)
        return SG_ERR_NOMEM;
    FILE *shown = sg_diag_stream();
    sg_diag_set_stream(hold);
    int err = stream_root(builder, &text);
    sg_diag_set_stream(shown);
    if (fclose(hold) != 0 && !err)
        err = SG_ERR_NOMEM;
    if (!err)
        replay(held, held_length);
    free(held);
    if (err == LOAD_WHOLE) {
        sg_strindex_free(builder->actor_index);
        free(builder->source_read);
        sg_model_destroy(builder->model);
        *builder = initial;
    }
    return err;
}

/*
 * Loads checked text into builder's model: streamed when it is laid out as a snapshot usually
 * is, else parsed whole as a tree (with lists, a top-level array is a plain actor list). in,
 * when not NULL, holds the bytes and is closed once they are parsed, before the model grows
 * further. Returns what sg_builder_finish returns.
 */
static int load_text(struct sg_builder *builder, const char *bytes, size_t length,
                     struct sg_infile *in, int lists, const char digest[65])
{
    int err = load_streamed(builder, bytes, length, in);
    cJSON *root = NULL;
    if (err == LOAD_WHOLE)
        root = parse_whole(builder->name, bytes, length, &err);
    if (in)
        sg_infile_close(in);
    if (err == SG_ERR_NOMEM)
        builder->out_of_memory = 1;
    else if (err)
        return err; /* a syntax error, reported */
    if (root)
        build(builder, root, lists);
    return finish(builder, digest);
}

/* What an empty input is said to lack. */
static const char *expected(int lists)
{
    return lists ? "a stancegraph/1 JSON snapshot or a JSON array of actors"
                 : "a stancegraph/1 JSON snapshot";
}

int sg_load_json_buffer_limited(const char *name, const char *bytes, size_t length,
                                const struct sg_load_limits *limits, struct sg_model *model)
{
    struct sg_builder builder;
    char digest[65];
    sg_digest_sha256_hex(bytes, length, digest);
    int err = check_text(name, bytes, length, expected(0), limits);
    if (err)
        return err;
    sg_builder_init(&builder, name, limits, model);
    sg_builder_set_text(&builder, bytes, length); /* the caller's: kept anyway */
    return load_text(&builder, bytes, length, NULL, 0, digest);
}

/*
 * A regular file is mapped, and the pages already parsed are given back as the model grows; a
 * message with a line and column reads the file again (sg_builder_source), so that the text and
 * the model are never held whole at once, but for a message.
 */
static int load_file(const char *path, struct sg_model *model, int lists)
{
    const char *name = sg_infile_display_name(path);
    struct sg_load_limits limits;
    struct sg_builder builder;
    struct sg_infile in;
    char digest[65];
    sg_load_limits_default(&limits);
    int err = sg_infile_open(path, &in);
    if (!err) {
        sg_digest_sha256_hex(in.bytes, in.length, digest);
        err = check_text(name, in.bytes, in.length, expected(lists), &limits);
    }
    if (err) {
        sg_infile_close(&in);
        return err;
    }
    sg_builder_init(&builder, name, &limits, model);
    sg_builder_set_file(&builder, path, digest);
    return load_text(&builder, in.bytes, in.length, &in, lists, digest);
}

int sg_load_json_file(const char *path, struct sg_model *model)
{
    return load_file(path, model, 0);
}

int sg_load_json_actors_file(const char *path, struct sg_model *model)
{
    return load_file(path, model, 1);
}

/* ---- JSON embedded in other formats ---- */

int sg_json_read_head(struct sg_builder *builder, const struct sg_place *place, const char *text,
                      struct sg_record *record, struct sg_json_head *head)
{
    int out_of_memory = 0;
    cJSON *root = parse_text(text, &out_of_memory);
    int err = SG_OK;
    memset(head, 0, sizeof *head);
    if (out_of_memory)
        return SG_ERR_NOMEM;
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return SG_JSON_WRONG;
    }
    const cJSON *shown = cJSON_GetObjectItemCaseSensitive(root, "actors_shown");
    const cJSON *total = cJSON_GetObjectItemCaseSensitive(root, "actors_total");
    const cJSON *snapshot = cJSON_GetObjectItemCaseSensitive(root, "snapshot");
    head->reduced = shown != NULL;
    head->shown = cJSON_IsNumber(shown) ? shown->valueint : 0;
    head->total = cJSON_IsNumber(total) ? total->valueint : 0;
    head->snapshot_kind = snapshot ? kind_of(snapshot) : SG_KIND_ABSENT;
    if (!head->reduced && cJSON_IsObject(snapshot)) {
        check_duplicate_keys(builder, place->file, snapshot, place->path);
        err = record_of(snapshot, record);
    }
    cJSON_Delete(root);
    return err;
}

/* Reads an [index, object] pair into *index and record. */
static int read_pair(struct sg_builder *builder, const char *file, const char *path,
                     const cJSON *pair, struct sg_record *record, double *index)
{
    const cJSON *number = cJSON_GetArrayItem(pair, 0), *object = cJSON_GetArrayItem(pair, 1);
    if (!cJSON_IsArray(pair) || !cJSON_IsNumber(number) || !cJSON_IsObject(object))
        return SG_JSON_NOT_PAIR;
    *index = number->valuedouble;
    check_duplicate_keys(builder, file, object, path);
    return record_of(object, record);
}

int sg_json_read_pair(struct sg_builder *builder, const struct sg_place *place, const char *text,
                      struct sg_record *record, double *index)
{
    int out_of_memory = 0;
    cJSON *pair = parse_text(text, &out_of_memory);
    if (out_of_memory)
        return SG_ERR_NOMEM;
    int err = cJSON_IsArray(pair)
                  ? read_pair(builder, place->file, place->path, pair, record, index)
                  : SG_JSON_WRONG;
    cJSON_Delete(pair);
    return err;
}

int sg_json_read_pairs(struct sg_builder *builder, const struct sg_place *place, const char *text,
                       enum sg_record_type type, struct sg_json_pair **pairs, size_t *count)
{
    char path[SG_BUILDER_PATH_SIZE];
    int out_of_memory = 0;
    cJSON *array = parse_text(text, &out_of_memory);
    int err = SG_OK;
    *pairs = NULL;
    *count = 0;
    if (out_of_memory)
        return SG_ERR_NOMEM;
    if (!cJSON_IsArray(array)) {
        cJSON_Delete(array);
        return SG_JSON_WRONG;
    }
    size_t size = (size_t)cJSON_GetArraySize(array);
    *pairs = calloc(size ? size : 1, sizeof **pairs);
    if (!*pairs)
        err = SG_ERR_NOMEM;
    for (const cJSON *pair = array->child; pair && !err; pair = pair->next) {
        struct sg_json_pair *out = &(*pairs)[(*count)++];
        sg_record_init(&out->record, type);
        sg_builder_path_printf(path, "%s[%zu]", place->path, *count - 1);
        int found = read_pair(builder, place->file, path, pair, &out->record, &out->index);
        if (found == SG_ERR_NOMEM)
            err = SG_ERR_NOMEM;
        out->is_pair = found == SG_OK;
    }
    cJSON_Delete(array);
    return err;
}

int sg_json_put_member(struct sg_record *record, const char *key, const char *text)
{
    int slot = sg_record_slot(record, key);
    if (slot == SG_RECORD_TAKEN)
        return SG_OK;
    int out_of_memory = 0;
    cJSON *item = parse_text(text, &out_of_memory);
    if (!item)
        return out_of_memory ? SG_ERR_NOMEM : SG_OK;
    struct sg_value value = {0};
    char *json = NULL;
    int err = slot >= 0                               ? value_of(item, &value)
              : (json = cJSON_PrintUnformatted(item)) ? SG_OK
                                                      : SG_ERR_NOMEM;
    if (!err)
        err = sg_record_put(record, key, &value, json);
    sg_value_destroy(&value);
    cJSON_Delete(item);
    return err;
}
