/*
 * The metric tables and accessors of model/metrics.h: which member of the plain structs each
 * output name reads.
 */
#include "model/metrics.h"

#include "model/model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* clang-format off */
#define METRIC(field, integral, label) \
    {#field, offsetof(struct sg_actor_metrics, field), integral, label}

const struct sg_metric_info sg_metric_table[] = {
    METRIC(degree_in, 1, 0),   METRIC(degree_out, 1, 0),   METRIC(support_in, 0, 0),
    METRIC(support_out, 0, 0), METRIC(criticism_in, 0, 0), METRIC(criticism_out, 0, 0),
    METRIC(negotiation, 0, 0), METRIC(net_stance, 0, 0),   METRIC(net_out, 0, 0),
    METRIC(betweenness, 0, 0), METRIC(harmonic, 0, 0),     METRIC(pagerank, 0, 0),
    METRIC(hub, 0, 0),         METRIC(authority, 0, 0),    METRIC(pn, 0, 0),
    METRIC(pn_in, 0, 0),       METRIC(pn_out, 0, 0),       METRIC(camp, 1, 1),
    METRIC(broker_ties, 1, 0), METRIC(broker_weight, 0, 0),
};
/* clang-format on */
const size_t sg_metric_count = sizeof sg_metric_table / sizeof sg_metric_table[0];

#define FIELD(name, member, storage, integral, is_signed)                                          \
    {                                                                                              \
        name, offsetof(struct sg_graph_metrics, member), storage, integral, is_signed              \
    }

/* clang-format off */
const struct sg_graph_field sg_graph_field_table[] = {
    FIELD("actors", actors, SG_FIELD_SIZE, 1, 0),
    FIELD("statements", statements, SG_FIELD_SIZE, 1, 0),
    FIELD("ties", ties, SG_FIELD_SIZE, 1, 0),
    FIELD("ties_support", ties_by_type[SG_STANCE_SUPPORT], SG_FIELD_SIZE, 1, 0),
    FIELD("ties_criticism", ties_by_type[SG_STANCE_CRITICISM], SG_FIELD_SIZE, 1, 0),
    FIELD("ties_negotiation", ties_by_type[SG_STANCE_NEGOTIATION], SG_FIELD_SIZE, 1, 0),
    FIELD("arcs", arcs, SG_FIELD_SIZE, 1, 0),
    FIELD("density", density, SG_FIELD_DOUBLE, 0, 0),
    FIELD("reciprocity", reciprocity, SG_FIELD_DOUBLE, 0, 0),
    FIELD("weak_components", weak_components, SG_FIELD_SIZE, 1, 0),
    FIELD("positive_pairs", positive_pairs, SG_FIELD_SIZE, 1, 1),
    FIELD("negative_pairs", negative_pairs, SG_FIELD_SIZE, 1, 1),
    FIELD("triangles", triangles, SG_FIELD_SIZE, 1, 1),
    FIELD("balanced_triangles", balanced_triangles, SG_FIELD_SIZE, 1, 1),
    FIELD("triangle_balance", triangle_balance, SG_FIELD_DOUBLE, 0, 1),
    FIELD("walk_balance", walk_balance, SG_FIELD_DOUBLE, 0, 1),
    FIELD("frustration", frustration, SG_FIELD_SIZE, 1, 1),
    FIELD("frustration_exact", frustration_exact, SG_FIELD_INT, 1, 1),
    FIELD("camps", camps, SG_FIELD_SIZE, 1, 1),
    FIELD("camp_modularity", camp_modularity, SG_FIELD_DOUBLE, 0, 1),
    FIELD("camp_breaking_pairs", camp_breaking_pairs, SG_FIELD_SIZE, 1, 1),
    FIELD("polarization", polarization, SG_FIELD_DOUBLE, 0, 1),
};
/* clang-format on */
const size_t sg_graph_field_count = sizeof sg_graph_field_table / sizeof sg_graph_field_table[0];

int sg_metric_find(const char *name)
{
    for (size_t i = 0; i < sg_metric_count; i++)
        if (strcmp(sg_metric_table[i].name, name) == 0)
            return (int)i;
    return -1;
}

double sg_metric_value(const struct sg_actor_metrics *metrics, size_t index)
{
    const double *value = (const double *)((const char *)metrics + sg_metric_table[index].offset);
    return *value;
}

int sg_metric_text(const struct sg_actor_metrics *metrics, size_t index, char *buffer)
{
    double value = sg_metric_value(metrics, index);
    buffer[0] = '\0';
    if (!isfinite(value))
        return 0;
    if (value == 0.0)
        value = 0.0; /* prints -0 as 0 */
    snprintf(buffer, SG_METRIC_TEXT, sg_metric_table[index].integral ? "%.0f" : "%.12g", value);
    return 1;
}

double sg_graph_field_value(const struct sg_graph_metrics *graph, size_t index)
{
    const struct sg_graph_field *field = &sg_graph_field_table[index];
    const char *at = (const char *)graph + field->offset;
    switch (field->storage) {
    case SG_FIELD_SIZE:
        return (double)*(const size_t *)at;
    case SG_FIELD_INT:
        return (double)*(const int *)at;
    case SG_FIELD_DOUBLE:
        break;
    }
    return *(const double *)at;
}

void sg_metrics_destroy(struct sg_metrics *metrics)
{
    if (!metrics)
        return;
    free(metrics->actors);
    memset(metrics, 0, sizeof *metrics);
}

size_t sg_metrics_camp_leader(const struct sg_model *model, const struct sg_metrics *metrics,
                              double camp)
{
    size_t metric = (size_t)sg_metric_find(SG_DEFAULT_METRIC), leader = SIZE_MAX;
    for (size_t a = 0; a < metrics->actor_count; a++) {
        if (metrics->actors[a].camp != camp)
            continue;
        double value = sg_metric_value(&metrics->actors[a], metric);
        double best = leader == SIZE_MAX ? 0 : sg_metric_value(&metrics->actors[leader], metric);
        if (leader == SIZE_MAX || value > best ||
            (value == best && strcmp(model->actors[a].id, model->actors[leader].id) < 0))
            leader = a;
    }
    return leader;
}
