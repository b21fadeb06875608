/*
 * Text checks: UTF-8 validation (RFC 3629), identifier and ISO date syntax, edit distance.
 */
#include "base/text.h"

#include <ctype.h>
#include <stdio.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

long sg_text_utf8_invalid_offset(const char *bytes, size_t length)
{
    const unsigned char *s = (const unsigned char *)bytes;
    size_t i = 0;
    while (i < length) {
        unsigned char c = s[i];
        size_t extra;
        unsigned char low = 0x80, high = 0xBF; /* allowed range of the second byte */
        if (c < 0x80) {
            i++;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0; /* overlong */
            if (c == 0xED)
                high = 0x9F; /* surrogates */
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90; /* overlong */
            if (c == 0xF4)
                high = 0x8F; /* above U+10FFFF */
        } else {
            return (long)i;
        }
        for (size_t k = 1; k <= extra; k++) {
            if (i + k >= length)
                return (long)i;
            unsigned char next = s[i + k];
            unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
            if (next < lo || next > hi)
                return (long)i;
        }
        i += extra + 1;
    }
    return -1;
}

void sg_text_line_column(const char *bytes, size_t offset, unsigned long *line,
                         unsigned long *column)
{
    unsigned long l = 1, c = 1;
    for (size_t i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
            l++;
            c = 1;
        } else if (((unsigned char)bytes[i] & 0xC0) != 0x80) {
            c++; /* columns count characters: UTF-8 continuation bytes do not start one */
        }
    }
    *line = l;
    *column = c;
}

int sg_text_is_valid_id(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 64 || strcmp(id, ".") == 0 || strcmp(id, "..") == 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        int ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '.' || c == '_' || c == '-';
        if (!ok)
            return 0;
    }
    return 1;
}

static int digits(const char *s, size_t count, int *value)
{
    int v = 0;
    for (size_t i = 0; i < count; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

int sg_text_is_valid_date(const char *date)
{
    static const int days_in_month[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int year, month, day;
    if (strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        return 0;
    if (!digits(date, 4, &year) || !digits(date + 5, 2, &month) || !digits(date + 8, 2, &day))
        return 0;
    if (month < 1 || month > 12 || day < 1)
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int limit = days_in_month[month - 1] + (month == 2 && leap);
    return day <= limit;
}

size_t sg_text_edit_distance(const char *a, const char *b, size_t limit)
{
    size_t n = strlen(a), m = strlen(b);
    if ((n > m ? n - m : m - n) > limit)
        return limit + 1;
    size_t *row = malloc((m + 1) * sizeof *row);
    if (!row)
        return limit + 1;
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diagonal = row[0];
        row[0] = i;
        size_t best = row[0];
        for (size_t j = 1; j <= m; j++) {
            size_t above = row[j];
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t value = diagonal + cost;
            if (above + 1 < value)
                value = above + 1;
            if (row[j - 1] + 1 < value)
                value = row[j - 1] + 1;
            row[j] = value;
            diagonal = above;
            if (value < best)
                best = value;
        }
        if (best > limit) {
            free(row);
            return limit + 1;
        }
    }
    size_t result = row[m];
    free(row);
    return result > limit ? limit + 1 : result;
}

/* Nonzero when the UTF-8 sequence at s (of n bytes) is a word character. */
static int word_sequence(const unsigned char *s, size_t n)
{
    if (n == 1)
        return isalnum(s[0]);
    if (n == 2 && s[0] == 0xC2)
        return 0; /* U+0080-U+00BF */
    if (n == 3 && s[0] == 0xE2 && (s[1] == 0x80 || s[1] == 0x81))
        return 0; /* U+2000-U+207F */
    return 1;
}

int sg_text_word_before(const char *text, size_t at)
{
    if (at == 0)
        return 0;
    size_t start = at - 1;
    while (start > 0 && at - start < 4 && ((unsigned char)text[start] & 0xC0) == 0x80)
        start--;
    return word_sequence((const unsigned char *)text + start, at - start);
}

int sg_text_word_at(const char *text, size_t length, size_t at)
{
    if (at >= length)
        return 0;
    unsigned char c = (unsigned char)text[at];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (at + n > length)
        n = length - at;
    return word_sequence((const unsigned char *)text + at, n);
}

void sg_text_id_from_path(const char *path, const char *fallback, char *id, size_t size)
{
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot > base ? (size_t)(dot - base) : strlen(base);
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < size && k < 64; i++) {
        char c = base[i];
        id[k++] = isalnum((unsigned char)c) || c == '.' || c == '_' || c == '-' ? c : '-';
    }
    id[k] = '\0';
    if (strcmp(path, "-") == 0 || !sg_text_is_valid_id(id))
        snprintf(id, size, "%s", fallback);
}

int sg_text_word_listed(const char *word, size_t n, const char *const *list)
{
    for (const char *const *w = list; *w; w++)
        if (strlen(*w) == n && strncasecmp(word, *w, n) == 0)
            return 1;
    return 0;
}
