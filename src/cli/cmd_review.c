/*
 * stancegraph review: the page on which a person checks a proposed snapshot against its article.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "render/review.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph review [options] PROPOSED ARTICLE\n"
    "\n"
    "Writes one self-contained HTML page (no network; open it from disk in any browser) to\n"
    "check PROPOSED, a snapshot as extract proposes it, against the text of ARTICLE: the\n"
    "article with every actor mention highlighted and, beside each sentence, the statements\n"
    "proposed from it with source, target, type, weight and confidence. Accept or reject\n"
    "each, change its type, direction or weight, add a missing statement to a sentence, merge\n"
    "or rename actors, with the mouse or the keyboard; Save downloads the checked snapshot\n"
    "(stancegraph/1, each statement marked \"checked\"). See docs/REVIEW.md.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT     the page to write; '-' for standard output\n"
    "                       (default: output/ID.review.html, ID being PROPOSED's)\n"
    "  -q, --quiet          do not say what was written\n"
    "      --input-format F\n"
    "                       read PROPOSED as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot or text, 66 cannot read input,\n"
    "70 out of memory, 73 cannot create output, 74 cannot write output.\n";

static int run(struct sg_invocation *invocation)
{
    if (invocation->operand_count != 2)
        return sg_cmd_usage_error(invocation,
                                  "expected two operands, PROPOSED and ARTICLE (got %d)",
                                  invocation->operand_count);
    const char *article = invocation->operands[1];
    struct sg_model proposed;
    char *text = NULL, *html = NULL, *default_path = NULL;
    const char *path = NULL;
    size_t length = 0;
    sg_model_init(&proposed);
    int err = sg_cmd_load(invocation, invocation->operands[0], &proposed);
    if (!err)
        err = sg_infile_read(article, &text, &length);
    if (!err)
        err = sg_infile_check_text(sg_infile_display_name(article), text, length);
    if (!err)
        err = sg_render_review(&proposed, text, length, &html);
    if (!err)
        err =
            sg_cmd_output_file(invocation, proposed.info.id, ".review.html", &default_path, &path);
    if (!err)
        err = sg_outfile_write(path, html, strlen(html));
    if (!err && !invocation->quiet && !sg_cmd_is_standard_stream(path))
        fprintf(stderr, "wrote '%s'\n", path);
    sg_model_destroy(&proposed);
    free(text);
    free(html);
    free(default_path);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_review = {
    .name = "review",
    .summary = "write a page to check a proposed snapshot against its article",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "",
    .run = run,
};
