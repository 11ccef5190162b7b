#!/usr/bin/env bash
# Builds the Debian package: build/ecoclaim_VERSION_ARCH.deb (cmake/Packaging.cmake says what it holds).
# Installs what is missing and builds first, like scripts/run.sh. Install it with: sudo apt install ./build/ecoclaim_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -f build/CMakeCache.txt ] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target ecoclaim ecoclaim-cli ecoclaim_package_docs
(cd build && cpack -G DEB)
ls -1 build/ecoclaim_*.deb
