/* dojo-preferences-window.h: the settings a learner can change
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOJO_TYPE_PREFERENCES_WINDOW (dojo_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DojoPreferencesWindow, dojo_preferences_window, DOJO, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

DojoPreferencesWindow *dojo_preferences_window_new (GtkWindow *parent);

G_END_DECLS
