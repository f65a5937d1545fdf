# dojo_debugger.py: the debugger's backend, inside the sandbox
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one program (or one test) of the learner's under Python's bdb.

Dojo (src/check/dojo-debug.c) starts it as

    SANDBOX-PREFIX python3 -I -B -X utf8 -c 'import dojo_debugger…' HARNESS_DIR

with the program's stdin/stdout/stderr on 0/1/2, events going out on fd 3,
commands coming in on fd 4 and the job, JSON, on fd 5.  docs/debugger.md is
the protocol; this file implements it.

Two modes: "debug" stops at the first line of the learner's code and then
goes as the commands say; "trace" records every step of the learner's code
without stopping and writes them all at the end, in one `trace` event.  Only
the files under the project are stepped: the standard library and the
test files run untraced, at full speed.

Where the nonce is.  A debugger shares its process with the code it steps,
so this one keeps the nonce where that code cannot reach it: in the locals
of a thread of its own (_keeper), which reads the job, takes the nonce out
before anything else sees it, and from then on only writes the lines the
debugger hands it.  The learner's code runs in the main thread (so that
input(), signals and the time limit of a __repr__ work as in a plain run),
and the runner's audit hook refuses it the tools that reach into another
thread: gc, sys._current_frames, tracing of other threads, ctypes,
/proc/*/mem and /proc/*/fd.  A line that code writes to fd 3 itself lacks
the nonce, and Dojo ends the run on it.  What the nonce cannot promise: code
in this process may still disturb what the debugger shows of that same
program (it can rebind the debugger's own functions); the debugger decides
no verdict, so that only fools the one who wrote the code.
"""

from __future__ import annotations

import bdb
import os
import reprlib
import sys

from dojo_runner import (INTERNAL_ERROR, error_info, exit_code, finish, learner_builtins,
                         make_audit_hook, not_dumpable, read_all, set_limits)
from dojo_wire import json_loads, make_json_dumps

# typing costs milliseconds to import: the annotations are only read by
# mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from _thread import LockType
    from _typeshed import ExcInfo, TraceFunction
    from queue import SimpleQueue
    from types import FrameType, TracebackType
    from typing import Callable, Iterable, Iterator, NoReturn, TextIO

    # A frame of the learner's code in a state, with the line it is at and
    # its file: no frame for a file that does not compile.
    Entry = tuple[FrameType | None, int, str]

EVENTS_FD = 3
COMMANDS_FD = 4
JOB_FD = 5

MAX_TEXT = 200              # characters of one value's text
MAX_NAME = 100              # characters of a dict key shown as a name
MAX_CHILDREN = 50           # items, keys or attributes shown per value
MAX_DEPTH = 4               # levels of values, the name's own included
MAX_NODES = 2000            # values in one state, every level counted
MAX_FRAMES = 100            # frames in one state, the innermost kept
MAX_OUTPUT = 4000           # characters of output kept in trace mode
MAX_STATE_BYTES = 4 << 20   # one state as JSON; a bigger one is made again, smaller
MAX_HISTORY_BYTES = 64 << 20
MAX_TRACE_BYTES = 16 << 20  # all the steps of a trace, as JSON
MAX_COMMAND_BYTES = 1 << 20
REPR_SECONDS = 0.08         # time for one __repr__ of the learner's
REPR_AGAIN = 0.02           # and again, for one that swallowed the first stop
REPR_BUDGET = 1.0           # time for all the __repr__ calls of one state
DEFAULT_MAX_STEPS = 10000
DEFAULT_HISTORY = 500
_HERE = os.path.realpath(__file__)


class _ReprTimeout(BaseException):
    """A __repr__ of the learner's ran out of time (a BaseException, so that
    `except Exception` in it lets it through)."""


# ---------------------------------------------------------------------------
# The nonce and the event channel


def _keeper(box: list[object], ready: LockType, outbox: SimpleQueue[object],
            done: LockType) -> None:
    """The one function that ever holds the nonce, as a local of its frame
    in a thread that runs nothing else: it reads the job, hands it on
    without the nonce, then writes each line the debugger gives it with the
    nonce in front.  What it calls is bound before any code of the
    learner's has run."""
    write = os.write
    leave = os._exit
    get = outbox.get
    release = done.release
    text_type = str
    type_of = type
    os_error = OSError
    base = BaseException
    nonce = b''
    try:
        job = json_loads(read_all(JOB_FD).decode('utf-8'))
        if type_of(job) is dict:
            nonce = text_type(job.pop('nonce', '')).encode('ascii')
            box.append(job)
        del job
    except base:
        pass
    ready.release()
    try:
        broken = False
        while True:
            item = get()
            if item is None:
                break
            if type_of(item) is not text_type or broken:
                continue
            data = nonce + b' ' + item.encode('utf-8') + b'\n'  # type: ignore[attr-defined]
            while data:
                try:
                    n = write(EVENTS_FD, data)
                except os_error:
                    # Dojo went away: nothing more can be said.
                    broken = True
                    break
                data = data[n:]
    except base:
        leave(INTERNAL_ERROR)
    release()


class Channel:
    """The debugger's end of the event channel: lines go to _keeper."""

    def __init__(self, outbox: SimpleQueue[object], done: LockType) -> None:
        self._put = outbox.put
        self._done = done
        self._closed = False

    def send(self, text: str) -> None:
        if not self._closed:
            self._put(text)

    def close(self) -> None:
        """Returns once every line sent is written."""
        if not self._closed:
            self._closed = True
            self._put(None)
            self._done.acquire()


def open_channel() -> tuple[dict[str, object] | None, Channel]:
    """Starts _keeper; returns the job it read (without the nonce) and the
    channel to it."""
    import _thread
    import queue

    box: list[object] = []
    ready = _thread.allocate_lock()
    done = _thread.allocate_lock()
    ready.acquire()
    done.acquire()
    outbox: SimpleQueue[object] = queue.SimpleQueue()
    # Not threading.Thread: its object would hold _keeper's arguments for
    # anyone who lists the threads.
    _thread.start_new_thread(_keeper, (box, ready, outbox, done))
    ready.acquire()
    job = box.pop() if box else None
    return job if isinstance(job, dict) else None, Channel(outbox, done)


# ---------------------------------------------------------------------------
# Values, in bounded words


def _clean(text: str) -> str:
    """Text every JSON reader takes: no lone surrogates."""
    try:
        text.encode('utf-8')
        return text
    except UnicodeEncodeError:
        return text.encode('utf-8', 'replace').decode('utf-8')


def _cut(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit - 1] + '…'


class Values:
    """Turns the names and values of one state into VARs (docs/debugger.md):
    bounded in size and in time, and safe from the learner's __repr__."""

    def __init__(self) -> None:
        import itertools
        import signal
        import time
        import types

        self.islice = itertools.islice
        self.signal = signal
        self.monotonic = time.monotonic
        self.nodes = 0
        self.max_nodes = MAX_NODES
        self.omitted = 0
        self.spent = 0.0
        self.armed = False
        self.error: str | None = None
        self.dict_safe: dict[type, bool] = {}
        self.slow: dict[type, int] = {}
        self.plain: frozenset[type] = frozenset((
            int, float, bool, complex, str, bytes, bytearray, type(None), list, tuple,
            dict, set, frozenset, range, type(Ellipsis), type(NotImplemented)))
        self.containers: frozenset[type] = frozenset((list, tuple, dict, set, frozenset))
        self.function_types: tuple[type, ...] = (
            types.FunctionType, types.BuiltinFunctionType, types.MethodType)
        self.module_type: type = types.ModuleType
        self.getset_type: type = types.GetSetDescriptorType
        self.text_of = TextRepr(self)

    def reset(self, max_nodes: int = MAX_NODES) -> None:
        self.nodes = 0
        self.max_nodes = max_nodes
        self.omitted = 0
        self.spent = 0.0

    # -- calls into the learner's code, with a time limit

    def _alarm(self, signum: int, frame: FrameType | None) -> None:
        if self.armed:
            # Again soon, in case this one is caught.
            self.signal.setitimer(self.signal.ITIMER_REAL, REPR_AGAIN)
            raise _ReprTimeout()

    def guarded(self, call: Callable[[object], object],
                value: object) -> tuple[object, str | None]:
        """call(value) with a time limit: (its result, None), or (None,
        what went wrong)."""
        if self.armed:
            # Inside a guarded call already: its limit holds.
            return call(value), None
        if self.spent >= REPR_BUDGET:
            return None, 'timeout'
        signal = self.signal
        start = self.monotonic()
        old_handler = signal.signal(signal.SIGALRM, self._alarm)
        old_timer = (0.0, 0.0)
        result: object = None
        error: str | None = None
        try:
            try:
                self.armed = True
                old_timer = signal.setitimer(signal.ITIMER_REAL, REPR_SECONDS)
                result = call(value)
            finally:
                self.armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _ReprTimeout:
            error = 'timeout'
        except BaseException as exc:
            error = self.exception_text(exc)
        finally:
            self.armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
            elapsed = self.monotonic() - start
            self.spent += elapsed
            if old_timer[0] > 0:
                # The program's own timer goes on.
                signal.setitimer(signal.ITIMER_REAL, max(old_timer[0] - elapsed, 0.001),
                                 old_timer[1])
        return result, error

    @staticmethod
    def exception_text(exc: BaseException) -> str:
        """'ValueError: bad', without running the learner's __str__."""
        name = type(exc).__name__
        args = BaseException.__getattribute__(exc, 'args')
        if type(args) is tuple and len(args) == 1 and type(args[0]) is str:
            return _clean(_cut('%s: %s' % (name, args[0])))
        return _clean(name)

    def message(self, exc: BaseException) -> str:
        """str(exc), with a time limit."""
        text, error = self.guarded(str, exc)
        if error is None and type(text) is str:
            return _clean(_cut(text, 1000))
        return ''

    # -- what a value holds

    def instance_dict(self, value: object) -> dict[object, object] | None:
        """The object's attributes; none of its code runs where its class's
        __dict__ is the ordinary one."""
        kind = type(value)
        safe = self.dict_safe.get(kind)
        if safe is None:
            safe = False
            for klass in kind.__mro__:
                if '__dict__' in klass.__dict__:
                    safe = type(klass.__dict__['__dict__']) is self.getset_type
                    break
            self.dict_safe[kind] = safe
        attrs: object
        if safe:
            try:
                attrs = object.__getattribute__(value, '__dict__')
            except BaseException:
                return None
        else:
            attrs, error = self.guarded(_instance_dict, value)
            if error is not None:
                return None
        return _as_dict(attrs) if issubclass(type(attrs), dict) else None

    def is_code_like(self, kind: type) -> bool:
        return (kind in self.function_types or kind is self.module_type
                or issubclass(kind, type))

    def items(self, value: object) -> tuple[int, Iterator[tuple[str, object]]] | None:
        """How many parts @value has, and (name, part) for each; None when
        it is not shown in parts.  The built-in types' own methods are
        called, never a subclass's."""
        # issubclass on the type, never isinstance on the value: that may
        # ask the value for its __class__, which runs code of the learner's.
        kind = type(value)
        if kind in self.plain and kind not in self.containers:
            return None
        if issubclass(kind, dict):
            mapping = _as_dict(value)
            return dict.__len__(mapping), (
                (_cut(self.text_of.repr1(k, 2), MAX_NAME), v) for k, v in dict.items(mapping))
        if issubclass(kind, tuple):
            row = _as_tuple(value)
            fields = kind.__dict__.get('_fields') if kind is not tuple else None
            names: Iterable[str]
            if type(fields) is tuple and all(type(f) is str for f in fields):
                names = fields
            else:
                names = (str(i) for i in range(tuple.__len__(row)))
            return tuple.__len__(row), zip(names, tuple.__iter__(row))
        if issubclass(kind, list):
            items = _as_list(value)
            return list.__len__(items), (
                (str(i), v) for i, v in enumerate(list.__iter__(items)))
        if issubclass(kind, set):
            members = _as_set(value)
            return set.__len__(members), (
                (str(i), v) for i, v in enumerate(set.__iter__(members)))
        if issubclass(kind, frozenset):
            frozen = _as_frozenset(value)
            return frozenset.__len__(frozen), (
                (str(i), v) for i, v in enumerate(frozenset.__iter__(frozen)))
        if self.is_code_like(kind):
            return None
        attrs = self.instance_dict(value)
        if attrs is None:
            return None
        pairs = [(k, v) for k, v in dict.items(attrs) if type(k) is str]
        return len(pairs), iter(pairs)

    # -- VARs

    def var(self, name: str, value: object, depth: int = 0) -> dict[str, object]:
        self.nodes += 1
        self.error = None
        try:
            text = _cut(self.text_of.repr1(value, 3))
        except BaseException as exc:
            text = '?'
            self.error = self.error or self.exception_text(exc)
        node: dict[str, object] = {
            'name': _clean(name), 'type': _clean(type(value).__name__),
            'value': _clean(text), 'id': id(value)}
        if self.error is not None:
            node['repr_error'] = self.error
        try:
            parts = self.items(value)
        except BaseException:
            parts = None
        if parts is not None:
            total, pairs = parts
            children: list[dict[str, object]] = []
            if depth + 1 < MAX_DEPTH:
                try:
                    for child_name, child in pairs:
                        if len(children) >= MAX_CHILDREN or self.nodes >= self.max_nodes:
                            break
                        children.append(self.var(child_name, child, depth + 1))
                except BaseException:
                    # Changed under us, by another thread of the program.
                    pass
            node['children'] = children
            node['more'] = max(total - len(children), 0)
        return node

    def vars(self, pairs: list[tuple[str, object]], before: dict[str, tuple[str, object]] | None,
             now: dict[str, tuple[str, object]]) -> list[dict[str, object]]:
        """VARs of @pairs; `changed` compares each with the same name in
        @before, the previous state's."""
        out = []
        for name, value in pairs:
            if self.nodes >= self.max_nodes:
                self.omitted += 1
                continue
            node = self.var(name, value)
            mark = (str(node['value']), node['id'])
            now[name] = mark
            node['changed'] = before is None or before.get(name) != mark
            out.append(node)
        return out


def _instance_dict(value: object) -> object:
    return object.__getattribute__(value, '__dict__')


# What the checks on type(value) above have shown, said to mypy.
def _as_dict(value: object) -> dict[object, object]:
    return value  # type: ignore[return-value]


def _as_tuple(value: object) -> tuple[object, ...]:
    return value  # type: ignore[return-value]


def _as_list(value: object) -> list[object]:
    return value  # type: ignore[return-value]


def _as_set(value: object) -> set[object]:
    return value  # type: ignore[return-value]


def _as_frozenset(value: object) -> frozenset[object]:
    return value  # type: ignore[return-value]


class TextRepr(reprlib.Repr):
    """reprlib, made to keep every text short, never to sort (a dict shows
    its keys in order, as print does), to show recursion as [...], and to
    send every object that is not a plain built-in value to Values: the
    learner's __repr__ runs there, with a time limit."""

    def __init__(self, values: Values) -> None:
        super().__init__()
        self.values = values
        self.maxlevel = 3
        self.maxstring = MAX_TEXT - 10
        self.maxother = MAX_TEXT
        self.maxlong = MAX_TEXT
        self.active: set[int] = set()

    def repr1(self, x: object, level: int) -> str:
        values = self.values
        kind = type(x)
        if kind not in values.plain:
            return self.object_text(x, level)
        if kind in values.containers:
            key = id(x)
            if key in self.active:
                return '[...]' if kind is list else '(...)' if kind is tuple else '{...}'
            self.active.add(key)
            try:
                if isinstance(x, dict):
                    return self.dict_text(x, level)
                assert isinstance(x, (list, tuple, set, frozenset))
                return self.sequence_text(x, level)
            finally:
                self.active.discard(key)
        if isinstance(x, int) and x.bit_length() > 4 * MAX_TEXT:
            return '<int of %d bits>' % x.bit_length()
        if isinstance(x, (bytes, bytearray)) and len(x) > MAX_TEXT:
            return repr(x[:MAX_TEXT]) + '…'
        return str(super().repr1(x, level))

    @staticmethod
    def pieces(parts: Iterable[str], total: int, left: str, right: str) -> str:
        out: list[str] = []
        size = 0
        for piece in parts:
            out.append(piece)
            size += len(piece) + 2
            if size > MAX_TEXT:
                break
        if len(out) < total:
            out.append('...')
        return left + ', '.join(out) + right

    def sequence_text(self, x: list[object] | tuple[object, ...] | set[object]
                      | frozenset[object], level: int) -> str:
        kind = type(x)
        if not x:
            return {list: '[]', tuple: '()', set: 'set()'}.get(kind, 'frozenset()')
        left, right = {list: ('[', ']'), tuple: ('(', ')'), set: ('{', '}')}.get(
            kind, ('frozenset({', '})'))
        if level <= 0:
            return left + '...' + right
        if kind is tuple and len(x) == 1:
            right = ',)'
        parts = (self.repr1(item, level - 1) for item in self.values.islice(x, MAX_CHILDREN))
        return self.pieces(parts, len(x), left, right)

    def dict_text(self, x: dict[object, object], level: int) -> str:
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = ('%s: %s' % (self.repr1(k, level - 1), self.repr1(v, level - 1))
                 for k, v in self.values.islice(x.items(), MAX_CHILDREN))
        return self.pieces(parts, len(x), '{', '}')

    def object_text(self, x: object, level: int) -> str:
        values = self.values
        kind = type(x)
        name = kind.__name__
        if kind in values.function_types:
            func = getattr(x, '__func__', x)
            what = {'function': 'function', 'method': 'bound method'}.get(
                name, 'built-in function')
            return '<%s %s>' % (what, getattr(func, '__qualname__', '?'))
        if issubclass(kind, type):
            return "<class '%s'>" % getattr(x, '__qualname__', '?')
        if kind is values.module_type:
            return '<module>'
        if kind.__repr__ is not object.__repr__ and values.slow.get(kind, 0) < 2:
            text, error = values.guarded(repr, x)
            if error == 'timeout':
                # Twice, and that class's __repr__ is not called again.
                values.slow[kind] = values.slow.get(kind, 0) + 1
            if error is None and type(text) is str:
                return _cut(str(text))
            if error is None:
                error = 'TypeError: __repr__ returned %s' % type(text).__name__
            values.error = values.error or error
        elif kind.__repr__ is not object.__repr__:
            values.error = values.error or 'timeout'
        attrs = values.instance_dict(x)
        if attrs is None:
            return '<%s object>' % name
        if level <= 0:
            return '%s(...)' % name
        parts = ('%s=%s' % (k, self.repr1(v, level - 1))
                 for k, v in values.islice(dict.items(attrs), MAX_CHILDREN) if type(k) is str)
        return self.pieces(parts, len(attrs), name + '(', ')')


# ---------------------------------------------------------------------------
# Input and output


class Tee:
    """stdout in trace mode: what the program prints goes out as always,
    and its last MAX_OUTPUT characters are kept for the states."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tail = ''
        self.length = 0

    def write(self, text: str) -> int:
        n = self.stream.write(text)
        if type(text) is str:
            self.length += len(text)
            self.tail = (self.tail + text)[-MAX_OUTPUT:]
        return n

    def flush(self) -> None:
        self.stream.flush()

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


class GivenInput:
    """sys.stdin that reads the job's text; with @echo, each line read is
    printed, so that the terminal shows the conversation as if it had been
    typed.  It has no fileno(): input() then reads with readline()."""

    encoding = 'utf-8'
    errors = 'strict'

    def __init__(self, text: str, echo: bool) -> None:
        self.text = text
        self.at = 0
        self.echo = echo
        self.closed = False

    def _give(self, end: int) -> str:
        part = self.text[self.at:end]
        self.at = end
        if self.echo and part:
            out = sys.stdout
            out.write(part if part.endswith('\n') else part + '\n')
            out.flush()
        return part

    def readline(self, size: int | None = -1) -> str:
        end = self.text.find('\n', self.at)
        end = len(self.text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self.at + size)
        return self._give(end)

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            return self._give(len(self.text))
        return self._give(min(len(self.text), self.at + size))

    def readlines(self) -> list[str]:
        return list(self)

    def __iter__(self) -> GivenInput:
        return self

    def __next__(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def isatty(self) -> bool:
        return False

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.closed = True


# ---------------------------------------------------------------------------
# The debugger


class Debugger(bdb.Bdb):
    """bdb, stepping only the learner's files, recording states and
    answering commands (docs/debugger.md)."""

    def __init__(self, job: dict[str, object], channel: Channel) -> None:
        super().__init__()
        self.trace_mode = job.get('mode') == 'trace'
        self.project = str(job['project'])
        self.prefix = self.project + os.sep
        test = job.get('test')
        self.test = test if isinstance(test, dict) else None
        self.test_path = str(self.test['path']) if self.test else ''
        # Numbers as Dojo sent them: int() takes what JSON gives.
        steps = job.get('max_steps') or DEFAULT_MAX_STEPS
        self.max_steps = int(steps)  # type: ignore[call-overload]
        history = job.get('history') or DEFAULT_HISTORY
        self.history_size = max(int(history), 1)  # type: ignore[call-overload]
        self.channel = channel
        self.dumps = make_json_dumps()
        self.values = Values()
        self.learner_code: dict[object, bool] = {}
        self.relative_names: dict[str, str] = {}
        self.previous: dict[str, dict[str, tuple[str, object]]] = {}
        self.history: list[str] = []
        self.history_bytes = 0
        self.first = 0
        self.stops = 0
        self.steps: list[str] = []
        self.steps_bytes = 0
        self.unwinding: FrameType | None = None
        self.inbox = b''
        self.tee: Tee | None = None

    # -- what is stepped

    def is_learner(self, frame: FrameType) -> bool:
        code = frame.f_code
        known = self.learner_code.get(code)
        if known is None:
            name = code.co_filename
            known = name.startswith(self.prefix) and name != self.test_path
            self.learner_code[code] = known
        return known

    def stop_here(self, frame: FrameType) -> bool:
        return self.is_learner(frame) and super().stop_here(frame)

    def relative(self, filename: str) -> str:
        name = self.relative_names.get(filename)
        if name is None:
            name = _clean(os.path.relpath(filename, self.project))
            self.relative_names[filename] = name
        return name

    # -- bdb's calls

    def trace_dispatch(self, frame: FrameType, event: str, arg: object) -> TraceFunction:
        try:
            return super().trace_dispatch(frame, event, arg)
        except BaseException:
            # The debugger's own failure (no memory left, or no room on a
            # stack deep in recursion) would end tracing in a way the audit
            # hook refuses: that step is not shown instead.
            return self.trace_dispatch

    def dispatch_line(self, frame: FrameType) -> TraceFunction:
        if frame is self.unwinding:
            # The exception was caught here.
            self.unwinding = None
        return super().dispatch_line(frame)

    def dispatch_exception(self, frame: FrameType, arg: ExcInfo) -> TraceFunction:
        self.unwinding = frame
        return super().dispatch_exception(frame, arg)

    def user_call(self, frame: FrameType, argument_list: None) -> None:
        # The function's first line is the stop; its call is not one.
        pass

    def user_line(self, frame: FrameType) -> None:
        reason = 'step' if self.stop_here(frame) else 'breakpoint'
        self.stop(frame, 'line', reason)

    def user_return(self, frame: FrameType, return_value: object) -> None:
        if frame is self.unwinding and return_value is None:
            # Not a return: an exception leaves the function.
            return
        self.stop(frame, 'return', 'step', return_value)

    # -- states

    def names(self, mapping: object) -> list[tuple[str, object]]:
        """The learner's names: not dunder names, not modules, not the
        compiler's own (.0 of a comprehension)."""
        out: list[tuple[str, object]] = []
        if not issubclass(type(mapping), dict):
            return out
        module_type = self.values.module_type
        for name, value in list(dict.items(_as_dict(mapping))):
            if type(name) is not str or name.startswith('.') or \
                    (name.startswith('__') and name.endswith('__')) or \
                    type(value) is module_type:
                continue
            out.append((name, value))
        return out

    def make_state(self, stack: list[Entry], event: str, return_value: object = None,
                   exc: BaseException | None = None, max_nodes: int = MAX_NODES) -> str:
        """STATE of docs/debugger.md, as JSON.  @stack: the learner's frames,
        outermost first."""
        values = self.values
        values.reset(max_nodes)
        more_frames = max(len(stack) - MAX_FRAMES, 0)
        stack = stack[more_frames:]
        now: dict[str, dict[str, tuple[str, object]]] = {}
        frame, line, filename = stack[-1]
        top = len(stack) - 1
        # The most telling first, while there is room: the current frame,
        # what it returns or raised, the globals, then the callers.
        shown: dict[int, list[dict[str, object]]] = {top: self.frame_vars(stack[top], top, now)}
        extra: dict[str, object] = {}
        if event == 'return' and frame is not None and frame.f_locals is not frame.f_globals:
            # A module gives nothing back: only a function's return is shown.
            extra['return_value'] = values.var('return', return_value)
        if exc is not None:
            message = exc.msg if isinstance(exc, SyntaxError) and isinstance(exc.msg, str) \
                else values.message(exc)
            extra['exception'] = {'type': _clean(type(exc).__name__), 'message': message}
        f_globals = frame.f_globals if frame is not None else None
        global_vars: list[dict[str, object]] = []
        if frame is not None and frame.f_locals is f_globals:
            global_vars = shown[top]
        elif f_globals is not None:
            global_vars = values.vars(self.names(f_globals), self.previous.get('globals'),
                                      now.setdefault('globals', {}))
        for position in range(top - 1, -1, -1):
            outer = stack[position][0]
            if outer is not None and outer.f_locals is f_globals:
                shown[position] = global_vars
            else:
                shown[position] = self.frame_vars(stack[position], position, now)
        frames = [{'function': self.function(f), 'file': self.relative(name), 'line': n,
                   'locals': shown[i]} for i, (f, n, name) in enumerate(stack)]
        state: dict[str, object] = {
            'step': len(self.steps) if self.trace_mode else self.first + len(self.history),
            'file': self.relative(filename),
            'line': line,
            'event': event,
            'function': self.function(frame),
            'frames': frames,
            'globals': global_vars,
        }
        state.update(extra)
        if more_frames:
            state['frames_more'] = more_frames
        if values.omitted:
            state['omitted'] = values.omitted
        if self.tee is not None:
            state['output'] = _clean(self.tee.tail)
            state['output_length'] = self.tee.length
        text = self.dumps(state)
        if len(text) > MAX_STATE_BYTES and max_nodes > 100:
            return self.make_state(stack, event, return_value, exc, 100)
        self.previous = now
        return text

    @staticmethod
    def function(frame: FrameType | None) -> str:
        return _clean(frame.f_code.co_name) if frame is not None else '<module>'

    def frame_vars(self, entry: Entry, position: int,
                   now: dict[str, dict[str, tuple[str, object]]]) -> list[dict[str, object]]:
        frame = entry[0]
        if frame is None:
            return []
        key = '%d:%s' % (position, frame.f_code.co_name)
        return self.values.vars(self.names(frame.f_locals), self.previous.get(key),
                                now.setdefault(key, {}))

    def live_stack(self, frame: FrameType) -> list[Entry]:
        stack: list[Entry] = []
        f: FrameType | None = frame
        while f is not None:
            if self.is_learner(f):
                stack.append((f, f.f_lineno, f.f_code.co_filename))
            f = f.f_back
        stack.reverse()
        return stack

    def state_of(self, stack: list[Entry], event: str, return_value: object = None,
                 exc: BaseException | None = None) -> str:
        limit = sys.getrecursionlimit()
        # Room for the debugger's own calls in a program deep in recursion.
        sys.setrecursionlimit(limit + 200)
        try:
            return self.make_state(stack, event, return_value, exc)
        finally:
            sys.setrecursionlimit(limit)

    # -- stopping, and the commands

    def stop(self, frame: FrameType, event: str, reason: str,
             return_value: object = None) -> None:
        state = self.state_of(self.live_stack(frame), event, return_value)
        if self.trace_mode:
            self.add_step(state)
            self.set_step()
            return
        self.flush_output()
        if self.stops == 0:
            reason = 'start'
        self.stops += 1
        self.send_stopped(reason, self.record(state))
        command = self.wait()
        if command == 'step':
            self.set_step()
        elif command == 'next':
            self.set_next(frame)
        elif command == 'out':
            self.set_return(frame)
        else:
            self.set_continue()

    def record(self, state: str) -> int:
        self.history.append(state)
        self.history_bytes += len(state)
        while len(self.history) > 1 and (len(self.history) > self.history_size or
                                         self.history_bytes > MAX_HISTORY_BYTES):
            self.history_bytes -= len(self.history.pop(0))
            self.first += 1
        return self.first + len(self.history) - 1

    def send_stopped(self, reason: str, index: int) -> None:
        """A recorded state; the newest is where the program is (live)."""
        count = self.first + len(self.history)
        index = min(max(index, self.first), count - 1)
        self.channel.send('{"event":"stopped","reason":%s,"index":%d,"first":%d,'
                          '"count":%d,"live":%s,"state":%s}' % (
                              self.dumps(reason), index, self.first, count,
                              'true' if index == count - 1 else 'false',
                              self.history[index - self.first]))

    def read_command(self) -> dict[str, object] | None:
        while b'\n' not in self.inbox:
            try:
                data = os.read(COMMANDS_FD, 65536)
            except OSError:
                data = b''
            if not data or len(self.inbox) > MAX_COMMAND_BYTES:
                return None
            self.inbox += data
        line, _, self.inbox = self.inbox.partition(b'\n')
        try:
            command = json_loads(line.decode('utf-8'))
        except (ValueError, UnicodeDecodeError, KeyError, StopIteration):
            return {}
        return command if isinstance(command, dict) else {}

    def wait(self) -> str:
        """Answers commands until one moves the program; returns that one."""
        while True:
            command = self.read_command()
            if command is None:
                # Dojo went away, and with it whoever was looking.
                os._exit(1)
            what = command.get('command')
            if what == 'show':
                index = command.get('index')
                if isinstance(index, int) and not isinstance(index, bool):
                    self.send_stopped('history', index)
            elif what == 'breakpoints':
                self.set_file_breaks(command.get('file'), command.get('lines'))
            elif what in ('step', 'next', 'out', 'continue'):
                return str(what)

    def set_file_breaks(self, name: object, lines: object) -> None:
        if not isinstance(name, str) or not isinstance(lines, list):
            return
        path = os.path.realpath(os.path.join(self.project, name))
        if not path.startswith(self.prefix):
            return
        self.clear_all_file_breaks(path)
        for line in lines:
            if isinstance(line, int) and not isinstance(line, bool) and line > 0:
                self.set_break(path, line)

    @staticmethod
    def flush_output() -> None:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:
                pass

    # -- trace mode

    def add_step(self, state: str) -> None:
        self.steps.append(state)
        self.steps_bytes += len(state) + 1
        if len(self.steps) >= self.max_steps:
            self.end_trace(None, 'steps')
        elif self.steps_bytes > MAX_TRACE_BYTES:
            self.end_trace(None, 'size')

    def end_trace(self, code: int | None, cut: str | None = None) -> None:
        """Writes the trace event.  @cut says why the program did not end
        by itself ("steps": max_steps, "size": the trace grew too big,
        "time": its CPU time ran out), and then it ends now."""
        exited: dict[str, object] = {'code': code, 'truncated': cut is not None}
        if cut is not None:
            exited['reason'] = cut
        tee = self.tee
        self.channel.send('{"event":"trace","steps":[%s],"exited":%s,"truncated":%s,'
                          '"output":%s,"output_length":%d}' % (
                              ','.join(self.steps), self.dumps(exited),
                              'false' if cut is None else 'true',
                              self.dumps(_clean(tee.tail) if tee else ''),
                              tee.length if tee else 0))
        self.steps = []
        if cut is not None:
            sys.settrace(None)
            self.flush_output()
            self.channel.close()
            os._exit(0)

    # -- the end

    def post_mortem(self, exc: BaseException) -> None:
        """An exception nobody caught: a stop (or a step) at the innermost
        frame of the learner's code it went through, as it was then."""
        stack: list[Entry] = []
        tb: TracebackType | None = exc.__traceback__
        while tb is not None:
            frame = tb.tb_frame
            if self.is_learner(frame):
                stack.append((frame, tb.tb_lineno, frame.f_code.co_filename))
            tb = tb.tb_next
        if isinstance(exc, SyntaxError) and isinstance(exc.filename, str):
            # The file that does not compile: no frame, no names.
            path = os.path.realpath(exc.filename)
            if path.startswith(self.prefix):
                stack.append((None, exc.lineno or 1, path))
        if not stack:
            return
        state = self.state_of(stack, 'exception', exc=exc)
        if self.trace_mode:
            self.steps.append(state)
            return
        self.stops += 1
        self.send_stopped('exception', self.record(state))
        # Whatever the command, the program ends now.
        self.wait()

    def print_exception(self, exc: BaseException) -> None:
        """The traceback as python3 prints it, from the learner's first
        frame on."""
        tb = exc.__traceback__
        while tb is not None and not self.is_learner(tb.tb_frame):
            tb = tb.tb_next
        info = error_info(exc.with_traceback(tb), self.project)
        try:
            sys.stderr.write(str(info['traceback']))
            sys.stderr.flush()
        except BaseException:
            pass

    def ended(self, code: int) -> None:
        """Called last, once the program's threads and atexit are done."""
        if self.trace_mode:
            self.end_trace(code)
        else:
            self.channel.send(self.dumps({'event': 'exited', 'code': code}))
        self.channel.close()

    def error(self, message: str) -> NoReturn:
        """The program could not be started at all."""
        self.channel.send(self.dumps({'event': 'error', 'message': _clean(message)}))
        self.channel.close()
        os._exit(1)

    # -- running

    def run_job(self, job: dict[str, object]) -> None:
        code = 0
        try:
            if self.test is not None:
                code = self.run_test()
            else:
                code = self.run_program(job)
        except SystemExit as exc:
            code = exit_code(exc)
        except MemoryError:
            try:
                sys.stderr.write('MemoryError\n')
            except BaseException:
                pass
            code = 1
        except BaseException as exc:
            self.print_exception(exc)
            self.post_mortem(exc)
            code = 1
        finish(code, lambda: self.ended(code))

    def run_program(self, job: dict[str, object]) -> int:
        name = str(job.get('file') or 'main.py')
        path = os.path.realpath(os.path.join(self.project, name))
        try:
            if not path.startswith(self.prefix):
                raise OSError('not in the project')
            with open(path, 'rb') as f:
                source = f.read()
        except OSError:
            self.error('%s is not a file of the project' % name)
        argv = job.get('argv')
        sys.argv = [name] + [str(a) for a in (argv if isinstance(argv, list) else [])]
        sys.path[:0] = [os.path.dirname(path)]
        module = type(sys)('__main__')
        module.__file__ = path
        module.__builtins__ = __builtins__  # type: ignore[attr-defined]
        module.__cached__ = None  # type: ignore[attr-defined]
        sys.modules['__main__'] = module
        compiled = compile(source, path, 'exec', dont_inherit=True)
        self.run(compiled, module.__dict__)
        return 0

    def run_test(self) -> int:
        """Loads the test file (and the learner's modules it imports) without
        stopping, then runs the one test, stopping in the learner's code."""
        import unittest

        assert self.test is not None
        path = self.test_path
        test_id = str(self.test.get('id') or '')
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            with open(path, 'rb') as f:
                source = f.read()
        except OSError:
            self.error('the test file %s cannot be read' % path)
        sys.path[:0] = [self.project, os.path.dirname(path)]
        sys.argv = [path]
        module = type(sys)(name)
        module.__file__ = path
        sys.modules[name] = module
        exec(compile(source, path, 'exec', dont_inherit=True), module.__dict__)
        if test_id.startswith(name + '.'):
            test_id = test_id[len(name) + 1:]
        loader = unittest.TestLoader()
        try:
            suite = loader.loadTestsFromName(test_id, module)
        except (AttributeError, ImportError, ValueError, TypeError):
            suite = None
        # A name that is not there gives a stand-in test that fails, and
        # says so in the loader's errors.
        if suite is None or loader.errors or not test_id:
            self.error('there is no test %s in %s' % (test_id, os.path.basename(path)))
        runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2)
        # Traced from here, with this frame as the bottom: the test and
        # unittest are not stepped, the learner's code they call is.
        self.reset()
        self.botframe = sys._getframe()
        sys.settrace(self.trace_dispatch)
        try:
            result = runner.run(suite)
        finally:
            sys.settrace(None)
        return 0 if result.wasSuccessful() else 1


# ---------------------------------------------------------------------------


def main() -> None:
    job, channel = open_channel()
    if job is None:
        os._exit(INTERNAL_ERROR)
    for fd in (EVENTS_FD, COMMANDS_FD):
        # The program's own children get neither.
        os.set_inheritable(fd, False)
    trace = job.get('mode') == 'trace'
    limits = job.get('limits')
    limits = dict(limits) if isinstance(limits, dict) else {}
    cpu = limits.get('cpu_s')
    # No CPU limit while a learner looks at a stop for as long as they like.
    limits['cpu_s'] = None
    set_limits(limits)
    project = os.path.realpath(str(job['project']))
    job['project'] = project
    os.chdir(project)
    sys.dont_write_bytecode = True
    here = os.path.dirname(_HERE)
    sys.path[:] = [p for p in sys.path if p not in ('', here, sys.argv[1])]

    debugger = Debugger(job, channel)
    stdin = job.get('stdin')
    if isinstance(stdin, str):
        sys.stdin = GivenInput(stdin, echo=not trace)  # type: ignore[assignment]
    if trace:
        debugger.tee = Tee(sys.stdout)
        sys.stdout = debugger.tee  # type: ignore[assignment]
        if isinstance(cpu, (int, float)) and cpu > 0:
            limit_trace_time(debugger, int(cpu))
    breakpoints = job.get('breakpoints')
    if isinstance(breakpoints, dict):
        for name, lines in breakpoints.items():
            debugger.set_file_breaks(name, lines)

    # What the learner's code must not reach: the tools that read another
    # thread, where _keeper holds the nonce.  bdb's own calls may.
    not_dumpable()
    import dojo_runner
    own = [bdb.__file__, __file__, dojo_runner.__file__]
    callers = tuple(own + [os.path.realpath(name) for name in own])
    sys.addaudithook(make_audit_hook([], set(), [], callers=callers, exempt_this_thread=False))
    learner_builtins()
    debugger.run_job(job)


def limit_trace_time(debugger: Debugger, seconds: int) -> None:
    """A trace gets @seconds of CPU time: then SIGXCPU ends it with the
    steps it has (a loop in code that is not stepped never reaches
    max_steps), and a second later SIGKILL, if that could not run."""
    import resource
    import signal

    def out_of_time(signum: int, frame: FrameType | None) -> None:
        debugger.end_trace(None, 'time')

    signal.signal(signal.SIGXCPU, out_of_time)
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = seconds
    wanted = seconds + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, wanted))


def start() -> None:
    """What Dojo's command line calls."""
    try:
        main()
    except BaseException:
        import traceback
        traceback.print_exc()
        os._exit(INTERNAL_ERROR)
