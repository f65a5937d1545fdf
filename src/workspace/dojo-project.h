/* dojo-project.h: a learner's project folder
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_PROJECT (dojo_project_get_type ())

G_DECLARE_FINAL_TYPE (DojoProject, dojo_project, DOJO, PROJECT, GObject)

DojoProject *dojo_project_new                (GFile       *directory,
                                              const char  *entry);
DojoProject *dojo_project_new_playground     (void);
GFile       *dojo_project_get_directory      (DojoProject *self);
const char  *dojo_project_get_entry          (DojoProject *self);
GFile       *dojo_project_get_entry_file     (DojoProject *self);
gboolean     dojo_project_ensure             (DojoProject *self,
                                              const char  *starter,
                                              GError     **error);
GFile       *dojo_project_resolve            (DojoProject *self,
                                              const char  *path);

G_END_DECLS
