/*
 * How long computations report progress without knowing who shows it: the caller passes a
 * struct sg_progress (or NULL for none) and the computation calls it. The command layer's
 * display (cli/progress.h) is one such receiver; tests can count calls with another.
 */
#ifndef SG_BASE_PROGRESS_H
#define SG_BASE_PROGRESS_H

#include <stddef.h>

struct sg_progress {
    /* A stage of total units begins (0 when the total is unknown). */
    void (*stage)(void *context, const char *name, size_t total);
    /* done more units of the stage are finished; may be called from several threads, but
     * never at the same time (callers hold a lock). */
    void (*advance)(void *context, size_t done);
    /* The stage ends. */
    void (*end)(void *context);
    void *context;
};

/* Calls progress->stage, progress->advance or progress->end when progress is not NULL. */
static inline void sg_progress_report_stage(const struct sg_progress *progress, const char *name,
                                            size_t total)
{
    if (progress)
        progress->stage(progress->context, name, total);
}

static inline void sg_progress_report_advance(const struct sg_progress *progress, size_t done)
{
    if (progress)
        progress->advance(progress->context, done);
}

static inline void sg_progress_report_end(const struct sg_progress *progress)
{
    if (progress)
        progress->end(progress->context);
}

#endif
