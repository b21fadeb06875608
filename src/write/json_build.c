/*
 * The JSON writer's building helpers (json_build.h). Numbers go in as raw text printed with one
 * fixed format, because cJSON's own printing picks between two precisions per value.
 */
#include "write/json_build.h"

#include "base/diag.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

cJSON *sg_json_check(struct sg_json_builder *b, cJSON *item)
{
    if (!item)
        b->failed = 1;
    return item;
}

void sg_json_add(struct sg_json_builder *b, cJSON *object, const char *key, cJSON *item)
{
    if (!item || !object) {
        cJSON_Delete(item);
        b->failed = 1;
        return;
    }
    if (!cJSON_AddItemToObject(object, key, item)) {
        cJSON_Delete(item);
        b->failed = 1;
    }
}

void sg_json_append(struct sg_json_builder *b, cJSON *array, cJSON *item)
{
    if (!item || !array) {
        cJSON_Delete(item);
        b->failed = 1;
        return;
    }
    if (!cJSON_AddItemToArray(array, item)) {
        cJSON_Delete(item);
        b->failed = 1;
    }
}

void sg_json_add_string(struct sg_json_builder *b, cJSON *object, const char *key,
                        const char *value)
{
    if (value)
        sg_json_add(b, object, key, cJSON_CreateString(value));
}

cJSON *sg_json_number(struct sg_json_builder *b, double value)
{
    char text[40];
    if (!isfinite(value))
        return sg_json_check(b, cJSON_CreateNull());
    if (value == 0.0)
        value = 0.0; /* prints -0 as 0 */
    snprintf(text, sizeof text, "%.12g", value);
    return sg_json_check(b, cJSON_CreateRaw(text));
}

cJSON *sg_json_count(struct sg_json_builder *b, size_t value)
{
    char text[32];
    snprintf(text, sizeof text, "%zu", value);
    return sg_json_check(b, cJSON_CreateRaw(text));
}

void sg_json_add_extras(struct sg_json_builder *b, cJSON *object, const struct sg_extras *extras)
{
    if (extras->count == 0)
        return;
    cJSON *attributes = sg_json_check(b, cJSON_CreateObject());
    for (size_t i = 0; attributes && i < extras->count; i++)
        sg_json_add(b, attributes, extras->items[i].key, cJSON_CreateRaw(extras->items[i].json));
    sg_json_add(b, object, "attributes", attributes);
}

/* Prints root, formatted (then a newline) or compact, into a copy the caller frees with free()
 * whatever allocator cJSON was given; deletes root. */
static int finish(struct sg_json_builder *b, cJSON *root, int formatted, char **text)
{
    *text = NULL;
    char *printed = NULL;
    if (!b->failed && root)
        printed = formatted ? cJSON_Print(root) : cJSON_PrintUnformatted(root);
    cJSON_Delete(root);
    if (!printed)
        return SG_ERR_NOMEM;
    size_t length = strlen(printed);
    char *result = malloc(length + 2);
    if (!result) {
        cJSON_free(printed);
        return SG_ERR_NOMEM;
    }
    memcpy(result, printed, length);
    if (formatted)
        result[length++] = '\n';
    result[length] = '\0';
    cJSON_free(printed);
    *text = result;
    return SG_OK;
}

int sg_json_finish(struct sg_json_builder *b, cJSON *root, char **text)
{
    return finish(b, root, 1, text);
}

int sg_json_finish_compact(struct sg_json_builder *b, cJSON *root, char **text)
{
    return finish(b, root, 0, text);
}
