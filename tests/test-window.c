/* test-window.c: the window's three panes, Run, input, Ctrl+C and tracebacks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sys/wait.h>

#include <adwaita.h>

#include "dojo-editor.h"
#include "dojo-lesson-view.h"
#include "dojo-project.h"
#include "dojo-python-indenter.h"
#include "dojo-terminal-private.h"
#include "dojo-window-private.h"
#include "dojo-test-files.h"
#include "dojo-test-git.h"
#include "dojo-test-hang.h"
#include "dojo-test-widget.h"

typedef struct
{
  DojoWindow   *window;
  DojoEditor   *editor;
  DojoTerminal *terminal;
  GFile        *entry;
  int           exit_status;
  guint         exits;
} Fixture;

typedef gboolean (*Condition) (Fixture *f, gconstpointer data);

static gboolean
wait_for (Fixture      *f,
          Condition     condition,
          gconstpointer data,
          guint         timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!condition (f, data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static void
on_program_exited (DojoTerminal *terminal,
                   int           status,
                   Fixture      *f)
{
  f->exit_status = status;
  f->exits++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DojoProject) project = NULL;
  g_autoptr(GError) error = NULL;

  project = dojo_project_new_playground ();
  f->window = g_object_ref_sink (dojo_window_new (NULL));
  f->terminal = dojo_window_get_terminal (f->window);

  g_assert_true (dojo_window_open_project (f->window, project, NULL, &error));
  g_assert_no_error (error);
  f->editor = dojo_window_get_editor (f->window);
  f->entry = g_object_ref (dojo_project_get_entry_file (project));

  g_signal_connect (f->terminal, "program-exited", G_CALLBACK (on_program_exited), f);

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  g_clear_object (&f->entry);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
window_mapped (Fixture *f, gconstpointer data)
{
  /* Mapped and laid out: the panes have their sizes. */
  return gtk_widget_get_mapped (GTK_WIDGET (f->window)) &&
         gtk_widget_get_width (GTK_WIDGET (f->terminal)) > 0;
}

static gboolean
terminal_shows (Fixture *f, gconstpointer data)
{
  g_autofree char *text = dojo_terminal_dup_text (f->terminal, DOJO_TERMINAL_MODE_RUN);

  return strstr (text, data) != NULL;
}

static gboolean
program_exited (Fixture *f, gconstpointer data)
{
  return f->exits >= GPOINTER_TO_UINT (data);
}

static gboolean
program_running (Fixture *f, gconstpointer data)
{
  return dojo_terminal_get_running (f->terminal);
}

static void
set_program (Fixture    *f,
             const char *program)
{
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (f->editor)), program, -1);
}

static void
run_program (Fixture    *f,
             const char *program)
{
  set_program (f, program);
  g_assert_true (wait_for (f, window_mapped, NULL, 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.run", NULL));
}

static void
test_three_panes (Fixture       *f,
                  gconstpointer  data)
{
  GtkTextBuffer *lesson;
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *lesson_text = NULL;
  g_autofree char *code = NULL;

  g_assert_true (wait_for (f, window_mapped, NULL, 5000));

  /* The welcome lesson, the learner's file and the terminal are all there. */
  g_assert_true (dojo_lesson_view_load_resource (dojo_window_get_lesson_view (f->window),
                                                 "/io/github/pydojo/Dojo/welcome.md", NULL));
  lesson = dojo_lesson_view_get_buffer (dojo_window_get_lesson_view (f->window));
  gtk_text_buffer_get_bounds (lesson, &start, &end);
  lesson_text = gtk_text_buffer_get_text (lesson, &start, &end, FALSE);
  g_assert_nonnull (strstr (lesson_text, "Dojo"));

  code = dojo_editor_dup_text (f->editor);
  g_assert_nonnull (strstr (code, "print(\"Hello, world!\")"));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dojo_window_get_lesson_view (f->window))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->editor)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->terminal)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dojo_window_get_lesson_view (f->window))), >, 200);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (f->terminal)), >, 100);
}

static void
test_run_prints_and_saves (Fixture       *f,
                           gconstpointer  data)
{
  const char *program = "print('hello from', 'dojo')\nprint(6 * 7)\n";
  g_autofree char *on_disk = NULL;
  g_autofree char *path = g_file_get_path (f->entry);

  run_program (f, program);

  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 10000));
  g_assert_true (WIFEXITED (f->exit_status));
  g_assert_cmpint (WEXITSTATUS (f->exit_status), ==, 0);
  g_assert_true (wait_for (f, terminal_shows, "hello from dojo", 2000));
  g_assert_true (terminal_shows (f, "42"));
  g_assert_true (wait_for (f, terminal_shows, "main.py finished", 2000));
  /* Each run starts on a clean screen. */
  g_assert_false (terminal_shows (f, "Press Run"));

  /* Run saved first: the file on disk is what ran. */
  g_assert_true (g_file_get_contents (path, &on_disk, NULL, NULL));
  g_assert_cmpstr (on_disk, ==, program);
  g_assert_false (dojo_editor_get_modified (f->editor));
}

static void
test_run_reads_input (Fixture       *f,
                      gconstpointer  data)
{
  run_program (f, "name = input('What is your name? ')\nprint(f'Hello, {name}!')\n");

  g_assert_true (wait_for (f, terminal_shows, "What is your name?", 10000));
  g_assert_cmpuint (f->exits, ==, 0);

  /* Run handed the keyboard to the terminal, so the learner can answer. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (_dojo_terminal_get_vte (f->terminal,
                                                                           DOJO_TERMINAL_MODE_RUN))));

  dojo_terminal_send_input (f->terminal, "Ada\r");

  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 10000));
  g_assert_true (wait_for (f, terminal_shows, "Hello, Ada!", 2000));
  g_assert_true (WIFEXITED (f->exit_status) && WEXITSTATUS (f->exit_status) == 0);
}

static gboolean
count_tick (gpointer user_data)
{
  guint *ticks = user_data;

  (*ticks)++;

  return G_SOURCE_CONTINUE;
}

static void
test_ctrl_c_stops_infinite_loop (Fixture       *f,
                                 gconstpointer  data)
{
  guint ticks = 0;
  guint tick_source;
  gint64 started;

  run_program (f, "print('looping')\nwhile True:\n    pass\n");
  g_assert_true (wait_for (f, terminal_shows, "looping", 10000));
  g_assert_true (wait_for (f, program_running, NULL, 2000));

  /* While the loop spins, the window keeps answering. */
  tick_source = g_timeout_add (20, count_tick, &ticks);
  started = g_get_monotonic_time ();
  while (g_get_monotonic_time () - started < 500 * 1000)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick_source);
  g_assert_cmpuint (ticks, >=, 10);
  g_assert_cmpuint (f->exits, ==, 0);

  /* Ctrl+C typed in the terminal reaches the program as SIGINT. */
  gtk_widget_grab_focus (GTK_WIDGET (f->terminal));
  dojo_terminal_send_input (f->terminal, "\003");

  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 5000));
  g_assert_true (WIFSIGNALED (f->exit_status));
  g_assert_cmpint (WTERMSIG (f->exit_status), ==, SIGINT);
  g_assert_true (wait_for (f, terminal_shows, "KeyboardInterrupt", 2000));
  g_assert_true (wait_for (f, terminal_shows, "interrupted with Ctrl+C", 2000));
}

static void
test_stop_ends_output_flood (Fixture       *f,
                             gconstpointer  data)
{
  gint64 started;

  run_program (f, "import os\nwhile True:\n    print('flood' * 20)\n");
  g_assert_true (wait_for (f, terminal_shows, "floodflood", 10000));
  g_assert_true (wait_for (f, program_running, NULL, 2000));

  started = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->terminal), "terminal.stop", NULL));
  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 5000));
  g_assert_cmpint (g_get_monotonic_time () - started, <, 3 * G_USEC_PER_SEC);
  g_assert_true (WIFSIGNALED (f->exit_status));
  g_assert_false (dojo_terminal_get_running (f->terminal));
}

static void
test_run_again_while_running (Fixture       *f,
                              gconstpointer  data)
{
  run_program (f, "import time\nprint('first')\ntime.sleep(60)\n");
  g_assert_true (wait_for (f, terminal_shows, "first", 10000));

  run_program (f, "print('second')\n");

  /* Only the second run reports its end, and only its output shows. */
  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 10000));
  g_assert_true (WIFEXITED (f->exit_status) && WEXITSTATUS (f->exit_status) == 0);
  g_assert_true (wait_for (f, terminal_shows, "second", 2000));
  g_assert_false (terminal_shows (f, "first"));
}

static void
test_traceback_line_opens_editor (Fixture       *f,
                                  gconstpointer  data)
{
  VteTerminal *vte = _dojo_terminal_get_vte (f->terminal, DOJO_TERMINAL_MODE_RUN);
  GtkTextIter cursor;
  long cw;
  long ch;
  GtkTextBuffer *buffer;
  gboolean opened = FALSE;

  run_program (f,
               "def divide(a: int, b: int) -> float:\n"
               "    return a / b\n"
               "\n"
               "print(divide(1, 0))\n");
  g_assert_true (wait_for (f, program_exited, GUINT_TO_POINTER (1), 10000));
  g_assert_true (wait_for (f, terminal_shows, "ZeroDivisionError", 2000));
  g_assert_true (WIFEXITED (f->exit_status) && WEXITSTATUS (f->exit_status) == 1);
  g_assert_true (wait_for (f, terminal_shows, "ended with an error (exit status 1)", 2000));

  /* Let the terminal lay out its text before pointing into it; the
   * explanation under the traceback may have scrolled it up: back to the top,
   * as the learner would scroll. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  {
    GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (vte));

    gtk_adjustment_set_value (scroll, gtk_adjustment_get_lower (scroll));
    /* Drawn as it now stands before asking what is under the pointer. */
    g_assert_true (dojo_test_wait_for_paint (GTK_WIDGET (vte), 5000));
  }

  /* Point at the frame of line 2 (inside divide) where it is drawn, as the
   * learner would: scan the screen cell by cell (long paths wrap). */
  cw = vte_terminal_get_char_width (vte);
  ch = vte_terminal_get_char_height (vte);
  for (long row = 0; row < vte_terminal_get_row_count (vte) && !opened; row++)
    for (long col = 0; col < vte_terminal_get_column_count (vte) && !opened; col++)
      {
        double x = (col + 0.5) * cw + 1;
        double y = (row + 0.5) * ch + 1;
        g_autofree char *match = vte_terminal_check_match_at (vte, x, y, NULL);

        if (match != NULL && strstr (match, ", line 2") != NULL)
          opened = _dojo_terminal_open_match_at (f->terminal, x, y);
      }

  g_assert_true (opened);
  buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (f->editor));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 1);
  /* The cursor lands on the code, past the indentation. */
  g_assert_cmpint (gtk_text_iter_get_line_offset (&cursor), ==, 4);

  /* Pointing at the blank area below the text opens nothing. */
  g_assert_false (_dojo_terminal_open_match_at (f->terminal, 5, 
                                                vte_terminal_get_char_height (vte) *
                                                (vte_terminal_get_row_count (vte) - 0.5)));
}

typedef struct
{
  DojoTerminalMode  mode;
  const char       *text;
} PageText;

static gboolean
page_shows (Fixture *f, gconstpointer data)
{
  const PageText *want = data;
  g_autofree char *text = dojo_terminal_dup_text (f->terminal, want->mode);

  return strstr (text, want->text) != NULL;
}

static gboolean
shell_prompted (Fixture *f, gconstpointer data)
{
  g_autofree char *text = dojo_terminal_dup_text (f->terminal, DOJO_TERMINAL_MODE_SHELL);

  /* Whatever the prompt looks like, it ends in '$' or '#'. */
  g_strstrip (text);
  return g_str_has_suffix (text, "$") || g_str_has_suffix (text, "#");
}

static void
test_python_and_shell_tabs (Fixture       *f,
                            gconstpointer  data)
{
  VteTerminal *python = _dojo_terminal_get_vte (f->terminal, DOJO_TERMINAL_MODE_PYTHON);
  VteTerminal *shell = _dojo_terminal_get_vte (f->terminal, DOJO_TERMINAL_MODE_SHELL);
  g_autofree char *project = g_file_get_path (dojo_project_get_directory (dojo_window_get_project (f->window)));
  g_autofree char *pwd_line = g_strdup_printf ("HERE=%s", project);
  PageText prompt = { DOJO_TERMINAL_MODE_PYTHON, ">>>" };
  PageText answer = { DOJO_TERMINAL_MODE_PYTHON, "42" };
  PageText closed = { DOJO_TERMINAL_MODE_PYTHON, "Press Enter to start it again" };
  PageText restarted = { DOJO_TERMINAL_MODE_PYTHON, ">>>" };
  PageText here = { DOJO_TERMINAL_MODE_SHELL, pwd_line };

  g_assert_true (wait_for (f, window_mapped, NULL, 5000));

  /* The Python tab starts the interpreter the first time it is shown. */
  dojo_terminal_set_mode (f->terminal, DOJO_TERMINAL_MODE_PYTHON);
  g_assert_true (wait_for (f, page_shows, &prompt, 10000));
  vte_terminal_feed_child (python, "print(6 * 7)\r", -1);
  g_assert_true (wait_for (f, page_shows, &answer, 5000));

  /* exit() closes it; Enter starts a new one. */
  vte_terminal_feed_child (python, "exit()\r", -1);
  g_assert_true (wait_for (f, page_shows, &closed, 5000));
  gtk_widget_grab_focus (GTK_WIDGET (python));
  /* The terminal page's own key handler sees Enter before VTE does. */
  g_assert_true (dojo_test_press_enter (GTK_WIDGET (python)));
  g_assert_true (wait_for (f, page_shows, &restarted, 10000));

  /* The Shell tab is a shell in the project folder. */
  dojo_terminal_set_mode (f->terminal, DOJO_TERMINAL_MODE_SHELL);
  g_assert_cmpint (dojo_terminal_get_mode (f->terminal), ==, DOJO_TERMINAL_MODE_SHELL);
  /* Type once it prompts. Spelled so that the typed command itself does
   * not match what is waited for. */
  g_assert_true (wait_for (f, shell_prompted, NULL, 10000));
  vte_terminal_feed_child (shell, "echo HERE=$(pwd)\r", -1);
  g_assert_true (wait_for (f, page_shows, &here, 10000));
}

static gboolean
autosaved (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_file_get_path (f->entry);
  g_autofree char *on_disk = NULL;

  return g_file_get_contents (path, &on_disk, NULL, NULL) && g_strcmp0 (on_disk, data) == 0;
}

static gboolean
editor_saved (Fixture *f, gconstpointer data)
{
  return !dojo_editor_get_modified (f->editor);
}

static void
test_editor_saves (Fixture       *f,
                   gconstpointer  data)
{
  const char *first = "print('saved with ctrl+s')\n";
  const char *second = "print('saved by itself')\n";

  g_assert_true (wait_for (f, window_mapped, NULL, 5000));

  set_program (f, first);
  g_assert_true (dojo_editor_get_modified (f->editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  g_assert_true (wait_for (f, editor_saved, NULL, 5000));
  g_assert_true (autosaved (f, first));

  /* Typing and stopping reaches the disk without any key pressed. */
  set_program (f, second);
  g_assert_true (dojo_editor_get_modified (f->editor));
  g_assert_true (wait_for (f, editor_saved, NULL, 5000));
  g_assert_true (autosaved (f, second));

  /* Undo does not go back past the text the file was opened with. */
  g_assert_true (dojo_editor_load (f->editor, f->entry, NULL));
  g_assert_false (gtk_text_buffer_get_can_undo (GTK_TEXT_BUFFER (dojo_editor_get_buffer (f->editor))));
}

static void
test_editor_zoom (Fixture       *f,
                  gconstpointer  data)
{
  double before = dojo_editor_get_zoom (f->editor);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-in", NULL));
  g_assert_cmpfloat (dojo_editor_get_zoom (f->editor), >, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-out", NULL));
  g_assert_cmpfloat (dojo_editor_get_zoom (f->editor), <, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.zoom-reset", NULL));
  g_assert_cmpfloat_with_epsilon (dojo_editor_get_zoom (f->editor), 1.0, 0.001);
}

static void
test_python_indent (void)
{
  struct { const char *line; const char *indent; } cases[] = {
    { "while n < 3:", "    " },
    { "    if n == 2:  # the middle", "        " },
    { "        return n", "    " },
    { "    break", "" },
    { "    print('a:b')", "    " },
    { "    x = {'k': 1}", "    " },
    { "    text = 'ends with a colon:'", "    " },
    { "        ", "        " },
    { "    # note:", "    " },
    { "def f() -> None:", "    " },
    { "passage = 1", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *indent = dojo_python_next_indent (cases[i].line, 4);

      g_assert_cmpstr (indent, ==, cases[i].indent);
    }
}


/* A key as GTK compares them: the lower-case keyval and the modifiers that
 * matter for shortcuts. */
typedef struct
{
  guint           keyval;
  GdkModifierType mods;
} Key;

#define KEY_MODS (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)

static void
add_trigger_keys (GArray             *keys,
                  GtkShortcutTrigger *trigger)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger_keys (keys, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
      add_trigger_keys (keys, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    {
      Key key = { gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))),
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) & KEY_MODS };

      g_array_append_val (keys, key);
    }
}

/* Every key a widget's shortcut controllers (its class's bindings among
 * them) answer. */
static GArray *
widget_keys (GtkWidget *widget)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (Key));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          add_trigger_keys (keys, gtk_shortcut_get_trigger (shortcut));
        }
    }

  return keys;
}

static gboolean
keys_contain (GArray *keys,
              Key     key)
{
  for (guint i = 0; i < keys->len; i++)
    {
      Key *k = &g_array_index (keys, Key, i);

      if (k->keyval == key.keyval && k->mods == key.mods)
        return TRUE;
    }

  return FALSE;
}

static void
test_shortcuts_never_edit (void)
{
  g_autoptr(GtkWidget) view = g_object_ref_sink (gtk_source_view_new ());
  g_autoptr(GArray) editor_keys = widget_keys (view);
  g_autoptr(GArray) terminal_keys = g_array_new (FALSE, FALSE, sizeof (Key));
  const DojoWindowShortcut *shortcuts;
  guint n_shortcuts;
  /* VTE 0.70 answers these itself, before the program sees them
   * (Terminal::widget_key_press in its src/vte.cc): scrolling, copy and
   * paste, and the font size. It has no shortcut controllers to read. */
  static const Key vte_own[] = {
    { GDK_KEY_Insert, GDK_SHIFT_MASK }, { GDK_KEY_Insert, GDK_CONTROL_MASK },
    { GDK_KEY_Insert, GDK_SHIFT_MASK | GDK_CONTROL_MASK },
    { GDK_KEY_Up, GDK_SHIFT_MASK | GDK_CONTROL_MASK },
    { GDK_KEY_Down, GDK_SHIFT_MASK | GDK_CONTROL_MASK },
    { GDK_KEY_Page_Up, GDK_SHIFT_MASK }, { GDK_KEY_Page_Down, GDK_SHIFT_MASK },
    { GDK_KEY_Home, GDK_SHIFT_MASK }, { GDK_KEY_End, GDK_SHIFT_MASK },
    { GDK_KEY_KP_Add, GDK_SHIFT_MASK }, { GDK_KEY_KP_Add, GDK_CONTROL_MASK },
    { GDK_KEY_KP_Subtract, GDK_SHIFT_MASK }, { GDK_KEY_KP_Subtract, GDK_CONTROL_MASK },
  };
  /* What a program in the terminal needs: interrupt, end of input,
   * suspend, quit, redraw, and the line editing every shell has. */
  static const Key program_keys[] = {
    { GDK_KEY_c, GDK_CONTROL_MASK }, { GDK_KEY_d, GDK_CONTROL_MASK },
    { GDK_KEY_z, GDK_CONTROL_MASK }, { GDK_KEY_backslash, GDK_CONTROL_MASK },
    { GDK_KEY_l, GDK_CONTROL_MASK }, { GDK_KEY_r, GDK_CONTROL_MASK },
    { GDK_KEY_a, GDK_CONTROL_MASK }, { GDK_KEY_e, GDK_CONTROL_MASK },
    { GDK_KEY_u, GDK_CONTROL_MASK }, { GDK_KEY_w, GDK_CONTROL_MASK },
    { GDK_KEY_Tab, 0 }, { GDK_KEY_Escape, 0 }, { GDK_KEY_Return, 0 },
    { GDK_KEY_Up, 0 }, { GDK_KEY_Down, 0 }, { GDK_KEY_Left, 0 }, { GDK_KEY_Right, 0 },
  };

  g_array_append_vals (terminal_keys, vte_own, G_N_ELEMENTS (vte_own));
  g_array_append_vals (terminal_keys, program_keys, G_N_ELEMENTS (program_keys));

  /* The editor's own list is read from GtkSourceView: it must hold the
   * binding that once swapped the learner's words (Alt+Right). */
  g_assert_true (keys_contain (editor_keys, (Key) { GDK_KEY_Right, GDK_ALT_MASK }));
  g_assert_cmpuint (editor_keys->len, >, 50);

  shortcuts = _dojo_window_get_shortcuts (&n_shortcuts);
  g_assert_cmpuint (n_shortcuts, >=, 10);
  for (guint i = 0; i < n_shortcuts; i++)
    {
      Key key = { gdk_keyval_to_lower (shortcuts[i].keyval), shortcuts[i].modifiers & KEY_MODS };
      g_autofree char *name = gtk_accelerator_name (shortcuts[i].keyval, shortcuts[i].modifiers);

      g_test_message ("%s → %s", name, shortcuts[i].action);
      if (keys_contain (editor_keys, key))
        g_error ("%s (%s) is also a key of the code editor", name, shortcuts[i].action);
      if (keys_contain (terminal_keys, key))
        g_error ("%s (%s) is also a key of the terminal", name, shortcuts[i].action);
      /* A plain key or Shift+key is typing. */
      g_assert_true ((key.mods & ~GDK_SHIFT_MASK) != 0 ||
                     (key.keyval >= GDK_KEY_F1 && key.keyval <= GDK_KEY_F12));
    }
}

/* The shortcuts window lays out without a warning (tests make warnings
 * fatal): with too many keys in a column, GTK 4.8 once measured a label at
 * a negative width. It lists the window's keys. */
static void
test_shortcuts_window_shows (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/pydojo/Dojo/ui/dojo-shortcuts-window.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GList) shortcuts = NULL;
  gboolean has_next = FALSE;

  gtk_window_present (window);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 5000));
  dojo_test_spin (300);

  for (GtkWidget *w = GTK_WIDGET (window); w != NULL;)
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_SHORTCUTS_SHORTCUT (w))
        {
          g_autofree char *accel = NULL;

          g_object_get (w, "accelerator", &accel, NULL);
          if (g_strcmp0 (accel, "<alt>Page_Down") == 0)
            has_next = TRUE;
        }
      while (next == NULL && w != NULL)
        {
          next = gtk_widget_get_next_sibling (w);
          if (next == NULL)
            w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  g_assert_true (has_next);

  gtk_window_destroy (window);
}

/* No icon of Dojo's is an SVG: the breakpoint mark, drawn when the first
 * breakpoint is set, would load librsvg then, in the middle of the work. */
static void
assert_no_svg_under (const char *path)
{
  g_auto(GStrv) children = g_resources_enumerate_children (path, 0, NULL);

  g_assert_nonnull (children);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *child = g_strconcat (path, children[i], NULL);

      g_assert_false (g_str_has_suffix (child, ".svg"));
      if (g_str_has_suffix (child, "/"))
        assert_no_svg_under (child);
    }
}

/* The window's own icons are drawn by GTK itself (.symbolic.png): an SVG
 * icon would load librsvg as the window first shows, some 6 MB and part of
 * the start. It runs first, so that no earlier case loaded librsvg. */
static void
test_icons_without_librsvg (void)
{
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autofree char *maps = NULL;

  /* What GtkApplication does with Dojo's resource base path. */
  gtk_icon_theme_add_resource_path (theme, "/io/github/pydojo/Dojo/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, "dojo-debug-symbolic"));
  g_assert_true (gtk_icon_theme_has_icon (theme, "dojo-breakpoint-symbolic"));
  assert_no_svg_under ("/io/github/pydojo/Dojo/icons/");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 5000));
  dojo_test_spin (300);
  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  g_assert_null (strstr (maps, "librsvg"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

/* Opening the project's repository loads libgit2 and the libraries it
 * brings (about 8 ms and 4 MB, src/vcs/dojo-git-api.c): the first frame
 * comes without it, and the Git button opens the repository just after.
 * It runs before any case that opens a repository, which would load
 * libgit2 for the whole process. */
static gboolean
libgit2_mapped (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));

  return strstr (maps, "libgit2") != NULL;
}

typedef enum { NOT_PAINTED, PAINTED_WITHOUT_GIT, PAINTED_WITH_GIT } FirstPaint;

static void
on_after_paint (GdkFrameClock *clock,
                FirstPaint    *first)
{
  if (*first == NOT_PAINTED)
    *first = libgit2_mapped () ? PAINTED_WITH_GIT : PAINTED_WITHOUT_GIT;
}

static gboolean
painted (gpointer data)
{
  return *(FirstPaint *)data != NOT_PAINTED;
}

static gboolean
button_counted (gpointer data)
{
  return dojo_vcs_button_get_n_changes (data) == 2;
}

static gboolean
notes_dimmed (gpointer data)
{
  GtkWidget *row = dojo_test_find_file_row (data, "notes.txt");

  return row != NULL && gtk_widget_has_css_class (row, "ignored");
}

static gboolean
main_py_listed (gpointer data)
{
  return dojo_test_find_file_row (data, "main.py") != NULL;
}

static gboolean
ignore_cache_idle (gpointer data)
{
  DojoWindow *window = data;

  return window->ignore_cache != NULL
         && dojo_ignore_cache_get_repo (window->ignore_cache) != NULL
         && !dojo_ignore_cache_get_busy (window->ignore_cache);
}

static void
test_git_after_first_frame (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dojo-first-frame-XXXXXX", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(DojoProject) project = dojo_project_new (directory, "main.py");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  FirstPaint first = NOT_PAINTED;
  DojoWindow *window;
  DojoVcsButton *button;

  g_assert_false (libgit2_mapped ());
  out = dojo_test_git (dir, "init", "-q", NULL);
  dojo_test_write_file (dir, "main.py", "print('Hello')\n");
  dojo_test_write_file (dir, ".gitignore", "notes.txt\n");
  dojo_test_write_file (dir, "notes.txt", "mine alone\n");

  window = g_object_ref_sink (dojo_window_new (NULL));
  button = window->vcs_button;
  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), &first);

  /* The button waits in the first frame, as it looks while git reads the
   * status. */
  g_assert_null (dojo_vcs_button_get_repo (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "Checking…");

  g_assert_true (dojo_test_wait_for (painted, &first, 10000));
  g_assert_cmpint (first, ==, PAINTED_WITHOUT_GIT);

  /* Then the repository opens: the button counts main.py and .gitignore,
   * and the file list dims the file git ignores as soon as git has
   * answered, not only once git next writes to .git. */
  g_assert_true (dojo_test_wait_for (button_counted, button, 10000));
  g_assert_nonnull (dojo_vcs_button_get_repo (button));
  g_assert_true (libgit2_mapped ());
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "2 new files");
  g_assert_true (dojo_test_wait_for (main_py_listed, window, 10000));
  g_assert_true (dojo_test_wait_for (ignore_cache_idle, window, 10000));
  g_assert_true (notes_dimmed (window));

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        on_after_paint, &first);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  dojo_test_remove_tree (dir);
}

/* The file list and the lesson's cards wait after the first frame for the
 * Git button's first status; git that never answers (here: libgit2
 * opening the repository blocks in open() on .git/config, a FIFO with no
 * writer, as on a disk that hangs) must not keep them away. */
static void
test_file_list_while_git_hangs (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dojo-git-hangs-XXXXXX", NULL);
  g_autofree char *config = g_build_filename (dir, ".git", "config", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(DojoProject) project = dojo_project_new (directory, "main.py");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *config_text = NULL;
  DojoTestFifo fifo;
  FirstPaint first = NOT_PAINTED;
  DojoWindow *window;
  DojoVcsButton *button;

  dojo_test_write_file (dir, "main.py", "print('Hello')\n");
  out = dojo_test_git (dir, "init", "-q", NULL);
  g_assert_true (g_file_get_contents (config, &config_text, NULL, NULL));
  g_assert_no_errno (g_unlink (config));
  dojo_test_fifo_make (&fifo, config);

  window = g_object_ref_sink (dojo_window_new (NULL));
  button = window->vcs_button;
  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (on_after_paint), &first);
  g_assert_true (dojo_test_wait_for (painted, &first, 10000));

  /* The list comes though the button still waits for git. */
  g_assert_true (dojo_test_wait_for (main_py_listed, window, 10000));
  g_assert_true (dojo_vcs_button_get_checking (button));
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "Checking…");

  /* The disk answers: the open() waiting on the FIFO returns (libgit2 then
   * reads it as empty), the config is back for every later read, and the
   * button shows the status. */
  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, config_text);
  g_assert_true (dojo_test_wait_for (dojo_test_vcs_button_ready, button, 10000));
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "1 new file");

  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        on_after_paint, &first);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  dojo_test_remove_tree (dir);
}

static gboolean
out_log_dimmed (gpointer data)
{
  GtkWidget *row = dojo_test_find_file_row (data, "out.log");

  return row != NULL && gtk_widget_has_css_class (row, "ignored");
}

/* Git's status read stops in the middle, holding the repository: it waits
 * in open() on sub/.gitignore, a FIFO with no writer (a disk that hangs;
 * or `mkfifo` in the Shell). The file list asks what git ignores for every
 * row it shows; the window must go on answering meanwhile, and dim the
 * ignored rows once git can tell. */
static void
test_file_list_while_status_hangs (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dojo-status-hangs-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "sub", NULL);
  g_autofree char *gitignore = g_build_filename (sub, ".gitignore", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(DojoProject) project = dojo_project_new (directory, "main.py");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  DojoTestFifo fifo;
  DojoTestBeat beat;
  DojoWindow *window;
  DojoVcsButton *button;

  out = dojo_test_git (dir, "init", "-q", NULL);
  dojo_test_write_file (dir, "main.py", "print('Hello')\n");
  dojo_test_write_file (dir, ".gitignore", "*.log\n");
  dojo_test_write_file (dir, "out.log", "a log\n");
  dojo_test_write_file (sub, "data.txt", "1 2 3\n");
  dojo_test_fifo_make (&fifo, gitignore);

  window = g_object_ref_sink (dojo_window_new (NULL));
  button = window->vcs_button;
  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  dojo_test_fifo_start_watchdog (&fifo);

  /* The list comes though git has not answered; its rows are asked about
   * while git holds the repository. */
  g_assert_true (dojo_test_wait_for (main_py_listed, window, 2500));
  g_assert_true (dojo_vcs_button_get_checking (button));
  dojo_test_beat_start (&beat);
  dojo_test_spin (500);
  g_assert_cmpfloat (dojo_test_beat_stop (&beat), <, dojo_test_beat_limit_ms ());
  g_assert_false (dojo_test_fifo_released (&fifo));
  g_assert_true (dojo_vcs_button_get_checking (button));
  g_assert_false (out_log_dimmed (window));

  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, "");

  g_assert_true (dojo_test_wait_for (dojo_test_vcs_button_ready, button, 10000));
  g_assert_true (dojo_test_wait_for (out_log_dimmed, window, 10000));
  g_assert_true (main_py_listed (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  dojo_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  /* First: see there. */
  g_test_add_func ("/window/icons-without-librsvg", test_icons_without_librsvg);
  /* Before any case that opens a repository: see there. */
  g_test_add_func ("/window/git-after-first-frame", test_git_after_first_frame);
  g_test_add_func ("/window/file-list-while-git-hangs", test_file_list_while_git_hangs);
  g_test_add_func ("/window/file-list-while-status-hangs", test_file_list_while_status_hangs);

  ADD ("/window/three-panes", test_three_panes);
  ADD ("/window/run-prints-and-saves", test_run_prints_and_saves);
  ADD ("/window/run-reads-input", test_run_reads_input);
  ADD ("/window/ctrl-c-stops-infinite-loop", test_ctrl_c_stops_infinite_loop);
  ADD ("/window/stop-ends-output-flood", test_stop_ends_output_flood);
  ADD ("/window/run-again-while-running", test_run_again_while_running);
  ADD ("/window/traceback-line-opens-editor", test_traceback_line_opens_editor);
  ADD ("/window/python-and-shell-tabs", test_python_and_shell_tabs);
  ADD ("/editor/saves", test_editor_saves);
  ADD ("/editor/zoom", test_editor_zoom);
  g_test_add_func ("/editor/python-indent", test_python_indent);
  g_test_add_func ("/window/shortcuts-never-edit", test_shortcuts_never_edit);
  g_test_add_func ("/window/shortcuts-window-shows", test_shortcuts_window_shows);

#undef ADD

  return g_test_run ();
}
