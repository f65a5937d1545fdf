import unittest

MODULE = "shipping"
LEARNER_MODULE = "test_shipping"

CORRECT = '''
import math


def shipping_cost(weight_kg, express=False):
    if weight_kg <= 0:
        raise ValueError("a parcel must weigh something")
    if weight_kg <= 2:
        cost = 4.90
    elif weight_kg <= 10:
        cost = 9.90
    else:
        cost = 9.90 + math.ceil(weight_kg - 10) * 1.00
    if express:
        cost = cost * 2
    return round(cost, 2)
'''

# Each broken version: (the bug, what the learner should test to catch it).
BROKEN = {
    "two_kg_boundary": (
        CORRECT.replace("weight_kg <= 2:", "weight_kg < 2:"),
        "a shipping.py where exactly 2 kg costs 9.90 instead of 4.90",
        "Test the boundary itself: shipping_cost(2.0) must be 4.90."),
    "started_kilogram": (
        CORRECT.replace("math.ceil(weight_kg - 10)", "math.floor(weight_kg - 10)"),
        "a shipping.py where 10.5 kg costs 9.90: it ignores a started kilogram over 10",
        "Test a heavy parcel that is not a whole number of kilograms, like 10.5 kg (10.90)."),
    "zero_weight": (
        CORRECT.replace("weight_kg <= 0:", "weight_kg < 0:"),
        "a shipping.py where shipping_cost(0) returns 4.90 instead of raising ValueError",
        "Test exactly 0 kg with `with self.assertRaises(ValueError):`."),
    "express_ignored": (
        CORRECT.replace("cost = cost * 2", "cost = cost"),
        "a shipping.py where express costs the same as normal shipping",
        "Call shipping_cost(..., express=True) in a test."),
    "express_adds": (
        CORRECT.replace("cost = cost * 2", "cost = cost + 4.90"),
        "a shipping.py where express adds 4.90 instead of doubling the price",
        "For 1 kg both give 9.80! Test express on a heavier parcel too: 5 kg express is 19.80."),
}
# --- How the learner's tests are judged ------------------------------------
# The learner's test module is loaded afresh for each version of the code
# under test (put in sys.modules first, so `import X` and `from X import f`
# both get that version), and its tests are run. Good tests pass on the
# correct version and fail on each broken one.
import importlib.util
import sys
import types


def _learner_path():
    spec = importlib.util.find_spec(LEARNER_MODULE)
    if spec is None or not spec.origin:
        raise AssertionError(f"There is no {LEARNER_MODULE}.py in your project")
    return spec.origin


def _flatten(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from _flatten(test)
        else:
            yield test


def run_learner_tests(source, pick=None):
    """Runs the learner's tests against the module made from source.

    pick, if given, chooses (and orders) the tests to run from the list."""
    version = types.ModuleType(MODULE)
    version.__file__ = MODULE + ".py"
    exec(compile(source, MODULE + ".py", "exec"), version.__dict__)
    saved = sys.modules.get(MODULE)
    sys.modules[MODULE] = version
    try:
        spec = importlib.util.spec_from_file_location("learners_" + LEARNER_MODULE, _learner_path())
        tests = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tests)
        chosen = list(_flatten(unittest.defaultTestLoader.loadTestsFromModule(tests)))
        if pick is not None:
            chosen = pick(chosen)
        result = unittest.TestResult()
        unittest.TestSuite(chosen).run(result)
        return result
    finally:
        if saved is None:
            sys.modules.pop(MODULE, None)
        else:
            sys.modules[MODULE] = saved


def first_problem(result):
    for test, text in result.failures + result.errors:
        last = text.strip().splitlines()[-1]
        return f"{test.id().split('.')[-1]}: {last}"
    return ""

class YourTestsAreGood(unittest.TestCase):
    def test_pass_on_correct_code(self):
        result = run_learner_tests(CORRECT)
        if result.testsRun == 0:
            self.fail("test_shipping.py has no tests: write methods whose names start with test_")
        if not result.wasSuccessful():
            self.fail("Your tests fail on a CORRECT shipping.py, so one of them expects the wrong thing. "
                      + first_problem(result))

    def check_catches(self, name):
        source, bug, advice = BROKEN[name]
        result = run_learner_tests(source)
        if result.wasSuccessful():
            self.fail(f"Your tests all pass on {bug}. {advice}")

    def test_catches_the_2_kg_boundary(self):
        self.check_catches("two_kg_boundary")

    def test_catches_a_started_kilogram(self):
        self.check_catches("started_kilogram")

    def test_catches_zero_weight(self):
        self.check_catches("zero_weight")

    def test_catches_express_ignored(self):
        self.check_catches("express_ignored")

    def test_catches_express_adding(self):
        self.check_catches("express_adds")


if __name__ == "__main__":
    unittest.main()
