/*
 * The review page (review.h): a fixed skeleton, the data (write/json.h's review JSON) in a
 * <script type="application/json"> block that the page's own script reads, never runs, and
 * the style and script compiled in from data/review/.
 */
#include "render/review.h"

#include "base/diag.h"
#include "render/html.h"
#include "write/json.h"

#include <stdio.h>
#include <stdlib.h>

static const char skeleton[] =
    "<header>\n<h1>Review: <span id=\"title\"></span></h1>\n"
    "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n"
    "<p class=\"bar\"><button id=\"save\" type=\"button\">Save checked snapshot</button> "
    "<button id=\"keys\" type=\"button\" aria-expanded=\"false\">Keys</button></p>\n"
    "<div id=\"help\" hidden>\n<p>On a proposal: <kbd>a</kbd> accept, <kbd>r</kbd> reject, "
    "<kbd>t</kbd> next type, <kbd>d</kbd> swap direction, <kbd>+</kbd>/<kbd>-</kbd> weight. "
    "<kbd>j</kbd>/<kbd>k</kbd> next/previous proposal, <kbd>n</kbd> add a statement to this "
    "sentence, <kbd>s</kbd> save, <kbd>?</kbd> these keys.</p>\n</div>\n</header>\n"
    "<main>\n<details id=\"actors-panel\">\n<summary>Actors: rename, merge</summary>\n"
    "<div id=\"actors\"></div>\n</details>\n"
    "<section aria-labelledby=\"article-title\">\n<h2 id=\"article-title\">Article and "
    "proposals</h2>\n<div id=\"sentences\"></div>\n</section>\n</main>\n"
    "<noscript><p>This page needs JavaScript to review the proposals.</p></noscript>\n";

/* Writes JSON so that no "</script>" or "<!--" can appear in it: < > & as \u escapes (compact
 * JSON holds them only inside strings, where the escapes mean the same). */
static void script_safe(FILE *out, const char *json)
{
    for (const char *c = json; *c; c++) {
        if (*c == '<')
            fputs("\\u003c", out);
        else if (*c == '>')
            fputs("\\u003e", out);
        else if (*c == '&')
            fputs("\\u0026", out);
        else
            fputc(*c, out);
    }
}

int sg_render_review(const struct sg_model *proposed, const char *text, size_t length, char **html)
{
    char *data = NULL, *page = NULL;
    size_t size = 0;
    *html = NULL;
    int err = sg_write_review_json(proposed, text, length, &data);
    FILE *out = err ? NULL : open_memstream(&page, &size);
    if (!out) {
        free(data);
        return SG_ERR_NOMEM;
    }
    sg_html_head(out, proposed->info.id);
    fputs("\n<style>", out);
    fwrite(sg_review_css, 1, sg_review_css_size, out);
    fputs("</style>\n</head>\n<body>\n", out);
    fputs(skeleton, out);
    fputs("<script type=\"application/json\" id=\"review-data\">", out);
    script_safe(out, data);
    fputs("</script>\n<script>", out);
    fwrite(sg_review_js, 1, sg_review_js_size, out);
    fputs("</script>\n</body>\n</html>\n", out);
    free(data);
    if (fclose(out) != 0) {
        free(page);
        return SG_ERR_NOMEM;
    }
    *html = page;
    return SG_OK;
}
