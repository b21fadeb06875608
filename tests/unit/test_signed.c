/*
 * Signed measures against published and hand-worked values (tests/data/signed/): the
 * Everett-Borgatti example for PN, single triangles for balance and frustration, a two-camp
 * graph whose camps are obvious, input-order stability, and degenerate graphs.
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "fixture.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

struct loaded {
    struct sg_model model;
    struct sg_metrics metrics;
};

static void load(const char *name, struct loaded *out)
{
    fixture_load_measured("signed", name, &out->model, &out->metrics);
}

static void unload(struct loaded *l)
{
    sg_metrics_destroy(&l->metrics);
    sg_model_destroy(&l->model);
}

static const struct sg_actor_metrics *actor(const struct loaded *l, const char *id)
{
    long i = sg_model_find_actor(&l->model, id);
    assert_true(i >= 0);
    return &l->metrics.actors[i];
}

/* Everett and Borgatti (2014), Table 5: PN = 0.901 0.861 0.908 0.861 0.841 0.850 0.862 0.902
 * 0.851 0.907, published to three decimals. */
static void everett_borgatti(void **state)
{
    (void)state;
    static const double published[10] = {0.901, 0.861, 0.908, 0.861, 0.841,
                                         0.850, 0.862, 0.902, 0.851, 0.907};
    struct loaded l;
    load("eb10.json", &l);
    for (size_t i = 0; i < 10; i++)
        assert_float_equal(l.metrics.actors[i].pn, published[i], 0.0005);
    unload(&l);
}

/*
 * One triangle. Balanced when the product of its signs is positive: +++ and +-- are, ++- and
 * --- are not; one pair must go to balance the unbalanced ones. Walk balance: a balanced
 * triangle is switching-equivalent to +++ (eigenvalues 2, -1, -1: K = 1); an unbalanced one to
 * --- (eigenvalues -2, 1, 1): K = (e^-2 + 2e) / (e^2 + 2/e).
 */
static void triangles(void **state)
{
    (void)state;
    static const char *const names[4] = {"triangle-ppp.json", "triangle-ppn.json",
                                         "triangle-pnn.json", "triangle-nnn.json"};
    static const int balanced[4] = {1, 0, 1, 0};
    double unbalanced_walk = (exp(-2.0) + 2.0 * exp(1.0)) / (exp(2.0) + 2.0 * exp(-1.0));
    for (int t = 0; t < 4; t++) {
        struct loaded l;
        load(names[t], &l);
        const struct sg_graph_metrics *g = &l.metrics.graph;
        assert_int_equal(g->triangles, 1);
        assert_int_equal(g->balanced_triangles, (size_t)balanced[t]);
        assert_float_equal(g->triangle_balance, balanced[t], 0.0);
        assert_float_equal(g->walk_balance, balanced[t] ? 1.0 : unbalanced_walk, 1e-9);
        assert_int_equal(g->frustration, balanced[t] ? 0 : 1);
        assert_true(g->frustration_exact);
        unload(&l);
    }
    assert_float_equal(unbalanced_walk, 0.6857878, 1e-6);
}

/*
 * a1 a2 a3 back each other, b1 b2 b3 too, every a criticises every b: camp 1 = the a's (equal
 * sizes; "a1" < "b1"), camp 2 = the b's. All support inside, all criticism across:
 * polarization 1, frustration 0, nothing breaks the camps. Signed modularity: w+ = 6, w- = 9,
 * W_in = 6, camp positive strengths 6 and 6, negative 9 and 9:
 * Q = [2*6 - (36 + 36)/12 + (81 + 81)/18] / (2 * 15) = 0.5.
 * a1 and b1 negotiate across the line: one brokered tie each.
 */
static void two_camps(void **state)
{
    (void)state;
    struct loaded l, shuffled;
    load("two-camps.json", &l);
    load("two-camps-shuffled.json", &shuffled);
    static const char *const ids[6] = {"a1", "a2", "a3", "b1", "b2", "b3"};
    for (int i = 0; i < 6; i++) {
        assert_float_equal(actor(&l, ids[i])->camp, i < 3 ? 1 : 2, 0.0);
        assert_float_equal(actor(&shuffled, ids[i])->camp, i < 3 ? 1 : 2, 0.0);
    }
    const struct sg_graph_metrics *g = &l.metrics.graph;
    assert_int_equal(g->camps, 2);
    assert_float_equal(g->polarization, 1.0, 1e-12);
    assert_int_equal(g->frustration, 0);
    assert_int_equal(g->camp_breaking_pairs, 0);
    assert_float_equal(g->camp_modularity, 0.5, 1e-12);
    assert_float_equal(g->triangle_balance, 1.0, 0.0);
    assert_float_equal(actor(&l, "a1")->broker_ties, 1, 0.0);
    assert_float_equal(actor(&l, "b1")->broker_ties, 1, 0.0);
    assert_float_equal(actor(&l, "a2")->broker_ties, 0, 0.0);
    unload(&l);
    unload(&shuffled);
}

/* Degenerate graphs: defined values or NaN (null in JSON) where documented, never a crash. */
static void degenerate(void **state)
{
    (void)state;
    struct loaded l;
    load("degenerate-one.json", &l);
    assert_float_equal(l.metrics.actors[0].pn, 1.0, 0.0);
    assert_true(isnan(l.metrics.actors[0].camp)); /* no support or criticism tie: no camp */
    assert_int_equal(l.metrics.graph.camps, 0);
    assert_true(isnan(l.metrics.graph.triangle_balance));
    assert_true(isnan(l.metrics.graph.walk_balance));
    assert_true(isnan(l.metrics.graph.camp_modularity));
    assert_float_equal(l.metrics.graph.polarization, 0.0, 0.0);
    assert_int_equal(l.metrics.graph.frustration, 0);
    unload(&l);

    load("degenerate-no-ties.json", &l);
    assert_int_equal(l.metrics.graph.camps, 0);
    for (int i = 0; i < 3; i++)
        assert_float_equal(l.metrics.actors[i].pn, 1.0, 1e-12); /* A = 0: PN = 1 */
    unload(&l);

    /* Negotiation only: no signed tie, so no camp at all, and every negotiation is brokered
     * (a tie with an actor in no camp counts as across camps). */
    load("degenerate-negotiation.json", &l);
    assert_int_equal(l.metrics.graph.camps, 0);
    assert_true(isnan(actor(&l, "b")->camp));
    assert_float_equal(actor(&l, "b")->broker_ties, 2, 0.0);
    assert_float_equal(actor(&l, "b")->broker_weight, 1.5, 1e-12);
    assert_float_equal(l.metrics.graph.polarization, 0.0, 0.0);
    unload(&l);

    /* a-b criticism, c-d support, e alone: camps {c, d} (1), then a, b (2, 3); e has none.
     * Polarization: all criticism across (1/1) times all support inside (0.5/0.5) = 1. */
    load("degenerate-disconnected.json", &l);
    assert_int_equal(l.metrics.graph.camps, 3);
    assert_float_equal(actor(&l, "c")->camp, 1, 0.0);
    assert_float_equal(actor(&l, "d")->camp, 1, 0.0);
    assert_float_equal(actor(&l, "a")->camp, 2, 0.0);
    assert_float_equal(actor(&l, "b")->camp, 3, 0.0);
    assert_true(isnan(actor(&l, "e")->camp));
    assert_float_equal(l.metrics.graph.polarization, 1.0, 1e-12);
    assert_true(isnan(l.metrics.graph.triangle_balance));
    unload(&l);
}

static void large_component_bound(void **state)
{
    (void)state;
    struct loaded l;
    load("random-signed-large.json", &l);
    assert_false(l.metrics.graph.frustration_exact);
    assert_true(l.metrics.graph.frustration <= l.metrics.graph.negative_pairs);
    unload(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(everett_borgatti),
        cmocka_unit_test(triangles),
        cmocka_unit_test(two_camps),
        cmocka_unit_test(degenerate),
        cmocka_unit_test(large_component_bound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
