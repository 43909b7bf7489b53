#!/usr/bin/env bash
# Command (2): set up, build and run every test (format check included). The tests run in the
# tiers of tests/tiers.txt, fastest first (unit, then SQLite and widgets, then PostgreSQL and
# processes, then the soak); each test runs once, and the first tier that fails stops the run.
# Then the fuzzing step. The last line is the total over all tiers: "N passed, M failed".
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"

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

counting=1
while read -r tier include exclude; do
    case $tier in '' | '#'*) continue ;; esac
    selection=(-L "$include")
    [ "$exclude" = - ] || selection+=(-LE "$exclude")
    echo "== tests, tier $tier: ctest ${selection[*]}"
    start=$SECONDS
    rc=0
    ctest "${selection[@]}" --output-on-failure -j2 --timeout 900 </dev/null | tee "$log" || rc=$?
    tierFailed=0
    tierTotal=0
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
done <"$root/tests/tiers.txt"

echo "== fuzzing (${FUZZ_SECONDS:-20} s per target)"
bash "$root/scripts/fuzz.sh"
