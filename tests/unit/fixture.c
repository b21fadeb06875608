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
