/*
 * Reading an input file whole into memory (or mapping it), with "-" meaning standard input.
 */
#ifndef SG_BASE_INFILE_H
#define SG_BASE_INFILE_H

#include <stddef.h>

/* Largest input accepted, in bytes. */
#define SG_INFILE_MAX_BYTES ((size_t)256 * 1024 * 1024)

/*
 * Reads path into a NUL-terminated heap buffer the caller frees; *length excludes the NUL.
 * Reports through diag and returns SG_ERR_OPEN when the file cannot be read, SG_ERR_DATA when it
 * is larger than SG_INFILE_MAX_BYTES, SG_ERR_NOMEM on out of memory.
 */
int sg_infile_read(const char *path, char **bytes, size_t *length);

/*
 * An input held whole for reading once from start to end: a regular file is mapped, so that the
 * pages already read can be given back (sg_infile_let_go) and a large input never needs its
 * whole size in memory at once; standard input, pipes and devices are read into the heap.
 * bytes[length] is '\0' either way.
 */
struct sg_infile {
    const char *bytes;
    size_t length;
    size_t mapped; /* size of the mapping; 0 when bytes is a heap buffer */
};

/*
 * Opens path ("-": standard input) into in, with the reports and errors of sg_infile_read.
 * Release it with sg_infile_close, also after a failure.
 */
int sg_infile_open(const char *path, struct sg_infile *in);

/* Lets the system take back the pages of in's bytes between offsets from and to, which are
 * read again from the file if touched (nothing for a heap buffer). */
void sg_infile_let_go(const struct sg_infile *in, size_t from, size_t to);

/* Releases in's bytes; in is left empty. Accepts an empty in. */
void sg_infile_close(struct sg_infile *in);

/*
 * Reads path again, for a message about what was read from it, and only when the bytes are
 * still those read before: sha256 is their lowercase hex SHA-256 (base/digest.h). Only a
 * regular file can be read again ("-", a pipe or a device would not give the same bytes, and a
 * FIFO could block). Returns 0 with a NUL-terminated heap buffer the caller frees, as
 * sg_infile_read does; SG_ERR_NOMEM on out of memory; SG_ERR_OPEN when the file cannot be read
 * again or has changed. Reports nothing.
 */
int sg_infile_read_again(const char *path, const char sha256[65], char **bytes, size_t *length);

/* The name messages and reports give an input path: "<stdin>" for "-", else path itself. */
const char *sg_infile_display_name(const char *path);

/*
 * Checks that bytes (NUL-terminated, length long) are text: no NUL byte, valid UTF-8. Reports
 * "NAME:LINE:COLUMN: ..." for the first problem and returns SG_ERR_DATA, else 0.
 */
int sg_infile_check_text(const char *name, const char *bytes, size_t length);

#endif
