/*
 * The diff report as JSON (format "stancegraph-diff/1", docs/COMPARE.md; declared in
 * write/diff.h): both sides, parameters, summary counts, similarity, the graph measures old and
 * new, added and removed actors, flips, camp switches, every tie of the union with its change,
 * and every actor with each metric's old and new value and rank.
 */
#include "write/diff.h"

#include "base/diag.h"
#include "base/version.h"
#include "write/json_build.h"

#include <stddef.h>

static const char *const change_names[] = {"kept", "added", "removed"};

/* The actor at union_index, as described in the old snapshot when it is there. */
static const struct sg_actor *actor_of(const struct sg_diff *diff, size_t union_index)
{
    const struct sg_diff_actor *a = &diff->actors[union_index];
    return a->old_index != SG_ABSENT ? &diff->old_model->actors[a->old_index]
                                     : &diff->new_model->actors[a->new_index];
}

static cJSON *side_block(struct sg_json_builder *b, const struct sg_model *model)
{
    cJSON *side = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, side, "id", model->info.id);
    sg_json_add_string(b, side, "date", model->info.date);
    sg_json_add_string(b, side, "title", model->info.title);
    sg_json_add_string(b, side, "input_sha256", model->input_sha256);
    return side;
}

/* The tool and the definitions the numbers follow. */
static cJSON *parameters_block(struct sg_json_builder *b)
{
    cJSON *parameters = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, parameters, "tool", "stancegraph " SG_VERSION);
    sg_json_add_string(b, parameters, "tie_key", "source, target, type (negotiation: the pair)");
    sg_json_add_string(b, parameters, "flip",
                       "support - criticism weight on an ordered pair changed sign");
    sg_json_add_string(b, parameters, "rank", "competition ranking, 1 = largest");
    sg_json_add_string(b, parameters, "rank_change", "old rank - new rank (positive = rose)");
    sg_json_add_string(b, parameters, "camp_switch",
                       "new camp differs from the new camp holding most of the old camp");
    return parameters;
}

static cJSON *old_new_delta(struct sg_json_builder *b, double before, double after, int integral)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add(b, object, "old", sg_json_metric(b, before, integral));
    sg_json_add(b, object, "new", sg_json_metric(b, after, integral));
    sg_json_add(b, object, "delta", sg_json_number(b, after - before));
    return object;
}

static cJSON *graph_block(struct sg_json_builder *b, const struct sg_diff *diff)
{
    const struct sg_graph_metrics *o = &diff->old_metrics->graph, *n = &diff->new_metrics->graph;
    cJSON *graph = sg_json_check(b, cJSON_CreateObject());
    for (size_t f = 0; f < sg_graph_field_count; f++) {
        const struct sg_graph_field *field = &sg_graph_field_table[f];
        sg_json_add(b, graph, field->name,
                    old_new_delta(b, sg_graph_field_value(o, f), sg_graph_field_value(n, f),
                                  field->integral));
    }
    return graph;
}

static cJSON *optional_number(struct sg_json_builder *b, int defined, double value)
{
    return defined ? sg_json_number(b, value) : sg_json_check(b, cJSON_CreateNull());
}

static cJSON *similarity_block(struct sg_json_builder *b, const struct sg_diff *diff)
{
    const struct sg_diff_similarity *s = &diff->similarity;
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add(b, object, "common_actors", sg_json_count(b, s->common_actors));
    sg_json_add(b, object, "jaccard_arcs", sg_json_number(b, s->jaccard_arcs));
    sg_json_add(b, object, "jaccard_ties", sg_json_number(b, s->jaccard_ties));
    cJSON *tau = sg_json_check(b, cJSON_CreateObject());
    sg_json_add(b, tau, "pagerank", optional_number(b, s->tau_pagerank_defined, s->tau_pagerank));
    sg_json_add(b, tau, "betweenness",
                optional_number(b, s->tau_betweenness_defined, s->tau_betweenness));
    sg_json_add(b, object, "kendall_tau_b", tau);
    sg_json_add(b, object, "top_k", sg_json_count(b, s->top_k));
    cJSON *top = sg_json_check(b, cJSON_CreateObject());
    sg_json_add(b, top, "pagerank", sg_json_count(b, s->top_common_pagerank));
    sg_json_add(b, top, "betweenness", sg_json_count(b, s->top_common_betweenness));
    sg_json_add(b, object, "top_k_common", top);
    return object;
}

static cJSON *summary_block(struct sg_json_builder *b, const struct sg_diff *diff)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add(b, object, "actors_added", sg_json_count(b, diff->added_actors));
    sg_json_add(b, object, "actors_removed", sg_json_count(b, diff->removed_actors));
    sg_json_add(b, object, "ties_added", sg_json_count(b, diff->added_ties));
    sg_json_add(b, object, "ties_removed", sg_json_count(b, diff->removed_ties));
    sg_json_add(b, object, "ties_kept", sg_json_count(b, diff->kept_ties));
    sg_json_add(b, object, "weight_changes", sg_json_count(b, diff->weight_changes));
    sg_json_add(b, object, "flips", sg_json_count(b, diff->flip_count));
    sg_json_add(b, object, "camp_switches", sg_json_count(b, diff->camp_switch_count));
    return object;
}

static cJSON *tie_object(struct sg_json_builder *b, const struct sg_diff *diff,
                         const struct sg_diff_tie *tie)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, object, "source", actor_of(diff, tie->source)->id);
    sg_json_add_string(b, object, "target", actor_of(diff, tie->target)->id);
    sg_json_add_string(b, object, "type", sg_stance_name(tie->type));
    sg_json_add_string(b, object, "change", change_names[tie->change]);
    double before = tie->old_tie != SG_ABSENT ? diff->old_model->ties[tie->old_tie].weight : 0;
    double after = tie->new_tie != SG_ABSENT ? diff->new_model->ties[tie->new_tie].weight : 0;
    if (tie->old_tie != SG_ABSENT)
        sg_json_add(b, object, "old_weight", sg_json_number(b, before));
    if (tie->new_tie != SG_ABSENT)
        sg_json_add(b, object, "new_weight", sg_json_number(b, after));
    sg_json_add(b, object, "weight_delta", sg_json_number(b, after - before));
    sg_json_add(b, object, "flipped", sg_json_check(b, cJSON_CreateBool(tie->flipped)));
    return object;
}

static cJSON *flip_object(struct sg_json_builder *b, const struct sg_diff *diff,
                          const struct sg_diff_flip *flip)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, object, "source", actor_of(diff, flip->source)->id);
    sg_json_add_string(b, object, "target", actor_of(diff, flip->target)->id);
    sg_json_add_string(b, object, "from", flip->old_net > 0 ? "support" : "criticism");
    sg_json_add_string(b, object, "to", flip->new_net > 0 ? "support" : "criticism");
    sg_json_add(b, object, "old_net", sg_json_number(b, flip->old_net));
    sg_json_add(b, object, "new_net", sg_json_number(b, flip->new_net));
    return object;
}

static cJSON *metric_change(struct sg_json_builder *b, const struct sg_diff *diff,
                            const struct sg_diff_actor *actor, size_t m)
{
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    size_t n_old = diff->old_metrics->actor_count, n_new = diff->new_metrics->actor_count;
    int integral = sg_metric_table[m].integral;
    double before = 0, after = 0;
    long old_rank = 0, new_rank = 0;
    if (sg_metric_table[m].label) {
        /* A label (the camp): its value on each side, no delta or rank. */
        if (actor->old_index != SG_ABSENT)
            sg_json_add(
                b, object, "old",
                sg_json_metric(b, sg_metric_value(&diff->old_metrics->actors[actor->old_index], m),
                               1));
        if (actor->new_index != SG_ABSENT)
            sg_json_add(
                b, object, "new",
                sg_json_metric(b, sg_metric_value(&diff->new_metrics->actors[actor->new_index], m),
                               1));
        return object;
    }
    if (actor->old_index != SG_ABSENT) {
        before = sg_metric_value(&diff->old_metrics->actors[actor->old_index], m);
        old_rank = (long)diff->old_ranks[m * n_old + actor->old_index];
        sg_json_add(b, object, "old", sg_json_metric(b, before, integral));
    }
    if (actor->new_index != SG_ABSENT) {
        after = sg_metric_value(&diff->new_metrics->actors[actor->new_index], m);
        new_rank = (long)diff->new_ranks[m * n_new + actor->new_index];
        sg_json_add(b, object, "new", sg_json_metric(b, after, integral));
    }
    if (actor->old_index != SG_ABSENT && actor->new_index != SG_ABSENT)
        sg_json_add(b, object, "delta", sg_json_number(b, after - before));
    if (old_rank)
        sg_json_add(b, object, "old_rank", sg_json_count(b, (size_t)old_rank));
    if (new_rank)
        sg_json_add(b, object, "new_rank", sg_json_count(b, (size_t)new_rank));
    if (old_rank && new_rank)
        sg_json_add(b, object, "rank_change",
                    sg_json_check(b, cJSON_CreateNumber((double)(old_rank - new_rank))));
    return object;
}

static cJSON *actor_object(struct sg_json_builder *b, const struct sg_diff *diff, size_t index)
{
    const struct sg_diff_actor *actor = &diff->actors[index];
    const struct sg_actor *info = actor_of(diff, index);
    cJSON *object = sg_json_check(b, cJSON_CreateObject());
    sg_json_add_string(b, object, "id", info->id);
    sg_json_add_string(b, object, "name", info->name);
    sg_json_add_string(b, object, "status",
                       actor->old_index == SG_ABSENT   ? "added"
                       : actor->new_index == SG_ABSENT ? "removed"
                                                       : "kept");
    cJSON *metrics = sg_json_check(b, cJSON_CreateObject());
    for (size_t m = 0; m < sg_metric_count; m++)
        sg_json_add(b, metrics, sg_metric_table[m].name, metric_change(b, diff, actor, m));
    sg_json_add(b, object, "metrics", metrics);
    return object;
}

static cJSON *id_list(struct sg_json_builder *b, const struct sg_diff *diff, int added)
{
    cJSON *list = sg_json_check(b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->actor_count; i++) {
        const struct sg_diff_actor *a = &diff->actors[i];
        if (added ? a->old_index == SG_ABSENT : a->new_index == SG_ABSENT)
            sg_json_append(b, list, cJSON_CreateString(actor_of(diff, i)->id));
    }
    return list;
}

int sg_write_diff_json(const struct sg_diff *diff, char **text)
{
    struct sg_json_builder b = {0};
    cJSON *root = sg_json_check(&b, cJSON_CreateObject());
    sg_json_add_string(&b, root, "format", SG_DIFF_FORMAT);
    sg_json_add(&b, root, "old", side_block(&b, diff->old_model));
    sg_json_add(&b, root, "new", side_block(&b, diff->new_model));
    sg_json_add(&b, root, "parameters", parameters_block(&b));
    sg_json_add(&b, root, "summary", summary_block(&b, diff));
    sg_json_add(&b, root, "similarity", similarity_block(&b, diff));
    sg_json_add(&b, root, "graph", graph_block(&b, diff));
    sg_json_add(&b, root, "actors_added", id_list(&b, diff, 1));
    sg_json_add(&b, root, "actors_removed", id_list(&b, diff, 0));
    cJSON *flips = sg_json_check(&b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->flip_count; i++)
        sg_json_append(&b, flips, flip_object(&b, diff, &diff->flips[i]));
    sg_json_add(&b, root, "flips", flips);
    cJSON *switches = sg_json_check(&b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->camp_switch_count; i++)
        sg_json_append(&b, switches,
                       cJSON_CreateString(actor_of(diff, diff->camp_switches[i])->id));
    sg_json_add(&b, root, "camp_switches", switches);
    cJSON *ties = sg_json_check(&b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->tie_count; i++)
        sg_json_append(&b, ties, tie_object(&b, diff, &diff->ties[i]));
    sg_json_add(&b, root, "ties", ties);
    cJSON *actors = sg_json_check(&b, cJSON_CreateArray());
    for (size_t i = 0; i < diff->actor_count; i++)
        sg_json_append(&b, actors, actor_object(&b, diff, i));
    sg_json_add(&b, root, "actors", actors);
    return sg_json_finish(&b, root, text);
}
