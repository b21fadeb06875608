/*
 * The things a role's words name (syntax_parts.h): the notes of things in this sentence and
 * their memory with the resolver, the owners, authors and makers of things, pacts' parties,
 * agents and aides, the targets of stance nouns aimed again, and things known from before.
 */
#include "extract/syntax_parts.h"

#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

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

/* The name under which the author of the noun at w is remembered (sg_syntax_thing_key). */
int sg_syntax_thing_key_at(const struct sg_parse *parse, size_t w, char *key, size_t size)
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

/* Notes that the thing key at word w is actor's, and also by its own name when key is another:
 * in this sentence's notes while they are collected, else with the resolver. */
void sg_syntax_remember(const struct reading *r, const char *key, long actor, long partner,
                        size_t w)
{
    char own[48];
    sg_syntax_remember_as(r, key, actor, partner, w);
    if (own_key(r, w, key, own, sizeof own))
        sg_syntax_remember_as(r, own, actor, partner, w);
}

/* Notes that the thing key at word w is actor's, under key only. */
void sg_syntax_remember_as(const struct reading *r, const char *key, long actor, long partner,
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
void sg_syntax_note_thing(const struct reading *r, size_t w, const struct filled *f, size_t from,
                          int made)
{
    char key[48];
    /* a lesser linkage, read because the best named nobody, is too loose a reading to
     * remember */
    if (f->count > from && r->linkage == &r->parse->linkages[0] &&
        sg_syntax_thing_key_at(r->parse, w, key, sizeof key) == 0)
        sg_syntax_remember(r, key, f->who[from].actor,
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
struct sg_referent sg_syntax_author_of(const struct reading *r, const char *key, size_t w)
{
    char own[48];
    if (own_key(r, w, key, own, sizeof own)) {
        struct sg_referent who = author_under(r, own, w);
        if (who.actor >= 0)
            return who; /* "the proposal": the last proposal's, not a later offer's */
    }
    return author_under(r, key, w);
}

/* The event noun that the subject w is said to be ("the deal ... is the government's final
 * offer": S to a form of "be", O from it), or SIZE_MAX. */
static size_t predicate_of(const struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        static const char *const be[] = {"be", NULL};
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || l->label[0] != 'S' ||
            !sg_syntax_lemma_listed(r->parse->words[l->right].word, 'v', be))
            continue;
        for (size_t j = 0; j < r->linkage->link_count; j++) {
            const struct sg_parse_link *o = &r->linkage->links[j];
            if (o->left == l->right && o->label[0] == 'O' &&
                sg_syntax_lemma_listed(r->parse->words[o->right].word, 'n', sg_syntax_event_nouns))
                return o->right;
        }
    }
    return SIZE_MAX;
}

/* Things done to someone, whose possessor or "of" is who undergoes them ("Bob's impeachment",
 * "the arrest of Bob"), not their author. */
const char *const sg_syntax_undergone[] = {
    "impeachment", "removal",     "ouster",        "expulsion",    "dismissal",   "sacking",
    "arrest",      "detention",   "jailing",       "imprisonment", "prosecution", "indictment",
    "execution",   "killing",     "assassination", "resignation",  "isolation",   "exclusion",
    "extradition", "deportation", "persecution",   "suspension",   "conviction",  "sentencing",
    "defeat",      "downfall",    "fall",          "overthrow",    "collapse",    "death",
    "treatment",   NULL};

/* The roles that name a thing's owner: its possessor, "by", "of" and "from". */
const struct sg_role sg_syntax_owner_roles[] = {{SG_ROLE_POSSESSOR, ""},
                                                {SG_ROLE_PREPOSITION, "by"},
                                                {SG_ROLE_PREPOSITION, "of"},
                                                {SG_ROLE_PREPOSITION, "from"}};

/* The verb of a relative clause whose object the noun at w is ("a deal Bob signed", "the plan
 * that Bob announced": B from the noun to a verb with a subject of its own, not "the men who
 * signed"), or SIZE_MAX. */
size_t sg_syntax_relative_object_verb(const struct sg_linkage *linkage, size_t noun)
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
    size_t verb = sg_syntax_object_verb(r->linkage, w);
    int relative = verb == SIZE_MAX ||
                   !sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs);
    if (relative)
        verb = sg_syntax_relative_object_verb(r->linkage, w);
    if (verb == SIZE_MAX ||
        !sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs))
        return;
    size_t words[SG_ROLES_MAX];
    size_t n = sg_roles_fill(r->parse, r->linkage, verb, &subject, words);
    struct filled makers;
    memset(&makers, 0, sizeof makers);
    for (size_t i = 0; i < n; i++)
        sg_syntax_referents_of(r, words[i], &makers, depth + 1);
    if (relative && makers.count == 1 && sg_syntax_is_pact(r, w)) {
        n = sg_roles_fill(r->parse, r->linkage, verb, &with, words);
        for (size_t i = 0; i < n; i++)
            sg_syntax_referents_of(r, words[i], &makers, depth + 1);
    }
    for (size_t i = 0; i < makers.count; i++) /* "Alice offered Bob a contract": no target */
        if (makers.who[i].actor != r->exclude)
            sg_syntax_add_referent(f, makers.who[i], makers.word[i]);
}

/* Whether the thing at w is a pact or the talks towards one: a deal, an agreement, a merger,
 * talks, negotiations, a dialogue, consultations, discussions (by its remembered name). */
int sg_syntax_is_pact(const struct reading *r, size_t w)
{
    char key[48];
    static const char *const pacts[] = {"deal",     "merger",       "talk",       "negotiation",
                                        "dialogue", "consultation", "discussion", NULL};
    return sg_syntax_thing_key_at(r->parse, w, key, sizeof key) == 0 &&
           sg_syntax_in_list(key, pacts);
}

/* A pact's parties when nobody owns it: "the deal between A and B" (both), "the agreement with
 * B" (B) unless its host verb's subject is a party too ("X ratified the agreement with B": X's
 * talks with B, no support of B), and the partner of its one maker ("A signed a deal with B":
 * A, then B). Returns whether it found two parties of one pact. */
static int pact_parties(const struct reading *r, size_t w, struct filled *f, size_t before,
                        int depth)
{
    static const struct sg_role between = {SG_ROLE_PREPOSITION, "between"};
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    if (f->count > before + 1 || !sg_syntax_is_pact(r, w))
        return 0;
    size_t words[SG_ROLES_MAX];
    const struct sg_role *role = f->count > before ? &with : &between;
    size_t n = sg_roles_fill(r->parse, r->linkage, w, role, words);
    if (n == 0 && f->count == before &&
        (sg_syntax_object_verb(r->linkage, w) == SIZE_MAX || sg_syntax_judged_by_host(r, w)))
        n = sg_roles_fill(r->parse, r->linkage, w, &with, words);
    for (size_t i = 0; i < n; i++)
        sg_syntax_referents_of(r, words[i], f, depth + 1);
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
    int aide = sg_syntax_lemma_listed(r->parse->words[w].word, 'n', aides);
    if (!aide && !sg_syntax_lemma_listed(r->parse->words[w].word, 'n', agents))
        return;
    if (w > 0 && strcmp(r->parse->words[w - 1].word, "former") == 0)
        return; /* "a former aide to X" speaks for himself */
    for (size_t k = 0; k < (aide ? 3u : 2u) && f->count == before; k++) {
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &for_at[k], words);
        for (size_t i = 0; i < n; i++)
            sg_syntax_referents_of(r, words[i], f, depth + 1);
    }
}

/* Whether a verb other than one of making stands between the noun at w and its owner at o:
 * "investors worried by X" are not X's investors, the agent is the participle's; "a proposal
 * presented by X" is X's. */
static int participle_between(const struct sg_parse *parse, size_t w, size_t o)
{
    for (size_t k = w + 1; k < o; k++)
        if (parse->words[k].pos == 'v' &&
            !sg_syntax_lemma_listed(parse->words[k].word, 'v', sg_roles_making_verbs))
            return 1;
    return 0;
}

/* Whether the noun at w is an agent noun of criticism (critic, opponent, foe ...) or a rival:
 * "Bob's critics" and "Bob's rivals" stand against Bob, not for him. */
static int critic_noun(const struct reading *r, size_t w)
{
    static const char *const rivals[] = {"rival", "competitor", "challenger", "adversary", NULL};
    return sg_syntax_criticism_cue(r, w, 1) ||
           sg_syntax_lemma_listed(r->parse->words[w].word, 'n', rivals);
}

/* Whether the thing at w has an "of" ("Bob's defeat of Carol": Bob did it to Carol). */
int sg_syntax_has_of(const struct reading *r, size_t w)
{
    size_t words[SG_ROLES_MAX];
    return sg_roles_fill(r->parse, r->linkage, w, &sg_syntax_owner_roles[2], words) > 0;
}

/* A "from" right after the noun at w that the parser hangs on a verb (MVp) instead of the noun:
 * "pushed back against calls from DP World to intervene", read as pushing back from DP World;
 * the name after it is the noun's owner, as in "calls from X". Adds its referents. */
static void from_hung_on_verb(const struct reading *r, size_t w, struct filled *f, int depth)
{
    if (w + 2 >= r->parse->word_count || strcmp(r->parse->words[w + 1].word, "from") != 0)
        return;
    int hung = 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        hung |= l->right == w + 1 && strncmp(l->label, "MVp", 3) == 0 &&
                r->parse->words[l->left].pos == 'v';
    }
    for (size_t i = 0; hung && i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w + 1 && l->label[0] == 'J' && r->parse->words[l->right].mention >= 0)
            sg_syntax_referents_of(r, l->right, f, depth + 1);
    }
}

/* The name the parser runs together with the name at w (G), itself another mention: "the
 * Walmart Massmart merger" names both. Adds its referents; returns whether there was one. */
static int run_together(const struct reading *r, size_t w, struct filled *f, int depth)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'G' && r->parse->words[l->left].mention >= 0 &&
            r->parse->words[l->left].mention != r->parse->words[w].mention) {
            sg_syntax_referents_of(r, l->left, f, depth + 1);
            return 1;
        }
    }
    return 0;
}

/* People who act for the one they belong to, or for whom it stands, beside titles, agents and
 * aides: "Sweden's diplomats", "members of the union", "Bob's supporters". */
static const char *const own_people[] = {"diplomat",   "delegate",   "member",   "officer",
                                         "negotiator", "lawmaker",   "soldier",  "official",
                                         "executive",  "supporter",  "follower", "loyalist",
                                         "backer",     "legislator", NULL};

/* Whether the noun at w is a person who does not act for the one who owns it: the first sense
 * of the word in WordNet is a person, and it is no title, agent, aide or representative
 * ("praised Canada's firefighters", "Japan's workers", "Bob's wife" are nothing to Canada,
 * Japan or Bob; "Sweden's ambassador", "Atlas's chief executive" are theirs). */
static int own_person(const struct reading *r, size_t w)
{
    char lemma[48];
    const char *word = r->parse->words[w].word;
    return sg_lemma(word, 'n', lemma, sizeof lemma) == 0 && sg_lemma_is_person(lemma) &&
           !sg_syntax_in_list(lemma, sg_discover_titles) && !sg_syntax_in_list(lemma, agents) &&
           !sg_syntax_in_list(lemma, aides) && !sg_syntax_in_list(lemma, own_people);
}

int sg_syntax_no_owner_speaks(const struct sg_parse *parse, const struct sg_linkage *linkage,
                              const struct sg_cues *cues, size_t w)
{
    const struct reading r = {.parse = parse, .linkage = linkage, .exclude = -1, .cues = cues};
    return critic_noun(&r, w) || own_person(&r, w);
}

/* Who a thing comes from: its owner ("X's complaints", "the proposal of X", "the offers from
 * X"), and the giver of a stance received ("X drew criticism from Y"). */
/* "X's complaints", "the proposal of X", "a U.S. proposal presented by Bessent": the thing's
 * owners (the first of sg_syntax_owner_roles) and authors (an actor as its modifier, a participle's
 * by-agent). */
void sg_syntax_owners_of(const struct reading *r, size_t w, struct filled *f, int depth)
{
    size_t before = f->count, words[SG_ROLES_MAX];
    int undergoes = 0;
    if (sg_syntax_no_owner_speaks(r->parse, r->linkage, r->cues, w))
        return; /* "Bob's critics called Alice corrupt", "praised Bob's wife": not Bob */
    for (size_t k = 0; k < OWNER_ROLES && f->count == before; k++) {
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &sg_syntax_owner_roles[k], words);
        for (size_t i = 0; i < n; i++)
            if (!participle_between(r->parse, w, words[i]))
                sg_syntax_referents_of(r, words[i], f, depth + 1);
        undergoes = f->count > before && strcmp(sg_syntax_owner_roles[k].preposition, "by") != 0 &&
                    ((sg_syntax_lemma_listed(r->parse->words[w].word, 'n', sg_syntax_undergone) &&
                      (k != 0 || !sg_syntax_has_of(r, w))) ||
                     (strcmp(sg_syntax_owner_roles[k].preposition, "of") == 0 &&
                      sg_syntax_criticism_noun(r, w)));
        if (undergoes)
            f->how |= HOW_PATIENT; /* "Bob's removal", "the arrest of Bob": done to Bob */
    }
    if (f->count == before)
        agent_owners(r, w, f, depth);
    if (f->count == before)
        from_hung_on_verb(r, w, f, depth);
    int run = 0; /* two names run together before a pact: "the Walmart Massmart merger" */
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        /* "an Egyptian proposal", "the U.S. plan" */
        if (l->right == w && (l->label[0] == 'A' || l->label[0] == 'G') &&
            r->parse->words[l->left].mention >= 0) {
            sg_syntax_referents_of(r, l->left, f, depth + 1);
            run |= run_together(r, l->left, f, depth);
        }
        /* "a proposal presented by X", "the proposal, put forward by X," (a verb of making:
         * "the deal rejected by X" is not X's) */
        if (l->left == w && l->label[0] == 'M' &&
            (l->label[1] == 'v' || (l->label[1] == 'X' && r->parse->words[l->right].pos == 'v')) &&
            sg_syntax_lemma_listed(r->parse->words[l->right].word, 'v', sg_roles_making_verbs)) {
            /* the parser marks a participle set beside the noun (MX) as no passive */
            static const struct sg_role agent = {SG_ROLE_SUBJECT, ""};
            static const struct sg_role by = {SG_ROLE_PREPOSITION, "by"};
            size_t n = sg_roles_fill(r->parse, r->linkage, l->right,
                                     l->label[1] == 'X' ? &by : &agent, words);
            for (size_t j = 0; j < n; j++)
                sg_syntax_referents_of(r, words[j], f, depth + 1);
        }
    }
    size_t same = f->count == before ? predicate_of(r, w) : SIZE_MAX;
    if (same != SIZE_MAX) /* "the deal ... is the government's final offer" */
        sg_syntax_owners_of(r, same, f, depth);
    int made = f->count == before;
    if (made) /* "A and B issued a statement criticising C": its makers */
        makers_of(r, w, f, depth);
    int paired = pact_parties(r, w, f, before, depth) ||
                 (run && f->count == before + 2 && sg_syntax_is_pact(r, w));
    if (f->count > before)
        f->how |= HOW_THING;
    if (!undergoes) /* "the expulsion of X" is not X's: "condemned it" later is not about X */
        sg_syntax_note_thing(r, w, f, before, made || paired);
}

/* Whether the noun at w, its determiner at d, is "move" or "step" looking ahead: "the next
 * step", "the first move" name no decision made before them, as "the (controversial) move"
 * does. */
static int move_ahead(const struct reading *r, size_t w, size_t d)
{
    static const char *const moves[] = {"move", "step", NULL};
    static const char *const ahead[] = {"next",  "first",   "second",    "third", "further",
                                        "final", "logical", "following", NULL};
    if (!sg_syntax_lemma_listed(r->parse->words[w].word, 'n', moves))
        return 0;
    for (size_t i = d + 1; i < w; i++)
        if (sg_syntax_in_list(r->parse->words[i].word, ahead))
            return 1;
    return 0;
}

/* The key under which the target of a stance noun is remembered: "aim:motion". */
void sg_syntax_aim_key(const char *lemma, char *key, size_t size)
{
    snprintf(key, size, "aim:%.40s", lemma);
}

/* "The Greens tabled a motion of no confidence in Moreno. Lindqvist backed the motion": a
 * criticism noun named before with its target; backing it is criticism of the target, which
 * undergoes it (added as a patient). Returns whether the thing had a target. */
static int aimed_thing(const struct reading *r, const char *lemma, size_t w, struct filled *f)
{
    char key[48];
    sg_syntax_aim_key(lemma, key, sizeof key);
    struct sg_referent aim = sg_syntax_author_of(r, key, w);
    if (aim.actor < 0 || aim.actor == r->exclude)
        return 0;
    sg_syntax_add_referent(f, (struct sg_referent){aim.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
    f->how |= HOW_THING | (r->backing ? HOW_PATIENT : 0);
    return 1;
}

/* Determiners that point back to a thing named before. */
static const char *const definite[] = {"the", "this", "that", "these", "those", NULL};

/* The word linked to w from its left by a link whose type starts with type, or SIZE_MAX. */
size_t sg_syntax_linked_from_left(const struct reading *r, size_t w, char type)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == type)
            return l->left;
    }
    return SIZE_MAX;
}

/* The determiner linked to the noun at w (D), or SIZE_MAX. */
static size_t determiner_of(const struct reading *r, size_t w)
{
    return sg_syntax_linked_from_left(r, w, 'D');
}

/* Whether a definite determiner ("the", "this" ...) is linked to the noun at w. */
static int definite_noun(const struct reading *r, size_t w)
{
    size_t d = determiner_of(r, w);
    return d != SIZE_MAX && sg_syntax_in_list(r->parse->words[d].word, definite);
}

/* "Opposition parties tabled a no-confidence motion against Oli. ... made preparations for the
 * no-confidence motion": a definite criticism noun with no target of its own is aimed where
 * it was before. */
void sg_syntax_aim_again(const struct reading *r, const struct sg_cue *cue, size_t w,
                         const struct filled *sources, struct filled *targets)
{
    char lemma[48];
    if (cue->pos != 'n' || cue->type != SG_STANCE_CRITICISM || targets->count || !sources->count ||
        !definite_noun(r, w) || sg_syntax_thing_key_at(r->parse, w, lemma, sizeof lemma) != 0)
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
    struct sg_referent who = sg_syntax_author_of(r, "said", w);
    return who.actor >= 0 ? who : r->resolver->thing(r->resolver->data, "said:before");
}

/* "Bob accused Alice of lying. Alice rejected that": "that" or "this" alone as a verb's object
 * (O, no noun after it), or with noun set a noun the caller found pointed at ("that
 * condition"), is what was said last, and means its sayer. */
void sg_syntax_said_that(const struct reading *r, size_t w, int noun, struct filled *f)
{
    static const char *const pointing[] = {"this", "that", NULL};
    if ((!noun && !sg_syntax_in_list(r->parse->words[w].word, pointing)) || !r->resolver ||
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
        sg_syntax_add_referent(f, (struct sg_referent){who.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
        f->how |= HOW_THING;
    }
}

/* What "by" measures rather than names a maker with ("by a wide margin", "by 300 votes",
 * "by the end of the week"). */
static const char *const measures[] = {"margin", "vote",  "majority", "end",   "deadline",
                                       "time",   "tally", "percent",  "point", NULL};

/* Whether the noun at w may stand for someone, named or not: a person ("the minister"), a
 * state's part ("the government") or an organisation's title ("the company"). */
static int agent_noun(const struct reading *r, size_t w)
{
    char lemma[48];
    const char *word = r->parse->words[w].word;
    if (sg_lemma(word, 'n', lemma, sizeof lemma) != 0)
        return 1;
    return sg_lemma_is_person(lemma) ||
           sg_text_word_listed(lemma, strlen(lemma), sg_discover_state_nouns) ||
           sg_text_word_listed(lemma, strlen(lemma), sg_discover_org_titles) ||
           sg_text_word_listed(lemma, strlen(lemma), sg_discover_titles);
}

/* Whether the determiner at d is the possessive of a thing that names no actor, itself
 * definite ("the mine's approval", "the project's approval": the approval named before; not
 * "the government's offer", whose owner is someone unnamed). */
static int thing_possessive(const struct reading *r, size_t d)
{
    const char *word = r->parse->words[d].word;
    if (strcmp(word, "'s") != 0 && strcmp(word, "\xE2\x80\x99s") != 0)
        return 0;
    size_t owner = sg_syntax_linked_from_left(r, d, 'Y');
    return owner != SIZE_MAX && r->parse->words[owner].mention < 0 &&
           r->parse->words[owner].pos == 'n' && definite_noun(r, owner) && !agent_noun(r, owner);
}

/* "those concerns", "the proposal", "the mine's approval": a thing named before with its
 * author. */
void sg_syntax_known_thing(const struct reading *r, size_t w, struct filled *f)
{
    size_t d = determiner_of(r, w);
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    char lemma[48];
    size_t words[SG_ROLES_MAX];
    if (d == SIZE_MAX || !r->resolver || !r->resolver->thing || move_ahead(r, w, d) ||
        sg_syntax_thing_key_at(r->parse, w, lemma, sizeof lemma) != 0)
        return;
    if (sg_syntax_is_pact(r, w) && sg_roles_fill(r->parse, r->linkage, w, &with, words) > 0)
        return; /* "the deal with Dave" says whose: not the deal named before */
    if (sg_roles_fill(r->parse, r->linkage, w, &sg_syntax_owner_roles[1], words) > 0 &&
        !sg_syntax_lemma_listed(r->parse->words[words[0]].word, 'n', measures))
        return; /* "the decision by the lawyers" says whose, though it names no actor; not
                   "rejected the plan by a wide margin" */
    if (!sg_syntax_in_list(r->parse->words[d].word, definite) && !thing_possessive(r, d))
        return;
    if (sg_syntax_in_list(r->parse->words[d].word, demonstratives) &&
        sg_syntax_lemma_listed(r->parse->words[w].word, 'n', stated_nouns)) {
        sg_syntax_said_that(r, w, 1, f); /* "rejected that condition": what was said */
        return;
    }
    if (r->backing && aimed_thing(r, lemma, w, f))
        return;
    struct sg_referent who = sg_syntax_author_of(r, lemma, w);
    if (who.paired && (who.actor == r->exclude || who.partner == r->exclude))
        return; /* "A and B signed a deal. A defended the deal": not B */
    if (who.actor >= 0) {
        sg_syntax_add_referent(f, (struct sg_referent){who.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
        if (who.paired) /* "A and B signed a deal. C welcomed the deal": both */
            sg_syntax_add_referent(f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1},
                                   w);
        f->how |= HOW_THING;
    }
}
