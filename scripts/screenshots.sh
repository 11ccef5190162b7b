#!/usr/bin/env bash
# Renders the window's main screens in Chinese to docs/screenshots/ under Xvfb, from a fresh demo
# database: the case list, a case file (top, requirements, timeline), a refused action, two dialogs
# and the Settings dialog. Translations still waiting in translations/pending/*.tsv are compiled and
# shown on top of the built-in ones, so new screens are not half English.
#
#   scripts/screenshots.sh [BUILD_DIR] [DISPLAY_NUMBER]      (defaults: build, 99)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
display=${2:-99}
cmake --build "$build" -j2 --target ecoclaim-cli ecoclaim-screenshots >/dev/null

work=$(mktemp -d)
cleanup() {
    [[ -n "${xvfb:-}" ]] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" LC_ALL=C.UTF-8

"$build/bin/ecoclaim-cli" --db "$work/demo.db" demo >/dev/null

# Pending translations (context<TAB>source<TAB>translation) → .ts → .qm.
lrelease=$(command -v lrelease6 || command -v lrelease || echo /usr/lib/qt6/bin/lrelease)
if compgen -G "translations/pending/*.tsv" >/dev/null; then
    awk -F'\t' '
        function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); gsub(/\\n/, "\n", s); return s }
        BEGIN { print "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"zh_CN\">" }
        NF >= 3 { printf "<context><name>%s</name><message><source>%s</source><translation>%s</translation></message></context>\n", esc($1), esc($2), esc($3) }
        END { print "</TS>" }' translations/pending/*.tsv >"$work/pending.ts"
    "$lrelease" -silent "$work/pending.ts" -qm "$work/pending.qm"
    export ECOCLAIM_EXTRA_QM="$work/pending.qm"
fi

Xvfb ":$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=":$display" "$build/bin/ecoclaim-screenshots" --db "$work/demo.db" --out docs/screenshots
