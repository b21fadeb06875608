/*
 * Rule-based stance extraction (extract.h): the text is split into sentences and its actor
 * mentions are found; each sentence is then scanned for stance cues. Around a cue, actor
 * mentions in the same clause become the source (before the cue) and target (after it), with
 * the roles swapped in the passive ("was criticized by X"); the other frames (visits, joint
 * talks, reversed nouns, events, pronouns) each have their function, and a cue inside a
 * quotation reads the quotation alone with its speaker as the source.
 */
#include "extract/extract.h"

#include "base/diag.h"
#include "base/text.h"
#include "extract/lemma.h"
#include "extract/parse.h"
#include "extract/roles.h"
#include "extract/syntax.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- cues and frames ---- */

static int word_at(const char *text, size_t length, size_t at, const char *word)
{
    size_t n = strlen(word);
    if (at + n > length || strncasecmp(text + at, word, n) != 0)
        return 0;
    return !sg_text_word_before(text, at) && !sg_text_word_at(text, length, at + n);
}

/* Nonzero when one of words ends just before position at (skipping one space). */
static int preceded_by(const char *text, size_t at, const char *const *words)
{
    for (; *words; words++) {
        size_t n = strlen(*words);
        if (at >= n + 1 && text[at - 1] == ' ' && strncasecmp(text + at - 1 - n, *words, n) == 0 &&
            !sg_text_word_before(text, at - 1 - n))
            return 1;
    }
    return 0;
}

/* Nonzero when one of words occurs as whole words in text[from, to). */
static int contains_word(const char *text, size_t from, size_t to, const char *const *words)
{
    for (size_t i = from; i < to; i++)
        for (const char *const *w = words; *w; w++)
            if (word_at(text, to, i, *w))
                return 1;
    return 0;
}

/* Nonzero when the gap between two mentions joins them in a list: ", ", " and ", ", and ", or
 * a comma or "and" followed by a short title ("Foreign Minister", "Prime Minister"). */
static int joins_list(const char *text, size_t from, size_t to)
{
    size_t n = to - from;
    if (n == 5 && strncmp(text + from, " and ", 5) == 0)
        return 1;
    /* ", Foreign Minister " or " and Prime Minister ": a comma or "and" and a short title */
    if (((n >= 2 && text[from] == ',') || (n > 5 && strncmp(text + from, " and ", 5) == 0)) &&
        n <= 40) {
        for (size_t i = from; i < to; i++)
            if (text[i] == '.' || text[i] == ';')
                return 0;
        return 1;
    }
    return 0;
}

static const char *const subject_pronouns[] = {"he", "she", NULL};
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

#define MAX_SUBJECTS 16
#define MAX_THINGS   16
#define MAX_CUES     64 /* statements of a sentence whose cue offset is kept */

/* A noun named with its author ("He raised concerns"), for "those concerns" later. */
struct thing {
    char lemma[48];
    long actor;
    long partner; /* its second maker ("A and B signed a deal"), or -1 */
};

struct frame_context {
    const char *text;
    size_t length;
    const struct sg_model *lexicon;
    struct sg_model *out;
    size_t *index_of; /* lexicon actor -> out actor, or SIZE_MAX */
    int failed;
    long last_person;         /* the last person named first in a sentence: what "he"/"she" means */
    long other_person;        /* the person named after it in that sentence, else the one before
                                 it: what "him"/"her" means beside "he"/"she" ("She criticised
                                 him") */
    long last_other;          /* the same for the other actors: what "they" and "it" mean */
    long named_pair[2];       /* the latest sentence's first "A and B" anywhere outside
                                 quotations, or -1: what "the two sides" means */
    long pair[2];             /* the last sentence's first "A and B" outside quotations, or -1:
                                 what "they" means after it */
    struct sg_parser *parser; /* Link Grammar; NULL: surface frames only */
    const struct sg_mention *mentions; /* all of the text's, by position */
    size_t mention_count;
    size_t sentence_first;      /* the sentence's first statement: one per tie */
    const struct quote *quotes; /* the sentence's quotations, for the pronouns */
    size_t quote_count;
    int after_parse;    /* surface frames after the parse: pairs it read stay */
    int second_look;    /* surface frames against the parse's veto: halved */
    size_t owner_count; /* on a second look: the actors its source may be */
    size_t owners[SG_ROLES_MAX];
    size_t look_end; /* on a second look: the next verb's offset, where its target must end */
    const char *quote_closing;       /* a quotation goes on into the next sentence: its mark */
    struct sg_mention quote_speaker; /* and who speaks in it (has_quote_speaker) */
    int has_quote_speaker;
    struct sg_mention last_speaker; /* the speaker of the previous sentence's last quotation */
    int has_last_speaker;
    const struct sg_found *parsed; /* the parse's statements of the sentence */
    size_t parsed_count;
    double parse_seconds;            /* spent parsing this text */
    int budget_spent;                /* past SG_PARSE_ARTICLE_SECONDS */
    size_t parsed_end;               /* the end of the parse's statements of the sentence */
    struct thing things[MAX_THINGS]; /* nouns with an author: "those concerns" */
    size_t thing_count;
    size_t cue_start, cue_end;          /* the cue being framed, as byte offsets in text */
    const struct sg_sentence *evidence; /* the sentence being read */
    int in_quote;                       /* framing a cue inside a quotation */
    const struct sg_mention *speaker;   /* inside a quotation: who said it, when known */
    /* the sources of the ties found so far in this sentence: what "a move X criticized"
     * refers to */
    struct sg_mention subjects[MAX_SUBJECTS];
    size_t subject_count;
    size_t cues_of[MAX_CUES]; /* the cue offset of each statement of the sentence, in order */
};

/* Whether the sentence already has this tie: a sentence states it once, however many cues say
 * it ("condemned ... and accused ..."). */
static int stated_in_sentence(const struct frame_context *c, size_t source, size_t target,
                              enum sg_stance type)
{
    for (size_t i = c->sentence_first; i < c->out->statement_count; i++) {
        const struct sg_statement *s = &c->out->statements[i];
        int pair = (s->source == source && s->target == target) ||
                   (s->source == target && s->target == source);
        if (c->after_parse && pair && i < c->parsed_end && s->type != type)
            return 1; /* the parse read this pair otherwise */
        if (s->type == type &&
            ((s->source == source && s->target == target) ||
             (type == SG_STANCE_NEGOTIATION && s->source == target && s->target == source)))
            return 1;
    }
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

/* Whether the parse read the cue being framed with other sources: a surface frame may add
 * targets to a cue's parsed source ("met with A, B and C"), not give it another source. */
static int parse_disagrees(const struct frame_context *c, size_t source)
{
    int read = 0;
    for (size_t i = 0; i < c->parsed_count; i++)
        if (c->parsed[i].cue_start == c->cue_start) {
            read = 1;
            if ((size_t)c->parsed[i].source.actor == source)
                return 0;
        }
    return read;
}

/* bytes as a JSON string, quoted and escaped; NULL on out of memory. */
static char *json_string(const char *bytes, size_t length)
{
    char *out = malloc(2 * length + 3), *o = out;
    if (!out)
        return NULL;
    *o++ = '"';
    for (size_t i = 0; i < length; i++) {
        unsigned char b = (unsigned char)bytes[i];
        if (b == '"' || b == '\\')
            *o++ = '\\';
        *o++ = b < 0x20 ? ' ' : (char)b;
    }
    *o++ = '"';
    *o = '\0';
    return out;
}

/* The fields a proposed statement carries besides the snapshot's: the cue as written, its
 * lemma, the rule, the confidence and the offsets. */
static void add_extras(struct frame_context *c, struct sg_statement *s, const struct sg_cue *cue,
                       const char *rule, double confidence, const struct sg_mention *source,
                       const struct sg_mention *target)
{
    enum { EXTRAS = 5 };
    s->extras.items = calloc(EXTRAS, sizeof *s->extras.items);
    if (!s->extras.items) {
        c->failed = 1;
        return;
    }
    char number[32], source_span[64] = "null", target_span[64] = "null", offsets[256];
    /* two decimals, written as cJSON writes the number back ("0.8", not "0.80"), so that a
     * snapshot read and written again, or merged, keeps its bytes */
    snprintf(number, sizeof number, "%.15g", round(confidence * 100) / 100);
    if (source->start != SIZE_MAX)
        snprintf(source_span, sizeof source_span, "[%zu,%zu]", source->start, source->end);
    if (target->start != SIZE_MAX)
        snprintf(target_span, sizeof target_span, "[%zu,%zu]", target->start, target->end);
    snprintf(offsets, sizeof offsets, "{\"source\":%s,\"cue\":[%zu,%zu],\"target\":%s}",
             source_span, c->cue_start, c->cue_end, target_span);
    const char *keys[EXTRAS] = {"cue", "lemma", "rule", "confidence", "offsets"};
    char *values[EXTRAS] = {json_string(c->text + c->cue_start, c->cue_end - c->cue_start),
                            json_string(cue->words, strlen(cue->words)),
                            json_string(rule, strlen(rule)), strdup(number), strdup(offsets)};
    for (int k = 0; k < EXTRAS; k++) {
        s->extras.items[k].key = strdup(keys[k]);
        s->extras.items[k].json = values[k];
        if (!s->extras.items[k].key || !values[k])
            c->failed = 1;
    }
    s->extras.count = EXTRAS;
}

/* Adds a statement of type from source to target (mentions; start SIZE_MAX: not named in the
 * sentence, as with a pronoun) cued by cue at c's current cue offsets, once per tie and
 * sentence. */
static void add_typed_tie(struct frame_context *c, const struct sg_mention *source_mention,
                          const struct sg_mention *target_mention, const struct sg_cue *cue,
                          enum sg_stance type, const char *rule, double confidence)
{
    size_t source = source_mention->actor, target = target_mention->actor;
    if (source == target || c->failed || confidence <= 0 ||
        stated_in_sentence(c, source, target, type) ||
        (c->after_parse && parse_disagrees(c, source)))
        return;
    char second[64];
    int owner = 0;
    for (size_t i = 0; c->second_look && i < c->owner_count; i++)
        owner |= c->owners[i] == source;
    if (c->second_look && !owner)
        return; /* a second look's source owns the parse's subject */
    struct sg_statement *s = sg_model_add_statement(c->out);
    if (!s) {
        c->failed = 1;
        return;
    }
    if (c->second_look) { /* "active" → "active, second look" */
        snprintf(second, sizeof second, "%s, second look", rule);
        rule = second;
        confidence *= 0.5;
    }
    c->index_of[source] = 0; /* used; numbered when the model is finished */
    c->index_of[target] = 0;
    s->source = source;
    s->target = target;
    s->type = type;
    s->weight = cue->weight;
    s->evidence = strndup(c->text + c->evidence->start, c->evidence->end - c->evidence->start);
    if (!s->evidence) {
        c->failed = 1;
        return;
    }
    add_extras(c, s, cue, rule, confidence, source_mention, target_mention);
    if (c->out->statement_count - 1 - c->sentence_first < MAX_CUES)
        c->cues_of[c->out->statement_count - 1 - c->sentence_first] = c->cue_start;
    if (!c->in_quote && source_mention->start != SIZE_MAX && c->subject_count < MAX_SUBJECTS)
        c->subjects[c->subject_count++] = *source_mention;
}

/* How far a surface frame is trusted beside a parse reading of the same strength: on the dev
 * articles, ties read by word position were right about three times in four (the active frame
 * about one in two), those read from a parse about nine in ten (docs/EXTRACT.md,
 * "Confidence"). */
#define SURFACE_TRUST 0.75

/* add_typed_tie with the cue's own type, for a surface frame: its confidence × SURFACE_TRUST. */
static void add_tie(struct frame_context *c, const struct sg_mention *source_mention,
                    const struct sg_mention *target_mention, const struct sg_cue *cue,
                    const char *rule, double confidence)
{
    add_typed_tie(c, source_mention, target_mention, cue, cue->type, rule,
                  confidence * SURFACE_TRUST);
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
static const char *const not_yet[] = {"could", "might", "may",   "will",    "can", "must",
                                      "shall", "plan",  "plans", "planned", NULL};
static const char *const determiners[] = {"the", "a", "an", "its", "his", "her", "their", NULL};
static const char *const event_nouns[] = {"a move",    "a step",  "a decision",
                                          "an action", "which",   "something",
                                          "a meeting", "a visit", NULL};

/* The first mention in [first, count) that lies in sentence, from position from on. */
static long first_after(const struct sg_mention *m, size_t count, const struct sg_sentence *s,
                        size_t from)
{
    for (size_t i = 0; i < count; i++)
        if (m[i].start >= from && m[i].start >= s->start && m[i].end <= s->end)
            return (long)i;
    return -1;
}

/* Whether " and " or " or " lies between from and to. */
static int conjunction_between(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i + 4 <= to; i++)
        if (strncmp(text + i, " and ", 5) == 0 || strncmp(text + i, " or ", 4) == 0)
            return 1;
    return 0;
}

/* Extends a mention index backwards over the mentions coordinated with it ("A, B and C"); a
 * name after "with" joins no list by a comma alone ("In a summit with Bob, Alice warned"). */
static size_t first_coordinated(const char *text, const struct sg_mention *m, size_t i,
                                const struct sg_sentence *s)
{
    static const char *const with[] = {"with", NULL};
    while (i > 0 && m[i - 1].start >= s->start && joins_list(text, m[i - 1].end, m[i].start) &&
           (!preceded_by(text, m[i - 1].start, with) ||
            conjunction_between(text, m[i - 1].end, m[i].start)))
        i--;
    return i;
}

/* Extends a mention index forwards over a list ("A, B and C"). */
static size_t last_coordinated(const char *text, const struct sg_mention *m, size_t count, size_t i,
                               const struct sg_sentence *s)
{
    while (i + 1 < count && m[i + 1].end <= s->end && joins_list(text, m[i].end, m[i + 1].start))
        i++;
    return i;
}

/* One tie between each pair of neighbours of the coordinated mentions [first, last]. */
static void joint_ties(struct frame_context *c, const struct sg_mention *m, size_t first,
                       size_t last, const struct sg_cue *cue)
{
    for (size_t a = first; a < last; a++)
        add_tie(c, &m[a], &m[a + 1], cue, "joint talks", 0.6);
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
    return contains_word(c->text, clause, site->cue_start, words) ||
           (site->before >= 0 &&
            contains_word(c->text, site->sentence->start, site->m[site->before].start, words));
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
    site->after = first_after(m, site->count, sentence, site->cue_end);
    /* conditionals and predictions ("would criticize", "if Kyiv rejects") lower confidence */
    size_t clause = before >= 0 ? m[before].end : sentence->start;
    site->modality = in_clause(c, site, clause, modals) ? 0.5 : 1.0;
    /* between the source and the cue only: "X is expected to endorse Y", "X will meet Y"; not
     * "What should have been a meeting of X and Y ..." */
    static const char *const unknown[] = {"whether", NULL};
    if (contains_word(c->text, clause, site->cue_start, forecasts) ||
        contains_word(c->text, sentence->start, site->cue_start, unknown) ||
        (site->cue->type == SG_STANCE_NEGOTIATION &&
         contains_word(c->text, clause, site->cue_start, not_yet)))
        site->modality = 0;
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
    if (before >= 0 && after >= 0 && word_at(c->text, c->length, by, "by") &&
        m[after].start <= by + 3 + 16 && !memchr(c->text + by, ',', m[after].start - by))
        add_tie(c, &m[after], &m[before], site->cue, "passive", 0.8 * site->modality);
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
    long visitor = first_after(m, site->count, site->sentence, by);
    if (visitor >= 0 && word_at(c->text, c->length, by, "by"))
        add_tie(c, &m[visitor], &m[site->after], site->cue, "visit by", 0.6 * site->modality);
}

/* A target after the cue and no mention before it: the speaker of a quotation, or the person
 * a pronoun stands for, is the source. */
static void frame_unnamed_source(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_sentence *sentence = site->sentence;
    const struct sg_mention *m = site->m;
    size_t after = (size_t)site->after;
    if (c->speaker && !contains_word(c->text, sentence->start, site->cue_start, other_pronouns)) {
        /* “We will back Kyiv,” Halvorsen said: the speaker is the source */
        size_t last = site->frame == SG_CUE_LIST
                          ? last_coordinated(c->text, m, site->count, after, sentence)
                          : after;
        for (size_t t = after; t <= last; t++)
            add_tie(c, c->speaker, &m[t], site->cue, "quotation", 0.6 * site->modality);
    } else if (!c->in_quote && c->last_person >= 0 &&
               contains_word(c->text, sentence->start, site->cue_start, subject_pronouns)) {
        /* "He raised concerns during a meeting with X": the last person named first */
        struct sg_mention pronoun = {SIZE_MAX, SIZE_MAX, (size_t)c->last_person, SG_MENTION_NAME,
                                     0};
        add_tie(c, &pronoun, &m[after], site->cue, "pronoun", 0.6 * site->modality);
    }
}

static int word_in(const char *word, const char *const *words);
static struct sg_referent recall_thing(void *data, const char *lemma);

/* The author of a thing named just after the cue ("quit over the deal", "condemned this
 * decision"): a preposition, a determiner, at most one more word, then a noun remembered with its
 * author; -1 when there is none. */
/* The count of letters from at (before end), and word: them in lowercase when they fit in size,
 * else "". */
static size_t lowercase_word(const char *text, size_t at, size_t end, char *word, size_t size)
{
    size_t n = 0;
    while (at + n < end && isalpha((unsigned char)text[at + n]))
        n++;
    word[0] = '\0';
    if (n < size) {
        for (size_t k = 0; k < n; k++)
            word[k] = (char)tolower((unsigned char)text[at + k]);
        word[n] = '\0';
    }
    return n;
}

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
        size_t n = lowercase_word(text, at, end, word, sizeof word);
        if (n == 0)
            return -1;
        words++;
        at += n;
        if (!determiner && words == 1 && word_in(word, prepositions))
            continue;
        if (!determiner) {
            if (!word_in(word, definite))
                return -1;
            determiner = 1;
            continue;
        }
        char key[48];
        long actor =
            sg_syntax_thing_key(word, key, sizeof key) == 0 ? recall_thing(c, key).actor : -1;
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

/* Whether the cue governs an infinitive ("refused to comment on X", "declined to say"): what
 * follows is the infinitive's, which the surface frames cannot read. */
static int governs_infinitive(const struct frame_context *c, const struct cue_site *site)
{
    size_t at = site->cue_end;
    if (!word_at(c->text, site->sentence->end, at + 1, "to") || c->text[at] != ' ')
        return 0;
    char word[32];
    size_t n = 0, from = at + 4;
    while (from + n < site->sentence->end && n + 1 < sizeof word &&
           islower((unsigned char)c->text[from + n]))
        word[n] = c->text[from + n], n++;
    word[n] = '\0';
    return n > 0 && sg_lemma_is(word, 'v'); /* no determiner is a verb: "agreed to the deal" */
}

/* The mention after the cue that may be its target, into *after (-1: none); returns 0 when
 * the cue gives no tie at all. reason: "for" follows the cue. */
/* Participles of mediating, after a name joined by a hyphen ("NATO-brokered") or before "by"
 * and a name ("a deal brokered by NATO"). */
static const char *const mediating[] = {"mediated", "brokered", "hosted", "facilitated", NULL};

/* The start of the mediating participle when the mention at "at" is its agent: "brokered by
 * NATO" right before it; else SIZE_MAX. */
static size_t mediating_by(const char *text, size_t at)
{
    static const char *const by[] = {"by", NULL};
    if (!preceded_by(text, at, by))
        return SIZE_MAX;
    size_t before = at - 4; /* the space before "by" */
    for (const char *const *w = mediating; *w; w++) {
        size_t n = strlen(*w);
        if (before >= n && strncasecmp(text + before - n, *w, n) == 0 &&
            !sg_text_word_before(text, before - n))
            return before - n;
    }
    return SIZE_MAX;
}

static int mediating_agent(const char *text, size_t at)
{
    return mediating_by(text, at) != SIZE_MAX;
}

/* Whether the cue's source opens a relative clause that a comma closes before the mention
 * after it ("Carol, whom Alice praised, criticised Bob": Bob is the main clause's). */
static int relative_clause_closed(const struct frame_context *c, const struct cue_site *site,
                                  long after)
{
    static const char *const relatives[] = {"whom", "who", "which", NULL};
    const struct sg_mention *m = site->m;
    return site->before >= 0 && preceded_by(c->text, m[site->before].start, relatives) &&
           memchr(c->text + site->cue_end, ',', m[after].start - site->cue_end) != NULL;
}

/* Whether the first target after a support cue follows "against": whom the subjects oppose
 * ("A and B joined forces against X", "stood firm against X"), no one they support. */
static int support_against(const struct frame_context *c, const struct cue_site *site, long after)
{
    static const char *const against[] = {"against", "against the", NULL};
    return after >= 0 && site->cue->type == SG_STANCE_SUPPORT &&
           preceded_by(c->text, site->m[after].start, against);
}

/* The first mention after the cue that a frame may read as its target, in *after (-1 for
 * none); returns 0 when the cue gives no tie at all. */
static int target_after(const struct frame_context *c, const struct cue_site *site, int reason,
                        long *after)
{
    const struct sg_mention *m = site->m;
    *after = site->after;
    if (support_against(c, site, *after))
        return 0;
    if (*after >= 0 && m[*after].start > site->cue_end && relative_clause_closed(c, site, *after))
        *after = -1;
    if (*after >= 0 && !reason && site->frame != SG_CUE_LIST &&
        clause_break(c->text, site->cue_end, m[*after].start))
        *after = -1; /* "endorsed the concept, and ... Waltz": the target is in another clause */
    if (*after >= 0 && mediating_agent(c->text, m[*after].start))
        *after = -1; /* "agreed ..., in a deal brokered by NATO": NATO is the broker */
    if (*after >= 0 && site->adjacent && !object_follows(c->text, site->cue_end, m[*after].start))
        return 0; /* "support" with no object right after is a noun */
    if (*after >= 0 && object_no_party(c, site, m[*after].start))
        return 0; /* "Russian forces engaged Ukrainian troops": no talks */
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
        add_tie(c, &site->m[agent], &site->m[after], site->cue, "passive", 0.8 * site->modality);
    return agent != -1;
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
            add_tie(c, &m[s], &author, cue,
                    listed ? "coordinated subjects, owner" : "active, owner",
                    (listed ? 0.7 : 0.8) * 0.8 * site->modality);
        return;
    }
    if (after < 0) {
        /* "Norway and Iceland met in Tromsø": a negotiation between the subjects */
        if (cue->type == SG_STANCE_NEGOTIATION)
            joint_ties(c, m, first_source, before, cue);
        return;
    }
    size_t last_target =
        site->frame == SG_CUE_LIST
            ? last_coordinated(c->text, m, site->count, (size_t)after, site->sentence)
            : (size_t)after;
    double confidence = first_source < before || last_target > (size_t)after ? 0.7 : 0.8;
    for (size_t s = first_source; s <= before; s++)
        for (size_t t = (size_t)after; t <= last_target; t++)
            add_tie(c, &m[s], &m[t], cue, first_source < before ? "coordinated subjects" : "active",
                    confidence * site->modality);
}

/* Sources before the cue, targets after it: the active voice, lists and events. */
static void frame_active(struct frame_context *c, const struct cue_site *site)
{
    const struct sg_mention *m = site->m;
    long before = site->before, after;
    size_t next = site->cue_end;
    while (next < site->sentence->end && c->text[next] == ' ')
        next++;
    int reason = word_at(c->text, c->length, next, "for");
    if (word_at(c->text, c->length, next, "by"))
        return; /* "the measures imposed by Carol": the participle's agent, no target */
    if (!target_after(c, site, reason, &after))
        return;
    if (before >= 0 && preceded_by(c->text, m[before].start, event_nouns) &&
        (after < 0 || reason)) {
        /* "..., a move Zelensky criticized": the stance is on what the sentence's subjects
         * did */
        for (size_t k = 0; k < c->subject_count; k++)
            add_tie(c, &m[before], &c->subjects[k], site->cue, "event", 0.5 * site->modality);
        return;
    }
    if (reason || frame_agent(c, site, after))
        return; /* "criticized for excluding X": X is the reason, not the target */
    if (before < 0 && after >= 0) {
        frame_unnamed_source(c, site);
        return;
    }
    if (before < 0 || participle_clause(c, site) || governs_infinitive(c, site))
        return; /* a tie needs both a source and a target */
    frame_sources(c, site, after);
}

/* The word that ends right before at, past spaces and not before from, lowercase in word;
 * returns its start, or SIZE_MAX when there is none or it does not fit. */
static size_t word_before(const char *text, size_t from, size_t at, char *word, size_t size)
{
    while (at > from && text[at - 1] == ' ')
        at--;
    size_t start = at;
    while (start > from && isalpha((unsigned char)text[start - 1]))
        start--;
    if (start == at || lowercase_word(text, start, at, word, size) != at - start || !word[0])
        return SIZE_MAX;
    return start;
}

/* Whether a determiner comes right before at, or before one adjective that is no verb before it
 * ("the jailing of", "the first meeting between"; not "the union voted"). */
static int after_determiner(const char *text, size_t from, size_t at)
{
    if (preceded_by(text, at, determiners))
        return 1;
    char word[48];
    size_t start = word_before(text, from, at, word, sizeof word);
    return start != SIZE_MAX && start > from && text[start - 1] == ' ' && sg_lemma_is(word, 'a') &&
           !sg_lemma_is(word, 'v') && preceded_by(text, start, determiners);
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
    if (preceded_by(c->text, cue_start, negations))
        return; /* "did not back": no tie is proposed */
    if (hit->frame != SG_CUE_VISIT && after_determiner(c->text, sentence->start, cue_start))
        return; /* "denounced the jailing of Bob": a verb cue after "the" is a noun */
    locate(c, &site);
    if ((site.frame == SG_CUE_ACTIVE || site.frame == SG_CUE_LIST) &&
        preceded_by(c->text, cue_start, passive_auxiliaries)) {
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

/* ---- quotations ---- */

#define MAX_QUOTES 8

struct quote {
    size_t start, end;  /* the words quoted, without the marks */
    size_t open, close; /* the marks: [open, start) and [end, close) */
    struct sg_mention speaker;
    int has_speaker;
};

static const char *const speech_verbs[] = {
    "said",     "says",      "told",   "tells",   "added",    "declared", "stated",
    "insisted", "wrote",     "argued", "noted",   "stressed", "warned",   "replied",
    "asked",    "explained", "posted", "tweeted", "remarked", NULL};

static int speech_verb_at(const char *text, size_t end, size_t at)
{
    for (const char *const *v = speech_verbs; *v; v++)
        if (word_at(text, end, at, *v))
            return (int)strlen(*v);
    return 0;
}

/* The end of the closing mark `closing` from i on in s, or 0 when the sentence has none. */
static size_t closing_mark(const char *text, const struct sg_sentence *s, size_t i,
                           const char *closing)
{
    size_t n = strlen(closing);
    for (size_t j = i; j + n <= s->end; j++)
        if (strncmp(text + j, closing, n) == 0)
            return j + n;
    return 0;
}

/* Whether the mark at i opens a quotation: a curly opening mark, or a straight one after the
 * sentence's start, a space, "(" or ":" and before a word. */
static int opening_mark(const char *text, const struct sg_sentence *s, size_t i, size_t length)
{
    if (length == 3)
        return 1;
    int after_gap = i == s->start || text[i - 1] == ' ' || text[i - 1] == '(' || text[i - 1] == ':';
    return after_gap && i + 1 < s->end && text[i + 1] != ' ';
}

/* The quotations of a sentence: one that goes on from the sentence before (c->quote_closing),
 * then each pair of marks; one left open goes on to the sentence's end, and into the next. */
static size_t find_quotes(struct frame_context *c, const struct sg_sentence *s,
                          struct quote *quotes)
{
    const char *text = c->text;
    size_t count = 0, i = s->start;
    if (c->quote_closing) {
        size_t close = closing_mark(text, s, i, c->quote_closing);
        size_t n = strlen(c->quote_closing);
        quotes[count++] = (struct quote){i,
                                         close ? close - n : s->end,
                                         i,
                                         close ? close : s->end,
                                         c->quote_speaker,
                                         c->has_quote_speaker};
        if (close)
            c->quote_closing = NULL;
        i = close ? close : s->end;
    }
    for (; i < s->end && count < MAX_QUOTES; i++) {
        const char *closing = NULL;
        if (strncmp(text + i, "\xE2\x80\x9C", 3) == 0)
            closing = "\xE2\x80\x9D";
        else if (text[i] == '"')
            closing = "\"";
        else
            continue;
        size_t open_length = closing[0] == '"' ? 1 : 3;
        size_t close = closing_mark(text, s, i + open_length, closing);
        if (!close && !opening_mark(text, s, i, open_length))
            continue; /* a stray mark: 12" screens */
        if (!close) { /* not closed in this sentence: it goes on into the next */
            quotes[count++] = (struct quote){i + open_length, s->end, i, s->end, {0}, 0};
            c->quote_closing = closing;
            break;
        }
        quotes[count++] =
            (struct quote){i + open_length, close - strlen(closing), i, close, {0}, 0};
        i = close - 1;
    }
    return count;
}

/* The offset after "the ", "a " or "an " at p ("the ministry's spokesman said"), else p; a
 * mention may start at either ("the Kremlin said"). */
static size_t after_article(const char *text, size_t end, size_t p)
{
    static const char *const articles[] = {"the", "a", "an", NULL};
    for (const char *const *a = articles; *a; a++)
        if (word_at(text, end, p, *a) && p + strlen(*a) < end && text[p + strlen(*a)] == ' ')
            return p + strlen(*a) + 1;
    return p;
}

/* The offset of the word after a name at v, past an apposition set off by commas ("He
 * Yongqian, a ministry spokesperson, told"): at most 80 bytes, no quotation mark in it. */
static size_t after_apposition(const char *text, size_t end, size_t v)
{
    if (v < end && text[v] == ',') {
        size_t close = v + 1;
        while (close < end && close - v <= 80 && text[close] != ',' && text[close] != '"' &&
               strncmp(text + close, "\xE2\x80\x9C", 3) != 0 &&
               strncmp(text + close, "\xE2\x80\x9D", 3) != 0)
            close++;
        if (close < end && text[close] == ',')
            v = close + 1;
    }
    while (v < end && text[v] == ' ')
        v++;
    return v;
}

/* Finds who is quoted: “…,” (the) SPEAKER(, apposition,) said / “…,” he said / “…,” said (the)
 * SPEAKER / SPEAKER said: “…”. A pronoun means c->last_person. */
static void find_speaker(struct frame_context *c, const struct sg_sentence *s, struct quote *q,
                         const struct sg_mention *m, size_t count)
{
    const char *text = c->text;
    size_t p = q->close;
    while (p < s->end && (text[p] == ' ' || text[p] == ','))
        p++;
    long next = first_after(m, count, s, p);
    if (next >= 0 && (m[next].start == p || m[next].start == after_article(text, s->end, p))) {
        size_t v = after_apposition(text, s->end, m[next].end);
        if (speech_verb_at(text, s->end, v)) {
            q->speaker = m[next];
            q->has_speaker = 1;
            return;
        }
    }
    for (const char *const *pronoun = subject_pronouns; *pronoun; pronoun++)
        if (word_at(text, s->end, p, *pronoun) && c->last_person >= 0) {
            size_t v = p + strlen(*pronoun);
            while (v < s->end && text[v] == ' ')
                v++;
            if (speech_verb_at(text, s->end, v)) {
                q->speaker = (struct sg_mention){SIZE_MAX, SIZE_MAX, (size_t)c->last_person,
                                                 SG_MENTION_NAME, 0};
                q->has_speaker = 1;
                return;
            }
        }
    int verb = speech_verb_at(text, s->end, p);
    if (verb) {
        size_t after = p + (size_t)verb;
        while (after < s->end && text[after] == ' ')
            after++;
        if (next >= 0 &&
            (m[next].start == after || m[next].start == after_article(text, s->end, after))) {
            q->speaker = m[next];
            q->has_speaker = 1;
            return;
        }
    }
    /* before the quotation: SPEAKER said: “…” (a speech verb after the speaker, close by) */
    size_t mark = q->open;
    while (mark > s->start &&
           (text[mark - 1] == ' ' || text[mark - 1] == ':' || text[mark - 1] == ','))
        mark--;
    long speaker = -1;
    for (size_t i = 0; i < count && m[i].end <= mark; i++)
        if (m[i].start >= s->start)
            speaker = (long)i;
    if (speaker >= 0 && mark - m[speaker].end <= 40)
        for (size_t v = m[speaker].end; v < mark; v++)
            if (speech_verb_at(text, mark, v)) {
                q->speaker = m[speaker];
                q->has_speaker = 1;
                return;
            }
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
 * by X"), whose subject names nobody but has named owners ("a spokesman for Alice"); sets
 * c->owners to them, and c->look_end to the next verb's offset. */
static int second_look_at(struct frame_context *c, const struct sg_parse *parse, size_t at)
{
    const struct sg_linkage *best = &parse->linkages[0];
    c->owner_count = 0;
    for (size_t w = 0; w < parse->word_count; w++)
        if (parse->words[w].start == at && parse->words[w].mention < 0) {
            if (parse->words[w].pos != 'v' || !sg_roles_finite(parse, best, w) ||
                strncmp(c->text + parse->words[w].end, " by ", 4) == 0)
                return 0;
            size_t words[SG_ROLES_MAX];
            size_t n = sg_roles_subject_owners(parse, best, w, words);
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
static void frame_cues(struct frame_context *c, const struct sg_cues *cues,
                       const struct sg_sentence *sentence, const struct quote *quotes,
                       size_t quote_count, const struct sg_parse *parse, const size_t *skip,
                       size_t skip_count)
{
    const struct sg_mention *mentions = c->mentions;
    size_t mention_count = c->mention_count;
    for (size_t at = sentence->start; at < sentence->end && !c->failed;) {
        struct sg_cue_hit hit;
        char pos = parse ? parsed_pos(parse, at) : 0;
        if (listed(at, skip, skip_count, c->second_look) || (parse && !pos) ||
            (c->second_look && !second_look_at(c, parse, at)) ||
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
}

/* Whether text[from, to) joins two actors as a pair: " and ", ", and ", " & ", " and the ". */
static int joins_pair(const char *text, size_t from, size_t to)
{
    static const char *const joints[] = {" and ", ", and ", " & ", " and the ", NULL};
    for (const char *const *j = joints; *j; j++)
        if (strlen(*j) == to - from && strncmp(text + from, *j, to - from) == 0)
            return 1;
    return 0;
}

/* The first person named in this sentence outside quotations is who a later "he" or "she"
 * means (and the next person, or else the one it replaces, who a pronoun beside it means); the
 * first other actor, who "they" or "it" means. */
/* Whether "between" (and "the") comes right before offset at, after from: "talks between A and
 * B", "a merger between the Union and B". */
static int after_between(const char *text, size_t from, size_t at)
{
    size_t p = at;
    while (p > from && text[p - 1] == ' ')
        p--;
    if (p >= from + 4 && strncasecmp(text + p - 3, "the", 3) == 0 &&
        (p == from + 3 || text[p - 4] == ' ')) {
        p -= 3;
        while (p > from && text[p - 1] == ' ')
            p--;
    }
    return p >= from + 7 && strncmp(text + p - 7, "between", 7) == 0 &&
           (p == from + 7 || !isalpha((unsigned char)text[p - 8]));
}

static void note_last_person(struct frame_context *c, const struct sg_sentence *sentence,
                             const struct quote *quotes, size_t quote_count,
                             const struct sg_mention *mentions, size_t mention_count)
{
    int person_seen = 0, other_seen = 0, pair_seen = 0, named_pair_seen = 0;
    for (size_t i = 0; i < mention_count; i++) {
        if (mentions[i].start < sentence->start || mentions[i].end > sentence->end)
            continue;
        int quoted = 0;
        for (size_t q = 0; q < quote_count; q++)
            quoted |= mentions[i].start >= quotes[q].start && mentions[i].end <= quotes[q].end;
        if (quoted)
            continue;
        int first = !pair_seen;
        if (!pair_seen) { /* the first actors named, a pair or not, are what "they" means */
            long partner = i + 1 < mention_count && mentions[i + 1].end <= sentence->end &&
                                   joins_pair(c->text, mentions[i].end, mentions[i + 1].start)
                               ? (long)mentions[i + 1].actor
                               : -1;
            c->pair[0] = partner >= 0 ? (long)mentions[i].actor : -1;
            c->pair[1] = partner;
            pair_seen = 1;
        }
        if (!named_pair_seen && i + 1 < mention_count && mentions[i + 1].end <= sentence->end &&
            mentions[i].actor != mentions[i + 1].actor &&
            joins_pair(c->text, mentions[i].end, mentions[i + 1].start)) {
            /* "a merger between A and B"; a pair after another name ("Carol met A and B")
             * muddles the one before */
            int clear = first || after_between(c->text, sentence->start, mentions[i].start);
            c->named_pair[0] = clear ? (long)mentions[i].actor : -1;
            c->named_pair[1] = clear ? (long)mentions[i + 1].actor : -1;
            named_pair_seen = 1;
        }
        long actor = (long)mentions[i].actor;
        if (c->lexicon->actors[actor].type == SG_ACTOR_PERSON) {
            if (person_seen == 0) {
                if (c->last_person != actor)
                    c->other_person = c->last_person;
                c->last_person = actor;
                person_seen = 1;
            } else if (person_seen == 1 && actor != c->last_person) {
                c->other_person = actor;
                person_seen = 2;
            }
        } else if (!other_seen) {
            c->last_other = (long)mentions[i].actor;
            other_seen = 1;
        }
    }
}

/* ---- parsed sentences ---- */

static int word_in(const char *word, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(word, *words) == 0)
            return 1;
    return 0;
}

/* The pair "they" at offset at means: the first "A and B" earlier in its sentence (outside
 * quotations' concerns: any), else, when the sentence names no actor before it, the previous
 * sentence's opening pair; neither when one of them is exclude (actor -2: "A and B said they
 * would appeal its decision to block their plan" is about both, so neither apart). paired is
 * 0 when there is no pair to mean (actor -1). A pair described ("both sides", "the two
 * countries") is, after one earlier in its sentence, the latest sentence's first "A and B"
 * anywhere, whatever the sentence names before it ("Talks between A and B stalled. Mediators
 * said the two sides ..."). */
static struct sg_referent pair_meant(const struct frame_context *c, size_t at, long exclude,
                                     int described)
{
    struct sg_referent none = {-1, SIZE_MAX, SIZE_MAX, 0, -1};
    int named = 0;
    for (size_t i = 0; i + 1 < c->mention_count && c->mentions[i + 1].end <= at; i++) {
        const struct sg_mention *a = &c->mentions[i], *b = &c->mentions[i + 1];
        if (a->start < c->evidence->start)
            continue;
        named = 1;
        if (!joins_pair(c->text, a->end, b->start) || a->actor == b->actor)
            continue;
        if ((long)a->actor == exclude || (long)b->actor == exclude)
            return (struct sg_referent){-2, SIZE_MAX, SIZE_MAX, 0, -1};
        return (struct sg_referent){(long)a->actor, SIZE_MAX, SIZE_MAX, 1, (long)b->actor};
    }
    for (size_t i = 0; i < c->mention_count && !named; i++)
        named = c->mentions[i].start >= c->evidence->start && c->mentions[i].end <= at;
    const long *pair = described ? c->named_pair : c->pair;
    if ((named && !described) || pair[0] < 0 || pair[0] == pair[1])
        return none;
    if (pair[0] == exclude || pair[1] == exclude)
        return (struct sg_referent){-2, SIZE_MAX, SIZE_MAX, 0, -1};
    return (struct sg_referent){pair[0], SIZE_MAX, SIZE_MAX, 1, pair[1]};
}

/* What a pronoun of the parse at offset at stands for: "countries" and the like (of "the two
 * countries") the pair "they" would mean when neither is a person; in a quotation, "I" and "we" are
 * its speaker (with the speaker's words, when the sentence names him); "he" and "she" the actor the
 * parse prefers (the subject of the verb of saying whose clause the pronoun opens) when a person,
 * else the first person named earlier in the sentence, else in the latest sentence that named one;
 * "they" and "it" the same for the other actors; never exclude. */
/* The actor a quotation's speaker says it is about, for an "it" or "this" in the quotation at
 * at: the name right after "referring to" outside it in the sentence ("'It is a
 * disgrace,' Alice said, referring to Bob's plan": Bob); -1 when none. */
static long referred_to(const struct frame_context *c, size_t at)
{
    static const char *const phrases[] = {"referring to ", NULL};
    const struct quote *quote = NULL;
    for (size_t q = 0; q < c->quote_count; q++)
        if (at >= c->quotes[q].start && at < c->quotes[q].end)
            quote = &c->quotes[q];
    if (!quote)
        return -1;
    for (size_t i = 0; i < c->mention_count; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (m->start < c->evidence->start || m->end > c->evidence->end ||
            (m->start >= quote->open && m->start < quote->close))
            continue;
        for (const char *const *p = phrases; *p; p++) {
            size_t n = strlen(*p);
            size_t from = m->start >= n + 4 && strncmp(c->text + m->start - 4, "the ", 4) == 0
                              ? m->start - 4
                              : m->start; /* "referring to the Union" */
            if (from >= c->evidence->start + n && strncmp(c->text + from - n, *p, n) == 0)
                return (long)m->actor;
        }
    }
    return -1;
}

static struct sg_referent resolve_pronoun(void *data, const char *pronoun, size_t at, long exclude,
                                          long prefer)
{
    static const char *const first[] = {"i", "me", "my", "we", "us", "our", NULL};
    static const char *const personal[] = {"he", "him", "his", "she", "her", NULL};
    static const char *const plurals[] = {"they", "them", "their", "theirs", NULL};
    struct frame_context *c = data;
    struct sg_referent none = {-1, SIZE_MAX, SIZE_MAX, 0, -1};
    if (word_in(pronoun, first)) {
        for (size_t q = 0; q < c->quote_count; q++) {
            const struct quote *quote = &c->quotes[q];
            if (at >= quote->start && at < quote->end && quote->has_speaker)
                return (struct sg_referent){(long)quote->speaker.actor, quote->speaker.start,
                                            quote->speaker.end, 0, -1};
        }
        return none;
    }
    static const char *const things[] = {"it", "this", NULL};
    long meant = word_in(pronoun, things) ? referred_to(c, at) : -1;
    if (meant >= 0 && meant != exclude)
        return (struct sg_referent){meant, SIZE_MAX, SIZE_MAX, 0, -1};
    static const char *const people[] = {"leaders", "presidents", "ministers",
                                         "men",     "women",      NULL};
    static const char *const sides[] = {"both", "sides", "parties", NULL};
    if (word_in(pronoun, sides) || word_in(pronoun, people)) { /* "both sides", "the two men" */
        struct sg_referent pair = pair_meant(c, at, exclude, 1);
        int persons = word_in(pronoun, people);
        return pair.paired &&
                       (!persons || (c->lexicon->actors[pair.actor].type == SG_ACTOR_PERSON &&
                                     c->lexicon->actors[pair.partner].type == SG_ACTOR_PERSON))
                   ? pair
                   : none;
    }
    if (word_in(pronoun, sg_syntax_pair_states)) { /* "the two countries": no persons */
        struct sg_referent pair = pair_meant(c, at, exclude, 1);
        return pair.paired && c->lexicon->actors[pair.actor].type != SG_ACTOR_PERSON &&
                       c->lexicon->actors[pair.partner].type != SG_ACTOR_PERSON
                   ? pair
                   : none;
    }
    int person = word_in(pronoun, personal), plural = word_in(pronoun, plurals);
    if (plural) { /* not over the speaker of the pronoun's own clause ("A and B met officials,
                     who said they would back C": the officials) */
        struct sg_referent pair = pair_meant(c, at, exclude, 0);
        int spoken = prefer >= 0 && prefer != pair.actor && prefer != pair.partner;
        if ((pair.paired && !spoken) || pair.actor == -2)
            return pair.paired ? pair : none;
    }
    if (prefer >= 0 && prefer != exclude &&
        (c->lexicon->actors[prefer].type == SG_ACTOR_PERSON) == person)
        return (struct sg_referent){prefer, SIZE_MAX, SIZE_MAX, 0, -1};
    for (size_t i = 0; i < c->mention_count && c->mentions[i].end <= at; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (m->start < c->evidence->start)
            continue;
        if ((c->lexicon->actors[m->actor].type == SG_ACTOR_PERSON) == person &&
            (long)m->actor != exclude)
            return (struct sg_referent){(long)m->actor, SIZE_MAX, SIZE_MAX, 0, -1};
    }
    none.actor = person ? c->last_person : c->last_other;
    if (none.actor == exclude && (strcmp(pronoun, "him") == 0 || strcmp(pronoun, "her") == 0))
        none.actor = c->other_person; /* "She criticised him": not her; "he said he ..." is */
    if (none.actor == exclude)
        none.actor = -1;
    return none;
}

/* Notes that the thing lemma was actor's, with partner as its second maker (or -1): the latest
 * note of a lemma wins; the oldest lemma goes when the table is full. */
static void remember_thing(void *data, const char *lemma, long actor, long partner)
{
    struct frame_context *c = data;
    size_t i = 0;
    while (i < c->thing_count && strcmp(c->things[i].lemma, lemma) != 0)
        i++;
    if (i == MAX_THINGS) {
        memmove(c->things, c->things + 1, (MAX_THINGS - 1) * sizeof *c->things);
        i = MAX_THINGS - 1;
    } else if (i == c->thing_count) {
        c->thing_count++;
    }
    snprintf(c->things[i].lemma, sizeof c->things[i].lemma, "%s", lemma);
    c->things[i].actor = actor;
    c->things[i].partner = partner;
}

/* Whose the thing lemma is: its first party, and the second as the partner; actor -1 when it
 * was never noted. */
static struct sg_referent recall_thing(void *data, const char *lemma)
{
    struct frame_context *c = data;
    for (size_t i = 0; i < c->thing_count; i++)
        if (strcmp(c->things[i].lemma, lemma) == 0)
            return (struct sg_referent){c->things[i].actor, SIZE_MAX, SIZE_MAX,
                                        c->things[i].partner >= 0, c->things[i].partner};
    return (struct sg_referent){-1, SIZE_MAX, SIZE_MAX, 0, -1};
}

/* Whether a word of the sentence could be a cue (its base form as a verb, noun or adjective
 * heads one) or is an event whose author is worth noting ("his decision"). */
static int has_cue(const struct frame_context *c, const struct sg_cues *cues,
                   const struct sg_sentence *sentence)
{
    static const char parts[] = {'v', 'n', 'a'};
    char word[48], lemma[48];
    for (size_t i = sentence->start; i < sentence->end;) {
        size_t n = lowercase_word(c->text, i, sentence->end, word, sizeof word);
        if (n > 0 && word[0] && !sg_text_word_before(c->text, i)) {
            size_t count = 0;
            for (size_t p = 0; p < sizeof parts; p++)
                if (sg_lemma(word, parts[p], lemma, sizeof lemma) == 0 &&
                    (sg_cues_find(cues, lemma, parts[p], &count) ||
                     (parts[p] == 'n' && sg_syntax_event_noun(lemma))))
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
    int named = contains_word(c->text, sentence->start, sentence->end, pronouns);
    for (size_t i = 0; i < c->mention_count && !named; i++)
        named = c->mentions[i].start >= sentence->start && c->mentions[i].end <= sentence->end;
    return named && has_cue(c, cues, sentence);
}

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

/* A note of a thing that is not kept: a trial reading leaves the discourse as it was. */
static void forget_thing(void *data, const char *lemma, long actor, long partner)
{
    (void)data;
    (void)lemma;
    (void)actor;
    (void)partner;
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
    struct sg_resolver trial = {resolve_pronoun, forget_thing, recall_thing, c};
    struct sg_found more[SG_SYNTAX_MAX];
    size_t more_decided[SG_SYNTAX_MAX], more_decided_count = 0;
    size_t more_count = sg_syntax_statements(&simpler, cues, c->mentions, &trial, more,
                                             more_decided, &more_decided_count);
    if (more_count <= count || !ties_kept(found, count, more, more_count)) {
        sg_parse_destroy(&simpler);
        return count;
    }
    struct sg_resolver resolver = {resolve_pronoun, remember_thing, recall_thing, c};
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

    struct sg_resolver resolver = {resolve_pronoun, remember_thing, recall_thing, c};
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
        add_typed_tie(c, &source, &target, f->cue, f->type, f->rule, f->confidence);
    }
    /* The surface frames read the cues too, but propose nothing on a pair the parse has read
     * another way, nor on cues it left out as negated or conditional. */
    c->after_parse = 1;
    c->parsed_end = c->out->statement_count;
    c->parsed = found;
    c->parsed_count = count;
    frame_cues(c, cues, sentence, c->quotes, c->quote_count, &parse, decided, decided_count);
    /* Nothing at all from the sentence: a second look by the surface frames at its verbs,
     * overriding the parse's veto on a subject or object that is nobody of the lexicon (not its
     * negations), at half the confidence. */
    if (c->out->statement_count == c->sentence_first) {
        c->second_look = 1;
        frame_cues(c, cues, sentence, c->quotes, c->quote_count, &parse, decided, decided_count);
        c->second_look = 0;
    }
    c->after_parse = 0;
    c->parsed_count = 0;
    sg_parse_destroy(&parse);
    return 1;
}

static int has_letter(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (isalpha((unsigned char)text[i]))
            return 1;
    return 0;
}

/* A new paragraph (a line break before the sentence) ends a quotation left open. */
static int new_paragraph(const struct frame_context *c, const struct sg_sentence *sentence)
{
    for (size_t i = sentence->start;
         i > 0 && (c->text[i - 1] == ' ' || c->text[i - 1] == '\n' || c->text[i - 1] == '\r'); i--)
        if (c->text[i - 1] == '\n')
            return 1;
    return 0;
}

/* The quotations of a sentence and their speakers (docs/EXTRACT.md, "Owners and discourse"):
 * a quotation goes on across sentences until its closing mark, with its speaker; a sentence that
 * is all one quotation, right after a sentence whose quotation had a speaker, is that speaker's
 * too ("“…,” Alice said. “…”"). */
static size_t read_quotes(struct frame_context *c, const struct sg_sentence *sentence,
                          struct quote *quotes, const struct sg_mention *mentions,
                          size_t mention_count)
{
    if (c->quote_closing && new_paragraph(c, sentence))
        c->quote_closing = NULL;
    size_t count = find_quotes(c, sentence, quotes);
    for (size_t q = 0; q < count; q++)
        if (!quotes[q].has_speaker)
            find_speaker(c, sentence, &quotes[q], mentions, mention_count);
    if (count && !quotes[0].has_speaker && quotes[0].open == sentence->start &&
        !has_letter(c->text, quotes[0].close, sentence->end) && c->has_last_speaker) {
        quotes[0].speaker = c->last_speaker;
        quotes[0].has_speaker = 1;
    }
    c->has_last_speaker = count && quotes[count - 1].has_speaker;
    if (c->has_last_speaker)
        c->last_speaker = quotes[count - 1].speaker;
    if (c->quote_closing) { /* left open: its speaker speaks on */
        c->quote_speaker = quotes[count - 1].speaker;
        c->has_quote_speaker = quotes[count - 1].has_speaker;
    }
    return count;
}

/* "the president's proposal", "Ottawa's new tariffs": an event noun right after a possessive
 * mention, past at most two words that WordNet knows as adjectives and not as verbs, is that
 * actor's, whatever the parse makes of the sentence. Noted before the sentence's cues are
 * read, so that the parse's own notes win. */
static void note_possessives(struct frame_context *c, const struct sg_sentence *sentence)
{
    for (size_t i = 0; i < c->mention_count; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (!m->possessive || m->start < sentence->start || m->end >= sentence->end)
            continue;
        size_t at = m->end + (c->text[m->end] == '\'' ? 2 : 4);
        for (int words = 0; words < 3; words++) {
            while (at < sentence->end && c->text[at] == ' ')
                at++;
            char word[48], key[48], lemma[48];
            size_t n = lowercase_word(c->text, at, sentence->end, word, sizeof word);
            if (n == 0 || !word[0])
                break;
            if (sg_lemma(word, 'n', lemma, sizeof lemma) == 0 && sg_syntax_event_noun(lemma) &&
                sg_syntax_thing_key(word, key, sizeof key) == 0) {
                remember_thing(c, key, (long)m->actor, -1);
                break;
            }
            if (!sg_lemma_is(word, 'a') || sg_lemma_is(word, 'v'))
                break; /* no adjective ("rival", "unveiled" may be verbs): the phrase ends */
            at += n;
        }
    }
}

/* The mention of the sentence that starts right after at, or one word later, with no
 * punctuation between ("-backed separatists", "-backed Houthi rebels"), or -1. */
static long named_soon_after(const struct frame_context *c, const struct sg_sentence *s, size_t at)
{
    long next = first_after(c->mentions, c->mention_count, s, at);
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
            if (at + 1 + n >= m->end || !word_at(c->text, m->end, at + 1, *b))
                continue;
            long backer = named_at(c, m->start, at, &stop);
            if (backer < 0 || stop != at || (size_t)backer == m->actor)
                continue;
            struct sg_mention source = {m->start, at, (size_t)backer, SG_MENTION_NAME, 0};
            c->cue_start = at + 1;
            c->cue_end = at + 1 + n;
            add_tie(c, &source, m, back, "backed", 0.8);
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
            if (!word_at(c->text, s->end, m->end + 1, *b))
                continue;
            long target = named_soon_after(c, s, m->end + 1 + n);
            c->cue_start = m->end + 1;
            c->cue_end = m->end + 1 + n;
            if (target >= 0)
                add_tie(c, m, &c->mentions[target], back, "backed", 0.8);
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

/* The pact noun that follows at, past at most two lowercase words, when it is one ("trade
 * agreement", "free trade deal", "talks"): its remembered name in key, its span in *start and
 * *end. Returns 0 when there is none. */
/* Pacts and the talks towards them, by their remembered names. */
static const char *const pacts[] = {"deal",  "talk",      "negotiation", "summit", "dialogue",
                                    "truce", "ceasefire", "armistice",   NULL};

/* Whether the word that ends right before at (past spaces) is a pact ("a deal brokered by"),
 * with its remembered name in key and its start in *start. */
static int pact_before(const char *text, size_t from, size_t at, char *key, size_t size,
                       size_t *start)
{
    char word[48];
    size_t begin = word_before(text, from, at, word, sizeof word);
    if (begin == SIZE_MAX || sg_syntax_thing_key(word, key, size) != 0 || !word_in(key, pacts))
        return 0;
    *start = begin;
    return 1;
}

static int pact_after(const char *text, size_t end, size_t at, char *key, size_t size,
                      size_t *start, size_t *stop)
{
    for (int words = 0; words < 3; words++) {
        while (at < end && text[at] == ' ')
            at++;
        char word[48];
        size_t n = lowercase_word(text, at, end, word, sizeof word);
        if (n == 0 || !word[0] || !islower((unsigned char)text[at]))
            return 0;
        if (sg_syntax_thing_key(word, key, size) == 0 && word_in(key, pacts)) {
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
            remember_thing(c, key, (long)c->mentions[i].actor, (long)partner.actor);
    }
}

/* Whether the joint pact whose first name begins at at is none that was held: after "no",
 * "any" or "without", maybe with an article between ("no Freedonia–Sylvania summit", "ruled out
 * any X-Y talks", "without an X-Y deal"), as a noun cue after "no" is no statement. */
static int pact_denied(const char *text, size_t at)
{
    static const char *const denying[] = {"no", "any", "without", NULL};
    static const char *const articles[][2] = {{"a", NULL}, {"an", NULL}, {"the", NULL}};
    if (preceded_by(text, at, denying))
        return 1;
    for (size_t i = 0; i < sizeof articles / sizeof articles[0]; i++)
        if (preceded_by(text, at, articles[i]) &&
            preceded_by(text, at - 1 - strlen(articles[i][0]), denying))
            return 1;
    return 0;
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
        lowercase_word(c->text, start, stop, word, sizeof word);
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
        if (!pact_denied(c->text, c->mentions[i].start))
            add_tie(c, &c->mentions[i], &partner, cue, "joint pact", 0.8);
        /* again, over the parse's note of one owner ("NATO's agreement") */
        remember_thing(c, key, (long)c->mentions[i].actor, (long)partner.actor);
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
    size_t by = mediating_by(c->text, m->start); /* "a deal brokered by NATO" */
    if (by != SIZE_MAX && by > s->start && pact_before(c->text, s->start, by, key, size, pact)) {
        said[0] = by;
        said[1] = m->start - 4;
        return 1;
    }
    for (const char *const *w = mediating; at && *w; w++)
        if (word_at(c->text, s->end, at, *w) &&
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
        struct sg_referent pact = recall_thing(c, key);
        if (n == 0 && pact.actor >= 0 && pact.partner >= 0) {
            parties[n++] = (size_t)pact.actor;
            parties[n++] = (size_t)pact.partner;
        }
        c->cue_start = said[0]; /* the cue as written: "mediated" */
        c->cue_end = said[1];
        for (size_t k = 0; k < n; k++) {
            struct sg_mention party = mention_of(c, s, parties[k]);
            add_tie(c, m, &party, mediate, "mediator", 0.8);
        }
    }
}

/* Reads one sentence: its quotations and their speakers, then its cues. */
/* What was said in the sentence before stays "said:before" for one sentence, for "rejected
 * that" and "that condition" (syntax_refer.c), and is then forgotten: "Bob said X. Dave met Carol.
 * Alice rejected that" is nothing of Bob's. */
static void age_sayings(struct frame_context *c)
{
    struct sg_referent said = recall_thing(c, "said");
    remember_thing(c, "said:before", said.actor, -1);
    remember_thing(c, "said", -1, -1);
}

static void read_sentence(struct frame_context *c, const struct sg_cues *cues,
                          const struct sg_sentence *sentence, const struct sg_mention *mentions,
                          size_t mention_count)
{
    age_sayings(c);
    struct quote quotes[MAX_QUOTES];
    size_t quote_count = read_quotes(c, sentence, quotes, mentions, mention_count);
    c->subject_count = 0;
    c->evidence = sentence;
    c->sentence_first = c->out->statement_count;
    c->quotes = quotes;
    c->quote_count = quote_count;
    note_possessives(c, sentence);
    note_joint_pacts(c, sentence);
    if (!read_parsed(c, cues, sentence))
        frame_cues(c, cues, sentence, quotes, quote_count, NULL, NULL, 0);
    read_backers(c, cues, sentence);
    read_joint_pacts(c, cues, sentence);
    read_mediators(c, cues, sentence);
    note_last_person(c, sentence, quotes, quote_count, mentions, mention_count);
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
