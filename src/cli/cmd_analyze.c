/*
 * stancegraph analyze: one snapshot in; its metrics JSON and DOT diagram out, and a ranked table
 * of its actors on standard output.
 */
#include "base/diag.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "write/dot.h"
#include "write/json.h"

#include <errno.h>
#include <getopt.h>
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
    "  -o, --output DIR     output directory, created if missing (default: output)\n"
    "      --rank-by M      metric that orders the table (default: pagerank)\n"
    "      --top N          rows in the table; 0 for all (default: 10)\n"
    "      --size-by M      metric that sizes the diagram's nodes (default: pagerank)\n"
    "      --no-legend      leave the legend out of the diagram\n"
    "      --camps          fill the diagram's nodes by camp\n"
    "      --layers         also compute the centralities on the support, criticism and\n"
    "                       negotiation layers separately (\"layers\" in the JSON)\n"
    "  -j, --jobs N         threads for the path measures (default: one per processor)\n"
    "      --exact          compute betweenness and harmonic centrality exactly, whatever\n"
    "                       the size (default above 20000 actors: 500 sampled sources)\n"
    "      --sample K       estimate them from K sampled sources\n"
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

static int compare_ranks(const void *left, const void *right)
{
    const struct rank_entry *a = left, *b = right;
    if (a->value != b->value)
        return a->value > b->value ? -1 : 1;
    return a->actor < b->actor ? -1 : (a->actor > b->actor);
}

static int print_table(const struct sg_model *model, const struct sg_metrics *metrics,
                       int rank_metric, size_t top)
{
    struct rank_entry *ranks = calloc(model->actor_count, sizeof *ranks);
    if (!ranks)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->actor_count; i++) {
        ranks[i].actor = i;
        ranks[i].value = sg_metric_value(&metrics->actors[i], (size_t)rank_metric);
    }
    qsort(ranks, model->actor_count, sizeof *ranks, compare_ranks);
    size_t rows = top == 0 || top > model->actor_count ? model->actor_count : top;
    size_t width = 5;
    for (size_t r = 0; r < rows; r++) {
        size_t length = strlen(model->actors[ranks[r].actor].id);
        if (length > width)
            width = length;
    }
    printf("%s: %zu actors, %zu ties; ranked by %s\n", model->info.id, model->actor_count,
           model->tie_count, sg_metric_table[rank_metric].name);
    printf("%4s  %-*s  %8s  %11s  %8s  %10s  %6s  %4s  %3s  %3s\n", "rank", (int)width, "actor",
           "pagerank", "betweenness", "harmonic", "net_stance", "pn", "camp", "in", "out");
    for (size_t r = 0; r < rows; r++) {
        const struct sg_actor_metrics *m = &metrics->actors[ranks[r].actor];
        printf("%4zu  %-*s  %8.4f  %11.4f  %8.4f  %+10.3f  %6.3f  %4.0f  %3.0f  %3.0f\n", r + 1,
               (int)width, model->actors[ranks[r].actor].id, m->pagerank, m->betweenness,
               m->harmonic, m->net_stance == 0.0 ? 0.0 : m->net_stance, m->pn, m->camp,
               m->degree_in, m->degree_out);
    }
    if (rows < model->actor_count)
        printf("(%zu more; --top 0 shows all)\n", model->actor_count - rows);
    free(ranks);
    return SG_OK;
}

int cmd_analyze(int argc, char **argv)
{
    enum {
        OPT_RANK_BY = 256,
        OPT_TOP,
        OPT_LAYERS,
        OPT_EXACT,
        OPT_SAMPLE,
        OPT_SEED,
        OPT_PROGRESS,
        OPT_TIMINGS
    };
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"rank-by", required_argument, NULL, OPT_RANK_BY},
                                            {"top", required_argument, NULL, OPT_TOP},
                                            {"size-by", required_argument, NULL, SG_OPT_SIZE_BY},
                                            {"no-legend", no_argument, NULL, SG_OPT_NO_LEGEND},
                                            {"camps", no_argument, NULL, SG_OPT_CAMPS},
                                            {"layers", no_argument, NULL, OPT_LAYERS},
                                            {"jobs", required_argument, NULL, 'j'},
                                            {"exact", no_argument, NULL, OPT_EXACT},
                                            {"sample", required_argument, NULL, OPT_SAMPLE},
                                            {"seed", required_argument, NULL, OPT_SEED},
                                            {"progress", no_argument, NULL, OPT_PROGRESS},
                                            {"timings", no_argument, NULL, OPT_TIMINGS},
                                            {"quiet", no_argument, NULL, 'q'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *directory = "output";
    int rank_metric = sg_metric_find("pagerank");
    size_t top = 10;
    int quiet = 0, with_layers = 0, force_progress = 0, timings = 0, c;
    size_t number = 0;
    struct sg_measure_options measure_options;
    struct timespec started, loaded, measured, layered, written;
    struct sg_metrics layers[SG_STANCE_COUNT] = {{0}};
    struct sg_dot_options dot_options;
    struct sg_model model;
    struct sg_metrics metrics = {0};
    struct sg_outfile_set *outputs = NULL;
    char *json_text = NULL, *dot_text = NULL, *json_path = NULL, *dot_path = NULL;
    int err = SG_OK;

    sg_dot_options_init(&dot_options);
    sg_measure_options_init(&measure_options);
    sg_model_init(&model);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:j:qh", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            directory = optarg;
            break;
        case OPT_RANK_BY:
            rank_metric = sg_metric_find(optarg);
            if (rank_metric < 0)
                return sg_cmd_usage_error("analyze", "unknown metric '%s' for --rank-by", optarg);
            break;
        case OPT_TOP:
            if (sg_cmd_parse_count(optarg, &top) != 0)
                return sg_cmd_usage_error("analyze", "--top takes a whole number, not '%s'",
                                          optarg);
            break;
        case OPT_LAYERS:
            with_layers = 1;
            break;
        case 'j':
            if (sg_cmd_parse_count(optarg, &number) != 0 || number < 1 || number > 1024)
                return sg_cmd_usage_error("analyze",
                                          "--jobs takes a number from 1 to 1024, not "
                                          "'%s'",
                                          optarg);
            measure_options.jobs = (unsigned)number;
            break;
        case OPT_EXACT:
            measure_options.sample = 0;
            break;
        case OPT_SAMPLE:
            if (sg_cmd_parse_count(optarg, &number) != 0 || number < 1)
                return sg_cmd_usage_error("analyze",
                                          "--sample takes a number of sources (at "
                                          "least 1), not '%s'",
                                          optarg);
            measure_options.sample = (long)number;
            break;
        case OPT_SEED:
            if (sg_cmd_parse_count(optarg, &number) != 0)
                return sg_cmd_usage_error("analyze", "--seed takes a whole number, not '%s'",
                                          optarg);
            measure_options.seed = (uint64_t)number;
            break;
        case OPT_PROGRESS:
            force_progress = 1;
            break;
        case OPT_TIMINGS:
            timings = 1;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            if (c != '?') {
                int shared = sg_cmd_dot_option(c, optarg, &dot_options);
                if (shared < 0)
                    return SG_EXIT_USAGE;
                if (shared > 0)
                    break;
            }
            if (optopt == 'o' || optopt == 'j')
                return sg_cmd_usage_error("analyze", "option '-%c' needs a value", optopt);
            return sg_cmd_usage_error("analyze", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return sg_cmd_usage_error("analyze", "no snapshot file given");
    if (optind + 1 < argc)
        return sg_cmd_usage_error("analyze", "one snapshot at a time (got %d)", argc - optind);

    sg_cmd_setup_progress(quiet, force_progress);
    clock_gettime(CLOCK_MONOTONIC, &started);
    err = sg_cmd_load_and_measure_with(argv[optind], &measure_options, &model, &metrics);
    if (err)
        goto out;
    clock_gettime(CLOCK_MONOTONIC, &loaded);
    measured = loaded;
    for (int layer = 0; with_layers && !err && layer < SG_STANCE_COUNT; layer++)
        err = sg_measures_compute_layer(&model, (enum sg_stance)layer, &layers[layer]);
    clock_gettime(CLOCK_MONOTONIC, &layered);
    if (!err)
        err = sg_write_metrics_json(&model, &metrics, with_layers ? layers : NULL, &json_text);
    if (err)
        goto out;
    err = sg_write_dot(&model, &metrics, &dot_options, &dot_text);
    if (err)
        goto out;
    err = sg_cmd_ensure_directory(directory);
    if (err)
        goto out;
    json_path = sg_cmd_join_path(directory, model.info.id, ".metrics.json");
    dot_path = sg_cmd_join_path(directory, model.info.id, ".dot");
    outputs = sg_outfile_set_new();
    if (!json_path || !dot_path || !outputs) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    err = sg_outfile_add(outputs, json_path, json_text, strlen(json_text));
    if (!err)
        err = sg_outfile_add(outputs, dot_path, dot_text, strlen(dot_text));
    if (!err)
        err = sg_outfile_commit(outputs);
    if (err)
        goto out;
    clock_gettime(CLOCK_MONOTONIC, &written);
    if (timings)
        fprintf(stderr,
                "timings: load %.3f s, measures %.3f s (path measures %.3f s, signed %.3f s), "
                "layers %.3f s, write %.3f s, total %.3f s\n",
                seconds_between(&started, &loaded) - metrics.seconds_total, metrics.seconds_total,
                metrics.seconds_paths, metrics.seconds_signed, seconds_between(&measured, &layered),
                seconds_between(&layered, &written), seconds_between(&started, &written));
    if (!quiet) {
        err = print_table(&model, &metrics, rank_metric, top);
        fflush(stdout);
        fprintf(stderr, "wrote '%s' and '%s'\n", json_path, dot_path);
    }
out:
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    sg_outfile_set_free(outputs);
    free(json_path);
    free(dot_path);
    free(json_text);
    free(dot_text);
    sg_metrics_destroy(&metrics);
    for (int layer = 0; layer < SG_STANCE_COUNT; layer++)
        sg_metrics_destroy(&layers[layer]);
    sg_model_destroy(&model);
    return sg_exit_status_for(err);
}
