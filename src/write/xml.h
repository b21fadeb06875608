/*
 * The XML formats (docs/FORMATS.md): GraphML of one snapshot (graphml.c) and GEXF 1.3 or
 * 1.2draft of a series of snapshots as one dynamic graph (gexf.c), both written through the
 * element writer of xml_writer.h, which keeps libxml2 to itself.
 */
#ifndef SG_WRITE_XML_H
#define SG_WRITE_XML_H

#include "model/metrics.h"
#include "model/model.h"

#include <stddef.h>

/* The GEXF versions written: 1.3 for Gephi, 1.2draft for NetworkX (which reads no 1.3). */
enum sg_gexf_version { SG_GEXF_1_3, SG_GEXF_1_2, SG_GEXF_VERSION_COUNT };

/* The names --gexf-version takes ("1.3", "1.2"), indexed by enum sg_gexf_version. */
extern const char *const sg_gexf_version_names[SG_GEXF_VERSION_COUNT];

/* What the XML writers add to the snapshots' own fields. */
struct sg_xml_options {
    /* One per snapshot, in the order of the models given (not sorted): every per-actor
     * metric on the nodes. NULL: none. The actors must have no free-form field named after
     * a metric (the caller checks). */
    const struct sg_metrics *metrics;
    int per_tie; /* GraphML: one edge per tie, negotiation one each way (as the measured graph),
                  * instead of one per statement */
    enum sg_gexf_version gexf_version;
};

/* No metrics, one edge per statement, GEXF 1.3. */
void sg_xml_options_init(struct sg_xml_options *options);

/* GraphML of one snapshot into *text (freed by the caller); options NULL for the defaults.
 * Returns 0 or SG_ERR_NOMEM. */
int sg_write_graphml(const struct sg_model *model, const struct sg_xml_options *options,
                     char **text);

/* GEXF of count (at least one) snapshots, in any order (sorted by date, then id), as one
 * dynamic graph into *text (freed by the caller); options NULL for the defaults. Returns 0 or
 * SG_ERR_NOMEM. */
int sg_write_gexf(const struct sg_model *models, size_t count, const struct sg_xml_options *options,
                  char **text);

/* The libxml2 version built against, for --version (xml_writer.c). */
const char *sg_xml_library_version(void);

#endif
