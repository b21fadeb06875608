/*
 * Finding a value of a JSON text again by its path, for messages about it: the snapshot loader's
 * messages carry "FILE:LINE:COLUMN" of the value their JSON path names, and merge's messages the
 * line of an actor. cJSON keeps no positions, so the text is scanned again, only when a message
 * is written.
 */
#ifndef SG_LOAD_LOCATE_H
#define SG_LOAD_LOCATE_H

#include <stddef.h>

/* What the functions below return when the text holds no such value. */
#define SG_LOCATE_NOWHERE ((size_t)-1)

/*
 * The byte offset of the value at path in the JSON text bytes (length bytes, valid JSON),
 * path written as messages write it: "relations[3].type", "snapshot.articles[1]", "[2].name"
 * (in a top-level array), "" or NULL for the whole text. Member names compare with the text's
 * names once their escapes are decoded; of a name given twice, the first counts (as it does
 * when loading). A UTF-8 byte-order mark and white space are skipped. SG_LOCATE_NOWHERE when
 * there is no such value.
 */
size_t sg_locate_json_path(const char *bytes, size_t length, const char *path);

/*
 * The offset of the value of child index (counting from 0) of the array or object that starts
 * at offset at; for an object member, *name (when not NULL) gets the offset of the member's
 * name, for an array element the element's own offset. SG_LOCATE_NOWHERE when at is no array
 * or object, or it has no such child.
 */
size_t sg_locate_json_child(const char *bytes, size_t length, size_t at, size_t index,
                            size_t *name);

/*
 * The line and column (from 1) of offset in bytes, as an editor shows them: columns count
 * characters (not UTF-8 continuation bytes), a byte-order mark at the start is not counted,
 * and a line ends at "\n" (so "\r\n" files count the same).
 */
void sg_locate_line_column(const char *bytes, size_t length, size_t offset, unsigned long *line,
                           unsigned long *column);

/*
 * Writes where element index of the top-level array member named array is in the file at path
 * into out: "FILE:LINE" when the file is JSON text that holds it, else "FILE: array[index]"
 * (FILE as messages name it). For messages about an item after loading (merge).
 */
void sg_locate_item(const char *path, const char *array, size_t index, char *out, size_t size);

#endif
