/*
 * Cue files (stancegraph-cues/2): checking, with every problem reported at its JSON path, the
 * plain values load/json.h parses them into; lookup of a lemma's cues by binary search; and the
 * surface match used for sentences without a parse, through WordNet's base forms.
 */
#include "extract/cues.h"

#include "extract/lemma.h"

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
#define MAX_WORDS  47 /* bytes in one lemma: the lookups hold 48 */

static const char *const prepositions[] = {
    "about", "against", "at", "behind", "between", "by",     "for",     "from", "in",
    "into",  "of",      "on", "over",   "to",      "toward", "towards", "with", NULL};
static const char *const role_names[] = {"subject",  "object",    "possessor",  "host",
                                         "speaker",  "evaluated", "predicated", "clause",
                                         "modifier", NULL};

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

/* What a cue entry says about each of its lemmas; ok is 0 once a problem was reported. */
struct entry_fields {
    enum sg_stance type;
    double weight;
    char pos;
    struct sg_role source[SG_CUE_ROLES], target[SG_CUE_ROLES];
    size_t source_count, target_count;
    int deed;
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

static void read_pos(struct parser *p, const struct sg_value *entry, const char *path,
                     struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *item = member(entry, "pos");
    snprintf(item_path, sizeof item_path, "%s.pos", path);
    if (!item) {
        report(p, path, "missing required field 'pos'");
        e->ok = 0;
    } else if (item->kind != SG_KIND_STRING) {
        report(p, item_path, "expected a string, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else if (strcmp(item->text, "verb") == 0 || strcmp(item->text, "noun") == 0) {
        e->pos = item->text[0];
    } else if (strcmp(item->text, "adjective") == 0) {
        e->pos = 'a';
    } else {
        report(p, item_path, "'%s' is not a part of speech (verb, noun or adjective)", item->text);
        e->ok = 0;
    }
}

/* "deed": optional, a boolean (a deed, not words: who reports it takes issue with its doer). */
static void read_deed(struct parser *p, const struct sg_value *entry, const char *path,
                      struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *item = member(entry, "deed");
    snprintf(item_path, sizeof item_path, "%s.deed", path);
    if (item && item->kind != SG_KIND_BOOLEAN) {
        report(p, item_path, "expected true or false, found %s", sg_kind_name(item->kind));
        e->ok = 0;
    } else if (item) {
        e->deed = item->truth;
    }
}

/* The default roles of a part of speech (docs/EXTRACT.md, "Cue files"). */
static const char *const *default_roles(char pos, int target)
{
    static const char *const verb_source[] = {"subject", NULL};
    static const char *const verb_target[] = {"object", NULL};
    static const char *const noun_source[] = {"possessor", "by", "from", "host", NULL};
    static const char *const noun_target[] = {"of",      "against", "on", "toward",
                                              "towards", "with",    NULL};
    static const char *const adjective_target[] = {"of", "to", "with", "toward", "towards", NULL};
    if (pos == 'n')
        return target ? noun_target : noun_source;
    if (pos == 'a')
        return target ? adjective_target : verb_source;
    return target ? verb_target : verb_source;
}

static int role_of(const char *name, struct sg_role *role)
{
    memset(role, 0, sizeof *role);
    for (int r = 0; role_names[r]; r++)
        if (strcmp(name, role_names[r]) == 0) {
            role->kind = (enum sg_role_kind)r;
            return 1;
        }
    for (const char *const *x = prepositions; *x; x++)
        if (strcmp(name, *x) == 0) {
            role->kind = SG_ROLE_PREPOSITION;
            snprintf(role->preposition, sizeof role->preposition, "%s", name);
            return 1;
        }
    return 0;
}

/* Reads "source" or "target": a non-empty array of role names; the default when absent. */
static void read_roles(struct parser *p, const struct sg_value *entry, const char *path,
                       struct entry_fields *e, int target)
{
    const char *key = target ? "target" : "source";
    struct sg_role *roles = target ? e->target : e->source;
    size_t *count = target ? &e->target_count : &e->source_count;
    char item_path[128];
    snprintf(item_path, sizeof item_path, "%s.%s", path, key);
    const struct sg_value *item = member(entry, key);
    if (!item) {
        for (const char *const *d = default_roles(e->pos, target); *d; d++)
            role_of(*d, &roles[(*count)++]);
        return;
    }
    if (item->kind != SG_KIND_ARRAY || item->count == 0 || item->count > SG_CUE_ROLES) {
        report(p, item_path, "expected an array of 1 to %d roles, found %s", SG_CUE_ROLES,
               item->kind == SG_KIND_ARRAY ? "another number of them" : sg_kind_name(item->kind));
        e->ok = 0;
        return;
    }
    for (size_t i = 0; i < item->count; i++) {
        const struct sg_value *name = &item->items[i];
        if (name->kind != SG_KIND_STRING || !role_of(name->text, &roles[*count])) {
            report(
                p, item_path,
                "item %zu is not a role (subject, object, possessor, host, speaker, evaluated, "
                "predicated, clause, modifier or a preposition: "
                "about, against, at, behind, between, by, for, from, in, into, of, on, over, to, "
                "toward, towards, with)",
                i);
            e->ok = 0;
            continue;
        }
        (*count)++;
    }
}

static void add(struct parser *p, char *words, const struct entry_fields *e)
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
    struct sg_cue *cue = &cues->items[cues->count++];
    memset(cue, 0, sizeof *cue);
    cue->words = words;
    cue->head_length = strcspn(words, " ");
    cue->pos = e->pos;
    cue->type = e->type;
    cue->weight = e->weight;
    cue->deed = e->deed;
    memcpy(cue->source, e->source, sizeof cue->source);
    memcpy(cue->target, e->target, sizeof cue->target);
    cue->source_count = e->source_count;
    cue->target_count = e->target_count;
}

/* Checks the lemmas of an entry and adds each as a cue when the entry is sound. */
static void add_lemmas(struct parser *p, const struct sg_value *entry, const char *path,
                       const struct entry_fields *e)
{
    char item_path[128];
    const struct sg_value *lemmas = member(entry, "lemmas");
    snprintf(item_path, sizeof item_path, "%s.lemmas", path);
    if (!lemmas) {
        report(p, path, "missing required field 'lemmas'");
        return;
    }
    if (lemmas->kind != SG_KIND_ARRAY || lemmas->count == 0) {
        report(p, item_path, "expected a non-empty array of strings, found %s",
               lemmas->kind == SG_KIND_ARRAY ? "an empty array" : sg_kind_name(lemmas->kind));
        return;
    }
    for (size_t w = 0; w < lemmas->count && !p->out_of_memory; w++) {
        char lemma_path[160];
        snprintf(lemma_path, sizeof lemma_path, "%s.lemmas[%zu]", path, w);
        char *text = check_words(p, &lemmas->items[w], lemma_path);
        if (!text)
            continue;
        const struct sg_cue *same = NULL;
        for (size_t i = 0; i < p->cues->count && !same; i++)
            if (strcmp(p->cues->items[i].words, text) == 0 && p->cues->items[i].pos == e->pos)
                same = &p->cues->items[i];
        if (same) {
            report(p, lemma_path, "'%s' is given twice as this part of speech", text);
            free(text);
        } else if (e->ok) {
            add(p, text, e);
        } else {
            free(text);
        }
    }
}

static void parse_entry(struct parser *p, const struct sg_value *entry, int index)
{
    static const char *const known[] = {"lemmas", "pos",    "type", "weight",
                                        "source", "target", "deed", NULL};
    struct entry_fields e = {.type = SG_STANCE_SUPPORT, .pos = 'v', .ok = 1};
    char path[96];
    snprintf(path, sizeof path, "cues[%d]", index);
    if (entry->kind != SG_KIND_OBJECT) {
        report(p, path, "expected an object, found %s", sg_kind_name(entry->kind));
        return;
    }
    check_keys(p, entry, path, known);
    read_type(p, entry, path, &e);
    read_weight(p, entry, path, &e);
    read_pos(p, entry, path, &e);
    read_deed(p, entry, path, &e);
    read_roles(p, entry, path, &e, 0);
    read_roles(p, entry, path, &e, 1);
    add_lemmas(p, entry, path, &e);
}

/* Head word, then part of speech, then longest first. */
static int by_head(const void *left, const void *right)
{
    const struct sg_cue *a = left, *b = right;
    size_t n = a->head_length < b->head_length ? a->head_length : b->head_length;
    int c = strncmp(a->words, b->words, n);
    if (c == 0 && a->head_length != b->head_length)
        c = a->head_length < b->head_length ? -1 : 1;
    if (c == 0 && a->pos != b->pos)
        c = a->pos < b->pos ? -1 : 1;
    if (c == 0) {
        size_t x = strlen(a->words), y = strlen(b->words);
        c = x != y ? (x > y ? -1 : 1) : strcmp(a->words, b->words);
    }
    return c;
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
    int err = sg_json_parse_value(name, bytes, length, "a " SG_CUES_FORMAT " cue file", &root);
    if (err)
        return err;
    if (root.kind != SG_KIND_OBJECT) {
        report(&p, NULL, "expected a JSON object (a %s cue file), found %s", SG_CUES_FORMAT,
               sg_kind_name(root.kind));
        goto out;
    }
    check_keys(&p, &root, NULL, known);
    const struct sg_value *format = member(&root, "format");
    if (!format)
        report(&p, NULL, "missing required field 'format' (\"%s\")", SG_CUES_FORMAT);
    else if (format->kind == SG_KIND_STRING && strcmp(format->text, "stancegraph-cues/1") == 0)
        report(&p, "format",
               "\"stancegraph-cues/1\" (lists of word forms) is no longer read: list lemmas in "
               "the \"%s\" format (docs/EXTRACT.md, \"Cue files\")",
               SG_CUES_FORMAT);
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
    qsort(cues->items, cues->count, sizeof *cues->items, by_head);
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

/* Compares a cue's head with the lemma and part of speech looked for. */
static int compare_head(const struct sg_cue *cue, const char *lemma, char pos)
{
    size_t n = strlen(lemma);
    int c = strncmp(cue->words, lemma, cue->head_length < n ? cue->head_length : n);
    if (c == 0 && cue->head_length != n)
        c = cue->head_length < n ? -1 : 1;
    if (c == 0 && cue->pos != pos)
        c = cue->pos < pos ? -1 : 1;
    return c;
}

const struct sg_cue *sg_cues_find(const struct sg_cues *cues, const char *lemma, char pos,
                                  size_t *count)
{
    size_t low = 0, high = cues->count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        if (compare_head(&cues->items[middle], lemma, pos) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    size_t end = low;
    while (end < cues->count && compare_head(&cues->items[end], lemma, pos) == 0)
        end++;
    *count = end - low;
    return end > low ? &cues->items[low] : NULL;
}

/* Whether the cue's particles ("back" of "hit back") follow at offset at, as whole words;
 * returns the offset after them, or 0. */
static size_t particles_at(const struct sg_cue *cue, const char *text, size_t end, size_t at)
{
    const char *rest = cue->words + cue->head_length;
    size_t n = strlen(rest); /* " back" */
    if (n == 0)
        return at;
    if (at + n > end || strncasecmp(text + at, rest, n) != 0 || sg_text_word_at(text, end, at + n))
        return 0;
    return at + n;
}

/* Whether the cue is a phrasal verb that takes its object after its particle ("shrug off X",
 * "brush aside X", "turn down X"): without a parse, "off the sanctions on X" may be the
 * particle read as a preposition, so its target must follow at once, as a bare base form's. */
static int phrasal_object(const struct sg_cue *cue)
{
    static const char *const particles[] = {"out", "down", "aside", "off", "away", "up", NULL};
    const char *last = strrchr(cue->words, ' ');
    if (cue->pos != 'v' || !last || !cue->target_count)
        return 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind != SG_ROLE_OBJECT)
            return 0;
    for (const char *const *p = particles; *p; p++)
        if (strcmp(last + 1, *p) == 0)
            return 1;
    return 0;
}

/* A visit-like noun: a negotiation whose target is first the object of "to" ("a visit to X by
 * Y"), the only nouns the surface frames read. */
static int surface_visit(const struct sg_cue *cue)
{
    return cue->type == SG_STANCE_NEGOTIATION && cue->pos == 'n' && cue->target_count &&
           strcmp(cue->target[0].preposition, "to") == 0;
}

/* How a surface match reads a cue (docs/EXTRACT.md, "Surface frames"). */
static void surface_frame(const struct sg_cue *cue, struct sg_cue_hit *hit)
{
    hit->frame = surface_visit(cue)                   ? SG_CUE_VISIT
                 : cue->type == SG_STANCE_NEGOTIATION ? SG_CUE_LIST
                                                      : SG_CUE_ACTIVE;
}

int sg_cues_match(const struct sg_cues *cues, const char *text, size_t end, size_t at, char pos,
                  struct sg_cue_hit *hit)
{
    if (at >= end || sg_text_word_before(text, at) || !isalpha((unsigned char)text[at]))
        return 0;
    size_t stop = at;
    while (stop < end && isalpha((unsigned char)text[stop]))
        stop++;
    char word[48], lemma[48];
    if (stop - at >= sizeof word || sg_text_word_at(text, end, stop))
        return 0;
    for (size_t i = at; i < stop; i++)
        word[i - at] = (char)tolower((unsigned char)text[i]);
    word[stop - at] = '\0';
    static const char parts[] = {'v', 'n'};
    for (size_t k = 0; k < sizeof parts; k++) {
        if ((pos && parts[k] != pos) || sg_lemma(word, parts[k], lemma, sizeof lemma) != 0)
            continue;
        size_t count = 0;
        const struct sg_cue *cue = sg_cues_find(cues, lemma, parts[k], &count);
        for (size_t i = 0; i < count; i++) {
            size_t after = particles_at(&cue[i], text, end, stop);
            /* without a parse, verbs, and visits ("a visit to X by Y"): other nouns' roles
             * need the grammar */
            if (!after || (parts[k] == 'n' && surface_visit(&cue[i]) == 0) ||
                (cue[i].source_count && cue[i].source[0].kind == SG_ROLE_SPEAKER))
                continue; /* nor evaluations, whose source is whoever says them */
            hit->cue = &cue[i];
            hit->length = after - at;
            surface_frame(&cue[i], hit);
            /* a bare base form may be a noun ("future support"): its target follows at once */
            hit->adjacent =
                parts[k] == 'v' && (strcmp(word, lemma) == 0 || phrasal_object(&cue[i]));
            return 1;
        }
    }
    return 0;
}
