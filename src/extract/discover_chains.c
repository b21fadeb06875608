/*
 * Runs of capitalised words in actor discovery (discover_parts.h), pass 2: where a chain ends
 * (with "of", "da", "al"... inside) and whether it names a title and a person, an organisation,
 * a group, or nothing (an outlet, a newspaper, a law, a currency, a product, a venue, a
 * feature...), or is left as a candidate for discover_candidates.c.
 */
#include "base/text.h"
#include "extract/discover_parts.h"

#include "extract/discover_words.h"
#include "extract/lemma.h"
#include "extract/tokens.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

/* The days of the week: never inside a name. */
static const char *const weekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                       "friday", "saturday", "sunday",    NULL};

/* Nonzero when the words [from, to) are all capitalised nouns WordNet knows, plurals too, and no
 * place's, title's or acronym's ("Plantation Industries"; not "Joe Biden"). */
static int common_words_only(const struct discovery *d, size_t from, size_t to)
{
    char word[64], base[64];
    for (size_t k = from; k < to; k++)
        if (!sg_discover_lower_word(d, k, word, sizeof word) ||
            sg_lemma(word, 'n', base, sizeof base) != 0 || !sg_lemma_is_word(base) ||
            d->place[k] >= 0 || sg_discover_is_title(d, k) ||
            (d->tokens[k].flags & SG_TOKEN_ACRONYM))
            return 0;
    return from < to;
}

/* Nonzero when the chain [from, to) after "and" is the rest of a portfolio, a title and a name
 * ("Commodities Minister Mohd Khairuddin" of "Plantation Industries and Commodities Minister
 * Mohd Khairuddin"): common words, a title word, then more words. */
static int portfolio_title(const struct discovery *d, size_t from, size_t to)
{
    size_t k = from;
    while (k < to && !sg_discover_is_title(d, k))
        k++;
    return k > from && k + 1 < to && common_words_only(d, from, k);
}

/* Nonzero when the chain [from, to) holds a head word and "of" or "for" ("Ministry of Trade",
 * "Department for Levelling Up"). */
static int head_of_inside(const struct discovery *d, size_t from, size_t to)
{
    for (size_t k = from + 1; k + 1 < to; k++)
        if ((sg_token_is(d->text, &d->tokens[k], "of") ||
             sg_token_is(d->text, &d->tokens[k], "for")) &&
            word_is(d, k - 1, sg_discover_org_heads))
            return 1;
    return 0;
}

/* Nonzero when token t is, as written, a place of the gazetteer in capitals ("UK", "US"),
 * marked as a place or not (the "UK" of "Reform UK" is not: it goes on a name). */
static int place_acronym(const struct discovery *d, size_t t)
{
    const struct sg_token *w = &d->tokens[t];
    if (!(w->flags & SG_TOKEN_ACRONYM))
        return 0;
    for (size_t s = 0; s < d->gazetteer->surface_count; s++)
        if (d->gazetteer->surfaces[s].length == w->end - w->start &&
            memcmp(d->gazetteer->surfaces[s].text, d->text + w->start, w->end - w->start) == 0)
            return 1;
    return 0;
}

/* Nonzero when the capitalised words from token t on are a name of their own: two words or
 * more that end with a place in capitals, a head word or a word that ends a name ("Reform UK"
 * of "left the Conservative Party for Reform UK", "Alba Party"); not a place ("the Department
 * for Northern Ireland"). */
static int own_name_from(const struct discovery *d, size_t t)
{
    size_t end = t + 1;
    while (end < d->token_count && is_capital(d, end) && !(d->tokens[end].flags & SG_TOKEN_GAP))
        end++;
    return end - t >= 2 && d->place[t] < 0 &&
           (word_is(d, end - 1, sg_discover_org_heads) ||
            word_is(d, end - 1, sg_discover_name_endings) || place_acronym(d, end - 1));
}

/* Nonzero when token t is "for" between a capitalised head word, or a word that ends a name
 * when capitalised, and a capitalised word, in one stretch ("Department for Education",
 * "Campaign for Nuclear Disarmament", "Centre for Policy Studies"): the name goes on, as after
 * a head word's "of"; not before a name of its own ("left the Conservative Party for Reform
 * UK"). */
static int head_for(const struct discovery *d, size_t t)
{
    return t > 0 && t + 1 < d->token_count && sg_token_is(d->text, &d->tokens[t], "for") &&
           !(d->tokens[t].flags & SG_TOKEN_GAP) && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
           is_capital(d, t - 1) &&
           (word_is(d, t - 1, sg_discover_org_heads) ||
            word_is(d, t - 1, sg_discover_name_endings)) &&
           !sg_discover_is_title(d, t - 1) && is_capital(d, t + 1) && !own_name_from(d, t + 1);
}

/* Where a name ends that goes on past a comma with a list of nouns, when the chain [t, end)
 * ends with a noun and the list ends with a union's name ("the South African Commercial,
 * Catering and Allied Workers Union") or with one word after a head word and "of" or "for" ("the
 * Ministry of Trade, Industry and Energy", "the Department for Levelling Up, Housing and
 * Communities"; not "the Bank of England, Treasury and Financial Conduct Authority"); else 0. */
static size_t listed_name_end(const struct discovery *d, size_t t, size_t end)
{
    static const char *const unions[] = {"union", "unions", NULL};
    size_t k = end;
    if (!common_words_only(d, end - 1, end) || !sg_discover_comma_before(d, end))
        return 0;
    while (k + 2 < d->token_count && common_words_only(d, k, k + 1)) {
        if (sg_discover_comma_before(d, k + 1)) {
            k++;
            continue;
        }
        if (!sg_token_is(d->text, &d->tokens[k + 1], "and") ||
            (d->tokens[k + 1].flags & SG_TOKEN_GAP) || (d->tokens[k + 2].flags & SG_TOKEN_GAP) ||
            !is_capital(d, k + 2) || d->place[k + 2] >= 0)
            return 0;
        size_t rest = sg_discover_chain_end(d, k + 2);
        return word_is(d, rest - 1, unions) || (rest == k + 3 && head_of_inside(d, t, end)) ? rest
                                                                                            : 0;
    }
    return 0;
}

/* Nonzero when a capitalised head word stands at token t or within the two capitalised words
 * joined after it, with no possessive before it ("National Congress" of "People's National
 * Congress"). */
static int head_ahead(const struct discovery *d, size_t t)
{
    for (size_t k = t; k < t + 3 && is_capital(d, k); k++) {
        if (k > t && (d->tokens[k].flags & SG_TOKEN_GAP))
            return 0;
        if (word_is(d, k, sg_discover_org_heads))
            return 1;
        if (d->tokens[k].flags & SG_TOKEN_POSSESSIVE)
            return 0;
    }
    return 0;
}

/* Nonzero when token t is "of" before a capitalised word in the same stretch ("of America"). */
static int of_capital(const struct discovery *d, size_t t)
{
    return t + 1 < d->token_count && sg_token_is(d->text, &d->tokens[t], "of") &&
           is_capital(d, t + 1) && !(d->tokens[t + 1].flags & SG_TOKEN_GAP);
}

/* Nonzero when token t is "of" after a capitalised title in the singular and before "the" and
 * a capitalised word ("Leader of the House", "President of the United States"): the title's
 * complement (not "Leaders of the South American bloc"), when a name follows it: not when the
 * stretch of capitals ends in an organisation's head word ("CEO of the Asia Pacific
 * Foundation, Yuen Pao Woo": the name is after the comma). */
static int title_of_the(const struct discovery *d, size_t t)
{
    if (!(t > 0 && t + 2 < d->token_count && sg_token_is(d->text, &d->tokens[t], "of") &&
          sg_token_is(d->text, &d->tokens[t + 1], "the") &&
          sg_token_in(d->text, &d->tokens[t - 1], sg_discover_titles) && is_capital(d, t - 1) &&
          is_capital(d, t + 2) && !(d->tokens[t + 1].flags & SG_TOKEN_GAP) &&
          !(d->tokens[t + 2].flags & SG_TOKEN_GAP)))
        return 0;
    size_t end = t + 3;
    while (end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
           (is_capital(d, end) || of_capital(d, end)))
        end++;
    return !word_is(d, end - 1, sg_discover_org_heads);
}

/* Nonzero when the token at t is an acronym in brackets, its first and last letters capitals
 * ("(SLACC)", "(FoE)"), whose letters are the n letters of initials, in any case. */
static int spells(const struct discovery *d, size_t t, const char *initials, size_t n)
{
    const struct sg_token *w = &d->tokens[t];
    if (w->start == 0 || d->text[w->start - 1] != '(' || w->end - w->start != n ||
        w->end >= d->length || d->text[w->end] != ')' ||
        !isupper((unsigned char)d->text[w->start]) || !isupper((unsigned char)d->text[w->end - 1]))
        return 0;
    return strncasecmp(d->text + w->start, initials, n) == 0;
}

/* Where a name of three words or more, two of them capitalised, ends that runs over lowercase
 * joining words ("on", "for", "against", "of"...) to a bracketed acronym of its words'
 * initials, with or without the joining words' ("South Lakes Action on Climate Change (SLACC)",
 * "Campaign Against Arms Trade (CAAT)", "Friends of the Earth (FoE)"; "the" never counts): the
 * acronym's token, or 0. */
static size_t spelt_name_end(const struct discovery *d, size_t t)
{
    static const char *const joins[] = {"of", "on", "for", "against", "and", "in", "to", NULL};
    static const char *const the[] = {"the", NULL};
    char capitals[16], all[16];
    size_t n = 0, m = 0, k = t;
    for (; k < d->token_count && k < t + 12; k++) {
        if (k > t && (d->tokens[k].flags & SG_TOKEN_GAP))
            break;
        if (word_is(d, k, the))
            continue;
        if (m == sizeof all || (!is_capital(d, k) && !word_is(d, k, joins)) ||
            sg_discover_is_title(d, k) || (m == 0 && d->place[k] >= 0))
            return 0; /* not "the Prime Minister of India (PMI)"; a place first is read as
                         one ("The Australian Competition and Consumer Commission (ACCC)") */
        all[m++] = d->text[d->tokens[k].start];
        if (is_capital(d, k))
            capitals[n++] = d->text[d->tokens[k].start];
    }
    if (k >= d->token_count || m < 3 || n < 2 || !is_capital(d, k - 1))
        return 0; /* three words or more, two capitalised */
    return spells(d, k, capitals, n) || spells(d, k, all, m) ? k : 0;
}

size_t sg_discover_chain_end(const struct discovery *d, size_t t)
{
    size_t spelt = spelt_name_end(d, t);
    if (spelt)
        return spelt; /* "South Lakes Action on Climate Change (SLACC)" */
    size_t end = t + 1;
    /* a possessive ends the chain, unless the chain's first word owns a name's head word
     * ("McDonald's Corporation"), or a common word a name that ends with one soon ("People's
     * Party", "People's National Congress"); not "Mwai Kibaki's Party of National Unity": a
     * person's party */
    while (end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
           (!(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) ||
            (is_capital(d, end) && word_is(d, end, sg_discover_org_heads) && end - 1 == t) ||
            (sg_discover_common_word(d, end - 1) && head_ahead(d, end)))) {
        /* a month inside a name is a name ("Theresa May"); at its start, a date; a weekday
         * after a name is a date ("met Governor Ann Lee Thursday") */
        if (is_capital(d, end) && d->place[end] < 0 && !word_is(d, end, weekdays) &&
            (!word_is(d, end, sg_discover_calendar) ||
             !word_is(d, end - 1, sg_discover_calendar))) {
            end++;
            continue;
        }
        if ((d->tokens[end - 1].flags & SG_TOKEN_ACRONYM) && sg_discover_number(d, end)) {
            end++; /* "TOP 09" */
            continue;
        }
        /* "da Silva", "von der Leyen", "Council of NSW" */
        size_t next = end;
        while (next < end + 2 && word_is(d, next, sg_discover_particles) &&
               !(d->tokens[next].flags & SG_TOKEN_POSSESSIVE) &&
               !(d->tokens[next + 1 < d->token_count ? next + 1 : next].flags & SG_TOKEN_GAP))
            next++;
        if (next == end && head_for(d, end))
            next++; /* "Department for Education" */
        /* "Leader of the House", "President of the United States": a title's "of the" */
        int of_title = next == end + 1 && title_of_the(d, end);
        next += of_title;
        /* "Council of Western Australia": after a head word and "of", places too */
        int of_head = next > end && (of_title || word_is(d, end - 1, sg_discover_org_heads));
        if (next > end && is_capital(d, next) && (d->place[next] < 0 || of_head)) {
            end = next + 1;
            while (of_head && end < d->token_count && !(d->tokens[end].flags & SG_TOKEN_GAP) &&
                   !(d->tokens[end - 1].flags & SG_TOKEN_POSSESSIVE) &&
                   (is_capital(d, end) || (of_title && of_capital(d, end))))
                end++;
            continue;
        }
        break;
    }
    size_t listed = listed_name_end(d, t, end);
    if (listed)
        return listed;
    /* "Competition and Markets Authority": "and" inside a name that ends with a head word; a
     * portfolio of nouns before a title and a name ("Plantation Industries and Commodities
     * Minister Mohd Khairuddin") */
    if (end + 1 < d->token_count &&
        (sg_token_is(d->text, &d->tokens[end], "and") ||
         sg_token_is(d->text, &d->tokens[end], "&")) &&
        !(d->tokens[end].flags & SG_TOKEN_GAP) && !(d->tokens[end + 1].flags & SG_TOKEN_GAP) &&
        is_capital(d, end + 1) && d->place[end + 1] < 0) {
        size_t rest = sg_discover_chain_end(d, end + 1);
        if ((!word_is(d, end - 1, sg_discover_org_heads) &&
             word_is(d, rest - 1, sg_discover_org_heads) && is_capital(d, rest - 1)) ||
            (common_words_only(d, t, end) && portfolio_title(d, end + 1, rest)))
            return rest;
    }
    return end;
}

/* Nonzero when token t is a contraction ("We've", "Don't"), never a name. */
static int contraction(const struct discovery *d, size_t t)
{
    static const char *const endings[] = {"'ve",
                                          "'re",
                                          "'ll",
                                          "'d",
                                          "'m",
                                          "n't",
                                          "\xE2\x80\x99"
                                          "ve",
                                          "\xE2\x80\x99"
                                          "re",
                                          "\xE2\x80\x99"
                                          "ll",
                                          "\xE2\x80\x99"
                                          "d",
                                          "\xE2\x80\x99"
                                          "m",
                                          NULL};
    size_t n = d->tokens[t].end - d->tokens[t].start;
    for (const char *const *e = endings; *e; e++) {
        size_t m = strlen(*e);
        if (n > m && strncmp(d->text + d->tokens[t].end - m, *e, m) == 0)
            return 1;
    }
    return 0;
}

/* Nonzero when the chain is two or more words in capitals: a dateline ("SAO PAULO") or a
 * headline, not a name. */
static int all_capitals(const struct discovery *d, size_t from, size_t to)
{
    size_t capitals = 0;
    for (size_t t = from; t < to; t++)
        capitals += (d->tokens[t].flags & SG_TOKEN_ACRONYM) != 0;
    return to - from >= 2 && capitals == to - from;
}

/* Nonzero when token t is a plural of a common noun ("Democrats", "Greens"): a group. */
int sg_discover_plural_noun(const struct discovery *d, size_t t)
{
    if (t >= d->token_count || (d->tokens[t].flags & SG_TOKEN_ACRONYM) || /* t: SIZE_MAX */
        d->text[d->tokens[t].end - 1] != 's' || !sg_discover_common_word(d, t))
        return 0;
    /* a plural has a singular base form; "Hughes" (a name WordNet holds) is its own */
    char word[64], base[64];
    return sg_discover_lower_word(d, t, word, sizeof word) &&
           sg_lemma(word, 'n', base, sizeof base) == 0 && strcmp(base, word) != 0;
}

/* Nonzero when the chain is a news agency's name ("Reuters", "Associated Press"). */
static int agency(const struct discovery *d, size_t from, size_t to)
{
    struct span s = token_span(d, from, to);
    for (const char *const *a = sg_discover_agencies; *a; a++)
        if (strlen(*a) == s.end - s.start && strncasecmp(d->text + s.start, *a, strlen(*a)) == 0)
            return 1;
    return 0;
}

/* Nonzero when the words from token t on say that the chain before it is a news outlet ("the
 * official SUNA news agency", "told the Kigali Times newspaper"): a source, not an actor. */
static int news_outlet(const struct discovery *d, size_t t)
{
    static const char *const news[] = {"news", NULL};
    static const char *const services[] = {"agency", "service", "channel",
                                           "outlet", "website", NULL};
    static const char *const outlets[] = {"newspaper", "tabloid",    "broadcaster",
                                          "radio",     "television", NULL};
    if (t >= d->token_count || (d->tokens[t].flags & SG_TOKEN_GAP) || is_capital(d, t) ||
        (d->tokens[t - 1].flags & SG_TOKEN_POSSESSIVE))
        return 0;
    if (word_is(d, t, outlets))
        return 1;
    return word_is(d, t, news) &&
           !(d->tokens[t + 1 < d->token_count ? t + 1 : t].flags & SG_TOKEN_GAP) &&
           word_is(d, t + 1, services);
}

/* Nonzero when the chain [from, to) of two or more words ends with a newspaper's word ("The
 * Straits Times", "the Sydney Morning Herald", "the Wall Street Journal") or a broadcaster's
 * ("CBC News"): a source, not an actor. "Post" is left out: "Deutsche Post" is a company. */
static int newspaper(const struct discovery *d, size_t from, size_t to)
{
    static const char *const papers[] = {"times",   "herald",    "journal", "tribune", "telegraph",
                                         "gazette", "chronicle", "news",    NULL};
    return to - from >= 2 && is_capital(d, to - 1) && word_is(d, to - 1, papers);
}

/* Nonzero when the chain at token from follows "quoted by", maybe with "the" ("was quoted by
 * The Star as saying"): the outlet that quotes a speaker, a source and no actor (the caller
 * keeps a titled person: "quoted by Prime Minister John Key"); not "cited by", which an actor's
 * reasons are too ("the reason cited by the U.S."). */
static int quoted_by(const struct discovery *d, size_t from)
{
    static const char *const quoting[] = {"quoted", NULL};
    size_t k = from;
    if (k > 0 && sg_token_is(d->text, &d->tokens[k - 1], "the") &&
        !(d->tokens[k].flags & SG_TOKEN_GAP))
        k--;
    return k >= 2 && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
           !(d->tokens[k - 1].flags & SG_TOKEN_GAP) &&
           sg_token_is(d->text, &d->tokens[k - 1], "by") && word_is(d, k - 2, quoting);
}

/* The words that end the name of a law or a pact, capitalised and not in capitals. */
static const char *const laws[] = {"act",     "treaty",    "accord",    "accords",    "protocol",
                                   "charter", "amendment", "agreement", "convention", NULL};

/* Nonzero when token t ends the name of a law or a pact ("the Clean Air Act", "the Paris
 * Agreement"). */
static int law_word(const struct discovery *d, size_t t)
{
    return is_capital(d, t) && !(d->tokens[t].flags & SG_TOKEN_ACRONYM) && word_is(d, t, laws);
}

/* Nonzero when the chain [from, to) names a law or a pact, or is one word the text gives in
 * brackets right after one ("the African Growth and Opportunity Act (Agoa)", then "Agoa"): a
 * thing, no actor. */
static int law(const struct discovery *d, size_t from, size_t to)
{
    if (to - from >= 2 && law_word(d, to - 1))
        return 1;
    for (size_t k = 1; to == from + 1 && k < d->token_count; k++) {
        size_t at = d->tokens[k].start;
        if (at > 0 && d->text[at - 1] == '(' && law_word(d, k - 1) &&
            d->tokens[k].end - at == d->tokens[from].end - d->tokens[from].start &&
            strncmp(d->text + at, d->text + d->tokens[from].start, d->tokens[k].end - at) == 0)
            return 1;
    }
    return 0;
}

/* Nonzero when token t is a form WordNet knows as an inflected verb ("urged"). */
int sg_discover_inflected_verb(const struct discovery *d, size_t t)
{
    char word[32], base[32];
    return sg_discover_lower_word(d, t, word, sizeof word) && sg_lemma_is(word, 'v') &&
           sg_lemma(word, 'v', base, sizeof base) == 0 && strcmp(base, word) != 0;
}

/* Nonzero when an event noun follows token to, maybe past one or two lowercase words that are
 * no verb form and no noun naming an actor ("the India-European Union free trade agreement";
 * not "the Biden administration urged talks"): the chain before it is a modifier, no actor. */
static int before_event(const struct discovery *d, size_t to)
{
    for (size_t k = to; k < d->token_count && k < to + 3; k++) {
        if ((d->tokens[k].flags & SG_TOKEN_GAP) || is_capital(d, k) ||
            (d->tokens[k - 1].flags & SG_TOKEN_POSSESSIVE) || word_is(d, k, sg_discover_stops))
            return 0;
        if (word_is(d, k, sg_discover_events))
            return 1;
        if (sg_discover_inflected_verb(d, k) || word_is(d, k, sg_discover_state_nouns) ||
            word_is(d, k, sg_discover_collectives) || word_is(d, k, sg_discover_org_heads) ||
            sg_discover_is_title(d, k))
            return 0;
    }
    return 0;
}

/* Nonzero when the chain ending at token to ends with a hyphenated participle ("the CPN-UML-led
 * coalition government", "the Scott Morrison-led government", "the Islamic State-linked group"): a
 * modifier of the noun after it, no name; before a collective the group is read as one
 * ("Kremlin-backed separatists"). */
static int led_by(const struct discovery *d, size_t to)
{
    static const char *const participles[] = {
        "-led",       "-backed",    "-based",      "-owned",      "-run",      "-funded",
        "-brokered",  "-sponsored", "-controlled", "-dominated",  "-aligned",  "-allied",
        "-appointed", "-installed", "-linked",     "-affiliated", "-inspired", "-supported",
        "-financed",  "-held",      "-ruled",      NULL};
    const struct sg_token *last = &d->tokens[to - 1];
    size_t n = last->end - last->start;
    if (to < d->token_count && !(d->tokens[to].flags & SG_TOKEN_GAP) &&
        word_is(d, to, sg_discover_collectives))
        return 0;
    for (const char *const *p = participles; *p; p++) {
        size_t m = strlen(*p);
        if (n > m && strncasecmp(d->text + last->end - m, *p, m) == 0)
            return 1;
    }
    return 0;
}

/* Nonzero when token t, in the same stretch as the one before, is a collective or a body
 * ("nations", "groups"): what the words before it qualify. */
static int qualifies_group(const struct discovery *d, size_t t)
{
    return t < d->token_count && !(d->tokens[t].flags & SG_TOKEN_GAP) &&
           (word_is(d, t, sg_discover_collectives) || word_is(d, t, sg_discover_bodies));
}

/* Nonzero when the chain [from, to) of two or more words ends with a natural feature's word
 * ("the Hambach Forest", "the Blue Nile River"), or any chain comes before one in lowercase
 * ("the White Nile river"): a place with no government, not an actor (but it may qualify a
 * collective: "Pacific Island nations"). */
static int feature(const struct discovery *d, size_t from, size_t to)
{
    if (to < d->token_count && !(d->tokens[to].flags & SG_TOKEN_GAP) && !is_capital(d, to) &&
        word_is(d, to, sg_discover_geography))
        return !qualifies_group(d, to + 1); /* "the White Nile river", not "Pacific island
                                               nations" */
    return to - from >= 2 && is_capital(d, to - 1) && word_is(d, to - 1, sg_discover_geography) &&
           !qualifies_group(d, to);
}

/* Nonzero when the chain [from, to), whose last title word is at last_title (or SIZE_MAX), names
 * an organisation by its head words right after a word that places it ("the vote in the National
 * Assembly", "talks at the Justice Department"), or by a room and "of" ("at the Great Hall of
 * People"): a venue there, not an actor. */
static int venue(const struct discovery *d, size_t from, size_t to, size_t last_title)
{
    if (!sg_discover_after_locative(d, from) || (d->tokens[to - 1].flags & SG_TOKEN_POSSESSIVE))
        return 0;
    /* chambers and offices, not companies ("a strike at Boeing Co", "analysts at Goldman
     * Sachs Group", "workers at General Motors") */
    static const char *const rooms[] = {
        "assembly", "parliament", "senate",  "congress", "ministry", "department", "office",
        "court",    "house",      "chamber", "palace",   "hall",     NULL};
    if (last_title != SIZE_MAX)
        return sg_discover_titled_organization(d, from, to, last_title) &&
               (word_is(d, from, rooms) || word_is(d, to - 1, rooms));
    if ((to - from >= 2 && is_capital(d, to - 1) && word_is(d, to - 1, rooms)) ||
        (sg_discover_head_of(d, from, to) && word_is(d, from, rooms)))
        return 1;
    for (size_t t = from; t + 1 < to; t++) /* "the Great Hall of People" */
        if (is_capital(d, t) && word_is(d, t, rooms) &&
            sg_token_is(d->text, &d->tokens[t + 1], "of"))
            return 1;
    return 0;
}

/* Nonzero when the chain [from, to) is two or three words that are no English words, places or
 * acronyms, right before an auxiliary verb ("Ola Brandt has ...", "Amir Kadri was ..."): a
 * person's name as a clause's subject. */
static int subject_name(const struct discovery *d, size_t from, size_t to)
{
    static const char *const auxiliaries[] = {"has",   "had",    "is",   "was", "will", "would",
                                              "could", "should", "must", "did", "does", NULL};
    if (to - from < 2 || to - from > 3 || !word_is(d, to, auxiliaries) ||
        (d->tokens[to].flags & SG_TOKEN_GAP) || sg_discover_after_locative(d, from))
        return 0;
    for (size_t t = from; t < to; t++)
        if (sg_discover_common_word(d, t) || d->place[t] >= 0 ||
            (d->tokens[t].flags & (SG_TOKEN_ACRONYM | SG_TOKEN_POSSESSIVE)))
            return 0;
    /* a person's name: "he" or "she" follows soon ("Boko Haram has ..." is none) */
    static const char *const personal[] = {"he", "she", "his", "her", "him", NULL};
    for (size_t t = to; t < d->token_count && t < to + 40; t++)
        if (word_is(d, t, personal))
            return 1;
    return 0;
}

/* Nonzero when the chain [from, to) holds a head word's "for" ("Centre for Policy Studies"). */
static int head_for_inside(const struct discovery *d, size_t from, size_t to)
{
    for (size_t k = from + 1; k + 1 < to; k++)
        if (head_for(d, k))
            return 1;
    return 0;
}

/* Nonzero when token t is a word that ends a company's name when capitalised, as it is written
 * ("Finance" of "Meridian Finance"; not "finance"). Centre and Center end a name only with
 * their "for" (head_for): alone they end as many places ("Manchester City Centre", "the World
 * Trade Center"). */
static int name_ending(const struct discovery *d, size_t t)
{
    static const char *const centres[] = {"centre", "center", NULL};
    return is_capital(d, t) && word_is(d, t, sg_discover_name_endings) && !word_is(d, t, centres);
}

/* Nonzero when the chain [from, to) is an organisation's name of two words or more before a
 * lowercase title and a name ("New Zealand Council of Trade Unions president Richard
 * Wagstaff"): that person's affiliation, not an actor of its own. */
static int affiliation_only(const struct discovery *d, size_t from, size_t to)
{
    if (to - from < 2 || !word_is(d, to - 1, sg_discover_org_heads) ||
        sg_discover_is_title(d, to - 1))
        return 0;
    size_t k = to;
    while (k < d->token_count && k < to + 3 && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
           !is_capital(d, k) && sg_discover_is_title(d, k))
        k++;
    return k > to && k < d->token_count && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
           is_capital(d, k) && !sg_discover_is_title(d, k) && d->place[k] < 0;
}

/* Nonzero when the chain [from, to) is a currency's short name before an amount ("Rs. 3,050
 * crores", "Rs 950": one word of two or three letters, not all capitals, then a number) or
 * before a dollar sign ("US$152 million", "NZ$"). */
static int currency(const struct discovery *d, size_t from, size_t to)
{
    const struct sg_token *w = &d->tokens[from];
    if (d->tokens[to - 1].end < d->length && d->text[d->tokens[to - 1].end] == '$')
        return 1;
    if (to - from != 1 || w->end - w->start > 3 || w->end - w->start < 2 ||
        !islower((unsigned char)d->text[w->end - 1]))
        return 0;
    size_t at = w->end;
    if (at < d->length && d->text[at] == '.')
        at++;
    while (at < d->length && d->text[at] == ' ')
        at++;
    return at > w->end && at < d->length && isdigit((unsigned char)d->text[at]);
}

/* Nonzero when the chain [from, to) names a product: a lowercase word for one follows, past a
 * closing quotation mark ("the 'Mappls' app", "the Chrome browser"); for "service", only after
 * an owner ("its Southern Star service", "Maersk's Southern Star service"; not "the Royal Mail
 * service", a company's). */
static int product(const struct discovery *d, size_t from, size_t to)
{
    static const char *const products[] = {
        "app", "apps", "browser", "software", "handset", "smartphone", "chatbot", "service", NULL};
    static const char *const service[] = {"service", NULL};
    static const char *const owners[] = {"its", "their", "his", "her", "our", NULL};
    if (to >= d->token_count || is_capital(d, to) || !word_is(d, to, products))
        return 0;
    if (word_is(d, to, service) &&
        (from == 0 || (d->tokens[from].flags & SG_TOKEN_GAP) ||
         (!word_is(d, from - 1, owners) && !(d->tokens[from - 1].flags & SG_TOKEN_POSSESSIVE))))
        return 0;
    for (size_t i = d->tokens[to - 1].end; i < d->tokens[to].start; i++)
        if (d->text[i] != ' ' && d->text[i] != '\'' && d->text[i] != '"' &&
            (unsigned char)d->text[i] < 0x80)
            return 0;
    return 1;
}

/* Nonzero when the chain ending before token to names a works: a lowercase word for one
 * follows, maybe past what it yields ("the Carmichael coal mine", "the Keystone XL pipeline",
 * "the Belo Monte hydroelectric dam"): a thing, no actor. */
static int works(const struct discovery *d, size_t to)
{
    static const char *const kinds[] = {"mine",     "mines",    "pipeline", "pipelines", "dam",
                                        "refinery", "oilfield", "gasfield", NULL};
    static const char *const yields[] = {"coal",    "gas",           "oil",     "copper",  "gold",
                                         "iron",    "uranium",       "lithium", "nickel",  "lng",
                                         "crude",   "hydroelectric", "hydro",   "nuclear", "power",
                                         "thermal", "offshore",      NULL};
    size_t k = to;
    if (k < d->token_count && !is_capital(d, k) && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
        word_is(d, k, yields))
        k++;
    return k < d->token_count && !is_capital(d, k) && !(d->tokens[k].flags & SG_TOKEN_GAP) &&
           word_is(d, k, kinds);
}

/* Nonzero when the chain [from, to) is the pronoun "I" ("the UK negotiators, I said"): a
 * speaker, never a name. */
static int pronoun(const struct discovery *d, size_t from, size_t to)
{
    return to == from + 1 && sg_token_is(d->text, &d->tokens[from], "I");
}

/* The token where a name in apposition starts when the chain ending before token to qualifies
 * a lowercase head word that name then gives ("the president's Islamist party, the Muslim
 * Brotherhood": a description of that name, no actor of its own), else 0. */
static size_t described_in_apposition(const struct discovery *d, size_t to)
{
    if (to + 2 >= d->token_count || is_capital(d, to) || (d->tokens[to].flags & SG_TOKEN_GAP) ||
        !word_is(d, to, sg_discover_org_heads) || !sg_discover_comma_before(d, to + 1))
        return 0;
    size_t name = sg_token_is(d->text, &d->tokens[to + 1], "the") ? to + 2 : to + 1;
    return name < d->token_count && is_capital(d, name) && d->place[name] < 0 ? name : 0;
}

/* Nonzero when the chain [from, to) follows "the city of" (town, municipality, county): the
 * city as a body that acts ("the city of Kerpen on Thursday said"), added as an organisation
 * named by the chain with "city of" and the chain as an alias; not a place of the gazetteer,
 * nor after "in", "at"... ("in the city of Narva" is where). */
static int city_of(struct discovery *d, size_t from, size_t to)
{
    static const char *const cities[] = {"city", "town", "municipality", "county", NULL};
    if (from < 3 || d->place[from] >= 0 || (d->tokens[from].flags & SG_TOKEN_GAP) ||
        (d->tokens[from - 1].flags & SG_TOKEN_GAP) ||
        !sg_token_is(d->text, &d->tokens[from - 1], "of") || is_capital(d, from - 2) ||
        !word_is(d, from - 2, cities) || !sg_token_is(d->text, &d->tokens[from - 3], "the") ||
        sg_discover_after_locative(d, from - 2))
        return 0;
    sg_discover_add_organization(d, from, to);
    if (d->count)
        sg_discover_add_surface(d, &d->found[d->count - 1], token_span(d, from - 2, to));
    return 1;
}

/* Notes the chain [from, to) as a description of the name at token name, for
 * sg_discover_merge_adjectives. */
static void note_adjective(struct discovery *d, size_t from, size_t to, size_t name)
{
    if (d->adjective_count < SG_DISCOVER_MAX_DESCRIPTIONS) {
        d->adjectives[d->adjective_count] = token_span(d, from, to);
        d->adjective_name[d->adjective_count++] = d->tokens[name].start;
    }
}

/* Nonzero when token t is a capitalised word, a hyphen and a lowercase word of three letters
 * or more ("Brexit-supporting", "Iran-backed", "London-based"): a modifier, no word of the name
 * after it ("Rees-Mogg", "Anti-Corruption" are words of names, and so are a prefix's
 * "Co-operative", "Non-aligned", "Anti-corruption"). */
static int hyphenated_modifier(const struct discovery *d, size_t t)
{
    static const char *const prefixes[] = {
        "co",    "anti", "non", "pro",  "pre",  "post",    "inter", "intra", "ex",  "multi",
        "cross", "pan",  "sub", "self", "semi", "counter", "trans", "re",    "mid", "ultra",
        "neo",   "de",   "bi",  "tri",  "over", "under",   "all",   "well",  NULL};
    const struct sg_token *w = &d->tokens[t];
    const char *hyphen = memchr(d->text + w->start, '-', w->end - w->start);
    if (!hyphen || hyphen == d->text + w->start || !isupper((unsigned char)d->text[w->start]) ||
        sg_text_word_listed(d->text + w->start, (size_t)(hyphen - d->text - w->start), prefixes))
        return 0;
    size_t n = 0;
    for (const char *c = hyphen + 1; c < d->text + w->end; c++, n++)
        if (!islower((unsigned char)*c))
            return 0;
    return n >= 3;
}

/* Nonzero when the chain [from, to) is an acronym and two or three words, after a lowercase
 * title, "of" and "the" ("the general secretary of the NASUWT Chris Keates"): the title's
 * organisation, then the person who holds it; the words but maybe the last no English words,
 * places or acronyms. */
static int titled_acronym_then_name(const struct discovery *d, size_t from, size_t to)
{
    if (to - from < 3 || to - from > 4 || from < 3 || d->place[from] >= 0 ||
        !(d->tokens[from].flags & SG_TOKEN_ACRONYM) ||
        !sg_token_is(d->text, &d->tokens[from - 1], "the") ||
        !sg_token_is(d->text, &d->tokens[from - 2], "of") || is_capital(d, from - 3) ||
        !sg_discover_is_title(d, from - 3))
        return 0;
    for (size_t t = from - 2; t <= from; t++)
        if (d->tokens[t].flags & SG_TOKEN_GAP)
            return 0;
    for (size_t t = from + 1; t < to; t++)
        if (d->place[t] >= 0 || (d->tokens[t].flags & SG_TOKEN_ACRONYM) ||
            (t + 1 < to && sg_discover_common_word(d, t)))
            return 0;
    return 1;
}

/* Nonzero when the chain [from, to) is two or three words right after a capitalised
 * possessive ("Congress’ Sonia Gandhi", "DMK’s TR Baalu"), none a place or an English word,
 * the last no acronym: a person the owner's party or body counts as its own, as a title would
 * show. */
static int owned_name(const struct discovery *d, size_t from, size_t to)
{
    if (to - from < 2 || to - from > 3 || from == 0 || (d->tokens[from].flags & SG_TOKEN_GAP) ||
        !(d->tokens[from - 1].flags & SG_TOKEN_POSSESSIVE) || !is_capital(d, from - 1) ||
        (d->tokens[to - 1].flags & SG_TOKEN_ACRONYM))
        return 0;
    for (size_t t = from; t < to; t++)
        if (d->place[t] >= 0 || (t + 1 < to && sg_discover_common_word(d, t)) ||
            (d->tokens[t].flags & SG_TOKEN_POSSESSIVE))
            return 0;
    return 1;
}

/* Where the capitalised title before "in" and the chain [from, to) starts ("Leader of
 * Opposition in Rajya Sabha Mallikarjun Kharge": the chain names the body the title serves,
 * then its holder in its last two words, none a place, an acronym, a title or an English
 * word), or SIZE_MAX. */
static size_t title_in_body(const struct discovery *d, size_t from, size_t to)
{
    if (to - from < 3 || from < 3 || !sg_token_is(d->text, &d->tokens[from - 1], "in") ||
        (d->tokens[from].flags & SG_TOKEN_GAP) || (d->tokens[from - 1].flags & SG_TOKEN_GAP))
        return SIZE_MAX;
    for (size_t t = to - 2; t < to; t++)
        if (d->place[t] >= 0 || (d->tokens[t].flags & SG_TOKEN_ACRONYM) ||
            sg_discover_common_word(d, t) || sg_discover_is_title(d, t))
            return SIZE_MAX;
    for (size_t k = from - 2;; k--) {
        if (is_capital(d, k) && sg_discover_is_title(d, k))
            return k;
        if (k == 0 || from - k >= 6 || (d->tokens[k].flags & SG_TOKEN_GAP) ||
            !(is_capital(d, k) || word_is(d, k, sg_discover_particles)))
            return SIZE_MAX;
    }
}

/* Reads the chain [from, to) as the body a title before it serves and the holder's name, when
 * title_in_body finds that title; nonzero when it does. */
static int read_title_in_body(struct discovery *d, size_t from, size_t to)
{
    size_t held = title_in_body(d, from, to);
    if (held == SIZE_MAX)
        return 0;
    struct found *f = sg_discover_add_person(d, to - 2, to, to - 2, to - 2);
    if (f)
        sg_discover_add_surface(d, f, token_span(d, held, to));
    return 1;
}

/* Nonzero when token t is a verb's "-ing" form that WordNet knows as no noun ("Responding",
 * "Rejecting"; not "Mining", "Building"): opening a sentence, it opens a clause, no name. */
static int opening_participle(const struct discovery *d, size_t t)
{
    char word[64], base[64];
    if (!sg_discover_lower_word(d, t, word, sizeof word))
        return 0;
    size_t n = strlen(word);
    return n > 4 && strcmp(word + n - 3, "ing") == 0 && sg_lemma_is(word, 'v') &&
           sg_lemma(word, 'v', base, sizeof base) == 0 && strcmp(base, word) != 0 &&
           !sg_lemma_is(word, 'n');
}

void sg_discover_read_chain(struct discovery *d, size_t from, size_t to)
{
    /* "But", "The", "Rejecting": a sentence's first word when it is a common word that neither
     * owns anything nor speaks (not the first word of a place: "New Zealand Council of ...")
     * nor names a group with the plural after it ("Western powers"),
     * or a participle before a name ("Responding BT said") */
    while (from < to && (d->tokens[from].flags & SG_TOKEN_INITIAL) && d->place[from] < 0 &&
           (word_is(d, from, sg_discover_stops) || opening_participle(d, from) ||
            (to - from == 1 && sg_discover_common_word(d, from) &&
             !(d->tokens[from].flags & SG_TOKEN_POSSESSIVE) && !sg_discover_speaks(d, from, to) &&
             !(to < d->token_count && !(d->tokens[to].flags & SG_TOKEN_GAP) &&
               sg_discover_adjective_group(d, from, to)))))
        from++;
    /* "the Brexit-supporting European Research Group": the name starts after the modifier */
    while (to - from >= 2 && hyphenated_modifier(d, from))
        from++;
    if (to - from == 1 && sg_token_is(d->text, &d->tokens[from], "all"))
        return; /* "the All India ... Association": the place reads the name */
    if (from == to || contraction(d, from) || agency(d, from, to) || all_capitals(d, from, to) ||
        currency(d, from, to) || pronoun(d, from, to) || sg_discover_owns_unit(d, to - 1))
        return;
    if (titled_acronym_then_name(d, from, to)) {
        sg_discover_add_lone(d, from, from + 1);
        sg_discover_add_titled_after_comma(d, from + 1, to);
        return;
    }
    if (read_title_in_body(d, from, to))
        return;
    size_t described = described_in_apposition(d, to);
    if (described) {
        note_adjective(d, from, to, described);
        return;
    }
    /* "Liberal MPs", "Opposition MPs": a collective written in capitals ends the chain */
    if (to - from >= 2 && sg_discover_plural_acronym(d, to - 1) &&
        sg_discover_read_qualified(d, from, to - 1))
        return;
    size_t last_title = SIZE_MAX;
    for (size_t t = from; t < to; t++)
        if (sg_discover_is_title(d, t))
            last_title = t;
    if (venue(d, from, to, last_title) || news_outlet(d, to) || newspaper(d, from, to) ||
        (quoted_by(d, from) && last_title == SIZE_MAX) || law(d, from, to) ||
        product(d, from, to) || works(d, to) || feature(d, from, to) || led_by(d, to) ||
        before_event(d, to))
        return;
    if (spelt_name_end(d, from) == to) {
        sg_discover_add_organization(d, from, to); /* "Campaign Against Arms Trade (CAAT)" */
        return;
    }
    if (last_title == SIZE_MAX && affiliation_only(d, from, to)) {
        d->affiliation = token_span(d, from, to); /* the next person's group */
        return;
    }
    if (last_title != SIZE_MAX && sg_discover_titled_organization(d, from, to, last_title)) {
        sg_discover_add_organization(d, from, to); /* "Justice Department" */
        return;
    }
    /* "Assistant Minister to the Prime Minister James McGrath": the title after "to" is the
     * complement of the one before, and no title of the person's */
    if (last_title != SIZE_MAX && !sg_discover_read_title_for(d, from, to)) {
        sg_discover_read_titled(d, from, to, last_title);
        return;
    }
    if (last_title != SIZE_MAX)
        return;
    if (city_of(d, from, to))
        return;
    /* "Jeep parent company Stellantis", "the regulator Ofwat" */
    if (from > 0 && !(d->tokens[from].flags & SG_TOKEN_GAP) && !is_capital(d, from - 1) &&
        word_is(d, from - 1, sg_discover_org_titles)) {
        if (!(from > 1 && sg_token_is(d->text, &d->tokens[from - 1], "agency") &&
              sg_token_is(d->text, &d->tokens[from - 2], "news")))
            sg_discover_add_organization(d, from, to); /* not "state news agency IRNA": a credit */
        return;
    }
    if (sg_discover_read_title_for(d, from, to))
        return; /* "Minister for the Public Service Judith Collins" */
    size_t title = sg_discover_title_start(d, from, 0);
    if (title < from)
        sg_discover_add_person(d, from, to, title, from);
    else if (sg_discover_read_shortened_part(d, from, to) ||
             sg_discover_read_qualified(d, from, to))
        return;
    else if ((to - from >= 2 && (word_is(d, to - 1, sg_discover_org_heads) ||
                                 name_ending(d, to - 1) || head_for_inside(d, from, to))) ||
             sg_discover_head_of(d, from, to) || sg_discover_apposition(d, from, to) == 'o')
        sg_discover_add_organization(d, from, to);
    else if (owned_name(d, from, to) ||
             (to - from <= 4 && !(d->tokens[from].flags & SG_TOKEN_ACRONYM) &&
              !sg_discover_plural_noun(d, to - 1) &&
              (sg_discover_apposition(d, from, to) == 'p' ||
               (to - from >= 2 && sg_discover_speaks(d, from, to)) || subject_name(d, from, to) ||
               (to - from >= 2 && (sg_discover_listed_after_person(d, from, to) ||
                                   sg_discover_listed_after_title(d, from))))))
        sg_discover_add_titled_after_comma(d, from, to);
    else
        sg_discover_add_lone(d, from, to);
}
