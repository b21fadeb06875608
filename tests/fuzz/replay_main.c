/*
 * Replays fuzzing inputs without libFuzzer: calls the harness once per file named on the
 * command line (or per file in each folder named). Lets the corpus and every input that ever
 * crashed run as ordinary tests in the gcc and sanitizer builds.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int replay_file(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 1;
    }
    uint8_t *data = NULL;
    size_t size = 0, capacity = 0, got;
    do {
        if (size == capacity) {
            capacity = capacity ? capacity * 2 : 4096;
            uint8_t *grown = realloc(data, capacity);
            if (!grown) {
                free(data);
                fclose(file);
                return 1;
            }
            data = grown;
        }
        got = fread(data + size, 1, capacity - size, file);
        size += got;
    } while (got > 0);
    fclose(file);
    LLVMFuzzerTestOneInput(data, size);
    free(data);
    return 0;
}

int main(int argc, char **argv)
{
    int failed = 0, replayed = 0;
    for (int i = 1; i < argc; i++) {
        struct stat info;
        if (stat(argv[i], &info) == 0 && S_ISDIR(info.st_mode)) {
            DIR *dir = opendir(argv[i]);
            for (struct dirent *e; dir && (e = readdir(dir));) {
                if (e->d_name[0] == '.')
                    continue;
                char path[4096];
                snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
                failed += replay_file(path);
                replayed++;
            }
            if (dir)
                closedir(dir);
        } else {
            failed += replay_file(argv[i]);
            replayed++;
        }
    }
    printf("%d passed, %d failed\n", replayed - failed, failed);
    return failed != 0;
}
