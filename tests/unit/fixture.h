/*
 * Helpers the unit tests share: where fixture files are, and loading one into a measured
 * model through the load and analysis layers (never through the command layer). Each helper
 * fails the running cmocka test on any error.
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

#endif
