/*
 * The extractor's parts on texts written for the test: sentence splitting (abbreviations,
 * quotes), alias matching (longest first, possessives, modifiers, UTF-8), and the frames
 * (active, passive, coordination, negation, lists, joint talks).
 */
#include "diag.h"
#include "extract.h"
#include "model.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void add_actor(struct sg_model *model, const char *id, const char *name, const char *alias)
{
    struct sg_actor *actor = sg_model_add_actor(model);
    assert_non_null(actor);
    actor->id = strdup(id);
    actor->name = strdup(name);
    if (alias) {
        actor->aliases = calloc(1, sizeof *actor->aliases);
        actor->aliases[0] = strdup(alias);
        actor->alias_count = 1;
    }
}

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
    add_actor(&lexicon, "zelensky", "Volodymyr Zelensky", "Zelensky");
    add_actor(&lexicon, "us", "United States", "U.S.");
    add_actor(&lexicon, "ukraine", "Ukraine", NULL);
    add_actor(&lexicon, "zoe", "Zo\xC3\xAB", NULL);
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
    add_actor(&lexicon, "alice", "Alice", NULL);
    add_actor(&lexicon, "bob", "Bob", NULL);
    add_actor(&lexicon, "carol", "Carol", NULL);
    add_actor(&lexicon, "dave", "Dave", NULL);
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
    add_actor(&lexicon, "alice", "Alice", NULL);
    add_actor(&lexicon, "bob", "Bob", NULL);
    add_actor(&lexicon, "carol", "Carol", NULL);
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

static void nothing_found(void **state)
{
    (void)state;
    struct sg_model lexicon, out;
    sg_model_init(&lexicon);
    sg_model_init(&out);
    add_actor(&lexicon, "alice", "Alice", NULL);
    assert_int_equal(sg_extract("", 0, &lexicon, NULL, "t", "2025-01-01", &out, NULL), SG_OK);
    assert_int_equal(out.statement_count, 0);
    assert_int_equal(out.actor_count, 1); /* every lexicon actor: the snapshot stays valid */
    sg_model_destroy(&out);
    sg_model_destroy(&lexicon);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sentences),   cmocka_unit_test(mentions),      cmocka_unit_test(frames),
        cmocka_unit_test(more_frames), cmocka_unit_test(nothing_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
