/* dojo-commit-dialog.h: review the changes and commit them with a message
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_COMMIT_DIALOG (dojo_commit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoCommitDialog, dojo_commit_dialog, DOJO, COMMIT_DIALOG, AdwWindow)

DojoCommitDialog *dojo_commit_dialog_new         (GtkWindow        *parent,
                                                  DojoRepo         *repo);
DojoRepo         *dojo_commit_dialog_get_repo    (DojoCommitDialog *self);
void              dojo_commit_dialog_set_message (DojoCommitDialog *self,
                                                  const char       *message);
const char       *dojo_commit_dialog_get_message (DojoCommitDialog *self);
const char       *dojo_commit_dialog_get_hint    (DojoCommitDialog *self);
const char       *dojo_commit_dialog_get_error   (DojoCommitDialog *self);
guint             dojo_commit_dialog_get_n_files (DojoCommitDialog *self);
gboolean          dojo_commit_dialog_get_loaded  (DojoCommitDialog *self);
gboolean          dojo_commit_dialog_get_merging (DojoCommitDialog *self);
void              dojo_commit_dialog_set_amend   (DojoCommitDialog *self,
                                                  gboolean          amend);
gboolean          dojo_commit_dialog_get_can_amend (DojoCommitDialog *self);

G_END_DECLS
