/* dojo-pack-tool-install.c: dojo-pack install, installing, removing and listing packs
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
#include "dojo-pack-tool.h"

/* install, remove, list -------------------------------------------------- */

int
dojo_pack_cmd_install (const char   *name,
                       int           argc,
                       char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("install");
  g_autoptr(DojoInstallPreview) preview = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changed = NULL;
  g_autofree char *dir_path = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      N_("Install even an older version than the installed one"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Installs for the user who runs it, into "
                                      "$XDG_DATA_HOME/dojo/packs, exactly as the app's "
                                      "“Install a course…” does. The learner's projects and "
                                      "progress are kept."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack install: give one .dojopack file\n"));
      return EXIT_USAGE;
    }

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(preview = dojo_installer_inspect (file, NULL, &error)) ||
      !(pack = dojo_installer_install (file, force ? DOJO_INSTALL_FLAGS_FORCE
                                                   : DOJO_INSTALL_FLAGS_NONE,
                                       NULL, &error)))
    {
      g_printerr ("dojo-pack install: %s\n", error->message);
      if (g_error_matches (error, DOJO_INSTALLER_ERROR, DOJO_INSTALLER_ERROR_DOWNGRADE))
        g_printerr (_("Add --force to install it anyway.\n"));
      return EXIT_PROBLEMS;
    }

  dir = dojo_pack_get_directory (pack) ? g_object_ref (dojo_pack_get_directory (pack)) : NULL;
  dir_path = dir ? g_file_get_path (dir) : g_strdup ("");

  switch (dojo_install_preview_get_kind (preview))
    {
    case DOJO_INSTALL_KIND_NEW:
      g_print (_("Installed “%s” %s (%s) into %s.\n"), dojo_pack_get_title (pack),
               dojo_pack_get_version (pack), dojo_pack_get_id (pack), dir_path);
      break;
    case DOJO_INSTALL_KIND_UPDATE:
    case DOJO_INSTALL_KIND_DOWNGRADE:
      g_print (_("Replaced “%s” %s with %s.\n"), dojo_pack_get_title (pack),
               dojo_install_preview_get_installed_version (preview),
               dojo_pack_get_version (pack));
      break;
    case DOJO_INSTALL_KIND_SAME:
    default:
      g_print (_("Installed “%s” %s again.\n"), dojo_pack_get_title (pack),
               dojo_pack_get_version (pack));
      break;
    }

  for (guint i = 0; i < dojo_install_preview_get_n_releases (preview); i++)
    {
      const char * const *changes = NULL;
      const char *version = dojo_install_preview_get_release (preview, i, NULL, &changes);

      g_print ("  %s\n", version);
      for (guint j = 0; changes[j] != NULL; j++)
        g_print ("    - %s\n", changes[j]);
    }

  progress = dojo_progress_new ();
  if (dojo_progress_load (progress, NULL, NULL))
    {
      changed = dojo_installer_changed_exercises (pack, progress);
      if (changed[0] != NULL)
        {
          g_autofree char *list = g_strjoinv (", ", changed);

          g_print (_("Changed since passed, check again: %s\n"), list);
        }
    }

  return EXIT_OK;
}

int
dojo_pack_cmd_remove (const char   *name,
                      int           argc,
                      char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("remove");
  g_autoptr(GError) error = NULL;
  gboolean projects = FALSE;
  const GOptionEntry entries[] = {
    { "projects", 0, 0, G_OPTION_ARG_NONE, &projects,
      N_("Also delete the learner's projects of the pack"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack remove: give the id of one installed pack (see dojo-pack list)\n"));
      return EXIT_USAGE;
    }

  if (!dojo_installer_remove (argv[1], projects, NULL, &error))
    {
      g_printerr ("dojo-pack remove: %s\n", error->message);
      return EXIT_PROBLEMS;
    }

  if (projects)
    g_print (_("Removed %s and its projects.\n"), argv[1]);
  else
    g_print (_("Removed %s; its projects are kept.\n"), argv[1]);

  return EXIT_OK;
}

int
dojo_pack_cmd_list (const char   *name,
                    int           argc,
                    char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("list");
  g_autoptr(GPtrArray) packs = NULL;

  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 1)
    {
      g_printerr (_("dojo-pack list: takes no arguments\n"));
      return EXIT_USAGE;
    }

  packs = dojo_library_scan (NULL);
  for (guint i = 0; i < packs->len; i++)
    {
      DojoPack *pack = g_ptr_array_index (packs, i);
      gboolean builtin = g_str_equal (dojo_pack_get_id (pack), DOJO_BUILTIN_PACK_ID);

      g_print ("%s\t%s\t%s%s\n", dojo_pack_get_id (pack), dojo_pack_get_version (pack),
               dojo_pack_get_title (pack), builtin ? _(" (comes with Dojo)") : "");
    }

  return EXIT_OK;
}

