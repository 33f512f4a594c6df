#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks Tessera's translations (translations/tessera_*.ts).

    check_translations.py complete LUPDATE SOURCE_DIR
        Copies every .ts file into a temporary folder and runs lupdate over core/, ui/ and app/
        into the copies, as the update_translations target does but keeping what vanished. Fails,
        with the list, when a source string has no finished translation in some language (a new
        string, or one a translator has not finished), or when a .ts entry is obsolete or vanished
        (its source string is gone: refresh the .ts with update_translations). tessera_en.ts holds
        only plural forms, so only its "%n" messages are checked. The committed files are not
        touched.

    check_translations.py placeholders SOURCE_DIR
        Fails, with the list, when a finished translation loses or adds a placeholder of its
        source (%1..%99, %L1, %n, {name} or {####}), or an accelerator (&File keeps one '&').

    check_translations.py desktop SOURCE_DIR
        Fails when the .desktop file lacks GenericName, Comment or Keywords, or the AppStream
        metainfo lacks a summary, the description's paragraphs or a keyword, in one of the
        languages of translations/tessera_languages.txt (their own translation mechanisms:
        Key[ll]= and xml:lang).

Each exits with status 1 on a problem and 0 otherwise.
"""
import collections
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%L?(\d{1,2})|%(n)|(\{[A-Za-z_#][A-Za-z0-9_#]*\})")
# An accelerator is '&' before a letter or digit; '&&' is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\s&])")
SOURCE_GLOBS = ("core/**/*.cpp", "core/**/*.h", "ui/**/*.cpp", "ui/**/*.h", "app/**/*.cpp",
                "app/**/*.h")


def ts_files(root: pathlib.Path) -> list[pathlib.Path]:
    files = sorted((root / "translations").glob("tessera_*.ts"))
    if not files:
        raise SystemExit(f"no translations/tessera_*.ts under {root}")
    return files


def is_plural_only(ts: pathlib.Path) -> bool:
    return ts.name == "tessera_en.ts"


def messages(ts: pathlib.Path):
    """Yields (context, message element) for every message of a .ts file."""
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def forms(message) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def describe(context: str, message) -> str:
    source = (message.findtext("source") or "").replace("\n", "\\n")
    if len(source) > 100:
        source = source[:97] + "..."
    return f"{context}: \"{source}\""


def check_complete(lupdate: str, root: pathlib.Path) -> int:
    sources = sorted(str(p) for pattern in SOURCE_GLOBS for p in root.glob(pattern))
    problems = collections.defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="tessera-ts-") as temp:
        temp_dir = pathlib.Path(temp)
        source_list = temp_dir / "sources.lst"
        source_list.write_text("\n".join(sources) + "\n", encoding="utf-8")
        for original in ts_files(root):
            copy = temp_dir / original.name
            shutil.copyfile(original, copy)
            command = [lupdate, "-silent", "-source-language", "en", "-locations", "none"]
            if is_plural_only(original):
                command.append("-pluralonly")
            command += [f"@{source_list}", "-ts", str(copy)]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                print(f"lupdate failed on {original.name}:\n{run.stdout}{run.stderr}")
                return 1
            for context, message in messages(copy):
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "unfinished"
                if kind in ("obsolete", "vanished"):
                    problems[original.name].append(f"{kind}: {describe(context, message)}")
                elif kind == "unfinished" or not all(f.strip() for f in forms(message)):
                    problems[original.name].append(f"untranslated: {describe(context, message)}")
    for name in sorted(problems):
        print(f"{name}: {len(problems[name])} problem(s)")
        for line in problems[name]:
            print(f"  {line}")
    if problems:
        print("Translate the messages (Qt Linguist) and run the update_translations target to "
              "drop obsolete ones; docs/translating.md says how.")
        return 1
    print(f"every message of {len(ts_files(root))} .ts files has a finished translation")
    return 0


def placeholders(text: str) -> collections.Counter:
    found = collections.Counter()
    for number, n, braces in PLACEHOLDER.findall(text):
        found["%" + number if number else "%n" if n else braces] += 1
    return found


def accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text))


def check_placeholders(root: pathlib.Path) -> int:
    problems = []
    checked = 0
    for ts in ts_files(root):
        for context, message in messages(ts):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                continue
            source = message.findtext("source") or ""
            wanted = placeholders(source)
            plural = message.get("numerus") == "yes"
            for form in forms(message):
                checked += 1
                got = placeholders(form)
                # A plural form must keep %n (a reader needs the number); the other placeholders
                # keep their count, as "%1 of %1" and "%1" mean different things.
                if plural and "%n" in wanted and "%n" in got:
                    got["%n"] = wanted["%n"]
                if got != wanted:
                    missing = sorted((wanted - got).elements())
                    extra = sorted((got - wanted).elements())
                    problems.append(f"{ts.name}: {describe(context, message)}: placeholders "
                                    f"missing {missing}, extra {extra} in \"{form}\"")
                if accelerators(source) != accelerators(form):
                    problems.append(f"{ts.name}: {describe(context, message)}: the source has "
                                    f"{accelerators(source)} accelerator(s) (&), the translation "
                                    f"\"{form}\" has {accelerators(form)}")
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"{checked} translated texts keep their placeholders and accelerators")
    return 0


def languages(root: pathlib.Path) -> list[str]:
    lines = (root / "translations" / "tessera_languages.txt").read_text(encoding="utf-8")
    return [line.strip() for line in lines.splitlines() if re.match(r"^[a-z]", line)]


def check_desktop(root: pathlib.Path) -> int:
    problems = []
    desktop = (root / "resources" / "org.tessera.Tessera.desktop").read_text(encoding="utf-8")
    keys = dict(re.findall(r"^([A-Za-z]+(?:\[[A-Za-z_@]+\])?)=(.*)$", desktop, re.M))
    metainfo = ElementTree.parse(root / "resources" / "org.tessera.Tessera.metainfo.xml")
    lang_attribute = "{http://www.w3.org/XML/1998/namespace}lang"

    def texts(path: str, language) -> list[str]:
        return [element.text or "" for element in metainfo.getroot().iterfind(path)
                if element.get(lang_attribute) == language]

    english_paragraphs = len(texts("description/p", None))
    for language in languages(root):
        for key in ("GenericName", "Comment", "Keywords"):
            if not keys.get(f"{key}[{language}]", "").strip():
                problems.append(f"desktop file: no {key}[{language}]")
        if len(texts("summary", language)) != 1:
            problems.append(f"metainfo: no summary xml:lang=\"{language}\"")
        paragraphs = texts("description/p", language)
        if len(paragraphs) != english_paragraphs or not all(p.strip() for p in paragraphs):
            problems.append(f"metainfo: {len(paragraphs)} description paragraphs xml:lang="
                            f"\"{language}\", English has {english_paragraphs}")
        if not texts("keywords/keyword", language):
            problems.append(f"metainfo: no keyword xml:lang=\"{language}\"")
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"desktop file and metainfo speak {', '.join(languages(root))}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[1] == "complete":
        return check_complete(argv[2], pathlib.Path(argv[3]))
    if len(argv) == 3 and argv[1] == "placeholders":
        return check_placeholders(pathlib.Path(argv[2]))
    if len(argv) == 3 and argv[1] == "desktop":
        return check_desktop(pathlib.Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
