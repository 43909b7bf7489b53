#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz and runs each for
# FUZZ_SECONDS (default 20) on a copy of its seed corpus in tests/fuzz/corpus/. A crash or a
# broken invariant fails the run and leaves the reproducer in build-fuzz/artifacts/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${FUZZ_SECONDS:-20}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# With debug information ccache also hashes the build folder unless told not to; without this,
# a clone in another folder (a CI checkout, a worktree) would never hit the cache.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDUELINE_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
targets=(catalog ics csv import)
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

mkdir -p "$build/artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "${targets[@]}"; do
    cp -r "$root/tests/fuzz/corpus/$t" "$work/$t"
    echo "fuzz_$t: ${seconds}s"
    ASAN_OPTIONS=detect_leaks=0 "$build/tests/fuzz/fuzz_$t" "$work/$t" -max_total_time="$seconds" \
        -max_len=65536 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$t-" 2>"$work/$t.log" ||
        { tail -40 "$work/$t.log"; echo "fuzz_$t: FAILED"; exit 1; }
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$t.log" | sed "s/^/  /"
done
echo "fuzzing: no crash"
