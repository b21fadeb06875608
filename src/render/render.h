/*
 * Rendering DOT text to an image (SVG, PNG, PDF, or any Graphviz format) through Graphviz gvc,
 * with a chosen layout engine and its policy (engine.c). One renderer holds the process's single
 * GVC_t.
 */
#ifndef SG_RENDER_RENDER_H
#define SG_RENDER_RENDER_H

#include <stddef.h>

struct sg_renderer;

/* Creates the renderer (and Graphviz context); NULL when Graphviz cannot start (reported). */
struct sg_renderer *sg_renderer_new(void);

/* Frees the renderer; accepts NULL. */
void sg_renderer_free(struct sg_renderer *renderer);

/* Nonzero when name is a supported layout engine: dot, neato, fdp, sfdp, circo, twopi. */
int sg_render_engine_supported(const char *name);

/* Warns once on stderr when engine places the actors differently on every run (fdp). */
void sg_render_engine_warn(const char *engine);

/* Nonzero when name is an output format of Graphviz (svg, png, pdf, plain, json, ...). */
int sg_render_format_supported(const char *name);

/*
 * Lays out the graph in dot_text with engine and renders it in format into *image (heap, freed
 * by the caller with free()) of *length bytes. Returns 0, SG_ERR_LIBRARY (reported) or
 * SG_ERR_NOMEM.
 */
int sg_render(struct sg_renderer *renderer, const char *dot_text, const char *engine,
              const char *format, char **image, size_t *length);

/*
 * Renders several diagrams with the same node positions: lays out layout_dot with engine,
 * renders it into images[0], then renders each of the count texts in dots into images[1 + i]
 * with every node that layout_dot also has pinned at its position there (matched by name) and
 * the same canvas. images and lengths
 * hold count + 1 entries, each freed by the caller with free(); on failure all are NULL.
 * Returns 0, SG_ERR_LIBRARY (reported) or SG_ERR_NOMEM.
 */
int sg_render_aligned(struct sg_renderer *renderer, const char *layout_dot, const char *const *dots,
                      size_t count, const char *engine, const char *format, char **images,
                      size_t *lengths);

/* The Graphviz version built against, for --version. */
const char *sg_render_library_version(void);

#endif
