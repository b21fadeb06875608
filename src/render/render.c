/*
 * Image rendering through gvc: parse DOT (with dot_common's ordered ids, for byte-identical
 * images), lay out, render to memory, free the layout before the graph. Every gvc return value
 * is checked.
 */
#include "render/render.h"

#include "base/diag.h"
#include "render/engine.h"
#include "write/dot_common.h"

#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

struct sg_renderer {
    GVC_t *context;
};

/* The file formats of Graphviz 2.42's output plugins (`dot -T?` less the windows x11, xlib
 * and gtk, and less dot, which is stancegraph's own diagram source). */
static const char *const formats[] = {
    "bmp",   "canon", "cmap",    "cmapx",   "cmapx_np",  "dot_json",  "eps", "fig",  "gd",   "gd2",
    "gif",   "gv",    "ico",     "imap",    "imap_np",   "ismap",     "jpe", "jpeg", "jpg",  "json",
    "json0", "mp",    "pdf",     "pic",     "plain",     "plain-ext", "png", "pov",  "ps",   "ps2",
    "svg",   "svgz",  "tif",     "tiff",    "tk",        "vdx",       "vml", "vmlz", "vrml", "wbmp",
    "webp",  "xdot",  "xdot1.2", "xdot1.4", "xdot_json", NULL};

static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return 1;
    return 0;
}

int sg_render_engine_supported(const char *name)
{
    return sg_engine_supported(name);
}

void sg_render_engine_warn(const char *engine)
{
    if (sg_engine_varies(engine))
        sg_diag_warning("the %s engine places the actors differently on every run; neato gives "
                        "the same picture every time",
                        engine);
}

int sg_render_format_supported(const char *name)
{
    return in_list(formats, name);
}

struct sg_renderer *sg_renderer_new(void)
{
    struct sg_renderer *renderer = calloc(1, sizeof *renderer);
    if (!renderer) {
        sg_diag_error("out of memory");
        return NULL;
    }
    renderer->context = gvContext();
    if (!renderer->context) {
        sg_diag_error("cannot start graphviz");
        free(renderer);
        return NULL;
    }
    return renderer;
}

void sg_renderer_free(struct sg_renderer *renderer)
{
    if (!renderer)
        return;
    gvFreeContext(renderer->context);
    free(renderer);
}

/* Reads DOT text for drawing; a text cgraph cannot read is reported here. */
static int read_diagram(const char *dot_text, Agraph_t **graph)
{
    int err = sg_dot_read(dot_text, graph);
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("graphviz cannot read the diagram");
    return err;
}

/* Drops the fixed width and height of a Graphviz SVG, keeping its viewBox, so the picture
 * scales to its container on a web page (docs/FORMATS.md). */
static void scalable_svg(char *image, size_t *length)
{
    char *svg = strstr(image, "<svg width=\"");
    char *view = svg ? strstr(svg, "viewBox=") : NULL;
    if (!view)
        return;
    char *from = svg + strlen("<svg "), *end = image + *length;
    memmove(from, view, (size_t)(end - view));
    *length -= (size_t)(view - from);
}

/* Renders a laid-out graph into a heap copy of the output. */
static int render_laid_out(struct sg_renderer *renderer, Agraph_t *graph, const char *format,
                           char **image, size_t *length)
{
    char *data = NULL;
    unsigned int size = 0;
    if (gvRenderData(renderer->context, graph, format, &data, &size) != 0 || !data) {
        sg_diag_error("graphviz cannot render format '%s'", format);
        return SG_ERR_LIBRARY;
    }
    *image = malloc(size + 1);
    int err = *image ? SG_OK : SG_ERR_NOMEM;
    if (*image) {
        memcpy(*image, data, size);
        (*image)[size] = '\0';
        *length = size;
        if (strcmp(format, "svg") == 0)
            scalable_svg(*image, length);
    }
    gvFreeRenderData(data);
    return err;
}

/* Reads a diagram and prepares it for engine; a text cgraph cannot read is reported here. */
static int read_for_engine(const char *dot_text, const char *engine, Agraph_t **graph)
{
    int err = read_diagram(dot_text, graph);
    if (!err)
        err = sg_engine_prepare(*graph, engine);
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("unknown layout engine '%s'", engine);
    if (err && *graph) {
        agclose(*graph);
        *graph = NULL;
    }
    return err;
}

int sg_render(struct sg_renderer *renderer, const char *dot_text, const char *engine,
              const char *format, char **image, size_t *length)
{
    *image = NULL;
    *length = 0;
    Agraph_t *graph = NULL;
    int err = read_for_engine(dot_text, engine, &graph);
    if (err)
        return err;
    if (gvLayout(renderer->context, graph, engine) != 0) {
        sg_diag_error("graphviz layout with engine '%s' failed", engine);
        agclose(graph);
        return SG_ERR_LIBRARY;
    }
    err = render_laid_out(renderer, graph, format, image, length);
    gvFreeLayout(renderer->context, graph);
    agclose(graph);
    return err;
}

/* Copies positions from the laid-out layout graph onto graph, pinning them for "nop". */
static void pin_positions(Agraph_t *layout, Agraph_t *graph)
{
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
        Agnode_t *twin = agnode(layout, agnameof(node), 0);
        const char *pos = twin ? agget(twin, (char *)"pos") : NULL;
        if (pos && *pos)
            agsafeset(node, (char *)"pos", (char *)pos, (char *)"");
    }
    agsafeset(graph, (char *)"bb", agget(layout, (char *)"bb"), (char *)"");
    agsafeset(graph, (char *)"splines", (char *)"true", (char *)"");
}

int sg_render_aligned(struct sg_renderer *renderer, const char *layout_dot, const char *const *dots,
                      size_t count, const char *engine, const char *format, char **images,
                      size_t *lengths)
{
    int err = SG_ERR_LIBRARY;
    for (size_t i = 0; i <= count; i++) {
        images[i] = NULL;
        lengths[i] = 0;
    }
    Agraph_t *layout = NULL;
    err = read_for_engine(layout_dot, engine, &layout);
    if (err)
        return err;
    if (gvLayout(renderer->context, layout, engine) != 0) {
        sg_diag_error("graphviz layout with engine '%s' failed", engine);
        agclose(layout);
        return SG_ERR_LIBRARY;
    }
    attach_attrs(layout);
    err = render_laid_out(renderer, layout, format, &images[0], &lengths[0]);
    for (size_t i = 0; i < count && !err; i++) {
        Agraph_t *graph = NULL;
        err = read_for_engine(dots[i], engine, &graph);
        if (err)
            break;
        pin_positions(layout, graph);
        if (gvLayout(renderer->context, graph, "nop") != 0) {
            sg_diag_error("graphviz cannot place the diagram at fixed positions");
            err = SG_ERR_LIBRARY;
        } else {
            err = render_laid_out(renderer, graph, format, &images[1 + i], &lengths[1 + i]);
            gvFreeLayout(renderer->context, graph);
        }
        agclose(graph);
    }
    gvFreeLayout(renderer->context, layout);
    agclose(layout);
    if (err)
        for (size_t i = 0; i <= count; i++) {
            free(images[i]);
            images[i] = NULL;
        }
    return err;
}

const char *sg_render_library_version(void)
{
    return PACKAGE_VERSION;
}
