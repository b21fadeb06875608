/*
 * The baseline the speed targets are measured against: igraph's own weighted betweenness and
 * harmonic centrality calls, one after the other, on the arc graph of a snapshot, exactly as
 * stancegraph defines it (arcs merged per ordered pair, negotiation both ways, length =
 * 1/summed weight). Reads the snapshot with cJSON, prints seconds per call.
 * Usage: igraph_baseline SNAPSHOT.json [SOURCES]   (SOURCES: only the first K vertices as
 * sources, for the L comparison; betweenness over a subset uses igraph_betweenness_subset).
 */
#include <cjson/cJSON.h>
#include <igraph/igraph.h>
#include <search.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

struct arc {
    long from, to;
    double weight;
};

static int by_pair(const void *l, const void *r)
{
    const struct arc *a = l, *b = r;
    if (a->from != b->from)
        return a->from < b->from ? -1 : 1;
    return a->to < b->to ? -1 : (a->to > b->to);
}

int main(int argc, char **argv)
{
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return 1;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, f) != (size_t)size)
        return 1;
    text[size] = 0;
    fclose(f);
    cJSON *root = cJSON_Parse(text);
    free(text);
    cJSON *actors = cJSON_GetObjectItem(root, "actors");
    cJSON *relations = cJSON_GetObjectItem(root, "relations");
    long n = cJSON_GetArraySize(actors), m = cJSON_GetArraySize(relations);
    struct hsearch_data index;
    memset(&index, 0, sizeof index);
    hcreate_r((size_t)n * 2, &index);
    long i = 0;
    for (cJSON *a = actors->child; a; a = a->next, i++) {
        ENTRY e = {cJSON_GetObjectItem(a, "id")->valuestring, (void *)(intptr_t)i}, *out;
        hsearch_r(e, ENTER, &out, &index);
    }
    struct arc *arcs = malloc((size_t)(2 * m) * sizeof *arcs);
    long count = 0;
    for (cJSON *r = relations->child; r; r = r->next) {
        ENTRY q = {cJSON_GetObjectItem(r, "source")->valuestring, NULL}, *s, *t;
        hsearch_r(q, FIND, &s, &index);
        q.key = cJSON_GetObjectItem(r, "target")->valuestring;
        hsearch_r(q, FIND, &t, &index);
        cJSON *w = cJSON_GetObjectItem(r, "weight");
        double weight = w ? w->valuedouble : 1.0;
        long a = (long)(intptr_t)s->data, b = (long)(intptr_t)t->data;
        arcs[count++] = (struct arc){a, b, weight};
        if (!strcmp(cJSON_GetObjectItem(r, "type")->valuestring, "negotiation"))
            arcs[count++] = (struct arc){b, a, weight};
    }
    qsort(arcs, (size_t)count, sizeof *arcs, by_pair);
    long merged = 0;
    for (long k = 0; k < count; k++) {
        if (merged && arcs[merged - 1].from == arcs[k].from && arcs[merged - 1].to == arcs[k].to)
            arcs[merged - 1].weight += arcs[k].weight;
        else
            arcs[merged++] = arcs[k];
    }
    igraph_vector_int_t edges;
    igraph_vector_t lengths, result;
    igraph_vector_int_init(&edges, 2 * merged);
    igraph_vector_init(&lengths, merged);
    igraph_vector_init(&result, 0);
    for (long k = 0; k < merged; k++) {
        VECTOR(edges)[2 * k] = arcs[k].from;
        VECTOR(edges)[2 * k + 1] = arcs[k].to;
        VECTOR(lengths)[k] = 1.0 / arcs[k].weight;
    }
    igraph_t g;
    igraph_create(&g, &edges, n, IGRAPH_DIRECTED);
    long sources = argc > 2 ? atol(argv[2]) : 0;
    double t0 = now();
    if (sources > 0) {
        igraph_vector_int_t subset;
        igraph_vector_int_init_range(&subset, 0, sources);
        igraph_vs_t from;
        igraph_vs_vector(&from, &subset);
        igraph_betweenness_subset(&g, &result, igraph_vss_all(), IGRAPH_DIRECTED, from,
                                  igraph_vss_all(), &lengths);
        double t1 = now();
        igraph_harmonic_centrality(&g, &result, from, IGRAPH_OUT, &lengths, 1);
        double t2 = now();
        printf("betweenness %.3f s\nharmonic %.3f s\n", t1 - t0, t2 - t1);
        igraph_vector_int_destroy(&subset);
    } else {
        igraph_betweenness(&g, &result, igraph_vss_all(), IGRAPH_DIRECTED, &lengths);
        double t1 = now();
        igraph_harmonic_centrality(&g, &result, igraph_vss_all(), IGRAPH_OUT, &lengths, 1);
        double t2 = now();
        printf("betweenness %.3f s\nharmonic %.3f s\n", t1 - t0, t2 - t1);
    }
    igraph_destroy(&g);
    igraph_vector_int_destroy(&edges);
    igraph_vector_destroy(&lengths);
    igraph_vector_destroy(&result);
    hdestroy_r(&index);
    free(arcs);
    cJSON_Delete(root);
    return 0;
}
