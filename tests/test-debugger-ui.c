/* test-debugger-ui.c: Debug in the window, as a learner uses it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case types a program into the editor, presses Debug and steps with
 * the window's own actions; the program runs in the real sandbox, in the
 * Output terminal, and what the learner sees (the editor's marked line,
 * the panel's stop) is compared with what the program must be doing.
 */

#include "config.h"

#include <string.h>

#include "dojo-check-panel.h"
#include "dojo-debug-marks.h"
#include "dojo-editor.h"
#include "dojo-project.h"
#include "dojo-terminal-private.h"
#include "dojo-window-private.h"
#include "dojo-test-widget.h"
#include "pack-fixture.h"

#define STOP_TIMEOUT_MS 30000

static DojoWindow *
open_exercise (const char *root)
{
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));
  g_autoptr(GError) error = NULL;

  dojo_window_set_course (window, course);
  g_assert_true (dojo_window_open_item (window, "greet", &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
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

static void
set_code (DojoWindow *window,
          const char *code)
{
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (dojo_window_get_editor (window))),
                            code, -1);
}

static gboolean
stopped (gpointer data)
{
  DojoWindow *window = data;

  return window->debug_run != NULL && window->debug_event != NULL && !window->debug_moving;
}

static gboolean
run_over (gpointer data)
{
  DojoWindow *window = data;

  return window->debug_run == NULL;
}

/* Waits for the next stop and returns its event. */
static JsonObject *
wait_stop (DojoWindow *window)
{
  if (!dojo_test_wait_for (stopped, window, STOP_TIMEOUT_MS))
    {
      g_autofree char *text = dojo_terminal_dup_text (dojo_window_get_terminal (window),
                                                      DOJO_TERMINAL_MODE_RUN);

      g_error ("The debugger did not stop. The Output page says:\n%s", text);
    }
  return window->debug_event;
}

static JsonObject *
act (DojoWindow *window,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  return wait_stop (window);
}

static JsonObject *
state_of (JsonObject *event)
{
  return json_object_get_object_member (event, "state");
}

static int
line_of (JsonObject *event)
{
  return (int)json_object_get_int_member (state_of (event), "line");
}

static JsonArray *
frames_of (JsonObject *event)
{
  return json_object_get_array_member (state_of (event), "frames");
}

/* The value text of @name in the current (last) frame, or NULL. */
static const char *
value_of (JsonObject *event,
          const char *name)
{
  JsonArray *frames = frames_of (event);
  JsonObject *frame = json_array_get_object_element (frames, json_array_get_length (frames) - 1);
  JsonArray *locals = json_object_get_array_member (frame, "locals");

  for (guint i = 0; i < json_array_get_length (locals); i++)
    {
      JsonObject *var = json_array_get_object_element (locals, i);

      if (g_str_equal (json_object_get_string_member (var, "name"), name))
        return json_object_get_string_member (var, "value");
    }
  return NULL;
}

/* The line the editor in view marks as the debugger's, or 0. */
static int
marked_line (DojoWindow *window)
{
  GtkSourceBuffer *buffer = dojo_editor_get_buffer (dojo_window_get_editor (window));
  GtkTextIter iter;
  const char *categories[] = { DOJO_DEBUG_MARK_LINE, DOJO_DEBUG_MARK_LINE "-exception" };

  for (guint c = 0; c < G_N_ELEMENTS (categories); c++)
    {
      gtk_text_buffer_get_start_iter (GTK_TEXT_BUFFER (buffer), &iter);
      do
        {
          GSList *marks = gtk_source_buffer_get_source_marks_at_iter (buffer, &iter, categories[c]);

          if (marks != NULL)
            {
              g_slist_free (marks);
              return gtk_text_iter_get_line (&iter) + 1;
            }
        }
      while (gtk_source_buffer_forward_iter_to_source_mark (buffer, &iter, categories[c]));
    }
  return 0;
}

static void
finish (DojoWindow *window)
{
  if (window->debug_run != NULL)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-stop", NULL));
  g_assert_true (dojo_test_wait_for (run_over, window, STOP_TIMEOUT_MS));
}

static const char while_program[] =
  "count = 0\n"              /* 1 */
  "while count < 3:\n"       /* 2 */
  "    count = count + 1\n"  /* 3 */
  "print('done', count)\n";  /* 4 */

static void
test_while_loop_and_step_back (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  /* Each stop: the line that runs next and count's value before it. */
  static const struct { int line; const char *count; } expected[] = {
    { 2, "0" }, { 3, "0" }, { 2, "1" }, { 3, "1" }, { 2, "2" }, { 3, "2" }, { 2, "3" }, { 4, "3" },
  };
  JsonObject *event;
  g_autofree char *output = NULL;

  set_code (window, while_program);
  event = act (window, "win.debug");
  g_assert_cmpstr (json_object_get_string_member (event, "reason"), ==, "start");
  g_assert_cmpint (line_of (event), ==, 1);
  g_assert_cmpint (marked_line (window), ==, 1);
  g_assert_null (value_of (event, "count"));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      event = act (window, "win.debug-step-over");
      g_test_message ("step %u: line %d, count %s", i, line_of (event), value_of (event, "count"));
      g_assert_cmpint (line_of (event), ==, expected[i].line);
      g_assert_cmpstr (value_of (event, "count"), ==, expected[i].count);
      g_assert_cmpint (marked_line (window), ==, expected[i].line);
    }

  /* Back through the steps taken: the earlier values come back, and the
   * program has not moved. */
  event = act (window, "win.debug-back");
  g_assert_false (json_object_get_boolean_member (event, "live"));
  g_assert_cmpint (line_of (event), ==, 2);
  g_assert_cmpstr (value_of (event, "count"), ==, "3");
  event = act (window, "win.debug-back");
  g_assert_cmpint (line_of (event), ==, 3);
  g_assert_cmpstr (value_of (event, "count"), ==, "2");
  g_assert_cmpint (marked_line (window), ==, 3);
  event = act (window, "win.debug-forward");
  g_assert_false (json_object_get_boolean_member (event, "live"));
  event = act (window, "win.debug-forward");
  g_assert_true (json_object_get_boolean_member (event, "live"));
  g_assert_cmpint (line_of (event), ==, 4);

  /* The program goes on from where it was, not from the step looked at. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-continue", NULL));
  g_assert_true (dojo_test_wait_for (run_over, window, STOP_TIMEOUT_MS));
  output = dojo_terminal_dup_text (dojo_window_get_terminal (window), DOJO_TERMINAL_MODE_RUN);
  g_assert_nonnull (strstr (output, "done 3"));
  g_assert_cmpint (marked_line (window), ==, 0);

  close_window (window);
}

static const char fact_program[] =
  "def fact(n: int) -> int:\n"     /* 1 */
  "    if n <= 1:\n"               /* 2 */
  "        return 1\n"             /* 3 */
  "    return n * fact(n - 1)\n"   /* 4 */
  "\n"                             /* 5 */
  "print(fact(4))\n";              /* 6 */

static guint
count_fact_frames (JsonObject *event)
{
  JsonArray *frames = frames_of (event);
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (frames); i++)
    if (g_str_equal (json_object_get_string_member (json_array_get_object_element (frames, i),
                                                    "function"), "fact"))
      n++;
  return n;
}

static void
test_breakpoint_and_recursion (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  DojoEditor *editor;
  JsonObject *event;

  set_code (window, fact_program);
  editor = dojo_window_get_editor (window);
  g_assert_true (dojo_debug_marks_toggle (dojo_editor_get_view (editor), 3));

  event = act (window, "win.debug");
  g_assert_cmpint (line_of (event), ==, 1);

  /* Continue runs to the breakpoint: the deepest call, fact(1). */
  event = act (window, "win.debug-continue");
  g_assert_cmpstr (json_object_get_string_member (event, "reason"), ==, "breakpoint");
  g_assert_cmpint (line_of (event), ==, 3);
  g_assert_cmpstr (value_of (event, "n"), ==, "1");
  g_assert_cmpuint (count_fact_frames (event), ==, 4);

  /* Step Out: fact(1) gives back 1, and then fact(2) is where it runs. */
  event = act (window, "win.debug-step-out");
  if (g_strcmp0 (json_object_get_string_member (state_of (event), "event"), "return") == 0)
    {
      g_assert_cmpuint (count_fact_frames (event), ==, 4);
      event = act (window, "win.debug-step-over");
    }
  g_assert_cmpuint (count_fact_frames (event), ==, 3);
  g_assert_cmpstr (value_of (event, "n"), ==, "2");

  finish (window);
  close_window (window);
}

static void
test_input_while_debugging (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  JsonObject *event;

  set_code (window, "name = input('Your name? ')\nprint('Hello,', name)\n");
  event = act (window, "win.debug");
  g_assert_cmpint (line_of (event), ==, 1);

  /* Step Over waits for the answer, typed into the Output terminal. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-step-over", NULL));
  dojo_test_spin (300);
  g_assert_false (stopped (window));
  dojo_terminal_send_input (dojo_window_get_terminal (window), "Ada\r");
  event = wait_stop (window);
  g_assert_cmpint (line_of (event), ==, 2);
  g_assert_cmpstr (value_of (event, "name"), ==, "'Ada'");

  finish (window);
  close_window (window);
}

static void
test_exception_stops_at_its_line (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  JsonObject *event;
  JsonObject *exception;

  set_code (window, "total = 10\ncount = 0\naverage = total / count\nprint(average)\n");
  event = act (window, "win.debug");
  event = act (window, "win.debug-continue");
  g_assert_cmpstr (json_object_get_string_member (event, "reason"), ==, "exception");
  g_assert_cmpint (line_of (event), ==, 3);
  g_assert_cmpstr (value_of (event, "total"), ==, "10");
  g_assert_cmpstr (value_of (event, "count"), ==, "0");
  exception = json_object_get_object_member (state_of (event), "exception");
  g_assert_cmpstr (json_object_get_string_member (exception, "type"), ==, "ZeroDivisionError");
  g_assert_cmpint (marked_line (window), ==, 3);

  finish (window);
  close_window (window);
}

static gboolean
verdict_shown (gpointer data)
{
  DojoCheckPanel *panel = data;

  return !dojo_check_panel_get_checking (panel) && dojo_check_panel_get_verdict (panel) != NULL;
}

/* Presses Check, waits for the verdict, and returns the result of the
 * check @id. */
static DojoCheckResult *
check_and_find (DojoWindow *window,
                const char *id)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                                           DOJO_TYPE_CHECK_PANEL));
  GPtrArray *results;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check", NULL));
  g_assert_true (dojo_test_wait_for (verdict_shown, panel, STOP_TIMEOUT_MS));
  results = dojo_verdict_get_results (dojo_check_panel_get_verdict (panel));
  for (guint i = 0; i < results->len; i++)
    if (g_str_equal (dojo_check_result_get_id (g_ptr_array_index (results, i)), id))
      return g_ptr_array_index (results, i);
  g_error ("no check “%s” in the verdict", id);
}

static void
test_debug_this_check (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  DojoCheckPanel *panel;
  DojoCheckResult *says_hello;
  GtkWidget *button;
  JsonObject *event;

  /* One "!" short of what the io case expects. */
  set_code (window, "name = input()\nprint(f'Hello, {name}')\n");
  says_hello = check_and_find (window, "says-hello");
  panel = DOJO_CHECK_PANEL (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                           DOJO_TYPE_CHECK_PANEL));
  g_assert_true (dojo_check_result_get_debuggable (says_hello));
  g_assert_cmpstr (dojo_check_result_get_debug_stdin (says_hello), ==, "Ada\n");

  /* The failed row has the button, and it is what starts the run. */
  button = dojo_test_find_widget (GTK_WIDGET (panel), (DojoTestWidgetMatch)gtk_widget_has_css_class,
                                  (gpointer)"debug-check-button");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_activate (button));

  event = wait_stop (window);
  g_assert_cmpint (line_of (event), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (state_of (event), "file"), ==, "main.py");
  event = act (window, "win.debug-step-over");
  /* The case's input was fed in: nobody typed it. */
  g_assert_cmpstr (value_of (event, "name"), ==, "'Ada'");

  finish (window);
  close_window (window);
}

static GPid
parent_of (const char *pid)
{
  g_autofree char *path = g_build_filename ("/proc", pid, "stat", NULL);
  g_autofree char *stat = NULL;
  const char *after;

  if (!g_file_get_contents (path, &stat, NULL, NULL) || (after = strrchr (stat, ')')) == NULL)
    return 0;
  /* ") S PPID …" */
  return (GPid)g_ascii_strtoll (after + 4, NULL, 10);
}

static char *
pid_namespace (const char *pid)
{
  g_autofree char *path = g_build_filename ("/proc", pid, "ns", "pid", NULL);

  return g_file_read_link (path, NULL);
}

/* Debug This Check on a failed test: that test alone runs, loaded
 * untraced, and the debugger stops in the learner's function it calls. */
static void
test_debug_a_failed_test (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window;
  DojoCheckPanel *panel;
  DojoCheckResult *unit;
  JsonObject *event;

  fixture_write (root, "exercises/greet/tests/test_greet.py",
                 "import unittest\n"
                 "from main import greet\n\n"
                 "class TestGreet(unittest.TestCase):\n"
                 "    def test_greet(self):\n"
                 "        self.assertEqual(greet('Ada'), 'Hello, Ada!')\n");
  window = open_exercise (root);
  set_code (window,
            "def greet(name):\n"                 /* 1 */
            "    text = 'Hello, ' + name\n"      /* 2 */
            "    return text\n"                  /* 3 */
            "\n"
            "if __name__ == '__main__':\n"
            "    print(greet(input()))\n");
  unit = check_and_find (window, "unit");
  panel = DOJO_CHECK_PANEL (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                           DOJO_TYPE_CHECK_PANEL));
  g_assert_true (dojo_check_result_get_debuggable (unit));
  g_assert_cmpstr (dojo_check_result_get_debug_test_id (unit), ==, "test_greet.TestGreet.test_greet");
  g_assert_true (g_str_has_suffix (dojo_check_result_get_debug_test_path (unit),
                                   "/exercises/greet/tests/test_greet.py"));

  g_signal_emit_by_name (panel, "debug-check", unit);
  event = wait_stop (window);
  g_assert_cmpstr (json_object_get_string_member (state_of (event), "file"), ==, "main.py");
  g_assert_cmpint (line_of (event), ==, 2);
  g_assert_cmpstr (value_of (event, "name"), ==, "'Ada'");
  g_assert_cmpint (marked_line (window), ==, 2);

  finish (window);
  close_window (window);
}

/* The pid namespace the run's sandbox made: that of a descendant of the
 * Output page's child that is not in ours. */
static char *
run_namespace (DojoWindow *window)
{
  GPid top = _dojo_terminal_get_pid (dojo_window_get_terminal (window), DOJO_TERMINAL_MODE_RUN);
  g_autofree char *ours = pid_namespace ("self");
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *ns = NULL;
      GPid pid = (GPid)g_ascii_strtoll (name, NULL, 10);

      if (!g_ascii_isdigit (name[0]))
        continue;
      /* A descendant of the run's first process? */
      while (pid > 1 && pid != top)
        {
          g_autofree char *text = g_strdup_printf ("%d", pid);

          pid = parent_of (text);
        }
      if (pid != top)
        continue;
      ns = pid_namespace (name);
      if (ns != NULL && g_strcmp0 (ns, ours) != 0)
        return g_steal_pointer (&ns);
    }
  return NULL;
}

/* How many processes live in the pid namespace @ns. */
static guint
count_in_namespace (const char *ns)
{
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *theirs = NULL;

      if (!g_ascii_isdigit (name[0]))
        continue;
      theirs = pid_namespace (name);
      if (g_strcmp0 (theirs, ns) == 0)
        n++;
    }
  return n;
}

static gboolean
namespace_empty (gpointer data)
{
  return count_in_namespace (data) == 0;
}

static void
test_stop_ends_every_process (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  DojoWindow *window = open_exercise (root);
  g_autofree char *ns = NULL;
  JsonObject *event;

  /* A program that starts children and then never ends. */
  set_code (window,
            "import subprocess\n"
            "children = [subprocess.Popen(['sleep', '300']) for _ in range(3)]\n"
            "while True:\n"
            "    pass\n");
  event = act (window, "win.debug");
  g_assert_cmpint (line_of (event), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-continue", NULL));
  dojo_test_spin (1000);
  g_assert_nonnull (window->debug_run);
  ns = run_namespace (window);
  g_assert_nonnull (ns);
  /* The backend and its three children, at least. */
  g_assert_cmpuint (count_in_namespace (ns), >=, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-stop", NULL));
  g_assert_true (dojo_test_wait_for (run_over, window, STOP_TIMEOUT_MS));
  g_assert_true (dojo_test_wait_for (namespace_empty, ns, 5000));
  g_assert_false (dojo_terminal_get_running (dojo_window_get_terminal (window)));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/debugger-ui/while-loop-and-step-back", test_while_loop_and_step_back);
  g_test_add_func ("/debugger-ui/breakpoint-and-recursion", test_breakpoint_and_recursion);
  g_test_add_func ("/debugger-ui/input-while-debugging", test_input_while_debugging);
  g_test_add_func ("/debugger-ui/exception-stops-at-its-line", test_exception_stops_at_its_line);
  g_test_add_func ("/debugger-ui/debug-this-check", test_debug_this_check);
  g_test_add_func ("/debugger-ui/debug-a-failed-test", test_debug_a_failed_test);
  g_test_add_func ("/debugger-ui/stop-ends-every-process", test_stop_ends_every_process);

  return g_test_run ();
}
