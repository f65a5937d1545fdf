/* dojo-diff-view.c: a read-only, highlighted view of changes or of a file
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-diff-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "dojo-vcs-util.h"
#include "dojo-diff-view.h"
#include "dojo-source-util.h"

struct _DojoDiffView
{
  GtkWidget        parent_instance;

  GtkWidget       *scroller;
  GtkSourceView   *view;
  GtkSourceBuffer *buffer;
};

G_DEFINE_FINAL_TYPE (DojoDiffView, dojo_diff_view, GTK_TYPE_WIDGET)

static void
dojo_diff_view_dispose (GObject *object)
{
  DojoDiffView *self = DOJO_DIFF_VIEW (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);

  G_OBJECT_CLASS (dojo_diff_view_parent_class)->dispose (object);
}

static void
dojo_diff_view_class_init (DojoDiffViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_diff_view_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dojodiffview");
}

static void
dojo_diff_view_init (DojoDiffView *self)
{
  self->buffer = gtk_source_buffer_new (NULL);
  self->view = GTK_SOURCE_VIEW (gtk_source_view_new_with_buffer (self->buffer));
  g_object_unref (self->buffer);

  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->view), GTK_WRAP_NONE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->view), 8);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Changes"),
                                  -1);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);

  dojo_source_util_follow_style (self->buffer);
}

GtkWidget *
dojo_diff_view_new (void)
{
  return g_object_new (DOJO_TYPE_DIFF_VIEW, NULL);
}

/**
 * dojo_diff_view_set_diff:
 * @diff: (nullable): the changes, or %NULL to show nothing
 * @path: (nullable): show only this file, or %NULL for every file
 */
void
dojo_diff_view_set_diff (DojoDiffView *self,
                         DojoDiff     *diff,
                         const char   *path)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_if_fail (DOJO_IS_DIFF_VIEW (self));

  if (diff != NULL)
    {
      GPtrArray *files = dojo_diff_get_files (diff);
      guint shown = 0;
      guint hidden = 0;

      for (guint i = 0; i < files->len; i++)
        {
          const DojoDiffFile *file = g_ptr_array_index (files, i);

          if (path != NULL
              && g_strcmp0 (file->new_path, path) != 0
              && g_strcmp0 (file->old_path, path) != 0)
            continue;

          if (_dojo_vcs_patch_text_full (text, shown))
            {
              hidden++;
              continue;
            }

          /* Each file's text starts with its own "diff --git" line. */
          g_string_append (text, file->patch);
          shown++;
        }
      _dojo_vcs_patch_text_finish (text, hidden);
    }

  dojo_diff_view_set_text (self, text->str, "diff");
}

/**
 * dojo_diff_view_set_text:
 * @language_id: (nullable): a GtkSourceView language, like "diff" or "python"
 */
void
dojo_diff_view_set_text (DojoDiffView *self,
                         const char   *text,
                         const char   *language_id)
{
  GtkSourceLanguageManager *manager = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *language = NULL;

  g_return_if_fail (DOJO_IS_DIFF_VIEW (self));

  if (language_id != NULL)
    language = gtk_source_language_manager_get_language (manager, language_id);

  gtk_source_buffer_set_language (self->buffer, language);
  gtk_source_buffer_set_highlight_syntax (self->buffer, language != NULL);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text ? text : "", -1);
  gtk_source_view_set_show_line_numbers (self->view,
                                         language != NULL && !g_str_equal (language_id, "diff"));
}

char *
dojo_diff_view_dup_text (DojoDiffView *self)
{
  GtkTextIter start;
  GtkTextIter end;

  g_return_val_if_fail (DOJO_IS_DIFF_VIEW (self), NULL);

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);

  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}
