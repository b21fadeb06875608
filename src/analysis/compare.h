/*
 * Comparison of two snapshots (docs/COMPARE.md): which actors and ties appeared, vanished or
 * stayed, which ordered pairs flipped between support and criticism, how every metric and rank
 * moved, and how similar the two graphs are. Pure functions of two models and their metrics;
 * the diff points into them, so they must outlive it.
 */
#ifndef SG_ANALYSIS_COMPARE_H
#define SG_ANALYSIS_COMPARE_H

#include "analysis/measures.h"
#include "model/model.h"

#include <stddef.h>

#define SG_ABSENT ((size_t)-1)

/* How many actors the top-k overlap looks at (fewer when a snapshot has fewer actors). */
#define SG_COMPARE_TOP_K 10

enum sg_change { SG_CHANGE_KEPT, SG_CHANGE_ADDED, SG_CHANGE_REMOVED };

/* An actor of either snapshot: old actors in old order, then new ones in new order. */
struct sg_diff_actor {
    size_t old_index; /* SG_ABSENT when not in the old snapshot */
    size_t new_index; /* SG_ABSENT when not in the new snapshot */
};

/* A tie of either snapshot, keyed by (source, target, type), negotiation by the pair. */
struct sg_diff_tie {
    size_t old_tie; /* index into the old model's ties, or SG_ABSENT */
    size_t new_tie;
    size_t source, target; /* union actor indices, in the tie's own direction */
    enum sg_stance type;
    enum sg_change change;
    int flipped; /* it carries its ordered pair's new stance after a flip (see sg_diff_flip) */
};

/*
 * A realignment: on the ordered pair (source, target), net stance = support weight -
 * criticism weight changed sign between the snapshots (both nonzero).
 */
struct sg_diff_flip {
    size_t source, target; /* union actor indices */
    double old_net, new_net;
};

struct sg_diff_similarity {
    size_t common_actors;
    double jaccard_arcs; /* |arcs in both| / |arcs in either|, arcs as ordered pairs; 1 if none */
    double jaccard_ties; /* same over ties keyed with their stance type */
    int tau_pagerank_defined, tau_betweenness_defined;
    double tau_pagerank, tau_betweenness; /* Kendall tau-b over the common actors */
    size_t top_k;                         /* min(SG_COMPARE_TOP_K, old actors, new actors) */
    size_t top_common_pagerank, top_common_betweenness;
};

struct sg_diff {
    const struct sg_model *old_model, *new_model;
    const struct sg_metrics *old_metrics, *new_metrics;
    struct sg_diff_actor *actors;
    size_t actor_count, added_actors, removed_actors;
    struct sg_diff_tie *ties;
    size_t tie_count, added_ties, removed_ties, kept_ties, weight_changes;
    struct sg_diff_flip *flips;
    size_t flip_count;
    /* Common actors whose camp changed: each old camp is matched to the new camp holding most
     * of its common members (ties: the lower number); an actor switched when its new camp is
     * not its old camp's match. Union actor indices, in union order. */
    size_t *camp_switches;
    size_t camp_switch_count;
    /* Competition ranks (1 = largest) of every metric in each snapshot:
     * old_ranks[m * old actor count + i], likewise new_ranks. */
    size_t *old_ranks, *new_ranks;
    struct sg_diff_similarity similarity;
};

/*
 * Compares two snapshots into diff (uninitialised on entry; release with sg_diff_destroy).
 * Returns 0 or SG_ERR_NOMEM.
 */
int sg_compare(const struct sg_model *old_model, const struct sg_metrics *old_metrics,
               const struct sg_model *new_model, const struct sg_metrics *new_metrics,
               struct sg_diff *diff);

/* Frees what sg_compare allocated; accepts NULL. */
void sg_diff_destroy(struct sg_diff *diff);

/* Writes the key of a tie, "source<US>target<US>type" (negotiation: ids sorted), into key
 * (at least 140 bytes, enough for two 64-character ids). */
void sg_compare_tie_key(const struct sg_model *model, const struct sg_tie *tie, char *key);

#endif
