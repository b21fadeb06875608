/*
 * The timeline as JSON (format "stancegraph-timeline/1", docs/COMPARE.md; declared in
 * write/timeline.h): parameters, the snapshots in order, one series per graph measure, per actor
 * its presence and one series per metric (null where absent), and between neighbouring
 * snapshots the actors who joined or left, the ties formed or dissolved, flips and camp switches.
 */
#include "write/timeline.h"

#include "base/version.h"
#include "write/json_build.h"

#include <stddef.h>

static cJSON *tie_list(struct sg_json_builder *b, const struct sg_diff *diff, enum sg_change change)
{
    cJSON *list = sg_json_check(b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->tie_count; i++) {
        const struct sg_diff_tie *tie = &diff->ties[i];
        if (tie->change != change)
            continue;
        const struct sg_model *model =
            change == SG_CHANGE_ADDED ? diff->new_model : diff->old_model;
        const struct sg_tie *t =
            &model->ties[change == SG_CHANGE_ADDED ? tie->new_tie : tie->old_tie];
        cJSON *object = sg_json_check(b, cJSON_CreateObject());
        sg_json_add_string(b, object, "source", model->actors[t->source].id);
        sg_json_add_string(b, object, "target", model->actors[t->target].id);
        sg_json_add_string(b, object, "type", sg_stance_name(t->type));
        sg_json_add(b, object, "weight", sg_json_number(b, t->weight));
        sg_json_append(b, list, object);
    }
    return list;
}

static cJSON *actor_list(struct sg_json_builder *b, const struct sg_diff *diff, int joined)
{
    cJSON *list = sg_json_check(b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->actor_count; i++) {
        const struct sg_diff_actor *a = &diff->actors[i];
        if (joined && a->old_index == SG_ABSENT)
            sg_json_append(b, list, cJSON_CreateString(diff->new_model->actors[a->new_index].id));
        if (!joined && a->new_index == SG_ABSENT)
            sg_json_append(b, list, cJSON_CreateString(diff->old_model->actors[a->old_index].id));
    }
    return list;
}

static cJSON *parameters_block(struct sg_json_builder *b, const struct sg_timeline_source *source)
{
    cJSON *parameters = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, parameters, "tool", "stancegraph " SG_VERSION);
    sg_json_add_string(b, parameters, "order", "snapshot date, then id");
    if (source && source->window) {
        sg_json_add_string(b, parameters, "window", source->window);
        sg_json_add_string(b, parameters, "step", source->step);
        sg_json_add(b, parameters, "undated_relations", sg_json_count(b, source->undated));
    }
    return parameters;
}

static cJSON *snapshot_list(struct sg_json_builder *b, const struct sg_timeline *t)
{
    cJSON *snapshots = sg_json_check(b, cJSON_CreateArray());
    for (size_t s = 0; s < t->count; s++) {
        cJSON *object = sg_json_check(b, cJSON_CreateObject());
        sg_json_add_string(b, object, "id", t->models[s].info.id);
        sg_json_add_string(b, object, "date", t->models[s].info.date);
        sg_json_add_string(b, object, "title", t->models[s].info.title);
        sg_json_add_string(b, object, "input_sha256", t->models[s].input_sha256);
        sg_json_append(b, snapshots, object);
    }
    return snapshots;
}

/* One series per graph-level measure, one value per snapshot. */
static cJSON *graph_block(struct sg_json_builder *b, const struct sg_timeline *t)
{
    cJSON *graph = sg_json_check(b, cJSON_CreateObject());
    for (size_t f = 0; f < sg_graph_field_count; f++) {
        cJSON *series = sg_json_check(b, cJSON_CreateArray());
        for (size_t s = 0; s < t->count; s++)
            sg_json_append(b, series,
                           sg_json_metric(b, sg_graph_field_value(&t->metrics[s].graph, f),
                                          sg_graph_field_table[f].integral));
        sg_json_add(b, graph, sg_graph_field_table[f].name, series);
    }
    return graph;
}

/* Actor a of the timeline: where it is present, and one series per metric (null where absent). */
static cJSON *actor_object(struct sg_json_builder *b, const struct sg_timeline *t, size_t a)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, object, "id", t->actor_ids[a]);
    cJSON *present = sg_json_check(b, cJSON_CreateArray());
    for (size_t s = 0; s < t->count; s++)
        sg_json_append(b, present, cJSON_CreateBool(sg_timeline_actor_metrics(t, s, a) != NULL));
    sg_json_add(b, object, "present", present);
    cJSON *metrics = sg_json_check(b, cJSON_CreateObject());
    for (size_t m = 0; m < sg_metric_count; m++) {
        cJSON *series = sg_json_check(b, cJSON_CreateArray());
        for (size_t s = 0; s < t->count; s++) {
            const struct sg_actor_metrics *am = sg_timeline_actor_metrics(t, s, a);
            sg_json_append(
                b, series,
                am ? sg_json_metric(b, sg_metric_value(am, m), sg_metric_table[m].integral)
                   : cJSON_CreateNull());
        }
        sg_json_add(b, metrics, sg_metric_table[m].name, series);
    }
    sg_json_add(b, object, "metrics", metrics);
    return object;
}

/* What changed from snapshot s to snapshot s + 1. */
static cJSON *change_object(struct sg_json_builder *b, const struct sg_timeline *t, size_t s)
{
    const struct sg_diff *d = &t->changes[s];
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, object, "from", t->models[s].info.id);
    sg_json_add_string(b, object, "to", t->models[s + 1].info.id);
    sg_json_add(b, object, "actors_joined", actor_list(b, d, 1));
    sg_json_add(b, object, "actors_left", actor_list(b, d, 0));
    sg_json_add(b, object, "ties_formed", tie_list(b, d, SG_CHANGE_ADDED));
    sg_json_add(b, object, "ties_dissolved", tie_list(b, d, SG_CHANGE_REMOVED));
    sg_json_add(b, object, "flips", sg_json_count(b, d->flip_count));
    cJSON *switches = sg_json_check(b, cJSON_CreateArray());
    for (size_t i = 0; i < d->camp_switch_count; i++) {
        const struct sg_diff_actor *a = &d->actors[d->camp_switches[i]];
        sg_json_append(b, switches, cJSON_CreateString(d->new_model->actors[a->new_index].id));
    }
    sg_json_add(b, object, "camp_switches", switches);
    return object;
}

int sg_write_timeline_json(const struct sg_timeline *t, const struct sg_timeline_source *source,
                           char **text)
{
    struct sg_json_builder b = {0};
    cJSON *root = sg_json_check(&b, cJSON_CreateObject());
    sg_json_add_string(&b, root, "format", SG_TIMELINE_FORMAT);
    sg_json_add(&b, root, "parameters", parameters_block(&b, source));
    sg_json_add(&b, root, "snapshots", snapshot_list(&b, t));
    sg_json_add(&b, root, "graph", graph_block(&b, t));
    cJSON *actors = sg_json_check(&b, cJSON_CreateArray());
    for (size_t a = 0; a < t->actor_count; a++)
        sg_json_append(&b, actors, actor_object(&b, t, a));
    sg_json_add(&b, root, "actors", actors);
    cJSON *changes = sg_json_check(&b, cJSON_CreateArray());
    for (size_t s = 0; s + 1 < t->count; s++)
        sg_json_append(&b, changes, change_object(&b, t, s));
    sg_json_add(&b, root, "changes", changes);
    return sg_json_finish(&b, root, text);
}
