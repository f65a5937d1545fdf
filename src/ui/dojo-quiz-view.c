/* dojo-quiz-view.c: a quiz, answered, scored and retaken
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-quiz-view"

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-markdown.h"
#include "dojo-quiz-view.h"
#include "dojo-quiz-view-private.h"

/* How long "Copied" stays after copying the tutor prompt. */
#define COPIED_MS 2500

typedef struct
{
  GtkWidget   *card;
  GtkWidget  **choices;      /* GtkCheckButton, for single/multiple */
  guint        n_choices;
  GtkTextView *output;       /* predict-output */
  GtkLabel    *exercise_state;
  GtkWidget   *feedback;
  GtkImage    *feedback_icon;
  GtkLabel    *feedback_label;
} QuestionWidgets;

struct _DojoQuizView
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkLabel        *title_label;
  GtkLabel        *intro_label;
  GtkBox          *questions_box;
  GtkWidget       *result_box;
  GtkImage        *result_icon;
  GtkLabel        *result_label;
  GtkLabel        *result_detail;
  GtkWidget       *submit_button;
  GtkWidget       *retake_button;
  GtkWidget       *tutor_button;
  GtkWidget       *copied_label;

  DojoQuiz        *quiz;
  GArray          *questions;   /* QuestionWidgets */
  guint            copied_source;
  guint            submitted : 1;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (DojoQuizView, dojo_quiz_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUIZ,
  PROP_SUBMITTED,
  PROP_ATTEMPT,
  N_PROPS
};

enum {
  FINISHED,
  GO_TO_EXERCISE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
question_widgets_clear (QuestionWidgets *q)
{
  g_clear_pointer (&q->choices, g_free);
}

GtkWidget *
_dojo_quiz_markup_label_new (const char *markdown)
{
  g_autofree char *markup = dojo_markdown_inline_to_markup (markdown);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

/* Code the learner reads: a predict-output program, a traceback in a prompt. */
GtkWidget *
_dojo_quiz_code_label_new (const char *code)
{
  GtkWidget *label = gtk_label_new (code);

  dojo_markdown_label_show_code (GTK_LABEL (label));
  gtk_widget_add_css_class (label, "quiz-code");

  return label;
}

static void
append_prompt_part (GtkBox  *box,
                    GString *part,
                    gboolean code)
{
  g_autofree char *text = g_strstrip (g_strdup (part->str));

  /* keep a code block's own indentation; only its last newline goes */
  if (code && part->len > 0 && part->str[part->len - 1] == '\n')
    g_string_truncate (part, part->len - 1);
  if (code ? part->len > 0 : text[0] != '\0')
    gtk_box_append (box, code ? _dojo_quiz_code_label_new (part->str)
                              : _dojo_quiz_markup_label_new (text));
  g_string_truncate (part, 0);
}

/* A question's prompt: inline Markdown, and fenced code blocks (```) shown
 * as code, as a lesson shows them (a traceback to read, say). */
GtkWidget *
_dojo_quiz_prompt_new (const char *markdown)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  g_autoptr(GString) part = g_string_new (NULL);
  gboolean in_code = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i] + strspn (lines[i], " "), "```"))
        {
          append_prompt_part (GTK_BOX (box), part, in_code);
          in_code = !in_code;
          continue;
        }
      g_string_append (part, lines[i]);
      g_string_append_c (part, '\n');
    }
  append_prompt_part (GTK_BOX (box), part, in_code);

  return box;
}

static void
update_actions (DojoQuizView *self)
{
  const char *prompt = self->quiz ? dojo_quiz_get_tutor_prompt (self->quiz) : NULL;
  gboolean has_prompt = prompt != NULL && prompt[0] != '\0';

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.submit",
                                 self->quiz != NULL && !self->submitted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.retake",
                                 self->quiz != NULL && self->submitted);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.copy-tutor-prompt", has_prompt);
  gtk_widget_set_visible (self->tutor_button, has_prompt);
  gtk_widget_set_visible (self->submit_button, !self->submitted);
  gtk_widget_set_visible (self->retake_button, self->submitted);
}

static void
on_choice_toggled (GtkCheckButton *button,
                   DojoQuizView   *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dojo-position"));
  guint choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dojo-choice"));

  if (self->updating || self->quiz == NULL)
    return;
  dojo_quiz_answer_choice (self->quiz, position, choice, gtk_check_button_get_active (button));
}

static void
on_output_changed (GtkTextBuffer *buffer,
                   DojoQuizView  *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "dojo-position"));
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->quiz == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  dojo_quiz_answer_text (self->quiz, position, text);
}

static void
update_exercise_state (DojoQuizView *self,
                       guint         position)
{
  QuestionWidgets *q = &g_array_index (self->questions, QuestionWidgets, position);
  const char *exercise = dojo_quiz_question_get_exercise (self->quiz, position);

  if (q->exercise_state == NULL)
    return;

  if (dojo_quiz_get_exercise_passed (self->quiz, exercise))
    {
      gtk_label_set_label (q->exercise_state, _("✓ Done: this exercise passes"));
      gtk_widget_remove_css_class (GTK_WIDGET (q->exercise_state), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (q->exercise_state), "success");
    }
  else
    {
      gtk_label_set_label (q->exercise_state, _("Not done yet"));
      gtk_widget_remove_css_class (GTK_WIDGET (q->exercise_state), "success");
      gtk_widget_add_css_class (GTK_WIDGET (q->exercise_state), "dim-label");
    }
}

static GtkWidget *
question_card (DojoQuizView    *self,
               guint            position,
               QuestionWidgets *q)
{
  DojoQuizQuestionType kind = dojo_quiz_question_get_kind (self->quiz, position);
  guint n = dojo_quiz_get_n_questions (self->quiz);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *label;
  g_autofree char *number = NULL;
  GtkWidget *answers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "quiz-question");
  q->card = card;

  /* Translators: “Question 1 of 3” */
  number = g_strdup_printf (_("Question %u of %u"), position + 1, n);
  label = gtk_label_new (number);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (card), label);

  label = _dojo_quiz_prompt_new (dojo_quiz_question_get_prompt (self->quiz, position));
  gtk_widget_add_css_class (label, "quiz-prompt");
  gtk_box_append (GTK_BOX (card), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  number, -1);

  switch (kind)
    {
    case DOJO_QUIZ_QUESTION_SINGLE:
    case DOJO_QUIZ_QUESTION_MULTIPLE:
      {
        const char * const *choices = dojo_quiz_question_get_choices (self->quiz, position);
        GtkCheckButton *group = NULL;

        if (kind == DOJO_QUIZ_QUESTION_MULTIPLE)
          {
            label = gtk_label_new (_("Choose every answer that is right."));
            gtk_label_set_xalign (GTK_LABEL (label), 0);
            gtk_widget_add_css_class (label, "caption");
            gtk_widget_add_css_class (label, "dim-label");
            gtk_box_append (GTK_BOX (card), label);
          }

        q->n_choices = g_strv_length ((char **)choices);
        q->choices = g_new0 (GtkWidget *, q->n_choices);
        for (guint i = 0; i < q->n_choices; i++)
          {
            GtkWidget *button = gtk_check_button_new ();
            GtkWidget *text = _dojo_quiz_markup_label_new (choices[i]);

            gtk_check_button_set_child (GTK_CHECK_BUTTON (button), text);
            gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                            GTK_ACCESSIBLE_RELATION_LABELLED_BY, text, NULL,
                                            -1);
            if (kind == DOJO_QUIZ_QUESTION_SINGLE)
              {
                if (group == NULL)
                  group = GTK_CHECK_BUTTON (button);
                else
                  gtk_check_button_set_group (GTK_CHECK_BUTTON (button), group);
              }
            g_object_set_data (G_OBJECT (button), "dojo-position", GUINT_TO_POINTER (position));
            g_object_set_data (G_OBJECT (button), "dojo-choice", GUINT_TO_POINTER (i));
            g_signal_connect_object (button, "toggled",
                                     G_CALLBACK (on_choice_toggled), self, 0);
            gtk_widget_add_css_class (button, "quiz-choice");
            gtk_box_append (GTK_BOX (answers), button);
            q->choices[i] = button;
          }
      }
      break;

    case DOJO_QUIZ_QUESTION_PREDICT_OUTPUT:
      {
        GtkWidget *code =
          _dojo_quiz_code_label_new (dojo_quiz_question_get_code (self->quiz, position));
        GtkWidget *heading = gtk_label_new (_("What does it print? Type the output exactly:"));
        GtkWidget *frame = gtk_frame_new (NULL);
        GtkWidget *view = gtk_text_view_new ();
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

        gtk_box_append (GTK_BOX (card), code);

        gtk_label_set_xalign (GTK_LABEL (heading), 0);
        gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
        gtk_label_set_mnemonic_widget (GTK_LABEL (heading), view);
        gtk_box_append (GTK_BOX (answers), heading);

        gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
        /* Tab moves on to the next question, as in any form. */
        gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
        gtk_widget_add_css_class (view, "quiz-output");
        gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("The output you predict"), -1);
        g_object_set_data (G_OBJECT (buffer), "dojo-position", GUINT_TO_POINTER (position));
        g_signal_connect_object (buffer, "changed", G_CALLBACK (on_output_changed), self, 0);
        gtk_frame_set_child (GTK_FRAME (frame), view);
        gtk_box_append (GTK_BOX (answers), frame);
        q->output = GTK_TEXT_VIEW (view);
      }
      break;

    case DOJO_QUIZ_QUESTION_WRITE_CODE:
      {
        const char *exercise = dojo_quiz_question_get_exercise (self->quiz, position);
        GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
        GtkWidget *button = gtk_button_new_with_mnemonic (_("_Go to Exercise"));
        GtkWidget *state = gtk_label_new (NULL);

        label = gtk_label_new (_("Solve the exercise, then come back: this question counts "
                                 "as right once its checks pass."));
        gtk_label_set_xalign (GTK_LABEL (label), 0);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_widget_add_css_class (label, "dim-label");
        gtk_box_append (GTK_BOX (answers), label);

        gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "quiz.go-to-exercise");
        gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                                g_variant_new_string (exercise));
        gtk_box_append (GTK_BOX (row), button);
        gtk_label_set_xalign (GTK_LABEL (state), 0);
        gtk_box_append (GTK_BOX (row), state);
        gtk_box_append (GTK_BOX (answers), row);
        q->exercise_state = GTK_LABEL (state);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  gtk_box_append (GTK_BOX (card), answers);

  /* After submitting: right or not (an icon and a word, not colour alone),
   * and why. */
  q->feedback = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_add_css_class (q->feedback, "quiz-feedback");
  gtk_widget_set_visible (q->feedback, FALSE);
  q->feedback_icon = GTK_IMAGE (g_object_new (GTK_TYPE_IMAGE,
                                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                              "valign", GTK_ALIGN_START,
                                              NULL));
  gtk_box_append (GTK_BOX (q->feedback), GTK_WIDGET (q->feedback_icon));
  q->feedback_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (q->feedback_label, TRUE);
  gtk_label_set_wrap_mode (q->feedback_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (q->feedback_label, 0);
  gtk_label_set_selectable (q->feedback_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (q->feedback_label), TRUE);
  gtk_box_append (GTK_BOX (q->feedback), GTK_WIDGET (q->feedback_label));
  gtk_box_append (GTK_BOX (card), q->feedback);

  return card;
}

static void
rebuild (DojoQuizView *self)
{
  g_autofree char *title = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions_box))))
    gtk_box_remove (self->questions_box, child);
  g_array_set_size (self->questions, 0);

  self->submitted = FALSE;
  gtk_widget_set_visible (self->result_box, FALSE);

  if (self->quiz == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->intro_label, "");
      update_actions (self);
      return;
    }

  /* The teacher's Markdown, as the course list shows the title. */
  title = dojo_markdown_inline_to_markup (dojo_quiz_get_title (self->quiz));
  gtk_label_set_markup (self->title_label, title);

  if (dojo_quiz_get_pass_mark (self->quiz) >= 100)
    gtk_label_set_label (self->intro_label,
                         _("Checkpoints ask for every answer right before you move on. "
                           "Take your time: you can try again as often as you like."));
  else
    {
      /* Translators: %u%% is a percentage, e.g. 80% */
      g_autofree char *text = g_strdup_printf (_("You need %u%% of the answers right to pass. "
                                                 "You can try again as often as you like."),
                                               dojo_quiz_get_pass_mark (self->quiz));
      gtk_label_set_label (self->intro_label, text);
    }

  g_array_set_size (self->questions, dojo_quiz_get_n_questions (self->quiz));
  for (guint i = 0; i < self->questions->len; i++)
    {
      QuestionWidgets *q = &g_array_index (self->questions, QuestionWidgets, i);

      gtk_box_append (self->questions_box, question_card (self, i, q));
      update_exercise_state (self, i);
    }

  update_actions (self);
}

static void
show_results (DojoQuizView *self)
{
  guint n = dojo_quiz_get_n_questions (self->quiz);
  guint right = dojo_quiz_get_n_correct (self->quiz);
  guint score = dojo_quiz_get_score (self->quiz);
  gboolean passed = dojo_quiz_get_passed (self->quiz);
  g_autofree char *headline = NULL;

  for (guint i = 0; i < self->questions->len; i++)
    {
      QuestionWidgets *q = &g_array_index (self->questions, QuestionWidgets, i);
      gboolean correct = dojo_quiz_is_correct (self->quiz, i);
      const char *explanation = dojo_quiz_question_get_explanation (self->quiz, i);
      g_autofree char *words = NULL;
      g_autofree char *body = NULL;

      for (guint c = 0; c < q->n_choices; c++)
        gtk_widget_set_sensitive (q->choices[c], FALSE);
      if (q->output != NULL)
        gtk_text_view_set_editable (q->output, FALSE);

      words = g_markup_printf_escaped ("<b>%s</b>", correct ? _("Right.") : _("Not quite."));
      body = explanation ? dojo_markdown_inline_to_markup (explanation) : NULL;
      if (body != NULL)
        {
          g_autofree char *both = g_strconcat (words, " ", body, NULL);

          gtk_label_set_markup (q->feedback_label, both);
        }
      else
        gtk_label_set_markup (q->feedback_label, words);

      gtk_image_set_from_icon_name (q->feedback_icon,
                                    correct ? "emblem-ok-symbolic" : "process-stop-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (q->feedback_icon), correct ? "error" : "success");
      gtk_widget_add_css_class (GTK_WIDGET (q->feedback_icon), correct ? "success" : "error");
      gtk_widget_remove_css_class (q->card, correct ? "wrong" : "right");
      gtk_widget_add_css_class (q->card, correct ? "right" : "wrong");
      gtk_widget_set_visible (q->feedback, TRUE);
    }

  if (passed)
    {
      /* Translators: “3 of 3 right (100%)” */
      headline = g_strdup_printf (_("Passed: %u of %u right (%u%%)"), right, n, score);
      gtk_label_set_label (self->result_detail,
                           right == n ? _("Every answer right — well done!")
                                      : _("Well done! Read the explanations of the ones you "
                                          "missed; they come back later."));
    }
  else
    {
      headline = g_strdup_printf (_("%u of %u right (%u%%): not there yet"), right, n, score);
      if (dojo_quiz_get_pass_mark (self->quiz) >= 100)
        gtk_label_set_label (self->result_detail,
                             _("Checkpoints ask for every answer right before you move on. "
                               "Read the explanations, then try again: the questions come "
                               "in a new order."));
      else
        {
          g_autofree char *text = g_strdup_printf (_("You need %u%% to pass. Read the "
                                                     "explanations, then try again."),
                                                   dojo_quiz_get_pass_mark (self->quiz));

          gtk_label_set_label (self->result_detail, text);
        }
    }

  gtk_label_set_label (self->result_label, headline);
  gtk_image_set_from_icon_name (self->result_icon,
                                passed ? "emblem-ok-symbolic" : "view-refresh-symbolic");
  gtk_widget_remove_css_class (self->result_box, passed ? "wrong" : "right");
  gtk_widget_add_css_class (self->result_box, passed ? "right" : "wrong");
  gtk_widget_set_visible (self->result_box, TRUE);
}

/* ------------------------------------------------------------------------ */
/* Actions */

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DojoQuizView *self = DOJO_QUIZ_VIEW (widget);

  if (self->quiz == NULL || self->submitted)
    return;

  self->submitted = TRUE;
  show_results (self);
  update_actions (self);
  gtk_widget_grab_focus (self->retake_button);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED]);

  g_signal_emit (self, signals[FINISHED], 0,
                 dojo_quiz_get_score (self->quiz), dojo_quiz_get_passed (self->quiz));
}

static void
retake_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DojoQuizView *self = DOJO_QUIZ_VIEW (widget);
  GtkAdjustment *adjustment;

  if (self->quiz == NULL)
    return;

  dojo_quiz_retake (self->quiz);
  rebuild (self);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, 0);
  if (self->questions->len > 0)
    gtk_widget_child_focus (g_array_index (self->questions, QuestionWidgets, 0).card,
                            GTK_DIR_TAB_FORWARD);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBMITTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPT]);
}

static gboolean
hide_copied (gpointer user_data)
{
  DojoQuizView *self = user_data;

  self->copied_source = 0;
  gtk_widget_set_visible (self->copied_label, FALSE);
  return G_SOURCE_REMOVE;
}

static void
copy_tutor_prompt_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  DojoQuizView *self = DOJO_QUIZ_VIEW (widget);
  const char *prompt = self->quiz ? dojo_quiz_get_tutor_prompt (self->quiz) : NULL;

  if (prompt == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), prompt);
  gtk_widget_set_visible (self->copied_label, TRUE);
  g_clear_handle_id (&self->copied_source, g_source_remove);
  self->copied_source = g_timeout_add (COPIED_MS, hide_copied, self);
}

static void
go_to_exercise_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_signal_emit (widget, signals[GO_TO_EXERCISE], 0, g_variant_get_string (param, NULL));
}

/* ------------------------------------------------------------------------ */

static void
dojo_quiz_view_dispose (GObject *object)
{
  DojoQuizView *self = (DojoQuizView *)object;

  g_clear_handle_id (&self->copied_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_QUIZ_VIEW);
  g_clear_object (&self->quiz);

  G_OBJECT_CLASS (dojo_quiz_view_parent_class)->dispose (object);
}

static void
dojo_quiz_view_finalize (GObject *object)
{
  DojoQuizView *self = (DojoQuizView *)object;

  g_clear_pointer (&self->questions, g_array_unref);

  G_OBJECT_CLASS (dojo_quiz_view_parent_class)->finalize (object);
}

static void
dojo_quiz_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DojoQuizView *self = DOJO_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUIZ:
      g_value_set_object (value, self->quiz);
      break;
    case PROP_SUBMITTED:
      g_value_set_boolean (value, self->submitted);
      break;
    case PROP_ATTEMPT:
      g_value_set_uint (value, dojo_quiz_view_get_attempt (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_quiz_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DojoQuizView *self = DOJO_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_QUIZ:
      dojo_quiz_view_set_quiz (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_quiz_view_class_init (DojoQuizViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_quiz_view_dispose;
  object_class->finalize = dojo_quiz_view_finalize;
  object_class->get_property = dojo_quiz_view_get_property;
  object_class->set_property = dojo_quiz_view_set_property;

  properties[PROP_QUIZ] =
    g_param_spec_object ("quiz", NULL, NULL,
                         DOJO_TYPE_QUIZ,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUBMITTED] =
    g_param_spec_boolean ("submitted", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Keep it with the learner's progress: with the learner id it makes the
   * draw, so the quiz looks the same when it opens again. */
  properties[PROP_ATTEMPT] =
    g_param_spec_uint ("attempt", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoQuizView::finished:
   * @score: the percentage of right answers
   * @passed: whether it reaches the quiz's pass mark
   *
   * The learner submitted their answers (for dojo_progress_record_quiz_score()).
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_BOOLEAN);

  /**
   * DojoQuizView::go-to-exercise:
   * @exercise_id: the exercise a write-code question asks for
   */
  signals[GO_TO_EXERCISE] =
    g_signal_new ("go-to-exercise",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-quiz-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, scroller);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, intro_label);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, questions_box);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, result_box);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, result_icon);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, result_label);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, result_detail);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, submit_button);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, retake_button);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, tutor_button);
  gtk_widget_class_bind_template_child (widget_class, DojoQuizView, copied_label);

  gtk_widget_class_install_action (widget_class, "quiz.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "quiz.retake", NULL, retake_action);
  gtk_widget_class_install_action (widget_class, "quiz.copy-tutor-prompt", NULL,
                                   copy_tutor_prompt_action);
  gtk_widget_class_install_action (widget_class, "quiz.go-to-exercise", "s",
                                   go_to_exercise_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "quiz.submit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "quiz.submit", NULL);

  gtk_widget_class_set_css_name (widget_class, "dojoquizview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dojo_quiz_view_init (DojoQuizView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->questions = g_array_new (FALSE, TRUE, sizeof (QuestionWidgets));
  g_array_set_clear_func (self->questions, (GDestroyNotify)question_widgets_clear);
  update_actions (self);
}

GtkWidget *
dojo_quiz_view_new (void)
{
  return g_object_new (DOJO_TYPE_QUIZ_VIEW, NULL);
}

DojoQuiz *
dojo_quiz_view_get_quiz (DojoQuizView *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), NULL);
  return self->quiz;
}

/**
 * dojo_quiz_view_set_quiz:
 * @quiz: (nullable): a quiz, started (dojo_quiz_start()) for the learner
 *
 * Shows @quiz's questions of its current attempt, unanswered.
 */
void
dojo_quiz_view_set_quiz (DojoQuizView *self,
                         DojoQuiz     *quiz)
{
  g_return_if_fail (DOJO_IS_QUIZ_VIEW (self));
  g_return_if_fail (!quiz || DOJO_IS_QUIZ (quiz));

  if (!g_set_object (&self->quiz, quiz))
    return;

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUIZ]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTEMPT]);
}

/* Whether @exercise_id passes (say, from dojo_progress_get_status()): a
 * write-code question that asks for it counts as right once it does. */
void
dojo_quiz_view_set_exercise_passed (DojoQuizView *self,
                                    const char   *exercise_id,
                                    gboolean      passed)
{
  g_return_if_fail (DOJO_IS_QUIZ_VIEW (self));
  g_return_if_fail (exercise_id != NULL);

  if (self->quiz == NULL)
    return;

  dojo_quiz_set_exercise_passed (self->quiz, exercise_id, passed);
  for (guint i = 0; i < self->questions->len; i++)
    update_exercise_state (self, i);
}

gboolean
dojo_quiz_view_get_submitted (DojoQuizView *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), FALSE);
  return self->submitted;
}

guint
dojo_quiz_view_get_attempt (DojoQuizView *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), 0);
  return self->quiz ? dojo_quiz_get_attempt (self->quiz) : 0;
}

/* Returns: (transfer none) (nullable): the check button of a choice */
GtkWidget *
dojo_quiz_view_get_choice_button (DojoQuizView *self,
                                  guint         position,
                                  guint         choice)
{
  QuestionWidgets *q;

  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), NULL);

  if (position >= self->questions->len)
    return NULL;
  q = &g_array_index (self->questions, QuestionWidgets, position);
  return choice < q->n_choices ? q->choices[choice] : NULL;
}

/* Returns: (transfer none) (nullable): where a predicted output is typed */
GtkTextView *
dojo_quiz_view_get_output_entry (DojoQuizView *self,
                                 guint         position)
{
  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), NULL);

  if (position >= self->questions->len)
    return NULL;
  return g_array_index (self->questions, QuestionWidgets, position).output;
}

/* Returns: (nullable): the score's headline, once submitted */
const char *
dojo_quiz_view_get_result_text (DojoQuizView *self)
{
  g_return_val_if_fail (DOJO_IS_QUIZ_VIEW (self), NULL);
  return self->submitted ? gtk_label_get_label (self->result_label) : NULL;
}
