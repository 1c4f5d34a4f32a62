// libFuzzer's driver, in libclang_rt.fuzzer (linked by -sanitize=fuzzer). The harnesses call it
// from their own entry point because SwiftPM renames an executable's main (see FuzzSupport).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
