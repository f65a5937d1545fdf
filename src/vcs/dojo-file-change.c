/* dojo-file-change.c: one changed file, in the working tree or in a commit
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-file-change"

#include "config.h"

#include "dojo-file-change.h"

G_DEFINE_BOXED_TYPE (DojoFileChange, dojo_file_change,
                     dojo_file_change_copy, dojo_file_change_free)

DojoFileChange *
dojo_file_change_new (const char     *path,
                      DojoFileStatus  status)
{
  DojoFileChange *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (DojoFileChange, 1);
  self->path = g_strdup (path);
  self->status = status;

  return self;
}

DojoFileChange *
dojo_file_change_copy (const DojoFileChange *self)
{
  DojoFileChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->path = g_strdup (self->path);
  copy->old_path = g_strdup (self->old_path);

  return copy;
}

void
dojo_file_change_free (DojoFileChange *self)
{
  if (self == NULL)
    return;

  g_free (self->path);
  g_free (self->old_path);
  g_free (self);
}

/* A stable name for logs and tests; the UI words it itself. */
const char *
dojo_file_status_to_string (DojoFileStatus status)
{
  switch (status)
    {
    case DOJO_FILE_STATUS_UNCHANGED:  return "unchanged";
    case DOJO_FILE_STATUS_NEW:        return "new";
    case DOJO_FILE_STATUS_MODIFIED:   return "modified";
    case DOJO_FILE_STATUS_DELETED:    return "deleted";
    case DOJO_FILE_STATUS_RENAMED:    return "renamed";
    case DOJO_FILE_STATUS_TYPECHANGE: return "typechange";
    case DOJO_FILE_STATUS_CONFLICTED: return "conflicted";
    default:                          return "unknown";
    }
}
