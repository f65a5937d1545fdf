/* dojo-check-result.h: the outcome of one check of an exercise
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_CHECK_STATE_PASSED,
  DOJO_CHECK_STATE_FAILED,
  /* Left for another module (git checks): see dojo_verdict_resolve(). */
  DOJO_CHECK_STATE_NOT_EVALUATED,
} DojoCheckState;

#define DOJO_TYPE_CHECK_RESULT (dojo_check_result_get_type ())

G_DECLARE_FINAL_TYPE (DojoCheckResult, dojo_check_result, DOJO, CHECK_RESULT, GObject)

const char     *dojo_check_result_get_id       (DojoCheckResult *self);
const char     *dojo_check_result_get_check_type (DojoCheckResult *self);
const char     *dojo_check_result_get_title    (DojoCheckResult *self);
DojoCheckState  dojo_check_result_get_state    (DojoCheckResult *self);
gboolean        dojo_check_result_get_passed   (DojoCheckResult *self);
gboolean        dojo_check_result_get_blocking (DojoCheckResult *self);
guint           dojo_check_result_get_points   (DojoCheckResult *self);
const char     *dojo_check_result_get_message  (DojoCheckResult *self);
const char     *dojo_check_result_get_expected (DojoCheckResult *self);
const char     *dojo_check_result_get_actual   (DojoCheckResult *self);
const char     *dojo_check_result_get_diff     (DojoCheckResult *self);
int             dojo_check_result_get_line     (DojoCheckResult *self);
gboolean        dojo_check_result_get_debuggable (DojoCheckResult *self);
const char     *dojo_check_result_get_debug_stdin (DojoCheckResult *self);
const char * const *dojo_check_result_get_debug_argv (DojoCheckResult *self);
const char     *dojo_check_result_get_debug_test_path (DojoCheckResult *self);
const char     *dojo_check_result_get_debug_test_id (DojoCheckResult *self);

G_END_DECLS
