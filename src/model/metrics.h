/*
 * The measures of a snapshot as plain data: one struct of per-actor metrics, one of graph-level
 * measures, and the tables that name them for the writers (output names and order). Filled by
 * analysis/measures.h; read by writers, comparisons and timelines, which need no igraph.
 */
#ifndef SG_MODEL_METRICS_H
#define SG_MODEL_METRICS_H

#include "model/model.h"

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

/* The published sources of the bounds behind the guarantee, as the metrics JSON names them. */
#define SG_PAIRS_REFERENCE                                                                         \
    "Riondato and Kornaropoulos 2016, Fast approximation of betweenness centrality through "       \
    "sampling, Data Mining and Knowledge Discovery 30(2)"
#define SG_SOURCES_REFERENCE                                                                       \
    "Eppstein and Wang 2004, Fast approximation of centrality, Journal of Graph Algorithms and "   \
    "Applications 8(1); Hoeffding 1963"

/* How one path measure was computed under a guarantee (analyze --epsilon, --delta): pairs
 * for betweenness, sources for harmonic (docs/METRICS.md, "Sampling with a guarantee"). */
struct sg_path_bound {
    int exact;       /* computed exactly: no cheaper than the samples the bound asks for */
    size_t required; /* samples the bound asks for */
    size_t samples;  /* samples drawn (0 when exact) */
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
    /* Under a guarantee: every normalised value within epsilon with probability 1 - delta. */
    int paths_guaranteed;
    double path_epsilon, path_delta;
    struct sg_path_bound betweenness_bound, harmonic_bound;
    size_t vertex_diameter_bound; /* behind the number of pairs */
    double harmonic_radius;       /* distances below it counted exactly */
    double harmonic_range;        /* the largest term of one sampled source */
};

struct sg_metrics {
    struct sg_actor_metrics *actors; /* one per model actor, same order */
    size_t actor_count;
    struct sg_graph_metrics graph;
    /* Wall-clock seconds spent, for --timings (never written to outputs): all the measures,
     * and of those the arc graph's construction (igraph's and the path measures' compressed
     * rows), the path measures and the signed measures. */
    double seconds_total, seconds_build, seconds_paths, seconds_signed;
};

/* One per-actor metric: its name in the outputs and whether it counts (integral) things. */
struct sg_metric_info {
    const char *name;
    size_t offset; /* of the double in struct sg_actor_metrics */
    int integral;
    int label; /* a category (the camp), not an amount: no deltas or ranks in comparisons */
};

/* How a graph-level measure is stored in struct sg_graph_metrics. */
enum sg_field_storage { SG_FIELD_SIZE, SG_FIELD_INT, SG_FIELD_DOUBLE };

/* One graph-level measure, read as a double (NaN where undefined) by sg_graph_field_value. */
struct sg_graph_field {
    const char *name;
    size_t offset; /* in struct sg_graph_metrics */
    enum sg_field_storage storage;
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

/* The measure that ranks actors, sizes them and names camps unless told otherwise: harmonic
 * centrality, which puts the actors the story turns on first (docs/METRICS.md, "The default
 * measure"). */
#define SG_DEFAULT_METRIC "harmonic"

struct sg_model;

/* The actor that names camp (a camp number, 1 = largest): its member ranked first by the
 * default measure, ties by id. Returns its index, or SIZE_MAX when no actor is in the camp. */
size_t sg_metrics_camp_leader(const struct sg_model *model, const struct sg_metrics *metrics,
                              double camp);

/* Value of metric index for an actor. */
double sg_metric_value(const struct sg_actor_metrics *metrics, size_t index);

/* The text of metric index for an actor, as every text output writes it: an integral metric
 * as a whole number, any other with 12 significant digits (as the metrics JSON), -0 as 0.
 * Returns 0 and leaves buffer empty when the value is undefined (NaN: written as null, or
 * left out), else 1. buffer holds at least SG_METRIC_TEXT bytes. */
#define SG_METRIC_TEXT 40
int sg_metric_text(const struct sg_actor_metrics *metrics, size_t index, char *buffer);

/* Value of graph-level measure index (in sg_graph_field_table) as a double. */
double sg_graph_field_value(const struct sg_graph_metrics *graph, size_t index);

/* Frees the actor array of metrics and zeroes it; accepts NULL. */
void sg_metrics_destroy(struct sg_metrics *metrics);

#endif
