/*
 * The command skeleton (the shared option loop of every subcommand) and the helpers the
 * subcommands share: the load-and-measure step, option values naming metrics, usage errors,
 * exit statuses and output paths.
 */
#include "cli/command.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/outfile.h"
#include "base/text.h"
#include "cli/progress.h"
#include "model/window.h"
#include "render/render.h"
#include "write/dot.h"

#include <assert.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Room for a command's own long options plus the shared ones and the terminator. */
enum { MAX_LONG_OPTIONS = 32, MAX_SHORT_OPTIONS = 32 };

/* The getopt tables of command: its own options followed by the shared ones it accepts. */
static void build_tables(const struct sg_command *command, char *short_options,
                         struct option *long_options)
{
    static const struct option output = {"output", required_argument, NULL, 'o'};
    static const struct option output_dir = {"output-dir", required_argument, NULL, 'd'};
    static const struct option quiet = {"quiet", no_argument, NULL, 'q'};
    static const struct option help = {"help", no_argument, NULL, 'h'};
    unsigned shared = command->shared;
    size_t count = 0;
    for (const struct option *own = command->long_options; own && own->name; own++) {
        assert(count + 5 < MAX_LONG_OPTIONS); /* room left for the shared four and the end */
        long_options[count++] = *own;
    }
    if (shared & (SG_SHARED_OUTPUT | SG_SHARED_OUTPUT_DIR))
        long_options[count++] = output; /* with SG_SHARED_OUTPUT_DIR: the old name of -d */
    if (shared & SG_SHARED_OUTPUT_DIR)
        long_options[count++] = output_dir;
    if (shared & SG_SHARED_QUIET)
        long_options[count++] = quiet;
    long_options[count++] = help;
    long_options[count] = (struct option){NULL, 0, NULL, 0};
    snprintf(short_options, MAX_SHORT_OPTIONS, "%s%s%s%sh", command->short_options,
             shared & (SG_SHARED_OUTPUT | SG_SHARED_OUTPUT_DIR) ? "o:" : "",
             shared & SG_SHARED_OUTPUT_DIR ? "d:" : "", shared & SG_SHARED_QUIET ? "q" : "");
}

/*
 * Takes the folder of a command that writes several files: -d DIR, or the old -o DIR with one
 * warning per run. Never '-': standard output cannot hold several files, and a folder named
 * '-' is a trap. Returns SG_OPTION_NEXT or a usage error.
 */
static int take_output_dir(struct sg_invocation *invocation, int letter, const char *value,
                           int *warned)
{
    const char *name = invocation->command->name;
    if (sg_cmd_is_standard_stream(value))
        return sg_cmd_usage_error(invocation,
                                  "-%c takes a folder, not '-': %s writes several files, and "
                                  "standard output takes one",
                                  letter, name);
    if (letter == 'o' && !*warned) {
        sg_diag_warning("%s: -o DIR is now -d DIR; -o will mean one output file", name);
        *warned = 1;
    }
    invocation->output_dir = value;
    return SG_OPTION_NEXT;
}

/* Whether the short option letter takes a value in short_options. */
static int takes_value(const char *short_options, int letter)
{
    for (const char *p = short_options; *p; p++)
        if (*p != ':' && *p == letter) /* a colon marks a value; it is no letter */
            return p[1] == ':';
    return 0;
}

/* The usage error for an option getopt or the command did not take (optind is past it). */
static int bad_option(const struct sg_invocation *invocation, const char *short_options,
                      char **argv)
{
    const char *value_name = invocation->command->value_name;
    if (optopt > 0 && optopt < 256 && takes_value(short_options, optopt))
        return sg_cmd_usage_error(invocation, "option '-%c' needs %s", optopt,
                                  value_name ? value_name : "a value");
    return sg_cmd_usage_error(invocation, "unknown option '%s'", argv[optind - 1]);
}

/* Parses the options into invocation: SG_OPTION_NEXT to run, or the exit status to stop with. */
static int parse_options(struct sg_invocation *invocation, int argc, char **argv)
{
    const struct sg_command *command = invocation->command;
    char short_options[MAX_SHORT_OPTIONS];
    struct option long_options[MAX_LONG_OPTIONS];
    int c, warned = 0;
    build_tables(command, short_options, long_options);
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, short_options, long_options, NULL)) != -1) {
        int result = SG_OPTION_UNKNOWN;
        if (c == 'h') {
            fputs(command->usage, stdout);
            return SG_EXIT_OK;
        } else if ((c == 'd' || c == 'o') && (command->shared & SG_SHARED_OUTPUT_DIR)) {
            result = take_output_dir(invocation, c, optarg, &warned);
        } else if (c == 'o' && (command->shared & SG_SHARED_OUTPUT)) {
            invocation->output = optarg;
            result = SG_OPTION_NEXT;
        } else if (c == 'q' && (command->shared & SG_SHARED_QUIET)) {
            invocation->quiet = 1;
            result = SG_OPTION_NEXT;
        } else if (c != '?' && command->option) {
            result = command->option(invocation, c, optarg);
        }
        if (result == SG_OPTION_UNKNOWN)
            return bad_option(invocation, short_options, argv);
        if (result != SG_OPTION_NEXT)
            return result;
    }
    invocation->operands = argv + optind;
    invocation->operand_count = argc - optind;
    return SG_OPTION_NEXT;
}

int sg_cmd_main(const struct sg_command *command, int argc, char **argv,
                const struct sg_global_options *global)
{
    struct sg_invocation invocation = {command, global, NULL, NULL, 0, NULL, 0, NULL};
    if (command->job_size) {
        invocation.job = calloc(1, command->job_size);
        if (!invocation.job)
            return sg_cmd_exit_status(SG_ERR_NOMEM);
    }
    if (command->init)
        command->init(invocation.job);
    int status = parse_options(&invocation, argc, argv);
    if (status == SG_OPTION_NEXT)
        status = command->run(&invocation);
    free(invocation.job);
    return status;
}

int sg_cmd_usage_error(const struct sg_invocation *invocation, const char *format, ...)
{
    char message[512];
    const char *name = invocation->command->name;
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    sg_diag_error("%s: %s", name, message);
    sg_diag_error("see 'stancegraph %s --help'", name);
    return SG_EXIT_USAGE;
}

int sg_cmd_exit_status(int err)
{
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    return sg_exit_status_for(err);
}

int sg_cmd_load(const struct sg_invocation *invocation, const char *path, struct sg_model *model)
{
    return sg_load_input(path, invocation->global->input_format, model);
}

int sg_cmd_load_and_measure(const struct sg_invocation *invocation, const char *path,
                            const struct sg_measure_options *options, struct sg_model *model,
                            struct sg_metrics *metrics)
{
    struct sg_measure_options with_progress;
    if (options)
        with_progress = *options;
    else
        sg_measure_options_init(&with_progress);
    memset(metrics, 0, sizeof *metrics);
    sg_progress_stage("loading", 0);
    int err = sg_cmd_load(invocation, path, model);
    sg_progress_end();
    if (err)
        return err;
    with_progress.progress = sg_progress_display();
    err = sg_measures_compute_with(model, &with_progress, metrics);
    if (err)
        sg_model_destroy(model);
    return err;
}

int sg_cmd_load_all(const struct sg_invocation *invocation, char *const *paths, size_t count,
                    struct sg_model **models_out, struct sg_metrics **metrics_out)
{
    struct sg_model *models = calloc(count, sizeof *models);
    struct sg_metrics *metrics = calloc(count, sizeof *metrics);
    int err = models && metrics ? SG_OK : SG_ERR_NOMEM;
    for (size_t i = 0; models && metrics && i < count; i++) {
        sg_model_init(&models[i]);
        int one = sg_cmd_load_and_measure(invocation, paths[i], NULL, &models[i], &metrics[i]);
        if (one && !err)
            err = one;
    }
    if (err) {
        for (size_t i = 0; models && metrics && i < count; i++) {
            sg_metrics_destroy(&metrics[i]);
            sg_model_destroy(&models[i]);
        }
        free(models);
        free(metrics);
        return err;
    }
    *models_out = models;
    *metrics_out = metrics;
    return SG_OK;
}

/* Metrics that can size a node: never negative. */
static const char *const size_metrics[] = {
    "pagerank",   "betweenness", "harmonic",     "hub",         "authority", "degree_in",
    "degree_out", "support_in",  "criticism_in", "negotiation", NULL};

/*
 * Parses a --size-by value: a metric that is never negative. Returns its index in
 * sg_metric_table, or -1 after reporting the choices.
 */
static int parse_size_metric(const char *name)
{
    for (size_t i = 0; size_metrics[i]; i++)
        if (strcmp(size_metrics[i], name) == 0)
            return sg_metric_find(name);
    sg_diag_error("unknown metric '%s' for --size-by (choose pagerank, betweenness, harmonic, "
                  "hub, authority, degree_in, degree_out, support_in, criticism_in or "
                  "negotiation)",
                  name);
    return -1;
}

char *sg_cmd_join_path(const char *directory, const char *name, const char *suffix)
{
    size_t length = strlen(directory) + strlen(name) + strlen(suffix) + 2;
    char *path = malloc(length);
    if (!path)
        return NULL;
    int needs_slash = directory[0] && directory[strlen(directory) - 1] != '/';
    snprintf(path, length, "%s%s%s%s", directory, needs_slash ? "/" : "", name, suffix);
    return path;
}

int sg_cmd_ensure_directory(const char *directory)
{
    struct stat info;
    if (sg_cmd_is_standard_stream(directory)) {
        /* never a folder named '-', which reads as standard output (-d - is refused earlier) */
        sg_diag_error("cannot create a folder named '-': '-' means standard output");
        return SG_ERR_USAGE;
    }
    if (stat(directory, &info) == 0) {
        if (S_ISDIR(info.st_mode))
            return SG_OK;
        sg_diag_error("cannot write to '%s': not a directory", directory);
        return SG_ERR_CREATE;
    }
    if (mkdir(directory, 0777) != 0) {
        sg_diag_error("cannot create directory '%s': %s", directory, strerror(errno));
        return SG_ERR_CREATE;
    }
    return SG_OK;
}

const char *sg_cmd_output_directory(const struct sg_invocation *invocation)
{
    return invocation->output_dir ? invocation->output_dir : SG_CMD_DEFAULT_OUTPUT;
}

int sg_cmd_make_parent(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (sg_cmd_is_standard_stream(path) || !slash || slash == path)
        return SG_OK;
    char *folder = strndup(path, (size_t)(slash - path));
    int err = folder ? sg_cmd_ensure_directory(folder) : SG_ERR_NOMEM;
    free(folder);
    return err;
}

int sg_cmd_output_file(const struct sg_invocation *invocation, const char *stem, const char *suffix,
                       char **owned, const char **path)
{
    *owned = NULL;
    *path = invocation->output;
    if (invocation->output)
        return sg_cmd_make_parent(invocation->output);
    int err = sg_cmd_ensure_directory(SG_CMD_DEFAULT_OUTPUT);
    if (err)
        return err;
    *owned = sg_cmd_join_path(SG_CMD_DEFAULT_OUTPUT, stem, suffix);
    *path = *owned;
    return *owned ? SG_OK : SG_ERR_NOMEM;
}

int sg_cmd_add_output(struct sg_outfile_set *outputs, const char *directory, const char *stem,
                      const char *suffix, const char *data, size_t length, char **path_out)
{
    char *path = sg_cmd_join_path(directory, stem, suffix);
    if (!path)
        return SG_ERR_NOMEM;
    int err = sg_outfile_add(outputs, path, data, length);
    if (path_out)
        *path_out = path;
    else
        free(path);
    return err;
}

int sg_cmd_is_standard_stream(const char *path)
{
    return strcmp(path, "-") == 0;
}

int sg_cmd_parse_count(const char *text, size_t *value)
{
    char *end = NULL;
    errno = 0;
    unsigned long long parsed = strtoull(text, &end, 10);
    if (errno || !end || *end || end == text || text[0] == '-')
        return -1;
    *value = (size_t)parsed;
    return 0;
}

void sg_cmd_setup_progress(int quiet, int forced)
{
    sg_progress_enable(!quiet && (forced || isatty(STDERR_FILENO)));
}

int sg_cmd_dot_option(int code, const char *value, struct sg_dot_options *options)
{
    switch (code) {
    case SG_OPT_SIZE_BY:
        options->size_metric = parse_size_metric(value);
        return options->size_metric < 0 ? SG_EXIT_USAGE : SG_OPTION_NEXT;
    case SG_OPT_NO_LEGEND:
        options->legend = 0;
        return SG_OPTION_NEXT;
    case SG_OPT_CAMPS:
        options->camps = 1;
        return SG_OPTION_NEXT;
    default:
        return SG_OPTION_UNKNOWN;
    }
}

int sg_cmd_id_option(const struct sg_invocation *invocation, const char *value, const char **id)
{
    if (!sg_text_is_valid_id(value))
        return sg_cmd_usage_error(
            invocation, "--id takes 1-64 characters of A-Z a-z 0-9 . _ -, not '%s'", value);
    *id = value;
    return SG_OPTION_NEXT;
}

int sg_cmd_duration_option(const struct sg_invocation *invocation, const char *name,
                           const char *examples, const char *value, struct sg_duration *duration,
                           const char **text)
{
    if (sg_duration_parse(value, duration) != 0)
        return sg_cmd_usage_error(invocation, "%s takes a length such as %s (at least 1), not '%s'",
                                  name, examples, value);
    *text = value;
    return SG_OPTION_NEXT;
}

int sg_cmd_engine_option(const struct sg_invocation *invocation, const char *value,
                         const char **engine)
{
    if (!sg_render_engine_supported(value))
        return sg_cmd_usage_error(invocation,
                                  "unknown engine '%s' (choose dot, neato, fdp, sfdp, circo or "
                                  "twopi)",
                                  value);
    *engine = value;
    return SG_OPTION_NEXT;
}

int sg_cmd_load_windows(const struct sg_invocation *invocation, const char *path,
                        struct sg_duration window, struct sg_duration step,
                        struct sg_model **models_out, struct sg_metrics **metrics_out,
                        size_t *count, size_t *undated)
{
    struct sg_model log;
    struct sg_model *windows = NULL;
    struct sg_metrics *metrics = NULL;
    sg_model_init(&log);
    int err = sg_cmd_load(invocation, path, &log);
    if (!err)
        err = sg_window_cut(&log, sg_infile_display_name(path), window, step, &windows, count,
                            undated);
    sg_model_destroy(&log);
    if (err)
        return err;
    metrics = calloc(*count, sizeof *metrics);
    err = metrics ? SG_OK : SG_ERR_NOMEM;
    for (size_t i = 0; !err && i < *count; i++)
        err = sg_measures_compute(&windows[i], &metrics[i]);
    if (err) {
        for (size_t i = 0; i < *count; i++) {
            if (metrics)
                sg_metrics_destroy(&metrics[i]);
            sg_model_destroy(&windows[i]);
        }
        free(windows);
        free(metrics);
        return err;
    }
    *models_out = windows;
    *metrics_out = metrics;
    return SG_OK;
}
