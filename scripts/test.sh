#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Command (2): set up, build and run every test (format check included). The tests run in the
# tiers of tests/tiers.txt, fastest first (unit, then SQLite and widgets, then PostgreSQL and
# processes, then the Debian package, then the soak); each test runs once, and the first tier
# that fails stops the run.
# Then the sanitizer tier (the unit tier again, built with AddressSanitizer and
# UndefinedBehaviorSanitizer in ASAN_BUILD_DIR, default build-asan), clang-tidy (the `tidy`
# target) and the fuzzing step. The last line is the total over all tiers: "N passed, M failed".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
build=$(cd "$build" && pwd) # the sanitizer tier changes directory

echo "== format check"
cmake --build "$build" --target format-check

cd "$build"
passed=0
failed=0
counting=
log=$(mktemp)
finish() {
    local rc=$?
    rm -f "$log"
    [ -z "$counting" ] || echo "$passed passed, $failed failed"
    exit "$rc"
}
trap finish EXIT

# run_tier NAME INCLUDE EXCLUDE: runs one tier (ctest label expressions, EXCLUDE may be -) in
# the build tree of the current directory, adds its results to the total, stops on a failure.
run_tier() {
    local tier=$1 include=$2 exclude=$3
    local selection=(-L "$include")
    [ "$exclude" = - ] || selection+=(-LE "$exclude")
    echo "== tests, tier $tier: ctest ${selection[*]}"
    local start=$SECONDS rc=0 tierFailed=0 tierTotal=0 line
    ctest "${selection[@]}" --output-on-failure -j2 --timeout 900 </dev/null | tee "$log" || rc=$?
    if line=$(grep -E '[0-9]+ tests failed out of [0-9]+' "$log" | tail -1); then
        tierFailed=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
        tierTotal=$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
    fi
    passed=$((passed + tierTotal - tierFailed))
    failed=$((failed + tierFailed))
    echo "== tier $tier: $((tierTotal - tierFailed)) of $tierTotal passed in $((SECONDS - start)) s"
    if [ "$rc" -ne 0 ]; then
        [ "$tierFailed" -gt 0 ] || failed=$((failed + 1)) # ctest itself failed
        echo "== tier $tier failed; later tiers not run"
        exit "$rc"
    fi
}

counting=1
while read -r tier include exclude; do
    case $tier in '' | '#'*) continue ;; esac
    run_tier "$tier" "$include" "$exclude"
done <"$root/tests/tiers.txt"

# The sanitizer tier: the unit tier's tests built with -DDUELINE_SANITIZE=ON in their own build
# directory, a Debug build (so -Werror too) at -O1, where tst_slaproperty's reference model runs
# in minutes rather than past its timeout; any report from either sanitizer fails the test.
asan=${ASAN_BUILD_DIR:-$root/build-asan}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# With debug information ccache also hashes the build folder unless told not to; without this,
# a clone in another folder (a CI checkout, a worktree) would never hit the cache.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
echo "== sanitizer build (address, undefined) in $asan"
start=$SECONDS
if [ ! -f "$asan/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" \
        -DDUELINE_SANITIZE=ON </dev/null >/dev/null
fi
# The unit tier's programs: a test whose command is a program of this build (dueline_add_test
# names the program after the test). In a tree not built yet ctest cannot resolve such a command
# and reports none; those are programs to build too. Script tests (cmake -P) need no build.
mapfile -t targets < <(ctest --test-dir "$asan" -N -L '^unit$' --show-only=json-v1 |
    python3 -c 'import json, os, sys
for test in json.load(sys.stdin)["tests"]:
    command = test.get("command")
    if not command:
        print(test["name"])
    elif command[0].startswith(sys.argv[1] + "/"):
        print(os.path.basename(command[0]))' "$asan")
[ ${#targets[@]} -gt 0 ] || { echo "== sanitizer build: no unit test programs found"; exit 1; }
cmake --build "$asan" -j2 --target "${targets[@]}" </dev/null
echo "== sanitizer build: ${#targets[@]} test programs in $((SECONDS - start)) s"
cd "$asan"
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 run_tier asan-unit '^unit$' -

echo "== clang-tidy"
start=$SECONDS
cmake --build "$build" --target tidy </dev/null || {
    failed=$((failed + 1))
    echo "== clang-tidy failed"
    exit 1
}
echo "== clang-tidy: clean in $((SECONDS - start)) s"

echo "== fuzzing (${FUZZ_SECONDS:-20} s per target)"
bash "$root/scripts/fuzz.sh"
