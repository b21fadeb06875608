/*
 * The top level of a JSON snapshot split into its members, and an array into its elements, by a
 * scan of the bytes that skips strings (escapes included) and counts nesting: only where each
 * value starts and ends, so that each can be parsed alone and the text never becomes one tree.
 * The scan is strict: anything it does not expect (white space other than space, tab, CR and
 * LF, a member name with an escape, a missing comma) makes it fail, and the caller then parses
 * the text whole to report the problem as it always has.
 */
#ifndef SG_LOAD_JSON_SPLIT_H
#define SG_LOAD_JSON_SPLIT_H

#include <stddef.h>

/* A member of the top-level object: its name (unescaped, not NUL-terminated) and its value. */
struct sg_json_member {
    const char *name;
    size_t name_length;
    size_t start, end; /* the value's bytes: [start, end), white space trimmed */
};

/* At most this many top-level members are split; a text with more fails the split. */
#define SG_JSON_SPLIT_MAX_MEMBERS 8

/*
 * Splits bytes (length bytes, a UTF-8 byte-order mark allowed) as a JSON object into *count
 * members. Returns 0, or -1 when the text is no object or not as the scan expects it.
 */
int sg_json_split_object(const char *bytes, size_t length,
                         struct sg_json_member members[SG_JSON_SPLIT_MAX_MEMBERS], size_t *count);

/* Walks the elements of an array value. */
struct sg_json_elements {
    const char *bytes;
    size_t at;    /* where the next element starts, or the closing bracket */
    size_t close; /* the closing bracket */
};

/* Starts at the array value [start, end) of bytes (as a member's value); -1 when it is no
 * array. */
int sg_json_elements_begin(struct sg_json_elements *walk, const char *bytes, size_t start,
                           size_t end);

/* The next element's bytes [*start, *end): returns 1, 0 after the last, -1 when the text is not
 * as the scan expects it. */
int sg_json_elements_next(struct sg_json_elements *walk, size_t *start, size_t *end);

#endif
