# dojo_guidance.py: the harness's code analysis, while the learner types
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Live guidance for Dojo's editor (Python 3.10+, standard library only).

Dojo (src/ui/dojo-live-guidance.c) starts it as

    python3 -I -S -X utf8 HARNESS_DIR/dojo_guidance.py

with a JSON request on stdin:

    {"source": "...", "gated": ["for", ...], "rules": [{"forbid": "for"}, ...],
     "type_hints": true}

and prints one JSON object on stdout: {"diagnostics": [ ... ]}, each with
`line` (from 1), `col` and `end_col` (characters, from 0, on that line),
`kind` (`syntax`, `gated`, `forbid`, `require`, `type-hints`) and the data the
app turns into a message (`construct`, `name`, `missing`, `message`).

The code is parsed, never run.  The decisions come from the harness itself
(construct_lines, check_ast, check_type_hints), so the editor underlines
exactly what Check would complain about; this script only finds the columns.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import dojo_harness  # noqa: E402
import dojo_wire  # noqa: E402

# typing costs milliseconds to import, while the learner types: the
# annotations are only read by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import _ast
    from typing import Any, TypedDict

    from dojo_harness import Context

    class Diagnostic(TypedDict, total=False):
        """A place in the editor and what the app says of it."""
        line: int
        col: int
        end_col: int
        kind: str
        message: str | None
        construct: str
        name: str
        missing: list[str]


def _chars(lines: list[str], line: int, offset: int | None) -> int:
    """`_ast` counts UTF-8 bytes; the editor counts characters."""
    text = lines[line - 1] if 0 < line <= len(lines) else ''
    return len(text.encode('utf-8')[:offset].decode('utf-8', 'replace'))


def _span(lines: list[str], node: _ast.AST, line: int) -> tuple[int, int | None]:
    col = _chars(lines, line, getattr(node, 'col_offset', 0) or 0)
    end = None
    if getattr(node, 'end_lineno', None) == line:
        end = _chars(lines, line, node.end_col_offset)
    return col, end


def _keyword_span(lines: list[str], line: int, col: int, word: str) -> tuple[int, int]:
    """The span of @word at @col of @line (1-based), else the rest of the line."""
    text = lines[line - 1] if 0 < line <= len(lines) else ''
    if text.startswith(word, col):
        return col, col + len(word)
    return col, len(text.rstrip())


# Node kinds whose keyword starts the node: underline the keyword only.
KEYWORDS = {
    'For': 'for', 'AsyncFor': 'async', 'While': 'while', 'If': 'if', 'Try': 'try',
    'TryStar': 'try', 'With': 'with', 'AsyncWith': 'async', 'FunctionDef': 'def',
    'AsyncFunctionDef': 'async', 'ClassDef': 'class', 'Match': 'match',
    'Lambda': 'lambda', 'Return': 'return', 'Raise': 'raise', 'Import': 'import',
    'ImportFrom': 'from', 'Global': 'global', 'Nonlocal': 'nonlocal',
    'Assert': 'assert', 'Break': 'break', 'Continue': 'continue',
}


def _node_spans(tree: _ast.AST, lines: list[str], construct: str,
                wanted_lines: set[int]) -> list[tuple[int, int, int]]:
    """(line, col, end_col) of the uses of @construct on @wanted_lines."""
    kind, _, name = construct.partition(':')
    kinds = dojo_harness.CONSTRUCTS.get(construct, ())
    spans: list[tuple[int, int, int]] = []
    seen: set[int] = set()
    for node in dojo_harness.walk(tree):
        line: int | None = getattr(node, 'lineno', None)
        if line is None or line not in wanted_lines or line in seen:
            continue
        cls = type(node).__name__
        if name:
            ok = ((kind == 'call' and cls == 'Call') or
                  (kind == 'def' and cls in ('FunctionDef', 'AsyncFunctionDef')) or
                  (kind == 'import' and cls in ('Import', 'ImportFrom')))
        else:
            ok = cls in kinds
        if not ok:
            continue
        col, end = _span(lines, node, line)
        if cls in KEYWORDS:
            col, end = _keyword_span(lines, line, col, KEYWORDS[cls])
        if end is None:
            end = len(lines[line - 1].rstrip()) if line <= len(lines) else col + 1
        spans.append((line, col, max(end, col + 1)))
        seen.add(line)
    for line in wanted_lines:
        if line not in seen:
            text = lines[line - 1] if 0 < line <= len(lines) else ''
            col = len(text) - len(text.lstrip())
            spans.append((line, col, max(len(text.rstrip()), col + 1)))
    return sorted(spans)


def _placed(base: Diagnostic, line: int, col: int, end_col: int) -> Diagnostic:
    """@base at a place (a copy, as `dict(base, line=…)` makes)."""
    placed = base.copy()
    placed['line'] = line
    placed['col'] = col
    placed['end_col'] = end_col
    return placed


def analyse(request: dict[str, Any]) -> list[Diagnostic]:
    """The diagnostics for @request, JSON as the app sent it."""
    source = request.get('source') or ''
    lines = source.split('\n')
    diagnostics: list[Diagnostic] = []
    try:
        tree: _ast.AST = compile(source, '<editor>', 'exec', 0x400, dont_inherit=True)
    except SyntaxError as exc:
        line = exc.lineno or 1
        col = max((exc.offset or 1) - 1, 0)
        end = getattr(exc, 'end_offset', None)
        end_line = getattr(exc, 'end_lineno', None)
        text = lines[line - 1] if 0 < line <= len(lines) else ''
        if end and end_line == line and end - 1 > col:
            end_col = end - 1
        else:
            end_col = max(len(text.rstrip()), col + 1)
        if col >= len(text.rstrip()) and text.strip():
            # Python points past the end (a missing colon): underline the line.
            col = len(text) - len(text.lstrip())
        diagnostics.append({'line': line, 'col': col, 'end_col': end_col, 'kind': 'syntax',
                            'message': exc.msg})
        return diagnostics
    except ValueError as exc:
        diagnostics.append({'line': 1, 'col': 0, 'end_col': 1, 'kind': 'syntax',
                            'message': str(exc)})
        return diagnostics

    ctx: Context = {'tree': tree, 'entry': '<editor>', 'project': '', 'source': source}

    for gate in request.get('gated') or []:
        found = dojo_harness.construct_lines(ctx, str(gate))
        for line, col, end in _node_spans(tree, lines, str(gate), set(found or ())):
            diagnostics.append({'line': line, 'col': col, 'end_col': end, 'kind': 'gated',
                                'construct': gate})

    rules = request.get('rules') or []
    if rules:
        violations = dojo_harness.check_ast(ctx, {'rules': rules}).get('violations')
        for v in violations if isinstance(violations, list) else []:
            base: Diagnostic = {'kind': v['kind'], 'construct': v['construct'],
                                'message': v.get('message')}
            if v['kind'] == 'forbid':
                for line, col, end in _node_spans(tree, lines, str(v['construct']),
                                                  set(v['lines'])):
                    diagnostics.append(_placed(base, line, col, end))
            # A missing construct has no place: the app lists it without a line.
            else:
                diagnostics.append(_placed(base, 0, 0, 0))

    if request.get('type_hints'):
        functions = dojo_harness.check_type_hints(ctx, {}).get('functions')
        for fn in functions if isinstance(functions, list) else []:
            line = fn['line']
            text = lines[line - 1] if 0 < line <= len(lines) else ''
            start = text.find('def ')
            if start < 0:
                start = len(text) - len(text.lstrip())
            end = text.find('(', start)
            if end < 0:
                end = len(text.rstrip())
            diagnostics.append({'line': line, 'col': start, 'end_col': max(end, start + 1),
                                'kind': 'type-hints', 'name': fn['name'],
                                'missing': fn['missing']})

    diagnostics.sort(key=lambda d: (d['line'], d['col']))
    return diagnostics


def main() -> int:
    request = dojo_wire.json_loads(sys.stdin.buffer.read().decode('utf-8', 'replace'))
    if not isinstance(request, dict):
        request = {}
    answer = {'diagnostics': analyse(request)}
    sys.stdout.write(dojo_harness.json_dumps(answer) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
