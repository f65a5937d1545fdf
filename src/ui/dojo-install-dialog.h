/* dojo-install-dialog.h: what a course file holds, before it is installed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOJO_TYPE_INSTALL_DIALOG (dojo_install_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoInstallDialog, dojo_install_dialog, DOJO, INSTALL_DIALOG, AdwWindow)

DojoInstallDialog *dojo_install_dialog_new       (GtkWindow         *parent,
                                                  GFile             *archive);
const char        *dojo_install_dialog_get_state (DojoInstallDialog *self);
const char        *dojo_install_dialog_get_error (DojoInstallDialog *self);

G_END_DECLS
