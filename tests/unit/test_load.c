/*
 * The snapshot loader: a valid file loads with every field; each kind of bad input gives its
 * exact message with its position, every problem in a file is reported, and the model is left
 * empty on failure.
 */
#include "base/diag.h"
#include "base/digest.h"
#include "load/builder.h"
#include "load/csv.h"
#include "load/dot.h"
#include "load/json.h"
#include "load/locate.h"
#include "model/model.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
                   "t.json:1:1: expected a JSON object at the top level, found an array\n");
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
        load_relations(
            "\n  {\"source\": \"a\", \"target\": \"zelenskyy\", \"type\": \"criticism\"},"
            "\n  {\"source\": \"nobody-at-all\", \"target\": \"a\", \"type\": \"support\"}",
            &model),
        &model,
        /* one relation a line from line 7; the values start at: "  {" is columns 1-3,
         * "\"source\": " 4-13, "\"a\", " 14-18, "\"target\": " 19-28, so 7:29 and 8:14 */
        "t.json:7:29: relations[0].target: unknown actor 'zelenskyy' (did you mean 'zelensky'?)\n"
        "t.json:8:14: relations[1].source: unknown actor 'nobody-at-all'\n");
}

static void field_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(
        load_relations("\n  {\"source\": \"a\", \"target\": \"a\", \"type\": \"support\"},"
                       "\n  {\"source\": \"a\", \"target\": \"b\", \"type\": \"supports\"},"
                       "\n  {\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": 1.5},"
                       "\n  {\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": 0},"
                       "\n  {\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"weight\": \"high\"},"
                       "\n  {\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", "
                       "\"date\": \"2025-02-30\"},"
                       "\n  {\"source\": 7, \"target\": \"b\"},"
                       "\n  \"a->b\"",
                       &model),
        &model,
        /* one relation a line from line 7, each opening at column 3; in each, "{" is column 3,
         * "\"source\": \"a\", " 4-18, "\"target\": \"b\", " 19-33, "\"type\": " 34-41, so the
         * type's value starts at 42; after "\"support\", " (42-52), "\"weight\": " is 53-62 (value
         * at 63) and "\"date\": " 53-60 (value at 61); "\"source\": " ends at 13, so 7 is at 14 */
        "t.json:7:3: relations[0]: source and target are both 'a' (a relation needs two actors)\n"
        "t.json:8:42: relations[1].type: unknown relation type 'supports' (did you mean "
        "'support'? expected support, criticism or negotiation)\n"
        "t.json:9:63: relations[2].weight: weight 1.5 is outside (0, 1]\n"
        "t.json:10:63: relations[3].weight: weight 0 is outside (0, 1]\n"
        "t.json:11:63: relations[4].weight: expected a number, found a string\n"
        "t.json:12:61: relations[5].date: invalid date '2025-02-30' (expected YYYY-MM-DD)\n"
        "t.json:13:14: relations[6].source: expected a string, found a number\n"
        "t.json:13:3: relations[6]: missing required field 'type'\n"
        "t.json:14:3: relations[7]: expected an object, found a string\n");
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
    /* line 1: "{\"format\": \"stancegraph/1\", " is columns 1-28, "\"snapshot\": {" 29-41,
     * "\"id\": " 42-47, "\"../etc\", " 48-57, "\"date\": " 58-65; lines 3-6: "   {\"id\": " is
     * 1-10, the id 11-13 (a 3-letter one to 15), ", \"name\": " 14-23; on line 5 "42, " 24-27,
     * "\"type\": " 28-35, "\"pope\", " 36-43, "\"aliases\": " 44-54; on line 6 "\"\", " 24-27,
     * "\"type\": " 28-35, "\"group\", " 36-44, and the second "\"name\"" at 45 */
    expect_failure(load(text, &model), &model,
                   "t.json:6:45: actors[4]: duplicate key 'name'\n"
                   "t.json:1:48: snapshot.id: invalid id '../etc' (use 1-64 characters of A-Z "
                   "a-z 0-9 . _ -, not '.' or '..')\n"
                   "t.json:1:66: snapshot.date: invalid date '2025' (expected YYYY-MM-DD)\n"
                   "t.json:3:11: actors[1].id: duplicate actor id 'a' (first used by "
                   "actors[0])\n"
                   "t.json:4:11: actors[2].id: invalid id 'c d' (use 1-64 characters of A-Z a-z "
                   "0-9 . _ -, not '.' or '..')\n"
                   "t.json:5:24: actors[3].name: expected a string, found a number\n"
                   "t.json:5:36: actors[3].type: unknown actor type 'pope' (expected person, "
                   "organization, country or group)\n"
                   "t.json:5:55: actors[3].aliases: expected an array of strings, found a "
                   "string\n"
                   "t.json:6:24: actors[4].name: must not be empty\n");
}

static void document_errors(void **state)
{
    (void)state;
    struct sg_model model;
    expect_failure(load("{\"format\": \"stancegraph/2\", \"snapshot\": {\"date\": "
                        "\"2025-01-01\"}, \"actors\": [], \"relation\": []}",
                        &model),
                   &model,
                   /* "{\"format\": " is columns 1-11, "\"stancegraph/2\", " 12-28,
                    * "\"snapshot\": " 29-40, "{\"date\": \"2025-01-01\"}, " 41-64,
                    * "\"actors\": " 65-74, "[], " 75-78, then "\"relation\"": a missing field
                    * of the whole file is placed at its start */
                   "t.json:1:79: unknown top-level field 'relation' (expected format, snapshot, "
                   "actors and relations)\n"
                   "t.json:1:12: format: unsupported format 'stancegraph/2' (expected "
                   "'stancegraph/1')\n"
                   "t.json:1:41: snapshot: missing required field 'id'\n"
                   "t.json:1:1: missing required field 'relations'\n"
                   "t.json:1:75: actors: at least one actor is required\n");
    /* "{\"snapshot\": " is 1-13, "[], " 14-17, "\"actors\": " 18-27, "{}, " 28-31,
     * "\"relations\": " 32-44, then 3 */
    expect_failure(load("{\"snapshot\": [], \"actors\": {}, \"relations\": 3}", &model), &model,
                   "t.json:1:1: missing required field 'format'\n"
                   "t.json:1:14: snapshot: expected an object, found an array\n"
                   "t.json:1:28: actors: expected an array, found an object\n"
                   "t.json:1:45: relations: expected an array, found a number\n");
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
                       /* "{\"format\": \"stancegraph/1\", " is 1-28, "\"snapshot\": " 29-40,
                        * "{\"id\": \"s\", \"date\": \"2025-01-01\"}, " 41-75, "\"actors\": " 76-85;
                        * each actor object is 42 characters, so the actors array is 86-173
                        * (1 + 42 + 2 + 42 + 1), then ", " and "\"relations\": " 176-188 */
                       which ? "t.json:1:189: relations: 1 relations, more than the limit of 0\n"
                             : "t.json:1:86: actors: 2 actors, more than the limit of 1\n");
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

/* The loader parses one relation at a time and holds its messages back until the whole text
 * has parsed: a problem found further on that a load of the whole text reports first (a syntax
 * error, a duplicate key) drops them, and the text is read again whole. Columns counted by hand
 * (Python's str.index on each line, plus one). */
static void streamed_problems(void **state)
{
    (void)state;
    struct sg_model model;
    const char *head = "{\"format\": \"stancegraph/1\", \"snapshot\": {\"id\": \"s\", \"date\": "
                       "\"2025-01-01\"},\n";
    const char *actors = "\"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"person\"},\n"
                         "{\"id\": \"b\", \"name\": \"B\", \"type\": \"person\"}]";
    const char *first = "\"relations\": [{\"source\": \"a\", \"target\": \"zzzz\", \"type\": "
                        "\"support\"},\n";
    const char *seconds[] = {
        /* a comma before the closing brace (column 50): cJSON stops at the newline after it,
         * column 51, as it did when it parsed every text whole */
        "{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\",}\n]}",
        /* the second "source" at column 17 */
        "{\"source\": \"a\", \"source\": \"b\", \"target\": \"b\", \"type\": \"support\"}\n]}"};
    const char *expected[] = {"t.json:5:51: syntax error near byte 0x0A\n",
                              "t.json:5:17: relations[1]: duplicate key 'source'\n"
                              "t.json:4:41: relations[0].target: unknown actor 'zzzz'\n"};
    char text[1024];
    for (int k = 0; k < 2; k++) {
        snprintf(text, sizeof text, "%s%s,\n%s%s", head, actors, first, seconds[k]);
        sg_model_init(&model);
        begin_capture();
        int err = sg_load_json_buffer("t.json", text, strlen(text), &model);
        end_capture();
        expect_failure(err, &model, expected[k]);
    }

    /* the relations before the actors: still placed (line 2, column 41) */
    snprintf(text, sizeof text, "%s%s\"type\": \"support\"}],\n%s}", head, first, actors);
    *strstr(text, "},\n\"type\"") = '\0';
    strcat(text, "}],\n");
    strcat(text, actors);
    strcat(text, "}");
    sg_model_init(&model);
    begin_capture();
    int err = sg_load_json_buffer("t.json", text, strlen(text), &model);
    end_capture();
    expect_failure(err, &model, "t.json:2:41: relations[0].target: unknown actor 'zzzz'\n");

    /* a form feed between two actors: white space to cJSON, not to the split, so the text is
     * loaded whole, and loads */
    snprintf(text, sizeof text,
             "%s%s,\n\"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": "
             "\"support\"}]}",
             head, actors);
    *strstr(text, "},\n{\"id\": \"b\"") = '\0';
    snprintf(text + strlen(text), sizeof text - strlen(text),
             "},\f{\"id\": \"b\", \"name\": \"B\", \"type\": \"person\"}],\n\"relations\": "
             "[{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\"}]}");
    sg_model_init(&model);
    begin_capture();
    err = sg_load_json_buffer("t.json", text, strlen(text), &model);
    end_capture();
    assert_int_equal(err, SG_OK);
    assert_int_equal(model.actor_count, 2);
    assert_int_equal(model.statement_count, 1);
    sg_model_destroy(&model);
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

/* Type names are read in any case, in every format; a misspelt one gets the closest name. */
static void type_names(void **state)
{
    (void)state;
    struct sg_model model;
    const char *text =
        "{\"format\": \"stancegraph/1\", \"snapshot\": {\"id\": \"s\", \"date\": \"2025-01-01\"},\n"
        " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"PERSON\"},\n"
        "  {\"id\": \"b\", \"name\": \"B\", \"type\": \"Organization\"}],\n"
        " \"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"Support\"}]}\n";
    assert_int_equal(load(text, &model), SG_OK);
    assert_int_equal(model.actors[0].type, SG_ACTOR_PERSON);
    assert_int_equal(model.actors[1].type, SG_ACTOR_ORGANIZATION);
    assert_int_equal(model.statements[0].type, SG_STANCE_SUPPORT);
    sg_model_destroy(&model);

    const char *dot = "digraph { graph [date=\"2025-01-01\"]; a [type=Country];\n"
                      "  a -> b [stance=NEGOTIATION]; }\n";
    sg_model_init(&model);
    begin_capture();
    assert_int_equal(sg_load_dot_buffer("t.dot", dot, strlen(dot), &model), SG_OK);
    end_capture();
    assert_int_equal(model.actors[0].type, SG_ACTOR_COUNTRY);
    assert_int_equal(model.statements[0].type, SG_STANCE_NEGOTIATION);
    sg_model_destroy(&model);

    text =
        "{\"format\": \"stancegraph/1\", \"snapshot\": {\"id\": \"s\", \"date\": \"2025-01-01\"},\n"
        " \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"organisation\"},\n"
        "  {\"id\": \"b\", \"name\": \"B\", \"type\": \"Goverment\"}],\n"
        " \"relations\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"Critcism\"}]}\n";
    /* line 2: " \"actors\": [" is columns 1-12, "{\"id\": \"a\", \"name\": \"A\", " 13-37,
     * "\"type\": " 38-45; line 3: "  {" 1-3, "\"id\": \"b\", \"name\": \"B\", " 4-27, "\"type\": "
     * 28-35; line 4: " \"relations\": [" 1-15, "{\"source\": \"a\", \"target\": \"b\", " 16-46,
     * "\"type\": " 47-54 */
    expect_failure(load(text, &model), &model,
                   "t.json:2:46: actors[0].type: unknown actor type 'organisation' (did you mean "
                   "'organization'? expected person, organization, country or group)\n"
                   "t.json:3:36: actors[1].type: unknown actor type 'Goverment' (expected person, "
                   "organization, country or group)\n"
                   "t.json:4:55: relations[0].type: unknown relation type 'Critcism' (did you "
                   "mean 'criticism'? expected support, criticism or negotiation)\n");
}

/* Positions in a file with a byte-order mark, CRLF line ends, tabs, escapes in names and
 * strings, brackets inside strings and nested arrays before the value. */
static void positions_crlf(void **state)
{
    (void)state;
    struct sg_model model;
    const char *text =
        "\xEF\xBB\xBF{\"format\": \"stancegraph/1\",\r\n"
        "\t\"snapshot\": {\"id\": \"s\", \"date\": \"2025-01-01\", \"x\": [[\"]\", {\"}\": 1}], "
        "[2]]},\r\n"
        "\t\"actors\": [{\"id\": \"a\", \"name\": \"\\\"A]\\\\\", \"type\": \"person\"},\r\n"
        "\t\t{\"id\": \"b\", \"name\": \"B\\u00e9\", \"t\\u0079pe\": \"persn\"}],\r\n"
        "\t\"relations\": [{\"source\": \"a\", \"target\": \"c\", \"type\": \"support\"},\r\n"
        "\t\t{\"source\": \"a\", \"target\": \"b\", \"type\": \"support\", \"weight\": [1]}]}\r\n";
    /* the mark is not counted and "\r" ends no line; a tab is one column. Line 3: "\t" 1,
     * "\"actors\": [" 2-12, then actors[0]. Line 4: "\t\t{" 1-3, "\"id\": \"b\", " 4-14,
     * "\"name\": " 15-22, "\"B\\u00e9\", " 23-33, "\"t\\u0079pe\": " 34-46, so 'persn' is at 47.
     * Line 5: "\t\"relations\": [" 1-15, "{\"source\": \"a\", " 16-31, "\"target\": " 32-41.
     * Line 6: "\t\t{" 1-3, "\"source\": \"a\", \"target\": \"b\", " 4-33, "\"type\": \"support\", "
     * 34-52, "\"weight\": " 53-62 */
    expect_failure(load(text, &model), &model,
                   "t.json:4:47: actors[1].type: unknown actor type 'persn' (did you mean "
                   "'person'? expected person, organization, country or group)\n"
                   "t.json:5:42: relations[0].target: unknown actor 'c' (did you mean 'a'?)\n"
                   "t.json:6:63: relations[1].weight: expected a number, found an array\n");
}

/* The scanner on its own: paths through arrays and objects, the first of two names, misses. */
static void locate_paths(void **state)
{
    (void)state;
    const char *text =
        "\xEF\xBB\xBF [ {\"a\\\"b\": [1, \"x,]\", {\"c\": null}], \"a\\\"b\": 2},\r\n"
        "  {\"\\u00e9\": {\"d\\/e\": [true, false]}} ]";
    size_t n = strlen(text);
    const char *at_c = strstr(text, "null"), *at_e = strstr(text, "[true");
    assert_int_equal(sg_locate_json_path(text, n, ""), 4);
    assert_int_equal(sg_locate_json_path(text, n, "[0]"), 6);
    assert_int_equal(sg_locate_json_path(text, n, "[0].a\"b"), strchr(text, '[') - text + 11);
    assert_int_equal(sg_locate_json_path(text, n, "[0].a\"b[2].c"), at_c - text);
    assert_int_equal(sg_locate_json_path(text, n, "[1].\xC3\xA9.d/e"), at_e - text);
    assert_int_equal(sg_locate_json_path(text, n, "[1].\xC3\xA9.d/e[1]"), at_e - text + 7);
    assert_int_equal(sg_locate_json_path(text, n, "[2]"), SG_LOCATE_NOWHERE);
    assert_int_equal(sg_locate_json_path(text, n, "[0].c"), SG_LOCATE_NOWHERE);
    assert_int_equal(sg_locate_json_path(text, n, "[0][0]"), SG_LOCATE_NOWHERE);
    size_t name = 0;
    size_t second = sg_locate_json_child(text, n, 6, 1, &name);
    assert_int_equal(text[second], '2');
    assert_int_equal(name, strstr(text, "], \"a") - text + 3);
    unsigned long line, column;
    sg_locate_line_column(text, n, at_e - text, &line, &column);
    assert_int_equal(line, 2);
    assert_int_equal(column, 23); /* "  {\"\\u00e9\": {\"d\\/e\": " is 22 characters */
}

static int cleanup(void **state)
{
    (void)state;
    free(messages);
    messages = NULL;
    return 0;
}

/* Reports a problem at actors[0].type of the snapshot loaded from the file at path, whose
 * bytes were text when loaded; leaves the message in messages. */
static void report_after_load(const char *path, const char *text)
{
    struct sg_model model;
    struct sg_load_limits limits;
    struct sg_builder builder;
    char sha256[65];
    sg_digest_sha256_hex(text, strlen(text), sha256);
    sg_model_init(&model);
    sg_load_limits_default(&limits);
    begin_capture();
    sg_builder_init(&builder, "t.json", &limits, &model);
    sg_builder_set_file(&builder, path, sha256);
    sg_builder_report(&builder, "t.json", "actors[0].type", "bad");
    sg_builder_report(&builder, "t.json", "actors[0]", "worse"); /* read once, kept */
    assert_int_equal(sg_builder_finish(&builder), SG_ERR_DATA);
    end_capture();
}

static void write_file(const char *path, const char *text)
{
    FILE *file = fopen(path, "wb");
    assert_non_null(file);
    assert_int_equal(fputs(text, file) >= 0, 1);
    assert_int_equal(fclose(file), 0);
}

/*
 * A file loaded is read again for the first message's line and column, only if its bytes are
 * still those loaded; otherwise (changed, gone, standard input, a FIFO) messages keep the path
 * alone. In text, "{" is column 13 and "x" 22; in changed (same length), 14 and 23.
 */
static void positions_read_again(void **state)
{
    (void)state;
    const char *text = "{\"actors\": [{\"type\": \"x\"}]}\n";
    const char *changed = "{\"actors\":  [{\"type\": \"x\"}]}";
    char folder[] = "/tmp/test_load.XXXXXX", path[64], fifo[64];
    assert_non_null(mkdtemp(folder));
    snprintf(path, sizeof path, "%s/t.json", folder);
    snprintf(fifo, sizeof fifo, "%s/fifo", folder);
    const char *placed = "t.json:1:22: actors[0].type: bad\nt.json:1:13: actors[0]: worse\n";
    const char *unplaced = "t.json: actors[0].type: bad\nt.json: actors[0]: worse\n";
    write_file(path, text);
    report_after_load(path, text);
    assert_string_equal(messages, placed);
    write_file(path, changed);
    report_after_load(path, text);
    assert_string_equal(messages, unplaced);
    assert_int_equal(unlink(path), 0);
    report_after_load(path, text);
    assert_string_equal(messages, unplaced);
    report_after_load("-", text);
    assert_string_equal(messages, unplaced);
    assert_int_equal(mkfifo(fifo, 0600), 0); /* no writer: opening it to read would block */
    report_after_load(fifo, text);
    assert_string_equal(messages, unplaced);
    assert_int_equal(unlink(fifo), 0);
    assert_int_equal(rmdir(folder), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_snapshot),       cmocka_unit_test(syntax_errors),
        cmocka_unit_test(encoding_errors),      cmocka_unit_test(unknown_actors),
        cmocka_unit_test(field_errors),         cmocka_unit_test(actor_errors),
        cmocka_unit_test(document_errors),      cmocka_unit_test(error_cap),
        cmocka_unit_test(count_limits),         cmocka_unit_test(streamed_problems),
        cmocka_unit_test(csv_places),           cmocka_unit_test(dot_places),
        cmocka_unit_test(builder_values),       cmocka_unit_test(type_names),
        cmocka_unit_test(positions_crlf),       cmocka_unit_test(locate_paths),
        cmocka_unit_test(positions_read_again),
    };
    return cmocka_run_group_tests(tests, NULL, cleanup);
}
