/*
 * Signed measures. The undirected signed graph is kept as an edge list and adjacency arrays;
 * dense matrices are built only for PN centrality and walk balance (LAPACK through igraph).
 * Camps come from igraph's spinglass with negative weights, run per connected component on a
 * vertex order sorted by actor id, with a fixed seed: reproducible, and independent of input
 * order.
 */
#include "analysis/signed.h"

#include "analysis/graph.h"
#include "base/diag.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An undirected signed pair u < v, or a directed one u -> v. */
struct signed_pair {
    size_t u, v;
    double weight; /* support - criticism */
};

struct signed_graph {
    size_t n;
    struct signed_pair *pairs; /* undirected, |weight| > 0, sorted by (u, v) */
    size_t pair_count;
    struct signed_pair *arcs; /* directed, |weight| > 0, sorted by (u, v) */
    size_t arc_count;
    size_t *offsets;    /* adjacency of the undirected pairs: CSR offsets (n + 1) */
    size_t *neighbours; /* neighbour vertex */
    int *signs;         /* +1 / -1 */
};

static int compare_pairs(const void *left, const void *right)
{
    const struct signed_pair *a = left, *b = right;
    if (a->u != b->u)
        return a->u < b->u ? -1 : 1;
    if (a->v != b->v)
        return a->v < b->v ? -1 : 1;
    return 0;
}

/* Sorts and merges equal (u, v) entries, summing weights, dropping zero sums. */
static size_t merge_pairs(struct signed_pair *pairs, size_t count)
{
    size_t kept = 0;
    if (count == 0)
        return 0;
    qsort(pairs, count, sizeof *pairs, compare_pairs);
    for (size_t i = 0; i < count; i++) {
        if (kept > 0 && pairs[kept - 1].u == pairs[i].u && pairs[kept - 1].v == pairs[i].v)
            pairs[kept - 1].weight += pairs[i].weight;
        else
            pairs[kept++] = pairs[i];
    }
    size_t nonzero = 0;
    for (size_t i = 0; i < kept; i++)
        if (fabs(pairs[i].weight) > 1e-12)
            pairs[nonzero++] = pairs[i];
    return nonzero;
}

static void signed_graph_free(struct signed_graph *g)
{
    free(g->pairs);
    free(g->arcs);
    free(g->offsets);
    free(g->neighbours);
    free(g->signs);
    memset(g, 0, sizeof *g);
}

static int signed_graph_build(const struct sg_model *model, const size_t *vertex_of,
                              struct signed_graph *g)
{
    memset(g, 0, sizeof *g);
    g->n = model->actor_count;
    g->pairs = malloc((model->tie_count + 1) * sizeof *g->pairs);
    g->arcs = malloc((model->tie_count + 1) * sizeof *g->arcs);
    g->offsets = calloc(g->n + 1, sizeof *g->offsets);
    if (!g->pairs || !g->arcs || !g->offsets)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->tie_count; i++) {
        const struct sg_tie *tie = &model->ties[i];
        if (tie->type == SG_STANCE_NEGOTIATION)
            continue;
        double w = tie->type == SG_STANCE_SUPPORT ? tie->weight : -tie->weight;
        size_t source = vertex_of[tie->source], target = vertex_of[tie->target];
        size_t lo = source < target ? source : target;
        size_t hi = source < target ? target : source;
        g->pairs[g->pair_count++] = (struct signed_pair){lo, hi, w};
        g->arcs[g->arc_count++] = (struct signed_pair){source, target, w};
    }
    g->pair_count = merge_pairs(g->pairs, g->pair_count);
    g->arc_count = merge_pairs(g->arcs, g->arc_count);

    g->neighbours = malloc((2 * g->pair_count + 1) * sizeof *g->neighbours);
    g->signs = malloc((2 * g->pair_count + 1) * sizeof *g->signs);
    size_t *fill = calloc(g->n + 1, sizeof *fill);
    if (!g->neighbours || !g->signs || !fill) {
        free(fill);
        return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < g->pair_count; i++) {
        g->offsets[g->pairs[i].u + 1]++;
        g->offsets[g->pairs[i].v + 1]++;
    }
    for (size_t i = 0; i < g->n; i++)
        g->offsets[i + 1] += g->offsets[i];
    /* Pairs are sorted by (u, v), so each vertex's neighbours come out sorted too: first the
     * smaller ones (as v of earlier pairs), then the larger ones. */
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct signed_pair *p = &g->pairs[i];
        int sign = p->weight > 0 ? 1 : -1;
        size_t at = g->offsets[p->v] + fill[p->v]++;
        g->neighbours[at] = p->u;
        g->signs[at] = sign;
    }
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct signed_pair *p = &g->pairs[i];
        int sign = p->weight > 0 ? 1 : -1;
        size_t at = g->offsets[p->u] + fill[p->u]++;
        g->neighbours[at] = p->v;
        g->signs[at] = sign;
    }
    free(fill);
    return SG_OK;
}

/* ---- triangles ---- */

static void count_triangles(const struct signed_graph *g, struct sg_graph_metrics *out)
{
    size_t triangles = 0, balanced = 0;
    for (size_t i = 0; i < g->pair_count; i++) {
        size_t u = g->pairs[i].u, v = g->pairs[i].v;
        int uv = g->pairs[i].weight > 0 ? 1 : -1;
        /* Third vertices w > v adjacent to both: merge the two sorted neighbour lists. */
        size_t a = g->offsets[u], a_end = g->offsets[u + 1];
        size_t b = g->offsets[v], b_end = g->offsets[v + 1];
        while (a < a_end && b < b_end) {
            size_t x = g->neighbours[a], y = g->neighbours[b];
            if (x < y) {
                a++;
            } else if (y < x) {
                b++;
            } else {
                if (x > v) {
                    triangles++;
                    balanced += uv * g->signs[a] * g->signs[b] > 0;
                }
                a++;
                b++;
            }
        }
    }
    out->triangles = triangles;
    out->balanced_triangles = balanced;
    out->triangle_balance = triangles ? (double)balanced / (double)triangles : NAN;
}

/* ---- dense measures: PN centrality, walk balance ---- */

/* Fills a dense n x n matrix with P - 2N from pairs (directed: as given; else both ways). */
static void fill_pn_matrix(const struct signed_pair *pairs, size_t count, int symmetric,
                           igraph_matrix_t *a)
{
    igraph_matrix_null(a);
    for (size_t i = 0; i < count; i++) {
        double value = pairs[i].weight > 0 ? 1.0 : -2.0;
        MATRIX(*a, pairs[i].u, pairs[i].v) = value;
        if (symmetric)
            MATRIX(*a, pairs[i].v, pairs[i].u) = value;
    }
}

static int compare_by_target(const void *left, const void *right)
{
    const struct signed_pair *a = left, *b = right;
    if (a->v != b->v)
        return a->v < b->v ? -1 : 1;
    return a->u < b->u ? -1 : (a->u > b->u);
}

/*
 * The Gram product of the sparse matrix A = P - 2N given by arcs (u -> v): with by_target,
 * A A^T (entries sum over shared targets), else A^T A (over shared sources). Sparse: the
 * work is the sum over targets (sources) of their squared in-degree (out-degree).
 */
static int gram(const struct signed_pair *arcs, size_t count, int by_target, igraph_matrix_t *p)
{
    struct signed_pair *sorted = malloc((count + 1) * sizeof *sorted);
    if (!sorted)
        return SG_ERR_NOMEM;
    memcpy(sorted, arcs, count * sizeof *sorted);
    if (by_target)
        qsort(sorted, count, sizeof *sorted, compare_by_target);
    igraph_matrix_null(p);
    for (size_t start = 0; start < count;) {
        size_t end = start;
        size_t key = by_target ? sorted[start].v : sorted[start].u;
        while (end < count && (by_target ? sorted[end].v : sorted[end].u) == key)
            end++;
        for (size_t x = start; x < end; x++)
            for (size_t y = start; y < end; y++) {
                size_t i = by_target ? sorted[x].u : sorted[x].v;
                size_t j = by_target ? sorted[y].u : sorted[y].v;
                double a = sorted[x].weight > 0 ? 1.0 : -2.0, b = sorted[y].weight > 0 ? 1.0 : -2.0;
                MATRIX(*p, i, j) += a * b;
            }
        start = end;
    }
    free(sorted);
    return SG_OK;
}

/* Solves m x = b (b overwritten with x). Returns 0, SG_ERR_DATA when m is singular, or
 * SG_ERR_LIBRARY. */
static int solve(igraph_matrix_t *m, igraph_matrix_t *b)
{
    igraph_vector_int_t pivots;
    int info = 0;
    if (igraph_vector_int_init(&pivots, igraph_matrix_nrow(m)))
        return SG_ERR_LIBRARY;
    sg_graph_quiet_warnings(1);
    igraph_error_t status = igraph_lapack_dgesv(m, &pivots, b, &info);
    sg_graph_quiet_warnings(0);
    igraph_vector_int_destroy(&pivots);
    if (status)
        return SG_ERR_LIBRARY;
    return info != 0 ? SG_ERR_DATA : SG_OK;
}

/* y = A x (transpose: A^T x) for the sparse A = P - 2N of pairs (symmetric: both ways). */
static void multiply(const struct signed_pair *pairs, size_t count, int symmetric, int transpose,
                     const double *x, double *y, size_t n)
{
    memset(y, 0, n * sizeof *y);
    for (size_t e = 0; e < count; e++) {
        double a = pairs[e].weight > 0 ? 1.0 : -2.0;
        size_t row = transpose ? pairs[e].v : pairs[e].u,
               column = transpose ? pairs[e].u : pairs[e].v;
        y[row] += a * x[column];
        if (symmetric)
            y[column] += a * x[row];
    }
}

/*
 * PN centrality by fixed-point iteration on the sparse matrix, O(arcs) per step:
 *   undirected: x = 1 + A x / (2n-2)
 *   out:        x = c + A A^T x / (4(n-1)^2), c = (I + A/(2n-2)) 1;  in: with A^T for A.
 * The iteration contracts when the spectral radius of the scaled matrix is below 1, which
 * holds for the sparse graphs of news data. Returns 0 when it converged (relative change
 * below 1e-14), -1 when it did not within 10000 steps (the caller falls back to a dense solve
 * for small graphs, null otherwise).
 */
static int pn_iterate(const struct signed_graph *g, int mode, double *x)
{
    size_t n = g->n;
    double scale = 1.0 / (2.0 * (double)n - 2.0);
    double *c = malloc((n + 1) * sizeof *c), *y = malloc((n + 1) * sizeof *y);
    double *z = malloc((n + 1) * sizeof *z), *ones = malloc((n + 1) * sizeof *ones);
    int status = -1;
    if (!c || !y || !z || !ones)
        goto out;
    for (size_t i = 0; i < n; i++)
        ones[i] = 1.0;
    if (mode == 0) {
        for (size_t i = 0; i < n; i++)
            c[i] = 1.0;
    } else {
        /* out: c = 1 + A 1 scale; in: c = 1 + A^T 1 scale */
        multiply(g->arcs, g->arc_count, 0, mode == 2, ones, c, n);
        for (size_t i = 0; i < n; i++)
            c[i] = 1.0 + scale * c[i];
    }
    memcpy(x, c, n * sizeof *x);
    for (int step = 0; step < 10000; step++) {
        if (mode == 0) {
            multiply(g->pairs, g->pair_count, 1, 0, x, y, n);
            for (size_t i = 0; i < n; i++)
                y[i] = c[i] + scale * y[i];
        } else {
            /* out: A (A^T x); in: A^T (A x) */
            multiply(g->arcs, g->arc_count, 0, mode == 1, x, z, n);
            multiply(g->arcs, g->arc_count, 0, mode == 2, z, y, n);
            for (size_t i = 0; i < n; i++)
                y[i] = c[i] + scale * scale * y[i];
        }
        double change = 0.0, size = 0.0;
        for (size_t i = 0; i < n; i++) {
            change = fmax(change, fabs(y[i] - x[i]));
            size = fmax(size, fabs(y[i]));
        }
        memcpy(x, y, n * sizeof *x);
        if (!isfinite(size) || size > 1e100)
            break;
        if (change <= 1e-14 * size) {
            status = 0;
            break;
        }
    }
out:
    free(c);
    free(y);
    free(z);
    free(ones);
    return status;
}

/*
 * PN centrality (Everett and Borgatti 2014), A = P - 2N, n actors:
 *   undirected: PN = (I - A/(2n-2))^-1 1
 *   out:        PN = (I - A A^T/(4(n-1)^2))^-1 (I + A/(2n-2)) 1
 *   in:         the same with A^T for A.
 */
static int pn_centrality(const struct signed_graph *g, double *pn, double *pn_in, double *pn_out)
{
    size_t n = g->n;
    igraph_matrix_t a, m, b, product;
    int err = SG_ERR_LIBRARY, a_ok = 0, m_ok = 0, b_ok = 0, p_ok = 0;
    if (n == 1) {
        pn[0] = pn_in[0] = pn_out[0] = 1.0;
        return SG_OK;
    }
    double scale = 1.0 / (2.0 * (double)n - 2.0);
    if (igraph_matrix_init(&a, (igraph_integer_t)n, (igraph_integer_t)n))
        goto out;
    a_ok = 1;
    if (igraph_matrix_init(&m, (igraph_integer_t)n, (igraph_integer_t)n))
        goto out;
    m_ok = 1;
    if (igraph_matrix_init(&b, (igraph_integer_t)n, 1))
        goto out;
    b_ok = 1;
    if (igraph_matrix_init(&product, (igraph_integer_t)n, (igraph_integer_t)n))
        goto out;
    p_ok = 1;

    fill_pn_matrix(g->pairs, g->pair_count, 1, &a);
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++)
            MATRIX(m, i, j) = (i == j) - scale * MATRIX(a, i, j);
        MATRIX(b, i, 0) = 1.0;
    }
    int status = solve(&m, &b);
    if (status == SG_ERR_LIBRARY)
        goto out;
    for (size_t i = 0; i < n; i++)
        pn[i] = status ? NAN : MATRIX(b, i, 0);

    fill_pn_matrix(g->arcs, g->arc_count, 0, &a);
    for (int in = 0; in < 2; in++) {
        /* out uses A, in uses A^T: with B the one used, M = I - B B^T/(4(n-1)^2) and the
         * right-hand side is (I + B/(2n-2)) 1. */
        for (size_t i = 0; i < n; i++) {
            double row = 1.0;
            for (size_t j = 0; j < n; j++)
                row += scale * (in ? MATRIX(a, j, i) : MATRIX(a, i, j));
            MATRIX(b, i, 0) = row;
        }
        if (gram(g->arcs, g->arc_count, !in, &product) != SG_OK) {
            err = SG_ERR_NOMEM;
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                MATRIX(m, i, j) = (i == j) - scale * scale * MATRIX(product, i, j);
        status = solve(&m, &b);
        if (status == SG_ERR_LIBRARY)
            goto out;
        /* A singular system (two actors who criticise each other, say) has no PN: null. */
        for (size_t i = 0; i < n; i++) {
            double value = status ? NAN : MATRIX(b, i, 0);
            if (in)
                pn_in[i] = value;
            else
                pn_out[i] = value;
        }
    }
    err = SG_OK;
out:
    if (p_ok)
        igraph_matrix_destroy(&product);
    if (b_ok)
        igraph_matrix_destroy(&b);
    if (m_ok)
        igraph_matrix_destroy(&m);
    if (a_ok)
        igraph_matrix_destroy(&a);
    if (err)
        sg_graph_report_failure("computing PN centrality");
    return err;
}

/* log(sum(exp(values))) without overflow. */
static double log_sum_exp(const igraph_vector_t *values)
{
    double top = -INFINITY, sum = 0.0;
    for (igraph_integer_t i = 0; i < igraph_vector_size(values); i++)
        top = fmax(top, VECTOR(*values)[i]);
    for (igraph_integer_t i = 0; i < igraph_vector_size(values); i++)
        sum += exp(VECTOR(*values)[i] - top);
    return top + log(sum);
}

/* Walk balance (Estrada and Benzi 2014): tr exp(A) / tr exp(|A|), A the +-1 adjacency. */
static int walk_balance(const struct signed_graph *g, double *balance)
{
    size_t n = g->n;
    igraph_matrix_t a;
    igraph_vector_t values;
    double log_traces[2] = {0, 0};
    int err = SG_ERR_LIBRARY;
    if (igraph_matrix_init(&a, (igraph_integer_t)n, (igraph_integer_t)n))
        return SG_ERR_LIBRARY;
    if (igraph_vector_init(&values, 0)) {
        igraph_matrix_destroy(&a);
        return SG_ERR_LIBRARY;
    }
    for (int absolute = 0; absolute < 2; absolute++) {
        igraph_matrix_null(&a);
        for (size_t i = 0; i < g->pair_count; i++) {
            double s = absolute || g->pairs[i].weight > 0 ? 1.0 : -1.0;
            MATRIX(a, g->pairs[i].u, g->pairs[i].v) = s;
            MATRIX(a, g->pairs[i].v, g->pairs[i].u) = s;
        }
        if (igraph_lapack_dsyevr(&a, IGRAPH_LAPACK_DSYEV_ALL, 0, 0, 0, 0, 0, 1e-12, &values, NULL,
                                 NULL))
            goto out;
        log_traces[absolute] = log_sum_exp(&values);
    }
    *balance = exp(log_traces[0] - log_traces[1]);
    err = SG_OK;
out:
    igraph_vector_destroy(&values);
    igraph_matrix_destroy(&a);
    if (err)
        sg_graph_report_failure("computing walk balance");
    return err;
}

/* ---- components, frustration ---- */

/* Labels the connected components of the signed graph; returns their number. */
static size_t components(const struct signed_graph *g, size_t *component, size_t *stack)
{
    size_t count = 0;
    for (size_t i = 0; i < g->n; i++)
        component[i] = SIZE_MAX;
    for (size_t start = 0; start < g->n; start++) {
        if (component[start] != SIZE_MAX)
            continue;
        size_t top = 0;
        stack[top++] = start;
        component[start] = count;
        while (top > 0) {
            size_t u = stack[--top];
            for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++) {
                size_t v = g->neighbours[k];
                if (component[v] == SIZE_MAX) {
                    component[v] = count;
                    stack[top++] = v;
                }
            }
        }
        count++;
    }
    return count;
}

/* Frustrated pairs incident to u under colouring side: positive across, negative inside. */
static long frustrated_at(const struct signed_graph *g, const char *side, size_t u)
{
    long count = 0;
    for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++) {
        int same = side[u] == side[g->neighbours[k]];
        count += g->signs[k] > 0 ? !same : same;
    }
    return count;
}

/* Exact minimum over all two-colourings of the members (Gray code: one flip per step). */
static size_t frustration_exact(const struct signed_graph *g, const size_t *members, size_t k,
                                char *side)
{
    long current = 0, best;
    for (size_t i = 0; i < k; i++)
        side[members[i]] = 0;
    for (size_t i = 0; i < k; i++)
        current += frustrated_at(g, side, members[i]);
    current /= 2;
    best = current;
    /* The first member's colour is fixed: colourings come in mirror pairs. */
    for (uint64_t step = 1; step < ((uint64_t)1 << (k - 1)); step++) {
        size_t bit = (size_t)__builtin_ctzll(step);
        size_t u = members[bit + 1];
        long before = frustrated_at(g, side, u);
        side[u] = (char)!side[u];
        current += frustrated_at(g, side, u) - before;
        if (current < best)
            best = current;
    }
    return (size_t)best;
}

/*
 * Heuristic upper bound for a large component: from each of up to 8 starts, colour by
 * breadth-first search (each vertex placed to satisfy the pair it is reached by), then flip
 * single vertices while that lowers the count. Returns the best count found.
 */
static size_t frustration_bound(const struct signed_graph *g, const size_t *members, size_t k,
                                char *side, size_t *queue, char *seen)
{
    size_t best = SIZE_MAX;
    size_t starts = k < 8 ? k : 8;
    for (size_t s = 0; s < starts; s++) {
        size_t start = members[s * k / starts];
        for (size_t i = 0; i < k; i++)
            seen[members[i]] = 0;
        size_t head = 0, tail = 0;
        queue[tail++] = start;
        seen[start] = 1;
        side[start] = 0;
        while (head < tail) {
            size_t u = queue[head++];
            for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
                size_t v = g->neighbours[e];
                if (seen[v])
                    continue;
                seen[v] = 1;
                side[v] = g->signs[e] > 0 ? side[u] : (char)!side[u];
                queue[tail++] = v;
            }
        }
        int improved = 1;
        while (improved) {
            improved = 0;
            for (size_t i = 0; i < k; i++) {
                size_t u = members[i];
                long before = frustrated_at(g, side, u);
                side[u] = (char)!side[u];
                if (frustrated_at(g, side, u) < before)
                    improved = 1;
                else
                    side[u] = (char)!side[u];
            }
        }
        long total = 0;
        for (size_t i = 0; i < k; i++)
            total += frustrated_at(g, side, members[i]);
        if ((size_t)(total / 2) < best)
            best = (size_t)(total / 2);
    }
    return best;
}

static int frustration(const struct signed_graph *g, const size_t *component, size_t count,
                       struct sg_graph_metrics *out)
{
    size_t *members = malloc((g->n + 1) * sizeof *members);
    size_t *queue = malloc((g->n + 1) * sizeof *queue);
    char *side = calloc(g->n + 1, 1), *seen = calloc(g->n + 1, 1);
    if (!members || !queue || !side || !seen) {
        free(members);
        free(queue);
        free(side);
        free(seen);
        return SG_ERR_NOMEM;
    }
    out->frustration = 0;
    out->frustration_exact = 1;
    /* Vertices of each component, gathered by one counting pass per component. */
    for (size_t c = 0; c < count; c++) {
        size_t k = 0;
        for (size_t i = 0; i < g->n; i++)
            if (component[i] == c)
                members[k++] = i;
        if (k < 3)
            continue; /* one pair is always balanced */
        if (k <= SG_SIGNED_EXACT_LIMIT) {
            out->frustration += frustration_exact(g, members, k, side);
        } else {
            out->frustration += frustration_bound(g, members, k, side, queue, seen);
            out->frustration_exact = 0;
        }
    }
    free(members);
    free(queue);
    free(side);
    free(seen);
    return SG_OK;
}

/* ---- camps ---- */

struct id_order {
    const char *id;
    size_t actor;
};

static int compare_ids(const void *left, const void *right)
{
    const struct id_order *a = left, *b = right;
    return strcmp(a->id, b->id);
}

/* Runs spinglass on the component whose members (sorted by id) are given; writes a raw camp
 * label per member into raw, offset by first_label. Returns the number of labels used. */
static int spinglass_component(const struct signed_graph *g, const size_t *members, size_t k,
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
                igraph_vector_int_push_back(&edges, (igraph_integer_t)position[v]))
                goto out;
        }
    }
    if (igraph_create(&graph, &edges, (igraph_integer_t)k, IGRAPH_UNDIRECTED))
        goto out;
    g_ok = 1;
    /* Weights follow the edge order above: look each pair up in the sorted pair list. */
    for (igraph_integer_t e = 0; e < igraph_ecount(&graph); e++) {
        size_t a = members[VECTOR(edges)[2 * e]], b = members[VECTOR(edges)[2 * e + 1]];
        struct signed_pair key = {a < b ? a : b, a < b ? b : a, 0};
        const struct signed_pair *found =
            bsearch(&key, g->pairs, g->pair_count, sizeof *g->pairs, compare_pairs);
        if (!found || igraph_vector_push_back(&weights, found->weight))
            goto out;
    }
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
 */
static int local_moving_component(const struct signed_graph *g, const size_t *members, size_t k,
                                  const size_t *position, long first_label, long *raw,
                                  long *labels_used)
{
    long *camp = malloc((k + 1) * sizeof *camp);
    double *plus = calloc(k + 1, sizeof *plus), *minus = calloc(k + 1, sizeof *minus);
    double *camp_plus = calloc(k + 1, sizeof *camp_plus);
    double *camp_minus = calloc(k + 1, sizeof *camp_minus);
    double *link = calloc(k + 1, sizeof *link); /* signed weight from the actor into each camp */
    long *touched = malloc((k + 1) * sizeof *touched);
    double total_plus = 0, total_minus = 0;
    int err = SG_ERR_NOMEM;
    if (!camp || !plus || !minus || !camp_plus || !camp_minus || !link || !touched)
        goto out;
    for (size_t i = 0; i < k; i++) {
        size_t u = members[i];
        camp[i] = (long)i;
        for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
            size_t v = g->neighbours[e];
            struct signed_pair key = {u < v ? u : v, u < v ? v : u, 0};
            const struct signed_pair *p =
                bsearch(&key, g->pairs, g->pair_count, sizeof *g->pairs, compare_pairs);
            if (p->weight > 0)
                plus[i] += p->weight;
            else
                minus[i] -= p->weight;
        }
        camp_plus[i] = plus[i];
        camp_minus[i] = minus[i];
        total_plus += plus[i];
        total_minus += minus[i];
    }
    for (int sweep = 0; sweep < 100; sweep++) {
        int moved = 0;
        for (size_t i = 0; i < k; i++) {
            size_t u = members[i];
            long own = camp[i];
            size_t touched_count = 0;
            /* Signed weight into each neighbouring camp. */
            for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
                size_t v = g->neighbours[e];
                struct signed_pair key = {u < v ? u : v, u < v ? v : u, 0};
                const struct signed_pair *p =
                    bsearch(&key, g->pairs, g->pair_count, sizeof *g->pairs, compare_pairs);
                long c = camp[position[v]];
                if (link[c] == 0)
                    touched[touched_count++] = c;
                link[c] += p->weight;
                if (link[c] == 0)
                    link[c] = 1e-300; /* keep it marked as touched */
            }
            /* Take the actor out of its camp, then find the best camp to put it in. */
            camp_plus[own] -= plus[i];
            camp_minus[own] -= minus[i];
            double best_gain = 0.0; /* alone: no gain */
            long best = own;
            double own_gain = (own >= 0 ? link[own] : 0) -
                              (total_plus > 0 ? plus[i] * camp_plus[own] / total_plus : 0) +
                              (total_minus > 0 ? minus[i] * camp_minus[own] / total_minus : 0);
            best_gain = own_gain;
            for (size_t t = 0; t < touched_count; t++) {
                long c = touched[t];
                double gain = link[c] - (total_plus > 0 ? plus[i] * camp_plus[c] / total_plus : 0) +
                              (total_minus > 0 ? minus[i] * camp_minus[c] / total_minus : 0);
                if (gain > best_gain + 1e-12 || (fabs(gain - best_gain) <= 1e-12 && c < best)) {
                    best_gain = gain;
                    best = c;
                }
            }
            if (best != own && best_gain > own_gain + 1e-12) {
                camp[i] = best;
                moved = 1;
            }
            camp_plus[camp[i]] += plus[i];
            camp_minus[camp[i]] += minus[i];
            for (size_t t = 0; t < touched_count; t++)
                link[touched[t]] = 0;
        }
        if (!moved)
            break;
    }
    /* Relabel the camps used, in order of first member. */
    long *label = malloc((k + 1) * sizeof *label);
    if (!label)
        goto out;
    for (size_t i = 0; i < k; i++)
        label[i] = -1;
    long used = 0;
    for (size_t i = 0; i < k; i++) {
        if (label[camp[i]] < 0)
            label[camp[i]] = used++;
        raw[members[i]] = first_label + label[camp[i]];
    }
    free(label);
    *labels_used = used;
    err = SG_OK;
out:
    free(camp);
    free(plus);
    free(minus);
    free(camp_plus);
    free(camp_minus);
    free(link);
    free(touched);
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
 * Camps: per component, spinglass (3+ actors), the obvious answer for 1 or 2. Camps are then
 * numbered by size (largest first), ties by their alphabetically first actor id.
 */
static int find_camps(const struct sg_model *model, const size_t *actor_of,
                      const struct signed_graph *g, const size_t *component, size_t component_count,
                      double *camp_of)
{
    size_t n = g->n;
    size_t *position = malloc((n + 1) * sizeof *position);
    size_t *members = malloc((n + 1) * sizeof *members);
    long *raw = malloc((n + 1) * sizeof *raw);
    struct camp_rank *camps = calloc(n + 1, sizeof *camps);
    long next_label = 0;
    int err = SG_ERR_NOMEM;
    if (!position || !members || !raw || !camps)
        goto out;
    err = SG_OK;
    /* Vertices are numbered in id order, so members come out sorted by id. */
    for (size_t c = 0; c < component_count && !err; c++) {
        size_t k = 0;
        for (size_t v = 0; v < n; v++)
            if (component[v] == c)
                members[k++] = v;
        if (k == 1) {
            raw[members[0]] = next_label++;
        } else if (k == 2) {
            size_t a = members[0], b = members[1];
            struct signed_pair key = {a, b, 0};
            const struct signed_pair *p =
                bsearch(&key, g->pairs, g->pair_count, sizeof *g->pairs, compare_pairs);
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
        camp_of[v] = (double)number[raw[v]];
    free(number);
out:
    free(position);
    free(members);
    free(raw);
    free(camps);
    return err;
}

/* Signed modularity, breaking pairs and polarization of the camps (docs/SIGNED.md). */
static void camp_quality(const struct signed_graph *g, const double *camp_of, size_t camps,
                         struct sg_graph_metrics *out)
{
    double total_positive = 0, total_negative = 0, within = 0;
    double positive_within = 0, negative_between = 0;
    double *strength_positive = calloc(camps + 1, sizeof(double));
    double *strength_negative = calloc(camps + 1, sizeof(double));
    out->camp_breaking_pairs = 0;
    for (size_t i = 0; i < g->pair_count; i++) {
        const struct signed_pair *p = &g->pairs[i];
        int same = camp_of[p->u] == camp_of[p->v];
        double w = fabs(p->weight);
        size_t cu = (size_t)camp_of[p->u], cv = (size_t)camp_of[p->v];
        if (p->weight > 0) {
            total_positive += w;
            positive_within += same ? w : 0;
            if (strength_positive) {
                strength_positive[cu] += w;
                strength_positive[cv] += w;
            }
        } else {
            total_negative += w;
            negative_between += same ? 0 : w;
            if (strength_negative) {
                strength_negative[cu] += w;
                strength_negative[cv] += w;
            }
        }
        within += same ? p->weight : 0;
        out->camp_breaking_pairs += p->weight > 0 ? !same : same;
    }
    if (g->pair_count == 0 || !strength_positive || !strength_negative) {
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
}

static void brokers(const struct sg_model *model, struct sg_metrics *metrics)
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

/* Numbers actors by id order, so that nothing below depends on input order. */
static int number_by_id(const struct sg_model *model, size_t *vertex_of, size_t *actor_of)
{
    struct id_order *order = malloc((model->actor_count + 1) * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->actor_count; i++)
        order[i] = (struct id_order){model->actors[i].id, i};
    qsort(order, model->actor_count, sizeof *order, compare_ids);
    for (size_t v = 0; v < model->actor_count; v++) {
        actor_of[v] = order[v].actor;
        vertex_of[order[v].actor] = v;
    }
    free(order);
    return SG_OK;
}

int sg_signed_compute(const struct sg_model *model, struct sg_metrics *metrics)
{
    struct signed_graph g;
    struct sg_graph_metrics *out = &metrics->graph;
    size_t n = model->actor_count;
    size_t *component = malloc((n + 1) * sizeof *component);
    size_t *stack = malloc((n + 1) * sizeof *stack);
    size_t *vertex_of = malloc((n + 1) * sizeof *vertex_of);
    size_t *actor_of = malloc((n + 1) * sizeof *actor_of);
    double *camp_of = malloc((n + 1) * sizeof *camp_of);
    double *pn = malloc((n + 1) * 3 * sizeof *pn);
    int err = SG_ERR_NOMEM;
    memset(&g, 0, sizeof g);
    if (!component || !stack || !vertex_of || !actor_of || !camp_of || !pn)
        goto out;
    err = number_by_id(model, vertex_of, actor_of);
    if (!err)
        err = signed_graph_build(model, vertex_of, &g);
    if (err)
        goto out;
    for (size_t i = 0; i < g.pair_count; i++) {
        if (g.pairs[i].weight > 0)
            out->positive_pairs++;
        else
            out->negative_pairs++;
    }
    count_triangles(&g, out);

    out->walk_balance = NAN;
    for (size_t v = 0; v < 3 * n; v++)
        pn[v] = NAN;
    if (n == 1) {
        pn[0] = pn[1] = pn[2] = 1.0;
    } else if (n > 1) {
        /* Iterate each variant; a variant that does not converge is solved densely for small
         * graphs (the dense solve also finds the singular cases), else left null. */
        int converged = 1;
        static const int slot[3] = {0, 2, 1}; /* pn, pn_out, pn_in as laid out in pn[] */
        for (int mode = 0; mode < 3; mode++) {
            double *x = pn + (size_t)slot[mode] * n;
            if (pn_iterate(&g, mode, x) != 0) {
                converged = 0;
                for (size_t i = 0; i < n; i++)
                    x[i] = NAN;
            }
        }
        if (!converged && n <= SG_SIGNED_DENSE_LIMIT) {
            err = pn_centrality(&g, pn, pn + n, pn + 2 * n);
            if (err)
                goto out;
        }
    }
    if (n <= SG_SIGNED_DENSE_LIMIT && g.pair_count > 0) {
        err = walk_balance(&g, &out->walk_balance);
        if (err)
            goto out;
    }
    for (size_t a = 0; a < n; a++) {
        metrics->actors[a].pn = pn[vertex_of[a]];
        metrics->actors[a].pn_in = pn[n + vertex_of[a]];
        metrics->actors[a].pn_out = pn[2 * n + vertex_of[a]];
    }

    size_t count = components(&g, component, stack);
    err = frustration(&g, component, count, out);
    if (!err)
        err = find_camps(model, actor_of, &g, component, count, camp_of);
    if (err)
        goto out;
    out->camps = 0;
    for (size_t a = 0; a < n; a++) {
        metrics->actors[a].camp = camp_of[vertex_of[a]];
        if ((size_t)camp_of[vertex_of[a]] > out->camps)
            out->camps = (size_t)camp_of[vertex_of[a]];
    }
    camp_quality(&g, camp_of, out->camps, out);
    brokers(model, metrics);
out:
    free(component);
    free(stack);
    free(vertex_of);
    free(actor_of);
    free(camp_of);
    free(pn);
    signed_graph_free(&g);
    return err;
}
