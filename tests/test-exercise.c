/* test-exercise.c: an exercise from a pack, started and checked for real
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "dojo-exercise.h"
#include "dojo-repo.h"
#include "dojo-test-git.h"

/* A pack of three phases: "greet" (instructions and starter from files),
 * "inline" (both inline, a folder in the starter), "gitex" (git checks
 * only), and "loop" before the lesson that introduces `for`. */
static const char manifest[] =
  "{\"format\": 1, \"id\": \"io.example.exercise\", \"version\": \"1.0.0\",\n"
  " \"title\": \"T\", \"description\": \"D\", \"language\": \"en\", \"authors\": [\"Ada\"],\n"
  " \"license\": \"MIT\", \"min_app_version\": \"0.1.0\", \"python\": \"3.10\",\n"
  " \"phases\": [\n"
  "  {\"id\": \"one\", \"title\": \"One\", \"items\": [\n"
  "   {\"id\": \"intro\", \"type\": \"lesson\", \"title\": \"Intro\", \"path\": \"lessons/intro.md\"},\n"
  "   {\"id\": \"greet\", \"type\": \"exercise\", \"title\": \"Greet\", \"path\": \"exercises/greet\"},\n"
  "   {\"id\": \"inline\", \"type\": \"project\", \"title\": \"Inline\", \"path\": \"exercises/inline\"},\n"
  "   {\"id\": \"gitex\", \"type\": \"exercise\", \"title\": \"Git\", \"path\": \"exercises/gitex\"},\n"
  "   {\"id\": \"mergeex\", \"type\": \"exercise\", \"title\": \"Merge\", \"path\": \"exercises/mergeex\"},\n"
  "   {\"id\": \"loop\", \"type\": \"exercise\", \"title\": \"Loop\", \"path\": \"exercises/loop\"}]},\n"
  "  {\"id\": \"two\", \"title\": \"Two\", \"items\": [\n"
  "   {\"id\": \"for-loops\", \"type\": \"lesson\", \"title\": \"Loops with for\",\n"
  "    \"path\": \"lessons/intro.md\", \"introduces\": [\"for\"]}]}\n"
  " ]}\n";

static const char greet_json[] =
  "{\"title\": \"Greet them\", \"instructions\": \"instructions.md\",\n"
  " \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"
  " \"entry\": \"main.py\",\n"
  " \"checks\": [{\"id\": \"says-hello\", \"type\": \"io\", \"title\": \"Says hello\",\n"
  "              \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"}],\n"
  " \"hints\": [\"Use `input()`.\", \"Then `print`.\"],\n"
  " \"solution\": \"solution/main.py\", \"solution_policy\": \"after-attempts:3\",\n"
  " \"limits\": {\"time_s\": 2, \"memory_mb\": 256, \"output_kb\": 64}, \"revision\": 4}\n";

static const char inline_json[] =
  "{\"title\": \"Inline\", \"instructions\": \"# Do it\\n\\nNow.\",\n"
  " \"starter\": {\"main.py\": \"print('hi')\\n\", \"pkg/util.py\": \"X = 1\\n\"},\n"
  " \"entry\": \"main.py\", \"open\": [\"pkg/util.py\", \"main.py\"],\n"
  " \"solution_policy\": \"never\",\n"
  " \"checks\": [{\"type\": \"io\", \"expect\": \"hi\\n\"}], \"revision\": 1}\n";

static const char gitex_json[] =
  "{\"title\": \"Git\", \"instructions\": \"Commit.\",\n"
  " \"starter\": {\"main.py\": \"print('v1')\\n\"}, \"entry\": \"main.py\",\n"
  " \"checks\": [\n"
  "  {\"type\": \"git\", \"id\": \"commits\", \"title\": \"3 commits\", \"require\": \"commits\", \"min\": 3},\n"
  "  {\"type\": \"git\", \"id\": \"clean\", \"title\": \"Clean\", \"require\": \"clean\"},\n"
  "  {\"type\": \"git\", \"id\": \"message\", \"title\": \"Message\", \"require\": \"last-message\",\n"
  "   \"pattern\": \"^Restore \", \"min_length\": 12, \"message\": \"Say what you restored.\"},\n"
  "  {\"type\": \"git\", \"id\": \"branch\", \"title\": \"Branch\", \"require\": \"branch-exists\", \"branch\": \"idea\"},\n"
  "  {\"type\": \"git\", \"id\": \"on-main\", \"title\": \"On main\", \"require\": \"on-branch\", \"branch\": \"main\"},\n"
  "  {\"type\": \"git\", \"id\": \"committed\", \"title\": \"notes\", \"require\": \"committed\", \"path\": \"notes.txt\"},\n"
  "  {\"type\": \"git\", \"id\": \"restored\", \"title\": \"Restored\", \"require\": \"file-matches-commit\",\n"
  "   \"path\": \"main.py\", \"back\": 2}\n"
  " ], \"solution_policy\": \"never\", \"revision\": 1}\n";

static const char mergeex_json[] =
  "{\"title\": \"Merge\", \"instructions\": \"Merge.\",\n"
  " \"starter\": {\"main.py\": \"print('v1')\\n\", \".gitignore\": \"__pycache__/\\n\"},\n"
  " \"entry\": \"main.py\",\n"
  " \"checks\": [\n"
  "  {\"type\": \"git\", \"id\": \"merged\", \"title\": \"A merge\", \"require\": \"merge-commit\"},\n"
  "  {\"type\": \"git\", \"id\": \"feature\", \"title\": \"feature merged\", \"require\": \"merge-commit\",\n"
  "   \"branch\": \"feature\"},\n"
  "  {\"type\": \"git\", \"id\": \"quick\", \"title\": \"quick merged\", \"require\": \"merge-commit\",\n"
  "   \"branch\": \"quick\"},\n"
  "  {\"type\": \"git\", \"id\": \"resolved\", \"title\": \"No markers\", \"require\": \"no-conflict-markers\"},\n"
  "  {\"type\": \"git\", \"id\": \"notes-resolved\", \"title\": \"notes.txt\", \"require\": \"no-conflict-markers\",\n"
  "   \"path\": \"notes.txt\"}\n"
  " ], \"solution_policy\": \"never\", \"revision\": 1}\n";

static const char loop_json[] =
  "{\"title\": \"Loop\", \"instructions\": \"Count.\",\n"
  " \"starter\": {\"main.py\": \"\"}, \"entry\": \"main.py\",\n"
  " \"checks\": [{\"id\": \"counts\", \"type\": \"io\", \"expect\": \"0\\n1\\n\"}],\n"
  " \"solution_policy\": \"never\", \"revision\": 1}\n";

#define GIT_CHECKS 7

typedef struct
{
  char     *pack_dir;
  char     *project;
  DojoPack *pack;
} Fixture;

static void
write_file (const char *root,
            const char *relpath,
            const char *contents)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static char *
read_file (const char *root,
           const char *relpath)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;
  return contents;
}

static void
set_identity (void)
{
  g_autoptr(GError) error = NULL;

  dojo_repo_set_global_identity ("Ada Lovelace", "ada@example.org", &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;

  /* Under the per-test data dir that G_TEST_OPTION_ISOLATE_DIRS makes. */
  f->pack_dir = g_build_filename (g_get_user_data_dir (), "pack", NULL);
  f->project = g_build_filename (g_get_user_data_dir (), "project", NULL);
  g_assert_cmpint (g_mkdir_with_parents (f->project, 0755), ==, 0);

  write_file (f->pack_dir, "manifest.json", manifest);
  write_file (f->pack_dir, "lessons/intro.md", "# Intro\n");
  write_file (f->pack_dir, "exercises/greet/exercise.json", greet_json);
  write_file (f->pack_dir, "exercises/greet/instructions.md", "# Greet\n\nSay hello.\n");
  write_file (f->pack_dir, "exercises/greet/starter/main.py", "name = input()\n");
  write_file (f->pack_dir, "exercises/greet/solution/main.py",
              "name = input()\nprint('Hello, ' + name + '!')\n");
  write_file (f->pack_dir, "exercises/inline/exercise.json", inline_json);
  write_file (f->pack_dir, "exercises/gitex/exercise.json", gitex_json);
  write_file (f->pack_dir, "exercises/loop/exercise.json", loop_json);
  write_file (f->pack_dir, "exercises/mergeex/exercise.json", mergeex_json);

  dir = g_file_new_for_path (f->pack_dir);
  f->pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->pack);

  set_identity ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->pack);
  g_free (f->pack_dir);
  g_free (f->project);
}

static DojoExercise *
load (Fixture    *f,
      const char *id)
{
  g_autoptr(GError) error = NULL;
  DojoExercise *exercise = dojo_exercise_new (f->pack, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (exercise);
  return exercise;
}

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DojoVerdict **verdict = user_data;
  g_autoptr(GError) error = NULL;

  *verdict = dojo_exercise_check_finish (DOJO_EXERCISE (object), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*verdict);
}

static DojoVerdict *
check (DojoExercise *exercise,
       const char   *project)
{
  g_autoptr(GFile) dir = g_file_new_for_path (project);
  DojoVerdict *verdict = NULL;

  dojo_exercise_check_async (exercise, dir, NULL, check_cb, &verdict);
  while (verdict == NULL)
    g_main_context_iteration (NULL, TRUE);

  /* Every git check is filled in: nothing is left for someone else. */
  g_assert_cmpuint (dojo_verdict_get_n_pending (verdict), ==, 0);
  return verdict;
}

static void
assert_check (DojoVerdict *verdict,
              const char  *id,
              gboolean     passed,
              const char  *in_message)
{
  DojoCheckResult *result = dojo_verdict_lookup (verdict, id);

  g_assert_nonnull (result);
  if (dojo_check_result_get_passed (result) != passed)
    g_error ("check %s: expected %s, got %s: %s", id, passed ? "passed" : "failed",
             passed ? "failed" : "passed", dojo_check_result_get_message (result));
  if (in_message != NULL)
    g_assert_nonnull (strstr (dojo_check_result_get_message (result), in_message));
}

/* Parsing ------------------------------------------------------------- */

static void
test_parse_files (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "greet");
  g_autoptr(GFile) solution = NULL;
  g_autofree char *solution_path = NULL;
  const char * const *names;
  const char * const *hints;
  double time_s;
  guint memory_mb, output_kb, attempts;

  g_assert_cmpstr (dojo_exercise_get_id (exercise), ==, "greet");
  g_assert_cmpstr (dojo_exercise_get_title (exercise), ==, "Greet them");
  g_assert_cmpstr (dojo_exercise_get_instructions (exercise), ==, "# Greet\n\nSay hello.\n");
  names = dojo_exercise_get_starter_names (exercise);
  g_assert_cmpuint (g_strv_length ((char **)names), ==, 1);
  g_assert_cmpstr (names[0], ==, "main.py");
  g_assert_cmpstr (dojo_exercise_get_starter_content (exercise, "main.py"), ==,
                   "name = input()\n");
  g_assert_null (dojo_exercise_get_starter_content (exercise, "other.py"));
  g_assert_cmpstr (dojo_exercise_get_entry (exercise), ==, "main.py");
  hints = dojo_exercise_get_hints (exercise);
  g_assert_cmpuint (g_strv_length ((char **)hints), ==, 2);
  g_assert_cmpstr (hints[1], ==, "Then `print`.");
  g_assert_cmpstr (dojo_exercise_get_solution (exercise), ==, "solution/main.py");
  solution = dojo_exercise_get_solution_file (exercise);
  g_assert_nonnull (solution);
  solution_path = g_file_get_path (solution);
  g_assert_true (g_str_has_suffix (solution_path, "exercises/greet/solution/main.py"));
  g_assert_cmpint (dojo_exercise_get_solution_policy (exercise, &attempts), ==,
                   DOJO_SOLUTION_POLICY_AFTER_ATTEMPTS);
  g_assert_cmpuint (attempts, ==, 3);
  dojo_exercise_get_limits (exercise, &time_s, &memory_mb, &output_kb);
  g_assert_cmpfloat (time_s, ==, 2.0);
  g_assert_cmpuint (memory_mb, ==, 256);
  g_assert_cmpuint (output_kb, ==, 64);
  g_assert_cmpuint (dojo_exercise_get_revision (exercise), ==, 4);
  g_assert_true (json_object_has_member (dojo_exercise_get_json (exercise), "checks"));

  /* after-attempts:3 */
  g_assert_false (dojo_exercise_solution_available (exercise, FALSE, 0));
  g_assert_false (dojo_exercise_solution_available (exercise, FALSE, 2));
  g_assert_true (dojo_exercise_solution_available (exercise, FALSE, 3));
  g_assert_true (dojo_exercise_solution_available (exercise, TRUE, 0));
}

static void
test_parse_inline (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "inline");
  const char * const *names = dojo_exercise_get_starter_names (exercise);
  double time_s;
  guint memory_mb, output_kb;

  g_assert_cmpstr (dojo_exercise_get_instructions (exercise), ==, "# Do it\n\nNow.");
  g_assert_cmpuint (g_strv_length ((char **)names), ==, 2);
  g_assert_cmpstr (names[0], ==, "main.py");
  g_assert_cmpstr (names[1], ==, "pkg/util.py");
  g_assert_cmpstr (dojo_exercise_get_starter_content (exercise, "pkg/util.py"), ==, "X = 1\n");
  g_assert_cmpuint (g_strv_length ((char **)dojo_exercise_get_hints (exercise)), ==, 0);
  g_assert_null (dojo_exercise_get_solution (exercise));
  g_assert_cmpint (dojo_exercise_get_solution_policy (exercise, NULL), ==,
                   DOJO_SOLUTION_POLICY_NEVER);
  g_assert_false (dojo_exercise_solution_available (exercise, TRUE, 100));
  dojo_exercise_get_limits (exercise, &time_s, &memory_mb, &output_kb);
  g_assert_cmpfloat (time_s, ==, DOJO_EXERCISE_DEFAULT_TIME_S);
  g_assert_cmpuint (memory_mb, ==, DOJO_EXERCISE_DEFAULT_MEMORY_MB);
  g_assert_cmpuint (output_kb, ==, DOJO_EXERCISE_DEFAULT_OUTPUT_KB);
}

static void
test_policy_after_pass (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(GFile) dir = g_file_new_for_path (f->pack_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  GRegex *regex = g_regex_new ("\"after-attempts:3\"", 0, 0, NULL);

  /* The same exercise with the default policy. */
  json = g_regex_replace_literal (regex, greet_json, -1, 0, "\"after-pass\"", 0, NULL);
  g_regex_unref (regex);
  write_file (f->pack_dir, "exercises/greet/exercise.json", json);
  g_clear_object (&f->pack);
  f->pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);

  exercise = load (f, "greet");
  g_assert_cmpint (dojo_exercise_get_solution_policy (exercise, NULL), ==,
                   DOJO_SOLUTION_POLICY_AFTER_PASS);
  g_assert_false (dojo_exercise_solution_available (exercise, FALSE, 1000));
  g_assert_true (dojo_exercise_solution_available (exercise, TRUE, 0));
}

/* Replaces exercises/inline/exercise.json with @json and reloads the pack. */
static void
rewrite_inline (Fixture    *f,
                const char *json)
{
  g_autoptr(GFile) dir = g_file_new_for_path (f->pack_dir);
  g_autoptr(GError) error = NULL;

  write_file (f->pack_dir, "exercises/inline/exercise.json", json);
  g_clear_object (&f->pack);
  f->pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
}

static void
test_open_files (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DojoExercise) greet = load (f, "greet");
  g_autoptr(DojoExercise) inline_ex = load (f, "inline");
  g_autoptr(DojoExercise) empty = NULL;
  const char * const *open;
  GRegex *regex = g_regex_new ("\"open\": \\[[^]]*\\]", 0, 0, NULL);
  g_autofree char *json = NULL;

  /* Without "open", the entry alone. */
  open = dojo_exercise_get_open_files (greet);
  g_assert_nonnull (open);
  g_assert_cmpuint (g_strv_length ((char **)open), ==, 1);
  g_assert_cmpstr (open[0], ==, "main.py");

  /* With it, its files in its order (not the sorted starter order). */
  open = dojo_exercise_get_open_files (inline_ex);
  g_assert_cmpuint (g_strv_length ((char **)open), ==, 2);
  g_assert_cmpstr (open[0], ==, "pkg/util.py");
  g_assert_cmpstr (open[1], ==, "main.py");

  /* An empty list opens the entry too: never a window without a tab. */
  json = g_regex_replace_literal (regex, inline_json, -1, 0, "\"open\": []", 0, NULL);
  g_assert_cmpstr (json, !=, inline_json);
  rewrite_inline (f, json);
  empty = load (f, "inline");
  open = dojo_exercise_get_open_files (empty);
  g_assert_cmpuint (g_strv_length ((char **)open), ==, 1);
  g_assert_cmpstr (open[0], ==, "main.py");
  g_regex_unref (regex);
}

static void
test_open_files_invalid (Fixture       *f,
                         gconstpointer  data)
{
  static const char * const broken[] = {
    "\"open\": \"main.py\"",
    "\"open\": [\"main.py\", 1]",
    "\"open\": [\"../main.py\"]",
    "\"open\": [\"/etc/passwd\"]",
    "\"open\": [\"\"]",
    "\"open\": [\"pkg\\\\util.py\"]",
  };
  GRegex *regex = g_regex_new ("\"open\": \\[[^]]*\\]", 0, 0, NULL);

  /* The window opens these under the project's folder: a pack that was
   * never validated must not get it to open anything outside. */
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *json = g_regex_replace_literal (regex, inline_json, -1, 0, broken[i],
                                                       0, NULL);
      g_autoptr(DojoExercise) exercise = NULL;
      g_autoptr(GError) error = NULL;

      rewrite_inline (f, json);
      exercise = dojo_exercise_new (f->pack, "inline", &error);
      if (exercise != NULL)
        g_error ("%s: loads", broken[i]);
      g_assert_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "exercises/inline/exercise.json"));
      g_assert_nonnull (strstr (error->message, "“open”"));
    }
  g_regex_unref (regex);
}

static void
test_not_an_exercise (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoExercise) lesson = dojo_exercise_new (f->pack, "intro", &error);

  g_assert_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_NOT_AN_EXERCISE);
  g_assert_null (lesson);
  g_clear_error (&error);

  g_assert_null (dojo_exercise_new (f->pack, "nope", &error));
  g_assert_error (error, DOJO_EXERCISE_ERROR, DOJO_EXERCISE_ERROR_NOT_FOUND);
}

/* Starter ---------------------------------------------------------------- */

static void
test_write_starter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "inline");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *util = NULL;
  g_autofree char *util_path = NULL;
  const char *name;
  guint n = 0;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, &error));
  g_assert_no_error (error);
  main_py = read_file (f->project, "main.py");
  util = read_file (f->project, "pkg/util.py");
  g_assert_cmpstr (main_py, ==, "print('hi')\n");
  g_assert_cmpstr (util, ==, "X = 1\n");

  /* The learner's work is never replaced, and a deleted file comes back. */
  write_file (f->project, "main.py", "print('my work')\n");
  util_path = g_build_filename (f->project, "pkg", "util.py", NULL);
  g_assert_cmpint (g_unlink (util_path), ==, 0);
  g_assert_true (dojo_exercise_write_starter (exercise, dir, &error));
  g_assert_no_error (error);
  g_clear_pointer (&main_py, g_free);
  g_clear_pointer (&util, g_free);
  main_py = read_file (f->project, "main.py");
  util = read_file (f->project, "pkg/util.py");
  g_assert_cmpstr (main_py, ==, "print('my work')\n");
  g_assert_cmpstr (util, ==, "X = 1\n");

  /* Nothing temporary is left behind. */
  listing = g_dir_open (f->project, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_false (g_str_has_prefix (name, ".dojo-starter"));
      n++;
    }
  g_assert_cmpuint (n, ==, 2);
}

/* Checking ---------------------------------------------------------------- */

static void
test_check_io (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "greet");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoVerdict) failing = NULL;
  g_autoptr(DojoVerdict) passing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, &error));
  failing = check (exercise, f->project);
  g_assert_false (dojo_verdict_get_passed (failing));
  assert_check (failing, "says-hello", FALSE, NULL);
  g_assert_cmpstr (dojo_check_result_get_expected (dojo_verdict_lookup (failing, "says-hello")),
                   ==, "Hello, Ada!\n");

  write_file (f->project, "main.py", "name = input()\nprint('Hello, ' + name + '!')\n");
  passing = check (exercise, f->project);
  g_assert_true (dojo_verdict_get_passed (passing));
  assert_check (passing, "says-hello", TRUE, NULL);
}

static void
test_check_gated (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "loop");
  g_autoptr(DojoVerdict) gated = NULL;
  g_autoptr(DojoVerdict) allowed = NULL;
  DojoCheckResult *result;

  /* `for` comes in "Loops with for", after this exercise. */
  write_file (f->project, "main.py", "for i in range(2):\n    print(i)\n");
  gated = check (exercise, f->project);
  g_assert_false (dojo_verdict_get_passed (gated));
  result = dojo_verdict_lookup (gated, "gated");
  g_assert_nonnull (result);
  g_assert_false (dojo_check_result_get_passed (result));
  /* `while` is never introduced, so the learner may use it: the way around. */
  g_assert_cmpstr (dojo_check_result_get_message (result), ==,
                   "`for` loops come in “Loops with for”. Solve this one with a `while` "
                   "loop instead.");
  g_assert_cmpint (dojo_check_result_get_line (result), ==, 1);

  write_file (f->project, "main.py", "i = 0\nwhile i < 2:\n    print(i)\n    i += 1\n");
  allowed = check (exercise, f->project);
  g_assert_true (dojo_verdict_get_passed (allowed));
  g_assert_null (dojo_verdict_lookup (allowed, "gated"));
}

static void
test_git_no_repository (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "gitex");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoVerdict) verdict = NULL;
  GPtrArray *results;
  guint n_git = 0;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, NULL));
  verdict = check (exercise, f->project);
  g_assert_false (dojo_verdict_get_passed (verdict));

  results = dojo_verdict_get_results (verdict);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      if (g_strcmp0 (dojo_check_result_get_check_type (result), "git") != 0)
        continue;
      n_git++;
      g_assert_false (dojo_check_result_get_passed (result));
      g_assert_nonnull (strstr (dojo_check_result_get_message (result), "first commit"));
    }
  g_assert_cmpuint (n_git, ==, GIT_CHECKS);
}

static void
commit (DojoRepo   *repo,
        const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
}

/* Every git kind, failing then passing, on a repository made with DojoRepo. */
static void
test_git_kinds_dojo_repo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "gitex");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoVerdict) first = NULL;
  g_autoptr(DojoVerdict) second = NULL;
  g_autoptr(DojoVerdict) last = NULL;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, NULL));
  repo = dojo_repo_init (dir, &error);
  g_assert_no_error (error);
  commit (repo, "Start");

  /* One commit, on main, main.py unchanged, no notes.txt, no branch. */
  write_file (f->project, "notes.txt", "draft\n");
  first = check (exercise, f->project);
  g_assert_false (dojo_verdict_get_passed (first));
  assert_check (first, "commits", FALSE, "Make at least 3 commits; you have 1.");
  assert_check (first, "clean", FALSE, "notes.txt");
  assert_check (first, "message", FALSE, "Say what you restored.");
  assert_check (first, "branch", FALSE, "git branch idea");
  assert_check (first, "on-main", TRUE, NULL);
  assert_check (first, "committed", FALSE, "notes.txt is not in your last commit");
  assert_check (first, "restored", FALSE, "Make more commits");

  /* Three commits; main.py changed twice; on another branch; notes.txt
   * committed, then changed. */
  commit (repo, "Add notes");
  write_file (f->project, "main.py", "print('v2')\n");
  commit (repo, "Change to v2");
  g_assert_true (dojo_repo_create_branch (repo, "idea", &error));
  g_assert_true (dojo_repo_switch_branch (repo, "idea", &error));
  g_assert_no_error (error);
  write_file (f->project, "notes.txt", "changed\n");
  second = check (exercise, f->project);
  assert_check (second, "commits", TRUE, NULL);
  assert_check (second, "clean", FALSE, "notes.txt");
  assert_check (second, "message", FALSE, "“Change to v2”");
  assert_check (second, "branch", TRUE, NULL);
  assert_check (second, "on-main", FALSE, "git switch main");
  assert_check (second, "committed", FALSE, "notes.txt has changes that are not committed");
  assert_check (second, "restored", FALSE, "main.py is not as it was");

  /* Restored by hand: main.py as it was two commits back, committed. */
  write_file (f->project, "notes.txt", "draft\n");
  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_no_error (error);
  write_file (f->project, "main.py", "print('v1')\n");
  write_file (f->project, "notes.txt", "draft\n");
  commit (repo, "Restore main.py as v1");
  write_file (f->project, "main.py", "print('v2')\n");
  commit (repo, "Restore v2 again");
  last = check (exercise, f->project);
  /* HEAD~2 is "Change to v2": main.py holds v2 there. */
  for (guint i = 0; i < dojo_verdict_get_results (last)->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (dojo_verdict_get_results (last), i);

      if (!dojo_check_result_get_passed (result))
        g_error ("%s: %s", dojo_check_result_get_id (result), dojo_check_result_get_message (result));
    }
  g_assert_true (dojo_verdict_get_passed (last));
}

/* The same checks on a repository the git command line made, as a learner
 * in the Shell makes it. */
static gboolean
git (const char *dir,
     ...)
{
  g_autoptr(GPtrArray) args = NULL;
  g_auto(GStrv) env = dojo_test_git_environ ();
  int status;
  va_list ap;

  env = g_environ_setenv (env, "GIT_AUTHOR_NAME", "Grace", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_EMAIL", "grace@example.org", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_NAME", "Grace", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_EMAIL", "grace@example.org", TRUE);
  env = g_environ_unsetenv (env, "GIT_DIR");
  env = g_environ_unsetenv (env, "GIT_WORK_TREE");

  va_start (ap, dir);
  args = dojo_test_git_args_valist (va_arg (ap, const char *), ap);
  va_end (ap);

  status = dojo_test_git_run (dir, env, (const char * const *)args->pdata, NULL, NULL);

  return g_spawn_check_wait_status (status, NULL);
}

static void
test_git_kinds_git_cli (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "gitex");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoVerdict) failing = NULL;
  g_autoptr(DojoVerdict) passing = NULL;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, NULL));
  g_assert_true (git (f->project, "init", "-q", "-b", "main", NULL));
  g_assert_true (git (f->project, "add", "-A", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Start", NULL));

  failing = check (exercise, f->project);
  assert_check (failing, "commits", FALSE, "you have 1");
  assert_check (failing, "clean", TRUE, NULL);
  assert_check (failing, "branch", FALSE, NULL);
  assert_check (failing, "committed", FALSE, NULL);

  write_file (f->project, "notes.txt", "n\n");
  g_assert_true (git (f->project, "add", "notes.txt", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Add notes", NULL));
  write_file (f->project, "main.py", "print('broken')\n");
  g_assert_true (git (f->project, "commit", "-q", "-a", "-m", "Break main.py", NULL));
  g_assert_true (git (f->project, "branch", "idea", NULL));
  /* Restore main.py from two commits back, as the lesson teaches. */
  g_assert_true (git (f->project, "checkout", "HEAD~2", "--", "main.py", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Restore main.py from the start",
                      NULL));
  /* HEAD~2 is "Add notes": main.py holds v1 there, as now. */

  passing = check (exercise, f->project);
  for (guint i = 0; i < dojo_verdict_get_results (passing)->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (dojo_verdict_get_results (passing), i);

      if (!dojo_check_result_get_passed (result))
        g_error ("%s: %s", dojo_check_result_get_id (result), dojo_check_result_get_message (result));
    }
  g_assert_true (dojo_verdict_get_passed (passing));

  /* A detached HEAD is not "on main". */
  g_assert_true (git (f->project, "checkout", "-q", "HEAD~1", NULL));
  g_clear_object (&passing);
  passing = check (exercise, f->project);
  assert_check (passing, "on-main", FALSE, "old version");
}

/* merge-commit and no-conflict-markers, step by step through a merge the git
 * command line makes, as a learner in the Shell makes it: not merged, the
 * wrong branch merged, a fast-forward, a conflict left, resolved but not
 * committed, committed, markers committed by mistake. */
static void
test_git_merge_kinds (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "mergeex");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoVerdict) verdict = NULL;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, NULL));
  write_file (f->project, "data.txt", "v1\n");
  g_assert_true (git (f->project, "init", "-q", "-b", "main", NULL));
  g_assert_true (git (f->project, "add", "-A", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Start", NULL));

  /* feature has a commit of its own; main has one too; nothing merged. */
  g_assert_true (git (f->project, "switch", "-q", "-c", "feature", NULL));
  write_file (f->project, "main.py", "print('feature')\n");
  write_file (f->project, "data.txt", "feature\n");
  g_assert_true (git (f->project, "commit", "-q", "-a", "-m", "Say feature", NULL));
  g_assert_true (git (f->project, "switch", "-q", "main", NULL));
  write_file (f->project, "readme.txt", "A readme\n");
  g_assert_true (git (f->project, "add", "readme.txt", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Add a readme", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "merged", FALSE, "Your history has no merge commit yet");
  assert_check (verdict, "feature", FALSE, "you are on “main”, so merge “feature” here");
  assert_check (verdict, "feature", FALSE, "`git merge feature`");
  assert_check (verdict, "quick", FALSE, "There is no branch named “quick”");
  assert_check (verdict, "resolved", TRUE, NULL);
  g_clear_object (&verdict);

  /* The wrong branch merged: "other", not "feature". */
  g_assert_true (git (f->project, "switch", "-q", "-c", "other", "HEAD~1", NULL));
  write_file (f->project, "other.txt", "other\n");
  g_assert_true (git (f->project, "add", "other.txt", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Add other", NULL));
  g_assert_true (git (f->project, "switch", "-q", "main", NULL));
  g_assert_true (git (f->project, "merge", "-q", "--no-edit", "other", NULL));
  /* quick only moves main forward: a fast-forward, no merge commit. */
  g_assert_true (git (f->project, "switch", "-q", "-c", "quick", NULL));
  write_file (f->project, "quick.txt", "quick\n");
  g_assert_true (git (f->project, "add", "quick.txt", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Add quick", NULL));
  g_assert_true (git (f->project, "switch", "-q", "main", NULL));
  g_assert_true (git (f->project, "merge", "-q", "--ff", "quick", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "merged", TRUE, NULL);
  assert_check (verdict, "feature", FALSE, "no merge commit that brings in “feature”");
  assert_check (verdict, "quick", FALSE, "a fast-forward");
  g_clear_object (&verdict);

  /* Both changed line 1 of data.txt: the merge stops at a conflict. (One
   * in main.py would stop the Check at Python's syntax check.) */
  write_file (f->project, "data.txt", "main\n");
  write_file (f->project, "notes.txt", "Title\n=======\n");
  g_assert_true (git (f->project, "add", "-A", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Say main", NULL));
  g_assert_false (git (f->project, "merge", "-q", "feature", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "resolved", FALSE, "data.txt still has conflict markers on line 1");
  assert_check (verdict, "resolved", FALSE, "delete the `<<<<<<<`, `=======` and `>>>>>>>`");
  /* A heading underlined with "=======" is no marker. */
  assert_check (verdict, "notes-resolved", FALSE, "A merge is still under way");
  assert_check (verdict, "feature", FALSE, NULL);
  g_clear_object (&verdict);

  /* Markers in a file git ignores are not the learner's to resolve. */
  write_file (f->project, "data.txt", "main and feature\n");
  write_file (f->project, "__pycache__/old.txt", "<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> b\n");
  verdict = check (exercise, f->project);
  assert_check (verdict, "resolved", FALSE, "A merge is still under way: commit it");
  assert_check (verdict, "resolved", FALSE, "`git merge --abort`");
  g_clear_object (&verdict);

  g_assert_true (git (f->project, "commit", "-q", "-a", "--no-edit", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "merged", TRUE, NULL);
  assert_check (verdict, "feature", TRUE, NULL);
  assert_check (verdict, "resolved", TRUE, NULL);
  assert_check (verdict, "notes-resolved", TRUE, NULL);
  g_clear_object (&verdict);

  /* Deleted once merged, as `git branch -d` invites: git's message of the
   * merge commit still names it. */
  g_assert_true (git (f->project, "branch", "-q", "-d", "feature", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "feature", TRUE, NULL);
  g_clear_object (&verdict);

  /* What is no file is not read: a pipe would block the Check forever, a
   * link could lead out of the project. */
  {
    g_autofree char *pipe = g_build_filename (f->project, "pipe.txt", NULL);
    g_autofree char *link = g_build_filename (f->project, "link.txt", NULL);

    g_assert_cmpint (mkfifo (pipe, 0600), ==, 0);
    g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
    verdict = check (exercise, f->project);
    assert_check (verdict, "resolved", TRUE, NULL);
    g_clear_object (&verdict);
    g_assert_cmpint (g_unlink (pipe), ==, 0);
    g_assert_cmpint (g_unlink (link), ==, 0);
  }

  /* Markers committed by mistake (git lets `commit -a` take them) still
   * fail, in a folder too, at their line. */
  write_file (f->project, "docs/notes.txt", "ok\n<<<<<<< HEAD\nmine\n=======\ntheirs\n>>>>>>> x\n");
  g_assert_true (git (f->project, "add", "docs/notes.txt", NULL));
  g_assert_true (git (f->project, "commit", "-q", "-m", "Oops", NULL));
  verdict = check (exercise, f->project);
  assert_check (verdict, "resolved", FALSE, "docs/notes.txt still has conflict markers on line 2");
  assert_check (verdict, "notes-resolved", TRUE, NULL);
  g_clear_object (&verdict);

  /* Markers in the program itself stop Python: the Check says what they
   * are, not just "invalid syntax". */
  write_file (f->project, "main.py",
              "print('v1')\n<<<<<<< HEAD\nprint('main')\n=======\nprint('x')\n>>>>>>> x\n");
  verdict = check (exercise, f->project);
  g_assert_cmpint (dojo_verdict_get_state (verdict), ==, DOJO_VERDICT_SYNTAX_ERROR);
  assert_check (verdict, "syntax", FALSE, "main.py still has conflict markers on line 2: keep the "
                                          "lines you want");
}

/* The same merge made with DojoRepo, as the app's Merge button makes it:
 * stopped at a conflict, then resolved by editing and committed. */
static void
test_git_merge_dojo_repo (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(DojoExercise) exercise = load (f, "mergeex");
  g_autoptr(GFile) dir = g_file_new_for_path (f->project);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;

  g_assert_true (dojo_exercise_write_starter (exercise, dir, NULL));
  repo = dojo_repo_init (dir, &error);
  g_assert_no_error (error);
  commit (repo, "Start");
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_true (dojo_repo_switch_branch (repo, "feature", &error));
  write_file (f->project, "notes.txt", "feature\n");
  commit (repo, "Add notes on feature");
  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_no_error (error);
  write_file (f->project, "notes.txt", "main\n");
  commit (repo, "Add notes on main");

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, &conflicts, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  verdict = check (exercise, f->project);
  assert_check (verdict, "merged", FALSE, NULL);
  assert_check (verdict, "notes-resolved", FALSE, "notes.txt still has conflict markers on line 1");
  g_clear_object (&verdict);

  write_file (f->project, "notes.txt", "main\nfeature\n");
  commit (repo, NULL);
  verdict = check (exercise, f->project);
  assert_check (verdict, "merged", TRUE, NULL);
  assert_check (verdict, "feature", TRUE, NULL);
  assert_check (verdict, "resolved", TRUE, NULL);
  assert_check (verdict, "notes-resolved", TRUE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/exercise/parse/files", test_parse_files);
  ADD ("/exercise/parse/inline", test_parse_inline);
  ADD ("/exercise/parse/after-pass", test_policy_after_pass);
  ADD ("/exercise/parse/not-an-exercise", test_not_an_exercise);
  ADD ("/exercise/parse/open", test_open_files);
  ADD ("/exercise/parse/open-invalid", test_open_files_invalid);
  ADD ("/exercise/starter/never-overwrites", test_write_starter);
  ADD ("/exercise/check/io", test_check_io);
  ADD ("/exercise/check/gated", test_check_gated);
  ADD ("/exercise/git/no-repository", test_git_no_repository);
  ADD ("/exercise/git/kinds-dojo-repo", test_git_kinds_dojo_repo);
  ADD ("/exercise/git/kinds-git-cli", test_git_kinds_git_cli);
  ADD ("/exercise/git/merge-kinds", test_git_merge_kinds);
  ADD ("/exercise/git/merge-dojo-repo", test_git_merge_dojo_repo);

#undef ADD

  return g_test_run ();
}
