/*
 * Article headers and the actors of one article (article.h).
 */
#include "extract/article.h"

#include "base/diag.h"
#include "base/text.h"
#include "extract/discover.h"
#include "extract/stance_actors.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const keys[] = {"title", "date", "url", NULL};

/* The key of a header line "Key: value" (its index in keys), or -1. */
static int key_of(const char *line, size_t n)
{
    for (int k = 0; keys[k]; k++) {
        size_t m = strlen(keys[k]);
        if (n > m && strncasecmp(line, keys[k], m) == 0 && line[m] == ':')
            return k;
    }
    return -1;
}

/* The value of a header line: after "Key:" and spaces, without trailing spaces or '\r'. */
static char *value_of(const char *line, size_t n, int key)
{
    size_t from = strlen(keys[key]) + 1;
    while (from < n && line[from] == ' ')
        from++;
    while (n > from && (line[n - 1] == ' ' || line[n - 1] == '\r'))
        n--;
    return strndup(line + from, n - from);
}

/* Checks and keeps one header line (number line_number). */
static int take_line(const char *name, const char *line, size_t n, unsigned long line_number,
                     char **fields)
{
    int key = key_of(line, n);
    if (key < 0) {
        sg_diag_at_line(name, line_number,
                        "header line '%.*s' is not 'Title:', 'Date:' or 'URL:' (the header "
                        "ends at the first empty line)",
                        (int)(n > 60 ? 60 : n), line);
        return SG_ERR_DATA;
    }
    if (fields[key]) {
        sg_diag_at_line(name, line_number, "header gives '%s' twice", keys[key]);
        return SG_ERR_DATA;
    }
    if (!(fields[key] = value_of(line, n, key)))
        return SG_ERR_NOMEM;
    if (key == 1 && !sg_text_is_valid_date(fields[key])) {
        sg_diag_at_line(name, line_number, "invalid date '%s' (expected YYYY-MM-DD)", fields[key]);
        return SG_ERR_DATA;
    }
    return SG_OK;
}

int sg_article_head_read(const char *name, char *text, size_t length, struct sg_article_head *head)
{
    char *fields[3] = {NULL, NULL, NULL};
    memset(head, 0, sizeof *head);
    const char *first_end = memchr(text, '\n', length);
    if (key_of(text, first_end ? (size_t)(first_end - text) : length) < 0)
        return SG_OK; /* no header */
    size_t at = 0;
    unsigned long line_number = 1;
    int err = SG_OK;
    for (;; line_number++) {
        const char *end = memchr(text + at, '\n', length - at);
        size_t n = (end ? (size_t)(end - text) : length) - at;
        if (n == 0 || (n == 1 && text[at] == '\r'))
            break;
        if (!end) {
            sg_diag_at_line(name, line_number, "the header has no empty line after it");
            err = SG_ERR_DATA;
            break;
        }
        if ((err = take_line(name, text + at, n, line_number, fields)) != SG_OK)
            break;
        at += n + 1;
    }
    if (err) {
        for (int k = 0; k < 3; k++)
            free(fields[k]);
        return err;
    }
    for (size_t i = 0; i < at; i++)
        if (text[i] != '\n')
            text[i] = ' ';
    *head = (struct sg_article_head){fields[0], fields[1], fields[2]};
    return SG_OK;
}

void sg_article_head_destroy(struct sg_article_head *head)
{
    if (!head)
        return;
    free(head->title);
    free(head->date);
    free(head->url);
    memset(head, 0, sizeof *head);
}

int sg_article_actors(const struct sg_article_setup *setup, const char *text, size_t length,
                      struct sg_model *actors, size_t *left_out)
{
    struct sg_model found, all;
    sg_model_init(&found);
    sg_model_init(&all);
    int err = SG_OK;
    size_t given = setup->lexicon ? setup->lexicon->actor_count : 0;
    for (size_t i = 0; !err && i < given; i++)
        err = sg_model_copy_actor(&all, &setup->lexicon->actors[i]);
    if (!err && (!setup->lexicon || setup->discover))
        err = sg_discover_actors(text, length, setup->gazetteer, &found);
    if (!err)
        err = sg_discover_add_missing(&found, &all);
    int everyone = setup->all_actors || all.actor_count == given;
    for (size_t i = 0; !err && everyone && i < all.actor_count; i++)
        err = sg_model_copy_actor(actors, &all.actors[i]);
    if (!err && !everyone)
        err = sg_stance_actors_keep(text, length, setup->cues, &all, given, actors);
    if (left_out)
        *left_out = err ? 0 : all.actor_count - actors->actor_count;
    sg_model_destroy(&found);
    sg_model_destroy(&all);
    return err;
}
