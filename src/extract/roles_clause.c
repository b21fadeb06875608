/*
 * The roles a word takes from its clause (roles_parts.h): the host of a noun, who a noun is said
 * of, the names set before a noun, the subject of a that-clause, the speaker of an evaluation
 * and what it is said of, the reporter of a claim, and whether a verb is finite or passive.
 */
#include "extract/roles_parts.h"

/* A noun's host: the subject of the verb whose object it is ("X voiced criticism"), or whose
 * phrase holds it ("X pointed to support for Y", "X engaged in talks", "X called for talks"),
 * or those of the noun that measures it out ("X held a round of talks"); none for a passive
 * verb, whose subject undergoes it ("X was hit with sanctions by Y"). */
/* Whether verb w is a passive participle after "be" ("was hit"; Pv), whose subject undergoes
 * it; not after a form of "have", a misparse of the perfect ("whom Alice has praised"). */
static int after_be(const struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->right == w && type_is(l, "P") && subscript(l) == 'v' &&
            !word_in(walk->parse, l->left, sg_roles_have_forms))
            return 1;
    }
    return 0;
}

/* The noun that measures out noun w, through "of", if any ("a round of talks", "a week of
 * talks", "a wave of attacks"): it stands in w's place in the clause. Else w. */
static size_t measure_of(const struct walk *walk, size_t w)
{
    static const char *const measures[] = {"round",  "rounds", "series", "week",  "weeks",   "day",
                                           "days",   "hour",   "hours",  "month", "months",  "wave",
                                           "string", "flurry", "spate",  "raft",  "package", NULL};
    for (int depth = 0; depth < 2; depth++) {
        size_t of = linked(walk->linkage, w, "J", 'r');
        size_t noun = of == SIZE_MAX || !word_is(walk->parse, of, "of")
                          ? SIZE_MAX
                          : linked(walk->linkage, of, "M", 'r');
        if (noun == SIZE_MAX || !word_in(walk->parse, noun, measures))
            break;
        w = noun;
    }
    return w;
}

/* Whether word w opens a phrase: the sentence's first word, or one after a comma or a
 * conjunction ("After talks ...", "On Monday, after talks ..."; not "calls for talks"). */
static int opens_phrase(const struct sg_parse *parse, size_t w)
{
    static const char *const before[] = {",", "and", "but", "yet", "so", "then", NULL};
    return w == 1 || (w > 1 && word_in(parse, w - 1, before));
}

/* Whether noun w has "with" ("talks with Bob"). */
static int has_with(const struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left == w && type_is(l, "M") && word_is(walk->parse, l->right, "with"))
            return 1;
    }
    return 0;
}

/* Whether noun w names someone through a preposition other than "with" ("an investigation into
 * Bob", "talks between A and B"; not "talks with Bob", "a summit in Lisbon"). */
static int names_other_than_with(const struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left != w || !type_is(l, "M") || word_is(walk->parse, l->right, "with"))
            continue;
        size_t object = linked(walk->linkage, l->right, "J", 'l');
        if (object != SIZE_MAX && walk->parse->words[object].mention >= 0)
            return 1;
    }
    return 0;
}

/* Verbs that call something so ("called the demands unconstructive"). */
static const char *const naming_verbs[] = {"call", "brand", "label", "deem", "describe", NULL};

/* Whether w judges its object by an adjective or noun after it: a naming verb, or consider or
 * find ("considers Bob's plan unacceptable", "found Bob's conduct illegal"); only for
 * evaluations, as a noun that consider takes is weighed, not hosted ("is considering a legal
 * challenge against X" is X's challenger's). */
static int judges(const struct sg_parse *parse, size_t w)
{
    static const char *const weighing[] = {"consider", "find", NULL};
    return lemma_in(parse, w, naming_verbs) || lemma_in(parse, w, weighing);
}

/* Verbs that a thing is met "with": "met with criticism from X" hosts the criticism. */
static const char *const meeting[] = {"meet", NULL};

/* Whether noun w, held by preposition, is a deed the clause's subject does in that very act
 * (roles.h, sg_roles_done_in). */
static int done_in(const struct walk *walk, size_t preposition, size_t w)
{
    static const char *const indefinite[] = {"a", "an", NULL};
    size_t article = linked(walk->linkage, w, "D", 'r');
    return word_is(walk->parse, preposition, "in") && article != SIZE_MAX &&
           word_in(walk->parse, article, indefinite);
}

int sg_roles_done_in(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    struct walk walk = {parse, linkage, NULL, 0};
    size_t preposition = linked(linkage, w, "J", 'r');
    return preposition != SIZE_MAX && opens_phrase(parse, preposition) &&
           done_in(&walk, preposition, w) &&
           (linked(linkage, preposition, "CO", 'l') != SIZE_MAX ||
            linked(linkage, preposition, "MX", 'r') != SIZE_MAX);
}

/* The subject of the clause that the phrase of preposition, holding noun w, opens (CO), when
 * the preposition is the phrase's first word and the noun names nobody but through "with" ("In
 * a summit with Bob, Alice warned ...", "At a summit in Lisbon, A and B agreed ..."), or is
 * done in the act (done_in), when the phrase may also be set beside the subject (MX: "Alice, in
 * a swipe at Bob, said"); not "Despite calls for talks with Bob, Alice ...", nor "After an
 * investigation into Bob, Alice resigned", whose investigator is another. Else SIZE_MAX. */
static size_t opening_host(const struct walk *walk, size_t preposition, size_t w)
{
    int deed = done_in(walk, preposition, w);
    if (!opens_phrase(walk->parse, preposition) || (!deed && names_other_than_with(walk, w)))
        return SIZE_MAX;
    size_t subject = linked(walk->linkage, preposition, "CO", 'l');
    return subject == SIZE_MAX && deed ? linked(walk->linkage, preposition, "MX", 'r') : subject;
}

size_t sg_roles_gapped_verb(const struct sg_linkage *linkage, size_t w)
{
    for (size_t i = 0; i < linkage->link_count; i++)
        if (linkage->links[i].right == w && strncmp(linkage->links[i].label, "VJd", 3) == 0)
            return linkage->links[i].left;
    return w;
}

/* Whether the preposition at p says its noun is left: "of" or "from" after "out" or "away"
 * ("walked out of talks", "pulled out of the talks", "walked away from talks"), "from" after
 * "withdraw" ("withdrew from talks"); who leaves talks had been holding them. */
static int leaves_by(const struct sg_parse *parse, size_t p)
{
    static const char *const particles[] = {"out", "away", NULL};
    static const char *const leaving[] = {"withdraw", NULL};
    if (p == 0 || (!word_is(parse, p, "of") && !word_is(parse, p, "from")))
        return 0;
    return word_in(parse, p - 1, particles) ||
           (word_is(parse, p, "from") && lemma_in(parse, p - 1, leaving));
}

/* The host of noun w: the subject of the verb whose object it is, or that a preposition holding
 * it hangs on ("held talks", "at odds with", "in talks with"), or of the clause a phrase that
 * holds it opens ("After talks with Bob, Alice said"). */
/* Passives whose subject takes part in the phrase's noun: "is locked in a dispute with X",
 * "was embroiled in a row with X", "are engaged in talks with X". */
static const char *const caught_up[] = {"lock",     "embroil", "involve", "engage", "mire",
                                        "entangle", "enmesh",  "bog",     NULL};

void sg_roles_host_of(struct walk *walk, size_t w)
{
    static const char *const holders[] = {"to", "for",   "in", "into", "during",
                                          "at", "after", "up", NULL}; /* "stepped up" */
    w = measure_of(walk, w); /* "held a second round of talks": the round's host */
    size_t verb = linked(walk->linkage, w, "O", 'r');
    if (verb != SIZE_MAX)
        verb = sg_roles_gapped_verb(walk->linkage, verb);
    if (verb != SIZE_MAX && lemma_in(walk->parse, verb, naming_verbs) && !has_with(walk, w))
        return; /* "called the pressure on X unfair": not the caller's; "the talks with X" are */
    size_t preposition = verb == SIZE_MAX ? linked(walk->linkage, w, "J", 'r') : SIZE_MAX;
    int holds = 0;
    for (const char *const *h = holders; *h && preposition != SIZE_MAX; h++)
        holds |= word_is(walk->parse, preposition, *h);
    holds |= preposition != SIZE_MAX && leaves_by(walk->parse, preposition);
    if (preposition != SIZE_MAX && word_is(walk->parse, preposition, "with")) {
        size_t met = linked(walk->linkage, preposition, "MV", 'r'); /* "met with criticism" */
        holds |= met != SIZE_MAX && lemma_in(walk->parse, met, meeting);
    }
    int complement = 0; /* the phrase is the verb's complement (P): "put X at odds with Y" */
    /* climb the phrases the parser hung on one another ("in Munich during a meeting") */
    for (int depth = 0; holds && verb == SIZE_MAX && preposition != SIZE_MAX && depth < 3;
         depth++) {
        size_t opened = depth == 0 ? opening_host(walk, preposition, w) : SIZE_MAX;
        if (opened != SIZE_MAX) {
            sg_roles_add(walk, opened, 0);
            return;
        }
        verb = linked(walk->linkage, preposition, "MV", 'r');
        if (verb == SIZE_MAX) { /* "X has been at odds with Y", "X is in talks with Y" */
            verb = linked(walk->linkage, preposition, "P", 'r');
            complement = verb != SIZE_MAX;
        }
        size_t noun = linked(walk->linkage, preposition, "M", 'r');
        preposition = noun == SIZE_MAX ? SIZE_MAX : linked(walk->linkage, noun, "J", 'r');
    }
    if (verb == SIZE_MAX || walk->parse->words[verb].pos == 'n' ||
        (after_be(walk, verb) && !lemma_in(walk->parse, verb, caught_up)))
        return;
    /* "The vote put (left) Alice at odds with Bob": the object is in the phrase's state, not
     * the subject */
    if (complement && linked(walk->linkage, verb, "O", 'l') != SIZE_MAX)
        sg_roles_object_of(walk, verb, 1);
    else
        sg_roles_subject_of(walk, verb, 1);
}

size_t sg_roles_measured(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    struct walk walk = {parse, linkage, NULL, 0};
    return measure_of(&walk, w);
}

/* Verbs that say what their subject is ("was a critic", "remains an ally"). */
static const char *const copulas[] = {"be", "become", "remain", "stay", NULL};

/* The name set beside the name that noun w's "of" holds, which the parser hangs there ("Another
 * critic of Bob, Alice, said": Alice is the critic, not a second name for Bob), or SIZE_MAX. */
static size_t named_after_of(const struct walk *walk, size_t w)
{
    const struct sg_parse *p = walk->parse;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left != w || l->label[0] != 'M' || l->label[1] == 'X' ||
            strcmp(p->words[l->right].word, "of") != 0)
            continue;
        size_t owner = linked(walk->linkage, l->right, "J", 'l');
        size_t beside = owner == SIZE_MAX ? SIZE_MAX : linked(walk->linkage, owner, "MX", 'l');
        if (beside != SIZE_MAX && p->words[owner].mention >= 0 && p->words[beside].mention >= 0)
            return beside;
    }
    return SIZE_MAX;
}

/* The name set beside a conjunction of nouns that w is a conjunct of ("Dinesh Gunawardena, a
 * Rajapaksa supporter and leader of the MEP": the parser sets the name beside "and" by MX),
 * or SIZE_MAX. */
static size_t conjoined_head(const struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        size_t c = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
        if (c == SIZE_MAX || !is_conjunction(walk->parse, c) ||
            sg_roles_conjunct_at(walk, c, i) != w)
            continue;
        size_t head = linked(walk->linkage, c, "MX", 'r');
        if (head != SIZE_MAX && walk->parse->words[head].mention >= 0)
            return head;
    }
    return SIZE_MAX;
}

/* The word that stands for noun w in its clause when w names a group someone belongs to: "one"
 * of "one of Bob's critics" (by M and J), or the "among" of "among Bob's critics"; else w. */
static size_t member_of(const struct walk *walk, size_t w)
{
    size_t p = linked(walk->linkage, w, "J", 'r');
    if (p != SIZE_MAX && word_is(walk->parse, p, "among"))
        return p;
    size_t one = p != SIZE_MAX && word_is(walk->parse, p, "of") ? linked(walk->linkage, p, "M", 'r')
                                                                : SIZE_MAX;
    return one != SIZE_MAX && word_is(walk->parse, one, "one") ? one : w;
}

/* Who the member that stands for a noun of a group is said of (member_of): the name set beside
 * it ("Alice, one of Bob's critics,") or the subject of the copula whose object is "one" or
 * whose P is "among" ("Alice was among Bob's critics"). */
static void member_said_of(struct walk *walk, size_t member)
{
    size_t verb = linked(walk->linkage, member, "MX", 'r');
    if (verb != SIZE_MAX && walk->parse->words[verb].mention >= 0) {
        sg_roles_add(walk, verb, 0);
        return;
    }
    verb = linked(walk->linkage, member, word_is(walk->parse, member, "one") ? "O" : "P", 'r');
    if (verb != SIZE_MAX && lemma_in(walk->parse, verb, copulas))
        sg_roles_subject_of(walk, verb, 0);
}

/* Who a noun is said of: the subject of "be", "become" or "remain" whose complement it is
 * ("Alice has been a critic of Bob"), the name it is set beside ("Alice, a critic of Bob,"
 * by MX) or the name it is a title of ("NATO critic Alice", by GN), also as one of a group
 * ("Alice, one of Bob's critics,", "Alice was among Bob's critics"); never the subject of
 * another verb ("Alice met Bob's critics"). */
void sg_roles_predicated_of(struct walk *walk, size_t w)
{
    size_t member = member_of(walk, w);
    if (member != w) {
        member_said_of(walk, member);
        return;
    }
    size_t head = linked(walk->linkage, w, "MX", 'r');
    if (head == SIZE_MAX)
        head = linked(walk->linkage, w, "GN", 'l');
    if (head == SIZE_MAX)
        head = named_after_of(walk, w);
    if (head == SIZE_MAX)
        head = conjoined_head(walk, w);
    if (head != SIZE_MAX) {
        sg_roles_add(walk, head, 0);
        return;
    }
    size_t verb = linked(walk->linkage, w, "O", 'r');
    if (verb != SIZE_MAX && lemma_in(walk->parse, verb, copulas))
        sg_roles_subject_of(walk, verb, 0);
}

/* The names set before noun w as its modifiers ("a close Bob ally": AN; not "close"). */
void sg_roles_modifier_of(struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->right == w && type_is(l, "AN") && walk->parse->words[l->left].mention >= 0)
            sg_roles_add(walk, l->left, 0);
    }
}

/* Verbs of saying. */
static const char *const speech_verbs[] = {
    "say",     "tell",   "add",   "argue",  "warn",     "insist",  "claim",
    "declare", "state",  "write", "note",   "stress",   "reply",   "complain",
    "allege",  "assert", "deny",  "refute", "maintain", "contend", NULL};

/* The verb of saying whose clause holds the clause of h: "X said (that) ... h", through CV
 * (and TH from "that"), or a quotation's attribution ("..., X said": CP from the wall). */
size_t sg_roles_saying_verb(const struct sg_parse *parse, const struct sg_linkage *linkage,
                            size_t h)
{
    for (int depth = 0; h != SIZE_MAX && depth <= DEPTH; depth++) {
        size_t c = linked(linkage, h, "CV", 'r');
        if (c != SIZE_MAX && word_is(parse, c, "that"))
            c = linked(linkage, c, "TH", 'r');
        if (c != SIZE_MAX && lemma_in(parse, c, speech_verbs))
            return c;
        int control = 0;
        h = sg_roles_governor(parse, linkage, h, &control);
    }
    size_t s = linked(linkage, 0, "CP", 'l');
    return s != SIZE_MAX && lemma_in(parse, s, speech_verbs) ? s : SIZE_MAX;
}

/* Whether the clause whose subject is subject says only what harm befell it: its verb is a
 * passive of harm or "die" ("angry that X was arrested", "upset X had died"; not "angry that X
 * was re-elected"), down its chain of auxiliaries. */
static int subject_undergoes(const struct walk *walk, size_t subject)
{
    static const char *const chain[] = {"P", "PP", "I", NULL};
    static const char *const harms[] = {
        "kill",      "murder",   "assassinate", "execute",  "shoot",   "wound",    "injure",
        "attack",    "beat",     "torture",     "kidnap",   "abduct",  "arrest",   "detain",
        "jail",      "imprison", "hold",        "sentence", "convict", "charge",   "indict",
        "prosecute", "sack",     "fire",        "dismiss",  "oust",    "remove",   "expel",
        "deport",    "exile",    "ban",         "bar",      "suspend", "threaten", "harass",
        "persecute", "punish",   "silence",     "censor",   "snub",    "exclude",  NULL};
    static const char *const dying[] = {"die", NULL};
    size_t x = linked(walk->linkage, subject, "S", 'l');
    for (int depth = 0, passive = 0; x != SIZE_MAX && depth < 4; depth++) {
        if (lemma_in(walk->parse, x, dying) || (passive && lemma_in(walk->parse, x, harms)))
            return 1;
        size_t next = SIZE_MAX;
        for (size_t i = 0; i < walk->linkage->link_count && next == SIZE_MAX; i++) {
            const struct sg_parse_link *l = &walk->linkage->links[i];
            for (const char *const *t = chain; *t && l->left == x && next == SIZE_MAX; t++)
                next = type_is(l, *t) ? l->right : SIZE_MAX;
            passive = next != SIZE_MAX && type_is(l, "P"); /* "was arrested": Pv or Pa */
        }
        x = next;
    }
    return 0;
}

/* The subject of the that-clause w governs ("pleased that X backed it": TH to "that", C from
 * it to the clause's subject); not one the clause says only befell ("angry that X was
 * arrested"). */
void sg_roles_clause_subject_of(struct walk *walk, size_t w)
{
    size_t that = linked(walk->linkage, w, "TH", 'l');
    if (that == SIZE_MAX)
        return;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left == that && l->label[0] == 'C' && l->label[1] == 'e' &&
            !subject_undergoes(walk, l->right))
            sg_roles_add(walk, l->right, 0);
    }
}

/* The verb an evaluation hangs on: an adjective's (P: "was unacceptable", "called X
 * unconstructive", or through "as": "described X as dumb"), or for one set before a noun the
 * noun's ("This is an outrageous decision"); a noun's when it is the complement of be, become or
 * remain or the second object of a naming verb ("Bob was a disgrace", "called Bob a liar",
 * "described Bob as a liar"; not "met a dictator"). */
static size_t evaluation_head(const struct walk *walk, size_t w)
{
    if (walk->parse->words[w].pos != 'n') {
        size_t head = linked(walk->linkage, w, "P", 'r');
        size_t noun = head == SIZE_MAX ? linked(walk->linkage, w, "A", 'l') : SIZE_MAX;
        if (noun != SIZE_MAX) /* "an outrageous decision by X": the noun's verb */
            head = linked(walk->linkage, noun, "O", 'r');
        if (head != SIZE_MAX && word_is(walk->parse, head, "as")) /* "described X as dumb" */
            head = linked(walk->linkage, head, "AZ", 'r');
        return head;
    }
    size_t head = linked(walk->linkage, w, "O", 'r');
    size_t as = head == SIZE_MAX ? linked(walk->linkage, w, "J", 'r') : SIZE_MAX;
    if (as != SIZE_MAX && word_is(walk->parse, as, "as")) { /* "described X as a liar" */
        size_t verb = linked(walk->linkage, as, "MV", 'r');
        return verb != SIZE_MAX && judges(walk->parse, verb) ? verb : SIZE_MAX;
    }
    static const char *const committing[] = {"make", "commit", NULL}; /* "X made a mistake" */
    return head != SIZE_MAX && (lemma_in(walk->parse, head, copulas) || judges(walk->parse, head) ||
                                lemma_in(walk->parse, head, committing))
               ? head
               : SIZE_MAX;
}

/* The source a sentence names with "according to X" (its speaker when no verb of saying
 * holds the evaluation). */
static void according_to(struct walk *walk)
{
    const struct sg_parse *p = walk->parse;
    for (size_t w = 0; w + 2 < p->word_count; w++)
        if (word_is(p, w, "according") && word_is(p, w + 1, "to") && p->words[w + 2].mention >= 0)
            sg_roles_add(walk, w + 2, 1);
}

/* The word whose speaker says the evaluation at w: its evaluation head ("was unacceptable",
 * "called X ..."), else w itself for an evaluative verb ("said X had lied") or a noun of
 * someone's, wherever it stands ("\"Bob's failure to act made it worse,\" Alice said"); or
 * SIZE_MAX when w is said of nobody ("met a dictator"). */
static size_t spoken_head(const struct walk *walk, size_t w)
{
    size_t head = evaluation_head(walk, w);
    char pos = walk->parse->words[w].pos;
    if (head == SIZE_MAX &&
        (pos == 'v' || pos == 'g' || (pos == 'n' && sg_roles_possessed(walk, w))))
        head = w;
    return head;
}

/* The word whose speaker says the evaluation at w (spoken_head), or SIZE_MAX. */
size_t sg_roles_spoken_head(const struct sg_parse *parse, const struct sg_linkage *linkage,
                            size_t w)
{
    struct walk walk = {parse, linkage, NULL, 0};
    return spoken_head(&walk, w);
}

/* An evaluative adjective's speaker: who calls something so (the by-agent of a passive naming
 * verb: "was described as baseless by Alice"), or says it is so. */
void sg_roles_speaker_of(struct walk *walk, size_t w)
{
    size_t head = spoken_head(walk, w);
    if (head == SIZE_MAX)
        return;
    if (judges(walk->parse, head)) {
        if (sg_roles_passive(walk->parse, walk->linkage, head)) { /* "was called X by Alice" */
            sg_roles_preposition_of(walk, head, "by", 1);
            if (walk->count == 0) /* "was described as baseless by Alice": by on the word */
                sg_roles_preposition_of(walk, w, "by", 1);
        } else
            sg_roles_subject_of(walk, head, 1);
        return;
    }
    size_t verb = sg_roles_saying_verb(walk->parse, walk->linkage, head);
    if (verb != SIZE_MAX)
        sg_roles_subject_of(walk, verb, 1);
    else
        according_to(walk);
}

/* What an evaluative adjective is said of: the object of "called X ...", else its subject. */
void sg_roles_evaluated_of(struct walk *walk, size_t w)
{
    size_t head = evaluation_head(walk, w);
    size_t noun = walk->parse->words[w].pos == 'n' || linked(walk->linkage, w, "P", 'r') != SIZE_MAX
                      ? SIZE_MAX
                      : linked(walk->linkage, w, "A", 'l');
    if (noun != SIZE_MAX)
        sg_roles_add(walk, noun, 1); /* "an outrageous decision by X": the decision, so X */
    else if (head != SIZE_MAX && judges(walk->parse, head)) {
        if (sg_roles_passive(walk->parse, walk->linkage, head)) /* "Bob was called ..." */
            sg_roles_subject_of(walk, head, 1);
        else
            sg_roles_object_of(walk, head, 1);
    } else if (walk->parse->words[w].pos == 'n') {
        if (head != SIZE_MAX) /* "Bob was a disgrace"; none for "met a dictator" */
            sg_roles_subject_of(walk, head, 0);
    } else
        sg_roles_subject_of(walk, w, 0);
}

/* The finders of the that-clause holding h: the subject of a verb of finding ("X found that Y
 * had violated the law") or the owner of a noun of finding ("X's findings that Y violated",
 * "the ruling by X that Y ..."), and whoever upholds such a noun ("Z upheld X's findings that
 * ..."), into walk. */
static void finder_of(struct walk *walk, size_t h)
{
    static const char *const verbs[] = {"find", "rule", "conclude", "determine", NULL};
    static const char *const nouns[] = {"finding", "ruling", "conclusion", "determination", NULL};
    static const char *const upholding[] = {"uphold", "confirm", "endorse", "accept", NULL};
    size_t that = linked(walk->linkage, h, "CV", 'r');
    size_t head = that != SIZE_MAX && word_is(walk->parse, that, "that")
                      ? linked(walk->linkage, that, "TH", 'r')
                      : SIZE_MAX;
    if (head == SIZE_MAX)
        return;
    if (walk->parse->words[head].pos == 'v' && lemma_in(walk->parse, head, verbs))
        sg_roles_subject_of(walk, head, 1);
    else if (noun_in(walk->parse, head, nouns)) {
        sg_roles_intent_owner(walk, head); /* its possessor, else its "by" */
        size_t verb = linked(walk->linkage, head, "O", 'r');
        if (verb != SIZE_MAX && lemma_in(walk->parse, verb, upholding))
            sg_roles_subject_of(walk, verb,
                                1); /* "Z upheld X's findings that Y ...": Z finds so too */
    }
}

size_t sg_roles_reporter(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                         size_t *out)
{
    struct walk walk = {parse, linkage, out, 0};
    size_t head = w;
    if (parse->words[w].pos == 'n') { /* "said Y's attacks are a result of ...", "said Z suffered
                                        Y's attacks"; not "said Y's attack was justified": an
                                        adjective says what the reporter thinks of the deed */
        head = linked(linkage, w, "S", 'l');
        if (head != SIZE_MAX && linked(linkage, head, "P", 'l') != SIZE_MAX)
            return 0;
        if (head == SIZE_MAX)
            head = linked(linkage, w, "O", 'r');
    }
    size_t verb = head == SIZE_MAX ? SIZE_MAX : sg_roles_saying_verb(parse, linkage, head);
    if (verb != SIZE_MAX && verb != w)
        sg_roles_subject_of(&walk, verb, 1);
    else if (head != SIZE_MAX)
        finder_of(&walk, head);
    if (walk.count == 0 && verb == SIZE_MAX)
        according_to(&walk); /* "According to X, Y shelled Z" */
    return walk.count;
}

int sg_roles_finite(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    for (int depth = 0; w != SIZE_MAX && depth <= DEPTH; depth++) {
        for (size_t i = 0; i < linkage->link_count; i++)
            if (linkage->links[i].right == w && type_is(&linkage->links[i], "S"))
                return 1;
        int control = 0;
        w = sg_roles_governor(parse, linkage, w, &control);
        if (control)
            return 0; /* "wants to meet": an infinitive */
    }
    return 0;
}

/* Whether w is a verb that may be a past participle: no "-ing" form. */
static int participle(const struct sg_parse *parse, size_t w)
{
    size_t n = strlen(parse->words[w].word);
    return parse->words[w].pos == 'v' &&
           !(n > 3 && strcmp(parse->words[w].word + n - 3, "ing") == 0);
}

/* Whether participle w is one of two under one "be" ("was backed by X and criticised by Y"):
 * the parser links "be" to their conjunction (Pg) and each to it (VJ). */
static int coordinated_passive(const struct sg_parse *parse, const struct sg_linkage *linkage,
                               size_t w)
{
    static const char *const be[] = {"be", "is", "are", "was", "were", "been", NULL};
    size_t c = sg_roles_verb_conjunction(parse, linkage, w);
    size_t verb = c == SIZE_MAX ? SIZE_MAX : linked(linkage, c, "P", 'r');
    if (verb != SIZE_MAX && word_in(parse, verb, be) && participle(parse, w))
        return 1;
    /* "Bob was praised by X and criticised by Y": the parser joins "was" (and its passive
     * participle) with the second participle */
    size_t first = c == SIZE_MAX ? SIZE_MAX : linked(linkage, c, "VJ", 'r');
    if (first == SIZE_MAX || !word_in(parse, first, be) || !participle(parse, w) ||
        linked(linkage, w, "O", 'l') != SIZE_MAX)
        return 0;
    for (size_t i = 0; i < linkage->link_count; i++)
        if (linkage->links[i].left == first && type_is(&linkage->links[i], "P") &&
            subscript(&linkage->links[i]) == 'v')
            return 1;
    return 0;
}

int sg_roles_passive(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    if (coordinated_passive(parse, linkage, w))
        return 1;
    int set_off = 0;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right == w && (type_is(l, "P") || type_is(l, "M")) && subscript(l) == 'v' &&
            !word_in(parse, l->left, sg_roles_have_forms))
            return 1; /* not "has" with Pv, a misparse of the perfect ("whom Alice has praised") */
        set_off |= (l->right == w && type_is(l, "MX")) || (l->left == w && type_is(l, "CO"));
    }
    /* a participle set off by commas or opening the sentence ("Acme, backed by X,", "Criticised
     * by X, Acme said"): passive when it is no "-ing" form and has no object but for a naming
     * verb's one ("Bob, called a liar by X,"), in a parse that links every word */
    return set_off && parse->null_count == 0 && participle(parse, w) &&
           (linked(linkage, w, "O", 'l') == SIZE_MAX || lemma_in(parse, w, naming_verbs));
}
