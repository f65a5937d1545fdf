/* dojo-try-code.c: running a lesson's "Try it" program as a check
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lesson's try-code question (docs/pack-format.md, Questions inside a
 * lesson) is an io check of a one-file program: the card in the lesson and
 * the prover both run it here, through the checker, so the learner's lines
 * run in the same sandbox, under the same limits, and their output is
 * compared and explained in the same words as an exercise's.  The program
 * lives in a folder of its own for the run, removed after it.
 */

#define G_LOG_DOMAIN "dojo-try-code"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "dojo-installer-private.h"
#include "dojo-try-code.h"

#define TRY_CODE_ENTRY "main.py"
#define TRY_CODE_ID    "try-it"

static void
remove_folder (gpointer data)
{
  _dojo_remove_tree (data);
  g_free (data);
}

static JsonObject *
build_exercise (const char *stdin_text,
                const char *expected,
                const char *match)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "entry");
  json_builder_add_string_value (builder, TRY_CODE_ENTRY);
  json_builder_set_member_name (builder, "limits");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "time_s");
  json_builder_add_int_value (builder, DOJO_TRY_CODE_TIME_S);
  json_builder_set_member_name (builder, "memory_mb");
  json_builder_add_int_value (builder, DOJO_TRY_CODE_MEMORY_MB);
  json_builder_set_member_name (builder, "output_kb");
  json_builder_add_int_value (builder, DOJO_TRY_CODE_OUTPUT_KB);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "checks");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, "io");
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, TRY_CODE_ID);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, _("Prints what was asked"));
  json_builder_set_member_name (builder, "stdin");
  json_builder_add_string_value (builder, stdin_text ? stdin_text : "");
  json_builder_set_member_name (builder, "expect");
  json_builder_add_string_value (builder, expected);
  json_builder_set_member_name (builder, "match");
  json_builder_add_string_value (builder, match ? match : "rstrip");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return json_object_ref (json_node_get_object (root));
}

static void
checked (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  DojoVerdict *verdict;

  verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &error);
  if (verdict == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, verdict, g_object_unref);
}

/**
 * dojo_try_code_run_async:
 * @checker: the checker to run it with (its Python and sandbox)
 * @code: the program, the whole of main.py
 * @stdin_text: (nullable): what it reads
 * @expected: the output it must print
 * @match: (nullable): how the output is compared, as an io check's "match";
 *   %NULL: rstrip
 *
 * Runs @code as the entry of a project of its own and checks its output.
 * The verdict holds one result, for the io check "try-it".
 */
void
dojo_try_code_run_async (DojoChecker         *checker,
                         const char          *code,
                         const char          *stdin_text,
                         const char          *expected,
                         const char          *match,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(JsonObject) exercise = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *entry = NULL;
  GError *error = NULL;

  g_return_if_fail (DOJO_IS_CHECKER (checker));
  g_return_if_fail (code != NULL);
  g_return_if_fail (expected != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_try_code_run_async);

  if (!(path = g_dir_make_tmp ("dojo-try-XXXXXX", &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  /* The folder goes when the task does, whatever the outcome. */
  g_task_set_task_data (task, g_strdup (path), remove_folder);

  entry = g_build_filename (path, TRY_CODE_ENTRY, NULL);
  if (!g_file_set_contents (entry, code, -1, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  exercise = build_exercise (stdin_text, expected, match);
  dir = g_file_new_for_path (path);
  dojo_checker_run_async (checker, exercise, dir, dir, NULL, cancellable,
                          checked, g_steal_pointer (&task));
}

/**
 * dojo_try_code_run_finish:
 *
 * Returns: (transfer full): the verdict, or %NULL with @error set
 */
DojoVerdict *
dojo_try_code_run_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dojo_try_code_get_result:
 * @verdict: a verdict of dojo_try_code_run_finish()
 *
 * Returns: (transfer none) (nullable): the result of the program's io
 *   check, if it was decided
 */
DojoCheckResult *
dojo_try_code_get_result (DojoVerdict *verdict)
{
  GPtrArray *results;

  g_return_val_if_fail (DOJO_IS_VERDICT (verdict), NULL);

  results = dojo_verdict_get_results (verdict);
  for (guint i = 0; i < results->len; i++)
    if (g_strcmp0 (dojo_check_result_get_id (g_ptr_array_index (results, i)), TRY_CODE_ID) == 0)
      return g_ptr_array_index (results, i);
  return NULL;
}

/**
 * dojo_try_code_output_differs:
 * @verdict: a verdict of dojo_try_code_run_finish()
 *
 * Returns: whether the program ran to its end without an error and printed
 *   something else than asked: then what it printed is worth showing next
 *   to what was expected (not after an error, a limit or a syntax error,
 *   which its message explains)
 */
gboolean
dojo_try_code_output_differs (DojoVerdict *verdict)
{
  DojoCheckResult *io;

  g_return_val_if_fail (DOJO_IS_VERDICT (verdict), FALSE);

  io = dojo_try_code_get_result (verdict);
  return dojo_verdict_get_state (verdict) == DOJO_VERDICT_FAILED && io != NULL &&
         dojo_check_result_get_state (io) == DOJO_CHECK_STATE_FAILED &&
         dojo_check_result_get_actual (io) != NULL && dojo_check_result_get_line (io) <= 0;
}
