/*
 * GEXF 1.3 (or 1.2draft, for NetworkX) of a series of snapshots as one dynamic graph
 * (docs/FORMATS.md; declared in xml.h): one node per actor and one edge per tie over all the
 * snapshots, each with the time intervals (spells, inclusive, in days) of the snapshots that
 * hold it, and the tie weight and, when asked, the actors' metrics as dynamic attributes:
 * Gephi's timeline plays them. Actors are matched by id and ties by their comparison
 * key (analysis/compare.h), each through one hash index, so the work grows with the total
 * number of actors and ties times the number of snapshots, not with its square.
 */
#include "write/xml.h"

#include "analysis/compare.h"
#include "base/dates.h"
#include "base/diag.h"
#include "base/strindex.h"
#include "write/xml_writer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the same actor or tie across the snapshots ---- */

/* One occurrence of an item in a snapshot: its index there. */
struct occurrence {
    size_t snapshot, index;
};

/*
 * The distinct items (actors or ties) of the snapshots, numbered in order of first appearance
 * (snapshot by snapshot, in each in model order). The occurrences of item u are
 * occurrences[start[u] .. start[u + 1]), in snapshot order.
 */
struct series {
    size_t count;
    size_t *start;
    struct occurrence *occurrences;
};

/* How a snapshot's items are counted and keyed. key may fill buffer and return it. */
struct item_kind {
    size_t (*count)(const struct sg_model *model);
    const char *(*key)(const struct sg_model *model, size_t index, char *buffer);
};

#define KEY_BUFFER 256 /* sg_compare_tie_key needs at least 140 */

static size_t actor_count(const struct sg_model *model)
{
    return model->actor_count;
}

static const char *actor_key(const struct sg_model *model, size_t index, char *buffer)
{
    (void)buffer;
    return model->actors[index].id;
}

static size_t tie_count(const struct sg_model *model)
{
    return model->tie_count;
}

/* (source, target, stance), negotiation unordered: as 'stancegraph diff' matches ties */
static const char *tie_key(const struct sg_model *model, size_t index, char *buffer)
{
    sg_compare_tie_key(model, &model->ties[index], buffer);
    return buffer;
}

static const struct item_kind actors_kind = {actor_count, actor_key};
static const struct item_kind ties_kind = {tie_count, tie_key};

/* Frees what series_build allocated and empties series (so a second call does nothing). */
static void series_destroy(struct series *series)
{
    free(series->start);
    free(series->occurrences);
    *series = (struct series){0};
}

/* Numbers the items of order[0 .. count) into item_of (one entry per occurrence, snapshot by
 * snapshot); returns the number of distinct items, or -1 on out of memory. */
static long number_items(const struct sg_model *const *order, size_t count,
                         const struct item_kind *kind, size_t *item_of)
{
    struct sg_strindex *index = sg_strindex_new(64);
    size_t distinct = 0, position = 0;
    char buffer[KEY_BUFFER];
    if (!index)
        return -1;
    for (size_t s = 0; s < count; s++)
        for (size_t i = 0; i < kind->count(order[s]); i++) {
            long item = sg_strindex_put(index, kind->key(order[s], i, buffer), distinct);
            if (item < 0) {
                sg_strindex_free(index);
                return -1;
            }
            distinct += (size_t)item == distinct;
            item_of[position++] = (size_t)item;
        }
    sg_strindex_free(index);
    return (long)distinct;
}

/* Fills series with the items of order[0 .. count). Returns 0 or SG_ERR_NOMEM. */
static int series_build(struct series *series, const struct sg_model *const *order, size_t count,
                        const struct item_kind *kind)
{
    size_t total = 0;
    *series = (struct series){0};
    for (size_t s = 0; s < count; s++)
        total += kind->count(order[s]);
    size_t *item_of = calloc(total + 1, sizeof *item_of);
    long distinct = item_of ? number_items(order, count, kind, item_of) : -1;
    if (distinct >= 0) {
        series->count = (size_t)distinct;
        series->start = calloc(series->count + 2, sizeof *series->start);
        series->occurrences = calloc(total + 1, sizeof *series->occurrences);
    }
    if (!series->start || !series->occurrences) {
        free(item_of);
        series_destroy(series);
        return SG_ERR_NOMEM;
    }
    /* counting sort by item, stable: each item's occurrences stay in snapshot order */
    for (size_t p = 0; p < total; p++)
        series->start[item_of[p] + 2]++;
    for (size_t u = 2; u <= series->count + 1; u++)
        series->start[u] += series->start[u - 1];
    size_t position = 0;
    for (size_t s = 0; s < count; s++)
        for (size_t i = 0; i < kind->count(order[s]); i++)
            series->occurrences[series->start[item_of[position++] + 1]++] =
                (struct occurrence){s, i};
    free(item_of);
    return SG_OK;
}

/* ---- writing ---- */

/* What every writing function reads: the snapshots sorted by date, the models as given (the
 * metrics follow their order), the options and the scratch arrays, one entry per snapshot. */
struct gexf {
    struct sg_xml *x;
    const struct sg_model *const *order;
    size_t count;
    const struct sg_model *models;
    const struct sg_xml_options *options;
    char *present;
    double *values;
};

static int by_date(const void *left, const void *right)
{
    const struct sg_model *const *a = left, *const *b = right;
    int order = strcmp((*a)->info.date, (*b)->info.date);
    return order ? order : strcmp((*a)->info.id, (*b)->info.id);
}

/* The inclusive end of snapshot i's interval: the day before the next snapshot, or its own
 * date for the last (GEXF 1.3 has inclusive intervals only; 1.2's are inclusive too unless
 * marked open). */
static void interval_end(const struct gexf *g, size_t i, char out[11])
{
    if (i + 1 < g->count)
        sg_date_from_days(sg_date_to_days(g->order[i + 1]->info.date) - 1, out);
    else
        snprintf(out, 11, "%s", g->order[i]->info.date);
}

/* One dynamic attribute value: text over snapshot i's interval. */
static void dynamic_value(const struct gexf *g, size_t i, const char *key, const char *text)
{
    char last_day[11];
    interval_end(g, i, last_day);
    sg_xml_start(g->x, "attvalue");
    sg_xml_attribute(g->x, "for", key);
    sg_xml_attribute(g->x, "value", text);
    sg_xml_attribute(g->x, "start", g->order[i]->info.date);
    sg_xml_attribute(g->x, "end", last_day);
    sg_xml_end(g->x);
}

/* A dynamic attribute's values: one per snapshot marked in g->present, from g->values. */
static void dynamic_values(const struct gexf *g, const char *key)
{
    for (size_t i = 0; i < g->count; i++) {
        if (!g->present[i])
            continue;
        char number[40];
        snprintf(number, sizeof number, "%.12g", g->values[i]);
        dynamic_value(g, i, key, number);
    }
}

/* The spells of something present in the snapshots marked in g->present: one per contiguous
 * run of snapshots, from the first one's date to the last one's interval end. */
static void spells(const struct gexf *g)
{
    sg_xml_start(g->x, "spells");
    for (size_t i = 0; i < g->count; i++) {
        if (!g->present[i] || (i > 0 && g->present[i - 1]))
            continue;
        size_t last = i;
        while (last + 1 < g->count && g->present[last + 1])
            last++;
        char last_day[11];
        interval_end(g, last, last_day);
        sg_xml_start(g->x, "spell");
        sg_xml_attribute(g->x, "start", g->order[i]->info.date);
        sg_xml_attribute(g->x, "end", last_day);
        sg_xml_end(g->x);
    }
    sg_xml_end(g->x);
}

/* The GEXF header: the latest snapshot's date and title, how many snapshots over which dates. */
static void write_meta(const struct gexf *g)
{
    struct sg_xml *x = g->x;
    const struct sg_model *latest = g->order[g->count - 1];
    sg_xml_start(x, "meta");
    sg_xml_attribute(x, "lastmodifieddate", latest->info.date);
    sg_xml_start(x, "creator");
    sg_xml_content(x, "stancegraph");
    sg_xml_end(x);
    sg_xml_start(x, "description");
    char *description = NULL;
    if (asprintf(&description, "%s%s%zu snapshot%s, %s to %s",
                 latest->info.title ? latest->info.title : "", latest->info.title ? ": " : "",
                 g->count, g->count == 1 ? "" : "s", g->order[0]->info.date, latest->info.date) < 0)
        sg_xml_fail(x);
    else
        sg_xml_content(x, description);
    free(description);
    sg_xml_end(x);
    sg_xml_end(x); /* meta */
}

/* The static node attributes, in the order their values are written. */
static const char *const node_attributes[] = {"type", "group", "role"};

/* One <attribute> declaration. */
static void declare(struct sg_xml *x, const char *id, const char *title, const char *type)
{
    sg_xml_start(x, "attribute");
    sg_xml_attribute(x, "id", id);
    sg_xml_attribute(x, "title", title);
    sg_xml_attribute(x, "type", type);
    sg_xml_end(x);
}

/* Starts an <attributes> block (closed by the caller with sg_xml_end). */
static void start_attributes(struct sg_xml *x, const char *class, const char *mode)
{
    sg_xml_start(x, "attributes");
    sg_xml_attribute(x, "class", class);
    sg_xml_attribute(x, "mode", mode);
}

static void write_declarations(const struct gexf *g)
{
    struct sg_xml *x = g->x;
    start_attributes(x, "node", "static");
    for (size_t i = 0; i < 3; i++)
        declare(x, node_attributes[i], node_attributes[i], "string");
    sg_xml_end(x);
    if (g->options->metrics) {
        start_attributes(x, "node", "dynamic");
        for (size_t m = 0; m < sg_metric_count; m++)
            declare(x, sg_metric_table[m].name, sg_metric_table[m].name,
                    sg_metric_table[m].integral ? "integer" : "double");
        sg_xml_end(x);
    }
    start_attributes(x, "edge", "static");
    declare(x, "stance", "stance", "string");
    sg_xml_end(x);
    start_attributes(x, "edge", "dynamic");
    declare(x, "tie_weight", "tie weight", "double");
    sg_xml_end(x);
}

/* The metrics of actor u in each snapshot that holds it; an undefined value (NaN) is left
 * out, so that the attribute has no value over that snapshot's interval. */
static void node_metrics(const struct gexf *g, const struct series *actors, size_t u)
{
    char text[SG_METRIC_TEXT];
    for (size_t m = 0; m < sg_metric_count; m++)
        for (size_t o = actors->start[u]; o < actors->start[u + 1]; o++) {
            const struct occurrence *at = &actors->occurrences[o];
            const struct sg_metrics *metrics =
                &g->options->metrics[(size_t)(g->order[at->snapshot] - g->models)];
            if (sg_metric_text(&metrics->actors[at->index], m, text))
                dynamic_value(g, at->snapshot, sg_metric_table[m].name, text);
        }
}

/* Node u of the actors' series, described as in the latest snapshot that has it. */
static void write_node(struct gexf *g, const struct series *actors, size_t u)
{
    struct sg_xml *x = g->x;
    const struct occurrence *first = &actors->occurrences[actors->start[u]];
    const struct occurrence *last = &actors->occurrences[actors->start[u + 1] - 1];
    const struct sg_actor *actor = &g->order[last->snapshot]->actors[last->index];
    sg_xml_start(x, "node");
    sg_xml_attribute(x, "id", actor->id);
    sg_xml_attribute(x, "label", actor->name);
    sg_xml_start(x, "attvalues");
    const char *fields[3] = {sg_actor_type_name(actor->type), actor->group, actor->role};
    for (size_t f = 0; f < 3; f++) {
        if (!fields[f])
            continue;
        sg_xml_start(x, "attvalue");
        sg_xml_attribute(x, "for", node_attributes[f]);
        sg_xml_attribute(x, "value", fields[f]);
        sg_xml_end(x);
    }
    if (g->options->metrics)
        node_metrics(g, actors, u);
    sg_xml_end(x);
    memset(g->present, 0, g->count);
    for (const struct occurrence *o = first; o <= last; o++)
        g->present[o->snapshot] = 1;
    spells(g);
    sg_xml_end(x);
}

/* Edge u of the ties' series, with source and target as in the first snapshot that has it,
 * its weight in the latest, and its weight in each snapshot as a dynamic value. A negotiation
 * edge is undirected in 1.3 (Gephi draws it without arrowheads) and mutual in 1.2 (NetworkX
 * refuses undirected edges in a directed graph and reads a mutual one as an edge each way). */
static void write_edge(struct gexf *g, const struct series *ties, size_t u)
{
    struct sg_xml *x = g->x;
    const struct occurrence *first = &ties->occurrences[ties->start[u]];
    const struct occurrence *last = &ties->occurrences[ties->start[u + 1] - 1];
    const struct sg_model *model = g->order[first->snapshot];
    const struct sg_tie *tie = &model->ties[first->index];
    memset(g->present, 0, g->count);
    for (const struct occurrence *o = first; o <= last; o++) {
        g->present[o->snapshot] = 1;
        g->values[o->snapshot] = g->order[o->snapshot]->ties[o->index].weight;
    }
    char id[32], weight[40];
    snprintf(id, sizeof id, "t%zu", u);
    snprintf(weight, sizeof weight, "%.12g", g->order[last->snapshot]->ties[last->index].weight);
    sg_xml_start(x, "edge");
    sg_xml_attribute(x, "id", id);
    sg_xml_attribute(x, "source", model->actors[tie->source].id);
    sg_xml_attribute(x, "target", model->actors[tie->target].id);
    if (tie->type == SG_STANCE_NEGOTIATION)
        sg_xml_attribute(x, "type",
                         g->options->gexf_version == SG_GEXF_1_2 ? "mutual" : "undirected");
    sg_xml_attribute(x, "weight", weight);
    sg_xml_start(x, "attvalues");
    sg_xml_start(x, "attvalue");
    sg_xml_attribute(x, "for", "stance");
    sg_xml_attribute(x, "value", sg_stance_name(tie->type));
    sg_xml_end(x);
    dynamic_values(g, "tie_weight");
    sg_xml_end(x);
    spells(g);
    sg_xml_end(x);
}

/* The <graph>: declarations, then nodes and edges; notes out of memory in g->x. */
static void write_graph(struct gexf *g)
{
    struct sg_xml *x = g->x;
    struct series actors = {0}, ties = {0};
    if (!g->present || !g->values ||
        series_build(&actors, g->order, g->count, &actors_kind) != SG_OK ||
        series_build(&ties, g->order, g->count, &ties_kind) != SG_OK)
        sg_xml_fail(x);
    sg_xml_start(x, "graph");
    sg_xml_attribute(x, "defaultedgetype", "directed");
    sg_xml_attribute(x, "mode", "dynamic");
    sg_xml_attribute(x, "timeformat", "date");
    if (g->options->gexf_version == SG_GEXF_1_3) /* 1.2 knows only intervals */
        sg_xml_attribute(x, "timerepresentation", "interval");
    write_declarations(g);
    sg_xml_start(x, "nodes");
    for (size_t u = 0; u < actors.count && !sg_xml_failed(x); u++)
        write_node(g, &actors, u);
    sg_xml_end(x);
    sg_xml_start(x, "edges");
    for (size_t u = 0; u < ties.count && !sg_xml_failed(x); u++)
        write_edge(g, &ties, u);
    sg_xml_end(x);
    sg_xml_end(x); /* graph */
    series_destroy(&actors);
    series_destroy(&ties);
}

/* The root element's namespace, schema location and version attribute, per version. */
static void write_root(struct sg_xml *x, enum sg_gexf_version version)
{
    static const char *const namespaces[] = {"http://gexf.net/1.3", "http://www.gexf.net/1.2draft"};
    static const char *const locations[] = {
        "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"};
    sg_xml_start(x, "gexf");
    sg_xml_attribute(x, "xmlns", namespaces[version]);
    sg_xml_attribute(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    sg_xml_attribute(x, "xsi:schemaLocation", locations[version]);
    sg_xml_attribute(x, "version", sg_gexf_version_names[version]);
}

int sg_write_gexf(const struct sg_model *models, size_t count, const struct sg_xml_options *options,
                  char **text)
{
    struct sg_xml_options defaults;
    sg_xml_options_init(&defaults);
    *text = NULL;
    const struct sg_model **order = calloc(count + 1, sizeof *order);
    struct gexf g = {sg_xml_open(),
                     order,
                     count,
                     models,
                     options ? options : &defaults,
                     calloc(count + 1, 1),
                     calloc(count + 1, sizeof(double))};
    if (!g.x) {
        free(order);
        free(g.present);
        free(g.values);
        return SG_ERR_NOMEM;
    }
    if (!order) {
        sg_xml_fail(g.x); /* sg_xml_close then frees it and reports out of memory */
    } else {
        for (size_t i = 0; i < count; i++)
            order[i] = &models[i];
        qsort(order, count, sizeof *order, by_date);
        write_root(g.x, g.options->gexf_version);
        write_meta(&g);
        write_graph(&g); /* checks present and values */
        sg_xml_end(g.x); /* gexf */
    }
    free(order);
    free(g.present);
    free(g.values);
    return sg_xml_close(g.x, text);
}
