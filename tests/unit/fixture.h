/*
 * Helpers the unit tests share: where fixture files are, loading one into a measured model
 * through the load and analysis layers (never through the command layer), and building a
 * model by hand, an actor or a statement at a time. Each helper fails the running cmocka test
 * on any error.
 */
#ifndef SG_TEST_FIXTURE_H
#define SG_TEST_FIXTURE_H

#include "analysis/measures.h"
#include "model/model.h"

#include <stddef.h>

/* Writes the path of tests/data/FOLDER/NAME (below $SG_TEST_DATA, else "tests") into path. */
void fixture_path(const char *folder, const char *name, char *path, size_t size);

/* Loads tests/data/FOLDER/NAME into model (initialised here) and computes its metrics. */
void fixture_load_measured(const char *folder, const char *name, struct sg_model *model,
                           struct sg_metrics *metrics);

/* Appends an actor: name NULL means the id; group and alias may be NULL (no group, no alias).
   Returns it, for a test to set what else it needs. */
struct sg_actor *fixture_add_actor(struct sg_model *model, const char *id, const char *name,
                                   enum sg_actor_type type, const char *group, const char *alias);

/* Appends a statement from actor index source to target; evidence may be NULL. Returns it. */
struct sg_statement *fixture_add_statement(struct sg_model *model, size_t source, size_t target,
                                           enum sg_stance type, double weight,
                                           const char *evidence);

/* Initialises lexicon with four people: alice, bob, carol and dave (Alice, Bob, Carol, Dave). */
void fixture_four_people(struct sg_model *lexicon);

#endif
