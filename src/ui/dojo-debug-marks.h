/* dojo-debug-marks.h: breakpoints and the debugger's line in an editor
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

/* Mark categories, as GtkSourceBuffer::source-mark-updated reports them. */
#define DOJO_DEBUG_MARK_BREAKPOINT "dojo-breakpoint"
#define DOJO_DEBUG_MARK_LINE       "dojo-debug-line"

void     dojo_debug_marks_attach          (GtkSourceView *view);
gboolean dojo_debug_marks_toggle          (GtkSourceView *view,
                                           guint          line);
GArray  *dojo_debug_marks_get_breakpoints (GtkSourceView *view);
void     dojo_debug_marks_set_line        (GtkSourceView *view,
                                           guint          line,
                                           gboolean       exception);

G_END_DECLS
