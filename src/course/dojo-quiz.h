/* dojo-quiz.h: a quiz of a pack, one attempt at it, and its score
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DOJO_QUIZ_ERROR (dojo_quiz_error_quark ())

typedef enum
{
  DOJO_QUIZ_ERROR_INVALID,
} DojoQuizError;

typedef enum
{
  DOJO_QUIZ_QUESTION_SINGLE,
  DOJO_QUIZ_QUESTION_MULTIPLE,
  DOJO_QUIZ_QUESTION_PREDICT_OUTPUT,
  DOJO_QUIZ_QUESTION_WRITE_CODE,
  DOJO_QUIZ_QUESTION_TRY_CODE,
} DojoQuizQuestionType;

/* The pass mark when quiz.json names none: every answer right. */
#define DOJO_QUIZ_DEFAULT_PASS_MARK 100

/* A lesson's `question` blocks (docs/pack-format.md, Limits): a block
 * larger than this, or past this many in one lesson, is refused. */
#define DOJO_QUIZ_MAX_QUESTION_SIZE (64 * 1024)
#define DOJO_QUIZ_MAX_LESSON_QUESTIONS 100

#define DOJO_TYPE_QUIZ (dojo_quiz_get_type ())

G_DECLARE_FINAL_TYPE (DojoQuiz, dojo_quiz, DOJO, QUIZ, GObject)

GQuark                dojo_quiz_error_quark            (void);
DojoQuiz             *dojo_quiz_new_from_json          (JsonNode     *root,
                                                        const char   *quiz_id,
                                                        GError      **error);
DojoQuiz             *dojo_quiz_new_from_question      (JsonNode     *question,
                                                        const char   *quiz_id,
                                                        GError      **error);
DojoQuiz             *dojo_quiz_new_from_question_text (const char   *json,
                                                        gssize        length,
                                                        const char   *quiz_id,
                                                        GError      **error);
const char           *dojo_quiz_get_id                 (DojoQuiz     *self);
const char           *dojo_quiz_get_title              (DojoQuiz     *self);
const char           *dojo_quiz_get_tutor_prompt       (DojoQuiz     *self);
guint                 dojo_quiz_get_pass_mark          (DojoQuiz     *self);
guint                 dojo_quiz_get_pool_size          (DojoQuiz     *self);

/* An attempt: which questions, in which order. */
void                  dojo_quiz_start                  (DojoQuiz     *self,
                                                        const char   *learner_id,
                                                        guint         attempt);
void                  dojo_quiz_retake                 (DojoQuiz     *self);
guint                 dojo_quiz_get_attempt            (DojoQuiz     *self);
guint                 dojo_quiz_get_n_questions        (DojoQuiz     *self);

/* The questions of this attempt, by position (0 … n_questions - 1). */
const char           *dojo_quiz_question_get_id        (DojoQuiz     *self,
                                                        guint         position);
DojoQuizQuestionType  dojo_quiz_question_get_kind      (DojoQuiz     *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_prompt    (DojoQuiz     *self,
                                                        guint         position);
const char * const   *dojo_quiz_question_get_choices   (DojoQuiz     *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_code      (DojoQuiz     *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_explanation (DojoQuiz   *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_expected_output (DojoQuiz *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_exercise  (DojoQuiz     *self,
                                                        guint         position);
/* A lesson's try-code question: the learner's program reads @stdin and
 * must print the expected output, compared as an io check's @match. */
const char           *dojo_quiz_question_get_stdin     (DojoQuiz     *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_match     (DojoQuiz     *self,
                                                        guint         position);
const char           *dojo_quiz_question_get_solution  (DojoQuiz     *self,
                                                        guint         position);

/* Answers of this attempt. */
void                  dojo_quiz_answer_choice          (DojoQuiz     *self,
                                                        guint         position,
                                                        guint         choice,
                                                        gboolean      chosen);
gboolean              dojo_quiz_get_choice             (DojoQuiz     *self,
                                                        guint         position,
                                                        guint         choice);
void                  dojo_quiz_answer_text            (DojoQuiz     *self,
                                                        guint         position,
                                                        const char   *text);
const char           *dojo_quiz_get_answer_text        (DojoQuiz     *self,
                                                        guint         position);
void                  dojo_quiz_set_exercise_passed    (DojoQuiz     *self,
                                                        const char   *exercise_id,
                                                        gboolean      passed);
gboolean              dojo_quiz_get_exercise_passed    (DojoQuiz     *self,
                                                        const char   *exercise_id);
void                  dojo_quiz_set_code_passed        (DojoQuiz     *self,
                                                        guint         position,
                                                        gboolean      passed);

gboolean              dojo_quiz_is_correct             (DojoQuiz     *self,
                                                        guint         position);
guint                 dojo_quiz_get_n_correct          (DojoQuiz     *self);
guint                 dojo_quiz_get_score              (DojoQuiz     *self);
gboolean              dojo_quiz_get_passed             (DojoQuiz     *self);

G_END_DECLS
