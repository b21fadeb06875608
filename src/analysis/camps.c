/*
 * Camps of the signed graph: per connected component, igraph's spinglass with negative weights
 * (up to SG_SIGNED_SPINGLASS_LIMIT actors) or signed-modularity local moving (larger ones), on
 * a vertex order sorted by actor id, with a fixed seed: reproducible, and independent of input
 * order. Then the camps' quality (signed modularity, breaking pairs, polarization) and the
 * brokers who negotiate across them.
 */
#include "analysis/signed.h"
#include "analysis/signed_graph.h"

#include "analysis/graph.h"
#include "base/diag.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Runs spinglass on the component whose members (sorted by id) are given; writes a raw camp
 * label per member into raw, offset by first_label, and sets *labels_used to the number of
 * labels used. Returns 0 or SG_ERR_LIBRARY (reported). */
static int spinglass_component(const struct sg_signed_graph *g, const size_t *members, size_t k,
                               const size_t *position, long first_label, long *raw,
                               long *labels_used)
{
    igraph_vector_int_t edges, membership;
    igraph_vector_t weights;
    igraph_t graph;
    igraph_real_t modularity, temperature;
    int err = SG_ERR_LIBRARY, e_ok = 0, w_ok = 0, m_ok = 0, g_ok = 0;
    if (igraph_vector_int_init(&edges, 0))
        return SG_ERR_LIBRARY;
    e_ok = 1;
    if (igraph_vector_init(&weights, 0))
        goto out;
    w_ok = 1;
    if (igraph_vector_int_init(&membership, 0))
        goto out;
    m_ok = 1;
    /* Edges in the order of sorted positions, so input order cannot change the result. */
    for (size_t i = 0; i < k; i++) {
        size_t u = members[i];
        for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
            size_t v = g->neighbours[e];
            if (position[v] <= position[u])
                continue;
            if (igraph_vector_int_push_back(&edges, (igraph_integer_t)i) ||
                igraph_vector_int_push_back(&edges, (igraph_integer_t)position[v]) ||
                igraph_vector_push_back(&weights, g->weights[e]))
                goto out;
        }
    }
    if (igraph_create(&graph, &edges, (igraph_integer_t)k, IGRAPH_UNDIRECTED))
        goto out;
    g_ok = 1;
    igraph_rng_seed(igraph_rng_default(), SG_SIGNED_SEED);
    igraph_integer_t spins = (igraph_integer_t)(k < 25 ? k : 25);
    if (igraph_community_spinglass(&graph, &weights, &modularity, &temperature, &membership, NULL,
                                   spins, 0, 1.0, 0.01, 0.99, IGRAPH_SPINCOMM_UPDATE_CONFIG, 1.0,
                                   IGRAPH_SPINCOMM_IMP_NEG, 1.0))
        goto out;
    long largest = -1;
    for (size_t i = 0; i < k; i++) {
        long label = (long)VECTOR(membership)[i];
        raw[members[i]] = first_label + label;
        if (label > largest)
            largest = label;
    }
    *labels_used = largest + 1;
    err = SG_OK;
out:
    if (g_ok)
        igraph_destroy(&graph);
    if (m_ok)
        igraph_vector_int_destroy(&membership);
    if (w_ok)
        igraph_vector_destroy(&weights);
    if (e_ok)
        igraph_vector_int_destroy(&edges);
    if (err)
        sg_graph_report_failure("finding camps");
    return err;
}

/*
 * Camps of a large component by local moving on signed modularity (the first phase of
 * Blondel et al.'s method, with Gomez et al.'s signed modularity): every actor starts alone;
 * sweeps in id order move each actor to the neighbouring camp that raises
 *   gain(X) = w(i, X) - s+_i S+_X / (2w+) + s-_i S-_X / (2w-)
 * the most (w(i, X) the signed weight from i into X, S+_X and S-_X the positive and negative
 * strength of X without i), until a sweep moves nobody (at most 100 sweeps). Deterministic.
 * Actors and camps are numbered 0..k-1 by their position among the members.
 */
struct local_moving {
    const struct sg_signed_graph *g;
    const size_t *members, *position;
    size_t k;
    long *camp;                     /* per actor */
    double *plus, *minus;           /* per actor: positive and negative strength */
    double *camp_plus;              /* per camp: positive strength S+ */
    double *camp_minus;             /* per camp: negative strength S- */
    double *link;                   /* per camp: signed weight from the actor moved into it */
    long *touched;                  /* the camps whose link is set */
    double total_plus, total_minus; /* 2w+ and 2w- */
};

static void local_moving_free(struct local_moving *lm)
{
    free(lm->camp);
    free(lm->plus);
    free(lm->minus);
    free(lm->camp_plus);
    free(lm->camp_minus);
    free(lm->link);
    free(lm->touched);
}

static int local_moving_alloc(struct local_moving *lm, size_t k)
{
    lm->camp = malloc((k + 1) * sizeof *lm->camp);
    lm->plus = calloc(k + 1, sizeof *lm->plus);
    lm->minus = calloc(k + 1, sizeof *lm->minus);
    lm->camp_plus = calloc(k + 1, sizeof *lm->camp_plus);
    lm->camp_minus = calloc(k + 1, sizeof *lm->camp_minus);
    lm->link = calloc(k + 1, sizeof *lm->link);
    lm->touched = malloc((k + 1) * sizeof *lm->touched);
    if (!lm->camp || !lm->plus || !lm->minus || !lm->camp_plus || !lm->camp_minus || !lm->link ||
        !lm->touched)
        return SG_ERR_NOMEM;
    return SG_OK;
}

/* Every actor alone in its camp, with its strengths and the totals. */
static void local_moving_start(struct local_moving *lm)
{
    const struct sg_signed_graph *g = lm->g;
    for (size_t i = 0; i < lm->k; i++) {
        size_t u = lm->members[i];
        lm->camp[i] = (long)i;
        for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
            if (g->weights[e] > 0)
                lm->plus[i] += g->weights[e];
            else
                lm->minus[i] -= g->weights[e];
        }
        lm->camp_plus[i] = lm->plus[i];
        lm->camp_minus[i] = lm->minus[i];
        lm->total_plus += lm->plus[i];
        lm->total_minus += lm->minus[i];
    }
}

/* Sets link[] to the signed weight from actor i into each neighbouring camp; returns how many
 * camps it touched (listed in touched[]). */
static size_t local_moving_links(struct local_moving *lm, size_t i)
{
    const struct sg_signed_graph *g = lm->g;
    size_t u = lm->members[i], touched_count = 0;
    for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
        long c = lm->camp[lm->position[g->neighbours[e]]];
        if (lm->link[c] == 0)
            lm->touched[touched_count++] = c;
        lm->link[c] += g->weights[e];
        if (lm->link[c] == 0)
            lm->link[c] = 1e-300; /* keep it marked as touched */
    }
    return touched_count;
}

/* gain(c) of the comment above for actor i, taken out of its camp. */
static double local_moving_gain(const struct local_moving *lm, size_t i, long c)
{
    return lm->link[c] -
           (lm->total_plus > 0 ? lm->plus[i] * lm->camp_plus[c] / lm->total_plus : 0) +
           (lm->total_minus > 0 ? lm->minus[i] * lm->camp_minus[c] / lm->total_minus : 0);
}

/* Moves actor i to its best camp; returns whether it changed camp. */
static int local_moving_move(struct local_moving *lm, size_t i)
{
    size_t touched_count = local_moving_links(lm, i);
    long own = lm->camp[i], best = own;
    int moved = 0;
    /* Take the actor out of its camp, then find the best camp to put it in. */
    lm->camp_plus[own] -= lm->plus[i];
    lm->camp_minus[own] -= lm->minus[i];
    double own_gain = local_moving_gain(lm, i, own), best_gain = own_gain;
    for (size_t t = 0; t < touched_count; t++) {
        long c = lm->touched[t];
        double gain = local_moving_gain(lm, i, c);
        if (gain > best_gain + 1e-12 || (fabs(gain - best_gain) <= 1e-12 && c < best)) {
            best_gain = gain;
            best = c;
        }
    }
    if (best != own && best_gain > own_gain + 1e-12) {
        lm->camp[i] = best;
        moved = 1;
    }
    lm->camp_plus[lm->camp[i]] += lm->plus[i];
    lm->camp_minus[lm->camp[i]] += lm->minus[i];
    for (size_t t = 0; t < touched_count; t++)
        lm->link[lm->touched[t]] = 0;
    return moved;
}

/* Relabels the camps used, in order of first member, into raw from first_label on. */
static int local_moving_relabel(const struct local_moving *lm, long first_label, long *raw,
                                long *labels_used)
{
    long *label = malloc((lm->k + 1) * sizeof *label);
    if (!label)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < lm->k; i++)
        label[i] = -1;
    long used = 0;
    for (size_t i = 0; i < lm->k; i++) {
        if (label[lm->camp[i]] < 0)
            label[lm->camp[i]] = used++;
        raw[lm->members[i]] = first_label + label[lm->camp[i]];
    }
    free(label);
    *labels_used = used;
    return SG_OK;
}

/* Writes a raw camp label per member into raw, offset by first_label, and sets *labels_used to
 * the number of labels used. Returns 0 or SG_ERR_NOMEM (not reported). */
static int local_moving_component(const struct sg_signed_graph *g, const size_t *members, size_t k,
                                  const size_t *position, long first_label, long *raw,
                                  long *labels_used)
{
    struct local_moving lm = {.g = g, .members = members, .position = position, .k = k};
    int err = local_moving_alloc(&lm, k);
    if (!err) {
        local_moving_start(&lm);
        for (int sweep = 0; sweep < 100; sweep++) {
            int moved = 0;
            for (size_t i = 0; i < k; i++)
                moved |= local_moving_move(&lm, i);
            if (!moved)
                break;
        }
        err = local_moving_relabel(&lm, first_label, raw, labels_used);
    }
    local_moving_free(&lm);
    return err;
}

struct camp_rank {
    long raw;
    size_t size;
    const char *first_id;
};

static int compare_camps(const void *left, const void *right)
{
    const struct camp_rank *a = left, *b = right;
    if (a->size != b->size)
        return a->size > b->size ? -1 : 1;
    return strcmp(a->first_id, b->first_id);
}

/*
 * Camps: per component, the obvious answer for 1 or 2 actors, else spinglass (up to
 * SG_SIGNED_SPINGLASS_LIMIT actors) or local moving. Camps are then numbered by size (largest
 * first), ties by their alphabetically first actor id. An actor alone in its component (no
 * support or criticism tie) has no camp: NaN.
 */
int sg_signed_find_camps(const struct sg_model *model, const size_t *actor_of,
                         const struct sg_signed_graph *g, const struct sg_signed_parts *parts,
                         double *camp_of)
{
    size_t n = g->n;
    size_t *position = malloc((n + 1) * sizeof *position);
    long *raw = malloc((n + 1) * sizeof *raw);
    struct camp_rank *camps = calloc(n + 1, sizeof *camps);
    long next_label = 0;
    int err = SG_ERR_NOMEM;
    if (!position || !raw || !camps)
        goto out;
    err = SG_OK;
    /* Vertices are numbered in id order, so members come sorted by id. */
    for (size_t c = 0; c < parts->count && !err; c++) {
        const size_t *members = parts->members + parts->start[c];
        size_t k = parts->start[c + 1] - parts->start[c];
        if (k == 1) {
            raw[members[0]] = -1; /* no support or criticism tie: no camp */
        } else if (k == 2) {
            size_t a = members[0], b = members[1];
            const struct sg_signed_pair *p = sg_signed_graph_find(g, a, b);
            raw[a] = next_label;
            raw[b] = p && p->weight < 0 ? next_label + 1 : next_label;
            next_label += p && p->weight < 0 ? 2 : 1;
        } else {
            for (size_t i = 0; i < k; i++)
                position[members[i]] = i; /* component-local numbering */
            long used = 0;
            err = k <= SG_SIGNED_SPINGLASS_LIMIT
                      ? spinglass_component(g, members, k, position, next_label, raw, &used)
                      : local_moving_component(g, members, k, position, next_label, raw, &used);
            next_label += used;
        }
    }
    if (err)
        goto out;
    /* Rank camps by size, then first id (vertices in id order: the first seen is smallest). */
    for (size_t v = 0; v < n; v++) {
        if (raw[v] < 0)
            continue;
        struct camp_rank *c = &camps[raw[v]];
        c->raw = raw[v];
        if (c->size++ == 0)
            c->first_id = model->actors[actor_of[v]].id;
    }
    size_t used = 0;
    for (long label = 0; label < next_label; label++)
        if (camps[label].size > 0)
            camps[used++] = camps[label];
    qsort(camps, used, sizeof *camps, compare_camps);
    long *number = calloc((size_t)next_label + 1, sizeof *number);
    if (!number) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    for (size_t r = 0; r < used; r++)
        number[camps[r].raw] = (long)r + 1;
    for (size_t v = 0; v < n; v++)
        camp_of[v] = raw[v] < 0 ? NAN : (double)number[raw[v]];
    free(number);
out:
    free(position);
    free(raw);
    free(camps);
    return err;
}

/* Signed modularity, breaking pairs and polarization of the camps (docs/SIGNED.md). */
int sg_signed_camp_quality(const struct sg_signed_graph *g, const double *camp_of, size_t camps,
                           struct sg_graph_metrics *out)
{
    double total_positive = 0, total_negative = 0, within = 0;
    double positive_within = 0, negative_between = 0;
    double *strength_positive = calloc(camps + 1, sizeof(double));
    double *strength_negative = calloc(camps + 1, sizeof(double));
    if (!strength_positive || !strength_negative) {
        free(strength_positive);
        free(strength_negative);
        return SG_ERR_NOMEM;
    }
    out->camp_breaking_pairs = 0;
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct sg_signed_pair *p = &g->pairs[i];
        int same = camp_of[p->u] == camp_of[p->v];
        double w = fabs(p->weight);
        size_t cu = (size_t)camp_of[p->u], cv = (size_t)camp_of[p->v];
        if (p->weight > 0) {
            total_positive += w;
            positive_within += same ? w : 0;
            strength_positive[cu] += w;
            strength_positive[cv] += w;
        } else {
            total_negative += w;
            negative_between += same ? 0 : w;
            strength_negative[cu] += w;
            strength_negative[cv] += w;
        }
        within += same ? p->weight : 0;
        out->camp_breaking_pairs += p->weight > 0 ? !same : same;
    }
    if (g->pair_count == 0) {
        out->camp_modularity = NAN;
    } else {
        /* Q = [2 W_in - sum_c (S+_c)^2 / (2w+) + sum_c (S-_c)^2 / (2w-)] / (2w+ + 2w-),
         * with S+_c the positive strength of camp c and 2w+ the sum of all positive
         * strengths (twice the positive weight); terms of an absent sign drop out. */
        double q = 2.0 * within;
        for (size_t c = 1; c <= camps; c++) {
            if (total_positive > 0)
                q -= strength_positive[c] * strength_positive[c] / (2.0 * total_positive);
            if (total_negative > 0)
                q += strength_negative[c] * strength_negative[c] / (2.0 * total_negative);
        }
        out->camp_modularity = q / (2.0 * (total_positive + total_negative));
    }
    /* Polarization: the share of criticism running between camps times the share of support
     * staying inside them; 0 without criticism (nobody is opposed). */
    double across = total_negative > 0 ? negative_between / total_negative : 0.0;
    double inside = total_positive > 0 ? positive_within / total_positive : 1.0;
    out->polarization = across * inside;
    free(strength_positive);
    free(strength_negative);
    return SG_OK;
}

void sg_signed_brokers(const struct sg_model *model, struct sg_metrics *metrics)
{
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        if (tie->type != SG_STANCE_NEGOTIATION)
            continue;
        struct sg_actor_metrics *a = &metrics->actors[tie->source];
        struct sg_actor_metrics *b = &metrics->actors[tie->target];
        if (a->camp == b->camp)
            continue;
        a->broker_ties += 1;
        b->broker_ties += 1;
        a->broker_weight += tie->weight;
        b->broker_weight += tie->weight;
    }
}
