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
    "\n"
    "Writes one self-contained HTML page (no network fetches; open it in any browser, send\n"
    "it by mail) about the snapshots: the latest one's diagram with tooltips and camps, its\n"
    "metrics in a sortable table, its camps and balance figures, and, for several\n"
    "snapshots, what changed from each to the next and the timeline chart.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT     the page to write; '-' for standard output\n"
    "                       (default: output/ID.report.html, ID being the latest snapshot's)\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n";

static int run(struct sg_invocation *invocation)
{
    size_t count = (size_t)invocation->operand_count;
    if (count == 0)
        return sg_cmd_usage_error(invocation, "no snapshot given");
    struct sg_model *models = NULL;
    struct sg_metrics *metrics = NULL;
    struct sg_timeline timeline = {0};
    char *html = NULL, *default_path = NULL;
    const char *path = NULL;
    int err = sg_cmd_load_all(invocation, invocation->operands, count, &models, &metrics);
    if (!err)
        err = sg_timeline_build(models, metrics, count, &timeline);
    if (!err)
        err = sg_write_report(&timeline, &html);
    if (!err)
        err = sg_cmd_output_file(invocation, timeline.models[count - 1].info.id, ".report.html",
                                 &default_path, &path);
    if (!err)
        err = sg_outfile_write(path, html, strlen(html));
    if (!err && !sg_cmd_is_standard_stream(path))
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
    .shared = SG_SHARED_OUTPUT,
    .short_options = "",
    .run = run,
};
