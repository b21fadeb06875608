/*
 * Image rendering through gvc: parse DOT, lay out, render to memory, free the layout before the
 * graph. Every gvc return value is checked.
 */
#include "render.h"

#include "diag.h"

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
    if (!renderer)
        return NULL;
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

int sg_render(struct sg_renderer *renderer, const char *dot_text, const char *engine,
              const char *format, char **image, size_t *length)
{
    char *data = NULL;
    unsigned int size = 0;
    int laid_out = 0;
    int err = SG_ERR_LIBRARY;
    *image = NULL;
    *length = 0;
    Agraph_t *graph = agmemread(dot_text);
    if (!graph) {
        sg_diag_error("graphviz cannot read the diagram");
        return SG_ERR_LIBRARY;
    }
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

const char *sg_render_library_version(void)
{
    return PACKAGE_VERSION;
}
