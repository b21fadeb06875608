/*
 * Rendering DOT text to an image (SVG, PNG, PDF) through Graphviz gvc, with a chosen layout
 * engine. One renderer holds the process's single GVC_t.
 */
#ifndef SG_RENDER_H
#define SG_RENDER_H

#include <stddef.h>

struct sg_renderer;

/* Creates the renderer (and Graphviz context); NULL when Graphviz cannot start (reported). */
struct sg_renderer *sg_renderer_new(void);

/* Frees the renderer; accepts NULL. */
void sg_renderer_free(struct sg_renderer *renderer);

/* Nonzero when name is a supported layout engine: dot, neato, sfdp, circo. */
int sg_render_engine_supported(const char *name);

/* Nonzero when name is a supported image format: svg, png, pdf. */
int sg_render_format_supported(const char *name);

/*
 * Lays out the graph in dot_text with engine and renders it in format into *image (heap, freed
 * by the caller with free()) of *length bytes. Returns 0, SG_ERR_LIBRARY (reported) or
 * SG_ERR_NOMEM.
 */
int sg_render(struct sg_renderer *renderer, const char *dot_text, const char *engine,
              const char *format, char **image, size_t *length);

/* The Graphviz version built against, for --version. */
const char *sg_render_library_version(void);

#endif
