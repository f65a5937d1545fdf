/* test-document.c: a learner's file and the disk agree
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "dojo-document.h"
#include "dojo-project.h"

typedef struct
{
  char  *dir;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("dojo-document-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "isogram.py", NULL);
  g_assert_true (g_file_set_contents (path, "print('starter')\n", -1, NULL));
  f->file = g_file_new_for_path (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_file_get_path (f->file);

  g_unlink (path);
  g_rmdir (f->dir);
  g_clear_object (&f->file);
  g_clear_pointer (&f->dir, g_free);
}

/* What the Shell does: `printf ... > isogram.py`. */
static void
write_from_outside (Fixture    *f,
                    const char *text)
{
  g_autofree char *path = g_file_get_path (f->file);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static char *
read_disk (Fixture *f)
{
  g_autofree char *path = g_file_get_path (f->file);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  return text;
}

static DojoDocument *
loaded_document (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  DojoDocument *doc = dojo_document_new (f->file);

  text = dojo_document_load (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "print('starter')\n");

  return doc;
}

static void
test_save_refuses_outside_change (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *disk = NULL;

  write_from_outside (f, "print('from the shell')\n");

  g_assert_false (dojo_document_save (doc, "print('typed')\n", -1, &error));
  g_assert_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK);

  disk = read_disk (f);
  g_assert_cmpstr (disk, ==, "print('from the shell')\n");
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  dojo_document_save_finish (DOJO_DOCUMENT (object), result, error);
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

static void
test_async_save_refuses_outside_change (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *disk = NULL;

  write_from_outside (f, "print('git checkout')\n");

  dojo_document_save_async (doc, "print('typed')\n", -1, NULL, saved_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK);
  disk = read_disk (f);
  g_assert_cmpstr (disk, ==, "print('git checkout')\n");
}

static void
test_save_refuses_outside_delete (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (f->file);

  g_assert_cmpint (g_unlink (path), ==, 0);

  g_assert_false (dojo_document_save (doc, "print('typed')\n", -1, &error));
  g_assert_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_own_saves_are_not_outside_changes (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;

  /* Many saves in a row, each checked against the one before. */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *text = g_strdup_printf ("print(%u)\n", i);

      g_assert_true (dojo_document_save (doc, text, -1, &error));
      g_assert_no_error (error);
      g_assert_cmpint (dojo_document_check_disk (doc, NULL, NULL, &error), ==,
                       DOJO_DOCUMENT_DISK_SAME);
      g_assert_no_error (error);
    }
}

static void
count_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  guint *pending = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_document_save_finish (DOJO_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  (*pending)--;
}

/* Saves in worker threads while the main thread checks the disk: a check
 * never takes the document's own half-finished save for an outside one. */
static void
test_check_during_async_saves (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  guint pending = 0;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("print(%u)\n", i);
      g_autoptr(GError) error = NULL;

      pending++;
      dojo_document_save_async (doc, text, -1, NULL, count_cb, &pending);
      g_assert_cmpint (dojo_document_check_disk (doc, NULL, NULL, &error), ==,
                       DOJO_DOCUMENT_DISK_SAME);
      g_assert_no_error (error);
    }

  while (pending > 0)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_check_disk_states (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *path = g_file_get_path (f->file);
  gsize len = 0;

  g_assert_cmpint (dojo_document_check_disk (doc, &contents, &len, &error), ==,
                   DOJO_DOCUMENT_DISK_SAME);
  g_assert_null (contents);

  write_from_outside (f, "print('changed')\n");
  g_assert_cmpint (dojo_document_check_disk (doc, &contents, &len, &error), ==,
                   DOJO_DOCUMENT_DISK_CHANGED);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "print('changed')\n");
  g_assert_cmpuint (len, ==, strlen ("print('changed')\n"));

  /* The editor shows the new text now: saves compare with it. */
  dojo_document_accept (doc, contents, len);
  g_clear_pointer (&contents, g_free);
  g_assert_cmpint (dojo_document_check_disk (doc, &contents, NULL, &error), ==,
                   DOJO_DOCUMENT_DISK_SAME);
  g_assert_true (dojo_document_save (doc, "print('typed')\n", -1, &error));
  g_assert_no_error (error);

  /* Bytes that are not text: changed, with no text to show. */
  g_assert_true (g_file_set_contents (path, "\xff\xfe\x00", 3, NULL));
  g_assert_cmpint (dojo_document_check_disk (doc, &contents, NULL, &error), ==,
                   DOJO_DOCUMENT_DISK_CHANGED);
  g_assert_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_NOT_TEXT);
  g_assert_null (contents);
  g_clear_error (&error);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (dojo_document_check_disk (doc, &contents, NULL, &error), ==,
                   DOJO_DOCUMENT_DISK_DELETED);
  g_assert_no_error (error);
}

static void
test_overwrite_replaces_outside_change (Fixture       *f,
                                        gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *disk = NULL;

  write_from_outside (f, "print('other')\n");
  g_assert_true (dojo_document_overwrite (doc, "print('mine')\n", -1, &error));
  g_assert_no_error (error);
  disk = read_disk (f);
  g_assert_cmpstr (disk, ==, "print('mine')\n");

  /* And ordinary saves go on from there. */
  g_assert_true (dojo_document_save (doc, "print('mine, more')\n", -1, &error));
  g_assert_no_error (error);
}

static void
on_changed (gpointer user_data)
{
  guint *count = user_data;

  (*count)++;
}

static gboolean
spin_until (guint *count,
            guint  at_least,
            guint  timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (*count < at_least && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return *count >= at_least;
}

static void
test_monitor_reports_outside_changes (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(DojoDocument) doc = loaded_document (f);
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *other = g_build_filename (f->dir, "new.py", NULL);
  guint count = 0;

  g_signal_connect_swapped (doc, "changed-on-disk", G_CALLBACK (on_changed), &count);
  dojo_document_set_monitored (doc, TRUE);

  write_from_outside (f, "print('shell')\n");
  g_assert_true (spin_until (&count, 1, 2000));
  g_assert_cmpint (dojo_document_check_disk (doc, NULL, NULL, NULL), ==,
                   DOJO_DOCUMENT_DISK_CHANGED);

  /* Replaced by a rename, as git writes files. */
  g_assert_true (g_file_set_contents (other, "print('git')\n", -1, NULL));
  g_assert_cmpint (g_rename (other, path), ==, 0);
  g_assert_true (spin_until (&count, 2, 2000));

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (spin_until (&count, 3, 2000));
  g_assert_cmpint (dojo_document_check_disk (doc, NULL, NULL, NULL), ==,
                   DOJO_DOCUMENT_DISK_DELETED);

  /* Not monitored any more: nothing is reported. */
  dojo_document_set_monitored (doc, FALSE);
  write_from_outside (f, "print('later')\n");
  g_assert_false (spin_until (&count, 4, 300));
}

static void
test_document_save_round_trip (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(DojoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *unicode = "name = input('Wie heißt du? ')\nprint(f'こんにちは, {name}')\n";
  gsize len = 0;

  g_assert_true (dojo_project_ensure (project, "", &error));
  doc = dojo_document_new (dojo_project_get_entry_file (project));

  g_assert_true (dojo_document_save (doc, unicode, -1, &error));
  g_assert_no_error (error);
  text = dojo_document_load (doc, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, unicode);
  g_assert_cmpuint (len, ==, strlen (unicode));
}

static void
test_document_refuses_binary (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(DojoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  g_assert_true (dojo_project_ensure (project, "", &error));
  path = g_file_get_path (dojo_project_get_entry_file (project));
  g_assert_true (g_file_set_contents (path, "\xff\xfe\x00 bad", 7, NULL));

  doc = dojo_document_new (dojo_project_get_entry_file (project));
  text = dojo_document_load (doc, NULL, &error);
  g_assert_null (text);
  g_assert_error (error, DOJO_DOCUMENT_ERROR, DOJO_DOCUMENT_ERROR_NOT_TEXT);
}

static void
test_document_async_last_write_wins (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(DojoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint pending = 0;

  g_assert_true (dojo_project_ensure (project, "", &error));
  doc = dojo_document_new (dojo_project_get_entry_file (project));

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *version = g_strdup_printf ("print(%u)\n", i);

      pending++;
      dojo_document_save_async (doc, version, -1, NULL, count_cb, &pending);
    }

  while (pending > 0)
    g_main_context_iteration (NULL, TRUE);

  text = dojo_document_load (doc, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "print(49)\n");
}

static void
test_document_save_failure_keeps_old_file (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(DojoDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *big = g_strnfill (256 * 1024, 'x');
  g_autofree char *text = NULL;
  struct rlimit old_limit;
  struct rlimit small;
  gboolean saved;

  g_assert_true (dojo_project_ensure (project, "old\n", &error));
  doc = dojo_document_new (dojo_project_get_entry_file (project));

  /* A file-size limit fails the write the way a full disk does, and binds
   * root too. Without SIGXFSZ ignored it would kill the test instead. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  small.rlim_cur = 64 * 1024;
  small.rlim_max = old_limit.rlim_max;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  saved = dojo_document_save (doc, big, -1, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);

  g_assert_false (saved);
  g_assert_nonnull (error);

  text = dojo_document_load (doc, NULL, NULL);
  g_assert_cmpstr (text, ==, "old\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/document/save-refuses-outside-change", test_save_refuses_outside_change);
  ADD ("/document/async-save-refuses-outside-change", test_async_save_refuses_outside_change);
  ADD ("/document/save-refuses-outside-delete", test_save_refuses_outside_delete);
  ADD ("/document/own-saves-are-not-outside-changes", test_own_saves_are_not_outside_changes);
  ADD ("/document/check-during-async-saves", test_check_during_async_saves);
  ADD ("/document/check-disk-states", test_check_disk_states);
  ADD ("/document/overwrite-replaces-outside-change", test_overwrite_replaces_outside_change);
  ADD ("/document/monitor-reports-outside-changes", test_monitor_reports_outside_changes);

#undef ADD

  g_test_add_func ("/document/save-round-trip", test_document_save_round_trip);
  g_test_add_func ("/document/refuses-binary", test_document_refuses_binary);
  g_test_add_func ("/document/async-last-write-wins", test_document_async_last_write_wins);
  g_test_add_func ("/document/save-failure-keeps-old-file",
                   test_document_save_failure_keeps_old_file);

  return g_test_run ();
}
