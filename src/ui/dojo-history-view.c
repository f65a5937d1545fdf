/* dojo-history-view.c: the project's commits, what each changed, and restoring
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-history-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dojo-commit-dialog.h"
#include "dojo-diff-view.h"
#include "dojo-vcs-util.h"
#include "dojo-history-view.h"

/* Commits read at a time; "Show Older Commits" reads the next page. */
#define PAGE_SIZE 50

struct _DojoHistoryView
{
  GtkWidget       parent_instance;

  GtkRevealer    *banner_revealer;
  GtkLabel       *banner_label;
  GtkButton      *banner_button;
  GtkWidget      *paned;
  GtkListBox     *commit_list;
  GtkStack       *details_stack;
  GtkLabel       *summary_label;
  GtkLabel       *meta_label;
  GtkListBox     *files_list;
  DojoDiffView   *diff_view;

  DojoRepo       *repo;
  GCancellable   *cancellable;
  GCancellable   *select_cancellable;
  GPtrArray      *commits;        /* of DojoCommitInfo, in list order */
  GtkWidget      *more_row;
  DojoCommitInfo *selected;
  DojoDiff       *diff;
  char           *selected_path;
  char           *back_branch;
  guint           busy;
  guint           has_more : 1;
  guint           disposed : 1;
};

G_DEFINE_FINAL_TYPE (DojoHistoryView, dojo_history_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  PENDING_FILE,
  PENDING_PROJECT,
} PendingKind;

typedef struct
{
  DojoHistoryView *self;
  PendingKind      kind;
  char            *commit;
  char            *path;
  char            *when;
} Pending;

static void load_page (DojoHistoryView *self);

static void
pending_free (Pending *pending)
{
  g_clear_weak_pointer (&pending->self);
  g_free (pending->commit);
  g_free (pending->path);
  g_free (pending->when);
  g_free (pending);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pending, pending_free)

static Pending *
pending_new (DojoHistoryView *self,
             PendingKind      kind)
{
  Pending *pending = g_new0 (Pending, 1);

  g_set_weak_pointer (&pending->self, self);
  pending->kind = kind;
  pending->commit = g_strdup (self->selected->id);
  pending->path = g_strdup (self->selected_path);
  pending->when = _dojo_vcs_relative_time (self->selected->time);

  return pending;
}

static gboolean
selected_file_exists (DojoHistoryView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->files_list);

  return self->selected_path != NULL && row != NULL
         && !gtk_widget_has_css_class (GTK_WIDGET (row), "deleted-file");
}

static void
update_actions (DojoHistoryView *self)
{
  gboolean idle = self->busy == 0;
  gboolean detached = self->repo != NULL && dojo_repo_is_detached (self->repo);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.show-file",
                                 self->selected != NULL && selected_file_exists (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.restore-file",
                                 idle && self->selected != NULL && selected_file_exists (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.restore-project",
                                 idle && self->selected != NULL && !detached);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.load-more",
                                 idle && self->has_more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.back-to-branch",
                                 idle && detached);
}

/* The banner says what just happened, or else whether the learner is
 * looking at an old version (with a way back). */
static void
show_banner (DojoHistoryView *self,
             const char      *message)
{
  gboolean detached = self->repo != NULL && dojo_repo_is_detached (self->repo);

  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), FALSE);

  if (message == NULL && detached)
    {
      g_autofree char *text = NULL;
      g_autofree char *label = NULL;

      g_free (self->back_branch);
      self->back_branch = _dojo_vcs_default_branch (self->repo);
      text = g_strdup_printf (_("You are looking at an old version of your project (git calls "
                                "this a “detached HEAD”). New commits need a branch: switch "
                                "back to “%s” to continue your latest work."),
                              self->back_branch);
      label = g_strdup_printf (_("Back to “%s”"), self->back_branch);
      gtk_label_set_label (self->banner_label, text);
      gtk_button_set_label (self->banner_button, label);
      gtk_widget_set_visible (GTK_WIDGET (self->banner_button), TRUE);
      gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
      return;
    }

  gtk_label_set_label (self->banner_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

static void
set_busy (DojoHistoryView *self,
          gboolean         busy)
{
  if (busy)
    self->busy++;
  else if (self->busy > 0)
    self->busy--;

  update_actions (self);
}

static char *
commit_text (const DojoCommitInfo *info)
{
  g_autofree char *when = _dojo_vcs_relative_time (info->time);
  g_autofree char *files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file",
                                                         "%u files", info->files_changed),
                                            info->files_changed);

  /* TRANSLATORS: "5 minutes ago · 2 files" */
  return g_strdup_printf (_("%s · %s"), when, files);
}

static GtkWidget *
commit_row_new (const DojoCommitInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *summary = gtk_label_new (info->summary);
  g_autofree char *meta_text = commit_text (info);
  GtkWidget *meta = gtk_label_new (meta_text);
  g_autofree char *description = g_strdup_printf ("%s, %s", info->summary, meta_text);

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_set_tooltip_text (summary, info->summary);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return row;
}

static void
log_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;
  DojoHistoryView *self;

  page = dojo_repo_log_finish (DOJO_REPO (object), result, &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  set_busy (self, FALSE);

  if (self->more_row != NULL)
    {
      gtk_list_box_remove (self->commit_list, self->more_row);
      self->more_row = NULL;
    }

  if (page == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  /* One more than a page was asked for, to know whether there are more. */
  self->has_more = page->len > PAGE_SIZE;

  for (guint i = 0; i < MIN (page->len, PAGE_SIZE); i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (page, i);

      g_ptr_array_add (self->commits, dojo_commit_info_copy (info));
      gtk_list_box_append (self->commit_list, commit_row_new (info));
    }

  if (self->has_more)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Older Commits"));

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "history.load-more");
      gtk_widget_add_css_class (button, "flat");
      self->more_row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->more_row), button);
      gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (self->more_row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->more_row), FALSE);
      gtk_list_box_append (self->commit_list, self->more_row);
    }

  if (self->commits->len == 0)
    adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->details_stack,
                                                                                   "empty")),
                                     _("There are no commits yet. Commit your work to start "
                                       "the history."));

  update_actions (self);
}

static void
load_page (DojoHistoryView *self)
{
  if (self->repo == NULL)
    return;

  set_busy (self, TRUE);
  dojo_repo_log_async (self->repo, self->commits->len, PAGE_SIZE + 1, self->cancellable,
                       log_cb, self);
}

static void
clear_selection (DojoHistoryView *self)
{
  g_cancellable_cancel (self->select_cancellable);
  g_clear_object (&self->select_cancellable);
  g_clear_pointer (&self->selected, dojo_commit_info_free);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->selected_path, g_free);
  _dojo_vcs_list_box_clear (self->files_list);
  gtk_stack_set_visible_child_name (self->details_stack, "empty");
}

/**
 * dojo_history_view_reload:
 *
 * Reads the history again from the newest commit.
 */
void
dojo_history_view_reload (DojoHistoryView *self)
{
  g_return_if_fail (DOJO_IS_HISTORY_VIEW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->busy = 0;

  clear_selection (self);
  g_ptr_array_set_size (self->commits, 0);
  self->more_row = NULL;
  self->has_more = FALSE;
  _dojo_vcs_list_box_clear (self->commit_list);

  load_page (self);
  update_actions (self);
}

static void
show_files (DojoHistoryView *self,
            GPtrArray       *changes)
{
  GtkWidget *all = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (_("All files"));

  _dojo_vcs_list_box_clear (self->files_list);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (all), label);
  gtk_list_box_append (self->files_list, all);

  for (guint i = 0; i < MIN (changes->len, DOJO_VCS_SHOWN_FILES); i++)
    {
      const DojoFileChange *change = g_ptr_array_index (changes, i);
      GtkWidget *row = _dojo_vcs_file_row_new (change->path, change->status);

      if (change->status == DOJO_FILE_STATUS_DELETED)
        gtk_widget_add_css_class (row, "deleted-file");
      gtk_list_box_append (self->files_list, row);
    }
  if (changes->len > DOJO_VCS_SHOWN_FILES)
    gtk_list_box_append (self->files_list,
                         _dojo_vcs_more_files_row_new (changes->len - DOJO_VCS_SHOWN_FILES));

  gtk_list_box_select_row (self->files_list, GTK_LIST_BOX_ROW (all));
}

static void
show_diff (DojoHistoryView *self)
{
  dojo_diff_view_set_diff (self->diff_view, self->diff, self->selected_path);
}

static void
commit_diff_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  DojoHistoryView *self;
  GPtrArray *files;

  diff = dojo_repo_diff_finish (DOJO_REPO (object), result, &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  set_busy (self, FALSE);

  if (diff == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  self->diff = g_steal_pointer (&diff);
  files = dojo_diff_get_files (self->diff);
  changes = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_file_change_free);
  for (guint i = 0; i < files->len; i++)
    {
      const DojoDiffFile *file = g_ptr_array_index (files, i);

      g_ptr_array_add (changes, dojo_file_change_new (file->new_path ? file->new_path
                                                                     : file->old_path,
                                                      file->status));
    }

  show_files (self, changes);
  show_diff (self);
  update_actions (self);
}

static void
select_commit (DojoHistoryView      *self,
               const DojoCommitInfo *info)
{
  g_autofree char *when = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *message = NULL;
  g_autofree char *parent = NULL;

  clear_selection (self);

  if (info == NULL)
    {
      update_actions (self);
      return;
    }

  self->selected = dojo_commit_info_copy (info);
  self->select_cancellable = g_cancellable_new ();

  when = _dojo_vcs_relative_time (info->time);
  /* TRANSLATORS: "Ada Lovelace · 5 minutes ago · commit 1a2b3c4" */
  meta = g_strdup_printf (_("%s · %s · commit %s"), info->author_name, when, info->short_id);
  message = g_strstrip (g_strdup (info->message ? info->message : info->summary));
  gtk_label_set_label (self->summary_label, message);
  gtk_label_set_label (self->meta_label, meta);
  gtk_stack_set_visible_child_name (self->details_stack, "details");
  dojo_diff_view_set_text (self->diff_view, "", NULL);

  /* The first commit has no parent: against nothing, every file in it is new. */
  parent = info->n_parents > 0 ? g_strdup_printf ("%s^", info->id) : g_strdup ("");
  set_busy (self, TRUE);
  dojo_repo_diff_async (self->repo, parent, info->id, self->select_cancellable,
                        commit_diff_cb, self);

  update_actions (self);
}

static void
on_commit_selected (DojoHistoryView *self,
                    GtkListBoxRow   *row)
{
  int index;

  if (self->disposed)
    return;

  index = row ? gtk_list_box_row_get_index (row) : -1;

  if (index >= 0 && (guint)index < self->commits->len)
    select_commit (self, g_ptr_array_index (self->commits, index));
  else
    select_commit (self, NULL);
}

static void
on_commit_activated (DojoHistoryView *self,
                     GtkListBoxRow   *row)
{
  /* Enter on a commit moves on to its files. */
  gtk_widget_child_focus (GTK_WIDGET (self->files_list), GTK_DIR_TAB_FORWARD);
}

static void
on_file_selected (DojoHistoryView *self,
                  GtkListBoxRow   *row)
{
  if (self->disposed)
    return;

  g_clear_pointer (&self->selected_path, g_free);

  if (row != NULL && gtk_list_box_row_get_index (row) > 0)
    self->selected_path = g_strdup (gtk_widget_get_name (GTK_WIDGET (row)));

  if (self->selected != NULL)
    show_diff (self);
  update_actions (self);
}

static void
select_commit_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < self->commits->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (self->commits, i);

      if (g_str_equal (info->id, id) || g_str_equal (info->short_id, id))
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->commit_list, i);

          gtk_list_box_select_row (self->commit_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
select_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  GtkListBoxRow *row;

  for (int i = 1; (row = gtk_list_box_get_row_at_index (self->files_list, i)) != NULL; i++)
    {
      if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (row)), path))
        {
          gtk_list_box_select_row (self->files_list, row);
          gtk_widget_grab_focus (GTK_WIDGET (row));
          return;
        }
    }
}

static void
load_more_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  load_page (DOJO_HISTORY_VIEW (widget));
}

static void
show_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *view;
  const char *data;
  gsize size;

  if (self->selected == NULL || self->selected_path == NULL)
    return;

  bytes = dojo_repo_show_file (self->repo, self->selected->id, self->selected_path, &error);
  if (bytes == NULL)
    {
      show_banner (self, error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  if (g_utf8_validate (data, size, NULL) && memchr (data, '\0', size) == NULL)
    text = g_strndup (data, size);
  else
    text = g_strdup (_("This is a binary file, so it cannot be shown as text."));

  when = _dojo_vcs_relative_time (self->selected->time);
  /* TRANSLATORS: "main.py, as it was 5 minutes ago" */
  title = g_strdup_printf (_("%s, as it was %s"), self->selected_path, when);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), _dojo_vcs_window_for (widget));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 560);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  view = dojo_diff_view_new ();
  dojo_diff_view_set_text (DOJO_DIFF_VIEW (view), text,
                           g_str_has_suffix (self->selected_path, ".py") ? "python3" : NULL);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);

  {
    GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());

    gtk_shortcut_controller_add_shortcut (shortcuts,
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                        gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));
  }

  gtk_window_present (GTK_WINDOW (window));
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(Pending) pending = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  DojoHistoryView *self = pending->self;
  gboolean ok;

  if (pending->kind == PENDING_FILE)
    ok = dojo_repo_restore_file_finish (DOJO_REPO (object), result, &error);
  else
    ok = (id = dojo_repo_restore_finish (DOJO_REPO (object), result, &error)) != NULL;

  if (self == NULL || _dojo_vcs_is_cancelled (error))
    return;

  set_busy (self, FALSE);

  if (!ok)
    {
      show_banner (self, error->message);
      return;
    }

  if (pending->kind == PENDING_FILE)
    {
      message = g_strdup_printf (_("%s is back to the version from %s. Commit it to keep it "
                                   "in the history."), pending->path, pending->when);
      show_banner (self, message);
    }
  else
    {
      message = g_strdup_printf (_("Your project is back to the version from %s. Dojo saved "
                                   "this as a new commit, so nothing in the history is lost."),
                                 pending->when);
      dojo_history_view_reload (self);
      show_banner (self, message);
    }
}

static void
run_restore (Pending  *pending,
             gboolean  force)
{
  DojoHistoryView *self = pending->self;

  set_busy (self, TRUE);
  show_banner (self, NULL);

  if (pending->kind == PENDING_FILE)
    dojo_repo_restore_file_async (self->repo, pending->commit, pending->path, force,
                                  self->cancellable, restored_cb, pending);
  else
    dojo_repo_restore_async (self->repo, pending->commit, DOJO_RESTORE_AS_NEW_COMMIT, force,
                             self->cancellable, restored_cb, pending);
}

static void
committed_first_cb (DojoCommitDialog *dialog,
                    const char       *id,
                    Pending          *pending)
{
  /* The dialog held the pending restore for the case it closes without
   * committing; now the restore takes it. */
  g_object_steal_data (G_OBJECT (dialog), "pending");
  if (pending->self != NULL)
    run_restore (pending, FALSE);
  else
    pending_free (pending);
}

static void
confirm_cb (AdwMessageDialog *dialog,
            const char       *response,
            gpointer          user_data)
{
  Pending *pending = user_data;
  DojoHistoryView *self = pending->self;

  if (self == NULL || g_str_equal (response, "cancel"))
    {
      pending_free (pending);
      return;
    }

  if (g_str_equal (response, "commit"))
    {
      DojoCommitDialog *commit = dojo_commit_dialog_new (_dojo_vcs_window_for (GTK_WIDGET (self)),
                                                         self->repo);

      g_object_set_data_full (G_OBJECT (commit), "pending", pending,
                              (GDestroyNotify)pending_free);
      g_signal_connect (commit, "committed", G_CALLBACK (committed_first_cb), pending);
      gtk_window_present (GTK_WINDOW (commit));
      return;
    }

  run_restore (pending, g_str_equal (response, "replace-anyway"));
}

static void
confirm_status_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Pending *pending = user_data;
  DojoHistoryView *self = pending->self;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  guint n_dirty = 0;

  changes = dojo_repo_status_finish (DOJO_REPO (object), result, &error);
  if (self == NULL || _dojo_vcs_is_cancelled (error))
    {
      pending_free (pending);
      return;
    }

  set_busy (self, FALSE);

  if (changes == NULL)
    {
      show_banner (self, error->message);
      pending_free (pending);
      return;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      const DojoFileChange *change = g_ptr_array_index (changes, i);

      if (pending->kind == PENDING_PROJECT || g_str_equal (change->path, pending->path))
        n_dirty++;
    }

  if (pending->kind == PENDING_FILE)
    {
      heading = g_strdup_printf (_("Restore %s?"), pending->path);
      if (n_dirty > 0)
        body = g_strdup_printf (_("Replace %s with the version from %s? Your current %s is "
                                  "kept in history only if you commit it first."),
                                pending->path, pending->when, pending->path);
      else
        body = g_strdup_printf (_("Replace %s with the version from %s? Your current %s is "
                                  "already committed, so you can get it back from the "
                                  "history."), pending->path, pending->when, pending->path);
    }
  else
    {
      heading = g_strdup (_("Restore the Whole Project?"));
      if (n_dirty > 0)
        body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Every file will be as it was %s, saved as a new "
                                             "commit. %u file has changes that are not "
                                             "committed: they are kept in history only if you "
                                             "commit them first.",
                                             "Every file will be as it was %s, saved as a new "
                                             "commit. %u files have changes that are not "
                                             "committed: they are kept in history only if you "
                                             "commit them first.", n_dirty),
                                pending->when, n_dirty);
      else
        body = g_strdup_printf (_("Every file will be as it was %s. Dojo saves this as a new "
                                  "commit, so nothing in the history is lost."), pending->when);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (_dojo_vcs_window_for (GTK_WIDGET (self)),
                                                       heading, body));
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (n_dirty > 0)
    {
      adw_message_dialog_add_response (dialog, "commit", _("C_ommit First"));
      adw_message_dialog_add_response (dialog, "replace-anyway",
                                       pending->kind == PENDING_FILE ? _("_Replace Anyway")
                                                                     : _("_Restore Anyway"));
      adw_message_dialog_set_response_appearance (dialog, "commit", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_response_appearance (dialog, "replace-anyway",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "commit");
    }
  else
    {
      adw_message_dialog_add_response (dialog, "replace",
                                       pending->kind == PENDING_FILE ? _("_Replace")
                                                                     : _("_Restore"));
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "replace");
    }
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_cb), pending);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
confirm_restore (DojoHistoryView *self,
                 PendingKind      kind)
{
  if (self->selected == NULL || (kind == PENDING_FILE && self->selected_path == NULL))
    return;

  set_busy (self, TRUE);
  dojo_repo_status_async (self->repo, self->cancellable, confirm_status_cb,
                          pending_new (self, kind));
}

static void
restore_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  confirm_restore (DOJO_HISTORY_VIEW (widget), PENDING_FILE);
}

static void
restore_project_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  confirm_restore (DOJO_HISTORY_VIEW (widget), PENDING_PROJECT);
}

static void
switch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  DojoHistoryView *self;

  if (!dojo_repo_switch_branch_finish (DOJO_REPO (object), result, &error)
      && _dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_HISTORY_VIEW (user_data);
  set_busy (self, FALSE);

  if (error != NULL)
    show_banner (self, error->message);
  else
    {
      dojo_history_view_reload (self);
      show_banner (self, NULL);
    }
}

static void
back_to_branch_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (widget);

  if (self->back_branch == NULL)
    return;

  set_busy (self, TRUE);
  dojo_repo_switch_branch_async (self->repo, self->back_branch, self->cancellable,
                                 switch_cb, self);
}

static void
dojo_history_view_dispose (GObject *object)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  /* Disposing the lists emits row-selected. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->select_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_HISTORY_VIEW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->select_cancellable);
  g_clear_object (&self->repo);
  g_clear_pointer (&self->commits, g_ptr_array_unref);
  g_clear_pointer (&self->selected, dojo_commit_info_free);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->selected_path, g_free);
  g_clear_pointer (&self->back_branch, g_free);

  G_OBJECT_CLASS (dojo_history_view_parent_class)->dispose (object);
}

static void
dojo_history_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_value_set_object (value, self->repo);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_history_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DojoHistoryView *self = DOJO_HISTORY_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_set_object (&self->repo, g_value_get_object (value));
      dojo_history_view_reload (self);
      show_banner (self, NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_history_view_class_init (DojoHistoryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_history_view_dispose;
  object_class->get_property = dojo_history_view_get_property;
  object_class->set_property = dojo_history_view_set_property;

  properties[PROP_REPO] =
    g_param_spec_object ("repo", NULL, NULL, DOJO_TYPE_REPO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DOJO_TYPE_DIFF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-history-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, banner_button);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, paned);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, commit_list);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, details_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, files_list);
  gtk_widget_class_bind_template_child (widget_class, DojoHistoryView, diff_view);
  gtk_widget_class_bind_template_callback (widget_class, on_commit_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_commit_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_file_selected);
  gtk_widget_class_set_css_name (widget_class, "dojohistoryview");

  gtk_widget_class_install_action (widget_class, "history.select-commit", "s",
                                   select_commit_action);
  gtk_widget_class_install_action (widget_class, "history.select-file", "s",
                                   select_file_action);
  gtk_widget_class_install_action (widget_class, "history.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "history.show-file", NULL, show_file_action);
  gtk_widget_class_install_action (widget_class, "history.restore-file", NULL,
                                   restore_file_action);
  gtk_widget_class_install_action (widget_class, "history.restore-project", NULL,
                                   restore_project_action);
  gtk_widget_class_install_action (widget_class, "history.back-to-branch", NULL,
                                   back_to_branch_action);
}

static void
dojo_history_view_init (DojoHistoryView *self)
{
  self->commits = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_commit_info_free);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  update_actions (self);
}

GtkWidget *
dojo_history_view_new (DojoRepo *repo)
{
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  return g_object_new (DOJO_TYPE_HISTORY_VIEW, "repo", repo, NULL);
}

/**
 * dojo_history_view_present:
 * @parent: (nullable): the window it belongs to
 *
 * Opens a "History" window holding a new view of @repo's history.
 *
 * Returns: (transfer none): the view
 */
DojoHistoryView *
dojo_history_view_present (GtkWindow *parent,
                           DojoRepo  *repo)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *view;
  GtkShortcutController *shortcuts;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("History"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1040, 700);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  view = dojo_history_view_new (repo);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);

  shortcuts = GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ());
  gtk_shortcut_controller_add_shortcut (shortcuts,
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, GTK_EVENT_CONTROLLER (shortcuts));

  gtk_window_present (GTK_WINDOW (window));

  return DOJO_HISTORY_VIEW (view);
}

DojoRepo *
dojo_history_view_get_repo (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return self->repo;
}

/* TRUE while the history, a commit's changes or a restore are in progress. */
gboolean
dojo_history_view_get_busy (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), FALSE);

  return self->busy > 0;
}

guint
dojo_history_view_get_n_commits (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), 0);

  return self->commits->len;
}

/**
 * dojo_history_view_dup_commit_text:
 *
 * Returns: (transfer full) (nullable): what the list shows for the commit
 *   at @index, newest first: "Add a greeting\n5 minutes ago · 1 file"
 */
char *
dojo_history_view_dup_commit_text (DojoHistoryView *self,
                                   guint            index)
{
  DojoCommitInfo *info;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  if (index >= self->commits->len)
    return NULL;

  info = g_ptr_array_index (self->commits, index);
  meta = commit_text (info);

  return g_strdup_printf ("%s\n%s", info->summary, meta);
}

const char *
dojo_history_view_get_selected_id (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return self->selected ? self->selected->id : NULL;
}

char *
dojo_history_view_dup_diff_text (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  return dojo_diff_view_dup_text (self->diff_view);
}

/* The message above the history, or %NULL. */
const char *
dojo_history_view_get_banner (DojoHistoryView *self)
{
  g_return_val_if_fail (DOJO_IS_HISTORY_VIEW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return gtk_label_get_label (self->banner_label);
}
