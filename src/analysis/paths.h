/*
 * Path measures in one pass: weighted betweenness (Brandes) and outgoing harmonic centrality
 * from the same single-source shortest-path searches, on several threads, exact or estimated
 * from sampled sources. Works on plain arrays (no igraph: Debian's igraph is not thread-safe).
 */
#ifndef SG_ANALYSIS_PATHS_H
#define SG_ANALYSIS_PATHS_H

#include "analysis/search.h"
#include "base/progress.h"
#include "model/metrics.h"

#include <stddef.h>
#include <stdint.h>

struct sg_path_options {
    unsigned jobs; /* worker threads, >= 1 */
    size_t sample; /* 0: exact (every actor a source); else this many sampled sources */
    uint64_t seed; /* of the source sample */
    const struct sg_progress *progress; /* told how the searches advance; NULL: nobody */
    /* When epsilon > 0 (sample is then ignored): sample sizes from the bounds of sampling.h,
     * so that with probability >= 1 - delta every normalised value is within epsilon; exact
     * where the bound asks for more work than exact computation. */
    double epsilon, delta;
    /* The graph's numbering: actor v of the caller is inner[v] in forward and reverse (NULL:
     * the same). Sources and pairs are drawn, processed and summed in the caller's order
     * whatever the numbering, and the results are in the caller's; so a numbering that keeps
     * each row's arcs in the caller's order gives bit-identical results, only faster or
     * slower as it places actors in memory. */
    const size_t *inner;
};

struct sg_path_result {
    double *betweenness; /* n values, normalised by (n-1)(n-2) */
    double *harmonic;    /* n values, normalised by n-1 */
    size_t sources;      /* searches per direction: n when exact, the sample size otherwise */
    int sampled;
    /* Sampled only: the largest standard error over actors of each normalised estimate. */
    double betweenness_max_error;
    double harmonic_max_error;
    /* Guaranteed only (options.epsilon > 0). */
    int guaranteed;
    struct sg_path_bound betweenness_bound, harmonic_bound;
    size_t vertex_diameter; /* the bound on actors per shortest path behind the pair count */
    double radius;          /* harmonic: distances below it computed exactly for every actor */
    double range;           /* harmonic: the largest term of one sampled source */
};

/* Sources are taken in blocks of this many, summed block by block in order: this makes the
 * result bit-identical whatever the number of jobs. */
#define SG_PATHS_BLOCK 32

/*
 * Computes betweenness and harmonic centrality of the graph (arcs of forward; reverse holds
 * the same arcs reversed): exactly, from sampled sources, or under a guarantee (paths.c says
 * how). result's arrays are allocated here; free with sg_path_result_free.
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_paths_compute(const struct sg_csr *forward, const struct sg_csr *reverse,
                     const struct sg_path_options *options, struct sg_path_result *result);

/* Frees the result's arrays; accepts NULL. */
void sg_path_result_free(struct sg_path_result *result);

/* Number of online processors (at least 1). */
unsigned sg_paths_default_jobs(void);

#endif
