/*
 * Finding a value of a JSON text by its path (locate.h): a small scanner that skips strings
 * (escapes included) and nested values, and walks the path one member name or array index at a
 * time. It only ever reads text cJSON has accepted, and runs only when a message is written.
 */
#include "load/locate.h"

#include "base/infile.h"
#include "base/text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOWHERE SG_LOCATE_NOWHERE

static size_t skip_space(const char *b, size_t n, size_t i)
{
    while (i < n && b[i] && strchr(" \t\r\n", b[i]))
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

static unsigned hex4(const char *b, size_t n, size_t i)
{
    unsigned code = 0;
    for (size_t k = i; k < i + 4; k++) {
        char c = k < n ? b[k] : '\0';
        unsigned digit = c >= '0' && c <= '9'   ? (unsigned)(c - '0')
                         : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                                                : 0;
        code = code * 16 + digit;
    }
    return code;
}

/* Decodes the character of a JSON string at *i (a byte, or an escape) into out as UTF-8 and
 * moves *i past it; returns the number of bytes written. */
static size_t decode_char(const char *b, size_t n, size_t *i, char out[4])
{
    if (b[*i] != '\\' || *i + 1 >= n) {
        out[0] = b[(*i)++];
        return 1;
    }
    const char *escape = strchr("\"\\/bfnrt", b[*i + 1]);
    if (b[*i + 1] && escape) {
        out[0] = "\"\\/\b\f\n\r\t"[escape - "\"\\/bfnrt"];
        *i += 2;
        return 1;
    }
    unsigned code = hex4(b, n, *i + 2);
    *i += 6;
    if (code >= 0xD800 && code < 0xDC00 && *i + 1 < n && b[*i] == '\\' && b[*i + 1] == 'u') {
        code = 0x10000 + ((code - 0xD800) << 10) + (hex4(b, n, *i + 2) - 0xDC00);
        *i += 6;
    }
    if (code < 0x80) {
        out[0] = (char)code;
        return 1;
    }
    if (code < 0x800) {
        out[0] = (char)(0xC0 | code >> 6);
        out[1] = (char)(0x80 | (code & 0x3F));
        return 2;
    }
    if (code < 0x10000) {
        out[0] = (char)(0xE0 | code >> 12);
        out[1] = (char)(0x80 | (code >> 6 & 0x3F));
        out[2] = (char)(0x80 | (code & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | code >> 18);
    out[1] = (char)(0x80 | (code >> 12 & 0x3F));
    out[2] = (char)(0x80 | (code >> 6 & 0x3F));
    out[3] = (char)(0x80 | (code & 0x3F));
    return 4;
}

/* Whether the JSON string at i (its opening quote) is name (length bytes) once decoded. */
static int string_is(const char *b, size_t n, size_t i, const char *name, size_t length)
{
    size_t matched = 0;
    for (i++; i < n && b[i] != '"';) {
        char decoded[4];
        size_t count = decode_char(b, n, &i, decoded);
        if (matched + count > length || memcmp(name + matched, decoded, count) != 0)
            return 0;
        matched += count;
    }
    return matched == length;
}

/*
 * The value of a child of the array or object at offset at: the first member named name
 * (length bytes) when name is not NULL (objects only), else child index. *name_at, when not
 * NULL, gets the offset of the member's name (of the element itself, in an array).
 */
static size_t find_child(const char *b, size_t n, size_t at, size_t index, const char *name,
                         size_t length, size_t *name_at)
{
    if (at >= n || (b[at] != '[' && b[at] != '{') || (name && b[at] != '{'))
        return NOWHERE;
    int object = b[at] == '{';
    size_t i = skip_space(b, n, at + 1);
    for (size_t k = 0; i < n && b[i] != ']' && b[i] != '}'; k++) {
        size_t member = i;
        if (object) {
            if (b[i] != '"')
                return NOWHERE;
            i = skip_space(b, n, skip_string(b, n, i));
            if (i >= n || b[i] != ':')
                return NOWHERE;
            i = skip_space(b, n, i + 1);
        }
        if (name ? string_is(b, n, member, name, length) : k == index) {
            if (name_at)
                *name_at = member;
            return i;
        }
        i = skip_space(b, n, skip_value(b, n, i));
        if (i >= n || b[i] != ',')
            break;
        i = skip_space(b, n, i + 1);
    }
    return NOWHERE;
}

size_t sg_locate_json_child(const char *bytes, size_t length, size_t at, size_t index, size_t *name)
{
    return find_child(bytes, length, at, index, NULL, 0, name);
}

/* Where the text's value starts: after a UTF-8 byte-order mark and white space. */
static size_t text_start(const char *b, size_t n)
{
    size_t bom = n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    return skip_space(b, n, bom);
}

size_t sg_locate_json_path(const char *b, size_t n, const char *path)
{
    size_t at = text_start(b, n);
    for (const char *p = path ? path : ""; *p && at != NOWHERE;) {
        if (*p == '[') {
            char *end = NULL;
            unsigned long index = strtoul(p + 1, &end, 10);
            if (end == p + 1 || *end != ']')
                return NOWHERE;
            at = b[at] == '[' ? find_child(b, n, at, index, NULL, 0, NULL) : NOWHERE;
            p = end + 1;
        } else {
            p += *p == '.';
            size_t length = strcspn(p, ".[");
            at = find_child(b, n, at, 0, p, length, NULL);
            p += length;
        }
    }
    return at < n ? at : NOWHERE;
}

void sg_locate_line_column(const char *bytes, size_t length, size_t offset, unsigned long *line,
                           unsigned long *column)
{
    size_t start = length >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    if (offset < start)
        offset = start;
    if (offset > length)
        offset = length;
    sg_text_line_column(bytes + start, offset - start, line, column);
}

void sg_locate_item(const char *path, const char *array, size_t index, char *out, size_t size)
{
    const char *name = sg_infile_display_name(path);
    char *bytes = NULL, item[128];
    size_t length = 0, at = NOWHERE;
    snprintf(item, sizeof item, "%s[%zu]", array, index);
    if (strcmp(path, "-") != 0 && sg_infile_read(path, &bytes, &length) == 0)
        at = sg_locate_json_path(bytes, length, item);
    if (at != NOWHERE) {
        unsigned long line, column;
        sg_locate_line_column(bytes, length, at, &line, &column);
        snprintf(out, size, "%s:%lu", name, line);
    } else {
        snprintf(out, size, "%s: %s", name, item);
    }
    free(bytes);
}
