/*
 * The fused path pass against igraph's own betweenness and harmonic centrality calls (to 1e-9
 * relative), bit-identical results whatever the number of jobs and whatever the numbering of the
 * actors, and reproducible sampling.
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
    size_t *offsets, *back_offsets;
    uint32_t *heads, *back_heads;
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
        g->heads[at] = (uint32_t)to[e];
        g->lengths[at] = arc_length[e];
        size_t back = g->back_offsets[to[e]] + back_fill[to[e]]++;
        g->back_heads[back] = (uint32_t)from[e];
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
    struct sg_path_options options = {jobs, sample, seed, 0, 0.0, 0.0, NULL};
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

/* Rows of g with actor v renumbered inner[v], each row's arcs kept in their order. */
static void renumber_rows(size_t n, const size_t *offsets, const uint32_t *heads,
                          const double *lengths, const size_t *inner, size_t *new_offsets,
                          uint32_t *new_heads, double *new_lengths)
{
    memset(new_offsets, 0, (n + 1) * sizeof *new_offsets);
    for (size_t v = 0; v < n; v++)
        new_offsets[inner[v] + 1] = offsets[v + 1] - offsets[v];
    for (size_t u = 0; u < n; u++)
        new_offsets[u + 1] += new_offsets[u];
    for (size_t v = 0; v < n; v++)
        for (size_t k = offsets[v], at = new_offsets[inner[v]]; k < offsets[v + 1]; k++, at++) {
            new_heads[at] = (uint32_t)inner[heads[k]];
            new_lengths[at] = lengths[k];
        }
}

/* The results of options on g, and on g renumbered by a random permutation with the numbering
 * given: bit for bit the same. */
static void check_renumbered(struct test_graph *g, struct sg_path_options options)
{
    size_t n = g->n, m = g->m;
    size_t *inner = malloc(n * sizeof *inner), *offsets = malloc((n + 1) * sizeof *offsets);
    size_t *back_offsets = malloc((n + 1) * sizeof *back_offsets);
    uint32_t *heads = malloc(m * sizeof *heads), *back_heads = malloc(m * sizeof *back_heads);
    double *lengths = malloc(m * sizeof *lengths), *back_lengths = malloc(m * sizeof *lengths);
    struct sg_path_result plain, renumbered;
    for (size_t v = 0; v < n; v++)
        inner[v] = v;
    for (size_t v = n - 1; v > 0; v--) { /* Fisher-Yates */
        size_t j = next() % (v + 1), swap = inner[v];
        inner[v] = inner[j];
        inner[j] = swap;
    }
    renumber_rows(n, g->offsets, g->heads, g->lengths, inner, offsets, heads, lengths);
    renumber_rows(n, g->back_offsets, g->back_heads, g->back_lengths, inner, back_offsets,
                  back_heads, back_lengths);
    struct sg_csr forward = {n, g->offsets, g->heads, g->lengths};
    struct sg_csr reverse = {n, g->back_offsets, g->back_heads, g->back_lengths};
    struct sg_csr new_forward = {n, offsets, heads, lengths};
    struct sg_csr new_reverse = {n, back_offsets, back_heads, back_lengths};
    assert_int_equal(sg_paths_compute(&forward, &reverse, &options, &plain), SG_OK);
    options.inner = inner;
    assert_int_equal(sg_paths_compute(&new_forward, &new_reverse, &options, &renumbered), SG_OK);
    assert_int_equal(plain.sources, renumbered.sources);
    assert_memory_equal(plain.betweenness, renumbered.betweenness, n * sizeof(double));
    assert_memory_equal(plain.harmonic, renumbered.harmonic, n * sizeof(double));
    sg_path_result_free(&plain);
    sg_path_result_free(&renumbered);
    free(inner);
    free(offsets);
    free(back_offsets);
    free(heads);
    free(back_heads);
    free(lengths);
    free(back_lengths);
}

/* A numbering that keeps each row's order changes nothing: exact, sampled and guaranteed, with
 * random lengths and with many equal-length paths (where the order of the searches' ties
 * decides the order of the sums). */
static void renumbering_is_bit_identical(void **state_)
{
    (void)state_;
    double (*lengths[])(void) = {random_length, small_integer_length};
    for (size_t l = 0; l < 2; l++) {
        struct test_graph g;
        make_graph(&g, 300, 1500, 41 + l, lengths[l]);
        check_renumbered(&g, (struct sg_path_options){2, 0, 1, NULL, 0.0, 0.0, NULL});
        check_renumbered(&g, (struct sg_path_options){2, 40, 3, NULL, 0.0, 0.0, NULL});
        check_renumbered(&g, (struct sg_path_options){2, 0, 5, NULL, 0.2, 0.1, NULL});
        free_graph(&g);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(equals_igraph_random_lengths), cmocka_unit_test(equals_igraph_with_ties),
        cmocka_unit_test(jobs_are_bit_identical),       cmocka_unit_test(sampling_is_reproducible),
        cmocka_unit_test(renumbering_is_bit_identical),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
