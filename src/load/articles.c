/*
 * The articles of a statement log (snapshot.articles, docs/FORMAT.md): each an object with an
 * id and a date, and optionally a title and a url, checked and kept in the model.
 */
#include "base/diag.h"
#include "base/text.h"
#include "load/builder.h"

#include <string.h>

static const char *const article_keys[] = {"id", "date", "title", "url", NULL};

/* The member key of an object value, or NULL. */
static const struct sg_value *member(const struct sg_value *object, const char *key)
{
    for (size_t i = 0; i < object->count; i++)
        if (strcmp(object->items[i].key, key) == 0)
            return &object->items[i];
    return NULL;
}

/* Reports the members of an article that are no article field. */
static void check_keys(struct sg_builder *builder, const struct sg_place *place,
                       const struct sg_value *object)
{
    char path[SG_BUILDER_PATH_SIZE];
    for (size_t i = 0; i < object->count; i++) {
        const char *const *k = article_keys;
        while (*k && strcmp(*k, object->items[i].key) != 0)
            k++;
        if (*k)
            continue;
        sg_builder_path_printf(path, "%s[%zu].%s", place->array, place->index,
                               object->items[i].key);
        sg_builder_report(builder, place->file, path,
                          "unknown field (an article has id, date, title and url)");
    }
}

/* Checks one article and adds it to the model. */
static void add_article(struct sg_builder *builder, const struct sg_place *place,
                        const struct sg_value *object)
{
    static const struct sg_value absent = {0};
    char path[SG_BUILDER_PATH_SIZE];
    const char *text[4];
    for (size_t k = 0; k < 4; k++) {
        const struct sg_value *v = member(object, article_keys[k]);
        text[k] = sg_builder_string(builder, place, article_keys[k], v ? v : &absent, k < 2);
    }
    check_keys(builder, place, object);
    sg_builder_path_printf(path, "%s[%zu]", place->array, place->index);
    if (text[0] && !sg_text_is_valid_id(text[0]))
        sg_builder_report(builder, place->file, path, "invalid article id '%s'", text[0]);
    else if (text[1] && !sg_text_is_valid_date(text[1]))
        sg_builder_report(builder, place->file, path, "invalid date '%s' (expected YYYY-MM-DD)",
                          text[1]);
    if (!text[0] || !text[1] || sg_builder_stopped(builder))
        return;
    struct sg_snapshot_info *info = &builder->model->info;
    for (size_t i = 0; i < info->article_count; i++)
        if (strcmp(info->articles[i].id, text[0]) == 0) {
            sg_builder_report(builder, place->file, path, "article '%s' listed twice", text[0]);
            return;
        }
    const struct sg_article article = {(char *)text[0], (char *)text[1], (char *)text[2],
                                       (char *)text[3]};
    if (sg_model_add_article(info, &article) != SG_OK)
        builder->out_of_memory = 1;
}

void sg_builder_articles(struct sg_builder *builder, const char *file, const struct sg_value *value)
{
    if (value->kind == SG_KIND_ABSENT)
        return;
    if (value->kind != SG_KIND_ARRAY) {
        sg_builder_report(builder, file, "snapshot.articles", "expected an array, found %s",
                          sg_kind_name(value->kind));
        return;
    }
    for (size_t i = 0; i < value->count && !sg_builder_stopped(builder); i++) {
        const struct sg_place place = {.file = file, .array = "snapshot.articles", .index = i};
        char path[SG_BUILDER_PATH_SIZE];
        sg_builder_path_printf(path, "snapshot.articles[%zu]", i);
        if (value->items[i].kind == SG_KIND_OBJECT)
            add_article(builder, &place, &value->items[i]);
        else
            sg_builder_report(builder, file, path, "expected an object, found %s",
                              sg_kind_name(value->items[i].kind));
    }
}
