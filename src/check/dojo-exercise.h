/* dojo-exercise.h: an exercise or project of a pack, ready to start and check
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dojo-checker.h"
#include "dojo-pack.h"
#include "dojo-verdict.h"

G_BEGIN_DECLS

#define DOJO_EXERCISE_ERROR (dojo_exercise_error_quark ())

typedef enum
{
  DOJO_EXERCISE_ERROR_NOT_FOUND,       /* no such item in the pack */
  DOJO_EXERCISE_ERROR_NOT_AN_EXERCISE, /* the item is a lesson or a quiz */
  DOJO_EXERCISE_ERROR_INVALID,         /* exercise.json is not what docs say */
} DojoExerciseError;

typedef enum
{
  DOJO_SOLUTION_POLICY_AFTER_PASS,
  DOJO_SOLUTION_POLICY_AFTER_ATTEMPTS,
  DOJO_SOLUTION_POLICY_NEVER,
} DojoSolutionPolicy;

/* The defaults of docs/checks.md. */
#define DOJO_EXERCISE_DEFAULT_TIME_S    5.0
#define DOJO_EXERCISE_DEFAULT_MEMORY_MB 512
#define DOJO_EXERCISE_DEFAULT_OUTPUT_KB 1024

#define DOJO_TYPE_EXERCISE (dojo_exercise_get_type ())

G_DECLARE_FINAL_TYPE (DojoExercise, dojo_exercise, DOJO, EXERCISE, GObject)

GQuark              dojo_exercise_error_quark         (void);
DojoExercise       *dojo_exercise_new                 (DojoPack             *pack,
                                                       const char           *item_id,
                                                       GError              **error);
DojoPack           *dojo_exercise_get_pack            (DojoExercise         *self);
DojoPackItem       *dojo_exercise_get_item            (DojoExercise         *self);
const char         *dojo_exercise_get_id              (DojoExercise         *self);
GFile              *dojo_exercise_get_directory       (DojoExercise         *self);
const char         *dojo_exercise_get_title           (DojoExercise         *self);
const char         *dojo_exercise_get_instructions    (DojoExercise         *self);
const char * const *dojo_exercise_get_starter_names   (DojoExercise         *self);
const char         *dojo_exercise_get_starter_content (DojoExercise         *self,
                                                       const char           *name);
const char         *dojo_exercise_get_entry           (DojoExercise         *self);
const char * const *dojo_exercise_get_open_files      (DojoExercise         *self);
const char * const *dojo_exercise_get_hints           (DojoExercise         *self);
const char         *dojo_exercise_get_solution        (DojoExercise         *self);
GFile              *dojo_exercise_get_solution_file   (DojoExercise         *self);
DojoSolutionPolicy  dojo_exercise_get_solution_policy (DojoExercise         *self,
                                                       guint                *attempts);
gboolean            dojo_exercise_solution_available  (DojoExercise         *self,
                                                       gboolean              passed,
                                                       guint                 attempts);
void                dojo_exercise_get_limits          (DojoExercise         *self,
                                                       double               *time_s,
                                                       guint                *memory_mb,
                                                       guint                *output_kb);
guint               dojo_exercise_get_revision        (DojoExercise         *self);
JsonObject         *dojo_exercise_get_json            (DojoExercise         *self);
DojoChecker        *dojo_exercise_get_checker         (DojoExercise         *self);

gboolean            dojo_exercise_write_starter       (DojoExercise         *self,
                                                       GFile                *project_dir,
                                                       GError              **error);
GPtrArray          *dojo_exercise_dup_gated           (DojoExercise         *self);
DojoGating         *dojo_exercise_dup_gating          (DojoExercise         *self);
void                dojo_exercise_check_async         (DojoExercise         *self,
                                                       GFile                *project_dir,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
DojoVerdict        *dojo_exercise_check_finish        (DojoExercise         *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
DojoVerdict        *dojo_exercise_check               (DojoExercise         *self,
                                                       GFile                *project_dir,
                                                       GCancellable         *cancellable,
                                                       GError              **error);

G_END_DECLS
