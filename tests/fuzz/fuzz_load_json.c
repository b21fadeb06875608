/*
 * libFuzzer harness for the snapshot loader (the project's only input parser so far). Each
 * input is loaded as a snapshot; when it loads and is small, its metrics, metrics JSON and
 * DOT are computed too, so the writers see every string the loader accepts. Diagnostics go to
 * /dev/null. Built by CMake with -DSG_FUZZ=ON (clang); run by tests/fuzz/run.sh.
 */
#include "analysis/measures.h"
#include "base/diag.h"
#include "load/json.h"
#include "write/dot.h"
#include "write/json.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink) {
        sink = fopen("/dev/null", "w");
        sg_diag_set_stream(sink);
    }
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    struct sg_model model;
    sg_model_init(&model);
    if (sg_load_json_buffer("fuzz.json", text, size, &model) == SG_OK && model.actor_count <= 40) {
        struct sg_metrics metrics;
        if (sg_measures_compute(&model, &metrics) == SG_OK) {
            struct sg_dot_options options;
            char *json = NULL, *dot = NULL;
            sg_dot_options_init(&options);
            options.camps = 1;
            sg_write_metrics_json(&model, &metrics, NULL, &json);
            sg_write_dot(&model, &metrics, &options, &dot);
            free(json);
            free(dot);
            sg_metrics_destroy(&metrics);
        }
    }
    sg_model_destroy(&model);
    free(text);
    return 0;
}
