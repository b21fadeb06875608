/*
 * Statements read from a parse (docs/EXTRACT.md, "How a sentence is read"): each word whose base
 * form is a cue of its part of speech gets its source and target from the cue's roles, in the
 * first linkage that gives both; a role filled by a pronoun, or by a thing of an actor's ("X's
 * proposal", "a plan presented by X"), means that actor. Negated and conditional clauses give no
 * statement; modal and future ones a hedged one.
 */
#ifndef SG_EXTRACT_SYNTAX_H
#define SG_EXTRACT_SYNTAX_H

#include "extract/cues.h"
#include "extract/parse.h"

#include <stddef.h>

/* Most members of a list ("A, B, C and D") a plural pronoun stands for beyond its first two. */
#define SG_LIST_MORE 4

/* What an actor word of a parse means: a mention, or an actor a pronoun stands for. */
struct sg_referent {
    long actor;        /* lexicon index, or -1 */
    size_t start, end; /* the words in the article (start == SIZE_MAX when not named here) */
    int paired;        /* "they" after "A and B": partner is B, actor A */
    long partner;
};

/* How pronouns are resolved: the caller's discourse state (extract_discourse.c). */
struct sg_resolver {
    /* Who the pronoun at offset start of the article stands for (actor -1: nobody known), with
     * the words that name him when the sentence does (a quotation's speaker); never the actor
     * exclude (the clause's source: "Alice accused him" is not Alice); prefer (or -1), when it
     * fits the pronoun, is the subject of the verb of saying whose clause the pronoun opens
     * ("NATO said it ..."). A noun of sg_syntax_pair_states ("the two countries") stands as
     * a pronoun for a pair of actors that are no persons. */
    struct sg_referent (*pronoun)(void *data, const char *pronoun, size_t start, long exclude,
                                  long prefer);
    /* Things with an author: note that a noun (its base form) was actor's ("He raised
     * concerns", "X's proposal"), with a second maker as partner ("A and B signed a deal"; -1:
     * none); and who "those concerns" or "the proposal" were of (actor -1: nobody). */
    void (*note)(void *data, const char *lemma, long actor, long partner);
    struct sg_referent (*thing)(void *data, const char *lemma);
    void *data;
    /* The members beyond actor and partner of the list the latest pronoun stood for ("A, B and
     * C said they ...": C), at most SG_LIST_MORE put in members; returns the count. */
    size_t (*more)(void *data, long *members);
};

/* The plurals that name a pair of states or firms named before ("the two countries", "both
 * companies"): never persons. */
extern const char *const sg_syntax_pair_states[];

/* Whether the noun at w of parse (read in linkage, with cues) is someone through whom the owner
 * takes no stance: a critic or rival ("Bob's critics"), or a person who does not act for the
 * owner ("Bob's wife", "Japan's workers"); neither the parse nor a second look gives an owner. */
int sg_syntax_no_owner_speaks(const struct sg_parse *parse, const struct sg_linkage *linkage,
                              const struct sg_cues *cues, size_t w);

/* Things a stance may be taken toward in place of their authors: decisions, documents,
 * measures and deals (docs/EXTRACT.md, "Owners and discourse"). */
extern const char *const sg_syntax_event_nouns[];

/* Verbs that call a meeting off or put it off, or only bet on it ("cancel", "postpone"): a
 * visit, summit or meeting so spoken of was not held. */
extern const char *const sg_syntax_calling_off[];

/* Talks that go on over rounds (talk, negotiation, dialogue, consultation, discussion): one
 * called off leaves the talks held ("a sixth round of talks between A and B has been
 * cancelled", "talks between A and B had been cancelled" are talks between them). */
extern const char *const sg_syntax_ongoing_talks[];

/* A statement found in a parse. */
struct sg_found {
    struct sg_referent source, target;
    const struct sg_cue *cue;
    enum sg_stance type; /* the cue's, or reversed toward who a deed was done to */
    size_t cue_start, cue_end;
    double confidence;
    const char *rule; /* "parse", "parse, pronoun", "parse, possessor"... */
};

/* Set in a decided cue's offset when the cue was left out as negated or conditional (not only
 * read): no reading of the sentence may propose it. */
#define SG_SYNTAX_NEGATED ((size_t)1 << (sizeof(size_t) * 8 - 1))

/* Most statements one sentence gives. */
#define SG_SYNTAX_MAX 64

/*
 * Reads the statements of a parsed sentence into found (at most SG_SYNTAX_MAX). mentions are
 * those passed to sg_parse_sentence. Returns their count. The offsets of the cues it decided
 * on (read, or left out as negated or conditional, with SG_SYNTAX_NEGATED set) go to decided (at
 * most SG_SYNTAX_MAX, *decided_count of them): the surface frames leave those alone. Needs
 * sg_lemma_init.
 */
size_t sg_syntax_statements(const struct sg_parse *parse, const struct sg_cues *cues,
                            const struct sg_mention *mentions, const struct sg_resolver *resolver,
                            struct sg_found *found, size_t *decided, size_t *decided_count);

/* Whether a noun's base form is an event or a document that stands for its author ("the
 * decision", "the deal", "the draft"): a sentence that names one is worth parsing. */
int sg_syntax_event_noun(const char *lemma);

/* The name under which the author of the noun (lowercase) is remembered: its base form, or the
 * base form of the thing it is another name for ("text" is "draft"). 0, or -1 when the noun has
 * no base form. */
int sg_syntax_thing_key(const char *noun, char *key, size_t size);

#endif
