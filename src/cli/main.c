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
#include <signal.h>
#include <stdio.h>
#include <string.h>

/* The commands in the order 'stancegraph --help' lists them. */
static const struct sg_command *const commands[] = {
    &sg_command_validate, &sg_command_analyze, &sg_command_render, &sg_command_diff,
    &sg_command_timeline, &sg_command_extract, &sg_command_merge,  &sg_command_eval,
    &sg_command_convert,  &sg_command_report,  &sg_command_review,
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
        fprintf(out, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
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
 * taken out of argv into global here, before the command parses the rest, up to a "--".
 */
static int take_input_format(const char *command, int *argc, char **argv,
                             struct sg_global_options *global)
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
        global->input_format = (enum sg_input_format)format;
        for (int j = i; j + taken <= *argc; j++)
            argv[j] = argv[j + taken];
        *argc -= taken;
        i--;
    }
    return SG_EXIT_OK;
}

static int finish(int status)
{
    /* A full disk or closed pipe shows only when stdout is flushed; report it, as git does,
     * unless the command has reported a failed write already (each error is printed once). */
    int failed = fflush(stdout) != 0 || ferror(stdout);
    failed = fclose(stdout) != 0 || failed;
    if (failed && status != SG_EXIT_IOERR)
        sg_diag_error("cannot write to standard output: %s", strerror(errno));
    return failed ? SG_EXIT_IOERR : status;
}

int main(int argc, char **argv)
{
    struct sg_global_options global = {SG_INPUT_AUTO};
    /* A closed pipe is a write error like a full disk (exit 74), not a silent death by signal. */
    signal(SIGPIPE, SIG_IGN);
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
                if (strcmp(commands[i]->name, argv[2]) == 0)
                    return finish(sg_cmd_main(commands[i], 2, help_argv, &global));
        }
        print_usage(stdout);
        return finish(SG_EXIT_OK);
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        print_version();
        return finish(SG_EXIT_OK);
    }
    for (size_t i = 0; i < command_count; i++)
        if (strcmp(commands[i]->name, name) == 0) {
            int status = take_input_format(name, &argc, argv, &global);
            if (status != SG_EXIT_OK)
                return status;
            return finish(sg_cmd_main(commands[i], argc - 1, argv + 1, &global));
        }

    if (name[0] == '-')
        sg_diag_error("unknown option '%s'", name);
    else
        sg_diag_error("'%s' is not a command", name);
    for (size_t i = 0; i < command_count; i++)
        if (sg_text_edit_distance(name, commands[i]->name, 2) <= 2)
            sg_diag_error("did you mean '%s'?", commands[i]->name);
    sg_diag_error("see 'stancegraph --help'");
    return SG_EXIT_USAGE;
}
