/* dojo-pack-tool-inspect.c: dojo-pack inspect, showing a learner's exported work without running it
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
#include "dojo-json.h"
#include "dojo-library.h"
#include "dojo-pack.h"
#include "dojo-pack-private.h"
#include "dojo-progress.h"
#include "dojo-project-files.h"
#include "dojo-repo.h"
#include "dojo-pack-tool.h"

/* inspect -------------------------------------------------------------- */

/* An item id as packs have them (a-z, 0-9, '-'): a safe folder name. */
static gboolean
is_item_id (const char *id)
{
  if (id[0] == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/* The history of one project of the submission, newest first. */
static void
print_history (const char *work,
               const char *id)
{
  g_autofree char *path = g_build_filename (work, "projects", id, NULL);
  g_autofree char *git_dir = g_build_filename (path, ".git", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_print ("    %s\n", _("(no project)"));
      return;
    }
  if (!g_file_test (git_dir, G_FILE_TEST_IS_DIR))
    {
      g_print ("    %s\n", _("(no history)"));
      return;
    }
  if (!(repo = dojo_repo_open (dir, &error)) || !(log = dojo_repo_log (repo, 0, 0, &error)))
    {
      g_autofree char *shown = dojo_pack_tool_shown_text (error->message);

      g_print ("    %s\n", shown);
      return;
    }
  if (log->len == 0)
    g_print ("    %s\n", _("(no commits)"));

  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *commit = g_ptr_array_index (log, i);
      g_autoptr(GDateTime) utc = g_date_time_to_utc (commit->time);
      g_autofree char *when = g_date_time_format (utc, "%Y-%m-%d %H:%M");
      g_autofree char *author = dojo_project_files_printable_name (commit->author_name);
      g_autofree char *summary = dojo_project_files_printable_name (commit->summary);

      g_print ("    %s  %s  %s  %s\n", when, commit->short_id, author, summary);
    }
}

int
dojo_pack_cmd_inspect (const char   *name,
                       int           argc,
                       char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("inspect");
  g_autoptr(GFile) submission = NULL;
  g_autoptr(GFile) dest = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extract_to = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *work = NULL;
  JsonObject *object, *learner, *pack;
  JsonNode *items;
  const GOptionEntry entries[] = {
    { "extract", 0, 0, G_OPTION_ARG_FILENAME, &extract_to,
      N_("Also leave the learner's files and histories in DIR, a new folder"), N_("DIR") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Opens the submission as grade does, without running "
                                      "anything in it, and prints the learner's report and "
                                      "the commits of each project. With --extract, DIR holds "
                                      "the files, and each project's .git keeps only its "
                                      "history: no hooks, a config with no commands, no "
                                      "pointer to another repository, so that git can be run "
                                      "there."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack inspect: give one .dojowork file\n"));
      return EXIT_USAGE;
    }

  submission = g_file_new_for_commandline_arg (argv[1]);
  if (extract_to != NULL)
    dest = g_file_new_for_commandline_arg (extract_to);
  else
    {
      if (!(tmp = g_dir_make_tmp ("dojo-inspect-XXXXXX", &error)))
        {
          g_printerr ("dojo-pack inspect: %s\n", error->message);
          return EXIT_USAGE;
        }
      dest = g_file_new_build_filename (tmp, "work", NULL);
    }

  if (!(report = dojo_grade_extract (submission, dest, NULL, &error)))
    {
      g_autofree char *shown = dojo_project_files_printable_name (error->message);

      g_printerr ("dojo-pack inspect: %s\n", shown);
      if (tmp != NULL)
        _dojo_remove_tree (tmp);
      return EXIT_PROBLEMS;
    }

  work = g_file_get_path (dest);
  object = json_node_get_object (report);
  learner = dojo_json_get_object (object, "learner");
  pack = dojo_json_get_object (object, "pack");

  {
    g_autofree char *learner_name =
      dojo_pack_tool_shown_text (dojo_json_get_string (learner, "name"));
    g_autofree char *email = dojo_pack_tool_shown_text (dojo_json_get_string (learner, "email"));
    g_autofree char *course = dojo_pack_tool_shown_text (dojo_json_get_string (pack, "id"));
    g_autofree char *version = dojo_pack_tool_shown_text (dojo_json_get_string (pack, "version"));
    g_autofree char *exported =
      dojo_pack_tool_shown_text (dojo_json_get_string (object, "exported_at"));

    g_print ("%s <%s>\n", learner_name, email);
    /* Translators: e.g. "Course io.example.python 1.0.0, exported 2026-05-01T09:30:00Z" */
    g_print (_("Course %s %s, exported %s\n"), course, version, exported);
  }

  items = json_object_get_member (object, "items");
  for (guint i = 0; items != NULL && JSON_NODE_HOLDS_ARRAY (items) &&
                    i < json_array_get_length (json_node_get_array (items)); i++)
    {
      JsonNode *node = json_array_get_element (json_node_get_array (items), i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *id = dojo_json_get_string (item, "id");
      guint attempts = dojo_grade_report_count (item, "attempts");
      guint hints = dojo_grade_report_count (item, "hints_used");
      g_autofree char *shown_id = NULL;
      g_autofree char *type = NULL;
      g_autofree char *status = NULL;
      g_autofree char *n_attempts = NULL;
      g_autofree char *n_hints = NULL;

      if (id == NULL)
        continue;

      shown_id = dojo_pack_tool_shown_text (id);
      type = dojo_pack_tool_shown_text (dojo_json_get_string (item, "type"));
      status = dojo_pack_tool_shown_text (dojo_json_get_string (item, "status"));
      n_attempts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attempt", "%u attempts",
                                                 attempts), attempts);
      n_hints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hint", "%u hints", hints),
                                 hints);
      g_print ("\n");
      /* Translators: an item of a learner's report, e.g.
       * "greet (exercise): passed, 3 attempts, 1 hint" */
      g_print (_("%s (%s): %s, %s, %s\n"), shown_id, type, status, n_attempts, n_hints);

      /* Only a project folder the extraction made safe, named as an id. */
      if (is_item_id (id))
        print_history (work, id);
    }

  if (tmp != NULL)
    _dojo_remove_tree (tmp);
  else
    g_printerr (_("dojo-pack inspect: the work is in %s\n"), work);

  return EXIT_OK;
}

