import unittest

MODULE = "inventory"
LEARNER_MODULE = "test_inventory"

CORRECT = '''
class Inventory:
    def __init__(self):
        self._stock = {}

    def add(self, item, quantity):
        if quantity <= 0:
            raise ValueError("can only add 1 or more")
        self._stock[item] = self._stock.get(item, 0) + quantity

    def remove(self, item, quantity):
        have = self._stock.get(item, 0)
        if quantity > have:
            raise ValueError("not enough in stock")
        if quantity == have:
            del self._stock[item]
        else:
            self._stock[item] = have - quantity

    def count(self, item):
        return self._stock.get(item, 0)

    def items(self):
        return sorted(self._stock)
'''

# Each broken version: (the code, the bug, what the learner should test to catch it).
BROKEN = {
    "add_replaces": (
        CORRECT.replace("self._stock.get(item, 0) + quantity", "quantity"),
        "an Inventory where add() replaces the count instead of adding to it",
        "Add the same item twice and check the total."),
    "add_zero": (
        CORRECT.replace("if quantity <= 0:\n            raise ValueError(\"can only add 1 or more\")", "pass"),
        "an Inventory where add(item, 0) is accepted",
        "Test that adding 0 raises ValueError."),
    "remove_too_many": (
        CORRECT.replace("if quantity > have:", "if False:").replace("if quantity == have:", "if quantity >= have:"),
        "an Inventory where remove() takes out more than there is, without an error",
        "Test that removing more than the count raises ValueError."),
    "zero_stays": (
        CORRECT.replace("if quantity == have:", "if False:"),
        "an Inventory where an item whose count reached 0 is still listed by items()",
        "Remove all of an item, then check items()."),
    "unknown_count": (
        CORRECT.replace("return self._stock.get(item, 0)", "return self._stock[item]"),
        "an Inventory where count() of an item it never had raises KeyError instead of returning 0",
        "Test count() of an item you never added."),
    "unsorted": (
        CORRECT.replace("return sorted(self._stock)", "return list(self._stock)"),
        "an Inventory where items() is in the order the items were added, not sorted",
        "Add items out of alphabetical order, then check items()."),
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
        if result.testsRun < 3:
            self.fail("Write at least three tests (methods whose names start with test_): one behaviour per test.")
        if not result.wasSuccessful():
            self.fail("Your tests fail on a CORRECT inventory.py, so one of them expects the wrong thing. "
                      + first_problem(result))

    def test_each_test_passes_alone(self):
        names = [test.id() for test in run_learner_tests_names()]
        for name in names:
            result = run_learner_tests(CORRECT, lambda tests, name=name: [t for t in tests if t.id() == name])
            if not result.wasSuccessful():
                self.fail(f"{name.split('.')[-1]} fails when it runs on its own: it depends on what another test did. "
                          "Make a fresh Inventory in setUp and use self.inventory in every test.")

    def test_pass_in_any_order(self):
        result = run_learner_tests(CORRECT, lambda tests: list(reversed(tests)))
        if not result.wasSuccessful():
            self.fail("Your tests fail when they run in the opposite order, so they share something. "
                      "Make a fresh Inventory in setUp. " + first_problem(result))

    def check_catches(self, name):
        source, bug, advice = BROKEN[name]
        result = run_learner_tests(source)
        if result.wasSuccessful():
            self.fail(f"Your tests all pass on {bug}. {advice}")

    def test_catches_add_replacing(self):
        self.check_catches("add_replaces")

    def test_catches_adding_zero(self):
        self.check_catches("add_zero")

    def test_catches_removing_too_many(self):
        self.check_catches("remove_too_many")

    def test_catches_empty_items_kept(self):
        self.check_catches("zero_stays")

    def test_catches_unknown_count(self):
        self.check_catches("unknown_count")

    def test_catches_unsorted_items(self):
        self.check_catches("unsorted")


def run_learner_tests_names():
    found = []
    run_learner_tests(CORRECT, lambda tests: found.extend(tests) or [])
    return found


if __name__ == "__main__":
    unittest.main()
