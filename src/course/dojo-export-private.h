/* dojo-export-private.h: what the teacher's side shares with the export
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-export.h"

G_BEGIN_DECLS

gboolean _dojo_export_clean_project   (const char  *project,
                                       GError     **error);
void     _dojo_export_remove_git_dirs (const char  *dir);
char    *_dojo_export_safe_git_config (const char  *config);

G_END_DECLS
