/* dojo-verdict.c: what the checker says about the learner's work
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-verdict"

#include "config.h"

#include "dojo-check-private.h"
#include "dojo-verdict.h"

struct _DojoVerdict
{
  GObject           parent_instance;

  GPtrArray        *results;
  char             *message;
  char             *details;
  DojoVerdictState  state;
  guint             passed : 1;
};

G_DEFINE_FINAL_TYPE (DojoVerdict, dojo_verdict, G_TYPE_OBJECT)

static void
dojo_verdict_finalize (GObject *object)
{
  DojoVerdict *self = (DojoVerdict *)object;

  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (dojo_verdict_parent_class)->finalize (object);
}

static void
dojo_verdict_class_init (DojoVerdictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_verdict_finalize;
}

static void
dojo_verdict_init (DojoVerdict *self)
{
  self->results = g_ptr_array_new_with_free_func (g_object_unref);
  self->state = DOJO_VERDICT_FAILED;
}

DojoVerdict *
_dojo_verdict_new (void)
{
  return g_object_new (DOJO_TYPE_VERDICT, NULL);
}

void
_dojo_verdict_add (DojoVerdict     *self,
                   DojoCheckResult *result)
{
  g_ptr_array_add (self->results, g_object_ref (result));
}

void
_dojo_verdict_set_state (DojoVerdict      *self,
                         DojoVerdictState  state)
{
  self->state = state;
}

void
_dojo_verdict_take_message (DojoVerdict *self,
                            char        *message)
{
  g_free (self->message);
  self->message = message;
}

void
_dojo_verdict_take_details (DojoVerdict *self,
                            char        *details)
{
  g_free (self->details);
  self->details = details;
}

/* Recomputes passed, and turns a passed/failed state into the other when
 * results changed; the other states (timeout, crash, …) stand. */
void
_dojo_verdict_update (DojoVerdict *self)
{
  gboolean passed = self->results->len > 0;

  for (guint i = 0; i < self->results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (self->results, i);

      if (dojo_check_result_get_blocking (result) &&
          dojo_check_result_get_state (result) == DOJO_CHECK_STATE_FAILED)
        passed = FALSE;
    }

  if (self->state == DOJO_VERDICT_PASSED || self->state == DOJO_VERDICT_FAILED)
    self->state = passed ? DOJO_VERDICT_PASSED : DOJO_VERDICT_FAILED;
  else
    passed = FALSE;

  self->passed = passed;
}

/**
 * dojo_verdict_get_passed:
 *
 * Returns: whether every check that counts passed. Checks not evaluated
 *   here (git) do not count until dojo_verdict_resolve() fills them: a
 *   caller that has them checks dojo_verdict_get_n_pending() first.
 */
gboolean
dojo_verdict_get_passed (DojoVerdict *self)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), FALSE);
  return self->passed;
}

DojoVerdictState
dojo_verdict_get_state (DojoVerdict *self)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), DOJO_VERDICT_INTERNAL_ERROR);
  return self->state;
}

const char *
dojo_verdict_state_to_string (DojoVerdictState state)
{
  switch (state)
    {
    case DOJO_VERDICT_PASSED: return "passed";
    case DOJO_VERDICT_FAILED: return "failed";
    case DOJO_VERDICT_TIMEOUT: return "timeout";
    case DOJO_VERDICT_MEMORY_LIMIT: return "memory-limit";
    case DOJO_VERDICT_OUTPUT_LIMIT: return "output-limit";
    case DOJO_VERDICT_CRASHED: return "crashed";
    case DOJO_VERDICT_SYNTAX_ERROR: return "syntax-error";
    case DOJO_VERDICT_INTERNAL_ERROR: return "internal-error";
    default: return "unknown";
    }
}

/* A summary for the learner when the whole run went wrong (timeout,
 * crash, syntax error, internal error), else %NULL. */
const char *
dojo_verdict_get_message (DojoVerdict *self)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), NULL);
  return self->message;
}

/* For an internal error: what the harness said, for a bug report. */
const char *
dojo_verdict_get_details (DojoVerdict *self)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), NULL);
  return self->details;
}

/**
 * dojo_verdict_get_results:
 *
 * Returns: (transfer none) (element-type DojoCheckResult): one result per
 *   check in the exercise's order, after the gated-construct results.
 */
GPtrArray *
dojo_verdict_get_results (DojoVerdict *self)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), NULL);
  return self->results;
}

DojoCheckResult *
dojo_verdict_lookup (DojoVerdict *self,
                     const char  *id)
{
  g_return_val_if_fail (DOJO_IS_VERDICT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->results->len; i++)
    {
      DojoCheckResult *result = g_ptr_array_index (self->results, i);

      if (g_strcmp0 (dojo_check_result_get_id (result), id) == 0)
        return result;
    }

  return NULL;
}

guint
dojo_verdict_get_n_pending (DojoVerdict *self)
{
  guint n = 0;

  g_return_val_if_fail (DOJO_IS_VERDICT (self), 0);

  for (guint i = 0; i < self->results->len; i++)
    if (dojo_check_result_get_state (g_ptr_array_index (self->results, i)) ==
        DOJO_CHECK_STATE_NOT_EVALUATED)
      n++;

  return n;
}

/**
 * dojo_verdict_resolve:
 * @id: the id of a check left not evaluated (a git check)
 * @message: (nullable): what the learner reads
 *
 * The hook for checks the harness does not evaluate: the module that can
 * (vcs/) fills the result in, and the verdict is recomputed.
 *
 * Returns: %FALSE if no pending check has that id
 */
gboolean
dojo_verdict_resolve (DojoVerdict *self,
                      const char  *id,
                      gboolean     passed,
                      const char  *message)
{
  DojoCheckResult *result;

  g_return_val_if_fail (DOJO_IS_VERDICT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  result = dojo_verdict_lookup (self, id);
  if (result == NULL ||
      dojo_check_result_get_state (result) != DOJO_CHECK_STATE_NOT_EVALUATED)
    return FALSE;

  _dojo_check_result_set_state (result, passed ? DOJO_CHECK_STATE_PASSED
                                               : DOJO_CHECK_STATE_FAILED);
  _dojo_check_result_take_message (result, g_strdup (message));
  _dojo_verdict_update (self);

  return TRUE;
}
