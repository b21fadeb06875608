/*
 * The DOT writer: the text reads back through cgraph with the encoding the docs promise
 * (stance by colour, style and arrows; one edge per tie; negotiation two-headed; groups as
 * fill colours named in the legend; human text escaped), and two writes are byte-identical.
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "model/model.h"
#include "write/dot.h"

#include "fixture.h"

#include <graphviz/cgraph.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void build(struct sg_model *model, struct sg_metrics *metrics)
{
    sg_model_init(model);
    model->info.id = strdup("t");
    model->info.date = strdup("2025-02-21");
    model->info.title = strdup("Title with \\ and \"quotes\"");
    fixture_add_actor(model, "a", "Back\\slash \"A\"", SG_ACTOR_PERSON, "G1", NULL);
    fixture_add_actor(model, "b", "B <b>&amp;</b>", SG_ACTOR_COUNTRY, "G2 <&>", NULL);
    fixture_add_actor(model, "c", "Line\nbreak", SG_ACTOR_GROUP, "G1", NULL);
    fixture_add_actor(model, "d", "No group", SG_ACTOR_ORGANIZATION, NULL, NULL);
    fixture_add_statement(model, 0, 1, SG_STANCE_SUPPORT, 0.5, "said \\n \"yes\"");
    fixture_add_statement(model, 1, 2, SG_STANCE_CRITICISM, 1.0, NULL);
    fixture_add_statement(model, 2, 0, SG_STANCE_NEGOTIATION, 0.5, NULL);
    fixture_add_statement(model, 0, 2, SG_STANCE_NEGOTIATION, 0.5, NULL);
    fixture_add_statement(model, 3, 0, SG_STANCE_SUPPORT, 0.2, NULL);
    assert_int_equal(sg_model_build_ties(model), 0);
    assert_int_equal(sg_measures_compute(model, metrics), 0);
}

static const char *attribute(void *object, const char *name)
{
    return agget(object, (char *)name);
}

static void reads_back(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    struct sg_dot_options options;
    char *text = NULL, *again = NULL;
    build(&model, &metrics);
    sg_dot_options_init(&options);
    assert_int_equal(sg_write_dot(&model, &metrics, &options, &text), SG_OK);
    assert_int_equal(sg_write_dot(&model, &metrics, &options, &again), SG_OK);
    assert_string_equal(text, again);

    Agraph_t *graph = agmemread(text);
    assert_non_null(graph);
    assert_string_equal(attribute(graph, "label"), "Title with \\\\ and \"quotes\"\\n2025-02-21");
    Agnode_t *a = agnode(graph, (char *)"a", 0);
    Agnode_t *b = agnode(graph, (char *)"b", 0);
    Agnode_t *c = agnode(graph, (char *)"c", 0);
    assert_non_null(a);
    assert_non_null(b);
    assert_non_null(c);
    /* Backslashes are doubled so Graphviz shows one; quotes survive as quotes. */
    assert_string_equal(attribute(a, "label"), "Back\\\\slash \"A\"");
    /* "&" becomes the entity "&amp;", so Graphviz shows the name as written */
    assert_string_equal(attribute(b, "label"), "B <b>&amp;amp;</b>");
    assert_string_equal(attribute(c, "label"), "Line\\nbreak");
    assert_string_equal(attribute(a, "shape"), "ellipse");
    assert_string_equal(attribute(b, "shape"), "hexagon");
    assert_string_equal(attribute(c, "shape"), "octagon");

    /* 4 ties: a->b support, b->c criticism, c<->a negotiation (one edge), d->a support;
     * the legend is a node, not an edge. */
    assert_int_equal(agnedges(graph), 4);
    Agedge_t *support = agedge(graph, a, b, NULL, 0);
    Agedge_t *criticism = agedge(graph, b, c, NULL, 0);
    Agedge_t *negotiation = agedge(graph, c, a, NULL, 0);
    assert_non_null(support);
    assert_non_null(criticism);
    assert_non_null(negotiation);
    assert_string_equal(attribute(support, "color"), "#009E73");
    assert_string_equal(attribute(criticism, "color"), "#D55E00");
    assert_string_equal(attribute(criticism, "style"), "dashed");
    assert_string_equal(attribute(criticism, "arrowhead"), "tee");
    assert_string_equal(attribute(negotiation, "color"), "#0072B2");
    assert_string_equal(attribute(negotiation, "dir"), "both");
    assert_string_equal(attribute(support, "dir"), "");
    /* pen width 1 + 2.5 w: support 0.5 -> 2.25, negotiation 0.5 + 0.5 -> 3.50 */
    assert_string_equal(attribute(support, "penwidth"), "2.25");
    assert_string_equal(attribute(negotiation, "penwidth"), "3.50");
    assert_non_null(strstr(attribute(support, "tooltip"), "said \\\\n \"yes\""));

    /* Groups are fills, in order of first appearance (ColorBrewer Set3's first two); no box. */
    assert_null(agfstsubg(graph));
    assert_string_equal(attribute(a, "fillcolor"), "#8DD3C7");
    assert_string_equal(attribute(c, "fillcolor"), "#8DD3C7");
    assert_string_equal(attribute(b, "fillcolor"), "#FFFFB3");
    assert_string_equal(attribute(agnode(graph, (char *)"d", 0), "fillcolor"), "white");
    /* The legend names both groups beside their swatches, the second one's name escaped for
     * an HTML-like label. */
    const char *legend = attribute(agnode(graph, (char *)"stancegraph legend", 0), "label");
    assert_non_null(strstr(legend, "bgcolor=\"#8DD3C7\""));
    assert_non_null(strstr(legend, "align=\"left\">G1</td>"));
    assert_non_null(strstr(legend, "align=\"left\">G2 &lt;&amp;&gt;</td>"));
    assert_non_null(agnode(graph, (char *)"stancegraph legend", 0));
    agclose(graph);
    free(text);
    free(again);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

static void legend_optional(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    struct sg_dot_options options;
    char *text = NULL;
    build(&model, &metrics);
    sg_dot_options_init(&options);
    options.legend = 0;
    assert_int_equal(sg_write_dot(&model, &metrics, &options, &text), SG_OK);
    assert_null(strstr(text, "legend"));
    free(text);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

/* Signed pairs a-b +, b-c -, a-d +: camps {a, b, d} (camp 1, filled) and {c} (a camp of one:
 * no fill under --camps, white as usual). Camp 1 is named after its member of highest
 * harmonic centrality (the default measure), ties by id. Arc lengths are 1/strength: a->b 2,
 * a->c 1 (negotiation 0.5 + 0.5), b->c 1, c->a 1, d->a 5; n - 1 = 3. a reaches b at 2, c at 1:
 * (1/2 + 1)/3 = 0.5; b reaches c at 1, a at 2: (1 + 1/2)/3 = 0.5; d reaches a at 5, c at 6,
 * b at 7: 0.170. a and b tie at 0.5, and "a" < "b": camp of a. */
static void camp_fill(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_metrics metrics;
    struct sg_dot_options options;
    char *text = NULL;
    build(&model, &metrics);
    sg_dot_options_init(&options);
    options.camps = 1;
    assert_int_equal(sg_write_dot(&model, &metrics, &options, &text), SG_OK);
    Agraph_t *graph = agmemread(text);
    assert_non_null(graph);
    static const char *const filled[] = {"a", "b", "d"};
    for (int i = 0; i < 3; i++)
        assert_string_equal(attribute(agnode(graph, (char *)filled[i], 0), "fillcolor"), "#9ECAE1");
    assert_string_equal(attribute(agnode(graph, (char *)"c", 0), "fillcolor"), "white");
    assert_non_null(strstr(text, "camp of Back\\slash &quot;A&quot;</td>"));
    assert_non_null(strstr(text, "white: no camp"));
    agclose(graph);
    free(text);
    sg_metrics_destroy(&metrics);
    sg_model_destroy(&model);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(reads_back),
        cmocka_unit_test(legend_optional),
        cmocka_unit_test(camp_fill),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
