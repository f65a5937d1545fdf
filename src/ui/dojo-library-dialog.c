/* dojo-library-dialog.c: the learner's courses, to pick one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-library-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-course.h"
#include "dojo-export.h"
#include "dojo-install-dialog.h"
#include "dojo-installer.h"
#include "dojo-library-dialog.h"
#include "dojo-library.h"
#include "dojo-markdown.h"

struct _DojoLibraryDialog
{
  AdwWindow     parent_instance;

  GtkStack     *stack;
  GtkSpinner   *spinner;
  GtkListBox   *list;
  AdwToastOverlay *toast_overlay;

  DojoProgress *progress;
  GPtrArray    *packs;
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

static void install_action (GtkWidget *widget, const char *action_name, GVariant *param);
static void export_action  (GtkWidget *widget, const char *action_name, GVariant *param);
static void remove_action  (GtkWidget *widget, const char *action_name, GVariant *param);

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
  /* The row shows the title's words: the teacher writes Markdown. */
  g_autofree char *title = dojo_markdown_to_plain_text (dojo_pack_get_title (pack));
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
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
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

  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *button = gtk_menu_button_new ();
    g_autofree char *export_action_name = NULL;
    g_autofree char *remove_action_name = NULL;

    export_action_name = g_strdup_printf ("library.export('%s')", dojo_pack_get_id (pack));
    g_menu_append (menu, _("_Export My Work…"), export_action_name);

    /* The built-in course comes with Dojo, and the open course is in use. */
    if (!g_str_equal (dojo_pack_get_id (pack), DOJO_BUILTIN_PACK_ID) &&
        g_strcmp0 (dojo_pack_get_id (pack), self->current_pack_id) != 0)
      {
        remove_action_name = g_strdup_printf ("library.remove('%s')", dojo_pack_get_id (pack));
        g_menu_append (menu, _("_Remove…"), remove_action_name);
      }

    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
    gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (button, "flat");
    gtk_widget_set_tooltip_text (button, _("More for this course"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("More for this course"),
                                    -1);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
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
  GtkWidget *child;

  if (packs == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;

  gtk_spinner_stop (self->spinner);
  self->n_courses = packs->len;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  for (guint i = 0; i < packs->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (packs, i)));

  g_clear_pointer (&self->packs, g_ptr_array_unref);
  self->packs = g_steal_pointer (&packs);
  gtk_stack_set_visible_child_name (self->stack, self->packs->len > 0 ? "list" : "empty");
}

static void
rescan (DojoLibraryDialog *self)
{
  gtk_spinner_start (self->spinner);
  dojo_library_scan_async (self->cancellable, scanned_cb, g_object_ref (self));
}

static DojoPack *
find_pack (DojoLibraryDialog *self,
           const char        *pack_id)
{
  for (guint i = 0; self->packs != NULL && i < self->packs->len; i++)
    if (g_str_equal (dojo_pack_get_id (g_ptr_array_index (self->packs, i)), pack_id))
      return g_ptr_array_index (self->packs, i);

  return NULL;
}

static void
toast (DojoLibraryDialog *self,
       const char        *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
on_installed (DojoLibraryDialog *self,
              const char        *pack_id)
{
  /* Installed to be taken: open it. */
  g_signal_emit (self, signals[COURSE_CHOSEN], 0, pack_id);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * dojo_library_dialog_install:
 * @self: a library dialog
 * @archive: a `.dojopack` file
 *
 * Shows what @archive holds, to install it; once installed, the course is
 * chosen.
 */
void
dojo_library_dialog_install (DojoLibraryDialog *self,
                             GFile             *archive)
{
  DojoInstallDialog *dialog;

  g_return_if_fail (DOJO_IS_LIBRARY_DIALOG (self));
  g_return_if_fail (G_IS_FILE (archive));

  dialog = dojo_install_dialog_new (GTK_WINDOW (self), archive);
  g_signal_connect_object (dialog, "installed", G_CALLBACK (on_installed), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
install_response (GtkNativeDialog   *chooser,
                  int                response,
                  DojoLibraryDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        dojo_library_dialog_install (self, file);
    }

  g_object_unref (chooser);
}

static void
install_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DojoLibraryDialog *self = DOJO_LIBRARY_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  /* The native chooser goes through the portal, so this works in Flatpak
   * without any access to the learner's files. (GtkFileDialog is 4.10.) */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (_("Install a Course"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Dojo courses"));
  gtk_file_filter_add_mime_type (filter, "application/x-dojopack");
  gtk_file_filter_add_pattern (filter, "*.dojopack");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (install_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DojoLibraryDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (dojo_export_course_finish (result, &error))
    toast (self, _("Your work is exported: hand the file to your teacher"));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not export your work: %s"),
                                               error->message);

      toast (self, text);
    }
}

static void
export_response (GtkNativeDialog   *chooser,
                 int                response,
                 DojoLibraryDialog *self)
{
  const char *pack_id = g_object_get_data (G_OBJECT (chooser), "dojo-pack-id");
  DojoPack *pack = find_pack (self, pack_id);

  if (response == GTK_RESPONSE_ACCEPT && pack != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        dojo_export_course_async (pack, self->progress, file, self->cancellable,
                                  exported_cb, g_object_ref (self));
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DojoLibraryDialog *self = DOJO_LIBRARY_DIALOG (widget);
  const char *pack_id = g_variant_get_string (param, NULL);
  DojoPack *pack = find_pack (self, pack_id);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (pack == NULL)
    return;

  name = dojo_export_suggest_name (pack);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = gtk_file_chooser_native_new (_("Export My Work"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_object_set_data_full (G_OBJECT (chooser), "dojo-pack-id", g_strdup (pack_id), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
removed_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(DojoLibraryDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (dojo_installer_remove_finish (result, &error))
    {
      toast (self, _("The course is removed"));
      rescan (self);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *text = g_strdup_printf (_("Could not remove the course: %s"),
                                               error->message);

      toast (self, text);
    }
}

static void
remove_response (AdwMessageDialog  *dialog,
                 const char        *response,
                 DojoLibraryDialog *self)
{
  const char *pack_id = g_object_get_data (G_OBJECT (dialog), "dojo-pack-id");

  if (g_strcmp0 (response, "remove") == 0 || g_strcmp0 (response, "remove-all") == 0)
    dojo_installer_remove_async (pack_id, g_str_equal (response, "remove-all"),
                                 self->cancellable, removed_cb, g_object_ref (self));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DojoLibraryDialog *self = DOJO_LIBRARY_DIALOG (widget);
  const char *pack_id = g_variant_get_string (param, NULL);
  DojoPack *pack = find_pack (self, pack_id);
  g_autofree char *title = NULL;
  AdwMessageDialog *dialog;

  if (pack == NULL)
    return;

  title = dojo_markdown_to_plain_text (dojo_pack_get_title (pack));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Remove This Course?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” will no longer be listed. Your work for it is kept, "
                                    "and so is your progress: installing the course again "
                                    "brings both back."),
                                  title);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "remove-all", _("Remove With _My Work"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "remove-all", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "dojo-pack-id", g_strdup (pack_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (remove_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
  g_clear_pointer (&self->packs, g_ptr_array_unref);
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
  gtk_widget_class_bind_template_child (widget_class, DojoLibraryDialog, toast_overlay);

  gtk_widget_class_install_action (widget_class, "library.install", NULL, install_action);
  gtk_widget_class_install_action (widget_class, "library.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "library.remove", "s", remove_action);

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

  rescan (self);

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
