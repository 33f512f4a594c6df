#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The shell completions follow tessera-cli --help: every command and option it lists is in the
# bash, zsh and fish files; each file parses; bash completes a command and an option's values.
# Usage: check_completions.sh TESSERA_CLI SOURCE_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
tessera_cli=$1 completions="$2/packaging/completions"
help=$("$tessera_cli" --help)
commands=$(grep -oE '^  [a-z][a-z-]+' <<<"$help" | sort -u)
options=$(grep -oE -- '--[a-z][a-z-]+' <<<"$help" | sort -u)
[ -n "$commands" ] && [ -n "$options" ] || fail "found no commands or options in tessera-cli --help"

for file in tessera-cli.bash _tessera-cli tessera-cli.fish; do
    for word in $commands; do
        grep -qw -- "$word" "$completions/$file" || fail "$file does not complete the command '$word' of --help"
    done
    for word in $options; do
        # fish names a long option without its dashes (-l vault).
        grep -qE -- "(^|[^a-z-])(${word}|-l ${word#--})([^a-z-]|$)" "$completions/$file" ||
            fail "$file does not complete the option '$word' of --help"
    done
done
echo "PASS: bash, zsh and fish files name the $(wc -w <<<"$commands") commands and $(wc -w <<<"$options") options of --help"

bash -n "$completions/tessera-cli.bash" || fail "tessera-cli.bash does not parse"
if command -v zsh >/dev/null; then zsh -n "$completions/_tessera-cli" || fail "_tessera-cli does not parse"; fi
if command -v fish >/dev/null; then fish -n "$completions/tessera-cli.fish" || fail "tessera-cli.fish does not parse"; fi

if [ ! -r /usr/share/bash-completion/bash_completion ]; then
    [ "${TESSERA_REQUIRE_PEERS:-0}" = 1 ] && fail "missing the bash-completion package"
    echo "SKIP: missing the bash-completion package (scripts/setup --test installs it)"
    exit 77
fi
# complete WORDS...: what bash offers for the last word.
complete_words() {
    bash -c '. /usr/share/bash-completion/bash_completion; . "$1"; shift
             COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
             _tessera_cli tessera-cli "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
             printf "%s\n" "${COMPREPLY[@]}"' _ "$completions/tessera-cli.bash" "$@"
}
[ "$(complete_words tessera-cli ex)" = export ] || fail "bash: 'tessera-cli ex' does not complete to export"
grep -qx aegis <<<"$(complete_words tessera-cli export --format '')" ||
    fail "bash: 'export --format' does not offer aegis"
grep -qx SetUserPoolMfaConfig <<<"$(complete_words tessera-cli pool SetUser)" ||
    fail "bash: 'pool SetUser' does not offer SetUserPoolMfaConfig"
grep -qx -- --dry-run <<<"$(complete_words tessera-cli import --d)" ||
    fail "bash: 'import --d' does not offer --dry-run"
echo "PASS: bash completes commands, options and their values"
