/*
 * CSV tables of a snapshot (docs/FORMATS.md): edges in Gephi's convention, nodes, and the
 * snapshot's own fields, every attribute included, fields quoted by libcsv. load/csv.c reads
 * them back to the same snapshot.
 */
#include "write/csv.h"

#include "base/diag.h"
#include "write/json.h"

#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct writer {
    FILE *out;
    int failed;
};

static void field(struct writer *w, const char *text, int first)
{
    if (!first && fputc(',', w->out) == EOF)
        w->failed = 1;
    if (csv_fwrite(w->out, text ? text : "", text ? strlen(text) : 0) != 0)
        w->failed = 1;
}

static void end_row(struct writer *w)
{
    if (fputc('\n', w->out) == EOF)
        w->failed = 1;
}

/* A free-form field as a cell: a JSON string's text goes in column KEY; any other JSON value
 * goes, as JSON, in column KEY:json. */
static int is_json_string(const char *json)
{
    return json[0] == '"';
}

/* The columns of free-form fields over a set of extras, in order of first appearance. */
struct columns {
    char **names; /* "key" or "key:json" */
    size_t count;
};

static int columns_add(struct columns *c, const struct sg_extras *extras)
{
    for (size_t e = 0; e < extras->count; e++) {
        char name[512];
        snprintf(name, sizeof name, "%s%s", extras->items[e].key,
                 is_json_string(extras->items[e].json) ? "" : ":json");
        int seen = 0;
        for (size_t i = 0; i < c->count && !seen; i++)
            seen = strcmp(c->names[i], name) == 0;
        if (seen)
            continue;
        char **grown = realloc(c->names, (c->count + 1) * sizeof *grown);
        if (!grown)
            return -1;
        c->names = grown;
        if (!(c->names[c->count] = strdup(name)))
            return -1;
        c->count++;
    }
    return 0;
}

static void columns_free(struct columns *c)
{
    for (size_t i = 0; i < c->count; i++)
        free(c->names[i]);
    free(c->names);
}

/* The header row: the fixed columns, the metrics' when with_metrics, then one per free-form
 * field. */
static void header_row(struct writer *w, const char *const *fixed, size_t count, int with_metrics,
                       const struct columns *extras)
{
    for (size_t i = 0; i < count; i++)
        field(w, fixed[i], i == 0);
    for (size_t m = 0; with_metrics && m < sg_metric_count; m++)
        field(w, sg_metric_table[m].name, 0);
    for (size_t i = 0; i < extras->count; i++)
        field(w, extras->names[i], 0);
    end_row(w);
}

static void extra_cells(struct writer *w, const struct columns *c, const struct sg_extras *extras)
{
    for (size_t i = 0; i < c->count; i++) {
        const char *value = NULL;
        char *text = NULL;
        for (size_t e = 0; e < extras->count && !value; e++) {
            const struct sg_extra *x = &extras->items[e];
            size_t n = strlen(x->key);
            int string = is_json_string(x->json);
            if (strncmp(c->names[i], x->key, n) != 0 ||
                strcmp(c->names[i] + n, string ? "" : ":json") != 0)
                continue;
            if (string) {
                text = sg_json_string_text(x->json);
                if (!text)
                    w->failed = 1;
                value = text;
            } else {
                value = x->json;
            }
        }
        field(w, value, 0);
        free(text);
    }
}

/* A table being written to memory; its free-form columns (none for the snapshot table). */
struct table {
    struct writer w;
    char *buffer;
    size_t size;
    struct columns extras;
};

/* Starts table (not to be moved: the stream writes to its buffer). Returns 0 or SG_ERR_NOMEM. */
static int table_open(struct table *t)
{
    *t = (struct table){{NULL, 0}, NULL, 0, {NULL, 0}};
    t->w.out = open_memstream(&t->buffer, &t->size);
    return t->w.out ? SG_OK : SG_ERR_NOMEM;
}

/* Ends a row of fixed cells with its free-form ones. */
static void table_end_row(struct table *t, const struct sg_extras *extras)
{
    extra_cells(&t->w, &t->extras, extras);
    end_row(&t->w);
}

/* Ends the table: *text is the heap text, or NULL on SG_ERR_NOMEM. */
static int table_close(struct table *t, char **text)
{
    columns_free(&t->extras);
    if (fclose(t->w.out) != 0) /* sets t->buffer */
        t->w.failed = 1;
    if (t->w.failed) {
        free(t->buffer);
        *text = NULL;
        return SG_ERR_NOMEM;
    }
    *text = t->buffer;
    return SG_OK;
}

int sg_write_csv_edges(const struct sg_model *model, char **text)
{
    struct table t;
    if (table_open(&t) != SG_OK)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->statement_count; i++)
        if (columns_add(&t.extras, &model->statements[i].extras) != 0)
            t.w.failed = 1;
    static const char *const header[] = {"Source", "Target", "Type",    "Stance",
                                         "Weight", "Date",   "Evidence"};
    header_row(&t.w, header, 7, 0, &t.extras);
    for (size_t i = 0; i < model->statement_count && !t.w.failed; i++) {
        const struct sg_statement *s = &model->statements[i];
        char weight[40];
        snprintf(weight, sizeof weight, "%.12g", s->weight);
        field(&t.w, model->actors[s->source].id, 1);
        field(&t.w, model->actors[s->target].id, 0);
        field(&t.w, s->type == SG_STANCE_NEGOTIATION ? "Undirected" : "Directed", 0);
        field(&t.w, sg_stance_name(s->type), 0);
        field(&t.w, weight, 0);
        field(&t.w, s->date, 0);
        field(&t.w, s->evidence, 0);
        table_end_row(&t, &s->extras);
    }
    return table_close(&t, text);
}

int sg_write_csv_nodes(const struct sg_model *model, const struct sg_metrics *metrics, char **text)
{
    struct table t;
    if (table_open(&t) != SG_OK)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->actor_count; i++)
        if (columns_add(&t.extras, &model->actors[i].extras) != 0)
            t.w.failed = 1;
    static const char *const header[] = {"Id", "Label", "Type", "Group", "Role", "Aliases"};
    header_row(&t.w, header, 6, metrics != NULL, &t.extras);
    for (size_t i = 0; i < model->actor_count && !t.w.failed; i++) {
        const struct sg_actor *a = &model->actors[i];
        char *aliases = sg_actor_aliases_joined(a);
        if (!aliases) {
            t.w.failed = 1;
            break;
        }
        field(&t.w, a->id, 1);
        field(&t.w, a->name, 0);
        field(&t.w, sg_actor_type_name(a->type), 0);
        field(&t.w, a->group, 0);
        field(&t.w, a->role, 0);
        field(&t.w, aliases, 0);
        free(aliases);
        char value[SG_METRIC_TEXT];
        for (size_t m = 0; metrics && m < sg_metric_count; m++) {
            sg_metric_text(&metrics->actors[i], m, value); /* empty when undefined */
            field(&t.w, value, 0);
        }
        table_end_row(&t, &a->extras);
    }
    return table_close(&t, text);
}

int sg_write_csv_snapshot(const struct sg_model *model, char **text)
{
    struct table t;
    if (table_open(&t) != SG_OK)
        return SG_ERR_NOMEM;
    struct writer *w = &t.w; /* the snapshot table has no free-form columns */
    const struct sg_snapshot_info *info = &model->info;
    const char *rows[][2] = {{"Key", "Value"},
                             {"id", info->id},
                             {"date", info->date},
                             {"title", info->title},
                             {"source", info->source}};
    for (size_t i = 0; i < 5; i++) {
        if (!rows[i][1])
            continue;
        field(w, rows[i][0], 1);
        field(w, rows[i][1], 0);
        end_row(w);
    }
    for (size_t e = 0; e < info->extras.count && !w->failed; e++) {
        const struct sg_extra *x = &info->extras.items[e];
        char key[512];
        snprintf(key, sizeof key, "%s%s", x->key, is_json_string(x->json) ? "" : ":json");
        char *value = is_json_string(x->json) ? sg_json_string_text(x->json) : NULL;
        if (is_json_string(x->json) && !value)
            w->failed = 1;
        field(w, key, 1);
        field(w, value ? value : x->json, 0);
        end_row(w);
        free(value);
    }
    return table_close(&t, text);
}

#define SG_STRINGIFY_(x) #x
#define SG_STRINGIFY(x)  SG_STRINGIFY_(x)

const char *sg_csv_library_version(void)
{
    return SG_STRINGIFY(CSV_MAJOR) "." SG_STRINGIFY(CSV_MINOR) "." SG_STRINGIFY(CSV_RELEASE);
}
