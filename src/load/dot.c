/*
 * The DOT reader (docs/FORMATS.md): cgraph parses the file; the graph, its nodes and edges are
 * turned into a tree of the stancegraph/1 shape, which the snapshot loader checks (so every
 * rule and message is the JSON one, placed at the node or edge it concerns).
 *
 * A diagram stancegraph wrote carries the snapshot itself (sg_snapshot, sg_actor,
 * sg_relations: compact JSON) and reads back to exactly that snapshot. Any other DOT is read
 * by convention: nodes are actors (node name -> id, label -> name, type, group, role), edges
 * carry stance and weight (and date, evidence), graph attributes id, date and title; every
 * other attribute is kept as a free-form field.
 */
#include "load/dot.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/json.h"

#include <cjson/cJSON.h>
#include <graphviz/cgraph.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* cgraph reports syntax errors through this hook; the last message is kept. */
static char last_error[512];

static int keep_error(char *message)
{
    snprintf(last_error, sizeof last_error, "%s", message);
    return 0;
}

struct reader {
    const char *name;
    cJSON *root, *actors, *relations;
    char **actor_where, **relation_where;
    size_t actor_count, relation_count, capacity_actors, capacity_relations;
    int failed; /* out of memory */
    int errors; /* reported */
};

static int push_where(struct reader *r, char ***list, size_t *count, size_t *capacity, char *where)
{
    if (!where) {
        r->failed = 1;
        return -1;
    }
    if (*count == *capacity) {
        size_t grown_capacity = *capacity ? *capacity * 2 : 32;
        char **grown = realloc(*list, grown_capacity * sizeof *grown);
        if (!grown) {
            free(where);
            r->failed = 1;
            return -1;
        }
        *list = grown;
        *capacity = grown_capacity;
    }
    (*list)[(*count)++] = where;
    return 0;
}

static char *printf_alloc(const char *format, ...) __attribute__((format(printf, 1, 2)));

static char *printf_alloc(const char *format, ...)
{
    char *text = NULL;
    va_list args;
    va_start(args, format);
    int n = vasprintf(&text, format, args);
    va_end(args);
    return n < 0 ? NULL : text;
}

/* The value of attribute name on object, or NULL when undeclared or empty. */
static const char *attribute(void *object, const char *name)
{
    const char *value = agget(object, (char *)name);
    return value && *value ? value : NULL;
}

static void add_string(struct reader *r, cJSON *object, const char *key, const char *value)
{
    if (value && !cJSON_AddStringToObject(object, key, value))
        r->failed = 1;
}

/* Keeps every declared attribute of object with a value, except those in skip, as strings. */
static void carry_attributes(struct reader *r, Agraph_t *graph, int kind, void *object, cJSON *into,
                             const char *const *skip)
{
    for (Agsym_t *sym = agnxtattr(graph, kind, NULL); sym; sym = agnxtattr(graph, kind, sym)) {
        const char *const *k = skip;
        while (*k && strcmp(*k, sym->name) != 0)
            k++;
        if (*k)
            continue;
        const char *value = agxget(object, sym);
        if (value && *value && !cJSON_GetObjectItemCaseSensitive(into, sym->name))
            add_string(r, into, sym->name, value);
    }
}

/* Parses an sg_ attribute; reports and returns NULL when it is not JSON of the right kind. */
static cJSON *embedded(struct reader *r, const char *where, const char *attribute_name,
                       const char *text, int want_array)
{
    /* stancegraph doubles every backslash of these values (write_dot.c: set_json) */
    char *halved = strdup(text), *o = halved;
    if (!halved) {
        r->failed = 1;
        return NULL;
    }
    for (const char *c = text; *c; c++) {
        *o++ = *c;
        if (c[0] == '\\' && c[1] == '\\')
            c++;
    }
    *o = '\0';
    cJSON *value = cJSON_Parse(halved);
    free(halved);
    if (!value || (want_array ? !cJSON_IsArray(value) : !cJSON_IsObject(value))) {
        sg_diag_at_path(where, attribute_name, "not the JSON %s stancegraph writes there",
                        want_array ? "array" : "object");
        r->errors++;
        cJSON_Delete(value);
        return NULL;
    }
    return value;
}

static const char *type_from_shape(const char *shape)
{
    static const char *const shapes[][2] = {{"ellipse", "person"},
                                            {"box", "organization"},
                                            {"hexagon", "country"},
                                            {"octagon", "group"}};
    for (size_t i = 0; shape && i < sizeof shapes / sizeof shapes[0]; i++)
        if (strcmp(shape, shapes[i][0]) == 0)
            return shapes[i][1];
    return "group";
}

static void read_snapshot_info(struct reader *r, Agraph_t *graph, int own)
{
    cJSON *snapshot = NULL;
    if (own) {
        cJSON *head = embedded(r, r->name, "sg_snapshot", attribute(graph, "sg_snapshot"), 0);
        if (!head)
            return;
        if (cJSON_GetObjectItemCaseSensitive(head, "actors_shown")) {
            cJSON *shown = cJSON_GetObjectItemCaseSensitive(head, "actors_shown");
            cJSON *total = cJSON_GetObjectItemCaseSensitive(head, "actors_total");
            sg_diag_at_path(r->name, NULL,
                            "this diagram shows only %d of %d actors (it was reduced for "
                            "drawing), so it is not the whole snapshot: read the snapshot's "
                            "JSON instead",
                            cJSON_IsNumber(shown) ? shown->valueint : 0,
                            cJSON_IsNumber(total) ? total->valueint : 0);
            r->errors++;
            cJSON_Delete(head);
            return;
        }
        snapshot = cJSON_DetachItemFromObjectCaseSensitive(head, "snapshot");
        cJSON_Delete(head);
    } else {
        snapshot = cJSON_CreateObject();
        if (!snapshot) {
            r->failed = 1;
            return;
        }
        const char *id = attribute(graph, "id");
        if (!id && sg_text_is_valid_id(agnameof(graph)))
            id = agnameof(graph);
        add_string(r, snapshot, "id", id ? id : "snapshot");
        add_string(r, snapshot, "date", attribute(graph, "date"));
        const char *title = attribute(graph, "title");
        add_string(r, snapshot, "title", title ? title : attribute(graph, "label"));
        add_string(r, snapshot, "source", attribute(graph, "source"));
        static const char *const skip[] = {"id", "date", "title", "label", "source", NULL};
        carry_attributes(r, graph, AGRAPH, graph, snapshot, skip);
    }
    if (snapshot && !cJSON_AddItemToObject(r->root, "snapshot", snapshot)) {
        cJSON_Delete(snapshot);
        r->failed = 1;
    }
}

/* An actor or relation with its place in the snapshot. */
struct tagged {
    double index;
    cJSON *item;
    char *where;
};

struct tagged_list {
    struct tagged *items;
    size_t count, capacity;
};

static void tag(struct reader *r, struct tagged_list *list, double index, cJSON *item, char *where)
{
    if (!item || !where) {
        cJSON_Delete(item);
        free(where);
        r->failed = 1;
        return;
    }
    if (list->count == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 64;
        struct tagged *grown = realloc(list->items, capacity * sizeof *grown);
        if (!grown) {
            cJSON_Delete(item);
            free(where);
            r->failed = 1;
            return;
        }
        list->items = grown;
        list->capacity = capacity;
    }
    list->items[list->count++] = (struct tagged){index, item, where};
}

static int by_index(const void *left, const void *right)
{
    const struct tagged *a = left, *b = right;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Appends the tagged items to array in index order, their places to where. */
static void add_in_order(struct reader *r, struct tagged_list *list, cJSON *array, char ***where,
                         size_t *count, size_t *capacity)
{
    if (list->count > 1)
        qsort(list->items, list->count, sizeof *list->items, by_index);
    for (size_t i = 0; i < list->count; i++) {
        if (!cJSON_AddItemToArray(array, list->items[i].item)) {
            cJSON_Delete(list->items[i].item);
            free(list->items[i].where);
            r->failed = 1;
            continue;
        }
        push_where(r, where, count, capacity, list->items[i].where);
    }
    free(list->items);
}

/* Reads an [index, object] pair (what stancegraph writes); reports and returns NULL when the
 * value is not one. */
static cJSON *read_pair(struct reader *r, const char *where, const char *name, cJSON *pair,
                        double *index)
{
    cJSON *number = cJSON_GetArrayItem(pair, 0), *object = cJSON_GetArrayItem(pair, 1);
    if (!cJSON_IsArray(pair) || !cJSON_IsNumber(number) || !cJSON_IsObject(object)) {
        sg_diag_at_path(where, name, "expected an [index, object] pair");
        r->errors++;
        return NULL;
    }
    *index = number->valuedouble;
    return cJSON_DetachItemFromArray(pair, 1);
}

static void read_node(struct reader *r, Agraph_t *graph, Agnode_t *node, int own,
                      struct tagged_list *list)
{
    const char *id = agnameof(node);
    cJSON *actor = NULL;
    double index = (double)list->count;
    if (own) {
        const char *text = attribute(node, "sg_actor");
        if (!text)
            return; /* the legend, not an actor */
        char *where = printf_alloc("%s: node '%s'", r->name, id);
        cJSON *pair = where ? embedded(r, where, "sg_actor", text, 1) : NULL;
        actor = pair ? read_pair(r, where, "sg_actor", pair, &index) : NULL;
        cJSON_Delete(pair);
        free(where);
        if (!actor)
            return;
    } else {
        static const char *const skip[] = {"label", "type", "group", "role", NULL};
        actor = cJSON_CreateObject();
        if (!actor) {
            r->failed = 1;
            return;
        }
        const char *label = attribute(node, "label");
        add_string(r, actor, "id", id);
        add_string(r, actor, "name", label && strcmp(label, "\\N") != 0 ? label : id);
        const char *type = attribute(node, "type");
        add_string(r, actor, "type", type ? type : type_from_shape(attribute(node, "shape")));
        add_string(r, actor, "group", attribute(node, "group"));
        add_string(r, actor, "role", attribute(node, "role"));
        carry_attributes(r, graph, AGNODE, node, actor, skip);
    }
    tag(r, list, index, actor, printf_alloc("%s: node '%s'", r->name, id));
}

static int by_sequence(const void *left, const void *right)
{
    Agedge_t *const *a = left, *const *b = right;
    return AGSEQ(*a) < AGSEQ(*b) ? -1 : AGSEQ(*a) > AGSEQ(*b);
}

static void read_edges(struct reader *r, Agraph_t *graph, int own)
{
    size_t edge_count = (size_t)agnedges(graph), n = 0;
    Agedge_t **edges = calloc(edge_count + 1, sizeof *edges);
    struct tagged_list list = {0};
    if (!edges) {
        r->failed = 1;
        return;
    }
    for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node))
        for (Agedge_t *edge = agfstout(graph, node); edge && n < edge_count;
             edge = agnxtout(graph, edge))
            edges[n++] = edge;
    qsort(edges, n, sizeof *edges, by_sequence);
    for (size_t i = 0; i < n && !r->failed; i++) {
        Agedge_t *edge = edges[i];
        const char *tail = agnameof(agtail(edge)), *head = agnameof(aghead(edge));
        char *where = printf_alloc("%s: edge '%s' -> '%s'", r->name, tail, head);
        if (!where) {
            r->failed = 1;
            break;
        }
        if (own) {
            const char *text = attribute(edge, "sg_relations");
            cJSON *pairs = embedded(r, where, "sg_relations", text ? text : "", 1);
            for (cJSON *pair = pairs ? pairs->child : NULL; pair && !r->failed; pair = pair->next) {
                double index = 0;
                cJSON *relation = read_pair(r, where, "sg_relations", pair, &index);
                if (relation)
                    tag(r, &list, index, relation, strdup(where));
            }
            cJSON_Delete(pairs);
            free(where);
            continue;
        }
        static const char *const skip[] = {"stance", "weight", "date", "evidence", "key", NULL};
        if (!attribute(edge, "stance")) {
            sg_diag_at_path(where, NULL,
                            "no stance attribute (stance=support, criticism or negotiation)");
            r->errors++;
            free(where);
            continue;
        }
        cJSON *relation = cJSON_CreateObject();
        if (relation) {
            add_string(r, relation, "source", tail);
            add_string(r, relation, "target", head);
            add_string(r, relation, "type", attribute(edge, "stance"));
            const char *weight = attribute(edge, "weight");
            if (weight) {
                char *end = NULL;
                double value = strtod(weight, &end);
                if (end != weight && *end == '\0') {
                    if (!cJSON_AddNumberToObject(relation, "weight", value))
                        r->failed = 1;
                } else {
                    add_string(r, relation, "weight", weight); /* reported: not a number */
                }
            }
            add_string(r, relation, "date", attribute(edge, "date"));
            add_string(r, relation, "evidence", attribute(edge, "evidence"));
            carry_attributes(r, graph, AGEDGE, edge, relation, skip);
        }
        tag(r, &list, (double)list.count, relation, where);
    }
    free(edges);
    add_in_order(r, &list, r->relations, &r->relation_where, &r->relation_count,
                 &r->capacity_relations);
}

int sg_load_dot_buffer(const char *name, const char *bytes, size_t length, struct sg_model *model)
{
    if (sg_infile_check_text(name, bytes, length) != SG_OK)
        return SG_ERR_DATA;
    last_error[0] = '\0';
    agusererrf previous = agseterrf(keep_error);
    agerrlevel_t previous_level = agseterr(AGERR);
    Agraph_t *graph = agmemread(bytes);
    agseterrf(previous);
    agseterr(previous_level);
    if (!graph) {
        /* cgraph says "syntax error in line N near 'x'" */
        const char *at = strstr(last_error, "line ");
        const char *near = strstr(last_error, "near ");
        unsigned long error_line = at ? strtoul(at + 5, NULL, 10) : 0;
        char detail[256];
        snprintf(detail, sizeof detail, "%s", near ? near : "");
        char *newline = strchr(detail, '\n');
        if (newline)
            *newline = '\0';
        if (error_line > 0) {
            sg_diag_at_line(name, error_line, "DOT syntax error%s%s", *detail ? " " : "", detail);
        } else {
            sg_diag_at_path(name, NULL, "not a DOT graph%s%s", *detail ? ": " : "", detail);
        }
        return SG_ERR_DATA;
    }
    struct reader r = {.name = name};
    r.root = cJSON_CreateObject();
    r.actors = cJSON_CreateArray();
    r.relations = cJSON_CreateArray();
    int err = SG_ERR_NOMEM;
    if (!r.root || !r.actors || !r.relations) {
        cJSON_Delete(r.actors);
        cJSON_Delete(r.relations);
        goto out;
    }
    cJSON_AddStringToObject(r.root, "format", "stancegraph/1");
    int own = attribute(graph, "sg_snapshot") != NULL;
    read_snapshot_info(&r, graph, own);
    cJSON_AddItemToObject(r.root, "actors", r.actors);
    cJSON_AddItemToObject(r.root, "relations", r.relations);
    struct tagged_list actors = {0};
    for (Agnode_t *node = agfstnode(graph); node && !r.failed; node = agnxtnode(graph, node))
        read_node(&r, graph, node, own, &actors);
    add_in_order(&r, &actors, r.actors, &r.actor_where, &r.actor_count, &r.capacity_actors);
    read_edges(&r, graph, own);
    if (r.failed)
        goto out;
    if (!own && !attribute(graph, "date")) {
        sg_diag_at_path(name, NULL,
                        "the graph has no date attribute (a snapshot needs one: "
                        "graph [date=\"YYYY-MM-DD\"])");
        err = SG_ERR_DATA;
        goto out;
    }
    struct sg_load_origin origin = {(const char *const *)r.actor_where, r.actor_count,
                                    (const char *const *)r.relation_where, r.relation_count};
    /* with problems found here already, the loader still reports the others */
    err = sg_load_tree(name, r.root, &origin, model);
    if (!err && r.errors) {
        sg_model_destroy(model);
        err = SG_ERR_DATA;
    }
out:
    if (err == SG_ERR_NOMEM)
        sg_diag_error("out of memory");
    for (size_t i = 0; i < r.actor_count; i++)
        free(r.actor_where[i]);
    for (size_t i = 0; i < r.relation_count; i++)
        free(r.relation_where[i]);
    free(r.actor_where);
    free(r.relation_where);
    cJSON_Delete(r.root);
    agclose(graph);
    return err;
}

int sg_load_dot_file(const char *path, struct sg_model *model)
{
    char *bytes = NULL;
    size_t length = 0;
    int err = sg_infile_read(path, &bytes, &length);
    if (!err)
        err = sg_load_dot_buffer(strcmp(path, "-") == 0 ? "<stdin>" : path, bytes, length, model);
    free(bytes);
    return err;
}
