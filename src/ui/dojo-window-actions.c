/* dojo-window-actions.c: what the window's buttons, menus and keys do
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-library-dialog.h"
#include "dojo-markdown.h"
#include "dojo-window-private.h"

#define ZOOM_STEP 1.1

/* Keys that belong to the whole window, wherever the keyboard is: the
 * editor, the terminal (after Run it has the keyboard), the lesson. They
 * are caught before the pane in focus sees them, so none of them may be a
 * key the editor or the terminal uses for itself; tests/test-window.c
 * compares this table with GtkSourceView's and VTE's own bindings, and
 * with the keys a terminal program needs (Ctrl+C, Ctrl+D, Ctrl+Z…).
 * Alt+Left/Right, the old Previous/Next, were GtkSourceView's "move word":
 * pressed while typing they swapped words in the learner's code. */
static const DojoWindowShortcut shortcuts[] = {
  { GDK_KEY_F5, 0, "win.run" },
  { GDK_KEY_F5, GDK_CONTROL_MASK, "win.run-file" },
  { GDK_KEY_Return, GDK_CONTROL_MASK, "win.check" },
  { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.check" },
  { GDK_KEY_Page_Up, GDK_ALT_MASK, "win.previous-item" },
  { GDK_KEY_Page_Down, GDK_ALT_MASK, "win.next-item" },
  { GDK_KEY_F9, 0, "win.toggle-outline" },
  { GDK_KEY_s, GDK_CONTROL_MASK, "win.save" },
  { GDK_KEY_k, GDK_CONTROL_MASK, "win.commit" },
  { GDK_KEY_h, GDK_CONTROL_MASK, "win.history" },
  { GDK_KEY_b, GDK_CONTROL_MASK, "win.branches" },
  { GDK_KEY_o, GDK_CONTROL_MASK, "win.show-library" },
  { GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in" },
  { GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out" },
  { GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset" },
  /* The debugger's keys, as in most debuggers learners will meet later. */
  { GDK_KEY_F5, GDK_SHIFT_MASK, "win.debug" },
  { GDK_KEY_F10, 0, "win.debug-step-over" },
  { GDK_KEY_F11, 0, "win.debug-step-into" },
  { GDK_KEY_F11, GDK_SHIFT_MASK, "win.debug-step-out" },
  { GDK_KEY_F8, 0, "win.debug-continue" },
  { GDK_KEY_F6, GDK_SHIFT_MASK, "win.debug-back" },
  { GDK_KEY_F6, 0, "win.debug-forward" },
  { GDK_KEY_F8, GDK_CONTROL_MASK, "win.debug-toggle-breakpoint" },
  { GDK_KEY_F10, GDK_CONTROL_MASK, "win.debug-focus-panel" },
};

const DojoWindowShortcut *
_dojo_window_get_shortcuts (guint *n_shortcuts)
{
  *n_shortcuts = G_N_ELEMENTS (shortcuts);

  return shortcuts;
}

void
_dojo_window_add_shortcuts (DojoWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "dojo-window-shortcuts");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (shortcuts[i].keyval,
                                                                                    shortcuts[i].modifiers),
                                                            gtk_named_action_new (shortcuts[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static DojoPackItem *
neighbour (DojoWindow *self,
           gboolean    next)
{
  if (self->session == NULL)
    return NULL;

  return next ? dojo_course_session_get_next_item (self->session)
              : dojo_course_session_get_previous_item (self->session);
}

static void
update_navigation (DojoWindow *self)
{
  DojoPackItem *previous = neighbour (self, FALSE);
  DojoPackItem *next = neighbour (self, TRUE);
  g_autofree char *previous_tip = NULL;
  g_autofree char *next_tip = NULL;
  g_autofree char *previous_title = NULL;
  g_autofree char *next_title = NULL;

  gtk_widget_set_visible (self->navigation_box, self->course != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-item", previous != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-item", next != NULL);

  /* Titles are Markdown; a tooltip shows their words. */
  previous_title = previous ? dojo_markdown_to_plain_text (dojo_pack_item_get_title (previous))
                            : NULL;
  next_title = next ? dojo_markdown_to_plain_text (dojo_pack_item_get_title (next)) : NULL;
  /* Translators: tooltips of the buttons that move through the course. */
  previous_tip = previous ? g_strdup_printf (_("Previous: %s (Alt+Page Up)"), previous_title)
                          : NULL;
  next_tip = next ? g_strdup_printf (_("Next: %s (Alt+Page Down)"), next_title) : NULL;
  gtk_widget_set_tooltip_text (self->previous_button, previous_tip);
  gtk_widget_set_tooltip_text (self->next_button, next_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous part of the course"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next part of the course"),
                                  -1);
}

/* The file Run This File runs: the one in view, if it is a Python file of
 * the project. */
static char *
file_to_run (DojoWindow *self)
{
  DojoEditor *editor = dojo_editor_tabs_get_active (self->tabs);
  g_autofree char *relative = NULL;

  if (editor == NULL || dojo_editor_get_file (editor) == NULL)
    return NULL;

  relative = _dojo_window_dup_relative_path (self, dojo_editor_get_file (editor));
  if (relative == NULL || !g_str_has_suffix (relative, ".py"))
    return NULL;

  return g_steal_pointer (&relative);
}

void
_dojo_window_update_actions (DojoWindow *self)
{
  gboolean has_project = self->project != NULL;
  g_autofree char *other = file_to_run (self);
  DojoExercise *exercise = _dojo_window_get_exercise (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", has_project);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run-file", other != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save",
                                 dojo_editor_tabs_get_n_editors (self->tabs) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check",
                                 has_project && exercise != NULL && self->check_panel != NULL &&
                                 !dojo_check_panel_get_checking (self->check_panel));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reset-to-starter",
                                 has_project && exercise != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-outline", self->course != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", self->course != NULL);
  update_navigation (self);
  _dojo_window_debug_update_actions (self);
  _dojo_window_merge_update_actions (self);

  if (has_project)
    {
      /* Translators: %s is the file Run runs, like todo.py. */
      g_autofree char *tip = g_strdup_printf (_("Save every file and run %s (F5)"),
                                              dojo_project_get_entry (self->project));

      gtk_widget_set_tooltip_text (self->run_button, tip);
    }
}

/* Run, Check, the git dialogs, the course list (where work is exported):
 * each reads the project, so first every open file is written and waited
 * for. `then` runs once they all are. */
typedef void (*AfterSave) (DojoWindow *self);

typedef struct
{
  DojoWindow *window;
  AfterSave   then;
  const char *refused;
} SaveAllThen;

static void
saved_all_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveAllThen *data = user_data;
  g_autoptr(DojoWindow) self = data->window;
  g_autoptr(GError) error = NULL;

  if (dojo_editor_tabs_save_all_finish (DOJO_EDITOR_TABS (object), result, &error))
    data->then (self);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _dojo_window_show_error (self, data->refused, error);

  g_free (data);
}

/* @refused: what to tell the learner if a file could not be written, like
 * "Your program was not run, because it could not be saved". */
static void
save_all_then (DojoWindow *self,
               AfterSave   then,
               const char *refused)
{
  SaveAllThen *data = g_new0 (SaveAllThen, 1);

  data->window = g_object_ref (self);
  data->then = then;
  data->refused = refused;
  dojo_editor_tabs_save_all_async (self->tabs, self->cancellable, saved_all_cb, data);
}

static void
run_program (DojoWindow *self,
             const char *relative)
{
  /* Run ends a program being debugged: the Output page is Run's now. */
  _dojo_window_debug_end (self);
  dojo_terminal_set_directory (self->terminal, dojo_project_get_directory (self->project));
  dojo_terminal_run (self->terminal, relative);

  /* The terminal takes the keyboard, so input() and Ctrl+C just work. */
  gtk_widget_grab_focus (GTK_WIDGET (self->terminal));
}

static void
run_entry (DojoWindow *self)
{
  if (self->project != NULL)
    run_program (self, dojo_project_get_entry (self->project));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  save_all_then (DOJO_WINDOW (widget), run_entry,
                 _("Your program was not run, because it could not be saved"));
}

static void
run_file_in_view (DojoWindow *self)
{
  g_autofree char *relative = file_to_run (self);

  if (relative != NULL)
    run_program (self, relative);
}

static void
run_file_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  save_all_then (DOJO_WINDOW (widget), run_file_in_view,
                 _("Your program was not run, because it could not be saved"));
}

static void
checked_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(DojoVerdict) verdict = NULL;
  g_autoptr(GError) error = NULL;
  DojoExercise *exercise = DOJO_EXERCISE (object);

  verdict = dojo_exercise_check_finish (exercise, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The learner moved on to another exercise while this one was checked. */
  if (exercise != _dojo_window_get_exercise (self))
    return;

  if (verdict == NULL)
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      _dojo_window_show_error (self, _("Your work could not be checked"), error);
      return;
    }

  _dojo_window_show_verdict (self, verdict);
}

static void
check_project (DojoWindow *self)
{
  DojoExercise *exercise = _dojo_window_get_exercise (self);

  if (exercise == NULL)
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      return;
    }

  dojo_course_session_record_attempt (self->session);
  dojo_exercise_check_async (exercise, dojo_project_get_directory (self->project),
                             self->check_cancellable, checked_cb, g_object_ref (self));
}

static void
check_saved_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_tabs_save_all_finish (DOJO_EDITOR_TABS (object), result, &error))
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _dojo_window_show_error (self, _("Your work was not checked, because it could not be "
                                         "saved"), error);
      return;
    }

  check_project (self);
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  if (_dojo_window_get_exercise (self) == NULL || self->check_panel == NULL ||
      dojo_check_panel_get_checking (self->check_panel))
    return;

  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  /* Every open file is saved first: the check reads them all. */
  dojo_check_panel_set_checking (self->check_panel, TRUE);
  dojo_editor_tabs_save_all_async (self->tabs, self->check_cancellable,
                                   check_saved_cb, g_object_ref (self));
}

static void
saved_cb (DojoWindow *self)
{
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  save_all_then (DOJO_WINDOW (widget), saved_cb,
                 _("Could not save your work; it is still in the editor"));
}

static void
zoom_by (DojoWindow *self,
         double      factor)
{
  dojo_editor_tabs_set_zoom (self->tabs, factor == 0 ? 1.0
                                                     : dojo_editor_tabs_get_zoom (self->tabs) * factor);
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  zoom_by (DOJO_WINDOW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  zoom_by (DOJO_WINDOW (widget), 1 / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  zoom_by (DOJO_WINDOW (widget), 0);
}

static void
open_neighbour (DojoWindow *self,
                gboolean    next)
{
  DojoPackItem *item = neighbour (self, next);
  g_autoptr(GError) error = NULL;

  if (item != NULL && !dojo_window_open_item (self, dojo_pack_item_get_id (item), &error))
    _dojo_window_show_error (self, _("Could not open that part of the course"), error);
}

static void
previous_item_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  open_neighbour (DOJO_WINDOW (widget), FALSE);
}

static void
back_to_quiz_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  _dojo_window_back_to_quiz (DOJO_WINDOW (widget));
}

static void
next_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  open_neighbour (DOJO_WINDOW (widget), TRUE);
}

typedef struct
{
  DojoWindow    *window;
  DojoVcsButton *button;
  char          *action;
} VcsPending;

static void
vcs_pending_free (VcsPending *pending)
{
  g_object_unref (pending->window);
  g_object_unref (pending->button);
  g_free (pending->action);
  g_free (pending);
}

static void
vcs_saved_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  VcsPending *pending = user_data;
  g_autoptr(GError) error = NULL;

  /* The dialogs read the files from disk: what is typed must be there, or
   * the commit would record an older text than the one on screen. */
  if (dojo_editor_tabs_save_all_finish (DOJO_EDITOR_TABS (object), result, &error))
    dojo_vcs_button_activate_prepared (pending->button, pending->action);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _dojo_window_show_error (pending->window,
                             _("Your files could not all be saved, so git was not opened"),
                             error);

  vcs_pending_free (pending);
}

/* The header button's commit, history and branches, and the same from the
 * keyboard: every open file is written first. */
void
_dojo_window_vcs_prepare (DojoVcsButton *button,
                          const char    *action_name,
                          gpointer       user_data)
{
  DojoWindow *self = DOJO_WINDOW (user_data);
  VcsPending *pending = g_new0 (VcsPending, 1);

  pending->window = g_object_ref (self);
  pending->button = g_object_ref (button);
  pending->action = g_strdup (action_name);
  dojo_editor_tabs_save_all_async (self->tabs, self->cancellable, vcs_saved_cb, pending);
}

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_widget_activate_action (GTK_WIDGET (DOJO_WINDOW (widget)->vcs_button), "vcs.commit", NULL);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  gtk_widget_activate_action (GTK_WIDGET (DOJO_WINDOW (widget)->vcs_button), "vcs.history", NULL);
}

static void
branches_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  gtk_widget_activate_action (GTK_WIDGET (DOJO_WINDOW (widget)->vcs_button), "vcs.branches", NULL);
}

/* Once the outline is on screen: its rows can only take the focus then. */
static void
focus_outline (gpointer user_data)
{
  DojoWindow *self = user_data;

  self->focus_outline_source = 0;
  if (adw_flap_get_reveal_flap (self->flap))
    gtk_widget_grab_focus (GTK_WIDGET (self->course_view));
}

static void
toggle_outline_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  adw_flap_set_reveal_flap (self->flap, reveal);

  /* With the keyboard: F9 goes to the part open now in the outline, and
   * back to the editor when it hides the outline from there. */
  /* No reference held: a closing window must not wait for this. */
  g_clear_handle_id (&self->focus_outline_source, g_source_remove);
  if (reveal)
    self->focus_outline_source = g_timeout_add_once (300, focus_outline, self);
  else if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->course_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->tabs));
}

static void
show_library (DojoWindow *self)
{
  _dojo_window_show_library (self);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  /* The courses dialog exports the learner's work: it must be on disk. */
  save_all_then (DOJO_WINDOW (widget), show_library,
                 _("Your files could not all be saved, so the courses were not opened"));
}

static void
reset_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *message = NULL;

  branch = dojo_course_session_reset_finish (DOJO_COURSE_SESSION (object), result, &error);

  /* Whatever happened, the tabs show what the files hold now. */
  dojo_editor_tabs_sync_with_disk (self->tabs);

  if (branch == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _dojo_window_show_error (self, _("Could not bring the starter back"), error);
      return;
    }

  _dojo_window_reopen_starter_files (self);
  if (self->check_panel != NULL)
    dojo_check_panel_clear (self->check_panel);

  /* Translators: %s is the name of a git branch, like earlier-attempt-1. */
  message = g_strdup_printf (_("The starter files are back. Your earlier work is kept on the "
                               "branch “%s”: open Branches (Ctrl+B) to look at it."), branch);
  dojo_window_add_toast (self, message);
}

static void
reset_project (DojoWindow *self)
{
  dojo_course_session_reset_async (self->session, self->cancellable,
                                   reset_done_cb, g_object_ref (self));
}

static void
reset_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DojoWindow       *self)
{
  if (g_strcmp0 (response, "reset") == 0)
    save_all_then (self, reset_project,
                   _("Your files could not all be saved, so the starter was not brought back"));
}

static void
reset_to_starter_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (_dojo_window_get_exercise (self) == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Start This Exercise Over?"),
                                                       NULL));
  adw_message_dialog_set_body (dialog,
                               _("The starter files come back as they were the first time. "
                                 "Nothing is lost: your work as it is now is kept as a commit "
                                 "on a branch of its own, which Branches (Ctrl+B) lists. Your "
                                 "commits so far stay in the history."));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Start Over"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The keyboard shortcuts window is built the first time it is asked for.
 * GtkApplication builds "gtk/help-overlay.ui" of the resource base path for
 * every window as it is added, before the first frame: about 12 ms of a
 * start (50 M instructions) for a window few learners open in a session.
 * So the file lives elsewhere, and this action builds it, gives it to the
 * window as GTK would have, and shows it with GTK's own action. */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);

  if (gtk_application_window_get_help_overlay (window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/pydojo/Dojo/ui/dojo-shortcuts-window.ui");

      gtk_application_window_set_help_overlay (
          window, GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-help-overlay", NULL);
}

void
_dojo_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "win.run-file", NULL, run_file_action);
  gtk_widget_class_install_action (widget_class, "win.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "win.previous-item", NULL, previous_item_action);
  gtk_widget_class_install_action (widget_class, "win.next-item", NULL, next_item_action);
  gtk_widget_class_install_action (widget_class, "win.back-to-quiz", NULL, back_to_quiz_action);
  gtk_widget_class_install_action (widget_class, "win.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.branches", NULL, branches_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-outline", NULL, toggle_outline_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.reset-to-starter", NULL,
                                   reset_to_starter_action);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_action);
  _dojo_window_class_add_debug_actions (widget_class);
  _dojo_window_class_add_merge_actions (widget_class);
}
