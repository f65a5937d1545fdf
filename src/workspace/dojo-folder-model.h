/* dojo-folder-model.h: the files of one folder of a project, kept up to date
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_TYPE_FOLDER_MODEL (dojo_folder_model_get_type ())

G_DECLARE_FINAL_TYPE (DojoFolderModel, dojo_folder_model, DOJO, FOLDER_MODEL, GObject)

DojoFolderModel *dojo_folder_model_new             (GFile           *folder);
GFile           *dojo_folder_model_get_folder      (DojoFolderModel *self);
gboolean         dojo_folder_model_is_loading      (DojoFolderModel *self);
GFile           *dojo_folder_model_get_item_file   (GFileInfo       *info);
gboolean         dojo_folder_model_item_is_folder  (GFileInfo       *info);

G_END_DECLS
