/*
 * The HTML report (docs/REPORT.md): one self-contained page for readers, no network fetch (a
 * Content Security Policy forbids any), every text escaped, names instead of ids. Everything is
 * written here as text, so that the page reads and prints without its script: the latest
 * snapshot's diagram (inline SVG), its actors, every statement with its evidence, its camps and
 * figures, a glossary; with several snapshots, what changed (report_changes.c) and the timeline
 * chart (report_chart.c). The style and script are data/report/, compiled in; the script only
 * sorts, filters, switches tabs and highlights an actor's ties.
 */
#include "render/report.h"

#include "base/diag.h"
#include "base/version.h"
#include "render/html.h"
#include "render/render.h"
#include "render/report_parts.h"
#include "write/dot.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The measure the actors table is sorted by on opening and the chart shows: the one place. */
static const char rank_metric_name[] = SG_DEFAULT_METRIC;

/* A column of the actors table: its key (a metric's name, or a field), its header and what it
 * means in plain words (the header's tooltip and the glossary). */
struct column {
    const char *key, *header, *meaning;
};

static const struct column actor_columns[] = {
    {"actor", "Actor", "A person, organisation, country or group the article quotes or names."},
    {"type", "Type", "Person, organisation, country or group."},
    {"group", "Group", "The side or country the actor belongs to, as the snapshot records it."},
    {"camp", "Camp",
     "Actors that support one another and criticise the same others, found from the signs of "
     "their ties: support draws actors into one camp, criticism sets them apart."},
    {"pagerank", "Influence",
     "PageRank: how much attention (support, criticism and negotiation) flows to the actor, "
     "counting more when it comes from actors who themselves receive a lot. All actors' values "
     "add up to 1."},
    {"harmonic", "Reach",
     "Harmonic centrality: how near the actor is to all the others by following its own ties "
     "outwards (a strong tie counts as a short step); 0 for an actor who addresses nobody, "
     "higher the more actors it addresses, directly and strongly."},
    {"betweenness", "Go-between",
     "Betweenness: how often the actor lies on the shortest chain of ties between two other "
     "actors, as a share of all such chains."},
    {"degree_in", "Ties received", "How many actors take a stance towards this actor."},
    {"degree_out", "Ties given", "How many actors this actor takes a stance towards."},
    {"support_in", "Support received",
     "The summed weight of the support other actors express for this actor."},
    {"criticism_in", "Criticism received",
     "The summed weight of the criticism other actors direct at this actor."},
    {"negotiation", "Negotiation weight",
     "The summed weight of the negotiations the actor takes part in, on either side."},
    {"net_stance", "Net stance",
     "Support received minus criticism received: above 0 the actor is mostly backed, below 0 "
     "mostly criticised."},
    {"pn", "Friend-foe score",
     "PN centrality: above 1 when the actor is mostly in friendly company (support around "
     "it), below 1 when mostly in hostile company (criticism around it)."},
};
#define ACTOR_COLUMNS (sizeof actor_columns / sizeof actor_columns[0])
#define FIRST_METRIC  4 /* actor_columns from here on are metrics */

/* The graph-level figures the page shows, by their field names. */
static const struct column figures[] = {
    {"statements", "Statements", "Sentences in the sources that express a stance."},
    {"ties", "Ties",
     "Statements with the same speaker, target and stance counted together; the tie's weight "
     "is the sum of its statements' weights."},
    {"density", "Density", "The share of all possible speaker-target pairs that have a tie."},
    {"reciprocity", "Reciprocity", "The share of ties answered by a tie the other way."},
    {"triangle_balance", "Balanced triangles",
     "Of the triples of actors all tied to one another, the share that is stable: friends of "
     "friends are friends, enemies of friends are enemies."},
    {"frustration", "Frustration",
     "The fewest support or criticism ties that would have to go for the actors to split "
     "cleanly into two opposed sides."},
    {"camps", "Camps", "How many camps the actors fall into."},
    {"polarization", "Polarization",
     "From 0 to 1: 1 when support stays inside camps and all criticism runs between them."},
};
#define FIGURES (sizeof figures / sizeof figures[0])

/* The stances, for the glossary. */
static const struct column words[] = {
    {"support", "Support", "A statement that one actor backs, praises or agrees with another."},
    {"criticism", "Criticism", "A statement that one actor attacks, blames or rejects another."},
    {"negotiation", "Negotiation",
     "Two actors talk or bargain with each other; it counts for both sides."},
};
#define WORDS (sizeof words / sizeof words[0])

/* The columns of the statements table. */
static const struct column statement_columns[] = {
    {"source", "Source", "The actor who makes the statement."},
    {"stance", "Stance", "Whether the statement is support, criticism or negotiation."},
    {"target", "Target", "The actor the statement is about or addressed to."},
    {"weight", "Weight",
     "How strongly a statement expresses its stance, from just above 0 (hinted) to 1 (plain)."},
    {"date", "Date", "When the statement was made or reported."},
    {"evidence", "Evidence", "The sentence of the source the statement was read from."},
};
#define STATEMENT_COLUMNS (sizeof statement_columns / sizeof statement_columns[0])

static const char *stance_titles[] = {"Support", "Criticism", "Negotiation"};

const char *sg_report_metric_header(int metric)
{
    for (size_t c = FIRST_METRIC; c < ACTOR_COLUMNS; c++)
        if (strcmp(actor_columns[c].key, sg_metric_table[metric].name) == 0)
            return actor_columns[c].header;
    return sg_metric_table[metric].name;
}

const char *sg_report_stance_verb(enum sg_stance stance)
{
    static const char *verbs[] = {"supports", "criticises", "negotiates with"};
    return verbs[stance];
}

/* Writes a number as the report shows it: "–" when not finite, else with decimals. */
static void number(FILE *out, double value, int decimals)
{
    if (!isfinite(value))
        fputs("–", out);
    else
        fprintf(out, "%.*f", decimals, value);
}

/* Decimals a metric is shown with: none for counts, two for sums of weights (given with one
 * or two), three for the rest (shares and scores). */
static int metric_decimals(int metric)
{
    static const char *const weight_sums[] = {"support_in", "criticism_in", "negotiation",
                                              "net_stance"};
    if (sg_metric_table[metric].integral)
        return 0;
    for (size_t i = 0; i < sizeof weight_sums / sizeof weight_sums[0]; i++)
        if (strcmp(sg_metric_table[metric].name, weight_sums[i]) == 0)
            return 2;
    return 3;
}

const char *sg_report_actor_name(const struct sg_timeline *t, size_t actor)
{
    for (size_t s = t->count; s-- > 0;) {
        size_t i = t->index[s * t->actor_count + actor];
        if (i != SG_ABSENT)
            return t->models[s].actors[i].name;
    }
    return t->actor_ids[actor];
}

const char *sg_report_colour(const struct sg_report *report, size_t actor)
{
    for (size_t i = 0; i < report->charted_count; i++)
        if (report->charted[i] == actor)
            return sg_chart_colour(i);
    return NULL;
}

/* The colour of an actor of the latest snapshot (its index there), or NULL. */
static const char *latest_colour(const struct sg_report *report, size_t actor)
{
    const struct sg_timeline *t = report->timeline;
    for (size_t i = 0; i < report->charted_count; i++)
        if (t->index[(t->count - 1) * t->actor_count + report->charted[i]] == actor)
            return sg_chart_colour(i);
    return NULL;
}

/* The camp's label, after its leader: the one place that says how camps are called. */
static void camp_label(FILE *out, const struct sg_model *m, const struct sg_metrics *x, double camp)
{
    size_t leader = isfinite(camp) ? sg_metrics_camp_leader(m, x, camp) : SIZE_MAX;
    if (leader == SIZE_MAX) {
        fputs("none", out);
        return;
    }
    fputs("camp of ", out);
    sg_html_escaped(out, m->actors[leader].name);
}

/* A header cell with its meaning as a tooltip (the glossary says it too). */
static void header(FILE *out, const struct column *column, const char *attributes)
{
    fprintf(out, "<th%s><abbr title=\"", attributes);
    sg_html_escaped(out, column->meaning);
    fputs("\">", out);
    sg_html_escaped(out, column->header);
    fputs("</abbr></th>", out);
}

/* An actor's name as a button that chooses it (the script lights its ties). */
static void actor_button(FILE *out, const struct sg_actor *actor, const char *colour)
{
    fputs("<button type=\"button\" class=\"actor\" data-actor=\"", out);
    sg_html_escaped(out, actor->id);
    fputs("\">", out);
    if (colour)
        fprintf(out, "<span class=\"dot\" style=\"background:%s\"></span>", colour);
    sg_html_escaped(out, actor->name);
    fputs("</button>", out);
}

static void value_cell(FILE *out, double value, int decimals)
{
    if (isfinite(value))
        fprintf(out, "<td class=\"n\" data-v=\"%.12g\">", value);
    else
        fputs("<td class=\"n\" data-v=\"\">", out);
    number(out, value, decimals);
    fputs("</td>", out);
}

static void text_cell(FILE *out, const char *sort_value, const char *text)
{
    fputs("<td data-v=\"", out);
    sg_html_escaped(out, sort_value);
    fputs("\">", out);
    sg_html_escaped(out, text);
    fputs("</td>", out);
}

static void actor_row(FILE *out, const struct sg_report *report, size_t a)
{
    const struct sg_model *m = &report->timeline->models[report->timeline->count - 1];
    const struct sg_actor_metrics *x =
        &report->timeline->metrics[report->timeline->count - 1].actors[a];
    const struct sg_actor *actor = &m->actors[a];
    fprintf(out, "<tr data-i=\"%zu\" data-actor=\"", a);
    sg_html_escaped(out, actor->id);
    fputs("\" data-name=\"", out);
    sg_html_escaped(out, actor->name);
    fputs("\"><td data-v=\"", out);
    sg_html_escaped(out, actor->name);
    fputs("\">", out);
    actor_button(out, actor, latest_colour(report, a));
    fputs("</td>", out);
    text_cell(out, sg_actor_type_name(actor->type), sg_actor_type_name(actor->type));
    text_cell(out, actor->group ? actor->group : "", actor->group ? actor->group : "");
    fputs("<td class=\"camp\" data-v=\"", out);
    if (isfinite(x->camp))
        fprintf(out, "%.0f", x->camp);
    fputs("\">", out);
    camp_label(out, m, &report->timeline->metrics[report->timeline->count - 1], x->camp);
    fputs("</td>", out);
    for (size_t c = FIRST_METRIC; c < ACTOR_COLUMNS; c++) {
        int metric = sg_metric_find(actor_columns[c].key);
        value_cell(out, sg_metric_value(x, (size_t)metric), metric_decimals(metric));
    }
    fputs("</tr>\n", out);
}

static void actors_table(FILE *out, const struct sg_report *report)
{
    const struct sg_model *m = &report->timeline->models[report->timeline->count - 1];
    fputs("<h2 id=\"actors-title\">Actors</h2>\n<p>One row per actor. Choose a name to see its "
          "ties and statements; choose a column heading to sort by it (again to reverse). "
          "Hover over a heading, or see the <a href=\"#glossary\">glossary</a>, for what it "
          "means.",
          out);
    if (report->charted_count)
        fputs(" A coloured dot marks the actors of the timeline chart, in their line's colour.",
              out);
    fputs("</p>\n<p class=\"scroll-hint\">Swipe the table sideways for more columns.</p>\n"
          "<div class=\"scroll\"><table id=\"actors\" data-sort=\"",
          out);
    sg_html_escaped(out, sg_metric_table[report->rank_metric].name);
    fputs("\"><thead><tr>", out);
    for (size_t c = 0; c < ACTOR_COLUMNS; c++) {
        char attributes[64];
        snprintf(attributes, sizeof attributes, " data-key=\"%s\"%s", actor_columns[c].key,
                 c >= FIRST_METRIC ? " class=\"n\"" : "");
        header(out, &actor_columns[c], attributes);
    }
    fputs("</tr></thead><tbody>\n", out);
    for (size_t a = 0; a < m->actor_count; a++)
        actor_row(out, report, a);
    fputs("</tbody></table></div>\n", out);
}

/* One statement: who, stance, whom, weight, date, evidence; the line the focus panel shows. */
static void statement_row(FILE *out, const struct sg_report *report, const struct sg_model *m,
                          const struct sg_statement *st)
{
    const struct sg_actor *source = &m->actors[st->source], *target = &m->actors[st->target];
    fputs("<tr data-source=\"", out);
    sg_html_escaped(out, source->id);
    fputs("\" data-target=\"", out);
    sg_html_escaped(out, target->id);
    fprintf(out, "\" data-type=\"%s\" data-line=\"", sg_stance_name(st->type));
    sg_html_escaped(out, source->name);
    fprintf(out, " %s ", sg_report_stance_verb(st->type));
    sg_html_escaped(out, target->name);
    fputs(st->date ? " (" : "", out);
    sg_html_escaped(out, st->date);
    fputs(st->date ? ")" : "", out);
    fputs("\"><td data-label=\"Source\">", out);
    actor_button(out, source, latest_colour(report, st->source));
    fprintf(out, "</td><td data-label=\"Stance\" class=\"stance-%s\">%s</td>",
            sg_stance_name(st->type), stance_titles[st->type]);
    fputs("<td data-label=\"Target\">", out);
    actor_button(out, target, latest_colour(report, st->target));
    fprintf(
        out,
        "</td><td data-label=\"Weight\" class=\"n\">%g</td><td data-label=\"Date\" class=\"date\">",
        st->weight);
    sg_html_escaped(out, st->date ? st->date : "–");
    fputs("</td><td data-label=\"Evidence\" class=\"evidence\">", out);
    sg_html_escaped(out, st->evidence);
    fputs("</td></tr>\n", out);
}

static void statement_controls(FILE *out, const struct sg_model *m)
{
    fputs("<div class=\"controls\" hidden><label>Find words<input type=\"search\" "
          "id=\"filter-text\" placeholder=\"e.g. minerals\"></label>"
          "<label>Stance<select id=\"filter-type\"><option value=\"\">every stance</option>",
          out);
    for (int s = 0; s < SG_STANCE_COUNT; s++)
        fprintf(out, "<option value=\"%s\">%s</option>", sg_stance_name((enum sg_stance)s),
                stance_titles[s]);
    fputs("</select></label><label>Actor<select id=\"filter-actor\"><option value=\"\">every "
          "actor</option>",
          out);
    for (size_t a = 0; a < m->actor_count; a++) {
        fputs("<option value=\"", out);
        sg_html_escaped(out, m->actors[a].id);
        fputs("\">", out);
        sg_html_escaped(out, m->actors[a].name);
        fputs("</option>", out);
    }
    fputs("</select></label></div>\n<p id=\"count\" role=\"status\" aria-live=\"polite\"></p>\n",
          out);
}

static void statements_table(FILE *out, const struct sg_report *report)
{
    const struct sg_model *m = &report->timeline->models[report->timeline->count - 1];
    fprintf(out,
            "<h2 id=\"statements-title\">Statements</h2>\n<p>Every statement of the latest "
            "snapshot (%zu), with the sentence it was read from.</p>\n",
            m->statement_count);
    statement_controls(out, m);
    fputs("<div id=\"statements\"><table><thead><tr>", out);
    for (size_t c = 0; c < STATEMENT_COLUMNS; c++)
        header(out, &statement_columns[c], c == 3 ? " class=\"n\"" : "");
    fputs("</tr></thead><tbody>\n", out);
    for (size_t s = 0; s < m->statement_count; s++)
        statement_row(out, report, m, &m->statements[s]);
    fputs("</tbody></table></div>\n", out);
}

static size_t graph_field(const char *name)
{
    for (size_t f = 0; f < sg_graph_field_count; f++)
        if (strcmp(sg_graph_field_table[f].name, name) == 0)
            return f;
    return 0;
}

static void camps(FILE *out, const struct sg_model *m, const struct sg_metrics *x)
{
    double most = 0;
    fputs("<h2 id=\"camps\">Camps and balance</h2>\n", out);
    for (size_t a = 0; a < m->actor_count; a++)
        if (isfinite(x->actors[a].camp) && x->actors[a].camp > most)
            most = x->actors[a].camp;
    for (int camp = 1; camp <= (int)most; camp++) {
        const char *fill = sg_dot_camp_colour(x, (size_t)camp);
        fprintf(out,
                "<p class=\"camp\"><span class=\"swatch\" style=\"background:%s\"></span><strong>",
                fill ? fill : "#FFFFFF");
        camp_label(out, m, x, camp);
        fputs("</strong>: ", out);
        const char *separator = "";
        for (size_t a = 0; a < m->actor_count; a++)
            if (x->actors[a].camp == camp) {
                fputs(separator, out);
                sg_html_escaped(out, m->actors[a].name);
                separator = ", ";
            }
        fputs("</p>\n", out);
    }
    fputs("<dl class=\"figures\">", out);
    for (size_t f = 0; f < FIGURES; f++) {
        size_t field = graph_field(figures[f].key);
        fputs("<dt><abbr title=\"", out);
        sg_html_escaped(out, figures[f].meaning);
        fputs("\">", out);
        sg_html_escaped(out, figures[f].header);
        fputs("</abbr></dt><dd>", out);
        number(out, sg_graph_field_value(&x->graph, field),
               sg_graph_field_table[field].integral ? 0 : 3);
        fputs("</dd>", out);
    }
    fputs("</dl>\n", out);
}

static void glossary_entries(FILE *out, const char *title, const struct column *entries,
                             size_t count)
{
    fputs("<h3>", out);
    sg_html_escaped(out, title);
    fputs("</h3>\n<dl>\n", out);
    for (size_t i = 0; i < count; i++) {
        fputs("<div><dt>", out);
        sg_html_escaped(out, entries[i].header);
        fputs("</dt><dd>", out);
        sg_html_escaped(out, entries[i].meaning);
        fputs("</dd></div>\n", out);
    }
    fputs("</dl>\n", out);
}

static void glossary(FILE *out)
{
    fputs("<h2 id=\"glossary\">Glossary</h2>\n<div class=\"glossary\">\n", out);
    glossary_entries(out, "Stances", words, WORDS);
    glossary_entries(out, "Statements", statement_columns, STATEMENT_COLUMNS);
    glossary_entries(out, "Actors", actor_columns + 1, ACTOR_COLUMNS - 1);
    glossary_entries(out, "Camps and balance", figures, FIGURES);
    fputs("</div>\n", out);
}

/* The pictures, made first because they are what can fail: the latest snapshot's diagram as
 * SVG (dot keeps the DOT text it came from). */
static int draw_diagram(const struct sg_timeline *timeline, char **dot, char **svg,
                        size_t *svg_length)
{
    const struct sg_model *m = &timeline->models[timeline->count - 1];
    const struct sg_metrics *x = &timeline->metrics[timeline->count - 1];
    struct sg_dot_options options;
    sg_dot_options_init(&options);
    options.camps = 1;
    struct sg_renderer *renderer = sg_renderer_new();
    int err = renderer ? sg_write_dot(m, x, &options, dot) : SG_ERR_LIBRARY;
    if (!err)
        err = sg_render(renderer, *dot, m->actor_count > SG_DOT_MAX_ACTORS ? "sfdp" : "dot", "svg",
                        svg, svg_length);
    sg_renderer_free(renderer);
    return err;
}

/* The page's head, its title, the line that says what it covers and the sections' links. */
static void page_head(FILE *out, const struct sg_timeline *timeline)
{
    const struct sg_model *m = &timeline->models[timeline->count - 1];
    const struct sg_metrics *x = &timeline->metrics[timeline->count - 1];
    sg_html_head(out, m->info.title ? m->info.title : m->info.id);
    fputs("\n<style>", out);
    fwrite(sg_report_css, 1, sg_report_css_size, out);
    fputs("</style>\n</head>\n<body>\n<header>\n<h1>", out);
    sg_html_escaped(out, m->info.title ? m->info.title : m->info.id);
    fputs("</h1>\n<p class=\"meta\">", out);
    if (timeline->count > 1) {
        fprintf(out, "%zu snapshots, ", timeline->count);
        sg_html_escaped(out, timeline->models[0].info.date);
        fputs(" to ", out);
    } else {
        fputs("Snapshot of ", out);
    }
    sg_html_escaped(out, m->info.date);
    fprintf(out, " · %zu actors, %zu ties (%zu support, %zu criticism, %zu negotiation)",
            m->actor_count, m->tie_count, x->graph.ties_by_type[SG_STANCE_SUPPORT],
            x->graph.ties_by_type[SG_STANCE_CRITICISM],
            x->graph.ties_by_type[SG_STANCE_NEGOTIATION]);
    if (m->info.source) {
        fputs(" · source: ", out);
        sg_html_escaped(out, m->info.source);
    }
    fputs("</p>\n<nav class=\"toc\"><a href=\"#diagram\">Diagram</a><a href=\"#actors-title\">"
          "Actors</a><a href=\"#statements-title\">Statements</a><a href=\"#camps\">Camps</a>",
          out);
    if (timeline->count > 1)
        fputs("<a href=\"#changes\">What changed</a><a href=\"#timeline\">Timeline</a>", out);
    fputs("<a href=\"#glossary\">Glossary</a></nav>\n</header>\n<main>\n", out);
}

/* Writes an SVG document inline: from its <svg element on, without the XML prolog. */
static void inline_svg(FILE *out, const char *svg, size_t length)
{
    const char *start = strstr(svg, "<svg");
    if (start)
        fwrite(start, 1, length - (size_t)(start - svg), out);
}

static void diagram_section(FILE *out, const struct sg_model *m, const char *svg, size_t svg_length)
{
    fputs("<h2 id=\"diagram\">Who stands where</h2>\n<p>", out);
    sg_html_escaped(out, m->info.date);
    fputs(": green arrows are support, orange dashed lines criticism, blue lines with circles "
          "negotiation; a thicker line is a stronger tie, a bigger actor a more central one, and "
          "the fill colour is the actor's camp. Choose an actor to light up its ties.</p>\n"
          "<div class=\"figure\" id=\"diagram-figure\">\n",
          out);
    inline_svg(out, svg, svg_length);
    fputs("</div>\n<section id=\"focus\" hidden aria-live=\"polite\"><h3><span class=\"who\">"
          "</span>: <span class=\"how-many\"></span></h3><ul></ul><button type=\"button\" "
          "class=\"clear\">Show everyone</button></section>\n",
          out);
}

/* The inputs (id, date, digest) and the end of the page with its script. */
static void page_end(FILE *out, const struct sg_timeline *timeline)
{
    fputs("<h2 id=\"inputs\">Inputs</h2>\n<ul>\n", out);
    for (size_t s = 0; s < timeline->count; s++) {
        const struct sg_model *model = &timeline->models[s];
        fputs("<li><code>", out);
        sg_html_escaped(out, model->info.id);
        fputs("</code> (", out);
        sg_html_escaped(out, model->info.date);
        fputs(")", out);
        if (model->input_sha256[0])
            fprintf(out, ", SHA-256 <code>%s</code>", model->input_sha256);
        fputs("</li>\n", out);
    }
    fprintf(out, "</ul>\n</main>\n<p class=\"meta\">Made by stancegraph %s.</p>\n<script>",
            SG_VERSION);
    fwrite(sg_report_js, 1, sg_report_js_size, out);
    fputs("</script>\n</body>\n</html>\n", out);
}

static void write_page(FILE *out, const struct sg_report *report, const char *svg,
                       size_t svg_length)
{
    const struct sg_timeline *t = report->timeline;
    page_head(out, t);
    diagram_section(out, &t->models[t->count - 1], svg, svg_length);
    actors_table(out, report);
    statements_table(out, report);
    camps(out, &t->models[t->count - 1], &t->metrics[t->count - 1]);
    if (t->count > 1) {
        sg_report_changes(out, report);
        sg_report_chart(out, report);
    }
    glossary(out);
    page_end(out, t);
}

int sg_write_report(const struct sg_timeline *timeline, char **html)
{
    char *buffer = NULL, *svg = NULL, *dot = NULL;
    size_t size = 0, svg_length = 0;
    struct sg_report report = {timeline, sg_metric_find(rank_metric_name), {0}, 0};
    FILE *out = NULL;
    *html = NULL;
    int err = draw_diagram(timeline, &dot, &svg, &svg_length);
    if (!err && timeline->count > 1) /* one snapshot: no chart, no actor colours */
        err = sg_chart_top_actors(timeline, report.rank_metric, SG_CHART_DEFAULT_TOP,
                                  report.charted, &report.charted_count);
    if (!err && !(out = open_memstream(&buffer, &size)))
        err = SG_ERR_NOMEM;
    if (!err) {
        write_page(out, &report, svg, svg_length);
        if (fclose(out) != 0)
            err = SG_ERR_NOMEM; /* the memory stream could not grow */
    }
    if (err)
        free(buffer);
    else
        *html = buffer;
    free(svg);
    free(dot);
    return err;
}
