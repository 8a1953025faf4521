// libFuzzer's driver, for a program that has its own `main` (FuzzerInterface.h). The
// symbol comes from the fuzzer runtime that `-sanitize=fuzzer` links.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
