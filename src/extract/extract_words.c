/*
 * The small questions the extraction files (extract_parts.h) ask of the words of a text: whether
 * a word stands at an offset as a whole word, ends just before it or occurs in a span; the word
 * before an offset, and the letters at one in lowercase; the first mention of a sentence after
 * an offset; whether a mention is the agent of a participle of mediating ("brokered by NATO");
 * and the word lists the files share (the pronouns of a subject, the participles of mediating).
 */
#include "extract/extract_parts.h"

#include "base/text.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* Whether word stands at offset at as a whole word (case aside), ending before length. */
int sg_extract_word_at(const char *text, size_t length, size_t at, const char *word)
{
    size_t n = strlen(word);
    if (at + n > length || strncasecmp(text + at, word, n) != 0)
        return 0;
    return !sg_text_word_before(text, at) && !sg_text_word_at(text, length, at + n);
}

/* Nonzero when one of words ends just before position at (skipping one space). */
int sg_extract_preceded_by(const char *text, size_t at, const char *const *words)
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
int sg_extract_contains_word(const char *text, size_t from, size_t to, const char *const *words)
{
    for (size_t i = from; i < to; i++)
        for (const char *const *w = words; *w; w++)
            if (sg_extract_word_at(text, to, i, *w))
                return 1;
    return 0;
}

const char *const sg_extract_subject_pronouns[] = {"he", "she", NULL};

/* The first mention in [first, count) that lies in sentence, from position from on. */
long sg_extract_first_after(const struct sg_mention *m, size_t count, const struct sg_sentence *s,
                            size_t from)
{
    for (size_t i = 0; i < count; i++)
        if (m[i].start >= from && m[i].start >= s->start && m[i].end <= s->end)
            return (long)i;
    return -1;
}

/* The count of letters from at (before end), and word: them in lowercase when they fit in size,
 * else "". */
size_t sg_extract_lowercase_word(const char *text, size_t at, size_t end, char *word, size_t size)
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

/* Participles of mediating, after a name joined by a hyphen ("NATO-brokered") or before "by"
 * and a name ("a deal brokered by NATO"). */
const char *const sg_extract_mediating[] = {"mediated", "brokered", "hosted", "facilitated", NULL};

/* The start of the mediating participle when the mention at "at" is its agent: "brokered by
 * NATO" right before it; else SIZE_MAX. */
size_t sg_extract_mediating_by(const char *text, size_t at)
{
    static const char *const by[] = {"by", NULL};
    if (!sg_extract_preceded_by(text, at, by))
        return SIZE_MAX;
    size_t before = at - 4; /* the space before "by" */
    for (const char *const *w = sg_extract_mediating; *w; w++) {
        size_t n = strlen(*w);
        if (before >= n && strncasecmp(text + before - n, *w, n) == 0 &&
            !sg_text_word_before(text, before - n))
            return before - n;
    }
    return SIZE_MAX;
}

/* The word that ends right before at, past spaces and not before from, lowercase in word;
 * returns its start, or SIZE_MAX when there is none or it does not fit. */
size_t sg_extract_word_before(const char *text, size_t from, size_t at, char *word, size_t size)
{
    while (at > from && text[at - 1] == ' ')
        at--;
    size_t start = at;
    while (start > from && isalpha((unsigned char)text[start - 1]))
        start--;
    if (start == at || sg_extract_lowercase_word(text, start, at, word, size) != at - start ||
        !word[0])
        return SIZE_MAX;
    return start;
}
