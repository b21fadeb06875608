/*
 * Statements from a parse (syntax.h; syntax_parts.h says which file does what). For each word of
 * the sentence: its base form as its part of speech, the cues with that head, then, linkage by
 * linkage, the cue's source roles and target roles in order until both name actors. A role's
 * words name actors as mentions, pronouns (through the resolver) or, one step away, as the owner
 * or author of a thing ("dismissed X's complaints", "rejected a proposal presented by X"). This
 * file reads each cue and takes the notes of the sentence's things before its cues are read.
 */
#include "extract/syntax_parts.h"

#include "extract/lemma.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Possessive determiners: "Bob's handling" is "his handling" to the parser. */
const char *const sg_syntax_possessives[] = {"his", "her", "its",  "their",
                                             "our", "my",  "your", NULL};

/* Whether word is one of the NULL-ended list. */
/* Whether word is one of the NULL-ended list. */
int sg_syntax_in_list(const char *word, const char *const *list)
{
    for (const char *const *x = list; *x; x++)
        if (strcmp(word, *x) == 0)
            return 1;
    return 0;
}

/* Things a stance may be taken toward in place of their authors: decisions, documents,
 * measures and deals (docs/EXTRACT.md, "Owners and discourse"). */
const char *const sg_syntax_event_nouns[] = {
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
    return sg_syntax_in_list(lemma, sg_syntax_event_nouns);
}

/* Whether the base form of word, as part of speech pos, is one of the NULL-ended list. */
int sg_syntax_lemma_listed(const char *word, char pos, const char *const *list)
{
    char lemma[48];
    return sg_lemma(word, pos, lemma, sizeof lemma) == 0 && sg_syntax_in_list(lemma, list);
}

/* The verb whose object the noun is (O, not OF), or SIZE_MAX. */
size_t sg_syntax_object_verb(const struct sg_linkage *linkage, size_t noun)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right == noun && l->label[0] == 'O' && l->label[1] != 'F')
            return sg_roles_gapped_verb(linkage, l->left);
    }
    return SIZE_MAX;
}

/* The word right of w through a link whose type starts with first, its second letter not
 * except ('S', 'J': the verb w is the subject of, not a conjunction), or SIZE_MAX. */
size_t sg_syntax_link_right(const struct reading *r, size_t w, char first, char except)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == first && l->label[1] != except)
            return l->right;
    }
    return SIZE_MAX;
}

/* The confidence of a reading from linkage (0: the best) found how (HOW_), in mood. */
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
        sg_syntax_referents_of(&copy, words[i], &reporters, 0);
    for (size_t i = 0; i < reporters.count; i++)
        for (size_t j = 0; j < doers->count; j++)
            sg_syntax_emit(s, &reporters.who[i], &doers->who[j], confidence * 0.8,
                           "parse, reported deed");
}

/* "X wants (called for, urged) Y to resign (step down, be sacked)", "X said Y should resign":
 * whoever asks someone to go criticises them (rule "parse, departure asked"), from the best
 * linkage; returns whether the cue was read so. A departure is resign, quit, step down, stand
 * down, or a criticism verb in the passive ("to be sacked"). */
static int read_departure(struct reading *r, struct site *s)
{
    static const char *const departures[] = {"resign", "quit", "step down", "stand down", NULL};
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    size_t w = s->word, who, words[SG_ROLES_MAX];
    int passive = sg_roles_passive(r->parse, r->linkage, w) ||
                  (w > 0 && strcmp(r->parse->words[w - 1].word, "be") == 0); /* "to be sacked" */
    if (s->cue->type != SG_STANCE_CRITICISM || s->cue->pos != 'v' ||
        !(sg_syntax_in_list(s->cue->words, departures) || passive))
        return 0;
    size_t v = sg_roles_departure_asker(r->parse, r->linkage, w, &who);
    if (v == SIZE_MAX || sg_roles_mood(r->parse, r->linkage, v) &
                             (SG_MOOD_NEGATED | SG_MOOD_CONDITIONAL | SG_MOOD_UNREAL))
        return 0;
    struct filled askers, asked;
    memset(&askers, 0, sizeof askers);
    memset(&asked, 0, sizeof asked);
    size_t n = sg_roles_fill(r->parse, r->linkage, v, &subject, words);
    for (size_t i = 0; i < n; i++)
        sg_syntax_referents_of(r, words[i], &askers, 0);
    sg_syntax_referents_of(r, who, &asked, 0);
    double confidence = confidence_of(r->parse, 0, askers.how | asked.how, 0);
    for (size_t i = 0; i < askers.count; i++)
        for (size_t j = 0; j < asked.count; j++)
            sg_syntax_emit_as(s, &askers.who[i], &asked.who[j], SG_STANCE_CRITICISM, confidence,
                              "parse, departure asked");
    return askers.count && asked.count;
}

/* Whether the deed verb at w is "strike" with no object or other target word ("nurses had
 * voted to strike"): a walkout, no attack that its reporter takes issue with. */
static int walkout(const struct reading *r, size_t w, const struct filled *targets)
{
    static const char *const strike[] = {"strike", NULL};
    return targets->seen == 0 && sg_syntax_lemma_listed(r->parse->words[w].word, 'v', strike);
}

/* Whether the verb at w modifies a noun as an adjective (A: "a coordinated strike", "the
 * backed rebels"): a participle that takes no stance of its own. */
static int attributive(const struct reading *r, size_t w)
{
    return sg_syntax_link_right(r, w, 'A', 'N') != SIZE_MAX;
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
        sg_syntax_fill_roles(r, s, &sources, &targets);
        if (sg_syntax_fulfils(r, s)) /* the owners of the demands left unmet */
            sg_syntax_fill(r, s->word, s->cue->target, s->cue->target_count, &sources, &targets);
        if (sources.count && targets.count && (targets.how & HOW_PATIENT))
            return;
        double confidence = confidence_of(r->parse, k, sources.how | targets.how, 0) * 0.5;
        for (size_t i = 0; i < sources.count; i++)
            for (size_t j = 0; j < targets.count; j++)
                sg_syntax_emit_as(s, &sources.who[i], &targets.who[j], SG_STANCE_CRITICISM,
                                  confidence, "parse, withheld support");
        if (sources.count && targets.count)
            return;
    }
}

/* Whether the best linkage makes one of the targets' words the object of a verb after the cue
 * verb at w (not one joined before it: "was praised by X and criticised Y"): a lesser linkage
 * that gives it to the cue verb misreads it. */
static int object_elsewhere(const struct sg_linkage *best, size_t w, const struct filled *targets)
{
    for (size_t j = 0; j < targets->count; j++)
        for (size_t i = 0; i < best->link_count; i++) {
            const struct sg_parse_link *l = &best->links[i];
            if (l->right == targets->word[j] && l->label[0] == 'O' && l->label[1] != 'F' &&
                l->left > w)
                return 1;
        }
    return 0;
}

/* Whether the word at p hangs on a noun before it (Mp: "peace between ..."). */
static int noun_modifier(const struct sg_linkage *linkage, size_t p)
{
    for (size_t i = 0; i < linkage->link_count; i++)
        if (linkage->links[i].right == p && strncmp(linkage->links[i].label, "Mp", 2) == 0)
            return 1;
    return 0;
}

/* Whether the linkage links word t, or a conjunction that holds it (SJ), to a word after w
 * with a link whose label starts with type: 'O' a verb's object, 'J' the object of a
 * preposition that modifies a noun ("peace between A and B"; not "reached by A and B"). */
static int held_after(const struct sg_linkage *linkage, size_t w, size_t t, char type)
{
    for (size_t i = 0; i < linkage->link_count; i++) {
        const struct sg_parse_link *l = &linkage->links[i];
        if (l->right != t || l->left < w)
            continue;
        if (l->label[0] == type &&
            (type != 'J' || (l->left > w && noun_modifier(linkage, l->left))))
            return 1;
        if (l->label[0] == 'S' && l->label[1] == 'J' && held_after(linkage, w, l->left, type))
            return 1;
    }
    return 0;
}

/* Whether the lesser linkage gives the cue verb at w as its direct object a name that the best
 * linkage puts after a preposition ("urged a durable peace between Armenia and Azerbaijan",
 * which a lesser linkage read as urging "peace ... and Azerbaijan"). */
static int object_of_preposition(const struct sg_linkage *best, const struct sg_linkage *lesser,
                                 size_t w, const struct filled *targets)
{
    for (size_t j = 0; j < targets->count; j++)
        if (held_after(lesser, w, targets->word[j], 'O') &&
            held_after(best, w, targets->word[j], 'J'))
            return 1;
    return 0;
}

/* Reads one cue at word w: the first linkage whose roles name both sides (or, for a
 * negotiation, two parties). */
static void read_cue(struct reading *r, struct site *s)
{
    const struct sg_cue *cue = s->cue;
    struct filled sources, targets;
    int reported = 0;
    if ((cue->pos == 'a' && sg_syntax_exposed(r, s->word)) || sg_syntax_phrasal_sense(r, s) ||
        sg_syntax_demand_call(r, s) || sg_syntax_received_stance(r, s)) {
        s->decided = 2; /* nor may a surface frame read "open to attack from X" */
        return;
    }
    r->participle = cue->pos == 'a' && r->parse->words[s->word].pos == 'v';
    size_t first = SIZE_MAX;
    for (size_t k = 0; k < r->parse->linkage_count; k++) {
        r->linkage = &r->parse->linkages[k];
        if (k + 1 < r->parse->linkage_count && sg_syntax_joins_actor_and_cue(r))
            continue; /* "drew praise from Alice and criticism from Carol" as "Alice and
                         criticism": a later linkage reads the two phrases */
        if (first == SIZE_MAX)
            first = k;
        if (k == first && read_departure(r, s)) {
            s->decided = 2;
            return;
        }
        int mood = sg_syntax_cue_mood(r, s);
        if (k == first && ((mood & SG_MOOD_NEGATED && sg_syntax_withheld(r, s, mood)) ||
                           sg_syntax_support_withdrawn(r, s, mood))) {
            read_withheld(r, s);
            s->decided = 2;
            return;
        }
        if (k == first && (sg_syntax_invited_elsewhere(r, s) || sg_syntax_offered_support(r, s) ||
                           sg_syntax_wonders(r, s))) {
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
        int swap = sg_syntax_fill_roles(r, s, &sources, &targets);
        if (k != first && cue->pos == 'v' &&
            (object_elsewhere(&r->parse->linkages[first], s->word, &targets) ||
             object_of_preposition(&r->parse->linkages[first], r->linkage, s->word, &targets)))
            continue; /* "Alice resigned after backing Dave": Dave is no one's resigned */
        if (k == first) {
            /* the best linkage gives a verb a subject or object that is nobody of the lexicon
             * ("the source, who spoke", "reforms demanded by the IMF"), or reads it as an
             * adjective: no surface frame may find one by word distance (a noun's host is too
             * loose a reading to forbid anything) */
            s->decided = (cue->pos == 'v' &&
                          ((sources.seen && !sources.count) || (targets.seen && !targets.count) ||
                           attributive(r, s->word))) ||
                         sg_syntax_left_from(r, s);
            /* "He raised concerns": his concerns; "called for the prosecution of X" is no
             * prosecution of the caller's */
            if (cue->pos == 'n' && !swap &&
                !sg_syntax_lemma_listed(r->parse->words[s->word].word, 'n', sg_syntax_undergone))
                sg_syntax_note_thing(r, s->word, &sources, 0, sg_syntax_made_by_host(r, s->word));
        }
        if (k == first && cue->pos == 'v' && cue->words[cue->head_length] == ' ' && sources.count &&
            targets.others && !targets.count)
            return; /* "called on members to back Bob": a phrasal verb's object is nobody of
                       the lexicon, and no lesser linkage may find it one ("called Bob") */
        double confidence = confidence_of(r->parse, k, sources.how | targets.how, mood);
        if (cue->deed && sources.count && !walkout(r, s->word, &targets) && !reported++)
            reported_deed(r, s, &sources, confidence);
        if (sg_syntax_emit_reading(r, s, &sources, &targets, confidence))
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
        int owner = n == 5 && strncmp(rest, "one's", 5) == 0 &&
                    sg_syntax_in_list(next, sg_syntax_possessives);
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
const struct sg_cue *sg_syntax_cue_at(const struct sg_parse *parse, size_t w,
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

/* Whether an object of the verb at w (O) is a noun of nouns. */
static int object_listed(const struct reading *r, size_t w, const char *const *nouns)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->left == w && l->label[0] == 'O' &&
            sg_syntax_lemma_listed(r->parse->words[l->right].word, 'n', nouns))
            return 1;
    }
    return 0;
}

/* Whether the verb at w gives leave: "gave the green light (the go-ahead, the nod, approval,
 * permission)", "granted approval" (its object's last word). */
static int grants_leave(const struct reading *r, size_t w)
{
    static const char *const giving[] = {"give", "grant", NULL};
    static const char *const leave[] = {"light", "go-ahead", "nod", "approval", "permission", NULL};
    return sg_syntax_lemma_listed(r->parse->words[w].word, 'v', giving) &&
           object_listed(r, w, leave);
}

/* Whether the verb at w is "sign off" (on something): approval given, a decision ("X signed off
 * on the drilling. Y applauded the decision"). */
static int signs_off(const struct reading *r, size_t w)
{
    static const char *const sign[] = {"sign", NULL};
    return w + 1 < r->parse->word_count && strcmp(r->parse->words[w + 1].word, "off") == 0 &&
           sg_syntax_lemma_listed(r->parse->words[w].word, 'v', sign);
}

/* Notes the verb of deciding at w as actor's: "the decision", and the noun of its kind; also
 * by the decision's own name, over a decision named before ("The Union made a decision. Bob
 * approved the plan. Alice condemned the decision": Bob's), unless it is a deed of force ("NATO
 * made a decision to send troops. Bob shelled the city. Alice welcomed the decision": NATO's). */
static void remember_decision(const struct reading *r, size_t w, long actor)
{
    static const char *const force[] = {"invade", "attack", "annex", "bomb",
                                        "shell",  "occupy", NULL};
    char lemma[48];
    sg_syntax_remember(r, "decision", actor, -1, w);
    if (!sg_syntax_lemma_listed(r->parse->words[w].word, 'v', force))
        sg_syntax_remember_as(r, "=decision", actor, -1, w);
    if (sg_lemma(r->parse->words[w].word, 'v', lemma, sizeof lemma) != 0)
        return;
    for (size_t i = 0; i < sizeof decision_nouns / sizeof decision_nouns[0]; i++)
        if (strcmp(lemma, decision_nouns[i][0]) == 0)
            sg_syntax_remember(r, decision_nouns[i][1], actor, -1, w);
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
            return sg_syntax_lemma_listed(r->parse->words[k].word, 'v', asking);
    return 0;
}

/* The actor the subject of the verb at w names (the first), a name or a pronoun ("He approved
 * the mine": the person he stands for), or -1. */
static long subject_actor(struct reading *r, size_t w)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    static const char *const pronouns[] = {"he", "she", "it", "they", NULL};
    size_t words[SG_ROLES_MAX];
    size_t n = sg_roles_fill(r->parse, r->linkage, w, &subject, words);
    struct filled f;
    memset(&f, 0, sizeof f);
    for (size_t i = 0; i < n && !f.count; i++) {
        int pronoun = 0;
        for (const char *const *p = pronouns; *p; p++)
            pronoun |= strcasecmp(r->parse->words[words[i]].word, *p) == 0;
        if (r->parse->words[words[i]].mention >= 0 || pronoun)
            sg_syntax_referents_of(r, words[i], &f, 1);
    }
    return f.count ? f.who[0].actor : -1;
}

/* Whether the verb at w answers what was said: its object is a claim, a charge or a demand
 * ("rejected the accusations", "rejected the union's demands"), no decision. */
static int answers(const struct reading *r, size_t w)
{
    static const char *const said[] = {
        "claim",  "accusation", "allegation", "charge",    "assertion", "demand", "call",
        "report", "criticism",  "remark",     "statement", "request",   "appeal", NULL};
    return object_listed(r, w, said);
}

/* "X approved the pipeline", "X was criticised for approving ...": a verb of deciding whose
 * subject names an actor makes that actor the author of "the decision" after it, when the
 * decision was taken; not one that answers what was said ("X rejected the accusations"). */
static void note_decisions(struct reading *r)
{
    for (size_t w = 0; w < r->parse->word_count; w++) {
        char pos = r->parse->words[w].pos;
        if ((pos != 'v' && pos != 'g') ||
            (!sg_syntax_lemma_listed(r->parse->words[w].word, 'v', deciding_verbs) &&
             !grants_leave(r, w) && !signs_off(r, w)) ||
            not_taken(r, w) || answers(r, w))
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
        sg_syntax_remember(r, key, actor, -1, w); /* "proposal" is kept as "draft" */
        if (strcmp(lemma, "announce") == 0)       /* "X announced a review. Y welcomed the move" */
            sg_syntax_remember_as(r, "decision", actor, -1, w);
        if (strcmp(key, proposing[k][1]) != 0) {
            char own[48];
            snprintf(own, sizeof own, "=%s", proposing[k][1]);
            sg_syntax_remember_as(r, own, actor, -1, w); /* and by its own name */
        }
    }
}

/* The sayer of a participle of saying after a comma that the parser reads as a clause of its
 * own (Wg, from the wall or from the comma: "Bob, who ..., tried to excuse the dissent, stating
 * that ..."): the subject of the sentence's main clause (Wd), or -1. */
static long clause_sayer(struct reading *r, size_t w)
{
    if (w == 0 || strcmp(r->parse->words[w - 1].word, ",") != 0)
        return -1;
    size_t subject = SIZE_MAX;
    int hung = 0;
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        hung |= (l->left == 0 || l->left == w - 1) && l->right == w &&
                strncmp(l->label, "Wg", 2) == 0; /* from the wall, or the comma (Xx) */
        if (l->left == 0 && strncmp(l->label, "Wd", 2) == 0 && subject == SIZE_MAX)
            subject = l->right;
    }
    struct filled f;
    memset(&f, 0, sizeof f);
    if (hung && subject != SIZE_MAX && r->parse->words[subject].mention >= 0)
        sg_syntax_referents_of(r, subject, &f, 1);
    return f.count ? f.who[0].actor : -1;
}

/* The sayer of a participle of saying that the parser hangs (MX) on the object after the verb
 * before it, an actor or a thing ("Alice defended Bob, saying that ...", "Alice excused Bob's
 * dissent, stating that ...": Alice, the verb's subject, not Bob), or -1. */
static long participle_sayer(struct reading *r, size_t w)
{
    for (size_t i = 0; i < r->linkage->link_count; i++) {
        const struct sg_parse_link *l = &r->linkage->links[i];
        if (l->right != w || l->label[0] != 'M' || l->label[1] != 'X')
            continue;
        for (size_t k = 0; k < r->linkage->link_count; k++) {
            const struct sg_parse_link *o = &r->linkage->links[k];
            if (o->right == l->left && o->label[0] == 'O')
                return subject_actor(r, o->left);
        }
    }
    return clause_sayer(r, w);
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
        if ((pos != 'v' && pos != 'g') ||
            !sg_syntax_lemma_listed(r->parse->words[w].word, 'v', saying) || not_taken(r, w))
            continue;
        long actor = subject_actor(r, w);
        if (actor < 0) /* a participle, 'g' or, read as a clause of its own, 'v' */
            actor = participle_sayer(r, w);
        if (actor >= 0) {
            sg_syntax_remember(r, "claim", actor, -1, w);
            sg_syntax_remember(r, "said", actor, -1, w);
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
        if (word->pos != 'n' || word->mention >= 0 ||
            !sg_syntax_lemma_listed(word->word, 'n', sg_syntax_event_nouns))
            continue;
        struct filled f;
        memset(&f, 0, sizeof f);
        sg_syntax_owners_of(r, w, &f, 0);
        if (f.count)
            continue; /* noted by sg_syntax_owners_of */
        size_t verb = sg_syntax_object_verb(r->linkage, w);
        if (verb == SIZE_MAX ||
            !sg_syntax_lemma_listed(r->parse->words[verb].word, 'v', sg_roles_making_verbs))
            continue;
        static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
        size_t words[SG_ROLES_MAX];
        size_t n = sg_roles_fill(r->parse, r->linkage, verb, &subject, words);
        for (size_t i = 0; i < n && !f.count; i++)
            sg_syntax_referents_of(r, words[i], &f, 1);
        sg_syntax_note_thing(r, w, &f, 0, 1);
    }
}

/* Whether the verb at w refuses a criticism ("refused to condemn X", "declined to criticise
 * X"): no rebuff of X, and no criticism either (the parse reads the criticism as negated). */
static int refuses_criticism(const struct sg_parse *parse, const struct sg_cues *cues, size_t w)
{
    static const char *const refusing[] = {"refuse", "decline", NULL};
    if (!parse->linkage_count || !sg_syntax_lemma_listed(parse->words[w].word, 'v', refusing))
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
    return sg_syntax_in_list(parse->words[w + 1].word, places) &&
           strcmp(parse->words[w].word, "lied") != 0;
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
        const struct sg_cue *cue = list ? sg_syntax_cue_at(parse, w, list, count, &last) : NULL;
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
