/*
 * The sample sizes behind --epsilon and --delta: Riondato and Kornaropoulos' bound for
 * betweenness (sampled pairs, one shortest path each), Hoeffding's inequality with a union bound
 * for harmonic centrality (sampled sources, as Eppstein and Wang do for closeness).
 */
#include "analysis/sampling.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>

/* ceil(x) as a count, SIZE_MAX when it does not fit (a tiny epsilon): converting a double
 * beyond size_t's range is undefined, and on x86-64 it gave 0, which read as "nothing to
 * sample" and left every value 0. */
static size_t ceil_count(double x)
{
    return x < 0x1p63 ? (size_t)ceil(x) : SIZE_MAX;
}

size_t sg_sampling_pairs(size_t n, size_t vertex_diameter, double epsilon, double delta)
{
    if (n < 3 || vertex_diameter < 3)
        return 0;
    /* Their b(v) is ours times (n-2)/n: an error e in theirs is e n/(n-2) in ours. */
    double e = epsilon * (double)(n - 2) / (double)n;
    double dimension = floor(log2((double)(vertex_diameter - 2))) + 1.0;
    return ceil_count(0.5 / (e * e) * (dimension + log(1.0 / delta)));
}

size_t sg_sampling_sources(size_t n, double range, double epsilon, double delta)
{
    if (range <= 0.0 || n == 0)
        return 0;
    return ceil_count(range * range * log(2.0 * (double)n / delta) / (2.0 * epsilon * epsilon));
}

double sg_sampling_range(size_t n, double radius)
{
    return n > 1 ? (double)n / ((double)(n - 1) * radius) : 0.0;
}

double sg_sampling_radius(size_t n, size_t k, double epsilon, double delta)
{
    /* range^2 = 2 k epsilon^2 / ln(2n/delta), and radius = n / ((n-1) range); the last factor
     * makes up for rounding, so that the radius never asks for more than k sources. */
    double range = sqrt(2.0 * (double)k * epsilon * epsilon / log(2.0 * (double)n / delta));
    return (double)n / ((double)(n - 1) * range) * (1.0 + 1e-12);
}

/* The root of actor v's set, halving the path on the way. */
static size_t find_root(size_t *parent, size_t v)
{
    while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
    }
    return v;
}

int sg_sampling_vertex_diameter(size_t n, const size_t *offsets, const uint32_t *heads,
                                size_t *bound)
{
    size_t *parent = malloc((n + 1) * sizeof *parent);
    size_t *size = calloc(n + 1, sizeof *size), *inner = calloc(n + 1, sizeof *inner);
    unsigned char *entered = calloc(n + 1, 1);
    int err = parent && size && inner && entered ? 0 : -1;
    for (size_t v = 0; !err && v < n; v++)
        parent[v] = v;
    for (size_t v = 0; !err && v < n; v++)
        for (size_t k = offsets[v]; k < offsets[v + 1]; k++) {
            size_t a = find_root(parent, v), b = find_root(parent, heads[k]);
            parent[a < b ? b : a] = a < b ? a : b;
            entered[heads[k]] = 1;
        }
    *bound = 0;
    for (size_t v = 0; !err && v < n; v++) {
        size_t root = find_root(parent, v);
        size[root]++;
        inner[root] += entered[v] && offsets[v] < offsets[v + 1];
    }
    for (size_t v = 0; !err && v < n; v++) {
        size_t most = inner[v] + 2 < size[v] ? inner[v] + 2 : size[v];
        if (most > *bound)
            *bound = most;
    }
    free(parent);
    free(size);
    free(inner);
    free(entered);
    return err;
}
