/* dojo-source-util.c: what every GtkSourceView of Dojo's shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-source-util"

#include "config.h"

#include <adwaita.h>

#include "dojo-source-util.h"

/**
 * dojo_source_util_get_scheme:
 *
 * Returns: (transfer none) (nullable): the colours for code in the app's
 *   light or dark style: GNOME's Adwaita schemes, or GtkSourceView's
 *   classic ones where those are missing
 */
GtkSourceStyleScheme *
dojo_source_util_get_scheme (void)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GtkSourceStyleScheme *scheme;

  scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita");
  if (scheme == NULL)
    scheme = gtk_source_style_scheme_manager_get_scheme (manager, dark ? "classic-dark" : "classic");

  return scheme;
}

/**
 * dojo_source_util_get_python:
 *
 * Returns: (transfer none) (nullable): Python 3's highlighting
 */
GtkSourceLanguage *
dojo_source_util_get_python (void)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *python = gtk_source_language_manager_get_language (languages, "python3");

  if (python == NULL)
    python = gtk_source_language_manager_get_language (languages, "python");

  return python;
}

static void
apply_scheme (GtkSourceBuffer *buffer)
{
  gtk_source_buffer_set_style_scheme (buffer, dojo_source_util_get_scheme ());
}

/**
 * dojo_source_util_follow_style:
 * @buffer: a buffer of code
 *
 * Colours @buffer's code for the app's style now, and whenever it turns
 * light or dark, for as long as @buffer lives.
 */
void
dojo_source_util_follow_style (GtkSourceBuffer *buffer)
{
  g_return_if_fail (GTK_SOURCE_IS_BUFFER (buffer));

  apply_scheme (buffer);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (apply_scheme), buffer, G_CONNECT_SWAPPED);
}
