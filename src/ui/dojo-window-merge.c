/* dojo-window-merge.c: the window while a merge is under way
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A merge that stops at conflicts is settled in the editor: the conflicted
 * files open in tabs with their conflicts marked (DojoConflictMarks), and a
 * banner above the editor says what is going on, with Commit Merge and
 * Abort Merge.  The banner follows the header button's reading of the
 * repository, so a merge started or finished with git in the Shell shows
 * too.
 */

#define G_LOG_DOMAIN "dojo-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-conflict-marks.h"
#include "dojo-project.h"
#include "dojo-window-private.h"

#define CONFLICT_MARKS_KEY "dojo-conflict-marks"

static DojoConflictMarks *
marks_of (DojoEditor *editor)
{
  return g_object_get_data (G_OBJECT (editor), CONFLICT_MARKS_KEY);
}

static void
name_sides (DojoWindow *self)
{
  const DojoMergeState *state = dojo_vcs_button_get_merge_state (self->vcs_button);
  const char *current = state ? dojo_vcs_button_get_branch (self->vcs_button) : NULL;
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (self->tabs);

  for (guint i = 0; i < editors->len; i++)
    {
      DojoConflictMarks *marks = marks_of (g_ptr_array_index (editors, i));

      if (marks != NULL)
        dojo_conflict_marks_set_branches (marks, current, state ? state->branch : NULL);
    }
}

static void open_conflicts (DojoWindow         *self,
                            const char * const *paths,
                            gboolean            focus);

static void
on_merge_changed (DojoWindow *self)
{
  const DojoMergeState *state = dojo_vcs_button_get_merge_state (self->vcs_button);
  GPtrArray *unresolved = dojo_vcs_button_get_unresolved (self->vcs_button);
  DojoRepo *repo = dojo_vcs_button_get_repo (self->vcs_button);
  const char *current = dojo_vcs_button_get_branch (self->vcs_button);
  g_autofree char *what = NULL;
  g_autofree char *text = NULL;
  guint left;

  name_sides (self);

  if (state == NULL || repo == NULL)
    {
      self->merge_opened = FALSE;
      gtk_revealer_set_reveal_child (self->merge_revealer, FALSE);
      _dojo_window_update_actions (self);
      return;
    }

  /* A merge begun with git in the Shell, or found when the project opened:
   * its conflicts open too, without taking the keyboard from the Shell. */
  if (!self->merge_opened && unresolved != NULL && unresolved->len > 0)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) paths = NULL;

      for (guint i = 0; i < unresolved->len; i++)
        g_strv_builder_add (builder, g_ptr_array_index (unresolved, i));
      paths = g_strv_builder_end (builder);
      open_conflicts (self, (const char * const *)paths, FALSE);
    }

  left = unresolved ? unresolved->len : 0;
  /* Translators: the first %s is the branch merged in, like “feature”; the
   * second the learner's branch, like “main”. */
  what = g_strdup_printf (_("Merging “%s” into “%s”"), state->branch,
                          current ? current : _("this branch"));

  if (left > 0)
    /* Translators: %s is “Merging “feature” into “main””; %u a number of files. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s: %u file has conflicts. Both branches changed "
                                         "the same lines; choose what to keep in it, then "
                                         "commit the merge.",
                                         "%s: %u files have conflicts. Both branches changed "
                                         "the same lines; choose what to keep in each, then "
                                         "commit the merge.", left),
                            what, left);
  else
    /* Translators: %s is “Merging “feature” into “main””. */
    text = g_strdup_printf (_("%s: every conflict is resolved. Commit the merge to finish "
                              "it."), what);

  gtk_label_set_label (self->merge_label, text);
  gtk_revealer_set_reveal_child (self->merge_revealer, TRUE);
  _dojo_window_update_actions (self);
}

/* Opens @paths, the first in front; @focus gives it the keyboard too. */
static void
open_conflicts (DojoWindow         *self,
                const char * const *paths,
                gboolean            focus)
{
  GFile *directory;
  DojoEditor *first = NULL;

  if (self->project == NULL || paths == NULL)
    return;

  self->merge_opened = TRUE;

  /* Open tabs show the markers the merge wrote, before the monitor says. */
  dojo_editor_tabs_sync_with_disk (self->tabs);
  directory = dojo_project_get_directory (self->project);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (directory, paths[i]);
      g_autoptr(GError) error = NULL;
      DojoEditor *editor;

      /* A file deleted on one side has no text to mark. */
      if (!g_file_query_exists (file, NULL))
        continue;

      editor = dojo_editor_tabs_open (self->tabs, file, first == NULL, &error);
      if (editor == NULL)
        {
          _dojo_window_show_error (self, _("Could not open a file with conflicts"), error);
          continue;
        }
      if (marks_of (editor) != NULL)
        dojo_conflict_marks_update (marks_of (editor));
      if (first == NULL)
        first = editor;
    }

  name_sides (self);
  if (first != NULL)
    {
      dojo_editor_tabs_set_active (self->tabs, first);
      if (focus)
        gtk_widget_grab_focus (GTK_WIDGET (dojo_editor_get_view (first)));
    }
}

/* The merge stopped at conflicts: they are settled in the editor. */
static void
on_merge_conflicts (DojoWindow         *self,
                    const char         *branch,
                    const char * const *paths)
{
  open_conflicts (self, paths, TRUE);
}

static void
on_merge_aborted (DojoWindow *self,
                  const char *keep_dir,
                  guint       n_kept)
{
  g_autofree char *text = NULL;
  AdwToast *toast;

  dojo_editor_tabs_sync_with_disk (self->tabs);

  if (keep_dir != NULL && n_kept > 0)
    /* Translators: %s is a folder. */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The merge is aborted: your project is as it was "
                                         "before. The file you had edited is kept in %s",
                                         "The merge is aborted: your project is as it was "
                                         "before. The files you had edited are kept in %s",
                                         n_kept),
                            keep_dir);
  else
    text = g_strdup (_("The merge is aborted: your project is as it was before."));

  toast = adw_toast_new (text);
  adw_toast_set_timeout (toast, n_kept > 0 ? 0 : 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* From the commit dialog: the file that still has markers, at its line. */
static void
on_open_file (DojoWindow *self,
              const char *path,
              guint       line)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  DojoEditor *editor;

  if (self->project == NULL)
    return;

  file = g_file_resolve_relative_path (dojo_project_get_directory (self->project), path);
  editor = dojo_editor_tabs_open (self->tabs, file, TRUE, &error);
  if (editor == NULL)
    {
      _dojo_window_show_error (self, _("Could not open the file"), error);
      return;
    }

  dojo_editor_go_to_line (editor, line);
  gtk_widget_grab_focus (GTK_WIDGET (dojo_editor_get_view (editor)));
}

void
_dojo_window_merge_init (DojoWindow *self)
{
  g_signal_connect_object (self->vcs_button, "merge-changed",
                           G_CALLBACK (on_merge_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vcs_button, "merge-conflicts",
                           G_CALLBACK (on_merge_conflicts), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vcs_button, "merge-aborted",
                           G_CALLBACK (on_merge_aborted), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->vcs_button, "open-file",
                           G_CALLBACK (on_open_file), self, G_CONNECT_SWAPPED);
}

/* Every editor marks conflicts, whenever its text has them: a merge made
 * with git in the Shell leaves them too. */
void
_dojo_window_merge_watch_editor (DojoWindow *self,
                                 DojoEditor *editor)
{
  DojoConflictMarks *marks = dojo_conflict_marks_new (dojo_editor_get_view (editor));

  g_object_set_data_full (G_OBJECT (editor), CONFLICT_MARKS_KEY, marks, g_object_unref);
  name_sides (self);
}

gboolean
_dojo_window_get_merging (DojoWindow *self)
{
  return dojo_vcs_button_get_merge_state (self->vcs_button) != NULL;
}

static void
commit_merge_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  gtk_widget_activate_action (GTK_WIDGET (DOJO_WINDOW (widget)->vcs_button), "vcs.commit", NULL);
}

static void
abort_merge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_widget_activate_action (GTK_WIDGET (DOJO_WINDOW (widget)->vcs_button), "vcs.abort-merge",
                              NULL);
}

void
_dojo_window_class_add_merge_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.commit-merge", NULL, commit_merge_action);
  gtk_widget_class_install_action (widget_class, "win.abort-merge", NULL, abort_merge_action);
}

void
_dojo_window_merge_update_actions (DojoWindow *self)
{
  gboolean merging = _dojo_window_get_merging (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.commit-merge", merging);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.abort-merge", merging);
}
