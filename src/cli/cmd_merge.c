/*
 * stancegraph merge: snapshots and statement logs into one log, the reduce step after
 * extraction (docs/CORPUS.md).
 */
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/command.h"
#include "load/locate.h"
#include "model/merge.h"
#include "write/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph merge [options] INPUT...\n"
    "\n"
    "Merges snapshots and statement logs (stancegraph/1 JSON, DOT or CSV) into one statement\n"
    "log. Actors are one when they share an id or a name or capitalised alias, or when their\n"
    "names differ by one letter in the last word (Zelensky, Zelenskyy): the smallest id and\n"
    "the longest name are kept, every other name becomes an alias. Every relation is kept with\n"
    "its own date (its input's date when it has none) and its article (its input's snapshot id\n"
    "when it names none), and the log lists the articles. The output depends only on what the\n"
    "inputs hold: their order and grouping do not change a byte, so extraction can run in\n"
    "pieces and merge put them together. Merging adds: an input given twice counts twice.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE    where to write the log (default: standard output)\n"
    "      --id ID          the log's id (default: FILE's name without its extension, or\n"
    "                       'merged')\n"
    "      --title TEXT     the log's title (default: none)\n"
    "      --resolve        an actor given two types keeps one (person, country,\n"
    "                       organization, group: the first), with a warning, instead of\n"
    "                       stopping the merge; extract does this for its own logs\n"
    "  -q, --quiet          do not say what was written\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid input or an actor with two types, 66 cannot read\n"
    "input, 70 out of memory, 73 cannot create output, 74 cannot write output.\n"
    "Nothing is written unless the whole log is.\n";

enum { OPT_ID = 256, OPT_TITLE, OPT_RESOLVE };

struct merge_job {
    const char *id, *title;
    int resolve;
};

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct merge_job *job = invocation->job;
    switch (code) {
    case OPT_ID:
        return sg_cmd_id_option(invocation, value, &job->id);
    case OPT_TITLE:
        job->title = value;
        return SG_OPTION_NEXT;
    case OPT_RESOLVE:
        job->resolve = 1;
        return SG_OPTION_NEXT;
    default:
        return SG_OPTION_UNKNOWN;
    }
}

static const struct option long_options[] = {{"id", required_argument, NULL, OPT_ID},
                                             {"title", required_argument, NULL, OPT_TITLE},
                                             {"resolve", no_argument, NULL, OPT_RESOLVE},
                                             {NULL, 0, NULL, 0}};

/* Messages name an input's actor by the line of its JSON file. */
static void locate(void *context, size_t input, const char *array, size_t index, char *out,
                   size_t size)
{
    char *const *paths = context;
    sg_locate_item(paths[input], array, index, out, size);
}

/* Loads every input (all are tried, so that all their problems are reported). */
static int load_inputs(const struct sg_invocation *invocation, struct sg_model *models,
                       struct sg_merge_input *inputs)
{
    int first = SG_OK;
    for (int i = 0; i < invocation->operand_count; i++) {
        sg_model_init(&models[i]);
        int err = sg_cmd_load(invocation, invocation->operands[i], &models[i]);
        if (err == SG_ERR_NOMEM)
            return err;
        if (err && !first)
            first = err;
        inputs[i] =
            (struct sg_merge_input){&models[i], sg_infile_display_name(invocation->operands[i])};
    }
    return first;
}

static int run(struct sg_invocation *invocation)
{
    const struct merge_job *job = invocation->job;
    size_t count = (size_t)invocation->operand_count;
    if (count == 0)
        return sg_cmd_usage_error(invocation, "nothing to merge: give one or more inputs");
    const char *output = invocation->output ? invocation->output : "-";
    char id[72];
    sg_text_id_from_path(output, "merged", id, sizeof id);
    struct sg_model *models = calloc(count, sizeof *models), merged;
    struct sg_merge_input *inputs = calloc(count, sizeof *inputs);
    char *json = NULL;
    sg_model_init(&merged);
    int err = models && inputs ? load_inputs(invocation, models, inputs) : SG_ERR_NOMEM;
    const struct sg_merge_options options = {job->id ? job->id : id, job->title, job->resolve,
                                             locate, invocation->operands};
    if (!err)
        err = sg_merge(inputs, count, &options, &merged);
    if (!err)
        err = sg_write_snapshot_json(&merged, &json);
    if (!err)
        err = sg_cmd_make_parent(output);
    if (!err)
        err = sg_outfile_write(output, json, strlen(json));
    if (!err && !invocation->quiet && !sg_cmd_is_standard_stream(output))
        fprintf(stderr, "wrote '%s': %zu articles, %zu statements between %zu actors\n", output,
                merged.info.article_count, merged.statement_count, merged.actor_count);
    for (size_t i = 0; models && i < count; i++)
        sg_model_destroy(&models[i]);
    sg_model_destroy(&merged);
    free(models);
    free(inputs);
    free(json);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_merge = {
    .name = "merge",
    .summary = "merge snapshots and statement logs into one log",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "",
    .long_options = long_options,
    .job_size = sizeof(struct merge_job),
    .option = option,
    .run = run,
};
