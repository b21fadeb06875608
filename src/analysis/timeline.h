/*
 * A timeline: snapshots in date order (ties broken by id), the union of their actors, each
 * actor's place in each snapshot, and the comparison of every consecutive pair.
 */
#ifndef SG_ANALYSIS_TIMELINE_H
#define SG_ANALYSIS_TIMELINE_H

#include "analysis/compare.h"
#include "analysis/measures.h"
#include "model/model.h"

#include <stddef.h>

struct sg_timeline {
    struct sg_model *models; /* owned, sorted by (date, id) */
    struct sg_metrics *metrics;
    size_t count;
    const char **actor_ids; /* union of actors, in order of first appearance */
    size_t actor_count;
    size_t *index;           /* index[s * actor_count + a]: actor a in snapshot s, or SG_ABSENT */
    struct sg_diff *changes; /* count - 1 comparisons: snapshot s against s + 1 */
};

/*
 * Builds a timeline from count models and their metrics, taking ownership of both arrays
 * (heap-allocated; freed by sg_timeline_destroy, also on failure). Reports and returns
 * SG_ERR_DATA when two snapshots share an id; otherwise 0 or SG_ERR_NOMEM.
 */
int sg_timeline_build(struct sg_model *models, struct sg_metrics *metrics, size_t count,
                      struct sg_timeline *timeline);

/* Frees the timeline and everything it owns; accepts NULL. */
void sg_timeline_destroy(struct sg_timeline *timeline);

/* The metrics of actor a in snapshot s, or NULL when a is absent from s. */
const struct sg_actor_metrics *sg_timeline_actor_metrics(const struct sg_timeline *timeline,
                                                         size_t s, size_t a);

#endif
