/* test-prover.c: proving a pack: its solutions pass, its starters do not
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "dojo-prover.h"
#include "pack-fixture.h"

/* An io check and an ast check; the starter fails both. */
static const char exercise_json[] =
  "{\n"                                                                    /*  1 */
  "  \"title\": \"Greet\",\n"                                              /*  2 */
  "  \"instructions\": \"instructions.md\",\n"                             /*  3 */
  "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"       /*  4 */
  "  \"entry\": \"main.py\",\n"                                            /*  5 */
  "  \"checks\": [\n"                                                      /*  6 */
  "    {\"id\": \"says-hello\", \"type\": \"io\", \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"},\n" /* 7 */
  "    {\"id\": \"prints\", \"type\": \"ast\", \"rules\": [{\"require\": \"call:print\"}]}\n" /* 8 */
  "  ],\n"                                                                 /*  9 */
  "  \"solution\": \"solution/main.py\",\n"                                /* 10 */
  "  \"revision\": 1\n"                                                    /* 11 */
  "}\n";

typedef struct
{
  GPtrArray *order;   /* item ids, as reported */
} Reported;

static void
on_proof (const DojoProof *proof,
          gpointer         user_data)
{
  Reported *reported = user_data;

  g_ptr_array_add (reported->order, g_strdup (dojo_pack_item_get_id (proof->item)));
}

static char *
make_pack (void)
{
  char *root = fixture_make_pack (NULL);

  fixture_write (root, "exercises/greet/exercise.json", exercise_json);
  return root;
}

static const DojoProof *
proof_of (GPtrArray  *proofs,
          const char *id)
{
  for (guint i = 0; i < proofs->len; i++)
    {
      const DojoProof *proof = g_ptr_array_index (proofs, i);

      if (g_str_equal (dojo_pack_item_get_id (proof->item), id))
        return proof;
    }

  g_error ("no proof of %s", id);
  return NULL;
}

static gboolean
has_problem (const DojoProof *proof,
             guint            line,
             const char      *text)
{
  for (guint i = 0; i < proof->problems->len; i++)
    {
      const DojoPackProblem *problem = g_ptr_array_index (proof->problems, i);

      if (problem->line == line && strstr (problem->message, text) != NULL &&
          g_str_equal (problem->file, proof->file))
        return TRUE;
    }

  for (guint i = 0; i < proof->problems->len; i++)
    g_printerr ("  have: %s\n", ((DojoPackProblem *)g_ptr_array_index (proof->problems, i))->message);
  return FALSE;
}

/* A sound pack proves, each proof reported once, in course order. */
static void
test_proves (void)
{
  g_autofree char *root = make_pack ();
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  Reported reported = { order };
  const DojoProof *greet, *quiz;

  proofs = dojo_prover_run (dir, NULL, on_proof, &reported, &error);
  g_assert_no_error (error);
  g_assert_nonnull (proofs);

  /* Lessons are not proved; the rest in course order. */
  g_assert_cmpuint (proofs->len, ==, 3);
  g_assert_cmpuint (order->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (order, 0), ==, "greet");
  g_assert_cmpstr (g_ptr_array_index (order, 1), ==, "basics-quiz");
  g_assert_cmpstr (g_ptr_array_index (order, 2), ==, "count-down");

  greet = proof_of (proofs, "greet");
  g_assert_cmpuint (greet->problems->len, ==, 0);
  g_assert_false (greet->is_quiz);
  g_assert_true (greet->has_solution);
  g_assert_cmpstr (greet->file, ==, "exercises/greet/exercise.json");
  g_assert_cmpuint (greet->n_checks, ==, 2);
  g_assert_cmpuint (greet->solution_passed, ==, 2);
  g_assert_cmpuint (greet->starter_failed, ==, 2);

  quiz = proof_of (proofs, "basics-quiz");
  g_assert_true (quiz->is_quiz);
  g_assert_cmpuint (quiz->problems->len, ==, 0);
  g_assert_cmpuint (quiz->n_predicted, ==, 1);
}

/* A solution that fails a check, a starter that already passes, a wrong
 * predict-output answer: each a problem at its line. */
static void
test_problems (void)
{
  g_autofree char *root = make_pack ();
  g_autofree char *quiz_text = fixture_replace (fixture_quiz, "\"answer\": \"aaa\\n\"",
                                                "\"answer\": \"aa\\n\"");
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GError) error = NULL;
  const DojoProof *greet, *quiz;

  fixture_write (root, "exercises/greet/solution/main.py", "name = input()\nprint(name)\n");
  fixture_write (root, "quizzes/basics.json", quiz_text);

  proofs = dojo_prover_run (dir, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  greet = proof_of (proofs, "greet");
  g_assert_true (has_problem (greet, 7, "the solution fails check 'says-hello'"));
  g_assert_cmpuint (greet->solution_passed, ==, 1);

  quiz = proof_of (proofs, "basics-quiz");
  g_assert_true (has_problem (quiz, 7, "question 'q3': the answer is \"aa\\n\", but the code "
                                       "prints \"aaa\\n\""));
  g_clear_pointer (&proofs, g_ptr_array_unref);

  /* The starter is the solution: nothing left to do. */
  fixture_write (root, "exercises/greet/starter/main.py",
                 "name = input()\nprint(f'Hello, {name}!')\n");
  fixture_write (root, "exercises/greet/solution/main.py",
                 "name = input()\nprint(f'Hello, {name}!')\n");
  proofs = dojo_prover_run (dir, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_problem (proof_of (proofs, "greet"), 4,
                              "the starter already passes every check"));
}

/* A teacher proves only what they changed: the broken exercise they did not
 * name is left alone, and a name the pack lacks is an error, not a pass. */
static void
test_only (void)
{
  g_autofree char *root = make_pack ();
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GError) error = NULL;
  const char *quiz_only[] = { "basics-quiz", NULL };
  const char *missing[] = { "basics-quiz", "greeet", NULL };
  const char *lesson[] = { "while-loops", NULL };

  fixture_write (root, "exercises/greet/solution/main.py", "name = input()\nprint(name)\n");

  proofs = dojo_prover_run_items (dir, NULL, quiz_only, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (proofs->len, ==, 1);
  g_assert_true (((const DojoProof *)g_ptr_array_index (proofs, 0))->is_quiz);
  g_assert_cmpuint (((const DojoProof *)g_ptr_array_index (proofs, 0))->problems->len, ==, 0);
  g_clear_pointer (&proofs, g_ptr_array_unref);

  proofs = dojo_prover_run_items (dir, NULL, missing, NULL, NULL, &error);
  g_assert_null (proofs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“greeet”"));
  g_clear_error (&error);

  proofs = dojo_prover_run_items (dir, NULL, lesson, NULL, NULL, &error);
  g_assert_null (proofs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A lesson's predict-output questions are proven like a quiz's: a wrong
 * answer is reported at its line of the lesson, and --only names the lesson. */
static void
test_lesson_questions (void)
{
  g_autofree char *root = make_pack ();
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GError) error = NULL;
  const char *only[] = { "hello", NULL };
  const char *quiet[] = { "while-loops", NULL };
  const DojoProof *proof;

  fixture_write (root, "exercises/greet/solution/main.py", "name = input()\nprint(name)\n");
  fixture_write (root, "lessons/hello.md",
                 "# Hello\n"
                 "\n"
                 "```question\n"
                 "{\"id\": \"right\", \"type\": \"predict-output\", \"prompt\": \"?\",\n"
                 " \"code\": \"print(7 // 2)\", \"answer\": \"3\\n\"}\n"
                 "```\n"
                 "\n"
                 "```question\n"
                 "{\n"
                 "  \"id\": \"wrong\",\n"
                 "  \"type\": \"predict-output\",\n"
                 "  \"prompt\": \"?\",\n"
                 "  \"code\": \"print(7 / 2)\",\n"
                 "  \"answer\": \"3\\n\"\n"
                 "}\n"
                 "```\n"
                 "\n"
                 "```question\n"
                 "{\"id\": \"pick\", \"type\": \"single\", \"prompt\": \"?\", "
                 "\"choices\": [\"a\", \"b\"], \"answer\": 0}\n"
                 "```\n");

  proofs = dojo_prover_run_items (dir, NULL, only, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (proofs->len, ==, 1);
  proof = g_ptr_array_index (proofs, 0);
  g_assert_cmpstr (dojo_pack_item_get_id (proof->item), ==, "hello");
  g_assert_true (proof->is_quiz);
  g_assert_cmpstr (proof->file, ==, "lessons/hello.md");
  g_assert_cmpuint (proof->n_predicted, ==, 1);
  g_assert_cmpuint (proof->problems->len, ==, 1);
  g_assert_true (has_problem (proof, 14, "question 'wrong': the answer is \"3\\n\", "
                                         "but the code prints \"3.5\\n\""));
  g_clear_pointer (&proofs, g_ptr_array_unref);

  /* the whole pack proves the lesson too, once, though three items show it */
  proofs = dojo_prover_run (dir, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_problem (proof_of (proofs, "hello"), 14, "question 'wrong'"));
  g_clear_pointer (&proofs, g_ptr_array_unref);

  /* a lesson that asks nothing has nothing to prove */
  proofs = dojo_prover_run_items (dir, NULL, quiet, NULL, NULL, &error);
  g_assert_null (proofs);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "asks no predict-output or try-code question"));
}

/* A lesson's try-code questions: each solution runs in the sandbox as the
 * card runs it and must pass; the code the card starts with must not. A
 * failure is reported at the line of the member at fault. */
static void
test_lesson_try_code (void)
{
  g_autofree char *root = make_pack ();
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(GPtrArray) proofs = NULL;
  g_autoptr(GError) error = NULL;
  const char *only[] = { "hello", NULL };
  const DojoProof *proof;

  fixture_write (root, "lessons/hello.md",
                 "# Hello\n"                                              /* 1 */
                 "\n"
                 "```question\n"
                 "{\"id\": \"good\", \"type\": \"try-code\", \"prompt\": \"?\",\n"
                 " \"code\": \"print(input())\\n\", \"stdin\": \"Ada\\n\",\n"  /* 5 */
                 " \"answer\": \"Hello, Ada\\n\",\n"
                 " \"solution\": \"print('Hello,', input())\\n\"}\n"
                 "```\n"
                 "\n"
                 "```question\n"                                          /* 10 */
                 "{\"id\": \"bad-solution\", \"type\": \"try-code\", \"prompt\": \"?\",\n"
                 " \"answer\": \"4\\n\",\n"
                 " \"solution\": \"print(2 + 3)\\n\"}\n"
                 "```\n"
                 "\n"                                                     /* 15 */
                 "```question\n"
                 "{\"id\": \"nothing-to-do\", \"type\": \"try-code\", \"prompt\": \"?\",\n"
                 " \"code\": \"print('x' * 3)\\n\",\n"
                 " \"answer\": \"xxx\", \"match\": \"contains\",\n"
                 " \"solution\": \"print('xxx')\\n\"}\n"                  /* 20 */
                 "```\n"
                 "\n"
                 "```question\n"
                 "{\"id\": \"never-ends\", \"type\": \"try-code\", \"prompt\": \"?\",\n"
                 " \"answer\": \"done\\n\",\n"                              /* 25 */
                 " \"solution\": \"while True:\\n    pass\\n\"}\n"
                 "```\n");

  proofs = dojo_prover_run_items (dir, NULL, only, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (proofs->len, ==, 1);
  proof = g_ptr_array_index (proofs, 0);
  g_assert_true (proof->is_quiz);
  /* good and nothing-to-do have solutions that pass */
  g_assert_cmpuint (proof->n_tried, ==, 2);
  g_assert_cmpuint (proof->n_predicted, ==, 0);
  g_assert_true (has_problem (proof, 13, "question 'bad-solution': the answer is \"4\\n\", "
                                         "but the solution prints \"5\\n\""));
  g_assert_true (has_problem (proof, 18, "question 'nothing-to-do': the code the card starts "
                                         "with already passes"));
  g_assert_true (has_problem (proof, 26, "question 'never-ends': its solution does not pass"));
  g_assert_cmpuint (proof->problems->len, ==, 3);
}

static void
test_not_a_pack (void)
{
  g_autoptr(GFile) dir = g_file_new_for_path (g_get_user_cache_dir ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) proofs = dojo_prover_run (dir, NULL, NULL, NULL, &error);

  g_assert_null (proofs);
  g_assert_error (error, DOJO_PACK_ERROR, DOJO_PACK_ERROR_MISSING_FILE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/prover/proves", test_proves);
  g_test_add_func ("/prover/problems", test_problems);
  g_test_add_func ("/prover/only", test_only);
  g_test_add_func ("/prover/lesson-questions", test_lesson_questions);
  g_test_add_func ("/prover/lesson-try-code", test_lesson_try_code);
  g_test_add_func ("/prover/not-a-pack", test_not_a_pack);

  return g_test_run ();
}
