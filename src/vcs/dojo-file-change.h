/* dojo-file-change.h: one changed file, in the working tree or in a commit
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_FILE_STATUS_UNCHANGED,
  DOJO_FILE_STATUS_NEW,
  DOJO_FILE_STATUS_MODIFIED,
  DOJO_FILE_STATUS_DELETED,
  DOJO_FILE_STATUS_RENAMED,
  DOJO_FILE_STATUS_TYPECHANGE,
  DOJO_FILE_STATUS_CONFLICTED,
} DojoFileStatus;

#define DOJO_TYPE_FILE_CHANGE (dojo_file_change_get_type ())

/* A plain value: the fields are the API.
 *
 * @status is the change against the last commit (HEAD) as a whole;
 * @index_status and @workdir_status split it the way `git status` does
 * (HEAD → staging area, staging area → working tree); either may be
 * DOJO_FILE_STATUS_UNCHANGED. For the files of a commit, only @status is set.
 * @staged is TRUE when the change is (at least partly) staged. @old_path is
 * the name before a rename, else %NULL. Paths are relative to the project,
 * with '/' separators. */
typedef struct
{
  char           *path;
  char           *old_path;
  DojoFileStatus  status;
  DojoFileStatus  index_status;
  DojoFileStatus  workdir_status;
  gboolean        staged;
} DojoFileChange;

GType           dojo_file_change_get_type (void) G_GNUC_CONST;
DojoFileChange *dojo_file_change_new      (const char           *path,
                                           DojoFileStatus        status);
DojoFileChange *dojo_file_change_copy     (const DojoFileChange *self);
void            dojo_file_change_free     (DojoFileChange       *self);
const char     *dojo_file_status_to_string (DojoFileStatus      status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoFileChange, dojo_file_change_free)

G_END_DECLS
