#!/usr/bin/env bash
# Installs the Debian 12 packages EcoClaim builds, runs and tests with — only those missing.
# Uses sudo when not run as root. Every dependency comes from Debian's archive.
set -euo pipefail

# qt6-charts-dev (the statistics page) needs Qt6OpenGL's CMake files, which Debian 12 ships in libqt6opengl6-dev
# without qt6-charts-dev depending on it.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libsqlite3-dev sqlite3
    libqt6sql6-psql postgresql postgresql-client libpq-dev
    libssl-dev libquazip1-qt6-dev libkainjow-mustache-dev libxlsxwriter-dev libsodium-dev
    fonts-noto-cjk fonts-droid-fallback fonts-arphic-uming
    poppler-utils xvfb xauth imagemagick
    openssl util-linux   # tests: SM2/SM3 checked against the openssl command; setpriv to run as another user
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
