/*
 * Progress reporting: a background thread redraws the current stage's line every quarter
 * second once the stage has run past the threshold; stages and advances only update shared
 * counters.
 */
#include "cli/progress.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int enabled;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_t painter;
static int painter_running, stage_active, line_shown;
static char stage_name[96];
static size_t stage_total;
static atomic_size_t stage_done;
static struct timespec stage_start;

static double elapsed_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static double threshold(void)
{
    const char *text = getenv("SG_PROGRESS_AFTER");
    return text ? atof(text) : 1.0;
}

/* Draws the line; called with the lock held. */
static void paint(void)
{
    double elapsed = elapsed_since(&stage_start);
    if (elapsed < threshold())
        return;
    size_t done = atomic_load(&stage_done);
    if (stage_total > 0) {
        double share = (double)done / (double)stage_total;
        if (share > 1)
            share = 1;
        double left = share > 0 ? elapsed * (1 - share) / share : 0;
        fprintf(stderr, "\rstancegraph: %s %3.0f%% (%.0f s elapsed, about %.0f s left)\033[K",
                stage_name, 100 * share, elapsed, left);
    } else {
        fprintf(stderr, "\rstancegraph: %s (%.0f s elapsed)\033[K", stage_name, elapsed);
    }
    fflush(stderr);
    line_shown = 1;
}

static void *paint_loop(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&lock);
    while (stage_active) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 250000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&wake, &lock, &until);
        if (stage_active)
            paint();
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

void sg_progress_enable(int on)
{
    enabled = on;
}

void sg_progress_stage(const char *name, size_t total)
{
    if (!enabled)
        return;
    sg_progress_end();
    pthread_mutex_lock(&lock);
    snprintf(stage_name, sizeof stage_name, "%s", name);
    stage_total = total;
    atomic_store(&stage_done, 0);
    clock_gettime(CLOCK_MONOTONIC, &stage_start);
    stage_active = 1;
    line_shown = 0;
    pthread_mutex_unlock(&lock);
    painter_running = pthread_create(&painter, NULL, paint_loop, NULL) == 0;
}

void sg_progress_advance(size_t done)
{
    if (enabled)
        atomic_fetch_add(&stage_done, done);
}

void sg_progress_end(void)
{
    if (!enabled || !stage_active)
        return;
    pthread_mutex_lock(&lock);
    stage_active = 0;
    if (!line_shown)
        paint(); /* a stage that ended past the threshold before the first redraw */
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    if (painter_running)
        pthread_join(painter, NULL);
    painter_running = 0;
    if (line_shown) {
        fprintf(stderr, "\rstancegraph: %s done in %.1f s\033[K\n", stage_name,
                elapsed_since(&stage_start));
        fflush(stderr);
    }
}

static void display_stage(void *context, const char *name, size_t total)
{
    (void)context;
    sg_progress_stage(name, total);
}

static void display_advance(void *context, size_t done)
{
    (void)context;
    sg_progress_advance(done);
}

static void display_end(void *context)
{
    (void)context;
    sg_progress_end();
}

const struct sg_progress *sg_progress_display(void)
{
    static const struct sg_progress display = {display_stage, display_advance, display_end, NULL};
    return enabled ? &display : NULL;
}
