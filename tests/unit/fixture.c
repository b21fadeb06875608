/*
 * Fixture helpers shared by the unit tests (fixture.h).
 */
#include "fixture.h"

#include "base/diag.h"
#include "load/input.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

void fixture_path(const char *folder, const char *name, char *path, size_t size)
{
    const char *root = getenv("SG_TEST_DATA");
    snprintf(path, size, "%s/data/%s/%s", root ? root : "tests", folder, name);
}

void fixture_load_measured(const char *folder, const char *name, struct sg_model *model,
                           struct sg_metrics *metrics)
{
    char path[512];
    fixture_path(folder, name, path, sizeof path);
    sg_model_init(model);
    assert_int_equal(sg_load_input(path, SG_INPUT_AUTO, model), SG_OK);
    assert_int_equal(sg_measures_compute(model, metrics), SG_OK);
}

/* strdup that fails the test when memory runs out; NULL stays NULL. */
static char *copy(const char *text)
{
    if (!text)
        return NULL;
    char *result = strdup(text);
    assert_non_null(result);
    return result;
}

struct sg_actor *fixture_add_actor(struct sg_model *model, const char *id, const char *name,
                                   enum sg_actor_type type, const char *group, const char *alias)
{
    struct sg_actor *actor = sg_model_add_actor(model);
    assert_non_null(actor);
    actor->id = copy(id);
    actor->name = copy(name ? name : id);
    actor->group = copy(group);
    actor->type = type;
    if (alias) {
        actor->aliases = calloc(1, sizeof *actor->aliases);
        assert_non_null(actor->aliases);
        actor->aliases[0] = copy(alias);
        actor->alias_count = 1;
    }
    return actor;
}

struct sg_statement *fixture_add_statement(struct sg_model *model, size_t source, size_t target,
                                           enum sg_stance type, double weight, const char *evidence)
{
    struct sg_statement *statement = sg_model_add_statement(model);
    assert_non_null(statement);
    statement->source = source;
    statement->target = target;
    statement->type = type;
    statement->weight = weight;
    statement->evidence = copy(evidence);
    return statement;
}

void fixture_four_people(struct sg_model *lexicon)
{
    sg_model_init(lexicon);
    fixture_add_actor(lexicon, "alice", "Alice", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(lexicon, "bob", "Bob", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(lexicon, "carol", "Carol", SG_ACTOR_PERSON, NULL, NULL);
    fixture_add_actor(lexicon, "dave", "Dave", SG_ACTOR_PERSON, NULL, NULL);
}
