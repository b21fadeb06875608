/*
 * The built-in gazetteer (places.h): data/places.json read into entries and one list of
 * surfaces, sorted so that the longest name is tried first.
 */
#include "extract/places.h"

#include "base/diag.h"
#include "load/json.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define PLACES_FORMAT "stancegraph-places/1"

static const struct sg_value *member(const struct sg_value *object, const char *key)
{
    for (size_t i = 0; object->kind == SG_KIND_OBJECT && i < object->count; i++)
        if (strcmp(object->items[i].key, key) == 0)
            return &object->items[i];
    return NULL;
}

static const char *text_of(const struct sg_value *object, const char *key)
{
    const struct sg_value *v = member(object, key);
    return v && v->kind == SG_KIND_STRING ? v->text : NULL;
}

static const struct sg_value *list_of(const struct sg_value *object, const char *key)
{
    const struct sg_value *v = member(object, key);
    return v && v->kind == SG_KIND_ARRAY ? v : NULL;
}

static int longest_first(const void *left, const void *right)
{
    const struct sg_gazetteer_surface *a = left, *b = right;
    if (a->length != b->length)
        return a->length > b->length ? -1 : 1;
    int c = strcmp(a->text, b->text);
    return c ? c : (a->entry > b->entry) - (a->entry < b->entry);
}

static void add_surfaces(struct sg_gazetteer *g, const struct sg_value *list, size_t entry,
                         enum sg_place_surface kind)
{
    for (size_t i = 0; list && i < list->count; i++)
        if (list->items[i].kind == SG_KIND_STRING && list->items[i].text[0])
            g->surfaces[g->surface_count++] = (struct sg_gazetteer_surface){
                list->items[i].text, strlen(list->items[i].text), entry, kind};
}

/* Counts the surfaces an entry list names (its names, aliases, capitals and demonyms). */
static size_t surface_total(const struct sg_value *places)
{
    static const char *const lists[] = {"aliases", "capitals", "demonyms"};
    size_t total = 0;
    for (size_t i = 0; i < places->count; i++) {
        total++;
        for (size_t k = 0; k < 3; k++) {
            const struct sg_value *l = list_of(&places->items[i], lists[k]);
            total += l ? l->count : 0;
        }
    }
    return total;
}

/* Reads each entry of places; returns 0, or the index + 1 of the first malformed entry. */
static size_t read_entries(struct sg_gazetteer *g, const struct sg_value *places)
{
    for (size_t i = 0; i < places->count; i++) {
        const struct sg_value *p = &places->items[i];
        const char *id = text_of(p, "id"), *name = text_of(p, "name"), *type = text_of(p, "type");
        int kind = type ? sg_actor_type_from_name(type) : -1;
        if (!id || !name || kind < 0)
            return i + 1;
        g->entries[g->entry_count++] =
            (struct sg_gazetteer_entry){id, name, (enum sg_actor_type)kind};
        g->surfaces[g->surface_count++] =
            (struct sg_gazetteer_surface){name, strlen(name), i, SG_PLACE_NAME};
        add_surfaces(g, list_of(p, "aliases"), i, SG_PLACE_NAME);
        add_surfaces(g, list_of(p, "capitals"), i, SG_PLACE_CAPITAL);
        add_surfaces(g, list_of(p, "demonyms"), i, SG_PLACE_DEMONYM);
    }
    return 0;
}

static int parse(const char *name, const char *bytes, size_t length, struct sg_gazetteer *g)
{
    memset(g, 0, sizeof *g);
    int err = sg_json_parse_value(name, bytes, length, "a " PLACES_FORMAT " gazetteer", &g->root);
    if (err)
        return err;
    const char *format = text_of(&g->root, "format");
    const struct sg_value *places = list_of(&g->root, "places");
    if (!format || strcmp(format, PLACES_FORMAT) != 0 || !places) {
        sg_diag_error("%s: expected a %s document with a 'places' array", name, PLACES_FORMAT);
        sg_gazetteer_destroy(g);
        return SG_ERR_DATA;
    }
    g->entries = calloc(places->count ? places->count : 1, sizeof *g->entries);
    g->surfaces = calloc(surface_total(places) + 1, sizeof *g->surfaces);
    if (!g->entries || !g->surfaces) {
        sg_gazetteer_destroy(g);
        return SG_ERR_NOMEM;
    }
    size_t bad = read_entries(g, places);
    if (bad) {
        sg_diag_error("%s: places[%zu]: expected an id, a name and an actor type", name, bad - 1);
        sg_gazetteer_destroy(g);
        return SG_ERR_DATA;
    }
    qsort(g->surfaces, g->surface_count, sizeof *g->surfaces, longest_first);
    return SG_OK;
}

int sg_gazetteer_builtin(struct sg_gazetteer *gazetteer)
{
    char *bytes = malloc(sg_places_builtin_size + 1);
    if (!bytes) {
        memset(gazetteer, 0, sizeof *gazetteer);
        return SG_ERR_NOMEM;
    }
    memcpy(bytes, sg_places_builtin_json, sg_places_builtin_size);
    bytes[sg_places_builtin_size] = '\0';
    int err = parse("<built-in places>", bytes, sg_places_builtin_size, gazetteer);
    free(bytes);
    return err;
}

void sg_gazetteer_destroy(struct sg_gazetteer *gazetteer)
{
    free(gazetteer->entries);
    free(gazetteer->surfaces);
    sg_value_destroy(&gazetteer->root);
    memset(gazetteer, 0, sizeof *gazetteer);
}

const struct sg_gazetteer *sg_gazetteer_shared(void)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    static struct sg_gazetteer shared;
    static int loaded;
    pthread_mutex_lock(&lock);
    if (!loaded)
        loaded = sg_gazetteer_builtin(&shared) == SG_OK;
    pthread_mutex_unlock(&lock);
    return loaded ? &shared : NULL;
}
