/*
 * The discourse of stance extraction (extract_parts.h): a sentence's quotations and their
 * speakers, what pronouns and described pairs ("the two sides") stand for, and the memory carried
 * from sentence to sentence (the people and pairs named last, things with their authors).
 */
#include "extract/extract_parts.h"

#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- quotations ---- */

/* Verbs of saying after (or before) a speaker. */
static const char *const speech_verbs[] = {
    "said",     "says",      "told",   "tells",   "added",    "declared", "stated",
    "insisted", "wrote",     "argued", "noted",   "stressed", "warned",   "replied",
    "asked",    "explained", "posted", "tweeted", "remarked", NULL};

/* The length of the verb of saying at offset at, or 0 when none is there. */
static int speech_verb_at(const char *text, size_t end, size_t at)
{
    for (const char *const *v = speech_verbs; *v; v++)
        if (sg_extract_word_at(text, end, at, *v))
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
        if (sg_extract_word_at(text, end, p, *a) && p + strlen(*a) < end &&
            text[p + strlen(*a)] == ' ')
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
    long next = sg_extract_first_after(m, count, s, p);
    if (next >= 0 && (m[next].start == p || m[next].start == after_article(text, s->end, p))) {
        size_t v = after_apposition(text, s->end, m[next].end);
        if (speech_verb_at(text, s->end, v)) {
            q->speaker = m[next];
            q->has_speaker = 1;
            return;
        }
    }
    for (const char *const *pronoun = sg_extract_subject_pronouns; *pronoun; pronoun++)
        if (sg_extract_word_at(text, s->end, p, *pronoun) && c->last_person >= 0) {
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

/* Whether text[from, to) joins two actors as a pair: " and ", ", and ", " & ", " and the ". */
static int joins_pair(const char *text, size_t from, size_t to)
{
    static const char *const joints[] = {" and ", ", and ", " & ", " and the ", NULL};
    for (const char *const *j = joints; *j; j++)
        if (strlen(*j) == to - from && strncmp(text + from, *j, to - from) == 0)
            return 1;
    return 0;
}

/* The end of one to four lowercase words from at ("local residents", "a few foreign
 * celebrities"; no "and" or "or"), or at when there are none. */
static size_t lowercase_words(const char *text, size_t at, size_t end)
{
    size_t p = at;
    for (int words = 0; words < 4 && p < end && islower((unsigned char)text[p]); words++) {
        size_t q = p;
        while (q < end && (islower((unsigned char)text[q]) || text[q] == '-'))
            q++;
        if ((q - p == 3 && strncmp(text + p, "and", 3) == 0) ||
            (q - p == 2 && strncmp(text + p, "or", 2) == 0))
            break;
        at = q;
        if (q >= end || text[q] != ' ')
            break;
        p = q + 1;
    }
    return at;
}

/* How text[from, to) joins two names of a list: 1 a comma (", "), 2 as its last two (" and
 * ", ", and "), 3 a comma round a member with no name (", local residents, "), 4 such a member
 * then the last (", local residents and ", ", local residents, and "); 0 none. */
static int list_gap(const char *text, size_t from, size_t to)
{
    if (joins_pair(text, from, to))
        return 2;
    if (to < from + 2 || strncmp(text + from, ", ", 2) != 0)
        return 0;
    if (to == from + 2)
        return 1;
    size_t after = lowercase_words(text, from + 2, to);
    if (after == from + 2)
        return 0;
    if (to - after == 2 && strncmp(text + after, ", ", 2) == 0)
        return 3;
    return joins_pair(text, after, to) ? 4 : 0;
}

/* Whether a member with no name ends a list after offset at: " and a few foreign
 * celebrities". */
static int unnamed_last(const char *text, size_t at, size_t end)
{
    return at + 6 <= end && strncmp(text + at, " and ", 5) == 0 &&
           lowercase_words(text, at + 5, end) > at + 5;
}

/* The actors of a list of three or more members that opens with mentions[i] and ends by offset
 * end: names joined by ", ", the last two as a pair ("A, B and C", "A, B, and C"), each actor
 * once, at most SG_LIST_MORE + 2, put in members; members with no name may stand among them
 * ("tribes, local residents, environmentalists and a few foreign celebrities": two actors).
 * Returns the count, 0 when no such list. */
static size_t list_from(const char *text, const struct sg_mention *mentions, size_t count, size_t i,
                        size_t end, long *members)
{
    size_t n = 0, unnamed = 0;
    for (size_t k = i; k < count && mentions[k].end <= end && n < SG_LIST_MORE + 1; k++) {
        const struct sg_mention *a = &mentions[k];
        for (size_t j = 0; j < n; j++)
            if (members[j] == (long)a->actor)
                return 0;
        members[n++] = (long)a->actor;
        int gap = k + 1 < count && mentions[k + 1].end <= end
                      ? list_gap(text, a->end, mentions[k + 1].start)
                      : 0;
        if (gap == 0) /* the list ends here, after a member with no name, or not at all */
            return n >= 2 && unnamed && unnamed_last(text, a->end, end) ? n : 0;
        unnamed += gap >= 3;
        if (gap == 2 || gap == 4) {
            const struct sg_mention *b = &mentions[k + 1];
            for (size_t j = 0; j < n; j++)
                if (members[j] == (long)b->actor)
                    return 0;
            members[n++] = (long)b->actor;
            return n >= 3 || (n == 2 && unnamed) ? n : 0;
        }
    }
    return 0;
}

/* The referent "they" is for the n actors of a list (n of 3 or more): the first, the second as
 * partner, the rest noted as the further members c->meant_more; actor -2 when one of them is
 * exclude. */
static struct sg_referent list_referent(struct frame_context *c, const long *members, size_t n,
                                        long exclude)
{
    for (size_t k = 0; k < n; k++)
        if (members[k] == exclude)
            return (struct sg_referent){-2, SIZE_MAX, SIZE_MAX, 0, -1};
    c->meant_more_count = n - 2;
    memcpy(c->meant_more, members + 2, (n - 2) * sizeof *members);
    return (struct sg_referent){members[0], SIZE_MAX, SIZE_MAX, 1, members[1]};
}

/* The further members of the list the latest pronoun resolved stood for (sg_resolver.more). */
size_t sg_extract_list_more(void *data, long *members)
{
    const struct frame_context *c = data;
    memcpy(members, c->meant_more, c->meant_more_count * sizeof *members);
    return c->meant_more_count;
}

/* Whether the pair or list who (c->meant_more its further members) names actor. */
static int referent_names(const struct frame_context *c, const struct sg_referent *who, long actor)
{
    for (size_t k = 0; k < c->meant_more_count; k++)
        if (c->meant_more[k] == actor)
            return 1;
    return who->actor == actor || who->partner == actor;
}

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

/* The first person named in this sentence outside quotations is who a later "he" or "she"
 * means (and the next person, or else the one it replaces, who a pronoun beside it means); the
 * first other actor, who "they" or "it" means. */
void sg_extract_note_last_person(struct frame_context *c, const struct sg_sentence *sentence,
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
        long list[SG_LIST_MORE + 2];
        size_t listed =
            pair_seen ? 0 : list_from(c->text, mentions, mention_count, i, sentence->end, list);
        if (listed) { /* "A, B and C": all of them */
            c->pair[0] = list[0];
            c->pair[1] = list[1];
            c->pair_more_count = listed - 2;
            memcpy(c->pair_more, list + 2, (listed - 2) * sizeof *list);
            pair_seen = 1;
        }
        if (!pair_seen) { /* the first actors named, a pair or not, are what "they" means */
            c->pair_more_count = 0;
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

/* ---- pronouns and things ---- */

/* Whether word is one of words (a NULL-terminated list). */
int sg_extract_word_in(const char *word, const char *const *words)
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
static struct sg_referent pair_meant(struct frame_context *c, size_t at, long exclude,
                                     int described)
{
    struct sg_referent none = {-1, SIZE_MAX, SIZE_MAX, 0, -1};
    int named = 0;
    for (size_t i = 0; i + 1 < c->mention_count && c->mentions[i + 1].end <= at; i++) {
        const struct sg_mention *a = &c->mentions[i], *b = &c->mentions[i + 1];
        if (a->start < c->evidence->start)
            continue;
        named = 1;
        long list[SG_LIST_MORE + 2];
        size_t listed =
            described ? 0 : list_from(c->text, c->mentions, c->mention_count, i, at, list);
        if (listed) /* "A, B and C said they ...": all three, not the last two */
            return list_referent(c, list, listed, exclude);
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
    if (!described && c->pair_more_count) { /* "A, B and C met. They ...": all three */
        long list[SG_LIST_MORE + 2] = {pair[0], pair[1]};
        memcpy(list + 2, c->pair_more, c->pair_more_count * sizeof *list);
        return list_referent(c, list, c->pair_more_count + 2, exclude);
    }
    if (pair[0] == exclude || pair[1] == exclude)
        return (struct sg_referent){-2, SIZE_MAX, SIZE_MAX, 0, -1};
    return (struct sg_referent){pair[0], SIZE_MAX, SIZE_MAX, 1, pair[1]};
}

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

/* Whether one of the (at most three) words after "its " at offset at, up to a comma or stop, is
 * a noun of relation, which names another than the owner ("Russia's invasion of its
 * neighbour", "its Western allies"). */
static int relation_after(const char *text, size_t at)
{
    static const char *const relations[] = {
        "neighbour",   "neighbor",     "ally",         "allies",      "partner",
        "rival",       "enemy",        "enemies",      "foe",         "opponent",
        "adversary",   "critic",       "neighbours",   "neighbors",   "partners",
        "rivals",      "foes",         "opponents",    "adversaries", "critics",
        "counterpart", "counterparts", "neighbouring", "neighboring", NULL};
    size_t i = at + strlen("its");
    for (int n = 0; n < 3; n++) {
        while (text[i] == ' ')
            i++;
        /* A hyphened word ("long-time") counts as one word, and names no relation itself. */
        size_t start = i;
        while (isalpha((unsigned char)text[i]) || text[i] == '-')
            i++;
        char word[32];
        if (i == start || i - start >= sizeof word)
            return 0;
        if (sg_extract_lowercase_word(text, start, i, word, sizeof word) == i - start &&
            sg_extract_word_in(word, relations))
            return 1;
    }
    return 0;
}

/* Whether "her" at offset at owns the word after it ("her decision"), not an object followed
 * by a preposition, an article or a clause ("criticised her over", "called her a liar"). */
static int possessive_her(const char *text, size_t length, size_t at)
{
    static const char *const not_owned[] = {
        "to",    "for",    "of",   "in",    "on",      "at",  "with", "by",  "over",
        "as",    "that",   "a",    "an",    "the",     "and", "or",   "but", "from",
        "after", "before", "into", "about", "against", "if",  "when", NULL};
    size_t from = at + strlen("her");
    while (from < length && text[from] == ' ')
        from++;
    char word[16];
    return sg_extract_lowercase_word(text, from, length, word, sizeof word) > 0 &&
           !sg_extract_word_in(word, not_owned);
}

/* Whether text[from, to) holds a preposition as a word ("the strike by the Union at its mines":
 * "its" is then in a phrase of the noun's, not the clause's object). */
static int preposition_between(const char *text, size_t from, size_t to)
{
    static const char *const prepositions[] = {"at",   "in",      "on",   "of",    "for",
                                               "with", "from",    "over", "into",  "against",
                                               "by",   "between", "near", "about", NULL};
    for (size_t i = from; i < to;) {
        while (i < to && !isalpha((unsigned char)text[i]))
            i++;
        char word[16];
        size_t len = sg_extract_lowercase_word(text, i, to, word, sizeof word);
        if (word[0] && sg_extract_word_in(word, prepositions))
            return 1;
        i += len;
    }
    return 0;
}

/* Whether "its" at offset at is the clause's own subject's, exclude ("Canada rescinded its
 * move"): exclude is no person, is named earlier in the sentence, alone (not in "A and B") and
 * by no plural group name ("opposition parties ... questioning its protest" is another's), with
 * only a verb between (no preposition, and not itself after "by"), and no noun of relation
 * follows ("its neighbour"). */
static int own_its(const struct frame_context *c, size_t at, long exclude, int person)
{
    if (exclude < 0 || (c->lexicon->actors[exclude].type == SG_ACTOR_PERSON) != person ||
        relation_after(c->text, at))
        return 0;
    const struct sg_mention *own = NULL;
    for (size_t i = 0; i < c->mention_count && c->mentions[i].end <= at; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (m->start < c->evidence->start)
            continue;
        if (own && (joins_pair(c->text, own->end, m->start) || c->text[own->end] == ','))
            return 0; /* "A and B", "A, B": the name in a list */
        own = (long)m->actor == exclude ? m : NULL;
        if (own && i > 0 && c->mentions[i - 1].start >= c->evidence->start &&
            joins_pair(c->text, c->mentions[i - 1].end, m->start))
            return 0;
    }
    if (!own || preposition_between(c->text, own->end, at) ||
        (own->start >= c->evidence->start + 3 && strncmp(c->text + own->start - 3, "by ", 3) == 0))
        return 0; /* "the strike by the Union at its mines": the sayer's mines */
    int plural = c->lexicon->actors[exclude].type == SG_ACTOR_GROUP && own->end > own->start &&
                 c->text[own->end - 1] == 's';
    return !plural;
}

/* Whether mention m is the other side of an opening "with" phrase whose comma comes right before
 * the pronoun at offset at: in "In talks with Bob, he criticised X" the one who talks with Bob is
 * not Bob. */
static int counterpart_before(const char *text, const struct sg_mention *m, size_t start, size_t at)
{
    return m->start >= start + 5 && strncasecmp(text + m->start - 5, "with ", 5) == 0 &&
           at == m->end + 2 && strncmp(text + m->end, ", ", 2) == 0;
}

/* The actor a possessive pronoun at offset at stands for when it follows a name and a
 * preposition of grounds (over, for, about), with at most one lowercase word between ("sued the
 * EU over its plan", "criticised Bob today for his decision": the EU, Bob; the first name of the
 * sentence, the clause's subject, had been read, wrong on batch 11's dev text, unseen by the
 * code of that day); not a name after "by" or "from", an agent ("was criticised by the EU for
 * its decision" is the subject's). -1 when none. */
static long grounds_named(const struct frame_context *c, size_t at, long exclude, int person)
{
    static const char *const grounds[] = {"over", "for", "about", NULL};
    static const char *const agents[] = {"by", "from", NULL}, *const article[] = {"the", NULL};
    char word[16];
    size_t p = sg_extract_word_before(c->text, c->evidence->start, at, word, sizeof word);
    if (p == SIZE_MAX || !sg_extract_word_in(word, grounds))
        return -1;
    const struct sg_mention *m = NULL;
    for (size_t i = 0; i < c->mention_count && c->mentions[i].end < p; i++)
        if (c->mentions[i].start >= c->evidence->start)
            m = &c->mentions[i];
    if (!m || (long)m->actor == exclude ||
        (c->lexicon->actors[m->actor].type == SG_ACTOR_PERSON) != person)
        return -1;
    size_t gap = m->end; /* nothing but spaces and one lowercase word up to the preposition */
    while (gap < p && c->text[gap] == ' ')
        gap++;
    size_t n = sg_extract_lowercase_word(c->text, gap, p, word, sizeof word);
    if (n && !islower((unsigned char)c->text[gap]))
        return -1; /* "the EU Council over its plan": another name */
    gap += n;
    while (gap < p && c->text[gap] == ' ')
        gap++;
    size_t start = sg_extract_preceded_by(c->text, m->start, article) ? m->start - 4 : m->start;
    if (gap != p || sg_extract_preceded_by(c->text, start, agents))
        return -1;
    return (long)m->actor;
}

/* What a pronoun of the parse at offset at stands for: "countries" and the like (of "the two
 * countries") the pair "they" would mean when neither is a person; in a quotation, "I" and "we" are
 * its speaker (with the speaker's words, when the sentence names him); "he" and "she" the actor the
 * parse prefers (the subject of the verb of saying whose clause the pronoun opens) when a person,
 * else the first person named earlier in the sentence, else in the latest sentence that named one;
 * "they" and "it" the same for the other actors; never exclude. */
struct sg_referent sg_extract_resolve_pronoun(void *data, const char *pronoun, size_t at,
                                              long exclude, long prefer)
{
    static const char *const first[] = {"i", "me", "my", "we", "us", "our", NULL};
    static const char *const personal[] = {"he", "him", "his", "she", "her", NULL};
    static const char *const plurals[] = {"they", "them", "their", "theirs", NULL};
    struct frame_context *c = data;
    struct sg_referent none = {-1, SIZE_MAX, SIZE_MAX, 0, -1};
    c->meant_more_count = 0;
    if (sg_extract_word_in(pronoun, first)) {
        for (size_t q = 0; q < c->quote_count; q++) {
            const struct quote *quote = &c->quotes[q];
            if (at >= quote->start && at < quote->end && quote->has_speaker)
                return (struct sg_referent){(long)quote->speaker.actor, quote->speaker.start,
                                            quote->speaker.end, 0, -1};
        }
        return none;
    }
    static const char *const things[] = {"it", "this", NULL};
    long meant = sg_extract_word_in(pronoun, things) ? referred_to(c, at) : -1;
    if (meant >= 0 && meant != exclude)
        return (struct sg_referent){meant, SIZE_MAX, SIZE_MAX, 0, -1};
    static const char *const people[] = {"leaders", "presidents", "ministers",
                                         "men",     "women",      NULL};
    static const char *const sides[] = {"both", "sides", "parties", NULL};
    if (sg_extract_word_in(pronoun, sides) ||
        sg_extract_word_in(pronoun, people)) { /* "both sides", "the two men" */
        struct sg_referent pair = pair_meant(c, at, exclude, 1);
        int persons = sg_extract_word_in(pronoun, people);
        return pair.paired &&
                       (!persons || (c->lexicon->actors[pair.actor].type == SG_ACTOR_PERSON &&
                                     c->lexicon->actors[pair.partner].type == SG_ACTOR_PERSON))
                   ? pair
                   : none;
    }
    if (sg_extract_word_in(pronoun, sg_syntax_pair_states)) { /* "the two countries": no persons */
        struct sg_referent pair = pair_meant(c, at, exclude, 1);
        return pair.paired && c->lexicon->actors[pair.actor].type != SG_ACTOR_PERSON &&
                       c->lexicon->actors[pair.partner].type != SG_ACTOR_PERSON
                   ? pair
                   : none;
    }
    int person = sg_extract_word_in(pronoun, personal),
        plural = sg_extract_word_in(pronoun, plurals);
    if (plural) { /* not over the speaker of the pronoun's own clause ("A and B met officials,
                     who said they would back C": the officials) */
        struct sg_referent pair = pair_meant(c, at, exclude, 0);
        int spoken = prefer >= 0 && !referent_names(c, &pair, prefer);
        if ((pair.paired && !spoken) || pair.actor == -2)
            return pair.paired ? pair : none;
        c->meant_more_count = 0;
    }
    if (prefer >= 0 && prefer != exclude &&
        (c->lexicon->actors[prefer].type == SG_ACTOR_PERSON) == person)
        return (struct sg_referent){prefer, SIZE_MAX, SIZE_MAX, 0, -1};
    int its = strcmp(pronoun, "its") == 0;
    int his = strcmp(pronoun, "his") == 0 ||
              (strcmp(pronoun, "her") == 0 && possessive_her(c->text, c->length, at));
    if (its && own_its(c, at, exclude, 0))
        return none; /* "Canada rescinded its move": Canada's own */
    if (his && own_its(c, at, exclude, 1))
        return none; /* "Hunt defended his decision": Hunt's own */
    long grounded =
        its || his || strcmp(pronoun, "their") == 0 ? grounds_named(c, at, exclude, person) : -1;
    if (grounded >= 0) /* "sued the EU over its plan": the EU's */
        return (struct sg_referent){grounded, SIZE_MAX, SIZE_MAX, 0, -1};
    /* "him" is an object: the latest person before it ("A condemned B, while C praised him":
     * B), where "he" is the first ("A met B, and he said ...": A) */
    int object = strcmp(pronoun, "him") == 0;
    long found = -1;
    for (size_t i = 0; i < c->mention_count && c->mentions[i].end <= at; i++) {
        const struct sg_mention *m = &c->mentions[i];
        if (m->start < c->evidence->start)
            continue;
        if ((c->lexicon->actors[m->actor].type == SG_ACTOR_PERSON) == person &&
            (long)m->actor != exclude && (found < 0 || object) &&
            (object || !counterpart_before(c->text, m, c->evidence->start, at)))
            found = (long)m->actor;
    }
    if (found >= 0)
        return (struct sg_referent){found, SIZE_MAX, SIZE_MAX, 0, -1};
    none.actor = person ? c->last_person : c->last_other; /* across sentences, the topic */
    if (none.actor == exclude && (strcmp(pronoun, "him") == 0 || strcmp(pronoun, "her") == 0))
        none.actor = c->other_person; /* "She criticised him": not her; "he said he ..." is */
    if (none.actor == exclude)
        none.actor = -1;
    return none;
}

/* Notes that the thing lemma was actor's, with partner as its second maker (or -1): the latest
 * note of a lemma wins; the oldest lemma goes when the table is full. */
void sg_extract_remember_thing(void *data, const char *lemma, long actor, long partner)
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
struct sg_referent sg_extract_recall_thing(void *data, const char *lemma)
{
    struct frame_context *c = data;
    for (size_t i = 0; i < c->thing_count; i++)
        if (strcmp(c->things[i].lemma, lemma) == 0)
            return (struct sg_referent){c->things[i].actor, SIZE_MAX, SIZE_MAX,
                                        c->things[i].partner >= 0, c->things[i].partner};
    return (struct sg_referent){-1, SIZE_MAX, SIZE_MAX, 0, -1};
}

/* A note of a thing that is not kept: a trial reading leaves the discourse as it was. */
void sg_extract_forget_thing(void *data, const char *lemma, long actor, long partner)
{
    (void)data;
    (void)lemma;
    (void)actor;
    (void)partner;
}

/* Whether text[from, to) has a letter. */
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
size_t sg_extract_read_quotes(struct frame_context *c, const struct sg_sentence *sentence,
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
void sg_extract_note_possessives(struct frame_context *c, const struct sg_sentence *sentence)
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
            size_t n = sg_extract_lowercase_word(c->text, at, sentence->end, word, sizeof word);
            if (n == 0 || !word[0])
                break;
            if (sg_lemma(word, 'n', lemma, sizeof lemma) == 0 && sg_syntax_event_noun(lemma) &&
                sg_syntax_thing_key(word, key, sizeof key) == 0) {
                sg_extract_remember_thing(c, key, (long)m->actor, -1);
                break;
            }
            if (!sg_lemma_is(word, 'a') || sg_lemma_is(word, 'v'))
                break; /* no adjective ("rival", "unveiled" may be verbs): the phrase ends */
            at += n;
        }
    }
}

/* What was said in the sentence before stays "said:before" for one sentence, for "rejected
 * that" and "that condition" (syntax_refer.c), and is then forgotten: "Bob said X. Dave met Carol.
 * Alice rejected that" is nothing of Bob's. */
void sg_extract_age_sayings(struct frame_context *c)
{
    struct sg_referent said = sg_extract_recall_thing(c, "said");
    sg_extract_remember_thing(c, "said:before", said.actor, -1);
    sg_extract_remember_thing(c, "said", -1, -1);
}
