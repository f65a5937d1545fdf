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

# typing costs milliseconds to import, on every run: the annotations are
# only read by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Callable

from dojo_wire import json_loads, make_json_dumps

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
    info: dict[str, object] = {'type': type(exc).__name__, 'message': str(exc)}
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
    info['line'] = line
    info['file'] = path
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
            threading._shutdown()  # type: ignore[attr-defined]
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
        builtins.exit = _sitebuiltins.Quitter('exit', 'Ctrl-D (i.e. EOF)')  # type: ignore
        builtins.quit = _sitebuiltins.Quitter('quit', 'Ctrl-D (i.e. EOF)')  # type: ignore
    except ImportError:
        pass


# ---------------------------------------------------------------------------
# A program


def run_program(job: dict[str, object], nonce: bytes) -> None:
    project = str(job['project'])
    path = str(job['path'])
    sys.argv = [str(job['entry'])] + [str(a) for a in job.get('argv') or []]  # type: ignore
    sys.path[:0] = [os.path.dirname(path)]
    module = type(sys)('__main__')
    module.__file__ = path
    module.__builtins__ = __builtins__  # type: ignore[attr-defined]
    module.__cached__ = None  # type: ignore[attr-defined]
    sys.modules['__main__'] = module
    learner_builtins()
    code = 0
    report: object = {}
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
                    exempt_this_thread: bool = True) -> Callable[[str, tuple[object, ...]], None]:
    """A hook of its own scope: @seen is held only by it and the main
    thread's frame.  Hooks cannot be removed.  @callers: more files whose
    code may take frames and trace (the debugger's, and bdb); the thread
    that makes the hook is exempt unless @exempt_this_thread is False (the
    debugger runs the learner's code in it)."""
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
    allowed = (traceback.__file__, os.path.dirname(unittest.__file__) + os.sep)
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


def class_state(classes: list[type]) -> list[tuple[type, dict[str, object]]]:
    return [(cls, dict(cls.__dict__)) for cls in classes]


def changed_classes(state: list[tuple[type, dict[str, object]]]) -> list[str]:
    out = []
    for cls, before in state:
        now = dict(cls.__dict__)
        if now.keys() != before.keys() or any(now[k] is not v for k, v in before.items()):
            out.append(cls.__qualname__)
    return out


def changed_methods(state: list[tuple[type, dict[str, object]]]) -> list[tuple[type, str]]:
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


def failure_entry(test: object, err: tuple[type, BaseException, object] | None,
                  kind: str, message: str | None, test_path: str,
                  keep: list[str]) -> dict[str, object]:
    import traceback
    line = None
    text = ''
    if err is not None:
        exc_type, value, tb = err
        frames = [f for f in traceback.extract_tb(tb)  # type: ignore[arg-type]
                  if any(f.filename.startswith(d + os.sep) for d in keep)]
        text = ''.join(traceback.format_list(frames))
        for f in frames:
            if f.filename == test_path:
                line = f.lineno
        message = str(value)
        if exc_type is not AssertionError:
            message = '%s: %s' % (exc_type.__name__, message)
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
    return {'test': getattr(test, '_testMethodName', str(test)), 'id': test_id,
            'description': description, 'kind': kind, 'message': message,
            'line': line, 'traceback': text}


def run_tests(job: dict[str, object], nonce: bytes) -> None:
    """Runs the test file in a second thread while this one, holding the
    nonce, waits; then checks that nothing deciding results was changed,
    and only then reports."""
    project = str(job['project'])
    test_path = str(job['test_path'])
    keep = [project, os.path.dirname(test_path)]

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
    loader = unittest.loader.TestLoader()
    module_attrs = [(unittest, 'TestCase'), (unittest, 'TestResult'),
                    (unittest, 'TestSuite'), (unittest, 'TestLoader'),
                    (unittest.case, 'TestCase'), (unittest.result, 'TestResult'),
                    (unittest.suite, 'TestSuite'), (unittest.loader, 'TestLoader')]
    module_before = [getattr(m, a) for m, a in module_attrs]
    builtins_before = dict(builtins.__dict__)
    records: list[tuple[object, object, str, str | None]] = []
    outcome: dict[str, object] = {}
    seen: list[str] = []
    test_classes: list[type] = []
    test_state: list[tuple[type, dict[str, object]]] = []
    cases: list[object] = []

    # Every record also counts on a counter that only goes up: records
    # emptied behind the runner's back no longer add up.  Both are default
    # values, which (unlike a closure's cells) cannot be swapped unseen.
    counted = itertools.count()

    class Result(unittest.result.TestResult):
        # Raw exceptions only: they are put into words after the tests,
        # in the main thread.
        def addFailure(self, test, err, _r=records, _n=counted):  # type: ignore
            next(_n)
            _r.append((test, err, 'failure', None))

        def addError(self, test, err, _r=records, _n=counted):  # type: ignore
            next(_n)
            _r.append((test, err, 'error', None))

        def addSkip(self, test, reason, _r=records, _n=counted):  # type: ignore
            # A test that did not run did not pass.
            next(_n)
            _r.append((test, None, 'skipped', 'skipped: %s' % reason))

        def addUnexpectedSuccess(self, test, _r=records, _n=counted):  # type: ignore
            next(_n)
            _r.append((test, None, 'failure', 'passed, but was expected to fail'))

        def addSubTest(self, test, subtest, err, _r=records, _n=counted):  # type: ignore
            if err is not None:
                kind = 'failure' if issubclass(err[0], AssertionError) else 'error'
                next(_n)
                _r.append((subtest, err, kind, None))

    classes = [unittest.case.TestCase, unittest.result.TestResult,
               unittest.suite.TestSuite, unittest.suite.BaseTestSuite,
               unittest.loader.TestLoader, unittest.case._Outcome,  # type: ignore
               unittest.case._SubTest, Result]  # type: ignore
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
            stack = [suite]
            while stack:
                item = stack.pop()
                if isinstance(item, unittest.suite.BaseTestSuite):
                    stack.extend(item._tests)  # type: ignore[attr-defined]
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
    make_error = error_info

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
    if next(counted) != len(records):
        tampered.append('the failures recorded')
    if not outcome and result.testsRun != len(cases):
        tampered.append('%d tests ran of %d' % (result.testsRun, len(cases)))

    report: object
    if tampered:
        report = {'tampered': tampered[:10]}
    elif outcome.get('memory'):
        report = MEMORY_REPORT
    elif 'load_error' in outcome:
        error = outcome['load_error']
        if isinstance(error, BaseException):
            error = make_error(error, project)
        report = {'tests': 0, 'failures': [], 'load_error': error}
    else:
        # How many failed is decided here, from the records alone; the
        # words of each come from helpers learner code could have
        # replaced, so they never decide a result.
        failures = [make_entry(test, err, kind, message, test_path, keep)
                    for test, err, kind, message in records]
        if len(failures) != len(records):
            failures = [{'test': '?', 'kind': 'error', 'message': 'tampered'}] * len(records)
        report = {'tests': result.testsRun, 'failures': failures}
    data = nonce + b'\n' + encode(report).encode('ascii')
    while data:
        try:
            n = write(3, data)
        except OSError:
            break
        data = data[n:]
    # Nothing of the learner's runs after the report: no atexit, no threads.
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
    if job.get('mode') == 'tests':
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
