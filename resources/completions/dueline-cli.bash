# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for dueline-cli: commands, each command's options, plan ids and aliases, the
# severity codes of the plan named by --plan. The words come from the program itself
# (`dueline-cli complete …`, app/cli/complete.h), so they follow its commands and the catalog
# (DUELINE_CATALOG and the team's files included). Installed as
# /usr/share/bash-completion/completions/dueline-cli.

_dueline_cli_words()
{
    "$_dueline_cli_program" complete "$@" 2>/dev/null
}

_dueline_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    # "--plan=x" arrives as "--plan" "=" "x" (= is in COMP_WORDBREAKS).
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    fi
    local program=${COMP_WORDS[0]}
    program=${program/#\~/$HOME}
    local _dueline_cli_program=$program # read by _dueline_cli_words
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        mapfile -t COMPREPLY < <(compgen -W "$(_dueline_cli_words commands) --help --version" -- "$cur")
        return 0
    fi
    local command=${COMP_WORDS[1]}

    # The value of an option.
    case $prev in
    --plan)
        mapfile -t COMPREPLY < <(compgen -W "$(_dueline_cli_words plans)" -- "$cur")
        return 0
        ;;
    --severity)
        local plan="" i
        for ((i = 2; i < COMP_CWORD; i++)); do
            if [[ ${COMP_WORDS[i]} == --plan ]]; then
                plan=${COMP_WORDS[i + 1]}
                [[ $plan == = ]] && plan=${COMP_WORDS[i + 2]}
            elif [[ ${COMP_WORDS[i]} == --plan=* ]]; then
                plan=${COMP_WORDS[i]#--plan=}
            fi
        done
        if [[ -n $plan ]]; then
            mapfile -t COMPREPLY < <(compgen -W "$(_dueline_cli_words severities "$plan")" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$(_dueline_cli_words severities)" -- "$cur")
        fi
        return 0
        ;;
    --level)
        mapfile -t COMPREPLY < <(compgen -W "P1 P2 P3 P4" -- "$cur")
        return 0
        ;;
    --lang)
        mapfile -t COMPREPLY < <(compgen -W "en ru zh_CN" -- "$cur")
        return 0
        ;;
    --format)
        mapfile -t COMPREPLY < <(compgen -W "csv json" -- "$cur")
        return 0
        ;;
    --role)
        mapfile -t COMPREPLY < <(compgen -W "agent lead" -- "$cur")
        return 0
        ;;
    --catalog | --out | --pdf | --csv)
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
        return 0
        ;;
    --db)
        mapfile -t COMPREPLY < <(compgen -W "sqlite: postgresql://" -- "$cur")
        return 0
        ;;
    --opened | --now | --pause | --from | --to | --tz | --tickets | --seed | --open | --as | \
        --name | --provider | --agent)
        return 0 # a value of the user's own
        ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_dueline_cli_words options "$command")" -- "$cur")
        return 0
    fi
    # The first word after a command that takes one.
    local words=""
    if ((COMP_CWORD == 2)); then
        case $command in
        db) words="init migrate check repair add-user" ;;
        agent) words="list add rename deactivate activate use" ;;
        ticket) words="show" ;;
        bench) words="sla" ;;
        import)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        esac
    fi
    mapfile -t COMPREPLY < <(compgen -W "$words $(_dueline_cli_words options "$command")" -- "$cur")
    return 0
}

complete -F _dueline_cli dueline-cli
