/* test-pytest-check.c: pytest checks, task rows, and test failures in words
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two halves.  /pytest-check/words/… runs the real checker against a
 * stand-in harness that answers with results written here, as the harness
 * contract says (docs/checks.md): how failures are put into Markdown, how
 * tasks become rows, what the request carries.  /pytest-check/real/… runs
 * real pytest and unittest checks through the real harness and sandbox,
 * as a learner's Check does.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "checker-fixture.h"

/* ------------------------------------------------------------------------ */
/* A stand-in harness */

/* Reads the request as the real one does, keeps it in request.json, and
 * answers with results.json. */
static const char *fake_harness =
  "import json, os, sys\n"
  "def main(argv):\n"
  "    data = sys.stdin.buffer.read().decode('utf-8')\n"
  "    nonce, _, request = data.partition('\\n')\n"
  "    here = os.path.dirname(os.path.abspath(__file__))\n"
  "    with open(os.path.join(here, 'request.json'), 'w') as f:\n"
  "        f.write(request)\n"
  "    with open(os.path.join(here, 'results.json')) as f:\n"
  "        results = json.load(f)\n"
  "    answer = {'nonce': nonce, 'protocol': 1, 'results': results}\n"
  "    os.write(3, (json.dumps(answer) + '\\n').encode('ascii'))\n"
  "    return 0\n";

typedef struct
{
  Fixture  base;
  char    *harness;
  char    *saved_harness_dir;
} Words;

static void
words_set_up (Words         *w,
              gconstpointer  data)
{
  g_autofree char *base = NULL;

  fixture_set_up (&w->base, data);
  base = g_path_get_dirname (w->base.project);
  w->harness = g_build_filename (base, "harness", NULL);
  g_assert_cmpint (g_mkdir (w->harness, 0755), ==, 0);
  write_file (w->harness, "dojo_harness.py", fake_harness);
  w->saved_harness_dir = g_strdup (g_getenv ("DOJO_HARNESS_DIR"));
  g_setenv ("DOJO_HARNESS_DIR", w->harness, TRUE);
}

static void
words_tear_down (Words         *w,
                 gconstpointer  data)
{
  if (w->saved_harness_dir != NULL)
    g_setenv ("DOJO_HARNESS_DIR", w->saved_harness_dir, TRUE);
  else
    g_unsetenv ("DOJO_HARNESS_DIR");
  g_free (w->saved_harness_dir);
  g_free (w->harness);
  fixture_tear_down (&w->base, data);
}

/* JSON written with ' for ", which C strings make easier to read. */
static char *
json_text (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

/* Checks @exercise with the stand-in harness answering @results. */
static DojoVerdict *
check_answered (Words      *w,
                const char *exercise,
                const char *results)
{
  g_autofree char *answer = json_text (results);
  g_autofree char *ex = json_text (exercise);

  write_file (w->harness, "results.json", answer);
  return check (&w->base, ex, NULL);
}

static const char *pytest_exercise =
  "{ 'entry': 'lasagna.py', 'checks': ["
  "  { 'type': 'pytest', 'id': 'tests', 'title': 'The tests pass',"
  "    'test': 'lasagna_test.py' } ] }";

/* One failure, every part of it, in the Markdown the check panel renders;
 * what the learner's code printed cannot close the block it is shown in. */
static void
test_words_one_failure (Words         *w,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  verdict = check_answered (w, pytest_exercise,
    "[{ 'status': 'failed', 'test_path': '/x/lasagna_test.py', 'tests': 2,"
    "   'cases': [{ 'id': 'lasagna_test.py::test_bake[30-10]', 'name': 'test_bake[30-10]',"
    "               'task': null, 'outcome': 'failed' },"
    "             { 'id': 'lasagna_test.py::test_bake[10-30]', 'name': 'test_bake[10-30]',"
    "               'task': null, 'outcome': 'passed' }],"
    "   'failures': [{ 'test': 'test_bake[30-10]', 'id': 'lasagna_test.py::test_bake[30-10]',"
    "                  'task': null, 'kind': 'failure', 'message': 'assert 20 == 10',"
    "                  'explanation': 'where 20 = bake_time_remaining(30)', 'line': 12,"
    "                  'source': 'assert bake_time_remaining(30) == 10',"
    "                  'output': 'baking ```30```\\n', 'traceback': '' }] }]");

  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "tests");
  g_assert_cmpstr (dojo_check_result_get_check_type (result), ==, "pytest");
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "`test_bake[30-10]` failed on line 12 of `lasagna_test.py`.\n"
                   "\n"
                   "```python\n"
                   "assert bake_time_remaining(30) == 10\n"
                   "```\n"
                   "\n"
                   "```\n"
                   "assert 20 == 10\n"
                   "where 20 = bake_time_remaining(30)\n"
                   "```\n"
                   "\n"
                   "Your code printed:\n"
                   "\n"
                   "````\n"
                   "baking ```30```\n"
                   "````");
  /* The line of a result is the learner's; a test's line is not. */
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 0);
  /* The debugger loads unittest tests only. */
  g_assert_false (dojo_check_result_get_debuggable (result));
}

/* An error in a test shows where it happened; a name with a backtick
 * stays one code span; five failures are three in full and two named. */
static void
test_words_many_failures (Words         *w,
                          gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autofree char *project = realpath (w->base.project, NULL);
  g_autofree char *results = NULL;
  const char *message;

  /* Tracebacks name files by their full paths. */
  results = g_strdup_printf (
    "[{ 'status': 'failed', 'test_path': '/x/lasagna_test.py', 'tests': 5, 'cases': [],"
    "   'failures': ["
    "     { 'test': 'test_a', 'kind': 'error', 'message': 'ZeroDivisionError: division by zero',"
    "       'line': 4, 'source': 'assert ratio(1, 0) == 0',"
    "       'traceback': '  File \\'%s/lasagna.py\\', line 2, in ratio\\n    return a / b\\n' },"
    "     { 'test': 'test_`b`', 'kind': 'failure', 'message': 'assert 1 == 2', 'line': 7 },"
    "     { 'test': 'test_c', 'kind': 'skipped', 'message': 'skipped: later' },"
    "     { 'test': 'test_d', 'kind': 'failure', 'message': 'assert 0' },"
    "     { 'test': 'test_e', 'kind': 'failure', 'message': 'assert 0' } ] }]", project);
  verdict = check_answered (w, pytest_exercise, results);

  message = dojo_check_result_get_message (result_of (verdict, "tests"));
  assert_contains (message, "`test_a` stopped with an error on line 4 of `lasagna_test.py`.\n\n"
                            "```python\nassert ratio(1, 0) == 0\n```\n\n"
                            "```\nZeroDivisionError: division by zero\n```\n\n"
                            "Where it happened:\n\n```\n");
  assert_contains (message, "  File \"lasagna.py\", line 2, in ratio\n    return a / b\n```");
  g_assert_null (strstr (message, project));
  assert_contains (message, "`` test_`b` `` failed on line 7 of `lasagna_test.py`.");
  assert_contains (message, "`test_c` was skipped: a test that does not run does not pass.");
  assert_contains (message, "\n\nAnd 2 more tests did not pass: `test_d`, `test_e`.");
  g_assert_null (strstr (message, "assert 0"));
}

/* Code that does not load: the learner's line, when it is in the entry. */
static void
test_words_load_error (Words         *w,
                       gconstpointer  data)
{
  g_autoptr(DojoVerdict) in_entry = NULL;
  g_autoptr(DojoVerdict) elsewhere = NULL;
  DojoCheckResult *result;

  in_entry = check_answered (w, pytest_exercise,
    "[{ 'status': 'failed', 'tests': 0, 'failures': [],"
    "   'load_error': { 'type': 'NameError', 'message': 'name undefined_name is not defined',"
    "                   'line': 3, 'file': 'lasagna.py' } }]");
  result = result_of (in_entry, "tests");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 3);
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "The tests could not load your code: it stopped with an error on line 3 "
                   "of `lasagna.py`.\n\n```\nNameError: name undefined_name is not defined\n```");

  elsewhere = check_answered (w, pytest_exercise,
    "[{ 'status': 'failed', 'tests': 0, 'failures': [],"
    "   'load_error': { 'type': 'ValueError', 'message': 'no', 'line': 9,"
    "                   'file': 'helpers.py' } }]");
  result = result_of (elsewhere, "tests");
  /* The editor shows the entry: line 9 of another file is not its line 9. */
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 0);
  assert_contains (dojo_check_result_get_message (result), "line 9 of `helpers.py`");
}

/* A test file that does not load is the teacher's to fix. */
static void
test_words_broken_test (Words         *w,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  verdict = check_answered (w, pytest_exercise,
    "[{ 'status': 'failed', 'tests': 0, 'failures': [],"
    "   'broken_test': { 'file': 'lasagna_test.py', 'line': 3,"
    "                    'message': 'SyntaxError: invalid syntax' } }]");
  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "tests");
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "This check’s test file is broken (`lasagna_test.py`, line 3: "
                   "`SyntaxError: invalid syntax`). Please tell your teacher.");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 0);
}

static const char *tasks_exercise =
  "{ 'entry': 'lasagna.py', 'checks': ["
  "  { 'type': 'pytest', 'id': 'tests', 'title': 'The tests pass', 'points': 2,"
  "    'test': 'lasagna_test.py',"
  "    'tasks': { '1': 'Define the expected bake time', '2': 'Compute the time left' } } ] }";

/* Tasks are rows of their own, each from its own tests; a test of no task
 * and a failure no case names count in the check's own row. */
static void
test_words_task_rows (Words         *w,
                      gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  GPtrArray *results;
  DojoCheckResult *row;

  verdict = check_answered (w, tasks_exercise,
    "[{ 'status': 'failed', 'test_path': '/x/lasagna_test.py', 'tests': 5,"
    "   'cases': [{ 'name': 'test_expected', 'task': 1, 'outcome': 'passed' },"
    "             { 'name': 'test_bake[30-10]', 'task': 2, 'outcome': 'failed' },"
    "             { 'name': 'test_bake[10-30]', 'task': 2, 'outcome': 'passed' },"
    "             { 'name': 'test_layers', 'task': 3, 'outcome': 'skipped' },"
    "             { 'name': 'test_extra', 'task': null, 'outcome': 'passed' }],"
    "   'failures': [{ 'test': 'test_bake[30-10]', 'task': 2, 'kind': 'failure',"
    "                  'message': 'assert 20 == 10', 'line': 12 },"
    "                { 'test': 'test_layers', 'task': 3, 'kind': 'skipped',"
    "                  'message': 'skipped: not yet' },"
    "                { 'test': 'test_ghost', 'task': 7, 'kind': 'error',"
    "                  'message': 'RuntimeError: boo' }] }]");

  assert_state (verdict, DOJO_VERDICT_FAILED);
  results = dojo_verdict_get_results (verdict);
  g_assert_cmpuint (results->len, ==, 4);

  row = g_ptr_array_index (results, 0);
  g_assert_cmpstr (dojo_check_result_get_id (row), ==, "tests#task-1");
  g_assert_cmpstr (dojo_check_result_get_title (row), ==, "Define the expected bake time");
  g_assert_cmpstr (dojo_check_result_get_check_type (row), ==, "pytest");
  g_assert_true (dojo_check_result_get_passed (row));
  g_assert_cmpuint (dojo_check_result_get_points (row), ==, 2);

  row = g_ptr_array_index (results, 1);
  g_assert_cmpstr (dojo_check_result_get_id (row), ==, "tests#task-2");
  g_assert_cmpstr (dojo_check_result_get_title (row), ==, "Compute the time left");
  g_assert_false (dojo_check_result_get_passed (row));
  g_assert_cmpuint (dojo_check_result_get_points (row), ==, 2);
  assert_contains (dojo_check_result_get_message (row), "`test_bake[30-10]` failed on line 12");
  g_assert_null (strstr (dojo_check_result_get_message (row), "test_layers"));
  g_assert_null (strstr (dojo_check_result_get_message (row), "test_ghost"));

  row = g_ptr_array_index (results, 2);
  g_assert_cmpstr (dojo_check_result_get_id (row), ==, "tests#task-3");
  g_assert_cmpstr (dojo_check_result_get_title (row), ==, "Task 3");
  /* A skipped test did not pass. */
  g_assert_false (dojo_check_result_get_passed (row));
  assert_contains (dojo_check_result_get_message (row), "`test_layers` was skipped");

  row = g_ptr_array_index (results, 3);
  g_assert_cmpstr (dojo_check_result_get_id (row), ==, "tests");
  g_assert_cmpstr (dojo_check_result_get_title (row), ==, "The tests pass");
  g_assert_false (dojo_check_result_get_passed (row));
  assert_contains (dojo_check_result_get_message (row), "`test_ghost` stopped with an error.");
  g_assert_null (strstr (dojo_check_result_get_message (row), "test_bake"));
}

/* Tests that never ran fail every task the check names, with the run's
 * message, so that a grade's maximum does not depend on how far the
 * learner got; without named tasks, the check is one row. */
static void
test_words_tasks_not_run (Words         *w,
                          gconstpointer  data)
{
  g_autoptr(DojoVerdict) named = NULL;
  g_autoptr(DojoVerdict) unnamed = NULL;
  GPtrArray *results;

  named = check_answered (w, tasks_exercise, "[{ 'status': 'timeout' }]");
  assert_state (named, DOJO_VERDICT_TIMEOUT);
  results = dojo_verdict_get_results (named);
  g_assert_cmpuint (results->len, ==, 2);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *row = g_ptr_array_index (results, i);
      g_autofree char *id = g_strdup_printf ("tests#task-%u", i + 1);

      g_assert_cmpstr (dojo_check_result_get_id (row), ==, id);
      g_assert_false (dojo_check_result_get_passed (row));
      g_assert_cmpuint (dojo_check_result_get_points (row), ==, 2);
      assert_contains (dojo_check_result_get_message (row), "still running after");
    }
  assert_contains (dojo_verdict_get_message (named), "still running after");

  unnamed = check_answered (w, pytest_exercise, "[{ 'status': 'timeout' }]");
  g_assert_cmpuint (dojo_verdict_get_results (unnamed)->len, ==, 1);
  g_assert_false (dojo_check_result_get_passed (result_of (unnamed, "tests")));

  /* All tasks passing: every row passes, and so does the exercise. */
  g_clear_object (&named);
  named = check_answered (w, tasks_exercise,
    "[{ 'status': 'passed', 'tests': 2, 'failures': [],"
    "   'cases': [{ 'name': 'a', 'task': 1, 'outcome': 'passed' },"
    "             { 'name': 'b', 'task': 2, 'outcome': 'passed' }] }]");
  assert_state (named, DOJO_VERDICT_PASSED);
  g_assert_cmpuint (dojo_verdict_get_results (named)->len, ==, 2);
  g_assert_true (dojo_check_result_get_passed (result_of (named, "tests#task-2")));
}

/* The request names the packages each run may import: the pack's, and
 * pytest for a pytest check even when the pack forgot it. */
static void
test_words_request_packages (Words         *w,
                             gconstpointer  data)
{
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(JsonObject) exercise = NULL;
  g_autoptr(GFile) exdir = g_file_new_for_path (w->base.exercise);
  g_autoptr(GFile) project = g_file_new_for_path (w->base.project);
  g_autofree char *ex = json_text (pytest_exercise);
  g_autofree char *request_path = g_build_filename (w->harness, "request.json", NULL);
  g_autofree char *request = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char * const declared[] = { "numpy", NULL };
  Outcome outcome = { 0 };
  JsonArray *packages;

  write_file (w->harness, "results.json", "[{ \"status\": \"passed\", \"tests\": 1 }]");
  exercise = parse_exercise (ex);
  dojo_checker_set_packages (checker, declared);
  dojo_checker_run_async (checker, exercise, exdir, project, NULL, NULL, run_cb, &outcome);
  while (!outcome.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_no_error (outcome.error);
  assert_state (outcome.verdict, DOJO_VERDICT_PASSED);
  g_clear_object (&outcome.verdict);

  g_assert_true (g_file_get_contents (request_path, &request, NULL, NULL));
  g_assert_true (json_parser_load_from_data (parser, request, -1, NULL));
  packages = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                           "packages");
  g_assert_cmpuint (json_array_get_length (packages), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (packages, 0), ==, "numpy");
  g_assert_cmpstr (json_array_get_string_element (packages, 1), ==, "pytest");
}

/* ------------------------------------------------------------------------ */
/* Real pytest and unittest checks */

static const char *lasagna_tests =
  "import pytest\n"                                                   /*  1 */
  "from lasagna import EXPECTED_BAKE_TIME, bake_time_remaining\n"     /*  2 */
  "\n"                                                                /*  3 */
  "\n"                                                                /*  4 */
  "@pytest.mark.task(taskno=1)\n"                                     /*  5 */
  "def test_expected_bake_time():\n"                                  /*  6 */
  "    assert EXPECTED_BAKE_TIME == 40\n"                             /*  7 */
  "\n"                                                                /*  8 */
  "\n"                                                                /*  9 */
  "@pytest.mark.task(taskno=2)\n"                                     /* 10 */
  "@pytest.mark.parametrize('elapsed, expected', [(30, 10), (10, 30)])\n" /* 11 */
  "def test_bake(elapsed, expected):\n"                               /* 12 */
  "    assert bake_time_remaining(elapsed) == expected\n"             /* 13 */
  "\n"                                                                /* 14 */
  "\n"                                                                /* 15 */
  "@pytest.mark.task(taskno=3)\n"                                     /* 16 */
  "def test_plain():\n"                                               /* 17 */
  "    assert bake_time_remaining(30) == 10\n";                       /* 18 */

static const char *lasagna_exercise =
  "{ \"entry\": \"lasagna.py\", \"checks\": ["
  "  { \"type\": \"pytest\", \"id\": \"tests\", \"title\": \"The tests pass\", \"points\": 3,"
  "    \"test\": \"lasagna_test.py\","
  "    \"tasks\": { \"1\": \"Define the expected bake time\","
  "                 \"2\": \"Compute the time left\" } } ] }";

static const char *lasagna_right =
  "EXPECTED_BAKE_TIME = 40\n"
  "\n"
  "\n"
  "def bake_time_remaining(elapsed):\n"
  "    return EXPECTED_BAKE_TIME - elapsed\n";

/* Wrong for 30 minutes only, and says so on its output. */
static const char *lasagna_wrong =
  "EXPECTED_BAKE_TIME = 40\n"
  "\n"
  "\n"
  "def bake_time_remaining(elapsed):\n"
  "    if elapsed == 30:\n"
  "        print('baking for', elapsed)\n"
  "        return 20\n"
  "    return EXPECTED_BAKE_TIME - elapsed\n";

static void
test_real_pass (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  GPtrArray *results;

  write_file (f->exercise, "lasagna_test.py", lasagna_tests);
  write_file (f->project, "lasagna.py", lasagna_right);
  verdict = check (f, lasagna_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_PASSED);
  results = dojo_verdict_get_results (verdict);
  g_assert_cmpuint (results->len, ==, 3);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *row = g_ptr_array_index (results, i);

      g_assert_true (dojo_check_result_get_passed (row));
      g_assert_cmpstr (dojo_check_result_get_check_type (row), ==, "pytest");
      g_assert_cmpuint (dojo_check_result_get_points (row), ==, 3);
    }
}

/* A wrong answer for one parameter: the task rows split passed from
 * failed, the failure is named by its parametrize id, with the values
 * pytest shows, the test's line and what the learner's code printed. */
static void
test_real_fail (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *bake, *plain;
  const char *message;

  write_file (f->exercise, "lasagna_test.py", lasagna_tests);
  write_file (f->project, "lasagna.py", lasagna_wrong);
  verdict = check (f, lasagna_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  g_assert_null (dojo_verdict_lookup (verdict, "tests"));
  g_assert_true (dojo_check_result_get_passed (result_of (verdict, "tests#task-1")));
  g_assert_cmpstr (dojo_check_result_get_title (result_of (verdict, "tests#task-1")), ==,
                   "Define the expected bake time");

  bake = result_of (verdict, "tests#task-2");
  g_assert_false (dojo_check_result_get_passed (bake));
  g_assert_cmpstr (dojo_check_result_get_title (bake), ==, "Compute the time left");
  message = dojo_check_result_get_message (bake);
  assert_contains (message, "`test_bake[30-10]` failed on line 13 of `lasagna_test.py`.");
  assert_contains (message, "```python\nassert bake_time_remaining(elapsed) == expected\n```");
  assert_contains (message, "assert 20 == 10");
  assert_contains (message, "Your code printed:\n\n```\nbaking for 30\n```");
  /* Only this task's failures, and only the failing parameter. */
  g_assert_null (strstr (message, "test_plain"));
  g_assert_null (strstr (message, "10-30"));

  /* A plain assert: the values, where they came from, and the line. */
  plain = result_of (verdict, "tests#task-3");
  g_assert_cmpstr (dojo_check_result_get_title (plain), ==, "Task 3");
  g_assert_false (dojo_check_result_get_passed (plain));
  message = dojo_check_result_get_message (plain);
  assert_contains (message, "`test_plain` failed on line 18 of `lasagna_test.py`.");
  assert_contains (message, "```python\nassert bake_time_remaining(30) == 10\n```");
  assert_contains (message, "assert 20 == 10");
  assert_contains (message, "where 20 = bake_time_remaining(30)");
  g_assert_null (strstr (message, "dojo_runner"));
  g_assert_null (strstr (message, "_pytest"));
}

/* The learner's module raises while the tests import it: the learner's
 * line, in the learner's file. */
static void
test_real_import_error (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  GPtrArray *results;
  const char *message;
  g_autofree char *expected = NULL;

  write_file (f->exercise, "lasagna_test.py", lasagna_tests);
  write_file (f->project, "lasagna.py",
              "EXPECTED_BAKE_TIME = 40\n"
              "\n"
              "bake_time_remaining = undefined_name\n");
  verdict = check (f, lasagna_exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  /* The two tasks the check names fail; the error is explained on the
   * first, and the second points to it. */
  results = dojo_verdict_get_results (verdict);
  g_assert_cmpuint (results->len, ==, 2);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *row = g_ptr_array_index (results, i);

      g_assert_false (dojo_check_result_get_passed (row));
      g_assert_cmpint (dojo_check_result_get_line (row), ==, 3);
    }
  message = dojo_check_result_get_message (g_ptr_array_index (results, 0));
  assert_contains (message, "The tests could not load your code");
  assert_contains (message, "line 3 of `lasagna.py`");
  assert_contains (message, "NameError");
  assert_contains (message, "**What this means:**");
  expected = g_strdup_printf ("The same error as in “%s” (line 3).",
                              dojo_check_result_get_title (g_ptr_array_index (results, 0)));
  g_assert_cmpstr (dojo_check_result_get_message (g_ptr_array_index (results, 1)), ==, expected);
}

/* The teacher's test file has a syntax error: the check says whose fault
 * it is and where, and does not send the learner to their own code. */
static void
test_real_broken_test (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;
  const char *message;

  write_file (f->exercise, "lasagna_test.py",
              "import pytest\n"
              "\n"
              "def test_x(:\n"
              "    pass\n");
  write_file (f->project, "lasagna.py", lasagna_right);
  verdict = check (f,
    "{ \"entry\": \"lasagna.py\", \"checks\": ["
    "  { \"type\": \"pytest\", \"id\": \"tests\", \"test\": \"lasagna_test.py\" } ] }", NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "tests");
  message = dojo_check_result_get_message (result);
  assert_contains (message, "This check’s test file is broken (`lasagna_test.py`, line 3: ");
  assert_contains (message, "Please tell your teacher.");
  g_assert_null (strstr (message, "your code"));
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 0);
}

/* A failure inside subTest is named by its test and its parameters, with
 * the line and what the learner's code printed (a unittest check). */
static void
test_real_subtest (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;
  const char *message;

  write_file (f->exercise, "test_calc.py",
              "import unittest\n"                                   /* 1 */
              "from calc import double\n"                           /* 2 */
              "\n"                                                  /* 3 */
              "\n"                                                  /* 4 */
              "class TestDouble(unittest.TestCase):\n"              /* 5 */
              "    def test_double(self):\n"                        /* 6 */
              "        for n in (1, 2, 3):\n"                       /* 7 */
              "            with self.subTest(n=n):\n"               /* 8 */
              "                self.assertEqual(double(n), n * 2)\n"); /* 9 */
  write_file (f->project, "calc.py",
              "def double(n):\n"
              "    if n == 3:\n"
              "        print('doubling', n)\n"
              "        return 7\n"
              "    return n * 2\n");
  verdict = check (f,
    "{ \"entry\": \"calc.py\", \"checks\": ["
    "  { \"type\": \"unittest\", \"id\": \"tests\", \"test\": \"test_calc.py\" } ] }", NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  result = result_of (verdict, "tests");
  message = dojo_check_result_get_message (result);
  assert_contains (message, "test_double");
  assert_contains (message, "n=3");
  assert_contains (message, "failed on line 9 of `test_calc.py`.");
  assert_contains (message, "```python\nself.assertEqual(double(n), n * 2)\n```");
  assert_contains (message, "7 != 6");
  assert_contains (message, "Your code printed:\n\n```\ndoubling 3\n```");
  g_assert_null (strstr (message, "runTest"));
  g_assert_null (strstr (message, "n=1"));
  /* Debug This Check runs the test that holds the subTest. */
  g_assert_true (dojo_check_result_get_debuggable (result));
  g_assert_cmpstr (dojo_check_result_get_debug_test_id (result), ==,
                   "test_calc.TestDouble.test_double");
}

/* A test that meets an error in the learner's code says where, in the
 * learner's file, without the folders around it (a unittest check). */
static void
test_real_error_where (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autofree char *project = realpath (f->project, NULL);
  const char *message;

  write_file (f->exercise, "test_calc.py",
              "import unittest\n"
              "from calc import ratio\n"
              "\n"
              "\n"
              "class TestRatio(unittest.TestCase):\n"
              "    def test_ratio(self):\n"
              "        self.assertEqual(ratio(1, 0), 0)\n");
  write_file (f->project, "calc.py",
              "def ratio(a, b):\n"
              "    return a / b\n");
  verdict = check (f,
    "{ \"entry\": \"calc.py\", \"checks\": ["
    "  { \"type\": \"unittest\", \"id\": \"tests\", \"test\": \"test_calc.py\" } ] }", NULL);

  message = dojo_check_result_get_message (result_of (verdict, "tests"));
  assert_contains (message, "`test_ratio` stopped with an error on line 7 of `test_calc.py`.");
  assert_contains (message, "ZeroDivisionError: division by zero");
  assert_contains (message, "Where it happened:");
  assert_contains (message, "File \"calc.py\", line 2, in ratio");
  g_assert_null (strstr (message, project));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD_WORDS(path, func) \
  g_test_add (path, Words, NULL, words_set_up, func, words_tear_down)
#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_WORDS ("/pytest-check/words/one-failure", test_words_one_failure);
  ADD_WORDS ("/pytest-check/words/many-failures", test_words_many_failures);
  ADD_WORDS ("/pytest-check/words/load-error", test_words_load_error);
  ADD_WORDS ("/pytest-check/words/broken-test", test_words_broken_test);
  ADD_WORDS ("/pytest-check/words/task-rows", test_words_task_rows);
  ADD_WORDS ("/pytest-check/words/tasks-not-run", test_words_tasks_not_run);
  ADD_WORDS ("/pytest-check/words/request-packages", test_words_request_packages);
  ADD ("/pytest-check/real/pass", test_real_pass);
  ADD ("/pytest-check/real/fail-parametrize-plain-print", test_real_fail);
  ADD ("/pytest-check/real/import-error", test_real_import_error);
  ADD ("/pytest-check/real/broken-test", test_real_broken_test);
  ADD ("/pytest-check/real/subtest", test_real_subtest);
  ADD ("/pytest-check/real/error-where", test_real_error_where);

  return g_test_run ();
}
