/*
 * String index over hsearch_r: keys and values live in arrays the index owns; the hash table
 * is rebuilt twice as large when it passes half full.
 */
#include "base/strindex.h"

#include <search.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct sg_strindex {
    char **keys;
    size_t *values;
    size_t count, capacity;
    struct hsearch_data table;
};

static int rebuild(struct sg_strindex *index, size_t capacity)
{
    char **keys = realloc(index->keys, capacity * sizeof *keys);
    if (!keys)
        return -1;
    index->keys = keys;
    size_t *values = realloc(index->values, capacity * sizeof *values);
    if (!values)
        return -1;
    index->values = values;
    index->capacity = capacity;
    hdestroy_r(&index->table);
    memset(&index->table, 0, sizeof index->table);
    if (!hcreate_r(capacity * 2, &index->table))
        return -1;
    for (size_t i = 0; i < index->count; i++) {
        ENTRY entry = {.key = index->keys[i], .data = (void *)(uintptr_t)i}, *stored;
        if (!hsearch_r(entry, ENTER, &stored, &index->table))
            return -1;
    }
    return 0;
}

struct sg_strindex *sg_strindex_new(size_t expected)
{
    struct sg_strindex *index = calloc(1, sizeof *index);
    if (!index)
        return NULL;
    if (rebuild(index, expected < 16 ? 16 : expected) != 0) {
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
    hdestroy_r(&index->table);
    free(index->keys);
    free(index->values);
    free(index);
}

static long find_slot(const struct sg_strindex *index, const char *key)
{
    ENTRY query = {.key = (char *)key, .data = NULL}, *found = NULL;
    /* hsearch_r does not change the table on FIND; its prototype just lacks const. */
    struct hsearch_data *table = (struct hsearch_data *)&index->table;
    if (!hsearch_r(query, FIND, &found, table) || !found)
        return -1;
    return (long)(uintptr_t)found->data;
}

long sg_strindex_put(struct sg_strindex *index, const char *key, size_t value)
{
    long slot = find_slot(index, key);
    if (slot >= 0)
        return (long)index->values[slot];
    if (index->count == index->capacity && rebuild(index, index->capacity * 2) != 0)
        return -1;
    char *copy = strdup(key);
    if (!copy)
        return -1;
    ENTRY entry = {.key = copy, .data = (void *)(uintptr_t)index->count}, *stored;
    if (!hsearch_r(entry, ENTER, &stored, &index->table)) {
        free(copy);
        return -1;
    }
    index->keys[index->count] = copy;
    index->values[index->count] = value;
    index->count++;
    return (long)value;
}

long sg_strindex_get(const struct sg_strindex *index, const char *key)
{
    long slot = find_slot(index, key);
    return slot < 0 ? -1 : (long)index->values[slot];
}

size_t sg_strindex_count(const struct sg_strindex *index)
{
    return index->count;
}
