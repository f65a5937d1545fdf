#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# install-debian-python.sh PACKAGE.deb
#
# Installs the Python modules of one of Debian's python3-* packages into the
# app's site-packages (/app/lib/pythonX.Y/site-packages), compiled.
#
# Why Debian's packages: the Python packages Dojo provides to checks (see
# data/harness/packages.json) are the same ones a Debian machine gets;
# building them from their source archives would need their build backends
# (setuptools-scm, hatchling, flit) as further modules, while a .deb holds
# the finished files. Most are pure Python; mypy, MarkupSafe and greenlet
# also hold parts compiled for trixie's Python 3.13, the runtime's (one .deb
# per architecture in the manifest, see docs/flatpak.md). Each .deb is
# pinned by its sha256 in the manifest.
set -eu

deb="$1"
site=$(python3 -c 'import sysconfig; print(sysconfig.get_path("purelib", vars={"base": "/app"}))')
mkdir -p "$site" unpacked
ar p "$deb" data.tar.xz | tar -xJ -C unpacked ./usr/lib/python3/dist-packages
cp -R unpacked/usr/lib/python3/dist-packages/. "$site/"
python3 -m compileall -q "$site"
