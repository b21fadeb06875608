/*
 * Timeline construction: sorts the snapshots by date (then id), refuses two with one id,
 * matches actors across snapshots by id, and compares each snapshot with the one before it.
 */
#include "analysis/timeline.h"

#include "base/diag.h"
#include "base/strindex.h"

#include <stdlib.h>
#include <string.h>

struct order_entry {
    const struct sg_model *model;
    size_t index;
};

static int compare_snapshots(const void *left, const void *right)
{
    const struct order_entry *a = left, *b = right;
    int by_date = strcmp(a->model->info.date, b->model->info.date);
    return by_date ? by_date : strcmp(a->model->info.id, b->model->info.id);
}

static int sort_snapshots(struct sg_timeline *t)
{
    struct order_entry *order = malloc((t->count + 1) * sizeof *order);
    struct sg_model *models = malloc((t->count + 1) * sizeof *models);
    struct sg_metrics *metrics = malloc((t->count + 1) * sizeof *metrics);
    if (!order || !models || !metrics) {
        free(order);
        free(models);
        free(metrics);
        return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < t->count; i++)
        order[i] = (struct order_entry){&t->models[i], i};
    qsort(order, t->count, sizeof *order, compare_snapshots);
    for (size_t i = 0; i < t->count; i++) {
        models[i] = t->models[order[i].index];
        metrics[i] = t->metrics[order[i].index];
    }
    free(t->models);
    free(t->metrics);
    t->models = models;
    t->metrics = metrics;
    free(order);
    return SG_OK;
}

static int check_unique_ids(const struct sg_timeline *t)
{
    struct sg_strindex *ids = sg_strindex_new(t->count);
    int err = ids ? SG_OK : SG_ERR_NOMEM;
    for (size_t i = 0; !err && i < t->count; i++) {
        long stored = sg_strindex_put(ids, t->models[i].info.id, i);
        if (stored < 0)
            err = SG_ERR_NOMEM;
        else if ((size_t)stored != i) {
            sg_diag_error("two snapshots have the id '%s'; a timeline needs distinct ids",
                          t->models[i].info.id);
            err = SG_ERR_DATA;
        }
    }
    sg_strindex_free(ids);
    return err;
}

static int match_actors(struct sg_timeline *t)
{
    size_t total = 0;
    for (size_t s = 0; s < t->count; s++)
        total += t->models[s].actor_count;
    struct sg_strindex *ids = sg_strindex_new(total);
    t->actor_ids = calloc(total + 1, sizeof *t->actor_ids);
    if (!ids || !t->actor_ids) {
        sg_strindex_free(ids);
        return SG_ERR_NOMEM;
    }
    for (size_t s = 0; s < t->count; s++)
        for (size_t i = 0; i < t->models[s].actor_count; i++) {
            const char *id = t->models[s].actors[i].id;
            long stored = sg_strindex_put(ids, id, t->actor_count);
            if (stored < 0) {
                sg_strindex_free(ids);
                return SG_ERR_NOMEM;
            }
            if ((size_t)stored == t->actor_count)
                t->actor_ids[t->actor_count++] = id;
        }
    t->index = malloc((t->count * t->actor_count + 1) * sizeof *t->index);
    if (!t->index) {
        sg_strindex_free(ids);
        return SG_ERR_NOMEM;
    }
    for (size_t k = 0; k < t->count * t->actor_count; k++)
        t->index[k] = SG_ABSENT;
    for (size_t s = 0; s < t->count; s++)
        for (size_t i = 0; i < t->models[s].actor_count; i++) {
            long a = sg_strindex_get(ids, t->models[s].actors[i].id);
            t->index[s * t->actor_count + (size_t)a] = i;
        }
    sg_strindex_free(ids);
    return SG_OK;
}

int sg_timeline_build(struct sg_model *models, struct sg_metrics *metrics, size_t count,
                      struct sg_timeline *timeline)
{
    memset(timeline, 0, sizeof *timeline);
    timeline->models = models;
    timeline->metrics = metrics;
    timeline->count = count;
    int err = sort_snapshots(timeline);
    if (!err)
        err = check_unique_ids(timeline);
    if (!err)
        err = match_actors(timeline);
    if (!err && count > 1) {
        timeline->changes = calloc(count - 1, sizeof *timeline->changes);
        if (!timeline->changes)
            err = SG_ERR_NOMEM;
    }
    for (size_t s = 0; !err && s + 1 < count; s++)
        err = sg_compare(&timeline->models[s], &timeline->metrics[s], &timeline->models[s + 1],
                         &timeline->metrics[s + 1], &timeline->changes[s]);
    if (err)
        sg_timeline_destroy(timeline);
    return err;
}

void sg_timeline_destroy(struct sg_timeline *timeline)
{
    if (!timeline)
        return;
    for (size_t s = 0; timeline->changes && s + 1 < timeline->count; s++)
        sg_diff_destroy(&timeline->changes[s]);
    for (size_t s = 0; s < timeline->count; s++) {
        if (timeline->metrics)
            sg_metrics_destroy(&timeline->metrics[s]);
        if (timeline->models)
            sg_model_destroy(&timeline->models[s]);
    }
    free(timeline->changes);
    free(timeline->models);
    free(timeline->metrics);
    free(timeline->actor_ids);
    free(timeline->index);
    memset(timeline, 0, sizeof *timeline);
}

const struct sg_actor_metrics *sg_timeline_actor_metrics(const struct sg_timeline *timeline,
                                                         size_t s, size_t a)
{
    size_t i = timeline->index[s * timeline->actor_count + a];
    return i == SG_ABSENT ? NULL : &timeline->metrics[s].actors[i];
}
