/*
 * libFuzzer harness for the DOT and CSV readers: the first byte chooses the reader, the rest
 * is the file (as the commands read it, NUL-terminated); every problem must be reported, and
 * a file that loads must also convert to every output format.
 */
#include "base/diag.h"
#include "load/csv.h"
#include "load/dot.h"
#include "model/model.h"
#include "write/csv.h"
#include "write/json.h"
#include "write/xml.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *quiet;
    if (!quiet) {
        quiet = fopen("/dev/null", "w");
        sg_diag_set_stream(quiet);
    }
    if (size < 1)
        return 0;
    char *text = malloc(size);
    if (!text)
        return 0;
    memcpy(text, data + 1, size - 1);
    text[size - 1] = '\0';
    struct sg_model model;
    sg_model_init(&model);
    int err = data[0] & 1 ? sg_load_dot_buffer("fuzz.dot", text, size - 1, &model)
                          : sg_load_csv_buffer("fuzz.csv", text, size - 1, &model);
    if (err == SG_OK) {
        char *out = NULL;
        if (sg_write_snapshot_json(&model, &out) == SG_OK)
            free(out);
        if (sg_write_csv_edges(&model, &out) == SG_OK)
            free(out);
        if (sg_write_csv_nodes(&model, NULL, &out) == SG_OK)
            free(out);
        if (sg_write_graphml(&model, NULL, &out) == SG_OK)
            free(out);
        if (sg_write_gexf(&model, 1, NULL, &out) == SG_OK)
            free(out);
    }
    sg_model_destroy(&model);
    free(text);
    return 0;
}
