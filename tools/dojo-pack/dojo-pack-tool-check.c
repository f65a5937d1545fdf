/* dojo-pack-tool-check.c: dojo-pack check, checking a learner's folder against an exercise, as the app does
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
#include "dojo-check-kinds.h"
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

/* check ---------------------------------------------------------------- */

static const char *
check_state_to_string (DojoCheckState state)
{
  switch (state)
    {
    case DOJO_CHECK_STATE_PASSED: return "passed";
    case DOJO_CHECK_STATE_FAILED: return "failed";
    case DOJO_CHECK_STATE_NOT_EVALUATED: return "not-evaluated";
    default: return "unknown";
    }
}

/* The generator escapes control characters but copies bytes that are
 * not UTF-8 as they are, which no JSON reader takes: a program's output
 * may hold any bytes. */
static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  g_autofree char *valid = value != NULL ? g_utf8_make_valid (value, -1) : NULL;

  dojo_json_builder_add_nullable_string (builder, name, valid);
}

static void
print_verdict_json (DojoVerdict *verdict,
                    const char  *exercise_id)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  GPtrArray *results = dojo_verdict_get_results (verdict);

  json_builder_begin_object (builder);
  add_string_member (builder, "exercise", exercise_id);
  json_builder_set_member_name (builder, "passed");
  json_builder_add_boolean_value (builder, dojo_verdict_get_passed (verdict));
  add_string_member (builder, "state",
                     dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)));
  add_string_member (builder, "message", dojo_verdict_get_message (verdict));
  json_builder_set_member_name (builder, "results");
  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", dojo_check_result_get_id (result));
      add_string_member (builder, "type", dojo_check_result_get_check_type (result));
      add_string_member (builder, "title", dojo_check_result_get_title (result));
      add_string_member (builder, "state",
                         check_state_to_string (dojo_check_result_get_state (result)));
      json_builder_set_member_name (builder, "blocking");
      json_builder_add_boolean_value (builder, dojo_check_result_get_blocking (result));
      add_string_member (builder, "message", dojo_check_result_get_message (result));
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, dojo_check_result_get_line (result));
      add_string_member (builder, "expected", dojo_check_result_get_expected (result));
      add_string_member (builder, "actual", dojo_check_result_get_actual (result));
      add_string_member (builder, "diff", dojo_check_result_get_diff (result));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Prints @text, which comes from the pack or the learner's program, one
 * line after @first and the others after @indent, so that a message of
 * several lines (a test's failures, in Markdown) stays under its check:
 * every control character but the line breaks escaped (a program may
 * print ESC[2J or a \r that would rewrite the teacher's terminal), bytes
 * that are not UTF-8 replaced.  An empty line stays empty. */
static void
print_lines (const char *first,
             const char *indent,
             const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = dojo_project_files_printable_name (lines[i]);

      if (i > 0 && line[0] == '\0')
        g_print ("\n");
      else
        g_print ("%s%s\n", i == 0 ? first : indent, line);
    }
}

/* The messages of these kinds say "Line N:" before each thing they list;
 * a second "line N:" in front would only repeat it. */
static gboolean
names_its_lines (const char *check_type)
{
  const DojoCheckKind *kind = dojo_check_kind_lookup (check_type);

  return kind != NULL && (kind->results == DOJO_CHECK_RESULTS_RULES ||
                          kind->results == DOJO_CHECK_RESULTS_FUNCTIONS ||
                          kind->results == DOJO_CHECK_RESULTS_TYPES);
}

static void
print_verdict (DojoVerdict *verdict,
               const char  *dir)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);
  guint passed = 0;

  for (guint i = 0; i < results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (results, i);
      DojoCheckState state = dojo_check_result_get_state (result);
      const char *title = dojo_check_result_get_title (result);
      const char *message = dojo_check_result_get_message (result);
      g_autofree char *id = NULL;
      const char *mark;

      if (state == DOJO_CHECK_STATE_PASSED)
        mark = "✓", passed++;
      else if (state == DOJO_CHECK_STATE_NOT_EVALUATED)
        mark = "?";
      else if (!dojo_check_result_get_blocking (result))
        /* A known mistake that only advises. */
        mark = "!", passed++;
      else
        mark = "✗";

      id = dojo_project_files_printable_name (dojo_check_result_get_id (result)
                                              ? dojo_check_result_get_id (result) : "");
      if (title == NULL || g_strcmp0 (title, dojo_check_result_get_id (result)) == 0)
        g_print ("%s %s\n", mark, id);
      else
        {
          g_autofree char *shown_title = dojo_project_files_printable_name (title);

          g_print ("%s %s (%s)\n", mark, shown_title, id);
        }
      if (state == DOJO_CHECK_STATE_PASSED)
        continue;
      if (message != NULL && message[0] != '\0')
        {
          g_autofree char *first = NULL;

          if (dojo_check_result_get_line (result) > 0 &&
              !names_its_lines (dojo_check_result_get_check_type (result)))
            first = g_strdup_printf ("    %s %d: ", _("line"),
                                     dojo_check_result_get_line (result));
          else
            first = g_strdup ("    ");
          print_lines (first, "    ", message);
        }
      dojo_pack_tool_print_block (_("Expected:"), dojo_check_result_get_expected (result));
      dojo_pack_tool_print_block (_("Got:"), dojo_check_result_get_actual (result));
      dojo_pack_tool_print_block (_("Diff:"), dojo_check_result_get_diff (result));
    }

  if (dojo_verdict_get_message (verdict) != NULL &&
      dojo_verdict_get_state (verdict) != DOJO_VERDICT_SYNTAX_ERROR)
    print_lines ("", "", dojo_verdict_get_message (verdict));
  if (dojo_verdict_get_details (verdict) != NULL)
    print_lines ("", "", dojo_verdict_get_details (verdict));

  if (dojo_verdict_get_passed (verdict))
    /* Translators: the summary of `dojo-pack check`, e.g. "work/: passed, 3/3 checks." */
    g_print (_("%s: passed, %u/%u checks.\n"), dir, passed, results->len);
  else
    /* Translators: the summary of `dojo-pack check`, e.g. "work/: failed (failed), 1/3 checks pass." */
    g_print (_("%s: not passed (%s), %u/%u checks pass.\n"), dir,
             dojo_verdict_state_to_string (dojo_verdict_get_state (verdict)), passed,
             results->len);
}

int
dojo_pack_cmd_check (const char   *name,
                     int           argc,
                     char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("check");
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the verdict as JSON"), NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Runs every check of the exercise on DIR, the learner's "
                                      "project folder, exactly as the Check button does. "
                                      "Exits with 0 if the work passes, 1 if it does not, "
                                      "2 if the command line or the pack is wrong."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 4)
    {
      g_printerr (_("dojo-pack check: give the pack, the exercise's id and the project "
                    "folder\n"));
      return EXIT_USAGE;
    }

  dir = g_file_new_for_commandline_arg (argv[3]);
  if (g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack check: %s is not a folder\n"), argv[3]);
      return EXIT_USAGE;
    }

  if (!(pack = dojo_pack_tool_load_pack ("check", argv[1])))
    return EXIT_USAGE;

  if (!(exercise = dojo_exercise_new (pack, argv[2], &error)))
    {
      g_printerr ("dojo-pack check: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (!(verdict = dojo_exercise_check (exercise, dir, NULL, &error)))
    {
      g_printerr ("dojo-pack check: %s\n", error->message);
      return EXIT_USAGE;
    }

  if (json)
    print_verdict_json (verdict, argv[2]);
  else
    print_verdict (verdict, argv[3]);

  return dojo_verdict_get_passed (verdict) ? EXIT_OK : EXIT_PROBLEMS;
}

