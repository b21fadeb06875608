/*
 * Computing the per-actor and graph-level measures of a snapshot (definitions in
 * docs/METRICS.md) into the plain structs of model/metrics.h. Stance strengths come from the
 * model's ties; walk measures from the arc graph through igraph; path measures from paths.h;
 * signed measures from signed.h.
 */
#ifndef SG_ANALYSIS_MEASURES_H
#define SG_ANALYSIS_MEASURES_H

#include "base/progress.h"
#include "model/metrics.h"
#include "model/model.h"

#include <stdint.h>

/* How the path measures (betweenness, harmonic) are computed. */
struct sg_measure_options {
    unsigned jobs; /* worker threads; 0: one per processor */
    long sample;   /* -1: automatic (exact up to SG_AUTO_SAMPLE_ACTORS actors, else under the
                    * guarantee SG_DEFAULT_EPSILON, SG_DEFAULT_DELTA); 0: exact; K > 0: K
                    * sampled sources, with standard errors but no guarantee */
    double epsilon, delta; /* epsilon > 0: under this guarantee whatever the size (sample is
                            * then ignored); 0: as sample says */
    uint64_t seed;         /* of the sample */
    const struct sg_progress *progress; /* told how long steps advance; NULL: nobody */
};

#define SG_AUTO_SAMPLE_ACTORS 20000
/* The guarantee above SG_AUTO_SAMPLE_ACTORS actors: every normalised betweenness and harmonic
 * value within SG_DEFAULT_EPSILON of exact with probability 1 - SG_DEFAULT_DELTA, chosen so that
 * bench's L (100,000 actors) takes a few seconds (docs/METRICS.md). */
#define SG_DEFAULT_EPSILON 0.3
#define SG_DEFAULT_DELTA   0.1
#define SG_DEFAULT_SEED    1

/* Defaults: all processors, automatic sampling (no epsilon), seed SG_DEFAULT_SEED, no
 * progress. */
void sg_measure_options_init(struct sg_measure_options *options);

/*
 * Computes every measure of model into metrics (uninitialised on entry; free with
 * sg_metrics_destroy). Returns 0, SG_ERR_LIBRARY (reported through diag) or SG_ERR_NOMEM (left
 * for the caller to report).
 */
int sg_measures_compute(const struct sg_model *model, struct sg_metrics *metrics);

/* sg_measures_compute with explicit options. */
int sg_measures_compute_with(const struct sg_model *model, const struct sg_measure_options *options,
                             struct sg_metrics *metrics);

/*
 * Computes the measures of one layer: model restricted to the statements of one stance type,
 * every actor kept (docs/SIGNED.md, "Per-layer metrics"). Same contract as sg_measures_compute.
 */
int sg_measures_compute_layer(const struct sg_model *model, enum sg_stance layer,
                              struct sg_metrics *metrics);

/* The igraph version in use, for --version. */
const char *sg_measures_library_version(void);

#endif
