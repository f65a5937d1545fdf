/* dojo-debug-panel.h: the debugger's side panel, stepping, calls, names and values
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DOJO_TYPE_DEBUG_PANEL (dojo_debug_panel_get_type ())

G_DECLARE_FINAL_TYPE (DojoDebugPanel, dojo_debug_panel, DOJO, DEBUG_PANEL, GtkWidget)

GtkWidget *dojo_debug_panel_new                (void);
void       dojo_debug_panel_set_event          (DojoDebugPanel *self,
                                                JsonObject     *stopped_event);
void       dojo_debug_panel_set_status         (DojoDebugPanel *self,
                                                const char     *text);
void       dojo_debug_panel_clear              (DojoDebugPanel *self);
int        dojo_debug_panel_get_selected_frame (DojoDebugPanel *self);
void       dojo_debug_panel_select_frame       (DojoDebugPanel *self,
                                                int             depth);

/* For tests and the screenshot tool. */
guint      dojo_debug_panel_get_n_frames       (DojoDebugPanel *self);
GtkWidget *dojo_debug_panel_get_frame_row      (DojoDebugPanel *self,
                                                guint           depth);
GtkWidget *dojo_debug_panel_get_names_view     (DojoDebugPanel *self);
GtkWidget *dojo_debug_panel_get_variables_view (DojoDebugPanel *self);
void       dojo_debug_panel_show_page          (DojoDebugPanel *self,
                                                const char     *name);

G_END_DECLS
