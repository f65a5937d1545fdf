/* test-teacher-cli.c: build, hand out, install, export and grade, end to end
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <utime.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-exercise.h"
#include "dojo-export.h"
#include "dojo-grade.h"
#include "dojo-installer.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "dojo-repo.h"
#include "raw-zip.h"
#include "dojo-test-files.h"
#include "dojo-test-tool.h"

#define PACK_ID "io.example.round-trip"
#define PACK_VERSION "0.1.0"


static char *
new_pack (const char *name)
{
  g_auto(Run) run = { 0 };
  char *dir = dojo_test_cache_path (name);

  run_tool_isolated (&run, "new", dir, "--id", PACK_ID, "--title", "Round trip", NULL);
  g_assert_cmpint (run.status, ==, 0);

  return dir;
}

static JsonNode *
read_json (const char *dir,
           const char *relpath)
{
  g_autofree char *path = g_build_filename (dir, relpath, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

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
  dojo_test_write_file (dir, relpath, text);
}

static void
add_check (JsonObject *exercise,
           const char *json)
{
  g_autoptr(JsonNode) check = json_from_string (json, NULL);

  g_assert_nonnull (check);
  json_array_add_element (json_object_get_array_member (exercise, "checks"),
                          g_steal_pointer (&check));
}

/* The example exercise's own checks come first (io, unittest, type-check),
 * then those teacher_pack() adds. */
#define FIRST_HIDDEN 3

/* The example pack, plus two hidden checks on greet (one with a test file
 * of its own) and two more items that use the greet exercise. */
static char *
teacher_pack (const char *name)
{
  char *dir = new_pack (name);
  g_autoptr(JsonNode) manifest = read_json (dir, "manifest.json");
  g_autoptr(JsonNode) exercise = read_json (dir, "exercises/greet/exercise.json");
  JsonArray *phases = json_object_get_array_member (json_node_get_object (manifest), "phases");
  JsonArray *items = json_object_get_array_member (json_array_get_object_element (phases, 0),
                                                   "items");

  json_array_add_element (items, json_from_string ("{\"id\": \"greet-again\", \"type\": "
                                                   "\"exercise\", \"title\": \"Greet again\", "
                                                   "\"path\": \"exercises/greet\"}", NULL));
  json_array_add_element (items, json_from_string ("{\"id\": \"greet-later\", \"type\": "
                                                   "\"exercise\", \"title\": \"Greet later\", "
                                                   "\"path\": \"exercises/greet\"}", NULL));
  write_json (dir, "manifest.json", manifest);

  add_check (json_node_get_object (exercise),
             "{\"id\": \"greets-grace\", \"type\": \"io\", \"stdin\": \"Grace\\n\", "
             "\"expect\": \"Hello, Grace!\\n\", \"hidden\": true}");
  add_check (json_node_get_object (exercise),
             "{\"id\": \"hidden-tests\", \"type\": \"unittest\", "
             "\"test\": \"tests/test_hidden.py\", \"hidden\": true}");
  write_json (dir, "exercises/greet/exercise.json", exercise);
  dojo_test_write_file (dir, "exercises/greet/tests/test_hidden.py",
                        "import unittest\n\nfrom main import greeting\n\n\n"
                        "class TestHidden(unittest.TestCase):\n"
                        "    def test_grace(self):\n"
                        "        self.assertEqual(greeting(\"Grace\"), \"Hello, Grace!\")\n");

  return dir;
}

static GBytes *
read_bytes (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&data), length);
}

static char *
extract (const char *archive,
         const char *name)
{
  g_autoptr(GFile) file = g_file_new_for_path (archive);
  char *dest = dojo_test_cache_path (name);
  g_autoptr(GFile) dest_file = g_file_new_for_path (dest);
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_archive_extract (file, dest_file, NULL, &error));
  g_assert_no_error (error);

  return dest;
}

static void
touch_tree (const char *dir,
            time_t      when)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  struct utimbuf times = { when, when };

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        touch_tree (path, when);
      g_assert_cmpint (g_utime (path, &times), ==, 0);
    }
}

static void
test_build_reproducible (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autofree char *a = dojo_test_cache_path ("a.dojopack");
  g_autofree char *b = dojo_test_cache_path ("b.dojopack");
  g_autofree char *c = dojo_test_cache_path ("c.dojopack");
  g_autofree char *d = dojo_test_cache_path ("d.dojopack");
  g_autofree char *s1 = dojo_test_cache_path ("s1.dojopack");
  g_autofree char *s2 = dojo_test_cache_path ("s2.dojopack");
  g_autofree char *unpacked = NULL;
  g_autoptr(GBytes) bytes_a = NULL;
  g_autoptr(GBytes) bytes_b = NULL;
  g_autoptr(GBytes) bytes_c = NULL;
  g_autoptr(GBytes) bytes_d = NULL;
  g_autoptr(GBytes) bytes_s1 = NULL;
  g_autoptr(GBytes) bytes_s2 = NULL;
  g_auto(Run) run = { 0 };

  run_tool_isolated (&run, "build", dir, "-o", a, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "build", dir, "-o", b, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "build", "--student", dir, "-o", s1, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Other times on every file, and the teacher's own leftovers. */
  touch_tree (dir, 1000000000);
  dojo_test_write_file (dir, ".git/config", "[core]\n");
  dojo_test_write_file (dir, "exercises/greet/__pycache__/main.cpython-311.pyc", "junk");
  dojo_test_write_file (dir, "lessons/hello-python.md~", "backup");
  run_tool_isolated (&run, "build", dir, "-o", c, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "build", "--student", dir, "-o", s2, NULL);
  g_assert_cmpint (run.status, ==, 0);

  bytes_a = read_bytes (a);
  bytes_b = read_bytes (b);
  bytes_c = read_bytes (c);
  bytes_s1 = read_bytes (s1);
  bytes_s2 = read_bytes (s2);
  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
  g_assert_true (g_bytes_equal (bytes_a, bytes_c));
  g_assert_true (g_bytes_equal (bytes_s1, bytes_s2));
  g_assert_false (g_bytes_equal (bytes_a, bytes_s1));

  unpacked = extract (c, "unpacked");
  g_assert_true (g_file_test (unpacked, G_FILE_TEST_IS_DIR));
  g_assert_false (raw_zip_tree_has (unpacked, ".git"));
  g_assert_false (raw_zip_tree_has (unpacked, "__pycache__"));
  g_assert_false (raw_zip_tree_has (unpacked, "hello-python.md~"));

  /* A real change is a different archive. */
  dojo_test_write_file (dir, "lessons/hello-python.md", "# Hello\n\nChanged.\n");
  run_tool_isolated (&run, "build", dir, "-o", d, NULL);
  g_assert_cmpint (run.status, ==, 0);
  bytes_d = read_bytes (d);
  g_assert_false (g_bytes_equal (bytes_a, bytes_d));
}

static void
test_build_refuses_invalid (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autofree char *out = dojo_test_cache_path ("bad.dojopack");
  g_autoptr(JsonNode) exercise = read_json (dir, "exercises/greet/exercise.json");
  g_auto(Run) run = { 0 };

  json_object_set_string_member (json_node_get_object (exercise), "revision", "one");
  write_json (dir, "exercises/greet/exercise.json", exercise);

  run_tool_isolated (&run, "build", dir, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "exercises/greet/exercise.json"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_hidden_validated (void)
{
  g_autofree char *dir = teacher_pack ("course");
  g_autofree char *out = dojo_test_cache_path ("s.dojopack");
  g_autoptr(JsonNode) exercise = NULL;
  JsonArray *checks;
  g_auto(Run) run = { 0 };

  run_tool_isolated (&run, "validate", "--strict", dir, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  exercise = read_json (dir, "exercises/greet/exercise.json");
  checks = json_object_get_array_member (json_node_get_object (exercise), "checks");
  json_object_set_string_member (json_array_get_object_element (checks, FIRST_HIDDEN), "hidden",
                                 "yes");
  write_json (dir, "exercises/greet/exercise.json", exercise);
  run_tool_isolated (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "'hidden' must be true or false"));

  /* Every check hidden: the learner would have nothing to check against. */
  for (guint i = 0; i < json_array_get_length (checks); i++)
    json_object_set_boolean_member (json_array_get_object_element (checks, i), "hidden", TRUE);
  write_json (dir, "exercises/greet/exercise.json", exercise);
  run_tool_isolated (&run, "build", "--student", dir, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "every check is hidden"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* A typo in a field is a warning with the name meant (an error under
 * --strict); a misspelt "hidden" is an error, and build refuses the pack
 * rather than hand the check to students. */
static void
test_typos (void)
{
  g_autofree char *dir = teacher_pack ("course");
  g_autofree char *out = dojo_test_cache_path ("s.dojopack");
  g_autoptr(JsonNode) exercise = read_json (dir, "exercises/greet/exercise.json");
  JsonObject *object = json_node_get_object (exercise);
  JsonArray *checks = json_object_get_array_member (object, "checks");
  JsonObject *hidden = json_array_get_object_element (checks, FIRST_HIDDEN);
  g_auto(Run) run = { 0 };

  g_assert_true (json_object_get_boolean_member (hidden, "hidden"));
  json_object_set_string_member (object, "titel", "Greet");
  write_json (dir, "exercises/greet/exercise.json", exercise);
  run_tool_isolated (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "warning: 'titel' is not a field Dojo knows here; did you "
                                     "mean 'title'? It is ignored."));
  run_tool_isolated (&run, "validate", "--strict", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);

  json_object_remove_member (hidden, "hidden");
  json_object_set_boolean_member (hidden, "hiden", TRUE);
  write_json (dir, "exercises/greet/exercise.json", exercise);
  run_tool_isolated (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "'hiden' is not a field Dojo knows here; did you mean "
                                     "'hidden'?"));

  run_tool_isolated (&run, "build", "--student", dir, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "did you mean 'hidden'?"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* A test file Python cannot read is refused by validate and by build, at
 * its line; with a hidden test, grading would otherwise fail everyone. */
static void
test_syntax_error (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autofree char *out = dojo_test_cache_path ("full.dojopack");
  g_auto(Run) run = { 0 };
  const char *where = "exercises/greet/tests/test_greeting.py:4: Python cannot read this file";

  dojo_test_write_file (dir, "exercises/greet/tests/test_greeting.py",
                        "import unittest\n\nclass TestGreeting(unittest.TestCase):\n"
                        "    def test_ada(self) -> None\n        self.assertTrue(True)\n");

  run_tool_isolated (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, where));

  run_tool_isolated (&run, "build", dir, "-o", out, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, where));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

/* A package the app does not provide is refused, naming those it does. */
static void
test_packages_refused (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autoptr(JsonNode) manifest = read_json (dir, "manifest.json");
  g_autoptr(JsonArray) packages = json_array_new ();
  g_auto(Run) run = { 0 };

  json_array_add_string_element (packages, "pytest");
  json_array_add_string_element (packages, "numpy");
  json_object_set_array_member (json_node_get_object (manifest), "packages",
                                g_steal_pointer (&packages));
  write_json (dir, "manifest.json", manifest);

  run_tool_isolated (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.out, "this Dojo does not provide the Python package 'numpy'; "
                                     "it provides flask, jwt, pytest, sqlalchemy"));
  g_assert_null (strstr (run.out, "package 'pytest'"));
}

static JsonObject *
parse_object (const char *text,
              JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

/* validate --run-solutions --json: one document, the problems and each
 * exercise's and quiz's proof, for CI. */
static void
test_run_solutions_json (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) run = { 0 };
  JsonObject *root, *proof, *problem;
  JsonArray *proofs, *problems;

  run_tool_isolated (&run, "validate", "--run-solutions", "--json", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (run.out, parser);
  g_assert_true (json_object_get_boolean_member (root, "valid"));
  g_assert_true (json_object_get_boolean_member (root, "solutions_run"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "problems")), ==, 0);
  proofs = json_object_get_array_member (root, "proofs");
  g_assert_cmpuint (json_array_get_length (proofs), ==, 2);
  proof = json_array_get_object_element (proofs, 0);
  g_assert_cmpstr (json_object_get_string_member (proof, "item"), ==, "greet");
  g_assert_cmpstr (json_object_get_string_member (proof, "type"), ==, "exercise");
  g_assert_true (json_object_get_boolean_member (proof, "ok"));
  g_assert_cmpint (json_object_get_int_member (proof, "checks"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (proof, "solution_passes"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (proof, "starter_fails"), ==, 3);
  proof = json_array_get_object_element (proofs, 1);
  g_assert_cmpstr (json_object_get_string_member (proof, "type"), ==, "quiz");
  g_assert_cmpint (json_object_get_int_member (proof, "predicted"), ==, 1);

  /* A solution that prints the wrong thing: its failing check at its line. */
  dojo_test_write_file (dir, "exercises/greet/solution/main.py",
                        "def greeting(name: str) -> str:\n    return f'Hello, {name}!'\n\n\n"
                        "print('Hello, who?')\n");
  run_tool_isolated (&run, "validate", "--run-solutions", "--json", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  root = parse_object (run.out, parser);
  g_assert_false (json_object_get_boolean_member (root, "valid"));
  proof = json_array_get_object_element (json_object_get_array_member (root, "proofs"), 0);
  g_assert_false (json_object_get_boolean_member (proof, "ok"));
  g_assert_cmpint (json_object_get_int_member (proof, "solution_passes"), ==, 2);
  problems = json_object_get_array_member (proof, "problems");
  g_assert_cmpuint (json_array_get_length (problems), ==, 1);
  problem = json_array_get_object_element (problems, 0);
  g_assert_cmpstr (json_object_get_string_member (problem, "file"), ==,
                   "exercises/greet/exercise.json");
  g_assert_cmpint (json_object_get_int_member (problem, "line"), ==, 9);
  g_assert_nonnull (strstr (json_object_get_string_member (problem, "message"),
                            "the solution fails check 'greets-ada'"));

  /* With an error, nothing runs; still one document. */
  dojo_test_write_file (dir, "exercises/greet/solution/main.py", "print(\n");
  run_tool_isolated (&run, "validate", "--run-solutions", "--json", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  root = parse_object (run.out, parser);
  g_assert_false (json_object_get_boolean_member (root, "solutions_run"));
  problem = json_array_get_object_element (json_object_get_array_member (root, "problems"), 0);
  g_assert_cmpstr (json_object_get_string_member (problem, "file"), ==,
                   "exercises/greet/solution/main.py");
}

static void
test_student_edition (void)
{
  g_autofree char *dir = teacher_pack ("course");
  g_autofree char *full = dojo_test_cache_path ("full.dojopack");
  g_autofree char *student = dojo_test_cache_path ("student.dojopack");
  g_autofree char *full_dir = NULL;
  g_autofree char *student_dir = NULL;
  g_autofree char *solution = NULL;
  g_autoptr(JsonNode) exercise = NULL;
  JsonObject *object;
  JsonArray *checks;
  JsonArray *open;
  g_auto(Run) run = { 0 };

  /* Tabs the learner starts with: the student edition opens the same. */
  exercise = read_json (dir, "exercises/greet/exercise.json");
  object = json_node_get_object (exercise);
  json_object_set_string_member (json_object_get_object_member (object, "starter"),
                                 "notes.txt", "Ideas:\n");
  json_object_set_member (object, "open", json_from_string ("[\"notes.txt\", \"main.py\"]",
                                                            NULL));
  write_json (dir, "exercises/greet/exercise.json", exercise);
  g_clear_pointer (&exercise, json_node_unref);

  run_tool_isolated (&run, "build", dir, "-o", full, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "build", "--student", dir, "-o", student, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "2 hidden checks"));

  /* The teacher's edition has everything. */
  full_dir = extract (full, "full");
  solution = g_build_filename (full_dir, "exercises/greet/solution/main.py", NULL);
  g_assert_true (g_file_test (solution, G_FILE_TEST_IS_REGULAR));
  g_assert_true (raw_zip_tree_has (full_dir, "test_hidden.py"));
  exercise = read_json (full_dir, "exercises/greet/exercise.json");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_node_get_object (exercise), "checks")), ==, 5);
  g_clear_pointer (&exercise, json_node_unref);

  /* The learner's has no solution, no hidden check and no hidden test. */
  student_dir = extract (student, "student");
  g_assert_false (raw_zip_tree_has (student_dir, "solution"));
  g_assert_false (raw_zip_tree_has (student_dir, "test_hidden.py"));
  g_assert_true (raw_zip_tree_has (student_dir, "test_greeting.py"));
  exercise = read_json (student_dir, "exercises/greet/exercise.json");
  object = json_node_get_object (exercise);
  g_assert_false (json_object_has_member (object, "solution"));
  g_assert_false (json_object_has_member (object, "solution_steps"));
  g_assert_cmpstr (json_object_get_string_member (object, "solution_policy"), ==, "never");
  checks = json_object_get_array_member (object, "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 0),
                                                  "id"), ==, "greets-ada");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 1),
                                                  "id"), ==, "greeting-function");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 2),
                                                  "id"), ==, "type-hints");
  open = json_object_get_array_member (object, "open");
  g_assert_nonnull (open);
  g_assert_cmpuint (json_array_get_length (open), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (open, 0), ==, "notes.txt");
  g_assert_cmpstr (json_array_get_string_element (open, 1), ==, "main.py");

  /* And it is a valid pack, warnings included. */
  run_tool_isolated (&run, "validate", "--strict", student_dir, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "validate", student, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_install_cli (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autofree char *v1 = dojo_test_cache_path ("v1.dojopack");
  g_autofree char *v2 = dojo_test_cache_path ("v2.dojopack");
  g_autoptr(JsonNode) manifest = read_json (dir, "manifest.json");
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *work = g_build_filename (projects, PACK_ID, "greet", "main.py", NULL);
  g_auto(Run) run = { 0 };

  run_tool_isolated (&run, "build", "--student", dir, "-o", v1, NULL);
  g_assert_cmpint (run.status, ==, 0);
  json_object_set_string_member (json_node_get_object (manifest), "version", "0.2.0");
  write_json (dir, "manifest.json", manifest);
  run_tool_isolated (&run, "build", "--student", dir, "-o", v2, NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_tool_isolated (&run, "install", v1, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Installed"));
  run_tool_isolated (&run, "list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, PACK_ID "\t0.1.0\tRound trip"));
  g_assert_nonnull (strstr (run.out, DOJO_BUILTIN_PACK_ID));

  run_tool_isolated (&run, "install", v2, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "0.1.0 with 0.2.0"));

  run_tool_isolated (&run, "install", v1, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "--force"));
  run_tool_isolated (&run, "list", NULL);
  g_assert_nonnull (strstr (run.out, PACK_ID "\t0.2.0"));
  run_tool_isolated (&run, "install", "--force", v1, NULL);
  g_assert_cmpint (run.status, ==, 0);

  dojo_test_write_file (projects, PACK_ID "/greet/main.py", "print('mine')\n");
  run_tool_isolated (&run, "remove", PACK_ID, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (work, G_FILE_TEST_IS_REGULAR));
  run_tool_isolated (&run, "list", NULL);
  g_assert_null (strstr (run.out, PACK_ID));
  run_tool_isolated (&run, "remove", PACK_ID, NULL);
  g_assert_cmpint (run.status, ==, 1);

  run_tool_isolated (&run, "install", v2, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "remove", "--projects", PACK_ID, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_false (g_file_test (work, G_FILE_TEST_EXISTS));
}

static void
test_csv_quoting (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);

  dojo_grade_csv_field (csv, "plain");
  g_string_append_c (csv, ',');
  dojo_grade_csv_field (csv, "Lovelace, Ada");
  g_string_append_c (csv, ',');
  dojo_grade_csv_field (csv, "say \"hi\"\nthere");
  g_string_append_c (csv, ',');
  dojo_grade_csv_field (csv, "=HYPERLINK(\"x\")");
  g_string_append_c (csv, ',');
  dojo_grade_csv_field (csv, NULL);
  g_assert_cmpstr (csv->str, ==,
                   "plain,\"Lovelace, Ada\",\"say \"\"hi\"\"\nthere\",\"'=HYPERLINK(\"\"x\"\")\",");
}

/* The round trip --------------------------------------------------------- */

/* As the app does it: the starter in the project folder, a git repository,
 * then the learner's own version of main.py, committed if @message. */
static void
learner_works (DojoPack   *pack,
               const char *item_id,
               const char *code,
               const char *message)
{
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *path = g_build_filename (projects, PACK_ID, item_id, NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;

  exercise = dojo_exercise_new (pack, item_id, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_exercise_write_starter (exercise, dir, &error));
  g_assert_no_error (error);
  repo = dojo_repo_init (dir, &error);
  g_assert_no_error (error);

  if (code != NULL)
    dojo_test_write_file (path, "main.py", code);
  if (message != NULL)
    {
      g_autofree char *id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (id);
    }
}

static char **
csv_lines (const char *path)
{
  g_autofree char *text = NULL;
  char **lines;
  guint n;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  n = g_strv_length (lines);
  g_assert_cmpstr (lines[n - 1], ==, "");
  g_free (lines[n - 1]);
  lines[n - 1] = NULL;

  return lines;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = teacher_pack ("course");
  g_autofree char *student = dojo_test_cache_path ("student.dojopack");
  g_autofree char *submission = dojo_test_cache_path ("ada.dojowork");
  g_autofree char *hostile = dojo_test_cache_path ("hostile.dojowork");
  g_autofree char *other = dojo_test_cache_path ("other.dojowork");
  g_autofree char *other_dir = dojo_test_cache_path ("other");
  g_autofree char *grades = dojo_test_cache_path ("grades.csv");
  g_autofree char *student_grades = dojo_test_cache_path ("student-grades.csv");
  g_autofree char *unpacked = NULL;
  g_autofree char *head = NULL;
  g_autofree char *suggested = NULL;
  g_autofree char *installed_path = NULL;
  g_autoptr(GFile) student_file = g_file_new_for_path (student);
  g_autoptr(GFile) submission_file = g_file_new_for_path (submission);
  g_autoptr(GFile) other_file = NULL;
  g_autoptr(GFile) other_dir_file = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) student_lines = NULL;
  g_auto(GStrv) greet = NULL;
  g_auto(GStrv) later = NULL;
  g_auto(Run) run = { 0 };
  const RawZipEntry evil[] = {
    { "dojowork.json", "{}", 0 },
    { "../../evil", "gotcha", 0 },
  };
  static const char solution[] =
    "def greeting(name: str) -> str:\n    return f\"Hello, {name}!\"\n\n\n"
    "if __name__ == \"__main__\":\n    print(greeting(input()))\n";
  /* Passes what the learner sees, not the hidden checks. */
  static const char hard_coded[] =
    "def greeting(name: str) -> str:\n    return \"Hello, Ada!\"\n\n\n"
    "if __name__ == \"__main__\":\n    input()\n    print(\"Hello, Ada!\")\n";

  /* The teacher builds the student edition; the learner installs it. */
  run_tool_isolated (&run, "build", "--student", dir, "-o", student, NULL);
  g_assert_cmpint (run.status, ==, 0);
  pack = dojo_installer_install (student_file, DOJO_INSTALL_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_get_id (pack), ==, PACK_ID);

  /* The learner works: solves greet, fools the visible checks of
   * greet-again, only starts greet-later. */
  g_assert_true (dojo_repo_set_global_identity ("Ada Lövelace, Jr.", "ada@example.org",
                                                &error));
  g_assert_no_error (error);
  learner_works (pack, "greet", solution, "Greet by name");
  learner_works (pack, "greet-again", hard_coded, "Greet Ada");
  learner_works (pack, "greet-later", NULL, NULL);
  dojo_progress_record_attempt (progress, PACK_ID, "greet");
  dojo_progress_record_attempt (progress, PACK_ID, "greet");
  dojo_progress_record_hint (progress, PACK_ID, "greet");
  dojo_progress_mark_passed (progress, PACK_ID, "greet", 1);
  dojo_progress_record_attempt (progress, PACK_ID, "greet-again");
  dojo_progress_mark_passed (progress, PACK_ID, "greet-again", 1);
  dojo_progress_record_attempt (progress, PACK_ID, "greet-later");

  /* … and exports it. */
  suggested = dojo_export_suggest_name (pack);
  g_assert_true (g_str_has_prefix (suggested, PACK_ID "-ada-lovelace-jr-"));
  g_assert_true (g_str_has_suffix (suggested, ".dojowork"));
  g_assert_true (dojo_export_course (pack, progress, submission_file, &error));
  g_assert_no_error (error);

  unpacked = extract (submission, "unpacked");
  head = g_build_filename (unpacked, "projects", "greet", ".git", "HEAD", NULL);
  g_assert_true (g_file_test (head, G_FILE_TEST_IS_REGULAR));
  report = read_json (unpacked, DOJO_WORK_REPORT);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_node_get_object (report), "learner"), "name"), ==, "Ada Lövelace, Jr.");

  /* Two bad submissions: hostile, and work on another course. */
  raw_zip_write (hostile, evil, G_N_ELEMENTS (evil));
  dojo_test_write_file (other_dir, DOJO_WORK_REPORT,
                        "{\"format\": 1, \"pack\": {\"id\": \"io.example.other\"}, "
                        "\"learner\": {\"name\": \"Eve\"}, \"items\": []}");
  other_file = g_file_new_for_path (other);
  other_dir_file = g_file_new_for_path (other_dir);
  g_assert_true (dojo_archive_write (other_dir_file, other_file, NULL, NULL, &error));

  /* The teacher grades with the full edition. */
  run_tool_isolated (&run, "grade", dir, hostile, submission, other, "-o", grades, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "skipped"));
  g_assert_nonnull (strstr (run.err, "hostile.dojowork"));
  g_assert_nonnull (strstr (run.err, "io.example.other"));
  g_assert_false (raw_zip_tree_has (g_get_user_cache_dir (), "evil"));

  lines = csv_lines (grades);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "learner,email,item,passed,attempts,hints_used,last_commit,"
                                "score,max,reason,commit,exported_at,pack_version");
  g_assert_true (g_str_has_prefix (lines[1],
                                   "\"Ada Lövelace, Jr.\",ada@example.org,greet,yes,2,1,"));
  g_assert_true (g_str_has_prefix (lines[2],
                                   "\"Ada Lövelace, Jr.\",ada@example.org,greet-again,no,1,0,"));
  /* Started, never committed: graded all the same, out of every point. */
  g_assert_true (g_str_has_prefix (lines[3], "\"Ada Lövelace, Jr.\",ada@example.org,"
                                             "greet-later,no,1,0,,0,5,"));
  greet = g_strsplit (lines[1], ",", -1);
  /* The name holds a comma: 13 columns, 14 pieces. */
  g_assert_cmpuint (g_strv_length (greet), ==, 14);
  g_assert_true (g_str_has_suffix (greet[7], "Z"));
  {
    g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (greet[7], NULL);
    g_autoptr(GDateTime) exported = g_date_time_new_from_iso8601 (greet[12], NULL);

    g_assert_nonnull (when);
    g_assert_nonnull (exported);
  }
  /* Every check passed: 5 points of 5, no reason; the commit graded, the
   * time of the export, the version of the pack. */
  g_assert_cmpstr (greet[8], ==, "5");
  g_assert_cmpstr (greet[9], ==, "5");
  g_assert_cmpstr (greet[10], ==, "");
  g_assert_cmpuint (strlen (greet[11]), ==, 40);
  g_assert_cmpstr (greet[13], ==, PACK_VERSION);

  /* Graded against the student edition, the hidden checks are not there
   * and greet-again passes: they decide. */
  g_clear_object (&pack);
  installed_path = g_build_filename (g_get_user_data_dir (), "dojo", "packs", PACK_ID, NULL);
  run_tool_isolated (&run, "grade", installed_path, submission, "-o", student_grades, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "student edition"));
  g_assert_nonnull (strstr (run.err, "--allow-student"));
  run_tool_isolated (&run, "grade", "--allow-student", installed_path, submission,
                     "-o", student_grades, NULL);
  g_assert_cmpint (run.status, ==, 0);
  student_lines = csv_lines (student_grades);
  g_assert_true (g_str_has_prefix (student_lines[2],
                                   "\"Ada Lövelace, Jr.\",ada@example.org,greet-again,yes,1,0,"));

  /* To the standard output without -o. */
  run_tool_isolated (&run, "grade", dir, submission, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "learner,email,item,"));
  later = g_strsplit (run.out, "\r\n", -1);
  g_assert_true (g_str_has_prefix (later[3], "\"Ada Lövelace, Jr.\",ada@example.org,"
                                             "greet-later,no,1,0,,0,5,"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/teacher/build/reproducible", test_build_reproducible);
  g_test_add_func ("/teacher/build/refuses-invalid", test_build_refuses_invalid);
  g_test_add_func ("/teacher/build/hidden-validated", test_hidden_validated);
  g_test_add_func ("/teacher/build/student-edition", test_student_edition);
  g_test_add_func ("/teacher/validate/typos", test_typos);
  g_test_add_func ("/teacher/validate/syntax-error", test_syntax_error);
  g_test_add_func ("/teacher/validate/packages", test_packages_refused);
  g_test_add_func ("/teacher/validate/run-solutions-json", test_run_solutions_json);
  g_test_add_func ("/teacher/install-list-remove", test_install_cli);
  g_test_add_func ("/teacher/grade/csv-quoting", test_csv_quoting);
  g_test_add_func ("/teacher/round-trip", test_round_trip);

  return g_test_run ();
}
