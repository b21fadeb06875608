/*
 * The writers' own interfaces, below the formats round-trip tests: the text-level JSON pieces
 * the DOT diagram embeds (exact text, worked out by hand from docs/FORMAT.md's key order), the
 * decoding of a free-form field's JSON string, and GEXF's matching of actors and ties across
 * snapshots (by id; ties by source, target and stance, negotiation in either direction), with
 * spells split where a tie is missing and output independent of the order snapshots are given.
 */
#include "base/diag.h"
#include "model/model.h"
#include "write/json.h"
#include "write/xml.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static void add_actor(struct sg_model *model, const char *id, const char *name)
{
    struct sg_actor *actor = sg_model_add_actor(model);
    assert_non_null(actor);
    actor->id = strdup(id);
    actor->name = strdup(name);
    actor->type = SG_ACTOR_PERSON;
}

static void add_statement(struct sg_model *model, size_t source, size_t target, enum sg_stance type,
                          double weight)
{
    struct sg_statement *s = sg_model_add_statement(model);
    assert_non_null(s);
    s->source = source;
    s->target = target;
    s->type = type;
    s->weight = weight;
}

static void set_info(struct sg_model *model, const char *id, const char *date)
{
    sg_model_init(model);
    model->info.id = strdup(id);
    model->info.date = strdup(date);
}

static void small_snapshot(struct sg_model *model)
{
    set_info(model, "s", "2025-02-21");
    add_actor(model, "a", "A \"quoted\"");
    add_actor(model, "b", "B");
    add_actor(model, "c", "C");
    add_statement(model, 0, 1, SG_STANCE_SUPPORT, 0.5);
    add_statement(model, 1, 2, SG_STANCE_CRITICISM, 1);
    add_statement(model, 0, 1, SG_STANCE_SUPPORT, 0.25);
    assert_int_equal(sg_model_build_ties(model), SG_OK);
}

static void json_pieces(void **state)
{
    (void)state;
    struct sg_model model;
    small_snapshot(&model);
    char *text = NULL;
    assert_int_equal(sg_write_snapshot_head_json(&model, 3, &text), SG_OK);
    assert_string_equal(text, "{\"format\":\"stancegraph/1\",\"snapshot\":"
                              "{\"id\":\"s\",\"date\":\"2025-02-21\"}}");
    free(text);
    /* a reduced diagram says so */
    assert_int_equal(sg_write_snapshot_head_json(&model, 2, &text), SG_OK);
    assert_string_equal(text, "{\"format\":\"stancegraph/1\",\"snapshot\":"
                              "{\"id\":\"s\",\"date\":\"2025-02-21\"},"
                              "\"actors_shown\":2,\"actors_total\":3}");
    free(text);
    assert_int_equal(sg_write_actor_entry_json(&model, 0, &text), SG_OK);
    assert_string_equal(text,
                        "[0,{\"id\":\"a\",\"name\":\"A \\\"quoted\\\"\",\"type\":\"person\"}]");
    free(text);
    /* tie 0 holds statements 0 and 2, in input order */
    assert_int_equal(sg_write_tie_relations_json(&model, 0, &text), SG_OK);
    assert_string_equal(text, "[[0,{\"source\":\"a\",\"target\":\"b\",\"type\":\"support\","
                              "\"weight\":0.5}],[2,{\"source\":\"a\",\"target\":\"b\","
                              "\"type\":\"support\",\"weight\":0.25}]]");
    free(text);
    sg_model_destroy(&model);
}

static void string_text(void **state)
{
    (void)state;
    char *text = sg_json_string_text("\"caf\\u00e9\\n\\\"x\\\"\"");
    assert_string_equal(text, "caf\xC3\xA9\n\"x\"");
    free(text);
    assert_null(sg_json_string_text("12"));
    assert_null(sg_json_string_text("[\"a\"]"));
}

/*
 * Three snapshots: support a->b in the first and third only (two spells), negotiation b-c
 * written c->b in the second (the same tie), actor c renamed in the last (the latest name wins).
 */
static void series(struct sg_model models[3])
{
    static const char *const dates[] = {"2025-01-01", "2025-01-10", "2025-01-20"};
    for (int s = 0; s < 3; s++) {
        char id[8];
        snprintf(id, sizeof id, "s%d", s);
        set_info(&models[s], id, dates[s]);
        add_actor(&models[s], "a", "A");
        add_actor(&models[s], "b", "B");
        add_actor(&models[s], "c", s == 2 ? "C later" : "C");
    }
    add_statement(&models[0], 0, 1, SG_STANCE_SUPPORT, 1);
    add_statement(&models[0], 1, 2, SG_STANCE_NEGOTIATION, 0.5);
    add_statement(&models[1], 2, 1, SG_STANCE_NEGOTIATION, 0.75);
    add_statement(&models[2], 0, 1, SG_STANCE_SUPPORT, 2);
    for (int s = 0; s < 3; s++)
        assert_int_equal(sg_model_build_ties(&models[s]), SG_OK);
}

static size_t occurrences(const char *text, const char *part)
{
    size_t n = 0;
    for (const char *at = strstr(text, part); at; at = strstr(at + 1, part))
        n++;
    return n;
}

static void gexf_matches_across_snapshots(void **state)
{
    (void)state;
    struct sg_model models[3], shuffled[3];
    series(models);
    series(shuffled);
    char *text = NULL, *again = NULL;
    assert_int_equal(sg_write_gexf(models, 3, NULL, &text), SG_OK);
    assert_int_equal(occurrences(text, "<node "), 3);
    assert_int_equal(occurrences(text, "<edge "), 2);
    assert_non_null(strstr(text, "<node id=\"c\" label=\"C later\">"));
    /* the support tie: weight as in the latest snapshot, two spells around the gap */
    assert_non_null(strstr(text, "<edge id=\"t0\" source=\"a\" target=\"b\" weight=\"2\">"));
    assert_non_null(strstr(text, "<spell start=\"2025-01-01\" end=\"2025-01-09\"/>"));
    assert_non_null(strstr(text, "<spell start=\"2025-01-20\" end=\"2025-01-20\"/>"));
    /* the negotiation tie: one edge, as first written, over the first two snapshots */
    assert_non_null(strstr(text, "<edge id=\"t1\" source=\"b\" target=\"c\" type=\"undirected\" "
                                 "weight=\"0.75\">"));
    assert_non_null(strstr(text, "<attvalue for=\"tie_weight\" value=\"0.75\" "
                                 "start=\"2025-01-10\" end=\"2025-01-19\"/>"));
    assert_non_null(strstr(text, "<spell start=\"2025-01-01\" end=\"2025-01-19\"/>"));
    /* the order the snapshots come in does not matter */
    struct sg_model swap = shuffled[0];
    shuffled[0] = shuffled[2];
    shuffled[2] = swap;
    assert_int_equal(sg_write_gexf(shuffled, 3, NULL, &again), SG_OK);
    assert_string_equal(text, again);
    free(text);
    free(again);
    for (int s = 0; s < 3; s++) {
        sg_model_destroy(&models[s]);
        sg_model_destroy(&shuffled[s]);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_pieces),
        cmocka_unit_test(string_text),
        cmocka_unit_test(gexf_matches_across_snapshots),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
