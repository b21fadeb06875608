/*
 * How a clause is said (roles_parts.h): negated, refused, modal, future, conditional, reported
 * or denied, read along the verb chain of a cue; and who a departure verb ("resign", "step
 * down") is asked of, and by whom.
 */
#include "extract/roles_parts.h"

static const char *const negators[] = {"not", "never", "n't", NULL};

int sg_roles_negator(const char *word)
{
    size_t n = word ? strlen(word) : 0;
    for (const char *const *x = negators; *x; x++)
        if (n && strcmp(word, *x) == 0)
            return 1;
    return (n > 3 && strcmp(word + n - 3, "n't") == 0) ||
           (n > 5 && strcmp(word + n - 5, "n\xe2\x80\x99t") == 0);
}

static const char *const refusals[] = {"refuse",   "refuses",  "refused",   "refusing", "decline",
                                       "declines", "declined", "declining", "fail",     "fails",
                                       "failed",   "failing",  "refusal",   "failure",  NULL};

static const char *const modals[] = {"would",  "could", "might", "may",
                                     "should", "can",   "must",  NULL};

static const char *const futures[] = {"will",    "shall",  "'ll",     "plan", "plans",
                                      "planned", "intend", "intends", "due",  "scheduled",
                                      "set",     "going",  NULL};

static const char *const prospective[] = {"upcoming", "planned",   "proposed",
                                          "possible", "potential", "future",
                                          "next",     "scheduled", NULL};

const char *const sg_roles_making_verbs[] = {
    "announce",  "make",    "take",   "issue",  "impose", "propose",   "present",
    "offer",     "release", "unveil", "table",  "submit", "introduce", "adopt",
    "sign",      "pass",    "draft",  "launch", "put",    "float",     "outline",
    "recommend", "suggest", "enact",  NULL};

const char *const sg_roles_readiness[] = {"ready", "willing",     "prepared",  "open",      "eager",
                                          "keen",  "willingness", "readiness", "eagerness", NULL};

static const char *const conditions[] = {"if", "unless", NULL};

static const char *const forecasts[] = {"expected", "likely", "unlikely", "whether", NULL};

static const char *const nobody[] = {"nobody", "none", "neither", "nothing", "nor", NULL};

/* Whether the "that" at t opens the clause of a claim its speaker rejects ("dismissed
 * suggestions that she had backed X", "scoffed at claims that ..."): TH from a noun of claiming
 * that is the object of a verb of rejecting, or of its "at". */
static int claim_rejected(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t t)
{
    static const char *const claims[] = {"claim",     "suggestion", "report",     "allegation",
                                         "rumour",    "rumor",      "accusation", "speculation",
                                         "assertion", "charge",     NULL};
    static const char *const rejecting[] = {"deny",   "reject",  "dismiss", "refute",
                                            "rebuff", "scoff",   "laugh",   "brush",
                                            "shrug",  "rubbish", NULL};
    size_t noun = word_is(parse, t, "that") ? linked(linkage, t, "TH", 'r') : SIZE_MAX;
    if (noun == SIZE_MAX || !noun_in(parse, noun, claims))
        return 0;
    size_t verb = linked(linkage, noun, "O", 'r');
    size_t at = verb == SIZE_MAX ? linked(linkage, noun, "J", 'r') : SIZE_MAX;
    if (at != SIZE_MAX && (word_is(parse, at, "at") || word_is(parse, at, "off")))
        verb = linked(linkage, at, "MV", 'r');
    return verb != SIZE_MAX && lemma_in(parse, verb, rejecting);
}

/* Whether the "that" at t opens what a rumour or speculation says ("rumours that she had
 * praised X", "speculation that X would back Y"), which no one states as done: TH from such a
 * noun, or R where the parser reads "that" as a relative pronoun. */
static int hearsay(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t t)
{
    static const char *const rumours[] = {"rumour",     "rumor",  "speculation",
                                          "conjecture", "gossip", NULL};
    if (!word_is(parse, t, "that"))
        return 0;
    size_t noun = linked(linkage, t, "TH", 'r');
    if (noun == SIZE_MAX)
        noun = linked(linkage, t, "R", 'r');
    return noun != SIZE_MAX && noun_in(parse, noun, rumours);
}

/* Whether the noun of talks at x is what a verb of asking asks "for" ("called for talks with
 * X", "pressed for negotiations"): talks wished for, not held yet. */
static int talks_asked_for(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t x)
{
    static const char *const talks[] = {"talk",   "negotiation", "meeting",
                                        "summit", "dialogue",    NULL};
    static const char *const asking[] = {"call", "push", "press", "appeal", "ask", "lobby", NULL};
    size_t at = noun_in(parse, x, talks) ? linked(linkage, x, "J", 'r') : SIZE_MAX;
    size_t verb =
        at != SIZE_MAX && word_is(parse, at, "for") ? linked(linkage, at, "MV", 'r') : SIZE_MAX;
    return verb != SIZE_MAX && lemma_in(parse, verb, asking);
}

/* Mood flags from the words linked to x: negators (E, N), conditions (CV to the verb, CO to
 * its subject) and, on a noun, prospective adjectives (A). */
static int mood_of_word(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t x)
{
    int mood = 0;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        size_t other = l->left == x ? l->right : l->right == x ? l->left : SIZE_MAX;
        if (other == SIZE_MAX)
            continue;
        if ((type_is(l, "E") || type_is(l, "EB") || type_is(l, "N")) &&
            sg_roles_negator(parse->words[other].word))
            mood |= SG_MOOD_NEGATED;
        if ((type_is(l, "CV") || type_is(l, "MV")) && word_in(parse, other, conditions))
            mood |= SG_MOOD_CONDITIONAL;
        if (type_is(l, "CV") && l->right == x && claim_rejected(parse, linkage, other))
            mood |= SG_MOOD_NEGATED; /* "denied reports that X had backed Y" */
        if (type_is(l, "CV") && l->right == x && hearsay(parse, linkage, other))
            mood |= SG_MOOD_UNREAL; /* "rumours that X had backed Y" */
        if (type_is(l, "A") && word_in(parse, other, prospective))
            mood |= SG_MOOD_FUTURE;
        if (type_is(l, "M") && l->right == x && strncmp(l->label, "Mgp", 3) == 0 &&
            sg_roles_denied_by(parse, other))
            mood |= SG_MOOD_NEGATED; /* "instead of criticising X", "without meeting X" */
        if (type_is(l, "S") && l->right == x && word_in(parse, other, nobody))
            mood |= SG_MOOD_NEGATED; /* "nobody could criticise X", "neither A nor B met X" */
        if (type_is(l, "VJ") && word_is(parse, other, "nor"))
            mood |= SG_MOOD_NEGATED; /* "neither endorsed nor criticised X" */
        if (type_is(l, "Q") && subscript(l) == 'd' && l->right == x)
            mood |= SG_MOOD_UNREAL; /* "Will X back Y?" asks, and says nothing was done */
        if (type_is(l, "S") && l->right == x) {
            size_t opener = linked(linkage, other, "CO", 'r');
            if (opener != SIZE_MAX && word_in(parse, opener, conditions))
                mood |= SG_MOOD_CONDITIONAL;
        }
    }
    return mood;
}

/* Whether w hangs from its governor through an auxiliary or infinitive chain, not through a
 * conjunction of verbs. */
static int chained(const struct sg_linkage *linkage, size_t w)
{
    for (const char *const *type = sg_roles_chain_links; *type; type++)
        if (linked(linkage, w, *type, 'r') != SIZE_MAX)
            return 1;
    return 0;
}

/* The mood words x adds to the chain of w: modals, futures, forecasts, "could have" (not "would
 * have to"), refusals, "has yet to". Past a conjunction of verbs (joined), a forecast only halves:
 * "was expected to lose but attacked X" is often parsed as one infinitive. */
static int mood_of_chain_word(const struct sg_parse *parse, size_t x, int joined)
{
    int mood = 0;
    if (word_in(parse, x, modals) || word_in(parse, x, sg_roles_readiness))
        mood |= word_is(parse, x, "would") ? SG_MOOD_MODAL : SG_MOOD_MODAL | SG_MOOD_POSSIBLE;
    if (word_in(parse, x, futures))
        mood |= SG_MOOD_FUTURE;
    int unreal = word_in(parse, x, forecasts) ||
                 (x > 0 && x + 1 < parse->word_count && word_is(parse, x, "have") &&
                  word_in(parse, x - 1, modals) && !word_is(parse, x + 1, "to"));
    if (unreal) /* "is expected to endorse X"; "could have attacked X": it was not done */
        mood |= joined ? SG_MOOD_FUTURE : SG_MOOD_UNREAL;
    if (word_in(parse, x, refusals) || sg_roles_negator(parse->words[x].word) ||
        (x + 2 < parse->word_count && word_is(parse, x + 1, "yet") && word_is(parse, x + 2, "to")))
        mood |= SG_MOOD_NEGATED; /* also "didn't", which the parser keeps whole; "has yet to" */
    return mood;
}

/* Whether verb w is the one a "not to" opens ("urged X not to attack Y"): the verb the "to"
 * links by I, not a verb joined to it ("decided not to attend but criticised Y"). */
static int not_to(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    size_t to = linked(linkage, w, "I", 'r');
    size_t not =
        to == SIZE_MAX || !word_is(parse, to, "to") ? SIZE_MAX : linked(linkage, to, "NT", 'r');
    return not != SIZE_MAX && word_is(parse, not, "not");
}

/* Whether the verb v wishes the infinitive under it of its object, before w ("wants X to sack
 * Y", "would like X to meet Y"): X's act is only someone else's wish. */
static int wished_of_object(const struct sg_parse *parse, const struct sg_linkage *linkage,
                            size_t v, size_t w)
{
    static const char *const wishing[] = {"want", "wish", "like", "prefer", "expect", NULL};
    size_t object = linked(linkage, v, "O", 'l');
    return parse->words[v].pos == 'v' && object != SIZE_MAX && object < w &&
           lemma_in(parse, v, wishing);
}

/* Whether the intent noun x is the object of a verb that gives it up ("abandoned her plan to
 * sanction X", "broke her promise to back X"): its infinitive is not done. */
static int intent_given_up(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t x)
{
    static const char *const giving_up[] = {"abandon", "scrap",   "drop",    "shelve", "reverse",
                                            "break",   "cancel",  "ditch",   "deny",   "withdraw",
                                            "renege",  "rescind", "retract", NULL};
    size_t verb = sg_roles_intent_noun(parse, x) ? linked(linkage, x, "O", 'r') : SIZE_MAX;
    return verb != SIZE_MAX && lemma_in(parse, verb, giving_up);
}

/* The one asked to go by the verb v: the object of "for" on it ("called for X to resign"),
 * else its object ("wants X to resign", "urged X to step down"). */
static size_t asked_to_go(const struct sg_linkage *linkage, const struct sg_parse *parse, size_t v)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left == v && type_is(l, "MV") && word_is(parse, l->right, "for"))
            return linked(linkage, l->right, "J", 'l');
    }
    return linked(linkage, v, "O", 'l');
}

/* Whether the departure verb at w leaves something other than a post ("quit smoking", "quit the
 * talks", "stand down his troops") or is itself negated ("should not resign", "urged X not to
 * quit"): no one is asked to go. */
static int no_departure(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    static const char *const posts[] = {
        "post",        "job",     "office",     "seat",         "position",   "role", "presidency",
        "premiership", "cabinet", "government", "chairmanship", "leadership", NULL};
    size_t object = linked(linkage, w, "O", 'l');
    if ((object != SIZE_MAX && !word_in(parse, object, posts)) ||
        linked(linkage, w, "P", 'l') != SIZE_MAX) /* "quit smoking" */
        return 1;
    return not_to(parse, linkage, w) || /* "urged X not to quit", "should not resign" */
           (w > 0 && sg_roles_negator(parse->words[w - 1].word)) ||
           (w > 1 && word_is(parse, w - 1, "be") && sg_roles_negator(parse->words[w - 2].word));
}

size_t sg_roles_departure_asker(const struct sg_parse *parse, const struct sg_linkage *linkage,
                                size_t w, size_t *who)
{
    static const char *const asking[] = {"want",  "wish", "like", "urge",  "ask",    "call",
                                         "press", "push", "tell", "order", "demand", NULL};
    static const char *const saying[] = {"say",   "insist", "argue", "suggest",
                                         "think", "demand", NULL};
    static const char *const musts[] = {"should", "must", "ought", NULL};
    static const char *const up[] = {"I", "P", "PP", NULL};
    *who = SIZE_MAX;
    if (no_departure(parse, linkage, w))
        return SIZE_MAX;
    size_t v = linked(linkage, w, "IV", 'r'); /* "wants X to resign" */
    if (v != SIZE_MAX)
        *who = lemma_in(parse, v, asking) ? linked(linkage, v, "O", 'l') : SIZE_MAX;
    for (size_t x = w, depth = 0; v == SIZE_MAX && depth < 3; depth++) {
        size_t g = SIZE_MAX;
        for (const char *const *type = up; *type && g == SIZE_MAX; type++)
            g = linked(linkage, x, *type, 'r');
        if (g == SIZE_MAX)
            break;
        if (word_is(parse, g, "to")) { /* "called for X to resign", "urged X to be sacked" */
            v = linked(linkage, g, "MV", 'r');
            if (v == SIZE_MAX)
                v = linked(linkage, g, "TO", 'r');
            if (v != SIZE_MAX && lemma_in(parse, v, asking))
                *who = asked_to_go(linkage, parse, v);
        } else if (word_in(parse, g, musts)) { /* "said X should resign (be sacked)" */
            v = linked(linkage, w, "CV", 'r');
            if (v == SIZE_MAX)
                v = linked(linkage, x, "CV", 'r'); /* the clause's head is "be" */
            if (v != SIZE_MAX && lemma_in(parse, v, saying))
                *who = linked(linkage, g, "S", 'r');
        }
        x = g;
    }
    return *who == SIZE_MAX ? SIZE_MAX : v;
}

int sg_roles_mood(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    static const char *const denials[] = {"deny", "refute", NULL};
    size_t said = sg_roles_saying_verb(parse, linkage, w);
    int mood = (said != SIZE_MAX && lemma_in(parse, said, denials)) || not_to(parse, linkage, w)
                   ? SG_MOOD_NEGATED
                   : 0;
    if (talks_asked_for(parse, linkage, w))
        mood |= SG_MOOD_FUTURE; /* "called for talks with X": none held yet */
    int joined = 0;             /* "X denied that Y had threatened Z": a claim denied */
    int contrasted = 0;
    size_t x = w;
    for (int depth = 0; x != SIZE_MAX && depth <= DEPTH; depth++) {
        int found = mood_of_word(parse, linkage, x);
        if (x != w)
            found |= mood_of_chain_word(parse, x, joined);
        mood |= contrasted ? found & ~SG_MOOD_NEGATED : found;
        joined |= !chained(linkage, x);
        if (sg_roles_subjunctive_head(linkage, x) != SIZE_MAX)
            mood |= SG_MOOD_MODAL; /* "insisted that X condemn Y": asked, not done */
        int control = 0;
        size_t up = sg_roles_governor(parse, linkage, x, &control);
        /* "did not outline a plan but warned X": the parser hangs both verbs on "did not", yet
         * "not A but B" denies A and states B */
        contrasted |= up != SIZE_MAX && up < x && word_is(parse, up, "but");
        x = up;
        if (control)
            mood |= SG_MOOD_MODAL; /* "urged X to condemn Y", "wants to meet": not done yet */
        if (control && x != SIZE_MAX && wished_of_object(parse, linkage, x, w))
            mood |= SG_MOOD_UNREAL; /* "wants X to sack Y": X's act only wished for */
        if (control && x != SIZE_MAX && intent_given_up(parse, linkage, x))
            mood |= SG_MOOD_NEGATED;
    }
    return mood;
}
