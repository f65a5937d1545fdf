/* dojo-library.c: where the learner's courses are
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-library"

#include "config.h"

#include <string.h>

#include "dojo-library.h"
#include "dojo-paths.h"

/**
 * dojo_library_get_builtin_dir:
 *
 * Returns: (transfer full): the folder of the course that ships with Dojo
 */
GFile *
dojo_library_get_builtin_dir (void)
{
  g_autofree char *content = dojo_paths_get_content_dir ();
  g_autofree char *path = g_build_filename (content, DOJO_BUILTIN_PACK_DIRNAME, NULL);

  return g_file_new_for_path (path);
}

/**
 * dojo_library_get_installed_dir:
 *
 * Returns: (transfer full): the folder holding the packs the learner
 *   installed, one folder per pack, named by the pack's id
 */
GFile *
dojo_library_get_installed_dir (void)
{
  g_autofree char *data = dojo_paths_get_data_dir ();
  g_autofree char *path = g_build_filename (data, "packs", NULL);

  return g_file_new_for_path (path);
}

/**
 * dojo_library_locate:
 * @pack_id: a pack's id
 *
 * Finds a pack's folder without reading any pack: installed packs live in
 * a folder named by their id, and the built-in course has a known id.
 *
 * Returns: (transfer full) (nullable): the pack's folder, or %NULL if no
 *   such pack is here
 */
GFile *
dojo_library_locate (const char *pack_id)
{
  g_autoptr(GFile) installed = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) manifest = NULL;

  g_return_val_if_fail (pack_id != NULL, NULL);

  if (!dojo_pack_is_valid_pack_id (pack_id))
    return NULL;

  installed = dojo_library_get_installed_dir ();
  dir = g_file_get_child (installed, pack_id);
  manifest = g_file_get_child (dir, "manifest.json");
  if (g_file_query_exists (manifest, NULL))
    return g_steal_pointer (&dir);

  if (g_str_equal (pack_id, DOJO_BUILTIN_PACK_ID))
    {
      g_autoptr(GFile) builtin = dojo_library_get_builtin_dir ();
      g_autoptr(GFile) builtin_manifest = g_file_get_child (builtin, "manifest.json");

      if (g_file_query_exists (builtin_manifest, NULL))
        return g_steal_pointer (&builtin);
    }

  return NULL;
}

/**
 * dojo_library_dup_language:
 *
 * Returns: (transfer full) (nullable): the learner's language for packs'
 *   translations (`de_DE`), or %NULL for untranslated
 */
char *
dojo_library_dup_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      char *cut;

      if (g_str_equal (names[i], "C") || g_str_equal (names[i], "POSIX"))
        continue;

      /* "de_DE.UTF-8@euro" → "de_DE"; the pack loader falls back to "de". */
      name = g_strdup (names[i]);
      if ((cut = strpbrk (name, ".@")) != NULL)
        *cut = '\0';
      if (name[0] != '\0')
        return g_steal_pointer (&name);
    }

  return NULL;
}

/**
 * dojo_library_load:
 * @directory: a pack's folder
 *
 * Loads a pack's index in the learner's language.
 */
DojoPack *
dojo_library_load (GFile   *directory,
                   GError **error)
{
  g_autofree char *language = dojo_library_dup_language ();

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  return dojo_pack_load (directory, language, error);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  DojoPack *pack_a = *(DojoPack **)a;
  DojoPack *pack_b = *(DojoPack **)b;
  g_autofree char *key_a = g_utf8_collate_key (dojo_pack_get_title (pack_a), -1);
  g_autofree char *key_b = g_utf8_collate_key (dojo_pack_get_title (pack_b), -1);

  return strcmp (key_a, key_b);
}

static void
add_pack (GPtrArray *packs,
          GFile     *directory)
{
  g_autoptr(GError) error = NULL;
  DojoPack *pack = dojo_library_load (directory, &error);

  if (pack != NULL)
    g_ptr_array_add (packs, pack);
  else if (!g_error_matches (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE))
    {
      g_autofree char *path = g_file_get_path (directory);

      /* A broken installed pack must not hide the others. */
      g_message ("Not listing the pack in %s: %s", path, error->message);
    }
}

/**
 * dojo_library_scan:
 * @cancellable: (nullable): a cancellable
 *
 * Loads the index of every course here: the built-in one first, then the
 * installed ones by title. Blocking; dojo_library_scan_async() runs it in a
 * thread. Packs that do not load are left out.
 *
 * Returns: (transfer full) (element-type DojoPack): the packs
 */
GPtrArray *
dojo_library_scan (GCancellable *cancellable)
{
  g_autoptr(GPtrArray) packs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) builtin = dojo_library_get_builtin_dir ();
  g_autoptr(GFile) installed = dojo_library_get_installed_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  add_pack (packs, builtin);

  children = g_file_enumerate_children (installed,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                        cancellable, NULL);

  while (children != NULL &&
         !g_cancellable_is_cancelled (cancellable) &&
         (info = g_file_enumerator_next_file (children, cancellable, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      /* Half-done installs and other leftovers are not packs. */
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY &&
          dojo_pack_is_valid_pack_id (name))
        {
          g_autoptr(GFile) dir = g_file_get_child (installed, name);

          add_pack (others, dir);
        }

      g_object_unref (info);
    }

  g_ptr_array_sort (others, compare_titles);
  g_ptr_array_extend_and_steal (packs, g_steal_pointer (&others));

  return g_steal_pointer (&packs);
}

static void
scan_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_task_return_pointer (task, dojo_library_scan (cancellable),
                         (GDestroyNotify)g_ptr_array_unref);
}

void
dojo_library_scan_async (GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, dojo_library_scan_async);
  g_task_run_in_thread (task, scan_in_thread);
}

/**
 * dojo_library_scan_finish:
 *
 * Returns: (transfer full) (element-type DojoPack): as dojo_library_scan()
 */
GPtrArray *
dojo_library_scan_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
