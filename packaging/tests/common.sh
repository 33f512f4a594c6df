# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging tests: skipping for a missing tool, and building the generated files.

# needs TOOL... : skip (77) when one is missing, or fail when TESSERA_REQUIRE_PEERS=1.
needs() {
    local tool missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "${TESSERA_REQUIRE_PEERS:-0}" = 1 ]; then
        echo "FAIL: missing ${missing[*]} (TESSERA_REQUIRE_PEERS=1; scripts/setup --test installs them)" >&2
        exit 1
    fi
    echo "SKIP: missing ${missing[*]} (scripts/setup --test installs them)"
    exit 77
}

fail() { echo "FAIL: $*" >&2; exit 1; }

# The man pages, icons and changelog, which `--target tessera tessera-cli` does not build.
build_package_files() {
    nice cmake --build "$1" --target tessera_package_files >/dev/null ||
        fail "cannot build tessera_package_files in $1"
}
