/* dojo-project-files.h: creating, renaming and trashing the files of a project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_PROJECT_FILES_ERROR (dojo_project_files_error_quark ())

/**
 * DojoProjectFilesError:
 * @DOJO_PROJECT_FILES_ERROR_INVALID_NAME: the name cannot be a file's name
 *   (empty, holds "/", is "." or "..", ".git", …)
 * @DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT: the file is, or leads, outside
 *   the project folder
 * @DOJO_PROJECT_FILES_ERROR_PROTECTED: the project folder itself, or git's
 *   own records in .git
 *
 * A name that is taken is %G_IO_ERROR_EXISTS; other failures of the disk
 * are %G_IO_ERROR codes too.
 */
typedef enum
{
  DOJO_PROJECT_FILES_ERROR_INVALID_NAME,
  DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT,
  DOJO_PROJECT_FILES_ERROR_PROTECTED,
} DojoProjectFilesError;

#define DOJO_TYPE_TRASHED_ITEM (dojo_trashed_item_get_type ())

G_DECLARE_FINAL_TYPE (DojoTrashedItem, dojo_trashed_item, DOJO, TRASHED_ITEM, GObject)

GQuark           dojo_project_files_error_quark            (void);
char            *dojo_project_files_printable_name         (const char           *name)
                                                            G_GNUC_WARN_UNUSED_RESULT;
gboolean         dojo_project_files_check_name             (const char           *name,
                                                            GError              **error);
gboolean         dojo_project_files_check_target           (GFile                *project,
                                                            GFile                *file,
                                                            GError              **error);
GFile           *dojo_project_files_create_file            (GFile                *project,
                                                            GFile                *folder,
                                                            const char           *name,
                                                            GError              **error);
GFile           *dojo_project_files_create_folder          (GFile                *project,
                                                            GFile                *folder,
                                                            const char           *name,
                                                            GError              **error);
GFile           *dojo_project_files_rename                 (GFile                *project,
                                                            GFile                *file,
                                                            const char           *new_name,
                                                            GError              **error);
DojoTrashedItem *dojo_project_files_trash                  (GFile                *project,
                                                            GFile                *file,
                                                            GError              **error);
guint            dojo_project_files_trash_leftovers        (GCancellable         *cancellable);
void             dojo_project_files_trash_leftovers_async  (GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
guint            dojo_project_files_trash_leftovers_finish (GAsyncResult         *result,
                                                            GError              **error);

GFile           *dojo_trashed_item_get_original            (DojoTrashedItem      *self);
GFile           *dojo_trashed_item_get_held                (DojoTrashedItem      *self);
gboolean         dojo_trashed_item_get_can_undo            (DojoTrashedItem      *self);
gboolean         dojo_trashed_item_undo                    (DojoTrashedItem      *self,
                                                            GError              **error);
gboolean         dojo_trashed_item_send_to_trash           (DojoTrashedItem      *self,
                                                            GCancellable         *cancellable,
                                                            GError              **error);
void             dojo_trashed_item_send_to_trash_async     (DojoTrashedItem      *self,
                                                            GCancellable         *cancellable,
                                                            GAsyncReadyCallback   callback,
                                                            gpointer              user_data);
gboolean         dojo_trashed_item_send_to_trash_finish    (DojoTrashedItem      *self,
                                                            GAsyncResult         *result,
                                                            GError              **error);

G_END_DECLS
