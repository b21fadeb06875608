/*
 * Reads whole input files (or standard input) into memory, or maps them for reading once.
 */
#include "base/infile.h"

#include "base/diag.h"
#include "base/digest.h"
#include "base/text.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

const char *sg_infile_display_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

/* Reads the open file (standard input when use_stdin) into a NUL-terminated heap buffer, as
 * sg_infile_read does, and closes it unless it is standard input. */
static int read_opened(FILE *file, int use_stdin, const char *path, char **bytes, size_t *length)
{
    char *buffer = NULL;
    size_t size = 0, capacity = 0;
    int err = SG_OK;
    struct stat info;
    if (!use_stdin && fstat(fileno(file), &info) == 0 && S_ISDIR(info.st_mode)) {
        sg_diag_error("cannot read '%s': it is a directory", path);
        err = SG_ERR_OPEN;
        goto out;
    }
    for (;;) {
        if (size + 1 >= capacity) {
            size_t new_capacity = capacity ? capacity * 2 : 65536;
            char *grown = realloc(buffer, new_capacity);
            if (!grown) {
                err = SG_ERR_NOMEM;
                goto out;
            }
            buffer = grown;
            capacity = new_capacity;
        }
        size_t got = fread(buffer + size, 1, capacity - size - 1, file);
        size += got;
        if (size > SG_INFILE_MAX_BYTES) {
            sg_diag_error("'%s' is larger than the limit of %zu MiB", path,
                          SG_INFILE_MAX_BYTES / (1024 * 1024));
            err = SG_ERR_DATA;
            goto out;
        }
        if (got == 0)
            break;
    }
    if (ferror(file)) {
        sg_diag_error("cannot read '%s': %s", path, strerror(errno));
        err = SG_ERR_OPEN;
        goto out;
    }
    buffer[size] = '\0';
out:
    if (!use_stdin)
        fclose(file);
    if (err) {
        free(buffer);
        return err;
    }
    *bytes = buffer;
    *length = size;
    return SG_OK;
}

/* Opens path for sg_infile_read ("-": standard input), reporting a failure. */
static FILE *open_input(const char *path)
{
    FILE *file = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!file)
        sg_diag_error("cannot open '%s': %s", path, strerror(errno));
    return file;
}

int sg_infile_read(const char *path, char **bytes, size_t *length)
{
    *bytes = NULL;
    *length = 0;
    FILE *file = open_input(path);
    if (!file)
        return SG_ERR_OPEN;
    return read_opened(file, file == stdin, path, bytes, length);
}

/* Maps the size bytes of the regular file open as fd, followed by a zero byte (an anonymous
 * page past the file's last one), read-only. NULL when the system refuses. */
static char *map_regular(int fd, size_t size, size_t *mapped)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t total = (size + 1 + page - 1) / page * page;
    char *base = mmap(NULL, total, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED)
        return NULL;
    if (mmap(base, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        munmap(base, total);
        return NULL;
    }
    *mapped = total;
    return base;
}

int sg_infile_open(const char *path, struct sg_infile *in)
{
    struct stat info;
    memset(in, 0, sizeof *in);
    FILE *file = open_input(path);
    if (!file)
        return SG_ERR_OPEN;
    if (file != stdin && fstat(fileno(file), &info) == 0 && S_ISREG(info.st_mode) &&
        info.st_size > 0 && (size_t)info.st_size <= SG_INFILE_MAX_BYTES) {
        in->bytes = map_regular(fileno(file), (size_t)info.st_size, &in->mapped);
        if (in->bytes) {
            in->length = (size_t)info.st_size;
            fclose(file);
            return SG_OK;
        }
    }
    char *bytes = NULL;
    int err = read_opened(file, file == stdin, path, &bytes, &in->length);
    in->bytes = bytes;
    return err;
}

void sg_infile_let_go(const struct sg_infile *in, size_t from, size_t to)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    from = (from + page - 1) / page * page;
    to = to / page * page;
    if (in->mapped && from < to)
        madvise((char *)in->bytes + from, to - from, MADV_DONTNEED);
}

void sg_infile_close(struct sg_infile *in)
{
    if (in->mapped)
        munmap((char *)in->bytes, in->mapped);
    else
        free((char *)in->bytes);
    memset(in, 0, sizeof *in);
}

/* Reads the size bytes of the regular file open as fd into a NUL-terminated heap buffer;
 * SG_ERR_OPEN when it does not hold exactly size bytes (it grew or shrank). */
static int read_regular(int fd, size_t size, char **bytes)
{
    char *buffer = malloc(size + 1);
    size_t got = 0;
    if (!buffer)
        return SG_ERR_NOMEM;
    while (got <= size) { /* one byte more than size, to see the end */
        ssize_t n = read(fd, buffer + got, size + 1 - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    if (got != size) {
        free(buffer);
        return SG_ERR_OPEN;
    }
    buffer[size] = '\0';
    *bytes = buffer;
    return SG_OK;
}

/* The bytes of the regular file at path (the caller frees them), or SG_ERR_OPEN or NOMEM. */
static int read_regular_file(const char *path, char **bytes, size_t *length)
{
    struct stat info;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO must not block */
    if (fd < 0)
        return SG_ERR_OPEN;
    int err = SG_ERR_OPEN;
    if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode) &&
        (size_t)info.st_size <= SG_INFILE_MAX_BYTES) {
        err = read_regular(fd, (size_t)info.st_size, bytes);
        *length = err ? 0 : (size_t)info.st_size;
    }
    close(fd);
    return err;
}

int sg_infile_read_again(const char *path, const char sha256[65], char **bytes, size_t *length)
{
    char digest[65];
    *bytes = NULL;
    *length = 0;
    if (strcmp(path, "-") == 0)
        return SG_ERR_OPEN;
    int err = read_regular_file(path, bytes, length);
    if (err)
        return err;
    sg_digest_sha256_hex(*bytes, *length, digest);
    if (strcmp(digest, sha256) != 0) {
        free(*bytes);
        *bytes = NULL;
        *length = 0;
        return SG_ERR_OPEN;
    }
    return SG_OK;
}

int sg_infile_check_text(const char *name, const char *bytes, size_t length)
{
    unsigned long line, column;
    size_t nul = strlen(bytes);
    long bad = sg_text_utf8_invalid_offset(bytes, length);
    if (nul < length) {
        sg_text_line_column(bytes, nul, &line, &column);
        sg_diag_at_position(name, line, column,
                            "NUL byte in input (byte offset %zu): not a text file", nul);
        return SG_ERR_DATA;
    }
    if (bad >= 0) {
        sg_text_line_column(bytes, (size_t)bad, &line, &column);
        sg_diag_at_position(name, line, column, "invalid UTF-8 (byte offset %ld)", bad);
        return SG_ERR_DATA;
    }
    return SG_OK;
}
