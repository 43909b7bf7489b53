#!/usr/bin/env bash
# Command (2): set up, build and run every test (format check included).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"

echo "== format check"
cmake --build "$build" --target format-check

echo "== tests"
cd "$build"
ctest --output-on-failure -j2 --timeout 900 </dev/null

echo "== fuzzing (${FUZZ_SECONDS:-20} s per target)"
bash "$root/scripts/fuzz.sh"
