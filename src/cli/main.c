/*
 * stancegraph's entry point: global options, the table of subcommands, and the final check that
 * standard output was written completely.
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "base/text.h"
#include "base/version.h"
#include "cli/command.h"
#include "load/input.h"
#include "render/chart.h"
#include "render/render.h"
#include "write/csv.h"
#include "write/json.h"
#include "write/xml.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
};

static const struct command commands[] = {
    {"validate", cmd_validate, "check snapshot files and report every problem"},
    {"analyze", cmd_analyze, "write a snapshot's metrics JSON and DOT diagram"},
    {"render", cmd_render, "draw a snapshot's diagram as DOT, SVG, PNG or PDF"},
    {"diff", cmd_diff, "show what changed between two snapshots"},
    {"timeline", cmd_timeline, "follow every metric across snapshots or time windows"},
    {"extract", cmd_extract, "propose a snapshot from an article's text"},
    {"eval", cmd_eval, "score a proposed snapshot's ties against a gold snapshot"},
    {"convert", cmd_convert, "convert snapshots between JSON, DOT, GraphML, GEXF and CSV"},
    {"report", cmd_report, "write a self-contained HTML report of one or more snapshots"},
};
static const size_t command_count = sizeof commands / sizeof commands[0];

static void print_usage(FILE *out)
{
    fputs("usage: stancegraph [--help] [--version] COMMAND [ARGS]\n"
          "\n"
          "Turns who-said-what-about-whom in the news into a stance graph and analyses it.\n"
          "\n"
          "commands:\n",
          out);
    for (size_t i = 0; i < command_count; i++)
        fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\n"
          "'stancegraph COMMAND --help' describes a command.\n"
          "Exit status: 0 ok, 64 usage, 65 invalid data, 66 cannot read input,\n"
          "70 internal error, 73 cannot create output, 74 cannot write output.\n",
          out);
}

static void print_version(void)
{
    printf("stancegraph %s\n", SG_VERSION);
    printf("igraph %s, graphviz %s, cJSON %s, PLplot %s, libcsv %s, libxml2 %s\n",
           sg_measures_library_version(), sg_render_library_version(),
           sg_write_json_library_version(), sg_chart_library_version(), sg_csv_library_version(),
           sg_xml_library_version());
}

/*
 * Every command reads its inputs by extension unless --input-format F (or =F) says otherwise:
 * taken out of argv here, before the command parses the rest, up to a "--".
 */
static int take_input_format(const char *command, int *argc, char **argv)
{
    for (int i = 2; i < *argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        const char *value = NULL;
        int taken = 0;
        if (strcmp(argv[i], "--input-format") == 0) {
            if (i + 1 >= *argc) {
                sg_diag_error("%s: option '--input-format' needs a value (json, dot or csv)",
                              command);
                return SG_EXIT_USAGE;
            }
            value = argv[i + 1];
            taken = 2;
        } else if (strncmp(argv[i], "--input-format=", 15) == 0) {
            value = argv[i] + 15;
            taken = 1;
        } else {
            continue;
        }
        int format = sg_input_format_from_name(value);
        if (format < 0) {
            sg_diag_error("%s: unknown input format '%s' (choose json, dot, csv or auto)", command,
                          value);
            return SG_EXIT_USAGE;
        }
        sg_input_set_format((enum sg_input_format)format);
        for (int j = i; j + taken <= *argc; j++)
            argv[j] = argv[j + taken];
        *argc -= taken;
        i--;
    }
    return SG_EXIT_OK;
}

static int finish(int status)
{
    /* A full disk or closed pipe shows only when stdout is flushed; report it, as git does. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        sg_diag_error("cannot write to standard output: %s", strerror(errno));
        return SG_EXIT_IOERR;
    }
    if (fclose(stdout) != 0) {
        sg_diag_error("cannot write to standard output: %s", strerror(errno));
        return SG_EXIT_IOERR;
    }
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_usage(stderr);
        return SG_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        if (strcmp(name, "help") == 0 && argc > 2) {
            char help_flag[] = "--help";
            char *help_argv[] = {argv[2], help_flag, NULL};
            for (size_t i = 0; i < command_count; i++)
                if (strcmp(commands[i].name, argv[2]) == 0)
                    return finish(commands[i].run(2, help_argv));
        }
        print_usage(stdout);
        return finish(SG_EXIT_OK);
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        print_version();
        return finish(SG_EXIT_OK);
    }
    for (size_t i = 0; i < command_count; i++)
        if (strcmp(commands[i].name, name) == 0) {
            int status = take_input_format(name, &argc, argv);
            if (status != SG_EXIT_OK)
                return status;
            return finish(commands[i].run(argc - 1, argv + 1));
        }

    if (name[0] == '-')
        sg_diag_error("unknown option '%s'", name);
    else
        sg_diag_error("'%s' is not a command", name);
    for (size_t i = 0; i < command_count; i++)
        if (sg_text_edit_distance(name, commands[i].name, 2) <= 2)
            sg_diag_error("did you mean '%s'?", commands[i].name);
    sg_diag_error("see 'stancegraph --help'");
    return SG_EXIT_USAGE;
}
