#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Structural checks on the Flatpak manifest, offline.

    check-flatpak-manifest.py MANIFEST [--app-id ID] [--command NAME]

flatpak-builder cannot fetch anything in CI, so this is what keeps the manifest
honest: the sandbox permissions are exactly the allowed set (learner code inherits
every permission Dojo has), every source is pinned, and the modules build what the
runtime lacks, with sane options, the app last. Prints one line per problem and exits
1 if there is any.
"""

import argparse
import json
import os
import re
import sys

RUNTIME = "org.gnome.Platform"

# GNOME runtimes still supported: each is kept for about a year, until the
# release after the next (48 reached its end in 2026 when 50 came out; 50
# is kept until 52, in spring 2027; 51 until autumn 2027).
SUPPORTED_RUNTIME_VERSIONS = {"50", "51"}
SDK = "org.gnome.Sdk"

# Exactly these, nothing else: a window (Wayland, or X11 when there is no Wayland),
# shared memory for X11, and the GPU. No network, no files outside the app's own
# data, no D-Bus names, no way out of the sandbox.
ALLOWED_FINISH_ARGS = {
    "--share=ipc",
    "--socket=fallback-x11",
    "--socket=wayland",
    "--device=dri",
}

# Named so that the message says why, should one of them ever be added.
FORBIDDEN_FINISH_ARGS = {
    "--share=network": "learner code would reach the network",
    "--talk-name=org.freedesktop.Flatpak": "learner code could run commands on the host",
    "--socket=session-bus": "learner code could talk to every session service",
    "--socket=system-bus": "learner code could talk to every system service",
    "--device=all": "learner code could open every device",
    "--allow=devel": "learner code could ptrace and use perf",
}

# Libraries that the GNOME runtime does not ship, by meson dependency name,
# and the module that must build each.
REQUIRED_MODULES = {
    "md4c": "md4c",
    "libgit2": "libgit2",
    "vte-2.91-gtk4": "vte",
}

# Options that each of those modules must be configured with.
REQUIRED_CONFIG_OPTS = {
    "libgit2": [
        "-DBUILD_TESTS=OFF",
        "-DBUILD_CLI=OFF",
        "-DUSE_SSH=OFF",
        "-DUSE_HTTPS=OFF",
    ],
    "vte": [
        "-Dgtk3=false",
        "-Dgtk4=true",
        "-Dgir=false",
        "-Dvapi=false",
        "-Ddocs=false",
        "-D_systemd=false",
    ],
}

# What no installed app needs: headers, pkg-config files, static libraries.
REQUIRED_CLEANUP = ["/include", "/lib/pkgconfig", "*.a", "*.la"]

BUILDSYSTEMS = {"meson", "cmake", "cmake-ninja", "autotools", "simple", "qmake"}
INLINE_SOURCES = {"shell", "script", "inline"}
HEX40 = re.compile(r"^[0-9a-f]{40}$")
HEX64 = re.compile(r"^[0-9a-f]{64}$")


class Checker:
    def __init__(self, path, app_id, command):
        self.path = path
        self.dir = os.path.dirname(os.path.abspath(path))
        self.app_id = app_id
        self.command = command
        self.problems = []

    def fail(self, message):
        self.problems.append(message)

    # The manifest as a whole.

    def run(self):
        try:
            with open(self.path, encoding="utf-8") as f:
                manifest = json.load(f)
        except (OSError, ValueError) as e:
            self.fail(f"cannot read the manifest as JSON: {e}")
            return self.problems

        if not isinstance(manifest, dict):
            self.fail("the manifest is not a JSON object")
            return self.problems

        self.check_top(manifest)
        self.check_finish_args(manifest.get("finish-args"))
        self.check_build_options("the manifest", manifest.get("build-options"))
        self.check_cleanup(manifest.get("cleanup"))
        self.check_modules(manifest.get("modules"))
        return self.problems

    def check_top(self, manifest):
        app_id = manifest.get("id", manifest.get("app-id"))
        if "id" in manifest and "app-id" in manifest:
            self.fail("both 'id' and 'app-id' are set; keep 'id'")
        if app_id != self.app_id:
            self.fail(f"id is {app_id!r}, expected {self.app_id!r}")
        if manifest.get("runtime") != RUNTIME:
            self.fail(f"runtime is {manifest.get('runtime')!r}, expected {RUNTIME!r}")
        if manifest.get("sdk") != SDK:
            self.fail(f"sdk is {manifest.get('sdk')!r}, expected {SDK!r}")
        version = manifest.get("runtime-version")
        if not isinstance(version, str) or not re.fullmatch(r"\d+", version):
            self.fail(f"runtime-version is {version!r}: pin a stable GNOME release "
                      "such as \"50\" (a string), not master or a number")
        elif version not in SUPPORTED_RUNTIME_VERSIONS:
            self.fail(f"runtime-version {version} is not a supported GNOME runtime "
                      f"(supported: {', '.join(sorted(SUPPORTED_RUNTIME_VERSIONS))})")
        if manifest.get("command") != self.command:
            self.fail(f"command is {manifest.get('command')!r}, expected {self.command!r}")
        for key in ("sdk-extensions", "add-extensions", "inherit-extensions"):
            if key in manifest:
                self.fail(f"'{key}' is set: Dojo needs no runtime extensions")

    def check_finish_args(self, args):
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            self.fail("finish-args must be a list of strings")
            return
        if len(args) != len(set(args)):
            self.fail("finish-args lists a permission twice")
        for arg in args:
            if arg.startswith("--filesystem") or arg.startswith("--persist"):
                self.fail(f"finish-args has {arg}: learner code would see the "
                          "learner's files; Dojo keeps its data in the app's own dir")
            elif arg in FORBIDDEN_FINISH_ARGS:
                self.fail(f"finish-args has {arg}: {FORBIDDEN_FINISH_ARGS[arg]}")
            elif arg.startswith(("--talk-name", "--own-name", "--system-talk-name")):
                self.fail(f"finish-args has {arg}: Dojo needs no D-Bus names "
                          "(portals work without one)")
            elif arg not in ALLOWED_FINISH_ARGS:
                self.fail(f"finish-args has {arg}, which is not in the allowed set")
        for arg in sorted(ALLOWED_FINISH_ARGS - set(args)):
            self.fail(f"finish-args lacks {arg}")

    def check_build_options(self, where, options):
        if options is None:
            return
        if not isinstance(options, dict):
            self.fail(f"{where}: build-options must be an object")
            return
        build_args = options.get("build-args", [])
        if "--share=network" in build_args:
            self.fail(f"{where}: build-args has --share=network; "
                      "builds must work from the pinned sources alone")
        for key in ("env", "arch"):
            if key in options and not isinstance(options[key], dict):
                self.fail(f"{where}: build-options.{key} must be an object")
        for arch, arch_options in options.get("arch", {}).items():
            self.check_build_options(f"{where} ({arch})", arch_options)

    def check_cleanup(self, cleanup):
        if not isinstance(cleanup, list):
            self.fail("the manifest has no top-level cleanup list")
            return
        for pattern in REQUIRED_CLEANUP:
            if pattern not in cleanup:
                self.fail(f"cleanup lacks {pattern!r}")

    # Modules.

    def flatten(self, modules, where):
        """Every module, nested ones first (the order flatpak-builder builds in)."""
        result = []
        if not isinstance(modules, list) or not modules:
            self.fail(f"{where}: modules must be a non-empty list")
            return result
        for module in modules:
            if isinstance(module, str):
                self.fail(f"{where}: module file {module!r} is not checked here; "
                          "inline the module")
                continue
            if not isinstance(module, dict):
                self.fail(f"{where}: a module is not an object")
                continue
            if "modules" in module:
                result += self.flatten(module["modules"], f"module {module.get('name')}")
            result.append(module)
        return result

    def check_modules(self, modules):
        flat = self.flatten(modules, "the manifest")
        if not flat:
            return

        names = [m.get("name") for m in flat]
        if len(names) != len(set(names)):
            self.fail("two modules have the same name")

        for dep, name in REQUIRED_MODULES.items():
            if name not in names:
                self.fail(f"no module {name!r} builds {dep}, which the runtime lacks")

        app = modules[-1] if isinstance(modules, list) and modules else None
        if not isinstance(app, dict) or app.get("name") != "dojo":
            self.fail("the last module must be the app, 'dojo'")
            app = None
        elif app.get("buildsystem") != "meson":
            self.fail("the app module must build with meson")

        for module in flat:
            self.check_module(module, is_app=module is app)

    def check_module(self, module, is_app):
        name = module.get("name")
        where = f"module {name!r}"
        if not isinstance(name, str) or not name:
            self.fail("a module has no name")
            where = "a module without a name"

        buildsystem = module.get("buildsystem", "autotools")
        if buildsystem not in BUILDSYSTEMS:
            self.fail(f"{where}: unknown buildsystem {buildsystem!r}")
        if buildsystem == "simple" and not module.get("build-commands"):
            self.fail(f"{where}: a simple module needs build-commands")

        opts = module.get("config-opts", [])
        if not isinstance(opts, list) or not all(isinstance(o, str) for o in opts):
            self.fail(f"{where}: config-opts must be a list of strings")
            opts = []
        for required in REQUIRED_CONFIG_OPTS.get(name, []):
            if required not in opts:
                self.fail(f"{where}: config-opts lacks {required}")
        for opt in opts:
            if re.match(r"^(--buildtype|-Dbuildtype)=(debug|plain)$", opt):
                self.fail(f"{where}: {opt} ships an unoptimised build")
            if re.match(r"^-DCMAKE_BUILD_TYPE=Debug$", opt):
                self.fail(f"{where}: {opt} ships an unoptimised build")
            if opt.startswith(("--prefix", "-Dprefix", "-DCMAKE_INSTALL_PREFIX")):
                self.fail(f"{where}: {opt}: flatpak-builder sets the prefix to /app")
        if buildsystem in ("cmake", "cmake-ninja"):
            if not any(o.startswith("-DCMAKE_BUILD_TYPE=") for o in opts):
                self.fail(f"{where}: set -DCMAKE_BUILD_TYPE (CMake builds "
                          "unoptimised by default)")

        self.check_build_options(where, module.get("build-options"))
        if module.get("disabled"):
            self.fail(f"{where}: disabled modules do not belong in the manifest")
        if not is_app and module.get("run-tests"):
            self.fail(f"{where}: run-tests on a dependency slows every build")

        sources = module.get("sources")
        if not isinstance(sources, list) or not sources:
            self.fail(f"{where}: no sources")
            return
        for index, source in enumerate(sources):
            self.check_source(f"{where}, source {index + 1}", source, is_app)

    def check_source(self, where, source, is_app):
        if isinstance(source, str):
            self.fail(f"{where}: source file {source!r} is not checked here; inline it")
            return
        if not isinstance(source, dict):
            self.fail(f"{where}: not an object")
            return

        kind = source.get("type")
        if kind == "git":
            if "branch" in source:
                self.fail(f"{where}: a git source follows a branch; pin a tag and commit")
            if not isinstance(source.get("tag"), str) or not source["tag"]:
                self.fail(f"{where}: a git source needs a tag")
            if not HEX40.match(str(source.get("commit", ""))):
                self.fail(f"{where}: a git source needs the tag's full 40-hex commit")
            self.check_url(where, source.get("url"))
        elif kind in ("archive", "file"):
            if "path" in source and "url" not in source:
                self.check_local(where, source["path"])
                return
            if not HEX64.match(str(source.get("sha256", ""))):
                self.fail(f"{where}: an {kind} source needs a 64-hex sha256")
            self.check_url(where, source.get("url"))
            for mirror in source.get("mirror-urls", []):
                self.check_url(where, mirror)
        elif kind == "patch":
            paths = source.get("paths", [source.get("path")])
            for path in paths:
                self.check_local(where, path)
        elif kind == "dir":
            if not is_app:
                self.fail(f"{where}: only the app itself may come from a dir source")
            elif source.get("path") != "..":
                self.fail(f"{where}: the app's dir source must be '..' (the source tree)")
            elif not os.path.isfile(os.path.join(self.dir, "..", "meson.build")):
                self.fail(f"{where}: '..' holds no meson.build")
        elif kind in INLINE_SOURCES:
            pass
        else:
            self.fail(f"{where}: source type {kind!r} cannot be pinned here")

    def check_url(self, where, url):
        if not isinstance(url, str) or not url.startswith("https://"):
            self.fail(f"{where}: URL {url!r} is not https")

    def check_local(self, where, path):
        if not isinstance(path, str) or not path:
            self.fail(f"{where}: no path")
            return
        if os.path.isabs(path) or ".." in path.split("/"):
            self.fail(f"{where}: {path!r} must lie next to the manifest")
        elif not os.path.isfile(os.path.join(self.dir, path)):
            self.fail(f"{where}: {path!r} does not exist next to the manifest")


def check_packages(manifest_path, packages_path, makefile_path):
    """The Python packages a pack may declare are provided the same way on
    both paths: each package's modules are in the manifest, its Debian
    package in make deps."""
    problems = []
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    with open(packages_path, encoding="utf-8") as f:
        packages = json.load(f).get("packages", {})
    names = set()
    todo = list(manifest.get("modules", []))
    while todo:
        module = todo.pop()
        if isinstance(module, dict):
            names.add(module.get("name"))
            todo += module.get("modules", [])
    deb = ""
    if makefile_path:
        with open(makefile_path, encoding="utf-8") as f:
            text = f.read()
        match = re.search(r"^DEB_PACKAGES = \\\n((?:\t.*\\\n)*\t.*)$", text, re.M)
        deb = match.group(1) if match else ""
        if not match:
            problems.append(f"{makefile_path}: no DEB_PACKAGES list")
    for package, spec in packages.items():
        modules = spec.get("flatpak")
        modules = [modules] if isinstance(modules, str) else modules or []
        if not modules:
            problems.append(f"package {package!r} names no Flatpak module")
        for module in modules:
            if module not in names:
                problems.append(f"package {package!r} needs the module {module!r}, "
                                "which the manifest does not build")
        debian = spec.get("debian")
        if makefile_path and (not debian or debian not in deb.split()):
            problems.append(f"package {package!r}: its Debian package {debian!r} is not "
                            "in the Makefile's DEB_PACKAGES")
    return problems


# Tools Dojo runs itself, not packages a pack declares: each module with
# the modules it needs. A module built from arch-specific files has one
# source for each architecture Flathub builds.
TOOL_MODULES = {
    # The type-check kind (data/harness/dojo_typecheck.py).
    "python3-mypy": ["python3-mypy-extensions", "python3-typing-extensions"],
}
ARCHES = ("x86_64", "aarch64")


def check_tools(manifest_path):
    problems = []
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    modules = {}
    todo = list(manifest.get("modules", []))
    while todo:
        module = todo.pop()
        if isinstance(module, dict):
            modules[module.get("name")] = module
            todo += module.get("modules", [])
    for tool, needs in TOOL_MODULES.items():
        for name in [tool] + needs:
            if name not in modules:
                problems.append(f"module {name!r} is missing: the {tool} tool needs it")
        sources = [s for s in modules.get(tool, {}).get("sources", [])
                   if isinstance(s, dict) and "url" in s]
        if any("only-arches" in s for s in sources):
            for arch in ARCHES:
                for_arch = [s for s in sources if arch in s.get("only-arches", [arch])]
                if len(for_arch) != 1:
                    problems.append(f"module {tool!r}: {len(for_arch)} sources for {arch}; "
                                    "it needs exactly one")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest")
    parser.add_argument("--app-id", default="io.github.pydojo.Dojo")
    parser.add_argument("--command", default="dojo")
    parser.add_argument("--packages", help="data/harness/packages.json: each package's "
                        "Flatpak modules must be in the manifest")
    parser.add_argument("--makefile", help="the Makefile: each package's Debian package "
                        "must be in DEB_PACKAGES")
    args = parser.parse_args()

    problems = Checker(args.manifest, args.app_id, args.command).run()
    problems += check_tools(args.manifest)
    if args.packages:
        problems += check_packages(args.manifest, args.packages, args.makefile)
    for problem in problems:
        print(f"{args.manifest}: {problem}")
    if problems:
        return 1
    print(f"{args.manifest}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
