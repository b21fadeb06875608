/*
 * Diagnostics: formats errors with their file and position and writes them to stderr (or to the
 * stream a test installed), and maps internal error codes to the documented exit statuses.
 */
#include "base/diag.h"

#include <stdarg.h>

static FILE *diag_stream;

static FILE *stream(void)
{
    return diag_stream ? diag_stream : stderr;
}

FILE *sg_diag_stream(void)
{
    return stream();
}

void sg_diag_set_stream(FILE *new_stream)
{
    diag_stream = new_stream;
}

/* Every message ends the same way, after its own prefix: the text, then a newline. */
static void end_message(FILE *out, const char *format, va_list args)
    __attribute__((format(printf, 2, 0)));

static void end_message(FILE *out, const char *format, va_list args)
{
    vfprintf(out, format, args);
    fputc('\n', out);
    funlockfile(out); /* locked by the caller, once it had the stream */
}

int sg_exit_status_for(int error)
{
    switch (error) {
    case SG_OK:
        return SG_EXIT_OK;
    case SG_ERR_DATA:
        return SG_EXIT_DATA;
    case SG_ERR_OPEN:
        return SG_EXIT_NOINPUT;
    case SG_ERR_CREATE:
        return SG_EXIT_CANTCREATE;
    case SG_ERR_WRITE:
        return SG_EXIT_IOERR;
    case SG_ERR_USAGE:
        return SG_EXIT_USAGE;
    default:
        return SG_EXIT_SOFTWARE;
    }
}

void sg_diag_error(const char *format, ...)
{
    va_list args;
    FILE *out = stream();
    flockfile(out); /* whole messages: extract's worker threads report too */
    fputs("stancegraph: ", out);
    va_start(args, format);
    end_message(out, format, args);
    va_end(args);
}

void sg_diag_warning(const char *format, ...)
{
    va_list args;
    FILE *out = stream();
    flockfile(out); /* whole messages: extract's worker threads report too */
    fputs("stancegraph: warning: ", out);
    va_start(args, format);
    end_message(out, format, args);
    va_end(args);
}

void sg_diag_at_position(const char *file, unsigned long line, unsigned long column,
                         const char *format, ...)
{
    va_list args;
    FILE *out = stream();
    flockfile(out); /* whole messages: extract's worker threads report too */
    fprintf(out, "%s:%lu:%lu: ", file, line, column);
    va_start(args, format);
    end_message(out, format, args);
    va_end(args);
}

void sg_diag_at_line(const char *file, unsigned long line, const char *format, ...)
{
    va_list args;
    FILE *out = stream();
    flockfile(out); /* whole messages: extract's worker threads report too */
    fprintf(out, "%s:%lu: ", file, line);
    va_start(args, format);
    end_message(out, format, args);
    va_end(args);
}

void sg_diag_at_path(const char *file, const char *path, const char *format, ...)
{
    va_list args;
    FILE *out = stream();
    flockfile(out); /* whole messages: extract's worker threads report too */
    if (path && *path)
        fprintf(out, "%s: %s: ", file, path);
    else
        fprintf(out, "%s: ", file);
    va_start(args, format);
    end_message(out, format, args);
    va_end(args);
}
