/*
 * stancegraph validate: checks snapshot files and reports every problem in each.
 */
#include "base/diag.h"
#include "cli/command.h"
#include "load/input.h"
#include "load/json.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph validate [-q] FILE...\n"
    "\n"
    "Checks each snapshot file (stancegraph/1 JSON, DOT or CSV; '-' reads standard input)\n"
    "and reports every problem with its position: FILE:LINE:COLUMN for syntax, FILE: JSON.PATH\n"
    "for schema (for DOT, the node or edge; for CSV, FILE:LINE of the row).\n"
    "A valid file gets one line on standard output with its counts.\n"
    "\n"
    "options:\n"
    "  -q, --quiet   print nothing for valid files\n"
    "      --input-format F\n"
    "                read inputs as json, dot or csv (default: by\n"
    "                extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 all valid, 65 a file is invalid, 66 a file cannot be read, 64 usage;\n"
    "with several failing files, the status of the first.\n";

int cmd_validate(int argc, char **argv)
{
    static const struct option options[] = {
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int quiet = 0, c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", options, NULL)) != -1) {
        switch (c) {
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            return sg_cmd_usage_error("validate", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return sg_cmd_usage_error("validate", "no snapshot file given");

    int status = SG_EXIT_OK;
    for (int i = optind; i < argc; i++) {
        struct sg_model model;
        sg_model_init(&model);
        int err = sg_load_input(argv[i], &model);
        if (err == SG_OK && !quiet)
            printf("%s: ok: %zu actors, %zu statements, %zu ties\n", sg_cmd_display_name(argv[i]),
                   model.actor_count, model.statement_count, model.tie_count);
        if (err != SG_OK && status == SG_EXIT_OK)
            status = sg_exit_status_for(err);
        sg_model_destroy(&model);
    }
    return status;
}
