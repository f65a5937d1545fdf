import contextlib
import io
import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

import ci

CALC = "def add(a: int, b: int) -> int:\n    return a + b\n"
TEST_GOOD = ("import unittest\n\nfrom calc import add\n\n\n"
             "class AddTests(unittest.TestCase):\n"
             "    def test_add(self) -> None:\n"
             "        self.assertEqual(add(2, 2), 4)\n")
TEST_BAD = TEST_GOOD.replace("4)", "5)")
LONG_LINE = "# " + "x" * 90 + "\n"


class SampleProjects(unittest.TestCase):
    def make_project(self, files):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        for name, text in files.items():
            with open(os.path.join(folder.name, name), "w", encoding="utf-8") as out:
                out.write(text)
        return folder.name

    def passing(self):
        return self.make_project({"calc.py": CALC, "test_calc.py": TEST_GOOD})

    def failing_tests(self):
        return self.make_project({"calc.py": CALC, "test_calc.py": TEST_BAD})

    def bad_style(self):
        return self.make_project({"calc.py": CALC + LONG_LINE, "test_calc.py": TEST_GOOD})


class RunTestsTests(SampleProjects):
    def quiet_run_tests(self, project):
        # The sample project's own test report goes to stderr (file descriptor 2);
        # keep it out of this test's output.
        sys.stderr.flush()
        saved = os.dup(2)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            return ci.run_tests(project)
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            os.close(devnull)

    def test_passing_project(self):
        self.assertEqual(self.quiet_run_tests(self.passing()), 0,
                         "run_tests(project) should return 0 when the project's tests pass")

    def test_failing_project(self):
        self.assertEqual(self.quiet_run_tests(self.failing_tests()), 1,
                         "run_tests(project) should return the exit code of "
                         "'python -m unittest discover', which is 1 when a test fails")

    def test_broken_import(self):
        project = self.make_project({"test_calc.py": TEST_GOOD})
        self.assertEqual(self.quiet_run_tests(project), 1,
                         "A test file that cannot import its module is a failure too: "
                         "run_tests(project) should return 1")

    def test_uses_the_same_python(self):
        project = self.passing()
        with mock.patch.object(subprocess, "run", wraps=subprocess.run) as run:
            self.quiet_run_tests(project)
        self.assertTrue(run.called, "run_tests should start the tests with subprocess.run(...)")
        command = run.call_args.kwargs.get("args", run.call_args.args[0] if run.call_args.args else None)
        self.assertIsInstance(command, list,
                              "Give subprocess.run the command as a list of strings")
        self.assertEqual(command[0], sys.executable,
                         "Start the tests with sys.executable, the Python running ci.py, "
                         "not with the word 'python'")


class PipelineTests(unittest.TestCase):
    def run_steps(self, codes):
        called = []

        def make_step(name, code):
            def step(project):
                called.append((name, project))
                return code
            return step

        steps = [(name, make_step(name, code)) for name, code in codes]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            result = ci.run_pipeline("some/project", steps)
        return result, out.getvalue().splitlines(), called

    def test_all_pass(self):
        result, lines, called = self.run_steps([("lint", 0), ("tests", 0), ("types", 0)])
        self.assertEqual(result, 0, "When every step returns 0, run_pipeline returns 0")
        self.assertEqual(lines, ["lint: ok", "tests: ok", "types: ok"],
                         "Print one line per step, 'NAME: ok', in order")
        self.assertEqual(called, [("lint", "some/project"), ("tests", "some/project"),
                                  ("types", "some/project")],
                         "Call every step in order, with the project folder")

    def test_stops_at_first_failure(self):
        result, lines, called = self.run_steps([("tests", 0), ("style", 3), ("deploy", 0)])
        self.assertEqual(result, 3, "run_pipeline returns the exit code of the step that failed")
        self.assertEqual(lines, ["tests: ok", "style: failed (exit 3)"],
                         "Print 'NAME: failed (exit CODE)' for the failing step, and nothing "
                         "for the steps after it")
        self.assertNotIn("deploy", [name for name, _ in called],
                         "After a failing step, the pipeline stops: later steps never run")

    def test_first_step_fails(self):
        result, lines, called = self.run_steps([("tests", 1), ("style", 0)])
        self.assertEqual((result, lines, len(called)), (1, ["tests: failed (exit 1)"], 1),
                         "When the first step fails, only it runs and only its line is printed")


class WholeScriptTests(SampleProjects):
    def run_ci(self, project):
        completed = subprocess.run([sys.executable, ci.__file__, project],
                                   capture_output=True, text=True, timeout=60)
        return completed.returncode, completed.stdout.splitlines()

    def test_passing_project(self):
        self.assertEqual(self.run_ci(self.passing()), (0, ["tests: ok", "style: ok"]),
                         "'python3 ci.py PROJECT' on a good project prints two ok lines "
                         "and exits with 0")

    def test_failing_tests(self):
        self.assertEqual(self.run_ci(self.failing_tests()), (1, ["tests: failed (exit 1)"]),
                         "When a test fails, ci.py prints 'tests: failed (exit 1)', skips the "
                         "style step and exits with 1")

    def test_bad_style(self):
        self.assertEqual(self.run_ci(self.bad_style()),
                         (1, ["tests: ok", "style: failed (exit 1)"]),
                         "When the tests pass but a line is too long, ci.py prints "
                         "'tests: ok', then 'style: failed (exit 1)', and exits with 1")


if __name__ == "__main__":
    unittest.main()
