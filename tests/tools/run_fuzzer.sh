#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a libFuzzer target over a scratch copy of its seed corpus, so that the inputs it adds never
# land in the source tree. A crash is kept (with its reproducer) in ARTIFACT_DIR.
# Usage: run_fuzzer.sh FUZZER SEED_CORPUS ARTIFACT_DIR [libFuzzer options...]
set -eu
if [ "$#" -lt 3 ]; then
    echo "usage: $0 FUZZER SEED_CORPUS ARTIFACT_DIR [libFuzzer options...]" >&2
    exit 2
fi
fuzzer=$1
seeds=$2
artifacts=$3
shift 3

work=$(mktemp -d "${TMPDIR:-/tmp}/tessera-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
cp -R "$seeds/." "$work/"
mkdir -p "$artifacts"
"$fuzzer" -artifact_prefix="$artifacts/" "$@" "$work"
