/*
 * What the DOT writers share, on top of cgraph: a graph whose names keep creation order (so
 * agwrite's output is byte-identical everywhere), attribute setting with one failure flag,
 * escaped label text, the stance and actor-type encoding, group clusters, and writing to text;
 * and, for the renderer, reading DOT back with the same ordered ids. It exposes cgraph, so only
 * the DOT writers (dot.c, dot_diff.c) and render/render.c include it.
 */
#ifndef SG_WRITE_DOT_COMMON_H
#define SG_WRITE_DOT_COMMON_H

#include "model/model.h"

#include <graphviz/cgraph.h>
#include <stddef.h>

/* The visual encoding of stances and actor types (docs/FORMAT.md). */
extern const char *const sg_dot_stance_color[SG_STANCE_COUNT];
extern const char *const sg_dot_stance_style[SG_STANCE_COUNT];
extern const char *const sg_dot_stance_arrow[SG_STANCE_COUNT];
extern const char *const sg_dot_stance_verb[SG_STANCE_COUNT];
extern const char *const sg_dot_stance_glyph[SG_STANCE_COUNT]; /* for legends */
extern const char *const sg_dot_actor_shape[SG_ACTOR_TYPE_COUNT];

struct sg_dot_builder {
    Agraph_t *root;
    int failed;
};

/* A growing string, for labels and tooltips. */
struct sg_dot_text {
    char *data;
    size_t length, capacity;
    int failed;
};

/* Opens a directed graph whose object ids follow creation order; NULL on failure. */
Agraph_t *sg_dot_open(const char *name);

/*
 * Parses DOT text into a graph whose object ids follow creation order (agmemread's default
 * ids follow string addresses, which makes subgraph order, and so the drawing order of group
 * boxes in rendered images, vary between runs) into *graph. Returns 0, SG_ERR_NOMEM, or
 * SG_ERR_LIBRARY when cgraph cannot read the text (*graph is NULL then; this module reports
 * nothing, though cgraph may print its own syntax message).
 */
int sg_dot_read(const char *text, Agraph_t **graph);

/* Sets an attribute (declaring it with default "" when new); notes failures in b. */
void sg_dot_set(struct sg_dot_builder *b, void *object, const char *name, const char *value);

/* Appends n bytes of s. */
void sg_dot_text_append(struct sg_dot_text *t, const char *s, size_t n);

/*
 * Appends human text for a label or tooltip: backslashes doubled, newlines as "\n", tabs as
 * spaces, '&' as "&amp;" (Graphviz reads entities in labels), other control characters as
 * U+FFFD (XML, and so SVG, cannot hold them).
 */
void sg_dot_text_escaped(struct sg_dot_text *t, const char *s);

/* Appends formatted text (not escaped). */
void sg_dot_text_printf(struct sg_dot_text *t, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

/* The text so far ("" when empty); a failed text marks b failed and gives "". */
const char *sg_dot_text_take(struct sg_dot_builder *b, struct sg_dot_text *t);

/* Sets the graph attributes every diagram shares, with label as the graph label (escaped). */
void sg_dot_graph_attributes(struct sg_dot_builder *b, const char *label);

#define SG_DOT_GROUP_FILLS 12 /* groups told apart by fill colour */

/*
 * Groups are drawn as fill colours (boxes around them made lines pile up on their members):
 * sets fills[i] to the colour of groups[i], one per distinct group in order of first
 * appearance, NULL for no group or a group beyond the first SG_DOT_GROUP_FILLS. Returns how
 * many groups got a colour.
 */
size_t sg_dot_group_fills(char *const *groups, size_t count, const char **fills);

/* Appends s as text of an HTML-like label: & < > " as entities, control characters as U+FFFD. */
void sg_dot_text_html(struct sg_dot_text *t, const char *s);

/* The same for the first length bytes of s. */
void sg_dot_text_html_n(struct sg_dot_text *t, const char *s, size_t length);

/* Sets the attribute name of object (in the graph root) to an HTML-like label. Returns SG_OK or
 * SG_ERR_NOMEM. */
int sg_dot_set_html(Agraph_t *root, void *object, const char *name, const char *html);

/* Appends one legend row per coloured group (its swatch and name), and one for the rest. */
void sg_dot_legend_groups(struct sg_dot_text *html, char *const *groups, const char **fills,
                          size_t count);

/* Starts an HTML-table legend in html: its title, then one row per stance. */
void sg_dot_legend_begin(struct sg_dot_text *html, const char *title);

/*
 * Closes the legend table in html and adds it as a plain node named "stancegraph legend" (a
 * name with a space, which actor ids cannot have). Frees html's text.
 */
void sg_dot_add_legend(struct sg_dot_builder *b, struct sg_dot_text *html);

/* Writes graph as DOT text into *text (freed by the caller). Returns 0 or an sg_error. */
int sg_dot_to_text(Agraph_t *graph, char **text);

#endif
