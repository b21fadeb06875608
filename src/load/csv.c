/*
 * The CSV reader (docs/FORMATS.md): a Gephi-style edge table X.csv, with an optional node table
 * X.nodes.csv and snapshot table X.snapshot.csv beside it. libcsv parses (quoted fields,
 * embedded commas and newlines, CRLF); this file tracks the line each row starts on, maps the
 * columns, and hands one record per row to the snapshot builder, whose messages are placed at
 * FILE:LINE.
 */
#include "load/csv.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/builder.h"
#include "load/json.h"

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

struct reader {
    const char *name; /* the edge table, in messages about the whole snapshot */
    struct sg_record snapshot;
    struct sg_staged_list actors, relations; /* placed "FILE:LINE" */
    const char *latest_date; /* the latest valid relation date, a cell of the edge table */
    int failed;              /* out of memory */
};

static void put(struct reader *r, struct sg_record *record, const char *key, const char *value)
{
    if (sg_record_put_string(record, key, value) != SG_OK)
        r->failed = 1;
}

/* Adds the cells of the columns not in used as free-form fields: a column named "KEY:json"
 * holds JSON (what the CSV writer uses for values that are not strings), any other a string. */
static void put_extras(struct reader *r, struct sg_record *record, const struct row *header,
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
            if (!bare || sg_json_put_member(record, bare, row->fields[i]) != SG_OK)
                r->failed = 1;
            free(bare);
        } else {
            put(r, record, key, row->fields[i]);
        }
    }
}

/* Appends an item read from line of file (record moved in). */
static void stage(struct reader *r, struct sg_staged_list *list, struct sg_record *record,
                  const char *file, unsigned long line)
{
    char *where = NULL;
    if (asprintf(&where, "%s:%lu", file, line) < 0)
        where = NULL;
    if (sg_staged_push(list, (double)list->count, record, where) != SG_OK)
        r->failed = 1;
}

static int is_blank(const struct row *row)
{
    return row->count == 1 && row->fields[0][0] == '\0';
}

/* The columns of the edge table. */
struct edge_columns {
    long source, target, stance, weight, date, evidence;
};

/* One relation per row of the edge table, in row order. */
static void read_relations(struct reader *r, const struct table *edges,
                           const struct edge_columns *c)
{
    /* Type is the stance, or (with a Stance column) Gephi's Directed/Undirected: never kept */
    static const char *const edge_used[] = {"Source", "Target", "Stance",   "Type",
                                            "Weight", "Date",   "Evidence", NULL};
    for (size_t i = 1; i < edges->count && !r->failed; i++) {
        const struct row *row = &edges->rows[i];
        struct sg_record relation;
        if (is_blank(row))
            continue;
        sg_record_init(&relation, SG_RECORD_RELATION);
        put(r, &relation, "source", cell(row, c->source));
        put(r, &relation, "target", cell(row, c->target));
        put(r, &relation, "type", cell(row, c->stance)); /* any case: the builder's rule */
        const char *weight_text = cell(row, c->weight);
        char *end = NULL;
        double value = weight_text ? strtod(weight_text, &end) : 0;
        if (weight_text && end != weight_text && *end == '\0') {
            relation.fields[SG_RELATION_FIELD_WEIGHT].kind = SG_KIND_NUMBER;
            relation.fields[SG_RELATION_FIELD_WEIGHT].number = value;
        } else {
            put(r, &relation, "weight", weight_text); /* reported: not a number */
        }
        const char *date_text = cell(row, c->date);
        put(r, &relation, "date", date_text);
        if (date_text && sg_text_is_valid_date(date_text) &&
            (!r->latest_date || strcmp(date_text, r->latest_date) > 0))
            r->latest_date = date_text;
        put(r, &relation, "evidence", cell(row, c->evidence));
        put_extras(r, &relation, &edges->rows[0], row, edge_used);
        stage(r, &r->relations, &relation, r->name, row->line);
    }
}

/* Puts the aliases cell, separated by "|", as an array of strings. */
static void put_aliases(struct reader *r, struct sg_record *actor, const char *alias_text)
{
    struct sg_value *aliases = &actor->fields[SG_ACTOR_FIELD_ALIASES];
    if (!alias_text || aliases->kind != SG_KIND_ABSENT)
        return;
    char *copy = strdup(alias_text), *save = NULL;
    aliases->kind = SG_KIND_ARRAY;
    aliases->items = copy ? calloc(strlen(copy) / 2 + 1, sizeof *aliases->items) : NULL;
    if (!aliases->items) {
        r->failed = 1;
        free(copy);
        return;
    }
    for (char *part = strtok_r(copy, "|", &save); part; part = strtok_r(NULL, "|", &save)) {
        struct sg_value *item = &aliases->items[aliases->count++];
        item->kind = SG_KIND_STRING;
        if (!(item->text = strdup(part)))
            r->failed = 1;
    }
    free(copy);
}

/* One actor per row of the node table; SG_ERR_DATA (reported) without an Id column. */
static int read_nodes(struct reader *r, const struct table *nodes, const char *nodes_path)
{
    static const char *const node_used[] = {"Id",    "Label", "Name",    "Type",
                                            "Group", "Role",  "Aliases", NULL};
    const struct row *header = &nodes->rows[0];
    long id = column(header, "Id"), label = column(header, "Label");
    if (label < 0)
        label = column(header, "Name"); /* an actor list's header: id,name,type,group,aliases */
    long actor_type = column(header, "Type"), group = column(header, "Group");
    long role = column(header, "Role"), aliases = column(header, "Aliases");
    if (id < 0) {
        sg_diag_at_line(nodes_path, header->line, "the node table's header needs an Id column");
        return SG_ERR_DATA;
    }
    for (size_t i = 1; i < nodes->count && !r->failed; i++) {
        const struct row *row = &nodes->rows[i];
        struct sg_record actor;
        if (is_blank(row))
            continue;
        sg_record_init(&actor, SG_RECORD_ACTOR);
        put(r, &actor, "id", cell(row, id));
        const char *label_text = cell(row, label);
        put(r, &actor, "name", label_text ? label_text : cell(row, id));
        const char *type_text = cell(row, actor_type);
        put(r, &actor, "type", type_text ? type_text : "group");
        put(r, &actor, "group", cell(row, group));
        put(r, &actor, "role", cell(row, role));
        put_aliases(r, &actor, cell(row, aliases));
        put_extras(r, &actor, header, row, node_used);
        stage(r, &r->actors, &actor, nodes_path, row->line);
    }
    return SG_OK;
}

/* Without a node table: every endpoint is an actor, in order of appearance. */
static void read_endpoints(struct reader *r, const struct table *edges,
                           const struct edge_columns *c)
{
    for (size_t i = 1; i < edges->count && !r->failed; i++) {
        const struct row *row = &edges->rows[i];
        const char *ends[2] = {cell(row, c->source), cell(row, c->target)};
        for (int e = 0; e < 2; e++) {
            int seen = !ends[e];
            for (size_t a = 0; a < r->actors.count && !seen; a++)
                seen =
                    strcmp(r->actors.items[a].record.fields[SG_ACTOR_FIELD_ID].text, ends[e]) == 0;
            if (seen)
                continue;
            struct sg_record actor;
            sg_record_init(&actor, SG_RECORD_ACTOR);
            put(r, &actor, "id", ends[e]);
            put(r, &actor, "name", ends[e]);
            put(r, &actor, "type", "group");
            if (r->failed) { /* the record lacks its id, which the search above reads */
                sg_record_destroy(&actor);
                return;
            }
            stage(r, &r->actors, &actor, r->name, row->line);
        }
    }
}

/* The snapshot: the snapshot table's Key,Value rows, else the file's stem and the latest
 * relation date. SG_ERR_DATA (reported) when no date is found. */
static int read_snapshot(struct reader *r, const struct table *info, const char *path,
                         const char *info_path)
{
    static const char *const none[] = {NULL};
    for (size_t i = 1; i < info->count; i++) {
        const struct row *row = &info->rows[i];
        if (row->count < 2 || row->fields[0][0] == '\0' || strcmp(row->fields[0], "format") == 0)
            continue;
        /* a one-row table of the Key,Value pair, read like a node or edge row */
        struct row keys = {&row->fields[0], 1, row->line}, values = {&row->fields[1], 1, row->line};
        put_extras(r, &r->snapshot, &keys, &values, none);
    }
    if (r->snapshot.fields[SG_SNAPSHOT_FIELD_ID].kind == SG_KIND_ABSENT) {
        char stem[72];
        sg_text_id_from_path(path, "snapshot", stem, sizeof stem);
        put(r, &r->snapshot, "id", stem);
    }
    if (r->snapshot.fields[SG_SNAPSHOT_FIELD_DATE].kind == SG_KIND_ABSENT) {
        if (!r->latest_date && r->failed)
            return SG_ERR_NOMEM; /* the date may be in a row that could not be kept */
        if (!r->latest_date) {
            sg_diag_at_path(r->name, NULL,
                            "no snapshot date: add a Date column, or a file %s with the rows "
                            "Key,Value and date,YYYY-MM-DD",
                            info_path ? info_path : "X.snapshot.csv");
            return SG_ERR_DATA;
        }
        put(r, &r->snapshot, "date", r->latest_date);
    }
    return SG_OK;
}

/* Checks what was read and fills the model (with its snapshot fields unless actors_only).
 * Returns 0 or an sg_error code. */
static int build(struct reader *r, struct sg_model *model, int actors_only)
{
    struct sg_load_limits limits;
    struct sg_builder builder;
    const struct sg_place head = {.file = r->name, .path = "snapshot"};
    sg_load_limits_default(&limits);
    sg_builder_init(&builder, r->name, &limits, model);
    if (!actors_only)
        sg_builder_snapshot(&builder, &head, &r->snapshot);
    if (sg_builder_begin(&builder, r->actors.count, r->relations.count, 1) == SG_OK) {
        sg_builder_add_staged(&builder, &r->actors, "actors", sg_builder_actor);
        sg_builder_add_staged(&builder, &r->relations, "relations", sg_builder_relation);
    }
    return sg_builder_finish(&builder);
}

/* Reads the snapshot from the tables read (nodes and info may be empty). */
static int read_tables(struct reader *r, const char *path, const char *nodes_path,
                       const char *info_path, const struct table *edges, const struct table *nodes,
                       const struct table *info)
{
    if (edges->count == 0) {
        sg_diag_at_path(r->name, NULL,
                        "empty file (expected a header row: Source,Target,Type,...)");
        return SG_ERR_DATA;
    }
    const struct row *header = &edges->rows[0];
    struct edge_columns c = {column(header, "Source"), column(header, "Target"),
                             column(header, "Stance"), column(header, "Weight"),
                             column(header, "Date"),   column(header, "Evidence")};
    if (c.stance < 0)
        c.stance = column(header, "Type"); /* without a Stance column, Type holds the stance */
    if (c.source < 0 || c.target < 0 || c.stance < 0) {
        sg_diag_at_line(r->name, header->line,
                        "the header needs Source, Target and Type (or Stance) columns");
        return SG_ERR_DATA;
    }
    read_relations(r, edges, &c);
    int err = SG_OK;
    if (nodes->count > 0)
        err = read_nodes(r, nodes, nodes_path);
    else
        read_endpoints(r, edges, &c);
    if (!err)
        err = read_snapshot(r, info, path, info_path);
    return err ? err : r->failed ? SG_ERR_NOMEM : SG_OK;
}

/* Builds the snapshot from the tables read (nodes and info may be empty); frees them. */
static int load_tables(const char *path, const char *name, char *nodes_path, char *info_path,
                       struct table edges, struct table nodes, struct table info,
                       struct sg_model *model)
{
    struct reader r = {.name = name};
    sg_record_init(&r.snapshot, SG_RECORD_SNAPSHOT);
    int err = read_tables(&r, path, nodes_path, info_path, &edges, &nodes, &info);
    if (!err)
        err = build(&r, model, 0);
    sg_record_destroy(&r.snapshot);
    sg_staged_free(&r.actors);
    sg_staged_free(&r.relations);
    table_free(&edges);
    table_free(&nodes);
    table_free(&info);
    free(nodes_path);
    free(info_path);
    return err;
}

int sg_load_csv_file(const char *path, struct sg_model *model)
{
    const char *name = sg_infile_display_name(path);
    char *nodes_path = sg_csv_sibling(path, "nodes"), *info_path = sg_csv_sibling(path, "snapshot");
    struct table edges = {0}, nodes = {0}, info = {0};
    size_t n = strlen(path);
    int err = SG_OK;
    /* a .csv path has siblings: without their names, their tables would be silently left out */
    if (n >= 4 && strcasecmp(path + n - 4, ".csv") == 0 && (!nodes_path || !info_path))
        err = SG_ERR_NOMEM;
    if (!err)
        err = read_table(path, name, &edges);
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

int sg_load_csv_actors_file(const char *path, struct sg_model *model)
{
    const char *name = sg_infile_display_name(path);
    struct table table = {0};
    int err = read_table(path, name, &table);
    if (err)
        return err;
    if (table.count > 0 && column(&table.rows[0], "Source") >= 0) {
        table_free(&table);
        return sg_load_csv_file(path, model); /* an edge table: a whole snapshot */
    }
    struct reader r = {.name = name};
    if (table.count == 0) {
        sg_diag_at_path(name, NULL,
                        "empty file (expected a header row: id,name,type,group,"
                        "aliases)");
        err = SG_ERR_DATA;
    }
    if (!err)
        err = read_nodes(&r, &table, name);
    if (!err)
        err = r.failed ? SG_ERR_NOMEM : build(&r, model, 1);
    sg_staged_free(&r.actors);
    table_free(&table);
    return err;
}

/* ---- article manifests ---- */

void sg_manifest_destroy(struct sg_manifest *manifest)
{
    if (!manifest)
        return;
    for (size_t i = 0; i < manifest->count; i++) {
        free(manifest->rows[i].path);
        free(manifest->rows[i].date);
        free(manifest->rows[i].title);
        free(manifest->rows[i].url);
    }
    free(manifest->rows);
    memset(manifest, 0, sizeof *manifest);
}

/* The manifest's columns: their indices in the header, or an error (reported). */
static int manifest_columns(const char *name, const struct row *header, long columns[4])
{
    static const char *const names[] = {"path", "date", "title", "url"};
    for (size_t i = 0; i < header->count; i++) {
        int known = 0;
        for (int c = 0; c < 4; c++)
            known |= strcasecmp(header->fields[i], names[c]) == 0;
        if (!known) {
            sg_diag_at_line(name, header->line,
                            "unknown column '%s' (a manifest has path, date, title and url)",
                            header->fields[i]);
            return SG_ERR_DATA;
        }
    }
    for (int c = 0; c < 4; c++)
        columns[c] = column(header, names[c]);
    if (columns[0] < 0) {
        sg_diag_at_line(name, header->line, "no 'path' column (the header is path,date,title,url)");
        return SG_ERR_DATA;
    }
    return SG_OK;
}

/* A manifest path as the program opens it: relative ones from the manifest's folder. */
static char *article_path(const char *manifest, const char *path)
{
    const char *slash = strrchr(manifest, '/');
    if (path[0] == '/' || !slash)
        return strdup(path);
    size_t n = (size_t)(slash - manifest) + 1;
    char *joined = malloc(n + strlen(path) + 1);
    if (joined)
        sprintf(joined, "%.*s%s", (int)n, manifest, path);
    return joined;
}

/* Checks one row and adds it. */
static int manifest_row(const char *path, const char *name, const struct row *row,
                        const long columns[4], struct sg_manifest *manifest)
{
    const char *date = cell(row, columns[1]);
    if (!cell(row, columns[0])) {
        sg_diag_at_line(name, row->line, "no path: each row names one article file");
        return SG_ERR_DATA;
    }
    if (date && !sg_text_is_valid_date(date)) {
        sg_diag_at_line(name, row->line, "invalid date '%s' (expected YYYY-MM-DD)", date);
        return SG_ERR_DATA;
    }
    struct sg_manifest_row *r = &manifest->rows[manifest->count++];
    r->line = row->line;
    r->path = article_path(path, cell(row, columns[0]));
    r->date = date ? strdup(date) : NULL;
    r->title = cell(row, columns[2]) ? strdup(cell(row, columns[2])) : NULL;
    r->url = cell(row, columns[3]) ? strdup(cell(row, columns[3])) : NULL;
    int failed = !r->path || (date && !r->date) || (cell(row, columns[2]) && !r->title) ||
                 (cell(row, columns[3]) && !r->url);
    return failed ? SG_ERR_NOMEM : SG_OK;
}

int sg_load_manifest(const char *path, struct sg_manifest *manifest)
{
    const char *name = sg_infile_display_name(path);
    struct table t;
    long columns[4];
    memset(manifest, 0, sizeof *manifest);
    int err = read_table(path, name, &t);
    if (err)
        return err;
    if (t.count == 0) {
        sg_diag_at_path(name, NULL, "empty manifest: expected the header path,date,title,url");
        err = SG_ERR_DATA;
    }
    if (!err)
        err = manifest_columns(name, &t.rows[0], columns);
    if (!err && !(manifest->rows = calloc(t.count, sizeof *manifest->rows)))
        err = SG_ERR_NOMEM;
    for (size_t r = 1; !err && r < t.count; r++)
        if (t.rows[r].count > 1 || cell(&t.rows[r], 0)) /* an empty line is no row */
            err = manifest_row(path, name, &t.rows[r], columns, manifest);
    table_free(&t);
    if (err)
        sg_manifest_destroy(manifest);
    return err;
}
