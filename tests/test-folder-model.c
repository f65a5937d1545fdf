/* test-folder-model.c: one folder's files, listed and followed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "dojo-folder-model.h"
#include "dojo-test-files.h"

static char *
make_folder (void)
{
  char *path = g_build_filename (g_get_user_data_dir (), "project", NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);

  return path;
}

/* The items as "name" for files and "name/" for folders, joined by "|". */
static char *
describe (GListModel *model)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GFileInfo) info = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, g_file_info_get_name (info));
      if (dojo_folder_model_item_is_folder (info))
        g_string_append_c (out, '/');
    }

  return g_string_free (out, FALSE);
}

/* Runs the main loop until the model lists @expected. */
static void
assert_lists (DojoFolderModel *model,
              const char      *expected,
              guint            timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  for (;;)
    {
      g_autofree char *now = describe (G_LIST_MODEL (model));

      if (g_str_equal (now, expected) && !dojo_folder_model_is_loading (model))
        return;
      if (g_get_monotonic_time () > deadline)
        g_error ("the model lists “%s”, not “%s”", now, expected);

      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Checks every items-changed against a copy of the model kept by the
 * signals alone: a signal that does not match the change it reports would
 * leave a GtkListView showing the wrong rows. */
typedef struct
{
  GPtrArray *mirror;
  guint      n_signals;
} Mirror;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Mirror     *mirror)
{
  mirror->n_signals++;
  g_ptr_array_remove_range (mirror->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->mirror, position + i,
                        g_list_model_get_item (model, position + i));

  g_assert_cmpuint (mirror->mirror->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < mirror->mirror->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (item == g_ptr_array_index (mirror->mirror, i));
    }
}

static void
test_lists_sorted (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoFolderModel) model = NULL;

  dojo_test_write_file (dir, ".git/HEAD", "ref: refs/heads/main\n");
  dojo_test_write_file (dir, ".gitignore", "");
  dojo_test_write_file (dir, "file10.py", "");
  dojo_test_write_file (dir, "file2.py", "");
  dojo_test_write_file (dir, "Zebra.txt", "");
  dojo_test_write_file (dir, "apple.txt", "");
  dojo_test_write_file (dir, "utils/helpers.py", "");
  dojo_test_write_file (dir, "Data/scores.csv", "");

  model = dojo_folder_model_new (folder);
  /* Nothing is read on the caller's thread. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (dojo_folder_model_is_loading (model));

  assert_lists (model, "Data/|utils/|.gitignore|apple.txt|file2.py|file10.py|Zebra.txt", 5000);

  {
    g_autoptr(GFileInfo) info = g_list_model_get_item (G_LIST_MODEL (model), 1);
    g_autofree char *expected = g_build_filename (dir, "utils", NULL);

    g_assert_cmpstr (g_file_peek_path (dojo_folder_model_get_item_file (info)), ==, expected);
  }
}

static void
test_follows_changes (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *old_path = g_build_filename (dir, "old.py", NULL);
  g_autofree char *moved_path = g_build_filename (dir, "moved.py", NULL);
  g_autofree char *pkg_path = g_build_filename (dir, "pkg", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoFolderModel) model = NULL;
  g_autoptr(GFileInfo) kept = NULL;
  g_autoptr(GFileInfo) kept_after = NULL;
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };

  dojo_test_write_file (dir, "main.py", "");
  dojo_test_write_file (dir, "old.py", "");
  model = dojo_folder_model_new (folder);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &mirror);
  assert_lists (model, "main.py|old.py", 5000);
  kept = g_list_model_get_item (G_LIST_MODEL (model), 0);

  /* Saved atomically, made in the Shell, renamed, removed: the model
   * follows, every time (GtkDirectoryList in GTK 4.8 stops after the
   * first atomic save). */
  dojo_test_write_file (dir, "a.py", "one");
  assert_lists (model, "a.py|main.py|old.py", 2000);
  dojo_test_write_file (dir, "a.py", "two");
  dojo_test_write_file (dir, "b.py", "");
  assert_lists (model, "a.py|b.py|main.py|old.py", 2000);
  g_assert_cmpint (g_rename (old_path, moved_path), ==, 0);
  assert_lists (model, "a.py|b.py|main.py|moved.py", 2000);
  g_assert_cmpint (g_unlink (moved_path), ==, 0);
  g_assert_cmpint (g_mkdir (pkg_path, 0755), ==, 0);
  assert_lists (model, "pkg/|a.py|b.py|main.py", 2000);

  /* What did not change is the same item: a tree keeps its row open. */
  kept_after = g_list_model_get_item (G_LIST_MODEL (model), 3);
  g_assert_true (kept == kept_after);
  g_assert_cmpuint (mirror.n_signals, >, 0);

  /* A file that became a folder is a new item, among the folders. */
  {
    g_autofree char *b_path = g_build_filename (dir, "b.py", NULL);

    g_assert_cmpint (g_unlink (b_path), ==, 0);
    g_assert_cmpint (g_mkdir (b_path, 0755), ==, 0);
  }
  assert_lists (model, "b.py/|pkg/|a.py|main.py", 2000);

  g_ptr_array_unref (mirror.mirror);
}

static void
test_many_changes_at_once (void)
{
  g_autofree char *dir = make_folder ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoFolderModel) model = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  Mirror mirror = { g_ptr_array_new_with_free_func (g_object_unref), 0 };

  for (guint i = 0; i < 20; i += 2)
    {
      g_autofree char *name = g_strdup_printf ("f%02u.py", i);

      dojo_test_write_file (dir, name, "");
    }

  model = dojo_folder_model_new (folder);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &mirror);
  assert_lists (model, "f00.py|f02.py|f04.py|f06.py|f08.py|f10.py|f12.py|f14.py|f16.py|f18.py",
                5000);

  /* As `git checkout` does: some go, some come, in between. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("f%02u.py", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (i % 4 == 0)
        g_assert_cmpint (g_unlink (path), ==, 0);
      else if (i % 2 == 1)
        dojo_test_write_file (dir, name, "");
    }
  for (guint i = 0; i < 20; i++)
    if (i % 4 != 0)
      g_string_append_printf (expected, "%sf%02u.py", expected->len ? "|" : "", i);

  assert_lists (model, expected->str, 3000);
  g_ptr_array_unref (mirror.mirror);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = make_folder ();
  g_autofree char *missing = g_build_filename (dir, "not-there", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (missing);
  g_autoptr(DojoFolderModel) model = dojo_folder_model_new (folder);

  assert_lists (model, "", 2000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/folder-model/lists-sorted", test_lists_sorted);
  g_test_add_func ("/folder-model/follows-changes", test_follows_changes);
  g_test_add_func ("/folder-model/many-changes-at-once", test_many_changes_at_once);
  g_test_add_func ("/folder-model/missing-folder", test_missing_folder);

  return g_test_run ();
}
