/*
 * Statements from filled roles (syntax_parts.h): each cue's roles filled in order
 * (sg_syntax_fill_roles), with the readings that turn a host, an answer or a command into a
 * source or a target; then the statements of a reading: one way, mutual, joint, between the
 * parties of a pact, or toward who undergoes a deed.
 */
#include "extract/syntax_parts.h"

#include "extract/lemma.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Adds a statement of type from source to target, unless they are one actor or the site is full. */
void sg_syntax_emit_as(struct site *s, const struct sg_referent *source,
                       const struct sg_referent *target, enum sg_stance type, double confidence,
                       const char *rule)
{
    if (source->actor == target->actor || s->count >= SG_SYNTAX_MAX)
        return;
    s->found[s->count++] =
        (struct sg_found){*source, *target, s->cue, type, 0, s->cue_end, confidence, rule};
}

/* Adds a statement of the cue's own type from source to target. */
void sg_syntax_emit(struct site *s, const struct sg_referent *source,
                    const struct sg_referent *target, double confidence, const char *rule)
{
    sg_syntax_emit_as(s, source, target, s->cue->type, confidence, rule);
}

static const char *rule_name(int how)
{
    if (how & HOW_ANSWER)
        return "parse, retaliation";
    if (how & HOW_THING)
        return how & HOW_PRONOUN ? "parse, pronoun, owner" : "parse, owner";
    return how & HOW_PRONOUN ? "parse, pronoun" : "parse";
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

/* Whether the targets are two or more objects of "between" ("talks between A and B"). */
int sg_syntax_between(const struct filled *targets)
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
        if (!sg_syntax_lemma_listed(p->words[w].word, 'n',
                                    (const char *const[]){"mediator", NULL}) ||
            (w > 0 && strcmp(p->words[w - 1].word, "former") == 0))
            continue;
        size_t at = w + 1 < p->word_count && p->words[w + 1].mention >= 0 ? w + 1 : SIZE_MAX;
        for (size_t i = 0; i < r->linkage->link_count && at == SIZE_MAX; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i];
            size_t other = l->left == w ? l->right : l->right == w ? l->left : SIZE_MAX;
            if (other != SIZE_MAX && p->words[other].mention >= 0)
                at = other;
        }
        size_t verb = at == SIZE_MAX ? SIZE_MAX : sg_syntax_link_right(r, at, 'S', 'J');
        if (at != SIZE_MAX && at + 1 < p->word_count &&
            sg_syntax_lemma_listed(p->words[at + 1].word, 'v', saying))
            verb = at + 1; /* "cancelled, mediator Oman said": the parse reads an adjective */
        if (verb == SIZE_MAX || !sg_syntax_lemma_listed(p->words[verb].word, 'v', saying))
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
            sg_syntax_emit(s, &f->who[a], &f->who[b], confidence, "parse, joint");
    struct sg_referent go_between;
    if (!mediator(r, &go_between))
        return;
    for (size_t a = 0; a < f->count; a++)
        sg_syntax_emit(s, &go_between, &f->who[a], confidence * 0.8, "parse, mediator");
}

/* Whether word o is a name or a pronoun, or linked to a name ("president" of "Russian
 * president Vladimir Putin"). */
static int names_someone(const struct reading *r, size_t o)
{
    const struct sg_parse *p = r->parse;
    if (p->words[o].mention >= 0 || sg_syntax_in_list(p->words[o].word, sg_syntax_pronouns))
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

/* Whether the verb cue at w is said "to" people the sentence names no one among ("A and B spoke
 * to reporters"): they are its other side, so its subjects talk to them, not with each other. */
static int said_to_others(const struct reading *r, size_t w)
{
    const struct sg_parse *p = r->parse;
    if (p->words[w].pos != 'v' || w + 1 >= p->word_count || strcmp(p->words[w + 1].word, "to") != 0)
        return 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w + 1 && l->label[0] == 'J' && p->words[l->right].pos == 'n' &&
            !names_someone(r, l->right))
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
    sg_syntax_fill(r, s->word, &host, 1, NULL, hosts);
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
    if (sg_syntax_fulfils(r, s))
        return 0; /* "A and B met their targets": no joint talks either */
    struct filled hosts;
    const struct filled *f =
        sources->count > 1 && !(sources->how & (HOW_THING | HOW_PAIR)) ? sources : NULL;
    if (!f && pair_of_host(r, s, sources, &hosts))
        f = &hosts;
    if (f && (other_side(r, s->word) || said_to_others(r, s->word)))
        return 0; /* "A and B demanded a ceasefire in a call with C": C is the other side */
    if (!f && !sources->count && sg_syntax_between(targets))
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

/* Whether the criticism noun at w, hosted by two or more subjects, is theirs against one
 * another: a conflict ("A and B are at odds", "locked in a dispute") or what they traded ("A and
 * B exchanged accusations"). */
static int one_another(const struct reading *r, size_t w)
{
    static const char *const conflicts[] = {"odds",     "loggerhead", "dispute", "feud",
                                            "clash",    "fighting",   "rift",    "spat",
                                            "standoff", "tension",    NULL};
    static const char *const trading[] = {"exchange", "trade", "swap", NULL};
    return sg_syntax_lemma_listed(r->parse->words[w].word, 'n', conflicts) ||
           sg_syntax_host_verb_in(r->parse, r->linkage, w, trading);
}

/* Each member of f against each other one ("A and B accused each other", "fighting between A
 * and B"). */
static void mutual(struct site *s, const struct filled *f, double confidence, const char *rule)
{
    for (size_t i = 0; i < f->count; i++)
        for (size_t j = 0; j < f->count; j++)
            sg_syntax_emit(s, &f->who[i], &f->who[j], confidence, rule);
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
    size_t n = sg_syntax_clause_sayers(r, s->word, words);
    for (size_t k = 0; k < n; k++)
        sg_syntax_referents_of(&copy, words[k], f, 0);
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
    if (!support &&
        !(s->cue->type == SG_STANCE_CRITICISM && sg_syntax_in_list(s->cue->words, demanding)))
        return;
    for (size_t i = 0; i < sources->count; i++)
        for (size_t j = 0; j < targets->count; j++)
            sg_syntax_emit_as(s, &sources->who[i], &targets->who[j], SG_STANCE_CRITICISM,
                              confidence * 0.8, "parse, undergone");
}

/* Whether the verb whose object noun w is judges it: a cue verb or a verb of naming ("X
 * condemned the deal", "called the deal illegal"; not "want a deal", "signed a deal"). A
 * support verb judges a pact between others, and one with no other side named unless it takes
 * part in it ("X backed the deal": no party; "X accepted the deal": a party): who ratifies,
 * accepts or defends "the agreement with Y" is a party to it. */
int sg_syntax_judged_by_host(const struct reading *r, size_t w)
{
    static const char *const naming[] = {"call", "brand", "label", "deem", NULL};
    static const char *const partaking[] = {"accept",    "ratify", "honour", "honor",  "uphold",
                                            "implement", "adopt",  "abide",  "comply", NULL};
    static const struct sg_role between = {SG_ROLE_PREPOSITION, "between"};
    static const struct sg_role with = {SG_ROLE_PREPOSITION, "with"};
    size_t verb = sg_syntax_object_verb(r->linkage, w), count = 0, words[SG_ROLES_MAX];
    char lemma[48];
    if (verb == SIZE_MAX || sg_lemma(r->parse->words[verb].word, 'v', lemma, sizeof lemma) != 0 ||
        sg_syntax_made_by_host(r, w))
        return 0;
    const struct sg_cue *list = r->cues ? sg_cues_find(r->cues, lemma, 'v', &count) : NULL;
    size_t last = verb; /* the cue written there: not "have" for "have blood on one's hands" */
    const struct sg_cue *cue = list ? sg_syntax_cue_at(r->parse, verb, list, count, &last) : NULL;
    return sg_syntax_in_list(lemma, naming) ||
           (cue && (cue->type != SG_STANCE_SUPPORT ||
                    sg_roles_fill(r->parse, r->linkage, w, &between, words) > 0 ||
                    (sg_roles_fill(r->parse, r->linkage, w, &with, words) == 0 &&
                     !sg_syntax_in_list(lemma, partaking))));
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
    size_t verb = sg_syntax_object_verb(r->linkage, w);
    return verb != SIZE_MAX && sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', opposing);
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
    size_t object = sg_syntax_link_right(r, w, 'O', 'F');
    return object != SIZE_MAX && sg_syntax_lemma_listed(r->parse->words[object].word, 'n', people);
}

/* Whether the verb at w commands one's own people: its object has a possessive determiner
 * ("instructed her finance minister, Okafor, to ...", "ordered his aide Bob to ..."), and is no
 * adversary ("ordered its fiercest critic, Bob, to leave" is against Bob). */
static int commands_own(const struct reading *r, size_t w)
{
    static const char *const adversaries[] = {"critic", "rival",     "opponent",   "enemy",
                                              "foe",    "adversary", "challenger", NULL};
    size_t object = sg_syntax_link_right(r, w, 'O', 'F');
    if (object != SIZE_MAX &&
        sg_syntax_lemma_listed(r->parse->words[object].word, 'n', adversaries))
        return 0;
    for (size_t i = 0; object != SIZE_MAX && i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right == object && l->label[0] == 'D' &&
            sg_syntax_in_list(r->parse->words[l->left].word, sg_syntax_possessives))
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
                sg_syntax_lemma_listed(r->parse->words[words[i]].word, 'n', talks))
                sg_syntax_fill(r, words[i], &with, 1, sources, targets);
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
           (sg_syntax_criticism_cue(r, w, 0) ||
            sg_syntax_lemma_listed(r->parse->words[w].word, 'n', steps));
}

/* Who did the deed at w, into f: its owners, else the agent of a participle after it ("a
 * walkout staged by Bob"). */
static void doers_of(const struct reading *r, size_t w, struct filled *f)
{
    sg_syntax_referents_of(r, w, f, 0);
    for (size_t i = 0; i < r->linkage->link_count && !f->count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left != w || strncmp(l->label, "Mv", 2) != 0)
            continue;
        size_t words[SG_ROLES_MAX];
        static const struct sg_role by = {SG_ROLE_PREPOSITION, "by"};
        size_t n = sg_roles_fill(r->parse, r->linkage, l->right, &by, words);
        for (size_t j = 0; j < n; j++)
            sg_syntax_referents_of(r, words[j], f, 0);
    }
}

/* The owners of what a criticism answers, into targets: "vetoed the bill in response to a
 * walkout staged by Bob", "imposed tariffs in response to Bob's measures" (a move made in
 * answer to someone's deed is against them), through the cue verb or a noun cue's verb. */
static void answered(const struct reading *r, const struct site *s, const struct filled *sources,
                     struct filled *targets)
{
    static const struct sg_role answer = {SG_ROLE_PREPOSITION, "to"};
    size_t verb = s->cue->pos == 'v' ? s->word : sg_syntax_object_verb(r->linkage, s->word);
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
           sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', feelings);
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
        sg_syntax_remember(r, key, sources->who[0].actor, -1, s->word);
    }
}

/* Whether the criticism cue at w answers a deed: "retaliatory" set before it ("launched
 * retaliatory attacks", "retaliatory tariffs"), or retaliate, retaliation itself. */
static int answers_back(const struct reading *r, const struct sg_cue *cue, size_t w)
{
    static const char *const retaliating[] = {"retaliate", "retaliation", NULL};
    if (sg_syntax_in_list(cue->words, retaliating))
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
    struct sg_referent doer = sg_syntax_author_of(r, key, w);
    if (doer.actor < 0 || doer.actor == sources->who[0].actor)
        return;
    sg_syntax_add_referent(targets, (struct sg_referent){doer.actor, SIZE_MAX, SIZE_MAX, 0, -1}, w);
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
    size_t object = sg_syntax_link_right(r, s->word, 'O', 'F');
    return s->cue->pos == 'v' && sg_syntax_in_list(s->cue->words, recognising) &&
           object != SIZE_MAX && r->parse->words[object].mention < 0 &&
           (sg_syntax_lemma_listed(r->parse->words[object].word, 'n', faults) ||
            sg_syntax_criticism_noun(r, object));
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
        size_t subject = did == SIZE_MAX ? SIZE_MAX : sg_syntax_link_right(r, did, 'S', 'J');
        size_t words[SG_ROLES_MAX];
        size_t n = subject == SIZE_MAX ? 0 : sg_roles_members(r->parse, k, subject, words);
        for (size_t j = 0; j < n; j++)
            sg_syntax_referents_of(r, words[j], sources, 0);
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
        !sg_syntax_host_verb_in(r->parse, r->linkage, w, echoing))
        return;
    sg_syntax_fill(r, w, &host, 1, sources, &hosts);
    for (size_t i = 0; i < hosts.count; i++)
        sg_syntax_add_referent(sources, hosts.who[i], hosts.word[i]);
}

/* Fills the cue's sources and targets in the current linkage; returns whether the host
 * receives the stance ("X drew criticism from Y", "X won the backing of Y": from the giver). */

int sg_syntax_fill_roles(const struct reading *r, const struct site *s, struct filled *sources,
                         struct filled *targets)
{
    static const struct sg_role receiver[] = {{SG_ROLE_HOST, ""}};
    const struct sg_cue *cue = s->cue;
    if (to_the_feeling(r, s)) { /* "much to the disappointment of X": X feels it at the doer */
        static const struct sg_role feelers[] = {{SG_ROLE_POSSESSOR, ""},
                                                 {SG_ROLE_PREPOSITION, "of"}};
        static const struct sg_role doer = {SG_ROLE_HOST, ""};
        static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
        sg_syntax_fill(r, s->word, feelers, 2, NULL, sources);
        sg_syntax_fill(r, s->word, &doer, 1, sources, targets);
        for (size_t i = 0; i < r->linkage->link_count && !targets->count; i++) {
            const struct sg_parse_link *l = &r->linkage->links[i]; /* the main verb's subject: */
            if (l->left == 0 && strncmp(l->label, "WV", 2) == 0)   /* "..., much to the ..." */
                sg_syntax_fill(r, l->right, &subject, 1, sources, targets);
        }
        return 0;
    }
    int swap = cue->pos == 'n' && sg_syntax_receives(r, s->word, cue);
    sg_syntax_fill(r, s->word, swap ? sg_syntax_owner_roles : cue->source,
                   swap ? OWNER_ROLES : cue->source_count, NULL, sources);
    struct reading backing = *r;
    backing.backing = cue->type == SG_STANCE_SUPPORT && cue->pos == 'v';
    sg_syntax_fill(&backing, s->word, swap ? receiver : cue->target, swap ? 1 : cue->target_count,
                   sources, targets);
    as_did(r, s->word, sources);
    if (cue->pos == 'n' && !swap)
        echoed(r, s->word, sources);
    size_t noun = particle_noun(r, s);
    struct filled on_noun;
    if (!targets->count && noun != SIZE_MAX) { /* "held talks with X on a deal": the parser
                                                  hangs "with X" on "talks" */
        sg_syntax_fill(&backing, noun, cue->target, cue->target_count, sources, &on_noun);
        if (on_noun.count)
            *targets = on_noun;
    }
    if (!swap && targets->count && targets->role->kind == SG_ROLE_HOST &&
        !sg_syntax_answers(r->parse, r->linkage, s->word))
        targets->count = 0;
    if (!swap && sources->count && sources->role->kind == SG_ROLE_HOST &&
        sg_syntax_received_elsewhere(r, s->word, cue))
        sources->count = 0; /* "survived the crackdown on X": no crackdown of the survivor's */
    if (cue->deed && sources->count && sources->role->kind == SG_ROLE_HOST &&
        !sg_syntax_wages(r->parse, r->linkage, s->word))
        sources->count = 0;
    if (sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', sg_syntax_undergone) &&
        sources->count && sources->role->kind == SG_ROLE_HOST &&
        !sg_syntax_asks_for(r->parse, r->linkage, s->word))
        sources->count = 0;
    if (sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', sg_syntax_undergone) &&
        sources->count && sources->role->kind == SG_ROLE_HOST && (targets->how & HOW_THING))
        targets->count = 0; /* "called for the arrest of Bob's killers": not Bob's arrest */
    if (sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', sg_syntax_undergone) &&
        targets->count && targets->role->kind == SG_ROLE_POSSESSOR && sg_syntax_has_of(r, s->word))
        targets->count = 0; /* "X's removal of the tariffs": X removes them */
    if (sources->count && sources->role->kind == SG_ROLE_HOST && !sg_syntax_grants(r, s))
        sources->count = 0;
    if (sources->count && sources->role->kind == SG_ROLE_HOST && sg_syntax_is_pact(r, s->word) &&
        sg_syntax_judged_by_host(r, s->word))
        sources->count = 0; /* "X condemned the deal with Y": X is no party to it */
    if (cue->pos == 'n' && sources->count && sources->role->kind == SG_ROLE_HOST &&
        sg_syntax_made_in_relative(r, s->word))
        sources->count = 0; /* "X praised the truce that Y signed with Z": Y's and Z's */
    if (sg_syntax_fulfils(r, s) || recognises_harm(r, s))
        targets->count = 0; /* "met the union's demands": no meeting */
    if (cue->pos == 'n' && sources->count && sources->role->kind == SG_ROLE_HOST &&
        opposed_by_host(r, s->word))
        sources->count = 0; /* "X condemned the sanctions against Y": X is against them */
    sg_syntax_aim_again(r, cue, s->word, sources, targets);
    if (cue->pos == 'v' && sources->count && !targets->count &&
        sg_syntax_in_list(cue->words, said_to))
        addressee(r, s->word, sources, targets); /* "demanded X in a call with Bob" */
    if (cue->type == SG_STANCE_CRITICISM && sources->count && !targets->count)
        answered(r, s, sources, targets); /* "vetoed it in response to Bob's walkout" */
    if (joint_of_one(cue, targets))
        targets->count = 0; /* "a meeting of NATO": its own members meet, no other side */
    answer_back(r, cue, s->word, sources, targets);
    if (sg_syntax_in_list(cue->words, commanding) &&
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
        r->linkage != &r->parse->linkages[0] ||
        sg_syntax_thing_key_at(r->parse, s->word, lemma, sizeof lemma))
        return;
    sg_syntax_aim_key(lemma, key, sizeof key);
    sg_syntax_remember(r, key, targets->who[0].actor, -1, s->word);
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
        if (l->left == s->word &&
            (sg_syntax_in_list(word, together) || (fight && sg_syntax_in_list(word, particles))))
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
    if (cue->pos != 'v' || cue->target_count == 0 || sg_syntax_in_list(cue->words, one_sided))
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
    if (!(targets->how & HOW_THING) || !targets->role || !sg_syntax_in_list(s->cue->words, concern))
        return 0;
    size_t n = sg_roles_fill(r->parse, r->linkage, s->word, targets->role, words);
    for (size_t i = 0; i < n; i++)
        if (r->parse->words[words[i]].word &&
            sg_syntax_lemma_listed(r->parse->words[words[i]].word, 'n', welfare))
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
            if (sg_syntax_in_list(r->parse->words[owners[k]].word, sg_syntax_possessives))
                sg_syntax_referents_of(&copy, owners[k], &who, 1);
            for (size_t a = 0; a < who.count; a++)
                for (size_t b = 0; b < sources->count; b++)
                    if (who.who[a].actor == sources->who[b].actor)
                        return 1;
        }
    }
    return 0;
}

static int emit_roles(const struct reading *r, struct site *s, const struct filled *sources,
                      const struct filled *targets, double confidence);

/* Whom the subjects of a support verb stand against ("sided with Bob against Carol", "joined
 * forces against NATO"): criticism of each actor "against" names. Rule "parse, against". */
static void against(const struct reading *r, struct site *s, const struct filled *sources,
                    double confidence)
{
    static const struct sg_role opposed = {SG_ROLE_PREPOSITION, "against"};
    struct filled f;
    if (s->cue->type != SG_STANCE_SUPPORT || s->cue->pos != 'v' || !sources->count)
        return;
    sg_syntax_fill(r, s->word, &opposed, 1, sources, &f);
    for (size_t i = 0; i < sources->count; i++)
        for (size_t j = 0; j < f.count; j++)
            sg_syntax_emit_as(s, &sources->who[i], &f.who[j], SG_STANCE_CRITICISM, confidence,
                              "parse, against");
}

/* The statements one linkage's roles give; returns whether they gave any reading to stop at. */
int sg_syntax_emit_reading(const struct reading *r, struct site *s, const struct filled *sources,
                           const struct filled *targets, double confidence)
{
    if (!emit_roles(r, s, sources, targets, confidence))
        return 0;
    against(r, s, sources, confidence);
    return 1;
}

/* Whether the verb cue at w has for object a thing done to its own subject ("they offered
 * their resignations"): an offer that is no negotiation. */
static int offers_own_fate(const struct reading *r, size_t w)
{
    size_t o = sg_syntax_link_right(r, w, 'O', '!');
    return o != SIZE_MAX &&
           sg_syntax_lemma_listed(r->parse->words[o].word, 'n', sg_syntax_undergone);
}

/* The statements one linkage's roles give (sg_syntax_emit_reading, before "against"). */
static int emit_roles(const struct reading *r, struct site *s, const struct filled *sources,
                      const struct filled *targets, double confidence)
{
    enum sg_stance type = s->cue->type;
    if (type == SG_STANCE_NEGOTIATION && s->cue->pos == 'v' && offers_own_fate(r, s->word)) {
        s->decided = 1; /* "offered their resignations": read, no surface frame reads it */
        return 1;
    }
    if (targets->count &&
        (welfare_of(r, s, targets) || own_deed_answered(r, s, sources, targets))) {
        s->decided = 1; /* read: no surface frame reads it otherwise */
        return 1;
    }
    if (type == SG_STANCE_NEGOTIATION && hosted(sources) && by_between(targets)) {
        parties(r, s, targets, confidence); /* the host's subjects are no parties */
        return 1;
    }
    if (type == SG_STANCE_CRITICISM && (!sources->count || hosted(sources)) &&
        sg_syntax_between(targets) && strcmp(targets->role->preposition, "between") == 0) {
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
    if (type == SG_STANCE_NEGOTIATION && s->cue->pos == 'v' &&
        strcmp(s->cue->words, "request") == 0 && sg_roles_asks_deed(r->linkage, r->parse, s->word))
        type = SG_STANCE_CRITICISM; /* "requested that X rescind its move": pressure, as
                                       "demanded that" and "urged X to" are */
    if (sources->count && targets->count) {
        const char *rule = rule_name(sources->how | targets->how);
        for (size_t i = 0; i < sources->count; i++)
            for (size_t j = 0; j < targets->count; j++)
                sg_syntax_emit_as(s, &sources->who[i], &targets->who[j], type, confidence, rule);
        note_aim(r, s, targets);
        note_struck(r, s, sources, targets);
        return 1;
    }
    if (type == SG_STANCE_NEGOTIATION && joint(r, s, sources, targets, confidence))
        return 1;
    if (type == SG_STANCE_SUPPORT && sources->count > 1 && !targets->count &&
        sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', partnerships)) {
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

/* Whether the verb at verb (SIZE_MAX: none) makes a thing or concludes a pact ("signed",
 * "reached"). */
static int makes(const struct reading *r, size_t verb)
{
    static const char *const concluding[] = {"reach",    "strike",   "conclude",  "seal",
                                             "clinch",   "ink",      "negotiate", "finalize",
                                             "finalise", "complete", "agree",     NULL};
    return verb != SIZE_MAX &&
           (sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs) ||
            sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', concluding));
}

/* Whether noun cue w is the object of a verb that makes it ("A and B signed a deal", "reached
 * an agreement"), so that two subjects are its makers, not two who only spoke of it. */
int sg_syntax_made_by_host(const struct reading *r, size_t w)
{
    return makes(r, sg_syntax_object_verb(r->linkage, w));
}

int sg_syntax_made_in_relative(const struct reading *r, size_t w)
{
    return makes(r, sg_syntax_relative_object_verb(r->linkage, w));
}
