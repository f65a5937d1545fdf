/* dojo-lesson-question.c: a question a lesson asks inside its text
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card like a quiz's (the same CSS classes), checked on the spot: the
 * learner answers, presses Check Answer, reads the verdict, and may change
 * the answer and check again. The answers live in the DojoQuiz, so a card
 * built again for the same quiz (the lesson re-rendered) shows them again.
 */

#define G_LOG_DOMAIN "dojo-lesson-question"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-lesson-question.h"
#include "dojo-markdown.h"
#include "dojo-quiz-view-private.h"
#include "dojo-source-util.h"
#include "dojo-try-code.h"

/* Set on the quiz once its answer was checked, so that a card built again
 * shows the verdict again. */
#define CHECKED_KEY "dojo-lesson-question-checked"
/* A try-code question's last DojoVerdict, on the quiz, for the same. */
#define VERDICT_KEY "dojo-lesson-question-verdict"

/* What the learner types in a try-code card is written to its file this
 * long after the last key, and when the card goes. */
#define SAVE_DELAY_MS 300

struct _DojoLessonQuestion
{
  GtkWidget     parent_instance;

  DojoQuiz     *quiz;
  double        font_scale;
  gboolean      high_contrast;

  GtkTextView  *code;
  GtkWidget   **choices;
  guint         n_choices;
  GtkTextView  *output;
  GtkWidget    *check_button;
  GtkWidget    *feedback;
  GtkImage     *feedback_icon;
  GtkLabel     *verdict;
  GtkLabel     *expected;
  GtkLabel     *explanation;
  gboolean      updating;

  /* try-code */
  GtkSourceView *editor;
  GtkWidget     *reset_button;
  GtkWidget     *spinner;
  GtkLabel      *message;
  GtkLabel      *printed;
  DojoChecker   *checker;
  GFile         *code_file;
  guint          save_id;
  GCancellable  *cancellable;
};

G_DEFINE_FINAL_TYPE (DojoLessonQuestion, dojo_lesson_question, GTK_TYPE_WIDGET)

static void
on_choice_toggled (GtkCheckButton     *button,
                   DojoLessonQuestion *self)
{
  guint choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dojo-choice"));

  if (self->updating)
    return;
  dojo_quiz_answer_choice (self->quiz, 0, choice, gtk_check_button_get_active (button));
}

static void
on_output_changed (GtkTextBuffer      *buffer,
                   DojoLessonQuestion *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dojo_quiz_answer_text (self->quiz, 0, text);
}

/* The program, highlighted as the lesson's own Python examples are. */
static void
render_code (DojoLessonQuestion *self)
{
  const char *code = dojo_quiz_question_get_code (self->quiz, 0);
  GtkWidget *view = GTK_WIDGET (self->code);
  g_autoptr(GString) markdown = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *fence = NULL;
  guint longest = 0, run = 0;

  /* a fence longer than any run of backticks in the code */
  for (const char *c = code; *c != '\0'; c++)
    {
      run = *c == '`' ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  fence = g_strnfill (MAX (3, longest + 1), '`');
  g_string_append_printf (markdown, "%s python\n%s\n%s\n", fence, code, fence);

  self->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  if (!dojo_markdown_render_full (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                                  markdown->str, markdown->len, NULL,
                                  dojo_source_util_get_scheme (), NULL,
                                  self->font_scale, self->high_contrast, &error))
    g_warning ("Could not show a question's code: %s", error->message);

  /* the pad and the space a lesson leaves after a block: the card has its
   * own */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter start, end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    start = end;
    while (gtk_text_iter_backward_char (&start) &&
           (gtk_text_iter_get_char (&start) == '\n' || gtk_text_iter_get_char (&start) == ' '))
      ;
    if (!gtk_text_iter_is_end (&start))
      gtk_text_iter_forward_char (&start);
    gtk_text_buffer_delete (buffer, &start, &end);

    gtk_text_buffer_get_start_iter (buffer, &start);
    end = start;
    while ((gtk_text_iter_get_char (&end) == '\n' || gtk_text_iter_get_char (&end) == ' ') &&
           gtk_text_iter_forward_char (&end))
      if (gtk_text_iter_get_char (&end) != ' ' && gtk_text_iter_get_char (&end) != '\n')
        break;
    /* keep the code's own indentation: only the pad line goes */
    if (gtk_text_iter_get_line (&end) > 0)
      {
        gtk_text_iter_set_line_offset (&end, 0);
        gtk_text_buffer_delete (buffer, &start, &end);
      }
  }
}

static GtkWidget *
code_view (DojoLessonQuestion *self)
{
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (view, "lesson-question-code");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The program"), -1);
  self->code = GTK_TEXT_VIEW (view);
  render_code (self);
  return view;
}

static GtkWidget *
wrapped_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

/* The learner's program, as typed in the card. */
static char *
editor_text (DojoLessonQuestion *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Written whole and atomically (a crash leaves the old file or the new
 * one); a folder that cannot be made is said in the log and the code stays
 * in the card and the quiz. */
static void
save_code (DojoLessonQuestion *self)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;

  g_clear_handle_id (&self->save_id, g_source_remove);
  if (self->code_file == NULL || self->editor == NULL)
    return;

  text = editor_text (self);
  dir = g_file_get_parent (self->code_file);
  path = g_file_get_path (self->code_file);
  if ((!g_file_make_directory_with_parents (dir, NULL, &error) &&
       !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
    {
      g_warning ("Could not keep the code typed in a lesson: %s", error->message);
      return;
    }
  g_clear_error (&error);
  if (!g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Could not keep the code typed in a lesson: %s", error->message);
}

static gboolean
save_code_timeout (gpointer user_data)
{
  DojoLessonQuestion *self = user_data;

  self->save_id = 0;
  save_code (self);
  return G_SOURCE_REMOVE;
}

static void
on_code_changed (GtkTextBuffer      *buffer,
                 DojoLessonQuestion *self)
{
  g_autofree char *text = NULL;

  if (self->updating)
    return;
  text = editor_text (self);
  dojo_quiz_answer_text (self->quiz, 0, text);
  if (self->code_file != NULL)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      self->save_id = g_timeout_add (SAVE_DELAY_MS, save_code_timeout, self);
    }
}

/* Replaces the card's program as one step that Undo takes back. */
static void
set_editor_text (DojoLessonQuestion *self,
                 const char         *text,
                 gboolean            undoable)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->editor));

  if (undoable)
    {
      GtkTextIter start, end;

      gtk_text_buffer_begin_user_action (buffer);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_insert (buffer, &start, text ? text : "", -1);
      gtk_text_buffer_end_user_action (buffer);
    }
  else
    {
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, text ? text : "", -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
}

static void show_verdict (DojoLessonQuestion *self);

/* A label of output, shown as code, after a line that says whose it is. */
static void
set_output_label (GtkLabel   *label,
                  const char *heading,
                  const char *output)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;
  gsize len;

  if (output == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (label), FALSE);
      return;
    }
  text = g_strdup (output);
  len = strlen (text);
  while (len > 0 && text[len - 1] == '\n')
    text[--len] = '\0';
  markup = g_markup_printf_escaped ("<b>%s</b>\n<tt>%s</tt>", heading,
                                    len > 0 ? text : _("(nothing)"));
  gtk_label_set_markup (label, markup);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

static void
show_try_verdict (DojoLessonQuestion *self,
                  DojoVerdict        *verdict)
{
  DojoCheckResult *io = dojo_try_code_get_result (verdict);
  const char *explanation = dojo_quiz_question_get_explanation (self->quiz, 0);
  gboolean passed = dojo_verdict_get_passed (verdict);
  gboolean differs = dojo_try_code_output_differs (verdict);
  const char *message;
  g_autofree char *words = NULL;

  words = g_markup_printf_escaped ("<b>%s</b>",
                                   passed ? _("Right: your program prints what was asked.")
                                          : _("Not yet."));
  gtk_label_set_markup (self->verdict, words);

  /* Why not, in the words an exercise's Check uses: a different output,
   * an error at a line, a program that ran out of time. */
  message = io != NULL ? dojo_check_result_get_message (io) : NULL;
  if (message == NULL && !passed)
    message = dojo_verdict_get_message (verdict);
  if (!passed && message != NULL)
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (message);

      gtk_label_set_markup (self->message, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);

  /* what it printed, next to what was asked, when that is what went
   * wrong (an error or a limit is explained by the message) */
  set_output_label (self->printed, _("Your program printed:"),
                    differs ? dojo_check_result_get_actual (io) : NULL);
  /* a pattern or a part of the output is not what the program should
   * print whole: it is not shown as such */
  if (differs &&
      (g_strcmp0 (dojo_quiz_question_get_match (self->quiz, 0), "rstrip") == 0 ||
       g_strcmp0 (dojo_quiz_question_get_match (self->quiz, 0), "exact") == 0))
    set_output_label (self->expected, _("Expected:"),
                      dojo_quiz_question_get_expected_output (self->quiz, 0));
  else
    gtk_widget_set_visible (GTK_WIDGET (self->expected), FALSE);

  /* The explanation says how it is done: once it is. */
  if (passed && explanation != NULL && explanation[0] != '\0')
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (explanation);

      gtk_label_set_markup (self->explanation, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->explanation), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->explanation), FALSE);
}

static void
set_running (DojoLessonQuestion *self,
             gboolean            running)
{
  gtk_widget_set_sensitive (self->check_button, !running);
  gtk_widget_set_visible (self->spinner, running);
  g_object_set (self->spinner, "spinning", running, NULL);
}

static void
try_done (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  DojoLessonQuestion *self = user_data;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;

  verdict = dojo_try_code_run_finish (result, &error);
  /* The card went (dispose cancels the run and lets go of the quiz): a
   * verdict that arrives all the same has nowhere to show. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->quiz == NULL)
    {
      g_object_unref (self);
      return;
    }
  g_clear_object (&self->cancellable);
  set_running (self, FALSE);

  if (verdict == NULL)
    {
      g_autofree char *words = g_markup_printf_escaped (
        "<b>%s</b>", _("Your program could not be run."));

      g_object_set_data (G_OBJECT (self->quiz), VERDICT_KEY, NULL);
      dojo_quiz_set_code_passed (self->quiz, 0, FALSE);
      gtk_label_set_markup (self->verdict, words);
      gtk_label_set_label (self->message, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->printed), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->expected), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->explanation), FALSE);
      show_verdict (self);
    }
  else
    {
      dojo_quiz_set_code_passed (self->quiz, 0, dojo_verdict_get_passed (verdict));
      g_object_set_data_full (G_OBJECT (self->quiz), VERDICT_KEY, g_object_ref (verdict),
                              g_object_unref);
      g_object_set_data (G_OBJECT (self->quiz), CHECKED_KEY, GINT_TO_POINTER (TRUE));
      show_verdict (self);
    }

  g_object_unref (self);
}

static void
run_and_check (DojoLessonQuestion *self)
{
  g_autofree char *code = NULL;

  if (self->checker == NULL || self->cancellable != NULL)
    return;

  save_code (self);
  code = editor_text (self);
  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);
  dojo_try_code_run_async (self->checker, code,
                           dojo_quiz_question_get_stdin (self->quiz, 0),
                           dojo_quiz_question_get_expected_output (self->quiz, 0),
                           dojo_quiz_question_get_match (self->quiz, 0),
                           self->cancellable, try_done, g_object_ref (self));
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DojoLessonQuestion *self = DOJO_LESSON_QUESTION (widget);

  set_editor_text (self, dojo_quiz_question_get_code (self->quiz, 0), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static void
show_verdict (DojoLessonQuestion *self)
{
  DojoQuizQuestionType kind = dojo_quiz_question_get_kind (self->quiz, 0);
  const char *explanation = dojo_quiz_question_get_explanation (self->quiz, 0);
  gboolean correct = dojo_quiz_is_correct (self->quiz, 0);
  g_autofree char *words = NULL;

  if (kind == DOJO_QUIZ_QUESTION_TRY_CODE)
    {
      DojoVerdict *verdict = g_object_get_data (G_OBJECT (self->quiz), VERDICT_KEY);

      if (verdict != NULL)
        show_try_verdict (self, verdict);
      goto mark;
    }

  if (kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT)
    words = g_markup_printf_escaped ("<b>%s</b>",
                                     correct ? _("Right: that is what Python prints.")
                                             : _("Not quite. Python prints:"));
  else
    words = g_markup_printf_escaped ("<b>%s</b>", correct ? _("Right.") : _("Not quite."));
  gtk_label_set_markup (self->verdict, words);

  if (!correct && kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT)
    {
      g_autofree char *output = g_strdup (dojo_quiz_question_get_expected_output (self->quiz, 0));
      gsize len = strlen (output);

      /* the newline print() adds is not part of what the learner reads */
      while (len > 0 && output[len - 1] == '\n')
        output[--len] = '\0';
      gtk_label_set_label (self->expected, output);
      gtk_widget_set_visible (GTK_WIDGET (self->expected), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->expected), FALSE);

  if (explanation != NULL && explanation[0] != '\0')
    {
      g_autofree char *markup = dojo_markdown_inline_to_markup (explanation);

      gtk_label_set_markup (self->explanation, markup);
      gtk_widget_set_visible (GTK_WIDGET (self->explanation), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->explanation), FALSE);

mark:
  gtk_image_set_from_icon_name (self->feedback_icon,
                                correct ? "emblem-ok-symbolic" : "process-stop-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->feedback_icon), correct ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->feedback_icon), correct ? "success" : "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self), correct ? "wrong" : "right");
  gtk_widget_add_css_class (GTK_WIDGET (self), correct ? "right" : "wrong");
  gtk_widget_set_visible (self->feedback, TRUE);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DojoLessonQuestion *self = DOJO_LESSON_QUESTION (widget);

  if (dojo_quiz_question_get_kind (self->quiz, 0) == DOJO_QUIZ_QUESTION_TRY_CODE)
    {
      run_and_check (self);
      return;
    }
  g_object_set_data (G_OBJECT (self->quiz), CHECKED_KEY, GINT_TO_POINTER (TRUE));
  show_verdict (self);
}

/* The editor of a try-code card: Python, coloured and indented as in the
 * main editor, a few lines high, growing with the program. */
static GtkWidget *
try_editor (DojoLessonQuestion *self)
{
  GtkSourceBuffer *buffer = gtk_source_buffer_new_with_language (dojo_source_util_get_python ());
  GtkWidget *view = gtk_source_view_new_with_buffer (buffer);
  GtkWidget *frame = gtk_frame_new (NULL);
  const char *answer = dojo_quiz_get_answer_text (self->quiz, 0);
  const char *code = dojo_quiz_question_get_code (self->quiz, 0);

  dojo_source_util_follow_style (buffer);
  gtk_source_view_set_show_line_numbers (GTK_SOURCE_VIEW (view), TRUE);
  gtk_source_view_set_auto_indent (GTK_SOURCE_VIEW (view), TRUE);
  gtk_source_view_set_indent_width (GTK_SOURCE_VIEW (view), 4);
  gtk_source_view_set_tab_width (GTK_SOURCE_VIEW (view), 4);
  gtk_source_view_set_insert_spaces_instead_of_tabs (GTK_SOURCE_VIEW (view), TRUE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  /* the card is as narrow as the lesson: a long line wraps rather than
   * hiding its start behind a sideways scroll */
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_widget_set_size_request (view, -1, 120);
  gtk_widget_add_css_class (view, "lesson-try-code");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your program"), -1);
  self->editor = GTK_SOURCE_VIEW (view);
  set_editor_text (self, answer != NULL ? answer : code, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_code_changed), self, 0);
  g_object_unref (buffer);

  gtk_frame_set_child (GTK_FRAME (frame), view);
  return frame;
}

static void
build (DojoLessonQuestion *self)
{
  GtkWidget *box = GTK_WIDGET (self);
  DojoQuizQuestionType kind = dojo_quiz_question_get_kind (self->quiz, 0);
  g_autofree char *plain = NULL;
  GtkWidget *label, *feedback_text;

  self->updating = TRUE;

  label = gtk_label_new (kind == DOJO_QUIZ_QUESTION_TRY_CODE ? _("Try It") : _("Question"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_parent (label, box);

  label = _dojo_quiz_prompt_new (dojo_quiz_question_get_prompt (self->quiz, 0));
  gtk_widget_add_css_class (label, "quiz-prompt");
  gtk_widget_set_parent (label, box);

  plain = dojo_markdown_to_plain_text (dojo_quiz_question_get_prompt (self->quiz, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Question"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  plain, -1);

  if (kind == DOJO_QUIZ_QUESTION_TRY_CODE)
    {
      const char *input = dojo_quiz_question_get_stdin (self->quiz, 0);
      GtkWidget *heading = gtk_label_new_with_mnemonic (_("_Your program:"));
      GtkWidget *editor = try_editor (self);

      if (input != NULL && input[0] != '\0')
        {
          /* shown as the outputs are, as code */
          GtkWidget *reads = _dojo_quiz_code_label_new (NULL);

          set_output_label (GTK_LABEL (reads), _("It reads this input:"), input);
          gtk_widget_set_parent (reads, box);
        }
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (heading), GTK_WIDGET (self->editor));
      gtk_widget_set_parent (heading, box);
      gtk_widget_set_parent (editor, box);
    }
  else if (kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT)
    {
      GtkWidget *heading = gtk_label_new_with_mnemonic (_("What does it _print? Type the "
                                                          "output exactly:"));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      const char *answer = dojo_quiz_get_answer_text (self->quiz, 0);

      gtk_widget_set_parent (code_view (self), box);

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_label_set_mnemonic_widget (GTK_LABEL (heading), view);
      gtk_widget_set_parent (heading, box);

      /* Enter starts a new line of the output; Tab moves on, as in a form. */
      gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_widget_add_css_class (view, "quiz-output");
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("The output you predict"), -1);
      if (answer != NULL)
        gtk_text_buffer_set_text (buffer, answer, -1);
      g_signal_connect_object (buffer, "changed", G_CALLBACK (on_output_changed), self, 0);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_widget_set_parent (frame, box);
      self->output = GTK_TEXT_VIEW (view);
    }
  else
    {
      const char * const *choices = dojo_quiz_question_get_choices (self->quiz, 0);
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkCheckButton *group = NULL;

      if (kind == DOJO_QUIZ_QUESTION_MULTIPLE)
        {
          label = gtk_label_new (_("Choose every answer that is right."));
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "dim-label");
          gtk_widget_set_parent (label, box);
        }

      self->n_choices = g_strv_length ((char **)choices);
      self->choices = g_new0 (GtkWidget *, self->n_choices);
      for (guint i = 0; i < self->n_choices; i++)
        {
          GtkWidget *button = gtk_check_button_new ();
          GtkWidget *text = _dojo_quiz_markup_label_new (choices[i]);

          gtk_check_button_set_child (GTK_CHECK_BUTTON (button), text);
          gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, text, NULL, -1);
          if (kind == DOJO_QUIZ_QUESTION_SINGLE)
            {
              if (group == NULL)
                group = GTK_CHECK_BUTTON (button);
              else
                gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
            }
          gtk_check_button_set_active (GTK_CHECK_BUTTON (button),
                                       dojo_quiz_get_choice (self->quiz, 0, i));
          g_object_set_data (G_OBJECT (button), "dojo-choice", GUINT_TO_POINTER (i));
          g_signal_connect_object (button, "toggled", G_CALLBACK (on_choice_toggled), self, 0);
          gtk_widget_add_css_class (button, "quiz-choice");
          gtk_box_append (GTK_BOX (list), button);
          self->choices[i] = button;
        }
      gtk_widget_set_parent (list, box);
    }

  if (kind == DOJO_QUIZ_QUESTION_TRY_CODE)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

      self->check_button = gtk_button_new_with_mnemonic (_("_Run and Check"));
      gtk_widget_add_css_class (self->check_button, "suggested-action");
      /* only once the card can run it (dojo_lesson_question_set_runner()) */
      gtk_widget_set_sensitive (self->check_button, FALSE);
      gtk_box_append (GTK_BOX (row), self->check_button);
      self->spinner = gtk_spinner_new ();
      gtk_widget_set_visible (self->spinner, FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Running"), -1);
      gtk_box_append (GTK_BOX (row), self->spinner);
      if (dojo_quiz_question_get_code (self->quiz, 0) != NULL)
        {
          self->reset_button = gtk_button_new_with_mnemonic (_("Start _Over"));
          gtk_widget_set_tooltip_text (self->reset_button,
                                       _("Put back the program the card started with "
                                         "(Ctrl+Z takes it back)"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (self->reset_button), "question.reset");
          gtk_widget_set_hexpand (self->reset_button, TRUE);
          gtk_widget_set_halign (self->reset_button, GTK_ALIGN_END);
          gtk_box_append (GTK_BOX (row), self->reset_button);
        }
      gtk_widget_set_parent (row, box);
    }
  else
    {
      self->check_button = gtk_button_new_with_mnemonic (_("_Check Answer"));
      gtk_widget_set_halign (self->check_button, GTK_ALIGN_START);
      gtk_widget_set_parent (self->check_button, box);
    }
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->check_button), "question.check");

  /* The verdict: an icon and words, not colour alone; then the output
   * Python prints if the prediction was wrong, and why. */
  self->feedback = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_add_css_class (self->feedback, "quiz-feedback");
  gtk_widget_set_visible (self->feedback, FALSE);
  self->feedback_icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                                 "accessible-role",
                                                 GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                 "valign", GTK_ALIGN_START,
                                                 NULL));
  gtk_box_append (GTK_BOX (self->feedback), GTK_WIDGET (self->feedback_icon));
  feedback_text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (feedback_text, TRUE);
  self->verdict = GTK_LABEL (wrapped_label ());
  gtk_box_append (GTK_BOX (feedback_text), GTK_WIDGET (self->verdict));
  self->message = GTK_LABEL (wrapped_label ());
  gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  gtk_box_append (GTK_BOX (feedback_text), GTK_WIDGET (self->message));
  /* what the program printed looks like what was expected: code */
  self->printed = GTK_LABEL (_dojo_quiz_code_label_new (NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->printed), FALSE);
  gtk_box_append (GTK_BOX (feedback_text), GTK_WIDGET (self->printed));
  self->expected = GTK_LABEL (_dojo_quiz_code_label_new (NULL));
  gtk_box_append (GTK_BOX (feedback_text), GTK_WIDGET (self->expected));
  self->explanation = GTK_LABEL (wrapped_label ());
  gtk_box_append (GTK_BOX (feedback_text), GTK_WIDGET (self->explanation));
  gtk_box_append (GTK_BOX (self->feedback), feedback_text);
  gtk_widget_set_parent (self->feedback, box);

  if (g_object_get_data (G_OBJECT (self->quiz), CHECKED_KEY) != NULL)
    show_verdict (self);

  self->updating = FALSE;
}

static void
dojo_lesson_question_dispose (GObject *object)
{
  DojoLessonQuestion *self = (DojoLessonQuestion *)object;
  GtkWidget *child;

  /* what was typed since the last save is kept before the card goes */
  if (self->save_id != 0)
    save_code (self);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->editor = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->choices, g_free);
  g_clear_object (&self->quiz);
  g_clear_object (&self->checker);
  g_clear_object (&self->code_file);

  G_OBJECT_CLASS (dojo_lesson_question_parent_class)->dispose (object);
}

static void
dojo_lesson_question_class_init (DojoLessonQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_lesson_question_dispose;

  gtk_widget_class_install_action (widget_class, "question.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "question.reset", NULL, reset_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dojolessonquestion");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* A press inside the card is the card's: the lesson's text view around it
 * would otherwise take the press too, and with it the keyboard focus, so a
 * click in the answer box left it without a cursor and the typing went
 * nowhere (GTK 4.8). The card's own widgets have seen the press by then
 * (this runs as it bubbles up): a click focuses the answer box, checks a
 * choice, presses a button. It is stopped here rather than claimed, since
 * claiming it would cancel the gestures of the card's own text views, and
 * a double click would no longer select a word. */
static gboolean
on_card_event (GtkEventControllerLegacy *controller,
               GdkEvent                 *event,
               gpointer                  user_data)
{
  switch ((int)gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCH_END:
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
dojo_lesson_question_init (DojoLessonQuestion *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkEventController *presses = gtk_event_controller_legacy_new ();

  g_signal_connect (presses, "event", G_CALLBACK (on_card_event), NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), presses);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 10);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "quiz-question");
}

/**
 * dojo_lesson_question_new:
 * @quiz: a quiz of one question (dojo_quiz_new_from_question()); its
 *   answers are shown, and the card writes the learner's into it
 * @font_scale: the lesson's text size, for the program's code
 * @high_contrast: the desktop asks for high contrast
 *
 * Returns: (transfer floating): the card
 */
GtkWidget *
dojo_lesson_question_new (DojoQuiz *quiz,
                          double    font_scale,
                          gboolean  high_contrast)
{
  DojoLessonQuestion *self;

  g_return_val_if_fail (DOJO_IS_QUIZ (quiz), NULL);
  g_return_val_if_fail (dojo_quiz_get_n_questions (quiz) == 1, NULL);
  g_return_val_if_fail (dojo_quiz_question_get_kind (quiz, 0) != DOJO_QUIZ_QUESTION_WRITE_CODE,
                        NULL);

  self = g_object_new (DOJO_TYPE_LESSON_QUESTION, NULL);
  self->quiz = g_object_ref (quiz);
  self->font_scale = font_scale;
  self->high_contrast = high_contrast;
  build (self);

  return GTK_WIDGET (self);
}

DojoQuiz *
dojo_lesson_question_get_quiz (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);
  return self->quiz;
}

/**
 * dojo_lesson_question_set_runner:
 * @self: a try-code card
 * @checker: what runs the learner's program (the sandbox, the Python, the
 *   pack's packages)
 * @code_dir: (nullable): where the card keeps what the learner types, as
 *   QUESTION-ID.py; %NULL: only while Dojo runs
 *
 * A program kept from an earlier visit is shown instead of the one the
 * card starts with.
 */
void
dojo_lesson_question_set_runner (DojoLessonQuestion *self,
                                 DojoChecker        *checker,
                                 GFile              *code_dir)
{
  g_return_if_fail (DOJO_IS_LESSON_QUESTION (self));
  g_return_if_fail (DOJO_IS_CHECKER (checker));
  g_return_if_fail (code_dir == NULL || G_IS_FILE (code_dir));
  g_return_if_fail (self->editor != NULL);

  g_set_object (&self->checker, checker);
  g_clear_object (&self->code_file);
  if (code_dir != NULL)
    {
      g_autofree char *name = g_strconcat (dojo_quiz_question_get_id (self->quiz, 0), ".py", NULL);
      g_autofree char *kept = NULL;
      gsize length;

      self->code_file = g_file_get_child (code_dir, name);
      if (g_file_load_contents (self->code_file, NULL, &kept, &length, NULL, NULL) &&
          g_utf8_validate_len (kept, length, NULL))
        {
          self->updating = TRUE;
          set_editor_text (self, kept, FALSE);
          self->updating = FALSE;
          dojo_quiz_answer_text (self->quiz, 0, kept);
        }
    }
  gtk_widget_set_sensitive (self->check_button, self->cancellable == NULL);
}

/* Returns: (transfer none) (nullable): where a try-code card's program is
 *   typed */
GtkTextView *
dojo_lesson_question_get_code_entry (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);
  return self->editor ? GTK_TEXT_VIEW (self->editor) : NULL;
}

/* Returns: whether a try-code card's program is running */
gboolean
dojo_lesson_question_get_running (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), FALSE);
  return self->cancellable != NULL;
}

/* Returns: whether the learner checked the answer (and the verdict shows) */
gboolean
dojo_lesson_question_get_checked (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), FALSE);
  return gtk_widget_get_visible (self->feedback);
}

/* Returns: (transfer none) (nullable): the button of choice @choice */
GtkWidget *
dojo_lesson_question_get_choice_button (DojoLessonQuestion *self,
                                        guint               choice)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);
  return choice < self->n_choices ? self->choices[choice] : NULL;
}

/* Returns: (transfer none) (nullable): where a predicted output is typed */
GtkTextView *
dojo_lesson_question_get_output_entry (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);
  return self->output;
}

GtkWidget *
dojo_lesson_question_get_check_button (DojoLessonQuestion *self)
{
  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);
  return self->check_button;
}

/* Returns: (transfer full): the verdict as the learner reads it: the words,
 *   the expected output if shown, the explanation; "" before a check */
char *
dojo_lesson_question_get_verdict_text (DojoLessonQuestion *self)
{
  GString *text;

  g_return_val_if_fail (DOJO_IS_LESSON_QUESTION (self), NULL);

  text = g_string_new (NULL);
  if (!gtk_widget_get_visible (self->feedback))
    return g_string_free (text, FALSE);

  g_string_append (text, gtk_label_get_text (self->verdict));
  if (gtk_widget_get_visible (GTK_WIDGET (self->message)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->message));
  if (gtk_widget_get_visible (GTK_WIDGET (self->printed)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->printed));
  if (gtk_widget_get_visible (GTK_WIDGET (self->expected)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->expected));
  if (gtk_widget_get_visible (GTK_WIDGET (self->explanation)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->explanation));

  return g_string_free (text, FALSE);
}
