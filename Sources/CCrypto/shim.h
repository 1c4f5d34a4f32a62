// Debian's OpenSSL libcrypto, for HMAC-SHA256 (keyed pseudonyms) and random bytes.
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
