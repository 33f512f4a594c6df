#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from this build tree and checks it as a user's system would see it: its
# dependencies, the installed programs and man pages, the desktop file and AppStream metadata,
# lintian, and the installed layout against packaging/installed-files.txt.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
build_dir=$(cd "$1" && pwd) source_dir=$(cd "$2" && pwd)
needs cpack dpkg-deb dpkg-shlibdeps fakeroot man desktop-file-validate appstreamcli lintian help2man rsvg-convert
build_package_files "$build_dir"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The installed layout: everything `cmake --install` puts down, and nothing else.
DESTDIR="$work/destdir" cmake --install "$build_dir" --prefix /usr >/dev/null
(cd "$work/destdir" && find . \( -type f -o -type l \) | sed 's|^\./|/|' | LC_ALL=C sort) >"$work/installed.txt"
expected="$source_dir/packaging/installed-files.txt"
if ! diff -u <(grep -v '^#' "$expected") "$work/installed.txt"; then
    fail "cmake --install puts down other files than $expected lists (- listed, + installed)"
fi
echo "PASS: cmake --install puts down exactly the $(wc -l <"$work/installed.txt") files of installed-files.txt"

# 2. The package.
(cd "$work" && cpack -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"
dpkg-deb -I "$deb" >"$work/control.txt"
depends=$(sed -n 's/^ Depends: //p' "$work/control.txt")
[ -n "$depends" ] || { cat "$work/control.txt"; fail "the package has no Depends"; }
for lib in libqt6core6 libqt6widgets6 libssl3 qt6-qpa-plugins; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done
echo "PASS: Depends: $depends"

# 3. Installed into a throwaway root: the programs run, the man pages render.
root="$work/root"
dpkg -x "$deb" "$root"
version=$("$root/usr/bin/tessera-cli" --version) || fail "the installed tessera-cli --version failed"
[ "$version" = "tessera-cli $(sed -n 's/^ Version: //p' "$work/control.txt" | sed 's/-[^-]*$//')" ] ||
    fail "the installed tessera-cli says '$version'"
echo "PASS: installed tessera-cli --version: $version"
version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/tessera" --version) || fail "the installed tessera --version failed"
echo "PASS: installed tessera --version: $version"
for page in tessera tessera-cli; do
    file="$root/usr/share/man/man1/$page.1.gz"
    text=$(MANWIDTH=80 LC_ALL=C man -l "$file" 2>&1) || fail "man -l $file failed: $text"
    grep -q -- "--version" <<<"$text" || fail "man -l $file shows no --version"
    ! grep -qi "warning" <<<"$text" || fail "man -l $file warns: $(grep -i warning <<<"$text")"
done
echo "PASS: man -l renders both installed pages"

# 4. Desktop file and AppStream metadata: no errors (appstreamcli fails on errors only; its
#    warnings and pedantic notes are printed for the reader).
desktop-file-validate "$root/usr/share/applications/org.tessera.Tessera.desktop" ||
    fail "desktop-file-validate found errors"
echo "PASS: desktop-file-validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/org.tessera.Tessera.metainfo.xml" ||
    fail "appstreamcli validate found errors"
echo "PASS: appstreamcli validate --no-net"

# 5. lintian: no errors, and no warnings but those packaging/lintian-overrides explains (the
#    overrides are installed in the package, where lintian reads them).
lintian --tag-display-limit 0 --fail-on error,warning --display-info "$deb" | tee "$work/lintian.txt" ||
    fail "lintian found errors or unexplained warnings (see above; explain a warning in packaging/lintian-overrides or fix it)"
echo "PASS: lintian (errors 0, warnings 0 after overrides)"
