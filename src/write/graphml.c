/*
 * GraphML of one snapshot (docs/FORMATS.md; declared in xml.h): one node per actor, with its
 * metrics when asked; one edge per statement (parallel edges kept), or per tie with a
 * negotiation tie one each way (the graph stancegraph measures); every field a typed <data>
 * key, fixed fields first and free-form ones in order of first appearance: what Gephi,
 * igraph, NetworkX and yEd read.
 */
#include "write/xml.h"

#include "base/diag.h"
#include "write/json.h"
#include "write/xml_writer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum key_kind { KEY_GRAPH, KEY_NODE, KEY_EDGE };

/* The GraphML type of a free-form field's JSON value. */
static const char *json_type(const char *json)
{
    if (json[0] == '"')
        return "string";
    if (strcmp(json, "true") == 0 || strcmp(json, "false") == 0)
        return "boolean";
    if ((json[0] >= '0' && json[0] <= '9') || json[0] == '-')
        return "double";
    return "string"; /* arrays, objects, null: their JSON text */
}

/* The text of a free-form field's value: a string's characters, else the JSON. */
static char *json_text(const char *json)
{
    return json[0] == '"' ? sg_json_string_text(json) : strdup(json);
}

struct key {
    char *name, *type, *id;
    enum key_kind kind;
};

struct keys {
    struct key *list;
    size_t count;
    int failed;
};

static void key_add(struct keys *k, enum key_kind kind, const char *name, const char *type)
{
    if (k->failed) /* a key may lack its strings */
        return;
    for (size_t i = 0; i < k->count; i++)
        if (k->list[i].kind == kind && strcmp(k->list[i].name, name) == 0) {
            if (strcmp(k->list[i].type, type) != 0) { /* mixed kinds: strings */
                free(k->list[i].type);
                k->list[i].type = strdup("string");
                if (!k->list[i].type)
                    k->failed = 1;
            }
            return;
        }
    struct key *grown = realloc(k->list, (k->count + 1) * sizeof *grown);
    if (!grown) {
        k->failed = 1;
        return;
    }
    k->list = grown;
    struct key *key = &k->list[k->count++];
    key->kind = kind;
    key->name = strdup(name);
    key->type = strdup(type);
    key->id = NULL;
    if (asprintf(&key->id, "%c%zu", "gne"[kind], k -> count - 1) < 0)
        key->id = NULL;
    if (!key->name || !key->type || !key->id)
        k->failed = 1;
}

static const struct key *key_find(const struct keys *k, enum key_kind kind, const char *name)
{
    for (size_t i = 0; i < k->count; i++)
        if (k->list[i].kind == kind && k->list[i].name && strcmp(k->list[i].name, name) == 0)
            return &k->list[i];
    return NULL;
}

static void keys_free(struct keys *k)
{
    for (size_t i = 0; i < k->count; i++) {
        free(k->list[i].name);
        free(k->list[i].type);
        free(k->list[i].id);
    }
    free(k->list);
}

static void keys_for_extras(struct keys *k, enum key_kind kind, const struct sg_extras *extras)
{
    for (size_t e = 0; e < extras->count; e++)
        key_add(k, kind, extras->items[e].key, json_type(extras->items[e].json));
}

/* The keys: for graph, nodes and edges, the fixed fields first, then the free-form ones in
 * order of first appearance. */
static void collect_keys(struct keys *k, const struct sg_model *model,
                         const struct sg_xml_options *options)
{
    static const char *const graph_fields[] = {"snapshot_id", "date", "title", "source"};
    for (size_t i = 0; i < 4; i++)
        key_add(k, KEY_GRAPH, graph_fields[i], "string");
    keys_for_extras(k, KEY_GRAPH, &model->info.extras);
    static const char *const node_fields[] = {"label", "type", "group", "role", "aliases"};
    for (size_t i = 0; i < 5; i++)
        key_add(k, KEY_NODE, node_fields[i], "string");
    for (size_t m = 0; options->metrics && m < sg_metric_count; m++)
        key_add(k, KEY_NODE, sg_metric_table[m].name,
                sg_metric_table[m].integral ? "int" : "double");
    for (size_t i = 0; i < model->actor_count; i++)
        keys_for_extras(k, KEY_NODE, &model->actors[i].extras);
    key_add(k, KEY_EDGE, "stance", "string");
    key_add(k, KEY_EDGE, "weight", "double");
    if (options->per_tie) {
        key_add(k, KEY_EDGE, "statements", "int");
        return;
    }
    key_add(k, KEY_EDGE, "date", "string");
    key_add(k, KEY_EDGE, "evidence", "string");
    for (size_t i = 0; i < model->statement_count; i++)
        keys_for_extras(k, KEY_EDGE, &model->statements[i].extras);
}

static void write_keys(struct sg_xml *x, const struct keys *k)
{
    static const char *const kind_names[] = {"graph", "node", "edge"};
    for (size_t i = 0; i < k->count; i++) {
        sg_xml_start(x, "key");
        sg_xml_attribute(x, "id", k->list[i].id);
        sg_xml_attribute(x, "for", kind_names[k->list[i].kind]);
        sg_xml_attribute(x, "attr.name", k->list[i].name);
        sg_xml_attribute(x, "attr.type", k->list[i].type);
        sg_xml_end(x);
    }
}

static void data(struct sg_xml *x, const struct keys *k, enum key_kind kind, const char *name,
                 const char *value)
{
    const struct key *key = key_find(k, kind, name);
    if (!value || !key)
        return;
    sg_xml_start(x, "data");
    sg_xml_attribute(x, "key", key->id);
    sg_xml_content(x, value);
    sg_xml_end(x);
}

static void data_extras(struct sg_xml *x, const struct keys *k, enum key_kind kind,
                        const struct sg_extras *extras)
{
    for (size_t e = 0; e < extras->count; e++) {
        char *text = json_text(extras->items[e].json);
        if (!text) {
            sg_xml_fail(x);
            continue;
        }
        data(x, k, kind, extras->items[e].key, text);
        free(text);
    }
}

/* The actor's metrics; an undefined one (NaN) has no <data>, so readers see it missing. */
static void data_metrics(struct sg_xml *x, const struct keys *k,
                         const struct sg_actor_metrics *metrics)
{
    char text[SG_METRIC_TEXT];
    for (size_t m = 0; m < sg_metric_count; m++)
        if (sg_metric_text(metrics, m, text))
            data(x, k, KEY_NODE, sg_metric_table[m].name, text);
}

static void write_node(struct sg_xml *x, const struct keys *k, const struct sg_actor *a,
                       const struct sg_actor_metrics *metrics)
{
    sg_xml_start(x, "node");
    sg_xml_attribute(x, "id", a->id);
    data(x, k, KEY_NODE, "label", a->name);
    data(x, k, KEY_NODE, "type", sg_actor_type_name(a->type));
    data(x, k, KEY_NODE, "group", a->group);
    data(x, k, KEY_NODE, "role", a->role);
    if (a->alias_count > 0) {
        char *aliases = sg_actor_aliases_joined(a);
        if (!aliases) {
            sg_xml_fail(x);
            return;
        }
        data(x, k, KEY_NODE, "aliases", aliases);
        free(aliases);
    }
    if (metrics)
        data_metrics(x, k, metrics);
    data_extras(x, k, KEY_NODE, &a->extras);
    sg_xml_end(x);
}

static void write_edge(struct sg_xml *x, const struct keys *k, const struct sg_model *model,
                       size_t index)
{
    const struct sg_statement *s = &model->statements[index];
    char id[32], weight[40];
    snprintf(id, sizeof id, "r%zu", index);
    snprintf(weight, sizeof weight, "%.12g", s->weight);
    sg_xml_start(x, "edge");
    sg_xml_attribute(x, "id", id);
    sg_xml_attribute(x, "source", model->actors[s->source].id);
    sg_xml_attribute(x, "target", model->actors[s->target].id);
    data(x, k, KEY_EDGE, "stance", sg_stance_name(s->type));
    data(x, k, KEY_EDGE, "weight", weight);
    data(x, k, KEY_EDGE, "date", s->date);
    data(x, k, KEY_EDGE, "evidence", s->evidence);
    data_extras(x, k, KEY_EDGE, &s->extras);
    sg_xml_end(x);
}

/* One edge of tie index, from source to target (reversed for a negotiation tie's second
 * edge, whose id ends in 'r'). */
static void write_tie_edge(struct sg_xml *x, const struct keys *k, const struct sg_model *model,
                           size_t index, int reversed)
{
    const struct sg_tie *tie = &model->ties[index];
    char id[32], weight[40], count[32];
    snprintf(id, sizeof id, "t%zu%s", index, reversed ? "r" : "");
    snprintf(weight, sizeof weight, "%.12g", tie->weight);
    snprintf(count, sizeof count, "%zu", (size_t)tie->count);
    sg_xml_start(x, "edge");
    sg_xml_attribute(x, "id", id);
    sg_xml_attribute(x, "source", model->actors[reversed ? tie->target : tie->source].id);
    sg_xml_attribute(x, "target", model->actors[reversed ? tie->source : tie->target].id);
    data(x, k, KEY_EDGE, "stance", sg_stance_name(tie->type));
    data(x, k, KEY_EDGE, "weight", weight);
    data(x, k, KEY_EDGE, "statements", count);
    sg_xml_end(x);
}

static void write_edges(struct sg_xml *x, const struct keys *k, const struct sg_model *model,
                        int per_tie)
{
    if (!per_tie) {
        for (size_t i = 0; i < model->statement_count && !sg_xml_failed(x); i++)
            write_edge(x, k, model, i);
        return;
    }
    for (size_t i = 0; i < model->tie_count && !sg_xml_failed(x); i++) {
        write_tie_edge(x, k, model, i, 0);
        if (model->ties[i].type == SG_STANCE_NEGOTIATION)
            write_tie_edge(x, k, model, i, 1);
    }
}

static void write_graph(struct sg_xml *x, const struct keys *k, const struct sg_model *model,
                        const struct sg_xml_options *options)
{
    sg_xml_start(x, "graph");
    sg_xml_attribute(x, "id", model->info.id);
    sg_xml_attribute(x, "edgedefault", "directed");
    data(x, k, KEY_GRAPH, "snapshot_id", model->info.id);
    data(x, k, KEY_GRAPH, "date", model->info.date);
    data(x, k, KEY_GRAPH, "title", model->info.title);
    data(x, k, KEY_GRAPH, "source", model->info.source);
    data_extras(x, k, KEY_GRAPH, &model->info.extras);
    for (size_t i = 0; i < model->actor_count && !sg_xml_failed(x); i++)
        write_node(x, k, &model->actors[i], options->metrics ? &options->metrics->actors[i] : NULL);
    write_edges(x, k, model, options->per_tie);
    sg_xml_end(x);
}

int sg_write_graphml(const struct sg_model *model, const struct sg_xml_options *options,
                     char **text)
{
    struct sg_xml_options defaults;
    sg_xml_options_init(&defaults);
    if (!options)
        options = &defaults;
    struct keys k = {0};
    *text = NULL;
    struct sg_xml *x = sg_xml_open();
    if (!x)
        return SG_ERR_NOMEM;
    collect_keys(&k, model, options);
    if (k.failed)
        sg_xml_fail(x);
    sg_xml_start(x, "graphml");
    sg_xml_attribute(x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    sg_xml_attribute(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    sg_xml_attribute(x, "xsi:schemaLocation",
                     "http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    write_keys(x, &k);
    write_graph(x, &k, model, options);
    sg_xml_end(x); /* graphml */
    keys_free(&k);
    return sg_xml_close(x, text);
}
