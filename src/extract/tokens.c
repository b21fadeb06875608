/*
 * Words of a text (tokens.h). A word is letters and digits, with inner hyphens, periods and
 * apostrophes ("al-Jaber", "U.S.", "O'Brien"); letters beyond ASCII count when they are not
 * punctuation (curly quotes and dashes are).
 */
#include "extract/tokens.h"

#include "extract/mentions.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The code point at text[at] (length bytes in *size); 0xFFFD for a malformed sequence. */
static unsigned long code_point(const char *text, size_t length, size_t at, size_t *size)
{
    unsigned char c = (unsigned char)text[at];
    size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (at + n > length)
        n = 1;
    *size = n;
    if (n == 1)
        return c < 0x80 ? c : 0xFFFD;
    unsigned long cp = c & (0x7F >> n);
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | ((unsigned char)text[at + i] & 0x3F);
    return cp;
}

static int is_letter(unsigned long cp)
{
    if (cp < 0x80)
        return isalnum((int)cp);
    return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x206F) &&
           cp != 0xFFFD;
}

static int is_upper(unsigned long cp)
{
    return cp < 0x80 ? isupper((int)cp) : (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

/* Where the word starting at text[at] ends. */
static size_t word_end(const char *text, size_t length, size_t at)
{
    size_t i = at, n;
    while (i < length) {
        unsigned long cp = code_point(text, length, i, &n);
        if (is_letter(cp)) {
            i += n;
            continue;
        }
        /* an inner joiner: "al-Jaber", "O'Brien", "U.S."; "&" between capitals ("T&G") */
        size_t m = 0;
        int joiner = cp == '-' || cp == '.' || cp == '\'' || cp == 0x2019 ||
                     (cp == '&' && i > at && isupper((unsigned char)text[i - 1]) &&
                      i + 1 < length && isupper((unsigned char)text[i + 1]));
        if (joiner && i + n < length && is_letter(code_point(text, length, i + n, &m)) &&
            !(cp != '-' && cp != '.' && (text[i + n] == 's' || text[i + n] == 'S') &&
              (i + n + 1 >= length || !is_letter(code_point(text, length, i + n + 1, &m))))) {
            i += n;
            continue;
        }
        break;
    }
    return i;
}

/* Nonzero when the word [from, to) is one of words, whatever its case. */
static int listed(const char *text, size_t from, size_t to, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (strlen(*w) == to - from && strncasecmp(text + from, *w, to - from) == 0)
            return 1;
    return 0;
}

/* Nonzero when the word [from, to) is a noun that takes a capital letter as its label ("Plan
 * B.", "Area C.", "Vitamin D.", "Article V."): no first name. */
static int labelled_noun(const char *text, size_t from, size_t to)
{
    static const char *const nouns[] = {
        "plan",     "area",   "zone",    "vitamin",  "hepatitis", "schedule", "type",  "class",
        "category", "group",  "section", "article",  "phase",     "stage",    "level", "tier",
        "grade",    "series", "option",  "model",    "block",     "wing",     "gate",  "terminal",
        "annex",    "part",   "league",  "division", "chapter",   "title",    NULL};
    return listed(text, from, to, nouns);
}

/* Nonzero when a capitalised word, or an initial after one, ends one space before offset start
 * ("George" before "W.", "Alban S." before "K."; not "posted on X.", nor "has no Plan B."). */
static int after_capitalised_word(const char *text, size_t start)
{
    if (start >= 4 && text[start - 1] == ' ' && text[start - 2] == '.' &&
        isupper((unsigned char)text[start - 3]) && text[start - 4] == ' ')
        return after_capitalised_word(text, start - 3);
    if (start < 3 || text[start - 1] != ' ' || !isalpha((unsigned char)text[start - 2]))
        return 0;
    size_t k = start - 2;
    while (k > 0 && isalpha((unsigned char)text[k - 1]))
        k--;
    return isupper((unsigned char)text[k]) != 0 && !labelled_noun(text, k, start - 1);
}

/* Abbreviations whose period belongs to them. */
static int abbreviation(const char *text, size_t start, size_t end)
{
    static const char *const words[] = {"mr",  "mrs", "ms",  "dr",   "gov",  "sen", "rep",
                                        "gen", "st",  "jr",  "co",   "corp", "inc", "ltd",
                                        "lt",  "col", "sgt", "capt", "prof", "no",  NULL};
    if (memchr(text + start, '.', end - start))
        return 1; /* "U.S" before its last period */
    if (end - start == 1 && isupper((unsigned char)text[start]) && text[start] != 'I' &&
        after_capitalised_word(text, start))
        return 1; /* a middle initial: "George W. Bush", "Alban S. K. Bagbin" */
    return listed(text, start, end, words);
}

static unsigned flags_of(const char *text, size_t length, size_t start, size_t end)
{
    size_t n;
    unsigned flags = 0, letters = 0, capitals = 0;
    const char *hyphen = memchr(text + start, '-', end - start);
    if (is_upper(code_point(text, length, start, &n)))
        flags |= SG_TOKEN_CAPITAL;
    else if (hyphen && hyphen - (text + start) <= 3 && (size_t)(hyphen - text) + 1 < end &&
             is_upper(code_point(text, length, (size_t)(hyphen - text) + 1, &n)))
        flags |= SG_TOKEN_CAPITAL; /* "al-Jaber", "el-Sisi" */
    for (size_t i = start; i < end; i += n) {
        unsigned long cp = code_point(text, length, i, &n);
        letters += is_letter(cp) && !(cp < 0x80 && isdigit((int)cp));
        capitals += is_upper(cp) != 0;
    }
    if (letters >= 2 && capitals == letters)
        flags |= SG_TOKEN_ACRONYM;
    return flags;
}

/* Nonzero when only spaces (or nothing), and no empty line, stand between from and to. */
static int only_space(const char *text, size_t from, size_t to)
{
    int lines = 0;
    for (size_t i = from; i < to; i++) {
        if (!isspace((unsigned char)text[i]))
            return 0;
        lines += text[i] == '\n';
    }
    return lines < 2; /* an empty line ends a paragraph, even after "Inc." */
}

/* Nonzero when text[from, to) holds an opening quotation mark or a colon: the next word starts
 * what someone says. */
static int opens_quote(const char *text, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (text[i] == '"' || text[i] == ':' ||
            (i + 3 <= to && strncmp(text + i, "\xE2\x80\x9C", 3) == 0))
            return 1;
    return 0;
}

/* Nonzero when the text from offset from to offset to ends a dateline before the first sentence
 * ("WASHINGTON — The", "CAIRO (AP) -- A"): a dash between spaces, after a word in capitals
 * (previous_flags) or a closing bracket. */
static int ends_dateline(const char *text, size_t from, size_t to, unsigned previous_flags)
{
    int dash = 0, bracket = 0;
    for (size_t i = from; i < to; i++) {
        dash |= (text[i] == '-' || (i + 3 <= to && (strncmp(text + i, "\xE2\x80\x94", 3) == 0 ||
                                                    strncmp(text + i, "\xE2\x80\x93", 3) == 0))) &&
                i > from && text[i - 1] == ' ';
        bracket |= text[i] == ')';
    }
    return dash && (bracket || (previous_flags & SG_TOKEN_ACRONYM)) && text[to - 1] == ' ';
}

static void mark_initial(struct sg_token *tokens, size_t count, const struct sg_sentence *s,
                         size_t sentence_count)
{
    size_t k = 0;
    for (size_t i = 0; i < count; i++) {
        while (k < sentence_count && s[k].end <= tokens[i].start)
            k++;
        if (k < sentence_count && (i == 0 || tokens[i - 1].start < s[k].start))
            tokens[i].flags |= SG_TOKEN_INITIAL;
    }
}

/* The length of the apostrophe that makes the plural word ending at end a possessive ("the
 * Nurses' Union", "farmers\xE2\x80\x99 unions"), or 0. */
static size_t plural_apostrophe(const char *text, size_t length, size_t end)
{
    size_t n = end < length && text[end] == '\''                                 ? 1
               : end + 2 < length && strncmp(text + end, "\xE2\x80\x99", 3) == 0 ? 3
                                                                                 : 0;
    if (n == 0 || end == 0 || (text[end - 1] != 's' && text[end - 1] != 'S'))
        return 0;
    return end + n == length || isspace((unsigned char)text[end + n]) ? n : 0;
}

size_t sg_tokens_split(const char *text, size_t length, struct sg_token **tokens)
{
    size_t count = 0, capacity = 64, n, previous_end = 0;
    struct sg_token *list = malloc(capacity * sizeof *list);
    struct sg_sentence *sentences = NULL;
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    if (!list || sentence_count == (size_t)-1) {
        free(list);
        if (sentence_count != (size_t)-1)
            free(sentences);
        return (size_t)-1;
    }
    for (size_t i = 0; i < length;) {
        if (!is_letter(code_point(text, length, i, &n))) {
            i += n;
            continue;
        }
        size_t end = word_end(text, length, i);
        if (end < length && text[end] == '.' && abbreviation(text, i, end))
            end++;
        unsigned flags = flags_of(text, length, i, end);
        if (count > 0 && !only_space(text, previous_end, i))
            flags |= SG_TOKEN_GAP;
        if (count > 0 && (opens_quote(text, previous_end, i) ||
                          ends_dateline(text, previous_end, i, list[count - 1].flags)))
            flags |= SG_TOKEN_INITIAL;
        size_t after = end;
        if (end + 1 < length && text[end] == '\'' && (text[end + 1] == 's' || text[end + 1] == 'S'))
            after = end + 2;
        else if (end + 3 < length && strncmp(text + end, "\xE2\x80\x99s", 4) == 0)
            after = end + 4;
        else
            after = end + plural_apostrophe(text, length, end); /* "Nurses' Union" */
        if (after != end && (after >= length || !isalnum((unsigned char)text[after])))
            flags |= SG_TOKEN_POSSESSIVE;
        else
            after = end;
        if (count == capacity) {
            struct sg_token *grown = realloc(list, 2 * capacity * sizeof *grown);
            if (!grown) {
                free(list);
                free(sentences);
                return (size_t)-1;
            }
            list = grown;
            capacity *= 2;
        }
        list[count++] = (struct sg_token){i, end, flags};
        previous_end = after;
        i = after;
    }
    mark_initial(list, count, sentences, sentence_count);
    free(sentences);
    *tokens = list;
    return count;
}

int sg_token_is(const char *text, const struct sg_token *token, const char *word)
{
    size_t n = token->end - token->start;
    return strlen(word) == n && strncasecmp(text + token->start, word, n) == 0;
}

int sg_token_in(const char *text, const struct sg_token *token, const char *const *words)
{
    for (const char *const *w = words; *w; w++)
        if (sg_token_is(text, token, *w))
            return 1;
    return 0;
}
