# Judges the learner's own tests: they must pass on a correct slug.py and
# fail on versions that break one rule each.
import contextlib
import importlib.util
import io
import os
import sys
import types

import pytest

MODULE = "slug"
LEARNER_MODULE = "test_slug"

CORRECT = '''
def slugify(title):
    kept = ""
    for char in title.lower():
        if char.isalnum():
            kept += char
        elif char.isspace() or char == "-":
            kept += " "
    words = kept.split()
    if not words:
        raise ValueError("no letters or digits")
    return "-".join(words)
'''


def broken(old, new):
    assert old in CORRECT, old
    return CORRECT.replace(old, new)


# Each broken version: (its code, its bug, the test that catches it).
BROKEN = {
    "no_lowercase": (
        broken("title.lower()", "title"),
        "a slug.py that keeps capital letters",
        "Rule 1: test a title with a capital letter."),
    "spaces_stay": (
        broken("    return \"-\".join(words)\n", "    return \" \".join(words)\n"),
        "a slug.py that joins the words with spaces, not hyphens",
        "Rule 2: test a title of two words."),
    "punctuation_stays": (
        broken("            kept += \" \"\n", "            kept += \" \"\n        else:\n            kept += char\n"),
        "a slug.py that keeps commas, apostrophes and other punctuation",
        "Rule 3: test a title with a comma or an exclamation mark in it."),
    "digits_dropped": (
        broken("char.isalnum()", "char.isalpha()"),
        "a slug.py that drops digits",
        "Rule 3: letters AND digits stay; test a title with a number in it."),
    "every_space_counts": (
        broken("    words = kept.split()\n", "    words = [w for w in kept.split(\" \")] if kept.strip() else []\n"),
        "a slug.py that turns every single space into a hyphen, so two spaces give two hyphens and spaces at the ends give hyphens there",
        "Rule 4: test a title with two spaces in a row, or a space at its start or end."),
    "hyphen_dropped": (
        broken(' or char == "-"', ''),
        "a slug.py that drops the hyphens of the title, so \"well-known\" gives \"wellknown\"",
        "Rule 4: a hyphen separates words like a space does; test a title with a hyphen in it."),
    "no_error": (
        broken("    if not words:\n        raise ValueError(\"no letters or digits\")\n", ""),
        "a slug.py that returns \"\" for a title with no letters or digits, instead of raising ValueError",
        "Rule 5: test an empty title (or \"!?!\") with `with pytest.raises(ValueError):`."),
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
        raise AssertionError("test_slug.py has no tests: write functions whose names start with test_")
    if recorder.failed:
        raise AssertionError("Your tests fail on a CORRECT slug.py, so one of them expects the wrong thing. "
                             + first_problem(recorder))


@pytest.mark.parametrize("name", list(BROKEN))
def test_your_tests_catch(name):
    source, bug, advice = BROKEN[name]
    recorder = run_learner_tests(source)
    if not recorder.failed:
        raise AssertionError(f"Your tests all pass on {bug}. In test-first, every rule gets its test before "
                             f"its code. {advice}")
