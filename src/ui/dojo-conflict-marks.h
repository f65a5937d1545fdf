/* dojo-conflict-marks.h: a merge conflict's sides marked in an editor, with buttons to pick one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "dojo-conflict.h"

G_BEGIN_DECLS

#define DOJO_TYPE_CONFLICT_MARKS (dojo_conflict_marks_get_type ())

G_DECLARE_FINAL_TYPE (DojoConflictMarks, dojo_conflict_marks, DOJO, CONFLICT_MARKS, GObject)

DojoConflictMarks *dojo_conflict_marks_new             (GtkSourceView     *view);
void               dojo_conflict_marks_set_branches    (DojoConflictMarks *self,
                                                        const char        *ours,
                                                        const char        *theirs);
guint              dojo_conflict_marks_get_n_conflicts (DojoConflictMarks *self);
void               dojo_conflict_marks_update          (DojoConflictMarks *self);
gboolean           dojo_conflict_marks_resolve         (DojoConflictMarks *self,
                                                        guint              index,
                                                        DojoConflictSide   side);
GtkWidget         *dojo_conflict_marks_get_explainer   (DojoConflictMarks *self);

G_END_DECLS
