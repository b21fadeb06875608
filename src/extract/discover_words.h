/*
 * The word lists of actor discovery (discover.h), NULL-terminated, compared in any case. Chosen
 * from general knowledge of English news style, not from any article of the corpus.
 */
#ifndef SG_EXTRACT_DISCOVER_WORDS_H
#define SG_EXTRACT_DISCOVER_WORDS_H

extern const char *const sg_discover_titles[]; /* "president", "minister", "boss", "Mr" */
extern const char
    *const sg_discover_org_titles[]; /* "company", "regulator": an organisation follows */
extern const char *const sg_discover_org_heads[];    /* "Council", "Party", "Corp.": names end so */
extern const char *const sg_discover_name_endings[]; /* "Capital", "Mobile": in capitals only */
extern const char *const sg_discover_collectives[];  /* "officials", "lawmakers": a group */
extern const char
    *const sg_discover_bare_collectives[];        /* "activists", "nurses": a group with no name */
extern const char *const sg_discover_bodies[];    /* "groups", "parties": one after a modifier */
extern const char *const sg_discover_bodies_of[]; /* "ec", "eu": a body, its whole */
extern const char *const sg_discover_negotiators[];     /* "diplomats": a state's own */
extern const char *const sg_discover_representatives[]; /* "officials": an organisation's own */
extern const char *const sg_discover_state_nouns[];     /* "government", "side": the state itself */
extern const char *const sg_discover_state_things[];    /* "proposal": what the state holds */
extern const char *const sg_discover_speech[];          /* "said", "told": a speaker stands by */
extern const char *const sg_discover_telling[];   /* "told": the name after it is the one told */
extern const char *const sg_discover_particles[]; /* "of", "da", "al": inside names */
extern const char *const sg_discover_stops[];     /* "The", "But": capitalised by position */
extern const char *const sg_discover_calendar[];  /* "Monday", "March": never actors */
extern const char *const sg_discover_locatives[]; /* "in", "at": a place follows */
extern const char *const sg_discover_terms[];     /* "LNG", "GDP": acronyms of no actor */
extern const char *const sg_discover_agencies[];  /* "Reuters", "BBC": credits, outlets */
extern const char *const sg_discover_events[];    /* "summit": after a city, no actor */
extern const char *const sg_discover_geography[]; /* "Forest", "River": a place's end */

#endif
