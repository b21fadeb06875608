/*
 * Finding an item of a JSON snapshot by scanning its text (locate.h): a small scanner that
 * skips strings and nested values, enough to count the elements of one top-level array.
 */
#include "load/locate.h"

#include "base/infile.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOWHERE ((size_t)-1)

static size_t skip_space(const char *b, size_t n, size_t i)
{
    while (i < n && strchr(" \t\r\n", b[i]) && b[i])
        i++;
    return i;
}

/* From the opening quote at i to just after the closing one. */
static size_t skip_string(const char *b, size_t n, size_t i)
{
    for (i++; i < n && b[i] != '"'; i++)
        if (b[i] == '\\')
            i++;
    return i < n ? i + 1 : n;
}

/* From the value at i to just after it. */
static size_t skip_value(const char *b, size_t n, size_t i)
{
    size_t depth = 0;
    do {
        if (i >= n)
            return n;
        if (b[i] == '"') {
            i = skip_string(b, n, i);
            continue;
        }
        if (b[i] == '{' || b[i] == '[')
            depth++;
        else if (b[i] == '}' || b[i] == ']')
            depth--;
        else if (depth == 0 && strchr(",:", b[i]))
            return i;
        i++;
    } while (depth > 0 || (i < n && !strchr(",}] \t\r\n", b[i])));
    return i;
}

/* The offset of element index of the array at i. */
static size_t element(const char *b, size_t n, size_t i, size_t index)
{
    i = skip_space(b, n, i + 1);
    for (size_t k = 0; i < n && b[i] != ']'; k++) {
        if (k == index)
            return i;
        i = skip_space(b, n, skip_value(b, n, i));
        if (i < n && b[i] == ',')
            i = skip_space(b, n, i + 1);
    }
    return NOWHERE;
}

size_t sg_locate_json_item(const char *b, size_t n, const char *array, size_t index)
{
    size_t i = skip_space(b, n, 0), key_length = strlen(array);
    if (i >= n || b[i] != '{')
        return NOWHERE;
    for (i = skip_space(b, n, i + 1); i < n && b[i] == '"';) {
        size_t key = i + 1, end = skip_string(b, n, i);
        i = skip_space(b, n, end);
        if (i >= n || b[i] != ':')
            return NOWHERE;
        i = skip_space(b, n, i + 1);
        if (end - key - 1 == key_length && strncmp(b + key, array, key_length) == 0)
            return i < n && b[i] == '[' ? element(b, n, i, index) : NOWHERE;
        i = skip_space(b, n, skip_value(b, n, i));
        if (i < n && b[i] == ',')
            i = skip_space(b, n, i + 1);
    }
    return NOWHERE;
}

void sg_locate_item(const char *path, const char *array, size_t index, char *out, size_t size)
{
    const char *name = sg_infile_display_name(path);
    char *bytes = NULL;
    size_t length = 0, at = NOWHERE;
    if (strcmp(path, "-") != 0 && sg_infile_read(path, &bytes, &length) == 0)
        at = sg_locate_json_item(bytes, length, array, index);
    if (at != NOWHERE) {
        unsigned long line, column;
        sg_text_line_column(bytes, at, &line, &column);
        snprintf(out, size, "%s:%lu", name, line);
    } else {
        snprintf(out, size, "%s: %s[%zu]", name, array, index);
    }
    free(bytes);
}
