/*
 * The sentence rewritten for the parser (parse_parts.h), piece by piece, each piece recording
 * the article bytes it stands for: mentions become placeholder names the dictionary knows (or
 * keep their own words), titles before a person, datelines, asides, weekdays and quotation marks
 * are left out, curly quotes, dashes and no-break spaces become ASCII, and words the parser
 * misreads are rewritten or parsed as stand-ins (parse_words.c).
 */
#include "extract/parse_parts.h"

#include "base/text.h"
#include "extract/discover_words.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Placeholders the English dictionary knows: given names for people, country names for the
 * other actors; each mention of a sentence gets the next of its kind. A group ("Democrats",
 * "green groups") keeps its own words, which are often a plural common noun. */
static const char *const people[] = {"John", "Mary", "Frank", "Susan", "Peter", "Alice"};

static const char *const others[] = {"France", "Germany", "Italy", "Spain", "Japan", "Canada"};

#define PLACEHOLDER_COUNT 6

void sg_parse_append(struct rewrite *r, const char *bytes, size_t length, size_t from,
                     size_t from_length, int copied, long mention)
{
    if (r->failed)
        return;
    if (r->length + length + 1 > r->capacity) {
        size_t capacity = 2 * (r->capacity + length) + 16;
        char *text = realloc(r->text, capacity);
        if (!text) {
            r->failed = 1;
            return;
        }
        r->text = text;
        r->capacity = capacity;
    }
    if (r->count == r->room) {
        size_t room = 2 * r->room + 8;
        struct piece *pieces = realloc(r->pieces, room * sizeof *pieces);
        if (!pieces) {
            r->failed = 1;
            return;
        }
        r->pieces = pieces;
        r->room = room;
    }
    r->pieces[r->count++] = (struct piece){r->length, from, from_length, copied, mention, 0};
    memcpy(r->text + r->length, bytes, length);
    r->length += length;
    r->text[r->length] = '\0';
}

/* The ASCII stand-in for the UTF-8 character at s (curly quotes, dashes, no-break space), with
 * its length in *length; NULL when it is copied as it is. */
static const char *ascii_for(const unsigned char *s, size_t left, size_t *length)
{
    if (left >= 2 && s[0] == 0xC2 && s[1] == 0xA0) {
        *length = 2;
        return " ";
    }
    if (left < 3 || s[0] != 0xE2 || s[1] != 0x80)
        return NULL;
    *length = 3;
    switch (s[2]) {
    case 0x9C:
    case 0x9D:
        return "\"";
    case 0x98:
    case 0x99:
        return "'";
    case 0x93:
        return "-";
    case 0x94:
        return " , "; /* an em dash sets off a phrase as commas do */
    default:
        return NULL;
    }
}

/* The end of a date or country after a dateline's place, from i inside its first word
 * ("VELMAR, March 4 (", "NORRBY, Freedonia ("): letters, digits, spaces and commas up to the
 * credit or the dash, at most 30 bytes; i itself when there is none. */
static size_t dateline_detail(const char *text, size_t i, struct sg_sentence sentence)
{
    size_t word = i;
    while (word > sentence.start && isalpha((unsigned char)text[word - 1]))
        word--;
    if (word < sentence.start + 2 || text[word - 1] != ' ' || text[word - 2] != ',')
        return i;
    size_t at = word;
    while (at < sentence.end && at - word < 30 &&
           (isalnum((unsigned char)text[at]) || strchr(" ,.", text[at])))
        at++;
    return at < sentence.end && (text[at] == '(' || text[at] == '-' || text[at] == '\xE2') ? at : i;
}

/* Where a news agency's credit in parentheses opens, when a date alone stands before it at the
 * sentence start ("July 1 (Reuters) –", "Nov. 2 (AP) —"): a month and a day, and one
 * capitalised word in the parentheses; SIZE_MAX when not. */
static size_t agency_ahead(const char *text, struct sg_sentence sentence)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                         "Aug", "Sep", "Oct", "Nov", "Dec", NULL};
    size_t i = sentence.start;
    int month = 0;
    for (const char *const *m = months; *m && !month; m++)
        month = sentence.end - i > 3 && strncmp(text + i, *m, 3) == 0;
    while (month && i < sentence.end && (isalpha((unsigned char)text[i]) || text[i] == '.'))
        i++;
    if (!month || i + 1 >= sentence.end || text[i] != ' ' || !isdigit((unsigned char)text[i + 1]))
        return SIZE_MAX;
    for (i++; i < sentence.end && isdigit((unsigned char)text[i]);)
        i++;
    if (i + 2 >= sentence.end || text[i] != ' ' || text[i + 1] != '(' ||
        !isupper((unsigned char)text[i + 2]))
        return SIZE_MAX;
    size_t close = i + 2;
    while (close < sentence.end && isalpha((unsigned char)text[close]))
        close++;
    return close < sentence.end && text[close] == ')' && close - i < 16 ? i + 1 : SIZE_MAX;
}

/* The length of a dash at i, before end: "-" (1), an en or em dash (3), or 0. */
static size_t dash_at(const char *text, size_t i, size_t end)
{
    if (i < end && text[i] == '-')
        return 1;
    return i + 3 <= end && strncmp(text + i, "\xE2\x80", 2) == 0 &&
                   ((unsigned char)text[i + 2] == 0x93 || (unsigned char)text[i + 2] == 0x94)
               ? 3
               : 0;
}

/* The length of a dateline opening the sentence ("BEIJING (Reuters) – ", "SAO PAULO — ",
 * "VELMAR, March 4 (Reuters) - "): capitals, spaces, commas and periods, an optional date or
 * country, an optional agency in parentheses, then a dash. */
static size_t dateline(const char *text, struct sg_sentence sentence)
{
    size_t i = sentence.start, capitals = 0;
    while (i < sentence.end && (isupper((unsigned char)text[i]) || strchr(" ,.", text[i])))
        capitals += isupper((unsigned char)text[i++]) != 0;
    if (capitals < 3)
        i = agency_ahead(text, sentence); /* "July 1 (Reuters) –": a date and a credit */
    else
        i = dateline_detail(text, i, sentence);
    if (i == SIZE_MAX)
        return 0;
    if (i < sentence.end && text[i] == '(') {
        const char *close = memchr(text + i, ')', sentence.end - i);
        if (!close || close - (text + i) > 30)
            return 0;
        i = (size_t)(close - text) + 1;
    }
    size_t before_dash = i;
    while (i < sentence.end && text[i] == ' ')
        i++;
    if (i == before_dash && (i == sentence.start || text[i - 1] != ' '))
        return 0; /* "NATO-led": a hyphen, not a dateline's dash */
    size_t dash = dash_at(text, i, sentence.end);
    if (!dash)
        return 0;
    i += dash;
    while (i < sentence.end && text[i] == ' ')
        i++;
    return i - sentence.start;
}

/* Whether mention m is joined by "and", "or" or a comma, maybe with a count, to the mention
 * after it, one of several words: a demonym coordinated with a state's agents ("Moldovan and
 * two Estonian diplomats"), which stands for the state as they do. */
static int coordinated_with_agents(const char *text, const struct sg_mention *m,
                                   const struct sg_mention *after)
{
    static const char *const joins[] = {" and ", ", and ", ", ", " or ", NULL};
    if (!after || after->start <= m->end ||
        !memchr(text + after->start, ' ', after->end - after->start))
        return 0;
    for (const char *const *j = joins; *j; j++) {
        size_t n = strlen(*j), i = m->end + n;
        if (i > after->start || strncmp(text + m->end, *j, n) != 0)
            continue;
        while (i < after->start && isalnum((unsigned char)text[i]))
            i++; /* a count: "two" */
        if (i == after->start || (i + 1 == after->start && text[i] == ' '))
            return 1;
    }
    return 0;
}

/* Whether a mention is a demonym or an abbreviation standing as a modifier ("an Egyptian
 * proposal", "U.S. officials"): one word, ending as demonyms do or holding a period, followed
 * by a lowercase word. It keeps its own text, which the dictionary reads as such. */
static int modifier(const char *text, const struct sg_mention *m, const struct sg_mention *after,
                    struct sg_sentence sentence)
{
    static const char *const endings[] = {"an", "ese", "ish", "i", "ch", NULL};
    size_t length = m->end - m->start;
    if (m->possessive || memchr(text + m->start, ' ', length) ||
        coordinated_with_agents(text, m, after))
        return 0;
    int demonym = memchr(text + m->start, '.', length) != NULL;
    for (const char *const *e = endings; *e && !demonym; e++) {
        size_t n = strlen(*e);
        demonym = length > n + 2 && strncmp(text + m->end - n, *e, n) == 0;
    }
    size_t next = m->end;
    return demonym && next + 1 < sentence.end && text[next] == ' ' &&
           islower((unsigned char)text[next + 1]);
}

/* Whether mention m is an acronym's plural: capitals and a final lowercase "s" ("DHBs"). */
static int plural_acronym(const char *text, const struct sg_mention *m)
{
    if (m->end - m->start < 3 || text[m->end - 1] != 's')
        return 0;
    for (size_t i = m->start; i + 1 < m->end; i++)
        if (!isupper((unsigned char)text[i]))
            return 0;
    return 1;
}

/* Whether mention m is written as a plural ("the Greens", "The Democrats", "DHBs"): a
 * placeholder country name would not agree with its verb ("have thrown"), nor take a plural's
 * bare apostrophe ("the DHBs' offer"). */
static int plural_name(const char *text, const struct sg_mention *m)
{
    return !m->possessive &&
           ((m->end - m->start > 5 && strncasecmp(text + m->start, "the ", 4) == 0 &&
             text[m->end - 1] == 's') ||
            plural_acronym(text, m));
}

/* The placeholder for mention m, or NULL when it keeps its own words. */
static const char *placeholder(const char *text, const struct sg_mention *m,
                               const struct sg_mention *after, const struct sg_model *lexicon,
                               struct sg_sentence sentence, size_t *people_used,
                               size_t *others_used)
{
    enum sg_actor_type type = lexicon->actors[m->actor].type;
    /* "Kellogg's meetings": a possessive pronoun, which the parser never takes for "is" */
    if (m->possessive)
        return type == SG_ACTOR_PERSON ? "his" : type == SG_ACTOR_GROUP ? "their" : "its";
    if (type == SG_ACTOR_GROUP || modifier(text, m, after, sentence) || plural_name(text, m))
        return NULL;
    if (type == SG_ACTOR_PERSON)
        return people[(*people_used)++ % PLACEHOLDER_COUNT];
    return others[(*others_used)++ % PLACEHOLDER_COUNT];
}

/* The length of the word at i that is in list, or 0. */
static size_t word_in_list(const char *text, size_t i, size_t end, const char *const *list)
{
    for (const char *const *d = list; *d; d++) {
        size_t n = strlen(*d);
        if (i + n < end && strncmp(text + i, *d, n) == 0 && !isalnum((unsigned char)text[i + n]))
            return n;
    }
    return 0;
}

/* The days of the week, and the parts of a day that may follow one ("Sunday night"). */
static const char *const days[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                   "Friday", "Saturday", "Sunday",    NULL};

static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};

/* The length of "on Sunday ", "on Tuesday night " or "on March 3 " at i, after a capitalised
 * word, any word (after_any, for the bolder rewriting: "rebel chief on Monday accused") or the
 * comma that closes an appositive: a time the parser cannot place between a subject and its verb
 * ("X on Sunday rejected ...", "X, the minister, on Tuesday accused ..."), left out of the
 * parse; also such a time ending the sentence ("A and B held talks on Monday.", which the
 * parser misreads); else 0. */
static size_t weekday_at(const char *text, size_t i, struct sg_sentence sentence, int after_any)
{
    static const char *const months[] = {"January",  "February", "March",  "April",     "May",
                                         "June",     "July",     "August", "September", "October",
                                         "November", "December", "Jan.",   "Feb.",      "Aug.",
                                         "Sept.",    "Sep.",     "Oct.",   "Nov.",      "Dec.",
                                         NULL}; /* "on Sept. 30": no sentence ends at its dot */
    if (i <= sentence.start + 1 || text[i - 1] != ' ' || sentence.end - i < 10 ||
        strncmp(text + i, "on ", 3) != 0)
        return 0;
    size_t w = i - 1; /* after a name ("Fain on Sunday"), not a verb ("said on Tuesday that") */
    while (w > sentence.start && text[w - 1] != ' ')
        w--;
    int after_name = after_any || isupper((unsigned char)text[w]) || text[i - 2] == ',';
    size_t at = i + 3, n = word_in_list(text, at, sentence.end, days);
    if (n) {
        at += n;
        if (text[at] == ' ' && (n = word_in_list(text, at + 1, sentence.end, parts)) != 0)
            at += 1 + n;
    } else if ((n = word_in_list(text, at, sentence.end, months)) != 0 && text[at + n] == ' ' &&
               isdigit((unsigned char)text[at + n + 1])) {
        at += n + 1;
        while (at < sentence.end && isdigit((unsigned char)text[at]))
            at++;
    } else {
        return 0;
    }
    if (at + 1 == sentence.end && text[at] == '.')
        return at - i; /* "held talks on Monday.": the parser reads the last words as a clause */
    return after_name && at < sentence.end && text[at] == ' ' ? at + 1 - i : 0;
}

/* The length of a bare weekday, maybe with a part of the day, and its space at i, right after a
 * mention that ends at end and before a lowercase word other than "and" or "or" ("met Wen
 * Jiabao Wednesday as he ...", "criticised X Monday morning for ...", American wire style; not
 * "met X Tuesday and Wednesday"): the parser runs the day into the name; left out of the parse.
 * Else 0. */
static size_t bare_weekday_at(const char *text, size_t i, struct sg_sentence sentence, size_t end)
{
    static const char *const joins[] = {"and", "or", NULL};
    if (end + 1 != i || text[end] != ' ')
        return 0;
    size_t n = word_in_list(text, i, sentence.end, days), at = i + n + 1, p;
    if (!n || text[i + n] != ' ')
        return 0;
    if ((p = word_in_list(text, at, sentence.end, parts)) != 0 && text[at + p] == ' ')
        at += p + 1;
    return at < sentence.end && islower((unsigned char)text[at]) &&
                   !word_in_list(text, at, sentence.end, joins)
               ? at - i
               : 0;
}

/* The length of a spaced dash at i (" - ", " – ", " — "): the dash's bytes, or 0. */
static size_t spaced_dash(const char *text, size_t i, size_t end)
{
    if (text[i] != ' ')
        return 0;
    size_t n = dash_at(text, i + 1, end);
    return n && i + n + 1 < end && text[i + n + 1] == ' ' ? n : 0;
}

/* The length of an aside set off by two spaced dashes at i ("the deal - which would have
 * meant a rise - dreadful"), from the space before the first dash to the second dash, when it
 * closes within 30 words; else 0. It is left out of the parse, which cannot place it (the
 * caller keeps the asides that name an actor). */
static size_t aside_at(const char *text, size_t i, struct sg_sentence sentence)
{
    size_t open = spaced_dash(text, i, sentence.end);
    if (!open)
        return 0;
    for (size_t j = i + open + 2, words = 0; j + 1 < sentence.end && words < 30; j++) {
        words += text[j] == ' ';
        size_t close = spaced_dash(text, j, sentence.end);
        if (close && strncmp(text + i + 1, text + j + 1, open) == 0)
            return j + 1 + close - i;
    }
    return 0;
}

/* Whether text[i, name) is a title set before a person's name: capitalised words, "of" or
 * "for" between them, the last a title ("Prime Minister ", "Foreign Secretary ", "Sylvanian
 * President "), the first no function word ("When", "The"). It is left out of the parse: the
 * name says who, and "Prime" opening a sentence reads as a verb. */
static int title_run(const char *text, size_t i, size_t name)
{
    size_t last = i, words = 0;
    if (name <= i + 1 || name - i > 60 || text[name - 1] != ' ')
        return 0;
    for (size_t at = i; at < name - 1;) {
        size_t end = at;
        while (end < name - 1 && text[end] != ' ')
            end++;
        if (end == at)
            return 0;
        int joiner =
            words > 0 && (strncmp(text + at, "of ", 3) == 0 || strncmp(text + at, "for ", 4) == 0);
        if (!joiner && !isupper((unsigned char)text[at]))
            return 0;
        for (size_t k = at; k < end; k++)
            if (!isalpha((unsigned char)text[k]) && !strchr(".-", text[k]))
                return 0;
        if (words++ == 0 && sg_text_word_listed(text + at, end - at, sg_discover_stops))
            return 0;
        last = at;
        at = end + 1;
    }
    return sg_text_word_listed(text + last, name - 1 - last, sg_discover_titles);
}

/* A mention that keeps its own words, text[from, to), without its full stops: the parser
 * takes the one of "U.S." before "dairy products" for the end of the sentence, and reads "US"
 * as the modifier it is. */
static void append_own_words(struct rewrite *r, const char *text, size_t from, size_t to,
                             long mention)
{
    char plain[64];
    size_t n = 0;
    for (size_t i = from; i < to && n + 1 < sizeof plain; i++)
        if (text[i] != '.')
            plain[n++] = text[i];
    if (to - from >= sizeof plain || n == to - from || n == 0)
        sg_parse_append(r, text + from, to - from, from, to - from, 0, mention);
    else
        sg_parse_append(r, plain, n, from, to - from, 0, mention);
}

/* Whether a second that-clause joined by a comma opens at i (", and that ...", also after a
 * closing quotation mark: "said A," and that B"): the parser, given the first clause with no
 * "that", reads neither well. sg_parse_simpler ends the sentence there. */
static int second_that_at(const char *text, size_t i, struct sg_sentence sentence)
{
    if (text[i] != ',')
        return 0;
    size_t j = i + 1;
    if (j < sentence.end && text[j] == '"')
        j++;
    else if (j + 3 <= sentence.end && strncmp(text + j, "\xE2\x80\x9D", 3) == 0)
        j += 3;
    return j + 10 < sentence.end && strncmp(text + j, " and that ", 10) == 0;
}

/* The length of an aside in round brackets at i, from the space before "(" to ")", when it
 * closes within 8 words and holds no other bracket ("the assessment (EIA) licence", "a fine
 * (US$4.5 million) for"); else 0. The parser leaves the brackets unlinked; the caller keeps an
 * aside that names an actor. */
static size_t bracketed_at(const char *text, size_t i, struct sg_sentence sentence)
{
    if (text[i] != ' ' || i + 1 >= sentence.end || text[i + 1] != '(')
        return 0;
    for (size_t j = i + 2, words = 0; j < sentence.end && words < 8; j++) {
        if (text[j] == '(' || text[j] == '[')
            return 0;
        if (text[j] == ')')
            return j + 1 - i;
        words += text[j] == ' ';
    }
    return 0;
}

/* The length of an editor's square bracket at i, set around a word put into a quotation
 * ("polarization [and] eroding"): the bracket alone is left out, its word kept; else 0. */
static size_t editorial_bracket_at(const char *text, size_t i, struct sg_sentence sentence)
{
    if (text[i] == '[')
        return i + 1 < sentence.end && isalpha((unsigned char)text[i + 1]) ? 1 : 0;
    if (text[i] == ']')
        return i > sentence.start && isalpha((unsigned char)text[i - 1]) ? 1 : 0;
    return 0;
}

/* The length of an editor's aside in square brackets at i, "[" to "]", right after the mention
 * that ends at mention_end ("Alice [the chief] had criticised"): a description of the name, not
 * a word put into a quotation, left out whole; else 0. */
static size_t bracket_after_name(const char *text, size_t i, struct sg_sentence sentence,
                                 size_t mention_end)
{
    if (text[i] != '[' || mention_end == SIZE_MAX || i != mention_end + 1 ||
        text[mention_end] != ' ')
        return 0;
    for (size_t j = i + 1; j < sentence.end; j++) {
        if (text[j] == '[' || text[j] == '(')
            return 0;
        if (text[j] == ']')
            return j + 1 - i;
    }
    return 0;
}

/* The bytes at i left out of the parse: an aside between dashes ("branded the deal - which
 * ... - dreadful"), a short aside in brackets, an editor's square bracket, a time the parser cannot
 * place, a bare weekday after the mention that ends at mention_end; 0 when none. */
static size_t left_out_at(struct rewrite *r, const char *text, size_t i,
                          struct sg_sentence sentence, size_t mention_end)
{
    size_t length = aside_at(text, i, sentence);
    if (!length && r->simpler && (length = bracketed_at(text, i, sentence)) != 0)
        r->simplified = 1; /* the first parse keeps them: leaving them out there misleads as
                              often as it helps */
    if (!length)
        length = bracket_after_name(text, i, sentence, mention_end);
    if (!length)
        length = editorial_bracket_at(text, i, sentence);
    if (!length)
        length = weekday_at(text, i, sentence, 0);
    if (!length && r->simpler && (length = weekday_at(text, i, sentence, 1)) != 0)
        r->simplified = 1; /* after any word: "NATO foreign ministers on Wednesday welcomed",
                              "South Sudan's rebel chief on Monday accused" */
    if (!length && mention_end != SIZE_MAX)
        length = bare_weekday_at(text, i, sentence, mention_end);
    return length;
}

/* The length of a "the " at i right before mention next when that is possessive ("the EU's
 * decision"): left out, as the pronoun standing for the name and its "'s" takes no article ("the
 * its decision" leaves "the" unlinked); else 0. */
static size_t article_before_possessive(const char *text, size_t i, size_t from,
                                        const struct sg_mention *next)
{
    if (!next || !next->possessive || next->start != i + 4 || strncasecmp(text + i, "the ", 4) != 0)
        return 0;
    return i == from || !isalnum((unsigned char)text[i - 1]) ? 4 : 0;
}

/* Whether the curly single quotation mark at i (length bytes, its ASCII stand-in ascii) is one
 * the parser should not see: an opening one, or the closing one after it before a non-letter
 * ("the 'anti-palm oil campaign', Malaysia"), not an apostrophe ("Australia's"). Tracks the
 * open quotation in r. */
static int single_quote_left_out(struct rewrite *r, const char *text, size_t i, size_t length,
                                 const char *ascii, struct sg_sentence sentence)
{
    if (!ascii || *ascii != '\'' || length != 3)
        return 0;
    if ((unsigned char)text[i + 2] == 0x98) {
        r->single_open = 1;
        return 1;
    }
    if (!r->single_open || (i + 3 < sentence.end && isalnum((unsigned char)text[i + 3])))
        return 0;
    r->single_open = 0;
    return 1;
}

/* Whether the comma at i closes an apposition that mention m holds whole ("Canada's Prime
 * Minister, Justin Trudeau, described": an alias with a comma), before a lowercase word: left
 * out, the parser sees a subject and its verb. Not before a word that opens an apposition, a
 * relative clause or an aside of the name's own ("Frank, a critic of Bob,", "Frank, who ...",
 * "Frank, however, ..."), which the comma keeps apart. */
static int closing_comma(const char *text, const struct sg_mention *m, size_t i,
                         struct sg_sentence sentence)
{
    static const char *const openers[] = {
        "a",      "an",  "the",  "who", "whom",    "whose",   "which",  "that", "and",
        "or",     "but", "nor",  "his", "her",     "its",     "their",  "one",  "however",
        "though", "too", "also", "now", "himself", "herself", "itself", "then", NULL};
    if (!(i + 2 < sentence.end && text[i] == ',' && text[i + 1] == ' ' &&
          islower((unsigned char)text[i + 2]) && memchr(text + m->start, ',', m->end - m->start)))
        return 0;
    size_t end = i + 2;
    while (end < sentence.end && isalpha((unsigned char)text[end]))
        end++;
    return !sg_text_word_listed(text + i + 2, end - i - 2, openers);
}

/* Writes the sentence as the parser is to read it: each mention as its placeholder, titles
 * before a person left out, and the rewrites and leavings-out above, each piece mapped back to
 * the text. */
void sg_parse_rewrite_sentence(struct rewrite *r, const char *text, struct sg_sentence sentence,
                               const struct sg_mention *mentions, size_t mention_count,
                               const struct sg_model *lexicon)
{
    size_t m = 0, people_used = 0, others_used = 0;
    size_t from = sentence.start + dateline(text, sentence);
    while (m < mention_count && mentions[m].start < from) /* a dateline's "BEIJING" too */
        m++;
    size_t named = SIZE_MAX; /* the mention whose placeholder name holds */
    const char *name = NULL;
    for (size_t i = from; i < sentence.end && !r->failed;) {
        const struct sg_mention *next = m < mention_count ? &mentions[m] : NULL;
        if (next && next->end > sentence.end)
            next = NULL;
        if (next && named != m) {
            const struct sg_mention *after = m + 1 < mention_count ? &mentions[m + 1] : NULL;
            name = placeholder(text, next, after, lexicon, sentence, &people_used, &others_used);
            named = m;
        }
        if (!next)
            name = NULL;
        if (next && next->start == i) {
            if (name && (long)m == r->nominative && !next->possessive)
                name = "he"; /* a subject the parser cannot take for an object */
            size_t end = next->end;
            if (next->possessive) /* the pronoun stands for the name and its "'s" */
                end += text[end] == '\'' ? 2 : 4;
            if (name)
                sg_parse_append(r, name, strlen(name), i, end - i, 0, (long)m);
            else
                append_own_words(r, text, i, next->end, (long)m);
            i = name ? end : next->end;
            m++;
            if (closing_comma(text, next, i, sentence))
                i++; /* "Canada's Prime Minister, Justin Trudeau, described" */
            continue;
        }
        if (name && article_before_possessive(text, i, from, next)) {
            i = next->start;
            continue;
        }
        if (next && (i == from || text[i - 1] == ' ') &&
            lexicon->actors[next->actor].type == SG_ACTOR_PERSON &&
            title_run(text, i, next->start)) {
            i = next->start;
            continue;
        }
        size_t length = i == from ? sg_parse_plural_opening(text, i, sentence) : 0;
        if (length && (!next || next->start >= i + length)) {
            char lower[32];
            for (size_t k = 0; k < length; k++)
                lower[k] = (char)tolower((unsigned char)text[i + k]);
            sg_parse_append(r, "The ", 4, i, 0, 0, -1);
            sg_parse_append(r, lower, length, i, length, 0, -1);
            i += length;
            continue;
        }
        if (r->simpler && second_that_at(text, i, sentence)) {
            sg_parse_append(r, ".", 1, i, 1, 0, -1); /* "said A, and that B": "said A." */
            r->simplified = 1;
            break;
        }
        length = sg_parse_rewrite_word(r, text, i, sentence, next);
        if (length) {
            i += length;
            continue;
        }
        length = left_out_at(r, text, i, sentence, m > 0 ? mentions[m - 1].end : SIZE_MAX);
        if (length && (!next || next->start >= i + length)) {
            i += length;
            continue;
        }
        length = 1;
        const char *ascii = ascii_for((const unsigned char *)text + i, sentence.end - i, &length);
        if (text[i] == '"' || (ascii && *ascii == '"') ||
            single_quote_left_out(r, text, i, length, ascii, sentence)) {
            /* quotation marks are left out: the parser takes '"unacceptable"' for an unknown
             * word; quotations are found in the text itself */
            i += length;
            continue;
        }
        if (ascii)
            sg_parse_append(r, ascii, strlen(ascii), i, length, 0, -1);
        else
            sg_parse_append(r, text + i, 1, i, 1, 1, -1);
        i += length;
    }
}
