/* test-quiz.c: quiz draws, retakes and scores
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "dojo-quiz.h"

static const char *pool_json =
  "{ \"title\": \"Loops\", \"draw\": 3, \"tutor_prompt\": \"Explain loops\","
  "  \"questions\": ["
  "    { \"id\": \"q1\", \"type\": \"single\", \"prompt\": \"1\", \"choices\": [\"a\", \"b\"], \"answer\": 0 },"
  "    { \"id\": \"q2\", \"type\": \"single\", \"prompt\": \"2\", \"choices\": [\"a\", \"b\"], \"answer\": 1 },"
  "    { \"id\": \"q3\", \"type\": \"single\", \"prompt\": \"3\", \"choices\": [\"a\", \"b\"], \"answer\": 0 },"
  "    { \"id\": \"q4\", \"type\": \"single\", \"prompt\": \"4\", \"choices\": [\"a\", \"b\"], \"answer\": 1 },"
  "    { \"id\": \"q5\", \"type\": \"single\", \"prompt\": \"5\", \"choices\": [\"a\", \"b\"], \"answer\": 0 },"
  "    { \"id\": \"q6\", \"type\": \"single\", \"prompt\": \"6\", \"choices\": [\"a\", \"b\"], \"answer\": 1 },"
  "    { \"id\": \"q7\", \"type\": \"single\", \"prompt\": \"7\", \"choices\": [\"a\", \"b\"], \"answer\": 0 }"
  "  ] }";

static const char *kinds_json =
  "{ \"title\": \"Kinds\", \"pass_mark\": 75,"
  "  \"questions\": ["
  "    { \"id\": \"one\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"a\", \"b\", \"c\"], \"answer\": 2,"
  "      \"explanation\": \"c it is\" },"
  "    { \"id\": \"many\", \"type\": \"multiple\", \"prompt\": \"?\", \"choices\": [\"a\", \"b\", \"c\"], \"answer\": [0, 2] },"
  "    { \"id\": \"out\", \"type\": \"predict-output\", \"prompt\": \"?\", \"code\": \"print('ab' * 2)\","
  "      \"answer\": \"abab\\n\" },"
  "    { \"id\": \"code\", \"type\": \"write-code\", \"prompt\": \"?\", \"answer\": \"count-down\" }"
  "  ] }";

static DojoQuiz *
load (const char *json,
      const char *quiz_id)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  DojoQuiz *quiz;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  quiz = dojo_quiz_new_from_json (json_parser_get_root (parser), quiz_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (quiz);
  return quiz;
}

static char *
order_of (DojoQuiz *quiz)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    g_string_append_printf (s, "%s ", dojo_quiz_question_get_id (quiz, i));
  return g_string_free (s, FALSE);
}

static void
test_draw_stable (void)
{
  g_autoptr(DojoQuiz) a = load (pool_json, "loops-quiz");
  g_autoptr(DojoQuiz) b = load (pool_json, "loops-quiz");
  g_autofree char *order_a = NULL;
  g_autofree char *order_b = NULL;
  g_autoptr(GHashTable) orders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_cmpuint (dojo_quiz_get_pool_size (a), ==, 7);
  g_assert_cmpstr (dojo_quiz_get_tutor_prompt (a), ==, "Explain loops");
  g_assert_cmpuint (dojo_quiz_get_pass_mark (a), ==, 100);

  dojo_quiz_start (a, "learner-1", 0);
  dojo_quiz_start (b, "learner-1", 0);
  g_assert_cmpuint (dojo_quiz_get_n_questions (a), ==, 3);
  order_a = order_of (a);
  order_b = order_of (b);
  /* The same learner sees the same draw, every time the quiz opens. */
  g_assert_cmpstr (order_a, ==, order_b);

  /* Three distinct questions of the pool. */
  g_assert_cmpstr (dojo_quiz_question_get_id (a, 0), !=, dojo_quiz_question_get_id (a, 1));
  g_assert_cmpstr (dojo_quiz_question_get_id (a, 1), !=, dojo_quiz_question_get_id (a, 2));
  g_assert_cmpstr (dojo_quiz_question_get_id (a, 0), !=, dojo_quiz_question_get_id (a, 2));

  /* Other learners get other draws (not all of twenty the same). */
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *learner = g_strdup_printf ("learner-%u", i);

      dojo_quiz_start (b, learner, 0);
      g_hash_table_add (orders, order_of (b));
    }
  g_assert_cmpuint (g_hash_table_size (orders), >, 5);
}

/* The roadmap's phase-8 quiz poses five problems: marked "always", they are
 * in every attempt, in changing places, and the rest is still drawn. */
static const char *always_json =
  "{ \"title\": \"Problems\", \"draw\": 4,"
  "  \"questions\": ["
  "    { \"id\": \"q1\", \"type\": \"single\", \"prompt\": \"1\", \"choices\": [\"a\", \"b\"], \"answer\": 0 },"
  "    { \"id\": \"tree\", \"type\": \"write-code\", \"prompt\": \"t\", \"answer\": \"tree\", \"always\": true },"
  "    { \"id\": \"q2\", \"type\": \"single\", \"prompt\": \"2\", \"choices\": [\"a\", \"b\"], \"answer\": 1 },"
  "    { \"id\": \"q3\", \"type\": \"single\", \"prompt\": \"3\", \"choices\": [\"a\", \"b\"], \"answer\": 0 },"
  "    { \"id\": \"q4\", \"type\": \"single\", \"prompt\": \"4\", \"choices\": [\"a\", \"b\"], \"answer\": 1 },"
  "    { \"id\": \"graph\", \"type\": \"write-code\", \"prompt\": \"g\", \"answer\": \"graph\", \"always\": true },"
  "    { \"id\": \"q5\", \"type\": \"single\", \"prompt\": \"5\", \"choices\": [\"a\", \"b\"], \"answer\": 0 }"
  "  ] }";

static void
test_always_asked (void)
{
  g_autoptr(DojoQuiz) quiz = load (always_json, "problems-quiz");
  g_autoptr(GHashTable) others = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint tree_first = 0;

  for (guint attempt = 0; attempt < 40; attempt++)
    {
      gboolean tree = FALSE, graph = FALSE;

      dojo_quiz_start (quiz, "ada", attempt);
      g_assert_cmpuint (dojo_quiz_get_n_questions (quiz), ==, 4);
      for (guint i = 0; i < 4; i++)
        {
          const char *id = dojo_quiz_question_get_id (quiz, i);

          tree |= g_str_equal (id, "tree");
          graph |= g_str_equal (id, "graph");
          if (id[0] == 'q')
            g_hash_table_add (others, g_strdup (id));
        }
      g_assert_true (tree && graph);
      tree_first += g_str_equal (dojo_quiz_question_get_id (quiz, 0), "tree");
    }

  /* Every other question comes up in some attempt; "tree" is not always
   * in the same place. */
  g_assert_cmpuint (g_hash_table_size (others), ==, 5);
  g_assert_cmpuint (tree_first, >, 0);
  g_assert_cmpuint (tree_first, <, 40);
}

static void
test_retake_changes_order (void)
{
  g_autoptr(DojoQuiz) quiz = load (pool_json, "loops-quiz");
  g_autoptr(DojoQuiz) again = load (pool_json, "loops-quiz");

  dojo_quiz_start (quiz, "ada", 0);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *before = order_of (quiz);
      g_autofree char *after = NULL;
      g_autofree char *replayed = NULL;

      dojo_quiz_answer_choice (quiz, 0, 1, TRUE);
      dojo_quiz_retake (quiz);
      after = order_of (quiz);
      g_assert_cmpstr (before, !=, after);
      g_assert_cmpuint (dojo_quiz_get_attempt (quiz), >, i);
      /* Answers do not survive a retake. */
      g_assert_false (dojo_quiz_get_choice (quiz, 0, 1));

      /* The new attempt is as stable as the first. */
      dojo_quiz_start (again, "ada", dojo_quiz_get_attempt (quiz));
      replayed = order_of (again);
      g_assert_cmpstr (after, ==, replayed);
    }
}

static void
test_scoring (void)
{
  g_autoptr(DojoQuiz) quiz = load (kinds_json, "kinds");
  guint one = G_MAXUINT, many = G_MAXUINT, out = G_MAXUINT, code = G_MAXUINT;

  dojo_quiz_start (quiz, "ada", 0);
  g_assert_cmpuint (dojo_quiz_get_n_questions (quiz), ==, 4);
  g_assert_cmpuint (dojo_quiz_get_pass_mark (quiz), ==, 75);

  for (guint i = 0; i < 4; i++)
    {
      const char *id = dojo_quiz_question_get_id (quiz, i);

      if (g_str_equal (id, "one"))
        one = i;
      else if (g_str_equal (id, "many"))
        many = i;
      else if (g_str_equal (id, "out"))
        out = i;
      else
        code = i;
    }
  g_assert_cmpint (dojo_quiz_question_get_kind (quiz, one), ==, DOJO_QUIZ_QUESTION_SINGLE);
  g_assert_cmpint (dojo_quiz_question_get_kind (quiz, code), ==, DOJO_QUIZ_QUESTION_WRITE_CODE);
  g_assert_cmpstr (dojo_quiz_question_get_exercise (quiz, code), ==, "count-down");
  g_assert_cmpstr (dojo_quiz_question_get_explanation (quiz, one), ==, "c it is");

  /* Nothing answered: nothing right. */
  g_assert_cmpuint (dojo_quiz_get_score (quiz), ==, 0);
  g_assert_false (dojo_quiz_get_passed (quiz));

  /* Single: the last choice made counts. */
  dojo_quiz_answer_choice (quiz, one, 2, TRUE);
  dojo_quiz_answer_choice (quiz, one, 0, TRUE);
  g_assert_false (dojo_quiz_is_correct (quiz, one));
  dojo_quiz_answer_choice (quiz, one, 2, TRUE);
  g_assert_true (dojo_quiz_is_correct (quiz, one));
  g_assert_false (dojo_quiz_get_choice (quiz, one, 0));

  /* Multiple: exactly the right set. */
  dojo_quiz_answer_choice (quiz, many, 0, TRUE);
  g_assert_false (dojo_quiz_is_correct (quiz, many));
  dojo_quiz_answer_choice (quiz, many, 2, TRUE);
  g_assert_true (dojo_quiz_is_correct (quiz, many));
  dojo_quiz_answer_choice (quiz, many, 1, TRUE);
  g_assert_false (dojo_quiz_is_correct (quiz, many));
  dojo_quiz_answer_choice (quiz, many, 1, FALSE);
  g_assert_true (dojo_quiz_is_correct (quiz, many));

  /* Predict-output: exact, but the newline at the end does not matter. */
  dojo_quiz_answer_text (quiz, out, "abab");
  g_assert_true (dojo_quiz_is_correct (quiz, out));
  dojo_quiz_answer_text (quiz, out, "abab\n");
  g_assert_true (dojo_quiz_is_correct (quiz, out));
  dojo_quiz_answer_text (quiz, out, "ab ab");
  g_assert_false (dojo_quiz_is_correct (quiz, out));
  dojo_quiz_answer_text (quiz, out, "ABAB");
  g_assert_false (dojo_quiz_is_correct (quiz, out));
  dojo_quiz_answer_text (quiz, out, " abab");
  g_assert_false (dojo_quiz_is_correct (quiz, out));
  dojo_quiz_answer_text (quiz, out, "abab\n");

  /* 3 of 4 right is 75 %: enough for this quiz's pass mark. */
  g_assert_false (dojo_quiz_is_correct (quiz, code));
  g_assert_cmpuint (dojo_quiz_get_n_correct (quiz), ==, 3);
  g_assert_cmpuint (dojo_quiz_get_score (quiz), ==, 75);
  g_assert_true (dojo_quiz_get_passed (quiz));

  /* Write-code: right once the exercise passes. */
  dojo_quiz_set_exercise_passed (quiz, "count-down", TRUE);
  g_assert_true (dojo_quiz_is_correct (quiz, code));
  g_assert_cmpuint (dojo_quiz_get_score (quiz), ==, 100);

  dojo_quiz_answer_text (quiz, out, "nope");
  dojo_quiz_set_exercise_passed (quiz, "count-down", FALSE);
  g_assert_cmpuint (dojo_quiz_get_score (quiz), ==, 50);
  g_assert_false (dojo_quiz_get_passed (quiz));
}

static void
test_pass_mark (void)
{
  const char *json =
    "{ \"title\": \"T\", \"questions\": ["
    "  { \"id\": \"a\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
    "  { \"id\": \"b\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
    "  { \"id\": \"c\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 }"
    "] }";
  g_autoptr(DojoQuiz) quiz = load (json, "t");
  g_autoptr(DojoQuiz) lenient = NULL;

  dojo_quiz_start (quiz, "ada", 0);
  /* Default: every answer right. */
  dojo_quiz_answer_choice (quiz, 0, 0, TRUE);
  dojo_quiz_answer_choice (quiz, 1, 0, TRUE);
  g_assert_cmpuint (dojo_quiz_get_score (quiz), ==, 66);
  g_assert_false (dojo_quiz_get_passed (quiz));
  dojo_quiz_answer_choice (quiz, 2, 0, TRUE);
  g_assert_true (dojo_quiz_get_passed (quiz));

  /* 2 of 3 is 66.7 %: not enough for 67, enough for 66. */
  lenient = load ("{ \"title\": \"T\", \"pass_mark\": 67, \"questions\": ["
                  "  { \"id\": \"a\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
                  "  { \"id\": \"b\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
                  "  { \"id\": \"c\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 }"
                  "] }", "t");
  dojo_quiz_start (lenient, "ada", 0);
  dojo_quiz_answer_choice (lenient, 0, 0, TRUE);
  dojo_quiz_answer_choice (lenient, 1, 0, TRUE);
  g_assert_false (dojo_quiz_get_passed (lenient));
  g_clear_object (&lenient);
  lenient = load ("{ \"title\": \"T\", \"pass_mark\": 66, \"questions\": ["
                  "  { \"id\": \"a\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
                  "  { \"id\": \"b\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 },"
                  "  { \"id\": \"c\", \"type\": \"single\", \"prompt\": \"?\", \"choices\": [\"x\", \"y\"], \"answer\": 0 }"
                  "] }", "t");
  dojo_quiz_start (lenient, "ada", 0);
  dojo_quiz_answer_choice (lenient, 0, 0, TRUE);
  dojo_quiz_answer_choice (lenient, 1, 0, TRUE);
  g_assert_true (dojo_quiz_get_passed (lenient));
}

static void
test_invalid (void)
{
  const char *bad[] = {
    "[]",
    "{ \"title\": \"T\", \"questions\": [] }",
    "{ \"title\": \"T\", \"questions\": [ { \"id\": \"a\", \"type\": \"single\", \"prompt\": \"?\","
    "  \"choices\": [\"x\", \"y\"], \"answer\": 2 } ] }",
    "{ \"title\": \"T\", \"questions\": [ { \"id\": \"a\", \"type\": \"essay\", \"prompt\": \"?\" } ] }",
    "{ \"title\": \"T\", \"questions\": [ { \"id\": \"a\", \"type\": \"predict-output\","
    "  \"prompt\": \"?\", \"answer\": \"x\" } ] }",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DojoQuiz) quiz = NULL;

      g_assert_true (json_parser_load_from_data (parser, bad[i], -1, NULL));
      quiz = dojo_quiz_new_from_json (json_parser_get_root (parser), "t", &error);
      g_assert_null (quiz);
      g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
    }
}

/* A lesson's question: one question, parsed as a quiz's, checked the same. */
static void
test_lesson_question (void)
{
  g_autoptr(DojoQuiz) quiz = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) big = g_string_new ("{\"id\": \"big\", \"prompt\": \"");

  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"floor\", \"type\": \"predict-output\", "
                                           "\"prompt\": \"What?\", \"code\": \"print(7 // 2)\", "
                                           "\"answer\": \"3\\n\"}", -1, "lesson", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dojo_quiz_get_n_questions (quiz), ==, 1);
  g_assert_cmpstr (dojo_quiz_question_get_id (quiz, 0), ==, "floor");
  g_assert_cmpstr (dojo_quiz_question_get_expected_output (quiz, 0), ==, "3\n");
  g_assert_false (dojo_quiz_is_correct (quiz, 0));
  dojo_quiz_answer_text (quiz, 0, "3.5");
  g_assert_cmpstr (dojo_quiz_get_answer_text (quiz, 0), ==, "3.5");
  g_assert_false (dojo_quiz_is_correct (quiz, 0));
  dojo_quiz_answer_text (quiz, 0, "3");
  g_assert_true (dojo_quiz_is_correct (quiz, 0));
  g_clear_object (&quiz);

  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"w\", \"type\": \"write-code\", "
                                           "\"prompt\": \"Write it\", \"answer\": \"greet\"}",
                                           -1, "lesson", &error);
  g_assert_null (quiz);
  g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "write-code"));
  g_clear_error (&error);

  /* try-code: the card's program is the answer text; right once it ran */
  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"t\", \"type\": \"try-code\", "
                                           "\"prompt\": \"Greet\", \"code\": \"x = 1\", "
                                           "\"stdin\": \"Ada\\n\", \"answer\": \"Hi Ada\\n\", "
                                           "\"solution\": \"print('Hi', input())\"}",
                                           -1, "lesson", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dojo_quiz_question_get_kind (quiz, 0), ==, DOJO_QUIZ_QUESTION_TRY_CODE);
  g_assert_cmpstr (dojo_quiz_question_get_code (quiz, 0), ==, "x = 1");
  g_assert_cmpstr (dojo_quiz_question_get_stdin (quiz, 0), ==, "Ada\n");
  g_assert_cmpstr (dojo_quiz_question_get_expected_output (quiz, 0), ==, "Hi Ada\n");
  g_assert_cmpstr (dojo_quiz_question_get_match (quiz, 0), ==, "rstrip");
  g_assert_cmpstr (dojo_quiz_question_get_solution (quiz, 0), ==, "print('Hi', input())");
  /* typing the expected output is not running a program that prints it */
  dojo_quiz_answer_text (quiz, 0, "Hi Ada\n");
  g_assert_false (dojo_quiz_is_correct (quiz, 0));
  dojo_quiz_set_code_passed (quiz, 0, TRUE);
  g_assert_true (dojo_quiz_is_correct (quiz, 0));
  g_clear_object (&quiz);

  /* without a solution, or with a match the checker does not know */
  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"t\", \"type\": \"try-code\", "
                                           "\"prompt\": \"?\", \"answer\": \"1\"}",
                                           -1, "lesson", &error);
  g_assert_null (quiz);
  g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“solution”"));
  g_clear_error (&error);
  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"t\", \"type\": \"try-code\", "
                                           "\"prompt\": \"?\", \"answer\": \"1\", "
                                           "\"solution\": \"print(1)\", \"match\": \"fuzzy\"}",
                                           -1, "lesson", &error);
  g_assert_null (quiz);
  g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
  g_clear_error (&error);

  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"x\",}", -1, "lesson", &error);
  g_assert_null (quiz);
  g_assert_nonnull (error);
  g_clear_error (&error);

  quiz = dojo_quiz_new_from_question_text ("{\"id\": \"s\", \"type\": \"single\", "
                                           "\"prompt\": \"?\", \"choices\": [\"a\"], "
                                           "\"answer\": 0}", -1, "lesson", &error);
  g_assert_null (quiz);
  g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
  g_clear_error (&error);

  /* deeper than any honest question: refused, not a stack overflow */
  for (guint i = 0; i < 60000; i++)
    g_string_append_c (deep, '[');
  quiz = dojo_quiz_new_from_question_text (deep->str, deep->len, "lesson", &error);
  g_assert_null (quiz);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* 1 MiB: over the limit, refused before parsing */
  while (big->len < 1024 * 1024)
    g_string_append (big, "aaaaaaaaaaaaaaaa");
  g_string_append (big, "\"}");
  quiz = dojo_quiz_new_from_question_text (big->str, big->len, "lesson", &error);
  g_assert_null (quiz);
  g_assert_error (error, DOJO_QUIZ_ERROR, DOJO_QUIZ_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "64 KiB"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/quiz/draw-stable", test_draw_stable);
  g_test_add_func ("/quiz/always-asked", test_always_asked);
  g_test_add_func ("/quiz/retake-changes-order", test_retake_changes_order);
  g_test_add_func ("/quiz/scoring", test_scoring);
  g_test_add_func ("/quiz/pass-mark", test_pass_mark);
  g_test_add_func ("/quiz/invalid", test_invalid);
  g_test_add_func ("/quiz/lesson-question", test_lesson_question);

  return g_test_run ();
}
