/*
 * What the HTML pages (the report, the review page) share: text written with HTML's special
 * characters escaped, and the head every page opens with (no network: a Content Security
 * Policy forbids any fetch).
 */
#ifndef SG_RENDER_HTML_H
#define SG_RENDER_HTML_H

#include <stdio.h>

/* Writes text (NULL: nothing) with & < > " ' escaped and control characters replaced. */
void sg_html_escaped(FILE *out, const char *text);

/* Writes the page's opening up to and including <title>TITLE</title> (title escaped). */
void sg_html_head(FILE *out, const char *title);

#endif
