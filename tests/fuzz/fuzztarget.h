#pragma once
// What every fuzz target shares (scripts/fuzz.sh, tests/fuzz/CMakeLists.txt): the libFuzzer entry points,
// and a replay main for the ordinary build — the kept corpus and every crash found are run again by CTest
// (tst_fuzzreplay_*), so a crash once found stays fixed.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
