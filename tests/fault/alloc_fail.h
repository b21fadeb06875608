/*
 * Allocation failure injection for the out-of-memory test (oom_check.c): the test program is
 * linked with -Wl,--wrap for every allocating function stancegraph's own code calls, so those
 * calls come here, are counted while counting is on, and the chosen one fails with ENOMEM.
 * Allocations made inside igraph, Graphviz, libxml2, PLplot and libc itself (fopen's buffer,
 * hcreate_r's table) are not seen; cJSON's are, through hooks installed with cJSON_InitHooks.
 */
#ifndef SG_TESTS_ALLOC_FAIL_H
#define SG_TESTS_ALLOC_FAIL_H

/*
 * Starts counting from zero. The allocation numbered fail_at (from 1) fails; with persistent,
 * every one after it fails too. fail_at 0 fails none (a counting run).
 */
void sg_alloc_fail_start(unsigned long fail_at, int persistent);

/* Stops counting and failing; returns how many allocations were counted since the start. */
unsigned long sg_alloc_fail_stop(void);

/* Prints the stack of each failing allocation to fd (addresses; -1: off). */
void sg_alloc_fail_trace(int fd);

/* Points cJSON's allocations at the counting functions (and keeps them there). */
void sg_alloc_fail_hook_cjson(void);

#endif
