/*
 * stancegraph render: one snapshot in, its diagram out as DOT, SVG, PNG or PDF.
 */
#include "base/diag.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "render/render.h"
#include "write/dot.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph render [options] FILE\n"
    "\n"
    "Draws the stance diagram of one snapshot (stancegraph/1 JSON, DOT or CSV).\n"
    "\n"
    "options:\n"
    "  -o, --output OUT     file to write; '-' for standard output (needs -T)\n"
    "                       (default: output/ID.FORMAT, ID being the snapshot id)\n"
    "  -T, --format F       svg, png, pdf, dot, or any other format Graphviz writes (plain,\n"
    "                       json, eps, ...) (default: from OUT's extension, else svg); dot\n"
    "                       is the unpositioned diagram source, as 'analyze' writes it\n"
    "  -K, --engine E       layout engine: dot, neato, fdp, sfdp, circo or twopi (default:\n"
    "                       dot; sfdp for snapshots of more than 500 actors, which are drawn\n"
    "                       reduced)\n"
    "      --size-by M      metric that sizes the nodes (default: harmonic)\n"
    "      --no-legend      leave the legend out\n"
    "      --camps          fill the nodes by camp\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -q, --quiet          do not say what was written\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 Graphviz failed, 73 cannot create output, 74 cannot write output.\n";

/* The extension of path in lower case into out ("PNG" -> "png"); "" when it has none or a
 * long one. */
static void extension_of(const char *path, char *out, size_t size)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    size_t n = dot ? strlen(dot + 1) : size;
    out[0] = '\0';
    for (size_t i = 0; n < size && i <= n; i++)
        out[i] = (char)tolower((unsigned char)dot[1 + i]);
}

static int is_known_format(const char *format)
{
    return strcmp(format, "dot") == 0 || sg_render_format_supported(format);
}

struct render_job {
    const char *format, *engine; /* NULL until told */
    char extension[8];           /* OUT's, in lower case */
    char format_given[8];        /* -T's, in lower case */
    struct sg_dot_options dot_options;
};

static void init(void *settings)
{
    struct render_job *job = settings;
    sg_dot_options_init(&job->dot_options);
}

static int option(struct sg_invocation *invocation, int code, const char *value)
{
    struct render_job *job = invocation->job;
    if (code == 'T') {
        size_t n = strlen(value) < sizeof job->format_given ? strlen(value) : 0;
        for (size_t i = 0; i < n; i++)
            job->format_given[i] = (char)tolower((unsigned char)value[i]);
        job->format_given[n] = '\0';
        job->format = n ? job->format_given : value;
    } else if (code == 'K')
        return sg_cmd_engine_option(invocation, value, &job->engine);
    else
        return sg_cmd_dot_option(code, value, &job->dot_options);
    return SG_OPTION_NEXT;
}

static const struct option long_options[] = {{"format", required_argument, NULL, 'T'},
                                             {"engine", required_argument, NULL, 'K'},
                                             SG_CMD_DOT_OPTIONS,
                                             {NULL, 0, NULL, 0}};

/* Checks the operands and the engine, and settles the format: SG_EXIT_OK, or the usage status
 * (reported). */
static int check_request(const struct sg_invocation *invocation, struct render_job *job)
{
    const char *output = invocation->output;
    if (invocation->operand_count < 1)
        return sg_cmd_usage_error(invocation, "no snapshot file given");
    if (invocation->operand_count > 1)
        return sg_cmd_usage_error(invocation, "one snapshot at a time (got %d)",
                                  invocation->operand_count);
    if (!job->format && output && sg_cmd_is_standard_stream(output))
        return sg_cmd_usage_error(invocation, "'-o -' needs a format: add -T svg, png, pdf or dot");
    if (output)
        extension_of(output, job->extension, sizeof job->extension);
    if (!job->format && output) {
        job->format = job->extension;
        if (!is_known_format(job->format))
            return sg_cmd_usage_error(invocation,
                                      "cannot tell the format from '%s': add -T svg, png, pdf "
                                      "or dot",
                                      output);
    } else if (job->format && output && is_known_format(job->extension) &&
               strcmp(job->extension, job->format) != 0) {
        sg_diag_warning("'%s' has the extension of %s, but -T writes %s into it", output,
                        job->extension, job->format);
    }
    if (!job->format)
        job->format = "svg";
    if (!is_known_format(job->format))
        return sg_cmd_usage_error(invocation,
                                  "unknown format '%s' (choose svg, png, pdf, dot, or another "
                                  "format Graphviz writes: plain, json, eps, ...)",
                                  job->format);
    return SG_EXIT_OK;
}

/* Writes the diagram of dot_text to output: the source itself, or laid out by Graphviz. */
static int draw(const struct render_job *job, const struct sg_model *model, const char *dot_text,
                const char *output)
{
    if (strcmp(job->format, "dot") == 0)
        return sg_outfile_write(output, dot_text, strlen(dot_text));
    const char *engine = job->engine;
    if (!engine)
        engine = model->actor_count > SG_DOT_MAX_ACTORS ? "sfdp" : "dot";
    sg_render_engine_warn(engine);
    char *image = NULL;
    size_t image_length = 0;
    struct sg_renderer *renderer = sg_renderer_new();
    int err = renderer ? SG_OK : SG_ERR_LIBRARY;
    if (!err)
        err = sg_render(renderer, dot_text, engine, job->format, &image, &image_length);
    if (!err)
        err = sg_outfile_write(output, image, image_length);
    free(image);
    sg_renderer_free(renderer);
    return err;
}

static int run(struct sg_invocation *invocation)
{
    struct render_job *job = invocation->job;
    int status = check_request(invocation, job);
    if (status != SG_EXIT_OK)
        return status;
    struct sg_model model;
    struct sg_metrics metrics = {0};
    char *dot_text = NULL, *default_output = NULL, suffix[8];
    const char *output = NULL;
    sg_model_init(&model);
    sg_cmd_setup_progress(0, 0);
    int err = sg_cmd_load_and_measure(invocation, invocation->operands[0], NULL, &model, &metrics);
    if (!err)
        err = sg_write_dot(&model, &metrics, &job->dot_options, &dot_text);
    snprintf(suffix, sizeof suffix, ".%s", job->format);
    if (!err)
        err = sg_cmd_output_file(invocation, model.info.id, suffix, &default_output, &output);
    if (!err)
        err = draw(job, &model, dot_text, output);
    if (!err && !invocation->quiet && !sg_cmd_is_standard_stream(output))
        fprintf(stderr, "wrote '%s'\n", output);
    free(dot_text);
    free(default_output);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_render = {
    .name = "render",
    .summary = "draw a snapshot's diagram as DOT, SVG, PNG or PDF",
    .usage = usage,
    .shared = SG_SHARED_OUTPUT | SG_SHARED_QUIET,
    .short_options = "T:K:",
    .long_options = long_options,
    .job_size = sizeof(struct render_job),
    .init = init,
    .option = option,
    .run = run,
};
