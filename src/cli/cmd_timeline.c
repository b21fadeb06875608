/*
 * stancegraph timeline: several snapshots (or windows cut from one dated log) in date order,
 * as JSON series, a long-form CSV and an SVG chart.
 */
#include "analysis/timeline.h"
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "model/window.h"
#include "render/chart.h"
#include "write/json.h"
#include "write/timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph timeline [options] SNAPSHOT...\n"
    "       stancegraph timeline [options] --window LENGTH [--step STEP] LOG\n"
    "\n"
    "Orders snapshots by date (then id) and writes\n"
    "  DIR/NAME.timeline.json   every metric of every actor over time, graph-level series,\n"
    "                           ties formed and dissolved (format stancegraph-timeline/1)\n"
    "  DIR/NAME.timeline.csv    the same values in long form: date,snapshot,actor,metric,value\n"
    "  DIR/NAME.timeline.svg    a chart of the top actors' metric over time\n"
    "NAME is FIRSTID--LASTID, or for windows LOGID.window-LENGTH-step-STEP.\n"
    "With --window, one snapshot whose relations carry dates is cut into windows of LENGTH,\n"
    "one starting every STEP from the earliest date; each window holds the relations dated\n"
    "inside it and the actors they name. Windows are labelled START..END, the last stopping at\n"
    "the latest date; with --snapshots each is also written as DIR/LOGID.START..END.json, a\n"
    "snapshot to render or compare.\n"
    "\n"
    "options:\n"
    "  -d, --output-dir DIR folder of the outputs, made if missing (one level deep;\n"
    "                       default: output); not '-'. -o DIR, its old name, still works\n"
    "                       for now, with a warning\n"
    "      --metric M       metric of the chart (default: harmonic)\n"
    "      --top N          actors in the chart, at most 7 (default: 6)\n"
    "      --window LENGTH  window length: Nd days, Nw weeks or Nm calendar months\n"
    "      --step STEP      distance between window starts (default: LENGTH)\n"
    "      --snapshots      with --window: also write each window as a snapshot\n"
    "  -q, --quiet          print no table and no file names\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n"
    "Nothing is written unless every output succeeds.\n";

enum { OPT_METRIC = 256, OPT_TOP, OPT_WINDOW, OPT_STEP, OPT_SNAPSHOTS };

struct timeline_job {
    const char *directory, *window_text, *step_text;
    struct sg_duration window, step;
    int metric, quiet, snapshots;
    size_t top;
};

static void init(void *settings)
{
    struct timeline_job *job = settings;
    job->metric = sg_metric_find(SG_DEFAULT_METRIC);
    job->top = SG_CHART_DEFAULT_TOP;
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct timeline_job *job = invocation->job;
    switch (code) {
    case OPT_METRIC:
        job->metric = sg_metric_find(value);
        if (job->metric < 0)
            return sg_cmd_usage_error(invocation, "unknown metric '%s' for --metric", value);
        return SG_OPTION_NEXT;
    case OPT_TOP:
        if (sg_cmd_parse_count(value, &job->top) != 0 || job->top < 1 ||
            job->top > SG_CHART_MAX_TOP)
            return sg_cmd_usage_error(invocation, "--top takes a number from 1 to 7, not '%s'",
                                      value);
        return SG_OPTION_NEXT;
    case OPT_WINDOW:
        return sg_cmd_duration_option(invocation, "--window", "7d, 2w or 1m", value, &job->window,
                                      &job->window_text);
    case OPT_STEP:
        return sg_cmd_duration_option(invocation, "--step", "1d, 1w or 1m", value, &job->step,
                                      &job->step_text);
    case OPT_SNAPSHOTS:
        job->snapshots = 1;
        return SG_OPTION_NEXT;
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {
    {"metric", required_argument, NULL, OPT_METRIC}, {"top", required_argument, NULL, OPT_TOP},
    {"window", required_argument, NULL, OPT_WINDOW}, {"step", required_argument, NULL, OPT_STEP},
    {"snapshots", no_argument, NULL, OPT_SNAPSHOTS}, {NULL, 0, NULL, 0}};

static void print_table(const struct sg_timeline *t, FILE *out)
{
    size_t width = 8;
    for (size_t s = 0; s < t->count; s++)
        if (strlen(t->models[s].info.id) > width)
            width = strlen(t->models[s].info.id);
    fprintf(out, "timeline: %zu snapshots, %zu actors\n", t->count, t->actor_count);
    fprintf(out, "%-10s  %-*s  %6s  %5s  %6s  %6s  %5s\n", "date", (int)width, "snapshot", "actors",
            "ties", "+ties", "-ties", "flips");
    for (size_t s = 0; s < t->count; s++) {
        fprintf(out, "%-10s  %-*s  %6zu  %5zu", t->models[s].info.date, (int)width,
                t->models[s].info.id, t->models[s].actor_count, t->models[s].tie_count);
        if (s > 0)
            fprintf(out, "  %6zu  %6zu  %5zu", t->changes[s - 1].added_ties,
                    t->changes[s - 1].removed_ties, t->changes[s - 1].flip_count);
        fputc('\n', out);
    }
}

/* Stages each window but the empty ones (a snapshot has at least one actor) as DIR/ID.json;
 * counts them in *written. */
static int add_windows(struct sg_outfile_set *outputs, const char *directory,
                       const struct sg_timeline *t, size_t *written)
{
    int err = SG_OK;
    *written = 0;
    for (size_t i = 0; !err && i < t->count; i++) {
        char *json = NULL;
        if (t->models[i].actor_count == 0)
            continue;
        ++*written;
        err = sg_write_snapshot_json(&t->models[i], &json);
        if (!err)
            err = sg_cmd_add_output(outputs, directory, t->models[i].info.id, ".json", json,
                                    strlen(json), NULL);
        free(json);
    }
    return err;
}

static int write_outputs(const struct timeline_job *job, const struct sg_timeline *t,
                         const struct sg_timeline_source *source, const char *name)
{
    char *json = NULL, *csv = NULL, *svg = NULL, *paths[3] = {NULL, NULL, NULL};
    size_t svg_length = 0;
    struct sg_outfile_set *outputs = sg_outfile_set_new();
    int err = outputs ? SG_OK : SG_ERR_NOMEM;
    if (!err)
        err = sg_write_timeline_json(t, source, &json);
    if (!err)
        err = sg_write_timeline_csv(t, &csv);
    if (!err)
        err = sg_chart_timeline(t, job->metric, job->top, &svg, &svg_length);
    if (!err)
        err = sg_cmd_ensure_directory(job->directory);
    const char *suffixes[3] = {".timeline.json", ".timeline.csv", ".timeline.svg"};
    const char *data[3] = {json, csv, svg};
    size_t lengths[3] = {json ? strlen(json) : 0, csv ? strlen(csv) : 0, svg_length};
    for (int i = 0; i < 3 && !err; i++) {
        paths[i] = sg_cmd_join_path(job->directory, name, suffixes[i]);
        err = paths[i] ? sg_outfile_add(outputs, paths[i], data[i], lengths[i]) : SG_ERR_NOMEM;
    }
    size_t written = 0;
    if (!err && job->snapshots)
        err = add_windows(outputs, job->directory, t, &written);
    if (!err)
        err = sg_outfile_commit(outputs);
    if (!err && !job->quiet) {
        print_table(t, stdout);
        fflush(stdout);
        fprintf(stderr, "wrote '%s', '%s' and '%s'", paths[0], paths[1], paths[2]);
        if (job->snapshots)
            fprintf(stderr, ", and %zu window%s as snapshots (%zu empty, not written)", written,
                    written == 1 ? "" : "s", t->count - written);
        fputc('\n', stderr);
    }
    sg_outfile_set_free(outputs);
    for (int i = 0; i < 3; i++)
        free(paths[i]);
    free(json);
    free(csv);
    free(svg);
    return err;
}

static int build(const struct sg_invocation *invocation, const struct timeline_job *job,
                 char **paths, size_t path_count)
{
    struct sg_model *models = NULL;
    struct sg_metrics *metrics = NULL;
    struct sg_timeline timeline = {0};
    struct sg_timeline_source source = {job->window_text, job->step_text, 0};
    size_t count = path_count;
    char *name = NULL;
    int err = job->window_text ? sg_cmd_load_windows(invocation, paths[0], job->window, job->step,
                                                     &models, &metrics, &count, &source.undated)
                               : sg_cmd_load_all(invocation, paths, path_count, &models, &metrics);
    if (!err)
        err = sg_timeline_build(models, metrics, count, &timeline);
    if (err)
        goto out;
    if (source.undated && !job->quiet)
        sg_diag_warning("%zu relation%s without a date %s in no window", source.undated,
                        source.undated == 1 ? "" : "s", source.undated == 1 ? "is" : "are");
    if (job->window_text) {
        const char *id = timeline.models[0].info.id;
        /* Window ids are "LOGID.YYYY-MM-DD..YYYY-MM-DD": the log's id is all before the last
         * 23 characters. */
        int id_length = (int)strlen(id) - 23;
        err = asprintf(&name, "%.*s.window-%s-step-%s", id_length, id, job->window_text,
                       job->step_text) < 0
                  ? SG_ERR_NOMEM
                  : SG_OK;
    } else {
        err = asprintf(&name, "%s--%s", timeline.models[0].info.id,
                       timeline.models[count - 1].info.id) < 0
                  ? SG_ERR_NOMEM
                  : SG_OK;
    }
    if (err) {
        name = NULL;
        goto out;
    }
    err = write_outputs(job, &timeline, &source, name);
out:
    free(name);
    sg_timeline_destroy(&timeline);
    return sg_cmd_exit_status(err);
}

static int run(struct sg_invocation *invocation)
{
    struct timeline_job *job = invocation->job;
    int files = invocation->operand_count;
    if (files < 1)
        return sg_cmd_usage_error(invocation, "no snapshot file given");
    if (job->step_text && !job->window_text)
        return sg_cmd_usage_error(invocation, "--step needs --window");
    if (job->snapshots && !job->window_text)
        return sg_cmd_usage_error(invocation, "--snapshots needs --window");
    if (job->window_text && files != 1)
        return sg_cmd_usage_error(invocation, "--window cuts one dated log (got %d files)", files);
    if (job->window_text && !job->step_text) {
        job->step = job->window;
        job->step_text = job->window_text;
    }
    job->directory = sg_cmd_output_directory(invocation);
    job->quiet = invocation->quiet;
    sg_cmd_setup_progress(job->quiet, 0);
    return build(invocation, job, invocation->operands, (size_t)files);
}

const struct sg_command sg_command_timeline = {
    .name = "timeline",
    .summary = "follow every metric across snapshots or time windows",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT_DIR | SG_SHARED_QUIET,
    .short_options = "",
    .long_options = long_options,
    .value_name = "a directory",
    .job_size = sizeof(struct timeline_job),
    .init = init,
    .option = option,
    .run = run,
};
