/*
 * The diff writers: the JSON report (format "stancegraph-diff/1", docs/COMPARE.md; written in
 * json_diff.c, part of the JSON writer) and the short human summary printed by
 * 'stancegraph diff' (diff.c).
 */
#ifndef SG_WRITE_DIFF_H
#define SG_WRITE_DIFF_H

#include "analysis/compare.h"

#include <stdio.h>

#define SG_DIFF_FORMAT "stancegraph-diff/1"

/*
 * Renders diff as JSON text into *text (freed by the caller with free()). Byte-identical for
 * equal inputs. Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_diff_json(const struct sg_diff *diff, char **text);

/*
 * Prints the human summary: counts, the largest risers and fallers by metric (an index into
 * sg_metric_table), flips, new and lost ties (at most limit of each list). Returns 0, or
 * SG_ERR_NOMEM when the risers and fallers could not be sorted (the rest is printed).
 */
int sg_write_diff_summary(const struct sg_diff *diff, int metric, size_t limit, FILE *out);

#endif
