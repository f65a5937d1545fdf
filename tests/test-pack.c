/* test-pack.c: loading and validating content packs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dojo-pack.h"

#include "pack-fixture.h"

static DojoPack *
load (const char  *root,
      const char  *language,
      GError     **error)
{
  g_autoptr(GFile) dir = g_file_new_for_path (root);

  return dojo_pack_load (dir, language, error);
}

/* The pack does not load, with @code, and the message names @location
 * ("manifest.json:19:"). */
static void
assert_load_fails (const char *root,
                   int         code,
                   const char *location)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = load (root, NULL, &error);

  g_assert_null (pack);
  g_assert_error (error, DOJO_PACK_ERROR, code);
  if (!g_str_has_prefix (error->message, location))
    g_error ("expected '%s...', got '%s'", location, error->message);
}

/* What validate said, for a test that fails. */
static void
print_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *str = dojo_pack_problem_to_string (problem);

      g_printerr ("  have (code %d): %s\n", problem->code, str);
    }
}

static GPtrArray *
validate (const char *root,
          gboolean    expect_valid)
{
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  GPtrArray *problems = NULL;
  gboolean valid = dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems);

  g_assert_nonnull (problems);
  if (valid != expect_valid)
    {
      print_problems (problems);
      g_error ("expected the pack to be %s", expect_valid ? "valid" : "invalid");
    }

  return problems;
}

/* validate lists a problem of @severity with @code in @file at @line. */
static void
assert_problem_full (GPtrArray        *problems,
                     DojoPackSeverity  severity,
                     int               code,
                     const char       *file,
                     guint             line)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      if ((int)problem->code == code && g_str_equal (problem->file, file)
          && problem->line == line && problem->severity == severity)
        return;
    }

  print_problems (problems);
  g_error ("expected %s code %d at %s:%u",
           severity == DOJO_PACK_SEVERITY_ERROR ? "error" : "warning", code, file, line);
}

/* validate lists an error with @code in @file at @line. */
static void
assert_problem (GPtrArray  *problems,
                int         code,
                const char *file,
                guint       line)
{
  assert_problem_full (problems, DOJO_PACK_SEVERITY_ERROR, code, file, line);
}

/* validate lists a warning with @code in @file at @line. */
static void
assert_warning (GPtrArray  *problems,
                int         code,
                const char *file,
                guint       line)
{
  assert_problem_full (problems, DOJO_PACK_SEVERITY_WARNING, code, file, line);
}

/* validate lists exactly @n problems: no more than the test asserts. */
static void
assert_n_problems (GPtrArray *problems,
                   guint      n)
{
  if (problems->len == n)
    return;

  print_problems (problems);
  g_error ("expected %u problems, got %u", n, problems->len);
}

static char *
pack_with (const char *from,
           const char *to)
{
  g_autofree char *manifest = fixture_replace (fixture_manifest, from, to);

  return fixture_make_pack (manifest);
}

static void
test_load_valid (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = load (root, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;
  DojoPackItem *greet, *count_down;
  DojoPackPhase *loops;

  g_assert_no_error (error);
  g_assert_nonnull (pack);

  g_assert_cmpstr (dojo_pack_get_id (pack), ==, "io.example.test-pack");
  g_assert_cmpstr (dojo_pack_get_version (pack), ==, "1.0.0");
  g_assert_cmpstr (dojo_pack_get_title (pack), ==, "Test pack");
  g_assert_cmpstr (dojo_pack_get_python (pack), ==, "3.10");
  g_assert_cmpstr (dojo_pack_get_authors (pack)[1], ==, "Grace <g@example.org>");
  g_assert_null (dojo_pack_get_translation (pack));

  g_assert_cmpuint (dojo_pack_get_n_phases (pack), ==, 3);
  g_assert_cmpuint (dojo_pack_get_n_items (pack), ==, 8);

  loops = dojo_pack_lookup_phase (pack, "loops");
  g_assert_true (loops == dojo_pack_get_phase (pack, 1));
  g_assert_cmpstr (dojo_pack_phase_get_title (loops), ==, "Loops");
  g_assert_cmpuint (dojo_pack_phase_get_n_items (loops), ==, 4);

  greet = dojo_pack_lookup_item (pack, "greet");
  g_assert_nonnull (greet);
  g_assert_cmpint (dojo_pack_item_get_item_type (greet), ==, DOJO_PACK_ITEM_EXERCISE);
  g_assert_cmpstr (dojo_pack_item_get_path (greet), ==, "exercises/greet");
  g_assert_cmpint (dojo_pack_get_item_index (pack, greet), ==, 1);
  g_assert_cmpstr (dojo_pack_phase_get_id (dojo_pack_item_get_phase (greet)), ==, "basics");

  /* Course order runs across phases. */
  count_down = dojo_pack_lookup_item (pack, "count-down");
  g_assert_cmpint (dojo_pack_get_item_index (pack, count_down), ==, 4);
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_pack_get_next_item (pack, dojo_pack_lookup_item (pack, "basics-quiz"))), ==, "while-loops");
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_pack_get_previous_item (pack, count_down)), ==, "while-loops");
  g_assert_null (dojo_pack_get_previous_item (pack, dojo_pack_get_item (pack, 0)));
  g_assert_null (dojo_pack_get_next_item (pack, dojo_pack_get_item (pack, 7)));
  g_assert_null (dojo_pack_lookup_item (pack, "nope"));
  g_assert_null (dojo_pack_lookup_item (pack, "loops")); /* a phase, not an item */

  /* The whole pack is valid: no errors and no warnings. */
  problems = validate (root, TRUE);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* The manifest's `packages`: none when it declares none, the names when
 * it does, and a name that is not a string is an error at its line. */
static void
test_packages (void)
{
  g_autofree char *plain = fixture_make_pack (NULL);
  g_autofree char *manifest = fixture_replace (fixture_manifest, "  \"python\": \"3.10\",\n",
                                               "  \"python\": \"3.10\",\n"
                                               "  \"packages\": [\"pytest\"],\n");
  g_autofree char *declared = fixture_make_pack (manifest);
  g_autofree char *bad_manifest = fixture_replace (fixture_manifest, "  \"python\": \"3.10\",\n",
                                                   "  \"python\": \"3.10\",\n"
                                                   "  \"packages\": [\"pytest\", 7],\n");
  g_autofree char *bad = fixture_make_pack (bad_manifest);
  g_autoptr(DojoPack) without = load (plain, NULL, NULL);
  g_autoptr(DojoPack) with = load (declared, NULL, NULL);

  g_assert_nonnull (without);
  g_assert_nonnull (with);
  g_assert_cmpuint (g_strv_length ((char **)dojo_pack_get_packages (without)), ==, 0);
  g_assert_cmpuint (g_strv_length ((char **)dojo_pack_get_packages (with)), ==, 1);
  g_assert_cmpstr (dojo_pack_get_packages (with)[0], ==, "pytest");
  assert_load_fails (bad, DOJO_PACK_ERROR_WRONG_TYPE, "manifest.json:12:");
}

static void
test_read_item (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = load (root, NULL, &error);
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) exercise = NULL;
  JsonArray *checks;

  text = dojo_pack_read_item_text (pack, dojo_pack_lookup_item (pack, "while-loops"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "# While\n\nRepeat while a condition holds.\n");

  exercise = dojo_pack_read_item_json (pack, dojo_pack_lookup_item (pack, "greet"), &error);
  g_assert_no_error (error);
  checks = json_object_get_array_member (json_node_get_object (exercise), "checks");
  g_assert_cmpuint (json_array_get_length (checks), ==, 2);
  /* Check objects are kept as written, members the loader does not know included. */
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (checks, 0),
                                                  "expect"), ==, "Hello, Ada!\n");
}

static void
assert_gates (DojoPack   *pack,
              const char *item_id,
              const char *expected)
{
  g_autoptr(GPtrArray) gates = dojo_pack_get_gated_constructs (pack, item_id);
  g_autoptr(GString) str = g_string_new (NULL);

  g_assert_nonnull (gates);
  for (guint i = 0; i < gates->len; i++)
    {
      const DojoPackGate *gate = g_ptr_array_index (gates, i);

      g_string_append_printf (str, "%s%s@%s", i ? " " : "", gate->construct, gate->title);
    }

  g_assert_cmpstr (str->str, ==, expected);
}

static void
test_gated_constructs (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = load (root, NULL, &error);

  g_assert_no_error (error);

  /* "if" comes with the first phase, so it is never gated. */
  assert_gates (pack, "hello",
                "while@Loops with while for@Loops with for break@Loops with for "
                "def@Functions return@Functions");
  assert_gates (pack, "count-down",
                "for@Loops with for break@Loops with for def@Functions return@Functions");
  /* Allowed from the introducing item on. */
  assert_gates (pack, "while-loops",
                "for@Loops with for break@Loops with for def@Functions return@Functions");
  assert_gates (pack, "for-loops", "def@Functions return@Functions");
  assert_gates (pack, "sum-list", "def@Functions return@Functions");
  /* A phase's constructs are allowed from its first item on. */
  assert_gates (pack, "def-intro", "");
  g_assert_null (dojo_pack_get_gated_constructs (pack, "no-such-item"));
}

static void
test_translation_fallback (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoPack) de = NULL;
  g_autoptr(DojoPack) fr = NULL;
  g_autoptr(DojoPack) es = NULL;
  g_autoptr(DojoPack) none = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) gates = NULL;
  g_autofree char *text = NULL;

  fixture_write (root, "i18n/de/strings.json",
                 "{\"pack\": {\"title\": \"Testpaket\"},\n"
                 " \"phases\": {\"basics\": \"Grundlagen\"},\n"
                 " \"items\": {\"hello\": \"Hallo\", \"for-loops\": \"Schleifen mit for\"}}\n");
  fixture_write (root, "i18n/de/lessons/hello.md", "# Hallo\n");
  fixture_write (root, "i18n/de/exercises/greet/instructions.md", "Frag nach einem Namen.\n");
  fixture_write (root, "i18n/es/strings.json", "{\"items\": {\"hello\": 42}}\n");

  /* de_DE.UTF-8 falls back to de. */
  de = load (root, "de_DE.UTF-8", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_get_translation (de), ==, "de");
  g_assert_cmpstr (dojo_pack_get_title (de), ==, "Testpaket");
  g_assert_cmpstr (dojo_pack_phase_get_title (dojo_pack_get_phase (de, 0)), ==, "Grundlagen");
  g_assert_cmpstr (dojo_pack_item_get_title (dojo_pack_lookup_item (de, "hello")), ==, "Hallo");
  /* What is not translated stays as written. */
  g_assert_cmpstr (dojo_pack_item_get_title (dojo_pack_lookup_item (de, "greet")), ==, "Greet");
  text = dojo_pack_read_item_text (de, dojo_pack_lookup_item (de, "hello"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "# Hallo\n");
  g_clear_pointer (&text, g_free);
  text = dojo_pack_read_item_text (de, dojo_pack_lookup_item (de, "for-loops"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "# For\n\nRepeat for each element.\n");
  /* A translated file replaces the file; a folder stays the pack's own,
   * since the exercise's tests and starter are there, not in i18n/. */
  {
    g_autoptr(GFile) folder = dojo_pack_resolve (de, "exercises/greet", &error);
    g_autoptr(GFile) instructions = dojo_pack_resolve (de, "exercises/greet/instructions.md",
                                                       &error);
    g_autofree char *expected_folder = g_build_filename (root, "exercises", "greet", NULL);
    g_autofree char *real_folder = realpath (expected_folder, NULL);

    g_assert_no_error (error);
    g_assert_cmpstr (g_file_peek_path (folder), ==, real_folder);
    g_assert_nonnull (strstr (g_file_peek_path (instructions), "/i18n/de/exercises/greet/"));
  }

  /* Gates name translated titles. */
  gates = dojo_pack_get_gated_constructs (de, "hello");
  g_assert_cmpstr (((DojoPackGate *)g_ptr_array_index (gates, 1))->title, ==, "Schleifen mit for");

  /* BCP 47 tags work too; a language the pack lacks means no translation. */
  g_clear_object (&de);
  de = load (root, "de-AT", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_get_translation (de), ==, "de");

  fr = load (root, "fr_FR", &error);
  g_assert_no_error (error);
  g_assert_null (dojo_pack_get_translation (fr));
  g_assert_cmpstr (dojo_pack_item_get_title (dojo_pack_lookup_item (fr, "hello")), ==, "Hello");

  none = load (root, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_item_get_title (dojo_pack_lookup_item (none, "hello")), ==, "Hello");

  /* A broken translation does not lock the learner out... */
  es = load (root, "es", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dojo_pack_item_get_title (dojo_pack_lookup_item (es, "hello")), ==, "Hello");

  /* ...but the teacher hears of it. */
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_WRONG_TYPE, "i18n/es/strings.json", 1);
}

static void
test_invalid_json (void)
{
  /* The comma after "1.0.0" (line 4) is missing: the parser notices on line 5. */
  g_autofree char *root = pack_with ("\"version\": \"1.0.0\",", "\"version\": \"1.0.0\"");
  g_autoptr(GPtrArray) problems = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_INVALID_JSON, "manifest.json:5: ");
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_JSON, "manifest.json", 5);
}

static void
test_invalid_json_trailing_comma (void)
{
  g_autofree char *root = pack_with ("\"python\": \"3.10\",\n  \"phases\"", "\"python\": \"3.10\",,\n  \"phases\"");

  assert_load_fails (root, DOJO_PACK_ERROR_INVALID_JSON, "manifest.json:11: ");
}

static void
test_missing_manifest (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *manifest = g_build_filename (root, "manifest.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_cmpint (g_unlink (manifest), ==, 0);
  assert_load_fails (root, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json: ");
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json", 0);
}

static void
test_missing_field (void)
{
  /* The "greet" item (line 15) has no title. */
  g_autofree char *root = pack_with ("\"title\": \"Greet\", ", "");
  g_autofree char *no_license = pack_with ("  \"license\": \"CC-BY-SA-4.0\",\n", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_MISSING_FIELD, "manifest.json:15: ");
  pack = load (root, NULL, &error);
  g_assert_nonnull (strstr (error->message, "'title'"));

  /* A member missing from the manifest itself: the object starts on line 1. */
  assert_load_fails (no_license, DOJO_PACK_ERROR_MISSING_FIELD, "manifest.json:1: ");
}

static void
test_wrong_type (void)
{
  g_autofree char *root = pack_with ("\"version\": \"1.0.0\"", "\"version\": 1");

  assert_load_fails (root, DOJO_PACK_ERROR_WRONG_TYPE, "manifest.json:4: ");
}

static void
test_missing_referenced_file (void)
{
  g_autofree char *root = pack_with ("lessons/while.md", "lessons/nope.md");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autofree char *text = NULL;
  g_autofree char *solution = g_build_filename (root, "exercises/greet/solution/main.py", NULL);

  g_assert_cmpint (g_unlink (solution), ==, 0);

  /* The index loads without touching every file... */
  pack = load (root, NULL, &error);
  g_assert_no_error (error);
  text = dojo_pack_read_item_text (pack, dojo_pack_lookup_item (pack, "while-loops"), &error);
  g_assert_null (text);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE);
  g_assert_nonnull (strstr (error->message, "lessons/nope.md"));

  /* ...validate checks them all, and says where each is referenced. */
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json", 19);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "exercises/greet/exercise.json", 11);
}

static void
test_duplicate_id (void)
{
  g_autofree char *root = pack_with ("\"id\": \"count-down\"", "\"id\": \"greet\"");
  g_autofree char *phase_dup = pack_with ("\"id\": \"functions\"", "\"id\": \"hello\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_DUPLICATE_ID, "manifest.json:20: ");
  pack = load (root, NULL, &error);
  g_assert_nonnull (strstr (error->message, "line 15"));

  /* Phases and items share one namespace. */
  assert_load_fails (phase_dup, DOJO_PACK_ERROR_DUPLICATE_ID, "manifest.json:24: ");
}

static void
test_bad_id (void)
{
  g_autofree char *root = pack_with ("\"id\": \"while-loops\"", "\"id\": \"Loops 2\"");
  g_autofree char *long_id = NULL;
  g_autofree char *too_long = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_INVALID_ID, "manifest.json:19: ");
  pack = load (root, NULL, &error);
  g_assert_nonnull (strstr (error->message, "'Loops 2'"));

  long_id = g_strnfill (65, 'a');
  too_long = g_strdup_printf ("\"id\": \"%s\"", long_id);
  g_clear_pointer (&root, g_free);
  root = pack_with ("\"id\": \"while-loops\"", too_long);
  assert_load_fails (root, DOJO_PACK_ERROR_INVALID_ID, "manifest.json:19: ");

  g_assert_true (dojo_pack_is_valid_id ("loops-2"));
  long_id[64] = '\0';
  g_assert_true (dojo_pack_is_valid_id (long_id));
  g_assert_false (dojo_pack_is_valid_id ("loops--2"));
  g_assert_false (dojo_pack_is_valid_id ("-loops"));
  g_assert_false (dojo_pack_is_valid_id ("loops-"));
  g_assert_false (dojo_pack_is_valid_id (""));
  g_assert_false (dojo_pack_is_valid_id ("Loops"));
  g_assert_false (dojo_pack_is_valid_id ("loops_2"));
}

static void
test_unknown_format (void)
{
  g_autofree char *root = pack_with ("\"format\": 1", "\"format\": 2");
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_UNKNOWN_FORMAT, "manifest.json:2: ");
  pack = load (root, NULL, &error);
  g_assert_nonnull (strstr (error->message, "update Dojo"));
}

static void
test_needs_newer_app (void)
{
  g_autofree char *root = pack_with ("\"min_app_version\": \"0.1.0\"",
                                     "\"min_app_version\": \"99.0.0\"");

  assert_load_fails (root, DOJO_PACK_ERROR_NEEDS_NEWER_APP, "manifest.json:10: ");
}

static void
test_path_dotdot (void)
{
  g_autofree char *root = pack_with ("lessons/while.md", "lessons/../../secret.md");
  g_autofree char *ok = fixture_make_pack (NULL);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_UNSAFE_PATH, "manifest.json:19: ");

  pack = load (ok, NULL, &error);
  g_assert_no_error (error);
  file = dojo_pack_resolve (pack, "../manifest.json", &error);
  g_assert_null (file);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH);
  g_clear_error (&error);
  file = dojo_pack_resolve (pack, "lessons/hello.md", &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
}

static void
test_path_absolute (void)
{
  g_autofree char *root = pack_with ("lessons/while.md", "/etc/passwd");
  g_autofree char *ok = fixture_make_pack (NULL);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_UNSAFE_PATH, "manifest.json:19: ");

  pack = load (ok, NULL, &error);
  file = dojo_pack_resolve (pack, "/etc/passwd", &error);
  g_assert_null (file);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH);
}

static void
test_symlink_out (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *outside = g_build_filename (g_get_user_cache_dir (), "outside.md", NULL);
  g_autofree char *outside_dir = g_build_filename (g_get_user_cache_dir (), "outside-dir", NULL);
  g_autofree char *lesson = g_build_filename (root, "lessons", "while.md", NULL);
  g_autofree char *exercise = g_build_filename (root, "exercises", "greet", "tests", NULL);
  g_autofree char *inside = g_build_filename (root, "lessons", "for.md", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (outside, "# secret\n", -1, NULL));
  g_assert_cmpint (g_unlink (lesson), ==, 0);
  g_assert_cmpint (symlink (outside, lesson), ==, 0);

  /* A linked folder leading out is caught as well. */
  fixture_write (outside_dir, "test_greet.py", "import unittest\n");
  g_clear_pointer (&text, g_free);
  text = g_build_filename (exercise, "test_greet.py", NULL);
  g_assert_cmpint (g_unlink (text), ==, 0);
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (g_rmdir (exercise), ==, 0);
  g_assert_cmpint (symlink (outside_dir, exercise), ==, 0);

  /* A link that stays inside the pack is fine. */
  g_assert_cmpint (g_unlink (inside), ==, 0);
  g_assert_cmpint (symlink ("hello.md", inside), ==, 0);

  pack = load (root, NULL, &error);
  g_assert_no_error (error);

  file = dojo_pack_resolve (pack, "lessons/while.md", &error);
  g_assert_null (file);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH);
  g_clear_error (&error);

  text = dojo_pack_read_item_text (pack, dojo_pack_lookup_item (pack, "while-loops"), &error);
  g_assert_null (text);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_UNSAFE_PATH);
  g_assert_true (g_str_has_prefix (error->message, "lessons/while.md: "));
  g_clear_error (&error);

  text = dojo_pack_read_item_text (pack, dojo_pack_lookup_item (pack, "for-loops"), &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "# Hello"));

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, "manifest.json", 19);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, "exercises/greet/exercise.json", 8);
}

static void
test_huge_file (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *lesson = g_build_filename (root, "lessons", "while.md", NULL);
  g_autofree char *big = g_strnfill (2 * 1024 * 1024, 'x');
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *big_manifest = NULL;

  g_assert_true (g_file_set_contents (lesson, big, -1, NULL));

  pack = load (root, NULL, &error);
  g_assert_no_error (error);
  text = dojo_pack_read_item_text (pack, dojo_pack_lookup_item (pack, "while-loops"), &error);
  g_assert_null (text);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "lessons/while.md"));

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_TOO_LARGE, "manifest.json", 19);

  /* The manifest has its limit too. */
  big_manifest = g_strdup_printf ("{\"format\": 1, \"padding\": \"%s\"}", big);
  g_clear_pointer (&root, g_free);
  root = fixture_make_pack (big_manifest);
  assert_load_fails (root, DOJO_PACK_ERROR_TOO_LARGE, "manifest.json: ");
}

static char *
manifest_with_items (guint       n,
                     const char *item_format)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_string_append (str, "{\n\"format\": 1, \"id\": \"io.example.big\", \"version\": \"1.0.0\",\n"
                        "\"title\": \"Big\", \"description\": \"Big\", \"language\": \"en\",\n"
                        "\"authors\": [\"A\"], \"license\": \"MIT\", \"min_app_version\": \"0.1.0\",\n"
                        "\"python\": \"3.10\",\n\"phases\": [{\"id\": \"p\", \"title\": \"P\", \"items\": [\n");
  for (guint i = 0; i < n; i++)
    {
      g_string_append (str, i ? ",\n" : "");
      g_string_append_printf (str, item_format, i, i);
    }
  g_string_append (str, "]}]}\n");

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* The bound says the work is not per item; under ASan and UBSan
 * (make test-asan) the same parse is several times slower. It is on the
 * CPU time this process spent, not the clock: a loaded machine made the
 * clock's second run out while the work stayed the same. */
#if defined(__SANITIZE_ADDRESS__)
# define REFUSE_USEC (10 * G_USEC_PER_SEC)
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define REFUSE_USEC (10 * G_USEC_PER_SEC)
# endif
#endif
#ifndef REFUSE_USEC
# define REFUSE_USEC G_USEC_PER_SEC
#endif

static gint64
cpu_usec (void)
{
  struct timespec ts;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts), ==, 0);
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
test_too_many_items (void)
{
  g_autofree char *real = manifest_with_items (200000,
                                               "{\"id\": \"item-%u\", \"type\": \"lesson\", "
                                               "\"title\": \"Item %u\", \"path\": \"l.md\"}");
  g_autofree char *compact = manifest_with_items (200000, "{}");
  g_autofree char *root = fixture_make_pack (real);
  g_autofree char *root_compact = NULL;
  gint64 start;

  /* Refused by size before parsing. */
  start = cpu_usec ();
  assert_load_fails (root, DOJO_PACK_ERROR_TOO_LARGE, "manifest.json: ");
  g_assert_cmpint (cpu_usec () - start, <, REFUSE_USEC);

  /* Under the size limit, refused by count, before any per-item work (and
   * without 200,000 "missing id" problems). */
  compact = g_strdelimit (compact, "\n", ' ');
  root_compact = fixture_make_pack (compact);
  start = cpu_usec ();
  assert_load_fails (root_compact, DOJO_PACK_ERROR_TOO_LARGE, "manifest.json:1: ");
  g_assert_cmpint (cpu_usec () - start, <, REFUSE_USEC);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"format\": 1,\n\"phases\": ");
  g_autofree char *root = NULL;
  g_autofree char *exercise = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, ']');
  g_string_append (deep, "}\n");

  root = fixture_make_pack (deep->str);
  assert_load_fails (root, DOJO_PACK_ERROR_TOO_LARGE, "manifest.json:2: ");

  /* In an exercise, too. */
  g_clear_pointer (&root, g_free);
  root = fixture_make_pack (NULL);
  exercise = g_strdup_printf ("{\"title\": \"x\",\n\"checks\": %s}", deep->str + strlen ("{\"format\": 1,\n\"phases\": "));
  fixture_write (root, "exercises/greet/exercise.json", exercise);
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_TOO_LARGE, "exercises/greet/exercise.json", 2);
}

static void
test_unknown_construct (void)
{
  g_autofree char *root = pack_with ("\"introduces\": [\"while\"]",
                                     "\"introduces\": [\"while\", \"whilst\"]");
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = NULL;

  assert_load_fails (root, DOJO_PACK_ERROR_UNKNOWN_CONSTRUCT, "manifest.json:19: ");
  pack = load (root, NULL, &error);
  g_assert_nonnull (strstr (error->message, "'whilst'"));
}

static void
test_raw_html (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "lessons/while.md",
                 "# While\n"                                  /* 1 */
                 "\n"                                         /* 2 */
                 "<div class=\"box\">\n"                      /* 3 */
                 "boxed\n"                                    /* 4 */
                 "</div>\n"                                   /* 5 */
                 "\n"                                         /* 6 */
                 "Some <b>bold</b> text.\n"                   /* 7 */
                 "\n"                                         /* 8 */
                 "![remote](https://example.org/x.png)\n"     /* 9 */
                 "\n"                                         /* 10 */
                 "![gone](missing.png)\n"                     /* 11 */
                 "\n"                                         /* 12 */
                 "`<b>` in code is fine.\n");                 /* 13 */

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, "lessons/while.md", 3);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, "lessons/while.md", 7);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, "lessons/while.md", 9);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "lessons/while.md", 11);
  /* One report for the whole HTML block; nothing for code spans. */
  g_assert_cmpuint (problems->len, ==, 4);
}

static void
test_exercise_and_quiz_problems (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *q1 = NULL, *q2 = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  e1 = fixture_replace (fixture_exercise, "\"id\": \"unit\", \"type\": \"unittest\"",
                        "\"id\": \"says-hello\", \"type\": \"doctest\"");
  e2 = fixture_replace (e1, "\"revision\": 1", "\"revision\": 0");
  e3 = fixture_replace (e2, "\"entry\": \"main.py\"", "\"entry\": \"app.py\"");
  fixture_write (root, "exercises/greet/exercise.json", e3);

  q1 = fixture_replace (fixture_quiz, "\"answer\": 0}", "\"answer\": 2}");
  q2 = fixture_replace (q1, "\"answer\": \"greet\"", "\"answer\": \"hello\"");
  fixture_write (root, "quizzes/basics.json", q2);

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_DUPLICATE_ID, "exercises/greet/exercise.json", 8);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "exercises/greet/exercise.json", 8);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "exercises/greet/exercise.json", 14);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "exercises/greet/exercise.json", 5);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "quizzes/basics.json", 5);
  assert_problem (problems, DOJO_PACK_ERROR_UNKNOWN_ID, "quizzes/basics.json", 8);
}

/* A list that must hold something is reported empty at its line. */
static void
test_empty_lists (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *exercise = NULL;
  g_autofree char *quiz = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  exercise = fixture_replace (fixture_exercise, "  \"checks\": [\n",
                              "  \"checks\": [], \"x\": [\n");
  quiz = fixture_replace (fixture_quiz, "  \"questions\": [\n",
                          "  \"questions\": [], \"x\": [\n");
  fixture_write (root, "exercises/greet/exercise.json", exercise);
  fixture_write (root, "quizzes/basics.json", quiz);

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "exercises/greet/exercise.json", 6);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "quizzes/basics.json", 4);
}

/* The greet exercise with two starter files, one member per line. Two
 * items of the fixture ("greet", "count-down") share its folder, so each
 * problem in it is listed twice. */
#define OPEN_EXERCISE(open_lines) \
  "{\n"                                                                     /*  1 */ \
  "  \"title\": \"Greet\",\n"                                               /*  2 */ \
  "  \"instructions\": \"instructions.md\",\n"                              /*  3 */ \
  "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}, \"helper.py\": \"X = 1\\n\"},\n" /* 4 */ \
  "  \"entry\": \"main.py\",\n"                                             /*  5 */ \
  open_lines                                                                /*  6 … */ \
  "  \"checks\": [{\"id\": \"says-hello\", \"type\": \"io\", \"expect\": \"Hello\\n\"}],\n" \
  "  \"solution\": \"solution/main.py\",\n" \
  "  \"revision\": 1\n" \
  "}\n"

static void
test_open_valid (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "exercises/greet/exercise.json",
                 OPEN_EXERCISE ("  \"open\": [\"helper.py\", \"main.py\"],\n"));

  problems = validate (root, TRUE);
  assert_n_problems (problems, 0);
}

static void
test_open_invalid (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *not_a_list = fixture_make_pack (NULL);
  g_autofree char *empty = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;
  const char *file = "exercises/greet/exercise.json";

  fixture_write (root, file,
                 OPEN_EXERCISE ("  \"open\": [\n"            /*  6 */
                                "    \"helper.py\",\n"       /*  7 */
                                "    42,\n"                  /*  8 */
                                "    \"\",\n"                /*  9 */
                                "    \"/etc/passwd\",\n"     /* 10 */
                                "    \"../main.py\",\n"      /* 11 */
                                "    \"pkg\\\\util.py\",\n"  /* 12 */
                                "    \"notes.txt\",\n"       /* 13 */
                                "    \"helper.py\",\n"       /* 14 */
                                "    \"./main.py\"\n"        /* 15 */
                                "  ],\n"                     /* 16 */
                                "  \"opne\": [\"main.py\"],\n")); /* 17 */
  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_WRONG_TYPE, file, 8);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 9);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, file, 10);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, file, 11);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, file, 12);
  /* A tab for a file the project does not have would open empty. */
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 13);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 14);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 15);
  /* A typo is a field Dojo does not know: a warning, as for any member. */
  assert_warning (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 17);
  assert_n_problems (problems, 2 * 9);
  g_clear_pointer (&problems, g_ptr_array_unref);

  fixture_write (not_a_list, file, OPEN_EXERCISE ("  \"open\": \"helper.py\",\n"));
  problems = validate (not_a_list, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_WRONG_TYPE, file, 6);
  assert_n_problems (problems, 2 * 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  fixture_write (empty, file, OPEN_EXERCISE ("  \"open\": [],\n"));
  problems = validate (empty, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, file, 6);
  assert_n_problems (problems, 2 * 1);
}

static void
test_project_links (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;
  const char *file = "exercises/greet/exercise.json";

  fixture_write (root, "lessons/while.md",
                 "# While\n"                                                  /*  1 */
                 "\n"                                                         /*  2 */
                 "Write it in [main.py](project:main.py#L3).\n"               /*  3 */
                 "\n"                                                         /*  4 */
                 "Put it in [shapes.py](project:shapes.py).\n"                /*  5 */
                 "\n"                                                         /*  6 */
                 "Make [shapes.py](project:shapes.py?new), next to main.py.\n" /* 7 */
                 "\n"                                                         /*  8 */
                 "Not [this](project:../secret.py).\n"                        /*  9 */
                 "\n"                                                         /* 10 */
                 "Nor [that](project:main.py#L0), nor [the docs](https://docs.python.org/3/).\n"); /* 11 */
  fixture_write (root, "exercises/greet/instructions.md",
                 "Open [helper.py](project:helper.py), then\n"                /*  1 */
                 "[main.py](project:./main.py#L1).\n"                         /*  2 */
                 "Write your notes in [notes.txt](project:notes.txt).\n"      /*  3 */
                 "Never [this](project:/etc/passwd).\n");                     /*  4 */
  fixture_write (root, file,
                 OPEN_EXERCISE ("  \"hints\": [\n"                                           /*  6 */
                                "    \"Look at [helper.py](project:helper.py).\",\n"         /*  7 */
                                "    \"Or [a file](project:other.py).\",\n"                  /*  8 */
                                "    \"Or [a bad one](project:other.py#L).\"\n"              /*  9 */
                                "  ],\n"));                                                  /* 10 */

  problems = validate (root, FALSE);
  /* A link that does not parse does nothing when clicked: an error. */
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, "lessons/while.md", 9);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, "lessons/while.md", 11);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH, "exercises/greet/instructions.md", 4);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, file, 9);
  /* One to a file the project may not have makes an empty file: a
   * warning, unless it says ?new. A lesson's project surely has main.py;
   * an exercise's, its starter files. */
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE, "lessons/while.md", 5);
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE, "exercises/greet/instructions.md", 3);
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE, file, 8);
  /* (the exercise's twice: two items share it) */
  assert_n_problems (problems, 3 + 2 * 4);
}

static void
test_project_links_inline (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *exercise = fixture_replace (fixture_exercise,
                                               "\"instructions\": \"instructions.md\"",
                                               "\"instructions\": \"Open [x](project:x.py), "
                                               "not [y](project:y%2Fz.py).\"");
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "exercises/greet/exercise.json", exercise);
  problems = validate (root, FALSE);
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE, "exercises/greet/exercise.json", 3);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_MARKDOWN, "exercises/greet/exercise.json", 3);
  assert_n_problems (problems, 2 * 2);
}

/* A translation's links open the same project as the original's. */
static void
test_project_links_translated (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "exercises/greet/exercise.json",
                 OPEN_EXERCISE ("  \"open\": [\"helper.py\", \"main.py\"],\n"));
  fixture_write (root, "i18n/de/exercises/greet/instructions.md",
                 "Öffne [helper.py](project:helper.py).\n"     /* 1 */
                 "Schreib in [notes.txt](project:notes.txt).\n" /* 2 */
                 "Nie [das](project:../x.py).\n");              /* 3 */
  fixture_write (root, "i18n/de/lessons/while.md",
                 "# Solange\n"                                  /* 1 */
                 "\n"                                           /* 2 */
                 "In [main.py](project:main.py) und\n"          /* 3 */
                 "[helper.py](project:helper.py).\n");          /* 4 */

  problems = validate (root, FALSE);
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE,
                  "i18n/de/exercises/greet/instructions.md", 2);
  assert_problem (problems, DOJO_PACK_ERROR_UNSAFE_PATH,
                  "i18n/de/exercises/greet/instructions.md", 3);
  assert_warning (problems, DOJO_PACK_ERROR_MISSING_FILE, "i18n/de/lessons/while.md", 4);
  assert_n_problems (problems, 3);
}

static void
test_validate_collects_all (void)
{
  g_autofree char *m1 = fixture_replace (fixture_manifest, "\"id\": \"while-loops\"",
                                         "\"id\": \"Loops 2\"");
  g_autofree char *m2 = fixture_replace (m1, "[\"for\", \"break\"]", "[\"for\", \"loop\"]");
  g_autofree char *m3 = fixture_replace (m2, "\"version\": \"1.0.0\"", "\"version\": \"1.0\"");
  g_autofree char *root = fixture_make_pack (m3);
  g_autofree char *lesson = g_build_filename (root, "lessons", "hello.md", NULL);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_cmpint (g_unlink (lesson), ==, 0);

  problems = validate (root, FALSE);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_VALUE, "manifest.json", 4);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json", 14);
  assert_problem (problems, DOJO_PACK_ERROR_INVALID_ID, "manifest.json", 19);
  assert_problem (problems, DOJO_PACK_ERROR_UNKNOWN_CONSTRUCT, "manifest.json", 21);
  /* hello.md is referenced three times. */
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json", 22);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json", 25);
}

static void
test_not_a_pack_folder (void)
{
  g_autofree char *root = g_build_filename (g_get_user_cache_dir (), "nothing-here", NULL);

  assert_load_fails (root, DOJO_PACK_ERROR_MISSING_FILE, "manifest.json: ");
}

/* The problem at @file:@line of @severity says @text (a substring). */
static void
assert_message (GPtrArray        *problems,
                DojoPackSeverity  severity,
                const char       *file,
                guint             line,
                const char       *text)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == severity && g_str_equal (problem->file, file) &&
          problem->line == line && strstr (problem->message, text) != NULL)
        return;
    }

  print_problems (problems);
  g_error ("expected %s at %s:%u saying \"%s\"",
           severity == DOJO_PACK_SEVERITY_ERROR ? "an error" : "a warning", file, line, text);
}

static gboolean
validate_strict (const char *root)
{
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) problems = NULL;

  return dojo_pack_validate (dir, DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS, &problems);
}

/* A typo in a field name is caught with the name meant, everywhere: a
 * check's common field, a kind's own field, the exercise, the quiz and its
 * questions, the manifest. Warnings, that --strict makes errors; but a
 * misspelt "hidden" is an error already, since the check would not be
 * hidden from students. */
static void
test_typos (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *e1 = NULL, *e2 = NULL, *e3 = NULL, *q1 = NULL, *q2 = NULL, *m = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *ex = "exercises/greet/exercise.json";

  e1 = fixture_replace (fixture_exercise, "\"type\": \"io\", \"stdin\"",
                        "\"type\": \"io\", \"hiden\": true, \"stdin\"");
  e2 = fixture_replace (e1, "\"type\": \"unittest\", \"test\": \"tests/test_greet.py\"}",
                        "\"type\": \"unittest\", \"test\": \"tests/test_greet.py\", "
                        "\"tset\": \"tests/test_greet.py\"}");
  e3 = fixture_replace (e2, "  \"title\": \"Greet\",\n", "  \"titel\": \"Greet\",\n");
  fixture_write (root, ex, e3);
  q1 = fixture_replace (fixture_quiz, "  \"pass_mark\": 50,\n", "  \"passmark\": 50,\n");
  q2 = fixture_replace (q1, "\"answer\": 0}", "\"answer\": 0, \"explaination\": \"x\"}");
  fixture_write (root, "quizzes/basics.json", q2);

  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 7,
                  "'hiden' is not a field Dojo knows here; did you mean 'hidden'?");
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, ex, 8,
                  "'tset' is not a field Dojo knows here; did you mean 'test'? It is ignored.");
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, ex, 2,
                  "'titel' is not a field Dojo knows here; did you mean 'title'? It is ignored.");
  /* The title is required: its absence is an error of its own. */
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 1, "'title' is missing");
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, "quizzes/basics.json", 3,
                  "did you mean 'pass_mark'?");
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, "quizzes/basics.json", 5,
                  "did you mean 'explanation'?");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Warnings alone: valid, but not under --strict. A name close to none
   * is warned about without a guess. */
  g_clear_pointer (&root, g_free);
  root = fixture_make_pack (NULL);
  fixture_write (root, "quizzes/basics.json", q2);
  m = fixture_replace (fixture_manifest, "  \"python\": \"3.10\",\n",
                       "  \"python\": \"3.10\",\n  \"colour\": \"blue\",\n");
  fixture_write (root, "manifest.json", m);
  problems = validate (root, TRUE);
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, "quizzes/basics.json", 5,
                  "did you mean 'explanation'?");
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, "manifest.json", 12,
                  "'colour' is not a field Dojo knows here; it is ignored");
  g_assert_false (validate_strict (root));
}

/* "always" is true or false, and a draw smaller than the questions asked
 * in every attempt is refused at the draw's line. */
static void
test_quiz_always (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *q1 = NULL, *q2 = NULL, *q3 = NULL, *q4 = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  q1 = fixture_replace (fixture_quiz, "  \"pass_mark\": 50,\n", "  \"pass_mark\": 50, \"draw\": 1,\n");
  q2 = fixture_replace (q1, "\"answer\": \"greet\"}", "\"answer\": \"greet\", \"always\": true}");
  q3 = fixture_replace (q2, "\"answer\": \"aaa\\n\"}", "\"answer\": \"aaa\\n\", \"always\": true}");
  fixture_write (root, "quizzes/basics.json", q3);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "quizzes/basics.json", 3,
                  "'draw' is 1, but 2 questions are marked 'always': every attempt asks "
                  "them, so draw at least 2");
  g_clear_pointer (&problems, g_ptr_array_unref);

  q4 = fixture_replace (q3, "\"always\": true}\n  ],", "\"always\": \"yes\"}\n  ],");
  fixture_write (root, "quizzes/basics.json", q4);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "quizzes/basics.json", 8,
                  "'always' must be true or false");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Drawing both, and one more: valid, even strict. */
  g_clear_pointer (&q1, g_free);
  g_clear_pointer (&q2, g_free);
  q1 = fixture_replace (q3, "\"draw\": 1,", "\"draw\": 3,");
  fixture_write (root, "quizzes/basics.json", q1);
  g_assert_true (validate_strict (root));

  /* a try-code question is a lesson's: a quiz asks for code with
   * write-code */
  q2 = fixture_replace (q1, "\"type\": \"write-code\"", "\"type\": \"try-code\"");
  fixture_write (root, "quizzes/basics.json", q2);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "quizzes/basics.json", 8,
                  "a quiz cannot ask a try-code question");
  g_clear_pointer (&problems, g_ptr_array_unref);
}

/* Each kind takes its own fields: "test" means nothing to io; an ast rule
 * names a construct of the vocabulary; a pytest check's tasks are numbered;
 * points are whole numbers, not negative. */
static void
test_check_fields (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *e1 = NULL, *e2 = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *ex = "exercises/greet/exercise.json";

  e1 = fixture_replace (fixture_exercise, "\"type\": \"io\", \"stdin\"",
                        "\"type\": \"io\", \"test\": \"x.py\", \"points\": -2, "
                        "\"match\": \"fuzzy\", \"stdin\"");
  e2 = fixture_replace (e1, "{\"id\": \"unit\", \"type\": \"unittest\", \"test\": \"tests/test_greet.py\"}",
                        "{\"id\": \"unit\", \"type\": \"pytest\", \"test\": \"tests/test_greet.py\", "
                        "\"tasks\": {\"one\": \"First\"}},\n"
                        "    {\"id\": \"shape\", \"type\": \"ast\", \"rules\": [{\"forbid\": \"four\"}]},\n"
                        "    {\"id\": \"advice\", \"type\": \"known-mistake\", \"on\": \"code\"}");
  fixture_write (root, ex, e2);

  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, ex, 7,
                  "'test' is not a field Dojo knows here; it is ignored");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 7,
                  "'points' is -2; it must be between 0 and");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 7,
                  "'match' is 'fuzzy'; it must be one of rstrip, exact, contains, regex");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 8, "task 'one' must be a task number");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 9,
                  "'four' is not a construct an ast rule knows");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 10,
                  "'pattern' is missing; a check of type 'known-mistake' needs it");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A misspelt type is an error, with the list and the kind meant. */
  g_clear_pointer (&e1, g_free);
  e1 = fixture_replace (fixture_exercise, "\"type\": \"unittest\"", "\"type\": \"unitest\"");
  fixture_write (root, ex, e1);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, ex, 8,
                  "check type 'unitest' is not one of io, unittest, pytest, ast, type-hints, "
                  "type-check, known-mistake, git; did you mean 'unittest'?");
}

/* Every .py file of the pack is compiled, and starters written into
 * exercise.json too: a syntax error is an error at its file and line. */
static void
test_python_syntax (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *exercise = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "exercises/greet/tests/test_greet.py",
                 "import unittest\n\nclass T(unittest.TestCase):\n    def test_x(self)\n"
                 "        pass\n");
  fixture_write (root, "exercises/greet/solution/main.py", "name = input()\nprint(name\n");
  exercise = fixture_replace (fixture_exercise, "{\"main.py\": {\"path\": \"starter/main.py\"}}",
                              "{\"main.py\": {\"path\": \"starter/main.py\"}, "
                              "\"util.py\": \"def f():\\nreturn 1\\n\"}");
  fixture_write (root, "exercises/greet/exercise.json", exercise);
  /* Not named by the exercise, but in the pack all the same. */
  fixture_write (root, "exercises/greet/tests/helper.py", "x = = 1\n");

  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "exercises/greet/tests/test_greet.py", 4,
                  "Python cannot read this file: expected ':'");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "exercises/greet/solution/main.py", 2,
                  "Python cannot read this file");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "exercises/greet/tests/helper.py", 1,
                  "Python cannot read this file: invalid syntax");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "exercises/greet/exercise.json", 4,
                  "starter file 'util.py', line 2: Python cannot read it: expected an "
                  "indented block");
  /* (The exercise.json one twice: two items of the fixture share it.) */
  assert_n_problems (problems, 5);
}

/* A pack may only declare packages this Dojo provides (packages.json of the
 * harness); the error names the ones it does. */
static void
test_packages_provided (void)
{
  g_autofree char *manifest = fixture_replace (fixture_manifest, "  \"python\": \"3.10\",\n",
                                               "  \"python\": \"3.10\",\n"
                                               "  \"packages\": [\"pytest\", \"numpy\"],\n");
  g_autofree char *root = fixture_make_pack (manifest);
  g_autoptr(GPtrArray) problems = validate (root, FALSE);

  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "manifest.json", 12,
                  "this Dojo does not provide the Python package 'numpy'; it provides flask, "
                  "jwt, pytest, sqlalchemy");
  assert_n_problems (problems, 1);
}

/* "Type hints always": a solution that defines a function, in an exercise
 * none of whose checks looks at type hints, is a warning (an error under
 * --strict) that says what to add; a type-check check answers it, and so
 * does the older type-hints. A solution folder's files count too; a
 * solution without a function needs no such check. */
static void
test_untyped_solution (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *folder = NULL, *typed = NULL, *hinted = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  const char *ex = "exercises/greet/exercise.json";
  const char *warning = "the solution defines a function (in solution/main.py) but no check "
                        "looks at its type hints; add {\"type\": \"type-check\"} to its checks";

  fixture_write (root, "exercises/greet/solution/main.py",
                 "def greet(name: str) -> str:\n    return f'Hello, {name}!'\n\n\n"
                 "print(greet(input()))\n");
  problems = validate (root, TRUE);
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, ex, 6, warning);
  /* Once, though two items of the fixture share the exercise. */
  assert_n_problems (problems, 1);
  g_assert_false (validate_strict (root));
  g_clear_pointer (&problems, g_ptr_array_unref);

  folder = fixture_replace (fixture_exercise, "\"solution\": \"solution/main.py\"",
                            "\"solution\": \"solution\"");
  fixture_write (root, ex, folder);
  problems = validate (root, TRUE);
  assert_message (problems, DOJO_PACK_SEVERITY_WARNING, ex, 6, warning);
  assert_n_problems (problems, 1);
  g_clear_pointer (&problems, g_ptr_array_unref);

  typed = fixture_replace (fixture_exercise, "\"test\": \"tests/test_greet.py\"}\n",
                           "\"test\": \"tests/test_greet.py\"},\n"
                           "    {\"id\": \"types\", \"type\": \"type-check\"}\n");
  fixture_write (root, ex, typed);
  problems = validate (root, TRUE);
  assert_n_problems (problems, 0);
  g_assert_true (validate_strict (root));
  g_clear_pointer (&problems, g_ptr_array_unref);

  hinted = fixture_replace (fixture_exercise, "\"test\": \"tests/test_greet.py\"}\n",
                            "\"test\": \"tests/test_greet.py\"},\n"
                            "    {\"id\": \"hints\", \"type\": \"type-hints\"}\n");
  fixture_write (root, ex, hinted);
  problems = validate (root, TRUE);
  assert_n_problems (problems, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  fixture_write (root, ex, fixture_exercise);
  fixture_write (root, "exercises/greet/solution/main.py",
                 "name = input()\nprint(f'Hello, {name}!')\n");
  problems = validate (root, TRUE);
  assert_n_problems (problems, 0);
  g_assert_true (validate_strict (root));
}

/* Questions inside a lesson: good blocks pass; each broken one is reported
 * at the lesson's line, with the quiz's checks. */
static const char good_questions[] =
  "# Hello\n"                                                               /* 1 */
  "\n"
  "```question\n"                                                           /* 3 */
  "{\"id\": \"q1\", \"type\": \"single\", \"prompt\": \"Which?\", "
  "\"choices\": [\"a\", \"b\"], \"answer\": 1}\n"
  "```\n"
  "\n"
  "```question\n"                                                           /* 7 */
  "{\n"
  "  \"id\": \"q2\",\n"
  "  \"type\": \"predict-output\",\n"
  "  \"prompt\": \"What does it print?\",\n"
  "  \"code\": \"print(1)\",\n"
  "  \"answer\": \"1\\n\",\n"
  "  \"explanation\": \"It prints `1`.\"\n"
  "}\n"
  "```\n"
  "\n"
  "```question\n"
  "{\"id\": \"q3\", \"type\": \"multiple\", \"prompt\": \"Which?\", "
  "\"choices\": [\"a\", \"b\", \"c\"], \"answer\": [0, 2]}\n"
  "```\n"
  "\n"
  "```question\n"
  "{\"id\": \"q4\", \"type\": \"try-code\", \"prompt\": \"Greet Ada.\",\n"
  " \"code\": \"name = input()\\n\", \"stdin\": \"Ada\\n\", \"answer\": \"Hi Ada\\n\",\n"
  " \"match\": \"exact\", \"solution\": \"print('Hi', input())\\n\",\n"
  " \"explanation\": \"`print` puts a space between its values.\"}\n"
  "```\n";

static const char broken_questions[] =
  "# Hello\n"                                                               /* 1 */
  "\n"
  "```question\n"                                                           /* 3 */
  "{\"id\": \"q1\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"a\", \"b\"], "
  "\"answer\": 1,}\n"                                                       /* 4: bad JSON */
  "```\n"
  "\n"
  "```question\n"                                                           /* 7 */
  "{\"id\": \"q2\", \"type\": \"write-code\", \"prompt\": \"Write\", "
  "\"answer\": \"greet\"}\n"                                                /* 8: write-code */
  "```\n"
  "\n"
  "```question\n"                                                           /* 11 */
  "{\"id\": \"q3\", \"type\": \"guess\", \"prompt\": \"?\", \"answer\": 1}\n" /* 12: unknown */
  "```\n"
  "\n"
  "```question\n"                                                           /* 15 */
  "{\n"                                                                     /* 16: no code */
  "  \"id\": \"q2\",\n"                                                     /* 17: duplicate */
  "  \"type\": \"predict-output\",\n"
  "  \"prompt\": \"What?\",\n"
  "  \"answer\": \"1\"\n"
  "}\n"
  "```\n"
  "\n"                                                                    /* 23 */
  "```question\n"
  "{\"id\": \"t1\", \"type\": \"try-code\", \"prompt\": \"?\",\n"       /* 25: no solution */
  " \"answer\": \"1\"}\n"
  "```\n"
  "\n"
  "```question\n"
  "{\"id\": \"t2\", \"type\": \"try-code\", \"prompt\": \"?\",\n"       /* 30 */
  " \"answer\": 1, \"solution\": \"print(1)\",\n"                       /* 31: answer */
  " \"match\": \"fuzzy\"}\n"                                             /* 32: match */
  "```\n";

static void
test_lesson_questions (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;

  fixture_write (root, "lessons/hello.md", good_questions);
  problems = validate (root, TRUE);
  assert_n_problems (problems, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  fixture_write (root, "lessons/hello.md", broken_questions);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 4,
                  "the question is not valid JSON");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 8,
                  "a lesson cannot ask a write-code question");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 12,
                  "question type 'guess' is not one of single, multiple, predict-output");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 17,
                  "question id 'q2' is already used on line 8");
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FIELD, "lessons/hello.md", 16);
  assert_problem (problems, DOJO_PACK_ERROR_MISSING_FIELD, "lessons/hello.md", 25);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 31,
                  "'answer' must be the output the program prints");
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 32,
                  "'match' must be rstrip, exact, contains or regex");
  /* hello.md is three items' lesson: its problems are listed once */
  assert_n_problems (problems, 8);
}

/* Hostile question blocks: refused with a clear error, quickly. */
static void
test_lesson_questions_hostile (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GString) big = g_string_new ("# Big\n\n```question\n{\"id\": \"big\", \"prompt\": \"");
  g_autoptr(GString) deep = g_string_new ("# Deep\n\n```question\n");
  g_autoptr(GString) many = g_string_new ("# Many\n\n");
  gint64 start;

  /* nearly 1 MiB in one block (the lesson's own limit is 1 MiB) */
  while (big->len < 1000 * 1000)
    g_string_append (big, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  g_string_append (big, "\"}\n```\n");
  fixture_write (root, "lessons/hello.md", big->str);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 3,
                  "the question is larger than 64 KiB");
  g_clear_pointer (&problems, g_ptr_array_unref);

  for (guint i = 0; i < 50000; i++)
    g_string_append_c (deep, '[');
  g_string_append (deep, "\n```\n");
  fixture_write (root, "lessons/hello.md", deep->str);
  problems = validate (root, FALSE);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 4,
                  "the question is not valid JSON");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* 10,000 questions: the 101st is refused, the rest not even read */
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (many, "```question\n{\"id\": \"q%u\", \"type\": \"single\", "
                            "\"prompt\": \"?\", \"choices\": [\"a\", \"b\"], \"answer\": 0}\n"
                            "```\n\n", i);
  fixture_write (root, "lessons/hello.md", many->str);
  start = g_get_monotonic_time ();
  problems = validate (root, FALSE);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
  assert_message (problems, DOJO_PACK_SEVERITY_ERROR, "lessons/hello.md", 3 + 100 * 4,
                  "a lesson may ask at most 100 questions");
  assert_n_problems (problems, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/pack/load/valid", test_load_valid);
  g_test_add_func ("/pack/load/read-item", test_read_item);
  g_test_add_func ("/pack/load/packages", test_packages);
  g_test_add_func ("/pack/validate/typos", test_typos);
  g_test_add_func ("/pack/validate/check-fields", test_check_fields);
  g_test_add_func ("/pack/validate/python-syntax", test_python_syntax);
  g_test_add_func ("/pack/validate/packages-provided", test_packages_provided);
  g_test_add_func ("/pack/validate/untyped-solution", test_untyped_solution);
  g_test_add_func ("/pack/gating/constructs", test_gated_constructs);
  g_test_add_func ("/pack/i18n/fallback", test_translation_fallback);
  g_test_add_func ("/pack/broken/invalid-json", test_invalid_json);
  g_test_add_func ("/pack/broken/trailing-comma", test_invalid_json_trailing_comma);
  g_test_add_func ("/pack/broken/missing-manifest", test_missing_manifest);
  g_test_add_func ("/pack/broken/not-a-folder", test_not_a_pack_folder);
  g_test_add_func ("/pack/broken/missing-field", test_missing_field);
  g_test_add_func ("/pack/broken/wrong-type", test_wrong_type);
  g_test_add_func ("/pack/broken/missing-file", test_missing_referenced_file);
  g_test_add_func ("/pack/broken/duplicate-id", test_duplicate_id);
  g_test_add_func ("/pack/broken/bad-id", test_bad_id);
  g_test_add_func ("/pack/broken/unknown-format", test_unknown_format);
  g_test_add_func ("/pack/broken/needs-newer-app", test_needs_newer_app);
  g_test_add_func ("/pack/broken/path-dotdot", test_path_dotdot);
  g_test_add_func ("/pack/broken/path-absolute", test_path_absolute);
  g_test_add_func ("/pack/broken/symlink-out", test_symlink_out);
  g_test_add_func ("/pack/broken/huge-file", test_huge_file);
  g_test_add_func ("/pack/broken/too-many-items", test_too_many_items);
  g_test_add_func ("/pack/broken/deep-nesting", test_deep_nesting);
  g_test_add_func ("/pack/broken/unknown-construct", test_unknown_construct);
  g_test_add_func ("/pack/broken/raw-html", test_raw_html);
  g_test_add_func ("/pack/broken/exercise-and-quiz", test_exercise_and_quiz_problems);
  g_test_add_func ("/pack/broken/quiz-always", test_quiz_always);
  g_test_add_func ("/pack/validate/collects-all", test_validate_collects_all);
  g_test_add_func ("/pack/broken/empty-lists", test_empty_lists);
  g_test_add_func ("/pack/exercise/open", test_open_valid);
  g_test_add_func ("/pack/exercise/open-invalid", test_open_invalid);
  g_test_add_func ("/pack/markdown/project-links", test_project_links);
  g_test_add_func ("/pack/lesson-questions", test_lesson_questions);
  g_test_add_func ("/pack/lesson-questions/hostile", test_lesson_questions_hostile);
  g_test_add_func ("/pack/markdown/project-links-inline", test_project_links_inline);
  g_test_add_func ("/pack/markdown/project-links-translated", test_project_links_translated);

  return g_test_run ();
}
