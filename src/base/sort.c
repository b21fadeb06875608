/*
 * The stable two-key counting sort of sort.h.
 */
#include "base/sort.h"

#include "base/diag.h"

#include <stdlib.h>
#include <string.h>

static size_t key_at(const unsigned char *record, size_t offset)
{
    size_t key;
    memcpy(&key, record + offset, sizeof key);
    return key;
}

/* Moves count records from from to to, ordered by the key at offset; stable. counts holds
 * limit + 1 entries of scratch. */
static void counting_pass(const unsigned char *from, unsigned char *to, size_t count, size_t size,
                          size_t offset, size_t limit, size_t *counts)
{
    memset(counts, 0, (limit + 1) * sizeof *counts);
    for (size_t i = 0; i < count; i++)
        counts[key_at(from + i * size, offset) + 1]++;
    for (size_t k = 0; k < limit; k++)
        counts[k + 1] += counts[k];
    for (size_t i = 0; i < count; i++)
        memcpy(to + counts[key_at(from + i * size, offset)]++ * size, from + i * size, size);
}

int sg_sort_by_keys(void *records, size_t count, size_t size, size_t major_offset,
                    size_t minor_offset, size_t limit)
{
    if (count < 2)
        return SG_OK;
    unsigned char *scratch = malloc(count * size);
    size_t *counts = malloc((limit + 1) * sizeof *counts);
    if (!scratch || !counts) {
        free(scratch);
        free(counts);
        return SG_ERR_NOMEM;
    }
    counting_pass(records, scratch, count, size, minor_offset, limit, counts);
    counting_pass(scratch, records, count, size, major_offset, limit, counts);
    free(scratch);
    free(counts);
    return SG_OK;
}
