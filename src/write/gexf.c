/*
 * GEXF 1.3 of a series of snapshots as one dynamic graph (docs/FORMATS.md; declared in xml.h):
 * one node per actor and one edge per tie over all the snapshots, each with the time intervals
 * (spells, inclusive, in days) of the snapshots that hold it, and the tie weight as a dynamic
 * attribute: Gephi's timeline plays it. Actors are matched by id and ties by their comparison
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

static int by_date(const void *left, const void *right)
{
    const struct sg_model *const *a = left, *const *b = right;
    int order = strcmp((*a)->info.date, (*b)->info.date);
    return order ? order : strcmp((*a)->info.id, (*b)->info.id);
}

/* The inclusive end of snapshot i's interval: the day before the next snapshot, or its own
 * date for the last (GEXF 1.3 has inclusive intervals only). */
static void interval_end(const struct sg_model *const *order, size_t count, size_t i, char out[11])
{
    if (i + 1 < count)
        sg_date_from_days(sg_date_to_days(order[i + 1]->info.date) - 1, out);
    else
        snprintf(out, 11, "%s", order[i]->info.date);
}

/* A dynamic attribute's values: one per snapshot holding it, over that snapshot's interval. */
static void dynamic_values(struct sg_xml *x, const struct sg_model *const *order, size_t count,
                           const char *present, const double *values, const char *value_key)
{
    for (size_t i = 0; i < count; i++) {
        if (!present[i])
            continue;
        char number[40];
        snprintf(number, sizeof number, "%.12g", values[i]);
        char last_day[11];
        interval_end(order, count, i, last_day);
        sg_xml_start(x, "attvalue");
        sg_xml_attribute(x, "for", value_key);
        sg_xml_attribute(x, "value", number);
        sg_xml_attribute(x, "start", order[i]->info.date);
        sg_xml_attribute(x, "end", last_day);
        sg_xml_end(x);
    }
}

/* The spells of something present in the snapshots marked in present[0..count): one per
 * contiguous run of snapshots, from the first one's date to the last one's interval end. */
static void spells(struct sg_xml *x, const struct sg_model *const *order, size_t count,
                   const char *present)
{
    sg_xml_start(x, "spells");
    for (size_t i = 0; i < count; i++) {
        if (!present[i] || (i > 0 && present[i - 1]))
            continue;
        size_t last = i;
        while (last + 1 < count && present[last + 1])
            last++;
        char last_day[11];
        interval_end(order, count, last, last_day);
        sg_xml_start(x, "spell");
        sg_xml_attribute(x, "start", order[i]->info.date);
        sg_xml_attribute(x, "end", last_day);
        sg_xml_end(x);
    }
    sg_xml_end(x);
}

/* The GEXF header: the latest snapshot's date and title, how many snapshots over which dates. */
static void write_meta(struct sg_xml *x, const struct sg_model *const *order, size_t count)
{
    const struct sg_model *latest = order[count - 1];
    sg_xml_start(x, "meta");
    sg_xml_attribute(x, "lastmodifieddate", latest->info.date);
    sg_xml_start(x, "creator");
    sg_xml_content(x, "stancegraph");
    sg_xml_end(x);
    sg_xml_start(x, "description");
    char *description = NULL;
    if (asprintf(&description, "%s%s%zu snapshot%s, %s to %s",
                 latest->info.title ? latest->info.title : "", latest->info.title ? ": " : "",
                 count, count == 1 ? "" : "s", order[0]->info.date, latest->info.date) < 0)
        sg_xml_fail(x);
    else
        sg_xml_content(x, description);
    free(description);
    sg_xml_end(x);
    sg_xml_end(x); /* meta */
}

/* The static node attributes, in the order their values are written. */
static const char *const node_attributes[] = {"type", "group", "role"};

/* One <attributes> block declaring one attribute per id in ids[0 .. count) of type type. */
static void declare_attributes(struct sg_xml *x, const char *class, const char *mode,
                               const char *const *ids, const char *const *titles, size_t count,
                               const char *type)
{
    sg_xml_start(x, "attributes");
    sg_xml_attribute(x, "class", class);
    sg_xml_attribute(x, "mode", mode);
    for (size_t i = 0; i < count; i++) {
        sg_xml_start(x, "attribute");
        sg_xml_attribute(x, "id", ids[i]);
        sg_xml_attribute(x, "title", titles[i]);
        sg_xml_attribute(x, "type", type);
        sg_xml_end(x);
    }
    sg_xml_end(x);
}

static void write_declarations(struct sg_xml *x)
{
    static const char *const stance[] = {"stance"};
    static const char *const weight_id[] = {"tie_weight"}, *const weight_title[] = {"tie weight"};
    declare_attributes(x, "node", "static", node_attributes, node_attributes, 3, "string");
    declare_attributes(x, "edge", "static", stance, stance, 1, "string");
    declare_attributes(x, "edge", "dynamic", weight_id, weight_title, 1, "double");
}

/* Node u of the actors' series, described as in the latest snapshot that has it. */
static void write_node(struct sg_xml *x, const struct sg_model *const *order, size_t count,
                       const struct series *actors, size_t u, char *present)
{
    const struct occurrence *first = &actors->occurrences[actors->start[u]];
    const struct occurrence *last = &actors->occurrences[actors->start[u + 1] - 1];
    const struct sg_actor *actor = &order[last->snapshot]->actors[last->index];
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
    sg_xml_end(x);
    memset(present, 0, count);
    for (const struct occurrence *o = first; o <= last; o++)
        present[o->snapshot] = 1;
    spells(x, order, count, present);
    sg_xml_end(x);
}

/* Edge u of the ties' series, with source and target as in the first snapshot that has it,
 * its weight in the latest, and its weight in each snapshot as a dynamic value. */
static void write_edge(struct sg_xml *x, const struct sg_model *const *order, size_t count,
                       const struct series *ties, size_t u, char *present, double *values)
{
    const struct occurrence *first = &ties->occurrences[ties->start[u]];
    const struct occurrence *last = &ties->occurrences[ties->start[u + 1] - 1];
    const struct sg_model *model = order[first->snapshot];
    const struct sg_tie *tie = &model->ties[first->index];
    memset(present, 0, count);
    for (const struct occurrence *o = first; o <= last; o++) {
        present[o->snapshot] = 1;
        values[o->snapshot] = order[o->snapshot]->ties[o->index].weight;
    }
    char id[32], weight[40];
    snprintf(id, sizeof id, "t%zu", u);
    snprintf(weight, sizeof weight, "%.12g", order[last->snapshot]->ties[last->index].weight);
    sg_xml_start(x, "edge");
    sg_xml_attribute(x, "id", id);
    sg_xml_attribute(x, "source", model->actors[tie->source].id);
    sg_xml_attribute(x, "target", model->actors[tie->target].id);
    if (tie->type == SG_STANCE_NEGOTIATION)
        sg_xml_attribute(x, "type", "undirected");
    sg_xml_attribute(x, "weight", weight);
    sg_xml_start(x, "attvalues");
    sg_xml_start(x, "attvalue");
    sg_xml_attribute(x, "for", "stance");
    sg_xml_attribute(x, "value", sg_stance_name(tie->type));
    sg_xml_end(x);
    dynamic_values(x, order, count, present, values, "tie_weight");
    sg_xml_end(x);
    spells(x, order, count, present);
    sg_xml_end(x);
}

/* The <graph>: declarations, then nodes and edges; notes out of memory in x. */
static void write_graph(struct sg_xml *x, const struct sg_model *const *order, size_t count)
{
    struct series actors = {0}, ties = {0};
    char *present = calloc(count + 1, 1);
    double *values = calloc(count + 1, sizeof *values);
    if (!present || !values || series_build(&actors, order, count, &actors_kind) != SG_OK ||
        series_build(&ties, order, count, &ties_kind) != SG_OK)
        sg_xml_fail(x);
    sg_xml_start(x, "graph");
    sg_xml_attribute(x, "defaultedgetype", "directed");
    sg_xml_attribute(x, "mode", "dynamic");
    sg_xml_attribute(x, "timeformat", "date");
    sg_xml_attribute(x, "timerepresentation", "interval");
    write_declarations(x);
    sg_xml_start(x, "nodes");
    for (size_t u = 0; u < actors.count && !sg_xml_failed(x); u++)
        write_node(x, order, count, &actors, u, present);
    sg_xml_end(x);
    sg_xml_start(x, "edges");
    for (size_t u = 0; u < ties.count && !sg_xml_failed(x); u++)
        write_edge(x, order, count, &ties, u, present, values);
    sg_xml_end(x);
    sg_xml_end(x); /* graph */
    series_destroy(&actors);
    series_destroy(&ties);
    free(present);
    free(values);
}

int sg_write_gexf(const struct sg_model *models, size_t count, char **text)
{
    *text = NULL;
    const struct sg_model **order = calloc(count + 1, sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < count; i++)
        order[i] = &models[i];
    qsort(order, count, sizeof *order, by_date);
    struct sg_xml *x = sg_xml_open();
    if (!x) {
        free(order);
        return SG_ERR_NOMEM;
    }
    sg_xml_start(x, "gexf");
    sg_xml_attribute(x, "xmlns", "http://gexf.net/1.3");
    sg_xml_attribute(x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    sg_xml_attribute(x, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    sg_xml_attribute(x, "version", "1.3");
    write_meta(x, order, count);
    write_graph(x, order, count);
    sg_xml_end(x); /* gexf */
    free(order);
    return sg_xml_close(x, text);
}
