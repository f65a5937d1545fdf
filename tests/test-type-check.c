/* test-type-check.c: the type-check kind, with the real harness and mypy
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "checker-fixture.h"
#include "pack-fixture.h"

#include "dojo-check-result.h"
#include "dojo-pack.h"
#include "dojo-type-errors.h"
#include "dojo-verdict.h"

#define TYPE_CHECK(extra) \
  "{\"checks\": [{\"id\": \"types\", \"type\": \"type-check\"" extra "}]}"

/* The message of the check "types" of a check of the project, which must
 * have failed (or passed, with @passes). */
static char *
type_check (Fixture    *f,
            const char *exercise_json,
            gboolean    passes,
            int        *line)
{
  g_autoptr(DojoVerdict) verdict = check (f, exercise_json, NULL);
  DojoCheckResult *result = result_of (verdict, "types");
  const char *message = dojo_check_result_get_message (result);

  if (g_test_verbose ())
    g_printerr ("%s\n", message ? message : "(no message)");
  g_assert_cmpint (dojo_check_result_get_state (result), ==,
                   passes ? DOJO_CHECK_STATE_PASSED : DOJO_CHECK_STATE_FAILED);
  g_assert_cmpint (dojo_verdict_get_state (verdict), ==,
                   passes ? DOJO_VERDICT_PASSED : DOJO_VERDICT_FAILED);
  if (line != NULL)
    *line = dojo_check_result_get_line (result);
  return g_strdup (message ? message : "");
}

static void
assert_lacks (const char *text,
              const char *part)
{
  if (strstr (text, part) != NULL)
    g_error ("did not expect “%s” in:\n%s", part, text);
}

/* The examples ---------------------------------------------------- */

static void
test_wrong_return (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *message = NULL;
  int line = 0;

  write_file (f->project, "main.py",
              "def add(a: int, b: int) -> str:\n"
              "    return a + b\n"
              "\n"
              "\n"
              "print(add(1, 2))\n");
  message = type_check (f, TYPE_CHECK (""), FALSE, &line);
  assert_contains (message, "Line 2: `add` promises to give back a `str`, but `a + b` is an "
                            "`int`.");
  g_assert_cmpint (line, ==, 2);
}

static void
test_not_a_type (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *message = NULL;

  write_file (f->project, "main.py",
              "def add(a: str, b: \"anything at all\") -> list:\n"
              "    return [a, b]\n");
  message = type_check (f, TYPE_CHECK (""), FALSE, NULL);
  assert_contains (message, "Line 1: `\"anything at all\"` is not a type.");
}

static void
test_correct_passes (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *message = NULL;

  write_file (f->project, "main.py",
              "from world import describe\n"
              "\n"
              "\n"
              "def add(a: int, b: int) -> int:\n"
              "    return a + b\n"
              "\n"
              "\n"
              "def names(people: dict[str, int]) -> list[str]:\n"
              "    return sorted(people)\n"
              "\n"
              "\n"
              "print(add(1, 2), names({'Ada': 36}), describe('cave'))\n");
  write_file (f->project, "world.py",
              "def describe(place: str) -> str:\n"
              "    return 'You are in the ' + place + '.'\n");
  /* Tests of the pack's are not the learner's to annotate. */
  write_file (f->project, "test_main.py", "def test_add():\n    assert 1\n");
  message = type_check (f, TYPE_CHECK (""), TRUE, NULL);
}

/* The mode ----------------------------------------------------------------- */

static const char untyped[] =
  "def double(x):\n"
  "    return x * 2\n"
  "\n"
  "\n"
  "def shout(text: str):\n"
  "    return text.upper()\n"
  "\n"
  "\n"
  "print(double(2), shout('hi'))\n";

static void
test_modes (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *annotated = NULL;
  g_autofree char *by_default = NULL;
  g_autofree char *basic = NULL;
  g_autofree char *strict = NULL;
  g_autofree char *lenient = NULL;

  write_file (f->project, "main.py", untyped);
  annotated = type_check (f, TYPE_CHECK (", \"mode\": \"annotated\""), FALSE, NULL);
  assert_contains (annotated, "Line 1: `double` needs type hints: on `x`, and on what it "
                              "gives back.");
  assert_contains (annotated, "Line 5: `shout` does not say what type of value it gives "
                              "back.");
  by_default = type_check (f, TYPE_CHECK (""), FALSE, NULL);
  g_assert_cmpstr (by_default, ==, annotated);
  basic = type_check (f, TYPE_CHECK (", \"mode\": \"basic\""), TRUE, NULL);

  /* Consistency still counts in basic: inside an unannotated function too. */
  write_file (f->project, "main.py", "def f(x):\n    y: int = 'text'\n    return y\n");
  basic = (g_free (basic), type_check (f, TYPE_CHECK (", \"mode\": \"basic\""), FALSE, NULL));
  assert_contains (basic, "Line 2: `y` is to hold an `int` (its type hint says so), but "
                          "`'text'` is a `str`.");

  /* strict asks for what annotated lets through: a list of what? */
  write_file (f->project, "main.py", "def first(items: list) -> int:\n    return 1\n");
  lenient = type_check (f, TYPE_CHECK (""), TRUE, NULL);
  strict = type_check (f, TYPE_CHECK (", \"mode\": \"strict\""), FALSE, NULL);
  assert_contains (strict, "Line 1: `list` needs the type of what it holds");
}

/* Several errors, each worded, in more than one file ---------------------- */

static void
test_many_errors (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *message = NULL;

  write_file (f->project, "main.py",
              "from typing import Optional\n"                          /* 1 */
              "from world import move\n"                               /* 2 */
              "\n"                                                     /* 3 */
              "\n"                                                     /* 4 */
              "def add(a: int, b: int) -> int:\n"                      /* 5 */
              "    return a + b\n"                                     /* 6 */
              "\n"                                                     /* 7 */
              "\n"                                                     /* 8 */
              "def greet(name: Optional[str]) -> str:\n"               /* 9 */
              "    return name.upper()\n"                              /* 10 */
              "\n"                                                     /* 11 */
              "\n"                                                     /* 12 */
              "def log(text: str) -> None:\n"                          /* 13 */
              "    print(text)\n"                                      /* 14 */
              "\n"                                                     /* 15 */
              "\n"                                                     /* 16 */
              "add('1', 2)\n"                                          /* 17 */
              "add(1)\n"                                               /* 18 */
              "total = 1 + 'a'\n"                                      /* 19 */
              "result = log('x')\n"                                    /* 20 */
              "print(totl)\n"                                          /* 21 */
              "move(1)\n");                                            /* 22 */
  write_file (f->project, "world.py",
              "def move(steps: int) -> str:\n"
              "    if steps > 0:\n"
              "        return 'moved'\n");
  message = type_check (f, TYPE_CHECK (", \"files\": [\"main.py\", \"world.py\"]"), FALSE, NULL);
  assert_contains (message, "Line 10: `name` might be `None` here, and `None` has no `upper`. "
                            "Check first, with `if name is not None:`.");
  assert_contains (message, "Line 17: Argument 1 of `add` should be an `int`, but `'1'` is a "
                            "`str`.");
  assert_contains (message, "Line 18: This call of `add` gives no value for its parameter "
                            "`b`.");
  assert_contains (message, "Line 19: In `1 + 'a'`, `+` cannot join an `int` and a `str`.");
  assert_contains (message, "Line 20: `log` does not give back a value");
  assert_contains (message, "Line 21: The name `totl` is not defined here.");
  assert_contains (message, "`world.py`, line 1: `move` promises to give back a value, but it "
                            "can reach its end without a `return`.");
}

/* Hostile projects ----------------------------------------------------------- */

static const char wrong_return[] =
  "def add(a: int, b: int) -> str:\n"
  "    return a + b\n";

static void
test_config_not_read (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *message = NULL;
  g_autofree char *marker = g_build_filename (f->project, "PLUGIN-RAN", NULL);
  g_autofree char *plugin = g_strdup_printf ("open(%s, 'w').close()\n"
                                             "def plugin(version):\n"
                                             "    raise SystemExit(0)\n", "'PLUGIN-RAN'");
  const char *settings = "plugins = evil\nignore_errors = True\ndisable_error_code = "
                         "return-value\nfollow_imports = skip\n";
  g_autofree char *ini = g_strdup_printf ("[mypy]\n%s", settings);
  g_autofree char *toml = g_strdup ("[tool.mypy]\nplugins = ['evil']\nignore_errors = true\n");

  write_file (f->project, "main.py", wrong_return);
  write_file (f->project, "evil.py", plugin);
  write_file (f->project, "mypy.ini", ini);
  write_file (f->project, ".mypy.ini", ini);
  write_file (f->project, "setup.cfg", ini);
  write_file (f->project, "pyproject.toml", toml);

  message = type_check (f, TYPE_CHECK (", \"files\": [\"main.py\"]"), FALSE, NULL);
  assert_contains (message, "`add` promises to give back a `str`");
  g_assert_false (g_file_test (marker, G_FILE_TEST_EXISTS));
  /* Nor did anything of the learner's run: mypy only reads. */
  write_file (f->project, "main.py",
              "open('RAN', 'w').close()\n"
              "def add(a: int, b: int) -> str:\n"
              "    return a + b\n");
  g_free (message);
  message = type_check (f, TYPE_CHECK (", \"files\": [\"main.py\"]"), FALSE, NULL);
  {
    g_autofree char *ran = g_build_filename (f->project, "RAN", NULL);

    g_assert_false (g_file_test (ran, G_FILE_TEST_EXISTS));
  }
}

static void
test_syntax_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *message = NULL;

  write_file (f->project, "main.py", "def add(a: int, b: int) -> int:\n    return a + b\n");
  write_file (f->project, "world.py", "def move(steps: int) -> str\n    return 'moved'\n");
  message = type_check (f, TYPE_CHECK (""), FALSE, NULL);
  assert_contains (message, "`world.py`, line 1: This line is not valid Python, so the types "
                            "could not be checked.");
  assert_lacks (message, "invalid syntax");
}

static void
test_non_utf8 (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->project, "world.py", NULL);
  g_autofree char *message = NULL;
  static const char bytes[] = "def move(steps: int) -> str:\n    return '\xff\xfe caf\xe9'\n";

  write_file (f->project, "main.py", "print('hi')\n");
  g_assert_true (g_file_set_contents (path, bytes, sizeof bytes - 1, NULL));
  message = type_check (f, TYPE_CHECK (""), FALSE, NULL);
  assert_contains (message, "`world.py`, line 2: This file holds bytes that are not text "
                            "Python can read (UTF-8)");
  g_assert_true (g_utf8_validate (message, -1, NULL));
}

static void
test_huge_file (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->project, "big.py", NULL);
  g_autofree char *message = NULL;
  GString *text = g_string_new (NULL);
  double elapsed = 0;

  while (text->len < 2 * 1024 * 1024)
    g_string_append (text, "x: int = 1\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_string_free (text, TRUE);
  write_file (f->project, "main.py", "print('hi')\n");

  {
    g_autoptr(DojoVerdict) verdict = check (f, TYPE_CHECK (""), &elapsed);
    DojoCheckResult *result = result_of (verdict, "types");

    g_assert_cmpint (dojo_check_result_get_state (result), ==, DOJO_CHECK_STATE_FAILED);
    message = g_strdup (dojo_check_result_get_message (result));
  }
  assert_contains (message, "`big.py` is too large to be type-checked");
  g_assert_cmpfloat (elapsed, <, 10.0);
}

static void
test_paths_outside (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->project, "passwd.py", NULL);
  g_autofree char *message = NULL;

  write_file (f->project, "main.py", "def add(a: int, b: int) -> int:\n    return a + b\n");
  g_assert_cmpint (symlink ("/etc/passwd", link), ==, 0);

  /* The harness ignores every name that leads out of the project. */
  message = type_check (f, TYPE_CHECK (", \"files\": [\"../../etc/passwd\", \"/etc/passwd\", "
                                       "\"../../../../etc/os-release.py\", \"passwd.py\", "
                                       "\"main.py\"]"), TRUE, NULL);
  assert_lacks (message, "root");
}

static void
test_validator_refuses (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *exercise = fixture_replace (fixture_exercise,
    "    {\"id\": \"unit\", \"type\": \"unittest\", \"test\": \"tests/test_greet.py\"}\n",
    "    {\"id\": \"types\", \"type\": \"type-check\", \"files\": [\"../../etc/passwd\", "
    "\"/etc/shadow.py\", \"../x.py\", 3, \"main.py\"], \"mode\": \"loose\"}\n");
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GHashTable) errors_on_line = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                g_free, NULL);
  gboolean mode_named = FALSE;

  fixture_write (root, "exercises/greet/exercise.json", exercise);
  g_assert_false (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems));
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = dojo_pack_problem_to_string (problem);

      if (g_test_verbose ())
        g_printerr ("%s\n", text);
      /* Two items of the pack share the exercise: each error comes twice. */
      if (problem->line == 8 && problem->severity == DOJO_PACK_SEVERITY_ERROR)
        g_hash_table_add (errors_on_line, g_strdup (text));
      if (strstr (text, "'mode' is 'loose'") != NULL)
        mode_named = TRUE;
    }
  /* Four bad names, and the mode; main.py is fine. */
  g_assert_cmpuint (g_hash_table_size (errors_on_line), ==, 5);
  g_assert_true (mode_named);
}

static void
test_mypy_missing (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *wrapper = g_build_filename (f->exercise, "python-without-mypy", NULL);
  g_autofree char *message = NULL;

  /* The system's Python, with `import mypy` failing in the harness. */
  write_file (f->exercise, "python-without-mypy",
              "#!/bin/sh\n"
              "if [ \"$1\" = -I ] && [ \"$2\" = -S ] && [ \"$5\" = -c ]; then\n"
              "  a1=$1 a2=$2 a3=$3 a4=$4 code=$6\n"
              "  shift 6\n"
              "  exec /usr/bin/python3 \"$a1\" \"$a2\" \"$a3\" \"$a4\" -c "
              "\"import sys; sys.modules['mypy'] = None; $code\" \"$@\"\n"
              "fi\n"
              "exec /usr/bin/python3 \"$@\"\n");
  g_assert_cmpint (g_chmod (wrapper, 0755), ==, 0);
  g_setenv ("DOJO_PYTHON", wrapper, TRUE);
  write_file (f->project, "main.py", wrong_return);
  message = type_check (f, TYPE_CHECK (""), FALSE, NULL);
  g_unsetenv ("DOJO_PYTHON");
  g_assert_cmpstr (message, ==,
                   "Dojo is not installed completely: the type checker (mypy) is missing.");
}

/* The words, for every code the course meets -------------------------------- */

static char *
describe (const char *json)
{
  g_autoptr(JsonObject) diag = parse_exercise (json);

  return dojo_type_error_describe (diag);
}

static void
test_words (void)
{
  static const struct
  {
    const char *diagnostic;
    const char *words;
  } cases[] = {
    { "{\"code\": \"return-value\", \"function\": \"add\", \"expected\": \"str\", "
      "\"got\": \"int\", \"expr\": \"a + b\"}",
      "`add` promises to give back a `str`, but `a + b` is an `int`." },
    { "{\"code\": \"no-untyped-def\", \"function\": \"area\", \"missing\": [\"w\", \"h\"]}",
      "`area` needs type hints on its parameters `w` and `h`." },
    { "{\"code\": \"no-untyped-def\", \"function\": \"area\", \"missing\": [\"return\"]}",
      "`area` does not say what type of value it gives back." },
    { "{\"code\": \"arg-type\", \"argument\": 2, \"callee\": \"add\", \"expected\": \"int\", "
      "\"got\": \"str | None\", \"expr\": \"name\"}",
      "Argument 2 of `add` should be an `int`, but `name` is a `str | None`." },
    { "{\"code\": \"assignment\", \"name\": \"age\", \"expected\": \"int\", \"got\": \"str\", "
      "\"expr\": \"input()\"}",
      "`age` is to hold an `int` (its type hint says so), but `input()` is a `str`." },
    { "{\"code\": \"operator\", \"operator\": \"+\", \"left\": \"str\", \"right\": \"int\", "
      "\"expr\": \"'Age: ' + age\"}",
      "In `'Age: ' + age`, `+` cannot join a `str` and an `int`. Turn one into the other’s "
      "type first" },
    { "{\"code\": \"call-arg\", \"problem\": \"too-many\", \"callee\": \"add\"}",
      "This call gives `add` more values than it takes." },
    { "{\"code\": \"call-arg\", \"problem\": \"missing\", \"callee\": \"add\", "
      "\"name\": \"a, b\"}",
      "This call of `add` gives no values for its parameters `a` and `b`." },
    { "{\"code\": \"call-arg\", \"problem\": \"unexpected\", \"callee\": \"add\", "
      "\"name\": \"c\"}",
      "`add` has no parameter called `c`." },
    { "{\"code\": \"name-defined\", \"name\": \"totl\"}",
      "The name `totl` is not defined here." },
    { "{\"code\": \"attr-defined\", \"got\": \"list[int]\", \"attribute\": \"push\"}",
      "A `list[int]` has no attribute or method `push`." },
    { "{\"code\": \"attr-defined\", \"module\": \"math\", \"attribute\": \"squareroot\"}",
      "The module `math` has nothing called `squareroot`." },
    { "{\"code\": \"union-attr\", \"item\": \"None\", \"got\": \"str | None\", "
      "\"attribute\": \"upper\", \"expr\": \"word.upper\"}",
      "`word` might be `None` here, and `None` has no `upper`. Check first, with "
      "`if word is not None:`." },
    { "{\"code\": \"empty-body\", \"function\": \"greeting\"}",
      "`greeting` promises to give back a value, but its body does nothing yet." },
    { "{\"code\": \"return\", \"function\": \"sign\"}",
      "`sign` promises to give back a value, but it can reach its end without a `return`." },
    { "{\"code\": \"func-returns-value\", \"callee\": \"show\"}",
      "`show` does not give back a value" },
    { "{\"code\": \"valid-type\", \"name\": \"any\", \"suggestion\": \"Any\"}",
      "`any` is not a type: it is a function" },
    { "{\"code\": \"valid-type\", \"expr\": \"\\\"anything at all\\\"\"}",
      "`\"anything at all\"` is not a type." },
    { "{\"code\": \"index\", \"container\": \"list[int]\", \"got\": \"str\", "
      "\"expected\": \"int\"}",
      "A `list[int]` cannot be indexed with a `str`: it takes an `int` between the brackets." },
    { "{\"code\": \"var-annotated\", \"name\": \"scores\"}",
      "The type checker cannot tell what `scores` will hold." },
    { "{\"code\": \"type-arg\", \"name\": \"dict\"}",
      "`dict` needs the type of what it holds" },
    { "{\"code\": \"redundant-cast\", \"mypy\": \"Redundant cast to \\\"int\\\"\"}",
      "The type checker found a problem here: “Redundant cast to \"int\"”" },
    { "{\"code\": \"operator\", \"mypy\": \"Something new\"}",
      "The type checker found a problem here: “Something new”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *words = describe (cases[i].diagnostic);

      assert_contains (words, cases[i].words);
      assert_lacks (words, "Line ");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  g_test_add_func ("/type-check/words", test_words);
  g_test_add_func ("/type-check/validator-refuses", test_validator_refuses);
  ADD ("/type-check/wrong-return", test_wrong_return);
  ADD ("/type-check/not-a-type", test_not_a_type);
  ADD ("/type-check/correct-passes", test_correct_passes);
  ADD ("/type-check/modes", test_modes);
  ADD ("/type-check/many-errors", test_many_errors);
  ADD ("/type-check/hostile/config-not-read", test_config_not_read);
  ADD ("/type-check/hostile/syntax-error", test_syntax_error);
  ADD ("/type-check/hostile/non-utf8", test_non_utf8);
  ADD ("/type-check/hostile/huge-file", test_huge_file);
  ADD ("/type-check/hostile/paths-outside", test_paths_outside);
  ADD ("/type-check/mypy-missing", test_mypy_missing);

  return g_test_run ();
}
