#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual pages the build generated (resources/package, scripts/gen_manpage.py): groff and
# man find nothing to warn about, lexgrog reads their NAME line (the whatis entry), and they
# name every command `dueline-cli --help` lists, every option of each command and of `dueline`,
# as the programs print them now.
# Usage: tst_manpages.sh MAN_DIR DUELINE_CLI DUELINE
set -euo pipefail
man_dir=$1 cli=$2 gui=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
export LC_ALL=C.UTF-8 HOME=$work DUELINE_LANG=en QT_QPA_PLATFORM=offscreen MANWIDTH=80

for page in dueline.1 dueline-cli.1; do
    [ -s "$man_dir/$page.gz" ] || fail "$page.gz is missing"
    out=$(groff -ww -z -man -k "$man_dir/$page" 2>&1) || fail "groff failed on $page"
    [ -z "$out" ] || fail "groff -ww on $page: $out"
    out=$(man --warnings -l "$man_dir/$page.gz" 2>&1 >/dev/null) || fail "man failed on $page"
    [ -z "$out" ] || fail "man --warnings on $page: $out"
    lexgrog "$man_dir/$page.gz" >/dev/null || fail "lexgrog cannot read the NAME of $page"
    for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
        grep -q "^\.SH \"\?$section\"\?$" "$man_dir/$page" || fail "$page has no $section section"
    done
done

# roff for an option as the page writes it: --plan -> \fB\-\-plan\fR
roff() { printf '\\fB%s\\fR' "${1//-/\\-}"; }

commands=$("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/^Commands:/ {print $1}')
count=$(wc -w <<<"$commands")
[ "$count" -ge 13 ] || fail "dueline-cli --help lists only $count commands: $commands"
for command in $commands; do
    grep -qxF ".SS \"${command//-/\\-}\"" "$man_dir/dueline-cli.1" ||
        fail "dueline-cli.1 has no section for the command $command"
    options=$("$cli" complete options "$command")
    [ -n "$options" ] || fail "dueline-cli complete options $command printed nothing"
    # The command's own subsection: from its .SS to the next.
    section=$(awk -v head=".SS \"${command//-/\\\\-}\"" '$0 == head {on = 1; next} /^\.S[SH] / {on = 0} on' \
        "$man_dir/dueline-cli.1")
    for option in $options; do
        grep -qF "$(roff "$option")" <<<"$section" ||
            fail "dueline-cli.1: $command has no $option"
    done
done
for option in $("$cli" --help | grep -oE '^  (-[a-z], )?--[a-z-]+' | grep -oE -- '--?[a-z-]+'); do
    grep -qF "$(roff "$option")" "$man_dir/dueline-cli.1" || fail "dueline-cli.1 has no $option"
done
gui_options=$("$gui" --help | grep -oE '^  (-[a-z?], )?--[a-z-]+' | grep -oE -- '--[a-z-]+')
[ "$(wc -w <<<"$gui_options")" -ge 5 ] || fail "dueline --help lists too few options: $gui_options"
for option in $gui_options; do
    grep -qF "$(roff "$option")" "$man_dir/dueline.1" || fail "dueline.1 has no $option"
done
# The version of the page is the program's.
version=$("$cli" --version | head -1 | cut -d' ' -f2)
grep -q "^\.TH DUELINE\\\\-CLI 1 \"[0-9-]*\" \"Dueline $version\"" "$man_dir/dueline-cli.1" ||
    fail "dueline-cli.1 is not of version $version"

[ "$failures" -eq 0 ] || exit 1
echo "manual pages: $count commands, clean"
