/*
 * What the files of statements from a parse (syntax.h) share: the reading in progress, the
 * actors a role names, the site of the cue being read, the word lists more than one file asks,
 * and the functions one file calls in another. syntax.c holds the entry point, reads each cue
 * and takes the notes of a sentence's things before its cues are read; syntax_refer.c finds who
 * a role's words name (pronouns, appositives, lists) and syntax_things.c the things they name
 * (the notes and memory of things, the owners, authors and makers of things, pacts' parties,
 * agents and aides, things known from before); syntax_mood.c tests a cue's mood and sense
 * (negation, conditions, receiving, answering, asking, granting, support withheld); syntax_emit.c
 * fills a cue's roles and turns them into statements (mutual, joint, parties, undergoing). Private
 * to those files.
 */
#ifndef SG_EXTRACT_SYNTAX_PARTS_H
#define SG_EXTRACT_SYNTAX_PARTS_H

#include "extract/roles.h"
#include "extract/syntax.h"

#include <stddef.h>

/* How a referent was found; the confidence falls with each step away from a name. */
enum {
    HOW_NAMED = 0,
    HOW_PRONOUN = 1,
    HOW_THING = 2,
    HOW_PATIENT = 4,
    HOW_PAIR = 8,
    HOW_ANSWER = 16 /* the target of a retaliation, from memory */
};

/* The authors this sentence gives its things ("his decision"), noted before its cues are read
 * and passed on to the resolver after: a noun means its note only after the note's word. */
#define SENTENCE_NOTES 16
struct notes {
    char key[SENTENCE_NOTES][48];
    long actor[SENTENCE_NOTES];
    long partner[SENTENCE_NOTES]; /* a second maker, or -1 */
    size_t word[SENTENCE_NOTES];
    size_t count;
    int collecting; /* sg_syntax_note_thing writes here, not to the resolver */
};

/* A sentence as it is read: its parse, the linkage in use and what resolves its words. */
struct reading {
    const struct sg_parse *parse;
    const struct sg_linkage *linkage;
    const struct sg_mention *mentions;
    const struct sg_resolver *resolver;
    long exclude; /* who a pronoun cannot be: the source, while the target is read */
    struct notes *notes;
    const struct sg_cues *cues;
    int participle; /* an adjective cue on a passive participle ("X is opposed to Y"): its
                       subject is what the passive calls the object */
    int backing;    /* the targets of a support cue are read: a thing aimed at someone is
                       theirs to undergo ("backed the motion" against its target) */
};

/* A role's actors: referents and the parse words they came from. */
struct filled {
    struct sg_referent who[SG_ROLES_MAX];
    size_t word[SG_ROLES_MAX];
    size_t count;
    int how;
    const struct sg_role *role; /* the role that named them */
    size_t seen;                /* words its roles held, actors or not */
    size_t others;              /* of them, those not already taken by the other role */
};

/* The cue being read and the statements found so far. */
struct site {
    int decided; /* negated, conditional, or a verb whose subject or object is no actor: no
                    surface frame reads it */
    const struct sg_cue *cue;
    size_t word, cue_end;
    struct sg_found *found;
    size_t count;
};

/* ---- syntax.c: reading a cue, notes before the cues ---- */

/* Possessive determiners: "Bob's handling" is "his handling" to the parser. */
extern const char *const sg_syntax_possessives[];

/* Whether word is one of the NULL-ended list. */
int sg_syntax_in_list(const char *word, const char *const *list);

/* Whether the base form of word, as part of speech pos, is one of the NULL-ended list. */
int sg_syntax_lemma_listed(const char *word, char pos, const char *const *list);

/* The verb whose object the noun is (O, not OF), or SIZE_MAX. */
size_t sg_syntax_object_verb(const struct sg_linkage *linkage, size_t noun);

/* The word right of w through a link whose type starts with first, its second letter not
 * except ('S', 'J': the verb w is the subject of, not a conjunction), or SIZE_MAX. */
size_t sg_syntax_link_right(const struct reading *r, size_t w, char first, char except);

/* The longest cue with this head whose particles follow word w in the parse; a verb's
 * particles may come after an adverb in -ly ("work aggressively with", "voted overwhelmingly
 * against"). */
const struct sg_cue *sg_syntax_cue_at(const struct sg_parse *parse, size_t w,
                                      const struct sg_cue *cues, size_t count, size_t *last);

/* ---- syntax_refer.c: who a role's words name ---- */

/* The pronouns a role may hold, which stand for actors through the resolver. */
extern const char *const sg_syntax_pronouns[];

/* Adds who, named by parse word word, to f unless f holds that actor already or is full. */
void sg_syntax_add_referent(struct filled *f, struct sg_referent who, size_t word);

/* The subject words of the verb whose clause w opens ("NATO said it ...", "Bob said talks with
 * Alice ...": Ce), at most SG_ROLES_MAX. Returns the count. */
size_t sg_syntax_clause_sayers(const struct reading *r, size_t w, size_t *words);

/* Adds to f the actors the word at w names: a mention, a pronoun, a thing's owners or
 * makers, a list or an appositive; depth counts the steps from the role's own word. */
void sg_syntax_referents_of(const struct reading *r, size_t w, struct filled *f, int depth);

/* The actors of the first role of roles that names any, leaving out the words in taken. */
void sg_syntax_fill(const struct reading *reading, size_t w, const struct sg_role *roles,
                    size_t count, const struct filled *taken, struct filled *f);

/* ---- syntax_things.c: the things a role's words name ---- */

/* Things done to someone, whose possessor or "of" is who undergoes them ("Bob's impeachment",
 * "the arrest of Bob"), not their author. */
extern const char *const sg_syntax_undergone[];

/* The roles that name a thing's owner: its possessor, "by", "of" and "from". */
extern const struct sg_role sg_syntax_owner_roles[4];
#define OWNER_ROLES (sizeof sg_syntax_owner_roles / sizeof sg_syntax_owner_roles[0])

/* The name under which the author of the noun at w is remembered (sg_syntax_thing_key). */
int sg_syntax_thing_key_at(const struct sg_parse *parse, size_t w, char *key, size_t size);

/* Notes that the thing key at word w is actor's, and also by its own name when key is another:
 * in this sentence's notes while they are collected, else with the resolver. */
void sg_syntax_remember(const struct reading *r, const char *key, long actor, long partner,
                        size_t w);

/* Notes that the thing key at word w is actor's, under key only. */
void sg_syntax_remember_as(const struct reading *r, const char *key, long actor, long partner,
                           size_t w);

/* Notes that the thing at w is f's from index from on; with made, two of them are its makers,
 * both remembered ("A and B signed a deal"), not two who only spoke of it. */
void sg_syntax_note_thing(const struct reading *r, size_t w, const struct filled *f, size_t from,
                          int made);

/* Who the thing named key at word w is of: by its own name first ("the proposal"), else by
 * key; actor -1 when nobody. */
struct sg_referent sg_syntax_author_of(const struct reading *r, const char *key, size_t w);

/* Whether the thing at w is a pact or the talks towards one: a deal, an agreement, a merger,
 * talks, negotiations, a dialogue, consultations, discussions (by its remembered name). */
int sg_syntax_is_pact(const struct reading *r, size_t w);

/* Whether the thing at w has an "of" ("Bob's defeat of Carol": Bob did it to Carol). */
int sg_syntax_has_of(const struct reading *r, size_t w);

/* Who a thing comes from: its owner ("X's complaints", "the proposal of X", "the offers from
 * X"), and the giver of a stance received ("X drew criticism from Y"). */
/* "X's complaints", "the proposal of X", "a U.S. proposal presented by Bessent": the thing's
 * owners (the first of sg_syntax_owner_roles) and authors (an actor as its modifier, a participle's
 * by-agent). */
void sg_syntax_owners_of(const struct reading *r, size_t w, struct filled *f, int depth);

/* The key under which the target of a stance noun is remembered: "aim:motion". */
void sg_syntax_aim_key(const char *lemma, char *key, size_t size);

/* "Opposition parties tabled a no-confidence motion against Oli. ... made preparations for the
 * no-confidence motion": a definite criticism noun with no target of its own is aimed where
 * it was before. */
void sg_syntax_aim_again(const struct reading *r, const struct sg_cue *cue, size_t w,
                         const struct filled *sources, struct filled *targets);

/* The word linked to w from its left by a link whose type starts with type, or SIZE_MAX. */
size_t sg_syntax_linked_from_left(const struct reading *r, size_t w, char type);

/* "Bob accused Alice of lying. Alice rejected that": "that" or "this" alone as a verb's object
 * (O, no noun after it), or with noun set a noun the caller found pointed at ("that
 * condition"), is what was said last, and means its sayer. */
void sg_syntax_said_that(const struct reading *r, size_t w, int noun, struct filled *f);

/* "those concerns", "the proposal": a thing named before with its author. */
void sg_syntax_known_thing(const struct reading *r, size_t w, struct filled *f);

/* ---- syntax_mood.c: a cue's mood and sense ---- */

/* Whether the noun at w is a criticism cue, with agent set one whose source is who it is said
 * of (critic, opponent, foe ...). */
int sg_syntax_criticism_cue(const struct reading *r, size_t w, int agent);

/* Whether the noun at w is a criticism cue: its "of" is whom it is aimed at ("the criticism
 * of X", "the condemnation of X"), done to X, not X's own. */
int sg_syntax_criticism_noun(const struct reading *r, size_t w);

/* Whether the verb whose object the noun is (or the noun that measures it out: "faces two days
 * of strike action") has its base form in verbs. */
int sg_syntax_host_verb_in(const struct sg_parse *parse, const struct sg_linkage *linkage,
                           size_t noun, const char *const *verbs);

/* Whether the criticism noun follows a verb of receiving other than win but names its own
 * target elsewhere ("X survived Y's attack on Z", "X survived the crackdown on Z"): neither
 * received by the host nor done by it. */
int sg_syntax_received_elsewhere(const struct reading *r, size_t noun, const struct sg_cue *cue);

/* Verbs after which a noun's host receives the stance: "X drew criticism from Y", "X won the
 * support of Y"; for support also "X has (enjoys, secured) the backing of Y" or "Y's backing"
 * when "of", "from", "by" or a possessor names someone and no target does ("X has strong support
 * for Y", "X has an alliance with Y", "X secured aid for Y from Z" are no support of X); not a
 * criticism aimed at someone else ("X survived Y's attack on Z" is Y's on Z). */
int sg_syntax_receives(const struct reading *r, size_t noun, const struct sg_cue *cue);

/* Verbs by which a noun's host answers it: only these make the host a target ("X rejected the
 * offer from Y", "brushed aside Y's offer"; not "X said he had seen Y's offer"). */
int sg_syntax_answers(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun);

/* Verbs by which a deed noun's host does the deed: "X launched an attack on Y", "X carried out
 * strikes", "X ordered strikes"; not "X condemned the attack on Y", nor with an infinitive
 * after the verb ("ordered the occupation to end"). A strike or an offensive is waged by
 * announcing it too ("the Union announced a strike at X"), as an attack announced is mostly
 * reported ("the ministry announced an attack on X's convoy"). */
int sg_syntax_wages(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun);

/* Whether the thing done to someone at noun is asked for or ordered by its host ("X called
 * for Y's resignation", "X demanded the arrest of Y", "X ordered Y's removal"): only then is
 * the host its source; "X accepted Y's resignation", "X announced Y's removal" take no stance. */
int sg_syntax_asks_for(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun);

/* Whether the host of a noun is its source through the verb whose object it is: the host of a
 * permission gives it ("X granted approval to Y", "gave the go-ahead"; not "withheld approval",
 * "needs the approval of Y"), of a charge makes it ("X levelled allegations against Y"; not
 * "rejected (investigated, dropped) the allegations against Y"), of an offer or invitation
 * extends it ("X made an offer to Y"; not "Y rejected the offer"), of revenge or a reprisal
 * takes, seeks or vows it ("X vowed revenge on Y"; not "feared revenge", "ruled out reprisals
 * against Y"). Other nouns: always. */
int sg_syntax_grants(const struct reading *r, const struct site *s);

/* The mood of a cue's clause. A noun's is its host verb's ("did not voice criticism", "is not
 * a critic of", "is not at odds with"), for a deed unless that verb takes a stance of its own
 * ("refused to condemn the invasion" leaves the invasion done, "would not tolerate an attack"
 * does not); a noun is negated by "no" or "former" ("there is no dispute between A and B", "a
 * former ally") or by a host verb that denies, ends or averts it ("denied any rift", "settled
 * the dispute"), and a support noun by one that turns it down ("ruled out a coalition"). */
int sg_syntax_cue_mood(const struct reading *r, const struct site *s);

/* Whether the cue is "meet" with a thing one fulfils as its object ("met the union's demands",
 * "meet the deadline"), not someone met. */
int sg_syntax_fulfils(const struct reading *r, const struct site *s);

/* Whether the cue is "invite" to do something other than meet: "invited X to remain in the
 * cabinet" is no invitation to talks ("invited X to visit", "to attend talks" are). */
int sg_syntax_invited_elsewhere(const struct reading *r, const struct site *s);

/* Whether the verb cue asks "whether" ("questioned whether NATO would back Bob", "disputed
 * whether"): a doubt about a clause, no stance toward its actors. */
int sg_syntax_wonders(const struct reading *r, const struct site *s);

/* Whether the cue is an offer whose object is a noun of support ("offered Bob her support",
 * "offered help"): support, which that noun reads, and no negotiation. */
int sg_syntax_offered_support(const struct reading *r, const struct site *s);

/* Whether the support noun at the site is withdrawn by its host verb in any linkage ("withdrew
 * her support for X", "threatening to pull support for X's government", where the best linkage
 * reads "pull support" as one noun), a verb not itself negated
 * and the clause neither conditional nor unreal (mood, of the best linkage). */
int sg_syntax_support_withdrawn(const struct reading *r, const struct site *s, int mood);

/* Whether a verb of taking a side is withheld: "not", "n't" or "never" among the three words
 * before it ("did not back X", "would not support X"), with no condition or forecast on it;
 * or a demand is left unmet ("refused to meet X's demands", "did not meet X's demands"), or
 * refused when it is some other thing one fulfils ("refused to meet X's deadline"; not "has
 * not met X's spending target"). */
int sg_syntax_withheld(const struct reading *r, const struct site *s, int mood);

/* Whether the adjective at w is "open to" a harm ("open to attack from X", "open to
 * criticism"): exposure to it, no stance toward whoever does it. */
int sg_syntax_exposed(const struct reading *r, size_t w);

/* Whether the verb cue is a phrasal verb of another sense, by the word right after the cue's
 * own words: retreat ("backed down", "back away from", "backed off"), rousing ("fired up her
 * supporters"), making use ("seized on X's remarks", "seized upon X's offer") or winning
 * ("walked away with X's backing"), which take no side. */
int sg_syntax_phrasal_sense(const struct reading *r, const struct site *s);

/* Whether the noun cue "call" is a demand, not a telephone call: "to" and a verb right after
 * it or after a "from" or "by" that names its callers ("faced calls from X to resign"). */
int sg_syntax_demand_call(const struct reading *r, const struct site *s);

/* Whether the verb cue "receive" takes a stance or a reaction as its object: the first noun
 * within four words after it ("received praise from X", "received a lukewarm response from X"). */
int sg_syntax_received_stance(const struct reading *r, const struct site *s);

/* Whether the verb cue has a "from" that names an actor though none of its targets is a
 * "from": whom it leaves ("defected from X to Y"), no target a surface frame may read by word
 * distance ("defected from X" is no support of X). */
int sg_syntax_left_from(const struct reading *r, const struct site *s);

/* Whether the linkage joins an actor and a stance noun with a phrase of its own as one
 * conjunction's conjuncts ("praise from Alice and criticism from Carol" read as "from [Alice
 * and criticism]"): a misreading. */
int sg_syntax_joins_actor_and_cue(const struct reading *r);

/* ---- syntax_emit.c: filled roles into statements ---- */

/* Adds a statement of type from source to target, unless they are one actor or the site is full. */
void sg_syntax_emit_as(struct site *s, const struct sg_referent *source,
                       const struct sg_referent *target, enum sg_stance type, double confidence,
                       const char *rule);

/* Adds a statement of the cue's own type from source to target. */
void sg_syntax_emit(struct site *s, const struct sg_referent *source,
                    const struct sg_referent *target, double confidence, const char *rule);

/* Whether the targets are two or more objects of "between" ("talks between A and B"). */
int sg_syntax_between(const struct filled *targets);

/* Whether the verb whose object noun w is judges it: a cue verb or a verb of naming ("X
 * condemned the deal", "called the deal illegal"; not "want a deal", "signed a deal"). A
 * support verb judges only a pact between others: who ratifies, accepts or defends "the
 * agreement with Y" is a party to it. */
int sg_syntax_judged_by_host(const struct reading *r, size_t w);

/* Fills the cue's sources and targets in the current linkage; returns whether the host
 * receives the stance ("X drew criticism from Y", "X won the backing of Y": from the giver). */
int sg_syntax_fill_roles(const struct reading *r, const struct site *s, struct filled *sources,
                         struct filled *targets);

/* The statements one linkage's roles give; returns whether they gave any reading to stop at. */
int sg_syntax_emit_reading(const struct reading *r, struct site *s, const struct filled *sources,
                           const struct filled *targets, double confidence);

/* Whether noun cue w is the object of a verb that makes it ("A and B signed a deal", "reached
 * an agreement"), so that two subjects are its makers, not two who only spoke of it. */
int sg_syntax_made_by_host(const struct reading *r, size_t w);

/* The verb of a relative clause whose object the noun at w is ("a deal Bob signed", "the plan
 * that Bob announced"), or SIZE_MAX. */
size_t sg_syntax_relative_object_verb(const struct sg_linkage *linkage, size_t noun);

/* Whether noun cue w is made by others in a relative clause ("the ceasefire that Bob signed
 * with Carol"): the host who praises or condemns it is no party to it. */
int sg_syntax_made_in_relative(const struct reading *r, size_t w);

#endif
