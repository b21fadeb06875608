/*
 * Which actors found without a lexicon may take or receive a stance (docs/EXTRACT.md, "Actors
 * without a lexicon"). Discovery finds every named person, country and organisation; a
 * snapshot codes only the actors that are the source or target of a stance. This keeps an
 * actor found when a sentence naming it holds a stance cue, when it acts (a verb follows its
 * name: "Meg O'Neill said", "Deuba seconded it"), or when it stands on a list with an actor
 * kept ("France, Germany and Italy"); it leaves out the others, which the text only names in
 * passing ("joined the European Union and NATO in 2004", "part of the Soviet Union").
 */
#ifndef SG_EXTRACT_STANCE_ACTORS_H
#define SG_EXTRACT_STANCE_ACTORS_H

#include "extract/cues.h"
#include "model/model.h"

#include <stddef.h>

/*
 * Sets keep[i] (for each actor of actors) to whether the text gives actor i a part in a
 * stance: a sentence naming it holds a cue of cues, a verb follows one of its mentions, or
 * a list joins it to an actor kept. cues NULL is the built-in lexicon. Actors before index first
 * are always kept (a lexicon's own). text[length] must be '\0'. Returns 0, SG_ERR_LIBRARY
 * (WordNet's data cannot be read) or SG_ERR_NOMEM.
 */
int sg_stance_actors_mark(const char *text, size_t length, const struct sg_cues *cues,
                          const struct sg_model *actors, size_t first, int *keep);

/*
 * Copies into kept (initialised, empty) the actors of found that sg_stance_actors_mark keeps,
 * in their order. Returns as sg_stance_actors_mark does.
 */
int sg_stance_actors_keep(const char *text, size_t length, const struct sg_cues *cues,
                          const struct sg_model *found, size_t first, struct sg_model *kept);

#endif
