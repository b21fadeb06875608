/*
 * The report's timeline chart (report_parts.h), drawn here as SVG rather than by PLplot so that
 * it carries names, scales to its box and takes the page's actor colours: one line per charted
 * actor (the actors `stancegraph timeline` charts, sg_chart_top_actors), a gap where the actor
 * is absent, a dot per snapshot with its value as a tooltip, the name at the line's end and in
 * a legend under the chart.
 */
#include "base/dates.h"
#include "render/html.h"
#include "render/report_parts.h"

#include <math.h>
#include <stdio.h>

/* The drawing, in SVG user units: the plot area and the room for names on its right. */
#define WIDTH      640.0
#define HEIGHT     300.0
#define LEFT       56.0
#define RIGHT      (WIDTH - 150.0)
#define TOP        14.0
#define BOTTOM     (HEIGHT - 34.0)
#define LINE_GAP   15.0  /* the least distance between two names at the lines' ends */
#define DATE_SPACE 110.0 /* the least distance between two dates on the axis */

struct frame {
    double first_day, day_span, low, high;
};

static double x_of(const struct frame *f, const char *date)
{
    double day = (double)sg_date_to_days(date) - f->first_day;
    return f->day_span > 0 ? LEFT + (RIGHT - LEFT) * day / f->day_span : (LEFT + RIGHT) / 2;
}

static double y_of(const struct frame *f, double value)
{
    return BOTTOM - (BOTTOM - TOP) * (value - f->low) / (f->high - f->low);
}

static double value_at(const struct sg_timeline *t, int metric, size_t s, size_t actor)
{
    const struct sg_actor_metrics *m = sg_timeline_actor_metrics(t, s, actor);
    return m ? sg_metric_value(m, (size_t)metric) : NAN;
}

/* A step of 1, 2 or 5 times a power of ten that cuts span into about four parts. */
static double tick_step(double span)
{
    double step = pow(10, floor(log10(span / 4)));
    if (span / step > 20)
        return step * 5;
    return span / step > 8 ? step * 2 : step;
}

static struct frame frame_of(const struct sg_report *report)
{
    const struct sg_timeline *t = report->timeline;
    struct frame f = {(double)sg_date_to_days(t->models[0].info.date), 0, 0, 0};
    f.day_span = (double)sg_date_to_days(t->models[t->count - 1].info.date) - f.first_day;
    for (size_t i = 0; i < report->charted_count; i++)
        for (size_t s = 0; s < t->count; s++) {
            double v = value_at(t, report->rank_metric, s, report->charted[i]);
            if (isfinite(v)) {
                f.low = v < f.low ? v : f.low;
                f.high = v > f.high ? v : f.high;
            }
        }
    if (f.high - f.low <= 0)
        f.high = f.low + 1;
    double step = tick_step(f.high - f.low);
    f.high = step * ceil(f.high / step);
    f.low = step * floor(f.low / step);
    return f;
}

static void axes(FILE *out, const struct sg_timeline *t, const struct frame *f)
{
    double step = tick_step(f->high - f->low);
    long ticks = lround((f->high - f->low) / step);
    for (long tick = 0; tick <= ticks; tick++) {
        double v = f->low + (double)tick * step, y = y_of(f, v);
        fprintf(out,
                "<line class=\"grid\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.3g</text>\n",
                LEFT, y, RIGHT, y, LEFT - 6, y + 4, fabs(v) < step / 1e6 ? 0.0 : v);
    }
    double last_label = 1e9; /* dates labelled from the last one back, so that it has one */
    for (size_t s = t->count; s-- > 0;) {
        double x = x_of(f, t->models[s].info.date);
        fprintf(out, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x,
                BOTTOM, x, BOTTOM + 4);
        if (last_label - x < DATE_SPACE)
            continue;
        fprintf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", x, BOTTOM + 20);
        sg_html_escaped(out, t->models[s].info.date);
        fputs("</text>\n", out);
        last_label = x;
    }
    fprintf(out, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", LEFT,
            BOTTOM, RIGHT, BOTTOM);
}

/* One actor's line, with a gap where it is absent, and its dots with their values. */
static void series(FILE *out, const struct sg_report *report, const struct frame *f, size_t i)
{
    const struct sg_timeline *t = report->timeline;
    size_t actor = report->charted[i];
    const char *name = sg_report_actor_name(t, actor);
    fprintf(out, "<g class=\"series\" style=\"color:%s\"><path stroke=\"currentColor\" d=\"",
            sg_chart_colour(i));
    int drawing = 0;
    for (size_t s = 0; s < t->count; s++) {
        double v = value_at(t, report->rank_metric, s, actor);
        if (isfinite(v))
            fprintf(out, "%s%.1f %.1f", drawing ? " L" : (s ? " M" : "M"),
                    x_of(f, t->models[s].info.date), y_of(f, v));
        drawing = isfinite(v);
    }
    fputs("\"/>", out);
    for (size_t s = 0; s < t->count; s++) {
        double v = value_at(t, report->rank_metric, s, actor);
        if (!isfinite(v))
            continue;
        fprintf(out, "<circle fill=\"currentColor\" r=\"3.5\" cx=\"%.1f\" cy=\"%.1f\"><title>",
                x_of(f, t->models[s].info.date), y_of(f, v));
        sg_html_escaped(out, name);
        fputs(", ", out);
        sg_html_escaped(out, t->models[s].info.date);
        fprintf(out, ": %.3f</title></circle>", v);
    }
    fputs("</g>\n", out);
}

/* The names at the right of the plot, each at its line's value in the last snapshot, nudged
 * apart; an actor absent from the last snapshot has its name in the legend only. */
static void end_names(FILE *out, const struct sg_report *report, const struct frame *f)
{
    const struct sg_timeline *t = report->timeline;
    double y[SG_CHART_MAX_TOP] = {0};
    size_t order[SG_CHART_MAX_TOP] = {0}, n = 0; /* chart indices, by y */
    for (size_t i = 0; i < report->charted_count; i++) {
        double v = value_at(t, report->rank_metric, t->count - 1, report->charted[i]);
        if (!isfinite(v))
            continue;
        y[i] = y_of(f, v);
        size_t j = n++;
        for (; j > 0 && y[order[j - 1]] > y[i]; j--) /* insertion sort */
            order[j] = order[j - 1];
        order[j] = i;
    }
    for (size_t k = 1; k < n; k++) /* downwards, then back up from the bottom */
        if (y[order[k]] < y[order[k - 1]] + LINE_GAP)
            y[order[k]] = y[order[k - 1]] + LINE_GAP;
    for (size_t k = n; k-- > 0;) {
        double limit = k + 1 < n ? y[order[k + 1]] - LINE_GAP : BOTTOM;
        if (y[order[k]] > limit)
            y[order[k]] = limit;
    }
    for (size_t k = 0; k < n; k++) {
        fprintf(out, "<text class=\"end-name\" x=\"%.1f\" y=\"%.1f\" style=\"fill:%s\">", RIGHT + 8,
                y[order[k]] + 4, sg_chart_colour(order[k]));
        sg_html_escaped(out, sg_report_actor_name(t, report->charted[order[k]]));
        fputs("</text>\n", out);
    }
}

void sg_report_chart(FILE *out, const struct sg_report *report)
{
    const struct sg_timeline *t = report->timeline;
    const char *metric = sg_report_metric_header(report->rank_metric);
    struct frame f = frame_of(report);
    fputs("<h2 id=\"timeline\">Timeline</h2>\n<p>", out);
    fprintf(out,
            "%s (see the glossary) of the %zu actors for whom it was highest at any time, "
            "snapshot by snapshot; a gap where an actor is absent.</p>\n",
            metric, report->charted_count);
    fprintf(
        out,
        "<div class=\"figure\"><svg class=\"chart\" data-metric=\"%s\" viewBox=\"0 0 %.0f %.0f\" "
        "width=\"%.0f\" role=\"img\" aria-labelledby=\"chart-title\"><title id=\"chart-title\">",
        sg_metric_table[report->rank_metric].name, WIDTH, HEIGHT, WIDTH);
    fprintf(out, "%s over time</title>\n", metric);
    axes(out, t, &f);
    for (size_t i = 0; i < report->charted_count; i++)
        series(out, report, &f, i);
    end_names(out, report, &f);
    fputs("</svg>\n<ul class=\"chart-legend\">", out);
    for (size_t i = 0; i < report->charted_count; i++) {
        fprintf(out, "<li><span class=\"dot\" style=\"background:%s\"></span>", sg_chart_colour(i));
        sg_html_escaped(out, sg_report_actor_name(t, report->charted[i]));
        fputs("</li>", out);
    }
    fputs("</ul></div>\n", out);
}
