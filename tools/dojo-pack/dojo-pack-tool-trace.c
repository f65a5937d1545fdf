/* dojo-pack-tool-trace.c: dojo-pack trace, running a program step by step and printing its trace
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

/* trace ---------------------------------------------------------------- */

#define TRACE_MAX_STEPS_LIMIT 1000000

/* "name = value, name = value" for the names of the step's own frame,
 * then what it returns or raised. */
static char *
trace_names (JsonObject *step)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JsonArray *frames = dojo_json_get_array (step, "frames");
  guint n = frames != NULL ? json_array_get_length (frames) : 0;
  JsonNode *last = n > 0 ? json_array_get_element (frames, n - 1) : NULL;
  JsonObject *frame = last != NULL && JSON_NODE_HOLDS_OBJECT (last)
                      ? json_node_get_object (last) : NULL;
  JsonArray *locals = dojo_json_get_array (frame, "locals");
  JsonObject *returned = dojo_json_get_object (step, "return_value");
  JsonObject *exception = dojo_json_get_object (step, "exception");

  for (guint i = 0; locals != NULL && i < json_array_get_length (locals); i++)
    {
      JsonNode *node = json_array_get_element (locals, i);
      JsonObject *var = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *name = dojo_json_get_string (var, "name");
      const char *value = dojo_json_get_string (var, "value");
      const char *type = dojo_json_get_string (var, "type");

      /* A table shows the data; the program's functions and classes are
       * in --json. */
      if (name == NULL || value == NULL || g_strcmp0 (type, "function") == 0 ||
          g_strcmp0 (type, "type") == 0 || g_strcmp0 (type, "builtin_function_or_method") == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append_printf (text, "%s = %s", name, value);
    }
  if (returned != NULL && dojo_json_get_string (returned, "value") != NULL)
    {
      if (text->len > 0)
        g_string_append (text, "  ");
      /* Translators: a trace table's note that a function gives back a
       * value, e.g. "returns 24". */
      g_string_append_printf (text, _("returns %s"), dojo_json_get_string (returned, "value"));
    }
  if (exception != NULL)
    {
      const char *message = dojo_json_get_string (exception, "message");

      if (text->len > 0)
        g_string_append (text, "  ");
      g_string_append (text, dojo_json_get_string (exception, "type")
                             ? dojo_json_get_string (exception, "type") : "?");
      if (message != NULL && message[0] != '\0')
        g_string_append_printf (text, ": %s", message);
    }

  return dojo_project_files_printable_name (text->str);
}

static void
print_trace_table (JsonObject *trace)
{
  JsonArray *steps = dojo_json_get_array (trace, "steps");
  JsonObject *exited = dojo_json_get_object (trace, "exited");
  guint n = steps != NULL ? json_array_get_length (steps) : 0;
  int width = (int)g_utf8_strlen (_("function"), -1);
  const char *output = dojo_json_get_string (trace, "output");
  const char *reason = dojo_json_get_string (exited, "reason");

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (steps, i);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      const char *function = dojo_json_get_string (step, "function");

      if (function != NULL)
        width = MAX (width, (int)g_utf8_strlen (function, -1));
    }
  width = MIN (width, 30);

  /* Translators: the headings of a trace table; keep them short. */
  g_print ("%5s %5s  %-9s %-*s  %s\n", _("step"), _("line"), _("event"), width, _("function"),
           _("names"));
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (steps, i);
      JsonObject *step = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      g_autofree char *function =
        dojo_pack_tool_shown_text (dojo_json_get_string (step, "function"));
      g_autofree char *event = dojo_pack_tool_shown_text (dojo_json_get_string (step, "event"));
      g_autofree char *names = trace_names (step);

      g_print ("%5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT "  %-9s %-*s  %s\n",
               dojo_json_get_int (step, "step", i), dojo_json_get_int (step, "line", 0),
               event, width, function, names);
    }

  if (output != NULL)
    dojo_pack_tool_print_block (_("Output:"), output);

  if (g_strcmp0 (reason, "steps") == 0)
    g_print (_("Stopped after %u steps: the program had not ended (--max-steps).\n"), n);
  else if (g_strcmp0 (reason, "size") == 0)
    g_print (_("Stopped after %u steps: the trace grew too big.\n"), n);
  else if (g_strcmp0 (reason, "time") == 0)
    g_print (_("Stopped after %u steps: the program ran out of time.\n"), n);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "The program ended with exit status %d after %u step.\n",
                          "The program ended with exit status %d after %u steps.\n", n),
             (int)dojo_json_get_int (exited, "code", 0), n);
}

int
dojo_pack_cmd_trace (const char   *name,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("trace");
  g_autoptr(DojoDebugRun) run = NULL;
  g_autoptr(JsonNode) trace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdin_path = NULL;
  g_autofree char *project = NULL;
  g_autofree char *file = NULL;
  gboolean json = FALSE;
  int max_steps = -1;
  const GOptionEntry entries[] = {
    { "stdin", 0, 0, G_OPTION_ARG_FILENAME, &stdin_path,
      N_("What the program reads as its input (default: nothing)"), N_("FILE") },
    { "max-steps", 0, 0, G_OPTION_ARG_INT, &max_steps,
      N_("Stop the program after N steps (default: 10000)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print every recorded state as JSON (docs/debugger.md)"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Runs FILE under Dojo's debugger, in the same sandbox as "
                                      "a Check, and records every step of it: the line, what "
                                      "happens there, the function, and the names with their "
                                      "values. The project folder is FILE's folder: other "
                                      "files there can be imported, and only they are "
                                      "stepped. Exits with 0 when the trace was made (also "
                                      "when the program raised an exception: the trace shows "
                                      "it), 1 if it could not be, 2 if the command line is "
                                      "wrong."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack trace: give one Python file\n"));
      return EXIT_USAGE;
    }
  if (!g_file_test (argv[1], G_FILE_TEST_IS_REGULAR))
    {
      g_printerr (_("dojo-pack trace: %s is not a file\n"), argv[1]);
      return EXIT_USAGE;
    }
  if (max_steps != -1 && (max_steps < 1 || max_steps > TRACE_MAX_STEPS_LIMIT))
    {
      g_printerr (_("dojo-pack trace: --max-steps takes a number of steps from 1 to %d\n"),
                  TRACE_MAX_STEPS_LIMIT);
      return EXIT_USAGE;
    }
  if (stdin_path != NULL && (!g_file_test (stdin_path, G_FILE_TEST_IS_REGULAR) ||
                             access (stdin_path, R_OK) != 0))
    {
      g_printerr (_("dojo-pack trace: cannot read %s, given with --stdin\n"), stdin_path);
      return EXIT_USAGE;
    }

  {
    g_autoptr(GFile) given = g_file_new_for_commandline_arg (argv[1]);
    g_autofree char *path = g_file_get_path (given);

    project = g_path_get_dirname (path);
    file = g_path_get_basename (path);
  }

  run = dojo_debug_run_new (DOJO_DEBUG_MODE_TRACE, project, file);
  if (max_steps > 0)
    dojo_debug_run_set_max_steps (run, (guint)max_steps);
  if (!(trace = dojo_debug_run_trace_sync (run, stdin_path, NULL, &error)))
    {
      g_autofree char *shown = dojo_pack_tool_shown_text (error->message);

      g_printerr ("dojo-pack trace: %s\n", shown);
      return EXIT_PROBLEMS;
    }

  if (json)
    {
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *text = NULL;

      json_generator_set_root (generator, trace);
      json_generator_set_pretty (generator, TRUE);
      text = json_generator_to_data (generator, NULL);
      g_print ("%s\n", text);
    }
  else
    print_trace_table (json_node_get_object (trace));

  return EXIT_OK;
}

