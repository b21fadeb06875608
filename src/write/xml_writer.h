/*
 * A small element writer on libxml2's text writer, shared by the GraphML and GEXF writers
 * (graphml.c, gexf.c): indented UTF-8 XML into memory, markup escaped, characters XML 1.0
 * forbids (controls other than tab, newline, return) replaced by U+FFFD, and one failure flag
 * instead of a check per call. libxml2 stays behind this header.
 */
#ifndef SG_WRITE_XML_WRITER_H
#define SG_WRITE_XML_WRITER_H

struct sg_xml;

/* Starts a document ("<?xml version="1.0" encoding="UTF-8"?>"); NULL on out of memory. */
struct sg_xml *sg_xml_open(void);

/* Starts element; sg_xml_end closes the innermost open one. */
void sg_xml_start(struct sg_xml *x, const char *element);
void sg_xml_end(struct sg_xml *x);

/* Adds an attribute to the element just started; nothing when value is NULL. */
void sg_xml_attribute(struct sg_xml *x, const char *name, const char *value);

/* Adds text inside the current element. */
void sg_xml_content(struct sg_xml *x, const char *text);

/* Notes a failure of the caller's own (out of memory), which sg_xml_close then reports. */
void sg_xml_fail(struct sg_xml *x);

/* Nonzero once anything failed: callers stop early. */
int sg_xml_failed(const struct sg_xml *x);

/*
 * Closes the document and frees x. On success *text holds the XML (freed by the caller with
 * free()) and 0 is returned; after any failure *text is NULL and SG_ERR_NOMEM is returned.
 */
int sg_xml_close(struct sg_xml *x, char **text);

#endif
