/*
 * What the files of actor discovery (discover.h) share: the discovery in progress, the actors
 * found so far, the small questions every pass asks of a word, and the functions one file calls
 * in another. discover.c runs the passes and writes the actors; discover_text.c holds what every
 * pass asks of the words; discover_chains.c reads runs of capitalised words: where one ends and
 * what it names or is not (an outlet, a law, a currency, a product, a venue...);
 * discover_candidates.c weighs the candidates they leave; discover_places.c the gazetteer's
 * places and the groups they qualify; discover_place_forms.c the forms those actors take later
 * (administrations, demonyms, parts of a state); discover_people.c people; discover_orgs.c
 * organisations and groups; discover_collectives.c groups named by a lowercase plural. Private to
 * those files.
 */
#ifndef SG_EXTRACT_DISCOVER_PARTS_H
#define SG_EXTRACT_DISCOVER_PARTS_H

#include "extract/places.h"
#include "extract/tokens.h"
#include "model/model.h"

#include <stddef.h>
#include <string.h>

#define SG_DISCOVER_MAX_SURFACES     24
#define SG_DISCOVER_MAX_DESCRIPTIONS 16

struct span {
    size_t start, end;
};

/* One actor found. */
struct found {
    enum sg_actor_type type;
    long place;                                     /* gazetteer entry, or -1 */
    struct span name;                               /* in the text (unless place) */
    struct span surfaces[SG_DISCOVER_MAX_SURFACES]; /* the forms the text names it by */
    size_t surface_count;
    long group_place;   /* the gazetteer entry of its group, or -1 */
    struct span group;  /* else its group as the text names it (empty: none) */
    size_t first;       /* offset of its first mention */
    int merged;         /* folded into another */
    char titles[4][48]; /* a person's title as the text uses it alone: "the prime minister" */
};

struct discovery {
    const char *text;
    size_t length;
    const struct sg_gazetteer *gazetteer;
    struct sg_token *tokens;
    size_t token_count;
    long *place; /* per token: gazetteer surface index, or -1 */
    struct found *found;
    size_t count, capacity;
    struct span *lone; /* candidates: single words and unknown chains, in order */
    struct span
        descriptions[SG_DISCOVER_MAX_DESCRIPTIONS];       /* "Australia's competition regulator" */
    long description_place[SG_DISCOVER_MAX_DESCRIPTIONS]; /* the gazetteer entry of each one's
                                                             country */
    size_t description_count;
    struct span title_only[SG_DISCOVER_MAX_DESCRIPTIONS]; /* "the Pope": a title with no name */
    size_t title_only_count;
    struct span administrations[SG_DISCOVER_MAX_DESCRIPTIONS]; /* "the Biden administration" */
    size_t administration_count;
    struct span adjectives[SG_DISCOVER_MAX_DESCRIPTIONS]; /* "Islamist" of "Islamist party, the
                                                             Muslim Brotherhood" */
    size_t adjective_name[SG_DISCOVER_MAX_DESCRIPTIONS];  /* where the name it describes starts */
    size_t adjective_count;
    size_t lone_count, lone_capacity;
    struct span affiliation; /* an organisation's name before a lowercase title and a name
                                ("New Zealand Council of Trade Unions president ..."), last read */
    int out_of_memory;
};

/* Nonzero when spans a and b hold the same text. */
static inline int same_text(const struct discovery *d, struct span a, struct span b)
{
    return a.end - a.start == b.end - b.start &&
           memcmp(d->text + a.start, d->text + b.start, a.end - a.start) == 0;
}

/* The span of the text from token from to the end of token to - 1. */
static inline struct span token_span(const struct discovery *d, size_t from, size_t to)
{
    return (struct span){d->tokens[from].start, d->tokens[to - 1].end};
}

/* Nonzero when token t exists and starts with a capital. */
static inline int is_capital(const struct discovery *d, size_t t)
{
    return t < d->token_count && (d->tokens[t].flags & SG_TOKEN_CAPITAL);
}

/* Nonzero when token t exists and is one of words, in any case. */
static inline int word_is(const struct discovery *d, size_t t, const char *const *words)
{
    return t < d->token_count && sg_token_in(d->text, &d->tokens[t], words);
}

/* The actor a place token's surface names. */
static inline const struct sg_gazetteer_surface *surface_of(const struct discovery *d, size_t t)
{
    return d->place[t] >= 0 ? &d->gazetteer->surfaces[d->place[t]] : NULL;
}

/* The span of the first word of s. */
static inline struct span first_word(const struct discovery *d, struct span s)
{
    const char *space = memchr(d->text + s.start, ' ', s.end - s.start);
    return (struct span){s.start, space ? (size_t)(space - d->text) : s.end};
}

/* The span of the last word of s. */
static inline struct span last_word(const struct discovery *d, struct span s)
{
    size_t i = s.end;
    while (i > s.start && d->text[i - 1] != ' ')
        i--;
    return (struct span){i, s.end};
}

/* Nonzero when s holds exactly the n bytes of text. */
static inline int span_is(const struct discovery *d, struct span s, const char *text, size_t n)
{
    return s.end - s.start == n && strncmp(d->text + s.start, text, n) == 0;
}

/* ---- discover_text.c: what every pass asks of the words ---- */

/* A new actor of the type, first named at offset first (no place, no group); NULL on out of
 * memory (d->out_of_memory set). */
struct found *sg_discover_add_found(struct discovery *d, enum sg_actor_type type, size_t first);

/* Adds s to f's forms, unless f has that text already or holds SG_DISCOVER_MAX_SURFACES. */
void sg_discover_add_surface(const struct discovery *d, struct found *f, struct span s);

/* The token starting at offset at, or SIZE_MAX. */
size_t sg_discover_token_at(const struct discovery *d, size_t at);

/* Nonzero when token t is digits only. */
int sg_discover_number(const struct discovery *d, size_t t);

/* Nonzero when only a comma (and spaces) stands between token t and the word before. */
int sg_discover_comma_before(const struct discovery *d, size_t t);

/* Nonzero when token t is a collective written as an acronym's plural ("MPs"). */
int sg_discover_plural_acronym(const struct discovery *d, size_t t);

/* Nonzero when token t is a title word, or its plural ("ministers"). */
int sg_discover_is_title(const struct discovery *d, size_t t);

/* Writes token t in lowercase into out (size bytes); returns whether it fits. */
int sg_discover_lower_word(const struct discovery *d, size_t t, char *out, size_t size);

/* Nonzero when the lowercase form of token t is an English word WordNet knows. */
int sg_discover_common_word(const struct discovery *d, size_t t);

/* Nonzero when the text holds phrase as whole words, exactly or with a capital first letter
 * ("The prime minister" at a sentence's start). */
int sg_discover_has_phrase(const struct discovery *d, const char *phrase);

/* The most named of candidates counted one at a time, and the count of the next ("the company" is
 * the organisation named clearly most, "the government" the country): best is -1 before any. */
struct sg_discover_tally {
    long best;
    size_t best_count, second;
};

/* Counts candidate key named count times in t. */
void sg_discover_tally_note(struct sg_discover_tally *t, long key, size_t count);

/* Keeps tokens [from, to) as a candidate for pass 3 (d->out_of_memory set on failure). */
void sg_discover_add_lone(struct discovery *d, size_t from, size_t to);

/* Nonzero when the words around chain [from, to) show a person: a verb of saying after it (also
 * past a comma when a comma stands before it too: ", Ann Lee, said"; or past "and" and another
 * name, for one word: "Acme and Globex said"), or before it after a
 * quotation (", said Mark Harper"), or ", who". */
int sg_discover_speaks(const struct discovery *d, size_t from, size_t to);

/* The list separator ending right before token t: ", ", " and " or ", and " (1), or 0. */
int sg_discover_list_separator(const struct discovery *d, size_t t);

/* Nonzero when two words are one or a letter apart ("Zelensky", "Zelenskyy"; "Greg",
 * "Gregg"). */
int sg_discover_similar(const struct discovery *d, struct span a, struct span b);

/* Nonzero when token t, or "the" before it, follows a word that places it ("in Brazil", "at
 * the Presidential Villa"): a place, not an actor. */
int sg_discover_after_locative(const struct discovery *d, size_t t);

/* ---- discover_chains.c: chains of capitalised words ---- */

/* The end of the chain of capitalised words starting at token t (not in a place): joined by
 * spaces, with lowercase particles inside ("Luiz Inacio Lula da Silva", "Council of NSW"). */
size_t sg_discover_chain_end(const struct discovery *d, size_t t);

/* Reads the chain [from, to) of capitalised words. */
void sg_discover_read_chain(struct discovery *d, size_t from, size_t to);

/* Nonzero when token t is a plural of a common noun ("Democrats", "Greens"): a group. */
int sg_discover_plural_noun(const struct discovery *d, size_t t);

/* Nonzero when token t is a form WordNet knows as an inflected verb ("urged"). */
int sg_discover_inflected_verb(const struct discovery *d, size_t t);

/* ---- discover_candidates.c: the candidates chains leave ---- */

/* Reads candidate c (pass 3): a form of a person or organisation found, an actor of its own
 * when the text uses it as one, or nothing. */
void sg_discover_read_candidate(struct discovery *d, size_t c);

/* Nonzero when the candidate ending at token t owns a company's part named after it
 * ("France Telecom's Wanadoo unit"): a description of that part, no use of the owner. */
int sg_discover_owns_unit(const struct discovery *d, size_t t);

/* An organisation's possessive and a word for a company's part with no name between
 * ("Vodafone Group’s unit"): an alias of that organisation, as the coding guide codes the
 * part. */
void sg_discover_alias_unnamed_units(struct discovery *d);

/* ---- discover_places.c: the gazetteer's places ---- */

/* Marks the tokens each gazetteer surface covers, longest surfaces first, whole words only;
 * then the places misspelt by one letter. */
void sg_discover_mark_places(struct discovery *d);

/* A place surface at token t: the country or organisation itself, a group it qualifies ("U.S.
 * lawmakers", "Russian officials"), or only a modifier ("Ukrainian President ...", "the Paris
 * agreement", "in Brazil"). Returns the token after it. */
size_t sg_discover_read_place(struct discovery *d, size_t t);

/* Where a count of countries starting at token t ends ("Thirty-six countries", "more than 80
 * nations"), or 0: not after a determiner or "other" ("the two countries" are named already),
 * nor after a preposition a word or two before ("among nearly 200 nations"). */
size_t sg_discover_counted_countries(const struct discovery *d, size_t t);

/* The found actor of gazetteer entry, or a new one first named at offset first; NULL on out of
 * memory. */
struct found *sg_discover_place_actor(struct discovery *d, size_t entry, size_t first);

/* ---- discover_place_forms.c: forms of the places' actors read later ---- */

/* Gives each description of an organisation by its country ("Australia's competition
 * regulator", "a UK watchdog") to the one organisation the text names after that country's
 * demonym or name ("Australian Competition and Consumer Commission"), when there is one. */
void sg_discover_attach_descriptions(struct discovery *d);

/* Gives a gazetteer organisation named only by "the" and its head word ("the Commission", the
 * European Commission's) to the organisation the text names with that head word instead ("the
 * Federal Competition and Consumer Protection Commission"), or leaves it out when several are
 * named. */
void sg_discover_defer_bare_heads(struct discovery *d);

/* A place named before a hyphen and a participle that makes it the agent ("Moscow-mediated
 * talks", "AU-mediated talks", "U.S.-brokered"): a mention of that country or organisation, by
 * the words before the hyphen (not "Paris-based"; nor where a group's name starts: "Kremlin-backed
 * separatists"). */
void sg_discover_read_hyphenated_places(struct discovery *d);

/* "The Biden administration", "the Donald Trump administration": an alias of the country it
 * governs, and no organisation of its own. */
void sg_discover_attach_administrations(struct discovery *d);

/* "The" and a demonym for a country's people as a noun ("the Americans", "the Chinese had
 * offered"): an alias of that country, which the text makes an actor so. */
void sg_discover_read_people_demonyms(struct discovery *d);

/* "The" and the part of a state a place actor's form names after the place, two words or more
 * ("the commerce ministry" after "China’s commerce ministry"): an alias of that place when the
 * text uses it and no other actor's form ends so. */
void sg_discover_alias_state_parts(struct discovery *d);

/* ---- discover_government.c: "the government" ---- */

/* "The government" with no country before it or "of" after it, and not after "from", "within"
 * or "in": an alias of the one country the text ties to a government ("Kenya's main opposition
 * party accused the government"), else of the country its dateline names, else of the country
 * it names clearly most. */
void sg_discover_attach_government(struct discovery *d);

/* The one country the text names, by any of its names, however often; -1 when none or
 * several. */
long sg_discover_only_country(const struct discovery *d);

/* ---- discover_people.c: people ---- */

/* Where the title before token t starts ("Transport minister", "RMT boss"), or t when no
 * title word stands right before it; across_comma: the title may stand before a comma ("the
 * ecological transition minister, Monique Barbut"). */
size_t sg_discover_title_start(const struct discovery *d, size_t t, int across_comma);

/* A person named by tokens [from, to), after the title that starts at token title (the
 * title's words end at title_end; none when title_end <= title). */
struct found *sg_discover_add_person(struct discovery *d, size_t from, size_t to, size_t title,
                                     size_t title_end);

/* Keeps the title a comma sets before the name at token from as the person f's: "the Majority
 * Leader" of "The Majority Leader, Alexander Afenyo-Markin", and "Canada’s Prime Minister" of
 * "Canada’s Prime Minister, Justin Trudeau". */
void sg_discover_note_title_before_comma(struct discovery *d, struct found *f, size_t from);

/* What an appositive beside the chain [from, to) says it is: 'p' a person ("Mark Harper
 * (Transport Secretary)", "Arunabha Ghosh, a special envoy", "the minister, Monique Barbut"),
 * 'o' an organisation ("TPG, the telco"), or 0. */
int sg_discover_apposition(const struct discovery *d, size_t from, size_t to);

/* Nonzero when the chain [from, to) goes on a list that a person's name starts ("junior
 * ministers Suella Braverman, Rehman Chishti and Anne-Marie Trevelyan"): after a comma the list
 * must go on, else the chain is an appositive ("Mathan Somasundaram, Market Strategist at"). */
int sg_discover_listed_after_person(const struct discovery *d, size_t from, size_t to);

/* Nonzero when the chain at token from opens a list after a plural title and "including" or
 * "such as" ("junior ministers, including Suella Braverman, Rehman Chishti ..."). */
int sg_discover_listed_after_title(const struct discovery *d, size_t from);

/* A person after an appositive title and a comma ("the ecological transition minister, Monique
 * Barbut"), or with no title: the title as an alias, with the place that owns it ("France's
 * ecological transition minister"). */
void sg_discover_add_titled_after_comma(struct discovery *d, size_t from, size_t to);

/* A person after a title and its portfolio ("Minister for the Public Service Judith Collins"),
 * the chain [from, to) holding the name and maybe the portfolio's last words: the name past
 * them, with the whole as an alias; none when the chain is the portfolio alone. Returns
 * whether the chain was read so. */
int sg_discover_read_title_for(struct discovery *d, size_t from, size_t to);

/* The people named by a title alone ("the Pope"), when no person found holds that title. */
void sg_discover_add_title_holders(struct discovery *d);

/* A chain holding a title ("Prime Minister Petr Necas", "UAW President Shawn Fain"), whose last
 * title word is at last_title: the person after it. */
void sg_discover_read_titled(struct discovery *d, size_t from, size_t to, size_t last_title);

/* The person whose name holds the word, or NULL. */
struct found *sg_discover_person_named(struct discovery *d, struct span word);

/* The person whose name is two words, the first being word ("Zhong" of "Zhong Shan": a family
 * name first), or NULL. */
struct found *sg_discover_person_first_named(struct discovery *d, struct span word);

/* Gives "the president of the United Auto Workers" to the one person the text titles so and
 * affiliates with that organisation ("UAW President Shawn Fain"). */
void sg_discover_attach_title_of(struct discovery *d);

/* Gives a person named in full after a comma the description the comma closes, with the name
 * ("a Japanese embassy official, Akira Yokochi"): "a", "an" or "the" and a title as its head. */
void sg_discover_alias_described_people(struct discovery *d);

/* Gives the one person found who holds a title, and belongs to no other country, a country's
 * description by that title ("Australia's industrial relations minister" for "Employment
 * Minister Tony Burke"; "Pakistan Foreign Minister"). */
void sg_discover_alias_country_titles(struct discovery *d);

/* Nonzero when two people are one: the same or a variant surname, and no two different first
 * names ("Mr Holden" and "Richard Holden"; "Zelensky" and "Volodymyr Zelenskyy"). */
int sg_discover_same_person(const struct discovery *d, const struct found *a,
                            const struct found *b);

/* ---- discover_orgs.c: organisations and groups ---- */

/* An organisation named by tokens [from, to). */
void sg_discover_add_organization(struct discovery *d, size_t from, size_t to);

/* Nonzero when the title words of the chain [from, to), the last at last_title, belong to an
 * organisation's name: head words follow them ("Justice Department", "Defence Ministry"), or the
 * chain is a head word, "of" and words that end with the title ("Department of Justice",
 * "Council of Ministers"), with no name after it. */
int sg_discover_titled_organization(const struct discovery *d, size_t from, size_t to,
                                    size_t last_title);

/* Nonzero when name a is a head word, "of" and a word, maybe after a place, and name b the word
 * and the head word ("U.S. Department of Justice", "Justice Department"). */
int sg_discover_inverted_name(const struct discovery *d, struct span a, struct span b);

/* Nonzero when a head word and "of" or "for" stand inside the chain ("Conservation Council of
 * Western Australia", "Ministry of Foreign Affairs", "Department for Education"). */
int sg_discover_head_of(const struct discovery *d, size_t from, size_t to);

/* Reads "the Korean Ministry of Trade, Industry and Energy" after "the South Korean government"
 * as that country's: nonzero when the chain [from, to) is a word that is the last of one place's
 * name or demonym the text names, then a capitalised part of the state ("Ministry",
 * "Embassy"). */
int sg_discover_read_shortened_part(struct discovery *d, size_t from, size_t to);

/* A chain followed by the lowercase word it qualifies: "Pacific Island nations", "NSW
 * government", "the Biden administration", "the Public Affairs party", "MQM leaders". Returns
 * whether it was read so. */
int sg_discover_read_qualified(struct discovery *d, size_t from, size_t to);

/* Nonzero when the one word at token from is a capitalised adjective of no place before
 * "powers" at token to ("Western powers and Iran have been at loggerheads"): a group the two
 * words name, as a demonym's would be ("European powers"). */
int sg_discover_adjective_group(const struct discovery *d, size_t from, size_t to);

/* Nonzero when one organisation's name is the other's acronym ("UAW", "United Auto Workers"). */
int sg_discover_acronym_of(const struct discovery *d, struct span acronym, struct span name);

/* Nonzero when word stands in brackets right after one of a's forms ("United States Maritime
 * Alliance (USMX)"). */
int sg_discover_bracketed(const struct discovery *d, const struct found *a, struct span word);

/* The organisation an acronym stands for: the name it follows in brackets ("Muttahida Qaumi
 * Movement (MQM)"), or whose initials it is; or the place whose form it follows in brackets
 * ("the Korean Ministry of Trade, Industry and Energy (MOTIE)"). */
struct found *sg_discover_expanded(struct discovery *d, struct span word);

/* The organisation whose name starts with the word ("TPG" of "TPG Telecom Ltd"), or NULL. */
struct found *sg_discover_organization_named(struct discovery *d, struct span word);

/* "The union", "the regulator", and the first "the WORD union" ("the junior party"): an alias
 * of each organisation of that kind when the text uses it, so that the lexicon's title rule follows
 * it to the one named last (docs/EXTRACT.md, "Lexicon"); for a watchdog, also "the regulator",
 * and the reverse. The kind comes from its name, the words beside one, or an appositive. */
void sg_discover_note_organization_kinds(struct discovery *d);

/* The name without a legal ending ("US Foods" of "US Foods Inc."). */
struct span sg_discover_legal_name(const struct discovery *d, struct span name);

/* "The coup leaders" beside "Niger's military leaders", "enemy forces in Karabakh" beside
 * "ethnic Armenian forces in Karabakh": one lowercase word before a group's plural head (and
 * the same "in PLACE" when one follows) names that group, when no other actor's form ends so.
 * An alias of it. */
void sg_discover_alias_described_groups(struct discovery *d);

/* ---- discover_collectives.c: groups named by a lowercase plural ---- */

/* Bare collectives: a lowercase plural of people ("activists", "nurses", "the opposition"), or
 * of bodies after a modifier ("green groups", "opposition parties"), maybe after one lowercase
 * word ("trainee doctors"), with no name, country or possessive before it: one group per phrase,
 * with "the" and the phrase as a form when the text writes it so. */
void sg_discover_add_collectives(struct discovery *d);

#endif
