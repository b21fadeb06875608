/*
 * WordNet's morphology behind a lock (lemma.h): the library keeps its state in globals and
 * returns a static buffer, so one call at a time, and the answer is copied out under the lock.
 * The only file that includes WordNet.
 */
#include "extract/lemma.h"

#include "base/diag.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <wn.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_status;

static void load(void)
{
    init_status = wninit() == 0 ? 0 : SG_ERR_LIBRARY;
}

int sg_lemma_init(void)
{
    pthread_once(&once, load);
    return init_status;
}

int sg_lemma(const char *word, char pos, char *out, size_t size)
{
    int part = pos == 'v' ? VERB : pos == 'a' ? ADJ : NOUN;
    char buffer[64];
    const char *base = NULL;
    if (!init_status && strlen(word) < sizeof buffer) {
        strcpy(buffer, word); /* morphstr may write to its argument */
        pthread_mutex_lock(&lock);
        base = morphstr(buffer, part);
        int length = snprintf(out, size, "%s", base ? base : word);
        pthread_mutex_unlock(&lock);
        return length >= 0 && (size_t)length < size ? 0 : -1;
    }
    int length = snprintf(out, size, "%s", word);
    return length >= 0 && (size_t)length < size ? 0 : -1;
}
