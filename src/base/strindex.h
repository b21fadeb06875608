/*
 * A string-keyed index: maps keys (copied and owned by the index) to non-negative numbers.
 * An open-addressing hash table, grown by doubling.
 */
#ifndef SG_BASE_STRINDEX_H
#define SG_BASE_STRINDEX_H

#include <stddef.h>

struct sg_strindex;

/* Creates an empty index sized for about expected keys; NULL on out of memory. */
struct sg_strindex *sg_strindex_new(size_t expected);

/* Frees the index and its keys; accepts NULL. */
void sg_strindex_free(struct sg_strindex *index);

/*
 * Maps key to value unless key is present already. Returns the value now stored for key
 * (the existing one when present), or -1 on out of memory.
 */
long sg_strindex_put(struct sg_strindex *index, const char *key, size_t value);

/* Returns the value stored for key, or -1. */
long sg_strindex_get(const struct sg_strindex *index, const char *key);

/* Number of keys. */
size_t sg_strindex_count(const struct sg_strindex *index);

#endif
