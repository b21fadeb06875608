/*
 * Stance-aware measures on the signed graph (docs/SIGNED.md): signed degree, PN centrality,
 * structural balance (triangles, walks), frustration, camps, polarization and brokers.
 *
 * The signed graph: support is positive, criticism negative, negotiation left out. Between two
 * actors the signed weight is the summed support weight minus the summed criticism weight over
 * both directions (the directed variant keeps one direction); a pair whose sum is zero has no
 * signed tie. Results go into the sg_metrics that sg_measures_compute fills.
 */
#ifndef SG_ANALYSIS_SIGNED_H
#define SG_ANALYSIS_SIGNED_H

#include "model/metrics.h"
#include "model/model.h"

/* Up to this many actors, PN centrality falls back to a dense solve when its iteration does
 * not converge; walk balance (all eigenvalues of a dense matrix) is computed only up to it. */
#define SG_SIGNED_DENSE_LIMIT 500

/* Components up to this size get an exact frustration count; larger ones a heuristic bound. */
#define SG_SIGNED_EXACT_LIMIT 20

/* Components up to this size get igraph's spinglass; larger ones signed-modularity local
 * moving, which scales (spinglass needs minutes on thousands of actors). */
#define SG_SIGNED_SPINGLASS_LIMIT 500

/* The seed of the camp search (igraph's spinglass), fixed so that runs are reproducible. */
#define SG_SIGNED_SEED 20140101u

/*
 * Computes the signed measures of model into metrics (whose actor array is allocated and whose
 * stance strengths are filled). Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY (reported).
 */
int sg_signed_compute(const struct sg_model *model, struct sg_metrics *metrics);

#endif
