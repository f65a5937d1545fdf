# dojo_wire.py: JSON for the harness and the runner, without `json`
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON in and out with the C parts of the standard library only.

The harness and the runner start for every Check, and `json` imports `re`
and `enum`, which cost more than the interpreter itself; the C scanner and
quoting of `_json` do the work here instead.
"""

from __future__ import annotations

# typing costs milliseconds to import, on every Check: the annotations
# are only read by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable


class _ScanContext:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant: Callable[[str], float] | None = None
    memo: dict[str, str] | None = None

    def __init__(self) -> None:
        import _json
        self.memo = {}
        self.parse_constant = self._constant
        # typeshed wants a make_scanner as its context; it reads only the
        # attributes above.
        self.scan_once = _json.make_scanner(self)  # type: ignore[arg-type]

    @staticmethod
    def _constant(name: str) -> float:
        return {'NaN': float('nan'), 'Infinity': float('inf'),
                '-Infinity': float('-inf')}[name]


def json_loads(text: str) -> Any:
    ctx = _ScanContext()
    i = 0
    n = len(text)
    while i < n and text[i] in ' \t\r\n':
        i += 1
    value, end = ctx.scan_once(text, i)
    if text[end:].strip():
        raise ValueError('trailing data after JSON')
    return value


def make_json_dumps() -> Callable[[object], str]:
    """An encoder whose every part is bound now: code that runs later and
    replaces a module's functions does not change what it writes."""
    import _json
    quote = _json.encode_basestring_ascii
    is_a = isinstance
    text = str
    number = repr
    join = ''.join

    def dumps(value: object) -> str:
        parts: list[str] = []
        add = parts.append

        # Any: isinstance is bound to a local, which mypy does not narrow on.
        def enc(v: Any) -> None:
            if v is None:
                add('null')
            elif v is True:
                add('true')
            elif v is False:
                add('false')
            elif is_a(v, str):
                add(quote(v))
            elif is_a(v, (int, float)):
                add(number(v))
            elif is_a(v, dict):
                add('{')
                first = True
                for k, item in v.items():
                    if not first:
                        add(',')
                    first = False
                    add(quote(text(k)))
                    add(':')
                    enc(item)
                add('}')
            elif is_a(v, (list, tuple)):
                add('[')
                for j, item in enumerate(v):
                    if j:
                        add(',')
                    enc(item)
                add(']')
            else:
                add(quote(text(v)))

        enc(value)
        return join(parts)

    return dumps
