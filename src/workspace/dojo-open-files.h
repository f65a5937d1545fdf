/* dojo-open-files.h: which files of a project were open, for the next start
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean dojo_open_files_load (GFile               *project_dir,
                               char              ***files,
                               char               **active);
gboolean dojo_open_files_save (GFile               *project_dir,
                               const char * const  *files,
                               const char          *active,
                               GError             **error);

G_END_DECLS
