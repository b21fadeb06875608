/*
 * stancegraph diff: what changed between two snapshots, as a JSON report, a DOT diagram and a
 * short summary; optionally the two snapshots drawn with the same node positions.
 */
#include "analysis/compare.h"
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "model/window.h"
#include "render/render.h"
#include "write/diff.h"
#include "write/dot.h"
#include "write/dot_diff.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph diff [options] OLD NEW\n"
    "       stancegraph diff [options] --window LENGTH LOG\n"
    "\n"
    "Compares two snapshots (stancegraph/1 JSON, DOT or CSV), or with --window the last two\n"
    "windows of a dated statement log (the LENGTH up to its latest date against the LENGTH\n"
    "before: \"what changed since last week\" is --window 7d), and writes\n"
    "  DIR/OLDID--NEWID.diff.json   the report (format stancegraph-diff/1)\n"
    "  DIR/OLDID--NEWID.diff.dot    the diagram of what changed\n"
    "then prints a summary: counts, flips, risers and fallers, new and lost ties, similarity.\n"
    "\n"
    "options:\n"
    "  -d, --output-dir DIR folder of the outputs, made if missing (one level deep;\n"
    "                       default: output); not '-'. -o DIR, its old name, still works\n"
    "                       for now, with a warning\n"
    "      --metric M       metric for risers and fallers (default: harmonic)\n"
    "      --top N          entries per list in the summary (default: 5)\n"
    "      --aligned F      also draw the diff and both snapshots with the same node\n"
    "                       positions, as F (svg, png, pdf, or another Graphviz format):\n"
    "                       DIR/OLDID--NEWID.diff.F, .old.F and .new.F\n"
    "      --window LENGTH  compare the last two windows of LOG: Nd days, Nw weeks or Nm\n"
    "                       calendar months\n"
    "  -K, --engine E       layout engine for --aligned: dot, neato, fdp, sfdp, circo or\n"
    "                       twopi (default: dot)\n"
    "  -q, --quiet          print no summary and no file names\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n"
    "Nothing is written unless every output succeeds.\n";

enum { OPT_METRIC = 256, OPT_TOP, OPT_ALIGNED, OPT_WINDOW };

struct diff_job {
    const char *directory, *aligned_format, *engine, *window_text;
    struct sg_duration window;
    int metric;
    size_t top;
};

static void init(void *settings)
{
    struct diff_job *job = settings;
    *job = (struct diff_job){NULL, NULL, "dot", NULL, {0, 0}, sg_metric_find(SG_DEFAULT_METRIC), 5};
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct diff_job *job = invocation->job;
    switch (code) {
    case OPT_METRIC:
        job->metric = sg_metric_find(value);
        if (job->metric < 0 || sg_metric_table[job->metric].label)
            return sg_cmd_usage_error(invocation, "'%s' is not a metric that can rise or fall",
                                      value);
        return SG_OPTION_NEXT;
    case OPT_TOP:
        if (sg_cmd_parse_count(value, &job->top) != 0)
            return sg_cmd_usage_error(invocation, "--top takes a whole number, not '%s'", value);
        return SG_OPTION_NEXT;
    case OPT_ALIGNED:
        if (!sg_render_format_supported(value))
            return sg_cmd_usage_error(invocation,
                                      "unknown format '%s' for --aligned (choose "
                                      "svg, png, pdf, or another format Graphviz writes: "
                                      "plain, json, eps, ...)",
                                      value);
        job->aligned_format = value;
        return SG_OPTION_NEXT;
    case OPT_WINDOW:
        return sg_cmd_duration_option(invocation, "--window", "7d, 2w or 1m", value, &job->window,
                                      &job->window_text);
    case 'K':
        return sg_cmd_engine_option(invocation, value, &job->engine);
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {
    {"metric", required_argument, NULL, OPT_METRIC},   {"top", required_argument, NULL, OPT_TOP},
    {"aligned", required_argument, NULL, OPT_ALIGNED}, {"engine", required_argument, NULL, 'K'},
    {"window", required_argument, NULL, OPT_WINDOW},   {NULL, 0, NULL, 0}};

/* Renders the diff and both snapshots with shared positions and stages the three images. */
static int add_aligned(struct sg_outfile_set *outputs, const struct diff_job *job, const char *stem,
                       const char *diff_dot, const struct sg_diff *diff)
{
    struct sg_dot_options options;
    char *dots[2] = {NULL, NULL}, *images[3] = {NULL, NULL, NULL}, suffix[3][24];
    size_t lengths[3] = {0, 0, 0};
    struct sg_renderer *renderer = NULL;
    sg_dot_options_init(&options);
    int err = sg_write_dot(diff->old_model, diff->old_metrics, &options, &dots[0]);
    if (!err)
        err = sg_write_dot(diff->new_model, diff->new_metrics, &options, &dots[1]);
    if (!err) {
        sg_render_engine_warn(job->engine);
        renderer = sg_renderer_new();
        err = renderer ? SG_OK : SG_ERR_LIBRARY;
    }
    if (!err)
        err = sg_render_aligned(renderer, diff_dot, (const char *const *)dots, 2, job->engine,
                                job->aligned_format, images, lengths);
    snprintf(suffix[0], sizeof suffix[0], ".diff.%s", job->aligned_format);
    snprintf(suffix[1], sizeof suffix[1], ".old.%s", job->aligned_format);
    snprintf(suffix[2], sizeof suffix[2], ".new.%s", job->aligned_format);
    for (int i = 0; i < 3 && !err; i++)
        err = sg_cmd_add_output(outputs, job->directory, stem, suffix[i], images[i], lengths[i],
                                NULL);
    for (int i = 0; i < 3; i++)
        free(images[i]);
    free(dots[0]);
    free(dots[1]);
    sg_renderer_free(renderer);
    return err;
}

/* The summary diff prints, made in memory before anything is written, so that a failure to
 * make it leaves no output behind. */
static int summary_text(const struct sg_diff *diff, const struct diff_job *job, char **text,
                        size_t *size)
{
    FILE *stream = open_memstream(text, size);
    if (!stream)
        return SG_ERR_NOMEM;
    int err = sg_write_diff_summary(diff, job->metric, job->top, stream);
    if (fclose(stream) != 0 && !err)
        err = SG_ERR_NOMEM; /* the memory stream could not grow */
    return err;
}

/* The two snapshots compared, with their metrics. */
struct pair {
    struct sg_model models[2];
    struct sg_metrics metrics[2];
};

static void pair_destroy(struct pair *p)
{
    for (int i = 0; i < 2; i++) {
        sg_metrics_destroy(&p->metrics[i]);
        sg_model_destroy(&p->models[i]);
    }
}

/* OLD and NEW from two files; both are checked before either error stops the run. */
static int load_files(const struct sg_invocation *invocation, struct pair *p)
{
    int err = SG_OK;
    for (int i = 0; i < 2; i++) {
        int e = sg_cmd_load_and_measure(invocation, invocation->operands[i], NULL, &p->models[i],
                                        &p->metrics[i]);
        if (!err)
            err = e;
    }
    return err;
}

/* OLD and NEW as the last two windows of a log. */
static int load_windows(const struct sg_invocation *invocation, const struct diff_job *job,
                        struct pair *p)
{
    const char *path = invocation->operands[0];
    struct sg_model log;
    size_t undated = 0;
    sg_model_init(&log);
    int err = sg_cmd_load(invocation, path, &log);
    if (!err)
        err = sg_window_last_two(&log, sg_infile_display_name(path), job->window, &p->models[0],
                                 &p->models[1], &undated);
    sg_model_destroy(&log);
    if (!err && undated && !invocation->quiet)
        sg_diag_warning("%zu relation%s without a date %s in neither window", undated,
                        undated == 1 ? "" : "s", undated == 1 ? "is" : "are");
    for (int i = 0; !err && i < 2; i++)
        err = sg_measures_compute(&p->models[i], &p->metrics[i]);
    return err;
}

/* Stages the report, the diagram and the aligned pictures, then writes them all. */
static int write_outputs(const struct sg_invocation *invocation, const struct diff_job *job,
                         const struct sg_diff *diff, const char *json, const char *dot)
{
    struct sg_outfile_set *outputs = sg_outfile_set_new();
    char *stem = NULL, *json_path = NULL, *dot_path = NULL, *summary = NULL;
    size_t summary_size = 0;
    int err = outputs && asprintf(&stem, "%s--%s", diff->old_model->info.id,
                                  diff->new_model->info.id) >= 0
                  ? sg_cmd_ensure_directory(job->directory)
                  : SG_ERR_NOMEM;
    if (!err)
        err = sg_cmd_add_output(outputs, job->directory, stem, ".diff.json", json, strlen(json),
                                &json_path);
    if (!err)
        err = sg_cmd_add_output(outputs, job->directory, stem, ".diff.dot", dot, strlen(dot),
                                &dot_path);
    if (!err && job->aligned_format)
        err = add_aligned(outputs, job, stem, dot, diff);
    if (!err && !invocation->quiet)
        err = summary_text(diff, job, &summary, &summary_size);
    if (!err)
        err = sg_outfile_commit(outputs);
    if (!err && !invocation->quiet) {
        fwrite(summary, 1, summary_size, stdout);
        fflush(stdout);
        fprintf(stderr, "wrote '%s' and '%s'%s\n", json_path, dot_path,
                job->aligned_format ? " and the aligned pictures" : "");
    }
    sg_outfile_set_free(outputs);
    free(summary);
    free(stem);
    free(json_path);
    free(dot_path);
    return err;
}

static int compare(const struct sg_invocation *invocation, const struct diff_job *job)
{
    struct pair p;
    struct sg_diff diff = {0};
    char *json = NULL, *dot = NULL;
    for (int i = 0; i < 2; i++) {
        sg_model_init(&p.models[i]);
        p.metrics[i] = (struct sg_metrics){0};
    }
    int err = job->window_text ? load_windows(invocation, job, &p) : load_files(invocation, &p);
    if (!err)
        err = sg_compare(&p.models[0], &p.metrics[0], &p.models[1], &p.metrics[1], &diff);
    if (!err)
        err = sg_write_diff_json(&diff, &json);
    if (!err)
        err = sg_write_dot_diff(&diff, &dot);
    if (!err)
        err = write_outputs(invocation, job, &diff, json, dot);
    free(json);
    free(dot);
    sg_diff_destroy(&diff);
    pair_destroy(&p);
    return sg_cmd_exit_status(err);
}

static int run(struct sg_invocation *invocation)
{
    struct diff_job *job = invocation->job;
    if (job->window_text && invocation->operand_count != 1)
        return sg_cmd_usage_error(invocation,
                                  "--window compares the last two windows of one "
                                  "log (got %d inputs)",
                                  invocation->operand_count);
    if (!job->window_text && invocation->operand_count != 2)
        return sg_cmd_usage_error(invocation, "two snapshots are needed, OLD and NEW (got %d)",
                                  invocation->operand_count);
    job->directory = sg_cmd_output_directory(invocation);
    sg_cmd_setup_progress(invocation->quiet, 0);
    return compare(invocation, job);
}

const struct sg_command sg_command_diff = {
    .name = "diff",
    .summary = "show what changed between two snapshots",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT_DIR | SG_SHARED_QUIET,
    .short_options = "K:",
    .long_options = long_options,
    .job_size = sizeof(struct diff_job),
    .init = init,
    .option = option,
    .run = run,
};
