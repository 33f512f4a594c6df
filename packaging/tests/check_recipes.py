#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the recipes for the platforms this machine cannot build (AppImage, Flatpak, Windows,
macOS, the CI workflow): each parses, names what the others name (the application id, the
version, ZXing 1.4), and the Flatpak asks for no permission broader than Tessera needs.
Usage: check_recipes.py SOURCE_DIR"""
import json
import plistlib
import re
import subprocess
import sys
from pathlib import Path

import yaml

source = Path(sys.argv[1])
packaging = source / "packaging"
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


version = re.search(r"project\(Tessera VERSION ([0-9.]+)", (source / "CMakeLists.txt").read_text()).group(1)
app_id = "org.tessera.Tessera"

# Flatpak: the id, the command, and only the permissions its comments justify.
manifest = yaml.safe_load((packaging / "flatpak" / f"{app_id}.yml").read_text())
check(manifest.get("id") == app_id, f"flatpak: id is {manifest.get('id')}, not {app_id}")
check(manifest.get("command") == "tessera", "flatpak: command is not tessera")
allowed = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--share=network",
           "--talk-name=org.freedesktop.secrets", "--talk-name=org.freedesktop.ScreenSaver",
           "--talk-name=org.gnome.ScreenSaver"}
for arg in manifest.get("finish-args", []):
    check(arg in allowed, f"flatpak: permission {arg} is broader than Tessera needs or unexplained")
modules = {m["name"]: m for m in manifest.get("modules", [])}
check(list(modules)[-1] == "tessera", "flatpak: tessera is not the last module")
zxing = modules.get("zxing-cpp", {}).get("sources", [{}])[0]
check(zxing.get("tag", "").startswith("v1.4"), "flatpak: zxing-cpp is not held at 1.4")
for name, module in modules.items():
    for src in module.get("sources", []):
        check(src.get("type") in ("git", "dir"), f"flatpak: {name} has an unpinned source type")
        if src.get("type") == "git":
            check(bool(src.get("tag") or src.get("commit")), f"flatpak: {name} is not pinned")

# Windows: the vcpkg manifest holds every library the top CMakeLists looks for.
vcpkg = json.loads((packaging / "windows" / "vcpkg.json").read_text())
names = {d if isinstance(d, str) else d["name"] for d in vcpkg["dependencies"]}
for needed in ("qtbase", "qtsvg", "openssl", "nu-book-zxing-cpp", "libqrencode", "protobuf",
               "libzip", "argon2", "sqlite3", "qtkeychain-qt6", "pkgconf"):
    check(needed in names, f"vcpkg.json: {needed} missing")
check(vcpkg.get("version") == version, f"vcpkg.json: version {vcpkg.get('version')} is not {version}")

# macOS: the Info.plist parses once CMake's placeholders are filled, with the camera text.
plist_text = (packaging / "macos" / "Info.plist.in").read_text()
plist = plistlib.loads(re.sub(r"\$\{[A-Z_]+\}", "x", plist_text).encode())
check(plist.get("CFBundleIdentifier") == app_id, "Info.plist: wrong bundle identifier")
check(len(plist.get("NSCameraUsageDescription", "")) > 20, "Info.plist: no camera usage text")

# The CMake presets the recipes name exist.
presets = json.loads((source / "CMakePresets.json").read_text())
preset_names = {p["name"] for p in presets["configurePresets"]}
for needed in ("windows-release", "macos-release", "release"):
    check(needed in preset_names, f"CMakePresets.json: no {needed} preset")

# The workflow: parses, and runs the README's test command through .ci/run on Linux.
workflow = yaml.safe_load((source / ".github" / "workflows" / "build.yml").read_text())
jobs = workflow.get("jobs", {})
for job in ("linux-test", "linux-packages", "appimage", "flatpak", "windows", "macos"):
    check(job in jobs, f"workflow: no {job} job")
runs = " ".join(step.get("run", "") for step in jobs.get("linux-test", {}).get("steps", []))
check(".ci/run" in runs, "workflow: linux-test does not run .ci/run")
check("build-appimage.sh" in json.dumps(jobs.get("appimage", {})), "workflow: appimage job does not run the recipe")

# The AppImage script is valid bash.
script = packaging / "appimage" / "build-appimage.sh"
result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
check(result.returncode == 0, f"build-appimage.sh: {result.stderr.strip()}")

for problem in problems:
    print(problem)
print(f"{len(problems)} problem(s) in the platform recipes")
sys.exit(1 if problems else 0)
