/* fuzz-quiz.c: quiz.json, as the app takes the quiz and as validate checks it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is parsed by the pack's JSON parser and given to
 * dojo_quiz_new_from_json(); the quiz is then taken (every choice of every
 * question answered, and retaken). It is also written to <pack>/quiz.json
 * of a small pack in a temporary folder and checked by dojo_pack_validate().
 */

#include "config.h"

#include "dojo-pack.h"
#include "dojo-pack-json-private.h"
#include "dojo-pack-problem.h"
#include "dojo-quiz.h"
#include "fuzz-common.h"

static GFile *pack_dir;

static void
free_pack (void)
{
  g_clear_object (&pack_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_common_init ();
  pack_dir = g_file_new_for_path (fuzz_make_pack ("quiz", "quiz.json"));
  atexit (free_pack);
  return 0;
}

static void
take (DojoQuiz *quiz,
      gboolean  chosen)
{
  guint n = dojo_quiz_get_n_questions (quiz);

  for (guint i = 0; i < n; i++)
    {
      const char * const *choices = dojo_quiz_question_get_choices (quiz, i);
      const char *exercise = dojo_quiz_question_get_exercise (quiz, i);

      g_assert_nonnull (dojo_quiz_question_get_id (quiz, i));
      g_assert_nonnull (dojo_quiz_question_get_prompt (quiz, i));
      (void)dojo_quiz_question_get_code (quiz, i);
      (void)dojo_quiz_question_get_explanation (quiz, i);

      switch (dojo_quiz_question_get_kind (quiz, i))
        {
        case DOJO_QUIZ_QUESTION_SINGLE:
        case DOJO_QUIZ_QUESTION_MULTIPLE:
          g_assert_nonnull (choices);
          for (guint c = 0; choices[c] != NULL; c++)
            {
              dojo_quiz_answer_choice (quiz, i, c, chosen ^ (c & 1));
              (void)dojo_quiz_get_choice (quiz, i, c);
            }
          break;

        case DOJO_QUIZ_QUESTION_PREDICT_OUTPUT:
          dojo_quiz_answer_text (quiz, i, chosen ? "42\n" : "  hello  \r\n\n");
          break;

        case DOJO_QUIZ_QUESTION_WRITE_CODE:
          g_assert_nonnull (exercise);
          dojo_quiz_set_exercise_passed (quiz, exercise, chosen);
          g_assert (dojo_quiz_get_exercise_passed (quiz, exercise) == chosen);
          break;

        default:
          g_assert_not_reached ();
        }

      (void)dojo_quiz_is_correct (quiz, i);
    }

  g_assert_cmpuint (dojo_quiz_get_n_correct (quiz), <=, n);
  g_assert_cmpuint (dojo_quiz_get_score (quiz), <=, 100);
  (void)dojo_quiz_get_passed (quiz);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DojoJsonDoc) doc = NULL;
  g_autoptr(DojoQuiz) quiz = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint line = 0;

  doc = _dojo_json_doc_parse ((const char *)data, size, &line, &error);
  if (doc != NULL)
    quiz = dojo_quiz_new_from_json (_dojo_json_doc_get_root (doc), "item", &error);

  if (quiz != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (dojo_quiz_get_n_questions (quiz), <=, dojo_quiz_get_pool_size (quiz));
      g_assert_cmpuint (dojo_quiz_get_pass_mark (quiz), <=, 100);
      dojo_quiz_start (quiz, "learner", 1);
      take (quiz, TRUE);
      dojo_quiz_retake (quiz);
      take (quiz, FALSE);
    }
  else
    g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));

  fuzz_write (g_file_peek_path (pack_dir), "quiz.json", (const char *)data, size);
  dojo_pack_validate (pack_dir, DOJO_PACK_VALIDATE_NONE, &problems);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = dojo_pack_problem_to_string (g_ptr_array_index (problems, i));

      g_assert (g_utf8_validate (message, -1, NULL));
    }

  return 0;
}
