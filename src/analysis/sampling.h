/*
 * Sample sizes with a guarantee for the path measures (docs/METRICS.md, "Sampling with a
 * guarantee"): with probability at least 1 - delta, every actor's normalised estimate is within
 * epsilon of its exact value. Pure arithmetic on sizes, so that tests can check it by hand.
 */
#ifndef SG_ANALYSIS_SAMPLING_H
#define SG_ANALYSIS_SAMPLING_H

#include <stddef.h>
#include <stdint.h>

/*
 * Riondato and Kornaropoulos' number of sampled (source, target) pairs for betweenness:
 * r = ceil((0.5 / e^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))), where e = epsilon (n - 2) / n
 * turns their normalisation by n(n-1) into ours by (n-1)(n-2). vertex_diameter bounds the
 * number of actors on any shortest path. Returns 0 when no shortest path has an inner actor
 * (vertex_diameter < 3 or n < 3): betweenness is then 0 everywhere, exactly. SIZE_MAX when the
 * count does not fit in a size_t.
 */
size_t sg_sampling_pairs(size_t n, size_t vertex_diameter, double epsilon, double delta);

/*
 * The number of sampled sources for harmonic centrality when each sample's term lies in
 * [0, range]: Hoeffding's inequality and a union bound over the n actors give
 * k = ceil(range^2 ln(2n / delta) / (2 epsilon^2)). Returns 0 when range is 0, SIZE_MAX when
 * the count does not fit in a size_t.
 */
size_t sg_sampling_sources(size_t n, double range, double epsilon, double delta);

/*
 * The range of one sample's term when distances below radius are computed exactly and only
 * actors at distance radius or more are sampled: n / ((n - 1) radius) (the sampled term is
 * n/(n-1) times 1/distance). radius > 0.
 */
double sg_sampling_range(size_t n, double radius);

/* The radius at which k sampled sources suffice: the inverse of sg_sampling_sources through
 * sg_sampling_range, so that sg_sampling_sources(n, sg_sampling_range(n, radius), ...) <= k. */
double sg_sampling_radius(size_t n, size_t k, double epsilon, double delta);

/*
 * An upper bound on the number of actors on any shortest path (the vertex diameter) of the
 * graph of n actors whose arcs out of v are heads[offsets[v] .. offsets[v+1]-1]:
 * the largest, over weakly connected components C, of min(|C|, 2 + the actors of C with an arc
 * in and an arc out). Lengths are positive, so a shortest path is simple and stays in one
 * component; all its actors but the two ends are entered and left along it. Returns 0, or -1
 * when memory runs out.
 */
int sg_sampling_vertex_diameter(size_t n, const size_t *offsets, const uint32_t *heads,
                                size_t *bound);

#endif
