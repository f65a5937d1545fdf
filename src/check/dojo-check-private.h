/* dojo-check-private.h: what the checker uses to build results and verdicts
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-check-result.h"
#include "dojo-verdict.h"

G_BEGIN_DECLS

DojoCheckResult *_dojo_check_result_new          (const char       *id,
                                                  const char       *type,
                                                  const char       *title);
void             _dojo_check_result_set_state    (DojoCheckResult  *self,
                                                  DojoCheckState    state);
void             _dojo_check_result_set_blocking (DojoCheckResult  *self,
                                                  gboolean          blocking);
void             _dojo_check_result_set_points   (DojoCheckResult  *self,
                                                  guint             points);
void             _dojo_check_result_take_message (DojoCheckResult  *self,
                                                  char             *message);
void             _dojo_check_result_set_texts    (DojoCheckResult  *self,
                                                  const char       *expected,
                                                  const char       *actual,
                                                  const char       *diff);
void             _dojo_check_result_set_line     (DojoCheckResult  *self,
                                                  int               line);
void             _dojo_check_result_set_debug_case (DojoCheckResult    *self,
                                                    const char         *stdin_text,
                                                    const char * const *argv);
void             _dojo_check_result_set_debug_test (DojoCheckResult *self,
                                                    const char      *test_path,
                                                    const char      *test_id);

char            *_dojo_check_real_path           (const char       *path);
char            *_dojo_check_code_span           (const char       *text);

DojoVerdict     *_dojo_verdict_new               (void);
void             _dojo_verdict_add               (DojoVerdict      *self,
                                                  DojoCheckResult  *result);
void             _dojo_verdict_set_state         (DojoVerdict      *self,
                                                  DojoVerdictState  state);
void             _dojo_verdict_take_message      (DojoVerdict      *self,
                                                  char             *message);
void             _dojo_verdict_take_details      (DojoVerdict      *self,
                                                  char             *details);
void             _dojo_verdict_update            (DojoVerdict      *self);

G_END_DECLS
