/*
 * stancegraph validate: checks snapshot files and reports every problem in each.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "cli/command.h"

#include <stdio.h>

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

static int run(struct sg_invocation *invocation)
{
    if (invocation->operand_count < 1)
        return sg_cmd_usage_error(invocation, "no snapshot file given");
    int status = SG_EXIT_OK;
    for (int i = 0; i < invocation->operand_count; i++) {
        const char *path = invocation->operands[i];
        struct sg_model model;
        sg_model_init(&model);
        int err = sg_cmd_load(invocation, path, &model);
        if (err == SG_OK && !invocation->quiet)
            printf("%s: ok: %zu actors, %zu statements, %zu ties\n", sg_infile_display_name(path),
                   model.actor_count, model.statement_count, model.tie_count);
        sg_model_destroy(&model);
        if (err == SG_ERR_NOMEM)
            return sg_cmd_exit_status(err); /* says so; the other files cannot be trusted now */
        if (err != SG_OK && status == SG_EXIT_OK)
            status = sg_exit_status_for(err);
    }
    return status;
}

const struct sg_command sg_command_validate = {
    .name = "validate",
    .summary = "check snapshot files and report every problem",
    .usage = usage,
    .shared = SG_SHARED_QUIET,
    .short_options = "",
    .run = run,
};
