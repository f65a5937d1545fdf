/* dojo-checker.h: runs an exercise's checks against the learner's code
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dojo-check-result.h"
#include "dojo-gating.h"
#include "dojo-verdict.h"

G_BEGIN_DECLS

#define DOJO_CHECKER_ERROR (dojo_checker_error_quark ())

typedef enum
{
  DOJO_CHECKER_ERROR_INVALID_EXERCISE,
  DOJO_CHECKER_ERROR_NO_PYTHON,
  DOJO_CHECKER_ERROR_SPAWN,
} DojoCheckerError;

/* A construct the learner has not met yet, and the lesson that brings it. */
typedef struct
{
  char *construct;
  char *introduced_in;
} DojoGatedConstruct;

#define DOJO_TYPE_GATED_CONSTRUCT (dojo_gated_construct_get_type ())

GType               dojo_gated_construct_get_type (void) G_GNUC_CONST;
DojoGatedConstruct *dojo_gated_construct_new      (const char               *construct,
                                                   const char               *introduced_in);
DojoGatedConstruct *dojo_gated_construct_copy     (const DojoGatedConstruct *self);
void                dojo_gated_construct_free     (DojoGatedConstruct       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoGatedConstruct, dojo_gated_construct_free)

#define DOJO_TYPE_CHECKER (dojo_checker_get_type ())

G_DECLARE_FINAL_TYPE (DojoChecker, dojo_checker, DOJO, CHECKER, GObject)

GQuark       dojo_checker_error_quark (void);
DojoChecker *dojo_checker_new         (void);
const char  *dojo_checker_get_python  (DojoChecker          *self);
void         dojo_checker_set_python  (DojoChecker          *self,
                                       const char           *python);
void         dojo_checker_set_packages (DojoChecker         *self,
                                       const char * const   *packages);
void         dojo_checker_set_gating  (DojoChecker          *self,
                                       DojoGating           *gating);
void         dojo_checker_set_start_ahead (DojoChecker      *self,
                                       gboolean              start_ahead);
void         dojo_checker_set_next    (DojoChecker          *self,
                                       GFile                *next,
                                       JsonObject           *next_exercise,
                                       GFile                *next_exercise_dir);
void         dojo_checker_run_async   (DojoChecker          *self,
                                       JsonObject           *exercise,
                                       GFile                *exercise_dir,
                                       GFile                *project_dir,
                                       GPtrArray            *gated,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
DojoVerdict *dojo_checker_run_finish  (DojoChecker          *self,
                                       GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
