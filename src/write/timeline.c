/*
 * The timeline as a long-form CSV (date, snapshot, actor, metric, value) for spreadsheets, R
 * and pandas: one row per snapshot, present actor and metric, then the graph-level rows. The
 * JSON series are in json_timeline.c.
 */
#include "write/timeline.h"

#include "base/diag.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void csv_value(FILE *out, double v, int integral)
{
    if (!isfinite(v))
        fputs("NA", out); /* undefined: what R and pandas read as missing */
    else if (integral)
        fprintf(out, "%zu", (size_t)v);
    else
        fprintf(out, "%.12g", v == 0.0 ? 0.0 : v);
}

int sg_write_timeline_csv(const struct sg_timeline *t, char **text)
{
    char *buffer = NULL;
    size_t length = 0;
    *text = NULL;
    FILE *out = open_memstream(&buffer, &length);
    if (!out)
        return SG_ERR_NOMEM;
    /* Ids, dates and metric names are [A-Za-z0-9._-] by validation: no field needs quoting. */
    fputs("date,snapshot,actor,metric,value\n", out);
    for (size_t s = 0; s < t->count; s++) {
        const struct sg_model *model = &t->models[s];
        for (size_t a = 0; a < t->actor_count; a++) {
            const struct sg_actor_metrics *am = sg_timeline_actor_metrics(t, s, a);
            if (!am)
                continue;
            for (size_t m = 0; m < sg_metric_count; m++) {
                fprintf(out, "%s,%s,%s,%s,", model->info.date, model->info.id, t->actor_ids[a],
                        sg_metric_table[m].name);
                csv_value(out, sg_metric_value(am, m), sg_metric_table[m].integral);
                fputc('\n', out);
            }
        }
    }
    for (size_t s = 0; s < t->count; s++)
        for (size_t f = 0; f < sg_graph_field_count; f++) {
            fprintf(out, "%s,%s,,%s,", t->models[s].info.date, t->models[s].info.id,
                    sg_graph_field_table[f].name);
            csv_value(out, sg_graph_field_value(&t->metrics[s].graph, f),
                      sg_graph_field_table[f].integral);
            fputc('\n', out);
        }
    if (fclose(out) != 0) {
        free(buffer);
        return SG_ERR_NOMEM;
    }
    *text = buffer;
    return SG_OK;
}
