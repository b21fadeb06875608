/*
 * String index: keys and values live in arrays the index owns; an open-addressing table of
 * (hash, entry) slots, probed linearly, finds them. The table is a power of two in size and
 * doubles when it passes half full, so probes stay short; the stored hash spares most key
 * comparisons. (It replaced hsearch_r, whose hash of short ids like "a000123" collided so
 * often that looking them up was a tenth of loading a large snapshot.)
 */
#include "base/strindex.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct slot {
    uint64_t hash;
    size_t entry; /* index into keys and values, plus one; 0 when the slot is empty */
};

struct sg_strindex {
    char **keys;
    size_t *values;
    size_t count, capacity; /* entries held, and room in keys and values */
    struct slot *slots;
    size_t mask; /* slot count minus one */
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
        if (slot->entry == 0 ||
            (slot->hash == hash && strcmp(index->keys[slot->entry - 1], key) == 0))
            return slot;
    }
}

/* Makes room for capacity entries, with at least twice as many slots. Returns 0 or -1 (the
 * index unchanged). */
static int grow(struct sg_strindex *index, size_t capacity)
{
    size_t slot_count = 16;
    while (slot_count < 2 * capacity)
        slot_count *= 2;
    struct slot *slots = calloc(slot_count, sizeof *slots);
    char **keys = slots ? realloc(index->keys, capacity * sizeof *keys) : NULL;
    if (keys)
        index->keys = keys;
    size_t *values = keys ? realloc(index->values, capacity * sizeof *values) : NULL;
    if (!values) {
        free(slots);
        return -1;
    }
    index->values = values;
    index->capacity = capacity;
    free(index->slots);
    index->slots = slots;
    index->mask = slot_count - 1;
    for (size_t i = 0; i < index->count; i++) {
        uint64_t hash = hash_of(keys[i]);
        *find_slot(index, keys[i], hash) = (struct slot){hash, i + 1};
    }
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
    for (size_t i = 0; i < index->count; i++)
        free(index->keys[i]);
    free(index->slots);
    free(index->keys);
    free(index->values);
    free(index);
}

long sg_strindex_put(struct sg_strindex *index, const char *key, size_t value)
{
    uint64_t hash = hash_of(key);
    struct slot *slot = find_slot(index, key, hash);
    if (slot->entry)
        return (long)index->values[slot->entry - 1];
    if (index->count == index->capacity) {
        if (grow(index, index->capacity * 2) != 0)
            return -1;
        slot = find_slot(index, key, hash);
    }
    char *copy = strdup(key);
    if (!copy)
        return -1;
    index->keys[index->count] = copy;
    index->values[index->count] = value;
    *slot = (struct slot){hash, ++index->count};
    return (long)value;
}

long sg_strindex_get(const struct sg_strindex *index, const char *key)
{
    const struct slot *slot = find_slot(index, key, hash_of(key));
    return slot->entry ? (long)index->values[slot->entry - 1] : -1;
}

size_t sg_strindex_count(const struct sg_strindex *index)
{
    return index->count;
}
