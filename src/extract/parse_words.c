/*
 * The words of a sentence the parser misreads (parse_parts.h), rewritten as it reads them:
 * stand-ins for adjectives and verbs its dictionary gives no complement ("sceptical of" parsed as
 * "critical of", "hit out at" as "lashed out at") and for compound adjectives it takes for verbs
 * ("heavy-handed" as "harsh"), each read back as written; a feeling
 * adjective given its "that"; "again-" prefixes; and a plural noun that opens the sentence given
 * "The".
 */
#include "extract/parse_parts.h"

#include "base/text.h"
#include "extract/lemma.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Whether the word before i in the sentence asks for a verb's bare form ("to", "will", "would",
 * "did", "didn't" ...): "will hit out at" is "will lash out at", not "will lashed". */
static int after_bare_form_word(const char *text, size_t i, struct sg_sentence sentence)
{
    static const char *const asking[] = {
        "to",    "will",    "would", "could",    "can",      "may",    "might",
        "must",  "should",  "shall", "do",       "does",     "did",    "didn't",
        "don't", "doesn't", "won't", "wouldn't", "couldn't", "cannot", NULL};
    size_t end = i;
    while (end > sentence.start && text[end - 1] == ' ')
        end--;
    size_t start = end;
    while (start > sentence.start &&
           (isalpha((unsigned char)text[start - 1]) || text[start - 1] == '\''))
        start--;
    return end > start && sg_text_word_listed(text + start, end - start, asking);
}

/* Adjectives of feeling that Link Grammar's English dictionary gives no "that" after. */
static const char *const lacking_that[] = {
    "angry", "furious",     "outraged",     "appalled",    "livid",     "frustrated", "incensed",
    "irate", "exasperated", "dissatisfied", "disgruntled", "indignant", "displeased", NULL};

/* Adjectives that Link Grammar's English dictionary gives no complement they take in news:
 * "of" ("sceptical of X" leaves the adjective unlinked), parsed as "critical", which takes
 * one; "that" ("angry that X had ..."), parsed as "disappointed"; and "hit out at" and "hit back
 * at", which it does not know, parsed as "lashed out at" and "lashed back at" (with "lash" after
 * "to", "will" ...). Each is
 * read back as written.
 * Returns the length of such a word at i, or 0, and sets *as to the word parsed. */
static size_t stand_in_at(const char *text, size_t i, struct sg_sentence sentence, const char **as)
{
    static const char *const lacking_of[] = {"sceptical",   "dismissive", "scathing",
                                             "wary",        "supportive", "distrustful",
                                             "mistrustful", "respectful", NULL};
    static const char *const hit[] = {"hit", NULL}, *const hits[] = {"hits", NULL},
                             *const hitting[] = {"hitting", NULL};
    static const struct {
        const char *const *words, *after, *as;
    } kinds[] = {{lacking_of, " of ", "critical"}, {lacking_that, " that ", "disappointed"},
                 {hit, " out at ", "lashed"},      {hits, " out at ", "lashes"},
                 {hitting, " out at ", "lashing"}, {hit, " back at ", "lashed"},
                 {hits, " back at ", "lashes"},    {hitting, " back at ", "lashing"},
                 {hit, " back,", "lashed"},        {hits, " back,", "lashes"},
                 {hitting, " back,", "lashing"},   {hit, " out,", "lashed"},
                 {hits, " out,", "lashes"},        {hitting, " out,", "lashing"}};
    if (i > sentence.start && isalpha((unsigned char)text[i - 1]))
        return 0;
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        for (const char *const *w = kinds[k].words; *w; w++) {
            size_t n = strlen(*w), after = strlen(kinds[k].after);
            if (i + n + after <= sentence.end && strncasecmp(text + i, *w, n) == 0 &&
                strncmp(text + i + n, kinds[k].after, after) == 0) {
                *as = kinds[k].words == hit && after_bare_form_word(text, i, sentence)
                          ? "lash"
                          : kinds[k].as;
                return n;
            }
        }
    return 0;
}

/* The length of "due" at i after a form of "be" and before "to" and a verb's base form ("is due
 * to meet X", "was due to travel"), which the parser reads as "due to" (because of), leaving
 * the verb unlinked: parsed as "set" (*as), a time to come. Else 0. */
static size_t due_stand_in_at(const char *text, size_t i, struct sg_sentence sentence,
                              const char **as)
{
    static const char *const be[] = {"is ", "was ", "are ", "were ", "be ", "been ", NULL};
    if (i + 8 > sentence.end || strncmp(text + i, "due to ", 7) != 0 ||
        (i > sentence.start && isalpha((unsigned char)text[i - 1])))
        return 0;
    int after_be = 0;
    for (const char *const *b = be; *b && !after_be; b++) {
        size_t n = strlen(*b);
        after_be = i >= sentence.start + n && strncmp(text + i - n, *b, n) == 0 &&
                   (i == sentence.start + n || !isalpha((unsigned char)text[i - n - 1]));
    }
    char word[32], lemma[32];
    size_t from = i + 7, n = 0;
    while (from + n < sentence.end && n + 1 < sizeof word && islower((unsigned char)text[from + n]))
        word[n] = text[from + n], n++;
    word[n] = '\0';
    if (!after_be || n == 0 || sg_lemma(word, 'v', lemma, sizeof lemma) != 0 ||
        strcmp(lemma, word) != 0)
        return 0;
    *as = "set";
    return 3;
}

/* Whether " as " follows text[from] within the sentence's next 30 words, past an aside ("labelled
 * the strike by X as bizarre"). */
static int as_follows(const char *text, size_t from, struct sg_sentence sentence)
{
    for (size_t j = from, words = 0; j + 4 <= sentence.end && words < 30; j++) {
        words += text[j] == ' ';
        if (strncmp(text + j, " as ", 4) == 0)
            return 1;
    }
    return 0;
}

/* Naming verbs that Link Grammar's English dictionary gives no frame of naming ("labelled
 * X's plan as ridiculous", "branded X's plan ridiculous" leave words unlinked): parsed as
 * "described" before an "as" that follows, else as "called" before a determiner, a pronoun
 * or a capitalised word ("the branded goods" stays). Each is read back as written. Returns the
 * length of such a word at i, or 0, and sets *as to the word parsed. */
static size_t naming_stand_in_at(const char *text, size_t i, struct sg_sentence sentence,
                                 const char **as)
{
    static const char *const naming[] = {"labelled", "labeled", "branded", NULL};
    static const char *const next_words[] = {"the",   "a",     "an",   "his",  "her",
                                             "its",   "their", "this", "that", "these",
                                             "those", "it",    "him",  "them", NULL};
    if (i > sentence.start && isalpha((unsigned char)text[i - 1]))
        return 0;
    for (const char *const *w = naming; *w; w++) {
        size_t n = strlen(*w), next = i + n + 1, end = next;
        if (next >= sentence.end || strncasecmp(text + i, *w, n) != 0 || text[i + n] != ' ')
            continue;
        if (as_follows(text, i + n, sentence)) {
            *as = "described";
            return n;
        }
        while (end < sentence.end && isalpha((unsigned char)text[end]))
            end++;
        if (isupper((unsigned char)text[next]) || text[next] == '"' ||
            sg_text_word_listed(text + next, end - next, next_words)) {
            *as = "called";
            return n;
        }
    }
    return 0;
}

/* A word with the prefix "re-" of doing again ("re-approval", "re-imposed"), which Link
 * Grammar's dictionary lacks and guesses at (an adjective): parsed without the prefix and read
 * back as written. Returns the word's length at i, or 0. */
static size_t again_prefixed_at(const char *text, size_t i, struct sg_sentence sentence)
{
    if ((i > sentence.start && isalpha((unsigned char)text[i - 1])) || i + 6 > sentence.end ||
        strncasecmp(text + i, "re-", 3) != 0)
        return 0;
    size_t end = i + 3;
    while (end < sentence.end && islower((unsigned char)text[end]))
        end++;
    if (end - i < 6 ||
        (end < sentence.end && (isalnum((unsigned char)text[end]) || text[end] == '-')))
        return 0;
    return end - i;
}

/* Whether " as " and an adjective that ends its clause follow text[from] within the next 12
 * words ("slammed the move as irresponsible.", "criticised the tariffs as irrational and
 * said"); not "as well as", "as soon as" and the like. */
static int as_adjective_follows(const char *text, size_t from, struct sg_sentence sentence)
{
    static const char *const not_so[] = {"well", "soon",  "long",     "far",   "much", "many",
                                         "good", "early", "late",     "usual", "such", "little",
                                         "few",  "same",  "possible", "part",  NULL};
    static const char *const ends[] = {"and", "but", "while", "because", NULL};
    for (size_t j = from, words = 0; j + 4 < sentence.end && words < 12; j++) {
        if (strchr(".;:\"", text[j]))
            return 0;
        words += text[j] == ' ';
        if (strncmp(text + j, " as ", 4) != 0)
            continue;
        size_t a = j + 4, e = a;
        char word[32];
        while (e < sentence.end && islower((unsigned char)text[e]) && e - a < sizeof word - 1)
            e++;
        if (e == a || e - a >= sizeof word - 1)
            return 0;
        memcpy(word, text + a, e - a);
        word[e - a] = '\0';
        if (!sg_lemma_is(word, 'a') || sg_text_word_listed(text + a, e - a, not_so))
            return 0;
        size_t n = e + 1;
        while (n < sentence.end && isalpha((unsigned char)text[n]))
            n++;
        return e >= sentence.end || strchr(",.;!", text[e]) ||
               (text[e] == ' ' && sg_text_word_listed(text + e + 1, n - e - 1, ends));
    }
    return 0;
}

/* Verbs of judging that Link Grammar's English dictionary gives no "as" and an adjective
 * ("slammed the move as irresponsible" leaves words unlinked and names nobody): parsed as
 * "described", read back as written. Returns the length of such a word at i, or 0. */
static size_t judging_stand_in_at(const char *text, size_t i, struct sg_sentence sentence,
                                  const char **as)
{
    static const char *const judging[] = {
        "slam",    "criticise", "criticize", "condemn",   "denounce", "blast",
        "dismiss", "reject",    "attack",    "decry",     "lambast",  "lambaste",
        "deride",  "ridicule",  "assail",    "castigate", "praise",   "hail",
        "welcome", "applaud",   "commend",   "laud",      NULL};
    char word[32], lemma[48];
    size_t end = i;
    if (i > sentence.start && isalpha((unsigned char)text[i - 1]))
        return 0;
    while (end < sentence.end && islower((unsigned char)text[end]) && end - i < sizeof word - 1)
        end++;
    if (end == i || end - i >= sizeof word - 1 || end >= sentence.end || text[end] != ' ')
        return 0;
    memcpy(word, text + i, end - i);
    word[end - i] = '\0';
    if (sg_lemma(word, 'v', lemma, sizeof lemma) != 0 ||
        !sg_text_word_listed(lemma, strlen(lemma), judging) ||
        !as_adjective_follows(text, end, sentence))
        return 0;
    *as = "described";
    return end - i;
}

/* A compound adjective of an adjective or adverb, a hyphen and a word in "-ed" ("heavy-handed",
 * "ill-conceived", "one-sided", "long-awaited"), which the dictionary lacks and guesses to be a
 * verb, so that "X's unnecessary and heavy-handed blackout" joins two nouns and names no owner:
 * parsed as "harsh", read back as written. Returns the length of such a word at i, or 0. */
static size_t compound_stand_in_at(const char *text, size_t i, struct sg_sentence sentence,
                                   const char **as)
{
    static const char *const firsts[] = {"heavy", "high", "ill",    "short", "narrow", "one",
                                         "half",  "cold", "hard",   "long",  "well",   "wrong",
                                         "even",  "like", "strong", "weak",  "open",   "close",
                                         "low",   "bad",  "big",    "small", "simple", NULL};
    if (i > sentence.start && (isalpha((unsigned char)text[i - 1]) || text[i - 1] == '-'))
        return 0;
    size_t hyphen = i;
    while (hyphen < sentence.end && islower((unsigned char)text[hyphen]))
        hyphen++;
    if (hyphen == i || hyphen >= sentence.end || text[hyphen] != '-' ||
        !sg_text_word_listed(text + i, hyphen - i, firsts))
        return 0;
    size_t end = hyphen + 1;
    while (end < sentence.end && islower((unsigned char)text[end]))
        end++;
    if (end - hyphen < 5 || text[end - 2] != 'e' || text[end - 1] != 'd')
        return 0;
    size_t next = end; /* before a noun only ("heavy-handed” blackout"): said of someone
                          ("calling it short-sighted") it is a judgement the parse keeps */
    while (next < sentence.end && (text[next] == '"' || text[next] == '\''))
        next++;
    while (next + 2 < sentence.end && (unsigned char)text[next] == 0xE2 &&
           (unsigned char)text[next + 1] == 0x80 &&
           ((unsigned char)text[next + 2] == 0x9D || (unsigned char)text[next + 2] == 0x99))
        next += 3;
    if (next + 1 >= sentence.end || text[next] != ' ' || !islower((unsigned char)text[next + 1]))
        return 0;
    /* a verb's object after it is no noun: "strong-armed the party", "short-changed them" */
    static const char *const objects[] = {"the",   "a",   "an",   "his",   "her",   "its",
                                          "their", "our", "this", "these", "those", "him",
                                          "them",  "us",  "it",   NULL};
    size_t after = next + 1;
    while (after < sentence.end && islower((unsigned char)text[after]))
        after++;
    if (sg_text_word_listed(text + next + 1, after - next - 1, objects))
        return 0;
    *as = "harsh";
    return end - i;
}

/* The start of the word of letters that ends at end, not before from, or SIZE_MAX when none
 * does. */
static size_t word_ending(const char *text, size_t from, size_t end)
{
    size_t start = end;
    while (start > from && isalpha((unsigned char)text[start - 1]))
        start--;
    return start < end ? start : SIZE_MAX;
}

/* The length of an adjective of feeling at i that a clause with no "that" follows ("was very
 * disappointed Bob had rejected the offer", "is furious they have ..."), or 0: the adjective
 * after a form of "be", of "feel" or an adverb of degree, then a name (next, not a possessive)
 * or a subject pronoun, then an auxiliary or a past form. The parser links no clause to the
 * adjective without "that", which is parsed after it. */
static size_t feeling_before_clause(const char *text, size_t i, struct sg_sentence sentence,
                                    const struct sg_mention *next)
{
    static const char *const feelings[] = {
        "angry",       "frustrated",   "furious",    "dismayed",    "outraged",
        "appalled",    "disappointed", "unhappy",    "displeased",  "livid",
        "incensed",    "angered",      "infuriated", "enraged",     "irked",
        "upset",       "annoyed",      "irritated",  "exasperated", "dissatisfied",
        "disgruntled", "delighted",    "pleased",    "irate",       "indignant",
        NULL};
    static const char *const before[] = {
        "is",       "was",     "are",          "were",       "be",     "been",
        "being",    "feel",    "feels",        "felt",       "seemed", "seems",
        "very",     "deeply",  "extremely",    "so",         "really", "clearly",
        "bitterly", "visibly", "particularly", "profoundly", NULL};
    static const char *const pronouns[] = {"he", "she", "they", "it", "we", NULL};
    static const char *const verbs[] = {"had",   "has",   "have", "was",    "were",   "is",
                                        "are",   "would", "will", "could",  "should", "did",
                                        "might", "may",   "can",  "cannot", NULL};
    size_t end = i, prior = i >= sentence.start + 2 && text[i - 1] == ' '
                                ? word_ending(text, sentence.start, i - 1)
                                : SIZE_MAX;
    while (end < sentence.end && islower((unsigned char)text[end]))
        end++;
    if (prior == SIZE_MAX || !sg_text_word_listed(text + prior, i - 1 - prior, before) ||
        !sg_text_word_listed(text + i, end - i, feelings) || end + 1 >= sentence.end ||
        text[end] != ' ')
        return 0;
    size_t subject = end + 1, stop = subject;
    if (next && next->start == subject && !next->possessive)
        stop = next->end;
    else
        while (stop < sentence.end && islower((unsigned char)text[stop]))
            stop++;
    if (stop == subject || (!(next && next->start == subject) &&
                            !sg_text_word_listed(text + subject, stop - subject, pronouns)))
        return 0;
    if (stop + 1 >= sentence.end || text[stop] != ' ')
        return 0;
    size_t verb = stop + 1, last = verb;
    while (last < sentence.end && islower((unsigned char)text[last]))
        last++;
    return last > verb && (sg_text_word_listed(text + verb, last - verb, verbs) ||
                           (last - verb > 3 && strncmp(text + last - 2, "ed", 2) == 0))
               ? end - i
               : 0;
}

/* The length of a plural noun that opens the sentence before a preposition ("Talks between A
 * and B resumed", "Protests against X spread"), which the parser reads as a verb in the
 * imperative; 0 when there is none. It is parsed as "The talks". */
size_t sg_parse_plural_opening(const char *text, size_t i, struct sg_sentence sentence)
{
    static const char *const prepositions[] = {"between", "with",  "on",     "over",    "in",
                                               "about",   "to",    "for",    "from",    "of",
                                               "at",      "among", "across", "against", NULL};
    char word[32];
    size_t n = 0;
    while (i + n < sentence.end && isalpha((unsigned char)text[i + n]) && n + 1 < sizeof word) {
        word[n] = (char)tolower((unsigned char)text[i + n]);
        n++;
    }
    word[n] = '\0';
    if (n < 4 || !isupper((unsigned char)text[i]) || word[n - 1] != 's' ||
        i + n + 1 >= sentence.end || text[i + n] != ' ' || sg_lemma_init() != 0 ||
        !sg_lemma_is(word, 'n'))
        return 0;
    size_t next = i + n + 1, end = next;
    while (end < sentence.end && islower((unsigned char)text[end]))
        end++;
    for (const char *const *p = prepositions; *p; p++)
        if (strlen(*p) == end - next && strncmp(text + next, *p, end - next) == 0)
            return n;
    return 0;
}

/* The rewrites of a word at i that the parser reads better in another form: a feeling
 * adjective given its "that", stand-ins (read back as written), "again-" prefixes. Appends the
 * new form and returns the bytes it stands for, or 0. */
size_t sg_parse_rewrite_word(struct rewrite *r, const char *text, size_t i,
                             struct sg_sentence sentence, const struct sg_mention *next)
{
    const char *as = NULL;
    size_t length = feeling_before_clause(text, i, sentence, next);
    if (length) { /* "disappointed Bob had": "disappointed that Bob had", an adjective the
                     parser takes no "that" after parsed as "disappointed" */
        int stand_in = sg_text_word_listed(text + i, length, lacking_that);
        const char *word = stand_in ? "disappointed" : text + i;
        sg_parse_append(r, word, stand_in ? strlen(word) : length, i, length, !stand_in, -1);
        if (!r->failed)
            r->pieces[r->count - 1].stand_in = stand_in;
        sg_parse_append(r, " that", 5, i + length, 0, 0, -1);
        return length;
    }
    length = stand_in_at(text, i, sentence, &as);
    if (!length)
        length = naming_stand_in_at(text, i, sentence, &as);
    if (!length)
        length = judging_stand_in_at(text, i, sentence, &as);
    if (!length)
        length = due_stand_in_at(text, i, sentence, &as);
    if (!length)
        length = compound_stand_in_at(text, i, sentence, &as);
    if (length) {
        sg_parse_append(r, as, strlen(as), i, length, 0, -1);
        if (!r->failed)
            r->pieces[r->count - 1].stand_in = 1;
        return length;
    }
    length = again_prefixed_at(text, i, sentence);
    if (length && (!next || next->start >= i + length)) {
        sg_parse_append(r, text + i + 3, length - 3, i, length, 0, -1);
        if (!r->failed)
            r->pieces[r->count - 1].stand_in = 1;
        return length;
    }
    return 0;
}
