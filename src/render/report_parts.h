/*
 * What the report's files share (report.c writes the page and its latest-snapshot sections,
 * report_changes.c what changed, report_chart.c the timeline chart): the report being written
 * and small pieces of page every section uses.
 */
#ifndef SG_RENDER_REPORT_PARTS_H
#define SG_RENDER_REPORT_PARTS_H

#include "analysis/timeline.h"
#include "render/chart.h"

#include <stdio.h>

struct sg_report {
    const struct sg_timeline *timeline;
    int rank_metric; /* the measure the actors table is sorted by and the chart shows */
    size_t charted[SG_CHART_MAX_TOP]; /* actors of the chart: indices into timeline->actor_ids */
    size_t charted_count;
};

/* The colour of a timeline actor in every chart and table of the page (its chart line's), or
 * NULL when the chart does not show it. */
const char *sg_report_colour(const struct sg_report *report, size_t timeline_actor);

/* The name a timeline actor has in the latest snapshot that holds it. */
const char *sg_report_actor_name(const struct sg_timeline *timeline, size_t timeline_actor);

/* The page's header for a metric (an index into sg_metric_table): "Influence" for pagerank. */
const char *sg_report_metric_header(int metric);

/* The verb of a stance in a sentence: "supports", "criticises", "negotiates with". */
const char *sg_report_stance_verb(enum sg_stance stance);

/* What changed from each snapshot to the next, one tab per change (several snapshots). */
void sg_report_changes(FILE *out, const struct sg_report *report);

/* The timeline chart (SVG drawn here, names as labels) and its legend. */
void sg_report_chart(FILE *out, const struct sg_report *report);

#endif
