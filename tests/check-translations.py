#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that every language in po/LINGUAS translates every string of the UI.

Extracts the strings from the files in po/POTFILES.in as the build does
(xgettext with GLib's keywords), merges each po file with them in a
temporary folder (the po files themselves are not touched) and fails on
any message that is untranslated or fuzzy, or that msgfmt -c rejects: a
string added to the code without its translations shows up in English in
the middle of a German window.

Usage: check-translations.py SOURCE_ROOT
"""

import os
import subprocess
import sys
import tempfile

KEYWORDS = ["_", "N_", "C_:1c,2", "NC_:1c,2", "g_dcgettext:2", "g_dngettext:2,3",
            "g_dpgettext2:2c,3"]
FLAGS = ["N_:1:pass-c-format", "C_:2:pass-c-format", "NC_:2:pass-c-format",
         "g_dngettext:2:pass-c-format", "g_strdup_printf:1:c-format",
         "g_string_printf:2:c-format", "g_string_append_printf:2:c-format",
         "g_set_error:4:c-format"]


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    po = os.path.join(root, "po")
    with open(os.path.join(po, "POTFILES.in")) as f:
        sources = [l.strip() for l in f if l.strip() and not l.startswith("#")]
    with open(os.path.join(po, "LINGUAS")) as f:
        languages = [w for l in f if not l.startswith("#") for w in l.split()]

    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, "dojo.pot")
        subprocess.run(["xgettext", "--from-code=UTF-8", "--package-name=dojo", "-o", pot,
                        "-D", root]
                       + [f"--keyword={k}" for k in KEYWORDS]
                       + [f"--flag={f}" for f in FLAGS] + sources, check=True)
        for lang in languages:
            merged = os.path.join(tmp, lang + ".po")
            subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                            os.path.join(po, lang + ".po"), pot], check=True)
            check = subprocess.run(["msgfmt", "-c", "--statistics", "-o", os.devnull, merged],
                                   capture_output=True, text=True)
            stats = check.stderr.strip()
            # the messages to name: untranslated ones, and fuzzy ones (given
            # together, msgattrib's two options would keep only messages both)
            listed = "".join(subprocess.run(["msgattrib", option, merged], capture_output=True,
                                            text=True).stdout
                             for option in ("--untranslated", "--only-fuzzy"))
            ids = [l for l in listed.splitlines() if l.startswith('msgid "') and l != 'msgid ""']
            if check.returncode != 0 or "untranslated" in stats or "fuzzy" in stats:
                failed = True
                print(f"{lang}.po: {stats}")
                for msgid in sorted(set(ids)):
                    print(f"  {lang}: {msgid}")
            else:
                print(f"{lang}.po: {stats}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
