/* test-terminal.c: the Python and Shell prompts follow the project, and
 * never at the cost of a running program or a half-typed line
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include <adwaita.h>

#include "dojo-terminal-private.h"
#include "dojo-test-widget.h"

typedef struct
{
  GtkWindow    *window;
  DojoTerminal *terminal;
  GFile        *first;
  GFile        *second;
} Fixture;

/* What a condition waits on: a page of the fixture's terminal, and for
 * some, a pid and a folder. */
typedef struct
{
  Fixture          *f;
  DojoTerminalMode  mode;
  GPid              pid;
  GFile            *folder;
  const char       *text;
} Wait;

static GFile *
make_folder (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "projects", name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  return g_file_new_for_path (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->first = make_folder ("first");
  f->second = make_folder ("second");

  f->terminal = DOJO_TERMINAL (dojo_terminal_new ());
  dojo_terminal_set_project (f->terminal, f->first, "Loops");
  f->window = dojo_test_show_in_window (GTK_WIDGET (f->terminal), 900, 500);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, f->terminal, 5000));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (f->window);
  /* VTE reaps the children it was watching. */
  dojo_test_spin (100);
  g_clear_object (&f->first);
  g_clear_object (&f->second);
}

static char *
page_text (Fixture          *f,
           DojoTerminalMode  mode)
{
  return dojo_terminal_dup_text (f->terminal, mode);
}

/* The folder @pid works in, or NULL if it is gone. */
static char *
dup_cwd (GPid pid)
{
  g_autofree char *link = g_strdup_printf ("/proc/%d/cwd", pid);

  return g_file_read_link (link, NULL);
}

static gboolean
works_in (GPid   pid,
          GFile *folder)
{
  g_autofree char *cwd = dup_cwd (pid);
  g_autofree char *path = g_file_get_path (folder);

  return g_strcmp0 (cwd, path) == 0;
}

/* Gone, for a test: no such process, or a zombie that is not ours to reap
 * (an orphan waits for whoever adopted it, and PID 1 of a container may
 * never reap it). A zombie child of this test means nobody reaped it: that
 * counts as still there. */
static gboolean
process_gone (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", pid);
  g_autofree char *stat = NULL;
  const char *after_comm;
  char state;
  int ppid;

  if (kill (pid, 0) != 0 && errno == ESRCH)
    return TRUE;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return TRUE;
  after_comm = strrchr (stat, ')');
  g_assert_nonnull (after_comm);
  g_assert_cmpint (sscanf (after_comm + 1, " %c %d", &state, &ppid), ==, 2);

  return state == 'Z' && ppid != getpid ();
}

static int
pty_fd (Fixture          *f,
        DojoTerminalMode  mode)
{
  VtePty *pty = vte_terminal_get_pty (_dojo_terminal_get_vte (f->terminal, mode));

  g_assert_nonnull (pty);
  return vte_pty_get_fd (pty);
}

static void
type (Fixture          *f,
      DojoTerminalMode  mode,
      const char       *text)
{
  vte_terminal_feed_child (_dojo_terminal_get_vte (f->terminal, mode), text, -1);
}

/* A DojoTestWidgetMatch: a label or button that shows @data, the text, and
 * is visible (its parents too). */
static gboolean
widget_shows (GtkWidget *widget,
              gpointer   data)
{
  const char *shown = NULL;

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_label (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget))
    shown = gtk_button_get_label (GTK_BUTTON (widget));

  return shown != NULL && strstr (shown, data) != NULL && gtk_widget_is_visible (widget);
}

static GtkWidget *
find_visible_text (GtkWidget  *widget,
                   const char *text)
{
  return dojo_test_find_widget (widget, widget_shows, (gpointer)text);
}

static gboolean
toolbar_shows (Fixture    *f,
               const char *text)
{
  return find_visible_text (GTK_WIDGET (f->terminal), text) != NULL;
}

static gboolean
ends_in_prompt (DojoTerminalMode  mode,
                const char       *text)
{
  g_autofree char *end = g_strstrip (g_strdup (text));

  if (mode == DOJO_TERMINAL_MODE_PYTHON)
    return g_str_has_suffix (end, ">>>");

  /* Whatever the shell's prompt looks like, it ends in '$' or '#'. */
  return g_str_has_suffix (end, "$") || g_str_has_suffix (end, "#");
}

static gboolean
prompted (gpointer data)
{
  Wait *wait = data;
  g_autofree char *text = NULL;

  if (_dojo_terminal_get_pid (wait->f->terminal, wait->mode) <= 0)
    return FALSE;

  text = page_text (wait->f, wait->mode);
  return ends_in_prompt (wait->mode, text);
}

/* Shows the page, waits for its prompt, and returns its child. */
static GPid
start_prompt (Fixture          *f,
              DojoTerminalMode  mode)
{
  Wait wait = { f, mode };

  dojo_terminal_set_mode (f->terminal, mode);
  g_assert_true (dojo_test_wait_for (prompted, &wait, 10000));

  return _dojo_terminal_get_pid (f->terminal, mode);
}

static gboolean
shows (gpointer data)
{
  Wait *wait = data;
  g_autofree char *text = page_text (wait->f, wait->mode);

  return strstr (text, wait->text) != NULL;
}

static gboolean
hidden (gpointer data)
{
  return !shows (data);
}

/* Types @text into the page on @mode, and waits until the page shows
 * @expect. */
static void
type_until_shown (Fixture          *f,
                  DojoTerminalMode  mode,
                  const char       *text,
                  const char       *expect)
{
  Wait wait = { f, mode, 0, NULL, expect };

  type (f, mode, text);
  g_assert_true (dojo_test_wait_for (shows, &wait, 5000));
}

/* A new child on the page, in @folder, prompting under the note that says
 * it moved. */
static gboolean
moved (gpointer data)
{
  Wait *wait = data;
  GPid pid = _dojo_terminal_get_pid (wait->f->terminal, wait->mode);
  g_autofree char *text = NULL;
  const char *note;

  if (pid <= 0 || pid == wait->pid || !works_in (pid, wait->folder))
    return FALSE;

  text = page_text (wait->f, wait->mode);
  note = g_strrstr (text, "has started");

  return note != NULL && ends_in_prompt (wait->mode, note);
}

static gboolean
foreground_taken (gpointer data)
{
  Wait *wait = data;

  return tcgetpgrp (pty_fd (wait->f, wait->mode)) != wait->pid;
}

static gboolean
canonical (gpointer data)
{
  Wait *wait = data;
  struct termios modes;

  return tcgetattr (pty_fd (wait->f, wait->mode), &modes) == 0 &&
         (modes.c_lflag & ICANON) != 0;
}

static gboolean
gone (gpointer data)
{
  return process_gone (GPOINTER_TO_INT (data));
}

/* Starts @command in the shell and waits until it has the terminal;
 * returns its process group. */
static GPid
shell_start (Fixture    *f,
             GPid        shell,
             const char *command)
{
  Wait wait = { f, DOJO_TERMINAL_MODE_SHELL, shell };

  type (f, DOJO_TERMINAL_MODE_SHELL, command);
  g_assert_true (dojo_test_wait_for (foreground_taken, &wait, 5000));

  return tcgetpgrp (pty_fd (f, DOJO_TERMINAL_MODE_SHELL));
}

/* The prompt on @mode stays in the first folder while a program runs:
 * same child, same folder, and the toolbar says so and offers the move. */
static void
assert_left_behind (Fixture          *f,
                    DojoTerminalMode  mode,
                    GPid              pid,
                    const char       *why)
{
  GtkWidget *button;

  /* Two polls' worth. */
  dojo_test_spin (1100);

  g_assert_cmpint (_dojo_terminal_get_pid (f->terminal, mode), ==, pid);
  g_assert_true (works_in (pid, f->first));
  g_assert_true (toolbar_shows (f, "still in “Loops”"));
  g_assert_true (toolbar_shows (f, why));
  button = find_visible_text (GTK_WIDGET (f->terminal), "Go to “Strings”");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "Ends"));
}

/* A prompt waiting for a command moves at once: a new child in the new
 * folder, under a note, below what was on the page. */
typedef struct
{
  DojoTerminalMode  mode;
  const char       *command;  /* spelled so that its echo does not show output */
  const char       *output;
  const char       *note;
  const char       *place;    /* "… is in “%s”" */
} IdleCase;

/* Opens the second project while the prompt on @move is busy: it stays in
 * the first (assert_left_behind()) until @frees (if any) is typed into it
 * and its program is over, then follows by itself. */
static void
assert_follows_when_free (Fixture    *f,
                          Wait       *move,
                          const char *why,
                          const char *frees)
{
  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  assert_left_behind (f, move->mode, move->pid, why);

  if (frees != NULL)
    type (f, move->mode, frees);
  move->folder = f->second;
  g_assert_true (dojo_test_wait_for (moved, move, 5000));
}

static void
test_idle_moves (Fixture       *f,
                 gconstpointer  data)
{
  const IdleCase *idle = data;
  g_autofree char *second = g_file_get_path (f->second);
  g_autofree char *in_first = g_strdup_printf (idle->place, "Loops");
  g_autofree char *in_second = g_strdup_printf (idle->place, "Strings");
  g_autofree char *text = NULL;
  GtkWidget *place;
  Wait move = { f, idle->mode };

  move.pid = start_prompt (f, idle->mode);
  g_assert_true (works_in (move.pid, f->first));
  g_assert_true (toolbar_shows (f, in_first));

  type_until_shown (f, idle->mode, idle->command, idle->output);
  g_assert_true (dojo_test_wait_for (prompted, &move, 5000));

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  move.folder = f->second;
  g_assert_true (dojo_test_wait_for (moved, &move, 5000));
  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (move.pid), 2000));

  text = page_text (f, idle->mode);
  g_assert_nonnull (strstr (text, idle->output));
  g_assert_nonnull (strstr (text, idle->note));
  g_assert_true (strstr (text, idle->output) < strstr (text, idle->note));

  place = find_visible_text (GTK_WIDGET (f->terminal), in_second);
  g_assert_nonnull (place);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (place), ==, second);
  g_assert_false (toolbar_shows (f, "Go to “"));
}

static gboolean
shell_has_keyboard (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_has_focus (GTK_WIDGET (_dojo_terminal_get_vte (f->terminal,
                                                                   DOJO_TERMINAL_MODE_SHELL)));
}

/* A click on the Shell tab's button gives the Shell the keyboard: what the
 * learner types next goes there, not into whatever had it before. */
static void
test_click_on_tab_gives_keyboard (Fixture       *f,
                                  gconstpointer  data)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *switcher = dojo_test_find_widget_of_type (GTK_WIDGET (f->terminal),
                                                       GTK_TYPE_STACK_SWITCHER);
  g_autoptr(GListModel) controllers = NULL;
  GtkEventController *click = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* Something else has the keyboard first, as the editor would. */
  g_object_ref (f->terminal);
  gtk_window_set_child (f->window, box);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (f->terminal));
  g_object_unref (f->terminal);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, f->terminal, 5000));
  gtk_widget_grab_focus (entry);

  /* What a click does: the switcher's own capture-phase gesture sees the
   * release, then the tab's button switches the page. */
  controllers = gtk_widget_observe_controllers (switcher);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (c))
        click = c;
    }
  g_assert_nonnull (click);
  g_signal_emit_by_name (click, "released", 1, 10.0, 10.0);
  dojo_terminal_set_mode (f->terminal, DOJO_TERMINAL_MODE_SHELL);

  g_assert_true (dojo_test_wait_for (shell_has_keyboard, f, 2000));
}

static void
test_shell_not_started (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *text = NULL;
  GPid pid;

  /* Moving before the Shell tab was ever opened: it starts there later. */
  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  dojo_test_spin (100);
  g_assert_cmpint (_dojo_terminal_get_pid (f->terminal, DOJO_TERMINAL_MODE_SHELL), ==, 0);

  pid = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  g_assert_true (works_in (pid, f->second));
  text = page_text (f, DOJO_TERMINAL_MODE_SHELL);
  g_assert_null (strstr (text, "has started in"));
}

static void
test_shell_busy_waits (Fixture       *f,
                       gconstpointer  data)
{
  Wait move = { f, DOJO_TERMINAL_MODE_SHELL };

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  /* Long enough to outlast the look at it, on a busy machine too. */
  shell_start (f, move.pid, "sleep 3\r");

  assert_follows_when_free (f, &move, "a program is running in it", NULL);
  g_assert_false (toolbar_shows (f, "still in"));
  g_assert_false (toolbar_shows (f, "Go to “"));
}

/* Presses Move in the bar: the prompt on @move starts again in the second
 * project, and the old child and @program, which ran in it, are gone. The
 * press itself never waits for them. */
static void
press_move (Fixture *f,
            Wait    *move,
            GPid     program)
{
  GtkWidget *button = find_visible_text (GTK_WIDGET (f->terminal), "Go to “Strings”");
  gint64 before;

  g_assert_nonnull (button);
  before = g_get_monotonic_time ();
  gtk_widget_activate (button);
  g_assert_cmpint (g_get_monotonic_time () - before, <, 100 * 1000);

  move->folder = f->second;
  g_assert_true (dojo_test_wait_for (moved, move, 5000));
  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (program), 2000));
  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (move->pid), 2000));
}

static void
test_shell_button_ends_program (Fixture       *f,
                                gconstpointer  data)
{
  Wait move = { f, DOJO_TERMINAL_MODE_SHELL };
  Wait marker = { f, DOJO_TERMINAL_MODE_SHELL, 0, NULL, "MARK=1" };
  g_autofree char *text = NULL;
  GPid sleep;

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  type_until_shown (f, DOJO_TERMINAL_MODE_SHELL, "echo MARK=$((0 + 1))\r", "MARK=1");
  /* Full screen, as a pager or an editor would be. */
  sleep = shell_start (f, move.pid, "printf '\\033[?1049h'; sleep 60\r");
  g_assert_true (dojo_test_wait_for (hidden, &marker, 5000));

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  assert_left_behind (f, DOJO_TERMINAL_MODE_SHELL, move.pid, "a program is running in it");
  press_move (f, &move, sleep);

  /* Back on the screen with the earlier text, not the program's. */
  text = page_text (f, DOJO_TERMINAL_MODE_SHELL);
  g_assert_nonnull (strstr (text, "MARK=1"));
}

/* The learner's shell ignores SIGHUP and SIGTERM, and so does the program
 * in it (it inherits that): the move must not wait for them forever, nor
 * leave them running. */
static void
test_shell_ignoring_hangup (Fixture       *f,
                            gconstpointer  data)
{
  Wait move = { f, DOJO_TERMINAL_MODE_SHELL };
  GPid sleep;

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  type (f, DOJO_TERMINAL_MODE_SHELL, "trap '' HUP TERM\r");
  sleep = shell_start (f, move.pid, "sleep 60\r");

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  press_move (f, &move, sleep);
}

/* A job in the background is a program running too, though the shell has
 * the terminal. */
static void
test_shell_background_job_waits (Fixture       *f,
                                 gconstpointer  data)
{
  Wait move = { f, DOJO_TERMINAL_MODE_SHELL };

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  type_until_shown (f, DOJO_TERMINAL_MODE_SHELL, "sleep 60 & echo JOB=$((0 + 1))\r", "JOB=1");
  g_assert_true (dojo_test_wait_for (prompted, &move, 5000));

  assert_follows_when_free (f, &move, "a program is running in it", "kill %1\r");
}

static gboolean
closed (gpointer data)
{
  Wait *wait = data;

  return _dojo_terminal_get_pid (wait->f->terminal, wait->mode) == 0 && shows (wait);
}

/* `exec` puts a program in the shell's place, with the shell's pid and
 * terminal: still a program running. When it ends, the page starts a new
 * shell on Enter, in the project now open. */
static void
test_shell_exec_waits (Fixture       *f,
                       gconstpointer  data)
{
  Wait closing = { f, DOJO_TERMINAL_MODE_SHELL, 0, NULL, "Press Enter" };
  GPid shell = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  GPid again;

  type (f, DOJO_TERMINAL_MODE_SHELL, "exec sleep 3\r");
  dojo_test_spin (300);

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  assert_left_behind (f, DOJO_TERMINAL_MODE_SHELL, shell, "a program is running in it");

  g_assert_true (dojo_test_wait_for (closed, &closing, 5000));
  g_assert_false (toolbar_shows (f, "still in"));
  g_assert_true (toolbar_shows (f, "This shell is in “Strings”"));

  /* The page's own key handler sees Enter before VTE does. */
  g_assert_true (dojo_test_press_enter (GTK_WIDGET (_dojo_terminal_get_vte (
    f->terminal, DOJO_TERMINAL_MODE_SHELL))));

  again = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  g_assert_cmpint (again, !=, shell);
  g_assert_true (works_in (again, f->second));
}

static void
test_back_before_move (Fixture       *f,
                       gconstpointer  data)
{
  GPid shell = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);

  shell_start (f, shell, "sleep 60\r");

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  g_assert_true (toolbar_shows (f, "still in “Loops”"));

  /* Back before the program ended: the shell is where it should be. */
  dojo_terminal_set_project (f->terminal, f->first, "Loops");
  g_assert_false (toolbar_shows (f, "still in"));
  g_assert_false (toolbar_shows (f, "Go to “"));
  g_assert_true (toolbar_shows (f, "This shell is in “Loops”"));

  type (f, DOJO_TERMINAL_MODE_SHELL, "\003");
  dojo_test_spin (1600);
  g_assert_cmpint (_dojo_terminal_get_pid (f->terminal, DOJO_TERMINAL_MODE_SHELL), ==, shell);
  g_assert_true (works_in (shell, f->first));
}

typedef struct
{
  const char *code;
  gboolean    waits_for_input;
} BusyCode;

/* Code running at the Python prompt (or waiting in input()) keeps it where
 * it is; once Ctrl+C brings the prompt back, it follows. */
static void
test_python_busy_waits (Fixture       *f,
                        gconstpointer  data)
{
  const BusyCode *busy = data;
  Wait move = { f, DOJO_TERMINAL_MODE_PYTHON };
  Wait asks = { f, DOJO_TERMINAL_MODE_PYTHON, 0, NULL, "Name: " };

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_PYTHON);
  type (f, DOJO_TERMINAL_MODE_PYTHON, busy->code);
  if (busy->waits_for_input)
    g_assert_true (dojo_test_wait_for (shows, &asks, 5000));
  else
    g_assert_true (dojo_test_wait_for (canonical, &move, 5000));

  assert_follows_when_free (f, &move, "your code is running in it", "\003");
}

static void
test_python_typed_stays (Fixture       *f,
                         gconstpointer  data)
{
  Wait move = { f, DOJO_TERMINAL_MODE_PYTHON };
  Wait typed = { f, DOJO_TERMINAL_MODE_PYTHON, 0, NULL, ">>> from tas" };

  move.pid = start_prompt (f, DOJO_TERMINAL_MODE_PYTHON);
  type_until_shown (f, DOJO_TERMINAL_MODE_PYTHON, "from tas", typed.text);

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  assert_left_behind (f, DOJO_TERMINAL_MODE_PYTHON, move.pid, "started typing");
  g_assert_true (shows (&typed));

  /* Ctrl+U empties the line: nothing is lost any more, and it follows. */
  type (f, DOJO_TERMINAL_MODE_PYTHON, "\025");
  move.folder = f->second;
  g_assert_true (dojo_test_wait_for (moved, &move, 5000));
}

/* Closing the terminal while both prompts are left behind, busy, ends
 * everything they were running. */
static void
test_close_while_behind (Fixture       *f,
                         gconstpointer  data)
{
  Wait python_busy = { f, DOJO_TERMINAL_MODE_PYTHON };
  GPid python;
  GPid shell;
  GPid sleep;

  python = start_prompt (f, DOJO_TERMINAL_MODE_PYTHON);
  python_busy.pid = python;
  type (f, DOJO_TERMINAL_MODE_PYTHON, "import time; time.sleep(60)\r");
  g_assert_true (dojo_test_wait_for (canonical, &python_busy, 5000));

  /* A program that ignores the hangup its shell's end would send it. */
  shell = start_prompt (f, DOJO_TERMINAL_MODE_SHELL);
  sleep = shell_start (f, shell, "(trap '' HUP TERM; sleep 60)\r");

  dojo_terminal_set_project (f->terminal, f->second, "Strings");
  dojo_test_spin (600);
  g_assert_cmpint (_dojo_terminal_get_pid (f->terminal, DOJO_TERMINAL_MODE_PYTHON), ==, python);
  g_assert_cmpint (_dojo_terminal_get_pid (f->terminal, DOJO_TERMINAL_MODE_SHELL), ==, shell);

  gtk_window_destroy (f->window);
  f->window = NULL;

  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (sleep), 3000));
  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (shell), 3000));
  g_assert_true (dojo_test_wait_for (gone, GINT_TO_POINTER (python), 3000));
}

int
main (int   argc,
      char *argv[])
{
  static const IdleCase shell_idle = {
    DOJO_TERMINAL_MODE_SHELL, "echo MARK=$((0 + 1))\r", "MARK=1",
    "A new shell has started in “Strings”", "This shell is in “%s”"
  };
  static const IdleCase python_idle = {
    DOJO_TERMINAL_MODE_PYTHON, "print(6 * 7)\r", "42",
    "Python has started again in “Strings”", "Python is in “%s”"
  };
  static const BusyCode loop = { "while True: pass\r\r", FALSE };
  static const BusyCode sleeping = { "import time; time.sleep(30)\r", FALSE };
  static const BusyCode asking = { "input('Na' + 'me: ')\r", TRUE };
  /* Prints what looks like the prompt, then runs on: the tty's mode tells. */
  static const BusyCode faking = {
    "print('>' * 3, end=' ', flush=True); import time; time.sleep(30)\r", FALSE
  };

  dojo_test_widget_init (&argc, &argv);

#define ADD(path, func, data) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("/terminal/shell/idle-moves", test_idle_moves, &shell_idle);
  ADD ("/terminal/shell/not-started", test_shell_not_started, NULL);
  ADD ("/terminal/click-on-tab-gives-keyboard", test_click_on_tab_gives_keyboard, NULL);
  ADD ("/terminal/shell/busy-waits", test_shell_busy_waits, NULL);
  ADD ("/terminal/shell/button-ends-program", test_shell_button_ends_program, NULL);
  ADD ("/terminal/shell/ignoring-hangup", test_shell_ignoring_hangup, NULL);
  ADD ("/terminal/shell/background-job-waits", test_shell_background_job_waits, NULL);
  ADD ("/terminal/shell/exec-waits", test_shell_exec_waits, NULL);
  ADD ("/terminal/shell/back-before-move", test_back_before_move, NULL);
  ADD ("/terminal/python/idle-moves", test_idle_moves, &python_idle);
  ADD ("/terminal/python/loop-waits", test_python_busy_waits, &loop);
  ADD ("/terminal/python/sleep-waits", test_python_busy_waits, &sleeping);
  ADD ("/terminal/python/input-waits", test_python_busy_waits, &asking);
  ADD ("/terminal/python/fake-prompt-waits", test_python_busy_waits, &faking);
  ADD ("/terminal/python/typed-stays", test_python_typed_stays, NULL);
  ADD ("/terminal/close-while-behind", test_close_while_behind, NULL);

#undef ADD

  return g_test_run ();
}
