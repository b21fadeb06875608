/*
 * Metrics JSON writer. Numbers are inserted as raw text printed with one fixed format, because
 * cJSON's own number printing picks between two precisions per value.
 */
#include "write_json.h"

#include "diag.h"
#include "version.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct writer {
    int failed;
};

static cJSON *check(struct writer *w, cJSON *item)
{
    if (!item)
        w->failed = 1;
    return item;
}

static void add(struct writer *w, cJSON *object, const char *key, cJSON *item)
{
    if (!item) {
        w->failed = 1;
        return;
    }
    if (!cJSON_AddItemToObject(object, key, item)) {
        cJSON_Delete(item);
        w->failed = 1;
    }
}

static cJSON *number(struct writer *w, double value)
{
    char text[40];
    if (!isfinite(value))
        return check(w, cJSON_CreateNull());
    if (value == 0.0)
        value = 0.0; /* prints -0 as 0 */
    snprintf(text, sizeof text, "%.12g", value);
    return check(w, cJSON_CreateRaw(text));
}

static cJSON *count(struct writer *w, size_t value)
{
    char text[32];
    snprintf(text, sizeof text, "%zu", value);
    return check(w, cJSON_CreateRaw(text));
}

static void add_string(struct writer *w, cJSON *object, const char *key, const char *value)
{
    if (value)
        add(w, object, key, cJSON_CreateString(value));
}

static void add_extras(struct writer *w, cJSON *object, const struct sg_extras *extras)
{
    if (extras->count == 0)
        return;
    cJSON *attributes = check(w, cJSON_CreateObject());
    if (!attributes)
        return;
    for (size_t i = 0; i < extras->count; i++)
        add(w, attributes, extras->items[i].key, cJSON_CreateRaw(extras->items[i].json));
    add(w, object, "attributes", attributes);
}

static cJSON *snapshot_block(struct writer *w, const struct sg_model *model)
{
    cJSON *snapshot = check(w, cJSON_CreateObject());
    if (!snapshot)
        return NULL;
    add_string(w, snapshot, "id", model->info.id);
    add_string(w, snapshot, "date", model->info.date);
    add_string(w, snapshot, "title", model->info.title);
    add_string(w, snapshot, "source", model->info.source);
    add_extras(w, snapshot, &model->info.extras);
    return snapshot;
}

static cJSON *parameters_block(struct writer *w, const struct sg_model *model)
{
    cJSON *parameters = check(w, cJSON_CreateObject());
    if (!parameters)
        return NULL;
    add_string(w, parameters, "tool", "stancegraph " SG_VERSION);
    add_string(w, parameters, "input_sha256", model->input_sha256);
    add(w, parameters, "pagerank_damping", number(w, SG_PAGERANK_DAMPING));
    add_string(w, parameters, "path_length", "1/strength (betweenness, harmonic)");
    add_string(w, parameters, "walk_weight", "strength (pagerank, hub, authority)");
    add_string(w, parameters, "betweenness_normalisation", "(n-1)(n-2)");
    add_string(w, parameters, "harmonic_normalisation", "n-1");
    add_string(w, parameters, "hits_scaling", "largest = 1");
    return parameters;
}

static cJSON *by_type(struct writer *w, const size_t counts[SG_STANCE_COUNT])
{
    cJSON *object = check(w, cJSON_CreateObject());
    if (!object)
        return NULL;
    for (int t = 0; t < SG_STANCE_COUNT; t++)
        add(w, object, sg_stance_name((enum sg_stance)t), count(w, counts[t]));
    return object;
}

static cJSON *graph_block(struct writer *w, const struct sg_graph_metrics *g)
{
    cJSON *graph = check(w, cJSON_CreateObject());
    if (!graph)
        return NULL;
    add(w, graph, "actors", count(w, g->actors));
    add(w, graph, "statements", count(w, g->statements));
    add(w, graph, "statements_by_type", by_type(w, g->statements_by_type));
    add(w, graph, "ties", count(w, g->ties));
    add(w, graph, "ties_by_type", by_type(w, g->ties_by_type));
    add(w, graph, "arcs", count(w, g->arcs));
    add(w, graph, "density", number(w, g->density));
    add(w, graph, "reciprocity", number(w, g->reciprocity));
    add(w, graph, "weak_components", count(w, g->weak_components));
    return graph;
}

static cJSON *actor_object(struct writer *w, const struct sg_actor *actor,
                           const struct sg_actor_metrics *values)
{
    cJSON *object = check(w, cJSON_CreateObject());
    if (!object)
        return NULL;
    add_string(w, object, "id", actor->id);
    add_string(w, object, "name", actor->name);
    add_string(w, object, "type", sg_actor_type_name(actor->type));
    add_string(w, object, "group", actor->group);
    add_string(w, object, "role", actor->role);
    if (actor->alias_count > 0) {
        cJSON *aliases = check(w, cJSON_CreateArray());
        for (size_t a = 0; aliases && a < actor->alias_count; a++)
            if (!cJSON_AddItemToArray(aliases, check(w, cJSON_CreateString(actor->aliases[a]))))
                w->failed = 1;
        add(w, object, "aliases", aliases);
    }
    add_extras(w, object, &actor->extras);
    cJSON *metrics = check(w, cJSON_CreateObject());
    for (size_t m = 0; metrics && m < sg_metric_count; m++) {
        double value = sg_metric_value(values, m);
        add(w, metrics, sg_metric_table[m].name,
            sg_metric_table[m].integral ? count(w, (size_t)value) : number(w, value));
    }
    add(w, object, "metrics", metrics);
    return object;
}

static cJSON *tie_object(struct writer *w, const struct sg_model *model, size_t index)
{
    const struct sg_tie *tie = &model->ties[index];
    cJSON *object = check(w, cJSON_CreateObject());
    if (!object)
        return NULL;
    add_string(w, object, "source", model->actors[tie->source].id);
    add_string(w, object, "target", model->actors[tie->target].id);
    add_string(w, object, "type", sg_stance_name(tie->type));
    add(w, object, "weight", number(w, tie->weight));
    add(w, object, "count", count(w, tie->count));
    cJSON *statements = check(w, cJSON_CreateArray());
    for (size_t i = tie->first_statement; statements && i < model->statement_count; i++) {
        const struct sg_statement *s = &model->statements[i];
        if (s->tie != index)
            continue;
        cJSON *statement = check(w, cJSON_CreateObject());
        if (!statement)
            break;
        add_string(w, statement, "source", model->actors[s->source].id);
        add_string(w, statement, "target", model->actors[s->target].id);
        add(w, statement, "weight", number(w, s->weight));
        add_string(w, statement, "date", s->date);
        add_string(w, statement, "evidence", s->evidence);
        add_extras(w, statement, &s->extras);
        if (!cJSON_AddItemToArray(statements, statement)) {
            cJSON_Delete(statement);
            w->failed = 1;
        }
    }
    add(w, object, "statements", statements);
    return object;
}

int sg_write_metrics_json(const struct sg_model *model, const struct sg_metrics *metrics,
                          char **text)
{
    struct writer w = {0};
    cJSON *root = cJSON_CreateObject();
    *text = NULL;
    if (!root)
        return SG_ERR_NOMEM;
    add_string(&w, root, "format", SG_METRICS_FORMAT);
    add(&w, root, "snapshot", snapshot_block(&w, model));
    add(&w, root, "parameters", parameters_block(&w, model));
    add(&w, root, "graph", graph_block(&w, &metrics->graph));
    cJSON *actors = check(&w, cJSON_CreateArray());
    for (size_t i = 0; actors && i < model->actor_count; i++)
        if (!cJSON_AddItemToArray(actors, actor_object(&w, &model->actors[i], &metrics->actors[i])))
            w.failed = 1;
    add(&w, root, "actors", actors);
    cJSON *ties = check(&w, cJSON_CreateArray());
    for (size_t i = 0; ties && i < model->tie_count; i++)
        if (!cJSON_AddItemToArray(ties, tie_object(&w, model, i)))
            w.failed = 1;
    add(&w, root, "ties", ties);

    char *printed = w.failed ? NULL : cJSON_Print(root);
    cJSON_Delete(root);
    if (!printed)
        return SG_ERR_NOMEM;
    size_t length = strlen(printed);
    char *result = malloc(length + 2);
    if (!result) {
        cJSON_free(printed);
        return SG_ERR_NOMEM;
    }
    memcpy(result, printed, length);
    result[length] = '\n';
    result[length + 1] = '\0';
    cJSON_free(printed);
    *text = result;
    return SG_OK;
}

const char *sg_write_json_library_version(void)
{
    return cJSON_Version();
}
