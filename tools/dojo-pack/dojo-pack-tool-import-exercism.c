/* dojo-pack-tool-import-exercism.c: `dojo-pack import-exercism`
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack-tool"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-exercism.h"
#include "dojo-pack-tool.h"

int
dojo_pack_cmd_import_exercism (const char   *name,
                               int           argc,
                               char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context (name);
  g_autoptr(GFile) track = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_autofree char *pack_id = NULL;
  g_autofree char *shown = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The pack folder to write (it must be empty or not exist yet)"), N_("PACK") },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id,
      N_("The pack's id, a reverse domain name (default: the folder's name if it is one, "
         "else io.example.PACK)"), N_("ID") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The course title (default: Python exercises from Exercism)"), N_("TITLE") },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Replace a pack folder that is not empty"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("TRACK-DIR is your checkout of an Exercism track (it "
                                      "holds exercises/concept and exercises/practice). Each "
                                      "EXERCISE is an exercise's folder name, or concept/NAME "
                                      "or practice/NAME; the pack holds them in that order, "
                                      "each with its instructions, hints, stub, model "
                                      "solution and its test file, unmodified, as a pytest "
                                      "check. The track is MIT-licensed: keep its notice "
                                      "with the pack (see docs/teachers.md)."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 3 || output == NULL)
    {
      g_printerr (_("dojo-pack import-exercism: give the track's folder, at least one "
                    "exercise and the pack folder to write with -o\n"));
      return EXIT_USAGE;
    }

  track = g_file_new_for_commandline_arg (argv[1]);
  output_file = g_file_new_for_commandline_arg (output);
  if (!dojo_exercism_import (track, (const char * const *)argv + 2, output_file, id, title,
                             force ? DOJO_EXERCISM_IMPORT_FORCE : DOJO_EXERCISM_IMPORT_NONE,
                             &pack_id, &error))
    {
      g_printerr ("dojo-pack import-exercism: %s\n", error->message);
      return EXIT_USAGE;
    }

  shown = g_file_get_path (output_file);
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %d exercise to the pack %s (%s).\n",
                        "Wrote %d exercises to the pack %s (%s).\n", argc - 2),
           argc - 2, shown, pack_id);
  g_print (_("Check it with: dojo-pack validate --run-solutions %s\n"), shown);

  return EXIT_OK;
}
