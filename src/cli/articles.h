/*
 * The articles one extract run reads: files and the .txt files of folders named on the
 * command line, or the rows of a manifest (docs/CORPUS.md).
 */
#ifndef SG_CLI_ARTICLES_H
#define SG_CLI_ARTICLES_H

#include "extract/corpus.h"

#include <stddef.h>

struct sg_article_list {
    struct sg_corpus_article *articles;
    size_t count;
    char **owned; /* strings the list owns */
    size_t owned_count;
};

/*
 * The articles named by paths: each file itself, each folder's regular files ending in ".txt"
 * (in byte order of their names). Returns 0, SG_ERR_OPEN (reported: a path that cannot be
 * read, a folder with no article) or SG_ERR_NOMEM.
 */
int sg_article_list_paths(char *const *paths, size_t count, struct sg_article_list *list);

/*
 * The articles of the manifest at path, with their dates, titles and urls. Returns 0,
 * SG_ERR_OPEN (the manifest, or an article named on its line, cannot be read), SG_ERR_DATA (a
 * bad row) or SG_ERR_NOMEM (all reported).
 */
int sg_article_list_manifest(const char *path, struct sg_article_list *list);

/* Frees the list; accepts NULL. */
void sg_article_list_destroy(struct sg_article_list *list);

#endif
