/* dojo-identity-dialog.c: asks for the name and email git signs commits with
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-identity-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dojo-identity-dialog.h"

struct _DojoIdentityDialog
{
  AdwWindow     parent_instance;

  AdwEntryRow  *name_row;
  AdwEntryRow  *email_row;
  GtkLabel     *hint_label;
  GtkWidget    *save_button;
};

G_DEFINE_FINAL_TYPE (DojoIdentityDialog, dojo_identity_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
email_looks_valid (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && at[1] != '\0' && strchr (at + 1, '@') == NULL
         && strpbrk (email, " <>\t\n") == NULL;
}

/* Returns NULL when both fields are acceptable, else what to do. */
static const char *
validate (DojoIdentityDialog *self,
          gboolean           *acceptable)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *email = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->email_row))));

  *acceptable = FALSE;

  if (strpbrk (name, "<>\n") != NULL)
    return _("A name cannot contain “<” or “>”.");
  if (*name == '\0')
    return _("Enter the name you want your changes signed with. A first name is fine.");
  if (*email == '\0')
    return _("Enter an email address. It does not have to be real: “ada@example.org” works.");
  if (!email_looks_valid (email))
    return _("An email address looks like “ada@example.org”: a name, “@”, and a domain, "
             "without spaces.");

  *acceptable = TRUE;

  return _("You can change these later; Dojo saves them in ~/.gitconfig, so git in the "
           "terminal uses them too.");
}

static void
update (DojoIdentityDialog *self)
{
  gboolean acceptable;
  const char *hint = validate (self, &acceptable);

  gtk_label_set_label (self->hint_label, hint);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "identity.save", acceptable);
}

static void
on_changed (DojoIdentityDialog *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->hint_label), "error");
  update (self);
}

static void
on_activated (DojoIdentityDialog *self,
              AdwEntryRow        *row)
{
  if (row == self->name_row)
    gtk_widget_grab_focus (GTK_WIDGET (self->email_row));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "identity.save", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DojoIdentityDialog *self = DOJO_IDENTITY_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean acceptable;

  validate (self, &acceptable);
  if (!acceptable)
    return;

  if (!dojo_repo_set_global_identity (gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                                      gtk_editable_get_text (GTK_EDITABLE (self->email_row)),
                                      &error))
    {
      gtk_label_set_label (self->hint_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "error");
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
dojo_identity_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOJO_TYPE_IDENTITY_DIALOG);

  G_OBJECT_CLASS (dojo_identity_dialog_parent_class)->dispose (object);
}

static void
dojo_identity_dialog_class_init (DojoIdentityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_identity_dialog_dispose;

  /**
   * DojoIdentityDialog::saved:
   *
   * The name and email were written to ~/.gitconfig.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-identity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoIdentityDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DojoIdentityDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, DojoIdentityDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, DojoIdentityDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activated);

  gtk_widget_class_install_action (widget_class, "identity.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dojo_identity_dialog_init (DojoIdentityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

/**
 * dojo_identity_dialog_new:
 * @repo: (nullable): fills in what this project's git already knows
 */
DojoIdentityDialog *
dojo_identity_dialog_new (GtkWindow *parent,
                          DojoRepo  *repo)
{
  DojoIdentityDialog *self;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (repo == NULL || DOJO_IS_REPO (repo), NULL);

  self = g_object_new (DOJO_TYPE_IDENTITY_DIALOG,
                       "transient-for", parent,
                       NULL);

  dojo_repo_get_identity (repo, &name, &email);
  if (name != NULL)
    dojo_identity_dialog_set_name (self, name);
  if (email != NULL)
    dojo_identity_dialog_set_email (self, email);

  return self;
}

void
dojo_identity_dialog_set_name (DojoIdentityDialog *self,
                               const char         *name)
{
  g_return_if_fail (DOJO_IS_IDENTITY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name ? name : "");
}

void
dojo_identity_dialog_set_email (DojoIdentityDialog *self,
                                const char         *email)
{
  g_return_if_fail (DOJO_IS_IDENTITY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->email_row), email ? email : "");
}

/* What the line under the entries says now. */
const char *
dojo_identity_dialog_get_hint (DojoIdentityDialog *self)
{
  g_return_val_if_fail (DOJO_IS_IDENTITY_DIALOG (self), NULL);

  return gtk_label_get_label (self->hint_label);
}
