#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the include graph of ui/: which folders a folder may include from.

ui/widgets is a leaf (Qt only); ui/console stands on core and ui/widgets; the authenticator,
transfer and scan folders stand on core, ui/widgets and each other as listed; ui/shell sits on
top. A folder including one it may not is reported with the file and line, and the script exits
with status 1.

    check_ui_layers.py SOURCE_DIR
"""
import pathlib
import re
import sys

ALLOWED = {
    "widgets": set(),
    "console": {"widgets"},
    "scan": {"widgets"},
    "authenticator": {"widgets", "scan"},
    "shell": {"widgets", "console", "authenticator", "scan"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"(([a-z]+)/[^"]+)"')


def main(root: pathlib.Path) -> int:
    ui = root / "ui"
    problems = []
    for folder, allowed in ALLOWED.items():
        for path in sorted((ui / folder).rglob("*")):
            if path.suffix not in {".h", ".cpp"}:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                match = INCLUDE.match(line)
                if not match:
                    continue
                # core/ has folders of the same names (scan/, ...): an include is ui's only when
                # the file is under ui/.
                if not (ui / match.group(1)).exists():
                    continue
                target = match.group(2)
                if target in ALLOWED and target != folder and target not in allowed:
                    problems.append(f"{path.relative_to(root)}:{number}: ui/{folder} may not "
                                    f"include ui/{target} ({line.strip()})")
    for problem in problems:
        print(problem)
    if not problems:
        print("ui layers: no include goes against the layering")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
