/*
 * Atomic output files: temporary file in the destination's directory, fsync, rename.
 */
#include "base/outfile.h"

#include "base/diag.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct pending {
    char *path;        /* destination */
    char *temporary;   /* NULL for standard output and in-place destinations */
    void *stdout_data; /* copy kept for standard output or an in-place destination */
    size_t stdout_length;
    int direct; /* written in place at commit (devices, pipes) */
};

struct sg_outfile_set {
    struct pending *items;
    size_t count;
};

struct sg_outfile_set *sg_outfile_set_new(void)
{
    return calloc(1, sizeof(struct sg_outfile_set));
}

static int write_all(int fd, const void *data, size_t length)
{
    const char *p = data;
    while (length > 0) {
        ssize_t written = write(fd, p, length);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += written;
        length -= (size_t)written;
    }
    return 0;
}

/*
 * Appends a pending output for path to set and, for a file renamed into place at commit, creates
 * its temporary, whose descriptor goes to *fd (else *fd is -1: the data is kept until commit).
 * Returns 0, SG_ERR_CREATE (reported) or SG_ERR_NOMEM.
 */
static int add_item(struct sg_outfile_set *set, const char *path, struct pending **added, int *fd)
{
    *fd = -1;
    struct pending *grown = realloc(set->items, (set->count + 1) * sizeof *grown);
    if (!grown)
        return SG_ERR_NOMEM;
    set->items = grown;
    struct pending *item = &set->items[set->count];
    memset(item, 0, sizeof *item);
    item->path = strdup(path);
    if (!item->path)
        return SG_ERR_NOMEM;
    set->count++;
    *added = item;

    /* A destination that exists and is not a regular file (a device such as /dev/null or
     * /dev/full, a pipe) is written in place: renaming over it would replace it. Like standard
     * output, it is written at commit from a copy. */
    struct stat existing;
    int is_stdout = strcmp(path, "-") == 0;
    item->direct = !is_stdout && stat(path, &existing) == 0 && !S_ISREG(existing.st_mode) &&
                   !S_ISDIR(existing.st_mode);
    if (is_stdout || item->direct)
        return SG_OK;

    size_t size = strlen(path) + sizeof ".tmp-XXXXXX";
    item->temporary = malloc(size);
    if (!item->temporary)
        return SG_ERR_NOMEM;
    snprintf(item->temporary, size, "%s.tmp-XXXXXX", path);
    *fd = mkstemp(item->temporary);
    if (*fd < 0) {
        sg_diag_error("cannot create '%s': %s", path, strerror(errno));
        free(item->temporary);
        item->temporary = NULL;
        return SG_ERR_CREATE;
    }
    /* mkstemp makes the file 0600; outputs are ordinary files, so honour the umask. */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(*fd, 0666 & ~mask) != 0) {
        sg_diag_error("cannot write '%s': %s", path, strerror(errno));
        close(*fd);
        *fd = -1;
        return SG_ERR_WRITE;
    }
    return SG_OK;
}

/* Syncs and closes the temporary of path open as fd; failed says a write failed already.
 * Returns 0 or SG_ERR_WRITE (reported). */
static int close_temporary(const char *path, int fd, int failed)
{
    int err = SG_OK;
    if (failed || fsync(fd) != 0) {
        sg_diag_error("cannot write '%s': %s", path, strerror(errno));
        err = SG_ERR_WRITE;
    }
    if (close(fd) != 0 && err == SG_OK) {
        sg_diag_error("cannot write '%s': %s", path, strerror(errno));
        err = SG_ERR_WRITE;
    }
    return err;
}

int sg_outfile_add(struct sg_outfile_set *set, const char *path, const void *data, size_t length)
{
    struct pending *item = NULL;
    int fd;
    int err = add_item(set, path, &item, &fd);
    if (err)
        return err;
    if (fd >= 0)
        return close_temporary(path, fd, write_all(fd, data, length) != 0);
    item->stdout_data = malloc(length ? length : 1);
    if (!item->stdout_data)
        return SG_ERR_NOMEM;
    memcpy(item->stdout_data, data, length);
    item->stdout_length = length;
    return SG_OK;
}

int sg_outfile_add_stream(struct sg_outfile_set *set, const char *path,
                          int (*write)(FILE *out, void *context), void *context)
{
    struct pending *item = NULL;
    int fd;
    int err = add_item(set, path, &item, &fd);
    if (err)
        return err;
    if (fd < 0) { /* kept until commit */
        char *data = NULL;
        FILE *out = open_memstream(&data, &item->stdout_length);
        if (!out)
            return SG_ERR_NOMEM;
        err = write(out, context);
        if (fclose(out) != 0 && !err)
            err = SG_ERR_NOMEM;
        item->stdout_data = data;
        return err;
    }
    FILE *out = fdopen(fd, "w");
    if (!out) {
        close(fd);
        return SG_ERR_NOMEM;
    }
    err = write(out, context);
    int failed = !err && (fflush(out) != 0 || ferror(out) || fsync(fileno(out)) != 0);
    int saved = errno;
    int closed = fclose(out);
    if (err)
        return err;
    if (failed || closed != 0) {
        sg_diag_error("cannot write '%s': %s", path, strerror(failed ? saved : errno));
        return SG_ERR_WRITE;
    }
    return SG_OK;
}

static int write_in_place(const struct pending *item)
{
    int fd = open(item->path, O_WRONLY | O_TRUNC);
    if (fd < 0) {
        sg_diag_error("cannot create '%s': %s", item->path, strerror(errno));
        return SG_ERR_CREATE;
    }
    int err = SG_OK;
    if (write_all(fd, item->stdout_data, item->stdout_length) != 0) {
        sg_diag_error("cannot write '%s': %s", item->path, strerror(errno));
        err = SG_ERR_WRITE;
    }
    if (close(fd) != 0 && err == SG_OK) {
        sg_diag_error("cannot write '%s': %s", item->path, strerror(errno));
        err = SG_ERR_WRITE;
    }
    return err;
}

int sg_outfile_commit(struct sg_outfile_set *set)
{
    for (size_t i = 0; i < set->count; i++) {
        struct pending *item = &set->items[i];
        if (!item->temporary)
            continue;
        if (rename(item->temporary, item->path) != 0) {
            sg_diag_error("cannot create '%s': %s", item->path, strerror(errno));
            return SG_ERR_CREATE;
        }
        free(item->temporary);
        item->temporary = NULL;
    }
    for (size_t i = 0; i < set->count; i++) {
        struct pending *item = &set->items[i];
        if (!item->stdout_data)
            continue;
        if (item->direct) {
            int err = write_in_place(item);
            if (err)
                return err;
            continue;
        }
        if (fwrite(item->stdout_data, 1, item->stdout_length, stdout) != item->stdout_length) {
            sg_diag_error("cannot write to standard output: %s", strerror(errno));
            return SG_ERR_WRITE;
        }
    }
    return SG_OK;
}

void sg_outfile_set_free(struct sg_outfile_set *set)
{
    if (!set)
        return;
    for (size_t i = 0; i < set->count; i++) {
        if (set->items[i].temporary) {
            unlink(set->items[i].temporary);
            free(set->items[i].temporary);
        }
        free(set->items[i].path);
        free(set->items[i].stdout_data);
    }
    free(set->items);
    free(set);
}

int sg_outfile_write(const char *path, const void *data, size_t length)
{
    struct sg_outfile_set *set = sg_outfile_set_new();
    if (!set)
        return SG_ERR_NOMEM;
    int err = sg_outfile_add(set, path, data, length);
    if (err == SG_OK)
        err = sg_outfile_commit(set);
    sg_outfile_set_free(set);
    return err;
}
