/*
 * stancegraph report: one self-contained HTML page of one or more snapshots (docs/REPORT.md).
 */
#include "analysis/timeline.h"
#include "base/diag.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "render/report.h"

#include <getopt.h>
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

int cmd_report(int argc, char **argv)
{
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *output = NULL;
    int c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            if (optopt == 'o')
                return sg_cmd_usage_error("report", "option '-o' needs a value");
            return sg_cmd_usage_error("report", "unknown option '%s'", argv[optind - 1]);
        }
    }
    size_t count = (size_t)(argc - optind);
    if (count == 0)
        return sg_cmd_usage_error("report", "no snapshot given");
    struct sg_model *models = NULL;
    struct sg_metrics *metrics = NULL;
    struct sg_timeline timeline = {0};
    char *html = NULL, *path = NULL;
    int err = sg_cmd_load_all(argv + optind, count, &models, &metrics);
    if (!err)
        err = sg_timeline_build(models, metrics, count, &timeline);
    if (!err)
        err = sg_write_report(&timeline, &html);
    if (!err && !output) {
        err = sg_cmd_ensure_directory("output");
        path = err ? NULL
                   : sg_cmd_join_path("output", timeline.models[count - 1].info.id, ".report.html");
        if (!err && !path)
            err = SG_ERR_NOMEM;
        output = path;
    }
    if (!err)
        err = sg_outfile_write(output, html, strlen(html));
    if (!err && strcmp(output, "-") != 0)
        fprintf(stderr, "wrote '%s'\n", output);
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    sg_timeline_destroy(&timeline);
    free(html);
    free(path);
    return sg_exit_status_for(err);
}
