/* pack-fixture.h: a small valid content pack, written in code, for tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "dojo-course.h"

/* One member per line, so that tests know the line of every member:
 * line 14 is the "hello" lesson, 19 "while-loops", 20 "count-down", … */
static const char fixture_manifest[] =
  "{\n"                                                                    /*  1 */
  "  \"format\": 1,\n"                                                     /*  2 */
  "  \"id\": \"io.example.test-pack\",\n"                                  /*  3 */
  "  \"version\": \"1.0.0\",\n"                                            /*  4 */
  "  \"title\": \"Test pack\",\n"                                          /*  5 */
  "  \"description\": \"A pack for tests\",\n"                             /*  6 */
  "  \"language\": \"en\",\n"                                              /*  7 */
  "  \"authors\": [\"Ada\", {\"name\": \"Grace\", \"email\": \"g@example.org\"}],\n" /*  8 */
  "  \"license\": \"CC-BY-SA-4.0\",\n"                                     /*  9 */
  "  \"min_app_version\": \"0.1.0\",\n"                                    /* 10 */
  "  \"python\": \"3.10\",\n"                                              /* 11 */
  "  \"phases\": [\n"                                                      /* 12 */
  "    {\"id\": \"basics\", \"title\": \"Basics\", \"introduces\": [\"if\"], \"items\": [\n" /* 13 */
  "      {\"id\": \"hello\", \"type\": \"lesson\", \"title\": \"Hello\", \"path\": \"lessons/hello.md\"},\n" /* 14 */
  "      {\"id\": \"greet\", \"type\": \"exercise\", \"title\": \"Greet\", \"path\": \"exercises/greet\"},\n" /* 15 */
  "      {\"id\": \"basics-quiz\", \"type\": \"quiz\", \"title\": \"Quiz\", \"path\": \"quizzes/basics.json\"}\n" /* 16 */
  "    ]},\n"                                                                /* 17 */
  "    {\"id\": \"loops\", \"title\": \"Loops\", \"items\": [\n"             /* 18 */
  "      {\"id\": \"while-loops\", \"type\": \"lesson\", \"title\": \"Loops with while\", \"path\": \"lessons/while.md\", \"introduces\": [\"while\"]},\n" /* 19 */
  "      {\"id\": \"count-down\", \"type\": \"exercise\", \"title\": \"Count down\", \"path\": \"exercises/greet\"},\n" /* 20 */
  "      {\"id\": \"for-loops\", \"type\": \"lesson\", \"title\": \"Loops with for\", \"path\": \"lessons/for.md\", \"introduces\": [\"for\", \"break\"]},\n" /* 21 */
  "      {\"id\": \"sum-list\", \"type\": \"lesson\", \"title\": \"Sum a list\", \"path\": \"lessons/hello.md\"}\n" /* 22 */
  "    ]},\n"                                                                /* 23 */
  "    {\"id\": \"functions\", \"title\": \"Functions\", \"introduces\": [\"def\", \"return\"], \"items\": [\n" /* 24 */
  "      {\"id\": \"def-intro\", \"type\": \"lesson\", \"title\": \"Functions\", \"path\": \"lessons/hello.md\"}\n" /* 25 */
  "    ]}\n"                                                                 /* 26 */
  "  ]\n"                                                                  /* 27 */
  "}\n";                                                                   /* 28 */

static const char fixture_exercise[] =
  "{\n"                                                                    /*  1 */
  "  \"title\": \"Greet\",\n"                                              /*  2 */
  "  \"instructions\": \"instructions.md\",\n"                             /*  3 */
  "  \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"}},\n"       /*  4 */
  "  \"entry\": \"main.py\",\n"                                            /*  5 */
  "  \"checks\": [\n"                                                      /*  6 */
  "    {\"id\": \"says-hello\", \"type\": \"io\", \"stdin\": \"Ada\\n\", \"expect\": \"Hello, Ada!\\n\"},\n" /* 7 */
  "    {\"id\": \"unit\", \"type\": \"unittest\", \"test\": \"tests/test_greet.py\"}\n" /* 8 */
  "  ],\n"                                                                 /*  9 */
  "  \"hints\": [\"Use `input()`.\"],\n"                                   /* 10 */
  "  \"solution\": \"solution/main.py\",\n"                                /* 11 */
  "  \"solution_policy\": \"after-attempts:3\",\n"                         /* 12 */
  "  \"limits\": {\"time_s\": 2, \"memory_mb\": 256, \"output_kb\": 64},\n" /* 13 */
  "  \"revision\": 1\n"                                                    /* 14 */
  "}\n";

static const char fixture_quiz[] =
  "{\n"                                                                    /*  1 */
  "  \"title\": \"Basics quiz\",\n"                                        /*  2 */
  "  \"pass_mark\": 50,\n"                                                 /*  3 */
  "  \"questions\": [\n"                                                   /*  4 */
  "    {\"id\": \"q1\", \"type\": \"single\", \"prompt\": \"What does `print(1 + 1)` show?\", \"choices\": [\"2\", \"11\"], \"answer\": 0},\n" /* 5 */
  "    {\"id\": \"q2\", \"type\": \"multiple\", \"prompt\": \"Keywords?\", \"choices\": [\"if\", \"print\", \"while\"], \"answer\": [0, 2]},\n" /* 6 */
  "    {\"id\": \"q3\", \"type\": \"predict-output\", \"prompt\": \"Output?\", \"code\": \"print('a' * 3)\", \"answer\": \"aaa\\n\"},\n" /* 7 */
  "    {\"id\": \"q4\", \"type\": \"write-code\", \"prompt\": \"Write a greeter.\", \"answer\": \"greet\"}\n" /* 8 */
  "  ],\n"                                                                 /*  9 */
  "  \"tutor_prompt\": \"Explain Python's if statement to me.\"\n"         /* 10 */
  "}\n";

static inline void
fixture_write (const char *root,
               const char *relpath,
               const char *contents)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

/* Returns: a new folder holding the fixture pack, with @manifest (or the
 *   valid one) as its manifest.json. Under the per-test cache dir, which
 *   G_TEST_OPTION_ISOLATE_DIRS removes after the test. */
static inline char *
fixture_make_pack (const char *manifest)
{
  static guint counter;
  g_autofree char *name = g_strdup_printf ("pack-%u", ++counter);
  char *root = g_build_filename (g_get_user_cache_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (root, 0755), ==, 0);

  fixture_write (root, "manifest.json", manifest ? manifest : fixture_manifest);
  fixture_write (root, "lessons/hello.md",
                 "# Hello\n\nPython prints with `print`.\n\n![a snake](../images/snake.png)\n\n"
                 "| a | b |\n|---|---|\n| 1 | 2 |\n");
  fixture_write (root, "lessons/while.md", "# While\n\nRepeat while a condition holds.\n");
  fixture_write (root, "lessons/for.md", "# For\n\nRepeat for each element.\n");
  fixture_write (root, "images/snake.png", "not really a PNG");
  fixture_write (root, "exercises/greet/exercise.json", fixture_exercise);
  fixture_write (root, "exercises/greet/instructions.md", "Ask for a name, then greet.\n");
  fixture_write (root, "exercises/greet/starter/main.py", "# Greet the learner\n");
  fixture_write (root, "exercises/greet/solution/main.py",
                 "name = input()\nprint(f'Hello, {name}!')\n");
  fixture_write (root, "exercises/greet/tests/test_greet.py", "import unittest\n");
  fixture_write (root, "quizzes/basics.json", fixture_quiz);

  return root;
}

/* Returns: @text with @from replaced (exactly once) by @to. */
static inline char *
fixture_replace (const char *text,
                 const char *from,
                 const char *to)
{
  GString *str = g_string_new (text);

  g_assert_cmpuint (g_string_replace (str, from, to, 0), ==, 1);
  return g_string_free (str, FALSE);
}

/* The course of the pack in @root, with a learner's progress read from the
 * test's own (empty) data dir. */
static inline DojoCourse *
fixture_load_course (const char *root)
{
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GError) error = NULL;

  pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_progress_load (progress, NULL, &error));
  g_assert_no_error (error);

  return dojo_course_new (pack, progress);
}
