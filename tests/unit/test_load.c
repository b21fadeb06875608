/*
 * The snapshot loader: a valid file loads with every field; each kind of bad input gives its
 * exact message with its position, every problem in a file is reported, and the model is left
 * empty on failure.
 */
#include "base/diag.h"
#include "load/json.h"
#include "model/model.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static char *messages;
static size_t messages_length;

/* Loads text as "t.json"; returns the error code and leaves diagnostics in messages. */
static int load_length(const char *text, size_t length, struct sg_model *model)
{
    free(messages);
    messages = NULL;
    FILE *stream = open_memstream(&messages, &messages_length);
    assert_non_null(stream);
    sg_diag_set_stream(stream);
    sg_model_init(model);
    int err = sg_load_json_buffer("t.json", text, length, model);
    sg_diag_set_stream(NULL);
    fclose(stream);
    return err;
}

static int load(const char *text, struct sg_model *model)
{
    return load_length(text, strlen(text), model);
}

/* Loads a snapshot whose actors are a, b and zelensky and whose relations are given. */
static int load_relations(const char *relations, struct sg_model *model)
{
    char text[8192];
    snprintf(text, sizeof text,
             "{\"format\": \"stancegraph/1\",\n"
             " \"snapshot\": {\"id\": \"s\", \"date\": \"2025-02-21\"},\n"
             " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"person\"},\n"
             "   {\"id\": \"b\", \"name\": \"B\", \"type\": \"country\"},\n"
             "   {\"id\": \"zelensky\", \"name\": \"Z\", \"type\": \"person\"}],\n"
             " \"relations\": [%s]}\n",
             relations);
    return load(text, model);
}

static void expect_failure(int err, struct sg_model *model, const char *expected)
{
    assert_int_equal(err, SG_ERR_DATA);
    assert_string_equal(messages, expected);
    assert_int_equal(model->actor_count, 0);
    assert_null(model->actors);
    sg_model_destroy(model);
}

static void valid_snapshot(void **state)
{
    (void)state;
    struct sg_model model;
    const char *text =
        "\xEF\xBB\xBF{\"format\": \"stancegraph/1\",\n"
        " \"snapshot\": {\"id\": \"s-1\", \"date\": \"2025-02-21\", \"title\": \"T\", "
        "\"source\": \"S\", \"desk\": \"europe\"},\n"
        " \"actors\": [{\"id\": \"a\", \"name\": \"A \\\"q\\\"\", \"type\": \"person\", "
        "\"group\": \"G\", \"role\": \"R\", \"aliases\": [\"Al\", \"Ay\"], \"born\": 1950},\n"
        "   {\"id\": \"b\", \"name\": \"B\", \"type\": \"organization\"}],\n"
        " \"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
        "\"weight\": 0.25, \"date\": \"2025-02-20\", \"evidence\": \"E\", \"quote\": {\"x\": [1, "
        "true]}},\n"
        "   {\"source\": \"b\", \"target\": \"a\", \"type\": \"negotiation\"},\n"
        "   {\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", \"weight\": 0.5}]}\n";
    assert_int_equal(load(text, &model), SG_OK);
    assert_string_equal(messages, "");
    assert_string_equal(model.info.id, "s-1");
    assert_string_equal(model.info.title, "T");
    assert_int_equal(model.info.extras.count, 1);
    assert_string_equal(model.info.extras.items[0].key, "desk");
    assert_string_equal(model.info.extras.items[0].json, "\"europe\"");
    assert_int_equal(model.actor_count, 2);
    assert_string_equal(model.actors[0].name, "A \"q\"");
    assert_string_equal(model.actors[0].group, "G");
    assert_int_equal(model.actors[0].alias_count, 2);
    assert_string_equal(model.actors[0].aliases[1], "Ay");
    assert_string_equal(model.actors[0].extras.items[0].json, "1950");
    assert_int_equal(model.actors[1].type, SG_ACTOR_ORGANIZATION);
    assert_null(model.actors[1].group);
    assert_int_equal(model.statement_count, 3);
    assert_float_equal(model.statements[1].weight, 1.0, 0.0); /* default */
    assert_string_equal(model.statements[0].extras.items[0].json, "{\"x\":[1,true]}");
    assert_int_equal(model.tie_count, 2);
    assert_float_equal(model.ties[0].weight, 0.75, 1e-12);
    assert_int_equal(model.ties[0].count, 2);
    assert_int_equal(strlen(model.input_sha256), 64);
    sg_model_destroy(&model);
}

static void syntax_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(load("{\"format\": \"stancegraph/1\",\n  \"actors\": [}", &model), &model,
                   "t.json:2:14: syntax error near '}'\n");
    expect_failure(load("{\"format\": ", &model), &model,
                   "t.json:1:12: syntax error: unexpected end of input\n");
    expect_failure(load("{\"a\": 1} x", &model), &model, "t.json:1:10: syntax error near 'x'\n");
    expect_failure(load("", &model), &model,
                   "t.json: file is empty (expected a stancegraph/1 JSON snapshot)\n");
    expect_failure(load(" \n\t", &model), &model,
                   "t.json: file is empty (expected a stancegraph/1 JSON snapshot)\n");
    expect_failure(load("[1, 2]", &model), &model,
                   "t.json: expected a JSON object at the top level, found an array\n");
}

static void encoding_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(load("{\n \"a\": \"caf\xE9\"}", &model), &model,
                   "t.json:2:11: invalid UTF-8 (byte offset 12)\n");
    expect_failure(load_length("{\"a\": \"x\0y\"}", 12, &model), &model,
                   "t.json:1:9: NUL byte in input (byte offset 8)\n");
}

static void unknown_actors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(
        load_relations("{\"source\": \"a\", \"target\": \"zelenskyy\", \"type\": \"criticism\"},"
                       "{\"source\": \"nobody-at-all\", \"target\": \"a\", \"type\": \"support\"}",
                       &model),
        &model,
        "t.json: relations[0].target: unknown actor 'zelenskyy' (did you mean 'zelensky'?)\n"
        "t.json: relations[1].source: unknown actor 'nobody-at-all'\n");
}

static void field_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(
        load_relations("{\"source\": \"a\", \"target\": \"a\", \"type\": \"support\"},"
                       "{\"source\": \"a\", \"target\": \"b\", \"type\": \"supports\"},"
                       "{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": 1.5},"
                       "{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": 0},"
                       "{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": \"high\"},"
                       "{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"date\": \"2025-02-30\"},"
                       "{\"source\": 7, \"target\": \"b\"},"
                       "\"a->b\"",
                       &model),
        &model,
        "t.json: relations[0]: source and target are both 'a' (a relation needs two actors)\n"
        "t.json: relations[1].type: unknown relation type 'supports' (expected support, "
        "criticism or negotiation)\n"
        "t.json: relations[2].weight: weight 1.5 is outside (0, 1]\n"
        "t.json: relations[3].weight: weight 0 is outside (0, 1]\n"
        "t.json: relations[4].weight: expected a number, found a string\n"
        "t.json: relations[5].date: invalid date '2025-02-30' (expected YYYY-MM-DD)\n"
        "t.json: relations[6].source: expected a string, found a number\n"
        "t.json: relations[6]: missing required field 'type'\n"
        "t.json: relations[7]: expected an object, found a string\n");
}

static void actor_errors(void **state)
{
    (void)state;
    struct sg_model model;
    const char *text =
        "{\"format\": \"stancegraph/1\", \"snapshot\": {\"id\": \"../etc\", \"date\": \"2025\"},\n"
        " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"person\"},\n"
        "   {\"id\": \"a\", \"name\": \"A2\", \"type\": \"person\"},\n"
        "   {\"id\": \"c d\", \"name\": \"C\", \"type\": \"person\"},\n"
        "   {\"id\": \"e\", \"name\": 42, \"type\": \"pope\", \"aliases\": \"E\"},\n"
        "   {\"id\": \"f\", \"name\": \"\", \"type\": \"group\", \"name\": \"F\"}],\n"
        " \"relations\": []}";
    expect_failure(load(text, &model), &model,
                   "t.json: actors[4]: duplicate key 'name'\n"
                   "t.json: snapshot.id: invalid id '../etc' (use 1-64 characters of A-Z a-z "
                   "0-9 . _ -, not '.' or '..')\n"
                   "t.json: snapshot.date: invalid date '2025' (expected YYYY-MM-DD)\n"
                   "t.json: actors[1].id: duplicate actor id 'a' (first used by actors[0])\n"
                   "t.json: actors[2].id: invalid id 'c d' (use 1-64 characters of A-Z a-z 0-9 "
                   ". _ -, not '.' or '..')\n"
                   "t.json: actors[3].name: expected a string, found a number\n"
                   "t.json: actors[3].type: unknown actor type 'pope' (expected person, "
                   "organization, country or group)\n"
                   "t.json: actors[3].aliases: expected an array of strings, found a string\n"
                   "t.json: actors[4].name: must not be empty\n");
}

static void document_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(load("{\"format\": \"stancegraph/2\", \"snapshot\": {\"date\": "
                        "\"2025-01-01\"}, \"actors\": [], \"relation\": []}",
                        &model),
                   &model,
                   "t.json: unknown top-level field 'relation' (expected format, snapshot, "
                   "actors and relations)\n"
                   "t.json: format: unsupported format 'stancegraph/2' (expected "
                   "'stancegraph/1')\n"
                   "t.json: snapshot: missing required field 'id'\n"
                   "t.json: missing required field 'relations'\n"
                   "t.json: actors: at least one actor is required\n");
    expect_failure(load("{\"snapshot\": [], \"actors\": {}, \"relations\": 3}", &model), &model,
                   "t.json: missing required field 'format'\n"
                   "t.json: snapshot: expected an object, found an array\n"
                   "t.json: actors: expected an array, found an object\n"
                   "t.json: relations: expected an array, found a number\n");
}

/* 60 bad relations: the first 50 are reported, then one line says the loader stopped. */
static void error_cap(void **state)
{
    (void)state;
    struct sg_model model;
    static char relations[8192];
    relations[0] = '\0';
    for (int i = 0; i < 60; i++)
        strcat(relations, i ? ",{}" : "{}");
    int err = load_relations(relations, &model);
    assert_int_equal(err, SG_ERR_DATA);
    size_t lines = 0;
    for (const char *p = messages; *p; p++)
        lines += *p == '\n';
    assert_int_equal(lines, SG_LOAD_MAX_ERRORS + 1);
    assert_non_null(strstr(messages, "t.json: too many errors; stopping after 50\n"));
    sg_model_destroy(&model);
}

/* Count limits, lowered so that a small file crosses them. */
static void count_limits(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_load_limits limits;
    const char *text = "{\"format\": \"stancegraph/1\", \"snapshot\": {\"id\": \"s\", \"date\": "
                       "\"2025-01-01\"}, \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": "
                       "\"person\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"person\"}], "
                       "\"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": "
                       "\"support\"}]}";
    FILE *stream;
    for (int which = 0; which < 2; which++) {
        sg_load_limits_default(&limits);
        if (which)
            limits.max_relations = 0;
        else
            limits.max_actors = 1;
        free(messages);
        messages = NULL;
        stream = open_memstream(&messages, &messages_length);
        sg_diag_set_stream(stream);
        sg_model_init(&model);
        int err = sg_load_json_buffer_limited("t.json", text, strlen(text), &limits, &model);
        sg_diag_set_stream(NULL);
        fclose(stream);
        expect_failure(err, &model,
                       which ? "t.json: relations: 1 relations, more than the limit of 0\n"
                             : "t.json: actors: 2 actors, more than the limit of 1\n");
    }
}

static int cleanup(void **state)
{
    (void)state;
    free(messages);
    messages = NULL;
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_snapshot),  cmocka_unit_test(syntax_errors),
        cmocka_unit_test(encoding_errors), cmocka_unit_test(unknown_actors),
        cmocka_unit_test(field_errors),    cmocka_unit_test(actor_errors),
        cmocka_unit_test(document_errors), cmocka_unit_test(error_cap),
        cmocka_unit_test(count_limits),
    };
    return cmocka_run_group_tests(tests, NULL, cleanup);
}
