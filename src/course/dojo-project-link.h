/* dojo-project-link.h: "project:PATH#L12" links, which open a file of the learner's project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean dojo_project_link_parse (const char  *href,
                                  char       **path,
                                  guint       *line);

G_END_DECLS
