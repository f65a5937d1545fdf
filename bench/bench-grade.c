/* bench-grade.c: what `dojo-pack grade` costs next to running the tests bare
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 15's goal: grading 30 submissions of a 10-exercise pack within 2x
 * of running their tests bare.  In a temporary folder this writes a pack of
 * 10 exercises (5 with an io check, 5 with a unittest check of 3 tests,
 * each with a solution) and 30 learners' exports of it (.dojowork, written
 * by dojo_export_course(); each learner's projects hold the solutions,
 * committed with libgit2 as the app does).  Then, alternating, 3 rounds of:
 *
 *   A  the real `dojo-pack grade PACK SUB1 … SUB30 -o grades.csv`, as a
 *      teacher runs it: a grader process per submission, which extracts
 *      it, reads its histories and checks each project in the sandbox
 *      (bubblewrap); the CSV must say every row passed;
 *   B  their tests bare: for each submission and exercise, what the check
 *      runs, with the same interpreter and no Dojo.  The submissions are
 *      extracted once beforehand (on side A extraction is part of
 *      grading, so side B is spared that work).
 *
 * and prints both totals, their medians and the ratio (target < 2x), and a
 * BENCH line (see bench-report.h).  Both sides use `$DOJO_PYTHON`, else
 * /usr/bin/python3; dojo-pack is given the same in DOJO_PYTHON.
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-exercise.h"
#include "dojo-export.h"
#include "dojo-grade.h"
#include "dojo-installer-private.h"
#include "dojo-pack.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "dojo-repo.h"
#include "dojo-sandbox.h"
#include "bench-project.h"
#include "bench-report.h"

#define PACK_ID       "io.example.bench-grade"
#define N_LEARNERS    30
#define ROUNDS        3

typedef struct
{
  const char *id;
  const char *stdin_text; /* an io check's input; NULL: a unittest exercise */
  const char *expect;
  const char *solution;   /* main.py */
  const char *test_name;  /* tests/<test_name>.py */
  const char *test_code;
} BenchExercise;

static const BenchExercise exercises[] = {
  { "greet", "Ada\n", "Hello, Ada!\n",
    "name = input()\nprint(f\"Hello, {name}!\")\n", NULL, NULL },
  { "is-even", NULL, NULL,
    "def is_even(n: int) -> bool:\n    return n % 2 == 0\n",
    "test_is_even",
    "import unittest\n\nfrom main import is_even\n\n\n"
    "class TestIsEven(unittest.TestCase):\n"
    "    def test_even(self) -> None:\n        self.assertTrue(is_even(4))\n\n"
    "    def test_odd(self) -> None:\n        self.assertFalse(is_even(7))\n\n"
    "    def test_zero(self) -> None:\n        self.assertTrue(is_even(0))\n" },
  { "add-two", "2\n40\n", "42\n",
    "a = int(input())\nb = int(input())\nprint(a + b)\n", NULL, NULL },
  { "factorial", NULL, NULL,
    "def factorial(n: int) -> int:\n    result = 1\n    for i in range(2, n + 1):\n"
    "        result *= i\n    return result\n",
    "test_factorial",
    "import unittest\n\nfrom main import factorial\n\n\n"
    "class TestFactorial(unittest.TestCase):\n"
    "    def test_zero(self) -> None:\n        self.assertEqual(factorial(0), 1)\n\n"
    "    def test_five(self) -> None:\n        self.assertEqual(factorial(5), 120)\n\n"
    "    def test_ten(self) -> None:\n        self.assertEqual(factorial(10), 3628800)\n" },
  { "count-down", "3\n", "3\n2\n1\nLiftoff!\n",
    "n = int(input())\nwhile n > 0:\n    print(n)\n    n -= 1\nprint(\"Liftoff!\")\n",
    NULL, NULL },
  { "word-count", NULL, NULL,
    "def word_count(text: str) -> dict[str, int]:\n    counts: dict[str, int] = {}\n"
    "    for word in text.split():\n        counts[word] = counts.get(word, 0) + 1\n"
    "    return counts\n",
    "test_word_count",
    "import unittest\n\nfrom main import word_count\n\n\n"
    "class TestWordCount(unittest.TestCase):\n"
    "    def test_empty(self) -> None:\n        self.assertEqual(word_count(''), {})\n\n"
    "    def test_one(self) -> None:\n        self.assertEqual(word_count('a'), {'a': 1})\n\n"
    "    def test_repeated(self) -> None:\n"
    "        self.assertEqual(word_count('a b a'), {'a': 2, 'b': 1})\n" },
  { "fizz-buzz", "15\n",
    "1\n2\nFizz\n4\nBuzz\nFizz\n7\n8\nFizz\nBuzz\n11\nFizz\n13\n14\nFizzBuzz\n",
    "for i in range(1, int(input()) + 1):\n    if i % 15 == 0:\n        print(\"FizzBuzz\")\n"
    "    elif i % 3 == 0:\n        print(\"Fizz\")\n    elif i % 5 == 0:\n"
    "        print(\"Buzz\")\n    else:\n        print(i)\n", NULL, NULL },
  { "largest", NULL, NULL,
    "def largest(numbers: list[int]) -> int:\n    best = numbers[0]\n"
    "    for n in numbers:\n        if n > best:\n            best = n\n    return best\n",
    "test_largest",
    "import unittest\n\nfrom main import largest\n\n\n"
    "class TestLargest(unittest.TestCase):\n"
    "    def test_one(self) -> None:\n        self.assertEqual(largest([3]), 3)\n\n"
    "    def test_first(self) -> None:\n        self.assertEqual(largest([9, 1, 2]), 9)\n\n"
    "    def test_negative(self) -> None:\n        self.assertEqual(largest([-5, -2]), -2)\n" },
  { "reverse-words", "one two three\n", "three two one\n",
    "print(\" \".join(reversed(input().split())))\n", NULL, NULL },
  { "to-fahrenheit", NULL, NULL,
    "def to_fahrenheit(celsius: float) -> float:\n    return celsius * 9 / 5 + 32\n",
    "test_to_fahrenheit",
    "import unittest\n\nfrom main import to_fahrenheit\n\n\n"
    "class TestToFahrenheit(unittest.TestCase):\n"
    "    def test_freezing(self) -> None:\n        self.assertEqual(to_fahrenheit(0), 32)\n\n"
    "    def test_boiling(self) -> None:\n        self.assertEqual(to_fahrenheit(100), 212)\n\n"
    "    def test_body(self) -> None:\n"
    "        self.assertAlmostEqual(to_fahrenheit(37), 98.6)\n" },
};

#define N_EXERCISES G_N_ELEMENTS (exercises)

static void
write_json (const char *dir,
            const char *relpath,
            JsonNode   *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  bench_project_write_file (dir, relpath, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
write_exercise (const char          *pack_dir,
                const BenchExercise *ex)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *dir = g_build_filename (pack_dir, "exercises", ex->id, NULL);

  json_builder_begin_object (builder);
  add_string (builder, "title", ex->id);
  add_string (builder, "instructions", "instructions.md");
  json_builder_set_member_name (builder, "starter");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "main.py");
  json_builder_begin_object (builder);
  add_string (builder, "path", "starter/main.py");
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  add_string (builder, "entry", "main.py");
  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  if (ex->stdin_text != NULL)
    {
      add_string (builder, "id", "io");
      add_string (builder, "type", "io");
      add_string (builder, "stdin", ex->stdin_text);
      add_string (builder, "expect", ex->expect);
    }
  else
    {
      g_autofree char *test = g_strdup_printf ("tests/%s.py", ex->test_name);

      add_string (builder, "id", "tests");
      add_string (builder, "type", "unittest");
      add_string (builder, "test", test);
      bench_project_write_file (dir, test, ex->test_code);
    }
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  add_string (builder, "solution", "solution/main.py");
  json_builder_set_member_name (builder, "limits");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "time_s");
  json_builder_add_int_value (builder, 5);
  json_builder_set_member_name (builder, "memory_mb");
  json_builder_add_int_value (builder, 256);
  json_builder_set_member_name (builder, "output_kb");
  json_builder_add_int_value (builder, 64);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "revision");
  json_builder_add_int_value (builder, 1);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  write_json (dir, "exercise.json", root);
  bench_project_write_file (dir, "instructions.md", "Solve it.\n");
  bench_project_write_file (dir, "starter/main.py", "# Your code here\n");
  bench_project_write_file (dir, "solution/main.py", ex->solution);
}

/* The teacher's full edition, a folder: one phase of the ten exercises. */
static char *
write_pack (const char *root)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) manifest = NULL;
  char *dir = g_build_filename (root, "pack", NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, 1);
  add_string (builder, "id", PACK_ID);
  add_string (builder, "version", "1.0.0");
  add_string (builder, "title", "Grading bench");
  add_string (builder, "description", "Ten small exercises, graded in bulk");
  add_string (builder, "language", "en");
  json_builder_set_member_name (builder, "authors");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "Bench");
  json_builder_end_array (builder);
  add_string (builder, "license", "CC-BY-SA-4.0");
  add_string (builder, "min_app_version", "0.1.0");
  add_string (builder, "python", "3.10");
  json_builder_set_member_name (builder, "phases");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string (builder, "id", "all");
  add_string (builder, "title", "All");
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < N_EXERCISES; i++)
    {
      g_autofree char *path = g_strdup_printf ("exercises/%s", exercises[i].id);

      json_builder_begin_object (builder);
      add_string (builder, "id", exercises[i].id);
      add_string (builder, "type", "exercise");
      add_string (builder, "title", exercises[i].id);
      add_string (builder, "path", path);
      json_builder_end_object (builder);
      write_exercise (dir, &exercises[i]);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  manifest = json_builder_get_root (builder);
  write_json (dir, "manifest.json", manifest);

  return dir;
}

/* As the app and test-teacher-cli do it: for each exercise the starter in
 * the project folder and a repository, then the solution, committed; the
 * progress says each passed; then the export. */
static char *
write_submission (DojoPack   *pack,
                  const char *pack_dir,
                  const char *root,
                  guint       learner)
{
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *pack_projects = g_build_filename (projects, PACK_ID, NULL);
  g_autofree char *name = g_strdup_printf ("Learner %02u", learner);
  g_autofree char *email = g_strdup_printf ("learner%02u@example.org", learner);
  g_autofree char *file = g_strdup_printf ("learner-%02u" DOJO_WORK_EXTENSION, learner);
  char *path = g_build_filename (root, "submissions", file, NULL);
  g_autoptr(GFile) output = g_file_new_for_path (path);
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GError) error = NULL;

  if (!dojo_repo_set_global_identity (name, email, &error))
    g_error ("%s", error->message);
  _dojo_remove_tree (pack_projects);

  for (guint i = 0; i < N_EXERCISES; i++)
    {
      const BenchExercise *ex = &exercises[i];
      g_autofree char *project = g_build_filename (pack_projects, ex->id, NULL);
      g_autofree char *solution = g_build_filename (pack_dir, "exercises", ex->id, "solution",
                                                    "main.py", NULL);
      g_autofree char *code = NULL;
      g_autofree char *commit = NULL;
      g_autoptr(GFile) dir = g_file_new_for_path (project);
      g_autoptr(DojoExercise) exercise = NULL;
      g_autoptr(DojoRepo) repo = NULL;

      if (!(exercise = dojo_exercise_new (pack, ex->id, &error)) ||
          !dojo_exercise_write_starter (exercise, dir, &error) ||
          !(repo = dojo_repo_init (dir, &error)))
        g_error ("%s: %s", ex->id, error->message);
      if (!g_file_get_contents (solution, &code, NULL, &error))
        g_error ("%s", error->message);
      bench_project_write_file (project, "main.py", code);
      if (!(commit = dojo_repo_commit (repo, "Solve it", DOJO_COMMIT_ALL, &error)))
        g_error ("%s: %s", ex->id, error->message);

      dojo_progress_record_attempt (progress, PACK_ID, ex->id);
      dojo_progress_mark_passed (progress, PACK_ID, ex->id, 1);
    }

  if (!dojo_export_course (pack, progress, output, &error))
    g_error ("%s", error->message);

  return path;
}

static char *
pick_python (void)
{
  const char *env = g_getenv ("DOJO_PYTHON");

  if (env != NULL && env[0] != '\0')
    return g_strdup (env);
  if (g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup ("/usr/bin/python3");
  g_error ("No /usr/bin/python3: say which Python to use in DOJO_PYTHON");
}

/* The CPU time (user + system) of every child process waited for so far,
 * and of theirs: a figure that other work on the machine changes less than
 * wall time. */
static double
children_cpu (void)
{
  struct rusage usage;

  getrusage (RUSAGE_CHILDREN, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / (double)G_USEC_PER_SEC;
}

/* Side A ------------------------------------------------------------------ */

/* The CSV has a row per learner and exercise, and every one passed. */
static void
assert_all_passed (const char *csv_path)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint rows = 0;

  if (!g_file_get_contents (csv_path, &text, NULL, NULL))
    g_error ("dojo-pack grade wrote no %s", csv_path);
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        continue;
      /* The first seven columns keep their places; later versions add
       * columns after them (dojo_grade_csv_header()): passed is the fourth,
       * and a passed row has its full score. */
      fields = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (fields) < 7 || !g_str_equal (fields[3], "yes") ||
          (g_strv_length (fields) >= 9 && !g_str_equal (fields[7], fields[8])))
        g_error ("dojo-pack grade did not pass every row: %s", lines[i]);
      rows++;
    }
  if (rows != N_LEARNERS * N_EXERCISES)
    g_error ("dojo-pack grade wrote %u rows, not %u", rows,
             (guint)(N_LEARNERS * N_EXERCISES));
}

static double
time_grade (const char *dojo_pack,
            const char *pack_dir,
            GPtrArray  *submissions,
            guint       n,
            const char *csv_path)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  gint64 start;
  double seconds;

  g_ptr_array_add (argv, (gpointer)dojo_pack);
  g_ptr_array_add (argv, (gpointer)"grade");
  g_ptr_array_add (argv, (gpointer)pack_dir);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (argv, g_ptr_array_index (submissions, i));
  g_ptr_array_add (argv, (gpointer)"-o");
  g_ptr_array_add (argv, (gpointer)csv_path);
  g_ptr_array_add (argv, NULL);

  g_unlink (csv_path);
  start = g_get_monotonic_time ();
  process = g_subprocess_newv ((const char * const *)argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL ||
      !g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, &err, &error))
    g_error ("dojo-pack grade: %s", error->message);
  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;

  if (!g_subprocess_get_successful (process))
    g_error ("dojo-pack grade failed:\n%s", err);

  return seconds;
}

/* Side B ------------------------------------------------------------------ */

static void
run_bare (const char          *dir,
          const char          *stdin_text,
          const char * const  *argv,
          const char          *tests_dir)
{
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_subprocess_launcher_set_cwd (launcher, dir);
  /* Dojo's runner reads and writes no bytecode of the learner's or the
   * tests' (-B); nor does this side, and the pack stays as it was. */
  g_subprocess_launcher_setenv (launcher, "PYTHONDONTWRITEBYTECODE", "1", TRUE);
  if (tests_dir != NULL)
    g_subprocess_launcher_setenv (launcher, "PYTHONPATH", tests_dir, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL ||
      !g_subprocess_communicate_utf8 (process, stdin_text, NULL, &out, &err, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_subprocess_get_successful (process))
    g_error ("%s in %s failed:\n%s", argv[1], dir, err);
}

/* What each check runs, without Dojo: an io check runs `python3 main.py`
 * in the project with the check's stdin (its output is not compared); a
 * unittest check runs `python3 -m unittest test_x` in the project with the
 * exercise's tests folder on PYTHONPATH.  As in Dojo's runner, the project
 * comes first on sys.path (as the current folder), then the tests' folder,
 * and the same test file of the pack runs on the same main.py. */
static double
time_bare (const char *python,
           const char *pack_dir,
           GPtrArray  *extracted,
           guint       n)
{
  gint64 start = g_get_monotonic_time ();

  for (guint s = 0; s < n; s++)
    for (guint i = 0; i < N_EXERCISES; i++)
      {
        const BenchExercise *ex = &exercises[i];
        g_autofree char *project = g_build_filename (g_ptr_array_index (extracted, s),
                                                     "projects", ex->id, NULL);

        if (ex->stdin_text != NULL)
          {
            const char *argv[] = { python, "main.py", NULL };

            run_bare (project, ex->stdin_text, argv, NULL);
          }
        else
          {
            g_autofree char *tests = g_build_filename (pack_dir, "exercises", ex->id, "tests",
                                                       NULL);
            const char *argv[] = { python, "-m", "unittest", "-q", ex->test_name, NULL };

            run_bare (project, NULL, argv, tests);
          }
      }

  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

/* ------------------------------------------------------------------------- */

static void
isolate_home (const char *root)
{
  static const struct { const char *var, *dir; } dirs[] = {
    { "HOME", "home" },
    { "XDG_DATA_HOME", "home/.local/share" },
    { "XDG_CONFIG_HOME", "home/.config" },
    { "XDG_CACHE_HOME", "home/.cache" },
    { "XDG_STATE_HOME", "home/.local/state" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (root, dirs[i].dir, NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (dirs[i].var, path, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = g_dir_make_tmp ("bench-grade-XXXXXX", NULL);
  g_autofree char *python = NULL;
  g_autofree char *pack_dir = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *cmd = NULL;
  g_autoptr(GFile) pack_file = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GPtrArray) submissions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) extracted = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *dojo_pack = g_getenv ("DOJO_PACK") ? g_getenv ("DOJO_PACK") : DOJO_PACK_EXE;
  DojoSandboxKind kind;
  double grade_s[ROUNDS], bare_s[ROUNDS], grade_cpu[ROUNDS], bare_cpu[ROUNDS];
  double cpu;
  double extract_s, grade_med, bare_med;
  gint64 start;

  if (root == NULL)
    g_error ("Could not make a temporary folder");

  /* Before GLib reads them: the learners' ~/.gitconfig, projects and
   * exports, and dojo-pack's caches, all in the temporary folder. */
  isolate_home (root);
  python = pick_python ();
  g_setenv ("DOJO_PYTHON", python, TRUE);
  if (g_getenv ("DOJO_HARNESS_DIR") == NULL)
    g_setenv ("DOJO_HARNESS_DIR", HARNESS_SRCDIR, TRUE);
  kind = dojo_sandbox_kind_detect ();
  if (kind == DOJO_SANDBOX_KIND_NONE)
    g_error ("DOJO_SANDBOX=none: grading is measured sandboxed, as in production");

  pack_dir = write_pack (root);
  pack_file = g_file_new_for_path (pack_dir);
  if (!(pack = dojo_pack_load (pack_file, NULL, &error)))
    g_error ("The bench's pack does not load: %s", error->message);

  start = g_get_monotonic_time ();
  {
    g_autofree char *subs = g_build_filename (root, "submissions", NULL);
    g_autofree char *extr = g_build_filename (root, "extracted", NULL);

    g_mkdir_with_parents (subs, 0755);
    g_mkdir_with_parents (extr, 0755);
  }
  for (guint i = 0; i < N_LEARNERS; i++)
    g_ptr_array_add (submissions, write_submission (pack, pack_dir, root, i + 1));
  printf ("bench-grade: %u submissions of %u exercises written in %.1f s\n", N_LEARNERS,
          (guint)N_EXERCISES, (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  /* Side B's copies, extracted once, the way grading extracts them. */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < N_LEARNERS; i++)
    {
      g_autoptr(GFile) sub = g_file_new_for_path (g_ptr_array_index (submissions, i));
      g_autofree char *name = g_strdup_printf ("learner-%02u", i + 1);
      char *dest = g_build_filename (root, "extracted", name, NULL);
      g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
      g_autoptr(JsonNode) report = NULL;

      if (!(report = dojo_grade_extract (sub, dest_file, NULL, &error)))
        g_error ("%s", error->message);
      g_ptr_array_add (extracted, dest);
    }
  extract_s = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;

  /* Warm caches (the page cache, the harness's bytecode) on both sides. */
  csv_path = g_build_filename (root, "grades.csv", NULL);
  time_grade (dojo_pack, pack_dir, submissions, 1, csv_path);
  time_bare (python, pack_dir, extracted, 1);

  /* Alternating which side goes first, so that a busy moment of the
   * machine, or one side warming the other, hits both. */
  for (guint r = 0; r < ROUNDS; r++)
    {
      for (guint side = 0; side < 2; side++)
        {
          cpu = children_cpu ();
          if ((side + r) % 2 == 0)
            {
              grade_s[r] = time_grade (dojo_pack, pack_dir, submissions, N_LEARNERS, csv_path);
              grade_cpu[r] = children_cpu () - cpu;
              assert_all_passed (csv_path);
            }
          else
            {
              bare_s[r] = time_bare (python, pack_dir, extracted, N_LEARNERS);
              bare_cpu[r] = children_cpu () - cpu;
            }
        }
      printf ("  round %u: dojo-pack grade %.2f s (CPU %.2f s), bare %.2f s (CPU %.2f s): "
              "%.2fx\n", r + 1, grade_s[r], grade_cpu[r], bare_s[r], bare_cpu[r],
              grade_s[r] / bare_s[r]);
      fflush (stdout);
    }

  bench_sort_ms (grade_s, ROUNDS);
  bench_sort_ms (bare_s, ROUNDS);
  bench_sort_ms (grade_cpu, ROUNDS);
  bench_sort_ms (bare_cpu, ROUNDS);
  grade_med = grade_s[ROUNDS / 2];
  bare_med = bare_s[ROUNDS / 2];

  printf ("bench-grade: %u rounds, %u submissions x %u exercises (%u io, %u unittest), "
          "interpreter %s, sandbox %s\n", ROUNDS, N_LEARNERS, (guint)N_EXERCISES,
          (guint)N_EXERCISES / 2, (guint)N_EXERCISES / 2, python,
          dojo_sandbox_kind_to_string (kind));
  printf ("  dojo-pack grade (extraction included)  median %6.2f s  min %6.2f s  max %6.2f s"
          "  (%.0f ms a check)\n", grade_med, grade_s[0], grade_s[ROUNDS - 1],
          grade_med * 1000 / (N_LEARNERS * N_EXERCISES));
  printf ("  their tests bare (extracted before)    median %6.2f s  min %6.2f s  max %6.2f s"
          "  (%.0f ms a check)\n", bare_med, bare_s[0], bare_s[ROUNDS - 1],
          bare_med * 1000 / (N_LEARNERS * N_EXERCISES));
  printf ("  CPU time (user + system, all processes): grade median %.2f s, bare median %.2f s"
          " (%.2fx)\n", grade_cpu[ROUNDS / 2], bare_cpu[ROUNDS / 2],
          grade_cpu[ROUNDS / 2] / bare_cpu[ROUNDS / 2]);
  printf ("  extracting the %u submissions once, for the bare side: %.2f s\n", N_LEARNERS,
          extract_s);
  printf ("  ratio: %.2fx (target < 2x)\n", grade_med / bare_med);
  bench_report_line ("grade-30x10", grade_med * 1000, grade_s[0] * 1000,
                     grade_s[ROUNDS - 1] * 1000, ROUNDS, "tests-bare",
                     bare_med * 1000, bare_s[0] * 1000, bare_s[ROUNDS - 1] * 1000);

  cmd = g_strdup_printf ("rm -rf '%s'", root);
  g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);

  return 0;
}
