/* test-preferences.c: the preferences window changes the settings the app
 * follows, and shows what they are
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dojo-preferences-window.h"
#include "dojo-test-widget.h"

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type,
              guint      nth)
{
  guint seen = 0;
  GtkWidget *stack[512];
  guint depth = 0;

  /* Depth-first, in the order the widgets appear on screen. */
  stack[depth++] = widget;
  while (depth > 0)
    {
      GtkWidget *w = stack[--depth];
      GtkWidget *children[128];
      guint n = 0;

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && seen++ == nth)
        return w;

      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL && n < 128;
           c = gtk_widget_get_next_sibling (c))
        children[n++] = c;
      while (n > 0 && depth < G_N_ELEMENTS (stack))
        stack[depth++] = children[--n];
    }

  return NULL;
}

static void
test_preferences_drive_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  DojoPreferencesWindow *window = dojo_preferences_window_new (NULL);
  GtkWidget *style_row;
  GtkWidget *type_switch;
  GtkWidget *checkpoint_switch;
  GtkWidget *lesson_scale;
  GtkWidget *zoom;
  GtkWidget *scrollback;
  g_autofree char *style = NULL;

  gtk_window_present (GTK_WINDOW (window));

  style_row = find_of_type (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, 0);
  lesson_scale = find_of_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, 0);
  zoom = find_of_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, 1);
  scrollback = find_of_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON, 2);
  type_switch = find_of_type (GTK_WIDGET (window), GTK_TYPE_SWITCH, 0);
  checkpoint_switch = find_of_type (GTK_WIDGET (window), GTK_TYPE_SWITCH, 1);
  g_assert_nonnull (style_row);
  g_assert_nonnull (scrollback);
  g_assert_nonnull (checkpoint_switch);

  /* It shows the settings as they are: the defaults here. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (style_row)), ==, 0);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (type_switch)));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (checkpoint_switch)));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (lesson_scale)), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (zoom)), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (scrollback)), ==, 10000);

  /* Changing them changes what the app follows. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (style_row), 2);
  style = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (style, ==, "dark");

  gtk_switch_set_active (GTK_SWITCH (type_switch), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "type-it-yourself"));
  gtk_switch_set_active (GTK_SWITCH (checkpoint_switch), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "auto-checkpoint"));

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lesson_scale), 150);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "lesson-font-scale"), 1.5, 0.001);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (zoom), 120);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "editor-zoom"), 1.2, 0.001);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (scrollback), 20000);
  g_assert_cmpint (g_settings_get_int (settings, "terminal-scrollback"), ==, 20000);

  /* And a change made elsewhere (Ctrl+plus) shows here. */
  g_settings_set_double (settings, "editor-zoom", 2.0);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (zoom)), ==, 200);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/preferences/drive-settings", test_preferences_drive_settings);

  return g_test_run ();
}
