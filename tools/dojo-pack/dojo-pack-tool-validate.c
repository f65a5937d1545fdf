/* dojo-pack-tool-validate.c: dojo-pack validate, checking a pack and proving its exercises
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
#include "dojo-prover.h"
#include "dojo-repo.h"
#include "dojo-pack-tool.h"

/* validate ------------------------------------------------------------- */

static void
add_problems (JsonBuilder *builder,
              GPtrArray   *problems)
{
  json_builder_begin_array (builder);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, problem->file);
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, problem->line);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, dojo_pack_severity_to_string (problem->severity));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, problem->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
print_builder (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* Prints `file:line: message`; a message of several lines (a test's
 * failures) keeps every line but the first indented, so that each
 * `file:line:` starts a problem. */
static void
print_problem_lines (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autoptr(GString) text = g_string_new (NULL);

      g_string_append_printf (text, "%s:%u: ", problem->file, problem->line);
      for (const char *p = problem->message; *p != '\0'; p++)
        {
          g_string_append_c (text, *p);
          if (*p == '\n' && p[1] != '\0' && p[1] != '\n')
            g_string_append (text, "    ");
        }
      g_print ("%s\n", text->str);
    }
}

/* One proof, as text, when it and the ones before it are done. */
static void
print_proof (const DojoProof *proof,
             gpointer         user_data)
{
  const char *path = dojo_pack_item_get_path (proof->item);
  gboolean ok = proof->problems->len == 0;

  print_problem_lines (proof->problems);

  if (proof->is_quiz)
    {
      if (ok && proof->n_tried > 0)
        /* Translators: a lesson's proof, e.g. "ok lessons/loops.md:
         * predict-output answers right: 1, try-code solutions that pass: 2" */
        g_print (_("ok %s: predict-output answers right: %u, try-code solutions that pass: %u\n"),
                 proof->file, proof->n_predicted, proof->n_tried);
      else if (ok)
        g_print (g_dngettext (GETTEXT_PACKAGE, "ok %s: %u predict-output answer is right\n",
                              "ok %s: %u predict-output answers are right\n",
                              proof->n_predicted),
                 proof->file, proof->n_predicted);
      else
        g_print (_("FAILED %s\n"), proof->file);
    }
  else if (ok && proof->has_solution)
    /* Translators: the progress of `validate --run-solutions`, e.g.
     * "ok exercises/greet: solution passes 3/3, starter fails 2/3" */
    g_print (_("ok %s: solution passes %u/%u, starter fails %u/%u\n"), path,
             proof->solution_passed, proof->n_checks, proof->starter_failed, proof->n_checks);
  else if (ok)
    g_print (_("ok %s: no solution to run, starter fails %u/%u\n"), path,
             proof->starter_failed, proof->n_checks);
  else
    g_print (_("FAILED %s: solution passes %u/%u, starter fails %u/%u\n"), path,
             proof->solution_passed, proof->n_checks, proof->starter_failed, proof->n_checks);
}

static void
add_proofs (JsonBuilder *builder,
            GPtrArray   *proofs)
{
  json_builder_begin_array (builder);
  for (guint i = 0; proofs != NULL && i < proofs->len; i++)
    {
      const DojoProof *proof = g_ptr_array_index (proofs, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "item");
      json_builder_add_string_value (builder, dojo_pack_item_get_id (proof->item));
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder,
                                     dojo_pack_item_type_to_string (
                                       dojo_pack_item_get_item_type (proof->item)));
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, dojo_pack_item_get_path (proof->item));
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, proof->file);
      json_builder_set_member_name (builder, "ok");
      json_builder_add_boolean_value (builder, proof->problems->len == 0);
      if (proof->is_quiz)
        {
          json_builder_set_member_name (builder, "predicted");
          json_builder_add_int_value (builder, proof->n_predicted);
          json_builder_set_member_name (builder, "tried");
          json_builder_add_int_value (builder, proof->n_tried);
        }
      else
        {
          json_builder_set_member_name (builder, "has_solution");
          json_builder_add_boolean_value (builder, proof->has_solution);
          json_builder_set_member_name (builder, "checks");
          json_builder_add_int_value (builder, proof->n_checks);
          json_builder_set_member_name (builder, "solution_passes");
          json_builder_add_int_value (builder, proof->solution_passed);
          json_builder_set_member_name (builder, "starter_fails");
          json_builder_add_int_value (builder, proof->starter_failed);
        }
      json_builder_set_member_name (builder, "problems");
      add_problems (builder, proof->problems);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Returns: the number of problems the proofs found; *@proofs gets them
 *   (%NULL if they could not run at all, which counts as one problem) */
static guint
run_solutions (GFile              *dir,
               const char * const *only,
               gboolean            print,
               GPtrArray         **proofs)
{
  g_autoptr(GError) error = NULL;
  guint failures = 0;

  *proofs = dojo_prover_run_items (dir, NULL, only, print ? print_proof : NULL, NULL, &error);
  if (*proofs == NULL)
    {
      g_printerr ("dojo-pack validate: %s\n", error->message);
      return 1;
    }

  for (guint i = 0; i < (*proofs)->len; i++)
    failures += ((DojoProof *)g_ptr_array_index (*proofs, i))->problems->len;

  return failures;
}

/* validate --run-solutions --json: one document with the problems found,
 * whether the solutions ran, and each exercise's and quiz's proof. */
static int
print_json_with_proofs (GFile              *path,
                        const char * const *only,
                        GPtrArray          *problems,
                        gboolean            valid)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GPtrArray) proofs = NULL;
  gboolean errors = _dojo_pack_problems_have_errors (problems, FALSE);
  guint failures = 0;

  /* Only a pack without errors is run, as in text. */
  if (!errors)
    failures = run_solutions (path, only, FALSE, &proofs);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "valid");
  json_builder_add_boolean_value (builder, valid && !errors && failures == 0);
  json_builder_set_member_name (builder, "problems");
  add_problems (builder, problems);
  json_builder_set_member_name (builder, "solutions_run");
  json_builder_add_boolean_value (builder, proofs != NULL);
  json_builder_set_member_name (builder, "proofs");
  add_proofs (builder, proofs);
  json_builder_end_object (builder);
  print_builder (builder);

  return valid && !errors && failures == 0 ? EXIT_OK : EXIT_PROBLEMS;
}

int
dojo_pack_cmd_validate (const char   *name,
                        int           argc,
                        char        **argv)
{
  g_autoptr(GOptionContext) context = dojo_pack_tool_context ("validate");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GFile) path = NULL;
  gboolean json = FALSE;
  gboolean strict = FALSE;
  gboolean solutions = FALSE;
  g_auto(GStrv) only = NULL;
  guint errors = 0, warnings = 0;
  guint failures;
  gboolean valid;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the problems as a JSON array of {file, line, severity, message}; with "
         "--run-solutions, an object with the problems and each exercise's proof"), NULL },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Fail on warnings too"), NULL },
    { "run-solutions", 0, 0, G_OPTION_ARG_NONE, &solutions,
      N_("Then prove every exercise: its solution passes, its starter does not; "
         "every predict-output answer is what Python prints, and every try-code "
         "solution passes"), NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING_ARRAY, &only,
      N_("With --run-solutions, prove only this exercise, project, quiz or lesson "
         "(repeat for more)"),
      N_("ID") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
                                    _("Prints every problem as “file:line: message”, the file "
                                      "relative to the pack's folder, then a summary.\n"
                                      "Exits with 0 only if the pack is valid."));
  if (!dojo_pack_tool_parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    {
      g_printerr (_("dojo-pack validate: give one pack folder or .dojopack file\n"));
      return EXIT_USAGE;
    }

  path = g_file_new_for_commandline_arg (argv[1]);
  if (!g_file_query_exists (path, NULL))
    {
      g_printerr (_("dojo-pack validate: %s does not exist\n"), argv[1]);
      return EXIT_USAGE;
    }
  if (only != NULL && !solutions)
    {
      g_printerr (_("dojo-pack validate: --only goes with --run-solutions\n"));
      return EXIT_USAGE;
    }
  if (solutions &&
      g_file_query_file_type (path, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_DIRECTORY)
    {
      g_printerr (_("dojo-pack validate: --run-solutions needs a pack folder (unpack the "
                    ".dojopack first)\n"));
      return EXIT_USAGE;
    }

  valid = dojo_pack_validate (path,
                              strict ? DOJO_PACK_VALIDATE_WARNINGS_ARE_ERRORS
                                     : DOJO_PACK_VALIDATE_NONE,
                              &problems);

  if (json && solutions)
    return print_json_with_proofs (path, (const char * const *)only, problems, valid);

  if (json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      add_problems (builder, problems);
      print_builder (builder);
      return valid ? EXIT_OK : EXIT_PROBLEMS;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = dojo_pack_problem_to_string (problem);

      if (problem->severity == DOJO_PACK_SEVERITY_ERROR)
        errors++;
      else
        warnings++;
      g_print ("%s\n", line);
    }

  if (errors == 0 && warnings == 0)
    {
      g_print (_("%s: the pack is valid.\n"), argv[1]);
    }
  else
    {
      g_autofree char *n_errors =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
      g_autofree char *n_warnings =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings),
                         warnings);

      /* Translators: the summary after the problems, e.g. "course/: 2 errors, 1 warning." */
      g_print (_("%s: %s, %s.\n"), argv[1], n_errors, n_warnings);
    }

  if (!solutions)
    return valid ? EXIT_OK : EXIT_PROBLEMS;

  if (errors > 0)
    {
      g_print (_("%s: fix the errors first; the solutions were not run.\n"), argv[1]);
      return EXIT_PROBLEMS;
    }

  failures = run_solutions (path, (const char * const *)only, TRUE, &proofs);
  if (failures == 0 && only != NULL)
    g_print (_("%s: the solutions named with --only pass, their starters have something "
               "to do.\n"), argv[1]);
  else if (failures == 0)
    g_print (_("%s: every solution passes, every starter has something to do.\n"), argv[1]);
  else
    g_print (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem running the solutions.\n",
                          "%s: %u problems running the solutions.\n", failures),
             argv[1], failures);

  return valid && failures == 0 ? EXIT_OK : EXIT_PROBLEMS;
}
