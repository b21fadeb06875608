/*
 * Image rendering through gvc: parse DOT (with dot_common's ordered ids, for byte-identical
 * images), lay out, render to memory, free the layout before the graph. Every gvc return value
 * is checked.
 */
#include "render/render.h"

#include "base/diag.h"
#include "write/dot_common.h"

#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

struct sg_renderer {
    GVC_t *context;
};

static const char *const engines[] = {"dot", "neato", "sfdp", "circo", NULL};
static const char *const formats[] = {"svg", "png", "pdf", NULL};

static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return 1;
    return 0;
}

int sg_render_engine_supported(const char *name)
{
    return in_list(engines, name);
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

int sg_render(struct sg_renderer *renderer, const char *dot_text, const char *engine,
              const char *format, char **image, size_t *length)
{
    char *data = NULL;
    unsigned int size = 0;
    int laid_out = 0;
    int err = SG_ERR_LIBRARY;
    *image = NULL;
    *length = 0;
    Agraph_t *graph = NULL;
    err = read_diagram(dot_text, &graph);
    if (err)
        return err;
    err = SG_ERR_LIBRARY;
    if (gvLayout(renderer->context, graph, engine) != 0) {
        sg_diag_error("graphviz layout with engine '%s' failed", engine);
        goto out;
    }
    laid_out = 1;
    if (gvRenderData(renderer->context, graph, format, &data, &size) != 0 || !data) {
        sg_diag_error("graphviz cannot render format '%s'", format);
        goto out;
    }
    *image = malloc(size ? size : 1);
    if (!*image) {
        err = SG_ERR_NOMEM;
        goto out;
    }
    memcpy(*image, data, size);
    *length = size;
    err = SG_OK;
out:
    if (data)
        gvFreeRenderData(data);
    if (laid_out)
        gvFreeLayout(renderer->context, graph);
    agclose(graph);
    return err;
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
    *image = malloc(size ? size : 1);
    int err = *image ? SG_OK : SG_ERR_NOMEM;
    if (*image) {
        memcpy(*image, data, size);
        *length = size;
    }
    gvFreeRenderData(data);
    return err;
}

/* Finds the subgraph of graph whose label is label (group boxes are matched by group). */
static Agraph_t *subgraph_labelled(Agraph_t *graph, const char *label)
{
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const char *own = agget(sub, (char *)"label");
        if (own && strcmp(own, label) == 0)
            return sub;
    }
    return NULL;
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
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        const char *label = agget(sub, (char *)"label");
        Agraph_t *twin = label ? subgraph_labelled(layout, label) : NULL;
        const char *bb = twin ? agget(twin, (char *)"bb") : NULL;
        if (bb && *bb)
            agsafeset(sub, (char *)"bb", (char *)bb, (char *)"");
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
    err = read_diagram(layout_dot, &layout);
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
        err = read_diagram(dots[i], &graph);
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
