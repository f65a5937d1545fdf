/* dojo-library-dialog.c: the learner's courses, to pick one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-library-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-course.h"
#include "dojo-library-dialog.h"
#include "dojo-library.h"

struct _DojoLibraryDialog
{
  AdwWindow     parent_instance;

  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkListBox   *list;

  DojoProgress *progress;
  char         *current_pack_id;
  GCancellable *cancellable;
  guint         n_courses;
};

G_DEFINE_FINAL_TYPE (DojoLibraryDialog, dojo_library_dialog, ADW_TYPE_WINDOW)

enum {
  COURSE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
authors_text (DojoPack *pack)
{
  const char * const *authors = dojo_pack_get_authors (pack);

  if (authors == NULL || authors[0] == NULL)
    return g_strdup ("");

  return g_strjoinv (", ", (char **)authors);
}

static GtkWidget *
make_row (DojoLibraryDialog *self,
          DojoPack          *pack)
{
  g_autoptr(DojoCourse) course = dojo_course_new (pack, self->progress);
  g_autofree char *authors = authors_text (pack);
  g_autofree char *subtitle = NULL;
  g_autofree char *done = NULL;
  guint n_items = dojo_pack_get_n_items (pack);
  guint n_done = dojo_course_count_done (course);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *done_label;
  GtkWidget *bar = gtk_progress_bar_new ();

  /* Translators: a course's authors and version, e.g. "The Dojo authors · version 1.0.0". */
  subtitle = g_strdup_printf (_("%s · version %s"), authors, dojo_pack_get_version (pack));
  /* Titles and authors are a teacher's text, not markup ("R&D", "<ada@…>"). */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dojo_pack_get_title (pack));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  done = g_strdup_printf (_("%u of %u done"), n_done, n_items);
  done_label = gtk_label_new (done);
  gtk_widget_add_css_class (done_label, "caption");
  gtk_widget_add_css_class (done_label, "dim-label");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), n_items ? (double)n_done / n_items : 0);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_box_append (GTK_BOX (suffix), done_label);
  gtk_box_append (GTK_BOX (suffix), bar);
  gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);

  if (g_strcmp0 (dojo_pack_get_id (pack), self->current_pack_id) == 0)
    {
      GtkWidget *current = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_widget_set_tooltip_text (current, _("The course you are taking"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), current);
    }

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "dojo-pack-id",
                          g_strdup (dojo_pack_get_id (pack)), g_free);

  return row;
}

static void
scanned_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DojoLibraryDialog) self = user_data;
  g_autoptr(GPtrArray) packs = dojo_library_scan_finish (result, NULL);

  if (packs == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  gtk_spinner_stop (self->spinner);
  self->n_courses = packs->len;

  for (guint i = 0; i < packs->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (packs, i)));

  gtk_stack_set_visible_child_name (self->stack, packs->len > 0 ? "list" : "empty");
}

static void
on_row_activated (DojoLibraryDialog *self,
                  GtkListBoxRow     *row)
{
  const char *pack_id = g_object_get_data (G_OBJECT (row), "dojo-pack-id");

  g_signal_emit (self, signals[COURSE_CHOSEN], 0, pack_id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
dojo_library_dialog_dispose (GObject *object)
{
  DojoLibraryDialog *self = (DojoLibraryDialog *)object;

  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_LIBRARY_DIALOG);

  g_clear_object (&self->progress);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->current_pack_id, g_free);

  G_OBJECT_CLASS (dojo_library_dialog_parent_class)->dispose (object);
}

static void
dojo_library_dialog_class_init (DojoLibraryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_library_dialog_dispose;

  /**
   * DojoLibraryDialog::course-chosen:
   * @pack_id: the id of the course the learner picked
   */
  signals[COURSE_CHOSEN] =
    g_signal_new ("course-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-library-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoLibraryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DojoLibraryDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, DojoLibraryDialog, list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_library_dialog_init (DojoLibraryDialog *self)
{
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Courses"),
                                  -1);
  g_signal_connect_object (self->list, "row-activated",
                           G_CALLBACK (on_row_activated), self, G_CONNECT_SWAPPED);
}

/**
 * dojo_library_dialog_new:
 * @parent: the window it belongs to
 * @progress: the learner's progress, to show how far they are in each course
 * @current_pack_id: (nullable): the course the window shows
 *
 * Lists the built-in and the installed courses; reading them happens in a
 * thread, so the dialog opens at once.
 */
DojoLibraryDialog *
dojo_library_dialog_new (GtkWindow    *parent,
                         DojoProgress *progress,
                         const char   *current_pack_id)
{
  DojoLibraryDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOJO_IS_PROGRESS (progress), NULL);

  self = g_object_new (DOJO_TYPE_LIBRARY_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->progress = g_object_ref (progress);
  self->current_pack_id = g_strdup (current_pack_id);

  gtk_spinner_start (self->spinner);
  dojo_library_scan_async (self->cancellable, scanned_cb, g_object_ref (self));

  return self;
}

/**
 * dojo_library_dialog_get_n_courses:
 * @self: a library dialog
 *
 * Returns: how many courses it lists (0 until they have been read)
 */
guint
dojo_library_dialog_get_n_courses (DojoLibraryDialog *self)
{
  g_return_val_if_fail (DOJO_IS_LIBRARY_DIALOG (self), 0);

  return self->n_courses;
}
