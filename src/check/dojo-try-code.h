/* dojo-try-code.h: running a lesson's "Try it" program as a check
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-check-result.h"
#include "dojo-checker.h"
#include "dojo-verdict.h"

G_BEGIN_DECLS

/* The limits of one run: a Try it is a few lines. */
#define DOJO_TRY_CODE_TIME_S     5
#define DOJO_TRY_CODE_MEMORY_MB  256
#define DOJO_TRY_CODE_OUTPUT_KB  64

void         dojo_try_code_run_async  (DojoChecker          *checker,
                                       const char           *code,
                                       const char           *stdin_text,
                                       const char           *expected,
                                       const char           *match,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
DojoVerdict *dojo_try_code_run_finish (GAsyncResult         *result,
                                       GError              **error);
DojoCheckResult *dojo_try_code_get_result          (DojoVerdict *verdict);
gboolean         dojo_try_code_output_differs      (DojoVerdict *verdict);

G_END_DECLS
