/*
 * Sentences and mentions (mentions.h): sentence ends at stops, quotes and line ends, with
 * abbreviations skipped; mentions matched longest first at word boundaries, then surnames and
 * titles resolved against who the text has named, and modifiers dropped.
 */
#include "extract/mentions.h"

#include "base/text.h"
#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/places.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- sentences ---- */

static const char *const abbreviations[] = {"Mr",  "Mrs", "Ms", "Dr",   "St", "Gen", "Sen", "Rep",
                                            "Gov", "Jr",  "Sr", "Prof", "vs", "No",  NULL};

static int is_abbreviation(const char *text, size_t dot)
{
    size_t start = dot;
    while (start > 0 && isalpha((unsigned char)text[start - 1]))
        start--;
    size_t length = dot - start;
    /* "U.S.", "e.g.": a single letter before the dot, itself after a dot or a space. */
    if (length == 1 && (start == 0 || text[start - 1] == '.' || text[start - 1] == ' '))
        return 1;
    for (const char *const *a = abbreviations; *a; a++)
        if (strlen(*a) == length && strncmp(text + start, *a, length) == 0)
            return 1;
    return 0;
}

/* Whether the dot at text[dot] closes a month's abbreviation before a day ("on Nov. 2 also
 * said", "Sept. 27"): no sentence ends there; next is the first offset after the spaces. */
static int month_date(const char *text, size_t length, size_t dot, size_t next)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr",  "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Sept", "Dec", NULL};
    size_t start = dot;
    while (start > 0 && isalpha((unsigned char)text[start - 1]))
        start--;
    if (next >= length || !isdigit((unsigned char)text[next]))
        return 0;
    for (const char *const *m = months; *m; m++)
        if (strlen(*m) == dot - start && strncmp(text + start, *m, dot - start) == 0)
            return 1;
    return 0;
}

/* Whether the dot at text[dot] closes an ellipsis ("...") inside a quotation still open on its
 * line: words left out of a quotation, which goes on ("“I am outraged by this step ... I
 * condemn it,” said X"). */
static int quoted_ellipsis(const char *text, size_t dot)
{
    if (dot < 2 || text[dot - 1] != '.' || text[dot - 2] != '.')
        return 0;
    int straight = 0, open = 0;
    for (size_t i = dot; i > 0 && text[i - 1] != '\n'; i--) {
        const unsigned char *c = (const unsigned char *)text + i - 1;
        if (*c == '"')
            straight++;
        else if (i >= 3 && c[-2] == 0xE2 && c[-1] == 0x80 && c[0] == 0x9C)
            open++;
        else if (i >= 3 && c[-2] == 0xE2 && c[-1] == 0x80 && c[0] == 0x9D)
            open--;
    }
    return straight % 2 == 1 || open > 0;
}

/* Length of a closing quote at text[i] (", ', ” or ’), else 0. */
static size_t closing_quote(const char *text, size_t length, size_t i)
{
    if (i < length && (text[i] == '"' || text[i] == '\''))
        return 1;
    if (i + 2 < length && (unsigned char)text[i] == 0xE2 && (unsigned char)text[i + 1] == 0x80 &&
        ((unsigned char)text[i + 2] == 0x9D || (unsigned char)text[i + 2] == 0x99))
        return 3;
    return 0;
}

size_t sg_extract_sentences(const char *text, size_t length, struct sg_sentence **sentences)
{
    size_t count = 0, capacity = 16, start = 0;
    struct sg_sentence *list = malloc(capacity * sizeof *list);
    if (!list)
        return (size_t)-1;
    for (size_t i = 0; i <= length; i++) {
        size_t end = 0;
        if (i == length || text[i] == '\n') {
            end = i;
        } else if (text[i] == '.' || text[i] == '!' || text[i] == '?') {
            size_t after = i + 1, q;
            while ((q = closing_quote(text, length, after)) > 0)
                after += q;
            size_t next = after;
            while (next < length && text[next] == ' ')
                next++;
            /* "“Is it?” she asked." goes on: a lowercase word continues the sentence. */
            int continues = next < length && islower((unsigned char)text[next]);
            if ((after == length || isspace((unsigned char)text[after])) && !continues &&
                !(text[i] == '.' &&
                  (is_abbreviation(text, i) || month_date(text, length, i, next) ||
                   quoted_ellipsis(text, i))))
                end = after;
        }
        if (!end && i != length)
            continue;
        while (start < end && isspace((unsigned char)text[start]))
            start++;
        if (end > start) {
            if (count == capacity) {
                capacity *= 2;
                struct sg_sentence *grown = realloc(list, capacity * sizeof *grown);
                if (!grown) {
                    free(list);
                    return (size_t)-1;
                }
                list = grown;
            }
            list[count++] = (struct sg_sentence){start, end};
        }
        start = end;
        if (end > i)
            i = end - 1;
    }
    *sentences = list;
    return count;
}

/* ---- mentions ---- */

struct surface {
    const char *text;
    size_t length, actor;
    enum sg_mention_kind kind;
};

/* Nonzero when alias is a person's surname alone: one word, the last of the name. */
static int bare_surname(const struct sg_actor *actor, const char *alias)
{
    const char *last = strrchr(actor->name, ' ');
    return actor->type == SG_ACTOR_PERSON && !strchr(alias, ' ') && last &&
           strcmp(last + 1, alias) == 0;
}

/* Nonzero when alias is a title: "the" and lowercase words ("the president"; not "the
 * Kremlin", which is a name). */
static int is_title(const char *alias)
{
    if (strncmp(alias, "the ", 4) != 0 || alias[4] == '\0')
        return 0;
    for (const char *c = alias; *c; c++)
        if (isupper((unsigned char)*c))
            return 0;
    return 1;
}

static enum sg_mention_kind alias_kind(const struct sg_actor *actor, const char *alias)
{
    if (is_title(alias))
        return SG_MENTION_TITLE;
    return bare_surname(actor, alias) ? SG_MENTION_SURNAME : SG_MENTION_NAME;
}

/* The next place at or after from where surface f is written. Titles match in any case ("The
 * president", "the President"); a name's leading "the" also as "The", which opens a sentence
 * ("The Greens said"). */
static const char *next_hit(const char *from, const struct surface *f)
{
    if (f->kind == SG_MENTION_TITLE)
        return strcasestr(from, f->text);
    if (strncmp(f->text, "the ", 4) != 0)
        return strstr(from, f->text);
    for (const char *hit = from; (hit = strstr(hit, f->text + 1)) != NULL; hit++)
        if (hit > from && (hit[-1] == 't' || hit[-1] == 'T'))
            return hit - 1;
    return NULL;
}

static int longer_first(const void *left, const void *right)
{
    const struct surface *a = left, *b = right;
    if (a->length != b->length)
        return a->length > b->length ? -1 : 1;
    return strcmp(a->text, b->text);
}

static int by_position(const void *left, const void *right)
{
    const struct sg_mention *a = left, *b = right;
    return a->start < b->start ? -1 : (a->start > b->start);
}

/* Nonzero when text[from, to) is one space, or capitalised words joined by single spaces,
 * with "of", "for" or "the" between them (" President ", " Secretary of State "): what stands
 * between a modifier and a person's name. */
static int title_words(const char *text, size_t from, size_t to)
{
    static const char *const joiners[] = {"of ", "for ", "the ", NULL};
    if (to - from > 40 || to <= from || text[from] != ' ' || text[to - 1] != ' ')
        return 0;
    int first = 1;
    for (size_t i = from + 1; i < to;) {
        size_t end = i;
        while (end < to && text[end] != ' ')
            end++;
        if (end == i)
            return 0; /* two spaces */
        int joiner = 0;
        for (const char *const *j = joiners; *j && !first; j++)
            joiner |= strncmp(text + i, *j, strlen(*j)) == 0 && i + strlen(*j) == end + 1;
        if (!joiner && !isupper((unsigned char)text[i]))
            return 0;
        for (size_t k = i; k < end; k++)
            if (!isalpha((unsigned char)text[k]) && text[k] != '.')
                return 0;
        first = 0;
        i = end + 1;
    }
    return 1;
}

/* The start of the sentence holding offset at. */
static size_t sentence_start(const struct sg_sentence *sentences, size_t count, size_t at)
{
    size_t low = 0, high = count;
    while (low < high) {
        size_t mid = low + (high - low) / 2;
        if (sentences[mid].start <= at)
            low = mid + 1;
        else
            high = mid;
    }
    return low > 0 ? sentences[low - 1].start : 0;
}

static int holds_title(const struct sg_actor *actor, const char *title, size_t n)
{
    for (size_t k = 0; k < actor->alias_count; k++)
        if (is_title(actor->aliases[k]) && strlen(actor->aliases[k]) == n &&
            strncasecmp(actor->aliases[k], title, n) == 0)
            return 1;
    return 0;
}

/* Whether a title ending at end is qualified by a name ("the government of X", "the
 * government in Moscow", "the government of the Philippines"): someone else's, not its lexicon
 * holder's; not "accused the opposition of seeking power". The text ends with a NUL. */
static int qualified(const char *text, size_t end)
{
    if (strncmp(text + end, " of ", 4) != 0 && strncmp(text + end, " in ", 4) != 0)
        return 0;
    const char *next = text + end + 4;
    if (strncmp(next, "the ", 4) == 0)
        next += 4;
    return isupper((unsigned char)*next);
}

/* Whether the word at start opens a sentence (capitalised by position, not as a name). */
static int opens_sentence(const char *text, size_t start)
{
    size_t i = start;
    while (i > 0 &&
           (text[i - 1] == ' ' || text[i - 1] == '"' || (unsigned char)text[i - 1] >= 0x80))
        i--;
    return i == 0 || strchr(".!?\n", text[i - 1]) != NULL;
}

/* Whether text[start, end) is an English word WordNet knows ("Unlike", "Speaking"); a name
 * it does not know ("Ken" it does). */
static int common_word(const char *text, size_t start, size_t end)
{
    char word[32];
    if (end - start >= sizeof word || sg_lemma_init() != 0)
        return 1;
    for (size_t i = start; i < end; i++)
        word[i - start] = (char)tolower((unsigned char)text[i]);
    word[end - start] = '\0';
    return sg_lemma_is_word(word);
}

/* Whether a bare surname, with its person never named in full before it, is someone else's or
 * only a modifier: its full name comes later ("Zelensky aides met ...; Volodymyr Zelensky
 * said"), another capitalised name that is no title stands before it ("Ken Tanaka", not
 * "President Tanaka"), or a noun it modifies follows ("Tanaka aides", "the Tanaka
 * government"). full[a] is where actor a's full name is written last. */
static int stray_surname(const char *text, size_t length, const struct sg_mention *m,
                         const size_t *full)
{
    static const char *const followers[] = {"aides",     "camp",        "campaign",  "team",
                                            "family",    "era",         "loyalists", "supporters",
                                            "spokesman", "spokeswoman", NULL};
    if (full[m->actor] != SIZE_MAX && full[m->actor] > m->start)
        return 1;
    size_t end = m->start > 0 && text[m->start - 1] == ' ' ? m->start - 1 : 0, start = end;
    while (start > 0 && isalpha((unsigned char)text[start - 1]))
        start--;
    if (end > start && isupper((unsigned char)text[start]) &&
        !sg_text_word_listed(text + start, end - start, sg_discover_titles) &&
        !sg_text_word_listed(text + start, end - start, sg_discover_stops) &&
        !sg_text_word_listed(text + start, end - start, sg_discover_calendar) &&
        !(opens_sentence(text, start) && common_word(text, start, end)))
        return 1;
    size_t from = m->end + 1, to = from;
    while (to < length && islower((unsigned char)text[to]))
        to++;
    return m->end < length && text[m->end] == ' ' && to > from &&
           (sg_text_word_listed(text + from, to - from, followers) ||
            sg_text_word_listed(text + from, to - from, sg_discover_collectives) ||
            sg_text_word_listed(text + from, to - from, sg_discover_state_nouns));
}

/* Nonzero when an actor holding the title of mention m has been named before it. */
static int holder_named(const struct sg_model *lexicon, const size_t *last_named,
                        const struct sg_mention *m, const char *text)
{
    for (size_t a = 0; a < lexicon->actor_count; a++)
        if (last_named[a] != SIZE_MAX &&
            holds_title(&lexicon->actors[a], text + m->start, m->end - m->start))
            return 1;
    return 0;
}

/* The first actor, no person, holding the title (n bytes) named by name after found[i], or
 * SIZE_MAX: a title the text uses before it names any of its holders, as a report's first lines
 * describe before they name ("a junior party threatened ... the junior party's demands ... Public
 * Affairs party leader"). */
static size_t first_holder_after(const struct sg_model *lexicon, const struct sg_mention *found,
                                 size_t i, size_t count, const char *title, size_t n)
{
    for (size_t j = i + 1; j < count; j++)
        if (found[j].kind == SG_MENTION_NAME &&
            lexicon->actors[found[j].actor].type != SG_ACTOR_PERSON &&
            holds_title(&lexicon->actors[found[j].actor], title, n))
            return found[j].actor;
    return SIZE_MAX;
}

/* Whether a comma and a space come right before at: what follows opens a clause of its own
 * ("..., the president berated X"), where a title is its subject, not a verb's object
 * ("Zelensky met the president", someone else). */
static int after_comma(const char *text, size_t at)
{
    return at >= 2 && text[at - 1] == ' ' && text[at - 2] == ',';
}

/* Keeps the mentions that stand: a surname once its person is named, a title for the actor
 * holding it who was named last before the sentence (or, for a title one actor alone holds and
 * no person, that actor while it has not been named: "the government"), and no adjective or
 * name that only modifies a person's name ("Ukrainian President Volodymyr Zelensky"). Returns
 * the new count. */
static size_t resolve_mentions(const char *text, size_t length, const struct sg_model *lexicon,
                               const struct sg_sentence *sentences, size_t sentence_count,
                               struct sg_mention *found, size_t count, size_t *last_named)
{
    size_t *full = last_named + lexicon->actor_count + 1;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        last_named[a] = full[a] = SIZE_MAX;
    for (size_t i = 0; i < count; i++)
        if (found[i].kind == SG_MENTION_NAME)
            full[found[i].actor] = found[i].start;
    size_t kept = 0;
    for (size_t i = 0; i < count; i++) {
        struct sg_mention m = found[i];
        if (i + 1 < count && !m.possessive &&
            lexicon->actors[found[i + 1].actor].type == SG_ACTOR_PERSON &&
            found[i + 1].actor != m.actor && title_words(text, m.end, found[i + 1].start))
            continue; /* a modifier: "Ukrainian President Volodymyr Zelensky" */
        if (m.kind == SG_MENTION_SURNAME && last_named[m.actor] == SIZE_MAX &&
            stray_surname(text, length, &m, full))
            continue;
        if (m.kind == SG_MENTION_TITLE) {
            /* the holder named most recently before this sentence: in "Zelensky met the
             * president", the president is someone else */
            size_t best = SIZE_MAX, holders = 0, n = m.end - m.start;
            size_t limit = sentence_start(sentences, sentence_count, m.start);
            for (size_t a = 0; a < lexicon->actor_count; a++) {
                if (!holds_title(&lexicon->actors[a], text + m.start, n))
                    continue;
                holders++;
                if (last_named[a] == SIZE_MAX || last_named[a] >= limit ||
                    (best != SIZE_MAX && last_named[a] <= last_named[best]))
                    continue;
                best = a;
            }
            if (best == SIZE_MAX && holders > 1 && !holder_named(lexicon, last_named, &m, text))
                best = first_holder_after(lexicon, found, i, count, text + m.start, n);
            if (best == SIZE_MAX && holders == 1 && last_named[m.actor] == SIZE_MAX &&
                lexicon->actors[m.actor].type != SG_ACTOR_PERSON && !qualified(text, m.end))
                best = m.actor; /* "the government", held by one actor that is no person */
            if (best == SIZE_MAX && holders == 1 && last_named[m.actor] != SIZE_MAX &&
                last_named[m.actor] >= limit && (m.possessive || after_comma(text, m.start)))
                best = m.actor; /* "X criticised Jaber, saying the president's draft ...";
                                   "at talks, which Jaber attended, the president said" */
            if (best == SIZE_MAX)
                continue;
            m.actor = best;
        }
        last_named[m.actor] = m.start;
        found[kept++] = m;
    }
    return kept;
}

/* ---- a state's agents ---- */

/* Nouns for those who act for a state, after its demonym: "Russian diplomats", "the Ethiopian
 * ambassador" stand for Russia and Ethiopia (a country and its government are one actor). Not
 * "officials": the coding guide makes "Russian officials" a group of its own. */
static const char *const state_agents[] = {
    "diplomats", "diplomat",  "envoy",       "ambassador",       "embassy",          "Embassy",
    "consulate", "Consulate", "negotiators", "delegation",       "government",       "authorities",
    "side",      "regime",    "leadership",  "foreign ministry", "Foreign Ministry", NULL};

/* Those who fight for a state: a country's alone ("European soldiers" are no soldiers of the
 * European Union, a bloc whose demonym names a continent). */
static const char *const armed_agents[] = {"troops", "forces",   "soldiers",
                                           "army",   "military", NULL};

/* Goods a country makes or sells, after its name or demonym: "tariffs on U.S. goods", "duties on
 * Canadian lumber" are aimed at that country, as the coding guide codes them. A country's alone,
 * like its armed agents: "European goods" name no bloc. */
static const char *const country_goods[] = {"goods",    "products",  "exports", "imports", "steel",
                                            "aluminum", "aluminium", "lumber",  NULL};

/* The surfaces that name a lexicon actor through its state's agents. */
struct state_agents {
    struct surface *surfaces;
    size_t count;
    char *text; /* the surfaces' strings */
};

/* The gazetteer entry the actor is (its name or an alias is the entry's name or another
 * name), or SIZE_MAX. */
static size_t place_of(const struct sg_gazetteer *g, const struct sg_actor *actor)
{
    for (size_t s = 0; s < g->surface_count; s++) {
        const struct sg_gazetteer_surface *f = &g->surfaces[s];
        if (f->kind != SG_PLACE_NAME)
            continue;
        if (strcmp(f->text, actor->name) == 0)
            return f->entry;
        for (size_t k = 0; k < actor->alias_count; k++)
            if (strcmp(f->text, actor->aliases[k]) == 0)
                return f->entry;
    }
    return SIZE_MAX;
}

/* Writes (when out->text is not NULL) "DEMONYM NOUN" for the demonym f of actor a and each
 * noun of nouns into out at *bytes; counts them in out->count and adds their bytes. */
static void demonym_surfaces(const struct sg_gazetteer_surface *f, size_t a,
                             const char *const *nouns, struct state_agents *out, size_t *bytes)
{
    for (const char *const *noun = nouns; *noun; noun++) {
        size_t n = f->length + 1 + strlen(*noun);
        if (out->text) {
            char *at = out->text + *bytes;
            snprintf(at, n + 1, "%.*s %s", (int)f->length, f->text, *noun);
            out->surfaces[out->count] = (struct surface){at, n, a, SG_MENTION_NAME};
        }
        out->count++;
        *bytes += n + 1;
    }
}

/* Writes (when out->text is not NULL) each "DEMONYM NOUN" of the lexicon's places into out;
 * counts them in out->count and returns the bytes they need. */
static size_t agent_surfaces(const struct sg_gazetteer *g, const struct sg_model *lexicon,
                             struct state_agents *out)
{
    size_t bytes = 0;
    out->count = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        size_t entry = place_of(g, &lexicon->actors[a]);
        for (size_t s = 0; entry != SIZE_MAX && s < g->surface_count; s++) {
            const struct sg_gazetteer_surface *f = &g->surfaces[s];
            int country = g->entries[entry].type == SG_ACTOR_COUNTRY;
            if (f->entry != entry)
                continue;
            if (country && (f->kind == SG_PLACE_DEMONYM || f->kind == SG_PLACE_NAME))
                demonym_surfaces(f, a, country_goods, out, &bytes); /* "U.S. goods" */
            if (f->kind != SG_PLACE_DEMONYM)
                continue;
            demonym_surfaces(f, a, state_agents, out, &bytes);
            if (country)
                demonym_surfaces(f, a, armed_agents, out, &bytes);
        }
    }
    return bytes;
}

/* The surfaces of the lexicon's places' agents ("Russian diplomats" for an actor named
 * "Russia"). Returns 0, or -1 on out of memory. */
static int find_state_agents(const struct sg_model *lexicon, struct state_agents *out)
{
    const struct sg_gazetteer *g = sg_gazetteer_shared();
    memset(out, 0, sizeof *out);
    if (!g)
        return -1;
    size_t bytes = agent_surfaces(g, lexicon, out);
    out->text = malloc(bytes + 1);
    out->surfaces = malloc((out->count + 1) * sizeof *out->surfaces);
    int ok = out->text && out->surfaces;
    if (ok)
        agent_surfaces(g, lexicon, out);
    return ok ? 0 : -1;
}

static void state_agents_destroy(struct state_agents *agents)
{
    free(agents->surfaces);
    free(agents->text);
    memset(agents, 0, sizeof *agents);
}

/* The mentions found so far: count of capacity, grown as needed. */
struct found_list {
    struct sg_mention *items;
    size_t count, capacity;
};

/* Appends m to found. Returns 0, or -1 on out of memory. */
static int push_mention(struct found_list *found, struct sg_mention m)
{
    if (found->count == found->capacity) {
        size_t capacity = 2 * found->capacity;
        struct sg_mention *grown = realloc(found->items, capacity * sizeof *grown);
        if (!grown)
            return -1;
        found->items = grown;
        found->capacity = capacity;
    }
    found->items[found->count++] = m;
    return 0;
}

/* The lexicon actor whose place has the demonym text[at, end) ("Moldovan"), or SIZE_MAX. */
static size_t demonym_actor(const struct sg_gazetteer *g, const struct sg_model *lexicon,
                            const char *text, size_t at, size_t end)
{
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        size_t entry = place_of(g, &lexicon->actors[a]);
        for (size_t s = 0; entry != SIZE_MAX && s < g->surface_count; s++) {
            const struct sg_gazetteer_surface *f = &g->surfaces[s];
            if (f->entry == entry && f->kind == SG_PLACE_DEMONYM && f->length == end - at &&
                strncmp(f->text, text + at, end - at) == 0)
                return a;
        }
    }
    return SIZE_MAX;
}

/* The start of the demonym coordinated before the mention that starts at at, with "and", "or"
 * or a comma and maybe a count between ("five Moldovan and two Estonian diplomats"); *end is
 * set to its end. SIZE_MAX when there is none. */
static size_t coordinated_demonym(const char *text, size_t at, size_t *end)
{
    static const char *const counts[] = {"two",   "three", "four", "five", "six",     "seven",
                                         "eight", "nine",  "ten",  "some", "several", NULL};
    static const char *const joins[] = {" and ", ", and ", ", ", " or ", NULL};
    if (at < 2 || text[at - 1] != ' ')
        return SIZE_MAX;
    size_t word = at - 1, digits = 0;
    while (word > 0 && isalnum((unsigned char)text[word - 1]))
        digits += isdigit((unsigned char)text[--word]) != 0;
    size_t n = at - 1 - word;
    if (n && word > 0 && text[word - 1] == ' ' &&
        (digits == n || sg_text_word_listed(text + word, n, counts)))
        at = word; /* "two Estonian diplomats": the join comes before the count */
    for (const char *const *j = joins; *j; j++) {
        size_t length = strlen(*j);
        if (at < length + 1 || strncmp(text + at - length, *j, length) != 0)
            continue;
        *end = at - length;
        size_t start = *end;
        while (start > 0 && isalpha((unsigned char)text[start - 1]))
            start--;
        if (start < *end && isupper((unsigned char)text[start]) &&
            (start == 0 || !isalnum((unsigned char)text[start - 1])))
            return start;
    }
    return SIZE_MAX;
}

/* Adds, for each state's agents found from found->items[first] on ("Estonian diplomats"), the
 * lexicon's places whose demonyms are coordinated before them ("Moldovan and Estonian
 * diplomats": Moldova's diplomats too), where no mention was taken. Returns 0, or -1 on out
 * of memory. */
static int add_coordinated_demonyms(const char *text, const struct sg_model *lexicon,
                                    struct found_list *found, size_t first, char *taken)
{
    const struct sg_gazetteer *g = sg_gazetteer_shared();
    for (size_t i = first; g && i < found->count; i++) {
        size_t end, start = coordinated_demonym(text, found->items[i].start, &end);
        size_t actor = start == SIZE_MAX ? SIZE_MAX : demonym_actor(g, lexicon, text, start, end);
        if (actor == SIZE_MAX || memchr(taken + start, 1, end - start))
            continue;
        memset(taken + start, 1, end - start);
        if (push_mention(found, (struct sg_mention){start, end, actor, SG_MENTION_NAME, 0}) != 0)
            return -1;
    }
    return 0;
}

/* The length of a legal ending written after a company's name at end (", Inc.", " Ltd"), so that
 * the mention holds it ("Kinder Morgan and Enbridge, Inc. designed ..."), or 0. A longer ending
 * comes before its shorter form (" Inc." before " Inc"). */
static size_t legal_ending(const char *text, size_t length, size_t end)
{
    static const char *const endings[] = {", Inc.", ", Inc", " Inc.", " Inc",  ", Ltd.",
                                          ", Ltd",  " Ltd.", " Ltd",  ", LLC", " LLC",
                                          ", plc",  " plc",  ", PLC", " PLC",  NULL};
    for (const char *const *e = endings; *e; e++) {
        size_t n = strlen(*e);
        if (end + n <= length && strncmp(text + end, *e, n) == 0 &&
            !sg_text_word_at(text, length, end + n))
            return n;
    }
    return 0;
}

/* Finds every place surface f is written in text, at word boundaries, where no longer surface
 * was found (taken). Returns 0, or -1 on out of memory. */
static int match_surface(const char *text, size_t length, const struct surface *f, char *taken,
                         struct found_list *found)
{
    for (const char *hit = text; (hit = next_hit(hit, f)) != NULL; hit++) {
        size_t at = (size_t)(hit - text), end = at + f->length;
        if (sg_text_word_before(text, at) && sg_text_word_at(f->text, f->length, 0))
            continue;
        if (at > 0 && text[at - 1] == '-')
            continue; /* "pro-Ukraine": a modifier, not the actor */
        int possessive = (end + 1 < length && text[end] == '\'' && text[end + 1] == 's') ||
                         (end + 3 < length && strncmp(text + end, "\xE2\x80\x99s", 4) == 0);
        if (!possessive && sg_text_word_at(text, length, end) &&
            sg_text_word_before(f->text, f->length))
            continue;
        if (!possessive)
            end += legal_ending(text, length, end);
        int overlap = 0;
        for (size_t i = at; i < end && !overlap; i++)
            overlap = taken[i];
        if (overlap)
            continue;
        memset(taken + at, 1, end - at);
        if (push_mention(found, (struct sg_mention){at, end, f->actor, f->kind, possessive}) != 0)
            return -1;
    }
    return 0;
}

/* Finds each of the count surfaces of list, longest first. Returns 0, or -1 on out of memory. */
static int match_surfaces(const char *text, size_t length, struct surface *list, size_t count,
                          char *taken, struct found_list *found)
{
    qsort(list, count, sizeof *list, longer_first);
    for (size_t s = 0; s < count; s++)
        if (list[s].length > 0 && match_surface(text, length, &list[s], taken, found) != 0)
            return -1;
    return 0;
}

/* The lexicon's mention (of found->items[0, first)) of a person that starts at start or ends
 * at end (SIZE_MAX: either not asked), or NULL. */
static const struct sg_mention *person_at(const struct sg_model *lexicon,
                                          const struct found_list *found, size_t first,
                                          size_t start, size_t end)
{
    for (size_t k = 0; k < first; k++)
        if ((found->items[k].start == start || found->items[k].end == end) &&
            lexicon->actors[found->items[k].actor].type == SG_ACTOR_PERSON)
            return &found->items[k];
    return NULL;
}

/* Whether goods mention m ("Canadian lumber") only modifies the plural noun right after it,
 * which is no goods of its own: "Canadian lumber producers criticised X" are an industry, no
 * state ("duties on Chinese steel imports" stay Chinese). */
static int goods_modifier(const char *text, const struct sg_mention *m)
{
    char word[32], base[32];
    int goods = 0;
    for (const char *const *g = country_goods; *g && !goods; g++)
        goods = m->end - m->start > strlen(*g) &&
                strncmp(text + m->end - strlen(*g), *g, strlen(*g)) == 0;
    if (!goods || m->possessive || text[m->end] != ' ')
        return 0;
    size_t n = 0;
    while (n + 1 < sizeof word && islower((unsigned char)text[m->end + 1 + n])) {
        word[n] = text[m->end + 1 + n];
        n++;
    }
    word[n] = '\0';
    if (n == 0 || isalpha((unsigned char)text[m->end + 1 + n]) || sg_lemma_init() != 0)
        return 0;
    for (const char *const *g = country_goods; *g; g++)
        if (strcmp(word, *g) == 0)
            return 0;
    return sg_lemma_is(word, 'n') && sg_lemma(word, 'n', base, sizeof base) == 0 &&
           strcmp(base, word) != 0;
}

/* Whether the agents' mention m stand for no state: a former one ("a former Russian diplomat"),
 * goods that modify a noun (goods_modifier) or a post set beside a person's name ("Alice Moreno,
 * the French ambassador,", "The French ambassador, Alice Moreno,": the person, a separate actor
 * from the country). The lexicon's own mentions are found->items[0, first). */
static int agents_not_state(const char *text, const struct sg_model *lexicon,
                            const struct found_list *found, size_t first,
                            const struct sg_mention *m)
{
    static const char *const articles[] = {"the ", "a ", "an ", NULL};
    static const char *const posts[] = {" diplomat", " envoy", " ambassador", NULL};
    size_t at = m->start;
    const struct sg_mention *named = NULL;
    if (at >= 7 && strncasecmp(text + at - 7, "former ", 7) == 0 &&
        !sg_text_word_before(text, at - 7))
        return 1;
    if (goods_modifier(text, m))
        return 1;
    int post = 0; /* "the French ambassador"; not "the Russian government", which may speak */
    for (const char *const *p = posts; *p && !post; p++)
        post = m->end - m->start > strlen(*p) &&
               strncmp(text + m->end - strlen(*p), *p, strlen(*p)) == 0;
    if (!post)
        return 0;
    if (!m->possessive && text[m->end] == ',' && text[m->end + 1] == ' ')
        named = person_at(lexicon, found, first, m->end + 2, SIZE_MAX);
    if (named && !named->possessive && text[named->end] == ',')
        return 1; /* "The French ambassador, Alice Moreno, said"; not "Russian troops, Moreno
                     said, ..." */
    for (const char *const *a = articles; *a; a++) {
        size_t n = strlen(*a);
        if (at >= n + 2 && strncmp(text + at - n, *a, n) == 0 && text[at - n - 1] == ' ') {
            at -= n;
            break;
        }
    }
    return at >= 2 && text[at - 1] == ' ' && text[at - 2] == ',' &&
           person_at(lexicon, found, first, SIZE_MAX, at - 2) != NULL;
}

/* Drops the agents' mentions (found->items from first on) that stand for no state. */
static void drop_agents_not_state(const char *text, const struct sg_model *lexicon,
                                  struct found_list *found, size_t first)
{
    size_t kept = first;
    for (size_t i = first; i < found->count; i++)
        if (!agents_not_state(text, lexicon, found, first, &found->items[i]))
            found->items[kept++] = found->items[i];
    found->count = kept;
}

/* Nonzero when the state's agents of surface a are written at mention m, which names the
 * same actor by their demonym alone ("Estonian" of "Estonian diplomats"), in untaken text. */
static int agents_at(const char *text, size_t length, const char *taken, const struct sg_mention *m,
                     const struct surface *a)
{
    size_t n = m->end - m->start;
    return a->actor == m->actor && a->length > n + 1 && a->text[n] == ' ' &&
           m->start + a->length <= length && strncmp(text + m->start, a->text, a->length) == 0 &&
           !sg_text_word_at(text, length, m->start + a->length) &&
           !memchr(taken + m->end, 1, a->length - n);
}

/* Drops the lexicon's mentions (all of found so far) that are a demonym alias written before
 * its state's agents, so that the agents are found whole ("five Moldovan and two Estonian
 * diplomats": "Estonian diplomats", which stands for Estonia and its coordinated demonym). */
static void yield_demonyms_to_agents(const char *text, size_t length,
                                     const struct state_agents *agents, struct found_list *found,
                                     char *taken)
{
    size_t kept = 0;
    for (size_t i = 0; i < found->count; i++) {
        const struct sg_mention *m = &found->items[i];
        int agent = 0;
        for (size_t s = 0; !m->possessive && s < agents->count && !agent; s++)
            agent = agents_at(text, length, taken, m, &agents->surfaces[s]);
        if (agent)
            memset(taken + m->start, 0, m->end - m->start);
        else
            found->items[kept++] = *m;
    }
    found->count = kept;
}

/* The lexicon's names and aliases as surfaces, into list (room for all). Returns the count. */
static size_t lexicon_surfaces(const struct sg_model *lexicon, struct surface *list)
{
    size_t n = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++) {
        const struct sg_actor *actor = &lexicon->actors[a];
        list[n++] = (struct surface){actor->name, strlen(actor->name), a, SG_MENTION_NAME};
        for (size_t k = 0; k < actor->alias_count; k++)
            list[n++] = (struct surface){actor->aliases[k], strlen(actor->aliases[k]), a,
                                         alias_kind(actor, actor->aliases[k])};
    }
    return n;
}

size_t sg_extract_mentions(const char *text, size_t length, const struct sg_model *lexicon,
                           struct sg_mention **mentions)
{
    size_t surfaces = 0, count = 0;
    for (size_t a = 0; a < lexicon->actor_count; a++)
        surfaces += 1 + lexicon->actors[a].alias_count;
    struct surface *list = malloc((surfaces + 1) * sizeof *list);
    struct found_list found = {malloc(16 * sizeof *found.items), 0, 16};
    char *taken = calloc(length + 1, 1);
    size_t *last_named = malloc(2 * (lexicon->actor_count + 1) * sizeof *last_named);
    struct sg_sentence *sentences = NULL;
    size_t sentence_count = sg_extract_sentences(text, length, &sentences);
    struct state_agents agents = {NULL, 0, NULL};
    if (!list || !found.items || !taken || !last_named || sentence_count == (size_t)-1 ||
        find_state_agents(lexicon, &agents) != 0)
        goto fail;
    surfaces = lexicon_surfaces(lexicon, list);
    /* the lexicon's own names first: "Russian officials" may be an actor of its own */
    if (match_surfaces(text, length, list, surfaces, taken, &found) != 0)
        goto fail;
    yield_demonyms_to_agents(text, length, &agents, &found, taken);
    size_t named = found.count;
    if (match_surfaces(text, length, agents.surfaces, agents.count, taken, &found) != 0)
        goto fail;
    drop_agents_not_state(text, lexicon, &found, named);
    if (add_coordinated_demonyms(text, lexicon, &found, named, taken) != 0)
        goto fail;
    qsort(found.items, found.count, sizeof *found.items, by_position);
    count = resolve_mentions(text, length, lexicon, sentences, sentence_count, found.items,
                             found.count, last_named);
    free(list);
    free(taken);
    free(last_named);
    free(sentences);
    state_agents_destroy(&agents);
    *mentions = found.items;
    return count;
fail:
    if (sentence_count != (size_t)-1)
        free(sentences);
    state_agents_destroy(&agents);
    free(list);
    free(found.items);
    free(taken);
    free(last_named);
    return (size_t)-1;
}
