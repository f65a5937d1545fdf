/* test-course-session.c: what opening a course item does, without a window
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dojo-course-session.h"
#include "dojo-repo.h"
#include "pack-fixture.h"

static DojoCourseSession *
new_session (const char *manifest)
{
  g_autofree char *root = fixture_make_pack (manifest);
  g_autoptr(DojoCourse) course = fixture_load_course (root);

  return dojo_course_session_new (course);
}

static char *
project_file (DojoCourseSession *session,
              const char        *name)
{
  return g_build_filename (g_file_peek_path (dojo_project_get_directory (
                             dojo_course_session_get_project (session))), name, NULL);
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));

  return text;
}

static void
test_open_each_kind (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *text = NULL;
  g_autofree char *git = NULL;
  const char * const *files;

  /* A lesson: its text, and a folder of the learner's own with main.py. */
  g_assert_true (dojo_course_session_open_item (session, "hello", &error));
  g_assert_no_error (error);
  g_assert_null (dojo_course_session_get_exercise (session));
  g_assert_null (dojo_course_session_get_quiz (session));
  g_assert_true (g_str_has_prefix (dojo_course_session_get_text (session), "# Hello"));
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_course_session_get_text_base_dir (session)),
                                   "/lessons"));
  main_py = project_file (session, "main.py");
  text = read_text (main_py);
  g_assert_true (g_str_has_prefix (text, "# Type the lesson's examples here"));
  git = project_file (session, ".git");
  g_assert_true (g_file_test (git, G_FILE_TEST_IS_DIR));
  files = dojo_course_session_get_open_files (session);
  g_assert_cmpstrv (files, ((const char * const[]) { "main.py", NULL }));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_course_session_get_next_item (session)), ==,
                   "greet");
  g_assert_null (dojo_course_session_get_previous_item (session));

  /* An exercise: its instructions under its title, the starter written. */
  g_assert_true (dojo_course_session_open_item (session, "greet", &error));
  g_assert_nonnull (dojo_course_session_get_exercise (session));
  g_assert_cmpstr (dojo_course_session_get_text (session), ==,
                   "# Greet\n\nAsk for a name, then greet.\n");
  g_clear_pointer (&main_py, g_free);
  g_clear_pointer (&text, g_free);
  main_py = project_file (session, "main.py");
  text = read_text (main_py);
  g_assert_cmpstr (text, ==, "# Greet the learner\n");

  /* A quiz, drawn for this learner, with a folder to try things in. */
  g_assert_true (dojo_course_session_open_item (session, "basics-quiz", &error));
  g_assert_nonnull (dojo_course_session_get_quiz (session));
  g_assert_null (dojo_course_session_get_text (session));
  g_clear_pointer (&main_py, g_free);
  main_py = project_file (session, "main.py");
  g_assert_true (g_file_test (main_py, G_FILE_TEST_EXISTS));

  /* The course remembers where the learner is. */
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_course_get_resume_item (
                     dojo_course_session_get_course (session))), ==, "basics-quiz");
}

static void
test_unknown_item_keeps_current (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_course_session_open_item (session, "greet", &error));
  g_assert_false (dojo_course_session_open_item (session, "no-such-part", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_course_session_get_item (session)), ==, "greet");
  g_assert_nonnull (dojo_course_session_get_exercise (session));
}

static void
test_starter_written_once (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autofree char *main_py = NULL;
  g_autofree char *text = NULL;

  g_assert_true (dojo_course_session_open_item (session, "greet", NULL));
  main_py = project_file (session, "main.py");
  g_assert_true (g_file_set_contents (main_py, "print('mine')\n", -1, NULL));

  g_assert_true (dojo_course_session_open_item (session, "hello", NULL));
  g_assert_true (dojo_course_session_open_item (session, "greet", NULL));
  text = read_text (main_py);
  g_assert_cmpstr (text, ==, "print('mine')\n");
}

static void
test_open_files_from_exercise (void)
{
  g_autofree char *manifest = NULL;
  g_autofree char *exercise = NULL;
  g_autofree char *root = NULL;
  g_autoptr(DojoCourseSession) session = NULL;
  g_autoptr(GError) error = NULL;

  exercise = fixture_replace (fixture_exercise,
                              "\"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},",
                              "\"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}, "
                              "\"tools.py\": {\"path\": \"starter/tools.py\"}}, "
                              "\"open\": [\"tools.py\", \"main.py\"],");
  session = new_session (NULL);
  root = g_strdup (g_file_peek_path (dojo_pack_get_directory (
                     dojo_course_get_pack (dojo_course_session_get_course (session)))));
  fixture_write (root, "exercises/greet/exercise.json", exercise);
  fixture_write (root, "exercises/greet/starter/tools.py", "# tools\n");

  g_assert_true (dojo_course_session_open_item (session, "greet", &error));
  g_assert_no_error (error);
  g_assert_cmpstrv (dojo_course_session_get_open_files (session),
                    ((const char * const[]) { "tools.py", "main.py", NULL }));
}

static void
reset_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  char **branch = user_data;
  g_autoptr(GError) error = NULL;

  *branch = dojo_course_session_reset_finish (DOJO_COURSE_SESSION (object), result, &error);
  if (*branch == NULL)
    *branch = g_strdup_printf ("error: %s", error->message);
}

static char *
reset (DojoCourseSession *session)
{
  char *branch = NULL;

  dojo_course_session_reset_async (session, NULL, reset_cb, &branch);
  while (branch == NULL)
    g_main_context_iteration (NULL, TRUE);

  return branch;
}

static char *
show (DojoRepo   *repo,
      const char *branch,
      const char *path)
{
  g_autoptr(GBytes) bytes = dojo_repo_show_file (repo, branch, path, NULL);

  if (bytes == NULL)
    return NULL;

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_reset_keeps_work (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *extra = NULL;
  g_autofree char *subdir = NULL;
  g_autofree char *cache = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *second = NULL;
  g_autofree char *text = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *head_before = NULL;
  g_autofree char *head_after = NULL;
  g_autofree char *commit_id = NULL;
  g_autofree char *branch_now = NULL;

  g_assert_true (dojo_repo_set_global_identity ("Ada Lovelace", "ada@example.org", NULL));
  g_assert_true (dojo_course_session_open_item (session, "greet", NULL));
  repo = dojo_repo_open (dojo_project_get_directory (dojo_course_session_get_project (session)),
                         NULL);
  main_py = project_file (session, "main.py");
  extra = project_file (session, "notes/todo.py");
  subdir = project_file (session, "notes");
  cache = project_file (session, "__pycache__/main.cpython-311.pyc");

  /* A commit, more work after it, a new file, and Python's cache (which
   * git ignores). */
  g_assert_true (g_file_set_contents (main_py, "print('committed')\n", -1, NULL));
  commit_id = dojo_repo_commit (repo, "Print something", DOJO_COMMIT_ALL, NULL);
  g_assert_nonnull (commit_id);
  head_before = dojo_repo_get_head_id (repo);
  g_assert_true (g_file_set_contents (main_py, "print('working on it')\n", -1, NULL));
  g_assert_cmpint (g_mkdir_with_parents (subdir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (extra, "# later\n", -1, NULL));
  {
    g_autofree char *cache_dir = g_path_get_dirname (cache);

    g_assert_cmpint (g_mkdir_with_parents (cache_dir, 0755), ==, 0);
    g_assert_true (g_file_set_contents (cache, "bytecode", -1, NULL));
  }

  branch = reset (session);
  g_assert_cmpstr (branch, ==, "earlier-attempt-1");

  /* The starter is back; what the learner added is gone from the folder… */
  text = read_text (main_py);
  g_assert_cmpstr (text, ==, "# Greet the learner\n");
  g_assert_false (g_file_test (extra, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (subdir, G_FILE_TEST_EXISTS));
  /* …but not lost: all of it is on the branch, on top of the commits. */
  kept = show (repo, branch, "main.py");
  g_assert_cmpstr (kept, ==, "print('working on it')\n");
  g_clear_pointer (&kept, g_free);
  kept = show (repo, branch, "notes/todo.py");
  g_assert_cmpstr (kept, ==, "# later\n");
  /* Ignored files are not in a commit, so they stay where they are. */
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));
  /* The learner's history and branch are untouched. */
  head_after = dojo_repo_get_head_id (repo);
  g_assert_cmpstr (head_after, ==, head_before);
  branch_now = dojo_repo_get_current_branch (repo);
  g_assert_cmpstr (branch_now, ==, "main");

  /* A second start over keeps the second attempt apart from the first. */
  g_assert_true (g_file_set_contents (main_py, "print('second try')\n", -1, NULL));
  second = reset (session);
  g_assert_cmpstr (second, ==, "earlier-attempt-2");
  g_clear_pointer (&kept, g_free);
  kept = show (repo, second, "main.py");
  g_assert_cmpstr (kept, ==, "print('second try')\n");
}

static void
test_reset_never_writes_through_links (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autofree char *main_py = NULL;
  g_autofree char *outside = g_build_filename (g_get_user_cache_dir (), "precious.txt", NULL);
  g_autofree char *branch = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (outside, "not the learner's to lose\n", -1, NULL));
  g_assert_true (dojo_course_session_open_item (session, "greet", NULL));
  main_py = project_file (session, "main.py");

  /* The starter file replaced by a link to a file outside the project. */
  g_assert_cmpint (g_unlink (main_py), ==, 0);
  g_assert_cmpint (symlink (outside, main_py), ==, 0);

  branch = reset (session);
  g_assert_true (g_str_has_prefix (branch, "earlier-attempt-"));
  g_assert_false (g_file_test (main_py, G_FILE_TEST_IS_SYMLINK));
  text = read_text (main_py);
  g_assert_cmpstr (text, ==, "# Greet the learner\n");
  g_clear_pointer (&text, g_free);
  text = read_text (outside);
  g_assert_cmpstr (text, ==, "not the learner's to lose\n");
}

static void
test_reset_needs_an_exercise (void)
{
  g_autoptr(DojoCourseSession) session = new_session (NULL);
  g_autofree char *branch = NULL;

  g_assert_true (dojo_course_session_open_item (session, "hello", NULL));
  branch = reset (session);
  g_assert_true (g_str_has_prefix (branch, "error: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/course-session/open-each-kind", test_open_each_kind);
  g_test_add_func ("/course-session/unknown-item-keeps-current", test_unknown_item_keeps_current);
  g_test_add_func ("/course-session/starter-written-once", test_starter_written_once);
  g_test_add_func ("/course-session/open-files-from-exercise", test_open_files_from_exercise);
  g_test_add_func ("/course-session/reset-keeps-work", test_reset_keeps_work);
  g_test_add_func ("/course-session/reset-never-writes-through-links",
                   test_reset_never_writes_through_links);
  g_test_add_func ("/course-session/reset-needs-an-exercise", test_reset_needs_an_exercise);

  return g_test_run ();
}
