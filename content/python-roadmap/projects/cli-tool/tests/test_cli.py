import io
import os
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from todo import main


class TestCommandLine(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.addCleanup(self.dir.cleanup)
        self.path = os.path.join(self.dir.name, "todo.json")

    def run_main(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(list(argv), self.path)
        return status, out.getvalue(), err.getvalue()

    def test_add_and_list(self):
        self.assertEqual(self.run_main("add", "Buy", "milk"), (0, "Added 1: Buy milk\n", ""))
        self.assertEqual(self.run_main("add", "Call Ada"), (0, "Added 2: Call Ada\n", ""))
        self.assertEqual(self.run_main("list"), (0, "1. [ ] Buy milk\n2. [ ] Call Ada\n", ""),
                         "list shows every task; the tasks must be saved between runs of main")

    def test_empty_list(self):
        self.assertEqual(self.run_main("list"), (0, "Nothing to do.\n", ""))

    def test_done(self):
        self.run_main("add", "Buy milk")
        self.assertEqual(self.run_main("done", "1"), (0, "Done: Buy milk\n", ""))
        self.assertEqual(self.run_main("list")[1], "1. [x] Buy milk\n", "done must be saved to the file")

    def test_errors(self):
        status, out, err = self.run_main("add")
        self.assertEqual((status, out), (1, ""), "add without text: status 1, nothing on stdout")
        self.assertTrue(err.startswith("Error:"), "errors go to stderr and start with 'Error:'")
        for argv in (("done",), ("done", "x"), ("done", "3")):
            with self.subTest(argv=argv):
                status, out, err = self.run_main(*argv)
                self.assertEqual(status, 1, f"{' '.join(argv)} should return 1")
                self.assertTrue(err.startswith("Error:"), f"{' '.join(argv)}: the error goes to stderr, starting with 'Error:'")

    def test_usage(self):
        status, out, err = self.run_main()
        self.assertEqual(status, 2, "no command: return 2")
        self.assertIn("Usage:", err, "no command: the usage line goes to stderr")
        status, out, err = self.run_main("fly")
        self.assertEqual(status, 2, "an unknown command returns 2")
        self.assertIn("Unknown command: fly", err)
        self.assertEqual(self.run_main("help"), (0, "Usage: python3 todo.py add TEXT | list | done NUMBER | help\n", ""))
