/* test-dojo-pack-check.c: `dojo-pack check` and `validate --run-solutions`, run for real
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include "dojo-test-tool.h"


/* Runs the built dojo-pack with the arguments, NULL-terminated. */
static void
run_tool (Run *run,
          ...)
{
  va_list ap;

  va_start (ap, run);
  run_tool_va (run, NULL, NULL, ap);
  va_end (ap);
}

static char *
new_pack (const char *name)
{
  g_auto(Run) run = { 0 };
  char *dir = g_build_filename (g_get_user_cache_dir (), name, NULL);

  run_tool (&run, "new", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);

  return dir;
}

static void
replace_in (const char *dir,
            const char *file,
            const char *from,
            const char *to)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) str = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  str = g_string_new (text);
  g_assert_cmpuint (g_string_replace (str, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, str->str, -1, NULL));
}

static void
copy_file (const char *from_dir,
           const char *from,
           const char *to_dir,
           const char *to)
{
  g_autofree char *src = g_build_filename (from_dir, from, NULL);
  g_autofree char *dst = g_build_filename (to_dir, to, NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (dst, text, -1, NULL));
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* check ------------------------------------------------------------------ */

static void
test_check (void)
{
  g_autofree char *pack = new_pack ("course");
  g_autofree char *exercise = g_build_filename (pack, "exercises", "greet", NULL);
  g_autofree char *project = g_build_filename (g_get_user_data_dir (), "work", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *verdict;

  g_assert_cmpint (g_mkdir_with_parents (project, 0755), ==, 0);
  copy_file (exercise, "starter/main.py", project, "main.py");

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", pack, "greet", project, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "✗ greets-ada");
    assert_contains (run.out, "Expected:");
    assert_contains (run.out, "│Hello, Ada!");
    assert_contains (run.out, "Diff:");
    assert_contains (run.out, "✗ greeting-function");
    assert_contains (run.out, "0/3 checks pass");
    /* The starter's empty function, in words, its line said once. */
    assert_contains (run.out, "Line 1: `greeting` promises to give back a value, but its "
                              "body does nothing yet.");
    g_assert_null (strstr (run.out, "line 1: Line 1"));
  }

  copy_file (exercise, "solution/main.py", project, "main.py");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", pack, "greet", project, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "✓ greets-ada");
    assert_contains (run.out, "✓ greeting-function");
    assert_contains (run.out, "passed, 3/3 checks");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", "--json", pack, "greet", project, NULL);
    g_assert_cmpint (run.status, ==, 0);
    json_parser_load_from_data (parser, run.out, -1, &error);
    g_assert_no_error (error);
    verdict = json_node_get_object (json_parser_get_root (parser));
    g_assert_true (json_object_get_boolean_member (verdict, "passed"));
    g_assert_cmpstr (json_object_get_string_member (verdict, "state"), ==, "passed");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (verdict, "results")),
                      ==, 3);
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", pack, "no-such-exercise", project, NULL);
    g_assert_cmpint (run.status, ==, 2);
    assert_contains (run.err, "no-such-exercise");
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", pack, "first-quiz", project, NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "check", pack, "greet", NULL);
    g_assert_cmpint (run.status, ==, 2);
  }
}

/* validate --run-solutions ----------------------------------------------- */

static void
test_new_pack_proves (void)
{
  g_autofree char *pack = new_pack ("course");
  g_auto(Run) run = { 0 };

  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 0);
  assert_contains (run.out, "ok exercises/greet: solution passes 3/3, starter fails 3/3");
  assert_contains (run.out, "ok quizzes/first-quiz.json: 1 predict-output answer is right");
}

static void
test_wrong_solution (void)
{
  g_autofree char *pack = new_pack ("course");
  g_auto(Run) run = { 0 };

  /* The io check is on line 9 of exercise.json; the unittest still passes. */
  replace_in (pack, "exercises/greet/solution/main.py", "print(greeting(name))",
              "print(greeting(name).upper())");
  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "exercises/greet/exercise.json:9: the solution fails check "
                            "'greets-ada': ");
  g_assert_null (strstr (run.out, "'greeting-function'"));
  assert_contains (run.out, "FAILED exercises/greet: solution passes 2/3");
}

static void
test_starter_passes (void)
{
  g_autofree char *pack = new_pack ("course");
  g_autofree char *exercise = g_build_filename (pack, "exercises", "greet", NULL);
  g_auto(Run) run = { 0 };

  copy_file (exercise, "solution/main.py", exercise, "starter/main.py");
  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* "starter" is on line 4. */
  assert_contains (run.out, "exercises/greet/exercise.json:4: the starter already passes "
                            "every check");
}

static void
test_wrong_prediction (void)
{
  g_autofree char *pack = new_pack ("course");
  g_auto(Run) run = { 0 };

  replace_in (pack, "quizzes/first-quiz.json", "\"answer\": \"abab\\n\"",
              "\"answer\": \"abab\"");
  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 1);
  /* The answer is on line 18. */
  assert_contains (run.out, "quizzes/first-quiz.json:18: question 'predict-print': the answer "
                            "is \"abab\", but the code prints \"abab\\n\"");
  assert_contains (run.out, "ok exercises/greet");
}

/* A git exercise is proved by its solution_steps, and fails without them. */
static void
test_git_solution_steps (void)
{
  g_autofree char *pack = new_pack ("course");
  const char *git_checks =
    "\"checks\": [\n"
    "    {\"id\": \"two\", \"type\": \"git\", \"title\": \"Two commits\", \"require\": \"commits\", \"min\": 2},\n"
    "    {\"id\": \"clean\", \"type\": \"git\", \"title\": \"Clean\", \"require\": \"clean\"},\n"
    "    {\"id\": \"said\", \"type\": \"git\", \"title\": \"Message\", \"require\": \"last-message\", \"pattern\": \"^Add \"},\n"
    "    {\"id\": \"feature\", \"type\": \"git\", \"title\": \"Branch\", \"require\": \"on-branch\", \"branch\": \"feature\"},\n"
    "    {\"id\": \"notes\", \"type\": \"git\", \"title\": \"Notes\", \"require\": \"committed\", \"path\": \"notes.md\"},\n";

  replace_in (pack, "exercises/greet/exercise.json", "\"checks\": [\n", git_checks);
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    /* The first git check is on line 9. */
    assert_contains (run.out, "exercises/greet/exercise.json:9: the solution fails check 'two': "
                              "Make at least 2 commits; you have 0.");
    assert_contains (run.out, "the solution fails check 'feature'");
  }

  replace_in (pack, "exercises/greet/exercise.json", "\"revision\": 1",
              "\"solution_steps\": [\n"
              "    {\"commit\": \"Write the greeting\"},\n"
              "    {\"branch\": \"feature\"},\n"
              "    {\"switch\": \"feature\"},\n"
              "    {\"write\": {\"path\": \"notes.md\", \"content\": \"# Notes\\n\"}},\n"
              "    {\"commit\": \"Add notes\"}\n"
              "  ],\n"
              "  \"revision\": 1");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "ok exercises/greet: solution passes 8/8, starter fails 8/8");
  }

  /* A step that cannot be done is reported at its line. */
  replace_in (pack, "exercises/greet/exercise.json", "{\"switch\": \"feature\"}",
              "{\"switch\": \"nowhere\"}");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "exercises/greet/exercise.json:28: solution step 3 fails");
  }
}

/* A merge replayed by solution_steps: the prover holds it to the conflicts
 * the step lists, and a misspelt step or member is an error naming it. */
static void
test_git_merge_steps (void)
{
  g_autofree char *pack = new_pack ("course");
  const char *merge_checks =
    "\"checks\": [\n"
    "    {\"id\": \"merged\", \"type\": \"git\", \"require\": \"merge-commit\", \"branch\": \"feature\"},\n"
    "    {\"id\": \"resolved\", \"type\": \"git\", \"require\": \"no-conflict-markers\"},\n"
    "    {\"id\": \"clean\", \"type\": \"git\", \"require\": \"clean\"},\n"
    "    {\"id\": \"main\", \"type\": \"git\", \"require\": \"on-branch\", \"branch\": \"main\"},\n";

  replace_in (pack, "exercises/greet/exercise.json", "\"checks\": [\n", merge_checks);
  replace_in (pack, "exercises/greet/exercise.json", "\"revision\": 1",
              "\"solution_steps\": [\n"
              "    {\"commit\": \"Write the greeting\"},\n"
              "    {\"branch\": \"feature\"},\n"
              "    {\"switch\": \"feature\"},\n"
              "    {\"write\": {\"path\": \"notes.md\", \"content\": \"# Notes\\nfeature\\n\"}},\n"
              "    {\"commit\": \"Add notes on feature\"},\n"
              "    {\"switch\": \"main\"},\n"
              "    {\"write\": {\"path\": \"notes.md\", \"content\": \"# Notes\\nmain\\n\"}},\n"
              "    {\"commit\": \"Add notes on main\"},\n"
              "    {\"merge\": \"feature\", \"conflicts\": [\"notes.md\"]},\n"
              "    {\"write\": {\"path\": \"notes.md\", \"content\": \"# Notes\\nmain\\nfeature\\n\"}},\n"
              "    {\"commit\": \"Merge feature: keep both notes\"}\n"
              "  ],\n"
              "  \"revision\": 1");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--strict", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "ok exercises/greet: solution passes 7/7");
  }

  /* The merge stops at notes.md, not where the step says: line 33. */
  replace_in (pack, "exercises/greet/exercise.json", "\"conflicts\": [\"notes.md\"]",
              "\"conflicts\": [\"main.py\"]");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "exercises/greet/exercise.json:33: solution step 9 fails: "
                              "merging 'feature' stops at conflicts in notes.md, but the step "
                              "expects them in main.py");
  }

  /* No "conflicts": the step expects a merge without any. */
  replace_in (pack, "exercises/greet/exercise.json", ", \"conflicts\": [\"main.py\"]", "");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "solution step 9 fails: merging 'feature' stops at conflicts in "
                              "notes.md, but the step expects no conflict");
  }

  /* Aborted, then feature made to agree with main: merged without a
   * conflict, and the checks still pass. */
  replace_in (pack, "exercises/greet/exercise.json", "{\"merge\": \"feature\"},\n",
              "{\"merge\": \"feature\", \"conflicts\": [\"notes.md\"]},\n"
              "    {\"abort-merge\": true},\n"
              "    {\"switch\": \"feature\"},\n"
              "    {\"write\": {\"path\": \"notes.md\", \"content\": \"# Notes\\nmain\\n\"}},\n"
              "    {\"commit\": \"Agree with main\"},\n"
              "    {\"switch\": \"main\"},\n"
              "    {\"merge\": \"feature\"},\n");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--strict", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_contains (run.out, "ok exercises/greet: solution passes 7/7");
  }

  /* A merge that needs no conflict, expected to have one. */
  replace_in (pack, "exercises/greet/exercise.json",
              "{\"switch\": \"main\"},\n    {\"merge\": \"feature\"},\n",
              "{\"switch\": \"main\"},\n    {\"merge\": \"feature\", \"conflicts\": [\"notes.md\"]},\n");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "merging 'feature' has no conflict, but the step expects "
                              "conflicts in notes.md");
  }

  /* Typos are errors that name them; the solutions do not run. */
  replace_in (pack, "exercises/greet/exercise.json", "{\"abort-merge\": true}",
              "{\"abort-merge\": false}");
  replace_in (pack, "exercises/greet/exercise.json",
              "{\"merge\": \"feature\", \"conflicts\": [\"notes.md\"]},\n    {\"abort",
              "{\"merge\": \"feature\", \"conflict\": [\"notes.md\"]},\n    {\"abort");
  replace_in (pack, "exercises/greet/exercise.json", "{\"commit\": \"Agree with main\"}",
              "{\"merg\": \"feature\"}");
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", "--run-solutions", pack, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_contains (run.out, "exercises/greet/exercise.json:33: 'conflict' is not part of a "
                              "merge step; did you mean 'conflicts'?");
    assert_contains (run.out, "exercises/greet/exercise.json:34: an abort-merge step is "
                              "written {\"abort-merge\": true}");
    assert_contains (run.out, "exercises/greet/exercise.json:37: solution step 'merg' is not "
                              "one of commit, branch, switch, write, merge, abort-merge; did "
                              "you mean 'merge'?");
    assert_contains (run.out, "the solutions were not run");
  }
}

static void
test_git_fields_validated (void)
{
  g_autofree char *pack = new_pack ("course");
  g_auto(Run) run = { 0 };

  replace_in (pack, "exercises/greet/exercise.json", "\"checks\": [\n",
              "\"checks\": [\n"
              "    {\"id\": \"b\", \"type\": \"git\", \"require\": \"on-branch\"},\n"
              "    {\"id\": \"k\", \"type\": \"git\", \"require\": \"pushed\"},\n"
              "    {\"id\": \"m\", \"type\": \"git\", \"require\": \"last-message\", \"pattern\": \"(\"},\n"
              "    {\"id\": \"mc\", \"type\": \"git\", \"require\": \"merge-commit\", \"branch\": \"a b\"},\n"
              "    {\"id\": \"nm\", \"type\": \"git\", \"require\": \"no-conflict-markers\", \"path\": \"../x.py\"},\n"
              "    {\"id\": \"nb\", \"type\": \"git\", \"require\": \"no-conflict-markers\", \"branch\": \"main\"},\n");
  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "exercises/greet/exercise.json:9: 'branch' is missing");
  assert_contains (run.out, "exercises/greet/exercise.json:10: git check 'require' is 'pushed'");
  assert_contains (run.out, "exercises/greet/exercise.json:11: 'pattern' is not a valid "
                            "regular expression");
  assert_contains (run.out, "exercises/greet/exercise.json:12: 'a b' is not a branch name");
  assert_contains (run.out, "exercises/greet/exercise.json:13: '../x.py' must be a file of the "
                            "project");
  assert_contains (run.out, "exercises/greet/exercise.json:14: warning: 'branch' means nothing to a "
                            "git check that requires 'no-conflict-markers'");
  assert_contains (run.out, "it must be one of commits, clean, last-message, branch-exists, "
                            "on-branch, committed, file-matches-commit, merge-commit, "
                            "no-conflict-markers");
  assert_contains (run.out, "the solutions were not run");
}

/* pytest tasks ------------------------------------------------------------ */

static void
write_in (const char *dir,
          const char *file,
          const char *text)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* A pack of one exercise with a pytest check of two tasks, and a
 * solution wrong for one of them that prints as it works. */
static char *
new_pytest_pack (void)
{
  char *pack = g_build_filename (g_get_user_cache_dir (), "pytest-pack", NULL);

  write_in (pack, "manifest.json",
            "{ \"format\": 1, \"id\": \"io.example.lasagna\", \"version\": \"1.0.0\",\n"
            "  \"title\": \"Lasagna\", \"description\": \"pytest\", \"language\": \"en\",\n"
            "  \"authors\": [\"Ada\"], \"license\": \"MIT\", \"min_app_version\": \"0.1.0\",\n"
            "  \"python\": \"3.10\", \"packages\": [\"pytest\"],\n"
            "  \"phases\": [ { \"id\": \"p\", \"title\": \"P\", \"items\": [\n"
            "    { \"id\": \"lasagna\", \"type\": \"exercise\", \"title\": \"Lasagna\",\n"
            "      \"path\": \"exercises/lasagna\" } ] } ] }\n");
  write_in (pack, "exercises/lasagna/exercise.json",
            "{\n"                                                              /* 1 */
            "  \"title\": \"Lasagna\",\n"                                      /* 2 */
            "  \"instructions\": \"instructions.md\",\n"                       /* 3 */
            "  \"entry\": \"lasagna.py\",\n"                                   /* 4 */
            "  \"starter\": { \"lasagna.py\": \"EXPECTED_BAKE_TIME = 0\\n\" },\n" /* 5 */
            "  \"solution\": \"solution/lasagna.py\",\n"                       /* 6 */
            "  \"revision\": 1,\n"                                             /* 7 */
            "  \"checks\": [\n"                                                /* 8 */
            "    { \"type\": \"pytest\", \"id\": \"tests\", \"test\": \"lasagna_test.py\",\n" /* 9 */
            "      \"tasks\": { \"1\": \"Define the expected bake time\",\n"
            "                 \"2\": \"Compute the time left\" } }\n"
            "  ]\n"
            "}\n");
  write_in (pack, "exercises/lasagna/instructions.md", "Bake a lasagna.\n");
  write_in (pack, "exercises/lasagna/lasagna_test.py",
            "import pytest\n"
            "from lasagna import EXPECTED_BAKE_TIME, bake_time_remaining\n"
            "\n"
            "\n"
            "@pytest.mark.task(taskno=1)\n"
            "def test_expected_bake_time():\n"
            "    assert EXPECTED_BAKE_TIME == 40\n"
            "\n"
            "\n"
            "@pytest.mark.task(taskno=2)\n"
            "@pytest.mark.parametrize('elapsed, expected', [(30, 10), (10, 30)])\n"
            "def test_bake(elapsed, expected):\n"
            "    assert bake_time_remaining(elapsed) == expected\n");
  write_in (pack, "exercises/lasagna/solution/lasagna.py",
            "EXPECTED_BAKE_TIME = 40\n"
            "\n"
            "\n"
            "def bake_time_remaining(elapsed):\n"
            "    print('baking', elapsed)\n"
            "    return 50 - elapsed\n");

  return pack;
}

/* Every line of @out from the one starting with @from up to the one
 * starting with @to is indented, or empty: a failure of several lines
 * stays under its check. */
static void
assert_indented_between (const char *out,
                         const char *from,
                         const char *to)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  gboolean inside = FALSE;
  guint seen = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], to) && inside)
        break;
      if (inside && lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "    "))
        g_error ("line %u is not indented: “%s” in\n%s", i + 1, lines[i], out);
      if (inside)
        seen++;
      if (g_str_has_prefix (lines[i], from))
        inside = TRUE;
    }
  g_assert_cmpuint (seen, >, 5);
}

static void
test_check_pytest_tasks (void)
{
  g_autofree char *pack = new_pytest_pack ();
  g_autofree char *project = g_build_filename (g_get_user_data_dir (), "work", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  JsonArray *results;

  g_assert_cmpint (g_mkdir_with_parents (project, 0755), ==, 0);
  copy_file (pack, "exercises/lasagna/solution/lasagna.py", project, "lasagna.py");

  run_tool (&text, "check", pack, "lasagna", project, NULL);
  g_assert_cmpint (text.status, ==, 1);
  assert_contains (text.out, "✓ Define the expected bake time (tests#task-1)\n");
  assert_contains (text.out, "✗ Compute the time left (tests#task-2)\n"
                             "    `test_bake[30-10]` failed on line 13 of `lasagna_test.py`.\n");
  assert_contains (text.out, "    Your code printed:\n\n    ```\n    baking 30\n    ```\n");
  assert_contains (text.out, "1/2 checks pass");
  assert_indented_between (text.out, "✗ Compute the time left", "/");

  run_tool (&json, "check", "--json", pack, "lasagna", project, NULL);
  g_assert_cmpint (json.status, ==, 1);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  results = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                          "results");
  g_assert_cmpuint (json_array_get_length (results), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (results, 1),
                                                  "id"), ==, "tests#task-2");
  assert_contains (json_object_get_string_member (json_array_get_object_element (results, 1),
                                                  "message"), "assert 20 == 10");
}

/* A task the solution fails is reported at its check's line, its failure
 * indented under that one `file:line:`. */
static void
test_wrong_solution_pytest_tasks (void)
{
  g_autofree char *pack = new_pytest_pack ();
  g_auto(Run) run = { 0 };

  run_tool (&run, "validate", "--run-solutions", pack, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_contains (run.out, "exercises/lasagna/exercise.json:9: the solution fails check "
                            "'tests#task-2': `test_bake[30-10]` failed on line 13");
  g_assert_null (strstr (run.out, "'tests#task-1'"));
  assert_indented_between (run.out, "exercises/lasagna/exercise.json:9:", "FAILED");
  assert_contains (run.out, "FAILED exercises/lasagna: solution passes 1/2, starter fails 2/2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dojo-pack/check", test_check);
  g_test_add_func ("/dojo-pack/run-solutions/new-pack", test_new_pack_proves);
  g_test_add_func ("/dojo-pack/run-solutions/wrong-solution", test_wrong_solution);
  g_test_add_func ("/dojo-pack/run-solutions/starter-passes", test_starter_passes);
  g_test_add_func ("/dojo-pack/run-solutions/wrong-prediction", test_wrong_prediction);
  g_test_add_func ("/dojo-pack/run-solutions/git-steps", test_git_solution_steps);
  g_test_add_func ("/dojo-pack/run-solutions/merge-steps", test_git_merge_steps);
  g_test_add_func ("/dojo-pack/run-solutions/git-fields", test_git_fields_validated);
  g_test_add_func ("/dojo-pack/check/pytest-tasks", test_check_pytest_tasks);
  g_test_add_func ("/dojo-pack/run-solutions/pytest-tasks", test_wrong_solution_pytest_tasks);

  return g_test_run ();
}
