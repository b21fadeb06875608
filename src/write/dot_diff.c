/*
 * The diff diagram (docs/COMPARE.md): kept ties thin in their stance's style, added ties bold
 * and marked "new", removed ties grey and dotted, and the tie that carries a flipped pair's new
 * stance heavy and marked "flipped". Node fill shows the change of net stance: green for better,
 * orange for worse, deeper for larger changes; new actors have a dashed border, gone ones are grey.
 */
#include "write/dot_diff.h"

#include "base/diag.h"
#include "write/dot_common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REMOVED_COLOR "#9E9E9E"

static const struct sg_actor *actor_of(const struct sg_diff *diff, size_t union_index)
{
    const struct sg_diff_actor *a = &diff->actors[union_index];
    return a->new_index != SG_ABSENT ? &diff->new_model->actors[a->new_index]
                                     : &diff->old_model->actors[a->old_index];
}

static double net_stance_change(const struct sg_diff *diff, size_t union_index)
{
    const struct sg_diff_actor *a = &diff->actors[union_index];
    double before =
        a->old_index != SG_ABSENT ? diff->old_metrics->actors[a->old_index].net_stance : 0.0;
    double after =
        a->new_index != SG_ABSENT ? diff->new_metrics->actors[a->new_index].net_stance : 0.0;
    return after - before;
}

/* Mixes white with the stance colour by share (0..1) into "#RRGGBB". */
static void tint(const char *color, double share, char out[8])
{
    unsigned r, g, b;
    sscanf(color + 1, "%2x%2x%2x", &r, &g, &b);
    unsigned mr = (unsigned)lround(255 - (255 - r) * share);
    unsigned mg = (unsigned)lround(255 - (255 - g) * share);
    unsigned mb = (unsigned)lround(255 - (255 - b) * share);
    snprintf(out, 8, "#%02X%02X%02X", mr, mg, mb);
}

static void add_actor(struct sg_dot_builder *b, const struct sg_diff *diff, size_t index,
                      double largest_change)
{
    const struct sg_diff_actor *a = &diff->actors[index];
    const struct sg_actor *actor = actor_of(diff, index);
    Agnode_t *node = agnode(b->root, actor->id, 1);
    if (!node) {
        b->failed = 1;
        return;
    }
    double change = net_stance_change(diff, index);
    struct sg_dot_text label = {0}, tooltip = {0};
    sg_dot_text_escaped(&label, actor->name);
    sg_dot_text_escaped(&tooltip, actor->name);
    if (a->old_index == SG_ABSENT) {
        sg_dot_text_append(&label, "\\n(new)", 7);
        sg_dot_set(b, node, "style", "filled,dashed");
        sg_dot_set(b, node, "penwidth", "2");
    } else if (a->new_index == SG_ABSENT) {
        sg_dot_text_append(&label, "\\n(gone)", 8);
        sg_dot_set(b, node, "fontcolor", REMOVED_COLOR);
        sg_dot_set(b, node, "color", REMOVED_COLOR);
        sg_dot_set(b, node, "style", "filled,dotted");
    }
    sg_dot_text_printf(&tooltip, "\\nnet stance change %+.3f", change);
    char fill[8] = "#FFFFFF";
    if (a->new_index == SG_ABSENT)
        snprintf(fill, sizeof fill, "#F2F2F2");
    else if (fabs(change) > 1e-12 && largest_change > 0)
        tint(sg_dot_stance_color[change > 0 ? SG_STANCE_SUPPORT : SG_STANCE_CRITICISM],
             0.15 + 0.45 * fabs(change) / largest_change, fill);
    sg_dot_set(b, node, "fillcolor", fill);
    sg_dot_set(b, node, "label", sg_dot_text_take(b, &label));
    sg_dot_set(b, node, "tooltip", sg_dot_text_take(b, &tooltip));
    sg_dot_set(b, node, "shape", sg_dot_actor_shape[actor->type]);
    free(label.data);
    free(tooltip.data);
}

static void add_tie(struct sg_dot_builder *b, const struct sg_diff *diff,
                    const struct sg_diff_tie *tie)
{
    Agnode_t *tail = agnode(b->root, (char *)actor_of(diff, tie->source)->id, 0);
    Agnode_t *head = agnode(b->root, (char *)actor_of(diff, tie->target)->id, 0);
    Agedge_t *edge = tail && head ? agedge(b->root, tail, head, NULL, 1) : NULL;
    if (!edge) {
        b->failed = 1;
        return;
    }
    double before = tie->old_tie != SG_ABSENT ? diff->old_model->ties[tie->old_tie].weight : 0;
    double after = tie->new_tie != SG_ABSENT ? diff->new_model->ties[tie->new_tie].weight : 0;
    double weight = tie->change == SG_CHANGE_REMOVED ? before : after;
    const char *color = sg_dot_stance_color[tie->type];
    char number[32];
    struct sg_dot_text tooltip = {0};
    sg_dot_text_escaped(&tooltip, actor_of(diff, tie->source)->name);
    sg_dot_text_printf(&tooltip, " %s ", sg_dot_stance_verb[tie->type]);
    sg_dot_text_escaped(&tooltip, actor_of(diff, tie->target)->name);
    double width = 1.0 + 2.5 * (weight > 2.0 ? 2.0 : weight);
    if (tie->flipped) {
        sg_dot_text_printf(&tooltip, ": flipped, weight %.3g", after);
        sg_dot_set(b, edge, "label", "flipped");
        sg_dot_set(b, edge, "style", "bold");
        width += 2.0;
    } else if (tie->change == SG_CHANGE_ADDED) {
        sg_dot_text_printf(&tooltip, ": new, weight %.3g", after);
        sg_dot_set(b, edge, "label", "new");
        sg_dot_set(b, edge, "style", tie->type == SG_STANCE_CRITICISM ? "dashed,bold" : "bold");
        width += 1.0;
    } else if (tie->change == SG_CHANGE_REMOVED) {
        sg_dot_text_printf(&tooltip, ": gone, weight was %.3g", before);
        sg_dot_set(b, edge, "label", "gone");
        sg_dot_set(b, edge, "style", "dotted");
        color = REMOVED_COLOR;
        width = 1.5;
    } else {
        sg_dot_text_printf(&tooltip, ": kept, weight %.3g -> %.3g", before, after);
        sg_dot_set(b, edge, "style", sg_dot_stance_style[tie->type]);
        if (fabs(after - before) > 1e-12) {
            snprintf(number, sizeof number, "%+.2f", after - before);
            sg_dot_set(b, edge, "label", number);
        }
    }
    sg_dot_set(b, edge, "color", color);
    sg_dot_set(b, edge, "fontcolor", color);
    sg_dot_set(b, edge, "fontsize", "10");
    sg_dot_set(b, edge, "arrowhead", sg_dot_stance_arrow[tie->type]);
    if (tie->type == SG_STANCE_NEGOTIATION) {
        sg_dot_set(b, edge, "dir", "both");
        sg_dot_set(b, edge, "arrowtail", sg_dot_stance_arrow[tie->type]);
    }
    snprintf(number, sizeof number, "%.2f", width);
    sg_dot_set(b, edge, "penwidth", number);
    sg_dot_set(b, edge, "tooltip", sg_dot_text_take(b, &tooltip));
    free(tooltip.data);
}

static void add_legend(struct sg_dot_builder *b)
{
    struct sg_dot_text html = {0};
    char light[8], strong[8];
    sg_dot_legend_begin(&html, "What changed");
    sg_dot_text_printf(&html, "<tr><td>thin</td><td align=\"left\">kept (label: weight "
                              "change)</td></tr>");
    sg_dot_text_printf(&html, "<tr><td><b>bold, new</b></td><td align=\"left\">added "
                              "tie</td></tr>");
    sg_dot_text_printf(&html, "<tr><td><font color=\"" REMOVED_COLOR "\">┄┄┄ gone</font>"
                              "</td><td align=\"left\">removed tie</td></tr>");
    sg_dot_text_printf(&html, "<tr><td><b>heavy, flipped</b></td><td align=\"left\">support "
                              "turned criticism, or back</td></tr>");
    tint(sg_dot_stance_color[SG_STANCE_SUPPORT], 0.45, light);
    tint(sg_dot_stance_color[SG_STANCE_CRITICISM], 0.45, strong);
    sg_dot_text_printf(&html,
                       "<tr><td bgcolor=\"%s\">  </td><td align=\"left\">net stance "
                       "rose</td></tr><tr><td bgcolor=\"%s\">  </td><td align=\"left\">net "
                       "stance fell</td></tr>",
                       light, strong);
    sg_dot_text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">(new) dashed border, "
                              "(gone) grey</td></tr>");
    sg_dot_add_legend(b, &html);
}

int sg_write_dot_diff(const struct sg_diff *diff, char **text)
{
    struct sg_dot_builder b = {0};
    char name[160];
    int err;
    *text = NULL;
    snprintf(name, sizeof name, "%s--%s", diff->old_model->info.id, diff->new_model->info.id);
    b.root = sg_dot_open(name);
    if (!b.root)
        return SG_ERR_NOMEM;
    struct sg_dot_text label = {0};
    sg_dot_text_append(&label, "What changed: ", 14);
    sg_dot_text_escaped(&label, diff->old_model->info.date);
    sg_dot_text_append(&label, " → ", strlen(" → "));
    sg_dot_text_escaped(&label, diff->new_model->info.date);
    if (diff->new_model->info.title) {
        sg_dot_text_append(&label, "\\n", 2);
        sg_dot_text_escaped(&label, diff->new_model->info.title);
    }
    sg_dot_graph_attributes(&b, sg_dot_text_take(&b, &label));
    free(label.data);

    double largest_change = 0;
    for (size_t i = 0; i < diff->actor_count; i++)
        if (fabs(net_stance_change(diff, i)) > largest_change)
            largest_change = fabs(net_stance_change(diff, i));
    for (size_t i = 0; i < diff->actor_count && !b.failed; i++)
        add_actor(&b, diff, i, largest_change);
    for (size_t i = 0; i < diff->tie_count && !b.failed; i++)
        add_tie(&b, diff, &diff->ties[i]);
    if (!b.failed)
        add_legend(&b);
    err = b.failed ? SG_ERR_LIBRARY : sg_dot_to_text(b.root, text);
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("graphviz failed while building the diff diagram");
    agclose(b.root);
    return err;
}
