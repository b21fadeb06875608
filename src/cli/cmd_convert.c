/*
 * stancegraph convert: reads snapshots in any input format and writes them in another, chosen
 * by the output's extension (docs/FORMATS.md).
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "load/csv.h"
#include "write/csv.h"
#include "write/dot.h"
#include "write/json.h"
#include "write/xml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char usage[] =
    "usage: stancegraph convert [options] SNAPSHOT... -o OUT\n"
    "\n"
    "Converts snapshots between formats. The input format is told by each file's extension\n"
    "(.json, .dot or .gv, .csv) or --input-format; the output format by OUT's extension or -T:\n"
    "  .json     stancegraph/1 snapshot\n"
    "  .dot      the diagram source, carrying the whole snapshot (it reads back the same)\n"
    "  .graphml  GraphML for Gephi, igraph, NetworkX, yEd: every attribute typed\n"
    "  .gexf     GEXF 1.3 for Gephi (or 1.2 for NetworkX); several snapshots make one\n"
    "            dynamic graph whose time intervals Gephi's timeline plays\n"
    "  .csv      Gephi edge table OUT.csv, with OUT.nodes.csv and OUT.snapshot.csv beside it\n"
    "All formats but GEXF take one snapshot. See docs/FORMATS.md.\n"
    "\n"
    "options:\n"
    "  -o, --output OUT       file to write; '-' for standard output (needs -T; not csv);\n"
    "                         for csv, the edge table: the node and snapshot tables are\n"
    "                         written beside it, and all three named on stderr\n"
    "  -T, --format F         json, dot, graphml, gexf or csv (default: from OUT's extension)\n"
    "      --input-format F   read the inputs as json, dot or csv (default: by extension)\n"
    "      --strip-provenance leave out the fields only extract writes (cue, lemma, rule,\n"
    "                         confidence, offsets), for a snapshot a person has checked\n"
    "      --metrics          put every per-actor metric of 'analyze' (pagerank, camp,\n"
    "                         net_stance, ...) on the nodes: graphml, gexf and csv only\n"
    "      --ties             graphml: one edge per tie (statements summed; negotiation one\n"
    "                         edge each way), the graph stancegraph measures (default: one\n"
    "                         edge per statement, as given)\n"
    "      --gexf-version V   1.3 (default, for Gephi) or 1.2 (GEXF 1.2draft, which\n"
    "                         NetworkX reads)\n"
    "  -q, --quiet            do not say what was written\n"
    "  -h, --help             show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid input, 66 cannot read input,\n"
    "70 internal error, 73 cannot create output, 74 cannot write output.\n";

enum format { JSON, DOT, GRAPHML, GEXF, CSV, FORMAT_COUNT };
static const char *const format_names[FORMAT_COUNT] = {"json", "dot", "graphml", "gexf", "csv"};

static int format_from_name(const char *name)
{
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (strcasecmp(name, format_names[f]) == 0)
            return f;
    return -1;
}

static int format_from_path(const char *path)
{
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (!dot || (slash && dot < slash))
        return -1;
    if (strcasecmp(dot + 1, "gv") == 0)
        return DOT;
    return format_from_name(dot + 1);
}

struct convert_job {
    int format;       /* enum format; -1 until -T or OUT's extension tells */
    int strip;        /* --strip-provenance */
    int metrics;      /* --metrics */
    int per_tie;      /* --ties */
    int gexf_version; /* enum sg_gexf_version; -1 until --gexf-version */
};

/* Writes the output (three files for csv) and, unless quiet, says what it wrote. metrics: one
 * per model, or NULL when the output needs none. */
static int write_one(const struct convert_job *job, const char *output, struct sg_model *models,
                     const struct sg_metrics *metrics, size_t count, int quiet)
{
    struct sg_xml_options xml;
    sg_xml_options_init(&xml);
    xml.metrics = job->metrics ? metrics : NULL;
    xml.per_tie = job->per_tie;
    if (job->gexf_version >= 0)
        xml.gexf_version = (enum sg_gexf_version)job->gexf_version;
    struct sg_outfile_set *set = sg_outfile_set_new();
    char *text = NULL, *nodes = NULL, *info = NULL, *nodes_path = NULL, *info_path = NULL;
    int err = set ? SG_OK : SG_ERR_NOMEM;
    if (!err) {
        switch (job->format) {
        case JSON:
            err = sg_write_snapshot_json(&models[0], &text);
            break;
        case DOT: {
            struct sg_dot_options options;
            sg_dot_options_init(&options);
            err = sg_write_dot(&models[0], &metrics[0], &options, &text);
            break;
        }
        case GRAPHML:
            err = sg_write_graphml(&models[0], &xml, &text);
            break;
        case GEXF:
            err = sg_write_gexf(models, count, &xml, &text);
            break;
        case CSV:
            err = sg_write_csv_edges(&models[0], &text);
            if (!err)
                err = sg_write_csv_nodes(&models[0], xml.metrics, &nodes);
            if (!err)
                err = sg_write_csv_snapshot(&models[0], &info);
            nodes_path = sg_csv_sibling(output, "nodes");
            info_path = sg_csv_sibling(output, "snapshot");
            if (!err && (!nodes_path || !info_path))
                err = SG_ERR_NOMEM;
            break;
        }
    }
    if (!err)
        err = sg_outfile_add(set, output, text, strlen(text));
    if (!err && nodes)
        err = sg_outfile_add(set, nodes_path, nodes, strlen(nodes));
    if (!err && info)
        err = sg_outfile_add(set, info_path, info, strlen(info));
    if (!err)
        err = sg_outfile_commit(set);
    if (!err && !quiet && nodes)
        fprintf(stderr, "wrote '%s', '%s' and '%s'\n", output, nodes_path, info_path);
    else if (!err && !quiet && !sg_cmd_is_standard_stream(output))
        fprintf(stderr, "wrote '%s'\n", output);
    sg_outfile_set_free(set);
    free(text);
    free(nodes);
    free(info);
    free(nodes_path);
    free(info_path);
    return err;
}

enum { OPT_STRIP = 256, OPT_METRICS, OPT_TIES, OPT_GEXF_VERSION };

static void init(void *settings)
{
    struct convert_job *job = settings;
    job->format = -1;
    job->strip = 0;
    job->metrics = 0;
    job->per_tie = 0;
    job->gexf_version = -1;
}

static int gexf_version_option(struct sg_invocation *invocation, const char *value)
{
    struct convert_job *job = invocation->job;
    for (int v = 0; v < SG_GEXF_VERSION_COUNT; v++)
        if (strcmp(value, sg_gexf_version_names[v]) == 0) {
            job->gexf_version = v;
            return SG_OPTION_NEXT;
        }
    return sg_cmd_usage_error(invocation, "unknown GEXF version '%s' (choose %s or %s)", value,
                              sg_gexf_version_names[SG_GEXF_1_3],
                              sg_gexf_version_names[SG_GEXF_1_2]);
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct convert_job *job = invocation->job;
    switch (code) {
    case OPT_STRIP:
        job->strip = 1;
        return SG_OPTION_NEXT;
    case OPT_METRICS:
        job->metrics = 1;
        return SG_OPTION_NEXT;
    case OPT_TIES:
        job->per_tie = 1;
        return SG_OPTION_NEXT;
    case OPT_GEXF_VERSION:
        return gexf_version_option(invocation, value);
    default:
        break;
    }
    if (code != 'T')
        return SG_OPTION_UNKNOWN;
    job->format = format_from_name(value);
    if (job->format < 0)
        return sg_cmd_usage_error(invocation,
                                  "unknown format '%s' (choose json, dot, graphml, gexf "
                                  "or csv)",
                                  value);
    return SG_OPTION_NEXT;
}

static const struct option long_options[] = {
    {"format", required_argument, NULL, 'T'},
    {"strip-provenance", no_argument, NULL, OPT_STRIP},
    {"metrics", no_argument, NULL, OPT_METRICS},
    {"ties", no_argument, NULL, OPT_TIES},
    {"gexf-version", required_argument, NULL, OPT_GEXF_VERSION},
    {NULL, 0, NULL, 0}};

/* Checks that --metrics, --ties and --gexf-version suit the format: SG_EXIT_OK, or the usage
 * status (reported). */
static int check_format_options(const struct sg_invocation *invocation,
                                const struct convert_job *job)
{
    const char *format = format_names[job->format];
    if (job->metrics && (job->format == JSON || job->format == DOT))
        return sg_cmd_usage_error(invocation,
                                  "--metrics puts metrics on graphml, gexf and csv nodes, not "
                                  "%s (the metrics JSON is written by 'stancegraph analyze')",
                                  format);
    if (job->per_tie && job->format != GRAPHML)
        return sg_cmd_usage_error(invocation, "--ties is for graphml (%s)",
                                  job->format == GEXF  ? "gexf always has one edge per tie"
                                  : job->format == CSV ? "the csv edge table is one row per "
                                                         "statement, so that it reads back"
                                                       : "json and dot keep every statement");
    if (job->gexf_version >= 0 && job->format != GEXF)
        return sg_cmd_usage_error(invocation, "--gexf-version is for gexf output, not %s", format);
    return SG_EXIT_OK;
}

/* Settles the output format and checks that it suits OUT and the inputs: SG_EXIT_OK, or the
 * usage status (reported). */
static int check_request(const struct sg_invocation *invocation, struct convert_job *job)
{
    const char *output = invocation->output;
    int count = invocation->operand_count;
    if (count < 1)
        return sg_cmd_usage_error(invocation, "no input snapshot given");
    if (!output)
        return sg_cmd_usage_error(invocation, "no output given (-o OUT)");
    if (job->format < 0) {
        if (sg_cmd_is_standard_stream(output))
            return sg_cmd_usage_error(invocation, "'-o -' needs a format: add -T json, dot, "
                                                  "graphml or gexf");
        job->format = format_from_path(output);
        if (job->format < 0)
            return sg_cmd_usage_error(invocation,
                                      "cannot tell the format from '%s': use the extension "
                                      ".json, .dot, .graphml, .gexf or .csv, or -T",
                                      output);
    }
    if (job->format == CSV && sg_cmd_is_standard_stream(output))
        return sg_cmd_usage_error(invocation, "csv writes three files: give a file name ending "
                                              "in .csv, not '-'");
    if (job->format == CSV && format_from_path(output) != CSV)
        return sg_cmd_usage_error(invocation, "csv output needs a file name ending in .csv");
    if (job->format != GEXF && count > 1)
        return sg_cmd_usage_error(invocation,
                                  "%s takes one snapshot (got %d); only gexf joins several "
                                  "into one dynamic graph",
                                  format_names[job->format], count);
    return check_format_options(invocation, job);
}

/* Loads every input into models (count of them, initialised) and checks the dates differ. */
static int load_models(const struct sg_invocation *invocation, struct sg_model *models)
{
    int count = invocation->operand_count, err = SG_OK;
    char **paths = invocation->operands;
    for (int i = 0; i < count && !err; i++)
        err = sg_cmd_load(invocation, paths[i], &models[i]);
    /* a timeline needs one snapshot per date */
    for (int i = 0; i < count && !err; i++)
        for (int j = 0; j < i && !err; j++)
            if (strcmp(models[i].info.date, models[j].info.date) == 0) {
                sg_diag_error("convert: %s and %s are both dated %s; a GEXF timeline takes one "
                              "snapshot per date",
                              sg_infile_display_name(paths[j]), sg_infile_display_name(paths[i]),
                              models[i].info.date);
                err = SG_ERR_DATA;
            }
    return err;
}

/* With --metrics, an actor's free-form field named after a metric would give a node two
 * values under one name: refused (SG_ERR_DATA, reported). */
static int check_field_names(const struct sg_invocation *invocation, const struct sg_model *models,
                             size_t count)
{
    for (size_t i = 0; i < count; i++)
        for (size_t a = 0; a < models[i].actor_count; a++) {
            const struct sg_actor *actor = &models[i].actors[a];
            for (size_t e = 0; e < actor->extras.count; e++)
                if (sg_metric_find(actor->extras.items[e].key) >= 0) {
                    sg_diag_error("convert: %s: actor '%s' has a field '%s', the name of a "
                                  "metric: rename the field, or leave out --metrics",
                                  sg_infile_display_name(invocation->operands[i]), actor->id,
                                  actor->extras.items[e].key);
                    return SG_ERR_DATA;
                }
        }
    return SG_OK;
}

/* The metrics of every model into a heap array (*metrics, count of them) when the output
 * needs them (DOT always, the others with --metrics); else *metrics stays NULL. */
static int measure(const struct convert_job *job, const struct sg_model *models, size_t count,
                   struct sg_metrics **metrics)
{
    *metrics = NULL;
    if (job->format != DOT && !job->metrics)
        return SG_OK;
    *metrics = calloc(count, sizeof **metrics);
    if (!*metrics)
        return SG_ERR_NOMEM;
    int err = SG_OK;
    for (size_t i = 0; i < count && !err; i++)
        err = sg_measures_compute(&models[i], &(*metrics)[i]);
    return err;
}

static void free_metrics(struct sg_metrics *metrics, size_t count)
{
    for (size_t i = 0; metrics && i < count; i++)
        sg_metrics_destroy(&metrics[i]);
    free(metrics);
}

static int run(struct sg_invocation *invocation)
{
    struct convert_job *job = invocation->job;
    int status = check_request(invocation, job);
    if (status != SG_EXIT_OK)
        return status;
    size_t count = (size_t)invocation->operand_count;
    struct sg_model *models = calloc(count, sizeof *models);
    if (!models)
        return sg_cmd_exit_status(SG_ERR_NOMEM);
    for (size_t i = 0; i < count; i++)
        sg_model_init(&models[i]);
    int err = load_models(invocation, models);
    for (size_t i = 0; !err && job->strip && i < count; i++)
        sg_model_strip_provenance(&models[i]);
    if (!err && job->metrics)
        err = check_field_names(invocation, models, count);
    struct sg_metrics *metrics = NULL;
    if (!err)
        err = measure(job, models, count, &metrics);
    if (!err)
        err = sg_cmd_make_parent(invocation->output);
    if (!err)
        err = write_one(job, invocation->output, models, metrics, count, invocation->quiet);
    free_metrics(metrics, count);
    for (size_t i = 0; i < count; i++)
        sg_model_destroy(&models[i]);
    free(models);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_convert = {
    .name = "convert",
    .summary = "convert snapshots between JSON, DOT, GraphML, GEXF and CSV",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "T:",
    .long_options = long_options,
    .job_size = sizeof(struct convert_job),
    .init = init,
    .option = option,
    .run = run,
};
