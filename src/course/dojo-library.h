/* dojo-library.h: where the learner's courses are
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-pack.h"

G_BEGIN_DECLS

/* The course that ships with Dojo, a pack like any other. */
#define DOJO_BUILTIN_PACK_ID      "io.github.pydojo.python-roadmap"
#define DOJO_BUILTIN_PACK_DIRNAME "python-roadmap"

GFile     *dojo_library_get_builtin_dir   (void);
GFile     *dojo_library_get_installed_dir (void);
GFile     *dojo_library_locate            (const char           *pack_id);
char      *dojo_library_dup_language      (void);
DojoPack  *dojo_library_load              (GFile                *directory,
                                           GError              **error);
void       dojo_library_scan_async        (GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray *dojo_library_scan_finish       (GAsyncResult         *result,
                                           GError              **error);
GPtrArray *dojo_library_scan              (GCancellable         *cancellable);

G_END_DECLS
