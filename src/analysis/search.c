/*
 * The single-source search (search.h): a binary heap with lazy deletion, Dijkstra counting
 * shortest paths, Brandes' accumulation, harmonic sums, and a shortest path drawn at random by
 * walking back from the target (Riondato and Kornaropoulos 2016, Algorithm 1).
 */
#include "analysis/search.h"

#include "base/diag.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EPSILON 1e-10

/* -1, 0 or 1 as a is less than, equal to (within EPSILON, relative) or greater than b. */
static int compare_lengths(double a, double b)
{
    if (a == b)
        return 0;
    double difference = a - b;
    if (fabs(difference) < EPSILON * (fabs(a) + fabs(b)))
        return 0;
    return difference < 0 ? -1 : 1;
}

void sg_search_free(struct sg_search *s)
{
    if (!s)
        return;
    free(s->distance);
    free(s->paths);
    free(s->dependency);
    free(s->done);
    free(s->order);
    free(s->touched);
    free(s->heap);
    free(s->sum);
    free(s->squares);
}

int sg_search_init(struct sg_search *s, size_t n)
{
    memset(s, 0, sizeof *s);
    s->n = n;
    s->distance = malloc((n + 1) * sizeof *s->distance);
    s->paths = calloc(n + 1, sizeof *s->paths);
    s->dependency = calloc(n + 1, sizeof *s->dependency);
    s->done = calloc(n + 1, 1);
    s->order = malloc((n + 1) * sizeof *s->order);
    s->touched = malloc((n + 1) * sizeof *s->touched);
    s->heap_capacity = n + 16;
    s->heap = malloc(s->heap_capacity * sizeof *s->heap);
    s->sum = calloc(n + 1, sizeof *s->sum);
    s->squares = calloc(n + 1, sizeof *s->squares);
    if (!s->distance || !s->paths || !s->dependency || !s->done || !s->order || !s->touched ||
        !s->heap || !s->sum || !s->squares) {
        sg_search_free(s);
        return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        s->distance[i] = INFINITY;
    return SG_OK;
}

/* Pushes (key, actor), sifting the hole up. Returns -1 when the heap cannot grow. */
static int heap_push(struct sg_search *s, double key, size_t actor)
{
    if (s->heap_size == s->heap_capacity) {
        size_t capacity = s->heap_capacity * 2;
        struct sg_search_entry *grown = realloc(s->heap, capacity * sizeof *grown);
        if (!grown)
            return -1;
        s->heap = grown;
        s->heap_capacity = capacity;
    }
    size_t i = s->heap_size++;
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (s->heap[parent].key <= key)
            break;
        s->heap[i] = s->heap[parent];
        i = parent;
    }
    s->heap[i] = (struct sg_search_entry){key, actor};
    return 0;
}

/* Removes and returns the smallest entry, sifting the hole down. */
static struct sg_search_entry heap_pop(struct sg_search *s)
{
    struct sg_search_entry top = s->heap[0];
    struct sg_search_entry last = s->heap[--s->heap_size];
    size_t i = 0, size = s->heap_size;
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= size)
            break;
        if (child + 1 < size && s->heap[child + 1].key < s->heap[child].key)
            child++;
        if (s->heap[child].key >= last.key)
            break;
        s->heap[i] = s->heap[child];
        i = child;
    }
    if (size > 0)
        s->heap[i] = last;
    return top;
}

/* Dijkstra from source over graph, counting shortest paths; settles actors into order. Stops
 * once target is settled (SIZE_MAX: never) or before settling an actor at radius or farther
 * (INFINITY: never). Returns -1 when memory runs out. */
int sg_search_run(struct sg_search *s, const struct sg_csr *graph, size_t source, size_t target,
                  double radius)
{
    s->settled = 0;
    s->heap_size = 0;
    s->distance[source] = 0.0;
    s->paths[source] = 1.0;
    s->touched[s->touched_count++] = source;
    if (heap_push(s, 0.0, source) != 0)
        return -1;
    while (s->heap_size > 0) {
        struct sg_search_entry top = heap_pop(s);
        size_t v = top.actor;
        if (s->done[v] || top.key != s->distance[v])
            continue; /* stale */
        if (top.key >= radius)
            break;
        s->done[v] = 1;
        s->order[s->settled++] = v;
        double base = s->distance[v], paths = s->paths[v];
        const size_t *heads = graph->heads;
        const double *lengths = graph->lengths;
        for (size_t k = graph->offsets[v], end = graph->offsets[v + 1]; k < end; k++) {
            size_t w = heads[k];
            if (s->done[w])
                continue;
            double candidate = base + lengths[k];
            if (candidate >= radius)
                continue; /* would never be settled */
            double current = s->distance[w];
            int c = isinf(current) ? -1 : compare_lengths(candidate, current);
            if (isinf(current))
                s->touched[s->touched_count++] = w;
            if (c < 0) {
                s->distance[w] = candidate;
                s->paths[w] = paths;
                if (heap_push(s, candidate, w) != 0)
                    return -1;
            } else if (c == 0) {
                s->paths[w] += paths;
            }
        }
        if (v == target)
            break;
    }
    return 0;
}

/* Brandes' dependency accumulation over the settled actors, in reverse order; in-arcs come
 * from reverse. Adds each actor's dependency (weighted by scale) to the block sums. */
void sg_search_accumulate(struct sg_search *s, const struct sg_csr *reverse, size_t source,
                          double scale, int with_squares)
{
    for (size_t i = s->settled; i-- > 0;) {
        size_t w = s->order[i];
        double coefficient = (1.0 + s->dependency[w]) / s->paths[w];
        for (size_t k = reverse->offsets[w]; k < reverse->offsets[w + 1]; k++) {
            size_t v = reverse->heads[k];
            if (isinf(s->distance[v]))
                continue;
            if (compare_lengths(s->distance[v] + reverse->lengths[k], s->distance[w]) == 0)
                s->dependency[v] += s->paths[v] * coefficient;
        }
        if (w != source) {
            double contribution = scale * s->dependency[w];
            s->sum[w] += contribution;
            if (with_squares)
                s->squares[w] += contribution * contribution;
        }
    }
}

/* Sum of 1/distance over the actors reached from the source (itself excluded). */
double sg_search_harmonic_sum(const struct sg_search *s, size_t source)
{
    double total = 0.0;
    for (size_t i = 0; i < s->settled; i++)
        if (s->order[i] != source)
            total += 1.0 / s->distance[s->order[i]];
    return total;
}

/* Adds scale/distance for each actor reached at radius or farther (the target excluded) to
 * the block sums: nearer actors were counted exactly (PHASE_BALLS). */
void sg_search_accumulate_harmonic(struct sg_search *s, size_t target, double scale, double radius)
{
    for (size_t i = 0; i < s->settled; i++) {
        size_t v = s->order[i];
        if (v == target || s->distance[v] < radius)
            continue;
        double contribution = scale / s->distance[v];
        s->sum[v] += contribution;
        s->squares[v] += contribution * contribution;
    }
}

void sg_search_reset(struct sg_search *s)
{
    for (size_t i = 0; i < s->touched_count; i++) {
        size_t v = s->touched[i];
        s->distance[v] = INFINITY;
        s->paths[v] = 0.0;
        s->dependency[v] = 0.0;
        s->done[v] = 0;
    }
    s->settled = 0;
    s->touched_count = 0;
}

/* Whether arc k of reverse (into w) ends a shortest path to w: accumulate's test, on settled
 * actors only, since a search stopped early leaves some distances tentative. */
static int ends_shortest_path(const struct sg_search *s, const struct sg_csr *reverse, size_t k,
                              size_t w)
{
    size_t v = reverse->heads[k];
    return s->done[v] && compare_lengths(s->distance[v] + reverse->lengths[k], s->distance[w]) == 0;
}

/* Walks one shortest path back from target (settled) to source, choosing each predecessor with
 * probability proportional to its number of shortest paths from the source: the path is then
 * uniform among the shortest paths (Riondato and Kornaropoulos 2016, Algorithm 1). Adds 1 to
 * the block sum of each inner actor. */
void sg_search_add_random_path(struct sg_search *s, const struct sg_csr *reverse, size_t source,
                               size_t target, uint64_t *state)
{
    size_t w = target;
    for (size_t steps = 0; w != source && steps < s->n; steps++) {
        double total = 0.0;
        for (size_t k = reverse->offsets[w]; k < reverse->offsets[w + 1]; k++)
            if (ends_shortest_path(s, reverse, k, w))
                total += s->paths[reverse->heads[k]];
        if (!(total > 0.0))
            return; /* not reached: a settled actor has a settled predecessor */
        double pick = sg_random_uniform(state) * total;
        size_t chosen = source;
        for (size_t k = reverse->offsets[w]; k < reverse->offsets[w + 1]; k++) {
            if (!ends_shortest_path(s, reverse, k, w))
                continue;
            chosen = reverse->heads[k];
            if (pick < s->paths[chosen])
                break;
            pick -= s->paths[chosen];
        }
        if (chosen != source)
            s->sum[chosen] += 1.0;
        w = chosen;
    }
}
