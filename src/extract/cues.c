/*
 * Cue files: parsing and checking (every problem reported with its JSON path), and lookup of
 * the longest cue at a position through an index by first byte.
 */
#include "extract/cues.h"

#include "base/diag.h"
#include "base/infile.h"
#include "base/text.h"
#include "load/json.h"

#include <cjson/cJSON.h>
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

const char *sg_cue_frame_name(enum sg_cue_frame frame)
{
    return frame < SG_CUE_FRAME_COUNT ? frame_names[frame] : "?";
}

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
static void check_keys(struct parser *p, const cJSON *object, const char *path,
                       const char *const *known)
{
    for (const cJSON *child = object->child; child; child = child->next) {
        const char *const *k = known;
        while (*k && strcmp(*k, child->string) != 0)
            k++;
        if (!*k)
            report(p, path, "unknown field '%s'", child->string);
        for (const cJSON *earlier = object->child; earlier != child; earlier = earlier->next)
            if (strcmp(earlier->string, child->string) == 0) {
                report(p, path, "duplicate key '%s'", child->string);
                break;
            }
    }
}

/* Checks one cue text; returns its lowercase copy, or NULL (reported). */
static char *check_words(struct parser *p, const cJSON *item, const char *path)
{
    if (!cJSON_IsString(item)) {
        report(p, path, "expected a string, found %s", sg_json_kind(item));
        return NULL;
    }
    const char *w = item->valuestring;
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

static void parse_entry(struct parser *p, const cJSON *entry, int index)
{
    static const char *const known[] = {"type", "weight", "frame", "adjacent", "words", NULL};
    char path[96], item_path[128];
    snprintf(path, sizeof path, "cues[%d]", index);
    if (!cJSON_IsObject(entry)) {
        report(p, path, "expected an object, found %s", sg_json_kind(entry));
        return;
    }
    check_keys(p, entry, path, known);
    int ok = 1;
    enum sg_stance type = SG_STANCE_SUPPORT;
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(entry, "type");
    snprintf(item_path, sizeof item_path, "%s.type", path);
    if (!item) {
        report(p, path, "missing required field 'type'");
        ok = 0;
    } else if (!cJSON_IsString(item)) {
        report(p, item_path, "expected a string, found %s", sg_json_kind(item));
        ok = 0;
    } else {
        int found = 0;
        for (int t = 0; t < SG_STANCE_COUNT && !found; t++)
            if (strcmp(item->valuestring, sg_stance_name((enum sg_stance)t)) == 0) {
                type = (enum sg_stance)t;
                found = 1;
            }
        if (!found) {
            report(p, item_path, "'%s' is not a stance (support, criticism or negotiation)",
                   item->valuestring);
            ok = 0;
        }
    }
    double weight = 0;
    item = cJSON_GetObjectItemCaseSensitive(entry, "weight");
    snprintf(item_path, sizeof item_path, "%s.weight", path);
    if (!item) {
        report(p, path, "missing required field 'weight'");
        ok = 0;
    } else if (!cJSON_IsNumber(item)) {
        report(p, item_path, "expected a number, found %s", sg_json_kind(item));
        ok = 0;
    } else if (!(item->valuedouble > 0 && item->valuedouble <= 1)) {
        report(p, item_path, "must be greater than 0 and at most 1 (found %g)", item->valuedouble);
        ok = 0;
    } else {
        weight = item->valuedouble;
    }
    enum sg_cue_frame frame = SG_CUE_ACTIVE;
    item = cJSON_GetObjectItemCaseSensitive(entry, "frame");
    snprintf(item_path, sizeof item_path, "%s.frame", path);
    if (item && !cJSON_IsString(item)) {
        report(p, item_path, "expected a string, found %s", sg_json_kind(item));
        ok = 0;
    } else if (item) {
        int found = 0;
        for (int f = 0; f < SG_CUE_FRAME_COUNT && !found; f++)
            if (strcmp(item->valuestring, frame_names[f]) == 0) {
                frame = (enum sg_cue_frame)f;
                found = 1;
            }
        if (!found) {
            report(p, item_path,
                   "'%s' is not a frame (active, list, joint, visit, subject or reversed)",
                   item->valuestring);
            ok = 0;
        }
    }
    int adjacent = 0;
    item = cJSON_GetObjectItemCaseSensitive(entry, "adjacent");
    snprintf(item_path, sizeof item_path, "%s.adjacent", path);
    if (item && !cJSON_IsBool(item)) {
        report(p, item_path, "expected true or false, found %s", sg_json_kind(item));
        ok = 0;
    } else if (item) {
        adjacent = cJSON_IsTrue(item);
    }
    const cJSON *words = cJSON_GetObjectItemCaseSensitive(entry, "words");
    snprintf(item_path, sizeof item_path, "%s.words", path);
    if (!words) {
        report(p, path, "missing required field 'words'");
        return;
    }
    if (!cJSON_IsArray(words) || cJSON_GetArraySize(words) == 0) {
        report(p, item_path, "expected a non-empty array of strings, found %s",
               cJSON_IsArray(words) ? "an empty array" : sg_json_kind(words));
        return;
    }
    int w = 0;
    for (const cJSON *word = words->child; word && !p->out_of_memory; word = word->next, w++) {
        char word_path[160];
        snprintf(word_path, sizeof word_path, "%s.words[%d]", path, w);
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
        } else if (ok) {
            add(p, text, type, weight, frame, adjacent);
        } else {
            free(text);
        }
    }
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
    cJSON *root = NULL;
    memset(cues, 0, sizeof *cues);
    int err = sg_json_parse_checked(name, bytes, length, "a stancegraph-cues/1 cue file", &root);
    if (err)
        return err;
    if (!cJSON_IsObject(root)) {
        report(&p, NULL, "expected a JSON object (a stancegraph-cues/1 cue file), found %s",
               sg_json_kind(root));
        goto out;
    }
    check_keys(&p, root, NULL, known);
    const cJSON *format = cJSON_GetObjectItemCaseSensitive(root, "format");
    if (!format)
        report(&p, NULL, "missing required field 'format' (\"%s\")", SG_CUES_FORMAT);
    else if (!cJSON_IsString(format) || strcmp(format->valuestring, SG_CUES_FORMAT) != 0)
        report(&p, "format", "expected \"%s\"%s", SG_CUES_FORMAT,
               cJSON_IsString(format) ? ", found another format" : "");
    const cJSON *description = cJSON_GetObjectItemCaseSensitive(root, "description");
    if (description && !cJSON_IsString(description))
        report(&p, "description", "expected a string, found %s", sg_json_kind(description));
    const cJSON *list = cJSON_GetObjectItemCaseSensitive(root, "cues");
    if (!list) {
        report(&p, NULL, "missing required field 'cues'");
    } else if (!cJSON_IsArray(list) || cJSON_GetArraySize(list) == 0) {
        report(&p, "cues", "expected a non-empty array of cue entries, found %s",
               cJSON_IsArray(list) ? "an empty array" : sg_json_kind(list));
    } else {
        int index = 0;
        for (const cJSON *entry = list->child; entry && !p.out_of_memory; entry = entry->next)
            parse_entry(&p, entry, index++);
    }
out:
    cJSON_Delete(root);
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
        err = sg_cues_parse(strcmp(path, "-") == 0 ? "<stdin>" : path, bytes, length, cues);
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
