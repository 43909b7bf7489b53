#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, made as scripts/package.sh makes it (CPack's DEB generator on this build,
# here into a folder of its own) and checked as a person installing it would meet it:

#   its name, contents and dependencies; lintian without errors; the desktop entry and the
#   AppStream metainfo valid as installed; apt resolves it on this Debian; and the programs
#   unpacked from it (dpkg-deb -x) run: dueline-cli in Russian and Chinese, and the GUI on the
#   offscreen platform in Chinese, whose picture is saved with its menus' and toolbar's texts
#   and whether each toolbar icon draws (--screenshot-texts).
# Usage: tst_package.sh BUILD_DIR VERSION
set -euo pipefail
export LC_ALL=C.UTF-8
build=$1 version=$2
work=$(mktemp -d /tmp/dueline-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
start=$SECONDS

# The package.
(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    exit 1
}
arch=$(dpkg --print-architecture)
deb="$work/out/dueline_${version}_${arch}.deb"
[ -f "$deb" ] || {
    ls "$work/out"
    echo "FAIL: no $(basename "$deb")"
    exit 1
}
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes, made in $((SECONDS - start)) s"

# Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = dueline ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), the project is $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ "$(field Maintainer)" = "Dueline developers <dueline@example.org>" ] ||
    fail "Maintainer: $(field Maintainer)"
depends=$(field Depends)
for dependency in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6keychain1 libical3 \
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6svg6; do
    grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends has no $dependency: $depends"
done
grep -q fonts-noto-cjk <<<"$(field Recommends)" || fail "Recommends has no fonts-noto-cjk"

# Contents.
dpkg-deb -c "$deb" | awk '{print $6}' >"$work/contents"
for path in ./usr/bin/dueline ./usr/bin/dueline-cli \
    ./usr/share/applications/org.dueline.Dueline.desktop \
    ./usr/share/metainfo/org.dueline.Dueline.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.dueline.Dueline.svg \
    ./usr/share/man/man1/dueline.1.gz ./usr/share/man/man1/dueline-cli.1.gz \
    ./usr/share/bash-completion/completions/dueline-cli \
    ./usr/share/zsh/vendor-completions/_dueline-cli \
    ./usr/share/doc/dueline/copyright ./usr/share/doc/dueline/changelog.gz; do
    grep -qxF "$path" "$work/contents" || fail "the package has no $path"
done
if grep -vE '^\./(usr/(bin|share)(/|$))?' "$work/contents"; then
    fail "the package installs outside /usr/bin and /usr/share (above)"
fi

# lintian: no error; warnings are listed.
lintian --tag-display-limit 0 "$deb" >"$work/lintian" 2>&1 || true
cat "$work/lintian"
grep -q '^E: ' "$work/lintian" && fail "lintian reports errors (above)"
echo "lintian: $(grep -c '^E: ' "$work/lintian" || true) errors, $(grep -c '^W: ' "$work/lintian" || true) warnings"

# The installed files, unpacked.
root=$work/root
dpkg-deb -x "$deb" "$root"
out=$(desktop-file-validate "$root/usr/share/applications/org.dueline.Dueline.desktop" 2>&1) ||
    fail "desktop-file-validate failed"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/org.dueline.Dueline.metainfo.xml" \
    >"$work/appstream" 2>&1 || {
    cat "$work/appstream"
    fail "appstreamcli validate"
}
for tag in name summary p; do
    for language in ru zh-CN; do
        grep -q "<$tag xml:lang=\"$language\">" "$root/usr/share/metainfo/org.dueline.Dueline.metainfo.xml" ||
            fail "metainfo: no <$tag> in $language"
    done
done
for program in dueline dueline-cli; do
    file "$root/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped"
done
zcat "$root/usr/share/doc/dueline/changelog.gz" | head -1 | grep -qF "dueline ($version) " ||
    fail "changelog.gz does not start with $version"

# apt resolves it here (--simulate: nothing is installed).
apt-get install --simulate "$deb" </dev/null >"$work/apt" 2>&1 || {
    cat "$work/apt"
    fail "apt-get install --simulate failed"
}
grep -qE "^(Inst dueline |dueline is already)" "$work/apt" || {
    cat "$work/apt"
    fail "apt-get --simulate would not install dueline"
}

# The programs from the package, with a home of their own and nothing from the build tree.
home=$work/home
mkdir -p "$home" "$work/run"
chmod 700 "$work/run"
run() {
    env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$work/run" LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "$@"
}
russian=$(run DUELINE_LANG=ru "$root/usr/bin/dueline-cli" due --help) || fail "dueline-cli due --help in Russian"
grep -q '^Использование: dueline-cli due \[параметры\]' <<<"$russian" ||
    fail "dueline-cli due --help is not in Russian: $(head -3 <<<"$russian")"
chinese=$(run DUELINE_LANG=zh_CN "$root/usr/bin/dueline-cli" due --plan L2 --severity down \
    --opened 2026-02-16T09:00) || fail "dueline-cli due in Chinese"
grep -qP '\p{Han}' <<<"$chinese" || fail "dueline-cli due prints no Chinese: $chinese"
run "$root/usr/bin/dueline-cli" --version | grep -q 'GPL-3.0-or-later' || fail "dueline-cli --version names no licence"
run DUELINE_LANG=ru "$root/usr/bin/dueline" --help | grep -q 'Язык интерфейса' ||
    fail "dueline --help is not in Russian"
# A ticket database made by the packaged dueline-cli (through the system's Qt SQLite driver).
run "$root/usr/bin/dueline-cli" db init --db "sqlite:$work/x.sqlite" >/dev/null || fail "dueline-cli db init"
run "$root/usr/bin/dueline-cli" demo --db "sqlite:$work/x.sqlite" --tickets 300 --seed 1 >/dev/null ||
    fail "dueline-cli demo"
gui_start=$SECONDS
run "$root/usr/bin/dueline" --lang zh_CN --db "sqlite:$work/x.sqlite" --screenshot "$work/zh.png" \
    --screenshot-delay 1500 --screenshot-texts "$work/zh.txt" >"$work/gui.log" 2>&1 || {
    cat "$work/gui.log"
    fail "dueline --screenshot exited $?"
}
echo "GUI from the package: $((SECONDS - gui_start)) s, $(stat -c %s "$work/zh.png" 2>/dev/null || echo no) bytes of PNG"
file "$work/zh.png" | grep -q 'PNG image data, 1280 x 800' || fail "no 1280 x 800 PNG: $(file "$work/zh.png")"
[ "$(stat -c %s "$work/zh.png" 2>/dev/null || echo 0)" -gt 40000 ] || fail "the PNG is too small to be the window"
cat "$work/zh.txt" 2>/dev/null || fail "no texts of the window"
menus=$(grep '^menu' "$work/zh.txt" | cut -f2 || true)
[ "$(wc -l <<<"$menus")" -ge 5 ] || fail "fewer than 5 menus: $menus"
if grep -vP '\p{Han}' <<<"$menus"; then fail "a menu title without Chinese (above)"; fi
grep -qxF '文件(&F)' <<<"$menus" || fail "no 文件(&F) menu"
actions=$(grep '^action' "$work/zh.txt" || true)
[ "$(grep -c $'\ticon$' <<<"$actions")" -ge 5 ] || fail "fewer than 5 toolbar icons drawn"
if grep $'\tno-icon$' <<<"$actions"; then fail "toolbar actions without an icon drawn (above)"; fi
if cut -f2 <<<"$actions" | grep -vP '\p{Han}'; then fail "a toolbar action without Chinese (above)"; fi

echo "package tier: $((SECONDS - start)) s"
[ "$failures" -eq 0 ] || exit 1
