#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every workspace into docs/screenshots/ from one demo database (5000 tickets, seed 1,
# relative to now): the Queue with a ticket open, a business-hours plan's countdowns with a
# clock's tooltip, the ticket panel of a ticket without SLA, the Plans matrix and deadline
# calculator (Friday 19:30 Moscow), the catalog editor (and a built-in plan's lead times), the
# Dashboard and the wallboard over the last 90 days, a customer's SLA report (its PDF's first page
# and its dialog), Help ▸ Keyboard Shortcuts, the agent picker, Settings ▸
# Notifications, the Resolved view and the held queue with changes
# waiting — in English, Russian and Simplified Chinese, light, and the main
# ones dark too.
#
#   scripts/screenshots.sh [BUILD_DIR]      (default: build-gui, then build)
#
# The GUI runs under xvfb-run (a real X server, real fonts) when it is installed, otherwise on
# Qt's offscreen platform, with its settings in a throwaway folder; its hidden --screenshot
# option grabs the window once it is shown and quits.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-}"
if [ -z "$build" ]; then
    for candidate in "$root/build-gui" "$root/build"; do
        if [ -x "$candidate/app/dueline" ]; then
            build="$candidate"
            break
        fi
    done
fi
binary="${build:-$root/build-gui}/app/dueline"
if [ ! -x "$binary" ]; then
    echo "screenshots: no GUI binary at $binary; build first:" >&2
    echo "  cmake -S . -B build-gui -G Ninja && cmake --build build-gui" >&2
    exit 1
fi

out="$root/docs/screenshots"
mkdir -p "$out"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
mkdir -m 700 "$config/runtime"

run() { # FILE ARGS...
    local file="$1"
    shift
    local -a env=(env XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data"
                  XDG_RUNTIME_DIR="$config/runtime" LC_ALL=C.UTF-8
                  QT_SCALE_FACTOR=1 QT_ENABLE_HIGHDPI_SCALING=0)
    if command -v xvfb-run >/dev/null 2>&1; then
        "${env[@]}" xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -dpi 96" \
            "$binary" --screenshot "$file" "$@"
    else
        "${env[@]}" QT_QPA_PLATFORM=offscreen "$binary" --screenshot "$file" "$@"
    fi
    echo "  $(realpath --relative-to="$root" "$file")"
}

echo "screenshots: $binary"
db="$config/demo.sqlite"
"$(dirname "$binary")/dueline-cli" demo --db "sqlite:$db" --tickets 5000 --seed 1 >/dev/null
# The ticket at the top of the queue (the next to breach), shown in the ticket panel.
ticket=$("$(dirname "$binary")/dueline-cli" queue --db "sqlite:$db" | sed -n '2s/^#\([0-9]*\).*/\1/p')
# A ticket without SLA (a VK Cloud service in the Preview stage: neither clock applies).
nosla=$("$(dirname "$binary")/dueline-cli" queue --db "sqlite:$db" --json | python3 -c '
import json, sys
for t in json.load(sys.stdin)["tickets"]:
    if t["plan"] == "vkcs/standard" and t["response"]["state"] == "not_applicable":
        print(t["id"])
        break')
for lang in en ru zh_CN; do
    run "$out/panel-no-sla-$lang.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace queue --select-ticket "$nosla" --screenshot-part ticketPanel
    for theme in light dark; do
        run "$out/queue-$lang-$theme.png" --db "sqlite:$db" --lang "$lang" --theme "$theme" \
            --workspace queue --select-ticket "$ticket"
        run "$out/dashboard-$lang-$theme.png" --db "sqlite:$db" --lang "$lang" --theme "$theme" \
            --workspace dashboard --dashboard-period 90 --screenshot-delay 2000
    done
    run "$out/plans-matrix-$lang-light.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace plans --plans-view matrix
    run "$out/plans-calculator-$lang-light.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace plans --plans-view calculator --preset friday
    run "$out/catalog-editor-$lang-light.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace plans --catalog-editor stormbpmn/enterprise
    run "$out/connect-$lang-light.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --connect-dialog
    run "$out/shortcuts-$lang.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace queue --shortcuts-dialog
    # Ticket > Assign… for the selected ticket (Russian in the dark palette).
    assign_theme=light
    [ "$lang" = ru ] && assign_theme=dark
    run "$out/assign-$lang.png" --db "sqlite:$db" --lang "$lang" --theme "$assign_theme" \
        --workspace queue --select-ticket "$ticket" --assign-dialog --screenshot-delay 3000
    # View ▸ Missed Notifications… with the queue's first tickets at risk and latest breaches.
    run "$out/missed-$lang.png" --db "sqlite:$db" --lang "$lang" --theme "$assign_theme" \
        --workspace queue --missed-dialog --screenshot-delay 3000
    run "$out/wallboard-$lang.png" --db "sqlite:$db" --lang "$lang" --workspace dashboard \
        --dashboard-period 90 --wallboard --screenshot-delay 2000
done
run "$out/plans-calculator-en-dark.png" --db "sqlite:$db" --lang en --theme dark \
    --workspace plans --plans-view calculator --preset friday
# The customer's SLA report (issue 22): the first page of last month's PDF for the customer with
# the most tickets then whose language it is (pdftoppm), and Dashboard ▸ Customer Report….
cli="$(dirname "$binary")/dueline-cli"
"$cli" export --db "sqlite:$db" --format json >"$config/report.json"
first=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
last=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)
for lang in en ru zh_CN; do
    customer=$(python3 - "$config/report.json" "$lang" "${first:0:7}" <<'PY'
import collections, json, sys
data = json.load(open(sys.argv[1]))
language, month = sys.argv[2], sys.argv[3]
speakers = {c["id"] for c in data["customers"] if c.get("language") == language}
count = collections.Counter(t["customer"] for t in data["tickets"]
                            if t["customer"] in speakers and t["events"][0]["at"].startswith(month))
print(count.most_common(1)[0][0])
PY
)
    "$cli" report --db "sqlite:$db" --customer "$customer" --from "$first" --to "$last" \
        --pdf "$config/report-$lang.pdf" >/dev/null
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$config/report-$lang.pdf" "$out/customer-report-$lang"
    echo "  docs/screenshots/customer-report-$lang.png"
    report_theme=light
    [ "$lang" = ru ] && report_theme=dark
    run "$out/customer-report-dialog-$lang.png" --db "sqlite:$db" --lang "$lang" \
        --theme "$report_theme" --workspace dashboard --customer-report "$customer" \
        --screenshot-delay 2500
done
# Lead times (issue 20): a built-in plan's "Warn before breach" in the catalog editor, from a team
# file that sets them (Tencent Cloud Enterprise: 15-minute targets warn at 10 min, the others at
# half the target; the consult severity keeps the plan-wide value). The file is removed after.
teamdir="$config/data/Dueline/Dueline/catalog"
mkdir -p "$teamdir"
cat > "$teamdir/team.json" <<'JSON'
{"format": "dueline-catalog/1",
 "lead_times": [
   {"plan": "tencent/enterprise", "response": "50%"},
   {"plan": "tencent/enterprise", "severity": "down", "response": "10m"},
   {"plan": "tencent/enterprise", "severity": "abnormal", "response": "15m"}]}
JSON
for shot in en:light ru:dark zh_CN:light; do
    lang=${shot%%:*}
    theme=${shot##*:}
    run "$out/catalog-editor-lead-times-$lang-$theme.png" --db "sqlite:$db" --lang "$lang" \
        --theme "$theme" --workspace plans --catalog-editor-plan tencent/enterprise
done
rm -f "$teamdir/team.json"
# A business-hours plan's countdowns (Stormbpmn Team: 5 business days to respond) with the
# tooltip of a running response clock: business days left, the due in the calendar's zone and in
# the reader's. The sidebar's remembered view is the plan.
business=$("$(dirname "$binary")/dueline-cli" queue --db "sqlite:$db" --json | python3 -c '
import json, sys
for t in json.load(sys.stdin)["tickets"]:
    r = t["response"]
    if t["plan"] == "stormbpmn/team" and r["state"] in ("running", "outside_hours") \
            and r["remaining_seconds"] > 18 * 3600:
        print(t["id"])
        break')
for lang in en ru zh_CN; do
    mkdir -p "$config/Dueline"
    printf '[Queue]\nview=plan:stormbpmn/team\n' >"$config/Dueline/Dueline.conf"
    run "$out/queue-business-days-$lang.png" --db "sqlite:$db" --lang "$lang" --theme light \
        --workspace queue --select-ticket "$business" --screenshot-tooltip response
    rm -f "$config/Dueline/Dueline.conf"
done
# Who are you? (the agent picker) and the Resolved view (the sidebar's remembered view), in each
# language, Russian dark.
for variant in "en light" "ru dark" "zh_CN light"; do
    set -- $variant
    suffix="$1"
    if [ "$2" = dark ]; then suffix="$1-dark"; fi
    run "$out/agent-picker-$suffix.png" --db "sqlite:$db" --lang "$1" --theme "$2" \
        --workspace queue --agent-picker
    run "$out/notification-settings-$suffix.png" --db "sqlite:$db" --lang "$1" --theme "$2" \
        --workspace queue --notification-settings
    mkdir -p "$config/Dueline"
    printf '[Queue]\nview=finished:resolved\n' >"$config/Dueline/Dueline.conf"
    run "$out/resolved-$suffix.png" --db "sqlite:$db" --lang "$1" --theme "$2" --workspace queue
    rm -f "$config/Dueline/Dueline.conf"
done

# The calm list: the queue held (as under the pointer) while another process imports three new
# tickets; they wait behind the "N changes — show" button. A copy of the demo database each time.
"$(dirname "$binary")/dueline-cli" export --db "sqlite:$db" --format json >"$config/demo.json"
python3 - "$config/demo.json" "$config/new.json" <<'PY'
import datetime, json, sys
demo = json.load(open(sys.argv[1]))
customers = {c["id"]: c for c in demo["customers"]}
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
tickets = []
for i, src in enumerate(t for t in demo["tickets"] if t["status"] == "open"):
    if i == 3:
        break
    ticket = {k: src[k] for k in ("customer", "subject", "channel", "stage", "plan", "severity")}
    ticket.update(id=900001 + i, status="new", assignee=None)
    ticket["events"] = [{"seq": 1, "at": (now - datetime.timedelta(minutes=50 + i)).isoformat(),
                         "kind": "created", "actor": None, "plan": src["plan"],
                         "severity": src["severity"], "body": src["subject"]}]
    tickets.append(ticket)
json.dump({"format": demo["format"], "version": demo["version"], "agents": [],
           "customers": [customers[c] for c in {t["customer"] for t in tickets}],
           "tickets": tickets}, open(sys.argv[2], "w"))
PY
for variant in "en light" "ru dark" "zh_CN light"; do
    set -- $variant
    suffix="$1"
    if [ "$2" = dark ]; then suffix="$1-dark"; fi
    cp "$db" "$config/held.sqlite"
    run "$out/queue-changes-waiting-$suffix.png" --db "sqlite:$config/held.sqlite" --lang "$1" \
        --theme "$2" --workspace queue --select-ticket "$ticket" --hold-queue \
        --screenshot-delay 6000 &
    sleep 3
    "$(dirname "$binary")/dueline-cli" import --db "sqlite:$config/held.sqlite" \
        "$config/new.json" >/dev/null
    wait
done
