/*
 * The JSON writer's building helpers (json_build.h). Numbers go in as raw text printed with one
 * fixed format, because cJSON's own printing picks between two precisions per value.
 */
#include "write/json_build.h"

#include "base/diag.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

cJSON *sg_json_check(struct sg_json_builder *b, cJSON *item)
{
    if (!item)
        b->failed = 1;
    return item;
}

void sg_json_add(struct sg_json_builder *b, cJSON *object, const char *key, cJSON *item)
{
    if (!item || !object) {
        cJSON_Delete(item);
        b->failed = 1;
        return;
    }
    if (!cJSON_AddItemToObject(object, key, item)) {
        cJSON_Delete(item);
        b->failed = 1;
    }
}

void sg_json_append(struct sg_json_builder *b, cJSON *array, cJSON *item)
{
    if (!item || !array) {
        cJSON_Delete(item);
        b->failed = 1;
        return;
    }
    if (!cJSON_AddItemToArray(array, item)) {
        cJSON_Delete(item);
        b->failed = 1;
    }
}

void sg_json_add_string(struct sg_json_builder *b, cJSON *object, const char *key,
                        const char *value)
{
    if (value)
        sg_json_add(b, object, key, cJSON_CreateString(value));
}

/* Numbers printed lately, by their bits: most weights recur (the statements of a tie, the few
 * values a coder uses), and snprintf was most of the time spent writing them. Direct-mapped;
 * per thread, so writers in several threads never share an entry. */
#define NUMBER_CACHE 4096
static _Thread_local struct {
    uint64_t bits;
    char text[24]; /* "" when the entry is empty */
} number_cache[NUMBER_CACHE];

/* The text of a real number: "%.12g", -0 as 0; "null" when not finite. */
static void number_text(double value, char text[40])
{
    if (!isfinite(value)) {
        strcpy(text, "null");
        return;
    }
    if (value == 0.0)
        value = 0.0; /* prints -0 as 0 */
    uint64_t bits;
    memcpy(&bits, &value, sizeof bits);
    size_t slot = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 52) % NUMBER_CACHE;
    if (number_cache[slot].text[0] && number_cache[slot].bits == bits) {
        strcpy(text, number_cache[slot].text);
        return;
    }
    int length = snprintf(text, 40, "%.12g", value);
    if (length > 0 && (size_t)length < sizeof number_cache[slot].text) {
        number_cache[slot].bits = bits;
        memcpy(number_cache[slot].text, text, (size_t)length + 1);
    }
}

/* The text of a count, as "%zu" prints it. */
static void count_text(size_t value, char text[40])
{
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    for (size_t i = 0; i < n; i++)
        text[i] = digits[n - 1 - i];
    text[n] = '\0';
}

/* The text of a metric's value (sg_json_metric). */
static void metric_text(double value, int integral, char text[40])
{
    if (integral && isfinite(value))
        count_text((size_t)value, text);
    else
        number_text(value, text);
}

cJSON *sg_json_number(struct sg_json_builder *b, double value)
{
    char text[40];
    if (!isfinite(value))
        return sg_json_check(b, cJSON_CreateNull());
    number_text(value, text);
    return sg_json_check(b, cJSON_CreateRaw(text));
}

cJSON *sg_json_count(struct sg_json_builder *b, size_t value)
{
    char text[40];
    count_text(value, text);
    return sg_json_check(b, cJSON_CreateRaw(text));
}

cJSON *sg_json_metric(struct sg_json_builder *b, double value, int integral)
{
    if (integral && isfinite(value))
        return sg_json_count(b, (size_t)value);
    return sg_json_number(b, value);
}

/* Whether cJSON's printer escapes the byte: the quote, the backslash and control bytes. */
static int needs_escape(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

void sg_json_put_string(FILE *out, const char *text)
{
    const unsigned char *c = (const unsigned char *)text;
    fputc_unlocked('"', out);
    for (;;) {
        const unsigned char *run = c;
        while (*c && !needs_escape(*c))
            c++;
        fwrite_unlocked(run, 1, (size_t)(c - run), out);
        if (!*c)
            break;
        const char *shortcut = strchr("\"\\\b\f\n\r\t", *c);
        if (shortcut) {
            fputc_unlocked('\\', out);
            fputc_unlocked("\"\\bfnrt"[shortcut - "\"\\\b\f\n\r\t"], out);
        } else {
            fprintf(out, "\\u%04x", *c);
        }
        c++;
    }
    fputc_unlocked('"', out);
}

void sg_json_put_key(FILE *out, int *members, const char *key)
{
    if ((*members)++)
        fputc_unlocked(',', out);
    sg_json_put_string(out, key);
    fputc_unlocked(':', out);
}

void sg_json_put_string_member(FILE *out, int *members, const char *key, const char *value)
{
    if (!value)
        return;
    sg_json_put_key(out, members, key);
    sg_json_put_string(out, value);
}

/* Writes a key and its value's text. */
static void put_text_member(FILE *out, int *members, const char *key, const char *text)
{
    sg_json_put_key(out, members, key);
    fputs_unlocked(text, out);
}

void sg_json_put_number_member(FILE *out, int *members, const char *key, double value)
{
    char text[40];
    number_text(value, text);
    put_text_member(out, members, key, text);
}

void sg_json_put_count_member(FILE *out, int *members, const char *key, size_t value)
{
    char text[40];
    count_text(value, text);
    put_text_member(out, members, key, text);
}

void sg_json_put_metric_member(FILE *out, int *members, const char *key, double value, int integral)
{
    char text[40];
    metric_text(value, integral, text);
    put_text_member(out, members, key, text);
}

void sg_json_put_extras(FILE *out, int *members, const struct sg_extras *extras)
{
    int attributes = 0;
    if (extras->count == 0)
        return;
    sg_json_put_key(out, members, "attributes");
    fputc_unlocked('{', out);
    for (size_t i = 0; i < extras->count; i++)
        put_text_member(out, &attributes, extras->items[i].key, extras->items[i].json);
    fputc_unlocked('}', out);
}

void sg_json_add_extras(struct sg_json_builder *b, cJSON *object, const struct sg_extras *extras)
{
    if (extras->count == 0)
        return;
    cJSON *attributes = sg_json_check(b, cJSON_CreateObject());
    for (size_t i = 0; attributes && i < extras->count; i++)
        sg_json_add(b, attributes, extras->items[i].key, cJSON_CreateRaw(extras->items[i].json));
    sg_json_add(b, object, "attributes", attributes);
}

void sg_json_add_articles(struct sg_json_builder *b, cJSON *object,
                          const struct sg_snapshot_info *info)
{
    if (info->article_count == 0)
        return;
    cJSON *articles = sg_json_check(b, cJSON_CreateArray());
    for (size_t i = 0; articles && i < info->article_count; i++) {
        const struct sg_article *article = &info->articles[i];
        cJSON *entry = sg_json_check(b, cJSON_CreateObject());
        sg_json_add_string(b, entry, "id", article->id);
        sg_json_add_string(b, entry, "date", article->date);
        sg_json_add_string(b, entry, "title", article->title);
        sg_json_add_string(b, entry, "url", article->url);
        sg_json_append(b, articles, entry);
    }
    sg_json_add(b, object, "articles", articles);
}

static void newline(FILE *out, size_t depth)
{
    fputc('\n', out);
    for (size_t i = 0; i < depth; i++)
        fputs("  ", out);
}

/* Nonzero when the array opening at c holds only numbers, strings and literals: it is written
 * on one line ("offsets": {"source": [0, 5]}). */
static int flat_array(const char *c)
{
    int in_string = 0;
    for (c++; *c; c++) {
        if (in_string) {
            if (*c == '\\' && c[1])
                c++;
            else if (*c == '"')
                in_string = 0;
        } else if (*c == '"') {
            in_string = 1;
        } else if (*c == '{' || *c == '[') {
            return 0;
        } else if (*c == ']') {
            return 1;
        }
    }
    return 0;
}

void sg_json_indent_at(const char *compact, size_t depth, FILE *out)
{
    size_t flat = 0; /* flat: inside an array written on one line */
    int in_string = 0;
    for (const char *c = compact; *c; c++) {
        if (in_string) {
            fputc(*c, out);
            if (*c == '\\' && c[1])
                fputc(*++c, out);
            else if (*c == '"')
                in_string = 0;
            continue;
        }
        switch (*c) {
        case '"':
            in_string = 1;
            fputc(*c, out);
            break;
        case '[':
        case '{':
            fputc(*c, out);
            if (c[1] == (*c == '{' ? '}' : ']'))
                fputc(*++c, out);
            else if (*c == '[' && flat_array(c))
                flat = 1;
            else
                newline(out, ++depth);
            break;
        case ']':
        case '}':
            if (flat)
                flat = 0;
            else
                newline(out, --depth);
            fputc(*c, out);
            break;
        case ',':
            fputc(',', out);
            if (flat)
                fputc(' ', out);
            else
                newline(out, depth);
            break;
        case ':':
            fputs(": ", out);
            break;
        default:
            fputc(*c, out);
        }
    }
}

/* Writes compact JSON to out indented (sg_json_indent_at), then a newline. */
static void indent(const char *compact, FILE *out)
{
    sg_json_indent_at(compact, 0, out);
    fputc('\n', out);
}

/* Prints root, formatted (indent above, then a newline) or compact, into a copy the caller
 * frees with free() whatever allocator cJSON was given; deletes root. */
static int finish(struct sg_json_builder *b, cJSON *root, int formatted, char **text)
{
    *text = NULL;
    char *printed = NULL;
    if (!b->failed && root)
        printed = cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    if (!printed)
        return SG_ERR_NOMEM;
    char *result = NULL;
    size_t length = 0;
    FILE *out = open_memstream(&result, &length);
    if (out) {
        if (formatted)
            indent(printed, out);
        else
            fputs(printed, out);
    }
    cJSON_free(printed);
    if (!out || fclose(out) != 0) {
        free(result);
        return SG_ERR_NOMEM;
    }
    *text = result;
    return SG_OK;
}

int sg_json_finish(struct sg_json_builder *b, cJSON *root, char **text)
{
    return finish(b, root, 1, text);
}

int sg_json_finish_compact(struct sg_json_builder *b, cJSON *root, char **text)
{
    return finish(b, root, 0, text);
}
