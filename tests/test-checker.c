/* test-checker.c: verdicts on real Python runs, hostile programs included
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "checker-fixture.h"
#include "dojo-test-slow.h"

static const char *hello_exercise =
  "{ \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"io\", \"id\": \"greets\", \"title\": \"Greets Ada\","
  "    \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\nBye\\n\","
  "    \"message\": \"Say hello with a comma, then bye.\" } ] }";

static void
test_io_pass (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  write_file (f->project, "main.py",
              "name = input()\nprint(f'Hello, {name}!')\nprint('Bye')   \n");
  verdict = check (f, hello_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_PASSED);
  g_assert_true (dojo_verdict_get_passed (verdict));
  result = result_of (verdict, "greets");
  g_assert_true (dojo_check_result_get_passed (result));
  g_assert_cmpstr (dojo_check_result_get_title (result), ==, "Greets Ada");
  g_assert_cmpstr (dojo_check_result_get_check_type (result), ==, "io");
}

static void
test_io_fail_diff (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  write_file (f->project, "main.py",
              "name = input()\nprint('Hello ' + name + '!')\nprint('Bye')\n");
  verdict = check (f, hello_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_false (dojo_verdict_get_passed (verdict));
  result = result_of (verdict, "greets");
  g_assert_false (dojo_check_result_get_passed (result));
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "Say hello with a comma, then bye.");
  g_assert_cmpstr (dojo_check_result_get_expected (result), ==, "Hello, Ada!\nBye\n");
  g_assert_cmpstr (dojo_check_result_get_actual (result), ==, "Hello Ada!\nBye\n");
  assert_contains (dojo_check_result_get_diff (result), "- Hello, Ada!");
  assert_contains (dojo_check_result_get_diff (result), "+ Hello Ada!");
}

static void
test_io_match_modes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;

  write_file (f->project, "main.py",
              "import sys\nprint('total:', sum(int(a) for a in sys.argv[1:]), '  ')\n");
  verdict = check (f,
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"rstrip\", \"argv\": [\"1\", \"2\"], \"expect\": \"total: 3\" },"
    "  { \"type\": \"io\", \"id\": \"exact\", \"argv\": [\"1\", \"2\"], \"match\": \"exact\","
    "    \"expect\": \"total: 3\\n\" },"
    "  { \"type\": \"io\", \"id\": \"contains\", \"argv\": [\"4\"], \"match\": \"contains\","
    "    \"expect\": \"al: 4\" },"
    "  { \"type\": \"io\", \"id\": \"regex\", \"argv\": [\"40\", \"2\"], \"match\": \"regex\","
    "    \"expect\": \"^total: 4\\\\d\\\\s*$\" } ] }", NULL);

  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "rstrip")));
  /* Trailing spaces count when the teacher asks for exact output. */
  g_assert_false (dojo_check_result_get_passed (result_of (verdict, "exact")));
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "contains")));
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "regex")));
  assert_state (verdict, DOJO_VERDICT_FAILED);
}

static void
test_runtime_error (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  write_file (f->project, "main.py", "name = input()\n\nprint(nmae)\n");
  verdict = check (f, hello_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "greets");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 3);
  assert_contains (dojo_check_result_get_message (result), "line 3");
  assert_contains (dojo_check_result_get_message (result), "NameError");
  g_assert_null (strstr (dojo_check_result_get_message (result), "dojo_harness"));
}

/* A visible case and a hidden one, whose input and answer hold a word
 * nothing else does. */
static const char *hidden_exercise =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 2 }, \"checks\": ["
  "  { \"type\": \"io\", \"id\": \"greets\", \"title\": \"Greets Ada\","
  "    \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\" },"
  "  { \"type\": \"io\", \"id\": \"other\", \"title\": \"Greets anyone\", \"hidden\": true,"
  "    \"stdin\": \"Zephyrine\\n\", \"expect\": \"Hello, Zephyrine!\\n\" } ] }";

/* Nothing a learner sees of a hidden case holds its input or its answer. */
static void
assert_keeps_secret (DojoVerdict *verdict)
{
  DojoCheckResult *result = result_of (verdict, "other");
  GPtrArray *results = dojo_verdict_get_results (verdict);

  g_assert_cmpint (dojo_check_result_get_state (result), ==, DOJO_CHECK_STATE_FAILED);
  g_assert_cmpstr (dojo_check_result_get_title (result), ==, "Greets anyone");
  assert_contains (dojo_check_result_get_message (result), "an input you do not see");
  assert_contains (dojo_check_result_get_message (result), "**Run**");
  g_assert_null (dojo_check_result_get_expected (result));
  g_assert_null (dojo_check_result_get_actual (result));
  g_assert_null (dojo_check_result_get_diff (result));
  g_assert_false (dojo_check_result_get_debuggable (result));
  g_assert_null (dojo_check_result_get_debug_stdin (result));
  g_assert_null (dojo_check_result_get_debug_argv (result));
  g_assert_true (dojo_verdict_get_message (verdict) == NULL ||
                 strstr (dojo_verdict_get_message (verdict), "Zephyrine") == NULL);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *any = g_ptr_array_index (results, i);
      const char *texts[] = {
        dojo_check_result_get_title (any), dojo_check_result_get_message (any),
        dojo_check_result_get_expected (any), dojo_check_result_get_actual (any),
        dojo_check_result_get_diff (any), dojo_check_result_get_debug_stdin (any),
      };

      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        g_assert_null (texts[j] != NULL ? strstr (texts[j], "Zephyrine") : NULL);
    }
}

static void
test_io_hidden (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;

  /* A lookup table of the visible case: that one passes, the hidden fails. */
  write_file (f->project, "main.py",
              "name = input()\nif name == 'Ada':\n    print('Hello, Ada!')\n");
  verdict = check (f, hidden_exercise, NULL);
  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "greets")));
  assert_keeps_secret (verdict);
  assert_contains (dojo_check_result_get_message (result_of (verdict, "other")),
                   "gives a different answer");
  g_clear_object (&verdict);

  /* An error whose own words hold the input: only its type is told. */
  write_file (f->project, "main.py",
              "name = input()\nif name != 'Ada':\n    raise ValueError(name)\n"
              "print('Hello, Ada!')\n");
  verdict = check (f, hidden_exercise, NULL);
  assert_keeps_secret (verdict);
  assert_contains (dojo_check_result_get_message (result_of (verdict, "other")),
                   "`ValueError`");
  g_clear_object (&verdict);

  /* Out of time, with the input in a variable: no values are shown. */
  write_file (f->project, "main.py",
              "name = input()\nwhile name != 'Ada':\n    pass\nprint('Hello, Ada!')\n");
  verdict = check (f, hidden_exercise, NULL);
  assert_state (verdict, DOJO_VERDICT_TIMEOUT);
  assert_keeps_secret (verdict);
  g_clear_object (&verdict);

  /* A program that works for any name passes both. */
  write_file (f->project, "main.py", "name = input()\nprint(f'Hello, {name}!')\n");
  verdict = check (f, hidden_exercise, NULL);
  assert_state (verdict, DOJO_VERDICT_PASSED);
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "other")));
  g_assert_cmpstr (dojo_check_result_get_title (result_of (verdict, "other")), ==,
                   "Greets anyone");
}

static const char *unittest_exercise =
  "{ \"entry\": \"calc.py\", \"checks\": ["
  "  { \"type\": \"unittest\", \"id\": \"tests\", \"title\": \"The tests pass\","
  "    \"test\": \"test_calc.py\" } ] }";

static const char *test_calc =
  "import unittest\n"
  "from calc import add, sub\n"
  "\n"
  "class TestCalc(unittest.TestCase):\n"
  "    def test_add(self):\n"
  "        self.assertEqual(add(2, 3), 5)\n"
  "\n"
  "    def test_sub(self):\n"
  "        self.assertEqual(sub(5, 2), 3, 'sub(5, 2) should be 3')\n"
  "\n"
  "    def test_sub_negative(self):\n"
  "        self.assertEqual(sub(2, 5), -3)\n";

static void
test_unittest (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DojoVerdict) good = NULL;
  g_autoptr(DojoVerdict) bad = NULL;
  g_autofree char *pycache = g_build_filename (f->project, "__pycache__", NULL);
  const char *message;

  write_file (f->exercise, "test_calc.py", test_calc);
  write_file (f->project, "calc.py",
              "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a - b\n");
  good = check (f, unittest_exercise, NULL);
  assert_state (good, DOJO_VERDICT_PASSED);
  /* Bytecode stays out of the learner's repository. */
  g_assert_false (g_file_test (pycache, G_FILE_TEST_EXISTS));

  write_file (f->project, "calc.py",
              "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a + b\n");
  bad = check (f, unittest_exercise, NULL);
  assert_state (bad, DOJO_VERDICT_FAILED);
  message = dojo_check_result_get_message (result_of (bad, "tests"));
  /* Each failure named, where it failed, and what the assertion said. */
  assert_contains (message, "`test_sub` failed on line 9 of `test_calc.py`.");
  assert_contains (message, "```\n7 != 3 : sub(5, 2) should be 3\n```");
  assert_contains (message, "`test_sub_negative` failed on line 12 of `test_calc.py`.");
  assert_contains (message, "```\n7 != -3\n```");
  g_assert_null (strstr (message, "test_add"));
  g_assert_null (strstr (message, "dojo_harness"));
  g_assert_null (strstr (message, "unittest/case.py"));
}

static void
test_unittest_import_error (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;

  write_file (f->exercise, "test_calc.py", test_calc);
  write_file (f->project, "calc.py", "def add(a, b):\n    return a + b\n");
  verdict = check (f, unittest_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  assert_contains (dojo_check_result_get_message (result_of (verdict, "tests")), "ImportError");
  assert_contains (dojo_check_result_get_message (result_of (verdict, "tests")), "sub");
}

static const char *ast_exercise =
  "{ \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"ast\", \"id\": \"shape\", \"rules\": ["
  "    { \"forbid\": \"for\", \"message\": \"Use a while loop here.\" },"
  "    { \"require\": \"def:count_down\", \"message\": \"Write a function count_down.\" },"
  "    { \"forbid\": \"call:sum\" } ] } ] }";

static void
test_ast (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(DojoVerdict) good = NULL;
  g_autoptr(DojoVerdict) bad = NULL;
  DojoCheckResult *result;
  const char *message;

  write_file (f->project, "main.py",
              "def count_down(n):\n    while n > 0:\n        print(n)\n        n -= 1\n");
  good = check (f, ast_exercise, NULL);
  assert_state (good, DOJO_VERDICT_PASSED);

  write_file (f->project, "main.py",
              "n = 3\n"
              "\n"
              "for i in range(n, 0, -1):\n"
              "    print(i)\n"
              "print(sum([1, 2]))\n");
  bad = check (f, ast_exercise, NULL);
  assert_state (bad, DOJO_VERDICT_FAILED);
  result = result_of (bad, "shape");
  message = dojo_check_result_get_message (result);
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 3);
  assert_contains (message, "Line 3: Use a while loop here.");
  assert_contains (message, "Write a function count_down.");
  assert_contains (message, "Line 5: This exercise does not allow `call:sum`.");
}

static void
test_type_hints (Fixture       *f,
                 gconstpointer  data)
{
  const char *exercise =
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"type-hints\", \"id\": \"hints\" } ] }";
  g_autoptr(DojoVerdict) good = NULL;
  g_autoptr(DojoVerdict) bad = NULL;
  DojoCheckResult *result;
  const char *message;

  write_file (f->project, "main.py",
              "class Box:\n"
              "    def put(self, item: int) -> None:\n"
              "        self.item = item\n"
              "\n"
              "def area(w: float, h: float) -> float:\n"
              "    return w * h\n");
  good = check (f, exercise, NULL);
  assert_state (good, DOJO_VERDICT_PASSED);

  write_file (f->project, "main.py",
              "class Box:\n"
              "    def put(self, item) -> None:\n"
              "        self.item = item\n"
              "\n"
              "def area(w: float, h: float):\n"
              "    return w * h\n"
              "\n"
              "async def fetch(url, *, retries: int):\n"
              "    pass\n");
  bad = check (f, exercise, NULL);
  assert_state (bad, DOJO_VERDICT_FAILED);
  result = result_of (bad, "hints");
  message = dojo_check_result_get_message (result);
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 2);
  assert_contains (message, "Line 2: function `put` needs type hints on `item`.");
  assert_contains (message, "Line 5: function `area` needs a type hint on what it returns");
  assert_contains (message, "Line 8: function `fetch` needs type hints on `url` and on what");
  /* `self` needs no annotation. */
  g_assert_null (strstr (message, "`self`"));
}

static void
test_known_mistake (Fixture       *f,
                    gconstpointer  data)
{
  const char *advice =
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"out\", \"stdin\": \"Ada\\n\", \"match\": \"contains\","
    "    \"expect\": \"Ada\" },"
    "  { \"type\": \"known-mistake\", \"id\": \"comma\", \"on\": \"output\","
    "    \"pattern\": \"^Hello \\\\w\", \"message\": \"Nearly: the comma is missing.\" },"
    "  { \"type\": \"known-mistake\", \"id\": \"concat\", \"on\": \"code\","
    "    \"pattern\": \"\\\\+ *name\", \"message\": \"Try an f-string.\" } ] }";
  const char *blocking =
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"out\", \"stdin\": \"Ada\\n\", \"match\": \"contains\","
    "    \"expect\": \"Ada\" },"
    "  { \"type\": \"known-mistake\", \"id\": \"comma\", \"on\": \"output\", \"fails\": true,"
    "    \"pattern\": \"^Hello \\\\w\", \"message\": \"Nearly: the comma is missing.\" } ] }";
  g_autoptr(DojoVerdict) hinted = NULL;
  g_autoptr(DojoVerdict) failed = NULL;
  g_autoptr(DojoVerdict) clean = NULL;
  DojoCheckResult *comma;
  DojoCheckResult *concat;

  write_file (f->project, "main.py", "name = input()\nprint('Hello ' + name)\n");
  hinted = check (f, advice, NULL);
  comma = result_of (hinted, "comma");
  concat = result_of (hinted, "concat");
  g_assert_false (dojo_check_result_get_passed (comma));
  g_assert_false (dojo_check_result_get_blocking (comma));
  g_assert_cmpstr (dojo_check_result_get_message (comma), ==, "Nearly: the comma is missing.");
  g_assert_false (dojo_check_result_get_passed (concat));
  g_assert_cmpint (dojo_check_result_get_line (concat), ==, 2);
  /* Advice alone does not fail the exercise… */
  assert_state (hinted, DOJO_VERDICT_PASSED);

  /* …unless the teacher says so. */
  failed = check (f, blocking, NULL);
  assert_state (failed, DOJO_VERDICT_FAILED);

  write_file (f->project, "main.py", "name = input()\nprint(f'Hello, {name}')\n");
  clean = check (f, advice, NULL);
  g_assert_true (dojo_check_result_get_passed (result_of (clean, "comma")));
  g_assert_true (dojo_check_result_get_passed (result_of (clean, "concat")));
  g_assert_null (dojo_check_result_get_message (result_of (clean, "comma")));
}

static void
test_gated (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) gated = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_gated_construct_free);
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(DojoVerdict) allowed = NULL;
  g_autoptr(GError) error = NULL;
  DojoCheckResult *result;

  g_ptr_array_add (gated, dojo_gated_construct_new ("for", "Loops with for"));
  g_ptr_array_add (gated, dojo_gated_construct_new ("def", "Functions"));
  write_file (f->project, "main.py",
              "name = input()\nprint(f'Hello, {name}!')\nfor _ in range(1):\n    print('Bye')\n");
  verdict = check_full (f, hello_exercise, gated, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The output is right, but the learner used what comes later. */
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "greets")));
  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "gated");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 3);
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "`for` loops come in “Loops with for”. Solve this one with a `while` "
                   "loop instead.");

  write_file (f->project, "main.py",
              "name = input()\nprint(f'Hello, {name}!')\ni = 0\nwhile i < 1:\n"
              "    print('Bye')\n    i += 1\n");
  allowed = check_full (f, hello_exercise, gated, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_state (allowed, DOJO_VERDICT_PASSED);
}

static void
test_syntax_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  GPtrArray *results;
  DojoCheckResult *result;

  write_file (f->project, "main.py", "name = input()\n\nprint('Hello', name\nprint('Bye')\n");
  verdict = check (f, hello_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_SYNTAX_ERROR);
  g_assert_false (dojo_verdict_get_passed (verdict));
  results = dojo_verdict_get_results (verdict);
  g_assert_cmpuint (results->len, ==, 1);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 3);
  assert_contains (dojo_check_result_get_message (result), "line 3 of main.py");
  assert_contains (dojo_check_result_get_message (result), "never closed");
}

static void
test_git_pending (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *git;

  write_file (f->project, "main.py", "print('hi')\n");
  verdict = check (f,
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"out\", \"expect\": \"hi\" },"
    "  { \"type\": \"git\", \"id\": \"committed\", \"title\": \"Your work is committed\","
    "    \"require\": \"clean\" } ] }", NULL);

  git = result_of (verdict, "committed");
  g_assert_cmpint (dojo_check_result_get_state (git), ==, DOJO_CHECK_STATE_NOT_EVALUATED);
  g_assert_cmpuint (dojo_verdict_get_n_pending (verdict), ==, 1);
  assert_state (verdict, DOJO_VERDICT_PASSED);

  g_assert_true (dojo_verdict_resolve (verdict, "committed", FALSE, "Commit your work."));
  g_assert_cmpuint (dojo_verdict_get_n_pending (verdict), ==, 0);
  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_cmpstr (dojo_check_result_get_message (git), ==, "Commit your work.");
  g_assert_false (dojo_verdict_resolve (verdict, "out", TRUE, NULL));
}

static void
test_invalid_exercise (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;

  verdict = check_full (f, "{ \"entry\": \"main.py\", \"checks\": [ { \"id\": \"x\" } ] }",
                        NULL, NULL, NULL, &error);
  g_assert_null (verdict);
  g_assert_error (error, DOJO_CHECKER_ERROR, DOJO_CHECKER_ERROR_INVALID_EXERCISE);
}

/* ------------------------------------------------------------------------ */
/* Hostile programs */


static void
test_hostile_busy_loop (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  double elapsed;

  write_file (f->project, "main.py", NOTE_GROUP "while True:\n    pass\n");
  verdict = check (f, one_second, &elapsed);

  assert_state (verdict, DOJO_VERDICT_TIMEOUT);
  g_assert_true (g_str_has_prefix (dojo_verdict_get_message (verdict),
                                   "Your program was still running after 1 second: "
                                   "is a loop missing its way out?\n\n"));
  /* Where it was when it was stopped. */
  assert_contains (dojo_verdict_get_message (verdict),
                   "When Dojo stopped your program, it was running line ");
  g_assert_cmpfloat (elapsed, >=, 1.0);
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0);
  assert_group_gone (f);
}

static void
test_hostile_print_flood (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  double elapsed;

  write_file (f->project, "main.py", "while True:\n    print('x')\n");
  verdict = check (f, one_second, &elapsed);

  assert_state (verdict, DOJO_VERDICT_OUTPUT_LIMIT);
  assert_contains (dojo_verdict_get_message (verdict), "printed more than 1048576 characters");
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0);
  /* The learner's output is kept short for the UI. */
  g_assert_cmpuint (strlen (dojo_check_result_get_actual (result_of (verdict, "out"))), <, 8000);
}

/* Time enough that only memory can end these programs, even on a loaded
 * machine (filling 256 MiB took over a second under ASan in CI). */
static const char *ten_seconds_256_mb =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 10, \"memory_mb\": 256 },"
  "  \"checks\": [ { \"type\": \"io\", \"id\": \"out\", \"expect\": \"ok\" } ] }";

static void
test_hostile_memory (Fixture       *f,
                     gconstpointer  data)
{
  const char *programs[] = {
    "b = bytearray(10**10)\nprint('ok')\n",
    "x = []\nwhile True:\n    x.append(' ' * 10**6)\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autoptr(DojoVerdict) verdict = NULL;
      double elapsed;

      write_file (f->project, "main.py", programs[i]);
      verdict = check (f, ten_seconds_256_mb, &elapsed);
      assert_state (verdict, DOJO_VERDICT_MEMORY_LIMIT);
      assert_contains (dojo_verdict_get_message (verdict), "more memory than allowed");
      g_assert_cmpfloat (elapsed, <, 10.0);
    }
}

static void
test_hostile_fork_bomb (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  double elapsed;

  write_file (f->project, "main.py", NOTE_GROUP "while True:\n    os.fork()\n");
  verdict = check (f, one_second, &elapsed);

  g_assert_false (dojo_verdict_get_passed (verdict));
  g_assert_true (dojo_verdict_get_state (verdict) == DOJO_VERDICT_CRASHED ||
                 dojo_verdict_get_state (verdict) == DOJO_VERDICT_TIMEOUT);
  g_assert_nonnull (dojo_verdict_get_message (verdict));
  /* The limit, and 2 s to end every process it made; a sanitizer build of
   * the checker that ends them is several times slower (4.9 s seen). */
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0 * dojo_test_slowness ());
  assert_group_gone (f);
}

static void
test_hostile_fake_result (Fixture       *f,
                          gconstpointer  data)
{
  const char *programs[] = {
    /* On stdout, where a naive checker would read results. */
    "print('{\"protocol\": 1, \"nonce\": \"0\", \"results\": [{\"status\": \"passed\"}]}')\n",
    /* Into the harness's own descriptors, through /proc (root can). */
    "import os, glob\n"
    "fake = b'{\"protocol\": 1, \"nonce\": \"0\", \"results\": [{\"status\": \"passed\"}]}\\n'\n"
    "for path in glob.glob('/proc/%d/fd/*' % os.getppid()):\n"
    "    try:\n"
    "        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)\n"
    "        os.write(fd, fake)\n"
    "        os.close(fd)\n"
    "    except OSError:\n"
    "        pass\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (programs); i++)
    {
      g_autoptr(DojoVerdict) verdict = NULL;
      DojoCheckResult *out;

      write_file (f->project, "main.py", programs[i]);
      verdict = check (f, one_second, NULL);
      g_assert_false (dojo_verdict_get_passed (verdict));
      g_assert_true (dojo_verdict_get_state (verdict) != DOJO_VERDICT_PASSED);
      /* Either the fake never reached the channel and the check failed on
       * the output, or it did and the whole answer was thrown away. */
      out = dojo_verdict_lookup (verdict, "out");
      if (out != NULL)
        g_assert_false (dojo_check_result_get_passed (out));
      else
        assert_state (verdict, DOJO_VERDICT_INTERNAL_ERROR);
    }
}

static void
test_hostile_input_never_comes (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  double elapsed;

  write_file (f->project, "main.py", "name = input('Name? ')\nprint('ok')\n");
  verdict = check (f, one_second, &elapsed);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  assert_contains (dojo_check_result_get_message (result_of (verdict, "out")),
                   "asked for input");
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0);
}

static void
test_hostile_huge_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autofree char *path = g_build_filename (f->project, "big.bin", NULL);
  GStatBuf st;
  double elapsed;

  write_file (f->project, "main.py",
              "with open('big.bin', 'wb') as out:\n"
              "    while True:\n"
              "        out.write(b'x' * (1 << 20))\n");
  verdict = check (f, one_second, &elapsed);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  assert_contains (dojo_check_result_get_message (result_of (verdict, "out")),
                   "wrote a file bigger than allowed");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <=, 16 * 1024 * 1024);
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0);
}

static void
test_hostile_descriptors (Fixture       *f,
                          gconstpointer  data)
{
  const char *program =
    "import os\n"
    "fake = b'{\"protocol\": 1, \"nonce\": \"0\", \"results\": [{\"status\": \"passed\"}]}\\n'\n"
    "for fd in range(3, 11):\n"
    "    try:\n"
    "        os.write(fd, fake)\n"
    "    except OSError:\n"
    "        pass\n"
    "    try:\n"
    "        os.close(fd)\n"
    "    except OSError:\n"
    "        pass\n"
    "print('done')\n";
  g_autoptr(DojoVerdict) wrong = NULL;
  g_autoptr(DojoVerdict) right = NULL;

  write_file (f->project, "main.py", program);
  wrong = check (f, one_second, NULL);
  assert_state (wrong, DOJO_VERDICT_FAILED);
  g_assert_cmpstr (dojo_check_result_get_actual (result_of (wrong, "out")), ==, "done\n");

  /* The channel still works: a right answer still passes. */
  right = check (f,
    "{ \"entry\": \"main.py\", \"checks\": [ { \"type\": \"io\", \"id\": \"out\","
    "  \"expect\": \"done\" } ] }", NULL);
  assert_state (right, DOJO_VERDICT_PASSED);
}

static void
test_hostile_segfault (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  double elapsed;

  write_file (f->project, "main.py", "import ctypes\nctypes.string_at(0)\n");
  verdict = check (f, one_second, &elapsed);

  assert_state (verdict, DOJO_VERDICT_CRASHED);
  assert_contains (dojo_verdict_get_message (verdict), "crashed");
  assert_contains (dojo_verdict_get_message (verdict), "Segmentation fault");
  g_assert_cmpfloat (elapsed, <, 1.0 + 2.0);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_kills (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autofree char *group = g_build_filename (f->project, "group.txt", NULL);
  double elapsed;

  write_file (f->project, "main.py", NOTE_GROUP "while True:\n    pass\n");
  /* Cancel once the program runs (it writes group.txt first). */
  g_timeout_add (700, cancel_cb, cancellable);
  verdict = check_full (f,
    "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 10 },"
    "  \"checks\": [ { \"type\": \"io\", \"id\": \"out\", \"expect\": \"ok\" } ] }",
    NULL, cancellable, &elapsed, &error);

  g_assert_null (verdict);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpfloat (elapsed, <, 3.0);
  g_assert_true (g_file_test (group, G_FILE_TEST_EXISTS));
  assert_group_gone (f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/checker/io/pass", test_io_pass);
  ADD ("/checker/io/fail-diff", test_io_fail_diff);
  ADD ("/checker/io/match-modes", test_io_match_modes);
  ADD ("/checker/io/runtime-error", test_runtime_error);
  ADD ("/checker/io/hidden-keeps-its-case", test_io_hidden);
  ADD ("/checker/unittest/names-failing-tests", test_unittest);
  ADD ("/checker/unittest/import-error", test_unittest_import_error);
  ADD ("/checker/ast/forbid-require", test_ast);
  ADD ("/checker/type-hints/missing-named", test_type_hints);
  ADD ("/checker/known-mistake/advises", test_known_mistake);
  ADD ("/checker/gated/for-refused", test_gated);
  ADD ("/checker/syntax-error", test_syntax_error);
  ADD ("/checker/git/pending-then-resolved", test_git_pending);
  ADD ("/checker/invalid-exercise", test_invalid_exercise);
  ADD ("/checker/hostile/busy-loop", test_hostile_busy_loop);
  ADD ("/checker/hostile/print-flood", test_hostile_print_flood);
  ADD ("/checker/hostile/memory", test_hostile_memory);
  ADD ("/checker/hostile/fork-bomb", test_hostile_fork_bomb);
  ADD ("/checker/hostile/fake-result", test_hostile_fake_result);
  ADD ("/checker/hostile/input-never-comes", test_hostile_input_never_comes);
  ADD ("/checker/hostile/huge-file", test_hostile_huge_file);
  ADD ("/checker/hostile/descriptors", test_hostile_descriptors);
  ADD ("/checker/hostile/segfault", test_hostile_segfault);
  ADD ("/checker/cancel-kills", test_cancel_kills);

  return g_test_run ();
}
