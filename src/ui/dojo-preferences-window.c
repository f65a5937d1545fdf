/* dojo-preferences-window.c: the settings a learner can change
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dojo-preferences-window.h"

struct _DojoPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *style_row;
  GtkAdjustment        *lesson_scale_adjustment;
  GtkWidget            *font_button;
  GtkAdjustment        *zoom_adjustment;
  GtkWidget            *type_switch;
  GtkWidget            *checkpoint_switch;
  GtkWidget            *scrollback;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (DojoPreferencesWindow, dojo_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The style row's positions, in the order of the .ui's list. */
static const char *style_names[] = { "system", "light", "dark" };

static gboolean
style_to_position (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (style_names); i++)
    if (g_str_equal (name, style_names[i]))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_style (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  return g_variant_new_string (style_names[MIN (position, G_N_ELEMENTS (style_names) - 1)]);
}

/* The settings store factors (1.0); people read percentages (100%). */
static gboolean
factor_to_percent (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_to_factor (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

static void
dojo_preferences_window_dispose (GObject *object)
{
  DojoPreferencesWindow *self = (DojoPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DOJO_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dojo_preferences_window_parent_class)->dispose (object);
}

static void
dojo_preferences_window_class_init (DojoPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dojo_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/pydojo/Dojo/ui/dojo-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow,
                                        lesson_scale_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, zoom_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, type_switch);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, checkpoint_switch);
  gtk_widget_class_bind_template_child (widget_class, DojoPreferencesWindow, scrollback);
}

static void
dojo_preferences_window_init (DojoPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_to_position, position_to_style, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "lesson-font-scale",
                                self->lesson_scale_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT,
                                factor_to_percent, percent_to_factor, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "editor-zoom",
                                self->zoom_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT,
                                factor_to_percent, percent_to_factor, NULL, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_settings_bind (self->settings, "editor-font", self->font_button, "font",
                   G_SETTINGS_BIND_DEFAULT);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* The font button's own button is what takes the focus, and GTK 4.8
   * gives it no name: a screen reader would say only "button". */
  {
    GtkWidget *inner = gtk_widget_get_first_child (self->font_button);

    if (GTK_IS_BUTTON (inner))
      gtk_accessible_update_property (GTK_ACCESSIBLE (inner),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Editor font"),
                                      -1);
  }
  g_settings_bind (self->settings, "type-it-yourself", self->type_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "auto-checkpoint", self->checkpoint_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "terminal-scrollback",
                   gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (self->scrollback)), "value",
                   G_SETTINGS_BIND_DEFAULT);
}

DojoPreferencesWindow *
dojo_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (DOJO_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
