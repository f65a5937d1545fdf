/* dojo-application.c
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-application.h"

struct _DojoApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (DojoApplication, dojo_application, ADW_TYPE_APPLICATION)

static void
dojo_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
dojo_application_dispose (GObject *object)
{
  DojoApplication *self = (DojoApplication *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dojo_application_parent_class)->dispose (object);
}

static void
dojo_application_class_init (DojoApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dojo_application_dispose;
  app_class->activate = dojo_application_activate;
}

static void
dojo_application_init (DojoApplication *self)
{
}

DojoApplication *
dojo_application_new (void)
{
  return g_object_new (DOJO_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/pydojo/Dojo",
                       NULL);
}

GSettings *
dojo_application_get_settings (DojoApplication *self)
{
  g_return_val_if_fail (DOJO_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);

  return self->settings;
}
