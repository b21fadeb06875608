/*
 * Helpers shared by the subcommands: the load-and-measure step, option values naming metrics,
 * usage errors and output paths.
 */
#include "cli/command.h"

#include "base/diag.h"
#include "cli/progress.h"
#include "load/input.h"
#include "load/json.h"
#include "write/dot.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int sg_cmd_load_and_measure(const char *path, struct sg_model *model, struct sg_metrics *metrics)
{
    struct sg_measure_options options;
    sg_measure_options_init(&options);
    return sg_cmd_load_and_measure_with(path, &options, model, metrics);
}

int sg_cmd_load_and_measure_with(const char *path, const struct sg_measure_options *options,
                                 struct sg_model *model, struct sg_metrics *metrics)
{
    memset(metrics, 0, sizeof *metrics);
    sg_progress_stage("loading", 0);
    int err = sg_load_input(path, model);
    sg_progress_end();
    if (err)
        return err;
    struct sg_measure_options with_progress = *options;
    with_progress.progress = sg_progress_display();
    err = sg_measures_compute_with(model, &with_progress, metrics);
    if (err)
        sg_model_destroy(model);
    return err;
}

int sg_cmd_load_all(char *const *paths, size_t count, struct sg_model **models_out,
                    struct sg_metrics **metrics_out)
{
    struct sg_model *models = calloc(count, sizeof *models);
    struct sg_metrics *metrics = calloc(count, sizeof *metrics);
    int err = models && metrics ? SG_OK : SG_ERR_NOMEM;
    for (size_t i = 0; models && metrics && i < count; i++) {
        sg_model_init(&models[i]);
        int one = sg_cmd_load_and_measure(paths[i], &models[i], &metrics[i]);
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

int sg_cmd_parse_size_metric(const char *name)
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

int sg_cmd_usage_error(const char *command, const char *format, ...)
{
    char message[512];
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    sg_diag_error("%s: %s", command, message);
    sg_diag_error("see 'stancegraph %s --help'", command);
    return SG_EXIT_USAGE;
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

const char *sg_cmd_display_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
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
        options->size_metric = sg_cmd_parse_size_metric(value);
        return options->size_metric < 0 ? -1 : 1;
    case SG_OPT_NO_LEGEND:
        options->legend = 0;
        return 1;
    case SG_OPT_CAMPS:
        options->camps = 1;
        return 1;
    default:
        return 0;
    }
}
