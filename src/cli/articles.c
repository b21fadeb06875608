/*
 * Listing the articles of an extract run (articles.h).
 */
#include "cli/articles.h"

#include "base/diag.h"
#include "base/infile.h"
#include "load/csv.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Keeps text (moved in) as a string the list owns; returns it, or NULL on out of memory. */
static char *own(struct sg_article_list *list, char *text)
{
    char **grown = text ? realloc(list->owned, (list->owned_count + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(text);
        return NULL;
    }
    list->owned = grown;
    list->owned[list->owned_count++] = text;
    return text;
}

static int add(struct sg_article_list *list, const struct sg_corpus_article *article)
{
    struct sg_corpus_article *grown =
        realloc(list->articles, (list->count + 1) * sizeof *list->articles);
    if (!grown)
        return SG_ERR_NOMEM;
    list->articles = grown;
    list->articles[list->count++] = *article;
    return SG_OK;
}

static int is_article(const struct dirent *entry)
{
    size_t n = strlen(entry->d_name);
    return entry->d_name[0] != '.' && n > 4 && strcmp(entry->d_name + n - 4, ".txt") == 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

/* Adds the .txt files of the folder. */
static int add_folder(struct sg_article_list *list, const char *folder)
{
    struct dirent **entries = NULL;
    int n = scandir(folder, &entries, is_article, by_name), err = SG_OK, added = 0;
    if (n < 0) {
        sg_diag_error("cannot read the folder '%s': %s", folder, strerror(errno));
        return SG_ERR_OPEN;
    }
    size_t length = strlen(folder);
    for (int i = 0; i < n; i++) {
        char *path = malloc(length + strlen(entries[i]->d_name) + 2);
        if (path)
            sprintf(path, "%s%s%s", folder, length && folder[length - 1] == '/' ? "" : "/",
                    entries[i]->d_name);
        struct stat st;
        if (err)
            free(path);
        else if (!own(list, path))
            err = SG_ERR_NOMEM;
        else if (stat(path, &st) != 0) { /* a dangling link: say so, never drop it quietly */
            sg_diag_error("cannot read '%s': %s", path, strerror(errno));
            err = SG_ERR_OPEN;
        } else if (S_ISREG(st.st_mode) && ++added) {
            err = add(list, &(struct sg_corpus_article){path, NULL, NULL, NULL, NULL});
        }
        free(entries[i]);
    }
    free(entries);
    if (!err && added == 0) {
        sg_diag_error("the folder '%s' holds no article (no file ending in .txt)", folder);
        err = SG_ERR_OPEN;
    }
    return err;
}

int sg_article_list_paths(char *const *paths, size_t count, struct sg_article_list *list)
{
    memset(list, 0, sizeof *list);
    int err = SG_OK;
    for (size_t i = 0; !err && i < count; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") != 0 && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
            err = add_folder(list, paths[i]);
        else
            err = add(list, &(struct sg_corpus_article){paths[i], NULL, NULL, NULL, NULL});
    }
    if (err)
        sg_article_list_destroy(list);
    return err;
}

/* Adds one manifest row, checking that its article can be read. */
static int add_row(struct sg_article_list *list, const char *manifest, struct sg_manifest_row *row)
{
    if (access(row->path, R_OK) != 0) {
        sg_diag_at_line(sg_infile_display_name(manifest), row->line,
                        "cannot read the article '%s': %s", row->path, strerror(errno));
        return SG_ERR_OPEN;
    }
    struct sg_corpus_article article = {row->path, NULL, row->date, row->title, row->url};
    char *fields[4] = {row->path, row->date, row->title, row->url};
    int failed = 0;
    for (int k = 0; k < 4; k++)
        if (fields[k] && !own(list, fields[k])) /* the list takes it, or it is freed */
            failed = 1;
    row->path = row->date = row->title = row->url = NULL;
    if (failed)
        return SG_ERR_NOMEM;
    return add(list, &article);
}

int sg_article_list_manifest(const char *path, struct sg_article_list *list)
{
    struct sg_manifest manifest;
    memset(list, 0, sizeof *list);
    int err = sg_load_manifest(path, &manifest);
    if (err)
        return err;
    for (size_t i = 0; !err && i < manifest.count; i++)
        err = add_row(list, path, &manifest.rows[i]);
    if (!err && list->count == 0) {
        sg_diag_at_path(sg_infile_display_name(path), NULL, "the manifest lists no article");
        err = SG_ERR_DATA;
    }
    sg_manifest_destroy(&manifest);
    if (err)
        sg_article_list_destroy(list);
    return err;
}

void sg_article_list_destroy(struct sg_article_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->owned_count; i++)
        free(list->owned[i]);
    free(list->owned);
    free(list->articles);
    memset(list, 0, sizeof *list);
}
