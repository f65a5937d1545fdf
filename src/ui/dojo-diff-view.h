/* dojo-diff-view.h: a read-only, highlighted view of changes or of a file
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-diff.h"

G_BEGIN_DECLS

#define DOJO_TYPE_DIFF_VIEW (dojo_diff_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoDiffView, dojo_diff_view, DOJO, DIFF_VIEW, GtkWidget)

GtkWidget *dojo_diff_view_new         (void);
void       dojo_diff_view_set_diff    (DojoDiffView *self,
                                       DojoDiff     *diff,
                                       const char   *path);
void       dojo_diff_view_set_text    (DojoDiffView *self,
                                       const char   *text,
                                       const char   *language_id);
char      *dojo_diff_view_dup_text    (DojoDiffView *self);
void       dojo_diff_view_set_unified (DojoDiffView *self,
                                       gboolean      unified);
gboolean   dojo_diff_view_get_unified (DojoDiffView *self);

G_END_DECLS
