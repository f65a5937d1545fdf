# dojo_run.py: Run in the Output tab, with an explanation under a traceback
#
# Copyright 2026 The Dojo authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one program of the learner's exactly as `python3 FILE` would, and
when it ends with an uncaught exception, tells Dojo what went wrong.

Dojo (src/ui/dojo-terminal.c) starts it in the Output tab's terminal as

    python3 HARNESS_DIR/dojo_run.py FILE

with DOJO_EXPLAIN_FD naming a pipe (fd 3) the app reads.  The program gets
the world a plain run gives it: sys.argv, sys.path[0] (the script's folder,
symbolic links resolved, never the harness's), a module `__main__` with its
`__file__`, the same working folder, the same terminal for input(), and no
DOJO_EXPLAIN_FD in its environment.  No site-packages are turned off (a
plain run has them), and this file imports almost nothing before the
program starts, so that the program's imports happen as they would.

Why a launcher rather than reading the traceback off the terminal: the
explanation needs the exception itself (its frames, the values of the names
on the failing line, the name Python did not find), which only this process
has.  Why not runpy: run_path() gives `__file__` and sys.argv[0] the same
value, where a plain run has an absolute `__file__` and argv[0] as typed.

When the program raises, the traceback goes to stderr through sys.excepthook
(the default one prints Python's own "Did you mean" of 3.10 and 3.11) with
this file's frames cut off, so it reads as a plain run's.  Then the facts of
dojo_explain.explain_exception() (or explain_syntax() for an error found
when compiling FILE) go to the pipe as one line of JSON, and the process
ends as a plain run would: status 1, or killed by SIGINT after a Ctrl+C.
SystemExit goes through untouched.  The pipe carries no verdict: a program
that writes to it only confuses the explanation of its own run, and the app
reads a bounded amount and ignores what it cannot parse.
"""

from __future__ import annotations

import os
import sys

# typing costs milliseconds to import: the annotations are only read by
# mypy.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import FrameType, ModuleType, TracebackType
    from typing import NoReturn

ENV_CHANNEL = 'DOJO_EXPLAIN_FD'
# The app reads no more than this; a longer explanation is not sent.
MAX_EXPLANATION_BYTES = 64 * 1024


class _Channel:
    """The pipe to the app, as it was when the program started: a program
    that closes fd 3 and opens a file of its own there must not get the
    explanation written into that file, nor may a child it forked write a
    second one."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pid = os.getpid()
        identity = os.fstat(fd)
        self.identity = (identity.st_dev, identity.st_ino)

    def still_ours(self) -> bool:
        if os.getpid() != self.pid:
            return False
        try:
            identity = os.fstat(self.fd)
        except OSError:
            return False
        return (identity.st_dev, identity.st_ino) == self.identity

    def send(self, data: bytes) -> None:
        try:
            if self.still_ours():
                view = memoryview(data)
                while view:
                    view = view[os.write(self.fd, view):]
            os.close(self.fd)
        except OSError:
            pass


def _take_channel() -> _Channel | None:
    """The pipe DOJO_EXPLAIN_FD names, kept from the program's children;
    the variable leaves the environment before the program starts."""
    text = os.environ.pop(ENV_CHANNEL, '')
    try:
        fd = int(text)
        os.set_inheritable(fd, False)
        return _Channel(fd) if fd > 2 else None
    except (ValueError, OSError):
        return None


def _learner_traceback(tb: TracebackType | None) -> TracebackType | None:
    """@tb without this file's frames, which a plain run does not have."""
    here = _learner_traceback.__code__.co_filename
    while tb is not None and tb.tb_frame.f_code.co_filename == here:
        tb = tb.tb_next
    return tb


def _load_explainer() -> ModuleType:
    """dojo_explain from the harness's own folder, never a module of the
    learner's that has the same name (sys.path[0] is the learner's)."""
    from importlib.util import module_from_spec, spec_from_file_location

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'dojo_explain.py')
    spec = spec_from_file_location('_dojo_explain', path)
    if spec is None or spec.loader is None:
        raise ImportError(path)
    module = module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _interrupted(explainer: ModuleType, error: KeyboardInterrupt, root: str) -> object:
    """The rule `interrupted`: Ctrl+C, which only a run in the terminal
    meets, and no mistake, so dojo_explain's rules leave it out; the line
    the program was on and the values there come from dojo_explain's own
    helpers, and the Output tab has the words (src/ui/dojo-terminal.c)."""
    facts: dict[str, object] = {'rule': 'interrupted', 'type': 'KeyboardInterrupt',
                                'line': None}
    frames = explainer.learner_frames(error.__traceback__, root)
    if frames:
        frame, line = frames[-1]
        explainer.explain_frame(frame, line, facts)
    return facts


def _explanation(error: BaseException, root: str, compiling: bool) -> bytes | None:
    """The explanation of @error as a line of JSON, or None when there is
    none (or when explaining failed: the traceback is already shown, and
    nothing here may change how the run ends)."""
    try:
        import json

        explainer = _load_explainer()
        facts: object
        if compiling and isinstance(error, SyntaxError):
            facts = explainer.explain_syntax(error)
        elif isinstance(error, KeyboardInterrupt):
            facts = _interrupted(explainer, error, root)
        else:
            facts = explainer.explain_exception(error, root)
        if not isinstance(facts, dict):
            return None
        data = (json.dumps(facts, default=str) + '\n').encode('utf-8')
    except BaseException:
        return None
    return data if len(data) <= MAX_EXPLANATION_BYTES else None


def _quiet_hook(kind: type[BaseException], error: BaseException,
                tb: TracebackType | None) -> None:
    """The traceback was shown already."""


def _fail(error: BaseException, channel: _Channel | None, root: str,
          compiling: bool) -> NoReturn:
    """Shows @error as a plain run would, sends its explanation, and ends
    the process as a plain run would."""
    tb = _learner_traceback(error.__traceback__)
    error.__traceback__ = tb
    try:
        sys.excepthook(type(error), error, tb)
    except BaseException:
        sys.__excepthook__(type(error), error, tb)
    sys.stderr.flush()

    if channel is not None:
        data = _explanation(error, root, compiling)
        if data is not None:
            channel.send(data)

    if isinstance(error, KeyboardInterrupt):
        # Python ends a program that Ctrl+C interrupted by SIGINT, after its
        # usual clean-up (atexit, buffers), so that the shell or Dojo knows:
        # only an interrupt that leaves the main module does that.
        sys.excepthook = _quiet_hook
        raise error
    raise SystemExit(1)


def _open_failed(script: str, error: OSError) -> NoReturn:
    """What Python says of a FILE it cannot read, and its status."""
    program = getattr(sys, 'orig_argv', [sys.executable])[0]
    print(f"{program}: can't open file {script!r}: [Errno {error.errno}] {error.strerror}",
          file=sys.stderr)
    raise SystemExit(2)


def _make_room() -> None:
    """Raises Python's recursion limit by the levels this file takes below
    the program (its frames, and before 3.12 exec's own level), so that the
    program goes exactly as deep as in a plain run and a RecursionError
    shows the same traceback.  sys.getrecursionlimit() says as much more."""
    levels = 1 if sys.version_info < (3, 12) else 0
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        levels += 1
        frame = frame.f_back
    sys.setrecursionlimit(sys.getrecursionlimit() + levels)


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        print('usage: python3 dojo_run.py FILE [ARG...]', file=sys.stderr)
        raise SystemExit(2)

    channel = _take_channel()
    root = os.getcwd()
    # Absolute since Python 3.9, symbolic links kept; sys.path[0] has them
    # resolved.
    script = os.path.abspath(argv[1])

    try:
        with open(script, 'rb') as file:
            source = file.read()
    except OSError as error:
        _open_failed(script, error)

    sys.argv[:] = argv[1:]
    orig_argv = getattr(sys, 'orig_argv', None)
    if isinstance(orig_argv, list) and len(orig_argv) >= 3:
        del orig_argv[1]
    sys.path[0] = os.path.dirname(os.path.realpath(script))

    from importlib.machinery import SourceFileLoader

    # The names, and their order, of a plain run's __main__.
    main_module = type(sys)('__main__')
    namespace = main_module.__dict__
    namespace['__loader__'] = SourceFileLoader('__main__', script)
    namespace['__annotations__'] = {}
    namespace['__builtins__'] = sys.modules['builtins']
    namespace['__file__'] = script
    namespace['__cached__'] = None
    sys.modules['__main__'] = main_module

    try:
        # dont_inherit: this file's `from __future__` is not the program's.
        code = compile(source, script, 'exec', dont_inherit=True)
    except SyntaxError as error:
        _fail(error, channel, root, True)
    del source

    _make_room()
    try:
        exec(code, namespace)
    except SystemExit:
        raise
    except BaseException as error:
        _fail(error, channel, root, False)


if __name__ == '__main__':
    main(sys.argv)
