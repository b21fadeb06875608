/*
 * Statements from a parse (syntax.h). For each word of the sentence: its base form as its part of
 * speech, the cues with that head, then, linkage by linkage, the cue's source roles and target
 * roles in order until both name actors. A role's words name actors as mentions, pronouns
 * (through the resolver) or, one step away, as the owner or author of a thing ("dismissed X's
 * complaints", "rejected a proposal presented by X").
 */
#include "extract/syntax.h"

#include "extract/lemma.h"
#include "extract/roles.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

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
    int collecting; /* note_thing writes here, not to the resolver */
};

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

static const char *const pronouns[] = {"he",   "him",   "his", "she", "her", "they",
                                       "them", "their", "it",  "its", "i",   "me",
                                       "my",   "we",    "us",  "our", NULL};

/* Possessive determiners: "Bob's handling" is "his handling" to the parser. */
static const char *const possessives[] = {"his", "her", "its", "their", "our", "my", "your", NULL};

static int in_list(const char *word, const char *const *list)
{
    for (const char *const *x = list; *x; x++)
        if (strcmp(word, *x) == 0)
            return 1;
    return 0;
}

static int is_pronoun(const char *word)
{
    return in_list(word, pronouns);
}

/* Whether "it" at w stands for nothing but what follows: "it is unacceptable to stay
 * silent", "it was clear that ...": a form of "be" after it (past "would", "has" and the
 * like), then within three words an adjective followed by "to" or "that". */
static int expletive(const struct sg_parse *parse, size_t w)
{
    static const char *const being[] = {"is",      "was",      "be",    "been",   "'s",
                                        "remains", "remained", "seems", "seemed", "would",
                                        "will",    "has",      "had",   NULL};
    if (strcasecmp(parse->words[w].word, "it") != 0 || w + 1 >= parse->word_count ||
        !in_list(parse->words[w + 1].word, being))
        return 0;
    for (size_t k = w + 2; k < w + 6 && k + 1 < parse->word_count; k++)
        if (parse->words[k].pos == 'a' && (strcmp(parse->words[k + 1].word, "to") == 0 ||
                                           strcmp(parse->words[k + 1].word, "that") == 0))
            return 1;
    return 0;
}

static int is_relative(const char *word)
{
    return strcmp(word, "who") == 0 || strcmp(word, "which") == 0 || strcmp(word, "that") == 0;
}

static void add_referent(struct filled *f, struct sg_referent who, size_t word)
{
    for (size_t i = 0; i < f->count; i++)
        if (f->who[i].actor == who.actor)
            return;
    if (f->count < SG_ROLES_MAX) {
        f->who[f->count] = who;
        f->word[f->count++] = word;
    }
}

static void referents_of(const struct reading *r, size_t w, struct filled *f, int depth);
static int included(const struct reading *r, size_t w, struct filled *f);

/* Names one thing goes by: "the president's proposal" is "the new draft" and "the text";
 * "the deal" is "the agreement"; "the offer" is "the proposal"; "the move" and "the step" are the
 * decision named last. Each
 * pair is a noun and the name it is remembered by. */
static const char *const same_thing[][2] = {
    {"text", "draft"},       {"proposal", "draft"},     {"document", "draft"},
    {"agreement", "deal"},   {"accord", "deal"},        {"pact", "deal"},
    {"takeover", "merger"},  {"acquisition", "merger"}, {"tie-up", "merger"},
    {"law", "bill"},         {"legislation", "bill"},   {"move", "decision"},
    {"step", "decision"},    {"verdict", "ruling"},     {"judgment", "ruling"},
    {"judgement", "ruling"}, {"fine", "ruling"},        {"accusation", "claim"},
    {"allegation", "claim"}, {"assertion", "claim"},    {"offer", "draft"}};

int sg_syntax_thing_key(const char *noun, char *key, size_t size)
{
    if (sg_lemma(noun, 'n', key, size) != 0)
        return -1;
    for (size_t i = 0; i < sizeof same_thing / sizeof same_thing[0]; i++)
        if (strcmp(key, same_thing[i][0]) == 0)
            snprintf(key, size, "%s", same_thing[i][1]);
    return 0;
}

static int thing_key(const struct sg_parse *parse, size_t w, char *key, size_t size)
{
    return sg_syntax_thing_key(parse->words[w].word, key, size);
}

/* The own name ("=offer") of the noun at w when it is remembered as key, a name other nouns
 * share ("draft"): a thing is also remembered by its own name, and "the proposal" after Bob's
 * proposal and Alice's offer is Bob's. Returns whether there is one. */
static int own_key(const struct reading *r, size_t w, const char *key, char *own, size_t size)
{
    char lemma[40], same[48];
    const char *word = r->parse->words[w].word;
    int shared = 0; /* a name other nouns are remembered by too */
    for (size_t i = 0; i < sizeof same_thing / sizeof same_thing[0]; i++)
        shared |= strcmp(same_thing[i][1], key) == 0;
    if (!shared || sg_lemma(word, 'n', lemma, sizeof lemma) != 0 ||
        sg_syntax_thing_key(word, same, sizeof same) != 0 || strcmp(same, key) != 0)
        return 0;
    snprintf(own, size, "=%s", lemma);
    return 1;
}

static void remember_as(const struct reading *r, const char *key, long actor, long partner,
                        size_t w);

/* Notes that the thing key at word w is actor's, and also by its own name when key is another:
 * in this sentence's notes while they are collected, else with the resolver. */
static void remember(const struct reading *r, const char *key, long actor, long partner, size_t w)
{
    char own[48];
    remember_as(r, key, actor, partner, w);
    if (own_key(r, w, key, own, sizeof own))
        remember_as(r, own, actor, partner, w);
}

/* Notes that the thing key at word w is actor's, under key only. */
static void remember_as(const struct reading *r, const char *key, long actor, long partner,
                        size_t w)
{
    struct notes *n = r->notes;
    if (!r->resolver || !r->resolver->note)
        return;
    if (n && n->collecting && n->count < SENTENCE_NOTES) {
        snprintf(n->key[n->count], sizeof n->key[n->count], "%s", key);
        n->actor[n->count] = actor;
        n->partner[n->count] = partner;
        n->word[n->count++] = w;
    } else if (!n || !n->collecting) {
        r->resolver->note(r->resolver->data, key, actor, partner);
    }
}

/* Notes that the thing at w is f's from index from on; with made, two of them are its makers,
 * both remembered ("A and B signed a deal"), not two who only spoke of it. */
static void note_thing(const struct reading *r, size_t w, const struct filled *f, size_t from,
                       int made)
{
    char key[48];
    /* a lesser linkage, read because the best named nobody, is too loose a reading to
     * remember */
    if (f->count > from && r->linkage == &r->parse->linkages[0] &&
        thing_key(r->parse, w, key, sizeof key) == 0)
        remember(r, key, f->who[from].actor,
                 made && f->count == from + 2 ? f->who[from + 1].actor : -1, w);
}

/* Who the thing named key at word w is of, under key only: this sentence's latest note before
 * w, else the resolver's memory (with a second party as partner); actor -1 when nobody. */
static struct sg_referent author_under(const struct reading *r, const char *key, size_t w)
{
    for (size_t i = r->notes ? r->notes->count : 0; i-- > 0;)
        if (r->notes->word[i] < w && strcmp(r->notes->key[i], key) == 0)
            return (struct sg_referent){r->notes->actor[i], SIZE_MAX, SIZE_MAX,
                                        r->notes->partner[i] >= 0, r->notes->partner[i]};
    return r->resolver->thing(r->resolver->data, key);
}

/* Who the thing named key at word w is of: by its own name first ("the proposal"), else by
 * key; actor -1 when nobody. */
static struct sg_referent author_of(const struct reading *r, const char *key, size_t w)
{
    char own[48];
    if (own_key(r, w, key, own, sizeof own)) {
        struct sg_referent who = author_under(r, own, w);
        if (who.actor >= 0)
            return who; /* "the proposal": the last proposal's, not a later offer's */
    }
    return author_under(r, key, w);
}

/* Things a stance may be taken toward in place of their authors: decisions, documents,
 * measures and deals (docs/EXTRACT.md, "Owners and discourse"). */
static const char *const event_nouns[] = {
    "decision",    "deal",         "agreement", "proposal",    "plan",   "offer",
    "draft",       "text",         "bill",      "law",         "policy", "measure",
    "tariff",      "merger",       "takeover",  "ruling",      "veto",   "order",
    "resolution",  "demand",       "project",   "approval",    "reform", "budget",
    "strategy",    "initiative",   "amendment", "legislation", "rule",   "statement",
    "acquisition", "announcement", NULL};

/* Verbs that are decisions: "X approved the pipeline" makes "the decision" later X's; and
 * deeds of war or of pressure, a move of their own: "X invaded Y. Z condemned the move" and "X
 * imposed tariffs. Z called the move dumb" are against X, not whoever decided something before. */
static const char *const deciding_verbs[] = {
    "approve",   "reject", "block",    "veto",     "ban",      "prevent", "authorize",
    "authorise", "clear",  "suspend",  "cancel",   "invade",   "attack",  "annex",
    "bomb",      "shell",  "occupy",   "fine",     "overturn", "quash",   "revoke",
    "rescind",   "uphold", "expel",    "sanction", "order",    "rule",    "impose",
    "enact",     "levy",   "withdraw", "quit",     NULL};

/* The noun a decision is also remembered by, after its verb: "X vetoed the bill. Y welcomed the
 * veto", "X fined Y. Y will appeal the ruling". "The ruling" is a decision of its own kind, never
 * whatever was decided last ("X approved the bid. A court ruled. Y welcomed the ruling"). */
static const char *const decision_nouns[][2] = {
    {"approve", "approval"},
    {"reject", "rejection"},
    {"veto", "veto"},
    {"ban", "ban"},
    {"fine", "ruling"},
    {"rule", "ruling"},
    {"uphold", "ruling"},
    {"overturn", "ruling"},
    {"quash", "ruling"},
    {"give", "approval"},
    {"grant", "approval"},
    {"suspend", "suspension"},
    {"withdraw", "withdrawal"},
    {"sign", "approval"}}; /* give and grant only as leave, sign only as "sign off" */

int sg_syntax_event_noun(const char *lemma)
{
    return in_list(lemma, event_nouns);
}

static int lemma_listed(const char *word, char pos, const char *const *list)
{
    char lemma[48];
    return sg_lemma(word, pos, lemma, sizeof lemma) == 0 && in_list(lemma, list);
}

/* The verb whose object the noun is (O, not OF), or SIZE_MAX. */
static size_t object_verb(const struct sg_linkage *linkage, size_t noun)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right == noun && l->label[0] == 'O' && l->label[1] != 'F')
            return sg_roles_gapped_verb(linkage, l->left);
    }
    return SIZE_MAX;
}

/* The event noun that the subject w is said to be ("the deal ... is the government's final
 * offer": S to a form of "be", O from it), or SIZE_MAX. */
static size_t predicate_of(const struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        static const char *const be[] = {"be", NULL};
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || l->label[0] != 'S' ||
            !lemma_listed(r->parse->words[l->right].word, 'v', be))
            continue;
        for (size_t j = 0; j < r->linkage->link_count; j++) {
            const struct sg_parse_link *o = &r->linkage->links[j];
            if (o->left == l->right && o->label[0] == 'O' &&
                lemma_listed(r->parse->words[o->right].word, 'n', event_nouns))
                return o->right;
        }
    }
    return SIZE_MAX;
}

/* Who a thing comes from: its owner ("X's complaints", "the proposal of X", "the offers from
 * X"), and the giver of a stance received ("X drew criticism from Y"). */
/* Things done to someone, whose possessor or "of" is who undergoes them ("Bob's impeachment",
 * "the arrest of Bob"), not their author. */
static const char *const undergone[] = {
    "impeachment", "removal",    "ouster",     "expulsion",   "dismissal",
    "sacking",     "arrest",     "detention",  "jailing",     "imprisonment",
    "prosecution", "indictment", "execution",  "killing",     "assassination",
    "resignation", "isolation",  "exclusion",  "extradition", "deportation",
    "persecution", "suspension", "conviction", "sentencing",  "defeat",
    "downfall",    NULL};

static const struct sg_role owner_roles[] = {{SG_ROLE_POSSESSOR, ""},
                                             {SG_ROLE_PREPOSITION, "by"},
                                             {SG_ROLE_PREPOSITION, "of"},
                                             {SG_ROLE_PREPOSITION, "from"}};
#define OWNER_ROLES (sizeof owner_roles / sizeof owner_roles[0])

/* "X's complaints", "the proposal of X", "a U.S. proposal presented by Bessent": the thing's
 * owners (the first of owner_roles) and authors (an actor as its modifier, a participle's
 * by-agent). */
/* The subjects of the verb of making whose object the thing at w is ("A and B issued a
 * statement"). */
static int is_pact(const struct reading *r, size_t w);

/* The verb of a relative clause whose object the noun at w is ("a deal Bob signed", "the plan
 * that Bob announced": B from the noun to a verb with a subject of its own, not "the men who
 * signed"), or SIZE_MAX. */
static size_t relative_object_verb(const struct sg_linkage *linkage, size_t noun)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *b = &linkage->links[i];
        if (b->left != noun || b->label[0] != 'B')
            continue;
        for (size_t j = 0; j < linkage->link_count; j++)
            if (linkage->links[j].right == b->right && linkage->links[j].label[0] == 'S' &&
                linkage->links[j].left != noun)
                return b->right;
    }
    return SIZE_MAX;
}

/* The subjects of the verb of making whose object the thing at w is ("A and B issued a
 * statement", "a deal A signed"), and for a pact made in a relative clause by one, its "with"
 * ("a deal A signed with B": A and B). */
static void makers_of(const struct reading *r, size_t w, struct filled *f, int depth)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    size_t verb = object_verb(r->linkage, w);
    int relative =
        verb == SIZE_MAX || !lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs);
    if (relative)
        verb = relative_object_verb(r->linkage, w);
    if (verb == SIZE_MAX || !lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs))
        return;
    size_t words[SG_ROLES_MAX];
    size_t n = sg_roles_fill(r->parse, r->linkage, verb, &subject, words);
    struct filled makers;
    memset(&makers, 0, sizeof makers);
    for (size_t i = 0; i < n; i++)
        referents_of(r, words[i], &makers, depth + 1);
    if (relative && makers.count == 1 && is_pact(r, w)) {
        n = sg_roles_fill(r->parse, r->linkage, verb, &with, words);
        for (size_t i = 0; i < n; i++)
            referents_of(r, words[i], &makers, depth + 1);
    }
    for (size_t i = 0; i < makers.count; i++) /* "Alice offered Bob a contract": no target */
        if (makers.who[i].actor != r->exclude)
            add_referent(f, makers.who[i], makers.word[i]);
}

/* Whether the thing at w is a pact or the talks towards one: a deal, an agreement, a merger,
 * talks, negotiations, a dialogue, consultations, discussions (by its remembered name). */
static int is_pact(const struct reading *r, size_t w)
{
    char key[48];
    static const char *const pacts[] = {"deal",     "merger",       "talk",       "negotiation",
                                        "dialogue", "consultation", "discussion", NULL};
    return thing_key(r->parse, w, key, sizeof key) == 0 && in_list(key, pacts);
}

static int judged_by_host(const struct reading *r, size_t w);
static const struct sg_cue *cue_at(const struct sg_parse *parse, size_t w,
                                   const struct sg_cue *cues, size_t count, size_t *last);

/* A pact's parties when nobody owns it: "the deal between A and B" (both), "the agreement with
 * B" (B) unless its host verb's subject is a party too ("X ratified the agreement with B": X's
 * talks with B, no support of B), and the partner of its one maker ("A signed a deal with B":
 * A, then B). Returns whether it found two parties of one pact. */
static int pact_parties(const struct reading *r, size_t w, struct filled *f, size_t before,
                        int depth)
{
    static const struct sg_role between = {SG_ROLE_PREPOSITION, "between"};
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    if (f->count > before + 1 || !is_pact(r, w))
        return 0;
    size_t words[SG_ROLES_MAX];
    const struct sg_role *role = f->count > before ? &with : &between;
    size_t n = sg_roles_fill(r->parse, r->linkage, w, role, words);
    if (n == 0 && f->count == before &&
        (object_verb(r->linkage, w) == SIZE_MAX || judged_by_host(r, w)))
        n = sg_roles_fill(r->parse, r->linkage, w, &with, words);
    for (size_t i = 0; i < n; i++)
        referents_of(r, words[i], f, depth + 1);
    return f->count == before + 2;
}

/* Who speaks or acts for others, unnamed: "a spokesman for X", "officials at X" are X's. */
static const char *const agents[] = {
    "spokesman",  "spokeswoman", "spokesperson", "official", "representative", "lawyer",
    "negotiator", "executive",   "source",       "attorney", "envoy",          "delegation",
    NULL};

/* Who serves another, unnamed: "an aide to X", "an adviser to X" are X's ("an envoy to X" is
 * sent to X, not X's). */
static const char *const aides[] = {"aide", "adviser", "advisor", NULL};

/* The actors named by "for" or "at" after an agent noun at w ("a spokesman for X"), or by "to"
 * after an aide ("aides to X"). */
static void agent_owners(const struct reading *r, size_t w, struct filled *f, int depth)
{
    static const struct sg_role for_at[] = {
        {SG_ROLE_PREPOSITION, "for"}, {SG_ROLE_PREPOSITION, "at"}, {SG_ROLE_PREPOSITION, "to"}};
    size_t words[SG_ROLES_MAX], before = f->count;
    int aide = lemma_listed(r->parse->words[w].word, 'n', aides);
    if (!aide && !lemma_listed(r->parse->words[w].word, 'n', agents))
        return;
    if (w > 0 && strcmp(r->parse->words[w - 1].word, "former") == 0)
        return; /* "a former aide to X" speaks for himself */
    for (size_t k = 0; k < (aide ? 3u : 2u) && f->count == before; k++) {
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &for_at[k], words);
        for (size_t i = 0; i < n; i++)
            referents_of(r, words[i], f, depth + 1);
    }
}

/* Whether the noun at w is a criticism cue, with agent set one whose source is who it is said
 * of (critic, opponent, foe ...). */
static int criticism_cue(const struct reading *r, size_t w, int agent)
{
    char lemma[48];
    size_t count = 0;
    if (!r->cues || sg_lemma(r->parse->words[w].word, 'n', lemma, sizeof lemma) != 0)
        return 0;
    const struct sg_cue *list = sg_cues_find(r->cues, lemma, 'n', &count);
    for (size_t i = 0; list && i < count; i++)
        if (strcmp(list[i].words, lemma) == 0 && list[i].type == SG_STANCE_CRITICISM &&
            (!agent || (list[i].source_count && list[i].source[0].kind == SG_ROLE_PREDICATED)))
            return 1;
    return 0;
}

/* Whether the noun at w is a stance cue of any type ("praise", "criticism", "talks"). */
static int stance_noun(const struct reading *r, size_t w)
{
    char lemma[48];
    size_t count = 0;
    return r->cues && r->parse->words[w].pos == 'n' &&
           sg_lemma(r->parse->words[w].word, 'n', lemma, sizeof lemma) == 0 &&
           sg_cues_find(r->cues, lemma, 'n', &count) != NULL;
}

/* Whether the noun at w is a criticism cue: its "of" is whom it is aimed at ("the criticism
 * of X", "the condemnation of X"), done to X, not X's own. */
static int criticism_noun(const struct reading *r, size_t w)
{
    return criticism_cue(r, w, 0);
}

/* Whether a verb other than one of making stands between the noun at w and its owner at o:
 * "investors worried by X" are not X's investors, the agent is the participle's; "a proposal
 * presented by X" is X's. */
static int participle_between(const struct sg_parse *parse, size_t w, size_t o)
{
    for (size_t k = w + 1; k < o; k++)
        if (parse->words[k].pos == 'v' &&
            !lemma_listed(parse->words[k].word, 'v', sg_roles_making_verbs))
            return 1;
    return 0;
}

/* Whether the noun at w is an agent noun of criticism (critic, opponent, foe ...) or a rival:
 * "Bob's critics" and "Bob's rivals" stand against Bob, not for him. */
static int critic_noun(const struct reading *r, size_t w)
{
    static const char *const rivals[] = {"rival", "competitor", "challenger", "adversary", NULL};
    return criticism_cue(r, w, 1) || lemma_listed(r->parse->words[w].word, 'n', rivals);
}

/* Whether the thing at w has an "of" ("Bob's defeat of Carol": Bob did it to Carol). */
static int has_of(const struct reading *r, size_t w)
{
    size_t words[SG_ROLES_MAX];
    return sg_roles_fill(r->parse, r->linkage, w, &owner_roles[2], words) > 0;
}

/* The name the parser runs together with the name at w (G), itself another mention: "the
 * Walmart Massmart merger" names both. Adds its referents; returns whether there was one. */
static int run_together(const struct reading *r, size_t w, struct filled *f, int depth)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'G' && r->parse->words[l->left].mention >= 0 &&
            r->parse->words[l->left].mention != r->parse->words[w].mention) {
            referents_of(r, l->left, f, depth + 1);
            return 1;
        }
    }
    return 0;
}

static void owners_of(const struct reading *r, size_t w, struct filled *f, int depth)
{
    size_t before = f->count, words[SG_ROLES_MAX];
    int undergoes = 0;
    if (critic_noun(r, w))
        return; /* "Bob's critics called Alice corrupt": not Bob */
    for (size_t k = 0; k < OWNER_ROLES && f->count == before; k++) {
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &owner_roles[k], words);
        for (size_t i = 0; i < n; i++)
            if (!participle_between(r->parse, w, words[i]))
                referents_of(r, words[i], f, depth + 1);
        undergoes =
            f->count > before && strcmp(owner_roles[k].preposition, "by") != 0 &&
            ((lemma_listed(r->parse->words[w].word, 'n', undergone) && (k != 0 || !has_of(r, w))) ||
             (strcmp(owner_roles[k].preposition, "of") == 0 && criticism_noun(r, w)));
        if (undergoes)
            f->how |= HOW_PATIENT; /* "Bob's removal", "the arrest of Bob": done to Bob */
    }
    if (f->count == before)
        agent_owners(r, w, f, depth);
    int run = 0; /* two names run together before a pact: "the Walmart Massmart merger" */
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        /* "an Egyptian proposal", "the U.S. plan" */
        if (l->right == w && (l->label[0] == 'A' || l->label[0] == 'G') &&
            r->parse->words[l->left].mention >= 0) {
            referents_of(r, l->left, f, depth + 1);
            run |= run_together(r, l->left, f, depth);
        }
        /* "a proposal presented by X", "the proposal, put forward by X," (a verb of making:
         * "the deal rejected by X" is not X's) */
        if (l->left == w && l->label[0] == 'M' &&
            (l->label[1] == 'v' || (l->label[1] == 'X' && r->parse->words[l->right].pos == 'v')) &&
            lemma_listed(r->parse->words[l->right].word, 'v', sg_roles_making_verbs)) {
            /* the parser marks a participle set beside the noun (MX) as no passive */
            static const struct sg_role agent = {SG_ROLE_SUBJECT, ""};
            static const struct sg_role by = {SG_ROLE_PREPOSITION, "by"};
            size_t n = sg_roles_fill(r->parse, r->linkage, l->right,
                                     l->label[1] == 'X' ? &by : &agent, words);
            for (size_t j = 0; j < n; j++)
                referents_of(r, words[j], f, depth + 1);
        }
    }
    size_t same = f->count == before ? predicate_of(r, w) : SIZE_MAX;
    if (same != SIZE_MAX) /* "the deal ... is the government's final offer" */
        owners_of(r, same, f, depth);
    int made = f->count == before;
    if (made) /* "A and B issued a statement criticising C": its makers */
        makers_of(r, w, f, depth);
    int paired =
        pact_parties(r, w, f, before, depth) || (run && f->count == before + 2 && is_pact(r, w));
    if (f->count > before)
        f->how |= HOW_THING;
    if (!undergoes) /* "the expulsion of X" is not X's: "condemned it" later is not about X */
        note_thing(r, w, f, before, made || paired);
}

/* Whether the noun at w, its determiner at d, is "move" or "step" looking ahead: "the next
 * step", "the first move" name no decision made before them, as "the (controversial) move"
 * does. */
static int move_ahead(const struct reading *r, size_t w, size_t d)
{
    static const char *const moves[] = {"move", "step", NULL};
    static const char *const ahead[] = {"next",  "first",   "second",    "third", "further",
                                        "final", "logical", "following", NULL};
    if (!lemma_listed(r->parse->words[w].word, 'n', moves))
        return 0;
    for (size_t i = d + 1; i < w; i++)
        if (in_list(r->parse->words[i].word, ahead))
            return 1;
    return 0;
}

/* The key under which the target of a stance noun is remembered: "aim:motion". */
static void aim_key(const char *lemma, char *key, size_t size)
{
    snprintf(key, size, "aim:%.40s", lemma);
}

/* "The Greens tabled a motion of no confidence in Moreno. Lindqvist backed the motion": a
 * criticism noun named before with its target; backing it is criticism of the target, which
 * undergoes it (added as a patient). Returns whether the thing had a target. */
static int aimed_thing(const struct reading *r, const char *lemma, size_t w, struct filled *f)
{
    char key[48];
    aim_key(lemma, key, sizeof key);
    struct sg_referent aim = author_of(r, key, w);
    if (aim.actor < 0 || aim.actor == r->exclude)
        return 0;
    add_referent(f, (struct sg_referent){aim.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
    f->how |= HOW_THING | (r->backing ? HOW_PATIENT : 0);
    return 1;
}

/* Determiners that point back to a thing named before. */
static const char *const definite[] = {"the", "this", "that", "these", "those", NULL};

/* The determiner linked to the noun at w (D), or SIZE_MAX. */
static size_t determiner_of(const struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'D')
            return l->left;
    }
    return SIZE_MAX;
}

/* Whether a definite determiner ("the", "this" ...) is linked to the noun at w. */
static int definite_noun(const struct reading *r, size_t w)
{
    size_t d = determiner_of(r, w);
    return d != SIZE_MAX && in_list(r->parse->words[d].word, definite);
}

/* "Opposition parties tabled a no-confidence motion against Oli. ... made preparations for the
 * no-confidence motion": a definite criticism noun with no target of its own is aimed where
 * it was before. */
static void aim_again(const struct reading *r, const struct sg_cue *cue, size_t w,
                      const struct filled *sources, struct filled *targets)
{
    char lemma[48];
    if (cue->pos != 'n' || cue->type != SG_STANCE_CRITICISM || targets->count || !sources->count ||
        !definite_noun(r, w) || thing_key(r->parse, w, lemma, sizeof lemma) != 0)
        return;
    struct reading plain = *r;
    plain.backing = 0;
    plain.exclude = sources->who[0].actor;
    if (aimed_thing(&plain, lemma, w, targets))
        targets->role = sources->role; /* a role to report; the target came from memory */
}

/* Determiners that point at a thing just named, and nouns that, so pointed at, are what someone
 * said last ("Bob said he would not meet Alice. Alice rejected that condition"). */
static const char *const demonstratives[] = {"this", "that", "these", "those", NULL};
static const char *const stated_nouns[] = {"condition", "suggestion", "argument",
                                           "view",      "position",   NULL};

/* Who said something last, in this sentence before w or in the one before it; actor -1 when
 * nobody. */
static struct sg_referent said_last(const struct reading *r, size_t w)
{
    struct sg_referent who = author_of(r, "said", w);
    return who.actor >= 0 ? who : r->resolver->thing(r->resolver->data, "said:before");
}

/* "Bob accused Alice of lying. Alice rejected that": "that" or "this" alone as a verb's object
 * (O, no noun after it), or with noun set a noun the caller found pointed at ("that
 * condition"), is what was said last, and means its sayer. */
static void said_that(const struct reading *r, size_t w, int noun, struct filled *f)
{
    static const char *const pointing[] = {"this", "that", NULL};
    if ((!noun && !in_list(r->parse->words[w].word, pointing)) || !r->resolver ||
        !r->resolver->thing)
        return;
    int object = 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (!noun && l->left == w && l->label[0] == 'D')
            return; /* a determiner: "that condition" */
        if (l->right == w && l->label[0] == 'O' && l->label[1] != 'F' &&
            r->parse->words[l->left].pos == 'v')
            object = 1;
    }
    if (!object)
        return;
    struct sg_referent who = said_last(r, w);
    if (who.actor >= 0 && who.actor != r->exclude) {
        add_referent(f, (struct sg_referent){who.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
        f->how |= HOW_THING;
    }
}

/* "those concerns", "the proposal": a thing named before with its author. */
static void known_thing(const struct reading *r, size_t w, struct filled *f)
{
    size_t d = determiner_of(r, w);
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    char lemma[48];
    size_t words[SG_ROLES_MAX];
    if (d == SIZE_MAX || !r->resolver || !r->resolver->thing || move_ahead(r, w, d) ||
        thing_key(r->parse, w, lemma, sizeof lemma) != 0)
        return;
    if (is_pact(r, w) && sg_roles_fill(r->parse, r->linkage, w, &with, words) > 0)
        return; /* "the deal with Dave" says whose: not the deal named before */
    if (!in_list(r->parse->words[d].word, definite))
        return;
    if (in_list(r->parse->words[d].word, demonstratives) &&
        lemma_listed(r->parse->words[w].word, 'n', stated_nouns)) {
        said_that(r, w, 1, f); /* "rejected that condition": what was said */
        return;
    }
    if (r->backing && aimed_thing(r, lemma, w, f))
        return;
    struct sg_referent who = author_of(r, lemma, w);
    if (who.paired && (who.actor == r->exclude || who.partner == r->exclude))
        return; /* "A and B signed a deal. A defended the deal": not B */
    if (who.actor >= 0) {
        add_referent(f, (struct sg_referent){who.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
        if (who.paired) /* "A and B signed a deal. C welcomed the deal": both */
            add_referent(f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1}, w);
        f->how |= HOW_THING;
    }
}

/* The referents of w, or for "those" what they are those for or of ("including those for
 * small island states and Latin American countries"). */
static void those_of(const struct reading *r, size_t w, struct filled *f)
{
    static const struct sg_role of[] = {{SG_ROLE_PREPOSITION, "for"}, {SG_ROLE_PREPOSITION, "of"}};
    if (strcmp(r->parse->words[w].word, "those") != 0) {
        referents_of(r, w, f, 1);
        return;
    }
    for (size_t k = 0; k < 2; k++) {
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &of[k], words);
        for (size_t j = 0; j < n; j++)
            referents_of(r, words[j], f, 1);
    }
}

/* The rest of a list the parser hangs on a group as appositives (MX), one on another ("blocs,
 * including those for A, B, C and D": B hangs on the blocs, "C and D" on B). */
static void appositives(const struct reading *r, size_t w, struct filled *f, int depth)
{
    for (size_t i = 0; i < r->linkage->link_count && depth < 4; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || l->label[0] != 'M' || l->label[1] != 'X' ||
            strcmp(r->parse->words[l->right].word, "including") == 0)
            continue;
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_members(r->parse, r->linkage, l->right, words);
        for (size_t j = 0; j < n; j++)
            those_of(r, words[j], f);
        appositives(r, l->right, f, depth + 1);
    }
}

/* "Trump aides, including Rubio, Witkoff and Waltz": the actors a group is said to include,
 * and the names set beside it (MX). Returns whether any was found. */
static int included(const struct reading *r, size_t w, struct filled *f)
{
    static const struct sg_role object = {SG_ROLE_OBJECT, ""};
    size_t before = f->count, words[SG_ROLES_MAX];
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || l->label[0] != 'M' ||
            strcmp(r->parse->words[l->right].word, "including") != 0)
            continue;
        size_t n = sg_roles_fill(r->parse, r->linkage, l->right, &object, words);
        for (size_t j = 0; j < n; j++)
            those_of(r, words[j], f);
    }
    if (f->count > before)
        appositives(r, w, f, 0);
    return f->count > before;
}

/* The word right of w through a link whose type starts with first, its second letter not
 * except ('S', 'J': the verb w is the subject of, not a conjunction), or SIZE_MAX. */
static size_t link_right(const struct reading *r, size_t w, char first, char except)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == first && l->label[1] != except)
            return l->right;
    }
    return SIZE_MAX;
}

/* Whether w is the subject of a verb (S). */
static int is_subject(const struct reading *r, size_t w)
{
    return link_right(r, w, 'S', 'J') != SIZE_MAX;
}

/* "The Union's leader, Dave, criticised ...": the name set beside a noun (MX) is who it is,
 * before any owner; in the best linkage only, and never a name that is a verb's subject (a
 * lesser linkage reads "..., NATO said" as set beside the move NATO speaks of). Returns
 * whether one was found. */
static int named_beside(const struct reading *r, size_t w, struct filled *f)
{
    size_t before = f->count;
    for (size_t i = 0; i < r->linkage->link_count && r->linkage == &r->parse->linkages[0]; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'M' && l->label[1] == 'X' &&
            r->parse->words[l->right].mention >= 0 && !is_subject(r, l->right)) {
            const struct sg_mention *m = &r->mentions[r->parse->words[l->right].mention];
            add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1},
                         l->right);
        }
    }
    return f->count > before;
}

/* The subject words of the verb whose clause w opens ("NATO said it ...", "Bob said talks with
 * Alice ...": Ce), at most SG_ROLES_MAX. Returns the count. */
static size_t clause_sayers(const struct reading *r, size_t w, size_t *words)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'C' && l->label[1] == 'e')
            return sg_roles_fill(r->parse, r->linkage, l->left, &subject, words);
    }
    return 0;
}

/* The actor named as the subject of the verb whose clause the pronoun w opens ("NATO said it
 * was concerned": Ce), or -1. */
static long sayer(const struct reading *r, size_t w)
{
    size_t words[SG_ROLES_MAX];
    size_t n = clause_sayers(r, w, words);
    for (size_t k = 0; k < n; k++)
        if (r->parse->words[words[k]].mention >= 0)
            return (long)r->mentions[r->parse->words[words[k]].mention].actor;
    return -1;
}

/* Whether w is a noun (or a word of no part of speech after a determiner), or a gerund with a
 * possessive that stands as one ("Bob's handling of the crisis"; not "the jailing of Bob",
 * whose "of" is who it is done to). */
static int nominal(const struct reading *r, size_t w)
{
    if (r->parse->words[w].pos == 'n')
        return 1;
    for (size_t i = 0; i < r->linkage->link_count && r->parse->words[w].pos == 0; i++)
        if (r->linkage->links[i].right == w && r->linkage->links[i].label[0] == 'D')
            return 1; /* a word the dictionary gives no part of speech, after a determiner
                         ("Dave's ruling") */
    for (size_t i = 0; i < r->linkage->link_count && r->parse->words[w].pos == 'g'; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'D' &&
            (r->parse->words[l->left].mention >= 0 ||
             in_list(r->parse->words[l->left].word, possessives)))
            return 1;
    }
    return 0;
}

const char *const sg_syntax_pair_states[] = {"countries", "nations",   "governments", "neighbours",
                                             "neighbors", "companies", NULL};

/* Whether w is "both sides", "the two countries", "the two leaders" and the like, or "the two"
 * alone as a clause's subject: a pair named before. */
static int both_sides(const struct reading *r, size_t w)
{
    static const char *const sides[] = {"sides", "parties",    "leaders",   "men",
                                        "women", "presidents", "ministers", NULL};
    static const char *const counts[] = {"both", "two", NULL};
    if (w > 0 && strcmp(r->parse->words[w].word, "two") == 0 &&
        strcmp(r->parse->words[w - 1].word, "the") == 0 && link_right(r, w, 'S', 'J') != SIZE_MAX)
        return 1; /* "The two also announced ..." */
    if (!in_list(r->parse->words[w].word, sides) &&
        !in_list(r->parse->words[w].word, sg_syntax_pair_states))
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        size_t other = l->right == w ? l->left : l->left == w ? l->right : SIZE_MAX;
        if (other != SIZE_MAX && other < w && in_list(r->parse->words[other].word, counts))
            return 1;
    }
    return 0;
}

/* The word a partitive w is part of: "all three of the automakers", "both of them" (w's M
 * link to "of", then its J), or SIZE_MAX. */
static size_t partitive_of(const struct reading *r, size_t w)
{
    static const char *const parts[] = {"all", "both", "each",  "some", "most", "many", "several",
                                        "one", "two",  "three", "four", "five", NULL};
    if (!in_list(r->parse->words[w].word, parts))
        return SIZE_MAX;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'M' && l->right == w + 1 &&
            strcmp(r->parse->words[l->right].word, "of") == 0)
            return link_right(r, l->right, 'J', '!');
    }
    return SIZE_MAX;
}

/* The words "both sides", "the two companies" and the like that say the clause the plural
 * pronoun w opens ("The two companies said they would appeal": they are the pair), or SIZE_MAX. */
static size_t pair_sayer(const struct reading *r, size_t w)
{
    static const char *const plurals[] = {"they", "them", "their", NULL};
    size_t words[SG_ROLES_MAX];
    size_t n = in_list(r->parse->words[w].word, plurals) ? clause_sayers(r, w, words) : 0;
    for (size_t k = 0; k < n; k++)
        if (both_sides(r, words[k]))
            return words[k];
    return SIZE_MAX;
}

/* The word after the names of a list that starts at word i (names joined by commas, "and" or
 * "or"), their first words put in members; SIZE_MAX if a word there is no name. */
static size_t list_end(const struct sg_parse *p, size_t i, size_t *members, size_t *n)
{
    static const char *const joins[] = {",", "and", "or", NULL};
    while (i < p->word_count && p->words[i].mention >= 0 && *n < SG_ROLES_MAX) {
        long m = p->words[i].mention;
        members[(*n)++] = i;
        while (i < p->word_count && p->words[i].mention == m)
            i++;
        size_t j = i;
        while (j < p->word_count && in_list(p->words[j].word, joins))
            j++;
        if (j == i)
            return i;
        i = j;
    }
    return SIZE_MAX;
}

/* "a penalty on the three majors - Airtel, Vodafone and Idea -": the actors of a list of two or
 * more names set off after w by a dash, a colon or a bracket, closed by another or by the
 * sentence's end, which name what w stands for. Returns whether the list was there (a list
 * that names the source too is a misreading and adds nobody). */
static int listed_after(const struct reading *r, size_t w, struct filled *f)
{
    static const char *const opening[] = {"-", "--", ":", "(", NULL};
    static const char *const closing[] = {"-", "--", ")", ".", "", NULL};
    const struct sg_parse *p = r->parse;
    size_t i = w + 1, members[SG_ROLES_MAX], n = 0;
    while (p->words[w].mention >= 0 && i < p->word_count &&
           p->words[i].mention == p->words[w].mention)
        i++;
    if (i + 1 >= p->word_count || !in_list(p->words[i].word, opening))
        return 0;
    size_t end = list_end(p, i + 1, members, &n);
    if (n < 2 || end >= p->word_count || !in_list(p->words[end].word, closing) ||
        p->words[members[0]].mention == p->words[w].mention)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((long)r->mentions[p->words[members[k]].mention].actor == r->exclude)
            return 1; /* the list names the source too: a misreading, nobody */
    for (size_t k = 0; k < n; k++) {
        const struct sg_mention *m = &r->mentions[p->words[members[k]].mention];
        add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1}, members[k]);
    }
    return 1;
}

static void referents_of(const struct reading *r, size_t w, struct filled *f, int depth)
{
    const struct sg_parse_word *word = &r->parse->words[w];
    /* "against all three of the automakers": the automakers; not a thing owned ("some of its
     * platforms") */
    size_t whole = depth == 0 ? partitive_of(r, w) : SIZE_MAX;
    if (whole != SIZE_MAX &&
        (r->parse->words[whole].mention >= 0 || in_list(r->parse->words[whole].word, pronouns))) {
        referents_of(r, whole, f, depth);
        return;
    }
    if (depth == 0 && listed_after(r, w, f))
        return;
    if (word->mention >= 0) {
        const struct sg_mention *m = &r->mentions[word->mention];
        add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1}, w);
        return;
    }
    if (depth == 0 && is_relative(word->word)) {
        /* "Dave, who supported Bob": the relative pronoun's antecedent (MX, R) */
        for (size_t i = 0; i < r->linkage->link_count; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            if (l->right == w && (l->label[0] == 'R' || (l->label[0] == 'M' && l->label[1] == 'X')))
                referents_of(r, l->left, f, depth + 1);
        }
        if (f->count == 0)
            said_that(r, w, 0, f); /* "rejected that": no relative pronoun */
        return;
    }
    if (is_pronoun(word->word) && expletive(r->parse, w))
        return; /* "it is unacceptable to ...": nobody */
    size_t pair = is_pronoun(word->word) ? pair_sayer(r, w) : SIZE_MAX;
    size_t before = f->count;
    if (pair != SIZE_MAX)
        referents_of(r, pair, f, depth);
    if (f->count > before)
        return; /* else "they" as any pronoun: the pair described may be none remembered */
    if (is_pronoun(word->word) && r->resolver && r->resolver->pronoun) {
        struct sg_referent who = r->resolver->pronoun(r->resolver->data, word->word, word->start,
                                                      r->exclude, sayer(r, w));
        if (who.actor >= 0) {
            add_referent(f, who, w);
            if (who.paired) { /* "A and B met. They praised C": both */
                add_referent(f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1}, w);
                f->how |= HOW_PAIR;
            }
            f->how |= HOW_PRONOUN;
        }
        return;
    }
    if (both_sides(r, w)) { /* "A and B met. Both sides condemned C": both */
        const char *as = strcmp(word->word, "two") == 0 ? "both" : word->word;
        struct sg_referent who =
            r->resolver && r->resolver->pronoun
                ? r->resolver->pronoun(r->resolver->data, as, word->start, r->exclude, -1)
                : (struct sg_referent){-1, SIZE_MAX, SIZE_MAX, 0, -1};
        if (who.actor >= 0 && who.paired) {
            add_referent(f, who, w);
            add_referent(f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1}, w);
            f->how |= HOW_PAIR | HOW_PRONOUN;
        }
        return;
    }
    before = f->count;
    if (depth == 0 && nominal(r, w) && !included(r, w, f) && !named_beside(r, w, f))
        owners_of(r, w, f, depth);
    if (depth == 0 && nominal(r, w) && f->count == before)
        known_thing(r, w, f);
}

/* The actors of the first role of roles that names any, leaving out the words in taken. */
static void fill(const struct reading *reading, size_t w, const struct sg_role *roles, size_t count,
                 const struct filled *taken, struct filled *f)
{
    struct reading copy = *reading;
    const struct reading *r = &copy;
    copy.exclude = taken && taken->count ? taken->who[0].actor : -1;
    memset(f, 0, sizeof *f);
    size_t words[SG_ROLES_MAX];
    for (size_t k = 0; k < count && !f->count; k++) {
        struct sg_role role = roles[k];
        if (r->participle && role.kind == SG_ROLE_SUBJECT)
            role.kind = SG_ROLE_OBJECT;
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &role, words);
        f->seen += n;
        for (size_t i = 0; i < n; i++) {
            int used = 0;
            for (size_t j = 0; taken && j < taken->count; j++)
                used |= taken->word[j] == words[i];
            if (!used)
                referents_of(r, words[i], f, 0);
            f->others += !used;
        }
        if (f->count)
            f->role = &roles[k];
    }
}

/* Whether the verb whose object the noun is (or the noun that measures it out: "faces two days
 * of strike action") has its base form in verbs. */
static int host_verb_in(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun,
                        const char *const *verbs)
{
    size_t verb = object_verb(linkage, sg_roles_measured(parse, linkage, noun));
    return verb != SIZE_MAX && lemma_listed(parse->words[verb].word, 'v', verbs);
}

/* Whether the that-clause of noun names someone as its subject ("complaints that X had blocked
 * calls"): then the noun is aimed at them, not at whoever received it. */
static int names_in_clause(const struct reading *r, size_t noun)
{
    static const struct sg_role clause = {SG_ROLE_CLAUSE, ""};
    struct filled subjects;
    fill(r, noun, &clause, 1, NULL, &subjects);
    return subjects.count > 0;
}

/* Whether the criticism noun names its own target through a preposition, someone other than
 * its host ("Bob's attack on Carol"; not "an attack on her convoy"): through "of", "from" or
 * "by" it names its author, not its target. */
static int aimed_elsewhere(const struct reading *r, size_t noun, const struct sg_cue *cue)
{
    static const char *const authors[] = {"of", "from", "by", NULL};
    static const struct sg_role host = {SG_ROLE_HOST, ""};
    struct sg_role targets[SG_CUE_ROLES];
    struct filled aimed, hosts;
    size_t n = 0;
    if (cue->type != SG_STANCE_CRITICISM)
        return 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind == SG_ROLE_PREPOSITION &&
            !in_list(cue->target[k].preposition, authors))
            targets[n++] = cue->target[k];
    fill(r, noun, targets, n, NULL, &aimed);
    fill(r, noun, &host, 1, NULL, &hosts);
    for (size_t i = 0; i < aimed.count; i++) {
        int own = 0;
        for (size_t j = 0; j < hosts.count; j++)
            own |= aimed.who[i].actor == hosts.who[j].actor;
        if (!own)
            return 1;
    }
    return 0;
}

/* Verbs after which a noun's host receives the stance ("X drew criticism from Y"). */
static const char *const receiving[] = {"draw",   "win", "receive", "face",    "earn", "attract",
                                        "garner", "get", "gain",    "survive", NULL};
static const char *const winning[] = {"win", NULL}; /* "won its appeal against X": its own */

/* Whether the criticism noun follows a verb of receiving other than win but names its own
 * target elsewhere ("X survived Y's attack on Z", "X survived the crackdown on Z"): neither
 * received by the host nor done by it. */
static int received_elsewhere(const struct reading *r, size_t noun, const struct sg_cue *cue)
{
    return cue->pos == 'n' && host_verb_in(r->parse, r->linkage, noun, receiving) &&
           !host_verb_in(r->parse, r->linkage, noun, winning) && aimed_elsewhere(r, noun, cue);
}

/* Verbs after which a noun's host receives the stance: "X drew criticism from Y", "X won the
 * support of Y"; for support also "X has (enjoys, secured) the backing of Y" or "Y's backing"
 * when "of", "from", "by" or a possessor names someone and no target does ("X has strong support
 * for Y", "X has an alliance with Y", "X secured aid for Y from Z" are no support of X); not a
 * criticism aimed at someone else ("X survived Y's attack on Z" is Y's on Z). */
static int receives(const struct reading *r, size_t noun, const struct sg_cue *cue)
{
    static const char *const holding[] = {"have", "enjoy", "secure", "command", NULL};
    static const struct sg_role givers[] = {{SG_ROLE_PREPOSITION, "of"},
                                            {SG_ROLE_PREPOSITION, "from"},
                                            {SG_ROLE_PREPOSITION, "by"},
                                            {SG_ROLE_POSSESSOR, ""}};
    if (host_verb_in(r->parse, r->linkage, noun, receiving))
        return cue->type == SG_STANCE_SUPPORT ||
               (!host_verb_in(r->parse, r->linkage, noun, winning) && /* "won its appeal" */
                !names_in_clause(r, noun) && /* "received complaints that X" */
                !(cue->pos == 'n' && aimed_elsewhere(r, noun, cue))); /* "survived Bob's attack
                                                                         on Carol" */
    if (cue->type != SG_STANCE_SUPPORT || !host_verb_in(r->parse, r->linkage, noun, holding))
        return 0;
    struct filled given, receivers;
    fill(r, noun, givers, 4, NULL, &given);
    struct sg_role targets[SG_CUE_ROLES];
    size_t n = 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind != SG_ROLE_PREPOSITION ||
            !in_list(cue->target[k].preposition, (const char *const[]){"of", "from", "by", NULL}))
            targets[n++] = cue->target[k];
    fill(r, noun, targets, n, NULL, &receivers);
    return given.count > 0 && receivers.count == 0; /* not "secured aid for Y from Z" */
}

/* Verbs by which a noun's host answers it: only these make the host a target ("X rejected the
 * offer from Y", "brushed aside Y's offer"; not "X said he had seen Y's offer"). */
static int answers(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const verbs[] = {"accept",  "reject",  "consider", "weigh",  "welcome",
                                        "receive", "decline", "spurn",    "rebuff", "dismiss",
                                        "refuse",  "study",   "review",   "turn",   "brush",
                                        "shrug",   "wave",    NULL};
    return host_verb_in(parse, linkage, noun, verbs);
}

/* Verbs by which a deed noun's host does the deed: "X launched an attack on Y", "X carried out
 * strikes", "X ordered strikes"; not "X condemned the attack on Y", nor with an infinitive
 * after the verb ("ordered the occupation to end"). A strike or an offensive is waged by
 * announcing it too ("the Union announced a strike at X"), as an attack announced is mostly
 * reported ("the ministry announced an attack on X's convoy"). */
static int wages(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const verbs[] = {"launch",  "carry", "conduct",  "stage",     "mount",
                                        "begin",   "start", "step",     "intensify", "resume",
                                        "unleash", "wage",  "escalate", "order",     NULL};
    static const char *const announcing[] = {"announce", NULL};
    static const char *const called[] = {"strike", "offensive", NULL};
    size_t verb = object_verb(linkage, sg_roles_measured(parse, linkage, noun));
    if (verb == SIZE_MAX || !(lemma_listed(parse->words[verb].word, 'v', verbs) ||
                              (lemma_listed(parse->words[verb].word, 'v', announcing) &&
                               lemma_listed(parse->words[noun].word, 'n', called))))
        return 0;
    for (size_t i = 0; i < linkage->link_count; i++)
        if (linkage->links[i].left == verb && (strncmp(linkage->links[i].label, "TO", 2) == 0 ||
                                               strncmp(linkage->links[i].label, "IV", 2) == 0))
            return 0;
    return 1;
}

/* Whether the thing done to someone at noun is asked for or ordered by its host ("X called
 * for Y's resignation", "X demanded the arrest of Y", "X ordered Y's removal"): only then is
 * the host its source; "X accepted Y's resignation", "X announced Y's removal" take no stance. */
static int asks_for(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const asking[] = {"demand", "seek", "order", "want", "urge", NULL};
    static const char *const asking_for[] = {"call",  "push",     "press", "campaign",
                                             "lobby", "petition", "ask",   NULL};
    if (!lemma_listed(parse->words[noun].word, 'n', undergone))
        return 0;
    if (host_verb_in(parse, linkage, noun, asking))
        return 1;
    noun = sg_roles_measured(parse, linkage, noun);
    for (size_t i = 0; i < linkage->link_count; i++) { /* "called for", "pushed for" */
        const struct sg_parse_link *j = &linkage->links[i];
        if (j->right != noun || j->label[0] != 'J' || strcmp(parse->words[j->left].word, "for"))
            continue;
        for (size_t k = 0; k < linkage->link_count; k++) {
            const struct sg_parse_link *mv = &linkage->links[k];
            if (mv->right == j->left && strncmp(mv->label, "MV", 2) == 0 &&
                lemma_listed(parse->words[mv->left].word, 'v', asking_for))
                return 1;
        }
    }
    return 0;
}

struct site {
    int decided; /* negated, conditional, or a verb whose subject or object is no actor: no
                    surface frame reads it */
    const struct sg_cue *cue;
    size_t word, cue_end;
    struct sg_found *found;
    size_t count;
};

/* Whether the host of a noun is its source through the verb whose object it is: the host of a
 * permission gives it ("X granted approval to Y", "gave the go-ahead"; not "withheld approval",
 * "needs the approval of Y"), of a charge makes it ("X levelled allegations against Y"; not
 * "rejected (investigated, dropped) the allegations against Y"), of an offer or invitation
 * extends it ("X made an offer to Y"; not "Y rejected the offer"), of revenge or a reprisal
 * takes, seeks or vows it ("X vowed revenge on Y"; not "feared revenge", "ruled out reprisals
 * against Y"). Other nouns: always. */
static int grants(const struct reading *r, const struct site *s)
{
    static const char *const permissions[] = {"approval", "permission", "go-ahead", NULL};
    static const char *const giving[] = {"give", "grant", "issue", "award", NULL};
    static const char *const charges[] = {"allegation", "accusation", "charge", NULL};
    static const char *const levelling[] = {"make",  "level", "raise", "repeat",   "renew",
                                            "voice", "bring", "file",  "lodge",    "press",
                                            "hurl",  "trade", "air",   "exchange", NULL};
    static const char *const offers[] = {"offer", "invitation", NULL};
    static const char *const extending[] = {"make",   "extend", "table",   "present", "submit",
                                            "send",   "issue",  "improve", "sweeten", "renew",
                                            "repeat", "revise", "unveil",  "put",     NULL};
    static const char *const revenges[] = {"revenge", "vengeance", "reprisal", NULL};
    static const char *const taking[] = {
        "take",  "seek", "exact",  "vow",    "swear", "pledge", "promise", "threaten", "plot",
        "wreak", "want", "demand", "launch", "carry", "order",  "mount",   "unleash",  NULL};
    static const struct {
        const char *const *nouns;
        const char *const *verbs;
    } kinds[] = {
        {permissions, giving}, {charges, levelling}, {offers, extending}, {revenges, taking}};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (in_list(s->cue->words, kinds[k].nouns))
            return host_verb_in(r->parse, r->linkage, s->word, kinds[k].verbs);
    return 1;
}

static void emit_as(struct site *s, const struct sg_referent *source,
                    const struct sg_referent *target, enum sg_stance type, double confidence,
                    const char *rule)
{
    if (source->actor == target->actor || s->count >= SG_SYNTAX_MAX)
        return;
    s->found[s->count++] =
        (struct sg_found){*source, *target, s->cue, type, 0, s->cue_end, confidence, rule};
}

static void emit(struct site *s, const struct sg_referent *source, const struct sg_referent *target,
                 double confidence, const char *rule)
{
    emit_as(s, source, target, s->cue->type, confidence, rule);
}

static const char *rule_name(int how)
{
    if (how & HOW_ANSWER)
        return "parse, retaliation";
    if (how & HOW_THING)
        return how & HOW_PRONOUN ? "parse, pronoun, owner" : "parse, owner";
    return how & HOW_PRONOUN ? "parse, pronoun" : "parse";
}

static double confidence_of(const struct sg_parse *parse, size_t linkage, int how, int mood)
{
    double c = linkage == 0 ? 0.8 : 0.7;
    if (parse->null_count)
        c -= 0.1;
    if (how & HOW_PRONOUN)
        c *= 0.8;
    if (how & (HOW_THING | HOW_ANSWER))
        c *= 0.8;
    if (mood & (SG_MOOD_MODAL | SG_MOOD_FUTURE))
        c *= 0.5;
    return c;
}

/* The verb a noun hangs on: the one whose object it is, else the one whose predicate its
 * preposition is ("is at odds with": P) or that the preposition modifies (MV). */
static size_t noun_verb(const struct reading *r, size_t w)
{
    size_t verb = object_verb(r->linkage, w);
    for (size_t i = 0; i < r->linkage->link_count && verb == SIZE_MAX; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right != w || l->label[0] != 'J')
            continue;
        for (size_t k = 0; k < r->linkage->link_count && verb == SIZE_MAX; k++) {
            const struct sg_parse_link *p = &r->linkage->links[k];
            if (p->right == l->left &&
                (p->label[0] == 'P' || (p->label[0] == 'M' && p->label[1] == 'V')) &&
                r->parse->words[p->left].pos == 'v')
                verb = p->left;
        }
    }
    return verb;
}

/* Whether the verb at w is a cue of its own (condemn, tolerate is not). */
static int stance_verb(const struct reading *r, size_t w)
{
    char lemma[48];
    size_t count = 0;
    return sg_lemma(r->parse->words[w].word, 'v', lemma, sizeof lemma) == 0 &&
           sg_cues_find(r->cues, lemma, 'v', &count) != NULL;
}

/* The mood a noun cue at w takes from its host verb. Only its object ("will hold talks", "is
 * expected to voice criticism") is wholly under it; a noun the verb merely speaks of ("will
 * report on her talks", "is expected to respond to X's criticism") already happened: the host's
 * future or forecast only halves it. */
static int host_mood(const struct reading *r, size_t w, size_t host)
{
    int mood = sg_roles_mood(r->parse, r->linkage, host);
    if (object_verb(r->linkage, w) == host)
        return mood;
    int later = mood & (SG_MOOD_UNREAL | SG_MOOD_POSSIBLE | SG_MOOD_FUTURE);
    return (mood & ~later) | (later ? SG_MOOD_MODAL : 0);
}

/* The preposition noun w is the object of (J), or SIZE_MAX. */
static size_t object_preposition(const struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++)
        if (r->linkage->links[i].right == w && r->linkage->links[i].label[0] == 'J')
            return r->linkage->links[i].left;
    return SIZE_MAX;
}

/* The preposition noun w is the object of (J), and the noun that preposition hangs on (M);
 * SIZE_MAX each when none. */
static size_t noun_above(const struct reading *r, size_t w, size_t *preposition)
{
    *preposition = object_preposition(r, w);
    for (size_t i = 0; i < r->linkage->link_count && *preposition != SIZE_MAX; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == *preposition && l->label[0] == 'M' && !isupper((unsigned char)l->label[1]))
            return l->left; /* M, not MV: a noun's phrase, not a verb's */
    }
    return SIZE_MAX;
}

/* Whether noun w is the object of a preposition after an adjective of readiness ("open to
 * talks", "ready for talks"). */
static int readied(const struct reading *r, size_t w)
{
    size_t preposition = object_preposition(r, w);
    for (size_t i = 0; i < r->linkage->link_count && preposition != SIZE_MAX; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == preposition && in_list(r->parse->words[l->left].word, sg_roles_readiness))
            return 1;
    }
    return 0;
}

/* Whether noun w is what a noun of stopping stops, at most two phrases up: "a halt to aid", "a
 * halt to $1 billion in aid", "a freeze on aid", "the suspension of cooperation"; not "the end
 * of her visit", which was. */
static int stopped(const struct reading *r, size_t w)
{
    static const char *const stops[][2] = {
        {"halt", "to"},       {"end", "to"},          {"stop", "to"},        {"freeze", "on"},
        {"cut", "to"},        {"cuts", "to"},         {"cut", "in"},         {"cuts", "in"},
        {"suspension", "of"}, {"cancellation", "of"}, {"termination", "of"}, {"withdrawal", "of"}};
    for (int depth = 0; depth < 3 && w != SIZE_MAX; depth++) {
        size_t preposition = SIZE_MAX, noun = noun_above(r, w, &preposition);
        for (size_t k = 0; noun != SIZE_MAX && k < sizeof stops / sizeof stops[0]; k++)
            if (strcmp(r->parse->words[noun].word, stops[k][0]) == 0 &&
                strcmp(r->parse->words[preposition].word, stops[k][1]) == 0)
                return 1;
        w = noun;
    }
    return 0;
}

/* Whether noun w names its sides with "between" ("the dispute between A and B"): such a
 * conflict is there, whatever is done about it. */
static int names_between(const struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'M' &&
            strcmp(r->parse->words[l->right].word, "between") == 0)
            return 1;
    }
    return 0;
}

/* Whether the gerund w is the complement of a verb that undoes it ("denied backing", "avoided
 * criticising": Pg) or follows "short of" ("stopped short of condemning": Mg from "of") or
 * "off from", "away from" ("backed off from criticising", "shied away from condemning") or a
 * verb of holding back ("refrained (abstained, desisted) from criticising"). */
static int gerund_undone(const struct reading *r, size_t w)
{
    static const char *const undoers[] = {"deny", "avoid", "refrain", NULL};
    static const char *const holding_back[] = {"refrain", "abstain", "desist", NULL};
    const struct sg_parse *p = r->parse;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right != w || l->left == 0)
            continue;
        if (l->label[0] == 'P' && l->label[1] == 'g' &&
            lemma_listed(p->words[l->left].word, 'v', undoers))
            return 1;
        if (l->label[0] == 'M' && l->label[1] == 'g' && strcmp(p->words[l->left].word, "of") == 0 &&
            strcmp(p->words[l->left - 1].word, "short") == 0)
            return 1;
        if (l->label[0] == 'M' && l->label[1] == 'g' &&
            strcmp(p->words[l->left].word, "from") == 0 &&
            (strcmp(p->words[l->left - 1].word, "off") == 0 ||
             strcmp(p->words[l->left - 1].word, "away") == 0 ||
             lemma_listed(p->words[l->left - 1].word, 'v', holding_back)))
            return 1; /* "backed off from criticising", "refrained from condemning" */
    }
    return 0;
}

/* Whether the verb w meets, receives or is offered a criticism rather than someone: its
 * object, or the object of its "with", is a criticism cue ("met with criticism from X",
 * "received complaints from X"): no negotiation. */
static int takes_criticism(const struct reading *r, size_t w)
{
    static const char *const meeting[] = {"meet", "receive", NULL};
    if (!lemma_listed(r->parse->words[w].word, 'v', meeting))
        return 0; /* "discussed the sanctions" is talk all the same */
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w)
            continue;
        size_t object = l->label[0] == 'O' ? l->right : SIZE_MAX;
        if (l->label[0] == 'M' && l->label[1] == 'V' &&
            strcmp(r->parse->words[l->right].word, "with") == 0)
            object = link_right(r, l->right, 'J', '\0');
        if (object != SIZE_MAX && criticism_noun(r, object))
            return 1;
    }
    return 0;
}

/* Whether the word right before noun w is a name set before it ("a Bob ally": AN). */
static int name_modifies(const struct reading *r, size_t w)
{
    for (size_t i = 0; w > 0 && i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w - 1 && l->right == w && strncmp(l->label, "AN", 2) == 0 &&
            r->parse->words[w - 1].mention >= 0)
            return 1;
    }
    return 0;
}

/* The mood of a cue's clause. A noun's is its host verb's ("did not voice criticism", "is not
 * a critic of", "is not at odds with"), for a deed unless that verb takes a stance of its own
 * ("refused to condemn the invasion" leaves the invasion done, "would not tolerate an attack"
 * does not); a noun is negated by "no" or "former" ("there is no dispute between A and B", "a
 * former ally") or by a host verb that denies, ends or averts it ("denied any rift", "settled
 * the dispute"), and a support noun by one that turns it down ("ruled out a coalition"). */
static int cue_mood(const struct reading *r, const struct site *s)
{
    static const char *const undoing[] = {
        "deny", "avoid", "avert",  "prevent", "end",    "resolve", "settle",  "defuse", "drop",
        "lift", "scrap", "remove", "waive",   "repeal", "revoke",  "rescind", NULL};
    static const char *const declining[] = {"reject", "rule",     "quit",    "abandon",
                                            "lose",   "withdraw", "suspend", "halt",
                                            "cut",    "pull",     NULL};
    static const char *const undone[] = {"no", "former", NULL};
    static const char *const topics[] = {"discuss", "address", "ease", "mediate",
                                         "broker",  "debate",  NULL};
    size_t w = s->word;
    int mood = sg_roles_mood(r->parse, r->linkage, w);
    size_t host = s->cue->pos == 'n' ? noun_verb(r, w) : SIZE_MAX;
    if (host != SIZE_MAX) {
        if (!s->cue->deed || !stance_verb(r, host))
            mood |= host_mood(r, w, host);
        if (lemma_listed(r->parse->words[host].word, 'v', undoing) ||
            (s->cue->type == SG_STANCE_SUPPORT &&
             lemma_listed(r->parse->words[host].word, 'v', declining)) ||
            (s->cue->type == SG_STANCE_CRITICISM && !names_between(r, w) &&
             lemma_listed(r->parse->words[host].word, 'v', topics)))
            mood |= SG_MOOD_NEGATED; /* "ruled out a coalition"; not "rejected the offer";
                                        "discussed the dispute" is talk, not a dispute */
    }
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && (l->label[0] == 'D' || l->label[0] == 'A') &&
            in_list(r->parse->words[l->left].word, undone))
            mood |= SG_MOOD_NEGATED;
    }
    for (size_t k = 2; s->cue->pos == 'n' && k <= 3 && w >= k && name_modifies(r, w); k++)
        if (strcmp(r->parse->words[w - k].word, "former") == 0)
            mood |= SG_MOOD_NEGATED; /* "a former Bob ally": "former" linked to the name; not
                                        "the former president's support" */
    for (size_t k = 0; k < w; k++)
        if (strcmp(r->parse->words[k].word, "whether") == 0)
            mood |= SG_MOOD_UNREAL; /* "It remained unclear whether X had signed off on Y's plan" */
    if (s->cue->type == SG_STANCE_NEGOTIATION && s->cue->pos == 'v' && takes_criticism(r, w))
        mood |= SG_MOOD_NEGATED; /* "met with criticism from X" is no meeting with X */
    if (s->cue->pos == 'v' && gerund_undone(r, w))
        mood |= SG_MOOD_NEGATED; /* "denied backing X", "stopped short of condemning X" */
    if (s->cue->pos == 'n' && stopped(r, w))
        mood |= SG_MOOD_NEGATED; /* "ordered a halt to aid for X", "an end to talks with X" */
    if (s->cue->pos == 'n' && readied(r, w))
        mood |= SG_MOOD_MODAL | SG_MOOD_POSSIBLE; /* "is open to talks with X": none yet */
    if (s->cue->pos == 'v' && w + 1 < r->parse->word_count &&
        strcmp(r->parse->words[w + 1].word, "neither") == 0)
        mood |= SG_MOOD_NEGATED; /* "criticised neither X nor Y" */
    return mood;
}

/* Whether the targets are the objects of "between" (at least one: the parser may lose a list's
 * other members). */
static int by_between(const struct filled *targets)
{
    if (!targets->count || targets->role->kind != SG_ROLE_PREPOSITION)
        return 0;
    return strcmp(targets->role->preposition, "between") == 0 ||
           (targets->count > 1 && strcmp(targets->role->preposition, "of") == 0);
}

static int between(const struct filled *targets)
{
    return targets->count > 1 && by_between(targets);
}

/* Whether a noun's source came from its host: "X voted to ratify the agreement between A and
 * B" is an agreement between A and B, X no party to it. */
static int hosted(const struct filled *sources)
{
    return sources->count && sources->role->kind == SG_ROLE_HOST;
}

/* The actor the sentence calls a mediator and quotes ("mediator Oman said", "Qatar, the
 * mediator, said"): the mention beside the word or linked to it, the subject of a verb of
 * saying or right before one, not a former one. Returns 0 when there is none. */
static int mediator(const struct reading *r, struct sg_referent *out)
{
    static const char *const saying[] = {"say",     "tell",  "announce", "add",
                                         "confirm", "state", NULL};
    const struct sg_parse *p = r->parse;
    for (size_t w = 0; w < p->word_count; w++) {
        if (!lemma_listed(p->words[w].word, 'n', (const char *const[]){"mediator", NULL}) ||
            (w > 0 && strcmp(p->words[w - 1].word, "former") == 0))
            continue;
        size_t at = w + 1 < p->word_count && p->words[w + 1].mention >= 0 ? w + 1 : SIZE_MAX;
        for (size_t i = 0; i < r->linkage->link_count && at == SIZE_MAX; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            size_t other = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
            if (other != SIZE_MAX && p->words[other].mention >= 0)
                at = other;
        }
        size_t verb = at == SIZE_MAX ? SIZE_MAX : link_right(r, at, 'S', 'J');
        if (at != SIZE_MAX && at + 1 < p->word_count &&
            lemma_listed(p->words[at + 1].word, 'v', saying))
            verb = at + 1; /* "cancelled, mediator Oman said": the parse reads an adjective */
        if (verb == SIZE_MAX || !lemma_listed(p->words[verb].word, 'v', saying))
            continue;
        const struct sg_mention *m = &r->mentions[p->words[at].mention];
        *out = (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1};
        return 1;
    }
    return 0;
}

/* A joint negotiation among the members of f, each with each other one; a mediator the sentence
 * names negotiates with each of them. */
static void parties(const struct reading *r, struct site *s, const struct filled *f,
                    double confidence)
{
    for (size_t a = 0; a + 1 < f->count; a++)
        for (size_t b = a + 1; b < f->count; b++)
            emit(s, &f->who[a], &f->who[b], confidence, "parse, joint");
    struct sg_referent go_between;
    if (!mediator(r, &go_between))
        return;
    for (size_t a = 0; a < f->count; a++)
        emit(s, &go_between, &f->who[a], confidence * 0.8, "parse, mediator");
}

/* Whether word o is a name or a pronoun, or linked to a name ("president" of "Russian
 * president Vladimir Putin"). */
static int names_someone(const struct reading *r, size_t o)
{
    const struct sg_parse *p = r->parse;
    if (p->words[o].mention >= 0 || in_list(p->words[o].word, pronouns))
        return 1;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if ((l->left == o && p->words[l->right].mention >= 0) ||
            (l->right == o && p->words[l->left].mention >= 0))
            return 1;
    }
    return 0;
}

/* Whether "with" right after the cue at w names someone ("in a call with C", "talks with him";
 * not "a meeting with no agenda"). */
static int other_side(const struct reading *r, size_t w)
{
    const struct sg_parse *p = r->parse;
    if (w + 1 >= p->word_count || strcmp(p->words[w + 1].word, "with") != 0)
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w + 1 && l->label[0] == 'J' && names_someone(r, l->right))
            return 1;
    }
    return 0;
}

/* Whether "their" before the noun cue stands for a pair that its host names: in "A and B
 * began their meeting", the subjects A and B (filled into hosts) are the parties. */
static int pair_of_host(const struct reading *r, const struct site *s, const struct filled *sources,
                        struct filled *hosts)
{
    static const struct sg_role host = {SG_ROLE_HOST, ""};
    if (sources->count != 2 || !(sources->how & HOW_PAIR) ||
        sources->role->kind != SG_ROLE_POSSESSOR)
        return 0;
    fill(r, s->word, &host, 1, NULL, hosts);
    if (hosts->count != 2 || (hosts->how & (HOW_THING | HOW_PAIR | HOW_PRONOUN)))
        return 0;
    for (size_t i = 0; i < 2; i++)
        if (hosts->who[i].actor != sources->who[0].actor &&
            hosts->who[i].actor != sources->who[1].actor)
            return 0;
    return 1;
}

/* Negotiation among the members of one role: coordinated subjects or possessors ("A and B held
 * talks"), the objects of "between" ("talks between A and B"), or a pair that owns the talks
 * and holds them ("A and B began their meeting"). */
static int joint(const struct reading *r, struct site *s, const struct filled *sources,
                 const struct filled *targets, double confidence)
{
    /* parties are named ones: the owners of a thing ("opposition from France and Italy") are
     * no parties to the negotiation the thing is about, and "they" ("A and B flew to X. There
     * they held talks") are often one side of talks whose other the parse loses */
    struct filled hosts;
    const struct filled *f =
        sources->count > 1 && !(sources->how & (HOW_THING | HOW_PAIR)) ? sources : NULL;
    if (!f && pair_of_host(r, s, sources, &hosts))
        f = &hosts;
    if (f && other_side(r, s->word))
        return 0; /* "A and B demanded a ceasefire in a call with C": C is the other side */
    if (!f && !sources->count && between(targets))
        f = targets;
    if (!f)
        return 0;
    parties(r, s, f, confidence);
    return 1;
}

/* Whether the cue at w is done to "each other" or "one another", as its object or a
 * preposition's ("accused each other", "talked with one another"). */
static int reciprocal(const struct reading *r, size_t w)
{
    const struct sg_parse *p = r->parse;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        size_t o = l->left == w && (l->label[0] == 'O' || l->label[0] == 'M') ? l->right : SIZE_MAX;
        for (size_t j = 0; o != SIZE_MAX && j < r->linkage->link_count && l->label[0] == 'M'; j++)
            if (r->linkage->links[j].left == l->right && r->linkage->links[j].label[0] == 'J')
                o = r->linkage->links[j].right;
        if (o == SIZE_MAX || o == 0)
            continue;
        /* the parser links the second word ("accused.v each other": O to "other") */
        if ((strcmp(p->words[o - 1].word, "each") == 0 && strcmp(p->words[o].word, "other") == 0) ||
            (strcmp(p->words[o - 1].word, "one") == 0 && strcmp(p->words[o].word, "another") == 0))
            return 1;
    }
    return 0;
}

/* "X said Y shelled Z": whoever reports a deed takes issue with its doers (docs/EXTRACT.md,
 * "Roles"). */
static void reported_deed(const struct reading *reading, struct site *s, const struct filled *doers,
                          double confidence)
{
    struct reading copy = *reading;
    copy.exclude = doers->who[0].actor;
    size_t words[SG_ROLES_MAX];
    size_t n = sg_roles_reporter(copy.parse, copy.linkage, s->word, words);
    struct filled reporters;
    memset(&reporters, 0, sizeof reporters);
    for (size_t i = 0; i < n; i++)
        referents_of(&copy, words[i], &reporters, 0);
    for (size_t i = 0; i < reporters.count; i++)
        for (size_t j = 0; j < doers->count; j++)
            emit(s, &reporters.who[i], &doers->who[j], confidence * 0.8, "parse, reported deed");
}

/* Whether the verb at w modifies a noun as an adjective (A: "a coordinated strike", "the
 * backed rebels"): a participle that takes no stance of its own. */
static int attributive(const struct reading *r, size_t w)
{
    return link_right(r, w, 'A', 'N') != SIZE_MAX;
}

/* Whether the criticism noun at w, hosted by two or more subjects, is theirs against one
 * another: a conflict ("A and B are at odds", "locked in a dispute") or what they traded ("A and
 * B exchanged accusations"). */
static int one_another(const struct reading *r, size_t w)
{
    static const char *const conflicts[] = {"odds",     "loggerhead", "dispute", "feud",
                                            "clash",    "fighting",   "rift",    "spat",
                                            "standoff", "tension",    NULL};
    static const char *const trading[] = {"exchange", "trade", "swap", NULL};
    return lemma_listed(r->parse->words[w].word, 'n', conflicts) ||
           host_verb_in(r->parse, r->linkage, w, trading);
}

/* Each member of f against each other one ("A and B accused each other", "fighting between A
 * and B"). */
static void mutual(struct site *s, const struct filled *f, double confidence, const char *rule)
{
    for (size_t i = 0; i < f->count; i++)
        for (size_t j = 0; j < f->count; j++)
            emit(s, &f->who[i], &f->who[j], confidence, rule);
}

/* Who says the clause the noun at s->word is the subject of ("Bob said talks with Alice would
 * resume": Ce), none of them a target (not a quotation's speaker: "The world is eager to make
 * deals with X," she said). Returns the count. */
static size_t reporters_of(const struct reading *r, const struct site *s,
                           const struct filled *targets, struct filled *f)
{
    memset(f, 0, sizeof *f);
    struct reading copy = *r;
    copy.exclude = targets->who[0].actor;
    size_t words[SG_ROLES_MAX];
    size_t n = clause_sayers(r, s->word, words);
    for (size_t k = 0; k < n; k++)
        referents_of(&copy, words[k], f, 0);
    for (size_t i = 0; i < f->count; i++)
        for (size_t j = 0; j < targets->count; j++)
            if (f->who[i].actor == targets->who[j].actor)
                return f->count = 0;
    return f->count;
}

/* A stance on what was done to the targets ("backed Bob's removal", "demanded Bob's
 * resignation") is criticism of them; other stances on it say nothing of them ("condemned
 * the killing of Bob" is about the killer; "accepted Bob's resignation" only takes note of it).
 * Rule "parse, undergone". */
static void undergoing(struct site *s, const struct filled *sources, const struct filled *targets,
                       double confidence)
{
    static const char *const demanding[] = {"demand", "urge", "press", "call on", NULL};
    int support = s->cue->type == SG_STANCE_SUPPORT && strcmp(s->cue->words, "accept") != 0;
    s->decided = 1; /* read: no surface frame reads the cue otherwise */
    if (!support && !(s->cue->type == SG_STANCE_CRITICISM && in_list(s->cue->words, demanding)))
        return;
    for (size_t i = 0; i < sources->count; i++)
        for (size_t j = 0; j < targets->count; j++)
            emit_as(s, &sources->who[i], &targets->who[j], SG_STANCE_CRITICISM, confidence * 0.8,
                    "parse, undergone");
}

static int made_by_host(const struct reading *r, size_t w);

/* Whether the cue is "meet" with a thing one fulfils as its object ("met the union's demands",
 * "meet the deadline"), not someone met. */
static int fulfils(const struct reading *r, const struct site *s)
{
    static const char *const things[] = {"demand",     "expectation", "need",      "target",
                                         "deadline",   "requirement", "condition", "obligation",
                                         "commitment", "standard",    "goal",      "criterion",
                                         "cost",       "challenge",   "request",   NULL};
    if (s->cue->pos != 'v' || strcmp(s->cue->words, "meet") != 0)
        return 0;
    size_t object = link_right(r, s->word, 'O', 'F');
    return object != SIZE_MAX && lemma_listed(r->parse->words[object].word, 'n', things);
}

/* Whether the verb whose object noun w is judges it: a cue verb or a verb of naming ("X
 * condemned the deal", "called the deal illegal"; not "want a deal", "signed a deal"). A
 * support verb judges only a pact between others: who ratifies, accepts or defends "the
 * agreement with Y" is a party to it. */
static int judged_by_host(const struct reading *r, size_t w)
{
    static const char *const naming[] = {"call", "brand", "label", "deem", NULL};
    static const struct sg_role between = {SG_ROLE_PREPOSITION, "between"};
    size_t verb = object_verb(r->linkage, w), count = 0, words[SG_ROLES_MAX];
    char lemma[48];
    if (verb == SIZE_MAX || sg_lemma(r->parse->words[verb].word, 'v', lemma, sizeof lemma) != 0 ||
        made_by_host(r, w))
        return 0;
    const struct sg_cue *list = r->cues ? sg_cues_find(r->cues, lemma, 'v', &count) : NULL;
    size_t last = verb; /* the cue written there: not "have" for "have blood on one's hands" */
    const struct sg_cue *cue = list ? cue_at(r->parse, verb, list, count, &last) : NULL;
    return in_list(lemma, naming) ||
           (cue && (cue->type != SG_STANCE_SUPPORT ||
                    sg_roles_fill(r->parse, r->linkage, w, &between, words) > 0));
}

/* Whether the verb whose object the noun cue at w opposes it: "X condemned (opposed, rejected)
 * the sanctions against Y" is X against the sanctions, not against Y; "X demanded (ordered,
 * backed) sanctions against Y" is X against Y. Brush (aside, off), shrug (off) and wave (away,
 * aside) dismiss it. */
static int opposed_by_host(const struct reading *r, size_t w)
{
    static const char *const opposing[] = {
        "condemn", "oppose",   "reject",   "denounce", "criticise", "criticize", "decry",
        "deplore", "slam",     "blast",    "protest",  "challenge", "contest",   "fight",
        "resist",  "dismiss",  "rebuff",   "veto",     "block",     "attack",    "lament",
        "regret",  "question", "overturn", "quash",    "scrap",     "repeal",    "brush",
        "shrug",   "wave",     NULL};
    size_t verb = object_verb(r->linkage, w);
    return verb != SIZE_MAX && lemma_listed(r->parse->words[verb].word, 'v', opposing);
}

/* Whether the cue is "invite" to do something other than meet: "invited X to remain in the
 * cabinet" is no invitation to talks ("invited X to visit", "to attend talks" are). */
static int invited_elsewhere(const struct reading *r, const struct site *s)
{
    static const char *const meeting[] = {
        "visit",  "attend", "join", "meet", "talk",        "discuss", "negotiate", "come",
        "return", "hold",   "sit",  "take", "participate", "resume",  "open",      NULL};
    if (s->cue->pos != 'v' || strcmp(s->cue->words, "invite") != 0)
        return 0;
    const struct sg_parse_word *words = r->parse->words;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        size_t to = l->right + 1; /* "invited X to remain", however the parser hangs "to" */
        if (l->left == s->word && strncmp(l->label, "IV", 2) == 0)
            return !lemma_listed(words[l->right].word, 'v', meeting);
        if (l->left == s->word && l->label[0] == 'O' && to + 1 < r->parse->word_count &&
            strcmp(words[to].word, "to") == 0 && words[to + 1].pos == 'v')
            return !lemma_listed(words[to + 1].word, 'v', meeting);
    }
    return 0;
}

/* Whether the verb cue asks "whether" ("questioned whether NATO would back Bob", "disputed
 * whether"): a doubt about a clause, no stance toward its actors. */
static int wonders(const struct reading *r, const struct site *s)
{
    return s->cue->pos == 'v' && s->word + 1 < r->parse->word_count &&
           strcasecmp(r->parse->words[s->word + 1].word, "whether") == 0;
}

/* Whether the cue is an offer whose object is a noun of support ("offered Bob her support",
 * "offered help"): support, which that noun reads, and no negotiation. */
static int offered_support(const struct reading *r, const struct site *s)
{
    if (s->cue->pos != 'v' || strcmp(s->cue->words, "offer") != 0)
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        char lemma[48];
        size_t count = 0;
        if (l->left != s->word || l->label[0] != 'O' || r->parse->words[l->right].mention >= 0 ||
            sg_lemma(r->parse->words[l->right].word, 'n', lemma, sizeof lemma) != 0)
            continue;
        const struct sg_cue *cue = sg_cues_find(r->cues, lemma, 'n', &count);
        for (size_t k = 0; k < count; k++)
            if (cue[k].type == SG_STANCE_SUPPORT)
                return 1;
    }
    return 0;
}

/* Cues of commanding, whose target is whom they command, never a thing's owner. */
static const char *const commanding[] = {"order", "instruct", "direct", NULL};

/* Whether the verb at w commands an actor's people, who speak or act for it: "ordered Sylvania's
 * ambassador to leave" is against Sylvania, as "ordered the closure of X's mines" is not. */
static int commands_people(const struct reading *r, size_t w)
{
    static const char *const people[] = {"ambassador", "diplomat",       "consul",  "envoy",
                                         "official",   "troop",          "soldier", "force",
                                         "delegation", "representative", NULL};
    size_t object = link_right(r, w, 'O', 'F');
    return object != SIZE_MAX && lemma_listed(r->parse->words[object].word, 'n', people);
}

/* Whether the verb at w commands one's own people: its object has a possessive determiner
 * ("instructed her finance minister, Okafor, to ...", "ordered his aide Bob to ..."), and is no
 * adversary ("ordered its fiercest critic, Bob, to leave" is against Bob). */
static int commands_own(const struct reading *r, size_t w)
{
    static const char *const adversaries[] = {"critic", "rival",     "opponent",   "enemy",
                                              "foe",    "adversary", "challenger", NULL};
    size_t object = link_right(r, w, 'O', 'F');
    if (object != SIZE_MAX && lemma_listed(r->parse->words[object].word, 'n', adversaries))
        return 0;
    for (size_t i = 0; object != SIZE_MAX && i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == object && l->label[0] == 'D' &&
            in_list(r->parse->words[l->left].word, possessives))
            return 1;
    }
    return 0;
}

/* Whether the targets of negotiation noun cue are one name of "of", where the cue names its
 * sides with "between" too: "a summit of A and B" is between them, "a meeting of NATO" a
 * gathering of its own members with no other side. */
static int joint_of_one(const struct sg_cue *cue, const struct filled *targets)
{
    if (cue->pos != 'n' || cue->type != SG_STANCE_NEGOTIATION || targets->count != 1 ||
        targets->role->kind != SG_ROLE_PREPOSITION || strcmp(targets->role->preposition, "of") != 0)
        return 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind == SG_ROLE_PREPOSITION &&
            strcmp(cue->target[k].preposition, "between") == 0)
            return 1;
    return 0;
}

/* Verbs of asking, said to someone who may be named only as the other side of the call or
 * talks they were said in (pressure on them). */
static const char *const said_to[] = {"demand", "urge", "press", NULL};

/* The other side of the call, talks or meeting that the verb at w was said in ("demanded a
 * ceasefire in a call with Bob": Bob), into targets. */
static void addressee(const struct reading *r, size_t w, const struct filled *sources,
                      struct filled *targets)
{
    static const struct sg_role settings[] = {
        {SG_ROLE_PREPOSITION, "in"}, {SG_ROLE_PREPOSITION, "during"}, {SG_ROLE_PREPOSITION, "at"}};
    static const char *const talks[] = {"call", "talk", "meeting", "summit", "conversation", NULL};
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    for (size_t k = 0; k < 3 && !targets->count; k++) {
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &settings[k], words);
        for (size_t i = 0; i < n && !targets->count; i++)
            if (r->parse->words[words[i]].mention < 0 &&
                lemma_listed(r->parse->words[words[i]].word, 'n', talks))
                fill(r, words[i], &with, 1, sources, targets);
    }
}

/* Whether word p is the last word of "in response to", "in retaliation for" or "in reprisal
 * for". */
static int answering(const struct sg_parse *parse, size_t p)
{
    static const char *const answers_to[][2] = {
        {"response", "to"}, {"retaliation", "for"}, {"reprisal", "for"}};
    if (p < 3 || strcmp(parse->words[p - 2].word, "in") != 0)
        return 0;
    for (size_t k = 0; k < 3; k++)
        if (strcmp(parse->words[p - 1].word, answers_to[k][0]) == 0 &&
            strcmp(parse->words[p].word, answers_to[k][1]) == 0)
            return 1;
    return 0;
}

/* Whether the noun at w is a deed or a measure one answers: a criticism cue ("walkout",
 * "tariffs") or a word for a step taken ("measures", "move"); not "a question from X". */
static int a_deed(const struct reading *r, size_t w)
{
    static const char *const steps[] = {"measure", "move",   "decision",  "step",
                                        "policy",  "action", "expulsion", NULL};
    return r->parse->words[w].pos == 'n' &&
           (criticism_cue(r, w, 0) || lemma_listed(r->parse->words[w].word, 'n', steps));
}

/* Who did the deed at w, into f: its owners, else the agent of a participle after it ("a
 * walkout staged by Bob"). */
static void doers_of(const struct reading *r, size_t w, struct filled *f)
{
    referents_of(r, w, f, 0);
    for (size_t i = 0; i < r->linkage->link_count && !f->count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || strncmp(l->label, "Mv", 2) != 0)
            continue;
        size_t words[SG_ROLES_MAX];
        static const struct sg_role by = {SG_ROLE_PREPOSITION, "by"};
        size_t n = sg_roles_fill(r->parse, r->linkage, l->right, &by, words);
        for (size_t j = 0; j < n; j++)
            referents_of(r, words[j], f, 0);
    }
}

/* The owners of what a criticism answers, into targets: "vetoed the bill in response to a
 * walkout staged by Bob", "imposed tariffs in response to Bob's measures" (a move made in
 * answer to someone's deed is against them), through the cue verb or a noun cue's verb. */
static void answered(const struct reading *r, const struct site *s, const struct filled *sources,
                     struct filled *targets)
{
    static const struct sg_role answer = {SG_ROLE_PREPOSITION, "to"};
    size_t verb = s->cue->pos == 'v' ? s->word : object_verb(r->linkage, s->word);
    struct reading copy = *r;
    copy.exclude = sources->who[0].actor;
    for (size_t i = 0; verb != SIZE_MAX && i < r->linkage->link_count && !targets->count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != verb || strncmp(l->label, "MV", 2) != 0 || !answering(r->parse, l->right))
            continue;
        for (size_t j = 0; j < r->linkage->link_count; j++) {
            const struct sg_parse_link *k = &r->linkage->links[j];
            if (k->left == l->right && k->label[0] == 'J' && a_deed(r, k->right))
                doers_of(&copy, k->right, targets);
        }
    }
    if (targets->count)
        targets->role = &answer;
}

/* Whether the criticism noun at w says how a deed left others feeling: "(much) to the
 * disappointment of X", "to X's dismay", the object of "to" hung on the deed's verb or opening
 * its clause. */
static int to_the_feeling(const struct reading *r, const struct site *s)
{
    static const char *const feelings[] = {
        "disappointment", "dismay", "anger", "frustration", "chagrin",     "annoyance",
        "displeasure",    "fury",   "ire",   "outrage",     "indignation", NULL};
    size_t to = SIZE_MAX;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == s->word && l->label[0] == 'J' &&
            strcmp(r->parse->words[l->left].word, "to") == 0)
            to = l->left;
    }
    return s->cue->pos == 'n' && s->cue->type == SG_STANCE_CRITICISM && to != SIZE_MAX &&
           lemma_listed(r->parse->words[s->word].word, 'n', feelings);
}

/* The key under which the last doer of a deed against actor is remembered: "struck:12". */
static void struck_key(long actor, char *key, size_t size)
{
    snprintf(key, size, "struck:%ld", actor);
}

/* Notes the doers of a deed against its targets ("Israel began strikes on Iran"), for a
 * retaliation with no target of its own later ("Iran launched retaliatory attacks"). */
static void note_struck(const struct reading *r, const struct site *s, const struct filled *sources,
                        const struct filled *targets)
{
    char key[48];
    if (!s->cue->deed || s->cue->type != SG_STANCE_CRITICISM || (targets->how & HOW_ANSWER))
        return;
    for (size_t j = 0; j < targets->count; j++) {
        struck_key(targets->who[j].actor, key, sizeof key);
        remember(r, key, sources->who[0].actor, -1, s->word);
    }
}

/* Whether the criticism cue at w answers a deed: "retaliatory" set before it ("launched
 * retaliatory attacks", "retaliatory tariffs"), or retaliate, retaliation itself. */
static int answers_back(const struct reading *r, const struct sg_cue *cue, size_t w)
{
    static const char *const retaliating[] = {"retaliate", "retaliation", NULL};
    if (in_list(cue->words, retaliating))
        return 1;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'A' && l->label[1] != 'N' &&
            strcmp(r->parse->words[l->left].word, "retaliatory") == 0)
            return 1;
    }
    return 0;
}

/* "Israel began strikes on Iran. Iran launched retaliatory attacks": a retaliation with a
 * source and no target is against the last doer of a deed against that source. */
static void answer_back(const struct reading *r, const struct sg_cue *cue, size_t w,
                        const struct filled *sources, struct filled *targets)
{
    char key[48];
    if (cue->type != SG_STANCE_CRITICISM || targets->count || !sources->count || !r->resolver ||
        !r->resolver->thing || !answers_back(r, cue, w))
        return;
    struck_key(sources->who[0].actor, key, sizeof key);
    struct sg_referent doer = author_of(r, key, w);
    if (doer.actor < 0 || doer.actor == sources->who[0].actor)
        return;
    add_referent(targets, (struct sg_referent){doer.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
    targets->how |= HOW_ANSWER;
    targets->role = sources->role; /* a role to report; the target came from memory */
}

/* Whether the cue is recognise with a fault or a harm as its object: "recognised Bob's
 * mistakes", "recognised the threat from Bob" own up to a thing, no support of its owner, as
 * "recognised Bob's government (victory, right, efforts)" is. */
static int recognises_harm(const struct reading *r, const struct site *s)
{
    static const char *const recognising[] = {"recognise", "recognize", NULL};
    static const char *const faults[] = {
        "mistake", "error",      "failure", "failing", "shortcoming", "weakness", "flaw",  "fault",
        "problem", "difficulty", "danger",  "risk",    "wrongdoing",  "abuse",    "crime", NULL};
    size_t object = link_right(r, s->word, 'O', 'F');
    return s->cue->pos == 'v' && in_list(s->cue->words, recognising) && object != SIZE_MAX &&
           r->parse->words[object].mention < 0 &&
           (lemma_listed(r->parse->words[object].word, 'n', faults) || criticism_noun(r, object));
}

/* The last word of a verb cue's particles when it is a noun ("talks" of "hold talks"), or
 * SIZE_MAX. */
static size_t particle_noun(const struct reading *r, const struct site *s)
{
    for (size_t w = s->word + 1; s->cue->pos == 'v' && w < r->parse->word_count; w++)
        if (r->parse->words[w].end == s->cue_end)
            return r->parse->words[w].pos == 'n' ? w : SIZE_MAX;
    return SIZE_MAX;
}

/* "Alice criticised Bob, as did Carol": the subjects of a verb ("did", "has") that an "as" on
 * the cue's verb holds (MVs, CQ, SI) take the verb's stance too. */
static void as_did(const struct reading *r, size_t w, struct filled *sources)
{
    const struct sg_linkage *k = r->linkage;
    if (r->parse->words[w].pos != 'v' || !sources->count || sources->role->kind != SG_ROLE_SUBJECT)
        return;
    for (size_t i = 0; i < k->link_count; i++) {
        size_t as = k->links[i].right, did = SIZE_MAX;
        if (k->links[i].left != w || strncmp(k->links[i].label, "MVs", 3) != 0 ||
            strcmp(r->parse->words[as].word, "as") != 0)
            continue;
        for (size_t j = 0; j < k->link_count; j++)
            if (k->links[j].left == as && strncmp(k->links[j].label, "CQ", 2) == 0)
                did = k->links[j].right;
        size_t subject = did == SIZE_MAX ? SIZE_MAX : link_right(r, did, 'S', 'J');
        size_t words[SG_ROLES_MAX];
        size_t n = subject == SIZE_MAX ? 0 : sg_roles_members(r->parse, k, subject, words);
        for (size_t j = 0; j < n; j++)
            referents_of(r, words[j], sources, 0);
    }
}

/* "Carol echoed Alice's criticism of Bob": a stance noun whose sources are named through it,
 * the object of echo, share, join, repeat or reiterate, is the stance of that verb's subjects
 * too. */
static void echoed(const struct reading *r, size_t w, struct filled *sources)
{
    static const char *const echoing[] = {"echo", "share", "join", "repeat", "reiterate", NULL};
    static const struct sg_role host = {SG_ROLE_HOST, ""};
    struct filled hosts;
    if (!sources->count || sources->role->kind == SG_ROLE_HOST ||
        !host_verb_in(r->parse, r->linkage, w, echoing))
        return;
    fill(r, w, &host, 1, sources, &hosts);
    for (size_t i = 0; i < hosts.count; i++)
        add_referent(sources, hosts.who[i], hosts.word[i]);
}

/* Fills the cue's sources and targets in the current linkage; returns whether the host
 * receives the stance ("X drew criticism from Y", "X won the backing of Y": from the giver). */

static int fill_roles(const struct reading *r, const struct site *s, struct filled *sources,
                      struct filled *targets)
{
    static const struct sg_role receiver[] = {{SG_ROLE_HOST, ""}};
    const struct sg_cue *cue = s->cue;
    if (to_the_feeling(r, s)) { /* "much to the disappointment of X": X feels it at the doer */
        static const struct sg_role feelers[] = {{SG_ROLE_POSSESSOR, ""},
                                                 {SG_ROLE_PREPOSITION, "of"}};
        static const struct sg_role doer = {SG_ROLE_HOST, ""};
        static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
        fill(r, s->word, feelers, 2, NULL, sources);
        fill(r, s->word, &doer, 1, sources, targets);
        for (size_t i = 0; i < r->linkage->link_count && !targets->count; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i]; /* the main verb's subject: */
            if (l->left == 0 && strncmp(l->label, "WV", 2) == 0)   /* "..., much to the ..." */
                fill(r, l->right, &subject, 1, sources, targets);
        }
        return 0;
    }
    int swap = cue->pos == 'n' && receives(r, s->word, cue);
    fill(r, s->word, swap ? owner_roles : cue->source, swap ? OWNER_ROLES : cue->source_count, NULL,
         sources);
    struct reading backing = *r;
    backing.backing = cue->type == SG_STANCE_SUPPORT && cue->pos == 'v';
    fill(&backing, s->word, swap ? receiver : cue->target, swap ? 1 : cue->target_count, sources,
         targets);
    as_did(r, s->word, sources);
    if (cue->pos == 'n' && !swap)
        echoed(r, s->word, sources);
    size_t noun = particle_noun(r, s);
    struct filled on_noun;
    if (!targets->count && noun != SIZE_MAX) { /* "held talks with X on a deal": the parser
                                                  hangs "with X" on "talks" */
        fill(&backing, noun, cue->target, cue->target_count, sources, &on_noun);
        if (on_noun.count)
            *targets = on_noun;
    }
    if (!swap && targets->count && targets->role->kind == SG_ROLE_HOST &&
        !answers(r->parse, r->linkage, s->word))
        targets->count = 0;
    if (!swap && sources->count && sources->role->kind == SG_ROLE_HOST &&
        received_elsewhere(r, s->word, cue))
        sources->count = 0; /* "survived the crackdown on X": no crackdown of the survivor's */
    if (cue->deed && sources->count && sources->role->kind == SG_ROLE_HOST &&
        !wages(r->parse, r->linkage, s->word))
        sources->count = 0;
    if (lemma_listed(r->parse->words[s->word].word, 'n', undergone) && sources->count &&
        sources->role->kind == SG_ROLE_HOST && !asks_for(r->parse, r->linkage, s->word))
        sources->count = 0;
    if (lemma_listed(r->parse->words[s->word].word, 'n', undergone) && sources->count &&
        sources->role->kind == SG_ROLE_HOST && (targets->how & HOW_THING))
        targets->count = 0; /* "called for the arrest of Bob's killers": not Bob's arrest */
    if (lemma_listed(r->parse->words[s->word].word, 'n', undergone) && targets->count &&
        targets->role->kind == SG_ROLE_POSSESSOR && has_of(r, s->word))
        targets->count = 0; /* "X's removal of the tariffs": X removes them */
    if (sources->count && sources->role->kind == SG_ROLE_HOST && !grants(r, s))
        sources->count = 0;
    if (sources->count && sources->role->kind == SG_ROLE_HOST && is_pact(r, s->word) &&
        judged_by_host(r, s->word))
        sources->count = 0; /* "X condemned the deal with Y": X is no party to it */
    if (fulfils(r, s) || recognises_harm(r, s))
        targets->count = 0; /* "met the union's demands": no meeting */
    if (cue->pos == 'n' && sources->count && sources->role->kind == SG_ROLE_HOST &&
        opposed_by_host(r, s->word))
        sources->count = 0; /* "X condemned the sanctions against Y": X is against them */
    aim_again(r, cue, s->word, sources, targets);
    if (cue->pos == 'v' && sources->count && !targets->count && in_list(cue->words, said_to))
        addressee(r, s->word, sources, targets); /* "demanded X in a call with Bob" */
    if (cue->type == SG_STANCE_CRITICISM && sources->count && !targets->count)
        answered(r, s, sources, targets); /* "vetoed it in response to Bob's walkout" */
    if (joint_of_one(cue, targets))
        targets->count = 0; /* "a meeting of NATO": its own members meet, no other side */
    answer_back(r, cue, s->word, sources, targets);
    if (in_list(cue->words, commanding) &&
        (((targets->how & HOW_THING) && !commands_people(r, s->word)) || commands_own(r, s->word)))
        targets->count = 0; /* "ordered the occupation of X to end": one orders people; "her
                               minister, X": one's own, no stance */
    return swap;
}

/* Notes the one named target of a criticism noun ("a motion of no confidence in X"), for
 * "backed the motion" later. */
static void note_aim(const struct reading *r, const struct site *s, const struct filled *targets)
{
    char lemma[48], key[48];
    if (s->cue->pos != 'n' || s->cue->type != SG_STANCE_CRITICISM || targets->count != 1 ||
        (targets->how & (HOW_THING | HOW_PATIENT | HOW_PRONOUN)) ||
        r->linkage != &r->parse->linkages[0] || thing_key(r->parse, s->word, lemma, sizeof lemma))
        return;
    aim_key(lemma, key, sizeof key);
    remember(r, key, targets->who[0].actor, -1, s->word);
}

/* Nouns of support that two or more hold together: "A and B upgraded their alliance" is each
 * one's support of the other. */
static const char *const partnerships[] = {"alliance",    "coalition",     "partnership",
                                           "cooperation", "collaboration", NULL};

/* Whether a word on a verb of criticism says the joined subjects did it together or to a third
 * party: "A and B fought side by side", "fought together", "back" or "off" on fight ("fought
 * back", "fought off the rebels") (not "stood together", which is support of each other, nor
 * "clashed off the coast"). */
static int fought_together(const struct reading *r, const struct site *s)
{
    static const char *const together[] = {"side", "together", "shoulder", NULL};
    static const char *const particles[] = {"back", "off", NULL}; /* not "clashed off the coast" */
    int fight = strcmp(s->cue->words, "fight") == 0;
    if (s->cue->type != SG_STANCE_CRITICISM)
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        const char *word = r->parse->words[l->right].word;
        if (l->left == s->word && (in_list(word, together) || (fight && in_list(word, particles))))
            return 1;
    }
    return 0;
}

/* Whether the cue is "fight" with nothing fought over or about: "A and B fought in the same
 * unit", "fought hard in the election", "fought as allies" may be side by side; "A and B fought
 * over the budget" is against each other. */
static int fought_beside(const struct reading *r, const struct site *s)
{
    static const struct sg_role over[] = {{SG_ROLE_PREPOSITION, "over"},
                                          {SG_ROLE_PREPOSITION, "about"}};
    size_t words[SG_ROLES_MAX];
    if (strcmp(s->cue->words, "fight") != 0)
        return 0;
    for (size_t k = 0; k < sizeof over / sizeof over[0]; k++)
        if (sg_roles_fill(r->parse, r->linkage, s->word, &over[k], words) > 0)
            return 0;
    return 1;
}

/* Whether the verb cue takes a "with" target and nothing fills any of its targets, nor a
 * "between": done together, so two joined subjects do it to each other ("cut ties with",
 * "cooperate with"; "fight" and "clash", which also take an object or "against": "A and B clashed
 * over the budget"; not "A and B, deepening ties between the two nations": a "between" names its
 * sides). Not a verb whose "with" is a side one takes or leaves, or a rule or a thing: "A and B
 * agreed to talk", "stood firm", "stand to gain", "broke ranks", "took issue", "complied" are not
 * with each other, nor a fight "for" something or "alongside" someone. */
static int with_only(const struct reading *r, const struct site *s)
{
    static const char *const one_sided[] = {"agree",      "stand",       "side",       "sympathise",
                                            "sympathize", "break ranks", "take issue", "comply",
                                            "abide by",   NULL};
    const struct sg_cue *cue = s->cue;
    size_t words[SG_ROLES_MAX];
    int with = 0;
    if (cue->pos != 'v' || cue->target_count == 0 || in_list(cue->words, one_sided))
        return 0;
    for (size_t k = 0; k < cue->target_count; k++) {
        if (sg_roles_fill(r->parse, r->linkage, s->word, &cue->target[k], words) > 0)
            return 0; /* not "A and B took issue with the plan" */
        with |= cue->target[k].kind == SG_ROLE_PREPOSITION &&
                strcmp(cue->target[k].preposition, "with") == 0;
    }
    static const struct sg_role together[] = {{SG_ROLE_PREPOSITION, "for"},
                                              {SG_ROLE_PREPOSITION, "alongside"}};
    for (size_t k = 0; k < sizeof together / sizeof together[0]; k++)
        if (sg_roles_fill(r->parse, r->linkage, s->word, &together[k], words) > 0)
            return 0; /* "A and B fought for the deal" side by side */
    if (!with || fought_together(r, s) || fought_beside(r, s))
        return 0;
    static const struct sg_role between = {SG_ROLE_PREPOSITION, "between"};
    for (size_t i = 0; i < r->linkage->link_count; i++) { /* on the verb or its object */
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == s->word && l->label[0] == 'O' &&
            sg_roles_fill(r->parse, r->linkage, l->right, &between, words) > 0)
            return 0;
    }
    return sg_roles_fill(r->parse, r->linkage, s->word, &between, words) == 0;
}

/* Whether a cue of concern is about the welfare of the thing's owners: "concerned about the
 * safety of Bob", "voiced concern over Bob's health" fear for Bob, no criticism of him. */
static int welfare_of(const struct reading *r, const struct site *s, const struct filled *targets)
{
    static const char *const concern[] = {"concern", "concerned", NULL};
    static const char *const welfare[] = {"safety",    "health",      "welfare",   "wellbeing",
                                          "fate",      "plight",      "life",      "security",
                                          "treatment", "whereabouts", "condition", NULL};
    size_t words[SG_ROLES_MAX];
    if (!(targets->how & HOW_THING) || !targets->role || !in_list(s->cue->words, concern))
        return 0;
    size_t n = sg_roles_fill(r->parse, r->linkage, s->word, targets->role, words);
    for (size_t i = 0; i < n; i++)
        if (r->parse->words[words[i]].word &&
            lemma_listed(r->parse->words[words[i]].word, 'n', welfare))
            return 1;
    return 0;
}

/* Whether the cue is retaliation "for" a deed whose possessive names one of its sources ("NATO
 * feared (risked) retaliation for its support of Alice": "its" is NATO, so NATO is no
 * retaliator and the deed's "of" no target). */
static int own_deed_answered(const struct reading *r, const struct site *s,
                             const struct filled *sources, const struct filled *targets)
{
    struct reading copy = *r;
    copy.exclude = -1; /* whom the possessive names, the host included */
    static const struct sg_role possessor = {SG_ROLE_POSSESSOR, ""};
    size_t words[SG_ROLES_MAX], owners[SG_ROLES_MAX];
    if (!(targets->how & HOW_THING) || !targets->role ||
        targets->role->kind != SG_ROLE_PREPOSITION || strcmp(targets->role->preposition, "for") ||
        strcmp(s->cue->words, "retaliation") != 0)
        return 0;
    size_t n = sg_roles_fill(r->parse, r->linkage, s->word, targets->role, words);
    for (size_t i = 0; i < n; i++) {
        size_t m = sg_roles_fill(r->parse, r->linkage, words[i], &possessor, owners);
        for (size_t k = 0; k < m; k++) {
            struct filled who = {0};
            if (in_list(r->parse->words[owners[k]].word, possessives))
                referents_of(&copy, owners[k], &who, 1);
            for (size_t a = 0; a < who.count; a++)
                for (size_t b = 0; b < sources->count; b++)
                    if (who.who[a].actor == sources->who[b].actor)
                        return 1;
        }
    }
    return 0;
}

/* The statements one linkage's roles give; returns whether they gave any reading to stop at. */
static int emit_reading(const struct reading *r, struct site *s, const struct filled *sources,
                        const struct filled *targets, double confidence)
{
    enum sg_stance type = s->cue->type;
    if (targets->count &&
        (welfare_of(r, s, targets) || own_deed_answered(r, s, sources, targets))) {
        s->decided = 1; /* read: no surface frame reads it otherwise */
        return 1;
    }
    if (type == SG_STANCE_NEGOTIATION && hosted(sources) && by_between(targets)) {
        parties(r, s, targets, confidence); /* the host's subjects are no parties */
        return 1;
    }
    if (type == SG_STANCE_CRITICISM && (!sources->count || hosted(sources)) && between(targets) &&
        strcmp(targets->role->preposition, "between") == 0) {
        /* "fighting between A and B"; "X mediated the dispute between A and B": X no party;
         * not an "of" ("called for the removal of A and B": done to both, by X) */
        mutual(s, targets, confidence, "parse, between");
        return 1;
    }
    struct filled reporters;
    if (type == SG_STANCE_NEGOTIATION && s->cue->pos == 'n' && !sources->count && targets->count &&
        !by_between(targets) && reporters_of(r, s, targets, &reporters))
        sources = &reporters; /* "Bob said talks with Alice would resume": Bob's talks */
    if (sources->count && targets->count && (targets->how & HOW_PATIENT)) {
        undergoing(s, sources, targets, confidence);
        return 1;
    }
    if (sources->count && targets->count) {
        const char *rule = rule_name(sources->how | targets->how);
        for (size_t i = 0; i < sources->count; i++)
            for (size_t j = 0; j < targets->count; j++)
                emit(s, &sources->who[i], &targets->who[j], confidence, rule);
        note_aim(r, s, targets);
        note_struck(r, s, sources, targets);
        return 1;
    }
    if (type == SG_STANCE_NEGOTIATION && joint(r, s, sources, targets, confidence))
        return 1;
    if (type == SG_STANCE_SUPPORT && sources->count > 1 && !targets->count &&
        lemma_listed(r->parse->words[s->word].word, 'n', partnerships)) {
        mutual(s, sources, confidence, "parse, each other"); /* "upgraded their alliance" */
        return 1;
    }
    if (sources->count > 1 && !targets->count && sources->role->kind == SG_ROLE_SUBJECT &&
        type != SG_STANCE_NEGOTIATION && with_only(r, s)) {
        mutual(s, sources, confidence, "parse, each other"); /* "A and B clashed" */
        return 1;
    }
    if (sources->count > 1 && !targets->count &&
        (reciprocal(r, s->word) ||
         (type == SG_STANCE_CRITICISM && hosted(sources) && one_another(r, s->word)))) {
        mutual(s, sources, confidence, "parse, each other");
        return 1;
    }
    return 0;
}

/* Whether noun cue w is the object of a verb that makes it ("A and B signed a deal", "reached
 * an agreement"), so that two subjects are its makers, not two who only spoke of it. */
static int made_by_host(const struct reading *r, size_t w)
{
    static const char *const concluding[] = {"reach",    "strike",   "conclude",  "seal",
                                             "clinch",   "ink",      "negotiate", "finalize",
                                             "finalise", "complete", "agree",     NULL};
    size_t verb = object_verb(r->linkage, w);
    return verb != SIZE_MAX &&
           (lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs) ||
            lemma_listed(r->parse->words[verb].word, 'v', concluding));
}

/* Whether "meet" has as its object what one is asked for, a demand or a request: left unmet,
 * it is refused ("did not meet X's demands"); a target or deadline missed is no stance. */
static int asked_for(const struct reading *r, const struct site *s)
{
    static const char *const asked[] = {"demand", "request", NULL};
    size_t object = link_right(r, s->word, 'O', 'F');
    return object != SIZE_MAX && lemma_listed(r->parse->words[object].word, 'n', asked);
}

/* Whether the support noun at the site is withdrawn by its host verb in any linkage ("withdrew
 * her support for X", "threatening to pull support for X's government", where the best linkage
 * reads "pull support" as one noun), a verb not itself negated
 * and the clause neither conditional nor unreal (mood, of the best linkage). */
static int support_withdrawn(const struct reading *r, const struct site *s, int mood)
{
    static const char *const withdrawing[] = {"withdraw", "pull", "revoke", "rescind", NULL};
    if (s->cue->pos != 'n' || s->cue->type != SG_STANCE_SUPPORT ||
        mood & (SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 0;
    struct reading copy = *r;
    for (size_t k = 0; k < r->parse->linkage_count; k++) {
        copy.linkage = &r->parse->linkages[k];
        size_t host = noun_verb(&copy, s->word);
        if (host != SIZE_MAX && lemma_listed(r->parse->words[host].word, 'v', withdrawing))
            return !(sg_roles_mood(r->parse, copy.linkage, host) & SG_MOOD_NEGATED);
    }
    return 0;
}

/* Whether a verb of taking a side is withheld: "not", "n't" or "never" among the three words
 * before it ("did not back X", "would not support X"), with no condition or forecast on it;
 * or a demand is left unmet ("refused to meet X's demands", "did not meet X's demands"), or
 * refused when it is some other thing one fulfils ("refused to meet X's deadline"; not "has
 * not met X's spending target"). */
static int withheld(const struct reading *r, const struct site *s, int mood)
{
    static const char *const refusing[] = {
        "not",      "n't",      "never",     "refused", "refuses", "refusing", "refuse",
        "declined", "declines", "declining", "decline", "refusal", NULL};
    static const char *const refusals[] = {"refused",   "refuses",  "refusing",
                                           "refuse",    "declined", "declines",
                                           "declining", "decline",  NULL};
    /* verbs of taking a position; "never praised X" is no criticism of X */
    static const char *const positions[] = {
        "support",   "back",   "endorse",  "accept", "favor",    "favour",
        "approve",   "agree",  "side",     "stand",  "stand by", "adopt",
        "implement", "comply", "abide by", "heed",   NULL};
    int unmet = fulfils(r, s);
    if ((!unmet && (s->cue->type != SG_STANCE_SUPPORT || s->cue->pos != 'v' ||
                    !in_list(s->cue->words, positions))) ||
        mood & (SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 0;
    for (size_t k = 1; k <= 3 && k <= s->word; k++)
        if (in_list(r->parse->words[s->word - k].word,
                    !unmet || asked_for(r, s) ? refusing : refusals) ||
            ((!unmet || asked_for(r, s)) && sg_roles_negator(r->parse->words[s->word - k].word)))
            return 1;
    return 0;
}

/* "X did not back Y's plan", "X refused to meet Y's demands": support withheld is criticism,
 * at half confidence (rule "parse, withheld support"), from the first linkage that names both
 * sides; none of whom a deed is done to ("did not back Y's removal", "did not accept Y's
 * resignation"). */
static void read_withheld(struct reading *r, struct site *s)
{
    struct filled sources, targets;
    for (size_t k = 0; k < r->parse->linkage_count; k++) {
        r->linkage = &r->parse->linkages[k];
        fill_roles(r, s, &sources, &targets);
        if (fulfils(r, s)) /* the owners of the demands left unmet */
            fill(r, s->word, s->cue->target, s->cue->target_count, &sources, &targets);
        if (sources.count && targets.count && (targets.how & HOW_PATIENT))
            return;
        double confidence = confidence_of(r->parse, k, sources.how | targets.how, 0) * 0.5;
        for (size_t i = 0; i < sources.count; i++)
            for (size_t j = 0; j < targets.count; j++)
                emit_as(s, &sources.who[i], &targets.who[j], SG_STANCE_CRITICISM, confidence,
                        "parse, withheld support");
        if (sources.count && targets.count)
            return;
    }
}

/* Whether the adjective at w is "open to" a harm ("open to attack from X", "open to
 * criticism"): exposure to it, no stance toward whoever does it. */
static int exposed(const struct reading *r, size_t w)
{
    static const char *const harms[] = {"attack",     "attacks",     "criticism", "challenge",
                                        "challenges", "abuse",       "question",  "exploitation",
                                        "pressure",   "accusations", NULL};
    const struct sg_parse_word *words = r->parse->words;
    return w + 2 < r->parse->word_count && strcasecmp(words[w].word, "open") == 0 &&
           strcmp(words[w + 1].word, "to") == 0 && in_list(words[w + 2].word, harms);
}

/* Reads one cue at word w: the first linkage whose roles name both sides (or, for a
 * negotiation, two parties). */
/* Whether the verb cue is a phrasal verb of another sense, by the word right after the cue's
 * own words: retreat ("backed down", "back away from", "backed off"), rousing ("fired up her
 * supporters"), making use ("seized on X's remarks", "seized upon X's offer") or winning
 * ("walked away with X's backing"), which take no side. */
static int phrasal_sense(const struct reading *r, const struct site *s)
{
    static const struct {
        const char *cue;
        const char *const after[4];
    } senses[] = {{"back", {"down", "away", "off", NULL}},
                  {"fire", {"up", NULL}},
                  {"seize", {"on", "upon", NULL}},
                  {"walk away", {"with", NULL}}};
    if (s->cue->pos != 'v')
        return 0;
    size_t next = s->word + 1; /* past the cue's particles ("away" of "walk away") */
    for (const char *c = s->cue->words; *c; c++)
        next += *c == ' ';
    for (size_t i = 0; i < sizeof senses / sizeof senses[0]; i++)
        if (strcmp(s->cue->words, senses[i].cue) == 0 && next < r->parse->word_count &&
            in_list(r->parse->words[next].word, senses[i].after))
            return 1;
    return 0;
}

/* Whether the verb cue has a "from" that names an actor though none of its targets is a
 * "from": whom it leaves ("defected from X to Y"), no target a surface frame may read by word
 * distance ("defected from X" is no support of X). */
static int left_from(const struct reading *r, const struct site *s)
{
    static const struct sg_role from = {SG_ROLE_PREPOSITION, "from"};
    size_t words[SG_ROLES_MAX];
    if (s->cue->pos != 'v')
        return 0;
    for (size_t k = 0; k < s->cue->target_count; k++)
        if (s->cue->target[k].kind == SG_ROLE_PREPOSITION &&
            strcmp(s->cue->target[k].preposition, "from") == 0)
            return 0;
    size_t n = sg_roles_fill(r->parse, r->linkage, s->word, &from, words);
    for (size_t i = 0; i < n; i++)
        if (r->parse->words[words[i]].mention >= 0)
            return 1;
    return 0;
}

/* Whether the linkage joins an actor and a stance noun with a phrase of its own as one
 * conjunction's conjuncts ("praise from Alice and criticism from Carol" read as "from [Alice
 * and criticism]"): a misreading. */
static int joins_actor_and_cue(const struct reading *r)
{
    static const char *const prepositions[] = {"from", "by",   "of", "against",
                                               "for",  "with", "on", NULL};
    const struct sg_linkage *l = r->linkage;
    for (size_t i = 0; i < l->link_count; i++) {
        const struct sg_parse_link *a = &l->links[i];
        if (strncmp(a->label, "SJl", 3) != 0 || r->parse->words[a->left].mention < 0)
            continue;
        for (size_t j = 0; j < l->link_count; j++) {
            const struct sg_parse_link *b = &l->links[j];
            if (b->left == a->right && strncmp(b->label, "SJr", 3) == 0 &&
                stance_noun(r, b->right) && b->right + 1 < r->parse->word_count &&
                r->parse->words[b->right + 1].word &&
                in_list(r->parse->words[b->right + 1].word, prepositions))
                return 1; /* "... and criticism from Carol": a phrase of its own */
        }
    }
    return 0;
}

static void read_cue(struct reading *r, struct site *s)
{
    const struct sg_cue *cue = s->cue;
    struct filled sources, targets;
    int reported = 0;
    if ((cue->pos == 'a' && exposed(r, s->word)) || phrasal_sense(r, s)) {
        s->decided = 2; /* nor may a surface frame read "open to attack from X" */
        return;
    }
    r->participle = cue->pos == 'a' && r->parse->words[s->word].pos == 'v';
    size_t first = SIZE_MAX;
    for (size_t k = 0; k < r->parse->linkage_count; k++) {
        r->linkage = &r->parse->linkages[k];
        if (k + 1 < r->parse->linkage_count && joins_actor_and_cue(r))
            continue; /* "drew praise from Alice and criticism from Carol" as "Alice and
                         criticism": a later linkage reads the two phrases */
        if (first == SIZE_MAX)
            first = k;
        int mood = cue_mood(r, s);
        if (k == first &&
            ((mood & SG_MOOD_NEGATED && withheld(r, s, mood)) || support_withdrawn(r, s, mood))) {
            read_withheld(r, s);
            s->decided = 2;
            return;
        }
        if (k == first && (invited_elsewhere(r, s) || offered_support(r, s) || wonders(r, s))) {
            s->decided = 2; /* "invited X to remain in the cabinet": no talks */
            return;
        }
        if (mood & (SG_MOOD_NEGATED | SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL) ||
            (cue->type == SG_STANCE_NEGOTIATION && mood & (SG_MOOD_POSSIBLE | SG_MOOD_FUTURE))) {
            /* a meeting that may come, or will, has not happened: no negotiation yet ("said
             * he would discuss it with X" reports an intention, and stays, halved) */
            s->decided = 2; /* the linkages agree on the clause's mood often enough */
            return;
        }
        int swap = fill_roles(r, s, &sources, &targets);
        if (k == first) {
            /* the best linkage gives a verb a subject or object that is nobody of the lexicon
             * ("the source, who spoke", "reforms demanded by the IMF"), or reads it as an
             * adjective: no surface frame may find one by word distance (a noun's host is too
             * loose a reading to forbid anything) */
            s->decided = (cue->pos == 'v' &&
                          ((sources.seen && !sources.count) || (targets.seen && !targets.count) ||
                           attributive(r, s->word))) ||
                         left_from(r, s);
            /* "He raised concerns": his concerns; "called for the prosecution of X" is no
             * prosecution of the caller's */
            if (cue->pos == 'n' && !swap &&
                !lemma_listed(r->parse->words[s->word].word, 'n', undergone))
                note_thing(r, s->word, &sources, 0, made_by_host(r, s->word));
        }
        if (k == first && cue->pos == 'v' && cue->words[cue->head_length] == ' ' && sources.count &&
            targets.others && !targets.count)
            return; /* "called on members to back Bob": a phrasal verb's object is nobody of
                       the lexicon, and no lesser linkage may find it one ("called Bob") */
        double confidence = confidence_of(r->parse, k, sources.how | targets.how, mood);
        if (cue->deed && sources.count && !reported++)
            reported_deed(r, s, &sources, confidence);
        if (emit_reading(r, s, &sources, &targets, confidence))
            return;
    }
}

/* Whether word w of the parse is an adverb in -ly ("closely", "aggressively"): a word the
 * parser gives no part of speech of its own. */
static int ly_adverb(const struct sg_parse *parse, size_t w)
{
    const char *word = parse->words[w].word;
    size_t n = strlen(word);
    return parse->words[w].pos == 0 && n > 4 && strcmp(word + n - 2, "ly") == 0;
}

/* Whether the cue's particles follow word at of the parse; sets *last to the last of them. */
static int particles_follow(const struct sg_parse *parse, const struct sg_cue *cue, size_t at,
                            size_t *last)
{
    const char *rest = cue->words + cue->head_length;
    while (*rest == ' ' && at + 1 < parse->word_count) {
        rest++;
        size_t n = strcspn(rest, " ");
        const char *next = parse->words[at + 1].word;
        /* "one's" in a lemma is any possessive: "threw their weight behind" */
        int owner = n == 5 && strncmp(rest, "one's", 5) == 0 && in_list(next, possessives);
        if (!owner && (strlen(next) != n || strncmp(next, rest, n) != 0))
            return 0;
        at++;
        rest += n;
    }
    *last = at;
    return *rest == '\0';
}

/* The longest cue with this head whose particles follow word w in the parse; a verb's
 * particles may come after an adverb in -ly ("work aggressively with", "voted overwhelmingly
 * against"). */
static const struct sg_cue *cue_at(const struct sg_parse *parse, size_t w,
                                   const struct sg_cue *cues, size_t count, size_t *last)
{
    for (size_t i = 0; i < count; i++)
        if (particles_follow(parse, &cues[i], w, last) ||
            (cues[i].pos == 'v' && cues[i].words[cues[i].head_length] == ' ' &&
             w + 2 < parse->word_count && ly_adverb(parse, w + 1) &&
             particles_follow(parse, &cues[i], w + 1, last)))
            return &cues[i];
    return NULL;
}

/* Whether the verb at w gives leave: "gave the green light (the go-ahead, the nod, approval,
 * permission)", "granted approval" (its object's last word). */
static int grants_leave(const struct reading *r, size_t w)
{
    static const char *const giving[] = {"give", "grant", NULL};
    static const char *const leave[] = {"light", "go-ahead", "nod", "approval", "permission", NULL};
    if (!lemma_listed(r->parse->words[w].word, 'v', giving))
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'O' &&
            lemma_listed(r->parse->words[l->right].word, 'n', leave))
            return 1;
    }
    return 0;
}

/* Whether the verb at w is "sign off" (on something): approval given, a decision ("X signed off
 * on the drilling. Y applauded the decision"). */
static int signs_off(const struct reading *r, size_t w)
{
    static const char *const sign[] = {"sign", NULL};
    return w + 1 < r->parse->word_count && strcmp(r->parse->words[w + 1].word, "off") == 0 &&
           lemma_listed(r->parse->words[w].word, 'v', sign);
}

/* Notes the verb of deciding at w as actor's: "the decision", and the noun of its kind. */
static void remember_decision(const struct reading *r, size_t w, long actor)
{
    char lemma[48];
    remember(r, "decision", actor, -1, w);
    if (sg_lemma(r->parse->words[w].word, 'v', lemma, sizeof lemma) != 0)
        return;
    for (size_t i = 0; i < sizeof decision_nouns / sizeof decision_nouns[0]; i++)
        if (strcmp(lemma, decision_nouns[i][0]) == 0)
            remember(r, decision_nouns[i][1], actor, -1, w);
}

/* Whether the decision at w is not taken: negated, conditional or a road not taken, or an
 * infinitive that another asks for ("urged Bob to impose tariffs"; a decision announced, "will
 * impose", is a move all the same). */
static int not_taken(const struct reading *r, size_t w)
{
    static const char *const asking[] = {"urge",   "ask",  "call",      "press",    "push",
                                         "want",   "seek", "hope",      "threaten", "demand",
                                         "expect", "plan", "encourage", "tell",     NULL};
    if (sg_roles_mood(r->parse, r->linkage, w) &
        (SG_MOOD_NEGATED | SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 1;
    if (w < 2 || strcmp(r->parse->words[w - 1].word, "to") != 0)
        return 0;
    for (size_t k = w - 1; k-- > 0;)
        if (r->parse->words[k].pos == 'v')
            return lemma_listed(r->parse->words[k].word, 'v', asking);
    return 0;
}

/* The actor the subject of the verb at w names (the first), or -1. */
static long subject_actor(struct reading *r, size_t w)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    size_t words[SG_ROLES_MAX];
    size_t n = sg_roles_fill(r->parse, r->linkage, w, &subject, words);
    struct filled f;
    memset(&f, 0, sizeof f);
    for (size_t i = 0; i < n && !f.count; i++)
        if (r->parse->words[words[i]].mention >= 0)
            referents_of(r, words[i], &f, 1);
    return f.count ? f.who[0].actor : -1;
}

/* "X approved the pipeline", "X was criticised for approving ...": a verb of deciding whose
 * subject names an actor makes that actor the author of "the decision" after it, when the
 * decision was taken. */
static void note_decisions(struct reading *r)
{
    for (size_t w = 0; w < r->parse->word_count; w++) {
        char pos = r->parse->words[w].pos;
        if ((pos != 'v' && pos != 'g') ||
            (!lemma_listed(r->parse->words[w].word, 'v', deciding_verbs) && !grants_leave(r, w) &&
             !signs_off(r, w)) ||
            not_taken(r, w))
            continue;
        long actor = subject_actor(r, w);
        if (actor >= 0)
            remember_decision(r, w, actor);
    }
}

/* "X proposed a ceasefire. Y welcomed the proposal": a verb of proposing whose subject names an
 * actor makes that actor the author of the noun of its kind after it, when it was made. */
static void note_proposals(struct reading *r)
{
    static const char *const proposing[][2] = {{"propose", "proposal"},
                                               {"suggest", "proposal"},
                                               {"offer", "offer"},
                                               {"unveil", "plan"},
                                               {"announce", "announcement"}};
    for (size_t w = 0; w < r->parse->word_count; w++) {
        char lemma[48], key[48];
        size_t k = 0;
        if (r->parse->words[w].pos != 'v' ||
            sg_lemma(r->parse->words[w].word, 'v', lemma, sizeof lemma) != 0)
            continue;
        while (k < sizeof proposing / sizeof proposing[0] && strcmp(lemma, proposing[k][0]) != 0)
            k++;
        if (k == sizeof proposing / sizeof proposing[0] || not_taken(r, w))
            continue;
        long actor = subject_actor(r, w);
        if (actor < 0 || sg_syntax_thing_key(proposing[k][1], key, sizeof key) != 0)
            continue;
        remember(r, key, actor, -1, w); /* "proposal" is kept as "draft" */
        if (strcmp(key, proposing[k][1]) != 0) {
            char own[48];
            snprintf(own, sizeof own, "=%s", proposing[k][1]);
            remember_as(r, own, actor, -1, w); /* and by its own name */
        }
    }
}

/* The sayer of a participle of saying that the parser hangs (MX) on the object after the verb
 * before it ("Alice defended Bob, saying that ...": Alice, the verb's subject, not Bob), or -1. */
static long participle_sayer(struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right != w || l->label[0] != 'M' || l->label[1] != 'X' ||
            r->parse->words[l->left].mention < 0)
            continue;
        for (size_t k = 0; k < r->linkage->link_count; k++) {
            const struct sg_parse_link *o = &r->linkage->links[k];
            if (o->right == l->left && o->label[0] == 'O')
                return subject_actor(r, o->left);
        }
    }
    return -1;
}

/* "Bob said Alice had lied", "Bob accused Alice", "Bob defended Alice, stating that ...": a verb
 * of saying or claiming, or its participle, whose subject names an actor makes that actor the
 * author of "the claim" (the allegation, the accusation) after it, and of "that" ("… but Alice
 * rejected the claim", "Alice rejected that"). */
static void note_sayings(struct reading *r)
{
    static const char *const saying[] = {"say",    "state",   "claim", "allege", "assert",
                                         "insist", "contend", "argue", "accuse", NULL};
    for (size_t w = 0; w < r->parse->word_count; w++) {
        char pos = r->parse->words[w].pos; /* "saying" after a comma is 'g' */
        if ((pos != 'v' && pos != 'g') || !lemma_listed(r->parse->words[w].word, 'v', saying) ||
            not_taken(r, w))
            continue;
        long actor = subject_actor(r, w);
        if (actor < 0 && pos == 'g')
            actor = participle_sayer(r, w);
        if (actor >= 0) {
            remember(r, "claim", actor, -1, w);
            remember(r, "said", actor, -1, w);
        }
    }
}

/* "X's decision", "the decision by X", "U.S. tariffs", "X announced a decision": notes the
 * author of each event noun of the sentence (in the best linkage) before any cue is read, so
 * that "the decision" means X later in the sentence and after it. */
static void note_authors(struct reading *r)
{
    r->linkage = &r->parse->linkages[0];
    note_sayings(r);
    note_decisions(r);
    note_proposals(r);
    for (size_t w = 0; w < r->parse->word_count; w++) {
        const struct sg_parse_word *word = &r->parse->words[w];
        if (word->pos != 'n' || word->mention >= 0 || !lemma_listed(word->word, 'n', event_nouns))
            continue;
        struct filled f;
        memset(&f, 0, sizeof f);
        owners_of(r, w, &f, 0);
        if (f.count)
            continue; /* noted by owners_of */
        size_t verb = object_verb(r->linkage, w);
        if (verb == SIZE_MAX ||
            !lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs))
            continue;
        static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_fill(r->parse, r->linkage, verb, &subject, words);
        for (size_t i = 0; i < n && !f.count; i++)
            referents_of(r, words[i], &f, 1);
        note_thing(r, w, &f, 0, 1);
    }
}

/* Whether the verb at w refuses a criticism ("refused to condemn X", "declined to criticise
 * X"): no rebuff of X, and no criticism either (the parse reads the criticism as negated). */
static int refuses_criticism(const struct sg_parse *parse, const struct sg_cues *cues, size_t w)
{
    static const char *const refusing[] = {"refuse", "decline", NULL};
    if (!parse->linkage_count || !lemma_listed(parse->words[w].word, 'v', refusing))
        return 0;
    const struct sg_linkage *linkage = &parse->linkages[0];
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        char lemma[48];
        size_t count = 0;
        if (l->left != w || l->label[0] != 'I' || l->label[1] != 'V' ||
            sg_lemma(parse->words[l->right].word, 'v', lemma, sizeof lemma) != 0)
            continue;
        const struct sg_cue *c = sg_cues_find(cues, lemma, 'v', &count);
        for (size_t k = 0; c && k < count; k++)
            if (c[k].type == SG_STANCE_CRITICISM)
                return 1;
    }
    return 0;
}

/* The part of speech a cue is looked up as: a gerund is a verb, a sentence's first word that the
 * parser gave none (it reads "Negotiations" as a capitalised name) a noun, so is a word right
 * after "a" or "an" given no part of speech or read as an adjective that is no adjective cue
 * (the parser reads "called X a mistake" so),
 * and a passive participle that
 * is an adjective cue of its own is that adjective ("X is opposed to Y", "X is allied with Y",
 * "X was appalled by Y"), unless it has an agent and its verb is a cue ("X was opposed by
 * Y"). */
static char adjective_voice(const struct sg_parse *parse, const struct sg_cues *cues, size_t w)
{
    const struct sg_parse_word *word = &parse->words[w];
    char lemma[48];
    size_t count = 0;
    if (word->pos == 'g')
        return 'v';
    if ((word->pos == 'a' || word->pos == 0) && w > 0 &&
        (strcasecmp(parse->words[w - 1].word, "a") == 0 ||
         strcasecmp(parse->words[w - 1].word, "an") == 0) &&
        (sg_lemma(word->word, 'a', lemma, sizeof lemma) != 0 ||
         !sg_cues_find(cues, lemma, 'a', &count)))
        return 'n';
    if (word->pos == 0 && w == 1 && word->capital)
        return 'n';
    if (word->pos != 'v' || !parse->linkage_count ||
        !sg_roles_passive(parse, &parse->linkages[0], w) ||
        sg_lemma(word->word, 'a', lemma, sizeof lemma) != 0 ||
        !sg_cues_find(cues, lemma, 'a', &count))
        return word->pos;
    char verb[48];
    if (sg_lemma(word->word, 'v', verb, sizeof verb) != 0 || !sg_cues_find(cues, verb, 'v', &count))
        return 'a';
    for (size_t i = 0; i < parse->linkages[0].link_count; i++) {
        const struct sg_parse_link *l = &parse->linkages[0].links[i];
        if (l->left == w && strcmp(parse->words[l->right].word, "by") == 0)
            return word->pos;
    }
    return 'a';
}

/* Whether cue word w is "lie" saying where something is ("Sylvania lies between the sea and
 * X", "lay at the heart of"), not that someone lied: a place follows it. */
static int located(const struct sg_parse *parse, const struct sg_cue *cue, size_t w)
{
    static const char *const places[] = {"in",     "at",    "on",     "between", "within", "with",
                                         "near",   "along", "behind", "outside", "inside", "ahead",
                                         "beyond", "under", "across", NULL};
    if (strcmp(cue->words, "lie") != 0 || w + 1 >= parse->word_count)
        return 0;
    return in_list(parse->words[w + 1].word, places) && strcmp(parse->words[w].word, "lied") != 0;
}

size_t sg_syntax_statements(const struct sg_parse *parse, const struct sg_cues *cues,
                            const struct sg_mention *mentions, const struct sg_resolver *resolver,
                            struct sg_found *found, size_t *decided, size_t *decided_count)
{
    struct notes notes = {.collecting = 1};
    struct reading r = {parse, NULL, mentions, resolver, -1, &notes, cues, 0, 0};
    struct site s = {.found = found};
    *decided_count = 0;
    if (parse->linkage_count)
        note_authors(&r);
    notes.collecting = 0;
    for (size_t w = 0; w < parse->word_count; w++) {
        const struct sg_parse_word *word = &parse->words[w];
        char pos = adjective_voice(parse, cues, w);
        char lemma[48];
        if ((pos != 'v' && pos != 'n' && pos != 'a') || word->mention >= 0 ||
            sg_lemma(word->word, pos, lemma, sizeof lemma) != 0)
            continue;
        size_t count = 0, last = w;
        const struct sg_cue *list = sg_cues_find(cues, lemma, pos, &count);
        const struct sg_cue *cue = list ? cue_at(parse, w, list, count, &last) : NULL;
        if (!cue)
            continue;
        size_t before = s.count;
        s.cue = cue;
        /* "phone call": the noun is its last word; "motion of no confidence": its first */
        s.word = cue->pos == 'n' && !strstr(cue->words, " of ") ? last : w;
        s.cue_end = parse->words[last].end;
        s.decided = 0;
        if (refuses_criticism(parse, cues, w) || located(parse, cue, w))
            s.decided = 2;
        else
            read_cue(&r, &s);
        for (size_t i = before; i < s.count; i++)
            found[i].cue_start = word->start;
        if (s.decided && *decided_count < SG_SYNTAX_MAX)
            decided[(*decided_count)++] =
                s.decided == 2 ? word->start | SG_SYNTAX_NEGATED : word->start;
    }
    for (size_t i = 0; i < notes.count && resolver && resolver->note; i++)
        resolver->note(resolver->data, notes.key[i], notes.actor[i], notes.partner[i]);
    return s.count;
}
