/*
 * The HTML report (docs/REPORT.md): one self-contained page, no network fetch (a Content
 * Security Policy forbids any), every text escaped. Built from a timeline of the snapshots:
 * the latest one's diagram (inline SVG, camps coloured, tooltips), its metrics in a sortable
 * table, its camps and signed measures; with several snapshots, what changed between each two
 * in a row and the timeline chart.
 */
#include "render/report.h"

#include "base/diag.h"
#include "base/version.h"
#include "render/chart.h"
#include "render/html.h"
#include "render/render.h"
#include "write/diff.h"
#include "write/dot.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Writes an SVG document inline: from its <svg element on, without the XML prolog. */
static void inline_svg(FILE *out, const char *svg, size_t length)
{
    const char *start = strstr(svg, "<svg");
    if (!start)
        return;
    fwrite(start, 1, length - (size_t)(start - svg), out);
}

static const char style[] =
    "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;margin:2em auto;max-width:78em;"
    "padding:0 1em;color:#222;line-height:1.4}"
    "h1{font-size:1.6em;margin-bottom:0.2em}h2{font-size:1.25em;margin-top:2em;"
    "border-bottom:1px solid #ccc}"
    ".meta{color:#555}.figure{overflow-x:auto;border:1px solid #ddd;padding:0.5em}"
    ".figure svg{max-width:100%;height:auto}"
    "table{border-collapse:collapse;font-size:0.9em}th,td{padding:0.25em 0.6em;"
    "border-bottom:1px solid #e4e4e4;text-align:left}td.n{text-align:right;"
    "font-variant-numeric:tabular-nums}"
    "th{cursor:pointer;background:#f3f3f3;white-space:nowrap;user-select:none}"
    "th[aria-sort=descending]::after{content:' \\25BC'}th[aria-sort=ascending]::after"
    "{content:' \\25B2'}"
    "pre{background:#f7f7f7;padding:0.8em;overflow-x:auto;font-size:0.85em}"
    "dl.figures{display:grid;grid-template-columns:max-content auto;gap:0.1em 1.2em}"
    "dl.figures dt{color:#555}dl.figures dd{margin:0}"
    ".camp{margin:0.3em 0}.swatch{display:inline-block;width:0.9em;height:0.9em;"
    "vertical-align:middle;border:1px solid #888;margin-right:0.4em}";

/* Sorts the metrics table by a column on click (or Enter), numbers as numbers; sorted by
 * pagerank, largest first, on load. */
static const char script[] =
    "(function(){var t=document.getElementById('metrics');if(!t)return;"
    "var heads=Array.prototype.slice.call(t.tHead.rows[0].cells);"
    "function sortBy(i,dir){var body=t.tBodies[0];"
    "var rows=Array.prototype.slice.call(body.rows);"
    "rows.sort(function(a,b){var x=a.cells[i].getAttribute('data-v'),"
    "y=b.cells[i].getAttribute('data-v');var p=parseFloat(x),q=parseFloat(y);"
    "var c=(!isNaN(p)&&!isNaN(q))?p-q:x.localeCompare(y);"
    "return c===0?a.getAttribute('data-i')-b.getAttribute('data-i'):dir*c;});"
    "rows.forEach(function(r){body.appendChild(r);});"
    "heads.forEach(function(h){h.removeAttribute('aria-sort');});"
    "heads[i].setAttribute('aria-sort',dir<0?'descending':'ascending');"
    "t.setAttribute('data-sorted',heads[i].getAttribute('data-key')+(dir<0?' desc':' asc'));}"
    "heads.forEach(function(h,i){h.tabIndex=0;"
    "function go(){sortBy(i,h.getAttribute('aria-sort')==='descending'?1:-1);}"
    "h.addEventListener('click',go);"
    "h.addEventListener('keydown',function(e){if(e.key==='Enter')go();});});"
    "var first=heads.findIndex(function(h){return h.getAttribute('data-key')==='pagerank';});"
    "sortBy(first<0?0:first,-1);})();";

static void number_cell(FILE *out, double value, int integral)
{
    if (!isfinite(value)) {
        fputs("<td class=\"n\" data-v=\"\">–</td>", out);
        return;
    }
    if (integral)
        fprintf(out, "<td class=\"n\" data-v=\"%.12g\">%.0f</td>", value, value);
    else
        fprintf(out, "<td class=\"n\" data-v=\"%.12g\">%.4f</td>", value, value);
}

static const char *const table_metrics[] = {
    "pagerank",     "betweenness", "harmonic",   "degree_in", "degree_out", "support_in",
    "criticism_in", "negotiation", "net_stance", "pn",        NULL};

static void metrics_table(FILE *out, const struct sg_model *m, const struct sg_metrics *x)
{
    fputs("<table id=\"metrics\"><thead><tr><th data-key=\"actor\">Actor</th>"
          "<th data-key=\"type\">Type</th><th data-key=\"group\">Group</th>"
          "<th data-key=\"camp\">Camp</th>",
          out);
    for (const char *const *name = table_metrics; *name; name++) {
        fprintf(out, "<th data-key=\"%s\">", *name);
        sg_html_escaped(out, *name);
        fputs("</th>", out);
    }
    fputs("</tr></thead><tbody>\n", out);
    for (size_t a = 0; a < m->actor_count; a++) {
        const struct sg_actor *actor = &m->actors[a];
        fprintf(out, "<tr data-i=\"%zu\"><td data-v=\"", a);
        sg_html_escaped(out, actor->name);
        fputs("\">", out);
        sg_html_escaped(out, actor->name);
        fprintf(out, "</td><td data-v=\"%s\">%s</td><td data-v=\"", sg_actor_type_name(actor->type),
                sg_actor_type_name(actor->type));
        sg_html_escaped(out, actor->group);
        fputs("\">", out);
        sg_html_escaped(out, actor->group);
        fputs("</td>", out);
        number_cell(out, x->actors[a].camp, 1);
        for (const char *const *name = table_metrics; *name; name++) {
            int metric = sg_metric_find(*name);
            number_cell(out, sg_metric_value(&x->actors[a], (size_t)metric),
                        sg_metric_table[metric].integral);
        }
        fputs("</tr>\n", out);
    }
    fputs("</tbody></table>\n", out);
}

static void camps(FILE *out, const struct sg_model *m, const struct sg_metrics *x)
{
    double most = 0;
    for (size_t a = 0; a < m->actor_count; a++)
        if (isfinite(x->actors[a].camp) && x->actors[a].camp > most)
            most = x->actors[a].camp;
    for (int camp = 1; camp <= (int)most; camp++) {
        const char *fill = sg_dot_camp_colour(x, (size_t)camp);
        fprintf(out,
                "<p class=\"camp\"><span class=\"swatch\" style=\"background:%s\"></span>"
                "<strong>Camp %d</strong>: ",
                fill ? fill : "#FFFFFF", camp);
        int first = 1;
        for (size_t a = 0; a < m->actor_count; a++)
            if (x->actors[a].camp == camp) {
                if (!first)
                    fputs(", ", out);
                sg_html_escaped(out, m->actors[a].name);
                first = 0;
            }
        fputs("</p>\n", out);
    }
    fputs("<dl class=\"figures\">", out);
    for (size_t f = 0; f < sg_graph_field_count; f++) {
        const struct sg_graph_field *field = &sg_graph_field_table[f];
        double value = sg_graph_field_value(&x->graph, f);
        fputs("<dt>", out);
        sg_html_escaped(out, field->name);
        fputs("</dt><dd>", out);
        if (!isfinite(value))
            fputs("–", out);
        else if (field->integral)
            fprintf(out, "%.0f", value);
        else
            fprintf(out, "%.4f", value);
        fputs("</dd>", out);
    }
    fputs("</dl>\n", out);
}

/* The pictures, made first because they are what can fail: the latest snapshot's diagram as
 * SVG (dot keeps the DOT text it came from) and, with several snapshots, the timeline chart. */
static int draw_pictures(const struct sg_timeline *timeline, char **dot, char **svg,
                         size_t *svg_length, char **chart, size_t *chart_length)
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
    if (!err && timeline->count > 1)
        err = sg_chart_timeline(timeline, sg_metric_find("pagerank"), 8, chart, chart_length);
    return err;
}

/* The page's head, its title and the line that says what it covers. */
static void page_head(FILE *out, const struct sg_timeline *timeline)
{
    const struct sg_model *m = &timeline->models[timeline->count - 1];
    const struct sg_metrics *x = &timeline->metrics[timeline->count - 1];
    sg_html_head(out, m->info.title ? m->info.title : m->info.id);
    fprintf(out, "\n<style>%s</style>\n</head>\n<body>\n<h1>", style);
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
    fputs("</p>\n", out);
}

/* The latest snapshot: its diagram, metrics table, camps and balance. */
static void latest_sections(FILE *out, const struct sg_model *m, const struct sg_metrics *x,
                            const char *svg, size_t svg_length)
{
    fputs("<h2 id=\"diagram\">Who stands where</h2>\n<p>", out);
    sg_html_escaped(out, m->info.date);
    fputs(": green arrows support, orange dashed lines criticise, blue lines with circles "
          "negotiate; line width is the tie's weight, node size its PageRank, fill colour its "
          "camp. Hover over an arrow for the evidence.</p>\n<div class=\"figure\">\n",
          out);
    inline_svg(out, svg, svg_length);
    fputs("</div>\n", out);

    fputs("<h2 id=\"table\">Metrics</h2>\n<p>Click a column to sort (again to reverse). "
          "Definitions: docs/METRICS.md and docs/SIGNED.md.</p>\n",
          out);
    fputs("<div class=\"figure\">", out);
    metrics_table(out, m, x);
    fputs("</div>\n", out);

    fputs("<h2 id=\"camps\">Camps and balance</h2>\n", out);
    camps(out, m, x);
}

/* With several snapshots: what changed between each two in a row (latest first, the latest
 * change open), then the timeline chart. Returns 0, or SG_ERR_NOMEM when a change's summary
 * could not be written (the changes after it are then left out). */
static int change_sections(FILE *out, const struct sg_timeline *timeline, const char *chart,
                           size_t chart_length)
{
    const size_t last = timeline->count - 1;
    int err = SG_OK;
    fputs("<h2 id=\"changes\">What changed</h2>\n", out);
    for (size_t s = last; s > 0; s--) {
        const struct sg_model *before = &timeline->models[s - 1];
        const struct sg_model *after = &timeline->models[s];
        char *summary = NULL;
        size_t summary_size = 0;
        FILE *text = open_memstream(&summary, &summary_size);
        if (!text) {
            err = SG_ERR_NOMEM;
            break;
        }
        err =
            sg_write_diff_summary(&timeline->changes[s - 1], sg_metric_find("pagerank"), 10, text);
        if (fclose(text) != 0 && !err)
            err = SG_ERR_NOMEM; /* the memory stream could not grow */
        if (err) {
            free(summary);
            break;
        }
        fprintf(out, "<details%s><summary>", s == last ? " open" : "");
        sg_html_escaped(out, before->info.date);
        fputs(" → ", out);
        sg_html_escaped(out, after->info.date);
        fputs(": ", out);
        sg_html_escaped(out, after->info.title ? after->info.title : after->info.id);
        fputs("</summary>\n<pre>", out);
        sg_html_escaped(out, summary);
        fputs("</pre></details>\n", out);
        free(summary);
    }
    fputs("<h2 id=\"timeline\">Timeline</h2>\n<p>PageRank of the most central actors over "
          "the snapshots; a gap where an actor is absent.</p>\n<div class=\"figure\">\n",
          out);
    inline_svg(out, chart, chart_length);
    fputs("</div>\n", out);
    return err;
}

/* The inputs (id, date, digest) and the end of the page with its sorting script. */
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
    fprintf(out,
            "</ul>\n<p class=\"meta\">Made by stancegraph %s.</p>\n<script>%s</script>\n"
            "</body>\n</html>\n",
            SG_VERSION, script);
}

int sg_write_report(const struct sg_timeline *timeline, char **html)
{
    char *buffer = NULL, *svg = NULL, *dot = NULL, *chart = NULL;
    size_t size = 0, svg_length = 0, chart_length = 0;
    *html = NULL;
    const size_t last = timeline->count - 1;

    int err = draw_pictures(timeline, &dot, &svg, &svg_length, &chart, &chart_length);
    FILE *out = err ? NULL : open_memstream(&buffer, &size);
    if (!err && !out)
        err = SG_ERR_NOMEM;
    if (err)
        goto done;
    page_head(out, timeline);
    latest_sections(out, &timeline->models[last], &timeline->metrics[last], svg, svg_length);
    if (timeline->count > 1)
        err = change_sections(out, timeline, chart, chart_length);
    page_end(out, timeline);
    if (fclose(out) != 0 && !err)
        err = SG_ERR_NOMEM;
    out = NULL;
done:
    if (out)
        fclose(out);
    if (err) {
        free(buffer);
        buffer = NULL;
    }
    *html = buffer;
    free(svg);
    free(dot);
    free(chart);
    return err;
}
