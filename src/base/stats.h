/*
 * Rank statistics used to compare snapshots: competition ranks and Kendall's tau-b.
 */
#ifndef SG_BASE_STATS_H
#define SG_BASE_STATS_H

#include <stddef.h>

/*
 * Writes into ranks[i] the competition rank of values[i] in descending order ("1224"
 * ranking): 1 + the number of values strictly greater. Returns 0 or SG_ERR_NOMEM.
 */
int sg_stats_ranks_descending(const double *values, size_t count, size_t *ranks);

/*
 * Kendall's tau-b of the paired samples x and y (count pairs), which corrects for ties:
 *   tau_b = (concordant - discordant) / sqrt((n0 - ties_x) (n0 - ties_y)),
 * with n0 = n(n-1)/2 and ties_x, ties_y the pairs tied in x and in y. Returns 0 and sets *tau,
 * or -1 when tau-b is undefined (fewer than two pairs, or every pair tied in x or in y).
 * O(count^2).
 */
int sg_stats_kendall_tau_b(const double *x, const double *y, size_t count, double *tau);

/*
 * Rounds value to digits significant digits, so that values equal as printed (the outputs use
 * "%.12g") compare equal too, whatever floating-point noise the computations left.
 */
double sg_stats_round_significant(double value, int digits);

#endif
