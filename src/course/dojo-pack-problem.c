/* dojo-pack-problem.c: one thing wrong with a content pack, and where
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-pack-problem.h"

G_DEFINE_QUARK (dojo-pack-error-quark, dojo_pack_error)

G_DEFINE_BOXED_TYPE (DojoPackProblem, dojo_pack_problem,
                     dojo_pack_problem_copy, dojo_pack_problem_free)

DojoPackProblem *
dojo_pack_problem_new (const char       *file,
                       guint             line,
                       DojoPackSeverity  severity,
                       DojoPackError     code,
                       const char       *message)
{
  DojoPackProblem *problem;

  g_return_val_if_fail (file != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  problem = g_new0 (DojoPackProblem, 1);
  problem->file = g_strdup (file);
  problem->line = line;
  problem->severity = severity;
  problem->code = code;
  problem->message = g_strdup (message);

  return problem;
}

DojoPackProblem *
dojo_pack_problem_copy (const DojoPackProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return dojo_pack_problem_new (problem->file, problem->line, problem->severity,
                                problem->code, problem->message);
}

void
dojo_pack_problem_free (DojoPackProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}

/**
 * dojo_pack_problem_to_string:
 *
 * Returns: `file:line: message` (or `file: message` when the problem
 *   concerns the whole file), the form editors and CI logs understand.
 *   Warnings say so after the location.
 */
char *
dojo_pack_problem_to_string (const DojoPackProblem *problem)
{
  g_autoptr(GString) str = NULL;

  g_return_val_if_fail (problem != NULL, NULL);

  str = g_string_new (problem->file);
  if (problem->line > 0)
    g_string_append_printf (str, ":%u", problem->line);
  g_string_append (str, ": ");
  if (problem->severity == DOJO_PACK_SEVERITY_WARNING)
    g_string_append_printf (str, "%s: ", _("warning"));
  g_string_append (str, problem->message);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/**
 * dojo_pack_severity_to_string:
 *
 * Returns: "error" or "warning", untranslated, for machine-readable output.
 */
const char *
dojo_pack_severity_to_string (DojoPackSeverity severity)
{
  return severity == DOJO_PACK_SEVERITY_WARNING ? "warning" : "error";
}
