/* test-explain.c: the errors beginners make, explained in the check panel
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs every program of tests/data/wrong-programs.json through the real
 * checker (harness, runner, sandbox) with one io check, and asserts the
 * words the learner reads; then dojo_explain_describe() on its own, and
 * programs that try to break the explainer.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "checker-fixture.h"
#include "dojo-explain.h"

/* One io check; a second one for the timeout's time. */
static const char *run_once =
  "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": %s, \"memory_mb\": 256 },"
  "  \"checks\": [ { \"type\": \"io\", \"id\": \"out\", \"title\": \"Runs\","
  "                  \"stdin\": %s, \"expect\": \"ok\" } ] }";

static JsonArray *
wrong_programs (JsonParser **keep)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "wrong-programs.json",
                                                 NULL);
  g_autoptr(GError) error = NULL;
  JsonParser *parser = json_parser_new ();

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  *keep = parser;

  return json_node_get_array (json_parser_get_root (parser));
}

static char *
exercise_for (const char *stdin_text,
              gboolean    timeout)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (),
                                                    stdin_text ? stdin_text : "");
  g_autofree char *quoted = json_to_string (node, FALSE);

  return g_strdup_printf (run_once, timeout ? "1" : "5", quoted);
}

static void
clear_project (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->project, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->project, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

/* The rules the table covers: at least one program for each error class
 * of the issue. */
static const char *required_rules[] = {
  "name-misspelt", "name-missing-quotes", "name-before-assignment",
  "syntax-missing-colon", "syntax-unclosed-bracket", "syntax-unclosed-quote",
  "syntax-assign-in-condition", "syntax-positional-after-keyword", "indentation",
  "type-str-plus-int", "type-wrong-argument-count", "type-not-callable", "type-none-value",
  "value-int-of-text", "index-out-of-range", "key-missing", "attribute-on-none",
  "attribute-misspelt", "zero-division", "recursion-no-base-case", "unbound-local",
  "file-not-found", "timeout",
};

/* Python's own line, kept in the check message above the explanation
 * (the table's `words` are the explanation's, which the Output tab shows
 * under the traceback too). */
static const struct
{
  const char *program;
  const char *line;
} python_lines[] = {
  { "print-capital", "`NameError: name 'Print' is not defined. Did you mean: 'print'?`" },
  { "missing-quotes", "`NameError: name 'hello' is not defined`" },
  { "str-plus-int", "`TypeError: can only concatenate str (not \"int\") to str`" },
  { "int-of-word", "`ValueError: invalid literal for int() with base 10: 'abc'`" },
  { "key-missing", "`KeyError: 'Ann'`" },
  { "module-function-misspelt",
    "`AttributeError: module 'math' has no attribute 'sqroot'. Did you mean: 'sqrt'?`" },
  { "timeout", "Your program was still running after 1 second" },
  { "missing-colon", "Python cannot read line 2 of main.py: expected ':'" },
};

static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonArray *programs = wrong_programs (&parser);
  g_autoptr(GHashTable) rules = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 start = g_get_monotonic_time ();
  guint checked_lines = 0;

  g_assert_cmpuint (json_array_get_length (programs), >=, 30);

  for (guint i = 0; i < json_array_get_length (programs); i++)
    {
      JsonObject *program = json_array_get_object_element (programs, i);
      const char *name = json_object_get_string_member (program, "name");
      const char *rule = json_object_get_string_member (program, "rule");
      JsonObject *files = json_object_get_object_member (program, "files");
      JsonArray *words = json_object_get_array_member (program, "words");
      gboolean timeout = g_str_equal (rule, "timeout");
      g_autofree char *exercise = NULL;
      g_autoptr(DojoVerdict) verdict = NULL;
      g_autoptr(GList) members = json_object_get_members (files);
      DojoCheckResult *result;
      const char *message;

      g_test_message ("%s (%s)", name, rule);
      g_hash_table_add (rules, (char *)rule);
      clear_project (f);
      for (GList *l = members; l != NULL; l = l->next)
        write_file (f->project, l->data, json_object_get_string_member (files, l->data));

      exercise = exercise_for (json_object_has_member (program, "stdin")
                               ? json_object_get_string_member (program, "stdin") : NULL,
                               timeout);
      verdict = check (f, exercise, NULL);

      /* Python cannot read the program itself, or ("imported") a module it
       * imports when it runs. */
      if ((g_str_has_prefix (rule, "syntax-") || g_str_equal (rule, "indentation"))
          && !(json_object_has_member (program, "imported")
               && json_object_get_boolean_member (program, "imported")))
        {
          assert_state (verdict, DOJO_VERDICT_SYNTAX_ERROR);
          result = result_of (verdict, "syntax");
        }
      else
        {
          assert_state (verdict, timeout ? DOJO_VERDICT_TIMEOUT : DOJO_VERDICT_FAILED);
          result = result_of (verdict, "out");
        }
      message = dojo_check_result_get_message (result);
      assert_contains (message, "**What this means:**");
      assert_contains (message, "**What to try:**");
      /* The words are the explanation's own (the Output tab shows it
       * under Python's traceback), not Python's line above it. */
      for (guint j = 0; j < json_array_get_length (words); j++)
        assert_contains (strstr (message, "**What this means:**"),
                         json_array_get_string_element (words, j));
      for (guint j = 0; j < G_N_ELEMENTS (python_lines); j++)
        if (g_str_equal (python_lines[j].program, name))
          {
            assert_contains (message, python_lines[j].line);
            checked_lines++;
          }
      /* The harness's own files never show. */
      g_assert_null (strstr (message, "dojo_"));
      /* A variable without a value yet is not shown with another's. */
      if (g_str_equal (rule, "unbound-local"))
        g_assert_null (strstr (message, "values on"));
    }

  g_assert_cmpuint (checked_lines, ==, G_N_ELEMENTS (python_lines));
  for (guint i = 0; i < G_N_ELEMENTS (required_rules); i++)
    if (!g_hash_table_contains (rules, required_rules[i]))
      g_error ("no wrong program for the rule %s", required_rules[i]);

  g_test_message ("%u programs in %.1f s", json_array_get_length (programs),
                  (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);
}

/* ------------------------------------------------------------------------ */

static JsonObject *
parse (const char *json)
{
  return parse_exercise (json);
}

static void
test_describe (void)
{
  g_autoptr(JsonObject) misspelt = parse (
    "{ \"rule\": \"name-misspelt\", \"type\": \"NameError\", \"line\": 2,"
    "  \"name\": \"Print\", \"suggestion\": \"print\","
    "  \"values\": [ { \"name\": \"count\", \"value\": \"3\" },"
    "              { \"name\": \"tick\", \"value\": \"'`'\" } ] }");
  g_autoptr(JsonObject) index = parse (
    "{ \"rule\": \"index-out-of-range\", \"line\": 4, \"name\": \"items\","
    "  \"length\": 3, \"index\": 5 }");
  g_autoptr(JsonObject) empty = parse (
    "{ \"rule\": \"index-out-of-range\", \"name\": \"items\", \"length\": 0 }");
  g_autoptr(JsonObject) unknown = parse ("{ \"rule\": \"something-new\", \"line\": 1 }");
  g_autoptr(JsonObject) no_rule = parse ("{ \"line\": 1 }");
  g_autoptr(JsonObject) file = parse (
    "{ \"rule\": \"file-not-found\", \"filename\": \"data.txt\", \"folder\": \".\","
    "  \"files\": [ \"main.py\", \"notes.txt\" ], \"file_count\": 3 }");
  g_autoptr(JsonObject) bare = parse ("{ \"rule\": \"key-missing\" }");
  g_autofree char *text = NULL;

  text = dojo_explain_describe (misspelt);
  g_assert_cmpstr (text, ==,
                   "**What this means:** Python does not know the name `Print`. A name "
                   "must be written exactly the same each time, capital letters "
                   "included.\n\n"
                   "**What to try:** Did you mean `print`? Write it instead of `Print`.\n\n"
                   "**The values on line 2:**\n\n"
                   "- `count` = `3`\n"
                   "- `tick` = ``'`'``");
  g_clear_pointer (&text, g_free);

  text = dojo_explain_describe (index);
  assert_contains (text, "`items` has 3 items, at positions 0 to 2, and position 5 is not "
                         "one of them.");
  g_assert_null (strstr (text, "values on"));
  g_clear_pointer (&text, g_free);

  text = dojo_explain_describe (empty);
  assert_contains (text, "`items` is empty");
  g_clear_pointer (&text, g_free);

  text = dojo_explain_describe (file);
  assert_contains (text, "There is no file `data.txt` in the folder your program ran in, "
                         "your project’s folder. The files there are: `main.py`, "
                         "`notes.txt`, ….");
  g_clear_pointer (&text, g_free);

  /* Facts missing: still sentences, never "(null)". */
  text = dojo_explain_describe (bare);
  assert_contains (text, "A dictionary on this line has no key `?`.");
  g_assert_null (strstr (text, "(null)"));
  g_clear_pointer (&text, g_free);

  /* A rule of a newer harness: nothing rather than wrong words. */
  g_assert_null (dojo_explain_describe (unknown));
  g_assert_null (dojo_explain_describe (no_rule));
}

/* ------------------------------------------------------------------------ */
/* Programs that try to break the explainer: whatever they do, the check
 * ends with a verdict about their error, never Dojo's internal error. */

static const struct
{
  const char *name;
  const char *program;
  const char *words[3];
} hostile[] = {
  { "repr-loops",
    "class Loop:\n"
    "    def __repr__(self):\n"
    "        while True:\n"
    "            pass\n"
    "x = Loop()\n"
    "print(x + 1)\n",
    { "`x` = `<Loop object>`", "TypeError", NULL } },
  { "repr-raises",
    "class Bad:\n"
    "    def __repr__(self):\n"
    "        raise RuntimeError('no')\n"
    "    def __eq__(self, other):\n"
    "        raise RuntimeError('no')\n"
    "    __hash__ = object.__hash__\n"
    "b = Bad()\n"
    "d = {b: 1}\n"
    "print(d[Bad()])\n",
    { "KeyError", "`d` = `{<Bad object>: 1}`", NULL } },
  { "str-raises",
    "class Oops(Exception):\n"
    "    def __str__(self):\n"
    "        raise RuntimeError('no words')\n"
    "raise Oops()\n",
    { "Oops", NULL } },
  { "class-pretends",
    "class list(list):\n"
    "    def __repr__(self):\n"
    "        while True:\n"
    "            pass\n"
    "items = list([1, 2])\n"
    "print(items[5])\n",
    { "`items` = `<list object>`", "IndexError", NULL } },
  { "huge-list",
    "big = list(range(2000000))\n"
    "print(big[2000000])\n",
    { "`big` has 2000000 items", "… 2000000 in all]", NULL } },
  { "recursive-structure",
    "a = [1]\n"
    "a.append(a)\n"
    "d = {}\n"
    "d['me'] = d\n"
    "print(a[5], d)\n",
    { "`a` = `[1, [...]]`", NULL } },
  { "huge-number",
    "n = 7 ** 100000\n"
    "print(n / 0)\n",
    { "Dividing by zero", "`n` = `<a whole number of about", NULL } },
  { "dict-property",
    "class Box:\n"
    "    @property\n"
    "    def __dict__(self):\n"
    "        while True:\n"
    "            pass\n"
    "    def paint(self):\n"
    "        pass\n"
    "b = Box()\n"
    "b.pant()\n",
    { "Did you mean `paint`?", NULL } },
  { "own-exception",
    "class Oops(ValueError):\n"
    "    @property\n"
    "    def name(self):\n"
    "        while True:\n"
    "            pass\n"
    "raise Oops('mine')\n",
    { "`Oops: mine`", NULL } },
  { "closes-report",
    "import os\n"
    "os.close(3)\n"
    "os.close(6)\n"
    "print(missing)\n",
    { "Runs", NULL } },
  { "writes-report",
    "import os\n"
    "os.write(3, b'garbage')\n"
    "os.write(6, b'{\"rule\": \"timeout\", \"line\": 99}\\n')\n"
    "print(1 / 0)\n",
    { "Runs", NULL } },
};

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *exercise = exercise_for (NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autoptr(DojoVerdict) verdict = NULL;
      DojoCheckResult *result;

      g_test_message ("%s", hostile[i].name);
      write_file (f->project, "main.py", hostile[i].program);
      verdict = check (f, exercise, NULL);
      assert_state (verdict, DOJO_VERDICT_FAILED);
      result = result_of (verdict, "out");
      g_assert_false (dojo_check_result_get_passed (result));
      for (guint j = 0; j < G_N_ELEMENTS (hostile[i].words) && hostile[i].words[j]; j++)
        {
          if (g_str_equal (hostile[i].words[j], "Runs"))
            g_assert_cmpstr (dojo_check_result_get_title (result), ==, "Runs");
          else
            assert_contains (dojo_check_result_get_message (result), hostile[i].words[j]);
        }
    }
}

/* A file the program did not find: the folder's other files are listed,
 * names that are not UTF-8 included, without breaking the answer. */
static void
test_file_names (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *exercise = exercise_for (NULL, FALSE);
  g_autofree char *odd = g_build_filename (f->project, "caf\xe9.txt", NULL);
  g_autoptr(DojoVerdict) verdict = NULL;
  const char *message;

  write_file (f->project, "main.py", "open('cafe.txt')\n");
  g_assert_true (g_file_set_contents (odd, "", 0, NULL));
  verdict = check (f, exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  message = dojo_check_result_get_message (result_of (verdict, "out"));
  assert_contains (message, "There is no file `cafe.txt`");
  assert_contains (message, "`caf\xef\xbf\xbd.txt`");
  assert_contains (message, "`main.py`");
  g_assert_true (g_utf8_validate (message, -1, NULL));
}

/* The same error under several io checks is explained once. */
static void
test_same_error_once (Fixture       *f,
                      gconstpointer  data)
{
  static const char *three_cases =
    "{ \"entry\": \"main.py\", \"checks\": ["
    "  { \"type\": \"io\", \"id\": \"a\", \"title\": \"Adds 1 and 2\", \"stdin\": \"1\\n\","
    "    \"expect\": \"3\" },"
    "  { \"type\": \"io\", \"id\": \"b\", \"title\": \"Adds 5 and 2\", \"stdin\": \"5\\n\","
    "    \"expect\": \"7\" },"
    "  { \"type\": \"io\", \"id\": \"c\", \"title\": \"Adds 0 and 2\", \"stdin\": \"0\\n\","
    "    \"expect\": \"2\" } ] }";
  g_autoptr(DojoVerdict) verdict = NULL;
  const char *first;

  write_file (f->project, "main.py", "n = input()\nprint(n + 2)\n");
  verdict = check (f, three_cases, NULL);

  first = dojo_check_result_get_message (result_of (verdict, "a"));
  assert_contains (first, "TypeError: can only concatenate str (not \"int\") to str");
  assert_contains (first, "**What this means:**");
  g_assert_cmpstr (dojo_check_result_get_message (result_of (verdict, "b")), ==,
                   "The same error as in “Adds 1 and 2” (line 2).");
  g_assert_cmpstr (dojo_check_result_get_message (result_of (verdict, "c")), ==,
                   "The same error as in “Adds 1 and 2” (line 2).");
  g_assert_cmpint (dojo_check_result_get_line (result_of (verdict, "c")), ==, 2);
}

/* An error in the learner's function while a test calls it is explained
 * under the test's failure; an error in the test file itself is not the
 * learner's to explain. */
static void
test_error_in_tests (Fixture       *f,
                     gconstpointer  data)
{
  static const char *exercise =
    "{ \"entry\": \"stats.py\", \"checks\": ["
    "  { \"type\": \"unittest\", \"id\": \"tests\", \"title\": \"The tests pass\","
    "    \"test\": \"test_stats.py\" } ] }";
  g_autoptr(DojoVerdict) verdict = NULL;
  const char *message;

  write_file (f->exercise, "test_stats.py",
              "import unittest\n"
              "from stats import average\n"
              "\n"
              "class TestAverage(unittest.TestCase):\n"
              "    def test_empty(self):\n"
              "        self.assertEqual(average([]), 0)\n"
              "\n"
              "    def test_broken(self):\n"
              "        self.assertEqual(averag([1]), 1)\n");
  write_file (f->project, "stats.py",
              "def average(numbers):\n"
              "    return sum(numbers) / len(numbers)\n");
  verdict = check (f, exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_FAILED);
  message = dojo_check_result_get_message (result_of (verdict, "tests"));
  assert_contains (message, "ZeroDivisionError");
  assert_contains (message, "Dividing by zero");
  assert_contains (message, "`numbers` = `[]`");
  /* One explanation: test_broken's NameError is in the test file. */
  g_assert_nonnull (strstr (message, "NameError"));
  g_assert_null (strstr (strstr (message, "**What this means:**") + 1, "**What this means:**"));
}

/* Tests that run too long say where the learner's code was: the line and
 * its file, which is not the entry here, so the editor's line is not set. */
static void
test_tests_timeout (Fixture       *f,
                    gconstpointer  data)
{
  static const char *exercise =
    "{ \"entry\": \"main.py\", \"limits\": { \"time_s\": 1 }, \"checks\": ["
    "  { \"type\": \"unittest\", \"id\": \"tests\", \"title\": \"The tests pass\","
    "    \"test\": \"test_calc.py\" } ] }";
  g_autoptr(DojoVerdict) verdict = NULL;
  DojoCheckResult *result;

  write_file (f->exercise, "test_calc.py",
              "import unittest\n"
              "from calc import count_up\n"
              "\n"
              "class TestCount(unittest.TestCase):\n"
              "    def test_three(self):\n"
              "        self.assertEqual(count_up(3), 3)\n");
  write_file (f->project, "main.py", "print('hi')\n");
  write_file (f->project, "calc.py",
              "def count_up(n):\n"
              "    i = 0\n"
              "    while i < n:\n"
              "        n = n + 1\n"
              "    return i\n");
  verdict = check (f, exercise, NULL);

  assert_state (verdict, DOJO_VERDICT_TIMEOUT);
  result = result_of (verdict, "tests");
  assert_contains (dojo_check_result_get_message (result), "still running after 1 second");
  assert_contains (dojo_check_result_get_message (result), "of `calc.py`.");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/explain/describe", test_describe);
  g_test_add ("/explain/wrong-programs", Fixture, NULL, fixture_set_up, test_table,
              fixture_tear_down);
  g_test_add ("/explain/hostile", Fixture, NULL, fixture_set_up, test_hostile,
              fixture_tear_down);
  g_test_add ("/explain/file-names", Fixture, NULL, fixture_set_up, test_file_names,
              fixture_tear_down);
  g_test_add ("/explain/same-error-once", Fixture, NULL, fixture_set_up,
              test_same_error_once, fixture_tear_down);
  g_test_add ("/explain/error-in-tests", Fixture, NULL, fixture_set_up,
              test_error_in_tests, fixture_tear_down);
  g_test_add ("/explain/tests-timeout", Fixture, NULL, fixture_set_up,
              test_tests_timeout, fixture_tear_down);

  return g_test_run ();
}
