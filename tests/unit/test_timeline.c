/*
 * Calendar arithmetic, time windows and timelines on the hand-worked fixtures of
 * tests/data/timeline/README.md.
 */
#include "analysis/timeline.h"
#include "base/dates.h"
#include "base/diag.h"
#include "fixture.h"
#include "load/json.h"
#include "model/window.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void load(const char *name, struct sg_model *model)
{
    char path[512];
    fixture_path("timeline", name, path, sizeof path);
    sg_model_init(model);
    assert_int_equal(sg_load_json_file(path, model), SG_OK);
}

/* 2000-01-01 is day 10957 (30 years, 7 of them leap: 30 * 365 + 7); March 1st follows
 * 31 + 29 days later. */
static void calendar(void **state)
{
    (void)state;
    char text[11];
    assert_int_equal(sg_date_to_days("1970-01-01"), 0);
    assert_int_equal(sg_date_to_days("2000-01-01"), 10957);
    assert_int_equal(sg_date_to_days("2000-03-01"), 11017);
    assert_int_equal(sg_date_to_days("1969-12-31"), -1);
    sg_date_from_days(11017, text);
    assert_string_equal(text, "2000-03-01");
    sg_date_from_days(sg_date_add_months(sg_date_to_days("2025-01-31"), 1), text);
    assert_string_equal(text, "2025-02-28");
    sg_date_from_days(sg_date_add_months(sg_date_to_days("2024-01-31"), 1), text);
    assert_string_equal(text, "2024-02-29");
    sg_date_from_days(sg_date_add_months(sg_date_to_days("2025-11-30"), 3), text);
    assert_string_equal(text, "2026-02-28");
    sg_date_from_days(sg_date_add_months(sg_date_to_days("2025-03-15"), -3), text);
    assert_string_equal(text, "2024-12-15");
}

static void durations(void **state)
{
    (void)state;
    struct sg_duration d;
    assert_int_equal(sg_duration_parse("7d", &d), 0);
    assert_int_equal(d.count, 7);
    assert_int_equal(d.unit, 'd');
    assert_int_equal(sg_duration_parse("2w", &d), 0);
    assert_int_equal(sg_duration_parse("12m", &d), 0);
    assert_int_equal(d.count, 12);
    assert_int_equal(sg_duration_parse("0d", &d), -1);
    assert_int_equal(sg_duration_parse("7", &d), -1);
    assert_int_equal(sg_duration_parse("d", &d), -1);
    assert_int_equal(sg_duration_parse("7y", &d), -1);
    assert_int_equal(sg_duration_parse("-1d", &d), -1);
    assert_int_equal(sg_duration_parse("7dd", &d), -1);
}

static void free_windows(struct sg_model *windows, size_t count)
{
    for (size_t i = 0; i < count; i++)
        sg_model_destroy(&windows[i]);
    free(windows);
}

static void weekly_windows(void **state)
{
    (void)state;
    struct sg_model log, *windows = NULL;
    size_t count = 0, undated = 0;
    struct sg_duration week = {7, 'd'};
    load("log.json", &log);
    assert_int_equal(sg_window_cut(&log, "log.json", week, week, &windows, &count, &undated),
                     SG_OK);
    assert_int_equal(count, 2);
    assert_int_equal(undated, 1);
    assert_string_equal(windows[0].info.id, "log.2025-01-01..2025-01-07");
    assert_string_equal(windows[0].info.date, "2025-01-07");
    assert_int_equal(windows[0].statement_count, 3);
    assert_int_equal(windows[0].actor_count, 3);
    /* the second window runs to 01-14, past the data's last date: its label stops at 01-08 */
    assert_string_equal(windows[1].info.id, "log.2025-01-08..2025-01-08");
    assert_string_equal(windows[1].info.date, "2025-01-08");
    assert_int_equal(windows[1].statement_count, 1);
    assert_int_equal(windows[1].actor_count, 2);
    assert_string_equal(windows[1].actors[0].id, "a");
    assert_string_equal(windows[1].actors[1].id, "c");
    free_windows(windows, count);
    sg_model_destroy(&log);
}

static void sliding_windows(void **state)
{
    (void)state;
    static const size_t statements[8] = {1, 1, 1, 0, 0, 1, 2, 1};
    static const size_t actors[8] = {2, 2, 2, 0, 0, 2, 2, 2};
    struct sg_model log, *windows = NULL;
    size_t count = 0, undated = 0;
    load("log.json", &log);
    assert_int_equal(sg_window_cut(&log, "log.json", (struct sg_duration){2, 'd'},
                                   (struct sg_duration){1, 'd'}, &windows, &count, &undated),
                     SG_OK);
    assert_int_equal(count, 8);
    for (size_t i = 0; i < count; i++) {
        assert_int_equal(windows[i].statement_count, statements[i]);
        assert_int_equal(windows[i].actor_count, actors[i]);
    }
    assert_string_equal(windows[0].actors[0].id, "b");
    assert_string_equal(windows[7].info.id, "log.2025-01-08..2025-01-08");
    assert_string_equal(windows[7].info.date, "2025-01-08");
    /* Empty windows measure to nothing rather than failing. */
    struct sg_metrics metrics;
    assert_int_equal(sg_measures_compute(&windows[3], &metrics), SG_OK);
    assert_int_equal(metrics.graph.actors, 0);
    sg_metrics_destroy(&metrics);
    free_windows(windows, count);
    sg_model_destroy(&log);
}

static void month_windows(void **state)
{
    (void)state;
    struct sg_model log, *windows = NULL;
    size_t count = 0, undated = 0;
    struct sg_duration month = {1, 'm'};
    load("months.json", &log);
    assert_int_equal(sg_window_cut(&log, "months.json", month, month, &windows, &count, &undated),
                     SG_OK);
    assert_int_equal(count, 2);
    assert_int_equal(windows[0].statement_count, 1);
    assert_string_equal(windows[0].info.date, "2025-02-27");
    assert_int_equal(windows[1].statement_count, 2);
    assert_string_equal(windows[1].info.id, "months.2025-02-28..2025-03-01");
    free_windows(windows, count);
    sg_model_destroy(&log);
}

static void no_dates(void **state)
{
    (void)state;
    struct sg_model log, *windows = NULL;
    size_t count = 0, undated = 0;
    char *messages = NULL;
    size_t length = 0;
    load("undated.json", &log);
    FILE *stream = open_memstream(&messages, &length);
    sg_diag_set_stream(stream);
    int err = sg_window_cut(&log, "undated.json", (struct sg_duration){1, 'd'},
                            (struct sg_duration){1, 'd'}, &windows, &count, &undated);
    sg_diag_set_stream(NULL);
    fclose(stream);
    assert_int_equal(err, SG_ERR_DATA);
    assert_null(windows);
    assert_string_equal(messages, "undated.json: relations: no relation has a date, so there is "
                                  "nothing to cut into windows\n");
    free(messages);
    sg_model_destroy(&log);
}

static void ordered_timeline(void **state)
{
    (void)state;
    static const char *const given[3] = {"t2.json", "t1.json", "t0.json"};
    struct sg_model *models = calloc(3, sizeof *models);
    struct sg_metrics *metrics = calloc(3, sizeof *metrics);
    struct sg_timeline t;
    for (int i = 0; i < 3; i++) {
        fixture_load_measured("timeline", given[i], &models[i], &metrics[i]);
    }
    assert_int_equal(sg_timeline_build(models, metrics, 3, &t), SG_OK);
    assert_string_equal(t.models[0].info.id, "t1");
    assert_string_equal(t.models[1].info.id, "t0");
    assert_string_equal(t.models[2].info.id, "t2");
    assert_int_equal(t.actor_count, 3);
    assert_string_equal(t.actor_ids[0], "a");
    assert_string_equal(t.actor_ids[2], "c");
    assert_null(sg_timeline_actor_metrics(&t, 0, 2)); /* c absent from t1 */
    assert_null(sg_timeline_actor_metrics(&t, 2, 0)); /* a absent from t2 */
    assert_non_null(sg_timeline_actor_metrics(&t, 1, 0));
    assert_int_equal(t.changes[0].added_ties, 1);
    assert_int_equal(t.changes[0].removed_ties, 0);
    assert_int_equal(t.changes[0].added_actors, 1);
    assert_int_equal(t.changes[1].added_ties, 1);
    assert_int_equal(t.changes[1].removed_ties, 2);
    assert_int_equal(t.changes[1].removed_actors, 1);
    sg_timeline_destroy(&t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar),         cmocka_unit_test(durations),
        cmocka_unit_test(weekly_windows),   cmocka_unit_test(sliding_windows),
        cmocka_unit_test(month_windows),    cmocka_unit_test(no_dates),
        cmocka_unit_test(ordered_timeline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
