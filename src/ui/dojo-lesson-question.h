/* dojo-lesson-question.h: a question a lesson asks inside its text
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-checker.h"
#include "dojo-quiz.h"

G_BEGIN_DECLS

#define DOJO_TYPE_LESSON_QUESTION (dojo_lesson_question_get_type ())

G_DECLARE_FINAL_TYPE (DojoLessonQuestion, dojo_lesson_question, DOJO, LESSON_QUESTION, GtkWidget)

GtkWidget   *dojo_lesson_question_new               (DojoQuiz           *quiz,
                                                     double              font_scale,
                                                     gboolean            high_contrast);
DojoQuiz    *dojo_lesson_question_get_quiz          (DojoLessonQuestion *self);
void         dojo_lesson_question_set_runner        (DojoLessonQuestion *self,
                                                     DojoChecker        *checker,
                                                     GFile              *code_dir);
GtkTextView *dojo_lesson_question_get_code_entry    (DojoLessonQuestion *self);
gboolean     dojo_lesson_question_get_running       (DojoLessonQuestion *self);
gboolean     dojo_lesson_question_get_checked       (DojoLessonQuestion *self);
GtkWidget   *dojo_lesson_question_get_choice_button (DojoLessonQuestion *self,
                                                     guint               choice);
GtkTextView *dojo_lesson_question_get_output_entry  (DojoLessonQuestion *self);
GtkWidget   *dojo_lesson_question_get_check_button  (DojoLessonQuestion *self);
char        *dojo_lesson_question_get_verdict_text  (DojoLessonQuestion *self);

G_END_DECLS
