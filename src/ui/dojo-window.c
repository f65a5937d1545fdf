/* dojo-window.c: the main window: lesson, files, editor and terminal
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-library-dialog.h"
#include "dojo-library.h"
#include "dojo-live-guidance.h"
#include "dojo-markdown.h"
#include "dojo-open-files.h"
#include "dojo-paste-guard.h"
#include "dojo-paths.h"
#include "dojo-project-link.h"
#include "dojo-project.h"
#include "dojo-repo.h"
#include "dojo-window-private.h"

/* The window only shows things and wires the panes together: what opening
 * a course item means lives in DojoCourseSession, the editing in
 * DojoEditorTabs and DojoEditor, what the buttons and keys do in
 * dojo-window-actions.c. */

G_DEFINE_FINAL_TYPE (DojoWindow, dojo_window, ADW_TYPE_APPLICATION_WINDOW)

static DojoEditor *open_file        (DojoWindow  *self,
                                     GFile       *file,
                                     GError     **error);
static void        on_show_line     (DojoWindow  *self,
                                     guint        line);
static void        on_hint_revealed (DojoWindow  *self,
                                     guint        index);
static void        on_panel_link    (DojoWindow  *self,
                                     const char  *uri);
static void        cancel_pending_files (DojoWindow *self);

/* How long the open tabs wait before they are remembered: opening a project
 * opens several at once. */
#define REMEMBER_TABS_DELAY_MS 300

#define PASTE_GUARD_KEY   "dojo-paste-guard"
#define LIVE_GUIDANCE_KEY "dojo-live-guidance"

static const char welcome_starter[] =
  "# Type your program here, then press Run (F5).\n"
  "\n"
  "print(\"Hello, world!\")\n";

void
_dojo_window_show_error (DojoWindow *self,
                         const char *what,
                         GError     *error)
{
  g_autofree char *text = g_strdup_printf ("%s: %s", what, error->message);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

DojoExercise *
_dojo_window_get_exercise (DojoWindow *self)
{
  return self->session ? dojo_course_session_get_exercise (self->session) : NULL;
}

static DojoPackItem *
current_item (DojoWindow *self)
{
  return self->session ? dojo_course_session_get_item (self->session) : NULL;
}

/* @file's path in the project, or NULL if it lies outside. */
char *
_dojo_window_dup_relative_path (DojoWindow *self,
                                GFile      *file)
{
  if (file == NULL || self->project == NULL)
    return NULL;

  return g_file_get_relative_path (dojo_project_get_directory (self->project), file);
}

static void
update_title (DojoWindow *self)
{
  DojoEditor *editor = dojo_editor_tabs_get_active (self->tabs);
  DojoPackItem *item = current_item (self);
  g_autofree char *relative = NULL;
  g_autofree char *subtitle = NULL;
  /* The title's words: the teacher writes Markdown. */
  g_autofree char *title = item ? dojo_markdown_to_plain_text (dojo_pack_item_get_title (item))
                                : NULL;

  adw_window_title_set_title (self->window_title, title ? title : _("Dojo"));

  if (editor != NULL)
    relative = _dojo_window_dup_relative_path (self, dojo_editor_get_file (editor));

  if (relative == NULL)
    {
      adw_window_title_set_subtitle (self->window_title, "");
      return;
    }

  /* The bullet tells the learner that the latest typing is not on disk
   * yet; autosave clears it within a moment. */
  if (dojo_editor_get_modified (editor))
    subtitle = g_strdup_printf ("%s •", relative);
  else
    subtitle = g_strdup (relative);

  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* ------------------------------------------------------------------------ */
/* Type it yourself, and live guidance, in every tab of an exercise */

static void
apply_guards (DojoWindow *self,
              DojoEditor *editor)
{
  DojoExercise *exercise = _dojo_window_get_exercise (self);
  DojoPasteGuard *guard = g_object_get_data (G_OBJECT (editor), PASTE_GUARD_KEY);
  DojoLiveGuidance *guidance = g_object_get_data (G_OBJECT (editor), LIVE_GUIDANCE_KEY);
  GFile *file = dojo_editor_get_file (editor);
  gboolean python = file != NULL && g_str_has_suffix (g_file_peek_path (file), ".py");

  dojo_paste_guard_set_enabled (guard,
                                exercise != NULL &&
                                g_settings_get_boolean (self->settings, "type-it-yourself"));

  if (exercise != NULL && python)
    {
      g_autoptr(GPtrArray) gated = dojo_exercise_dup_gated (exercise);
      g_autoptr(DojoGating) gating = dojo_exercise_dup_gating (exercise);
      g_autofree char *relative = _dojo_window_dup_relative_path (self, file);
      g_autofree char *basename = g_file_get_basename (file);

      /* The type check reads the project's other files from there; a file
       * from elsewhere is checked by itself. */
      dojo_live_guidance_set_file (guidance,
                                   relative != NULL
                                   ? g_file_peek_path (dojo_project_get_directory (self->project))
                                   : NULL,
                                   relative != NULL ? relative : basename);
      dojo_live_guidance_set_gated (guidance, gated);
      dojo_live_guidance_set_gating (guidance, gating);
      dojo_live_guidance_set_exercise (guidance, dojo_exercise_get_json (exercise));
    }
  dojo_live_guidance_set_enabled (guidance, exercise != NULL && python);
}

static void
update_guards (DojoWindow *self)
{
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (self->tabs);

  for (guint i = 0; i < editors->len; i++)
    apply_guards (self, editors->pdata[i]);
}

/* What Check would say, at once, of the file in view; the other tabs'
 * guidance runs by itself a moment later (each run is a Python process). */
static void
run_guidance (DojoWindow *self)
{
  DojoEditor *editor = dojo_editor_tabs_get_active (self->tabs);
  DojoLiveGuidance *guidance;

  if (editor == NULL)
    return;

  guidance = g_object_get_data (G_OBJECT (editor), LIVE_GUIDANCE_KEY);
  if (dojo_live_guidance_get_enabled (guidance))
    dojo_live_guidance_run_now (guidance);
}

/* ------------------------------------------------------------------------ */
/* Open tabs, remembered for the next start */

static gboolean
remember_tabs_now (gpointer user_data)
{
  DojoWindow *self = user_data;
  g_autoptr(GPtrArray) editors = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *active = NULL;
  DojoEditor *in_view;

  self->remember_tabs_source = 0;

  /* Not while the other tabs of a project are still to open: what is
   * remembered is the whole set, once it is there. */
  if (self->project == NULL || self->pending_files != NULL)
    return G_SOURCE_REMOVE;

  editors = dojo_editor_tabs_list_editors (self->tabs);
  files = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < editors->len; i++)
    {
      char *relative = _dojo_window_dup_relative_path (self,
                                                       dojo_editor_get_file (editors->pdata[i]));

      if (relative != NULL)
        g_ptr_array_add (files, relative);
    }
  g_ptr_array_add (files, NULL);

  in_view = dojo_editor_tabs_get_active (self->tabs);
  if (in_view != NULL)
    active = _dojo_window_dup_relative_path (self, dojo_editor_get_file (in_view));

  /* Only a convenience: a project whose tabs are forgotten opens with its
   * usual files. */
  if (!dojo_open_files_save (dojo_project_get_directory (self->project),
                             (const char * const *)files->pdata, active, &error))
    g_message ("The open files could not be remembered: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
remember_tabs (DojoWindow *self)
{
  if (self->project == NULL || self->remember_tabs_source != 0)
    return;

  self->remember_tabs_source = g_timeout_add (REMEMBER_TABS_DELAY_MS, remember_tabs_now, self);
}

static void
flush_remember_tabs (DojoWindow *self)
{
  if (self->remember_tabs_source != 0)
    {
      g_clear_handle_id (&self->remember_tabs_source, g_source_remove);
      remember_tabs_now (self);
    }
}

static void
on_guard_refused (DojoWindow *self,
                  const char *note)
{
  dojo_window_add_toast (self, note);
}

static void
on_editor_modified (DojoWindow *self,
                    GParamSpec *pspec,
                    DojoEditor *editor)
{
  if (editor == dojo_editor_tabs_get_active (self->tabs))
    update_title (self);
}

static void
on_editor_added (DojoWindow     *self,
                 DojoEditor     *editor,
                 DojoEditorTabs *tabs)
{
  DojoPasteGuard *guard = dojo_paste_guard_new (GTK_TEXT_VIEW (dojo_editor_get_view (editor)));
  DojoLiveGuidance *guidance = dojo_live_guidance_new (dojo_editor_get_view (editor));

  /* Type it yourself: pasting into an exercise is refused, kindly. What
   * Check would say about constructs and type hints, while typing. */
  g_object_set_data_full (G_OBJECT (editor), PASTE_GUARD_KEY, guard, g_object_unref);
  g_object_set_data_full (G_OBJECT (editor), LIVE_GUIDANCE_KEY, guidance, g_object_unref);
  _dojo_window_debug_watch_editor (self, editor);
  _dojo_window_merge_watch_editor (self, editor);
  g_signal_connect_object (guard, "refused", G_CALLBACK (on_guard_refused), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "notify::modified", G_CALLBACK (on_editor_modified), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "notify::file", G_CALLBACK (on_editor_modified), self,
                           G_CONNECT_SWAPPED);
  apply_guards (self, editor);
  remember_tabs (self);
}

static void
on_editor_removed (DojoWindow     *self,
                   DojoEditor     *editor,
                   DojoEditorTabs *tabs)
{
  remember_tabs (self);
  _dojo_window_update_actions (self);
}

static void
on_active_editor_changed (DojoWindow *self)
{
  DojoEditor *editor = dojo_editor_tabs_get_active (self->tabs);

  if (self->file_list != NULL && editor != NULL && dojo_editor_get_file (editor) != NULL)
    dojo_file_list_select_file (self->file_list, dojo_editor_get_file (editor));
  update_title (self);
  _dojo_window_update_actions (self);
  remember_tabs (self);
}

static void
on_tabs_save_failed (DojoWindow     *self,
                     DojoEditor     *editor,
                     GError         *error,
                     DojoEditorTabs *tabs)
{
  /* Also in the log, for whoever helps the learner afterwards. */
  g_message ("Autosave failed, the text stays in the editor: %s", error->message);
  _dojo_window_show_error (self, _("Could not save your work; it is still in the editor"), error);
}

/* After Dojo or git changed files (a restore, a branch switch, a commit,
 * git in the Shell): every tab shows what its file holds now, at once. */
static void
on_repository_changed (DojoWindow *self)
{
  dojo_editor_tabs_sync_with_disk (self->tabs);
  /* A .gitignore edited changes no file name: the list asks again. */
  if (self->file_list != NULL)
    dojo_file_list_refresh_ignored (self->file_list);
}

/* On a slow disk the file list may come before the repository
 * (finish_start()): what git ignores is known only then. */
static void
on_repo_opened (DojoWindow *self)
{
  if (self->file_list != NULL)
    dojo_file_list_refresh_ignored (self->file_list);
}

/* ------------------------------------------------------------------------ */
/* The file list */

/* Asked for every row shown: the answer is git's last one, and git is
 * asked again in a worker (dojo-ignore-cache.c says why). */
static gboolean
is_ignored (const char *relative_path,
            gpointer    user_data)
{
  DojoWindow *self = user_data;

  dojo_ignore_cache_set_repo (self->ignore_cache, dojo_vcs_button_get_repo (self->vcs_button));

  return dojo_ignore_cache_lookup (self->ignore_cache, relative_path);
}

static void
on_ignored_changed (DojoWindow *self)
{
  if (self->file_list != NULL)
    dojo_file_list_refresh_ignored (self->file_list);
}

static void
on_file_activated (DojoWindow   *self,
                   GFile        *file,
                   DojoFileList *list)
{
  g_autoptr(GError) error = NULL;

  if (open_file (self, file, &error) == NULL)
    _dojo_window_show_error (self, _("Could not open the file"), error);
}

/* Before a rename or a move to the trash: the tabs of what moves write
 * their text first, so that it moves (or goes to the trash) with it. */
static void
on_file_prepare_change (DojoWindow   *self,
                        GFile        *file,
                        DojoFileList *list)
{
  g_autoptr(GError) error = NULL;

  if (!dojo_editor_tabs_save_files_under (self->tabs, file, &error))
    _dojo_window_show_error (self, _("Could not save your work; it is still in the editor"),
                             error);
}

static void
on_file_renamed (DojoWindow   *self,
                 GFile        *old_file,
                 GFile        *new_file,
                 DojoFileList *list)
{
  dojo_editor_tabs_follow_rename (self->tabs, old_file, new_file);
  remember_tabs (self);
  _dojo_window_update_actions (self);
}

static void
on_file_trashed (DojoWindow   *self,
                 GFile        *file,
                 DojoFileList *list)
{
  dojo_editor_tabs_forget_files (self->tabs, file);
}

/* The file list is not needed for the first frame (its folder is read in
 * a worker anyway), so it is made just after: the window is on screen
 * about 5 ms sooner. */
static void
ensure_file_list (DojoWindow *self)
{
  DojoEditor *editor;

  if (self->file_list != NULL)
    return;

  self->file_list = DOJO_FILE_LIST (dojo_file_list_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->file_list), TRUE);
  gtk_box_append (GTK_BOX (self->files_box), GTK_WIDGET (self->file_list));

  g_signal_connect_object (self->file_list, "file-activated",
                           G_CALLBACK (on_file_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_list, "file-created",
                           G_CALLBACK (on_file_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_list, "prepare-change",
                           G_CALLBACK (on_file_prepare_change), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_list, "file-renamed",
                           G_CALLBACK (on_file_renamed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->file_list, "file-trashed",
                           G_CALLBACK (on_file_trashed), self, G_CONNECT_SWAPPED);
  self->ignore_cache = dojo_ignore_cache_new ();
  g_signal_connect_object (self->ignore_cache, "changed",
                           G_CALLBACK (on_ignored_changed), self, G_CONNECT_SWAPPED);
  dojo_file_list_set_ignored_func (self->file_list, is_ignored, self, NULL);

  if (self->project != NULL)
    dojo_file_list_set_directory (self->file_list, dojo_project_get_directory (self->project));
  editor = dojo_editor_tabs_get_active (self->tabs);
  if (editor != NULL && dojo_editor_get_file (editor) != NULL)
    dojo_file_list_select_file (self->file_list, dojo_editor_get_file (editor));
}

/* The file list and the lesson's question cards wait after the first
 * frame for the Git button's first status, or START_WAIT_MS on a slow
 * disk: the window lays all three out and draws them in one frame, where
 * it drew three frames one after another. GTK 4.8's cairo renderer paints
 * every frame into a new window-sized image (4.2 MB), and fewer of them
 * while the start's other memory is still being allocated leave the peak
 * about 1.5 MB lower (docs/benchmarks.md). The first frame already shows
 * the lesson, the editor and the terminal; the list and the cards follow
 * with the button's status. */
#define START_WAIT_MS 250

static void
finish_start (DojoWindow *self)
{
  g_clear_handle_id (&self->after_first_frame_source, g_source_remove);
  g_clear_signal_handler (&self->git_checked_handler, self->vcs_button);
  ensure_file_list (self);
  dojo_lesson_view_hold_cards (self->lesson_view, FALSE);
}

static void
on_git_checked (DojoWindow *self)
{
  if (!dojo_vcs_button_get_checking (self->vcs_button))
    finish_start (self);
}

static gboolean
finish_start_timeout (gpointer user_data)
{
  DojoWindow *self = user_data;

  self->after_first_frame_source = 0;
  finish_start (self);

  return G_SOURCE_REMOVE;
}

/* What the first frame does without, started in an idle just after it:
 * the project's repository, which loads libgit2 (src/vcs/dojo-git-api.c),
 * then the file list and the lesson's question cards, which cost the first
 * frame about as much as the rest of its text. */
static gboolean
after_first_frame (gpointer user_data)
{
  DojoWindow *self = user_data;

  self->after_first_frame_source = 0;
  dojo_vcs_button_hold (self->vcs_button, FALSE);
  if (!dojo_vcs_button_get_checking (self->vcs_button))
    {
      finish_start (self);
      return G_SOURCE_REMOVE;
    }

  self->git_checked_handler = g_signal_connect_object (self->vcs_button, "notify::checking",
                                                       G_CALLBACK (on_git_checked), self,
                                                       G_CONNECT_SWAPPED);
  self->after_first_frame_source = g_timeout_add (START_WAIT_MS, finish_start_timeout, self);

  return G_SOURCE_REMOVE;
}

static void
on_first_map (GtkWidget *widget)
{
  DojoWindow *self = DOJO_WINDOW (widget);

  g_signal_handlers_disconnect_by_func (widget, on_first_map, NULL);

  /* The item opened before the window was shown asked for the keyboard,
   * but a window not yet shown gives it to its first button: a learner
   * who starts typing at once types into their code. */
  if (gtk_widget_is_visible (GTK_WIDGET (self->tabs)) &&
      dojo_editor_tabs_get_active (self->tabs) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->tabs));

  /* After the frame being drawn now: an idle below the drawing's priority. */
  self->after_first_frame_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10, after_first_frame,
                                                    self, NULL);
}

/* ------------------------------------------------------------------------ */
/* Check's verdict */

static void
update_solution (DojoWindow *self)
{
  g_autofree char *solution = dojo_course_session_dup_solution (self->session);

  dojo_check_panel_set_solution (self->check_panel, solution,
                                 solution != NULL &&
                                 dojo_course_session_get_solution_available (self->session));
}

/* The check panel is made the first time an exercise opens: a learner who
 * starts on a lesson does not wait for it (two code views, some 7 ms). */
static void
ensure_check_panel (DojoWindow *self)
{
  if (self->check_panel != NULL)
    return;

  self->check_panel = DOJO_CHECK_PANEL (dojo_check_panel_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->check_panel), -1, 120);
  gtk_paned_set_end_child (self->lesson_split, GTK_WIDGET (self->check_panel));
  g_signal_connect_object (self->check_panel, "show-line",
                           G_CALLBACK (on_show_line), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "hint-revealed",
                           G_CALLBACK (on_hint_revealed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "activate-link",
                           G_CALLBACK (on_panel_link), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "debug-check",
                           G_CALLBACK (_dojo_window_debug_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "notify::checking",
                           G_CALLBACK (_dojo_window_update_actions), self, G_CONNECT_SWAPPED);
}

static void
show_check_panel (DojoWindow *self)
{
  ensure_check_panel (self);
  gtk_widget_set_visible (GTK_WIDGET (self->check_panel), TRUE);
  dojo_check_panel_clear (self->check_panel);
  dojo_check_panel_set_hints (self->check_panel,
                              dojo_exercise_get_hints (_dojo_window_get_exercise (self)));
  dojo_check_panel_set_n_hints_shown (self->check_panel,
                                      dojo_course_session_get_hints_used (self->session));
  update_solution (self);
}

static void
checkpoint_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DojoWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  id = dojo_course_session_checkpoint_finish (DOJO_COURSE_SESSION (object), result, &error);
  if (id != NULL)
    dojo_window_add_toast (self, _("Checkpoint saved: your passing code is committed"));
  else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY))
    dojo_window_add_toast (self, _("Checkpoints need your name for git: commit once with "
                                   "Commit… (Ctrl+K), and Dojo remembers it"));
  else if (!g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _dojo_window_show_error (self, _("The checkpoint could not be committed"), error);
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

void
_dojo_window_show_verdict (DojoWindow  *self,
                           DojoVerdict *verdict)
{
  DojoEditor *entry_editor;

  /* The only commit Dojo ever makes by itself, and only when the learner
   * turned on checkpoints in the preferences. */
  if (dojo_course_session_record_verdict (self->session, verdict) &&
      g_settings_get_boolean (self->settings, "auto-checkpoint"))
    dojo_course_session_checkpoint_async (self->session, self->cancellable,
                                          checkpoint_cb, g_object_ref (self));

  /* The comparison with the solution is of the main file. */
  entry_editor = dojo_editor_tabs_find (self->tabs, dojo_project_get_entry_file (self->project));
  if (entry_editor != NULL)
    {
      g_autofree char *code = dojo_editor_dup_text (entry_editor);

      dojo_check_panel_set_learner_code (self->check_panel, code);
    }
  else
    {
      g_autofree char *code = NULL;

      g_file_load_contents (dojo_project_get_entry_file (self->project), NULL, &code, NULL,
                            NULL, NULL);
      dojo_check_panel_set_learner_code (self->check_panel, code);
    }

  dojo_check_panel_set_verdict (self->check_panel, verdict);
  update_solution (self);
  reveal_check_panel (self);
}

/* ------------------------------------------------------------------------ */
/* Signals of the panes */

static DojoEditor *
open_file (DojoWindow  *self,
           GFile       *file,
           GError     **error)
{
  DojoEditor *editor = dojo_editor_tabs_open (self->tabs, file, TRUE, error);

  if (editor != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (editor));

  return editor;
}

static void
on_show_line (DojoWindow *self,
              guint       line)
{
  g_autoptr(GError) error = NULL;
  DojoEditor *editor;

  /* Check's lines are in the main file. */
  editor = open_file (self, dojo_project_get_entry_file (self->project), &error);
  if (editor == NULL)
    _dojo_window_show_error (self, _("Could not open the file"), error);
  else
    dojo_editor_go_to_line (editor, line);
}

static void
on_hint_revealed (DojoWindow *self,
                  guint       index)
{
  dojo_course_session_record_hint (self->session);
}

static void
on_quiz_finished (DojoWindow *self,
                  guint       score,
                  gboolean    passed)
{
  dojo_course_session_record_quiz_score (self->session, score, passed);
}

static void
on_quiz_retaken (DojoWindow *self)
{
  /* The attempt number orders the questions: kept in progress, a learner
   * who restarts Dojo sees the same quiz they were taking. */
  if (self->session != NULL && dojo_quiz_view_get_attempt (self->quiz_view) > 0)
    dojo_course_session_record_attempt (self->session);
}

static void
show_quiz (DojoWindow *self)
{
  DojoQuiz *quiz = dojo_course_session_get_quiz (self->session);

  g_signal_handlers_block_by_func (self->quiz_view, on_quiz_retaken, self);
  dojo_quiz_view_set_quiz (self->quiz_view, quiz);
  g_signal_handlers_unblock_by_func (self->quiz_view, on_quiz_retaken, self);

  /* A write-code question is answered by passing its exercise. */
  for (guint i = 0; i < dojo_quiz_get_n_questions (quiz); i++)
    {
      const char *exercise = dojo_quiz_question_get_exercise (quiz, i);

      if (exercise != NULL)
        dojo_quiz_view_set_exercise_passed (self->quiz_view, exercise,
                                            dojo_course_session_is_exercise_passed (self->session,
                                                                                    exercise));
    }
}

static void
on_item_activated (DojoWindow *self,
                   const char *item_id)
{
  g_autoptr(GError) error = NULL;

  if (!dojo_window_open_item (self, item_id, &error))
    _dojo_window_show_error (self, _("Could not open that part of the course"), error);
  else if (gtk_widget_is_visible (GTK_WIDGET (self->tabs)))
    /* Picked from the outline (Enter or a click): on to the code. */
    gtk_widget_grab_focus (GTK_WIDGET (self->tabs));
}

/* A quiz's "Go to Exercise": the task opens, and a bar above it leads back
 * to the quiz (Previous would go to the item before the task in the
 * course, which need not be the quiz). */
static void
on_quiz_go_to_exercise (DojoWindow *self,
                        const char *exercise_id)
{
  DojoPackItem *quiz = dojo_course_session_get_item (self->session);

  g_free (self->return_quiz);
  self->return_quiz = quiz != NULL ? g_strdup (dojo_pack_item_get_id (quiz)) : NULL;
  g_free (self->return_task);
  self->return_task = g_strdup (exercise_id);
  on_item_activated (self, exercise_id);
}

/* The bar shows on the task while the learner stays there, and on no other
 * item. */
static void
update_quiz_return (DojoWindow *self,
                    const char *item_id)
{
  gboolean show = self->return_quiz != NULL && g_strcmp0 (item_id, self->return_task) == 0;
  DojoPackItem *quiz = show ? dojo_pack_lookup_item (dojo_course_get_pack (self->course),
                                                     self->return_quiz)
                            : NULL;

  if (show && quiz != NULL)
    {
      g_autofree char *title = dojo_markdown_to_plain_text (dojo_pack_item_get_title (quiz));
      /* Translators: %s is the title of a quiz, e.g. "Checkpoint: loops" */
      g_autofree char *text = g_strdup_printf (_("A task of “%s”."), title);

      gtk_label_set_text (self->quiz_return_label, text);
    }
  gtk_revealer_set_reveal_child (self->quiz_return_revealer, show && quiz != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-to-quiz", show && quiz != NULL);
}

void
_dojo_window_back_to_quiz (DojoWindow *self)
{
  if (self->return_quiz != NULL)
    on_item_activated (self, self->return_quiz);
}

static void
on_course_chosen (DojoWindow *self,
                  const char *pack_id)
{
  g_autoptr(GError) error = NULL;
  DojoProgress *progress = dojo_course_get_progress (self->course);

  if (!dojo_window_open_course (self, pack_id, progress, &error))
    _dojo_window_show_error (self, _("Could not open the course"), error);
}

static DojoLibraryDialog *
present_library (DojoWindow *self)
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

void
_dojo_window_show_library (DojoWindow *self)
{
  if (self->course != NULL)
    present_library (self);
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

  dojo_library_dialog_install (present_library (self), archive);
}

static void
on_course_save_failed (DojoWindow *self,
                       GError     *error)
{
  _dojo_window_show_error (self, _("Your progress could not be saved; Dojo will try again"), error);
}

static void
on_open_location (DojoWindow   *self,
                  const char   *path,
                  guint         line,
                  DojoTerminal *terminal)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  DojoEditor *editor;

  if (self->project == NULL)
    return;

  file = dojo_project_resolve (self->project, path);
  if (file == NULL || !g_file_query_exists (file, NULL))
    {
      dojo_window_add_toast (self, _("That line is in Python’s own code, not in your project"));
      return;
    }

  editor = open_file (self, file, &error);
  if (editor == NULL)
    {
      _dojo_window_show_error (self, _("Could not open the file"), error);
      return;
    }

  dojo_editor_go_to_line (editor, line);
}

/* A `project:PATH#L12` link in a lesson or in instructions opens PATH of
 * the learner's project (at line 12). A lesson may ask the learner to make
 * a file: the link makes it, empty, if it is not there yet. */
static gboolean
on_lesson_link (DojoWindow     *self,
                const char     *uri,
                DojoLessonView *view)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GFile *directory;
  DojoEditor *editor;
  guint line = 0;

  if (!dojo_project_link_parse (uri, &path, &line))
    return FALSE;

  if (self->project == NULL)
    return TRUE;

  directory = dojo_project_get_directory (self->project);
  file = g_file_resolve_relative_path (directory, path);
  if (!g_file_has_prefix (file, directory))
    return TRUE;

  if (!g_file_query_exists (file, NULL))
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autoptr(GFileOutputStream) stream = NULL;

      if ((!g_file_make_directory_with_parents (parent, NULL, &error) &&
           !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
        {
          _dojo_window_show_error (self, _("Could not make the file"), error);
          return TRUE;
        }
      g_clear_error (&error);

      stream = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);
      if (stream == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          _dojo_window_show_error (self, _("Could not make the file"), error);
          return TRUE;
        }
      g_clear_error (&error);
    }

  editor = open_file (self, file, &error);
  if (editor == NULL)
    _dojo_window_show_error (self, _("Could not open the file"), error);
  else if (line > 0)
    dojo_editor_go_to_line (editor, line);

  return TRUE;
}

/* The same links in a hint or a check's message. */
static void
on_panel_link (DojoWindow *self,
               const char *uri)
{
  on_lesson_link (self, uri, NULL);
}

/* ------------------------------------------------------------------------ */
/* Closing */

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

  flush_remember_tabs (self);

  if (self->closing_confirmed || dojo_editor_tabs_save_all (self->tabs, &error))
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
  g_settings_bind (settings, "files-pane-position", self->files_paned, "position",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "editor-zoom", self->tabs, "zoom", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "editor-font", self->tabs, "font", G_SETTINGS_BIND_DEFAULT);
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
  g_clear_handle_id (&self->after_first_frame_source, g_source_remove);
  g_clear_signal_handler (&self->git_checked_handler, self->vcs_button);
  cancel_pending_files (self);
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);

  /* The tabs close as the window goes: what they had open is what is
   * remembered, not the empty window after. */
  flush_remember_tabs (self);
  if (self->tabs != NULL)
    g_signal_handlers_disconnect_by_data (self->tabs, self);

  if (self->debug_run != NULL)
    g_signal_handlers_disconnect_by_data (self->debug_run, self);
  g_clear_object (&self->debug_run);
  g_clear_pointer (&self->debug_event, json_object_unref);
  g_clear_pointer (&self->return_quiz, g_free);
  g_clear_pointer (&self->return_task, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_WINDOW);

  /* A batch waiting on a disk that hangs keeps the cache until it returns:
   * it no longer answers the window. */
  if (self->ignore_cache != NULL)
    dojo_ignore_cache_set_repo (self->ignore_cache, NULL);
  g_clear_object (&self->ignore_cache);
  g_clear_object (&self->project);
  g_clear_object (&self->session);
  g_clear_object (&self->course);
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

  g_type_ensure (DOJO_TYPE_COURSE_VIEW);
  g_type_ensure (DOJO_TYPE_QUIZ_VIEW);
  g_type_ensure (DOJO_TYPE_VCS_BUTTON);
  g_type_ensure (DOJO_TYPE_EDITOR_TABS);
  g_type_ensure (DOJO_TYPE_LESSON_VIEW);
  g_type_ensure (DOJO_TYPE_TERMINAL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, outline_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, course_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, run_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, navigation_box);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, left_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_split);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, quiz_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, vcs_button);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, debug_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, work_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, files_paned);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, files_box);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, tabs);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, merge_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, merge_label);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, lesson_view);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, quiz_return_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, quiz_return_label);
  gtk_widget_class_bind_template_child (widget_class, DojoWindow, terminal);

  _dojo_window_class_add_actions (widget_class);
}

/* libadwaita 1.2 gives the arrow of a split button no accessible name (its
 * tooltip is not one): name it, and the button inside it, from here. */
static void
name_split_button_arrow (GtkWidget  *widget,
                         const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_MENU_BUTTON (child) || GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      name_split_button_arrow (child, name);
    }
}

static void
dojo_window_init (DojoWindow *self)
{
  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APPLICATION_ID);

  gtk_widget_init_template (GTK_WIDGET (self));
  bind_settings (self);
  _dojo_window_add_shortcuts (self);
  name_split_button_arrow (self->run_button, _("More Ways to Run"));

  g_signal_connect_object (self->tabs, "editor-added",
                           G_CALLBACK (on_editor_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tabs, "editor-removed",
                           G_CALLBACK (on_editor_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tabs, "notify::active-editor",
                           G_CALLBACK (on_active_editor_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tabs, "save-failed",
                           G_CALLBACK (on_tabs_save_failed), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), NULL);
  dojo_lesson_view_hold_cards (self->lesson_view, TRUE);
  dojo_vcs_button_hold (self->vcs_button, TRUE);
  g_signal_connect_object (self->lesson_view, "activate-link",
                           G_CALLBACK (on_lesson_link), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->terminal, "open-location",
                           G_CALLBACK (on_open_location), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->course_view, "item-activated",
                           G_CALLBACK (on_item_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "finished",
                           G_CALLBACK (on_quiz_finished), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "notify::attempt",
                           G_CALLBACK (on_quiz_retaken), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quiz_view, "go-to-exercise",
                           G_CALLBACK (on_quiz_go_to_exercise), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vcs_button, "repository-changed",
                           G_CALLBACK (on_repository_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vcs_button, "notify::repo",
                           G_CALLBACK (on_repo_opened), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::type-it-yourself",
                           G_CALLBACK (update_guards), self, G_CONNECT_SWAPPED);

  /* Every open file reaches the disk before git reads the project. */
  dojo_vcs_button_set_prepare_func (self->vcs_button, _dojo_window_vcs_prepare, self, NULL);
  _dojo_window_merge_init (self);

  _dojo_window_update_actions (self);
}

DojoWindow *
dojo_window_new (DojoApplication *application)
{
  return g_object_new (DOJO_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * dojo_window_get_editor:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the editor of the file in view
 */
DojoEditor *
dojo_window_get_editor (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return dojo_editor_tabs_get_active (self->tabs);
}

DojoEditorTabs *
dojo_window_get_tabs (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->tabs;
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

/* The course item open, with its project, exercise or quiz. */
DojoCourseSession *
dojo_window_get_session (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->session;
}

DojoPackItem *
dojo_window_get_item (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return current_item (self);
}

DojoProject *
dojo_window_get_project (DojoWindow *self)
{
  g_return_val_if_fail (DOJO_IS_WINDOW (self), NULL);

  return self->project;
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
  g_clear_object (&self->session);
  self->session = dojo_course_session_new (course);
  g_signal_connect_object (course, "save-failed",
                           G_CALLBACK (on_course_save_failed), self, G_CONNECT_SWAPPED);

  dojo_course_view_set_course (self->course_view, course);
  gtk_widget_set_visible (self->outline_button, TRUE);
  g_settings_set_string (self->settings, "last-course",
                         dojo_pack_get_id (dojo_course_get_pack (course)));
  _dojo_window_update_actions (self);
}

/* A file of the project to open in a tab, or NULL (outside the project,
 * not there any more, not a file). */
static GFile *
openable (DojoWindow *self,
          const char *relative)
{
  GFile *directory = dojo_project_get_directory (self->project);
  g_autoptr(GFile) file = g_file_resolve_relative_path (directory, relative);

  if (!g_file_has_prefix (file, directory) ||
      g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return NULL;

  return g_steal_pointer (&file);
}

static gboolean
open_pending_files (gpointer user_data)
{
  DojoWindow *self = user_data;
  g_auto(GStrv) files = g_steal_pointer (&self->pending_files);
  g_autoptr(GFile) shown = NULL;
  DojoEditor *in_view = dojo_editor_tabs_get_active (self->tabs);
  int position = 0;

  self->pending_files_source = 0;

  if (in_view != NULL && dojo_editor_get_file (in_view) != NULL)
    shown = g_object_ref (dojo_editor_get_file (in_view));

  /* In the list's order, around the file already in view. */
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = openable (self, files[i]);
      g_autoptr(GError) error = NULL;

      if (file == NULL)
        continue;

      if (shown != NULL && g_file_equal (file, shown))
        {
          position++;
          continue;
        }

      if (dojo_editor_tabs_open_at (self->tabs, file, position, FALSE, &error) == NULL)
        _dojo_window_show_error (self, _("Could not open the file"), error);
      else
        position++;
    }

  remember_tabs (self);

  return G_SOURCE_REMOVE;
}

static void
cancel_pending_files (DojoWindow *self)
{
  g_clear_handle_id (&self->pending_files_source, g_source_remove);
  g_clear_pointer (&self->pending_files, g_strfreev);
}

/* Opens @files (relative to the project) in tabs, @active (or else the
 * first) in view; files that are not there (deleted since) are skipped.
 * Only the one in view opens now: the others a moment later, so that a
 * project of several files shows as soon as one of one file does (each
 * editor costs some 25 ms, and the guidance that runs on it). Returns
 * whether a file is in view. */
static gboolean
open_files (DojoWindow         *self,
            const char * const *files,
            const char         *active)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  gboolean opened = FALSE;

  cancel_pending_files (self);

  /* The one to show first, then the others in their order. */
  if (active != NULL && files != NULL && g_strv_contains (files, active))
    g_ptr_array_add (order, (gpointer)active);
  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    if (active == NULL || !g_str_equal (files[i], active))
      g_ptr_array_add (order, (gpointer)files[i]);

  for (guint i = 0; i < order->len && !opened; i++)
    {
      g_autoptr(GFile) file = openable (self, order->pdata[i]);
      g_autoptr(GError) error = NULL;

      if (file == NULL)
        continue;

      if (dojo_editor_tabs_open (self->tabs, file, TRUE, &error) != NULL)
        opened = TRUE;
      else
        _dojo_window_show_error (self, _("Could not open the file"), error);
    }

  if (opened && g_strv_length ((char **)files) > 1)
    {
      self->pending_files = g_strdupv ((char **)files);
      self->pending_files_source = g_idle_add_full (G_PRIORITY_LOW, open_pending_files,
                                                    self, NULL);
    }

  return opened;
}

/* The project's files in tabs: those open last time, or else @files (an
 * exercise's own choice), or else the main file. */
/* A lesson's try-code cards keep what the learner types beside the rest of
 * the learner's data, a folder per pack and item, and run it with the
 * pack's packages. */
static void
set_lesson_try_context (DojoWindow   *self,
                        DojoPackItem *item)
{
  DojoPack *pack = dojo_course_get_pack (dojo_course_session_get_course (self->session));
  g_autofree char *data_dir = dojo_paths_get_data_dir ();
  g_autofree char *path = g_build_filename (data_dir, "lesson-code", dojo_pack_get_id (pack),
                                            dojo_pack_item_get_id (item), NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);

  dojo_lesson_view_set_try_context (self->lesson_view, dir, dojo_pack_get_packages (pack));
}

static gboolean
open_project (DojoWindow          *self,
              DojoProject         *project,
              const char          *title,
              const char * const  *files,
              GError             **error)
{
  g_auto(GStrv) remembered = NULL;
  g_autofree char *active = NULL;
  gboolean same;

  same = self->project != NULL &&
         g_file_equal (dojo_project_get_directory (self->project),
                       dojo_project_get_directory (project));

  /* The text of the project being left must be safe before another opens;
   * what it had open is remembered for next time. */
  if (!same)
    {
      cancel_pending_files (self);
      flush_remember_tabs (self);
      g_signal_handlers_block_by_func (self->tabs, on_editor_removed, self);
      if (!dojo_editor_tabs_close_all (self->tabs, error))
        {
          g_signal_handlers_unblock_by_func (self->tabs, on_editor_removed, self);
          return FALSE;
        }
      g_signal_handlers_unblock_by_func (self->tabs, on_editor_removed, self);
    }

  g_set_object (&self->project, project);
  dojo_editor_tabs_set_directory (self->tabs, dojo_project_get_directory (project));
  /* The Python and Shell prompts move to the new folder (or say they will,
   * once the program running in them ends). */
  dojo_terminal_set_project (self->terminal, dojo_project_get_directory (project), title);
  dojo_vcs_button_set_directory (self->vcs_button, dojo_project_get_directory (project));
  if (self->file_list != NULL)
    dojo_file_list_set_directory (self->file_list, dojo_project_get_directory (project));

  if (dojo_editor_tabs_get_n_editors (self->tabs) == 0)
    {
      const char * const entry[] = { dojo_project_get_entry (project), NULL };

      if ((!dojo_open_files_load (dojo_project_get_directory (project), &remembered, &active) ||
           !open_files (self, (const char * const *)remembered, active)) &&
          (files == NULL || !open_files (self, files, NULL)) &&
          !open_files (self, entry, NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("The project’s main file “%s” cannot be opened"),
                       dojo_project_get_entry (project));
          return FALSE;
        }
    }

  update_title (self);
  _dojo_window_update_actions (self);

  return TRUE;
}

/**
 * dojo_window_open_project:
 * @self: a window
 * @project: the project to work in
 * @starter: (nullable): the entry file's text if it does not exist yet
 *
 * Makes @project the one the editor and the terminal work in, creating its
 * folder and entry file if needed, and opens its files.
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

  /* Translators: the name of the learner's own project outside any course. */
  return open_project (self, project, _("Your playground"), NULL, error);
}

void
_dojo_window_reopen_starter_files (DojoWindow *self)
{
  open_files (self, dojo_course_session_get_open_files (self->session), NULL);
}

/**
 * dojo_window_open_item:
 * @self: a window
 * @item_id: an item of the window's course
 *
 * Opens the item: its text in the lesson pane, and the learner's own
 * project folder for it in the file list, the editor and the terminal.
 */
gboolean
dojo_window_open_item (DojoWindow  *self,
                       const char  *item_id,
                       GError     **error)
{
  g_autoptr(GError) render_error = NULL;
  g_autofree char *title = NULL;
  DojoPackItem *previous;
  DojoPackItem *item;
  DojoExercise *exercise;
  gboolean quiz;

  g_return_val_if_fail (DOJO_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  /* The typing of the item being left is on disk before anything moves. */
  if (!dojo_editor_tabs_save_all (self->tabs, error))
    return FALSE;

  previous = current_item (self);
  if (previous != NULL)
    g_object_ref (previous);

  if (!dojo_course_session_open_item (self->session, item_id, error))
    {
      g_clear_object (&previous);
      return FALSE;
    }

  item = dojo_course_session_get_item (self->session);
  exercise = dojo_course_session_get_exercise (self->session);
  quiz = dojo_course_session_get_quiz (self->session) != NULL;

  /* The terminal names the place in words, without Markdown's marks. */
  title = dojo_markdown_to_plain_text (dojo_pack_item_get_title (item));
  if (!open_project (self, dojo_course_session_get_project (self->session), title,
                     dojo_course_session_get_open_files (self->session), error))
    {
      g_clear_object (&previous);
      return FALSE;
    }

  /* A check still running belongs to the item being left, and so do the
   * program and the output on the Output page. */
  if (self->check_cancellable != NULL)
    g_cancellable_cancel (self->check_cancellable);
  if (item != previous)
    {
      _dojo_window_debug_close (self);
      dojo_terminal_reset_output (self->terminal);
    }
  g_clear_object (&previous);

  if (!quiz)
    set_lesson_try_context (self, item);
  if (quiz)
    show_quiz (self);
  else if (!dojo_lesson_view_set_markdown (self->lesson_view,
                                           dojo_course_session_get_text (self->session), -1,
                                           dojo_course_session_get_text_base_dir (self->session),
                                           &render_error))
    /* The project is open all the same: the learner can work. */
    _dojo_window_show_error (self, _("The text of this part cannot be shown"), render_error);

  gtk_stack_set_visible_child_name (self->left_stack, quiz ? "quiz" : "lesson");
  gtk_widget_set_visible (self->check_button, exercise != NULL);
  if (exercise != NULL)
    show_check_panel (self);
  else if (self->check_panel != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->check_panel), FALSE);
  update_guards (self);
  if (exercise != NULL)
    run_guidance (self);

  _dojo_window_update_actions (self);
  update_quiz_return (self, item_id);
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
