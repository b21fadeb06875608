/*
 * Roles from links (roles.h). Link Grammar's links are undirected pairs with a type: S joins a
 * subject to its verb (SI when inverted: "said John"), O a verb to its object, MV and M attach a
 * preposition to a verb or a noun and J the preposition to its object, D a determiner ("'s",
 * "his") to its noun and YS the possessor to "'s", PP, Pv, Pg, Pa, I, IV and TO chain
 * auxiliaries and infinitives, VJ, SJ and the other ..J types join conjuncts to a conjunction,
 * and CO joins an opening phrase ("Despite ...", "If ...") to the main clause's subject.
 */
#include "extract/roles_parts.h"

/* The conjunction of verbs the verb w belongs to ("met ... and criticised"), or SIZE_MAX; from
 * a conjunction itself, none (its conjuncts have their own objects). */
size_t sg_roles_verb_conjunction(const struct sg_parse *parse, const struct sg_linkage *linkage,
                                 size_t w)
{
    if (parse->words[w].pos == 'j')
        return SIZE_MAX;
    size_t c = linked(linkage, w, "VJ", 'l');
    return c != SIZE_MAX ? c : linked(linkage, w, "VJ", 'r');
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
size_t sg_roles_conjunct_at(const struct walk *walk, size_t c, size_t i)
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
            sg_roles_conjunct_at(walk, other, i) == c)
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
        size_t w = sg_roles_conjunct_at(walk, c, i);
        named |= w != SIZE_MAX && walk->parse->words[w].mention >= 0;
    }
    int apposition = named && word_is(walk->parse, c, ",") && !in_list(walk, c);
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        size_t w = sg_roles_conjunct_at(walk, c, i);
        int split;
        if (w != SIZE_MAX &&
            !(apposition && walk->parse->words[w].mention < 0 && walk->parse->words[w].pos == 'n' &&
              held_name(walk, w, &split) == SIZE_MAX))
            sg_roles_add(walk, w, depth + 1);
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
            sg_roles_add(walk, l->right, depth + 1);
        size_t other = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
        if (other == SIZE_MAX || !type_is(l, "G") || !word_is(walk->parse, other, "and"))
            continue;
        for (size_t j = 0; j < linkage->link_count; j++) {
            const struct sg_parse_link *k = &linkage->links[j];
            size_t name = k->left == other ? k->right : k->right == other ? k->left : SIZE_MAX;
            if (name != SIZE_MAX && name != w && type_is(k, "G") &&
                walk->parse->words[name].mention >= 0)
                sg_roles_add(walk, name, depth + 1);
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
            sg_roles_add(walk, other, depth + 1);
    }
}

void sg_roles_add(struct walk *walk, size_t w, int depth)
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
        sg_roles_add(walk, name, depth + 1);
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
const char *const sg_roles_chain_links[] = {"PP", "P", "I", "IV", "TO", NULL};

/* The forms of "have" that make a perfect. */
const char *const sg_roles_have_forms[] = {"has", "have", "had", NULL};

/* The verb or noun that w hangs from through an auxiliary, infinitive or conjunction chain:
 * "has criticised" (PP), "was criticised" (Pv), "is critical" (Pa), "will meet" (I), "wants to
 * meet" (IV), "met ... and criticised" (VJ). *control is set when the chain passes through IV
 * or TO: the governor's object, if any, is then the subject ("urged X to sign"). */
size_t sg_roles_governor(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                         int *control)
{
    for (const char *const *type = sg_roles_chain_links; *type; type++) {
        size_t g = linked(linkage, w, *type, 'r');
        if (g != SIZE_MAX) {
            /* "urged X to sign": through an infinitive, the governor's object, if any */
            *control = strcmp(*type, "IV") == 0 || strcmp(*type, "TO") == 0;
            return g;
        }
    }
    *control = 0;
    return sg_roles_verb_conjunction(parse, linkage, w);
}

/* Whether the preposition denies the gerund under it: "without", "instead of", "rather than",
 * "far from". */
int sg_roles_denied_by(const struct sg_parse *parse, size_t preposition)
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

/* Whether the gerund's "in" hangs from join, whose subject and named object both do it
 * ("Alice joined Bob in condemning Carol": Alice and Bob); adds them. */
static int joined_in(struct walk *walk, size_t preposition, size_t verb, int depth)
{
    static const char *const joining[] = {"join", NULL};
    if (!word_is(walk->parse, preposition, "in") || !lemma_in(walk->parse, verb, joining))
        return 0;
    sg_roles_subject_of(walk, verb, depth + 1);
    size_t object = linked(walk->linkage, verb, "O", 'l');
    if (object != SIZE_MAX && walk->parse->words[object].mention >= 0)
        sg_roles_object_of(walk, verb, depth + 1);
    return 1;
}

/* The subject of a gerund under a preposition: "criticised X for questioning Y" (the object of
 * the verb the preposition hangs from, else its subject), "Despite rejecting ..., X met" (the
 * main clause's subject, through CO). */
static void gerund_subject(struct walk *walk, size_t preposition, int depth)
{
    size_t main_subject = linked(walk->linkage, preposition, "CO", 'l');
    if (main_subject != SIZE_MAX) {
        sg_roles_add(walk, main_subject, depth + 1);
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
            sg_roles_subject_of(walk, verb, depth + 1);
        return;
    }
    if (verb == SIZE_MAX) { /* "the idea of attacking Y": nobody named; the preposition stands
                               in, so that no surface frame reads the gerund either */
        sg_roles_add(walk, preposition, depth + 1);
        return;
    }
    if (joined_in(walk, preposition, verb, depth))
        return;
    /* "criticised X for praising Y", "accused X of attacking Y": the object; after, before,
     * while, by ...: the subject's own doing */
    size_t before = walk->count;
    if ((word_is(walk->parse, preposition, "for") || word_is(walk->parse, preposition, "of")) &&
        !sg_roles_denied_by(walk->parse, preposition))
        sg_roles_object_of(walk, verb, depth + 1);
    if (walk->count == before)
        sg_roles_subject_of(walk, verb, depth + 1);
}

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
    size_t said =
        copula == SIZE_MAX ? SIZE_MAX : sg_roles_saying_verb(walk->parse, walk->linkage, copula);
    return said != SIZE_MAX && said != copula ? said : w;
}

/* Verbs of asking, whose infinitive is the act of the one asked. */
static const char *const asking_verbs[] = {"urge",    "ask",       "call",   "press",
                                           "tell",    "encourage", "invite", "appeal",
                                           "implore", "exhort",    NULL};

/* Whether verb v has a phrase of place or manner before w, a preposition's or an adverb's
 * ("went to Kathmandu", "headed for Lisbon on Sunday", "returned home"; not a clause: "had not
 * announced if they were going to ..."), and none that names an actor ("appealed to Bob": MV,
 * then J). */
static int placed_before(const struct walk *walk, size_t v, size_t w)
{
    int placed = 0;
    for (size_t i = 0; i < walk->linkage->link_count; i++) {
        const struct sg_parse_link *l = &walk->linkage->links[i];
        if (l->left != v || l->right >= w || strncmp(l->label, "MV", 2) != 0 ||
            (subscript(l) != 'p' && subscript(l) != 'a'))
            continue;
        size_t noun = linked(walk->linkage, l->right, "J", 'l');
        if (noun != SIZE_MAX && walk->parse->words[noun].mention >= 0)
            return 0;
        placed = 1;
    }
    return placed;
}

/* Whether the "to" at w that the verb v, which has an object, takes as a purpose (MVi) is one:
 * "stormed the offices in X to protest Y", "would do everything to defend Y", whose doer is v's
 * subject: v is no "be" ("was the first envoy to visit X", "is due to meet X" say no purpose)
 * nor a verb whose object does what it asks, and the "to" follows neither v ("plans to visit
 * X": a plan, the infinitive its own) nor a common noun the parser may have robbed of it
 * ("welcomed NATO's offer to mediate"). */
static int purpose_after_object(const struct walk *walk, size_t v, size_t w)
{
    /* verbs besides those of asking whose object does the infinitive, "it took the government
     * months to approve X", misread as a purpose */
    static const char *const controlling[] = {"be",       "order",   "force",    "give",   "allow",
                                              "persuade", "require", "instruct", "direct", "compel",
                                              "pressure", "want",    "get",      "help",   "expect",
                                              "advise",   "permit",  "enable",   "take",   NULL};
    const struct sg_parse_word *before = &walk->parse->words[w - 1];
    return v + 1 < w && !(before->pos == 'n' && before->mention < 0) &&
           !lemma_in(walk->parse, v, asking_verbs) && !lemma_in(walk->parse, v, controlling);
}

/* Whether link l hangs the "to" at w on a verb as its purpose (MVi: "went to Kathmandu to hold
 * talks with X"), whose doer is the verb's subject. With an object, as purpose_after_object
 * says; without, only after a phrase of the verb's, as a purpose follows a move somewhere, and
 * not when the verb has a phrase naming an actor, or asks, where the one asked may act ("called
 * on Bob to meet X", "called on members to back X"), nor with "to" right after the verb ("had
 * threatened to cut off", "decided not to attend"), where the parser's purpose is more often a
 * complement it misread, whose mood and negation are the verb's. */
static int purpose_of(const struct walk *walk, const struct sg_parse_link *l, size_t w)
{
    if (strncmp(l->label, "MVi", 3) != 0 || !word_is(walk->parse, w, "to") ||
        walk->parse->words[l->left].pos != 'v')
        return 0;
    if (linked(walk->linkage, l->left, "O", 'l') != SIZE_MAX)
        return purpose_after_object(walk, l->left, w);
    return !lemma_in(walk->parse, l->left, asking_verbs) && placed_before(walk, l->left, w);
}

/* Whether the word right before w is an "and" or "or" the linkage left unlinked: the parser
 * dropped a conjunction of verbs and hung the second verb on the noun before it ("intimidating
 * people in X and threatening Y" as "X threatening Y"), so that noun does not act it. */
static int dropped_conjunction(const struct walk *walk, size_t w)
{
    static const char *const joins[] = {"and", "or", NULL};
    if (w < 2 || !word_in(walk->parse, w - 1, joins))
        return 0;
    for (size_t i = 0; i < walk->linkage->link_count; i++)
        if (walk->linkage->links[i].left == w - 1 || walk->linkage->links[i].right == w - 1)
            return 0;
    return 1;
}

/* Subjects found through what w modifies: the clause a participle opens (CO), a participle's
 * verb (MVg: "..., calling X"), the noun
 * a participle or relative clause describes (Mg, Mv, B), a gerund's preposition (M..g), the
 * verb an infinitive of purpose hangs on (MVi). */
static void inherited_subject(struct walk *walk, size_t w, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t opened = linked(linkage, w, "CO", 'l');
    if (opened != SIZE_MAX) { /* "Speaking after talks with X, Alice said": the opener's subject */
        sg_roles_add(walk, opened, depth + 1);
        return;
    }
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right != w)
            continue;
        char t[16];
        link_type(l->label, t, sizeof t);
        if (strcmp(t, "MV") == 0 && subscript(l) == 'g') {
            sg_roles_subject_of(walk, said_predicate(walk, l->left), depth + 1);
            return;
        }
        if (purpose_of(walk, l, w)) {
            sg_roles_subject_of(walk, l->left, depth + 1);
            return;
        }
        if (strcmp(t, "W") == 0 && subscript(l) == 'g') {
            /* ", pointing to ...": a participle clause of its own: the main clause's subject */
            size_t main = linked(linkage, 0, "WV", 'l');
            if (main != SIZE_MAX && main != w)
                sg_roles_subject_of(walk, main, depth + 1);
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
                sg_roles_subject_of(walk, verb, depth + 1);
            return;
        }
        int named_subject = walk->parse->words[l->left].mention >= 0 &&
                            linked(linkage, l->left, "S", 'l') != SIZE_MAX;
        if (strcmp(t, "M") == 0 && subscript(l) == 'g' && dropped_conjunction(walk, w))
            return; /* "X and threatening Y": a verb conjoined to one before X, not X's */
        if (strcmp(t, "M") == 0 || strcmp(t, "B") == 0 ||
            (strcmp(t, "MX") == 0 && (walk->parse->words[w].pos == 'v' || named_subject))) {
            sg_roles_add(walk, l->left,
                         depth + 1); /* MX: "Acme, backed by X,", "Bob's plan, backed by
                               X," (the plan's owner), "Bob, facing criticism
                               from X, resigned" (a subject's) */
            return;
        }
    }
}

static void possessor_of(struct walk *walk, size_t w);

/* Nouns of deciding or intending, whose infinitive is their owner's deed. */
static const char *const intents[] = {
    "decision",    "plan",      "move",   "bid",     "attempt",   "effort",
    "refusal",     "promise",   "pledge", "threat",  "intention", "determination",
    "commitment",  "push",      "vow",    "resolve", "failure",   "readiness",
    "willingness", "eagerness", "choice", NULL};

/* Whether w is such a noun ("Alice's decision to back Bob"); not one of asking ("Alice's call
 * on Bob to resign" is Bob's). */
int sg_roles_intent_noun(const struct sg_parse *parse, size_t w)
{
    return noun_in(parse, w, intents);
}

/* The owner of an intent noun: its possessor ("Alice's decision"), else its "by" ("the decision
 * by Alice"). */
void sg_roles_intent_owner(struct walk *walk, size_t w)
{
    size_t before = walk->count;
    possessor_of(walk, w);
    if (walk->count == before)
        sg_roles_preposition_of(walk, w, "by", 1);
}

/* Whether the verb v only asks the act under it of its objects, found from out[from] on, and
 * they are common nouns that name no one ("urged voters to reject X", "called on members to
 * back X"): the act then says the asker's stance. Not a verb that makes it happen ("forced
 * workers to ..."), nor a name or pronoun asked ("urged Bob to ...", "urged them to ..."). */
static int asked_of_nobody(const struct walk *walk, size_t v, size_t from)
{
    static const char *const pronouns[] = {"you", "them",     "us",        "him",    "her", "it",
                                           "me",  "everyone", "everybody", "people", NULL};
    if (walk->parse->words[v].pos != 'v' || !lemma_in(walk->parse, v, asking_verbs))
        return 0;
    for (size_t i = from; i < walk->count; i++) {
        const struct sg_parse_word *o = &walk->parse->words[walk->out[i]];
        if (o->mention >= 0 || o->capital || o->pos != 'n' ||
            word_in(walk->parse, walk->out[i], pronouns))
            return 0;
    }
    return 1;
}

/* The word at the other end of w's I*j link, on side 'r' (w at its right: the clause's head,
 * "that" or the asking verb) or 'l' (w at its left: the bare verb), or SIZE_MAX. */
static size_t subjunctive_end(const struct sg_linkage *linkage, size_t w, char side)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (!type_is(l, "I") || !subjunctive_link(l))
            continue;
        if (side == 'r' && l->right == w)
            return l->left;
        if (side == 'l' && l->left == w)
            return l->right;
    }
    return SIZE_MAX;
}

size_t sg_roles_subjunctive_head(const struct sg_linkage *linkage, size_t w)
{
    return subjunctive_end(linkage, w, 'r');
}

/* The bare verb a subjunctive clause's head links by I*j ("demanded that Bob resign": "that",
 * or "demanded" where "that" is left out), or SIZE_MAX. */
static size_t subjunctive_verb(const struct sg_linkage *linkage, size_t head)
{
    return subjunctive_end(linkage, head, 'l');
}

/* Whether head opens a subjunctive clause: it links a bare verb by I*j; an SI*j with no such
 * verb is a misparse ("Alice ordered a halt": "halt" read as an inverted subject). */
static int opens_subjunctive(const struct sg_linkage *linkage, size_t head)
{
    return subjunctive_verb(linkage, head) != SIZE_MAX;
}

/* The subject a subjunctive clause's head (its "that", or the verb) links by SI*j to, from
 * out[from] on: "Bob" in "demanded (that) Bob resign". */
static void subjunctive_subject(struct walk *walk, size_t head, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    if (head == SIZE_MAX || !opens_subjunctive(linkage, head))
        return;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left == head && type_is(l, "SI") && subjunctive_link(l))
            sg_roles_add(walk, l->right, depth + 1);
    }
}

/* The name before "and" when the parser reads "A and B verb" as "A. And B verb": A alone by Wa
 * from the wall, "and" opening the rest (Xx), B its subject by Wdc ("Valdoria and Estmark
 * pledged to support X"). A is a subject beside B; a sentence that opens with "And" has no A,
 * and an A that is the subject of a verb of its own ("Dave backed Carol and NATO condemned
 * Bob") is no part of B's clause. */
static void split_conjunct(struct walk *walk, size_t subject, int depth)
{
    static const char *const conjunctions[] = {"and", "or", NULL};
    const struct sg_parse *parse = walk->parse;
    size_t joiner = linked(walk->linkage, subject, "W", 'r');
    if (joiner == SIZE_MAX || !word_in(parse, joiner, conjunctions) ||
        parse->words[subject].mention < 0 || linked(walk->linkage, joiner, "X", 'r') != 0)
        return;
    size_t first = linked(walk->linkage, 0, "W", 'l');
    if (first != SIZE_MAX && first < joiner && parse->words[first].mention >= 0 &&
        linked(walk->linkage, first, "S", 'l') == SIZE_MAX)
        sg_roles_add(walk, first, depth + 1);
}

/* The grammatical subject of w (in the passive, the patient). A subjunctive's subject (SI*j) is
 * its bare verb's, never the asking verb's: "Alice demanded Bob resign" is no joint demand (but
 * for a participle set on a noun, "a petition demanding X scrap Y", as before: its asker is left
 * to the surface frames). */
void sg_roles_subject_of(struct walk *walk, size_t w, int depth)
{
    if (depth > DEPTH)
        return;
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    subjunctive_subject(walk, sg_roles_subjunctive_head(linkage, w), depth);
    for (size_t i = 0; i < linkage->link_count && walk->count == before; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right == w && (type_is(l, "S") || type_is(l, "SX"))) {
            sg_roles_add(walk, l->left, depth + 1);
            split_conjunct(walk, l->left, depth);
        }
        if (l->left == w && (type_is(l, "SI") || type_is(l, "SXI")) &&
            (!subjunctive_link(l) || !opens_subjunctive(linkage, w) ||
             linked(linkage, w, "M", 'r') != SIZE_MAX))
            sg_roles_add(walk, l->right, depth + 1);
    }
    if (walk->count > before)
        return;
    int control = 0;
    size_t g = sg_roles_governor(walk->parse, linkage, w, &control);
    if (g != SIZE_MAX) {
        if (control && sg_roles_intent_noun(walk->parse, g))
            sg_roles_intent_owner(walk, g);
        else if (control)
            sg_roles_object_of(walk, g, depth + 1);
        if (control && walk->count > before && asked_of_nobody(walk, g, before))
            walk->count = before; /* "urged voters to reject X": the urger's stance */
        if (walk->count == before)
            sg_roles_subject_of(walk, g, depth + 1);
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
    return a != SIZE_MAX && word_in(parse, a, sg_roles_have_forms) ? a : SIZE_MAX;
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
        sg_roles_add(walk, x, depth + 1);
}

/* Whether verb w asks a deed of someone by a subjunctive clause (its "that", or w itself where
 * "that" is left out, links a bare verb by I*j, no "be": "requested that Bob withdraw the
 * plan"; not "requested that Bob be released", done to him). */
int sg_roles_asks_deed(const struct sg_linkage *linkage, const struct sg_parse *parse, size_t w)
{
    size_t that = linked(linkage, w, "TS", 'l');
    size_t verb = subjunctive_verb(linkage, that != SIZE_MAX ? that : w);
    return verb != SIZE_MAX && !word_is(parse, verb, "be");
}

/* Whom a verb of asking aims a subjunctive clause at, its subject: "Alice demanded (that) Bob
 * resign", as the object is in "demanded Bob's resignation". */
static void addressee_of(struct walk *walk, size_t w, int depth)
{
    static const char *const asking[] = {"demand", "request", "urge", "insist", "ask",
                                         "call",   "press",   "beg",  NULL};
    if (walk->parse->words[w].pos != 'v' || !lemma_in(walk->parse, w, asking) ||
        linked(walk->linkage, w, "M", 'r') != SIZE_MAX)
        return; /* "a petition demanding X scrap Y": the petition's asking, whose author the
                   parse does not know; the surface frames read it */
    size_t that = linked(walk->linkage, w, "TS", 'l');
    size_t head = that != SIZE_MAX ? that : w, verb = subjunctive_verb(walk->linkage, head);
    if (verb != SIZE_MAX && word_is(walk->parse, verb, "be"))
        return; /* "demanded that Bob be released": Bob is done to, whom no one asks */
    subjunctive_subject(walk, head, depth);
}

/* The direct objects of w, or of the conjunction of verbs it belongs to ("praised and defended
 * X"). */
void sg_roles_object_of(struct walk *walk, size_t w, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left == w && type_is(l, "O"))
            sg_roles_add(walk, l->right, depth + 1);
    }
    if (walk->count == before)
        addressee_of(walk, w, depth);
    if (walk->count == before)
        relative_object(walk, w, depth);
    if (walk->count > before || depth > DEPTH)
        return;
    size_t c = sg_roles_verb_conjunction(walk->parse, linkage, w);
    if (c != SIZE_MAX)
        sg_roles_object_of(walk, c, depth + 1);
}

/* Possessive pronouns, which link to their noun with D. */
static const char *const possessive_pronouns[] = {"his", "her", "its", "their", "our", "my", NULL};

/* Whether noun w has a possessor: a name, "'s" or a possessive pronoun linked to it with D. */
int sg_roles_possessed(const struct walk *walk, size_t w)
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
            sg_roles_add(walk, l->right, 1);
    }
}

/* Whether a decision or plan stands between w and the "by" at p: its maker, not w's ("solidarity
 * with X over the decision by Y"), wherever the parser hung it. */
static int decision_between(const struct sg_parse *parse, size_t w, size_t p)
{
    for (size_t k = w + 1; k < p && word_is(parse, p, "by"); k++)
        if (sg_roles_intent_noun(parse, k))
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
    return sg_roles_intent_noun(parse, object) && !word_is(parse, p, "of");
}

/* The noun a noun of measure w measures out through "of" ("tariffs on $23 billion worth of
 * Alice's goods", "a range of Bob's exports"): it stands in w's place as the target; else w. */
static size_t measured(const struct walk *walk, size_t w)
{
    static const char *const measures[] = {"worth",   "value",    "amount",   "billion", "billions",
                                           "million", "millions", "trillion", "range",   "variety",
                                           "array",   "host",     "number",   NULL};
    for (int depth = 0; depth < 2 && w != SIZE_MAX && word_in(walk->parse, w, measures); depth++) {
        size_t of = linked(walk->linkage, w, "M", 'l');
        size_t noun = of == SIZE_MAX || !word_is(walk->parse, of, "of")
                          ? SIZE_MAX
                          : linked(walk->linkage, of, "J", 'l');
        if (noun == SIZE_MAX)
            break;
        w = noun;
    }
    return w;
}

/* Whether a noun's "of" at p comes after a "by" of its own: "a boycott of X by members of Y" is
 * the members' "of", Y the boycotters (wrong on batch 10's dev text, unseen by the code of that
 * day, where a lesser linkage hangs the second "of" on the boycott). */
static int of_after_agent(const struct sg_parse *parse, size_t w, size_t p)
{
    if (parse->words[w].pos != 'n' || !word_is(parse, p, "of"))
        return 0;
    for (size_t k = w + 1; k < p; k++)
        if (word_is(parse, k, "by"))
            return 1;
    return 0;
}

void sg_roles_preposition_of(struct walk *walk, size_t w, const char *preposition, int depth)
{
    const struct sg_linkage *linkage = walk->linkage;
    size_t before = walk->count;
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->left != w || !word_is(walk->parse, l->right, preposition) ||
            (depth == 0 && of_after_agent(walk->parse, w, l->right)))
            continue;
        if (type_is(l, "MV") || type_is(l, "M") || type_is(l, "OF"))
            for (size_t j = 0; j < linkage->link_count; j++) {
                const struct sg_parse_link *k = &linkage->links[j];
                if (k->left == l->right && type_is(k, "J"))
                    sg_roles_add(walk, measured(walk, k->right), depth + 1);
            }
    }
    if (walk->count == before + 1 && strcmp(preposition, "between") == 0)
        second_member(walk);
    if (walk->count > before || depth > DEPTH)
        return;
    size_t c = sg_roles_verb_conjunction(walk->parse, linkage, w);
    if (c != SIZE_MAX)
        sg_roles_preposition_of(walk, c, preposition, depth + 1);
    if (walk->count > before || walk->parse->words[w].pos != 'n')
        return;
    /* The parser often hangs a noun's phrase elsewhere: on the verb it is the object of
     * ("rejected the offers from X"), or on the object of its own first phrase ("a visit to
     * Kyiv by X"). */
    size_t verb = linked(linkage, w, "O", 'r');
    if (verb != SIZE_MAX && depth == 0) {
        sg_roles_preposition_of(walk, verb, preposition, 1);
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
            sg_roles_preposition_of(walk, object, preposition, 1);
    }
}

/* "X's criticism" (D from "'s", YS or YP to X) or "his visit" (D from the pronoun). */
static void possessor_of(struct walk *walk, size_t w)
{
    size_t d = linked(walk->linkage, w, "D", 'r');
    if (d == SIZE_MAX)
        return;
    if (walk->parse->words[d].mention >= 0) { /* the pronoun a possessive name became */
        sg_roles_add(walk, d, 0);
        return;
    }
    if (word_is(walk->parse, d, "'s") || word_is(walk->parse, d, "'")) {
        size_t owner = linked(walk->linkage, d, "YS", 'r');
        if (owner == SIZE_MAX)
            owner = linked(walk->linkage, d, "YP", 'r');
        sg_roles_add(walk, owner, 0);
        return;
    }
    for (const char *const *p = possessive_pronouns; *p; p++)
        if (word_is(walk->parse, d, *p))
            sg_roles_add(walk, d, 0);
}

size_t sg_roles_members(const struct sg_parse *parse, const struct sg_linkage *linkage, size_t w,
                        size_t *out)
{
    struct walk walk = {parse, linkage, out, 0};
    sg_roles_add(&walk, w, 0);
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
            sg_roles_add(&walk, linked(linkage, l->right, "J", 'l'), 1);
        }
    }
    for (size_t i = 0; i < walk.count; i++)
        if (parse->words[found[i]].mention >= 0)
            out[count++] = found[i];
    return count;
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
            sg_roles_preposition_of(&walk, w, "by", 0);
        else
            sg_roles_subject_of(&walk, w, 0);
        break;
    case SG_ROLE_OBJECT:
        if (passive)
            sg_roles_subject_of(&walk, w, 0);
        else
            sg_roles_object_of(&walk, w, 0);
        break;
    case SG_ROLE_POSSESSOR:
        possessor_of(&walk, w);
        break;
    case SG_ROLE_HOST:
        sg_roles_host_of(&walk, w);
        break;
    case SG_ROLE_SPEAKER:
        sg_roles_speaker_of(&walk, w);
        break;
    case SG_ROLE_EVALUATED:
        sg_roles_evaluated_of(&walk, w);
        break;
    case SG_ROLE_PREDICATED:
        sg_roles_predicated_of(&walk, w);
        break;
    case SG_ROLE_CLAUSE:
        sg_roles_clause_subject_of(&walk, w);
        break;
    case SG_ROLE_MODIFIER:
        sg_roles_modifier_of(&walk, w);
        break;
    case SG_ROLE_PREPOSITION:
        sg_roles_preposition_of(&walk, w, role->preposition, 0);
        break;
    }
    return walk.count;
}
