/*
 * Timeline chart through PLplot's SVG driver. PLplot keeps global state: one chart is drawn
 * at a time, from plinit to plend, into a memory stream. Its fatal errors call an exit
 * handler, which here records the message instead of ending the process.
 */
#include "render/chart.h"

#include "base/dates.h"
#include "base/diag.h"
#include "base/stats.h"

#include <math.h>
#include <plplot/plplot.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The Okabe-Ito palette without its yellow, which is unreadable on white; the same colours as
 * text for pages (sg_chart_colour). */
static const unsigned char palette[][3] = {
    {0, 114, 178}, {213, 94, 0},   {0, 158, 115}, {204, 121, 167},
    {230, 159, 0}, {86, 180, 233}, {0, 0, 0},
};
static const char *const palette_text[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                           "#E69F00", "#56B4E9", "#000000"};
#define PALETTE_SIZE    (sizeof palette / sizeof palette[0])
#define SECONDS_PER_DAY 86400.0

static char plplot_error[256];

static int on_plplot_exit(PLCHAR_VECTOR message)
{
    snprintf(plplot_error, sizeof plplot_error, "%s", message ? message : "unknown error");
    return 0; /* 0: do not exit */
}

struct ranked_actor {
    size_t actor;
    double peak;
};

static int compare_peaks(const void *left, const void *right)
{
    const struct ranked_actor *a = left, *b = right;
    return sg_stats_compare_ranked(a->peak, a->actor, b->peak, b->actor);
}

const char *sg_chart_colour(size_t i)
{
    return palette_text[i % PALETTE_SIZE];
}

int sg_chart_top_actors(const struct sg_timeline *t, int metric, size_t top, size_t *chosen,
                        size_t *picked)
{
    if (top > PALETTE_SIZE)
        top = PALETTE_SIZE;
    struct ranked_actor *ranked = malloc((t->actor_count + 1) * sizeof *ranked);
    if (!ranked)
        return SG_ERR_NOMEM;
    for (size_t a = 0; a < t->actor_count; a++) {
        ranked[a] = (struct ranked_actor){a, -INFINITY};
        for (size_t s = 0; s < t->count; s++) {
            const struct sg_actor_metrics *m = sg_timeline_actor_metrics(t, s, a);
            if (m && sg_metric_value(m, (size_t)metric) > ranked[a].peak)
                ranked[a].peak = sg_metric_value(m, (size_t)metric);
        }
    }
    qsort(ranked, t->actor_count, sizeof *ranked, compare_peaks);
    size_t n = t->actor_count < top ? t->actor_count : top;
    for (size_t i = 0; i < n; i++)
        chosen[i] = ranked[i].actor;
    free(ranked);
    *picked = n;
    return SG_OK;
}

static void value_range(const struct sg_timeline *t, int metric, const size_t *chosen, size_t n,
                        double *low, double *high)
{
    *low = 0.0;
    *high = 0.0;
    for (size_t i = 0; i < n; i++)
        for (size_t s = 0; s < t->count; s++) {
            const struct sg_actor_metrics *m = sg_timeline_actor_metrics(t, s, chosen[i]);
            if (!m)
                continue;
            double v = sg_metric_value(m, (size_t)metric);
            *low = v < *low ? v : *low;
            *high = v > *high ? v : *high;
        }
    double span = *high - *low;
    if (span <= 0)
        span = 1.0;
    *high += 0.08 * span;
    if (*low < 0)
        *low -= 0.08 * span;
}

static void draw_series(const struct sg_timeline *t, int metric, size_t actor, const double *x,
                        int color)
{
    plcol0(color);
    plwidth(2.0);
    for (size_t s = 0; s < t->count; s++) {
        const struct sg_actor_metrics *m = sg_timeline_actor_metrics(t, s, actor);
        if (!m)
            continue;
        PLFLT px = x[s], py = sg_metric_value(m, (size_t)metric);
        plpoin(1, &px, &py, 17);
        const struct sg_actor_metrics *next =
            s + 1 < t->count ? sg_timeline_actor_metrics(t, s + 1, actor) : NULL;
        if (next) {
            PLFLT lx[2] = {x[s], x[s + 1]};
            PLFLT ly[2] = {py, sg_metric_value(next, (size_t)metric)};
            plline(2, lx, ly);
        }
    }
}

static void draw_legend(const struct sg_timeline *t, const size_t *chosen, size_t n)
{
    PLINT opt[PALETTE_SIZE], colors[PALETTE_SIZE], styles[PALETTE_SIZE], numbers[PALETTE_SIZE];
    PLINT box_colors[PALETTE_SIZE] = {0}, box_patterns[PALETTE_SIZE] = {0};
    PLFLT widths[PALETTE_SIZE], scales[PALETTE_SIZE], box_scales[PALETTE_SIZE] = {0};
    PLFLT box_widths[PALETTE_SIZE] = {0};
    const char *text[PALETTE_SIZE], *symbols[PALETTE_SIZE];
    PLFLT legend_width, legend_height;
    for (size_t i = 0; i < n; i++) {
        opt[i] = PL_LEGEND_LINE;
        colors[i] = (PLINT)(i + 2);
        styles[i] = 1;
        numbers[i] = 1;
        widths[i] = 2.0;
        scales[i] = 1.0;
        text[i] = t->actor_ids[chosen[i]];
        symbols[i] = "";
    }
    plcol0(1);
    pllegend(&legend_width, &legend_height, PL_LEGEND_BACKGROUND | PL_LEGEND_BOUNDING_BOX,
             PL_POSITION_RIGHT | PL_POSITION_OUTSIDE, 0.03, 0.0, 0.08, 0, 1, 1, 0, 0, (PLINT)n, opt,
             0.8, 0.9, 2.0, 0.0, colors, text, box_colors, box_patterns, box_scales, box_widths,
             colors, styles, widths, colors, scales, numbers, symbols);
}

int sg_chart_timeline(const struct sg_timeline *t, int metric, size_t top, char **svg,
                      size_t *length)
{
    char *buffer = NULL;
    size_t buffer_length = 0;
    size_t chosen[PALETTE_SIZE];
    double *x = malloc((t->count + 1) * sizeof *x);
    char title[160];
    *svg = NULL;
    *length = 0;
    if (!x)
        return SG_ERR_NOMEM;
    if (t->count == 0) {
        free(x);
        sg_diag_error("a chart needs at least one snapshot");
        return SG_ERR_DATA;
    }
    size_t n = 0;
    if (sg_chart_top_actors(t, metric, top, chosen, &n) != SG_OK) {
        free(x);
        return SG_ERR_NOMEM;
    }
    const size_t count = t->count;
    double first_day = 0, last_day = 0;
    for (size_t s = 0; s < count; s++) {
        x[s] = (double)sg_date_to_days(t->models[s].info.date) * SECONDS_PER_DAY;
        if (s == 0)
            first_day = x[s];
        last_day = x[s];
    }
    double x_low = first_day - SECONDS_PER_DAY, x_high = last_day + SECONDS_PER_DAY;
    double y_low, y_high;
    value_range(t, metric, chosen, n, &y_low, &y_high);

    FILE *stream = open_memstream(&buffer, &buffer_length);
    if (!stream) {
        free(x);
        return SG_ERR_NOMEM;
    }
    plplot_error[0] = '\0';
    plsexit(on_plplot_exit);
    plsdev("svg");
    plsfile(stream);
    plspage(0, 0, 960, 540, 0, 0);
    plscolbg(255, 255, 255);
    plscol0(1, 0, 0, 0);
    for (size_t i = 0; i < PALETTE_SIZE; i++)
        plscol0((PLINT)(i + 2), palette[i][0], palette[i][1], palette[i][2]);
    plinit();
    pladv(0);
    plschr(0, 0.85);
    plvpor(0.09, 0.70, 0.14, 0.9);
    plwind(x_low, x_high, y_low, y_high);
    plcol0(1);
    pltimefmt("%Y-%m-%d");
    /* A tick every day up to two weeks, else let PLplot choose. */
    double span_days = (x_high - x_low) / SECONDS_PER_DAY;
    plbox("bcnstd", span_days <= 14 ? SECONDS_PER_DAY * ceil(span_days / 7) : 0, 0, "bcnstv", 0, 0);
    snprintf(title, sizeof title, "%s over time: top %zu actors", sg_metric_table[metric].name, n);
    pllab("snapshot date", sg_metric_table[metric].name, title);
    for (size_t i = 0; i < n; i++)
        draw_series(t, metric, chosen[i], x, (int)(i + 2));
    if (n > 0)
        draw_legend(t, chosen, n);
    /* plend closes the stream (PLplot fcloses its output file), which finalises buffer. */
    plend();
    free(x);
    if (plplot_error[0]) {
        sg_diag_error("plplot failed drawing the chart: %s", plplot_error);
        free(buffer);
        return SG_ERR_LIBRARY;
    }
    if (!buffer) {
        sg_diag_error("plplot wrote no chart");
        return SG_ERR_LIBRARY;
    }
    *svg = buffer;
    *length = buffer_length;
    return SG_OK;
}

const char *sg_chart_library_version(void)
{
    static char version[80];
    plgver(version);
    return version;
}
