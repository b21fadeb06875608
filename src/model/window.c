/*
 * Cutting a dated statement log into time windows.
 */
#include "model/window.h"

#include "base/dates.h"
#include "base/diag.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sg_duration_parse(const char *text, struct sg_duration *duration)
{
    char *end = NULL;
    if (!text || text[0] < '0' || text[0] > '9')
        return -1;
    long count = strtol(text, &end, 10);
    if (!end || count < 1 || count > 100000 || strlen(end) != 1 || !strchr("dwm", end[0]))
        return -1;
    duration->count = count;
    duration->unit = end[0];
    return 0;
}

/* The day number count durations after start. */
static long advance(long start, struct sg_duration duration, long times)
{
    if (duration.unit == 'm')
        return sg_date_add_months(start, duration.count * times);
    return start + duration.count * times * (duration.unit == 'w' ? 7 : 1);
}

/* Window [start, end) of the statements dated days; its label ends on the data's last day
 * (data_last) when the window runs past it. */
static int build_window(const struct sg_model *model, long start, long end, long data_last,
                        long *days, struct sg_model *window)
{
    char from[11], last[11];
    unsigned char *keep = NULL;
    int err = SG_ERR_NOMEM;
    sg_date_from_days(start, from);
    sg_date_from_days(end - 1 < data_last ? end - 1 : data_last, last);
    sg_model_init(window);
    size_t id_length = strlen(model->info.id) + 24;
    window->info.id = malloc(id_length);
    window->info.date = strdup(last);
    if (!window->info.id || !window->info.date)
        goto out;
    /* Ids are at most 64 characters: keep the parent's first 41, then START..END. */
    snprintf(window->info.id, id_length, "%.41s.%s..%s", model->info.id, from, last);
    if (asprintf(&window->info.title, "%s (%s to %s)",
                 model->info.title ? model->info.title : model->info.id, from, last) < 0) {
        window->info.title = NULL;
        goto out;
    }
    if (model->info.source && !(window->info.source = strdup(model->info.source)))
        goto out;
    memcpy(window->input_sha256, model->input_sha256, sizeof window->input_sha256);

    keep = malloc(model->statement_count + 1);
    if (!keep)
        goto out;
    for (size_t i = 0; i < model->statement_count; i++)
        keep[i] = days[i] >= start && days[i] < end;
    err = sg_model_select(model, keep, 0, window);
out:
    free(keep);
    if (err)
        sg_model_destroy(window);
    return err;
}

/* Each statement's day number into *days_out (undated ones before every window), the earliest
 * and latest dates, and the number undated. Returns 0, SG_ERR_DATA (no date: reported) or
 * SG_ERR_NOMEM. */
static int statement_days(const struct sg_model *model, const char *file, long **days_out,
                          long *first, long *last, size_t *undated)
{
    long *days = malloc((model->statement_count + 1) * sizeof *days);
    int have_date = 0;
    *undated = 0;
    if (!days)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->statement_count; i++) {
        const char *date = model->statements[i].date;
        days[i] = date ? sg_date_to_days(date) : -1000000000L;
        if (!date) {
            (*undated)++;
            continue;
        }
        if (!have_date || days[i] < *first)
            *first = days[i];
        if (!have_date || days[i] > *last)
            *last = days[i];
        have_date = 1;
    }
    if (!have_date) {
        sg_diag_at_path(file, "relations",
                        "no relation has a date, so there is nothing to cut "
                        "into windows");
        free(days);
        return SG_ERR_DATA;
    }
    *days_out = days;
    return SG_OK;
}

/* The number of windows: starts from first, step apart, on or before last. */
static int window_count(const char *file, long first, long last, struct sg_duration length,
                        struct sg_duration step, size_t *count)
{
    size_t needed = 0;
    while (advance(first, step, (long)needed) <= last) {
        needed++;
        if (needed > SG_WINDOW_MAX) {
            sg_diag_error("%s: windows of %ld%c every %ld%c would make more than %d snapshots; "
                          "use a longer step",
                          file, length.count, length.unit, step.count, step.unit, SG_WINDOW_MAX);
            return SG_ERR_DATA;
        }
    }
    *count = needed;
    return SG_OK;
}

int sg_window_cut(const struct sg_model *model, const char *file, struct sg_duration length,
                  struct sg_duration step, struct sg_model **windows_out, size_t *count_out,
                  size_t *undated)
{
    long *days = NULL, first = 0, last = 0;
    size_t needed = 0, count = 0;
    *windows_out = NULL;
    *count_out = 0;
    int err = statement_days(model, file, &days, &first, &last, undated);
    if (!err)
        err = window_count(file, first, last, length, step, &needed);
    struct sg_model *windows = err ? NULL : calloc(needed, sizeof *windows);
    if (!err && !windows)
        err = SG_ERR_NOMEM;
    for (; !err && count < needed; count++) {
        long start = advance(first, step, (long)count);
        /* months from the first date, not from a start clamped to a month's end: 01-31 +1m is
         * 02-28, and a window ending at 02-28 + 1m would leave 03-28..03-30 in none */
        long end = step.unit == 'm' && length.unit == 'm'
                       ? sg_date_add_months(first, step.count * (long)count + length.count)
                       : advance(start, length, 1);
        err = build_window(model, start, end, last, days, &windows[count]);
    }
    free(days);
    if (err) {
        for (size_t i = 0; windows && i < count; i++)
            sg_model_destroy(&windows[i]);
        free(windows);
        return err;
    }
    *windows_out = windows;
    *count_out = count;
    return SG_OK;
}

int sg_window_last_two(const struct sg_model *model, const char *file, struct sg_duration length,
                       struct sg_model *older, struct sg_model *newer, size_t *undated)
{
    long *days = NULL, first = 0, last = 0;
    sg_model_init(older);
    sg_model_init(newer);
    int err = statement_days(model, file, &days, &first, &last, undated);
    if (err)
        return err;
    long end = last + 1, middle = advance(end, length, -1), start = advance(end, length, -2);
    err = build_window(model, start, middle, last, days, older);
    if (!err)
        err = build_window(model, middle, end, last, days, newer);
    if (err)
        sg_model_destroy(older);
    free(days);
    return err;
}
