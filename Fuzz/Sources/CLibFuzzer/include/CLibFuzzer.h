// The one libFuzzer function the fuzz targets call. SwiftPM renames an executable's `main` so that tests can link
// it, which leaves libFuzzer's own `main` unused; each target's `main.swift` hands control to libFuzzer instead.
#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the command line in `argc`/`argv`, calling `callback` once per input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
