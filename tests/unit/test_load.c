/*
 * The snapshot loader: a valid file loads with every field; each kind of bad input gives its
 * exact message with its position, every problem in a file is reported, and the model is left
 * empty on failure.
 */
#include "base/diag.h"
#include "load/builder.h"
#include "load/csv.h"
#include "load/dot.h"
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
        "t.json: relations[1].type: unknown relation type 'supports' (did you mean 'support'? "
        "expected support, criticism or negotiation)\n"
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

/* Diagnostics of the code between begin_capture and end_capture go to messages. */
static FILE *capture;

static void begin_capture(void)
{
    free(messages);
    messages = NULL;
    capture = open_memstream(&messages, &messages_length);
    assert_non_null(capture);
    sg_diag_set_stream(capture);
}

static void end_capture(void)
{
    sg_diag_set_stream(NULL);
    fclose(capture);
}

/* CSV rows become records for the builder: its messages are placed at FILE:LINE. */
static void csv_places(void **state)
{
    (void)state;
    struct sg_model model;
    sg_model_init(&model);
    begin_capture();
    const char *rows = "Source,Target,Type,Weight,Date\n"
                       "a,b,Support,0.5,2025-01-01\n"
                       "\n"
                       "b,c,praise,x,2025-01-02\n"
                       "c,cc,support,,2025-13-01\n";
    int err = sg_load_csv_buffer("t.csv", rows, strlen(rows), &model);
    end_capture();
    expect_failure(err, &model,
                   "t.csv:4: relations[1].type: unknown relation type 'praise' (expected "
                   "support, criticism or negotiation)\n"
                   "t.csv:4: relations[1].weight: expected a number, found a string\n"
                   "t.csv:5: relations[2].date: invalid date '2025-13-01' (expected YYYY-MM-DD)\n");

    /* free-form columns: a string (escaped as the JSON writer would) and KEY:json */
    const char *text = "Source,Target,Type,Date,note,score:json\n"
                       "a,b,support,2025-01-01,\"say \"\"hi\"\"\tnow\",[1.5]\n";
    sg_model_init(&model);
    begin_capture();
    err = sg_load_csv_buffer("t.csv", text, strlen(text), &model);
    end_capture();
    assert_int_equal(err, SG_OK);
    assert_string_equal(model.info.id, "t");
    assert_string_equal(model.info.date, "2025-01-01");
    assert_int_equal(model.actor_count, 2);
    assert_int_equal(model.statements[0].extras.count, 2);
    assert_string_equal(model.statements[0].extras.items[0].json, "\"say \\\"hi\\\"\\tnow\"");
    assert_string_equal(model.statements[0].extras.items[1].key, "score");
    assert_string_equal(model.statements[0].extras.items[1].json, "[1.5]");
    sg_model_destroy(&model);
}

/* DOT nodes and edges are placed by name; the JSON stancegraph embeds is read through
 * load/json.h, and a problem in it names the attribute. */
static void dot_places(void **state)
{
    (void)state;
    struct sg_model model;
    const char *text = "digraph { graph [date=\"2025-01-01\"];\n"
                       "  a [type=alien]; a -> b [stance=support, weight=2];\n"
                       "  b -> c; }\n";
    sg_model_init(&model);
    begin_capture();
    int err = sg_load_dot_buffer("t.dot", text, strlen(text), &model);
    end_capture();
    expect_failure(err, &model,
                   "t.dot: edge 'b' -> 'c': no stance attribute (stance=support, criticism or "
                   "negotiation)\n"
                   "t.dot: node 'a': actors[0].type: unknown actor type 'alien' (expected "
                   "person, organization, country or group)\n"
                   "t.dot: edge 'a' -> 'b': relations[0].weight: weight 2 is outside (0, 1]\n");

    text = "digraph { graph [sg_snapshot=\"{\\\"snapshot\\\":{\\\"id\\\":\\\"s\\\","
           "\\\"date\\\":\\\"2025-01-01\\\"}}\"];\n"
           "  a [sg_actor=\"[0,{\\\"id\\\":\\\"a\\\",\\\"name\\\":\\\"A\\\",\\\"type\\\":"
           "\\\"person\\\",\\\"k\\\":1,\\\"k\\\":2}]\"];\n"
           "  b [sg_actor=\"[1]\"];\n"
           "  a -> b [sg_relations=\"{}\"]; }\n";
    sg_model_init(&model);
    begin_capture();
    err = sg_load_dot_buffer("t.dot", text, strlen(text), &model);
    end_capture();
    expect_failure(err, &model,
                   "t.dot: node 'a': sg_actor: duplicate key 'k'\n"
                   "t.dot: node 'b': sg_actor: expected an [index, object] pair\n"
                   "t.dot: edge 'a' -> 'b': sg_relations: not the JSON array stancegraph "
                   "writes there\n");
}

/* The builder takes plain values from any reader, with the reader's place. */
static void builder_values(void **state)
{
    (void)state;
    struct sg_model model;
    struct sg_load_limits limits;
    struct sg_builder builder;
    struct sg_record record;
    sg_model_init(&model);
    sg_load_limits_default(&limits);
    begin_capture();
    sg_builder_init(&builder, "in.txt", &limits, &model);
    sg_record_init(&record, SG_RECORD_SNAPSHOT);
    assert_int_equal(sg_record_put_string(&record, "id", "s"), SG_OK);
    assert_int_equal(sg_record_put_string(&record, "date", "2025-01-01"), SG_OK);
    sg_builder_snapshot(&builder, &(struct sg_place){.file = "in.txt", .path = "snapshot"},
                        &record);
    assert_int_equal(sg_builder_begin(&builder, 2, 1, 1), SG_OK);
    const char *ids[] = {"zelensky", "trump"};
    for (size_t i = 0; i < 2; i++) {
        sg_record_init(&record, SG_RECORD_ACTOR);
        assert_int_equal(sg_record_put_string(&record, "id", ids[i]), SG_OK);
        assert_int_equal(sg_record_put_string(&record, "name", ids[i]), SG_OK);
        assert_int_equal(sg_record_put_string(&record, "type", "person"), SG_OK);
        sg_builder_actor(&builder,
                         &(struct sg_place){.file = "in.txt:7", .array = "actors", .index = i},
                         &record);
    }
    sg_record_init(&record, SG_RECORD_RELATION);
    assert_int_equal(sg_record_put_string(&record, "source", "zelenskyy"), SG_OK);
    assert_int_equal(sg_record_put_string(&record, "target", "trump"), SG_OK);
    assert_int_equal(sg_record_put_string(&record, "type", "support"), SG_OK);
    record.fields[SG_RELATION_FIELD_WEIGHT].kind = SG_KIND_BOOLEAN;
    sg_builder_relation(&builder, &(struct sg_place){.file = "in.txt:9", .path = "line"}, &record);
    int err = sg_builder_finish(&builder);
    end_capture();
    expect_failure(err, &model,
                   "in.txt:9: line.source: unknown actor 'zelenskyy' (did you mean "
                   "'zelensky'?)\n"
                   "in.txt:9: line.weight: expected a number, found a boolean\n");
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
        cmocka_unit_test(count_limits),    cmocka_unit_test(csv_places),
        cmocka_unit_test(dot_places),      cmocka_unit_test(builder_values),
    };
    return cmocka_run_group_tests(tests, NULL, cleanup);
}
