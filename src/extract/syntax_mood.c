/*
 * The tests of a cue's mood and sense (syntax_parts.h): negation, conditions and the words that
 * undo a cue (sg_syntax_cue_mood); whether a noun's host receives, answers, wages, asks for or
 * grants it; support withheld or withdrawn; criticism nouns; the senses of a cue that are no
 * stance.
 */
#include "extract/syntax_parts.h"

#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Whether the noun at w is a criticism cue, with agent set one whose source is who it is said
 * of (critic, opponent, foe ...). */
int sg_syntax_criticism_cue(const struct reading *r, size_t w, int agent)
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
int sg_syntax_criticism_noun(const struct reading *r, size_t w)
{
    return sg_syntax_criticism_cue(r, w, 0);
}

/* Whether the verb whose object the noun is (or the noun that measures it out: "faces two days
 * of strike action") has its base form in verbs. */
int sg_syntax_host_verb_in(const struct sg_parse *parse, const struct sg_linkage *linkage,
                           size_t noun, const char *const *verbs)
{
    size_t verb = sg_syntax_object_verb(linkage, sg_roles_measured(parse, linkage, noun));
    return verb != SIZE_MAX && sg_syntax_lemma_listed(parse->words[verb].word, 'v', verbs);
}

/* Whether the that-clause of noun names someone as its subject ("complaints that X had blocked
 * calls"): then the noun is aimed at them, not at whoever received it. */
static int names_in_clause(const struct reading *r, size_t noun)
{
    static const struct sg_role clause = {SG_ROLE_CLAUSE, ""};
    struct filled subjects;
    sg_syntax_fill(r, noun, &clause, 1, NULL, &subjects);
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
            !sg_syntax_in_list(cue->target[k].preposition, authors))
            targets[n++] = cue->target[k];
    sg_syntax_fill(r, noun, targets, n, NULL, &aimed);
    sg_syntax_fill(r, noun, &host, 1, NULL, &hosts);
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
int sg_syntax_received_elsewhere(const struct reading *r, size_t noun, const struct sg_cue *cue)
{
    return cue->pos == 'n' && sg_syntax_host_verb_in(r->parse, r->linkage, noun, receiving) &&
           !sg_syntax_host_verb_in(r->parse, r->linkage, noun, winning) &&
           aimed_elsewhere(r, noun, cue);
}

/* Verbs after which a noun's host receives the stance: "X drew criticism from Y", "X won the
 * support of Y"; for support also "X has (enjoys, secured) the backing of Y" or "Y's backing"
 * when "of", "from", "by" or a possessor names someone and no target does ("X has strong support
 * for Y", "X has an alliance with Y", "X secured aid for Y from Z" are no support of X); not a
 * criticism aimed at someone else ("X survived Y's attack on Z" is Y's on Z). */
int sg_syntax_receives(const struct reading *r, size_t noun, const struct sg_cue *cue)
{
    static const char *const holding[] = {"have", "enjoy", "secure", "command", NULL};
    static const struct sg_role givers[] = {{SG_ROLE_PREPOSITION, "of"},
                                            {SG_ROLE_PREPOSITION, "from"},
                                            {SG_ROLE_PREPOSITION, "by"},
                                            {SG_ROLE_POSSESSOR, ""}};
    if (sg_syntax_host_verb_in(r->parse, r->linkage, noun, receiving))
        return cue->type == SG_STANCE_SUPPORT ||
               (!sg_syntax_host_verb_in(r->parse, r->linkage, noun,
                                        winning) && /* "won its appeal" */
                !names_in_clause(r, noun) &&        /* "received complaints that X" */
                !(cue->pos == 'n' && aimed_elsewhere(r, noun, cue))); /* "survived Bob's attack
                                                                         on Carol" */
    if (cue->type != SG_STANCE_SUPPORT ||
        !sg_syntax_host_verb_in(r->parse, r->linkage, noun, holding))
        return 0;
    struct filled given, receivers;
    sg_syntax_fill(r, noun, givers, 4, NULL, &given);
    struct sg_role targets[SG_CUE_ROLES];
    size_t n = 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind != SG_ROLE_PREPOSITION ||
            !sg_syntax_in_list(cue->target[k].preposition,
                               (const char *const[]){"of", "from", "by", NULL}))
            targets[n++] = cue->target[k];
    sg_syntax_fill(r, noun, targets, n, NULL, &receivers);
    return given.count > 0 && receivers.count == 0; /* not "secured aid for Y from Z" */
}

/* Verbs by which a noun's host answers it: only these make the host a target ("X rejected the
 * offer from Y", "brushed aside Y's offer"; not "X said he had seen Y's offer"). */
int sg_syntax_answers(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const verbs[] = {"accept",  "reject",  "consider", "weigh",  "welcome",
                                        "receive", "decline", "spurn",    "rebuff", "dismiss",
                                        "refuse",  "study",   "review",   "turn",   "brush",
                                        "shrug",   "wave",    NULL};
    return sg_syntax_host_verb_in(parse, linkage, noun, verbs);
}

/* Verbs by which a deed noun's host does the deed: "X launched an attack on Y", "X carried out
 * strikes", "X ordered strikes"; not "X condemned the attack on Y", nor with an infinitive
 * after the verb ("ordered the occupation to end"). A strike or an offensive is waged by
 * announcing it too ("the Union announced a strike at X"), as an attack announced is mostly
 * reported ("the ministry announced an attack on X's convoy"). */
int sg_syntax_wages(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const verbs[] = {"launch",  "carry", "conduct",  "stage",     "mount",
                                        "begin",   "start", "step",     "intensify", "resume",
                                        "unleash", "wage",  "escalate", "order",     NULL};
    static const char *const announcing[] = {"announce", NULL};
    static const char *const called[] = {"strike", "offensive", NULL};
    size_t verb = sg_syntax_object_verb(linkage, sg_roles_measured(parse, linkage, noun));
    if (verb == SIZE_MAX && sg_roles_done_in(parse, linkage, noun))
        return 1; /* "In an attack on Y, X said": the subject's own */
    if (verb == SIZE_MAX || !(sg_syntax_lemma_listed(parse->words[verb].word, 'v', verbs) ||
                              (sg_syntax_lemma_listed(parse->words[verb].word, 'v', announcing) &&
                               sg_syntax_lemma_listed(parse->words[noun].word, 'n', called))))
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
int sg_syntax_asks_for(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t noun)
{
    static const char *const asking[] = {"demand", "seek", "order", "want", "urge", NULL};
    static const char *const asking_for[] = {"call",  "push",     "press", "campaign",
                                             "lobby", "petition", "ask",   NULL};
    if (!sg_syntax_lemma_listed(parse->words[noun].word, 'n', sg_syntax_undergone))
        return 0;
    if (sg_syntax_host_verb_in(parse, linkage, noun, asking))
        return 1;
    noun = sg_roles_measured(parse, linkage, noun);
    for (size_t i = 0; i < linkage->link_count; i++) { /* "called for", "pushed for" */
        const struct sg_parse_link *j = &linkage->links[i];
        if (j->right != noun || j->label[0] != 'J' || strcmp(parse->words[j->left].word, "for"))
            continue;
        for (size_t k = 0; k < linkage->link_count; k++) {
            const struct sg_parse_link *mv = &linkage->links[k];
            if (mv->right == j->left && strncmp(mv->label, "MV", 2) == 0 &&
                sg_syntax_lemma_listed(parse->words[mv->left].word, 'v', asking_for))
                return 1;
        }
    }
    return 0;
}

/* Whether the host of a noun is its source through the verb whose object it is: the host of a
 * permission gives it ("X granted approval to Y", "gave the go-ahead"; not "withheld approval",
 * "needs the approval of Y"), of a charge makes it ("X levelled allegations against Y"; not
 * "rejected (investigated, dropped) the allegations against Y"), of an offer or invitation
 * extends it ("X made an offer to Y"; not "Y rejected the offer"), of revenge or a reprisal
 * takes, seeks or vows it ("X vowed revenge on Y"; not "feared revenge", "ruled out reprisals
 * against Y"). Other nouns: always. */
int sg_syntax_grants(const struct reading *r, const struct site *s)
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
        if (sg_syntax_in_list(s->cue->words, kinds[k].nouns))
            return sg_syntax_host_verb_in(r->parse, r->linkage, s->word, kinds[k].verbs);
    return 1;
}

/* The verb a noun hangs on: the one whose object it is, else the one whose predicate its
 * preposition is ("is at odds with": P) or that the preposition modifies (MV). */
static size_t noun_verb(const struct reading *r, size_t w)
{
    size_t verb = sg_syntax_object_verb(r->linkage, w);
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
    if (sg_syntax_object_verb(r->linkage, w) == host)
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
        if (l->right == preposition &&
            sg_syntax_in_list(r->parse->words[l->left].word, sg_roles_readiness))
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
            sg_syntax_lemma_listed(p->words[l->left].word, 'v', undoers))
            return 1;
        if (l->label[0] == 'M' && l->label[1] == 'g' && strcmp(p->words[l->left].word, "of") == 0 &&
            strcmp(p->words[l->left - 1].word, "short") == 0)
            return 1;
        if (l->label[0] == 'M' && l->label[1] == 'g' &&
            strcmp(p->words[l->left].word, "from") == 0 &&
            (strcmp(p->words[l->left - 1].word, "off") == 0 ||
             strcmp(p->words[l->left - 1].word, "away") == 0 ||
             sg_syntax_lemma_listed(p->words[l->left - 1].word, 'v', holding_back)))
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
    if (!sg_syntax_lemma_listed(r->parse->words[w].word, 'v', meeting))
        return 0; /* "discussed the sanctions" is talk all the same */
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w)
            continue;
        size_t object = l->label[0] == 'O' ? l->right : SIZE_MAX;
        if (l->label[0] == 'M' && l->label[1] == 'V' &&
            strcmp(r->parse->words[l->right].word, "with") == 0)
            object = sg_syntax_link_right(r, l->right, 'J', '\0');
        if (object != SIZE_MAX && sg_syntax_criticism_noun(r, object))
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

/* Whether "provided" or "providing" before w opens a condition: followed by a subject pronoun,
 * or by "that" or "there" that opens a clause ("I'm prepared to pull them provided he turns up and
 * bargains with us", "providing that it stays"), which the parse reads as a participle ("the
 * notices provided"), leaving no "if" to find; not the verb ("provided Bob with aid", "a statement
 * provided by X"), nor its object "that" or adverb "there" ("who provided that report", "the aid
 * provided there last year"). A condition in mid-sentence ends at a comma. */
static int provided_before(const struct sg_parse *parse, size_t w)
{
    static const char *const openers[] = {"provided", "providing", NULL};
    static const char *const subjects[] = {"he", "she", "we", "they", "i", NULL};
    static const char *const links[] = {"that", "there", NULL};
    /* what opens the clause after "that" ("that it stays", "that the talks"), or the verb after
     * "there" ("there is") */
    static const char *const clause[] = {
        "he",  "she",   "we",  "they", "i",   "it",  "you",  "the", "a",    "an",    "his", "her",
        "its", "their", "our", "is",   "are", "was", "were", "be",  "will", "would", NULL};
    static const char *const joining[] = {"but", "and", NULL};
    size_t comma = 0, words = 0; /* the last comma before w; words before the opener (past
                                  * the wall) */
    for (size_t k = 1; k < w; k++)
        if (strcmp(parse->words[k].word, ",") == 0)
            comma = k;
    for (size_t k = 0; k + 1 < w; k++) {
        if (!sg_syntax_in_list(parse->words[k].word, openers)) {
            words +=
                k > 0 &&
                (parse->words[k].mention >= 0 || isalpha((unsigned char)parse->words[k].word[0])) &&
                !sg_syntax_in_list(parse->words[k].word, joining);
            continue;
        }
        /* a comma ends the condition, unless it opens the sentence ("Providing that it stays,
         * X backs Y"): "will stay provided he wins, and praised X" states the praise */
        if (comma > k && words > 0)
            continue;
        const struct sg_parse_word *next = &parse->words[k + 1];
        if (sg_syntax_in_list(next->word, subjects))
            return 1;
        if (sg_syntax_in_list(next->word, links) && k + 2 < w &&
            (parse->words[k + 2].mention >= 0 ||
             sg_syntax_in_list(parse->words[k + 2].word, clause)))
            return 1;
    }
    return 0;
}

const char *const sg_syntax_ongoing_talks[] = {"talk",         "negotiation", "dialogue",
                                               "consultation", "discussion",  NULL};

const char *const sg_syntax_calling_off[] = {"cancel", "postpone", "defer", "shelve",
                                             "delay",  "bet",      NULL};

/* Whether the verb at v calls off or puts off what it speaks of ("called off" with its
 * particle), or breaks it off ("cut short his visit": a visit ended early, in protest, is no
 * meeting held). */
static int calls_off(const struct reading *r, size_t v)
{
    const char *word = r->parse->words[v].word;
    static const char *const call[] = {"call", NULL}, *const cut[] = {"cut", NULL};
    const char *next = v + 1 < r->parse->word_count ? r->parse->words[v + 1].word : "";
    return sg_syntax_lemma_listed(word, 'v', sg_syntax_calling_off) ||
           (sg_syntax_lemma_listed(word, 'v', call) && strcmp(next, "off") == 0) ||
           (sg_syntax_lemma_listed(word, 'v', cut) && strcmp(next, "short") == 0);
}

/* Whether the negotiation noun at w, host the verb it hangs on (or SIZE_MAX), was called off
 * or put off, a visit, trip, meeting or summit and not talks that go on over rounds: the object of
 * such a verb ("cancelled a trip to X", "bet on a deal between X and Y") or the subject of its
 * passive, past "be", "been" or "have" (not of the active verb) ("the visit to X was cancelled",
 * "talks between X and Y have been postponed"). */
static int called_off(const struct reading *r, size_t w, size_t host)
{
    if (sg_syntax_lemma_listed(r->parse->words[w].word, 'n', sg_syntax_ongoing_talks))
        return 0;
    if (host != SIZE_MAX && calls_off(r, host))
        return 1;
    /* the verb it is the subject of only past "was", "has been" to the participle: as the
     * active verb's subject it is the thing made, not put off ("the deal delayed tariffs") */
    size_t v = sg_syntax_link_right(r, w, 'S', '\0');
    for (int steps = 0; v != SIZE_MAX && steps < 3; steps++) {
        v = sg_syntax_link_right(r, v, 'P', '\0');
        if (v != SIZE_MAX && calls_off(r, v))
            return 1;
    }
    return 0;
}

/* Whether the cue at w is a headline's future: a name opening its clause (after the wall or a
 * comma), "to" and at most one word before the cue ("Russia to hold talks with Ukraine", "In a
 * first, Bob to meet Carol"): a plan, not yet done, as the surface frames read it. */
static int headline_future(const struct reading *r, size_t w)
{
    const struct sg_parse_word *words = r->parse->words;
    for (size_t k = w > 4 ? w - 3 : 1; k + 2 <= w; k++)
        if (words[k].mention >= 0 && strcmp(words[k + 1].word, "to") == 0 &&
            (k == 1 || strcmp(words[k - 1].word, ",") == 0))
            return 1;
    return 0;
}

/* The mood of a cue's clause. A noun's is its host verb's ("did not voice criticism", "is not
 * a critic of", "is not at odds with"), for a deed unless that verb takes a stance of its own
 * ("refused to condemn the invasion" leaves the invasion done, "would not tolerate an attack"
 * does not); a noun is negated by "no" or "former" ("there is no dispute between A and B", "a
 * former ally") or by a host verb that denies, ends or averts it ("denied any rift", "settled
 * the dispute"), and a support noun by one that turns it down ("ruled out a coalition"). */
int sg_syntax_cue_mood(const struct reading *r, const struct site *s)
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
        if (sg_syntax_lemma_listed(r->parse->words[host].word, 'v', undoing) ||
            (s->cue->type == SG_STANCE_SUPPORT &&
             sg_syntax_lemma_listed(r->parse->words[host].word, 'v', declining)) ||
            (s->cue->type == SG_STANCE_CRITICISM && !names_between(r, w) &&
             sg_syntax_lemma_listed(r->parse->words[host].word, 'v', topics)))
            mood |= SG_MOOD_NEGATED; /* "ruled out a coalition"; not "rejected the offer";
                                        "discussed the dispute" is talk, not a dispute */
    }
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && (l->label[0] == 'D' || l->label[0] == 'A') &&
            sg_syntax_in_list(r->parse->words[l->left].word, undone))
            mood |= SG_MOOD_NEGATED;
    }
    for (size_t k = 2; s->cue->pos == 'n' && k <= 3 && w >= k && name_modifies(r, w); k++)
        if (strcmp(r->parse->words[w - k].word, "former") == 0)
            mood |= SG_MOOD_NEGATED; /* "a former Bob ally": "former" linked to the name; not
                                        "the former president's support" */
    for (size_t k = 0; k < w; k++)
        if (strcmp(r->parse->words[k].word, "whether") == 0)
            mood |= SG_MOOD_UNREAL; /* "It remained unclear whether X had signed off on Y's plan" */
    if (provided_before(r->parse, w))
        mood |= SG_MOOD_CONDITIONAL; /* "will pull them provided he bargains with us" */
    if (s->cue->type == SG_STANCE_NEGOTIATION && s->cue->pos == 'n' && called_off(r, w, host))
        mood |= SG_MOOD_NEGATED; /* "Bob's visit to X was cancelled": no visit held */
    if (s->cue->type == SG_STANCE_NEGOTIATION && s->cue->pos == 'v' && takes_criticism(r, w))
        mood |= SG_MOOD_NEGATED; /* "met with criticism from X" is no meeting with X */
    if (s->cue->pos == 'v' && gerund_undone(r, w))
        mood |= SG_MOOD_NEGATED; /* "denied backing X", "stopped short of condemning X" */
    if (s->cue->pos == 'n' && stopped(r, w))
        mood |= SG_MOOD_NEGATED; /* "ordered a halt to aid for X", "an end to talks with X" */
    if (s->cue->pos == 'n' && readied(r, w))
        mood |= SG_MOOD_MODAL | SG_MOOD_POSSIBLE; /* "is open to talks with X": none yet */
    if (headline_future(r, w))
        mood |= SG_MOOD_MODAL | SG_MOOD_POSSIBLE; /* "Russia to hold talks with Ukraine" */
    if (s->cue->pos == 'v' && w + 1 < r->parse->word_count &&
        strcmp(r->parse->words[w + 1].word, "neither") == 0)
        mood |= SG_MOOD_NEGATED; /* "criticised neither X nor Y" */
    return mood;
}

/* Whether the cue is "meet" with a thing one fulfils as its object ("met the union's demands",
 * "meet the deadline"), not someone met. */
int sg_syntax_fulfils(const struct reading *r, const struct site *s)
{
    static const char *const things[] = {"demand",     "expectation", "need",      "target",
                                         "deadline",   "requirement", "condition", "obligation",
                                         "commitment", "standard",    "goal",      "criterion",
                                         "cost",       "challenge",   "request",   NULL};
    if (s->cue->pos != 'v' || strcmp(s->cue->words, "meet") != 0)
        return 0;
    size_t object = sg_syntax_link_right(r, s->word, 'O', 'F');
    return object != SIZE_MAX && sg_syntax_lemma_listed(r->parse->words[object].word, 'n', things);
}

/* Whether the cue is "invite" to do something other than meet: "invited X to remain in the
 * cabinet" is no invitation to talks ("invited X to visit", "to attend talks" are). */
int sg_syntax_invited_elsewhere(const struct reading *r, const struct site *s)
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
            return !sg_syntax_lemma_listed(words[l->right].word, 'v', meeting);
        if (l->left == s->word && l->label[0] == 'O' && to + 1 < r->parse->word_count &&
            strcmp(words[to].word, "to") == 0 && words[to + 1].pos == 'v')
            return !sg_syntax_lemma_listed(words[to + 1].word, 'v', meeting);
    }
    return 0;
}

/* Whether the verb cue asks "whether" ("questioned whether NATO would back Bob", "disputed
 * whether"): a doubt about a clause, no stance toward its actors. */
int sg_syntax_wonders(const struct reading *r, const struct site *s)
{
    return s->cue->pos == 'v' && s->word + 1 < r->parse->word_count &&
           strcasecmp(r->parse->words[s->word + 1].word, "whether") == 0;
}

/* Whether the cue is an offer whose object is a noun of support ("offered Bob her support",
 * "offered help"): support, which that noun reads, and no negotiation. */
int sg_syntax_offered_support(const struct reading *r, const struct site *s)
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

/* Whether "meet" has as its object what one is asked for, a demand or a request: left unmet,
 * it is refused ("did not meet X's demands"); a target or deadline missed is no stance. */
static int asked_for(const struct reading *r, const struct site *s)
{
    static const char *const asked[] = {"demand", "request", NULL};
    size_t object = sg_syntax_link_right(r, s->word, 'O', 'F');
    return object != SIZE_MAX && sg_syntax_lemma_listed(r->parse->words[object].word, 'n', asked);
}

/* Whether the support noun at the site is withdrawn by its host verb in any linkage ("withdrew
 * her support for X", "threatening to pull support for X's government", where the best linkage
 * reads "pull support" as one noun), a verb not itself negated
 * and the clause neither conditional nor unreal (mood, of the best linkage). */
int sg_syntax_support_withdrawn(const struct reading *r, const struct site *s, int mood)
{
    static const char *const withdrawing[] = {"withdraw", "pull", "revoke", "rescind", NULL};
    if (s->cue->pos != 'n' || s->cue->type != SG_STANCE_SUPPORT ||
        mood & (SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 0;
    struct reading copy = *r;
    for (size_t k = 0; k < r->parse->linkage_count; k++) {
        copy.linkage = &r->parse->linkages[k];
        size_t host = noun_verb(&copy, s->word);
        if (host != SIZE_MAX &&
            sg_syntax_lemma_listed(r->parse->words[host].word, 'v', withdrawing))
            return !(sg_roles_mood(r->parse, copy.linkage, host) & SG_MOOD_NEGATED);
    }
    return 0;
}

/* Whether a verb of taking a side is withheld: "not", "n't" or "never" among the three words
 * before it ("did not back X", "would not support X"), with no condition or forecast on it;
 * or a demand is left unmet ("refused to meet X's demands", "did not meet X's demands"), or
 * refused when it is some other thing one fulfils ("refused to meet X's deadline"; not "has
 * not met X's spending target"). */
int sg_syntax_withheld(const struct reading *r, const struct site *s, int mood)
{
    static const char *const refusing[] = {
        "not",      "n't",      "never",     "refused", "refuses", "refusing", "refuse",
        "declined", "declines", "declining", "decline", "refusal", NULL};
    static const char *const refusals[] = {"refused",   "refuses",  "refusing",
                                           "refuse",    "declined", "declines",
                                           "declining", "decline",  NULL};
    /* verbs of taking a position or working with someone ("would not cooperate with X": a
     * refusal of cooperation, CAMEO 12); "never praised X" is no criticism of X */
    static const char *const positions[] = {
        "support",  "back", "endorse",   "accept",     "favor",       "favour",    "approve",
        "agree",    "side", "stand",     "stand by",   "adopt",       "implement", "comply",
        "abide by", "heed", "cooperate", "co-operate", "collaborate", NULL};
    /* talks refused, a snub (CAMEO 12): "refused to meet X"; "did not meet X" is no stance */
    static const char *const meetings[] = {"meet",       "talk",  "negotiate", "sit down",
                                           "hold talks", "speak", "engage",    NULL};
    int unmet = sg_syntax_fulfils(r, s);
    int snub = !unmet && s->cue->type == SG_STANCE_NEGOTIATION && s->cue->pos == 'v' &&
               sg_syntax_in_list(s->cue->words, meetings);
    if ((!unmet && !snub &&
         (s->cue->type != SG_STANCE_SUPPORT || s->cue->pos != 'v' ||
          !sg_syntax_in_list(s->cue->words, positions))) ||
        mood & (SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 0;
    int any = !snub && (!unmet || asked_for(r, s)); /* "not" too, or only a refusal */
    for (size_t k = 1; k <= 3 && k <= s->word; k++)
        if (sg_syntax_in_list(r->parse->words[s->word - k].word, any ? refusing : refusals) ||
            (any && sg_roles_negator(r->parse->words[s->word - k].word)))
            return 1;
    return 0;
}

/* Whether the adjective at w is "open to" a harm ("open to attack from X", "open to
 * criticism"): exposure to it, no stance toward whoever does it. */
int sg_syntax_exposed(const struct reading *r, size_t w)
{
    static const char *const harms[] = {"attack",     "attacks",     "criticism", "challenge",
                                        "challenges", "abuse",       "question",  "exploitation",
                                        "pressure",   "accusations", NULL};
    const struct sg_parse_word *words = r->parse->words;
    return w + 2 < r->parse->word_count && strcasecmp(words[w].word, "open") == 0 &&
           strcmp(words[w + 1].word, "to") == 0 && sg_syntax_in_list(words[w + 2].word, harms);
}

/* Whether the verb cue is a phrasal verb of another sense, by the word right after the cue's
 * own words: retreat ("backed down", "back away from", "backed off"), rousing ("fired up her
 * supporters"), making use ("seized on X's remarks", "seized upon X's offer") or winning
 * ("walked away with X's backing"), which take no side. */
int sg_syntax_phrasal_sense(const struct reading *r, const struct site *s)
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
            sg_syntax_in_list(r->parse->words[next].word, senses[i].after))
            return 1;
    return 0;
}

/* Whether the noun cue "call" is a demand, not a telephone call: "to" and a verb right after
 * it or after a "from" or "by" that names its callers ("faced calls from X to resign",
 * "ignored calls by X to step down", "calls from X's party", "from X members", "from within
 * X": up to two nouns of theirs); no talks with anyone. */
int sg_syntax_demand_call(const struct reading *r, const struct site *s)
{
    static const char *const callers[] = {"from", "by", NULL};
    static const char *const fillers[] = {"the", "and", "'s", "within", NULL};
    const struct sg_parse_word *words = r->parse->words;
    size_t n = r->parse->word_count, i = s->word + 1;
    if (s->cue->pos != 'n' || strcmp(s->cue->words, "call") != 0)
        return 0;
    int nouns = 0;
    if (i < n && words[i].word && sg_syntax_in_list(words[i].word, callers))
        for (i++; i < n && (words[i].mention >= 0 || sg_syntax_in_list(words[i].word, fillers) ||
                            (words[i].pos == 'n' && nouns++ < 2));
             i++)
            ;
    return i + 1 < n && words[i].word && strcmp(words[i].word, "to") == 0 &&
           words[i + 1].pos == 'v';
}

/* Whether the verb cue "receive" takes a stance or a reaction as its object: the first noun
 * within four words after it, before any actor ("received praise from X", "received a lukewarm
 * response from X"): what X thinks, not a visit or a letter from X. */
int sg_syntax_received_stance(const struct reading *r, const struct site *s)
{
    static const char *const reactions[] = {"response", "reaction", "reception", NULL};
    const struct sg_parse_word *words = r->parse->words;
    if (s->cue->pos != 'v' || strcmp(s->cue->words, "receive") != 0)
        return 0;
    for (size_t i = s->word + 1; i < r->parse->word_count && i <= s->word + 4; i++) {
        if (words[i].mention >= 0 || !words[i].word)
            return 0;
        if (words[i].pos == 'n')
            return stance_noun(r, i) || sg_syntax_lemma_listed(words[i].word, 'n', reactions);
    }
    return 0;
}

/* Whether the verb cue has a "from" that names an actor though none of its targets is a
 * "from": whom it leaves ("defected from X to Y"), no target a surface frame may read by word
 * distance ("defected from X" is no support of X). */
int sg_syntax_left_from(const struct reading *r, const struct site *s)
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
int sg_syntax_joins_actor_and_cue(const struct reading *r)
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
                sg_syntax_in_list(r->parse->words[b->right + 1].word, prepositions))
                return 1; /* "... and criticism from Carol": a phrase of its own */
        }
    }
    return 0;
}
