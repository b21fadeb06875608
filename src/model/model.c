/*
 * The stance model: storage for actors and statements, id lookup, and the aggregation of
 * statements into ties.
 */
#include "model/model.h"

#include "base/diag.h"
#include "base/sort.h"
#include "base/strindex.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static const char *const actor_type_names[SG_ACTOR_TYPE_COUNT] = {"person", "organization",
                                                                  "country", "group"};
static const char *const stance_names[SG_STANCE_COUNT] = {"support", "criticism", "negotiation"};

void sg_model_init(struct sg_model *model)
{
    memset(model, 0, sizeof *model);
}

void sg_extras_destroy(struct sg_extras *extras)
{
    if (!extras)
        return;
    for (size_t i = 0; i < extras->count; i++) {
        free(extras->items[i].key);
        free(extras->items[i].json);
    }
    free(extras->items);
    extras->items = NULL;
    extras->count = 0;
}

/* The statements' dates: each text once, found again by the index. */
struct sg_model_dates {
    struct sg_strindex *index; /* text -> position in texts */
    char **texts;
    size_t count, capacity;
};

static void free_dates(struct sg_model_dates *dates)
{
    if (!dates)
        return;
    for (size_t i = 0; i < dates->count; i++)
        free(dates->texts[i]);
    free(dates->texts);
    sg_strindex_free(dates->index);
    free(dates);
}

/* The model's copy of text, made if it has none yet; NULL on out of memory. */
static const char *intern_date(struct sg_model *model, const char *text)
{
    struct sg_model_dates *dates = model->dates;
    if (!dates) {
        dates = model->dates = calloc(1, sizeof *dates);
        if (!dates || !(dates->index = sg_strindex_new(512)))
            return NULL; /* freed with the model */
    }
    long found = sg_strindex_get(dates->index, text);
    if (found >= 0)
        return dates->texts[found];
    if (dates->count == dates->capacity) {
        size_t capacity = dates->capacity ? dates->capacity * 2 : 64;
        char **grown = realloc(dates->texts, capacity * sizeof *grown);
        if (!grown)
            return NULL;
        dates->texts = grown;
        dates->capacity = capacity;
    }
    char *copy = strdup(text);
    if (!copy)
        return NULL;
    if (sg_strindex_put(dates->index, text, dates->count) < 0) {
        free(copy);
        return NULL;
    }
    dates->texts[dates->count++] = copy;
    return copy;
}

int sg_model_set_date(struct sg_model *model, struct sg_statement *statement, const char *text)
{
    statement->date = text ? intern_date(model, text) : NULL;
    return text && !statement->date ? SG_ERR_NOMEM : SG_OK;
}

void sg_model_destroy(struct sg_model *model)
{
    if (!model)
        return;
    for (size_t i = 0; i < model->actor_count; i++) {
        struct sg_actor *actor = &model->actors[i];
        free(actor->id);
        free(actor->name);
        free(actor->group);
        free(actor->role);
        for (size_t a = 0; a < actor->alias_count; a++)
            free(actor->aliases[a]);
        free(actor->aliases);
        sg_extras_destroy(&actor->extras);
    }
    for (size_t i = 0; i < model->statement_count; i++) {
        free(model->statements[i].evidence);
        sg_extras_destroy(&model->statements[i].extras);
    }
    free(model->actors);
    free(model->statements);
    free(model->ties);
    free(model->info.id);
    free(model->info.date);
    free(model->info.title);
    free(model->info.source);
    for (size_t i = 0; i < model->info.article_count; i++) {
        struct sg_article *article = &model->info.articles[i];
        free(article->id);
        free(article->date);
        free(article->title);
        free(article->url);
    }
    free(model->info.articles);
    sg_extras_destroy(&model->info.extras);
    free_dates(model->dates);
    sg_model_init(model);
}

static int grow(void **array, size_t element_size, size_t count, size_t *capacity, size_t wanted)
{
    if (wanted <= *capacity)
        return SG_OK;
    size_t new_capacity = *capacity ? *capacity : 16;
    while (new_capacity < wanted)
        new_capacity *= 2;
    void *grown = realloc(*array, new_capacity * element_size);
    if (!grown)
        return SG_ERR_NOMEM;
    memset((char *)grown + count * element_size, 0, (new_capacity - count) * element_size);
    *array = grown;
    *capacity = new_capacity;
    return SG_OK;
}

int sg_model_reserve(struct sg_model *model, size_t actor_capacity, size_t statement_capacity)
{
    int err = grow((void **)&model->actors, sizeof *model->actors, model->actor_count,
                   &model->actor_capacity, actor_capacity);
    if (err)
        return err;
    return grow((void **)&model->statements, sizeof *model->statements, model->statement_count,
                &model->statement_capacity, statement_capacity);
}

struct sg_actor *sg_model_add_actor(struct sg_model *model)
{
    if (sg_model_reserve(model, model->actor_count + 1, model->statement_count) != SG_OK)
        return NULL;
    return &model->actors[model->actor_count++];
}

struct sg_statement *sg_model_add_statement(struct sg_model *model)
{
    if (sg_model_reserve(model, model->actor_count, model->statement_count + 1) != SG_OK)
        return NULL;
    return &model->statements[model->statement_count++];
}

/* strdup that accepts NULL; sets *failed on out of memory. */
static char *copy_or_null(const char *text, int *failed)
{
    if (!text)
        return NULL;
    char *copy = strdup(text);
    if (!copy)
        *failed = 1;
    return copy;
}

static void copy_extras(struct sg_extras *to, const struct sg_extras *from, int *failed)
{
    if (from->count == 0)
        return;
    to->items = calloc(from->count, sizeof *to->items);
    if (!to->items) {
        *failed = 1;
        return;
    }
    for (size_t i = 0; i < from->count; i++) {
        to->items[i].key = copy_or_null(from->items[i].key, failed);
        to->items[i].json = copy_or_null(from->items[i].json, failed);
    }
    to->count = from->count;
}

int sg_model_copy_actor(struct sg_model *model, const struct sg_actor *actor)
{
    int failed = 0;
    struct sg_actor *copy = sg_model_add_actor(model);
    if (!copy)
        return SG_ERR_NOMEM;
    copy->id = copy_or_null(actor->id, &failed);
    copy->name = copy_or_null(actor->name, &failed);
    copy->group = copy_or_null(actor->group, &failed);
    copy->role = copy_or_null(actor->role, &failed);
    copy->type = actor->type;
    if (actor->alias_count > 0) {
        copy->aliases = calloc(actor->alias_count, sizeof *copy->aliases);
        if (!copy->aliases)
            failed = 1;
        for (size_t i = 0; copy->aliases && i < actor->alias_count; i++)
            copy->aliases[copy->alias_count++] = copy_or_null(actor->aliases[i], &failed);
    }
    copy_extras(&copy->extras, &actor->extras, &failed);
    return failed ? SG_ERR_NOMEM : SG_OK;
}

int sg_model_add_article(struct sg_snapshot_info *info, const struct sg_article *article)
{
    int failed = 0;
    struct sg_article *grown =
        realloc(info->articles, (info->article_count + 1) * sizeof *info->articles);
    if (!grown)
        return SG_ERR_NOMEM;
    info->articles = grown;
    struct sg_article *copy = &info->articles[info->article_count++];
    copy->id = copy_or_null(article->id, &failed);
    copy->date = copy_or_null(article->date, &failed);
    copy->title = copy_or_null(article->title, &failed);
    copy->url = copy_or_null(article->url, &failed);
    return failed ? SG_ERR_NOMEM : SG_OK;
}

int sg_model_copy_statement(struct sg_model *model, const struct sg_statement *statement,
                            size_t source, size_t target)
{
    int failed = 0;
    struct sg_statement *copy = sg_model_add_statement(model);
    if (!copy)
        return SG_ERR_NOMEM;
    copy->source = source;
    copy->target = target;
    copy->type = statement->type;
    copy->weight = statement->weight;
    if (sg_model_set_date(model, copy, statement->date) != SG_OK)
        failed = 1;
    copy->evidence = copy_or_null(statement->evidence, &failed);
    copy_extras(&copy->extras, &statement->extras, &failed);
    return failed ? SG_ERR_NOMEM : SG_OK;
}

int sg_model_select(const struct sg_model *model, const unsigned char *keep, int keep_all_actors,
                    struct sg_model *out)
{
    size_t *index_of = malloc((model->actor_count + 1) * sizeof *index_of);
    if (!index_of)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < model->actor_count; i++)
        index_of[i] = keep_all_actors ? 0 : (size_t)-1;
    /* actors keep model's order: mark the used ones first, then copy them in order */
    for (size_t i = 0; i < model->statement_count; i++)
        if (keep[i])
            index_of[model->statements[i].source] = index_of[model->statements[i].target] = 0;
    int err = SG_OK;
    for (size_t i = 0; !err && i < model->actor_count; i++) {
        if (index_of[i] == (size_t)-1)
            continue;
        index_of[i] = out->actor_count;
        err = sg_model_copy_actor(out, &model->actors[i]);
    }
    for (size_t i = 0; !err && i < model->statement_count; i++) {
        const struct sg_statement *s = &model->statements[i];
        if (keep[i])
            err = sg_model_copy_statement(out, s, index_of[s->source], index_of[s->target]);
    }
    free(index_of);
    return err ? err : sg_model_build_ties(out);
}

long sg_model_find_actor(const struct sg_model *model, const char *id)
{
    for (size_t i = 0; i < model->actor_count; i++)
        if (strcmp(model->actors[i].id, id) == 0)
            return (long)i;
    return -1;
}

/* The key under which a statement aggregates: negotiation ignores direction. The second key
 * holds the other end and the type, so that two keys are equal exactly when the statements
 * share a tie. */
struct tie_key {
    size_t low, high_and_type; /* high * SG_STANCE_COUNT + type */
    size_t statement;
};

int sg_model_build_ties(struct sg_model *model)
{
    size_t n = model->statement_count;
    struct tie_key *keys = NULL;
    size_t *first_of_group = NULL, *last_of_tie = NULL;
    int err = SG_ERR_NOMEM;

    free(model->ties);
    model->ties = NULL;
    model->tie_count = 0;
    if (n == 0)
        return SG_OK;

    keys = malloc(n * sizeof *keys);
    first_of_group = malloc(n * sizeof *first_of_group);
    model->ties = calloc(n, sizeof *model->ties);
    last_of_tie = malloc(n * sizeof *last_of_tie);
    if (!keys || !first_of_group || !model->ties || !last_of_tie)
        goto out;

    for (size_t i = 0; i < n; i++) {
        const struct sg_statement *s = &model->statements[i];
        size_t low = s->source, high = s->target;
        if (s->type == SG_STANCE_NEGOTIATION && s->target < s->source) {
            low = s->target;
            high = s->source;
        }
        keys[i] = (struct tie_key){low, high * SG_STANCE_COUNT + (size_t)s->type, i};
    }
    /* Stable, so the statements of a group stay in input order. */
    if (sg_sort_by_keys(keys, n, sizeof *keys, offsetof(struct tie_key, low),
                        offsetof(struct tie_key, high_and_type),
                        model->actor_count * SG_STANCE_COUNT) != SG_OK)
        goto out;

    /* Each statement learns the first statement of its group; groups are then numbered in the
     * order of their first statements, which keeps tie order equal to input order. */
    for (size_t i = 0; i < n; i++) {
        int same = i > 0 && keys[i].low == keys[i - 1].low &&
                   keys[i].high_and_type == keys[i - 1].high_and_type;
        first_of_group[keys[i].statement] =
            same ? first_of_group[keys[i - 1].statement] : keys[i].statement;
    }
    for (size_t i = 0; i < n; i++) {
        struct sg_statement *s = &model->statements[i];
        s->next_in_tie = SG_MODEL_END;
        if (first_of_group[i] == i) {
            struct sg_tie *tie = &model->ties[model->tie_count];
            tie->source = s->source;
            tie->target = s->target;
            tie->type = s->type;
            tie->first_statement = i;
            s->tie = model->tie_count++;
        } else {
            s->tie = model->statements[first_of_group[i]].tie;
            model->statements[last_of_tie[s->tie]].next_in_tie = i;
        }
        last_of_tie[s->tie] = i;
        assert(s->tie < model->tie_count);
        model->ties[s->tie].weight += s->weight;
        model->ties[s->tie].count++;
    }
    err = SG_OK;
out:
    free(keys);
    free(first_of_group);
    free(last_of_tie);
    if (err) {
        free(model->ties);
        model->ties = NULL;
        model->tie_count = 0;
    }
    return err;
}

const char *sg_actor_type_name(enum sg_actor_type type)
{
    return (unsigned)type < SG_ACTOR_TYPE_COUNT ? actor_type_names[type] : NULL;
}

const char *sg_stance_name(enum sg_stance stance)
{
    return (unsigned)stance < SG_STANCE_COUNT ? stance_names[stance] : NULL;
}

int sg_actor_type_from_name(const char *name)
{
    for (int i = 0; i < SG_ACTOR_TYPE_COUNT; i++)
        if (strcmp(name, actor_type_names[i]) == 0)
            return i;
    return -1;
}

int sg_stance_from_name(const char *name)
{
    for (int i = 0; i < SG_STANCE_COUNT; i++)
        if (strcmp(name, stance_names[i]) == 0)
            return i;
    return -1;
}

char *sg_actor_aliases_joined(const struct sg_actor *actor)
{
    size_t length = 1;
    for (size_t k = 0; k < actor->alias_count; k++)
        length += strlen(actor->aliases[k]) + 1;
    char *joined = calloc(length, 1);
    for (size_t k = 0; joined && k < actor->alias_count; k++) {
        if (k)
            strcat(joined, "|");
        strcat(joined, actor->aliases[k]);
    }
    return joined;
}

const char *const sg_provenance_fields[] = {"cue", "lemma", "rule", "confidence", "offsets", NULL};

void sg_model_strip_provenance(struct sg_model *model)
{
    const char *const *fields = sg_provenance_fields;
    for (size_t i = 0; i < model->statement_count; i++) {
        struct sg_extras *extras = &model->statements[i].extras;
        size_t kept = 0;
        for (size_t k = 0; k < extras->count; k++) {
            const char *const *f = fields;
            while (*f && strcmp(*f, extras->items[k].key) != 0)
                f++;
            if (*f) {
                free(extras->items[k].key);
                free(extras->items[k].json);
            } else {
                extras->items[kept++] = extras->items[k];
            }
        }
        extras->count = kept;
    }
}
