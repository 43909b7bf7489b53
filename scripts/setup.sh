#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Dueline needs to build, run and test (only what is missing).
# Uses sudo when not root. Safe to run again; prints nothing when everything is there.
# With --check it installs nothing and fails, naming them, when packages are missing.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache clang-format clang-tidy pkg-config git
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libxkbcommon-dev
    libgl-dev libvulkan-dev libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    # icons and fonts (Breeze subset is copied at build time; CJK and Cyrillic glyphs)
    breeze-icon-theme fonts-noto-cjk fonts-dejavu-core
    # storage
    libsqlite3-dev sqlite3 postgresql libpq-dev qtkeychain-qt6-dev
    # iCalendar import
    libical-dev
    # fuzzing (libFuzzer with sanitizers)
    clang libclang-rt-14-dev
    # tests, screenshots and benchmarks
    xvfb xauth libbusiness-hours-perl python3 appstream desktop-file-utils
    # exported PDFs read back as text (pdftotext) and as images (pdftoppm)
    poppler-utils
    # desktop notifications: the private session bus of tst_desktopnotifications (dbus-run-session)
    dbus-daemon
    # the Debian package (scripts/package.sh: CPack runs dpkg-shlibdeps and file) and its checks
    # (tests/package: lintian, man and groff, the zsh completion; desktop-file-utils and
    # appstream above)
    dpkg-dev file lintian man-db groff-base zsh
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
# --check: say what would be installed, install nothing (tests/CMakeLists.txt, tst_setup).
if [ "${1:-}" = "--check" ]; then
    echo "setup: would install ${missing[*]}" >&2
    exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq </dev/null
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null >/dev/null
