/*
 * stancegraph extract: proposes a stance snapshot from an article's text and an actor lexicon.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/command.h"
#include "extract/extract.h"
#include "write/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph extract --actors LEXICON [options] ARTICLE\n"
    "       stancegraph extract --print-cues\n"
    "\n"
    "Proposes a stance snapshot (stancegraph/1) from the text of ARTICLE (UTF-8): the actors\n"
    "of LEXICON (a stancegraph/1 snapshot: its actors' names and aliases are what is looked\n"
    "for) and the stance statements found sentence by sentence, each with its sentence as\n"
    "evidence, the cue as written and its lemma, the rule and confidence behind it, and the\n"
    "byte offsets of source, cue and target. Each sentence naming an actor is parsed (Link\n"
    "Grammar) and a cue's source and target read from its grammatical roles, with pronouns,\n"
    "quotations and negation followed; surface frames read what the parse leaves open. See\n"
    "docs/EXTRACT.md. With no stance found, the snapshot lists the actors named (or, with\n"
    "none named, the lexicon's) and a warning is printed.\n"
    "\n"
    "options:\n"
    "  -a, --actors FILE    the actor lexicon (required)\n"
    "  -o, --output FILE    where to write the snapshot (default: standard output)\n"
    "      --date DATE      the snapshot's date, YYYY-MM-DD (default: the lexicon's)\n"
    "      --id ID          the snapshot's id (default: extracted)\n"
    "      --cues FILE      the stance cues to use instead of the built-in ones\n"
    "                       (a stancegraph-cues/2 JSON file: lemmas with roles)\n"
    "      --print-cues     print the built-in cue file and exit (a start for --cues)\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid lexicon, cue file or text, 66 cannot read input,\n"
    "70 out of memory or the parser's dictionary or WordNet missing, 73 cannot create output,\n"
    "74 cannot write output.\n";

enum { OPT_DATE = 256, OPT_ID, OPT_CUES, OPT_PRINT_CUES };

struct extract_job {
    const char *lexicon_path, *date, *id, *cues_path;
};

static void init(void *settings)
{
    struct extract_job *job = settings;
    job->id = "extracted";
}

static int print_cues(void)
{
    return fwrite(sg_cues_builtin_json, 1, sg_cues_builtin_size, stdout) == sg_cues_builtin_size &&
                   fflush(stdout) == 0
               ? SG_EXIT_OK
               : SG_EXIT_IOERR;
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct extract_job *job = invocation->job;
    switch (code) {
    case 'a':
        job->lexicon_path = value;
        return SG_OPTION_NEXT;
    case OPT_DATE:
        if (!sg_text_is_valid_date(value))
            return sg_cmd_usage_error(invocation, "--date takes YYYY-MM-DD, not '%s'", value);
        job->date = value;
        return SG_OPTION_NEXT;
    case OPT_ID:
        if (!sg_text_is_valid_id(value))
            return sg_cmd_usage_error(invocation,
                                      "--id takes 1-64 characters of A-Z a-z 0-9 . _ -, "
                                      "not '%s'",
                                      value);
        job->id = value;
        return SG_OPTION_NEXT;
    case OPT_CUES:
        job->cues_path = value;
        return SG_OPTION_NEXT;
    case OPT_PRINT_CUES:
        return print_cues();
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {
    {"actors", required_argument, NULL, 'a'},          {"date", required_argument, NULL, OPT_DATE},
    {"id", required_argument, NULL, OPT_ID},           {"cues", required_argument, NULL, OPT_CUES},
    {"print-cues", no_argument, NULL, OPT_PRINT_CUES}, {NULL, 0, NULL, 0}};

/* Warns that the article gave no statement: no actor named, or no stance found. */
static void warn_empty(const char *article, const char *lexicon, size_t named)
{
    const char *name = sg_infile_display_name(article);
    if (named == 0)
        sg_diag_warning("%s: no actor of %s is named in the text; the snapshot lists the "
                        "lexicon's actors and no relation",
                        name, sg_infile_display_name(lexicon));
    else
        sg_diag_warning("%s: no stance statement found; the snapshot lists the actors named "
                        "and no relation",
                        name);
}

static int run(struct sg_invocation *invocation)
{
    const struct extract_job *job = invocation->job;
    if (!job->lexicon_path)
        return sg_cmd_usage_error(invocation, "no actor lexicon given (--actors FILE)");
    if (invocation->operand_count != 1)
        return sg_cmd_usage_error(invocation, "one article at a time (got %d)",
                                  invocation->operand_count);
    const char *article = invocation->operands[0];
    struct sg_model lexicon, proposed;
    struct sg_cues cues = {0};
    char *text = NULL, *json = NULL;
    size_t length = 0, named = 0;
    sg_model_init(&lexicon);
    sg_model_init(&proposed);
    int err = sg_cmd_load(invocation, job->lexicon_path, &lexicon);
    if (!err)
        err = sg_infile_read(article, &text, &length);
    if (!err)
        err = sg_infile_check_text(sg_infile_display_name(article), text, length);
    if (!err)
        err = job->cues_path ? sg_cues_load_file(job->cues_path, &cues) : sg_cues_builtin(&cues);
    if (!err)
        err = sg_extract(text, length, &lexicon, &cues, job->id,
                         job->date ? job->date : lexicon.info.date, &proposed, &named);
    if (!err && proposed.statement_count == 0)
        warn_empty(article, job->lexicon_path, named);
    if (!err)
        err = sg_write_snapshot_json(&proposed, &json);
    if (!err)
        err = sg_outfile_write(invocation->output ? invocation->output : "-", json, strlen(json));
    free(text);
    free(json);
    sg_model_destroy(&lexicon);
    sg_model_destroy(&proposed);
    sg_cues_destroy(&cues);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_extract = {
    .name = "extract",
    .summary = "propose a snapshot from an article's text",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT,
    .short_options = "a:",
    .long_options = long_options,
    .job_size = sizeof(struct extract_job),
    .init = init,
    .option = option,
    .run = run,
};
