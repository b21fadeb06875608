/*
 * The DOT reader (docs/FORMATS.md): cgraph parses the file; the graph, its nodes and edges become
 * records for the snapshot builder, which checks them (so every rule and message is the one of
 * the other formats, placed at the node or edge it concerns).
 *
 * A diagram stancegraph wrote carries the snapshot itself (sg_snapshot, sg_actor,
 * sg_relations: compact JSON, read through load/json.h) and reads back to exactly that
 * snapshot. Any other DOT is read by convention: nodes are actors (node name -> id, label ->
 * name, type, group, role), edges carry stance and weight (and date, evidence), graph
 * attributes id, date and title; every other attribute is kept as a free-form field.
 */
#include "load/dot.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/builder.h"
#include "load/json.h"

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
    struct sg_builder builder;
    struct sg_record snapshot;
    enum sg_kind snapshot_kind; /* SG_KIND_OBJECT once snapshot holds the head */
    /* indexed by position in the snapshot */
    struct sg_staged_list actors, relations;
    int failed; /* out of memory */
    int errors; /* reported here, besides the builder's */
};

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

static void put(struct reader *r, struct sg_record *record, const char *key, const char *value)
{
    if (sg_record_put_string(record, key, value) != SG_OK)
        r->failed = 1;
}

/* Keeps every declared attribute of object with a value, except those in skip, as strings. */
static void carry_attributes(struct reader *r, Agraph_t *graph, int kind, void *object,
                             struct sg_record *into, const char *const *skip)
{
    for (Agsym_t *sym = agnxtattr(graph, kind, NULL); sym; sym = agnxtattr(graph, kind, sym)) {
        const char *const *k = skip;
        while (*k && strcmp(*k, sym->name) != 0)
            k++;
        if (*k)
            continue;
        const char *value = agxget(object, sym);
        if (value && *value)
            put(r, into, sym->name, value);
    }
}

/* The value of an sg_ attribute as JSON: stancegraph doubles every backslash of these values
 * (write/dot.c: set_json). A heap string; NULL on out of memory (noted). */
static char *halved(struct reader *r, const char *text)
{
    char *copy = strdup(text), *o = copy;
    if (!copy) {
        r->failed = 1;
        return NULL;
    }
    for (const char *c = text; *c; c++) {
        *o++ = *c;
        if (c[0] == '\\' && c[1] == '\\')
            c++;
    }
    *o = '\0';
    return copy;
}

/* Reports an sg_ attribute that is not the JSON stancegraph writes. */
static void not_embedded(struct reader *r, const char *where, const char *attribute_name, int found,
                         const char *want)
{
    if (found == SG_ERR_NOMEM) {
        r->failed = 1;
        return;
    }
    if (found == SG_JSON_WRONG)
        sg_diag_at_path(where, attribute_name, "not the JSON %s stancegraph writes there", want);
    else
        sg_diag_at_path(where, attribute_name, "expected an [index, object] pair");
    r->errors++;
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

/* The head stancegraph embedded (sg_snapshot); a reduced diagram is refused. */
static void read_own_snapshot(struct reader *r, Agraph_t *graph)
{
    const struct sg_place place = {.file = r->name, .path = "snapshot"};
    struct sg_json_head head;
    char *text = halved(r, attribute(graph, "sg_snapshot"));
    int found =
        text ? sg_json_read_head(&r->builder, &place, text, &r->snapshot, &head) : SG_ERR_NOMEM;
    free(text);
    if (found != SG_OK) {
        not_embedded(r, r->name, "sg_snapshot", found, "object");
        return;
    }
    if (head.reduced) {
        sg_diag_at_path(r->name, NULL,
                        "this diagram shows only %d of %d actors (it was reduced for "
                        "drawing), so it is not the whole snapshot: read the snapshot's "
                        "JSON instead",
                        head.shown, head.total);
        r->errors++;
        return;
    }
    r->snapshot_kind = head.snapshot_kind;
}

static void read_snapshot_info(struct reader *r, Agraph_t *graph, int own)
{
    static const char *const skip[] = {"id", "date", "title", "label", "source", NULL};
    if (own) {
        read_own_snapshot(r, graph);
        return;
    }
    const char *id = attribute(graph, "id");
    if (!id && sg_text_is_valid_id(agnameof(graph)))
        id = agnameof(graph);
    put(r, &r->snapshot, "id", id ? id : "snapshot");
    put(r, &r->snapshot, "date", attribute(graph, "date"));
    const char *title = attribute(graph, "title");
    put(r, &r->snapshot, "title", title ? title : attribute(graph, "label"));
    put(r, &r->snapshot, "source", attribute(graph, "source"));
    carry_attributes(r, graph, AGRAPH, graph, &r->snapshot, skip);
    r->snapshot_kind = SG_KIND_OBJECT;
}

/* Appends an item (record and where moved in; where NULL means out of memory). */
static void stage(struct reader *r, struct sg_staged_list *list, double index,
                  struct sg_record *record, char *where)
{
    if (sg_staged_push(list, index, record, where) != SG_OK)
        r->failed = 1;
}

static int by_index(const void *left, const void *right)
{
    const struct sg_staged *a = left, *b = right;
    return a->index < b->index ? -1 : a->index > b->index;
}

static void read_node(struct reader *r, Agraph_t *graph, Agnode_t *node, int own)
{
    static const char *const skip[] = {"label", "type", "group", "role", NULL};
    const char *id = agnameof(node);
    struct sg_record actor;
    double index = (double)r->actors.count;
    sg_record_init(&actor, SG_RECORD_ACTOR);
    if (own) {
        const char *text = attribute(node, "sg_actor");
        if (!text)
            return; /* the legend, not an actor */
        char *where = printf_alloc("%s: node '%s'", r->name, id);
        char *json = where ? halved(r, text) : NULL;
        const struct sg_place place = {.file = where, .path = "sg_actor"};
        int found =
            json ? sg_json_read_pair(&r->builder, &place, json, &actor, &index) : SG_ERR_NOMEM;
        free(json);
        if (found != SG_OK) {
            not_embedded(r, where, "sg_actor", found, "array");
            sg_record_destroy(&actor);
            free(where);
            return;
        }
        stage(r, &r->actors, index, &actor, where);
        return;
    }
    const char *label = attribute(node, "label");
    put(r, &actor, "id", id);
    put(r, &actor, "name", label && strcmp(label, "\\N") != 0 ? label : id);
    const char *type = attribute(node, "type");
    put(r, &actor, "type", type ? type : type_from_shape(attribute(node, "shape")));
    put(r, &actor, "group", attribute(node, "group"));
    put(r, &actor, "role", attribute(node, "role"));
    carry_attributes(r, graph, AGNODE, node, &actor, skip);
    stage(r, &r->actors, index, &actor, printf_alloc("%s: node '%s'", r->name, id));
}

/* The relations stancegraph embedded in an edge (sg_relations). */
static void read_own_edge(struct reader *r, Agedge_t *edge, const char *where)
{
    const struct sg_place place = {.file = where, .path = "sg_relations"};
    struct sg_json_pair *pairs = NULL;
    size_t count = 0;
    const char *text = attribute(edge, "sg_relations");
    char *json = halved(r, text ? text : "");
    int found =
        json ? sg_json_read_pairs(&r->builder, &place, json, SG_RECORD_RELATION, &pairs, &count)
             : SG_ERR_NOMEM;
    free(json);
    if (found != SG_OK)
        not_embedded(r, where, "sg_relations", found, "array");
    for (size_t i = 0; i < count; i++) {
        if (!pairs[i].is_pair) {
            sg_record_destroy(&pairs[i].record); /* what a failed read left in it */
            if (found == SG_OK)
                not_embedded(r, where, "sg_relations", SG_JSON_NOT_PAIR, "array");
        } else {
            stage(r, &r->relations, pairs[i].index, &pairs[i].record, strdup(where));
        }
    }
    free(pairs);
}

/* A relation read by convention from an edge's attributes. */
static void read_edge(struct reader *r, Agraph_t *graph, Agedge_t *edge, char *where)
{
    static const char *const skip[] = {"stance", "weight", "date", "evidence", "key", NULL};
    if (!attribute(edge, "stance")) {
        sg_diag_at_path(where, NULL,
                        "no stance attribute (stance=support, criticism or negotiation)");
        r->errors++;
        free(where);
        return;
    }
    struct sg_record relation;
    sg_record_init(&relation, SG_RECORD_RELATION);
    put(r, &relation, "source", agnameof(agtail(edge)));
    put(r, &relation, "target", agnameof(aghead(edge)));
    put(r, &relation, "type", attribute(edge, "stance"));
    const char *weight = attribute(edge, "weight");
    char *end = NULL;
    double value = weight ? strtod(weight, &end) : 0;
    if (weight && end != weight && *end == '\0') {
        relation.fields[SG_RELATION_FIELD_WEIGHT].kind = SG_KIND_NUMBER;
        relation.fields[SG_RELATION_FIELD_WEIGHT].number = value;
    } else {
        put(r, &relation, "weight", weight); /* reported: not a number */
    }
    put(r, &relation, "date", attribute(edge, "date"));
    put(r, &relation, "evidence", attribute(edge, "evidence"));
    carry_attributes(r, graph, AGEDGE, edge, &relation, skip);
    stage(r, &r->relations, (double)r->relations.count, &relation, where);
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
        } else if (own) {
            read_own_edge(r, edge, where);
            free(where);
        } else {
            read_edge(r, graph, edge, where);
        }
    }
    free(edges);
}

/* Reports a syntax error as cgraph described it: "syntax error in line N near 'x'". */
static void report_syntax_error(const char *name)
{
    const char *at = strstr(last_error, "line ");
    const char *near = strstr(last_error, "near ");
    unsigned long error_line = at ? strtoul(at + 5, NULL, 10) : 0;
    char detail[256];
    snprintf(detail, sizeof detail, "%s", near ? near : "");
    char *newline = strchr(detail, '\n');
    if (newline)
        *newline = '\0';
    if (error_line > 0)
        sg_diag_at_line(name, error_line, "DOT syntax error%s%s", *detail ? " " : "", detail);
    else
        sg_diag_at_path(name, NULL, "not a DOT graph%s%s", *detail ? ": " : "", detail);
}

/* Sorts the staged items of list into index order, the order of the snapshot. */
static void sort_items(struct sg_staged_list *list)
{
    if (list->count > 1)
        qsort(list->items, list->count, sizeof *list->items, by_index);
}

/* Builds the model from what was read. Returns 0 or an sg_error code. */
static int build(struct reader *r)
{
    struct sg_builder *builder = &r->builder;
    const struct sg_place place = {.file = r->name, .path = "snapshot"};
    if (r->snapshot_kind == SG_KIND_ABSENT)
        sg_builder_report(builder, r->name, NULL, "missing required field 'snapshot'");
    else if (r->snapshot_kind != SG_KIND_OBJECT)
        sg_builder_report(builder, r->name, "snapshot", "expected an object, found %s",
                          sg_kind_name(r->snapshot_kind));
    else
        sg_builder_snapshot(builder, &place, &r->snapshot);
    /* with problems found here already, the builder still reports the others */
    if (sg_builder_begin(builder, r->actors.count, r->relations.count, 1) == SG_OK) {
        sort_items(&r->actors);
        sort_items(&r->relations);
        sg_builder_add_staged(builder, &r->actors, "actors", sg_builder_actor);
        sg_builder_add_staged(builder, &r->relations, "relations", sg_builder_relation);
    }
    int err = sg_builder_finish(builder);
    if (!err && r->errors) {
        sg_model_destroy(builder->model);
        err = SG_ERR_DATA;
    }
    return err;
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
        report_syntax_error(name);
        return SG_ERR_DATA;
    }
    struct sg_load_limits limits;
    struct reader r = {.name = name};
    int err = SG_ERR_NOMEM;
    sg_load_limits_default(&limits);
    sg_builder_init(&r.builder, name, &limits, model);
    sg_record_init(&r.snapshot, SG_RECORD_SNAPSHOT);
    int own = attribute(graph, "sg_snapshot") != NULL;
    read_snapshot_info(&r, graph, own);
    for (Agnode_t *node = agfstnode(graph); node && !r.failed; node = agnxtnode(graph, node))
        read_node(&r, graph, node, own);
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
    err = build(&r);
out:
    sg_record_destroy(&r.snapshot);
    sg_staged_free(&r.actors);
    sg_staged_free(&r.relations);
    agclose(graph);
    return err;
}

int sg_load_dot_file(const char *path, struct sg_model *model)
{
    char *bytes = NULL;
    size_t length = 0;
    int err = sg_infile_read(path, &bytes, &length);
    if (!err)
        err = sg_load_dot_buffer(sg_infile_display_name(path), bytes, length, model);
    free(bytes);
    return err;
}
