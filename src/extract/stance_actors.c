/*
 * Which actors found may take or receive a stance (stance_actors.h). Each sentence is read
 * once: a cue in it keeps every actor it names; a mention followed by a verb keeps its actor;
 * lists of mentions are noted, and an actor kept keeps the others of its lists, until nothing
 * changes.
 */
#include "extract/stance_actors.h"

#include "base/diag.h"
#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/mentions.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A run of mentions [first, last] joined as a list ("France, Germany, and Italy"). */
struct list {
    size_t first, last;
};

/* Finite forms that say nothing of the verb after them, and adverbs that may stand before it. */
static const char *const auxiliaries[] = {
    "has", "have", "had",   "is",   "are",    "was",   "were", "will", "would", "could",
    "can", "may",  "might", "must", "should", "shall", "did",  "does", "do",    NULL};
static const char *const adverbs[] = {
    "also",       "then",       "later", "earlier",      "now",       "previously",
    "repeatedly", "again",      "still", "already",      "meanwhile", "however",
    "reportedly", "separately", "too",   "subsequently", NULL};

/* Nonzero when sentence s of text holds a stance cue of cues, read without a parse (as the
 * surface frames read them: verbs; a test of noun and adjective cues too kept 14 more actors
 * on dev, 12 of them wrong). */
static int holds_cue(const struct sg_cues *cues, const char *text, struct sg_sentence s)
{
    for (size_t at = s.start; at < s.end; at++) {
        struct sg_cue_hit hit;
        if ((at == s.start || text[at - 1] == ' ') && sg_cues_match(cues, text, s.end, at, 0, &hit))
            return 1;
    }
    return 0;
}

/* The ASCII letters of the word at text[at, end) in lowercase, into out (size bytes); returns
 * their count, or 0 when the word is not all letters, starts with a capital or does not fit. */
static size_t lowercase_word_at(const char *text, size_t at, size_t end, char *out, size_t size)
{
    size_t n = 0;
    for (; at + n < end && text[at + n] >= 'a' && text[at + n] <= 'z'; n++) {
        if (n + 1 >= size)
            return 0;
        out[n] = text[at + n];
    }
    out[n] = '\0';
    return n && !sg_text_word_at(text, end, at + n) ? n : 0;
}

/* Nonzero when word (lowercase, n bytes) is a finite verb: an auxiliary, or a form WordNet
 * knows as a verb whose base form differs ("said", "seconded", "renewed", "says"), or one it
 * does not know that is "re" and such a form ("redrafted"). */
static int finite_verb(const char *word, size_t n)
{
    char base[32];
    if (sg_text_word_listed(word, n, auxiliaries))
        return 1;
    if (sg_lemma_is(word, 'v'))
        return sg_lemma(word, 'v', base, sizeof base) == 0 && strcmp(base, word) != 0;
    /* "redrafted", "reworded": "re" and a form WordNet knows, itself unknown */
    return n > 6 && strncmp(word, "re", 2) == 0 && finite_verb(word + 2, n - 2);
}

/* Nonzero when word (lowercase) is a verb's base form that WordNet knows as no noun: after a
 * plural, its present tense ("Japanese officials insist", "activists allege"). */
static int plural_present(const char *word)
{
    char base[32];
    return sg_lemma_is(word, 'v') && !sg_lemma_is(word, 'n') &&
           sg_lemma(word, 'v', base, sizeof base) == 0 && strcmp(base, word) == 0;
}

/* Past an appositive set off by commas right after end (", the EU competition commissioner,"):
 * the offset after its closing comma, or end when there is none within twelve words. */
static size_t past_apposition(const char *text, struct sg_sentence s, size_t end)
{
    if (end + 1 >= s.end || text[end] != ',' || text[end + 1] != ' ')
        return end;
    for (size_t at = end + 2, words = 0; at < s.end && words < 12; at++) {
        words += text[at] == ' ';
        if (text[at] == ',')
            return at + 1;
    }
    return end;
}

/* Nonzero when, past the comma at end and a description of up to fourteen words that no comma
 * closes, a verb of saying ends the clause, or a finite verb before a colon ("Adrian Burragubba,
 * a W&J leader and spokesperson for the Traditional Owners Council said.", "Elias Mwangi, Head of
 * Operations at Elige Communications Ltd reiterated:"). */
static int speaks_after_description(const char *text, struct sg_sentence s, size_t end)
{
    char word[32];
    for (size_t at = end + 1, words = 0; at + 1 < s.end && words < 14; words++) {
        if (text[at] != ' ')
            return 0;
        size_t from = at + 1, to = from;
        while (to < s.end && (isalnum((unsigned char)text[to]) || strchr("&'-.", text[to])))
            to++;
        if (to > from && text[to - 1] == '.')
            to--; /* the sentence's full stop */
        size_t n = lowercase_word_at(text, from, to, word, sizeof word);
        int closes = to >= s.end || strchr(".:", text[to]) || text[to] == '"' ||
                     (to + 2 < s.end && (unsigned char)text[to] == 0xE2);
        if (n == to - from && closes &&
            (sg_text_word_listed(word, n, sg_discover_speech) ||
             (text[to] == ':' && finite_verb(word, n))))
            return 1;
        if (to == from || (to < s.end && text[to] != ' '))
            return 0;
        at = to;
    }
    return 0;
}

/* The offset past " on" and a weekday right at end (" on Thursday"), or end when there is none:
 * news puts the day between a subject and its verb ("the city of Kerpen on Thursday said"). */
static size_t past_weekday(const char *text, struct sg_sentence s, size_t end)
{
    static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday",    NULL};
    if (end + 4 >= s.end || strncmp(text + end, " on ", 4) != 0)
        return end;
    for (size_t i = 0; days[i]; i++) {
        size_t n = strlen(days[i]);
        if (end + 4 + n < s.end && strncmp(text + end + 4, days[i], n) == 0 &&
            text[end + 4 + n] == ' ')
            return end + 4 + n;
    }
    return end;
}

/* Past a short bracketed part right after end, or the closing bracket end stands before ("the
 * Telecom Regulatory Authority of India (Trai) said", "(COAI) responded"): the offset after the
 * bracket, or end when there is none. */
static size_t past_bracket(const char *text, struct sg_sentence s, size_t end)
{
    if (end < s.end && text[end] == ')')
        return end + 1;
    if (end + 2 >= s.end || text[end] != ' ' || text[end + 1] != '(')
        return end;
    for (size_t at = end + 2; at < s.end && at < end + 40 && text[at] != '('; at++)
        if (text[at] == ')')
            return at + 1;
    return end;
}

/* Nonzero when the words after a mention ending at end show its actor acting: a verb of saying
 * after a comma (", said"), else, past a bracketed part, an appositive, a weekday and an adverb
 * or two, a finite verb. */
static int acts(const char *text, struct sg_sentence s, size_t end)
{
    char word[32];
    size_t n;
    int plural = end > s.start && text[end - 1] == 's';
    if (end + 2 < s.end && text[end] == ',' && text[end + 1] == ' ' &&
        (n = lowercase_word_at(text, end + 2, s.end, word, sizeof word)) &&
        sg_text_word_listed(word, n, sg_discover_speech))
        return 1;
    if (end < s.end && text[end] == ',' && past_apposition(text, s, end) == end &&
        speaks_after_description(text, s, end))
        return 1;
    end = past_weekday(text, s, past_apposition(text, s, past_bracket(text, s, end)));
    for (int skipped = 0; skipped < 3; skipped++) {
        if (end + 1 >= s.end || text[end] != ' ' ||
            !(n = lowercase_word_at(text, end + 1, s.end, word, sizeof word)))
            return 0;
        if (!sg_text_word_listed(word, n, adverbs))
            return finite_verb(word, n) || (plural && plural_present(word));
        end += 1 + n;
    }
    return 0;
}

/* Nonzero when the word ending right before offset end (after a space) is a lowercase verb of
 * saying whose object is no listener ("said", not "told"); its start goes in *at. */
static int speech_before(const char *text, struct sg_sentence s, size_t end, size_t *at)
{
    char word[32];
    if (end < s.start + 2 || text[end - 1] != ' ')
        return 0;
    *at = end - 1;
    while (*at > s.start && text[*at - 1] >= 'a' && text[*at - 1] <= 'z')
        (*at)--;
    size_t n = lowercase_word_at(text, *at, end - 1, word, sizeof word);
    return n == end - 1 - *at && !sg_text_word_before(text, *at) &&
           sg_text_word_listed(word, n, sg_discover_speech) &&
           !sg_text_word_listed(word, n, sg_discover_telling); /* "told AAP": the one told */
}

/* The start of the lowercase word that ends right before offset end (after a space), or
 * SIZE_MAX when there is none there; the word, in lowercase, goes in word (size bytes). */
static size_t word_before(const char *text, struct sg_sentence s, size_t end, char *word,
                          size_t size)
{
    if (end < s.start + 2 || text[end - 1] != ' ')
        return SIZE_MAX;
    size_t at = end - 1;
    while (at > s.start && text[at - 1] >= 'a' && text[at - 1] <= 'z')
        at--;
    size_t n = lowercase_word_at(text, at, end - 1, word, size);
    return n && n == end - 1 - at && !sg_text_word_before(text, at) ? at : SIZE_MAX;
}

/* Nonzero when a verb of saying stands before start past up to four lowercase words of a
 * description with no comma (", said special education teacher Katie Osgood"); not past a
 * word that starts a clause or a phrase of its own ("said that", "said on"). */
static int spoken_past_description(const char *text, struct sg_sentence s, size_t start)
{
    static const char *const breaks[] = {"that", "to",  "in",  "on",   "at", "for", "with", "by",
                                         "of",   "and", "or",  "but",  "if", "as",  "from", "when",
                                         "it",   "he",  "she", "they", "we", NULL};
    char word[32];
    size_t at = start;
    for (int words = 0; words < 5; words++) {
        size_t from = word_before(text, s, at, word, sizeof word);
        if (from == SIZE_MAX || sg_text_word_listed(word, strlen(word), breaks))
            return 0;
        if (sg_text_word_listed(word, strlen(word), sg_discover_speech))
            return words > 0 && !sg_text_word_listed(word, strlen(word), sg_discover_telling);
        at = from;
    }
    return 0;
}

/* Nonzero when the mention at start is the agent of a passive: a verb's inflected form and "by",
 * maybe with "the", right before it ("the licence issued by the National Environment
 * Management Authority", "tariffs imposed by Trump"): it acts. */
static int passive_agent(const char *text, struct sg_sentence s, size_t start)
{
    char word[32];
    size_t at = word_before(text, s, start, word, sizeof word);
    if (at != SIZE_MAX && strcmp(word, "the") == 0)
        at = word_before(text, s, at, word, sizeof word);
    if (at == SIZE_MAX || strcmp(word, "by") != 0 ||
        word_before(text, s, at, word, sizeof word) == SIZE_MAX)
        return 0;
    /* participles written as their base form: "read by" is a passive, no noun's author */
    static const char *const unchanged[] = {"read",   "set",  "put",  "cut",   "hit",
                                            "let",    "shut", "cast", "cost",  "hurt",
                                            "spread", "bid",  "quit", "upset", NULL};
    size_t n = strlen(word);
    if (n > 2 && !sg_text_word_listed(word, n, auxiliaries) && !finite_verb(word, n) &&
        !sg_text_word_listed(word, n, unchanged) && sg_lemma_is(word, 'n'))
        return 1; /* "a resolution by the IAEA", "a project by Gautam Adani": its author */
    return n > 2 && (word[n - 1] == 'd' || word[n - 1] == 'n') &&
           !sg_text_word_listed(word, n, auxiliaries) && finite_verb(word, n);
}

/* Nonzero when the mention at start only names a holder's body: "of", maybe with "the", after a
 * title in any case or its plural ("general secretary of the Association of ...", "co-chairs of
 * the Senate ... Caucus", "the leader of Egypt's main opposition coalition"). The holder is
 * the one who speaks or acts; a cue in the sentence is no stance of the body's. */
static int affiliation(const char *text, struct sg_sentence s, size_t start)
{
    char word[32];
    size_t at = word_before(text, s, start, word, sizeof word);
    if (at != SIZE_MAX && strcmp(word, "the") == 0)
        at = word_before(text, s, at, word, sizeof word);
    if (at == SIZE_MAX || strcmp(word, "of") != 0 || at < s.start + 2 || text[at - 1] != ' ')
        return 0;
    size_t from = at - 1;
    while (from > s.start && isalpha((unsigned char)text[from - 1]))
        from--; /* the title's last part: "chairs" of "co-chairs" */
    size_t n = at - 1 - from;
    if (n == 0 || n >= sizeof word)
        return 0;
    for (size_t k = 0; k < n; k++)
        word[k] = (char)tolower((unsigned char)text[from + k]);
    return sg_text_word_listed(word, n, sg_discover_titles) ||
           (n > 3 && word[n - 1] == 's' && sg_text_word_listed(word, n - 1, sg_discover_titles));
}

/* Nonzero when a verb of saying stands right before start (", said Mark Harper"), or before a
 * description of up to eight words and a comma (", said one senior ODM leader, William
 * Ruto"). */
static int spoken_after_verb(const char *text, struct sg_sentence s, size_t start)
{
    size_t at;
    if (speech_before(text, s, start, &at))
        return 1;
    if (start < s.start + 3 || text[start - 1] != ' ' || text[start - 2] != ',')
        return 0;
    size_t end = start - 2;
    for (int words = 0; words < 8 && end > s.start; words++) {
        size_t from = end;
        while (from > s.start && text[from - 1] != ' ') {
            if (!isalnum((unsigned char)text[from - 1]) && !strchr("'-.", text[from - 1]))
                return 0; /* another comma or a quote: no description */
            from--;
        }
        if (from == end || speech_before(text, s, from, &at))
            return from != end;
        if (from == s.start)
            return 0; /* the sentence's first word: no verb before it (nor text) */
        end = from - 1;
    }
    return 0;
}

/* 1 when text[from, to) joins two items of a list and says that it ends there (" and ",
 * ", and ", " or "), 2 when it joins them and the list goes on (", "), else 0. */
static int joint(const char *text, size_t from, size_t to)
{
    size_t n = to - from;
    if ((n == 5 && strncmp(text + from, " and ", 5) == 0) ||
        (n == 6 && strncmp(text + from, ", and ", 6) == 0) ||
        (n == 4 && strncmp(text + from, " or ", 4) == 0))
        return 1;
    return n == 2 && strncmp(text + from, ", ", 2) == 0 ? 2 : 0;
}

/* Nonzero when mention k owns mention k + 1, right after its possessive ("DMK’s TR Baalu"):
 * the owner is a word of that list item, no item of its own. */
static int owns_next(const char *text, const struct sg_mention *mentions, size_t count, size_t k)
{
    if (k + 1 >= count || !mentions[k].possessive || mentions[k + 1].start <= mentions[k].end ||
        mentions[k + 1].start - mentions[k].end > 5)
        return 0;
    for (size_t i = mentions[k].end; i < mentions[k + 1].start; i++)
        if (text[i] != ' ' && text[i] != 's' && text[i] != '\'' && (unsigned char)text[i] < 0x80)
            return 0;
    return 1;
}

/* The last mention of the list that mention m opens within sentence s (m itself when none),
 * and through *closed whether an "and" or "or" joins it: a comma alone is an appositive. An
 * item may be an owner's possessive and the mention it owns ("Meera Gandhi and DMK’s TR
 * Baalu staged"). */
static size_t list_end(const char *text, const struct sg_mention *mentions, size_t count, size_t m,
                       struct sg_sentence s, int *closed)
{
    size_t last = m;
    *closed = 0;
    for (int j; last + 1 < count && mentions[last + 1].end <= s.end && !mentions[last].possessive &&
                (j = joint(text, mentions[last].end, mentions[last + 1].start));
         last++) {
        *closed |= j == 1;
        if (owns_next(text, mentions, count, last + 1) && mentions[last + 2].end <= s.end)
            last++;
    }
    return last;
}

/* Nonzero when a comma and a lowercase word stand right before start: a list of names goes on
 * from common nouns ("cooperation on trade, military ties, counter-terrorism, North Korea, Iran,
 * Pakistan and Afghanistan"), topics that take no part in the sentence's cue. */
static int after_common_item(const char *text, struct sg_sentence s, size_t start)
{
    return start >= s.start + 3 && text[start - 1] == ' ' && text[start - 2] == ',' &&
           islower((unsigned char)text[start - 3]);
}

/* Nonzero when a preposition, maybe with "the", stands right before start: the name is its
 * object, and a verb after it is another's ("business in Australia does", "the people of
 * Alaska were heard", "spokesperson for the Traditional Owners Council said"). */
static int governed(const char *text, struct sg_sentence s, size_t start)
{
    static const char *const prepositions[] = {"of",      "in",   "for",     "at",    "from",
                                               "with",    "on",   "under",   "about", "into",
                                               "against", "over", "between", "among", NULL};
    char word[32];
    size_t at = word_before(text, s, start, word, sizeof word);
    if (at != SIZE_MAX && strcmp(word, "the") == 0)
        at = word_before(text, s, at, word, sizeof word);
    return at != SIZE_MAX && sg_text_word_listed(word, strlen(word), prepositions);
}

/* Nonzero when a word of where, maybe with "the", stands right before start ("protests in the
 * West Bank", "walked out of the debate in the House"): the name is where the stance is
 * taken, no party to the cue. ("at" is left out: "members at Glasgow City Council" are the
 * council's.) */
static int located(const char *text, struct sg_sentence s, size_t start)
{
    static const char *const where[] = {"in", "inside", "within", NULL};
    char word[32];
    size_t at = word_before(text, s, start, word, sizeof word);
    if (at != SIZE_MAX && strcmp(word, "the") == 0)
        at = word_before(text, s, at, word, sizeof word);
    return at != SIZE_MAX && sg_text_word_listed(word, strlen(word), where);
}

/* Reads sentence s: its cue and its mentions' verbs keep actors; its lists go into lists
 * (*list_count of them; room for every mention). Mentions from *next on are the sentence's. */
static void read_sentence(const char *text, const struct sg_cues *cues, struct sg_sentence s,
                          const struct sg_mention *mentions, size_t count, size_t *next, int *keep,
                          struct list *lists, size_t *list_count)
{
    size_t m = *next;
    int cue = m < count && mentions[m].start < s.end ? holds_cue(cues, text, s) : 0;
    while (m < count && mentions[m].start < s.end) {
        int closed;
        size_t last = list_end(text, mentions, count, m, s, &closed);
        int topic = closed && after_common_item(text, s, mentions[m].start);
        if (!closed)
            last = m;
        else if (!topic)
            lists[(*list_count)++] = (struct list){m, last};
        int acting = !mentions[last].possessive && acts(text, s, mentions[last].end) &&
                     !governed(text, s, mentions[m].start);
        for (size_t k = m; k <= last; k++)
            if (k < last && owns_next(text, mentions, count, k))
                continue; /* "DMK’s" of "DMK’s TR Baalu": the item is its person */
            else if ((cue && !topic && !affiliation(text, s, mentions[k].start) &&
                      !located(text, s, mentions[k].start)) ||
                     acting || spoken_after_verb(text, s, mentions[k].start) ||
                     spoken_past_description(text, s, mentions[k].start) ||
                     passive_agent(text, s, mentions[k].start))
                keep[mentions[k].actor] = 1;
        m = last + 1;
    }
    *next = m;
}

/* Keeps every actor of a list that names an actor kept, until no list changes; an owner before
 * the mention it owns is no item (owns_next). */
static void spread_over_lists(const char *text, const struct sg_mention *mentions, size_t count,
                              const struct list *lists, size_t list_count, int *keep)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t l = 0; l < list_count; l++) {
            int any = 0;
            for (size_t k = lists[l].first; k <= lists[l].last; k++)
                any |= keep[mentions[k].actor];
            for (size_t k = lists[l].first; any && k <= lists[l].last; k++)
                if (!keep[mentions[k].actor] &&
                    !(k < lists[l].last && owns_next(text, mentions, count, k)))
                    keep[mentions[k].actor] = changed = 1;
        }
    }
}

int sg_stance_actors_mark(const char *text, size_t length, const struct sg_cues *cues,
                          const struct sg_model *actors, size_t first, int *keep)
{
    struct sg_sentence *sentences = NULL;
    struct sg_mention *mentions = NULL;
    struct list *lists = NULL;
    struct sg_cues builtin = {0};
    if (sg_lemma_init() != 0)
        return SG_ERR_LIBRARY;
    int err = cues ? SG_OK : sg_cues_builtin(&builtin);
    if (err)
        return err;
    cues = cues ? cues : &builtin;
    err = SG_ERR_NOMEM;
    for (size_t a = 0; a < actors->actor_count; a++)
        keep[a] = a < first;
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    size_t count = sentence_count == (size_t)-1
                       ? (size_t)-1
                       : sg_extract_mentions(text, length, actors, &mentions);
    if (count != (size_t)-1)
        lists = malloc((count ? count : 1) * sizeof *lists);
    if (sentence_count == (size_t)-1 || count == (size_t)-1 || !lists)
        goto out;
    size_t next = 0, list_count = 0;
    for (size_t s = 0; s < sentence_count; s++) {
        while (next < count && mentions[next].start < sentences[s].start)
            next++;
        read_sentence(text, cues, sentences[s], mentions, count, &next, keep, lists, &list_count);
    }
    spread_over_lists(text, mentions, count, lists, list_count, keep);
    err = SG_OK;
out:
    free(sentences);
    free(mentions);
    free(lists);
    sg_cues_destroy(&builtin);
    return err;
}

int sg_stance_actors_keep(const char *text, size_t length, const struct sg_cues *cues,
                          const struct sg_model *found, size_t first, struct sg_model *kept)
{
    int *keep = malloc((found->actor_count ? found->actor_count : 1) * sizeof *keep);
    if (!keep)
        return SG_ERR_NOMEM;
    int err = sg_stance_actors_mark(text, length, cues, found, first, keep);
    for (size_t a = 0; !err && a < found->actor_count; a++)
        if (keep[a])
            err = sg_model_copy_actor(kept, &found->actors[a]);
    free(keep);
    return err;
}
