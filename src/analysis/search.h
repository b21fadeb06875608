/*
 * One single-source shortest-path search on plain arrays, the unit of work of the path measures
 * (paths.c): Dijkstra with a radix heap, counting shortest paths; Brandes' dependency
 * accumulation; harmonic sums; one shortest path drawn at random. Lengths are compared with a
 * relative tolerance of 1e-10, as igraph does, so that equal-length paths are counted alike.
 * Each thread owns its struct sg_search. Also the small generator that draws the samples.
 */
#ifndef SG_ANALYSIS_SEARCH_H
#define SG_ANALYSIS_SEARCH_H

#include <stddef.h>
#include <stdint.h>

/* A directed graph in compressed rows: the arcs out of v are offsets[v] .. offsets[v+1]-1.
 * Heads are 32 bits (actors are at most SG_LOAD_MAX_ACTORS): the searches read one per arc. */
struct sg_csr {
    size_t n;
    const size_t *offsets; /* n + 1 entries */
    const uint32_t *heads; /* arc targets */
    const double *lengths; /* arc lengths, all > 0 */
};

/*
 * Dijkstra's queue is monotone: every key pushed is at least the last key popped. A radix heap
 * (Ahuja, Mehlhorn, Orlin and Tarjan 1990) uses this: an entry sits in the bucket of the
 * highest bit in which its key differs from the last key popped (bucket 0: equal to it), so
 * the smallest key is found by scanning one bucket, and each entry moves down a few buckets
 * in its life instead of sifting through a binary heap at every pop. Keys are the bits of
 * the non-negative distances, which order as the distances do. Entries are never updated in
 * place: a shorter distance pushes a new entry, and stale ones are skipped when popped.
 */
#define SG_RADIX_BUCKETS 64 /* keys of non-negative doubles differ below bit 63 */

struct sg_search_entry {
    uint64_t key; /* the distance's bits */
    size_t actor;
};

struct sg_radix_bucket {
    struct sg_search_entry *items;
    size_t size, capacity;
};

struct sg_radix_heap {
    struct sg_radix_bucket buckets[SG_RADIX_BUCKETS];
    uint64_t last;     /* the last key popped */
    uint64_t occupied; /* bit i: bucket i holds entries */
    size_t size;
};

/* What a search knows of one actor, side by side: the relaxation and the accumulation read
 * the distance and then the rest, so one cache line holds all of it. */
struct sg_search_vertex {
    double distance; /* INFINITY when not reached */
    double paths;    /* number of shortest paths from the source (sigma) */
    double dependency;
    int done; /* settled */
};

/* An arc a search found to end a path to its head no longer than the head's distance then:
 * a candidate for the head's predecessors, from the arc's tail. */
struct sg_search_arc {
    uint32_t tail;
    uint32_t arc;  /* its index in the graph searched */
    uint32_t next; /* the head's previous candidate, plus one; 0: none */
};

/* A search's state: arrays of n entries, reset between searches in time proportional to what
 * the last search touched. */
struct sg_search {
    size_t n;
    struct sg_search_vertex *vertex;
    size_t *order; /* actors in the order they were settled */
    size_t settled;
    size_t *touched; /* actors given a distance, settled or not (a search may stop early) */
    size_t touched_count;
    struct sg_radix_heap queue;
    /* When recording (sg_search_record): each actor's latest candidate arc, plus one (0: none),
     * and the candidates of the search. */
    uint32_t *last_candidate;
    struct sg_search_arc *candidates;
    size_t candidate_count, candidate_capacity;
    double *sum, *squares; /* the block's accumulated contributions */
};

/* Allocates the arrays for a graph of n actors (distances INFINITY, the rest 0). Returns 0 or
 * SG_ERR_NOMEM (nothing left allocated). */
int sg_search_init(struct sg_search *s, size_t n);

/* Frees the arrays; accepts NULL and a search whose init failed. */
void sg_search_free(struct sg_search *s);

/*
 * Dijkstra from source over graph, counting shortest paths (paths) and settling actors into
 * order. Stops once target is settled (SIZE_MAX: never) or before settling an actor at radius or
 * farther (INFINITY: never). Returns 0, or -1 when the queue cannot grow.
 */
int sg_search_run(struct sg_search *s, const struct sg_csr *graph, size_t source, size_t target,
                  double radius);

/*
 * Makes the searches record the candidate predecessors that sg_search_accumulate reads: every
 * arc whose relaxation found a path no longer (within the tolerance) than the head's distance
 * then. A predecessor's arc is always among them, since distances only shrink. Returns 0 or
 * SG_ERR_NOMEM.
 */
int sg_search_record(struct sg_search *s);

/*
 * Brandes' dependency accumulation after a full search from source over graph, recorded
 * (sg_search_record): adds scale times each actor's dependency to s->sum (and its square to
 * s->squares when asked). The predecessors of each actor are the recorded candidates that
 * end a shortest path to it: the in-arcs that pass the test, as a scan of them would find,
 * without reading the others. Actors are taken in reverse settling order, so each dependency
 * adds its terms in the same order as such a scan.
 */
void sg_search_accumulate(struct sg_search *s, const struct sg_csr *graph, size_t source,
                          double scale, int with_squares);

/* Sum of 1/distance over the actors settled (source excluded). */
double sg_search_harmonic_sum(const struct sg_search *s, size_t source);

/* Adds scale/distance to s->sum (and its square to s->squares) for each actor settled at radius
 * or farther, target excluded. */
void sg_search_accumulate_harmonic(struct sg_search *s, size_t target, double scale, double radius);

/* After a search from source that settled target: walks back one shortest path chosen
 * uniformly at random (state: the generator), adding 1 to s->sum of each inner actor. */
void sg_search_add_random_path(struct sg_search *s, const struct sg_csr *reverse, size_t source,
                               size_t target, uint64_t *state);

/* Makes the search ready for the next source. */
void sg_search_reset(struct sg_search *s);

/* splitmix64: a small, well-mixed generator for reproducible samples. */
static inline uint64_t sg_random_next(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* A uniform number in [0, 1). */
static inline double sg_random_uniform(uint64_t *state)
{
    return (double)(sg_random_next(state) >> 11) * 0x1.0p-53;
}

#endif
