/* test-course.c: a course as one learner takes it, and where courses are
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-course.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "pack-fixture.h"

static DojoCourse *
make_course (DojoProgress **progress_out)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GError) error = NULL;

  pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_progress_load (progress, NULL, &error));
  g_assert_no_error (error);

  if (progress_out != NULL)
    *progress_out = g_object_ref (progress);

  return dojo_course_new (pack, progress);
}

static void
test_done_and_continue (void)
{
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(DojoCourse) course = make_course (&progress);
  DojoPack *pack = dojo_course_get_pack (course);
  DojoPackItem *hello = dojo_pack_lookup_item (pack, "hello");
  DojoPackItem *greet = dojo_pack_lookup_item (pack, "greet");
  DojoPackItem *quiz = dojo_pack_lookup_item (pack, "basics-quiz");

  /* A new learner starts at the beginning, with nothing done. */
  g_assert_cmpuint (dojo_course_count_done (course), ==, 0);
  g_assert_true (dojo_course_get_continue_item (course) == hello);

  /* A lesson is done once read; an exercise only once passed. */
  dojo_course_visit (course, hello);
  dojo_course_visit (course, greet);
  g_assert_true (dojo_course_is_done (course, hello));
  g_assert_false (dojo_course_is_done (course, greet));
  g_assert_cmpuint (dojo_course_count_done (course), ==, 1);

  /* Continue goes back to where the learner was while it is not done... */
  g_assert_true (dojo_course_get_continue_item (course) == greet);

  dojo_course_record_attempt (course, greet);
  dojo_course_mark_passed (course, greet, 1);
  g_assert_true (dojo_course_is_done (course, greet));

  /* ...and on to the next thing not done once it is; but Dojo starting
   * again reopens the item itself. */
  g_assert_true (dojo_course_get_continue_item (course) == quiz);
  g_assert_true (dojo_course_get_resume_item (course) == greet);
  g_assert_cmpuint (dojo_progress_get_attempts (progress, "io.example.test-pack", "greet"), ==, 1);

  /* A quiz below its pass mark is not done; at or above it, it is. */
  dojo_course_record_quiz_score (course, quiz, 25, FALSE);
  g_assert_false (dojo_course_is_done (course, quiz));
  dojo_course_record_quiz_score (course, quiz, 100, TRUE);
  g_assert_true (dojo_course_is_done (course, quiz));
  g_assert_cmpuint (dojo_course_count_done (course), ==, 3);
}

static void
count_changes (DojoCourse   *course,
               DojoPackItem *item,
               guint        *count)
{
  (*count)++;
}

static void
test_changes_saved (void)
{
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(DojoCourse) course = make_course (&progress);
  g_autoptr(DojoProgress) reread = NULL;
  g_autoptr(GError) error = NULL;
  DojoPack *pack = dojo_course_get_pack (course);
  guint changes = 0;

  g_signal_connect (course, "item-changed", G_CALLBACK (count_changes), &changes);
  dojo_course_visit (course, dojo_pack_lookup_item (pack, "while-loops"));
  g_assert_cmpuint (changes, ==, 1);

  /* The change reaches the disk by itself, a moment later. */
  reread = dojo_progress_new ();
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(DojoProgress) attempt = dojo_progress_new ();

      g_assert_true (dojo_progress_load (attempt, NULL, &error));
      if (g_strcmp0 (dojo_progress_get_last_item (attempt, "io.example.test-pack"),
                     "while-loops") == 0)
        {
          g_set_object (&reread, attempt);
          break;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }

  g_assert_cmpstr (dojo_progress_get_last_item (reread, "io.example.test-pack"), ==, "while-loops");
  g_assert_cmpint (dojo_progress_get_status (reread, "io.example.test-pack", "while-loops"),
                   ==, DOJO_PROGRESS_SEEN);
}

static void
test_continue_survives_removed_item (void)
{
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(DojoCourse) course = make_course (&progress);
  DojoPack *pack = dojo_course_get_pack (course);

  dojo_course_visit (course, dojo_pack_lookup_item (pack, "hello"));

  /* A pack update removed the item the learner was on. */
  dojo_progress_set_last_item (progress, "io.example.test-pack", "gone-in-1-1");
  g_assert_true (dojo_course_get_continue_item (course) ==
                 dojo_pack_lookup_item (pack, "greet"));

  /* Done with the last item of the course: Continue wraps round to the
   * first item still to do. */
  dojo_course_visit (course, dojo_pack_lookup_item (pack, "def-intro"));
  g_assert_true (dojo_course_get_continue_item (course) ==
                 dojo_pack_lookup_item (pack, "greet"));
}

static void
test_changed_exercise (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoPack) updated = NULL;
  g_autoptr(DojoCourse) course = NULL;
  g_autoptr(DojoCourse) after = NULL;
  g_autofree char *revised = NULL;
  DojoPackItem *greet;

  g_assert_true (dojo_progress_load (progress, NULL, NULL));
  pack = dojo_pack_load (dir, NULL, NULL);
  course = dojo_course_new (pack, progress);
  greet = dojo_pack_lookup_item (pack, "greet");
  dojo_course_mark_passed (course, greet, 1);
  g_assert_false (dojo_course_is_changed (course, greet));

  /* The teacher's update changes the exercise: revision 2. */
  revised = fixture_replace (fixture_exercise, "\"revision\": 1", "\"revision\": 2");
  fixture_write (root, "exercises/greet/exercise.json", revised);
  updated = dojo_pack_load (dir, NULL, NULL);
  after = dojo_course_new (updated, progress);
  greet = dojo_pack_lookup_item (updated, "greet");

  /* Still passed, and marked to check again; passing it again clears it. */
  g_assert_true (dojo_course_is_done (after, greet));
  g_assert_true (dojo_course_is_changed (after, greet));
  g_assert_false (dojo_course_is_changed (after, dojo_pack_lookup_item (updated, "hello")));
  dojo_course_mark_passed (after, greet, 2);
  g_assert_false (dojo_course_is_changed (after, greet));
}

static void
test_project_dir_by_ids (void)
{
  g_autoptr(DojoCourse) course = make_course (NULL);
  DojoPackItem *item = dojo_pack_lookup_item (dojo_course_get_pack (course), "count-down");
  g_autoptr(GFile) dir = dojo_course_get_project_dir (course, item);
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *expected = g_build_filename (projects, "io.example.test-pack",
                                                "count-down", NULL);

  g_assert_cmpstr (g_file_peek_path (dir), ==, expected);
}

static void
install_fixture_as (const char *pack_id)
{
  g_autoptr(GFile) installed = dojo_library_get_installed_dir ();
  g_autoptr(GFile) target = g_file_get_child (installed, pack_id);
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *manifest = NULL;
  g_autofree char *replaced = NULL;
  g_autofree char *title = g_strdup_printf ("\"title\": \"%s\"", pack_id);
  g_autofree char *id = g_strdup_printf ("\"id\": \"%s\"", pack_id);

  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (installed), 0755), ==, 0);
  g_assert_cmpint (g_rename (root, g_file_peek_path (target)), ==, 0);

  manifest = fixture_replace (fixture_manifest, "\"id\": \"io.example.test-pack\"", id);
  replaced = fixture_replace (manifest, "\"title\": \"Test pack\"", title);
  fixture_write (g_file_peek_path (target), "manifest.json", replaced);
}

static void
test_library_locate_and_scan (void)
{
  g_autoptr(GFile) found = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) hostile = NULL;
  g_autoptr(GPtrArray) packs = NULL;
  g_autoptr(GFile) installed = NULL;
  g_autoptr(GFile) half_done = NULL;

  install_fixture_as ("org.example.zebra");
  install_fixture_as ("org.example.aardvark");

  /* An install that died half-way is not a pack. */
  installed = dojo_library_get_installed_dir ();
  half_done = g_file_get_child (installed, "org.example.zebra.partial-ABC123");
  g_assert_true (g_file_make_directory (half_done, NULL, NULL));

  found = dojo_library_locate ("org.example.zebra");
  g_assert_nonnull (found);
  g_assert_true (g_str_has_suffix (g_file_peek_path (found), "/packs/org.example.zebra"));

  missing = dojo_library_locate ("org.example.nothing");
  g_assert_null (missing);
  hostile = dojo_library_locate ("../../etc");
  g_assert_null (hostile);

  /* The built-in course first (when it is there), then by title. */
  packs = dojo_library_scan (NULL);
  g_assert_cmpuint (packs->len, >=, 2);
  g_assert_cmpstr (dojo_pack_get_id (g_ptr_array_index (packs, packs->len - 2)), ==,
                   "org.example.aardvark");
  g_assert_cmpstr (dojo_pack_get_id (g_ptr_array_index (packs, packs->len - 1)), ==,
                   "org.example.zebra");
  for (guint i = 0; i + 2 < packs->len; i++)
    g_assert_cmpstr (dojo_pack_get_id (g_ptr_array_index (packs, i)), ==, DOJO_BUILTIN_PACK_ID);
}

static void
test_language (void)
{
  g_autofree char *german = NULL;
  g_autofree char *none = NULL;

  g_setenv ("LANGUAGE", "de_AT.UTF-8@euro:de", TRUE);
  german = dojo_library_dup_language ();
  g_assert_cmpstr (german, ==, "de_AT");

  g_setenv ("LANGUAGE", "C", TRUE);
  g_setenv ("LC_ALL", "C", TRUE);
  none = dojo_library_dup_language ();
  g_assert_null (none);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/course/done-and-continue", test_done_and_continue);
  g_test_add_func ("/course/changes-saved", test_changes_saved);
  g_test_add_func ("/course/continue-survives-removed-item", test_continue_survives_removed_item);
  g_test_add_func ("/course/project-dir-by-ids", test_project_dir_by_ids);
  g_test_add_func ("/course/changed-exercise", test_changed_exercise);
  g_test_add_func ("/library/locate-and-scan", test_library_locate_and_scan);
  g_test_add_func ("/library/language", test_language);

  return g_test_run ();
}
