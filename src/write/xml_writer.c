/*
 * The element writer of xml_writer.h on libxml2's xmlTextWriter, and libxml2's version for
 * --version (declared in xml.h). libxml2 escapes markup itself; what it does not do is keep
 * out the control characters XML 1.0 forbids, which become U+FFFD here, as in the diagrams.
 */
#include "write/xml_writer.h"

#include "base/diag.h"
#include "write/xml.h"

#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

struct sg_xml {
    xmlTextWriterPtr writer;
    xmlBufferPtr buffer;
    int failed;
};

static int forbidden(char c)
{
    return (unsigned char)c < 0x20 && !strchr("\t\n\r", c);
}

/* text with the characters XML 1.0 forbids replaced by U+FFFD; NULL on out of memory */
static char *clean(const char *text)
{
    size_t n = strlen(text), extra = 0;
    for (size_t i = 0; i < n; i++)
        if (forbidden(text[i]))
            extra += 2;
    char *out = malloc(n + extra + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (forbidden(text[i])) {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            *o++ = text[i];
        }
    }
    *o = '\0';
    return out;
}

struct sg_xml *sg_xml_open(void)
{
    struct sg_xml *x = calloc(1, sizeof *x);
    if (!x)
        return NULL;
    x->buffer = xmlBufferCreate();
    x->writer = x->buffer ? xmlNewTextWriterMemory(x->buffer, 0) : NULL;
    if (!x->writer) {
        if (x->buffer)
            xmlBufferFree(x->buffer);
        free(x);
        return NULL;
    }
    xmlTextWriterSetIndent(x->writer, 1);
    xmlTextWriterSetIndentString(x->writer, BAD_CAST "  ");
    if (xmlTextWriterStartDocument(x->writer, NULL, "UTF-8", NULL) < 0)
        x->failed = 1;
    return x;
}

void sg_xml_start(struct sg_xml *x, const char *element)
{
    if (xmlTextWriterStartElement(x->writer, BAD_CAST element) < 0)
        x->failed = 1;
}

void sg_xml_end(struct sg_xml *x)
{
    if (xmlTextWriterEndElement(x->writer) < 0)
        x->failed = 1;
}

void sg_xml_attribute(struct sg_xml *x, const char *name, const char *value)
{
    if (!value)
        return;
    char *text = clean(value);
    if (!text || xmlTextWriterWriteAttribute(x->writer, BAD_CAST name, BAD_CAST text) < 0)
        x->failed = 1;
    free(text);
}

void sg_xml_content(struct sg_xml *x, const char *value)
{
    char *text = clean(value);
    if (!text || xmlTextWriterWriteString(x->writer, BAD_CAST text) < 0)
        x->failed = 1;
    free(text);
}

void sg_xml_fail(struct sg_xml *x)
{
    x->failed = 1;
}

int sg_xml_failed(const struct sg_xml *x)
{
    return x->failed;
}

int sg_xml_close(struct sg_xml *x, char **text)
{
    if (xmlTextWriterEndDocument(x->writer) < 0)
        x->failed = 1;
    xmlFreeTextWriter(x->writer);
    *text = x->failed ? NULL : strdup((const char *)xmlBufferContent(x->buffer));
    xmlBufferFree(x->buffer);
    free(x);
    return *text ? SG_OK : SG_ERR_NOMEM;
}

const char *const sg_gexf_version_names[SG_GEXF_VERSION_COUNT] = {"1.3", "1.2"};

void sg_xml_options_init(struct sg_xml_options *options)
{
    options->metrics = NULL;
    options->per_tie = 0;
    options->gexf_version = SG_GEXF_1_3;
}

const char *sg_xml_library_version(void)
{
    return LIBXML_DOTTED_VERSION;
}
