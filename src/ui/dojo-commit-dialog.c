/* dojo-commit-dialog.c: review the changes and commit them with a message
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-commit-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-conflict.h"
#include "dojo-diff-view.h"
#include "dojo-identity-dialog.h"
#include "dojo-vcs-util.h"
#include "dojo-commit-dialog.h"

/* git's own advice: a summary that fits in a narrow history list. Past the
 * hard limit the summary is cut off in most tools, so Commit waits. */
#define SUMMARY_SOFT_LIMIT 50
#define SUMMARY_HARD_LIMIT 72

struct _DojoCommitDialog
{
  AdwWindow      parent_instance;

  GtkWidget     *commit_button;
  GtkRevealer   *error_revealer;
  GtkLabel      *error_label;
  GtkButton     *back_button;
  GtkButton     *open_button;
  GtkLabel      *merge_label;
  GtkWidget     *amend_box;
  GtkSwitch     *amend_switch;
  GtkListBox    *files_list;
  GtkStack      *diff_stack;
  AdwStatusPage *empty_page;
  DojoDiffView  *diff_view;
  GtkEntry      *message_entry;
  GtkLabel      *count_label;
  GtkLabel      *hint_label;

  DojoRepo      *repo;
  DojoDiff      *diff;
  GCancellable  *cancellable;
  char          *back_branch;
  /* The merge under way: its branch, and the message git would use. */
  char          *merge_branch;
  char          *merge_message;
  /* The newest commit's summary (for amending), and what the learner had
   * typed before switching to amend. */
  char          *last_summary;
  char          *typed_message;
  /* Refused for conflict markers: the first file that has them. */
  char          *open_path;
  guint          open_line;
  guint          identity_idle;
  guint          n_files;
  guint          loaded : 1;
  guint          busy : 1;
  guint          message_ok : 1;
  guint          disposed : 1;
  guint          merging : 1;
  guint          amend : 1;
  /* Read with the changes, in the worker (load()): the UI thread never
   * waits for the repository, which the Git button's status read may hold
   * for 100 ms and more on a big project. */
  guint          detached : 1;
  guint          has_identity : 1;
  guint          mode_known : 1;
  /* Shown: whether a name is missing is asked once the changes are read. */
  guint          wants_identity : 1;
};

G_DEFINE_FINAL_TYPE (DojoCommitDialog, dojo_commit_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPO,
  N_PROPS
};

enum {
  COMMITTED,
  OPEN_FILE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void load (DojoCommitDialog *self);

/* Words that say a change happened, which every commit already says. */
static const char * const vague_words[] = {
  "update", "updates", "updated", "fix", "fixes", "fixed", "change", "changes", "changed",
  "edit", "edits", "stuff", "wip", "commit", "save", "saved", "test", "done", "work",
  "code", "asdf", "new", "more", "misc", NULL,
};

static gboolean
is_vague (const char *summary)
{
  g_autofree char *lower = g_utf8_strdown (summary, -1);
  gsize len = strlen (lower);

  while (len > 0 && g_ascii_ispunct (lower[len - 1]))
    lower[--len] = '\0';

  return g_strv_contains (vague_words, lower);
}

static void
update_actions (DojoCommitDialog *self)
{
  gboolean detached = self->repo != NULL && self->detached;

  /* A merge commit may record no change of its own (every conflict
   * settled as "yours"), and amending may only fix the message. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commit.commit",
                                 self->message_ok && self->loaded
                                 && (self->n_files > 0 || self->merging || self->amend)
                                 && !self->busy && !detached);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "commit.back-to-branch",
                                 detached && !self->busy);
}

static void
show_error (DojoCommitDialog *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), FALSE);
}

/* What "no changes" means depends on what Commit does now. */
static void
update_empty_page (DojoCommitDialog *self)
{
  if (self->merging)
    {
      adw_status_page_set_title (self->empty_page, _("No Change of Its Own"));
      adw_status_page_set_description (self->empty_page,
                                       _("You kept your side in every conflict, so your files "
                                         "are the same as in your last commit. The merge "
                                         "commit still records that the other branch is "
                                         "merged."));
    }
  else if (self->amend)
    {
      adw_status_page_set_title (self->empty_page, _("No New Changes"));
      adw_status_page_set_description (self->empty_page,
                                       _("Your files are the same as in your newest commit: "
                                         "changing it now changes only its message."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("Nothing to Commit"));
      adw_status_page_set_description (self->empty_page,
                                       _("Your files are the same as in your last commit. "
                                         "Change something, then come back to save the new "
                                         "version."));
    }
}

static void
update_hint (DojoCommitDialog *self)
{
  g_autofree char *summary = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->message_entry))));
  glong length = g_utf8_strlen (summary, -1);
  g_autofree char *count = g_strdup_printf ("%ld/%d", length, SUMMARY_SOFT_LIMIT);
  g_autofree char *hint = NULL;
  const char *mood = "dim-label";

  self->message_ok = FALSE;

  if (length == 0)
    hint = g_strdup (_("Say what you changed and why, in a few words, for example "
                       "“Add a greeting for the user”."));
  else if (is_vague (summary))
    {
      hint = g_strdup_printf (_("“%s” alone will not tell you much when you read the history "
                                "later. Say what changed, for example “Fix the greeting when "
                                "the name is empty”."), summary);
      mood = "warning";
    }
  else if (length < 4)
    {
      hint = g_strdup (_("A few more words will help you find this change later."));
      mood = "warning";
    }
  else if (length > SUMMARY_HARD_LIMIT)
    {
      hint = g_strdup_printf (_("This summary is %ld characters long. Keep it under %d so it "
                                "fits in the history: say the most important thing."),
                              length, SUMMARY_SOFT_LIMIT);
      mood = "error";
    }
  else if (length > SUMMARY_SOFT_LIMIT)
    {
      hint = g_strdup_printf (_("A little long: a summary reads best under %d characters. "
                                "You can still commit."), SUMMARY_SOFT_LIMIT);
      mood = "warning";
      self->message_ok = TRUE;
    }
  else
    {
      hint = g_strdup (_("Good. This is how the change will appear in the history."));
      mood = "success";
      self->message_ok = TRUE;
    }

  gtk_label_set_label (self->count_label, count);
  if (length > SUMMARY_SOFT_LIMIT)
    gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "warning");

  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), mood);

  update_actions (self);
}

static void
on_message_changed (DojoCommitDialog *self)
{
  update_hint (self);
}

static void
on_message_activate (DojoCommitDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "commit.commit", NULL);
}

static void
on_file_selected (DojoCommitDialog *self,
                  GtkListBoxRow    *row)
{
  const char *path = NULL;

  if (self->disposed || self->diff == NULL)
    return;

  if (row != NULL && gtk_list_box_row_get_index (row) > 0)
    path = gtk_widget_get_name (GTK_WIDGET (row));

  dojo_diff_view_set_diff (self->diff_view, self->diff, path);
}

static void
show_detached (DojoCommitDialog *self)
{
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (self->back_branch == NULL)
    self->back_branch = _dojo_vcs_default_branch (self->repo);

  message = g_strdup_printf (_("You are looking at an old version of your project, so there is "
                               "no branch to add a commit to. Switch back to “%s” to continue "
                               "your latest work."), self->back_branch);
  /* TRANSLATORS: %s is a branch name, like “main” */
  label = g_strdup_printf (_("Back to “%s”"), self->back_branch);

  show_error (self, message);
  gtk_button_set_label (self->back_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), TRUE);
}

/* What the dialog shows, all read in the worker. */
typedef struct
{
  DojoDiff       *diff;
  DojoCommitInfo *last;
  DojoMergeState *merge_state;
  char           *branch;
  char           *back_branch;
  guint           detached : 1;
  guint           has_identity : 1;
} LoadInfo;

static void
load_info_free (LoadInfo *info)
{
  g_clear_pointer (&info->diff, dojo_diff_unref);
  g_clear_pointer (&info->last, dojo_commit_info_free);
  g_clear_pointer (&info->merge_state, dojo_merge_state_free);
  g_free (info->branch);
  g_free (info->back_branch);
  g_free (info);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = NULL;
  LoadInfo *info = g_new0 (LoadInfo, 1);

  info->diff = dojo_repo_diff (repo, NULL, NULL, &error);
  if (info->diff == NULL)
    {
      load_info_free (info);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  info->detached = dojo_repo_is_detached (repo);
  if (info->detached)
    info->back_branch = _dojo_vcs_default_branch (repo);
  info->has_identity = dojo_repo_get_identity (repo, NULL, NULL);
  /* The newest commit, from the repository already open (a second open, as
   * dojo_repo_read_last_commit() does, reads .git again for nothing). */
  log = dojo_repo_log (repo, 0, 1, NULL);
  if (log != NULL && log->len > 0)
    info->last = dojo_commit_info_copy (g_ptr_array_index (log, 0));
  if (dojo_repo_is_merging (repo))
    info->merge_state = dojo_repo_get_merge_state (repo, NULL);
  info->branch = dojo_repo_get_current_branch (repo);

  g_task_return_pointer (task, info, (GDestroyNotify)load_info_free);
}

static void set_up_mode     (DojoCommitDialog *self,
                             LoadInfo         *info);
static void maybe_ask_identity (DojoCommitDialog *self);

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  LoadInfo *info = g_task_propagate_pointer (G_TASK (result), &error);
  DojoCommitDialog *self;
  GPtrArray *files;
  GtkWidget *all;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_COMMIT_DIALOG (user_data);
  self->loaded = TRUE;
  _dojo_vcs_list_box_clear (self->files_list);
  g_clear_pointer (&self->diff, dojo_diff_unref);

  if (info == NULL)
    {
      self->n_files = 0;
      /* Unknown: the commit itself says if a name is missing. */
      self->has_identity = TRUE;
      show_error (self, error->message);
      gtk_stack_set_visible_child_name (self->diff_stack, "empty");
      update_actions (self);
      return;
    }

  self->detached = info->detached;
  self->has_identity = info->has_identity;
  if (info->back_branch != NULL)
    {
      g_free (self->back_branch);
      self->back_branch = g_steal_pointer (&info->back_branch);
    }
  if (!self->mode_known)
    {
      self->mode_known = TRUE;
      set_up_mode (self, info);
    }

  self->diff = g_steal_pointer (&info->diff);
  load_info_free (info);
  files = dojo_diff_get_files (self->diff);
  self->n_files = files->len;

  if (files->len == 0)
    gtk_stack_set_visible_child_name (self->diff_stack, "empty");
  else
    {
      g_autofree char *all_label =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "All changes (%u file)",
                                      "All changes (%u files)", files->len), files->len);

      all = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (all), gtk_label_new (all_label));
      gtk_label_set_xalign (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (all))), 0);
      gtk_list_box_append (self->files_list, all);

      for (guint i = 0; i < MIN (files->len, DOJO_VCS_SHOWN_FILES); i++)
        {
          const DojoDiffFile *file = g_ptr_array_index (files, i);

          gtk_list_box_append (self->files_list, _dojo_vcs_diff_file_row_new (file));
        }
      if (files->len > DOJO_VCS_SHOWN_FILES)
        gtk_list_box_append (self->files_list,
                             _dojo_vcs_more_files_row_new (files->len - DOJO_VCS_SHOWN_FILES));

      gtk_list_box_select_row (self->files_list, GTK_LIST_BOX_ROW (all));
      dojo_diff_view_set_diff (self->diff_view, self->diff, NULL);
      gtk_stack_set_visible_child_name (self->diff_stack, "diff");
    }

  if (self->detached)
    show_detached (self);

  update_actions (self);
  maybe_ask_identity (self);
}

static void
load (DojoCommitDialog *self)
{
  g_autoptr(GTask) task = NULL;

  self->loaded = FALSE;
  gtk_stack_set_visible_child_name (self->diff_stack, "loading");
  update_actions (self);

  if (self->repo == NULL)
    return;

  task = g_task_new (self->repo, self->cancellable, load_cb, self);
  g_task_set_source_tag (task, load);
  g_task_run_in_thread (task, load_thread);
}

static void
identity_saved_cb (DojoCommitDialog *self)
{
  self->has_identity = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (self->message_entry));
}

static void
identity_saved_then_commit_cb (DojoCommitDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "commit.commit", NULL);
}

/* Asks git only when the answer read with the changes was "no": a name
 * set in the Shell since counts. */
static gboolean
has_identity (DojoCommitDialog *self)
{
  if (!self->has_identity)
    self->has_identity = dojo_repo_get_identity (self->repo, NULL, NULL);

  return self->has_identity;
}

static void
ask_identity (DojoCommitDialog *self,
              gboolean          then_commit)
{
  DojoIdentityDialog *dialog = dojo_identity_dialog_new (GTK_WINDOW (self), self->repo);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (identity_saved_cb), self,
                           G_CONNECT_SWAPPED);
  if (then_commit)
    g_signal_connect_object (dialog, "saved", G_CALLBACK (identity_saved_then_commit_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
identity_idle_cb (gpointer data)
{
  DojoCommitDialog *self = data;

  self->identity_idle = 0;
  /* As read with the changes, just now. */
  if (self->repo != NULL && !self->has_identity)
    ask_identity (self, FALSE);

  return G_SOURCE_REMOVE;
}

/* Git cannot sign a commit without a name, so the lesson about that comes
 * first, on top of this dialog, once it is shown and the changes (and the
 * name) are read. */
static void
maybe_ask_identity (DojoCommitDialog *self)
{
  if (!self->wants_identity || !self->loaded || self->identity_idle != 0)
    return;

  self->wants_identity = FALSE;
  if (self->repo != NULL && !self->has_identity)
    self->identity_idle = g_idle_add (identity_idle_cb, self);
}

static void
dojo_commit_dialog_map (GtkWidget *widget)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (widget);

  GTK_WIDGET_CLASS (dojo_commit_dialog_parent_class)->map (widget);

  self->wants_identity = TRUE;
  maybe_ask_identity (self);
}

static void find_markers (DojoCommitDialog *self);

/* Takes @id and @error. */
static void
committed (gpointer  user_data,
           char     *id_in,
           GError   *error_in)
{
  g_autofree char *id = id_in;
  g_autoptr(GError) error = error_in;
  DojoCommitDialog *self;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_COMMIT_DIALOG (user_data);
  self->busy = FALSE;

  if (id == NULL)
    {
      if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_DETACHED_HEAD))
        show_detached (self);
      else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY))
        {
          show_error (self, error->message);
          ask_identity (self, FALSE);
        }
      else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS))
        {
          /* Markers written since the check: say which file, with a way there. */
          show_error (self, error->message);
          find_markers (self);
        }
      else
        show_error (self, error->message);

      if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT))
        load (self);

      update_actions (self);
      return;
    }

  g_signal_emit (self, signals[COMMITTED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
commit_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError *error = NULL;
  char *id = dojo_repo_commit_finish (DOJO_REPO (object), result, &error);

  committed (user_data, id, error);
}

static void
amend_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError *error = NULL;
  char *id = dojo_repo_amend_finish (DOJO_REPO (object), result, &error);

  committed (user_data, id, error);
}

typedef struct
{
  GPtrArray *paths;
  int        first_line;
} Markers;

static void
markers_free (Markers *markers)
{
  g_clear_pointer (&markers->paths, g_ptr_array_unref);
  g_free (markers);
}

static void
markers_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  GError *error = NULL;
  Markers *markers = g_new0 (Markers, 1);

  markers->first_line = -1;
  markers->paths = dojo_repo_find_conflict_markers (repo, DOJO_COMMIT_ALL, &error);
  if (markers->paths == NULL)
    {
      markers_free (markers);
      g_task_return_error (task, error);
      return;
    }

  if (markers->paths->len > 0)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (dojo_repo_get_directory (repo),
                                                            g_ptr_array_index (markers->paths,
                                                                               0));
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_load_contents (file, cancellable, &contents, &length, NULL, NULL))
        dojo_conflict_has_markers (contents, (gssize)length, &markers->first_line);
    }

  g_task_return_pointer (task, markers, (GDestroyNotify)markers_free);
}

static void
start_commit (DojoCommitDialog *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->message_entry));
  g_autofree char *message = g_strstrip (g_strdup (typed));

  if (self->amend)
    {
      /* The same summary keeps the whole old message, body and all. */
      gboolean same = g_strcmp0 (message, self->last_summary) == 0;

      dojo_repo_amend_async (self->repo, same ? NULL : message, self->n_files > 0,
                             self->cancellable, amend_cb, self);
    }
  else
    dojo_repo_commit_async (self->repo, message, DOJO_COMMIT_ALL, self->cancellable,
                            commit_cb, self);
}

static void
markers_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Markers *markers = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean then_commit = GPOINTER_TO_INT (g_task_get_task_data (G_TASK (result)));
  DojoCommitDialog *self;
  g_autofree char *message = NULL;
  g_autofree char *label = NULL;
  g_autofree char *line = NULL;
  const char *path;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_COMMIT_DIALOG (user_data);

  if (markers == NULL)
    {
      self->busy = FALSE;
      show_error (self, error->message);
      update_actions (self);
      return;
    }

  if (markers->paths->len == 0)
    {
      markers_free (markers);
      if (then_commit)
        start_commit (self);
      return;
    }

  self->busy = FALSE;
  path = g_ptr_array_index (markers->paths, 0);
  g_free (self->open_path);
  self->open_path = g_strdup (path);
  self->open_line = markers->first_line >= 0 ? (guint)markers->first_line + 1 : 1;

  if (markers->paths->len == 1)
    /* Translators: %s is a file, like “main.py”; %u a line number. */
    message = g_strdup_printf (_("“%s” still has conflict markers, from line %u. Pick a side or "
                                 "edit, then remove the marker lines (<<<<<<<, ======= and "
                                 ">>>>>>>) and commit again."),
                               path, self->open_line);
  else
    /* Translators: %u files; %s the first of them, like “main.py”; %u a line number. */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u file still has conflict markers, first “%s”, "
                                            "from line %u. Pick a side or edit, then remove "
                                            "the marker lines (<<<<<<<, ======= and >>>>>>>) "
                                            "and commit again.",
                                            "%u files still have conflict markers, first "
                                            "“%s”, from line %u. Pick a side or edit, then "
                                            "remove the marker lines (<<<<<<<, ======= and "
                                            ">>>>>>>) and commit again.",
                                            markers->paths->len),
                               markers->paths->len, path, self->open_line);

  show_error (self, message);
  /* Translators: %s is a file, like main.py. */
  label = g_strdup_printf (_("Open %s"), path);
  gtk_button_set_label (self->open_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->open_button), TRUE);
  markers_free (markers);
  update_actions (self);
}

/* Conflict markers in what would be committed, merge or not; with
 * @then_commit, the commit follows when there are none. */
static void
check_markers (DojoCommitDialog *self,
               gboolean          then_commit)
{
  g_autoptr(GTask) task = g_task_new (self->repo, self->cancellable, markers_cb, self);

  g_task_set_source_tag (task, check_markers);
  g_task_set_task_data (task, GINT_TO_POINTER (then_commit), NULL);
  g_task_run_in_thread (task, markers_thread);
}

static void
find_markers (DojoCommitDialog *self)
{
  check_markers (self, FALSE);
}

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (widget);

  if (self->busy || !self->message_ok || self->repo == NULL)
    return;

  if (!has_identity (self))
    {
      ask_identity (self, TRUE);
      return;
    }

  self->busy = TRUE;
  show_error (self, NULL);
  update_actions (self);

  check_markers (self, TRUE);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (widget);
  g_autofree char *path = g_strdup (self->open_path);

  if (path == NULL)
    return;

  /* The editor is behind this dialog: the learner goes there. */
  g_signal_emit (self, signals[OPEN_FILE], 0, path, self->open_line);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_amend_toggled (DojoCommitDialog *self)
{
  gboolean amend = gtk_switch_get_active (self->amend_switch);

  if (amend == self->amend)
    return;

  self->amend = amend;
  if (amend)
    {
      g_free (self->typed_message);
      self->typed_message = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->message_entry)));
      gtk_editable_set_text (GTK_EDITABLE (self->message_entry),
                             self->last_summary ? self->last_summary : "");
      gtk_window_set_title (GTK_WINDOW (self), _("Change the Last Commit"));
      gtk_button_set_label (GTK_BUTTON (self->commit_button), _("C_hange Commit"));
      gtk_widget_set_tooltip_text (self->commit_button,
                                   _("Replace your newest commit with this message and your "
                                     "current changes (Ctrl+Enter)"));
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->message_entry),
                             self->typed_message ? self->typed_message : "");
      gtk_window_set_title (GTK_WINDOW (self), _("Commit Changes"));
      gtk_button_set_label (GTK_BUTTON (self->commit_button), _("C_ommit"));
      gtk_widget_set_tooltip_text (self->commit_button,
                                   _("Save this version in the history (Ctrl+Enter)"));
    }

  show_error (self, NULL);
  update_empty_page (self);
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->message_entry));
}

/* A merge under way makes this the merge's commit; otherwise the newest
 * commit may be amended. Once, when the changes are first read. */
static void
set_up_mode (DojoCommitDialog *self,
             LoadInfo         *info)
{
  DojoMergeState *state = info->merge_state;
  DojoCommitInfo *last = info->last;

  g_free (self->last_summary);
  self->last_summary = last ? g_strdup (last->summary) : NULL;

  self->merging = state != NULL;
  update_empty_page (self);
  gtk_widget_set_visible (self->amend_box, !self->merging && last != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->merge_label), self->merging);

  if (self->merging)
    {
      const char *current = info->branch;
      g_autofree char *about = NULL;
      g_autofree char *summary = NULL;
      const char *nl;

      g_free (self->merge_branch);
      self->merge_branch = g_strdup (state->branch);
      g_free (self->merge_message);
      self->merge_message = g_strdup (state->message);

      /* Translators: the first %s is the learner's branch, like “main”; the
       * second the branch merged in, like “feature”. */
      about = g_strdup_printf (_("A merge commit joins two histories: it has two parents, your "
                                 "last commit on “%s” and the last commit of “%s”. Committing "
                                 "it finishes the merge."),
                               current ? current : _("this branch"), state->branch);
      gtk_label_set_label (self->merge_label, about);
      gtk_window_set_title (GTK_WINDOW (self), _("Commit Merge"));
      gtk_button_set_label (GTK_BUTTON (self->commit_button), _("C_ommit Merge"));
      gtk_widget_set_tooltip_text (self->commit_button,
                                   _("Finish the merge with a merge commit (Ctrl+Enter)"));

      /* Git's message for the merge, unless the learner already typed one
       * while the changes were read. */
      nl = state->message ? strchr (state->message, '\n') : NULL;
      summary = nl ? g_strndup (state->message, nl - state->message)
                   : g_strdup (state->message ? state->message : "");
      if (*gtk_editable_get_text (GTK_EDITABLE (self->message_entry)) == '\0')
        gtk_editable_set_text (GTK_EDITABLE (self->message_entry), g_strstrip (summary));
    }
}

static void
switch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  DojoCommitDialog *self;

  if (!dojo_repo_switch_branch_finish (DOJO_REPO (object), result, &error)
      && _dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_COMMIT_DIALOG (user_data);
  self->busy = FALSE;

  if (error != NULL)
    show_error (self, error->message);
  else
    {
      show_error (self, NULL);
      load (self);
    }

  update_actions (self);
}

static void
back_to_branch_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (widget);

  if (self->busy || self->back_branch == NULL)
    return;

  self->busy = TRUE;
  update_actions (self);
  dojo_repo_switch_branch_async (self->repo, self->back_branch, self->cancellable,
                                 switch_cb, self);
}

static void
dojo_commit_dialog_dispose (GObject *object)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (object);

  /* Disposing the file list emits row-selected. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->identity_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_COMMIT_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->repo);
  g_clear_pointer (&self->diff, dojo_diff_unref);
  g_clear_pointer (&self->back_branch, g_free);
  g_clear_pointer (&self->merge_branch, g_free);
  g_clear_pointer (&self->merge_message, g_free);
  g_clear_pointer (&self->last_summary, g_free);
  g_clear_pointer (&self->typed_message, g_free);
  g_clear_pointer (&self->open_path, g_free);

  G_OBJECT_CLASS (dojo_commit_dialog_parent_class)->dispose (object);
}

static void
dojo_commit_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (object);

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
dojo_commit_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DojoCommitDialog *self = DOJO_COMMIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_set_object (&self->repo, g_value_get_object (value));
      load (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_commit_dialog_class_init (DojoCommitDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_commit_dialog_dispose;
  object_class->get_property = dojo_commit_dialog_get_property;
  object_class->set_property = dojo_commit_dialog_set_property;
  widget_class->map = dojo_commit_dialog_map;

  properties[PROP_REPO] =
    g_param_spec_object ("repo", NULL, NULL, DOJO_TYPE_REPO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoCommitDialog::committed:
   * @id: the new commit's id
   *
   * The commit was made; the dialog closes right after.
   */
  signals[COMMITTED] = g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * DojoCommitDialog::open-file:
   * @path: a file of the project, relative to it
   * @line: the line to show, from 1
   *
   * The learner asked to see the file that keeps the commit from being made
   * (it has conflict markers); the dialog closes right after.
   */
  signals[OPEN_FILE] = g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING,
                                     G_TYPE_UINT);

  g_type_ensure (DOJO_TYPE_DIFF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-commit-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, commit_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, open_button);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, merge_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, amend_box);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, amend_switch);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, files_list);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, diff_stack);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, empty_page);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, diff_view);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, message_entry);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, DojoCommitDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_message_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_message_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_file_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_amend_toggled);

  gtk_widget_class_install_action (widget_class, "commit.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "commit.back-to-branch", NULL,
                                   back_to_branch_action);
  gtk_widget_class_install_action (widget_class, "commit.open-file", NULL, open_file_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "commit.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "commit.commit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_commit_dialog_init (DojoCommitDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->message_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->hint_label, NULL,
                                  -1);
  update_hint (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->message_entry));
}

DojoCommitDialog *
dojo_commit_dialog_new (GtkWindow *parent,
                        DojoRepo  *repo)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  return g_object_new (DOJO_TYPE_COMMIT_DIALOG,
                       "transient-for", parent,
                       "repo", repo,
                       NULL);
}

DojoRepo *
dojo_commit_dialog_get_repo (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), NULL);

  return self->repo;
}

void
dojo_commit_dialog_set_message (DojoCommitDialog *self,
                                const char       *message)
{
  g_return_if_fail (DOJO_IS_COMMIT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->message_entry), message ? message : "");
}

const char *
dojo_commit_dialog_get_message (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->message_entry));
}

/* The guidance under the message, as shown. */
const char *
dojo_commit_dialog_get_hint (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), NULL);

  return gtk_label_get_label (self->hint_label);
}

/* The problem shown at the top of the dialog, or %NULL. */
const char *
dojo_commit_dialog_get_error (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->error_revealer))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

guint
dojo_commit_dialog_get_n_files (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), 0);

  return self->n_files;
}

/* TRUE once the changes are listed. */
gboolean
dojo_commit_dialog_get_loaded (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), FALSE);

  return self->loaded;
}

/* TRUE while the dialog makes a merge's commit. */
gboolean
dojo_commit_dialog_get_merging (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), FALSE);

  return self->merging;
}

/* Changes the newest commit instead of adding one, as the switch does. */
void
dojo_commit_dialog_set_amend (DojoCommitDialog *self,
                              gboolean          amend)
{
  g_return_if_fail (DOJO_IS_COMMIT_DIALOG (self));

  gtk_switch_set_active (self->amend_switch, amend);
}

/* Whether amending is offered: there is a commit, and no merge under way. */
gboolean
dojo_commit_dialog_get_can_amend (DojoCommitDialog *self)
{
  g_return_val_if_fail (DOJO_IS_COMMIT_DIALOG (self), FALSE);

  return gtk_widget_get_visible (self->amend_box);
}
