#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench.py: run every Dojo benchmark and print one table (`make bench`).

usage: bench/bench.py [--builddir DIR] [--runs N] [--only SECTION,...]
                      [--harness DIR] [--python PATH] [--baseline DIR]

Sections: startup, drawing, check, typecheck, debug, editor, grade, packs,
lessons, git, live (default: all, in that order).

startup  Dojo (the built-in course, the last lesson open, its main.py in the
         editor, the terminal) against the floor (minimal-adw: a bare
         GTK4 + libadwaita + GtkSourceView + VTE window) and the anchors
         (Thonny, Mu, GNOME Text Editor, GNOME Console) when they are
         installed, interleaved in one run of the startup harness's
         compare.sh under Xvfb, a fresh HOME per run. With --baseline DIR
         (or $BENCH_BASELINE), the build dir of another checkout of Dojo
         (an earlier commit, say), that Dojo is measured in the same run,
         with its own content and harness, on the same seed: the
         "against the baseline" rows are the two builds, like with like.
         Both are also started resuming Project 1, a project of three
         files (a row of its own).
drawing  bench/drawing-run.sh: the CPU that typing 400 characters and
         scrolling the lesson cost Dojo as it draws on this machine, and
         with GL forced (what the GL renderer costs without a GPU).
check    bench-check: an io check vs `python3 main.py`, a unittest check vs
         `python3 -m unittest`, a pytest check vs `python3 -m pytest`, on
         the same files.
typecheck bench-typecheck: mypy on a 200-line file: a new type checker
         (`dojo_typecheck.py --serve`) until its first answer, without and
         with mypy's cache; the same server after a one-line edit; and the
         type-check kind as Check runs it (a new harness), with and without
         the cache.
editor   bench-editor (under xvfb-run): a shown window; 200 keys typed
         into a 2,000-line exercise, and 30 switches between 10 tabs: the
         longest main-loop stall of each (goal 16 ms, one frame).
grade    bench-grade: `dojo-pack grade` of 30 submissions of a 10-exercise
         pack (5 io, 5 unittest checks) vs their tests run bare (`python3
         main.py`, `python3 -m unittest`) on the same files, 3 alternating
         rounds (~3.5 min).
packs    bench-pack-load: the index of 500 / 5,000 / 50,000-item packs, with
         GLib's slice allocator (Debian 12's GLib 2.74) and without it
         (G_SLICE=always-malloc: what GLib >= 2.76 always does).
lessons  bench-markdown: the longest lesson of the built-in course, a 40 KB
         document (under xvfb-run: it needs a display).
git      bench-git: status and commit on 2,000 files, status on 20,000,
         against the git command; bench-git-ui (under xvfb-run): the header
         button and the commit dialog on a 20,000-file project, with the
         longest time the window stopped reacting.
live     bench-live-types (under xvfb-run): a type error typed key by key
         into an exercise with a type check; the last key until its
         underline is drawn, against one key until it is drawn.

The startup harness is used in place: ../shared/startup-bench next to the
clone (or --harness / $BENCH_HARNESS). It writes next to its scripts, and the
shared copy is read-only, so a "mirror" is made in BUILDDIR/startup-bench:
symbolic links to the harness's files, real folders for what it writes
(launchwatch, minimal/build, results, tmp) and the Dojo seed (a HOME whose
progress has a lesson as the last item). Nothing is copied.

Raw output: BUILDDIR/bench-results/DATE/ (*.log, runs.txt, table.md).
Exit status 0 even when goals are missed: these are figures, not tests;
1 only when a benchmark could not run.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

SRCDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECTIONS = ["startup", "drawing", "check", "typecheck", "debug", "editor", "grade", "packs",
            "lessons", "git", "live"]
BUILTIN_PACK = "io.github.pydojo.python-roadmap"

# label, command, human name, whether it draws with GTK (then it is started
# once per renderer): the anchors of the startup figure
ANCHORS = [
    ("thonny-seeded", "thonny", "Thonny", False),
    ("mu-seeded", "mu-editor", "Mu", False),
    ("gnome-text-editor", "gnome-text-editor", "GNOME Text Editor", True),
    ("kgx", "kgx", "GNOME Console", True),
]
FLOOR = "minimal-adw"

HARNESS_FILES = ["README.md", "compare.sh", "lib.sh", "startup.sh", "suite.sh",
                 "pyfloor.sh", "summarize.py", "src"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- results

class Row:
    """One line of the table."""

    def __init__(self, section, figure, median=None, lo=None, hi=None, unit="ms",
                 anchor=None, anchor_median=None, goal=None, goal_ok=None, note=""):
        self.section = section
        self.figure = figure
        self.median, self.lo, self.hi, self.unit = median, lo, hi, unit
        self.anchor, self.anchor_median = anchor, anchor_median
        self.goal, self.goal_ok, self.note = goal, goal_ok, note

    @property
    def ratio(self):
        if self.median is None or not self.anchor_median:
            return None
        return self.median / self.anchor_median


def fmt(v, unit="ms"):
    if v is None:
        return "–"
    if unit == "MB":
        return f"{v:.1f}"
    return f"{v:.1f}" if v < 100 else f"{v:.0f}"


def render_table(rows):
    head = ["figure", "median", "min", "max", "anchor / floor (same run)",
            "anchor median", "ratio", "goal", "met"]
    lines = []
    for r in rows:
        unit = f" {r.unit}" if r.median is not None else ""
        met = "–" if r.goal_ok is None else ("yes" if r.goal_ok else "NO")
        if r.note and r.goal_ok is None:
            met = r.note
        ratio = r.ratio
        lines.append([
            r.figure,
            fmt(r.median, r.unit) + unit,
            fmt(r.lo, r.unit),
            fmt(r.hi, r.unit),
            r.anchor or "–",
            fmt(r.anchor_median, r.unit) + (f" {r.unit}" if r.anchor_median is not None else ""),
            f"{ratio:.2f}x" if ratio is not None else "–",
            r.goal or "–",
            met,
        ])
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(c) + " |" for c in lines]
    return "\n".join(out)


def parse_bench_lines(text):
    """BENCH name=… key=value … lines of the bench programs → {name: {key: value}}."""
    found = {}
    for line in text.splitlines():
        if not line.startswith("BENCH name="):
            continue
        kv = dict(tok.split("=", 1) for tok in line.split()[1:] if "=" in tok)
        for k, v in list(kv.items()):
            try:
                kv[k] = float(v)
            except ValueError:
                pass
        found[kv["name"]] = kv
    return found


def run_program(argv, logpath, env=None, timeout=1800):
    log("$ " + " ".join(argv))
    with open(logpath, "w") as f:
        p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           text=True, env=env, timeout=timeout)
        f.write(p.stdout)
    for line in p.stdout.splitlines():
        if not line.startswith("BENCH "):
            log("  " + line)
    if p.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited with {p.returncode} (see {logpath})")
    return parse_bench_lines(p.stdout)


def with_display(argv):
    """@argv under its own Xvfb when there is no display (the GTK benches)."""
    if os.environ.get("DISPLAY") is None and shutil.which("xvfb-run"):
        return ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + argv
    return argv


def row_from(section, figure, data, name, goal=None, check=None, anchor_label=None):
    d = data.get(name)
    if d is None:
        return Row(section, figure, note="no figure")
    r = Row(section, figure, d["median_ms"], d["min_ms"], d["max_ms"],
            anchor=anchor_label or d.get("anchor"), anchor_median=d.get("anchor_median_ms"),
            goal=goal)
    if check is not None:
        r.goal_ok = check(r)
    return r


# ---------------------------------------------------------------- sections

def bench_check(ctx):
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               DOJO_PYTHON=ctx.python)
    data = run_program([ctx.exe("bench", "bench-check")], ctx.out("check.log"), env)
    return [
        row_from("check", "io check (hello, stdin), sandboxed", data, "check-io", "< 1.5x",
                 lambda r: r.ratio < 1.5, "python3 main.py"),
        row_from("check", "unittest check (2 tests), sandboxed", data, "check-unittest",
                 "< 1.5x", lambda r: r.ratio < 1.5, "python3 -m unittest"),
        row_from("check", "pytest check (2 tests), sandboxed", data, "check-pytest",
                 "< 1.2x", lambda r: r.ratio < 1.2, "python3 -m pytest"),
        # The first Check after Dojo starts: nothing was started ahead.
        row_from("check", "io check, nothing started ahead", data, "check-io-cold",
                 anchor_label="python3 main.py"),
        row_from("check", "unittest check, nothing started ahead", data,
                 "check-unittest-cold", anchor_label="python3 -m unittest"),
        row_from("check", "pytest check, nothing started ahead", data,
                 "check-pytest-cold", anchor_label="python3 -m pytest"),
    ]


def bench_typecheck(ctx):
    """The type check of a 200-line file: cold and warm (issue 18's goals)."""
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               DOJO_PYTHON=ctx.python, BENCH_RUNS=str(ctx.runs))
    data = run_program([ctx.exe("bench", "bench-typecheck")], ctx.out("typecheck.log"), env)
    return [
        row_from("typecheck", "200-line file, new type checker, no cache", data,
                 "typecheck-200-cold", "< 1000 ms", lambda r: r.median < 1000),
        row_from("typecheck", "200-line file, new type checker, mypy cache kept", data,
                 "typecheck-200-cold-cached", "< 1000 ms", lambda r: r.median < 1000),
        row_from("typecheck", "200-line file, one line edited (warm)", data,
                 "typecheck-200-warm", "< 200 ms", lambda r: r.median < 200),
        row_from("typecheck", "type-check Check, mypy cache kept", data,
                 "typecheck-200-check-cached", "< 1000 ms", lambda r: r.median < 1000),
        row_from("typecheck", "type-check Check, no cache", data,
                 "typecheck-200-check-uncached", "shown"),
    ]


def bench_debug(ctx):
    """The debugger: a loop run to its end against the plain run, and a step
    in a frame of 100 variables until it is drawn (a shown window)."""
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               DOJO_PYTHON=ctx.python,
               GSETTINGS_SCHEMA_DIR=os.path.join(ctx.builddir, "data"),
               GSETTINGS_BACKEND="memory")
    data = run_program(with_display([ctx.exe("bench", "bench-debug")]),
                       ctx.out("debug.log"), env)
    return [
        row_from("debug", "100,000-iteration loop under the debugger (Continue), sandboxed",
                 data, "debug-loop", "< 5x", lambda r: r.ratio < 5,
                 "python3 main.py, same sandbox"),
        row_from("debug", "Step Over, 100 variables: editor, variables, picture drawn", data,
                 "debug-step-100", "< 50 ms", lambda r: r.median < 50),
        row_from("debug", "of which the panel (variables and picture) and the frame drawn",
                 data, "debug-step-100-panel", "shown"),
    ]


def bench_editor(ctx):
    """The editor: the longest main-loop stall while typing into a 2,000-line
    file and while switching between 10 tabs (a shown window)."""
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               DOJO_PYTHON=ctx.python, BENCH_RUNS="5",
               GSETTINGS_SCHEMA_DIR=os.path.join(ctx.builddir, "data"),
               GSETTINGS_BACKEND="memory")
    data = run_program(with_display([ctx.exe("bench", "bench-editor")]),
                       ctx.out("editor.log"), env)
    return [
        row_from("editor", "typing 200 keys into a 2,000-line file: longest stall", data,
                 "editor-type-2000", "<= 16 ms", lambda r: r.median <= 16),
        row_from("editor", "of which the first round", data, "editor-type-2000-first", "shown"),
        row_from("editor", "a key until its frame is drawn", data, "editor-type-2000-frame",
                 "shown"),
        row_from("editor", "switching between 10 tabs: longest stall", data, "editor-tabs-10",
                 "<= 16 ms", lambda r: r.median <= 16),
        row_from("editor", "of which the first round", data, "editor-tabs-10-first", "shown"),
        row_from("editor", "a switch until its frame is drawn", data, "editor-tabs-10-frame",
                 "shown"),
    ]


def bench_grade(ctx):
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               DOJO_PYTHON=ctx.python,
               DOJO_PACK=ctx.exe("tools", "dojo-pack", "dojo-pack"))
    data = run_program([ctx.exe("bench", "bench-grade")], ctx.out("grade.log"), env)
    return [
        # Side A extracts each submission (part of grading); side B runs
        # on copies extracted beforehand.
        row_from("grade", "dojo-pack grade, 30 submissions x 10 exercises, sandboxed", data,
                 "grade-30x10", "< 2x", lambda r: r.ratio < 2,
                 "their 300 tests bare (python3)"),
    ]


def bench_packs(ctx):
    # GLib before 2.76 hands small blocks out of its slice allocator, whose
    # cost per block grows with the number of live blocks (a 50,000-item
    # index holds millions: JSON nodes, their hash tables, GObjects); 2.76
    # made it plain malloc, and so is the Flatpak runtime's GLib, which is
    # the one learners run. Both are measured; linearity is Dojo's goal, so
    # it is judged on malloc, and the slice figure is shown beside it.
    rows = []
    for label, env in [("", None),
                       (" (GLib slices off, as GLib >= 2.76)",
                        dict(os.environ, G_SLICE="always-malloc"))]:
        log_name = "packs.log" if env is None else "packs-malloc.log"
        data = run_program([ctx.exe("bench", "bench-pack-load")], ctx.out(log_name), env)
        if env is None:
            rows.append(row_from("packs", "pack index load, 500 items", data, "pack-load-500"))
        rows.append(row_from("packs", f"pack index load, 5,000 items{label}", data,
                             "pack-load-5000", "< 100 ms", lambda r: r.median < 100))
        big = row_from("packs", f"pack index load, 50,000 items{label}", data,
                       "pack-load-50000")
        if "pack-load-5000" in data and big.median is not None:
            # linear: 50,000 items cost 10x 5,000, give or take half
            big.anchor = "10x the 5,000-item load"
            big.anchor_median = 10 * data["pack-load-5000"]["median_ms"]
            if env is None:
                big.goal = "shown"
            else:
                big.goal = "linear (<= 1.5x)"
                big.goal_ok = big.ratio <= 1.5
        rows.append(big)
    return rows


def bench_lessons(ctx):
    env = dict(os.environ, DOJO_CONTENT_DIR=os.path.join(SRCDIR, "content"))
    data = run_program(with_display([ctx.exe("bench", "bench-markdown")]),
                       ctx.out("lessons.log"), env)
    longest = "longest lesson of python-roadmap"
    m = re.search(r"^longest: (\S+)\s+([\d.]+) KB", open(ctx.out("lessons.log")).read(), re.M)
    if m:
        longest += f" ({m.group(1)}, {m.group(2)} KB)"
    return [
        row_from("lessons", longest, data, "lesson-longest", "< 30 ms",
                 lambda r: r.median < 30),
        row_from("lessons", "40 KB generated lesson", data, "lesson-40kb", "< 60 ms",
                 lambda r: r.median < 60),
    ]


def bench_git(ctx):
    data = run_program([ctx.exe("bench", "bench-git")], ctx.out("git.log"))
    le1 = lambda r: r.ratio <= 1.0  # noqa: E731
    return [
        row_from("git", "git status, clean, 2,000 files", data, "git-status-clean-2000",
                 "<= 1.0x", le1, "git status --porcelain"),
        row_from("git", "git status, 20 changed, 2,000 files", data, "git-status-changed-2000",
                 "<= 1.0x", le1, "git status --porcelain"),
        row_from("git", "git commit, 20 changed, 2,000 files", data, "git-commit-2000",
                 "<= 1.0x", le1, "git add -A && git commit"),
        row_from("git", "is_ignored, every row of a 2,000-file list", data,
                 "git-is-ignored-2000", "shown", None, "git check-ignore --stdin"),
        row_from("git", "keep work, 20 changed, 2,000 files", data, "git-keep-work-2000",
                 "shown", None, "add -A to a copied index, commit-tree, branch"),
        row_from("git", "git status, clean, 20,000 files", data, "git-status-clean-20000",
                 "shown", None, "git status --porcelain"),
        row_from("git", "git status, 20 changed, 20,000 files", data,
                 "git-status-changed-20000", "shown", None, "git status --porcelain"),
    ] + bench_git_ui(ctx)


def bench_git_ui(ctx):
    """The window on a 20,000-file project: time to show, and the longest stall."""
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(ctx.builddir, "data"),
               GSETTINGS_BACKEND="memory")
    data = run_program(with_display([ctx.exe("bench", "bench-git-ui")]),
                       ctx.out("git-ui.log"), env)
    rows = []
    for name, what in [("git-ui-20000-changed-button", "20,000 files, 20 changed: header button"),
                       ("git-ui-20000-changed-dialog", "20,000 files, 20 changed: commit dialog"),
                       ("git-ui-20000-new-button", "20,000 new files: header button"),
                       ("git-ui-20000-new-dialog", "20,000 new files: commit dialog")]:
        rows.append(row_from("git", f"{what} shows its result", data, f"{name}-time",
                             "shown"))
        # responsive: the window never stops reacting for longer than 100 ms
        rows.append(row_from("git", f"{what}: longest stall of the window", data,
                             f"{name}-stall", "<= 100 ms", lambda r: r.median <= 100))
    return rows


def bench_live(ctx):
    """The live type underline: last key -> underline on screen, warm."""
    env = dict(os.environ, DOJO_HARNESS_DIR=os.path.join(SRCDIR, "data", "harness"),
               BENCH_RUNS=str(ctx.runs))
    data = run_program(with_display([ctx.exe("bench", "bench-live-types")]),
                       ctx.out("live.log"), env)
    return [
        row_from("live", "type error: last key -> underline on screen (warm)", data,
                 "live-type-underline", "< 700 ms", lambda r: r.median < 700,
                 "one key -> drawn"),
        row_from("live", "of which until the type error is known", data,
                 "live-type-underline-known", "shown"),
        row_from("live", "longest stall of the window meanwhile", data,
                 "live-type-underline-stall", "<= 100 ms", lambda r: r.median <= 100),
        row_from("live", "first check, the type checker starting", data,
                 "live-type-underline-cold", "shown"),
    ]


# ---------------------------------------------------------------- startup

def longest_lesson_id():
    """The id of the built-in course's longest lesson (the seeded "last item")."""
    root = os.path.join(SRCDIR, "content", "python-roadmap")
    with open(os.path.join(root, "manifest.json")) as f:
        manifest = json.load(f)
    best, best_size = None, -1
    for phase in manifest["phases"]:
        for item in phase["items"]:
            if item.get("type") != "lesson":
                continue
            try:
                size = os.path.getsize(os.path.join(root, item["path"]))
            except OSError:
                continue
            if size > best_size:
                best, best_size = item["id"], size
    return best


def baseline_command(builddir):
    """The startup command of the Dojo built in BUILDDIR, with its own data."""
    info = os.path.join(builddir, "meson-info", "meson-info.json")
    with open(info) as f:
        srcdir = json.load(f)["directories"]["source"]
    dojo = os.path.join(builddir, "src", "dojo")
    if not os.access(dojo, os.X_OK):
        raise RuntimeError(f"{dojo} is not built (meson compile -C {builddir})")
    return ("env DOJO_BENCH_TIMING=1"
            f" GSETTINGS_SCHEMA_DIR={os.path.join(builddir, 'data')}"
            f" DOJO_HARNESS_DIR={os.path.join(srcdir, 'data', 'harness')}"
            f" DOJO_CONTENT_DIR={os.path.join(srcdir, 'content')}"
            f" {dojo}")


def link(target, path):
    if os.path.islink(path):
        if os.readlink(path) == target:
            return
        os.unlink(path)
    os.symlink(target, path)


def make_mirror(ctx):
    """BUILDDIR/startup-bench: links to the harness, real folders for its output."""
    h = ctx.harness
    m = os.path.join(ctx.builddir, "startup-bench")
    for sub in ["minimal", "pyfloor", "seeds"]:
        os.makedirs(os.path.join(m, sub), exist_ok=True)
    for name in HARNESS_FILES:
        link(os.path.join(h, name), os.path.join(m, name))
    for sub in ["minimal", "pyfloor"]:
        for name in os.listdir(os.path.join(h, sub)):
            link(os.path.join(h, sub, name), os.path.join(m, sub, name))
    for name in os.listdir(os.path.join(h, "seeds")):
        link(os.path.join(h, "seeds", name), os.path.join(m, "seeds", name))

    for r, _, _ in RENDERERS:
        link("dojo", os.path.join(m, "seeds", f"dojo-{r}"))
    link("dojo", os.path.join(m, "seeds", "dojo-base"))
    if ctx.baseline:
        make_project_seed(os.path.join(m, "seeds", "dojo-project"))
        link("dojo-project", os.path.join(m, "seeds", "dojo-base-project"))
    return m, make_seed(os.path.join(m, "seeds", "dojo"))


def make_seed(home):
    """A HOME whose progress has the longest lesson as the last item; returns its id."""
    # Continue opens a real lesson (rendered) with its main.py in the editor.
    lesson = longest_lesson_id()
    seed = os.path.join(home, ".local", "share", "dojo")
    os.makedirs(seed, exist_ok=True)
    progress = {"format": 1, "items": {}, "last_items": {BUILTIN_PACK: lesson}}
    with open(os.path.join(seed, "progress.json"), "w") as f:
        json.dump(progress, f, indent=2)
    # A returning learner: the lesson's project folder exists (main.py, a git
    # repository, as dojo_project_ensure() leaves it). Without it, the first
    # open of an item also pays `git init` (see docs/benchmarks.md).
    project = os.path.join(seed, "projects", BUILTIN_PACK, lesson)
    if not os.path.isdir(os.path.join(project, ".git")):
        os.makedirs(project, exist_ok=True)
        with open(os.path.join(project, "main.py"), "w") as f:
            f.write("# Type the lesson's examples here, then press Run (F5).\n")
        with open(os.path.join(project, ".gitignore"), "w") as f:
            f.write("__pycache__/\n*.pyc\n")
        subprocess.run(["git", "init", "-q", project], check=True)
    return lesson


PROJECT_ITEM = "project-1-todo-cli"


def make_project_seed(home):
    """A HOME that resumes Project 1, a project of three files, as a learner
    who already worked on it: its folder holds the starter files."""
    seed = os.path.join(home, ".local", "share", "dojo")
    os.makedirs(seed, exist_ok=True)
    progress = {"format": 1, "items": {}, "last_items": {BUILTIN_PACK: PROJECT_ITEM}}
    with open(os.path.join(seed, "progress.json"), "w") as f:
        json.dump(progress, f, indent=2)
    project = os.path.join(seed, "projects", BUILTIN_PACK, PROJECT_ITEM)
    if not os.path.isdir(os.path.join(project, ".git")):
        starter = os.path.join(SRCDIR, "content", "python-roadmap", "projects", "cli-tool",
                               "starter")
        shutil.copytree(starter, project, dirs_exist_ok=True)
        subprocess.run(["git", "init", "-q", project], check=True)


def read_runs(path):
    rows = []
    with open(path) as f:
        for line in f:
            kv = dict(tok.split("=", 1) for tok in line.split() if "=" in tok)
            if kv and kv.get("warmup") != "1":
                rows.append(kv)
    return rows


def stats(rows, label, key, div=1.0):
    vals = []
    for r in rows:
        if r.get("label") != label:
            continue
        try:
            v = float(r.get(key, "-1"))
        except ValueError:
            continue
        if v >= 0:
            vals.append(v / div)
    if not vals:
        return None
    return statistics.median(vals), min(vals), max(vals)


def gtk_minor():
    try:
        out = subprocess.run(["pkg-config", "--modversion", "gtk4"], capture_output=True,
                             text=True, check=True).stdout
        return int(out.split(".")[1])
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError):
        return 8


# label, human name, the environment that makes a GTK app draw that way.
# "cairo" is what Dojo does by itself on a machine without a GPU
# (src/ui/dojo-renderer.c): GL turned off altogether, so that GTK does not
# even load EGL and llvmpipe; GSK_RENDERER=cairo alone still loads them.
RENDERERS = [
    ("cairo", "cairo", "GDK_DISABLE=gl,vulkan" if gtk_minor() >= 16 else "GDK_DEBUG=gl-disable"),
    ("gl", "GL", "GSK_RENDERER=gl"),
]


def bench_startup(ctx):
    """Startup on each renderer: Dojo, the floor and the GTK anchors all draw
    with cairo in one set of rows and all with GL in the other, in one
    interleaved run; Thonny (Tk) and Mu (Qt) draw their own way and stand
    beside both."""
    mirror, lesson = make_mirror(ctx)
    dojo = ctx.exe("src", "dojo")
    dojo_cmd = ("env DOJO_BENCH_TIMING=1"
                f" GSETTINGS_SCHEMA_DIR={os.path.join(ctx.builddir, 'data')}"
                f" DOJO_HARNESS_DIR={os.path.join(SRCDIR, 'data', 'harness')}"
                f" DOJO_CONTENT_DIR={os.path.join(SRCDIR, 'content')}"
                f" {dojo}")
    floor = os.path.join(mirror, "minimal", "build", FLOOR)

    def with_renderer(cmd, r):
        var = next(v for x, _, v in RENDERERS if x == r)
        if cmd.startswith("env "):
            return cmd.replace("env ", f"env {var} ", 1)
        return f"env {var} {cmd}"

    # Without a GPU Dojo itself turns GL off (src/ui/dojo-renderer.c); a
    # learner with a GPU gets GL. These variables are the choice every GTK
    # app (Dojo included) follows, so each row below is one renderer.
    specs = []
    for r, _, _ in RENDERERS:
        specs.append(f"dojo-{r}={with_renderer(dojo_cmd, r)}")
        specs.append(f"{FLOOR}-{r}={with_renderer(floor, r)}")
    if ctx.baseline:
        specs.append(f"dojo-base={baseline_command(ctx.baseline)}")
        specs.append(f"dojo-project={dojo_cmd}")
        specs.append(f"dojo-base-project={baseline_command(ctx.baseline)}")
    missing = []
    for label, cmd, name, gtk in ANCHORS:
        if not shutil.which(cmd):
            missing.append((label, cmd, name))
        elif gtk:
            for r, _, _ in RENDERERS:
                specs.append(f"{label}-{r}={with_renderer(cmd, r)}")
        else:
            specs.append(f"{label}={cmd}")

    argv = [os.path.join(mirror, "compare.sh"), "-n", str(ctx.runs)] + specs
    log("$ " + " ".join(argv))
    logpath = ctx.out("startup.log")
    with open(logpath, "w") as f:
        p = subprocess.run(argv, stdout=f, stderr=subprocess.STDOUT, text=True,
                           cwd=mirror, timeout=3600)
    text = open(logpath).read()
    m = re.search(r"results in (\S+)", text)
    if p.returncode != 0 or not m:
        raise RuntimeError(f"compare.sh failed (see {logpath})")
    results = m.group(1)
    shutil.copy(os.path.join(results, "runs.txt"), ctx.out("startup-runs.txt"))
    rows_raw = read_runs(os.path.join(results, "runs.txt"))
    log(open(os.path.join(results, "summary.md")).read())

    # status check: Dojo must have shown its window every time
    bad = [r for r in rows_raw
           if r.get("label", "").startswith("dojo-") and r.get("status") != "ok"]
    if bad:
        log(f"warning: {len(bad)} Dojo run(s) did not end ok: "
            + ", ".join(r.get("status", "?") for r in bad))

    def row(figure, d, f, anchor, goal=None, check=None, unit="ms"):
        if d is None:
            return Row("startup", figure, note="no figure")
        r = Row("startup", figure, *d, unit=unit, anchor=anchor,
                anchor_median=f[0] if f else None, goal=goal)
        if check and r.ratio is not None:
            r.goal_ok = check(r.ratio)
        return r

    rows = []
    what = f"startup, last lesson ({lesson})"
    for r, rname, _ in RENDERERS:
        dojo_l, floor_l = f"dojo-{r}", f"{FLOOR}-{r}"
        floor_name = f"floor ({FLOOR}), {rname}"
        dp, fp = stats(rows_raw, dojo_l, "paint_ms"), stats(rows_raw, floor_l, "paint_ms")
        dm, fm = stats(rows_raw, dojo_l, "map_ms"), stats(rows_raw, floor_l, "map_ms")
        dr, fr = stats(rows_raw, dojo_l, "hwm_kb", 1024), stats(rows_raw, floor_l, "hwm_kb", 1024)
        rows.append(row(f"{what}, {rname}: window mapped", dm, fm, floor_name))
        rows.append(row(f"{what}, {rname}: first frame", dp, fp, floor_name, "<= 1.15x",
                        lambda x: x <= 1.15))
        for label, cmd, name, gtk in ANCHORS:
            anchor = f"{name} ({cmd})" + (f", {rname}" if gtk else ", its own toolkit")
            if any(label == x[0] for x in missing):
                rows.append(Row("startup", f"startup, {rname}: first frame", anchor=anchor,
                                goal="< 1.0x", note=f"{cmd} not installed"))
                continue
            ap = stats(rows_raw, f"{label}-{r}" if gtk else label, "paint_ms")
            rows.append(row(f"startup, {rname}: first frame", dp, ap, anchor, "< 1.0x",
                            lambda x: x < 1.0))
        rows.append(row(f"startup, {rname}: peak RSS (VmHWM)", dr, fr, floor_name, "<= 1.15x",
                        lambda x: x <= 1.15, unit="MB"))
        for label, cmd, name, gtk in ANCHORS:
            if not any(label == x[0] for x in missing):
                ar = stats(rows_raw, f"{label}-{r}" if gtk else label, "hwm_kb", 1024)
                anchor = f"{name} ({cmd})" + (f", {rname}" if gtk else ", its own toolkit")
                rows.append(row(f"startup, {rname}: peak RSS (VmHWM)", dr, ar, anchor,
                                unit="MB"))

    if ctx.baseline:
        dm, dp = stats(rows_raw, "dojo-cairo", "map_ms"), stats(rows_raw, "dojo-cairo", "paint_ms")
        dr = stats(rows_raw, "dojo-cairo", "hwm_kb", 1024)
        bm, bp = stats(rows_raw, "dojo-base", "map_ms"), stats(rows_raw, "dojo-base", "paint_ms")
        br = stats(rows_raw, "dojo-base", "hwm_kb", 1024)
        base = f"baseline ({ctx.baseline_name}), as it picks its renderer"
        rows.append(row(f"{what}: window mapped", dm, bm, base))
        rows.append(row(f"{what}: first frame", dp, bp, base, "<= 1.05x",
                        lambda x: x <= 1.05))
        rows.append(row(f"{what}: peak RSS (VmHWM)", dr, br, base, unit="MB"))
        pp = stats(rows_raw, "dojo-project", "paint_ms")
        bpp = stats(rows_raw, "dojo-base-project", "paint_ms")
        rows.append(row(f"startup, resuming {PROJECT_ITEM} (three files; the baseline opens "
                        "its main file only): first frame", pp, bpp, base, "shown"))

    # The renderer each app reported: a row that compared two renderers
    # would be a bug of this benchmark.
    labels = list(dict.fromkeys(r.get("label") for r in rows_raw))
    marks = []
    for label in labels:
        keys = list(dict.fromkeys(k for r in rows_raw if r.get("label") == label
                                  for k in r if k.startswith("mark_")))
        renderers = sorted({r["mark_renderer"] for r in rows_raw
                            if r.get("label") == label and "mark_renderer" in r})
        for rr, _, _ in RENDERERS:
            if label.endswith(f"-{rr}") and renderers and \
                    any(rr not in x.lower() for x in renderers):
                raise RuntimeError(f"{label} drew with {'/'.join(renderers)}, not {rr}")
        parts = [f"renderer {'/'.join(renderers)}"] if renderers else []
        for k in keys:
            st = stats(rows_raw, label, k)
            if st:
                parts.append(f"{k[5:]} {st[0]:.0f}")
        if parts:
            marks.append(f"  {label}: " + ", ".join(parts))
    ctx.notes.append("Milestones reported by the apps (median ms since fork):\n" + "\n".join(marks))
    if missing:
        ctx.notes.append("Anchors not installed (skipped, not a failure; "
                         "`make bench BENCH_INSTALL_ANCHORS=1` installs them): "
                         + ", ".join(f"{n} ({c})" for _, c, n in missing))
    return rows


# ---------------------------------------------------------------- drawing

def bench_drawing(ctx):
    """CPU that typing and scrolling cost Dojo as it draws here, and with GL forced."""
    for tool in ["xvfb-run", "dbus-run-session", "xdotool"]:
        if not shutil.which(tool):
            raise RuntimeError(f"{tool} is not installed (make deps)")
    seed = os.path.join(ctx.builddir, "bench-seed")
    make_seed(seed)
    dojo = ctx.exe("src", "dojo")
    script = os.path.join(SRCDIR, "bench", "drawing-run.sh")
    env = [f"GSETTINGS_SCHEMA_DIR={os.path.join(ctx.builddir, 'data')}",
           f"DOJO_HARNESS_DIR={os.path.join(SRCDIR, 'data', 'harness')}",
           f"DOJO_CONTENT_DIR={os.path.join(SRCDIR, 'content')}", "LANG=C.UTF-8"]
    modes = [("dojo", []), ("dojo-gl", ["GSK_RENDERER=gl"])]
    runs = max(3, min(ctx.runs, 5))
    found = {label: [] for label, _ in modes}
    logpath = ctx.out("drawing.log")
    with open(logpath, "w") as logf:
        for i in range(runs):
            for label, extra in modes:  # interleaved, as the startup runs are
                home = tempfile.mkdtemp(prefix="dojo-drawing-")
                try:
                    shutil.copytree(seed, home, dirs_exist_ok=True, symlinks=True)
                    gtk = os.path.join(home, ".config", "gtk-4.0")
                    os.makedirs(gtk)
                    with open(os.path.join(gtk, "settings.ini"), "w") as f:
                        f.write("[Settings]\ngtk-cursor-blink=false\n")
                    argv = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
                            "dbus-run-session", "--", script, dojo, home] + env + extra
                    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                       text=True, timeout=120)
                    logf.write(f"# {label} run {i + 1}\n{p.stdout}\n")
                    m = re.search(r"^DRAWING (.*)$", p.stdout, re.M)
                    if p.returncode != 0 or not m:
                        raise RuntimeError(f"drawing run failed (see {logpath})")
                    found[label].append({k: float(v) for k, v in
                                         (t.split("=") for t in m.group(1).split())})
                finally:
                    shutil.rmtree(home, ignore_errors=True)

    def figures(label, key):
        vals = [r[key] for r in found[label]]
        return statistics.median(vals), min(vals), max(vals)

    rows = []
    for key, figure in [("typing_cpu_ms", "typing 400 characters into the editor: CPU"),
                        ("scroll_cpu_ms", "scrolling the lesson 40 steps: CPU")]:
        d, g = figures("dojo", key), figures("dojo-gl", key)
        rows.append(Row("drawing", figure, *d, anchor="same, GL forced (GSK_RENDERER=gl)",
                        anchor_median=g[0], goal="shown"))
    ctx.notes.append(f"Drawing: {runs} runs of each, interleaved; CPU of the Dojo process "
                     "(all threads) while xdotool types and scrolls; typing wall time "
                     f"{figures('dojo', 'typing_wall_ms')[0]:.0f} ms (Dojo) and "
                     f"{figures('dojo-gl', 'typing_wall_ms')[0]:.0f} ms (GL forced).")
    return rows


# ---------------------------------------------------------------- main

class Context:
    def __init__(self, args):
        self.builddir = os.path.abspath(args.builddir)
        self.runs = args.runs
        self.python = args.python
        self.harness = os.path.abspath(args.harness)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        self.outdir = os.path.join(self.builddir, "bench-results", stamp)
        os.makedirs(self.outdir, exist_ok=True)
        self.notes = []
        self.baseline = os.path.abspath(args.baseline) if args.baseline else None
        self.baseline_name = baseline_name(self.baseline) if self.baseline else None

    def exe(self, *parts):
        path = os.path.join(self.builddir, *parts)
        if not os.access(path, os.X_OK):
            raise RuntimeError(f"{path} is not built (meson compile -C {self.builddir})")
        return path

    def out(self, name):
        return os.path.join(self.outdir, name)


def baseline_name(builddir):
    """What the baseline build is: its commit, if its source is a git checkout."""
    try:
        with open(os.path.join(builddir, "meson-info", "meson-info.json")) as f:
            srcdir = json.load(f)["directories"]["source"]
        out = subprocess.run(["git", "-C", srcdir, "log", "-1", "--format=%h"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, KeyError, ValueError, subprocess.CalledProcessError):
        return builddir


def machine():
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--builddir", default=os.environ.get("BUILDDIR", os.path.join(SRCDIR, "build")))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "7")),
                    help="measured startup runs per command (default 7)")
    ap.add_argument("--only", default=os.environ.get("BENCH_ONLY", ""),
                    help="comma-separated sections: " + ",".join(SECTIONS))
    ap.add_argument("--harness", default=os.environ.get(
        "BENCH_HARNESS", os.path.join(SRCDIR, "..", "shared", "startup-bench")))
    ap.add_argument("--python", default=os.environ.get(
        "DOJO_PYTHON", "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else "python3"))
    ap.add_argument("--baseline", default=os.environ.get("BENCH_BASELINE") or None,
                    help="build dir of another checkout of Dojo, measured in the same startup run")
    args = ap.parse_args()
    only = [s for s in args.only.split(",") if s] or SECTIONS
    for s in only:
        if s not in SECTIONS:
            ap.error(f"unknown section {s}")
    ctx = Context(args)

    funcs = {"startup": bench_startup, "drawing": bench_drawing, "check": bench_check,
             "typecheck": bench_typecheck, "debug": bench_debug, "editor": bench_editor,
             "grade": bench_grade, "packs": bench_packs,
             "lessons": bench_lessons, "git": bench_git, "live": bench_live}
    rows, failed = [], []
    for s in SECTIONS:
        if s not in only:
            continue
        if s == "startup" and not os.path.isfile(os.path.join(ctx.harness, "compare.sh")):
            rows.append(Row("startup", "startup", note=f"harness not found: {ctx.harness}"))
            failed.append(s)
            continue
        log(f"== {s}")
        try:
            rows += funcs[s](ctx)
        except (RuntimeError, subprocess.TimeoutExpired, OSError) as e:
            log(f"{s}: {e}")
            rows.append(Row(s, s, note=f"FAILED: {e}"))
            failed.append(s)

    header = (f"Dojo benchmarks, {datetime.datetime.now():%Y-%m-%d %H:%M}, {machine()}; "
              f"startup: Xvfb (llvmpipe), {ctx.runs} runs per command, interleaved; "
              f"python {ctx.python}")
    table = render_table(rows)
    text = header + "\n\n" + table + "\n"
    if ctx.notes:
        text += "\n" + "\n\n".join(ctx.notes) + "\n"
    with open(ctx.out("table.md"), "w") as f:
        f.write(text)
    print()
    print(text)
    print(f"(raw output in {ctx.outdir})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
