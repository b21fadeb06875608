/*
 * stancegraph render: one snapshot in, its diagram out as DOT, SVG, PNG or PDF.
 */
#include "base/diag.h"
#include "base/outfile.h"
#include "cli/command.h"
#include "render/render.h"
#include "write/dot.h"

#include <getopt.h>
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
    "  -T, --format F       dot, svg, png or pdf (default: from OUT's extension, else svg);\n"
    "                       dot is the unpositioned diagram source, as 'analyze' writes it\n"
    "  -K, --engine E       layout engine: dot, neato, sfdp or circo (default: dot; sfdp\n"
    "                       for snapshots of more than 500 actors, which are drawn reduced)\n"
    "      --size-by M      metric that sizes the nodes (default: pagerank)\n"
    "      --no-legend      leave the legend out\n"
    "      --camps          fill the nodes by camp\n"
    "      --input-format F\n"
    "                       read inputs as json, dot or csv (default: by\n"
    "                       extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help           show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input,\n"
    "70 Graphviz failed, 73 cannot create output, 74 cannot write output.\n";

static const char *extension_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    return dot ? dot + 1 : NULL;
}

static int is_known_format(const char *format)
{
    return strcmp(format, "dot") == 0 || sg_render_format_supported(format);
}

int cmd_render(int argc, char **argv)
{
    static const struct option options[] = {{"output", required_argument, NULL, 'o'},
                                            {"format", required_argument, NULL, 'T'},
                                            {"engine", required_argument, NULL, 'K'},
                                            {"size-by", required_argument, NULL, SG_OPT_SIZE_BY},
                                            {"no-legend", no_argument, NULL, SG_OPT_NO_LEGEND},
                                            {"camps", no_argument, NULL, SG_OPT_CAMPS},
                                            {"help", no_argument, NULL, 'h'},
                                            {NULL, 0, NULL, 0}};
    const char *output = NULL, *format = NULL, *engine = NULL;
    struct sg_dot_options dot_options;
    struct sg_model model;
    struct sg_metrics metrics = {0};
    struct sg_renderer *renderer = NULL;
    char *dot_text = NULL, *image = NULL, *default_output = NULL;
    size_t image_length = 0;
    int err = SG_OK, c;

    sg_dot_options_init(&dot_options);
    sg_model_init(&model);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:T:K:h", options, NULL)) != -1) {
        switch (c) {
        case 'o':
            output = optarg;
            break;
        case 'T':
            format = optarg;
            break;
        case 'K':
            engine = optarg;
            break;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            if (c != '?') {
                int shared = sg_cmd_dot_option(c, optarg, &dot_options);
                if (shared < 0)
                    return SG_EXIT_USAGE;
                if (shared > 0)
                    break;
            }
            if (optopt == 'o' || optopt == 'T' || optopt == 'K')
                return sg_cmd_usage_error("render", "option '-%c' needs a value", optopt);
            return sg_cmd_usage_error("render", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind >= argc)
        return sg_cmd_usage_error("render", "no snapshot file given");
    if (optind + 1 < argc)
        return sg_cmd_usage_error("render", "one snapshot at a time (got %d)", argc - optind);
    if (engine && !sg_render_engine_supported(engine))
        return sg_cmd_usage_error("render",
                                  "unknown engine '%s' (choose dot, neato, sfdp or "
                                  "circo)",
                                  engine);
    if (!format && output && strcmp(output, "-") == 0)
        return sg_cmd_usage_error("render", "'-o -' needs a format: add -T svg, png, pdf or dot");
    if (!format && output) {
        format = extension_of(output);
        if (!format || !is_known_format(format))
            return sg_cmd_usage_error("render",
                                      "cannot tell the format from '%s': add -T svg, png, pdf "
                                      "or dot",
                                      output);
    }
    if (!format)
        format = "svg";
    if (!is_known_format(format))
        return sg_cmd_usage_error("render", "unknown format '%s' (choose dot, svg, png or pdf)",
                                  format);

    sg_cmd_setup_progress(0, 0);
    err = sg_cmd_load_and_measure(argv[optind], &model, &metrics);
    if (err)
        goto out;
    err = sg_write_dot(&model, &metrics, &dot_options, &dot_text);
    if (err)
        goto out;
    if (!output) {
        char suffix[8];
        snprintf(suffix, sizeof suffix, ".%s", format);
        default_output = sg_cmd_join_path("output", model.info.id, suffix);
        if (!default_output) {
            err = SG_ERR_NOMEM;
            goto out;
        }
        err = sg_cmd_ensure_directory("output");
        if (err)
            goto out;
        output = default_output;
    }
    if (strcmp(format, "dot") == 0) {
        err = sg_outfile_write(output, dot_text, strlen(dot_text));
        goto out;
    }
    if (!engine)
        engine = model.actor_count > SG_DOT_MAX_ACTORS ? "sfdp" : "dot";
    renderer = sg_renderer_new();
    if (!renderer) {
        err = SG_ERR_LIBRARY;
        goto out;
    }
    err = sg_render(renderer, dot_text, engine, format, &image, &image_length);
    if (!err)
        err = sg_outfile_write(output, image, image_length);
out:
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    free(image);
    free(dot_text);
    free(default_output);
    sg_renderer_free(renderer);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
    return sg_exit_status_for(err);
}
