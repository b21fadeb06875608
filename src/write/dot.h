/*
 * The DOT diagram writer, through Graphviz cgraph: stance type by colour and arrow style, tie
 * weight by pen width, evidence as edge tooltip, actor type by shape, groups as clusters, node
 * size by a chosen metric, a legend, and the snapshot title and date as the graph label.
 */
#ifndef SG_WRITE_DOT_H
#define SG_WRITE_DOT_H

#include "analysis/measures.h"
#include "model/model.h"

#include <stdio.h>

/* Above this many actors a diagram shows only the SG_DOT_TOP_ACTORS largest by the size
 * metric, and of the ties among them the SG_DOT_TOP_TIES heaviest, at most
 * SG_DOT_TIES_PER_ACTOR for each actor: a picture of thousands of actors, or of a hub's
 * hundreds of lines, cannot be read (150 actors and 600 ties drew a hairball). */
#define SG_DOT_MAX_ACTORS     500
#define SG_DOT_TOP_ACTORS     60
#define SG_DOT_TOP_TIES       150
#define SG_DOT_TIES_PER_ACTOR 6

struct sg_dot_options {
    int size_metric; /* index into sg_metric_table; its values must be >= 0 */
    int legend;      /* nonzero to draw the legend */
    int camps;       /* nonzero to fill nodes by camp (camps of two or more actors) */
};

/* Default options: nodes sized by pagerank, legend on, no camp colours. */
void sg_dot_options_init(struct sg_dot_options *options);

/*
 * Renders the diagram as DOT text (unpositioned; NUL-terminated) into *text, freed by the caller
 * with free(). Node names are the validated actor ids; human text goes only into labels and
 * tooltips, escaped. Equal inputs give byte-identical text. Returns 0, SG_ERR_NOMEM or
 * SG_ERR_LIBRARY.
 */
int sg_write_dot(const struct sg_model *model, const struct sg_metrics *metrics,
                 const struct sg_dot_options *options, char **text);

/* The same text written to out, never held whole. Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY
 * (reported); out's own write errors are left to the caller (ferror). */
int sg_write_dot_to(FILE *out, const struct sg_model *model, const struct sg_metrics *metrics,
                    const struct sg_dot_options *options);

/* The fill of camp (numbered from 1) in diagrams drawn with camps: NULL when it has none (a
 * camp of one actor, or beyond the palette). */
const char *sg_dot_camp_colour(const struct sg_metrics *metrics, size_t camp);

#endif
