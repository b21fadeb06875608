/*
 * The snapshot diagram: one node per actor (filled by group, or by camp), one edge per tie, a
 * legend.
 * Beside the drawing attributes it carries the snapshot itself (sg_snapshot on the graph,
 * sg_actor on nodes, stance, weight and sg_relations on edges), so that it reads back to the
 * same snapshot (load/dot.c). The JSON text of those attributes comes from the JSON
 * writer (write/json.h); this file only escapes it for cgraph.
 */
#include "write/dot.h"

#include "base/diag.h"
#include "base/stats.h"
#include "write/dot_common.h"
#include "write/json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double largest_value(const struct sg_metrics *metrics, int metric)
{
    double largest = 0.0;
    for (size_t i = 0; i < metrics->actor_count; i++) {
        double v = sg_metric_value(&metrics->actors[i], (size_t)metric);
        if (v > largest)
            largest = v;
    }
    return largest;
}

/* Light fills for camps, numbered by size: enough for the camps a reader can tell apart. */
static const char *const camp_fill[] = {"#9ECAE1", "#FDAE6B", "#A1D99B",
                                        "#DADAEB", "#FDD0A2", "#C7E9C0"};
#define CAMP_FILLS (sizeof camp_fill / sizeof camp_fill[0])

/* The actor's camp number, 0 when it has none. */
static size_t camp_number(const struct sg_actor_metrics *m)
{
    return isnan(m->camp) ? 0 : (size_t)m->camp;
}

/*
 * The fill of every actor under --camps: a colour for each of the first CAMP_FILLS camps that
 * has two or more actors, none (NULL) for the rest. Returns NULL on out of memory.
 */
static const char **camp_colours(const struct sg_metrics *metrics)
{
    size_t sizes[CAMP_FILLS + 1] = {0};
    const char **fills = calloc(metrics->actor_count + 1, sizeof *fills);
    if (!fills)
        return NULL;
    for (size_t i = 0; i < metrics->actor_count; i++) {
        size_t camp = camp_number(&metrics->actors[i]);
        if (camp >= 1 && camp <= CAMP_FILLS)
            sizes[camp]++;
    }
    for (size_t i = 0; i < metrics->actor_count; i++) {
        size_t camp = camp_number(&metrics->actors[i]);
        if (camp >= 1 && camp <= CAMP_FILLS && sizes[camp] >= 2)
            fills[i] = camp_fill[camp - 1];
    }
    return fills;
}

const char *sg_dot_camp_colour(const struct sg_metrics *metrics, size_t camp)
{
    size_t size = 0;
    for (size_t i = 0; i < metrics->actor_count; i++)
        size += camp_number(&metrics->actors[i]) == camp;
    return camp >= 1 && camp <= CAMP_FILLS && size >= 2 ? camp_fill[camp - 1] : NULL;
}

/*
 * Sets attribute name of object to JSON text with every backslash doubled; takes text (NULL, from
 * a writer out of memory, marks b failed). cgraph writes a quote as \" but leaves backslashes
 * alone, and its reader takes \\ as two characters: so JSON's \" would read back as a backslash
 * and the string's end. Doubled, the text survives the trip and load/dot.c halves the pairs
 * again.
 */
static void set_json(struct sg_dot_builder *b, void *object, const char *name, char *text)
{
    size_t n = text ? strlen(text) : 0, doubled = n;
    for (size_t i = 0; i < n; i++)
        doubled += text[i] == '\\';
    char *escaped = text ? malloc(doubled + 1) : NULL;
    if (!escaped) {
        free(text);
        b->failed = 1;
        return;
    }
    char *o = escaped;
    for (size_t i = 0; i < n; i++) {
        if (text[i] == '\\')
            *o++ = '\\';
        *o++ = text[i];
    }
    *o = '\0';
    sg_dot_set(b, object, name, escaped);
    free(escaped);
    free(text);
}

static void add_actor(struct sg_dot_builder *b, const struct sg_model *model,
                      const struct sg_metrics *metrics, const struct sg_dot_options *options,
                      size_t index, double largest, const char *fill)
{
    const struct sg_actor *actor = &model->actors[index];
    Agnode_t *node = agnode(b->root, actor->id, 1);
    char number[32];
    if (!node) {
        b->failed = 1;
        return;
    }
    struct sg_dot_text label = {0}, tooltip = {0};
    sg_dot_text_escaped(&label, actor->name);
    sg_dot_text_escaped(&tooltip, actor->name);
    sg_dot_text_printf(&tooltip, " (%s", sg_actor_type_name(actor->type));
    if (actor->role) {
        sg_dot_text_append(&tooltip, ", ", 2);
        sg_dot_text_escaped(&tooltip, actor->role);
    }
    sg_dot_text_append(&tooltip, ")", 1);
    double value = sg_metric_value(&metrics->actors[index], (size_t)options->size_metric);
    double scale = largest > 0.0 && value > 0.0 ? sqrt(value / largest) : 0.0;
    sg_dot_text_printf(&tooltip, "\\n%s = %.4g", sg_metric_table[options->size_metric].name, value);
    if (isnan(metrics->actors[index].camp))
        sg_dot_text_printf(&tooltip, "\\nno camp");
    else
        sg_dot_text_printf(&tooltip, "\\ncamp %.0f", metrics->actors[index].camp);
    if (fill)
        sg_dot_set(b, node, "fillcolor", fill);
    sg_dot_set(b, node, "label", sg_dot_text_take(b, &label));
    sg_dot_set(b, node, "tooltip", sg_dot_text_take(b, &tooltip));
    sg_dot_set(b, node, "shape", sg_dot_actor_shape[actor->type]);
    snprintf(number, sizeof number, "%.1f", 11.0 + 9.0 * scale);
    sg_dot_set(b, node, "fontsize", number);
    snprintf(number, sizeof number, "%.2f", 0.6 + 0.8 * scale);
    sg_dot_set(b, node, "width", number);
    snprintf(number, sizeof number, "%.2f", 0.35 + 0.4 * scale);
    sg_dot_set(b, node, "height", number);
    snprintf(number, sizeof number, "%.1f", 1.0 + 1.5 * scale);
    sg_dot_set(b, node, "penwidth", number);
    /* the actor with its place in the snapshot: [index, actor] */
    char *entry = NULL;
    if (sg_write_actor_entry_json(model, index, &entry) != SG_OK)
        entry = NULL;
    set_json(b, node, "sg_actor", entry);
    free(label.data);
    free(tooltip.data);
}

static void add_tie(struct sg_dot_builder *b, const struct sg_model *model, size_t index)
{
    const struct sg_tie *tie = &model->ties[index];
    Agnode_t *tail = agnode(b->root, model->actors[tie->source].id, 0);
    Agnode_t *head = agnode(b->root, model->actors[tie->target].id, 0);
    char number[32];
    Agedge_t *edge = tail && head ? agedge(b->root, tail, head, NULL, 1) : NULL;
    if (!edge) {
        b->failed = 1;
        return;
    }
    struct sg_dot_text tooltip = {0};
    sg_dot_text_escaped(&tooltip, model->actors[tie->source].name);
    sg_dot_text_printf(&tooltip, " %s ", sg_dot_stance_verb[tie->type]);
    sg_dot_text_escaped(&tooltip, model->actors[tie->target].name);
    sg_dot_text_printf(&tooltip, " (weight %.3g, %zu statement%s)", tie->weight, (size_t)tie->count,
                       tie->count == 1 ? "" : "s");
    for (size_t i = tie->first_statement; i != SG_MODEL_END; i = model->statements[i].next_in_tie) {
        const struct sg_statement *s = &model->statements[i];
        if (!s->evidence)
            continue;
        sg_dot_text_append(&tooltip, "\\n", 2);
        if (s->date)
            sg_dot_text_printf(&tooltip, "%s: ", s->date);
        sg_dot_text_escaped(&tooltip, s->evidence);
    }
    sg_dot_set(b, edge, "tooltip", sg_dot_text_take(b, &tooltip));
    sg_dot_set(b, edge, "color", sg_dot_stance_color[tie->type]);
    sg_dot_set(b, edge, "style", sg_dot_stance_style[tie->type]);
    sg_dot_set(b, edge, "arrowhead", sg_dot_stance_arrow[tie->type]);
    if (tie->type == SG_STANCE_NEGOTIATION) {
        sg_dot_set(b, edge, "dir", "both");
        sg_dot_set(b, edge, "arrowtail", sg_dot_stance_arrow[tie->type]);
    }
    double width = 1.0 + 2.5 * (tie->weight > 2.0 ? 2.0 : tie->weight);
    snprintf(number, sizeof number, "%.2f", width);
    sg_dot_set(b, edge, "penwidth", number);
    snprintf(number, sizeof number, "%.2f", 0.6 + 0.2 * width);
    sg_dot_set(b, edge, "arrowsize", number);
    sg_dot_set(b, edge, "stance", sg_stance_name(tie->type));
    snprintf(number, sizeof number, "%.12g", tie->weight);
    sg_dot_set(b, edge, "sg_weight", number); /* not "weight": a layout attribute in dot */
    /* the statements, with their places in the snapshot: [[index, relation], ...] */
    char *relations = NULL;
    if (sg_write_tie_relations_json(model, index, &relations) != SG_OK)
        relations = NULL;
    set_json(b, edge, "sg_relations", relations);
    free(tooltip.data);
}

/* One legend row per coloured camp, named after its leader, and one for the white fill. */
static void legend_camps(struct sg_dot_text *html, const struct sg_model *model,
                         const struct sg_metrics *metrics)
{
    for (size_t camp = 1; camp <= CAMP_FILLS; camp++) {
        const char *fill = sg_dot_camp_colour(metrics, camp);
        size_t leader = sg_metrics_camp_leader(model, metrics, (double)camp);
        if (!fill || leader == SIZE_MAX)
            continue;
        sg_dot_text_printf(html,
                           "<tr><td bgcolor=\"%s\" border=\"1\" fixedsize=\"true\" "
                           "width=\"30\" height=\"12\"></td><td align=\"left\">camp of ",
                           fill);
        sg_dot_text_html(html, model->actors[leader].name);
        sg_dot_text_printf(html, "</td></tr>");
    }
    sg_dot_text_printf(html, "<tr><td colspan=\"2\" align=\"left\">white: no camp (no support "
                             "or criticism tie), or a camp of one</td></tr>");
}

/*
 * The legend: one HTML-label node, compact whatever the layout. Its name contains a space,
 * which actor ids cannot, so it never collides with an actor.
 */
static void add_legend(struct sg_dot_builder *b, const struct sg_model *model,
                       const struct sg_dot_options *options, const char **fills,
                       const struct sg_metrics *metrics, char *const *groups)
{
    struct sg_dot_text html = {0};
    sg_dot_legend_begin(&html, "Legend");
    if (options->camps) {
        legend_camps(&html, model, metrics);
    } else {
        sg_dot_legend_groups(&html, groups, fills, metrics->actor_count);
    }
    sg_dot_text_printf(&html,
                       "<tr><td colspan=\"2\" align=\"left\">line width: tie weight</td></tr>");
    sg_dot_text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">node size: %s</td></tr>",
                       sg_metric_table[options->size_metric].name);
    sg_dot_text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">ellipse person · box "
                              "organization</td></tr>");
    sg_dot_text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">hexagon country · octagon "
                              "group</td></tr>");
    sg_dot_add_legend(b, &html);
}

/* An actor or a tie (index) with the value it is ranked by. */
struct ranked {
    double value;
    size_t index;
};

static int compare_ranked(const void *left, const void *right)
{
    const struct ranked *a = left, *b = right;
    return sg_stats_compare_ranked(a->value, a->index, b->value, b->index);
}

/* Marks the actors the diagram shows: all, or above SG_DOT_MAX_ACTORS the SG_DOT_TOP_ACTORS
 * largest by the size metric (ties: input order). NULL on out of memory. */
static char *choose_shown(const struct sg_model *model, const struct sg_metrics *metrics,
                          int metric)
{
    size_t n = model->actor_count;
    char *shown = malloc(n + 1);
    if (!shown)
        return NULL;
    memset(shown, n <= SG_DOT_MAX_ACTORS, n + 1);
    if (n <= SG_DOT_MAX_ACTORS)
        return shown;
    struct ranked *ranked = malloc(n * sizeof *ranked);
    if (!ranked) {
        free(shown);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        ranked[i] = (struct ranked){sg_metric_value(&metrics->actors[i], (size_t)metric), i};
    qsort(ranked, n, sizeof *ranked, compare_ranked);
    for (size_t i = 0; i < SG_DOT_TOP_ACTORS; i++)
        shown[ranked[i].index] = 1;
    free(ranked);
    return shown;
}

/* Of the ties ranked heaviest first, marks in drawn the first SG_DOT_TOP_TIES that leave no
 * actor with more than SG_DOT_TIES_PER_ACTOR drawn: a hub's many ties would hide the rest. */
static size_t keep_heaviest(const struct sg_model *model, const struct ranked *ranked, size_t count,
                            unsigned char *degree, char *drawn)
{
    size_t kept = 0;
    for (size_t i = 0; i < count && kept < SG_DOT_TOP_TIES; i++) {
        const struct sg_tie *tie = &model->ties[ranked[i].index];
        if (degree[tie->source] >= SG_DOT_TIES_PER_ACTOR ||
            degree[tie->target] >= SG_DOT_TIES_PER_ACTOR)
            continue;
        degree[tie->source]++;
        degree[tie->target]++;
        drawn[ranked[i].index] = 1;
        kept++;
    }
    return kept;
}

/* Marks the ties drawn: those between shown actors; when the diagram is reduced, only the
 * heaviest of them (see keep_heaviest; ties: input order). Counts the ties between shown
 * actors and those drawn into *counts. NULL on out of memory. */
static char *choose_ties(const struct sg_model *model, const char *shown, size_t counts[2])
{
    size_t count = 0;
    char *drawn = calloc(model->tie_count + 1, 1);
    struct ranked *ranked = malloc((model->tie_count + 1) * sizeof *ranked);
    unsigned char *degree = calloc(model->actor_count + 1, 1);
    if (!drawn || !ranked || !degree) {
        free(drawn);
        free(ranked);
        free(degree);
        return NULL;
    }
    for (size_t i = 0; i < model->tie_count; i++)
        if (shown[model->ties[i].source] && shown[model->ties[i].target])
            ranked[count++] = (struct ranked){model->ties[i].weight, i};
    counts[0] = counts[1] = count;
    if (model->actor_count <= SG_DOT_MAX_ACTORS) {
        for (size_t i = 0; i < count; i++)
            drawn[ranked[i].index] = 1;
    } else {
        qsort(ranked, count, sizeof *ranked, compare_ranked);
        counts[1] = keep_heaviest(model, ranked, count, degree, drawn);
    }
    free(ranked);
    free(degree);
    return drawn;
}

/* The graph's label (title, date, and what a reduced diagram leaves out), the attributes every
 * diagram shares, and the snapshot head as JSON. */
static void add_graph_head(struct sg_dot_builder *b, const struct sg_model *model,
                           const struct sg_dot_options *options, const size_t ties[2])
{
    struct sg_dot_text label = {0};
    if (model->info.title) {
        sg_dot_text_escaped(&label, model->info.title);
        sg_dot_text_append(&label, "\\n", 2);
    }
    sg_dot_text_escaped(&label, model->info.date ? model->info.date : "");
    if (model->actor_count > SG_DOT_MAX_ACTORS)
        sg_dot_text_printf(&label,
                           "\\nthe %d largest of %zu actors by %s (%zu left out); of the %zu "
                           "ties among them the %zu heaviest, at most %d for each actor (%zu "
                           "left out)",
                           SG_DOT_TOP_ACTORS, model->actor_count,
                           sg_metric_table[options->size_metric].name,
                           model->actor_count - SG_DOT_TOP_ACTORS, ties[0], ties[1],
                           SG_DOT_TIES_PER_ACTOR, ties[0] - ties[1]);
    sg_dot_graph_attributes(b, sg_dot_text_take(b, &label));
    free(label.data);
    /* a reduced diagram is not the whole snapshot: its head says so, and the reader refuses it */
    size_t actors_shown =
        model->actor_count > SG_DOT_MAX_ACTORS ? SG_DOT_TOP_ACTORS : model->actor_count;
    char *head = NULL;
    if (sg_write_snapshot_head_json(model, actors_shown, &head) != SG_OK)
        head = NULL;
    set_json(b, b->root, "sg_snapshot", head);
}

/* Builds the diagram of model in b->root (closed by the caller with agclose, when not NULL).
 * Returns 0, SG_ERR_NOMEM or SG_ERR_LIBRARY (not reported). */
static int build_diagram(struct sg_dot_builder *b, const struct sg_model *model,
                         const struct sg_metrics *metrics, const struct sg_dot_options *options)
{
    b->root = sg_dot_open(model->info.id ? model->info.id : "stancegraph");
    if (!b->root)
        return SG_ERR_NOMEM;
    char *shown = choose_shown(model, metrics, options->size_metric);
    if (!shown)
        return SG_ERR_NOMEM;
    size_t ties[2] = {0, 0};
    char *tie_shown = choose_ties(model, shown, ties);
    if (!tie_shown) {
        free(shown);
        return SG_ERR_NOMEM;
    }
    add_graph_head(b, model, options, ties);
    double largest = largest_value(metrics, options->size_metric);
    char **groups = calloc(model->actor_count + 1, sizeof *groups);
    const char **fills =
        options->camps ? camp_colours(metrics) : calloc(model->actor_count + 1, sizeof *fills);
    if (!groups || !fills)
        b->failed = 1;
    for (size_t i = 0; groups && i < model->actor_count; i++)
        groups[i] = shown[i] ? model->actors[i].group : NULL;
    if (!b->failed && !options->camps)
        sg_dot_group_fills(groups, model->actor_count, fills);
    for (size_t i = 0; i < model->actor_count && !b->failed; i++)
        if (shown[i])
            add_actor(b, model, metrics, options, i, largest, fills[i]);
    for (size_t i = 0; i < model->tie_count && !b->failed; i++)
        if (tie_shown[i])
            add_tie(b, model, i);
    free(tie_shown);
    free(shown);
    if (options->legend && !b->failed)
        add_legend(b, model, options, fills, metrics, groups);
    free(groups);
    free(fills);
    return b->failed ? SG_ERR_LIBRARY : SG_OK;
}

int sg_write_dot(const struct sg_model *model, const struct sg_metrics *metrics,
                 const struct sg_dot_options *options, char **text)
{
    struct sg_dot_builder b = {0};
    *text = NULL;
    int err = build_diagram(&b, model, metrics, options);
    if (!err)
        err = sg_dot_to_text(b.root, text);
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("graphviz failed while building the diagram");
    if (b.root)
        agclose(b.root);
    return err;
}

int sg_write_dot_to(FILE *out, const struct sg_model *model, const struct sg_metrics *metrics,
                    const struct sg_dot_options *options)
{
    struct sg_dot_builder b = {0};
    int err = build_diagram(&b, model, metrics, options);
    /* a failed write is out's owner's to report: only cgraph's own failure is ours */
    if (!err && agwrite(b.root, out) != 0 && !ferror(out))
        err = SG_ERR_LIBRARY;
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("graphviz failed while building the diagram");
    if (b.root)
        agclose(b.root);
    return err;
}

void sg_dot_options_init(struct sg_dot_options *options)
{
    options->size_metric = sg_metric_find(SG_DEFAULT_METRIC);
    options->legend = 1;
    options->camps = 0;
}
