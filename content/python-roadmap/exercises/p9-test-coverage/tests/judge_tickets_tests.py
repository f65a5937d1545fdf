# Judges the learner's tests by branch coverage, measured the other way
# round: for every branch of ticket_price there is a version of it where only
# that branch gives a wrong answer. A test suite that runs every branch, and
# checks what it gives, fails on each of them.
import contextlib
import importlib.util
import io
import os
import sys
import types

import pytest

MODULE = "tickets"
LEARNER_MODULE = "test_tickets"

CORRECT = '''
def ticket_price(age, weekday, member):
    if age < 0:
        raise ValueError("an age cannot be negative")
    if age < 6:
        return 0.0
    if age < 18 or age >= 65:
        price = 6.0
    else:
        price = 10.0
    if weekday == "tuesday":
        price = price / 2
    if member:
        price = price - 1.0
    return price
'''


def broken(old, new):
    assert old in CORRECT, old
    return CORRECT.replace(old, new)


# Each version: (its code, the branch that is wrong in it, how to reach it).
BROKEN = {
    "negative": (
        broken('        raise ValueError("an age cannot be negative")\n', '        return 0.0\n'),
        "`if age < 0:` (a negative age raises ValueError)",
        "Call ticket_price with a negative age inside `with pytest.raises(ValueError):`."),
    "under_six": (
        broken("        return 0.0\n    if age < 18", "        return 6.0\n    if age < 18"),
        "`if age < 6:` (under 6 gets in free)",
        "Test a child younger than 6."),
    "child": (
        broken("if age < 18 or age >= 65:", "if age < 6 or age >= 65:"),
        "the left side of `age < 18 or age >= 65` (a child from 6 to 17 pays 6.00)",
        "Test a child aged 6 to 17: an `or` is two ways into a branch, test both."),
    "senior": (
        broken("if age < 18 or age >= 65:", "if age < 18 or age >= 165:"),
        "the right side of `age < 18 or age >= 65` (a senior from 65 pays 6.00)",
        "Test someone aged 65 or more: an `or` is two ways into a branch, test both."),
    "adult": (
        broken("        price = 10.0\n", "        price = 11.0\n"),
        "the `else:` of the age (an adult pays 10.00)",
        "Test an adult, between 18 and 64."),
    "tuesday": (
        broken("        price = price / 2\n", "        price = price\n"),
        "`if weekday == \"tuesday\":` (half price on Tuesdays)",
        "Test a ticket on \"tuesday\"."),
    "every_day": (
        broken('if weekday == "tuesday":', 'if weekday != "":'),
        "the other way past `if weekday == \"tuesday\":` (any other day is full price)",
        "A branch has two sides: test a day that is not Tuesday too, and check its full price."),
    "member": (
        broken("        price = price - 1.0\n", "        price = price\n"),
        "`if member:` (members pay 1.00 less)",
        "Test a ticket with member=True."),
    "always_member": (
        broken("    if member:\n", "    if True:\n"),
        "the other way past `if member:` (a non-member pays the full price)",
        "Test a ticket with member=False and check its price."),
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
        raise AssertionError("test_tickets.py has no tests: write functions whose names start with test_")
    if recorder.failed:
        raise AssertionError("Your tests fail on a CORRECT tickets.py, so one of them expects the wrong thing. "
                             + first_problem(recorder))


@pytest.mark.parametrize("name", list(BROKEN))
def test_every_branch_is_tested(name):
    source, branch, advice = BROKEN[name]
    recorder = run_learner_tests(source)
    if not recorder.failed:
        raise AssertionError(f"No test of yours reaches {branch} and checks what it gives: your tests all pass "
                             f"on a tickets.py where that branch is wrong. {advice}")
