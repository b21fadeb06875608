/*
 * The HTML pages' shared pieces (html.h).
 */
#include "render/html.h"

#include "base/version.h"

#include <string.h>

/* Writes text with HTML's special characters escaped. */
void sg_html_escaped(FILE *out, const char *text)
{
    for (const char *c = text ? text : ""; *c; c++) {
        switch (*c) {
        case '&':
            fputs("&amp;", out);
            break;
        case '<':
            fputs("&lt;", out);
            break;
        case '>':
            fputs("&gt;", out);
            break;
        case '"':
            fputs("&quot;", out);
            break;
        case '\'':
            fputs("&#39;", out);
            break;
        default:
            if ((unsigned char)*c < 0x20 && !strchr("\t\n\r", *c))
                fputs("\xEF\xBF\xBD", out); /* not allowed in HTML text */
            else
                fputc(*c, out);
        }
    }
}

void sg_html_head(FILE *out, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
          "<meta name=\"generator\" content=\"stancegraph " SG_VERSION "\">\n<title>",
          out);
    sg_html_escaped(out, title);
    fputs("</title>", out);
}
