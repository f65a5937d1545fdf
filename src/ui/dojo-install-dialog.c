/* dojo-install-dialog.c: what a course file holds, before it is installed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-install-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-install-dialog.h"
#include "dojo-install-preview.h"
#include "dojo-installer.h"
#include "dojo-markdown.h"

struct _DojoInstallDialog
{
  AdwWindow           parent_instance;

  GtkStack           *stack;
  GtkSpinner         *spinner;
  GtkLabel           *busy_label;
  GtkLabel           *title_label;
  GtkLabel           *description_label;
  GtkLabel           *kind_label;
  GtkListBox         *facts;
  GtkWidget          *news_title;
  GtkLabel           *news_label;
  AdwStatusPage      *error_page;
  GtkButton          *install_button;

  GFile              *archive;
  DojoInstallPreview *preview;
  GCancellable       *cancellable;
  char               *state;
  char               *error;
};

G_DEFINE_FINAL_TYPE (DojoInstallDialog, dojo_install_dialog, ADW_TYPE_WINDOW)

enum {
  INSTALLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_state (DojoInstallDialog *self,
           const char        *state)
{
  g_free (self->state);
  self->state = g_strdup (state);

  if (g_str_equal (state, "busy"))
    {
      gtk_spinner_start (self->spinner);
      gtk_stack_set_visible_child_name (self->stack, "busy");
    }
  else
    {
      gtk_spinner_stop (self->spinner);
      if (!g_str_equal (state, "installed"))
        gtk_stack_set_visible_child_name (self->stack, state);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "install.install",
                                 g_str_equal (state, "preview"));
}

static void
show_error (DojoInstallDialog *self,
            GError            *error)
{
  g_free (self->error);
  self->error = g_strdup (error->message);
  adw_status_page_set_description (self->error_page, error->message);
  gtk_button_set_label (self->install_button, _("_Install"));
  set_state (self, "error");
}

static void
add_fact (DojoInstallDialog *self,
          const char        *title,
          const char        *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  /* A teacher's words, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* Facts are short; a long list of authors is cut, and whole in the
   * tooltip. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_set_tooltip_text (label, value);
  gtk_widget_add_css_class (label, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->facts, row);
}

static void
show_preview (DojoInstallDialog *self)
{
  DojoInstallPreview *preview = self->preview;
  const char * const *authors = dojo_install_preview_get_authors (preview);
  const char * const *changed = dojo_install_preview_get_changed_exercises (preview);
  guint n_changed = changed ? g_strv_length ((char **)changed) : 0;
  g_autofree char *authors_text = authors ? g_strjoinv (", ", (char **)authors) : g_strdup ("");
  g_autofree char *size = g_format_size (dojo_install_preview_get_size (preview));
  g_autofree char *items = g_strdup_printf ("%u", dojo_install_preview_get_n_items (preview));
  g_autofree char *kind = NULL;
  GString *news = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  /* The teacher writes Markdown (`print()` as code), as everywhere. */
  title = dojo_markdown_inline_to_markup (dojo_install_preview_get_title (preview));
  description = dojo_markdown_inline_to_markup (dojo_install_preview_get_description (preview));
  gtk_label_set_markup (self->title_label, title);
  gtk_label_set_markup (self->description_label, description);

  add_fact (self, _("Authors"), authors_text);
  add_fact (self, _("Version"), dojo_install_preview_get_version (preview));
  add_fact (self, _("Licence"), dojo_install_preview_get_license (preview));
  add_fact (self, _("Parts"), items);
  add_fact (self, _("Size"), size);

  switch (dojo_install_preview_get_kind (preview))
    {
    case DOJO_INSTALL_KIND_UPDATE:
      /* Translators: %s is the version installed now. */
      kind = g_strdup_printf (_("An update of the version %s you have. Your work and your "
                                "progress are kept."),
                              dojo_install_preview_get_installed_version (preview));
      gtk_button_set_label (self->install_button, _("_Update"));
      break;

    case DOJO_INSTALL_KIND_SAME:
      kind = g_strdup (_("You have this version already. Installing it again keeps your work "
                         "and your progress."));
      gtk_button_set_label (self->install_button, _("_Reinstall"));
      break;

    case DOJO_INSTALL_KIND_DOWNGRADE:
      /* Translators: %s is the version installed now. */
      kind = g_strdup_printf (_("This is an older version than the %s you have. Installing it "
                                "keeps your work, but exercises may differ from what you "
                                "passed."),
                              dojo_install_preview_get_installed_version (preview));
      gtk_button_set_label (self->install_button, _("_Install Older Version"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->install_button), "suggested-action");
      gtk_widget_add_css_class (GTK_WIDGET (self->install_button), "destructive-action");
      break;

    case DOJO_INSTALL_KIND_NEW:
    default:
      kind = g_strdup (_("A new course. Installing it does not change anything else."));
      gtk_button_set_label (self->install_button, _("_Install"));
      break;
    }
  gtk_label_set_label (self->kind_label, kind);

  for (guint i = 0; i < dojo_install_preview_get_n_releases (preview); i++)
    {
      const char * const *changes = NULL;
      const char *date = NULL;
      const char *version = dojo_install_preview_get_release (preview, i, &date, &changes);

      if (news->len > 0)
        g_string_append (news, "\n\n");
      if (date != NULL)
        /* Translators: a release in a course's changelog: version and date. */
        g_string_append_printf (news, _("Version %s, %s"), version, date);
      else
        g_string_append_printf (news, _("Version %s"), version);
      for (guint j = 0; changes != NULL && changes[j] != NULL; j++)
        g_string_append_printf (news, "\n• %s", changes[j]);
    }
  if (n_changed > 0)
    {
      if (news->len > 0)
        g_string_append (news, "\n\n");
      g_string_append_printf (news,
                              ngettext ("%u exercise you passed has changed: it will ask you "
                                        "to check it again.",
                                        "%u exercises you passed have changed: they will ask "
                                        "you to check them again.", n_changed),
                              n_changed);
    }
  gtk_label_set_label (self->news_label, news->str);
  gtk_widget_set_visible (self->news_title, news->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->news_label), news->len > 0);
  g_string_free (news, TRUE);

  set_state (self, "preview");
  gtk_widget_grab_focus (GTK_WIDGET (self->install_button));
}

static void
inspected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DojoInstallDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  self->preview = dojo_installer_inspect_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (self->preview == NULL)
    show_error (self, error);
  else
    show_preview (self);
}

static void
installed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(DojoInstallDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoPack) pack = dojo_installer_install_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (pack == NULL)
    {
      show_error (self, error);
      return;
    }

  set_state (self, "installed");
  g_signal_emit (self, signals[INSTALLED], 0, dojo_pack_get_id (pack));
  gtk_window_close (GTK_WINDOW (self));
}

static void
install_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  DojoInstallDialog *self = DOJO_INSTALL_DIALOG (widget);
  DojoInstallFlags flags = DOJO_INSTALL_FLAGS_NONE;

  if (self->preview == NULL)
    return;

  /* The learner saw that it is older, and chose it. */
  if (dojo_install_preview_get_kind (self->preview) == DOJO_INSTALL_KIND_DOWNGRADE)
    flags |= DOJO_INSTALL_FLAGS_FORCE;

  gtk_label_set_label (self->busy_label, _("Installing the course…"));
  set_state (self, "busy");
  dojo_installer_install_async (self->archive, flags, self->cancellable,
                                installed_cb, g_object_ref (self));
}

static void
dojo_install_dialog_dispose (GObject *object)
{
  DojoInstallDialog *self = (DojoInstallDialog *)object;

  /* Closing while installing does not undo the install (it is atomic),
   * only stops waiting for it. */
  g_cancellable_cancel (self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_INSTALL_DIALOG);

  g_clear_object (&self->archive);
  g_clear_object (&self->preview);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->state, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (dojo_install_dialog_parent_class)->dispose (object);
}

static void
dojo_install_dialog_class_init (DojoInstallDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_install_dialog_dispose;

  /**
   * DojoInstallDialog::installed:
   * @pack_id: the id of the course now installed
   */
  signals[INSTALLED] =
    g_signal_new ("installed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-install-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, busy_label);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, description_label);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, kind_label);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, facts);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, news_title);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, news_label);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, DojoInstallDialog, install_button);

  gtk_widget_class_install_action (widget_class, "install.install", NULL, install_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_install_dialog_init (DojoInstallDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->state = g_strdup ("busy");

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->facts),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("About the course"),
                                  -1);
}

/**
 * dojo_install_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @archive: a `.dojopack` file
 *
 * Reads @archive (in a thread, refusing what is not safe) and shows what
 * it holds; the learner installs it from there.
 */
DojoInstallDialog *
dojo_install_dialog_new (GtkWindow *parent,
                         GFile     *archive)
{
  DojoInstallDialog *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_FILE (archive), NULL);

  self = g_object_new (DOJO_TYPE_INSTALL_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->archive = g_object_ref (archive);

  set_state (self, "busy");
  dojo_installer_inspect_async (archive, self->cancellable, inspected_cb, g_object_ref (self));

  return self;
}

/**
 * dojo_install_dialog_get_state:
 * @self: an install dialog
 *
 * Returns: "busy", "preview", "error" or "installed"
 */
const char *
dojo_install_dialog_get_state (DojoInstallDialog *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_DIALOG (self), NULL);

  return self->state;
}

const char *
dojo_install_dialog_get_error (DojoInstallDialog *self)
{
  g_return_val_if_fail (DOJO_IS_INSTALL_DIALOG (self), NULL);

  return self->error;
}
