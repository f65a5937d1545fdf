/* dojo-vcs-util.c: small helpers shared by the version control widgets
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-vcs-util"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-vcs-util.h"

/* "5 minutes ago" reads better than a date for the recent past, which is
 * where a learner's history mostly is. */
char *
_dojo_vcs_relative_time (GDateTime *time)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = NULL;
  GTimeSpan span;
  gint64 minutes;
  gint64 hours;
  gint64 days;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  span = g_date_time_difference (now, local);
  if (span < 0)
    span = 0;

  minutes = span / G_TIME_SPAN_MINUTE;
  hours = span / G_TIME_SPAN_HOUR;
  days = span / G_TIME_SPAN_DAY;

  if (minutes < 1)
    return g_strdup (_("just now"));
  if (hours < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago",
                                         minutes), (int)minutes);
  if (days < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", hours),
                            (int)hours);
  if (days < 2)
    return g_strdup (_("yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days),
                            (int)days);

  /* TRANSLATORS: a date in the history, see strftime(3) */
  return g_date_time_format (local, _("%e %B %Y"));
}

const char *
_dojo_vcs_status_label (DojoFileStatus status)
{
  switch (status)
    {
    case DOJO_FILE_STATUS_NEW:        return _("New");
    case DOJO_FILE_STATUS_MODIFIED:   return _("Changed");
    case DOJO_FILE_STATUS_DELETED:    return _("Deleted");
    case DOJO_FILE_STATUS_RENAMED:    return _("Renamed");
    case DOJO_FILE_STATUS_TYPECHANGE: return _("Changed type");
    case DOJO_FILE_STATUS_CONFLICTED: return _("Conflict");
    case DOJO_FILE_STATUS_UNCHANGED:
    default:                          return _("Unchanged");
    }
}

const char *
_dojo_vcs_status_icon (DojoFileStatus status)
{
  switch (status)
    {
    case DOJO_FILE_STATUS_NEW:        return "list-add-symbolic";
    case DOJO_FILE_STATUS_DELETED:    return "list-remove-symbolic";
    case DOJO_FILE_STATUS_CONFLICTED: return "dialog-warning-symbolic";
    case DOJO_FILE_STATUS_RENAMED:    return "document-edit-symbolic";
    case DOJO_FILE_STATUS_MODIFIED:
    case DOJO_FILE_STATUS_TYPECHANGE:
    case DOJO_FILE_STATUS_UNCHANGED:
    default:                          return "document-edit-symbolic";
    }
}

const char *
_dojo_vcs_status_class (DojoFileStatus status)
{
  switch (status)
    {
    case DOJO_FILE_STATUS_NEW:        return "vcs-new";
    case DOJO_FILE_STATUS_DELETED:    return "vcs-deleted";
    case DOJO_FILE_STATUS_CONFLICTED: return "vcs-conflicted";
    default:                          return "vcs-modified";
    }
}

/* A row for a changed file: a coloured icon, the path, and what happened
 * to it in words, so the colour is never the only clue. The path is the
 * row's name. */
static GtkWidget *
file_row_new (const char *path,
              const char *icon_name,
              const char *label,
              const char *css_class)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *name = gtk_label_new (path);
  GtkWidget *what = gtk_label_new (label);
  g_autofree char *description = g_strdup_printf ("%s, %s", path, label);

  gtk_widget_add_css_class (box, "vcs-file");
  gtk_widget_add_css_class (icon, css_class);
  gtk_widget_add_css_class (what, css_class);
  gtk_widget_add_css_class (what, "caption");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_set_tooltip_text (name, path);

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), what);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, path);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return row;
}

GtkWidget *
_dojo_vcs_file_row_new (const char     *path,
                        DojoFileStatus  status)
{
  return file_row_new (path, _dojo_vcs_status_icon (status), _dojo_vcs_status_label (status),
                       _dojo_vcs_status_class (status));
}

/* Whether a merge's markers are still in @file's new lines: git calls the
 * file conflicted until it is staged, markers or not. */
gboolean
_dojo_vcs_file_has_markers (const DojoDiffFile *file)
{
  for (guint i = 0; i < file->hunks->len; i++)
    {
      const DojoDiffHunk *hunk = g_ptr_array_index (file->hunks, i);

      for (guint j = 0; j < hunk->lines->len; j++)
        {
          const DojoDiffLine *line = g_ptr_array_index (hunk->lines, j);

          if (line->origin == '+'
              && (g_str_has_prefix (line->content, "<<<<<<<")
                  || g_str_has_prefix (line->content, ">>>>>>>")))
            return TRUE;
        }
    }

  return FALSE;
}

/* A row for a file of a change not committed yet: a conflicted file whose
 * markers are gone says it is resolved, as its diff does, rather than
 * "Conflict" in red beside a header that says the opposite. */
GtkWidget *
_dojo_vcs_diff_file_row_new (const DojoDiffFile *file)
{
  const char *path = file->new_path ? file->new_path : file->old_path;

  if (file->status == DOJO_FILE_STATUS_CONFLICTED && !_dojo_vcs_file_has_markers (file))
    return file_row_new (path, "object-select-symbolic",
                         /* Translators: a file whose merge conflict the learner has settled */
                         _("Resolved"), "vcs-modified");

  return _dojo_vcs_file_row_new (path, file->status);
}

/* The branch to go back to from an old version: "main" or "master" when
 * they exist, else the first one. */
char *
_dojo_vcs_default_branch (DojoRepo *repo)
{
  g_autoptr(GPtrArray) branches = dojo_repo_list_branches (repo, NULL);

  return _dojo_vcs_pick_default_branch (branches);
}

/* Of @branches (DojoBranchInfo, or %NULL): "main" or "master", else the
 * first, else "main". */
char *
_dojo_vcs_pick_default_branch (GPtrArray *branches)
{
  const char *first = NULL;

  if (branches == NULL)
    return g_strdup ("main");

  for (guint i = 0; i < branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (branches, i);

      if (g_str_equal (info->name, "main") || g_str_equal (info->name, "master"))
        return g_strdup (info->name);
      if (first == NULL)
        first = info->name;
    }

  return g_strdup (first ? first : "main");
}

gboolean
_dojo_vcs_is_cancelled (const GError *error)
{
  return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* gtk_list_box_remove_all() is GTK 4.12. */
void
_dojo_vcs_list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The last row of a list cut at DOJO_VCS_SHOWN_FILES. */
GtkWidget *
_dojo_vcs_more_files_row_new (guint n_more)
{
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "…and %u more file",
                                                        "…and %u more files", n_more),
                                           n_more);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

/* Whether a patch text of @n_files files is as long as it is shown: the
 * files after it are only counted, for _dojo_vcs_patch_text_finish(). */
gboolean
_dojo_vcs_patch_text_full (const GString *text,
                           guint          n_files)
{
  return n_files >= DOJO_VCS_SHOWN_FILES || text->len > DOJO_VCS_SHOWN_PATCH_SIZE;
}

/* Cuts @text (a patch) at DOJO_VCS_SHOWN_PATCH_SIZE, on a line end, and says
 * what is not shown: the rest of the text, and @n_hidden_files left out. */
void
_dojo_vcs_patch_text_finish (GString *text,
                             guint    n_hidden_files)
{
  if (text->len > DOJO_VCS_SHOWN_PATCH_SIZE)
    {
      const char *cut = g_strrstr_len (text->str, DOJO_VCS_SHOWN_PATCH_SIZE, "\n");

      g_string_truncate (text, cut != NULL ? (gsize) (cut - text->str) + 1 : 0);
      g_string_append (text, _("(The rest of these changes is too long to show here.)"));
      g_string_append_c (text, '\n');
    }

  if (n_hidden_files > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "(…and %u more file, not shown here.)",
                                                 "(…and %u more files, not shown here.)",
                                                 n_hidden_files),
                              n_hidden_files);
      g_string_append_c (text, '\n');
    }
}

GtkWindow *
_dojo_vcs_window_for (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}
