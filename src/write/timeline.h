/*
 * The timeline writers: JSON (format "stancegraph-timeline/1", docs/COMPARE.md; written in
 * json_timeline.c, part of the JSON writer) and a CSV in long form (date, snapshot, actor,
 * metric, value) for spreadsheets, R and pandas (timeline.c).
 */
#ifndef SG_WRITE_TIMELINE_H
#define SG_WRITE_TIMELINE_H

#include "analysis/timeline.h"

#define SG_TIMELINE_FORMAT "stancegraph-timeline/1"

/* Optional description of how the snapshots were cut from one log, for the parameters block. */
struct sg_timeline_source {
    const char *window; /* e.g. "7d"; NULL when the snapshots were given */
    const char *step;
    size_t undated; /* relations left out of every window for want of a date */
};

/*
 * Renders the timeline as JSON into *text (freed by the caller with free()). Absent actors get
 * null in every series and false in "present". Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_timeline_json(const struct sg_timeline *timeline,
                           const struct sg_timeline_source *source, char **text);

/*
 * Renders the long-form CSV into *text: a header, then one row per snapshot, present actor and
 * metric, then the graph-level rows (empty actor). Absent actors have no rows.
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_timeline_csv(const struct sg_timeline *timeline, char **text);

#endif
