/*
 * Computes the per-actor and graph-level measures: stance strengths from ties; degree,
 * PageRank, HITS, reciprocity and components on the arc graph with igraph; betweenness and
 * harmonic centrality through paths.c on plain arrays; then the signed measures (signed.c).
 * Every igraph call's status is checked; a failure is reported with igraph's reason and the
 * partial results are freed.
 */
#include "analysis/measures.h"

#include "analysis/graph.h"
#include "analysis/paths.h"
#include "analysis/signed.h"
#include "base/diag.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void stance_strengths(const struct sg_model *model, struct sg_metrics *metrics)
{
    struct sg_graph_metrics *g = &metrics->graph;
    g->actors = model->actor_count;
    g->statements = model->statement_count;
    g->ties = model->tie_count;
    for (size_t i = 0; i < model->statement_count; i++)
        g->statements_by_type[model->statements[i].type]++;
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        struct sg_actor_metrics *source = &metrics->actors[tie->source];
        struct sg_actor_metrics *target = &metrics->actors[tie->target];
        g->ties_by_type[tie->type]++;
        switch (tie->type) {
        case SG_STANCE_SUPPORT:
            source->support_out += tie->weight;
            target->support_in += tie->weight;
            break;
        case SG_STANCE_CRITICISM:
            source->criticism_out += tie->weight;
            target->criticism_in += tie->weight;
            break;
        default:
            source->negotiation += tie->weight;
            target->negotiation += tie->weight;
            break;
        }
    }
    for (size_t i = 0; i < model->actor_count; i++)
        metrics->actors[i].net_out =
            metrics->actors[i].support_out - metrics->actors[i].criticism_out;
    for (size_t i = 0; i < model->actor_count; i++)
        metrics->actors[i].net_stance =
            metrics->actors[i].support_in - metrics->actors[i].criticism_in;
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

/* How the path measures were computed under a guarantee, for the writers. */
static void record_guarantee(const struct sg_path_result *result,
                             const struct sg_path_options *options, struct sg_graph_metrics *graph)
{
    graph->paths_guaranteed = result->guaranteed;
    if (!result->guaranteed)
        return;
    graph->path_epsilon = options->epsilon;
    graph->path_delta = options->delta;
    graph->betweenness_bound = result->betweenness_bound;
    graph->harmonic_bound = result->harmonic_bound;
    graph->vertex_diameter_bound = result->vertex_diameter;
    graph->harmonic_radius = result->radius;
    graph->harmonic_range = result->range;
}

/* The arc graph as compressed rows both ways for paths.c, with the actors renumbered: actor v
 * is inner[v] there. */
struct rows {
    size_t *offsets, *back_offsets, *inner, *fill;
    uint32_t *heads, *back_heads;
    double *lengths, *back_lengths;
};

static void rows_free(struct rows *rows)
{
    free(rows->offsets);
    free(rows->heads);
    free(rows->back_offsets);
    free(rows->back_heads);
    free(rows->inner);
    free(rows->fill);
    free(rows->lengths);
    free(rows->back_lengths);
}

/* A vertex and its number of arcs in and out, for the locality order. */
struct ranked {
    size_t arcs, vertex;
};

static int compare_ranked(const void *left, const void *right)
{
    const struct ranked *a = left, *b = right;
    if (a->arcs != b->arcs)
        return a->arcs > b->arcs ? -1 : 1;
    return a->vertex < b->vertex ? -1 : a->vertex > b->vertex;
}

/*
 * Numbers the actors by their arcs, most first (ties by index), into rows->inner: the searches
 * read an arc's head at random, and most heads are the few actors with many arcs, whose state
 * then shares a few cache lines (M's path measures about a tenth faster). counts holds each
 * actor's arcs. Returns 0 or SG_ERR_NOMEM.
 */
static int locality_order(size_t n, const size_t *counts, struct rows *rows)
{
    struct ranked *ranked = malloc((n + 1) * sizeof *ranked);
    if (!ranked)
        return SG_ERR_NOMEM;
    for (size_t v = 0; v < n; v++)
        ranked[v] = (struct ranked){counts[v], v};
    qsort(ranked, n, sizeof *ranked, compare_ranked);
    for (size_t i = 0; i < n; i++)
        rows->inner[ranked[i].vertex] = i;
    free(ranked);
    return SG_OK;
}

/* Fills the rows (offsets made) of the arcs in the inner numbering, reversed when asked. Arcs
 * are sorted by (source, target) index: taken in that order, each row is in order. fill holds
 * n + 1 counters of scratch. */
static void fill_rows(const igraph_t *arcs, const igraph_vector_t *length, const size_t *inner,
                      int reverse, const size_t *offsets, size_t *fill, uint32_t *heads,
                      double *lengths)
{
    size_t n = (size_t)igraph_vcount(arcs), m = (size_t)igraph_ecount(arcs);
    memset(fill, 0, (n + 1) * sizeof *fill);
    for (size_t e = 0; e < m; e++) {
        size_t from = inner[(size_t)IGRAPH_FROM(arcs, e)];
        size_t to = inner[(size_t)IGRAPH_TO(arcs, e)];
        size_t row = reverse ? to : from, at = offsets[row] + fill[row]++;
        heads[at] = (uint32_t)(reverse ? from : to);
        lengths[at] = VECTOR(*length)[e];
    }
}

/*
 * Builds the rows in the inner numbering. Each row keeps its arcs in the order of the arc graph
 * (by actor index), so the searches push, settle and add in the order they would without the
 * renumbering, and the results are bit for bit the same. Returns 0 or SG_ERR_NOMEM.
 */
static int build_rows(const igraph_t *arcs, const igraph_vector_t *length, struct rows *rows)
{
    size_t n = (size_t)igraph_vcount(arcs), m = (size_t)igraph_ecount(arcs);
    rows->offsets = calloc(n + 1, sizeof *rows->offsets);
    rows->heads = malloc((m + 1) * sizeof *rows->heads);
    rows->back_offsets = calloc(n + 1, sizeof *rows->back_offsets);
    rows->back_heads = malloc((m + 1) * sizeof *rows->back_heads);
    rows->inner = malloc((n + 1) * sizeof *rows->inner);
    rows->fill = calloc(n + 1, sizeof *rows->fill);
    rows->lengths = malloc((m + 1) * sizeof *rows->lengths);
    rows->back_lengths = malloc((m + 1) * sizeof *rows->back_lengths);
    if (!rows->offsets || !rows->heads || !rows->back_offsets || !rows->back_heads ||
        !rows->inner || !rows->fill || !rows->lengths || !rows->back_lengths)
        return SG_ERR_NOMEM;
    for (size_t e = 0; e < m; e++) {
        rows->fill[(size_t)IGRAPH_FROM(arcs, e)]++;
        rows->fill[(size_t)IGRAPH_TO(arcs, e)]++;
    }
    if (locality_order(n, rows->fill, rows) != SG_OK)
        return SG_ERR_NOMEM;
    const size_t *inner = rows->inner;
    for (size_t e = 0; e < m; e++) {
        rows->offsets[inner[(size_t)IGRAPH_FROM(arcs, e)] + 1]++;
        rows->back_offsets[inner[(size_t)IGRAPH_TO(arcs, e)] + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        rows->offsets[v + 1] += rows->offsets[v];
        rows->back_offsets[v + 1] += rows->back_offsets[v];
    }
    fill_rows(arcs, length, inner, 0, rows->offsets, rows->fill, rows->heads, rows->lengths);
    fill_rows(arcs, length, inner, 1, rows->back_offsets, rows->fill, rows->back_heads,
              rows->back_lengths);
    return SG_OK;
}

/* Betweenness and harmonic centrality in one pass over the arc graph (paths.c), on the
 * arc lengths. */
static int path_measures(const struct sg_graph *graph, const struct sg_measure_options *options,
                         struct sg_metrics *metrics)
{
    size_t n = (size_t)igraph_vcount(&graph->arcs);
    struct rows rows = {0};
    struct sg_path_result result;
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int err = build_rows(&graph->arcs, &graph->length, &rows);
    if (err)
        goto out;
    struct sg_csr forward = {n, rows.offsets, rows.heads, rows.lengths};
    struct sg_csr reverse = {n, rows.back_offsets, rows.back_heads, rows.back_lengths};
    struct sg_path_options path_options = {options->jobs ? options->jobs : sg_paths_default_jobs(),
                                           0,
                                           options->seed,
                                           options->progress,
                                           options->epsilon,
                                           options->delta,
                                           rows.inner};
    if (options->sample > 0)
        path_options.sample = (size_t)options->sample;
    else if (options->sample < 0 && options->epsilon <= 0.0 && n > SG_AUTO_SAMPLE_ACTORS) {
        path_options.epsilon = SG_DEFAULT_EPSILON;
        path_options.delta = SG_DEFAULT_DELTA;
    }
    metrics->seconds_build += seconds_since(&start); /* the compressed rows */
    clock_gettime(CLOCK_MONOTONIC, &start);
    err = sg_paths_compute(&forward, &reverse, &path_options, &result);
    metrics->seconds_paths = seconds_since(&start);
    if (err)
        goto out;
    for (size_t v = 0; v < n; v++) {
        metrics->actors[v].betweenness = result.betweenness[v];
        metrics->actors[v].harmonic = result.harmonic[v];
    }
    metrics->graph.paths_sampled = result.sampled;
    metrics->graph.path_sources = result.sources;
    metrics->graph.path_seed = options->seed;
    metrics->graph.betweenness_max_error = result.betweenness_max_error;
    metrics->graph.harmonic_max_error = result.harmonic_max_error;
    record_guarantee(&result, &path_options, &metrics->graph);
    sg_path_result_free(&result);
out:
    rows_free(&rows);
    return err;
}

/* In- and out-degree: arcs, not weights. Returns 0 or SG_ERR_LIBRARY. */
static int degree_centralities(const struct sg_graph *graph, igraph_vector_int_t *degrees,
                               struct sg_metrics *metrics)
{
    igraph_integer_t n = igraph_vcount(&graph->arcs);
    if (igraph_degree(&graph->arcs, degrees, igraph_vss_all(), IGRAPH_IN, IGRAPH_NO_LOOPS))
        return SG_ERR_LIBRARY;
    for (igraph_integer_t i = 0; i < n; i++)
        metrics->actors[i].degree_in = (double)VECTOR(*degrees)[i];
    if (igraph_degree(&graph->arcs, degrees, igraph_vss_all(), IGRAPH_OUT, IGRAPH_NO_LOOPS))
        return SG_ERR_LIBRARY;
    for (igraph_integer_t i = 0; i < n; i++)
        metrics->actors[i].degree_out = (double)VECTOR(*degrees)[i];
    return SG_OK;
}

/* PageRank and HITS, which read arc strengths. Returns 0 or SG_ERR_LIBRARY with the failing
 * step in *step. */
static int walk_centralities(const struct sg_graph *graph, igraph_vector_t *values,
                             igraph_vector_t *authority, struct sg_metrics *metrics,
                             const char **step)
{
    igraph_integer_t n = igraph_vcount(&graph->arcs);
    igraph_integer_t m = igraph_ecount(&graph->arcs);
    *step = "pagerank";
    if (igraph_pagerank(&graph->arcs, IGRAPH_PAGERANK_ALGO_PRPACK, values, NULL, igraph_vss_all(),
                        IGRAPH_DIRECTED, SG_PAGERANK_DAMPING, m > 0 ? &graph->strength : NULL,
                        NULL))
        return SG_ERR_LIBRARY;
    for (igraph_integer_t i = 0; i < n; i++)
        metrics->actors[i].pagerank = VECTOR(*values)[i];

    /* HITS is undefined without arcs; every score is then 0. */
    if (m > 0) {
        igraph_arpack_options_t arpack;
        igraph_arpack_options_init(&arpack);
        *step = "hub and authority scores";
        if (igraph_hub_and_authority_scores(&graph->arcs, values, authority, NULL, 1,
                                            &graph->strength, &arpack))
            return SG_ERR_LIBRARY;
        for (igraph_integer_t i = 0; i < n; i++) {
            /* ARPACK may return -0 or tiny negative noise for zero scores. */
            metrics->actors[i].hub = fabs(VECTOR(*values)[i]) < 1e-12 ? 0.0 : VECTOR(*values)[i];
            metrics->actors[i].authority =
                fabs(VECTOR(*authority)[i]) < 1e-12 ? 0.0 : VECTOR(*authority)[i];
        }
    }
    return SG_OK;
}

/* Reciprocity, weak components, arcs and density. Returns 0 or SG_ERR_LIBRARY with the
 * failing step in *step. */
static int graph_level_measures(const struct sg_graph *graph, struct sg_metrics *metrics,
                                const char **step)
{
    igraph_integer_t n = igraph_vcount(&graph->arcs);
    igraph_integer_t m = igraph_ecount(&graph->arcs);
    *step = "reciprocity";
    igraph_real_t reciprocity = 0.0;
    if (m > 0 && igraph_reciprocity(&graph->arcs, &reciprocity, 1, IGRAPH_RECIPROCITY_DEFAULT))
        return SG_ERR_LIBRARY;
    metrics->graph.reciprocity = reciprocity;

    *step = "components";
    igraph_integer_t components = 0;
    if (igraph_connected_components(&graph->arcs, NULL, NULL, &components, IGRAPH_WEAK))
        return SG_ERR_LIBRARY;
    metrics->graph.weak_components = (size_t)components;
    metrics->graph.arcs = (size_t)m;
    metrics->graph.density = n > 1 ? (double)m / ((double)n * (double)(n - 1)) : 0.0;
    return SG_OK;
}

/* Runs the measures on the arc graph; returns 0, SG_ERR_NOMEM (from the path measures, not
 * reported) or SG_ERR_LIBRARY with the failing step in *step. */
static int centralities(const struct sg_graph *graph, const struct sg_measure_options *options,
                        struct sg_metrics *metrics, const char **step)
{
    igraph_vector_t values;
    igraph_vector_t authority;
    igraph_vector_int_t degrees;
    igraph_integer_t n = igraph_vcount(&graph->arcs);
    int err = SG_ERR_LIBRARY;
    int values_ready = 0, authority_ready = 0, degrees_ready = 0;

    *step = "allocation";
    if (igraph_vector_init(&values, n) != IGRAPH_SUCCESS)
        goto out;
    values_ready = 1;
    if (igraph_vector_init(&authority, n) != IGRAPH_SUCCESS)
        goto out;
    authority_ready = 1;
    if (igraph_vector_int_init(&degrees, n) != IGRAPH_SUCCESS)
        goto out;
    degrees_ready = 1;

    *step = "degree";
    if (degree_centralities(graph, &degrees, metrics))
        goto out;
    *step = "betweenness and harmonic centrality";
    if (path_measures(graph, options, metrics) != SG_OK) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    if (walk_centralities(graph, &values, &authority, metrics, step) ||
        graph_level_measures(graph, metrics, step))
        goto out;
    err = SG_OK;
out:
    if (degrees_ready)
        igraph_vector_int_destroy(&degrees);
    if (authority_ready)
        igraph_vector_destroy(&authority);
    if (values_ready)
        igraph_vector_destroy(&values);
    return err;
}

void sg_measure_options_init(struct sg_measure_options *options)
{
    options->jobs = 0;
    options->sample = -1;
    options->epsilon = 0.0;
    options->delta = 0.0;
    options->seed = SG_DEFAULT_SEED;
    options->progress = NULL;
}

int sg_measures_compute(const struct sg_model *model, struct sg_metrics *metrics)
{
    struct sg_measure_options options;
    sg_measure_options_init(&options);
    return sg_measures_compute_with(model, &options, metrics);
}

int sg_measures_compute_with(const struct sg_model *model, const struct sg_measure_options *options,
                             struct sg_metrics *metrics)
{
    struct timespec start, signed_start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    struct sg_graph graph;
    const char *step = "";
    memset(metrics, 0, sizeof *metrics);
    metrics->actors = calloc(model->actor_count ? model->actor_count : 1, sizeof *metrics->actors);
    if (!metrics->actors)
        return SG_ERR_NOMEM;
    metrics->actor_count = model->actor_count;
    stance_strengths(model, metrics);
    if (model->actor_count == 0) {
        /* An empty time window: nothing to measure, and nothing is balanced or split. */
        metrics->graph.triangle_balance = NAN;
        metrics->graph.walk_balance = NAN;
        metrics->graph.camp_modularity = NAN;
        metrics->graph.frustration_exact = 1;
        return SG_OK;
    }
    struct timespec build_start;
    clock_gettime(CLOCK_MONOTONIC, &build_start);
    int err = sg_graph_build(model, &graph);
    metrics->seconds_build = seconds_since(&build_start);
    if (err) {
        sg_metrics_destroy(metrics);
        return err;
    }
    err = centralities(&graph, options, metrics, &step);
    sg_graph_destroy(&graph);
    if (err) {
        /* Out of memory too: the signed measures below must not overwrite it. */
        if (err == SG_ERR_LIBRARY) {
            char what[64];
            snprintf(what, sizeof what, "computing %s", step);
            sg_graph_report_failure(what);
        }
        sg_metrics_destroy(metrics);
        return err;
    }
    clock_gettime(CLOCK_MONOTONIC, &signed_start);
    err = sg_signed_compute(model, metrics);
    if (err) {
        sg_metrics_destroy(metrics);
        return err;
    }
    metrics->seconds_signed = seconds_since(&signed_start);
    metrics->seconds_total = seconds_since(&start);
    return SG_OK;
}

int sg_measures_compute_layer(const struct sg_model *model, enum sg_stance layer,
                              struct sg_metrics *metrics)
{
    struct sg_model part;
    int err = SG_OK;
    memset(metrics, 0, sizeof *metrics);
    sg_model_init(&part);
    part.info.id = model->info.id; /* borrowed for the call; cleared before destroy */
    for (size_t i = 0; !err && i < model->actor_count; i++)
        err = sg_model_copy_actor(&part, &model->actors[i]);
    for (size_t i = 0; !err && i < model->statement_count; i++) {
        const struct sg_statement *s = &model->statements[i];
        if (s->type == layer)
            err = sg_model_copy_statement(&part, s, s->source, s->target);
    }
    if (!err)
        err = sg_model_build_ties(&part);
    if (!err)
        err = sg_measures_compute(&part, metrics);
    part.info.id = NULL;
    sg_model_destroy(&part);
    return err;
}

const char *sg_measures_library_version(void)
{
    const char *version = NULL;
    igraph_version(&version, NULL, NULL, NULL);
    return version;
}
