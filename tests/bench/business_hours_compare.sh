#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Dueline's SLA engine and Perl Business::Hours 0.13 (Request Tracker's engine) side by side on
# the same workload.
#
#   tests/bench/business_hours_compare.sh [BUILD_DIR]      (default: build, in the repository)
#
# 1. `dueline-cli bench sla --json` times COUNT random cases x ROUNDS passes on the Stormbpmn
#    calendar (Mon-Fri 11:00-20:00 Moscow, Russian production calendar) and writes the cases
#    with Dueline's answers (--workload-out).
# 2. tests/bench/business_hours.pl times Business::Hours::add_seconds on the first BH_COUNT of
#    the same cases (it is ~5 orders of magnitude slower) and compares its answers.
# Prints a table, then one JSON line:
#   {"dueline_due_per_second":…,"business_hours_due_per_second":…,"ratio":…,"agreement":"x/y"}
#
# Environment: COUNT (default 1000000), ROUNDS (5), SEED (1), BH_COUNT (3000),
# BH_SHOW (0: how many disagreements of each kind business_hours.pl prints to stderr).
# Needs perl with Business::Hours (Debian: libbusiness-hours-perl) and python3.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-build}"
case "$build" in
    /*) ;;
    *) if [ -d "$build" ] && [ "$#" -ge 1 ]; then build="$(cd "$build" && pwd)"; else build="$root/$build"; fi ;;
esac
cli="$build/app/dueline-cli"
count="${COUNT:-1000000}"
rounds="${ROUNDS:-5}"
seed="${SEED:-1}"
bh_count="${BH_COUNT:-3000}"
bh_show="${BH_SHOW:-0}"

if [ ! -x "$cli" ]; then
    echo "business_hours_compare: no $cli; build it first:" >&2
    echo "  cmake --build $build --target dueline-cli" >&2
    exit 1
fi
if ! perl -MBusiness::Hours -e 1 2>/dev/null; then
    echo "business_hours_compare: Perl Business::Hours is missing (apt install libbusiness-hours-perl)" >&2
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dueline-bh.XXXXXX")"
child=""
trap 'rm -rf "$tmp"' EXIT
trap '[ -z "$child" ] || kill "$child" 2>/dev/null; exit 130' INT
trap '[ -z "$child" ] || kill "$child" 2>/dev/null; exit 143' TERM
# Runs a step in the background and waits for it, so that a signal stops it and cleans up
# at once (bash defers traps while a foreground child runs).
step() {
    local out="$1"
    shift
    "$@" >"$out" &
    child=$!
    wait "$child"
    child=""
}

echo "Dueline: $count cases x $rounds rounds (seed $seed)..." >&2
step "$tmp/dueline.json" "$cli" bench sla --json --count "$count" --rounds "$rounds" \
    --seed "$seed" --workload-out "$tmp/workload.txt"
echo "Business::Hours: first $bh_count of the same cases..." >&2
step "$tmp/business_hours.json" env TZ=Europe/Moscow perl "$root/tests/bench/business_hours.pl" \
    --count "$bh_count" --show "$bh_show" "$tmp/workload.txt"

python3 - "$tmp/dueline.json" "$tmp/business_hours.json" <<'EOF'
import json, sys

with open(sys.argv[1]) as f:
    dl = json.load(f)
with open(sys.argv[2]) as f:
    bh = json.load(f)

dl_rate = float(dl["due_per_second"])
bh_rate = float(bh["due_per_second"])
ratio = dl_rate / bh_rate if bh_rate > 0 else None
agreement = "%d/%d" % (bh["agree"], bh["compared"])

rows = [
    ("engine", "computations", "seconds", "due/s"),
    ("Dueline (%s)" % dl["calendar"], "%d" % dl["computations"], "%.3f" % dl["seconds"],
     "{:,.0f}".format(dl_rate)),
    (bh["engine"], "%d" % bh["cases"], "%.3f" % bh["seconds"], "{:,.1f}".format(bh_rate)),
]
widths = [max(len(r[i]) for r in rows) for i in range(4)]
for n, r in enumerate(rows):
    print("  ".join([r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]))
    if n == 0:
        print("  ".join("-" * w for w in widths))
print()
print("ratio: %s" % ("{:,.0f}x".format(ratio) if ratio else "n/a"))
print("agreement: %s compared cases give the same due instant" % agreement)
print("  %d of %d cases not compared: they touch a working Saturday or a shortened day,"
      % (bh["excluded_cases"], bh["cases"]))
print("    which Business::Hours cannot express (%s)" % ", ".join(bh["excluded_dates"]))
print("  %d: due exactly at closing; Business::Hours returns the next opening instead"
      % bh["disagree_at_closing"])
print("  %d: Business::Hours gave up (-1): more than its 30-calendar-day search window"
      % bh["disagree_window_cap"])
print("  %d: other disagreements" % bh["disagree_other"])
print(json.dumps({
    "dueline_due_per_second": dl["due_per_second"],
    "business_hours_due_per_second": bh["due_per_second"],
    "ratio": round(ratio, 1) if ratio else None,
    "agreement": agreement,
}))
EOF
