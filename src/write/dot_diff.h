/*
 * The diff diagram: the union of two snapshots as DOT, with added, removed, flipped and kept
 * ties told apart, actors coloured by the change of their net stance, and a legend.
 */
#ifndef SG_WRITE_DOT_DIFF_H
#define SG_WRITE_DOT_DIFF_H

#include "analysis/compare.h"

/*
 * Renders the diff diagram of diff as DOT text into *text (freed by the caller with free()).
 * Node names are actor ids, as in the snapshot diagrams, so positions carry over between them.
 * Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY.
 */
int sg_write_dot_diff(const struct sg_diff *diff, char **text);

#endif
