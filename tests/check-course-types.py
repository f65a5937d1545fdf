#!/usr/bin/env python3
# check-course-types.py: the course's own code passes the type check it teaches
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Type-checks all of a pack's own code with the settings of the `type-check`
check kind's `annotated` mode (data/harness/dojo_typecheck.py, mypy_flags):
every exercise's and project's solution, as the prover sets it up (the
starter files, the solution's files over them, the files its solution_steps
write), every given starter file, and the code of every predict-output
question of its quizzes.  A starter that is meant not to type-check yet (it
calls a function the learner writes) is named in UNFINISHED_STARTERS with the
reason and the mypy error codes that show it; it must then fail with those
codes and no other, so that a mark can neither hide a real error nor go
stale.  The same holds for MISTAKE_QUESTIONS, quiz code that shows the
mistake its question is about.

It also asserts the course's rule "type hints always": every exercise and
project from the item that introduces `def` on has a `type-check` check (in
the course's mode) whose files hold every file of the solution that defines
a function, and no exercise before it has one.

Prints TAP, one test per exercise, project and quiz; a failure lists each
error as file:line:column and mypy's message.

    check-course-types.py --mypy MYPY --harness HARNESS_DIR PACK_DIR
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from typing import Any

ROADMAP_ID = 'io.github.pydojo.python-roadmap'

# Why a starter may not type-check yet, and the mypy error codes that says.
CALLS = 'it uses the functions or classes the learner writes'
BODIES = 'the bodies (`...`) are the learner\'s to write'
METHODS = 'it uses the methods the learner adds'
EMPTY_LIST = 'an empty list the learner fills; hints on empty lists come in p2-dicts-sets'

# Starters that are meant to fail the check, and why: the learner finishes
# them.  Everything else the course gives must pass as given, and a starter
# named here must show at least one of its codes and no other.
UNFINISHED_STARTERS: dict[str, tuple[set[str], str]] = {
    'p1-fix-name-error': ({'name-defined'}, 'the misspelt name is the bug the learner fixes'),
    'p2-shopping-list': ({'var-annotated'}, EMPTY_LIST),
    'p2-largest': ({'var-annotated'}, EMPTY_LIST),
    'p2-top-scores': ({'var-annotated'}, EMPTY_LIST),
    'p2-capitalize': ({'index'}, 'changing a letter of a `str` is the bug the learner fixes'),
    'p3-add': ({'name-defined'}, CALLS),
    'p3-greeting': ({'name-defined'}, CALLS),
    'p3-fix-scope': ({'no-untyped-def'}, 'the learner fixes the function and gives it its hints'),
    'p3-fix-types': ({'arg-type', 'return-value'},
                     'the disagreements the type checker finds are what the learner fixes'),
    'p3-average': ({'name-defined'}, CALLS),
    'p3-word-stats': ({'name-defined'}, CALLS),
    'p3-parse-age': ({'name-defined'}, CALLS),
    'p3-sum-valid': ({'name-defined'}, CALLS),
    'p3-argv-sum': ({'name-defined'}, CALLS),
    'p3-line-count': ({'name-defined'}, CALLS),
    'p3-save-notes': ({'name-defined'}, CALLS),
    'p3-csv-expenses': ({'name-defined'}, CALLS),
    'p3-json-settings': ({'name-defined'}, CALLS),
    'project-1-todo-cli': ({'empty-body'}, BODIES),
    'p4-book': ({'name-defined'}, CALLS),
    'p4-counter': ({'attr-defined', 'call-arg'}, METHODS),
    'p4-bank-account': ({'name-defined'}, CALLS),
    'p4-animals': ({'name-defined'}, CALLS),
    'p4-shapes': ({'name-defined'}, CALLS),
    'p4-playlist': ({'name-defined'}, CALLS),
    'p4-point': ({'comparison-overlap'}, METHODS),
    'p4-vector': ({'arg-type', 'operator'}, METHODS),
    'p4-deck': ({'arg-type', 'attr-defined', 'index', 'operator'}, METHODS),
    'p5-countdown': ({'empty-body'}, BODIES),
    'p5-steps-iterator': ({'attr-defined', 'call-overload'}, METHODS),
    'p5-pipeline': ({'empty-body'}, BODIES),
    'p5-grid': ({'empty-body'}, BODIES),
    'p5-closures': ({'empty-body'}, BODIES),
    'p5-count-calls': ({'name-defined'}, CALLS),
    'p5-retry': ({'empty-body'}, BODIES),
    'p5-optional': ({'empty-body'}, BODIES),
    'p5-dataclasses': ({'name-defined'}, CALLS),
    'p5-generics': ({'empty-body', 'name-defined'}, BODIES + ', and ' + CALLS),
    'p6-dynarray': ({'empty-body'}, BODIES),
    'p6-dynarray-insert': ({'empty-body'}, BODIES),
    'p6-dynarray-iter': ({'attr-defined'}, METHODS),
    'p6-linked-list': ({'arg-type', 'attr-defined'}, METHODS),
    'p6-linked-list-remove': ({'empty-body'}, BODIES),
    'p6-linked-list-reverse': ({'empty-body'}, BODIES),
    'p6-stack': ({'attr-defined'}, METHODS),
    'p6-queue': ({'arg-type', 'attr-defined'}, METHODS),
    'p6-bst': ({'arg-type', 'attr-defined', 'operator'}, METHODS),
    'p6-bst-traversal': ({'empty-body'}, BODIES),
    'p6-bst-validate': ({'empty-body'}, BODIES),
    'p6-min-heap': ({'arg-type', 'attr-defined'}, METHODS),
    'p6-heapify': ({'attr-defined', 'empty-body'}, BODIES + ', and ' + METHODS),
    'p6-top-k': ({'empty-body'}, BODIES),
    'p6-hash-map':
        ({'arg-type', 'attr-defined', 'empty-body', 'index', 'operator'},
         BODIES + ', and ' + METHODS),
    'p6-hash-map-resize': ({'attr-defined', 'call-overload'}, METHODS),
    'p6-word-count': ({'empty-body'}, BODIES),
    'p6-graph': ({'attr-defined'}, METHODS),
    'p6-dfs': ({'empty-body'}, BODIES),
    'p7-insertion-sort': ({'empty-body'}, BODIES),
    'p7-merge-sort': ({'empty-body'}, BODIES),
    'p7-sort-records': ({'empty-body'}, BODIES),
    'p7-linear-search': ({'empty-body'}, BODIES),
    'p7-first-at-least': ({'empty-body'}, BODIES),
    'p7-digit-sum': ({'empty-body'}, BODIES),
    'p7-flatten': ({'empty-body'}, BODIES),
    'p7-climb-stairs': ({'empty-body'}, BODIES),
    'p7-fewest-coins': ({'empty-body'}, BODIES),
    'p7-common-subsequence': ({'empty-body'}, BODIES),
    'p7-greedy-change': ({'empty-body'}, BODIES),
    'p7-merge-intervals': ({'empty-body'}, BODIES),
    'p7-count-islands': ({'empty-body'}, BODIES),
    'p7-two-pointers': ({'empty-body'}, BODIES),
    'p7-prefix-sums': ({'attr-defined', 'empty-body'}, BODIES + ', and ' + METHODS),
    'p7-monotonic-stack': ({'empty-body'}, BODIES),
    'p8-word-frequency': ({'empty-body'}, BODIES),
    'p8-balanced-brackets': ({'empty-body'}, BODIES),
    'p8-roman-numerals': ({'empty-body'}, BODIES),
    'p8-bank-statement': ({'empty-body'}, BODIES),
    'p8-anagram-groups': ({'empty-body'}, BODIES),
    'p9-fetch-json': ({'empty-body'}, BODIES),
    'p9-validate-signup': ({'empty-body'}, BODIES),
    'p9-router': ({'empty-body'}, BODIES),
    'p9-books-db': ({'empty-body'}, BODIES),
    'p9-transfer': ({'empty-body'}, BODIES),
    'project-3-web-app': ({'empty-body'}, BODIES),
}

# Quiz questions whose code shows the very mistake the question asks about:
# (quiz id, question id): (the mypy error codes it shows, why).
MISTAKE_QUESTIONS: dict[tuple[str, str], tuple[set[str], str]] = {
    ('p3-checkpoint', 'return-vs-print'):
        ({'func-returns-value'}, 'it asks what using the result of a function that only '
         'prints gives'),
}

MYPY_LINE = re.compile(r'^(?P<file>[^:\n]+\.py):(?P<line>\d+):(?P<col>\d+):'
                       r'(?:\d+:\d+:)? (?P<severity>error|note): (?P<message>.*)$')


def load_flags(harness_dir: str) -> list[str]:
    """The mypy options of the `annotated` mode, from the harness itself."""
    path = os.path.join(harness_dir, 'dojo_typecheck.py')
    spec = importlib.util.spec_from_file_location('dojo_typecheck', path)
    if spec is None or spec.loader is None:
        sys.exit(f'cannot load {path}')
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    flags: list[str] = module.mypy_flags('annotated')
    return flags


def defines_function(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    return any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
               for node in ast.walk(tree))


class Unit:
    """Files type-checked together as one project: @files ({name: text}),
    @checked among them, @origins naming each file as it is in the pack."""

    def __init__(self, files: dict[str, str], origins: dict[str, str],
                 checked: list[str]) -> None:
        self.files = files
        self.origins = origins
        self.checked = checked
        self.errors: list[tuple[str, str]] = []   # (code, file:line:col: message)
        # A module no file of the project imports may take another name,
        # so that projects can share one run of mypy (below).
        imported = set()
        for name, text in files.items():
            if name.endswith('.py'):
                imported |= imported_names(text)
        self.names: dict[str, str] = {}
        for name in files:
            top = name.split('/')[0]
            stem = top[:-3] if top.endswith('.py') and '/' not in name else top
            self.names[name] = stem
        self.imports = imported
        self.renamed: dict[str, str] = {}

    def modules(self) -> set[str]:
        return {self.renamed.get(name, self.names[name]) for name in self.files}


def imported_names(source: str) -> set[str]:
    """The top-level modules @source imports."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return set()
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split('.')[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split('.')[0])
    return names


def run_units(mypy: str, flags: list[str], scratch: str, units: list[Unit]) -> int:
    """Type-checks every unit, filling its errors, and gives back how many
    times mypy ran.  One mypy run per project would take minutes, so
    projects share a run when none of their modules has the name of another
    one's module or of a module another one imports (then each import finds
    the file it finds alone); a module nothing imports, such as main.py, is
    given a name of its own for that."""
    for number, unit in enumerate(units):
        for name, stem in unit.names.items():
            if name.endswith('.py') and '/' not in name and stem not in unit.imports:
                unit.renamed[name] = f'{stem}_{number}'
    batches: list[list[Unit]] = []
    taken: list[tuple[set[str], set[str]]] = []
    for unit in units:
        mine = unit.modules()
        for batch, (modules, imports) in zip(batches, taken):
            if not (mine & (modules | imports)) and not (unit.imports & modules):
                batch.append(unit)
                modules |= mine
                imports |= unit.imports
                break
        else:
            batches.append([unit])
            taken.append((set(mine), set(unit.imports)))
    scratch = os.path.realpath(scratch)
    cache = os.path.join(scratch, 'cache')
    for index, batch in enumerate(batches):
        root = os.path.join(scratch, f'batch-{index}')
        where: dict[str, tuple[Unit, str]] = {}
        checked = []
        for number, unit in enumerate(batch):
            for name, text in unit.files.items():
                if name in unit.renamed:
                    written = f'u{number}/{unit.renamed[name]}.py'
                else:
                    written = f'u{number}/{name}'
                path = os.path.join(root, written)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
                where[os.path.normpath(written)] = (unit, name)
                if name in unit.checked:
                    checked.append(written)
        argv = [mypy, *flags, '--cache-dir', cache, '--', *checked]
        done = subprocess.run(argv, cwd=root, capture_output=True, text=True,
                              env=dict(os.environ, MYPYPATH=''))
        shutil.rmtree(root)
        found = False
        for line in done.stdout.splitlines():
            match = MYPY_LINE.match(line)
            if match is None or match['severity'] != 'error':
                continue
            found = True
            # Relative to the folder mypy ran in, or absolute (--show-absolute-path).
            written = os.path.relpath(os.path.join(root, match['file']), root)
            owner = where.get(written)
            message = match['message']
            code = re.search(r'  \[([a-z-]+)\]$', message)
            if owner is None:
                batch[0].errors.append(('', f'mypy on a file of no project: {line}'))
                continue
            unit, name = owner
            unit.errors.append((code[1] if code else '',
                                f"{unit.origins.get(name, name)}:{match['line']}:"
                                f"{match['col']}: {message}"))
        if done.returncode not in (0, 1) or (done.returncode == 1 and not found):
            for unit in batch:
                unit.errors.append(('', f'mypy failed ({done.returncode}): '
                                        f'{(done.stderr or done.stdout).strip()}'))
    return len(batches)


class Pack:
    def __init__(self, root: str) -> None:
        self.root = root
        with open(os.path.join(root, 'manifest.json'), encoding='utf-8') as f:
            self.manifest: dict[str, Any] = json.load(f)

    def items(self) -> list[dict[str, Any]]:
        return [item for phase in self.manifest['phases'] for item in phase['items']]

    def def_introduced_at(self) -> int:
        """The position in course order from which `def` is taught."""
        position = 0
        for phase in self.manifest['phases']:
            if 'def' in phase.get('introduces', []):
                return position
            for item in phase['items']:
                if 'def' in item.get('introduces', []):
                    return position
                position += 1
        return position

    def read(self, relative: str) -> str:
        with open(os.path.join(self.root, relative), encoding='utf-8') as f:
            return f.read()


def starter_files(pack: Pack, folder: str,
                  exercise: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    files: dict[str, str] = {}
    origins: dict[str, str] = {}
    for name, spec in exercise.get('starter', {}).items():
        if 'path' in spec:
            files[name] = pack.read(os.path.join(folder, spec['path']))
            origins[name] = os.path.join(folder, spec['path'])
        else:
            files[name] = spec.get('content', '')
            origins[name] = os.path.join(folder, 'exercise.json') + f' (starter {name})'
    return files, origins


def solution_files(pack: Pack, folder: str,
                   exercise: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """The learner's own files in the solution: what the solution folder (or
    file, standing for the entry) and the solution_steps write."""
    files: dict[str, str] = {}
    origins: dict[str, str] = {}
    solution = os.path.join(folder, exercise.get('solution', 'solution'))
    path = os.path.join(pack.root, solution)
    if os.path.isdir(path):
        for parent, dirs, names in os.walk(path):
            # A virtual environment is what venv and pip wrote, not the
            # learner's code (p3-venv-install): its installed copy of a
            # package would be a second module of the same name.
            dirs[:] = [d for d in dirs if not (parent == path and d == '.venv')]
            for name in names:
                full = os.path.join(parent, name)
                relative = os.path.relpath(full, path)
                if name.endswith('.py'):
                    files[relative] = pack.read(os.path.relpath(full, pack.root))
                    origins[relative] = os.path.relpath(full, pack.root)
    elif os.path.isfile(path):
        files[exercise['entry']] = pack.read(solution)
        origins[exercise['entry']] = solution
    for step in exercise.get('solution_steps', []):
        write = step.get('write')
        if write and write['path'].endswith('.py'):
            files[write['path']] = write.get('content', '')
            origins[write['path']] = os.path.join(folder, 'exercise.json') + \
                f" (solution_steps {write['path']})"
    return files, origins


def type_check_files(check: dict[str, Any], project: dict[str, str]) -> list[str]:
    """The files a `type-check` check reads: its `files`, else every .py
    file at the top of the project whose name does not start with test_."""
    if 'files' in check:
        return list(check['files'])
    return sorted(name for name in project
                  if name.endswith('.py') and '/' not in name and not name.startswith('test_'))


class Item:
    """What the test asks of one exercise, project or quiz: its units, and
    the problems found without mypy."""

    def __init__(self, item: dict[str, Any]) -> None:
        self.item = item
        self.problems: list[str] = []
        self.solution: Unit | None = None
        self.starter: Unit | None = None
        self.questions: list[tuple[str, Unit]] = []

    def units(self) -> list[Unit]:
        units = [u for u in (self.solution, self.starter) if u is not None]
        return units + [unit for _id, unit in self.questions]

    def verdict(self) -> list[str]:
        problems = list(self.problems)
        if self.solution is not None:
            problems += [error for _code, error in self.solution.errors]
        if self.starter is not None:
            problems += starter_verdict(self.item, self.starter)
        for question, unit in self.questions:
            problems += question_verdict(self.item, question, unit)
        return problems


def expected(errors: list[tuple[str, str]], codes: set[str], what: str,
             reason: str) -> list[str]:
    """Errors that are allowed (@codes, for @reason) pass; the others fail,
    and so does a mark that no error needs any more."""
    problems = [error for code, error in errors if code not in codes]
    if not any(code in codes for code, _error in errors):
        problems.append(f'{what} is marked as not type-checking ({reason}) but mypy '
                        f'finds no {"/".join(sorted(codes))} error: remove the mark')
    return problems


def starter_verdict(item: dict[str, Any], unit: Unit) -> list[str]:
    mark = UNFINISHED_STARTERS.get(item['id'])
    if mark is None:
        return [error for _code, error in unit.errors]
    codes, reason = mark
    return expected(unit.errors, codes, f"{item['path']}'s starter", reason)


def question_verdict(item: dict[str, Any], question: str, unit: Unit) -> list[str]:
    mark = MISTAKE_QUESTIONS.get((item['id'], question))
    if mark is None:
        return [error for _code, error in unit.errors]
    codes, reason = mark
    return expected(unit.errors, codes, f"{item['path']}'s question {question}", reason)


def read_exercise(pack: Pack, item: dict[str, Any], position: int, def_at: int) -> Item:
    folder = item['path']
    found = Item(item)
    with open(os.path.join(pack.root, folder, 'exercise.json'), encoding='utf-8') as f:
        exercise: dict[str, Any] = json.load(f)
    starter, starter_origins = starter_files(pack, folder, exercise)
    own, own_origins = solution_files(pack, folder, exercise)
    project = dict(starter, **own)
    origins = dict(starter_origins, **own_origins)

    checked = sorted(name for name in project if name.endswith('.py'))
    if checked:
        found.solution = Unit(project, origins, checked)
    # The starter's own code: what the solution does not replace as it is.
    starter_checked = sorted(name for name in starter if name.endswith('.py')
                             and (name not in own or own[name] != starter[name]))
    if starter_checked:
        found.starter = Unit(starter, starter_origins, starter_checked)
    elif item['id'] in UNFINISHED_STARTERS:
        found.problems.append(f'{folder}: marked in UNFINISHED_STARTERS but its starter '
                              f'has no code of its own')

    type_checks = [c for c in exercise['checks'] if c.get('type') == 'type-check']
    writes_functions = sorted(name for name, text in own.items() if defines_function(text))
    if position < def_at:
        if type_checks:
            found.problems.append(f'{folder}/exercise.json: a type-check check before '
                                  f'`def` is taught')
        return found
    if not type_checks:
        if writes_functions:
            found.problems.append(f'{folder}/exercise.json: the solution defines functions '
                                  f'({", ".join(writes_functions)}) but no check is '
                                  f'{{"type": "type-check"}}')
        else:
            found.problems.append(f'{folder}/exercise.json: comes after `def` is taught but '
                                  f'no check is {{"type": "type-check"}}')
    covered = {name for c in type_checks for name in type_check_files(c, project)}
    for name in writes_functions:
        if type_checks and name not in covered:
            found.problems.append(f'{folder}/exercise.json: {name} has functions the learner '
                                  f'writes but no type-check check reads it (add it to '
                                  f'"files")')
    for c in type_checks:
        if c.get('mode', 'annotated') != 'annotated':
            found.problems.append(f'{folder}/exercise.json: check "{c.get("id")}" is not in '
                                  f'the course\'s mode, annotated')
        for name in type_check_files(c, project):
            if name not in project:
                found.problems.append(f'{folder}/exercise.json: check "{c.get("id")}" reads '
                                      f'{name}, which the project does not have')
    return found


def read_quiz(pack: Pack, item: dict[str, Any]) -> Item:
    path = item['path']
    found = Item(item)
    with open(os.path.join(pack.root, path), encoding='utf-8') as f:
        quiz: dict[str, Any] = json.load(f)
    for question in quiz.get('questions', []):
        code = question.get('code')
        if code:
            origin = f"{path}, question {question['id']}"
            found.questions.append((question['id'],
                                    Unit({'main.py': code}, {'main.py': origin}, ['main.py'])))
    for (quiz_id, question_id) in MISTAKE_QUESTIONS:
        if quiz_id == item['id'] and question_id not in dict(found.questions):
            found.problems.append(f'{path}: MISTAKE_QUESTIONS names question {question_id}, '
                                  f'which has no code')
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or '').split('\n\n')[0])
    parser.add_argument('--mypy', required=True, help='the mypy program')
    parser.add_argument('--harness', required=True, help='data/harness')
    parser.add_argument('--expect', help='a file of the problems expected, one a line '
                        '(for a fixture: then the test passes when exactly these are found)')
    parser.add_argument('pack', help='the pack folder')
    args = parser.parse_args()

    pack = Pack(args.pack)
    if pack.manifest.get('id') != ROADMAP_ID:
        # The marks are the built-in course's; another pack (a fixture) has none.
        UNFINISHED_STARTERS.clear()
        MISTAKE_QUESTIONS.clear()
    flags = load_flags(args.harness)
    def_at = pack.def_introduced_at()
    items: list[Item] = []
    for position, item in enumerate(pack.items()):
        if item['type'] == 'quiz':
            items.append(read_quiz(pack, item))
        elif item['type'] in ('exercise', 'project'):
            items.append(read_exercise(pack, item, position, def_at))
    known = {found.item['id'] for found in items}
    for item_id in UNFINISHED_STARTERS:
        if item_id not in known:
            print(f'# UNFINISHED_STARTERS names {item_id}, which the pack does not have')
            return 1

    with tempfile.TemporaryDirectory(prefix='dojo-course-types-') as scratch:
        runs = run_units(args.mypy, flags, scratch,
                         [unit for found in items for unit in found.units()])
    if args.expect:
        return compare_expected(items, args.pack, args.expect)
    print(f'1..{len(items)}')
    failures = 0
    for number, found in enumerate(items, 1):
        problems = found.verdict()
        if problems:
            failures += 1
            print(f"not ok {number} - {found.item['path']}")
            for problem in problems:
                print(f'# {problem}')
        else:
            print(f"ok {number} - {found.item['path']}")
    print(f'# {runs} runs of mypy with: {" ".join(flags)}')
    return 1 if failures else 0


def compare_expected(items: list[Item], pack: str, expect: str) -> int:
    """One TAP test: the problems found are exactly those of @expect."""
    with open(expect, encoding='utf-8') as f:
        wanted = [line.rstrip('\n') for line in f if line.strip() and not line.startswith('#')]
    found = [problem for item in items for problem in item.verdict()]
    print('1..1')
    missing = [line for line in wanted if line not in found]
    unexpected = [line for line in found if line not in wanted]
    if not missing and not unexpected:
        print(f'ok 1 - {pack}: the {len(wanted)} problems expected')
        return 0
    print(f'not ok 1 - {pack}: not the problems expected')
    for line in missing:
        print(f'# not found: {line}')
    for line in unexpected:
        print(f'# not expected: {line}')
    return 1


if __name__ == '__main__':
    sys.exit(main())
