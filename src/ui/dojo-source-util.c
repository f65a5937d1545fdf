/* dojo-source-util.c: what every GtkSourceView of Dojo's shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-source-util"

#include "config.h"

#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-source-util.h"

/**
 * dojo_source_util_get_scheme:
 *
 * Returns: (transfer none) (nullable): the colours for code in the app's
 *   light or dark style: GNOME's Adwaita schemes, or GtkSourceView's
 *   classic ones where those are missing
 */
GtkSourceStyleScheme *
dojo_source_util_get_scheme (void)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "classic-dark" : "classic");

  return scheme;
}

/* Python's highlighting comes from a language manager of Dojo's own that
 * sees only the three files Python needs (python3.lang uses python.lang
 * and def.lang), through links in Dojo's cache folder to GtkSourceView's
 * own files. GtkSourceView's default manager reads the header of every one
 * of its 170 or so languages before it answers for one: 48 M instructions,
 * about 11 ms, before the editor's first frame (docs/benchmarks.md). */
static const char * const python_files[] = { "python3.lang", "python.lang", "def.lang" };

/* Points @dir/@name at @target, made beside it and renamed over it: a
 * Dojo starting at the same moment sees one link or the other, whole. */
static gboolean
link_file (const char *dir,
           const char *name,
           const char *target)
{
  g_autofree char *link = g_build_filename (dir, name, NULL);
  g_autofree char *current = g_file_read_link (link, NULL);
  g_autofree char *tmp = NULL;

  if (g_strcmp0 (current, target) == 0)
    return TRUE;

  tmp = g_strdup_printf ("%s.%d.tmp", link, (int)getpid ());
  g_unlink (tmp);
  if (symlink (target, tmp) != 0)
    return FALSE;
  if (g_rename (tmp, link) != 0)
    {
      g_unlink (tmp);
      return FALSE;
    }
  return TRUE;
}

/* Links @cache_dir's three files to GtkSourceView's own, found where its
 * default manager would look (in the same order: a learner's own
 * python3.lang comes first). */
static gboolean
link_python_files (const char *cache_dir)
{
  const char * const *dirs =
    gtk_source_language_manager_get_search_path (gtk_source_language_manager_get_default ());

  if (g_mkdir_with_parents (cache_dir, 0700) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (python_files); i++)
    {
      g_autofree char *target = NULL;

      for (guint d = 0; dirs != NULL && dirs[d] != NULL && target == NULL; d++)
        {
          g_autofree char *path = g_build_filename (dirs[d], python_files[i], NULL);

          /* resource:// entries are no folder: the test finds nothing there. */
          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            target = g_steal_pointer (&path);
        }
      if (target == NULL || !link_file (cache_dir, python_files[i], target))
        return FALSE;
    }

  return TRUE;
}

/**
 * _dojo_source_util_python_languages_new:
 * @cache_dir: where to keep the links
 *
 * Returns: (transfer full) (nullable): a language manager that knows only
 *   Python, or %NULL if one of its files is missing or the links cannot
 *   be made
 */
GtkSourceLanguageManager *
_dojo_source_util_python_languages_new (const char *cache_dir)
{
  const char *search_path[] = { cache_dir, NULL };
  GtkSourceLanguageManager *manager;

  g_return_val_if_fail (cache_dir != NULL, NULL);

  if (!link_python_files (cache_dir))
    return NULL;

  manager = gtk_source_language_manager_new ();
  gtk_source_language_manager_set_search_path (manager, search_path);
  return manager;
}

/**
 * dojo_source_util_get_python:
 *
 * Returns: (transfer none) (nullable): Python 3's highlighting
 */
GtkSourceLanguage *
dojo_source_util_get_python (void)
{
  static GtkSourceLanguageManager *languages;
  static char *languages_dir;
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "dojo",
                                                 "language-specs", NULL);
  GtkSourceLanguageManager *manager;
  GtkSourceLanguage *python;

  if (g_strcmp0 (cache_dir, languages_dir) != 0)
    {
      g_clear_object (&languages);
      g_free (languages_dir);
      languages_dir = g_strdup (cache_dir);
      languages = _dojo_source_util_python_languages_new (cache_dir);
    }

  /* The links are looked at again on each call (three readlink()s, where
   * a buffer of code is made): GtkSourceView reads the files once more as
   * a buffer first highlights Python, and a cache emptied while Dojo runs
   * is linked again before it does. */
  if (languages != NULL && link_python_files (cache_dir))
    manager = languages;
  else
    manager = gtk_source_language_manager_get_default ();

  python = gtk_source_language_manager_get_language (manager, "python3");
  if (python == NULL)
    python = gtk_source_language_manager_get_language (manager, "python");

  return python;
}

static void
apply_scheme (GtkSourceBuffer *buffer)
{
  gtk_source_buffer_set_style_scheme (buffer, dojo_source_util_get_scheme ());
}

/**
 * dojo_source_util_follow_style:
 * @buffer: a buffer of code
 *
 * Colours @buffer's code for the app's style now, and whenever it turns
 * light or dark, for as long as @buffer lives.
 */
void
dojo_source_util_follow_style (GtkSourceBuffer *buffer)
{
  g_return_if_fail (GTK_SOURCE_IS_BUFFER (buffer));

  apply_scheme (buffer);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_scheme), buffer, G_CONNECT_SWAPPED);
}
