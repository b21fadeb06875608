/*
 * Who a role's words name (syntax_parts.h): the entry points sg_syntax_referents_of and
 * sg_syntax_fill, mentions, pronouns, appositives, those said to be included, sayers, lists and
 * list members, and quoted speakers. The things they name, their owners, authors and makers, are
 * syntax_things.c's.
 */
#include "extract/syntax_parts.h"

#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* The pronouns a role may hold, which stand for actors through the resolver. */
const char *const sg_syntax_pronouns[] = {"he",   "him",   "his", "she", "her", "they",
                                          "them", "their", "it",  "its", "i",   "me",
                                          "my",   "we",    "us",  "our", NULL};

static int is_pronoun(const char *word)
{
    return sg_syntax_in_list(word, sg_syntax_pronouns);
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
        !sg_syntax_in_list(parse->words[w + 1].word, being))
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

/* Adds who, named by parse word word, to f unless f holds that actor already or is full. */
void sg_syntax_add_referent(struct filled *f, struct sg_referent who, size_t word)
{
    for (size_t i = 0; i < f->count; i++)
        if (f->who[i].actor == who.actor)
            return;
    if (f->count < SG_ROLES_MAX) {
        f->who[f->count] = who;
        f->word[f->count++] = word;
    }
}

/* The referents of w, or for "those" what they are those for or of ("including those for
 * small island states and Latin American countries"). */
static void those_of(const struct reading *r, size_t w, struct filled *f)
{
    static const struct sg_role of[] = {{SG_ROLE_PREPOSITION, "for"}, {SG_ROLE_PREPOSITION, "of"}};
    if (strcmp(r->parse->words[w].word, "those") != 0) {
        sg_syntax_referents_of(r, w, f, 1);
        return;
    }
    for (size_t k = 0; k < 2; k++) {
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_fill(r->parse, r->linkage, w, &of[k], words);
        for (size_t j = 0; j < n; j++)
            sg_syntax_referents_of(r, words[j], f, 1);
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

/* Whether w is the subject of a verb (S). */
static int is_subject(const struct reading *r, size_t w)
{
    return sg_syntax_link_right(r, w, 'S', 'J') != SIZE_MAX;
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
            sg_syntax_add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1},
                                   l->right);
        }
    }
    return f->count > before;
}

/* The subject words of the verb whose clause w opens ("NATO said it ...", "Bob said talks with
 * Alice ...": Ce), at most SG_ROLES_MAX. Returns the count. */
size_t sg_syntax_clause_sayers(const struct reading *r, size_t w, size_t *words)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'C' && l->label[1] == 'e')
            return sg_roles_fill(r->parse, r->linkage, l->left, &subject, words);
    }
    return 0;
}

/* The subject of the clause whose verb has the pronoun w as its object ("said Dave had praised
 * him": Dave), or w itself when none. */
static size_t object_clause_subject(const struct reading *r, size_t w)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    size_t words[SG_ROLES_MAX];
    if (strcmp(r->parse->words[w].word, "him") != 0)
        return w;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == w && l->label[0] == 'O' &&
            sg_roles_fill(r->parse, r->linkage, l->left, &subject, words) > 0)
            return words[0];
    }
    return w;
}

/* The actor named as the subject of the verb whose clause the pronoun w opens ("NATO said it
 * was concerned": Ce), or of the clause "him" is the object in ("Bob said Dave had praised
 * him": Bob, the one who says it, not a person named between), or -1. */
static long sayer(const struct reading *r, size_t w)
{
    size_t words[SG_ROLES_MAX];
    size_t n = sg_syntax_clause_sayers(r, object_clause_subject(r, w), words);
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
             sg_syntax_in_list(r->parse->words[l->left].word, sg_syntax_possessives)))
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
        strcmp(r->parse->words[w - 1].word, "the") == 0 &&
        sg_syntax_link_right(r, w, 'S', 'J') != SIZE_MAX)
        return 1; /* "The two also announced ..." */
    if (!sg_syntax_in_list(r->parse->words[w].word, sides) &&
        !sg_syntax_in_list(r->parse->words[w].word, sg_syntax_pair_states))
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        size_t other = l->right == w ? l->left : l->left == w ? l->right : SIZE_MAX;
        if (other != SIZE_MAX && other < w &&
            sg_syntax_in_list(r->parse->words[other].word, counts))
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
    if (!sg_syntax_in_list(r->parse->words[w].word, parts))
        return SIZE_MAX;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'M' && l->right == w + 1 &&
            strcmp(r->parse->words[l->right].word, "of") == 0)
            return sg_syntax_link_right(r, l->right, 'J', '!');
    }
    return SIZE_MAX;
}

/* The words "both sides", "the two companies" and the like that say the clause the plural
 * pronoun w opens ("The two companies said they would appeal": they are the pair), or SIZE_MAX. */
static size_t pair_sayer(const struct reading *r, size_t w)
{
    static const char *const plurals[] = {"they", "them", "their", NULL};
    size_t words[SG_ROLES_MAX];
    size_t n = sg_syntax_in_list(r->parse->words[w].word, plurals)
                   ? sg_syntax_clause_sayers(r, w, words)
                   : 0;
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
        while (j < p->word_count && sg_syntax_in_list(p->words[j].word, joins))
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
    if (i + 1 >= p->word_count || !sg_syntax_in_list(p->words[i].word, opening))
        return 0;
    size_t end = list_end(p, i + 1, members, &n);
    if (n < 2 || end >= p->word_count || !sg_syntax_in_list(p->words[end].word, closing) ||
        p->words[members[0]].mention == p->words[w].mention)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((long)r->mentions[p->words[members[k]].mention].actor == r->exclude)
            return 1; /* the list names the source too: a misreading, nobody */
    for (size_t k = 0; k < n; k++) {
        const struct sg_mention *m = &r->mentions[p->words[members[k]].mention];
        sg_syntax_add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1},
                               members[k]);
    }
    return 1;
}

/* The words of a joint at word i that ends a list of names ("and", "or", ", and", "as well as",
 * each with a comma before it or not): their count, 0 when none is there. */
static size_t last_joint(const struct sg_parse *p, size_t i)
{
    static const char *const joints[][4] = {
        {"and", NULL}, {"or", NULL}, {"as", "well", "as", NULL}, {"as well as", NULL}};
    size_t comma = i < p->word_count && strcmp(p->words[i].word, ",") == 0;
    for (size_t k = 0; k < sizeof joints / sizeof joints[0]; k++) {
        size_t n = 0;
        while (joints[k][n] && i + comma + n < p->word_count &&
               strcmp(p->words[i + comma + n].word, joints[k][n]) == 0)
            n++;
        if (!joints[k][n])
            return comma + n;
    }
    return 0;
}

/* The word after the mention that word i is part of. */
static size_t mention_end(const struct sg_parse *p, size_t i)
{
    long m = p->words[i].mention;
    while (i < p->word_count && p->words[i].mention == m)
        i++;
    return i;
}

/* The first words of the names of the list of three or more that word w is a name of: names
 * joined by commas, the last two by a joint (last_joint), put in members (at most
 * SG_ROLES_MAX). Returns the count, 0 when w is in no such list. */
static size_t list_around(const struct sg_parse *p, size_t w, size_t *members)
{
    size_t first = w;
    while (first > 0 && p->words[first - 1].mention == p->words[w].mention)
        first--;
    while (first >= 2 && strcmp(p->words[first - 1].word, ",") == 0 &&
           p->words[first - 2].mention >= 0) { /* back over "A, " */
        first -= 2;
        while (first > 0 && p->words[first - 1].mention == p->words[first].mention)
            first--;
    }
    size_t n = 0;
    for (size_t i = first; n < SG_ROLES_MAX && i < p->word_count && p->words[i].mention >= 0;) {
        members[n++] = i;
        i = mention_end(p, i);
        size_t joint = last_joint(p, i);
        if (joint && i + joint < p->word_count && p->words[i + joint].mention >= 0) {
            members[n++] = i + joint;
            return n >= 3 && members[n - 1] >= w ? n : 0;
        }
        if (i + 1 >= p->word_count || strcmp(p->words[i].word, ",") != 0)
            return 0;
        i++;
    }
    return 0;
}

/* "Alice, along with Bob, criticised Dave", "Alice together with Bob and Carol ...": the actors
 * named after "along with" or "together with" (a comma before it or not) right after the
 * subject w, with the names listed with them, which do what the subject does. */
static void joined_with(const struct reading *r, size_t w, struct filled *f)
{
    static const char *const joiners[] = {"along", "together", NULL};
    const struct sg_parse *p = r->parse;
    size_t i = mention_end(p, w);
    i += i < p->word_count && strcmp(p->words[i].word, ",") == 0;
    if (!is_subject(r, w) || i + 2 >= p->word_count ||
        !sg_syntax_in_list(p->words[i].word, joiners) || strcmp(p->words[i + 1].word, "with") != 0)
        return;
    for (i += 2; i < p->word_count && p->words[i].mention >= 0;) {
        const struct sg_mention *m = &r->mentions[p->words[i].mention];
        if ((long)m->actor == r->exclude || m->possessive) /* "along with Bob's critics" */
            return;
        sg_syntax_add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1}, i);
        i = mention_end(p, i);
        size_t joint = last_joint(p, i);
        if (joint)
            i += joint;
        else if (i + 1 < p->word_count && strcmp(p->words[i].word, ",") == 0 &&
                 p->words[i + 1].mention >= 0)
            i++;
        else
            return;
    }
}

/* Whether a word of the mention at w is the object of a verb or preposition before it ("After
 * meeting Alice, Bob and Carol ..."). */
static int object_before(const struct reading *r, size_t w)
{
    size_t end = mention_end(r->parse, w);
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left < w && l->right >= w && l->right < end &&
            (l->label[0] == 'O' || l->label[0] == 'J'))
            return 1;
    }
    return 0;
}

/* "Alice, Bob and Carol criticised Dave", when the parse reads "Alice," apart (a name called
 * to, an opener) or hangs "as well as Carol" on Bob: the other actors of the list of three or
 * more names the mention at w is one of (list_around). A first name after a preposition ("according
 * to Alice, Bob and Carol ...") is no member, unless w is that name; a list naming exclude (the
 * source) is a misreading and adds nobody. */
static void list_members(const struct reading *r, size_t w, struct filled *f)
{
    static const char *const openers[] = {"to",    "by",     "from",    "in",      "at",   "on",
                                          "for",   "with",   "of",      "as",      "like", "unlike",
                                          "after", "before", "against", "without", "than", NULL};
    const struct sg_parse *p = r->parse;
    size_t members[SG_ROLES_MAX];
    size_t n = list_around(p, w, members), from = 0;
    if (n && members[0] > 0 && mention_end(p, members[0]) <= w &&
        (sg_syntax_in_list(p->words[members[0] - 1].word, openers) || object_before(r, members[0])))
        from = 1;
    for (size_t k = from; k < n; k++)
        if ((long)r->mentions[p->words[members[k]].mention].actor == r->exclude)
            return;
    for (size_t k = from; k < n; k++) {
        const struct sg_mention *m = &r->mentions[p->words[members[k]].mention];
        sg_syntax_add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1},
                               members[k]);
    }
}

/* Whether w is the object of "of" after a noun that is no decision nor a thing undergone ("the
 * fall of X's regime", "the victims of X's government"): what befalls the body or comes of it,
 * which says nothing of its owner's deed ("from" names a source: "the aid from X's
 * administration" is X's). */
static int fate_of(const struct reading *r, size_t w)
{
    static const char *const decided[] = {"decision", "plan", "move", "policy", "proposal", NULL};
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right != w || l->label[0] != 'J' || strcmp(r->parse->words[l->left].word, "of") != 0)
            continue;
        for (size_t k = 0; k < r->linkage->link_count; k++) {
            const struct sg_parse_link *m = &r->linkage->links[k];
            if (m->right == l->left && m->label[0] == 'M' &&
                !sg_syntax_lemma_listed(r->parse->words[m->left].word, 'n', sg_syntax_undergone) &&
                !sg_syntax_lemma_listed(r->parse->words[m->left].word, 'n', decided))
                return 1;
        }
    }
    return 0;
}

/* Whether w is a noun for the body that governs for its owner ("a decision by X's
 * administration", "a move by the X government"): it stands for X also as the owner of a
 * thing, a step further than other nouns. */
static int governing_body(const struct reading *r, size_t w)
{
    static const char *const bodies[] = {"administration", "government", "cabinet", "regime", NULL};
    return sg_syntax_lemma_listed(r->parse->words[w].word, 'n', bodies) && !fate_of(r, w);
}

/* Whether the pronoun at w is the object of a preposition on the noun at v ("ordered
 * investigations into them"): the noun is not what the pronoun stands for. */
static int hosts(const struct reading *r, size_t v, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == v && l->label[0] == 'M' && sg_syntax_link_right(r, l->right, 'J', '!') == w)
            return 1;
    }
    return 0;
}

/* The noun "them" at w stands for when the nearest object of a verb before it in the sentence
 * is a plural noun and no name ("China and Japan criticised the U.S. tariffs, but Canada backed
 * them": the tariffs, not their critics); SIZE_MAX when there is none. */
static size_t plural_object_before(const struct reading *r, size_t w)
{
    if (strcmp(r->parse->words[w].word, "them") != 0)
        return SIZE_MAX;
    for (size_t v = w; v-- > 1;) {
        int object = 0;
        for (size_t i = 0; i < r->linkage->link_count && !object; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            object = l->right == v && l->label[0] == 'O' && !isupper((unsigned char)l->label[1]);
        }
        if (!object)
            continue;
        const struct sg_parse_word *x = &r->parse->words[v];
        char lemma[48];
        return x->mention < 0 && x->pos == 'n' && !hosts(r, v, w) &&
                       sg_lemma(x->word, 'n', lemma, sizeof lemma) == 0 &&
                       strcmp(lemma, x->word) != 0
                   ? v
                   : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Adds to f the actors the word at w names: a mention, a pronoun, a thing's owners or
 * makers, a list or an appositive; depth counts the steps from the role's own word. */
void sg_syntax_referents_of(const struct reading *r, size_t w, struct filled *f, int depth)
{
    const struct sg_parse_word *word = &r->parse->words[w];
    /* "against all three of the automakers": the automakers; not a thing owned ("some of its
     * platforms") */
    size_t whole = depth == 0 ? partitive_of(r, w) : SIZE_MAX;
    if (whole != SIZE_MAX && (r->parse->words[whole].mention >= 0 ||
                              sg_syntax_in_list(r->parse->words[whole].word, sg_syntax_pronouns))) {
        sg_syntax_referents_of(r, whole, f, depth);
        return;
    }
    if (depth == 0 && listed_after(r, w, f))
        return;
    if (word->mention >= 0) {
        const struct sg_mention *m = &r->mentions[word->mention];
        sg_syntax_add_referent(f, (struct sg_referent){(long)m->actor, m->start, m->end, 0, -1}, w);
        if (depth == 0) {
            list_members(r, w, f);
            joined_with(r, w, f);
        }
        return;
    }
    if (depth == 0 && is_relative(word->word)) {
        /* "Dave, who supported Bob": the relative pronoun's antecedent (MX, R) */
        for (size_t i = 0; i < r->linkage->link_count; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            if (l->right == w && (l->label[0] == 'R' || (l->label[0] == 'M' && l->label[1] == 'X')))
                sg_syntax_referents_of(r, l->left, f, depth + 1);
        }
        if (f->count == 0)
            sg_syntax_said_that(r, w, 0, f); /* "rejected that": no relative pronoun */
        return;
    }
    if (is_pronoun(word->word) && expletive(r->parse, w))
        return; /* "it is unacceptable to ...": nobody */
    size_t plural = depth == 0 ? plural_object_before(r, w) : SIZE_MAX;
    if (plural != SIZE_MAX) {
        sg_syntax_referents_of(r, plural, f, depth);
        return;
    }
    size_t pair = is_pronoun(word->word) ? pair_sayer(r, w) : SIZE_MAX;
    size_t before = f->count;
    if (pair != SIZE_MAX)
        sg_syntax_referents_of(r, pair, f, depth);
    if (f->count > before)
        return; /* else "they" as any pronoun: the pair described may be none remembered */
    if (is_pronoun(word->word) && r->resolver && r->resolver->pronoun) {
        struct sg_referent who = r->resolver->pronoun(r->resolver->data, word->word, word->start,
                                                      r->exclude, sayer(r, w));
        if (who.actor >= 0) {
            sg_syntax_add_referent(f, who, w);
            if (who.paired) { /* "A and B met. They praised C": both */
                sg_syntax_add_referent(
                    f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1}, w);
                long more[SG_LIST_MORE];
                size_t n = r->resolver->more ? r->resolver->more(r->resolver->data, more) : 0;
                for (size_t k = 0; k < n; k++) /* "A, B and C met. They ...": all three */
                    sg_syntax_add_referent(
                        f, (struct sg_referent){more[k], SIZE_MAX, SIZE_MAX, 0, -1}, w);
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
            sg_syntax_add_referent(f, who, w);
            sg_syntax_add_referent(f, (struct sg_referent){who.partner, SIZE_MAX, SIZE_MAX, 0, -1},
                                   w);
            f->how |= HOW_PAIR | HOW_PRONOUN;
        }
        return;
    }
    before = f->count;
    if ((depth == 0 || (depth == 1 && governing_body(r, w))) && nominal(r, w) &&
        !included(r, w, f) && !named_beside(r, w, f))
        sg_syntax_owners_of(r, w, f, depth);
    if (depth == 0 && nominal(r, w) && f->count == before)
        sg_syntax_known_thing(r, w, f);
}

/* Whether the link l leads up from its right word to the word that governs it: a
 * preposition's object (J), a modifier (M, MV), an object (O), a verb chain (P, PP, I), a
 * clause (CV, TH) or an infinitive (TO, IV); not a determiner or an adjective below it. */
static int governs(const struct sg_parse_link *l)
{
    static const char *const up[] = {"J", "MV", "M",  "OF", "O",  "PP", "P",
                                     "I", "CV", "TH", "TO", "IV", NULL};
    for (const char *const *u = up; *u; u++) {
        size_t n = strlen(*u);
        if (strncmp(l->label, *u, n) == 0 && !isupper((unsigned char)l->label[n]))
            return 1;
    }
    return 0;
}

/* Whether the verb at x is a passive one of charging or naming with no by-agent ("Bob is
 * accused of being a liar", "was branded a traitor"): a charge whose maker goes unnamed. */
static int unnamed_charge(const struct reading *r, size_t x)
{
    static const char *const charging[] = {"accuse", "charge", "suspect",  "brand", "call",
                                           "label",  "dub",    "describe", "deem",  NULL};
    char lemma[32];
    if (r->parse->words[x].pos != 'v' ||
        sg_lemma(r->parse->words[x].word, 'v', lemma, sizeof lemma) != 0 ||
        !sg_syntax_in_list(lemma, charging))
        return 0;
    int passive = 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == x && strncmp(l->label, "Pv", 2) == 0)
            passive = 1;
        if (l->left == x && l->label[0] == 'M' && l->label[1] == 'V' &&
            strcmp(r->parse->words[l->right].word, "by") == 0)
            return 0; /* "was branded a traitor by Bob": Bob's, read as the speaker role */
    }
    return passive;
}

/* Whether a verb above the word at head in the linkage, up to the wall, has for its subject
 * an actor other than the one who speaks (speaker), or a third person pronoun: "Alice said:
 * \"Bob thinks Carol is corrupt\"" is Bob's view, "Bob accused Carol of being corrupt" Bob's
 * charge; or is a passive verb of charging or naming with no agent, an unnamed one's charge
 * (unnamed_charge). */
static int held_by_another(const struct reading *r, size_t head, long speaker)
{
    static const char *const others[] = {"he", "she", "they", NULL};
    if (head > 0 && unnamed_charge(r, head))
        return 1;
    size_t x = head;
    for (int step = 0; step < 12 && x != SIZE_MAX && x > 0; step++) {
        size_t up = SIZE_MAX;
        for (size_t i = 0; i < r->linkage->link_count && up == SIZE_MAX; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            if (l->left == x && l->label[0] == 'S' && r->parse->words[x].pos == 'n')
                up = l->right; /* a subject noun: up to its verb */
            else if (l->right == x && governs(l))
                up = l->left;
        }
        x = up;
        if (x == SIZE_MAX || x == 0 || x == head || r->parse->words[x].pos != 'v')
            continue;
        if (unnamed_charge(r, x))
            return 1;
        size_t subject = sg_syntax_linked_from_left(r, x, 'S');
        if (subject == SIZE_MAX)
            continue;
        const struct sg_parse_word *s = &r->parse->words[subject];
        if ((s->mention >= 0 && (long)r->mentions[s->mention].actor != speaker) ||
            sg_syntax_in_list(s->word, others))
            return 1;
    }
    return 0;
}

/* The speaker of the quotation that holds the evaluation at w, when the parse names no speaker
 * of it, the evaluation is said of something and no verb above it is another's: "Alice said:
 * \"We rejected the offer. Bob's failure to pay is shameful.\"" (Alice, found as "we" would
 * be). */
static void quoted_speaker(const struct reading *r, size_t w, struct filled *f)
{
    size_t head = sg_roles_spoken_head(r->parse, r->linkage, w);
    if (!r->resolver || !r->resolver->pronoun || head == SIZE_MAX)
        return;
    struct sg_referent who =
        r->resolver->pronoun(r->resolver->data, "we", r->parse->words[w].start, r->exclude, -1);
    if (who.actor < 0 || held_by_another(r, head, who.actor))
        return;
    sg_syntax_add_referent(f, who, w);
    f->how |= HOW_PRONOUN;
}

/* The actors of the first role of roles that names any, leaving out the words in taken. */
void sg_syntax_fill(const struct reading *reading, size_t w, const struct sg_role *roles,
                    size_t count, const struct filled *taken, struct filled *f)
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
                sg_syntax_referents_of(r, words[i], f, 0);
            f->others += !used;
        }
        if (f->count)
            f->role = &roles[k];
        else if (n == 0 && role.kind == SG_ROLE_SPEAKER)
            quoted_speaker(r, w, f); /* a quotation's speaker, in another sentence or clause */
        if (f->count)
            f->role = &roles[k];
    }
}
