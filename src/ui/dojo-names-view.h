/* dojo-names-view.h: a picture of one step, names on the left, objects on the right
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DOJO_TYPE_NAMES_VIEW (dojo_names_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoNamesView, dojo_names_view, DOJO, NAMES_VIEW, GtkWidget)

GtkWidget *dojo_names_view_new       (void);
void       dojo_names_view_set_state (DojoNamesView *self,
                                      JsonObject    *state,
                                      int            frame_depth);

G_END_DECLS
