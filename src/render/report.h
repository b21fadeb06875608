/*
 * The HTML report of one or more snapshots: see report.c and docs/REPORT.md.
 */
#ifndef SG_RENDER_REPORT_H
#define SG_RENDER_REPORT_H

#include "analysis/timeline.h"

#include <stddef.h>

/*
 * Writes the report of timeline (its latest snapshot in full; with several snapshots, the
 * changes and the timeline chart too) as one self-contained HTML page into *html (freed by the
 * caller). Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY (reported).
 */
int sg_write_report(const struct sg_timeline *timeline, char **html);

/* The page's style and script, data/report/report.css and report.js compiled in. */
extern const unsigned char sg_report_css[];
extern const size_t sg_report_css_size;
extern const unsigned char sg_report_js[];
extern const size_t sg_report_js_size;

#endif
