/*
 * The extractor's parts on texts written for the test: sentence splitting (abbreviations,
 * quotes), alias matching (longest first, possessives, modifiers, UTF-8), and the frames
 * (active, passive, coordination, negation, lists, joint talks).
 */
#include "base/diag.h"
#include "extract/extract.h"
#include "model/model.h"

#include "fixture.h"

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
                       "asked.\nNew line";
    static const char *const expected[] = {"Mr. Smith met the U.S. envoy.", "He left!",
                                           "\xE2\x80\x9CIs it?\xE2\x80\x9D she asked.", "New line"};
    struct sg_sentence *list = NULL;
    size_t count = sg_extract_sentences(text, strlen(text), &list);
    assert_int_equal(count, 4);
    for (size_t i = 0; i < 4; i++) {
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

static void frames(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "carol", "Carol", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "dave", "Dave", SG_ACTOR_PERSON, NULL, NULL);
    const char *text = "Alice criticized Bob. Bob was criticized by Carol. Alice and Carol "
                       "condemned Dave. Dave never praised Alice. Bob met with Alice, Carol and "
                       "Dave. Alice and Bob held talks.";
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    /* alice->bob, carol->bob, alice->dave, carol->dave (criticism); bob<->alice, bob<->carol,
     * bob<->dave, alice<->bob (negotiation): 8 statements, the last two negotiations between
     * alice and bob make one tie. Out actors keep lexicon order: alice bob carol dave. */
    assert_int_equal(out.statement_count, 8);
    static const size_t source[8] = {0, 2, 0, 2, 1, 1, 1, 0};
    static const size_t target[8] = {1, 1, 3, 3, 0, 2, 3, 1};
    static const enum sg_stance type[8] = {
        SG_STANCE_CRITICISM,   SG_STANCE_CRITICISM,   SG_STANCE_CRITICISM,   SG_STANCE_CRITICISM,
        SG_STANCE_NEGOTIATION, SG_STANCE_NEGOTIATION, SG_STANCE_NEGOTIATION, SG_STANCE_NEGOTIATION};
    for (size_t i = 0; i < 8; i++) {
        assert_int_equal(out.statements[i].source, source[i]);
        assert_int_equal(out.statements[i].target, target[i]);
        assert_int_equal(out.statements[i].type, type[i]);
    }
    assert_string_equal(out.statements[1].evidence, "Bob was criticized by Carol.");
    assert_string_equal(out.statements[1].extras.items[1].json, "\"passive\"");
    assert_int_equal(out.tie_count, 7);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* Pronouns, reasons, clause breaks and the "support for" noun frame. */
static void more_frames(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "carol", "Carol", SG_ACTOR_PERSON, NULL, NULL);
    lexicon.actors[0].type = SG_ACTOR_PERSON;
    lexicon.actors[1].type = SG_ACTOR_PERSON;
    lexicon.actors[2].type = SG_ACTOR_COUNTRY;
    const char *text = "Alice arrived first. Later she met with Bob. "
                       "Carol criticized Alice for ignoring Bob. "
                       "It was a move Bob criticized for excluding Carol. "
                       "Bob praised the plan, and Carol stayed away. "
                       "Carol, citing the talks, pointed to support for Bob.";
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    /* alice<->bob (pronoun "she" = Alice); carol->alice criticism (the reason "for ignoring
     * Bob" follows the target); none for "a move Bob criticized for excluding Carol" (Carol is
     * the reason, there is no target); none across ", and"; carol->bob support ("support
     * for", the sentence's subject). */
    assert_int_equal(out.statement_count, 3);
    assert_int_equal(out.statements[0].type, SG_STANCE_NEGOTIATION);
    assert_int_equal(out.statements[0].source, 0);
    assert_int_equal(out.statements[0].target, 1);
    assert_string_equal(out.statements[0].extras.items[1].json, "\"pronoun\"");
    assert_int_equal(out.statements[1].type, SG_STANCE_CRITICISM);
    assert_int_equal(out.statements[1].source, 2);
    assert_int_equal(out.statements[1].target, 0);
    assert_int_equal(out.statements[2].type, SG_STANCE_SUPPORT);
    assert_int_equal(out.statements[2].source, 2);
    assert_int_equal(out.statements[2].target, 1);
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

/* Checks statement i: source, target, type, rule and confidence (as written, "%.2f"). */
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
    assert_string_equal(s->extras.items[1].json, quoted);
    assert_string_equal(s->extras.items[2].json, confidence);
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
    /* 1: negated, none. 2: the quotation names its source: norway->iceland. 3: halvorsen ->
     * iceland. 4: halvorsen -> eu. 5: no speaker, none. 6: "she" = Halvorsen, the first person
     * named outside quotations in the sentence before; "will" halves 0.60. */
    assert_int_equal(out.statement_count, 4);
    check_statement(&out, 0, 1, 2, SG_STANCE_SUPPORT, "active", "0.80");
    check_statement(&out, 1, 0, 2, SG_STANCE_SUPPORT, "quotation", "0.60");
    check_statement(&out, 2, 0, 3, SG_STANCE_SUPPORT, "quotation", "0.60");
    check_statement(&out, 3, 0, 1, SG_STANCE_CRITICISM, "quotation", "0.30");
    /* the evidence is the whole sentence, the speaker's offsets outside the quotation:
     * "Halvorsen" after "said " */
    assert_string_equal(
        out.statements[1].evidence,
        "\xE2\x80\x9CWe welcome the offer from Iceland,\xE2\x80\x9D said Halvorsen.");
    const char *said = strstr(text, "said Halvorsen") + 5;
    char offsets[128];
    snprintf(offsets, sizeof offsets, "{\"source\":[%zu,%zu],", (size_t)(said - text),
             (size_t)(said - text) + 9);
    assert_memory_equal(out.statements[1].extras.items[3].json, offsets, strlen(offsets));
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
                       "The President praised Ukrainian farmers.";
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
    /* out actors in lexicon order: zelensky 0, trump 1, ukraine 2, russia 3 */
    assert_int_equal(out.statement_count, 3);
    check_statement(&out, 0, 0, 3, SG_STANCE_CRITICISM, "active", "0.80");
    check_statement(&out, 1, 0, 1, SG_STANCE_NEGOTIATION, "active", "0.80");
    check_statement(&out, 2, 1, 2, SG_STANCE_SUPPORT, "active", "0.80");
    sg_model_destroy(&out);
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
    assert_int_equal(out.statement_count, 7);
    check_statement(&out, 0, 1, 0, SG_STANCE_CRITICISM, "reversed", "0.70");
    check_statement(&out, 1, 2, 0, SG_STANCE_CRITICISM, "reversed", "0.70");
    check_statement(&out, 2, 3, 0, SG_STANCE_SUPPORT, "active", "0.40"); /* 0.8 x 0.5 */
    check_statement(&out, 3, 2, 3, SG_STANCE_CRITICISM, "active", "0.40");
    check_statement(&out, 4, 0, 1, SG_STANCE_NEGOTIATION, "joint talks", "0.60");
    check_statement(&out, 5, 1, 2, SG_STANCE_NEGOTIATION, "active", "0.80");
    check_statement(&out, 6, 3, 1, SG_STANCE_CRITICISM, "event", "0.50");
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

/* Cues marked "adjacent" ("support", "back") need their object right after them, maybe after a
 * determiner: otherwise they are nouns or adverbs. */
static void adjacent_cues(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    fixture_add_actor(&lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "carol", "Carol", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(&lexicon, "dave", "Dave", SG_ACTOR_PERSON, NULL, NULL);
    const char *text = "Alice will support Bob. Carol flew back to Dave. "
                       "Carol lost support, an idea Bob pitched. Dave would back the Carol plan.";
    assert_int_equal(sg_extract(text, strlen(text), &lexicon, NULL, "t", "2025-01-01", &out, NULL),
                     SG_OK);
    assert_int_equal(out.statement_count, 2);
    check_statement(&out, 0, 0, 1, SG_STANCE_SUPPORT, "active", "0.40"); /* "will": 0.8 x 0.5 */
    check_statement(&out, 1, 3, 2, SG_STANCE_SUPPORT, "active", "0.40");
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

/* Cue files: a valid one replaces the built-in cues (longest match first, any case); broken
 * ones get every problem with its line:column or JSON path, and no cues. */
static void cue_files(void **state)
{
    (void)state;
    struct sg_cues cues;
    char *messages = NULL;
    const char *good = "{\"format\": \"stancegraph-cues/1\", \"cues\": ["
                       "{\"type\": \"criticism\", \"weight\": 0.9, \"words\": [\"Lambasted\"]},"
                       "{\"type\": \"negotiation\", \"weight\": 0.5, \"frame\": \"list\","
                       " \"words\": [\"held talks with\", \"held\"]},"
                       "{\"type\": \"negotiation\", \"weight\": 0.4, \"frame\": \"joint\","
                       " \"words\": [\"held talks\"]}]}";
    assert_int_equal(parse_cues(good, &cues, &messages), SG_OK);
    assert_string_equal(messages, "");
    assert_int_equal(cues.count, 4);
    const char *text = "They held talks with us; LAMBASTED.";
    const struct sg_cue *cue = sg_cues_match(&cues, text, strlen(text), 5);
    assert_non_null(cue);
    assert_string_equal(cue->words, "held talks with"); /* the longest of three */
    assert_int_equal(cue->frame, SG_CUE_LIST);
    cue = sg_cues_match(&cues, text, strlen(text), 25);
    assert_non_null(cue);
    assert_string_equal(cue->words, "lambasted");
    assert_true(cue->weight == 0.9);
    assert_null(sg_cues_match(&cues, text, strlen(text), 6)); /* not at a word start */
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
    check_statement(&out, 0, 1, 0, SG_STANCE_CRITICISM, "active", "0.80");
    assert_true(out.statements[0].weight == 0.9);
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
    sg_cues_destroy(&cues);
    free(messages);

    /* syntax: the error at the stray word, line 2 column 11 (counted by hand) */
    messages = NULL;
    assert_int_equal(
        parse_cues("{\"format\": \"stancegraph-cues/1\",\n \"cues\": [oops]}", &cues, &messages),
        SG_ERR_DATA);
    assert_string_equal(messages, "c.json:2:11: syntax error near 'o'\n");
    assert_int_equal(cues.count, 0);
    free(messages);

    /* content: every problem, in file order */
    messages = NULL;
    const char *bad =
        "{\"format\": \"stancegraph-cues/1\", \"extra\": 1, \"cues\": ["
        "{\"type\": \"praise\", \"weight\": 0.5, \"words\": [\"lauded\"]},"
        "{\"type\": \"support\", \"weight\": 1.5, \"frame\": \"sideways\","
        " \"words\": [\"lauded\", \"\", \" x\", 3]},"
        "{\"type\": \"support\", \"weight\": 0.5, \"words\": [\"hailed\", \"Hailed\"],"
        " \"word\": []},"
        "{\"type\": \"support\", \"weight\": 0.5}]}";
    assert_int_equal(parse_cues(bad, &cues, &messages), SG_ERR_DATA);
    assert_string_equal(
        messages,
        "c.json: unknown field 'extra'\n"
        "c.json: cues[0].type: 'praise' is not a stance (support, criticism or negotiation)\n"
        "c.json: cues[1].weight: must be greater than 0 and at most 1 (found 1.5)\n"
        "c.json: cues[1].frame: 'sideways' is not a frame (active, list, joint, visit, subject or "
        "reversed)\n"
        "c.json: cues[1].words[1]: must not be empty\n"
        "c.json: cues[1].words[2]: ' x': words are separated by single spaces, with none around\n"
        "c.json: cues[1].words[3]: expected a string, found a number\n"
        "c.json: cues[2]: unknown field 'word'\n"
        "c.json: cues[2].words[1]: 'hailed' is given twice\n"
        "c.json: cues[3]: missing required field 'words'\n");
    assert_int_equal(cues.count, 0);
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
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences),
        cmocka_unit_test(mentions),
        cmocka_unit_test(frames),
        cmocka_unit_test(more_frames),
        cmocka_unit_test(nothing_found),
        cmocka_unit_test(reported_speech),
        cmocka_unit_test(titles_and_modifiers),
        cmocka_unit_test(reversed_modal_event),
        cmocka_unit_test(cue_files),
        cmocka_unit_test(adjacent_cues),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
