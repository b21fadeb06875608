/*
 * The single-source search (search.h): a radix heap with lazy deletion, Dijkstra counting
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

static uint64_t distance_bits(double distance)
{
    uint64_t bits;
    memcpy(&bits, &distance, sizeof bits);
    return bits;
}

static size_t bucket_of(uint64_t key, uint64_t last)
{
    return key == last ? 0 : 64 - (size_t)__builtin_clzll(key ^ last);
}

/* Makes room for one more item in the array whose pointer is at pointer (items of size bytes,
 * count used of *capacity): doubles it (from first) when full. The pointer is read and written
 * with memcpy, as its type is the caller's. Returns -1 when it cannot grow. */
static int make_room(void *pointer, size_t size, size_t count, size_t *capacity, size_t first)
{
    void *items;
    if (count < *capacity)
        return 0;
    size_t grown_capacity = *capacity ? 2 * *capacity : first;
    memcpy(&items, pointer, sizeof items);
    void *grown = realloc(items, grown_capacity * size);
    if (!grown)
        return -1;
    memcpy(pointer, &grown, sizeof grown);
    *capacity = grown_capacity;
    return 0;
}

/* Appends an entry to a bucket. Returns -1 when the bucket cannot grow. */
static int bucket_add(struct sg_radix_bucket *b, struct sg_search_entry e)
{
    if (make_room(&b->items, sizeof *b->items, b->size, &b->capacity, 64) != 0)
        return -1;
    b->items[b->size++] = e;
    return 0;
}

static void queue_free(struct sg_radix_heap *h)
{
    for (size_t i = 0; i < SG_RADIX_BUCKETS; i++)
        free(h->buckets[i].items);
}

/* Empties the queue for a new search (keeping its memory). */
static void queue_clear(struct sg_radix_heap *h)
{
    for (size_t i = 0; i < SG_RADIX_BUCKETS; i++)
        h->buckets[i].size = 0;
    h->last = 0;
    h->occupied = 0;
    h->size = 0;
}

/* Pushes (distance, actor); distance must be at least the last one popped. Returns -1 when
 * memory runs out. */
static int queue_push(struct sg_radix_heap *h, double distance, size_t actor)
{
    uint64_t key = distance_bits(distance);
    size_t i = bucket_of(key, h->last);
    if (bucket_add(&h->buckets[i], (struct sg_search_entry){key, actor}) != 0)
        return -1;
    h->occupied |= (uint64_t)1 << i;
    h->size++;
    return 0;
}

/* Pops an entry of smallest key into *top (the queue must not be empty): when bucket 0 is
 * empty, the first non-empty bucket's smallest key becomes the last key and its entries move
 * down to the buckets it gives them. Returns -1 when memory runs out. */
static int queue_pop(struct sg_radix_heap *h, struct sg_search_entry *top)
{
    struct sg_radix_bucket *zero = &h->buckets[0];
    if (zero->size == 0) {
        size_t i = (size_t)__builtin_ctzll(h->occupied);
        struct sg_radix_bucket *b = &h->buckets[i];
        if (b->size == 1) { /* often: it would only pass through bucket 0 */
            *top = b->items[0];
            h->last = top->key;
            b->size = 0;
            h->occupied &= ~((uint64_t)1 << i);
            h->size--;
            return 0;
        }
        uint64_t smallest = b->items[0].key;
        for (size_t j = 1; j < b->size; j++)
            if (b->items[j].key < smallest)
                smallest = b->items[j].key;
        h->last = smallest;
        for (size_t j = 0; j < b->size; j++) {
            size_t to = bucket_of(b->items[j].key, smallest);
            if (bucket_add(&h->buckets[to], b->items[j]) != 0)
                return -1;
            h->occupied |= (uint64_t)1 << to;
        }
        b->size = 0;
        h->occupied &= ~((uint64_t)1 << i);
    }
    *top = zero->items[--zero->size];
    if (zero->size == 0)
        h->occupied &= ~(uint64_t)1;
    h->size--;
    return 0;
}

void sg_search_free(struct sg_search *s)
{
    if (!s)
        return;
    free(s->vertex);
    free(s->order);
    free(s->touched);
    queue_free(&s->queue);
    free(s->sum);
    free(s->squares);
    free(s->last_candidate);
    free(s->candidates);
}

int sg_search_record(struct sg_search *s)
{
    if (!s->last_candidate)
        s->last_candidate = calloc(s->n + 1, sizeof *s->last_candidate);
    return s->last_candidate ? SG_OK : SG_ERR_NOMEM;
}

/* Records arc k (tail to head) as a candidate predecessor of head. Returns -1 when memory runs
 * out. */
static int record_candidate(struct sg_search *s, size_t head, size_t tail, size_t k)
{
    if (make_room(&s->candidates, sizeof *s->candidates, s->candidate_count, &s->candidate_capacity,
                  1024) != 0)
        return -1;
    s->candidates[s->candidate_count++] =
        (struct sg_search_arc){(uint32_t)tail, (uint32_t)k, s->last_candidate[head]};
    s->last_candidate[head] = (uint32_t)s->candidate_count;
    return 0;
}

int sg_search_init(struct sg_search *s, size_t n)
{
    memset(s, 0, sizeof *s);
    s->n = n;
    s->vertex = calloc(n + 1, sizeof *s->vertex);
    s->order = malloc((n + 1) * sizeof *s->order);
    s->touched = malloc((n + 1) * sizeof *s->touched);
    s->sum = calloc(n + 1, sizeof *s->sum);
    s->squares = calloc(n + 1, sizeof *s->squares);
    if (!s->vertex || !s->order || !s->touched || !s->sum || !s->squares) {
        sg_search_free(s);
        return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        s->vertex[i].distance = INFINITY;
    return SG_OK;
}

/* Relaxes the arcs out of v, just settled: a shorter distance replaces the paths count and
 * queues the actor again, an equal one (within EPSILON) adds v's paths; an actor first reached
 * is noted as touched, and one at radius or farther is left alone (it would never be settled).
 * A settled actor's distance is at most v's (the queue pops in order), so it can never be
 * shorter: the settled flag is read only for an equal one. The arrays are held in locals so
 * that the compiler keeps them in registers across the queue's calls. Returns -1 when memory
 * runs out. */
static int relax_arcs(struct sg_search *s, const struct sg_csr *graph, size_t v, double radius)
{
    struct sg_search_vertex *vertex = s->vertex;
    const uint32_t *heads = graph->heads;
    const double *lengths = graph->lengths;
    double base = vertex[v].distance, through = vertex[v].paths;
    for (size_t k = graph->offsets[v], end = graph->offsets[v + 1]; k < end; k++) {
        struct sg_search_vertex *w = &vertex[heads[k]];
        double candidate = base + lengths[k];
        if (candidate >= radius)
            continue;
        double current = w->distance;
        if (current == INFINITY)
            s->touched[s->touched_count++] = heads[k];
        int c = current == INFINITY ? -1 : compare_lengths(candidate, current);
        if (c <= 0 && s->last_candidate && record_candidate(s, heads[k], v, k) != 0)
            return -1;
        if (c < 0) {
            w->distance = candidate;
            w->paths = through;
            if (queue_push(&s->queue, candidate, heads[k]) != 0)
                return -1;
        } else if (c == 0 && !w->done) {
            w->paths += through;
        }
    }
    return 0;
}

int sg_search_run(struct sg_search *s, const struct sg_csr *graph, size_t source, size_t target,
                  double radius)
{
    struct sg_search_vertex *vertex = s->vertex;
    s->settled = 0;
    queue_clear(&s->queue);
    vertex[source].distance = 0.0;
    vertex[source].paths = 1.0;
    s->touched[s->touched_count++] = source;
    if (queue_push(&s->queue, 0.0, source) != 0)
        return -1;
    while (s->queue.size > 0) {
        struct sg_search_entry top;
        if (queue_pop(&s->queue, &top) != 0)
            return -1;
        size_t v = top.actor;
        /* Each push for v carries a strictly shorter distance, so only the last one matches
         * it: any other entry is stale, and v is settled once. */
        if (top.key != distance_bits(vertex[v].distance))
            continue;
        if (vertex[v].distance >= radius)
            break;
        vertex[v].done = 1;
        s->order[s->settled++] = v;
        if (relax_arcs(s, graph, v, radius) != 0)
            return -1;
        if (v == target)
            break;
    }
    return 0;
}

/* Brandes' dependency accumulation over the settled actors, in reverse order, through the
 * recorded candidates. Adds each actor's dependency (weighted by scale) to the block sums. */
void sg_search_accumulate(struct sg_search *s, const struct sg_csr *graph, size_t source,
                          double scale, int with_squares)
{
    /* the arrays in locals: stores into the vertices cannot then make the compiler read the
     * other pointers again (it must assume they may alias) */
    struct sg_search_vertex *vertex = s->vertex;
    const struct sg_search_arc *candidates = s->candidates;
    const double *lengths = graph->lengths;
    for (size_t i = s->settled; i-- > 0;) {
        size_t w = s->order[i];
        double at = vertex[w].distance;
        double coefficient = (1.0 + vertex[w].dependency) / vertex[w].paths;
        for (uint32_t c = s->last_candidate[w]; c; c = candidates[c - 1].next) {
            struct sg_search_vertex *v = &vertex[candidates[c - 1].tail];
            if (compare_lengths(v->distance + lengths[candidates[c - 1].arc], at) == 0)
                v->dependency += v->paths * coefficient;
        }
        if (w != source) {
            double contribution = scale * vertex[w].dependency;
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
            total += 1.0 / s->vertex[s->order[i]].distance;
    return total;
}

/* Adds scale/distance for each actor reached at radius or farther (the target excluded) to
 * the block sums: nearer actors were counted exactly (PHASE_BALLS). */
void sg_search_accumulate_harmonic(struct sg_search *s, size_t target, double scale, double radius)
{
    for (size_t i = 0; i < s->settled; i++) {
        size_t v = s->order[i];
        double distance = s->vertex[v].distance;
        if (v == target || distance < radius)
            continue;
        double contribution = scale / distance;
        s->sum[v] += contribution;
        s->squares[v] += contribution * contribution;
    }
}

void sg_search_reset(struct sg_search *s)
{
    for (size_t i = 0; i < s->touched_count; i++)
        s->vertex[s->touched[i]] = (struct sg_search_vertex){INFINITY, 0.0, 0.0, 0};
    for (size_t i = 0; s->last_candidate && i < s->touched_count; i++)
        s->last_candidate[s->touched[i]] = 0;
    s->candidate_count = 0;
    s->settled = 0;
    s->touched_count = 0;
}

/* Whether arc k of reverse (into w) ends a shortest path to w: accumulate's test, on settled
 * actors only, since a search stopped early leaves some distances tentative. */
static int ends_shortest_path(const struct sg_search *s, const struct sg_csr *reverse, size_t k,
                              size_t w)
{
    const struct sg_search_vertex *v = &s->vertex[reverse->heads[k]];
    return v->done &&
           compare_lengths(v->distance + reverse->lengths[k], s->vertex[w].distance) == 0;
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
                total += s->vertex[reverse->heads[k]].paths;
        if (!(total > 0.0))
            return; /* not reached: a settled actor has a settled predecessor */
        double pick = sg_random_uniform(state) * total;
        size_t chosen = source;
        for (size_t k = reverse->offsets[w]; k < reverse->offsets[w + 1]; k++) {
            if (!ends_shortest_path(s, reverse, k, w))
                continue;
            chosen = reverse->heads[k];
            if (pick < s->vertex[chosen].paths)
                break;
            pick -= s->vertex[chosen].paths;
        }
        if (chosen != source)
            s->sum[chosen] += 1.0;
        w = chosen;
    }
}
