#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The man pages are generated from --help: every word of each program's --help must be in its
# page, in the same order, so an option added to --help and missing from the page fails here.
# Usage: check_manpages.sh BUILD_DIR TESSERA TESSERA_CLI
set -euo pipefail
. "$(dirname "$0")/common.sh"
build_dir=$1 tessera=$2 tessera_cli=$3
needs help2man man
build_package_files "$build_dir"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

# Words only, in lower case: help2man turns option lists into .TP paragraphs under upper-case
# headings (Options: becomes OPTIONS) and groff reflows them.
words() { tr -c 'A-Za-z0-9\n' ' ' | tr 'A-Z' 'a-z' | tr -s ' \n' '\n\n' | sed '/^$/d'; }

for program in "$tessera" "$tessera_cli"; do
    name=$(basename "$program")
    page="$build_dir/packaging/generated/man/$name.1.gz"
    [ -s "$page" ] || fail "$page was not generated"
    help=$(mktemp) rendered=$(mktemp)
    # The usage line names the program as it was started; the page names it without a path.
    # "Usage:" itself becomes the SYNOPSIS heading.
    "$program" --help | sed "s|$program|$name|g; 1s|^Usage: ||" | words >"$help"
    # Without hyphenation (-rHY=0), which would split a word of --help in two.
    text=$(MANROFFOPT=-rHY=0 MANWIDTH=200 LC_ALL=C man -l "$page" 2>/dev/null | col -b)
    words <<<"$text" >"$rendered"
    [ -s "$help" ] || fail "$name --help printed nothing"
    # Is help a subsequence of rendered? Prints the first word of --help that is not found.
    missing=$(awk 'NR == FNR { page[++n] = $0; next }
                   { found = 0
                     while (i < n) { i++; if (page[i] == $0) { found = 1; break } }
                     if (!found) { print FNR ": " $0; exit } }' "$rendered" "$help")
    [ -z "$missing" ] || fail "$name(1) does not follow $name --help: word $missing is missing (rebuild tessera_package_files)"
    grep -qF "$("$program" --version | awk '{print $NF}')" <<<"$text" ||
        fail "$name(1) does not carry the version $name --version prints"
    echo "PASS: $name(1) holds all $(wc -l <"$help") words of $name --help, in order"
    rm -f "$help" "$rendered"
done
