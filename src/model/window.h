/*
 * Time windows over one dated statement log: cuts a snapshot whose relations carry dates into
 * a series of snapshots, one per window (docs/COMPARE.md, "Windows").
 */
#ifndef SG_MODEL_WINDOW_H
#define SG_MODEL_WINDOW_H

#include "model/model.h"

#include <stddef.h>

/* Most windows one run may cut, to stop a typo such as --step 1d over a century. */
#define SG_WINDOW_MAX 10000

/* A length of time: count units, unit one of 'd' (days), 'w' (weeks), 'm' (calendar months). */
struct sg_duration {
    long count;
    char unit;
};

/* Parses "7d", "2w", "1m" (count >= 1). Returns 0, or -1 when text is not such a length. */
int sg_duration_parse(const char *text, struct sg_duration *duration);

/*
 * Cuts model into windows [start_k, start_k + length), start_k = first + k * step, where first
 * is the earliest relation date, for every k whose window starts on or before the latest
 * relation date. Window k holds the relations dated inside it and the actors they name (in the
 * model's order); its id is "ID.START..END" and its date END, the window's last day or, when
 * the window runs past the data, the latest relation date. Relations without a
 * date belong to no window; *undated counts them. On success *windows is an array of *count
 * models the caller destroys and frees. Returns 0, SG_ERR_DATA (reported: no dated relation,
 * too many windows) or SG_ERR_NOMEM.
 */
int sg_window_cut(const struct sg_model *model, const char *file, struct sg_duration length,
                  struct sg_duration step, struct sg_model **windows, size_t *count,
                  size_t *undated);

/*
 * The last two windows of length before the latest relation date, for "what changed since
 * last week": newer is [latest + 1 day - length, latest], older the same length before it
 * (ids and dates as sg_window_cut gives them). Returns as sg_window_cut does.
 */
int sg_window_last_two(const struct sg_model *model, const char *file, struct sg_duration length,
                       struct sg_model *older, struct sg_model *newer, size_t *undated);

#endif
