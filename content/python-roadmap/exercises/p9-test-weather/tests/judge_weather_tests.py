import unittest

MODULE = "weather"
LEARNER_MODULE = "test_weather"

CORRECT = '''
def fetch_temperature(city):
    raise RuntimeError("a test called the real fetch_temperature: patch \\"weather.fetch_temperature\\" in every test")


def advice(city):
    try:
        temperature = fetch_temperature(city)
    except OSError:
        return "No weather data for " + city
    if temperature < 10:
        return "Take a coat"
    if temperature < 20:
        return "A jumper will do"
    return "T-shirt weather"
'''

TWICE = '''
def fetch_temperature(city):
    raise RuntimeError("a test called the real fetch_temperature: patch \\"weather.fetch_temperature\\" in every test")


def advice(city):
    try:
        if fetch_temperature(city) < 10:
            return "Take a coat"
        if fetch_temperature(city) < 20:
            return "A jumper will do"
    except OSError:
        return "No weather data for " + city
    return "T-shirt weather"
'''

# Each broken version: (the code, the bug, what the learner should test to catch it).
BROKEN = {
    "cold_boundary": (
        CORRECT.replace("temperature < 10:", "temperature <= 10:"),
        "a weather.py where exactly 10 °C says \"Take a coat\"",
        "Test the boundary: at 10.0 the advice is \"A jumper will do\"."),
    "warm_boundary": (
        CORRECT.replace("temperature < 20:", "temperature <= 20:"),
        "a weather.py where exactly 20 °C says \"A jumper will do\"",
        "Test the boundary: at 20.0 the advice is \"T-shirt weather\"."),
    "no_error_handling": (
        CORRECT.replace("except OSError:", "except ValueError:"),
        "a weather.py that crashes when the weather service is down",
        "Make the fake raise: `patch(\"weather.fetch_temperature\", side_effect=OSError(\"down\"))`, and expect \"No weather data for Oslo\"."),
    "asks_twice": (
        TWICE,
        "a weather.py that asks the weather service twice for one piece of advice",
        "Keep the fake (`with patch(...) as fake:`) and check `fake.assert_called_once_with(\"Oslo\")`."),
    "wrong_city": (
        CORRECT.replace("temperature = fetch_temperature(city)", "temperature = fetch_temperature(city.lower())"),
        "a weather.py that asks for the weather in \"oslo\" when given \"Oslo\"",
        "Check which city the fake was asked about: `fake.assert_called_once_with(\"Oslo\")`."),
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
            self.fail("Your tests fail on a CORRECT weather.py. " + first_problem(result))

    def check_catches(self, name):
        source, bug, advice = BROKEN[name]
        result = run_learner_tests(source)
        if result.wasSuccessful():
            self.fail(f"Your tests all pass on {bug}. {advice}")

    def test_catches_the_10_degree_boundary(self):
        self.check_catches("cold_boundary")

    def test_catches_the_20_degree_boundary(self):
        self.check_catches("warm_boundary")

    def test_catches_a_crash_when_the_service_is_down(self):
        self.check_catches("no_error_handling")

    def test_catches_asking_twice(self):
        self.check_catches("asks_twice")

    def test_catches_the_wrong_city(self):
        self.check_catches("wrong_city")


if __name__ == "__main__":
    unittest.main()
