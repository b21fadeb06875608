/*
 * libFuzzer harness for the article-text reader of 'extract': any bytes that are valid UTF-8
 * without NUL (what the command lets through) go through sentence splitting, mention finding
 * and the frames, with a small fixed lexicon whose names include aliases, UTF-8 and dots.
 */
#include "diag.h"
#include "extract.h"
#include "model.h"
#include "text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sg_model lexicon;

static void add(const char *id, const char *name, const char *alias)
{
    struct sg_actor *actor = sg_model_add_actor(&lexicon);
    actor->id = strdup(id);
    actor->name = strdup(name);
    if (alias) {
        actor->aliases = calloc(1, sizeof *actor->aliases);
        actor->aliases[0] = strdup(alias);
        actor->alias_count = 1;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (lexicon.actor_count == 0) {
        sg_model_init(&lexicon);
        add("zelensky", "Volodymyr Zelensky", "Zelensky");
        add("us", "United States", "U.S.");
        add("ukraine", "Ukraine", "Kyiv");
        add("zoe", "Zo\xC3\xAB", NULL);
        add("kellogg", "Keith Kellogg", "Kellogg");
    }
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    if (strlen(text) == size && sg_text_utf8_invalid_offset(text, size) < 0) {
        struct sg_model out;
        sg_model_init(&out);
        sg_extract(text, size, &lexicon, "fuzz", "2025-01-01", &out);
        sg_model_destroy(&out);
    }
    free(text);
    return 0;
}
