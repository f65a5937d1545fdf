/* dojo-compare-dialog.c: two versions of a file side by side, to choose one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-compare-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "dojo-compare-dialog.h"
#include "dojo-source-util.h"

/* The learner's unsaved text and the file as something else changed it,
 * next to each other, read-only: they can copy from either, then choose
 * which one the file keeps. The editor does the choosing. */
struct _DojoCompareDialog
{
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkLabel        *explanation;
  GtkSourceView   *mine_view;
  GtkSourceView   *other_view;
};

G_DEFINE_FINAL_TYPE (DojoCompareDialog, dojo_compare_dialog, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DojoCompareDialog *self = DOJO_COMPARE_DIALOG (widget);
  gboolean keep_mine = g_str_equal (action_name, "compare.keep-mine");

  g_signal_emit (self, signals[CHOSEN], 0, keep_mine);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
dojo_compare_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOJO_TYPE_COMPARE_DIALOG);

  G_OBJECT_CLASS (dojo_compare_dialog_parent_class)->dispose (object);
}

static void
dojo_compare_dialog_class_init (DojoCompareDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_compare_dialog_dispose;

  /**
   * DojoCompareDialog::chosen:
   * @keep_mine: %TRUE for the learner's version, %FALSE for the other
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-compare-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoCompareDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, DojoCompareDialog, explanation);
  gtk_widget_class_bind_template_child (widget_class, DojoCompareDialog, mine_view);
  gtk_widget_class_bind_template_child (widget_class, DojoCompareDialog, other_view);

  gtk_widget_class_install_action (widget_class, "compare.keep-mine", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "compare.use-other", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_compare_dialog_init (DojoCompareDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
show_text (GtkSourceView *view,
           const char    *text)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));

  gtk_source_buffer_set_language (buffer, dojo_source_util_get_python ());
  dojo_source_util_follow_style (buffer);
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (buffer), text, -1);
}

/**
 * dojo_compare_dialog_new:
 * @parent: the window to show it over
 * @file_name: the file's name, as the learner knows it
 * @mine: the text in the editor
 * @other: the text in the file on disk
 *
 * Returns: (transfer none): the dialog, shown
 */
DojoCompareDialog *
dojo_compare_dialog_new (GtkWindow  *parent,
                         const char *file_name,
                         const char *mine,
                         const char *other)
{
  DojoCompareDialog *self;
  g_autofree char *title = NULL;
  g_autofree char *explanation = NULL;

  g_return_val_if_fail (file_name != NULL && mine != NULL && other != NULL, NULL);

  self = g_object_new (DOJO_TYPE_COMPARE_DIALOG, "transient-for", parent, NULL);

  /* Translators: %s is a file name, like tasks.py. */
  title = g_strdup_printf (_("Two Versions of %s"), file_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  explanation = g_strdup_printf (_("%s was changed outside the editor (in the Shell, by git or "
                                   "by another program) while you were typing. Copy what you "
                                   "need from either side, then choose the version the file "
                                   "keeps. The one you do not choose is kept in Dojo’s "
                                   "“recovered” folder."), file_name);
  gtk_label_set_label (self->explanation, explanation);
  show_text (self->mine_view, mine);
  show_text (self->other_view, other);

  gtk_window_present (GTK_WINDOW (self));

  return self;
}
