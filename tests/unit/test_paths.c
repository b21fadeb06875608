/*
 * The fused path pass against igraph's own betweenness and harmonic centrality calls (to 1e-9
 * relative), bit-identical results whatever the number of jobs, and reproducible sampling.
 */
#include "analysis/paths.h"
#include "base/diag.h"

#include <igraph/igraph.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

struct test_graph {
    size_t n, m;
    size_t *offsets, *heads, *back_offsets, *back_heads;
    double *lengths, *back_lengths;
    igraph_t graph;
    igraph_vector_t weights;
};

static uint64_t state;
static uint64_t next(void)
{
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return state >> 33;
}

/* A random directed graph without loops or parallel arcs; lengths from length(). */
static void make_graph(struct test_graph *g, size_t n, size_t arcs, uint64_t seed,
                       double (*length)(void))
{
    state = seed;
    char *seen = calloc(n * n, 1);
    size_t *from = malloc(arcs * sizeof *from), *to = malloc(arcs * sizeof *to);
    g->n = n;
    g->m = 0;
    while (g->m < arcs) {
        size_t a = next() % n, b = next() % n;
        if (a == b || seen[a * n + b])
            continue;
        seen[a * n + b] = 1;
        from[g->m] = a;
        to[g->m] = b;
        g->m++;
    }
    /* Sort arcs by source (counting sort) into compressed rows, both directions. */
    g->offsets = calloc(n + 1, sizeof *g->offsets);
    g->back_offsets = calloc(n + 1, sizeof *g->back_offsets);
    g->heads = malloc(g->m * sizeof *g->heads);
    g->back_heads = malloc(g->m * sizeof *g->back_heads);
    g->lengths = malloc(g->m * sizeof *g->lengths);
    g->back_lengths = malloc(g->m * sizeof *g->back_lengths);
    double *arc_length = malloc(g->m * sizeof *arc_length);
    for (size_t e = 0; e < g->m; e++) {
        arc_length[e] = length();
        g->offsets[from[e] + 1]++;
        g->back_offsets[to[e] + 1]++;
    }
    for (size_t v = 0; v < n; v++) {
        g->offsets[v + 1] += g->offsets[v];
        g->back_offsets[v + 1] += g->back_offsets[v];
    }
    size_t *fill = calloc(n, sizeof *fill), *back_fill = calloc(n, sizeof *back_fill);
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, 2 * (igraph_integer_t)g->m);
    igraph_vector_init(&g->weights, (igraph_integer_t)g->m);
    for (size_t e = 0; e < g->m; e++) {
        size_t at = g->offsets[from[e]] + fill[from[e]]++;
        g->heads[at] = to[e];
        g->lengths[at] = arc_length[e];
        size_t back = g->back_offsets[to[e]] + back_fill[to[e]]++;
        g->back_heads[back] = from[e];
        g->back_lengths[back] = arc_length[e];
        VECTOR(edges)[2 * e] = (igraph_integer_t)from[e];
        VECTOR(edges)[2 * e + 1] = (igraph_integer_t)to[e];
        VECTOR(g->weights)[e] = arc_length[e];
    }
    igraph_create(&g->graph, &edges, (igraph_integer_t)n, IGRAPH_DIRECTED);
    igraph_vector_int_destroy(&edges);
    free(fill);
    free(back_fill);
    free(arc_length);
    free(from);
    free(to);
    free(seen);
}

static void free_graph(struct test_graph *g)
{
    free(g->offsets);
    free(g->heads);
    free(g->back_offsets);
    free(g->back_heads);
    free(g->lengths);
    free(g->back_lengths);
    igraph_destroy(&g->graph);
    igraph_vector_destroy(&g->weights);
}

static double random_length(void)
{
    return 1.0 / (0.05 + 0.95 * (double)(next() % 1000000) / 1e6);
}

static double small_integer_length(void)
{
    return (double)(1 + next() % 2); /* many equal-length paths */
}

static void compute(struct test_graph *g, unsigned jobs, size_t sample, uint64_t seed,
                    struct sg_path_result *result)
{
    struct sg_csr forward = {g->n, g->offsets, g->heads, g->lengths};
    struct sg_csr reverse = {g->n, g->back_offsets, g->back_heads, g->back_lengths};
    struct sg_path_options options = {jobs, sample, seed, 0, 0.0, 0.0};
    assert_int_equal(sg_paths_compute(&forward, &reverse, &options, result), SG_OK);
}

static void close_relative(double got, double want)
{
    double scale = fmax(fabs(want), 1e-300);
    if (fabs(got - want) > 1e-9 * scale && fabs(got - want) > 1e-12)
        fail_msg("got %.17g, igraph %.17g", got, want);
}

static void against_igraph(double (*length)(void), uint64_t seed)
{
    struct test_graph g;
    struct sg_path_result result;
    igraph_vector_t between, harmonic;
    make_graph(&g, 400, 2400, seed, length);
    compute(&g, 2, 0, 1, &result);
    igraph_vector_init(&between, 0);
    igraph_vector_init(&harmonic, 0);
    assert_int_equal(
        igraph_betweenness(&g.graph, &between, igraph_vss_all(), IGRAPH_DIRECTED, &g.weights),
        IGRAPH_SUCCESS);
    assert_int_equal(igraph_harmonic_centrality(&g.graph, &harmonic, igraph_vss_all(), IGRAPH_OUT,
                                                &g.weights, 0),
                     IGRAPH_SUCCESS);
    double pairs = (double)(g.n - 1) * (double)(g.n - 2);
    for (size_t v = 0; v < g.n; v++) {
        close_relative(result.betweenness[v], VECTOR(between)[v] / pairs);
        close_relative(result.harmonic[v], VECTOR(harmonic)[v] / (double)(g.n - 1));
    }
    igraph_vector_destroy(&between);
    igraph_vector_destroy(&harmonic);
    sg_path_result_free(&result);
    free_graph(&g);
}

static void equals_igraph_random_lengths(void **state_)
{
    (void)state_;
    against_igraph(random_length, 11);
}

static void equals_igraph_with_ties(void **state_)
{
    (void)state_;
    against_igraph(small_integer_length, 12);
}

static void jobs_are_bit_identical(void **state_)
{
    (void)state_;
    struct test_graph g;
    struct sg_path_result one, other;
    make_graph(&g, 300, 1500, 21, random_length);
    compute(&g, 1, 0, 1, &one);
    static const unsigned jobs[] = {2, 3, 7};
    for (size_t j = 0; j < 3; j++) {
        compute(&g, jobs[j], 0, 1, &other);
        assert_memory_equal(one.betweenness, other.betweenness, g.n * sizeof(double));
        assert_memory_equal(one.harmonic, other.harmonic, g.n * sizeof(double));
        sg_path_result_free(&other);
    }
    sg_path_result_free(&one);
    free_graph(&g);
}

static void sampling_is_reproducible(void **state_)
{
    (void)state_;
    struct test_graph g;
    struct sg_path_result a, b, c, exact, all;
    make_graph(&g, 300, 1500, 31, random_length);
    compute(&g, 1, 50, 7, &a);
    compute(&g, 3, 50, 7, &b);
    compute(&g, 2, 50, 8, &c);
    assert_true(a.sampled);
    assert_int_equal(a.sources, 50);
    assert_memory_equal(a.betweenness, b.betweenness, g.n * sizeof(double));
    assert_memory_equal(a.harmonic, b.harmonic, g.n * sizeof(double));
    assert_true(memcmp(a.betweenness, c.betweenness, g.n * sizeof(double)) != 0);
    assert_true(a.betweenness_max_error > 0);
    assert_true(a.harmonic_max_error > 0);
    /* A sample as large as the graph is the exact computation. */
    compute(&g, 2, 0, 1, &exact);
    compute(&g, 2, g.n, 7, &all);
    assert_false(all.sampled);
    assert_memory_equal(exact.betweenness, all.betweenness, g.n * sizeof(double));
    /* Estimates land near the exact values: within 6 standard errors everywhere. */
    for (size_t v = 0; v < g.n; v++) {
        assert_true(fabs(a.betweenness[v] - exact.betweenness[v]) <=
                    6 * a.betweenness_max_error + 1e-12);
        assert_true(fabs(a.harmonic[v] - exact.harmonic[v]) <= 6 * a.harmonic_max_error + 1e-12);
    }
    sg_path_result_free(&a);
    sg_path_result_free(&b);
    sg_path_result_free(&c);
    sg_path_result_free(&exact);
    sg_path_result_free(&all);
    free_graph(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(equals_igraph_random_lengths),
        cmocka_unit_test(equals_igraph_with_ties),
        cmocka_unit_test(jobs_are_bit_identical),
        cmocka_unit_test(sampling_is_reproducible),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
