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

/* Set on the quiz once its answer was checked, so that a card built again
 * shows the verdict again. */
#define CHECKED_KEY "dojo-lesson-question-checked"

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

static void
show_verdict (DojoLessonQuestion *self)
{
  DojoQuizQuestionType kind = dojo_quiz_question_get_kind (self->quiz, 0);
  const char *explanation = dojo_quiz_question_get_explanation (self->quiz, 0);
  gboolean correct = dojo_quiz_is_correct (self->quiz, 0);
  g_autofree char *words = NULL;

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

  g_object_set_data (G_OBJECT (self->quiz), CHECKED_KEY, GINT_TO_POINTER (TRUE));
  show_verdict (self);
}

static void
build (DojoLessonQuestion *self)
{
  GtkWidget *box = GTK_WIDGET (self);
  DojoQuizQuestionType kind = dojo_quiz_question_get_kind (self->quiz, 0);
  g_autofree char *plain = NULL;
  GtkWidget *label, *feedback_text;

  self->updating = TRUE;

  label = gtk_label_new (_("Question"));
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

  if (kind == DOJO_QUIZ_QUESTION_PREDICT_OUTPUT)
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

  self->check_button = gtk_button_new_with_mnemonic (_("_Check Answer"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->check_button), "question.check");
  gtk_widget_set_halign (self->check_button, GTK_ALIGN_START);
  gtk_widget_set_parent (self->check_button, box);

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
  self->expected = GTK_LABEL (gtk_label_new (NULL));
  dojo_markdown_label_show_code (self->expected);
  gtk_widget_add_css_class (GTK_WIDGET (self->expected), "quiz-code");
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

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->choices, g_free);
  g_clear_object (&self->quiz);

  G_OBJECT_CLASS (dojo_lesson_question_parent_class)->dispose (object);
}

static void
dojo_lesson_question_class_init (DojoLessonQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_lesson_question_dispose;

  gtk_widget_class_install_action (widget_class, "question.check", NULL, check_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dojolessonquestion");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* A press inside the card is the card's: the lesson's text view around it
 * would otherwise take the press too, and with it the keyboard focus, so a
 * click in the answer box left it without a cursor and the typing went
 * nowhere (GTK 4.8). The card's own widgets have seen the press by then: a
 * click focuses the answer box, checks a choice, presses a button. */
static void
on_card_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         user_data)
{
  GtkWidget *card = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *target = gtk_widget_pick (card, x, y, GTK_PICK_DEFAULT);

  /* Buttons and choices claim the press themselves, on release: claiming it
   * here first would take their click away. */
  for (GtkWidget *w = target; w != NULL && w != card; w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w) || GTK_IS_CHECK_BUTTON (w))
      return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
dojo_lesson_question_init (DojoLessonQuestion *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (on_card_pressed), NULL);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

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
  if (gtk_widget_get_visible (GTK_WIDGET (self->expected)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->expected));
  if (gtk_widget_get_visible (GTK_WIDGET (self->explanation)))
    g_string_append_printf (text, "\n%s", gtk_label_get_text (self->explanation));

  return g_string_free (text, FALSE);
}
