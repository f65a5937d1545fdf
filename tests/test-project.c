/* test-project.c: the learner's project folder and its files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dojo-paths.h"
#include "dojo-project.h"
#include "dojo-traceback.h"

static void
test_playground_created_once (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (dojo_project_get_entry_file (project));
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *contents = NULL;

  g_assert_true (g_str_has_prefix (path, projects));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (dojo_project_ensure (project, "print('hi')\n", &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "print('hi')\n");

  /* Every project is a git repository, with nothing committed for the
   * learner: `git status` in the Shell shows their file as new. */
  {
    g_autofree char *dir = g_file_get_path (dojo_project_get_directory (project));
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    const char *argv[] = { "git", "-C", dir, "status", "--porcelain", NULL };
    int status = -1;

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &out, &err, &status, NULL));
    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (strstr (out, "?? main.py"));
    g_assert_nonnull (strstr (out, "?? .gitignore"));
  }

  /* The learner's work is never replaced by the starter again. */
  g_assert_true (g_file_set_contents (path, "mine\n", -1, NULL));
  g_assert_true (dojo_project_ensure (project, "print('hi')\n", &error));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine\n");
}

static void
test_resolve_stays_inside (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autofree char *dir = g_file_get_path (dojo_project_get_directory (project));
  g_autofree char *inside = g_build_filename (dir, "pkg", "m.py", NULL);
  g_autoptr(GFile) a = dojo_project_resolve (project, "main.py");
  g_autoptr(GFile) b = dojo_project_resolve (project, inside);
  g_autoptr(GFile) c = dojo_project_resolve (project, "/usr/lib/python3.11/json/__init__.py");
  g_autoptr(GFile) d = dojo_project_resolve (project, "../other/main.py");
  g_autoptr(GFile) e = dojo_project_resolve (project, "<stdin>");
  g_autofree char *a_path = NULL;

  g_assert_nonnull (a);
  a_path = g_file_get_path (a);
  g_assert_true (g_str_has_suffix (a_path, "/playground/main.py"));
  g_assert_nonnull (b);
  g_assert_null (c);
  g_assert_null (d);
  /* "<stdin>" is a name inside the folder, but not a file: callers check
   * that it exists before opening it. */
  g_assert_nonnull (e);
}

static void
test_traceback_location (void)
{
  g_autofree char *path = NULL;
  guint line = 0;

  g_assert_true (dojo_traceback_parse_location ("  File \"/home/ada/main.py\", line 12, in <module>",
                                                &path, &line));
  g_assert_cmpstr (path, ==, "/home/ada/main.py");
  g_assert_cmpuint (line, ==, 12);
  g_clear_pointer (&path, g_free);

  g_assert_true (dojo_traceback_parse_location ("File \"my file.py\", line 3", &path, &line));
  g_assert_cmpstr (path, ==, "my file.py");
  g_assert_cmpuint (line, ==, 3);

  g_assert_false (dojo_traceback_parse_location ("File \"main.py\", line 0", NULL, NULL));
  g_assert_false (dojo_traceback_parse_location ("File \"main.py\", line 99999999999", NULL, NULL));
  g_assert_false (dojo_traceback_parse_location ("line 3 of main.py", NULL, NULL));
  g_assert_false (dojo_traceback_parse_location ("", NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/project/playground-created-once", test_playground_created_once);
  g_test_add_func ("/project/resolve-stays-inside", test_resolve_stays_inside);

  g_test_add_func ("/traceback/location", test_traceback_location);

  return g_test_run ();
}
