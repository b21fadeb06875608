/*
 * The signed graph (see signed_graph.h): support is positive, criticism negative, negotiation
 * left out; the ties between two actors merge into one pair whose weight is their sum, and a
 * pair summing to zero is dropped. Also its connected components, which frustration and camps
 * work on one at a time.
 */
#include "analysis/signed_graph.h"

#include "base/diag.h"
#include "base/sort.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int compare_pairs(const void *left, const void *right)
{
    const struct sg_signed_pair *a = left, *b = right;
    if (a->u != b->u)
        return a->u < b->u ? -1 : 1;
    if (a->v != b->v)
        return a->v < b->v ? -1 : 1;
    return 0;
}

/* Sorts and merges equal (u, v) entries, summing weights in input order, dropping zero sums;
 * vertices are below n. Sets *count to the pairs kept. Returns 0 or SG_ERR_NOMEM. */
static int merge_pairs(struct sg_signed_pair *pairs, size_t *count, size_t n)
{
    size_t kept = 0;
    if (sg_sort_by_keys(pairs, *count, sizeof *pairs, offsetof(struct sg_signed_pair, u),
                        offsetof(struct sg_signed_pair, v), n) != SG_OK)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < *count; i++) {
        if (kept > 0 && pairs[kept - 1].u == pairs[i].u && pairs[kept - 1].v == pairs[i].v)
            pairs[kept - 1].weight += pairs[i].weight;
        else
            pairs[kept++] = pairs[i];
    }
    size_t nonzero = 0;
    for (size_t i = 0; i < kept; i++)
        if (fabs(pairs[i].weight) > 1e-12)
            pairs[nonzero++] = pairs[i];
    *count = nonzero;
    return SG_OK;
}

void sg_signed_graph_free(struct sg_signed_graph *g)
{
    free(g->pairs);
    free(g->arcs);
    free(g->offsets);
    free(g->neighbours);
    free(g->signs);
    free(g->weights);
    memset(g, 0, sizeof *g);
}

int sg_signed_graph_build(const struct sg_model *model, const size_t *vertex_of,
                          struct sg_signed_graph *g)
{
    memset(g, 0, sizeof *g);
    g->n = model->actor_count;
    g->pairs = malloc((model->tie_count + 1) * sizeof *g->pairs);
    g->arcs = malloc((model->tie_count + 1) * sizeof *g->arcs);
    g->offsets = calloc(g->n + 1, sizeof *g->offsets);
    if (!g->pairs || !g->arcs || !g->offsets)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        if (tie->type == SG_STANCE_NEGOTIATION)
            continue;
        double w = tie->type == SG_STANCE_SUPPORT ? tie->weight : -tie->weight;
        size_t source = vertex_of[tie->source], target = vertex_of[tie->target];
        size_t lo = source < target ? source : target;
        size_t hi = source < target ? target : source;
        g->pairs[g->pair_count++] = (struct sg_signed_pair){lo, hi, w};
        g->arcs[g->arc_count++] = (struct sg_signed_pair){source, target, w};
    }
    if (merge_pairs(g->pairs, &g->pair_count, g->n) != SG_OK ||
        merge_pairs(g->arcs, &g->arc_count, g->n) != SG_OK)
        return SG_ERR_NOMEM;

    g->neighbours = malloc((2 * g->pair_count + 1) * sizeof *g->neighbours);
    g->signs = malloc((2 * g->pair_count + 1) * sizeof *g->signs);
    g->weights = malloc((2 * g->pair_count + 1) * sizeof *g->weights);
    size_t *fill = calloc(g->n + 1, sizeof *fill);
    if (!g->neighbours || !g->signs || !g->weights || !fill) {
        free(fill);
        return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < g->pair_count; i++) {
        g->offsets[g->pairs[i].u + 1]++;
        g->offsets[g->pairs[i].v + 1]++;
    }
    for (size_t i = 0; i < g->n; i++)
        g->offsets[i + 1] += g->offsets[i];
    /* Pairs are sorted by (u, v), so each vertex's neighbours come out sorted too: first the
     * smaller ones (as v of earlier pairs), then the larger ones. */
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct sg_signed_pair *p = &g->pairs[i];
        int sign = p->weight > 0 ? 1 : -1;
        size_t at = g->offsets[p->v] + fill[p->v]++;
        g->neighbours[at] = p->u;
        g->signs[at] = sign;
        g->weights[at] = p->weight;
    }
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct sg_signed_pair *p = &g->pairs[i];
        int sign = p->weight > 0 ? 1 : -1;
        size_t at = g->offsets[p->u] + fill[p->u]++;
        g->neighbours[at] = p->v;
        g->signs[at] = sign;
        g->weights[at] = p->weight;
    }
    free(fill);
    return SG_OK;
}

const struct sg_signed_pair *sg_signed_graph_find(const struct sg_signed_graph *g, size_t a,
                                                  size_t b)
{
    struct sg_signed_pair key = {a < b ? a : b, a < b ? b : a, 0};
    return bsearch(&key, g->pairs, g->pair_count, sizeof *g->pairs, compare_pairs);
}

/* Labels the connected components of the signed graph; returns their number. */
size_t sg_signed_components(const struct sg_signed_graph *g, size_t *component, size_t *stack)
{
    size_t count = 0;
    for (size_t i = 0; i < g->n; i++)
        component[i] = SIZE_MAX;
    for (size_t start = 0; start < g->n; start++) {
        if (component[start] != SIZE_MAX)
            continue;
        size_t top = 0;
        stack[top++] = start;
        component[start] = count;
        while (top > 0) {
            size_t u = stack[--top];
            for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++) {
                size_t v = g->neighbours[k];
                if (component[v] == SIZE_MAX) {
                    component[v] = count;
                    stack[top++] = v;
                }
            }
        }
        count++;
    }
    return count;
}

void sg_signed_group_components(size_t n, const size_t *component, size_t count, size_t *start,
                                size_t *members)
{
    memset(start, 0, (count + 1) * sizeof *start);
    for (size_t v = 0; v < n; v++)
        start[component[v] + 1]++;
    for (size_t c = 0; c < count; c++)
        start[c + 1] += start[c];
    /* Filled in vertex order, each component's slice ends up sorted; start[c] runs ahead as
     * its next free slot, and is moved back one component afterwards. */
    for (size_t v = 0; v < n; v++)
        members[start[component[v]]++] = v;
    memmove(start + 1, start, count * sizeof *start);
    start[0] = 0;
}
