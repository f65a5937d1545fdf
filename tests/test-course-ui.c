/* test-course-ui.c: the course outline, opening items, and progress kept
 * across restarts
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-check-panel.h"
#include "dojo-course-view.h"
#include "dojo-editor.h"
#include "dojo-lesson-view.h"
#include "dojo-archive.h"
#include "dojo-install-dialog.h"
#include "dojo-library-dialog.h"
#include "dojo-library.h"
#include "dojo-commit-info.h"
#include "dojo-project.h"
#include "dojo-repo.h"
#include "dojo-terminal.h"
#include "dojo-window.h"
#include "dojo-test-widget.h"
#include "pack-fixture.h"

#define PACK_ID "io.example.test-pack"

static DojoWindow *
new_window (DojoCourse *course)
{
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));
  g_autoptr(GError) error = NULL;
  DojoPackItem *item;

  dojo_window_set_course (window, course);
  item = dojo_course_get_resume_item (course);
  g_assert_true (dojo_window_open_item (window, dojo_pack_item_get_id (item), &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  /* As a learner sees it before they press anything. Asked to reveal the
   * outline before the window's first frame, libadwaita 1.2's AdwFlap now
   * and then gives its content a width of INT_MIN (GTK warns; it is what
   * its (int) round() of the reveal progress gives for a value that is not
   * a number): about one run in five failed so, the baseline too. */
  g_assert_true (dojo_test_wait_for_paint (GTK_WIDGET (window), 10000));

  return window;
}

static void
close_window (DojoWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static char *
lesson_text (DojoWindow *window)
{
  GtkTextBuffer *buffer = dojo_lesson_view_get_buffer (dojo_window_get_lesson_view (window));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GPtrArray *
outline_rows (DojoWindow *window)
{
  GtkWidget *view = GTK_WIDGET (dojo_window_get_course_view (window));
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *list = NULL;
  GtkWidget *child;

  /* The outline fills in the first time it is shown, as F9 shows it. */
  if (!gtk_widget_get_mapped (view))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-outline", NULL));
  while (!gtk_widget_get_mapped (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gtk_widget_get_mapped (view));

  /* The outline's list is the one GtkListBox in the course view. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (dojo_window_get_course_view (window)));
       child != NULL && list == NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_SCROLLED_WINDOW (child))
      list = gtk_widget_get_first_child (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (child)));

  g_assert_true (GTK_IS_LIST_BOX (list));

  for (child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (rows, child);

  return rows;
}

static GtkListBoxRow *
row_for_item (DojoWindow *window,
              const char *item_id)
{
  g_autoptr(GPtrArray) rows = outline_rows (window);

  for (guint i = 0; i < rows->len; i++)
    {
      DojoPackItem *item = g_object_get_data (rows->pdata[i], "dojo-item");

      if (item != NULL && g_str_equal (dojo_pack_item_get_id (item), item_id))
        return rows->pdata[i];
    }

  return NULL;
}

static void
test_outline_lists_course (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  g_autoptr(GPtrArray) rows = outline_rows (window);
  g_autofree char *text = lesson_text (window);
  guint phases = 0;
  guint items = 0;

  /* Three phase headings and their eight items, in course order. */
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_object_get_data (rows->pdata[i], "dojo-item") != NULL)
        items++;
      else
        phases++;
    }
  g_assert_cmpuint (phases, ==, 3);
  g_assert_cmpuint (items, ==, 8);
  g_assert_true (g_object_get_data (rows->pdata[1], "dojo-item") ==
                 dojo_pack_lookup_item (dojo_course_get_pack (course), "hello"));

  /* A new learner starts on the first lesson, which is open. */
  g_assert_nonnull (strstr (text, "Python prints with print"));
  g_assert_true (gtk_list_box_row_is_selected (row_for_item (window, "hello")));

  close_window (window);
}

static void
test_open_item_and_restart (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  g_autoptr(DojoCourse) again = NULL;
  DojoWindow *window = new_window (course);
  g_autofree char *text = NULL;
  g_autofree char *code = NULL;
  g_autoptr(DojoProgress) on_disk = dojo_progress_new ();
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;

  /* The learner picks "Loops with while" in the outline. */
  row = row_for_item (window, "while-loops");
  g_assert_nonnull (row);
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (row)), "row-activated", row);

  text = lesson_text (window);
  g_assert_nonnull (strstr (text, "Repeat while a condition holds."));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "while-loops");
  g_assert_true (gtk_list_box_row_is_selected (row));

  /* Its own project folder is open; the learner types there. */
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_project_get_directory (dojo_window_get_project (window))),
                                   "/projects/" PACK_ID "/while-loops"));
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            "n = 3\nwhile n > 0:\n    n -= 1\n", -1);

  /* Dojo quits: the window closes (saving the code), the course goes. */
  close_window (window);
  g_clear_object (&course);

  g_assert_true (dojo_progress_load (on_disk, NULL, &error));
  g_assert_cmpstr (dojo_progress_get_last_item (on_disk, PACK_ID), ==, "while-loops");
  g_assert_cmpint (dojo_progress_get_status (on_disk, PACK_ID, "hello"), ==, DOJO_PROGRESS_SEEN);
  g_assert_cmpint (dojo_progress_get_status (on_disk, PACK_ID, "while-loops"), ==,
                   DOJO_PROGRESS_SEEN);
  g_assert_cmpint (dojo_progress_get_status (on_disk, PACK_ID, "greet"), ==, DOJO_PROGRESS_NONE);

  /* Dojo starts again: it continues where the learner left off, with
   * their code, and the outline shows what is done. */
  again = fixture_load_course (root);
  window = new_window (again);
  g_clear_pointer (&text, g_free);
  text = lesson_text (window);
  g_assert_nonnull (strstr (text, "Repeat while a condition holds."));
  code = dojo_editor_dup_text (dojo_window_get_editor (window));
  g_assert_cmpstr (code, ==, "n = 3\nwhile n > 0:\n    n -= 1\n");
  g_assert_cmpuint (dojo_course_count_done (again), ==, 2);
  g_assert_cmpfloat (gtk_widget_get_opacity (g_object_get_data (G_OBJECT (row_for_item (window, "hello")),
                                                                "dojo-done-icon")), ==, 1.0);
  g_assert_cmpfloat (gtk_widget_get_opacity (g_object_get_data (G_OBJECT (row_for_item (window, "greet")),
                                                                "dojo-done-icon")), ==, 0.0);

  close_window (window);
}

static void
test_unknown_item_refused (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  g_autoptr(GError) error = NULL;

  g_assert_false (dojo_window_open_item (window, "no-such-item", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The item that was open stays open. */
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");

  close_window (window);
}

static void
check_and_wait (DojoWindow     *window,
                DojoCheckPanel *panel)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check", NULL));
  /* Saving comes first, then the check runs in a child process. */
  while ((dojo_check_panel_get_checking (panel) || dojo_check_panel_get_verdict (panel) == NULL) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (dojo_check_panel_get_checking (panel));
  g_assert_nonnull (dojo_check_panel_get_verdict (panel));
}

static void
test_check_an_exercise (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = NULL;
  DojoCheckPanel *panel;
  DojoPackItem *greet;
  g_autoptr(GError) error = NULL;
  g_autofree char *instructions = NULL;
  g_autofree char *code = NULL;
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;
  gint64 deadline;
  DojoWindow *window;

  /* The fixture's test file has no tests; this one has. */
  fixture_write (root, "exercises/greet/tests/test_greet.py",
                 "import pathlib\nimport unittest\n\n"
                 "class TestGreet (unittest.TestCase):\n"
                 "    def test_asks_for_the_name (self):\n"
                 "        self.assertIn ('input(', pathlib.Path ('main.py').read_text ())\n");
  course = fixture_load_course (root);
  window = new_window (course);
  greet = dojo_pack_lookup_item (dojo_course_get_pack (course), "greet");

  /* A lesson has nothing to check: Check does nothing, and no check panel
   * is even made. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.check", NULL);
  dojo_test_spin (100);
  g_assert_null (dojo_test_find_widget_of_type (GTK_WIDGET (window), DOJO_TYPE_CHECK_PANEL));

  /* The exercise: instructions on the left, the starter in the editor. */
  g_assert_true (dojo_window_open_item (window, "greet", &error));
  g_assert_no_error (error);
  instructions = lesson_text (window);
  g_assert_nonnull (strstr (instructions, "Ask for a name, then greet."));
  code = dojo_editor_dup_text (dojo_window_get_editor (window));
  g_assert_cmpstr (code, ==, "# Greet the learner\n");
  panel = DOJO_CHECK_PANEL (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                           DOJO_TYPE_CHECK_PANEL));
  g_assert_nonnull (panel);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (panel)));

  /* The starter does not pass. */
  check_and_wait (window, panel);
  g_assert_false (dojo_verdict_get_passed (dojo_check_panel_get_verdict (panel)));
  g_assert_false (dojo_course_is_done (course, greet));
  g_assert_cmpuint (dojo_progress_get_attempts (dojo_course_get_progress (course), PACK_ID, "greet"),
                    ==, 1);

  /* The learner's program passes, and the course knows. */
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            "name = input()\nprint(f'Hello, {name}!')\n", -1);
  check_and_wait (window, panel);
  g_assert_true (dojo_verdict_get_passed (dojo_check_panel_get_verdict (panel)));
  g_assert_true (dojo_course_is_done (course, greet));
  g_assert_cmpuint (dojo_progress_get_attempts (dojo_course_get_progress (course), PACK_ID, "greet"),
                    ==, 2);

  /* Dojo never commits on its own... */
  repo = dojo_repo_open (dojo_project_get_directory (dojo_window_get_project (window)), &error);
  g_assert_no_error (error);
  log = dojo_repo_log (repo, 0, 0, NULL);
  g_assert_true (log == NULL || log->len == 0);
  g_clear_pointer (&log, g_ptr_array_unref);

  /* ...unless the learner asks for checkpoints: then a pass is committed. */
  g_assert_true (dojo_repo_set_global_identity ("Ada Lovelace", "ada@example.org", &error));
  g_settings_set_boolean (settings, "auto-checkpoint", TRUE);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            "name = input()\nprint(f'Hello, {name}!')  # mine\n", -1);
  check_and_wait (window, panel);
  g_assert_true (dojo_verdict_get_passed (dojo_check_panel_get_verdict (panel)));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((log == NULL || log->len == 0) && g_get_monotonic_time () < deadline)
    {
      g_clear_pointer (&log, g_ptr_array_unref);
      g_main_context_iteration (NULL, FALSE);
      log = dojo_repo_log (repo, 0, 0, NULL);
    }
  g_assert_nonnull (log);
  g_assert_cmpuint (log->len, ==, 1);
  g_assert_cmpstr (((DojoCommitInfo *)log->pdata[0])->summary, ==, "Checkpoint: “Greet” passes");
  g_settings_set_boolean (settings, "auto-checkpoint", FALSE);

  close_window (window);
}

static gboolean
try_paste (DojoWindow *window,
           const char *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (dojo_editor_get_view (dojo_window_get_editor (window)));
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (view));
  gint64 deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  g_autofree char *code = NULL;

  gdk_clipboard_set_text (clipboard, text);
  g_signal_emit_by_name (view, "paste-clipboard");

  /* Pasting is asynchronous: give it a moment either way. */
  while (g_get_monotonic_time () < deadline)
    {
      g_clear_pointer (&code, g_free);
      code = dojo_editor_dup_text (dojo_window_get_editor (window));
      if (strstr (code, text) != NULL)
        return TRUE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }

  return FALSE;
}

static void
test_quiz_and_guards (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  g_autoptr(GError) error = NULL;
  GtkWidget *quiz_view;
  GtkStack *stack;

  quiz_view = dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                             g_type_from_name ("DojoQuizView"));
  g_assert_nonnull (quiz_view);
  stack = GTK_STACK (gtk_widget_get_parent (quiz_view));
  g_assert_true (GTK_IS_STACK (stack));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "lesson");

  /* A checkpoint quiz takes the left pane; there is nothing to Check. */
  g_assert_true (dojo_window_open_item (window, "basics-quiz", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "quiz");
  g_assert_true (gtk_widget_get_mapped (quiz_view) || !gtk_widget_get_mapped (GTK_WIDGET (window)));

  /* Back to a lesson: the lesson pane returns. */
  g_assert_true (dojo_window_open_item (window, "while-loops", &error));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "lesson");

  /* Type it yourself: pasting works in a lesson's scratch file... */
  g_assert_true (try_paste (window, "print('from the clipboard')"));

  /* ...and is refused in an exercise. */
  g_assert_true (dojo_window_open_item (window, "greet", &error));
  g_assert_false (try_paste (window, "print('copied answer')"));

  close_window (window);
}

static gboolean
is_label_starting (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_LABEL (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), data);
}

static gboolean
quiz_return_shown (DojoWindow *window)
{
  GtkWidget *label = dojo_test_find_widget (GTK_WIDGET (window), is_label_starting,
                                            (gpointer)"A task of “Quiz”");
  GtkWidget *revealer = label;

  while (revealer != NULL && !GTK_IS_REVEALER (revealer))
    revealer = gtk_widget_get_parent (revealer);

  return revealer != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* A quiz's write-code question opens its task; Previous would go to the
 * item before the task, so a bar on the task leads back to the quiz, and
 * shows nowhere else. */
static void
test_quiz_task_and_back (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  g_autoptr(GError) error = NULL;
  GtkWidget *quiz_view = dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                        g_type_from_name ("DojoQuizView"));
  GtkStack *stack = GTK_STACK (gtk_widget_get_parent (quiz_view));

  g_assert_true (dojo_window_open_item (window, "basics-quiz", &error));
  g_assert_false (quiz_return_shown (window));

  g_assert_true (gtk_widget_activate_action (quiz_view, "quiz.go-to-exercise", "s", "greet"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "lesson");
  g_assert_true (quiz_return_shown (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back-to-quiz", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "quiz");
  g_assert_false (quiz_return_shown (window));

  /* Elsewhere in the course: no bar, and the action does nothing. */
  g_assert_true (gtk_widget_activate_action (quiz_view, "quiz.go-to-exercise", "s", "greet"));
  g_assert_true (dojo_window_open_item (window, "while-loops", &error));
  g_assert_false (quiz_return_shown (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back-to-quiz", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "lesson");

  close_window (window);
}

static void
count_exits (DojoTerminal *terminal,
             int           status,
             guint        *exits)
{
  (*exits)++;
}

static void
test_next_previous_and_output (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  DojoTerminal *terminal = dojo_window_get_terminal (window);
  g_autofree char *output = NULL;
  guint exits = 0;
  gint64 deadline;

  /* The first item has nothing before it. */
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-item", NULL) &&
                  !g_str_equal (dojo_pack_item_get_id (dojo_window_get_item (window)), "hello"));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");

  /* A program still runs when the learner moves on, with more output on
   * its way than the page has shown yet... */
  g_signal_connect (terminal, "program-exited", G_CALLBACK (count_exits), &exits);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            "import time\nprint('from hello\\n' * 50000, flush=True)\ntime.sleep(60)\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_autofree char *shown = NULL;

      g_main_context_iteration (NULL, TRUE);
      shown = dojo_terminal_dup_text (terminal, DOJO_TERMINAL_MODE_RUN);
      if (strstr (shown, "from hello") != NULL)
        break;
    }
  g_assert_true (dojo_terminal_get_running (terminal));

  /* ...Next opens the next item, ends that program and clears its output. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-item", NULL));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "greet");
  g_assert_false (dojo_terminal_get_running (terminal));
  /* What it wrote and the page had not shown yet never arrives. */
  deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  output = dojo_terminal_dup_text (terminal, DOJO_TERMINAL_MODE_RUN);
  g_assert_null (strstr (output, "from hello"));
  g_assert_nonnull (strstr (output, "Press Run"));
  g_assert_cmpuint (exits, ==, 0);
  g_clear_pointer (&output, g_free);

  /* The next run shows its own output and its end. */
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            "print('from greet')\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (exits == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (exits, ==, 1);
  output = dojo_terminal_dup_text (terminal, DOJO_TERMINAL_MODE_RUN);
  g_assert_nonnull (strstr (output, "from greet"));
  g_assert_null (strstr (output, "from hello"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-item", NULL));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");

  /* The last item has nothing after it. */
  g_assert_true (dojo_window_open_item (window, "def-intro", NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-item", NULL);
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "def-intro");

  close_window (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
wait_for_state (DojoInstallDialog *dialog,
                const char        *state)
{
  gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;

  while (g_strcmp0 (dojo_install_dialog_get_state (dialog), state) != 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (dojo_install_dialog_get_state (dialog), ==, state);
}

static void
test_install_from_a_file (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *gift = fixture_make_pack (NULL);
  g_autofree char *manifest = fixture_replace (fixture_manifest, "\"id\": \"io.example.test-pack\"",
                                               "\"id\": \"org.example.gift\"");
  g_autofree char *archive_path = g_build_filename (g_get_user_cache_dir (), "gift.dojopack", NULL);
  g_autofree char *junk_path = g_build_filename (g_get_user_cache_dir (), "junk.dojopack", NULL);
  g_autoptr(GFile) gift_dir = g_file_new_for_path (gift);
  g_autoptr(GFile) archive = g_file_new_for_path (archive_path);
  g_autoptr(GFile) junk = g_file_new_for_path (junk_path);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  g_autoptr(GError) error = NULL;
  DojoWindow *window = new_window (course);
  DojoInstallDialog *dialog;
  gint64 deadline;

  /* A teacher's course file. */
  fixture_write (gift, "manifest.json", manifest);
  g_assert_true (dojo_archive_write (gift_dir, archive, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Opened from the file manager: what it holds is shown first. */
  dojo_window_install (window, archive);
  dialog = DOJO_INSTALL_DIALOG (find_toplevel (DOJO_TYPE_INSTALL_DIALOG));
  g_assert_nonnull (dialog);
  wait_for_state (dialog, "preview");

  /* Install: the course is installed and opened. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "install.install", NULL));
  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (g_strcmp0 (dojo_pack_get_id (dojo_course_get_pack (dojo_window_get_course (window))),
                    "org.example.gift") != 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (dojo_pack_get_id (dojo_course_get_pack (dojo_window_get_course (window))), ==,
                   "org.example.gift");
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_pack_get_directory (dojo_course_get_pack (dojo_window_get_course (window)))),
                                   "/packs/org.example.gift"));

  /* Something that is not a course is refused, in words. */
  g_assert_true (g_file_set_contents (junk_path, "\x89PNG\r\n\x1a\n not a course", -1, NULL));
  dojo_window_install (window, junk);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while ((dialog = DOJO_INSTALL_DIALOG (find_toplevel (DOJO_TYPE_INSTALL_DIALOG))) == NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  wait_for_state (dialog, "error");
  g_assert_nonnull (strstr (dojo_install_dialog_get_error (dialog), "not a Dojo course"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "install.install", NULL) &&
                  g_strcmp0 (dojo_install_dialog_get_state (dialog), "error") != 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

static GtkWindow *
find_library_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (DOJO_IS_LIBRARY_DIALOG (window))
        return window;
    }

  return NULL;
}

static gboolean
library_dialog_shown (gpointer data)
{
  return find_library_dialog () != NULL;
}

static void
test_library_switches_course (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autofree char *other = fixture_make_pack (NULL);
  g_autoptr(GFile) installed = dojo_library_get_installed_dir ();
  g_autoptr(GFile) target = g_file_get_child (installed, "org.example.other-course");
  g_autofree char *manifest = fixture_replace (fixture_manifest, "\"id\": \"io.example.test-pack\"",
                                               "\"id\": \"org.example.other-course\"");
  g_autofree char *titled = fixture_replace (manifest, "\"title\": \"Test pack\"",
                                             "\"title\": \"Other course\"");
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  DojoLibraryDialog *dialog;
  GtkWidget *list = NULL;
  GtkWidget *row = NULL;
  gint64 deadline;

  /* An installed course, as an install would leave it. */
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (installed), 0755), ==, 0);
  g_assert_cmpint (g_rename (other, g_file_peek_path (target)), ==, 0);
  fixture_write (g_file_peek_path (target), "manifest.json", titled);

  /* It opens once every open file is saved: it exports the learner's work. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_true (dojo_test_wait_for (library_dialog_shown, NULL, 5000));
  dialog = DOJO_LIBRARY_DIALOG (find_library_dialog ());

  /* The courses are read in a thread; the dialog fills in when done. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (dojo_library_dialog_get_n_courses (dialog) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (dojo_library_dialog_get_n_courses (dialog), >=, 1);

  /* Pick "Other course" from the list. */
  for (GtkWidget *w = GTK_WIDGET (dialog); w != NULL && list == NULL;)
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_LIST_BOX (w) && gtk_widget_has_css_class (w, "boxed-list"))
        list = w;
      while (next == NULL && w != NULL)
        {
          next = gtk_widget_get_next_sibling (w);
          w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  g_assert_nonnull (list);
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "dojo-pack-id"), "org.example.other-course") == 0)
      row = child;
  g_assert_nonnull (row);
  g_signal_emit_by_name (list, "row-activated", row);

  /* The window now shows the other course, from its start. */
  g_assert_cmpstr (dojo_pack_get_id (dojo_course_get_pack (dojo_window_get_course (window))), ==,
                   "org.example.other-course");
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_project_get_directory (dojo_window_get_project (window))),
                                   "/projects/org.example.other-course/hello"));

  close_window (window);
}

static gboolean
is_next_button (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.next-item") == 0;
}

/* An item's title is the teacher's Markdown: the window's title and the
 * Next button's tooltip show its words, not its backticks. */
static void
test_titles_markdown (void)
{
  g_autofree char *manifest = fixture_replace (fixture_manifest, "\"title\": \"Greet\"",
                                               "\"title\": \"Greet with `print`\"");
  g_autofree char *root = fixture_make_pack (manifest);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = new_window (course);
  g_autoptr(GError) error = NULL;
  GtkWidget *next = dojo_test_find_widget (GTK_WIDGET (window), is_next_button, NULL);
  GtkWidget *title = NULL;

  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "hello");
  g_assert_nonnull (next);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (next), ==,
                   "Next: Greet with print (Alt+Page Down)");

  g_assert_true (dojo_window_open_item (window, "greet", &error));
  g_assert_no_error (error);
  title = dojo_test_find_widget_of_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE);
  g_assert_nonnull (title);
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (title)), ==, "Greet with print");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/course-ui/outline-lists-course", test_outline_lists_course);
  g_test_add_func ("/course-ui/open-item-and-restart", test_open_item_and_restart);
  g_test_add_func ("/course-ui/unknown-item-refused", test_unknown_item_refused);
  g_test_add_func ("/course-ui/library-switches-course", test_library_switches_course);
  g_test_add_func ("/course-ui/check-an-exercise", test_check_an_exercise);
  g_test_add_func ("/course-ui/quiz-and-guards", test_quiz_and_guards);
  g_test_add_func ("/course-ui/quiz-task-and-back", test_quiz_task_and_back);
  g_test_add_func ("/course-ui/next-previous-and-output", test_next_previous_and_output);
  g_test_add_func ("/course-ui/install-from-a-file", test_install_from_a_file);
  g_test_add_func ("/course-ui/titles-markdown", test_titles_markdown);

  return g_test_run ();
}
