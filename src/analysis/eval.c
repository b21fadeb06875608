/*
 * Tie matching between a predicted and a gold snapshot, and the figures drawn from it.
 */
#include "analysis/eval.h"

#include "analysis/compare.h"
#include "base/diag.h"
#include "base/strindex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KEY_SIZE 140

/* The undirected key of a tie: ids sorted, then the type (for direction checks). */
static void pair_key(const struct sg_model *model, const struct sg_tie *tie, char *key)
{
    const char *a = model->actors[tie->source].id, *b = model->actors[tie->target].id;
    if (strcmp(b, a) < 0) {
        const char *swap = a;
        a = b;
        b = swap;
    }
    snprintf(key, KEY_SIZE, "%s\x1f%s\x1f%s", a, b, sg_stance_name(tie->type));
}

static int index_ties(const struct sg_model *model, int unordered, struct sg_strindex **out)
{
    char key[KEY_SIZE];
    struct sg_strindex *index = sg_strindex_new(model->tie_count);
    if (!index)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->tie_count; i++) {
        if (unordered)
            pair_key(model, &model->ties[i], key);
        else
            sg_compare_tie_key(model, &model->ties[i], key);
        if (sg_strindex_put(index, key, i) < 0) {
            sg_strindex_free(index);
            return SG_ERR_NOMEM;
        }
    }
    *out = index;
    return SG_OK;
}

/* Marks in hit[i] whether tie i of model is in other_ties; returns how many are. */
static size_t mark_hits(const struct sg_model *model, const struct sg_strindex *other_ties,
                        char *hit)
{
    char key[KEY_SIZE];
    size_t hits = 0;
    for (size_t i = 0; i < model->tie_count; i++) {
        sg_compare_tie_key(model, &model->ties[i], key);
        hit[i] = sg_strindex_get(other_ties, key) >= 0;
        hits += (size_t)hit[i];
    }
    return hits;
}

static void count_directions(const struct sg_model *predicted, const struct sg_strindex *gold_pairs,
                             struct sg_eval *eval)
{
    char key[KEY_SIZE];
    for (size_t i = 0; i < predicted->tie_count; i++) {
        const struct sg_tie *tie = &predicted->ties[i];
        if (tie->type == SG_STANCE_NEGOTIATION)
            continue;
        pair_key(predicted, tie, key);
        if (sg_strindex_get(gold_pairs, key) < 0)
            continue;
        eval->directed++;
        eval->same_direction += (size_t)eval->predicted_hit[i];
    }
}

int sg_eval_ties(const struct sg_model *predicted, const struct sg_model *gold,
                 struct sg_eval *eval)
{
    struct sg_strindex *gold_ties = NULL, *predicted_ties = NULL, *gold_pairs = NULL;
    memset(eval, 0, sizeof *eval);
    eval->predicted_hit = calloc(predicted->tie_count + 1, 1);
    eval->gold_hit = calloc(gold->tie_count + 1, 1);
    int err = eval->predicted_hit && eval->gold_hit ? SG_OK : SG_ERR_NOMEM;
    if (!err)
        err = index_ties(gold, 0, &gold_ties);
    if (!err)
        err = index_ties(predicted, 0, &predicted_ties);
    if (!err)
        err = index_ties(gold, 1, &gold_pairs);
    if (!err) {
        eval->hits = mark_hits(predicted, gold_ties, eval->predicted_hit);
        mark_hits(gold, predicted_ties, eval->gold_hit);
        count_directions(predicted, gold_pairs, eval);
        double hits = (double)eval->hits;
        double p = predicted->tie_count ? hits / (double)predicted->tie_count : 0.0;
        double r = gold->tie_count ? hits / (double)gold->tie_count : 0.0;
        eval->precision = p;
        eval->recall = r;
        eval->f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
    sg_strindex_free(gold_ties);
    sg_strindex_free(predicted_ties);
    sg_strindex_free(gold_pairs);
    if (err)
        sg_eval_destroy(eval);
    return err;
}

void sg_eval_destroy(struct sg_eval *eval)
{
    if (!eval)
        return;
    free(eval->predicted_hit);
    free(eval->gold_hit);
    eval->predicted_hit = NULL;
    eval->gold_hit = NULL;
}
