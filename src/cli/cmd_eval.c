/*
 * stancegraph eval: how well a proposed snapshot (from extract, or anyone) matches a gold
 * snapshot: precision, recall and F1 on (source, target, type) ties, direction accuracy, and
 * the ties missed and the false ones.
 */
#include "analysis/compare.h"
#include "base/diag.h"
#include "base/strindex.h"
#include "cli/command.h"
#include "load/input.h"
#include "load/json.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: stancegraph eval [-q] PREDICTED GOLD\n"
    "\n"
    "Compares the ties of PREDICTED with those of GOLD (both stancegraph/1 snapshots; actors\n"
    "matched by id). A tie is (source, target, type), negotiation ties by the unordered pair.\n"
    "Prints precision, recall and F1, direction accuracy (of the predicted support and\n"
    "criticism ties whose pair and type are in GOLD, the share pointing the same way), then\n"
    "the ties missed and the false ties.\n"
    "\n"
    "options:\n"
    "  -q, --quiet   print only the figures, not the lists\n"
    "      --input-format F\n"
    "                read inputs as json, dot or csv (default: by\n"
    "                extension: .dot/.gv, .csv, else json)\n"
    "  -h, --help    show this help\n"
    "\n"
    "exit status: 0 ok, 64 usage, 65 invalid snapshot, 66 cannot read input.\n";

/* The undirected key of a tie: ids sorted, then the type (for direction checks). */
static void pair_key(const struct sg_model *model, const struct sg_tie *tie, char *key)
{
    const char *a = model->actors[tie->source].id, *b = model->actors[tie->target].id;
    if (strcmp(b, a) < 0) {
        const char *swap = a;
        a = b;
        b = swap;
    }
    snprintf(key, 140, "%s\x1f%s\x1f%s", a, b, sg_stance_name(tie->type));
}

static int index_ties(const struct sg_model *model, int unordered, struct sg_strindex **out)
{
    char key[140];
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

static void print_tie(const struct sg_model *model, const struct sg_tie *tie)
{
    printf("  %s %s %s (%s)\n", model->actors[tie->source].id,
           tie->type == SG_STANCE_NEGOTIATION ? "<->" : "->", model->actors[tie->target].id,
           sg_stance_name(tie->type));
}

static int evaluate(const struct sg_model *predicted, const struct sg_model *gold, int quiet)
{
    struct sg_strindex *gold_ties = NULL, *predicted_ties = NULL, *gold_pairs = NULL;
    char key[140];
    size_t hits = 0, directed = 0, same_direction = 0;
    int err = index_ties(gold, 0, &gold_ties);
    if (!err)
        err = index_ties(predicted, 0, &predicted_ties);
    if (!err)
        err = index_ties(gold, 1, &gold_pairs);
    if (err)
        goto out;
    for (size_t i = 0; i < predicted->tie_count; i++) {
        const struct sg_tie *tie = &predicted->ties[i];
        sg_compare_tie_key(predicted, tie, key);
        int hit = sg_strindex_get(gold_ties, key) >= 0;
        hits += (size_t)hit;
        if (tie->type == SG_STANCE_NEGOTIATION)
            continue;
        pair_key(predicted, tie, key);
        if (sg_strindex_get(gold_pairs, key) < 0)
            continue;
        /* On a gold pair of this type, the direction is right when the gold has this very tie
         * (a reciprocal gold pair has both directions, so either is right). */
        directed++;
        same_direction += (size_t)hit;
    }
    double precision = predicted->tie_count ? (double)hits / (double)predicted->tie_count : 0.0;
    double recall = gold->tie_count ? (double)hits / (double)gold->tie_count : 0.0;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    printf("predicted ties: %zu, gold ties: %zu, correct: %zu\n", predicted->tie_count,
           gold->tie_count, hits);
    printf("precision %.3f, recall %.3f, F1 %.3f\n", precision, recall, f1);
    if (directed)
        printf("direction accuracy %.3f (%zu of %zu support and criticism ties on gold pairs)\n",
               (double)same_direction / (double)directed, same_direction, directed);
    else
        printf("direction accuracy: no predicted support or criticism tie on a gold pair\n");
    if (!quiet) {
        printf("missed (in gold, not predicted): %zu\n", gold->tie_count - hits);
        for (size_t i = 0; i < gold->tie_count; i++) {
            sg_compare_tie_key(gold, &gold->ties[i], key);
            if (sg_strindex_get(predicted_ties, key) < 0)
                print_tie(gold, &gold->ties[i]);
        }
        printf("false (predicted, not in gold): %zu\n", predicted->tie_count - hits);
        for (size_t i = 0; i < predicted->tie_count; i++) {
            sg_compare_tie_key(predicted, &predicted->ties[i], key);
            if (sg_strindex_get(gold_ties, key) < 0)
                print_tie(predicted, &predicted->ties[i]);
        }
    }
out:
    sg_strindex_free(gold_ties);
    sg_strindex_free(predicted_ties);
    sg_strindex_free(gold_pairs);
    return err;
}

int cmd_eval(int argc, char **argv)
{
    static const struct option options[] = {
        {"quiet", no_argument, NULL, 'q'}, {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
    int quiet = 0, c;
    opterr = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qh", options, NULL)) != -1) {
        switch (c) {
        case 'q':
            quiet = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return SG_EXIT_OK;
        default:
            return sg_cmd_usage_error("eval", "unknown option '%s'", argv[optind - 1]);
        }
    }
    if (argc - optind != 2)
        return sg_cmd_usage_error("eval", "two snapshots are needed, PREDICTED and GOLD (got %d)",
                                  argc - optind);
    struct sg_model predicted, gold;
    sg_model_init(&predicted);
    sg_model_init(&gold);
    int err = sg_load_input(argv[optind], &predicted);
    int gold_err = sg_load_input(argv[optind + 1], &gold);
    if (!err)
        err = gold_err;
    if (!err)
        err = evaluate(&predicted, &gold, quiet);
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    sg_model_destroy(&predicted);
    sg_model_destroy(&gold);
    return sg_exit_status_for(err);
}
