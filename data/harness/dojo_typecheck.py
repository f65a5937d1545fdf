# dojo_typecheck.py: mypy on the learner's files, with facts for beginners
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The type check of Dojo (Python 3.10+, standard library and mypy).

mypy reads the learner's files; it never imports or runs them, so it runs
in the harness itself, kept warm.  It is told to read nothing else of the
learner's folder: no configuration file (`--config-file=` empty), hence no
plugins, no MYPYPATH, no site-packages, and only .py files inside the
project are handed to it.

Each of mypy's errors becomes a diagnostic (a dict, see `Diagnostic`) with
the facts that src/check/dojo-type-errors.c needs to word it for a
beginner: the enclosing function, the source text of the expression, and
the types as the learner writes them (`list[int]`, not `builtins.list`).

`python3 -I -S dojo_typecheck.py --serve` reads one JSON request a line on
stdin and answers one line on stdout, for the live underline.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Tuple

    Diagnostic = Dict[str, Any]

MODES = ('annotated', 'strict', 'basic')
DEFAULT_MODE = 'annotated'
MAX_FILE_BYTES = 1024 * 1024
MAX_DIAGNOSTICS = 200
MAX_EXPR = 60

_COMMON_FLAGS = [
    '--config-file=', '--python-version', '3.10',
    '--no-site-packages', '--ignore-missing-imports',
    '--show-column-numbers', '--show-error-codes', '--show-error-end',
    '--no-color-output', '--no-error-summary', '--no-pretty',
    # Paths as they are, whatever folder mypy runs in.
    '--show-absolute-path',
]

_MODE_FLAGS = {
    'annotated': ['--disallow-untyped-defs', '--disallow-incomplete-defs',
                  '--check-untyped-defs', '--strict-equality'],
    'strict': ['--strict'],
    'basic': ['--check-untyped-defs'],
}

# mypy reads these from the environment; none of them is for the learner.
_MYPY_ENVIRONMENT = ('MYPYPATH', 'MYPY_CACHE_DIR', 'MYPY_TEST_PREFIX',
                     'MYPY_FORCE_COLOR', 'MYPY_FORCE_TERMINAL_WIDTH')


class MypyMissing(Exception):
    """mypy is not installed where Dojo looks for it."""


def mypy_flags(mode: str) -> list[str]:
    """The options mypy gets for a check in @mode (`annotated` when unknown)."""
    return list(_COMMON_FLAGS) + list(_MODE_FLAGS.get(mode, _MODE_FLAGS[DEFAULT_MODE]))


def _candidate_dirs() -> list[str]:
    version = 'python%d.%d' % sys.version_info[:2]
    return [
        # Debian and its derivatives: python3-mypy.
        '/usr/lib/python3/dist-packages',
        # Flatpak: the pinned module of the manifest.
        os.path.join('/app/lib', version, 'site-packages'),
        os.path.join(sys.prefix, 'lib', version, 'site-packages'),
    ]


def find_mypy() -> bool:
    """Makes `import mypy` work in a `python3 -I -S` process: the folder
    holding it goes at the end of sys.path, after the standard library and
    the harness.  False if mypy is not installed (or not for this Python)."""
    try:
        import mypy.version  # noqa: F401
        return True
    except ImportError:
        pass
    for folder in _candidate_dirs():
        if not os.path.isfile(os.path.join(folder, 'mypy', '__init__.py')):
            continue
        if folder not in sys.path:
            sys.path.append(folder)
        try:
            import mypy.version  # noqa: F401,F811
            import mypy.build  # noqa: F401
            return True
        except ImportError:
            sys.path.remove(folder)
            for name in [m for m in sys.modules if m == 'mypy' or m.startswith('mypy.')]:
                del sys.modules[name]
    return False


# ---------------------------------------------------------------------------
# Types as the learner writes them

_BUILTIN_GENERICS = {
    'List': 'list', 'Dict': 'dict', 'Set': 'set', 'FrozenSet': 'frozenset',
    'Tuple': 'tuple', 'Type': 'type',
}


def _split_args(text: str) -> list[str]:
    """Splits `a, b[c, d], e` at the commas of its top level."""
    parts = []
    depth = 0
    start = 0
    quote = ''
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ''
        elif ch in '\'"':
            quote = ch
        elif ch in '[(':
            depth += 1
        elif ch in '])':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def learner_type(text: str, module: str = '') -> str:
    """mypy's name of a type, as the learner writes it: `builtins.str` →
    `str`, `List[int]` → `list[int]`, `Optional[str]` → `str | None`,
    `main.Point` → `Point`."""
    text = text.strip()
    if text.endswith('?'):
        # mypy's mark for a literal's type that was inferred, not written.
        text = text[:-1]
    if text.startswith('def ') or text.startswith('Overload('):
        return text
    bracket = text.find('[')
    if bracket > 0 and text.endswith(']'):
        head = text[:bracket]
        args = [learner_type(a, module) for a in _split_args(text[bracket + 1:-1])]
    else:
        head = text
        args = []
    for prefix in ('builtins.', 'typing.', 'typing_extensions.', module + '.'):
        if prefix != '.' and head.startswith(prefix):
            head = head[len(prefix):]
    if head == 'Optional' and len(args) == 1:
        return args[0] + ' | None'
    if head == 'Union' and args:
        return ' | '.join(args)
    if head == 'Literal':
        return text[bracket + 1:-1] if bracket > 0 else text
    head = _BUILTIN_GENERICS.get(head, head)
    if bracket > 0 and text.endswith(']'):
        return '%s[%s]' % (head, ', '.join(args))
    return head


# ---------------------------------------------------------------------------
# mypy's lines, read

def _parse_line(line: str) -> Optional[Diagnostic]:
    """`file:line:col:end_line:end_col: error: message  [code]`, as a dict."""
    for severity in (': error: ', ': note: '):
        where, found, rest = line.partition(severity)
        if found:
            break
    else:
        return None
    fields = where.rsplit(':', 4)
    if len(fields) != 5 or not all(f.lstrip('-').isdigit() for f in fields[1:]):
        return None
    message = rest
    code = None
    if rest.endswith(']') and '  [' in rest:
        message, _, code = rest[:-1].rpartition('  [')
    return {
        'severity': severity.strip(' :'),
        'path': fields[0],
        'line': int(fields[1]),
        'col': max(int(fields[2]) - 1, 0),
        'end_line': int(fields[3]),
        # mypy's end column is that of the last character, from 1.
        'end_col': max(int(fields[4]), 0),
        'code': code,
        'mypy': message,
    }


def _quoted(message: str) -> list[str]:
    """The double-quoted parts of one of mypy's sentences, in order."""
    parts = message.split('"')
    return [parts[i] for i in range(1, len(parts) - 1, 2)]


class _Source:
    """One file of the learner's: its lines and tree, for the facts."""

    def __init__(self, text: str) -> None:
        import ast
        self.lines = text.split('\n')
        self.tree: Optional[ast.Module]
        try:
            self.tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            self.tree = None

    def text(self, line: int, col: int, end_line: int, end_col: int) -> Optional[str]:
        if line < 1 or line > len(self.lines):
            return None
        if end_line < line or end_line > len(self.lines):
            end_line = line
            end_col = len(self.lines[line - 1])
        if end_line == line:
            piece = self.lines[line - 1][col:end_col]
        else:
            piece = '\n'.join([self.lines[line - 1][col:]] + self.lines[line:end_line - 1] +
                              [self.lines[end_line - 1][:end_col]])
        piece = ' '.join(piece.split())
        if not piece:
            return None
        if len(piece) > MAX_EXPR:
            piece = piece[:MAX_EXPR - 1] + '…'
        return piece

    def function_at(self, line: int) -> Optional[Any]:
        """The innermost function whose lines hold @line."""
        import ast
        if self.tree is None:
            return None
        found = None
        todo: List[ast.AST] = [self.tree]
        while todo:
            node = todo.pop()
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                end = getattr(node, 'end_lineno', None) or node.lineno
                first = min([node.lineno] + [d.lineno for d in node.decorator_list])
                if first <= line <= end:
                    found = node
                else:
                    continue
            todo.extend(ast.iter_child_nodes(node))
        return found

    def node_at(self, line: int, col: int) -> Optional[Any]:
        """The outermost expression starting at (@line, @col)."""
        import ast
        if self.tree is None:
            return None
        for node in ast.walk(self.tree):
            if isinstance(node, ast.expr) and node.lineno == line and \
               node.col_offset == self._byte_col(line, col):
                return node
        return None

    def operation_at(self, line: int, col: int) -> Optional[str]:
        """The text of the smallest operation (`a + b`, `a < b`, `a += b`)
        on @line whose span holds @col."""
        import ast
        if self.tree is None:
            return None
        byte = self._byte_col(line, col)
        best = None
        for node in ast.walk(self.tree):
            if not isinstance(node, (ast.BinOp, ast.Compare, ast.AugAssign, ast.UnaryOp)):
                continue
            end_line = getattr(node, 'end_lineno', None) or node.lineno
            end = getattr(node, 'end_col_offset', None) or 0
            if node.lineno <= line <= end_line and \
               (node.lineno < line or node.col_offset <= byte) and \
               (end_line > line or byte < end):
                if best is None or (node.lineno, node.col_offset) >= (best.lineno, best.col_offset):
                    best = node
        return self.segment(best) if best is not None else None

    def _byte_col(self, line: int, col: int) -> int:
        # ast counts UTF-8 bytes; mypy and Dojo count characters.
        if 1 <= line <= len(self.lines):
            return len(self.lines[line - 1][:col].encode('utf-8'))
        return col

    def segment(self, node: Any) -> Optional[str]:
        end_line = getattr(node, 'end_lineno', None) or node.lineno
        end_byte = getattr(node, 'end_col_offset', None)
        line_text = self.lines[end_line - 1] if end_line <= len(self.lines) else ''
        end_col = len(line_text.encode('utf-8')[:end_byte].decode('utf-8', 'replace')) \
            if end_byte is not None else len(line_text)
        start_text = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ''
        col = len(start_text.encode('utf-8')[:node.col_offset].decode('utf-8', 'replace'))
        return self.text(node.lineno, col, end_line, end_col)


def _missing_hints(function: Any) -> list[str]:
    """The parameters of @function without a hint, then `return` if its
    result has none; `self` and `cls` of methods need none."""
    a = function.args
    params = list(a.posonlyargs) + list(a.args)
    if params and params[0].arg in ('self', 'cls'):
        params = params[1:]
    params += list(a.kwonlyargs)
    for extra in (a.vararg, a.kwarg):
        if extra is not None:
            params.append(extra)
    missing = [p.arg for p in params if p.annotation is None]
    if function.returns is None:
        missing.append('return')
    return missing


def _add_facts(diag: Diagnostic, source: Optional[_Source], module: str) -> None:
    """Reads the facts the wording needs from mypy's sentence and the
    learner's source."""
    code = diag.get('code') or ''
    message = str(diag['mypy'])
    quoted = _quoted(message)
    line = int(diag['line'])

    def types(*pairs: Tuple[str, int]) -> None:
        for key, index in pairs:
            if index < len(quoted):
                diag[key] = learner_type(quoted[index], module)

    if source is not None:
        function = source.function_at(line)
        if function is not None:
            diag['function'] = function.name
        expr = source.text(line, int(diag['col']), int(diag['end_line']), int(diag['end_col']))
    else:
        function = None
        expr = None

    if code == 'return-value' and message.startswith('Incompatible return value type'):
        types(('got', 0), ('expected', 1))
        if expr:
            diag['expr'] = expr
    elif code == 'assignment' and len(quoted) >= 2:
        types(('got', 0), ('expected', 1))
        if expr:
            diag['expr'] = expr
        if source is not None and source.tree is not None:
            import ast
            for node in ast.walk(source.tree):
                if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and \
                   node.lineno == line:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    name = source.segment(targets[0])
                    if name:
                        diag['name'] = name
                    break
    elif code == 'arg-type' and message.startswith('Argument '):
        number = message.split(' ', 2)[1]
        if number.isdigit():
            diag['argument'] = int(number)
        if quoted:
            diag['callee'] = quoted[0]
        types(('got', len(quoted) - 2), ('expected', len(quoted) - 1))
        if expr:
            diag['expr'] = expr
    elif code == 'operator' and message.startswith('Unsupported operand types for '):
        diag['operator'] = message[len('Unsupported operand types for '):].split(' ', 1)[0]
        types(('left', 0), ('right', 1))
        # mypy marks one operand; the learner reads the whole operation.
        whole = source.operation_at(line, int(diag['col'])) if source is not None else None
        if whole or expr:
            diag['expr'] = whole or expr
    elif code == 'operator' and message.startswith('Unsupported left operand type for '):
        diag['operator'] = message[len('Unsupported left operand type for '):].split(' ', 1)[0]
        types(('left', 0))
        if expr:
            diag['expr'] = expr
    elif code == 'operator' and quoted and message.endswith('not callable'):
        types(('got', 0))
        if expr:
            diag['expr'] = expr
    elif code == 'call-arg':
        if message.startswith('Too many arguments'):
            diag['problem'] = 'too-many'
        elif message.startswith('Too few arguments'):
            diag['problem'] = 'too-few'
        elif message.startswith('Missing positional argument'):
            diag['problem'] = 'missing'
            diag['name'] = ', '.join(quoted[:-1])
        elif message.startswith('Unexpected keyword argument'):
            diag['problem'] = 'unexpected'
            if quoted:
                diag['name'] = quoted[0]
        if quoted:
            diag['callee'] = quoted[-1]
        if expr:
            diag['expr'] = expr
    elif code == 'name-defined' and quoted:
        diag['name'] = quoted[0]
    elif code in ('attr-defined', 'union-attr') and quoted:
        if message.startswith('Item '):
            # Item "None" of "Optional[str]" has no attribute "upper"
            types(('item', 0), ('got', 1))
        elif message.startswith('Module '):
            diag['module'] = quoted[0]
        else:
            types(('got', 0))
        diag['attribute'] = quoted[-1]
        if expr:
            diag['expr'] = expr
    elif code == 'func-returns-value' and quoted:
        diag['callee'] = quoted[0]
        if expr:
            diag['expr'] = expr
    elif code == 'valid-type':
        if message.startswith('Function ') and quoted:
            diag['name'] = learner_type(quoted[0], module)
        elif message.startswith('Variable ') and quoted:
            diag['name'] = learner_type(quoted[0], module)
        elif source is not None:
            annotation = source.node_at(line, int(diag['col']))
            text = source.segment(annotation) if annotation is not None else None
            if text:
                diag['expr'] = text
    elif code == 'index' and message.startswith('Invalid index type') and len(quoted) >= 3:
        types(('got', 0), ('container', 1), ('expected', 2))
        if expr:
            diag['expr'] = expr
    elif code == 'index' and quoted and 'not indexable' in message:
        types(('container', 0))
        if expr:
            diag['expr'] = expr
    elif code in ('var-annotated', 'type-arg') and quoted:
        diag['name'] = learner_type(quoted[0], module)
    elif code == 'no-untyped-def' and function is not None:
        diag['missing'] = _missing_hints(function)
    elif code == 'no-untyped-call' and quoted:
        diag['callee'] = quoted[0]
    elif code == 'misc' and expr:
        diag['expr'] = expr


def _fold_note(diag: Diagnostic, note: str) -> None:
    """A note of mypy's that helps the error before it: its suggestion."""
    for opening in ('Perhaps you meant ', 'Did you mean '):
        if note.startswith(opening):
            quoted = _quoted(note)
            if quoted:
                diag['suggestion'] = learner_type(quoted[0])
            return


def read_output(text: str, root: str, sources: Dict[str, _Source],
                checked: list[str]) -> list[Diagnostic]:
    """mypy's output lines as diagnostics for the files in @checked (paths
    relative to @root); notes go into the error they follow."""
    diagnostics: List[Diagnostic] = []
    last: Optional[Diagnostic] = None
    for line in text.splitlines():
        diag = _parse_line(line)
        if diag is None:
            continue
        path = str(diag.pop('path'))
        if os.path.isabs(path):
            path = os.path.relpath(path, root)
        if diag.pop('severity') == 'note':
            if last is not None and path == last['file'] and diag['line'] == last['line']:
                _fold_note(last, str(diag['mypy']))
            continue
        if path not in checked:
            last = None
            continue
        diag = dict({'file': path}, **diag)
        if diag['code'] is None:
            diag['code'] = 'syntax' if 'syntax' in str(diag['mypy']) else 'misc'
        module = os.path.splitext(path)[0].replace(os.sep, '.')
        _add_facts(diag, sources.get(path), module)
        diagnostics.append(diag)
        last = diag
        if len(diagnostics) >= MAX_DIAGNOSTICS:
            break
    return diagnostics


# ---------------------------------------------------------------------------
# Checking

def _read_source(path: str) -> _Source:
    with open(path, 'rb') as f:
        data = f.read(MAX_FILE_BYTES + 1)
    return _Source(data.decode('utf-8', 'replace'))


def plain_name(name: str) -> bool:
    """Whether @name may name a learner's file: a relative path to a .py
    file, without `..`."""
    if not name.endswith('.py') or os.path.isabs(name) or '\0' in name:
        return False
    return '..' not in name.replace('\\', '/').split('/')


def _encoding_problem(path: str) -> Optional[Diagnostic]:
    """A diagnostic (code `encoding`) if Python cannot read @path's bytes as
    text (not UTF-8, nor what its coding line says)."""
    with open(path, 'rb') as f:
        data = f.read(MAX_FILE_BYTES + 1)
    try:
        data.decode('utf-8')
        return None
    except UnicodeDecodeError as exc:
        line = data.count(b'\n', 0, exc.start) + 1
    try:
        compile(data, path, 'exec', 0x400, dont_inherit=True)
        return None
    except SyntaxError as exc:
        if 'codec' not in str(exc.msg) and 'encoding' not in str(exc.msg):
            return None
    except ValueError:
        pass
    return {'line': line, 'col': 0, 'end_line': line, 'end_col': 0, 'code': 'encoding',
            'mypy': 'This file is not UTF-8 text'}


def safe_files(root: str, files: list[str]) -> list[str]:
    """The names of @files that are .py files inside @root (no absolute
    paths, no `..`, no link leading out), relative to it."""
    real_root = os.path.realpath(root)
    kept = []
    for name in files:
        if not isinstance(name, str) or not plain_name(name):
            continue
        path = os.path.realpath(os.path.join(real_root, name))
        if not path.startswith(real_root + os.sep) or not os.path.isfile(path):
            continue
        relative = os.path.relpath(path, real_root)
        if relative not in kept:
            kept.append(relative)
    return kept


def default_files(root: str) -> list[str]:
    """Every .py file at the top of @root whose name does not start with
    `test_`, sorted."""
    try:
        names = os.listdir(root)
    except OSError:
        return []
    return sorted(n for n in names if n.endswith('.py') and not n.startswith('test_') and
                  os.path.isfile(os.path.join(root, n)))


class TypeChecker:
    """mypy, kept warm in this process.

    Kept warm (@keep_warm, the default without @cache_dir), one mypy daemon
    server per mode and folder checks again only what changed (a few
    milliseconds after an edit).  Otherwise each check is a build that reads
    and writes mypy's cache in @cache_dir, which is what a process that
    checks once (the harness) wants.  With both, the first check of a folder
    is such a build, fast from the cache, and warm_up() then starts the
    server, while the learner reads the answer."""

    def __init__(self, cache_dir: Optional[str] = None,
                 keep_warm: Optional[bool] = None) -> None:
        if not find_mypy():
            raise MypyMissing()
        for name in _MYPY_ENVIRONMENT:
            os.environ.pop(name, None)
        self.cache_dir = cache_dir
        self.keep_warm = cache_dir is None if keep_warm is None else keep_warm
        self._servers: Dict[Tuple[str, str], Any] = {}
        self._status_dir: Optional[str] = None
        self._to_warm: Optional[Tuple[str, str, List[str]]] = None

    def _options(self, mode: str, paths: list[str]) -> Any:
        import mypy.main
        from mypy.fscache import FileSystemCache
        flags = mypy_flags(mode)
        if self.cache_dir:
            flags += ['--cache-dir', self.cache_dir]
        else:
            flags += ['--cache-dir', os.devnull]
        _sources, options = mypy.main.process_options(
            flags + paths, require_targets=False, fscache=FileSystemCache())
        # Nothing started to find a Python; nothing read from a config.
        options.python_executable = None
        options.config_file = None
        options.plugins = []
        options.mypy_path = []
        return options

    def _server(self, mode: str, root: str, paths: list[str]) -> Any:
        key = (mode, root)
        server = self._servers.get(key)
        if server is None:
            import tempfile
            from mypy.dmypy_server import Server
            if self._status_dir is None:
                self._status_dir = tempfile.mkdtemp(prefix='dojo-mypy-')
            status = os.path.join(self._status_dir, 'status-%d.json' % len(self._servers))
            server = Server(self._options(mode, paths), status)
            self._servers[key] = server
        return server

    def warm_up(self) -> None:
        """Starts the server of the last folder checked from the cache, if
        there is one to start."""
        if self._to_warm is None:
            return
        mode, root, paths = self._to_warm
        self._to_warm = None
        previous = os.getcwd()
        os.chdir(root)
        try:
            self._server(mode, root, paths).cmd_check(paths, False, False, 80)
        except (ImportError, AttributeError, TypeError, OSError):
            pass
        finally:
            os.chdir(previous)

    def _run(self, mode: str, root: str, paths: list[str]) -> str:
        if self.keep_warm and self.cache_dir is not None and \
           (mode, root) not in self._servers:
            self._to_warm = (mode, root, list(paths))
        elif self.keep_warm:
            try:
                server = self._server(mode, root, paths)
            except (ImportError, AttributeError, TypeError):
                server = None
            if server is not None:
                answer = server.cmd_check(paths, False, False, 80)
                return str(answer.get('out') or '') + str(answer.get('err') or '')
        import mypy.build
        import mypy.errors
        options = self._options(mode, paths)
        from mypy.find_sources import create_source_list
        from mypy.fscache import FileSystemCache
        fscache = FileSystemCache()
        sources = create_source_list(paths, options, fscache)
        try:
            result = mypy.build.build(sources, options, fscache=fscache)
            messages = result.errors
        except mypy.errors.CompileError as exc:
            messages = exc.messages
        return '\n'.join(messages) + '\n'

    def check(self, root: str, files: list[str], mode: str) -> list[Diagnostic]:
        """Type-checks @files (relative to @root) in @mode; their
        diagnostics, in mypy's order."""
        if mode not in MODES:
            mode = DEFAULT_MODE
        root = os.path.realpath(root)
        checked = safe_files(root, files)
        if not checked:
            return []
        sources = {}
        unreadable: List[Diagnostic] = []
        for name in list(checked):
            try:
                sources[name] = _read_source(os.path.join(root, name))
            except OSError:
                continue
            problem = _encoding_problem(os.path.join(root, name))
            if problem is not None:
                # mypy would read it anyway, and Python would not.
                unreadable.append(dict(problem, file=name))
                checked.remove(name)
        if not checked:
            return unreadable
        paths = [os.path.join(root, name) for name in checked]
        # mypy looks for modules from the folder it runs in too: that is
        # the project's, never the harness's or "/".
        previous = os.getcwd()
        os.chdir(root)
        try:
            output = self._run(mode, root, paths)
        finally:
            os.chdir(previous)
        return unreadable + read_output(output, root, sources, checked)

    def close(self) -> None:
        if self._status_dir is not None:
            import shutil
            shutil.rmtree(self._status_dir, ignore_errors=True)
            self._status_dir = None


# ---------------------------------------------------------------------------
# The live underline's server

def _write_files(folder: str, files: Dict[str, Any]) -> list[str]:
    """Writes the request's files into @folder (only plain names ending in
    .py), removes those of earlier requests it no longer holds, and returns
    the names written."""
    written = []
    for name, text in files.items():
        if not isinstance(name, str) or not isinstance(text, str):
            continue
        if os.sep in name or name.startswith('.') or not name.endswith('.py'):
            continue
        path = os.path.join(folder, name)
        data = text.encode('utf-8', 'surrogatepass')[:MAX_FILE_BYTES]
        try:
            with open(path, 'rb') as f:
                same = f.read() == data
        except OSError:
            same = False
        if not same:
            try:
                before = os.stat(path).st_mtime_ns
            except OSError:
                before = 0
            with open(path, 'wb') as f:
                f.write(data)
            # mypy's daemon tells a changed file by its size and its time
            # in whole seconds: a fix of the same length (`-> str` to
            # `-> int`) within the same second must still look changed.
            second = 1_000_000_000
            if os.stat(path).st_mtime_ns // second <= before // second:
                later = (before // second + 1) * second
                os.utime(path, ns=(later, later))
        written.append(name)
    for name in os.listdir(folder):
        if name.endswith('.py') and name not in written:
            os.unlink(os.path.join(folder, name))
    return written


def serve(stdin: Any, stdout: Any, cache_dir: Optional[str] = None) -> int:
    """One JSON request a line in, one answer a line out, until EOF.  With
    @cache_dir (mypy's cache, the user's), the first answer comes from it."""
    import json
    import shutil
    import tempfile
    import time

    folder = tempfile.mkdtemp(prefix='dojo-types-')
    checker: Optional[TypeChecker]
    try:
        checker = TypeChecker(cache_dir, keep_warm=True)
    except MypyMissing:
        checker = None
    try:
        for line in stdin:
            if not line.strip():
                continue
            try:
                request = json.loads(line)
            except ValueError:
                request = None
            if not isinstance(request, dict):
                answer: Dict[str, Any] = {'id': None, 'error': 'bad-request'}
            elif checker is None:
                answer = {'id': request.get('id'), 'error': 'mypy-missing'}
            else:
                start = time.monotonic()
                files = request.get('files')
                written = _write_files(folder, files if isinstance(files, dict) else {})
                check = request.get('check')
                names = [n for n in check if n in written] if isinstance(check, list) \
                    else written
                mode = request.get('mode')
                try:
                    diagnostics = checker.check(folder, names,
                                                mode if isinstance(mode, str) else DEFAULT_MODE)
                    answer = {'id': request.get('id'), 'diagnostics': diagnostics,
                              'seconds': round(time.monotonic() - start, 4)}
                except Exception as exc:  # mypy's own crash: this request fails alone
                    answer = {'id': request.get('id'), 'error': 'failed',
                              'detail': '%s: %s' % (type(exc).__name__, exc)}
            stdout.write(json.dumps(answer, ensure_ascii=False) + '\n')
            stdout.flush()
            if checker is not None:
                checker.warm_up()
    finally:
        if checker is not None:
            checker.close()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


def main(argv: list[str]) -> int:
    if '--serve' in argv:
        cache_dir = None
        if '--cache-dir' in argv[:-1]:
            cache_dir = argv[argv.index('--cache-dir') + 1]
            os.makedirs(cache_dir, mode=0o700, exist_ok=True)
        return serve(sys.stdin, sys.stdout, cache_dir)
    if len(argv) >= 2:
        # dojo_typecheck.py ROOT FILE... [--mode MODE]: for people.
        import json
        mode = DEFAULT_MODE
        if '--mode' in argv:
            mode = argv[argv.index('--mode') + 1]
        names = [a for a in argv[1:] if a.endswith('.py')]
        try:
            found = TypeChecker().check(argv[0], names or default_files(argv[0]), mode)
        except MypyMissing:
            print('mypy is not installed', file=sys.stderr)
            return 2
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 1 if found else 0
    print('usage: dojo_typecheck.py --serve | ROOT [FILE.py...] [--mode MODE]',
          file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
