/* dojo-pack-tool-build.c: dojo-pack build, writing a pack as a .dojopack, full or student edition
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack-tool"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-archive.h"
#include "dojo-debug.h"
#include "dojo-exercise.h"
#include "dojo-grade.h"
#include "dojo-installer.h"
#include "dojo-installer-private.h"
#include "dojo-library.h"
#include "dojo-pack.h"
#include "dojo-pack-private.h"
#include "dojo-progress.h"
#include "dojo-project-files.h"
#include "dojo-repo.h"
#include "dojo-student-edition.h"
#include "dojo-pack-tool.h"

/* build ---------------------------------------------------------------- */

/* What never goes into a pack: the teacher's version control, editor and
 * Python leftovers, and packs built before. */
static gboolean
build_filter (const char *relative_path,
              gpointer    user_data)
{
  g_autofree char *name = g_path_get_basename (relative_path);

  return !(g_str_equal (name, ".git") || g_str_equal (name, "__pycache__") ||
           g_str_equal (name, ".DS_Store") || g_str_has_suffix (name, "~") ||
           g_str_has_suffix (name, ".pyc") || g_str_has_suffix (name, ".swp") ||
           g_str_has_suffix (name, ".dojopack") || g_str_has_suffix (name, ".dojowork"));
}

/* Copies @from to @to (a new folder), leaving out what build_filter()
 * leaves out; links are refused, as the archive writer refuses them. */
static gboolean
copy_pack_tree (const char  *from,
                const char  *to,
                const char  *prefix,
                GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_mkdir (to, 0755) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", to, g_strerror (saved_errno));
      return FALSE;
    }
  if (!(dir = g_dir_open (from, 0, error)))
    return FALSE;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *source = g_build_filename (from, name, NULL);
      g_autofree char *dest = g_build_filename (to, name, NULL);
      g_autofree char *relpath = prefix ? g_strconcat (prefix, "/", name, NULL) : g_strdup (name);
      GStatBuf st;

      if (!build_filter (relpath, NULL))
        continue;
      if (g_lstat (source, &st) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", source, g_strerror (saved_errno));
          return FALSE;
        }
      if (S_ISDIR (st.st_mode))
        {
          if (!copy_pack_tree (source, dest, relpath, error))
            return FALSE;
        }
      else if (S_ISREG (st.st_mode))
        {
          g_autoptr(GFile) source_file = g_file_new_for_path (source);
          g_autoptr(GFile) dest_file = g_file_new_for_path (dest);

          if (!g_file_copy (source_file, dest_file, G_FILE_COPY_NOFOLLOW_SYMLINKS, NULL,
                            NULL, NULL, error))
            return FALSE;
        }
      else
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                       _("%s: only plain files and folders can go into a pack"), relpath);
          return FALSE;
        }
    }

  return TRUE;
}

/* Marks the staged manifest "edition": "student": `dojo-pack grade`
 * refuses to grade with an edition that lacks the hidden checks. */
static gboolean
mark_student_manifest (const char  *root,
                       GError     **error)
{
  g_autofree char *path = g_build_filename (root, "manifest.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *with_newline = NULL;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return FALSE;
  json_object_set_string_member (json_node_get_object (json_parser_get_root (parser)),
                                 "edition", "student");
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  with_newline = g_strconcat (text, "\n", NULL);

  return g_file_set_contents (path, with_newline, -1, error);
}

static gboolean
make_student_edition (GFile       *staged_dir,
                      const char  *root,
                      guint       *n_hidden,
                      GError     **error)
{
  /* The student edition itself is the core's (dojo-student-edition.c). */
  if (!dojo_student_edition_apply (staged_dir, n_hidden, error))
    return FALSE;
  return mark_student_manifest (root, error);
}

/* Prints a pack's errors, as validate does; returns FALSE if it has any. */
static gboolean
validate_for (const char *command,
              GFile      *dir,
              const char *shown)
{
  g_autoptr(GPtrArray) problems = NULL;
  guint errors = 0;

  if (dojo_pack_validate (dir, DOJO_PACK_VALIDATE_NONE, &problems))
    return TRUE;

  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = NULL;

      if (problem->severity != DOJO_PACK_SEVERITY_ERROR)
        continue;
      line = dojo_pack_problem_to_string (problem);
      g_printerr ("%s\n", line);
      errors++;
    }
  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "dojo-pack %s: %s has %u error; fix it first (dojo-pack validate "
                           "lists every problem)\n",
                           "dojo-pack %s: %s has %u errors; fix them first (dojo-pack validate "
                           "lists every problem)\n", errors),
              command, shown, errors);
  return FALSE;
}

int
dojo_pack_cmd_build (const char   *name,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("build");
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out_path = NULL;
  g_autofree char *staging = NULL;
  g_autofree char *staged_pack = NULL;
  gboolean student = FALSE;
  guint n_hidden = 0;
  gboolean ok;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path,
      N_("The .dojopack file to write"), N_("FILE") },
    { "student", 0, 0, G_OPTION_ARG_NONE, &student,
      N_("Leave out reference solutions, solution steps and hidden checks"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Validates the pack first and refuses one with errors. "
                                      "The same folder always gives the same bytes. Without "
                                      "--student the archive is the full edition: keep it, "
                                      "grade with it. Hand out the --student edition."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2 || out_path == NULL)
    {
      g_printerr (_("dojo-pack build: give one pack folder and -o FILE.dojopack\n"));
      return EXIT_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[1]);
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack build: %s is not a pack folder\n"), argv[1]);
      return EXIT_USAGE;
    }

  if (!validate_for ("build", dir, argv[1]))
    return EXIT_PROBLEMS;

  output = g_file_new_for_commandline_arg (out_path);
  source = g_object_ref (dir);

  if (student)
    {
      g_autofree char *dir_path = g_file_get_path (dir);

      if (!(staging = g_dir_make_tmp ("dojo-pack-build-XXXXXX", &error)))
        {
          g_printerr ("dojo-pack build: %s\n", error->message);
          return EXIT_USAGE;
        }
      staged_pack = g_build_filename (staging, "pack", NULL);
      g_clear_object (&source);
      source = g_file_new_for_path (staged_pack);

      if (!copy_pack_tree (dir_path, staged_pack, NULL, &error) ||
          !make_student_edition (source, staged_pack, &n_hidden, &error))
        {
          g_printerr ("dojo-pack build: %s\n", error->message);
          _dojo_remove_tree (staging);
          return EXIT_PROBLEMS;
        }

      /* What goes out must be a pack the app accepts. */
      if (!validate_for ("build", source, _("the student edition")))
        {
          _dojo_remove_tree (staging);
          return EXIT_PROBLEMS;
        }
    }

  ok = dojo_archive_write (source, output, build_filter, NULL, &error);
  if (staging != NULL)
    _dojo_remove_tree (staging);

  if (!ok)
    {
      g_printerr ("dojo-pack build: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (student)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          "Wrote %s, the student edition: no solutions, "
                          "%u hidden check left out.\n",
                          "Wrote %s, the student edition: no solutions, "
                          "%u hidden checks left out.\n",
                          n_hidden),
             out_path, n_hidden);
  else
    g_print (_("Wrote %s, the full edition (solutions and hidden checks included; "
               "hand out a --student build).\n"), out_path);

  return EXIT_OK;
}

