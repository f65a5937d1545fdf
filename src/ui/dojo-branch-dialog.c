/* dojo-branch-dialog.c: list, create, switch, merge and delete branches
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-branch-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-commit-dialog.h"
#include "dojo-identity-dialog.h"
#include "dojo-vcs-util.h"
#include "dojo-branch-dialog.h"

struct _DojoBranchDialog
{
  AdwWindow     parent_instance;

  GtkRevealer  *banner_revealer;
  GtkBox       *banner_paragraphs;
  GtkButton    *banner_button;
  GtkListBox   *branch_list;
  AdwEntryRow  *name_row;
  GtkLabel     *hint_label;

  DojoRepo     *repo;
  GCancellable *cancellable;
  /* The branches are read in a worker: the UI thread never waits for the
   * repository, whose lock a status read elsewhere holds for as long as it
   * takes. What that read found: */
  GCancellable *list_cancellable;
  GPtrArray    *branches;     /* of DojoBranchInfo */
  char         *current;      /* the current branch; NULL when detached */
  char         *back_branch;  /* where to go back to; NULL unless HEAD is detached */
  char         *banner;       /* the banner's message, as given */
  guint         busy;
  guint         name_ok : 1;
  guint         listing : 1;
  /* When the branches arrive, say whether HEAD is detached. */
  guint         tell_detached : 1;
};

G_DEFINE_FINAL_TYPE (DojoBranchDialog, dojo_branch_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REPO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  MERGE_CONFLICTS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_actions (DojoBranchDialog *self)
{
  gboolean idle = self->busy == 0 && self->repo != NULL;

  /* A new name is checked against the branches read. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.create",
                                 idle && !self->listing && self->name_ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.switch", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.merge", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.delete", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.commit-first", idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "branches.commit-then-merge", idle);
}

/* A message at the top; @action_name (with @target) adds a button. */
static void
show_banner (DojoBranchDialog *self,
             const char       *message,
             const char       *button_label,
             const char       *action_name,
             const char       *target)
{
  g_auto(GStrv) lines = NULL;
  GtkWidget *child;

  /* A label per line: GTK 4.8 measures a wrapping label that holds a line
   * break shorter with no width given than with any width, and a dialog
   * laid out between the two ("Expect overlapping widgets") can overlap. */
  g_free (self->banner);
  self->banner = g_strdup (message);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->banner_paragraphs))) != NULL)
    gtk_box_remove (self->banner_paragraphs, child);
  lines = g_strsplit (message ? message : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GtkWidget *label;

      if (*lines[i] == '\0')
        continue;
      label = gtk_label_new (lines[i]);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_box_append (self->banner_paragraphs, label);
    }

  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->banner_button), action_name != NULL);
  if (action_name != NULL)
    {
      gtk_button_set_use_underline (self->banner_button, TRUE);
      gtk_button_set_label (self->banner_button, button_label);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->banner_button),
                                              target ? g_variant_new_string (target) : NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->banner_button), action_name);
    }
}

static void
show_detached_banner (DojoBranchDialog *self)
{
  const char *back = self->back_branch;
  g_autofree char *message = NULL;
  g_autofree char *label = NULL;

  message = g_strdup_printf (_("You are looking at an old version of your project, not at a "
                               "branch (git calls this a “detached HEAD”). Switch to “%s” to "
                               "get back to your latest work."), back);
  label = g_strdup_printf (_("_Back to “%s”"), back);
  show_banner (self, message, label, "branches.switch", back);
}

static GtkWidget *
suffix_button (const char *label,
               const char *icon_name,
               const char *tooltip,
               const char *action_name,
               const char *target)
{
  GtkWidget *button = icon_name ? gtk_button_new_from_icon_name (icon_name)
                                : gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_string (target));
  if (icon_name != NULL)
    {
      gtk_widget_add_css_class (button, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                      -1);
    }

  return button;
}

static void
validate_name (DojoBranchDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *hint = NULL;
  const char *mood = "dim-label";

  self->name_ok = FALSE;

  if (*name == '\0')
    hint = g_strdup (_("Use a short name that says what you want to try, like "
                       "“experiment-loops”."));
  else if (strpbrk (name, " \t") != NULL)
    {
      g_autofree char *suggestion = g_strdup (name);

      g_strdelimit (suggestion, " \t", '-');
      hint = g_strdup_printf (_("A branch name cannot contain spaces. Use “-” between the "
                                "words instead: “%s”."), suggestion);
      mood = "error";
    }
  else if (strpbrk (name, "~^:?*[\\") != NULL || strstr (name, "..") != NULL
           || strstr (name, "@{") != NULL || strstr (name, "//") != NULL
           || name[0] == '-' || name[0] == '.' || name[0] == '/'
           || g_str_has_suffix (name, "/") || g_str_has_suffix (name, ".")
           || g_str_has_suffix (name, ".lock") || g_str_equal (name, "HEAD")
           || g_str_equal (name, "@"))
    {
      hint = g_strdup_printf (_("“%s” cannot be a branch name. Use letters, digits, “-” and "
                                "“_”, for example “experiment-loops”."), name);
      mood = "error";
    }
  else
    {
      for (guint i = 0; self->branches != NULL && i < self->branches->len; i++)
        {
          DojoBranchInfo *info = g_ptr_array_index (self->branches, i);

          if (g_str_equal (info->name, name))
            {
              hint = g_strdup_printf (_("There is already a branch called “%s”. Pick another "
                                        "name, or switch to it above."), name);
              mood = "error";
              break;
            }
        }

      if (hint == NULL)
        {
          hint = g_strdup_printf (_("“%s” will start from your last commit. Press Enter to "
                                    "create it."), name);
          self->name_ok = TRUE;
        }
    }

  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), mood);
  update_actions (self);
}

/* Shows the branches just read (@branches, taken). */
static void
show_branches (DojoBranchDialog *self,
               GPtrArray        *branches)
{
  const char *current = NULL;

  _dojo_vcs_list_box_clear (self->branch_list);
  g_clear_pointer (&self->branches, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_free);
  self->branches = branches;

  for (guint i = 0; i < self->branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (self->branches, i);

      if (info->is_current)
        current = info->name;
    }
  self->current = g_strdup (current);

  for (guint i = 0; i < self->branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (self->branches, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *mark = gtk_image_new_from_icon_name ("object-select-symbolic");

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), info->name);
      gtk_widget_set_name (row, info->name);
      gtk_widget_set_opacity (mark, info->is_current ? 1.0 : 0.0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Current branch"),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), mark);

      if (info->is_current)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       _("You are here: your files show this branch"));
          gtk_widget_add_css_class (row, "current-branch");
        }
      else
        {
          g_autofree char *switch_tip = g_strdup_printf (_("Switch to “%s”"), info->name);
          g_autofree char *merge_tip = NULL;
          g_autofree char *delete_tip = g_strdup_printf (_("Delete the branch “%s”"),
                                                         info->name);

          if (current != NULL)
            /* Translators: the first %s is the other branch, the second the current one. */
            merge_tip = g_strdup_printf (_("Bring the commits of “%s” into “%s”. Both "
                                           "histories are kept; where both branches changed "
                                           "the same lines, you choose what to keep."),
                                         info->name, current);
          else
            merge_tip = g_strdup_printf (_("Bring the commits of “%s” into the current "
                                           "branch. Both histories are kept; where both "
                                           "branches changed the same lines, you choose what "
                                           "to keep."), info->name);

          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     suffix_button (_("_Switch"), NULL, switch_tip,
                                                    "branches.switch", info->name));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     suffix_button (_("_Merge"), NULL, merge_tip,
                                                    "branches.merge", info->name));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                     suffix_button (NULL, "user-trash-symbolic", delete_tip,
                                                    "branches.delete", info->name));
        }

      gtk_list_box_append (self->branch_list, row);
    }

  validate_name (self);
}

typedef struct
{
  GPtrArray *branches;
  char      *back_branch;   /* NULL unless HEAD is detached */
} ListRead;

static void
list_read_free (ListRead *read)
{
  g_clear_pointer (&read->branches, g_ptr_array_unref);
  g_free (read->back_branch);
  g_free (read);
}

static void
list_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DojoRepo *repo = DOJO_REPO (source_object);
  g_autoptr(GError) error = NULL;
  ListRead *read;

  if (g_task_return_error_if_cancelled (task))
    return;

  read = g_new0 (ListRead, 1);
  read->branches = dojo_repo_list_branches (repo, &error);
  if (read->branches == NULL)
    {
      list_read_free (read);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (dojo_repo_is_detached (repo))
    read->back_branch = _dojo_vcs_pick_default_branch (read->branches);

  g_task_return_pointer (task, read, (GDestroyNotify)list_read_free);
}

static void
list_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  ListRead *read = g_task_propagate_pointer (G_TASK (result), &error);
  DojoBranchDialog *self;

  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_BRANCH_DIALOG (user_data);
  g_clear_object (&self->list_cancellable);
  self->listing = FALSE;

  if (read == NULL)
    {
      _dojo_vcs_list_box_clear (self->branch_list);
      g_clear_pointer (&self->branches, g_ptr_array_unref);
      show_banner (self, error->message, NULL, NULL, NULL);
      validate_name (self);
      return;
    }

  g_free (self->back_branch);
  self->back_branch = g_steal_pointer (&read->back_branch);
  show_branches (self, g_steal_pointer (&read->branches));
  if (self->tell_detached && self->back_branch != NULL)
    show_detached_banner (self);
  self->tell_detached = FALSE;
  list_read_free (read);
}

/**
 * dojo_branch_dialog_refresh:
 *
 * Reads the branches again, in a worker; the list shows them when they
 * arrive (dojo_branch_dialog_get_busy() says %TRUE until then).
 */
void
dojo_branch_dialog_refresh (DojoBranchDialog *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (DOJO_IS_BRANCH_DIALOG (self));

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->listing = FALSE;

  if (self->repo == NULL)
    {
      _dojo_vcs_list_box_clear (self->branch_list);
      g_clear_pointer (&self->branches, g_ptr_array_unref);
      update_actions (self);
      return;
    }

  self->list_cancellable = g_cancellable_new ();
  self->listing = TRUE;
  update_actions (self);
  task = g_task_new (self->repo, self->list_cancellable, list_cb, self);
  g_task_set_source_tag (task, dojo_branch_dialog_refresh);
  g_task_run_in_thread (task, list_thread);
}

static void
on_name_changed (DojoBranchDialog *self)
{
  validate_name (self);
}

static void
on_name_activated (DojoBranchDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "branches.create", NULL);
}

typedef struct
{
  DojoBranchDialog *self;
  char             *name;
} SwitchData;

static void
switch_data_free (SwitchData *data)
{
  g_clear_weak_pointer (&data->self);
  g_free (data->name);
  g_free (data);
}

/* A job on a branch has ended: returns the dialog, no longer busy with it,
 * or %NULL (with @data freed) when the dialog is gone or the job was
 * cancelled. */
static DojoBranchDialog *
end_job (SwitchData   *data,
         const GError *error)
{
  DojoBranchDialog *self = data->self;

  if (self == NULL || _dojo_vcs_is_cancelled (error))
    {
      switch_data_free (data);
      return NULL;
    }

  self->busy--;
  update_actions (self);

  return self;
}

static void
switch_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SwitchData *data = user_data;
  DojoBranchDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  dojo_repo_switch_branch_finish (DOJO_REPO (object), result, &error);

  if ((self = end_job (data, error)) == NULL)
    return;
  dojo_branch_dialog_refresh (self);

  if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES))
    {
      message = g_strdup_printf (_("%s\n\nSwitching to “%s” would replace the files in your "
                                   "project folder with that branch’s files. Commit your "
                                   "changes first, so they are safe on this branch."),
                                 error->message, data->name);
      show_banner (self, message, _("C_ommit First"), "branches.commit-first", data->name);
    }
  else if (error != NULL)
    show_banner (self, error->message, NULL, NULL, NULL);
  else
    {
      message = g_strdup_printf (_("You are on “%s” now. Your files show the work of this "
                                   "branch."), data->name);
      show_banner (self, message, NULL, NULL, NULL);
    }

  switch_data_free (data);
}

/* The dialog is busy until the job on branch @name ends; the job's
 * callback gets the returned data, which does not keep the dialog alive. */
static SwitchData *
start_job (DojoBranchDialog *self,
           const char       *name)
{
  SwitchData *data = g_new0 (SwitchData, 1);

  g_set_weak_pointer (&data->self, self);
  data->name = g_strdup (name);
  self->busy++;
  update_actions (self);

  return data;
}

static void
create_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SwitchData *data = user_data;
  DojoBranchDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *label = NULL;
  g_autofree char *typed = NULL;

  dojo_repo_create_branch_finish (DOJO_REPO (object), result, &error);

  if ((self = end_job (data, error)) == NULL)
    return;

  if (error != NULL)
    {
      show_banner (self, error->message, NULL, NULL, NULL);
      switch_data_free (data);
      return;
    }

  /* The name is done with, unless the learner has typed another since. */
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (g_str_equal (typed, data->name))
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  dojo_branch_dialog_refresh (self);

  message = g_strdup_printf (_("The branch “%s” is ready. Switch to it to start working "
                               "there."), data->name);
  label = g_strdup_printf (_("_Switch to “%s”"), data->name);
  show_banner (self, message, label, "branches.switch", data->name);
  switch_data_free (data);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DojoBranchDialog *self = DOJO_BRANCH_DIALOG (widget);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  validate_name (self);
  if (!self->name_ok)
    return;

  dojo_repo_create_branch_async (self->repo, name, self->cancellable, create_cb,
                                 start_job (self, name));
}

static void
switch_to (DojoBranchDialog *self,
           const char       *name)
{
  dojo_repo_switch_branch_async (self->repo, name, self->cancellable, switch_cb,
                                 start_job (self, name));
}

static void
switch_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  switch_to (DOJO_BRANCH_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
merge_with (DojoBranchDialog *self,
            const char       *name);

static void
committed_then_switch_cb (DojoCommitDialog *dialog,
                          const char       *id,
                          DojoBranchDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "branch");

  if (g_object_get_data (G_OBJECT (dialog), "then-merge") != NULL)
    merge_with (self, name);
  else
    switch_to (self, name);
}

static void
open_commit_first (DojoBranchDialog *self,
                   const char       *name,
                   gboolean          then_merge)
{
  DojoCommitDialog *dialog = dojo_commit_dialog_new (GTK_WINDOW (self), self->repo);

  g_object_set_data_full (G_OBJECT (dialog), "branch", g_strdup (name), g_free);
  if (then_merge)
    g_object_set_data (G_OBJECT (dialog), "then-merge", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (dialog, "committed", G_CALLBACK (committed_then_switch_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
commit_first_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  open_commit_first (DOJO_BRANCH_DIALOG (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
commit_then_merge_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_commit_first (DOJO_BRANCH_DIALOG (widget), g_variant_get_string (parameter, NULL), TRUE);
}

static void
identity_saved_then_merge_cb (DojoIdentityDialog *identity,
                              DojoBranchDialog   *self)
{
  merge_with (self, g_object_get_data (G_OBJECT (identity), "branch"));
}

static void
merge_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SwitchData *data = user_data;
  DojoBranchDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *current = NULL;
  g_autofree char *message = NULL;
  DojoMergeOutcome outcome;

  outcome = dojo_repo_merge_finish (DOJO_REPO (object), result, NULL, &conflicts, &error);

  if ((self = end_job (data, error)) == NULL)
    return;
  /* A merge does not change the current branch. */
  current = g_strdup (self->current ? self->current : _("this branch"));

  if (error != NULL)
    {
      if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES))
        {
          message = g_strdup_printf (_("%s\n\nA merge changes the files in your project "
                                       "folder. Commit your changes first: then the merge can "
                                       "be aborted, if you want, exactly back to your commit."),
                                     error->message);
          show_banner (self, message, _("C_ommit First"), "branches.commit-then-merge",
                       data->name);
        }
      else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY))
        {
          /* A merge commit is signed with the learner's name; git asked
           * before changing anything, so the merge starts again once the
           * name is saved. */
          DojoIdentityDialog *identity = dojo_identity_dialog_new (GTK_WINDOW (self), self->repo);

          show_banner (self, error->message, NULL, NULL, NULL);
          g_object_set_data_full (G_OBJECT (identity), "branch", g_strdup (data->name), g_free);
          g_signal_connect_object (identity, "saved", G_CALLBACK (identity_saved_then_merge_cb),
                                   self, 0);
          gtk_window_present (GTK_WINDOW (identity));
        }
      else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_DETACHED_HEAD))
        {
          /* HEAD was detached since the branches were read (in the
           * Shell): the banner comes with the new read. */
          self->tell_detached = TRUE;
          dojo_branch_dialog_refresh (self);
        }
      else
        show_banner (self, error->message, NULL, NULL, NULL);
      switch_data_free (data);
      return;
    }

  switch (outcome)
    {
    case DOJO_MERGE_UP_TO_DATE:
      /* Translators: the first %s is the current branch, the second the other one. */
      message = g_strdup_printf (_("“%s” already has every commit of “%s”: there is nothing "
                                   "to merge."), current, data->name);
      break;

    case DOJO_MERGE_FAST_FORWARD:
      /* Translators: the first %s is the current branch, the second the other one. */
      message = g_strdup_printf (_("“%s” now has the commits of “%s”. It had no new commits of "
                                   "its own, so it simply moved forward: no merge commit was "
                                   "needed."), current, data->name);
      break;

    case DOJO_MERGE_COMMITTED:
      /* Translators: the first %s is the other branch, the second the current one. */
      message = g_strdup_printf (_("“%s” is merged into “%s” with a merge commit: both "
                                   "histories are kept."), data->name, current);
      break;

    case DOJO_MERGE_CONFLICTS:
    default:
      {
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
        g_auto(GStrv) paths = NULL;
        g_autoptr(DojoBranchDialog) keep = g_object_ref (self);

        for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
          g_strv_builder_add (builder, g_ptr_array_index (conflicts, i));
        paths = g_strv_builder_end (builder);

        /* The conflicts are settled in the editor, not here. */
        g_signal_emit (self, signals[MERGE_CONFLICTS], 0, data->name, paths);
        gtk_window_destroy (GTK_WINDOW (self));
        switch_data_free (data);
        return;
      }
    }

  show_banner (self, message, NULL, NULL, NULL);
  dojo_branch_dialog_refresh (self);
  switch_data_free (data);
}

static void
merge_with (DojoBranchDialog *self,
            const char       *name)
{
  dojo_repo_merge_async (self->repo, name, self->cancellable, merge_cb, start_job (self, name));
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  merge_with (DOJO_BRANCH_DIALOG (widget), g_variant_get_string (parameter, NULL));
}

static void
delete_branch (DojoBranchDialog *self,
               const char       *name,
               gboolean          force);

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    DojoBranchDialog *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "branch");

  if (g_str_equal (response, "delete"))
    delete_branch (self, name, FALSE);
  else if (g_str_equal (response, "delete-anyway"))
    delete_branch (self, name, TRUE);
}

static AdwMessageDialog *
delete_dialog_new (DojoBranchDialog *self,
                   const char       *name,
                   const char       *heading,
                   const char       *body,
                   const char       *response,
                   const char       *response_label)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_add_response (dialog, response, response_label);
  adw_message_dialog_set_response_appearance (dialog, response, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "branch", g_strdup (name), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);

  return dialog;
}

static void
delete_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  SwitchData *data = user_data;
  DojoBranchDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  dojo_repo_delete_branch_finish (DOJO_REPO (object), result, &error);

  if ((self = end_job (data, error)) == NULL)
    return;

  if (error == NULL)
    {
      message = g_strdup_printf (_("The branch “%s” is deleted."), data->name);
      show_banner (self, message, NULL, NULL, NULL);
      dojo_branch_dialog_refresh (self);
    }
  else if (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNMERGED_BRANCH))
    {
      AdwMessageDialog *dialog = delete_dialog_new (self, data->name, _("Lose Its Commits?"),
                                                    error->message, "delete-anyway",
                                                    _("_Delete Anyway"));

      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    show_banner (self, error->message, NULL, NULL, NULL);

  switch_data_free (data);
}

static void
delete_branch (DojoBranchDialog *self,
               const char       *name,
               gboolean          force)
{
  dojo_repo_delete_branch_async (self->repo, name, force, self->cancellable, delete_cb,
                                 start_job (self, name));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DojoBranchDialog *self = DOJO_BRANCH_DIALOG (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autofree char *heading = g_strdup_printf (_("Delete the Branch “%s”?"), name);
  AdwMessageDialog *dialog;

  dialog = delete_dialog_new (self, name, heading,
                              _("The branch’s name goes away. Commits that are on another "
                                "branch too stay in the history."),
                              "delete", _("_Delete"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dojo_branch_dialog_dispose (GObject *object)
{
  DojoBranchDialog *self = DOJO_BRANCH_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->list_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_BRANCH_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->list_cancellable);
  g_clear_object (&self->repo);
  g_clear_pointer (&self->branches, g_ptr_array_unref);
  g_clear_pointer (&self->current, g_free);
  g_clear_pointer (&self->back_branch, g_free);
  g_clear_pointer (&self->banner, g_free);

  G_OBJECT_CLASS (dojo_branch_dialog_parent_class)->dispose (object);
}

static void
dojo_branch_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DojoBranchDialog *self = DOJO_BRANCH_DIALOG (object);

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
dojo_branch_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DojoBranchDialog *self = DOJO_BRANCH_DIALOG (object);

  switch (prop_id)
    {
    case PROP_REPO:
      g_set_object (&self->repo, g_value_get_object (value));
      self->tell_detached = TRUE;
      dojo_branch_dialog_refresh (self);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dojo_branch_dialog_class_init (DojoBranchDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_branch_dialog_dispose;
  object_class->get_property = dojo_branch_dialog_get_property;
  object_class->set_property = dojo_branch_dialog_set_property;

  properties[PROP_REPO] =
    g_param_spec_object ("repo", NULL, NULL, DOJO_TYPE_REPO,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DojoBranchDialog::merge-conflicts:
   * @branch: the branch merged in
   * @paths: the files in conflict, relative to the project
   *
   * A merge stopped at conflicts; the dialog closes right after.
   */
  signals[MERGE_CONFLICTS] =
    g_signal_new ("merge-conflicts", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRV);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-branch-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, banner_paragraphs);
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, banner_button);
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, branch_list);
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DojoBranchDialog, hint_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_activated);

  gtk_widget_class_install_action (widget_class, "branches.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "branches.switch", "s", switch_action);
  gtk_widget_class_install_action (widget_class, "branches.merge", "s", merge_action);
  gtk_widget_class_install_action (widget_class, "branches.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "branches.commit-first", "s",
                                   commit_first_action);
  gtk_widget_class_install_action (widget_class, "branches.commit-then-merge", "s",
                                   commit_then_merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_branch_dialog_init (DojoBranchDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->name_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->hint_label, NULL,
                                  -1);
  validate_name (self);
}

DojoBranchDialog *
dojo_branch_dialog_new (GtkWindow *parent,
                        DojoRepo  *repo)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  return g_object_new (DOJO_TYPE_BRANCH_DIALOG,
                       "transient-for", parent,
                       "repo", repo,
                       NULL);
}

DojoRepo *
dojo_branch_dialog_get_repo (DojoBranchDialog *self)
{
  g_return_val_if_fail (DOJO_IS_BRANCH_DIALOG (self), NULL);

  return self->repo;
}

/* Types @name into the "new branch" entry. */
void
dojo_branch_dialog_set_new_name (DojoBranchDialog *self,
                                 const char       *name)
{
  g_return_if_fail (DOJO_IS_BRANCH_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
}

/* The guidance under the "new branch" entry. */
const char *
dojo_branch_dialog_get_hint (DojoBranchDialog *self)
{
  g_return_val_if_fail (DOJO_IS_BRANCH_DIALOG (self), NULL);

  return gtk_label_get_label (self->hint_label);
}

/* The message at the top of the dialog, or %NULL. */
const char *
dojo_branch_dialog_get_banner (DojoBranchDialog *self)
{
  g_return_val_if_fail (DOJO_IS_BRANCH_DIALOG (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return self->banner;
}

/* TRUE while a switch, a merge or a read of the branches is in progress. */
gboolean
dojo_branch_dialog_get_busy (DojoBranchDialog *self)
{
  g_return_val_if_fail (DOJO_IS_BRANCH_DIALOG (self), FALSE);

  return self->busy > 0 || self->listing;
}
