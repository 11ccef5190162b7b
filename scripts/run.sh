#!/usr/bin/env bash
# Installs what is missing, builds, and starts EcoClaim on the database in the user's data folder
# (on first start it offers the demo case set). Extra arguments go to the program, e.g. --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/bin/ecoclaim "$@"
