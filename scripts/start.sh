#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Command (1): set up, build and start the Dueline GUI. Without --db or DUELINE_DB it opens the
# SQLite file in the application's data folder; on first run that file is created and filled
# with demo data (5000 tickets), so the queue has something to show.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
bash "$root/scripts/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "start: no display found; run this in a desktop session (or: xvfb-run $0)" >&2
    exit 1
fi
exec "$build/app/dueline" "$@"
