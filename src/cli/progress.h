/*
 * Progress lines on stderr for long steps: "stancegraph: STAGE 42% (3 s elapsed, about 4 s
 * left)", redrawn in place, shown only for a stage running longer than a second (the
 * environment variable SG_PROGRESS_AFTER, in seconds, changes that for tests). Commands enable
 * it when stderr is a terminal or --progress is given, never with --quiet. Thread-safe: the
 * path kernel's workers reach sg_progress_advance through sg_progress_display's callbacks.
 */
#ifndef SG_CLI_PROGRESS_H
#define SG_CLI_PROGRESS_H

#include "base/progress.h"

#include <stddef.h>

/* Turns progress reporting on or off (off by default). */
void sg_progress_enable(int enabled);

/* Starts a stage of total units (0 when the total is unknown: no percentage shown). */
void sg_progress_stage(const char *name, size_t total);

/* Adds done units to the current stage. */
void sg_progress_advance(size_t done);

/* Ends the current stage, finishing its line if one was shown. */
void sg_progress_end(void);

/* This display as a receiver for computations (base/progress.h); NULL when it is off. */
const struct sg_progress *sg_progress_display(void);

#endif
