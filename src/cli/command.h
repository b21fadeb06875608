/*
 * The subcommands and the helpers they share. Each cmd_NAME parses its own options, wires the
 * layers together, and returns an exit status (enum sg_exit_status); nothing below them exits.
 */
#ifndef SG_CLI_COMMAND_H
#define SG_CLI_COMMAND_H

#include "analysis/measures.h"
#include "model/model.h"

int cmd_validate(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_render(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_convert(int argc, char **argv);
int cmd_report(int argc, char **argv);

/*
 * Loads the snapshot at path and computes its metrics. On success the caller owns both and
 * destroys them; on failure both are left empty and the sg_error code is returned (reported).
 */
int sg_cmd_load_and_measure(const char *path, struct sg_model *model, struct sg_metrics *metrics);

/* The same with explicit measure options. */
int sg_cmd_load_and_measure_with(const char *path, const struct sg_measure_options *options,
                                 struct sg_model *model, struct sg_metrics *metrics);

/*
 * Loads and measures count snapshots into heap arrays (every one is tried, so that all their
 * problems are reported). On failure nothing is left allocated and the first error returned.
 */
int sg_cmd_load_all(char *const *paths, size_t count, struct sg_model **models,
                    struct sg_metrics **metrics);

/*
 * Parses a --size-by value: a metric that is never negative. Returns its index in
 * sg_metric_table, or -1 after reporting the choices.
 */
int sg_cmd_parse_size_metric(const char *name);

/* Option codes of the diagram options that analyze and render share. */
enum sg_dot_option_code { SG_OPT_SIZE_BY = 1000, SG_OPT_NO_LEGEND, SG_OPT_CAMPS };

struct sg_dot_options;

/*
 * Applies a shared diagram option (--size-by, --no-legend, --camps) to options. Returns 1 when
 * code is one of them, 0 when it is not, -1 when its value is bad (reported).
 */
int sg_cmd_dot_option(int code, const char *value, struct sg_dot_options *options);

/* Reports a usage error for command with a pointer to --help; returns SG_EXIT_USAGE. */
int sg_cmd_usage_error(const char *command, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Joins directory and file name into a heap string; NULL on out of memory. */
char *sg_cmd_join_path(const char *directory, const char *name, const char *suffix);

/*
 * Makes sure directory exists, creating it (one level, like mkdir) if missing. Returns 0 or
 * SG_ERR_CREATE (reported) when it cannot be created or is not a directory.
 */
int sg_cmd_ensure_directory(const char *directory);

/* The name diagnostics and reports use for an input path: "<stdin>" for "-". */
const char *sg_cmd_display_name(const char *path);

/* Turns progress lines on when forced, or when stderr is a terminal; never when quiet. */
void sg_cmd_setup_progress(int quiet, int forced);

/* Parses a whole, non-negative number; returns 0, or -1 when text is not one. */
int sg_cmd_parse_count(const char *text, size_t *value);

#endif
