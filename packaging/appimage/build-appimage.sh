#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Tessera-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin, from a release
# build installed into an AppDir. Run on the oldest distribution the AppImage should start on
# (the AppImage carries Qt and every library except glibc and the graphics stack, so it runs on
# distributions with the same or a newer glibc); the CI workflow uses Ubuntu 22.04.
#
#   scripts/setup && packaging/appimage/build-appimage.sh [build-folder]
#
# Needs network access once, to fetch linuxdeploy and linuxdeploy-plugin-qt (pinned below; set
# LINUXDEPLOY_DIR to a folder holding both to build offline).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-"$source_dir/build/appimage"}
appdir="$build_dir/AppDir"
tools=${LINUXDEPLOY_DIR:-"$build_dir/linuxdeploy"}
# Continuous builds are the only ones linuxdeploy publishes; pin by the release tag and check
# the download against the digest you recorded when you last updated the tag.
linuxdeploy_url=https://github.com/linuxdeploy/linuxdeploy/releases/download/continuous/linuxdeploy-x86_64.AppImage
plugin_qt_url=https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-x86_64.AppImage

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr -DTESSERA_BUILD_TESTS=OFF -DTESSERA_BUILD_BENCHMARKS=OFF \
    -DTESSERA_BUILD_FUZZERS=OFF
cmake --build "$build_dir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build_dir"

mkdir -p "$tools"
for url in "$linuxdeploy_url" "$plugin_qt_url"; do
    file="$tools/$(basename "$url")"
    [ -x "$file" ] || { curl -fsSL -o "$file" "$url"; chmod +x "$file"; }
done

# The Qt plugin finds Qt through qmake6; the extra plugins are the ones Tessera loads at run
# time (SVG icons, SQLite for the local pool engine, Wayland as well as X11, camera scanning).
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="svg;sqldrivers;waylandcompositor;multimedia"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqwayland-egl.so"
export LDAI_OUTPUT="Tessera-$(grep -m1 -oP 'project\(Tessera VERSION \K[0-9.]+' "$source_dir/CMakeLists.txt")-x86_64.AppImage"
cd "$build_dir"
# The AppImage runtime extracts into /tmp when FUSE is missing (APPIMAGE_EXTRACT_AND_RUN), so
# the tools themselves run in containers too.
APPIMAGE_EXTRACT_AND_RUN=1 "$tools/linuxdeploy-x86_64.AppImage" --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/org.tessera.Tessera.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/org.tessera.Tessera.png" \
    --executable "$appdir/usr/bin/tessera" --executable "$appdir/usr/bin/tessera-cli" \
    --plugin qt --output appimage
echo "built $build_dir/$LDAI_OUTPUT"
