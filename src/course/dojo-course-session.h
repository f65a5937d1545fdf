/* dojo-course-session.h: the course item a learner has open, without GTK
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-course.h"
#include "dojo-exercise.h"
#include "dojo-project.h"
#include "dojo-quiz.h"
#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_COURSE_SESSION (dojo_course_session_get_type ())

G_DECLARE_FINAL_TYPE (DojoCourseSession, dojo_course_session, DOJO, COURSE_SESSION, GObject)

DojoCourseSession  *dojo_course_session_new                   (DojoCourse           *course);
DojoCourse         *dojo_course_session_get_course            (DojoCourseSession    *self);
gboolean            dojo_course_session_open_item             (DojoCourseSession    *self,
                                                               const char           *item_id,
                                                               GError              **error);
DojoPackItem       *dojo_course_session_get_item              (DojoCourseSession    *self);
DojoExercise       *dojo_course_session_get_exercise          (DojoCourseSession    *self);
DojoQuiz           *dojo_course_session_get_quiz              (DojoCourseSession    *self);
DojoProject        *dojo_course_session_get_project           (DojoCourseSession    *self);
const char         *dojo_course_session_get_text              (DojoCourseSession    *self);
GFile              *dojo_course_session_get_text_base_dir     (DojoCourseSession    *self);
const char * const *dojo_course_session_get_open_files        (DojoCourseSession    *self);
DojoPackItem       *dojo_course_session_get_next_item         (DojoCourseSession    *self);
DojoPackItem       *dojo_course_session_get_previous_item     (DojoCourseSession    *self);
gboolean            dojo_course_session_is_exercise_passed    (DojoCourseSession    *self,
                                                               const char           *item_id);

char               *dojo_course_session_dup_solution          (DojoCourseSession    *self);
gboolean            dojo_course_session_get_solution_available (DojoCourseSession   *self);
guint               dojo_course_session_get_hints_used        (DojoCourseSession    *self);

void                dojo_course_session_record_attempt        (DojoCourseSession    *self);
void                dojo_course_session_record_hint           (DojoCourseSession    *self);
void                dojo_course_session_record_quiz_score     (DojoCourseSession    *self,
                                                               guint                 score,
                                                               gboolean              passed);
gboolean            dojo_course_session_record_verdict        (DojoCourseSession    *self,
                                                               DojoVerdict          *verdict);

void                dojo_course_session_checkpoint_async      (DojoCourseSession    *self,
                                                               GCancellable         *cancellable,
                                                               GAsyncReadyCallback   callback,
                                                               gpointer              user_data);
char               *dojo_course_session_checkpoint_finish     (DojoCourseSession    *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);
void                dojo_course_session_reset_async           (DojoCourseSession    *self,
                                                               GCancellable         *cancellable,
                                                               GAsyncReadyCallback   callback,
                                                               gpointer              user_data);
char               *dojo_course_session_reset_finish          (DojoCourseSession    *self,
                                                               GAsyncResult         *result,
                                                               GError              **error);

G_END_DECLS
