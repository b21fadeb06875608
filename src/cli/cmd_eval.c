/*
 * stancegraph eval: how well a proposed snapshot (from extract, or anyone) matches a gold
 * snapshot: precision, recall and F1 on (source, target, type) ties, direction accuracy, and
 * the ties missed and the false ones. The scoring is analysis/eval's; this file prints it.
 */
#include "analysis/eval.h"
#include "base/diag.h"
#include "cli/command.h"

#include <stdio.h>

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

static void print_tie(const struct sg_model *model, const struct sg_tie *tie)
{
    printf("  %s %s %s (%s)\n", model->actors[tie->source].id,
           tie->type == SG_STANCE_NEGOTIATION ? "<->" : "->", model->actors[tie->target].id,
           sg_stance_name(tie->type));
}

/* Prints the ties of model whose hit flag is 0. */
static void print_unmatched(const struct sg_model *model, const char *hit)
{
    for (size_t i = 0; i < model->tie_count; i++)
        if (!hit[i])
            print_tie(model, &model->ties[i]);
}

static void print_eval(const struct sg_eval *eval, const struct sg_model *predicted,
                       const struct sg_model *gold, int quiet)
{
    printf("predicted ties: %zu, gold ties: %zu, correct: %zu\n", predicted->tie_count,
           gold->tie_count, eval->hits);
    printf("precision %.3f, recall %.3f, F1 %.3f\n", eval->precision, eval->recall, eval->f1);
    if (eval->directed)
        printf("direction accuracy %.3f (%zu of %zu support and criticism ties on gold pairs)\n",
               (double)eval->same_direction / (double)eval->directed, eval->same_direction,
               eval->directed);
    else
        printf("direction accuracy: no predicted support or criticism tie on a gold pair\n");
    if (quiet)
        return;
    printf("missed (in gold, not predicted): %zu\n", gold->tie_count - eval->hits);
    print_unmatched(gold, eval->gold_hit);
    printf("false (predicted, not in gold): %zu\n", predicted->tie_count - eval->hits);
    print_unmatched(predicted, eval->predicted_hit);
}

static int run(struct sg_invocation *invocation)
{
    if (invocation->operand_count != 2)
        return sg_cmd_usage_error(invocation,
                                  "two snapshots are needed, PREDICTED and GOLD (got %d)",
                                  invocation->operand_count);
    struct sg_model predicted, gold;
    struct sg_eval eval = {0};
    sg_model_init(&predicted);
    sg_model_init(&gold);
    int err = sg_cmd_load(invocation, invocation->operands[0], &predicted);
    int gold_err = sg_cmd_load(invocation, invocation->operands[1], &gold);
    if (!err)
        err = gold_err;
    if (!err)
        err = sg_eval_ties(&predicted, &gold, &eval);
    if (!err)
        print_eval(&eval, &predicted, &gold, invocation->quiet);
    sg_eval_destroy(&eval);
    sg_model_destroy(&predicted);
    sg_model_destroy(&gold);
    return sg_cmd_exit_status(err);
}

const struct sg_command sg_command_eval = {
    .name = "eval",
    .summary = "score a proposed snapshot's ties against a gold snapshot",
    .usage = usage,
    .shared = SG_SHARED_QUIET,
    .short_options = "",
    .run = run,
};
