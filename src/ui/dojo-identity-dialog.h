/* dojo-identity-dialog.h: asks for the name and email git signs commits with
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_IDENTITY_DIALOG (dojo_identity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoIdentityDialog, dojo_identity_dialog, DOJO, IDENTITY_DIALOG, AdwWindow)

DojoIdentityDialog *dojo_identity_dialog_new       (GtkWindow          *parent,
                                                    DojoRepo           *repo);
void                dojo_identity_dialog_set_name  (DojoIdentityDialog *self,
                                                    const char         *name);
void                dojo_identity_dialog_set_email (DojoIdentityDialog *self,
                                                    const char         *email);
const char         *dojo_identity_dialog_get_hint  (DojoIdentityDialog *self);

G_END_DECLS
