/*
 * What the files of roles from links (roles.h) share: the walk that collects a role's words, the
 * small tests of links and words, and the functions one file calls in another. roles.c holds
 * the entry points that fill a cue's roles, the collecting of words (lists, conjunctions,
 * titles), the subject and object search, prepositions and possessors; roles_clause.c finds
 * the roles a word takes from its clause: the hosts of nouns, who a noun is said of, modifiers,
 * the subjects of that-clauses, speakers, what an evaluation is said of, reporters, finite verbs
 * and passives; roles_mood.c reads how a clause is said (negated, modal, conditional,
 * reported, refused) and who asks a departure. Private to those files.
 */
#ifndef SG_EXTRACT_ROLES_PARTS_H
#define SG_EXTRACT_ROLES_PARTS_H

#include "extract/lemma.h"
#include "extract/roles.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define DEPTH 8 /* verb chains and nested lists are short: a bound against cycles */

/* A role's words as they are collected: at most SG_ROLES_MAX, into out. */
struct walk {
    const struct sg_parse *parse;
    const struct sg_linkage *linkage;
    size_t *out;
    size_t count;
};

/* The link type of a label: its leading capitals ("Ss*s" -> "S", "MVp" -> "MV"). */
static inline size_t link_type(const char *label, char *type, size_t size)
{
    size_t n = 0;
    while (label[n] && isupper((unsigned char)label[n]) && n + 1 < size) {
        type[n] = label[n];
        n++;
    }
    type[n] = '\0';
    return n;
}

/* Whether the link is of type `type` ("S" for "Ss*s"). */
static inline int type_is(const struct sg_parse_link *link, const char *type)
{
    char t[16];
    link_type(link->label, t, sizeof t);
    return strcmp(t, type) == 0;
}

/* The first lowercase letter of a label's subscript ("Pv" -> 'v'), or 0. */
static inline char subscript(const struct sg_parse_link *link)
{
    const char *s = link->label;
    while (*s && isupper((unsigned char)*s))
        s++;
    return *s;
}

/* The word at the other end of the first link of type `type` with w at its right (side 'r') or
 * left ('l') end; SIZE_MAX when none. */
static inline size_t linked(const struct sg_linkage *linkage, size_t w, const char *type, char side)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (side == 'r' && l->right == w && type_is(l, type))
            return l->left;
        if (side == 'l' && l->left == w && type_is(l, type))
            return l->right;
    }
    return SIZE_MAX;
}

/* Whether w is a conjunction; not "that", which the parser marks so even as a pronoun
 * ("rejected that"), and which joins no list. */
static inline int is_conjunction(const struct sg_parse *parse, size_t w)
{
    return parse->words[w].pos == 'j' && strcmp(parse->words[w].word, "that") != 0;
}

/* Whether word w is text, exactly. */
static inline int word_is(const struct sg_parse *parse, size_t w, const char *text)
{
    return parse->words[w].word && strcmp(parse->words[w].word, text) == 0;
}

/* Whether word w is one of the NULL-ended words. */
static inline int word_in(const struct sg_parse *parse, size_t w, const char *const *words)
{
    for (const char *const *x = words; *x; x++)
        if (word_is(parse, w, *x))
            return 1;
    return 0;
}

/* Whether w is a noun whose base form is in nouns. */
static inline int noun_in(const struct sg_parse *parse, size_t w, const char *const *nouns)
{
    char lemma[48];
    if (parse->words[w].pos != 'n' || sg_lemma(parse->words[w].word, 'n', lemma, sizeof lemma) != 0)
        return 0;
    for (const char *const *i = nouns; *i; i++)
        if (strcmp(lemma, *i) == 0)
            return 1;
    return 0;
}

/* Whether the base form of w, read as a verb, is one of the NULL-ended lemmas. */
static inline int lemma_in(const struct sg_parse *parse, size_t w, const char *const *lemmas)
{
    char lemma[48];
    if (sg_lemma(parse->words[w].word, 'v', lemma, sizeof lemma) != 0)
        return 0;
    for (const char *const *l = lemmas; *l; l++)
        if (strcmp(lemma, *l) == 0)
            return 1;
    return 0;
}

/* ---- roles.c: collecting words, subjects, objects, prepositions, possessors ---- */

/* The conjunction of verbs the verb w belongs to ("met ... and criticised"), or SIZE_MAX; from
 * a conjunction itself, none (its conjuncts have their own objects). */
size_t sg_roles_verb_conjunction(const struct sg_parse *parse, const struct sg_linkage *linkage,
                                 size_t w);

/* The conjunct of c at link i (a two-letter ..J link), or SIZE_MAX. */
size_t sg_roles_conjunct_at(const struct walk *walk, size_t c, size_t i);

/* Adds word w to the walk once: a conjunction as its conjuncts, a title as the name it holds
 * (with that name's list when the parser split them), a name with the names listed beside it;
 * nothing deeper than DEPTH. */
void sg_roles_add(struct walk *walk, size_t w, int depth);

/* The links that chain a verb to its auxiliaries and infinitives: "has criticised" (PP), "was
 * criticised" (Pv), "is critical" (Pa), "will meet" (I), "wants to meet" (IV, TO). */
extern const char *const sg_roles_chain_links[];

/* The forms of "have" that make a perfect: has, have, had. */
extern const char *const sg_roles_have_forms[];

/* The verb or noun that w hangs from through an auxiliary, infinitive or conjunction chain:
 * "has criticised" (PP), "was criticised" (Pv), "is critical" (Pa), "will meet" (I), "wants to
 * meet" (IV), "met ... and criticised" (VJ). *control is set when the chain passes through IV
 * or TO: the governor's object, if any, is then the subject ("urged X to sign"). */
size_t sg_roles_governor(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                         int *control);

/* Whether the preposition denies the gerund under it: "without", "instead of", "rather than",
 * "far from". */
int sg_roles_denied_by(const struct sg_parse *parse, size_t preposition);

/* Whether the link is a subjunctive's (SI*j, I*j: "demanded that Bob resign"). */
static inline int subjunctive_link(const struct sg_parse_link *link)
{
    const char *s = link->label;
    while (*s && isupper((unsigned char)*s))
        s++;
    return strchr(s, 'j') != NULL;
}

/* The word that opens the subjunctive clause whose bare verb is w: "that" in "demanded that Bob
 * resign", or the verb where a lesser linkage leaves "that" out (I*j); else SIZE_MAX. */
size_t sg_roles_subjunctive_head(const struct sg_linkage *linkage, size_t w);

/* The grammatical subject of w (in the passive, the patient). */
void sg_roles_subject_of(struct walk *walk, size_t w, int depth);

/* The direct objects of w, or of the conjunction of verbs it belongs to ("praised and defended
 * X"). */
void sg_roles_object_of(struct walk *walk, size_t w, int depth);

/* Whether w is such a noun ("Alice's decision to back Bob"); not one of asking ("Alice's call
 * on Bob to resign" is Bob's). */
int sg_roles_intent_noun(const struct sg_parse *parse, size_t w);

/* The owner of an intent noun: its possessor ("Alice's decision"), else its "by" ("the decision
 * by Alice"). */
void sg_roles_intent_owner(struct walk *walk, size_t w);

/* The objects of the preposition `preposition` attached to w (MV, M, OF), or to the
 * conjunction of verbs w belongs to. */
void sg_roles_preposition_of(struct walk *walk, size_t w, const char *preposition, int depth);

/* Whether noun w has a possessor: a name, "'s" or a possessive pronoun linked to it with D. */
int sg_roles_possessed(const struct walk *walk, size_t w);

/* ---- roles_clause.c: hosts, predicates, clause subjects, speakers, passives ---- */

/* The host of noun w: the subject of the verb whose object it is, or that a preposition holding
 * it hangs on ("held talks", "at odds with", "in talks with"), or of the clause a phrase that
 * holds it opens ("After talks with Bob, Alice said"). */
void sg_roles_host_of(struct walk *walk, size_t w);

/* Who a noun is said of: the subject of "be", "become" or "remain" whose complement it is
 * ("Alice has been a critic of Bob"), the name it is set beside ("Alice, a critic of Bob,"
 * by MX) or the name it is a title of ("NATO critic Alice", by GN); never the subject of
 * another verb ("Alice met Bob's critics"). */
void sg_roles_predicated_of(struct walk *walk, size_t w);

/* The names set before noun w as its modifiers ("a close Bob ally": AN; not "close"). */
void sg_roles_modifier_of(struct walk *walk, size_t w);

/* The verb of saying whose clause holds the clause of h: "X said (that) ... h", through CV
 * (and TH from "that"), or a quotation's attribution ("..., X said": CP from the wall). */
size_t sg_roles_saying_verb(const struct sg_parse *parse, const struct sg_linkage *linkage,
                            size_t h);

/* The subject of the that-clause w governs ("pleased that X backed it": TH to "that", C from
 * it to the clause's subject); not one the clause says only befell ("angry that X was
 * arrested"). */
void sg_roles_clause_subject_of(struct walk *walk, size_t w);

/* An evaluative adjective's speaker: who calls something so (the by-agent of a passive naming
 * verb: "was described as baseless by Alice"), or says it is so. */
void sg_roles_speaker_of(struct walk *walk, size_t w);

/* What an evaluative adjective is said of: the object of "called X ...", else its subject. */
void sg_roles_evaluated_of(struct walk *walk, size_t w);

#endif
