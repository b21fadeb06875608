/*
 * The --wrap targets of the out-of-memory test (see alloc_fail.h): each counts the call while
 * counting is on and fails the chosen one as the real function would on ENOMEM; otherwise it
 * calls the real function. Counters are atomic because the path measures run worker threads.
 */
#include "alloc_fail.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <execinfo.h>
#include <search.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static atomic_int counting;
static atomic_int persistent_failure;
static atomic_ulong counted;
static atomic_ulong failing_from;
static int trace_fd = -1;

/* The real functions (the linker's names for them under --wrap). */
void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *pointer, size_t size);
char *__real_strdup(const char *text);
char *__real_strndup(const char *text, size_t length);
FILE *__real_open_memstream(char **buffer, size_t *size);
FILE *__real_fmemopen(void *buffer, size_t size, const char *mode);
int __real_vasprintf(char **out, const char *format, va_list args);
int __real_hcreate_r(size_t count, struct hsearch_data *table);
void __real_cJSON_InitHooks(cJSON_Hooks *hooks);

void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *pointer, size_t size);
char *__wrap_strdup(const char *text);
char *__wrap_strndup(const char *text, size_t length);
FILE *__wrap_open_memstream(char **buffer, size_t *size);
FILE *__wrap_fmemopen(void *buffer, size_t size, const char *mode);
int __wrap_vasprintf(char **out, const char *format, va_list args);
int __wrap_asprintf(char **out, const char *format, ...);
int __wrap_hcreate_r(size_t count, struct hsearch_data *table);
void __wrap_cJSON_InitHooks(cJSON_Hooks *hooks);

void sg_alloc_fail_start(unsigned long fail_at, int persistent)
{
    counted = 0;
    failing_from = fail_at;
    persistent_failure = persistent;
    counting = 1;
}

void sg_alloc_fail_trace(int fd)
{
    trace_fd = fd;
}

unsigned long sg_alloc_fail_stop(void)
{
    counting = 0;
    return counted;
}

/* Counts one allocation; says whether it is to fail (and then sets errno, as libc does). */
static int fails(void)
{
    if (!counting)
        return 0;
    unsigned long number = ++counted;
    unsigned long from = failing_from;
    if (from == 0 || number < from || (number > from && !persistent_failure))
        return 0;
    if (trace_fd >= 0) {
        void *frames[40];
        backtrace_symbols_fd(frames, backtrace(frames, 40), trace_fd);
        (void)!write(trace_fd, "--\n", 3);
    }
    errno = ENOMEM;
    return 1;
}

void *__wrap_malloc(size_t size)
{
    return fails() ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t count, size_t size)
{
    return fails() ? NULL : __real_calloc(count, size);
}

void *__wrap_realloc(void *pointer, size_t size)
{
    return fails() ? NULL : __real_realloc(pointer, size);
}

char *__wrap_strdup(const char *text)
{
    return fails() ? NULL : __real_strdup(text);
}

char *__wrap_strndup(const char *text, size_t length)
{
    return fails() ? NULL : __real_strndup(text, length);
}

FILE *__wrap_open_memstream(char **buffer, size_t *size)
{
    return fails() ? NULL : __real_open_memstream(buffer, size);
}

FILE *__wrap_fmemopen(void *buffer, size_t size, const char *mode)
{
    return fails() ? NULL : __real_fmemopen(buffer, size, mode);
}

int __wrap_vasprintf(char **out, const char *format, va_list args)
{
    return fails() ? -1 : __real_vasprintf(out, format, args);
}

int __wrap_asprintf(char **out, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    int length = __wrap_vasprintf(out, format, args);
    va_end(args);
    return length;
}

int __wrap_hcreate_r(size_t count, struct hsearch_data *table)
{
    return fails() ? 0 : __real_hcreate_r(count, table);
}

/* cJSON is a shared library, so its own malloc calls are not wrapped: it gets these hooks. */
static void *cjson_malloc(size_t size)
{
    return __wrap_malloc(size);
}

static void cjson_free(void *pointer)
{
    free(pointer);
}

static cJSON_Hooks counting_hooks = {cjson_malloc, cjson_free};

/* The JSON loader installs its arena hooks and then resets to the defaults with NULL. */
void __wrap_cJSON_InitHooks(cJSON_Hooks *hooks)
{
    __real_cJSON_InitHooks(hooks ? hooks : &counting_hooks);
}

void sg_alloc_fail_hook_cjson(void)
{
    __real_cJSON_InitHooks(&counting_hooks);
}
