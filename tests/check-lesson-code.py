#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Type-check the Python examples of a pack's lessons, as the course checks
the learner's code.

Every fenced code block whose info string starts with `python` (or `py`,
`python3`, `pycon`, or has no info string: the lesson pane highlights those
as Python too) is code a learner reads and types. The blocks of one lesson
file are checked in order as one module, because a lesson builds on its
earlier blocks: `print(fruits[0])` uses the `fruits` of the block before.

- An interactive session (a block with `>>> ` lines) contributes only the
  code after the `>>> ` and `... ` prompts; the lines Python printed are
  not code.
- A block whose first line is indented adds methods to the class the lesson
  defined last ("Add `__repr__`:" followed by just the new method); it is
  placed at the end of that class.
- A `question` block (a question the lesson asks, docs/pack-format.md) is
  not Python itself; the `code` of a predict-output question in it, and the
  `code` and `solution` of a try-code question, are each type-checked on
  their own, as a quiz question's code is (tests/check-course-types.py),
  and their problems are reported at the line of the member.
- A block marked `wrong` in its info string (```` ```python wrong ````) shows
  a mistake on purpose. It is checked on top of the blocks before it and
  must really fail: the type checker reports an error on one of its lines,
  or it does not compile, or, run on its own, Python stops with an error
  that the lesson names next to the block (in its text since the previous
  Python block, or up to the next one). It is left out of the module, so
  later blocks do not build on it.

The type checker's options are the course's (`annotated` mode of
data/harness/dojo_typecheck.py when that module is there). Problems are
reported as `lesson.md:LINE:COLUMN: message`, LINE being the line in the
Markdown file. Translated lessons (i18n/LANG/...) must keep the English
lesson's code blocks: the same blocks with the same marks and the same code,
only comments may differ.

Usage: check-lesson-code.py --mypy MYPY [--harness DIR] [--expect FILE] PACK_DIR
Exit status 0 when every example passes, 1 otherwise. With --expect, the
pack is a test fixture full of mistakes, and the exit status is 0 when the
problems found are exactly the ones FILE lists, one a line:
`PATH:LINE: TEXT`, PATH relative to the pack, TEXT a part of the message.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
from dataclasses import dataclass, field

PYTHON_WORDS = ("python", "python3", "py", "pycon")
MARKS = ("wrong",)

# Contract T's `annotated` mode, for a tree without dojo_typecheck.py.
FALLBACK_FLAGS = [
    "--config-file=", "--python-version", "3.10",
    "--no-site-packages", "--ignore-missing-imports",
    "--show-column-numbers", "--show-error-codes", "--no-color-output",
    "--no-error-summary", "--no-pretty",
    "--disallow-untyped-defs", "--disallow-incomplete-defs",
    "--check-untyped-defs", "--strict-equality",
]

# path:line[:col[:end_line:end_col]]: severity: message
MYPY_LINE = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+):(?:(?P<col>\d+):)?(?:\d+:\d+:)?"
    r" (?P<severity>error|note): (?P<message>.*)$")
# The last line of a traceback: the error's name, then its text.
EXCEPTION_LINE = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_.]*)(?::|$)")
RUN_TIMEOUT = 10


@dataclass
class Block:
    """One fenced Python block of a lesson."""

    path: str
    info: str
    first_line: int               # line in the Markdown of the block's first line
    lines: list[str]              # the code, prompts removed
    origins: list[int]            # Markdown line of each code line
    marks: list[str] = field(default_factory=list)
    before: str = ""              # the lesson's text since the previous Python block
    after: str = ""               # the lesson's text up to the next Python block


@dataclass
class Module:
    """Source assembled from blocks, with the Markdown line of each line."""

    lines: list[str] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)

    def copy(self) -> Module:
        return Module(list(self.lines), list(self.origins))

    def append(self, block: Block) -> None:
        if self.lines:
            self.lines.append("")
            self.origins.append(block.first_line)
        self.lines.extend(block.lines)
        self.origins.extend(block.origins)

    def insert(self, index: int, block: Block) -> None:
        self.lines[index:index] = [""] + block.lines
        self.origins[index:index] = [block.first_line] + block.origins

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Problem:
    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{os.path.relpath(self.path)}:{self.line}:{self.col}: {self.message}"


def is_python(info: str) -> bool:
    words = info.split()
    return not words or words[0].lower() in PYTHON_WORDS


def strip_session(lines: list[str], first_line: int) -> tuple[list[str], list[int]]:
    """Keeps the code of an interactive session: what follows the prompts."""
    if not any(line.startswith(">>>") for line in lines):
        return lines, [first_line + i for i in range(len(lines))]
    code: list[str] = []
    origins: list[int] = []
    for i, line in enumerate(lines):
        for prompt in (">>> ", "... "):
            if line.startswith(prompt) or line == prompt.rstrip():
                code.append(line[len(prompt):])
                origins.append(first_line + i)
                break
    return code, origins


def read_blocks(path: str) -> list[Block]:
    """The lesson's Python blocks, each with the text that follows it."""
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    blocks: list[Block] = []
    prose: list[str] = []
    fence = ""
    info = ""
    start = 0
    body: list[str] = []
    for number, line in enumerate(text, 1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if not fence:
            match = re.match(r"(`{3,}|~{3,})(.*)$", stripped)
            if indent <= 3 and match and not (match.group(1)[0] == "`"
                                              and "`" in match.group(2)):
                fence = match.group(1)
                info = match.group(2).strip()
                start = number + 1
                body = []
            else:
                prose.append(line)
            continue
        if (indent <= 3 and stripped.startswith(fence)
                and stripped.rstrip() == fence[0] * len(stripped.rstrip())):
            if is_python(info):
                if blocks:
                    blocks[-1].after = "\n".join(prose)
                code, origins = strip_session(body, start)
                blocks.append(Block(path, info, start, code, origins,
                                    info.split()[1:], "\n".join(prose)))
                prose = []
            else:
                prose.extend(body)
            fence = ""
            continue
        body.append(line)
    if blocks:
        blocks[-1].after = "\n".join(prose)
    return blocks


def read_questions(path: str) -> list[tuple[int, str]]:
    """The code of the lesson's `question` blocks, each with the Markdown
    line of its "code" member. A block that is not JSON is left to
    `dojo-pack validate`, which reports it."""
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    found: list[tuple[int, str]] = []
    fence = ""
    start = 0
    body: list[str] = []
    for number, line in enumerate(text, 1):
        stripped = line.lstrip(" ")
        if not fence:
            match = re.match(r"(`{3,}|~{3,})\s*question\s*$", stripped)
            if match and len(line) - len(stripped) <= 3:
                fence = match.group(1)
                start = number + 1
                body = []
            continue
        if stripped.rstrip() == fence[0] * len(stripped.rstrip()) and \
                len(stripped.rstrip()) >= len(fence):
            fence = ""
            try:
                question = json.loads("\n".join(body))
            except ValueError:
                continue
            if not isinstance(question, dict):
                continue
            # a try-code question's solution is a program too, and so is
            # the code its card starts with
            for member in ("code", "solution"):
                code = question.get(member)
                if isinstance(code, str) and code:
                    line_of_code = next((start + i for i, row in enumerate(body)
                                         if f'"{member}"' in row), start)
                    found.append((line_of_code, code))
            continue
        body.append(line)
    return found


def last_class_end(module: Module) -> int | None:
    """Index just after the last top-level class of @module, if any."""
    try:
        tree = ast.parse(module.text())
    except SyntaxError:
        return None
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    if not classes or classes[-1].end_lineno is None:
        return None
    return classes[-1].end_lineno


def load_flags(harness: str | None) -> list[str]:
    """The course's mypy options: dojo_typecheck's when it is there."""
    if harness:
        path = os.path.join(harness, "dojo_typecheck.py")
        if os.path.exists(path):
            spec = importlib.util.spec_from_file_location("dojo_typecheck", path)
            if spec is not None and spec.loader is not None:
                module = importlib.util.module_from_spec(spec)
                sys.modules["dojo_typecheck"] = module
                spec.loader.exec_module(module)
                flags = module.mypy_flags("annotated")
                return [str(flag) for flag in flags]
    return list(FALLBACK_FLAGS)


class Checker:
    def __init__(self, mypy: str, flags: list[str]) -> None:
        self.mypy = mypy
        self.flags = flags
        self.problems: list[Problem] = []
        self.workdir = tempfile.mkdtemp(prefix="lesson-code-")
        # file name -> (lesson path, line origins, the block marked wrong or None)
        self.files: dict[str, tuple[str, list[int], Block | None]] = {}
        self.wrong_failed: set[str] = set()

    def report(self, path: str, line: int, col: int, message: str) -> None:
        self.problems.append(Problem(path, line, col, message))

    def compiles(self, module: Module, path: str, wrong: Block | None) -> bool:
        """Whether Python can read @module; reports where it cannot, unless
        that is in the block marked wrong (which then rightly fails)."""
        try:
            compile(module.text(), path, "exec", dont_inherit=True)
        except SyntaxError as error:
            line = error.lineno or 1
            origin = module.origins[min(line, len(module.origins)) - 1]
            if wrong is None or origin not in wrong.origins:
                self.report(path, origin, error.offset or 1,
                            "error: Python cannot read this: "
                            + re.sub(r" \(detected at line \d+\)", "", error.msg))
            return False
        return True

    def add_file(self, module: Module, path: str, wrong: Block | None) -> None:
        """Writes @module for mypy."""
        name = f"m{len(self.files):03d}.py"
        with open(os.path.join(self.workdir, name), "w", encoding="utf-8") as f:
            f.write(module.text())
        self.files[name] = (path, module.origins, wrong)

    def add_lesson(self, path: str) -> None:
        module = Module()
        for block in read_blocks(path):
            unknown = [mark for mark in block.marks if mark not in MARKS]
            if unknown:
                self.report(path, block.first_line - 1, 1,
                            f"error: unknown mark '{unknown[0]}' in the info string; "
                            f"known: {', '.join(MARKS)}")
            current = module.copy()
            if block.lines and block.lines[0][:1] in (" ", "\t"):
                end = last_class_end(current)
                if end is None:
                    self.report(path, block.first_line, 1,
                                "error: an indented block adds to a class, "
                                "but no class comes before it")
                    continue
                current.insert(end, block)
            else:
                current.append(block)
            if "wrong" in block.marks:
                # a wrong block that does not compile is rightly marked
                if self.compiles(current, path, block):
                    self.add_file(current, path, block)
            elif self.compiles(current, path, None):
                module = current
            # a block that does not compile is reported and left out
        if module.lines:
            self.add_file(module, path, None)
        # a question's code is a program of its own, as a quiz's is
        for line, code in read_questions(path):
            lines = code.rstrip("\n").split("\n")
            question = Module(lines, [line] * len(lines))
            if self.compiles(question, path, None):
                self.add_file(question, path, None)

    def run_mypy(self) -> None:
        names = sorted(self.files)
        if not names:
            return
        command = [self.mypy, *self.flags, "--cache-dir",
                   os.path.join(self.workdir, ".cache"), *names]
        result = subprocess.run(command, cwd=self.workdir, capture_output=True,
                                text=True, check=False)
        if result.returncode not in (0, 1):
            sys.exit(f"check-lesson-code: mypy failed:\n{result.stderr}{result.stdout}")
        for line in result.stdout.splitlines():
            match = MYPY_LINE.match(line)
            if match is None or match.group("severity") != "error":
                continue
            name = os.path.basename(match.group("file"))
            path, origins, wrong = self.files[name]
            number = int(match.group("line"))
            origin = origins[min(number, len(origins)) - 1]
            col = int(match.group("col") or 1)
            if wrong is not None:
                # a wrong version of an earlier function is not wrong for
                # being a second version
                if (origin in wrong.origins
                        and not match.group("message").endswith("[no-redef]")):
                    self.wrong_failed.add(name)
                continue
            self.report(path, origin, col, "error: " + match.group("message"))

    def check_wrong(self) -> None:
        for name, (path, _, wrong) in sorted(self.files.items()):
            if wrong is None or name in self.wrong_failed:
                continue
            error = self.run_alone(wrong)
            if error is None:
                self.report(path, wrong.first_line - 1, 1,
                            "error: this block is marked 'wrong', but the type "
                            "checker accepts it and it runs without an error")
            elif error not in wrong.before + wrong.after:
                self.report(path, wrong.first_line - 1, 1,
                            f"error: this block is marked 'wrong' and stops with "
                            f"{error}, but the lesson around it does not name {error}")

    def run_alone(self, block: Block) -> str | None:
        """Runs @block on its own; gives the name of the error it stops with."""
        folder = tempfile.mkdtemp(dir=self.workdir)
        with open(os.path.join(folder, "main.py"), "w", encoding="utf-8") as f:
            f.write("\n".join(block.lines) + "\n")
        try:
            result = subprocess.run([sys.executable, "-I", "-S", "main.py"],
                                    cwd=folder, stdin=subprocess.DEVNULL,
                                    capture_output=True, text=True,
                                    timeout=RUN_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            return None
        if result.returncode == 0 or "Traceback" not in result.stderr:
            return None
        last = result.stderr.rstrip().splitlines()[-1]
        match = EXCEPTION_LINE.match(last)
        if match is None or match.group("name") in ("EOFError", "KeyboardInterrupt"):
            return None
        return match.group("name").rsplit(".", 1)[-1]


def code_tokens(block: Block) -> list[tuple[int, str]]:
    """The block's code without comments, to compare translations."""
    source = "\n".join(block.lines) + "\n"
    try:
        tokens = tokenize.generate_tokens(io.StringIO(source).readline)
        return [(token.type, token.string) for token in tokens
                if token.type not in (tokenize.COMMENT, tokenize.NL)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return [(0, line) for line in block.lines]


def compare_translation(checker: Checker, english: str, translated: str) -> None:
    """A translation keeps the English code blocks; only comments may differ."""
    ours = read_blocks(english)
    theirs = read_blocks(translated)
    for i, block in enumerate(theirs):
        if i >= len(ours):
            checker.report(translated, block.first_line, 1,
                           "error: this Python block is not in the English lesson")
            continue
        if block.marks != ours[i].marks:
            checker.report(translated, block.first_line - 1, 1,
                           f"error: the info string differs from the English "
                           f"block's (line {ours[i].first_line - 1}): "
                           f"'{block.info}' here, '{ours[i].info}' there")
        if code_tokens(block) != code_tokens(ours[i]):
            checker.report(translated, block.first_line, 1,
                           f"error: the code differs from the English block at "
                           f"line {ours[i].first_line} (only comments may be "
                           f"translated)")
    if len(theirs) < len(ours):
        checker.report(translated, 1, 1,
                       f"error: {len(ours) - len(theirs)} Python block(s) of the "
                       f"English lesson are missing")


def lesson_files(pack: str) -> list[str]:
    """Every Markdown file of the pack that is a lesson (not an exercise's,
    not a quiz's, not a translation)."""
    found: list[str] = []
    for folder, dirs, files in os.walk(pack):
        relative = os.path.relpath(folder, pack)
        if relative.split(os.sep)[0] in ("exercises", "quizzes", "i18n"):
            dirs[:] = []
            continue
        dirs.sort()
        found.extend(os.path.join(folder, name) for name in sorted(files)
                     if name.endswith(".md"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mypy", required=True, help="the mypy program")
    parser.add_argument("--harness", help="folder of dojo_typecheck.py")
    parser.add_argument("--expect", help="the problems a fixture must give")
    parser.add_argument("pack", help="the pack's folder")
    args = parser.parse_args()

    checker = Checker(args.mypy, load_flags(args.harness))
    lessons = lesson_files(args.pack)
    n_blocks = 0
    n_wrong = 0
    n_questions = 0
    for path in lessons:
        blocks = read_blocks(path)
        n_blocks += len(blocks)
        n_questions += len(read_questions(path))
        n_wrong += sum(1 for block in blocks if "wrong" in block.marks)
        checker.add_lesson(path)
    i18n = os.path.join(args.pack, "i18n")
    if os.path.isdir(i18n):
        for language in sorted(os.listdir(i18n)):
            base = os.path.join(i18n, language)
            for path in lesson_files(base):
                english = os.path.join(args.pack, os.path.relpath(path, base))
                if os.path.exists(english):
                    compare_translation(checker, english, path)
    try:
        checker.run_mypy()
        checker.check_wrong()
    finally:
        shutil.rmtree(checker.workdir, ignore_errors=True)

    for problem in checker.problems:
        print(problem)
    print(f"check-lesson-code: {len(lessons)} lesson(s), {n_blocks} Python blocks "
          f"({n_wrong} marked wrong), {n_questions} question(s) with code, "
          f"{len(checker.problems)} problem(s)")
    if args.expect:
        return compare_expected(checker.problems, args.pack, args.expect)
    return 1 if checker.problems else 0


def compare_expected(problems: list[Problem], pack: str, expect: str) -> int:
    """0 when @problems are exactly those listed in the file @expect."""
    expected: list[tuple[str, int, str]] = []
    with open(expect, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"^([^:#]+):(\d+): (.+)$", line.rstrip("\n"))
            if match:
                expected.append((match.group(1), int(match.group(2)), match.group(3)))
    unmatched = list(expected)
    surprises: list[Problem] = []
    for problem in problems:
        where = os.path.relpath(problem.path, pack)
        for entry in unmatched:
            if entry[0] == where and entry[1] == problem.line and entry[2] in problem.message:
                unmatched.remove(entry)
                break
        else:
            surprises.append(problem)
    for problem in surprises:
        print(f"not expected: {problem}")
    for path, number, text in unmatched:
        print(f"expected but not found: {path}:{number}: {text}")
    return 1 if surprises or unmatched else 0


if __name__ == "__main__":
    sys.exit(main())
