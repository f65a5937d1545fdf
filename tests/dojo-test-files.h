/* dojo-test-files.h: files on disk for the tests of a project's files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "dojo-archive.h"

/* Writes @contents to @relative under @dir, making the folders on the way.
 * Atomically, through a temporary file renamed into place, as editors and
 * Dojo save: what a file list must follow. */
static inline void
dojo_test_write_file (const char *dir,
                      const char *relative,
                      const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* What @relative under @dir holds, or NULL if it is not there. */
static inline char *
dojo_test_read_file (const char *dir,
                     const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return contents;
}

/* Whether @relative under @dir is there: a file, a folder, or a link even
 * if it leads nowhere. */
static inline gboolean
dojo_test_exists (const char *dir,
                  const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK);
}

/* A folder beside the projects that nothing may touch, holding one file,
 * "secret". */
static inline char *
dojo_test_make_outside (void)
{
  char *path = g_build_filename (g_get_user_data_dir (), "outside", NULL);

  dojo_test_write_file (path, "secret", "keep me\n");

  return path;
}

/* Whether the folder made by dojo_test_make_outside() holds just what it
 * did. */
static inline gboolean
dojo_test_outside_untouched (const char *outside)
{
  g_autofree char *contents = dojo_test_read_file (outside, "secret");
  g_autoptr(GDir) entries = g_dir_open (outside, 0, NULL);
  guint n = 0;

  while (entries != NULL && g_dir_read_name (entries) != NULL)
    n++;

  return n == 1 && g_strcmp0 (contents, "keep me\n") == 0;
}

/* Where the system's trash keeps @name; GIO puts it in the user data dir,
 * the test's own. */
static inline char *
dojo_test_trash_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "Trash", "files", name, NULL);
}

/* @name in the test's cache folder, where the tests of dojo-pack keep the
 * packs and submissions they make. */
static inline char *
dojo_test_cache_path (const char *name)
{
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

/* Zips @dir into @name in the cache folder, as an export does.
 *
 * Returns: the archive's path */
static inline char *
dojo_test_zip (const char *dir,
               const char *name)
{
  char *path = dojo_test_cache_path (name);
  g_autoptr(GFile) from = g_file_new_for_path (dir);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_archive_write (from, to, NULL, NULL, &error));
  g_assert_no_error (error);

  return path;
}
