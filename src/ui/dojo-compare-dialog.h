/* dojo-compare-dialog.h: two versions of a file side by side, to choose one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DOJO_TYPE_COMPARE_DIALOG (dojo_compare_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DojoCompareDialog, dojo_compare_dialog, DOJO, COMPARE_DIALOG, AdwWindow)

DojoCompareDialog *dojo_compare_dialog_new (GtkWindow  *parent,
                                            const char *file_name,
                                            const char *mine,
                                            const char *other);

G_END_DECLS
