/*
 * stancegraph report: one self-contained HTML page of one or more snapshots (docs/REPORT.md).
 */
#include "analysis/timeline.h"
#include "base/diag.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "render/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph report [options] SNAPSHOT...\n"
    "       stancegraph report [options] --window LENGTH [--step STEP] LOG\n"
    "\n"
    "Writes one self-contained HTML page for readers (no network fetches; open it in any\n"
    "browser, send it by mail, print it) about the snapshots: the latest one's diagram, where\n"
    "choosing an actor lights its ties and lists its statements, its actors in a sortable\n"
    "table, every statement with its evidence (searchable, filtered by stance and actor),\n"
    "its camps and balance figures, a glossary, and, for several snapshots, what changed\n"
    "from each to the next and the timeline chart, with names throughout. With --window,\n"
    "one dated statement log is cut into windows as 'stancegraph timeline' cuts it, and the\n"
    "windows are the snapshots (each labelled START..END).\n"
    "\n"
    "options:\n"
    "  -o, --output OUT     the page to write; '-' for standard output\n"
    "                       (default: output/ID.report.html, ID being the latest snapshot's)\n"
    "      --window LENGTH  cut LOG into windows: Nd days, Nw weeks or Nm calendar months\n"
    "      --step STEP      distance between window starts (default: LENGTH)\n"
    "  -q, --quiet          do not say what was written\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n";

enum { OPT_WINDOW = 256, OPT_STEP };

struct report_job {
    const char *window_text, *step_text;
    struct sg_duration window, step;
};

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct report_job *job = invocation->job;
    switch (code) {
    case OPT_WINDOW:
        return sg_cmd_duration_option(invocation, "--window", "7d, 2w or 1m", value, &job->window,
                                      &job->window_text);
    case OPT_STEP:
        return sg_cmd_duration_option(invocation, "--step", "1d, 1w or 1m", value, &job->step,
                                      &job->step_text);
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {{"window", required_argument, NULL, OPT_WINDOW},
                                             {"step", required_argument, NULL, OPT_STEP},
                                             {NULL, 0, NULL, 0}};

/* The snapshots of the page: the files, or the windows of one log. */
static int load(const struct sg_invocation *invocation, struct sg_model **models,
                struct sg_metrics **metrics, size_t *count)
{
    struct report_job *job = invocation->job;
    size_t undated = 0;
    *count = (size_t)invocation->operand_count;
    if (!job->window_text)
        return sg_cmd_load_all(invocation, invocation->operands, *count, models, metrics);
    if (!job->step_text)
        job->step = job->window;
    int err = sg_cmd_load_windows(invocation, invocation->operands[0], job->window, job->step,
                                  models, metrics, count, &undated);
    if (!err && undated)
        sg_diag_warning("%zu relation%s without a date %s in no window", undated,
                        undated == 1 ? "" : "s", undated == 1 ? "is" : "are");
    return err;
}

static int run(struct sg_invocation *invocation)
{
    const struct report_job *job = invocation->job;
    if (invocation->operand_count == 0)
        return sg_cmd_usage_error(invocation, "no snapshot given");
    if (job->step_text && !job->window_text)
        return sg_cmd_usage_error(invocation, "--step needs --window");
    if (job->window_text && invocation->operand_count != 1)
        return sg_cmd_usage_error(invocation, "--window cuts one log into windows (got %d inputs)",
                                  invocation->operand_count);
    struct sg_model *models = NULL;
    struct sg_metrics *metrics = NULL;
    struct sg_timeline timeline = {0};
    char *html = NULL, *default_path = NULL;
    const char *path = NULL;
    size_t count = 0;
    int err = load(invocation, &models, &metrics, &count);
    if (!err)
        err = sg_timeline_build(models, metrics, count, &timeline);
    if (!err)
        err = sg_write_report(&timeline, &html);
    if (!err)
        err = sg_cmd_output_file(invocation, timeline.models[count - 1].info.id, ".report.html",
                                 &default_path, &path);
    if (!err)
        err = sg_outfile_write(path, html, strlen(html));
    if (!err && !invocation->quiet && !sg_cmd_is_standard_stream(path))
        fprintf(stderr, "wrote '%s'\n", path);
    sg_timeline_destroy(&timeline);
    free(html);
    free(default_path);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_report = {
    .name = "report",
    .summary = "write a self-contained HTML report of one or more snapshots",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "",
    .long_options = long_options,
    .job_size = sizeof(struct report_job),
    .option = option,
    .run = run,
};
