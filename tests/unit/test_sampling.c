/*
 * Sampling with a guarantee (analyze --epsilon, --delta): the sample sizes of the published
 * bounds, worked out by hand; the vertex-diameter bound on small graphs; and a 12-actor cycle
 * measured under a guarantee, with the sample sizes the formulas give written into the metrics
 * JSON.
 */
#include "analysis/measures.h"
#include "analysis/paths.h"
#include "analysis/sampling.h"
#include "base/diag.h"
#include "fixture.h"
#include "write/json.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/*
 * Riondato and Kornaropoulos: r = ceil((0.5 / e^2)(floor(log2(VD - 2)) + 1 + ln(1/delta))),
 * e = epsilon (n-2)/n.
 * - n = 12, VD = 12, epsilon = delta = 0.5: e = 0.5 * 10/12 = 0.416667, e^2 = 0.173611,
 *   0.5/e^2 = 2.88; floor(log2 10) = 3, + 1 = 4, + ln 2 = 4.693147; 2.88 * 4.693147 = 13.516,
 *   so r = 14.
 * - n = 12, VD = 12, epsilon = 0.1, delta = 0.5: e = 0.083333, 0.5/e^2 = 72; 72 * 4.693147 =
 *   337.91, so r = 338.
 * - bench's L: n = 100000, VD = 59662, epsilon = 0.3, delta = 0.1: e = 0.3 * 99998/100000 =
 *   0.299994, 0.5/e^2 = 5.555778; floor(log2 59660) = 15, + 1 = 16, + ln 10 = 18.302585;
 *   5.555778 * 18.302585 = 101.68, so r = 102.
 * - no actor inside any shortest path (VD = 2): r = 0.
 */
static void pairs_by_hand(void **state)
{
    (void)state;
    assert_int_equal(sg_sampling_pairs(12, 12, 0.5, 0.5), 14);
    assert_int_equal(sg_sampling_pairs(12, 12, 0.1, 0.5), 338);
    assert_int_equal(sg_sampling_pairs(100000, 59662, 0.3, 0.1), 102);
    assert_int_equal(sg_sampling_pairs(10, 2, 0.1, 0.1), 0);
    assert_int_equal(sg_sampling_pairs(2, 5, 0.1, 0.1), 0);
}

/*
 * Hoeffding and a union bound over n actors: k = ceil(R^2 ln(2n/delta) / (2 epsilon^2)).
 * - n = 12, lengths at least 1, nothing exact: R = 12/11 = 1.090909, R^2 = 1.190083;
 *   epsilon = delta = 0.5: ln 48 = 3.871201; 1.190083 * 3.871201 / 0.5 = 9.2142, so k = 10.
 * - n = 100000, R = 1, epsilon = 0.1, delta = 0.1: ln(2e6) = 14.508658; / 0.02 = 725.43, so
 *   k = 726.
 */
static void sources_by_hand(void **state)
{
    (void)state;
    assert_float_equal(sg_sampling_range(12, 1.0), 12.0 / 11.0, 1e-15);
    assert_int_equal(sg_sampling_sources(12, sg_sampling_range(12, 1.0), 0.5, 0.5), 10);
    assert_int_equal(sg_sampling_sources(100000, 1.0, 0.1, 0.1), 726);
    assert_int_equal(sg_sampling_sources(100000, 0.0, 0.1, 0.1), 0);
    /* A tiny epsilon asks for more than a size_t holds: SIZE_MAX, never a wrapped 0 (which
     * read as "nothing to sample" and gave 0 everywhere). 0.5 ln(2e5/0.1) / 1e-20 ~ 7e20. */
    assert_true(sg_sampling_sources(100000, 1.0, 1e-10, 0.1) == SIZE_MAX);
    assert_true(sg_sampling_pairs(100000, 59662, 1e-10, 0.1) == SIZE_MAX);
    /* The radius for k sources asks for k sources, no more (and not far fewer). */
    for (size_t k = 16; k <= 65536; k *= 2) {
        double radius = sg_sampling_radius(100000, k, 0.3, 0.1);
        size_t needed = sg_sampling_sources(100000, sg_sampling_range(100000, radius), 0.3, 0.1);
        assert_true(needed <= k && needed + 1 >= k);
    }
}

/* The vertex-diameter bound of the graph whose arcs are from[i] -> to[i]. */
static size_t vertex_diameter(size_t n, size_t arcs, const size_t *from, const size_t *to)
{
    size_t offsets[16] = {0}, fill[16] = {0}, bound = 0;
    uint32_t heads[16];
    assert_true(n < 16 && arcs <= 16);
    for (size_t e = 0; e < arcs; e++)
        offsets[from[e] + 1]++;
    for (size_t v = 0; v < n; v++)
        offsets[v + 1] += offsets[v];
    for (size_t e = 0; e < arcs; e++)
        heads[offsets[from[e]] + fill[from[e]]++] = (uint32_t)to[e];
    assert_int_equal(sg_sampling_vertex_diameter(n, offsets, heads, &bound), 0);
    return bound;
}

/* A star of arcs out of its centre: no actor has an arc in and one out, so no path has more
 * than 2 actors (the component has 5). A chain a->b->c->d beside e->f: b and c can be inside a
 * path, so 2 + 2 = 4 (the chain's 4 actors); e->f alone: 2. A cycle of 12: all 12. */
static void vertex_diameter_bound(void **state)
{
    (void)state;
    size_t star_from[] = {0, 0, 0, 0}, star_to[] = {1, 2, 3, 4};
    assert_int_equal(vertex_diameter(5, 4, star_from, star_to), 2);
    size_t chain_from[] = {0, 1, 2, 4}, chain_to[] = {1, 2, 3, 5};
    assert_int_equal(vertex_diameter(6, 4, chain_from, chain_to), 4);
    size_t cycle_from[12], cycle_to[12];
    for (size_t v = 0; v < 12; v++) {
        cycle_from[v] = v;
        cycle_to[v] = (v + 1) % 12;
    }
    assert_int_equal(vertex_diameter(12, 12, cycle_from, cycle_to), 12);
}

/* a0 -> a1 -> ... -> a11 -> a0, support of weight 1: every arc has length 1. */
static void cycle_model(struct sg_model *model)
{
    char id[8];
    sg_model_init(model);
    model->info.id = strdup("cycle");
    for (int v = 0; v < 12; v++) {
        snprintf(id, sizeof id, "a%d", v);
        fixture_add_actor(model, id, NULL, SG_ACTOR_PERSON, NULL, NULL);
    }
    for (size_t v = 0; v < 12; v++)
        fixture_add_statement(model, v, (v + 1) % 12, SG_STANCE_SUPPORT, 1.0, NULL);
    assert_int_equal(sg_model_build_ties(model), 0);
}

static void measure(const struct sg_model *model, double epsilon, double delta, unsigned jobs,
                    struct sg_metrics *metrics)
{
    struct sg_measure_options options;
    sg_measure_options_init(&options);
    options.jobs = jobs;
    options.epsilon = epsilon;
    options.delta = delta;
    assert_int_equal(sg_measures_compute_with(model, &options, metrics), SG_OK);
}

static void assert_contains(const char *text, const char *part)
{
    if (!strstr(text, part))
        fail_msg("'%s' not in the metrics JSON", part);
}

/*
 * The cycle with epsilon = delta = 0.5: n = 12, VD = 12 (every actor has an arc in and out, one
 * component of 12), so r = 14 pairs (pairs_by_hand). The shortest arc is 1 and 12 < 16
 * actors leaves no other radius: R = 12/11 and k = 10 sources (sources_by_hand). The plan
 * costs 0.5 * 14 + 10 = 17 full searches against 1.6 * 12 = 19.2 for exact, so both are
 * sampled. Every value stays within 0.5 of the exact one (here, with a fixed seed).
 */
static void cycle_under_guarantee(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics, one_job, exact;
    char *text = NULL;
    cycle_model(&model);
    measure(&model, 0.5, 0.5, 2, &metrics);
    const struct sg_graph_metrics *g = &metrics.graph;
    assert_true(g->paths_guaranteed);
    assert_int_equal(g->vertex_diameter_bound, 12);
    assert_false(g->betweenness_bound.exact);
    assert_int_equal(g->betweenness_bound.required, 14);
    assert_int_equal(g->betweenness_bound.samples, 14);
    assert_false(g->harmonic_bound.exact);
    assert_int_equal(g->harmonic_bound.samples, 10);
    assert_int_equal(g->path_sources, 10);
    assert_float_equal(g->harmonic_radius, 1.0, 0.0);
    assert_float_equal(g->harmonic_range, 12.0 / 11.0, 1e-15);
    measure(&model, 0.5, 0.5, 1, &one_job);
    struct sg_measure_options exact_options;
    sg_measure_options_init(&exact_options);
    exact_options.sample = 0;
    assert_int_equal(sg_measures_compute_with(&model, &exact_options, &exact), SG_OK);
    for (size_t v = 0; v < 12; v++) {
        assert_memory_equal(&metrics.actors[v].betweenness, &one_job.actors[v].betweenness,
                            sizeof(double));
        assert_memory_equal(&metrics.actors[v].harmonic, &one_job.actors[v].harmonic,
                            sizeof(double));
        assert_true(fabs(metrics.actors[v].betweenness - exact.actors[v].betweenness) <= 0.5);
        assert_true(fabs(metrics.actors[v].harmonic - exact.actors[v].harmonic) <= 0.5);
    }
    assert_int_equal(sg_write_metrics_json(&model, &metrics, NULL, &text), SG_OK);
    assert_contains(text,
                    "\"method\": \"guaranteed\",\n      \"sources\": 10,\n      \"seed\": 1,");
    assert_contains(text, "\"betweenness\": {\n        \"method\": \"sampled pairs\",\n"
                          "        \"epsilon\": 0.5,\n        \"delta\": 0.5,\n"
                          "        \"samples\": 14,\n        \"samples_required\": 14,\n"
                          "        \"reference\": \"Riondato and Kornaropoulos 2016");
    assert_contains(text, "\"vertex_diameter_bound\": 12");
    assert_contains(text, "\"harmonic\": {\n        \"method\": \"sampled sources\",\n"
                          "        \"epsilon\": 0.5,\n        \"delta\": 0.5,\n"
                          "        \"samples\": 10,\n        \"samples_required\": 10,\n"
                          "        \"reference\": \"Eppstein and Wang 2004");
    free(text);
    sg_metrics_destroy(&metrics);
    sg_metrics_destroy(&one_job);
    sg_metrics_destroy(&exact);
    sg_model_destroy(&model);
}

/* epsilon = 0.1 asks for r = 338 pairs (pairs_by_hand): 0.5 * 338 = 169 full searches or more,
 * against 1.6 * 12 = 19.2 for exact: both are computed exactly, and the JSON says so. */
static void cycle_exact_when_cheaper(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics, exact;
    char *text = NULL;
    cycle_model(&model);
    measure(&model, 0.1, 0.5, 2, &metrics);
    struct sg_measure_options exact_options;
    sg_measure_options_init(&exact_options);
    exact_options.sample = 0;
    assert_int_equal(sg_measures_compute_with(&model, &exact_options, &exact), SG_OK);
    const struct sg_graph_metrics *g = &metrics.graph;
    assert_true(g->betweenness_bound.exact && g->harmonic_bound.exact);
    assert_int_equal(g->betweenness_bound.required, 338);
    assert_int_equal(g->betweenness_bound.samples, 0);
    for (size_t v = 0; v < 12; v++) {
        assert_memory_equal(&metrics.actors[v].betweenness, &exact.actors[v].betweenness,
                            sizeof(double));
        assert_memory_equal(&metrics.actors[v].harmonic, &exact.actors[v].harmonic, sizeof(double));
    }
    assert_int_equal(sg_write_metrics_json(&model, &metrics, NULL, &text), SG_OK);
    assert_contains(text, "\"method\": \"exact\",\n      \"sources\": 12,");
    assert_contains(text, "\"betweenness\": {\n        \"method\": \"exact\",\n"
                          "        \"epsilon\": 0.1,\n        \"delta\": 0.5,\n"
                          "        \"samples\": 0,\n        \"samples_required\": 338,");
    free(text);
    sg_metrics_destroy(&metrics);
    sg_metrics_destroy(&exact);
    sg_model_destroy(&model);
}

/*
 * Above SG_AUTO_SAMPLE_ACTORS actors the default is the guarantee epsilon = 0.3, delta = 0.1.
 * A cycle of n = 20001 actors, lengths 1: VD = 20001, e = 0.3 * 19999/20001 = 0.29997,
 * 0.5/e^2 = 5.55667; floor(log2 19999) = 14, + 1 + ln 10 = 17.302585; r = ceil(96.145) = 97.
 * Harmonic: 16 sources suffice from the radius 1.00005 * sqrt(ln(400020) / (2 * 0.09 * 16)) =
 * 1.00005 * sqrt(12.89927 / 2.88) = 1.00005 * 2.11634 = 2.11645, which holds each actor and the
 * next two (3 settled, 3 arcs
 * read: 3.75 units against 1.25 n for a full search, so 3 full searches for all n): 16 + 3 = 19
 * beats nothing exact (k = ceil(1.0001 * 12.89927 / 0.18) = 72) and every larger k.
 */
static void default_above_20000_actors(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    char id[16];
    sg_model_init(&model);
    for (size_t v = 0; v < 20001; v++) {
        snprintf(id, sizeof id, "a%zu", v);
        fixture_add_actor(&model, id, NULL, SG_ACTOR_PERSON, NULL, NULL);
    }
    for (size_t v = 0; v < 20001; v++)
        fixture_add_statement(&model, v, (v + 1) % 20001, SG_STANCE_SUPPORT, 1.0, NULL);
    assert_int_equal(sg_model_build_ties(&model), 0);
    assert_int_equal(sg_measures_compute(&model, &metrics), SG_OK);
    const struct sg_graph_metrics *g = &metrics.graph;
    assert_true(g->paths_guaranteed);
    assert_float_equal(g->path_epsilon, 0.3, 0.0);
    assert_float_equal(g->path_delta, 0.1, 0.0);
    assert_int_equal(g->vertex_diameter_bound, 20001);
    assert_int_equal(g->betweenness_bound.samples, 97);
    assert_int_equal(g->harmonic_bound.samples, 16);
    assert_float_equal(g->harmonic_radius, 2.11645, 1e-5);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(pairs_by_hand),
        cmocka_unit_test(sources_by_hand),
        cmocka_unit_test(vertex_diameter_bound),
        cmocka_unit_test(cycle_under_guarantee),
        cmocka_unit_test(cycle_exact_when_cheaper),
        cmocka_unit_test(default_above_20000_actors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
