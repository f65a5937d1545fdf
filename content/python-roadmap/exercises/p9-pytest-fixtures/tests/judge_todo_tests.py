# Judges the learner's pytest tests: they must pass on a correct
# todo_file.py and fail on each broken one, and use fixtures, tmp_path and
# parametrize.
import contextlib
import importlib.util
import io
import os
import sys
import types

import pytest

MODULE = "todo_file"
LEARNER_MODULE = "test_todo_file"

CORRECT = '''
from pathlib import Path


def load(path):
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() != ""]


def add(path, item):
    item = item.strip()
    if item == "":
        raise ValueError("an empty item")
    with path.open("a", encoding="utf-8") as file:
        file.write(item + "\\n")


def remove(path, item):
    items = load(path)
    if item not in items:
        return False
    items.remove(item)
    path.write_text("".join(line + "\\n" for line in items), encoding="utf-8")
    return True
'''


def broken(old, new):
    assert old in CORRECT, old
    return CORRECT.replace(old, new)


# Each broken version: (its code, the bug, what to test to catch it).
BROKEN = {
    "missing_file": (
        broken("    if not path.exists():\n        return []\n", ""),
        "a todo_file.py whose load() raises FileNotFoundError when the file is not there yet",
        "Call load() on your fixture's path before anything was added: it must give []."),
    "overwrites": (
        broken('path.open("a"', 'path.open("w"'),
        "a todo_file.py whose add() overwrites the file, so only the last item is kept",
        "Add two items, then check that load() gives both, in order."),
    "no_strip": (
        broken("    item = item.strip()\n", ""),
        "a todo_file.py whose add() keeps the spaces around an item",
        "Add an item with spaces around it, like \"  eggs \", and check load() gives [\"eggs\"]."),
    "spaces_allowed": (
        broken('    item = item.strip()\n    if item == "":\n        raise ValueError("an empty item")\n',
               '    if item == "":\n        raise ValueError("an empty item")\n    item = item.strip()\n'),
        "a todo_file.py whose add() checks for \"\" before it strips the spaces, so it accepts \"   \"",
        "Parametrize your blank-item test with several values: \"\", \" \" and spaces with a tab."),
    "blank_lines": (
        broken('if line.strip() != ""', 'if True'),
        "a todo_file.py whose load() returns the blank lines of the file as items",
        "Write a file with a blank line in it yourself (todo_path.write_text(...)) and load it."),
    "remove_all": (
        broken("    items.remove(item)\n", "    items = [x for x in items if x != item]\n"),
        "a todo_file.py whose remove() removes every equal item, not only the first",
        "Remove an item that is in the list twice and check the second one is still there."),
    "remove_true": (
        broken("        return False\n", "        return True\n"),
        "a todo_file.py whose remove() says True even when the item was not there",
        "Remove something that is not in the list and check remove() gives False."),
}

HERE = os.path.dirname(os.path.abspath(__file__))


def learner_path():
    spec = importlib.util.find_spec(LEARNER_MODULE)
    if spec is None or not spec.origin:
        raise AssertionError(f"There is no {LEARNER_MODULE}.py in your project")
    return spec.origin


class Recorder:
    """What the learner's run collected and how each test ended."""

    def __init__(self):
        self.items = []
        self.failed = []
        self.passed = []

    def pytest_collection_finish(self, session):
        self.items = list(session.items)

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.failed.append(report)
        elif report.when == "call" and report.passed:
            self.passed.append(report.nodeid)

    def pytest_collectreport(self, report):
        if report.failed:
            self.failed.append(report)


def run_learner_tests(source):
    version = types.ModuleType(MODULE)
    version.__file__ = MODULE + ".py"
    exec(compile(source, MODULE + ".py", "exec"), version.__dict__)
    path = learner_path()
    saved = sys.modules.get(MODULE)
    sys.modules[MODULE] = version
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == path:
            del sys.modules[name]
    recorder = Recorder()
    try:
        # The terminal plugin stays (assert's explanations need its options:
        # without it a failing `assert a == b` reports "no option named
        # 'verbose'"); what it prints is thrown away.
        with contextlib.redirect_stdout(io.StringIO()):
            pytest.main([path, "-c", os.devnull, "--noconftest", "--rootdir", os.path.dirname(path),
                         "-p", "no:cacheprovider", "-p", "no:stepwise", "-q",
                         "-o", "python_functions=test", "-W", "ignore"],
                        plugins=[recorder])
    finally:
        if saved is None:
            sys.modules.pop(MODULE, None)
        else:
            sys.modules[MODULE] = saved
    return recorder


def first_problem(recorder):
    for report in recorder.failed:
        crash = getattr(report.longrepr, "reprcrash", None)
        if crash is not None:
            words = crash.message.splitlines()[0]
        else:
            text = str(report.longrepr).strip().splitlines()
            words = text[-1] if text else "failed"
        return f"{report.nodeid.split('::')[-1]}: {words}"
    return ""


def test_your_tests_pass_on_correct_code():
    recorder = run_learner_tests(CORRECT)
    if not recorder.items:
        raise AssertionError("test_todo_file.py has no tests: write functions whose names start with test_")
    if recorder.failed:
        raise AssertionError("Your tests fail on a CORRECT todo_file.py, so one of them expects the wrong thing. "
                             + first_problem(recorder))


@pytest.mark.parametrize("name", list(BROKEN))
def test_your_tests_catch(name):
    source, bug, advice = BROKEN[name]
    recorder = run_learner_tests(source)
    if not recorder.failed:
        raise AssertionError(f"Your tests all pass on {bug}. {advice}")


def test_you_use_fixtures_tmp_path_and_parametrize():
    recorder = run_learner_tests(CORRECT)
    learner_file = os.path.realpath(learner_path())
    own_fixtures = set()
    for item in recorder.items:
        for name, definitions in item._fixtureinfo.name2fixturedefs.items():
            for definition in definitions:
                code = getattr(definition.func, "__code__", None)
                if code is not None and os.path.realpath(code.co_filename) == learner_file:
                    own_fixtures.add(name)
    if len(own_fixtures) < 2:
        raise AssertionError("Write at least two fixtures of your own with @pytest.fixture (todo_path, and one that uses it "
                             f"to make a filled list); your tests use {len(own_fixtures)}: {sorted(own_fixtures)}")
    if not any("tmp_path" in item.fixturenames for item in recorder.items):
        raise AssertionError("Your fixtures should build the file's path from pytest's tmp_path fixture, a fresh folder for each test")
    parametrized = [item for item in recorder.items if getattr(item, "callspec", None) is not None]
    if len(parametrized) < 3:
        raise AssertionError("Use @pytest.mark.parametrize for the blank items: one test function, at least three values "
                             f"(now {len(parametrized)} parametrized cases)")
