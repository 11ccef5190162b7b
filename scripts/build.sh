#!/usr/bin/env bash
# Configures and builds everything into build/ (executables in build/bin). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
# -U: a developer's narrowed test selection (ECOCLAIM_TEST_AREAS) never survives into a full build.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -UECOCLAIM_TEST_AREAS >/dev/null
cmake --build build -j"$(nproc)"
