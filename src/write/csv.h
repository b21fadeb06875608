/*
 * The CSV writer (csv.c, docs/FORMATS.md): a snapshot as three tables, edges in Gephi's
 * convention, nodes, and the snapshot's own fields, which load/csv.c reads back; and libcsv's
 * version.
 */
#ifndef SG_WRITE_CSV_H
#define SG_WRITE_CSV_H

#include "model/metrics.h"
#include "model/model.h"

/* Each renders one table as text into *text (freed by the caller); 0 or SG_ERR_NOMEM. */
int sg_write_csv_edges(const struct sg_model *model, char **text);    /* X.csv */
int sg_write_csv_snapshot(const struct sg_model *model, char **text); /* X.snapshot.csv */

/* X.nodes.csv; with metrics (the model's, or NULL for none), one column per metric after the
 * fixed ones, named as in the metrics JSON, empty where a metric is undefined. The actors must
 * have no free-form field named after a metric (the caller checks). */
int sg_write_csv_nodes(const struct sg_model *model, const struct sg_metrics *metrics, char **text);

/* The libcsv version built against, for --version. */
const char *sg_csv_library_version(void);

#endif
