/* dojo-library-dialog.h: the learner's courses, to pick one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-progress.h"

G_BEGIN_DECLS

#define DOJO_TYPE_LIBRARY_DIALOG (dojo_library_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoLibraryDialog, dojo_library_dialog, DOJO, LIBRARY_DIALOG, AdwWindow)

DojoLibraryDialog *dojo_library_dialog_new          (GtkWindow         *parent,
                                                     DojoProgress      *progress,
                                                     const char        *current_pack_id);
guint              dojo_library_dialog_get_n_courses (DojoLibraryDialog *self);
void               dojo_library_dialog_install       (DojoLibraryDialog *self,
                                                      GFile             *archive);

G_END_DECLS
