/*
 * Diagnostics: the one place where errors become text. Library code reports a problem with the
 * file it concerns and a position (line:column, or a JSON path such as "relations[3].target"),
 * and returns a negative sg_error code; only the command layer maps that code to an exit status
 * with sg_exit_status_for().
 */
#ifndef SG_BASE_DIAG_H
#define SG_BASE_DIAG_H

#include <stdio.h>

/* Error codes returned by library functions (0 means success). */
enum sg_error {
    SG_OK = 0,
    SG_ERR_NOMEM = -1,   /* out of memory */
    SG_ERR_DATA = -2,    /* the input is malformed or fails validation */
    SG_ERR_OPEN = -3,    /* an input cannot be opened or read */
    SG_ERR_CREATE = -4,  /* an output cannot be created */
    SG_ERR_WRITE = -5,   /* an output could not be written completely */
    SG_ERR_LIBRARY = -6, /* a library failed: igraph, Graphviz, Link Grammar, WordNet */
    SG_ERR_USAGE = -7,   /* the command line is wrong */
};

/* Exit statuses of the stancegraph command (BSD sysexits values). */
enum sg_exit_status {
    SG_EXIT_OK = 0,
    SG_EXIT_USAGE = 64,      /* command line usage error */
    SG_EXIT_DATA = 65,       /* input data invalid */
    SG_EXIT_NOINPUT = 66,    /* input file missing or unreadable */
    SG_EXIT_SOFTWARE = 70,   /* internal error: igraph or Graphviz failed, out of memory */
    SG_EXIT_CANTCREATE = 73, /* output file or directory cannot be created */
    SG_EXIT_IOERR = 74,      /* error while writing output */
};

/* Maps an sg_error code to the exit status documented in docs/ERRORS.md. */
int sg_exit_status_for(int error);

/* Sends diagnostics to stream instead of stderr (tests capture them); NULL restores stderr. */
void sg_diag_set_stream(FILE *stream);

/* The stream diagnostics go to now: stderr, or the one a test or sg_diag_set_stream set. */
FILE *sg_diag_stream(void);

/* Reports a problem not tied to a file position: "stancegraph: MESSAGE". */
void sg_diag_error(const char *format, ...) __attribute__((format(printf, 1, 2)));

/* Reports "FILE:LINE:COLUMN: MESSAGE" (line and column count from 1). */
void sg_diag_at_position(const char *file, unsigned long line, unsigned long column,
                         const char *format, ...) __attribute__((format(printf, 4, 5)));

/* Reports "FILE:LINE: MESSAGE", for readers that know the line but not the column. */
void sg_diag_at_line(const char *file, unsigned long line, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports "FILE: PATH: MESSAGE", PATH being a JSON path; with PATH NULL, "FILE: MESSAGE". */
void sg_diag_at_path(const char *file, const char *path, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Reports a warning "stancegraph: warning: MESSAGE". */
void sg_diag_warning(const char *format, ...) __attribute__((format(printf, 1, 2)));

#endif
