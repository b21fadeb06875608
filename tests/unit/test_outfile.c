/*
 * Atomic output: a complete write replaces the destination; a failed one (write error, missing
 * directory) leaves the destination and the directory as they were.
 */
#include "base/diag.h"
#include "base/outfile.h"

#include <dirent.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cmocka.h>

static char directory[] = "/tmp/sg-outfile-XXXXXX";

static int setup(void **state)
{
    (void)state;
    return mkdtemp(directory) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char command[128];
    snprintf(command, sizeof command, "rm -rf '%s'", directory);
    return system(command) == 0 ? 0 : -1;
}

/* Counts the temporary files left in the test directory. */
static size_t temporaries(void)
{
    size_t count = 0;
    DIR *dir = opendir(directory);
    for (struct dirent *e; dir && (e = readdir(dir));)
        if (strstr(e->d_name, ".tmp-"))
            count++;
    if (dir)
        closedir(dir);
    return count;
}

static char *slurp(const char *path)
{
    static char buffer[256];
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t n = fread(buffer, 1, sizeof buffer - 1, f);
    buffer[n] = '\0';
    fclose(f);
    return buffer;
}

static void replaces_whole_file(void **state)
{
    (void)state;
    char path[128];
    snprintf(path, sizeof path, "%s/a.json", directory);
    assert_int_equal(sg_outfile_write(path, "old\n", 4), SG_OK);
    assert_string_equal(slurp(path), "old\n");
    assert_int_equal(sg_outfile_write(path, "new\n", 4), SG_OK);
    assert_string_equal(slurp(path), "new\n");
    assert_int_equal(temporaries(), 0); /* no temporary left */
}

static void missing_directory(void **state)
{
    (void)state;
    char path[128];
    FILE *errors = tmpfile();
    sg_diag_set_stream(errors);
    snprintf(path, sizeof path, "%s/missing/a.json", directory);
    assert_int_equal(sg_outfile_write(path, "x", 1), SG_ERR_CREATE);
    sg_diag_set_stream(NULL);
    fclose(errors);
    assert_int_equal(temporaries(), 0);
}

static char big[65536];

/* Writes big to out, as a writer of sg_outfile_add_stream. */
static int write_big(FILE *out, void *context)
{
    (void)context;
    fwrite(big, 1, sizeof big, out);
    return SG_OK;
}

/*
 * A write that runs out of space: RLIMIT_FSIZE makes write() fail with EFBIG part-way, as a
 * full disk fails with ENOSPC. The set then holds one finished temporary and one failed one;
 * freeing it without commit must leave only the file that existed before, unchanged. The data
 * is given whole, or (streamed) written to the file by a writer.
 */
static void failed_write(int streamed)
{
    char path[128], second[128];
    struct rlimit saved, small;
    snprintf(path, sizeof path, "%s/keep.dot", directory);
    snprintf(second, sizeof second, "%s/other.dot", directory);
    assert_int_equal(sg_outfile_write(path, "precious\n", 9), SG_OK);

    struct sg_outfile_set *set = sg_outfile_set_new();
    assert_non_null(set);
    assert_int_equal(sg_outfile_add(set, second, "x", 1), SG_OK);
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &saved), 0);
    small = saved;
    small.rlim_cur = 4096;
    signal(SIGXFSZ, SIG_IGN);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
    FILE *errors = tmpfile();
    sg_diag_set_stream(errors);
    int err = streamed ? sg_outfile_add_stream(set, path, write_big, NULL)
                       : sg_outfile_add(set, path, big, sizeof big);
    sg_diag_set_stream(NULL);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &saved), 0);
    assert_int_equal(err, SG_ERR_WRITE);
    rewind(errors);
    char message[256] = "";
    assert_non_null(fgets(message, sizeof message, errors));
    fclose(errors);
    assert_non_null(strstr(message, "cannot write '"));
    assert_non_null(strstr(message, "keep.dot': File too large"));

    sg_outfile_set_free(set); /* abort: no commit */
    assert_string_equal(slurp(path), "precious\n");
    assert_null(slurp(second));
    assert_int_equal(temporaries(), 0);
}

static void failed_write_keeps_old_file(void **state)
{
    (void)state;
    failed_write(0);
}

static void failed_stream_keeps_old_file(void **state)
{
    (void)state;
    failed_write(1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(replaces_whole_file),
        cmocka_unit_test(missing_directory),
        cmocka_unit_test(failed_write_keeps_old_file),
        cmocka_unit_test(failed_stream_keeps_old_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
