/* dojo-vcs-button.c: the header bar's view of the project's git state
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-vcs-button"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-branch-dialog.h"
#include "dojo-commit-dialog.h"
#include "dojo-conflict.h"
#include "dojo-history-view.h"
#include "dojo-paths.h"
#include "dojo-repo-monitor.h"
#include "dojo-vcs-util.h"
#include "dojo-vcs-button.h"

struct _DojoVcsButton
{
  GtkWidget        parent_instance;

  GtkStack        *stack;
  GtkMenuButton   *menu_button;
  GtkPopoverMenu  *popover;
  GtkImage        *icon;
  GtkLabel        *label;
  /* The menu's first line: what the state means, as in the tooltip. */
  GtkLabel        *state_label;

  DojoRepo        *repo;
  DojoRepoMonitor *monitor;
  GFile           *directory;
  GCancellable    *cancellable;
  GCancellable    *merge_cancellable;
  GCancellable    *open_cancellable;
  GMenu           *menu;
  /* While a merge is under way: its state, and the conflicted files that
   * still have markers. NULL otherwise. */
  DojoMergeState  *merge_state;
  GPtrArray       *unresolved;
  char            *branch;
  char            *back_branch;
  guint            n_changes;
  DojoVcsButtonPrepareFunc prepare_func;
  gpointer         prepare_data;
  GDestroyNotify   prepare_destroy;
  /* Set while dojo_vcs_button_activate_prepared() runs an action. */
  guint            prepared : 1;
  /* Set while the window draws its first frame: the repository opens after
   * it (dojo_vcs_button_hold()). */
  guint            held : 1;
  guint            detached : 1;
  /* Set from the moment the button says "Checking…" until it shows what
   * the status read found (or that there is no repository). */
  guint            checking : 1;
  /* Asked to refresh while a status read runs: read again after it. */
  guint            refresh_again : 1;
};

G_DEFINE_FINAL_TYPE (DojoVcsButton, dojo_vcs_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPO,
  PROP_DIRECTORY,
  PROP_N_CHANGES,
  PROP_CHECKING,
  N_PROPS
};

enum {
  COMMITTED,
  REPOSITORY_CHANGED,
  MERGE_CHANGED,
  MERGE_CONFLICTS,
  MERGE_ABORTED,
  OPEN_FILE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void on_monitor_changed (DojoVcsButton *self);

static void
update_actions (DojoVcsButton *self)
{
  gboolean has_repo = self->repo != NULL;

  /* Not tied to the count of changes: that count lags behind typing that is
   * being saved, and the window writes every file before the dialog opens,
   * which then says when there is nothing to commit. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.commit",
                                 has_repo && !self->detached);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.history", has_repo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.branches", has_repo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.back-to-branch",
                                 has_repo && self->detached);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.start-tracking",
                                 !has_repo && self->directory != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "vcs.abort-merge",
                                 has_repo && self->merge_state != NULL);
}

static void
rebuild_menu (DojoVcsButton *self)
{
  g_autoptr(GMenu) state_section = g_menu_new ();
  g_autoptr(GMenu) main_section = g_menu_new ();
  g_autoptr(GMenu) branch_section = g_menu_new ();
  g_autoptr(GMenuItem) state_item = g_menu_item_new (NULL, NULL);
  g_autofree char *branch_label = NULL;

  /* The custom line goes with the menu's widgets, which are made again. */
  if (gtk_widget_get_parent (GTK_WIDGET (self->state_label)) != NULL)
    gtk_popover_menu_remove_child (self->popover, GTK_WIDGET (self->state_label));

  /* A new model each time: GTK 4.8 keeps a changed model's old custom
   * slots and warns of a "Duplicate custom ID" when the line comes back. */
  g_clear_object (&self->menu);
  self->menu = g_menu_new ();

  g_menu_item_set_attribute (state_item, "custom", "s", "state");
  g_menu_append_item (state_section, state_item);
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (state_section));

  if (self->merge_state != NULL)
    {
      g_menu_append (main_section, _("_Commit Merge…"), "vcs.commit");
      g_menu_append (main_section, _("_Abort Merge…"), "vcs.abort-merge");
    }
  else
    g_menu_append (main_section, _("_Commit…"), "vcs.commit");
  g_menu_append (main_section, _("_History…"), "vcs.history");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (main_section));

  if (self->detached)
    {
      g_autofree char *back = g_strdup_printf (_("_Back to “%s”"), self->back_branch);

      branch_label = g_strdup (_("_Branches (looking at an old version)…"));
      g_menu_append (branch_section, back, "vcs.back-to-branch");
    }
  else if (self->branch != NULL)
    /* TRANSLATORS: %s is the current branch, like “main” */
    branch_label = g_strdup_printf (_("_Branches (on “%s”)…"), self->branch);
  else
    branch_label = g_strdup (_("_Branches…"));

  g_menu_prepend (branch_section, branch_label, "vcs.branches");
  g_menu_append_section (self->menu, NULL, G_MENU_MODEL (branch_section));
  gtk_popover_menu_set_menu_model (self->popover, G_MENU_MODEL (self->menu));

  if (!gtk_popover_menu_add_child (self->popover, GTK_WIDGET (self->state_label), "state"))
    g_warning ("The git menu has no place for its first line");
}

static void
show_state (DojoVcsButton *self,
            const char    *label,
            const char    *icon_name,
            const char    *tooltip)
{
  gtk_label_set_label (self->label, label);
  gtk_label_set_label (self->state_label, tooltip ? tooltip : "");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), tooltip != NULL);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}

static void
set_n_changes (DojoVcsButton *self,
               guint          n_changes)
{
  if (self->n_changes == n_changes)
    return;

  self->n_changes = n_changes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CHANGES]);
}

static void
set_checking (DojoVcsButton *self,
              gboolean       checking)
{
  if (self->checking == !!checking)
    return;

  self->checking = !!checking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKING]);
}

static void
show_merge_state (DojoVcsButton *self)
{
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *what = NULL;
  guint left = self->unresolved->len;

  if (self->branch != NULL)
    /* Translators: the first %s is the branch merged in, like “feature”; the
     * second the learner's branch, like “main”. */
    what = g_strdup_printf (_("You are merging “%s” into “%s”."), self->merge_state->branch,
                            self->branch);
  else
    what = g_strdup_printf (_("You are merging “%s”."), self->merge_state->branch);

  if (left > 0)
    {
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merging: %u conflict",
                                            "Merging: %u conflicts", left), left);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s %u file still has conflicts: choose what "
                                              "to keep in it, then commit the merge.",
                                              "%s %u files still have conflicts: choose what "
                                              "to keep in each, then commit the merge.",
                                              left),
                                 what, left);
      show_state (self, label, "dialog-warning-symbolic", tooltip);
    }
  else
    {
      tooltip = g_strdup_printf (_("%s Every conflict is resolved: commit the merge to finish "
                                   "it."), what);
      show_state (self, _("Merging: ready to commit"), "emblem-ok-symbolic", tooltip);
    }
}

static void
clear_merge (DojoVcsButton *self)
{
  gboolean was_merging = self->merge_state != NULL;

  g_cancellable_cancel (self->merge_cancellable);
  g_clear_object (&self->merge_cancellable);
  g_clear_pointer (&self->merge_state, dojo_merge_state_free);
  g_clear_pointer (&self->unresolved, g_ptr_array_unref);

  if (was_merging)
    g_signal_emit (self, signals[MERGE_CHANGED], 0);
}

typedef struct
{
  DojoMergeState *state;
  GPtrArray      *unresolved;
} MergeInfo;

static void
merge_info_free (MergeInfo *info)
{
  g_clear_pointer (&info->state, dojo_merge_state_free);
  g_clear_pointer (&info->unresolved, g_ptr_array_unref);
  g_free (info);
}

/* A conflicted file is resolved, for the learner, once its markers are gone
 * (git still counts it until the merge is committed). */
static void
merge_info_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  g_autoptr(GError) error = NULL;
  MergeInfo *info = g_new0 (MergeInfo, 1);

  info->state = dojo_repo_get_merge_state (repo, &error);
  if (info->state == NULL)
    {
      merge_info_free (info);
      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, NULL, NULL);
      return;
    }

  info->unresolved = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < info->state->conflicts->len; i++)
    {
      const char *path = g_ptr_array_index (info->state->conflicts, i);
      g_autoptr(GFile) file = g_file_resolve_relative_path (dojo_repo_get_directory (repo),
                                                            path);
      g_autofree char *contents = NULL;
      gsize length = 0;

      /* A file deleted to settle a conflict has no markers left. */
      if (g_file_load_contents (file, cancellable, &contents, &length, NULL, NULL)
          && dojo_conflict_has_markers (contents, (gssize)length, NULL))
        g_ptr_array_add (info->unresolved, g_strdup (path));
    }

  g_task_return_pointer (task, info, (GDestroyNotify)merge_info_free);
}

static void
merge_info_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  MergeInfo *info = g_task_propagate_pointer (G_TASK (result), &error);
  DojoVcsButton *self;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_VCS_BUTTON (user_data);
  g_clear_object (&self->merge_cancellable);

  if (info == NULL)
    {
      if (error != NULL)
        show_state (self, _("Git problem"), "dialog-warning-symbolic", error->message);
      clear_merge (self);
      rebuild_menu (self);
      update_actions (self);
      return;
    }

  g_clear_pointer (&self->merge_state, dojo_merge_state_free);
  g_clear_pointer (&self->unresolved, g_ptr_array_unref);
  self->merge_state = g_steal_pointer (&info->state);
  self->unresolved = g_steal_pointer (&info->unresolved);
  merge_info_free (info);

  show_merge_state (self);
  rebuild_menu (self);
  update_actions (self);
  g_signal_emit (self, signals[MERGE_CHANGED], 0);
}

static void
read_merge_state (DojoVcsButton *self)
{
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->merge_cancellable);
  g_clear_object (&self->merge_cancellable);
  self->merge_cancellable = g_cancellable_new ();

  task = g_task_new (self->repo, self->merge_cancellable, merge_info_cb, self);
  g_task_set_source_tag (task, read_merge_state);
  g_task_run_in_thread (task, merge_info_thread);
}

/* What the button shows, all read in the worker: the UI thread never waits
 * for the repository, which a status read elsewhere holds for as long as
 * it takes (about 110 ms on a 20,000-file project; for good on a disk that
 * hangs). */
typedef struct
{
  GPtrArray *changes;
  char      *branch;
  char      *back_branch;
  guint      detached : 1;
  guint      has_commits : 1;
  guint      merging : 1;
} StatusInfo;

static void
status_info_free (StatusInfo *info)
{
  g_clear_pointer (&info->changes, g_ptr_array_unref);
  g_free (info->branch);
  g_free (info->back_branch);
  g_free (info);
}

static void
status_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *head = NULL;
  StatusInfo *info;

  if (g_task_return_error_if_cancelled (task))
    return;

  changes = dojo_repo_status (repo, &error);
  if (changes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  info = g_new0 (StatusInfo, 1);
  info->changes = g_steal_pointer (&changes);
  info->detached = dojo_repo_is_detached (repo);
  info->branch = dojo_repo_get_current_branch (repo);
  if (info->detached)
    info->back_branch = _dojo_vcs_default_branch (repo);
  head = dojo_repo_get_head_id (repo);
  info->has_commits = head != NULL;
  info->merging = dojo_repo_is_merging (repo);

  g_task_return_pointer (task, info, (GDestroyNotify)status_info_free);
}

static void start_status (DojoVcsButton *self);

static void
status_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  StatusInfo *info;
  GPtrArray *changes;
  DojoVcsButton *self;
  DojoRepo *repo = DOJO_REPO (object);

  info = g_task_propagate_pointer (G_TASK (result), &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_VCS_BUTTON (user_data);
  if (repo != self->repo)
    {
      g_clear_pointer (&info, status_info_free);
      return;
    }

  g_clear_object (&self->cancellable);
  if (self->refresh_again)
    {
      /* Files changed while git read: what it found is shown, and read
       * again at once. */
      self->refresh_again = FALSE;
      start_status (self);
    }

  set_checking (self, FALSE);

  if (info == NULL)
    {
      set_n_changes (self, 0);
      show_state (self, _("Git problem"), "dialog-warning-symbolic", error->message);
      update_actions (self);
      return;
    }

  g_clear_pointer (&self->branch, g_free);
  g_clear_pointer (&self->back_branch, g_free);
  self->detached = info->detached;
  self->branch = g_steal_pointer (&info->branch);
  self->back_branch = g_steal_pointer (&info->back_branch);

  changes = info->changes;
  set_n_changes (self, changes->len);

  if (info->merging)
    {
      /* Until the merge's state is read, the button keeps what it said
       * (during a merge, that was the merge). */
      status_info_free (info);
      read_merge_state (self);
      return;
    }
  clear_merge (self);

  if (self->detached)
    {
      label = g_strdup (_("Old version"));
      tooltip = g_strdup_printf (_("You are looking at an old version of your project. Open "
                                   "this menu to go back to “%s”."), self->back_branch);
      show_state (self, label, "document-open-recent-symbolic", tooltip);
    }
  else if (changes->len == 0)
    show_state (self, _("No changes"), "emblem-ok-symbolic",
                _("Everything is committed: your files are the same as in your last commit."));
  else if (!info->has_commits)
    {
      /* A new project: "changes" since a commit that never happened would
       * puzzle a beginner, and files they did not write themselves too. */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new file", "%u new files",
                                            changes->len), changes->len);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u new file: Dojo made it for you; commit it "
                                              "when you are ready, to keep a version you can "
                                              "always go back to.",
                                              "%u new files: Dojo made them for you; commit "
                                              "them when you are ready, to keep a version you "
                                              "can always go back to.",
                                              changes->len), changes->len);
      show_state (self, label, "document-new-symbolic", tooltip);
    }
  else
    {
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes",
                                            changes->len), changes->len);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u file changed since your last commit",
                                              "%u files changed since your last commit",
                                              changes->len), changes->len);
      show_state (self, label, "document-edit-symbolic", tooltip);
    }

  status_info_free (info);
  rebuild_menu (self);
  update_actions (self);
}

static void
start_status (DojoVcsButton *self)
{
  g_autoptr(GTask) task = NULL;

  self->cancellable = g_cancellable_new ();
  task = g_task_new (self->repo, self->cancellable, status_cb, self);
  g_task_set_source_tag (task, start_status);
  g_task_run_in_thread (task, status_thread);
}

/**
 * dojo_vcs_button_refresh:
 *
 * Reads the status again, in a worker thread. The button does this by
 * itself whenever the project's files or its .git folder change. One read
 * at a time: asked while one runs, the button reads again once it ends
 * (reads asked for and cancelled did not stop: each waited for the last to
 * let go of the repository, and on a disk that hangs they piled up, a
 * thread each).
 */
void
dojo_vcs_button_refresh (DojoVcsButton *self)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));

  if (self->repo == NULL)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
      self->refresh_again = FALSE;
      set_n_changes (self, 0);
      self->detached = FALSE;
      gtk_stack_set_visible_child_name (self->stack, "start");
      gtk_widget_set_visible (GTK_WIDGET (self), self->directory != NULL);
      update_actions (self);
      set_checking (self, FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "menu");
  if (self->cancellable != NULL)
    self->refresh_again = TRUE;
  else
    start_status (self);
}

static GtkWindow *
parent_window (DojoVcsButton *self)
{
  return _dojo_vcs_window_for (GTK_WIDGET (self));
}

static void
on_committed (DojoVcsButton *self,
              const char    *id)
{
  dojo_vcs_button_refresh (self);
  g_signal_emit (self, signals[COMMITTED], 0, id);
}

static void
on_open_file (DojoVcsButton *self,
              const char    *path,
              guint          line)
{
  g_signal_emit (self, signals[OPEN_FILE], 0, path, line);
}

static DojoCommitDialog *
open_commit_dialog (DojoVcsButton *self)
{
  DojoCommitDialog *dialog = dojo_commit_dialog_new (parent_window (self), self->repo);

  g_signal_connect_object (dialog, "committed", G_CALLBACK (on_committed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "open-file", G_CALLBACK (on_open_file), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

/* The window writes every open file before any of these reads the project;
 * an action asked for runs again through dojo_vcs_button_activate_prepared()
 * once that is done. */
static gboolean
wait_for_prepare (DojoVcsButton *self,
                  const char    *action_name)
{
  if (self->prepare_func == NULL || self->prepared)
    return FALSE;

  self->prepare_func (self, action_name, self->prepare_data);

  return TRUE;
}

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);

  if (self->repo != NULL && !wait_for_prepare (self, action_name))
    open_commit_dialog (self);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);

  if (self->repo != NULL && !wait_for_prepare (self, action_name))
    dojo_history_view_present (parent_window (self), self->repo);
}

static void
on_merge_conflicts (DojoVcsButton *self,
                    const char    *branch,
                    const char    *const *paths)
{
  /* The merge wrote markers into the files: the button says so at once,
   * without waiting for the monitor. */
  dojo_vcs_button_refresh (self);
  g_signal_emit (self, signals[MERGE_CONFLICTS], 0, branch, paths);
}

static void
branches_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);
  DojoBranchDialog *dialog;

  if (self->repo == NULL || wait_for_prepare (self, action_name))
    return;

  dialog = dojo_branch_dialog_new (parent_window (self), self->repo);
  g_signal_connect_object (dialog, "merge-conflicts", G_CALLBACK (on_merge_conflicts), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
abort_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = g_task_propagate_pointer (G_TASK (result), &error);
  const char *keep_dir = g_task_get_task_data (G_TASK (result));
  g_autoptr(DojoVcsButton) self = user_data;

  if (self->repo == NULL)
    return;

  dojo_vcs_button_refresh (self);

  if (kept == NULL)
    {
      AdwMessageDialog *message =
        ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                    _("Could Not Abort the Merge"),
                                                    error->message));

      adw_message_dialog_add_response (message, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  g_signal_emit (self, signals[MERGE_ABORTED], 0, kept->len > 0 ? keep_dir : NULL, kept->len);
}

static void
abort_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *kept = NULL;

  if (dojo_repo_abort_merge (DOJO_REPO (source_object), task_data, &kept, &error))
    g_task_return_pointer (task, kept ? kept : g_ptr_array_new_with_free_func (g_free),
                           (GDestroyNotify)g_ptr_array_unref);
  else
    g_task_return_error (task, error);
}

static void
abort_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   DojoVcsButton    *self)
{
  g_autoptr(GTask) task = NULL;

  if (!g_str_equal (response, "abort") || self->repo == NULL)
    return;

  /* Not cancelled with the status reads: files change as it runs. */
  task = g_task_new (self->repo, NULL, abort_cb, g_object_ref (self));
  g_task_set_source_tag (task, abort_response_cb);
  g_task_set_task_data (task, g_strdup (g_object_get_data (G_OBJECT (dialog), "keep-dir")),
                        g_free);
  g_task_run_in_thread (task, abort_thread);
}

/* Before: what aborting does, and where the learner's edits of the
 * conflicted files will be kept. */
static void
abort_merge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);
  g_autoptr(GFile) name = NULL;
  g_autofree char *keep_dir = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (self->repo == NULL || self->merge_state == NULL || wait_for_prepare (self, action_name))
    return;

  /* recovered/<project>/merge (date): next to the other kept versions. */
  name = g_file_get_child (dojo_repo_get_directory (self->repo), "merge");
  keep_dir = dojo_paths_dup_recovered_path (name);
  /* Translators: %s is a branch, like “feature”; the second %s a folder. */
  body = g_strdup_printf (_("Aborting brings your project back to how it was before you merged "
                            "“%s”: your files and your last commit. Lines you changed in the "
                            "conflicted files are kept in a copy: %s"),
                          self->merge_state->branch, keep_dir);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                       _("Abort the Merge?"), body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Keep Merging"));
  adw_message_dialog_add_response (dialog, "abort", _("_Abort Merge"));
  adw_message_dialog_set_response_appearance (dialog, "abort", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "keep-dir", g_steal_pointer (&keep_dir), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (abort_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
switch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  DojoVcsButton *self;

  if (dojo_repo_switch_branch_finish (DOJO_REPO (object), result, &error)
      || _dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_VCS_BUTTON (user_data);
  show_state (self, _("Old version"), "dialog-warning-symbolic", error->message);
}

static void
back_to_branch_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);

  if (self->repo == NULL || self->back_branch == NULL || wait_for_prepare (self, action_name))
    return;

  /* The monitor sees HEAD move and refreshes the button. */
  dojo_repo_switch_branch_async (self->repo, self->back_branch, self->cancellable,
                                 switch_cb, self);
}

static void
start_tracking_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  DojoCommitDialog *dialog;

  if (self->repo != NULL || self->directory == NULL)
    return;

  repo = dojo_repo_init (self->directory, &error);
  if (repo == NULL)
    {
      AdwMessageDialog *message =
        ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self),
                                                    _("Could Not Start Tracking"),
                                                    error->message));

      adw_message_dialog_add_response (message, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
      return;
    }

  dojo_vcs_button_set_repo (self, repo);

  dialog = open_commit_dialog (self);
  dojo_commit_dialog_set_message (dialog, _("Start tracking the project"));
}

static void
dojo_vcs_button_dispose (GObject *object)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->merge_cancellable);
  g_cancellable_cancel (self->open_cancellable);
  if (self->state_label != NULL && gtk_widget_get_parent (GTK_WIDGET (self->state_label)) != NULL)
    gtk_popover_menu_remove_child (self->popover, GTK_WIDGET (self->state_label));
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_VCS_BUTTON);
  g_clear_object (&self->state_label);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->merge_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_pointer (&self->merge_state, dojo_merge_state_free);
  g_clear_pointer (&self->unresolved, g_ptr_array_unref);
  g_clear_object (&self->monitor);
  g_clear_object (&self->repo);
  g_clear_object (&self->directory);
  g_clear_object (&self->menu);
  g_clear_pointer (&self->branch, g_free);
  g_clear_pointer (&self->back_branch, g_free);
  if (self->prepare_destroy != NULL)
    self->prepare_destroy (self->prepare_data);
  self->prepare_func = NULL;
  self->prepare_data = NULL;
  self->prepare_destroy = NULL;

  G_OBJECT_CLASS (dojo_vcs_button_parent_class)->dispose (object);
}

static void
dojo_vcs_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_value_set_object (value, self->repo);
      break;

    case PROP_DIRECTORY:
      g_value_set_object (value, self->directory);
      break;

    case PROP_N_CHANGES:
      g_value_set_uint (value, self->n_changes);
      break;

    case PROP_CHECKING:
      g_value_set_boolean (value, self->checking);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_vcs_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (object);

  switch (prop_id)
    {
    case PROP_REPO:
      dojo_vcs_button_set_repo (self, g_value_get_object (value));
      break;

    case PROP_DIRECTORY:
      dojo_vcs_button_set_directory (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_vcs_button_class_init (DojoVcsButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_vcs_button_dispose;
  object_class->get_property = dojo_vcs_button_get_property;
  object_class->set_property = dojo_vcs_button_set_property;

  properties[PROP_REPO] =
    g_param_spec_object ("repo", NULL, NULL, DOJO_TYPE_REPO,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRECTORY] =
    g_param_spec_object ("directory", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_CHANGES] =
    g_param_spec_uint ("n-changes", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * DojoVcsButton:checking:
   *
   * Whether the button says "Checking…": it has a folder, and has not yet
   * shown what reading its repository's status found.
   */
  properties[PROP_CHECKING] =
    g_param_spec_boolean ("checking", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoVcsButton::committed:
   * @id: the new commit's id
   *
   * A commit was made through the button's commit dialog.
   */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DojoVcsButton::repository-changed:
   *
   * The project's files or its git state changed (a commit, a restore, a
   * branch switch, git in the Shell), seen by the button's monitor.
   */
  signals[REPOSITORY_CHANGED] =
    g_signal_new ("repository-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DojoVcsButton::merge-changed:
   *
   * A merge began or ended, or its conflicts left changed: see
   * dojo_vcs_button_get_merge_state().
   */
  signals[MERGE_CHANGED] =
    g_signal_new ("merge-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * DojoVcsButton::merge-conflicts:
   * @branch: the branch merged in
   * @paths: the files in conflict, relative to the project
   *
   * A merge started from the branches dialog stopped at conflicts.
   */
  signals[MERGE_CONFLICTS] =
    g_signal_new ("merge-conflicts", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRV);

  /**
   * DojoVcsButton::merge-aborted:
   * @keep_dir: (nullable): where the learner's edits were kept, or %NULL
   * @n_kept: how many files were kept there
   *
   * The merge was aborted: the project is as it was before it.
   */
  signals[MERGE_ABORTED] =
    g_signal_new ("merge-aborted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  /**
   * DojoVcsButton::open-file:
   * @path: a file of the project, relative to it
   * @line: the line to show, from 1
   *
   * The commit dialog asked to show a file that still has conflict markers.
   */
  signals[OPEN_FILE] =
    g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-vcs-button.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoVcsButton, stack);
  gtk_widget_class_bind_template_child (widget_class, DojoVcsButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, DojoVcsButton, popover);
  gtk_widget_class_bind_template_child (widget_class, DojoVcsButton, icon);
  gtk_widget_class_bind_template_child (widget_class, DojoVcsButton, label);
  gtk_widget_class_set_css_name (widget_class, "dojovcsbutton");

  gtk_widget_class_install_action (widget_class, "vcs.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "vcs.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "vcs.branches", NULL, branches_action);
  gtk_widget_class_install_action (widget_class, "vcs.back-to-branch", NULL,
                                   back_to_branch_action);
  gtk_widget_class_install_action (widget_class, "vcs.start-tracking", NULL,
                                   start_tracking_action);
  gtk_widget_class_install_action (widget_class, "vcs.abort-merge", NULL, abort_merge_action);
}

static void
dojo_vcs_button_init (DojoVcsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->state_label = GTK_LABEL (g_object_ref_sink (gtk_label_new (NULL)));
  gtk_label_set_wrap (self->state_label, TRUE);
  gtk_label_set_max_width_chars (self->state_label, 36);
  gtk_label_set_xalign (self->state_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self->state_label), 10);
  gtk_widget_set_margin_end (GTK_WIDGET (self->state_label), 10);
  gtk_widget_set_margin_top (GTK_WIDGET (self->state_label), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->state_label), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "vcs-state");
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), FALSE);

  rebuild_menu (self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  update_actions (self);
}

GtkWidget *
dojo_vcs_button_new (void)
{
  return g_object_new (DOJO_TYPE_VCS_BUTTON, NULL);
}

DojoRepo *
dojo_vcs_button_get_repo (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return self->repo;
}

static void
on_monitor_changed (DojoVcsButton *self)
{
  dojo_vcs_button_refresh (self);
  g_signal_emit (self, signals[REPOSITORY_CHANGED], 0);
}

/**
 * dojo_vcs_button_set_repo:
 * @repo: (nullable): the project's repository
 *
 * Shows @repo's changes and keeps them up to date. With %NULL, the button
 * offers to start tracking its #DojoVcsButton:directory, if one is set.
 */
void
dojo_vcs_button_set_repo (DojoVcsButton *self,
                          DojoRepo      *repo)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));
  g_return_if_fail (repo == NULL || DOJO_IS_REPO (repo));

  if (self->repo == repo)
    return;

  /* A read of the repository before is not this one's. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->refresh_again = FALSE;
  g_set_object (&self->repo, repo);
  g_clear_object (&self->monitor);
  clear_merge (self);

  if (repo != NULL)
    {
      self->monitor = dojo_repo_monitor_new (repo);
      g_signal_connect_object (self->monitor, "changed",
                               G_CALLBACK (on_monitor_changed), self, G_CONNECT_SWAPPED);

      if (self->directory == NULL
          || !g_file_equal (self->directory, dojo_repo_get_directory (repo)))
        {
          g_set_object (&self->directory, dojo_repo_get_directory (repo));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
        }

      show_state (self, _("Checking…"), "document-edit-symbolic", NULL);
      set_checking (self, TRUE);
    }

  dojo_vcs_button_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPO]);
}

GFile *
dojo_vcs_button_get_directory (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return self->directory;
}

/* Shows @repo, just opened (NULL: the folder has none, so "Start
 * Tracking"). */
static void
take_repo (DojoVcsButton *self,
           DojoRepo      *repo)
{
  /* set_repo() refreshes, but not when the repository stays NULL. */
  if (repo == NULL && self->repo == NULL)
    dojo_vcs_button_refresh (self);
  dojo_vcs_button_set_repo (self, repo);
}

static void opened_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data);

/* Opens the repository in the button's directory in a worker: libgit2
 * reads the folder's .git as it opens, and waits for good on a disk that
 * hangs. */
static void
start_open (DojoVcsButton *self)
{
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  dojo_repo_open_async (self->directory, self->open_cancellable, opened_cb,
                        g_object_ref (self));
}

/**
 * dojo_vcs_button_set_directory:
 * @directory: (nullable): the project folder
 *
 * Opens the git repository in @directory, in a worker: the button says
 * "Checking…" until git has answered, then shows its status; if there is
 * no repository, it offers "Start Tracking".
 */
void
dojo_vcs_button_set_directory (DojoVcsButton *self,
                               GFile         *directory)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));
  g_return_if_fail (directory == NULL || G_IS_FILE (directory));

  if (directory != NULL && self->directory != NULL && g_file_equal (directory, self->directory))
    return;

  g_set_object (&self->directory, directory);
  /* An earlier folder still opening in a worker is not this one. */
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);

  if (directory == NULL)
    take_repo (self, NULL);
  else
    {
      /* Looks as it will while the repository opens and its status is
       * read; held, it opens once released. */
      dojo_vcs_button_set_repo (self, NULL);
      show_state (self, _("Checking…"), "document-edit-symbolic", NULL);
      gtk_stack_set_visible_child_name (self->stack, "menu");
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      set_checking (self, TRUE);
      if (!self->held)
        start_open (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(DojoVcsButton) self = user_data;
  g_autoptr(DojoRepo) repo = dojo_repo_open_finish (result, NULL);

  /* Cancelled: the button was disposed, or took another folder. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;
  g_clear_object (&self->open_cancellable);
  take_repo (self, repo);
}

/**
 * dojo_vcs_button_hold:
 * @hold: whether to wait
 *
 * While held, the button takes its directory without opening the
 * repository in it, and shows "Checking…": the window holds it while it
 * draws its first frame, so that libgit2 loads after it (dojo-git-api.c).
 * Released with a directory, it opens the repository in a worker thread,
 * which loads libgit2 there.
 */
void
dojo_vcs_button_hold (DojoVcsButton *self,
                      gboolean       hold)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));

  if (self->held == !!hold)
    return;

  self->held = !!hold;
  if (!hold && self->directory != NULL)
    start_open (self);
}

/**
 * dojo_vcs_button_get_checking:
 *
 * Returns: whether the button still says "Checking…" (see
 * #DojoVcsButton:checking).
 */
gboolean
dojo_vcs_button_get_checking (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), FALSE);

  return self->checking;
}

guint
dojo_vcs_button_get_n_changes (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), 0);

  return self->n_changes;
}

/**
 * dojo_vcs_button_get_branch:
 *
 * Returns: (nullable): the current branch, as the last status read found
 *   it; %NULL before the first read, without a repository, or when HEAD
 *   is detached. Asking the repository would wait for its lock on the UI
 *   thread.
 */
const char *
dojo_vcs_button_get_branch (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return self->branch;
}

/* What the button says: "3 changes", "No changes", "Start Tracking"… */
const char *
dojo_vcs_button_get_label (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "start") == 0)
    return _("Start Tracking");

  return gtk_label_get_label (self->label);
}

/**
 * dojo_vcs_button_set_prepare_func:
 * @func: (nullable): called before the commit dialog, the history or the
 *   branches open, or before going back to a branch
 * @user_data: for @func
 * @destroy: frees @user_data
 *
 * Lets the window write every open file before something reads the
 * project: @func is called instead of the action, with the action's name,
 * and runs it with dojo_vcs_button_activate_prepared() when it is ready
 * (or does not, and says why).
 */
void
dojo_vcs_button_set_prepare_func (DojoVcsButton            *self,
                                  DojoVcsButtonPrepareFunc  func,
                                  gpointer                  user_data,
                                  GDestroyNotify            destroy)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));

  if (self->prepare_destroy != NULL)
    self->prepare_destroy (self->prepare_data);

  self->prepare_func = func;
  self->prepare_data = user_data;
  self->prepare_destroy = destroy;
}

/**
 * dojo_vcs_button_activate_prepared:
 * @action_name: the name the prepare function was given
 *
 * Runs an action of the button without calling the prepare function.
 */
void
dojo_vcs_button_activate_prepared (DojoVcsButton *self,
                                   const char    *action_name)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));
  g_return_if_fail (action_name != NULL);

  self->prepared = TRUE;
  gtk_widget_activate_action (GTK_WIDGET (self), action_name, NULL);
  self->prepared = FALSE;
}

/**
 * dojo_vcs_button_get_merge_state:
 *
 * Returns: (nullable): the merge under way, as last read, or %NULL
 */
const DojoMergeState *
dojo_vcs_button_get_merge_state (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return self->merge_state;
}

/**
 * dojo_vcs_button_get_unresolved:
 *
 * Returns: (nullable) (element-type utf8): during a merge, the conflicted
 *   files that still have conflict markers; %NULL when not merging
 */
GPtrArray *
dojo_vcs_button_get_unresolved (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return self->unresolved;
}

/* The tooltip, which the menu's first line shows too: what the state means. */
const char *
dojo_vcs_button_get_explanation (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  return gtk_label_get_label (self->state_label);
}
