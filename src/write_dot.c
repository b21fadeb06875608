/*
 * DOT writer built on cgraph. cgraph orders subgraphs by object id and its default id
 * discipline uses string addresses, which differ between allocators; a small id discipline of
 * our own numbers names in creation order so that the written DOT is byte-identical everywhere.
 * In Graphviz 2.42 cgraph takes char * where it means const char *; the casts stay in this file.
 */

#include "write_dot.h"

#include "diag.h"

#include <graphviz/cgraph.h>
#include <math.h>
#include <search.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- id discipline: names get even ids in creation order, anonymous objects odd ones ---- */

struct name_table {
    Agraph_t *graph; /* names are its reference-counted strings, as agwrite expects */
    char **names;
    size_t count, capacity;
    struct hsearch_data index;
    IDTYPE next_anonymous;
};

static int index_rebuild(struct name_table *table, size_t capacity)
{
    char **grown = realloc(table->names, capacity * sizeof *grown);
    if (!grown)
        return 0;
    table->names = grown;
    table->capacity = capacity;
    hdestroy_r(&table->index);
    memset(&table->index, 0, sizeof table->index);
    if (!hcreate_r(capacity * 2, &table->index))
        return 0;
    for (size_t i = 0; i < table->count; i++) {
        ENTRY entry = {.key = table->names[i], .data = (void *)(uintptr_t)i}, *stored;
        if (!hsearch_r(entry, ENTER, &stored, &table->index))
            return 0;
    }
    return 1;
}

static void *ids_open(Agraph_t *graph, Agdisc_t *disc)
{
    (void)disc;
    struct name_table *table = calloc(1, sizeof *table);
    if (!table)
        return NULL;
    table->graph = graph;
    table->next_anonymous = 1;
    if (!index_rebuild(table, 64)) {
        hdestroy_r(&table->index);
        free(table->names);
        free(table);
        return NULL;
    }
    return table;
}

static long ids_map(void *state, int objtype, char *name, IDTYPE *id, int create)
{
    struct name_table *table = state;
    (void)objtype;
    if (!name) {
        *id = table->next_anonymous;
        table->next_anonymous += 2;
        return 1;
    }
    ENTRY query = {.key = name, .data = NULL}, *found = NULL;
    if (hsearch_r(query, FIND, &found, &table->index) && found) {
        *id = (IDTYPE)((uintptr_t)found->data * 2);
        return 1;
    }
    if (!create)
        return 0;
    if (table->count == table->capacity && !index_rebuild(table, table->capacity * 2))
        return 0;
    /* agwrite asks aghtmlstr() of printed names, which reads the header of a cgraph
     * string: a plain malloc'd copy would be misread. */
    char *copy = agstrdup(table->graph, name);
    if (!copy)
        return 0;
    ENTRY entry = {.key = copy, .data = (void *)(uintptr_t)table->count}, *stored;
    if (!hsearch_r(entry, ENTER, &stored, &table->index)) {
        agstrfree(table->graph, copy);
        return 0;
    }
    table->names[table->count] = copy;
    *id = (IDTYPE)(table->count * 2);
    table->count++;
    return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id;
    return 0; /* callers may not choose ids */
}

static void ids_free(void *state, int objtype, IDTYPE id)
{
    (void)state;
    (void)objtype;
    (void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id)
{
    struct name_table *table = state;
    (void)objtype;
    if (id % 2 == 1 || id / 2 >= table->count)
        return NULL;
    return table->names[id / 2];
}

static void ids_close(void *state)
{
    struct name_table *table = state;
    for (size_t i = 0; i < table->count; i++)
        agstrfree(table->graph, table->names[i]);
    hdestroy_r(&table->index);
    free(table->names);
    free(table);
}

static void ids_register(void *state, int objtype, void *object)
{
    (void)state;
    (void)objtype;
    (void)object;
}

static Agiddisc_t ordered_ids = {ids_open,  ids_map,   ids_alloc,   ids_free,
                                 ids_print, ids_close, ids_register};

/* ---- diagram ---- */

/* Colour-blind-safe colours (Okabe and Ito), one per stance. */
static const char *const stance_color[SG_STANCE_COUNT] = {"#009E73", "#D55E00", "#0072B2"};
static const char *const stance_style[SG_STANCE_COUNT] = {"solid", "dashed", "bold"};
static const char *const stance_arrow[SG_STANCE_COUNT] = {"normal", "tee", "odot"};
static const char *const stance_verb[SG_STANCE_COUNT] = {"supports", "criticises",
                                                         "negotiates with"};
static const char *const actor_shape[SG_ACTOR_TYPE_COUNT] = {"ellipse", "box", "hexagon",
                                                             "octagon"};
static const char *const group_fill[] = {"#E8F1FA", "#FDF0E1", "#EAF5EE",
                                         "#F6E9F2", "#F2F2E4", "#ECEAF6"};

struct dot_builder {
    Agraph_t *root;
    int failed;
};

static void set(struct dot_builder *b, void *object, const char *name, const char *value)
{
    if (agsafeset(object, (char *)name, (char *)value, (char *)"") != 0)
        b->failed = 1;
}

/* A growing string, for labels and tooltips. */
struct text {
    char *data;
    size_t length, capacity;
    int failed;
};

static void text_append(struct text *t, const char *s, size_t n)
{
    if (t->failed)
        return;
    if (t->length + n + 1 > t->capacity) {
        size_t capacity = t->capacity ? t->capacity : 128;
        while (t->length + n + 1 > capacity)
            capacity *= 2;
        char *grown = realloc(t->data, capacity);
        if (!grown) {
            t->failed = 1;
            return;
        }
        t->data = grown;
        t->capacity = capacity;
    }
    memcpy(t->data + t->length, s, n);
    t->length += n;
    t->data[t->length] = '\0';
}

/*
 * Appends human text for a DOT label or tooltip. agwrite escapes double quotes but not
 * backslashes, and Graphviz reads "\n", "\l", "\N" and the like as escapes, so a backslash is
 * doubled; a newline becomes the "\n" line break.
 */
static void text_append_escaped(struct text *t, const char *s)
{
    for (; *s; s++) {
        if (*s == '\\')
            text_append(t, "\\\\", 2);
        else if (*s == '\n')
            text_append(t, "\\n", 2);
        else if (*s == '\r')
            continue;
        else
            text_append(t, s, 1);
    }
}

static void text_printf(struct text *t, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

static void text_printf(struct text *t, const char *format, ...)
{
    va_list args;
    char *formatted = NULL;
    va_start(args, format);
    int n = vasprintf(&formatted, format, args);
    va_end(args);
    if (n < 0) {
        t->failed = 1;
        return;
    }
    text_append(t, formatted, (size_t)n);
    free(formatted);
}

static const char *text_take(struct dot_builder *b, struct text *t)
{
    if (t->failed) {
        b->failed = 1;
        return "";
    }
    return t->data ? t->data : "";
}

static void graph_attributes(struct dot_builder *b, const struct sg_model *model)
{
    struct text label = {0};
    if (model->info.title) {
        text_append_escaped(&label, model->info.title);
        text_append(&label, "\\n", 2);
    }
    text_append_escaped(&label, model->info.date ? model->info.date : "");
    set(b, b->root, "label", text_take(b, &label));
    set(b, b->root, "labelloc", "t");
    set(b, b->root, "fontname", "Helvetica");
    set(b, b->root, "fontsize", "18");
    set(b, b->root, "rankdir", "LR");
    set(b, b->root, "nodesep", "0.35");
    set(b, b->root, "ranksep", "0.9");
    set(b, b->root, "newrank", "true");
    set(b, b->root, "compound", "false");
    agattr(b->root, AGNODE, (char *)"fontname", (char *)"Helvetica");
    agattr(b->root, AGNODE, (char *)"style", (char *)"filled");
    agattr(b->root, AGNODE, (char *)"fillcolor", (char *)"white");
    agattr(b->root, AGEDGE, (char *)"fontname", (char *)"Helvetica");
    free(label.data);
}

static Agraph_t *new_cluster(struct dot_builder *b, const char *group, size_t number)
{
    char name[48];
    snprintf(name, sizeof name, "cluster_group_%zu", number);
    Agraph_t *cluster = agsubg(b->root, name, 1);
    if (!cluster) {
        b->failed = 1;
        return NULL;
    }
    struct text label = {0};
    text_append_escaped(&label, group);
    set(b, cluster, "label", text_take(b, &label));
    free(label.data);
    set(b, cluster, "style", "rounded,filled");
    set(b, cluster, "color", "#B0B0B0");
    set(b, cluster, "fillcolor", group_fill[number % (sizeof group_fill / sizeof group_fill[0])]);
    set(b, cluster, "fontsize", "14");
    return cluster;
}

/*
 * Creates one cluster per distinct group, numbered in order of first appearance, and fills
 * parent_of[i] with actor i's cluster (NULL for no group).
 */
static void make_clusters(struct dot_builder *b, const struct sg_model *model, Agraph_t **parent_of)
{
    struct hsearch_data groups;
    size_t cluster_count = 0;
    memset(&groups, 0, sizeof groups);
    if (!hcreate_r(model->actor_count * 2 + 16, &groups)) {
        b->failed = 1;
        return;
    }
    for (size_t i = 0; i < model->actor_count && !b->failed; i++) {
        char *group = model->actors[i].group;
        parent_of[i] = NULL;
        if (!group)
            continue;
        ENTRY query = {.key = group, .data = NULL}, *found = NULL;
        if (hsearch_r(query, FIND, &found, &groups) && found) {
            parent_of[i] = found->data;
            continue;
        }
        Agraph_t *cluster = new_cluster(b, group, cluster_count++);
        ENTRY entry = {.key = group, .data = cluster}, *stored;
        if (!cluster || !hsearch_r(entry, ENTER, &stored, &groups))
            b->failed = 1;
        parent_of[i] = cluster;
    }
    hdestroy_r(&groups);
}

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

static void add_actor(struct dot_builder *b, const struct sg_model *model,
                      const struct sg_metrics *metrics, const struct sg_dot_options *options,
                      size_t index, double largest, Agraph_t *parent)
{
    const struct sg_actor *actor = &model->actors[index];
    Agnode_t *node = agnode(parent ? parent : b->root, actor->id, 1);
    char number[32];
    if (!node) {
        b->failed = 1;
        return;
    }
    struct text label = {0}, tooltip = {0};
    text_append_escaped(&label, actor->name);
    text_append_escaped(&tooltip, actor->name);
    text_printf(&tooltip, " (%s", sg_actor_type_name(actor->type));
    if (actor->role) {
        text_append(&tooltip, ", ", 2);
        text_append_escaped(&tooltip, actor->role);
    }
    text_append(&tooltip, ")", 1);
    double value = sg_metric_value(&metrics->actors[index], (size_t)options->size_metric);
    double scale = largest > 0.0 && value > 0.0 ? sqrt(value / largest) : 0.0;
    text_printf(&tooltip, "\\n%s = %.4g", sg_metric_table[options->size_metric].name, value);
    set(b, node, "label", text_take(b, &label));
    set(b, node, "tooltip", text_take(b, &tooltip));
    set(b, node, "shape", actor_shape[actor->type]);
    snprintf(number, sizeof number, "%.1f", 11.0 + 9.0 * scale);
    set(b, node, "fontsize", number);
    snprintf(number, sizeof number, "%.2f", 0.6 + 0.8 * scale);
    set(b, node, "width", number);
    snprintf(number, sizeof number, "%.2f", 0.35 + 0.4 * scale);
    set(b, node, "height", number);
    snprintf(number, sizeof number, "%.1f", 1.0 + 1.5 * scale);
    set(b, node, "penwidth", number);
    free(label.data);
    free(tooltip.data);
}

static void add_tie(struct dot_builder *b, const struct sg_model *model, size_t index)
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
    struct text tooltip = {0};
    text_append_escaped(&tooltip, model->actors[tie->source].name);
    text_printf(&tooltip, " %s ", stance_verb[tie->type]);
    text_append_escaped(&tooltip, model->actors[tie->target].name);
    text_printf(&tooltip, " (weight %.3g, %zu statement%s)", tie->weight, tie->count,
                tie->count == 1 ? "" : "s");
    for (size_t i = tie->first_statement; i < model->statement_count; i++) {
        const struct sg_statement *s = &model->statements[i];
        if (s->tie != index || !s->evidence)
            continue;
        text_append(&tooltip, "\\n", 2);
        if (s->date)
            text_printf(&tooltip, "%s: ", s->date);
        text_append_escaped(&tooltip, s->evidence);
    }
    set(b, edge, "tooltip", text_take(b, &tooltip));
    set(b, edge, "color", stance_color[tie->type]);
    set(b, edge, "style", stance_style[tie->type]);
    set(b, edge, "arrowhead", stance_arrow[tie->type]);
    if (tie->type == SG_STANCE_NEGOTIATION) {
        set(b, edge, "dir", "both");
        set(b, edge, "arrowtail", stance_arrow[tie->type]);
    }
    double width = 1.0 + 2.5 * (tie->weight > 2.0 ? 2.0 : tie->weight);
    snprintf(number, sizeof number, "%.2f", width);
    set(b, edge, "penwidth", number);
    snprintf(number, sizeof number, "%.2f", 0.6 + 0.2 * width);
    set(b, edge, "arrowsize", number);
    free(tooltip.data);
}

/* Legend glyphs drawn in each stance's colour: a line with its arrowhead. */
static const char *const stance_glyph[SG_STANCE_COUNT] = {"━━━▶", "╍╍╍┫", "○━━○"};

/*
 * The legend: one HTML-label node, compact whatever the layout. Its name contains a space,
 * which actor ids cannot, so it never collides with an actor.
 */
static void add_legend(struct dot_builder *b, const struct sg_dot_options *options)
{
    struct text html = {0};
    text_printf(&html, "<table border=\"1\" color=\"#808080\" cellborder=\"0\" "
                       "cellspacing=\"4\" cellpadding=\"1\" style=\"rounded\">");
    text_printf(&html, "<tr><td colspan=\"2\"><b>Legend</b></td></tr>");
    for (int s = 0; s < SG_STANCE_COUNT; s++)
        text_printf(&html,
                    "<tr><td><font color=\"%s\" point-size=\"14\">%s</font></td>"
                    "<td align=\"left\">%s</td></tr>",
                    stance_color[s], stance_glyph[s], stance_verb[s]);
    text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">line width: tie weight</td></tr>");
    text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">node size: %s</td></tr>",
                sg_metric_table[options->size_metric].name);
    text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">ellipse person · box "
                       "organization</td></tr>");
    text_printf(&html, "<tr><td colspan=\"2\" align=\"left\">hexagon country · octagon "
                       "group</td></tr></table>");
    Agnode_t *legend = agnode(b->root, (char *)"stancegraph legend", 1);
    if (!legend || html.failed) {
        b->failed = 1;
        free(html.data);
        return;
    }
    set(b, legend, "shape", "plaintext");
    set(b, legend, "style", "");
    set(b, legend, "fontsize", "11");
    set(b, legend, "tooltip", "Legend");
    Agsym_t *label = agattr(b->root, AGNODE, (char *)"label", NULL);
    char *html_string = agstrdup_html(b->root, html.data);
    if (!label || !html_string || agxset(legend, label, html_string) != 0)
        b->failed = 1;
    agstrfree(b->root, html_string);
    free(html.data);
}

static int write_to_text(Agraph_t *graph, char **text)
{
    char *buffer = NULL;
    size_t length = 0;
    FILE *stream = open_memstream(&buffer, &length);
    if (!stream)
        return SG_ERR_NOMEM;
    int status = agwrite(graph, stream);
    if (fclose(stream) != 0 || status != 0) {
        free(buffer);
        return SG_ERR_LIBRARY;
    }
    *text = buffer;
    return SG_OK;
}

int sg_write_dot(const struct sg_model *model, const struct sg_metrics *metrics,
                 const struct sg_dot_options *options, char **text)
{
    Agdisc_t discipline = {AgDefaultDisc.mem, &ordered_ids, AgDefaultDisc.io};
    struct dot_builder b = {0};
    int err;
    *text = NULL;
    b.root =
        agopen(model->info.id ? model->info.id : (char *)"stancegraph", Agdirected, &discipline);
    if (!b.root)
        return SG_ERR_NOMEM;
    graph_attributes(&b, model);
    double largest = largest_value(metrics, options->size_metric);
    Agraph_t **parent_of = calloc(model->actor_count + 1, sizeof *parent_of);
    if (!parent_of)
        b.failed = 1;
    else
        make_clusters(&b, model, parent_of);
    for (size_t i = 0; i < model->actor_count && !b.failed; i++)
        add_actor(&b, model, metrics, options, i, largest, parent_of[i]);
    free(parent_of);
    for (size_t i = 0; i < model->tie_count && !b.failed; i++)
        add_tie(&b, model, i);
    if (options->legend && !b.failed)
        add_legend(&b, options);
    err = b.failed ? SG_ERR_LIBRARY : write_to_text(b.root, text);
    if (err == SG_ERR_LIBRARY)
        sg_diag_error("graphviz failed while building the diagram");
    agclose(b.root);
    return err;
}

void sg_dot_options_init(struct sg_dot_options *options)
{
    options->size_metric = sg_metric_find("pagerank");
    options->legend = 1;
}
