/* bench-check.c: what a Check costs next to running Python by hand
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times, 20 times each, a bare `python3 main.py` on a small io program
 * against a Dojo io check of it, `python3 -m unittest` on a two-test file
 * against a Dojo unittest check, and `python3 -m pytest` on the same two
 * tests written for pytest against a Dojo pytest check, and prints the
 * ratios (the targets: under 1.5x for io and unittest, under 1.2x for
 * pytest).  Every Dojo run is sandboxed (bubblewrap).  Dojo's side is
 * measured as a learner meets it, with the next Check's harness and runner
 * started ahead, and again with nothing started ahead.  The same
 * interpreter runs both sides: `$DOJO_PYTHON`, else the system's
 * `/usr/bin/python3` as a Check uses (it has the system's pytest), else
 * the one `python3` in PATH resolves to (not a wrapper script around it).
 * Also prints a BENCH line per check (see bench-report.h).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-checker.h"
#include "bench-report.h"

#define RUNS 20

static double
median (double *values)
{
  bench_sort_ms (values, RUNS);
  return (values[RUNS / 2 - 1] + values[RUNS / 2]) / 2;
}

static void
report (const char *what,
        double     *values)
{
  double med = median (values);

  printf ("  %-34s median %6.1f ms  min %6.1f ms  max %6.1f ms\n",
          what, med * 1000, values[0] * 1000, values[RUNS - 1] * 1000);
}

static double
time_bare (const char *dir,
           const char *stdin_text,
           char      **argv)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 start = g_get_monotonic_time ();

  g_subprocess_launcher_set_cwd (launcher, dir);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));

  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  DojoVerdict **verdict = user_data;
  g_autoptr(GError) error = NULL;

  *verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &error);
  g_assert_no_error (error);
}

static double
time_check (DojoChecker *checker,
            JsonObject  *exercise,
            const char  *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoVerdict) verdict = NULL;
  gint64 start = g_get_monotonic_time ();

  dojo_checker_run_async (checker, exercise, folder, folder, NULL, NULL, run_cb, &verdict);
  while (verdict == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (!dojo_verdict_get_passed (verdict))
    g_error ("The check did not pass: %s", dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)));

  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

static JsonObject *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
resolve_python (void)
{
  const char *env = g_getenv ("DOJO_PYTHON");
  g_autofree char *out = NULL;
  const char *argv[] = { "python3", "-c", "import sys; print(sys.executable)", NULL };

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup ("/usr/bin/python3");
  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, NULL, NULL, NULL))
    g_error ("python3 not found");

  return g_strdup (g_strstrip (out));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(JsonObject) io = NULL;
  g_autoptr(JsonObject) unit = NULL;
  g_autoptr(JsonObject) pytest = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bench-check-XXXXXX", NULL);
  g_autofree char *main_py = g_build_filename (dir, "main.py", NULL);
  g_autofree char *calc_py = g_build_filename (dir, "calc.py", NULL);
  g_autofree char *test_py = g_build_filename (dir, "test_calc.py", NULL);
  g_autofree char *pytest_py = g_build_filename (dir, "calc_test.py", NULL);
  g_autofree char *python = resolve_python ();
  g_autofree char *cmd = NULL;
  char *bare_io[] = { python, "main.py", NULL };
  char *bare_unit[] = { python, "-m", "unittest", "-q", "test_calc", NULL };
  char *bare_pytest[] = { python, "-m", "pytest", "-q", "calc_test.py", NULL };
  double t_bare_io[RUNS], t_check_io[RUNS], t_bare_unit[RUNS], t_check_unit[RUNS];
  double t_bare_pytest[RUNS], t_check_pytest[RUNS];
  double t_cold_io[RUNS], t_cold_unit[RUNS], t_cold_pytest[RUNS];
  double ratio_io, ratio_unit, ratio_pytest;
  g_autoptr(DojoChecker) cold = dojo_checker_new ();

  if (g_getenv ("DOJO_HARNESS_DIR") == NULL)
    g_setenv ("DOJO_HARNESS_DIR", HARNESS_SRCDIR, TRUE);

  g_assert_true (g_file_set_contents (main_py,
    "name = input()\nprint(f'Hello, {name}!')\n", -1, NULL));
  g_assert_true (g_file_set_contents (calc_py,
    "def add(a, b):\n    return a + b\n\ndef sub(a, b):\n    return a - b\n", -1, NULL));
  g_assert_true (g_file_set_contents (test_py,
    "import unittest\nfrom calc import add, sub\n\n"
    "class TestCalc(unittest.TestCase):\n"
    "    def test_add(self):\n        self.assertEqual(add(2, 3), 5)\n\n"
    "    def test_sub(self):\n        self.assertEqual(sub(5, 2), 3)\n", -1, NULL));
  /* The same two tests, as pytest has them. */
  g_assert_true (g_file_set_contents (pytest_py,
    "from calc import add, sub\n\n\n"
    "def test_add():\n    assert add(2, 3) == 5\n\n\n"
    "def test_sub():\n    assert sub(5, 2) == 3\n", -1, NULL));

  io = parse ("{ \"entry\": \"main.py\", \"checks\": [ { \"type\": \"io\", \"id\": \"hello\","
              "  \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\" } ] }");
  unit = parse ("{ \"entry\": \"calc.py\", \"checks\": [ { \"type\": \"unittest\","
                "  \"id\": \"tests\", \"test\": \"test_calc.py\" } ] }");
  pytest = parse ("{ \"entry\": \"calc.py\", \"checks\": [ { \"type\": \"pytest\","
                  "  \"id\": \"tests\", \"test\": \"calc_test.py\" } ] }");
  dojo_checker_set_python (checker, python);

  /* Warm caches (the harness's bytecode, the page cache) on both sides. */
  time_bare (dir, "Ada\n", bare_io);
  time_bare (dir, "", bare_unit);
  time_check (checker, io, dir);
  time_check (checker, unit, dir);
  time_bare (dir, "", bare_pytest);
  time_check (checker, pytest, dir);

  /* Bare and Dojo interleaved, so that a busy moment of the machine hits
   * both sides.  Dojo's side as a learner meets it: Check after Check of
   * one exercise, each starting the next one's harness and runner ahead
   * (in the sandbox of its first run: the program's, or the tests') while
   * the learner reads the verdict (here, while the bare run goes); so one
   * exercise at a time, after a Check that starts the first one's.  Then
   * the same with nothing started ahead: the first Check after Dojo
   * starts. */
  time_check (checker, io, dir);
  for (guint i = 0; i < RUNS; i++)
    {
      t_bare_io[i] = time_bare (dir, "Ada\n", bare_io);
      t_check_io[i] = time_check (checker, io, dir);
    }
  time_check (checker, unit, dir);
  for (guint i = 0; i < RUNS; i++)
    {
      t_bare_unit[i] = time_bare (dir, "", bare_unit);
      t_check_unit[i] = time_check (checker, unit, dir);
    }
  time_check (checker, pytest, dir);
  for (guint i = 0; i < RUNS; i++)
    {
      t_bare_pytest[i] = time_bare (dir, "", bare_pytest);
      t_check_pytest[i] = time_check (checker, pytest, dir);
    }
  dojo_checker_set_python (cold, python);
  dojo_checker_set_start_ahead (cold, FALSE);
  for (guint i = 0; i < RUNS; i++)
    {
      t_cold_io[i] = time_check (cold, io, dir);
      t_cold_unit[i] = time_check (cold, unit, dir);
      t_cold_pytest[i] = time_check (cold, pytest, dir);
    }

  printf ("bench-check: %d runs each, interpreter %s\n", RUNS, python);
  report ("python3 main.py", t_bare_io);
  report ("Dojo io check", t_check_io);
  report ("python3 -m unittest (2 tests)", t_bare_unit);
  report ("Dojo unittest check", t_check_unit);
  report ("python3 -m pytest (2 tests)", t_bare_pytest);
  report ("Dojo pytest check", t_check_pytest);
  report ("Dojo io check, nothing ahead", t_cold_io);
  report ("Dojo unittest check, nothing ahead", t_cold_unit);
  report ("Dojo pytest check, nothing ahead", t_cold_pytest);

  ratio_io = median (t_check_io) / median (t_bare_io);
  ratio_unit = median (t_check_unit) / median (t_bare_unit);
  ratio_pytest = median (t_check_pytest) / median (t_bare_pytest);
  bench_report_line ("check-io", median (t_check_io) * 1000, t_check_io[0] * 1000,
                     t_check_io[RUNS - 1] * 1000, RUNS, "python3-main.py",
                     median (t_bare_io) * 1000, t_bare_io[0] * 1000, t_bare_io[RUNS - 1] * 1000);
  bench_report_line ("check-unittest", median (t_check_unit) * 1000, t_check_unit[0] * 1000,
                     t_check_unit[RUNS - 1] * 1000, RUNS, "python3-m-unittest",
                     median (t_bare_unit) * 1000, t_bare_unit[0] * 1000,
                     t_bare_unit[RUNS - 1] * 1000);
  bench_report_line ("check-pytest", median (t_check_pytest) * 1000, t_check_pytest[0] * 1000,
                     t_check_pytest[RUNS - 1] * 1000, RUNS, "python3-m-pytest",
                     median (t_bare_pytest) * 1000, t_bare_pytest[0] * 1000,
                     t_bare_pytest[RUNS - 1] * 1000);
  bench_report_line ("check-io-cold", median (t_cold_io) * 1000, t_cold_io[0] * 1000,
                     t_cold_io[RUNS - 1] * 1000, RUNS, "python3-main.py",
                     median (t_bare_io) * 1000, t_bare_io[0] * 1000, t_bare_io[RUNS - 1] * 1000);
  bench_report_line ("check-unittest-cold", median (t_cold_unit) * 1000,
                     t_cold_unit[0] * 1000, t_cold_unit[RUNS - 1] * 1000, RUNS,
                     "python3-m-unittest", median (t_bare_unit) * 1000, t_bare_unit[0] * 1000,
                     t_bare_unit[RUNS - 1] * 1000);
  bench_report_line ("check-pytest-cold", median (t_cold_pytest) * 1000,
                     t_cold_pytest[0] * 1000, t_cold_pytest[RUNS - 1] * 1000, RUNS,
                     "python3-m-pytest", median (t_bare_pytest) * 1000, t_bare_pytest[0] * 1000,
                     t_bare_pytest[RUNS - 1] * 1000);
  printf ("  ratio io:       %.2fx (target < 1.5x)\n", ratio_io);
  printf ("  ratio unittest: %.2fx (target < 1.5x)\n", ratio_unit);
  printf ("  ratio pytest:   %.2fx (target < 1.2x)\n", ratio_pytest);
  printf ("  ratio io, nothing ahead:       %.2fx\n", median (t_cold_io) / median (t_bare_io));
  printf ("  ratio unittest, nothing ahead: %.2fx\n",
          median (t_cold_unit) / median (t_bare_unit));
  printf ("  ratio pytest, nothing ahead:   %.2fx\n",
          median (t_cold_pytest) / median (t_bare_pytest));

  cmd = g_strdup_printf ("rm -rf '%s'", dir);
  g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);

  return 0;
}
