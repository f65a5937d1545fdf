/* dojo-source-util.c: what every GtkSourceView of Dojo's shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-source-util"

#include "config.h"

#include <errno.h>
#include <string.h>
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
  GtkSourceStyleSchemeManager *manager;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  dojo_source_util_init ();
  manager = gtk_source_style_scheme_manager_get_default ();
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

/* The colours Dojo uses (dojo_source_util_get_scheme()) and the one every
 * GtkSourceBuffer is given as it is made ("classic"): the default scheme
 * manager sees only these, through links like Python's. Seeing all twelve
 * of GtkSourceView's, it parses each one as the first buffer is made:
 * 22.6 M instructions before the first frame. */
static const char * const scheme_files[] = {
  "Adwaita.xml", "Adwaita-dark.xml", "classic.xml", "classic-dark.xml",
};

/* GtkSourceView checks each language file it reads against its RelaxNG
 * schema, language2.rng, which it looks for in the manager's search path
 * first. For the files GtkSourceView itself installs, which its own tests
 * check against that schema as it is built, the check is only cost:
 * 63 M of the 96 M instructions that making the editor's buffer of Python
 * takes, before the first frame (libxml2 compiles the schema and validates
 * each element; docs/benchmarks.md). So where every link points at an
 * installed file, Dojo's folder holds this schema, which accepts any XML.
 * A learner's own python3.lang (in their data folder) is checked against
 * the real one: the schema file is not there then. */
static const char permissive_schema[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<!-- Dojo: accepts any XML. GtkSourceView's installed languages were\n"
  "     checked against its schema as it was built; see dojo-source-util.c -->\n"
  "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">\n"
  "  <start><ref name=\"any\"/></start>\n"
  "  <define name=\"any\">\n"
  "    <element>\n"
  "      <anyName/>\n"
  "      <zeroOrMore>\n"
  "        <choice><attribute><anyName/></attribute><text/><ref name=\"any\"/></choice>\n"
  "      </zeroOrMore>\n"
  "    </element>\n"
  "  </define>\n"
  "</grammar>\n";

#define SCHEMA_FILE "language2.rng"

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

/* Whether @path is in the learner's own folders rather than installed. */
static gboolean
is_learners (const char *path)
{
  const char *own[] = { g_get_user_data_dir (), g_get_home_dir () };

  for (guint i = 0; i < G_N_ELEMENTS (own); i++)
    {
      g_autofree char *prefix = g_build_filename (own[i], "/", NULL);

      if (g_str_has_prefix (path, prefix))
        return TRUE;
    }
  return FALSE;
}

/* Links @cache_dir's @names to the files of those names found first in
 * @dirs, the folders GtkSourceView's default manager would look in (in
 * the same order: a learner's own file comes first). @learners is set if
 * one of them is the learner's own. */
static gboolean
link_files (const char         *cache_dir,
            const char * const *names,
            guint               n_names,
            const char * const *dirs,
            gboolean           *learners)
{
  *learners = FALSE;
  if (g_mkdir_with_parents (cache_dir, 0700) != 0)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      g_autofree char *target = NULL;

      for (guint d = 0; dirs != NULL && dirs[d] != NULL && target == NULL; d++)
        {
          g_autofree char *path = g_build_filename (dirs[d], names[i], NULL);

          /* resource:// entries are no folder: the test finds nothing there. */
          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            target = g_steal_pointer (&path);
        }
      if (target == NULL || !link_file (cache_dir, names[i], target))
        return FALSE;
      *learners |= is_learners (target);
    }

  return TRUE;
}

/* Puts the schema that accepts anything in @cache_dir, or takes it away
 * when a language there is the learner's own. */
static gboolean
place_schema (const char *cache_dir,
              gboolean    learners)
{
  g_autofree char *path = g_build_filename (cache_dir, SCHEMA_FILE, NULL);
  g_autofree char *current = NULL;
  gsize length = 0;
  GStatBuf st;

  if (learners)
    return g_unlink (path) == 0 || errno == ENOENT;

  /* Read only a file of the right size: never a FIFO, which would wait. */
  if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) &&
      st.st_size == sizeof permissive_schema - 1 &&
      g_file_get_contents (path, &current, &length, NULL) &&
      length == sizeof permissive_schema - 1 &&
      memcmp (current, permissive_schema, length) == 0)
    return TRUE;

  return g_file_set_contents (path, permissive_schema, sizeof permissive_schema - 1, NULL);
}

/* Links @cache_dir's Python files and puts the schema beside them, or
 * takes it away (above). */
static gboolean
prepare_python_dir (const char         *cache_dir,
                    const char * const *dirs,
                    gboolean           *learners)
{
  return link_files (cache_dir, python_files, G_N_ELEMENTS (python_files), dirs, learners) &&
         place_schema (cache_dir, *learners);
}

/**
 * _dojo_source_util_python_languages_new:
 * @cache_dir: where to keep the links
 * @dirs: (nullable): where to find the files, first found first; %NULL
 *   for where GtkSourceView's default manager looks
 * @learners: (out) (optional): set to whether a file linked is the
 *   learner's own, then checked against GtkSourceView's schema
 *
 * Returns: (transfer full) (nullable): a language manager that knows only
 *   Python, or %NULL if one of its files is missing or the links cannot
 *   be made
 */
GtkSourceLanguageManager *
_dojo_source_util_python_languages_new (const char         *cache_dir,
                                        const char * const *dirs,
                                        gboolean           *learners)
{
  const char *search_path[] = { cache_dir, NULL };
  GtkSourceLanguageManager *manager;
  gboolean own = FALSE;

  g_return_val_if_fail (cache_dir != NULL, NULL);

  if (dirs == NULL)
    dirs = gtk_source_language_manager_get_search_path (gtk_source_language_manager_get_default ());
  if (!prepare_python_dir (cache_dir, dirs, &own))
    return NULL;

  if (learners != NULL)
    *learners = own;
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
  static gboolean languages_learners;
  g_autofree char *cache_dir = g_build_filename (g_get_user_cache_dir (), "dojo",
                                                 "language-specs", NULL);
  const char * const *dirs =
    gtk_source_language_manager_get_search_path (gtk_source_language_manager_get_default ());
  GtkSourceLanguageManager *manager;
  GtkSourceLanguage *python;
  gboolean learners = FALSE;
  gboolean made = FALSE;

  dojo_source_util_init ();

  if (g_strcmp0 (cache_dir, languages_dir) != 0)
    {
      g_clear_object (&languages);
      g_free (languages_dir);
      languages_dir = g_strdup (cache_dir);
      languages = _dojo_source_util_python_languages_new (cache_dir, dirs, &languages_learners);
      made = TRUE;
    }

  /* The links and the schema are looked at again on each later call
   * (three readlink()s and a read of 486 bytes, where a buffer of code is
   * made): GtkSourceView reads the files once more as a buffer first
   * highlights Python, and a cache emptied while Dojo runs is made again
   * before it does. A manager that has found the schema that accepts
   * anything keeps it: if a learner's own file has appeared since, the
   * default manager, which checks it, serves instead. */
  if (languages != NULL &&
      (made || (prepare_python_dir (cache_dir, dirs, &learners) &&
                learners == languages_learners)))
    manager = languages;
  else
    manager = gtk_source_language_manager_get_default ();

  python = gtk_source_language_manager_get_language (manager, "python3");
  if (python == NULL)
    python = gtk_source_language_manager_get_language (manager, "python");

  return python;
}

/**
 * _dojo_source_util_link_schemes:
 * @cache_dir: where to keep the links
 * @dirs: where to find the files, first found first
 *
 * Links @cache_dir's style schemes (above) to those in @dirs.
 *
 * Returns: whether all of them are there
 */
gboolean
_dojo_source_util_link_schemes (const char         *cache_dir,
                                const char * const *dirs)
{
  gboolean learners;

  return link_files (cache_dir, scheme_files, G_N_ELEMENTS (scheme_files), dirs, &learners);
}

/**
 * dojo_source_util_init:
 *
 * Starts GtkSourceView for Dojo: its default style scheme manager sees
 * only the schemes Dojo uses. Call it before the first GtkSourceBuffer or
 * GtkSourceView is made (each asks the manager for its colours) and before
 * any scheme is asked for: the manager reads its schemes again from the
 * new folder, and a scheme got earlier without a reference of its own is
 * gone. Later calls do nothing. If the links cannot be made, the manager
 * is left as it is: it then reads all of GtkSourceView's schemes, as it
 * would without Dojo.
 */
void
dojo_source_util_init (void)
{
  static gboolean done;
  GtkSourceStyleSchemeManager *schemes;
  g_autofree char *cache_dir = NULL;

  if (done)
    return;
  done = TRUE;

  gtk_source_init ();
  schemes = gtk_source_style_scheme_manager_get_default ();
  cache_dir = g_build_filename (g_get_user_cache_dir (), "dojo", "styles", NULL);
  if (_dojo_source_util_link_schemes (cache_dir,
                                      gtk_source_style_scheme_manager_get_search_path (schemes)))
    {
      const char *search_path[] = { cache_dir, NULL };

      gtk_source_style_scheme_manager_set_search_path (schemes, search_path);
    }
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
