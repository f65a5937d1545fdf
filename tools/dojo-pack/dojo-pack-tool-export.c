/* dojo-pack-tool-export.c: `dojo-pack export`, a learner's work as the window exports it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-export.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "dojo-pack-tool.h"

/* Without --pack: the one course the learner has begun. */
static DojoPack *
begun_course (DojoProgress *progress)
{
  g_autoptr(GPtrArray) begun = dojo_export_list_begun (progress, NULL);
  g_autofree char *data = dojo_paths_get_data_dir ();

  if (begun->len == 1)
    return g_object_ref (g_ptr_array_index (begun, 0));

  if (begun->len == 0)
    {
      g_printerr (_("dojo-pack export: there is nothing to export: you have not begun any "
                    "course in %s\n"), data);
      return NULL;
    }

  g_printerr (_("dojo-pack export: you have begun several courses; choose one with "
                "--pack PACK-ID:\n"));
  for (guint i = 0; i < begun->len; i++)
    {
      DojoPack *pack = g_ptr_array_index (begun, i);

      g_printerr ("  %s  %s\n", dojo_pack_get_id (pack), dojo_pack_get_title (pack));
    }

  return NULL;
}

int
dojo_pack_cmd_export (const char   *name,
                      int           argc,
                      char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context (name);
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pack_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *shown = NULL;
  DojoProgressRecovery recovery = DOJO_PROGRESS_RECOVERY_NONE;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "pack", 0, 0, G_OPTION_ARG_STRING, &pack_id,
      N_("The course to export (default: the one course you have begun)"), N_("PACK-ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write (default: PACK-ID-NAME-DATE.dojowork in this folder)"),
      N_("FILE.dojowork") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force, N_("Replace the file if it exists"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("For learners: writes your work on a course (every "
                                      "project with its history, and your progress) into one "
                                      "file to hand to your teacher, the same file as Export "
                                      "My Work in Dojo. It reads Dojo's data where the app "
                                      "keeps it ($XDG_DATA_HOME/dojo, usually "
                                      "~/.local/share/dojo)."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 1)
    {
      g_printerr (_("dojo-pack export: name the course with --pack, not as an argument\n"));
      return EXIT_USAGE;
    }

  /* The progress as the app reads it, damaged file and all. */
  progress = dojo_progress_new ();
  if (!dojo_progress_load (progress, &recovery, &error))
    {
      g_printerr (_("dojo-pack export: could not read your progress: %s\n"), error->message);
      return EXIT_USAGE;
    }
  if (recovery != DOJO_PROGRESS_RECOVERY_NONE)
    g_printerr (_("dojo-pack export: your progress file was damaged; exporting what Dojo "
                  "could recover\n"));

  if (pack_id != NULL)
    {
      if (!(pack = dojo_export_open_course (pack_id, &error)))
        {
          g_printerr ("dojo-pack export: %s\n", error->message);
          if (g_error_matches (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_NO_PACK))
            g_printerr (_("“dojo-pack list” shows the courses installed here.\n"));
          return EXIT_USAGE;
        }
    }
  else if (!(pack = begun_course (progress)))
    return EXIT_USAGE;

  if (output == NULL)
    output = dojo_export_suggest_name (pack);
  file = g_file_new_for_commandline_arg (output);
  shown = g_file_get_path (file);
  if (!force && g_file_query_exists (file, NULL))
    {
      g_printerr (_("dojo-pack export: %s exists; choose another file, or replace it with "
                    "--force\n"), shown);
      return EXIT_USAGE;
    }

  /* Said before the work is copied, and without the temporary file's
   * name that the archive's own error would show. */
  {
    g_autofree char *folder = g_path_get_dirname (shown);

    if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
      {
        g_printerr (_("dojo-pack export: cannot write %s: there is no folder %s\n"), shown,
                    folder);
        return EXIT_USAGE;
      }
  }

  if (!dojo_export_course (pack, progress, file, &error))
    {
      g_printerr ("dojo-pack export: %s\n", error->message);
      return EXIT_USAGE;
    }

  g_print (_("Exported your work on “%s” to %s: hand this file to your teacher.\n"),
           dojo_pack_get_title (pack), shown);

  return EXIT_OK;
}
