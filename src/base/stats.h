/*
 * Rank statistics used to compare snapshots: the one descending order every ranking uses,
 * competition ranks and Kendall's tau-b.
 */
#ifndef SG_BASE_STATS_H
#define SG_BASE_STATS_H

#include <stddef.h>

/*
 * The order of every descending ranking (tables, top-k, diagrams, charts), for qsort
 * comparators: negative when a comes first (it is larger), positive when b does, 0 when they
 * tie. NaN, an undefined value, comes after every number and ties with NaN, so the order stays
 * consistent (qsort's contract) whatever the values; the caller breaks ties by its own key.
 */
int sg_stats_compare_descending(double a, double b);

/*
 * sg_stats_compare_descending with ties broken by the smaller index first (input order): the
 * whole comparator of a ranking of (value, index) entries.
 */
int sg_stats_compare_ranked(double a, size_t a_index, double b, size_t b_index);

/*
 * Writes into ranks[i] the competition rank of values[i] in descending order ("1224"
 * ranking): 1 + the number of values strictly greater. A NaN ranks after every number, each NaN
 * on its own rank, in input order. Returns 0 or SG_ERR_NOMEM.
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
