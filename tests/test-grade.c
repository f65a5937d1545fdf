/* test-grade.c: dojo-pack grade's points, reasons, deadlines and reports
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the real dojo-pack (DOJO_PACK) on a pack with two
 * exercises: "add" (five checks of a point each) and "twice" (a check of
 * 1 point and one of 3), and on submissions written the way an export
 * writes them, with a real repository per project.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-export.h"
#include "dojo-grade.h"
#include "dojo-repo.h"
#include "dojo-test-files.h"
#include "dojo-test-tool.h"
#include "raw-zip.h"

#define PACK_ID      "io.example.grades"
#define PACK_VERSION "2.1.0"

/* Right but for decimals: 4 checks of add's 5. */
static const char add_ints[] = "a, b = input().split()\nprint(int(a) + int(b))\n";
static const char add_right[] =
  "a, b = input().split()\ns = float(a) + float(b)\nprint(int(s) if s == int(s) else s)\n";
/* Passes twice's 3-point check only. */
static const char twice_half[] = "n = int(input())\nprint(n * 2 if n > 5 else 0)\n";
static const char twice_right[] = "print(int(input()) * 2)\n";

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static void
write_exercise (const char *dir,
                const char *name,
                const char *checks)
{
  g_autofree char *relpath = g_strdup_printf ("exercises/%s/exercise.json", name);
  g_autofree char *instructions = g_strdup_printf ("exercises/%s/instructions.md", name);
  g_autofree char *starter = g_strdup_printf ("exercises/%s/starter/main.py", name);
  g_autofree char *json = g_strdup_printf (
    "{\n"
    "  \"title\": \"%s\",\n"
    "  \"instructions\": \"instructions.md\",\n"
    "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"
    "  \"entry\": \"main.py\",\n"
    "  \"checks\": [%s],\n"
    "  \"limits\": {\"time_s\": 10, \"memory_mb\": 256, \"output_kb\": 64},\n"
    "  \"revision\": 1\n"
    "}\n", name, checks);

  dojo_test_write_file (dir, relpath, json);
  dojo_test_write_file (dir, instructions, "Do it.\n");
  dojo_test_write_file (dir, starter, "# Your code\n");
}

static char *
grades_pack (void)
{
  char *dir = dojo_test_cache_path ("pack");

  dojo_test_write_file (dir, "manifest.json",
                        "{\n"
                        "  \"format\": 1,\n"
                        "  \"id\": \"" PACK_ID "\",\n"
                        "  \"version\": \"" PACK_VERSION "\",\n"
                        "  \"title\": \"Grades\",\n"
                        "  \"description\": \"A pack to grade\",\n"
                        "  \"language\": \"en\",\n"
                        "  \"authors\": [\"Ada\"],\n"
                        "  \"license\": \"CC-BY-SA-4.0\",\n"
                        "  \"min_app_version\": \"0.1.0\",\n"
                        "  \"python\": \"3.10\",\n"
                        "  \"phases\": [\n"
                        "    {\"id\": \"basics\", \"title\": \"Basics\", \"items\": [\n"
                        "      {\"id\": \"add\", \"type\": \"exercise\", \"title\": \"Add\", "
                        "\"path\": \"exercises/add\"},\n"
                        "      {\"id\": \"twice\", \"type\": \"exercise\", \"title\": \"Twice\", "
                        "\"path\": \"exercises/twice\"}\n"
                        "    ]}\n"
                        "  ]\n"
                        "}\n");
  write_exercise (dir, "add",
                  "{\"id\": \"small\", \"type\": \"io\", \"title\": \"Adds small numbers\", "
                  "\"stdin\": \"1 2\\n\", \"expect\": \"3\\n\"},"
                  "{\"id\": \"same\", \"type\": \"io\", \"title\": \"Adds a number to itself\", "
                  "\"stdin\": \"2 2\\n\", \"expect\": \"4\\n\"},"
                  "{\"id\": \"decimals\", \"type\": \"io\", \"title\": \"Adds decimals\", "
                  "\"stdin\": \"1.5 1\\n\", \"expect\": \"2.5\\n\", \"hidden\": true},"
                  "{\"id\": \"zero\", \"type\": \"io\", \"title\": \"Adds zero\", "
                  "\"stdin\": \"0 7\\n\", \"expect\": \"7\\n\"},"
                  "{\"id\": \"large\", \"type\": \"io\", \"title\": \"Adds large numbers\", "
                  "\"stdin\": \"100 200\\n\", \"expect\": \"300\\n\"}");
  write_exercise (dir, "twice",
                  "{\"id\": \"one\", \"type\": \"io\", \"title\": \"Doubles one\", "
                  "\"stdin\": \"1\\n\", \"expect\": \"2\\n\"},"
                  "{\"id\": \"ten\", \"type\": \"io\", \"title\": \"Doubles ten\", "
                  "\"stdin\": \"10\\n\", \"expect\": \"20\\n\", \"points\": 3}");

  return dir;
}

/* Commits @code as the project's main.py. */
static char *
commit_code (const char *project,
             const char *code)
{
  g_autoptr(GFile) dir = g_file_new_for_path (project);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  char *id;

  dojo_test_write_file (project, "main.py", code);
  repo = dojo_repo_open (dir, NULL);
  if (repo == NULL)
    repo = dojo_repo_init (dir, &error);
  g_assert_no_error (error);
  id = dojo_repo_commit (repo, "Work", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  return id;
}

/* The folder of a submission: the report Dojo writes, no project yet. */
static char *
submission_dir (const char *name,
                const char *learner)
{
  g_autofree char *dirname = g_strconcat (name, ".d", NULL);
  char *dir = dojo_test_cache_path (dirname);
  g_autofree char *report = g_strdup_printf (
    "{\"format\": %d, \"pack\": {\"id\": \"" PACK_ID "\", \"version\": \"" PACK_VERSION "\"}, "
    "\"learner\": {\"name\": \"%s\", \"email\": \"l@example.org\"}, "
    "\"exported_at\": \"2026-03-01T12:00:00Z\", "
    "\"items\": [{\"id\": \"add\", \"attempts\": 3, \"hints_used\": 0}, "
    "{\"id\": \"twice\", \"attempts\": 1, \"hints_used\": 1}]}",
    DOJO_WORK_FORMAT, learner);

  dojo_test_write_file (dir, DOJO_WORK_REPORT, report);
  return dir;
}

/* Ada: add right but for decimals (4 of 5), twice half right (3 of 4). */
static char *
ada_submission (char **add_commit)
{
  g_autofree char *dir = submission_dir ("ada.dojowork", "Ada Lovelace");
  g_autofree char *add = g_build_filename (dir, "projects", "add", NULL);
  g_autofree char *twice = g_build_filename (dir, "projects", "twice", NULL);
  g_autofree char *id = commit_code (add, add_ints);
  g_autofree char *twice_id = commit_code (twice, twice_half);

  if (add_commit != NULL)
    *add_commit = g_steal_pointer (&id);
  return dojo_test_zip (dir, "ada.dojowork");
}

static void
setup_identity (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_repo_set_global_identity ("Learner", "l@example.org", &error));
  g_assert_no_error (error);
}

static char **
csv_lines (const char *text)
{
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  return g_strsplit (text, "\r\n", -1);
}

/* A .dojopack, points and partial credit, the new columns ----------------- */

static void
test_points_csv (void)
{
  g_autofree char *dir = grades_pack ();
  g_autofree char *archive = dojo_test_cache_path ("grades.dojopack");
  g_autofree char *csv = dojo_test_cache_path ("grades.csv");
  g_autofree char *add_commit = NULL;
  g_autofree char *submission = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) add = NULL;
  g_auto(GStrv) twice = NULL;
  g_auto(Run) run = { 0 };

  setup_identity ();
  submission = ada_submission (&add_commit);
  run_tool_isolated (&run, "build", dir, "-o", archive, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* The .dojopack, as the docs say to keep it. */
  run_tool_isolated (&run, "grade", archive, submission, "-o", csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  text = read_text (csv);
  lines = csv_lines (text);
  g_assert_cmpstr (lines[0], ==, "learner,email,item,passed,attempts,hints_used,last_commit,"
                                 "score,max,reason,commit,exported_at,pack_version");
  add = g_strsplit (lines[1], ",", -1);
  twice = g_strsplit (lines[2], ",", -1);
  g_assert_cmpuint (g_strv_length (add), ==, 13);
  g_assert_cmpstr (add[2], ==, "add");
  g_assert_cmpstr (add[3], ==, "no");
  /* Four of five checks: 4 of 5 points, and why not 5. */
  g_assert_cmpstr (add[7], ==, "4");
  g_assert_cmpstr (add[8], ==, "5");
  g_assert_true (g_str_has_prefix (add[9], "Adds decimals"));
  g_assert_null (strchr (add[9], '\n'));
  g_assert_cmpstr (add[10], ==, add_commit);
  g_assert_cmpstr (add[11], ==, "2026-03-01T12:00:00Z");
  g_assert_cmpstr (add[12], ==, PACK_VERSION);
  /* The 3-point check passed, the 1-point one not. */
  g_assert_cmpstr (twice[2], ==, "twice");
  g_assert_cmpstr (twice[7], ==, "3");
  g_assert_cmpstr (twice[8], ==, "4");
  g_assert_true (g_str_has_prefix (twice[9], "Doubles one"));

  /* The summary follows on the standard output: learners × items. */
  g_assert_nonnull (strstr (run.out, "Learner"));
  g_assert_nonnull (strstr (run.out, "Total"));
  {
    g_auto(GStrv) summary = g_strsplit (run.out, "\n", -1);

    g_assert_true (g_str_has_prefix (summary[0], "Learner"));
    g_assert_nonnull (strstr (summary[0], "add"));
    g_assert_nonnull (strstr (summary[0], "twice"));
    g_assert_true (g_str_has_prefix (summary[1], "Ada Lovelace"));
    g_assert_nonnull (strstr (summary[1], " 4/5 "));
    g_assert_nonnull (strstr (summary[1], " 3/4 "));
    g_assert_true (g_str_has_suffix (summary[1], " 7/9"));
  }

  /* To the standard output with -o -: the CSV, and no summary. */
  run_tool_isolated (&run, "grade", archive, submission, "-o", "-", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "learner,email,"));
  g_assert_null (strstr (run.out, "Total"));
}

/* The student edition ------------------------------------------------------ */

static void
test_student_edition_refused (void)
{
  g_autofree char *dir = grades_pack ();
  g_autofree char *student = dojo_test_cache_path ("student.dojopack");
  g_autofree char *submission = NULL;
  g_autofree char *unpacked = dojo_test_cache_path ("student");
  g_autoptr(GFile) student_file = g_file_new_for_path (student);
  g_autoptr(GFile) unpacked_file = g_file_new_for_path (unpacked);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };

  setup_identity ();
  submission = ada_submission (NULL);
  run_tool_isolated (&run, "build", "--student", dir, "-o", student, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Refused, the archive and the folder, saying why and what to do. */
  run_tool_isolated (&run, "grade", student, submission, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "student edition"));
  g_assert_nonnull (strstr (run.err, "hidden checks"));
  g_assert_nonnull (strstr (run.err, "--allow-student"));
  g_assert_true (dojo_archive_extract (student_file, unpacked_file, NULL, &error));
  g_assert_no_error (error);
  run_tool_isolated (&run, "grade", unpacked, submission, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "student edition"));

  /* Told to, it grades: without the hidden check, add is 4 of 4. */
  run_tool_isolated (&run, "grade", "--allow-student", student, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = csv_lines (run.out);
  g_assert_true (g_str_has_prefix (lines[1], "Ada Lovelace,l@example.org,add,yes,3,0,"));
  g_assert_nonnull (strstr (lines[1], ",4,4,,"));
}

/* --json ---------------------------------------------------------------- */

static void
test_json (void)
{
  g_autofree char *dir = grades_pack ();
  g_autofree char *submission = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *learner, *add;
  JsonArray *items, *checks;
  g_auto(Run) run = { 0 };

  setup_identity ();
  submission = ada_submission (NULL);
  run_tool_isolated (&run, "grade", "--json", dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "pack"),
                                                  "version"), ==, PACK_VERSION);
  learner = json_array_get_object_element (json_object_get_array_member (root, "learners"), 0);
  g_assert_cmpstr (json_object_get_string_member (learner, "learner"), ==, "Ada Lovelace");
  g_assert_cmpint (json_object_get_int_member (learner, "score"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (learner, "max"), ==, 9);
  items = json_object_get_array_member (learner, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  add = json_array_get_object_element (items, 0);
  g_assert_cmpstr (json_object_get_string_member (add, "item"), ==, "add");

  /* Every check, hidden ones too, with what it is worth and earned. */
  checks = json_object_get_array_member (add, "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      gboolean passed = json_object_get_boolean_member (check, "passed");

      g_assert_nonnull (json_object_get_string_member (check, "id"));
      g_assert_nonnull (json_object_get_string_member (check, "title"));
      g_assert_cmpstr (json_object_get_string_member (check, "state"), ==,
                       passed ? "passed" : "failed");
      g_assert_cmpint (json_object_get_int_member (check, "points"), ==, 1);
      g_assert_cmpint (json_object_get_int_member (check, "earned"), ==, passed ? 1 : 0);
      g_assert_true (json_object_has_member (check, "message"));
      g_assert_cmpint (passed, ==, !g_str_equal (json_object_get_string_member (check, "id"),
                                                 "decimals"));
    }
  checks = json_object_get_array_member (json_array_get_object_element (items, 1), "checks");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (checks, 1),
                                               "points"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (checks, 1),
                                               "earned"), ==, 3);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (root, "skipped")), ==, 0);
}

/* --at -------------------------------------------------------------------- */

static void
test_deadline (void)
{
  g_autofree char *dir = grades_pack ();
  g_autofree char *sub_dir = submission_dir ("late.dojowork", "Lena Late");
  g_autofree char *add = g_build_filename (sub_dir, "projects", "add", NULL);
  g_autofree char *twice = g_build_filename (sub_dir, "projects", "twice", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *twice_id = NULL;
  g_autofree char *submission = NULL;
  g_autofree char *at = NULL;
  g_autoptr(GDateTime) between = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) row = NULL;
  g_auto(Run) run = { 0 };

  setup_identity ();
  /* First a half right add, then, two seconds later, the right one; twice
   * only after the deadline. */
  first = commit_code (add, add_ints);
  between = g_date_time_new_now_utc ();
  g_usleep (2100 * 1000);
  second = commit_code (add, add_right);
  twice_id = commit_code (twice, twice_right);
  submission = dojo_test_zip (sub_dir, "late.dojowork");
  at = g_date_time_format (between, "%Y-%m-%dT%H:%M:%SZ");

  /* Without a deadline, the last commit: everything right. */
  run_tool_isolated (&run, "grade", dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = csv_lines (run.out);
  row = g_strsplit (lines[1], ",", -1);
  g_assert_cmpstr (row[7], ==, "5");
  g_assert_cmpstr (row[10], ==, second);
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&row, g_strfreev);

  /* At the deadline, the commit before it, and the CSV says which. */
  run_tool_isolated (&run, "grade", "--at", at, dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = csv_lines (run.out);
  row = g_strsplit (lines[1], ",", -1);
  g_assert_cmpstr (row[2], ==, "add");
  g_assert_cmpstr (row[7], ==, "4");
  g_assert_cmpstr (row[8], ==, "5");
  g_assert_cmpstr (row[10], ==, first);
  g_clear_pointer (&row, g_strfreev);

  /* No commit of twice before it: a row that says so, 0 points. */
  row = g_strsplit (lines[2], ",", -1);
  g_assert_cmpstr (row[2], ==, "twice");
  g_assert_cmpstr (row[3], ==, "no");
  g_assert_cmpstr (row[7], ==, "0");
  g_assert_cmpstr (row[8], ==, "4");
  g_assert_true (g_str_has_prefix (row[9], "No commit before the deadline"));
  g_assert_cmpstr (row[10], ==, "");
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&row, g_strfreev);

  /* A plain date is the end of that day: a day before, nothing counts. */
  {
    g_autoptr(GDateTime) before = g_date_time_add_days (between, -2);
    g_autoptr(GDateTime) local = g_date_time_to_local (before);
    g_autofree char *day = g_date_time_format (local, "%Y-%m-%d");

    run_tool_isolated (&run, "grade", "--at", day, dir, submission, NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "add,no,3,0,,0,5,No commit before the deadline"));
  }

  /* A date that is not one is refused before anything is graded. */
  run_tool_isolated (&run, "grade", "--at", "next friday", dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "ISO 8601"));
  g_assert_cmpstr (run.out, ==, "");
}

/* --reports ------------------------------------------------------------- */

static void
test_reports (void)
{
  g_autofree char *dir = grades_pack ();
  g_autofree char *reports = dojo_test_cache_path ("reports");
  g_autofree char *report_path = g_build_filename (reports, "ada-lovelace.md", NULL);
  g_autofree char *submission = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  setup_identity ();
  submission = ada_submission (NULL);
  run_tool_isolated (&run, "grade", "--reports", reports, dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);

  text = read_text (report_path);
  g_assert_true (g_str_has_prefix (text, "# Ada Lovelace\n"));
  g_assert_nonnull (strstr (text, "Grades, version " PACK_VERSION));
  g_assert_nonnull (strstr (text, "**Total: 7 of 9 points**"));
  g_assert_nonnull (strstr (text, "## Add: 4/5\n"));
  g_assert_nonnull (strstr (text, "## Twice: 3/4\n"));
  g_assert_nonnull (strstr (text, "- ✓ Adds small numbers (1/1)\n"));
  g_assert_nonnull (strstr (text, "- ✗ Adds decimals (0/1)\n"));
  g_assert_nonnull (strstr (text, "- ✓ Doubles ten (3/3)\n"));
  g_assert_nonnull (strstr (text, "- ✗ Doubles one (0/1)\n"));
  /* The failing check's message, as a quote under it. */
  g_assert_nonnull (strstr (text, "(0/1)\n\n  > "));
}

/* A test's message is Markdown: the report keeps its code blocks, where
 * what the learner's program printed shows as written, and the CSV's
 * reason is its first sentence without the marks. */
static void
test_report_markdown (void)
{
  g_autofree char *dir = dojo_test_cache_path ("mdpack");
  g_autofree char *reports = dojo_test_cache_path ("mdreports");
  g_autofree char *report_path = g_build_filename (reports, "ada-lovelace.md", NULL);
  g_autofree char *sub = submission_dir ("md.dojowork", "Ada Lovelace");
  g_autofree char *add = g_build_filename (sub, "projects", "add", NULL);
  g_autofree char *commit = NULL;
  g_autofree char *submission = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };

  dojo_test_write_file (dir, "manifest.json",
                        "{\"format\": 1, \"id\": \"" PACK_ID "\", "
                        "\"version\": \"" PACK_VERSION "\", "
                        "\"title\": \"Grades\", \"description\": \"d\", \"language\": \"en\", "
                        "\"authors\": [\"Ada\"], \"license\": \"CC-BY-SA-4.0\", "
                        "\"min_app_version\": \"0.1.0\", \"python\": \"3.10\", "
                        "\"phases\": [{\"id\": \"basics\", \"title\": \"Basics\", "
                        "\"items\": [{\"id\": \"add\", \"type\": \"exercise\", "
                        "\"title\": \"Add\", \"path\": \"exercises/add\"}]}]}\n");
  write_exercise (dir, "add",
                  "{\"id\": \"tests\", \"type\": \"unittest\", \"title\": \"The tests pass\", "
                  "\"test\": \"test_add.py\"}");
  dojo_test_write_file (dir, "exercises/add/test_add.py",
                        "import unittest\n"
                        "from main import add\n\n\n"
                        "class TestAdd(unittest.TestCase):\n"
                        "    def test_add(self):\n"
                        "        self.assertEqual(add(2, 3), 5)\n");

  setup_identity ();
  commit = commit_code (add, "def add(a, b):\n"
                             "    print('<b>hi</b> & **x**')\n"
                             "    return a - b\n");
  submission = dojo_test_zip (sub, "md.dojowork");
  run_tool_isolated (&run, "grade", "--reports", reports, "-o", "-", dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);

  text = read_text (report_path);
  /* The learner's output, in a code block of the quote, as printed. */
  g_assert_nonnull (strstr (text, "  > ```\n  > <b>hi</b> & **x**\n  > ```\n"));
  g_assert_nonnull (strstr (text, "  > `test_add` failed on line 7 of `test_add.py`."));
  g_assert_null (strstr (text, "\\`"));

  lines = csv_lines (run.out);
  g_assert_nonnull (strstr (lines[1], ",The tests pass: test_add failed on line 7 of "
                                      "test_add.py.,"));
}

/* Runs dojo-pack in @envp with the arguments, NULL-terminated. */
static void
run_tool_env (Run   *run,
              char **envp,
              ...)
{
  va_list ap;

  va_start (ap, envp);
  run_tool_va (run, envp, NULL, ap);
  va_end (ap);
}

/* A .dojopack that is not what build writes (a path out of the pack, a
 * link out of it) is refused before anything is graded, says why, and
 * leaves nothing behind: not the entry, not the folder it was opened in. */
static void
test_hostile_pack (void)
{
  const RawZipEntry dotdot[] = {
    { "manifest.json", "{}", 0 },
    { "../../../evil", "gotcha", 0 },
  };
  const RawZipEntry link[] = {
    { "evil", "/etc", 0120777 },
    { "evil/passwd", "gotcha", 0 },
  };
  struct { const RawZipEntry *entries; guint n; } cases[] = {
    { dotdot, G_N_ELEMENTS (dotdot) },
    { link, G_N_ELEMENTS (link) },
  };
  g_autofree char *tmp = dojo_test_cache_path ("tmp");
  g_autofree char *submission = NULL;

  setup_identity ();
  submission = ada_submission (NULL);
  g_assert_cmpint (g_mkdir_with_parents (tmp, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("hostile-%u.dojopack", i);
      g_autofree char *path = dojo_test_cache_path (name);
      g_autofree char *csv = dojo_test_cache_path ("hostile.csv");
      g_auto(GStrv) envp = g_get_environ ();
      g_autoptr(GDir) left = NULL;
      g_auto(Run) run = { 0 };

      envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
      envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
      envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
      envp = g_environ_setenv (envp, "TMPDIR", tmp, TRUE);
      raw_zip_write (path, cases[i].entries, cases[i].n);
      run_tool_env (&run, envp, "grade", path, submission, "-o", csv, NULL);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_nonnull (strstr (run.err, name));
      g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));
      g_assert_false (raw_zip_tree_has (g_get_user_cache_dir (), "evil"));
      g_assert_false (g_file_test ("/tmp/evil", G_FILE_TEST_EXISTS));
      left = g_dir_open (tmp, 0, NULL);
      g_assert_null (g_dir_read_name (left));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/grade/points-csv", test_points_csv);
  g_test_add_func ("/grade/student-edition", test_student_edition_refused);
  g_test_add_func ("/grade/json", test_json);
  g_test_add_func ("/grade/deadline", test_deadline);
  g_test_add_func ("/grade/reports", test_reports);
  g_test_add_func ("/grade/report-markdown", test_report_markdown);
  g_test_add_func ("/grade/hostile-pack", test_hostile_pack);

  return g_test_run ();
}
