/*
 * The XML formats (docs/FORMATS.md): GraphML of one snapshot (graphml.c) and GEXF 1.3 of a
 * series of snapshots as one dynamic graph (gexf.c), both written through the element writer
 * of xml_writer.h, which keeps libxml2 to itself.
 */
#ifndef SG_WRITE_XML_H
#define SG_WRITE_XML_H

#include "model/model.h"

#include <stddef.h>

/* GraphML of one snapshot into *text (freed by the caller). Returns 0 or SG_ERR_NOMEM. */
int sg_write_graphml(const struct sg_model *model, char **text);

/* GEXF 1.3 of count (at least one) snapshots, in any order (sorted by date, then id), as one
 * dynamic graph into *text (freed by the caller). Returns 0 or SG_ERR_NOMEM. */
int sg_write_gexf(const struct sg_model *models, size_t count, char **text);

/* The libxml2 version built against, for --version (xml_writer.c). */
const char *sg_xml_library_version(void);

#endif
