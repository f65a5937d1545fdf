#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that po/POTFILES.in lists every file with translatable strings.

Fails when a .c, .h or .ui file under src/ or tools/ marks a string for
translation (_(), N_(), C_(), NC_(), translatable="yes") but is missing from
po/POTFILES.in, when POTFILES.in lists a file that does not exist, or lists one
twice. A file may opt out by being listed in po/POTFILES.skip.

Usage: check-potfiles.py [SOURCE_ROOT]
"""

import os
import re
import sys

SCANNED_DIRS = ("src", "tools")
SCANNED_SUFFIXES = (".c", ".h", ".ui")
# Data files that always carry strings for translators.
DATA_SUFFIXES = (".desktop.in", ".metainfo.xml.in", ".gschema.xml")

# A gettext macro call, not the tail of a longer name such as foo_().
C_MARK = re.compile(r"(?<![A-Za-z0-9_])(?:_|N_|C_|NC_)\s*\(")
UI_MARK = re.compile(r"""translatable\s*=\s*["'](?:yes|true|1)["']""", re.IGNORECASE)


def read_list(path):
    """Return [(line number, relative path)] from a POTFILES-style file."""
    entries = []
    try:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                # "[type: gettext/glade] file" names a file with its parser.
                line = re.sub(r"^\[[^\]]*\]\s*", "", line)
                entries.append((number, line))
    except FileNotFoundError:
        pass
    return entries


def has_marks(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if path.endswith(".ui"):
        return UI_MARK.search(text) is not None
    return C_MARK.search(text) is not None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    root = os.path.abspath(root)
    potfiles_in = os.path.join(root, "po", "POTFILES.in")
    if not os.path.isfile(potfiles_in):
        print(f"{potfiles_in}: missing", file=sys.stderr)
        return 1

    problems = []
    listed = {}
    for number, rel in read_list(potfiles_in):
        if rel in listed:
            problems.append(f"po/POTFILES.in:{number}: {rel} is already listed on line {listed[rel]}")
            continue
        listed[rel] = number
        if not os.path.isfile(os.path.join(root, rel)):
            problems.append(f"po/POTFILES.in:{number}: {rel} does not exist; remove the line")
    skipped = {rel for _, rel in read_list(os.path.join(root, "po", "POTFILES.skip"))}

    wanted = []
    for top in SCANNED_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(SCANNED_SUFFIXES):
                    path = os.path.join(dirpath, name)
                    if has_marks(path):
                        wanted.append(os.path.relpath(path, root))
    data_dir = os.path.join(root, "data")
    if os.path.isdir(data_dir):
        for name in sorted(os.listdir(data_dir)):
            if name.endswith(DATA_SUFFIXES):
                wanted.append(os.path.join("data", name))

    for rel in wanted:
        rel = rel.replace(os.sep, "/")
        if rel not in listed and rel not in skipped:
            problems.append(f"{rel}: has translatable strings but is not in po/POTFILES.in; "
                            "add it there (sorted)")

    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"po/POTFILES.in lists all {len(listed)} files with translatable strings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
