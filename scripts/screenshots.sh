#!/usr/bin/env bash
# Renders the main window into docs/screenshots/: the Queue workspace in every language and
# appearance; the Plans workspace's comparison matrix and deadline calculator (Friday 19:30
# Moscow) in every language, light, the calculator dark too, and the catalog editor; the
# Dashboard workspace in English, light.
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
for lang in en ru zh_CN; do
    for theme in light dark; do
        run "$out/main-$lang-$theme.png" --lang "$lang" --theme "$theme" --workspace queue
    done
done
for lang in en ru zh_CN; do
    run "$out/plans-matrix-$lang-light.png" --lang "$lang" --theme light --workspace plans \
        --plans-view matrix
    run "$out/plans-calculator-$lang-light.png" --lang "$lang" --theme light --workspace plans \
        --plans-view calculator --preset friday
done
run "$out/plans-calculator-en-dark.png" --lang en --theme dark --workspace plans \
    --plans-view calculator --preset friday
run "$out/catalog-editor-en-light.png" --lang en --theme light --workspace plans \
    --catalog-editor stormbpmn/enterprise
run "$out/dashboard-en-light.png" --lang en --theme light --workspace dashboard
