/*
 * stancegraph extract: proposes a stance snapshot from an article's text, with the actors of a
 * lexicon or those it finds in the text.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/command.h"
#include "extract/discover.h"
#include "extract/extract.h"
#include "extract/lemma.h"
#include "load/input.h"
#include "write/json.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
    "usage: stancegraph extract [--actors LEXICON] [options] ARTICLE\n"
    "       stancegraph extract --print-actors [--actors LEXICON] ARTICLE\n"
    "       stancegraph extract --print-cues\n"
    "\n"
    "Proposes a stance snapshot (stancegraph/1) from the text of ARTICLE (UTF-8): its actors\n"
    "and the stance statements found sentence by sentence, each with its sentence as evidence,\n"
    "the cue as written and its lemma, the rule and confidence behind it, and the byte offsets\n"
    "of source, cue and target. With no LEXICON, the actors are found in the text: countries,\n"
    "capitals, demonyms and international organisations from a built-in gazetteer, people by\n"
    "their titles and names, organisations and groups by their names. With LEXICON (a\n"
    "stancegraph/1 snapshot, a JSON array of actors, or a CSV table id,name,type,group,\n"
    "aliases), its actors' names and aliases are what is looked for. Each\n"
    "sentence naming an actor is parsed (Link Grammar) and a cue's source and target read from\n"
    "its grammatical roles, with pronouns, quotations and negation followed; surface frames\n"
    "read what the parse leaves open. See docs/EXTRACT.md. With no stance found, the snapshot\n"
    "lists the actors named and a warning is printed.\n"
    "\n"
    "options:\n"
    "  -a, --actors FILE    the actor lexicon (default: find the actors in the text)\n"
    "  -o, --output FILE    where to write the snapshot (default: standard output)\n"
    "      --discover       with --actors: find actors in the text too, adding those that\n"
    "                       name no actor of LEXICON (LEXICON's win)\n"
    "      --print-actors   write the actors found (a JSON array, for a person to edit and\n"
    "                       give back with --actors) instead of the snapshot\n"
    "      --date DATE      the snapshot's date, YYYY-MM-DD (default: the lexicon's, else\n"
    "                       today's, with a warning)\n"
    "      --id ID          the snapshot's id (default: ARTICLE's file name without its\n"
    "                       extension)\n"
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

enum { OPT_DATE = 256, OPT_ID, OPT_CUES, OPT_PRINT_CUES, OPT_PRINT_ACTORS, OPT_DISCOVER };

struct extract_job {
    const char *lexicon_path, *date, *id, *cues_path;
    int print_actors, discover;
};

static void init(void *settings)
{
    struct extract_job *job = settings;
    job->print_actors = 0;
    job->discover = 0;
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
        return sg_cmd_id_option(invocation, value, &job->id);
    case OPT_CUES:
        job->cues_path = value;
        return SG_OPTION_NEXT;
    case OPT_PRINT_CUES:
        return print_cues();
    case OPT_PRINT_ACTORS:
        job->print_actors = 1;
        return SG_OPTION_NEXT;
    case OPT_DISCOVER:
        job->discover = 1;
        return SG_OPTION_NEXT;
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {{"actors", required_argument, NULL, 'a'},
                                             {"date", required_argument, NULL, OPT_DATE},
                                             {"id", required_argument, NULL, OPT_ID},
                                             {"cues", required_argument, NULL, OPT_CUES},
                                             {"print-cues", no_argument, NULL, OPT_PRINT_CUES},
                                             {"print-actors", no_argument, NULL, OPT_PRINT_ACTORS},
                                             {"discover", no_argument, NULL, OPT_DISCOVER},
                                             {NULL, 0, NULL, 0}};

/* Warns that the article gave no statement: no actor named, or no stance found. */
static void warn_empty(const char *article, const char *lexicon, size_t named)
{
    const char *name = sg_infile_display_name(article);
    if (named == 0 && lexicon)
        sg_diag_warning("%s: no actor of %s is named in the text; the snapshot lists the "
                        "lexicon's actors and no relation",
                        name, sg_infile_display_name(lexicon));
    else if (named == 0)
        sg_diag_warning("%s: no actor found in the text; the snapshot has no actor and no "
                        "relation",
                        name);
    else
        sg_diag_warning("%s: no stance statement found; the snapshot lists the actors named "
                        "and no relation",
                        name);
}

/* Today's date (UTC) as YYYY-MM-DD, with a warning that it stands in for --date. */
static void today(const char *article, char *date, size_t size)
{
    time_t now = time(NULL);
    struct tm parts;
    gmtime_r(&now, &parts);
    strftime(date, size, "%Y-%m-%d", &parts);
    sg_diag_warning("%s: no date given; the snapshot is dated today, %s (--date DATE sets it)",
                    sg_infile_display_name(article), date);
}

/* The actors the text names, as found with no lexicon, into found. */
static int discover(const char *text, size_t length, struct sg_model *found)
{
    if (sg_lemma_init() != 0) {
        sg_diag_error("WordNet's data cannot be read (Debian's wordnet-base)");
        return SG_ERR_LIBRARY;
    }
    struct sg_gazetteer gazetteer;
    int err = sg_gazetteer_builtin(&gazetteer);
    if (!err)
        err = sg_discover_actors(text, length, &gazetteer, found);
    sg_gazetteer_destroy(&gazetteer);
    return err;
}

/* The actors to look for: the lexicon's, those found in the text, or (--discover) both. */
static int actors_for(struct sg_invocation *invocation, const char *text, size_t length,
                      struct sg_model *lexicon)
{
    const struct extract_job *job = invocation->job;
    if (!job->lexicon_path)
        return discover(text, length, lexicon);
    int err = sg_load_actors(job->lexicon_path, invocation->global->input_format, lexicon);
    if (err || !job->discover)
        return err;
    struct sg_model found;
    sg_model_init(&found);
    err = discover(text, length, &found);
    if (!err)
        err = sg_discover_add_missing(&found, lexicon);
    sg_model_destroy(&found);
    return err;
}

/* The proposed snapshot (or, with --print-actors, the actor list) as JSON in *json. */
static int propose(struct sg_invocation *invocation, const char *text, size_t length, char **json)
{
    const struct extract_job *job = invocation->job;
    const char *article = invocation->operands[0];
    struct sg_model lexicon, proposed;
    struct sg_cues cues = {0};
    char id[72], date[16];
    size_t named = 0;
    sg_model_init(&lexicon);
    sg_model_init(&proposed);
    int err = actors_for(invocation, text, length, &lexicon);
    if (!err && job->print_actors) {
        err = sg_write_actor_list_json(&lexicon, json);
        sg_model_destroy(&lexicon);
        return err;
    }
    if (!err)
        err = job->cues_path ? sg_cues_load_file(job->cues_path, &cues) : sg_cues_builtin(&cues);
    if (!err) {
        sg_text_id_from_path(article, "extracted", id, sizeof id);
        if (!job->date && !lexicon.info.date)
            today(article, date, sizeof date);
        err = sg_extract(text, length, &lexicon, &cues, job->id ? job->id : id,
                         job->date           ? job->date
                         : lexicon.info.date ? lexicon.info.date
                                             : date,
                         &proposed, &named);
    }
    if (!err && proposed.statement_count == 0)
        warn_empty(article, job->lexicon_path, named);
    if (!err)
        err = sg_write_snapshot_json(&proposed, json);
    sg_model_destroy(&lexicon);
    sg_model_destroy(&proposed);
    sg_cues_destroy(&cues);
    return err;
}

static int run(struct sg_invocation *invocation)
{
    if (invocation->operand_count != 1)
        return sg_cmd_usage_error(invocation, "one article at a time (got %d)",
                                  invocation->operand_count);
    const char *article = invocation->operands[0];
    char *text = NULL, *json = NULL;
    size_t length = 0;
    int err = sg_infile_read(article, &text, &length);
    if (!err)
        err = sg_infile_check_text(sg_infile_display_name(article), text, length);
    if (!err)
        err = propose(invocation, text, length, &json);
    if (!err)
        err = sg_outfile_write(invocation->output ? invocation->output : "-", json, strlen(json));
    free(text);
    free(json);
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
