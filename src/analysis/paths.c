/*
 * Fused path measures. For each source, one search (search.h) yields the number of shortest
 * paths to every actor (Brandes 2001), their dependency accumulation for betweenness, and the
 * source's harmonic sum; under a guarantee, sampled pairs and sources with sample sizes from
 * sampling.h.
 *
 * Work is split into blocks of SG_PATHS_BLOCK sources. Worker threads take blocks in order,
 * accumulate each in a private buffer, and add their buffers into the result strictly in block
 * order, so floating-point sums are the same whatever the number of threads.
 */
#include "analysis/paths.h"

#include "analysis/sampling.h"
#include "base/diag.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- the parallel driver ---- */

enum phase {
    PHASE_BETWEENNESS, /* Brandes from each source: betweenness, and harmonic when exact */
    PHASE_HARMONIC,    /* searches on the reversed graph from sampled sources */
    PHASE_PAIRS,       /* one search per sampled pair, stopped at its target; one path each */
    PHASE_BALLS        /* each actor's exact harmonic sum over the actors nearer than radius */
};

struct shared {
    const struct sg_csr *forward, *reverse;
    const size_t *sources;
    const size_t *pairs; /* PHASE_PAIRS: source and target of each sample, interleaved */
    const size_t *inner; /* the graph's numbering (sg_path_options); sources, pairs and units
                          * are in the caller's, sums and results in the graph's */
    size_t source_count, block_count;
    enum phase phase;
    int sampled;
    int direct;    /* the phase writes its results in place: no block sums */
    double scale;  /* n / sources when sampled, else 1 */
    double radius; /* PHASE_BALLS and PHASE_HARMONIC: where the exact near part ends */
    uint64_t seed; /* PHASE_PAIRS: of each sample's path */
    /* results */
    double *sum, *squares, *harmonic_exact;
    /* scheduling */
    pthread_mutex_t lock;
    pthread_cond_t turn;
    size_t next_block, next_commit;
    int failed;
    const struct sg_progress *progress;
};

/* Actor v of the caller in the graph's numbering. */
static size_t inner_of(const struct shared *sh, size_t v)
{
    return sh->inner ? sh->inner[v] : v;
}

/* Sample i of PHASE_PAIRS: a search from its source stopped at its target, then one shortest
 * path at random, from a generator seeded by the sample's number (not by the thread). */
static int sample_pair(const struct shared *sh, struct sg_search *s, size_t i)
{
    size_t source = inner_of(sh, sh->pairs[2 * i]), target = inner_of(sh, sh->pairs[2 * i + 1]);
    const struct sg_csr *forward = sh->forward, *reverse = sh->reverse;
    /* No path when the source has no arc out or the target none in: no search needed. */
    if (forward->offsets[source] == forward->offsets[source + 1] ||
        reverse->offsets[target] == reverse->offsets[target + 1])
        return 0;
    if (sg_search_run(s, forward, source, target, INFINITY) != 0)
        return -1;
    if (s->vertex[target].done) {
        uint64_t state = sh->seed ^ (0xD1B54A32D192ED03ull * (uint64_t)(i + 1));
        sg_search_add_random_path(s, reverse, source, target, &state);
    }
    return 0;
}

/* Unit i of the phase (a source, a pair or an actor). Returns -1 when memory runs out. */
static int process(const struct shared *sh, struct sg_search *s, size_t i)
{
    int err = 0;
    size_t source = sh->phase == PHASE_PAIRS   ? 0
                    : sh->phase == PHASE_BALLS ? inner_of(sh, i)
                                               : inner_of(sh, sh->sources[i]);
    switch (sh->phase) {
    case PHASE_BETWEENNESS:
        err = sg_search_run(s, sh->forward, source, SIZE_MAX, INFINITY);
        if (!err && sh->harmonic_exact)
            sh->harmonic_exact[source] = sg_search_harmonic_sum(s, source);
        if (!err)
            sg_search_accumulate(s, sh->forward, source, sh->scale, sh->sampled);
        break;
    case PHASE_HARMONIC:
        err = sg_search_run(s, sh->reverse, source, SIZE_MAX, INFINITY);
        if (!err)
            sg_search_accumulate_harmonic(s, source, sh->scale, sh->radius);
        break;
    case PHASE_PAIRS:
        err = sample_pair(sh, s, i);
        break;
    case PHASE_BALLS:
        err = sg_search_run(s, sh->forward, source, SIZE_MAX, sh->radius);
        if (!err)
            sh->harmonic_exact[source] = sg_search_harmonic_sum(s, source);
        break;
    }
    sg_search_reset(s);
    return err;
}

/* Adds a finished block to the results, in block order so that sums do not depend on which
 * thread finished first (a direct phase has no sums, and does not wait). */
static void commit_block(struct shared *sh, const struct sg_search *s, size_t block, size_t units,
                         int out_of_memory)
{
    size_t n = sh->forward->n;
    pthread_mutex_lock(&sh->lock);
    if (out_of_memory)
        sh->failed = 1;
    while (!sh->direct && sh->next_commit != block && !sh->failed)
        pthread_cond_wait(&sh->turn, &sh->lock);
    if (!sh->failed) {
        if (!sh->direct)
            for (size_t v = 0; v < n; v++)
                sh->sum[v] += s->sum[v];
        if (sh->sampled)
            for (size_t v = 0; v < n; v++)
                sh->squares[v] += s->squares[v];
        sg_progress_report_advance(sh->progress, units);
    }
    sh->next_commit++;
    pthread_cond_broadcast(&sh->turn);
    pthread_mutex_unlock(&sh->lock);
}

static void *worker(void *argument)
{
    struct shared *sh = argument;
    struct sg_search s;
    int failed = sg_search_init(&s, sh->forward->n) != SG_OK;
    /* Brandes' accumulation reads the candidate predecessors its searches record. */
    if (!failed && sh->phase == PHASE_BETWEENNESS && sg_search_record(&s) != SG_OK) {
        sg_search_free(&s);
        failed = 1;
    }
    if (failed) {
        pthread_mutex_lock(&sh->lock);
        sh->failed = 1;
        pthread_cond_broadcast(&sh->turn);
        pthread_mutex_unlock(&sh->lock);
        return NULL;
    }
    size_t n = sh->forward->n;
    for (;;) {
        pthread_mutex_lock(&sh->lock);
        size_t block = sh->next_block++;
        int stop = sh->failed;
        pthread_mutex_unlock(&sh->lock);
        if (block >= sh->block_count || stop)
            break;
        size_t first = block * SG_PATHS_BLOCK;
        size_t last =
            first + SG_PATHS_BLOCK < sh->source_count ? first + SG_PATHS_BLOCK : sh->source_count;
        if (!sh->direct)
            memset(s.sum, 0, n * sizeof *s.sum);
        if (sh->sampled)
            memset(s.squares, 0, n * sizeof *s.squares);
        int out_of_memory = 0;
        for (size_t i = first; i < last && !out_of_memory; i++)
            out_of_memory = process(sh, &s, i) != 0;
        commit_block(sh, &s, block, last - first, out_of_memory);
    }
    sg_search_free(&s);
    return NULL;
}

static int run_phase(struct shared *sh, unsigned jobs)
{
    pthread_t *threads = calloc(jobs, sizeof *threads);
    if (!threads)
        return SG_ERR_NOMEM;
    sh->next_block = 0;
    sh->next_commit = 0;
    sh->block_count = (sh->source_count + SG_PATHS_BLOCK - 1) / SG_PATHS_BLOCK;
    unsigned started = 0;
    if (jobs > sh->block_count) /* a thread without a block would only start and stop */
        jobs = sh->block_count ? (unsigned)sh->block_count : 1;
    for (; jobs > 1 && started < jobs; started++)
        if (pthread_create(&threads[started], NULL, worker, sh) != 0)
            break;
    if (started == 0)
        worker(sh); /* one job, or no thread could start: do the work here */
    for (unsigned i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
    free(threads);
    return sh->failed ? SG_ERR_NOMEM : SG_OK;
}

static int compare_sizes(const void *left, const void *right)
{
    size_t a = *(const size_t *)left, b = *(const size_t *)right;
    return a < b ? -1 : (a > b);
}

/* The largest standard error of the normalised estimates: per actor, the sample standard
 * deviation of the per-source contributions over sqrt(k), with the finite population
 * correction for sampling k of n without replacement. */
static double max_standard_error(const double *sum, const double *squares, size_t n, size_t k,
                                 double normaliser)
{
    double largest = 0.0;
    if (k < 2 || k >= n)
        return 0.0;
    double correction = sqrt((double)(n - k) / (double)(n - 1));
    for (size_t v = 0; v < n; v++) {
        /* The sums hold scale * contribution with scale = n/k. For X = n * contribution,
         * the mean of the k values is sum[v] and their squares add up to k^2 squares[v]. */
        double mean = sum[v];
        double sum_of_squares = squares[v] * (double)k * (double)k;
        double variance = (sum_of_squares - (double)k * mean * mean) / (double)(k - 1);
        if (variance < 0)
            variance = 0;
        double error = sqrt(variance / (double)k) * correction / normaliser;
        if (error > largest)
            largest = error;
    }
    return largest;
}

/* Fills sources with every actor or, when 0 < k < n, with k actors drawn from the seed (a
 * partial Fisher-Yates shuffle, so without replacement) and sorted. Returns how many. */
static size_t choose_sources(uint64_t seed, size_t k, size_t n, size_t *sources)
{
    for (size_t i = 0; i < n; i++)
        sources[i] = i;
    if (!(k > 0 && k < n))
        return n;
    uint64_t state = seed;
    for (size_t i = 0; i < k; i++) {
        size_t j = i + (size_t)(sg_random_next(&state) % (uint64_t)(n - i));
        size_t swap = sources[i];
        sources[i] = sources[j];
        sources[j] = swap;
    }
    qsort(sources, k, sizeof *sources, compare_sizes);
    return k;
}

/* Runs the phases on the shared state (sources chosen, lock ready): betweenness (and, when
 * exact, each source's harmonic sum), then, when sampled, harmonic; with their errors. */
static int run_phases(struct shared *sh, unsigned jobs, double *squares, size_t n,
                      struct sg_path_result *result)
{
    size_t k = sh->source_count;
    int sampled = sh->sampled;
    sh->phase = PHASE_BETWEENNESS;
    sh->sum = result->betweenness;
    sh->squares = squares;
    sh->harmonic_exact = sampled ? NULL : result->harmonic;
    int err = run_phase(sh, jobs);
    if (err || !sampled)
        return err;
    result->betweenness_max_error = max_standard_error(
        result->betweenness, squares, n, k, n > 2 ? (double)(n - 1) * (double)(n - 2) : 1.0);
    /* Sampled harmonic: searches on the reversed graph from the sampled actors give every
     * actor's distance to them. */
    memset(squares, 0, n * sizeof *squares);
    sh->phase = PHASE_HARMONIC;
    sh->sum = result->harmonic;
    sh->harmonic_exact = NULL;
    sh->radius = 0.0;
    err = run_phase(sh, jobs);
    if (!err)
        result->harmonic_max_error =
            max_standard_error(result->harmonic, squares, n, k, n > 1 ? (double)(n - 1) : 1.0);
    return err;
}

/* ---- under a guarantee ---- */

/* The cost of one unit of work, in full single-source searches (measured on bench's M and L:
 * docs/METRICS.md, "Sampling with a guarantee"): a Brandes search with its accumulation, and a
 * pair's search stopped at its target with its path. */
#define BRANDES_COST 1.6
#define PAIR_COST    0.5
/* A search's work per arc scanned, against one per actor settled: most arcs out of a ball lead
 * past its radius and are only read. */
#define ARC_COST 0.25
/* The actors whose searches measure how far each radius reaches, drawn with a fixed seed so
 * that the radius depends on the graph only, never on the sample. */
#define PILOT_ACTORS 64
#define PILOT_SEED   0x243F6A8885A308D3ull

/* Harmonic under a guarantee: distances below radius computed exactly from every actor,
 * sources sampled for the rest; cost in full searches. */
struct harmonic_plan {
    double radius;  /* INFINITY: exact */
    size_t sources; /* sampled sources */
    double cost;
    size_t required;      /* sources of the cheapest sampled plan (reported when exact) */
    double required_cost; /* and its cost */
};

static void consider(struct harmonic_plan *plan, size_t n, double radius, size_t sources,
                     double near_cost)
{
    double cost = (double)sources + near_cost;
    if (cost < plan->required_cost) {
        plan->required = sources;
        plan->required_cost = cost;
    }
    if (sources < n && cost < plan->cost) {
        plan->radius = radius;
        plan->sources = sources;
        plan->cost = cost;
    }
}

/*
 * Chooses the plan for harmonic centrality that costs least. A sampled term is n/(n-1) times
 * 1/distance, so its range is n/((n-1) radius) once the actors nearer than radius are counted
 * exactly (sg_sampling_range); the sources that range needs come from sg_sampling_sources.
 * Candidates: the smallest arc length as radius (nothing near: plain Eppstein-Wang sampling),
 * the radii at which 16, 32, 64, ... sources suffice (their near part costs n searches that
 * each settle the actors within the radius and read their arcs: measured from PILOT_ACTORS
 * actors, in full searches), and exact computation (n searches). Returns 0 or -1 when memory runs
 * out.
 */
static int plan_harmonic(const struct sg_csr *forward, const struct sg_path_options *options,
                         struct sg_search *s, struct harmonic_plan *plan)
{
    size_t n = forward->n, count = 0;
    double epsilon = options->epsilon, delta = options->delta, shortest = INFINITY;
    double radii[64], reached[64] = {0};
    *plan = (struct harmonic_plan){INFINITY, 0, (double)n, 0, INFINITY};
    for (size_t k = 0; k < forward->offsets[n]; k++)
        shortest = fmin(shortest, forward->lengths[k]);
    if (isinf(shortest) || n < 2)
        return 0; /* no arcs: 0 everywhere, exactly and cheaply */
    consider(plan, n, shortest,
             sg_sampling_sources(n, sg_sampling_range(n, shortest), epsilon, delta), 0.0);
    for (size_t k = 16; k < n && count < 64; k *= 2)
        radii[count++] = sg_sampling_radius(n, k, epsilon, delta);
    uint64_t state = PILOT_SEED;
    size_t pilots = n < PILOT_ACTORS ? n : PILOT_ACTORS;
    for (size_t p = 0; p < pilots && count > 0; p++) {
        size_t pilot = (size_t)(sg_random_next(&state) % n);
        if (sg_search_run(s, forward, options->inner ? options->inner[pilot] : pilot, SIZE_MAX,
                          radii[0]) != 0)
            return -1;
        for (size_t i = 0; i < s->settled; i++) { /* radii shrink as c grows */
            size_t v = s->order[i];
            double work = 1.0 + ARC_COST * (double)(forward->offsets[v + 1] - forward->offsets[v]);
            for (size_t c = 0; c < count && s->vertex[v].distance < radii[c]; c++)
                reached[c] += work;
        }
        sg_search_reset(s);
    }
    /* n searches that each scan a share f of the actors and arcs cost n f full searches. */
    double full = ((double)n + ARC_COST * (double)forward->offsets[n]) * (double)pilots / (double)n;
    for (size_t c = 0; c < count; c++)
        consider(plan, n, radii[c],
                 sg_sampling_sources(n, sg_sampling_range(n, radii[c]), epsilon, delta),
                 reached[c] / full);
    return 0;
}

/* r pairs (source, target), source != target, drawn from the seed (a stream apart from the
 * sources'). Returns NULL when memory runs out. */
static size_t *draw_pairs(uint64_t seed, size_t r, size_t n)
{
    size_t *pairs = malloc((2 * r + 1) * sizeof *pairs);
    uint64_t state = seed ^ 0x5851F42D4C957F2Dull;
    for (size_t i = 0; pairs && i < r; i++) {
        size_t source = (size_t)(sg_random_next(&state) % n);
        size_t target = (size_t)(sg_random_next(&state) % (n - 1));
        pairs[2 * i] = source;
        pairs[2 * i + 1] = target >= source ? target + 1 : target;
    }
    return pairs;
}

/* Betweenness from r sampled pairs: each inner actor of a pair's random shortest path gets 1,
 * and the count c gives c/r in Riondato and Kornaropoulos' normalisation, c n/(r(n-2)) in ours;
 * the sums are left as that times (n-1)(n-2), like exact sums. Counts are whole numbers, so
 * they add up exactly in any order. */
static int betweenness_from_pairs(struct shared *sh, unsigned jobs, size_t r,
                                  struct sg_path_result *result)
{
    size_t n = sh->forward->n;
    size_t *pairs = draw_pairs(sh->seed, r, n);
    if (!pairs)
        return SG_ERR_NOMEM;
    sh->phase = PHASE_PAIRS;
    sh->pairs = pairs;
    sh->source_count = r;
    sh->sum = result->betweenness;
    int err = run_phase(sh, jobs);
    free(pairs);
    sh->pairs = NULL;
    for (size_t v = 0; !err && v < n; v++)
        result->betweenness[v] *= (double)n * (double)(n - 1) / (double)r;
    return err;
}

/* Harmonic under the plan: the near part of every actor exactly, then the far part from the
 * plan's sampled sources (scaled by n/k); the sums are left unnormalised, like exact sums. */
static int harmonic_from_plan(struct shared *sh, unsigned jobs, const struct harmonic_plan *plan,
                              uint64_t seed, size_t *sources, struct sg_path_result *result)
{
    size_t n = sh->forward->n;
    double *near = calloc(n + 1, sizeof *near);
    if (!near)
        return SG_ERR_NOMEM;
    sh->phase = PHASE_BALLS;
    sh->direct = 1;
    sh->radius = plan->radius;
    sh->harmonic_exact = near;
    sh->source_count = n;
    int err = run_phase(sh, jobs);
    sh->direct = 0;
    sh->harmonic_exact = NULL;
    if (!err && plan->sources > 0) {
        sh->phase = PHASE_HARMONIC;
        sh->sources = sources;
        sh->source_count = choose_sources(seed, plan->sources, n, sources);
        sh->scale = (double)n / (double)plan->sources;
        sh->sum = result->harmonic;
        err = run_phase(sh, jobs);
    }
    for (size_t v = 0; !err && v < n; v++)
        result->harmonic[v] += near[v];
    free(near);
    return err;
}

/* Records the guarantee's plan in result; returns whether exact computation is cheaper. */
static int plan_guarantee(const struct sg_csr *forward, size_t vertex_diameter,
                          const struct sg_path_options *options, const struct harmonic_plan *plan,
                          struct sg_path_result *result)
{
    size_t n = forward->n;
    size_t r = sg_sampling_pairs(n, vertex_diameter, options->epsilon, options->delta);
    int all_exact = PAIR_COST * (double)r + plan->cost >= BRANDES_COST * (double)n;
    int exact = all_exact || isinf(plan->radius);
    result->guaranteed = 1;
    result->vertex_diameter = vertex_diameter;
    /* No pair to sample (r = 0) when no shortest path has an inner actor: 0 is exact. */
    result->betweenness_bound = (struct sg_path_bound){all_exact || r == 0, r, all_exact ? 0 : r};
    result->harmonic_bound = (struct sg_path_bound){exact, exact ? plan->required : plan->sources,
                                                    exact ? 0 : plan->sources};
    result->radius = exact ? INFINITY : plan->radius;
    result->range = exact ? 0.0 : sg_sampling_range(n, plan->radius);
    return all_exact;
}

/* Under a guarantee: plans both measures, then computes each by its plan, or both exactly
 * when that is cheaper. sources has room for n actors. */
static int run_guaranteed(struct shared *sh, const struct sg_path_options *options, size_t *sources,
                          double *squares, struct sg_path_result *result)
{
    const struct sg_csr *forward = sh->forward;
    size_t n = forward->n, vertex_diameter = 0;
    unsigned jobs = options->jobs ? options->jobs : 1;
    struct harmonic_plan plan;
    struct sg_search s;
    if (sg_search_init(&s, n) != SG_OK)
        return SG_ERR_NOMEM;
    int err =
        sg_sampling_vertex_diameter(n, forward->offsets, forward->heads, &vertex_diameter) != 0 ||
                plan_harmonic(forward, options, &s, &plan) != 0
            ? SG_ERR_NOMEM
            : SG_OK;
    sg_search_free(&s);
    if (err)
        return err;
    if (plan_guarantee(forward, vertex_diameter, options, &plan, result)) {
        sh->source_count = choose_sources(0, 0, n, sources);
        sg_progress_report_stage(options->progress, "path measures", n);
        return run_phases(sh, jobs, squares, n, result);
    }
    size_t r = result->betweenness_bound.samples;
    sg_progress_report_stage(options->progress, "path measures (guaranteed)",
                             r + n + result->harmonic_bound.samples);
    struct harmonic_plan chosen = plan;
    if (result->harmonic_bound.exact)
        chosen = (struct harmonic_plan){INFINITY, 0, (double)n, 0, INFINITY};
    err = r > 0 ? betweenness_from_pairs(sh, jobs, r, result) : SG_OK;
    if (!err)
        err = harmonic_from_plan(sh, jobs, &chosen, options->seed, sources, result);
    /* Searches per direction, as elsewhere: n when harmonic is exact, else the sampled sources. */
    result->sources = result->harmonic_bound.exact ? n : result->harmonic_bound.samples;
    return err;
}

/* Puts the values of a result in the graph's numbering inner into the caller's. Returns 0 or
 * SG_ERR_NOMEM (result unchanged). */
static int to_caller_order(const size_t *inner, size_t n, struct sg_path_result *result)
{
    double *betweenness = malloc((n + 1) * sizeof *betweenness);
    double *harmonic = malloc((n + 1) * sizeof *harmonic);
    if (!betweenness || !harmonic) {
        free(betweenness);
        free(harmonic);
        return SG_ERR_NOMEM;
    }
    for (size_t v = 0; v < n; v++) {
        betweenness[v] = result->betweenness[inner[v]];
        harmonic[v] = result->harmonic[inner[v]];
    }
    free(result->betweenness);
    free(result->harmonic);
    result->betweenness = betweenness;
    result->harmonic = harmonic;
    return SG_OK;
}

int sg_paths_compute(const struct sg_csr *forward, const struct sg_csr *reverse,
                     const struct sg_path_options *options, struct sg_path_result *result)
{
    size_t n = forward->n;
    struct shared sh;
    size_t *sources = NULL;
    double *squares = NULL;
    int err = SG_ERR_NOMEM;
    memset(result, 0, sizeof *result);
    memset(&sh, 0, sizeof sh);
    result->betweenness = calloc(n + 1, sizeof *result->betweenness);
    result->harmonic = calloc(n + 1, sizeof *result->harmonic);
    sources = malloc((n + 1) * sizeof *sources);
    squares = calloc(n + 1, sizeof *squares);
    if (!result->betweenness || !result->harmonic || !sources || !squares)
        goto out;
    int guaranteed = options->epsilon > 0.0;
    size_t k = choose_sources(options->seed, guaranteed ? 0 : options->sample, n, sources);
    int sampled = !guaranteed && options->sample > 0 && options->sample < n;
    result->sources = k;
    result->sampled = sampled;

    sh.forward = forward;
    sh.reverse = reverse;
    sh.sources = sources;
    sh.source_count = k;
    sh.sampled = sampled;
    sh.scale = sampled ? (double)n / (double)k : 1.0;
    sh.seed = options->seed;
    sh.inner = options->inner;
    sh.progress = options->progress;
    pthread_mutex_init(&sh.lock, NULL);
    pthread_cond_init(&sh.turn, NULL);
    if (guaranteed) {
        err = run_guaranteed(&sh, options, sources, squares, result);
    } else {
        sg_progress_report_stage(options->progress,
                                 sampled ? "path measures (sampled)" : "path measures",
                                 sampled ? 2 * k : k);
        err = run_phases(&sh, options->jobs ? options->jobs : 1, squares, n, result);
    }
    pthread_mutex_destroy(&sh.lock);
    pthread_cond_destroy(&sh.turn);
    sg_progress_report_end(options->progress);
    if (!err && options->inner)
        err = to_caller_order(options->inner, n, result);
    if (err)
        goto out;
    for (size_t v = 0; v < n; v++) {
        result->betweenness[v] =
            n > 2 ? result->betweenness[v] / ((double)(n - 1) * (double)(n - 2)) : 0.0;
        result->harmonic[v] = n > 1 ? result->harmonic[v] / (double)(n - 1) : 0.0;
    }
out:
    free(sources);
    free(squares);
    if (err)
        sg_path_result_free(result);
    return err;
}

void sg_path_result_free(struct sg_path_result *result)
{
    if (!result)
        return;
    free(result->betweenness);
    free(result->harmonic);
    result->betweenness = NULL;
    result->harmonic = NULL;
}

unsigned sg_paths_default_jobs(void)
{
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    return count > 0 ? (unsigned)count : 1u;
}
