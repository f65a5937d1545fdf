/* dojo-window-debug.c: the window's side of the debugger
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Debug runs the learner's program under the backend of docs/debugger.md,
 * in the Output terminal (so input() and print() work as they do in Run),
 * inside the same sandbox as Check.  This file ties the run
 * (DojoDebugRun, GTK-free) to the window: the stepping actions and their
 * keys, the debugger's line and the breakpoints in the editors, and the
 * panel on the right that shows each stop.  Debug This Check starts the
 * same run with a failed io case's input, or with the one failed test.
 */

#define G_LOG_DOMAIN "dojo-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-check-result.h"
#include "dojo-debug.h"
#include "dojo-debug-marks.h"
#include "dojo-debug-panel.h"
#include "dojo-project.h"
#include "dojo-window-private.h"

/* What a Debug press starts with: Debug This Check fills it in. */
typedef struct
{
  char  *stdin_text;
  GStrv  argv;
  char  *test_path;
  char  *test_id;
} DebugTarget;

static void
debug_target_free (DebugTarget *target)
{
  g_free (target->stdin_text);
  g_strfreev (target->argv);
  g_free (target->test_path);
  g_free (target->test_id);
  g_free (target);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DebugTarget, debug_target_free)

static DojoEditor *
editor_for (DojoWindow *self,
            const char *relative,
            gboolean    open)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  DojoEditor *editor;

  if (self->project == NULL || relative == NULL)
    return NULL;

  file = g_file_resolve_relative_path (dojo_project_get_directory (self->project), relative);
  editor = dojo_editor_tabs_find (self->tabs, file);
  if (editor == NULL && open)
    {
      editor = dojo_editor_tabs_open (self->tabs, file, FALSE, &error);
      if (editor == NULL)
        g_debug ("Could not open %s for the debugger: %s", relative, error->message);
    }
  return editor;
}

static void
clear_line_marks (DojoWindow *self)
{
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (self->tabs);

  for (guint i = 0; i < editors->len; i++)
    dojo_debug_marks_set_line (dojo_editor_get_view (g_ptr_array_index (editors, i)), 0, FALSE);
}

/* The debugger's line goes to @relative:@line, and that file comes into view. */
static void
mark_line (DojoWindow *self,
           const char *relative,
           guint       line,
           gboolean    exception)
{
  DojoEditor *editor;

  clear_line_marks (self);
  editor = editor_for (self, relative, TRUE);
  if (editor == NULL)
    return;
  if (dojo_editor_tabs_get_active (self->tabs) != editor)
    dojo_editor_tabs_set_active (self->tabs, editor);
  dojo_debug_marks_set_line (dojo_editor_get_view (editor), line, exception);
}

static gboolean
is_stopped (DojoWindow *self)
{
  return self->debug_run != NULL && self->debug_event != NULL && !self->debug_moving;
}

void
_dojo_window_debug_update_actions (DojoWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean stopped = is_stopped (self);
  gint64 index = 0, count = 0;
  static const char * const stepping[] = {
    "win.debug-step-over", "win.debug-step-into", "win.debug-step-out", "win.debug-continue",
  };

  if (self->debug_event != NULL)
    {
      index = json_object_get_int_member_with_default (self->debug_event, "index", 0);
      count = json_object_get_int_member_with_default (self->debug_event, "count", 0);
    }

  gtk_widget_action_set_enabled (widget, "win.debug", self->project != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (stepping); i++)
    gtk_widget_action_set_enabled (widget, stepping[i], stopped);
  gtk_widget_action_set_enabled (widget, "win.debug-stop", self->debug_run != NULL);
  gtk_widget_action_set_enabled (widget, "win.debug-back", stopped && index > 0);
  gtk_widget_action_set_enabled (widget, "win.debug-forward", stopped && index + 1 < count);
  gtk_widget_action_set_enabled (widget, "win.debug-focus-panel",
                                 self->debug_panel != NULL &&
                                 gtk_widget_get_visible (self->debug_panel));
  gtk_widget_action_set_enabled (widget, "win.debug-toggle-breakpoint",
                                 dojo_editor_tabs_get_active (self->tabs) != NULL);
}

static void
set_status (DojoWindow *self,
            const char *text)
{
  if (self->debug_panel != NULL)
    dojo_debug_panel_set_status (DOJO_DEBUG_PANEL (self->debug_panel), text);
}

static char *
status_for (JsonObject *event)
{
  JsonObject *state = json_object_get_object_member (event, "state");
  const char *reason = json_object_get_string_member_with_default (event, "reason", "step");
  gint64 line = json_object_get_int_member_with_default (state, "line", 0);

  if (g_str_equal (reason, "history"))
    {
      if (json_object_get_boolean_member_with_default (event, "live", FALSE))
        /* Translators: %d is a line number. */
        return g_strdup_printf (_("Back where your program is now: line %d runs next."),
                                (int)line);
      return g_strdup_printf (
        /* Translators: looking back at a step already taken; %d is a line number. */
        _("A step from before, at line %d. Step Forward (F6) goes on; the program waits."),
        (int)line);
    }
  if (g_str_equal (reason, "start"))
    return g_strdup_printf (_("Stopped before line %d, the first of your program. "
                              "Step Over (F10) runs it."), (int)line);
  if (g_str_equal (reason, "breakpoint"))
    return g_strdup_printf (_("Stopped at the breakpoint on line %d."), (int)line);
  if (g_str_equal (reason, "exception"))
    {
      JsonObject *exception = json_object_get_object_member (state, "exception");
      const char *type = exception ? json_object_get_string_member_with_default (exception, "type", "") : "";

      /* Translators: %s is the name of an exception, like ZeroDivisionError. */
      return g_strdup_printf (_("%s stopped your program on line %d. "
                                "Look at the names and values it had then."),
                              type, (int)line);
    }
  if (g_strcmp0 (json_object_get_string_member_with_default (state, "event", NULL), "return") == 0)
    /* Translators: %s is a function's name. */
    return g_strdup_printf (_("%s is about to give back its value (line %d)."),
                            json_object_get_string_member_with_default (state, "function", "?"),
                            (int)line);
  return g_strdup_printf (_("Line %d runs next."), (int)line);
}

static void
on_stopped (DojoWindow   *self,
            JsonObject   *event,
            DojoDebugRun *run)
{
  JsonObject *state;
  g_autofree char *status = NULL;

  if (run != self->debug_run || !json_object_has_member (event, "state"))
    return;

  g_clear_pointer (&self->debug_event, json_object_unref);
  self->debug_event = json_object_ref (event);
  self->debug_moving = FALSE;
  state = json_object_get_object_member (event, "state");

  mark_line (self,
             json_object_get_string_member_with_default (state, "file", NULL),
             (guint)json_object_get_int_member_with_default (state, "line", 0),
             g_strcmp0 (json_object_get_string_member_with_default (event, "reason", NULL),
                        "exception") == 0);
  dojo_debug_panel_set_event (DOJO_DEBUG_PANEL (self->debug_panel), event);
  status = status_for (event);
  set_status (self, status);
  _dojo_window_debug_update_actions (self);
}

static void
on_exited (DojoWindow   *self,
           JsonObject   *event,
           DojoDebugRun *run)
{
  gint64 code;

  if (run != self->debug_run)
    return;

  self->debug_exited = TRUE;
  code = json_object_get_int_member_with_default (event, "code", 0);
  if (code == 0)
    set_status (self, _("Your program finished. Its last step is still shown."));
  else
    {
      /* Translators: %d is the program's exit status. */
      g_autofree char *text = g_strdup_printf (_("Your program ended with exit status %d."),
                                               (int)code);

      set_status (self, text);
    }
  self->debug_moving = TRUE;
  clear_line_marks (self);
  _dojo_window_debug_update_actions (self);
}

static void
on_failed (DojoWindow   *self,
           GError       *error,
           DojoDebugRun *run)
{
  g_autofree char *text = NULL;

  if (run != self->debug_run)
    return;

  if (g_error_matches (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_FORGED))
    text = g_strdup (_("The debugger stopped: your program wrote into the debugger’s own channel, "
                       "so what it would show could not be trusted."));
  else if (g_error_matches (error, DOJO_DEBUG_ERROR, DOJO_DEBUG_ERROR_SANDBOX))
    /* Translators: %s says why, in the system's words. */
    text = g_strdup_printf (_("Dojo could not start the sandbox your program runs in: %s"),
                            error->message);
  else
    text = g_strdup_printf (_("The debugger stopped: %s"), error->message);

  set_status (self, text);
  clear_line_marks (self);
  dojo_terminal_stop (self->terminal);
}

/* The run is over: its process has gone (or is going). */
static void
finish_run (DojoWindow *self)
{
  if (self->debug_run == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->debug_run, self);
  g_clear_object (&self->debug_run);
  self->debug_moving = FALSE;
  clear_line_marks (self);
  _dojo_window_debug_update_actions (self);
}

static void
on_program_exited (DojoWindow   *self,
                   int           status,
                   DojoTerminal *terminal)
{
  if (self->debug_run == NULL)
    return;

  /* A run ended before the backend said so itself: Stop, or a crash. */
  if (!self->debug_exited)
    set_status (self, _("Your program was stopped."));
  finish_run (self);
}

static void
on_frame_selected (DojoWindow     *self,
                   int             depth,
                   const char     *file,
                   int             line,
                   DojoDebugPanel *panel)
{
  if (line > 0)
    mark_line (self, file, (guint)line, FALSE);
}

static void
ensure_panel (DojoWindow *self)
{
  if (self->debug_panel != NULL)
    return;

  self->debug_panel = dojo_debug_panel_new ();
  gtk_widget_set_size_request (self->debug_panel, 300, -1);
  gtk_paned_set_end_child (self->debug_paned, self->debug_panel);
  g_signal_connect_object (self->debug_panel, "frame-selected",
                           G_CALLBACK (on_frame_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->terminal, "program-exited",
                           G_CALLBACK (on_program_exited), self, G_CONNECT_SWAPPED);
}

/* Every breakpoint of every open file of the project, into @run. */
static void
give_breakpoints (DojoWindow   *self,
                  DojoDebugRun *run)
{
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (self->tabs);

  for (guint i = 0; i < editors->len; i++)
    {
      DojoEditor *editor = g_ptr_array_index (editors, i);
      g_autoptr(GArray) lines = dojo_debug_marks_get_breakpoints (dojo_editor_get_view (editor));
      g_autofree char *relative = NULL;

      if (dojo_editor_get_file (editor) == NULL)
        continue;
      relative = _dojo_window_dup_relative_path (self, dojo_editor_get_file (editor));
      if (relative == NULL)
        continue;
      dojo_debug_run_set_breakpoints (run, relative, (const guint *)(void *)lines->data,
                                      lines->len);
    }
}

static void
start_debugging (DojoWindow        *self,
                 const char        *relative,
                 const DebugTarget *target)
{
  g_autoptr(DojoDebugRun) run = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  g_autofree char *project = NULL;
  g_autofree char *header = NULL;
  int child_fds[3] = { -1, -1, -1 };

  if (self->project == NULL)
    return;

  _dojo_window_debug_end (self);
  ensure_panel (self);
  gtk_widget_set_visible (self->debug_panel, TRUE);
  dojo_debug_panel_clear (DOJO_DEBUG_PANEL (self->debug_panel));

  project = g_file_get_path (dojo_project_get_directory (self->project));
  run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, relative);
  if (target != NULL && target->test_id != NULL)
    dojo_debug_run_set_test (run, target->test_path, target->test_id);
  else if (target != NULL)
    {
      dojo_debug_run_set_stdin (run, target->stdin_text);
      dojo_debug_run_set_argv (run, (const char * const *)target->argv);
    }
  give_breakpoints (self, run);

  if (!dojo_debug_run_prepare (run, &argv, child_fds, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The debugger could not start: %s"),
                                               error->message);

      set_status (self, text);
      return;
    }

  self->debug_run = g_object_ref (run);
  self->debug_moving = TRUE;
  self->debug_exited = FALSE;
  g_signal_connect_object (run, "stopped", G_CALLBACK (on_stopped), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (run, "exited", G_CALLBACK (on_exited), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (run, "failed", G_CALLBACK (on_failed), self, G_CONNECT_SWAPPED);

  if (target != NULL && target->test_id != NULL)
    /* Translators: %s is a test's name, like test_main.TestAdd.test_negative. */
    header = g_strdup_printf (_("debug the test %s"), target->test_id);
  else if (target != NULL)
    /* Translators: %s is a file name; the program gets a check's input. */
    header = g_strdup_printf (_("debug %s, with the check’s input"), relative);
  else
    /* Translators: %s is a file name. */
    header = g_strdup_printf (_("debug %s"), relative);

  dojo_terminal_set_directory (self->terminal, dojo_project_get_directory (self->project));
  dojo_terminal_run_command (self->terminal, relative, header,
                             (const char * const *)argv, child_fds, 3);
  dojo_debug_run_started (run);
  set_status (self, _("Starting your program under the debugger…"));
  _dojo_window_debug_update_actions (self);

  /* input() reads from the terminal: the keyboard goes there. */
  gtk_widget_grab_focus (GTK_WIDGET (self->terminal));
}

/**
 * _dojo_window_debug_end:
 * @self: a window
 *
 * Ends what is being debugged, if anything: the learner moved on.
 */
void
_dojo_window_debug_end (DojoWindow *self)
{
  if (self->debug_run != NULL)
    {
      DojoDebugRun *run = self->debug_run;

      g_signal_handlers_disconnect_by_data (run, self);
      if (dojo_terminal_get_running (self->terminal))
        dojo_terminal_stop (self->terminal);
      g_clear_object (&self->debug_run);
    }
  g_clear_pointer (&self->debug_event, json_object_unref);
  self->debug_moving = FALSE;
  clear_line_marks (self);
  _dojo_window_debug_update_actions (self);
}

/* Hides the panel: another item opened. */
void
_dojo_window_debug_close (DojoWindow *self)
{
  _dojo_window_debug_end (self);
  if (self->debug_panel != NULL)
    gtk_widget_set_visible (self->debug_panel, FALSE);
  _dojo_window_debug_update_actions (self);
}

typedef struct
{
  DojoWindow  *window;
  char        *relative;
  DebugTarget *target;
} DebugSaved;

static void
debug_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  DebugSaved *data = user_data;
  g_autoptr(DojoWindow) self = data->window;
  g_autoptr(GError) error = NULL;

  if (dojo_editor_tabs_save_all_finish (DOJO_EDITOR_TABS (object), result, &error))
    start_debugging (self, data->relative, data->target);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _dojo_window_show_error (self, _("Your program was not debugged, because it could not be saved"),
                             error);

  g_free (data->relative);
  g_clear_pointer (&data->target, debug_target_free);
  g_free (data);
}

/* Every open file reaches the disk first, as for Run. Takes @target. */
static void
save_then_debug (DojoWindow  *self,
                 const char  *relative,
                 DebugTarget *target)
{
  DebugSaved *data = g_new0 (DebugSaved, 1);

  data->window = g_object_ref (self);
  data->relative = g_strdup (relative);
  data->target = target;
  dojo_editor_tabs_save_all_async (self->tabs, self->cancellable, debug_saved_cb, data);
}

static void
debug_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  if (self->project != NULL)
    save_then_debug (self, dojo_project_get_entry (self->project), NULL);
}

/**
 * _dojo_window_debug_check:
 * @self: a window
 * @result: a failed check that dojo_check_result_get_debuggable() allows
 *
 * Debug This Check: runs what @result ran under the debugger.
 */
void
_dojo_window_debug_check (DojoWindow      *self,
                          DojoCheckResult *result)
{
  g_autoptr(DebugTarget) target = g_new0 (DebugTarget, 1);

  if (self->project == NULL || !dojo_check_result_get_debuggable (result))
    return;

  target->stdin_text = g_strdup (dojo_check_result_get_debug_stdin (result));
  target->argv = g_strdupv ((char **)dojo_check_result_get_debug_argv (result));
  target->test_path = g_strdup (dojo_check_result_get_debug_test_path (result));
  target->test_id = g_strdup (dojo_check_result_get_debug_test_id (result));
  save_then_debug (self, dojo_project_get_entry (self->project), g_steal_pointer (&target));
}

static void
step (DojoWindow    *self,
      DojoDebugStep  kind)
{
  if (!is_stopped (self))
    return;

  self->debug_moving = TRUE;
  dojo_debug_run_step (self->debug_run, kind);
  clear_line_marks (self);
  set_status (self, _("Running… If your program asks for something, answer in the Output terminal."));
  _dojo_window_debug_update_actions (self);
}

static void
step_over_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step (DOJO_WINDOW (widget), DOJO_DEBUG_STEP_OVER);
}

static void
step_into_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step (DOJO_WINDOW (widget), DOJO_DEBUG_STEP_INTO);
}

static void
step_out_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step (DOJO_WINDOW (widget), DOJO_DEBUG_STEP_OUT);
}

static void
continue_action (GtkWidget *widget, const char *name, GVariant *param)
{
  step (DOJO_WINDOW (widget), DOJO_DEBUG_CONTINUE);
}

static void
stop_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  if (self->debug_run == NULL)
    return;
  /* The sandbox goes, and every process of the run with it. */
  dojo_terminal_stop (self->terminal);
}

static void
show_step (DojoWindow *self,
           gint64      delta)
{
  gint64 index;

  if (!is_stopped (self))
    return;

  index = json_object_get_int_member_with_default (self->debug_event, "index", 0) + delta;
  if (index < 0)
    return;
  /* Until the answer comes, nothing else is asked. */
  self->debug_moving = TRUE;
  _dojo_window_debug_update_actions (self);
  dojo_debug_run_show (self->debug_run, (guint)index);
}

static void
back_action (GtkWidget *widget, const char *name, GVariant *param)
{
  show_step (DOJO_WINDOW (widget), -1);
}

static void
forward_action (GtkWidget *widget, const char *name, GVariant *param)
{
  show_step (DOJO_WINDOW (widget), 1);
}

/* The keyboard's way to the variables, from the editor or the terminal
 * (which keep Tab for themselves). */
static void
focus_panel_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  if (self->debug_panel == NULL || !gtk_widget_get_visible (self->debug_panel))
    return;
  gtk_widget_grab_focus (dojo_debug_panel_get_variables_view (DOJO_DEBUG_PANEL (self->debug_panel)));
}

static void
toggle_breakpoint_action (GtkWidget *widget, const char *name, GVariant *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  DojoEditor *editor = dojo_editor_tabs_get_active (self->tabs);
  GtkTextBuffer *buffer;
  GtkTextIter cursor;

  if (editor == NULL)
    return;

  buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  dojo_debug_marks_toggle (dojo_editor_get_view (editor), gtk_text_iter_get_line (&cursor) + 1);
}

/* A breakpoint set or removed while a program is debugged counts at once. */
static void
on_source_mark_updated (DojoWindow    *self,
                        GtkTextMark   *mark,
                        GtkTextBuffer *buffer)
{
  g_autoptr(GPtrArray) editors = NULL;

  if (self->debug_run == NULL || !GTK_SOURCE_IS_MARK (mark) ||
      g_strcmp0 (gtk_source_mark_get_category (GTK_SOURCE_MARK (mark)),
                 DOJO_DEBUG_MARK_BREAKPOINT) != 0)
    return;

  editors = dojo_editor_tabs_list_editors (self->tabs);
  for (guint i = 0; i < editors->len; i++)
    {
      DojoEditor *editor = g_ptr_array_index (editors, i);
      g_autoptr(GArray) lines = NULL;
      g_autofree char *relative = NULL;

      if (GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor)) != buffer ||
          dojo_editor_get_file (editor) == NULL)
        continue;
      relative = _dojo_window_dup_relative_path (self, dojo_editor_get_file (editor));
      if (relative == NULL)
        return;
      lines = dojo_debug_marks_get_breakpoints (dojo_editor_get_view (editor));
      dojo_debug_run_set_breakpoints (self->debug_run, relative,
                                      (const guint *)(void *)lines->data, lines->len);
      return;
    }
}

void
_dojo_window_debug_watch_editor (DojoWindow *self,
                                 DojoEditor *editor)
{
  g_signal_connect_object (dojo_editor_get_buffer (editor), "source-mark-updated",
                           G_CALLBACK (on_source_mark_updated), self, G_CONNECT_SWAPPED);
}

void
_dojo_window_class_add_debug_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.debug", NULL, debug_action);
  gtk_widget_class_install_action (widget_class, "win.debug-step-over", NULL, step_over_action);
  gtk_widget_class_install_action (widget_class, "win.debug-step-into", NULL, step_into_action);
  gtk_widget_class_install_action (widget_class, "win.debug-step-out", NULL, step_out_action);
  gtk_widget_class_install_action (widget_class, "win.debug-continue", NULL, continue_action);
  gtk_widget_class_install_action (widget_class, "win.debug-stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "win.debug-back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.debug-forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.debug-toggle-breakpoint", NULL,
                                   toggle_breakpoint_action);
  gtk_widget_class_install_action (widget_class, "win.debug-focus-panel", NULL,
                                   focus_panel_action);
}
