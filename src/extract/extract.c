/*
 * Rule-based stance extraction (extract.h): the text is split into sentences and its actor
 * mentions are found; each sentence is read through its parse (syntax.c), then by the surface
 * frames (extract_frames.c), with its quotations and the discourse before it
 * (extract_discourse.c); names joined by a hyphen ("Russia-backed", "India-EU deal",
 * "NATO-brokered") are read here, and the statements gathered into the snapshot.
 */
#include "extract/extract.h"

#include "base/diag.h"
#include "base/text.h"
#include "extract/extract_parts.h"
#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Whether word's base form as a verb, noun or adjective heads a cue, or word is an event whose
 * author is worth noting ("his decision"). */
static int cue_word(const struct sg_cues *cues, const char *word)
{
    static const char parts[] = {'v', 'n', 'a'};
    char lemma[48];
    size_t count = 0;
    for (size_t p = 0; p < sizeof parts; p++)
        if (sg_lemma(word, parts[p], lemma, sizeof lemma) == 0 &&
            (sg_cues_find(cues, lemma, parts[p], &count) ||
             (parts[p] == 'n' && sg_syntax_event_noun(lemma))))
            return 1;
    return 0;
}

/* The hyphenated word (lowercase, in word) that starts with the n letters at i and goes on
 * with a hyphen and more letters ("co-operate", whose base form WordNet gives as "cooperate"),
 * or "" when there is none. */
static void hyphenated_word(const char *text, size_t i, size_t n, size_t end, char *word,
                            size_t size)
{
    char rest[48];
    word[0] = '\0';
    if (i + n + 1 >= end || text[i + n] != '-')
        return;
    size_t m = sg_extract_lowercase_word(text, i + n + 1, end, rest, sizeof rest);
    if (m == 0 || !rest[0] || n + 1 + m >= size)
        return;
    sg_extract_lowercase_word(text, i, end, word, size);
    word[n] = '-';
    memcpy(word + n + 1, rest, m + 1);
}

/* Whether a word of the sentence could be a cue (cue_word), read also whole when hyphenated. */
static int has_cue(const struct frame_context *c, const struct sg_cues *cues,
                   const struct sg_sentence *sentence)
{
    char word[48], whole[48];
    for (size_t i = sentence->start; i < sentence->end;) {
        size_t n = sg_extract_lowercase_word(c->text, i, sentence->end, word, sizeof word);
        if (n > 0 && word[0] && !sg_text_word_before(c->text, i)) {
            hyphenated_word(c->text, i, n, sentence->end, whole, sizeof whole);
            if (cue_word(cues, word) || (whole[0] && cue_word(cues, whole)))
                return 1;
        }
        i += n ? n : 1;
    }
    return 0;
}

/* Whether a sentence is worth parsing: it names an actor or has a personal pronoun (or "two",
 * as in "the two"), and a word that could be a cue. */
static int worth_parsing(const struct frame_context *c, const struct sg_cues *cues,
                         const struct sg_sentence *sentence)
{
    static const char *const pronouns[] = {"he", "she", "they", "we", "i", "two", NULL};
    int named = sg_extract_contains_word(c->text, sentence->start, sentence->end, pronouns);
    for (size_t i = 0; i < c->mention_count && !named; i++)
        named = c->mentions[i].start >= sentence->start && c->mentions[i].end <= sentence->end;
    return named && has_cue(c, cues, sentence);
}

/* The process's CPU time in seconds. */
static double seconds_now(void)
{
    struct timespec now;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now); /* waiting for the CPU is not parsing */
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

/* Whether the article's parsing time is not spent yet (a guard against pathological text);
 * says so once when it is. */
static int within_budget(struct frame_context *c)
{
    if (c->parse_seconds <= SG_PARSE_ARTICLE_SECONDS)
        return 1;
    if (!c->budget_spent)
        sg_diag_warning("the parser spent over %d s on this text: the rest is read by the "
                        "surface frames alone",
                        SG_PARSE_ARTICLE_SECONDS);
    c->budget_spent = 1;
    return 0;
}

/* Parses a sentence (more boldly with simpler: sg_parse_simpler), adding the time it took to
 * the article's and marking the context failed when memory ran out. Returns the parser's status. */
static int timed_parse(struct frame_context *c, const struct sg_sentence *sentence, int simpler,
                       struct sg_parse *out)
{
    double started = seconds_now();
    int status = (simpler ? sg_parse_simpler : sg_parse_sentence)(
        c->parser, c->text, *sentence, c->mentions, c->mention_count, c->lexicon, out);
    c->parse_seconds += seconds_now() - started;
    if (status == SG_ERR_NOMEM)
        c->failed = 1;
    return status;
}

/* Whether every tie of found[0, count) is among more[0, more_count). */
static int ties_kept(const struct sg_found *found, size_t count, const struct sg_found *more,
                     size_t more_count)
{
    for (size_t i = 0; i < count; i++) {
        size_t j = 0;
        while (j < more_count &&
               (more[j].source.actor != found[i].source.actor ||
                more[j].target.actor != found[i].target.actor || more[j].type != found[i].type))
            j++;
        if (j == more_count)
            return 0;
    }
    return 1;
}

/* The sentence parsed again, rewritten more boldly (sg_parse_simpler), takes the place of its
 * parse when its reading gives more statements, among them every tie the first gave. Returns the
 * statement count in found, count when the first parse stays. */
static size_t read_simpler(struct frame_context *c, const struct sg_cues *cues,
                           const struct sg_sentence *sentence, struct sg_parse *parse,
                           struct sg_found *found, size_t count, size_t *decided,
                           size_t *decided_count)
{
    struct sg_parse simpler;
    if (!within_budget(c) || timed_parse(c, sentence, 1, &simpler))
        return count;
    struct sg_resolver trial = {sg_extract_resolve_pronoun, sg_extract_forget_thing,
                                sg_extract_recall_thing, c, sg_extract_list_more};
    struct sg_found more[SG_SYNTAX_MAX];
    size_t more_decided[SG_SYNTAX_MAX], more_decided_count = 0;
    size_t more_count = sg_syntax_statements(&simpler, cues, c->mentions, &trial, more,
                                             more_decided, &more_decided_count);
    if (more_count <= count || !ties_kept(found, count, more, more_count)) {
        sg_parse_destroy(&simpler);
        return count;
    }
    struct sg_resolver resolver = {sg_extract_resolve_pronoun, sg_extract_remember_thing,
                                   sg_extract_recall_thing, c, sg_extract_list_more};
    sg_parse_destroy(parse);
    *parse = simpler;
    *decided_count = 0;
    return sg_syntax_statements(parse, cues, c->mentions, &resolver, found, decided, decided_count);
}

/* Reads a sentence through its parse. Returns 0 when it has none: the surface frames read it. */
static int read_parsed(struct frame_context *c, const struct sg_cues *cues,
                       const struct sg_sentence *sentence)
{
    if (!c->parser || !worth_parsing(c, cues, sentence) || !within_budget(c))
        return 0;
    struct sg_parse parse;
    int status = timed_parse(c, sentence, 0, &parse);
    if (status == SG_PARSE_TIMEOUT)
        sg_diag_warning("the sentence at byte %zu took the parser over %d s: it is read by the "
                        "surface frames alone, and may be read otherwise on a faster machine",
                        sentence->start, SG_PARSE_SECONDS);
    if (status)
        return status == SG_ERR_NOMEM;
    struct sg_found found[SG_SYNTAX_MAX];

    struct sg_resolver resolver = {sg_extract_resolve_pronoun, sg_extract_remember_thing,
                                   sg_extract_recall_thing, c, sg_extract_list_more};
    size_t decided[SG_SYNTAX_MAX], decided_count = 0;
    size_t count =
        sg_syntax_statements(&parse, cues, c->mentions, &resolver, found, decided, &decided_count);
    count = read_simpler(c, cues, sentence, &parse, found, count, decided, &decided_count);
    for (size_t i = 0; i < count && !c->failed; i++) {
        const struct sg_found *f = &found[i];
        struct sg_mention source = {f->source.start, f->source.end, (size_t)f->source.actor,
                                    SG_MENTION_NAME, 0};
        struct sg_mention target = {f->target.start, f->target.end, (size_t)f->target.actor,
                                    SG_MENTION_NAME, 0};
        c->cue_start = f->cue_start;
        c->cue_end = f->cue_end;
        sg_extract_add_typed_tie(c, &source, &target, f->cue, f->type, f->rule, f->confidence);
    }
    /* The surface frames read the cues too, but propose nothing on a pair the parse has read
     * another way, nor on cues it left out as negated or conditional. */
    c->after_parse = 1;
    c->parsed_end = c->out->statement_count;
    c->parsed = found;
    c->parsed_count = count;
    sg_extract_frame_cues(c, cues, sentence, c->quotes, c->quote_count, &parse, decided,
                          decided_count);
    /* Nothing at all from the sentence: a second look by the surface frames at its verbs,
     * overriding the parse's veto on a subject or object that is nobody of the lexicon (not its
     * negations), at half the confidence. */
    if (c->out->statement_count == c->sentence_first) {
        c->second_look = 1;
        sg_extract_frame_cues(c, cues, sentence, c->quotes, c->quote_count, &parse, decided,
                              decided_count);
        c->second_look = 0;
    }
    c->after_parse = 0;
    c->parsed_count = 0;
    sg_parse_destroy(&parse);
    return 1;
}

/* The mention of the sentence that starts right after at, or one word later, with no
 * punctuation between ("-backed separatists", "-backed Houthi rebels"), or -1. */
static long named_soon_after(const struct frame_context *c, const struct sg_sentence *s, size_t at)
{
    long next = sg_extract_first_after(c->mentions, c->mention_count, s, at);
    if (next < 0)
        return -1;
    size_t words = 0;
    for (size_t i = at; i < c->mentions[next].start; i++) {
        if (strchr(",;:.()\"", c->text[i]))
            return -1;
        words += c->text[i] == ' ';
    }
    return words <= 2 ? next : -1; /* the space after "backed", and one word */
}

/* The lexicon actor whose name or alias is written at at, as whole words, or -1; its end in
 * *end. (After a hyphen no mention is found: "pro-Ukraine" modifies.) */
static long named_at(const struct frame_context *c, size_t at, size_t end, size_t *stop)
{
    const struct sg_model *lexicon = c->lexicon;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        const struct sg_actor *actor = &lexicon->actors[a];
        for (size_t k = 0; k <= actor->alias_count; k++) {
            const char *name = k == 0 ? actor->name : actor->aliases[k - 1];
            size_t n = strlen(name);
            if (n && at + n <= end && strncmp(c->text + at, name, n) == 0 &&
                !sg_text_word_at(c->text, end, at + n)) {
                *stop = at + n;
                return (long)a;
            }
        }
    }
    return -1;
}

/* Participles of backing after a hyphen: "Russia-backed". */
static const char *const backing[] = {"backed", "supported", "sponsored", "funded", "armed", NULL};

/* "Russia-backed separatists" as one alias of the separatists: the other actor whose name or
 * alias opens the mention m before a hyphen and a participle of backing supports it (rule
 * "backed", 0.8, as the frame below). */
static void read_backed_name(struct frame_context *c, const struct sg_cue *back,
                             const struct sg_mention *m)
{
    for (size_t at = m->start; at < m->end; at++) {
        if (c->text[at] != '-')
            continue;
        for (const char *const *b = backing; *b; b++) {
            size_t n = strlen(*b), stop = 0;
            if (at + 1 + n >= m->end || !sg_extract_word_at(c->text, m->end, at + 1, *b))
                continue;
            long backer = named_at(c, m->start, at, &stop);
            if (backer < 0 || stop != at || (size_t)backer == m->actor)
                continue;
            struct sg_mention source = {m->start, at, (size_t)backer, SG_MENTION_NAME, 0};
            c->cue_start = at + 1;
            c->cue_end = at + 1 + n;
            sg_extract_add_tie(c, &source, m, back, "backed", 0.8);
        }
        return; /* only the first hyphen: "Russia-backed" opens the name */
    }
}

/* "Russia-backed separatists", "the Freedonia-sponsored union": a name joined by a hyphen to
 * a participle of backing supports the actor named right after (rule "backed", 0.8). */
static void read_backers(struct frame_context *c, const struct sg_cues *cues,
                         const struct sg_sentence *s)
{
    size_t count = 0;
    const struct sg_cue *back = sg_cues_find(cues, "back", 'v', &count);
    for (size_t i = 0; back && i < c->mention_count; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (m->start >= s->start && m->end < s->end)
            read_backed_name(c, back, m);
        if (m->start < s->start || m->end >= s->end || c->text[m->end] != '-')
            continue;
        for (const char *const *b = backing; *b; b++) {
            size_t n = strlen(*b);
            if (!sg_extract_word_at(c->text, s->end, m->end + 1, *b))
                continue;
            long target = named_soon_after(c, s, m->end + 1 + n);
            c->cue_start = m->end + 1;
            c->cue_end = m->end + 1 + n;
            if (target >= 0)
                sg_extract_add_tie(c, m, &c->mentions[target], back, "backed", 0.8);
        }
    }
}

/* The byte after a hyphen or dash joining the mention m to the next word ("India-EU",
 * "Russia–Ukraine"), or 0. */
static size_t joined_after(const char *text, size_t end, const struct sg_mention *m)
{
    if (m->end < end && text[m->end] == '-')
        return m->end + 1;
    if (m->end + 3 <= end && strncmp(text + m->end, "\xe2\x80\x93", 3) == 0) /* en dash */
        return m->end + 3;
    return 0;
}

/* Pacts and the talks towards them, by their remembered names. */
static const char *const pacts[] = {"deal",  "talk",      "negotiation", "summit", "dialogue",
                                    "truce", "ceasefire", "armistice",   NULL};

/* Whether the word that ends right before at (past spaces) is a pact ("a deal brokered by"),
 * with its remembered name in key and its start in *start. */
static int pact_before(const char *text, size_t from, size_t at, char *key, size_t size,
                       size_t *start)
{
    char word[48];
    size_t begin = sg_extract_word_before(text, from, at, word, sizeof word);
    if (begin == SIZE_MAX || sg_syntax_thing_key(word, key, size) != 0 ||
        !sg_extract_word_in(key, pacts))
        return 0;
    *start = begin;
    return 1;
}

/* The pact noun that follows at, past at most two lowercase words, when it is one ("trade
 * agreement", "free trade deal", "talks"): its remembered name in key, its span in *start and
 * *end. Returns 0 when there is none. */
static int pact_after(const char *text, size_t end, size_t at, char *key, size_t size,
                      size_t *start, size_t *stop)
{
    for (int words = 0; words < 3; words++) {
        while (at < end && text[at] == ' ')
            at++;
        char word[48];
        size_t n = sg_extract_lowercase_word(text, at, end, word, sizeof word);
        if (n == 0 || !word[0] || !islower((unsigned char)text[at]))
            return 0;
        if (sg_syntax_thing_key(word, key, size) == 0 && sg_extract_word_in(key, pacts)) {
            *start = at;
            *stop = at + n;
            return 1;
        }
        at += n;
    }
    return 0;
}

/* "the India-EU free trade agreement", "Freedonia-Sylvania talks": two actors joined by a
 * hyphen before a pact are its parties. Returns whether mention i begins one, with the second
 * party in *partner, the pact's name in key and its span in *start, *stop. */
static int joint_pact(const struct frame_context *c, const struct sg_sentence *s, size_t i,
                      struct sg_mention *partner, char *key, size_t size, size_t *start,
                      size_t *stop)
{
    const struct sg_mention *m = &c->mentions[i];
    if (m->start < s->start || m->end > s->end)
        return 0;
    size_t at = joined_after(c->text, s->end, m), end = 0;
    long other = at ? named_at(c, at, s->end, &end) : -1;
    if (other < 0 || (size_t)other == m->actor ||
        !pact_after(c->text, s->end, end, key, size, start, stop))
        return 0;
    memset(partner, 0, sizeof *partner);
    partner->start = at;
    partner->end = end;
    partner->actor = (size_t)other;
    return 1;
}

/* Notes each joint pact of the sentence as its two parties', before its cues are read, so
 * that "the accord" later in the sentence reaches both ("criticised the Freedonia-Sylvania
 * accord" itself is read as the first name's, its modifier). */
static void note_joint_pacts(struct frame_context *c, const struct sg_sentence *s)
{
    for (size_t i = 0; i < c->mention_count; i++) {
        char key[48];
        size_t start, stop;
        struct sg_mention partner;
        if (joint_pact(c, s, i, &partner, key, sizeof key, &start, &stop))
            sg_extract_remember_thing(c, key, (long)c->mentions[i].actor, (long)partner.actor);
    }
}

/* Whether the joint pact whose first name begins at at is none that was held: after "no",
 * "any" or "without", maybe with an article between ("no Freedonia–Sylvania summit", "ruled out
 * any X-Y talks", "without an X-Y deal"), as a noun cue after "no" is no statement. */
static int pact_denied(const char *text, size_t at)
{
    static const char *const denying[] = {"no", "any", "without", NULL};
    static const char *const articles[][2] = {{"a", NULL}, {"an", NULL}, {"the", NULL}};
    if (sg_extract_preceded_by(text, at, denying))
        return 1;
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++)
        if (sg_extract_preceded_by(text, at, articles[i]) &&
            sg_extract_preceded_by(text, at - 1 - strlen(articles[i][0]), denying))
            return 1;
    return 0;
}

/* Whether the word at at (past spaces, before end) is a form of a verb that calls talks off
 * or puts them off ("cancelled", "postponed", "called off"): its end, else 0. */
static size_t calling_off_at(const char *text, size_t at, size_t end)
{
    char word[48], lemma[48];
    while (at < end && text[at] == ' ')
        at++;
    size_t n = sg_extract_lowercase_word(text, at, end, word, sizeof word);
    if (n == 0 || !word[0] || sg_lemma(word, 'v', lemma, sizeof lemma) != 0)
        return 0;
    if (sg_extract_word_in(lemma, sg_syntax_calling_off))
        return at + n;
    at += n;
    while (at < end && text[at] == ' ')
        at++;
    return strcmp(lemma, "call") == 0 &&
                   sg_extract_lowercase_word(text, at, end, word, sizeof word) &&
                   strcmp(word, "off") == 0
               ? at + 3
               : 0;
}

/* Whether the joint pact from first (its first name) to stop (its noun's end) was called off
 * or put off (read for a summit or a deal, not for talks that go on over rounds): such a verb after
 * it, past "was", "were", "has been" ("The X-Y summit was postponed"), or before it, maybe
 * past an article ("cancelled the X-Y talks"). */
static int pact_called_off(const char *text, size_t from, size_t first, size_t stop, size_t end)
{
    static const char *const auxiliaries[] = {"was",  "were", "is",   "are", "has",
                                              "have", "had",  "been", "be",  NULL};
    static const char *const articles[] = {"a", "an", "the", "this", NULL};
    char word[48];
    size_t at = stop;
    int k = 0;
    for (; k < 3; k++) {
        size_t start = at;
        while (start < end && text[start] == ' ')
            start++;
        size_t n = sg_extract_lowercase_word(text, start, end, word, sizeof word);
        if (n == 0 || !sg_extract_word_in(word, auxiliaries))
            break;
        at = start + n;
    }
    if (k > 0 && calling_off_at(text, at, end))
        return 1; /* past an auxiliary: with none, the pact does it ("the X-Y deal delayed tariffs")
                   */
    size_t before = sg_extract_word_before(text, from, first, word, sizeof word);
    if (before != SIZE_MAX && sg_extract_word_in(word, articles))
        before = sg_extract_word_before(text, from, before, word, sizeof word);
    if (before != SIZE_MAX && strcmp(word, "off") == 0)
        before = sg_extract_word_before(text, from, before, word, sizeof word);
    return before != SIZE_MAX && calling_off_at(text, before, end);
}

/* The parties of a joint pact negotiate (rule "joint pact", the pact noun's cue), unless it is
 * denied, and the pact is theirs. */
static void read_joint_pacts(struct frame_context *c, const struct sg_cues *cues,
                             const struct sg_sentence *s)
{
    for (size_t i = 0; i < c->mention_count; i++) {
        char key[48], word[48];
        size_t start, stop, count = 0;
        struct sg_mention partner;
        if (!joint_pact(c, s, i, &partner, key, sizeof key, &start, &stop))
            continue;
        sg_extract_lowercase_word(c->text, start, stop, word, sizeof word);
        char lemma[48];
        const struct sg_cue *cue = NULL;
        if (sg_lemma(word, 'n', lemma, sizeof lemma) == 0)
            cue = sg_cues_find(cues, lemma, 'n', &count);
        while (count > 1 && strcmp(cue->words, lemma) != 0) /* "talk", not "talk show" */
            cue++, count--;
        if (!cue || cue->type != SG_STANCE_NEGOTIATION)
            continue;
        c->cue_start = start;
        c->cue_end = stop;
        if (!pact_denied(c->text, c->mentions[i].start) &&
            (sg_extract_word_in(lemma, sg_syntax_ongoing_talks) ||
             !pact_called_off(c->text, s->start, c->mentions[i].start, stop, s->end)))
            sg_extract_add_tie(c, &c->mentions[i], &partner, cue, "joint pact", 0.8);
        /* again, over the parse's note of one owner ("NATO's agreement") */
        sg_extract_remember_thing(c, key, (long)c->mentions[i].actor, (long)partner.actor);
    }
}

/* The mention of actor in the sentence, or one that names nobody's place (start SIZE_MAX). */
static struct sg_mention mention_of(const struct frame_context *c, const struct sg_sentence *s,
                                    size_t actor)
{
    for (size_t i = 0; i < c->mention_count; i++)
        if (c->mentions[i].actor == actor && c->mentions[i].start >= s->start &&
            c->mentions[i].end <= s->end)
            return c->mentions[i];
    struct sg_mention none;
    memset(&none, 0, sizeof none);
    none.actor = actor;
    none.start = none.end = SIZE_MAX;
    return none;
}

/* Whether a joint pact begins at at, past spaces ("the NATO-brokered India-EU deal"): its
 * name in key, its noun's offset in *pact. */
static int joint_pact_at(const struct frame_context *c, const struct sg_sentence *s, size_t at,
                         char *key, size_t size, size_t *pact)
{
    while (at < s->end && c->text[at] == ' ')
        at++;
    for (size_t i = 0; i < c->mention_count; i++) {
        struct sg_mention partner;
        size_t stop;
        if (c->mentions[i].start == at && joint_pact(c, s, i, &partner, key, size, pact, &stop))
            return 1;
    }
    return 0;
}

/* Whether mention i is a mediator: "AU-mediated talks", "the Qatar-brokered deal" (a hyphen, a
 * participle of mediating, a pact), with the pact's name in key, its offset in *pact and the
 * participle's span in said[0], said[1]. ("The mediator Dave" may have been left out of the
 * talks: no mediator.) */
static int mediator_at(const struct frame_context *c, const struct sg_sentence *s, size_t i,
                       char *key, size_t size, size_t *pact, size_t said[2])
{
    const struct sg_mention *m = &c->mentions[i];
    if (m->start < s->start || m->end > s->end)
        return 0;
    size_t at = joined_after(c->text, s->end, m), start, stop;
    size_t by = sg_extract_mediating_by(c->text, m->start); /* "a deal brokered by NATO" */
    if (by != SIZE_MAX && by > s->start && pact_before(c->text, s->start, by, key, size, pact)) {
        said[0] = by;
        said[1] = m->start - 4;
        return 1;
    }
    for (const char *const *w = sg_extract_mediating; at && *w; w++)
        if (sg_extract_word_at(c->text, s->end, at, *w) &&
            (pact_after(c->text, s->end, at + strlen(*w), key, size, &start, &stop) ||
             joint_pact_at(c, s, at + strlen(*w), key, size, &start))) {
            *pact = start;
            said[0] = at;
            said[1] = at + strlen(*w);
            return 1;
        }
    return 0;
}

/* Whether the sentence's statement k is a negotiation of others that the mediator m takes part
 * in: its cue is the pact's noun at pact, or, when near is set, comes before the mediator with
 * no comma between ("A and B met for NATO-mediated talks"; not "A met B, days after
 * NATO-mediated talks between C and D", nor "..., and C met D"). */
static int mediated(const struct frame_context *c, size_t k, const struct sg_mention *m,
                    size_t pact, int near)
{
    const struct sg_statement *st = &c->out->statements[k];
    size_t at = k - c->sentence_first;
    if (st->type != SG_STANCE_NEGOTIATION || st->source == m->actor || st->target == m->actor ||
        at >= MAX_CUES)
        return 0;
    size_t cue = c->cues_of[at];
    if (cue == pact)
        return 1;
    return near && cue < m->start && !memchr(c->text + cue, ',', m->start - cue);
}

/* A mediator negotiates with each party: those of the negotiations of its pact's noun, else of
 * a negotiation before it in its clause, else the remembered parties of the pact (rule
 * "mediator", the cue "mediate"). */
static void read_mediators(struct frame_context *c, const struct sg_cues *cues,
                           const struct sg_sentence *s)
{
    size_t count = 0, end = c->out->statement_count;
    const struct sg_cue *mediate = sg_cues_find(cues, "mediate", 'v', &count);
    for (size_t i = 0; mediate && i < c->mention_count; i++) {
        char key[48];
        size_t noun, said[2];
        if (!mediator_at(c, s, i, key, sizeof key, &noun, said))
            continue;
        const struct sg_mention *m = &c->mentions[i];
        size_t parties[2 * 8], n = 0;
        for (int near = 0; near < 2 && n == 0; near++)
            for (size_t k = c->sentence_first; k < end && n + 2 <= 16; k++)
                if (mediated(c, k, m, noun, near)) {
                    parties[n++] = c->out->statements[k].source;
                    parties[n++] = c->out->statements[k].target;
                }
        struct sg_referent pact = sg_extract_recall_thing(c, key);
        if (n == 0 && pact.actor >= 0 && pact.partner >= 0) {
            parties[n++] = (size_t)pact.actor;
            parties[n++] = (size_t)pact.partner;
        }
        c->cue_start = said[0]; /* the cue as written: "mediated" */
        c->cue_end = said[1];
        for (size_t k = 0; k < n; k++) {
            struct sg_mention party = mention_of(c, s, parties[k]);
            sg_extract_add_tie(c, m, &party, mediate, "mediator", 0.8);
        }
    }
}

/* Reads one sentence: its quotations and their speakers, then its cues. */
static void read_sentence(struct frame_context *c, const struct sg_cues *cues,
                          const struct sg_sentence *sentence, const struct sg_mention *mentions,
                          size_t mention_count)
{
    sg_extract_age_sayings(c);
    struct quote quotes[MAX_QUOTES];
    size_t quote_count = sg_extract_read_quotes(c, sentence, quotes, mentions, mention_count);
    c->subject_count = 0;
    c->evidence = sentence;
    c->sentence_first = c->out->statement_count;
    c->quotes = quotes;
    c->quote_count = quote_count;
    sg_extract_note_possessives(c, sentence);
    note_joint_pacts(c, sentence);
    if (!read_parsed(c, cues, sentence))
        sg_extract_frame_cues(c, cues, sentence, quotes, quote_count, NULL, NULL, 0);
    read_backers(c, cues, sentence);
    read_joint_pacts(c, cues, sentence);
    read_mediators(c, cues, sentence);
    sg_extract_note_last_person(c, sentence, quotes, quote_count, mentions, mention_count);
}

/*
 * The actors that take part, in lexicon order; statements renumbered to them. With no tie,
 * the actors the text names; with no actor named either, every lexicon actor, so that the
 * snapshot stays valid (it needs an actor). Then the ties. Returns 0 or SG_ERR_NOMEM.
 */
static int finish_snapshot(struct frame_context *c, const struct sg_mention *mentions,
                           size_t mention_count)
{
    const struct sg_model *lexicon = c->lexicon;
    struct sg_model *out = c->out;
    int keep_all = out->statement_count == 0 && mention_count == 0;
    if (out->statement_count == 0)
        for (size_t i = 0; i < mention_count; i++)
            c->index_of[mentions[i].actor] = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        if (c->index_of[a] == (size_t)-1 && !keep_all)
            continue;
        c->index_of[a] = out->actor_count;
        if (sg_model_copy_actor(out, &lexicon->actors[a]) != SG_OK)
            return SG_ERR_NOMEM;
    }
    for (size_t i = 0; i < out->statement_count; i++) {
        out->statements[i].source = c->index_of[out->statements[i].source];
        out->statements[i].target = c->index_of[out->statements[i].target];
    }
    return sg_model_build_ties(out);
}

/* WordNet's base forms and a parser for this call. */
static int open_parser(struct frame_context *c)
{
    if (sg_lemma_init() != 0) {
        sg_diag_error("WordNet's data cannot be read (Debian's wordnet-base)");
        return SG_ERR_LIBRARY;
    }
    return sg_parser_open(&c->parser);
}

int sg_extract(const char *text, size_t length, const struct sg_model *lexicon,
               const struct sg_cues *cues, const char *id, const char *date, struct sg_model *out,
               size_t *named)
{
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    struct sg_cues builtin = {0};
    struct frame_context c = {.text = text,
                              .length = length,
                              .lexicon = lexicon,
                              .out = out,
                              .last_person = -1,
                              .other_person = -1,
                              .last_other = -1,
                              .pair = {-1, -1},
                              .named_pair = {-1, -1}};
    int err = SG_ERR_NOMEM;
    if (!cues) {
        err = sg_cues_builtin(&builtin);
        if (err)
            return err;
        cues = &builtin;
        err = SG_ERR_NOMEM;
    }
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    size_t mention_count = sentence_count == (size_t)-1
                               ? (size_t)-1
                               : sg_extract_mentions(text, length, lexicon, &mentions);
    c.index_of = malloc((lexicon->actor_count + 1) * sizeof *c.index_of);
    if (sentence_count == (size_t)-1 || mention_count == (size_t)-1 || !c.index_of)
        goto out;
    if (named)
        *named = mention_count;
    c.mentions = mentions;
    c.mention_count = mention_count;
    err = open_parser(&c);
    if (err)
        goto out;
    err = SG_ERR_NOMEM;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        c.index_of[a] = (size_t)-1;
    out->info.id = strdup(id);
    out->info.date = strdup(date);
    out->info.title = strdup("Proposed by stancegraph extract");
    if (!out->info.id || !out->info.date || !out->info.title)
        goto out;
    for (size_t s = 0; s < sentence_count && !c.failed; s++)
        read_sentence(&c, cues, &sentences[s], mentions, mention_count);
    if (!c.failed)
        err = finish_snapshot(&c, mentions, mention_count);
out:
    sg_parser_close(c.parser);
    free(sentences);
    free(mentions);
    free(c.index_of);
    sg_cues_destroy(&builtin);
    return err;
}
