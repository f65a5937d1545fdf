/* test-lesson-question.c: questions a lesson asks inside its text
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With DOJO_SCREENSHOT_DIR set, saves the lesson with its cards as
 * lesson-questions.png (and -dark).
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-lesson-question.h"
#include "dojo-lesson-view.h"
#include "dojo-markdown.h"
#include "dojo-test-slow.h"
#include "dojo-test-widget.h"

static const char lesson[] =
  "# Operators\n"
  "\n"
  "Predict first, then run it.\n"
  "\n"
  "```question\n"
  "{\n"
  "  \"id\": \"floor\",\n"
  "  \"type\": \"predict-output\",\n"
  "  \"prompt\": \"What does this print?\",\n"
  "  \"code\": \"print(7 // 2)\\nprint(7 % 2)\\n\",\n"
  "  \"answer\": \"3\\n1\\n\",\n"
  "  \"explanation\": \"`//` keeps the whole part, `%` the remainder.\"\n"
  "}\n"
  "```\n"
  "\n"
  "Some text between the questions, and the lesson's own code:\n"
  "\n"
  "```python\n"
  "print(7 / 2)\n"
  "```\n"
  "\n"
  "```question\n"
  "{\"id\": \"kind\", \"type\": \"single\", \"prompt\": \"What type is `7 / 2`?\",\n"
  " \"choices\": [\"`int`\", \"`float`\", \"`str`\"], \"answer\": 1,\n"
  " \"explanation\": \"`/` always gives a `float`.\"}\n"
  "```\n"
  "\n"
  "```question\n"
  "{\"id\": \"even\", \"type\": \"multiple\", \"prompt\": \"Which are `True`?\",\n"
  " \"choices\": [\"`4 % 2 == 0`\", \"`3 % 2 == 0`\", \"`10 // 3 == 3`\"], \"answer\": [0, 2]}\n"
  "```\n"
  "\n"
  "The end.\n";

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
pump (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The cards the view shows, in the order of the lesson. */
static GPtrArray *
cards_of (DojoLessonView *view)
{
  GPtrArray *anchors = dojo_markdown_get_questions (dojo_lesson_view_get_buffer (view));
  GPtrArray *cards = g_ptr_array_new ();

  g_assert_nonnull (anchors);
  for (guint i = 0; i < anchors->len; i++)
    {
      guint n = 0;
      GtkWidget **widgets = gtk_text_child_anchor_get_widgets (g_ptr_array_index (anchors, i),
                                                               &n);

      g_assert_cmpuint (n, ==, 1);
      g_assert_true (DOJO_IS_LESSON_QUESTION (widgets[0]));
      g_ptr_array_add (cards, widgets[0]);
      g_free (widgets);
    }
  return cards;
}

static void
type_output (DojoLessonQuestion *card,
             const char         *text)
{
  GtkTextView *entry = dojo_lesson_question_get_output_entry (card);

  g_assert_nonnull (entry);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (entry), text, -1);
}

static void
on_clicked (GtkButton *button)
{
  g_object_set_data (G_OBJECT (button), "clicked", GINT_TO_POINTER (TRUE));
}

static void
check (DojoLessonQuestion *card)
{
  GtkWidget *button = dojo_lesson_question_get_check_button (card);
  gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* the button the learner presses, not a shortcut around it; a button
   * activated from the keyboard clicks after a short press (250 ms) */
  g_object_set_data (G_OBJECT (button), "clicked", NULL);
  if (g_object_get_data (G_OBJECT (button), "watched") == NULL)
    {
      g_signal_connect (button, "clicked", G_CALLBACK (on_clicked), NULL);
      g_object_set_data (G_OBJECT (button), "watched", GINT_TO_POINTER (TRUE));
    }
  g_assert_true (gtk_widget_activate (button));
  while (g_object_get_data (G_OBJECT (button), "clicked") == NULL &&
         g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  pump ();
  g_assert_true (dojo_lesson_question_get_checked (card));
}

static void
assert_verdict (DojoLessonQuestion *card,
                const char         *text)
{
  g_autofree char *verdict = dojo_lesson_question_get_verdict_text (card);

  if (strstr (verdict, text) == NULL)
    g_error ("expected the verdict to say “%s”, it says “%s”", text, verdict);
}

static gboolean
buffer_has (GtkTextBuffer *buffer,
            const char    *text)
{
  GtkTextIter start, end;
  g_autofree char *all = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  all = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  return strstr (all, text) != NULL;
}

/* Everything the learner reaches with Tab: no control is left out. */
static gboolean
focusable_under (GtkWidget *root,
                 GtkWidget *widget)
{
  return gtk_widget_is_ancestor (widget, root) && gtk_widget_get_focusable (widget) &&
         gtk_widget_get_can_focus (widget);
}

static void
test_cards (void)
{
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 720, 1000);
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;
  DojoLessonQuestion *predict, *single, *multiple;
  GtkWidget *button;
  const char *label;

  /* held (the window's first frame): the text, and no card yet... */
  dojo_lesson_view_hold_cards (view, TRUE);
  g_assert_true (dojo_lesson_view_set_markdown (view, lesson, -1, NULL, &error));
  g_assert_no_error (error);
  pump ();
  g_assert_true (buffer_has (dojo_lesson_view_get_buffer (view), "Some text between the questions"));
  g_assert_cmpuint (dojo_markdown_get_questions (dojo_lesson_view_get_buffer (view))->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      guint n = 0;
      g_autofree GtkWidget **widgets = gtk_text_child_anchor_get_widgets (
          g_ptr_array_index (dojo_markdown_get_questions (dojo_lesson_view_get_buffer (view)), i), &n);

      g_assert_cmpuint (n, ==, 0);
    }

  /* ...let go, every card in its place */
  dojo_lesson_view_hold_cards (view, FALSE);
  pump ();

  /* the blocks are cards, not code: their JSON is not in the text */
  g_assert_false (buffer_has (dojo_lesson_view_get_buffer (view), "\"predict-output\""));
  g_assert_true (buffer_has (dojo_lesson_view_get_buffer (view), "Some text between the questions"));
  cards = cards_of (view);
  g_assert_cmpuint (cards->len, ==, 3);
  predict = g_ptr_array_index (cards, 0);
  single = g_ptr_array_index (cards, 1);
  multiple = g_ptr_array_index (cards, 2);

  /* styled as a quiz's question */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (predict), "quiz-question"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (predict), "card"));

  /* the button has a mnemonic; the output entry is multi-line: Enter types
   * a newline, Tab moves on */
  button = dojo_lesson_question_get_check_button (predict);
  label = gtk_button_get_label (GTK_BUTTON (button));
  g_assert_nonnull (strchr (label, '_'));
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));
  g_assert_false (gtk_text_view_get_accepts_tab (dojo_lesson_question_get_output_entry (predict)));
  g_assert_true (gtk_text_view_get_editable (dojo_lesson_question_get_output_entry (predict)));
  g_assert_true (focusable_under (GTK_WIDGET (predict),
                                  GTK_WIDGET (dojo_lesson_question_get_output_entry (predict))));
  for (guint i = 0; i < 3; i++)
    g_assert_true (focusable_under (GTK_WIDGET (single),
                                    dojo_lesson_question_get_choice_button (single, i)));
  g_assert_true (focusable_under (GTK_WIDGET (single),
                                  dojo_lesson_question_get_check_button (single)));

  /* wrong: the verdict shows what Python prints, and why */
  type_output (predict, "3.5\n");
  check (predict);
  assert_verdict (predict, "Not quite. Python prints:");
  assert_verdict (predict, "3\n1");
  assert_verdict (predict, "keeps the whole part");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (predict), "wrong"));

  /* the learner changes the answer and checks again */
  type_output (predict, "3\n1");
  check (predict);
  assert_verdict (predict, "Right: that is what Python prints.");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (predict), "right"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (predict), "wrong"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (single, 0)),
                               TRUE);
  check (single);
  assert_verdict (single, "Not quite.");
  assert_verdict (single, "always gives a float");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (single, 1)),
                               TRUE);
  check (single);
  assert_verdict (single, "Right.");

  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (multiple, 0)),
                               TRUE);
  check (multiple);
  assert_verdict (multiple, "Not quite.");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (multiple, 2)),
                               TRUE);
  check (multiple);
  assert_verdict (multiple, "Right.");

  /* another font size renders the lesson again: the cards are there, with
   * the answers and verdicts the learner had */
  dojo_lesson_view_set_font_scale (view, 1.5);
  pump ();
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = cards_of (view);
  g_assert_cmpuint (cards->len, ==, 3);
  predict = g_ptr_array_index (cards, 0);
  single = g_ptr_array_index (cards, 1);
  g_assert_true (dojo_lesson_question_get_checked (predict));
  assert_verdict (predict, "Right: that is what Python prints.");
  {
    GtkTextBuffer *entry = gtk_text_view_get_buffer (dojo_lesson_question_get_output_entry (predict));
    GtkTextIter start, end;
    g_autofree char *typed = NULL;

    gtk_text_buffer_get_bounds (entry, &start, &end);
    typed = gtk_text_buffer_get_text (entry, &start, &end, FALSE);
    g_assert_cmpstr (typed, ==, "3\n1");
  }
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (single, 1))));

  /* another lesson starts unanswered */
  g_assert_true (dojo_lesson_view_set_markdown (view, "# Other\n\nText.\n", -1, NULL, &error));
  g_assert_true (dojo_lesson_view_set_markdown (view, lesson, -1, NULL, &error));
  pump ();
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = cards_of (view);
  g_assert_false (dojo_lesson_question_get_checked (g_ptr_array_index (cards, 0)));

  dojo_lesson_view_set_font_scale (view, 1.0);
  pump ();
  g_clear_pointer (&cards, g_ptr_array_unref);
  cards = cards_of (view);
  type_output (g_ptr_array_index (cards, 0), "3\n2\n");
  check (g_ptr_array_index (cards, 0));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_lesson_question_get_choice_button (g_ptr_array_index (cards, 1), 1)),
                               TRUE);
  check (g_ptr_array_index (cards, 1));
  pump ();

  {
    const char *dir = g_getenv ("DOJO_SCREENSHOT_DIR");

    if (dir != NULL)
      {
        AdwStyleManager *manager = adw_style_manager_get_default ();
        g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

        g_autofree char *light = g_strdup_printf ("%s/lesson-questions.png", dir);
        g_autofree char *dark = g_strdup_printf ("%s/lesson-questions-dark.png", dir);

        /* as the app shows it: libadwaita loads this for an AdwApplication */
        gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
        gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                    GTK_STYLE_PROVIDER (css),
                                                    GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

        adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
        pump ();
        dojo_test_save_screenshot (GTK_WIDGET (window), light);
        adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
        pump ();
        dojo_test_save_screenshot (GTK_WIDGET (window), dark);
        adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
        pump ();
        /* a style change renders again: the cards stay */
        g_clear_pointer (&cards, g_ptr_array_unref);
        cards = cards_of (view);
        g_assert_cmpuint (cards->len, ==, 3);
        g_assert_true (dojo_lesson_question_get_checked (g_ptr_array_index (cards, 0)));
      }
  }

  destroy_window (window);
}

/* A block that is not a question is shown as code with a note; hostile
 * blocks neither crash nor hang the view. */
static void
test_broken_blocks (void)
{
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 640, 700);
  g_autoptr(GString) hostile = g_string_new ("# Broken\n\n```question\n{\"id\": \"x\",}\n```\n\n"
                                             "```question\n{\"id\": \"w\", \"type\": \"write-code\","
                                             " \"prompt\": \"p\", \"answer\": \"greet\"}\n```\n\n");
  g_autoptr(GError) error = NULL;
  GPtrArray *anchors;

  /* deeply nested JSON */
  g_string_append (hostile, "```question\n");
  for (guint i = 0; i < 5000; i++)
    g_string_append_c (hostile, '[');
  g_string_append (hostile, "\n```\n\n");
  /* a block of 1 MiB */
  g_string_append (hostile, "```question\n{\"id\": \"big\", \"prompt\": \"");
  for (guint i = 0; i < 1024 * 1024 / 64; i++)
    g_string_append (hostile, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  g_string_append (hostile, "\"}\n```\n");

  g_assert_true (dojo_lesson_view_set_markdown (view, hostile->str, hostile->len, NULL, &error));
  g_assert_no_error (error);
  pump ();

  anchors = dojo_markdown_get_questions (dojo_lesson_view_get_buffer (view));
  g_assert_nonnull (anchors);
  g_assert_cmpuint (anchors->len, ==, 0);
  g_assert_true (buffer_has (dojo_lesson_view_get_buffer (view), "{\"id\": \"x\",}"));
  g_assert_true (buffer_has (dojo_lesson_view_get_buffer (view), "could not be read"));

  destroy_window (window);
}

/* A lesson with 10,000 questions: the first 100 are cards, the rest code. */
static void
test_many_questions (void)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);
  g_autoptr(GString) many = g_string_new ("# Many\n\n");
  g_autoptr(GError) error = NULL;
  GPtrArray *anchors;
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (many, "```question\n{\"id\": \"q%u\", \"type\": \"single\", "
                            "\"prompt\": \"?\", \"choices\": [\"a\", \"b\"], \"answer\": 0}\n"
                            "```\n\n", i);

  g_assert_true (dojo_markdown_render (buffer, many->str, many->len, NULL, NULL, &error));
  g_assert_no_error (error);
  anchors = dojo_markdown_get_questions (buffer);
  g_assert_cmpuint (anchors->len, ==, DOJO_QUIZ_MAX_LESSON_QUESTIONS);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);

  g_object_unref (buffer);
}

static const char try_lesson[] =
  "# Input\n"
  "\n"
  "## Try it\n"
  "\n"
  "```question\n"
  "{\"id\": \"greet\", \"type\": \"try-code\",\n"
  " \"prompt\": \"Greet the name the program reads.\",\n"
  " \"code\": \"name = input()\\nprint(\\\"Hello\\\")\\n\",\n"
  " \"stdin\": \"Ada\\n\", \"answer\": \"Hello, Ada!\\n\",\n"
  " \"solution\": \"name = input()\\nprint(\\\"Hello, \\\" + name + \\\"!\\\")\\n\",\n"
  " \"explanation\": \"`+` joins the texts.\"}\n"
  "```\n";

static char *
entry_text (GtkTextView *entry)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (entry), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (entry), &start, &end, FALSE);
}

static void
type_code (DojoLessonQuestion *card,
           const char         *code)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dojo_lesson_question_get_code_entry (card));

  GtkTextIter start, end;

  /* as typed: one user action, which Undo takes back */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, code, -1);
  gtk_text_buffer_end_user_action (buffer);
}

/* Presses Run and Check and waits for the sandbox's verdict. */
static void
run_and_check (DojoLessonQuestion *card)
{
  GtkWidget *button = dojo_lesson_question_get_check_button (card);
  gint64 until = g_get_monotonic_time () + 60 * G_USEC_PER_SEC * dojo_test_slowness ();

  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_true (gtk_widget_activate (button));
  while (!dojo_lesson_question_get_running (card) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (dojo_lesson_question_get_running (card));
  g_assert_false (gtk_widget_get_sensitive (button));
  while (dojo_lesson_question_get_running (card) && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (dojo_lesson_question_get_running (card));
  pump ();
  g_assert_true (dojo_lesson_question_get_checked (card));
}

static DojoLessonQuestion *
show_try_lesson (DojoLessonView *view,
                 GFile          *code_dir)
{
  g_autoptr(GPtrArray) cards = NULL;
  g_autoptr(GError) error = NULL;

  dojo_lesson_view_set_try_context (view, code_dir, NULL);
  g_assert_true (dojo_lesson_view_set_markdown (view, try_lesson, -1, NULL, &error));
  g_assert_no_error (error);
  pump ();
  cards = cards_of (view);
  g_assert_cmpuint (cards->len, ==, 1);
  return g_ptr_array_index (cards, 0);
}

static gboolean
file_says (const char *path,
           const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && g_str_equal (contents, text);
}

/* A Try it the learner writes: run in the sandbox, checked, explained, and
 * what was typed kept across visits. */
static void
test_try_code (void)
{
  g_autofree char *dir_path = g_dir_make_tmp ("dojo-try-test-XXXXXX", NULL);
  g_autofree char *kept = g_build_filename (dir_path, "greet.py", NULL);
  g_autofree char *escaped = g_build_filename (g_get_home_dir (), "escaped.txt", NULL);
  g_autofree char *beside = g_build_filename (dir_path, "beside.txt", NULL);
  g_autofree char *quoted_beside = g_strdup_printf ("'%s'", beside);
  g_autofree char *hostile = NULL;
  g_autoptr(GFile) code_dir = g_file_new_for_path (dir_path);
  DojoLessonView *view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 720, 1000);
  DojoLessonQuestion *card = show_try_lesson (view, code_dir);
  GtkTextView *entry = dojo_lesson_question_get_code_entry (card);
  g_autofree char *start = NULL;
  g_autofree char *verdict = NULL;
  gint64 until;

  /* the program the card starts with, ready to change */
  g_assert_nonnull (entry);
  g_assert_true (gtk_text_view_get_editable (entry));
  start = entry_text (entry);
  g_assert_cmpstr (start, ==, "name = input()\nprint(\"Hello\")\n");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (dojo_lesson_question_get_check_button (card))));

  /* what is typed is kept in its file soon after */
  type_code (card, "name = input()\nprint(\"Hi\")\n");
  until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!file_says (kept, "name = input()\nprint(\"Hi\")\n") && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (file_says (kept, "name = input()\nprint(\"Hi\")\n"));

  /* a wrong output: what it printed and what was expected */
  run_and_check (card);
  assert_verdict (card, "Not yet.");
  assert_verdict (card, "Your program printed:");
  assert_verdict (card, "Hi");
  assert_verdict (card, "Hello, Ada!");
  verdict = dojo_lesson_question_get_verdict_text (card);
  g_assert_null (strstr (verdict, "`+` joins"));
  g_assert_false (dojo_quiz_is_correct (dojo_lesson_question_get_quiz (card), 0));

  /* an error is explained with its line, as an exercise's Check does */
  type_code (card, "name = input()\nprint(\"Hello, \" + nam + \"!\")\n");
  run_and_check (card);
  assert_verdict (card, "Not yet.");
  assert_verdict (card, "nam");

  /* hostile: a program that never ends is stopped; one that writes to
   * the learner's home or beside the kept code writes only inside its
   * sandbox */
  type_code (card, "while True:\n    pass\n");
  run_and_check (card);
  assert_verdict (card, "Not yet.");
  assert_verdict (card, "is a loop missing its way out?");
  g_free (verdict);
  verdict = dojo_lesson_question_get_verdict_text (card);
  g_assert_null (strstr (verdict, "Your program printed:"));
  hostile = g_strdup_printf ("import os\n"
                             "for path in [os.path.expanduser('~/escaped.txt'), %s]:\n"
                             "    try:\n"
                             "        open(path, 'w').write('x')\n"
                             "    except OSError:\n"
                             "        pass\n"
                             "print('Hello, Ada!')\n", quoted_beside);
  type_code (card, hostile);
  run_and_check (card);
  g_assert_false (g_file_test (escaped, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (beside, G_FILE_TEST_EXISTS));

  /* right: the explanation comes */
  type_code (card, "name = input()\nprint(\"Hello, \" + name + \"!\")\n");
  run_and_check (card);
  assert_verdict (card, "Right: your program prints what was asked.");
  assert_verdict (card, "+ joins the texts");
  g_assert_true (dojo_quiz_is_correct (dojo_lesson_question_get_quiz (card), 0));

  /* Start Over puts the card's program back, and Undo takes that back */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (card), "question.reset", NULL));
  pump ();
  g_free (start);
  start = entry_text (entry);
  g_assert_cmpstr (start, ==, "name = input()\nprint(\"Hello\")\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry), "text.undo", NULL));
  pump ();
  g_free (start);
  start = entry_text (entry);
  g_assert_cmpstr (start, ==, "name = input()\nprint(\"Hello, \" + name + \"!\")\n");

  /* leaving at once keeps the last keys too; a new visit (another view, as
   * after a restart) shows the program kept */
  type_code (card, "print(\"kept\")\n");
  destroy_window (window);
  g_assert_true (file_says (kept, "print(\"kept\")\n"));
  view = DOJO_LESSON_VIEW (dojo_lesson_view_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (view), 720, 1000);
  card = show_try_lesson (view, code_dir);
  g_free (start);
  start = entry_text (dojo_lesson_question_get_code_entry (card));
  g_assert_cmpstr (start, ==, "print(\"kept\")\n");

  destroy_window (window);
  g_assert_cmpint (g_remove (kept), ==, 0);
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/lesson-question/cards", test_cards);
  g_test_add_func ("/lesson-question/broken-blocks", test_broken_blocks);
  g_test_add_func ("/lesson-question/many-questions", test_many_questions);
  g_test_add_func ("/lesson-question/try-code", test_try_code);

  return g_test_run ();
}
