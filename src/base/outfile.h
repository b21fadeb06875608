/*
 * Atomic output. Each file is first written in full to a temporary file beside its destination,
 * then all of a command's files are renamed into place together, so that a failure leaves
 * nothing behind but what existed before. The path "-" means standard output; a destination
 * that is a device or a pipe (/dev/null, /dev/full) is written in place at commit.
 */
#ifndef SG_BASE_OUTFILE_H
#define SG_BASE_OUTFILE_H

#include <stddef.h>
#include <stdio.h>

struct sg_outfile_set;

/* Creates an empty set of pending outputs; NULL on out of memory. */
struct sg_outfile_set *sg_outfile_set_new(void);

/*
 * Writes data to a temporary file beside path (or, for "-", keeps it to print at commit).
 * Reports failures through diag and returns 0, SG_ERR_CREATE (cannot create the file), SG_ERR_WRITE
 * (write or sync failed, e.g. disk full) or SG_ERR_NOMEM.
 */
int sg_outfile_add(struct sg_outfile_set *set, const char *path, const void *data, size_t length);

/*
 * As sg_outfile_add, with the data written by write(out, context) to out, the temporary file
 * itself (or, for standard output and in-place destinations, a copy kept in memory), so that
 * large output is never held whole. write returns 0 or an error code of its own (such as
 * SG_ERR_NOMEM, not reported), which is returned; it need not check out for errors: a failed
 * write is reported here as SG_ERR_WRITE.
 */
int sg_outfile_add_stream(struct sg_outfile_set *set, const char *path,
                          int (*write)(FILE *out, void *context), void *context);

/*
 * Renames every pending file into place and prints pending standard output. Returns 0, or
 * SG_ERR_WRITE / SG_ERR_CREATE after removing the temporary files not yet renamed.
 */
int sg_outfile_commit(struct sg_outfile_set *set);

/* Removes every temporary file not committed and frees the set; accepts NULL. */
void sg_outfile_set_free(struct sg_outfile_set *set);

/* Writes one file atomically: add plus commit. */
int sg_outfile_write(const char *path, const void *data, size_t length);

#endif
