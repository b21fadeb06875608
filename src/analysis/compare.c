/*
 * Snapshot comparison (compare.h): matches actors by id and ties by key, finds realignments
 * (pairs flipped between support and criticism) and camp switches, ranks every metric in each
 * snapshot, and computes the similarity figures.
 */
#include "analysis/compare.h"

#include "base/diag.h"
#include "base/stats.h"
#include "base/strindex.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_SIZE 140

/* Ranks, tau and top-k compare values as printed (12 significant digits), so that actors whose
 * values differ only by floating-point noise count as tied. */
static double comparable(double value)
{
    /* Undefined values (NaN, e.g. PN above the size limit) rank last. */
    return isnan(value) ? -INFINITY : sg_stats_round_significant(value, 12);
}

void sg_compare_tie_key(const struct sg_model *model, const struct sg_tie *tie, char *key)
{
    const char *source = model->actors[tie->source].id;
    const char *target = model->actors[tie->target].id;
    if (tie->type == SG_STANCE_NEGOTIATION && strcmp(target, source) < 0) {
        const char *swap = source;
        source = target;
        target = swap;
    }
    snprintf(key, KEY_SIZE, "%s\x1f%s\x1f%s", source, target, sg_stance_name(tie->type));
}

static void pair_key(const struct sg_model *model, size_t source, size_t target, char *key)
{
    snprintf(key, KEY_SIZE, "%s\x1f%s", model->actors[source].id, model->actors[target].id);
}

/* Fills an index with a model's arcs (ordered pairs of ids). */
static int index_arcs(const struct sg_model *model, struct sg_strindex *arcs)
{
    char key[KEY_SIZE];
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        pair_key(model, tie->source, tie->target, key);
        if (sg_strindex_put(arcs, key, i) < 0)
            return SG_ERR_NOMEM;
        if (tie->type == SG_STANCE_NEGOTIATION) {
            pair_key(model, tie->target, tie->source, key);
            if (sg_strindex_put(arcs, key, i) < 0)
                return SG_ERR_NOMEM;
        }
    }
    return SG_OK;
}

static double jaccard(size_t in_both, size_t in_old, size_t in_new)
{
    size_t in_either = in_old + in_new - in_both;
    return in_either == 0 ? 1.0 : (double)in_both / (double)in_either;
}

static int match_actors(struct sg_diff *diff, size_t *union_of_new)
{
    const struct sg_model *old_model = diff->old_model, *new_model = diff->new_model;
    struct sg_strindex *new_ids = sg_strindex_new(new_model->actor_count);
    if (!new_ids)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < new_model->actor_count; i++)
        if (sg_strindex_put(new_ids, new_model->actors[i].id, i) < 0) {
            sg_strindex_free(new_ids);
            return SG_ERR_NOMEM;
        }
    for (size_t i = 0; i < new_model->actor_count; i++)
        union_of_new[i] = SG_ABSENT;
    for (size_t i = 0; i < old_model->actor_count; i++) {
        long found = sg_strindex_get(new_ids, old_model->actors[i].id);
        struct sg_diff_actor *actor = &diff->actors[diff->actor_count];
        actor->old_index = i;
        actor->new_index = found < 0 ? SG_ABSENT : (size_t)found;
        if (found < 0)
            diff->removed_actors++;
        else
            union_of_new[found] = diff->actor_count;
        diff->actor_count++;
    }
    for (size_t i = 0; i < new_model->actor_count; i++) {
        if (union_of_new[i] != SG_ABSENT)
            continue;
        diff->actors[diff->actor_count] = (struct sg_diff_actor){SG_ABSENT, i};
        union_of_new[i] = diff->actor_count++;
        diff->added_actors++;
    }
    sg_strindex_free(new_ids);
    return SG_OK;
}

static int match_ties(struct sg_diff *diff, const size_t *union_of_new)
{
    const struct sg_model *old_model = diff->old_model, *new_model = diff->new_model;
    char key[KEY_SIZE];
    int err = SG_ERR_NOMEM;
    size_t *old_of_new = malloc((new_model->tie_count + 1) * sizeof *old_of_new);
    struct sg_strindex *new_keys = sg_strindex_new(new_model->tie_count);
    if (!old_of_new || !new_keys)
        goto out;
    for (size_t i = 0; i < new_model->tie_count; i++) {
        old_of_new[i] = SG_ABSENT;
        sg_compare_tie_key(new_model, &new_model->ties[i], key);
        if (sg_strindex_put(new_keys, key, i) < 0)
            goto out;
    }
    /* Union actor index of old actor i is i: old actors come first. */
    for (size_t i = 0; i < old_model->tie_count; i++) {
        const struct sg_tie *tie = &old_model->ties[i];
        sg_compare_tie_key(old_model, tie, key);
        long found = sg_strindex_get(new_keys, key);
        struct sg_diff_tie *d = &diff->ties[diff->tie_count++];
        *d = (struct sg_diff_tie){
            i, SG_ABSENT, tie->source, tie->target, tie->type, SG_CHANGE_REMOVED, 0};
        if (found >= 0) {
            d->new_tie = (size_t)found;
            d->change = SG_CHANGE_KEPT;
            old_of_new[found] = i;
            diff->kept_ties++;
            if (fabs(new_model->ties[found].weight - tie->weight) > 1e-12)
                diff->weight_changes++;
        } else {
            diff->removed_ties++;
        }
    }
    for (size_t i = 0; i < new_model->tie_count; i++) {
        if (old_of_new[i] != SG_ABSENT)
            continue;
        const struct sg_tie *tie = &new_model->ties[i];
        diff->ties[diff->tie_count++] = (struct sg_diff_tie){
            SG_ABSENT,       i, union_of_new[tie->source], union_of_new[tie->target], tie->type,
            SG_CHANGE_ADDED, 0};
        diff->added_ties++;
    }
    err = SG_OK;
out:
    free(old_of_new);
    sg_strindex_free(new_keys);
    return err;
}

/* Net stance (support - criticism) of every ordered pair that has one, per snapshot. */
struct pair_nets {
    struct sg_strindex *index; /* pair key -> slot */
    double *net;
    size_t *first_tie; /* first tie of the pair, for ordering */
};

static int collect_nets(const struct sg_model *model, struct pair_nets *nets)
{
    char key[KEY_SIZE];
    nets->index = sg_strindex_new(model->tie_count);
    nets->net = calloc(model->tie_count + 1, sizeof *nets->net);
    nets->first_tie = calloc(model->tie_count + 1, sizeof *nets->first_tie);
    if (!nets->index || !nets->net || !nets->first_tie)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        if (tie->type == SG_STANCE_NEGOTIATION)
            continue;
        pair_key(model, tie->source, tie->target, key);
        size_t slot = sg_strindex_count(nets->index);
        long stored = sg_strindex_put(nets->index, key, slot);
        if (stored < 0)
            return SG_ERR_NOMEM;
        if ((size_t)stored == slot)
            nets->first_tie[slot] = i;
        nets->net[stored] += tie->type == SG_STANCE_SUPPORT ? tie->weight : -tie->weight;
    }
    return SG_OK;
}

static void free_nets(struct pair_nets *nets)
{
    sg_strindex_free(nets->index);
    free(nets->net);
    free(nets->first_tie);
}

static int sign_of(double value)
{
    return value > 1e-12 ? 1 : value < -1e-12 ? -1 : 0;
}

static int find_flips(struct sg_diff *diff)
{
    const struct sg_model *old_model = diff->old_model, *new_model = diff->new_model;
    struct pair_nets old_nets = {0}, new_nets = {0};
    char key[KEY_SIZE];
    int err = collect_nets(old_model, &old_nets);
    if (!err)
        err = collect_nets(new_model, &new_nets);
    if (err)
        goto out;
    size_t pairs = sg_strindex_count(old_nets.index);
    for (size_t slot = 0; slot < pairs; slot++) {
        const struct sg_tie *tie = &old_model->ties[old_nets.first_tie[slot]];
        pair_key(old_model, tie->source, tie->target, key);
        long other = sg_strindex_get(new_nets.index, key);
        if (other < 0)
            continue;
        double before = old_nets.net[slot], after = new_nets.net[other];
        if (sign_of(before) == 0 || sign_of(after) == 0 || sign_of(before) == sign_of(after))
            continue;
        diff->flips[diff->flip_count++] =
            (struct sg_diff_flip){tie->source, tie->target, before, after};
    }
    /* Mark the tie that carries each flipped pair's new stance. */
    for (size_t f = 0; f < diff->flip_count; f++) {
        enum sg_stance now = diff->flips[f].new_net > 0 ? SG_STANCE_SUPPORT : SG_STANCE_CRITICISM;
        for (size_t t = 0; t < diff->tie_count; t++) {
            struct sg_diff_tie *d = &diff->ties[t];
            if (d->type == now && d->new_tie != SG_ABSENT && d->source == diff->flips[f].source &&
                d->target == diff->flips[f].target)
                d->flipped = 1;
        }
    }
out:
    free_nets(&old_nets);
    free_nets(&new_nets);
    return err;
}

static int rank_metrics(const struct sg_metrics *metrics, size_t **ranks_out)
{
    size_t n = metrics->actor_count;
    size_t *ranks = calloc(sg_metric_count * n + 1, sizeof *ranks);
    double *values = malloc((n + 1) * sizeof *values);
    int err = ranks && values ? SG_OK : SG_ERR_NOMEM;
    for (size_t m = 0; !err && m < sg_metric_count; m++) {
        for (size_t i = 0; i < n; i++)
            values[i] = comparable(sg_metric_value(&metrics->actors[i], m));
        err = sg_stats_ranks_descending(values, n, ranks + m * n);
    }
    free(values);
    if (err) {
        free(ranks);
        return err;
    }
    *ranks_out = ranks;
    return SG_OK;
}

struct ordered_value {
    double value;
    size_t index;
};

static int compare_ordered(const void *left, const void *right)
{
    const struct ordered_value *a = left, *b = right;
    return sg_stats_compare_ranked(a->value, a->index, b->value, b->index);
}

/* Marks the first k actors by metric m: larger values first, then input order. */
static int mark_top(const struct sg_metrics *metrics, size_t m, size_t k, char *marked)
{
    size_t n = metrics->actor_count;
    struct ordered_value *order = malloc((n + 1) * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        order[i] = (struct ordered_value){comparable(sg_metric_value(&metrics->actors[i], m)), i};
        marked[i] = 0;
    }
    qsort(order, n, sizeof *order, compare_ordered);
    for (size_t i = 0; i < k && i < n; i++)
        marked[order[i].index] = 1;
    free(order);
    return SG_OK;
}

/* Counts the actors (matched by id) among the first k of both snapshots by metric m. */
static int top_common(const struct sg_diff *diff, size_t m, size_t k, size_t *common)
{
    char *in_old = malloc(diff->old_metrics->actor_count + 1);
    char *in_new = malloc(diff->new_metrics->actor_count + 1);
    int err = in_old && in_new ? SG_OK : SG_ERR_NOMEM;
    if (!err)
        err = mark_top(diff->old_metrics, m, k, in_old);
    if (!err)
        err = mark_top(diff->new_metrics, m, k, in_new);
    *common = 0;
    for (size_t a = 0; !err && a < diff->actor_count; a++) {
        const struct sg_diff_actor *actor = &diff->actors[a];
        if (actor->old_index != SG_ABSENT && actor->new_index != SG_ABSENT &&
            in_old[actor->old_index] && in_new[actor->new_index])
            (*common)++;
    }
    free(in_old);
    free(in_new);
    return err;
}

static int similarity(struct sg_diff *diff)
{
    const struct sg_model *old_model = diff->old_model, *new_model = diff->new_model;
    struct sg_diff_similarity *s = &diff->similarity;
    struct sg_strindex *old_arcs = sg_strindex_new(2 * old_model->tie_count);
    struct sg_strindex *new_arcs = sg_strindex_new(2 * new_model->tie_count);
    size_t common = diff->actor_count - diff->added_actors - diff->removed_actors;
    double *x = malloc((common + 1) * sizeof *x), *y = malloc((common + 1) * sizeof *y);
    char key[KEY_SIZE];
    int err = SG_ERR_NOMEM;
    if (!old_arcs || !new_arcs || !x || !y)
        goto out;
    if (index_arcs(old_model, old_arcs) || index_arcs(new_model, new_arcs))
        goto out;
    size_t arcs_in_both = 0;
    for (size_t i = 0; i < old_model->tie_count; i++) {
        const struct sg_tie *tie = &old_model->ties[i];
        for (int reverse = 0; reverse < 1 + (tie->type == SG_STANCE_NEGOTIATION); reverse++) {
            size_t from = reverse ? tie->target : tie->source,
                   to = reverse ? tie->source : tie->target;
            pair_key(old_model, from, to, key);
            /* Count each arc once: only at the first tie that produced it. */
            if ((size_t)sg_strindex_get(old_arcs, key) == i && sg_strindex_get(new_arcs, key) >= 0)
                arcs_in_both++;
        }
    }
    s->jaccard_arcs =
        jaccard(arcs_in_both, sg_strindex_count(old_arcs), sg_strindex_count(new_arcs));
    s->jaccard_ties = jaccard(diff->kept_ties, old_model->tie_count, new_model->tie_count);

    s->common_actors = common;
    for (int which = 0; which < 2; which++) {
        size_t m = (size_t)sg_metric_find(which ? "betweenness" : "pagerank");
        size_t n = 0;
        for (size_t a = 0; a < diff->actor_count; a++) {
            const struct sg_diff_actor *actor = &diff->actors[a];
            if (actor->old_index == SG_ABSENT || actor->new_index == SG_ABSENT)
                continue;
            x[n] = comparable(sg_metric_value(&diff->old_metrics->actors[actor->old_index], m));
            y[n] = comparable(sg_metric_value(&diff->new_metrics->actors[actor->new_index], m));
            n++;
        }
        double tau = 0;
        int defined = sg_stats_kendall_tau_b(x, y, n, &tau) == 0;
        if (which) {
            s->tau_betweenness_defined = defined;
            s->tau_betweenness = tau;
        } else {
            s->tau_pagerank_defined = defined;
            s->tau_pagerank = tau;
        }
    }
    s->top_k = SG_COMPARE_TOP_K;
    if (old_model->actor_count < s->top_k)
        s->top_k = old_model->actor_count;
    if (new_model->actor_count < s->top_k)
        s->top_k = new_model->actor_count;
    err = top_common(diff, (size_t)sg_metric_find("pagerank"), s->top_k, &s->top_common_pagerank);
    if (!err)
        err = top_common(diff, (size_t)sg_metric_find("betweenness"), s->top_k,
                         &s->top_common_betweenness);
out:
    sg_strindex_free(old_arcs);
    sg_strindex_free(new_arcs);
    free(x);
    free(y);
    return err;
}

/* The camps of actor a in both snapshots; 0 when it is missing from either or has no camp in
 * either. */
static int camps_of(const struct sg_diff *diff, size_t a, size_t *before, size_t *after)
{
    const struct sg_diff_actor *actor = &diff->actors[a];
    if (actor->old_index == SG_ABSENT || actor->new_index == SG_ABSENT)
        return 0;
    double old_camp = diff->old_metrics->actors[actor->old_index].camp;
    double new_camp = diff->new_metrics->actors[actor->new_index].camp;
    if (isnan(old_camp) || isnan(new_camp))
        return 0;
    *before = (size_t)old_camp;
    *after = (size_t)new_camp;
    return 1;
}

static int find_camp_switches(struct sg_diff *diff)
{
    size_t old_camps = diff->old_metrics->graph.camps, new_camps = diff->new_metrics->graph.camps;
    size_t *overlap = calloc((old_camps + 1) * (new_camps + 1), sizeof *overlap);
    size_t *match = calloc(old_camps + 1, sizeof *match);
    diff->camp_switches = malloc((diff->actor_count + 1) * sizeof *diff->camp_switches);
    if (!overlap || !match || !diff->camp_switches) {
        free(overlap);
        free(match);
        return SG_ERR_NOMEM;
    }
    size_t before, after;
    for (size_t a = 0; a < diff->actor_count; a++)
        if (camps_of(diff, a, &before, &after))
            overlap[before * (new_camps + 1) + after]++;
    for (size_t c = 1; c <= old_camps; c++)
        for (size_t d = 1; d <= new_camps; d++)
            if (overlap[c * (new_camps + 1) + d] > overlap[c * (new_camps + 1) + match[c]])
                match[c] = d;
    for (size_t a = 0; a < diff->actor_count; a++)
        if (camps_of(diff, a, &before, &after) && match[before] != after)
            diff->camp_switches[diff->camp_switch_count++] = a;
    free(overlap);
    free(match);
    return SG_OK;
}

int sg_compare(const struct sg_model *old_model, const struct sg_metrics *old_metrics,
               const struct sg_model *new_model, const struct sg_metrics *new_metrics,
               struct sg_diff *diff)
{
    size_t *union_of_new = NULL;
    memset(diff, 0, sizeof *diff);
    diff->old_model = old_model;
    diff->new_model = new_model;
    diff->old_metrics = old_metrics;
    diff->new_metrics = new_metrics;
    diff->actors =
        calloc(old_model->actor_count + new_model->actor_count + 1, sizeof *diff->actors);
    diff->ties = calloc(old_model->tie_count + new_model->tie_count + 1, sizeof *diff->ties);
    diff->flips = calloc(old_model->tie_count + 1, sizeof *diff->flips);
    union_of_new = malloc((new_model->actor_count + 1) * sizeof *union_of_new);
    int err = SG_ERR_NOMEM;
    if (!diff->actors || !diff->ties || !diff->flips || !union_of_new)
        goto out;
    err = match_actors(diff, union_of_new);
    if (!err)
        err = match_ties(diff, union_of_new);
    if (!err)
        err = find_flips(diff);
    if (!err)
        err = rank_metrics(old_metrics, &diff->old_ranks);
    if (!err)
        err = rank_metrics(new_metrics, &diff->new_ranks);
    if (!err)
        err = similarity(diff);
    if (!err)
        err = find_camp_switches(diff);
out:
    free(union_of_new);
    if (err)
        sg_diff_destroy(diff);
    return err;
}

void sg_diff_destroy(struct sg_diff *diff)
{
    if (!diff)
        return;
    free(diff->actors);
    free(diff->ties);
    free(diff->flips);
    free(diff->camp_switches);
    free(diff->old_ranks);
    free(diff->new_ranks);
    memset(diff, 0, sizeof *diff);
}
