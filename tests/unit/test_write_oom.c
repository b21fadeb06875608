/*
 * The writers under memory exhaustion: each allocation the project's code makes while writing
 * is failed in turn (the test links with --wrap=malloc,calloc,realloc, which reaches the calls
 * of the statically linked library, not those inside cJSON, libxml2 or cgraph). Every run must
 * end in an error with no text, or in the same text as a clean run: never a crash, and under
 * valgrind or LeakSanitizer never a leak.
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "fixture.h"
#include "model/model.h"
#include "write/csv.h"
#include "write/dot.h"
#include "write/json.h"
#include "write/xml.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

void *__real_malloc(size_t size);
void *__real_calloc(size_t count, size_t size);
void *__real_realloc(void *pointer, size_t size);

/* Allocations left before the one that fails; negative: none fails. */
static long countdown = -1;

static int fail_now(void)
{
    return countdown >= 0 && countdown-- == 0;
}

void *__wrap_malloc(size_t size);
void *__wrap_calloc(size_t count, size_t size);
void *__wrap_realloc(void *pointer, size_t size);

void *__wrap_malloc(size_t size)
{
    return fail_now() ? NULL : __real_malloc(size);
}

void *__wrap_calloc(size_t count, size_t size)
{
    return fail_now() ? NULL : __real_calloc(count, size);
}

void *__wrap_realloc(void *pointer, size_t size)
{
    return fail_now() ? NULL : __real_realloc(pointer, size);
}

struct inputs {
    struct sg_model models[3];
    struct sg_metrics metrics[3];
};

typedef int (*writer)(const struct inputs *in, char **text);

static int gexf(const struct inputs *in, char **text)
{
    return sg_write_gexf(in->models, 3, NULL, text);
}

static int graphml(const struct inputs *in, char **text)
{
    return sg_write_graphml(&in->models[0], NULL, text);
}

/* The paths of convert --metrics: GEXF 1.2 with every snapshot's metrics, GraphML per tie with
 * metrics, the CSV node table with metrics. */
static int gexf_metrics(const struct inputs *in, char **text)
{
    struct sg_xml_options options;
    sg_xml_options_init(&options);
    options.metrics = in->metrics;
    options.gexf_version = SG_GEXF_1_2;
    return sg_write_gexf(in->models, 3, &options, text);
}

static int graphml_metrics_ties(const struct inputs *in, char **text)
{
    struct sg_xml_options options;
    sg_xml_options_init(&options);
    options.metrics = &in->metrics[0];
    options.per_tie = 1;
    return sg_write_graphml(&in->models[0], &options, text);
}

static int csv_nodes_metrics(const struct inputs *in, char **text)
{
    return sg_write_csv_nodes(&in->models[0], &in->metrics[0], text);
}

static int dot(const struct inputs *in, char **text)
{
    struct sg_dot_options options;
    sg_dot_options_init(&options);
    return sg_write_dot(&in->models[0], &in->metrics[0], &options, text);
}

/* Fails allocation 0, 1, 2, ... of write until a run makes no more allocations than that. */
static void each_allocation_fails(writer write)
{
    static const char *const names[] = {"minerals-2025-02-12.json", "minerals-2025-02-14.json",
                                        "minerals-2025-02-18.json"};
    struct inputs *in = calloc(1, sizeof *in);
    assert_non_null(in);
    for (int i = 0; i < 3; i++) /* the article snapshots of data/, beside tests/data */
        fixture_load_measured("../../data", names[i], &in->models[i], &in->metrics[i]);
    char *clean = NULL;
    assert_int_equal(write(in, &clean), SG_OK);
    size_t failures = 0;
    for (long k = 0;; k++) {
        char *text = NULL;
        countdown = k;
        int err = write(in, &text);
        int all_made = countdown >= 0;
        countdown = -1;
        if (err) {
            assert_null(text);
            failures++;
        } else {
            assert_string_equal(text, clean);
            free(text);
        }
        if (all_made)
            break;
    }
    assert_true(failures > 0);
    free(clean);
    for (int i = 0; i < 3; i++) {
        sg_metrics_destroy(&in->metrics[i]);
        sg_model_destroy(&in->models[i]);
    }
    free(in);
}

static void gexf_fails_cleanly(void **state)
{
    (void)state;
    each_allocation_fails(gexf);
}

static void graphml_fails_cleanly(void **state)
{
    (void)state;
    each_allocation_fails(graphml);
}

static void dot_fails_cleanly(void **state)
{
    (void)state;
    each_allocation_fails(dot);
}

static void metrics_outputs_fail_cleanly(void **state)
{
    (void)state;
    each_allocation_fails(gexf_metrics);
    each_allocation_fails(graphml_metrics_ties);
    each_allocation_fails(csv_nodes_metrics);
}

int main(void)
{
    FILE *quiet = fopen("/dev/null", "w");
    if (quiet)
        sg_diag_set_stream(quiet); /* the DOT writer reports each failure */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(gexf_fails_cleanly),
        cmocka_unit_test(graphml_fails_cleanly),
        cmocka_unit_test(dot_fails_cleanly),
        cmocka_unit_test(metrics_outputs_fail_cleanly),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    if (quiet)
        fclose(quiet);
    return failed;
}
