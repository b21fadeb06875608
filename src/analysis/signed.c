/*
 * The driver of the signed measures (signed.h): numbers the actors by id, builds the signed
 * graph (signed_graph.c), then computes PN centrality (pn.c), balance and frustration
 * (balance.c) and camps (camps.c), and copies the per-vertex results back to the actors.
 */
#include "analysis/signed.h"
#include "analysis/signed_graph.h"

#include "base/diag.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct id_order {
    const char *id;
    size_t actor;
};

static int compare_ids(const void *left, const void *right)
{
    const struct id_order *a = left, *b = right;
    return strcmp(a->id, b->id);
}

/* Numbers actors by id order, so that nothing below depends on input order. */
static int number_by_id(const struct sg_model *model, size_t *vertex_of, size_t *actor_of)
{
    struct id_order *order = malloc((model->actor_count + 1) * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->actor_count; i++)
        order[i] = (struct id_order){model->actors[i].id, i};
    qsort(order, model->actor_count, sizeof *order, compare_ids);
    for (size_t v = 0; v < model->actor_count; v++) {
        actor_of[v] = order[v].actor;
        vertex_of[order[v].actor] = v;
    }
    free(order);
    return SG_OK;
}

/* The driver's per-vertex arrays, each n + 1 long (pn: 3 (n + 1)). */
struct signed_work {
    size_t *component, *stack, *start, *members, *vertex_of, *actor_of;
    double *camp_of, *pn;
};

static void work_free(struct signed_work *w)
{
    free(w->component);
    free(w->stack);
    free(w->start);
    free(w->members);
    free(w->vertex_of);
    free(w->actor_of);
    free(w->camp_of);
    free(w->pn);
}

static int work_alloc(struct signed_work *w, size_t n)
{
    w->component = malloc((n + 1) * sizeof *w->component);
    w->stack = malloc((n + 1) * sizeof *w->stack);
    w->start = malloc((n + 2) * sizeof *w->start);
    w->members = malloc((n + 1) * sizeof *w->members);
    w->vertex_of = malloc((n + 1) * sizeof *w->vertex_of);
    w->actor_of = malloc((n + 1) * sizeof *w->actor_of);
    w->camp_of = malloc((n + 1) * sizeof *w->camp_of);
    w->pn = malloc((n + 1) * 3 * sizeof *w->pn);
    if (!w->component || !w->stack || !w->start || !w->members || !w->vertex_of || !w->actor_of ||
        !w->camp_of || !w->pn)
        return SG_ERR_NOMEM;
    return SG_OK;
}

static void count_pairs(const struct sg_signed_graph *g, struct sg_graph_metrics *out)
{
    for (size_t i = 0; i < g->pair_count; i++) {
        if (g->pairs[i].weight > 0)
            out->positive_pairs++;
        else
            out->negative_pairs++;
    }
}

/* PN centrality and walk balance: the measures that may need dense matrices. */
static int dense_measures(const struct sg_signed_graph *g, const struct signed_work *w,
                          struct sg_metrics *metrics)
{
    size_t n = g->n;
    metrics->graph.walk_balance = NAN;
    int err = sg_signed_pn_compute(g, w->pn);
    if (err)
        return err;
    if (n <= SG_SIGNED_DENSE_LIMIT && g->pair_count > 0) {
        err = sg_signed_walk_balance(g, &metrics->graph.walk_balance);
        if (err)
            return err;
    }
    for (size_t a = 0; a < n; a++) {
        metrics->actors[a].pn = w->pn[w->vertex_of[a]];
        metrics->actors[a].pn_in = w->pn[n + w->vertex_of[a]];
        metrics->actors[a].pn_out = w->pn[2 * n + w->vertex_of[a]];
    }
    return SG_OK;
}

/* Frustration and camps, both per connected component, then the camps' quality and brokers. */
static int component_measures(const struct sg_model *model, const struct sg_signed_graph *g,
                              const struct signed_work *w, struct sg_metrics *metrics)
{
    struct sg_graph_metrics *out = &metrics->graph;
    size_t count = sg_signed_components(g, w->component, w->stack);
    sg_signed_group_components(g->n, w->component, count, w->start, w->members);
    struct sg_signed_parts parts = {count, w->start, w->members};
    int err = sg_signed_frustration(g, &parts, out);
    if (!err)
        err = sg_signed_find_camps(model, w->actor_of, g, &parts, w->camp_of);
    if (err)
        return err;
    out->camps = 0;
    for (size_t a = 0; a < g->n; a++) {
        double camp = w->camp_of[w->vertex_of[a]];
        metrics->actors[a].camp = camp;
        if (!isnan(camp) && (size_t)camp > out->camps)
            out->camps = (size_t)camp;
    }
    err = sg_signed_camp_quality(g, w->camp_of, out->camps, out);
    if (!err)
        sg_signed_brokers(model, metrics);
    return err;
}

int sg_signed_compute(const struct sg_model *model, struct sg_metrics *metrics)
{
    struct sg_signed_graph g;
    struct signed_work w;
    memset(&g, 0, sizeof g);
    int err = work_alloc(&w, model->actor_count);
    if (!err)
        err = number_by_id(model, w.vertex_of, w.actor_of);
    if (!err)
        err = sg_signed_graph_build(model, w.vertex_of, &g);
    if (err)
        goto out;
    count_pairs(&g, &metrics->graph);
    err = sg_signed_count_triangles(&g, &metrics->graph);
    if (!err)
        err = dense_measures(&g, &w, metrics);
    if (!err)
        err = component_measures(model, &g, &w, metrics);
out:
    work_free(&w);
    sg_signed_graph_free(&g);
    return err;
}
