/*
 * Text checks: UTF-8 validity per RFC 3629 table 3-7, ids, dates, edit distance, positions;
 * and the string index.
 */
#include "base/strindex.h"
#include "base/text.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

static long invalid_at(const char *bytes)
{
    return sg_text_utf8_invalid_offset(bytes, strlen(bytes));
}

static void utf8(void **state)
{
    (void)state;
    assert_int_equal(invalid_at("plain ascii"), -1);
    assert_int_equal(invalid_at("Zelensky \xE2\x80\x99s"), -1); /* U+2019 */
    assert_int_equal(invalid_at("emoji \xF0\x9F\x98\x80"), -1); /* U+1F600 */
    assert_int_equal(invalid_at("ab\xC3"), 2);                  /* truncated */
    assert_int_equal(invalid_at("a\xC0\xAF"), 1);               /* overlong '/' */
    assert_int_equal(invalid_at("a\xE0\x80\xAF"), 1);           /* overlong, 3 bytes */
    assert_int_equal(invalid_at("xy\xED\xA0\x80"), 2);          /* surrogate U+D800 */
    assert_int_equal(invalid_at("\xF4\x90\x80\x80"), 0);        /* above U+10FFFF */
    assert_int_equal(invalid_at("ok\x80"), 2);                  /* lone continuation */
    assert_int_equal(invalid_at("\xFF"), 0);
    assert_int_equal(invalid_at("caf\xC3\xA9 \xE9t\xE9"), 6); /* Latin-1 after UTF-8 */
}

static void line_column(void **state)
{
    (void)state;
    unsigned long line, column;
    const char *text = "ab\ncd\xC3\xA9x";
    sg_text_line_column(text, 0, &line, &column);
    assert_int_equal(line, 1);
    assert_int_equal(column, 1);
    sg_text_line_column(text, 4, &line, &column); /* 'd' */
    assert_int_equal(line, 2);
    assert_int_equal(column, 2);
    sg_text_line_column(text, 7, &line, &column); /* 'x', after the two-byte 'é' */
    assert_int_equal(line, 2);
    assert_int_equal(column, 4);
}

static void ids(void **state)
{
    (void)state;
    assert_true(sg_text_is_valid_id("minerals-2025-02-21"));
    assert_true(sg_text_is_valid_id("A.b_c-9"));
    assert_false(sg_text_is_valid_id(""));
    assert_false(sg_text_is_valid_id("."));
    assert_false(sg_text_is_valid_id(".."));
    assert_false(sg_text_is_valid_id("../x"));
    assert_false(sg_text_is_valid_id("/etc"));
    assert_false(sg_text_is_valid_id("a b"));
    assert_false(sg_text_is_valid_id("caf\xC3\xA9"));
    char long_id[66];
    memset(long_id, 'x', 65);
    long_id[65] = '\0';
    assert_false(sg_text_is_valid_id(long_id));
    long_id[64] = '\0';
    assert_true(sg_text_is_valid_id(long_id));
}

static void dates(void **state)
{
    (void)state;
    assert_true(sg_text_is_valid_date("2025-02-21"));
    assert_true(sg_text_is_valid_date("2024-02-29")); /* leap year */
    assert_false(sg_text_is_valid_date("2025-02-29"));
    assert_false(sg_text_is_valid_date("1900-02-29")); /* century, not leap */
    assert_true(sg_text_is_valid_date("2000-02-29"));  /* 400 years, leap */
    assert_false(sg_text_is_valid_date("2025-13-01"));
    assert_false(sg_text_is_valid_date("2025-04-31"));
    assert_false(sg_text_is_valid_date("2025-2-21"));
    assert_false(sg_text_is_valid_date("21/02/2025"));
    assert_false(sg_text_is_valid_date("2025-02-21T10:00"));
}

static void edit_distance(void **state)
{
    (void)state;
    assert_int_equal(sg_text_edit_distance("zelensky", "zelensky", 3), 0);
    assert_int_equal(sg_text_edit_distance("zelenskyy", "zelensky", 3), 1);
    assert_int_equal(sg_text_edit_distance("kitten", "sitting", 5), 3);
    assert_int_equal(sg_text_edit_distance("kitten", "sitting", 2), 3); /* capped: limit + 1 */
    assert_int_equal(sg_text_edit_distance("", "abc", 5), 3);
}

/* Word boundaries: curly quotes, dashes and no-break spaces are not word characters; accented
 * and Cyrillic letters are. */
static void word_boundaries(void **state)
{
    (void)state;
    /* bytes: U+201C (3) "No" U+2014 (3) "Zo" U+00EB (2) U+00A0 (2) U+0416 (2) "1" */
    const char *t = "\xE2\x80\x9CNo\xE2\x80\x94Zo\xC3\xAB\xC2\xA0\xD0\x96"
                    "1";
    size_t n = strlen(t);
    assert_false(sg_text_word_at(t, n, 0));  /* the opening quote */
    assert_false(sg_text_word_before(t, 3)); /* before "No" */
    assert_true(sg_text_word_at(t, n, 3));   /* "N" */
    assert_true(sg_text_word_before(t, 5));  /* "o" */
    assert_false(sg_text_word_at(t, n, 5));  /* the em dash */
    assert_false(sg_text_word_before(t, 8)); /* after the em dash */
    assert_true(sg_text_word_before(t, 12)); /* after "ë" */
    assert_false(sg_text_word_at(t, n, 12)); /* the no-break space */
    assert_false(sg_text_word_before(t, 14));
    assert_true(sg_text_word_at(t, n, 14));  /* "Ж" */
    assert_true(sg_text_word_at(t, n, 16));  /* "1" */
    assert_false(sg_text_word_at(t, n, n));  /* the end */
    assert_false(sg_text_word_before(t, 0)); /* the start */
}

/* Keys that differ only in their last characters (as actor ids do), through several doublings
 * of the table: each maps to its own value, a second put keeps the first value, unknown keys
 * and near misses are absent. */
/* A word of a text against a list, in any case, by its exact length. */
static void words_listed(void **state)
{
    (void)state;
    static const char *const titles[] = {"president", "prime minister", NULL};
    const char *text = "President Prime Minister Presidents";
    assert_true(sg_text_word_listed(text, 9, titles));
    assert_true(sg_text_word_listed(text + 10, 14, titles));
    assert_false(sg_text_word_listed(text + 25, 10, titles)); /* "Presidents" */
    assert_false(sg_text_word_listed(text, 5, titles));       /* "Presi" */
}

static void string_index(void **state)
{
    (void)state;
    struct sg_strindex *index = sg_strindex_new(4);
    char key[32];
    assert_non_null(index);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "a%06zu", i);
        assert_int_equal(sg_strindex_put(index, key, 3 * i), (long)(3 * i));
    }
    assert_int_equal(sg_strindex_put(index, "a000007", 1), 21);
    assert_int_equal(sg_strindex_put(index, "", 99), 99);
    assert_int_equal(sg_strindex_count(index), 5001);
    for (size_t i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "a%06zu", i);
        assert_int_equal(sg_strindex_get(index, key), (long)(3 * i));
    }
    assert_int_equal(sg_strindex_get(index, ""), 99);
    assert_int_equal(sg_strindex_get(index, "a005000"), -1);
    assert_int_equal(sg_strindex_get(index, "a00000"), -1);
    assert_int_equal(sg_strindex_get(index, "a0000000"), -1);
    sg_strindex_free(index);
    sg_strindex_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(utf8),          cmocka_unit_test(line_column),
        cmocka_unit_test(ids),           cmocka_unit_test(dates),
        cmocka_unit_test(edit_distance), cmocka_unit_test(word_boundaries),
        cmocka_unit_test(words_listed),  cmocka_unit_test(string_index),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
