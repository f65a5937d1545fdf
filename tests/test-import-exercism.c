/* test-import-exercism.c: exercises in Exercism's layout, imported as a pack
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-exercism-private.h"
#include "dojo-export.h"
#include "dojo-installer-private.h"
#include "dojo-repo.h"
#include "dojo-test-files.h"
#include "dojo-test-tool.h"

/* The fixture track: exercises written for these tests in the layout of
 * Exercism's Python track (tests/data/exercism-track). */
static char *
track_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exercism-track", NULL);
}

static void
run_tool (Run *run,
          ...)
{
  va_list ap;

  va_start (ap, run);
  run_tool_va (run, NULL, NULL, ap);
  va_end (ap);
}

static void
copy_tree (const char *from,
           const char *to)
{
  g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  g_assert_cmpint (g_mkdir_with_parents (to, 0755), ==, 0);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *dest = g_build_filename (to, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (source, G_FILE_TEST_IS_DIR))
        {
          copy_tree (source, dest);
          continue;
        }
      g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (dest, contents, length, NULL));
    }
}

/* A copy of the fixture track that a test may break. */
static char *
copy_track (void)
{
  g_autofree char *track = track_path ();
  char *copy = g_build_filename (g_get_user_cache_dir (), "track", NULL);

  copy_tree (track, copy);
  return copy;
}

static JsonObject *
read_object (const char *dir,
             const char *relpath)
{
  g_autofree char *path = g_build_filename (dir, relpath, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/* Markdown ---------------------------------------------------------------- */

static void
test_admonitions (void)
{
  static const char text[] =
    "Before.\n"
    "\n"
    "~~~~exercism/note\n"
    "A name in `UPPER_CASE` is a constant.\n"
    "\n"
    "```python\n"
    "LIMIT = 3\n"
    "```\n"
    "~~~~\n"
    "\n"
    "~~~~exercism/caution\n"
    "Careful.\n"
    "~~~~\n"
    "~~~~exercism/warning\n"
    "Danger.\n"
    "~~~~\n"
    "~~~~exercism/tip\n"
    "Tip.\n"
    "~~~~\n"
    "~~~~exercism/advanced\n"
    "Deeper.\n"
    "~~~~\n"
    "After.\n";
  g_autofree char *converted = _dojo_exercism_markdown (text);

  g_assert_cmpstr (converted, ==,
                   "Before.\n"
                   "\n"
                   "> [!NOTE]\n"
                   "> A name in `UPPER_CASE` is a constant.\n"
                   ">\n"
                   "> ```python\n"
                   "> LIMIT = 3\n"
                   "> ```\n"
                   "\n"
                   "> [!CAUTION]\n"
                   "> Careful.\n"
                   "\n"
                   "> [!WARNING]\n"
                   "> Danger.\n"
                   "\n"
                   "> [!TIP]\n"
                   "> Tip.\n"
                   "\n"
                   "> [!TIP]\n"
                   "> Deeper.\n"
                   "\n"
                   "After.\n");
}

static void
test_reference_links (void)
{
  static const char text[] =
    "Read [PEP 8][pep8], the [tutorial][] and [Numbers], a [link\n"
    "over two lines][Two  Lines], an [inline one](https://example.org/) and\n"
    "![a picture][pic].\n"
    "Not links: `[PEP 8][pep8]`, \\[pep8\\], [undefined][nowhere], [x].\n"
    "\n"
    "```python\n"
    "values[pep8]\n"
    "```\n"
    "\n"
    "[pep8]: https://peps.python.org/pep-0008/\n"
    "[tutorial]: https://docs.python.org/3/tutorial/ \"The tutorial\"\n"
    "[numbers]: https://docs.python.org/3/tutorial/introduction.html#numbers\n"
    "[two lines]: https://example.org/two\n"
    "[pic]: ../images/pic.png\n"
    "[pep8]: https://example.org/second-definition-loses\n";
  g_autofree char *converted = _dojo_exercism_markdown (text);

  g_assert_cmpstr (converted, ==,
                   "Read [PEP 8](https://peps.python.org/pep-0008/), the "
                   "[tutorial](https://docs.python.org/3/tutorial/ \"The tutorial\") and "
                   "[Numbers](https://docs.python.org/3/tutorial/introduction.html#numbers), "
                   "a [link\n"
                   "over two lines](https://example.org/two), an "
                   "[inline one](https://example.org/) and\n"
                   "![a picture](../images/pic.png).\n"
                   "Not links: `[PEP 8][pep8]`, \\[pep8\\], [undefined][nowhere], [x].\n"
                   "\n"
                   "```python\n"
                   "values[pep8]\n"
                   "```\n");
}

static void
test_hints (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *path = g_build_filename (track, "exercises", "concept", "pizza-oven",
                                            ".docs", "hints.md", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) hints = NULL;
  g_auto(GStrv) plain = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  hints = _dojo_exercism_hints (text);

  /* ## General and one per task, in order; the links defined at the end
   * of the file are in each hint that uses them. */
  g_assert_cmpuint (g_strv_length (hints), ==, 5);
  g_assert_true (g_str_has_prefix (hints[0], "**General**\n\n- [Functions]("
                                   "https://docs.python.org/3/tutorial/controlflow.html"
                                   "#defining-functions) take arguments"));
  g_assert_nonnull (strstr (hints[0], "[PEP 8](https://peps.python.org/pep-0008/)"));
  g_assert_true (g_str_has_prefix (hints[1], "**1. Define how hot the oven gets**\n\n"));
  g_assert_nonnull (strstr (hints[1], "[name](https://peps.python.org/pep-0008/#constants)"));
  g_assert_nonnull (strstr (hints[2], "see [numbers](https://docs.python.org/3/tutorial/"
                                      "introduction.html#numbers)"));
  g_assert_true (g_str_has_prefix (hints[4], "**4. Describe an order**"));
  g_assert_nonnull (strstr (hints[4], "(the [F-strings](https://docs.python.org/3/tutorial/"
                                      "inputoutput.html#formatted-string-literals) page"));
  for (guint i = 0; hints[i] != NULL; i++)
    {
      g_assert_null (strstr (hints[i], "]["));
      g_assert_null (strstr (hints[i], "]: http"));
      g_assert_null (strstr (hints[i], "# Hints"));
      g_assert_true (g_str_has_suffix (hints[i], ".\n") || g_str_has_suffix (hints[i], ")\n"));
    }

  /* Hints without sections are one hint; none at all, none. */
  plain = _dojo_exercism_hints ("# Hints\n\n- Count with a `dict`.\n");
  g_assert_cmpuint (g_strv_length (plain), ==, 1);
  g_assert_cmpstr (plain[0], ==, "- Count with a `dict`.\n");
  g_clear_pointer (&plain, g_strfreev);
  plain = _dojo_exercism_hints ("# Hints\n\n");
  g_assert_cmpuint (g_strv_length (plain), ==, 0);
}

static void
test_tasks (void)
{
  g_autoptr(JsonObject) tasks = _dojo_exercism_tasks (
    "# Instructions\n\n## 1. First task\n\ntext\n\n```markdown\n## 9. Not a task\n```\n\n"
    "## 2.  Second task ##\n\n### 3. A smaller heading\n\n## Notes\n");

  g_assert_cmpuint (json_object_get_size (tasks), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (tasks, "1"), ==, "First task");
  g_assert_cmpstr (json_object_get_string_member (tasks, "2"), ==, "Second task");
}

/* The import ---------------------------------------------------------------- */

static void
test_import_fixtures (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "out", "python-basics",
                                              NULL);
  g_autoptr(GFile) track_file = g_file_new_for_path (track);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) manifest = NULL;
  g_autoptr(JsonObject) pizza = NULL;
  g_autoptr(JsonObject) tally = NULL;
  g_autofree char *pack_id = NULL;
  g_autofree char *instructions = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *original = NULL;
  g_autofree char *solution = NULL;
  g_autofree char *exemplar = NULL;
  g_autofree char *parent = NULL;
  const char *exercises[] = { "pizza-oven", "practice/word-tally", NULL };
  JsonObject *phase;
  JsonArray *items;
  JsonObject *check;
  JsonObject *tasks;
  JsonArray *hints;

  g_assert_true (dojo_exercism_import (track_file, exercises, output_file, NULL, NULL,
                                       DOJO_EXERCISM_IMPORT_NONE, &pack_id, &error));
  g_assert_no_error (error);
  /* The folder's name is no pack id: the default, as `dojo-pack new`'s. */
  g_assert_cmpstr (pack_id, ==, "io.example.python-basics");

  manifest = read_object (output, "manifest.json");
  g_assert_cmpstr (json_object_get_string_member (manifest, "id"), ==, pack_id);
  g_assert_cmpstr (json_object_get_string_member (manifest, "title"), ==,
                   "Python exercises from Exercism");
  g_assert_cmpstr (json_object_get_string_member (manifest, "license"), ==, "MIT");
  g_assert_nonnull (strstr (json_object_get_string_member (manifest, "description"),
                            "https://github.com/exercism/python"));
  g_assert_nonnull (strstr (json_object_get_string_member (manifest, "description"),
                            "dojo-fixture-author"));
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (manifest, "packages"), 0), ==, "pytest");
  g_assert_cmpstr (json_array_get_string_element (
                     json_object_get_array_member (manifest, "authors"), 0), ==,
                   "dojo-fixture-author");
  phase = json_array_get_object_element (json_object_get_array_member (manifest, "phases"), 0);
  items = json_object_get_array_member (phase, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0), "id"),
                   ==, "pizza-oven");
  /* The title the track's config.json gives. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 0),
                                                  "title"), ==, "Pia's Pizza Oven");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (items, 1),
                                                  "path"), ==, "exercises/word-tally");

  pizza = read_object (output, "exercises/pizza-oven/exercise.json");
  g_assert_cmpstr (json_object_get_string_member (pizza, "title"), ==, "Pia's Pizza Oven");
  g_assert_cmpstr (json_object_get_string_member (pizza, "entry"), ==, "pizza_oven.py");
  g_assert_cmpstr (json_object_get_string_member (pizza, "solution"), ==, "solution");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (
                       json_object_get_object_member (pizza, "starter"), "pizza_oven.py"),
                     "path"), ==, "starter/pizza_oven.py");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (pizza, "checks")), ==, 2);
  /* The exemplar has no type hints: the type check asks only for agreement. */
  check = json_array_get_object_element (json_object_get_array_member (pizza, "checks"), 1);
  g_assert_cmpstr (json_object_get_string_member (check, "type"), ==, "type-check");
  g_assert_cmpstr (json_object_get_string_member (check, "mode"), ==, "basic");
  check = json_array_get_object_element (json_object_get_array_member (pizza, "checks"), 0);
  g_assert_cmpstr (json_object_get_string_member (check, "type"), ==, "pytest");
  g_assert_cmpstr (json_object_get_string_member (check, "id"), ==, "tests");
  g_assert_cmpstr (json_object_get_string_member (check, "test"), ==, "pizza_oven_test.py");
  tasks = json_object_get_object_member (check, "tasks");
  g_assert_cmpuint (json_object_get_size (tasks), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (tasks, "1"), ==, "Define how hot the oven gets");
  g_assert_cmpstr (json_object_get_string_member (tasks, "4"), ==, "Describe an order");
  hints = json_object_get_array_member (pizza, "hints");
  g_assert_cmpuint (json_array_get_length (hints), ==, 5);

  /* The test file travels byte for byte; the model solution is the
   * exemplar; the instructions start with the introduction. */
  copied = dojo_test_read_file (output, "exercises/pizza-oven/pizza_oven_test.py");
  original = dojo_test_read_file (track, "exercises/concept/pizza-oven/pizza_oven_test.py");
  g_assert_nonnull (copied);
  g_assert_cmpstr (copied, ==, original);
  solution = dojo_test_read_file (output, "exercises/pizza-oven/solution/pizza_oven.py");
  exemplar = dojo_test_read_file (track, "exercises/concept/pizza-oven/.meta/exemplar.py");
  g_assert_cmpstr (solution, ==, exemplar);
  instructions = dojo_test_read_file (output, "exercises/pizza-oven/instructions.md");
  g_assert_true (g_str_has_prefix (instructions, "# Introduction\n"));
  g_assert_true (strstr (instructions, "# Introduction") < strstr (instructions, "# Instructions"));
  g_assert_nonnull (strstr (instructions, "> [!NOTE]\n> A name written in `UPPER_CASE`"));
  g_assert_nonnull (strstr (instructions, "> [!CAUTION]\n> Use whole-number division"));
  g_assert_nonnull (strstr (instructions, "> An [f-string](https://docs.python.org/3/reference/"
                                          "lexical_analysis.html#f-strings) can hold"));
  g_assert_null (strstr (instructions, "~~~~"));
  g_assert_null (strstr (instructions, "]["));

  /* The practice exercise: example.py, no tasks, no hints. */
  tally = read_object (output, "exercises/word-tally/exercise.json");
  check = json_array_get_object_element (json_object_get_array_member (tally, "checks"), 0);
  g_assert_cmpstr (json_object_get_string_member (check, "test"), ==, "word_tally_test.py");
  g_assert_false (json_object_has_member (check, "tasks"));
  g_assert_false (json_object_has_member (tally, "hints"));
  g_clear_pointer (&solution, g_free);
  g_clear_pointer (&exemplar, g_free);
  solution = dojo_test_read_file (output, "exercises/word-tally/solution/word_tally.py");
  exemplar = dojo_test_read_file (track, "exercises/practice/word-tally/.meta/example.py");
  g_assert_cmpstr (solution, ==, exemplar);

  /* The track's notice travels with the pack. */
  g_clear_pointer (&copied, g_free);
  g_clear_pointer (&original, g_free);
  copied = dojo_test_read_file (output, "LICENSE");
  original = dojo_test_read_file (track, "LICENSE");
  g_assert_nonnull (original);
  g_assert_cmpstr (copied, ==, original);

  /* Nothing else next to the pack: the staging folder is gone. */
  parent = g_path_get_dirname (output);
  g_assert_cmpuint (count_entries (parent), ==, 1);
}

/* Imports @exercise of @track into a fresh output and expects @code with
 * a message that holds @needle; nothing may be left behind. */
static void
assert_import_fails (const char *track,
                     const char *exercise,
                     int         code,
                     const char *needle)
{
  g_autofree char *parent = g_build_filename (g_get_user_cache_dir (), "failing", NULL);
  g_autofree char *output = g_build_filename (parent, "io.example.broken", NULL);
  g_autoptr(GFile) track_file = g_file_new_for_path (track);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(GError) error = NULL;
  const char *exercises[] = { "word-tally", exercise, NULL };

  g_assert_false (dojo_exercism_import (track_file, exercises, output_file, NULL, NULL,
                                        DOJO_EXERCISM_IMPORT_NONE, NULL, &error));
  g_assert_error (error, DOJO_EXERCISM_ERROR, code);
  if (g_test_verbose ())
    g_printerr ("%s\n", error->message);
  g_assert_nonnull (strstr (error->message, needle));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  if (g_file_test (parent, G_FILE_TEST_IS_DIR))
    g_assert_cmpuint (count_entries (parent), ==, 0);
}

static void
test_import_errors (void)
{
  g_autofree char *track = copy_track ();
  g_autofree char *pizza = g_build_filename (track, "exercises", "concept", "pizza-oven", NULL);
  g_autofree char *config = g_build_filename (pizza, ".meta", "config.json", NULL);
  g_autofree char *test_file = g_build_filename (pizza, "pizza_oven_test.py", NULL);
  g_autofree char *good_config = NULL;

  assert_import_fails (track, "pizza-ovn", DOJO_EXERCISM_ERROR_NOT_FOUND,
                       "exercises/practice/pizza-ovn");
  assert_import_fails (track, "practice/pizza-oven", DOJO_EXERCISM_ERROR_NOT_FOUND,
                       "exercises/practice/pizza-oven");
  assert_import_fails (track, "Pizza Oven", DOJO_EXERCISM_ERROR_NOT_FOUND, "Pizza Oven");

  g_assert_true (g_file_get_contents (config, &good_config, NULL, NULL));
  dojo_test_write_file (pizza, ".meta/config.json", "{\"files\": {\"solution\": [");
  assert_import_fails (track, "pizza-oven", DOJO_EXERCISM_ERROR_INVALID, config);
  dojo_test_write_file (pizza, ".meta/config.json", "{\"authors\": [\"someone\"]}");
  assert_import_fails (track, "pizza-oven", DOJO_EXERCISM_ERROR_INVALID, "“files”");
  dojo_test_write_file (pizza, ".meta/config.json",
                        "{\"files\": {\"solution\": [\"pizza_oven.py\"], "
                        "\"test\": [\"../../../../../etc/passwd\"], "
                        "\"exemplar\": [\".meta/exemplar.py\"]}}");
  assert_import_fails (track, "pizza-oven", DOJO_EXERCISM_ERROR_INVALID, "inside");
  dojo_test_write_file (pizza, ".meta/config.json", good_config);

  g_assert_cmpint (g_remove (test_file), ==, 0);
  assert_import_fails (track, "pizza-oven", DOJO_EXERCISM_ERROR_NOT_FOUND, test_file);
}

static void
test_import_refuses_existing (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "io.example.mine", NULL);
  g_autoptr(GFile) track_file = g_file_new_for_path (track);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *pack_id = NULL;
  const char *exercises[] = { "word-tally", NULL };

  dojo_test_write_file (output, "notes.txt", "mine");
  g_assert_false (dojo_exercism_import (track_file, exercises, output_file, NULL, NULL,
                                        DOJO_EXERCISM_IMPORT_NONE, NULL, &error));
  g_assert_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "--force"));
  g_clear_error (&error);
  kept = dojo_test_read_file (output, "notes.txt");
  g_assert_cmpstr (kept, ==, "mine");

  /* --force replaces it, as a whole; the folder's name is a pack id. */
  g_assert_true (dojo_exercism_import (track_file, exercises, output_file, NULL, NULL,
                                       DOJO_EXERCISM_IMPORT_FORCE, &pack_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (pack_id, ==, "io.example.mine");
  g_assert_false (dojo_test_exists (output, "notes.txt"));
  g_assert_true (dojo_test_exists (output, "manifest.json"));
  g_assert_cmpuint (count_entries (g_get_user_cache_dir ()), ==, 1);

  /* A bad --id is refused before anything is written. */
  g_clear_pointer (&pack_id, g_free);
  g_assert_false (dojo_exercism_import (track_file, exercises, output_file, "Not An Id", NULL,
                                        DOJO_EXERCISM_IMPORT_FORCE, NULL, &error));
  g_assert_error (error, DOJO_EXERCISM_ERROR, DOJO_EXERCISM_ERROR_INVALID);
  g_assert_true (dojo_test_exists (output, "manifest.json"));
}

/* The command line ---------------------------------------------------------- */

static void
test_cli_import_validates (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "pack", NULL);
  g_autoptr(JsonObject) manifest = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "import-exercism", track, "pizza-oven", "word-tally", "-o", output,
            "--id", "io.github.teacher.pizza", "--title", "Pizza and words", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, output));
  manifest = read_object (output, "manifest.json");
  g_assert_cmpstr (json_object_get_string_member (manifest, "id"), ==, "io.github.teacher.pizza");
  g_assert_cmpstr (json_object_get_string_member (manifest, "title"), ==, "Pizza and words");

  run_tool (&run, "validate", "--strict", output, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  /* Again, into the same folder: refused, and the pack is as it was. */
  run_tool (&run, "import-exercism", track, "word-tally", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--force"));
  g_assert_true (dojo_test_exists (output, "exercises/pizza-oven/exercise.json"));

  /* A typo in an exercise's name: which folders were looked for. */
  run_tool (&run, "import-exercism", track, "word-taly", "-o", output, "--force", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "word-taly"));
  g_assert_true (dojo_test_exists (output, "exercises/pizza-oven/exercise.json"));

  /* No exercise, no -o: the usage. */
  run_tool (&run, "import-exercism", track, "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  run_tool (&run, "import-exercism", track, "word-tally", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "-o"));
}

/* The solutions pass their unmodified tests, and the stubs do not: needs
 * the pytest check kind and pytest (python3-pytest). */
static void
test_cli_run_solutions (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "proved", NULL);
  g_auto(Run) run = { 0 };

  run_tool (&run, "import-exercism", track, "pizza-oven", "word-tally", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 0);

  run_tool (&run, "validate", "--run-solutions", output, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "ok exercises/pizza-oven"));
  g_assert_nonnull (strstr (run.out, "ok exercises/word-tally"));
}

/* Grading an imported exercise: a row per task, and partial credit. A
 * learner who did the first two of pizza-oven's four tasks scores 2 of 4. */
static void
test_cli_grade_tasks (void)
{
  g_autofree char *track = track_path ();
  g_autofree char *cache = g_strdup (g_get_user_cache_dir ());
  g_autofree char *pack = g_build_filename (cache, "graded-pack", NULL);
  g_autofree char *full = g_build_filename (cache, "graded.dojopack", NULL);
  g_autofree char *work = g_build_filename (cache, "ada-work", NULL);
  g_autofree char *project = g_build_filename (work, "projects", "pizza-oven", NULL);
  g_autofree char *code = g_build_filename (project, "pizza_oven.py", NULL);
  g_autofree char *report = g_build_filename (work, DOJO_WORK_REPORT, NULL);
  g_autofree char *submission = g_build_filename (cache, "ada.dojowork", NULL);
  g_autofree char *report_json = g_strdup_printf (
    "{\"format\": %d, \"pack\": {\"id\": \"io.github.teacher.pizza\", \"version\": \"1.0.0\"}, "
    "\"learner\": {\"name\": \"Ada\", \"email\": \"ada@example.org\"}, "
    "\"exported_at\": \"2026-12-01T12:00:00Z\", "
    "\"items\": [{\"id\": \"pizza-oven\", \"attempts\": 2, \"hints_used\": 0}]}",
    DOJO_WORK_FORMAT);
  g_autoptr(GFile) project_dir = NULL;
  g_autoptr(GFile) work_dir = NULL;
  g_autoptr(GFile) submission_file = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *commit = NULL;
  JsonObject *item;
  JsonArray *checks;
  g_auto(Run) run = { 0 };

  run_tool (&run, "import-exercism", track, "pizza-oven", "-o", pack,
            "--id", "io.github.teacher.pizza", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool (&run, "build", pack, "-o", full, NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Tasks 1 and 2 done; 3 and 4 still the stub's. */
  g_assert_cmpint (g_mkdir_with_parents (project, 0755), ==, 0);
  g_assert_true (g_file_set_contents (code,
    "OVEN_TEMPERATURE = 450\n\n\n"
    "def baking_time(diameter):\n    return 2 + diameter // 10\n\n\n"
    "def pizzas_per_evening(hours, diameter):\n    pass\n\n\n"
    "def describe_order(name, count):\n    pass\n", -1, NULL));
  g_assert_true (g_file_set_contents (report, report_json, -1, NULL));
  g_assert_true (dojo_repo_set_global_identity ("Ada", "ada@example.org", &error));
  g_assert_no_error (error);
  project_dir = g_file_new_for_path (project);
  repo = dojo_repo_init (project_dir, &error);
  g_assert_no_error (error);
  commit = dojo_repo_commit (repo, "Two tasks", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  work_dir = g_file_new_for_path (work);
  submission_file = g_file_new_for_path (submission);
  g_assert_true (dojo_archive_write (work_dir, submission_file, NULL, NULL, &error));
  g_assert_no_error (error);

  run_tool (&run, "grade", "--json", full, submission, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  item = json_array_get_object_element (
    json_object_get_array_member (
      json_array_get_object_element (
        json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                      "learners"), 0), "items"), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "item"), ==, "pizza-oven");
  /* Two tasks and the type check (basic: the code agrees with itself). */
  g_assert_cmpint (json_object_get_int_member (item, "score"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (item, "max"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (item, "commit"), ==, commit);
  checks = json_object_get_array_member (item, "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 4),
                                                  "id"), ==, "types");
  g_assert_true (json_object_get_boolean_member (json_array_get_object_element (checks, 4),
                                                 "passed"));
  for (guint i = 0; i < 4; i++)
    {
      JsonObject *check = json_array_get_object_element (checks, i);
      g_autofree char *id = g_strdup_printf ("tests#task-%u", i + 1);

      g_assert_cmpstr (json_object_get_string_member (check, "id"), ==, id);
      g_assert_cmpint (json_object_get_boolean_member (check, "passed"), ==, i < 2);
      g_assert_cmpint (json_object_get_int_member (check, "earned"), ==, i < 2 ? 1 : 0);
    }
  /* The first failing task's words, as the app shows them. */
  g_assert_nonnull (strstr (json_object_get_string_member (item, "reason"),
                            "Count the pizzas an evening allows: test_pizzas_per_evening"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/exercism/markdown/admonitions", test_admonitions);
  g_test_add_func ("/exercism/markdown/reference-links", test_reference_links);
  g_test_add_func ("/exercism/markdown/hints", test_hints);
  g_test_add_func ("/exercism/markdown/tasks", test_tasks);
  g_test_add_func ("/exercism/import/fixtures", test_import_fixtures);
  g_test_add_func ("/exercism/import/errors", test_import_errors);
  g_test_add_func ("/exercism/import/refuses-existing", test_import_refuses_existing);
  g_test_add_func ("/exercism/cli/import-validates", test_cli_import_validates);
  g_test_add_func ("/exercism/cli/run-solutions", test_cli_run_solutions);
  g_test_add_func ("/exercism/cli/grade-tasks", test_cli_grade_tasks);

  return g_test_run ();
}
