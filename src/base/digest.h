/*
 * Content digests for provenance: the metrics record the SHA-256 of the input they came from.
 */
#ifndef SG_BASE_DIGEST_H
#define SG_BASE_DIGEST_H

#include <stddef.h>

/* Writes the lowercase hex SHA-256 of length bytes, NUL-terminated, into hex (65 bytes). */
void sg_digest_sha256_hex(const void *bytes, size_t length, char hex[65]);

#endif
