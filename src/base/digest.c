/*
 * SHA-256 through Nettle, so that no hash function is written by hand here.
 */
#include "base/digest.h"

#include <nettle/sha2.h>

void sg_digest_sha256_hex(const void *bytes, size_t length, char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    struct sha256_ctx context;
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_init(&context);
    sha256_update(&context, length, bytes);
    sha256_digest(&context, sizeof digest, digest);
    for (size_t i = 0; i < sizeof digest; i++) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 15];
    }
    hex[64] = '\0';
}
