#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shell completions of dueline-cli (resources/completions), run as the shells run them, on
# the built program: bash's function with COMP_WORDS and COMP_CWORD set, zsh's with words and
# CURRENT set and compadd recording what it is offered. Plan ids, aliases and the chosen plan's
# severity codes must come from the catalog, options from the command's --help.
# Usage: tst_completion.sh SOURCE_DIR DUELINE_CLI
set -euo pipefail
source_dir=$1 cli=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work LC_ALL=C.UTF-8 DUELINE_LANG=en
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# bash_offers WORD... : what bash completes for the last word (may be empty) of the line.
bash_offers() {
    bash --norc --noprofile -c '
        source "$1"; shift
        complete -p dueline-cli >/dev/null || exit 3
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _dueline_cli
        printf "%s\n" "${COMPREPLY[@]}" | sort' \
        bash "$source_dir/resources/completions/dueline-cli.bash" "$cli" "$@"
}
zsh_offers() {
    zsh -f -c '
        compadd() { if [[ $1 == -a ]]; then print -l -- ${(P)2}; else print -l -- "$@"; fi }
        _files() { print -- "<files>" }
        file=$1; shift
        words=("$@"); CURRENT=$#; PREFIX=${words[-1]}
        source "$file" | grep -- "^$PREFIX" | sort' \
        zsh "$source_dir/resources/completions/_dueline-cli" "$cli" "$@"
}
lines() { printf '%s\n' "$@" | sort; }
expect_equal() { # WHAT EXPECTED ACTUAL
    [ "$2" = "$3" ] || fail "$1: expected [$(echo $2)], got [$(echo $3)]"
}
expect_contains() { # WHAT ACTUAL WORD...
    local what=$1 actual=$2
    shift 2
    for word in "$@"; do
        grep -qxF -- "$word" <<<"$actual" || fail "$what: no $word in [$(echo $actual)]"
    done
}

for shell in bash zsh; do
    offers=${shell}_offers
    expect_contains "$shell: commands" "$($offers d)" due db demo
    expect_contains "$shell: commands" "$($offers '')" plans due compare queue ticket report agent whoami
    all_plans=$($offers due --plan '')
    expect_contains "$shell: plans" "$all_plans" vkcs/standard stormbpmn/team stormbpmn/enterprise \
        alibaba/basic alibaba/enterprise-premium tencent/flagship volcengine/standard L1 L4 S1 S4
    expect_equal "$shell: plans, 12 and 8 aliases" 20 "$(wc -l <<<"$all_plans")"
    expect_equal "$shell: plans of a prefix" "$(lines alibaba/basic alibaba/business \
        alibaba/enterprise-premium alibaba/enterprise-standard)" "$($offers due --plan ali)"
    expect_equal "$shell: Stormbpmn's severities" "$(lines critical other)" \
        "$($offers due --plan stormbpmn/enterprise --severity '')"
    expect_equal "$shell: L3's severities" "$(lines core-down down impaired abnormal consult)" \
        "$($offers due --opened 2026-01-12T09:00 --plan L3 --severity '')"
    expect_equal "$shell: Tencent's c…" "$(lines consult)" \
        "$($offers due --plan tencent/business --severity c)"
    expect_equal "$shell: levels" "$(lines P1 P2 P3 P4)" "$($offers compare --level '')"
    expect_contains "$shell: due's options" "$($offers due --plan vkcs/standard --)" \
        --plan --severity --opened --pause --explain --json --lang --catalog --help
    expect_contains "$shell: db's actions" "$($offers db '')" init migrate check repair add-user
    expect_contains "$shell: every severity without a plan" "$($offers report --severity '')" \
        critical other core-down abnormal standard
done
# bash splits --plan=ID at the "=".
expect_equal "bash: --plan=ID" "$(lines down impaired abnormal consult)" \
    "$(bash_offers due --plan = alibaba/business --severity '')"
zsh -n "$source_dir/resources/completions/_dueline-cli" || fail "zsh -n _dueline-cli"
bash -n "$source_dir/resources/completions/dueline-cli.bash" || fail "bash -n dueline-cli.bash"

[ "$failures" -eq 0 ] || exit 1
echo "completions: bash and zsh offer commands, options, plans and severities"
