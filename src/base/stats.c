/*
 * Rank statistics: the descending order of rankings, competition ranks, Kendall's tau-b.
 */
#include "base/stats.h"

#include "base/diag.h"

#include <math.h>
#include <stdlib.h>

struct ranked {
    double value;
    size_t index;
};

int sg_stats_compare_descending(double a, double b)
{
    /* Comparisons with NaN are all false, which would make a NaN equal to everything and
     * the order inconsistent: NaNs are set apart first. */
    int a_nan = isnan(a) != 0, b_nan = isnan(b) != 0;
    if (a_nan || b_nan)
        return a_nan - b_nan;
    return (a < b) - (a > b);
}

int sg_stats_compare_ranked(double a, size_t a_index, double b, size_t b_index)
{
    int by_value = sg_stats_compare_descending(a, b);
    if (by_value)
        return by_value;
    return (a_index > b_index) - (a_index < b_index);
}

static int compare_descending(const void *left, const void *right)
{
    const struct ranked *a = left, *b = right;
    return sg_stats_compare_ranked(a->value, a->index, b->value, b->index);
}

int sg_stats_ranks_descending(const double *values, size_t count, size_t *ranks)
{
    if (count == 0)
        return SG_OK;
    struct ranked *order = malloc(count * sizeof *order);
    if (!order)
        return SG_ERR_NOMEM;
    for (size_t i = 0; i < count; i++)
        order[i] = (struct ranked){values[i], i};
    qsort(order, count, sizeof *order, compare_descending);
    for (size_t i = 0; i < count; i++) {
        size_t rank = i + 1;
        if (i > 0 && order[i].value == order[i - 1].value)
            rank = ranks[order[i - 1].index];
        ranks[order[i].index] = rank;
    }
    free(order);
    return SG_OK;
}

int sg_stats_kendall_tau_b(const double *x, const double *y, size_t count, double *tau)
{
    double concordant = 0, discordant = 0, tied_x = 0, tied_y = 0;
    if (count < 2)
        return -1;
    for (size_t i = 0; i < count; i++) {
        for (size_t j = i + 1; j < count; j++) {
            double dx = x[i] - x[j], dy = y[i] - y[j];
            if (dx == 0)
                tied_x++;
            if (dy == 0)
                tied_y++;
            if (dx == 0 || dy == 0)
                continue;
            if ((dx > 0) == (dy > 0))
                concordant++;
            else
                discordant++;
        }
    }
    double pairs = (double)count * (double)(count - 1) / 2.0;
    double denominator = sqrt((pairs - tied_x) * (pairs - tied_y));
    if (denominator == 0)
        return -1;
    *tau = (concordant - discordant) / denominator;
    return 0;
}

double sg_stats_round_significant(double value, int digits)
{
    if (value == 0.0 || !isfinite(value))
        return value;
    double magnitude = floor(log10(fabs(value)));
    double scale = pow(10.0, (double)digits - 1.0 - magnitude);
    return round(value * scale) / scale;
}
