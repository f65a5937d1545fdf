/* dojo-project-link-private.h: what the validator needs to know of a project link
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-project-link.h"

G_BEGIN_DECLS

#define DOJO_PROJECT_LINK_SCHEME "project:"

gboolean _dojo_project_link_is_project (const char  *href);
gboolean _dojo_project_link_parse_full (const char  *href,
                                        char       **path,
                                        guint       *line,
                                        gboolean    *is_new,
                                        GError     **error);

G_END_DECLS
