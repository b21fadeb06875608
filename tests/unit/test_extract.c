/*
 * The extractor's parts on texts written for the test: sentence splitting (abbreviations,
 * quotes), alias matching (longest first, possessives, modifiers, UTF-8), and the frames
 * (active, passive, coordination, negation, lists, joint talks).
 */
#include "base/diag.h"
#include "extract/extract.h"
#include "extract/lemma.h"
#include "extract/parse.h"
#include "model/model.h"

#include "fixture.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void sentences(void **state)
{
    (void)state;
    const char *text = "Mr. Smith met the U.S. envoy. He left! \xE2\x80\x9CIs it?\xE2\x80\x9D she "
                       "asked.\nTalks on Sept. 27 ended in Nov. Then it rained.\nHe waited... "
                       "It rained. \xE2\x80\x9CI am outraged ... I condemn it,\xE2\x80\x9D he "
                       "said.\nNew line";
    static const char *const expected[] = {"Mr. Smith met the U.S. envoy.",
                                           "He left!",
                                           "\xE2\x80\x9CIs it?\xE2\x80\x9D she asked.",
                                           "Talks on Sept. 27 ended in Nov.",
                                           "Then it rained.",
                                           "He waited...",
                                           "It rained.",
                                           "\xE2\x80\x9CI am outraged ... I condemn "
                                           "it,\xE2\x80\x9D he said.",
                                           "New line"};
    struct sg_sentence *list = NULL;
    size_t count = sg_extract_sentences(text, strlen(text), &list);
    assert_int_equal(count, 9);
    for (size_t i = 0; i < 9; i++) {
        size_t n = list[i].end - list[i].start;
        assert_int_equal(n, strlen(expected[i]));
        assert_memory_equal(text + list[i].start, expected[i], n);
    }
    free(list);
}

static void mentions(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "zelensky", "Volodymyr Zelensky", SG_ACTOR_PERSON, NULL,
                      "Zelensky");
    fixture_add_actor(&lexicon, "us", "United States", SG_ACTOR_PERSON, NULL, "U.S.");
    fixture_add_actor(&lexicon, "ukraine", "Ukraine", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "zoe", "Zo\xC3\xAB", SG_ACTOR_PERSON, NULL, NULL);
    /* The first "Zelensky" is a bare surname before the full name: no mention yet. */
    const char *text = "Zelensky aides met U.S. officials; Volodymyr Zelensky and "
                       "pro-Ukraine groups met Zo\xC3\xAB. Zelensky\xE2\x80\x99s plan.";
    struct sg_mention *found = NULL;
    size_t count = sg_extract_mentions(text, strlen(text), &lexicon, &found);
    assert_int_equal(count, 4);
    assert_int_equal(found[0].actor, 1); /* "U.S." at byte 19 */
    assert_int_equal(found[0].start, 19);
    assert_int_equal(found[1].actor, 0); /* the full name, not its surname inside it */
    assert_int_equal(found[1].end - found[1].start, strlen("Volodymyr Zelensky"));
    assert_int_equal(found[1].kind, SG_MENTION_NAME);
    assert_int_equal(found[2].actor, 3); /* UTF-8 name; "pro-Ukraine" is no mention */
    assert_int_equal(found[3].actor, 0); /* the surname, now named, before a possessive */
    assert_int_equal(found[3].kind, SG_MENTION_SURNAME);
    assert_int_equal(found[3].end - found[3].start, 8);
    free(found);
    sg_model_destroy(&lexicon);
}

/* A mention expected: the actor's index, its start and its text. */
struct want_mention {
    size_t actor, start;
    const char *text;
};

/* Checks that the mentions of text under lexicon are exactly want. */
static void check_mentions(const char *text, const struct sg_model *lexicon,
                           const struct want_mention *want, size_t count)
{
    struct sg_mention *found = NULL;
    assert_int_equal(sg_extract_mentions(text, strlen(text), lexicon, &found), count);
    for (size_t i = 0; i < count; i++) {
        assert_int_equal(found[i].actor, want[i].actor);
        assert_int_equal(found[i].start, want[i].start);
        assert_int_equal(found[i].end - found[i].start, strlen(want[i].text));
        assert_memory_equal(text + found[i].start, want[i].text, strlen(want[i].text));
    }
    free(found);
}

/* A demonym before a noun for a state's agents ("Russian diplomats", "the Russian Consulate")
 * names the lexicon's country of that demonym (data/places.json); the lexicon's own names come
 * first ("Russian officials", an actor of its own), and other nouns are no mention ("Russian
 * diplomacy"). */
static void state_agents(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "moldova", "Moldova", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "officials", "Russian officials", SG_ACTOR_GROUP, NULL, NULL);
    /* the group is not Russia */
    static const struct want_mention want[] = {{1, 4, "Moldovan Foreign Ministry"},
                                               {0, 44, "Russian diplomats"},
                                               {2, 63, "Russian officials"},
                                               {0, 122, "Russian Consulate"}};
    check_mentions("The Moldovan Foreign Ministry expelled five Russian diplomats. Russian "
                   "officials protested. Russian diplomacy is old. The Russian Consulate "
                   "closed.",
                   &lexicon, want, 4);
    sg_model_destroy(&lexicon);
}

/* A country's name or demonym before its goods ("U.S. goods", "Canadian lumber") names it, even
 * when the lexicon writes it only as "the U.S.": tariffs on them are aimed at it. A bloc's
 * goods name no bloc ("European goods"), nor does another noun ("U.S. markets"). */
static void country_goods(void **state)
{
    (void)state;
    const char *text = "Canada imposed tariffs on $16 billion worth of U.S. goods. The European "
                       "Union taxed Canadian lumber. U.S. markets fell. European goods sold.";
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "us", "United States", SG_ACTOR_COUNTRY, NULL, "the U.S.");
    fixture_add_actor(&lexicon, "canada", "Canada", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "eu", "European Union", SG_ACTOR_ORGANIZATION, NULL, NULL);
    static const struct want_mention want[] = {{1, 0, "Canada"},
                                               {0, 47, "U.S. goods"},
                                               {2, 63, "European Union"},
                                               {1, 84, "Canadian lumber"}};
    check_mentions(text, &lexicon, want, 4);
    sg_model_init(&out);
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    assert_true(out.statement_count >= 1);
    assert_int_equal(out.statements[0].source, 1); /* Canada against the United States */
    assert_int_equal(out.statements[0].target, 0);
    assert_int_equal(out.statements[0].type, SG_STANCE_CRITICISM);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* Goods that modify a plural noun after them name no country: "Canadian lumber producers" are
 * an industry; "Chinese steel imports", goods themselves, stay China's. */
static void country_goods_modifier(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "canada", "Canada", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "china", "China", SG_ACTOR_COUNTRY, NULL, NULL);
    /* without the rule "Canadian lumber" at 0 names Canada too */
    static const struct want_mention want[] = {{0, 37, "Canada"}, {1, 50, "Chinese steel"}};
    check_mentions("Canadian lumber producers protested. Canada taxed Chinese steel imports.",
                   &lexicon, want, 2);
    sg_model_destroy(&lexicon);
}

/* A demonym coordinated before a state's agents, maybe with a count, stands for its own
 * country too ("five Moldovan and two Estonian diplomats"), and is read as a name, not a
 * modifier: Russia expelled the diplomats of both. Before another noun it names nobody ("the
 * Moldovan and Estonian proposals"). */
static void coordinated_demonyms(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "moldova", "Moldova", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "estonia", "Estonia", SG_ACTOR_COUNTRY, NULL, NULL);
    const char *text = "Russia expelled five Moldovan and two Estonian diplomats. Russia "
                       "criticised the Moldovan and Estonian proposals.";
    static const struct want_mention want[] = {
        {0, 0, "Russia"}, {1, 21, "Moldovan"}, {2, 38, "Estonian diplomats"}, {0, 58, "Russia"}};
    check_mentions(text, &lexicon, want, 4);
    sg_model_init(&out);
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    assert_int_equal(out.statement_count, 2);
    for (size_t i = 0; i < 2; i++) {
        assert_int_equal(out.statements[i].source, 0);
        assert_int_equal(out.statements[i].type, SG_STANCE_CRITICISM);
    }
    assert_int_not_equal(out.statements[0].target, out.statements[1].target);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A lexicon whose aliases are the demonyms alone, as discovery writes them ("Moldovan" for
 * Moldova): a demonym before its state's agents yields to them, so "Estonian diplomats" is
 * found whole and the demonym coordinated before it stands for Moldova as with no such alias.
 * Before another noun the alias stays a mention ("Estonian proposals"). */
static void demonym_aliases_yield(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, NULL, "Russian");
    fixture_add_actor(&lexicon, "moldova", "Moldova", SG_ACTOR_COUNTRY, NULL, "Moldovan");
    fixture_add_actor(&lexicon, "estonia", "Estonia", SG_ACTOR_COUNTRY, NULL, "Estonian");
    const char *text = "Russia expelled five Moldovan and two Estonian diplomats. Estonian "
                       "proposals failed.";
    static const struct want_mention want[] = {
        {0, 0, "Russia"}, {1, 21, "Moldovan"}, {2, 38, "Estonian diplomats"}, {2, 58, "Estonian"}};
    check_mentions(text, &lexicon, want, 4);
    sg_model_destroy(&lexicon);
}

/* One statement expected of extract: source and target (indexes of the proposed snapshot's
 * actors, which keep lexicon order), type, rule and confidence as written. */
struct expected {
    size_t source, target;
    enum sg_stance type;
    const char *rule, *confidence;
};

static void check_statement(const struct sg_model *out, size_t i, size_t source, size_t target,
                            enum sg_stance type, const char *rule, const char *confidence);

/* Checks that out holds exactly the statements of want, in order. */
static void check_all(const struct sg_model *out, const struct expected *want, size_t count)
{
    assert_int_equal(out->statement_count, count);
    for (size_t i = 0; i < count; i++)
        check_statement(out, i, want[i].source, want[i].target, want[i].type, want[i].rule,
                        want[i].confidence);
}

/* Runs extract on text with lexicon and the built-in cues into out. */
static void run(const char *text, const struct sg_model *lexicon, struct sg_model *out)
{
    sg_model_init(out);
    assert_int_equal(sg_extract(text, strlen(text), lexicon, NULL, "t", "2025-01-01", out, NULL),
                     SG_OK);
}

enum { A, B, C, D };
#define CRIT SG_STANCE_CRITICISM
#define SUPP SG_STANCE_SUPPORT
#define NEGO SG_STANCE_NEGOTIATION

/* The roles of a parse: subject and object, the passive's agent, coordinated subjects and a
 * list of prepositional objects ("met with"), and the subjects of a joint negotiation. Negation
 * leaves the statement out. */
static void frames(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    fixture_four_people(&lexicon);
    run("Alice criticized Bob. Bob was criticized by Carol. Alice and Carol condemned Dave. "
        "Dave never praised Alice. Bob met with Alice, Carol and Dave. Alice and Bob held talks.",
        &lexicon, &out);
    static const struct expected want[] = {
        {A, B, CRIT, "parse", "0.80"}, {C, B, CRIT, "parse", "0.80"},
        {A, D, CRIT, "parse", "0.80"}, {C, D, CRIT, "parse", "0.80"},
        {B, D, NEGO, "parse", "0.80"}, {B, A, NEGO, "parse", "0.80"},
        {B, C, NEGO, "parse", "0.80"}, {A, B, NEGO, "parse, joint", "0.80"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    assert_string_equal(out.statements[1].evidence, "Bob was criticized by Carol.");
    /* the cue as written, and its lemma */
    assert_string_equal(out.statements[1].extras.items[0].json, "\"criticized\"");
    assert_string_equal(out.statements[1].extras.items[1].json, "\"criticize\"");
    assert_int_equal(out.tie_count, 7); /* the two negotiations of Alice and Bob are one tie */
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* An acronym's plural ("DHBs") is a plural name, kept as written rather than a placeholder's
 * singular name: the parse then reads its bare apostrophe ("the DHBs' offer") as a possessive,
 * as it does "the DHBs" of a lexicon that holds the article. */
static void plural_acronyms(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "nurses", "nurses", SG_ACTOR_GROUP, NULL, NULL);
    fixture_add_actor(&lexicon, "dhbs", "DHBs", SG_ACTOR_ORGANIZATION, NULL, NULL);
    run("Thousands of nurses voted to strike on Thursday after rejecting the DHBs' latest pay "
        "offer.",
        &lexicon, &out);
    static const struct expected want[] = {{A, B, CRIT, "parse, owner", "0.28"},
                                           {B, A, NEGO, "parse, owner", "0.64"}};
    check_all(&out, want, 2);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A pronoun means the last person named; the object of "criticized X for ignoring Y" is the
 * target, not the reason; no statement across a clause that names none; a noun's host ("pointed
 * to support for X": the subject of the verb whose phrase holds it). */
static void more_frames(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "carol", "Carol", SG_ACTOR_COUNTRY, NULL, NULL);
    run("Alice arrived first. Later she met with Bob. Carol criticized Alice for ignoring Bob. "
        "It was a move Bob criticized for excluding Carol. "
        "Bob praised the plan, and Carol stayed away. "
        "Carol, citing the talks, pointed to support for Bob.",
        &lexicon, &out);
    /* "she": Alice, 0.8 x 0.8 for the pronoun */
    static const struct expected want[] = {{A, B, NEGO, "parse, pronoun", "0.64"},
                                           {C, A, CRIT, "parse", "0.80"},
                                           {C, B, SUPP, "parse", "0.80"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A lexicon actor with two aliases (either may be NULL) and a type. */
static void add_typed(struct sg_model *model, const char *id, const char *name,
                      enum sg_actor_type type, const char *alias, const char *other)
{
    struct sg_actor *actor = fixture_add_actor(model, id, name, type, NULL, alias);
    if (other) {
        char **grown = realloc(actor->aliases, 2 * sizeof *grown);
        assert_non_null(grown);
        actor->aliases = grown;
        actor->aliases[actor->alias_count++] = strdup(other);
    }
}

/* Checks statement i: source, target, type, rule and confidence (two decimals, compared as
 * numbers: "0.80" expects the written "0.8"). */
static void check_statement(const struct sg_model *out, size_t i, size_t source, size_t target,
                            enum sg_stance type, const char *rule, const char *confidence)
{
    char quoted[64];
    assert_true(i < out->statement_count);
    const struct sg_statement *s = &out->statements[i];
    assert_int_equal(s->source, source);
    assert_int_equal(s->target, target);
    assert_int_equal(s->type, type);
    snprintf(quoted, sizeof quoted, "\"%s\"", rule);
    assert_string_equal(s->extras.items[2].json, quoted);
    assert_true(fabs(strtod(s->extras.items[3].json, NULL) - strtod(confidence, NULL)) < 1e-9);
}

/* Reported speech: a cue inside a quotation takes the speaker as its source when the
 * quotation names none ("We ..."), whether the speaker comes after ("..., Halvorsen said";
 * "said Halvorsen"; "she said") or before ("Halvorsen told reporters: ..."). */
static void reported_speech(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    add_typed(&lexicon, "halvorsen", "Ingrid Halvorsen", SG_ACTOR_PERSON, "Halvorsen", NULL);
    add_typed(&lexicon, "norway", "Norway", SG_ACTOR_COUNTRY, NULL, NULL);
    add_typed(&lexicon, "iceland", "Iceland", SG_ACTOR_COUNTRY, NULL, NULL);
    add_typed(&lexicon, "eu", "European Union", SG_ACTOR_ORGANIZATION, "Brussels", NULL);
    const char *text = "Ingrid Halvorsen arrived in Oslo. "
                       "\xE2\x80\x9CWe will not criticize Iceland,\xE2\x80\x9D she said. "
                       "\xE2\x80\x9CNorway praises Iceland,\xE2\x80\x9D Halvorsen said. "
                       "\xE2\x80\x9CWe welcome the offer from Iceland,\xE2\x80\x9D said Halvorsen. "
                       "Halvorsen told reporters: \xE2\x80\x9CWe thank Brussels.\xE2\x80\x9D "
                       "\"We condemn Norway,\" an official said. "
                       "\"We will criticize Norway,\" she said.";
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    /* 1: negated, none. 2: the quotation names its source: norway->iceland. 3: "we" is the
     * speaker, and "the offer from Iceland" is Iceland's (0.8 x 0.8 x 0.8); the offer itself
     * is a negotiation from Iceland to whoever welcomes it, "we" (0.8 x 0.8). 4: halvorsen -> eu.
     * 5: no speaker, none. 6: "she" = Halvorsen, the first person named outside quotations in
     * the sentence before; "will" halves 0.64. */
    static const struct expected want[] = {{1, 2, SUPP, "parse", "0.80"},
                                           {0, 2, SUPP, "parse, pronoun, owner", "0.51"},
                                           {2, 0, NEGO, "parse, pronoun", "0.64"},
                                           {0, 3, SUPP, "parse, pronoun", "0.64"},
                                           {0, 1, CRIT, "parse, pronoun", "0.32"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    /* the evidence is the whole sentence, the speaker's offsets outside the quotation:
     * "Halvorsen" after "said " */
    assert_string_equal(
        out.statements[1].evidence,
        "\xE2\x80\x9CWe welcome the offer from Iceland,\xE2\x80\x9D said Halvorsen.");
    const char *said = strstr(text, "said Halvorsen") + 5;
    char offsets[128];
    snprintf(offsets, sizeof offsets, "{\"source\":[%zu,%zu],", (size_t)(said - text),
             (size_t)(said - text) + 9);
    assert_memory_equal(out.statements[1].extras.items[4].json, offsets, strlen(offsets));
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* Titles stand for the holder named last before the sentence; a demonym before a title and a
 * person's name only modifies the name. */
static void titles_and_modifiers(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    add_typed(&lexicon, "zelensky", "Volodymyr Zelensky", SG_ACTOR_PERSON, "Zelensky",
              "the president");
    add_typed(&lexicon, "trump", "Donald Trump", SG_ACTOR_PERSON, "Trump", "the president");
    add_typed(&lexicon, "ukraine", "Ukraine", SG_ACTOR_COUNTRY, "Ukrainian", "Kyiv");
    add_typed(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, "the Kremlin", NULL);
    const char *text = "The president criticized Russia. "
                       "Ukrainian President Volodymyr Zelensky criticized the Kremlin. "
                       "Donald Trump arrived. "
                       "Zelensky met with the president. "
                       "The President praised the Ukrainian proposal.";
    struct sg_mention *m = NULL;
    size_t count = sg_extract_mentions(text, strlen(text), &lexicon, &m);
    /* "The president" (nobody named yet) and the first "Ukrainian" (a modifier) are no
     * mentions; "the Kremlin" is a name, not a title. */
    static const size_t actors[] = {3, 0, 3, 1, 0, 1, 1, 2};
    assert_int_equal(count, 8);
    for (size_t i = 0; i < count; i++)
        assert_int_equal(m[i].actor, actors[i]);
    assert_int_equal(m[0].start, strlen("The president criticized "));
    assert_int_equal(m[1].kind, SG_MENTION_NAME);
    assert_int_equal(m[5].kind, SG_MENTION_TITLE); /* "the president" = Trump, named before */
    assert_int_equal(m[6].kind, SG_MENTION_TITLE); /* "The President" = Trump, named last */
    free(m);
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    /* out actors in lexicon order: zelensky 0, trump 1, ukraine 2, russia 3. "the Ukrainian
     * proposal" is Ukraine's (a demonym as the modifier of the object: 0.8 x 0.8; "Ukrainian
     * farmers" would be nobody's, people who do not act for Ukraine); with the
     * title "Ukrainian President" left out of the parse, the first reading comes from the
     * parser's best linkage (0.8). */
    static const struct expected want[] = {{0, 3, CRIT, "parse", "0.80"},
                                           {0, 1, NEGO, "parse", "0.80"},
                                           {1, 2, SUPP, "parse, owner", "0.64"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* The mentions of text, which must number expected. */
static struct sg_mention *mentions_of(const struct sg_model *lexicon, const char *text,
                                      size_t expected)
{
    struct sg_mention *m = NULL;
    assert_int_equal(sg_extract_mentions(text, strlen(text), lexicon, &m), expected);
    return m;
}

/* A name that begins with "the" ("the Greens", "the Kremlin") is found with "The" opening a
 * sentence too; a title-cased word inside it is still matched exactly. */
static void names_opening_with_the(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    add_typed(&lexicon, "greens", "Green Party", SG_ACTOR_ORGANIZATION, "the Greens", NULL);
    const char *text = "The Greens spoke. Later the Greens left. The greens were fresh.";
    struct sg_mention *m = mentions_of(&lexicon, text, 2);
    assert_int_equal(m[0].start, 0);
    assert_int_equal(m[0].end, strlen("The Greens"));
    assert_int_equal(m[1].start, strlen("The Greens spoke. Later "));
    free(m);
    sg_model_destroy(&lexicon);
}

/* A name written as a plural keeps its own words in the parse ("The Greens have thrown": a
 * singular placeholder would not agree with "have"); "one's" in a cue is any possessive
 * ("thrown their weight behind"); idioms of several words ("poured cold water on"). */
static void plural_names_and_idioms(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    add_typed(&lexicon, "greens", "Green Party", SG_ACTOR_ORGANIZATION, "the Greens", NULL);
    add_typed(&lexicon, "union", "Metalworkers Union", SG_ACTOR_ORGANIZATION, NULL, NULL);
    run("The Greens have thrown their weight behind the Metalworkers Union's demand. "
        "The Metalworkers Union poured cold water on the Greens' plan.",
        &lexicon, &out);
    static const struct expected want[] = {{0, 1, SUPP, "parse, owner", "0.64"},
                                           {1, 0, CRIT, "parse, owner", "0.64"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* An abbreviation kept as a modifier loses its full stops in the parse ("U.S. dairy farmers"
 * is one noun phrase, not a sentence ending after "U.S"); a date and an agency's credit
 * opening a sentence are left out ("July 1 (Reuters) - "). */
static void rewrites_for_the_parser(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    add_typed(&lexicon, "us", "United States", SG_ACTOR_COUNTRY, "U.S.", NULL);
    add_typed(&lexicon, "canada", "Canada", SG_ACTOR_COUNTRY, NULL, NULL);
    const char *text = "July 1 (Reuters) - Canada curbed U.S. dairy farmers.";
    struct sg_mention *m = mentions_of(&lexicon, text, 2);
    struct sg_parser *parser = NULL;
    assert_int_equal(sg_parser_open(&parser), 0);
    struct sg_parse parse;
    struct sg_sentence all = {0, strlen(text)};
    assert_int_equal(sg_parse_sentence(parser, text, all, m, 2, &lexicon, &parse), 0);
    /* left wall, Canada, curbed, US, dairy, farmers, ".", right wall */
    assert_int_equal(parse.word_count, 8);
    assert_int_equal(parse.words[1].mention, 0);
    assert_int_equal(parse.words[1].start, strlen("July 1 (Reuters) - "));
    assert_int_equal(parse.words[3].mention, 1);
    assert_string_equal(parse.words[4].word, "dairy");
    sg_parse_destroy(&parse);
    sg_parser_close(parser);
    free(m);
    sg_model_destroy(&lexicon);
}

/* A bare surname is the person when the full name never comes (an excerpt that begins after
 * the first naming); before the full name, it is not ("Tanaka aides ...; Bob Tanaka"). */
static void surnames_alone(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    add_typed(&lexicon, "tanaka", "Bob Tanaka", SG_ACTOR_PERSON, "Tanaka", NULL);
    struct sg_mention *m = mentions_of(&lexicon, "Tanaka spoke. Tanaka left.", 2);
    assert_int_equal(m[0].start, 0);
    free(m);
    m = mentions_of(&lexicon, "Tanaka aides spoke. Bob Tanaka left. Tanaka slept.", 2);
    assert_int_equal(m[0].start, strlen("Tanaka aides spoke. "));
    free(m);
    /* never named in full: not after another name ("Ken Tanaka") nor before a noun it
     * modifies ("Tanaka aides"); after a title, a day or a common word opening the sentence */
    m = mentions_of(&lexicon, "Then Ken Tanaka spoke. Tanaka aides left.", 0);
    free(m);
    m = mentions_of(&lexicon,
                    "On Tuesday Tanaka spoke. President Tanaka left. Unlike Tanaka, "
                    "we stayed.",
                    3);
    free(m);
    sg_model_destroy(&lexicon);
}

/* A title that one actor of the lexicon holds, and that actor no person, stands for it even
 * when it was never named: "the government" in a story that never says "United Kingdom"; one
 * that several hold, used before any of them is named, is the first named after it. A
 * person's title still needs its holder named before ("the minister" may be anyone). */
static void titles_of_one_actor(void **state)
{
    (void)state;
    struct sg_model lexicon;
    sg_model_init(&lexicon);
    add_typed(&lexicon, "uk", "United Kingdom", SG_ACTOR_COUNTRY, "the government", NULL);
    add_typed(&lexicon, "rmt", "RMT", SG_ACTOR_GROUP, "the union", NULL);
    add_typed(&lexicon, "holden", "Richard Holden", SG_ACTOR_PERSON, "the minister", NULL);
    add_typed(&lexicon, "other", "Other Body", SG_ACTOR_ORGANIZATION, "the union", NULL);
    const char *text = "The government made an offer. The union rejected it. The minister spoke.";
    struct sg_mention *m = mentions_of(&lexicon, text, 1);
    /* "The government": uk alone holds it. "The union": two actors hold it and neither was
     * named, so nobody. "The minister": a person's title, its holder never named. */
    assert_int_equal(m[0].actor, 0);
    assert_int_equal(m[0].start, 0);
    assert_int_equal(m[0].kind, SG_MENTION_TITLE);
    free(m);
    /* "the government of Norway" is Norway's, not the UK's; the second "The government",
     * unqualified, is the UK's */
    const char *qualified = "Richard Holden criticized the government of Norway. "
                            "The government spoke.";
    m = mentions_of(&lexicon, qualified, 2);
    assert_int_equal(m[0].actor, 2);
    assert_int_equal(m[1].actor, 0);
    assert_int_equal(m[1].start, strlen("Richard Holden criticized the government of Norway. "));
    free(m);
    /* a person's title with a possessive stands for its one holder named earlier in the same
     * sentence ("... Holden, saying the minister's offer"); without it, it does not */
    const char *possessive = "Richard Holden spoke, saying the minister's offer stands. "
                             "Richard Holden met the minister.";
    m = mentions_of(&lexicon, possessive, 3);
    assert_int_equal(m[1].actor, 2);
    assert_int_equal(m[1].kind, SG_MENTION_TITLE);
    assert_int_equal(m[1].start, strlen("Richard Holden spoke, saying "));
    assert_int_equal(m[2].kind, SG_MENTION_NAME);
    free(m);
    /* ... and so does one that follows a comma, opening a clause of its own */
    const char *comma = "At the talks, which Richard Holden attended, the minister criticized RMT.";
    m = mentions_of(&lexicon, comma, 3);
    assert_int_equal(m[1].actor, 2);
    assert_int_equal(m[1].kind, SG_MENTION_TITLE);
    assert_int_equal(m[1].start, strlen("At the talks, which Richard Holden attended, "));
    free(m);
    /* "of" before no name qualifies nothing: "accused the government of lying" is the UK's */
    const char *accused = "Richard Holden accused the government of lying.";
    m = mentions_of(&lexicon, accused, 2);
    assert_int_equal(m[1].actor, 0);
    assert_int_equal(m[1].start, strlen("Richard Holden accused "));
    free(m);
    /* named in the same sentence, the UK is not "the government" it criticizes */
    const char *same = "The United Kingdom criticized the government.";
    m = mentions_of(&lexicon, same, 1);
    assert_int_equal(m[0].actor, 0);
    assert_int_equal(m[0].kind, SG_MENTION_NAME);
    free(m);
    /* a title several hold, used before any of them is named, is the first named after it
     * (a report's first lines describe before they name); a person's title is not */
    const char *ahead = "The union rejected it. The minister spoke. Other Body and RMT agreed. "
                        "Richard Holden left.";
    m = mentions_of(&lexicon, ahead, 4);
    assert_int_equal(m[0].actor, 3);
    assert_int_equal(m[0].kind, SG_MENTION_TITLE);
    assert_int_equal(m[1].actor, 3);
    assert_int_equal(m[1].kind, SG_MENTION_NAME);
    free(m);
    sg_model_destroy(&lexicon);
}

/* Reversed noun frames, modality, subjects meeting without a target, and the stance on an
 * event ("a move X criticized"). */
static void reversed_modal_event(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "carol", "Carol", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "dave", "Dave", SG_ACTOR_PERSON, NULL, NULL);
    const char *text = "Alice drew criticism from Bob and Carol. "
                       "Dave would praise Alice. "
                       "If Carol rejects Dave, the talks end. "
                       "Alice and Bob met in Paris. "
                       "Bob met with Carol on Monday, a move Dave criticized.";
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    /* "drew criticism from": the giver is the source, the host the target; "would" halves
     * 0.8; the conditional is left out; "met" with coordinated subjects and no object is a
     * joint negotiation (second linkage: 0.7); the stance on an event ("a move Dave
     * criticized") falls on the sentence's subject, through the surface frames (0.5 × 0.75, written
     * to two decimals). */
    static const struct expected want[] = {
        {B, A, CRIT, "parse", "0.80"}, {C, A, CRIT, "parse", "0.80"},
        {D, A, SUPP, "parse", "0.40"}, {A, B, NEGO, "parse, joint", "0.70"},
        {B, C, NEGO, "parse", "0.80"}, {D, B, CRIT, "event", "0.38"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* "support" and "back" as verbs, not nouns or adverbs, by the parse: "will" halves 0.8; "the
 * Carol plan" is Carol's (0.8 x 0.8, halved by "would"). */
static void adjacent_cues(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    fixture_four_people(&lexicon);
    run("Alice will support Bob. Carol flew back to Dave. "
        "Carol lost support, an idea Bob pitched. Dave would back the Carol plan.",
        &lexicon, &out);
    static const struct expected want[] = {{A, B, SUPP, "parse", "0.40"},
                                           {D, C, SUPP, "parse, owner", "0.32"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A mediator's statements carry the participle as their cue ("brokered", lemma "mediate"),
 * not the mediator's name. */
static void mediator_cue(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    fixture_four_people(&lexicon);
    run("Alice and Bob signed the Carol-brokered ceasefire.", &lexicon, &out);
    static const struct expected want[] = {{A, B, NEGO, "parse, joint", "0.80"},
                                           {C, A, NEGO, "mediator", "0.60"},
                                           {C, B, NEGO, "mediator", "0.60"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    assert_string_equal(out.statements[1].extras.items[0].json, "\"brokered\"");
    assert_string_equal(out.statements[1].extras.items[1].json, "\"mediate\"");
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A verb of talking whose party follows "with" ("engage", "discuss") takes no name right after
 * it as its party: "engaged Bob as an adviser" and "discussed Bob with Dave" are no talks with
 * Bob. */
static void talk_objects(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    fixture_four_people(&lexicon);
    run("Alice engaged Bob as an adviser. Carol discussed Bob with Dave. Alice engaged with Carol.",
        &lexicon, &out);
    /* the snapshot's actors: Alice 0, Carol 1, Dave 2 (Bob has no statement); the lone active
     * frame gives 0.8 × 0.75 × 0.75 */
    static const struct expected want[] = {{1, 2, NEGO, "parse", "0.80"},
                                           {0, 1, NEGO, "active", "0.45"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A state's post set beside a person's name is the person's, a separate actor from the
 * country; a former agent is none of the state's. */
static void state_posts(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "france", "France", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "ukraine", "Ukraine", SG_ACTOR_COUNTRY, NULL, NULL);
    fixture_add_actor(&lexicon, "moreno", "Alice Moreno", SG_ACTOR_PERSON, NULL, "Moreno");
    run("Alice Moreno, the French ambassador, criticised Russia. A former Russian diplomat "
        "criticised Ukraine. The French ambassador, Alice Moreno, praised Ukraine. French "
        "diplomats met Russia.",
        &lexicon, &out);
    static const struct expected want[] = {{3, 0, CRIT, "parse", "0.80"},
                                           {3, 2, SUPP, "parse", "0.80"},
                                           {1, 0, NEGO, "parse", "0.80"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* A bloc's demonym names it before its diplomats, not before soldiers: the European Union has
 * none ("European soldiers" are Europe's). */
static void bloc_agents(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    fixture_add_actor(&lexicon, "eu", "European Union", SG_ACTOR_ORGANIZATION, NULL, "EU");
    fixture_add_actor(&lexicon, "russia", "Russia", SG_ACTOR_COUNTRY, NULL, NULL);
    run("Russia praised European soldiers. European diplomats criticised Russia. Russian troops "
        "attacked the EU.",
        &lexicon, &out);
    static const struct expected want[] = {{0, 1, CRIT, "parse", "0.80"},
                                           {1, 0, CRIT, "parse", "0.80"}};
    check_all(&out, want, sizeof want / sizeof want[0]);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* Parses a cue file from text as "c.json"; returns the error code, messages in *out. */
static int parse_cues(const char *text, struct sg_cues *cues, char **out)
{
    size_t length = 0;
    FILE *stream = open_memstream(out, &length);
    assert_non_null(stream);
    sg_diag_set_stream(stream);
    int err = sg_cues_parse("c.json", text, strlen(text), cues);
    sg_diag_set_stream(NULL);
    fclose(stream);
    return err;
}

/* Cue files: a valid one replaces the built-in cues (lemmas, any inflection, particles after
 * the head); broken ones get every problem with its line:column or JSON path, and no cues. */
static void cue_files(void **state)
{
    (void)state;
    struct sg_cues cues;
    char *messages = NULL;
    const char *good = "{\"format\": \"stancegraph-cues/2\", \"cues\": ["
                       "{\"lemmas\": [\"Lambaste\"], \"pos\": \"verb\", \"type\": \"criticism\","
                       " \"weight\": 0.9},"
                       "{\"lemmas\": [\"hold talks\", \"hold\"], \"pos\": \"verb\","
                       " \"type\": \"negotiation\", \"weight\": 0.5, \"target\": [\"with\"]},"
                       "{\"lemmas\": [\"talk\"], \"pos\": \"noun\", \"type\": \"negotiation\","
                       " \"weight\": 0.4}]}";
    assert_int_equal(parse_cues(good, &cues, &messages), SG_OK);
    assert_string_equal(messages, "");
    assert_int_equal(cues.count, 4);
    size_t count = 0;
    const struct sg_cue *cue = sg_cues_find(&cues, "hold", 'v', &count);
    assert_int_equal(count, 2);
    assert_string_equal(cue[0].words, "hold talks"); /* the longer first */
    assert_int_equal(cue[0].target_count, 1);
    assert_string_equal(cue[0].target[0].preposition, "with");
    assert_int_equal(cue[0].source_count, 1); /* the default: the subject */
    assert_int_equal(cue[0].source[0].kind, SG_ROLE_SUBJECT);
    cue = sg_cues_find(&cues, "talk", 'n', &count);
    assert_int_equal(count, 1);
    assert_int_equal(cue->source_count, 4); /* a noun's default: possessor, by, from, host */
    assert_int_equal(cue->source[3].kind, SG_ROLE_HOST);
    assert_null(sg_cues_find(&cues, "talk", 'v', &count));
    assert_int_equal(count, 0);
    /* without a parse: "held" is "hold", with its particle "talks" */
    assert_int_equal(sg_lemma_init(), 0);
    const char *text = "They held talks with us; LAMBASTED.";
    struct sg_cue_hit hit;
    assert_int_equal(sg_cues_match(&cues, text, strlen(text), 5, 0, &hit), 1);
    assert_string_equal(hit.cue->words, "hold talks");
    assert_int_equal(hit.length, strlen("held talks"));
    assert_int_equal(hit.frame, SG_CUE_LIST);
    assert_int_equal(sg_cues_match(&cues, text, strlen(text), 25, 0, &hit), 1);
    assert_string_equal(hit.cue->words, "lambaste");
    assert_true(hit.cue->weight == 0.9);
    assert_int_equal(sg_cues_match(&cues, text, strlen(text), 6, 0, &hit), 0); /* mid-word */
    /* with these cues only, "criticized" is no cue and "lambasted" is */
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    const char *article = "Alice criticized Bob. Bob lambasted Alice.";
    assert_int_equal(
        sg_extract(article, strlen(article), &lexicon, &cues, "t", "2025-01-01", &out, NULL),
        SG_OK);
    assert_int_equal(out.statement_count, 1);
    check_statement(&out, 0, 1, 0, SG_STANCE_CRITICISM, "parse", "0.80");
    assert_true(out.statements[0].weight == 0.9);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
    sg_cues_destroy(&cues);
    free(messages);

    /* syntax: the error at the stray word, line 2 column 11 (counted by hand) */
    messages = NULL;
    assert_int_equal(
        parse_cues("{\"format\": \"stancegraph-cues/2\",\n \"cues\": [oops]}", &cues, &messages),
        SG_ERR_DATA);
    assert_string_equal(messages, "c.json:2:11: syntax error near 'o'\n");
    assert_int_equal(cues.count, 0);
    free(messages);

    /* content: every problem, in file order */
    messages = NULL;
    const char *bad =
        "{\"format\": \"stancegraph-cues/2\", \"extra\": 1, \"cues\": ["
        "{\"lemmas\": [\"laud\"], \"pos\": \"verb\", \"type\": \"praise\", \"weight\": 0.5},"
        "{\"lemmas\": [\"laud\", \"\", \" x\", 3], \"pos\": \"adverb\", \"type\": \"support\","
        " \"weight\": 1.5, \"source\": [\"subject\", \"beside\"], \"target\": []},"
        "{\"lemmas\": [\"hail\", \"Hail\"], \"pos\": \"verb\", \"type\": \"support\","
        " \"weight\": 0.5, \"lemma\": []},"
        "{\"pos\": \"verb\", \"type\": \"support\", \"weight\": 0.5}]}";
    assert_int_equal(parse_cues(bad, &cues, &messages), SG_ERR_DATA);
    assert_string_equal(
        messages,
        "c.json: unknown field 'extra'\n"
        "c.json: cues[0].type: 'praise' is not a stance (support, criticism or negotiation)\n"
        "c.json: cues[1].weight: must be greater than 0 and at most 1 (found 1.5)\n"
        "c.json: cues[1].pos: 'adverb' is not a part of speech (verb, noun or adjective)\n"
        "c.json: cues[1].source: item 1 is not a role (subject, object, possessor, host, "
        "speaker, evaluated, predicated, clause, modifier or a preposition: about, against, at, "
        "behind, between, "
        "by, for, from, in, into, of, on, over, to, toward, towards, with)\n"
        "c.json: cues[1].target: expected an array of 1 to 8 roles, found another number of "
        "them\n"
        "c.json: cues[1].lemmas[1]: must not be empty\n"
        "c.json: cues[1].lemmas[2]: ' x': words are separated by single spaces, with none around\n"
        "c.json: cues[1].lemmas[3]: expected a string, found a number\n"
        "c.json: cues[2]: unknown field 'lemma'\n"
        "c.json: cues[2].lemmas[1]: 'hail' is given twice as this part of speech\n"
        "c.json: cues[3]: missing required field 'lemmas'\n");
    assert_int_equal(cues.count, 0);
    free(messages);

    /* the old format is named as such */
    messages = NULL;
    assert_int_equal(parse_cues("{\"format\": \"stancegraph-cues/1\", \"cues\": [{\"lemmas\": "
                                "[\"laud\"], \"pos\": \"verb\", \"type\": \"support\", \"weight\": "
                                "0.5}]}",
                                &cues, &messages),
                     SG_ERR_DATA);
    assert_string_equal(messages, "c.json: format: \"stancegraph-cues/1\" (lists of word forms) is "
                                  "no longer read: list lemmas in the \"stancegraph-cues/2\" "
                                  "format (docs/EXTRACT.md, \"Cue files\")\n");
    free(messages);
}

static void nothing_found(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    assert_int_equal(sg_extract("", 0, &lexicon, NULL, "t", "2025-01-01", &out, NULL), SG_OK);
    assert_int_equal(out.statement_count, 0);
    assert_int_equal(out.actor_count, 1); /* every lexicon actor: the snapshot stays valid */
    free(mentions_of(&lexicon, "Nobody spoke.", 0)); /* a list of none, not a null pointer */
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences),
        cmocka_unit_test(mentions),
        cmocka_unit_test(state_agents),
        cmocka_unit_test(country_goods),
        cmocka_unit_test(country_goods_modifier),
        cmocka_unit_test(coordinated_demonyms),
        cmocka_unit_test(demonym_aliases_yield),
        cmocka_unit_test(plural_acronyms),
        cmocka_unit_test(frames),
        cmocka_unit_test(more_frames),
        cmocka_unit_test(nothing_found),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(titles_and_modifiers),
        cmocka_unit_test(names_opening_with_the),
        cmocka_unit_test(surnames_alone),
        cmocka_unit_test(rewrites_for_the_parser),
        cmocka_unit_test(plural_names_and_idioms),
        cmocka_unit_test(titles_of_one_actor),
        cmocka_unit_test(reversed_modal_event),
        cmocka_unit_test(cue_files),
        cmocka_unit_test(adjacent_cues),
        cmocka_unit_test(talk_objects),
        cmocka_unit_test(mediator_cue),
        cmocka_unit_test(state_posts),
        cmocka_unit_test(bloc_agents),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
