/*
 * The report's "What changed" (report_parts.h): one tab per pair of consecutive snapshots, the
 * latest shown first; each says in tables which actors came and went, which ties were added,
 * lost or reweighted, and which pairs flipped between support and criticism, with names. The
 * tabs are buttons the script brings to life; without it, and in print, every change shows.
 */
#include "render/html.h"
#include "render/report_parts.h"

#include <math.h>
#include <stdio.h>

static const char *diff_actor_name(const struct sg_diff *diff, size_t actor)
{
    const struct sg_diff_actor *a = &diff->actors[actor];
    if (a->new_index != SG_ABSENT)
        return diff->new_model->actors[a->new_index].name;
    return diff->old_model->actors[a->old_index].name;
}

static void names(FILE *out, const struct sg_diff *diff, int added, size_t count)
{
    if (count == 0)
        return;
    fprintf(out, "<h4>Actors %s</h4><ul class=\"names\">", added ? "added" : "gone");
    for (size_t i = 0; i < diff->actor_count; i++) {
        const struct sg_diff_actor *a = &diff->actors[i];
        if ((added && a->old_index == SG_ABSENT) || (!added && a->new_index == SG_ABSENT)) {
            fputs("<li>", out);
            sg_html_escaped(out, diff_actor_name(diff, i));
            fputs("</li>", out);
        }
    }
    fputs("</ul>\n", out);
}

enum tie_change { TIE_ADDED, TIE_LOST, TIE_REWEIGHTED, TIE_CHANGES };

static enum tie_change tie_change(const struct sg_diff *diff, const struct sg_diff_tie *tie)
{
    if (tie->change == SG_CHANGE_ADDED)
        return TIE_ADDED;
    if (tie->change == SG_CHANGE_REMOVED)
        return TIE_LOST;
    double before = diff->old_model->ties[tie->old_tie].weight;
    double after = diff->new_model->ties[tie->new_tie].weight;
    return fabs(after - before) > 1e-12 ? TIE_REWEIGHTED : TIE_CHANGES;
}

static void weight(FILE *out, const struct sg_model *model, size_t tie)
{
    if (tie == SG_ABSENT)
        fputs("none", out);
    else
        fprintf(out, "%g", model->ties[tie].weight);
}

/* Each changed tie as a sentence with its weight before and after: three columns, which fit
 * a phone's width. */
static void ties_table(FILE *out, const struct sg_diff *diff)
{
    static const char *labels[] = {"added", "lost", "reweighted"};
    if (diff->added_ties + diff->removed_ties + diff->weight_changes == 0)
        return;
    fputs("<h4>Ties</h4><div class=\"scroll\"><table class=\"changes\"><thead><tr><th>Change"
          "</th><th>Tie</th><th class=\"n\">Weight</th></tr></thead><tbody>\n",
          out);
    for (int kind = TIE_ADDED; kind < TIE_CHANGES; kind++)
        for (size_t i = 0; i < diff->tie_count; i++) {
            const struct sg_diff_tie *tie = &diff->ties[i];
            if (tie_change(diff, tie) != (enum tie_change)kind)
                continue;
            fprintf(out, "<tr class=\"tie-%s\"><td>%s</td><td>", labels[kind], labels[kind]);
            sg_html_escaped(out, diff_actor_name(diff, tie->source));
            fprintf(out, " %s ", sg_report_stance_verb(tie->type));
            sg_html_escaped(out, diff_actor_name(diff, tie->target));
            fputs("</td><td class=\"n\">", out);
            weight(out, diff->old_model, tie->old_tie);
            fputs(" → ", out);
            weight(out, diff->new_model, tie->new_tie);
            fputs("</td></tr>\n", out);
        }
    fputs("</tbody></table></div>\n", out);
}

static void flips_table(FILE *out, const struct sg_diff *diff)
{
    if (diff->flip_count == 0)
        return;
    fputs("<h4>Turned around</h4><p>Pairs whose net stance (support minus criticism) changed "
          "sign.</p><div class=\"scroll\"><table class=\"changes\"><thead><tr><th>Now</th>"
          "<th>Pair</th><th class=\"n\">Net stance</th></tr></thead><tbody>\n",
          out);
    for (size_t i = 0; i < diff->flip_count; i++) {
        const struct sg_diff_flip *flip = &diff->flips[i];
        fprintf(out, "<tr><td>%s</td><td>", flip->new_net > 0 ? "supports" : "criticises");
        sg_html_escaped(out, diff_actor_name(diff, flip->source));
        fputs(" → ", out);
        sg_html_escaped(out, diff_actor_name(diff, flip->target));
        fprintf(out, "</td><td class=\"n\">%g → %g</td></tr>\n", flip->old_net, flip->new_net);
    }
    fputs("</tbody></table></div>\n", out);
}

/* "1 pair" or "3 pairs". */
static void counted(FILE *out, size_t count, const char *one, const char *many)
{
    fprintf(out, "%zu %s", count, count == 1 ? one : many);
}

static void change_panel(FILE *out, const struct sg_timeline *t, size_t s)
{
    const struct sg_diff *diff = &t->changes[s - 1];
    fprintf(out,
            "<section class=\"tabpanel\" role=\"tabpanel\" id=\"change-%zu\" "
            "aria-labelledby=\"tab-%zu\"><h3>",
            s, s);
    sg_html_escaped(out, t->models[s - 1].info.date);
    fputs(" → ", out);
    sg_html_escaped(out, t->models[s].info.date);
    fputs(t->models[s].info.title ? ": " : "", out);
    sg_html_escaped(out, t->models[s].info.title);
    fputs("</h3>\n<p>", out);
    counted(out, diff->added_actors, "actor", "actors");
    fprintf(out, " added, %zu gone; ", diff->removed_actors);
    counted(out, diff->added_ties, "tie", "ties");
    fprintf(out, " added, %zu lost, %zu reweighted; ", diff->removed_ties, diff->weight_changes);
    counted(out, diff->flip_count, "pair", "pairs");
    fputs(" turned around.</p>\n", out);
    names(out, diff, 1, diff->added_actors);
    names(out, diff, 0, diff->removed_actors);
    ties_table(out, diff);
    flips_table(out, diff);
    fputs("</section>\n", out);
}

void sg_report_changes(FILE *out, const struct sg_report *report)
{
    const struct sg_timeline *t = report->timeline;
    fputs("<h2 id=\"changes\">What changed</h2>\n<p>From each snapshot to the next; choose a "
          "step.</p>\n<div role=\"tablist\" hidden aria-label=\"Changes between snapshots\">",
          out);
    for (size_t s = 1; s < t->count; s++) {
        fprintf(out,
                "<button type=\"button\" role=\"tab\" id=\"tab-%zu\" aria-controls=\"change-%zu\">",
                s, s);
        sg_html_escaped(out, t->models[s - 1].info.date);
        fputs(" → ", out);
        sg_html_escaped(out, t->models[s].info.date);
        fputs("</button>", out);
    }
    fputs("</div>\n", out);
    for (size_t s = 1; s < t->count; s++)
        change_panel(out, t, s);
}
