/*
 * The timeline chart: one metric of the top actors over time, as SVG, drawn with PLplot
 * (axes with dates, a legend, gaps where an actor is absent).
 */
#ifndef SG_RENDER_CHART_H
#define SG_RENDER_CHART_H

#include "analysis/timeline.h"

#include <stddef.h>

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
