/*
 * Scoring a proposed snapshot against a gold one: which ties match on (source, target, type)
 * (negotiation ties by the unordered pair), precision, recall and F1, and direction accuracy.
 */
#ifndef SG_ANALYSIS_EVAL_H
#define SG_ANALYSIS_EVAL_H

#include "model/model.h"

#include <stddef.h>

struct sg_eval {
    size_t hits;           /* predicted ties that gold has too */
    double precision;      /* hits / predicted ties; 0 when none is predicted */
    double recall;         /* hits / gold ties; 0 when gold has none */
    double f1;             /* their harmonic mean; 0 when both are 0 */
    size_t directed;       /* predicted support and criticism ties on a gold pair of that type */
    size_t same_direction; /* of those, the ones gold has in the same direction */
    char *predicted_hit;   /* per predicted tie: 1 when gold has it (else a false tie) */
    char *gold_hit;        /* per gold tie: 1 when predicted has it (else a missed tie) */
};

/*
 * Scores predicted against gold (actors matched by id) into eval, which the caller destroys.
 * On a gold pair of a type, a predicted tie's direction is right when gold has that very tie (a
 * reciprocal gold pair has both directions, so either is right). Returns 0 or SG_ERR_NOMEM.
 */
int sg_eval_ties(const struct sg_model *predicted, const struct sg_model *gold,
                 struct sg_eval *eval);

/* Frees what sg_eval_ties allocated; accepts NULL. */
void sg_eval_destroy(struct sg_eval *eval);

#endif
