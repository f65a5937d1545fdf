/* dojo-ignore-cache.h: what git ignores, asked without waiting
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_IGNORE_CACHE (dojo_ignore_cache_get_type ())

G_DECLARE_FINAL_TYPE (DojoIgnoreCache, dojo_ignore_cache, DOJO, IGNORE_CACHE, GObject)

DojoIgnoreCache *dojo_ignore_cache_new      (void);
void             dojo_ignore_cache_set_repo (DojoIgnoreCache *self,
                                             DojoRepo        *repo);
DojoRepo        *dojo_ignore_cache_get_repo (DojoIgnoreCache *self);
gboolean         dojo_ignore_cache_lookup   (DojoIgnoreCache *self,
                                             const char      *path);
gboolean         dojo_ignore_cache_get_busy (DojoIgnoreCache *self);

G_END_DECLS
