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
#include "dojo-history-view.h"
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

  DojoRepo        *repo;
  DojoRepoMonitor *monitor;
  GFile           *directory;
  GCancellable    *cancellable;
  GMenu           *menu;
  char            *branch;
  char            *back_branch;
  guint            n_changes;
  DojoVcsButtonPrepareFunc prepare_func;
  gpointer         prepare_data;
  GDestroyNotify   prepare_destroy;
  /* Set while dojo_vcs_button_activate_prepared() runs an action. */
  guint            prepared : 1;
  guint            detached : 1;
  guint            known : 1;
};

G_DEFINE_FINAL_TYPE (DojoVcsButton, dojo_vcs_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPO,
  PROP_DIRECTORY,
  PROP_N_CHANGES,
  N_PROPS
};

enum {
  COMMITTED,
  REPOSITORY_CHANGED,
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
}

static void
rebuild_menu (DojoVcsButton *self)
{
  g_autoptr(GMenu) main_section = g_menu_new ();
  g_autoptr(GMenu) branch_section = g_menu_new ();
  g_autofree char *branch_label = NULL;

  g_menu_remove_all (self->menu);

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
}

static void
show_state (DojoVcsButton *self,
            const char    *label,
            const char    *icon_name,
            const char    *tooltip)
{
  gtk_label_set_label (self->label, label);
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
status_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *head = NULL;
  gboolean has_commits;
  DojoVcsButton *self;
  DojoRepo *repo = DOJO_REPO (object);

  changes = dojo_repo_status_finish (repo, result, &error);
  if (_dojo_vcs_is_cancelled (error))
    return;

  self = DOJO_VCS_BUTTON (user_data);
  if (repo != self->repo)
    return;

  self->known = TRUE;

  if (changes == NULL)
    {
      set_n_changes (self, 0);
      show_state (self, _("Git problem"), "dialog-warning-symbolic", error->message);
      update_actions (self);
      return;
    }

  g_clear_pointer (&self->branch, g_free);
  g_clear_pointer (&self->back_branch, g_free);
  self->detached = dojo_repo_is_detached (repo);
  self->branch = dojo_repo_get_current_branch (repo);
  if (self->detached)
    self->back_branch = _dojo_vcs_default_branch (repo);

  set_n_changes (self, changes->len);
  head = dojo_repo_get_head_id (repo);
  has_commits = head != NULL;

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
  else if (!has_commits)
    {
      /* A new project: "changes" since a commit that never happened would
       * puzzle a beginner. */
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new file", "%u new files",
                                            changes->len), changes->len);
      tooltip = g_strdup (_("Nothing is committed yet in this project. Commit when your code "
                            "works, to keep a version you can always go back to."));
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

  rebuild_menu (self);
  update_actions (self);
}

/**
 * dojo_vcs_button_refresh:
 *
 * Reads the status again, in a worker thread. The button does this by
 * itself whenever the project's files or its .git folder change.
 */
void
dojo_vcs_button_refresh (DojoVcsButton *self)
{
  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->repo == NULL)
    {
      set_n_changes (self, 0);
      self->detached = FALSE;
      gtk_stack_set_visible_child_name (self->stack, "start");
      gtk_widget_set_visible (GTK_WIDGET (self), self->directory != NULL);
      update_actions (self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_stack_set_visible_child_name (self->stack, "menu");
  self->cancellable = g_cancellable_new ();
  dojo_repo_status_async (self->repo, self->cancellable, status_cb, self);
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

static DojoCommitDialog *
open_commit_dialog (DojoVcsButton *self)
{
  DojoCommitDialog *dialog = dojo_commit_dialog_new (parent_window (self), self->repo);

  g_signal_connect_object (dialog, "committed", G_CALLBACK (on_committed), self,
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
branches_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DojoVcsButton *self = DOJO_VCS_BUTTON (widget);

  if (self->repo != NULL && !wait_for_prepare (self, action_name))
    gtk_window_present (GTK_WINDOW (dojo_branch_dialog_new (parent_window (self), self->repo)));
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
  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_VCS_BUTTON);
  g_clear_object (&self->cancellable);
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
}

static void
dojo_vcs_button_init (DojoVcsButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->menu = g_menu_new ();
  gtk_popover_menu_set_menu_model (self->popover, G_MENU_MODEL (self->menu));
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

  g_set_object (&self->repo, repo);
  g_clear_object (&self->monitor);
  self->known = FALSE;

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

/**
 * dojo_vcs_button_set_directory:
 * @directory: (nullable): the project folder
 *
 * Opens the git repository in @directory; if there is none, the button
 * offers "Start Tracking".
 */
void
dojo_vcs_button_set_directory (DojoVcsButton *self,
                               GFile         *directory)
{
  g_autoptr(DojoRepo) repo = NULL;

  g_return_if_fail (DOJO_IS_VCS_BUTTON (self));
  g_return_if_fail (directory == NULL || G_IS_FILE (directory));

  if (directory != NULL && self->directory != NULL && g_file_equal (directory, self->directory))
    return;

  g_set_object (&self->directory, directory);

  if (directory != NULL)
    repo = dojo_repo_open (directory, NULL);

  /* set_repo() refreshes, but not when the repository stays NULL. */
  if (repo == NULL && self->repo == NULL)
    dojo_vcs_button_refresh (self);
  dojo_vcs_button_set_repo (self, repo);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

guint
dojo_vcs_button_get_n_changes (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), 0);

  return self->n_changes;
}

/* What the button says: "3 changes", "No changes", "Start Tracking"… */
const char *
dojo_vcs_button_get_label (DojoVcsButton *self)
{
  g_return_val_if_fail (DOJO_IS_VCS_BUTTON (self), NULL);

  if (self->repo == NULL)
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
