/*
 * GraphML and GEXF writers: see write_xml.c and docs/FORMATS.md.
 */
#ifndef SG_WRITE_XML_H
#define SG_WRITE_XML_H

#include "model/model.h"

#include <stddef.h>

/* GraphML of one snapshot into *text (freed by the caller). Returns 0 or SG_ERR_NOMEM. */
int sg_write_graphml(const struct sg_model *model, char **text);

/* GEXF 1.3 of count snapshots (any order; sorted by date) as one dynamic graph. */
int sg_write_gexf(const struct sg_model *models, size_t count, char **text);

/* The libxml2 version built against, for --version. */
const char *sg_xml_library_version(void);

#endif
