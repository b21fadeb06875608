/*
 * The timeline chart: one metric of the top actors over time, as SVG, drawn with PLplot
 * (axes with dates, a legend, gaps where an actor is absent).
 */
#ifndef SG_RENDER_CHART_H
#define SG_RENDER_CHART_H

#include "analysis/timeline.h"

#include <stddef.h>

/* How many actors a chart shows unless told (`timeline --top`, the report), and at most. */
#define SG_CHART_DEFAULT_TOP 6
#define SG_CHART_MAX_TOP     7

/*
 * Picks the top actors of timeline for a chart of metric: those with the largest values at any
 * time (ties: first appearance), at most top (and SG_CHART_MAX_TOP) of them. Writes their
 * indices into timeline->actor_ids to chosen (room for SG_CHART_MAX_TOP) and their number to
 * *picked. Returns 0 or SG_ERR_NOMEM.
 */
int sg_chart_top_actors(const struct sg_timeline *timeline, int metric, size_t top, size_t *chosen,
                        size_t *picked);

/* The colour ("#RRGGBB") of the i-th actor a chart shows, i < SG_CHART_MAX_TOP. */
const char *sg_chart_colour(size_t i);

/*
 * Draws metric (an index into sg_metric_table) for the top actors of timeline: the top
 * actors are those with the largest values at any time (ties: first appearance). Writes the
 * SVG into *svg (freed by the caller with free()) of *length bytes. Returns 0, SG_ERR_NOMEM or
 * SG_ERR_LIBRARY (reported).
 */
int sg_chart_timeline(const struct sg_timeline *timeline, int metric, size_t top, char **svg,
                      size_t *length);

/* The PLplot version in use, for --version. */
const char *sg_chart_library_version(void);

#endif
