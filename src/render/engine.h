/*
 * The layout policy of each Graphviz engine for stance diagrams (engine.c): legend under the
 * title, group boxes only where the engine draws them, overlap removal.
 */
#ifndef SG_RENDER_ENGINE_H
#define SG_RENDER_ENGINE_H

#include <graphviz/cgraph.h>

/* Nonzero when name is an engine with a policy: dot, neato, fdp, sfdp, circo, twopi. */
int sg_engine_supported(const char *name);

/* Nonzero when engine places the actors differently on every run, whatever its seed (fdp). */
int sg_engine_varies(const char *name);

/* Prepares a diagram read from stancegraph's DOT for layout by engine (a supported one).
 * Returns 0, SG_ERR_NOMEM, or SG_ERR_LIBRARY for an unknown engine. */
int sg_engine_prepare(Agraph_t *graph, const char *engine);

#endif
