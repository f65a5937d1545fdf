/* dojo-window.c: the main window: lesson, editor and terminal
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-check-panel.h"
#include "dojo-course-view.h"
#include "dojo-editor.h"
#include "dojo-exercise.h"
#include "dojo-lesson-view.h"
#include "dojo-library-dialog.h"
#include "dojo-library.h"
#include "dojo-live-guidance.h"
#include "dojo-paste-guard.h"
#include "dojo-quiz-view.h"
#include "dojo-repo.h"
#include "dojo-vcs-button.h"
#include "dojo-project.h"
#include "dojo-terminal.h"
#include "dojo-window.h"

#define ZOOM_STEP 1.1

struct _DojoWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkWidget            *outline_button;
  DojoCourseView       *course_view;
  GtkWidget            *check_button;
  GtkWidget            *navigation_box;
  GtkWidget            *previous_button;
  GtkWidget            *next_button;
  GtkPaned             *lesson_paned;
  GtkStack             *left_stack;
  GtkPaned             *lesson_split;
  DojoCheckPanel       *check_panel;
  DojoQuizView         *quiz_view;
  DojoVcsButton        *vcs_button;
  GtkPaned             *work_paned;
  DojoLessonView       *lesson_view;
  DojoEditor           *editor;
  DojoTerminal         *terminal;

  DojoProject          *project;
  DojoCourse           *course;
  DojoPackItem         *item;
  DojoExercise         *exercise;
  DojoPasteGuard       *paste_guard;
  DojoLiveGuidance     *live_guidance;
  GCancellable         *cancellable;
  GCancellable         *check_cancellable;
  guint                 focus_outline_source;
  GSettings            *settings;

  guint                 closing_confirmed : 1;
};

G_DEFINE_FINAL_TYPE (DojoWindow, dojo_window, ADW_TYPE_APPLICATION_WINDOW)

static const char welcome_starter[] =
  "# Type your program here, then press Run (F5).\n"
  "\n"
  "print(\"Hello, world!\")\n";

static void
show_error (DojoWindow *self,
            const char *what,
            GError     *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static char *
entry_relative_path (DojoWindow *self)
{
  GFile *file = dojo_editor_get_file (self->editor);

  if (file == NULL || self->project == NULL)
    return NULL;

  return g_file_get_relative_path (dojo_project_get_directory (self->project), file);
}

static void
update_title (DojoWindow *self)
{
  g_autofree char *relative = entry_relative_path (self);
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->window_title,
                              self->item ? dojo_pack_item_get_title (self->item) : _("Dojo"));

  if (relative == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, "");
      return;
    }

  /* The bullet tells the learner that the latest typing is not on disk
   * yet; autosave clears it within a moment. */
  if (dojo_editor_get_modified (self->editor))
    subtitle = g_strdup_printf ("%s •", relative);
  else
    subtitle = g_strdup (relative);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
update_navigation (DojoWindow *self)
{
  DojoPack *pack = self->course ? dojo_course_get_pack (self->course) : NULL;
  DojoPackItem *previous = NULL;
  DojoPackItem *next = NULL;
  g_autofree char *previous_tip = NULL;
  g_autofree char *next_tip = NULL;

  if (pack != NULL && self->item != NULL)
    {
      previous = dojo_pack_get_previous_item (pack, self->item);
      next = dojo_pack_get_next_item (pack, self->item);
    }

  gtk_widget_set_visible (self->navigation_box, pack != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-item", previous != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-item", next != NULL);

  /* Translators: tooltips of the buttons that move through the course. */
  previous_tip = previous ? g_strdup_printf (_("Previous: %s (Alt+Left)"),
                                             dojo_pack_item_get_title (previous)) : NULL;
  next_tip = next ? g_strdup_printf (_("Next: %s (Alt+Right)"),
                                     dojo_pack_item_get_title (next)) : NULL;
  gtk_widget_set_tooltip_text (self->previous_button, previous_tip);
  gtk_widget_set_tooltip_text (self->next_button, next_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->previous_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Previous part of the course"),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Next part of the course"),
                                  -1);
}

static void
update_actions (DojoWindow *self)
{
  gboolean has_file = dojo_editor_get_file (self->editor) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run", has_file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.check",
                                 has_file && self->exercise != NULL &&
                                 !dojo_check_panel_get_checking (self->check_panel));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-outline", self->course != NULL);
  update_navigation (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", self->course != NULL);
}

static void
run_after_save_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *relative = NULL;

  /* Running the old text after a failed save would show the learner a
   * program that is not the one on their screen. */
  if (!dojo_editor_save_finish (DOJO_EDITOR (object), result, &error))
    {
      show_error (self, _("Your program was not run, because it could not be saved"), error);
      return;
    }

  relative = entry_relative_path (self);
  if (relative == NULL)
    return;

  dojo_terminal_set_directory (self->terminal, dojo_project_get_directory (self->project));
  dojo_terminal_run (self->terminal, relative);

  /* The terminal takes the keyboard, so input() and Ctrl+C just work. */
  gtk_widget_grab_focus (GTK_WIDGET (self->terminal));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  dojo_editor_save_async (self->editor, self->cancellable,
                          run_after_save_cb, g_object_ref (self));
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_save_finish (DOJO_EDITOR (object), result, &error))
    show_error (self, _("Could not save your work; it is still in the editor"), error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  dojo_editor_save_async (self->editor, self->cancellable, save_cb, g_object_ref (self));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  double zoom = dojo_editor_get_zoom (self->editor);

  if (g_str_equal (action_name, "win.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "win.zoom-out"))
    zoom /= ZOOM_STEP;
  else
    zoom = 1.0;

  dojo_editor_set_zoom (self->editor, zoom);
}

static void
update_guards (DojoWindow *self)
{
  gboolean exercise = self->exercise != NULL;

  dojo_paste_guard_set_enabled (self->paste_guard,
                                exercise && g_settings_get_boolean (self->settings,
                                                                    "type-it-yourself"));
  dojo_live_guidance_set_enabled (self->live_guidance, exercise);
}

static char *
read_solution (DojoExercise *exercise)
{
  GFile *solution = dojo_exercise_get_solution_file (exercise);
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;

  if (solution == NULL)
    return NULL;

  /* A folder holds a solution of several files; the entry file is the one
   * to compare with. */
  if (g_file_query_file_type (solution, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL) ==
      G_FILE_TYPE_DIRECTORY)
    file = g_file_resolve_relative_path (solution, dojo_exercise_get_entry (exercise));
  else
    file = g_object_ref (solution);

  if (!g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL))
    return NULL;

  return g_steal_pointer (&contents);
}

static void
update_solution (DojoWindow *self)
{
  DojoProgress *progress = dojo_course_get_progress (self->course);
  const char *pack_id = dojo_pack_get_id (dojo_course_get_pack (self->course));
  const char *item_id = dojo_pack_item_get_id (self->item);
  gboolean passed = dojo_progress_get_status (progress, pack_id, item_id) == DOJO_PROGRESS_PASSED;
  guint attempts = dojo_progress_get_attempts (progress, pack_id, item_id);
  g_autofree char *solution = read_solution (self->exercise);

  dojo_check_panel_set_solution (self->check_panel, solution,
                                 solution != NULL &&
                                 dojo_exercise_solution_available (self->exercise, passed, attempts));
}

static void
show_check_panel (DojoWindow *self)
{
  DojoProgress *progress = dojo_course_get_progress (self->course);
  const char *pack_id = dojo_pack_get_id (dojo_course_get_pack (self->course));
  const char *item_id = dojo_pack_item_get_id (self->item);

  dojo_check_panel_clear (self->check_panel);
  dojo_check_panel_set_hints (self->check_panel, dojo_exercise_get_hints (self->exercise));
  dojo_check_panel_set_n_hints_shown (self->check_panel,
                                      dojo_progress_get_hints_used (progress, pack_id, item_id));
  update_solution (self);
}

static void
checkpoint_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = dojo_repo_commit_finish (DOJO_REPO (object), result, &error);

  if (id != NULL)
    dojo_window_add_toast (self, _("Checkpoint saved: your passing code is committed"));
  else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY))
    dojo_window_add_toast (self, _("Checkpoints need your name for git: commit once with "
                                   "Commit… (Ctrl+K), and Dojo remembers it"));
  else if (!g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (self, _("The checkpoint could not be committed"), error);
}

/* The only commit Dojo ever makes by itself, and only when the learner
 * turned on checkpoints in the preferences. */
static void
checkpoint (DojoWindow *self)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!g_settings_get_boolean (self->settings, "auto-checkpoint"))
    return;

  repo = dojo_repo_open (dojo_project_get_directory (self->project), &error);
  if (repo == NULL)
    {
      show_error (self, _("The checkpoint could not be committed"), error);
      return;
    }

  /* Translators: the message of an automatic commit; %s is an exercise's title. */
  message = g_strdup_printf (_("Checkpoint: “%s” passes"), dojo_exercise_get_title (self->exercise));
  dojo_repo_commit_async (repo, message, DOJO_COMMIT_ALL, self->cancellable,
                          checkpoint_cb, g_object_ref (self));
}

static void
reveal_check_panel (DojoWindow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self->lesson_split));
  int target = height * 45 / 100;

  /* A verdict gets room to be read: at least 45% of the column, taking it
   * from the instructions, which the learner has read by now. */
  if (height > 0 && height - gtk_paned_get_position (self->lesson_split) < target)
    gtk_paned_set_position (self->lesson_split, height - target);
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
  g_autofree char *code = NULL;

  verdict = dojo_exercise_check_finish (exercise, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The learner moved on to another exercise while this one was checked. */
  if (exercise != self->exercise)
    return;

  if (verdict == NULL)
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      show_error (self, _("Your work could not be checked"), error);
      return;
    }

  if (dojo_verdict_get_passed (verdict))
    {
      dojo_course_mark_passed (self->course, self->item, dojo_exercise_get_revision (exercise));
      checkpoint (self);
    }

  code = dojo_editor_dup_text (self->editor);
  dojo_check_panel_set_learner_code (self->check_panel, code);
  dojo_check_panel_set_verdict (self->check_panel, verdict);
  update_solution (self);
  reveal_check_panel (self);
}

static void
check_after_save_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_save_finish (DOJO_EDITOR (object), result, &error))
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      show_error (self, _("Your work was not checked, because it could not be saved"), error);
      return;
    }

  if (self->exercise == NULL)
    {
      dojo_check_panel_set_checking (self->check_panel, FALSE);
      return;
    }

  dojo_course_record_attempt (self->course, self->item);
  dojo_exercise_check_async (self->exercise, dojo_project_get_directory (self->project),
                             self->check_cancellable, checked_cb, g_object_ref (self));
}

static void
check_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  if (self->exercise == NULL || dojo_check_panel_get_checking (self->check_panel))
    return;

  g_clear_object (&self->check_cancellable);
  self->check_cancellable = g_cancellable_new ();

  dojo_check_panel_set_checking (self->check_panel, TRUE);
  dojo_editor_save_async (self->editor, self->check_cancellable,
                          check_after_save_cb, g_object_ref (self));
}

static void
on_show_line (DojoWindow *self,
              guint       line)
{
  dojo_editor_go_to_line (self->editor, line);
}

static void
on_hint_revealed (DojoWindow *self,
                  guint       index)
{
  if (self->item != NULL)
    dojo_course_record_hint (self->course, self->item);
}

static void
on_quiz_finished (DojoWindow *self,
                  guint       score,
                  gboolean    passed)
{
  if (self->item != NULL)
    dojo_course_record_quiz_score (self->course, self->item, score, passed);
}

static void
on_quiz_retaken (DojoWindow *self)
{
  /* The attempt number orders the questions: kept in progress, a learner
   * who restarts Dojo sees the same quiz they were taking. */
  if (self->item != NULL && dojo_quiz_view_get_attempt (self->quiz_view) > 0)
    dojo_course_record_attempt (self->course, self->item);
}

static gboolean
show_quiz (DojoWindow    *self,
           DojoPack      *pack,
           DojoPackItem  *item,
           GError       **error)
{
  DojoProgress *progress = dojo_course_get_progress (self->course);
  const char *pack_id = dojo_pack_get_id (pack);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(DojoQuiz) quiz = NULL;

  root = dojo_pack_read_item_json (pack, item, error);
  if (root == NULL)
    return FALSE;

  quiz = dojo_quiz_new_from_json (root, dojo_pack_item_get_id (item), error);
  if (quiz == NULL)
    return FALSE;

  dojo_quiz_start (quiz, g_get_user_name (),
                   dojo_progress_get_attempts (progress, pack_id, dojo_pack_item_get_id (item)));

  g_signal_handlers_block_by_func (self->quiz_view, on_quiz_retaken, self);
  dojo_quiz_view_set_quiz (self->quiz_view, quiz);
  g_signal_handlers_unblock_by_func (self->quiz_view, on_quiz_retaken, self);

  /* A write-code question is answered by passing its exercise. */
  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    {
      const char *exercise = dojo_quiz_question_get_exercise (quiz, i);

      if (exercise != NULL)
        dojo_quiz_view_set_exercise_passed (self->quiz_view, exercise,
                                            dojo_progress_get_status (progress, pack_id, exercise) ==
                                            DOJO_PROGRESS_PASSED);
    }

  return TRUE;
}

static void
vcs_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  g_autofree char *name = NULL;

  /* "win.commit" is the button's "vcs.commit", so the keyboard reaches what
   * the button's menu offers. */
  g_assert (g_str_has_prefix (action_name, "win."));
  name = g_strconcat ("vcs.", action_name + strlen ("win."), NULL);
  gtk_widget_activate_action (GTK_WIDGET (self->vcs_button), name, NULL);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DojoWindow *self = DOJO_WINDOW (widget);
  DojoPack *pack;
  DojoPackItem *item;
  g_autoptr(GError) error = NULL;

  if (self->course == NULL || self->item == NULL)
    return;

  pack = dojo_course_get_pack (self->course);
  if (g_str_equal (action_name, "win.next-item"))
    item = dojo_pack_get_next_item (pack, self->item);
  else
    item = dojo_pack_get_previous_item (pack, self->item);

  if (item != NULL && !dojo_window_open_item (self, dojo_pack_item_get_id (item), &error))
    show_error (self, _("Could not open that part of the course"), error);
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
    gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static void
on_item_activated (DojoWindow *self,
                   const char *item_id)
{
  g_autoptr(GError) error = NULL;

  if (!dojo_window_open_item (self, item_id, &error))
    show_error (self, _("Could not open that part of the course"), error);
  else if (gtk_widget_is_visible (GTK_WIDGET (self->editor)))
    /* Picked from the outline (Enter or a click): on to the code. */
    gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static void
on_course_chosen (DojoWindow *self,
                  const char *pack_id)
{
  g_autoptr(GError) error = NULL;
  DojoProgress *progress = dojo_course_get_progress (self->course);

  if (!dojo_window_open_course (self, pack_id, progress, &error))
    show_error (self, _("Could not open the course"), error);
}

static DojoLibraryDialog *
show_library (DojoWindow *self)
{
  DojoLibraryDialog *dialog;

  dialog = dojo_library_dialog_new (GTK_WINDOW (self),
                                    dojo_course_get_progress (self->course),
                                    dojo_pack_get_id (dojo_course_get_pack (self->course)));
  g_signal_connect_object (dialog, "course-chosen",
                           G_CALLBACK (on_course_chosen), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  show_library (DOJO_WINDOW (widget));
}

/**
 * dojo_window_install:
 * @self: a window
 * @archive: a `.dojopack` file (opened from the file manager, say)
 *
 * Shows what the course file holds, over the Courses dialog; once the
 * learner installs it, the window opens the course.
 */
void
dojo_window_install (DojoWindow *self,
                     GFile      *archive)
{
  g_return_if_fail (DOJO_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (archive));
  g_return_if_fail (self->course != NULL);

  dojo_library_dialog_install (show_library (self), archive);
}

static void
on_course_save_failed (DojoWindow *self,
                       GError     *error)
{
  show_error (self, _("Your progress could not be saved; Dojo will try again"), error);
}

static void
on_save_failed (DojoWindow *self,
                GError     *error)
{
  /* Also in the log, for whoever helps the learner afterwards. */
  g_message ("Autosave failed, the text stays in the editor: %s", error->message);
  show_error (self, _("Could not save your work; it is still in the editor"), error);
}

static void
on_open_location (DojoWindow *self,
                  const char *path,
                  guint       line,
                  DojoTerminal *terminal)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GFile *current;

  if (self->project == NULL)
    return;

  file = dojo_project_resolve (self->project, path);
  if (file == NULL || !g_file_query_exists (file, NULL))
    {
      AdwToast *toast = adw_toast_new (_("That line is in Python’s own code, not in your project"));

      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      return;
    }

  current = dojo_editor_get_file (self->editor);
  if (current == NULL || !g_file_equal (current, file))
    {
      /* Another file of the project: keep this one's text safe first. */
      if (dojo_editor_get_modified (self->editor) && !dojo_editor_save (self->editor, &error))
        {
          show_error (self, _("Could not save your work; it is still in the editor"), error);
          return;
        }

      if (!dojo_editor_load (self->editor, file, &error))
        {
          show_error (self, _("Could not open the file"), error);
          return;
        }
    }

  dojo_editor_go_to_line (self->editor, line);
}

static void
close_anyway_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 DojoWindow       *self)
{
  if (g_strcmp0 (response, "close") == 0)
    {
      self->closing_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static gboolean
dojo_window_close_request (GtkWindow *window)
{
  DojoWindow *self = DOJO_WINDOW (window);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (self->closing_confirmed || !dojo_editor_get_modified (self->editor))
    return GTK_WINDOW_CLASS (dojo_window_parent_class)->close_request (window);

  if (dojo_editor_save (self->editor, &error))
    return GTK_WINDOW_CLASS (dojo_window_parent_class)->close_request (window);

  /* Never throw typing away without asking. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Your Latest Changes Are Not Saved"),
                                                       NULL));
  adw_message_dialog_format_body (dialog,
                                  _("Dojo could not save your work: %s\n\n"
                                    "If you close now, the changes since the last save are lost. "
                                    "Copy your code somewhere safe first, or free some disk space "
                                    "and try again."),
                                  error->message);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Dojo Open"),
                                    "close", _("_Close Without Saving"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_anyway_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
bind_settings (DojoWindow *self)
{
  GSettings *settings = self->settings;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "lesson-pane-position", self->lesson_paned, "position",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "terminal-pane-position", self->work_paned, "position",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "editor-zoom", self->editor, "zoom", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "editor-font", self->editor, "font", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "lesson-font-scale", self->lesson_view, "font-scale",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "terminal-scrollback", self->terminal, "scrollback-lines",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "terminal-mode", self->terminal, "mode", G_SETTINGS_BIND_DEFAULT);
}

static void
dojo_window_dispose (GObject *object)
{
  DojoWindow *self = (DojoWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->focus_outline_source, g_source_remove);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_WINDOW);

  g_clear_object (&self->project);
  g_clear_object (&self->course);
  g_clear_object (&self->item);
  g_clear_object (&self->exercise);
  g_clear_object (&self->paste_guard);
  g_clear_object (&self->live_guidance);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dojo_window_parent_class)->dispose (object);
}

static void
dojo_window_class_init (DojoWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dojo_window_dispose;
  window_class->close_request = dojo_window_close_request;

  g_type_ensure (DOJO_TYPE_CHECK_PANEL);
  g_type_ensure (DOJO_TYPE_COURSE_VIEW);
  g_type_ensure (DOJO_TYPE_QUIZ_VIEW);
  g_type_ensure (DOJO_TYPE_VCS_BUTTON);
  g_type_ensure (DOJO_TYPE_EDITOR);
  g_type_ensure (DOJO_TYPE_LESSON_VIEW);
  g_type_ensure (DOJO_TYPE_TERMINAL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, outline_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, course_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, navigation_box);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, left_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_split);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, check_panel);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, quiz_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, vcs_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, work_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, editor);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, terminal);

  gtk_widget_class_install_action (widget_class, "win.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "win.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "win.previous-item", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.next-item", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.commit", NULL, vcs_action);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, vcs_action);
  gtk_widget_class_install_action (widget_class, "win.branches", NULL, vcs_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-outline", NULL, toggle_outline_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "win.previous-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "win.next-item", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK, "win.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.history", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "win.branches", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.show-library", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK,
                                       "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK,
                                       "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "win.zoom-reset", NULL);
}

/* Keys that belong to the whole window even when the editor or the terminal
 * has the keyboard: a text view would take Ctrl+Enter as a new line and the
 * terminal F5 as a key for the program. Only these: the Shell keeps its own
 * Ctrl+H, Ctrl+B and friends. */
static void
add_window_keys (DojoWindow *self)
{
  static const struct {
    guint            key;
    GdkModifierType  mods;
    const char      *action;
  } keys[] = {
    { GDK_KEY_F5, 0, "win.run" },
    { GDK_KEY_F9, 0, "win.toggle-outline" },
    { GDK_KEY_Return, GDK_CONTROL_MASK, "win.check" },
    { GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "win.check" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key,
                                                                                    keys[i].mods),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
dojo_window_init (DojoWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  bind_settings (self);
  add_window_keys (self);

  g_signal_connect_object (self->editor, "notify::modified",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "notify::file",
                           G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "notify::file",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->editor, "save-failed",
                           G_CALLBACK (on_save_failed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->terminal, "open-location",
                           G_CALLBACK (on_open_location), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->course_view, "item-activated",
                           G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "show-line",
                           G_CALLBACK (on_show_line), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "hint-revealed",
                           G_CALLBACK (on_hint_revealed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "notify::checking",
                           G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "finished",
                           G_CALLBACK (on_quiz_finished), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "notify::attempt",
                           G_CALLBACK (on_quiz_retaken), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "go-to-exercise",
                           G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);

  /* Type it yourself: pasting into an exercise is refused, kindly. */
  self->paste_guard = dojo_paste_guard_new (GTK_TEXT_VIEW (dojo_editor_get_view (self->editor)));
  dojo_paste_guard_set_enabled (self->paste_guard, FALSE);
  g_signal_connect_object (self->paste_guard, "refused",
                           G_CALLBACK (dojo_window_add_toast), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::type-it-yourself",
                           G_CALLBACK (update_guards), self, G_CONNECT_SWAPPED);

  /* What Check would say about constructs and type hints, while typing. */
  self->live_guidance = dojo_live_guidance_new (dojo_editor_get_view (self->editor));
  dojo_live_guidance_set_enabled (self->live_guidance, FALSE);

  update_actions (self);
}

DojoWindow *
dojo_window_new (DojoApplication *application)
{
  return g_object_new (DOJO_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

DojoEditor *
dojo_window_get_editor (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->editor;
}

DojoTerminal *
dojo_window_get_terminal (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->terminal;
}

DojoLessonView *
dojo_window_get_lesson_view (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->lesson_view;
}

DojoCourseView *
dojo_window_get_course_view (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->course_view;
}

DojoCourse *
dojo_window_get_course (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->course;
}

DojoPackItem *
dojo_window_get_item (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->item;
}

/**
 * dojo_window_add_toast:
 * @self: a window
 * @text: what to tell the learner
 *
 * Shows a short message at the bottom of the window.
 */
void
dojo_window_add_toast (DojoWindow *self,
                       const char *text)
{
  g_return_if_fail (DOJO_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/**
 * dojo_window_set_course:
 * @self: a window
 * @course: the course the learner takes in this window
 *
 * Shows @course's outline. The caller opens an item next, usually
 * dojo_course_get_continue_item().
 */
void
dojo_window_set_course (DojoWindow *self,
                        DojoCourse *course)
{
  g_return_if_fail (DOJO_IS_WINDOW (self));
  g_return_if_fail (DOJO_IS_COURSE (course));

  if (self->course != NULL)
    g_signal_handlers_disconnect_by_func (self->course, on_course_save_failed, self);

  g_set_object (&self->course, course);
  g_clear_object (&self->item);
  g_clear_object (&self->exercise);
  g_signal_connect_object (course, "save-failed",
                           G_CALLBACK (on_course_save_failed), self, G_CONNECT_SWAPPED);

  dojo_course_view_set_course (self->course_view, course);
  gtk_widget_set_visible (self->outline_button, TRUE);
  g_settings_set_string (self->settings, "last-course",
                         dojo_pack_get_id (dojo_course_get_pack (course)));
  update_actions (self);
}

static gboolean
show_lesson (DojoWindow    *self,
             DojoPack      *pack,
             DojoPackItem  *item,
             GError       **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) base_dir = NULL;

  text = dojo_pack_read_item_text (pack, item, error);
  if (text == NULL)
    return FALSE;

  /* Images in a lesson are relative to the lesson's own folder. */
  file = dojo_pack_resolve (pack, dojo_pack_item_get_path (item), error);
  if (file == NULL)
    return FALSE;
  base_dir = g_file_get_parent (file);

  return dojo_lesson_view_set_markdown (self->lesson_view, text, -1, base_dir, error);
}

static gboolean
show_instructions (DojoWindow    *self,
                   DojoExercise  *exercise,
                   GError       **error)
{
  const char *instructions = dojo_exercise_get_instructions (exercise);
  g_autofree char *text = NULL;

  /* The exercise's title heads its instructions, unless they have one. */
  if (g_str_has_prefix (instructions, "# "))
    text = g_strdup (instructions);
  else
    text = g_strdup_printf ("# %s\n\n%s", dojo_exercise_get_title (exercise), instructions);

  return dojo_lesson_view_set_markdown (self->lesson_view, text, -1,
                                        dojo_exercise_get_directory (exercise), error);
}

/**
 * dojo_window_open_item:
 * @self: a window
 * @item_id: an item of the window's course
 *
 * Opens the item: its text in the lesson pane, and the learner's own
 * project folder for it in the editor and the terminal.
 */
gboolean
dojo_window_open_item (DojoWindow  *self,
                       const char  *item_id,
                       GError     **error)
{
  g_autoptr(DojoProject) project = NULL;
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(GFile) project_dir = NULL;
  g_autofree char *starter = NULL;
  DojoPackItem *item;
  DojoPack *pack;

  g_return_val_if_fail (DOJO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (self->course != NULL, FALSE);

  pack = dojo_course_get_pack (self->course);
  item = dojo_pack_lookup_item (pack, item_id);
  if (item == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The course has no part called “%s”"), item_id);
      return FALSE;
    }

  project_dir = dojo_course_get_project_dir (self->course, item);

  switch (dojo_pack_item_get_item_type (item))
    {
    case DOJO_PACK_ITEM_EXERCISE:
    case DOJO_PACK_ITEM_PROJECT:
      exercise = dojo_exercise_new (pack, item_id, error);
      if (exercise == NULL || !show_instructions (self, exercise, error))
        return FALSE;

      /* The starter files are written once; after that the folder holds
       * the learner's work, which is never overwritten. */
      if (!dojo_exercise_write_starter (exercise, project_dir, error))
        return FALSE;
      project = dojo_project_new (project_dir, dojo_exercise_get_entry (exercise));
      break;

    case DOJO_PACK_ITEM_QUIZ:
      if (!show_quiz (self, pack, item, error))
        return FALSE;

      /* A folder for trying code while answering, as for a lesson. */
      project = dojo_project_new (project_dir, "main.py");
      starter = g_strdup (_("# Try things out here while you answer, then press Run (F5).\n"));
      break;

    case DOJO_PACK_ITEM_LESSON:
    default:
      if (!show_lesson (self, pack, item, error))
        return FALSE;

      /* Every lesson has a folder of the learner's own too, so what they
       * tried while reading is still there when they come back to it. */
      project = dojo_project_new (project_dir, "main.py");
      /* Translators: the first line of the learner's file for a lesson. */
      starter = g_strdup (_("# Type the lesson's examples here, then press Run (F5).\n"));
      break;
    }

  if (!dojo_window_open_project (self, project, starter, error))
    return FALSE;

  /* A check still running belongs to the item being left, and so do the
   * program and the output on the Output page. */
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  if (item != self->item)
    dojo_terminal_reset_output (self->terminal);

  g_set_object (&self->exercise, exercise);
  g_set_object (&self->item, item);

  gtk_stack_set_visible_child_name (self->left_stack,
                                    dojo_pack_item_get_item_type (item) == DOJO_PACK_ITEM_QUIZ
                                    ? "quiz" : "lesson");
  gtk_widget_set_visible (self->check_button, exercise != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->check_panel), exercise != NULL);
  if (exercise != NULL)
    {
      g_autoptr(GPtrArray) gated = dojo_exercise_dup_gated (exercise);

      show_check_panel (self);
      dojo_live_guidance_set_gated (self->live_guidance, gated);
      dojo_live_guidance_set_exercise (self->live_guidance, dojo_exercise_get_json (exercise));
    }
  update_guards (self);
  if (exercise != NULL)
    dojo_live_guidance_run_now (self->live_guidance);
  update_actions (self);
  dojo_course_visit (self->course, item);
  dojo_course_view_set_current_item (self->course_view, item_id);
  update_title (self);

  return TRUE;
}

/**
 * dojo_window_open_course:
 * @self: a window
 * @pack_id: a course's pack id
 * @progress: the learner's progress
 *
 * Opens the course where the learner left off.
 */
gboolean
dojo_window_open_course (DojoWindow    *self,
                         const char    *pack_id,
                         DojoProgress  *progress,
                         GError       **error)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoCourse) course = NULL;
  DojoPackItem *item;

  g_return_val_if_fail (DOJO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (pack_id != NULL, FALSE);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), FALSE);

  dir = dojo_library_locate (pack_id);
  if (dir == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The course “%s” is not installed"), pack_id);
      return FALSE;
    }

  pack = dojo_library_load (dir, error);
  if (pack == NULL)
    return FALSE;

  course = dojo_course_new (pack, progress);
  dojo_window_set_course (self, course);

  item = dojo_course_get_resume_item (course);
  if (item == NULL)
    return TRUE;

  return dojo_window_open_item (self, dojo_pack_item_get_id (item), error);
}

DojoProject *
dojo_window_get_project (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->project;
}

/**
 * dojo_window_open_project:
 * @self: a window
 * @project: the project to work in
 * @starter: (nullable): the entry file's text if it does not exist yet
 *
 * Makes @project the one the editor and the terminal work in, creating its
 * folder and entry file if needed, and opens the entry file.
 */
gboolean
dojo_window_open_project (DojoWindow   *self,
                          DojoProject  *project,
                          const char   *starter,
                          GError      **error)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (DOJO_IS_PROJECT (project), FALSE);

  if (!dojo_project_ensure (project, starter ? starter : welcome_starter, error))
    return FALSE;

  /* The text of the project being left must be safe before another opens. */
  if (dojo_editor_get_modified (self->editor) && !dojo_editor_save (self->editor, error))
    return FALSE;

  if (!dojo_editor_load (self->editor, dojo_project_get_entry_file (project), error))
    return FALSE;

  g_set_object (&self->project, project);
  dojo_terminal_set_directory (self->terminal, dojo_project_get_directory (project));
  dojo_vcs_button_set_directory (self->vcs_button, dojo_project_get_directory (project));
  update_title (self);

  return TRUE;
}
