/*
 * A stable sort of records by two integer keys, in linear time: for the graphs built from
 * every tie (arcs, signed pairs), where qsort's comparisons were a visible part of the
 * constant stages on a million ties.
 */
#ifndef SG_BASE_SORT_H
#define SG_BASE_SORT_H

#include <stddef.h>

/*
 * Sorts count records of size bytes by the size_t at major_offset, then by the size_t at
 * minor_offset, keeping records with equal keys in their order (stable, as callers that sum
 * equal records in input order need). Both keys must be below limit. Two counting passes,
 * least significant key first: O(count + limit) time, count records and limit counters of
 * scratch. Returns 0 or SG_ERR_NOMEM (not reported; records unchanged).
 */
int sg_sort_by_keys(void *records, size_t count, size_t size, size_t major_offset,
                    size_t minor_offset, size_t limit);

#endif
