/*
 * The metrics JSON writer ("stancegraph-metrics/1"): snapshot, parameters with provenance,
 * graph-level measures, then the actors and ties streamed one compact object per line into a
 * formatted skeleton, so that a million ties never exist as one tree. Also the two small
 * text-level services other writers need from cJSON: decoding a free-form field's JSON
 * string, and the library version.
 */
#include "write/json.h"

#include "base/diag.h"
#include "base/version.h"
#include "write/json_build.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static cJSON *snapshot_block(struct sg_json_builder *w, const struct sg_model *model)
{
    cJSON *snapshot = sg_json_check(w, cJSON_CreateObject());
    if (!snapshot)
        return NULL;
    sg_json_add_string(w, snapshot, "id", model->info.id);
    sg_json_add_string(w, snapshot, "date", model->info.date);
    sg_json_add_string(w, snapshot, "title", model->info.title);
    sg_json_add_string(w, snapshot, "source", model->info.source);
    sg_json_add_articles(w, snapshot, &model->info);
    sg_json_add_extras(w, snapshot, &model->info.extras);
    return snapshot;
}

/* The guarantee of one path measure (docs/METRICS.md, "Sampling with a guarantee"). */
static cJSON *bound_block(struct sg_json_builder *w, const struct sg_graph_metrics *g,
                          const struct sg_path_bound *bound, const char *method,
                          const char *reference)
{
    cJSON *block = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, block, "method", bound->exact ? "exact" : method);
    sg_json_add(w, block, "epsilon", sg_json_number(w, g->path_epsilon));
    sg_json_add(w, block, "delta", sg_json_number(w, g->path_delta));
    sg_json_add(w, block, "samples", sg_json_count(w, bound->samples));
    sg_json_add(w, block, "samples_required", sg_json_count(w, bound->required));
    sg_json_add_string(w, block, "reference", reference);
    return block;
}

/* How betweenness and harmonic centrality were computed: exact, sampled (--sample) or under a
 * guarantee (--epsilon, --delta, and the default above 20,000 actors). */
static cJSON *paths_block(struct sg_json_builder *w, const struct sg_graph_metrics *g)
{
    cJSON *paths = sg_json_check(w, cJSON_CreateObject());
    int guaranteed =
        g->paths_guaranteed && !(g->betweenness_bound.exact && g->harmonic_bound.exact);
    sg_json_add_string(w, paths, "method",
                       guaranteed         ? "guaranteed"
                       : g->paths_sampled ? "sampled"
                                          : "exact");
    sg_json_add(w, paths, "sources", sg_json_count(w, g->path_sources));
    if (g->paths_sampled || guaranteed)
        sg_json_add(w, paths, "seed", sg_json_count(w, (size_t)g->path_seed));
    if (g->paths_sampled) {
        sg_json_add(w, paths, "betweenness_max_standard_error",
                    sg_json_number(w, g->betweenness_max_error));
        sg_json_add(w, paths, "harmonic_max_standard_error",
                    sg_json_number(w, g->harmonic_max_error));
    }
    if (!g->paths_guaranteed)
        return paths;
    cJSON *betweenness =
        bound_block(w, g, &g->betweenness_bound, "sampled pairs", SG_PAIRS_REFERENCE);
    sg_json_add(w, betweenness, "vertex_diameter_bound",
                sg_json_count(w, g->vertex_diameter_bound));
    sg_json_add(w, paths, "betweenness", betweenness);
    cJSON *harmonic =
        bound_block(w, g, &g->harmonic_bound, "sampled sources", SG_SOURCES_REFERENCE);
    if (!g->harmonic_bound.exact) {
        sg_json_add(w, harmonic, "exact_below_distance", sg_json_number(w, g->harmonic_radius));
        sg_json_add(w, harmonic, "sample_range", sg_json_number(w, g->harmonic_range));
    }
    sg_json_add(w, paths, "harmonic", harmonic);
    return paths;
}

static cJSON *parameters_block(struct sg_json_builder *w, const struct sg_model *model,
                               const struct sg_metrics *metrics)
{
    cJSON *parameters = sg_json_check(w, cJSON_CreateObject());
    if (!parameters)
        return NULL;
    sg_json_add_string(w, parameters, "tool", "stancegraph " SG_VERSION);
    sg_json_add_string(w, parameters, "input_sha256", model->input_sha256);
    sg_json_add(w, parameters, "pagerank_damping", sg_json_number(w, SG_PAGERANK_DAMPING));
    sg_json_add_string(w, parameters, "path_length", "1/strength (betweenness, harmonic)");
    sg_json_add_string(w, parameters, "walk_weight", "strength (pagerank, hub, authority)");
    sg_json_add_string(w, parameters, "betweenness_normalisation", "(n-1)(n-2)");
    sg_json_add_string(w, parameters, "harmonic_normalisation", "n-1");
    sg_json_add_string(w, parameters, "hits_scaling", "largest = 1");
    sg_json_add(w, parameters, "path_measures", paths_block(w, &metrics->graph));
    return parameters;
}

static cJSON *by_type(struct sg_json_builder *w, const size_t counts[SG_STANCE_COUNT])
{
    cJSON *object = sg_json_check(w, cJSON_CreateObject());
    if (!object)
        return NULL;
    for (int t = 0; t < SG_STANCE_COUNT; t++)
        sg_json_add(w, object, sg_stance_name((enum sg_stance)t), sg_json_count(w, counts[t]));
    return object;
}

static cJSON *graph_block(struct sg_json_builder *w, const struct sg_graph_metrics *g)
{
    cJSON *graph = sg_json_check(w, cJSON_CreateObject());
    if (!graph)
        return NULL;
    sg_json_add(w, graph, "actors", sg_json_count(w, g->actors));
    sg_json_add(w, graph, "statements", sg_json_count(w, g->statements));
    sg_json_add(w, graph, "statements_by_type", by_type(w, g->statements_by_type));
    sg_json_add(w, graph, "ties", sg_json_count(w, g->ties));
    sg_json_add(w, graph, "ties_by_type", by_type(w, g->ties_by_type));
    sg_json_add(w, graph, "arcs", sg_json_count(w, g->arcs));
    sg_json_add(w, graph, "density", sg_json_number(w, g->density));
    sg_json_add(w, graph, "reciprocity", sg_json_number(w, g->reciprocity));
    sg_json_add(w, graph, "weak_components", sg_json_count(w, g->weak_components));
    cJSON *signed_block = sg_json_check(w, cJSON_CreateObject());
    for (size_t f = 0; f < sg_graph_field_count; f++) {
        const struct sg_graph_field *field = &sg_graph_field_table[f];
        if (!field->is_signed)
            continue;
        double value = sg_graph_field_value(g, f);
        if (field->integral && !strcmp(field->name, "frustration_exact"))
            sg_json_add(w, signed_block, field->name,
                        sg_json_check(w, cJSON_CreateBool(value != 0)));
        else
            sg_json_add(w, signed_block, field->name, sg_json_metric(w, value, field->integral));
    }
    sg_json_add(w, graph, "signed", signed_block);
    return graph;
}

/* Writes an actor's object, compact. */
static void put_actor(FILE *out, const struct sg_actor *actor,
                      const struct sg_actor_metrics *values)
{
    int members = 0, metrics = 0;
    fputc_unlocked('{', out);
    sg_json_put_string_member(out, &members, "id", actor->id);
    sg_json_put_string_member(out, &members, "name", actor->name);
    sg_json_put_string_member(out, &members, "type", sg_actor_type_name(actor->type));
    sg_json_put_string_member(out, &members, "group", actor->group);
    sg_json_put_string_member(out, &members, "role", actor->role);
    if (actor->alias_count > 0) {
        sg_json_put_key(out, &members, "aliases");
        for (size_t a = 0; a < actor->alias_count; a++) {
            fputc_unlocked(a ? ',' : '[', out);
            sg_json_put_string(out, actor->aliases[a]);
        }
        fputc_unlocked(']', out);
    }
    sg_json_put_extras(out, &members, &actor->extras);
    sg_json_put_key(out, &members, "metrics");
    fputc_unlocked('{', out);
    for (size_t m = 0; m < sg_metric_count; m++)
        sg_json_put_metric_member(out, &metrics, sg_metric_table[m].name,
                                  sg_metric_value(values, m), sg_metric_table[m].integral);
    fputs_unlocked("}}", out);
}

/* Writes a statement's object, compact. */
static void put_statement(FILE *out, const struct sg_model *model, const struct sg_statement *s)
{
    int members = 0;
    fputc_unlocked('{', out);
    sg_json_put_string_member(out, &members, "source", model->actors[s->source].id);
    sg_json_put_string_member(out, &members, "target", model->actors[s->target].id);
    sg_json_put_number_member(out, &members, "weight", s->weight);
    sg_json_put_string_member(out, &members, "date", s->date);
    sg_json_put_string_member(out, &members, "evidence", s->evidence);
    sg_json_put_extras(out, &members, &s->extras);
    fputc_unlocked('}', out);
}

/* Writes a tie's object with its statements, compact. */
static void put_tie(FILE *out, const struct sg_model *model, const struct sg_metrics *metrics,
                    size_t index)
{
    const struct sg_tie *tie = &model->ties[index];
    int members = 0;
    fputc_unlocked('{', out);
    sg_json_put_string_member(out, &members, "source", model->actors[tie->source].id);
    sg_json_put_string_member(out, &members, "target", model->actors[tie->target].id);
    sg_json_put_string_member(out, &members, "type", sg_stance_name(tie->type));
    sg_json_put_number_member(out, &members, "weight", tie->weight);
    sg_json_put_count_member(out, &members, "count", tie->count);
    if (tie->type != SG_STANCE_NEGOTIATION) {
        int same = metrics->actors[tie->source].camp == metrics->actors[tie->target].camp;
        int breaks = tie->type == SG_STANCE_SUPPORT ? !same : same;
        sg_json_put_key(out, &members, "breaks_camps");
        fputs_unlocked(breaks ? "true" : "false", out);
    }
    sg_json_put_key(out, &members, "statements");
    for (size_t i = tie->first_statement; i != SG_MODEL_END; i = model->statements[i].next_in_tie) {
        fputc_unlocked(i == tie->first_statement ? '[' : ',', out);
        put_statement(out, model, &model->statements[i]);
    }
    fputs_unlocked("]}", out);
}

/* The metrics computed per layer: the path and walk measures, the degrees. */
static const char *const layer_metrics[] = {"degree_in", "degree_out", "betweenness", "harmonic",
                                            "pagerank",  "hub",        "authority"};

/* The object of actor i in a layer's array: its id and the layer's metrics. */
static cJSON *layer_actor(struct sg_json_builder *w, const struct sg_model *model,
                          const struct sg_metrics *layer, size_t i)
{
    cJSON *actor = sg_json_check(w, cJSON_CreateObject());
    sg_json_add_string(w, actor, "id", model->actors[i].id);
    cJSON *values = sg_json_check(w, cJSON_CreateObject());
    for (size_t k = 0; k < sizeof layer_metrics / sizeof layer_metrics[0]; k++) {
        size_t m = (size_t)sg_metric_find(layer_metrics[k]);
        double v = sg_metric_value(&layer->actors[i], m);
        sg_json_add(w, values, layer_metrics[k], sg_json_metric(w, v, sg_metric_table[m].integral));
    }
    sg_json_add(w, actor, "metrics", values);
    return actor;
}

/* Prints a layer's array of actors into out, formatted as it sits in the report (three levels
 * deep), one actor at a time. Returns 0 or SG_ERR_NOMEM. */
static int stream_layer(FILE *out, const struct sg_model *model, const struct sg_metrics *layer)
{
    if (model->actor_count == 0) {
        fputs("[]", out);
        return SG_OK;
    }
    fputs("[\n      ", out);
    for (size_t i = 0; i < model->actor_count; i++) {
        struct sg_json_builder w = {0};
        cJSON *item = layer_actor(&w, model, layer, i);
        char *printed = w.failed || !item ? NULL : cJSON_PrintUnformatted(item);
        cJSON_Delete(item);
        if (!printed)
            return SG_ERR_NOMEM;
        fputs(i ? ",\n      " : "", out);
        sg_json_indent_at(printed, 3, out);
        cJSON_free(printed);
    }
    fputs("\n    ]", out);
    return SG_OK;
}

/*
 * Writes the array of actors or ties, one compact object per line, into out, each straight
 * from the model: a million ties never exist as one tree, nor as cJSON objects. Returns 0 (out's
 * errors are left to its owner).
 */
static int stream_array(FILE *out, const struct sg_model *model, const struct sg_metrics *metrics,
                        int ties)
{
    size_t count = ties ? model->tie_count : model->actor_count;
    if (count == 0) {
        fputs("[]", out);
        return SG_OK;
    }
    fputc('[', out);
    for (size_t i = 0; i < count; i++) {
        fputs_unlocked(i ? ",\n    " : "\n    ", out);
        if (ties)
            put_tie(out, model, metrics, i);
        else
            put_actor(out, &model->actors[i], &metrics->actors[i]);
    }
    fputs("\n  ]", out);
    return SG_OK;
}

/*
 * The arrays streamed into the report, in order, each printed as a placeholder in the skeleton
 * and found again with its key: a JSON string can hold the placeholder, but not an unescaped
 * quote before its colon. A new large array is one more row.
 */
enum streamed_array { ACTORS, TIES, LAYER_SUPPORT, LAYER_CRITICISM, LAYER_NEGOTIATION };
static const struct {
    const char *key, *placeholder;
} streamed_arrays[] = {{"actors", "@SG_ACTORS@"},
                       {"ties", "@SG_TIES@"},
                       {"support", "@SG_LAYER_SUPPORT@"},
                       {"criticism", "@SG_LAYER_CRITICISM@"},
                       {"negotiation", "@SG_LAYER_NEGOTIATION@"}};

static cJSON *placeholder(enum streamed_array array)
{
    return cJSON_CreateRaw(streamed_arrays[array].placeholder);
}

/* The layers object with a placeholder for each layer's array. */
static cJSON *layers_block(struct sg_json_builder *w)
{
    cJSON *object = sg_json_check(w, cJSON_CreateObject());
    for (int layer = 0; layer < SG_STANCE_COUNT; layer++)
        sg_json_add(w, object, sg_stance_name((enum sg_stance)layer),
                    placeholder((enum streamed_array)(LAYER_SUPPORT + layer)));
    return object;
}

/* The whole report but the streamed arrays, formatted, with placeholders where they go. */
static int metrics_skeleton(const struct sg_model *model, const struct sg_metrics *metrics,
                            const struct sg_metrics *layers, char **skeleton)
{
    struct sg_json_builder w = {0};
    cJSON *root = cJSON_CreateObject();
    if (!root)
        return SG_ERR_NOMEM;
    sg_json_add_string(&w, root, "format", SG_METRICS_FORMAT);
    sg_json_add(&w, root, "snapshot", snapshot_block(&w, model));
    sg_json_add(&w, root, "parameters", parameters_block(&w, model, metrics));
    sg_json_add(&w, root, "graph", graph_block(&w, &metrics->graph));
    sg_json_add(&w, root, "actors", placeholder(ACTORS));
    sg_json_add(&w, root, "ties", placeholder(TIES));
    if (layers)
        sg_json_add(&w, root, "layers", layers_block(&w));
    return sg_json_finish(&w, root, skeleton);
}

/* Prints the streamed array into out. Returns 0 or SG_ERR_NOMEM. */
static int stream(FILE *out, enum streamed_array array, const struct sg_model *model,
                  const struct sg_metrics *metrics, const struct sg_metrics *layers)
{
    if (array == ACTORS || array == TIES)
        return stream_array(out, model, metrics, array == TIES);
    return stream_layer(out, model, &layers[array - LAYER_SUPPORT]);
}

int sg_write_metrics_json_to(FILE *out, const struct sg_model *model,
                             const struct sg_metrics *metrics, const struct sg_metrics *layers)
{
    char *skeleton = NULL, key[64];
    if (metrics_skeleton(model, metrics, layers, &skeleton) != SG_OK)
        return SG_ERR_NOMEM;
    /* the skeleton up to each placeholder, the array, and at last the rest */
    const char *rest = skeleton;
    size_t count = layers ? LAYER_NEGOTIATION + 1 : TIES + 1;
    int err = SG_OK;
    for (size_t a = 0; a < count && !err; a++) {
        snprintf(key, sizeof key, "\"%s\": %s", streamed_arrays[a].key,
                 streamed_arrays[a].placeholder);
        const char *at = strstr(rest, key);
        if (!at) {
            err = SG_ERR_NOMEM;
            break;
        }
        size_t before = strlen(key) - strlen(streamed_arrays[a].placeholder);
        fwrite(rest, 1, (size_t)(at - rest) + before, out);
        err = stream(out, (enum streamed_array)a, model, metrics, layers);
        rest = at + strlen(key);
    }
    if (!err)
        fputs(rest, out);
    free(skeleton);
    return err;
}

int sg_write_metrics_json(const struct sg_model *model, const struct sg_metrics *metrics,
                          const struct sg_metrics *layers, char **text)
{
    char *buffer = NULL;
    size_t length = 0;
    *text = NULL;
    FILE *out = open_memstream(&buffer, &length);
    if (!out)
        return SG_ERR_NOMEM;
    int err = sg_write_metrics_json_to(out, model, metrics, layers);
    if ((ferror(out) | fclose(out)) != 0 && !err) /* a memory stream fails for memory only */
        err = SG_ERR_NOMEM;
    if (err) {
        free(buffer);
        return err;
    }
    *text = buffer;
    return SG_OK;
}

const char *sg_write_json_library_version(void)
{
    return cJSON_Version();
}

char *sg_json_string_text(const char *json)
{
    cJSON *value = cJSON_Parse(json);
    char *text = value && cJSON_IsString(value) ? strdup(value->valuestring) : NULL;
    cJSON_Delete(value);
    return text;
}
