/*
 * Grammatical roles from a Link Grammar linkage (docs/EXTRACT.md, "Roles"): who is the subject,
 * the object, the passive agent, the possessor or a prepositional object of a word, with
 * coordination expanded, auxiliaries and verb chains followed ("has criticised", "wants to
 * meet"), and the subject of participles, gerunds and relative clauses inherited from where the
 * grammar puts it. Plus the clause's polarity and mood: negation, modality, conditions.
 */
#ifndef SG_EXTRACT_ROLES_H
#define SG_EXTRACT_ROLES_H

#include "extract/cues.h"
#include "extract/parse.h"

#include <stddef.h>

/* The roles themselves (struct sg_role) are declared with the cue lexicon, which names them. */

/* Most words a role can hold (the conjuncts of a list). */
#define SG_ROLES_MAX 8

/* Adjectives of readiness: "ready to hold talks", "open to talks with X" is no talk held yet
 * (a possible mood, as a modal that is no "would"). */
extern const char *const sg_roles_readiness[];

/* Verbs by which an actor makes a thing its own: "X announced a decision", "X imposed
 * tariffs", "X enacted a law" (base forms). */
extern const char *const sg_roles_making_verbs[];

/* Nonzero when word is a negator: "not", "never", "n't", or a contraction the parser keeps
 * whole ("didn't", "doesn't", "won't", "hasn't"; also with a typographic apostrophe). */
int sg_roles_negator(const char *word);

/*
 * The words that fill role for word w in linkage: indexes into parse->words, conjunctions
 * replaced by their conjuncts, at most SG_ROLES_MAX. Returns the count.
 */
size_t sg_roles_fill(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                     const struct sg_role *role, size_t *out);

/* The words a word stands for: itself, or a conjunction's conjuncts, or the name a title
 * holds ("Secretary of State X"). Returns the count (at most SG_ROLES_MAX). */
size_t sg_roles_members(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                        size_t *out);

/* The noun that measures out noun w through "of" ("a round of talks", "two days of strike
 * action"), which stands in w's place in the clause; else w. */
size_t sg_roles_measured(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w);

/* Whether noun w is a deed its clause's subject does in that very act: held by "in" with "a" or
 * "an", in a phrase that opens the clause or is set beside its subject ("In a swipe at X, Y
 * said", "Y, in an attack on X, said"); "in the attack on X" may be anyone's. */
int sg_roles_done_in(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w);

/* Who reports the clause of the verb or noun w: the subjects of the verb of saying that holds
 * it ("X said Y shelled Z", "..., X said"); a noun's clause is that of the verb it is the subject
 * or object of, none when an adjective is said of it ("Y's attack was justified"). Returns the
 * count (at most SG_ROLES_MAX). */
size_t sg_roles_reporter(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                         size_t *out);

/* The named owners of the subject of verb w, when that subject names nobody: "A spokesman for
 * Alice criticized", "Alice's spokesman criticized" give Alice (words of mentions, at most
 * SG_ROLES_MAX). Returns the count. */
size_t sg_roles_subject_owners(const struct sg_parse *parse, const struct sg_linkage *linkage,
                               size_t w, size_t *out);

/* Whether the verb w has a subject of its own in the linkage, through its auxiliaries or the
 * verbs it is joined to ("has criticised", "met X and criticised"): not a participle ("a bill
 * funding ...", "a report criticizing X") nor an infinitive. */
int sg_roles_finite(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w);

/* The verb a conjunction w stands for when the parser gaps it ("drew praise from X and
 * criticism from Y": VJd from "drew" to "and", whose O is "criticism"), else w itself. */
size_t sg_roles_gapped_verb(const struct sg_linkage *linkage, size_t w);

/* Whether w is a passive verb ("was criticised", "a proposal presented by"). */
int sg_roles_passive(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w);

/* Whether verb w asks a deed of someone by a subjunctive clause ("requested that Bob withdraw
 * the plan"; not "... that Bob be released"). */
int sg_roles_asks_deed(const struct sg_linkage *linkage, const struct sg_parse *parse, size_t w);

/* How a clause is said: flags of sg_roles_mood. */
enum {
    SG_MOOD_NEGATED = 1,     /* "did not criticise", "never met" */
    SG_MOOD_MODAL = 2,       /* would, could, might, may, should, can */
    SG_MOOD_FUTURE = 4,      /* will, "is to", "plans to", upcoming, planned */
    SG_MOOD_CONDITIONAL = 8, /* under "if" or "unless" */
    SG_MOOD_POSSIBLE = 32,   /* a modal other than "would", which may report an intention */
    SG_MOOD_UNREAL = 16,     /* others' forecast or a road not taken: "is expected to", "is
                                likely to", "whether to", "could have" */
};

/* The verb that asks someone to go by the departure at w ("wants X to resign", "called for X
 * to be sacked", "urged X to step down", "said X should resign"), or SIZE_MAX; *who is the word
 * of the one asked. */
size_t sg_roles_departure_asker(const struct sg_parse *parse, const struct sg_linkage *linkage,
                                size_t w, size_t *who);

/* The word whose speaker says the evaluation at w (an evaluative adjective, noun or verb): a
 * copula or naming verb it is the complement of, the verb itself, or a noun with a possessor;
 * SIZE_MAX when it is said of nothing ("met a dictator"). */
size_t sg_roles_spoken_head(const struct sg_parse *parse, const struct sg_linkage *linkage,
                            size_t w);

/* The mood flags of word w's clause: its own modifiers and those of its auxiliaries. */
int sg_roles_mood(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w);

#endif
