/*
 * The signed graph shared by the signed measures' files (signed.c, pn.c, balance.c, camps.c);
 * private to src/analysis. Vertices are numbered by actor id (the driver in signed.c does it),
 * so nothing computed on the graph depends on input order. The undirected pairs and the
 * directed arcs are kept sorted, with a CSR adjacency of the pairs; dense matrices are built
 * only where a measure needs them (pn.c, balance.c).
 */
#ifndef SG_ANALYSIS_SIGNED_GRAPH_H
#define SG_ANALYSIS_SIGNED_GRAPH_H

#include "model/metrics.h"
#include "model/model.h"

#include <stddef.h>

/* An undirected signed pair u < v, or a directed one u -> v. */
struct sg_signed_pair {
    size_t u, v;
    double weight; /* support - criticism */
};

struct sg_signed_graph {
    size_t n;
    struct sg_signed_pair *pairs; /* undirected, |weight| > 0, sorted by (u, v) */
    size_t pair_count;
    struct sg_signed_pair *arcs; /* directed, |weight| > 0, sorted by (u, v) */
    size_t arc_count;
    size_t *offsets;    /* adjacency of the undirected pairs: CSR offsets (n + 1) */
    size_t *neighbours; /* neighbour vertex, sorted for each vertex */
    int *signs;         /* +1 / -1 */
    double *weights;    /* the pair's weight, beside each neighbour */
};

/* The connected components, their vertices listed together: component c holds
 * members[start[c]] .. members[start[c + 1] - 1], in increasing vertex (id) order. */
struct sg_signed_parts {
    size_t count;
    const size_t *start; /* count + 1 entries */
    const size_t *members;
};

/*
 * Builds the signed graph of model into g (uninitialised on entry), vertex_of[a] being the
 * vertex of actor a. On failure g holds what was allocated: free it with
 * sg_signed_graph_free either way. Returns 0 or SG_ERR_NOMEM (not reported).
 */
int sg_signed_graph_build(const struct sg_model *model, const size_t *vertex_of,
                          struct sg_signed_graph *g);

/* Frees the graph's arrays and zeroes it; accepts a zeroed graph. */
void sg_signed_graph_free(struct sg_signed_graph *g);

/* The undirected pair between vertices a and b (in either order), or NULL when none. */
const struct sg_signed_pair *sg_signed_graph_find(const struct sg_signed_graph *g, size_t a,
                                                  size_t b);

/* Labels the connected components of g (component[v], n entries) using stack (n entries) as
 * scratch; returns their number. */
size_t sg_signed_components(const struct sg_signed_graph *g, size_t *component, size_t *stack);

/* Lists the vertices of each of the count components labelled in component (n entries) into
 * members (n entries), component by component, with start (count + 1 entries): one counting
 * pass, so that a component's members cost its size, not n. */
void sg_signed_group_components(size_t n, const size_t *component, size_t count, size_t *start,
                                size_t *members);

/* pn.c: PN centrality into pn (3n entries: pn, then pn_in, then pn_out, by vertex), null (NaN)
 * where it does not exist. Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY (reported). */
int sg_signed_pn_compute(const struct sg_signed_graph *g, double *pn);

/* balance.c: triangles, balanced triangles and triangle balance into out. Returns 0 or
 * SG_ERR_NOMEM (not reported). */
int sg_signed_count_triangles(const struct sg_signed_graph *g, struct sg_graph_metrics *out);

/* balance.c: walk balance into *balance (dense: call only up to SG_SIGNED_DENSE_LIMIT
 * vertices). Returns 0 or SG_ERR_LIBRARY (reported). */
int sg_signed_walk_balance(const struct sg_signed_graph *g, double *balance);

/* balance.c: frustration (exact or a bound, out->frustration_exact saying which) over the
 * components. Returns 0 or SG_ERR_NOMEM (not reported). */
int sg_signed_frustration(const struct sg_signed_graph *g, const struct sg_signed_parts *parts,
                          struct sg_graph_metrics *out);

/* camps.c: the camp of every vertex into camp_of (numbered from 1, largest camp first);
 * actor_of[v] is the actor of vertex v. Returns 0, SG_ERR_NOMEM (not reported) or
 * SG_ERR_LIBRARY (reported). */
int sg_signed_find_camps(const struct sg_model *model, const size_t *actor_of,
                         const struct sg_signed_graph *g, const struct sg_signed_parts *parts,
                         double *camp_of);

/* camps.c: signed modularity, camp-breaking pairs and polarization of camps 1..camps.
 * Returns 0 or SG_ERR_NOMEM. */
int sg_signed_camp_quality(const struct sg_signed_graph *g, const double *camp_of, size_t camps,
                           struct sg_graph_metrics *out);

/* camps.c: broker ties and weight (negotiation across camps) of every actor, from the camps
 * already in metrics. */
void sg_signed_brokers(const struct sg_model *model, struct sg_metrics *metrics);

#endif
