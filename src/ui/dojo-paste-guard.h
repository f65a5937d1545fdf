/* dojo-paste-guard.h: "type it yourself": no pasting into exercise files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOJO_TYPE_PASTE_GUARD (dojo_paste_guard_get_type ())

G_DECLARE_FINAL_TYPE (DojoPasteGuard, dojo_paste_guard, DOJO, PASTE_GUARD, GObject)

DojoPasteGuard *dojo_paste_guard_new         (GtkTextView    *view);
GtkTextView    *dojo_paste_guard_get_view    (DojoPasteGuard *self);
gboolean        dojo_paste_guard_get_enabled (DojoPasteGuard *self);
void            dojo_paste_guard_set_enabled (DojoPasteGuard *self,
                                              gboolean        enabled);
const char     *dojo_paste_guard_get_note    (void);

G_END_DECLS
