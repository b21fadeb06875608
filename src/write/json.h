/*
 * The metrics JSON writer (format "stancegraph-metrics/1", docs/FORMAT.md): snapshot block,
 * parameters with provenance, graph-level measures, one object per actor and one per tie.
 */
#ifndef SG_WRITE_JSON_H
#define SG_WRITE_JSON_H

#include "analysis/measures.h"
#include "model/model.h"

#define SG_METRICS_FORMAT "stancegraph-metrics/1"

/*
 * Renders the metrics of model as JSON text (NUL-terminated, ending in a newline) into *text,
 * which the caller frees with free(). Numbers use a fixed format ("%.12g"), keys a fixed order,
 * so equal inputs give byte-identical text. layers, when not NULL, holds SG_STANCE_COUNT
 * per-layer metrics (support, criticism, negotiation) written under "layers".
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_metrics_json(const struct sg_model *model, const struct sg_metrics *metrics,
                          const struct sg_metrics *layers, char **text);

/*
 * Renders model as a stancegraph/1 snapshot (what load_json reads back to the same model):
 * snapshot block, actors, and one relation per statement with its extra fields. Into *text,
 * freed by the caller with free(). Returns 0 or SG_ERR_NOMEM.
 */
int sg_write_snapshot_json(const struct sg_model *model, char **text);

/* The cJSON version in use, for --version. */
const char *sg_write_json_library_version(void);

#endif
