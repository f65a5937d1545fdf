#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What software centres and Flathub need from the metainfo, beyond appstreamcli.

    check-metainfo.py METAINFO DESKTOP --version VERSION [--source-root DIR]

METAINFO is the built (translated) file, DESKTOP the built desktop entry, VERSION
the meson project version. With --source-root, each screenshot URL under
raw.githubusercontent.com/pydojo/dojo/main/ must name a file in the source tree (the
URLs cannot be fetched offline). Prints one line per problem, exits 1 if any.
"""

import argparse
import configparser
import datetime
import os
import re
import sys
import xml.etree.ElementTree as ET

PROJECT_LICENSE = "GPL-3.0-or-later"
METADATA_LICENSE = "CC0-1.0"
BINARIES = {"dojo", "dojo-pack"}
GETTEXT_DOMAIN = "dojo"
URL_TYPES = ("homepage", "bugtracker", "vcs-browser")
SCREENSHOT_PREFIX = "https://raw.githubusercontent.com/pydojo/dojo/main/"
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

# xml:lang, as ElementTree spells the attribute.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def untranslated(elements):
    """The elements without xml:lang: merge_file adds translated copies beside them."""
    return [e for e in elements if e.get(XML_LANG) is None]


def text(element):
    return (element.text or "").strip() if element is not None else ""


def version_key(version):
    return [int(p) if p.isdigit() else p for p in re.split(r"[.\-~]", version)]


class Checker:
    def __init__(self, args):
        self.args = args
        self.problems = []

    def fail(self, message):
        self.problems.append(message)

    def run(self):
        try:
            root = ET.parse(self.args.metainfo).getroot()
        except (OSError, ET.ParseError) as e:
            self.fail(f"cannot parse: {e}")
            return self.problems

        if root.tag != "component" or root.get("type") != "desktop-application":
            self.fail("the root is not <component type=\"desktop-application\">")

        app_id = text(root.find("id"))
        self.check_licences(root)
        self.check_developer(root)
        self.check_branding(root)
        self.check_screenshots(root)
        self.check_releases(root)
        self.check_content_rating(root)
        self.check_launchable(root, app_id)
        self.check_urls(root)
        self.check_provides(root)
        self.check_translation(root)
        return self.problems

    def check_licences(self, root):
        if text(root.find("project_license")) != PROJECT_LICENSE:
            self.fail(f"project_license is not {PROJECT_LICENSE}")
        if text(root.find("metadata_license")) != METADATA_LICENSE:
            self.fail(f"metadata_license is not {METADATA_LICENSE}")

    def check_developer(self, root):
        developer = root.find("developer")
        if developer is None:
            self.fail("no <developer>")
            return
        if not developer.get("id"):
            self.fail("<developer> has no id (a reverse-DNS name)")
        if not untranslated(developer.findall("name")) or \
                not text(untranslated(developer.findall("name"))[0]):
            self.fail("<developer> has no <name>")

    def check_branding(self, root):
        colours = {}
        for colour in root.findall("branding/color"):
            if colour.get("type") == "primary":
                colours[colour.get("scheme_preference")] = text(colour)
        for scheme in ("light", "dark"):
            if scheme not in colours:
                self.fail(f"no primary branding colour for the {scheme} scheme")
            elif not COLOUR.match(colours[scheme]):
                self.fail(f"the {scheme} branding colour {colours[scheme]!r} is not #rrggbb")
        if len(colours) == 2 and len(set(c.lower() for c in colours.values())) == 1:
            self.fail("the light and dark branding colours are the same")

    def check_screenshots(self, root):
        screenshots = root.findall("screenshots/screenshot")
        if not screenshots:
            self.fail("no screenshots")
            return
        defaults = [s for s in screenshots if s.get("type") == "default"]
        if len(defaults) != 1:
            self.fail(f"{len(defaults)} screenshots are marked default; mark exactly one")
        for index, shot in enumerate(screenshots, 1):
            captions = untranslated(shot.findall("caption"))
            if not captions or not text(captions[0]):
                self.fail(f"screenshot {index} has no caption")
            images = shot.findall("image")
            if not images:
                self.fail(f"screenshot {index} has no image")
            for image in images:
                url = text(image)
                if not url.startswith("https://"):
                    self.fail(f"screenshot {index}: image URL {url!r} is not https")
                    continue
                if self.args.source_root and url.startswith(SCREENSHOT_PREFIX):
                    local = os.path.join(self.args.source_root, url[len(SCREENSHOT_PREFIX):])
                    if not os.path.isfile(local):
                        self.fail(f"screenshot {index}: {url} names no file in the "
                                  "source tree")

    def check_releases(self, root):
        releases = root.findall("releases/release")
        if not releases:
            self.fail("no releases")
            return
        for release in releases:
            version = release.get("version")
            date = release.get("date")
            if not version:
                self.fail("a release has no version")
            try:
                datetime.date.fromisoformat(date or "")
            except ValueError:
                self.fail(f"release {version}: date {date!r} is not YYYY-MM-DD")
        versions = [r.get("version") or "" for r in releases]
        if versions != sorted(versions, key=version_key, reverse=True):
            self.fail("releases are not listed newest first")
        if versions[0] != self.args.version:
            self.fail(f"the latest release is {versions[0]!r}, but meson's project "
                      f"version is {self.args.version!r}")

    def check_content_rating(self, root):
        rating = root.find("content_rating")
        if rating is None:
            self.fail("no <content_rating> (OARS)")
        elif not (rating.get("type") or "").startswith("oars-"):
            self.fail("<content_rating> is not an OARS rating")

    def check_launchable(self, root, app_id):
        launchables = [l for l in root.findall("launchable") if l.get("type") == "desktop-id"]
        if not launchables:
            self.fail("no <launchable type=\"desktop-id\">")
            return
        desktop_id = text(launchables[0])
        desktop_name = os.path.basename(self.args.desktop)
        if desktop_id != desktop_name:
            self.fail(f"launchable is {desktop_id!r}, but the desktop file is {desktop_name!r}")
        if desktop_id != app_id + ".desktop":
            self.fail(f"launchable {desktop_id!r} does not match the id {app_id!r}")

        entry = configparser.ConfigParser(interpolation=None, strict=False)
        entry.optionxform = str
        try:
            entry.read(self.args.desktop, encoding="utf-8")
            exec_line = entry["Desktop Entry"]["Exec"]
        except (OSError, KeyError, configparser.Error) as e:
            self.fail(f"cannot read Exec from {self.args.desktop}: {e}")
            return
        binary = exec_line.split()[0] if exec_line.split() else ""
        provided = {text(b) for b in root.findall("provides/binary")}
        if binary not in provided:
            self.fail(f"the desktop file runs {binary!r}, which <provides> does not list")

    def check_urls(self, root):
        urls = {u.get("type"): text(u) for u in root.findall("url")}
        for kind in URL_TYPES:
            if kind not in urls:
                self.fail(f"no <url type=\"{kind}\">")
            elif not urls[kind].startswith("https://"):
                self.fail(f"<url type=\"{kind}\"> {urls[kind]!r} is not https")

    def check_provides(self, root):
        provided = {text(b) for b in root.findall("provides/binary")}
        for binary in sorted(BINARIES - provided):
            self.fail(f"<provides> lacks <binary>{binary}</binary>")

    def check_translation(self, root):
        domains = [text(t) for t in root.findall("translation") if t.get("type") == "gettext"]
        if GETTEXT_DOMAIN not in domains:
            self.fail(f"no <translation type=\"gettext\">{GETTEXT_DOMAIN}</translation>")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("metainfo")
    parser.add_argument("desktop")
    parser.add_argument("--version", required=True)
    parser.add_argument("--source-root")
    args = parser.parse_args()

    problems = Checker(args).run()
    for problem in problems:
        print(f"{args.metainfo}: {problem}")
    if problems:
        return 1
    print(f"{args.metainfo}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
