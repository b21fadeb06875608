/*
 * The command skeleton and the helpers the subcommands share. Each subcommand is one table row
 * (struct sg_command: name, help text, options, handlers); sg_cmd_main parses the options every
 * command shares (--help, and where the row asks for them --output, --output-dir and --quiet),
 * hands the rest
 * to the row's option handler, then runs it. Nothing below the commands exits.
 */
#ifndef SG_CLI_COMMAND_H
#define SG_CLI_COMMAND_H

#include "analysis/measures.h"
#include "load/input.h"
#include "model/model.h"
#include "model/window.h"

#include <getopt.h>
#include <stddef.h>

/* Options main takes before the command sees its arguments; given to every command. */
struct sg_global_options {
    enum sg_input_format input_format; /* --input-format; SG_INPUT_AUTO: by extension */
};

/* The shared options a row may accept besides --help, which every command has. */
enum sg_shared_option {
    SG_SHARED_OUTPUT = 1, /* -o, --output FILE: the one output file; '-' for standard output */
    SG_SHARED_QUIET = 2,  /* -q, --quiet */
    /* -d, --output-dir DIR: the folder of several outputs, never '-'. Until -o means a file for
     * these commands too, -o DIR is taken as -d DIR with a warning. */
    SG_SHARED_OUTPUT_DIR = 4
};

/* What an option handler returns when it is not an exit status. */
enum sg_option_result {
    SG_OPTION_NEXT = -1,   /* taken; go on parsing */
    SG_OPTION_UNKNOWN = -2 /* not this command's: reported as an unknown option */
};

/* The folder outputs go to when -d (or, for one output file, -o) does not say. */
#define SG_CMD_DEFAULT_OUTPUT "output"

struct sg_command;

/* One run of a command: the shared options as given, its operands and its own settings. */
struct sg_invocation {
    const struct sg_command *command;
    const struct sg_global_options *global;
    const char *output;     /* -o FILE as given; NULL when not given */
    const char *output_dir; /* -d DIR as given; NULL when not given (sg_cmd_output_directory) */
    int quiet;              /* -q given */
    char **operands;        /* the arguments left after the options */
    int operand_count;
    void *job; /* the command's settings (job_size bytes, set up by init), or NULL */
};

struct sg_command {
    const char *name;
    const char *summary;               /* its line in 'stancegraph --help' */
    const char *usage;                 /* its --help text */
    unsigned shared;                   /* enum sg_shared_option bits */
    const char *short_options;         /* its own, getopt style ("j:"); "" for none */
    const struct option *long_options; /* its own, ending in a zeroed entry; NULL for none */
    const char *value_name; /* how a missing value of a short option is named; NULL: "a value" */
    size_t job_size;
    void (*init)(void *job); /* fills the defaults of the job; NULL when zeroes are right */
    /* Takes one of its own options: SG_OPTION_NEXT, SG_OPTION_UNKNOWN or an exit status to
     * stop with (usage errors reported). NULL when the command has none. */
    int (*option)(struct sg_invocation *invocation, int code, const char *value);
    int (*run)(struct sg_invocation *invocation); /* returns an exit status */
};

extern const struct sg_command sg_command_validate, sg_command_analyze, sg_command_render,
    sg_command_diff, sg_command_timeline, sg_command_extract, sg_command_eval, sg_command_convert,
    sg_command_report, sg_command_review, sg_command_merge;

/*
 * Runs command with argv[0] its name: parses the options, then calls the row's run. Returns
 * an exit status (enum sg_exit_status).
 */
int sg_cmd_main(const struct sg_command *command, int argc, char **argv,
                const struct sg_global_options *global);

/* Reports a usage error of the invocation's command with a pointer to --help; returns
 * SG_EXIT_USAGE. */
int sg_cmd_usage_error(const struct sg_invocation *invocation, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* Reports out of memory when err says so and turns err into an exit status: the end of every
 * command's run. */
int sg_cmd_exit_status(int err);

/*
 * Loads the snapshot at path and computes its metrics (options NULL: the defaults). On
 * success the caller owns both and destroys them; on failure both are left empty and the
 * sg_error code is returned (reported, but for SG_ERR_NOMEM, which sg_cmd_exit_status reports).
 */
int sg_cmd_load_and_measure(const struct sg_invocation *invocation, const char *path,
                            const struct sg_measure_options *options, struct sg_model *model,
                            struct sg_metrics *metrics);

/*
 * Loads and measures count snapshots into heap arrays (every one is tried, so that all their
 * problems are reported). On failure nothing is left allocated and the first error returned.
 */
int sg_cmd_load_all(const struct sg_invocation *invocation, char *const *paths, size_t count,
                    struct sg_model **models, struct sg_metrics **metrics);

/* Loads the snapshot at path into model (initialised, empty) in the format main was told. */
int sg_cmd_load(const struct sg_invocation *invocation, const char *path, struct sg_model *model);

/* Option codes of the diagram options that analyze and render share. */
enum sg_dot_option_code { SG_OPT_SIZE_BY = 1000, SG_OPT_NO_LEGEND, SG_OPT_CAMPS };

/* The long options of the diagram options, for a command's table. */
#define SG_CMD_DOT_OPTIONS                                                                         \
    {"size-by", required_argument, NULL, SG_OPT_SIZE_BY},                                          \
        {"no-legend", no_argument, NULL, SG_OPT_NO_LEGEND},                                        \
    {                                                                                              \
        "camps", no_argument, NULL, SG_OPT_CAMPS                                                   \
    }

struct sg_dot_options;

/*
 * Applies a shared diagram option (--size-by, --no-legend, --camps) to options: an option
 * handler's result (SG_OPTION_UNKNOWN when code is none of them).
 */
int sg_cmd_dot_option(int code, const char *value, struct sg_dot_options *options);

/* Joins directory and file name into a heap string; NULL on out of memory. */
char *sg_cmd_join_path(const char *directory, const char *name, const char *suffix);

/*
 * Makes sure directory exists, creating it (one level, like mkdir) if missing. Returns 0 or
 * SG_ERR_CREATE (reported) when it cannot be created or is not a directory.
 */
int sg_cmd_ensure_directory(const char *directory);

/* The folder of the invocation's outputs: -d, else SG_CMD_DEFAULT_OUTPUT. */
const char *sg_cmd_output_directory(const struct sg_invocation *invocation);

/*
 * Makes the folder of the output file path when it is missing (one level, like mkdir: every
 * command does this for its output, docs/COMMANDS.md). Returns 0 or SG_ERR_CREATE (reported).
 */
int sg_cmd_make_parent(const char *path);

/*
 * The one output file of a command: -o when given (its folder made when missing), else
 * SG_CMD_DEFAULT_OUTPUT/STEM SUFFIX, whose folder is made when missing. Sets *path; *owned is the
 * heap string to free (NULL when -o was given). Returns 0, SG_ERR_NOMEM or SG_ERR_CREATE
 * (reported).
 */
int sg_cmd_output_file(const struct sg_invocation *invocation, const char *stem, const char *suffix,
                       char **owned, const char **path);

struct sg_outfile_set;

/*
 * Stages DIRECTORY/STEM SUFFIX holding data in outputs. When path is not NULL it receives the
 * path (the caller frees it). Returns 0 or an sg_error code.
 */
int sg_cmd_add_output(struct sg_outfile_set *outputs, const char *directory, const char *stem,
                      const char *suffix, const char *data, size_t length, char **path);

/* Whether path is "-", standard input or output. */
int sg_cmd_is_standard_stream(const char *path);

/* Turns progress lines on when forced, or when stderr is a terminal; never when quiet. */
void sg_cmd_setup_progress(int quiet, int forced);

/* Takes the value of --id into *id: SG_OPTION_NEXT, or a usage error when it is no valid id. */
int sg_cmd_id_option(const struct sg_invocation *invocation, const char *value, const char **id);

/* Takes the value of a length option (--window, --step; name) into duration and text: an
 * option handler's result, a usage error naming examples when it is no length. */
int sg_cmd_duration_option(const struct sg_invocation *invocation, const char *name,
                           const char *examples, const char *value, struct sg_duration *duration,
                           const char **text);

/* -K: checks value is a layout engine and stores it in *engine; SG_OPTION_NEXT or a usage
 * error listing the engines. */
int sg_cmd_engine_option(const struct sg_invocation *invocation, const char *value,
                         const char **engine);

/* Loads the log at path and cuts it into windows (model/window.h), each measured: heap arrays
 * of *count models and metrics the caller destroys and frees. Returns 0 or an sg_error code. */
int sg_cmd_load_windows(const struct sg_invocation *invocation, const char *path,
                        struct sg_duration window, struct sg_duration step,
                        struct sg_model **models_out, struct sg_metrics **metrics_out,
                        size_t *count, size_t *undated);

/* Parses a whole, non-negative number; returns 0, or -1 when text is not one. */
int sg_cmd_parse_count(const char *text, size_t *value);

#endif
