#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the Agent workspace's offline banner into docs/screenshots/ (English, Russian,
# Chinese, and English dark): a throwaway PostgreSQL cluster with 300 demo tickets is stopped
# while Dueline shows the queue, and started again after the grab.
#
#   scripts/screenshots-offline.sh [BUILD_DIR]      (default: build)
#
# Needs the PostgreSQL server binaries (Debian: postgresql); as root the cluster runs as the
# "postgres" user. Uses xvfb-run when installed, else Qt's offscreen platform.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
work="$(mktemp -d)"
config="$work/config"
mkdir -p "$config" && mkdir -m 700 "$config/runtime"
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$work"
    as_pg=(runuser -u postgres --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
opts="-p $port -k $work -c listen_addresses=127.0.0.1"
start() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/log" -o "$opts" -w start >/dev/null; }
stop() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null; }
cleanup() {
    stop 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >/dev/null
start
url="postgresql://postgres@127.0.0.1:$port/postgres"
"$build/app/dueline-cli" db init --db "$url" >/dev/null
"$build/app/dueline-cli" demo --db "$url" --tickets 300 --seed 1 >/dev/null
ticket=$("$build/app/dueline-cli" queue --db "$url" | sed -n '2s/^#\([0-9]*\).*/\1/p')

out="$root/docs/screenshots"
mkdir -p "$out"
for variant in "en light" "ru light" "zh_CN light" "en dark"; do
    set -- $variant
    suffix=""
    if [ "$2" = dark ]; then suffix="-dark"; fi
    file="$out/offline-$1$suffix.png"
    env=(env XDG_CONFIG_HOME="$config" XDG_DATA_HOME="$config/data"
         XDG_RUNTIME_DIR="$config/runtime" LC_ALL=C.UTF-8 QT_SCALE_FACTOR=1
         QT_ENABLE_HIGHDPI_SCALING=0)
    args=(--screenshot "$file" --screenshot-delay 7500 --db "$url" --lang "$1" --theme "$2"
          --workspace queue --select-ticket "$ticket")
    if command -v xvfb-run >/dev/null 2>&1; then
        "${env[@]}" xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -dpi 96" \
            "$build/app/dueline" "${args[@]}" &
    else
        "${env[@]}" QT_QPA_PLATFORM=offscreen "$build/app/dueline" "${args[@]}" &
    fi
    app=$!
    sleep 3
    stop
    wait $app || echo "screenshots-offline: dueline failed for $variant" >&2
    start
    echo "  $(realpath --relative-to="$root" "$file")"
done
