# dojo_runner.py: the first code that runs inside the sandbox, then the learner's
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one program or one test file of the learner's, inside the sandbox.

The harness (dojo_harness.py, outside the sandbox) starts a fresh
interpreter for every run:

    SANDBOX-PREFIX python3 -I -B -X utf8 -c 'import dojo_runner…' HARNESS_DIR

with the learner's stdin/stdout/stderr on 0/1/2, a pipe for the report on
fd 3, on fd 4 a pipe that holds only a nonce and on fd 5 the job, JSON:
the mode ("program" or "tests"), the project, the file, the limits.  It may
be started ahead of a Check, and then waits for its job.  Nothing the
learner should not see is in it: expected output stays with the harness.

The report is one frame, the nonce, a newline and JSON, written once at the
end.  A frame without the nonce, or more than one, is tampering.

Tests share this process with the code they test, so in "tests" mode the
runner keeps what decides the report out of easy reach: the nonce lives in
the main thread's frame while the tests run in another thread, an audit hook
refuses the tools that reach across (gc, tracing, other threads' frames,
ctypes, /proc/*/mem and /proc/*/fd), and the parts of unittest that decide
a result are compared after the run with what they were before learner code
loaded.  docs/checks.md says what this stops and what it cannot.
"""

from __future__ import annotations

import os
import sys

from dojo_wire import json_loads, make_json_dumps
# Imported before the learner's code can shadow its name.
import dojo_explain

# typing costs milliseconds to import, on every run: the annotations are
# only read by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import unittest
    from _typeshed import OptExcInfo
    from types import ModuleType
    from typing import Any, Callable, Generator, Iterator, Mapping

    import pytest

    # A job: JSON as the harness sent it.
    Json = dict[str, Any]
    # A failure of a test as recorded while it ran: the test, its
    # exception, its kind, the words when there is no exception and what
    # it printed.
    Record = tuple[object, OptExcInfo | None, str, str | None, str | None]
    # What pytest decides with: the functions and classes of its modules,
    # and the methods of those classes (pytest_state()).
    ModuleState = list[tuple[ModuleType, dict[str, object]]]
    ClassState = list[tuple[type, dict[str, object]]]

SIGXCPU = 24
INTERNAL_ERROR = 70
MEMORY_REPORT = {'error': {'type': 'MemoryError', 'message': '', 'line': None}}
_HERE = os.path.realpath(__file__)


# ---------------------------------------------------------------------------
# Setting up


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        data = os.read(fd, 4096)
        if not data:
            break
        chunks.append(data)
    os.close(fd)
    return b''.join(chunks)


def set_limits(limits: dict[str, int | None]) -> None:
    """Limits for this process and everything it starts.  RLIMIT_NPROC
    counts per user of the sandbox's own user namespace, so it bounds the
    whole tree of the run.  `cpu_s` None: no CPU time limit (the debugger,
    while a learner looks at a stop)."""
    import resource
    mib = 1024 * 1024
    cpu = limits.get('cpu_s', 10)
    wanted = [
        (resource.RLIMIT_AS, (limits.get('memory_mb') or 512) * mib),
        (resource.RLIMIT_NPROC, limits.get('processes') or 64),
        (resource.RLIMIT_FSIZE, (limits.get('file_mb') or 16) * mib),
        (resource.RLIMIT_CORE, 0),
    ]
    if cpu is not None:
        wanted.append((resource.RLIMIT_CPU, cpu))
    for which, value in wanted:
        _soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))


def write_frame(fd: int, nonce: bytes, report: object) -> None:
    data = nonce + b'\n' + make_json_dumps()(report).encode('ascii')
    while data:
        try:
            n = os.write(fd, data)
        except OSError:
            return
        data = data[n:]


# ---------------------------------------------------------------------------
# What went wrong, in the learner's terms


def error_info(exc: BaseException, project: str) -> dict[str, object]:
    """The exception as the harness turns it into words: its type, message,
    and the last line of the learner's own files it went through."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename in (_HERE, '<string>'):
        tb = tb.tb_next
    try:
        message = str(exc)
    except BaseException:
        # An exception class of the learner's whose __str__ fails.
        message = ''
    info: dict[str, object] = {'type': type(exc).__name__, 'message': message}
    line = None
    path = None
    t = tb
    while t is not None:
        filename = t.tb_frame.f_code.co_filename
        if filename.startswith(project + os.sep):
            line = t.tb_lineno
            path = os.path.relpath(filename, project)
        t = t.tb_next
    if isinstance(exc, SyntaxError) and exc.filename:
        line = exc.lineno
        path = os.path.relpath(exc.filename, project)
        info['message'] = exc.msg
    if isinstance(exc, OSError) and exc.errno is not None:
        info['errno'] = exc.errno
    # Files of the project by the names the learner knows them by
    # (ImportError names the module's file by its full path).
    info['message'] = str(info['message']).replace(project + os.sep, '')
    info['line'] = line
    info['file'] = path
    # What it means for a beginner: the facts dojo_explain.py finds.
    explained = dojo_explain.explain_exception(exc, project)
    if explained is not None:
        info['explain'] = explained
    try:
        import traceback
        info['traceback'] = ''.join(traceback.format_exception(type(exc), exc, tb))
    except BaseException:
        info['traceback'] = ''
    return info


def exit_code(exc: SystemExit) -> int:
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xff
    try:
        sys.stderr.write(str(code) + '\n')
    except BaseException:
        pass
    return 1


def finish(code: int, last: Callable[[], None] | None = None) -> None:
    """Ends as `python3 main.py` would: threads joined, atexit run, streams
    flushed; then @last, the runner's own last word (the debugger's
    `exited`)."""
    try:
        threading = sys.modules.get('threading')
        if threading is not None:
            threading._shutdown()
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    if last is not None:
        try:
            last()
        except BaseException:
            pass
    os._exit(code)


def learner_builtins() -> None:
    """exit() and quit() as a plain `python3` has them (-S leaves them out
    only for the interpreter's own use; site is loaded here anyway)."""
    import builtins
    try:
        import _sitebuiltins
        # typeshed has them as functions; `site` makes them Quitters.
        builtins.exit = _sitebuiltins.Quitter(  # type: ignore[assignment]
            'exit', 'Ctrl-D (i.e. EOF)')
        builtins.quit = _sitebuiltins.Quitter(  # type: ignore[assignment]
            'quit', 'Ctrl-D (i.e. EOF)')
    except ImportError:
        pass


# ---------------------------------------------------------------------------
# A program


# The folders confine_imports() took off the path, for hidden_package().
HIDDEN_FOLDERS: list[str] = []


def site_folders() -> list[str]:
    """The folders of installed packages on the import path."""
    return [p for p in sys.path
            if os.path.basename(p.rstrip(os.sep)) in ('site-packages', 'dist-packages')]


def confine_imports(modules: list[str]) -> None:
    """The learner's code and the tests see the standard library and the
    modules of the packages the pack declared (@modules, top-level names),
    nothing else that happens to be installed: a pack that works here
    works where only what it declared is installed.  This is about
    honest declarations, not a wall: it is all on /usr, readable anyway."""
    from importlib.machinery import PathFinder
    folders = site_folders()
    HIDDEN_FOLDERS[:] = folders
    sys.path[:] = [p for p in sys.path if p not in folders]
    allowed = frozenset(modules)
    find = PathFinder.find_spec

    class DeclaredPackages:
        """Finds the top-level modules of declared packages in the
        folders taken off the path; their submodules are found through
        their own __path__, as always."""

        @staticmethod
        def find_spec(name: str, path: object = None, target: object = None) -> object:
            if path is not None or name not in allowed:
                return None
            return find(name, folders)

        @staticmethod
        def invalidate_caches() -> None:
            pass

    # What `site` loaded from those folders (.pth files) goes too.
    for name, module in list(sys.modules.items()):
        filename = getattr(module, '__file__', None) or ''
        if name.partition('.')[0] not in allowed and \
                any(filename.startswith(d + os.sep) for d in folders):
            del sys.modules[name]
    sys.meta_path.append(DeclaredPackages)  # type: ignore[arg-type]


def hidden_package(name: str | None) -> bool:
    """Whether the package of module @name is installed in the folders
    confine_imports() took off the path: a test that cannot import it
    uses a package its pack did not declare."""
    if not name:
        return False
    from importlib.machinery import PathFinder
    try:
        return PathFinder.find_spec(name.partition('.')[0], list(HIDDEN_FOLDERS)) is not None
    except BaseException:
        return False


def run_program(job: Json, nonce: bytes) -> None:
    project = str(job['project'])
    path = str(job['path'])
    sys.argv = [str(job['entry'])] + [str(a) for a in job.get('argv') or []]
    sys.path[:0] = [os.path.dirname(path)]
    module = type(sys)('__main__')
    module.__file__ = path
    module.__builtins__ = __builtins__  # type: ignore[attr-defined]
    module.__cached__ = None  # type: ignore[attr-defined]
    sys.modules['__main__'] = module
    learner_builtins()
    code = 0
    report: object = {}
    watch = job.get('watch_at')
    if isinstance(watch, (int, float)):
        # Where the program is when it runs too long (fd 6: the harness).
        dojo_explain.watch(float(watch), 6, project, make_json_dumps())
    try:
        with open(path, 'rb') as f:
            source = f.read()
        compiled = compile(source, path, 'exec', dont_inherit=True)
        exec(compiled, module.__dict__)
    except SystemExit as exc:
        code = exit_code(exc)
    except MemoryError:
        module.__dict__.clear()
        report = MEMORY_REPORT
        try:
            sys.stderr.write('MemoryError\n')
        except BaseException:
            pass
        code = 1
    except BaseException as exc:
        info = error_info(exc, project)
        try:
            sys.stderr.write(str(info['traceback']))
        except BaseException:
            pass
        report = {'error': info}
        code = 1
    write_frame(3, nonce, report)
    finish(code)


# ---------------------------------------------------------------------------
# Tests


# Events refused while tests run: each reaches into other frames, other
# threads or raw memory, where the runner keeps what decides the report.
AUDIT_REFUSED = frozenset((
    'gc.get_objects', 'gc.get_referrers', 'gc.get_referents',
    'sys._current_frames', 'sys._current_exceptions', 'sys.settrace', 'sys.setprofile',
    'sys._settraceallthreads', 'sys._setprofileallthreads',
    'sys.monitoring.register_callback', 'sys.monitoring.use_tool_id',
    'ctypes.dlopen', 'ctypes.dlsym', 'ctypes.cdata', 'ctypes.addressof',
    'ctypes.string_at', 'ctypes.wstring_at', 'ctypes.call_function',
))
FRAME_ATTRIBUTES = frozenset(('gi_frame', 'cr_frame', 'ag_frame'))
WATCHED_ATTRIBUTES = FRAME_ATTRIBUTES | {'tb_frame'}


def make_audit_hook(seen: list[str], protected: set[int], test_classes: list[type],
                    callers: tuple[str, ...] = (),
                    exempt_this_thread: bool = True,
                    folders: tuple[str, ...] = ()) -> Callable[[str, tuple[object, ...]], None]:
    """A hook of its own scope: @seen is held only by it and the main
    thread's frame.  Hooks cannot be removed.  @callers: more files whose
    code may take frames and trace (the debugger's, and bdb); the thread
    that makes the hook is exempt unless @exempt_this_thread is False (the
    debugger runs the learner's code in it).  @folders: more folders whose
    code may take frames (pytest's, which words failures from their
    tracebacks and finds fixtures' callers), each ending with a separator."""
    import _thread
    import traceback
    get_ident = _thread.get_ident
    main_thread = get_ident() if exempt_this_thread else None
    import unittest
    getframe = sys._getframe
    realpath = os.path.realpath
    abspath = os.path.abspath
    isdir = os.path.isdir
    # traceback and unittest read the frames of a traceback to put it into
    # words (a test of tests runs unittest inside a test) or to clear them
    # (assertRaises): they may.  Code that takes a frame itself may not.
    allowed = (traceback.__file__, (os.path.dirname(unittest.__file__) + os.sep,) + folders)
    more_allowed = frozenset(callers)
    inside = [False]

    def caller(depth: int) -> str:
        """The file of the code that caused the event, @depth frames up."""
        inside[0] = True
        try:
            return getframe(depth).f_code.co_filename
        except ValueError:
            return ''
        finally:
            inside[0] = False

    def caller_allowed() -> bool:
        name = caller(3)
        return name == allowed[0] or name.startswith(allowed[1]) or name in more_allowed

    def reaches_proc(path: str) -> bool:
        """Whether opening @path reads a process's memory, descriptors or
        environment, or opens a folder of /proc, from which a name opened
        relative to it (dir_fd) would not be seen here.  The path as
        written, where it leads, and, for a relative one, from any folder
        (dir_fd again: from /, .. goes no higher)."""
        try:
            names = [abspath(path), realpath(path)]
            if not path.startswith('/'):
                names += [abspath('/' + path), realpath('/' + path)]
            for name in names:
                if name != '/proc' and not name.startswith('/proc/'):
                    continue
                if '/fd/' in name or '/task/' in name or \
                        name.endswith(('/mem', '/environ', '/fd', '/task')) or isdir(name):
                    return True
        except BaseException:
            return True
        return False

    def hook(event: str, args: tuple[object, ...]) -> None:
        # First what is frequent and harmless (id(), a frame's f_code: a
        # debugger asks for both at every step), at the cost of a lookup.
        if inside[0] or event == 'builtins.id' or (
                event == 'object.__getattr__' and len(args) > 1 and
                args[1] not in WATCHED_ATTRIBUTES) or get_ident() == main_thread:
            return
        if event == 'object.__getattr__' and len(args) > 1 and args[1] == 'tb_frame':
            if not caller_allowed():
                raise RuntimeError('frames are not available while tests run')
            return
        if event == 'sys.settrace' and more_allowed and caller(2) in more_allowed:
            # The debugger's own tracing.
            return
        if event in AUDIT_REFUSED:
            seen.append(event)
            raise RuntimeError('%s is not allowed while tests run' % event)
        if event == 'sys._getframe':
            if not caller_allowed():
                # ValueError is what logging and warnings fall back on.
                raise ValueError('frames are not available while tests run')
            return
        if event == 'object.__getattr__' and len(args) > 1 and args[1] in FRAME_ATTRIBUTES:
            raise RuntimeError('frames are not available while tests run')
        if event in ('object.__setattr__', 'object.__delattr__') and args:
            target = args[0]
            name = str(args[1]) if len(args) > 1 else ''
            if id(target) in protected or (
                    target in test_classes and
                    (name.startswith(('test', 'assert', 'fail', 'run', '_call')) or
                     name in ('setUp', 'tearDown', 'debug', '__call__'))):
                seen.append('%s %s' % (event, name))
                raise RuntimeError('changing the tests is not allowed')
        elif event == 'import' and args and args[0] in ('ctypes', '_ctypes'):
            seen.append('import ctypes')
            raise ImportError('ctypes is not allowed while tests run')
        elif event == 'open' and args and isinstance(args[0], (str, bytes)):
            path = os.fsdecode(args[0])
            inside[0] = True
            try:
                refused = reaches_proc(path)
            finally:
                inside[0] = False
            if refused:
                seen.append('open %s' % path)
                raise PermissionError(1, 'Operation not permitted', path)

    return hook


def not_dumpable() -> None:
    """Other processes of the same user (a child the learner starts) may not
    read this one's memory or descriptors through /proc or ptrace."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_dumpable = 4
    if libc.prctl(pr_set_dumpable, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), 'prctl(PR_SET_DUMPABLE) failed')


def class_state(classes: list[type]) -> ClassState:
    return [(cls, dict(cls.__dict__)) for cls in classes]


def changed_classes(state: ClassState) -> list[str]:
    out = []
    for cls, before in state:
        now = dict(cls.__dict__)
        if now.keys() != before.keys() or any(now[k] is not v for k, v in before.items()):
            out.append(cls.__qualname__)
    return out


def changed_methods(state: ClassState) -> list[tuple[type, str]]:
    """Tests, fixtures and assertions of the test classes that were replaced,
    added or removed since @state was taken (unittest itself only adds data,
    such as _classSetupFailed and tearDown_exceptions)."""
    out = []
    for cls, before in state:
        now = dict(cls.__dict__)
        for k in set(now) | set(before):
            if k.startswith(('test', 'setUp', 'tearDown', 'run', 'assert', 'debug')) and \
               now.get(k) is not before.get(k) and \
               (callable(now.get(k)) or callable(before.get(k))):
                out.append((cls, k))
    return out


# Characters kept of each text of a failure: a message, an explanation,
# a line of source, what a test printed, a traceback.
TEXT_KEPT = 4000


def bounded(text: str | None) -> str | None:
    if text is None or len(text) <= TEXT_KEPT:
        return text
    return text[:TEXT_KEPT] + '\n…'


def describe_exception(exc: BaseException | None, test_path: str,
                       keep: list[str], rewritten: bool = False) -> dict[str, object]:
    """A failure in words: the message (for an assertion, the first line of
    what pytest's rewriting says, `assert 20 == 10`), its explanation (the
    `where 20 = f(30)` lines) when @rewritten, the failing line of the test file and its
    source, and the traceback through the learner's and the test's files."""
    import traceback
    out: dict[str, object] = {'message': None, 'explanation': None, 'line': None,
                              'source': None, 'traceback': ''}
    if exc is None:
        return out
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if any(f.filename.startswith(d + os.sep) for d in keep)]
    out['traceback'] = bounded(''.join(traceback.format_list(frames)))
    for f in frames:
        if f.filename == test_path:
            out['line'] = f.lineno
            out['source'] = bounded(f.line or None)
    try:
        text = str(exc)
    except BaseException:
        text = '?'
    if not isinstance(exc, AssertionError):
        out['message'] = bounded('%s: %s' % (type(exc).__name__, text) if text
                                 else type(exc).__name__)
        # An error in the learner's code (keep[0], the project), explained
        # as a program's is.
        explained = dojo_explain.explain_exception(exc, keep[0])
        if explained is not None and explained.get('line') is not None:
            out['explain'] = explained
        return out
    if not rewritten:
        out['message'] = bounded(text)
        return out
    # pytest's rewritten assertions: what was compared, then indented
    # lines saying where each value came from (` +  where 20 = f(30)`).
    lines = text.split('\n')
    first = 1
    while first < len(lines) and lines[first][:1] not in (' ', '\t'):
        first += 1
    out['message'] = bounded('\n'.join(lines[:first]))
    rest = [line.strip() for line in lines[first:]]
    # pytest's advice to run it with -v is not for a learner, who cannot.
    rest = [line[1:].strip() if line.startswith('+') else line for line in rest
            if line and not line.startswith('Use -v to get')]
    if rest:
        out['explanation'] = bounded('\n'.join(rest))
    return out


class Captured:
    """What a test printed, as `unittest`'s `buffer` keeps it, up to
    TEXT_KEPT characters; the rest is counted, not kept."""

    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not %s' % type(text).__name__)
        if self.size < TEXT_KEPT:
            self.parts.append(text[:TEXT_KEPT - self.size])
        self.size += len(text)
        return len(text)

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def fileno(self) -> int:
        import io
        raise io.UnsupportedOperation('fileno')

    def take(self) -> str | None:
        """What was printed since the last take: a failing subTest gets
        what its own part of the test printed."""
        text = ''.join(self.parts)
        self.parts = []
        if self.size > TEXT_KEPT and not getattr(self, 'cut', False):
            self.cut = True
            text += '\n…'
        return text or None


def taken(captured: object) -> str | None:
    """What @captured (a Captured, or None) holds since the last take."""
    if captured is None:
        return None
    try:
        # Whatever it is now: what it gives back is only words.
        return captured.take()  # type: ignore[attr-defined, no-any-return]
    except BaseException:
        return None


def test_name(test: object) -> str:
    """A test's name as the learner reads it: the method, and for a
    subTest its message and parameters (`test_x [variation #2]
    (input_data=3, expected=4)`); never unittest's `runTest` of a subTest."""
    case = getattr(test, 'test_case', None)
    if case is not None:
        try:
            return '%s %s' % (case._testMethodName,
                              test._subDescription())  # type: ignore[attr-defined]
        except BaseException:
            return str(getattr(case, '_testMethodName', '?'))
    name = getattr(test, '_testMethodName', None)
    return str(name) if name is not None else str(test)


def failure_entry(test: object, err: OptExcInfo | None,
                  kind: str, message: str | None, test_path: str,
                  keep: list[str], output: str | None) -> dict[str, object]:
    entry = describe_exception(err[1] if err is not None else None, test_path, keep)
    if err is None:
        entry['message'] = message
    description = None
    try:
        description = test.shortDescription()  # type: ignore[attr-defined]
    except BaseException:
        pass
    # What Debug This Check loads: a subTest's own test case.
    case = getattr(test, 'test_case', test)
    try:
        test_id = str(case.id())  # type: ignore[attr-defined]
    except BaseException:
        test_id = None
    entry.update({'test': test_name(test), 'id': test_id, 'task': None,
                  'description': description, 'kind': kind, 'output': output})
    return entry


def load_problem(exc: BaseException, project: str, test_path: str,
                 test_name_shown: str) -> tuple[str, dict[str, object]]:
    """Why the tests could not load: ('load_error', …) when the learner's
    code could not be imported (an error in it, a missing function), with
    the learner's file and line; ('broken_test', …) when the test file
    itself is at fault (its syntax, a module it imports that is not the
    learner's, an error of its own), with the test file's line."""
    info = error_info(exc, project)
    in_test = isinstance(exc, SyntaxError) and exc.filename == test_path
    if info.get('file') is not None and not in_test:
        return 'load_error', info
    if isinstance(exc, ImportError) and not isinstance(exc, ModuleNotFoundError) and \
            exc.path and str(exc.path).startswith(project + os.sep):
        # `from calc import add` without an add in calc.py.
        info['file'] = os.path.relpath(str(exc.path), project)
        return 'load_error', info
    line = None
    if in_test:
        line = exc.lineno  # type: ignore[attr-defined]
    else:
        import traceback
        for f in traceback.extract_tb(exc.__traceback__):
            if f.filename == test_path:
                line = f.lineno
    learners = isinstance(exc, ModuleNotFoundError) and not hidden_package(exc.name)
    if line is None or learners:
        # A module missing from the project is the learner's to write.
        return 'load_error', info
    try:
        message = '%s: %s' % (type(exc).__name__,
                              exc.msg if isinstance(exc, SyntaxError) else exc)
    except BaseException:
        message = type(exc).__name__
    return 'broken_test', {'file': test_name_shown, 'line': line, 'message': bounded(message)}


def run_tests(job: Json, nonce: bytes) -> None:
    """Runs the test file in a second thread while this one, holding the
    nonce, waits; then checks that nothing deciding results was changed,
    and only then reports."""
    project = str(job['project'])
    test_path = str(job['test_path'])
    keep = [project, os.path.dirname(test_path)]
    watch = job.get('watch_at')
    if isinstance(watch, (int, float)):
        # Where the tests are when they run too long (fd 6: the harness).
        dojo_explain.watch_tests(float(watch), 6)

    not_dumpable()
    import _thread
    import builtins
    import itertools
    import unittest
    import unittest.case
    import unittest.loader
    import unittest.result
    import unittest.suite

    sys.path[:0] = [project, os.path.dirname(test_path)]
    sys.argv = [test_path]
    learner_builtins()

    # What decides a result, as it is before any code of the pack or the
    # learner runs.
    genuine_case = unittest.case.TestCase
    error_holder = unittest.suite._ErrorHolder  # type: ignore[attr-defined]
    loader = unittest.loader.TestLoader()
    module_attrs = [(unittest, 'TestCase'), (unittest, 'TestResult'),
                    (unittest, 'TestSuite'), (unittest, 'TestLoader'),
                    (unittest.case, 'TestCase'), (unittest.result, 'TestResult'),
                    (unittest.suite, 'TestSuite'), (unittest.loader, 'TestLoader')]
    module_before = [getattr(m, a) for m, a in module_attrs]
    builtins_before = dict(builtins.__dict__)
    records: list[Record] = []
    # What the test that runs now prints goes here, as `buffer` does; then
    # the streams it replaced.
    printing: list[object] = [None]
    outcome: dict[str, object] = {}
    seen: list[str] = []
    test_classes: list[type] = []
    test_state: ClassState = []
    cases: list[object] = []

    # Every record also counts on a counter that only goes up: records
    # emptied behind the runner's back no longer add up.  Both are default
    # values, which (unlike a closure's cells) cannot be swapped unseen.
    counted = itertools.count()
    started: list[object] = []
    counted_starts = itertools.count()

    class Result(unittest.result.TestResult):
        # Raw exceptions only: they are put into words after the tests,
        # in the main thread.
        # The streams go through the sys module bound here (_sys), which
        # mypy knows only as a module.
        def startTest(self, test: unittest.TestCase, _p: list[object] = printing,
                      _sys: ModuleType = sys, _Captured: type[Captured] = Captured,
                      _s: list[object] = started, _n: Iterator[int] = counted_starts) -> None:
            unittest.result.TestResult.startTest(self, test)
            next(_n)
            _s.append(test)
            _p[1:] = [_sys.stdout, _sys.stderr]
            _p[0] = _Captured()
            _sys.stdout = _sys.stderr = _p[0]  # type: ignore[attr-defined]

        def stopTest(self, test: unittest.TestCase, _p: list[object] = printing,
                     _sys: ModuleType = sys) -> None:
            if len(_p) == 3:
                _sys.stdout, _sys.stderr = _p[1], _p[2]  # type: ignore[attr-defined]
            del _p[1:]
            _p[0] = None
            unittest.result.TestResult.stopTest(self, test)

        def addFailure(self, test: unittest.TestCase, err: OptExcInfo,
                       _r: list[Record] = records, _n: Iterator[int] = counted,
                       _p: list[object] = printing,
                       _t: Callable[[object], str | None] = taken) -> None:
            next(_n)
            _r.append((test, err, 'failure', None, _t(_p[0])))

        def addError(self, test: unittest.TestCase, err: OptExcInfo,
                     _r: list[Record] = records, _n: Iterator[int] = counted,
                     _p: list[object] = printing,
                     _t: Callable[[object], str | None] = taken) -> None:
            next(_n)
            _r.append((test, err, 'error', None, _t(_p[0])))

        def addSkip(self, test: unittest.TestCase, reason: str,
                    _r: list[Record] = records, _n: Iterator[int] = counted,
                    _p: list[object] = printing,
                    _t: Callable[[object], str | None] = taken) -> None:
            # A test that did not run did not pass.
            next(_n)
            _r.append((test, None, 'skipped', 'skipped: %s' % reason, _t(_p[0])))

        def addUnexpectedSuccess(self, test: unittest.TestCase,
                                 _r: list[Record] = records, _n: Iterator[int] = counted,
                                 _p: list[object] = printing,
                                 _t: Callable[[object], str | None] = taken) -> None:
            next(_n)
            _r.append((test, None, 'failure', 'passed, but was expected to fail',
                       _t(_p[0])))

        def addSubTest(self, test: unittest.TestCase, subtest: unittest.TestCase,
                       err: OptExcInfo | None,
                       _r: list[Record] = records, _n: Iterator[int] = counted,
                       _p: list[object] = printing,
                       _t: Callable[[object], str | None] = taken) -> None:
            if err is not None:
                # unittest gives a whole exc_info here, never (None, None, None).
                failed = issubclass(err[0], AssertionError)  # type: ignore[arg-type]
                kind = 'failure' if failed else 'error'
                next(_n)
                _r.append((subtest, err, kind, None, _t(_p[0])))

    classes = [unittest.case.TestCase, unittest.result.TestResult,
               unittest.suite.TestSuite, unittest.suite.BaseTestSuite,
               unittest.loader.TestLoader, unittest.case._Outcome,  # type: ignore[attr-defined]
               unittest.case._SubTest, Result]  # type: ignore[attr-defined]
    state = class_state(classes)
    protected = {id(c) for c in classes}
    protected |= {id(v) for _c, d in state for v in d.values() if callable(v)}
    result = Result()
    done = _thread.allocate_lock()
    done.acquire()

    def body() -> None:
        try:
            name = os.path.splitext(os.path.basename(test_path))[0]
            module = type(sys)(name)
            module.__file__ = test_path
            sys.modules[name] = module
            with open(test_path, 'rb') as f:
                source = f.read()
            exec(compile(source, test_path, 'exec', dont_inherit=True), module.__dict__)
            test_classes.extend(v for v in module.__dict__.values()
                                if isinstance(v, type) and issubclass(v, genuine_case))
            # The tests as written, to compare with after the run.
            test_state.extend(class_state(test_classes))
            suite = loader.loadTestsFromModule(module)
            stack: list[object] = [suite]
            while stack:
                item = stack.pop()
                if isinstance(item, unittest.suite.BaseTestSuite):
                    stack.extend(item._tests)
                else:
                    cases.append(item)
            suite.run(result)
        except MemoryError:
            outcome['memory'] = True
        except SystemExit as exc:
            outcome['load_error'] = {'type': 'SystemExit', 'message': str(exc.code),
                                     'line': None, 'file': None}
        except BaseException as exc:
            outcome['load_error'] = exc
        finally:
            done.release()

    # After the run, only what this frame holds now is used: learner code
    # can reach this module's globals, not this frame's locals.
    builtins_dict = builtins.__dict__
    encode = make_json_dumps()
    builtins_changed = b'{"tampered": ["builtins"]}'
    write = os.write
    exit_now = os._exit
    check_classes = changed_classes
    changed_methods_of = changed_methods
    make_entry = failure_entry
    classify = load_problem
    name_of = test_name
    test_name_shown = str(job.get('test_name') or os.path.basename(test_path))

    sys.addaudithook(make_audit_hook(seen, protected, test_classes))
    # Not threading.Thread: its object would hold body() for anyone who
    # lists the threads.
    _thread.start_new_thread(body, ())
    done.acquire()

    # First the builtins, with nothing but the dicts' own methods.
    tampered = [k for k, v in builtins_before.items() if builtins_dict.get(k) is not v]
    if tampered:
        # Written with nothing the changed builtins could bend.
        write(3, nonce + b'\n' + builtins_changed)
        exit_now(0)
    tampered += seen
    tampered += ['unittest.%s' % n for n in check_classes(state)]
    tampered += ['%s.%s' % (cls.__qualname__, k) for cls, k in changed_methods_of(test_state)]
    tampered += ['%s.%s' % (m.__name__, a) for (m, a), before
                 in zip(module_attrs, module_before) if getattr(m, a) is not before]
    for case in cases:
        mro = type(case).__mro__
        if genuine_case not in mro:
            tampered.append('%s is not a real test case' % type(case).__name__)
        shadowing = [k for k in vars(case) if k in genuine_case.__dict__ or k.startswith(
            ('assert', 'fail', 'test', 'run', '_call'))]
        if shadowing:
            tampered.append('%s.%s' % (type(case).__name__, shadowing[0]))
    tampered += ['result.%s' % k for k in vars(result) if k.startswith(('add', 'start', 'stop'))]
    if next(counted) != len(records) or next(counted_starts) != len(started):
        tampered.append('the failures recorded')
    # A class or module whose setup failed runs none of its tests, and
    # says so in an error of its own.
    held = any(type(r[0]) is error_holder for r in records)
    if not outcome and (result.testsRun != len(cases) if not held
                        else result.testsRun > len(cases)):
        tampered.append('%d tests ran of %d' % (result.testsRun, len(cases)))

    report: object
    if tampered:
        report = {'tampered': tampered[:10]}
    elif outcome.get('memory'):
        report = MEMORY_REPORT
    elif 'load_error' in outcome:
        error = outcome['load_error']
        if isinstance(error, BaseException):
            which, error = classify(error, project, test_path, test_name_shown)
        else:
            which = 'load_error'
        report = {'tests': 0, 'failures': [], 'cases': [], which: error}
    else:
        # How many failed is decided here, from the records alone; the
        # words of each come from helpers learner code could have
        # replaced, so they never decide a result.
        failures = [make_entry(test, err, kind, message, test_path, keep, printed)
                    for test, err, kind, message, printed in records]
        if len(failures) != len(records):
            failures = [{'test': '?', 'kind': 'error', 'message': 'tampered'}] * len(records)
        worst = {'failure': 'failed', 'error': 'error', 'skipped': 'skipped'}
        outcomes: dict[int, str] = {id(c): 'passed' for c in started}
        for test, _err, kind, _message, _printed in records:
            case = getattr(test, 'test_case', test)
            if outcomes.get(id(case)) in (None, 'passed', 'skipped'):
                outcomes[id(case)] = worst[kind]
        case_list = []
        for case in cases:
            try:
                case_id = str(case.id())  # type: ignore[attr-defined]
            except BaseException:
                case_id = None
            case_list.append({'id': case_id, 'name': name_of(case), 'task': None,
                              'outcome': outcomes.get(id(case), 'error')})
        report = {'tests': result.testsRun, 'failures': failures, 'cases': case_list}
    data = nonce + b'\n' + encode(report).encode('ascii')
    while data:
        try:
            n = write(3, data)
        except OSError:
            break
        data = data[n:]
    # Nothing of the learner's runs after the report: no atexit, no threads.
    exit_now(0)


# Options of every pytest run: nothing read from the project or the pack
# beyond the test file (no ini file, no conftest.py, no plugins found by
# entry point), nothing written (no cache), nothing that reaches outside
# (pastebin); assertions rewritten, output captured per test.  An expected
# failure that passes fails, as in unittest.  (The debugging plugin stays:
# pytest's TestCase support asks it for its options.)
PYTEST_OPTIONS = (
    '-c', os.devnull, '--noconftest', '--import-mode=prepend',
    '-p', 'no:cacheprovider', '-p', 'no:stepwise', '-p', 'no:pastebin',
    '-p', 'no:faulthandler', '-p', 'no:junitxml',
    '--capture=fd', '--assert=rewrite', '-qq', '--tb=short', '--no-header',
    '--no-summary', '-rN', '--color=no', '--code-highlight=no',
    '-o', 'xfail_strict=true', '-o', 'python_classes=Test',
    '-o', 'python_functions=test', '-o', 'console_output_style=classic',
)
# Where pytest lives: its code may take frames, and what it decides with is
# compared after the run.
PYTEST_PACKAGES = ('pytest', '_pytest', 'pluggy')


def pytest_state() -> tuple[ModuleState, ClassState]:
    """What decides a pytest result: the functions and classes of every
    module of pytest and pluggy loaded now, and the methods of those
    classes."""
    modules: ModuleState = []
    classes: list[type] = []
    for name, module in list(sys.modules.items()):
        if module is None or name.partition('.')[0] not in PYTEST_PACKAGES:
            continue
        # Only functions, classes and modules: the state pytest keeps
        # while a test runs (assertion rewriting's hooks) is None between.
        attrs = {k: v for k, v in vars(module).items() if callable(v) or type(v) is type(sys)}
        modules.append((module, attrs))
        classes.extend(v for v in attrs.values()
                       if isinstance(v, type) and getattr(v, '__module__', None) == name)
    return modules, [(cls, {k: v for k, v in vars(cls).items() if callable(v) or
                            isinstance(v, (classmethod, staticmethod, property))})
                     for cls in classes]


def changed_pytest(modules: ModuleState, classes: ClassState) -> list[str]:
    out: list[str] = []
    now: Mapping[str, object]
    for module, before in modules:
        now = vars(module)
        out += ['%s.%s' % (module.__name__, k)
                for k, v in before.items() if now.get(k) is not v]
    for cls, before in classes:
        now = vars(cls)
        out += ['%s.%s' % (cls.__qualname__, k) for k, v in before.items()
                if now.get(k) is not v]
    return out


def task_number(item: object) -> int | None:
    """The N of a test's @pytest.mark.task(taskno=N), on the function, the
    method or its class."""
    try:
        marker = item.get_closest_marker('task')  # type: ignore[attr-defined]
    except BaseException:
        return None
    if marker is None:
        return None
    value = marker.kwargs.get('taskno', marker.args[0] if marker.args else None)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return None


def run_pytest(job: Json, nonce: bytes) -> None:
    """Runs the test file with pytest in a second thread while this one,
    holding the nonce, waits; then checks that nothing deciding results was
    changed, and only then reports.  The same shape as run_tests()."""
    project = str(job['project'])
    test_path = str(job['test_path'])
    test_dir = os.path.dirname(test_path)
    keep = [project, test_dir]
    watch = job.get('watch_at')
    if isinstance(watch, (int, float)):
        dojo_explain.watch_tests(float(watch), 6)

    not_dumpable()
    import _thread
    import builtins
    import itertools

    sys.path[:0] = [project, test_dir]
    sys.argv = [test_path]
    learner_builtins()
    for name in ('PYTEST_ADDOPTS', 'PYTEST_PLUGINS'):
        os.environ.pop(name, None)
    os.environ['PYTEST_DISABLE_PLUGIN_AUTOLOAD'] = '1'

    import pytest
    import _pytest
    import _pytest.config
    import _pytest.fixtures
    import _pytest.unittest
    import pluggy  # type: ignore[import]
    # Every plugin pytest loads, now, so that all of them are compared.
    for plugin in _pytest.config.default_plugins:
        __import__('_pytest.' + plugin)

    items: list[tuple[str, str, int | None]] = []
    # (nodeid, phase, outcome, skip reason, exception, what it printed)
    reports: list[tuple[str, str, str, str | None, BaseException | None, str | None]] = []
    # (nodeid, subTest, exception, what its part of the test printed)
    subtests: list[tuple[str, object, BaseException | None, str | None]] = []
    # (nodeid, exception or None, words)
    collect_errors: list[tuple[str, BaseException | None, str | None]] = []
    test_classes: list[type] = []
    test_state: ClassState = []
    seen: list[str] = []
    outcome: dict[str, object] = {}
    # Every record counts on a counter that only goes up (run_tests()), and
    # every one that is not a pass on a second one: a failure swapped for a
    # pass no longer adds up.
    counted = itertools.count()
    counted_bad = itertools.count()

    def add_sub_test(self: _pytest.unittest.TestCaseFunction, test_case: unittest.TestCase,
                     subtest: unittest.TestCase, err: OptExcInfo | None,
                     _r: list[tuple[str, object, BaseException | None, str | None]] = subtests,
                     _n: Iterator[int] = counted, _b: Iterator[int] = counted_bad) -> None:
        # A TestCase under pytest 7 has no place for subTest results: each
        # failing one is kept here, and the test does not pass.
        if err is not None:
            next(_n)
            next(_b)
            printed = None
            try:
                # What the test printed since the last failing subTest,
                # taken from pytest's capture (the test's report keeps the
                # rest).
                capture = self.config.pluginmanager.getplugin('capturemanager')
                out, errors = capture.read_global_capture()
                printed = (out or '') + (errors or '')
            except BaseException:
                pass
            _r.append((self.nodeid, subtest, err[1], printed or None))

    _pytest.unittest.TestCaseFunction.addSubTest = add_sub_test  # type: ignore[attr-defined]
    # What unittest's subTest() asks a result after a failure.
    _pytest.unittest.TestCaseFunction.failfast = False  # type: ignore[attr-defined]

    class Collector:
        """What pytest reports, kept as plain values as it is reported."""

        def pytest_configure(self, config: pytest.Config) -> None:
            config.addinivalue_line(
                'markers', 'task(taskno): the task of the exercise this test checks')

        def pytest_collection_finish(
                self, session: pytest.Session, _i: list[tuple[str, str, int | None]] = items,
                _c: list[type] = test_classes, _s: ClassState = test_state,
                _task: Callable[[object], int | None] = task_number,
                _state: Callable[[list[type]], ClassState] = class_state,
                _n: Iterator[int] = counted) -> None:
            for item in session.items:
                next(_n)
                _i.append((str(item.nodeid), str(item.name), _task(item)))
                cls = getattr(item, 'cls', None)
                if isinstance(cls, type) and cls not in _c:
                    _c.append(cls)
            _s.extend(_state(_c))

        # pluggy (1.0) has no type hints: its decorator, and what the
        # hook wrapper is sent (the hook's outcome), are unknown to mypy.
        @pytest.hookimpl(hookwrapper=True)  # type: ignore[misc]
        def pytest_runtest_makereport(
                self, item: pytest.Item, call: pytest.CallInfo[None],
                _r: list[tuple[str, str, str, str | None, BaseException | None,
                               str | None]] = reports,
                _n: Iterator[int] = counted,
                _b: Iterator[int] = counted_bad) -> Generator[None, Any, None]:
            made = yield
            report = made.get_result()
            reason = None
            if hasattr(report, 'wasxfail'):
                reason = 'expected to fail %s' % report.wasxfail
            elif report.skipped and isinstance(report.longrepr, tuple):
                reason = str(report.longrepr[2])
            exc = call.excinfo.value if call.excinfo is not None else None
            printed = (report.capstdout or '') + (report.capstderr or '')
            outcome = str(report.outcome)
            next(_n)
            if outcome != 'passed':
                next(_b)
            _r.append((str(item.nodeid), str(report.when), outcome, reason, exc,
                       printed or None))

        def pytest_exception_interact(
                self, node: pytest.Item | pytest.Collector, call: pytest.CallInfo[object],
                report: pytest.TestReport | pytest.CollectReport,
                _r: list[tuple[str, BaseException | None, str | None]] = collect_errors,
                _n: Iterator[int] = counted) -> None:
            if getattr(report, 'when', None) == 'collect':
                next(_n)
                # pytest calls this hook with an exception only.
                _r.append((str(node.nodeid), call.excinfo.value, None))  # type: ignore[union-attr]

        def pytest_collectreport(
                self, report: pytest.CollectReport,
                _r: list[tuple[str, BaseException | None, str | None]] = collect_errors,
                _n: Iterator[int] = counted) -> None:
            if report.failed and not any(r[0] == report.nodeid for r in _r):
                next(_n)
                _r.append((str(report.nodeid), None, str(report.longrepr)))

    collector = Collector()
    # What decides a result, as it is before any code of the pack or the
    # learner runs.
    modules_before, classes_before = pytest_state()
    collector_state = class_state([Collector])
    protected = {id(Collector), id(collector)}
    protected |= {id(c) for c, _d in classes_before}
    protected |= {id(v) for _c, d in classes_before for v in d.values()}
    protected |= {id(v) for _c, d in collector_state for v in d.values()}
    builtins_before = dict(builtins.__dict__)
    module_attrs = [(pytest, 'main'), (pytest, 'hookimpl'), (pytest, 'Item'),
                    (pytest, 'Function'), (pytest, 'TestReport'), (pytest, 'CollectReport')]
    module_before = [getattr(m, a) for m, a in module_attrs]
    done = _thread.allocate_lock()
    done.acquire()
    args = list(PYTEST_OPTIONS) + ['--rootdir', test_dir, test_path]

    def body() -> None:
        try:
            outcome['exit'] = int(pytest.main(args, plugins=[collector]))
        except MemoryError:
            outcome['memory'] = True
        except SystemExit as exc:
            outcome['exit'] = exc.code
        except BaseException as exc:
            outcome['crash'] = exc
        finally:
            done.release()

    # After the run, only what this frame holds now is used (run_tests()).
    builtins_dict = builtins.__dict__
    encode = make_json_dumps()
    builtins_changed = b'{"tampered": ["builtins"]}'
    write = os.write
    exit_now = os._exit
    compare = changed_pytest
    compare_classes = changed_classes
    changed_methods_of = changed_methods
    describe = describe_exception
    classify = load_problem
    is_a = isinstance
    lookup_error = _pytest.fixtures.FixtureLookupError
    kept = bounded
    name_of = test_name
    test_name_shown = str(job.get('test_name') or os.path.basename(test_path))
    folders = tuple(os.path.dirname(m.__file__) + os.sep
                    for m in (pytest, _pytest, pluggy))

    sys.addaudithook(make_audit_hook(seen, protected, test_classes, folders=folders))
    _thread.start_new_thread(body, ())
    done.acquire()

    tampered = [k for k, v in builtins_before.items() if builtins_dict.get(k) is not v]
    if tampered:
        write(3, nonce + b'\n' + builtins_changed)
        exit_now(0)
    tampered += seen
    tampered += compare(modules_before, classes_before)
    tampered += compare_classes(collector_state)
    tampered += ['%s.%s' % (cls.__qualname__, k) for cls, k in changed_methods_of(test_state)]
    tampered += ['pytest.%s' % a for (m, a), before in zip(module_attrs, module_before)
                 if getattr(m, a) is not before]
    tampered += ['collector.%s' % k for k in vars(collector)]
    if next(counted) != len(items) + len(reports) + len(subtests) + len(collect_errors) or \
            next(counted_bad) != len([r for r in reports if r[2] != 'passed']) + len(subtests):
        tampered.append('the reports recorded')
    crash = outcome.get('crash')

    report: object
    if tampered:
        report = {'tampered': tampered[:10]}
    elif outcome.get('memory') or is_a(crash, MemoryError):
        report = MEMORY_REPORT
    elif collect_errors:
        # The test file could not be collected: the learner's code or the
        # test file is at fault.
        _nodeid, error, words = collect_errors[0]
        cause = error
        if error is not None and not is_a(error, (SyntaxError, ImportError)):
            cause = error.__cause__ or error.__context__ or error
        info: dict[str, object]
        if cause is None:
            which, info = 'broken_test', {'file': test_name_shown, 'line': None,
                                          'message': kept(words)}
        else:
            which, info = classify(cause, project, test_path, test_name_shown)
        report = {'tests': 0, 'failures': [], 'cases': [], which: info}
    elif crash is not None:
        report = {'tests': 0, 'failures': [], 'cases': [],
                  'broken_test': {'file': test_name_shown, 'line': None,
                                  'message': kept('%s: %s' % (type(crash).__name__, crash))}}
    else:
        # Whether each test passed is decided here, from the records alone.
        phases: dict[str, list[tuple[str, str, str | None, BaseException | None,
                                     str | None]]] = {}
        for nodeid, when, result, reason, exc, printed in reports:
            phases.setdefault(nodeid, []).append((when, result, reason, exc, printed))
        failed_subtests: dict[str, list[tuple[object, BaseException | None, str | None]]] = {}
        for nodeid, subtest, exc, printed in subtests:
            failed_subtests.setdefault(nodeid, []).append((subtest, exc, printed))
        cases: list[dict[str, object]] = []
        failures: list[dict[str, object]] = []
        broken: dict[str, object] | None = None
        # A report for a test that is not in the list is not lost.
        known = {i[0] for i in items}
        everything = list(items) + [(r[0], r[0], None) for r in reports
                                    if r[0] not in known and r[2] != 'passed']
        everything += [(r[0], r[0], None) for r in subtests if r[0] not in known]
        listed: set[str] = set()
        for nodeid, name, task in everything:
            if nodeid in listed:
                continue
            listed.add(nodeid)
            mine = phases.get(nodeid, [])
            printed_all = None
            # (kind, exception, words when there is none, what it printed,
            # the subTest or None)
            entries: list[tuple[str, BaseException | None, str | None, str | None,
                                object]] = []
            ran = False
            for when, result, reason, exc, printed in mine:
                printed_all = printed or printed_all
                if when == 'call':
                    ran = True
                if result == 'skipped':
                    entries.append(('skipped', None, 'skipped: %s' % (reason or ''), printed,
                                    None))
                elif result == 'failed':
                    # An assertion that does not hold is a failure; any
                    # other exception stopped the test: an error.
                    kind = 'failure' if when == 'call' and is_a(exc, AssertionError) else 'error'
                    if is_a(exc, lookup_error) or (
                            when == 'setup' and exc is not None and
                            classify(exc, project, test_path, test_name_shown)[0] == 'broken_test'):
                        if broken is None:
                            if is_a(exc, lookup_error):
                                words = getattr(exc, 'msg', None) or \
                                    "fixture '%s' not found" % getattr(exc, 'argname', '?')
                                broken = {'file': test_name_shown, 'line': None,
                                          'message': kept(str(words))}
                            elif exc is not None:
                                broken = classify(exc, project, test_path, test_name_shown)[1]
                    entries.append((kind, exc, None, printed, None))
            for subtest, exc, printed in failed_subtests.get(nodeid, []):
                kind = 'failure' if is_a(exc, AssertionError) else 'error'
                entries.append((kind, exc, None, printed, subtest))
            if not ran and not entries:
                entries.append(('error', None, 'the test did not finish', printed_all, None))
            for kind, exc, message, printed, subtest in entries:
                failure = describe(exc, test_path, keep, rewritten=True)
                if exc is None:
                    failure['message'] = message
                shown = name
                if subtest is not None:
                    shown = name_of(subtest)
                failure.update({'test': shown, 'id': nodeid, 'task': task, 'kind': kind,
                                'output': kept(printed)})
                failures.append(failure)
            kinds = [e[0] for e in entries]
            case_outcome = 'failed' if 'failure' in kinds else 'error' if 'error' in kinds \
                else 'skipped' if 'skipped' in kinds else 'passed'
            cases.append({'id': nodeid, 'name': name, 'task': task, 'outcome': case_outcome})
        report = {'tests': len(cases), 'failures': failures, 'cases': cases}
        if broken is not None:
            report['broken_test'] = broken
    data = nonce + b'\n' + encode(report).encode('ascii')
    while data:
        try:
            n = write(3, data)
        except OSError:
            break
        data = data[n:]
    exit_now(0)


# ---------------------------------------------------------------------------


def main() -> None:
    nonce = read_all(4)
    # The job comes when there is one: a runner may be started ahead.
    job = json_loads(read_all(5).decode('utf-8'))
    set_limits(job.get('limits') or {})
    # Started ahead, it waited elsewhere: the run works in the project.
    os.chdir(str(job['project']))
    # The learner's folder gets no __pycache__, and bytecode caches key on
    # whole-second mtimes: a file changed twice within a second would run
    # stale.
    sys.dont_write_bytecode = True
    here = os.path.dirname(_HERE)
    sys.path[:] = [p for p in sys.path if p not in ('', here, sys.argv[1])]
    confine_imports([str(m) for m in job.get('modules') or []])
    if job.get('mode') == 'tests' and job.get('framework') == 'pytest':
        run_pytest(job, nonce)
    elif job.get('mode') == 'tests':
        run_tests(job, nonce)
    else:
        run_program(job, nonce)


def start() -> None:
    """What the harness's command line calls."""
    try:
        main()
    except BaseException:
        import traceback
        traceback.print_exc()
        os._exit(INTERNAL_ERROR)
