/*
 * The input dispatcher: one entry point for every command that reads a snapshot.
 */
#include "load/input.h"

#include "load/csv.h"
#include "load/dot.h"
#include "load/json.h"

#include <string.h>
#include <strings.h>

int sg_input_format_from_name(const char *name)
{
    static const char *const names[] = {"auto", "json", "dot", "csv"};
    for (int i = 0; i < 4; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

static int ends_with(const char *path, const char *suffix)
{
    size_t n = strlen(path), m = strlen(suffix);
    return n > m && strcasecmp(path + n - m, suffix) == 0;
}

/*
 * The format path is read as: format itself unless it is SG_INPUT_AUTO, else by extension
 * (.dot .gv .csv; JSON otherwise).
 */
static enum sg_input_format format_of(const char *path, enum sg_input_format format)
{
    if (format != SG_INPUT_AUTO)
        return format;
    if (ends_with(path, ".dot") || ends_with(path, ".gv"))
        return SG_INPUT_DOT;
    if (ends_with(path, ".csv"))
        return SG_INPUT_CSV;
    return SG_INPUT_JSON;
}

/* Reads path as its format says; with lists, a JSON array or CSV table of actors too. */
static int load(const char *path, enum sg_input_format format, struct sg_model *model, int lists)
{
    switch (format_of(path, format)) {
    case SG_INPUT_DOT:
        return sg_load_dot_file(path, model);
    case SG_INPUT_CSV:
        return lists ? sg_load_csv_actors_file(path, model) : sg_load_csv_file(path, model);
    case SG_INPUT_AUTO:
    case SG_INPUT_JSON:
        break;
    }
    return lists ? sg_load_json_actors_file(path, model) : sg_load_json_file(path, model);
}

int sg_load_input(const char *path, enum sg_input_format format, struct sg_model *model)
{
    return load(path, format, model, 0);
}

int sg_load_actors(const char *path, enum sg_input_format format, struct sg_model *model)
{
    return load(path, format, model, 1);
}
