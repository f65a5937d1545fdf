/* dojo-quiz-view.h: a quiz, answered, scored and retaken
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-quiz.h"

G_BEGIN_DECLS

#define DOJO_TYPE_QUIZ_VIEW (dojo_quiz_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoQuizView, dojo_quiz_view, DOJO, QUIZ_VIEW, GtkWidget)

GtkWidget *dojo_quiz_view_new                 (void);
DojoQuiz  *dojo_quiz_view_get_quiz            (DojoQuizView *self);
void       dojo_quiz_view_set_quiz            (DojoQuizView *self,
                                               DojoQuiz     *quiz);
void       dojo_quiz_view_set_exercise_passed (DojoQuizView *self,
                                               const char   *exercise_id,
                                               gboolean      passed);
gboolean   dojo_quiz_view_get_submitted       (DojoQuizView *self);
guint      dojo_quiz_view_get_attempt         (DojoQuizView *self);

/* For tests: the answer widgets of the question at @position. */
GtkWidget *dojo_quiz_view_get_choice_button   (DojoQuizView *self,
                                               guint         position,
                                               guint         choice);
GtkTextView *dojo_quiz_view_get_output_entry  (DojoQuizView *self,
                                               guint         position);
const char *dojo_quiz_view_get_result_text    (DojoQuizView *self);

G_END_DECLS
