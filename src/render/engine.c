/*
 * What each Graphviz layout engine is told before it lays out a stance diagram, so that no
 * engine draws actors on top of each other (docs/FORMATS.md, "Layout engines"):
 * - the legend leaves the graph: it joins the title above the drawing, beside it, where no
 *   engine can place it among the actors;
 * - every engine but dot removes node overlaps (overlap=prism, or scale for circo) with a
 *   margin around each node, and draws lines straight (splines=line), which fans the ties of
 *   one pair apart. splines=true would route around nodes, but Graphviz 2.42's
 *   makeMultiSpline writes past its buffer on parallel edges (valgrind: twopi on
 *   data/corpus/reviewed/2025-03-31-trump-warns-big-problems.json), and splines=curved takes
 *   minutes on 600 ties.
 */
#include "render/engine.h"

#include "base/diag.h"
#include "write/dot_common.h"

#include <stdlib.h>
#include <string.h>

/* Each engine and how it removes overlaps: Graphviz's prism method keeps the layout's shape
 * best; under circo it leaves actors overlapping (and voronoi crashes circo in Graphviz 2.42),
 * so circo scales its layout up, with a larger minimum distance in its circles (mindist 2.0:
 * at 1.5 two actors of data/corpus/extracted.json still overlapped). */
static const struct engine_policy {
    const char *name, *overlap, *mindist;
    int varies; /* lays out differently from run to run, whatever its seed (fdp in 2.42) */
} policies[] = {{"dot", NULL, NULL, 0},       {"neato", "prism", NULL, 0},
                {"fdp", "prism", NULL, 1},    {"sfdp", "prism", NULL, 0},
                {"circo", "scale", "2.0", 0}, {"twopi", "prism", NULL, 0}};
#define POLICY_COUNT (sizeof policies / sizeof policies[0])

static const struct engine_policy *find_policy(const char *name)
{
    for (size_t i = 0; i < POLICY_COUNT; i++)
        if (strcmp(policies[i].name, name) == 0)
            return &policies[i];
    return NULL;
}

int sg_engine_supported(const char *name)
{
    return find_policy(name) != NULL;
}

int sg_engine_varies(const char *name)
{
    const struct engine_policy *policy = find_policy(name);
    return policy && policy->varies;
}

/* Appends the DOT label text (escapes \n, \\) of the title as HTML-label text. */
static void title_as_html(struct sg_dot_text *html, const char *label)
{
    for (const char *s = label; *s; s++) {
        size_t plain = strcspn(s, "\\");
        sg_dot_text_html_n(html, s, plain);
        s += plain;
        if (!*s || !s[1])
            break;
        s++;
        if (*s == 'n' || *s == 'l' || *s == 'r')
            sg_dot_text_printf(html, "<br/>");
        else
            sg_dot_text_html_n(html, s, 1);
    }
}

/* Moves the legend node's table beside the title, into the graph's own label. */
static int legend_into_title(Agraph_t *graph)
{
    Agnode_t *legend = agnode(graph, (char *)"stancegraph legend", 0);
    if (!legend)
        return SG_OK;
    const char *title = agget(graph, (char *)"label");
    const char *table = agget(legend, (char *)"label");
    struct sg_dot_text html = {0};
    /* Side by side: a cell stretches a table inside it to the cell's width, so a legend under
     * a long title would spread its columns apart. */
    sg_dot_text_printf(&html, "<table border=\"0\" cellspacing=\"0\" cellpadding=\"6\"><tr>"
                              "<td valign=\"top\">");
    title_as_html(&html, title ? title : "");
    sg_dot_text_printf(&html, "</td><td><font point-size=\"11\">%s</font></td></tr></table>",
                       table ? table : "");
    if (html.failed) {
        free(html.data);
        return SG_ERR_NOMEM;
    }
    int err = sg_dot_set_html(graph, graph, "label", html.data);
    free(html.data);
    if (!err)
        agdelnode(graph, legend);
    return err;
}

int sg_engine_prepare(Agraph_t *graph, const char *engine)
{
    const struct engine_policy *policy = find_policy(engine);
    if (!policy)
        return SG_ERR_LIBRARY;
    int err = legend_into_title(graph);
    if (err)
        return err;
    if (policy->overlap) {
        agsafeset(graph, (char *)"overlap", (char *)policy->overlap, (char *)"");
        if (policy->mindist)
            agsafeset(graph, (char *)"mindist", (char *)policy->mindist, (char *)"");
        agsafeset(graph, (char *)"sep", (char *)"+14", (char *)"");
        agsafeset(graph, (char *)"esep", (char *)"+8", (char *)"");
        agsafeset(graph, (char *)"splines", (char *)"line", (char *)"");
    }
    return SG_OK;
}
