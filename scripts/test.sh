#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test headless (GUI tests on the offscreen platform):
# every suite on SQLite files, and the engine suites (label "postgresql") once more on a throw-away
# PostgreSQL cluster that pg_virtualenv (postgresql-common) creates with a UTF-8 locale and removes
# afterwards. It sets PGHOST, PGPORT, PGUSER and PGPASSWORD for the command it runs; the tests make a
# database of their own per test on it (tests/common/testdatabase.h). Durability settings are off in
# that cluster: it lives for one run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8
exec pg_virtualenv -o fsync=off -o synchronous_commit=off -o full_page_writes=off \
    ctest --test-dir build --output-on-failure -j"$(nproc)"
