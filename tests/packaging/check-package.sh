#!/usr/bin/env bash
# The Debian package, checked as Debian and a desktop check it (issue 16 part 12): built with cpack from this
# build folder into a scratch folder; lintian finds no error; the .desktop entry passes desktop-file-validate
# and the AppStream file appstreamcli validate; unpacked into a scratch root, the files are where the menu
# (applications/, hicolor icons), man (man1/) and the package's dependencies put them, and the unpacked CLI
# makes a database. A missing tool fails the check (scripts/install-deps.sh installs them).
# Usage: check-package.sh BUILD_DIR
set -uo pipefail
build=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in cpack dpkg-deb lintian desktop-file-validate appstreamcli man; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (scripts/install-deps.sh installs it)"
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$scratch"/out/ecoclaim_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "cpack made no ecoclaim_*.deb"
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

# The dependencies CPack's detection cannot see are named; the detected ones are there too.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql fonts-noto-cjk libqt6widgets6 libc6; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

# lintian: no error (warnings are printed for the reader). Tags about the package being local/unsigned
# are not about its content.
lintian --tag-display-limit 0 "$deb" >"$scratch/lintian.txt" 2>&1
cat "$scratch/lintian.txt"
if grep -q '^E: ' "$scratch/lintian.txt"; then fail "lintian reports errors"; fi

root=$scratch/root
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed"
for f in usr/bin/ecoclaim usr/bin/ecoclaim-cli \
         usr/share/applications/ecoclaim.desktop \
         usr/share/metainfo/org.ecoclaim.EcoClaim.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/ecoclaim.svg \
         usr/share/icons/hicolor/48x48/apps/ecoclaim.png usr/share/icons/hicolor/256x256/apps/ecoclaim.png \
         usr/share/man/man1/ecoclaim.1.gz usr/share/man/man1/ecoclaim-cli.1.gz \
         usr/share/doc/ecoclaim/copyright usr/share/doc/ecoclaim/changelog.gz \
         usr/share/ecoclaim/papers/consultation_notice.mustache usr/share/ecoclaim/calendars/2026.json \
         usr/share/ecoclaim/rules/shanghai-eco-damage-compensation-rules-2024.txt; do
    [ -e "$root/$f" ] || fail "$f is not in the package"
done
[ -x "$root/usr/bin/ecoclaim" ] && [ -x "$root/usr/bin/ecoclaim-cli" ] || fail "the programs are not executable"

desktop-file-validate "$root/usr/share/applications/ecoclaim.desktop" || fail "desktop-file-validate"
grep -q '^Exec=ecoclaim' "$root/usr/share/applications/ecoclaim.desktop" || fail "the menu entry does not start ecoclaim"
grep -q '^Icon=ecoclaim$' "$root/usr/share/applications/ecoclaim.desktop" || fail "the menu entry's icon is not ecoclaim"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/org.ecoclaim.EcoClaim.metainfo.xml" \
    || appstreamcli validate --no-net "$root/usr/share/metainfo/org.ecoclaim.EcoClaim.metainfo.xml" \
    || fail "appstreamcli validate"

# man finds both pages in the unpacked tree, and they render.
for page in ecoclaim ecoclaim-cli; do
    found=$(man --manpath="$root/usr/share/man" -w "$page" 2>/dev/null)
    [ "$found" = "$root/usr/share/man/man1/$page.1.gz" ] || fail "man does not find $page (got '$found')"
    MANWIDTH=80 man --manpath="$root/usr/share/man" "$page" 2>/dev/null | grep -q "$page" || fail "man $page does not render"
done

# The unpacked command line runs from the package's own files (only system libraries beside it).
"$root/usr/bin/ecoclaim-cli" --db "$scratch/fresh.db" init >/dev/null || fail "the packaged ecoclaim-cli cannot make a database"
"$root/usr/bin/ecoclaim-cli" --db "$scratch/fresh.db" case list >/dev/null || fail "the packaged ecoclaim-cli cannot read it"
echo "package checked"
