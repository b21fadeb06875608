/*
 * Measures on small graphs whose values are worked out by hand below each case.
 */
#include "analysis/measures.h"
#include "base/stats.h"
#include "model/model.h"

#include "fixture.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define TOLERANCE 1e-9

/*
 * Path a -> b (support 1.0) -> c (criticism 0.5). Arc lengths: a->b 1, b->c 2.
 * betweenness: only a->c passes through b: b = 1 / ((n-1)(n-2)) = 1/2.
 * harmonic: a reaches b at 1 and c at 3: (1 + 1/3) / 2 = 2/3; b reaches c at 2: (1/2)/2 = 1/4.
 * pagerank (d = 0.85, dangling c spreads uniformly): with k = pa,
 *   pb = (1-d)/3 + d pa + d pc/3 = pa + d pa = 1.85 k, pc = k + 0.85 * 1.85 k = 2.5725 k,
 *   k + 1.85 k + 2.5725 k = 1, so k = 1/5.4225.
 * HITS: A A^T = diag(1, 0.25, 0) gives hub (1, 0, 0); A^T A = diag(0, 1, 0.25) gives
 * authority (0, 1, 0).
 */
static void path_of_three(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    sg_model_init(&model);
    fixture_add_actor(&model, "a", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&model, "b", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&model, "c", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_statement(&model, 0, 1, SG_STANCE_SUPPORT, 1.0, NULL);
    fixture_add_statement(&model, 1, 2, SG_STANCE_CRITICISM, 0.5, NULL);
    assert_int_equal(sg_model_build_ties(&model), 0);
    assert_int_equal(sg_measures_compute(&model, &metrics), 0);
    const struct sg_actor_metrics *a = &metrics.actors[0], *b = &metrics.actors[1],
                                  *c = &metrics.actors[2];
    assert_float_equal(a->degree_out, 1, TOLERANCE);
    assert_float_equal(b->degree_in, 1, TOLERANCE);
    assert_float_equal(c->degree_out, 0, TOLERANCE);
    assert_float_equal(a->support_out, 1.0, TOLERANCE);
    assert_float_equal(b->support_in, 1.0, TOLERANCE);
    assert_float_equal(b->criticism_out, 0.5, TOLERANCE);
    assert_float_equal(c->criticism_in, 0.5, TOLERANCE);
    assert_float_equal(b->net_stance, 1.0, TOLERANCE);
    assert_float_equal(c->net_stance, -0.5, TOLERANCE);
    assert_float_equal(a->betweenness, 0.0, TOLERANCE);
    assert_float_equal(b->betweenness, 0.5, TOLERANCE);
    assert_float_equal(c->betweenness, 0.0, TOLERANCE);
    assert_float_equal(a->harmonic, 2.0 / 3.0, TOLERANCE);
    assert_float_equal(b->harmonic, 0.25, TOLERANCE);
    assert_float_equal(c->harmonic, 0.0, TOLERANCE);
    assert_float_equal(a->pagerank, 1.0 / 5.4225, 1e-7);
    assert_float_equal(b->pagerank, 1.85 / 5.4225, 1e-7);
    assert_float_equal(c->pagerank, 2.5725 / 5.4225, 1e-7);
    assert_float_equal(a->hub, 1.0, 1e-7);
    assert_float_equal(b->hub, 0.0, 1e-7);
    assert_float_equal(b->authority, 1.0, 1e-7);
    assert_float_equal(c->authority, 0.0, 1e-7);
    assert_int_equal(metrics.graph.arcs, 2);
    assert_float_equal(metrics.graph.density, 2.0 / 6.0, TOLERANCE);
    assert_float_equal(metrics.graph.reciprocity, 0.0, TOLERANCE);
    assert_int_equal(metrics.graph.weak_components, 1);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

/*
 * Aggregation: a->b support 0.5 and 0.25 form one tie (0.75, 2 statements); b->a and a->b
 * negotiation 0.5 each form one tie keyed by the pair (1.0, 2 statements); c->a criticism 1.
 * Arcs: a->b 0.75 + 1.0 = 1.75 (length 1/1.75), b->a 1.0, c->a 1.0.
 * negotiation: a 1.0, b 1.0. net_stance: a = 0 - 1 = -1, b = 0.75.
 * reciprocity: a->b and b->a are reciprocated, c->a is not: 2/3. density 3/6.
 * betweenness: c->b runs only through a: a = 1/2.
 * harmonic: a reaches b at 1/1.75: 1.75/2; b reaches a at 1: 1/2;
 *   c reaches a at 1 and b at 1 + 1/1.75: (1 + 1/(1 + 1/1.75)) / 2.
 */
static void aggregation_and_negotiation(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    sg_model_init(&model);
    fixture_add_actor(&model, "a", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&model, "b", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&model, "c", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_statement(&model, 0, 1, SG_STANCE_SUPPORT, 0.5, NULL);
    fixture_add_statement(&model, 1, 0, SG_STANCE_NEGOTIATION, 0.5, NULL);
    fixture_add_statement(&model, 0, 1, SG_STANCE_SUPPORT, 0.25, NULL);
    fixture_add_statement(&model, 2, 0, SG_STANCE_CRITICISM, 1.0, NULL);
    fixture_add_statement(&model, 0, 1, SG_STANCE_NEGOTIATION, 0.5, NULL);
    assert_int_equal(sg_model_build_ties(&model), 0);
    assert_int_equal(model.tie_count, 3);
    assert_int_equal(model.ties[0].type, SG_STANCE_SUPPORT);
    assert_float_equal(model.ties[0].weight, 0.75, TOLERANCE);
    assert_int_equal(model.ties[0].count, 2);
    assert_int_equal(model.ties[1].type, SG_STANCE_NEGOTIATION);
    assert_int_equal(model.ties[1].source, 1);
    assert_int_equal(model.ties[1].target, 0);
    assert_float_equal(model.ties[1].weight, 1.0, TOLERANCE);
    assert_int_equal(model.ties[1].count, 2);
    assert_int_equal(model.ties[2].type, SG_STANCE_CRITICISM);
    assert_int_equal(model.statements[4].tie, 1);
    assert_int_equal(model.statements[2].tie, 0);

    assert_int_equal(sg_measures_compute(&model, &metrics), 0);
    const struct sg_actor_metrics *a = &metrics.actors[0], *b = &metrics.actors[1],
                                  *c = &metrics.actors[2];
    assert_float_equal(a->negotiation, 1.0, TOLERANCE);
    assert_float_equal(b->negotiation, 1.0, TOLERANCE);
    assert_float_equal(c->negotiation, 0.0, TOLERANCE);
    assert_float_equal(a->net_stance, -1.0, TOLERANCE);
    assert_float_equal(b->net_stance, 0.75, TOLERANCE);
    assert_float_equal(a->degree_in, 2, TOLERANCE);
    assert_float_equal(a->degree_out, 1, TOLERANCE);
    assert_int_equal(metrics.graph.arcs, 3);
    assert_int_equal(metrics.graph.ties_by_type[SG_STANCE_NEGOTIATION], 1);
    assert_int_equal(metrics.graph.statements_by_type[SG_STANCE_NEGOTIATION], 2);
    assert_float_equal(metrics.graph.reciprocity, 2.0 / 3.0, TOLERANCE);
    assert_float_equal(metrics.graph.density, 0.5, TOLERANCE);
    assert_float_equal(a->betweenness, 0.5, TOLERANCE);
    assert_float_equal(b->betweenness, 0.0, TOLERANCE);
    assert_float_equal(a->harmonic, 1.75 / 2.0, TOLERANCE);
    assert_float_equal(b->harmonic, 0.5, TOLERANCE);
    assert_float_equal(c->harmonic, (1.0 + 1.0 / (1.0 + 1.0 / 1.75)) / 2.0, TOLERANCE);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

/* Two actors, no relations: PageRank is uniform (1/2 each); HITS, paths and arcs are zero;
 * two weak components. */
static void no_relations(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    sg_model_init(&model);
    fixture_add_actor(&model, "a", NULL, SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&model, "b", NULL, SG_ACTOR_PERSON, NULL, NULL);
    assert_int_equal(sg_model_build_ties(&model), 0);
    assert_int_equal(sg_measures_compute(&model, &metrics), 0);
    for (size_t i = 0; i < 2; i++) {
        assert_float_equal(metrics.actors[i].pagerank, 0.5, 1e-9);
        assert_float_equal(metrics.actors[i].hub, 0.0, 0.0);
        assert_float_equal(metrics.actors[i].harmonic, 0.0, 0.0);
        assert_float_equal(metrics.actors[i].betweenness, 0.0, 0.0);
    }
    assert_int_equal(metrics.graph.weak_components, 2);
    assert_float_equal(metrics.graph.density, 0.0, 0.0);
    assert_float_equal(metrics.graph.reciprocity, 0.0, 0.0);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

static void metric_table(void **state)
{
    (void)state;
    assert_int_equal(sg_metric_count, 20);
    assert_int_equal(sg_metric_find("pagerank"), 11);
    assert_true(sg_metric_table[sg_metric_find("camp")].label);
    assert_int_equal(sg_metric_find("nope"), -1);
    struct sg_actor_metrics m = {0};
    m.hub = 0.25;
    assert_float_equal(sg_metric_value(&m, (size_t)sg_metric_find("hub")), 0.25, 0.0);
}

struct ranked_entry {
    double value;
    size_t index;
};

static int by_rank(const void *left, const void *right)
{
    const struct ranked_entry *a = left, *b = right;
    return sg_stats_compare_ranked(a->value, a->index, b->value, b->index);
}

/*
 * The one ranking order: larger first, NaN (an undefined PN, say) after every number, -inf
 * before NaN, ties by input index. The values by hand, index: value
 *   0: NaN  1: 0.5  2: NaN  3: 2.0  4: 0.5  5: -inf  6: 1.0
 * sort to 3 (2.0), 6 (1.0), 1 and 4 (0.5, by index), 5 (-inf), 0 and 2 (NaN, by index),
 * whatever order they are handed to qsort in.
 */
static void ranking_puts_nan_last(void **state)
{
    (void)state;
    const double values[7] = {NAN, 0.5, NAN, 2.0, 0.5, -INFINITY, 1.0};
    const size_t expected[7] = {3, 6, 1, 4, 5, 0, 2};
    struct ranked_entry forward[7], backward[7];
    for (size_t i = 0; i < 7; i++) {
        forward[i] = (struct ranked_entry){values[i], i};
        backward[6 - i] = forward[i];
    }
    qsort(forward, 7, sizeof *forward, by_rank);
    qsort(backward, 7, sizeof *backward, by_rank);
    for (size_t i = 0; i < 7; i++) {
        assert_int_equal(forward[i].index, expected[i]);
        assert_int_equal(backward[i].index, expected[i]);
    }
    /* A consistent order, as qsort needs: antisymmetric, and NaN ties only with NaN. */
    for (size_t i = 0; i < 7; i++)
        for (size_t j = 0; j < 7; j++) {
            int ij = sg_stats_compare_descending(values[i], values[j]);
            int ji = sg_stats_compare_descending(values[j], values[i]);
            assert_int_equal(ij > 0, ji < 0);
            assert_int_equal(ij == 0, ji == 0);
        }
    assert_int_equal(sg_stats_compare_descending(NAN, NAN), 0);
    assert_true(sg_stats_compare_descending(NAN, -INFINITY) > 0);
    assert_true(sg_stats_compare_descending(1.0, NAN) < 0);
    assert_true(sg_stats_compare_descending(2.0, 1.0) < 0);
    assert_int_equal(sg_stats_compare_descending(0.5, 0.5), 0);

    /* Competition ranks follow the same order; a NaN equals nothing, so each has its own. */
    size_t ranks[7];
    const size_t expected_ranks[7] = {6, 3, 7, 1, 3, 5, 2};
    assert_int_equal(sg_stats_ranks_descending(values, 7, ranks), 0);
    for (size_t i = 0; i < 7; i++)
        assert_int_equal(ranks[i], expected_ranks[i]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(path_of_three),         cmocka_unit_test(aggregation_and_negotiation),
        cmocka_unit_test(no_relations),          cmocka_unit_test(metric_table),
        cmocka_unit_test(ranking_puts_nan_last),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
