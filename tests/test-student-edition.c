/* test-student-edition.c: what the student edition of a pack leaves out
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-pack.h"
#include "dojo-student-edition.h"
#include "pack-fixture.h"

/* Checks of every kind that names a test file, hidden and not; a test file
 * shared by a hidden and a visible check; a solution folder and steps. */
static const char exercise_json[] =
  "{\n"
  "  \"title\": \"Greet\",\n"
  "  \"instructions\": \"instructions.md\",\n"
  "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"
  "  \"entry\": \"main.py\",\n"
  "  \"checks\": [\n"
  "    {\"id\": \"says-hello\", \"type\": \"io\", \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"},\n"
  "    {\"id\": \"secret-io\", \"type\": \"io\", \"hidden\": true, \"stdin\": \"Bo\\n\", \"expect\": \"Hello, Bo!\\n\"},\n"
  "    {\"id\": \"unit\", \"type\": \"unittest\", \"test\": \"tests/test_greet.py\"},\n"
  "    {\"id\": \"unit-again\", \"type\": \"unittest\", \"hidden\": true, \"test\": \"tests/test_greet.py\"},\n"
  "    {\"id\": \"secret-unit\", \"type\": \"unittest\", \"hidden\": true, \"test\": \"tests/test_secret.py\"},\n"
  "    {\"id\": \"secret-pytest\", \"type\": \"pytest\", \"hidden\": true, \"points\": 3, \"test\": \"hidden/test_more.py\"},\n"
  "    {\"id\": \"shown\", \"type\": \"type-hints\", \"hidden\": false}\n"
  "  ],\n"
  "  \"solution\": \"solution\",\n"
  "  \"solution_steps\": [{\"commit\": \"Greet\"}],\n"
  "  \"revision\": 1\n"
  "}\n";

static char *
make_pack (void)
{
  char *root = fixture_make_pack (NULL);
  g_autofree char *solution = g_build_filename (root, "exercises/greet/solution/main.py", NULL);

  fixture_write (root, "exercises/greet/exercise.json", exercise_json);
  g_assert_cmpint (g_unlink (solution), ==, 0);
  fixture_write (root, "exercises/greet/solution/main.py",
                 "name = input()\nprint(f'Hello, {name}!')\n");
  fixture_write (root, "exercises/greet/solution/helper.py", "X = 1\n");
  fixture_write (root, "exercises/greet/tests/test_secret.py", "import unittest\n");
  fixture_write (root, "exercises/greet/hidden/test_more.py", "def test_x() -> None:\n    pass\n");

  return root;
}

static gboolean
exists (const char *root,
        const char *relpath)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_leaves_out (void)
{
  g_autofree char *root = make_pack ();
  g_autofree char *json = g_build_filename (root, "exercises/greet/exercise.json", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *exercise;
  JsonArray *checks;
  guint n_hidden = 0;

  /* The full edition is valid, so the builder may run on it. */
  g_assert_true (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems));
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_assert_true (dojo_student_edition_apply (dir, &n_hidden, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_hidden, ==, 4);

  json_parser_load_from_file (parser, json, &error);
  g_assert_no_error (error);
  exercise = json_node_get_object (json_parser_get_root (parser));
  checks = json_object_get_array_member (exercise, "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 0), "id"),
                   ==, "says-hello");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 1), "id"),
                   ==, "unit");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 2), "id"),
                   ==, "shown");
  g_assert_false (json_object_has_member (exercise, "solution"));
  g_assert_false (json_object_has_member (exercise, "solution_steps"));
  g_assert_cmpstr (json_object_get_string_member (exercise, "solution_policy"), ==, "never");

  /* Test files only hidden checks use are gone (their folder with them);
   * one a visible check uses stays; so do the starter and instructions. */
  g_assert_false (exists (root, "exercises/greet/tests/test_secret.py"));
  g_assert_false (exists (root, "exercises/greet/hidden"));
  g_assert_true (exists (root, "exercises/greet/tests/test_greet.py"));
  g_assert_false (exists (root, "exercises/greet/solution"));
  g_assert_true (exists (root, "exercises/greet/starter/main.py"));
  g_assert_true (exists (root, "exercises/greet/instructions.md"));

  /* What is left is a pack the app accepts. */
  g_assert_true (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems));
}

/* A misspelt "hidden" would ship the check: validation refuses the pack,
 * so nothing is built from it. */
static void
test_misspelt_hidden (void)
{
  g_autofree char *root = make_pack ();
  g_autofree char *typo = fixture_replace (exercise_json, "\"type\": \"unittest\", \"hidden\": true, "
                                           "\"test\": \"tests/test_secret.py\"",
                                           "\"type\": \"unittest\", \"hiden\": true, "
                                           "\"test\": \"tests/test_secret.py\"");
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) problems = NULL;
  gboolean found = FALSE;

  fixture_write (root, "exercises/greet/exercise.json", typo);
  g_assert_false (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems));
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      found |= problem->severity == DOJO_PACK_SEVERITY_ERROR && problem->line == 11 &&
               strstr (problem->message, "did you mean 'hidden'?") != NULL;
    }
  g_assert_true (found);
}

/* Every check hidden: learners would have nothing to check with. */
static void
test_all_hidden (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *e1 = fixture_replace (fixture_exercise, "\"type\": \"io\",",
                                         "\"type\": \"io\", \"hidden\": true,");
  g_autofree char *e2 = fixture_replace (e1, "\"type\": \"unittest\",",
                                         "\"type\": \"unittest\", \"hidden\": true,");
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GError) error = NULL;
  guint n_hidden = 0;

  fixture_write (root, "exercises/greet/exercise.json", e2);
  g_assert_false (dojo_student_edition_apply (dir, &n_hidden, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "exercises/greet/exercise.json: every check is hidden"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/student-edition/leaves-out", test_leaves_out);
  g_test_add_func ("/student-edition/misspelt-hidden", test_misspelt_hidden);
  g_test_add_func ("/student-edition/all-hidden", test_all_hidden);

  return g_test_run ();
}
