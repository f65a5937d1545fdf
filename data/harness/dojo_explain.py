# dojo_explain.py: the facts behind an error, for words a beginner can read
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Finds out which of the mistakes beginners make an error comes from.

The runner (dojo_runner.py) calls explain_exception() when the learner's
program raises, and the harness calls explain_syntax() when Python cannot
read the program.  Each gives back a dict of facts: the `rule` that matched
(`name-misspelt`, `index-out-of-range`, ...), the `line`, Python's own
`suggestion` when there is one, the `values` of the variables on the
failing line, and the facts of the rule (`name`, `index`, `length`, ...).
Dojo puts them into words (src/check/dojo-explain.c), in the learner's
language.

This runs inside the learner's process, after the learner's code failed:
it never calls that code.  Values are read from the frames by name only,
and only values of Python's own types are put into text; anything else is
`<ClassName object>`.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable
    from types import CodeType, FrameType, TracebackType

Facts = dict[str, object]

MAX_VALUES = 8          # variables shown for one line
MAX_REPR = 80           # characters of one value
MAX_ITEMS = 10          # items of a list, keys of a dict
MAX_FILES = 20          # files of a folder
MAX_CANDIDATES = 750    # names compared for a suggestion (as Python does)
MAX_NAME = 40           # longer names are not compared (as Python does)
MOVE_COST = 2
CASE_COST = 1
HEAP_TYPE = 1 << 9      # Py_TPFLAGS_HEAPTYPE: a class made by a class statement

KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
    'match', 'case',
))

# Types whose repr() is Python's own, never code of the learner's.
PLAIN_TYPES = (int, float, complex, bool, str, bytes, type(None), range)
CONTAINER_TYPES = (list, tuple, dict, set, frozenset)
# type's own attributes, read past whatever a class of the learner's says.
TYPE_SLOTS: dict[str, Any] = dict(vars(type))


# ---------------------------------------------------------------------------
# Values, safely


def type_name(value: object) -> str:
    """The name of @value's type, read without asking the type (a class
    of the learner's may pretend to another name)."""
    cls = type(value)
    try:
        name = TYPE_SLOTS['__name__'].__get__(cls, type)
    except BaseException:
        return 'object'
    return name if type(name) is str else 'object'


def text_of(value: str, limit: int = MAX_REPR) -> str:
    """@value shortened, and made safe to send: a file name that is not
    UTF-8 keeps its other characters."""
    if len(value) > limit:
        value = value[:limit - 1] + '…'
    return value.encode('utf-8', 'surrogateescape').decode('utf-8', 'replace')


def safe_repr(value: object, limit: int = MAX_REPR) -> str:
    """repr() of @value when only Python's own code makes it: built-in
    types, and containers of them, shortened; `<ClassName object>` for
    anything else."""
    parts: list[str] = []
    used = [0]
    seen: set[int] = set()

    def add(text: str) -> bool:
        parts.append(text)
        used[0] += len(text)
        return used[0] < limit

    def one(v: object) -> bool:
        cls = type(v)
        if cls is int:
            assert isinstance(v, int)
            if v.bit_length() > 256:
                digits = int(v.bit_length() * 0.30103) + 1
                return add('<a whole number of about %d digits>' % digits)
            return add(repr(v))
        if cls is str:
            assert isinstance(v, str)
            return add(repr(v[:limit]) if len(v) <= limit else repr(v[:limit]) + '…')
        if cls is bytes:
            assert isinstance(v, bytes)
            return add(repr(v[:limit]) if len(v) <= limit else repr(v[:limit]) + '…')
        if cls in PLAIN_TYPES:
            return add(repr(v))
        if cls in CONTAINER_TYPES:
            if id(v) in seen:
                # As Python shows a list that holds itself.
                return add('[...]' if cls is list else '(...)' if cls is tuple else '{...}')
            seen.add(id(v))
            try:
                return container(v)
            finally:
                seen.discard(id(v))
        return add('<%s object>' % type_name(v))

    def container(v: object) -> bool:
        cls = type(v)
        items: list[object]
        if cls is dict:
            assert isinstance(v, dict)
            if not add('{'):
                return False
            for i, (key, item) in enumerate(v.items()):
                if i and not add(', '):
                    return False
                if i >= MAX_ITEMS:
                    return add('…') and add('}')
                if not one(key) or not add(': ') or not one(item):
                    return False
            return add('}')
        if cls is list:
            assert isinstance(v, list)
            opening, closing, items = '[', ']', list(v[:MAX_ITEMS + 1])
            size = len(v)
        elif cls is tuple:
            assert isinstance(v, tuple)
            opening, closing, items = '(', ',)' if len(v) == 1 else ')', list(v[:MAX_ITEMS + 1])
            size = len(v)
        else:
            assert isinstance(v, (set, frozenset))
            if not v:
                return add('set()' if cls is set else 'frozenset()')
            opening, closing = ('{', '}') if cls is set else ('frozenset({', '})')
            items = []
            for item in v:
                items.append(item)
                if len(items) > MAX_ITEMS:
                    break
            size = len(v)
        if not add(opening):
            return False
        for i, item in enumerate(items):
            if i and not add(', '):
                return False
            if i >= MAX_ITEMS:
                return add('… %d in all' % size) and add(closing)
            if not one(item):
                return False
        return add(closing)

    try:
        if not one(value):
            text = ''.join(parts)
            return text_of(text[:limit - 1] + '…', limit + 1)
    except BaseException:
        return '<%s object>' % type_name(value)
    return text_of(''.join(parts), limit + 1)


def plain_dict(mapping: object) -> dict[str, object]:
    """The str-named entries of @mapping when it is a real dict (a frame's
    locals or globals), read without calling any code of the learner's."""
    if type(mapping) is not dict:
        return {}
    assert isinstance(mapping, dict)
    try:
        return {k: v for k, v in mapping.items() if type(k) is str}
    except BaseException:
        return {}


def shown_value(value: object) -> str | None:
    """What the learner calls the value of a variable: None for modules,
    functions and classes, which are not values the line computes with."""
    cls = type(value)
    if isinstance(value, type) or type_name(value) in (
            'module', 'function', 'builtin_function_or_method', 'method'):
        return None
    del cls
    return safe_repr(value)


# ---------------------------------------------------------------------------
# Frames and lines


def frame_file(frame: FrameType) -> str:
    return frame.f_code.co_filename


def under(path: str, root: str | None) -> bool:
    return root is None or path.startswith(root + os.sep)


def learner_frames(tb: TracebackType | None,
                   root: str | None) -> list[tuple[FrameType, int]]:
    """(frame, line) of every step of @tb in the learner's files."""
    out = []
    while tb is not None:
        if under(frame_file(tb.tb_frame), root):
            out.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    return out


def source_line(path: str, line: int | None) -> str:
    """Line @line of the file @path, read from disk (not from the learner's
    modules)."""
    if not line or line < 1:
        return ''
    try:
        with open(path, 'rb') as f:
            for number, text in enumerate(f, 1):
                if number == line:
                    return text.decode('utf-8', 'replace').rstrip('\r\n')
    except (OSError, ValueError):
        pass
    return ''


def read_source(path: str) -> str:
    try:
        with open(path, 'rb') as f:
            return f.read(1 << 20).decode('utf-8', 'replace')
    except (OSError, ValueError):
        return ''


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of the tokens of one line of code: NAME, NUMBER,
    STRING, OP; what a line cut out of a longer statement leaves
    unfinished is left out."""
    import io
    import tokenize
    out: list[tuple[str, str]] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text.strip() + '\n').readline):
            kind = tokenize.tok_name.get(tok.type, '')
            if kind in ('NAME', 'NUMBER', 'STRING', 'OP'):
                out.append((kind, tok.string))
    except (tokenize.TokenError, SyntaxError, IndentationError, ValueError):
        pass
    return out


def names_on(text: str) -> list[str]:
    """The variable names of a line, in order, once each: not keywords,
    attributes (after a dot) nor settings (`name=` in a call)."""
    toks = tokens(text)
    names: list[str] = []
    for i, (kind, word) in enumerate(toks):
        if kind != 'NAME' or word in KEYWORDS or word in names:
            continue
        if i > 0 and toks[i - 1] == ('OP', '.'):
            continue
        if i + 1 < len(toks) and toks[i + 1] == ('OP', '=') and i > 0 and \
                toks[i - 1] in (('OP', '('), ('OP', ',')):
            continue
        names.append(word)
    return names


class Scope:
    """The variables a frame sees, read once."""

    def __init__(self, frame: FrameType | None) -> None:
        self.locals: dict[str, object] = {}
        self.globals: dict[str, object] = {}
        self.builtins: dict[str, object] = {}
        # A function's own variables: one without a value yet is not the
        # global of the same name.
        self.own: frozenset[str] = frozenset()
        if frame is None:
            return
        try:
            self.globals = plain_dict(frame.f_globals)
            if frame.f_code.co_name != '<module>':
                self.locals = plain_dict(frame.f_locals)
                code = frame.f_code
                self.own = frozenset(code.co_varnames + code.co_cellvars)
            self.builtins = plain_dict(frame.f_builtins)
        except BaseException:
            pass

    def lookup(self, name: str) -> tuple[bool, object]:
        if name in self.locals:
            return True, self.locals[name]
        if name in self.own:
            return False, None
        if name in self.globals:
            return True, self.globals[name]
        return False, None


def line_values(scope: Scope, text: str) -> list[dict[str, str]]:
    values = []
    for name in names_on(text):
        found, value = scope.lookup(name)
        if not found:
            continue
        shown = shown_value(value)
        if shown is not None:
            values.append({'name': name, 'value': shown})
        if len(values) >= MAX_VALUES:
            break
    return values


# ---------------------------------------------------------------------------
# Suggestions, as Python makes them


def substitution_cost(a: str, b: str) -> int:
    if a == b:
        return 0
    if a.lower() == b.lower():
        return CASE_COST
    return MOVE_COST


def distance(a: str, b: str, max_cost: int) -> int:
    """How far apart two names are: moves cost 2, a letter of another case
    1; more than @max_cost is max_cost + 1."""
    if a == b:
        return 0
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return MOVE_COST * (len(a) + len(b))
    if len(a) > MAX_NAME or len(b) > MAX_NAME:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    row = list(range(MOVE_COST, MOVE_COST * (len(a) + 1), MOVE_COST))
    result = 0
    for bi, bchar in enumerate(b):
        diagonal = result = bi * MOVE_COST
        lowest = sys.maxsize
        for ai, achar in enumerate(a):
            substitute = diagonal + substitution_cost(bchar, achar)
            diagonal = row[ai]
            result = min(min(result, diagonal) + MOVE_COST, substitute)
            row[ai] = result
            lowest = min(lowest, result)
        if lowest > max_cost:
            return max_cost + 1
    return result


def closest(wrong: str, candidates: list[str]) -> str | None:
    """The name of @candidates Python would suggest for @wrong, if any."""
    if len(candidates) > MAX_CANDIDATES:
        return None
    best = None
    best_distance = 0
    for name in sorted(candidates):
        if name == wrong:
            continue
        most = (len(name) + len(wrong) + 3) * MOVE_COST // 6
        d = distance(wrong, name, most)
        if d > most:
            continue
        if best is None or d < best_distance:
            best, best_distance = name, d
    return best


def python_suggestion(message: str) -> str | None:
    """The word of Python's own "Did you mean: 'x'?", if the message has it."""
    for marker in ("Did you mean: '", "Did you mean '"):
        at = message.find(marker)
        if at >= 0:
            rest = message[at + len(marker):]
            end = rest.find("'")
            if end > 0:
                return rest[:end]
    return None


def quoted(message: str) -> str | None:
    """The first 'word' in quotes of a message."""
    start = message.find("'")
    end = message.find("'", start + 1)
    if start >= 0 and end > start + 1:
        return message[start + 1:end]
    return None


# ---------------------------------------------------------------------------
# The rules


def builtin_class(cls: type) -> bool:
    """Whether @cls is one of Python's own (a static type of C), not a
    class of the learner's that may pretend to be one."""
    try:
        flags = TYPE_SLOTS['__flags__'].__get__(cls, type)
    except BaseException:
        return False
    return type(flags) is int and not flags & HEAP_TYPE


def message_of(exc: BaseException) -> str:
    """str(exc) for Python's own exceptions holding Python's own values,
    never a __str__ of the learner's."""
    if not builtin_class(type(exc)):
        return ''
    args = exc.args
    if type(args) is not tuple or not all(type(a) in PLAIN_TYPES for a in args):
        return ''
    if isinstance(exc, OSError) and type(exc.filename) not in PLAIN_TYPES:
        return ''
    try:
        text = str(exc)
    except BaseException:
        return ''
    return text if type(text) is str else ''


def assigned_after(source: str, name: str, line: int) -> int | None:
    """The first line after @line that gives @name a value, if any."""
    try:
        tree = compile(source, '<source>', 'exec', 0x400, dont_inherit=True)
    except (SyntaxError, ValueError):
        return None
    import _ast
    found = None
    todo: list[object] = [tree]
    while todo:
        node = todo.pop()
        kind = type(node).__name__
        target = None
        if kind == 'Name' and type(getattr(node, 'ctx', None)).__name__ == 'Store':
            target = getattr(node, 'id', None)
        elif kind in ('FunctionDef', 'ClassDef', 'AsyncFunctionDef'):
            target = getattr(node, 'name', None)
        at = getattr(node, 'lineno', 0)
        if target == name and at > line and (found is None or at < found):
            found = at
        for field in getattr(node, '_fields', ()):
            value = getattr(node, field, None)
            if isinstance(value, _ast.AST):
                todo.append(value)
            elif isinstance(value, list):
                todo.extend(v for v in value if isinstance(v, _ast.AST))
    return found


def explain_name(exc: NameError, facts: Facts, scope: Scope, path: str, text: str) -> None:
    name = getattr(exc, 'name', None) or quoted(facts['message'])  # type: ignore[arg-type]
    if type(name) is not str:
        return
    facts['name'] = name
    if isinstance(exc, UnboundLocalError):
        facts['rule'] = 'unbound-local'
        if name in scope.globals:
            facts['global'] = True
        return
    line = facts.get('line')
    later = assigned_after(read_source(path), name, line) if isinstance(line, int) else None
    suggestion = facts.get('suggestion')
    function_suggested = False
    if suggestion is None:
        for where in (scope.locals, scope.globals, scope.builtins):
            suggestion = closest(name, list(where))
            if suggestion is not None:
                # Python suggests `help` for `print(hello)`: a function
                # for a word used as a value is most likely text.
                function_suggested = where is scope.builtins and callable(where[suggestion])
                facts['suggestion'] = suggestion
                break
    is_called = called(text, name)
    if later is not None:
        facts['rule'] = 'name-before-assignment'
        facts['assigned_line'] = later
    elif suggestion is not None and (is_called or not function_suggested or
                                     not name.isalpha()):
        facts['rule'] = 'name-misspelt'
    elif is_called:
        facts['rule'] = 'name-no-function'
    elif name.isalpha():
        facts['rule'] = 'name-missing-quotes'
    else:
        facts['rule'] = 'name-not-defined'


def called(text: str, name: str) -> bool:
    toks = tokens(text)
    return any(toks[i] == ('NAME', name) and toks[i + 1] == ('OP', '(')
               for i in range(len(toks) - 1))


def subscripts(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, tokens of the index) of each `name[...]` of a line."""
    toks = tokens(text)
    out = []
    for i in range(len(toks) - 1):
        if toks[i][0] != 'NAME' or toks[i + 1] != ('OP', '[') or \
                (i > 0 and toks[i - 1] == ('OP', '.')):
            continue
        depth = 0
        inside: list[tuple[str, str]] = []
        for tok in toks[i + 1:]:
            if tok[1] in ('[', '(', '{'):
                depth += 1
                if depth == 1:
                    continue
            elif tok[1] in (']', ')', '}'):
                depth -= 1
                if depth == 0:
                    break
            inside.append(tok)
        out.append((toks[i][1], inside))
    return out


def index_value(inside: list[tuple[str, str]], scope: Scope) -> int | None:
    """The index between brackets when it is a whole number or a variable
    that holds one."""
    sign = 1
    if inside[:1] == [('OP', '-')]:
        sign, inside = -1, inside[1:]
    if len(inside) != 1:
        return None
    kind, word = inside[0]
    if kind == 'NUMBER' and word.isdigit():
        return sign * int(word)
    if kind == 'NAME':
        found, value = scope.lookup(word)
        if found and type(value) is int:
            assert isinstance(value, int)
            return sign * value
    return None


def explain_index(facts: Facts, scope: Scope, text: str) -> None:
    facts['rule'] = 'index-out-of-range'
    for name, inside in subscripts(text):
        found, value = scope.lookup(name)
        if not found or type(value) not in (list, tuple, str):
            continue
        assert isinstance(value, (list, tuple, str))
        index = index_value(inside, scope)
        if index is not None and -len(value) <= index < len(value):
            continue
        facts['name'] = name
        facts['length'] = len(value)
        facts['container'] = type_name(value)
        if index is not None:
            facts['index'] = index
        return


def explain_key(exc: KeyError, facts: Facts, scope: Scope, text: str) -> None:
    facts['rule'] = 'key-missing'
    key = exc.args[0] if len(exc.args) == 1 else None
    facts['key'] = safe_repr(key)
    for name, _inside in subscripts(text):
        found, value = scope.lookup(name)
        if not found or type(value) is not dict:
            continue
        assert isinstance(value, dict)
        try:
            if key in value and type(key) in PLAIN_TYPES:
                continue
        except BaseException:
            continue
        keys = list(value)
        facts['name'] = name
        facts['keys'] = [safe_repr(k) for k in keys[:MAX_ITEMS]]
        facts['key_count'] = len(keys)
        if type(key) is str:
            assert isinstance(key, str)
            suggestion = closest(key, [k for k in keys if type(k) is str])
            if suggestion is not None:
                facts['suggestion'] = suggestion
        return


def attribute_names(obj: object) -> list[str]:
    """The attributes @obj has, found without running code of the learner's:
    those of its class and the classes it comes from, and its own."""
    names: set[str] = set()
    cls = type(obj)
    if cls is type(sys):
        names.update(plain_dict(object.__getattribute__(obj, '__dict__')))
        return sorted(names)
    get_dict = TYPE_SLOTS['__dict__'].__get__
    own_dict = None
    for base in TYPE_SLOTS['__mro__'].__get__(cls, type):
        attributes = dict(get_dict(base, type))
        names.update(plain_dict(attributes))
        if own_dict is None and '__dict__' in attributes:
            own_dict = attributes['__dict__']
    # The instance's own attributes, when `__dict__` is Python's own (a
    # class may make it a property: code of the learner's).
    if own_dict is not None and type_name(own_dict) == 'getset_descriptor' and \
            builtin_class(type(own_dict)):
        try:
            names.update(plain_dict(object.__getattribute__(obj, '__dict__')))
        except BaseException:
            pass
    return sorted(n for n in names if not n.startswith('__'))


def explain_attribute(exc: AttributeError, facts: Facts) -> None:
    name = getattr(exc, 'name', None)
    obj = getattr(exc, 'obj', None)
    message = str(facts['message'])
    if type(name) is str:
        facts['name'] = name
    if message.startswith("'NoneType' object has no attribute"):
        facts['rule'] = 'attribute-on-none'
        return
    facts['rule'] = 'attribute-misspelt'
    owner = quoted(message)
    if owner is not None:
        facts['module' if message.startswith('module ') else 'owner'] = owner
    if type(name) is str and obj is not None and facts.get('suggestion') is None:
        assert isinstance(name, str)
        try:
            suggestion = closest(name, attribute_names(obj))
        except BaseException:
            suggestion = None
        if suggestion is not None:
            facts['suggestion'] = suggestion


TYPE_WORDS = {'str': 'str', 'int': 'int', 'float': 'float', 'list': 'list',
              'NoneType': 'NoneType', 'dict': 'dict', 'tuple': 'tuple', 'bool': 'bool'}


def explain_type(facts: Facts, scope: Scope, text: str) -> None:
    message = str(facts['message'])
    if message.startswith('can only concatenate str (not "'):
        got = message.split('"')[1]
        facts['left'], facts['right'] = 'str', got
        facts['rule'] = 'type-none-value' if got == 'NoneType' else 'type-str-plus-int'
        return
    if message.startswith('unsupported operand type(s) for '):
        operator = message[len('unsupported operand type(s) for '):].split(':')[0]
        types = [t for i, t in enumerate(message.split("'")) if i % 2 == 1]
        facts['operator'] = operator
        if len(types) == 2:
            facts['left'], facts['right'] = types
        if 'NoneType' in types:
            facts['rule'] = 'type-none-value'
        elif set(types) == {'str', 'int'} or set(types) == {'str', 'float'}:
            facts['rule'] = 'type-str-plus-int'
        else:
            facts['rule'] = 'type-operand'
        return
    if ' object is not callable' in message:
        facts['rule'] = 'type-not-callable'
        facts['value_type'] = quoted(message) or ''
        for name in names_on(text):
            found, value = scope.lookup(name)
            if found and called(text, name) and not callable(value):
                facts['name'] = name
                break
        return
    if "'NoneType' object" in message:
        facts['rule'] = 'type-none-value'
        return
    for marker in ('positional argument', 'required positional argument',
                   'required keyword-only argument'):
        if marker in message and ('takes' in message or 'missing' in message):
            facts['rule'] = 'type-wrong-argument-count'
            facts['function'] = message.split('(')[0].split('.')[-1]
            return
    if 'got an unexpected keyword argument' in message:
        facts['rule'] = 'type-unknown-setting'
        facts['function'] = message.split('(')[0].split('.')[-1]
        facts['name'] = quoted(message) or ''
        return
    if "object is not subscriptable" in message or "object is not iterable" in message \
            or "has no len()" in message:
        facts['rule'] = 'type-wrong-type'
        facts['value_type'] = quoted(message) or ''
        return
    facts['rule'] = 'type-other'


def explain_value(facts: Facts) -> None:
    message = str(facts['message'])
    if message.startswith('invalid literal for int() with base'):
        facts['rule'] = 'value-int-of-text'
        facts['text'] = message.split(': ', 1)[-1]
    elif message.startswith('could not convert string to float'):
        facts['rule'] = 'value-float-of-text'
        facts['text'] = message.split(': ', 1)[-1]
    elif message.startswith(('too many values to unpack', 'not enough values to unpack')):
        facts['rule'] = 'value-unpack'
    else:
        facts['rule'] = 'value-other'


def explain_recursion(facts: Facts, frames: list[tuple[FrameType, int]]) -> None:
    facts['rule'] = 'recursion-no-base-case'
    counts: dict[str, int] = {}
    for frame, _line in frames:
        name = frame.f_code.co_name
        if name != '<module>':
            counts[name] = counts.get(name, 0) + 1
    if counts:
        facts['function'] = max(counts, key=lambda n: counts[n])


def explain_file(exc: OSError, facts: Facts, root: str | None) -> None:
    facts['rule'] = 'file-not-found'
    if type(exc.filename) is str:
        facts['filename'] = text_of(exc.filename)
    try:
        folder = os.getcwd()
        entries = sorted(os.listdir(folder))
    except OSError:
        return
    if root is not None and (folder == root or folder.startswith(root + os.sep)):
        facts['folder'] = text_of(os.path.relpath(folder, root))
    else:
        facts['folder'] = text_of(folder)
    shown = [e for e in entries if not e.startswith('.') and e != '__pycache__']
    facts['files'] = [text_of(e) for e in shown[:MAX_FILES]]
    facts['file_count'] = len(shown)


def explain_frame(frame: FrameType | None, line: int | None, facts: Facts) -> None:
    """Adds the line and the values on it to @facts."""
    if frame is None:
        return
    path = frame_file(frame)
    facts['line'] = line
    facts['function'] = facts.get('function') or (
        None if frame.f_code.co_name == '<module>' else frame.f_code.co_name)
    if facts['function'] is None:
        del facts['function']
    text = source_line(path, line)
    if text:
        facts['code'] = text_of(text.strip(), 200)
        facts['values'] = line_values(Scope(frame), text)


def explain_exception(exc: BaseException, root: str | None) -> dict[str, object] | None:
    """Facts about @exc raised by the learner's code: at the deepest frame
    under @root (the project), or the deepest of all when @root is None.
    None when the error is not one a beginner's mistake explains."""
    try:
        return explain_exception_unsafe(exc, root)
    except Exception:
        return None


def explain_exception_unsafe(exc: BaseException, root: str | None) -> dict[str, object] | None:
    if not builtin_class(type(exc)):
        # An exception class of the learner's (or a package's) is not a
        # beginner's mistake of Python's, and reading it may run its code.
        return None
    if isinstance(exc, SyntaxError):
        return explain_syntax(exc)
    frames = learner_frames(exc.__traceback__, root)
    frame, line = frames[-1] if frames else (None, None)
    message = message_of(exc)
    facts: Facts = {'rule': '', 'type': type_name(exc), 'message': text_of(message, 300),
                    'line': line}
    suggestion = python_suggestion(message)
    if suggestion is not None:
        facts['suggestion'] = suggestion
    scope = Scope(frame)
    path = frame_file(frame) if frame is not None else ''
    text = source_line(path, line)
    if isinstance(exc, NameError):
        explain_name(exc, facts, scope, path, text)
    elif isinstance(exc, RecursionError):
        explain_recursion(facts, frames)
    elif isinstance(exc, TypeError):
        explain_type(facts, scope, text)
    elif isinstance(exc, ValueError) and not isinstance(exc, UnicodeError):
        explain_value(facts)
    elif isinstance(exc, IndexError):
        explain_index(facts, scope, text)
    elif isinstance(exc, KeyError):
        explain_key(exc, facts, scope, text)
    elif isinstance(exc, AttributeError):
        explain_attribute(exc, facts)
    elif isinstance(exc, ZeroDivisionError):
        facts['rule'] = 'zero-division'
    elif isinstance(exc, FileNotFoundError):
        explain_file(exc, facts, root)
    elif isinstance(exc, ModuleNotFoundError):
        facts['rule'] = 'module-not-found'
        if type(exc.name) is str:
            facts['name'] = exc.name
    if not facts['rule']:
        return None
    explain_frame(frame, line, facts)
    return facts


def explain_running(frame: FrameType | None, root: str | None) -> dict[str, object]:
    """Facts about a program stopped for running too long, from the frame
    it was running (the deepest of the learner's files)."""
    facts: Facts = {'rule': 'timeout', 'type': 'Timeout', 'line': None}
    try:
        while frame is not None and not under(frame_file(frame), root):
            frame = frame.f_back
        if frame is not None:
            explain_frame(frame, frame.f_lineno, facts)
    except Exception:
        pass
    return facts


def watch(at: float, fd: int, root: str, dumps: Callable[[object], str]) -> None:
    """Writes to @fd, at @at (time.monotonic()), where the main thread is (as
    explain_running() says, one line of JSON), then closes it: the harness
    stops a program that runs too long, and the learner then reads which
    line it was on.  A thread of its own that only reads frames; what it
    uses is bound now, before any code of the learner's runs."""
    import _thread
    import time
    main = _thread.get_ident()
    sleep = time.sleep
    now = time.monotonic
    frames = sys._current_frames
    write = os.write
    close = os.close

    def run() -> None:
        try:
            sleep(max(0.0, at - now()))
            data = dumps(explain_running(frames().get(main), root)) + '\n'
            write(fd, data.encode('utf-8', 'replace'))
        except BaseException:
            pass
        try:
            close(fd)
        except OSError:
            pass

    _thread.start_new_thread(run, ())


def watch_tests(at: float, fd: int) -> None:
    """For tests, which share this process with code that may not take
    frames (dojo_runner.py): Python's faulthandler, from a thread of C,
    writes every thread's stack to @fd at @at (time.monotonic()), and the
    harness reads the learner's line from it (running_from_dump())."""
    import faulthandler
    import time
    faulthandler.dump_traceback_later(max(0.01, at - time.monotonic()), file=fd)


def running_from_dump(text: str, root: str) -> dict[str, object] | None:
    """Facts about tests stopped for running too long, from faulthandler's
    dump (most recent call first): the first line of the learner's files
    under @root it names."""
    marker = '", line '
    for row in text.splitlines():
        row = row.strip()
        at = row.find(marker)
        if not row.startswith('File "') or at < 0:
            continue
        path = row[len('File "'):at]
        number, _in, function = row[at + len(marker):].partition(' in ')
        if not under(path, root) or not number.isdigit():
            continue
        facts: Facts = {'rule': 'timeout', 'type': 'Timeout', 'line': int(number),
                        'file': text_of(os.path.relpath(path, root))}
        if function and function != '<module>':
            facts['function'] = text_of(function)
        code = source_line(path, int(number)).strip()
        if code:
            facts['code'] = text_of(code, 200)
        return facts
    return None


# ---------------------------------------------------------------------------
# Errors found when reading the code


BRACKETS = {'(': ')', '[': ']', '{': '}'}


def explain_syntax(exc: SyntaxError) -> dict[str, object]:
    """Facts about a SyntaxError (or IndentationError) met when compiling."""
    message = exc.msg if type(exc.msg) is str else ''
    facts: Facts = {'rule': 'syntax-other', 'type': type_name(exc),
                    'message': text_of(message, 300),
                    'line': exc.lineno if type(exc.lineno) is int else None}
    text = exc.text if type(exc.text) is str else ''
    if text:
        facts['code'] = text_of(text.strip(), 200)
    suggestion = python_suggestion(message)
    if suggestion is not None:
        facts['suggestion'] = suggestion
    if is_conflict_marker(text):
        # Before the indentation rules: a marker inside a function body is
        # read as a line that should have been indented.
        facts['rule'] = 'syntax-conflict-markers'
        return facts
    if isinstance(exc, IndentationError):
        facts['rule'] = 'indentation'
        if message.startswith('expected an indented block'):
            facts['kind'] = 'expected'
        elif message.startswith('unexpected indent'):
            facts['kind'] = 'unexpected'
        elif message.startswith('unindent does not match'):
            facts['kind'] = 'unindent'
        elif isinstance(exc, TabError):
            facts['kind'] = 'tabs'
        return facts
    if message == "expected ':'":
        facts['rule'] = 'syntax-missing-colon'
    elif message.endswith('was never closed') or message.startswith('unexpected EOF'):
        facts['rule'] = 'syntax-unclosed-bracket'
        bracket = quoted(message)
        if bracket in BRACKETS:
            facts['bracket'] = bracket
            facts['closing'] = BRACKETS[bracket]
    elif message.startswith(('unterminated string literal', 'EOL while scanning',
                             'unterminated triple-quoted', 'EOF while scanning triple')):
        facts['rule'] = 'syntax-unclosed-quote'
    elif "Maybe you meant '==' " in message or "Maybe you meant '=='" in message:
        facts['rule'] = 'syntax-assign-in-condition'
    elif message.startswith('positional argument follows keyword argument'):
        facts['rule'] = 'syntax-positional-after-keyword'
    elif message.startswith('Missing parentheses in call to'):
        facts['rule'] = 'syntax-print-parentheses'
        facts['name'] = quoted(message) or 'print'
    elif 'Perhaps you forgot a comma' in message:
        facts['rule'] = 'syntax-missing-comma'
    elif message.startswith('closing parenthesis') or message.startswith('unmatched'):
        facts['rule'] = 'syntax-unmatched-bracket'
    if facts['rule'] in ('syntax-other', 'syntax-missing-comma'):
        words = text_without_quotes(text)
        if words is not None:
            facts['rule'] = 'syntax-text-without-quotes'
            facts['text'] = text_of(words, 200)
    return facts


def is_conflict_marker(line: str) -> bool:
    """Whether @line is one git writes around a conflict when a merge
    stops: `<<<<<<< HEAD`, `=======`, `>>>>>>> branch` (or diff3's
    `||||||| base`)."""
    line = line.rstrip('\r\n')
    if line == '=======':
        return True
    return any(line == mark or line.startswith(mark + ' ')
               for mark in ('<<<<<<<', '>>>>>>>', '|||||||'))


def text_without_quotes(line: str) -> str | None:
    """What stands between the brackets of `print(Hello, World!)`: a line
    that prints words without quotes, which Python cannot read (a beginner's
    first error, in the first exercise); None for any other line."""
    stripped = line.strip()
    if not stripped.startswith('print(') or not stripped.endswith(')'):
        return None
    inside = stripped[len('print('):-1].strip()
    if not inside or any(c in inside for c in '\'"()'):
        return None
    if not any(c.isalpha() for c in inside) or ' ' not in inside and inside.isidentifier():
        return None
    return inside
