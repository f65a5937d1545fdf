#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""encode-symbolic.py ENCODER SVG SIZE OUTPUT

Renders a symbolic SVG icon into the .symbolic.png that GTK recolours
(gtk4-encode-symbolic-svg), at SIZE pixels, as OUTPUT. The tool names its
output after the SVG; meson needs one name per size.

Why: an SVG icon makes GTK load librsvg through gdk-pixbuf as the window
first shows it (about 6 MB of the app's memory and its start-up time);
GTK draws a .symbolic.png itself, as it does its own and Adwaita's icons.
"""

import os
import shutil
import subprocess
import sys
import tempfile


def main():
    encoder, svg, size, output = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([encoder, "-o", tmp, svg, f"{size}x{size}"], check=True)
        name = os.path.splitext(os.path.basename(svg))[0] + ".symbolic.png"
        shutil.move(os.path.join(tmp, name), output)


if __name__ == "__main__":
    main()
