/*
 * Shared DOT-writing machinery on cgraph (see dot_common.h). cgraph orders subgraphs by object
 * id and its default id discipline uses string addresses, which differ between allocators; the
 * id discipline here numbers names in creation order instead. In Graphviz 2.42 cgraph takes
 * char * where it means const char *; the casts stay in the DOT modules.
 */
#include "write/dot_common.h"

#include "base/diag.h"
#include "base/strindex.h"

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

static struct name_table *table_new(void)
{
    struct name_table *table = calloc(1, sizeof *table);
    if (!table)
        return NULL;
    table->next_anonymous = 1;
    if (!index_rebuild(table, 64)) {
        hdestroy_r(&table->index);
        free(table->names);
        free(table);
        return NULL;
    }
    return table;
}

/* agopen and agread do not check what the discipline's open returns, and agread's parser
 * crashes when it failed; so sg_dot_open and sg_dot_read make the table first and ids_open only
 * takes it. cgraph runs on one thread here. */
static struct name_table *pending_table;

static void *ids_open(Agraph_t *graph, Agdisc_t *disc)
{
    (void)disc;
    struct name_table *table = pending_table;
    pending_table = NULL;
    if (table)
        table->graph = graph;
    return table;
}

static long ids_map(void *state, int objtype, char *name, IDTYPE *id, int create)
{
    struct name_table *table = state;
    (void)objtype;
    if (!table)
        return 0;
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
    if (!table || id % 2 == 1 || id / 2 >= table->count)
        return NULL;
    return table->names[id / 2];
}

static void ids_close(void *state)
{
    struct name_table *table = state;
    if (!table)
        return;
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

/* Colour-blind-safe colours (Okabe and Ito), one per stance. */
const char *const sg_dot_stance_color[SG_STANCE_COUNT] = {"#009E73", "#D55E00", "#0072B2"};
const char *const sg_dot_stance_style[SG_STANCE_COUNT] = {"solid", "dashed", "bold"};
const char *const sg_dot_stance_arrow[SG_STANCE_COUNT] = {"normal", "tee", "odot"};
const char *const sg_dot_stance_verb[SG_STANCE_COUNT] = {"supports", "criticises",
                                                         "negotiates with"};
const char *const sg_dot_actor_shape[SG_ACTOR_TYPE_COUNT] = {"ellipse", "box", "hexagon",
                                                             "octagon"};
/* ColorBrewer's Set3, light fills that black text reads on, one per group. */
static const char *const group_fill[SG_DOT_GROUP_FILLS] = {
    "#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462",
    "#B3DE69", "#FCCDE5", "#D9D9D9", "#BC80BD", "#CCEBC5", "#FFED6F"};

/* Legend glyphs drawn in each stance's colour: a line with its arrowhead. */
const char *const sg_dot_stance_glyph[SG_STANCE_COUNT] = {"━━━▶", "╍╍╍┫", "○━━○"};

static Agdisc_t ordered_discipline(void)
{
    return (Agdisc_t){AgDefaultDisc.mem, &ordered_ids, AgDefaultDisc.io};
}

/* A table left over when agopen or agread failed before opening the discipline. */
static void drop_pending_table(void)
{
    ids_close(pending_table);
    pending_table = NULL;
}

Agraph_t *sg_dot_open(const char *name)
{
    static Agdisc_t discipline;
    discipline = ordered_discipline();
    pending_table = table_new();
    if (!pending_table)
        return NULL;
    Agraph_t *graph = agopen((char *)name, Agdirected, &discipline);
    drop_pending_table();
    return graph;
}

int sg_dot_read(const char *text, Agraph_t **graph)
{
    static Agdisc_t discipline;
    discipline = ordered_discipline();
    *graph = NULL;
    FILE *stream = fmemopen((void *)text, strlen(text), "r");
    pending_table = stream ? table_new() : NULL;
    if (!pending_table) {
        if (stream)
            fclose(stream);
        return SG_ERR_NOMEM;
    }
    *graph = agread(stream, &discipline);
    fclose(stream);
    drop_pending_table();
    return *graph ? SG_OK : SG_ERR_LIBRARY;
}

void sg_dot_set(struct sg_dot_builder *b, void *object, const char *name, const char *value)
{
    if (agsafeset(object, (char *)name, (char *)value, (char *)"") != 0)
        b->failed = 1;
}

void sg_dot_text_append(struct sg_dot_text *t, const char *s, size_t n)
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
void sg_dot_text_escaped(struct sg_dot_text *t, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '\\')
            sg_dot_text_append(t, "\\\\", 2);
        else if (c == '\n')
            sg_dot_text_append(t, "\\n", 2);
        else if (c == '\t')
            sg_dot_text_append(t, " ", 1);
        else if (c == '&')
            /* Graphviz reads entities in labels; a literal '&' must be one. */
            sg_dot_text_append(t, "&amp;", 5);
        else if (c < 0x20 || c == 0x7F)
            /* Other control characters are not allowed in SVG (XML 1.0): U+FFFD shows them. */
            sg_dot_text_append(t, "\xEF\xBF\xBD", 3);
        else
            sg_dot_text_append(t, s, 1);
    }
}

void sg_dot_text_printf(struct sg_dot_text *t, const char *format, ...)
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
    sg_dot_text_append(t, formatted, (size_t)n);
    free(formatted);
}

const char *sg_dot_text_take(struct sg_dot_builder *b, struct sg_dot_text *t)
{
    if (t->failed) {
        b->failed = 1;
        return "";
    }
    return t->data ? t->data : "";
}

/* Sets attribute name of object to an HTML-like label (the text between the outer < >). */
int sg_dot_set_html(Agraph_t *root, void *object, const char *name, const char *html)
{
    Agsym_t *symbol = agattr(root, AGTYPE(object), (char *)name, NULL);
    if (!symbol)
        symbol = agattr(root, AGTYPE(object), (char *)name, (char *)"");
    char *value = agstrdup_html(root, (char *)html);
    int failed = !symbol || !value || agxset(object, symbol, value) != 0;
    agstrfree(root, value);
    return failed ? SG_ERR_NOMEM : SG_OK;
}

void sg_dot_graph_attributes(struct sg_dot_builder *b, const char *label)
{
    sg_dot_set(b, b->root, "label", label);
    sg_dot_set(b, b->root, "labelloc", "t");
    sg_dot_set(b, b->root, "fontname", "Helvetica");
    sg_dot_set(b, b->root, "fontsize", "18");
    sg_dot_set(b, b->root, "rankdir", "LR");
    sg_dot_set(b, b->root, "nodesep", "0.35");
    sg_dot_set(b, b->root, "ranksep", "0.9");
    sg_dot_set(b, b->root, "newrank", "true");
    sg_dot_set(b, b->root, "compound", "false");
    agattr(b->root, AGNODE, (char *)"fontname", (char *)"Helvetica");
    agattr(b->root, AGNODE, (char *)"style", (char *)"filled");
    agattr(b->root, AGNODE, (char *)"fillcolor", (char *)"white");
    agattr(b->root, AGEDGE, (char *)"fontname", (char *)"Helvetica");
}

size_t sg_dot_group_fills(char *const *groups, size_t count, const char **fills)
{
    const char *named[SG_DOT_GROUP_FILLS] = {NULL};
    size_t used = 0;
    for (size_t i = 0; i < count; i++) {
        fills[i] = NULL;
        if (!groups[i])
            continue;
        size_t g = 0;
        while (g < used && strcmp(named[g], groups[i]) != 0)
            g++;
        if (g == used && used < SG_DOT_GROUP_FILLS)
            named[used++] = groups[i];
        if (g < used)
            fills[i] = group_fill[g];
    }
    return used;
}

void sg_dot_text_html_n(struct sg_dot_text *t, const char *s, size_t length)
{
    for (const char *end = s + length; s < end; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '&')
            sg_dot_text_append(t, "&amp;", 5);
        else if (c == '<')
            sg_dot_text_append(t, "&lt;", 4);
        else if (c == '>')
            sg_dot_text_append(t, "&gt;", 4);
        else if (c == '"')
            sg_dot_text_append(t, "&quot;", 6);
        else if (c < 0x20 || c == 0x7F)
            sg_dot_text_append(t, "\xEF\xBF\xBD", 3);
        else
            sg_dot_text_append(t, s, 1);
    }
}

void sg_dot_text_html(struct sg_dot_text *t, const char *s)
{
    sg_dot_text_html_n(t, s, strlen(s));
}

void sg_dot_legend_groups(struct sg_dot_text *html, char *const *groups, const char **fills,
                          size_t count)
{
    size_t uncoloured = 0;
    for (size_t i = 0; i < count; i++) {
        if (!groups[i])
            continue;
        int first = 1; /* the first actor of its group */
        for (size_t j = 0; j < i && first; j++)
            first = !groups[j] || strcmp(groups[j], groups[i]) != 0;
        if (!first)
            continue;
        if (!fills[i]) {
            uncoloured++;
            continue;
        }
        sg_dot_text_printf(html,
                           "<tr><td bgcolor=\"%s\" border=\"1\" fixedsize=\"true\" width=\"30\" "
                           "height=\"12\"></td><td "
                           "align=\"left\">",
                           fills[i]);
        sg_dot_text_html(html, groups[i]);
        sg_dot_text_printf(html, "</td></tr>");
    }
    if (uncoloured)
        sg_dot_text_printf(html,
                           "<tr><td colspan=\"2\" align=\"left\">white: %zu more "
                           "group%s, or none</td></tr>",
                           uncoloured, uncoloured > 1 ? "s" : "");
}

void sg_dot_legend_begin(struct sg_dot_text *html, const char *title)
{
    sg_dot_text_printf(html, "<table border=\"1\" color=\"#808080\" cellborder=\"0\" "
                             "cellspacing=\"4\" cellpadding=\"1\" style=\"rounded\">");
    sg_dot_text_printf(html, "<tr><td colspan=\"2\"><b>%s</b></td></tr>", title);
    for (int s = 0; s < SG_STANCE_COUNT; s++)
        sg_dot_text_printf(html,
                           "<tr><td><font color=\"%s\" point-size=\"14\">%s</font></td>"
                           "<td align=\"left\">%s</td></tr>",
                           sg_dot_stance_color[s], sg_dot_stance_glyph[s], sg_dot_stance_verb[s]);
}

void sg_dot_add_legend(struct sg_dot_builder *b, struct sg_dot_text *html)
{
    sg_dot_text_printf(html, "</table>");
    Agnode_t *legend = agnode(b->root, (char *)"stancegraph legend", 1);
    if (!legend || html->failed) {
        b->failed = 1;
        free(html->data);
        return;
    }
    sg_dot_set(b, legend, "shape", "plaintext");
    sg_dot_set(b, legend, "style", "");
    sg_dot_set(b, legend, "fontsize", "11");
    sg_dot_set(b, legend, "tooltip", "Legend");
    if (sg_dot_set_html(b->root, legend, "label", html->data) != SG_OK)
        b->failed = 1;
    free(html->data);
}

int sg_dot_to_text(Agraph_t *graph, char **text)
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
