/*
 * Roles from links (roles.h). Link Grammar's links are undirected pairs with a type: S joins a
 * subject to its verb (SI when inverted: "said John"), O a verb to its object, MV and M attach a
 * preposition to a verb or a noun and J the preposition to its object, D a determiner ("'s",
 * "his") to its noun and YS the possessor to "'s", PP, Pv, Pg, Pa, I, IV and TO chain
 * auxiliaries and infinitives, VJ, SJ and the other ..J types join conjuncts to a conjunction,
 * and CO joins an opening phrase ("Despite ...", "If ...") to the main clause's subject.
 */
#include "extract/roles.h"

#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

#define DEPTH 8 /* verb chains and nested lists are short: a bound against cycles */

struct walk {
    const struct sg_parse *parse;
    const struct sg_linkage *linkage;
    size_t *out;
    size_t count;
};

/* The link type of a label: its leading capitals ("Ss*s" -> "S", "MVp" -> "MV"). */
static size_t link_type(const char *label, char *type, size_t size)
{
    size_t n = 0;
    while (label[n] && isupper((unsigned char)label[n]) && n + 1 < size) {
        type[n] = label[n];
        n++;
    }
    type[n] = '\0';
    return n;
}

static int type_is(const struct sg_parse_link *link, const char *type)
{
    char t[16];
    link_type(link->label, t, sizeof t);
    return strcmp(t, type) == 0;
}

/* The first lowercase letter of a label's subscript ("Pv" -> 'v'), or 0. */
static char subscript(const struct sg_parse_link *link)
{
    const char *s = link->label;
    while (*s && isupper((unsigned char)*s))
        s++;
    return *s;
}

/* The word at the other end of the first link of type `type` with w at its right (side 'r') or
 * left ('l') end; SIZE_MAX when none. */
static size_t linked(const struct sg_linkage *linkage, size_t w, const char *type, char side)
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

/* The conjunction of verbs the verb w belongs to ("met ... and criticised"), or SIZE_MAX; from
 * a conjunction itself, none (its conjuncts have their own objects). */
static size_t verb_conjunction(const struct sg_parse *parse, const struct sg_linkage *linkage,
                               size_t w)
{
    if (parse->words[w].pos == 'j')
        return SIZE_MAX;
    size_t c = linked(linkage, w, "VJ", 'l');
    return c != SIZE_MAX ? c : linked(linkage, w, "VJ", 'r');
}

/* Whether w is a conjunction; not "that", which the parser marks so even as a pronoun
 * ("rejected that"), and which joins no list. */
static int is_conjunction(const struct sg_parse *parse, size_t w)
{
    return parse->words[w].pos == 'j' && strcmp(parse->words[w].word, "that") != 0;
}

static void add(struct walk *walk, size_t w, int depth);

static int word_is(const struct sg_parse *parse, size_t w, const char *text)
{
    return parse->words[w].word && strcmp(parse->words[w].word, text) == 0;
}

/* The name a title holds, or SIZE_MAX: "Foreign Minister Andrii Sybiha" split by the parser (a
 * capitalised title right before a name: *split is set), "parliamentary speaker Ruslan
 * Stefanchuk", "Secretary of State Marco Rubio" (GN, G; MG and JG through "of"). */
static size_t held_name(const struct walk *walk, size_t w, int *split)
{
    const struct sg_parse_word *word = &walk->parse->words[w];
    *split = 0;
    if (word->mention >= 0)
        return SIZE_MAX;
    if (word->pos == 'n' && word->capital && w + 1 < walk->parse->word_count &&
        walk->parse->words[w + 1].mention >= 0) {
        *split = 1;
        return w + 1;
    }
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        size_t name = l->left == w && l->label[0] == 'G' ? l->right : SIZE_MAX;
        if (l->left == w && type_is(l, "MG"))
            name = linked(walk->linkage, l->right, "JG", 'l');
        if (name != SIZE_MAX && walk->parse->words[name].mention >= 0)
            return name;
    }
    return SIZE_MAX;
}

/* The conjunct of c at link i (a two-letter ..J link), or SIZE_MAX. */
static size_t conjunct_at(const struct walk *walk, size_t c, size_t i)
{
    const struct sg_parse_link *l = &walk->linkage->links[i];
    char t[16];
    size_t n = link_type(l->label, t, sizeof t);
    if (n != 2 || t[1] != 'J' || t[0] == 'X' || (l->left != c && l->right != c))
        return SIZE_MAX;
    return l->left == c ? l->right : l->left;
}

/* Whether the conjunction c is itself a conjunct of another ("Bob, the Union's decision and
 * NATO's statement": the comma under "and"). */
static int in_list(const struct walk *walk, size_t c)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        size_t other = l->left == c ? l->right : l->right == c ? l->left : SIZE_MAX;
        if (other != SIZE_MAX && is_conjunction(walk->parse, other) &&
            conjunct_at(walk, other, i) == c)
            return 1;
    }
    return 0;
}

/* A conjunction's conjuncts. A comma the parser took for a conjunction between a name and a
 * common noun sets off an apposition ("Keith Kellogg, Trump's special envoy"): the noun is the
 * name again, no other member, unless it holds a name of its own ("parliamentary speaker
 * Ruslan Stefanchuk") or the comma is itself a member of a longer list. */
static void add_conjuncts(struct walk *walk, size_t c, int depth)
{
    int named = 0;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        size_t w = conjunct_at(walk, c, i);
        named |= w != SIZE_MAX && walk->parse->words[w].mention >= 0;
    }
    int apposition = named && word_is(walk->parse, c, ",") && !in_list(walk, c);
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        size_t w = conjunct_at(walk, c, i);
        int split;
        if (w != SIZE_MAX &&
            !(apposition && walk->parse->words[w].mention < 0 && walk->parse->words[w].pos == 'n' &&
              held_name(walk, w, &split) == SIZE_MAX))
            add(walk, w, depth + 1);
    }
}

/* Names the parser joins to the name w other than as conjuncts: "Zelensky, Foreign Minister
 * Sybiha, ..." read as appositives (MX), "Alice and Bob" read as one name (G through "and"). */
static void add_listed_names(struct walk *walk, size_t w, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left == w && l->label[0] == 'M' && l->label[1] == 'X' &&
            walk->parse->words[l->right].mention >= 0)
            add(walk, l->right, depth + 1);
        size_t other = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
        if (other == SIZE_MAX || !type_is(l, "G") || !word_is(walk->parse, other, "and"))
            continue;
        for (size_t j = 0; j < linkage->link_count; j++) {
            const struct sg_parse_link *k = &linkage->links[j];
            size_t name = k->left == other ? k->right : k->right == other ? k->left : SIZE_MAX;
            if (name != SIZE_MAX && name != w && type_is(k, "G") &&
                walk->parse->words[name].mention >= 0)
                add(walk, name, depth + 1);
        }
    }
}

/* The other conjuncts of the conjunction w is a conjunct of. */
static void add_siblings(struct walk *walk, size_t w, int depth)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        char t[16];
        size_t n = link_type(l->label, t, sizeof t);
        size_t other = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
        if (n == 2 && t[1] == 'J' && other != SIZE_MAX && is_conjunction(walk->parse, other))
            add(walk, other, depth + 1);
    }
}

static void add(struct walk *walk, size_t w, int depth)
{
    if (w == SIZE_MAX || depth > DEPTH)
        return;
    if (is_conjunction(walk->parse, w)) {
        add_conjuncts(walk, w, depth);
        return;
    }
    int split = 0;
    size_t name = held_name(walk, w, &split);
    if (name != SIZE_MAX) {
        add(walk, name, depth + 1);
        if (split) /* the name brings the list it belongs to */
            add_siblings(walk, name, depth + 1);
        return;
    }
    for (size_t i = 0; i < walk->count; i++)
        if (walk->out[i] == w)
            return;
    if (walk->count < SG_ROLES_MAX)
        walk->out[walk->count++] = w;
    if (walk->parse->words[w].mention >= 0)
        add_listed_names(walk, w, depth);
}

/* The links that chain a verb to its auxiliaries and infinitives: "has criticised" (PP), "was
 * criticised" (Pv), "is critical" (Pa), "will meet" (I), "wants to meet" (IV, TO). */
static const char *const chain_links[] = {"PP", "P", "I", "IV", "TO", NULL};

/* The verb or noun that w hangs from through an auxiliary, infinitive or conjunction chain:
 * "has criticised" (PP), "was criticised" (Pv), "is critical" (Pa), "will meet" (I), "wants to
 * meet" (IV), "met ... and criticised" (VJ). *control is set when the chain passes through IV
 * or TO: the governor's object, if any, is then the subject ("urged X to sign"). */
static size_t governor(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                       int *control)
{
    for (const char *const *type = chain_links; *type; type++) {
        size_t g = linked(linkage, w, *type, 'r');
        if (g != SIZE_MAX) {
            /* "urged X to sign": through an infinitive, the governor's object, if any */
            *control = strcmp(*type, "IV") == 0 || strcmp(*type, "TO") == 0;
            return g;
        }
    }
    *control = 0;
    return verb_conjunction(parse, linkage, w);
}

static void subject_of(struct walk *walk, size_t w, int depth);
static void object_of(struct walk *walk, size_t w, int depth);

static int word_in(const struct sg_parse *parse, size_t w, const char *const *words);
/* The forms of "have" that make a perfect. */
static const char *const have_forms[] = {"has", "have", "had", NULL};

/* Whether the preposition denies the gerund under it: "without", "instead of", "rather than",
 * "far from". */
static int denied_by(const struct sg_parse *parse, size_t preposition)
{
    static const char *const pairs[][2] = {{"instead", "of"}, {"rather", "than"}, {"far", "from"}};
    static const char *const opposing[] = {"opposed",  "opposition", "objection",
                                           "objected", "resistance", NULL};
    if (word_is(parse, preposition, "without") || word_is(parse, preposition, "against"))
        return 1; /* "campaigned against funding X" */
    if (word_is(parse, preposition, "to") && preposition > 0 &&
        word_in(parse, preposition - 1, opposing))
        return 1; /* "is opposed to funding X" */
    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0] && preposition > 0; i++)
        if (word_is(parse, preposition, pairs[i][1]) &&
            word_is(parse, preposition - 1, pairs[i][0]))
            return 1;
    return 0;
}

/* The subject of a gerund under a preposition: "criticised X for questioning Y" (the object of
 * the verb the preposition hangs from, else its subject), "Despite rejecting ..., X met" (the
 * main clause's subject, through CO). */
static void gerund_subject(struct walk *walk, size_t preposition, int depth)
{
    size_t main_subject = linked(walk->linkage, preposition, "CO", 'l');
    if (main_subject != SIZE_MAX) {
        add(walk, main_subject, depth + 1);
        return;
    }
    size_t verb = linked(walk->linkage, preposition, "MV", 'r');
    if (verb == SIZE_MAX)
        verb = linked(walk->linkage, preposition, "OF", 'r');
    if (verb == SIZE_MAX && word_is(walk->parse, preposition, "by")) {
        /* "crossed a red line by attacking Y": a means, the subject of the noun's verb */
        size_t noun = linked(walk->linkage, preposition, "M", 'r');
        verb = noun == SIZE_MAX ? SIZE_MAX : linked(walk->linkage, noun, "O", 'r');
        if (verb != SIZE_MAX)
            subject_of(walk, verb, depth + 1);
        return;
    }
    if (verb == SIZE_MAX) { /* "the idea of attacking Y": nobody named; the preposition stands
                               in, so that no surface frame reads the gerund either */
        add(walk, preposition, depth + 1);
        return;
    }
    /* "criticised X for praising Y", "accused X of attacking Y": the object; after, before,
     * while, by ...: the subject's own doing */
    size_t before = walk->count;
    if ((word_is(walk->parse, preposition, "for") || word_is(walk->parse, preposition, "of")) &&
        !denied_by(walk->parse, preposition))
        object_of(walk, verb, depth + 1);
    if (walk->count == before)
        subject_of(walk, verb, depth + 1);
}

static int lemma_in(const struct sg_parse *parse, size_t w, const char *const *lemmas);

static size_t saying_verb(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t h);

/* The verb whose subject a participle hung on w after a comma shares: w's, unless w is an
 * adjective said of something in a reported clause ("Alice says NATO is weak, blaming Bob"),
 * where the parser hangs the speaker's participle on the adjective: the verb of saying; not an
 * adjective of feeling, which says the subject's own state. */
static size_t said_predicate(const struct walk *walk, size_t w)
{
    static const char *const feelings[] = {
        "angry",     "furious",      "upset",      "unhappy",   "happy",     "pleased",
        "delighted", "disappointed", "frustrated", "concerned", "worried",   "determined",
        "ready",     "willing",      "keen",       "eager",     "confident", "sure",
        "certain",   "aware",        "afraid",     "proud",     "glad",      "sorry",
        "grateful",  "anxious",      "optimistic", NULL};
    if (word_in(walk->parse, w, feelings))
        return w; /* "Alice said NATO was angry, accusing Bob": NATO's own state, its deed */
    size_t copula =
        walk->parse->words[w].pos == 'a' ? linked(walk->linkage, w, "P", 'r') : SIZE_MAX;
    size_t said = copula == SIZE_MAX ? SIZE_MAX : saying_verb(walk->parse, walk->linkage, copula);
    return said != SIZE_MAX && said != copula ? said : w;
}

/* Subjects found through what w modifies: the clause a participle opens (CO), a participle's
 * verb (MVg: "..., calling X"), the noun
 * a participle or relative clause describes (Mg, Mv, B), a gerund's preposition (M..g). */
static void inherited_subject(struct walk *walk, size_t w, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t opened = linked(linkage, w, "CO", 'l');
    if (opened != SIZE_MAX) { /* "Speaking after talks with X, Alice said": the opener's subject */
        add(walk, opened, depth + 1);
        return;
    }
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right != w)
            continue;
        char t[16];
        link_type(l->label, t, sizeof t);
        if (strcmp(t, "MV") == 0 && subscript(l) == 'g') {
            subject_of(walk, said_predicate(walk, l->left), depth + 1);
            return;
        }
        if (strcmp(t, "W") == 0 && subscript(l) == 'g') {
            /* ", pointing to ...": a participle clause of its own: the main clause's subject */
            size_t main = linked(linkage, 0, "WV", 'l');
            if (main != SIZE_MAX && main != w)
                subject_of(walk, main, depth + 1);
            return;
        }
        if (strcmp(t, "M") == 0 &&
            (walk->parse->words[l->left].pos == 'p' || strncmp(l->label, "Mgp", 3) == 0)) {
            gerund_subject(walk, l->left, depth);
            return;
        }
        if (strcmp(t, "MX") == 0 && walk->parse->words[w].pos == 'g' &&
            walk->parse->words[l->left].pos == 'n' && walk->parse->words[l->left].mention < 0) {
            /* "Alice enacted tariffs, imposing a duty on X": the clause's deed, not the
             * tariffs' (a thing made does nothing); not "praised the rebels, fighting X" */
            size_t verb = linked(linkage, l->left, "O", 'r');
            if (verb != SIZE_MAX && lemma_in(walk->parse, verb, sg_roles_making_verbs))
                subject_of(walk, verb, depth + 1);
            return;
        }
        int named_subject = walk->parse->words[l->left].mention >= 0 &&
                            linked(linkage, l->left, "S", 'l') != SIZE_MAX;
        if (strcmp(t, "M") == 0 || strcmp(t, "B") == 0 ||
            (strcmp(t, "MX") == 0 && (walk->parse->words[w].pos == 'v' || named_subject))) {
            add(walk, l->left, depth + 1); /* MX: "Acme, backed by X,", "Bob's plan, backed by
                                              X," (the plan's owner), "Bob, facing criticism
                                              from X, resigned" (a subject's) */
            return;
        }
    }
}

static void possessor_of(struct walk *walk, size_t w);
static void preposition_of(struct walk *walk, size_t w, const char *preposition, int depth);

/* Nouns of deciding or intending, whose infinitive is their owner's deed. */
static const char *const intents[] = {
    "decision",    "plan",      "move",   "bid",     "attempt",   "effort",
    "refusal",     "promise",   "pledge", "threat",  "intention", "determination",
    "commitment",  "push",      "vow",    "resolve", "failure",   "readiness",
    "willingness", "eagerness", "choice", NULL};

/* Whether w is a noun whose base form is in nouns. */
static int noun_in(const struct sg_parse *parse, size_t w, const char *const *nouns)
{
    char lemma[48];
    if (parse->words[w].pos != 'n' || sg_lemma(parse->words[w].word, 'n', lemma, sizeof lemma) != 0)
        return 0;
    for (const char *const *i = nouns; *i; i++)
        if (strcmp(lemma, *i) == 0)
            return 1;
    return 0;
}

/* Whether w is such a noun ("Alice's decision to back Bob"); not one of asking ("Alice's call
 * on Bob to resign" is Bob's). */
static int intent_noun(const struct sg_parse *parse, size_t w)
{
    return noun_in(parse, w, intents);
}

/* The owner of an intent noun: its possessor ("Alice's decision"), else its "by" ("the decision
 * by Alice"). */
static void intent_owner(struct walk *walk, size_t w)
{
    size_t before = walk->count;
    possessor_of(walk, w);
    if (walk->count == before)
        preposition_of(walk, w, "by", 1);
}

/* Whether the verb v only asks the act under it of its objects, found from out[from] on, and
 * they are common nouns that name no one ("urged voters to reject X", "called on members to
 * back X"): the act then says the asker's stance. Not a verb that makes it happen ("forced
 * workers to ..."), nor a name or pronoun asked ("urged Bob to ...", "urged them to ..."). */
static int asked_of_nobody(const struct walk *walk, size_t v, size_t from)
{
    static const char *const asking[] = {"urge",    "ask",       "call",   "press",
                                         "tell",    "encourage", "invite", "appeal",
                                         "implore", "exhort",    NULL};
    static const char *const pronouns[] = {"you", "them",     "us",        "him",    "her", "it",
                                           "me",  "everyone", "everybody", "people", NULL};
    if (walk->parse->words[v].pos != 'v' || !lemma_in(walk->parse, v, asking))
        return 0;
    for (size_t i = from; i < walk->count; i++) {
        const struct sg_parse_word *o = &walk->parse->words[walk->out[i]];
        if (o->mention >= 0 || o->capital || o->pos != 'n' ||
            word_in(walk->parse, walk->out[i], pronouns))
            return 0;
    }
    return 1;
}

/* The grammatical subject of w (in the passive, the patient). */
static void subject_of(struct walk *walk, size_t w, int depth)
{
    if (depth > DEPTH)
        return;
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right == w && (type_is(l, "S") || type_is(l, "SX")))
            add(walk, l->left, depth + 1);
        if (l->left == w && (type_is(l, "SI") || type_is(l, "SXI")))
            add(walk, l->right, depth + 1);
    }
    if (walk->count > before)
        return;
    int control = 0;
    size_t g = governor(walk->parse, linkage, w, &control);
    if (g != SIZE_MAX) {
        if (control && intent_noun(walk->parse, g))
            intent_owner(walk, g);
        else if (control)
            object_of(walk, g, depth + 1);
        if (control && walk->count > before && asked_of_nobody(walk, g, before))
            walk->count = before; /* "urged voters to reject X": the urger's stance */
        if (walk->count == before)
            subject_of(walk, g, depth + 1);
        return;
    }
    inherited_subject(walk, w, depth);
}

/* The "have" before the past participle w ("which NATO has opposed"), by PP or, where the
 * parser reads the participle as a passive one, by P; else SIZE_MAX. */
static size_t perfect_auxiliary(const struct sg_parse *parse, const struct sg_linkage *linkage,
                                size_t w)
{
    size_t a = linked(linkage, w, "PP", 'r');
    if (a == SIZE_MAX)
        a = linked(linkage, w, "P", 'r');
    return a != SIZE_MAX && word_in(parse, a, have_forms) ? a : SIZE_MAX;
}

/* The object a relative clause leaves out: "Bob, whom Alice criticised," (B from "whom", whose
 * antecedent is Bob by MX or R), "the man Alice criticised" (B from the noun), also past a
 * "have" that takes the subject or the B ("which NATO has opposed"); only where the verb has a
 * subject of its own, since B also links a subject relative ("who supported"), and in the best
 * linkage. */
static void relative_object(struct walk *walk, size_t w, int depth)
{
    static const char *const relatives[] = {"whom", "which", "that", NULL};
    const struct sg_linkage *linkage = walk->linkage;
    size_t have = perfect_auxiliary(walk->parse, linkage, w);
    if ((linked(linkage, w, "S", 'r') == SIZE_MAX &&
         (have == SIZE_MAX || linked(linkage, have, "S", 'r') == SIZE_MAX)) ||
        linkage != &walk->parse->linkages[0])
        return; /* a lesser linkage reads "the assertion that X turned down" so too */
    size_t x = linked(linkage, w, "B", 'r');
    if (x == SIZE_MAX && have != SIZE_MAX)
        x = linked(linkage, have, "B", 'r');
    int relative = x != SIZE_MAX && word_in(walk->parse, x, relatives);
    if (x == SIZE_MAX ||
        (!relative && walk->parse->words[x].pos != 'n' && walk->parse->words[x].mention < 0))
        return;        /* not "and" ("X and Y mediator Z met ...", a misparse) */
    size_t clause = x; /* where the relative clause opens: its pronoun, or its subject */
    if (relative) {
        size_t antecedent = linked(linkage, x, "MX", 'r');
        x = antecedent != SIZE_MAX ? antecedent : linked(linkage, x, "R", 'r');
    } else {
        clause = linked(linkage, x, "R", 'l');
    }
    if (x == SIZE_MAX || clause == SIZE_MAX || clause > x + 2)
        return; /* the clause right after its antecedent ("Bob, whom"), or the parse is amiss:
                   "met with Russian officials in ..., a move Zelensky criticized" */
    /* not a noun set in apposition ("met X, a move Alice criticised": the move is no X) */
    if (walk->parse->words[x].mention >= 0 || linked(linkage, x, "MX", 'r') == SIZE_MAX)
        add(walk, x, depth + 1);
}

/* The direct objects of w, or of the conjunction of verbs it belongs to ("praised and defended
 * X"). */
static void object_of(struct walk *walk, size_t w, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left == w && type_is(l, "O"))
            add(walk, l->right, depth + 1);
    }
    if (walk->count == before)
        relative_object(walk, w, depth);
    if (walk->count > before || depth > DEPTH)
        return;
    size_t c = verb_conjunction(walk->parse, linkage, w);
    if (c != SIZE_MAX)
        object_of(walk, c, depth + 1);
}

/* Possessive pronouns, which link to their noun with D. */
static const char *const possessive_pronouns[] = {"his", "her", "its", "their", "our", "my", NULL};

/* Whether noun w has a possessor: a name, "'s" or a possessive pronoun linked to it with D. */
static int possessed(const struct walk *walk, size_t w)
{
    size_t d = linked(walk->linkage, w, "D", 'r');
    return d != SIZE_MAX &&
           (walk->parse->words[d].mention >= 0 || word_is(walk->parse, d, "'s") ||
            word_is(walk->parse, d, "'") || lemma_in(walk->parse, d, possessive_pronouns));
}

/* The objects of the preposition `preposition` attached to w (MV, M, OF), or to the
 * conjunction of verbs w belongs to. */
/* "Negotiations between A and B resumed": the parser often joins the noun and B ([N between
 * A] and [B]), leaving "between" one member; the name right after "and" is the second. */
static void second_member(struct walk *walk)
{
    size_t a = walk->out[walk->count - 1];
    const struct sg_parse *p = walk->parse;
    if (a + 2 < p->word_count && p->words[a].mention >= 0 && word_is(p, a + 1, "and") &&
        p->words[a + 2].mention >= 0 && walk->count < SG_ROLES_MAX)
        walk->out[walk->count++] = a + 2;
}

/* The first object of a verb of giving whose second object is w ("gave Bob the approval",
 * "offered Bob support"): whom the thing goes to, as "to" would say. */
static void indirect_object_of(struct walk *walk, size_t verb, size_t w)
{
    static const char *const giving[] = {"give",   "grant",   "offer", "extend", "lend", "hand",
                                         "pledge", "promise", "send",  "award",  "show", NULL};
    if (!lemma_in(walk->parse, verb, giving))
        return;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left == verb && l->right < w && type_is(l, "O"))
            add(walk, l->right, 1);
    }
}

/* Whether a decision or plan stands between w and the "by" at p: its maker, not w's ("solidarity
 * with X over the decision by Y"), wherever the parser hung it. */
static int decision_between(const struct sg_parse *parse, size_t w, size_t p)
{
    for (size_t k = w + 1; k < p && word_is(parse, p, "by"); k++)
        if (intent_noun(parse, k))
            return 1;
    return 0;
}

/* Drops the words found from out[from] on whose preposition also modifies a noun other than w
 * (M): the parser hung the phrase on the verb and on that noun, and it is the noun's ("voiced
 * anger over the decision by X": "by X" is the decision's, not the anger's); so is a "by" after
 * a decision between them. */
static void drop_other_nouns(struct walk *walk, size_t from, size_t w)
{
    size_t kept = from;
    for (size_t i = from; i < walk->count; i++) {
        size_t p = linked(walk->linkage, walk->out[i], "J", 'r'), other = SIZE_MAX;
        for (size_t k = 0; p != SIZE_MAX && k < walk->linkage->link_count; k++) {
            const struct sg_parse_link *l = &walk->linkage->links[k];
            if (l->right == p && l->left != w && type_is(l, "M") &&
                walk->parse->words[l->left].pos == 'n')
                other = l->left;
        }
        if (p != SIZE_MAX && p > w && decision_between(walk->parse, w, p))
            other = p;
        if (other == SIZE_MAX)
            walk->out[kept++] = walk->out[i];
    }
    walk->count = kept;
}

/* Whether the object of the phrase led by p is a decision or plan, whose phrases after it are
 * its own ("anger over the decision by X": X decided), unless p is "of" ("criticism of the
 * plan by X": X criticises). */
static int own_agent(const struct sg_parse *parse, size_t p, size_t object)
{
    return intent_noun(parse, object) && !word_is(parse, p, "of");
}

static void preposition_of(struct walk *walk, size_t w, const char *preposition, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left != w || !word_is(walk->parse, l->right, preposition))
            continue;
        if (type_is(l, "MV") || type_is(l, "M") || type_is(l, "OF"))
            for (size_t j = 0; j < linkage->link_count; j++) {
                const struct sg_parse_link *k = &linkage->links[j];
                if (k->left == l->right && type_is(k, "J"))
                    add(walk, k->right, depth + 1);
            }
    }
    if (walk->count == before + 1 && strcmp(preposition, "between") == 0)
        second_member(walk);
    if (walk->count > before || depth > DEPTH)
        return;
    size_t c = verb_conjunction(walk->parse, linkage, w);
    if (c != SIZE_MAX)
        preposition_of(walk, c, preposition, depth + 1);
    if (walk->count > before || walk->parse->words[w].pos != 'n')
        return;
    /* The parser often hangs a noun's phrase elsewhere: on the verb it is the object of
     * ("rejected the offers from X"), or on the object of its own first phrase ("a visit to
     * Kyiv by X"). */
    size_t verb = linked(linkage, w, "O", 'r');
    if (verb != SIZE_MAX && depth == 0) {
        preposition_of(walk, verb, preposition, 1);
        drop_other_nouns(walk, before, w);
    }
    if (verb != SIZE_MAX && depth == 0 && walk->count == before && strcmp(preposition, "to") == 0)
        indirect_object_of(walk, verb, w);
    for (size_t i = 0; i < linkage->link_count && walk->count == before && depth == 0; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left != w || !type_is(l, "M") || walk->parse->words[l->right].pos == 'v')
            continue;
        size_t object = linked(linkage, l->right, "J", 'l');
        /* not "criticism for its support of X" nor "criticism over the policies of X": an "of"
         * is that noun's own; nor "anger over the decision by X" (but "an attack on his convoy
         * by X" is X's attack) */
        if (object != SIZE_MAX && !is_conjunction(walk->parse, object) &&
            strcmp(preposition, "of") != 0 && !own_agent(walk->parse, l->right, object))
            preposition_of(walk, object, preposition, 1);
    }
}

/* "X's criticism" (D from "'s", YS or YP to X) or "his visit" (D from the pronoun). */
static void possessor_of(struct walk *walk, size_t w)
{
    size_t d = linked(walk->linkage, w, "D", 'r');
    if (d == SIZE_MAX)
        return;
    if (walk->parse->words[d].mention >= 0) { /* the pronoun a possessive name became */
        add(walk, d, 0);
        return;
    }
    if (word_is(walk->parse, d, "'s") || word_is(walk->parse, d, "'")) {
        size_t owner = linked(walk->linkage, d, "YS", 'r');
        if (owner == SIZE_MAX)
            owner = linked(walk->linkage, d, "YP", 'r');
        add(walk, owner, 0);
        return;
    }
    for (const char *const *p = possessive_pronouns; *p; p++)
        if (word_is(walk->parse, d, *p))
            add(walk, d, 0);
}

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
            !word_in(walk->parse, l->left, have_forms))
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

/* Verbs that a thing is met "with": "met with criticism from X" hosts the criticism. */
static const char *const meeting[] = {"meet", NULL};

/* The subject of the clause that the phrase of preposition, holding noun w, opens (CO), when
 * the preposition is the phrase's first word and the noun names nobody but through "with" ("In
 * a summit with Bob, Alice warned ...", "At a summit in Lisbon, A and B agreed ..."); not
 * "Despite calls for talks with Bob, Alice ...", nor "After an investigation into Bob, Alice
 * resigned", whose investigator is another. Else SIZE_MAX. */
static size_t opening_host(const struct walk *walk, size_t preposition, size_t w)
{
    return opens_phrase(walk->parse, preposition) && !names_other_than_with(walk, w)
               ? linked(walk->linkage, preposition, "CO", 'l')
               : SIZE_MAX;
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

static void host_of(struct walk *walk, size_t w)
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
            add(walk, opened, 0);
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
        object_of(walk, verb, 1);
    else
        subject_of(walk, verb, 1);
}

size_t sg_roles_measured(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    struct walk walk = {parse, linkage, NULL, 0};
    return measure_of(&walk, w);
}

size_t sg_roles_members(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                        size_t *out)
{
    struct walk walk = {parse, linkage, out, 0};
    add(&walk, w, 0);
    return walk.count;
}

static int lemma_in(const struct sg_parse *parse, size_t w, const char *const *lemmas)
{
    char lemma[48];
    if (sg_lemma(parse->words[w].word, 'v', lemma, sizeof lemma) != 0)
        return 0;
    for (const char *const *l = lemmas; *l; l++)
        if (strcmp(lemma, *l) == 0)
            return 1;
    return 0;
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
        if (c == SIZE_MAX || !is_conjunction(walk->parse, c) || conjunct_at(walk, c, i) != w)
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

/* Who a noun is said of: the subject of "be", "become" or "remain" whose complement it is
 * ("Alice has been a critic of Bob"), the name it is set beside ("Alice, a critic of Bob,"
 * by MX) or the name it is a title of ("NATO critic Alice", by GN), also as one of a group
 * ("Alice, one of Bob's critics,", "Alice was among Bob's critics"); never the subject of
 * another verb ("Alice met Bob's critics"). */
static void predicated_of(struct walk *walk, size_t w)
{
    size_t member = member_of(walk, w);
    if (member != w) {
        size_t verb = linked(walk->linkage, member, "MX", 'r');
        if (verb != SIZE_MAX && walk->parse->words[verb].mention >= 0) {
            add(walk, verb, 0); /* "Alice, one of Bob's critics," */
            return;
        }
        verb = linked(walk->linkage, member, word_is(walk->parse, member, "one") ? "O" : "P", 'r');
        if (verb != SIZE_MAX && lemma_in(walk->parse, verb, copulas))
            subject_of(walk, verb, 0);
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
        add(walk, head, 0);
        return;
    }
    size_t verb = linked(walk->linkage, w, "O", 'r');
    if (verb != SIZE_MAX && lemma_in(walk->parse, verb, copulas))
        subject_of(walk, verb, 0);
}

/* The names set before noun w as its modifiers ("a close Bob ally": AN; not "close"). */
static void modifier_of(struct walk *walk, size_t w)
{
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->right == w && type_is(l, "AN") && walk->parse->words[l->left].mention >= 0)
            add(walk, l->left, 0);
    }
}

/* Verbs of saying. */
static const char *const speech_verbs[] = {
    "say",  "tell",   "add",   "argue",    "warn",   "insist", "claim", "declare", "state", "write",
    "note", "stress", "reply", "complain", "allege", "assert", "deny",  "refute",  NULL};

/* The verb of saying whose clause holds the clause of h: "X said (that) ... h", through CV
 * (and TH from "that"), or a quotation's attribution ("..., X said": CP from the wall). */
static size_t saying_verb(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t h)
{
    for (int depth = 0; h != SIZE_MAX && depth <= DEPTH; depth++) {
        size_t c = linked(linkage, h, "CV", 'r');
        if (c != SIZE_MAX && word_is(parse, c, "that"))
            c = linked(linkage, c, "TH", 'r');
        if (c != SIZE_MAX && lemma_in(parse, c, speech_verbs))
            return c;
        int control = 0;
        h = governor(parse, linkage, h, &control);
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
static void clause_subject_of(struct walk *walk, size_t w)
{
    size_t that = linked(walk->linkage, w, "TH", 'l');
    if (that == SIZE_MAX)
        return;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left == that && l->label[0] == 'C' && l->label[1] == 'e' &&
            !subject_undergoes(walk, l->right))
            add(walk, l->right, 0);
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
        return verb != SIZE_MAX && lemma_in(walk->parse, verb, naming_verbs) ? verb : SIZE_MAX;
    }
    static const char *const committing[] = {"make", "commit", NULL}; /* "X made a mistake" */
    return head != SIZE_MAX && (lemma_in(walk->parse, head, copulas) ||
                                lemma_in(walk->parse, head, naming_verbs) ||
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
            add(walk, w + 2, 1);
}

/* An evaluative adjective's speaker: who calls something so (the by-agent of a passive naming
 * verb: "was described as baseless by Alice"), or says it is so. */
static void speaker_of(struct walk *walk, size_t w)
{
    size_t head = evaluation_head(walk, w); /* "was unacceptable", "called X ..." */
    char pos = walk->parse->words[w].pos;
    if (head == SIZE_MAX && (pos == 'v' || pos == 'g' || (pos == 'n' && possessed(walk, w))))
        head = w; /* an evaluative verb: "said X had lied"; a noun of someone's, wherever it
                     stands: "\"Bob's failure to act made it worse,\" Alice said" */
    if (head == SIZE_MAX)
        return;
    if (lemma_in(walk->parse, head, naming_verbs)) {
        if (sg_roles_passive(walk->parse, walk->linkage, head)) { /* "was called X by Alice" */
            preposition_of(walk, head, "by", 1);
            if (walk->count == 0) /* "was described as baseless by Alice": by on the word */
                preposition_of(walk, w, "by", 1);
        } else
            subject_of(walk, head, 1);
        return;
    }
    size_t verb = saying_verb(walk->parse, walk->linkage, head);
    if (verb != SIZE_MAX)
        subject_of(walk, verb, 1);
    else
        according_to(walk);
}

/* What an evaluative adjective is said of: the object of "called X ...", else its subject. */
static void evaluated_of(struct walk *walk, size_t w)
{
    size_t head = evaluation_head(walk, w);
    size_t noun = walk->parse->words[w].pos == 'n' || linked(walk->linkage, w, "P", 'r') != SIZE_MAX
                      ? SIZE_MAX
                      : linked(walk->linkage, w, "A", 'l');
    if (noun != SIZE_MAX)
        add(walk, noun, 1); /* "an outrageous decision by X": the decision, so X */
    else if (head != SIZE_MAX && lemma_in(walk->parse, head, naming_verbs)) {
        if (sg_roles_passive(walk->parse, walk->linkage, head)) /* "Bob was called ..." */
            subject_of(walk, head, 1);
        else
            object_of(walk, head, 1);
    } else if (walk->parse->words[w].pos == 'n') {
        if (head != SIZE_MAX) /* "Bob was a disgrace"; none for "met a dictator" */
            subject_of(walk, head, 0);
    } else
        subject_of(walk, w, 0);
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
        subject_of(walk, head, 1);
    else if (noun_in(walk->parse, head, nouns)) {
        intent_owner(walk, head); /* its possessor, else its "by" */
        size_t verb = linked(walk->linkage, head, "O", 'r');
        if (verb != SIZE_MAX && lemma_in(walk->parse, verb, upholding))
            subject_of(walk, verb, 1); /* "Z upheld X's findings that Y ...": Z finds so too */
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
    size_t verb = head == SIZE_MAX ? SIZE_MAX : saying_verb(parse, linkage, head);
    if (verb != SIZE_MAX && verb != w)
        subject_of(&walk, verb, 1);
    else if (head != SIZE_MAX)
        finder_of(&walk, head);
    if (walk.count == 0 && verb == SIZE_MAX)
        according_to(&walk); /* "According to X, Y shelled Z" */
    return walk.count;
}

size_t sg_roles_subject_owners(const struct sg_parse *parse, const struct sg_linkage *linkage,
                               size_t w, size_t *out)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    static const char *const of[] = {"for", "of", "from", "at", NULL};
    size_t subjects[SG_ROLES_MAX], found[SG_ROLES_MAX], count = 0;
    size_t n = sg_roles_fill(parse, linkage, w, &subject, subjects);
    struct walk walk = {parse, linkage, found, 0};
    for (size_t i = 0; i < n; i++) {
        if (parse->words[subjects[i]].mention >= 0)
            continue; /* a named subject is no owner's */
        possessor_of(&walk, subjects[i]);
        for (size_t k = 0; k < linkage->link_count; k++) {
            const struct sg_parse_link *l = &linkage->links[k];
            if (l->left != subjects[i] || l->label[0] != 'M' || !word_in(parse, l->right, of))
                continue;
            add(&walk, linked(linkage, l->right, "J", 'l'), 1);
        }
    }
    for (size_t i = 0; i < walk.count; i++)
        if (parse->words[found[i]].mention >= 0)
            out[count++] = found[i];
    return count;
}

int sg_roles_finite(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w)
{
    for (int depth = 0; w != SIZE_MAX && depth <= DEPTH; depth++) {
        for (size_t i = 0; i < linkage->link_count; i++)
            if (linkage->links[i].right == w && type_is(&linkage->links[i], "S"))
                return 1;
        int control = 0;
        w = governor(parse, linkage, w, &control);
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
    size_t c = verb_conjunction(parse, linkage, w);
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
            !word_in(parse, l->left, have_forms))
            return 1; /* not "has" with Pv, a misparse of the perfect ("whom Alice has praised") */
        set_off |= (l->right == w && type_is(l, "MX")) || (l->left == w && type_is(l, "CO"));
    }
    /* a participle set off by commas or opening the sentence ("Acme, backed by X,", "Criticised
     * by X, Acme said"): passive when it is no "-ing" form and has no object but for a naming
     * verb's one ("Bob, called a liar by X,"), in a parse that links every word */
    return set_off && parse->null_count == 0 && participle(parse, w) &&
           (linked(linkage, w, "O", 'l') == SIZE_MAX || lemma_in(parse, w, naming_verbs));
}

/* The conjunction of adjectives w belongs to (AJ), which holds the pair's links, or w. */
static size_t adjective_pair(const struct sg_linkage *linkage, size_t w)
{
    size_t pair = linked(linkage, w, "AJ", 'l');
    if (pair == SIZE_MAX)
        pair = linked(linkage, w, "AJ", 'r');
    return pair == SIZE_MAX ? w : pair;
}

size_t sg_roles_fill(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                     const struct sg_role *role, size_t *out)
{
    struct walk walk = {parse, linkage, out, 0};
    int passive = sg_roles_passive(parse, linkage, w);
    if (parse->words[w].pos == 'a') /* "were irresponsible and dangerous": the pair's links */
        w = adjective_pair(linkage, w);
    switch (role->kind) {
    case SG_ROLE_SUBJECT:
        if (passive)
            preposition_of(&walk, w, "by", 0);
        else
            subject_of(&walk, w, 0);
        break;
    case SG_ROLE_OBJECT:
        if (passive)
            subject_of(&walk, w, 0);
        else
            object_of(&walk, w, 0);
        break;
    case SG_ROLE_POSSESSOR:
        possessor_of(&walk, w);
        break;
    case SG_ROLE_HOST:
        host_of(&walk, w);
        break;
    case SG_ROLE_SPEAKER:
        speaker_of(&walk, w);
        break;
    case SG_ROLE_EVALUATED:
        evaluated_of(&walk, w);
        break;
    case SG_ROLE_PREDICATED:
        predicated_of(&walk, w);
        break;
    case SG_ROLE_CLAUSE:
        clause_subject_of(&walk, w);
        break;
    case SG_ROLE_MODIFIER:
        modifier_of(&walk, w);
        break;
    case SG_ROLE_PREPOSITION:
        preposition_of(&walk, w, role->preposition, 0);
        break;
    }
    return walk.count;
}

static int word_in(const struct sg_parse *parse, size_t w, const char *const *words)
{
    for (const char *const *x = words; *x; x++)
        if (word_is(parse, w, *x))
            return 1;
    return 0;
}

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
        if (type_is(l, "A") && word_in(parse, other, prospective))
            mood |= SG_MOOD_FUTURE;
        if (type_is(l, "M") && l->right == x && strncmp(l->label, "Mgp", 3) == 0 &&
            denied_by(parse, other))
            mood |= SG_MOOD_NEGATED; /* "instead of criticising X", "without meeting X" */
        if (type_is(l, "S") && l->right == x && word_in(parse, other, nobody))
            mood |= SG_MOOD_NEGATED; /* "nobody could criticise X", "neither A nor B met X" */
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
    for (const char *const *type = chain_links; *type; type++)
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

static size_t saying_verb(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t h);
static int lemma_in(const struct sg_parse *parse, size_t w, const char *const *lemmas);

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
    size_t verb = intent_noun(parse, x) ? linked(linkage, x, "O", 'r') : SIZE_MAX;
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
    size_t said = saying_verb(parse, linkage, w);
    int mood = (said != SIZE_MAX && lemma_in(parse, said, denials)) || not_to(parse, linkage, w)
                   ? SG_MOOD_NEGATED
                   : 0;
    int joined = 0; /* "X denied that Y had threatened Z": a claim denied */
    size_t x = w;
    for (int depth = 0; x != SIZE_MAX && depth <= DEPTH; depth++) {
        mood |= mood_of_word(parse, linkage, x);
        if (x != w)
            mood |= mood_of_chain_word(parse, x, joined);
        joined |= !chained(linkage, x);
        int control = 0;
        x = governor(parse, linkage, x, &control);
        if (control)
            mood |= SG_MOOD_MODAL; /* "urged X to condemn Y", "wants to meet": not done yet */
        if (control && x != SIZE_MAX && wished_of_object(parse, linkage, x, w))
            mood |= SG_MOOD_UNREAL; /* "wants X to sack Y": X's act only wished for */
        if (control && x != SIZE_MAX && intent_given_up(parse, linkage, x))
            mood |= SG_MOOD_NEGATED;
    }
    return mood;
}
