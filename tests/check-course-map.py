#!/usr/bin/env python3
# check-course-map.py: docs/course.md maps every roadmap item to the course
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the map of the built-in course, docs/course.md, against the pack.

The map has a heading per roadmap topic ("### 7. Lists"), numbered 1 to 42
in order, each under its phase ("## Phase 2: ..."), and under each topic a
table of what the roadmap says a learner learns there:

    | What the learner learns | Lesson | Exercise |
    |---|---|---|
    | append, insert | `p2-lists` | `p2-shopping-list`, `p2-insert` |

Every row names at least one lesson and at least one exercise (an exercise
or a project of the pack; a checkpoint task is an exercise too), each in
backticks; every id named must be an item of the pack of that kind.  So an
item that is taught only in a lesson's text, or not at all, cannot stand in
the map, and a renamed or deleted item makes the map fail here instead of
going stale.

Prints TAP, one test per topic and one for the topics' numbering.

    check-course-map.py COURSE_MD PACK_DIR
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

TOPICS = 42
PHASE = re.compile(r'^## Phase (\d+):')
TOPIC = re.compile(r'^### (\d+)\. (.+)$')
ID = re.compile(r'`([a-z0-9][a-z0-9-]*)`')


def pack_items(pack: Path) -> dict[str, str]:
    """Every item id of the pack, with its type."""
    manifest = json.loads((pack / 'manifest.json').read_text(encoding='utf-8'))
    return {item['id']: item['type']
            for phase in manifest['phases'] for item in phase['items']}


def cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip('|').split('|')]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('course_md', type=Path)
    parser.add_argument('pack', type=Path)
    args = parser.parse_args()

    items = pack_items(args.pack)
    topics: list[tuple[int, str, list[str]]] = []
    rows: dict[int, list[tuple[int, list[str]]]] = {}
    phase = 0

    for number, line in enumerate(args.course_md.read_text(encoding='utf-8').splitlines(), 1):
        if (m := PHASE.match(line)):
            phase = int(m.group(1))
        elif (m := TOPIC.match(line)):
            topics.append((int(m.group(1)), m.group(2), []))
            rows[int(m.group(1))] = []
            if phase == 0:
                topics[-1][2].append(f'line {number}: topic before any "## Phase N:" heading')
        elif topics and line.startswith('|'):
            row = cells(line)
            if row[0].startswith('What the learner') or set(''.join(row)) <= set('-: '):
                continue
            rows[topics[-1][0]].append((number, row))

    problems: list[tuple[str, list[str]]] = []
    numbers = [t[0] for t in topics]
    numbering = [] if numbers == list(range(1, TOPICS + 1)) else [
        f'the topics are numbered {numbers}, not 1 to {TOPICS} in order']
    problems.append(('topics 1 to %d, in order' % TOPICS, numbering))

    for topic, title, errors in topics:
        if not rows[topic]:
            errors.append('no items listed')
        for number, row in rows[topic]:
            if len(row) != 3:
                errors.append(f'line {number}: a row has three cells: item | lesson | exercise')
                continue
            what, lessons, exercises = row
            lesson_ids = ID.findall(lessons)
            exercise_ids = ID.findall(exercises)
            if not lesson_ids:
                errors.append(f'line {number}: "{what}" names no lesson')
            if not exercise_ids:
                errors.append(f'line {number}: "{what}" names no exercise')
            for item in lesson_ids:
                if items.get(item) != 'lesson':
                    errors.append(f'line {number}: "{item}" is not a lesson of the pack')
            for item in exercise_ids:
                if items.get(item) not in ('exercise', 'project'):
                    errors.append(f'line {number}: "{item}" is not an exercise or project '
                                  'of the pack')
        problems.append((f'topic {topic}: {title} ({len(rows[topic])} items)', errors))

    print(f'1..{len(problems)}')
    failed = 0
    for n, (name, errors) in enumerate(problems, 1):
        if errors:
            failed += 1
            print(f'not ok {n} - {name}')
            for error in errors:
                print(f'# {error}')
        else:
            print(f'ok {n} - {name}')
    total = sum(len(r) for r in rows.values())
    print(f'# {total} roadmap items in {len(topics)} topics; {failed} topic(s) with problems')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
