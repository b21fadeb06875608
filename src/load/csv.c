/*
 * The CSV reader (docs/FORMATS.md): a Gephi-style edge table X.csv, with an optional node table
 * X.nodes.csv and snapshot table X.snapshot.csv beside it. libcsv parses (quoted fields,
 * embedded commas and newlines, CRLF); this file tracks the line each row starts on, maps the
 * columns, and builds a tree of the stancegraph/1 shape for the snapshot loader, whose messages
 * are placed at FILE:LINE.
 */
#include "load/csv.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/json.h"

#include <cjson/cJSON.h>
#include <csv.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* ---- rows ---- */

struct row {
    char **fields;
    size_t count;
    unsigned long line; /* where the row starts */
};

struct table {
    struct row *rows; /* rows[0] is the header */
    size_t count, capacity;
    struct row current;
    size_t current_capacity;
    unsigned long line, row_line; /* the line being fed; the line the current row started on */
    int failed;
};

static void on_field(void *data, size_t length, void *context)
{
    struct table *t = context;
    if (t->failed)
        return;
    if (t->current.count == t->current_capacity) {
        size_t capacity = t->current_capacity ? t->current_capacity * 2 : 8;
        char **grown = realloc(t->current.fields, capacity * sizeof *grown);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->current.fields = grown;
        t->current_capacity = capacity;
    }
    char *field = malloc(length + 1);
    if (!field) {
        t->failed = 1;
        return;
    }
    if (length)
        memcpy(field, data, length);
    field[length] = '\0';
    if (t->current.count == 0)
        t->current.line = t->row_line;
    t->current.fields[t->current.count++] = field;
}

static void on_row(int terminator, void *context)
{
    struct table *t = context;
    (void)terminator;
    if (t->failed)
        return;
    if (t->count == t->capacity) {
        size_t capacity = t->capacity ? t->capacity * 2 : 64;
        struct row *grown = realloc(t->rows, capacity * sizeof *grown);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->rows = grown;
        t->capacity = capacity;
    }
    if (t->current.count == 0)
        t->current.line = t->row_line;
    t->rows[t->count++] = t->current;
    t->current = (struct row){0};
    t->current_capacity = 0;
    t->row_line = t->line + 1;
}

static void table_free(struct table *t)
{
    for (size_t r = 0; r < t->count; r++) {
        for (size_t f = 0; f < t->rows[r].count; f++)
            free(t->rows[r].fields[f]);
        free(t->rows[r].fields);
    }
    for (size_t f = 0; f < t->current.count; f++)
        free(t->current.fields[f]);
    free(t->current.fields);
    free(t->rows);
    memset(t, 0, sizeof *t);
}

/* Parses CSV bytes (NUL-terminated) into rows, reporting NAME:LINE problems. */
static int parse_table(const char *name, const char *bytes, size_t length, struct table *t)
{
    int err;
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (sg_infile_check_text(name, bytes, length) != SG_OK)
        return SG_ERR_DATA;
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return SG_ERR_NOMEM;
    t->line = 1;
    t->row_line = 1;
    err = SG_OK;
    /* fed a line at a time, so that each row knows the line it starts on */
    for (size_t at = start; at < length && !t->failed;) {
        const char *newline = memchr(bytes + at, '\n', length - at);
        size_t end = newline ? (size_t)(newline - bytes) + 1 : length;
        if (csv_parse(&parser, bytes + at, end - at, on_field, on_row, t) != end - at) {
            sg_diag_at_line(name, t->line, "malformed CSV: %s", csv_strerror(csv_error(&parser)));
            err = SG_ERR_DATA;
            break;
        }
        at = end;
        if (newline)
            t->line++;
        if (t->current.count == 0)
            t->row_line = t->line;
    }
    if (!err && csv_fini(&parser, on_field, on_row, t) != 0) {
        sg_diag_at_line(name, t->row_line,
                        "malformed CSV: a quoted field is never closed (it starts on this row)");
        err = SG_ERR_DATA;
    }
    csv_free(&parser);
    if (!err && t->failed)
        err = SG_ERR_NOMEM;
    if (err)
        table_free(t);
    return err;
}

/* Reads a CSV file into rows, reporting FILE:LINE problems. */
static int read_table(const char *path, const char *name, struct table *t)
{
    char *bytes = NULL;
    size_t length = 0;
    memset(t, 0, sizeof *t);
    int err = sg_infile_read(path, &bytes, &length);
    if (!err)
        err = parse_table(name, bytes, length, t);
    free(bytes);
    return err;
}

/* ---- columns ---- */

/* The index of the column named name (any case) in the header, or -1. */
static long column(const struct row *header, const char *name)
{
    for (size_t i = 0; i < header->count; i++)
        if (strcasecmp(header->fields[i], name) == 0)
            return (long)i;
    return -1;
}

static const char *cell(const struct row *row, long index)
{
    return index >= 0 && (size_t)index < row->count && row->fields[index][0] ? row->fields[index]
                                                                             : NULL;
}

struct builder {
    int failed;
};

static void put_string(struct builder *b, cJSON *object, const char *key, const char *value)
{
    if (value && !cJSON_AddStringToObject(object, key, value))
        b->failed = 1;
}

/* Adds the cells of the columns not in used as free-form fields: a column named "KEY:json"
 * holds JSON (what the CSV writer uses for values that are not strings), any other a string. */
static void put_extras(struct builder *b, cJSON *object, const struct row *header,
                       const struct row *row, const char *const *used)
{
    for (size_t i = 0; i < header->count && i < row->count; i++) {
        const char *key = header->fields[i];
        int skip = key[0] == '\0';
        for (const char *const *u = used; *u && !skip; u++)
            skip = strcasecmp(key, *u) == 0;
        if (skip || row->fields[i][0] == '\0')
            continue;
        size_t n = strlen(key);
        if (n > 5 && strcmp(key + n - 5, ":json") == 0) {
            char *bare = strndup(key, n - 5);
            cJSON *value = cJSON_Parse(row->fields[i]);
            if (!bare || !value || cJSON_GetObjectItemCaseSensitive(object, bare) ||
                !cJSON_AddItemToObject(object, bare, value)) {
                if (bare && value && !cJSON_GetObjectItemCaseSensitive(object, bare))
                    b->failed = 1;
                cJSON_Delete(value);
            }
            free(bare);
        } else if (!cJSON_GetObjectItemCaseSensitive(object, key)) {
            put_string(b, object, key, row->fields[i]);
        }
    }
}

char *sg_csv_sibling(const char *path, const char *suffix)
{
    size_t n = strlen(path);
    if (n < 4 || strcasecmp(path + n - 4, ".csv") != 0)
        return NULL;
    char *result = malloc(n + strlen(suffix) + 2);
    if (result)
        sprintf(result, "%.*s.%s.csv", (int)(n - 4), path, suffix);
    return result;
}

static int exists(const char *path)
{
    struct stat st;
    return path && stat(path, &st) == 0;
}

/* The stem of path, when it is a valid id: "data/x.csv" -> "x". */
static char *stem_id(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 4 && strcasecmp(base + n - 4, ".csv") == 0)
        n -= 4;
    char *id = strndup(base, n);
    if (id && !sg_text_is_valid_id(id)) {
        free(id);
        id = strdup("snapshot");
    }
    return id;
}

struct places {
    char **list;
    size_t count;
};

static int place(struct places *p, const char *file, unsigned long line)
{
    char **grown = realloc(p->list, (p->count + 1) * sizeof *grown);
    if (!grown)
        return -1;
    p->list = grown;
    if (asprintf(&p->list[p->count], "%s:%lu", file, line) < 0)
        return -1;
    p->count++;
    return 0;
}

/* Builds the snapshot from the tables read (nodes and info may be empty); frees them. */
static int load_tables(const char *path, const char *name, char *nodes_path, char *info_path,
                       struct table edges, struct table nodes, struct table info,
                       struct sg_model *model)
{
    struct places actor_places = {0}, relation_places = {0};
    struct builder b = {0};
    cJSON *root = NULL;
    char *latest_date = NULL;
    int err = SG_OK;
    if (edges.count == 0) {
        sg_diag_at_path(name, NULL, "empty file (expected a header row: Source,Target,Type,...)");
        err = SG_ERR_DATA;
        goto out;
    }
    const struct row *header = &edges.rows[0];
    long source = column(header, "Source"), target = column(header, "Target");
    long stance = column(header, "Stance"), type = column(header, "Type");
    long weight = column(header, "Weight"), date = column(header, "Date");
    long evidence = column(header, "Evidence");
    if (stance < 0)
        stance = type; /* without a Stance column, Type holds the stance */
    if (source < 0 || target < 0 || stance < 0) {
        sg_diag_at_line(name, header->line,
                        "the header needs Source, Target and Type (or Stance) columns");
        err = SG_ERR_DATA;
        goto out;
    }
    root = cJSON_CreateObject();
    cJSON *snapshot = cJSON_CreateObject(), *actors = cJSON_CreateArray(),
          *relations = cJSON_CreateArray();
    if (!root || !snapshot || !actors || !relations) {
        cJSON_Delete(snapshot);
        cJSON_Delete(actors);
        cJSON_Delete(relations);
        err = SG_ERR_NOMEM;
        goto out;
    }
    put_string(&b, root, "format", "stancegraph/1");
    cJSON_AddItemToObject(root, "snapshot", snapshot);
    cJSON_AddItemToObject(root, "actors", actors);
    cJSON_AddItemToObject(root, "relations", relations);

    /* relations, in row order */
    /* Type is the stance, or (with a Stance column) Gephi's Directed/Undirected: never kept */
    static const char *const edge_used[] = {"Source", "Target", "Stance",   "Type",
                                            "Weight", "Date",   "Evidence", NULL};
    for (size_t r = 1; r < edges.count && !b.failed; r++) {
        const struct row *row = &edges.rows[r];
        if (row->count == 1 && row->fields[0][0] == '\0')
            continue; /* a blank line */
        cJSON *relation = cJSON_CreateObject();
        if (!relation || !cJSON_AddItemToArray(relations, relation)) {
            cJSON_Delete(relation);
            b.failed = 1;
            break;
        }
        put_string(&b, relation, "source", cell(row, source));
        put_string(&b, relation, "target", cell(row, target));
        const char *stance_text = cell(row, stance);
        if (stance_text) {
            /* stances are lowercase in the format; "Support" is read as support */
            char lower[32];
            size_t n = strlen(stance_text);
            for (size_t i = 0; i < n && i + 1 < sizeof lower; i++)
                lower[i] = (char)(stance_text[i] >= 'A' && stance_text[i] <= 'Z'
                                      ? stance_text[i] - 'A' + 'a'
                                      : stance_text[i]);
            lower[n < sizeof lower ? n : sizeof lower - 1] = '\0';
            put_string(&b, relation, "type", sg_stance_from_name(lower) >= 0 ? lower : stance_text);
        }
        const char *weight_text = cell(row, weight);
        if (weight_text) {
            char *end = NULL;
            double value = strtod(weight_text, &end);
            if (end != weight_text && *end == '\0') {
                if (!cJSON_AddNumberToObject(relation, "weight", value))
                    b.failed = 1;
            } else {
                put_string(&b, relation, "weight", weight_text); /* reported: not a number */
            }
        }
        const char *date_text = cell(row, date);
        put_string(&b, relation, "date", date_text);
        if (date_text && sg_text_is_valid_date(date_text) &&
            (!latest_date || strcmp(date_text, latest_date) > 0))
            latest_date = (char *)date_text;
        put_string(&b, relation, "evidence", cell(row, evidence));
        put_extras(&b, relation, header, row, edge_used);
        if (place(&relation_places, name, row->line) != 0)
            b.failed = 1;
    }

    /* actors: the node table, else every endpoint in order of appearance */
    if (nodes.count > 0) {
        const struct row *node_header = &nodes.rows[0];
        long id = column(node_header, "Id"), label = column(node_header, "Label");
        long actor_type = column(node_header, "Type"), group = column(node_header, "Group");
        long role = column(node_header, "Role"), aliases = column(node_header, "Aliases");
        static const char *const node_used[] = {"Id",   "Label",   "Type", "Group",
                                                "Role", "Aliases", NULL};
        if (id < 0) {
            sg_diag_at_line(nodes_path, node_header->line,
                            "the node table's header needs an Id column");
            err = SG_ERR_DATA;
            goto out;
        }
        for (size_t r = 1; r < nodes.count && !b.failed; r++) {
            const struct row *row = &nodes.rows[r];
            if (row->count == 1 && row->fields[0][0] == '\0')
                continue;
            cJSON *actor = cJSON_CreateObject();
            if (!actor || !cJSON_AddItemToArray(actors, actor)) {
                cJSON_Delete(actor);
                b.failed = 1;
                break;
            }
            put_string(&b, actor, "id", cell(row, id));
            const char *label_text = cell(row, label);
            put_string(&b, actor, "name", label_text ? label_text : cell(row, id));
            const char *type_text = cell(row, actor_type);
            put_string(&b, actor, "type", type_text ? type_text : "group");
            put_string(&b, actor, "group", cell(row, group));
            put_string(&b, actor, "role", cell(row, role));
            const char *alias_text = cell(row, aliases);
            if (alias_text) {
                /* aliases separated by "|" */
                cJSON *list = cJSON_CreateArray();
                char *copy = strdup(alias_text), *save = NULL;
                if (!list || !copy || !cJSON_AddItemToObject(actor, "aliases", list)) {
                    cJSON_Delete(list);
                    b.failed = 1;
                } else {
                    for (char *part = strtok_r(copy, "|", &save); part;
                         part = strtok_r(NULL, "|", &save))
                        if (!cJSON_AddItemToArray(list, cJSON_CreateString(part)))
                            b.failed = 1;
                }
                free(copy);
            }
            put_extras(&b, actor, node_header, row, node_used);
            if (place(&actor_places, nodes_path, row->line) != 0)
                b.failed = 1;
        }
    } else {
        for (size_t r = 1; r < edges.count && !b.failed; r++) {
            const struct row *row = &edges.rows[r];
            const char *ends[2] = {cell(row, source), cell(row, target)};
            for (int e = 0; e < 2; e++) {
                if (!ends[e])
                    continue;
                int seen = 0;
                for (cJSON *a = actors->child; a && !seen; a = a->next)
                    seen = strcmp(cJSON_GetObjectItemCaseSensitive(a, "id")->valuestring,
                                  ends[e]) == 0;
                if (seen)
                    continue;
                cJSON *actor = cJSON_CreateObject();
                if (!actor || !cJSON_AddItemToArray(actors, actor)) {
                    cJSON_Delete(actor);
                    b.failed = 1;
                    break;
                }
                put_string(&b, actor, "id", ends[e]);
                put_string(&b, actor, "name", ends[e]);
                put_string(&b, actor, "type", "group");
                if (place(&actor_places, name, row->line) != 0)
                    b.failed = 1;
            }
        }
    }

    /* the snapshot: the snapshot table's Key,Value rows, else the file's stem and the latest
     * relation date */
    char *stem = stem_id(path);
    if (!stem)
        b.failed = 1;
    for (size_t r = 1; r < info.count; r++) {
        const struct row *row = &info.rows[r];
        if (row->count < 2 || row->fields[0][0] == '\0')
            continue;
        if (strcmp(row->fields[0], "format") == 0)
            continue;
        /* a one-row table of the Key,Value pair, read like a node or edge row */
        struct row keys = {&row->fields[0], 1, row->line}, values = {&row->fields[1], 1, row->line};
        static const char *const none[] = {NULL};
        put_extras(&b, snapshot, &keys, &values, none);
    }
    if (!cJSON_GetObjectItemCaseSensitive(snapshot, "id"))
        put_string(&b, snapshot, "id", stem);
    free(stem);
    if (!cJSON_GetObjectItemCaseSensitive(snapshot, "date")) {
        if (!latest_date) {
            sg_diag_at_path(name, NULL,
                            "no snapshot date: add a Date column, or a file %s with the rows "
                            "Key,Value and date,YYYY-MM-DD",
                            info_path ? info_path : "X.snapshot.csv");
            err = SG_ERR_DATA;
            goto out;
        }
        put_string(&b, snapshot, "date", latest_date);
    }
    if (b.failed) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    struct sg_load_origin origin = {(const char *const *)actor_places.list, actor_places.count,
                                    (const char *const *)relation_places.list,
                                    relation_places.count};
    err = sg_load_tree(name, root, &origin, model);
out:
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    cJSON_Delete(root);
    table_free(&edges);
    table_free(&nodes);
    table_free(&info);
    for (size_t i = 0; i < actor_places.count; i++)
        free(actor_places.list[i]);
    for (size_t i = 0; i < relation_places.count; i++)
        free(relation_places.list[i]);
    free(actor_places.list);
    free(relation_places.list);
    free(nodes_path);
    free(info_path);
    return err;
}

int sg_load_csv_file(const char *path, struct sg_model *model)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    char *nodes_path = sg_csv_sibling(path, "nodes"), *info_path = sg_csv_sibling(path, "snapshot");
    struct table edges = {0}, nodes = {0}, info = {0};
    int err = read_table(path, name, &edges);
    if (!err && exists(nodes_path))
        err = read_table(nodes_path, nodes_path, &nodes);
    if (!err && exists(info_path))
        err = read_table(info_path, info_path, &info);
    if (err) {
        table_free(&edges);
        table_free(&nodes);
        table_free(&info);
        free(nodes_path);
        free(info_path);
        return err;
    }
    return load_tables(path, name, nodes_path, info_path, edges, nodes, info, model);
}

int sg_load_csv_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model)
{
    struct table edges = {0}, none = {0};
    int err = parse_table(name, bytes, length, &edges);
    if (err)
        return err;
    return load_tables(name, name, NULL, NULL, edges, none, none, model);
}
