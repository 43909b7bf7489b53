#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Debian package from the normal build: builds BUILD_DIR (default: build) with
# scripts/build.sh when anything is out of date, then runs CPack's DEB generator there
# (resources/package/CMakeLists.txt) and prints the path of dueline_<version>_amd64.deb.
# Install it with: sudo apt install ./dueline_<version>_amd64.deb
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}

BUILD_DIR=$build bash "$root/scripts/build.sh" >&2
build=$(cd "$build" && pwd)
cd "$build"
cpack -G DEB >&2
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
deb="$build/dueline_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "package: $deb was not made" >&2; exit 1; }
echo "$deb"
