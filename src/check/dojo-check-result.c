/* dojo-check-result.c: the outcome of one check of an exercise
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-check-result"

#include "config.h"

#include "dojo-check-private.h"
#include "dojo-check-result.h"

struct _DojoCheckResult
{
  GObject         parent_instance;

  char           *id;
  char           *type;
  char           *title;
  char           *message;
  char           *expected;
  char           *actual;
  char           *diff;
  /* What Debug This Check runs: an io case's input, or a failing test. */
  char           *debug_stdin;
  GStrv           debug_argv;
  char           *debug_test_path;
  char           *debug_test_id;
  DojoCheckState  state;
  int             line;
  guint           points;
  guint           blocking : 1;
};

G_DEFINE_FINAL_TYPE (DojoCheckResult, dojo_check_result, G_TYPE_OBJECT)

static void
dojo_check_result_finalize (GObject *object)
{
  DojoCheckResult *self = (DojoCheckResult *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->type, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->expected, g_free);
  g_clear_pointer (&self->actual, g_free);
  g_clear_pointer (&self->diff, g_free);
  g_clear_pointer (&self->debug_stdin, g_free);
  g_clear_pointer (&self->debug_argv, g_strfreev);
  g_clear_pointer (&self->debug_test_path, g_free);
  g_clear_pointer (&self->debug_test_id, g_free);

  G_OBJECT_CLASS (dojo_check_result_parent_class)->finalize (object);
}

static void
dojo_check_result_class_init (DojoCheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_check_result_finalize;
}

static void
dojo_check_result_init (DojoCheckResult *self)
{
  self->state = DOJO_CHECK_STATE_FAILED;
  self->blocking = TRUE;
  self->points = 1;
}

DojoCheckResult *
_dojo_check_result_new (const char *id,
                        const char *type,
                        const char *title)
{
  DojoCheckResult *self = g_object_new (DOJO_TYPE_CHECK_RESULT, NULL);

  self->id = g_strdup (id ? id : "");
  self->type = g_strdup (type ? type : "");
  self->title = g_strdup (title ? title : self->id);

  return self;
}

void
_dojo_check_result_set_state (DojoCheckResult *self,
                              DojoCheckState   state)
{
  self->state = state;
}

void
_dojo_check_result_set_blocking (DojoCheckResult *self,
                                 gboolean         blocking)
{
  self->blocking = !!blocking;
}

void
_dojo_check_result_set_points (DojoCheckResult *self,
                               guint            points)
{
  self->points = points;
}

void
_dojo_check_result_take_message (DojoCheckResult *self,
                                 char            *message)
{
  g_free (self->message);
  self->message = message;
}

void
_dojo_check_result_set_texts (DojoCheckResult *self,
                              const char      *expected,
                              const char      *actual,
                              const char      *diff)
{
  g_free (self->expected);
  g_free (self->actual);
  g_free (self->diff);
  self->expected = g_strdup (expected);
  self->actual = g_strdup (actual);
  self->diff = g_strdup (diff);
}

void
_dojo_check_result_set_line (DojoCheckResult *self,
                             int              line)
{
  self->line = line;
}

const char *
dojo_check_result_get_id (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->id;
}

/* The check's `type` in exercise.json ("io", "unittest", "git", …), or
 * "syntax" and "gated" for the checks Dojo adds by itself. */
const char *
dojo_check_result_get_check_type (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->type;
}

const char *
dojo_check_result_get_title (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->title;
}

DojoCheckState
dojo_check_result_get_state (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), DOJO_CHECK_STATE_FAILED);
  return self->state;
}

gboolean
dojo_check_result_get_passed (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), FALSE);
  return self->state == DOJO_CHECK_STATE_PASSED;
}

/**
 * dojo_check_result_get_blocking:
 *
 * Returns: whether a failure of this check fails the exercise. Known
 *   mistakes only advise, unless the teacher says `"fails": true`.
 */
gboolean
dojo_check_result_get_blocking (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), TRUE);
  return self->blocking;
}

/**
 * dojo_check_result_get_points:
 *
 * Returns: what this result is worth in a grade: the check's `points` in
 *   exercise.json, 1 unless the teacher says otherwise. Each task row of a
 *   pytest check is a result worth the check's points.
 */
guint
dojo_check_result_get_points (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), 1);
  return self->points;
}

/* What the learner reads, or %NULL when there is nothing to say. */
const char *
dojo_check_result_get_message (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->message;
}

const char *
dojo_check_result_get_expected (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->expected;
}

const char *
dojo_check_result_get_actual (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->actual;
}

const char *
dojo_check_result_get_diff (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);
  return self->diff;
}

/* The line of the learner's code the message is about, or 0. */
int
dojo_check_result_get_line (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), 0);
  return self->line;
}

/**
 * dojo_check_result_get_debuggable:
 * @self: a result
 *
 * Returns: whether Debug This Check can run what this check ran: a failed
 *   io case (its input fed in) or a failed test (that test alone)
 */
gboolean
dojo_check_result_get_debuggable (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), FALSE);

  return self->state == DOJO_CHECK_STATE_FAILED &&
         (self->debug_stdin != NULL || self->debug_test_id != NULL);
}

/* The input of a failed io case, or NULL. */
const char *
dojo_check_result_get_debug_stdin (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);

  return self->debug_stdin;
}

/* The command-line arguments of a failed io case, or NULL. */
const char * const *
dojo_check_result_get_debug_argv (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);

  return (const char * const *)self->debug_argv;
}

/* The test file of a failed test, an absolute path, or NULL. */
const char *
dojo_check_result_get_debug_test_path (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);

  return self->debug_test_path;
}

/* The first failed test, "module.Class.method", or NULL. */
const char *
dojo_check_result_get_debug_test_id (DojoCheckResult *self)
{
  g_return_val_if_fail (DOJO_IS_CHECK_RESULT (self), NULL);

  return self->debug_test_id;
}

void
_dojo_check_result_set_debug_case (DojoCheckResult    *self,
                                   const char         *stdin_text,
                                   const char * const *argv)
{
  g_return_if_fail (DOJO_IS_CHECK_RESULT (self));

  g_free (self->debug_stdin);
  self->debug_stdin = g_strdup (stdin_text != NULL ? stdin_text : "");
  g_strfreev (self->debug_argv);
  self->debug_argv = g_strdupv ((char **)argv);
}

void
_dojo_check_result_set_debug_test (DojoCheckResult *self,
                                   const char      *test_path,
                                   const char      *test_id)
{
  g_return_if_fail (DOJO_IS_CHECK_RESULT (self));

  g_free (self->debug_test_path);
  self->debug_test_path = g_strdup (test_path);
  g_free (self->debug_test_id);
  self->debug_test_id = g_strdup (test_id);
}
