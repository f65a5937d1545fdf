#!/usr/bin/env python3
# check-io-lookup.py: no io exercise of a pack passes with a table of its examples
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proves that a program which only knows the visible io cases of an
exercise cannot pass it: for every exercise and project of the pack with an
io check, the entry file of a project folder made from the starter files is
replaced by a lookup table.  It reads all of stdin and its command-line
arguments and prints the expected output of the visible (not hidden) io
check with that input, and nothing for any other input.  The exercise's
checks are then run on it with `dojo-pack check`, exactly as the Check
button runs them.

Each such exercise must fail, and fail a check that runs the program's
code: an io check (a hidden case, or a case whose input the table does not
know) or the teacher's tests (unittest, pytest), which call the learner's
functions with values of their own.  The visible io cases pass by
construction (the test says so if one does not, as the table would then
be wrong, not the exercise).  Only those kinds of check are kept in the
copy of the pack the program is checked against: the others look at the
code's shape (ast, type hints, type checks, known mistakes in the code)
or at git, and a table dressed up with a dummy loop or a few annotations
would pass them, so a failure there proves nothing about looking up the
answers.

An exercise whose program reads no input (no io case has stdin or
arguments) and whose output is the exercise itself, such as printing a
given poem, cannot have a hidden case with other input; those are named in
FIXED_OUTPUT with the reason and skipped, as long as they still read no
input and still pass the table (else the entry is stale and fails).

Failing the table is not all: every io exercise must also have a hidden
io case, so that its own output is asked for an input the learner does
not see; the exercises that come before the course teaches input() are
named in BEFORE_INPUT, and must still fail the table.

Prints TAP, one test per exercise with an io check.

    check-io-lookup.py [--jobs N] [--only ID]... DOJO_PACK PACK_DIR
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from typing import Any

# The kinds of check that run the program's code on inputs of their own.
RUNNING_KINDS = ('io', 'unittest', 'pytest')

# Exercises whose fixed output is the work itself: the program reads no
# input, so no hidden case can ask for another answer.
FIXED_OUTPUT: dict[str, str] = {
    'p1-say-hello': 'printing this one line is the whole exercise',
    'p1-poem': 'printing the given poem is the whole exercise',
    'p1-git-first-commit': 'the exercise is the commit; the program prints a given line',
    'p1-git-read-changes': 'the exercise is reading and committing changes; the output is given',
}

# Exercises that come before the course teaches input() (p1-convert-input):
# their programs print given values, so no hidden case can ask for
# another answer; their unittest and ast checks refuse printed literals,
# and the table must still fail them.
BEFORE_INPUT: dict[str, str] = {
    'p1-date-sep': 'comes before input(); its test refuses the date typed as one text',
    'p1-type-detective': 'comes before input(); its test refuses the types typed as text',
}

# Kinds of match where `expect` itself is output that passes.
LITERAL_MATCHES = ('rstrip', 'exact')

LOOKUP_PROGRAM = '''import sys

# The visible cases' inputs and answers, in hexadecimal so that no pattern
# of the exercise recognises them.
TABLE = {
%s}

key = repr([sys.stdin.read(), sys.argv[1:]]).encode('utf-8').hex()
answer = TABLE.get(key)
if answer is not None:
    sys.stdout.write(bytes.fromhex(answer).decode('utf-8'))
'''


def case_key(check: dict[str, Any]) -> str:
    """The table's key for an io check's input, as the program computes it."""
    stdin = check.get('stdin', '')
    argv = [str(arg) for arg in check.get('argv', [])]
    return repr([stdin, argv]).encode('utf-8').hex()


def solution_output(exercise_dir: str, exercise: dict[str, Any],
                    check: dict[str, Any]) -> str:
    """What the exercise's own solution prints for an io check's input.

    Used where `expect` is a pattern (`contains`, `regex`) rather than
    output.  The solution is the course's own, trusted code.
    """
    entry = exercise.get('entry', 'main.py')
    with tempfile.TemporaryDirectory(prefix='io-lookup-solution-') as work:
        folder = os.path.join(work, 'project')
        copy_starter(exercise_dir, exercise, folder)
        solution = os.path.join(exercise_dir, exercise.get('solution', 'solution'))
        if os.path.isdir(solution):
            shutil.copytree(solution, folder, dirs_exist_ok=True)
        else:
            shutil.copyfile(solution, os.path.join(folder, entry))
        argv = [str(arg) for arg in check.get('argv', [])]
        done = subprocess.run([sys.executable, '-I', entry, *argv], cwd=folder,
                              input=check.get('stdin', ''), capture_output=True,
                              text=True, timeout=60, check=False)
        return str(done.stdout)


def copy_starter(exercise_dir: str, exercise: dict[str, Any], folder: str) -> None:
    """Fills @folder with the exercise's starter files, as a learner gets them."""
    os.makedirs(folder, exist_ok=True)
    for name, spec in (exercise.get('starter') or {}).items():
        target = os.path.join(folder, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if isinstance(spec, dict) and 'path' in spec:
            shutil.copyfile(os.path.join(exercise_dir, spec['path']), target)


def lookup_program(exercise_dir: str, exercise: dict[str, Any]) -> str:
    """The entry file that answers the visible io cases from a table."""
    rows = []
    for check in exercise['checks']:
        if check.get('type') != 'io' or check.get('hidden') is True:
            continue
        if check.get('match', 'rstrip') in LITERAL_MATCHES:
            answer = str(check.get('expect', ''))
        else:
            answer = solution_output(exercise_dir, exercise, check)
        rows.append('    %r: %r,\n' % (case_key(check), answer.encode('utf-8').hex()))
    return LOOKUP_PROGRAM % ''.join(rows)


def check_one(dojo_pack: str, pack: str, ident: str,
              exercise_dir: str) -> tuple[str, list[str]]:
    """Runs the checks that run code of one exercise on its lookup table.

    Gives back what happened, `stands` (the table fails), `passes` (the
    table passes) or `broken` (the test could not tell), and the lines
    that say more.
    """
    with open(os.path.join(exercise_dir, 'exercise.json'), encoding='utf-8') as f:
        exercise = json.load(f)
    io_checks = [c for c in exercise['checks'] if c.get('type') == 'io']
    visible = [str(c.get('id')) for c in io_checks if c.get('hidden') is not True]
    n_hidden = len(io_checks) - len(visible)
    running = [c for c in exercise['checks'] if c.get('type') in RUNNING_KINDS]

    with tempfile.TemporaryDirectory(prefix='io-lookup-') as work:
        folder = os.path.join(work, 'project')
        copy_starter(exercise_dir, exercise, folder)
        entry = os.path.join(folder, exercise.get('entry', 'main.py'))
        os.makedirs(os.path.dirname(entry), exist_ok=True)
        with open(entry, 'w', encoding='utf-8') as out:
            out.write(lookup_program(exercise_dir, exercise))
        done = subprocess.run([dojo_pack, 'check', '--json', pack, ident, folder],
                              capture_output=True, text=True, timeout=120, check=False)
    if done.returncode not in (0, 1):
        return 'broken', ['dojo-pack check exited with %d:' % done.returncode,
                          *done.stderr.splitlines()[-5:]]
    answer = json.loads(done.stdout)
    states = {str(r.get('id')): r.get('state') for r in answer.get('results', [])}

    wrong = [i for i in visible if states.get(i) != 'passed']
    if wrong:
        return 'broken', ['the lookup table itself fails visible case(s) %s: '
                          'the test, not the exercise, is wrong' % ', '.join(wrong)]
    failing = ['%s (%s%s)' % (c.get('id'), c.get('type'), ', hidden' if c.get('hidden') else '')
               for c in running if states.get(str(c.get('id'))) == 'failed']
    if not failing and not any(c.get('stdin', '') != '' or c.get('argv') for c in io_checks):
        return 'passes', ['a program that prints the visible output passes every io check '
                          'and test; it reads no input, so no hidden case can ask for '
                          'another answer: add a test that runs its code, or name it in '
                          'FIXED_OUTPUT if the fixed output is the whole exercise']
    if not failing:
        return 'passes', ['a program that only looks up the %d visible case(s) passes '
                          'every io check (%d hidden) and test: add a hidden io check '
                          'with an input other than the visible ones'
                          % (len(visible), n_hidden)]
    return 'stands', ['fails %s' % ', '.join(failing)]


def reads_input(exercise_dir: str) -> bool:
    """Whether any io case of the exercise gives its program stdin or arguments."""
    with open(os.path.join(exercise_dir, 'exercise.json'), encoding='utf-8') as f:
        exercise = json.load(f)
    return any(c.get('stdin', '') != '' or c.get('argv')
               for c in exercise['checks'] if c.get('type') == 'io')


def has_hidden_case(exercise_dir: str) -> bool:
    """Whether the exercise has a hidden io check."""
    with open(os.path.join(exercise_dir, 'exercise.json'), encoding='utf-8') as f:
        exercise = json.load(f)
    return any(c.get('type') == 'io' and c.get('hidden') is True for c in exercise['checks'])


def verdict(ident: str, exercise_dir: str, status: str,
            lines: list[str]) -> tuple[str, list[str]]:
    """The TAP result of an exercise: `ok`, `ok # SKIP reason` or `not ok`.

    Beyond failing the table, every io exercise has a hidden case, but for
    those named in FIXED_OUTPUT or BEFORE_INPUT, which read no input.
    """
    reason = FIXED_OUTPUT.get(ident)
    if reason is None and status == 'stands' and not has_hidden_case(exercise_dir):
        if ident not in BEFORE_INPUT:
            return 'not ok', [*lines, 'it has no hidden io case: make its program read '
                              'its values and add a hidden case with other input']
        if reads_input(exercise_dir):
            return 'not ok', ['it reads input now: add a hidden case and take it out '
                              'of BEFORE_INPUT']
        return 'ok # %s' % BEFORE_INPUT[ident], lines
    if reason is None or status == 'broken':
        return ('ok' if status == 'stands' else 'not ok'), lines
    if reads_input(exercise_dir):
        return 'not ok', ['it reads input now, so a hidden case can ask for another '
                          'answer: take it out of FIXED_OUTPUT']
    if status == 'stands':
        return 'not ok', [*lines, 'it no longer passes the table: take it out of FIXED_OUTPUT']
    return 'ok # SKIP %s' % reason, []


def manifest_items(node: Any) -> list[tuple[str, str]]:
    """Every item of a manifest with a folder: (id, path), in order."""
    found = []
    if isinstance(node, dict):
        if isinstance(node.get('id'), str) and isinstance(node.get('path'), str):
            found.append((node['id'], node['path']))
        for value in node.values():
            found.extend(manifest_items(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(manifest_items(value))
    return found


def io_exercises(pack: str) -> list[tuple[str, str]]:
    """The exercises and projects of the pack with an io check: (id, folder)."""
    with open(os.path.join(pack, 'manifest.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    found = []
    for ident, path in manifest_items(manifest):
        folder = os.path.join(pack, path)
        exercise_file = os.path.join(folder, 'exercise.json')
        if not os.path.isfile(exercise_file):
            continue
        with open(exercise_file, encoding='utf-8') as f:
            exercise = json.load(f)
        if any(c.get('type') == 'io' for c in exercise.get('checks', [])):
            found.append((ident, folder))
    return found


def keep_running_checks_only(pack: str) -> None:
    """Leaves only the checks that run the code in every exercise.json of a
    copy of a pack."""
    for kind in ('exercises', 'projects'):
        base = os.path.join(pack, kind)
        if not os.path.isdir(base):
            continue
        for ident in os.listdir(base):
            path = os.path.join(base, ident, 'exercise.json')
            if not os.path.isfile(path):
                continue
            with open(path, encoding='utf-8') as f:
                exercise = json.load(f)
            checks = [c for c in exercise.get('checks', [])
                      if c.get('type') in RUNNING_KINDS]
            if not checks:
                continue
            exercise['checks'] = checks
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(exercise, f, ensure_ascii=False, indent=2)


def main() -> int:
    parser = argparse.ArgumentParser(
        description='No io exercise passes with a table of its examples.')
    parser.add_argument('--jobs', type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument('--only', action='append', default=[], metavar='ID',
                        help='check only this exercise (may be repeated)')
    parser.add_argument('dojo_pack')
    parser.add_argument('pack')
    args = parser.parse_args()

    start = time.monotonic()
    exercises = [(ident, folder) for ident, folder in io_exercises(args.pack)
                 if not args.only or ident in args.only]
    print('1..%d' % len(exercises), flush=True)
    not_ok: list[str] = []
    skipped = 0
    with tempfile.TemporaryDirectory(prefix='io-lookup-pack-') as work:
        pack = os.path.join(work, os.path.basename(os.path.normpath(args.pack)))
        shutil.copytree(args.pack, pack)
        keep_running_checks_only(pack)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = [pool.submit(check_one, args.dojo_pack, pack, ident,
                                   os.path.join(pack, os.path.relpath(folder, args.pack)))
                       for ident, folder in exercises]
            for n, ((ident, folder), future) in enumerate(zip(exercises, futures), 1):
                try:
                    status, lines = future.result()
                except (OSError, ValueError, subprocess.SubprocessError) as e:
                    status, lines = 'broken', ['could not check: %s' % e]
                result, lines = verdict(ident, folder, status, lines)
                head, _, skip = result.partition(' # ')
                print('%s %d - %s%s' % (head, n, ident, ' # ' + skip if skip else ''))
                for line in lines:
                    print('# %s' % line)
                if head == 'not ok':
                    not_ok.append(ident)
                skipped += bool(skip)
                sys.stdout.flush()
    print('# %d of %d io exercises stand up to a lookup table of their examples, '
          '%d print a fixed text; not yet: %s'
          % (len(exercises) - len(not_ok) - skipped, len(exercises), skipped,
             ' '.join(not_ok) or 'none'))
    print('# %.1f s' % (time.monotonic() - start))
    return 1 if not_ok else 0


if __name__ == '__main__':
    sys.exit(main())
