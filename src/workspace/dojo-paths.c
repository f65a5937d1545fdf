/* dojo-paths.c: where Dojo keeps things on disk
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-paths"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "dojo-paths.h"

/* Nothing here is cached: tests give every case its own XDG dirs, and GLib
 * resets its own caches between them. */

/**
 * dojo_paths_get_data_dir:
 *
 * Returns: the folder that holds the learner's data: projects, progress and
 *   installed packs (`$XDG_DATA_HOME/dojo`).
 */
char *
dojo_paths_get_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "dojo", NULL);
}

/**
 * dojo_paths_get_projects_dir:
 *
 * Returns: the folder under which every learner project lives.
 */
char *
dojo_paths_get_projects_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "dojo", "projects", NULL);
}

/**
 * dojo_paths_get_trash_pending_dir:
 *
 * Returns: the folder where files the learner moved to the trash wait while
 *   they can still be put back. It sits next to the projects so that moving
 *   a file there is a rename on one file system: instant, and all or nothing.
 */
char *
dojo_paths_get_trash_pending_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "dojo", "trash-pending", NULL);
}

/**
 * dojo_paths_get_state_dir:
 *
 * Returns: the folder for the app's own state (session, drafts), which can
 *   be rebuilt, unlike the learner's data.
 */
char *
dojo_paths_get_state_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "dojo", NULL);
}

static char *
dir_from_env_or_default (const char *variable,
                         const char *installed)
{
  const char *value = g_getenv (variable);

  /* The uninstalled app (`meson devenv`) and the tests point these at the
   * source tree; an installed Dojo uses its data dir. */
  if (value != NULL && value[0] != '\0')
    return g_strdup (value);

  return g_build_filename (PKGDATADIR, installed, NULL);
}

/**
 * dojo_paths_get_harness_dir:
 *
 * Returns: the folder holding the Python check harness.
 */
char *
dojo_paths_get_harness_dir (void)
{
  return dir_from_env_or_default ("DOJO_HARNESS_DIR", "harness");
}

/**
 * dojo_paths_get_content_dir:
 *
 * Returns: the folder holding the packs that ship with Dojo (the built-in
 *   course among them).
 */
char *
dojo_paths_get_content_dir (void)
{
  return dir_from_env_or_default ("DOJO_CONTENT_DIR", "content");
}

/**
 * dojo_paths_dup_recovered_path:
 * @file: one of the learner's files
 *
 * Returns: a new path under `$XDG_DATA_HOME/dojo/recovered/` for keeping a
 *   version of @file that is not the one on disk (the learner's unsaved
 *   typing, or the version they chose not to keep): in a folder named
 *   after @file's folder (the project), named after @file with the date
 *   and time before its extension, so that it still opens as Python.
 */
char *
dojo_paths_dup_recovered_path (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_basename (parent) : g_strdup ("files");
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S");
  const char *dot = strrchr (name, '.');
  g_autofree char *stem = g_strndup (name, dot && dot != name ? (gsize)(dot - name) : strlen (name));
  const char *ext = dot && dot != name ? dot : "";
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "dojo", "recovered", folder,
                                           NULL);

  for (guint n = 1; ; n++)
    {
      g_autofree char *base = n == 1 ? g_strdup_printf ("%s (%s)%s", stem, stamp, ext)
                                     : g_strdup_printf ("%s (%s, %u)%s", stem, stamp, n, ext);
      g_autofree char *path = g_build_filename (dir, base, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&path);
    }
}
