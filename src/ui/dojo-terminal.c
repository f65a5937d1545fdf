/* dojo-terminal.c: the terminal pane: Run output, a Python prompt, a shell
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-terminal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define PCRE2_CODE_UNIT_WIDTH 0
#include <pcre2.h>

#include <adwaita.h>
#include <gio/gunixinputstream.h>
#include <glib-unix.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <vte/vte.h>

#include "dojo-explain.h"
#include "dojo-json.h"
#include "dojo-markdown.h"
#include "dojo-paths.h"
#include "dojo-repo.h"
#include "dojo-terminal-private.h"
#include "dojo-traceback.h"

/* How long Stop (or a move to another project) waits after a polite
 * signal before it insists. */
#define STOP_GRACE_MS 600

/* How often a prompt left in the previous project is asked whether it is
 * idle yet. Only while one is. */
#define FOLLOW_POLL_MS 500

/* Run starts `python3 HARNESS/dojo_run.py FILE` rather than `python3 FILE`:
 * the launcher runs the program exactly as a plain run would and, when it
 * ends with an uncaught exception, sends the explanation's facts on a pipe
 * (the child's fd 3, named in this variable), which the page shows under
 * the traceback. Only the process that raised has what an explanation
 * needs (the frames, the values on the failing line), and the traceback's
 * text on the terminal cannot be told apart from output that looks like
 * one; so the facts travel beside the terminal, never through it. */
#define EXPLAIN_FD_VARIABLE "DOJO_EXPLAIN_FD"

/* As much as dojo_run.py ever sends (its MAX_EXPLANATION_BYTES): more is
 * not an explanation, and is not read. */
#define EXPLAIN_MAX_BYTES (64 * 1024)

/* How long the end of a failed run waits for its explanation. The launcher
 * sends it, and closes the pipe, before the program ends; only a program
 * whose forked child keeps the pipe open makes this wait whole. */
#define EXPLAIN_GRACE_MS 500

/* What a Python or Shell prompt is doing, as far as moving it goes. */
typedef enum
{
  PROMPT_IDLE,    /* waiting for a command, nothing typed: may be moved */
  PROMPT_BUSY,    /* a program runs (or waits for an answer) in it */
  PROMPT_TYPING,  /* the learner has started a line at the prompt */
} PromptState;

typedef struct
{
  DojoTerminal *self;
  VteTerminal  *vte;
  GPid          pid;
  int           match_tag;
  /* Where the running child was started, and the title of that project. */
  GFile        *directory;
  char         *title;
  /* A session being ended: what is left of it gets SIGKILL when
   * end_source fires. */
  GPid          ending_sid;
  guint         end_source;
  PromptState   state;
  guint         spawned : 1;
  guint         respawn_on_enter : 1;
  /* A program ended by dojo_terminal_reset_output(): its exit, if VTE
   * still reports it, says nothing about the next run. */
  guint         ignore_exit : 1;
  /* Ended to start again in the current project once its exit is seen. */
  guint         moving : 1;
} Session;

/* A run on the Output page: `python3 FILE`, or a command of Dojo's own
 * (the debugger) with the file descriptors it is given. */
typedef struct
{
  char   *file;
  char   *header;
  GStrv   argv;
  GArray *fds;
} PendingRun;

/* The pipe a run's explanation comes on, shared by the terminal and the
 * read in flight: whichever lets go last frees it. */
typedef struct
{
  DojoTerminal *self;         /* NULL once the terminal stopped listening */
  GInputStream *stream;
  GCancellable *cancellable;
  GByteArray   *data;
  guint         done : 1;     /* the pipe was closed, or sent too much */
  guint         overflow : 1;
} ExplainChannel;

static void
explain_channel_clear (ExplainChannel *channel)
{
  g_clear_object (&channel->stream);
  g_clear_object (&channel->cancellable);
  g_clear_pointer (&channel->data, g_byte_array_unref);
}

static void
explain_channel_unref (ExplainChannel *channel)
{
  g_rc_box_release_full (channel, (GDestroyNotify)explain_channel_clear);
}

static void
pending_run_free (PendingRun *run)
{
  for (guint i = 0; run->fds != NULL && i < run->fds->len; i++)
    close (g_array_index (run->fds, int, i));
  g_clear_pointer (&run->fds, g_array_unref);
  g_free (run->file);
  g_free (run->header);
  g_strfreev (run->argv);
  g_free (run);
}

struct _DojoTerminal
{
  GtkWidget        parent_instance;

  GtkWidget       *toolbar;
  GtkWidget       *switcher;
  GtkStack        *stack;
  GtkLabel        *status_label;
  GtkLabel        *place_label;
  GtkWidget       *behind_bar;
  GtkLabel        *behind_label;
  GtkButton       *move_button;
  GtkWidget       *stop_button;
  VteTerminal     *run_vte;
  VteTerminal     *python_vte;
  VteTerminal     *shell_vte;

  Session          sessions[3];
  GFile           *directory;
  char            *title;
  char            *run_file;
  PendingRun      *pending_run;
  /* The explanation of the run on the Output page, read while it runs. */
  ExplainChannel  *explain;
  /* The run's exit, while its end waits for the explanation. */
  int              exit_status;
  guint            exit_source;
  GCancellable    *cancellable;
  guint            follow_source;
  int              scrollback_lines;
};

G_DEFINE_FINAL_TYPE (DojoTerminal, dojo_terminal, GTK_TYPE_WIDGET)

static void start_run  (DojoTerminal *self, PendingRun *run);
static void finish_run (DojoTerminal *self);

enum {
  PROP_0,
  PROP_DIRECTORY,
  PROP_MODE,
  PROP_RUNNING,
  PROP_SCROLLBACK_LINES,
  N_PROPS
};

enum {
  OPEN_LOCATION,
  PROGRAM_EXITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char *mode_names[] = { "run", "python", "shell" };

/* The Tango palette that GNOME terminals use, so colours in a learner's
 * output look as they would in GNOME Console. */
static const char *palette_strings[16] = {
  "#2e3436", "#cc0000", "#4e9a06", "#c4a000", "#3465a4", "#75507b", "#06989a", "#d3d7cf",
  "#555753", "#ef2929", "#8ae234", "#fce94f", "#729fcf", "#ad7fa8", "#34e2e2", "#eeeeec",
};

static void spawn_session    (DojoTerminal *self, DojoTerminalMode mode);
static void show_placeholder (DojoTerminal *self);

/* @text in the SGR @sgr, and a line end. */
static void
feed_styled_line (VteTerminal *vte,
                  const char  *sgr,
                  const char  *text)
{
  g_autofree char *line = g_strdup_printf ("\033[%sm%s\033[0m\r\n", sgr, text);

  vte_terminal_feed (vte, line, -1);
}

static void
feed_line (VteTerminal *vte,
           const char  *sgr,
           const char  *text)
{
  vte_terminal_feed (vte, "\r\n", -1);
  feed_styled_line (vte, sgr, text);
}

/* The SGR for Dojo's own notes (the command line, "finished", the hint):
 * dim, so that the program's output stands out; but dim text is hard to read,
 * so with high contrast on, notes are plain. */
static const char *
note_sgr (void)
{
  return adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) ? "0" : "2";
}

static void
clear_screen (VteTerminal *vte)
{
  /* reset() keeps the text; these clear the screen and the scrollback and
   * put the cursor home. */
  vte_terminal_reset (vte, TRUE, TRUE);
  vte_terminal_feed (vte, "\033[H\033[2J\033[3J", -1);
}

static void
set_status (DojoTerminal *self,
            const char   *text)
{
  gtk_label_set_label (self->status_label, text ? text : "");
}

static gboolean
session_is_running (Session *session)
{
  return session->pid > 0;
}

static void
update_actions (DojoTerminal *self)
{
  gboolean running = session_is_running (&self->sessions[DOJO_TERMINAL_MODE_RUN]);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.stop", running);
  gtk_widget_set_visible (self->stop_button, running);
}

typedef gboolean (*ProcessFunc) (GPid     pid,
                                 GPid     sid,
                                 gpointer data);

/* Calls @func for every live (not zombie) process in /proc, with the
 * session it belongs to, until @func returns FALSE. /proc files are made
 * by the kernel on reading and never block, so this is cheap enough for
 * the UI thread (a few hundred small reads); it runs only when a session
 * ends, or on a poll of a prompt that has nothing in its foreground. */
static void
foreach_process (ProcessFunc func,
                 gpointer    data)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc", 0, NULL);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *stat = NULL;
      const char *after_comm;
      char state;
      int sid;

      if (!g_ascii_isdigit (name[0]))
        continue;

      path = g_build_filename ("/proc", name, "stat", NULL);
      if (!g_file_get_contents (path, &stat, NULL, NULL))
        continue;

      /* "pid (comm) state ppid pgrp session …": comm may hold spaces and
       * parentheses, so read from its last ')'. */
      after_comm = strrchr (stat, ')');
      if (after_comm == NULL ||
          sscanf (after_comm + 1, " %c %*d %*d %d", &state, &sid) != 2 ||
          state == 'Z' || state == 'X')
        continue;

      if (!func ((GPid)g_ascii_strtoll (name, NULL, 10), sid, data))
        return;
    }
}

typedef struct
{
  const GPid *sids;
  guint       n_sids;
  int         signum;
} SignalSessions;

static gboolean
signal_process_in_sessions (GPid     pid,
                            GPid     sid,
                            gpointer data)
{
  SignalSessions *request = data;

  for (guint i = 0; i < request->n_sids; i++)
    if (request->sids[i] > 0 && sid == request->sids[i])
      kill (pid, request->signum);

  return TRUE;
}

/* Sends @signum to every process of the sessions led by @sids (0 for none).
 * Every child is spawned by VTE in a session of its own, so this reaches
 * whatever it started: in the shell a job has a process group of its own,
 * and a program that left its group is still in the session. */
static void
signal_sessions (const GPid *sids,
                 guint       n_sids,
                 int         signum)
{
  SignalSessions request = { sids, n_sids, signum };

  /* The leader's own group first, so that it is signalled even where /proc
   * cannot be read. */
  for (guint i = 0; i < n_sids; i++)
    if (sids[i] > 0)
      kill (-sids[i], signum);

  foreach_process (signal_process_in_sessions, &request);
}

static gboolean
session_end_insist (gpointer user_data)
{
  Session *session = user_data;

  session->end_source = 0;
  signal_sessions (&session->ending_sid, 1, SIGKILL);
  session->ending_sid = 0;

  return G_SOURCE_REMOVE;
}

/* Ends the session's child and everything it started: @signum first, then,
 * STOP_GRACE_MS later, SIGKILL for whatever is left, even if the child
 * itself has exited by then (a job that ignores SIGHUP outlives its shell).
 * Never waits: the exit arrives as VTE's child-exited. */
static void
session_end (Session *session,
             int      signum)
{
  if (session->pid <= 0)
    return;

  /* What is left of a session ended before goes now. */
  if (session->end_source != 0)
    {
      g_clear_handle_id (&session->end_source, g_source_remove);
      session_end_insist (session);
    }

  session->ending_sid = session->pid;
  signal_sessions (&session->ending_sid, 1, signum);
  session->end_source = g_timeout_add (STOP_GRACE_MS, session_end_insist, session);
}

typedef struct
{
  GPid     sid;
  gboolean found;
} FindInSession;

static gboolean
find_other_in_session (GPid     pid,
                       GPid     sid,
                       gpointer data)
{
  FindInSession *find = data;

  if (sid == find->sid && pid != find->sid)
    find->found = TRUE;

  return !find->found;
}

/* The text of the line the cursor is on, without the blanks at its end. */
static char *
dup_cursor_line (VteTerminal *vte)
{
  long column;
  long row;
  char *text;

  vte_terminal_get_cursor_position (vte, &column, &row);
#if VTE_CHECK_VERSION (0, 76, 0)
  text = vte_terminal_get_text_range_format (vte, VTE_FORMAT_TEXT, row, 0, row,
                                             vte_terminal_get_column_count (vte), NULL);
#else
  text = vte_terminal_get_text_range (vte, row, 0, row, vte_terminal_get_column_count (vte),
                                      NULL, NULL, NULL);
#endif

  return g_strchomp (text ? text : g_strdup (""));
}

/* Whether a running Python or Shell prompt can be ended and started again
 * elsewhere without the learner losing anything.
 *
 * The pty says the most. Its foreground process group (tcgetpgrp() on
 * VTE's end of it; GNOME Terminal asks the same before it closes a tab) is
 * the shell's own only while the shell waits for a command: a shell with job
 * control gives every command a group of its own and hands it the terminal.
 * If the pty cannot be asked, the prompt counts as busy: a wrong "busy"
 * costs a button press, a wrong "idle" costs the learner's program.
 *
 * The tty's mode says more. A line editor (readline in bash and in Python's
 * REPL, zsh's zle, fish's) turns canonical mode (ICANON) off while it reads
 * a line and restores it before the line runs, so `while True: pass`,
 * time.sleep() and `exec sleep 30` (a program in the shell's place, with its
 * pid and group) all run with ICANON on. A shell or Python without line
 * editing reads in canonical mode and is never idle here: it moves when it
 * exits or when the learner asks, which loses nothing. (Comparing the
 * child's /proc/PID/exe with the program started does not work: python3 is
 * often a launcher, such as pyenv's shim, that runs another file.)
 *
 * In Python the group says nothing (the REPL runs the learner's code
 * itself), and input() reads with readline too, so the cursor's line tells
 * the two apart: ">>>" and nothing after it is the prompt with nothing
 * typed; "Name: " is input() waiting, and ">>> from tas" a line the learner
 * has not finished. Either sign alone is fooled (code can print ">>> ";
 * input() turns ICANON off), both together only by a program that fakes the
 * prompt on purpose. The process state in /proc does not help: a program
 * sleeping and a prompt waiting for a key are both 'S'. A shell's prompt can
 * be anything, so there a command typed but not entered is not seen.
 *
 * Last, any other live process in the child's session (a job in the
 * background, a subprocess Python started) is a program running, and moving
 * would end it. A foreground group always lies inside the session, so for
 * the shell this walk of /proc would find a foreground program too; the
 * group comes first because it is one call where the walk reads every
 * process, on every poll while a program runs, and because it still answers
 * where /proc cannot be read (the walk then finds nothing). */
static PromptState
session_get_state (Session *session)
{
  DojoTerminalMode mode = session - session->self->sessions;
  VtePty *pty = vte_terminal_get_pty (session->vte);
  FindInSession find = { session->pid, FALSE };
  struct termios modes;
  int fd;

  g_assert (mode != DOJO_TERMINAL_MODE_RUN);

  if (pty == NULL || session->pid <= 0)
    return PROMPT_BUSY;

  fd = vte_pty_get_fd (pty);
  if (tcgetpgrp (fd) != session->pid ||
      tcgetattr (fd, &modes) != 0 ||
      (modes.c_lflag & ICANON) != 0)
    return PROMPT_BUSY;

  if (mode == DOJO_TERMINAL_MODE_PYTHON)
    {
      g_autofree char *line = dup_cursor_line (session->vte);

      /* "... " is a block the learner is in the middle of. */
      if (g_str_has_prefix (line, "..."))
        return PROMPT_TYPING;
      if (!g_str_has_prefix (line, ">>>"))
        return PROMPT_BUSY;
      if (line[3] != '\0')
        return PROMPT_TYPING;
    }

  foreach_process (find_other_in_session, &find);

  return find.found ? PROMPT_BUSY : PROMPT_IDLE;
}

/* Running in another folder than the terminal's project, and not already
 * on its way there. */
static gboolean
session_is_behind (Session *session)
{
  DojoTerminal *self = session->self;

  return session_is_running (session) &&
         !session->moving &&
         session->directory != NULL &&
         self->directory != NULL &&
         !g_file_equal (session->directory, self->directory);
}

/* Ends a prompt politely (SIGHUP, so that bash saves its history, as when
 * a terminal window closes); on_child_exited() starts it again in the
 * current project. */
static void
session_move (Session *session)
{
  session->moving = TRUE;
  session_end (session, SIGHUP);
}

static void
update_toolbar (DojoTerminal *self)
{
  DojoTerminalMode mode = dojo_terminal_get_mode (self);
  Session *session = &self->sessions[mode];
  gboolean prompt = mode != DOJO_TERMINAL_MODE_RUN;
  gboolean shell = mode == DOJO_TERMINAL_MODE_SHELL;
  gboolean behind = prompt && session_is_behind (session);
  GFile *directory = self->directory;
  const char *title = self->title;
  g_autofree char *place = NULL;
  g_autofree char *path = NULL;
  g_autofree char *move = NULL;
  g_autofree char *move_tooltip = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->status_label), !prompt);
  gtk_widget_set_visible (GTK_WIDGET (self->place_label), prompt);
  gtk_widget_set_visible (self->behind_bar, behind);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "terminal.move", behind);

  if (!prompt)
    return;

  /* A prompt that runs is where it started; one that does not will start
   * in the current project. */
  if (session_is_running (session) && !session->moving && session->directory != NULL)
    {
      directory = session->directory;
      title = session->title;
    }

  path = directory ? g_file_get_path (directory) : NULL;

  if (!behind)
    {
      /* Empty, the label still keeps the buttons at the end of the row. */
      if (directory == NULL)
        place = g_strdup ("");
      else if (shell)
        /* Translators: %s is the title of a lesson or exercise. */
        place = g_strdup_printf (_("This shell is in “%s”"), title);
      else
        /* Translators: %s is the title of a lesson or exercise. */
        place = g_strdup_printf (_("Python is in “%s”"), title);

      gtk_label_set_label (self->place_label, place);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->place_label), path);
      return;
    }

  /* The bar below says it all. */
  gtk_label_set_label (self->place_label, "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->place_label), NULL);

  if (shell)
    /* Translators: %s is the title of the lesson or exercise the learner left. */
    place = g_strdup_printf (_("This shell is still in “%s”: a program is running in it."),
                             title);
  else if (session->state == PROMPT_TYPING)
    /* Translators: %s is the title of the lesson or exercise the learner left. */
    place = g_strdup_printf (_("Python is still in “%s”: you have started typing there."),
                             title);
  else
    /* Translators: %s is the title of the lesson or exercise the learner left. */
    place = g_strdup_printf (_("Python is still in “%s”: your code is running in it."), title);

  /* Translators: %s is the title of the lesson or exercise now open. */
  move = g_strdup_printf (_("Go to “%s”"), self->title);
  if (shell)
    move_tooltip = g_strdup_printf (
      /* Translators: %s is the title of the lesson or exercise now open. */
      _("Ends the program running in this shell and starts a new shell in “%s”"),
      self->title);
  else
    move_tooltip = g_strdup_printf (
      /* Translators: %s is the title of the lesson or exercise now open. */
      _("Ends the code running in Python, or clears the line you started, and starts Python "
        "again in “%s”"),
      self->title);

  gtk_label_set_label (self->behind_label, place);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->behind_label), path);
  gtk_button_set_label (self->move_button, move);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->move_button), move_tooltip);
}

static gboolean on_follow_poll (gpointer user_data);

/* Moves every prompt that is behind the project and idle; polls the others
 * until they are (or until they are current again). */
static void
follow_project (DojoTerminal *self)
{
  gboolean waiting = FALSE;

  for (guint mode = DOJO_TERMINAL_MODE_PYTHON; mode <= DOJO_TERMINAL_MODE_SHELL; mode++)
    {
      Session *session = &self->sessions[mode];

      if (!session_is_behind (session))
        continue;

      session->state = session_get_state (session);
      if (session->state == PROMPT_IDLE)
        session_move (session);
      else
        waiting = TRUE;
    }

  if (waiting && self->follow_source == 0)
    self->follow_source = g_timeout_add (FOLLOW_POLL_MS, on_follow_poll, self);
  else if (!waiting)
    g_clear_handle_id (&self->follow_source, g_source_remove);

  update_toolbar (self);
}

static gboolean
on_follow_poll (gpointer user_data)
{
  DojoTerminal *self = user_data;

  self->follow_source = 0;
  follow_project (self);

  return G_SOURCE_REMOVE;
}

static void
apply_colors (DojoTerminal *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  GdkRGBA palette[16];
  GdkRGBA fg;
  GdkRGBA bg;

  for (guint i = 0; i < G_N_ELEMENTS (palette_strings); i++)
    gdk_rgba_parse (&palette[i], palette_strings[i]);

  gdk_rgba_parse (&fg, dark ? "#deddda" : "#241f31");
  gdk_rgba_parse (&bg, dark ? "#1e1e1e" : "#fafafa");

  for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
    vte_terminal_set_colors (self->sessions[i].vte, &fg, &bg, palette, G_N_ELEMENTS (palette));
}

static void
on_dark_changed (DojoTerminal *self)
{
  apply_colors (self);
}

/* Large text turned on or off while Dojo runs: VTE (0.70) measures its font
 * when it is set and does not follow a later change of gtk-xft-dpi, as the
 * rest of the window does; setting the default font again makes it measure
 * anew. */
static void
on_text_dpi_changed (DojoTerminal *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
    vte_terminal_set_font (self->sessions[i].vte, NULL);
}

/* Stops listening for the run's explanation; what came so far is dropped. */
static void
explain_stop (DojoTerminal *self)
{
  if (self->explain == NULL)
    return;

  self->explain->self = NULL;
  g_cancellable_cancel (self->explain->cancellable);
  g_clear_pointer (&self->explain, explain_channel_unref);
}

/* The launcher writes its one line and closes the pipe: a line that has
 * ended is all there will be, even while a child the program forked keeps
 * the pipe open. */
static gboolean
explain_complete (ExplainChannel *channel)
{
  return channel->done ||
         (channel->data->len > 0 && channel->data->data[channel->data->len - 1] == '\n');
}

static void
explain_finished (ExplainChannel *channel)
{
  channel->done = TRUE;
  /* A program still writing there learns that nobody reads. */
  g_input_stream_close (channel->stream, NULL, NULL);

  if (channel->self != NULL && channel->self->exit_source != 0)
    finish_run (channel->self);
}

static void explain_read_next (ExplainChannel *channel);

static void
on_explain_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ExplainChannel *channel = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);

  if (channel->self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    ;
  else if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    explain_finished (channel);
  else
    {
      gsize size;
      const guint8 *data = g_bytes_get_data (bytes, &size);

      g_byte_array_append (channel->data, data, size);
      if (channel->data->len > EXPLAIN_MAX_BYTES)
        {
          channel->overflow = TRUE;
          explain_finished (channel);
        }
      else if (explain_complete (channel) && channel->self->exit_source != 0)
        finish_run (channel->self);
      else
        explain_read_next (channel);
    }

  explain_channel_unref (channel);
}

static void
explain_read_next (ExplainChannel *channel)
{
  g_input_stream_read_bytes_async (channel->stream, 4096, G_PRIORITY_DEFAULT,
                                   channel->cancellable, on_explain_read,
                                   g_rc_box_acquire (channel));
}

/* Opens the pipe for the next run's explanation and starts reading it; its
 * other end is added to @fds, for the child. FALSE when no pipe could be
 * made: the program then runs without. */
static gboolean
explain_listen (DojoTerminal *self,
                GArray       *fds)
{
  g_autoptr(GError) error = NULL;
  ExplainChannel *channel;
  int pipe_fds[2];

  explain_stop (self);

  /* Close-on-exec both: VTE places the child's end itself. */
  if (!g_unix_open_pipe (pipe_fds, FD_CLOEXEC, &error))
    {
      g_warning ("Could not make the pipe for explanations: %s", error->message);
      return FALSE;
    }

  channel = g_rc_box_new0 (ExplainChannel);
  channel->self = self;
  channel->stream = g_unix_input_stream_new (pipe_fds[0], TRUE);
  channel->cancellable = g_cancellable_new ();
  channel->data = g_byte_array_new ();
  self->explain = channel;
  g_array_append_val (fds, pipe_fds[1]);

  explain_read_next (channel);

  return TRUE;
}

/* How a program that raised ends: status 1, or SIGINT after a Ctrl+C (a
 * plain run kills itself with it, for the shell's sake). */
static gboolean
status_may_have_explanation (int status)
{
  return (WIFEXITED (status) && WEXITSTATUS (status) == 1) ||
         (WIFSIGNALED (status) && WTERMSIG (status) == SIGINT);
}

/* How the explanation's words are shown on the page. */
typedef enum
{
  MARK_NONE,
  MARK_STRONG,  /* "**…**": the lead-ins, "What this means:" */
  MARK_CODE,    /* "`…`": names and values of the program */
} Mark;

/* The SGR for @mark. Code stands apart by colour, one that reads on the
 * page's background (blue on light, cyan on dark; both stay readable if
 * the style changes later), or underlined with high contrast on. */
static const char *
mark_sgr (Mark mark)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  switch (mark)
    {
    case MARK_STRONG:
      return "1";
    case MARK_CODE:
      if (adw_style_manager_get_high_contrast (manager))
        return "4";
      return adw_style_manager_get_dark (manager) ? "36" : "34";
    case MARK_NONE:
    default:
      return "0";
    }
}

/* Marks in @marks (one a byte of @plain, the text of @markdown) the bold
 * and code spans of @markdown. dojo_markdown_to_plain_text() keeps the
 * words in order, so each span's text is looked for after the one before;
 * one not found is left plain. */
static void
mark_spans (const char *markdown,
            const char *plain,
            guint8     *marks)
{
  const char *p = markdown;
  const char *cursor = plain;
  const char *strong_close = NULL;
  const char *strong_text_end = NULL;

  while (*p != '\0')
    {
      g_autofree char *span = NULL;
      g_autofree char *text = NULL;
      const char *end = NULL;
      const char *found;
      Mark mark;

      if (p[0] == '\\' && p[1] != '\0')
        {
          p += 2;
          continue;
        }
      if (p == strong_close)
        {
          p += 2;
          strong_close = NULL;
          if (strong_text_end != NULL && strong_text_end > cursor)
            cursor = strong_text_end;
          strong_text_end = NULL;
          continue;
        }
      if (g_str_has_prefix (p, "**"))
        {
          end = strstr (p + 2, "**");
          mark = MARK_STRONG;
          if (end != NULL)
            end += 2;
        }
      else if (p[0] == '`')
        {
          gsize ticks = strspn (p, "`");
          g_autofree char *fence = g_strnfill (ticks, '`');

          end = strstr (p + ticks, fence);
          mark = MARK_CODE;
          if (end != NULL)
            end += ticks;
          else
            p += ticks - 1;
        }

      if (end == NULL)
        {
          p++;
          continue;
        }

      span = g_strndup (p, end - p);
      text = dojo_markdown_to_plain_text (span);
      g_strstrip (text);
      found = text[0] != '\0' ? strstr (cursor, text) : NULL;
      if (found != NULL)
        {
          gsize len = strlen (text);

          for (gsize i = 0; i < len; i++)
            if (marks[found - plain + i] == MARK_NONE)
              marks[found - plain + i] = mark;
          /* The words inside a bold span may hold code: look again in
           * them, then go on after them. */
          cursor = mark == MARK_STRONG ? found : found + len;
          if (mark == MARK_STRONG)
            strong_text_end = found + len;
        }
      if (mark == MARK_STRONG)
        {
          strong_close = end - 2;
          p += 2;
        }
      else
        p = end;
    }
}

/* How many columns @text takes on a terminal. */
static long
text_columns (const char *text,
              const char *end)
{
  long columns = 0;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iswide (c))
        columns += 2;
      else if (!g_unichar_iszerowidth (c))
        columns += 1;
    }

  return columns;
}

/* Where a list item's text starts ("• ", "2. "), for the lines it wraps
 * onto; NULL if @line is not one. */
static const char *
list_item_text (const char *line)
{
  static const char *bullets[] = { "• ", "◦ ", "▪ " };
  const char *p = line;

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    if (g_str_has_prefix (line, bullets[i]))
      return line + strlen (bullets[i]);

  while (g_ascii_isdigit (*p))
    p++;
  if (p > line && (p[0] == '.' || p[0] == ')') && p[1] == ' ')
    return p + 2;

  return NULL;
}

/* Appends @text, from @start to @end, in its marks (@marks, one a byte of
 * the text @start is in). */
static void
append_marked (GString      *out,
               const char   *text,
               const guint8 *marks,
               const char   *start,
               const char   *end)
{
  Mark current = MARK_NONE;

  for (const char *p = start; p < end; p++)
    {
      Mark mark = marks[p - text];

      if (mark != current)
        {
          g_string_append_printf (out, "\033[0;%sm", mark_sgr (mark));
          current = mark;
        }
      g_string_append_c (out, *p);
    }

  if (current != MARK_NONE)
    g_string_append (out, "\033[0m");
}

/* Appends the line of @text from @line to @line_end in lines of at most
 * @width columns, broken between words (VTE would break them anywhere). A
 * list item's lines after the first start under its text. */
static void
append_wrapped (GString      *out,
                const char   *text,
                const guint8 *marks,
                const char   *line,
                const char   *line_end,
                long          width)
{
  const char *item = list_item_text (line);
  long indent = item != NULL && item < line_end ? text_columns (line, item) : 0;
  const char *p = line;
  gboolean first = TRUE;

  if (indent > width / 2)
    indent = 0;

  do
    {
      long room = first ? width : width - indent;
      const char *end = p;
      const char *fit = NULL;
      const char *next;

      /* The longest run of whole words that fits; a word longer than the
       * line is cut where the line ends. */
      while (end < line_end)
        {
          const char *word_end = end;

          while (word_end < line_end && *word_end == ' ')
            word_end++;
          while (word_end < line_end && *word_end != ' ')
            word_end = g_utf8_next_char (word_end);
          if (text_columns (p, word_end) > room)
            break;
          end = fit = word_end;
        }

      if (fit == NULL)
        {
          for (end = p; end < line_end; end = g_utf8_next_char (end))
            if (text_columns (p, g_utf8_next_char (end)) > room)
              break;
          if (end == p)
            end = g_utf8_next_char (p);
        }
      next = end;
      while (next < line_end && *next == ' ')
        next++;

      if (!first)
        for (long i = 0; i < indent; i++)
          g_string_append_c (out, ' ');
      append_marked (out, text, marks, p, end);
      g_string_append (out, "\r\n");

      p = next;
      first = FALSE;
    }
  while (p < line_end);
}

/* Shows @markdown, an explanation, as terminal text: its words as
 * dojo_markdown_to_plain_text() gives them, one paragraph a block with a
 * blank line between them (none between the items of a list), the lead-ins
 * in bold and code in colour. */
static void
feed_markdown (VteTerminal *vte,
               const char  *markdown)
{
  g_autofree char *plain = dojo_markdown_to_plain_text (markdown);
  g_autofree guint8 *marks = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  long width = MAX (vte_terminal_get_column_count (vte) - 1, 20);
  gboolean previous_item = FALSE;
  const char *line;
  long column;

  if (plain == NULL)
    return;

  marks = g_malloc0 (strlen (plain) + 1);
  mark_spans (markdown, plain, marks);

  /* Under the traceback, after a blank line. */
  vte_terminal_get_cursor_position (vte, &column, NULL);
  if (column != 0)
    g_string_append (out, "\r\n");

  for (line = plain; *line != '\0'; )
    {
      const char *line_end = strchr (line, '\n');
      const char *next;
      gboolean item;

      if (line_end == NULL)
        line_end = line + strlen (line);
      next = *line_end == '\n' ? line_end + 1 : line_end;
      while (line_end > line && g_ascii_isspace (line_end[-1]))
        line_end--;

      if (line_end > line)
        {
          item = list_item_text (line) != NULL;
          if (!(item && previous_item))
            g_string_append (out, "\r\n");
          previous_item = item;
          append_wrapped (out, plain, marks, line, line_end, width);
        }

      line = next;
    }

  vte_terminal_feed (vte, out->str, out->len);
}

/* The words for a program the learner stopped with Ctrl+C (dojo_run.py's
 * rule `interrupted`): only a run in the terminal meets it, and it is no
 * mistake, so it is worded here rather than among the errors the checker
 * explains too. */
static char *
describe_interrupted (JsonObject *explanation)
{
  gint64 line = dojo_json_get_int (explanation, "line", 0);
  g_autofree char *values = dojo_explain_values (explanation);
  GString *out = g_string_new (NULL);

  if (line > 0 && line <= G_MAXINT)
    g_string_append_printf (out,
                            /* Translators: %d is a line number of the learner's program. */
                            _("**What this means:** You stopped the program with Ctrl+C while "
                              "it was on line %d."),
                            (int)line);
  else
    g_string_append (out, _("**What this means:** You stopped the program with Ctrl+C."));

  g_string_append (out, "\n\n");
  g_string_append (out, _("**What to try:** Nothing is wrong with stopping a program. If it "
                          "was waiting for you to type something, run it again and type the "
                          "answer, then press Enter. If it seemed stuck, look at the loop "
                          "around that line: does something change each time round, so that "
                          "the loop can end?"));

  if (values != NULL)
    g_string_append_printf (out, "\n\n%s", values);

  return g_string_free (out, FALSE);
}

/* The explanation the run sent, under its traceback. A channel that holds
 * anything but one line of one JSON object (a program wrote there too, or
 * sent too much) shows nothing: the traceback is there anyway. (json-glib
 * would read the first of two objects and let the rest go.) */
static void
feed_explanation (VteTerminal    *vte,
                  ExplainChannel *channel)
{
  const char *data = (const char *)channel->data->data;
  gsize len = channel->data->len;
  g_autoptr(JsonParser) parser = NULL;
  g_autofree char *markdown = NULL;
  JsonObject *explanation;
  JsonNode *root;

  if (channel->overflow || len == 0 || data[len - 1] != '\n' ||
      memchr (data, '\n', len - 1) != NULL || !g_utf8_validate_len (data, len, NULL))
    return;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, len, NULL))
    return;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;

  explanation = json_node_get_object (root);
  if (g_strcmp0 (dojo_json_get_string (explanation, "rule"), "interrupted") == 0)
    markdown = describe_interrupted (explanation);
  else
    markdown = dojo_explain_describe (explanation);
  if (markdown != NULL && markdown[0] != '\0')
    feed_markdown (vte, markdown);
}

static gboolean
on_explain_grace_over (gpointer user_data)
{
  DojoTerminal *self = user_data;

  self->exit_source = 0;
  finish_run (self);

  return G_SOURCE_REMOVE;
}

/* The run on the Output page has ended (its status in exit_status): its
 * explanation, if it sent one, then the line that says how it ended. */
static void
finish_run (DojoTerminal *self)
{
  VteTerminal *vte = self->sessions[DOJO_TERMINAL_MODE_RUN].vte;
  int status = self->exit_status;
  g_autofree char *message = NULL;
  const char *sgr = note_sgr ();

  g_clear_handle_id (&self->exit_source, g_source_remove);

  if (self->explain != NULL && status_may_have_explanation (status))
    feed_explanation (vte, self->explain);
  explain_stop (self);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    {
      message = g_strdup_printf (_("%s finished"), self->run_file);
      sgr = "32";
    }
  else if (WIFEXITED (status))
    {
      /* Translators: %s is a file name, %d the program's exit status. */
      message = g_strdup_printf (_("%s ended with an error (exit status %d)"),
                                 self->run_file, WEXITSTATUS (status));
      sgr = "31";
    }
  else if (WIFSIGNALED (status) && WTERMSIG (status) == SIGINT)
    message = g_strdup_printf (_("%s was interrupted with Ctrl+C"), self->run_file);
  else if (WIFSIGNALED (status) &&
           (WTERMSIG (status) == SIGTERM || WTERMSIG (status) == SIGKILL))
    message = g_strdup_printf (_("%s was stopped"), self->run_file);
  else
    {
      message = g_strdup_printf (_("%s crashed (%s)"), self->run_file,
                                 g_strsignal (WTERMSIG (status)));
      sgr = "31";
    }

  feed_line (vte, sgr, message);
  vte_terminal_feed (vte, "\033[?25l", -1);
  set_status (self, message);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_signal_emit (self, signals[PROGRAM_EXITED], 0, status);
}

static void
on_child_exited (VteTerminal *vte,
                 int          status,
                 Session     *session)
{
  DojoTerminal *self = session->self;
  DojoTerminalMode mode = session - self->sessions;

  /* A pending end_source stays: it ends what the child left behind. */
  session->pid = 0;

  if (session->ignore_exit)
    {
      session->ignore_exit = FALSE;
      return;
    }

  if (session->moving)
    {
      g_autofree char *note = NULL;
      long column;

      session->moving = FALSE;

      /* A program ended by the move may have left the terminal in its own
       * modes (a pager's alternate screen, a hidden cursor); the text stays. */
      vte_terminal_reset (vte, FALSE, FALSE);
      vte_terminal_feed (vte, "\033[?1049l\033[?25h", -1);

      if (mode == DOJO_TERMINAL_MODE_PYTHON)
        note = g_strdup_printf (
          /* Translators: %s is the title of a lesson or exercise. */
          _("Python has started again in “%s”. What you defined before is gone."),
          self->title);
      else
        /* Translators: %s is the title of a lesson or exercise. */
        note = g_strdup_printf (_("A new shell has started in “%s”."), self->title);

      /* Under the last prompt, without a blank line if the child already
       * ended that line as it went. */
      vte_terminal_get_cursor_position (vte, &column, NULL);
      if (column != 0)
        vte_terminal_feed (vte, "\r\n", -1);
      feed_styled_line (vte, note_sgr (), note);
      spawn_session (self, mode);
      update_toolbar (self);
      return;
    }

  if (mode != DOJO_TERMINAL_MODE_RUN)
    {
      session->respawn_on_enter = TRUE;
      feed_line (vte, note_sgr (),
                 mode == DOJO_TERMINAL_MODE_PYTHON
                 ? _("Python has closed. Press Enter to start it again.")
                 : _("The shell has closed. Press Enter to start a new one."));
      /* It starts in the current project on Enter: nothing to wait for. */
      follow_project (self);
      return;
    }

  if (self->pending_run != NULL)
    {
      explain_stop (self);
      start_run (self, g_steal_pointer (&self->pending_run));
      return;
    }

  self->exit_status = status;

  /* The explanation may still be on its way: the pipe and the child's exit
   * are read apart. */
  if (self->explain != NULL && status_may_have_explanation (status) &&
      !explain_complete (self->explain))
    {
      self->exit_source = g_timeout_add (EXPLAIN_GRACE_MS, on_explain_grace_over, self);
      return;
    }

  finish_run (self);
}

static void
on_spawned (VteTerminal *vte,
            GPid         pid,
            GError      *error,
            gpointer     user_data)
{
  Session *session = user_data;
  DojoTerminal *self;
  DojoTerminalMode mode;

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = session->self;
  mode = session - self->sessions;

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not start the program: %s"),
                                                  error->message);

      feed_line (vte, "31", message);

      if (mode == DOJO_TERMINAL_MODE_RUN)
        {
          set_status (self, message);
          /* Tell waiters that this run is over, as a failed start. */
          g_signal_emit (self, signals[PROGRAM_EXITED], 0, 127 << 8);
        }
      else
        session->respawn_on_enter = TRUE;

      return;
    }

  session->pid = pid;
  session->ignore_exit = FALSE;

  /* A number is reused only once nothing of the session it led is left:
   * nothing to end there any more, and the new child must not be. */
  for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
    if (self->sessions[i].end_source != 0 && self->sessions[i].ending_sid == pid)
      {
        g_clear_handle_id (&self->sessions[i].end_source, g_source_remove);
        self->sessions[i].ending_sid = 0;
      }

  if (mode == DOJO_TERMINAL_MODE_RUN)
    {
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
  else
    {
      /* The project may have changed while it started. */
      follow_project (self);
    }
}

static char **
make_environment (void)
{
  char **env = g_get_environ ();

  /* Learners' folders stay free of __pycache__ clutter. */
  env = g_environ_setenv (env, "PYTHONDONTWRITEBYTECODE", "1", TRUE);
  env = g_environ_setenv (env, "TERM", "xterm-256color", TRUE);
  env = g_environ_setenv (env, "COLORTERM", "truecolor", TRUE);
  /* Only a run is told of a pipe, and only the one it is given. */
  env = g_environ_unsetenv (env, EXPLAIN_FD_VARIABLE);

  /* git in the Shell keeps the learner's name where Dojo does (in a
   * sandbox, the home folder does not last). */
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    {
      g_autofree char *git_config = dojo_repo_dup_global_config_path ();

      env = g_environ_setenv (env, "GIT_CONFIG_GLOBAL", git_config, TRUE);
    }

  return env;
}

static char *
find_python (void)
{
  return g_find_program_in_path ("python3");
}

/* dojo_run.py, by an absolute path (the run starts in the project), or
 * NULL if this Dojo lacks it. */
static char *
find_run_launcher (void)
{
  g_autofree char *harness_dir = dojo_paths_get_harness_dir ();
  g_autofree char *absolute = g_canonicalize_filename (harness_dir, NULL);
  char *launcher = g_build_filename (absolute, "dojo_run.py", NULL);

  if (!g_file_test (launcher, G_FILE_TEST_IS_REGULAR))
    g_clear_pointer (&launcher, g_free);

  return launcher;
}

/* @fds, when given, are taken: they become the child's 3, 4, 5…; @env,
 * when given, is taken too (else make_environment()). */
static void
spawn_argv_with_fds (DojoTerminal *self,
                     Session      *session,
                     char        **argv,
                     GArray       *fds,
                     char        **env_given)
{
  g_autofree char *cwd = NULL;
  g_auto(GStrv) env = env_given != NULL ? env_given : make_environment ();
  g_autofree int *map = NULL;
  guint n_fds = fds != NULL ? fds->len : 0;

  if (self->directory != NULL)
    cwd = g_file_get_path (self->directory);

  g_set_object (&session->directory, self->directory);
  g_free (session->title);
  session->title = g_strdup (self->title);

  session->spawned = TRUE;
  session->respawn_on_enter = FALSE;

  map = g_new (int, MAX (n_fds, 1));
  for (guint i = 0; i < n_fds; i++)
    map[i] = 3 + i;

  /* VTE takes the descriptors and closes them once the child has them. */
  vte_terminal_spawn_with_fds_async (session->vte,
                                     VTE_PTY_DEFAULT,
                                     cwd,
                                     (const char * const *)argv,
                                     (const char * const *)env,
                                     n_fds > 0 ? (const int *)(void *)fds->data : NULL,
                                     n_fds,
                                     n_fds > 0 ? map : NULL,
                                     n_fds,
                                     G_SPAWN_DEFAULT,
                                     NULL, NULL, NULL,
                                     -1,
                                     self->cancellable,
                                     on_spawned,
                                     session);
  if (fds != NULL)
    g_array_set_size (fds, 0);
}

static void
spawn_argv (DojoTerminal *self,
            Session      *session,
            char        **argv)
{
  spawn_argv_with_fds (self, session, argv, NULL, NULL);
}

static void
spawn_session (DojoTerminal     *self,
               DojoTerminalMode  mode)
{
  Session *session = &self->sessions[mode];
  g_autofree char *program = NULL;

  g_assert (mode != DOJO_TERMINAL_MODE_RUN);

  if (session_is_running (session))
    return;

  if (mode == DOJO_TERMINAL_MODE_PYTHON)
    program = find_python ();
  else
    program = vte_get_user_shell ();

  if (program == NULL && mode == DOJO_TERMINAL_MODE_SHELL)
    program = g_strdup ("/bin/sh");

  if (program == NULL)
    {
      feed_line (session->vte, "31",
                 _("Python 3 was not found. Install the python3 package, then restart Dojo."));
      session->spawned = TRUE;
      return;
    }

  {
    char *argv[] = { program, NULL };

    spawn_argv (self, session, argv);
  }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Session               *session)
{
  if (session->respawn_on_enter &&
      (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter))
    {
      clear_screen (session->vte);
      spawn_session (session->self, session - session->self->sessions);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

gboolean
_dojo_terminal_open_match_at (DojoTerminal *self,
                              double        x,
                              double        y)
{
  VteTerminal *vte;
  Session *session;
  g_autofree char *match = NULL;
  g_autofree char *path = NULL;
  guint line = 0;
  int tag = -1;

  g_return_val_if_fail (DOJO_IS_TERMINAL (self), FALSE);

  vte = VTE_TERMINAL (gtk_widget_get_first_child (gtk_stack_get_visible_child (self->stack)));
  session = &self->sessions[dojo_terminal_get_mode (self)];
  g_assert (session->vte == vte);

  match = vte_terminal_check_match_at (vte, x, y, &tag);
  if (match == NULL || tag != session->match_tag)
    return FALSE;

  if (!dojo_traceback_parse_location (match, &path, &line))
    return FALSE;

  g_signal_emit (self, signals[OPEN_LOCATION], 0, path, line);

  return TRUE;
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   DojoTerminal    *self)
{
  GtkWidget *vte = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  /* A click that ends a selection is not a request to jump. */
  if (n_press != 1 || vte_terminal_get_has_selection (VTE_TERMINAL (vte)))
    return;

  _dojo_terminal_open_match_at (self, x, y);
}

static void
setup_session (DojoTerminal *self,
               VteTerminal  *vte,
               Session      *session)
{
  g_autoptr(VteRegex) regex = NULL;
  g_autoptr(GError) error = NULL;
  GtkEventController *key;
  GtkGesture *click;

  session->self = self;
  session->vte = vte;
  session->match_tag = -1;

  vte_terminal_set_scrollback_lines (vte, self->scrollback_lines);
  vte_terminal_set_scroll_on_output (vte, TRUE);
  vte_terminal_set_scroll_on_keystroke (vte, TRUE);
  vte_terminal_set_cursor_blink_mode (vte, VTE_CURSOR_BLINK_OFF);
  vte_terminal_set_bold_is_bright (vte, TRUE);
  vte_terminal_set_enable_fallback_scrolling (vte, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (vte),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Terminal"),
                                  -1);

  regex = vte_regex_new_for_match (DOJO_TRACEBACK_LOCATION_PATTERN, -1,
                                   PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_MULTILINE,
                                   &error);
  if (regex == NULL)
    g_warning ("Traceback pattern does not compile: %s", error->message);
  else
    {
      session->match_tag = vte_terminal_match_add_regex (vte, regex, 0);
      vte_terminal_match_set_cursor_name (vte, session->match_tag, "pointer");
    }

  g_signal_connect (vte, "child-exited", G_CALLBACK (on_child_exited), session);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), session);
  gtk_widget_add_controller (GTK_WIDGET (vte), key);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (vte), GTK_EVENT_CONTROLLER (click));
}

static void
on_visible_child_changed (DojoTerminal *self)
{
  DojoTerminalMode mode = dojo_terminal_get_mode (self);
  Session *session = &self->sessions[mode];

  /* The prompts start the first time the learner looks at them, so that
   * nothing waits on them at startup. */
  if (mode != DOJO_TERMINAL_MODE_RUN && !session->spawned && gtk_widget_get_mapped (GTK_WIDGET (self)))
    spawn_session (self, mode);

  update_toolbar (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/* A click on Output, Python or Shell gives that page the keyboard, so what
 * the learner types next goes there (the tab's button does not keep it, and
 * the editor would). */
static void
focus_page (gpointer user_data)
{
  g_autoptr(DojoTerminal) self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_switcher_released (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      DojoTerminal    *self)
{
  /* Seen before the tab's button, which switches the page when it sees the
   * release too: the keyboard moves once that is done. */
  g_idle_add_once (focus_page, g_object_ref (self));
}

static void
on_map (DojoTerminal *self)
{
  on_visible_child_changed (self);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  dojo_terminal_stop (DOJO_TERMINAL (widget));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DojoTerminal *self = DOJO_TERMINAL (widget);
  Session *session = &self->sessions[dojo_terminal_get_mode (self)];

  /* The learner asked: whatever runs there ends. */
  if (dojo_terminal_get_mode (self) != DOJO_TERMINAL_MODE_RUN && session_is_behind (session))
    session_move (session);

  follow_project (self);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoTerminal *self = DOJO_TERMINAL (widget);
  VteTerminal *vte = self->sessions[dojo_terminal_get_mode (self)].vte;

  clear_screen (vte);

  /* A shell or Python prompt redraws itself on Ctrl+L; send it so the
   * cleared screen still shows where to type. */
  if (dojo_terminal_get_mode (self) != DOJO_TERMINAL_MODE_RUN &&
      session_is_running (&self->sessions[dojo_terminal_get_mode (self)]))
    vte_terminal_feed_child (vte, "\014", 1);
}

static gboolean
dojo_terminal_grab_focus (GtkWidget *widget)
{
  DojoTerminal *self = DOJO_TERMINAL (widget);

  /* The page in view takes the keyboard, so typing reaches the program. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->sessions[dojo_terminal_get_mode (self)].vte));
}

static void
dojo_terminal_dispose (GObject *object)
{
  DojoTerminal *self = (DojoTerminal *)object;
  GPid sids[2 * G_N_ELEMENTS (self->sessions)] = { 0, };

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->follow_source, g_source_remove);
  g_clear_handle_id (&self->exit_source, g_source_remove);
  explain_stop (self);

  /* Quitting Dojo ends the learner's programs, whatever they are doing,
   * and what is left of sessions being ended: nothing would end it later. */
  for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
    {
      Session *session = &self->sessions[i];

      sids[2 * i] = session->pid;
      if (session->end_source != 0)
        sids[2 * i + 1] = session->ending_sid;
      g_clear_handle_id (&session->end_source, g_source_remove);
      /* VTE reports a child's exit while it is disposed: too late to act on. */
      g_signal_handlers_disconnect_by_func (session->vte, on_child_exited, session);
      session->pid = 0;
      session->moving = FALSE;
      g_clear_object (&session->directory);
      g_clear_pointer (&session->title, g_free);
    }
  signal_sessions (sids, G_N_ELEMENTS (sids), SIGKILL);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_TERMINAL);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->directory);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->run_file, g_free);
  g_clear_pointer (&self->pending_run, pending_run_free);

  G_OBJECT_CLASS (dojo_terminal_parent_class)->dispose (object);
}

static void
dojo_terminal_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DojoTerminal *self = DOJO_TERMINAL (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_MODE:
      g_value_set_string (value, mode_names[dojo_terminal_get_mode (self)]);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, dojo_terminal_get_running (self));
      break;

    case PROP_SCROLLBACK_LINES:
      g_value_set_int (value, self->scrollback_lines);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_terminal_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DojoTerminal *self = DOJO_TERMINAL (object);

  switch (prop_id)
    {
    case PROP_DIRECTORY:
      dojo_terminal_set_directory (self, g_value_get_object (value));
      break;

    case PROP_MODE:
      {
        const char *name = g_value_get_string (value);

        for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
          if (g_strcmp0 (name, mode_names[i]) == 0)
            dojo_terminal_set_mode (self, i);
      }
      break;

    case PROP_SCROLLBACK_LINES:
      if (self->scrollback_lines != g_value_get_int (value))
        {
          self->scrollback_lines = g_value_get_int (value);
          for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
            vte_terminal_set_scrollback_lines (self->sessions[i].vte, self->scrollback_lines);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_terminal_class_init (DojoTerminalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_terminal_dispose;
  object_class->get_property = dojo_terminal_get_property;
  object_class->set_property = dojo_terminal_set_property;
  widget_class->grab_focus = dojo_terminal_grab_focus;

  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A string, so that it binds straight to the terminal-mode setting. */
  properties[PROP_MODE] =
    g_param_spec_string ("mode", NULL, NULL,
                         "run",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Bounded, so that a program printing forever cannot eat the memory. */
  properties[PROP_SCROLLBACK_LINES] =
    g_param_spec_int ("scrollback-lines", NULL, NULL,
                       100, 1000000, 10000,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoTerminal::open-location:
   * @path: the file a traceback line names, as printed
   * @line: the line number
   *
   * The learner clicked a traceback line such as `File "main.py", line 3`.
   */
  signals[OPEN_LOCATION] =
    g_signal_new ("open-location",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  /**
   * DojoTerminal::program-exited:
   * @status: the wait status, as waitpid() gives it
   *
   * The program started by dojo_terminal_run() has ended.
   */
  signals[PROGRAM_EXITED] =
    g_signal_new ("program-exited",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  g_type_ensure (VTE_TYPE_TERMINAL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-terminal.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, switcher);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, stack);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, status_label);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, place_label);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, behind_bar);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, behind_label);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, move_button);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, stop_button);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, run_vte);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, python_vte);
  gtk_widget_class_bind_template_child (widget_class, DojoTerminal, shell_vte);

  gtk_widget_class_install_action (widget_class, "terminal.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "terminal.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "terminal.move", NULL, move_action);

  gtk_widget_class_set_css_name (widget_class, "dojoterminal");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dojo_terminal_init (DojoTerminal *self)
{
  self->scrollback_lines = 10000;
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  setup_session (self, self->run_vte, &self->sessions[DOJO_TERMINAL_MODE_RUN]);
  setup_session (self, self->python_vte, &self->sessions[DOJO_TERMINAL_MODE_PYTHON]);
  setup_session (self, self->shell_vte, &self->sessions[DOJO_TERMINAL_MODE_SHELL]);

  show_placeholder (self);
  update_toolbar (self);

  apply_colors (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-xft-dpi",
                           G_CALLBACK (on_text_dpi_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (on_visible_child_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);

  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect_object (click, "released", G_CALLBACK (on_switcher_released), self, 0);
    gtk_widget_add_controller (self->switcher, GTK_EVENT_CONTROLLER (click));
  }

  update_actions (self);
}

GtkWidget *
dojo_terminal_new (void)
{
  return g_object_new (DOJO_TYPE_TERMINAL, NULL);
}

/**
 * dojo_terminal_set_project:
 * @self: a terminal
 * @directory: (nullable): the project folder, where programs and prompts start
 * @title: (nullable): the name the learner knows the project by (the course
 *   item it belongs to); %NULL for the folder's name
 *
 * Programs started from now on start in @directory. The Python and Shell
 * prompts follow: one that waits for a command, with nothing typed, is
 * ended and started again there at once; one that is busy is left alone
 * (ending it could lose the learner's work) and follows as soon as it is
 * idle, or when the learner asks. Each says in the toolbar where it is.
 */
void
dojo_terminal_set_project (DojoTerminal *self,
                           GFile        *directory,
                           const char   *title)
{
  g_autofree char *basename = NULL;

  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (!directory || G_IS_FILE (directory));

  if (title == NULL && directory != NULL)
    title = basename = g_file_get_basename (directory);

  if (g_strcmp0 (self->title, title) != 0)
    {
      g_free (self->title);
      self->title = g_strdup (title);
    }

  /* The same folder may come back under another title: a prompt working
   * there is known by the new one. */
  for (guint i = 0; i < G_N_ELEMENTS (self->sessions); i++)
    {
      Session *session = &self->sessions[i];

      if (directory != NULL && session->directory != NULL &&
          g_file_equal (session->directory, directory) &&
          g_strcmp0 (session->title, self->title) != 0)
        {
          g_free (session->title);
          session->title = g_strdup (self->title);
        }
    }

  if (self->directory != directory &&
      (self->directory == NULL || directory == NULL || !g_file_equal (self->directory, directory)))
    {
      g_set_object (&self->directory, directory);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
    }

  follow_project (self);
}

/**
 * dojo_terminal_set_directory:
 * @self: a terminal
 * @directory: (nullable): the project folder, where programs and prompts start
 *
 * dojo_terminal_set_project() with the folder's name as the title; for the
 * folder already set, the title it was given stays.
 */
void
dojo_terminal_set_directory (DojoTerminal *self,
                             GFile        *directory)
{
  const char *title = NULL;

  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (!directory || G_IS_FILE (directory));

  if (directory != NULL && self->directory != NULL && g_file_equal (directory, self->directory))
    title = self->title;

  dojo_terminal_set_project (self, directory, title);
}

GFile *
dojo_terminal_get_directory (DojoTerminal *self)
{
  g_return_val_if_fail (DOJO_IS_TERMINAL (self), NULL);

  return self->directory;
}

DojoTerminalMode
dojo_terminal_get_mode (DojoTerminal *self)
{
  const char *name;

  g_return_val_if_fail (DOJO_IS_TERMINAL (self), DOJO_TERMINAL_MODE_RUN);

  name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
    if (g_strcmp0 (name, mode_names[i]) == 0)
      return i;

  return DOJO_TERMINAL_MODE_RUN;
}

void
dojo_terminal_set_mode (DojoTerminal     *self,
                        DojoTerminalMode  mode)
{
  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (mode <= DOJO_TERMINAL_MODE_SHELL);

  gtk_stack_set_visible_child_name (self->stack, mode_names[mode]);
}

/**
 * dojo_terminal_run:
 * @self: a terminal
 * @file: the file to run, relative to the terminal's directory
 *
 * Runs `python3 FILE` on the Output page, ending any program still running
 * there first. The learner types into the terminal to answer input().
 */
void
dojo_terminal_run (DojoTerminal *self,
                   const char   *file)
{
  PendingRun *run;

  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (file != NULL);

  run = g_new0 (PendingRun, 1);
  run->file = g_strdup (file);
  start_run (self, run);
}

/**
 * dojo_terminal_run_command:
 * @self: a terminal
 * @file: the learner's file the command is about, for the notes
 * @header: the line shown above the output (after "$ ")
 * @argv: the command
 * @fds: (array length=n_fds) (transfer none): descriptors that become the
 *   child's 3, 4, 5…; they are duplicated, the caller keeps its own
 * @n_fds: how many
 *
 * Runs a command of Dojo's own on the Output page as dojo_terminal_run()
 * runs a program: the debugger, with its channels.  The learner types into
 * the terminal to answer input().
 */
void
dojo_terminal_run_command (DojoTerminal       *self,
                           const char         *file,
                           const char         *header,
                           const char * const *argv,
                           const int          *fds,
                           guint               n_fds)
{
  PendingRun *run;

  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (file != NULL);
  g_return_if_fail (argv != NULL && argv[0] != NULL);

  run = g_new0 (PendingRun, 1);
  run->file = g_strdup (file);
  run->header = g_strdup (header);
  run->argv = g_strdupv ((char **)argv);
  run->fds = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < n_fds; i++)
    {
      /* VTE wants them close-on-exec: it places them itself. */
      int fd = fcntl (fds[i], F_DUPFD_CLOEXEC, 3);

      if (fd < 0)
        {
          g_warning ("Could not pass a descriptor to the program: %s", g_strerror (errno));
          pending_run_free (run);
          return;
        }
      g_array_append_val (run->fds, fd);
    }

  start_run (self, run);
}

/* Takes @run. */
static void
start_run (DojoTerminal *self,
           PendingRun   *run)
{
  Session *session = &self->sessions[DOJO_TERMINAL_MODE_RUN];
  g_autofree char *python = NULL;
  g_autofree char *header = NULL;

  if (session_is_running (session))
    {
      /* Run again while the program still runs: end it, and start the new
       * run once its exit has been seen, so the two never mix. */
      g_clear_pointer (&self->pending_run, pending_run_free);
      self->pending_run = run;
      signal_sessions (&session->pid, 1, SIGKILL);
      return;
    }

  /* The run before is over, though its explanation was late: say so first. */
  if (self->exit_source != 0)
    finish_run (self);
  explain_stop (self);

  g_free (self->run_file);
  self->run_file = g_strdup (run->file);

  dojo_terminal_set_mode (self, DOJO_TERMINAL_MODE_RUN);
  clear_screen (session->vte);

  if (run->header != NULL)
    header = g_strdup_printf ("\033[%sm$ %s\033[0m\r\n", note_sgr (), run->header);
  else
    header = g_strdup_printf ("\033[%sm$ python3 %s\033[0m\r\n", note_sgr (), run->file);
  vte_terminal_feed (session->vte, header, -1);

  if (run->argv != NULL)
    {
      /* Translators: %s is a file name. */
      g_autofree char *status = g_strdup_printf (_("Debugging %s… Type here when it asks."),
                                                 run->file);

      set_status (self, status);
      spawn_argv_with_fds (self, session, run->argv, run->fds, NULL);
      pending_run_free (run);
      return;
    }

  python = find_python ();
  if (python == NULL)
    {
      const char *message =
        _("Python 3 was not found. Install the python3 package, then press Run again.");

      feed_line (session->vte, "31", message);
      set_status (self, message);
      pending_run_free (run);
      g_signal_emit (self, signals[PROGRAM_EXITED], 0, 127 << 8);
      return;
    }

  {
    /* Translators: %s is a file name. */
    g_autofree char *status = g_strdup_printf (_("Running %s… Type here when it asks; "
                                                 "Ctrl+C stops it."), run->file);
    g_autofree char *launcher = find_run_launcher ();
    g_autoptr(GArray) fds = g_array_new (FALSE, FALSE, sizeof (int));

    set_status (self, status);

    if (launcher != NULL && explain_listen (self, fds))
      {
        char *argv[] = { python, launcher, run->file, NULL };
        char **env = g_environ_setenv (make_environment (), EXPLAIN_FD_VARIABLE, "3", TRUE);

        spawn_argv_with_fds (self, session, argv, fds, env);
      }
    else
      {
        /* Without the launcher, a plain run, without explanations. */
        char *argv[] = { python, run->file, NULL };

        spawn_argv (self, session, argv);
      }
  }
  pending_run_free (run);
}

static void
show_placeholder (DojoTerminal *self)
{
  VteTerminal *vte = self->sessions[DOJO_TERMINAL_MODE_RUN].vte;
  g_autofree char *note = g_strdup_printf ("\033[%sm", note_sgr ());

  clear_screen (vte);
  vte_terminal_feed (vte, note, -1);
  vte_terminal_feed (vte, _("Press Run (F5) to see your program’s output here."), -1);
  /* No cursor where nothing can be typed yet; a run's reset brings it back. */
  vte_terminal_feed (vte, "\033[0m\r\n\033[?25l", -1);
}

/* Lets go of the pty of a program that was just killed. What it wrote and
 * the page has not shown yet would otherwise land on the cleared page;
 * VTE drops what it has not read with the pty. VTE 0.70 cannot be given
 * no pty (vte_terminal_set_pty (NULL) crashes in it), so it gets a fresh
 * one that nothing writes to; the next run brings its own. VTE still
 * reports the killed program's exit. */
static void
detach_pty (Session *session)
{
  g_autoptr(VtePty) pty = NULL;
  g_autoptr(GError) error = NULL;

  pty = vte_pty_new_sync (VTE_PTY_DEFAULT, NULL, &error);
  if (pty == NULL)
    {
      g_message ("Output page keeps the old terminal: %s", error->message);
      return;
    }
  vte_terminal_set_pty (session->vte, pty);
}

/**
 * dojo_terminal_reset_output:
 * @self: a terminal
 *
 * Ends the program on the Output page, if one runs, and clears the page:
 * the learner moved on, and the old output would belong to something
 * else. The Python and Shell pages are the learner's and stay as they are.
 */
void
dojo_terminal_reset_output (DojoTerminal *self)
{
  Session *session;

  g_return_if_fail (DOJO_IS_TERMINAL (self));

  session = &self->sessions[DOJO_TERMINAL_MODE_RUN];
  g_clear_pointer (&self->pending_run, pending_run_free);

  if (session_is_running (session))
    {
      /* Its exit is of no interest any more. */
      g_signal_handlers_block_by_func (session->vte, on_child_exited, session);
      signal_sessions (&session->pid, 1, SIGKILL);
      detach_pty (session);
      session->pid = 0;
      session->ignore_exit = TRUE;
      g_signal_handlers_unblock_by_func (session->vte, on_child_exited, session);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
  else if (self->exit_source != 0)
    {
      /* Ended, its explanation still awaited: of no interest any more. */
      g_clear_handle_id (&self->exit_source, g_source_remove);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
  explain_stop (self);

  set_status (self, NULL);
  show_placeholder (self);
}

/**
 * dojo_terminal_stop:
 * @self: a terminal
 *
 * Stops the program on the Output page: politely first, then for certain.
 */
void
dojo_terminal_stop (DojoTerminal *self)
{
  Session *session;

  g_return_if_fail (DOJO_IS_TERMINAL (self));

  session = &self->sessions[DOJO_TERMINAL_MODE_RUN];
  if (!session_is_running (session) ||
      (session->end_source != 0 && session->ending_sid == session->pid))
    return;

  session_end (session, SIGTERM);
}

gboolean
dojo_terminal_get_running (DojoTerminal *self)
{
  g_return_val_if_fail (DOJO_IS_TERMINAL (self), FALSE);

  return session_is_running (&self->sessions[DOJO_TERMINAL_MODE_RUN]);
}

/**
 * dojo_terminal_dup_text:
 * @self: a terminal
 * @mode: which page
 *
 * Returns: (transfer full): the text on the page's screen
 */
char *
dojo_terminal_dup_text (DojoTerminal     *self,
                        DojoTerminalMode  mode)
{
  g_return_val_if_fail (DOJO_IS_TERMINAL (self), NULL);
  g_return_val_if_fail (mode <= DOJO_TERMINAL_MODE_SHELL, NULL);

#if VTE_CHECK_VERSION (0, 76, 0)
  return vte_terminal_get_text_format (self->sessions[mode].vte, VTE_FORMAT_TEXT);
#else
  return vte_terminal_get_text (self->sessions[mode].vte, NULL, NULL, NULL);
#endif
}

/**
 * dojo_terminal_send_input:
 * @self: a terminal
 * @text: what to type
 *
 * Types @text into the running program on the Output page, as the learner
 * would at the keyboard.
 */
void
dojo_terminal_send_input (DojoTerminal *self,
                          const char   *text)
{
  g_return_if_fail (DOJO_IS_TERMINAL (self));
  g_return_if_fail (text != NULL);

  vte_terminal_feed_child (self->sessions[DOJO_TERMINAL_MODE_RUN].vte, text, -1);
}

VteTerminal *
_dojo_terminal_get_vte (DojoTerminal     *self,
                        DojoTerminalMode  mode)
{
  g_return_val_if_fail (DOJO_IS_TERMINAL (self), NULL);

  return self->sessions[mode].vte;
}

/* The child running on the page, or 0. */
GPid
_dojo_terminal_get_pid (DojoTerminal     *self,
                        DojoTerminalMode  mode)
{
  g_return_val_if_fail (DOJO_IS_TERMINAL (self), 0);
  g_return_val_if_fail (mode <= DOJO_TERMINAL_MODE_SHELL, 0);

  return self->sessions[mode].pid;
}
