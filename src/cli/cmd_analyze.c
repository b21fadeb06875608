/*
 * stancegraph analyze: one snapshot in; its metrics JSON and DOT diagram out, and a ranked table
 * of its actors on standard output.
 */
#include "base/diag.h"
#include "base/outfile.h"
#include "base/stats.h"
#include "cli/command.h"
#include "write/dot.h"
#include "write/json.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
    "usage: stancegraph analyze [options] FILE\n"
    "\n"
    "Computes the metrics of one snapshot (stancegraph/1 JSON, DOT or CSV) and writes\n"
    "  DIR/ID.metrics.json   every metric (format stancegraph-metrics/1)\n"
    "  DIR/ID.dot            the stance diagram, for 'dot' or 'stancegraph render'\n"
    "where ID is the snapshot id, then prints the actors ranked by a metric.\n"
    "\n"
    "options:\n"
    "  -d, --output-dir DIR folder of the outputs, made if missing (one level deep;\n"
    "                       default: output); not '-'. -o DIR, its old name, still works\n"
    "                       for now, with a warning\n"
    "      --rank-by M      metric that orders the table, shown as a column if it is not one\n"
    "                       (default: harmonic): pagerank, betweenness, harmonic, hub,\n"
    "                       authority, degree_in, degree_out, support_in, support_out,\n"
    "                       criticism_in, criticism_out, negotiation, net_stance, net_out,\n"
    "                       pn, pn_in, pn_out, camp, broker_ties, broker_weight\n"
    "      --ascending      smallest first (default: largest first; undefined values last)\n"
    "      --top N          rows in the table; 0 for all (default: 10)\n"
    "      --size-by M      metric that sizes the diagram's nodes (default: harmonic)\n"
    "      --no-legend      leave the legend out of the diagram\n"
    "      --camps          fill the diagram's nodes by camp\n"
    "      --layers         also compute the centralities on the support, criticism and\n"
    "                       negotiation layers separately (\"layers\" in the JSON)\n"
    "  -j, --jobs N         threads for the path measures (default: one per processor)\n"
    "      --exact          compute betweenness and harmonic centrality exactly, whatever\n"
    "                       the size (default above 20000 actors: sampled with the\n"
    "                       guarantee --epsilon 0.3 --delta 0.1)\n"
    "      --epsilon E      sample so that every actor's betweenness and harmonic value is\n"
    "                       within E of the exact one (0 < E < 1; default 0.3) ...\n"
    "      --delta D        ... with probability at least 1 - D each (0 < D < 1; default\n"
    "                       0.1); exact where that is no slower\n"
    "      --sample K       estimate them from K sampled sources, without a guarantee\n"
    "      --seed S         seed of the sample (default: 1)\n"
    "      --progress       show progress even when stderr is not a terminal\n"
    "      --timings        print how long each stage took, on stderr\n"
    "  -q, --quiet          print no table, no file names and no progress\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n"
    "Nothing is written unless every output succeeds.\n";

struct rank_entry {
    size_t actor;
    double value;
};

static double seconds_between(const struct timespec *from, const struct timespec *to)
{
    return (double)(to->tv_sec - from->tv_sec) + (double)(to->tv_nsec - from->tv_nsec) / 1e9;
}

/* How the table is made: --rank-by, --ascending, --top. */
struct table_options {
    int rank_metric, ascending;
    size_t top;
};

/* Larger values first, NaN (pn where undefined) last, ties in input order. */
static int compare_ranks(const void *left, const void *right)
{
    const struct rank_entry *a = left, *b = right;
    return sg_stats_compare_ranked(a->value, a->actor, b->value, b->actor);
}

/* Whether the table shows the metric as one of its columns. */
static int shown(int metric)
{
    static const char *const columns[] = {"pagerank", "betweenness", "harmonic",  "net_stance",
                                          "pn",       "camp",        "degree_in", "degree_out"};
    for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++)
        if (strcmp(sg_metric_table[metric].name, columns[i]) == 0)
            return 1;
    return 0;
}

/* The rows in order: by the metric, largest first (or smallest with ascending). */
static void order_rows(const struct sg_model *model, const struct sg_metrics *metrics,
                       int rank_metric, int ascending, struct rank_entry *ranks)
{
    for (size_t i = 0; i < model->actor_count; i++) {
        double value = sg_metric_value(&metrics->actors[i], (size_t)rank_metric);
        ranks[i].actor = i;
        ranks[i].value = ascending ? -value : value; /* NaN stays NaN: last either way */
    }
    qsort(ranks, model->actor_count, sizeof *ranks, compare_ranks);
}

/* Under a guarantee, one line that says what was sampled and how close it is. */
static void print_guarantee(const struct sg_graph_metrics *g)
{
    if (!g->paths_guaranteed || (g->betweenness_bound.exact && g->harmonic_bound.exact))
        return;
    printf("sampled: every %s value within %g of exact, with probability %g or more (%zu pairs, "
           "%zu sources; --exact for exact values)\n",
           g->betweenness_bound.exact ? "harmonic"
           : g->harmonic_bound.exact  ? "betweenness"
                                      : "betweenness and harmonic",
           g->path_epsilon, 1.0 - g->path_delta, g->betweenness_bound.samples,
           g->harmonic_bound.samples);
}

/* ranks: room for every actor, allocated before the outputs were committed */
static void print_table(const struct sg_model *model, const struct sg_metrics *metrics,
                        const struct table_options *table, struct rank_entry *ranks)
{
    int metric = table->rank_metric, extra = !shown(metric);
    order_rows(model, metrics, metric, table->ascending, ranks);
    size_t rows =
        table->top == 0 || table->top > model->actor_count ? model->actor_count : table->top;
    size_t width = 5;
    for (size_t r = 0; r < rows; r++) {
        size_t length = strlen(model->actors[ranks[r].actor].id);
        if (length > width)
            width = length;
    }
    printf("%s: %zu actors, %zu ties; ranked by %s%s\n", model->info.id, model->actor_count,
           model->tie_count, sg_metric_table[metric].name,
           table->ascending ? ", smallest first" : "");
    printf("%4s  %-*s  %8s  %11s  %8s  %10s  %6s  %4s  %3s  %3s", "rank", (int)width, "actor",
           "pagerank", "betweenness", "harmonic", "net_stance", "pn", "camp", "in", "out");
    printf(extra ? "  %13s\n" : "\n", sg_metric_table[metric].name);
    for (size_t r = 0; r < rows; r++) {
        const struct sg_actor_metrics *m = &metrics->actors[ranks[r].actor];
        printf("%4zu  %-*s  %8.4f  %11.4f  %8.4f  %+10.3f  %6.3f", r + 1, (int)width,
               model->actors[ranks[r].actor].id, m->pagerank, m->betweenness, m->harmonic,
               m->net_stance == 0.0 ? 0.0 : m->net_stance, m->pn);
        if (isnan(m->camp))
            printf("  %4s", "-"); /* no camp */
        else
            printf("  %4.0f", m->camp);
        printf("  %3.0f  %3.0f", m->degree_in, m->degree_out);
        if (extra)
            printf(sg_metric_table[metric].integral ? "  %13.0f" : "  %13.4f",
                   sg_metric_value(m, (size_t)metric));
        putchar('\n');
    }
    if (rows < model->actor_count)
        printf("(%zu more; --top 0 shows all)\n", model->actor_count - rows);
    print_guarantee(&metrics->graph);
}

enum {
    OPT_RANK_BY = 256,
    OPT_ASCENDING,
    OPT_TOP,
    OPT_LAYERS,
    OPT_EXACT,
    OPT_SAMPLE,
    OPT_SEED,
    OPT_EPSILON,
    OPT_DELTA,
    OPT_PROGRESS,
    OPT_TIMINGS
};

struct analyze_job {
    struct table_options table;
    int with_layers, force_progress, timings;
    struct sg_measure_options measure_options;
    struct sg_dot_options dot_options;
};

/* What one run makes; released at the end of run. */
struct analysis {
    struct sg_model model;
    struct sg_metrics metrics;
    struct sg_metrics layers[SG_STANCE_COUNT];
    char *json_path, *dot_path;
    struct rank_entry *ranks; /* the table's room, made before anything is written */
};

static void init(void *settings)
{
    struct analyze_job *job = settings;
    job->table.rank_metric = sg_metric_find(SG_DEFAULT_METRIC);
    job->table.top = 10;
    sg_measure_options_init(&job->measure_options);
    sg_dot_options_init(&job->dot_options);
}

/* value as a number strictly between 0 and 1 into *number; returns 0, or -1 when it is not. */
static int parse_fraction(const char *value, double *number)
{
    char *end = NULL;
    errno = 0;
    double parsed = strtod(value, &end);
    if (errno || end == value || *end || !(parsed > 0.0 && parsed < 1.0))
        return -1;
    *number = parsed;
    return 0;
}

/* The options that tune the path measures: --jobs, --exact, --sample, --seed, --epsilon,
 * --delta. */
static int measure_option(struct sg_invocation *invocation, int code, const char *value,
                          struct sg_measure_options *options)
{
    size_t number = 0;
    switch (code) {
    case OPT_EPSILON:
    case OPT_DELTA:
        if (parse_fraction(value, code == OPT_EPSILON ? &options->epsilon : &options->delta) != 0)
            return sg_cmd_usage_error(invocation,
                                      "%s takes a number between 0 and 1 (both excluded), not '%s'",
                                      code == OPT_EPSILON ? "--epsilon" : "--delta", value);
        return SG_OPTION_NEXT;
    case 'j':
        if (sg_cmd_parse_count(value, &number) != 0 || number < 1 || number > 1024)
            return sg_cmd_usage_error(invocation, "--jobs takes a number from 1 to 1024, not '%s'",
                                      value);
        options->jobs = (unsigned)number;
        return SG_OPTION_NEXT;
    case OPT_EXACT:
        options->sample = 0;
        return SG_OPTION_NEXT;
    case OPT_SAMPLE:
        if (sg_cmd_parse_count(value, &number) != 0 || number < 1)
            return sg_cmd_usage_error(
                invocation, "--sample takes a number of sources (at least 1), not '%s'", value);
        options->sample = (long)number;
        return SG_OPTION_NEXT;
    case OPT_SEED:
        if (sg_cmd_parse_count(value, &number) != 0)
            return sg_cmd_usage_error(invocation, "--seed takes a whole number, not '%s'", value);
        options->seed = (uint64_t)number;
        return SG_OPTION_NEXT;
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct analyze_job *job = invocation->job;
    switch (code) {
    case OPT_RANK_BY:
        job->table.rank_metric = sg_metric_find(value);
        if (job->table.rank_metric < 0) {
            char names[512] = "";
            for (size_t m = 0; m < sg_metric_count; m++)
                snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", m ? ", " : "",
                         sg_metric_table[m].name);
            return sg_cmd_usage_error(invocation, "unknown metric '%s' for --rank-by (choose %s)",
                                      value, names);
        }
        return SG_OPTION_NEXT;
    case OPT_ASCENDING:
        job->table.ascending = 1;
        return SG_OPTION_NEXT;
    case OPT_TOP:
        if (sg_cmd_parse_count(value, &job->table.top) != 0)
            return sg_cmd_usage_error(invocation, "--top takes a whole number, not '%s'", value);
        return SG_OPTION_NEXT;
    case OPT_LAYERS:
        job->with_layers = 1;
        return SG_OPTION_NEXT;
    case OPT_PROGRESS:
        job->force_progress = 1;
        return SG_OPTION_NEXT;
    case OPT_TIMINGS:
        job->timings = 1;
        return SG_OPTION_NEXT;
    default:
        break;
    }
    int result = measure_option(invocation, code, value, &job->measure_options);
    return result != SG_OPTION_UNKNOWN ? result : sg_cmd_dot_option(code, value, &job->dot_options);
}

static const struct option long_options[] = {{"rank-by", required_argument, NULL, OPT_RANK_BY},
                                             {"ascending", no_argument, NULL, OPT_ASCENDING},
                                             {"top", required_argument, NULL, OPT_TOP},
                                             SG_CMD_DOT_OPTIONS,
                                             {"layers", no_argument, NULL, OPT_LAYERS},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"exact", no_argument, NULL, OPT_EXACT},
                                             {"sample", required_argument, NULL, OPT_SAMPLE},
                                             {"seed", required_argument, NULL, OPT_SEED},
                                             {"epsilon", required_argument, NULL, OPT_EPSILON},
                                             {"delta", required_argument, NULL, OPT_DELTA},
                                             {"progress", no_argument, NULL, OPT_PROGRESS},
                                             {"timings", no_argument, NULL, OPT_TIMINGS},
                                             {NULL, 0, NULL, 0}};

/* What the outputs are written from, as they are written (sg_outfile_add_stream). */
struct output_source {
    const struct analyze_job *job;
    const struct analysis *result;
};

static int write_metrics(FILE *out, void *context)
{
    const struct output_source *source = context;
    const struct analysis *result = source->result;
    return sg_write_metrics_json_to(out, &result->model, &result->metrics,
                                    source->job->with_layers ? result->layers : NULL);
}

static int write_diagram(FILE *out, void *context)
{
    const struct output_source *source = context;
    return sg_write_dot_to(out, &source->result->model, &source->result->metrics,
                           &source->job->dot_options);
}

/* Writes DIR/ID.metrics.json and DIR/ID.dot, both or neither; their paths go to result. Both
 * go straight to their files: at a million ties the JSON alone is 190 MB. */
static int write_outputs(const struct sg_invocation *invocation, const struct analyze_job *job,
                         struct analysis *result)
{
    const char *directory = sg_cmd_output_directory(invocation);
    const char *id = result->model.info.id;
    struct sg_outfile_set *outputs = NULL;
    struct output_source source = {job, result};
    int err = sg_cmd_ensure_directory(directory);
    if (!err) {
        outputs = sg_outfile_set_new();
        result->json_path = sg_cmd_join_path(directory, id, ".metrics.json");
        result->dot_path = sg_cmd_join_path(directory, id, ".dot");
        err = outputs && result->json_path && result->dot_path ? SG_OK : SG_ERR_NOMEM;
    }
    if (!err)
        err = sg_outfile_add_stream(outputs, result->json_path, write_metrics, &source);
    if (!err)
        err = sg_outfile_add_stream(outputs, result->dot_path, write_diagram, &source);
    if (!err)
        err = sg_outfile_commit(outputs);
    sg_outfile_set_free(outputs);
    return err;
}

/* The stages' clock readings, for --timings. */
struct stage_times {
    struct timespec started, loaded, layered, written;
};

static void print_timings(const struct stage_times *t, const struct sg_metrics *metrics)
{
    double other = metrics->seconds_total - metrics->seconds_build - metrics->seconds_paths -
                   metrics->seconds_signed;
    fprintf(stderr,
            "timings: load %.3f s, build %.3f s, path measures %.3f s, signed measures %.3f s, "
            "other measures %.3f s, layers %.3f s, write %.3f s, total %.3f s\n",
            seconds_between(&t->started, &t->loaded) - metrics->seconds_total,
            metrics->seconds_build, metrics->seconds_paths, metrics->seconds_signed,
            other > 0 ? other : 0.0, seconds_between(&t->loaded, &t->layered),
            seconds_between(&t->layered, &t->written), seconds_between(&t->started, &t->written));
}

/* Loads, measures (layers too when asked) and writes; times each stage into times. */
static int analyze(const struct sg_invocation *invocation, const struct analyze_job *job,
                   struct analysis *result, struct stage_times *times)
{
    clock_gettime(CLOCK_MONOTONIC, &times->started);
    int err = sg_cmd_load_and_measure(invocation, invocation->operands[0], &job->measure_options,
                                      &result->model, &result->metrics);
    if (err)
        return err;
    clock_gettime(CLOCK_MONOTONIC, &times->loaded);
    for (int layer = 0; job->with_layers && !err && layer < SG_STANCE_COUNT; layer++)
        err = sg_measures_compute_layer(&result->model, (enum sg_stance)layer,
                                        &result->layers[layer]);
    clock_gettime(CLOCK_MONOTONIC, &times->layered);
    if (!err && !invocation->quiet) {
        result->ranks = calloc(result->model.actor_count + 1, sizeof *result->ranks);
        err = result->ranks ? SG_OK : SG_ERR_NOMEM;
    }
    if (!err)
        err = write_outputs(invocation, job, result);
    clock_gettime(CLOCK_MONOTONIC, &times->written);
    return err;
}

/* --epsilon or --delta alone takes the other's default; neither goes with --sample or --exact.
 * Returns 0, or -1 after a usage error. */
static int settle_guarantee(struct sg_invocation *invocation)
{
    struct analyze_job *job = invocation->job;
    struct sg_measure_options *measure = &job->measure_options;
    if (!(measure->epsilon > 0.0 || measure->delta > 0.0))
        return 0;
    if (measure->sample >= 0) {
        sg_cmd_usage_error(invocation,
                           "--epsilon and --delta cannot be combined with --sample or --exact");
        return -1;
    }
    if (!(measure->epsilon > 0.0))
        measure->epsilon = SG_DEFAULT_EPSILON;
    if (!(measure->delta > 0.0))
        measure->delta = SG_DEFAULT_DELTA;
    return 0;
}

static int run(struct sg_invocation *invocation)
{
    const struct analyze_job *job = invocation->job;
    if (invocation->operand_count < 1)
        return sg_cmd_usage_error(invocation, "no snapshot file given");
    if (invocation->operand_count > 1)
        return sg_cmd_usage_error(invocation, "one snapshot at a time (got %d)",
                                  invocation->operand_count);
    if (settle_guarantee(invocation) != 0)
        return SG_EXIT_USAGE;
    struct analysis result = {0};
    struct stage_times times;
    sg_model_init(&result.model);
    sg_cmd_setup_progress(invocation->quiet, job->force_progress);
    int err = analyze(invocation, job, &result, &times);
    if (!err && job->timings)
        print_timings(&times, &result.metrics);
    if (!err && !invocation->quiet) {
        print_table(&result.model, &result.metrics, &job->table, result.ranks);
        fflush(stdout);
        fprintf(stderr, "wrote '%s' and '%s'\n", result.json_path, result.dot_path);
    }
    free(result.ranks);
    free(result.json_path);
    free(result.dot_path);
    sg_metrics_destroy(&result.metrics);
    for (int layer = 0; layer < SG_STANCE_COUNT; layer++)
        sg_metrics_destroy(&result.layers[layer]);
    sg_model_destroy(&result.model);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_analyze = {
    .name = "analyze",
    .summary = "write a snapshot's metrics JSON and DOT diagram",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT_DIR | SG_SHARED_QUIET,
    .short_options = "j:",
    .long_options = long_options,
    .job_size = sizeof(struct analyze_job),
    .init = init,
    .option = option,
    .run = run,
};
