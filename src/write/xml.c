/*
 * GraphML and GEXF 1.3 (docs/FORMATS.md), written with libxml2's text writer, which escapes
 * markup; characters XML 1.0 forbids (controls other than tab, newline, return) become
 * U+FFFD, as in the diagrams.
 *
 * GraphML: one node per actor, one edge per statement (parallel edges kept), every field a
 * typed <data> key: what Gephi, igraph, NetworkX and yEd read.
 * GEXF 1.3: one node per actor and one edge per tie over all the snapshots given, each with
 * the time intervals (spells, inclusive, in days) of the snapshots that hold it, and the tie
 * weight as a dynamic attribute: Gephi's timeline plays it.
 */
#include "write/xml.h"

#include "base/dates.h"
#include "base/diag.h"
#include "base/strindex.h"
#include "write/json_build.h"

#include <cjson/cJSON.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct xml {
    xmlTextWriterPtr w;
    xmlBufferPtr buffer;
    int failed;
};

/* text with the characters XML 1.0 forbids replaced by U+FFFD; NULL on out of memory */
static char *clean(const char *text)
{
    size_t n = strlen(text), extra = 0;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)text[i] < 0x20 && !strchr("\t\n\r", text[i]))
            extra += 2;
    char *out = malloc(n + extra + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)text[i] < 0x20 && !strchr("\t\n\r", text[i])) {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            *o++ = text[i];
        }
    }
    *o = '\0';
    return out;
}

static void start(struct xml *x, const char *element)
{
    if (xmlTextWriterStartElement(x->w, BAD_CAST element) < 0)
        x->failed = 1;
}

static void end(struct xml *x)
{
    if (xmlTextWriterEndElement(x->w) < 0)
        x->failed = 1;
}

static void attribute(struct xml *x, const char *name, const char *value)
{
    char *text = value ? clean(value) : NULL;
    if (!value)
        return;
    if (!text || xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST text) < 0)
        x->failed = 1;
    free(text);
}

static void content(struct xml *x, const char *value)
{
    char *text = clean(value);
    if (!text || xmlTextWriterWriteString(x->w, BAD_CAST text) < 0)
        x->failed = 1;
    free(text);
}

static int open_xml(struct xml *x)
{
    x->buffer = xmlBufferCreate();
    x->w = x->buffer ? xmlNewTextWriterMemory(x->buffer, 0) : NULL;
    if (!x->w) {
        if (x->buffer)
            xmlBufferFree(x->buffer);
        return SG_ERR_NOMEM;
    }
    xmlTextWriterSetIndent(x->w, 1);
    xmlTextWriterSetIndentString(x->w, BAD_CAST "  ");
    if (xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL) < 0)
        x->failed = 1;
    return SG_OK;
}

static int close_xml(struct xml *x, char **text)
{
    if (xmlTextWriterEndDocument(x->w) < 0)
        x->failed = 1;
    xmlFreeTextWriter(x->w);
    *text = x->failed ? NULL : strdup((const char *)xmlBufferContent(x->buffer));
    xmlBufferFree(x->buffer);
    return *text ? SG_OK : SG_ERR_NOMEM;
}

/* ---- GraphML ---- */

/* The GraphML type of a free-form field's JSON value. */
static const char *json_type(const char *json)
{
    if (json[0] == '"')
        return "string";
    if (strcmp(json, "true") == 0 || strcmp(json, "false") == 0)
        return "boolean";
    if ((json[0] >= '0' && json[0] <= '9') || json[0] == '-')
        return "double";
    return "string"; /* arrays, objects, null: their JSON text */
}

/* The text of a free-form field's value: a string's characters, else the JSON. */
static char *json_text(const char *json)
{
    return json[0] == '"' ? sg_json_string_text(json) : strdup(json);
}

struct key {
    char *name, *type, *id;
    int kind; /* 0 graph, 1 node, 2 edge */
};

struct keys {
    struct key *list;
    size_t count;
    int failed;
};

static void key_add(struct keys *k, int kind, const char *name, const char *type)
{
    for (size_t i = 0; i < k->count; i++)
        if (k->list[i].kind == kind && strcmp(k->list[i].name, name) == 0) {
            if (strcmp(k->list[i].type, type) != 0) { /* mixed kinds: strings */
                free(k->list[i].type);
                k->list[i].type = strdup("string");
            }
            return;
        }
    struct key *grown = realloc(k->list, (k->count + 1) * sizeof *grown);
    if (!grown) {
        k->failed = 1;
        return;
    }
    k->list = grown;
    struct key *key = &k->list[k->count++];
    key->kind = kind;
    key->name = strdup(name);
    key->type = strdup(type);
    key->id = NULL;
    if (asprintf(&key->id, "%c%zu", "gne"[kind], k -> count - 1) < 0)
        key->id = NULL;
    if (!key->name || !key->type || !key->id)
        k->failed = 1;
}

static const struct key *key_find(const struct keys *k, int kind, const char *name)
{
    for (size_t i = 0; i < k->count; i++)
        if (k->list[i].kind == kind && strcmp(k->list[i].name, name) == 0)
            return &k->list[i];
    return NULL;
}

static void keys_free(struct keys *k)
{
    for (size_t i = 0; i < k->count; i++) {
        free(k->list[i].name);
        free(k->list[i].type);
        free(k->list[i].id);
    }
    free(k->list);
}

static void data(struct xml *x, const struct keys *k, int kind, const char *name, const char *value)
{
    const struct key *key = key_find(k, kind, name);
    if (!value || !key)
        return;
    start(x, "data");
    attribute(x, "key", key->id);
    content(x, value);
    end(x);
}

static void data_extras(struct xml *x, const struct keys *k, int kind,
                        const struct sg_extras *extras)
{
    for (size_t e = 0; e < extras->count; e++) {
        char *text = json_text(extras->items[e].json);
        if (!text) {
            x->failed = 1;
            continue;
        }
        data(x, k, kind, extras->items[e].key, text);
        free(text);
    }
}

static void keys_for_extras(struct keys *k, int kind, const struct sg_extras *extras)
{
    for (size_t e = 0; e < extras->count; e++)
        key_add(k, kind, extras->items[e].key, json_type(extras->items[e].json));
}

int sg_write_graphml(const struct sg_model *model, char **text)
{
    struct xml x = {0};
    struct keys k = {0};
    *text = NULL;
    if (open_xml(&x) != SG_OK)
        return SG_ERR_NOMEM;
    /* the keys: fixed fields first, then free-form ones in order of appearance */
    static const char *const graph_fields[] = {"snapshot_id", "date", "title", "source"};
    for (size_t i = 0; i < 4; i++)
        key_add(&k, 0, graph_fields[i], "string");
    keys_for_extras(&k, 0, &model->info.extras);
    static const char *const node_fields[] = {"label", "type", "group", "role", "aliases"};
    for (size_t i = 0; i < 5; i++)
        key_add(&k, 1, node_fields[i], "string");
    for (size_t i = 0; i < model->actor_count; i++)
        keys_for_extras(&k, 1, &model->actors[i].extras);
    key_add(&k, 2, "stance", "string");
    key_add(&k, 2, "weight", "double");
    key_add(&k, 2, "date", "string");
    key_add(&k, 2, "evidence", "string");
    for (size_t i = 0; i < model->statement_count; i++)
        keys_for_extras(&k, 2, &model->statements[i].extras);
    if (k.failed)
        x.failed = 1;

    start(&x, "graphml");
    attribute(&x, "xmlns", "http://graphml.graphdrawing.org/xmlns");
    attribute(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    attribute(&x, "xsi:schemaLocation",
              "http://graphml.graphdrawing.org/xmlns "
              "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (size_t i = 0; i < k.count; i++) {
        start(&x, "key");
        attribute(&x, "id", k.list[i].id);
        attribute(&x, "for", k.list[i].kind == 0 ? "graph" : k.list[i].kind == 1 ? "node" : "edge");
        attribute(&x, "attr.name", k.list[i].name);
        attribute(&x, "attr.type", k.list[i].type);
        end(&x);
    }
    start(&x, "graph");
    attribute(&x, "id", model->info.id);
    attribute(&x, "edgedefault", "directed");
    data(&x, &k, 0, "snapshot_id", model->info.id);
    data(&x, &k, 0, "date", model->info.date);
    data(&x, &k, 0, "title", model->info.title);
    data(&x, &k, 0, "source", model->info.source);
    data_extras(&x, &k, 0, &model->info.extras);
    for (size_t i = 0; i < model->actor_count && !x.failed; i++) {
        const struct sg_actor *a = &model->actors[i];
        start(&x, "node");
        attribute(&x, "id", a->id);
        data(&x, &k, 1, "label", a->name);
        data(&x, &k, 1, "type", sg_actor_type_name(a->type));
        data(&x, &k, 1, "group", a->group);
        data(&x, &k, 1, "role", a->role);
        if (a->alias_count > 0) {
            char *aliases = sg_actor_aliases_joined(a);
            if (!aliases) {
                x.failed = 1;
                break;
            }
            data(&x, &k, 1, "aliases", aliases);
            free(aliases);
        }
        data_extras(&x, &k, 1, &a->extras);
        end(&x);
    }
    for (size_t i = 0; i < model->statement_count && !x.failed; i++) {
        const struct sg_statement *s = &model->statements[i];
        char id[32], weight[40];
        snprintf(id, sizeof id, "r%zu", i);
        snprintf(weight, sizeof weight, "%.12g", s->weight);
        start(&x, "edge");
        attribute(&x, "id", id);
        attribute(&x, "source", model->actors[s->source].id);
        attribute(&x, "target", model->actors[s->target].id);
        data(&x, &k, 2, "stance", sg_stance_name(s->type));
        data(&x, &k, 2, "weight", weight);
        data(&x, &k, 2, "date", s->date);
        data(&x, &k, 2, "evidence", s->evidence);
        data_extras(&x, &k, 2, &s->extras);
        end(&x);
    }
    end(&x); /* graph */
    end(&x); /* graphml */
    keys_free(&k);
    return close_xml(&x, text);
}

/* ---- GEXF ---- */

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
static void dynamic_values(struct xml *x, const struct sg_model *const *order, size_t count,
                           const char *present, const double *values, const char *value_key)
{
    {
        for (size_t i = 0; i < count; i++) {
            if (!present[i])
                continue;
            char number[40];
            snprintf(number, sizeof number, "%.12g", values[i]);
            char last_day[11];
            interval_end(order, count, i, last_day);
            start(x, "attvalue");
            attribute(x, "for", value_key);
            attribute(x, "value", number);
            attribute(x, "start", order[i]->info.date);
            attribute(x, "end", last_day);
            end(x);
        }
    }
}

/* The spells of something present in the snapshots marked in present[0..count): one per
 * contiguous run of snapshots, from the first one's date to the last one's interval end. */
static void spells(struct xml *x, const struct sg_model *const *order, size_t count,
                   const char *present)
{
    start(x, "spells");
    for (size_t i = 0; i < count; i++) {
        if (!present[i] || (i > 0 && present[i - 1]))
            continue;
        size_t last = i;
        while (last + 1 < count && present[last + 1])
            last++;
        char last_day[11];
        interval_end(order, count, last, last_day);
        start(x, "spell");
        attribute(x, "start", order[i]->info.date);
        attribute(x, "end", last_day);
        end(x);
    }
    end(x);
}

int sg_write_gexf(const struct sg_model *models, size_t count, char **text)
{
    struct xml x = {0};
    *text = NULL;
    const struct sg_model **order = calloc(count + 1, sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < count; i++)
        order[i] = &models[i];
    qsort(order, count, sizeof *order, by_date);
    if (open_xml(&x) != SG_OK) {
        free(order);
        return SG_ERR_NOMEM;
    }
    const struct sg_model *latest = order[count - 1];
    start(&x, "gexf");
    attribute(&x, "xmlns", "http://gexf.net/1.3");
    attribute(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    attribute(&x, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
    attribute(&x, "version", "1.3");
    start(&x, "meta");
    attribute(&x, "lastmodifieddate", latest->info.date);
    start(&x, "creator");
    content(&x, "stancegraph");
    end(&x);
    start(&x, "description");
    char *description = NULL;
    if (asprintf(&description, "%s%s%zu snapshot%s, %s to %s",
                 latest->info.title ? latest->info.title : "", latest->info.title ? ": " : "",
                 count, count == 1 ? "" : "s", order[0]->info.date, latest->info.date) < 0)
        x.failed = 1;
    else
        content(&x, description);
    free(description);
    end(&x);
    end(&x); /* meta */
    start(&x, "graph");
    attribute(&x, "defaultedgetype", "directed");
    attribute(&x, "mode", "dynamic");
    attribute(&x, "timeformat", "date");
    attribute(&x, "timerepresentation", "interval");
    static const char *const node_attributes[][2] = {
        {"type", "string"}, {"group", "string"}, {"role", "string"}};
    start(&x, "attributes");
    attribute(&x, "class", "node");
    attribute(&x, "mode", "static");
    for (size_t i = 0; i < 3; i++) {
        start(&x, "attribute");
        attribute(&x, "id", node_attributes[i][0]);
        attribute(&x, "title", node_attributes[i][0]);
        attribute(&x, "type", node_attributes[i][1]);
        end(&x);
    }
    end(&x);
    start(&x, "attributes");
    attribute(&x, "class", "edge");
    attribute(&x, "mode", "static");
    start(&x, "attribute");
    attribute(&x, "id", "stance");
    attribute(&x, "title", "stance");
    attribute(&x, "type", "string");
    end(&x);
    end(&x);
    start(&x, "attributes");
    attribute(&x, "class", "edge");
    attribute(&x, "mode", "dynamic");
    start(&x, "attribute");
    attribute(&x, "id", "tie_weight");
    attribute(&x, "title", "tie weight");
    attribute(&x, "type", "double");
    end(&x);
    end(&x);

    /* actors: by id over all snapshots, described as in the latest one that has them */
    struct sg_strindex *ids = sg_strindex_new(64);
    char *present = calloc(count + 1, 1);
    double *values = calloc(count + 1, sizeof *values);
    const struct sg_actor **actors = NULL;
    size_t actor_count = 0;
    if (!ids || !present || !values)
        x.failed = 1;
    for (size_t s = 0; s < count && !x.failed; s++)
        for (size_t a = 0; a < order[s]->actor_count && !x.failed; a++) {
            long found = sg_strindex_get(ids, order[s]->actors[a].id);
            if (found >= 0) {
                actors[found] = &order[s]->actors[a]; /* the later description wins */
                continue;
            }
            const struct sg_actor **grown = realloc(actors, (actor_count + 1) * sizeof *grown);
            if (!grown) {
                x.failed = 1;
                break;
            }
            actors = grown;
            if (sg_strindex_put(ids, order[s]->actors[a].id, actor_count) < 0) {
                x.failed = 1;
                break;
            }
            actors = grown;
            actors[actor_count++] = &order[s]->actors[a];
        }
    start(&x, "nodes");
    for (size_t a = 0; a < actor_count && !x.failed; a++) {
        start(&x, "node");
        attribute(&x, "id", actors[a]->id);
        attribute(&x, "label", actors[a]->name);
        start(&x, "attvalues");
        const char *fields[3] = {sg_actor_type_name(actors[a]->type), actors[a]->group,
                                 actors[a]->role};
        for (size_t f = 0; f < 3; f++) {
            if (!fields[f])
                continue;
            start(&x, "attvalue");
            attribute(&x, "for", node_attributes[f][0]);
            attribute(&x, "value", fields[f]);
            end(&x);
        }
        end(&x);
        for (size_t s = 0; s < count; s++)
            present[s] = sg_model_find_actor(order[s], actors[a]->id) >= 0;
        spells(&x, order, count, present);
        end(&x);
    }
    end(&x); /* nodes */

    /* ties: (source, target, stance) over all snapshots, negotiation unordered */
    start(&x, "edges");
    size_t edge_number = 0;
    for (size_t s = 0; s < count && !x.failed; s++) {
        const struct sg_model *m = order[s];
        for (size_t t = 0; t < m->tie_count && !x.failed; t++) {
            const struct sg_tie *tie = &m->ties[t];
            const char *source = m->actors[tie->source].id, *target = m->actors[tie->target].id;
            /* written once: at the first snapshot that has it */
            int earlier = 0;
            for (size_t e = 0; e < s && !earlier; e++)
                for (size_t u = 0; u < order[e]->tie_count && !earlier; u++) {
                    const struct sg_tie *v = &order[e]->ties[u];
                    const char *vs = order[e]->actors[v->source].id,
                               *vt = order[e]->actors[v->target].id;
                    earlier = v->type == tie->type &&
                              ((strcmp(vs, source) == 0 && strcmp(vt, target) == 0) ||
                               (tie->type == SG_STANCE_NEGOTIATION && strcmp(vs, target) == 0 &&
                                strcmp(vt, source) == 0));
                }
            if (earlier)
                continue;
            double latest_weight = 0;
            for (size_t e = 0; e < count; e++) {
                present[e] = 0;
                for (size_t u = 0; u < order[e]->tie_count; u++) {
                    const struct sg_tie *v = &order[e]->ties[u];
                    const char *vs = order[e]->actors[v->source].id,
                               *vt = order[e]->actors[v->target].id;
                    if (v->type == tie->type &&
                        ((strcmp(vs, source) == 0 && strcmp(vt, target) == 0) ||
                         (tie->type == SG_STANCE_NEGOTIATION && strcmp(vs, target) == 0 &&
                          strcmp(vt, source) == 0))) {
                        present[e] = 1;
                        values[e] = v->weight;
                        latest_weight = v->weight;
                        break;
                    }
                }
            }
            char id[32], weight[40];
            snprintf(id, sizeof id, "t%zu", edge_number++);
            snprintf(weight, sizeof weight, "%.12g", latest_weight);
            start(&x, "edge");
            attribute(&x, "id", id);
            attribute(&x, "source", source);
            attribute(&x, "target", target);
            if (tie->type == SG_STANCE_NEGOTIATION)
                attribute(&x, "type", "undirected");
            attribute(&x, "weight", weight);
            start(&x, "attvalues");
            start(&x, "attvalue");
            attribute(&x, "for", "stance");
            attribute(&x, "value", sg_stance_name(tie->type));
            end(&x);
            dynamic_values(&x, order, count, present, values, "tie_weight");
            end(&x);
            spells(&x, order, count, present);
            end(&x);
        }
    }
    end(&x); /* edges */
    end(&x); /* graph */
    end(&x); /* gexf */
    sg_strindex_free(ids);
    free(present);
    free(values);
    free(actors);
    free(order);
    return close_xml(&x, text);
}

const char *sg_xml_library_version(void)
{
    return LIBXML_DOTTED_VERSION;
}
