/* dojo-pack.c: the teacher's command line for content packs: its commands and help
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

static const DojoPackCommand commands[] = {
  { "validate", N_("PATH"), N_("Check a pack (folder or .dojopack) and list every problem"),
    dojo_pack_cmd_validate },
  { "new", N_("DIR"), N_("Write a small working example pack to start from"), dojo_pack_cmd_new },
  { "check", N_("PACK EXERCISE-ID DIR"),
    N_("Check a learner's project folder against an exercise, as the app does"), dojo_pack_cmd_check },
  { "build", N_("PACK -o FILE.dojopack"),
    N_("Validate a pack folder and write it as a .dojopack to hand out"), dojo_pack_cmd_build },
  { "install", N_("FILE.dojopack"),
    N_("Install or update a pack for the current user, as the app does"), dojo_pack_cmd_install },
  { "remove", N_("PACK-ID"), N_("Remove an installed pack"), dojo_pack_cmd_remove },
  { "list", "", N_("List the packs installed for the current user"), dojo_pack_cmd_list },
  { "grade", N_("PACK SUBMISSION…"),
    N_("Check learners' exported work (.dojowork) again and write the grades as CSV"),
    dojo_pack_cmd_grade },
  { "inspect", N_("SUBMISSION"),
    N_("Show a learner's exported work and its commits, without running anything in it"),
    dojo_pack_cmd_inspect },
  { "import-exercism", N_("TRACK-DIR EXERCISE… -o PACK"),
    N_("Turn exercises of an Exercism track into a pack"), dojo_pack_cmd_import_exercism },
  { "export", N_("[--pack PACK-ID] [-o FILE.dojowork]"),
    N_("Export your work on a course for your teacher, as Dojo does"), dojo_pack_cmd_export },
  { "trace", N_("FILE"),
    N_("Run a Python program step by step and print its trace table"), dojo_pack_cmd_trace },
};

static const DojoPackCommand *
command_named (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];

  g_assert_not_reached ();
}

/* The option context of the command @name: its usage line and summary. */
GOptionContext *
dojo_pack_tool_context (const char *name)
{
  const DojoPackCommand *command = command_named (name);
  const char *args = command->parameter[0] ? _(command->parameter) : "";
  g_autofree char *parameter = g_strdup_printf ("%s %s", command->name, args);
  GOptionContext *context = g_option_context_new (parameter);

  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  return context;
}

gboolean
dojo_pack_tool_parse_options (GOptionContext  *context,
                              int             *argc,
                              char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("dojo-pack: %s\n", error->message);
      g_printerr (_("Run “dojo-pack %s --help” to see the options.\n"), (*argv)[0]);
      return FALSE;
    }

  return TRUE;
}

/* Loads a pack folder for a command that runs its exercises. */
DojoPack *
dojo_pack_tool_load_pack (const char *command,
                          const char *path)
{
  g_autoptr(GFile) dir = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  DojoPack *pack;

  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack %s: %s is not a pack folder (unpack a .dojopack first)\n"),
                  command, path);
      return NULL;
    }

  if (!(pack = dojo_pack_load (dir, NULL, &error)))
    {
      g_printerr ("dojo-pack %s: %s\n", command, error->message);
      g_printerr (_("Run “dojo-pack validate %s” to see every problem.\n"), path);
      return NULL;
    }

  return pack;
}

/* Prints @text under a label, indented, so that blank lines and trailing
 * newlines stay visible. Control characters are escaped: the text may be
 * a program's output. */
void
dojo_pack_tool_print_block (const char *label,
                            const char *text)
{
  g_auto(GStrv) lines = NULL;
  guint n;

  if (text == NULL)
    return;

  g_print ("    %s\n", label);
  if (text[0] == '\0')
    {
      g_print ("      %s\n", _("(nothing)"));
      return;
    }
  lines = g_strsplit (text, "\n", -1);
  n = g_strv_length (lines);
  /* A final newline is not one more line. */
  if (n > 1 && lines[n - 1][0] == '\0')
    n--;
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = dojo_project_files_printable_name (lines[i]);

      g_print ("      │%s\n", line);
    }
}

/* @text from a submission or a program, as it may go to a terminal. */
char *
dojo_pack_tool_shown_text (const char *text)
{
  return dojo_project_files_printable_name (text ? text : "");
}

/* main ----------------------------------------------------------------- */

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n  dojo-pack %s\n\n%s\n", _("Usage:"), _("COMMAND [OPTION…]"),
           _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-16s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n", _("Run “dojo-pack COMMAND --help” for a command's options."));
}

/* `dojo-pack help COMMAND`: the command's own --help. */
static int
print_command_help (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      {
        char *argv[] = { (char *)commands[i].name, (char *)"--help", NULL };

        return commands[i].run (commands[i].name, 2, argv);
      }

  g_printerr (_("dojo-pack: “%s” is not a command\n\n"), name);
  print_usage (stderr);
  return EXIT_USAGE;
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("dojo-pack");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "help") && argc >= 3)
    return print_command_help (argv[2]);

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")
      || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("dojo-pack %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (commands[i].name, argc - 1, argv + 1);

  /* Run by grade only, so not in the list above. */
  if (g_str_equal (argv[1], GRADE_ONE))
    return dojo_pack_cmd_grade_one (argc - 1, argv + 1);

  g_printerr (_("dojo-pack: “%s” is not a command\n\n"), argv[1]);
  print_usage (stderr);

  return EXIT_USAGE;
}

