/*
 * Cue files: checking (every problem reported with its JSON path) the plain values load/json.h
 * parses them into, and lookup of the longest cue at a position through an index by first byte.
 */
#include "extract/cues.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/builder.h"
#include "load/json.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ERRORS 50
#define MAX_WORDS  64 /* bytes in one cue */

static const char *const frame_names[SG_CUE_FRAME_COUNT] = {"active", "list",    "joint",
                                                            "visit",  "subject", "reversed"};

struct parser {
    const char *file;
    int errors, out_of_memory;
    struct sg_cues *cues;
    size_t capacity;
};

static void report(struct parser *p, const char *path, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static void report(struct parser *p, const char *path, const char *format, ...)
{
    char message[512];
    va_list args;
    if (++p->errors > MAX_ERRORS)
        return;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    sg_diag_at_path(p->file, path, "%s", message);
    if (p->errors == MAX_ERRORS)
        sg_diag_at_path(p->file, NULL, "too many errors; stopping after %d", MAX_ERRORS);
}

/* Reports keys of object not in known, and keys given twice. */
static void check_keys(struct parser *p, const struct sg_value *object, const char *path,
                       const char *const *known)
{
    for (size_t i = 0; i < object->count; i++) {
        const char *key = object->items[i].key;
        const char *const *k = known;
        while (*k && strcmp(*k, key) != 0)
            k++;
        if (!*k)
            report(p, path, "unknown field '%s'", key);
        for (size_t earlier = 0; earlier < i; earlier++)
            if (strcmp(object->items[earlier].key, key) == 0) {
                report(p, path, "duplicate key '%s'", key);
                break;
            }
    }
}

/* The first member named key of object, or NULL. */
static const struct sg_value *member(const struct sg_value *object, const char *key)
{
    for (size_t i = 0; i < object->count; i++)
        if (strcmp(object->items[i].key, key) == 0)
            return &object->items[i];
    return NULL;
}

/* Checks one cue text; returns its lowercase copy, or NULL (reported). */
static char *check_words(struct parser *p, const struct sg_value *item, const char *path)
{
    if (item->kind != SG_KIND_STRING) {
        report(p, path, "expected a string, found %s", sg_kind_name(item->kind));
        return NULL;
    }
    const char *w = item->text;
    size_t n = strlen(w);
    if (n == 0) {
        report(p, path, "must not be empty");
        return NULL;
    }
    if (n > MAX_WORDS) {
        report(p, path, "longer than %d bytes", MAX_WORDS);
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (w[i] == ' ' && (i == 0 || i + 1 == n || w[i + 1] == ' ')) {
            report(p, path, "'%s': words are separated by single spaces, with none around", w);
            return NULL;
        }
        if ((unsigned char)w[i] < 0x20 || w[i] == '\t') {
            report(p, path, "'%s' contains a control character", w);
            return NULL;
        }
    }
    char *copy = strdup(w);
    if (!copy) {
        p->out_of_memory = 1;
        return NULL;
    }
    for (char *c = copy; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    return copy;
}

static void add(struct parser *p, char *words, enum sg_stance type, double weight,
                enum sg_cue_frame frame, int adjacent)
{
    struct sg_cues *cues = p->cues;
    if (cues->count == p->capacity) {
        size_t capacity = p->capacity ? p->capacity * 2 : 64;
        struct sg_cue *grown = realloc(cues->items, capacity * sizeof *grown);
        if (!grown) {
            free(words);
            p->out_of_memory = 1;
            return;
        }
        cues->items = grown;
        p->capacity = capacity;
    }
    cues->items[cues->count++] =
        (struct sg_cue){words, strlen(words), type, weight, frame, adjacent};
}

/* What a cue entry says about each of its words; ok is 0 once a problem was reported. */
struct entry_fields {
    enum sg_stance type;
    double weight;
    enum sg_cue_frame frame;
    int adjacent;
    int ok;
};

static void read_type(struct parser *p, const struct sg_value *entry, const char *path,
                      struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *item = member(entry, "type");
    snprintf(item_path, sizeof item_path, "%s.type", path);
    if (!item) {
        report(p, path, "missing required field 'type'");
        e->ok = 0;
    } else if (item->kind != SG_KIND_STRING) {
        report(p, item_path, "expected a string, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else {
        int found = 0;
        for (int t = 0; t < SG_STANCE_COUNT && !found; t++)
            if (strcmp(item->text, sg_stance_name((enum sg_stance)t)) == 0) {
                e->type = (enum sg_stance)t;
                found = 1;
            }
        if (!found) {
            report(p, item_path, "'%s' is not a stance (support, criticism or negotiation)",
                   item->text);
            e->ok = 0;
        }
    }
}

static void read_weight(struct parser *p, const struct sg_value *entry, const char *path,
                        struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *item = member(entry, "weight");
    snprintf(item_path, sizeof item_path, "%s.weight", path);
    if (!item) {
        report(p, path, "missing required field 'weight'");
        e->ok = 0;
    } else if (item->kind != SG_KIND_NUMBER) {
        report(p, item_path, "expected a number, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else if (!(item->number > 0 && item->number <= 1)) {
        report(p, item_path, "must be greater than 0 and at most 1 (found %g)", item->number);
        e->ok = 0;
    } else {
        e->weight = item->number;
    }
}

static void read_frame(struct parser *p, const struct sg_value *entry, const char *path,
                       struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *item = member(entry, "frame");
    snprintf(item_path, sizeof item_path, "%s.frame", path);
    if (item && item->kind != SG_KIND_STRING) {
        report(p, item_path, "expected a string, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else if (item) {
        int found = 0;
        for (int f = 0; f < SG_CUE_FRAME_COUNT && !found; f++)
            if (strcmp(item->text, frame_names[f]) == 0) {
                e->frame = (enum sg_cue_frame)f;
                found = 1;
            }
        if (!found) {
            report(p, item_path,
                   "'%s' is not a frame (active, list, joint, visit, subject or reversed)",
                   item->text);
            e->ok = 0;
        }
    }
    item = member(entry, "adjacent");
    snprintf(item_path, sizeof item_path, "%s.adjacent", path);
    if (item && item->kind != SG_KIND_BOOLEAN) {
        report(p, item_path, "expected true or false, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else if (item) {
        e->adjacent = item->truth;
    }
}

/* Checks the words of an entry and adds each as a cue when the entry is sound. */
static void add_words(struct parser *p, const struct sg_value *entry, const char *path,
                      const struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *words = member(entry, "words");
    snprintf(item_path, sizeof item_path, "%s.words", path);
    if (!words) {
        report(p, path, "missing required field 'words'");
        return;
    }
    if (words->kind != SG_KIND_ARRAY || words->count == 0) {
        report(p, item_path, "expected a non-empty array of strings, found %s",
               words->kind == SG_KIND_ARRAY ? "an empty array" : sg_kind_name(words->kind));
        return;
    }
    for (size_t w = 0; w < words->count && !p->out_of_memory; w++) {
        const struct sg_value *word = &words->items[w];
        char word_path[160];
        snprintf(word_path, sizeof word_path, "%s.words[%zu]", path, w);
        char *text = check_words(p, word, word_path);
        if (!text)
            continue;
        const struct sg_cue *same = NULL;
        for (size_t i = 0; i < p->cues->count && !same; i++)
            if (strcmp(p->cues->items[i].words, text) == 0)
                same = &p->cues->items[i];
        if (same) {
            report(p, word_path, "'%s' is given twice", text);
            free(text);
        } else if (e->ok) {
            add(p, text, e->type, e->weight, e->frame, e->adjacent);
        } else {
            free(text);
        }
    }
}

static void parse_entry(struct parser *p, const struct sg_value *entry, int index)
{
    static const char *const known[] = {"type", "weight", "frame", "adjacent", "words", NULL};
    struct entry_fields e = {SG_STANCE_SUPPORT, 0, SG_CUE_ACTIVE, 0, 1};
    char path[96];
    snprintf(path, sizeof path, "cues[%d]", index);
    if (entry->kind != SG_KIND_OBJECT) {
        report(p, path, "expected an object, found %s", sg_kind_name(entry->kind));
        return;
    }
    check_keys(p, entry, path, known);
    read_type(p, entry, path, &e);
    read_weight(p, entry, path, &e);
    read_frame(p, entry, path, &e);
    add_words(p, entry, path, &e);
}

static int by_first_byte_longest(const void *left, const void *right)
{
    const struct sg_cue *a = left, *b = right;
    unsigned char x = (unsigned char)a->words[0], y = (unsigned char)b->words[0];
    if (x != y)
        return x < y ? -1 : 1;
    if (a->length != b->length)
        return a->length > b->length ? -1 : 1;
    return strcmp(a->words, b->words);
}

void sg_cues_destroy(struct sg_cues *cues)
{
    for (size_t i = 0; i < cues->count; i++)
        free(cues->items[i].words);
    free(cues->items);
    memset(cues, 0, sizeof *cues);
}

int sg_cues_parse(const char *name, const char *bytes, size_t length, struct sg_cues *cues)
{
    static const char *const known[] = {"format", "description", "cues", NULL};
    struct parser p = {.file = name, .cues = cues};
    struct sg_value root;
    memset(cues, 0, sizeof *cues);
    int err = sg_json_parse_value(name, bytes, length, "a stancegraph-cues/1 cue file", &root);
    if (err)
        return err;
    if (root.kind != SG_KIND_OBJECT) {
        report(&p, NULL, "expected a JSON object (a stancegraph-cues/1 cue file), found %s",
               sg_kind_name(root.kind));
        goto out;
    }
    check_keys(&p, &root, NULL, known);
    const struct sg_value *format = member(&root, "format");
    if (!format)
        report(&p, NULL, "missing required field 'format' (\"%s\")", SG_CUES_FORMAT);
    else if (format->kind != SG_KIND_STRING || strcmp(format->text, SG_CUES_FORMAT) != 0)
        report(&p, "format", "expected \"%s\"%s", SG_CUES_FORMAT,
               format->kind == SG_KIND_STRING ? ", found another format" : "");
    const struct sg_value *description = member(&root, "description");
    if (description && description->kind != SG_KIND_STRING)
        report(&p, "description", "expected a string, found %s", sg_kind_name(description->kind));
    const struct sg_value *list = member(&root, "cues");
    if (!list) {
        report(&p, NULL, "missing required field 'cues'");
    } else if (list->kind != SG_KIND_ARRAY || list->count == 0) {
        report(&p, "cues", "expected a non-empty array of cue entries, found %s",
               list->kind == SG_KIND_ARRAY ? "an empty array" : sg_kind_name(list->kind));
    } else {
        for (size_t i = 0; i < list->count && !p.out_of_memory; i++)
            parse_entry(&p, &list->items[i], (int)i);
    }
out:
    sg_value_destroy(&root);
    err = p.out_of_memory ? SG_ERR_NOMEM : p.errors ? SG_ERR_DATA : SG_OK;
    if (err) {
        sg_cues_destroy(cues);
        return err;
    }
    qsort(cues->items, cues->count, sizeof *cues->items, by_first_byte_longest);
    size_t i = 0;
    for (int b = 0; b <= 256; b++) {
        while (i < cues->count && (unsigned char)cues->items[i].words[0] < b)
            i++;
        cues->first[b] = i;
    }
    return SG_OK;
}

int sg_cues_load_file(const char *path, struct sg_cues *cues)
{
    char *bytes = NULL;
    size_t length = 0;
    memset(cues, 0, sizeof *cues);
    int err = sg_infile_read(path, &bytes, &length);
    if (!err)
        err = sg_cues_parse(sg_infile_display_name(path), bytes, length, cues);
    free(bytes);
    return err;
}

int sg_cues_builtin(struct sg_cues *cues)
{
    char *bytes = malloc(sg_cues_builtin_size + 1);
    if (!bytes)
        return SG_ERR_NOMEM;
    memcpy(bytes, sg_cues_builtin_json, sg_cues_builtin_size);
    bytes[sg_cues_builtin_size] = '\0';
    int err = sg_cues_parse("<built-in cues>", bytes, sg_cues_builtin_size, cues);
    free(bytes);
    return err;
}

const struct sg_cue *sg_cues_match(const struct sg_cues *cues, const char *text, size_t end,
                                   size_t at)
{
    if (at >= end || sg_text_word_before(text, at))
        return NULL;
    unsigned char b = (unsigned char)tolower((unsigned char)text[at]);
    for (size_t i = cues->first[b]; i < cues->first[b + 1]; i++) {
        const struct sg_cue *cue = &cues->items[i];
        if (at + cue->length <= end && strncasecmp(text + at, cue->words, cue->length) == 0 &&
            !sg_text_word_at(text, end, at + cue->length))
            return cue;
    }
    return NULL;
}
