/* dojo-branch-dialog.h: list, create, switch, merge and delete branches
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_BRANCH_DIALOG (dojo_branch_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoBranchDialog, dojo_branch_dialog, DOJO, BRANCH_DIALOG, AdwWindow)

DojoBranchDialog *dojo_branch_dialog_new          (GtkWindow        *parent,
                                                   DojoRepo         *repo);
DojoRepo         *dojo_branch_dialog_get_repo     (DojoBranchDialog *self);
void              dojo_branch_dialog_refresh      (DojoBranchDialog *self);
void              dojo_branch_dialog_set_new_name (DojoBranchDialog *self,
                                                   const char       *name);
const char       *dojo_branch_dialog_get_hint     (DojoBranchDialog *self);
const char       *dojo_branch_dialog_get_banner   (DojoBranchDialog *self);
gboolean          dojo_branch_dialog_get_busy     (DojoBranchDialog *self);

G_END_DECLS
