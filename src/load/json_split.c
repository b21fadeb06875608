/*
 * Splitting JSON text into values without parsing them (json_split.h): strings are skipped with
 * their escapes, brackets and braces counted, and a value ends at the first comma or closing
 * bracket or brace outside it. The scan never decides that text is valid: each value it finds
 * is parsed by cJSON, and the separators between them are checked here.
 */
#include "load/json_split.h"

#include <string.h>

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t skip_space(const char *b, size_t n, size_t i)
{
    while (i < n && is_space(b[i]))
        i++;
    return i;
}

/* The closing quote of the string whose text starts at i, or n when it has none: a quote after
 * an odd run of backslashes is escaped. memchr finds quote candidates far faster than a loop. */
static size_t string_end(const char *b, size_t n, size_t i)
{
    size_t from = i;
    for (;;) {
        const char *quote = i < n ? memchr(b + i, '"', n - i) : NULL;
        if (!quote)
            return n;
        size_t at = (size_t)(quote - b), backslashes = 0;
        while (at - backslashes > from && b[at - backslashes - 1] == '\\')
            backslashes++;
        if (backslashes % 2 == 0)
            return at;
        i = at + 1;
    }
}

/* The characters value_end stops at; it skips every other one in a tight loop. */
static const unsigned char structural[256] = {
    ['"'] = 1, ['['] = 1, ['{'] = 1, [']'] = 1, ['}'] = 1, [','] = 1};

/*
 * The end of the value that starts at i: the first ',', ']' or '}' outside strings and at the
 * value's own level, or n when there is none (or nesting closes more than it opened).
 */
static size_t value_end(const char *b, size_t n, size_t i)
{
    size_t depth = 0;
    for (; i < n; i++) {
        while (i < n && !structural[(unsigned char)b[i]])
            i++;
        if (i >= n)
            break;
        char c = b[i];
        if (c == '"') {
            i = string_end(b, n, i + 1);
        } else if (c == '[' || c == '{') {
            depth++;
        } else if (c == ']' || c == '}') {
            if (depth == 0)
                return i;
            depth--;
        } else if (depth == 0) { /* a comma */
            return i;
        }
    }
    return n;
}

/* The end of the value at start, its trailing white space trimmed; 0 when it is empty or runs
 * to the end of the text. */
static size_t trimmed_end(const char *b, size_t n, size_t start, size_t *stop)
{
    *stop = value_end(b, n, start);
    if (*stop >= n)
        return 0;
    size_t end = *stop;
    while (end > start && is_space(b[end - 1]))
        end--;
    return end > start && strchr("{[\"-0123456789tfn", b[start]) ? end : 0;
}

/* Reads the member at *i (its name, colon and value) into member; -1 when it is not one. */
static int read_member(const char *b, size_t n, size_t *i, struct sg_json_member *member)
{
    if (*i >= n || b[*i] != '"')
        return -1;
    size_t name = *i + 1, close = name;
    while (close < n && b[close] != '"' && b[close] != '\\')
        close++;
    if (close >= n || b[close] != '"')
        return -1;
    size_t colon = skip_space(b, n, close + 1);
    if (colon >= n || b[colon] != ':')
        return -1;
    size_t stop, start = skip_space(b, n, colon + 1);
    size_t end = trimmed_end(b, n, start, &stop);
    if (!end)
        return -1;
    *member = (struct sg_json_member){b + name, close - name, start, end};
    *i = stop;
    return 0;
}

int sg_json_split_object(const char *bytes, size_t length,
                         struct sg_json_member members[SG_JSON_SPLIT_MAX_MEMBERS], size_t *count)
{
    size_t bom = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t i = skip_space(bytes, length, bom);
    *count = 0;
    if (i >= length || bytes[i] != '{')
        return -1;
    i = skip_space(bytes, length, i + 1);
    if (i < length && bytes[i] == '}')
        return skip_space(bytes, length, i + 1) == length ? 0 : -1;
    for (;;) {
        if (*count == SG_JSON_SPLIT_MAX_MEMBERS ||
            read_member(bytes, length, &i, &members[*count]) != 0)
            return -1;
        ++*count;
        if (bytes[i] == '}')
            break;
        if (bytes[i] != ',')
            return -1;
        i = skip_space(bytes, length, i + 1);
    }
    return skip_space(bytes, length, i + 1) == length ? 0 : -1;
}

int sg_json_elements_begin(struct sg_json_elements *walk, const char *bytes, size_t start,
                           size_t end)
{
    if (end - start < 2 || bytes[start] != '[' || bytes[end - 1] != ']')
        return -1;
    walk->bytes = bytes;
    walk->close = end - 1;
    walk->at = skip_space(bytes, walk->close, start + 1);
    return 0;
}

int sg_json_elements_next(struct sg_json_elements *walk, size_t *start, size_t *end)
{
    const char *b = walk->bytes;
    size_t stop, n = walk->close + 1;
    if (walk->at == walk->close)
        return 0;
    *start = walk->at;
    *end = trimmed_end(b, n, *start, &stop);
    if (!*end || stop > walk->close)
        return -1;
    if (stop == walk->close) {
        walk->at = stop;
        return 1;
    }
    if (b[stop] != ',')
        return -1;
    walk->at = skip_space(b, walk->close, stop + 1);
    if (walk->at == walk->close) /* a comma before the closing bracket */
        return -1;
    return 1;
}
