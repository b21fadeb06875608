/*
 * Out-of-memory test, as SQLite tests it: each scenario (a command line of analyze, diff,
 * timeline, convert, report or extract on small inputs) runs in this process once to count
 * the allocations stancegraph's own code makes (N), then N more times, the k-th allocation
 * failing in run k (alloc_fail.c). Every run must exit 70 with "out of memory" as its one message
 * and leave the output folder empty, or, where the allocation was optional, exit 0 with outputs,
 * stdout and stderr byte-identical to the counting run's. Under AddressSanitizer each run is
 * also checked for leaks. The commands are called in process (sg_cmd_main with their rows),
 * which makes thousands of runs take seconds instead of minutes.
 *
 * The DOT and CSV inputs are converted from tests/data/good/path.json first.
 *
 * Usage: oom_check DATA_DIR [--persistent] [--only NAME] [--from K] [--trace] [--light]
 *                  [--stride S] [--leak-check-every N]
 *   DATA_DIR      tests/data
 *   --persistent  every allocation from the k-th on fails, not only the k-th
 *   --only NAME   run the scenarios whose name starts with NAME
 *   --from K      start at k = K (with --only, to look at one failure)
 *   --trace       print the stack of each failing allocation (addresses; see addr2line)
 *   --light       leave out the heavy scenarios (for the sanitizer build)
 *   --stride S    run only every S-th k from the first
 *   --leak-check-every N  check for leaks after every N-th run and after the last (the check
 *                 scans the whole heap and costs more than a run; a leak it finds was made in
 *                 one of the N runs before it: look again with --from and N = 1)
 */
#include "alloc_fail.h"
#include "base/diag.h"
#include "cli/command.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <igraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#include <sanitizer/lsan_interface.h>
#define LEAK_CHECK()    __lsan_do_recoverable_leak_check()
#define HAVE_LEAK_CHECK 1
#else
#define LEAK_CHECK()    0
#define HAVE_LEAK_CHECK 0
#endif

#define MAX_ARGS 16

/* Left out with --light (the sanitizer build, where runs are slower). */
#define HEAVY 1
/* Run in a child process: gvc keeps state across contexts (a font cache that a second
 * context reads after the first freed it), and stancegraph makes one per process. */
#define FORKED 2

/* Runs a command as main does once it has found the command's row. */
static int run_command(const struct sg_command *command, int argc, char **argv)
{
    static const struct sg_global_options global = {SG_INPUT_AUTO};
    return sg_cmd_main(command, argc, argv, &global);
}

struct scenario {
    const char *name;
    const struct sg_command *command;
    /* "@O" stands for the output folder; "@D/", "@W/" start paths in the data and work folders. */
    const char *args[MAX_ARGS];
    int flags; /* HEAVY, FORKED */
};

static const struct scenario scenarios[] = {
    /* First: each of its runs is a child process that checks itself for leaks, and forking a
     * process whose heap grew over thousands of runs makes that check many times slower. */
    {"report",
     &sg_command_report,
     {"report", "-o", "@O/r.html", "@D/timeline/t2.json", "@D/timeline/t1.json"},
     FORKED},
    /* HITS on a layer with mutual arcs (negotiation) has no unique answer, and ARPACK's keeps
     * state from call to call in a process: path.json has none */
    {"analyze",
     &sg_command_analyze,
     {"analyze", "--layers", "--camps", "--top", "0", "-d", "@O", "@D/good/path.json"},
     0},
    {"diff",
     &sg_command_diff,
     {"diff", "-d", "@O", "@D/timeline/t1.json", "@D/timeline/t0.json"},
     0},
    {"timeline",
     &sg_command_timeline,
     {"timeline", "-d", "@O", "@D/timeline/t2.json", "@D/timeline/t1.json", "@D/timeline/t0.json"},
     0},
    {"timeline-window",
     &sg_command_timeline,
     {"timeline", "-d", "@O", "--window", "2d", "--step", "1d", "@D/timeline/log.json"},
     HEAVY},
    {"convert-json", &sg_command_convert, {"convert", "-o", "@O/x.json", "@D/diff/old.json"}, 0},
    {"convert-graphml",
     &sg_command_convert,
     {"convert", "-o", "@O/x.graphml", "@D/diff/old.json"},
     0},
    {"convert-gexf",
     &sg_command_convert,
     {"convert", "-o", "@O/x.gexf", "@D/diff/old.json", "@D/diff/new.json"},
     0},
    {"convert-csv", &sg_command_convert, {"convert", "-o", "@O/x.csv", "@D/diff/old.json"}, 0},
    {"convert-metrics-graphml",
     &sg_command_convert,
     {"convert", "--metrics", "--ties", "-o", "@O/x.graphml", "@D/timeline/t1.json"},
     0},
    {"convert-metrics-gexf",
     &sg_command_convert,
     {"convert", "--metrics", "--gexf-version", "1.2", "-o", "@O/x.gexf", "@D/timeline/t0.json",
      "@D/timeline/t1.json"},
     0},
    {"convert-metrics-csv",
     &sg_command_convert,
     {"convert", "--metrics", "-o", "@O/x.csv", "@D/timeline/t1.json"},
     0},
    {"convert-dot", &sg_command_convert, {"convert", "-o", "@O/x.dot", "@D/timeline/t1.json"}, 0},
    {"convert-from-dot", &sg_command_convert, {"convert", "-o", "@O/y.json", "@W/path.dot"}, 0},
    {"convert-from-csv", &sg_command_convert, {"convert", "-o", "@O/y.json", "@W/path.csv"}, 0},
    {"extract",
     &sg_command_extract,
     {"extract", "--actors", "@D/cues/lexicon.json", "--cues", "@D/cues/custom.json", "-o",
      "@O/e.json", "@D/cues/article.txt"},
     0},
    /* three sentences that take the parse, an owner, a quotation, a pronoun and the surface
     * frames: every k reparses them, so the text stays short */
    {"extract-builtin",
     &sg_command_extract,
     {"extract", "--actors", "@D/extract/mackerel.json", "-o", "@O/e.json", "@D/oom/extract.txt"},
     0},
    /* the actors found with no lexicon; a plain actor list read back */
    {"extract-discover",
     &sg_command_extract,
     {"extract", "--print-actors", "-o", "@O/a.json", "@D/discover/article.txt"},
     0},
    {"review",
     &sg_command_review,
     {"review", "-o", "@O/r.html", "@D/review/proposed.json", "@D/review/article.txt"},
     0},
    {"extract-actor-list",
     &sg_command_extract,
     {"extract", "--print-actors", "--actors", "@D/discover/actors.csv", "-o", "@O/a.json",
      "@D/discover/article.txt"},
     0},
    /* many articles into one list: the manifest, the headers, the corpus run and its merge
     * (one thread, so that the k-th allocation is the same one on every run; a lexicon and
     * --print-actors, so that no sentence is parsed: extract-builtin covers that) */
    {"extract-corpus",
     &sg_command_extract,
     {"extract", "--jobs", "1", "--print-actors", "--actors", "@D/merge/b.json", "--manifest",
      "@D/corpus/manifest.csv", "-o", "@O/a.json"},
     0},
    {"merge",
     &sg_command_merge,
     {"merge", "-o", "@O/m.json", "@D/merge/a.json", "@D/merge/b.json"},
     0},
    {"diff-window",
     &sg_command_diff,
     {"diff", "--window", "7d", "-d", "@O", "@D/timeline/log.json"},
     0},
};

/* What a run leaves: status, captured stdout and stderr, and the output folder's files. */
struct result {
    int status;
    char *out, *err;
    char *files; /* "name\ncontents\n" per file, names sorted */
};

static const char *data_dir;
static unsigned long *forked_count; /* shared with the children of FORKED scenarios */
#define LEAKED 99                   /* a child's exit status when it leaked */
static char work_dir[64], output_dir[4096];
static int stdout_fd = -1, stderr_fd = -1; /* the capture files, on fds 1 and 2 */
static FILE *report;                       /* the real stderr */

static char *read_all(int fd)
{
    struct stat info;
    if (fstat(fd, &info) != 0)
        return NULL;
    char *text = calloc((size_t)info.st_size + 1, 1);
    if (text && pread(fd, text, (size_t)info.st_size, 0) != info.st_size) {
        free(text);
        return NULL;
    }
    return text;
}

static int by_name(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

/* The files of the output folder and their contents, or "" when empty; removes them. */
static char *take_files(void)
{
    char *names[64];
    size_t count = 0;
    DIR *dir = opendir(output_dir);
    struct dirent *entry;
    while (dir && (entry = readdir(dir)) && count < 64)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0)
            names[count++] = strdup(entry->d_name);
    if (dir)
        closedir(dir);
    qsort(names, count, sizeof *names, by_name);
    char *all = NULL;
    size_t size = 0;
    FILE *listing = open_memstream(&all, &size);
    for (size_t i = 0; i < count; i++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s", output_dir, names[i]);
        int fd = open(path, O_RDONLY);
        char *contents = fd >= 0 ? read_all(fd) : NULL;
        fprintf(listing, "%s\n%s\n", names[i], contents ? contents : "(unreadable)");
        free(contents);
        if (fd >= 0)
            close(fd);
        unlink(path);
        free(names[i]);
    }
    fclose(listing);
    return all;
}

static void reset_capture(void)
{
    fflush(stdout);
    if (ftruncate(stdout_fd, 0) != 0 || ftruncate(stderr_fd, 0) != 0 ||
        lseek(stdout_fd, 0, SEEK_SET) != 0 || lseek(stderr_fd, 0, SEEK_SET) != 0) {
        fprintf(report, "oom_check: cannot reset the capture files\n");
        exit(1);
    }
}

static char *expand(const char *arg)
{
    char *text = NULL;
    if (strcmp(arg, "@O") == 0)
        return strdup(output_dir);
    if (strncmp(arg, "@O/", 3) == 0 && asprintf(&text, "%s%s", output_dir, arg + 2) >= 0)
        return text;
    if (strncmp(arg, "@D/", 3) == 0 && asprintf(&text, "%s%s", data_dir, arg + 2) >= 0)
        return text;
    if (strncmp(arg, "@W/", 3) == 0 && asprintf(&text, "%s%s", work_dir, arg + 2) >= 0)
        return text;
    return strdup(arg);
}

/* Whether a forked run checks for leaks before it exits (its memory goes with it). */
static int leak_check_child = 1;

/* Runs the scenario with the fail_at-th allocation failing (0: none); returns the count. */
static unsigned long run_once(const struct scenario *s, unsigned long fail_at, int persistent,
                              struct result *result)
{
    char *argv[MAX_ARGS + 1] = {0}, *copies[MAX_ARGS] = {0};
    int argc = 0;
    while (argc < MAX_ARGS && s->args[argc]) {
        copies[argc] = expand(s->args[argc]);
        argv[argc] = copies[argc]; /* getopt_long permutes argv, not the strings */
        argc++;
    }
    reset_capture();
    optind = 0; /* makes glibc's getopt start afresh; the commands then set 1 */
    /* ARPACK starts HITS from igraph's random generator, and on degenerate layers the scores
     * depend on that start: every run begins from the same state, as a new process does */
    igraph_rng_seed(igraph_rng_default(), 1);
    unsigned long count = 0;
    if (s->flags & FORKED) {
        pid_t child = fork();
        if (child == 0) {
            sg_alloc_fail_start(fail_at, persistent);
            int status = run_command(s->command, argc, argv);
            *forked_count = sg_alloc_fail_stop();
            fflush(stdout);
            _exit(leak_check_child && LEAK_CHECK() ? LEAKED : status);
        }
        int wait_status = 0;
        if (child < 0 || waitpid(child, &wait_status, 0) != child)
            wait_status = 0x7f00; /* exit 127 */
        result->status =
            WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : 128 + WTERMSIG(wait_status);
        count = *forked_count;
    } else {
        sg_alloc_fail_start(fail_at, persistent);
        result->status = run_command(s->command, argc, argv);
        count = sg_alloc_fail_stop();
    }
    fflush(stdout);
    for (int i = 0; i < argc; i++)
        free(copies[i]);
    result->out = read_all(stdout_fd);
    result->err = read_all(stderr_fd);
    result->files = take_files();
    return count;
}

static void result_free(struct result *result)
{
    free(result->out);
    free(result->err);
    free(result->files);
}

static int same(const char *a, const char *b)
{
    return a && b && strcmp(a, b) == 0;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Prints where a run's outputs first differ from the counting run's. */
static void show_difference(const struct result *base, const struct result *r)
{
    const char *texts[3][2] = {{base->files, r->files}, {base->out, r->out}, {base->err, r->err}};
    for (int t = 0; t < 3; t++) {
        const char *a = texts[t][0] ? texts[t][0] : "", *b = texts[t][1] ? texts[t][1] : "";
        size_t i = 0;
        while (a[i] && a[i] == b[i])
            i++;
        if (a[i] == b[i])
            continue;
        size_t from = i > 60 ? i - 60 : 0;
        fprintf(report, "expected ...%.120s\nfound    ...%.120s\n", a + from, b + from);
        return;
    }
}

static int leaks_checked = 1;
static unsigned long leak_check_every = 1;

/* Whether err is warnings about the input (as the run without failures gives them) and then
 * "out of memory", once, as the last line. */
static int says_only_out_of_memory(const char *err)
{
    static const char warning[] = "stancegraph: warning: ", last[] = "stancegraph: out of memory\n";
    while (strncmp(err, warning, sizeof warning - 1) == 0 && strchr(err, '\n'))
        err = strchr(err, '\n') + 1;
    return strcmp(err, last) == 0;
}

/* Runs every k of one scenario; returns the number of failed runs. */
static int run_scenario(const struct scenario *s, unsigned long from, unsigned long stride,
                        int persistent)
{
    struct result base;
    double start = now();
    clock_t cpu_start = clock();
    unsigned long total = run_once(s, 0, 0, &base);
    int failures = 0;
    unsigned long exits_70 = 0, exits_0 = 0;
    if (base.status != 0 || !base.files || !*base.files) {
        fprintf(report, "%s: the run without failures exits %d and writes %s\n%s", s->name,
                base.status, base.files && *base.files ? "files" : "nothing",
                base.err ? base.err : "");
        result_free(&base);
        return 1;
    }
    for (unsigned long k = from ? from : 1; k <= total; k += stride) {
        struct result r;
        run_once(s, k, persistent, &r);
        const char *problem = NULL;
        if (r.status == SG_EXIT_SOFTWARE) {
            exits_70++;
            /* cgraph calls the DOT module's id discipline and only says that it failed */
            /* "out of memory" alone: once, and with no message about the data made up by a
             * half-read input */
            if (!r.err ||
                (!says_only_out_of_memory(r.err) && !strstr(r.err, "stancegraph: graphviz failed")))
                problem = "exit 70 without 'out of memory' as its one message";
            else if (!r.files || *r.files)
                problem = "exit 70 but output files left";
        } else if (r.status == LEAKED) {
            problem = "leak (LeakSanitizer's report above)";
        } else if (r.status == SG_EXIT_OK) {
            exits_0++;
            if (!same(r.files, base.files))
                problem = "exit 0 but the output files differ";
            else if (!same(r.out, base.out))
                problem = "exit 0 but standard output differs";
            else if (!same(r.err, base.err))
                problem = "exit 0 but standard error differs";
        } else {
            problem = "exit status neither 70 nor 0";
        }
        int check_now =
            (k - (from ? from : 1)) / stride % leak_check_every == leak_check_every - 1 ||
            k + stride > total;
        if (!problem && leaks_checked && check_now && LEAK_CHECK()) {
            problem = "leak in this run or one of the runs since the last check (LeakSanitizer's "
                      "report above); later runs are not leak-checked";
            leaks_checked = 0; /* the same blocks would be reported again */
        }
        if (problem && r.status == SG_EXIT_OK)
            show_difference(&base, &r);
        if (problem) {
            failures++;
            fprintf(report, "FAIL %s k=%lu: %s (exit %d)\n%s", s->name, k, problem, r.status,
                    r.err ? r.err : "");
        }
        result_free(&r);
    }
    fprintf(report,
            "%-16s %5lu allocations: %5lu exit 70, %5lu exit 0, %d failed  (%.1f s, %.1f s CPU)\n",
            s->name, total, exits_70, exits_0, failures, now() - start,
            (double)(clock() - cpu_start) / CLOCKS_PER_SEC);
    result_free(&base);
    return failures;
}

static const char *const prepared[] = {"path.dot", "path.csv", "path.nodes.csv",
                                       "path.snapshot.csv"};

/* Writes the DOT and CSV inputs (prepared[]) into the work folder. */
static int prepare_inputs(void)
{
    static const struct scenario steps[] = {
        {"prepare-dot",
         &sg_command_convert,
         {"convert", "-o", "@W/path.dot", "@D/good/path.json"},
         FORKED},
        {"prepare-csv",
         &sg_command_convert,
         {"convert", "-o", "@W/path.csv", "@D/good/path.json"},
         0},
    };
    for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++) {
        struct result r;
        run_once(&steps[i], 0, 0, &r);
        if (r.status != 0)
            fprintf(report, "oom_check: %s failed (exit %d)\n%s", steps[i].name, r.status,
                    r.err ? r.err : "");
        int status = r.status;
        result_free(&r);
        if (status != 0)
            return -1;
    }
    return 0;
}

/* Points fds 1 and 2 at capture files in dir; keeps the real stderr for the report. */
static void capture(const char *dir)
{
    char path[4200];
    report = fdopen(dup(STDERR_FILENO), "w");
    setvbuf(report, NULL, _IOLBF, 0);
    snprintf(path, sizeof path, "%s/stdout", dir);
    stdout_fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    snprintf(path, sizeof path, "%s/stderr", dir);
    stderr_fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    int in = open("/dev/null", O_RDONLY);
    if (!report || stdout_fd < 0 || stderr_fd < 0 || in < 0 || dup2(stdout_fd, 1) < 0 ||
        dup2(stderr_fd, 2) < 0 || dup2(in, 0) < 0) {
        perror("oom_check: cannot set up the capture files");
        exit(1);
    }
    close(in);
}

int main(int argc, char **argv)
{
    static const struct option options[] = {{"persistent", no_argument, NULL, 'p'},
                                            {"only", required_argument, NULL, 'n'},
                                            {"from", required_argument, NULL, 'f'},
                                            {"trace", no_argument, NULL, 't'},
                                            {"light", no_argument, NULL, 'l'},
                                            {"stride", required_argument, NULL, 's'},
                                            {"leak-check-every", required_argument, NULL, 'e'},
                                            {NULL, 0, NULL, 0}};
    int persistent = 0, light = 0, c;
    const char *only = NULL;
    unsigned long from = 0, stride = 1;
    while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
        if (c == 'p')
            persistent = 1;
        else if (c == 'n')
            only = optarg;
        else if (c == 'f')
            from = strtoul(optarg, NULL, 10);
        else if (c == 's' && strtoul(optarg, NULL, 10) > 0)
            stride = strtoul(optarg, NULL, 10);
        else if (c == 'e' && strtoul(optarg, NULL, 10) > 0)
            leak_check_every = strtoul(optarg, NULL, 10);
        else if (c == 'l')
            light = 1;
        else if (c == 't')
            sg_alloc_fail_trace(STDERR_FILENO + 100);
        else
            return 64;
    }
    if (optind + 1 != argc) {
        fprintf(stderr, "usage: oom_check DATA_DIR [--persistent] [--only NAME] [--from K] "
                        "[--trace] [--light] [--stride S] [--leak-check-every N]\n");
        return 64;
    }
    data_dir = argv[optind];
    char *work = work_dir;
    snprintf(work_dir, sizeof work_dir, "%s", "/tmp/oom_check.XXXXXX");
    if (!mkdtemp(work)) {
        perror("oom_check: mkdtemp");
        return 1;
    }
    snprintf(output_dir, sizeof output_dir, "%s/out", work);
    mkdir(output_dir, 0700);
    if (dup2(STDERR_FILENO, STDERR_FILENO + 100) < 0)
        return 1;
#if HAVE_LEAK_CHECK
    /* the sanitizers' reports go where this test's own do, not into the capture files */
    __sanitizer_set_report_fd((void *)(intptr_t)(STDERR_FILENO + 100));
#endif
    forked_count =
        mmap(NULL, sizeof *forked_count, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (forked_count == MAP_FAILED)
        return 1;
    capture(work);
    sg_alloc_fail_hook_cjson();
    if (prepare_inputs() != 0)
        return 1;

    double start = now();
    int failures = 0, ran = 0;
    for (size_t i = 0; i < sizeof scenarios / sizeof scenarios[0]; i++) {
        if ((only && strncmp(scenarios[i].name, only, strlen(only)) != 0) ||
            (light && (scenarios[i].flags & HEAVY)))
            continue;
        failures += run_scenario(&scenarios[i], from, stride, persistent);
        ran++;
    }
    fprintf(report, "%d scenarios, %d failed runs, %.1f s, %s\n", ran, failures, now() - start,
            HAVE_LEAK_CHECK ? "leaks checked" : "leaks not checked (no AddressSanitizer)");
    char path[4200];
    snprintf(path, sizeof path, "%s/stdout", work);
    unlink(path);
    snprintf(path, sizeof path, "%s/stderr", work);
    unlink(path);
    for (size_t i = 0; i < sizeof prepared / sizeof prepared[0]; i++) {
        snprintf(path, sizeof path, "%s/%s", work, prepared[i]);
        unlink(path);
    }
    rmdir(output_dir);
    rmdir(work);
    return failures ? 1 : 0;
}
