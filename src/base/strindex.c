/*
 * String index: an open-addressing table of (hash, key, value) slots, probed linearly. The
 * table is a power of two in size and doubles when it passes half full, so probes stay short;
 * the stored hash spares most key comparisons, and the key beside it spares a lookup one more
 * random read. (It replaced hsearch_r, whose hash of short ids like "a000123" collided so often
 * that looking them up was a tenth of loading a large snapshot.)
 */
#include "base/strindex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct slot {
    uint64_t hash;
    char *key; /* owned; NULL when the slot is empty */
    size_t value;
};

struct sg_strindex {
    struct slot *slots;
    size_t mask;  /* slot count minus one */
    size_t count; /* keys held */
};

/* FNV-1a, 64 bits. */
static uint64_t hash_of(const char *key)
{
    uint64_t hash = 0xcbf29ce484222325ull;
    for (const unsigned char *c = (const unsigned char *)key; *c; c++)
        hash = (hash ^ *c) * 0x100000001b3ull;
    return hash;
}

/* The slot of key (hash given): the one holding it, or the empty one where it would go. */
static struct slot *find_slot(const struct sg_strindex *index, const char *key, uint64_t hash)
{
    for (size_t i = (size_t)hash & index->mask;; i = (i + 1) & index->mask) {
        struct slot *slot = &index->slots[i];
        if (!slot->key || (slot->hash == hash && strcmp(slot->key, key) == 0))
            return slot;
    }
}

/* Moves the keys to a table of at least twice capacity slots. Returns 0 or -1 (the index
 * unchanged). */
static int grow(struct sg_strindex *index, size_t capacity)
{
    size_t slot_count = 16, old_count = index->slots ? index->mask + 1 : 0;
    while (slot_count < 2 * capacity)
        slot_count *= 2;
    struct slot *slots = calloc(slot_count, sizeof *slots), *old = index->slots;
    if (!slots)
        return -1;
    index->slots = slots;
    index->mask = slot_count - 1;
    for (size_t i = 0; i < old_count; i++)
        if (old[i].key)
            *find_slot(index, old[i].key, old[i].hash) = old[i];
    free(old);
    return 0;
}

struct sg_strindex *sg_strindex_new(size_t expected)
{
    struct sg_strindex *index = calloc(1, sizeof *index);
    if (!index)
        return NULL;
    if (grow(index, expected < 16 ? 16 : expected) != 0) {
        sg_strindex_free(index);
        return NULL;
    }
    return index;
}

void sg_strindex_free(struct sg_strindex *index)
{
    if (!index)
        return;
    for (size_t i = 0; index->slots && i <= index->mask; i++)
        free(index->slots[i].key);
    free(index->slots);
    free(index);
}

long sg_strindex_put(struct sg_strindex *index, const char *key, size_t value)
{
    uint64_t hash = hash_of(key);
    struct slot *slot = find_slot(index, key, hash);
    if (slot->key)
        return (long)slot->value;
    if (2 * (index->count + 1) > index->mask + 1) {
        if (grow(index, index->count + 1) != 0)
            return -1;
        slot = find_slot(index, key, hash);
    }
    char *copy = strdup(key);
    if (!copy)
        return -1;
    *slot = (struct slot){hash, copy, value};
    index->count++;
    return (long)value;
}

long sg_strindex_get(const struct sg_strindex *index, const char *key)
{
    const struct slot *slot = find_slot(index, key, hash_of(key));
    return slot->key ? (long)slot->value : -1;
}

size_t sg_strindex_count(const struct sg_strindex *index)
{
    return index->count;
}
