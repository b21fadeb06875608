/*
 * Structural balance of the signed graph: balanced triangles, walk balance (all eigenvalues of
 * the dense +-1 adjacency matrix, LAPACK through igraph) and frustration (the fewest pairs
 * that break any split into two sides: exact on small components, a heuristic bound on large
 * ones).
 */
#include "analysis/signed.h"
#include "analysis/signed_graph.h"

#include "analysis/graph.h"
#include "base/diag.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Whether u comes before v in the order of (degree, vertex). */
static int ranks_before(const struct sg_signed_graph *g, size_t u, size_t v)
{
    size_t du = g->offsets[u + 1] - g->offsets[u], dv = g->offsets[v + 1] - g->offsets[v];
    return du != dv ? du < dv : u < v;
}

/* Every pair oriented from its endpoint of lower rank (ranks_before) to the other: compressed
 * rows with the pair's sign. */
static void orient_by_degree(const struct sg_signed_graph *g, size_t *offsets, size_t *heads,
                             signed char *signs)
{
    memset(offsets, 0, (g->n + 1) * sizeof *offsets);
    for (size_t u = 0; u < g->n; u++)
        for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++)
            offsets[u + 1] += ranks_before(g, u, g->neighbours[k]);
    for (size_t u = 0; u < g->n; u++)
        offsets[u + 1] += offsets[u];
    for (size_t u = 0; u < g->n; u++) {
        size_t at = offsets[u];
        for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++)
            if (ranks_before(g, u, g->neighbours[k])) {
                heads[at] = g->neighbours[k];
                signs[at++] = (signed char)g->signs[k];
            }
    }
}

/*
 * Triangles and balanced ones, each found once from its vertex of lowest rank (Chiba and
 * Nishizeki 1985): with pairs oriented up the (degree, vertex) order, a vertex's higher
 * neighbours are marked and each of their own higher neighbours looked up, O(m^1.5) whatever
 * the degrees. Returns 0 or SG_ERR_NOMEM.
 */
int sg_signed_count_triangles(const struct sg_signed_graph *g, struct sg_graph_metrics *out)
{
    size_t n = g->n, triangles = 0, balanced = 0;
    size_t *offsets = malloc((n + 1) * sizeof *offsets);
    size_t *heads = malloc((g->pair_count + 1) * sizeof *heads);
    signed char *signs = malloc(g->pair_count + 1), *mark = calloc(n + 1, 1);
    int err = offsets && heads && signs && mark ? SG_OK : SG_ERR_NOMEM;
    if (!err)
        orient_by_degree(g, offsets, heads, signs);
    for (size_t u = 0; !err && u < n; u++) {
        for (size_t k = offsets[u]; k < offsets[u + 1]; k++)
            mark[heads[k]] = signs[k];
        for (size_t k = offsets[u]; k < offsets[u + 1]; k++) {
            size_t v = heads[k];
            for (size_t j = offsets[v]; j < offsets[v + 1]; j++) {
                if (!mark[heads[j]])
                    continue;
                triangles++;
                balanced += signs[k] * signs[j] * mark[heads[j]] > 0;
            }
        }
        for (size_t k = offsets[u]; k < offsets[u + 1]; k++)
            mark[heads[k]] = 0;
    }
    free(offsets);
    free(heads);
    free(signs);
    free(mark);
    if (err)
        return err;
    out->triangles = triangles;
    out->balanced_triangles = balanced;
    out->triangle_balance = triangles ? (double)balanced / (double)triangles : NAN;
    return SG_OK;
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
int sg_signed_walk_balance(const struct sg_signed_graph *g, double *balance)
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

/* Frustrated pairs incident to u under colouring side: positive across, negative inside. */
static long frustrated_at(const struct sg_signed_graph *g, const char *side, size_t u)
{
    long count = 0;
    for (size_t k = g->offsets[u]; k < g->offsets[u + 1]; k++) {
        int same = side[u] == side[g->neighbours[k]];
        count += g->signs[k] > 0 ? !same : same;
    }
    return count;
}

/* Exact minimum over all two-colourings of the members (Gray code: one flip per step). */
static size_t frustration_exact(const struct sg_signed_graph *g, const size_t *members, size_t k,
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
        /* Flipping u flips every pair at u between frustrated and not. */
        current += (long)(g->offsets[u + 1] - g->offsets[u]) - 2 * before;
        if (current < best)
            best = current;
    }
    return (size_t)best;
}

/* Colours the component of start by breadth-first search, each vertex placed to satisfy the
 * pair it is reached by. */
static void colour_by_search(const struct sg_signed_graph *g, const size_t *members, size_t k,
                             size_t start, char *side, size_t *queue, char *seen)
{
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
}

/* Flips u to the other side, keeping count (frustrated pairs at each vertex) up to date:
 * every pair at u changes between frustrated and not. */
static void flip(const struct sg_signed_graph *g, size_t u, char *side, long *count)
{
    side[u] = (char)!side[u];
    count[u] = (long)(g->offsets[u + 1] - g->offsets[u]) - count[u];
    for (size_t e = g->offsets[u]; e < g->offsets[u + 1]; e++) {
        size_t v = g->neighbours[e];
        int same = side[u] == side[v];
        count[v] += (g->signs[e] > 0 ? !same : same) ? 1 : -1;
    }
}

/* Sweeps the members in order, flipping each vertex whose flip lowers the count, until a sweep
 * flips none; returns the frustrated pairs left. */
static size_t improve_by_flips(const struct sg_signed_graph *g, const size_t *members, size_t k,
                               char *side, long *count)
{
    for (size_t i = 0; i < k; i++)
        count[members[i]] = frustrated_at(g, side, members[i]);
    int improved = 1;
    while (improved) {
        improved = 0;
        for (size_t i = 0; i < k; i++) {
            size_t u = members[i];
            if ((long)(g->offsets[u + 1] - g->offsets[u]) - count[u] < count[u]) {
                flip(g, u, side, count);
                improved = 1;
            }
        }
    }
    long total = 0;
    for (size_t i = 0; i < k; i++)
        total += count[members[i]];
    return (size_t)(total / 2);
}

/* Heuristic upper bound for a large component: from each of up to 8 starts, colour by search,
 * then flip single vertices while that lowers the count. Returns the best count found. */
static size_t frustration_bound(const struct sg_signed_graph *g, const size_t *members, size_t k,
                                char *side, size_t *queue, char *seen, long *count)
{
    size_t best = SIZE_MAX;
    size_t starts = k < 8 ? k : 8;
    for (size_t s = 0; s < starts; s++) {
        colour_by_search(g, members, k, members[s * k / starts], side, queue, seen);
        size_t found = improve_by_flips(g, members, k, side, count);
        if (found < best)
            best = found;
    }
    return best;
}

int sg_signed_frustration(const struct sg_signed_graph *g, const struct sg_signed_parts *parts,
                          struct sg_graph_metrics *out)
{
    size_t *queue = malloc((g->n + 1) * sizeof *queue);
    long *count = malloc((g->n + 1) * sizeof *count);
    char *side = calloc(g->n + 1, 1), *seen = calloc(g->n + 1, 1);
    if (!queue || !count || !side || !seen) {
        free(queue);
        free(count);
        free(side);
        free(seen);
        return SG_ERR_NOMEM;
    }
    out->frustration = 0;
    out->frustration_exact = 1;
    for (size_t c = 0; c < parts->count; c++) {
        const size_t *members = parts->members + parts->start[c];
        size_t k = parts->start[c + 1] - parts->start[c];
        if (k < 3)
            continue; /* one pair is always balanced */
        if (k <= SG_SIGNED_EXACT_LIMIT) {
            out->frustration += frustration_exact(g, members, k, side);
        } else {
            out->frustration += frustration_bound(g, members, k, side, queue, seen, count);
            out->frustration_exact = 0;
        }
    }
    free(queue);
    free(count);
    free(side);
    free(seen);
    return SG_OK;
}
