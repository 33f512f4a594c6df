#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .rpm from this build tree and checks it: the same files as the installed layout,
# dependencies found, and rpmlint without errors or warnings (packaging/rpmlint.toml filters
# the ones that do not apply, each with its reason).
# Usage: check_rpm.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
build_dir=$(cd "$1" && pwd) source_dir=$(cd "$2" && pwd)
needs cpack rpmbuild rpm rpmlint help2man rsvg-convert
build_package_files "$build_dir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G RPM -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack -G RPM failed"; }
package=$(ls "$work"/out/*.rpm)
echo "built $(basename "$package")"

# Files only (directories and rpmbuild's /usr/lib/.build-id links aside).
rpm -qp --qf '[%{FILENAMES} %{FILEMODES:perms}\n]' "$package" | grep -v '^/usr/lib/.build-id' |
    awk '$2 !~ /^d/ { print $1 }' | LC_ALL=C sort >"$work/files.txt"
diff -u <(grep -v '^#' "$source_dir/packaging/installed-files.txt") "$work/files.txt" ||
    fail "the .rpm holds other files than packaging/installed-files.txt lists"
echo "PASS: the .rpm holds the $(wc -l <"$work/files.txt") files of installed-files.txt"

requires=$(rpm -qp --requires "$package")
for lib in 'libQt6Widgets.so.6' 'libcrypto.so.3' 'qt6-qtsvg'; do
    grep -q "$lib" <<<"$requires" || fail "Requires lacks $lib"
done
echo "PASS: Requires: $(grep -c . <<<"$requires") entries, Qt, OpenSSL and the plugins among them"

rpmlint -c "$source_dir/packaging/rpmlint.toml" "$package" | tee "$work/rpmlint.txt"
grep -qE '0 errors, 0 warnings' "$work/rpmlint.txt" ||
    fail "rpmlint found errors or warnings (fix them, or filter one in packaging/rpmlint.toml with its reason)"
echo "PASS: rpmlint (0 errors, 0 warnings after packaging/rpmlint.toml)"
