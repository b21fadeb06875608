/*
 * Reads whole input files (or standard input) into memory.
 */
#include "base/infile.h"

#include "base/diag.h"
#include "base/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *sg_infile_display_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int sg_infile_read(const char *path, char **bytes, size_t *length)
{
    int use_stdin = strcmp(path, "-") == 0;
    FILE *file = use_stdin ? stdin : fopen(path, "rb");
    char *buffer = NULL;
    size_t size = 0, capacity = 0;
    int err = SG_OK;

    *bytes = NULL;
    *length = 0;
    if (!file) {
        sg_diag_error("cannot open '%s': %s", path, strerror(errno));
        return SG_ERR_OPEN;
    }
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
