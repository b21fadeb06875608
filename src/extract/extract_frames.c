/*
 * The surface frames of stance extraction (extract_parts.h): around a cue, actor mentions in the
 * same clause become the source (before the cue) and target (after it), with the roles swapped
 * in the passive ("was criticized by X"); the other frames (visits, joint talks, reversed nouns,
 * events, owners of things, pronouns) each have their function, and a cue inside a quotation
 * reads the quotation alone with its speaker as the source. The statements they add are
 * extract_statements.c's, the small questions they ask of the words extract_words.c's.
 */
#include "extract/extract_parts.h"

#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- cues and frames ---- */

/* Whether a possessive "'s" follows the mention that ends at end ("Bob's adviser"). */
static int owned_after(const char *text, size_t end)
{
    return strncmp(text + end, "'s", 2) == 0 || strncmp(text + end, "\xe2\x80\x99s", 4) == 0;
}

/* Nonzero when the gap between two mentions joins them in a list: ", ", " and ", ", and ", or
 * a comma or "and" followed by a short title ("Foreign Minister", "Prime Minister"); not a
 * comma before a name that owns what follows (next_end: where that name ends). */
static int joins_list(const char *text, size_t from, size_t to, size_t next_end)
{
    size_t n = to - from;
    if (n == 5 && strncmp(text + from, " and ", 5) == 0)
        return 1;
    if (text[from] == ',' && owned_after(text, next_end))
        return 0; /* "Alice, one of Bob's critics,": an apposition, no list */
    /* ", Foreign Minister " or " and Prime Minister ": a comma or "and" and a short title,
     * not a clause's opening ("A and B, as the top diplomat brought them together", "had
     * spoken to A and that B would ...") */
    static const char *const opens[] = {
        "as",     "while",   "when",  "after",  "before", "since",   "because", "although",
        "though", "whereas", "until", "unless", "that",   "whether", "if",      NULL};
    if (((n >= 2 && text[from] == ',') || (n > 5 && strncmp(text + from, " and ", 5) == 0)) &&
        n <= 40 && !sg_extract_contains_word(text, from, to, opens)) {
        for (size_t i = from; i < to; i++)
            if (text[i] == '.' || text[i] == ';')
                return 0;
        return 1;
    }
    return 0;
}

static const char *const other_pronouns[] = {"he", "she", "they", "it", NULL};

/* Nonzero when a clause break (", and", ", but", ";") lies between from and to. */
static int clause_break(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (text[i] == ';')
            return 1;
        if (text[i] == ',' &&
            (strncmp(text + i, ", and ", 6) == 0 || strncmp(text + i, ", but ", 6) == 0))
            return 1;
    }
    return 0;
}

/* Nonzero when a clause with a subject of its own opens in text[from, to): a verb of saying
 * ("agreed to a pullback and reports have said B could accept") or "that" and a pronoun
 * ("agreed that we wanted ties with B"); a name after it is that clause's. */
static int own_clause_between(const char *text, size_t from, size_t to)
{
    static const char *const opens[] = {"said",     "says",      "say",    "that we", "that he",
                                        "that she", "that they", "that i", "that it", NULL};
    return sg_extract_contains_word(text, from, to, opens);
}

/* Nonzero when text[from, to) is a space, or a determiner between spaces ("support the EU",
 * not "back to Kyiv"). */
static int object_follows(const char *text, size_t from, size_t to)
{
    static const char *const determiners[] = {" the ", " its ", " their ", " our ",
                                              " his ", " her ", NULL};
    if (to - from == 1 && text[from] == ' ')
        return 1;
    for (const char *const *d = determiners; *d; d++)
        if (strlen(*d) == to - from && strncasecmp(text + from, *d, to - from) == 0)
            return 1;
    return 0;
}

/* Whether the parse read the cue being framed. */
static int parse_read(const struct frame_context *c)
{
    for (size_t i = 0; i < c->parsed_count; i++)
        if (c->parsed[i].cue_start == c->cue_start)
            return 1;
    return 0;
}

/* Whether the word after " and " at the first such "and" in text[from, to) is one the parse
 * reads as a verb: "visited Armenia and condemned Azeri attacks", whose second name is the
 * second verb's. */
static int and_verb_between(const struct frame_context *c, size_t from, size_t to)
{
    for (size_t i = from; c->parse && i + 5 < to; i++)
        if (strncmp(c->text + i, " and ", 5) == 0) {
            for (size_t w = 0; w < c->parse->word_count; w++)
                if (c->parse->words[w].start == i + 5 && c->parse->words[w].mention < 0)
                    return c->parse->words[w].pos == 'v';
            return 0;
        }
    return 0;
}

/* Whether the parse read the cue being framed with targets, none of them the possessive
 * mention at [start, end), and all after it: "raided inside Venezuela's ally Ecuador", where
 * the parse read Ecuador, is no raid on Venezuela ("hailed the deal reached by A and B", where
 * the parse read B alone, still reads A). */
static int parse_target_after(const struct frame_context *c, size_t start, size_t end)
{
    size_t first = SIZE_MAX; /* the parse's first target of the cue */
    for (size_t i = 0; i < c->parsed_count; i++) {
        const struct sg_found *f = &c->parsed[i];
        if (f->cue_start != c->cue_start || f->target.start == SIZE_MAX ||
            f->target.start < c->cue_end)
            continue;
        if (f->target.start == start)
            return 0; /* the parse read this one too */
        if (f->target.start < first)
            first = f->target.start;
    }
    return first != SIZE_MAX && first >= end && owned_after(c->text, end);
}

static const char *const negations[] = {"not",    "never",    "refused to", "declined to",
                                        "n't",    "denied",   "denies",     "avoided",
                                        "avoids", "short of", NULL};
static const char *const passive_auxiliaries[] = {"was", "were", "been", "is", "are", "be", NULL};
static const char *const modals[] = {"would",       "could",     "might",  "may",
                                     "will",        "should",    "if",     "unless",
                                     "expected to", "likely to", "likely", NULL};
/* Others' forecasts and roads not taken: no statement (as the parse's SG_MOOD_UNREAL). */
static const char *const forecasts[] = {"expected to", "likely to",   "unlikely to",
                                        "whether",     "could have",  "might have",
                                        "may have",    "should have", NULL};
/* A meeting under these has not happened yet: no negotiation ("would" reports an intention). */
static const char *const not_yet[] = {"could",  "might",  "may",  "will",  "can",
                                      "must",   "shall",  "plan", "plans", "planned",
                                      "due to", "set to", NULL};
static const char *const determiners[] = {"the",   "a",   "an", "its",  "his", "her",
                                          "their", "our", "my", "your", NULL};
static const char *const event_nouns[] = {"a move",    "a step",  "a decision",
                                          "an action", "which",   "something",
                                          "a meeting", "a visit", NULL};

/* Whether " and " or " or " lies between from and to. */
static int conjunction_between(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i + 4 <= to; i++)
        if (strncmp(text + i, " and ", 5) == 0 || strncmp(text + i, " or ", 4) == 0)
            return 1;
    return 0;
}

/* Extends a mention index backwards over the mentions coordinated with it ("A, B and C"); a
 * name after "with" or "according to" joins no list by a comma alone ("In a summit with Bob,
 * Alice warned", "According to Bob, Alice attacked Carol"). */
static size_t first_coordinated(const char *text, const struct sg_mention *m, size_t i,
                                const struct sg_sentence *s)
{
    static const char *const with[] = {"with", "according to", NULL};
    while (i > 0 && m[i - 1].start >= s->start &&
           joins_list(text, m[i - 1].end, m[i].start, m[i].end) &&
           (!sg_extract_preceded_by(text, m[i - 1].start, with) ||
            conjunction_between(text, m[i - 1].end, m[i].start)))
        i--;
    return i;
}

/* Whether a verb that is no noun follows mention i at once: the name is the subject of a clause
 * of its own ("met Bob, and Carol criticised Dave"), no member of a list before it. */
static int opens_clause(const char *text, const struct sg_mention *m, size_t i, size_t end)
{
    char word[48];
    size_t at = m[i].end;
    if (at + 1 >= end || text[at] != ' ' ||
        sg_extract_lowercase_word(text, at + 1, end, word, sizeof word) == 0 || !word[0])
        return 0;
    return sg_lemma_is(word, 'v') && !sg_lemma_is(word, 'n');
}

/* Extends a mention index forwards over a list ("A, B and C"), to its last name after "and":
 * names after a bare comma alone are no list ("met Bob, Carol said"), nor is a name that opens
 * a clause of its own. */
static size_t last_coordinated(const char *text, const struct sg_mention *m, size_t count, size_t i,
                               const struct sg_sentence *s)
{
    size_t last = i;
    while (i + 1 < count && m[i + 1].end <= s->end &&
           joins_list(text, m[i].end, m[i + 1].start, m[i + 1].end) &&
           !opens_clause(text, m, i + 1, s->end)) {
        i++;
        if (text[m[i - 1].end] != ',' || strncmp(text + m[i - 1].end, ", and ", 6) == 0)
            last = i;
    }
    return last;
}

/* One tie between each pair of neighbours of the coordinated mentions [first, last]. */
static void joint_ties(struct frame_context *c, const struct sg_mention *m, size_t first,
                       size_t last, const struct sg_cue *cue)
{
    for (size_t a = first; a < last; a++)
        sg_extract_add_tie(c, &m[a], &m[a + 1], cue, "joint talks", 0.6);
}

/* Whether cue names a target with preposition a or b. */
static int targets_with(const struct sg_cue *cue, const char *a, const char *b)
{
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind == SG_ROLE_PREPOSITION &&
            (strcmp(cue->target[k].preposition, a) == 0 ||
             strcmp(cue->target[k].preposition, b) == 0))
            return 1;
    return 0;
}

/* Whether cue names its other side with "with" or "between" ("met with", "talks between"): a
 * joint act, which several subjects do together; one done to someone ("offered", "visited",
 * "contacted") is no talks among its doers. */
static int joint_act(const struct sg_cue *cue)
{
    return targets_with(cue, "with", "between");
}

/* One cue being framed: where it lies, and the mentions around it within its sentence. */
struct cue_site {
    const struct sg_sentence *sentence;
    const struct sg_cue *cue;
    enum sg_cue_frame frame; /* how it is read without a parse */
    int adjacent;            /* its target must follow at once */
    size_t cue_start, cue_end;
    const struct sg_mention *m; /* the mentions of the text (or quotation), by position */
    size_t count;
    long before;     /* the nearest mention before the cue, or -1 */
    long after;      /* the first mention after the cue, or -1 */
    double modality; /* 0.5 for conditionals and predictions, else 1 */
};

/* Whether one of words stands between the clause's start and the cue, or before the mention
 * that opens the clause. */
static int in_clause(const struct frame_context *c, const struct cue_site *site, size_t clause,
                     const char *const *words)
{
    return sg_extract_contains_word(c->text, clause, site->cue_start, words) ||
           (site->before >= 0 && sg_extract_contains_word(c->text, site->sentence->start,
                                                          site->m[site->before].start, words));
}

/* Finds the mentions before and after the cue, and the modality of its clause. */
static void locate(const struct frame_context *c, struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_mention *m = site->m;
    long before = -1;
    for (size_t i = 0; i < site->count && m[i].end <= site->cue_start; i++)
        if (m[i].start >= sentence->start)
            before = (long)i;
    site->before = before;
    site->after = sg_extract_first_after(m, site->count, sentence, site->cue_end);
    /* conditionals and predictions ("would criticize", "if Kyiv rejects") lower confidence */
    size_t clause = before >= 0 ? m[before].end : sentence->start;
    site->modality = in_clause(c, site, clause, modals) ? 0.5 : 1.0;
    /* between the source and the cue only: "X is expected to endorse Y", "X will meet Y"; not
     * "What should have been a meeting of X and Y ..." */
    static const char *const unknown[] = {"whether", NULL};
    if (sg_extract_contains_word(c->text, clause, site->cue_start, forecasts) ||
        sg_extract_contains_word(c->text, sentence->start, site->cue_start, unknown) ||
        (site->cue->type == SG_STANCE_NEGOTIATION &&
         sg_extract_contains_word(c->text, clause, site->cue_start, not_yet)))
        site->modality = 0;
    /* a bare infinitive right after its source, with no verb of its own: a plan ("Demir to meet
     * Ortiz next week", a headline's future; "urged Bob to condemn Carol"), not yet done; but
     * not after an ordinal or "only" in the source's phrase ("the first envoy of Bob to visit
     * Carol" went), past the last comma ("For the first time, Bob to meet Carol" is a plan) */
    static const char *const done_by_rank[] = {"first", "second", "last", "only", NULL};
    size_t phrase = before >= 0 ? m[before].start : sentence->start;
    while (phrase > sentence->start && c->text[phrase - 1] != ',')
        phrase--;
    if (before >= 0 && site->cue_start == m[before].end + 4 &&
        strncmp(c->text + m[before].end, " to ", 4) == 0 &&
        !sg_extract_contains_word(c->text, phrase, m[before].start, done_by_rank))
        site->modality = site->cue->type == SG_STANCE_NEGOTIATION ? 0 : site->modality * 0.5;
}

/* Passive: TARGET was criticized by SOURCE. */
static void frame_passive(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long before = site->before, after = site->after;
    size_t by = site->cue_end;
    while (by < site->sentence->end && c->text[by] == ' ')
        by++;
    if (parse_read(c))
        return; /* "X's plan - on A and B - was accepted by C": the parse read the subject */
    /* the agent right after "by", or after a word or two ("by the Coastal ...") */
    if (before >= 0 && after >= 0 && sg_extract_word_at(c->text, c->length, by, "by") &&
        m[after].start <= by + 3 + 16 && !memchr(c->text + by, ',', m[after].start - by))
        sg_extract_add_tie(c, &m[after], &m[before], site->cue, "passive", 0.8 * site->modality);
}

/* "a visit to X by Y": Y visits X */
static void frame_visit(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    if (site->after < 0)
        return;
    size_t by = m[site->after].end;
    while (by < site->sentence->end && (c->text[by] == ' ' || c->text[by] == ','))
        by++;
    long visitor = sg_extract_first_after(m, site->count, site->sentence, by);
    if (visitor >= 0 && sg_extract_word_at(c->text, c->length, by, "by"))
        sg_extract_add_tie(c, &m[visitor], &m[site->after], site->cue, "visit by",
                           0.6 * site->modality);
}

/* A target after the cue and no mention before it: the speaker of a quotation, or the person
 * a pronoun stands for, is the source. */
static void frame_unnamed_source(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_mention *m = site->m;
    size_t after = (size_t)site->after;
    if (c->speaker &&
        !sg_extract_contains_word(c->text, sentence->start, site->cue_start, other_pronouns)) {
        /* “We will back Kyiv,” Halvorsen said: the speaker is the source */
        size_t last = site->frame == SG_CUE_LIST
                          ? last_coordinated(c->text, m, site->count, after, sentence)
                          : after;
        for (size_t t = after; t <= last; t++)
            sg_extract_add_tie(c, c->speaker, &m[t], site->cue, "quotation", 0.6 * site->modality);
    } else if (!c->in_quote && c->last_person >= 0 &&
               sg_extract_contains_word(c->text, sentence->start, site->cue_start,
                                        sg_extract_subject_pronouns)) {
        /* "He raised concerns during a meeting with X": the last person named first */
        struct sg_mention pronoun = {SIZE_MAX, SIZE_MAX, (size_t)c->last_person, SG_MENTION_NAME,
                                     0};
        sg_extract_add_tie(c, &pronoun, &m[after], site->cue, "pronoun", 0.6 * site->modality);
    }
}

/* The author of a thing named just after the cue ("quit over the deal", "condemned this
 * decision"): a preposition, a determiner, at most one more word, then a noun remembered with its
 * author; -1 when there is none. */
static long thing_after(struct frame_context *c, const struct cue_site *site)
{
    static const char *const prepositions[] = {"over", "against", "about", "on", "to", NULL};
    static const char *const definite[] = {"the", "this", "that", "these", "those", NULL};
    const char *text = c->text;
    size_t end = site->sentence->end, at = site->cue_end, words = 0;
    int determiner = 0;
    while (at < end && words < 4) {
        while (at < end && text[at] == ' ')
            at++;
        char word[48];
        size_t n = sg_extract_lowercase_word(text, at, end, word, sizeof word);
        if (n == 0)
            return -1;
        words++;
        at += n;
        if (!determiner && words == 1 && sg_extract_word_in(word, prepositions))
            continue;
        if (!determiner) {
            if (!sg_extract_word_in(word, definite))
                return -1;
            determiner = 1;
            continue;
        }
        char key[48];
        long actor = sg_syntax_thing_key(word, key, sizeof key) == 0
                         ? sg_extract_recall_thing(c, key).actor
                         : -1;
        if (actor >= 0)
            return actor;
    }
    return -1;
}

/* Whether the cue is a one-word verb of talking whose other party is only ever a
 * preposition's object ("engage with", "discuss with") and a name follows it at once: that
 * name is its object, no party ("engaged Russian forces", "discussed Ukraine with France"). */
static int object_no_party(const struct frame_context *c, const struct cue_site *site,
                           size_t target_start)
{
    const struct sg_cue *cue = site->cue;
    if (cue->type != SG_STANCE_NEGOTIATION || cue->pos != 'v' ||
        cue->words[cue->head_length] != '\0' || cue->target_count == 0)
        return 0;
    for (size_t k = 0; k < cue->target_count; k++)
        if (cue->target[k].kind != SG_ROLE_PREPOSITION)
            return 0;
    return object_follows(c->text, site->cue_end, target_start);
}

/* Whether text[from, to) holds only capitalised words: "Prime Minister " before a name that
 * opens its sentence. */
static int opens_sentence(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if ((i == from || text[i - 1] == ' ') && text[i] != ' ' && !isupper((unsigned char)text[i]))
            return 0;
    return 1;
}

/* Whether the cue opens a participle clause set off by a comma ("A condemned the deal between
 * B and C, warning ..."): its subject is the clause's before it, not the names nearest it; but
 * "X, speaking after ...", X opening the sentence, is X's. */
static int participle_clause(const struct frame_context *c, const struct cue_site *site)
{
    size_t at = site->cue_start, end = at;
    while (end < site->cue_end && c->text[end] != ' ')
        end++; /* the cue's first word */
    return end - at > 4 && strncmp(c->text + end - 3, "ing", 3) == 0 && at >= 2 &&
           c->text[at - 1] == ' ' && c->text[at - 2] == ',' &&
           !(site->before >= 0 && site->m[site->before].end + 2 == at &&
             opens_sentence(c->text, site->sentence->start, site->m[site->before].start));
}

/* Whether the cue is a participle joined by "and" or "or" right after the nearest name
 * ("intimidating people in X and threatening Y"): a verb conjoined to an earlier one, whose
 * object X is, never the doer (doers come before a finite verb: "X and Y threatened Z"). */
static int conjoined_participle(const struct frame_context *c, const struct cue_site *site)
{
    size_t at = site->cue_start, end = at;
    while (end < site->cue_end && c->text[end] != ' ')
        end++; /* the cue's first word */
    if (site->before < 0 || end - at <= 4 || strncmp(c->text + end - 3, "ing", 3) != 0)
        return 0;
    size_t from = site->m[site->before].end;
    return (at - from == 5 && strncmp(c->text + from, " and ", 5) == 0) ||
           (at - from == 4 && strncmp(c->text + from, " or ", 4) == 0);
}

/* Whether the cue governs an infinitive ("refused to comment on X", "declined to say"): what
 * follows is the infinitive's, which the surface frames cannot read. */
static int governs_infinitive(const struct frame_context *c, const struct cue_site *site)
{
    size_t at = site->cue_end;
    if (!sg_extract_word_at(c->text, site->sentence->end, at + 1, "to") || c->text[at] != ' ')
        return 0;
    char word[32];
    size_t n = 0, from = at + 4;
    while (from + n < site->sentence->end && n + 1 < sizeof word &&
           islower((unsigned char)c->text[from + n]))
        word[n] = c->text[from + n], n++;
    word[n] = '\0';
    return n > 0 && sg_lemma_is(word, 'v'); /* no determiner is a verb: "agreed to the deal" */
}

/* Whether the mention at "at" is the agent of a mediating participle ("brokered by NATO"). */
static int mediating_agent(const char *text, size_t at)
{
    return sg_extract_mediating_by(text, at) != SIZE_MAX;
}

/* Whether the cue's source opens a relative clause that a comma closes before the mention
 * after it ("Carol, whom Alice praised, criticised Bob": Bob is the main clause's). */
static int relative_clause_closed(const struct frame_context *c, const struct cue_site *site,
                                  long after)
{
    static const char *const relatives[] = {"whom", "who", "which", NULL};
    const struct sg_mention *m = site->m;
    return site->before >= 0 && sg_extract_preceded_by(c->text, m[site->before].start, relatives) &&
           memchr(c->text + site->cue_end, ',', m[after].start - site->cue_end) != NULL;
}

/* Whether the first target after a support cue follows "against": whom the subjects oppose
 * ("A and B joined forces against X", "stood firm against X"), no one they support. */
static int support_against(const struct frame_context *c, const struct cue_site *site, long after)
{
    static const char *const against[] = {"against", "against the", NULL};
    return after >= 0 && site->cue->type == SG_STANCE_SUPPORT &&
           sg_extract_preceded_by(c->text, site->m[after].start, against);
}

/* Whether the mention t opens no object of the cue but names the reporter of a trailing
 * attribution: a comma lies between cue and mention, none after the mention, and a verb of
 * saying ends the sentence ("A stormed out of the meeting, a senior B leader confirmed."). */
static int trailing_attribution(const struct frame_context *c, const struct cue_site *site, long t)
{
    static const char *const reporting[] = {"said",  "says",   "confirmed", "added",
                                            "noted", "stated", "reported",  NULL};
    const char *text = c->text;
    size_t end = site->sentence->end;
    while (end > site->m[t].end && !isalpha((unsigned char)text[end - 1]))
        end--;
    char word[16];
    size_t start = sg_extract_word_before(text, site->m[t].end, end, word, sizeof word);
    if (start == SIZE_MAX || !memchr(text + site->cue_end, ',', site->m[t].start - site->cue_end) ||
        memchr(text + site->m[t].end, ',', start - site->m[t].end))
        return 0;
    for (const char *const *r = reporting; *r; r++)
        if (strcmp(word, *r) == 0)
            return 1;
    return 0;
}

/* Whether the mention at text[to] follows "and" after a verb cue whose targets are all
 * prepositions ("sever" with, "lash out" at), none of which comes between: "Ecuador broke off
 * relations and Chavez ordered ..." names no target, the name opens a clause of its own ("stood
 * firmly behind X", which no "and" opens, stays read). */
static int no_target_preposition(const char *text, const struct cue_site *site, size_t to)
{
    const struct sg_cue *cue = site->cue;
    const char *words[SG_CUE_ROLES + 1];
    if (cue->pos != 'v' || cue->target_count == 0 || to < site->cue_end + 5 ||
        strncmp(text + to - 5, " and ", 5) != 0)
        return 0;
    for (size_t k = 0; k < cue->target_count; k++) {
        if (cue->target[k].kind != SG_ROLE_PREPOSITION)
            return 0;
        words[k] = cue->target[k].preposition;
    }
    words[cue->target_count] = NULL;
    return !sg_extract_contains_word(text, site->cue_end, to, words);
}

/* Whether mention t, after "in" or "at", is where a negotiation cue took place and no party to
 * it ("talked about his childhood in Canada", "signed the bill at the White House", "met in
 * Berlin"): unless the cue itself names its other side so. After "outside", "inside" or "near"
 * it is where any cue took place ("protested outside the European Commission against X"). */
static int venue_of_talks(const struct frame_context *c, const struct cue_site *site, long t)
{
    static const char *const where[] = {"in", "at", "in the", "at the", NULL};
    static const char *const beside[] = {"outside", "outside the", "inside", "inside the",
                                         "near",    "near the",    NULL};
    const struct sg_cue *cue = site->cue;
    return (cue->type == SG_STANCE_NEGOTIATION &&
            sg_extract_preceded_by(c->text, site->m[t].start, where) &&
            !targets_with(cue, "in", "at")) ||
           sg_extract_preceded_by(c->text, site->m[t].start, beside);
}

/* Whether mention t follows one of the prepositions the cue names its other side with, maybe
 * and "the" ("with Bob", "to the Union"). */
static int after_own_preposition(const struct frame_context *c, const struct cue_site *site, long t)
{
    for (size_t k = 0; k < site->cue->target_count; k++) {
        const struct sg_role *role = &site->cue->target[k];
        char with_the[24];
        snprintf(with_the, sizeof with_the, "%s the", role->preposition);
        const char *const words[] = {role->preposition, with_the, NULL};
        if (role->kind == SG_ROLE_PREPOSITION &&
            sg_extract_preceded_by(c->text, site->m[t].start, words))
            return 1;
    }
    return 0;
}

/* The first mention after the cue that a frame may read as its target, in *after (-1 for
 * none); returns 0 when the cue gives no tie at all. reason: "for" follows the cue. */
static int target_after(const struct frame_context *c, const struct cue_site *site, int reason,
                        long *after)
{
    const struct sg_mention *m = site->m;
    *after = site->after;
    while (*after >= 0 && m[*after].start > site->cue_end && venue_of_talks(c, site, *after)) {
        *after = sg_extract_first_after(m, site->count, site->sentence, m[*after].end);
        if (*after >= 0 && !after_own_preposition(c, site, *after))
            *after = -1; /* "spoke in X after the Union's meeting": past the venue, only "with" */
    }
    if (support_against(c, site, *after))
        return 0;
    if (*after >= 0 && m[*after].start > site->cue_end && relative_clause_closed(c, site, *after))
        *after = -1;
    if (*after >= 0 && !reason && site->frame != SG_CUE_LIST &&
        clause_break(c->text, site->cue_end, m[*after].start))
        *after = -1; /* "endorsed the concept, and ... Waltz": the target is in another clause */
    if (*after >= 0 && m[*after].start > site->cue_end &&
        own_clause_between(c->text, site->cue_end, m[*after].start))
        *after = -1; /* "agreed to a pullback and reports have said B could ...": B's clause */
    if (*after >= 0 && m[*after].start > site->cue_end &&
        no_target_preposition(c->text, site, m[*after].start))
        *after = -1; /* "broke off relations and B ordered ...": no "with" */
    if (*after >= 0 && m[*after].start > site->cue_end && trailing_attribution(c, site, *after))
        *after = -1; /* "stormed out, a senior B leader confirmed": B reports, no target */
    if (*after >= 0 && mediating_agent(c->text, m[*after].start))
        *after = -1; /* "agreed ..., in a deal brokered by NATO": NATO is the broker */
    if (*after >= 0 && site->adjacent && !object_follows(c->text, site->cue_end, m[*after].start))
        return 0; /* "support" with no object right after is a noun */
    if (*after >= 0 && object_no_party(c, site, m[*after].start))
        return 0; /* "Russian forces engaged Ukrainian troops": no talks */
    if (*after >= 0 && parse_target_after(c, m[*after].start, m[*after].end))
        return 0; /* "raided inside Venezuela's ally Ecuador": the parse read Ecuador */
    if (*after >= 0 && c->second_look && m[*after].start > c->look_end)
        *after = -1; /* on a second look, the target is the cue's own verb's */
    return 1;
}

/* The agent of a participle after its target t ("the sanctions imposed on Sylvania by the
 * European Union"): the mention right after " by " (or " by the "), -2 when "by" names nobody
 * of the lexicon, -1 when no "by" follows t. */
static long agent_after(const struct frame_context *c, const struct cue_site *site, size_t t)
{
    const struct sg_mention *m = site->m;
    size_t at = m[t].end;
    if (at + 4 > site->sentence->end || strncmp(c->text + at, " by ", 4) != 0)
        return -1;
    at += 4;
    if (strncmp(c->text + at, "the ", 4) == 0)
        at += 4;
    return t + 1 < site->count && m[t + 1].start == at ? (long)t + 1 : -2;
}

/* A participle's agent after its target ("the sanctions imposed on Sylvania by NATO": NATO ->
 * Sylvania, rule "passive"); returns whether "by" follows the target, whoever it names. */
static int frame_agent(struct frame_context *c, const struct cue_site *site, long after)
{
    if (after < 0 || c->text[site->cue_end - 1] != 'd')
        return 0;
    long agent = agent_after(c, site, (size_t)after);
    if (agent >= 0)
        sg_extract_add_tie(c, &site->m[agent], &site->m[after], site->cue, "passive",
                           0.8 * site->modality);
    return agent != -1;
}

/* How far the active frame with one source and one target ("A criticised B" read by word
 * position) is trusted beside the other surface frames: each corpus batch's dev articles, run
 * with the code of the day the batch came (before any change made for it), had 18 of its 42
 * right (0.43), against 0.60 for coordinated subjects and 0.87 for the parse (docs/EXTRACT.md,
 * "Confidence"). 0.8 × 0.75 × 0.75 = 0.45. */
#define ACTIVE_TRUST 0.75

/* Whether the nearest name before the cue is a place gone to or from ("travelled to X to
 * criticise Y", "flew in from X"): the motion's end, not the doer. */
static int destination_before(const struct frame_context *c, const struct cue_site *site)
{
    static const char *const motion[] = {"to", "into", "from", "towards", "toward", "via", NULL};
    return site->before >= 0 &&
           sg_extract_preceded_by(c->text, site->m[site->before].start, motion);
}

/* Ties from the nearest mention before the cue, and those coordinated with it, to the first
 * mention after it (a list for cues like "met with"), to the author of a thing after it ("X
 * quit over the deal"), or among themselves for talks with no target. */
static void frame_sources(struct frame_context *c, const struct cue_site *site, long after)
{
    const struct sg_cue *cue = site->cue;
    const struct sg_mention *m = site->m;
    size_t before = (size_t)site->before;
    size_t first_source = first_coordinated(c->text, m, before, site->sentence);
    /* (not over a cue the parse read: its things are the parse's) */
    long owner = after < 0 && cue->type != SG_STANCE_NEGOTIATION && !parse_read(c)
                     ? thing_after(c, site)
                     : -1;
    if (owner >= 0) {
        struct sg_mention author = {SIZE_MAX, SIZE_MAX, (size_t)owner, SG_MENTION_NAME, 0};
        int listed = first_source < before;
        for (size_t s = first_source; s <= before; s++)
            sg_extract_add_tie(c, &m[s], &author, cue,
                               listed ? "coordinated subjects, owner" : "active, owner",
                               (listed ? 0.7 : 0.8) * 0.8 * site->modality);
        return;
    }
    if (after < 0) {
        /* "Norway and Iceland met in Tromsø": a negotiation between the subjects */
        if (cue->type == SG_STANCE_NEGOTIATION && joint_act(cue))
            joint_ties(c, m, first_source, before, cue);
        return;
    }
    size_t last_target =
        site->frame == SG_CUE_LIST
            ? last_coordinated(c->text, m, site->count, (size_t)after, site->sentence)
            : (size_t)after;
    for (size_t t = (size_t)after + 1; t <= last_target; t++)
        if (and_verb_between(c, m[t - 1].end, m[t].start))
            last_target = t - 1; /* "visited A and condemned B's attacks": B is no visit's */
    /* the lone active frame × ACTIVE_TRUST: on unseen text it was right less than half the
     * time, where lists and coordinated subjects were right about three times in five */
    double confidence =
        first_source < before || last_target > (size_t)after ? 0.7 : 0.8 * ACTIVE_TRUST;
    for (size_t s = first_source; s <= before; s++)
        for (size_t t = (size_t)after; t <= last_target; t++)
            sg_extract_add_tie(c, &m[s], &m[t], cue,
                               first_source < before ? "coordinated subjects" : "active",
                               confidence * site->modality);
}

/* Whether "which" comes right before at, after a comma and a thing's noun (a decision, plan,
 * proposal ...: "the UN's ceasefire plan, which X rejected"): the relative is that thing,
 * whose owner the parse reads, not the event of the sentence's subjects. */
static int which_of_thing(const struct frame_context *c, size_t from, size_t at)
{
    static const char *const which[] = {"which", NULL};
    char word[48], lemma[48];
    if (!sg_extract_preceded_by(c->text, at, which))
        return 0;
    size_t start = sg_extract_word_before(c->text, from, at, word, sizeof word);
    while (start != SIZE_MAX && start > from && c->text[start - 1] == ' ')
        start--;
    if (start == SIZE_MAX || start <= from || c->text[start - 1] != ',')
        return 0;
    start = sg_extract_word_before(c->text, from, start - 1, word, sizeof word);
    return start != SIZE_MAX && sg_lemma(word, 'n', lemma, sizeof lemma) == 0 &&
           sg_extract_word_in(lemma, sg_syntax_event_nouns);
}

/* Sources before the cue, targets after it: the active voice, lists and events. */
static void frame_active(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long before = site->before, after;
    size_t next = site->cue_end;
    while (next < site->sentence->end && c->text[next] == ' ')
        next++;
    int reason = sg_extract_word_at(c->text, c->length, next, "for");
    if (sg_extract_word_at(c->text, c->length, next, "by"))
        return; /* "the measures imposed by Carol": the participle's agent, no target */
    if (!target_after(c, site, reason, &after))
        return;
    if (before >= 0 && sg_extract_preceded_by(c->text, m[before].start, event_nouns) &&
        !which_of_thing(c, site->sentence->start, m[before].start) && (after < 0 || reason)) {
        /* "..., a move Zelensky criticized": the stance is on what the sentence's subjects
         * did */
        for (size_t k = 0; k < c->subject_count; k++)
            sg_extract_add_tie(c, &m[before], &c->subjects[k], site->cue, "event",
                               0.5 * site->modality);
        return;
    }
    if (reason || frame_agent(c, site, after))
        return; /* "criticized for excluding X": X is the reason, not the target */
    if (before < 0 && after >= 0) {
        frame_unnamed_source(c, site);
        return;
    }
    if (before < 0 || participle_clause(c, site) || conjoined_participle(c, site) ||
        governs_infinitive(c, site) || destination_before(c, site))
        return; /* a tie needs both a source and a target */
    frame_sources(c, site, after);
}

/* Whether a determiner comes right before at, or before one adjective that is no verb before it
 * ("the jailing of", "the first meeting between"; not "the union voted"). */
static int after_determiner(const char *text, size_t from, size_t at)
{
    if (sg_extract_preceded_by(text, at, determiners))
        return 1;
    char word[48];
    size_t start = sg_extract_word_before(text, from, at, word, sizeof word);
    return start != SIZE_MAX && start > from && text[start - 1] == ' ' && sg_lemma_is(word, 'a') &&
           !sg_lemma_is(word, 'v') && sg_extract_preceded_by(text, start, determiners);
}

/* Applies the frames around one cue of a sentence (or of a quotation, when c->speaker). */
static void frame(struct frame_context *c, const struct sg_sentence *sentence, size_t cue_start,
                  const struct sg_cue_hit *hit, const struct sg_mention *m, size_t count)
{
    const struct sg_cue *cue = hit->cue;
    struct cue_site site = {
        sentence, cue, hit->frame, hit->adjacent, cue_start, cue_start + hit->length, m, count,
        -1,       -1,  1.0};
    c->cue_start = site.cue_start;
    c->cue_end = site.cue_end;
    if (sg_extract_preceded_by(c->text, cue_start, negations))
        return; /* "did not back": no tie is proposed */
    if (hit->frame != SG_CUE_VISIT && after_determiner(c->text, sentence->start, cue_start))
        return; /* "denounced the jailing of Bob": a verb cue after "the" is a noun */
    locate(c, &site);
    if ((site.frame == SG_CUE_ACTIVE || site.frame == SG_CUE_LIST) &&
        sg_extract_preceded_by(c->text, cue_start, passive_auxiliaries)) {
        frame_passive(c, &site);
        return;
    }
    switch (site.frame) {
    case SG_CUE_VISIT:
        frame_visit(c, &site);
        return;
    case SG_CUE_ACTIVE:
    case SG_CUE_LIST:
    case SG_CUE_FRAME_COUNT:
        break;
    }
    frame_active(c, &site);
}

/* Whether offset at is in list (its entries' SG_SYNTAX_NEGATED flag aside); with negated_only,
 * among those left out as negated or conditional. */
static int listed(size_t at, const size_t *list, size_t count, int negated_only)
{
    for (size_t i = 0; i < count; i++)
        if ((list[i] & ~SG_SYNTAX_NEGATED) == at &&
            (!negated_only || (list[i] & SG_SYNTAX_NEGATED)))
            return 1;
    return 0;
}

/* The part of speech a parse gives the word at offset at, as a cue's ('v' or 'n'); 0 when the
 * parse has no content word there. */
static char parsed_pos(const struct sg_parse *parse, size_t at)
{
    for (size_t w = 0; w < parse->word_count; w++)
        if (parse->words[w].start == at && parse->words[w].mention < 0) {
            char pos = parse->words[w].pos;
            return pos == 'v' || pos == 'g' ? 'v' : pos == 'n' ? 'n' : 0;
        }
    return 0;
}

/* What a second look may read at offset at: a verb with a subject of its own in the best
 * linkage (not a participle, "a bill funding ..."), not followed by an agent ("reforms demanded
 * by X"), whose subject names nobody but has named owners ("a spokesman for Alice") who speak
 * through it (not "Bob's critics", "Bob's son"); sets c->owners to them, and c->look_end to the
 * next verb's offset. */
static int second_look_at(struct frame_context *c, const struct sg_cues *cues,
                          const struct sg_parse *parse, size_t at)
{
    static const struct sg_role subject = {SG_ROLE_SUBJECT, ""};
    const struct sg_linkage *best = &parse->linkages[0];
    c->owner_count = 0;
    for (size_t w = 0; w < parse->word_count; w++)
        if (parse->words[w].start == at && parse->words[w].mention < 0) {
            if (parse->words[w].pos != 'v' || !sg_roles_finite(parse, best, w) ||
                strncmp(c->text + parse->words[w].end, " by ", 4) == 0)
                return 0;
            size_t words[SG_ROLES_MAX];
            size_t n = sg_roles_fill(parse, best, w, &subject, words);
            for (size_t i = 0; i < n; i++)
                if (parse->words[words[i]].mention < 0 &&
                    sg_syntax_no_owner_speaks(parse, best, cues, words[i]))
                    return 0;
            n = sg_roles_subject_owners(parse, best, w, words);
            for (size_t i = 0; i < n; i++)
                c->owners[c->owner_count++] = c->mentions[parse->words[words[i]].mention].actor;
            c->look_end = SIZE_MAX; /* "rejects a path ... and discourages investment in X" */
            for (size_t v = w + 1; v < parse->word_count && c->look_end == SIZE_MAX; v++)
                if (parse->words[v].pos == 'v' || parse->words[v].pos == 'g')
                    c->look_end = parse->words[v].start;
            return c->owner_count > 0;
        }
    return 0;
}

/* Frames every cue of the sentence but those starting at the offsets in skip; with a parse,
 * only words of the cue's part of speech there ("aides" is no verb). A cue inside a quotation
 * reads the quotation alone. */
void sg_extract_frame_cues(struct frame_context *c, const struct sg_cues *cues,
                           const struct sg_sentence *sentence, const struct quote *quotes,
                           size_t quote_count, const struct sg_parse *parse, const size_t *skip,
                           size_t skip_count)
{
    const struct sg_mention *mentions = c->mentions;
    size_t mention_count = c->mention_count;
    c->parse = parse;
    for (size_t at = sentence->start; at < sentence->end && !c->failed;) {
        struct sg_cue_hit hit;
        char pos = parse ? parsed_pos(parse, at) : 0;
        if (listed(at, skip, skip_count, c->second_look) || (parse && !pos) ||
            (c->second_look && !second_look_at(c, cues, parse, at)) ||
            !sg_cues_match(cues, c->text, sentence->end, at, pos, &hit)) {
            at++;
            continue;
        }
        const struct quote *inside = NULL;
        for (size_t q = 0; q < quote_count; q++)
            if (at >= quotes[q].start && at < quotes[q].end)
                inside = &quotes[q];
        if (inside && at + hit.length <= inside->end) {
            /* a cue inside a quotation reads the quotation alone, its speaker standing
             * in for a missing source */
            struct sg_sentence words = {inside->start, inside->end};
            c->in_quote = 1;
            c->speaker = inside->has_speaker ? &inside->speaker : NULL;
            frame(c, &words, at, &hit, mentions, mention_count);
            c->in_quote = 0;
            c->speaker = NULL;
        } else if (!inside) {
            frame(c, sentence, at, &hit, mentions, mention_count);
        }
        at += hit.length;
    }
    c->parse = NULL;
}
