/*
 * WordNet's morphology behind a lock (lemma.h): the library keeps its state in globals and
 * returns a static buffer, so one call at a time, and the answer is copied out under the lock.
 * Each lookup costs WordNet dozens of seeks and reads in its index files, so answers are kept in
 * a fixed table for the process (no allocation: nothing to free, nothing to fail). The only
 * file that includes WordNet.
 */
#include "extract/lemma.h"

#include "base/diag.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wn.h>

#define CACHE_SLOTS      8192 /* a power of two; a year of news has fewer distinct content words */
#define CACHE_WORD       32   /* longer words are looked up each time */
#define NOUN_PERSON_FILE 18   /* WordNet's lexicographer file noun.person (lexnames(5WN)) */
#define NOUN_GROUP_FILE  14   /* noun.group: "labour" (the working class), "company" */

struct slot {
    char pos;
    char word[CACHE_WORD], lemma[CACHE_WORD];
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_status;
static struct slot cache[CACHE_SLOTS];

static void load(void)
{
    init_status = wninit() == 0 ? 0 : SG_ERR_LIBRARY;
}

int sg_lemma_init(void)
{
    pthread_once(&once, load);
    return init_status;
}

/* The slot for (word, pos): the one holding it, or the empty one where it would go; NULL when
 * the table is full along the way. FNV-1a hash, linear probing. */
static struct slot *slot_for(const char *word, char pos)
{
    unsigned long hash = 2166136261UL ^ (unsigned char)pos;
    for (const char *c = word; *c; c++)
        hash = (hash ^ (unsigned char)*c) * 16777619UL;
    for (size_t probe = 0; probe < 64; probe++) {
        struct slot *s = &cache[(hash + probe) & (CACHE_SLOTS - 1)];
        if (!s->pos || (s->pos == pos && strcmp(s->word, word) == 0))
            return s;
    }
    return NULL;
}

/* WordNet's first base form of word as part (or NULL); called under the lock. */
static const char *lookup(const char *word, int part)
{
    char buffer[64];
    if (init_status || strlen(word) >= sizeof buffer)
        return NULL;
    strcpy(buffer, word); /* morphstr may write to its argument */
    return morphstr(buffer, part);
}

/* Whether WordNet knows word as part, under the lock. */
static int known_as(const char *word, int part)
{
    char buffer[64];
    if (init_status || strlen(word) >= sizeof buffer)
        return 0;
    strcpy(buffer, word); /* morphstr may write to its argument */
    if (morphstr(buffer, part) != NULL)
        return 1;
    strcpy(buffer, word);
    return in_wn(buffer, part) != 0;
}

/* The base form of a word with the prefix "re-" of doing again ("re-approval", "re-negotiate"):
 * the base form of the word after the prefix, when WordNet knows that, else the word itself;
 * called under the lock. */
static const char *again_prefixed(const char *word, int part)
{
    if (strncmp(word, "re-", 3) != 0 || !known_as(word + 3, part))
        return word;
    const char *base = lookup(word + 3, part);
    return base ? base : word + 3;
}

int sg_lemma(const char *word, char pos, char *out, size_t size)
{
    int part = pos == 'v' ? VERB : pos == 'a' ? ADJ : NOUN;
    int cacheable = strlen(word) < CACHE_WORD;
    pthread_mutex_lock(&lock);
    struct slot *s = cacheable ? slot_for(word, pos) : NULL;
    if (!s || !s->pos) {
        const char *base = lookup(word, part);
        base = again_prefixed(base ? base : word, part); /* "re-negotiated": "re-negotiate" */
        if (s && strlen(base) < CACHE_WORD) {
            s->pos = pos;
            strcpy(s->word, word);
            strcpy(s->lemma, base);
        }
        int length = snprintf(out, size, "%s", base);
        pthread_mutex_unlock(&lock);
        return length >= 0 && (size_t)length < size ? 0 : -1;
    }
    int length = snprintf(out, size, "%s", s->lemma);
    pthread_mutex_unlock(&lock);
    return length >= 0 && (size_t)length < size ? 0 : -1;
}

int sg_lemma_is(const char *word, char pos)
{
    int part = pos == 'v' ? VERB : pos == 'a' ? ADJ : NOUN;
    pthread_mutex_lock(&lock);
    int known = known_as(word, part);
    pthread_mutex_unlock(&lock);
    return known;
}

int sg_lemma_is_word(const char *word)
{
    static const int parts[] = {NOUN, VERB, ADJ, ADV};
    int known = 0;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < 4 && !known; i++)
        known = known_as(word, parts[i]);
    pthread_mutex_unlock(&lock);
    return known;
}

/* The lexicographer file of WordNet's first sense of word as a noun (lexnames(5WN)), or -1 when
 * WordNet knows no such noun; under the lock. */
static int first_noun_file(const char *word)
{
    char buffer[64];
    if (init_status || strlen(word) >= sizeof buffer)
        return -1;
    strcpy(buffer, word);
    IndexPtr index = index_lookup(buffer, NOUN);
    if (!index)
        return -1;
    int file = -1;
    if (index->off_cnt > 0) {
        SynsetPtr sense = read_synset(NOUN, index->offset[0], buffer);
        file = sense ? sense->fnum : -1;
        if (sense)
            free_synset(sense);
    }
    free_index(index);
    return file;
}

/* first_noun_file, through the cache. */
static int noun_file(const char *word)
{
    int cacheable = strlen(word) < CACHE_WORD;
    pthread_mutex_lock(&lock);
    struct slot *s = cacheable ? slot_for(word, 'p') : NULL;
    int file;
    if (s && s->pos) {
        file = atoi(s->lemma);
    } else {
        file = first_noun_file(word);
        if (s) {
            s->pos = 'p';
            strcpy(s->word, word);
            snprintf(s->lemma, sizeof s->lemma, "%d", file);
        }
    }
    pthread_mutex_unlock(&lock);
    return file;
}

int sg_lemma_is_person(const char *word)
{
    return noun_file(word) == NOUN_PERSON_FILE;
}

int sg_lemma_is_group(const char *word)
{
    return noun_file(word) == NOUN_GROUP_FILE;
}
