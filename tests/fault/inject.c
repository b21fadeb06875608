/*
 * Fault injection for the failure-path tests: preloaded (LD_PRELOAD) into stancegraph, it
 * makes one library call fail when its environment variable is set, so that the tests can
 * check exit status, message and "nothing written" for igraph and Graphviz failures, which
 * valid input never triggers. Otherwise each call goes to the real library.
 */
#include <dlfcn.h>
#include <graphviz/gvc.h>
#include <igraph/igraph.h>
#include <stdlib.h>

int gvLayout(GVC_t *context, graph_t *graph, const char *engine)
{
    typedef int (*real_function)(GVC_t *, graph_t *, const char *);
    if (getenv("SG_FAIL_GVLAYOUT"))
        return -1;
    real_function real;
    /* POSIX's way to turn dlsym's object pointer into a function pointer. */
    *(void **)(&real) = dlsym(RTLD_NEXT, "gvLayout");
    return real(context, graph, engine);
}

igraph_error_t igraph_betweenness(const igraph_t *graph, igraph_vector_t *result,
                                  const igraph_vs_t vids, igraph_bool_t directed,
                                  const igraph_vector_t *weights)
{
    typedef igraph_error_t (*real_function)(const igraph_t *, igraph_vector_t *, const igraph_vs_t,
                                            igraph_bool_t, const igraph_vector_t *);
    if (getenv("SG_FAIL_IGRAPH"))
        return IGRAPH_FAILURE;
    real_function real;
    *(void **)(&real) = dlsym(RTLD_NEXT, "igraph_betweenness");
    return real(graph, result, vids, directed, weights);
}
