/*
 * The arc graph: the model's ties turned into an igraph directed graph. Every tie from A to B
 * (of any type; a negotiation tie gives an arc each way) merges into one arc A->B whose strength
 * is the sum of those ties' weights, and whose length, for path measures, is 1/strength.
 * This is the only header that includes igraph: measures.c and the signed measures' files
 * reach igraph through it; the path measures (paths.h) use plain arrays instead.
 */
#ifndef SG_ANALYSIS_GRAPH_H
#define SG_ANALYSIS_GRAPH_H

#include "model/model.h"

#include <igraph/igraph.h>

struct sg_graph {
    igraph_t arcs;            /* vertex i is model actor i; arcs sorted by (source, target) */
    igraph_vector_t strength; /* per arc: summed tie weight, read by PageRank and HITS */
    igraph_vector_t length;   /* per arc: 1/strength, read by betweenness and harmonic */
};

/* While quiet is nonzero, igraph warnings are dropped (for calls whose failure is handled,
 * such as solving a system that may be singular). */
void sg_graph_quiet_warnings(int quiet);

/* Reports "igraph failed WHAT", with igraph's reason when it gave one. */
void sg_graph_report_failure(const char *what);

/*
 * Builds the arc graph of model into graph (uninitialised on entry). On success the caller owns
 * it and frees it with sg_graph_destroy. Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY.
 */
int sg_graph_build(const struct sg_model *model, struct sg_graph *graph);

/* Frees the graph; accepts NULL. */
void sg_graph_destroy(struct sg_graph *graph);

#endif
