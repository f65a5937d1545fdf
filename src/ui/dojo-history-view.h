/* dojo-history-view.h: the project's commits, what each changed, and restoring
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-history-graph.h"
#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_HISTORY_VIEW (dojo_history_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoHistoryView, dojo_history_view, DOJO, HISTORY_VIEW, GtkWidget)

GtkWidget       *dojo_history_view_new              (DojoRepo        *repo);
DojoHistoryView *dojo_history_view_present          (GtkWindow       *parent,
                                                     DojoRepo        *repo);
DojoRepo        *dojo_history_view_get_repo         (DojoHistoryView *self);
void             dojo_history_view_reload           (DojoHistoryView *self);
gboolean         dojo_history_view_get_busy         (DojoHistoryView *self);
guint            dojo_history_view_get_n_commits    (DojoHistoryView *self);
char            *dojo_history_view_dup_commit_text  (DojoHistoryView *self,
                                                     guint            index);
const char      *dojo_history_view_get_selected_id  (DojoHistoryView *self);
char            *dojo_history_view_dup_diff_text    (DojoHistoryView *self);
const char      *dojo_history_view_get_banner       (DojoHistoryView *self);
DojoHistoryGraph *dojo_history_view_get_graph       (DojoHistoryView *self);
GtkWidget       *dojo_history_view_get_commit_row   (DojoHistoryView *self,
                                                     guint            index);

G_END_DECLS
