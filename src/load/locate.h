/*
 * Finding an item of a snapshot file again after loading, for messages about it that come
 * later (a merge conflict): "FILE:LINE" for JSON, else the item's JSON path.
 */
#ifndef SG_LOAD_LOCATE_H
#define SG_LOAD_LOCATE_H

#include <stddef.h>

/*
 * The byte offset of element index of the top-level array member named array ("actors") in
 * the JSON text, or (size_t)-1 when there is no such element.
 */
size_t sg_locate_json_item(const char *bytes, size_t length, const char *array, size_t index);

/*
 * Writes where element index of array is in the file at path into out: "FILE:LINE" when the
 * file is JSON text that holds it, else "FILE: array[index]" (FILE as messages name it).
 */
void sg_locate_item(const char *path, const char *array, size_t index, char *out, size_t size);

#endif
