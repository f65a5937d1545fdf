/* dojo-verdict.h: what the checker says about the learner's work
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dojo-check-result.h"

G_BEGIN_DECLS

typedef enum
{
  DOJO_VERDICT_PASSED,
  DOJO_VERDICT_FAILED,
  DOJO_VERDICT_TIMEOUT,
  DOJO_VERDICT_MEMORY_LIMIT,
  DOJO_VERDICT_OUTPUT_LIMIT,
  DOJO_VERDICT_CRASHED,
  DOJO_VERDICT_SYNTAX_ERROR,
  DOJO_VERDICT_INTERNAL_ERROR,
} DojoVerdictState;

#define DOJO_TYPE_VERDICT (dojo_verdict_get_type ())

G_DECLARE_FINAL_TYPE (DojoVerdict, dojo_verdict, DOJO, VERDICT, GObject)

gboolean          dojo_verdict_get_passed    (DojoVerdict *self);
DojoVerdictState  dojo_verdict_get_state     (DojoVerdict *self);
const char       *dojo_verdict_state_to_string (DojoVerdictState state);
const char       *dojo_verdict_get_message   (DojoVerdict *self);
const char       *dojo_verdict_get_details   (DojoVerdict *self);
GPtrArray        *dojo_verdict_get_results   (DojoVerdict *self);
DojoCheckResult  *dojo_verdict_lookup        (DojoVerdict *self,
                                              const char  *id);
guint             dojo_verdict_get_n_pending (DojoVerdict *self);
gboolean          dojo_verdict_resolve       (DojoVerdict *self,
                                              const char  *id,
                                              gboolean     passed,
                                              const char  *message);

G_END_DECLS
