/* test-check-ui.c: the check panel, the quiz view, the paste guard and live guidance
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With DOJO_SCREENSHOT_DIR set, the cases also save what they show as PNGs
 * (check-pass, check-fail, check-timeout, quiz-…; -light and -dark).
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-check-panel.h"
#include "dojo-check-private.h"
#include "dojo-checker.h"
#include "dojo-live-guidance.h"
#include "dojo-paste-guard.h"
#include "dojo-quiz-view.h"
#include "dojo-test-widget.h"

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static void
destroy_window (GtkWindow *window)
{
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Finds a descendant by a predicate. */
typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *root,
             Match          match,
             gconstpointer  data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found)
        return found;
    }
  return NULL;
}

static gboolean
label_is (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
label_starts (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A label or tooltip that holds the text anywhere. */
static gboolean
shows_text (GtkWidget *widget, gconstpointer text)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  return (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text)) ||
         (tooltip != NULL && strstr (tooltip, text) != NULL);
}

static gboolean
is_expander (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_EXPANDER (widget);
}

/* Program text and output are shown exactly: where a line wraps, Pango
 * must not add a hyphen the learner would take for part of it. */
static gboolean
adds_no_hyphens (GtkWidget *label)
{
  PangoAttrList *attrs = gtk_label_get_attributes (GTK_LABEL (label));
  g_autoptr(PangoAttrIterator) iter = NULL;
  PangoAttribute *hyphens;

  if (attrs == NULL)
    return FALSE;
  iter = pango_attr_list_get_iterator (attrs);
  hyphens = pango_attr_iterator_get (iter, PANGO_ATTR_INSERT_HYPHENS);

  return hyphens != NULL && !((PangoAttrInt *) hyphens)->value;
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Shown: visible up to the root and sensitive (its action enabled). */
static gboolean
usable (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_is_visible (widget) && gtk_widget_is_sensitive (widget);
}

/* ------------------------------------------------------------------------ */
/* Screenshots */

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("DOJO_SCREENSHOT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  dojo_test_save_screenshot (widget, path);
}

static void
save_both_schemes (GtkWidget  *widget,
                   const char *name)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s-light.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  if (g_getenv ("DOJO_SCREENSHOT_DIR") == NULL)
    return;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (widget, light);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (widget, dark);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* ------------------------------------------------------------------------ */
/* A real verdict */

typedef struct
{
  DojoVerdict *verdict;
  GError      *error;
  gboolean     done;
} Outcome;

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->verdict = dojo_checker_run_finish (DOJO_CHECKER (object), result, &outcome->error);
  outcome->done = TRUE;
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
remove_tree (const char *path)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_true (g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL));
}

static const char *exercise_json =
  "{ \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"io\", \"id\": \"greets\", \"title\": \"Greets Ada\", \"stdin\": \"Ada\\n\","
  "    \"expect\": \"Hello, Ada!\\n\", \"message\": \"Say hello with a comma: Hello, Ada!\" },"
  "  { \"type\": \"ast\", \"id\": \"input\", \"title\": \"Reads the name with input()\","
  "    \"rules\": [ { \"require\": \"call:input\" } ] },"
  "  { \"type\": \"ast\", \"id\": \"no-for\", \"title\": \"No for loop\","
  "    \"rules\": [ { \"forbid\": \"for\", \"message\": \"Solve it without a loop.\" } ] },"
  "  { \"type\": \"known-mistake\", \"id\": \"comma\", \"title\": \"The comma\","
  "    \"on\": \"output\", \"pattern\": \"Hello [A-Z]\","
  "    \"message\": \"Nearly: the comma after Hello is missing.\" }"
  "] }";

static DojoVerdict *
check_program_against (const char *exercise_text,
                       const char *program)
{
  g_autofree char *base = g_dir_make_tmp ("test-check-ui-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (base, "project", NULL);
  g_autofree char *exercise = g_build_filename (base, "exercise", NULL);
  g_autoptr(DojoChecker) checker = dojo_checker_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GFile) exercise_dir = NULL;
  g_autoptr(GFile) project_dir = NULL;
  Outcome outcome = { 0 };

  g_assert_cmpint (g_mkdir (project, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (exercise, 0755), ==, 0);
  write_file (project, "main.py", program);
  g_assert_true (json_parser_load_from_data (parser, exercise_text, -1, NULL));

  exercise_dir = g_file_new_for_path (exercise);
  project_dir = g_file_new_for_path (project);
  dojo_checker_run_async (checker, json_node_get_object (json_parser_get_root (parser)),
                          exercise_dir, project_dir, NULL, NULL, checked_cb, &outcome);
  g_assert_true (dojo_test_wait_for (is_true, &outcome.done, 30000));
  g_assert_no_error (outcome.error);
  remove_tree (base);

  return outcome.verdict;
}

static DojoVerdict *
check_program (const char *program)
{
  return check_program_against (exercise_json, program);
}

/* ------------------------------------------------------------------------ */
/* The check panel */

typedef struct
{
  GArray *hints;
  GArray *lines;
} PanelSignals;

static void
on_hint_revealed (DojoCheckPanel *panel,
                  guint           index,
                  PanelSignals   *s)
{
  g_array_append_val (s->hints, index);
}

static void
on_show_line (DojoCheckPanel *panel,
              guint           line,
              PanelSignals   *s)
{
  g_array_append_val (s->lines, line);
}

static void
test_panel_verdict (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 520, 860);
  g_autoptr(DojoVerdict) failing = NULL;
  g_autoptr(DojoVerdict) passing = NULL;
  g_autoptr(GArray) hints = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  PanelSignals s = { hints, lines };
  GtkWidget *row;
  GtkWidget *button;
  GtkWidget *expander;

  g_signal_connect (panel, "show-line", G_CALLBACK (on_show_line), &s);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));
  g_assert_null (dojo_check_panel_get_headline (panel));

  /* Checking: a spinner and words, no rows. */
  dojo_check_panel_set_checking (panel, TRUE);
  g_assert_cmpstr (dojo_check_panel_get_headline (panel), ==, "Checking your work…");
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_is, "Checking your work…"));

  /* Wrong output, and a for loop on line 2. */
  failing = check_program ("name = input()\nfor c in 'x':\n    print('Hello ' + name)\n");
  g_assert_cmpint (dojo_verdict_get_state (failing), ==, DOJO_VERDICT_FAILED);
  dojo_check_panel_set_verdict (panel, failing);
  g_assert_false (dojo_check_panel_get_checking (panel));
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel),
                    ==, dojo_verdict_get_results (failing)->len);
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), >=, 3);
  g_assert_cmpstr (dojo_check_panel_get_headline (panel), ==, "1 of 3 checks pass");

  /* Each row says its state in words and carries the teaching message. */
  row = dojo_check_panel_get_row (panel, 0);
  g_assert_nonnull (find_widget (row, label_is, "Greets Ada"));
  g_assert_nonnull (find_widget (row, label_is, "Not yet"));
  g_assert_nonnull (find_widget (row, label_starts, "Say hello with a comma"));
  /* The io mismatch has its expected and actual output, on request. */
  expander = find_widget (row, is_expander, NULL);
  g_assert_nonnull (expander);
  g_assert_null (find_widget (row, label_is, "Hello, Ada!"));
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  g_assert_nonnull (find_widget (row, label_is, "Hello, Ada!"));
  g_assert_nonnull (find_widget (row, label_is, "Hello Ada"));
  g_assert_true (adds_no_hyphens (find_widget (row, label_is, "Hello, Ada!")));
  g_assert_true (adds_no_hyphens (find_widget (row, label_is, "Hello Ada")));
  g_assert_nonnull (find_widget (GTK_WIDGET (dojo_check_panel_get_row (panel, 1)),
                                 label_is, "Passes"));

  /* The for loop's row shows its line. */
  row = dojo_check_panel_get_row (panel, 2);
  g_assert_nonnull (find_widget (row, label_starts, "Line 2: Solve it without a loop."));
  button = find_widget (row, label_is, "Show Line 2");
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_cmpuint (g_array_index (lines, guint, 0), ==, 2);
  /* A passing check offers no line. */
  g_assert_null (find_widget (GTK_WIDGET (dojo_check_panel_get_row (panel, 1)),
                              label_starts, "Show Line"));

  save_both_schemes (GTK_WIDGET (window), "check-fail");

  /* The known mistake applies, so its advice shows, without counting as
   * a check. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dojo_check_panel_get_row (panel, 3)),
                                 label_starts, "Nearly: the comma after Hello is missing."));

  passing = check_program ("name = input()\nprint('Hello, ' + name + '!')\n");
  g_assert_true (dojo_verdict_get_passed (passing));
  dojo_check_panel_set_verdict (panel, passing);
  g_assert_cmpstr (dojo_check_panel_get_headline (panel), ==, "All 3 checks pass — well done!");
  /* Advice that does not apply is not shown: no green "Passes" for a
   * mistake the learner did not make. */
  g_assert_cmpuint (dojo_verdict_get_results (passing)->len, ==, 4);
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), ==, 3);
  g_assert_null (find_widget (GTK_WIDGET (panel), label_is, "The comma"));
  g_assert_null (find_widget (GTK_WIDGET (panel), label_is, "Not yet"));

  destroy_window (window);
}

static void
test_panel_timeout (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 520, 480);
  g_autoptr(DojoVerdict) verdict = _dojo_verdict_new ();
  DojoCheckResult *result;

  result = _dojo_check_result_new ("run", "run", "Your program finishes");
  _dojo_check_result_set_state (result, DOJO_CHECK_STATE_FAILED);
  _dojo_check_result_take_message (result,
                                   g_strdup ("Your program was still running after 5 seconds: "
                                             "is a loop missing its way out?"));
  _dojo_verdict_add (verdict, result);
  _dojo_verdict_set_state (verdict, DOJO_VERDICT_TIMEOUT);
  _dojo_verdict_take_message (verdict,
                              g_strdup ("Your program was still running after 5 seconds: "
                                        "is a loop missing its way out?"));
  _dojo_verdict_update (verdict);

  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));
  dojo_check_panel_set_verdict (panel, verdict);
  g_assert_cmpstr (dojo_check_panel_get_headline (panel), ==, "Your program ran out of time");
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_starts,
                                 "Your program was still running"));
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), ==, 1);

  dojo_check_panel_set_hints (panel, (const char *[]) { "Look at the loop's condition.",
                                                        "Does n ever change?", NULL });
  save_both_schemes (GTK_WIDGET (window), "check-timeout");

  destroy_window (window);
}

/* A hidden io case whose input and answer hold a word nothing else does. */
static const char *hidden_exercise_json =
  "{ \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"io\", \"id\": \"greets\", \"title\": \"Greets Ada\", \"stdin\": \"Ada\\n\","
  "    \"expect\": \"Hello, Ada!\\n\" },"
  "  { \"type\": \"io\", \"id\": \"other\", \"title\": \"Greets anyone\", \"hidden\": true,"
  "    \"stdin\": \"Zephyrine\\n\", \"expect\": \"Hello, Zephyrine!\\n\" }"
  "] }";

static void
test_panel_hidden (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 520, 600);
  g_autoptr(DojoVerdict) failing = NULL;
  g_autoptr(DojoVerdict) passing = NULL;
  GtkWidget *row;

  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));

  /* A lookup table of the visible case fails the hidden one. */
  failing = check_program_against (hidden_exercise_json,
                                   "name = input()\nif name == 'Ada':\n"
                                   "    print('Hello, Ada!')\n");
  g_assert_cmpint (dojo_verdict_get_state (failing), ==, DOJO_VERDICT_FAILED);
  dojo_check_panel_set_verdict (panel, failing);
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), ==, 2);
  row = dojo_check_panel_get_row (panel, 1);
  g_assert_nonnull (find_widget (row, label_is, "Greets anyone"));
  g_assert_nonnull (find_widget (row, label_is, "Not yet"));
  g_assert_nonnull (find_widget (row, label_starts,
                                 "Your program gives a different answer for an input "
                                 "you do not see."));
  g_assert_nonnull (find_widget (row, shows_text, "other inputs using Run"));
  /* Neither its input nor its answer, no output to compare, no debugger. */
  g_assert_null (find_widget (GTK_WIDGET (panel), shows_text, "Zephyrine"));
  g_assert_null (find_widget (row, is_expander, NULL));
  g_assert_null (find_widget (row, has_action, "check-panel.debug"));
  save_both_schemes (GTK_WIDGET (window), "check-hidden");

  passing = check_program_against (hidden_exercise_json,
                                   "name = input()\nprint(f'Hello, {name}!')\n");
  g_assert_true (dojo_verdict_get_passed (passing));
  dojo_check_panel_set_verdict (panel, passing);
  row = dojo_check_panel_get_row (panel, 1);
  g_assert_nonnull (find_widget (row, label_is, "Greets anyone"));
  g_assert_nonnull (find_widget (row, label_is, "Passes"));
  g_assert_null (find_widget (GTK_WIDGET (panel), shows_text, "Zephyrine"));

  destroy_window (window);
}

static void
test_panel_hints_solution (void)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (panel), 520, 860);
  const char *three[] = { "Read the name with input().", "Join strings with +.",
                          "print('Hello, ' + name + '!')", NULL };
  g_autoptr(GArray) hints = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  PanelSignals s = { hints, lines };
  g_autoptr(DojoVerdict) passing = NULL;
  GtkWidget *hint_button;
  GtkWidget *solution_button;
  GtkWidget *compare_button;

  g_signal_connect (panel, "hint-revealed", G_CALLBACK (on_hint_revealed), &s);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, panel, 5000));

  dojo_check_panel_set_hints (panel, three);
  hint_button = find_widget (GTK_WIDGET (panel), has_action, "check-panel.show-hint");
  g_assert_true (usable (hint_button));
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_is, "3 hints"));
  /* None is shown before the learner asks. */
  g_assert_null (find_widget (GTK_WIDGET (panel), label_is, three[0]));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *counter = g_strdup_printf ("Hint %u of 3", i + 1);

      g_signal_emit_by_name (hint_button, "clicked");
      g_assert_cmpuint (hints->len, ==, i + 1);
      g_assert_cmpuint (g_array_index (hints, guint, i), ==, i);
      g_assert_cmpuint (dojo_check_panel_get_n_hints_shown (panel), ==, i + 1);
      g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_is, counter));
      /* One at a time: this one and those before, not the next. */
      g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_is, three[i]));
      if (three[i + 1])
        g_assert_null (find_widget (GTK_WIDGET (panel), label_is, three[i + 1]));
      if (i == 1)
        save_both_schemes (GTK_WIDGET (window), "check-hints");
    }
  /* All shown: nothing more to reveal. */
  g_assert_false (usable (hint_button));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (panel), "check-panel.show-hint", NULL)
                  && hints->len != 3);
  g_assert_cmpuint (hints->len, ==, 3);

  /* The solution follows the policy. */
  solution_button = find_widget (GTK_WIDGET (panel), has_action, "check-panel.show-solution");
  compare_button = find_widget (GTK_WIDGET (panel), has_action, "check-panel.compare");
  dojo_check_panel_set_solution (panel, "name = input()\nprint('Hello, ' + name + '!')\n", FALSE);
  g_assert_false (usable (solution_button));
  g_object_set (panel, "solution-available", TRUE, NULL);
  g_assert_true (usable (solution_button));
  dojo_check_panel_set_solution_available (panel, FALSE);
  g_assert_false (usable (solution_button));
  g_assert_false (usable (compare_button));

  /* After a pass, comparing is offered, side by side with the learner's code. */
  passing = check_program ("name = input()\nprint(f'Hello, {name}!')\n");
  g_assert_true (dojo_verdict_get_passed (passing));
  dojo_check_panel_set_learner_code (panel, "name = input()\nprint(f'Hello, {name}!')\n");
  dojo_check_panel_set_verdict (panel, passing);
  g_assert_true (usable (compare_button));
  g_assert_false (usable (solution_button));
  g_signal_emit_by_name (compare_button, "clicked");
  dojo_test_spin (300);
  g_assert_nonnull (find_widget (GTK_WIDGET (panel), label_is, "Your Code"));
  g_assert_true (gtk_widget_get_child_visible (gtk_widget_get_ancestor (
    find_widget (GTK_WIDGET (panel), label_is, "Your Code"), GTK_TYPE_REVEALER)) ||
                 gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (
    find_widget (GTK_WIDGET (panel), label_is, "Your Code"), GTK_TYPE_REVEALER))));
  save_both_schemes (GTK_WIDGET (window), "check-pass");

  /* Clearing forgets it all. */
  dojo_check_panel_clear (panel);
  g_assert_null (dojo_check_panel_get_headline (panel));
  g_assert_cmpuint (dojo_check_panel_get_n_rows (panel), ==, 0);
  g_assert_false (usable (hint_button));

  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* The quiz view */

static const char *quiz_json =
  "{ \"title\": \"Loops checkpoint\", \"tutor_prompt\": \"Quiz me on while loops.\","
  "  \"questions\": ["
  "    { \"id\": \"stop\", \"type\": \"single\", \"prompt\": \"When does `while n > 0:` stop?\","
  "      \"choices\": [\"When `n` is 0 or less\", \"Never\", \"After one turn\"], \"answer\": 0,"
  "      \"explanation\": \"The condition is checked before every turn.\" },"
  "    { \"id\": \"loops\", \"type\": \"multiple\", \"prompt\": \"Which of these are loops?\","
  "      \"choices\": [\"`while`\", \"`if`\", \"`for`\"], \"answer\": [0, 2] },"
  "    { \"id\": \"out\", \"type\": \"predict-output\", \"prompt\": \"What does this print?\","
  "      \"code\": \"n = 2\\nwhile n > 0:\\n    print(n)\\n    n -= 1\", \"answer\": \"2\\n1\\n\","
  "      \"explanation\": \"It counts down and stops before 0.\" },"
  "    { \"id\": \"write\", \"type\": \"write-code\", \"prompt\": \"Write a countdown.\","
  "      \"answer\": \"count-down\" }"
  "  ] }";

typedef struct
{
  guint    finished;
  guint    score;
  gboolean passed;
  char    *exercise;
} QuizSignals;

static void
on_finished (DojoQuizView *view,
             guint         score,
             gboolean      passed,
             QuizSignals  *s)
{
  s->finished++;
  s->score = score;
  s->passed = passed;
}

static void
on_go_to_exercise (DojoQuizView *view,
                   const char   *exercise,
                   QuizSignals  *s)
{
  g_free (s->exercise);
  s->exercise = g_strdup (exercise);
}

static void
answer_all (DojoQuizView *view,
            gboolean      right)
{
  DojoQuiz *quiz = dojo_quiz_view_get_quiz (view);

  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    {
      const char *id = dojo_quiz_question_get_id (quiz, i);

      if (g_str_equal (id, "stop"))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_quiz_view_get_choice_button (view, i, right ? 0 : 1)), TRUE);
      else if (g_str_equal (id, "loops"))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_quiz_view_get_choice_button (view, i, 0)), TRUE);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_quiz_view_get_choice_button (view, i, 2)), right);
        }
      else if (g_str_equal (id, "out"))
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (dojo_quiz_view_get_output_entry (view, i)),
                                  right ? "2\n1" : "2\n1\n0", -1);
    }
}

static char *
order_of (DojoQuiz *quiz)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    g_string_append_printf (s, "%s ", dojo_quiz_question_get_id (quiz, i));
  return g_string_free (s, FALSE);
}

typedef struct
{
  GdkClipboard *clipboard;
  char         *text;
  gboolean      done;
} ClipboardRead;

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  read->done = TRUE;
}

static gboolean
label_contains (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* A prompt may hold a fenced block (a traceback to read): it shows as code,
 * indentation kept, with no fence or info string left in the text. */
static void
test_quiz_prompt_code (void)
{
  static const char *json =
    "{ \"title\": \"Reading errors\", \"questions\": ["
    "  { \"id\": \"read\", \"type\": \"single\","
    "    \"prompt\": \"What went wrong?\\n\\n```text\\nTraceback (most recent call last):\\n"
    "  File \\\"main.py\\\", line 4\\nTypeError: bad\\n```\\n\\nPick **one**.\","
    "    \"choices\": [\"A string\", \"A typo\"], \"answer\": 0 } ] }";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DojoQuiz) quiz = NULL;
  g_autoptr(GError) error = NULL;
  DojoQuizView *view = DOJO_QUIZ_VIEW (dojo_quiz_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 600, 600);
  GtkWidget *code;

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  quiz = dojo_quiz_new_from_json (json_parser_get_root (parser), "errors", &error);
  g_assert_no_error (error);
  dojo_quiz_start (quiz, "learner-ada", 0);
  dojo_quiz_view_set_quiz (view, quiz);

  code = find_widget (GTK_WIDGET (view), label_starts, "Traceback");
  g_assert_nonnull (code);
  g_assert_true (gtk_widget_has_css_class (code, "quiz-code"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (code)), ==,
                   "Traceback (most recent call last):\n  File \"main.py\", line 4\nTypeError: bad");
  g_assert_true (adds_no_hyphens (code));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "What went wrong?"));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "Pick one."));
  g_assert_null (find_widget (GTK_WIDGET (view), label_contains, "```"));
  g_assert_null (find_widget (GTK_WIDGET (view), label_is, "text"));

  gtk_window_destroy (window);
}

/* A quiz is the teacher's Markdown everywhere it shows: the title, the
 * prompt, each choice and the explanation show `code` as code, never the
 * backticks themselves. */
static void
test_quiz_markdown (void)
{
  static const char *json =
    "{ \"title\": \"Checkpoint: `print` and `input`\", \"questions\": ["
    "  { \"id\": \"gives\", \"type\": \"single\","
    "    \"prompt\": \"What does `input()` give back?\","
    "    \"choices\": [\"Text (`str`)\", \"A whole number (`int`)\"], \"answer\": 0,"
    "    \"explanation\": \"`input()` always gives back a `str`.\" } ] }";
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DojoQuiz) quiz = NULL;
  g_autoptr(GError) error = NULL;
  DojoQuizView *view = DOJO_QUIZ_VIEW (dojo_quiz_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 600, 600);

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  quiz = dojo_quiz_new_from_json (json_parser_get_root (parser), "markdown", &error);
  g_assert_no_error (error);
  dojo_quiz_start (quiz, "learner-ada", 0);
  dojo_quiz_view_set_quiz (view, quiz);

  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "Checkpoint: print and input"));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "Text (str)"));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "A whole number (int)"));
  g_assert_null (find_widget (GTK_WIDGET (view), label_contains, "`"));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (dojo_quiz_view_get_choice_button (view, 0, 1)),
                               TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.submit", NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is,
                                 "Not quite. input() always gives back a str."));
  g_assert_null (find_widget (GTK_WIDGET (view), label_contains, "`"));

  gtk_window_destroy (window);
}

static void
test_quiz_view (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DojoQuiz) quiz = NULL;
  g_autoptr(GError) error = NULL;
  DojoQuizView *view = DOJO_QUIZ_VIEW (dojo_quiz_view_new ());
  GtkWindow *window = dojo_test_show_in_window (GTK_WIDGET (view), 760, 1000);
  QuizSignals s = { 0 };
  g_autofree char *first_order = NULL;
  g_autofree char *second_order = NULL;
  ClipboardRead read = { 0 };
  guint write_position = G_MAXUINT;

  g_assert_true (json_parser_load_from_data (parser, quiz_json, -1, NULL));
  quiz = dojo_quiz_new_from_json (json_parser_get_root (parser), "loops-checkpoint", &error);
  g_assert_no_error (error);
  dojo_quiz_start (quiz, "learner-ada", 0);

  g_signal_connect (view, "finished", G_CALLBACK (on_finished), &s);
  g_signal_connect (view, "go-to-exercise", G_CALLBACK (on_go_to_exercise), &s);
  dojo_quiz_view_set_quiz (view, quiz);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, view, 5000));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_starts,
                                 "Checkpoints ask for every answer right"));
  first_order = order_of (quiz);

  /* Go to Exercise names the exercise of the write-code question. */
  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    if (dojo_quiz_question_get_exercise (quiz, i))
      write_position = i;
  g_assert_cmpuint (write_position, !=, G_MAXUINT);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.go-to-exercise", "s",
                                             "count-down"));
  g_assert_cmpstr (s.exercise, ==, "count-down");
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "Not done yet"));

  /* Wrong answers: not passed, and each question says why. */
  answer_all (view, FALSE);
  save_both_schemes (GTK_WIDGET (window), "quiz-questions");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.submit", NULL));
  g_assert_cmpuint (s.finished, ==, 1);
  g_assert_false (s.passed);
  g_assert_cmpuint (s.score, ==, 0);
  g_assert_true (dojo_quiz_view_get_submitted (view));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_starts, "0 of 4 right"));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_starts, "Not quite."));
  g_assert_true (usable (find_widget (GTK_WIDGET (view), has_action, "quiz.retake")));
  /* Submitting twice counts once. */
  gtk_widget_activate_action (GTK_WIDGET (view), "quiz.submit", NULL);
  g_assert_cmpuint (s.finished, ==, 1);
  save_both_schemes (GTK_WIDGET (window), "quiz-failed");

  /* Try Again: a new order, nothing answered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.retake", NULL));
  g_assert_false (dojo_quiz_view_get_submitted (view));
  g_assert_cmpuint (dojo_quiz_view_get_attempt (view), >=, 1);
  second_order = order_of (quiz);
  g_assert_cmpstr (first_order, !=, second_order);
  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    for (guint c = 0; dojo_quiz_view_get_choice_button (view, i, c); c++)
      g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (dojo_quiz_view_get_choice_button (view, i, c))));

  /* Right answers, and the exercise passed: 100 %, passed. */
  answer_all (view, TRUE);
  dojo_quiz_view_set_exercise_passed (view, "count-down", TRUE);
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_starts, "✓ Done"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.submit", NULL));
  g_assert_cmpuint (s.finished, ==, 2);
  g_assert_true (s.passed);
  g_assert_cmpuint (s.score, ==, 100);
  g_assert_cmpstr (dojo_quiz_view_get_result_text (view), ==, "Passed: 4 of 4 right (100%)");
  save_both_schemes (GTK_WIDGET (window), "quiz-passed");

  /* The tutor prompt goes to the clipboard, and the learner is told. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "quiz.copy-tutor-prompt", NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (view), label_is, "Copied"));
  g_assert_true (gtk_widget_get_visible (find_widget (GTK_WIDGET (view), label_is, "Copied")));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 read_text_cb, &read);
  g_assert_true (dojo_test_wait_for (is_true, &read.done, 5000));
  g_assert_cmpstr (read.text, ==, "Quiz me on while loops.");

  g_free (read.text);
  g_free (s.exercise);
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* The paste guard */

static void
on_refused (DojoPasteGuard *guard,
            const char     *note,
            guint          *refused)
{
  g_assert_cmpstr (note, ==, "Typing the code yourself is how it sticks — give it a go!");
  (*refused)++;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static gboolean
buffer_contains_pasted (gpointer data)
{
  g_autofree char *text = buffer_text (data);

  return strstr (text, "pasted()") != NULL;
}

static void
test_paste_guard (void)
{
  GtkWidget *view = gtk_source_view_new ();
  GtkWindow *window = dojo_test_show_in_window (view, 400, 300);
  g_autoptr(DojoPasteGuard) guard = dojo_paste_guard_new (GTK_TEXT_VIEW (view));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *after = NULL;
  guint refused = 0;

  g_signal_connect (guard, "refused", G_CALLBACK (on_refused), &refused);
  g_assert_true (dojo_paste_guard_get_enabled (guard));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, view, 5000));
  gtk_widget_grab_focus (view);

  gtk_text_buffer_set_text (buffer, "typed = 1\n", -1);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (view), "pasted()\n");

  /* Ctrl+V and the context menu's Paste both come through paste-clipboard. */
  g_signal_emit_by_name (view, "paste-clipboard");
  g_assert_true (gtk_widget_activate_action (view, "clipboard.paste", NULL));
  dojo_test_spin (300);
  after = buffer_text (GTK_TEXT_VIEW (view));
  g_assert_cmpstr (after, ==, "typed = 1\n");
  g_assert_cmpuint (refused, ==, 2);

  /* Turned off (a playground file, or the setting), pasting works. */
  g_object_set (guard, "enabled", FALSE, NULL);
  g_signal_emit_by_name (view, "paste-clipboard");
  g_assert_true (dojo_test_wait_for (buffer_contains_pasted, view, 5000));
  g_assert_cmpuint (refused, ==, 2);

  g_clear_object (&guard);
  destroy_window (window);
}

/* ------------------------------------------------------------------------ */
/* Live guidance */

static void
on_diagnostics_changed (DojoLiveGuidance *guidance,
                        guint            *changes)
{
  (*changes)++;
}

typedef struct
{
  guint *changes;
  guint  want;
} Changes;

static gboolean
changes_reached (gpointer data)
{
  Changes *c = data;

  return *c->changes >= c->want;
}

static gboolean
underlined_at (GtkTextBuffer *buffer,
               int            line,
               int            offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                               "dojo-guidance");
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);
  return gtk_text_iter_has_tag (&iter, tag);
}

static void
test_live_guidance (void)
{
  GtkWidget *view = gtk_source_view_new ();
  GtkWindow *window = dojo_test_show_in_window (view, 500, 300);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(DojoLiveGuidance) guidance = dojo_live_guidance_new (GTK_SOURCE_VIEW (view));
  g_autoptr(GPtrArray) gated = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_gated_construct_free);
  const DojoDiagnostic *diag;
  guint changes = 0;
  Changes c = { &changes, 1 };
  GtkTextIter iter;

  g_signal_connect (guidance, "diagnostics-changed", G_CALLBACK (on_diagnostics_changed), &changes);
  g_ptr_array_add (gated, dojo_gated_construct_new ("for", "Loops with for"));
  dojo_live_guidance_set_gated (guidance, gated);
  dojo_live_guidance_set_type_hints (guidance, TRUE);

  /* Typing: one run, once typing pauses. */
  gtk_text_buffer_set_text (buffer, "n = 3\n", -1);
  gtk_text_buffer_set_text (buffer, "n = 3\n    for i in range(n):\n", -1);
  gtk_text_buffer_set_text (buffer,
                            "n = 3\n"
                            "for i in range(n):\n"
                            "    print(i)\n"
                            "def twice(x):\n"
                            "    return 2 * x\n", -1);
  g_assert_true (dojo_live_guidance_get_busy (guidance));
  g_assert_true (dojo_test_wait_for (changes_reached, &c, 10000));
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (dojo_live_guidance_get_n_diagnostics (guidance), ==, 2);

  /* `for` before its lesson, on line 2, underlined from the keyword. */
  diag = dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_GATED);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 2);
  g_assert_cmpuint (diag->col, ==, 0);
  g_assert_cmpuint (diag->end_col, ==, 3);
  g_assert_cmpstr (diag->message, ==,
                   "`for` loops come in “Loops with for”. Solve this one with a `while` "
                   "loop instead.");
  g_assert_true (underlined_at (buffer, 1, 1));
  g_assert_false (underlined_at (buffer, 0, 1));
  g_assert_false (underlined_at (buffer, 2, 6));
  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, 1, 2);
  g_assert_true (dojo_live_guidance_get_diagnostic_at (guidance, &iter) == diag);

  /* An unannotated def on line 4. */
  diag = dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_TYPE_HINTS);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 4);
  g_assert_cmpstr (diag->message, ==,
                   "Function `twice` needs type hints on x and on what it returns (-> …).");
  g_assert_true (underlined_at (buffer, 3, 5));

  /* Fixed: the underlines go. */
  c.want = 2;
  gtk_text_buffer_set_text (buffer,
                            "n = 3\n"
                            "while n > 0:\n"
                            "    n -= 1\n"
                            "def twice(x: int) -> int:\n"
                            "    return 2 * x\n", -1);
  g_assert_true (dojo_test_wait_for (changes_reached, &c, 10000));
  g_assert_cmpuint (dojo_live_guidance_get_n_diagnostics (guidance), ==, 0);
  g_assert_false (underlined_at (buffer, 1, 1));
  g_assert_false (underlined_at (buffer, 3, 5));

  /* A syntax error is underlined too. */
  c.want = 3;
  gtk_text_buffer_set_text (buffer, "n = 3\nwhile n > 0\n    n -= 1\n", -1);
  g_assert_true (dojo_test_wait_for (changes_reached, &c, 10000));
  diag = dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_SYNTAX);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 2);
  g_assert_true (g_str_has_prefix (diag->message, "Python cannot read this yet: "));
  g_assert_true (underlined_at (buffer, 1, 2));

  /* Turned off: nothing underlined. */
  dojo_live_guidance_set_enabled (guidance, FALSE);
  g_assert_cmpuint (dojo_live_guidance_get_n_diagnostics (guidance), ==, 0);
  g_assert_false (underlined_at (buffer, 1, 2));

  g_clear_object (&guidance);
  destroy_window (window);
}

static void
test_live_guidance_exercise_rules (void)
{
  GtkWidget *view = gtk_source_view_new ();
  GtkWindow *window = dojo_test_show_in_window (view, 500, 300);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(DojoLiveGuidance) guidance = dojo_live_guidance_new (GTK_SOURCE_VIEW (view));
  g_autoptr(JsonParser) parser = json_parser_new ();
  const DojoDiagnostic *diag;
  guint changes = 0;
  Changes c = { &changes, 1 };

  g_signal_connect (guidance, "diagnostics-changed", G_CALLBACK (on_diagnostics_changed), &changes);
  g_assert_true (json_parser_load_from_data (parser, exercise_json, -1, NULL));
  dojo_live_guidance_set_exercise (guidance, json_node_get_object (json_parser_get_root (parser)));

  gtk_text_buffer_set_text (buffer, "name = 'Ada'\nfor c in name:\n    print(c)\n", -1);
  g_assert_true (dojo_test_wait_for (changes_reached, &c, 10000));

  /* The exercise's own message for its forbid rule, at the for. */
  diag = dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_FORBID);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 2);
  g_assert_cmpstr (diag->message, ==, "Solve it without a loop.");
  /* A required call that is missing has no place to underline. */
  diag = dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_REQUIRE);
  g_assert_nonnull (diag);
  g_assert_cmpuint (diag->line, ==, 0);
  g_assert_cmpstr (diag->message, ==, "This exercise asks you to use `call:input`.");

  g_clear_object (&guidance);
  destroy_window (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GtkCssProvider) css = NULL;

  dojo_test_widget_init (&argc, &argv);

  /* The app's styles, as AdwApplication would load them. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/check-ui/panel/verdict", test_panel_verdict);
  g_test_add_func ("/check-ui/panel/timeout", test_panel_timeout);
  g_test_add_func ("/check-ui/panel/hidden-case", test_panel_hidden);
  g_test_add_func ("/check-ui/panel/hints-solution", test_panel_hints_solution);
  g_test_add_func ("/check-ui/quiz-view", test_quiz_view);
  g_test_add_func ("/check-ui/quiz-prompt-code", test_quiz_prompt_code);
  g_test_add_func ("/check-ui/quiz-markdown", test_quiz_markdown);
  g_test_add_func ("/check-ui/paste-guard", test_paste_guard);
  g_test_add_func ("/check-ui/live-guidance/gated-and-hints", test_live_guidance);
  g_test_add_func ("/check-ui/live-guidance/exercise-rules", test_live_guidance_exercise_rules);

  return g_test_run ();
}
