/* dojo-open-files.c: which files of a project were open, for the next start
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-open-files"

#include "config.h"

#include <errno.h>
#include <string.h>

#include "dojo-open-files.h"
#include "dojo-paths.h"

/* One key file in the state dir, a group per project folder: the tabs it
 * had open (paths relative to the folder) and the one in view. It can be
 * lost without harm: a project then opens with its usual files. */

static char *
state_path (void)
{
  g_autofree char *dir = dojo_paths_get_state_dir ();

  return g_build_filename (dir, "open-files.ini", NULL);
}

static GKeyFile *
read_state (void)
{
  g_autofree char *path = state_path ();
  GKeyFile *key_file = g_key_file_new ();

  /* Missing or damaged: nothing remembered. */
  g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL);

  return key_file;
}

/* A path the state may name: relative, inside the project. */
static gboolean
is_safe_relative (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (path == NULL || path[0] == '\0' || g_path_is_absolute (path) || strchr (path, '\\'))
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] == '\0' || g_str_equal (parts[i], ".") || g_str_equal (parts[i], ".."))
      return FALSE;

  return TRUE;
}

/**
 * dojo_open_files_load:
 * @project_dir: a project folder
 * @files: (out) (transfer full): the files that were open, relative to it
 * @active: (out) (transfer full) (nullable): the one that was in view
 *
 * Returns: %TRUE if something was remembered for @project_dir
 */
gboolean
dojo_open_files_load (GFile   *project_dir,
                      char  ***files,
                      char   **active)
{
  g_autoptr(GKeyFile) key_file = read_state ();
  g_autoptr(GPtrArray) safe = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) listed = NULL;
  g_autofree char *in_view = NULL;
  const char *group = g_file_peek_path (project_dir);

  g_return_val_if_fail (G_IS_FILE (project_dir), FALSE);
  g_return_val_if_fail (files != NULL && active != NULL, FALSE);

  *files = NULL;
  *active = NULL;

  listed = g_key_file_get_string_list (key_file, group, "files", NULL, NULL);
  if (listed == NULL)
    return FALSE;

  for (guint i = 0; listed[i] != NULL; i++)
    if (is_safe_relative (listed[i]))
      g_ptr_array_add (safe, g_strdup (listed[i]));
  g_ptr_array_add (safe, NULL);

  in_view = g_key_file_get_string (key_file, group, "active", NULL);
  if (in_view != NULL && is_safe_relative (in_view))
    *active = g_steal_pointer (&in_view);
  *files = (char **)g_ptr_array_free (g_steal_pointer (&safe), FALSE);

  return TRUE;
}

/**
 * dojo_open_files_save:
 * @project_dir: a project folder
 * @files: the files open now, relative to it
 * @active: (nullable): the one in view
 *
 * Remembers them for the next time @project_dir opens.
 */
gboolean
dojo_open_files_save (GFile               *project_dir,
                      const char * const  *files,
                      const char          *active,
                      GError             **error)
{
  g_autoptr(GKeyFile) key_file = read_state ();
  g_autofree char *path = state_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  const char *group = g_file_peek_path (project_dir);

  g_return_val_if_fail (G_IS_FILE (project_dir), FALSE);
  g_return_val_if_fail (files != NULL, FALSE);

  g_key_file_set_string_list (key_file, group, "files", files, g_strv_length ((char **)files));
  if (active != NULL)
    g_key_file_set_string (key_file, group, "active", active);
  else
    g_key_file_remove_key (key_file, group, "active", NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  return g_key_file_save_to_file (key_file, path, error);
}
