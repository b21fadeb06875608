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

igraph_error_t igraph_pagerank(const igraph_t *graph, igraph_pagerank_algo_t algo,
                               igraph_vector_t *vector, igraph_real_t *value,
                               const igraph_vs_t vids, igraph_bool_t directed,
                               igraph_real_t damping, const igraph_vector_t *weights,
                               igraph_arpack_options_t *options)
{
    typedef igraph_error_t (*real_function)(const igraph_t *, igraph_pagerank_algo_t,
                                            igraph_vector_t *, igraph_real_t *, const igraph_vs_t,
                                            igraph_bool_t, igraph_real_t, const igraph_vector_t *,
                                            igraph_arpack_options_t *);
    if (getenv("SG_FAIL_IGRAPH"))
        return IGRAPH_FAILURE;
    real_function real;
    *(void **)(&real) = dlsym(RTLD_NEXT, "igraph_pagerank");
    return real(graph, algo, vector, value, vids, directed, damping, weights, options);
}
