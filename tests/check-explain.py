#!/usr/bin/env python3
# check-explain.py: the rule each wrong program of the table is explained by
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every program of tests/data/wrong-programs.json through the real
harness (data/harness/dojo_harness.py, started as src/check/dojo-checker.c
starts it, runs in a bubblewrap sandbox), and asserts that the explanation
the harness answers with has the program's `rule`: `error.explain` of a run
that stopped with an error, `syntax_error.explain` of code Python cannot
read, `running` of a program stopped for running too long.
(tests/test-explain.c asserts the words the learner then reads.)

    check-explain.py HARNESS_DIR TABLE
"""

import json
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

from harness_sandbox import PYTHON, run_harness, sandbox_prefix


def run(harness_dir: str, program: dict) -> dict:
    """The harness's answer for @program with one io check."""
    timeout = program['rule'] == 'timeout'
    with tempfile.TemporaryDirectory(prefix='dojo-explain-') as top:
        project = os.path.join(os.path.realpath(top), 'project')
        os.makedirs(project)
        for name, text in program['files'].items():
            with open(os.path.join(project, name), 'w') as f:
                f.write(text)
        request = {
            'project_dir': project, 'entry': 'main.py', 'python': PYTHON,
            'limits': {'time_s': 1 if timeout else 5, 'memory_mb': 256, 'output_kb': 1024},
            'sandbox': sandbox_prefix(project, harness_dir), 'sandbox_tests': [],
            'checks': [{'type': 'io', 'id': 'out', 'expect': 'ok',
                        'stdin': program.get('stdin', '')}],
            'gated': [],
        }
        return run_harness(harness_dir, request)


def explanation(answer: dict) -> dict | None:
    if answer.get('syntax_error'):
        return answer['syntax_error'].get('explain')
    result = answer['results'][0]
    if result.get('status') == 'timeout':
        return result.get('running')
    return (result.get('error') or {}).get('explain')


def main() -> int:
    harness_dir = os.path.realpath(sys.argv[1])
    with open(sys.argv[2], encoding='utf-8') as f:
        programs = json.load(f)
    print('1..%d' % len(programs))
    failed = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        answers = list(pool.map(lambda p: run(harness_dir, p), programs))
    for number, (program, answer) in enumerate(zip(programs, answers), 1):
        explained = explanation(answer)
        rule = explained.get('rule') if explained else None
        if rule == program['rule']:
            print('ok %d - %s: %s' % (number, program['name'], rule))
            continue
        failed += 1
        print('not ok %d - %s: %s, not %s' % (number, program['name'], rule, program['rule']))
        for line in json.dumps(answer, indent=1)[:4000].splitlines():
            print('# ' + line)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
