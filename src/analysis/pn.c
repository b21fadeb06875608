/*
 * PN centrality (Everett and Borgatti 2014) on the signed graph, in its undirected, out and in
 * variants: by fixed-point iteration on the sparse matrix, falling back to a dense solve
 * (LAPACK through igraph) for small graphs whose iteration does not converge.
 */
#include "analysis/signed.h"
#include "analysis/signed_graph.h"

#include "analysis/graph.h"
#include "base/diag.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Fills a dense n x n matrix with P - 2N from pairs (directed: as given; else both ways). */
static void fill_pn_matrix(const struct sg_signed_pair *pairs, size_t count, int symmetric,
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
    const struct sg_signed_pair *a = left, *b = right;
    if (a->v != b->v)
        return a->v < b->v ? -1 : 1;
    return a->u < b->u ? -1 : (a->u > b->u);
}

/*
 * The Gram product of the sparse matrix A = P - 2N given by arcs (u -> v): with by_target,
 * A A^T (entries sum over shared targets), else A^T A (over shared sources). Sparse: the
 * work is the sum over targets (sources) of their squared in-degree (out-degree).
 */
static int gram(const struct sg_signed_pair *arcs, size_t count, int by_target, igraph_matrix_t *p)
{
    struct sg_signed_pair *sorted = malloc((count + 1) * sizeof *sorted);
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
static void multiply(const struct sg_signed_pair *pairs, size_t count, int symmetric, int transpose,
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
 * below 1e-14), 1 when it did not within 10000 steps (the caller falls back to a dense solve
 * for small graphs, null otherwise), SG_ERR_NOMEM when out of memory.
 */
static int pn_iterate(const struct sg_signed_graph *g, int mode, double *x)
{
    size_t n = g->n;
    double scale = 1.0 / (2.0 * (double)n - 2.0);
    double *c = malloc((n + 1) * sizeof *c), *y = malloc((n + 1) * sizeof *y);
    double *z = malloc((n + 1) * sizeof *z), *ones = malloc((n + 1) * sizeof *ones);
    int status = SG_ERR_NOMEM;
    if (!c || !y || !z || !ones)
        goto out;
    status = 1;
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
 * One directed variant of PN by a dense solve: out uses A, in uses A^T. With B the one used,
 * M = I - B B^T/(4(n-1)^2) and the right-hand side is (I + B/(2n-2)) 1. a holds A; m, b and
 * product are n x n (b: n x 1) scratch. Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY.
 */
static int pn_directed(const struct sg_signed_graph *g, int in, const igraph_matrix_t *a,
                       igraph_matrix_t *m, igraph_matrix_t *b, igraph_matrix_t *product,
                       double *values)
{
    size_t n = g->n;
    double scale = 1.0 / (2.0 * (double)n - 2.0);
    for (size_t i = 0; i < n; i++) {
        double row = 1.0;
        for (size_t j = 0; j < n; j++)
            row += scale * (in ? MATRIX(*a, j, i) : MATRIX(*a, i, j));
        MATRIX(*b, i, 0) = row;
    }
    if (gram(g->arcs, g->arc_count, !in, product) != SG_OK)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            MATRIX(*m, i, j) = (i == j) - scale * scale * MATRIX(*product, i, j);
    int status = solve(m, b);
    if (status == SG_ERR_LIBRARY)
        return status;
    /* A singular system (two actors who criticise each other, say) has no PN: null. */
    for (size_t i = 0; i < n; i++)
        values[i] = status ? NAN : MATRIX(*b, i, 0);
    return SG_OK;
}

/*
 * PN centrality (Everett and Borgatti 2014), A = P - 2N, n actors:
 *   undirected: PN = (I - A/(2n-2))^-1 1
 *   out:        PN = (I - A A^T/(4(n-1)^2))^-1 (I + A/(2n-2)) 1
 *   in:         the same with A^T for A.
 */
static int pn_centrality(const struct sg_signed_graph *g, double *pn, double *pn_in, double *pn_out)
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
    err = pn_directed(g, 0, &a, &m, &b, &product, pn_out);
    if (!err)
        err = pn_directed(g, 1, &a, &m, &b, &product, pn_in);
out:
    if (p_ok)
        igraph_matrix_destroy(&product);
    if (b_ok)
        igraph_matrix_destroy(&b);
    if (m_ok)
        igraph_matrix_destroy(&m);
    if (a_ok)
        igraph_matrix_destroy(&a);
    if (err == SG_ERR_LIBRARY)
        sg_graph_report_failure("computing PN centrality");
    return err;
}

/* Iterates each variant; a variant that does not converge is solved densely for small graphs
 * (the dense solve also finds the singular cases), else left null. */
int sg_signed_pn_compute(const struct sg_signed_graph *g, double *pn)
{
    size_t n = g->n;
    for (size_t v = 0; v < 3 * n; v++)
        pn[v] = NAN;
    if (n == 1)
        pn[0] = pn[1] = pn[2] = 1.0;
    if (n <= 1)
        return SG_OK;
    int converged = 1;
    static const int slot[3] = {0, 2, 1}; /* pn, pn_out, pn_in as laid out in pn[] */
    for (int mode = 0; mode < 3; mode++) {
        double *x = pn + (size_t)slot[mode] * n;
        int iterated = pn_iterate(g, mode, x);
        if (iterated == SG_ERR_NOMEM)
            return iterated;
        if (iterated != 0) {
            converged = 0;
            for (size_t i = 0; i < n; i++)
                x[i] = NAN;
        }
    }
    if (!converged && n <= SG_SIGNED_DENSE_LIMIT)
        return pn_centrality(g, pn, pn + n, pn + 2 * n);
    return SG_OK;
}
