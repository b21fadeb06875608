/*
 * Builds the arc graph (see graph.h) from the model's ties, and keeps igraph's error handling
 * from aborting the process.
 */
#include "analysis/graph.h"

#include "base/diag.h"
#include "base/sort.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char last_error[256];
static int warnings_quiet;

void sg_graph_quiet_warnings(int quiet)
{
    warnings_quiet = quiet;
}

static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t error)
{
    (void)file;
    (void)line;
    snprintf(last_error, sizeof last_error, "%s (%s)", reason, igraph_strerror(error));
    IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line)
{
    (void)file;
    (void)line;
    if (!warnings_quiet)
        sg_diag_warning("igraph: %s", reason);
}

/* Debian builds igraph's PageRank solver (PRPACK) with OpenMP; its parallel sums make the
 * last digits of PageRank change from run to run. One OpenMP thread makes them repeatable.
 * Weak, because an igraph built without OpenMP brings no such function. */
extern void omp_set_num_threads(int count) __attribute__((weak));

/*
 * Installs stancegraph's igraph error and warning handlers (idempotent): igraph failures then
 * return an error code instead of aborting, and warnings go to diagnostics.
 */
static void install_handlers(void)
{
    if (omp_set_num_threads)
        omp_set_num_threads(1);
    last_error[0] = '\0'; /* a reason belongs to the failure it came with */
    igraph_set_error_handler(on_igraph_error);
    igraph_set_warning_handler(on_igraph_warning);
}

void sg_graph_report_failure(const char *what)
{
    if (last_error[0])
        sg_diag_error("igraph failed %s: %s", what, last_error);
    else
        sg_diag_error("igraph failed %s", what);
}

struct arc {
    size_t source, target;
    double strength;
};

int sg_graph_build(const struct sg_model *model, struct sg_graph *graph)
{
    struct arc *arcs = NULL;
    size_t arc_count = 0, merged = 0;
    igraph_vector_int_t edges;
    int edges_ready = 0, arcs_ready = 0, strength_ready = 0;
    int err = SG_ERR_NOMEM;

    install_handlers();
    if (model->tie_count > 0) {
        arcs = malloc(2 * model->tie_count * sizeof *arcs);
        if (!arcs)
            goto out;
    }
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        arcs[arc_count++] = (struct arc){tie->source, tie->target, tie->weight};
        if (tie->type == SG_STANCE_NEGOTIATION)
            arcs[arc_count++] = (struct arc){tie->target, tie->source, tie->weight};
    }
    /* Stable: the ties of one arc stay in tie order, so strengths are summed in that order. */
    if (sg_sort_by_keys(arcs, arc_count, sizeof *arcs, offsetof(struct arc, source),
                        offsetof(struct arc, target), model->actor_count) != SG_OK)
        goto out;
    for (size_t i = 0; i < arc_count; i++) {
        if (merged > 0 && arcs[merged - 1].source == arcs[i].source &&
            arcs[merged - 1].target == arcs[i].target)
            arcs[merged - 1].strength += arcs[i].strength;
        else
            arcs[merged++] = arcs[i];
    }

    err = SG_ERR_LIBRARY;
    if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * merged)) != IGRAPH_SUCCESS)
        goto out;
    edges_ready = 1;
    for (size_t i = 0; i < merged; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)arcs[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)arcs[i].target;
    }
    if (igraph_create(&graph->arcs, &edges, (igraph_integer_t)model->actor_count,
                      IGRAPH_DIRECTED) != IGRAPH_SUCCESS)
        goto out;
    arcs_ready = 1;
    if (igraph_vector_init(&graph->strength, (igraph_integer_t)merged) != IGRAPH_SUCCESS)
        goto out;
    strength_ready = 1;
    if (igraph_vector_init(&graph->length, (igraph_integer_t)merged) != IGRAPH_SUCCESS)
        goto out;
    for (size_t i = 0; i < merged; i++) {
        VECTOR(graph->strength)[i] = arcs[i].strength;
        VECTOR(graph->length)[i] = 1.0 / arcs[i].strength;
    }
    err = SG_OK;
out:
    if (err == SG_ERR_LIBRARY)
        sg_graph_report_failure("while building the graph");
    if (err && strength_ready)
        igraph_vector_destroy(&graph->strength);
    if (err && arcs_ready)
        igraph_destroy(&graph->arcs);
    if (edges_ready)
        igraph_vector_int_destroy(&edges);
    free(arcs);
    return err;
}

void sg_graph_destroy(struct sg_graph *graph)
{
    if (!graph)
        return;
    igraph_destroy(&graph->arcs);
    igraph_vector_destroy(&graph->strength);
    igraph_vector_destroy(&graph->length);
}
