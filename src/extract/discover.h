/*
 * Actors found in an article with no lexicon (docs/EXTRACT.md, "Actors without a lexicon"):
 * countries, capitals used as metonyms, demonyms used as actors and international
 * organisations from the gazetteer (places.h); people from proper-name chains with a title
 * ("Foreign Minister Hakan Fidan", "RMT boss Mick Lynch", "Mr Holden") or a verb of saying;
 * organisations from their names ("Nature Conservation Council", "Jeep parent company
 * Stellantis") and acronyms; groups named by a country and a collective ("Russian officials",
 * "U.S. lawmakers"). Each person is one actor across full name, surname and spelling variants
 * ("Zelensky", "Zelenskyy").
 */
#ifndef SG_EXTRACT_DISCOVER_H
#define SG_EXTRACT_DISCOVER_H

#include "extract/places.h"
#include "model/model.h"

#include <stddef.h>

/*
 * Adds the actors text names to actors (initialised by the caller), in order of first mention:
 * readable ids (a person's surname, a country's short name, an organisation's acronym or
 * name), the name, the type, the group a modifier gives ("Ukrainian President ..." -> Ukraine)
 * and every form the text uses as an alias. The same text gives the same actors. Needs
 * sg_lemma_init. Returns 0 or SG_ERR_NOMEM.
 */
int sg_discover_actors(const char *text, size_t length, const struct sg_gazetteer *gazetteer,
                       struct sg_model *actors);

/*
 * Appends to lexicon the actors of found (as sg_discover_actors found them) that name no actor
 * of the lexicon: none of their names and aliases equals one of a lexicon actor's, in any case.
 * The lexicon's actors stay as they are; an id already taken gets "-2". Returns 0 or
 * SG_ERR_NOMEM.
 */
int sg_discover_add_missing(const struct sg_model *found, struct sg_model *lexicon);

#endif
