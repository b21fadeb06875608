/*
 * stancegraph extract: proposes a stance snapshot from an article's text, with the actors of a
 * lexicon or those it finds in the text.
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/articles.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "extract/corpus.h"
#include "extract/extract.h"
#include "extract/lemma.h"
#include "load/input.h"
#include "write/json.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static const char usage[] =
    "usage: stancegraph extract [--actors LEXICON] [options] ARTICLE\n"
    "       stancegraph extract [--actors LEXICON] [options] -o LOG ARTICLE|FOLDER...\n"
    "       stancegraph extract [--actors LEXICON] [options] -o LOG --manifest CSV\n"
    "       stancegraph extract --print-actors [--actors LEXICON] ARTICLE...\n"
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
    "read what the parse leaves open (docs/EXTRACT.md). With no stance found, the snapshot\n"
    "lists the actors named, with a warning.\n"
    "\n"
    "An article may open with a header: lines 'Title: ...', 'Date: YYYY-MM-DD', 'URL: ...',\n"
    "then an empty line. Given several articles, folders (their .txt files) or a manifest,\n"
    "extract writes one dated statement log: every article's snapshot, its relations dated by\n"
    "the article and naming it, merged as 'stancegraph merge' merges (docs/CORPUS.md). The log\n"
    "is the same whatever --jobs is.\n"
    "\n"
    "options:\n"
    "  -a, --actors FILE    the actor lexicon (default: find the actors in the text)\n"
    "  -o, --output FILE    where to write the snapshot or log (default: standard output)\n"
    "      --manifest CSV   the articles to read, one a row: path,date,title,url (a path\n"
    "                       from the manifest's folder; date, title and url override the\n"
    "                       article's header)\n"
    "  -j, --jobs N         articles read at once (default: one per processor)\n"
    "      --discover       with --actors: find actors in the text too, adding those that\n"
    "                       name no actor of LEXICON (LEXICON's win)\n"
    "      --print-actors   write the actors found (a JSON array, for a person to edit and\n"
    "                       give back with --actors) instead of the snapshot\n"
    "      --all-actors     keep every actor found, also those the text names with no\n"
    "                       stance cue, verb or list that gives them a part in a stance\n"
    "      --min-confidence C\n"
    "                       leave out statements below confidence C (0 to 1; default 0)\n"
    "                       and actors only they name (docs/EXTRACT.md: precision by band)\n"
    "      --date DATE      the date of an article whose header gives none, YYYY-MM-DD\n"
    "                       (default, for one article: the lexicon's, else today's, with a\n"
    "                       warning; for several, an article with no date is an error)\n"
    "      --id ID          the snapshot's or log's id (default: ARTICLE's or the log's file\n"
    "                       name without its extension)\n"
    "      --cues FILE      the stance cues to use instead of the built-in ones\n"
    "                       (a stancegraph-cues/2 JSON file)\n"
    "      --print-cues     print the built-in cue file and exit (a start for --cues)\n"
    "      --progress       show progress on stderr even when it is not a terminal\n"
    "  -q, --quiet          no progress, and do not say what was written\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid lexicon, cue file, manifest, header or text, or an\n"
    "article with no date, 66 cannot read input, 70 out of memory or the parser's dictionary\n"
    "or WordNet missing, 73 cannot create output, 74 cannot write output. Nothing is written\n"
    "unless every article was read.\n";

enum {
    OPT_DATE = 256,
    OPT_ID,
    OPT_CUES,
    OPT_PRINT_CUES,
    OPT_PRINT_ACTORS,
    OPT_DISCOVER,
    OPT_ALL_ACTORS,
    OPT_MANIFEST,
    OPT_PROGRESS,
    OPT_MIN_CONFIDENCE
};

struct extract_job {
    const char *lexicon_path, *date, *id, *cues_path, *manifest;
    int print_actors, discover, all_actors, progress;
    unsigned jobs;
    double min_confidence;
};

static int print_cues(void)
{
    return fwrite(sg_cues_builtin_json, 1, sg_cues_builtin_size, stdout) == sg_cues_builtin_size &&
                   fflush(stdout) == 0
               ? SG_EXIT_OK
               : SG_EXIT_IOERR;
}

static int jobs_option(struct sg_invocation *invocation, const char *value, unsigned *jobs)
{
    size_t number;
    if (sg_cmd_parse_count(value, &number) != 0 || number < 1 || number > 1024)
        return sg_cmd_usage_error(invocation, "--jobs takes a number from 1 to 1024, not '%s'",
                                  value);
    *jobs = (unsigned)number;
    return SG_OPTION_NEXT;
}

/* --min-confidence C: a decimal number from 0 to 1 (not strtod's hexadecimal "0x1"). */
static int confidence_option(struct sg_invocation *invocation, const char *value, double *min)
{
    char *end = NULL;
    double number = strtod(value, &end);
    if (!(isdigit((unsigned char)value[0]) || value[0] == '.') || *end || strpbrk(value, "xX") ||
        !(number >= 0 && number <= 1))
        return sg_cmd_usage_error(invocation,
                                  "--min-confidence takes a number from 0 to 1, not '%s'", value);
    *min = number;
    return SG_OPTION_NEXT;
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct extract_job *job = invocation->job;
    switch (code) {
    case 'a':
        job->lexicon_path = value;
        return SG_OPTION_NEXT;
    case 'j':
        return jobs_option(invocation, value, &job->jobs);
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
    case OPT_MANIFEST:
        job->manifest = value;
        return SG_OPTION_NEXT;
    case OPT_PRINT_CUES:
        return print_cues();
    case OPT_PRINT_ACTORS:
        job->print_actors = 1;
        return SG_OPTION_NEXT;
    case OPT_DISCOVER:
        job->discover = 1;
        return SG_OPTION_NEXT;
    case OPT_ALL_ACTORS:
        job->all_actors = 1;
        return SG_OPTION_NEXT;
    case OPT_PROGRESS:
        job->progress = 1;
        return SG_OPTION_NEXT;
    case OPT_MIN_CONFIDENCE:
        return confidence_option(invocation, value, &job->min_confidence);
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {
    {"actors", required_argument, NULL, 'a'},
    {"jobs", required_argument, NULL, 'j'},
    {"date", required_argument, NULL, OPT_DATE},
    {"id", required_argument, NULL, OPT_ID},
    {"cues", required_argument, NULL, OPT_CUES},
    {"manifest", required_argument, NULL, OPT_MANIFEST},
    {"print-cues", no_argument, NULL, OPT_PRINT_CUES},
    {"print-actors", no_argument, NULL, OPT_PRINT_ACTORS},
    {"discover", no_argument, NULL, OPT_DISCOVER},
    {"all-actors", no_argument, NULL, OPT_ALL_ACTORS},
    {"progress", no_argument, NULL, OPT_PROGRESS},
    {"min-confidence", required_argument, NULL, OPT_MIN_CONFIDENCE},
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

/* Today's date (UTC) as YYYY-MM-DD. */
static void today(char *date, size_t size)
{
    time_t now = time(NULL);
    struct tm parts;
    gmtime_r(&now, &parts);
    strftime(date, size, "%Y-%m-%d", &parts);
}

/* What every article of a run shares. */
struct shared {
    struct sg_model lexicon;
    struct sg_cues cues;
    struct sg_gazetteer gazetteer;
    struct sg_article_setup setup;
};

static int set_up(const struct sg_invocation *invocation, struct shared *sh)
{
    const struct extract_job *job = invocation->job;
    int finds = !job->lexicon_path || job->discover; /* actors are found in the texts */
    memset(sh, 0, sizeof *sh);
    sg_model_init(&sh->lexicon);
    int err = job->lexicon_path ? sg_load_actors(job->lexicon_path,
                                                 invocation->global->input_format, &sh->lexicon)
                                : SG_OK;
    if (!err && finds && sg_lemma_init() != 0) {
        sg_diag_error("WordNet's data cannot be read (Debian's wordnet-base)");
        err = SG_ERR_LIBRARY;
    }
    if (!err && finds)
        err = sg_gazetteer_builtin(&sh->gazetteer);
    if (!err)
        err = job->cues_path ? sg_cues_load_file(job->cues_path, &sh->cues)
                             : sg_cues_builtin(&sh->cues);
    sh->setup = (struct sg_article_setup){job->lexicon_path ? &sh->lexicon : NULL,
                                          job->discover,
                                          job->all_actors,
                                          &sh->gazetteer,
                                          &sh->cues,
                                          job->min_confidence};
    return err;
}

static void tear_down(struct shared *sh)
{
    sg_model_destroy(&sh->lexicon);
    sg_gazetteer_destroy(&sh->gazetteer);
    sg_cues_destroy(&sh->cues);
}

/* Writes the snapshot or log (or with --print-actors its actors) to the output. */
static int write_out(const struct sg_invocation *invocation, const struct sg_model *model)
{
    const struct extract_job *job = invocation->job;
    char *json = NULL;
    int err = job->print_actors ? sg_write_actor_list_json(model, &json)
                                : sg_write_snapshot_json(model, &json);
    const char *output = invocation->output ? invocation->output : "-";
    if (!err)
        err = sg_cmd_make_parent(output);
    if (!err)
        err = sg_outfile_write(output, json, strlen(json));
    free(json);
    return err;
}

/* One article into one snapshot. */
static int run_single(const struct sg_invocation *invocation, const struct shared *sh)
{
    const struct extract_job *job = invocation->job;
    const char *article = invocation->operands[0];
    char date[16];
    today(date, sizeof date);
    const char *fallback = job->date               ? job->date
                           : sh->lexicon.info.date ? sh->lexicon.info.date
                                                   : date;
    const struct sg_corpus_options options = {&sh->setup, fallback, job->print_actors, 1, NULL};
    const struct sg_corpus_article one = {article, job->id, NULL, NULL, NULL};
    struct sg_corpus_result result;
    struct sg_model proposed;
    sg_model_init(&proposed);
    int err = sg_corpus_article_propose(&one, &options, &proposed, &result);
    if (!err && result.fallback_dated && fallback == date && !job->print_actors)
        sg_diag_warning("%s: no date given; the snapshot is dated today, %s (a 'Date:' header "
                        "line or --date DATE sets it)",
                        sg_infile_display_name(article), date);
    if (!err && !job->print_actors && proposed.statement_count == 0 && result.cut)
        sg_diag_warning("%s: no stance statement of confidence %g or more (%zu left out); the "
                        "snapshot lists their actors and no relation",
                        sg_infile_display_name(article), job->min_confidence, result.cut);
    else if (!err && !job->print_actors && proposed.statement_count == 0)
        warn_empty(article, job->lexicon_path, result.named);
    if (!err && job->print_actors && result.left_out && !invocation->quiet)
        fprintf(stderr,
                "%s: left out %zu actor%s found with no part in a stance (--all-actors lists "
                "every actor found)\n",
                sg_infile_display_name(article), result.left_out, result.left_out == 1 ? "" : "s");
    if (!err)
        err = write_out(invocation, &proposed);
    if (!err && !invocation->quiet && invocation->output &&
        !sg_cmd_is_standard_stream(invocation->output))
        fprintf(stderr, "wrote '%s': %zu statements between %zu actors\n", invocation->output,
                proposed.statement_count, proposed.actor_count);
    sg_model_destroy(&proposed);
    return err;
}

/* Many articles into one log. */
static int run_corpus(const struct sg_invocation *invocation, const struct shared *sh)
{
    const struct extract_job *job = invocation->job;
    struct sg_article_list list;
    int err = job->manifest ? sg_article_list_manifest(job->manifest, &list)
                            : sg_article_list_paths(invocation->operands,
                                                    (size_t)invocation->operand_count, &list);
    if (err)
        return err;
    char id[72];
    sg_text_id_from_path(invocation->output ? invocation->output : "-", "corpus", id, sizeof id);
    sg_cmd_setup_progress(invocation->quiet, job->progress);
    /* only --date stands in for an article's date: a lexicon's date says nothing of them. An
     * actor list has no dates: any date does (it is never written). */
    const char *fallback = job->date ? job->date : job->print_actors ? "1970-01-01" : NULL;
    const struct sg_corpus_options options = {&sh->setup, fallback, job->print_actors, job->jobs,
                                              sg_progress_display()};
    struct sg_model log;
    sg_model_init(&log);
    err = sg_corpus_extract(list.articles, list.count, &options, job->id ? job->id : id, &log);
    if (!err)
        err = write_out(invocation, &log);
    if (!err && !invocation->quiet && invocation->output &&
        !sg_cmd_is_standard_stream(invocation->output))
        fprintf(stderr, "wrote '%s': %zu articles, %zu statements between %zu actors\n",
                invocation->output, list.count, log.statement_count, log.actor_count);
    sg_model_destroy(&log);
    sg_article_list_destroy(&list);
    return err;
}

/* Whether the operands make a corpus: a manifest, several articles, or a folder. */
static int is_corpus(const struct sg_invocation *invocation)
{
    const struct extract_job *job = invocation->job;
    struct stat st;
    return job->manifest || invocation->operand_count > 1 ||
           (invocation->operand_count == 1 && stat(invocation->operands[0], &st) == 0 &&
            S_ISDIR(st.st_mode));
}

static int run(struct sg_invocation *invocation)
{
    const struct extract_job *job = invocation->job;
    if (job->manifest && invocation->operand_count > 0)
        return sg_cmd_usage_error(invocation, "--manifest lists the articles: give no ARTICLE");
    if (!job->manifest && invocation->operand_count == 0)
        return sg_cmd_usage_error(invocation, "no article: give ARTICLE, a folder or --manifest");
    int corpus = is_corpus(invocation);
    struct shared sh;
    int err = set_up(invocation, &sh);
    if (!err)
        err = corpus ? run_corpus(invocation, &sh) : run_single(invocation, &sh);
    tear_down(&sh);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_extract = {
    .name = "extract",
    .summary = "propose a snapshot from an article's text, or a log from many",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "a:j:",
    .long_options = long_options,
    .job_size = sizeof(struct extract_job),
    .option = option,
    .run = run,
};
