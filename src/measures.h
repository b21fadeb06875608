/*
 * Per-actor and graph-level measures of a snapshot (definitions in docs/METRICS.md). Stance
 * strengths come from the model's ties; path and walk measures from the arc graph through igraph.
 * The results are plain structs, so writers never see igraph.
 */
#ifndef SG_MEASURES_H
#define SG_MEASURES_H

#include "model.h"

#include <stddef.h>
#include <stdint.h>

#define SG_PAGERANK_DAMPING 0.85

struct sg_actor_metrics {
    double degree_in;  /* arcs into the actor */
    double degree_out; /* arcs out of the actor */
    double support_in, support_out;
    double criticism_in, criticism_out;
    double negotiation; /* weight of negotiation ties the actor takes part in */
    double net_stance;  /* support_in - criticism_in */
    double betweenness; /* directed, lengths 1/strength, over (n-1)(n-2) */
    double harmonic;    /* sum over reached actors of 1/distance, over n-1 */
    double pagerank;    /* damping 0.85, arcs weighted by strength */
    double hub;         /* HITS hub score, largest = 1 */
    double authority;   /* HITS authority score, largest = 1 */
    /* Signed measures (signed.h, docs/SIGNED.md). NaN where undefined: written as null. */
    double net_out;       /* support_out - criticism_out */
    double pn;            /* PN centrality on the undirected signed graph */
    double pn_in, pn_out; /* PN centrality, directed variants */
    double camp;          /* camp number, 1 = largest camp */
    double broker_ties;   /* negotiation ties with actors of other camps */
    double broker_weight; /* their summed weight */
};

struct sg_graph_metrics {
    size_t actors;
    size_t statements;
    size_t statements_by_type[SG_STANCE_COUNT];
    size_t ties;
    size_t ties_by_type[SG_STANCE_COUNT];
    size_t arcs;
    double density;     /* arcs / (n (n - 1)) */
    double reciprocity; /* share of arcs whose reverse arc exists */
    size_t weak_components;
    /* Signed graph (signed.h). NaN where undefined: written as null. */
    size_t positive_pairs, negative_pairs; /* actor pairs with a net positive / negative tie */
    size_t triangles, balanced_triangles;
    double triangle_balance; /* balanced / all signed triangles */
    double walk_balance;     /* Estrada-Benzi: sum exp(eigenvalues of A) / of |A| */
    size_t frustration;      /* fewest signed pairs to drop to make the graph balanced */
    int frustration_exact;   /* 0 when frustration is a heuristic upper bound */
    size_t camps;
    double camp_modularity;     /* signed modularity (Gomez et al. 2009) of the camps */
    size_t camp_breaking_pairs; /* positive pairs across camps, negative pairs inside */
    double polarization;        /* criticism share across camps x support share inside */
    /* How the path measures were computed (struct sg_path_result). */
    int paths_sampled;
    size_t path_sources;
    uint64_t path_seed;
    double betweenness_max_error, harmonic_max_error; /* standard errors, sampled only */
};

/* How the path measures (betweenness, harmonic) are computed. */
struct sg_measure_options {
    unsigned jobs; /* worker threads; 0: one per processor */
    long sample;   /* -1: automatic (exact up to SG_AUTO_SAMPLE_ACTORS actors, else
                    * SG_AUTO_SAMPLE_SOURCES sampled sources); 0: exact; K > 0: K sources */
    uint64_t seed; /* of the sample */
    int progress;  /* nonzero: progress lines on stderr during long steps */
};

#define SG_AUTO_SAMPLE_ACTORS  20000
#define SG_AUTO_SAMPLE_SOURCES 500
#define SG_DEFAULT_SEED        1

/* Defaults: all processors, automatic sampling, seed SG_DEFAULT_SEED, no progress. */
void sg_measure_options_init(struct sg_measure_options *options);

struct sg_metrics {
    struct sg_actor_metrics *actors; /* one per model actor, same order */
    size_t actor_count;
    struct sg_graph_metrics graph;
    /* Wall-clock seconds spent, for --timings (never written to outputs). */
    double seconds_total, seconds_paths, seconds_signed;
};

/* One per-actor metric: its name in the outputs and whether it counts (integral) things. */
struct sg_metric_info {
    const char *name;
    size_t offset; /* of the double in struct sg_actor_metrics */
    int integral;
    int label; /* a category (the camp), not an amount: no deltas or ranks in comparisons */
};

/* One graph-level measure, read as a double (NaN where undefined). */
struct sg_graph_field {
    const char *name;
    double (*read)(const struct sg_graph_metrics *graph);
    int integral;
    int is_signed; /* a measure of the signed graph (grouped under "signed" in metrics JSON) */
};

/* The graph-level measures, in output order. */
extern const struct sg_graph_field sg_graph_field_table[];
extern const size_t sg_graph_field_count;

/* The per-actor metrics, in output order. */
extern const struct sg_metric_info sg_metric_table[];
extern const size_t sg_metric_count;

/* Index of the metric named name in sg_metric_table, or -1. */
int sg_metric_find(const char *name);

/* Value of metric index for an actor. */
double sg_metric_value(const struct sg_actor_metrics *metrics, size_t index);

/*
 * Computes every measure of model into metrics (uninitialised on entry; free with
 * sg_metrics_destroy). Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY (reported through diag).
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

/* Frees what sg_measures_compute allocated; accepts NULL. */
void sg_metrics_destroy(struct sg_metrics *metrics);

/* The igraph version in use, for --version. */
const char *sg_measures_library_version(void);

#endif
