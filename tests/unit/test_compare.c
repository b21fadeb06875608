/*
 * Snapshot comparison on hand-made cases (tests/data/diff/README.md works them out), and the
 * rank statistics it relies on.
 */
#include "analysis/compare.h"
#include "analysis/eval.h"
#include "base/diag.h"
#include "base/stats.h"
#include "fixture.h"

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
    fixture_load_measured("diff", name, &out->model, &out->metrics);
}

static void unload(struct loaded *l)
{
    sg_metrics_destroy(&l->metrics);
    sg_model_destroy(&l->model);
}

static const char *tie_source(const struct sg_diff *d, const struct sg_diff_tie *t)
{
    const struct sg_diff_actor *a = &d->actors[t->source];
    return a->old_index != SG_ABSENT ? d->old_model->actors[a->old_index].id
                                     : d->new_model->actors[a->new_index].id;
}

static void old_to_new(void **state)
{
    (void)state;
    struct loaded before, after;
    struct sg_diff d;
    load("old.json", &before);
    load("new.json", &after);
    assert_int_equal(sg_compare(&before.model, &before.metrics, &after.model, &after.metrics, &d),
                     SG_OK);
    /* actors: a b c d from old, then e */
    assert_int_equal(d.actor_count, 5);
    assert_int_equal(d.added_actors, 1);
    assert_int_equal(d.removed_actors, 1);
    assert_int_equal(d.actors[3].new_index, SG_ABSENT); /* d */
    assert_int_equal(d.actors[4].old_index, SG_ABSENT); /* e */
    assert_int_equal(d.actors[4].new_index, 3);
    /* ties: 4 old (removed, kept, kept, removed), then 2 added */
    assert_int_equal(d.tie_count, 6);
    assert_int_equal(d.added_ties, 2);
    assert_int_equal(d.removed_ties, 2);
    assert_int_equal(d.kept_ties, 2);
    assert_int_equal(d.weight_changes, 1);
    assert_int_equal(d.ties[0].change, SG_CHANGE_REMOVED);
    assert_false(d.ties[0].flipped); /* the old support tie: removed */
    assert_int_equal(d.ties[1].change, SG_CHANGE_KEPT);
    assert_int_equal(d.ties[2].change, SG_CHANGE_KEPT); /* c<->a written a->c after */
    assert_int_equal(d.ties[2].type, SG_STANCE_NEGOTIATION);
    assert_int_equal(d.ties[3].change, SG_CHANGE_REMOVED);
    assert_false(d.ties[3].flipped);
    assert_int_equal(d.ties[4].change, SG_CHANGE_ADDED);
    assert_int_equal(d.ties[4].type, SG_STANCE_CRITICISM);
    assert_true(d.ties[4].flipped);
    assert_int_equal(d.ties[5].change, SG_CHANGE_ADDED);
    assert_string_equal(tie_source(&d, &d.ties[5]), "e");
    /* one flip: a->b, +0.5 to -0.5 */
    assert_int_equal(d.flip_count, 1);
    assert_int_equal(d.flips[0].source, 0);
    assert_int_equal(d.flips[0].target, 1);
    assert_float_equal(d.flips[0].old_net, 0.5, 1e-12);
    assert_float_equal(d.flips[0].new_net, -0.5, 1e-12);
    /* similarity */
    assert_int_equal(d.similarity.common_actors, 3);
    assert_float_equal(d.similarity.jaccard_ties, 1.0 / 3.0, 1e-12);
    assert_float_equal(d.similarity.jaccard_arcs, 2.0 / 3.0, 1e-12);
    assert_int_equal(d.similarity.top_k, 4);
    /* net stance: a 0 -> 1, b 0.5 -> -0.5, c -1 -> -0.6 */
    assert_float_equal(before.metrics.actors[0].net_stance, 0.0, 1e-12);
    assert_float_equal(after.metrics.actors[0].net_stance, 1.0, 1e-12);
    assert_float_equal(after.metrics.actors[1].net_stance, -0.5, 1e-12);
    assert_float_equal(after.metrics.actors[2].net_stance, -0.6, 1e-12);
    /* camps: {a, b, d} {c} before, {a, c, e} {b} after; b switched */
    assert_float_equal(before.metrics.actors[1].camp, before.metrics.actors[0].camp, 0.0);
    assert_float_equal(before.metrics.graph.camp_modularity, 0.2, 1e-12);
    assert_int_equal(d.camp_switch_count, 1);
    assert_int_equal(d.camp_switches[0], 1); /* union index of b */
    sg_diff_destroy(&d);
    unload(&before);
    unload(&after);
}

static void identical(void **state)
{
    (void)state;
    struct loaded one, two;
    struct sg_diff d;
    load("old.json", &one);
    load("old.json", &two);
    assert_int_equal(sg_compare(&one.model, &one.metrics, &two.model, &two.metrics, &d), SG_OK);
    assert_int_equal(d.added_actors + d.removed_actors + d.added_ties + d.removed_ties, 0);
    assert_int_equal(d.kept_ties, 4);
    assert_int_equal(d.weight_changes, 0);
    assert_int_equal(d.flip_count, 0);
    assert_float_equal(d.similarity.jaccard_arcs, 1.0, 0.0);
    assert_float_equal(d.similarity.jaccard_ties, 1.0, 0.0);
    assert_true(d.similarity.tau_pagerank_defined);
    assert_float_equal(d.similarity.tau_pagerank, 1.0, 1e-12);
    assert_true(d.similarity.tau_betweenness_defined);
    assert_float_equal(d.similarity.tau_betweenness, 1.0, 1e-12);
    assert_int_equal(d.similarity.top_common_pagerank, 4);
    size_t n = one.metrics.actor_count;
    for (size_t i = 0; i < sg_metric_count * n; i++)
        assert_int_equal(d.old_ranks[i], d.new_ranks[i]);
    sg_diff_destroy(&d);
    unload(&one);
    unload(&two);
}

static void nothing_in_common(void **state)
{
    (void)state;
    struct loaded one, two;
    struct sg_diff d;
    load("old.json", &one);
    load("disjoint.json", &two);
    assert_int_equal(sg_compare(&one.model, &one.metrics, &two.model, &two.metrics, &d), SG_OK);
    assert_int_equal(d.similarity.common_actors, 0);
    assert_false(d.similarity.tau_pagerank_defined);
    assert_false(d.similarity.tau_betweenness_defined);
    assert_float_equal(d.similarity.jaccard_arcs, 0.0, 0.0);
    assert_float_equal(d.similarity.jaccard_ties, 0.0, 0.0);
    assert_int_equal(d.similarity.top_k, 2);
    assert_int_equal(d.similarity.top_common_pagerank, 0);
    assert_int_equal(d.added_actors, 2);
    assert_int_equal(d.removed_actors, 4);
    assert_int_equal(d.actor_count, 6);
    sg_diff_destroy(&d);
    unload(&one);
    unload(&two);
}

/*
 * x = 1 2 2 3, y = 1 3 2 2. Pairs: (0,1) (0,2) (0,3) concordant; (1,2) tied in x;
 * (1,3) discordant; (2,3) tied in y. tau_b = (3 - 1) / sqrt((6 - 1)(6 - 1)) = 0.4.
 */
static void kendall_with_ties(void **state)
{
    (void)state;
    const double x[] = {1, 2, 2, 3}, y[] = {1, 3, 2, 2};
    double tau = 0;
    assert_int_equal(sg_stats_kendall_tau_b(x, y, 4, &tau), 0);
    assert_float_equal(tau, 0.4, 1e-12);
    const double reversed[] = {3, 2, 1};
    const double ordered[] = {1, 2, 3};
    assert_int_equal(sg_stats_kendall_tau_b(ordered, reversed, 3, &tau), 0);
    assert_float_equal(tau, -1.0, 1e-12);
    const double flat[] = {5, 5, 5};
    assert_int_equal(sg_stats_kendall_tau_b(ordered, flat, 3, &tau), -1);
    assert_int_equal(sg_stats_kendall_tau_b(ordered, ordered, 1, &tau), -1);
}

static void competition_ranks(void **state)
{
    (void)state;
    const double values[] = {1, 3, 2, 3};
    size_t ranks[4];
    assert_int_equal(sg_stats_ranks_descending(values, 4, ranks), 0);
    assert_int_equal(ranks[0], 4);
    assert_int_equal(ranks[1], 1);
    assert_int_equal(ranks[2], 3);
    assert_int_equal(ranks[3], 1);
    /* 0.1 + 0.2 is 0.30000000000000004 in binary; as printed, it equals 0.3 */
    assert_true(0.1 + 0.2 != 0.3);
    assert_true(sg_stats_round_significant(0.1 + 0.2, 12) == sg_stats_round_significant(0.3, 12));
    assert_float_equal(sg_stats_round_significant(123456.7891, 4), 123500.0, 1e-9);
    assert_float_equal(sg_stats_round_significant(-0.000123456, 2), -0.00012, 1e-15);
}

/* tests/data/eval/README.md works these figures out by hand. */
static void eval_scores_ties(void **state)
{
    (void)state;
    struct sg_model predicted, gold;
    struct sg_metrics predicted_metrics, gold_metrics;
    struct sg_eval eval;
    fixture_load_measured("eval", "predicted.json", &predicted, &predicted_metrics);
    fixture_load_measured("eval", "gold.json", &gold, &gold_metrics);
    assert_int_equal(sg_eval_ties(&predicted, &gold, &eval), SG_OK);
    assert_int_equal(eval.hits, 2);
    assert_float_equal(eval.precision, 0.5, 1e-12);
    assert_float_equal(eval.recall, 2.0 / 3.0, 1e-12);
    assert_float_equal(eval.f1, 4.0 / 7.0, 1e-12);
    assert_int_equal(eval.directed, 2);
    assert_int_equal(eval.same_direction, 1);
    /* Right: c->a criticism and the b<->d negotiation; b->a and a->c support are false. */
    for (size_t i = 0; i < predicted.tie_count; i++) {
        const struct sg_tie *tie = &predicted.ties[i];
        int right = strcmp(predicted.actors[tie->source].id, "c") == 0 ||
                    tie->type == SG_STANCE_NEGOTIATION;
        assert_int_equal(eval.predicted_hit[i], right);
    }
    size_t missed = 0;
    for (size_t i = 0; i < gold.tie_count; i++)
        missed += !eval.gold_hit[i];
    assert_int_equal(missed, 1);
    sg_eval_destroy(&eval);
    sg_eval_destroy(NULL);
    sg_metrics_destroy(&predicted_metrics);
    sg_metrics_destroy(&gold_metrics);
    sg_model_destroy(&predicted);
    sg_model_destroy(&gold);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(old_to_new),        cmocka_unit_test(identical),
        cmocka_unit_test(nothing_in_common), cmocka_unit_test(kendall_with_ties),
        cmocka_unit_test(competition_ranks), cmocka_unit_test(eval_scores_ties),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
