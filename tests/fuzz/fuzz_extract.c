/*
 * libFuzzer harness for the article-text reader of 'extract': any bytes that are valid UTF-8
 * without NUL (what the command lets through) go through sentence splitting, mention finding
 * and the frames (quotations included), with a small fixed lexicon whose names include
 * aliases, a title, a demonym, UTF-8 and dots, and the built-in cues; then actor discovery
 * (extract with no lexicon) on the same text, with the built-in gazetteer. The text may open
 * with an article header (Title/Date/URL lines), read and blanked first as extract does.
 */
#include "base/diag.h"
#include "base/text.h"
#include "extract/article.h"
#include "extract/discover.h"
#include "extract/extract.h"
#include "extract/lemma.h"
#include "model/model.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sg_model lexicon;
static struct sg_cues cues;
static struct sg_gazetteer gazetteer;

static void add(const char *id, const char *name, const char *alias)
{
    struct sg_actor *actor = sg_model_add_actor(&lexicon);
    actor->type = strchr(name, ' ') ? SG_ACTOR_PERSON : SG_ACTOR_COUNTRY;
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
        add("trump", "Donald Trump", "the president");
        add("russia", "Russia", "Russian");
        if (sg_cues_builtin(&cues) != SG_OK || sg_gazetteer_builtin(&gazetteer) != SG_OK ||
            sg_lemma_init() != 0)
            abort();
    }
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    struct sg_article_head head;
    if (strlen(text) == size && sg_text_utf8_invalid_offset(text, size) < 0 &&
        sg_article_head_read("fuzz", text, size, &head) == SG_OK) {
        sg_article_head_destroy(&head);
        struct sg_model out;
        sg_model_init(&out);
        sg_extract(text, size, &lexicon, &cues, "fuzz", "2025-01-01", &out, NULL);
        sg_model_destroy(&out);
        struct sg_model found;
        sg_model_init(&found);
        sg_discover_actors(text, size, &gazetteer, &found);
        sg_model_destroy(&found);
    }
    free(text);
    return 0;
}
