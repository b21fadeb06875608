/*
 * The human summary of a diff, printed by 'stancegraph diff': counts, flips, camp switches,
 * the largest risers and fallers by one metric, new and lost ties, and the similarity
 * measures. The JSON report is in json_diff.c.
 */
#include "write/diff.h"

#include "base/diag.h"
#include "base/stats.h"

#include <math.h>
#include <stdlib.h>

/* The actor at union_index, as described in the old snapshot when it is there. */
static const struct sg_actor *actor_of(const struct sg_diff *diff, size_t union_index)
{
    const struct sg_diff_actor *a = &diff->actors[union_index];
    return a->old_index != SG_ABSENT ? &diff->old_model->actors[a->old_index]
                                     : &diff->new_model->actors[a->new_index];
}

struct mover {
    size_t actor; /* union index */
    double delta;
};

static int compare_movers(const void *left, const void *right)
{
    const struct mover *a = left, *b = right;
    return sg_stats_compare_ranked(a->delta, a->actor, b->delta, b->actor);
}

static void print_tie(const struct sg_diff *diff, const struct sg_diff_tie *tie, FILE *out)
{
    const struct sg_model *model = tie->new_tie != SG_ABSENT ? diff->new_model : diff->old_model;
    size_t index = tie->new_tie != SG_ABSENT ? tie->new_tie : tie->old_tie;
    fprintf(out, "  %s %s %s (%s, weight %.2f)\n", actor_of(diff, tie->source)->id,
            tie->type == SG_STANCE_NEGOTIATION ? "<->" : "->", actor_of(diff, tie->target)->id,
            sg_stance_name(tie->type), model->ties[index].weight);
}

static void print_ties(const struct sg_diff *diff, enum sg_change change, const char *heading,
                       size_t limit, FILE *out)
{
    size_t total = change == SG_CHANGE_ADDED ? diff->added_ties : diff->removed_ties, shown = 0;
    fprintf(out, "%s: %zu\n", heading, total);
    for (size_t i = 0; i < diff->tie_count && shown < limit; i++)
        if (diff->ties[i].change == change) {
            print_tie(diff, &diff->ties[i], out);
            shown++;
        }
    if (shown < total)
        fprintf(out, "  (%zu more in the JSON report)\n", total - shown);
}

int sg_write_diff_summary(const struct sg_diff *diff, int metric, size_t limit, FILE *out)
{
    const struct sg_diff_similarity *s = &diff->similarity;
    fprintf(out, "%s (%s) -> %s (%s)\n", diff->old_model->info.id, diff->old_model->info.date,
            diff->new_model->info.id, diff->new_model->info.date);
    fprintf(out, "actors: %zu -> %zu (%zu added, %zu removed)\n", diff->old_model->actor_count,
            diff->new_model->actor_count, diff->added_actors, diff->removed_actors);
    fprintf(out, "ties: %zu -> %zu (%zu added, %zu removed, %zu kept, %zu reweighted)\n",
            diff->old_model->tie_count, diff->new_model->tie_count, diff->added_ties,
            diff->removed_ties, diff->kept_ties, diff->weight_changes);

    fprintf(out, "flips: %zu\n", diff->flip_count);
    for (size_t i = 0; i < diff->flip_count; i++) {
        const struct sg_diff_flip *f = &diff->flips[i];
        fprintf(out, "  %s -> %s: %s (%+.2f) to %s (%+.2f)\n", actor_of(diff, f->source)->id,
                actor_of(diff, f->target)->id, f->old_net > 0 ? "support" : "criticism", f->old_net,
                f->new_net > 0 ? "support" : "criticism", f->new_net);
    }

    fprintf(out, "camp switches: %zu", diff->camp_switch_count);
    for (size_t i = 0; i < diff->camp_switch_count; i++)
        fprintf(out, "%s%s", i ? ", " : " (", actor_of(diff, diff->camp_switches[i])->id);
    fputs(diff->camp_switch_count ? ")\n" : "\n", out);

    struct mover *movers = malloc((diff->actor_count + 1) * sizeof *movers);
    size_t count = 0;
    for (size_t i = 0; movers && i < diff->actor_count; i++) {
        const struct sg_diff_actor *a = &diff->actors[i];
        if (a->old_index == SG_ABSENT || a->new_index == SG_ABSENT)
            continue;
        double before = sg_metric_value(&diff->old_metrics->actors[a->old_index], (size_t)metric);
        double after = sg_metric_value(&diff->new_metrics->actors[a->new_index], (size_t)metric);
        if (fabs(after - before) > 1e-12)
            movers[count++] = (struct mover){i, after - before};
    }
    int movers_sorted = movers != NULL;
    if (movers) {
        qsort(movers, count, sizeof *movers, compare_movers);
        const char *name = sg_metric_table[metric].name;
        size_t risers = 0, fallers = 0;
        for (size_t i = 0; i < count; i++)
            risers += movers[i].delta > 0;
        fallers = count - risers;
        fprintf(out, "risers by %s: %zu\n", name, risers);
        for (size_t i = 0; i < risers && i < limit; i++)
            fprintf(out, "  %-24s %+.4f\n", actor_of(diff, movers[i].actor)->id, movers[i].delta);
        fprintf(out, "fallers by %s: %zu\n", name, fallers);
        for (size_t i = 0; i < fallers && i < limit; i++) {
            const struct mover *m = &movers[count - 1 - i];
            fprintf(out, "  %-24s %+.4f\n", actor_of(diff, m->actor)->id, m->delta);
        }
        free(movers);
    }
    print_ties(diff, SG_CHANGE_ADDED, "new ties", limit, out);
    print_ties(diff, SG_CHANGE_REMOVED, "lost ties", limit, out);

    fprintf(out, "similarity: Jaccard arcs %.3f, ties %.3f; ", s->jaccard_arcs, s->jaccard_ties);
    if (s->tau_pagerank_defined)
        fprintf(out, "Kendall tau-b pagerank %.3f, ", s->tau_pagerank);
    else
        fprintf(out, "Kendall tau-b pagerank undefined, ");
    if (s->tau_betweenness_defined)
        fprintf(out, "betweenness %.3f; ", s->tau_betweenness);
    else
        fprintf(out, "betweenness undefined; ");
    fprintf(out, "top-%zu in common: pagerank %zu, betweenness %zu\n", s->top_k,
            s->top_common_pagerank, s->top_common_betweenness);
    return movers_sorted ? SG_OK : SG_ERR_NOMEM;
}
