# dojo_harness.py: runs the checks of one exercise against the learner's code
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dojo's check harness (Python 3.10+, standard library only).

Dojo (src/check/dojo-checker.c) starts it as

    python3 -I -S -X utf8 -c '…; import dojo_harness; …main (…)' \
        HARNESS_DIR --result-fd 3

with the request on stdin (a first line holding a nonce, then JSON) and a
private pipe on fd 3 for the results.  The learner's code never runs in this
process, nor in a copy of it: each run is a fresh interpreter running
dojo_runner.py, started through the sandbox prefix the request carries
(dojo-sandbox.c), with its own stdin/stdout/stderr pipes, time limit and
output cap.  What decides a verdict (expected output, the checks) stays
here, out of the sandbox's sight.

Start-up time matters, so imports are few and lazy: `json` and `ast` pull in
`re` and `enum`, which cost more than the interpreter itself, so JSON goes
through the C parts of `_json` (dojo_wire.py) and the tree is walked
through `_ast`.
"""

from __future__ import annotations

import os
import sys

from dojo_wire import json_loads, make_json_dumps
# Imported once here so that its bytecode exists next to it (the runs
# import it read-only, and never write bytecode).
import dojo_runner  # noqa: F401
import dojo_explain

# typing costs milliseconds to import, on every Check: the annotations are
# only read by mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import _ast
    from typing import Any, Callable, Iterator, TypedDict

    # A request, a check and a runner's report: JSON as it came.
    Json = dict[str, Any]
    # What a check gives back, on its way to Dojo as JSON.
    Result = dict[str, object]

    class Runner(TypedDict, total=False):
        """A runner started in its sandbox, waiting for its job (spawn_runner())."""
        pid: int
        prefix: list[str]
        nonce: bytes
        # Our ends of its pipes.
        stdin: int
        stdout: int
        stderr: int
        report: int
        job: int
        watch: int
        # The folder it was started for, when started ahead (_folder_id()).
        project_id: list[int] | None

    class Run(TypedDict):
        """How a run of the learner's code went (run_learner())."""
        status: str
        exit_code: int | None
        signal: int | None
        elapsed: float
        stdout: str
        stderr: str
        report: Json | None
        running: Json | None

    class Context(TypedDict, total=False):
        """What the checks of one request share (run_checks())."""
        project: str
        exercise_dir: str
        entry: str
        path: str
        time_s: float
        output_bytes: int
        limits: dict[str, int]
        sandbox: list[str]
        sandbox_tests: list[str]
        python: str
        harness_dir: str
        warm: list[Runner] | None
        packages: list[str]
        type_cache: str | None
        project_id: list[int] | None
        source: str
        tree: _ast.AST
        first_output: str
        stop: bool
        known_packages: Json

    class MissingHints(TypedDict):
        """A function of the learner's without all its type hints."""
        name: str
        line: int
        missing: list[str]

PROTOCOL = 1
MAX_PROCESSES = 64          # per learner run, the sandbox's own processes included
SHOWN_TEXT = 4000           # characters of expected/actual sent back
SIGKILL = 9
WATCH_GRACE_S = 0.5         # how much longer a run may wait for the runner's watch

json_dumps = make_json_dumps()


# ---------------------------------------------------------------------------
# Running the learner's code


def _proc_parents() -> Iterator[tuple[int, int, bytes]]:
    """Yields (pid, ppid, state) for every process we can see."""
    for name in os.listdir('/proc'):
        if not name.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % name, 'rb') as f:
                data = f.read()
        except OSError:
            continue
        fields = data[data.rfind(b')') + 2:].split()
        yield int(name), int(fields[1]), fields[0]


def count_tree(root: int) -> int:
    """Processes under @root, itself included.  RLIMIT_NPROC bounds a run
    inside its sandbox, except where Dojo runs as root; this is the backstop."""
    children: dict[int, list[int]] = {}
    for pid, ppid, state in _proc_parents():
        if state != b'Z':
            children.setdefault(ppid, []).append(pid)
    count = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        count += 1
        todo.extend(children.get(pid, ()))
    return count


def kill_run(pid: int) -> None:
    """Ends a run: the process the sandbox prefix started, and its group.
    bubblewrap's pid 1 dies with it, and the whole pid namespace with that."""
    for target in (-pid, pid):
        try:
            os.kill(target, SIGKILL)
        except OSError:
            pass


class SandboxError (Exception):
    """The sandbox could not be made: nothing of the learner's ran."""


def reap_all() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def _read_frame(data: bytes, nonce: bytes) -> Json | str | None:
    """The runner's report: one frame, the nonce, a newline and JSON.  None if
    there is none; 'tampered' if it is not one the runner wrote."""
    if not data:
        return None
    head, newline, body = data.partition(b'\n')
    if not newline or head != nonce:
        return 'tampered'
    try:
        report = json_loads(body.decode('utf-8'))
    except (ValueError, UnicodeDecodeError, KeyError, StopIteration):
        return 'tampered'
    return report if isinstance(report, dict) else 'tampered'


def spawn_runner(prefix: list[str], python: str, harness_dir: str) -> Runner:
    """Starts a fresh interpreter running dojo_runner.py in the sandbox that
    @prefix makes; it waits for its job on fd 5.  Returns what supervising it
    needs: its pid, our ends of its pipes, and its nonce."""
    argv = list(prefix) + [python, '-I', '-B', '-X', 'utf8', '-c',
                           'import sys; sys.path.insert (0, sys.argv[1]); '
                           'import dojo_runner; dojo_runner.start ()',
                           harness_dir]
    # A nonce per run: only the runner reads it, so a report that does not
    # carry it was written by something else.
    nonce = os.urandom(16).hex().encode()

    r_in, w_in = os.pipe()
    r_out, w_out = os.pipe()
    r_err, w_err = os.pipe()
    r_rep, w_rep = os.pipe()
    r_nonce, w_nonce = os.pipe()
    r_job, w_job = os.pipe()
    r_watch, w_watch = os.pipe()
    os.write(w_nonce, nonce)
    os.close(w_nonce)

    # posix_spawn: a new program from the start, never a copy of this one.
    # Every other descriptor of ours is close-on-exec.
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[
        (os.POSIX_SPAWN_DUP2, r_in, 0), (os.POSIX_SPAWN_DUP2, w_out, 1),
        (os.POSIX_SPAWN_DUP2, w_err, 2), (os.POSIX_SPAWN_DUP2, w_rep, 3),
        (os.POSIX_SPAWN_DUP2, r_nonce, 4), (os.POSIX_SPAWN_DUP2, r_job, 5),
        (os.POSIX_SPAWN_DUP2, w_watch, 6)], setpgroup=0)
    for fd in (r_in, w_out, w_err, w_rep, r_nonce, r_job, w_watch):
        os.close(fd)
    # fd 6: where a program is when it runs too long (dojo_explain.watch).
    return {'pid': pid, 'prefix': list(prefix), 'nonce': nonce, 'stdin': w_in,
            'stdout': r_out, 'stderr': r_err, 'report': r_rep, 'job': w_job,
            'watch': r_watch}


def drop_runner(runner: Runner) -> None:
    """Ends a started runner that will not be used."""
    kill_run(runner['pid'])
    try:
        os.waitpid(runner['pid'], 0)
    except ChildProcessError:
        pass
    for fd in (runner['stdin'], runner['stdout'], runner['stderr'], runner['report'],
               runner['job'], runner['watch']):
        try:
            os.close(fd)
        except OSError:
            pass
    reap_all()


def _alive(pid: int) -> bool:
    try:
        return os.waitpid(pid, os.WNOHANG) == (0, 0)
    except ChildProcessError:
        return False


def take_runner(ctx: Context, prefix: list[str]) -> Runner:
    """A runner for @prefix: the one started ahead while this harness waited
    for its request, if it was made for the same sandbox of the same folder
    and is still waiting; else a new one."""
    box = ctx.get('warm') or []
    warm = box.pop() if box else None
    if warm is not None:
        same = warm['prefix'] == prefix and warm.get('project_id') == ctx.get('project_id')
        if same and _alive(warm['pid']):
            return warm
        drop_runner(warm)
    return spawn_runner(prefix, ctx['python'], ctx['harness_dir'])


def run_learner(ctx: Context, job: Json) -> Run:
    """Runs one program or test file of the learner's in a fresh interpreter,
    in the sandbox Dojo described (dojo-sandbox.c), and supervises it: time,
    output cap, process count.  Returns a dict with status ok|timeout|
    output-limit|process-limit|crashed|tampered, exit code,
    signal, stdout, stderr and the runner's report."""
    import select
    import time

    prefix = list(ctx['sandbox_tests'] if job['mode'] == 'tests' else ctx['sandbox'])
    stdin_data = (job.pop('stdin', None) or '').encode()
    packages = list(ctx['packages'])
    for name in job.pop('needs', None) or []:
        if name not in packages:
            packages.append(name)
    job = dict(job, project=ctx['project'], limits=ctx['limits'], packages=packages,
               modules=package_modules(ctx, packages))
    runner = take_runner(ctx, prefix)
    pid = runner['pid']
    nonce = runner['nonce']
    w_in, r_out = runner['stdin'], runner['stdout']
    r_err, r_rep = runner['stderr'], runner['report']
    r_watch = runner['watch']

    start = time.monotonic()
    # The runner says where the program or the tests are a little before
    # they are stopped (the same clock: the sandbox has no time namespace).
    job['watch_at'] = start + max(ctx['time_s'] - 0.3, ctx['time_s'] * 0.7)
    # The job goes in whole before anything else: it is small, and the
    # runner reads nothing of the learner's before it has it.
    try:
        os.write(runner['job'], json_dumps(job).encode('utf-8'))
    except OSError:
        pass
    os.close(runner['job'])

    cap = ctx['output_bytes']
    deadline = start + ctx['time_s']
    next_scan = start + 0.03
    out = bytearray()
    err = bytearray()
    rep = bytearray()
    watched = bytearray()
    in_grace = False
    buffers = {r_out: out, r_err: err, r_rep: rep, r_watch: watched}
    status = 'ok'

    poller = select.poll()
    for fd in buffers:
        poller.register(fd, select.POLLIN)
    pending = stdin_data
    if pending:
        os.set_blocking(w_in, False)
        poller.register(w_in, select.POLLOUT)
    else:
        os.close(w_in)
        w_in = -1
    open_fds = set(buffers)

    while open_fds:
        now = time.monotonic()
        if now >= deadline:
            if job['mode'] == 'program' and not watched and not in_grace:
                # Where the program is comes a little before the deadline;
                # on a busy computer, late: it gets a moment more.
                in_grace = True
                deadline = now + WATCH_GRACE_S
                continue
            status = 'timeout'
            break
        if now >= next_scan:
            if count_tree(pid) > MAX_PROCESSES:
                status = 'process-limit'
                break
            next_scan = now + 0.05
        wait = min(deadline, next_scan) - now
        for fd, _event in poller.poll(max(1, int(wait * 1000) + 1)):
            if fd == w_in:
                try:
                    n = os.write(w_in, pending[:65536])
                    pending = pending[n:]
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    pending = b''
                if not pending:
                    poller.unregister(w_in)
                    os.close(w_in)
                    w_in = -1
                continue
            data = os.read(fd, 65536)
            if not data:
                poller.unregister(fd)
                os.close(fd)
                open_fds.discard(fd)
                continue
            buf = buffers[fd]
            if fd == r_watch and len(watched) > 65536:
                continue
            buf += data
            if fd == r_watch and in_grace and b'\n' in watched:
                status = 'timeout'
                break
            if fd != r_rep and len(out) + len(err) > cap:
                status = 'output-limit'
                break
            if fd == r_rep and len(rep) > 16 * 1024 * 1024:
                status = 'output-limit'
                break
        if status != 'ok':
            break

    if in_grace and status == 'ok':
        # It ended, but after its time.
        status = 'timeout'
    elapsed = time.monotonic() - start
    # Whatever the program left running goes with it.  The process is
    # still ours to wait for, so its pid and group are not anyone else's.
    kill_run(pid)
    exit_code = None
    signal = None
    _pid, wstatus = os.waitpid(pid, 0)
    if os.WIFEXITED(wstatus):
        exit_code = os.WEXITSTATUS(wstatus)
    elif os.WIFSIGNALED(wstatus):
        signal = os.WTERMSIG(wstatus)
    # The sandbox's pid 1 comes to us (Dojo makes the harness a subreaper)
    # and is only reaped once every process of its namespace is gone.
    reap_all()
    for fd in list(open_fds) + ([w_in] if w_in >= 0 else []):
        try:
            os.close(fd)
        except OSError:
            pass

    report = _read_frame(bytes(rep), nonce)
    running = None
    if status == 'timeout':
        try:
            running = json_loads(bytes(watched).decode('utf-8').split('\n')[0])
        except (ValueError, UnicodeDecodeError, KeyError, StopIteration, IndexError):
            running = None
        if not isinstance(running, dict) or running.get('rule') != 'timeout':
            running = None
        if running is None and job['mode'] == 'tests':
            # faulthandler's words (dojo_explain.watch_tests()).
            running = dojo_explain.running_from_dump(
                bytes(watched).decode('utf-8', 'replace'), ctx['project'])
    if report is None and exit_code is not None and exit_code > 128 and prefix:
        # bubblewrap passes on a signal that ended its child as 128 + signal.
        signal = exit_code - 128
        exit_code = None
    stderr = err.decode('utf-8', 'replace')
    if status == 'ok' and report is None and exit_code == 1 and prefix and \
       stderr.startswith(os.path.basename(prefix[0]) + ':'):
        raise SandboxError(stderr.strip()[:1000])
    if report == 'tampered' and job['mode'] == 'program':
        # A program's report only words its own error; its output decides.
        report = None
    if status == 'ok' and report == 'tampered':
        status = 'tampered'
        report = {'tampered': ['a report the runner did not write']}
    elif status == 'ok' and isinstance(report, dict) and report.get('tampered'):
        status = 'tampered'
    if status == 'ok' and signal is not None:
        # 24 = SIGXCPU: the CPU-time backstop.
        status = 'timeout' if signal == 24 else 'crashed'
    if status == 'ok' and isinstance(report, dict) and \
       (report.get('error') or {}).get('type') == 'MemoryError':
        status = 'memory'
    if status == 'ok' and isinstance(report, dict) and \
       (report.get('load_error') or {}).get('type') == 'MemoryError':
        status = 'memory'
    if isinstance(report, str):
        # 'tampered'
        report = None

    return {
        'status': status,
        'exit_code': exit_code,
        'signal': signal,
        'elapsed': elapsed,
        'stdout': out.decode('utf-8', 'replace').replace('\r\n', '\n'),
        'stderr': stderr,
        'report': report,
        'running': running,
    }


# ---------------------------------------------------------------------------
# Checks


def _shown(text: str | None) -> str | None:
    if text is None:
        return None
    if len(text) > SHOWN_TEXT:
        return text[:SHOWN_TEXT] + '\n…'
    return text


def _rstrip_lines(text: str) -> str:
    return '\n'.join(line.rstrip() for line in text.rstrip().split('\n'))


def output_matches(mode: str, expect: str, actual: str) -> bool:
    if mode == 'exact':
        return actual == expect
    if mode == 'contains':
        return expect in actual
    if mode == 'regex':
        import re
        return re.search(expect, actual, re.MULTILINE) is not None
    return _rstrip_lines(actual) == _rstrip_lines(expect)


def make_diff(expect: str, actual: str) -> str:
    import difflib
    a = expect.rstrip('\n').split('\n')
    b = actual.rstrip('\n').split('\n')
    lines = list(difflib.ndiff(a, b))
    # Keep the changed lines and one line around them.
    keep: set[int] = set()
    for i, line in enumerate(lines):
        if line[:1] in ('-', '+', '?'):
            keep.update((i - 1, i, i + 1))
    out = []
    skipped = False
    for i, line in enumerate(lines):
        if i in keep:
            out.append(line.rstrip('\n'))
            skipped = False
        elif not skipped:
            out.append('  …')
            skipped = True
    if len(out) > 40:
        out = out[:40] + ['  …']
    return '\n'.join(out)


def run_failure(result: Result, run: Run) -> bool:
    """Fills @result from a run that did not end normally; True if it did not."""
    status = run['status']
    if status == 'ok':
        report = run['report'] or {}
        error = report.get('error')
        if error is None and run['exit_code'] == 70:
            error = {'type': 'InternalError', 'message': run['stderr'][-2000:], 'line': None}
        if error is not None:
            result['status'] = 'failed'
            result['error'] = error
            return True
        return False
    result['status'] = status
    if status == 'tampered':
        result['tampered'] = [str(t) for t in (run['report'] or {}).get('tampered') or []]
    if run['signal'] is not None:
        result['signal'] = run['signal']
    if status == 'crashed':
        result['stderr'] = _shown(run['stderr'])
    return True


def check_io(ctx: Context, check: Json) -> Result:
    job = {'mode': 'program', 'entry': ctx['entry'], 'path': ctx['path'],
           'stdin': check.get('stdin') or '', 'argv': check.get('argv') or []}
    run = run_learner(ctx, job)
    ctx.setdefault('first_output', run['stdout'])
    expect = check.get('expect') or ''
    actual = run['stdout']
    result: Result = {'expected': _shown(expect), 'actual': _shown(actual)}
    mode = check.get('match') or 'rstrip'
    if run_failure(result, run):
        if run['status'] == 'timeout':
            ctx['stop'] = True
            if run['running'] is not None:
                # Where the program was: its line and the values there.
                result['running'] = run['running']
        return result
    if output_matches(mode, expect, actual):
        result['status'] = 'passed'
    else:
        result['status'] = 'failed'
        if mode in ('exact', 'rstrip'):
            result['diff'] = make_diff(expect, actual)
    if run['exit_code']:
        result['exit_code'] = run['exit_code']
    return result


def package_modules(ctx: Context, names: list[str]) -> list[str]:
    """The top-level modules of the packages @names (packages.json, next to
    this file): what the learner's code and the tests may import beyond the
    standard library."""
    if 'known_packages' not in ctx:
        try:
            with open(os.path.join(ctx['harness_dir'], 'packages.json'), 'rb') as f:
                known = json_loads(f.read().decode('utf-8')).get('packages') or {}
        except (OSError, ValueError, KeyError, UnicodeDecodeError, AttributeError,
                StopIteration):
            known = {}
        ctx['known_packages'] = known if isinstance(known, dict) else {}
    modules: list[str] = []
    for name in names:
        entry = ctx['known_packages'].get(name)
        if isinstance(entry, dict):
            modules.extend(str(m) for m in entry.get('modules') or [] if str(m) not in modules)
    return modules


def check_tests(ctx: Context, check: Json, framework: str) -> Result:
    """A unittest or pytest check: the test file run against the learner's
    code, one entry per failing test, one case per test."""
    test = check.get('test') or ''
    # The real path: the sandbox shows the test's folder there, and only
    # when it is inside the exercise (dojo-checker.c, make_sandboxes).
    test_path = os.path.realpath(os.path.join(ctx['exercise_dir'], test))
    if not test or not test_path.startswith(ctx['exercise_dir'] + os.sep) \
       or not os.path.isfile(test_path):
        return {'status': 'error', 'problem': 'missing-test', 'test': test}
    job: Json = {'mode': 'tests', 'framework': framework, 'test_path': test_path,
                 'test_name': os.path.relpath(test_path, ctx['exercise_dir'])}
    if framework == 'pytest':
        # A pytest check needs pytest, declared or not.
        job['needs'] = ['pytest']
    run = run_learner(ctx, job)
    result: Result = {}
    if run['status'] != 'ok':
        run_failure(result, run)
        if run['status'] == 'timeout':
            ctx['stop'] = True
            if run['running'] is not None:
                result['running'] = run['running']
        return result
    report = run['report']
    if report is None:
        result['status'] = 'crashed'
        result['stderr'] = _shown(run['stderr'])
        return result
    if report.get('load_error'):
        result['status'] = 'failed'
        # `error` is what Dojo words for every check that ran code.
        result['error'] = result['load_error'] = report['load_error']
        return result
    if report.get('broken_test'):
        # The pack's test is at fault, not the learner.
        result['status'] = 'error'
        result['problem'] = 'broken-test'
        result['broken_test'] = report['broken_test']
        return result
    result['test_path'] = test_path
    result['tests'] = report.get('tests', 0)
    result['cases'] = report.get('cases') or []
    result['failures'] = report.get('failures') or []
    result['status'] = 'failed' if result['failures'] or not result['tests'] else 'passed'
    return result


def check_unittest(ctx: Context, check: Json) -> Result:
    return check_tests(ctx, check, 'unittest')


def check_pytest(ctx: Context, check: Json) -> Result:
    return check_tests(ctx, check, 'pytest')


# The teacher's vocabulary, mapped to node kinds of `_ast`.
CONSTRUCTS = {
    'if': ('If', 'IfExp'),
    'while': ('While',),
    'for': ('For', 'AsyncFor'),
    'break': ('Break',),
    'continue': ('Continue',),
    'def': ('FunctionDef', 'AsyncFunctionDef'),
    'return': ('Return',),
    'lambda': ('Lambda',),
    'class': ('ClassDef',),
    'try': ('Try', 'TryStar'),
    'raise': ('Raise',),
    'with': ('With', 'AsyncWith'),
    'import': ('Import', 'ImportFrom'),
    'comprehension': ('ListComp', 'SetComp', 'DictComp'),
    'generator': ('GeneratorExp', 'Yield', 'YieldFrom'),
    'f-string': ('JoinedStr',),
    'walrus': ('NamedExpr',),
    'match': ('Match',),
    'global': ('Global',),
    'nonlocal': ('Nonlocal',),
    'assert': ('Assert',),
    'async': ('AsyncFunctionDef', 'AsyncFor', 'AsyncWith', 'Await'),
}


def walk(tree: _ast.AST) -> Iterator[_ast.AST]:
    import _ast
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, _ast.AST):
                todo.append(value)
            elif isinstance(value, list):
                todo.extend(v for v in value if isinstance(v, _ast.AST))


def construct_lines(ctx: Context, construct: str,
                    tree: _ast.AST | None = None) -> list[int] | None:
    """Line numbers where @construct is used, or None if it is not a word of
    the vocabulary."""
    import _ast
    if tree is None:
        tree = ctx['tree']
    lines: list[int] = []
    kind, _, name = construct.partition(':')
    if name:
        if kind not in ('call', 'def', 'import'):
            return None
        for node in walk(tree):
            # A tree from compile() holds `_ast`'s own classes, never one
            # derived from them.
            if kind == 'call' and isinstance(node, _ast.Call):
                func = node.func
                called = getattr(func, 'id', None) or getattr(func, 'attr', None)
                if called == name:
                    lines.append(node.lineno)
            elif kind == 'def' and isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef)) \
                    and node.name == name:
                lines.append(node.lineno)
            elif kind == 'import' and isinstance(node, _ast.Import):
                if any(a.name == name or a.name.startswith(name + '.') for a in node.names):
                    lines.append(node.lineno)
            elif kind == 'import' and isinstance(node, _ast.ImportFrom) and node.module:
                if node.module == name or node.module.startswith(name + '.'):
                    lines.append(node.lineno)
    elif construct == 'decorator':
        for node in walk(tree):
            for deco in getattr(node, 'decorator_list', None) or ():
                lines.append(deco.lineno)
    elif construct in CONSTRUCTS:
        kinds = CONSTRUCTS[construct]
        for node in walk(tree):
            if type(node).__name__ in kinds:
                lines.append(node.lineno)
    else:
        return None
    return sorted(set(lines))


def parse_file(ctx: Context, check: Json) -> _ast.AST | Result:
    """The tree of the file a check looks at: `file` (in the project) or the
    entry; or, when there is none, the check's result (a dict)."""
    name = check.get('file')
    if not name or name == ctx['entry']:
        return ctx['tree']
    path = os.path.normpath(os.path.join(ctx['project'], name))
    if not path.startswith(ctx['project'] + os.sep):
        return {'status': 'error', 'problem': 'bad-file', 'file': name}
    try:
        with open(path, 'rb') as f:
            tree: _ast.AST = compile(f.read(), path, 'exec', 0x400, dont_inherit=True)
            return tree
    except OSError:
        return {'status': 'failed', 'missing_file': name}
    except (SyntaxError, ValueError) as exc:
        return {'status': 'failed', 'error': {
            'type': 'SyntaxError', 'message': getattr(exc, 'msg', str(exc)),
            'line': getattr(exc, 'lineno', None), 'file': name}}


def check_ast(ctx: Context, check: Json) -> Result:
    tree = parse_file(ctx, check)
    if isinstance(tree, dict):
        return tree
    violations: list[Result] = []
    for index, rule in enumerate(check.get('rules') or []):
        if 'forbid' in rule:
            kind, construct = 'forbid', rule['forbid']
        else:
            kind, construct = 'require', rule.get('require')
        lines = construct_lines(ctx, str(construct), tree)
        if lines is None:
            return {'status': 'error', 'problem': 'unknown-construct', 'construct': construct}
        if (kind == 'forbid' and lines) or (kind == 'require' and not lines):
            violations.append({'rule': index, 'kind': kind, 'construct': construct,
                               'lines': lines, 'line': lines[0] if lines else None,
                               'message': rule.get('message')})
    return {'status': 'failed' if violations else 'passed', 'violations': violations}


def check_type_hints(ctx: Context, check: Json) -> Result:
    import _ast
    tree = parse_file(ctx, check)
    if isinstance(tree, dict):
        return tree
    functions: list[MissingHints] = []
    todo = [(tree, False)]
    while todo:
        node, in_class = todo.pop()
        cls = type(node).__name__
        if isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef)):
            a = node.args
            params = list(a.posonlyargs) + list(a.args)
            if in_class and params and params[0].arg in ('self', 'cls') \
               and not any(getattr(d, 'id', None) == 'staticmethod' for d in node.decorator_list):
                params = params[1:]
            params += list(a.kwonlyargs)
            if a.vararg is not None:
                params.append(a.vararg)
            if a.kwarg is not None:
                params.append(a.kwarg)
            missing = [p.arg for p in params if p.annotation is None]
            if node.returns is None:
                missing.append('return')
            if missing:
                functions.append({'name': node.name, 'line': node.lineno, 'missing': missing})
        for name in node._fields:
            value = getattr(node, name, None)
            children = value if isinstance(value, list) else [value]
            for child in children:
                if isinstance(child, _ast.AST):
                    todo.append((child, cls == 'ClassDef'))
    functions.sort(key=lambda f: f['line'])
    return {'status': 'failed' if functions else 'passed', 'functions': functions}


def check_type_check(ctx: Context, check: Json) -> Result:
    """mypy on the learner's files (dojo_typecheck.py), which it reads and
    never runs.  Names outside the project were refused by the validator
    and are ignored here."""
    import dojo_typecheck
    project = str(ctx['project'])
    names = check.get('files')
    if isinstance(names, list):
        wanted = [n for n in names if isinstance(n, str) and dojo_typecheck.plain_name(n)]
        for name in wanted:
            if not os.path.lexists(os.path.join(project, name)):
                return {'status': 'failed', 'missing_file': name}
        files = dojo_typecheck.safe_files(project, wanted)
    else:
        files = dojo_typecheck.default_files(project)
    for name in files:
        # mypy's time grows with the file; no learner writes a megabyte.
        if os.path.getsize(os.path.join(project, name)) > dojo_typecheck.MAX_FILE_BYTES:
            return {'status': 'failed', 'too_large': name}
    mode = check.get('mode')
    cache = ctx.get('type_cache')
    try:
        checker = dojo_typecheck.TypeChecker(cache if isinstance(cache, str) else None)
    except dojo_typecheck.MypyMissing:
        return {'status': 'error', 'problem': 'mypy-missing'}
    try:
        diagnostics = checker.check(project, files, mode if isinstance(mode, str) else 'annotated')
    except Exception as exc:  # a crash of mypy's own is no verdict on the learner
        return {'status': 'error', 'problem': 'type-checker-failed',
                'detail': ('%s: %s' % (type(exc).__name__, exc))[:1000]}
    finally:
        checker.close()
    return {'status': 'failed' if diagnostics else 'passed', 'files': files,
            'diagnostics': diagnostics}


def check_known_mistake(ctx: Context, check: Json) -> Result:
    import re
    on = check.get('on') or 'output'
    if on == 'code':
        text = ctx['source']
    else:
        if 'first_output' not in ctx:
            if ctx.get('stop'):
                return {'status': 'skipped'}
            job = {'mode': 'program', 'entry': ctx['entry'], 'path': ctx['path'],
                   'stdin': '', 'argv': []}
            run = run_learner(ctx, job)
            ctx['first_output'] = run['stdout']
        text = ctx['first_output']
    try:
        match = re.search(check.get('pattern') or '', text, re.MULTILINE)
    except re.error as exc:
        return {'status': 'error', 'problem': 'bad-pattern', 'detail': str(exc)}
    if match is None:
        return {'status': 'passed'}
    result: Result = {'status': 'failed', 'matched': _shown(match.group(0))}
    if on == 'code':
        result['line'] = text.count('\n', 0, match.start()) + 1
    return result


class Kind:
    """A kind of check the harness evaluates: its function, when it runs
    (known mistakes on the output read the first io run, so they go after
    runs), and whether it runs the learner's code (skipped after a run that
    ran out of time).  A known mistake runs the program only when it reads
    the output, and says itself when it cannot.  src/check/dojo-checker.c
    has the matching table; `git` is evaluated there."""

    def __init__(self, run: Callable[[Context, Json], Result], order: int,
                 runs_code: bool) -> None:
        self.run = run
        self.order = order
        self.runs_code = runs_code


KINDS = {
    'io': Kind(check_io, 0, True),
    'unittest': Kind(check_unittest, 1, True),
    'pytest': Kind(check_pytest, 1, True),
    'known-mistake': Kind(check_known_mistake, 2, False),
    'ast': Kind(check_ast, 3, False),
    'type-hints': Kind(check_type_hints, 3, False),
    'type-check': Kind(check_type_check, 3, False),
}


def _folder_id(path: str) -> list[int]:
    """Which folder @path is now: a folder deleted and made again under the
    same name is another one, and a sandbox started on the first does not
    see the second."""
    st = os.stat(path)
    return [st.st_dev, st.st_ino]


def run_checks(request: Json, nonce: bytearray,
               warm_box: list[Runner] | None = None) -> Result:
    project = os.path.realpath(request['project_dir'])
    exercise_dir = os.path.realpath(request.get('exercise_dir') or project)
    entry = request.get('entry') or 'main.py'
    limits = request.get('limits') or {}
    ctx: Context = {
        'project': project,
        'exercise_dir': exercise_dir,
        'entry': entry,
        'path': os.path.join(project, entry),
        'time_s': float(limits.get('time_s') or 5),
        'output_bytes': int(limits.get('output_kb') or 1024) * 1024,
        'limits': {'memory_mb': int(limits.get('memory_mb') or 512),
                   'processes': MAX_PROCESSES, 'file_mb': 16,
                   'cpu_s': int(float(limits.get('time_s') or 5)) + 1},
        'sandbox': list(request.get('sandbox') or []),
        'sandbox_tests': list(request.get('sandbox_tests') or []),
        'python': request.get('python') or sys.executable,
        'harness_dir': os.path.dirname(os.path.abspath(__file__)),
        'warm': warm_box,
        # Packages beyond the standard library (the manifest's `packages`).
        'packages': [str(p) for p in request.get('packages') or [] if isinstance(p, str)],
        # mypy's cache, kept between Checks; None: none.
        'type_cache': request.get('type_cache') if isinstance(request.get('type_cache'), str)
        else None,
    }
    try:
        ctx['project_id'] = _folder_id(project)
    except OSError:
        ctx['project_id'] = None
    gated: list[Result] = []
    answer: Result = {'protocol': PROTOCOL, 'results': [], 'gated': gated, 'syntax_error': None}

    try:
        with open(ctx['path'], 'rb') as f:
            source = f.read()
    except OSError as exc:
        answer['missing_entry'] = {'entry': entry, 'message': exc.strerror}
        return answer
    ctx['source'] = source.decode('utf-8', 'replace')

    try:
        ctx['tree'] = compile(source, ctx['path'], 'exec', 0x400, dont_inherit=True)
    except SyntaxError as exc:
        answer['syntax_error'] = {'type': type(exc).__name__, 'message': exc.msg,
                                  'line': exc.lineno, 'offset': exc.offset,
                                  'text': (exc.text or '').rstrip('\n'),
                                  'explain': dojo_explain.explain_syntax(exc)}
        return answer
    except ValueError as exc:
        answer['syntax_error'] = {'type': 'ValueError', 'message': str(exc),
                                  'line': None, 'offset': None, 'text': ''}
        return answer

    for gate in request.get('gated') or []:
        lines = construct_lines(ctx, str(gate))
        if lines:
            gated.append({'construct': gate, 'lines': lines, 'line': lines[0]})

    checks: list[Json] = [c for c in request.get('checks') or [] if isinstance(c, dict)]
    results: list[Result | None] = [None] * len(checks)
    order = sorted(range(len(checks)),
                   key=lambda i: getattr(KINDS.get(checks[i].get('type', '')), 'order', 3))
    for i in order:
        check = checks[i]
        kind = KINDS.get(check.get('type', ''))
        result: Result
        if kind is None:
            # `git` and anything newer: evaluated by Dojo itself.
            result = {'status': 'not-evaluated'}
        elif ctx.get('stop') and kind.runs_code:
            result = {'status': 'skipped'}
        else:
            try:
                result = kind.run(ctx, check)
            except SandboxError as exc:
                answer['sandbox_error'] = str(exc)
                return answer
        result['id'] = check.get('id')
        result['type'] = check.get('type')
        results[i] = result
    answer['results'] = results
    return answer


# ---------------------------------------------------------------------------
# Entry point


def read_request(fd: int) -> tuple[bytearray, Json]:
    """Reads the nonce line and the JSON request.  The nonce only lives in a
    bytearray, which forked children overwrite before running learner code."""
    buf = bytearray(1 << 16)
    used = 0
    while True:
        if used == len(buf):
            bigger = bytearray(len(buf) * 2)
            bigger[:used] = buf
            buf[:] = b'\0' * len(buf)
            buf = bigger
        n = os.readv(fd, [memoryview(buf)[used:]])
        if n == 0:
            break
        used += n
    newline = buf.find(b'\n', 0, used)
    if newline < 0:
        raise ValueError('no nonce line')
    nonce = bytearray(buf[:newline])
    request = json_loads(bytes(buf[newline + 1:used]).decode('utf-8'))
    buf[:] = b'\0' * len(buf)
    return nonce, request


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    result_fd = 3
    if '--result-fd' in argv:
        result_fd = int(argv[argv.index('--result-fd') + 1])
    # The private channel moves to a descriptor of our choosing that is
    # close-on-exec (os.dup makes non-inheritable descriptors).
    out_fd = os.dup(result_fd)
    os.close(result_fd)

    # Started ahead of a Check (dojo-checker.c keeps one harness waiting):
    # the runner for the sandbox of the folder last checked starts now, so
    # that a Check there waits for neither interpreter.
    warm = None
    if '--warm' in argv:
        hint = json_loads(argv[argv.index('--warm') + 1])
        try:
            warm = spawn_runner(hint['sandbox'], hint['python'], hint['harness_dir'])
            warm['project_id'] = _folder_id(hint['project'])
        except (OSError, KeyError, TypeError):
            warm = None

    nonce, request = read_request(0)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)

    warm_box = [warm] if warm is not None else []
    answer = run_checks(request, nonce, warm_box)
    for unused in warm_box:
        drop_runner(unused)
    answer['nonce'] = bytes(nonce).decode('ascii')
    data = (json_dumps(answer) + '\n').encode('utf-8')
    while data:
        n = os.write(out_fd, data)
        data = data[n:]
    os.close(out_fd)
    return 0


if __name__ == '__main__':
    sys.exit(main())
