/* dojo-commit-info.c: one commit of the project's history
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-commit-info"

#include "config.h"

#include "dojo-commit-info.h"

G_DEFINE_BOXED_TYPE (DojoCommitInfo, dojo_commit_info,
                     dojo_commit_info_copy, dojo_commit_info_free)
G_DEFINE_BOXED_TYPE (DojoBranchInfo, dojo_branch_info,
                     dojo_branch_info_copy, dojo_branch_info_free)

DojoCommitInfo *
dojo_commit_info_copy (const DojoCommitInfo *self)
{
  DojoCommitInfo *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->id = g_strdup (self->id);
  copy->short_id = g_strdup (self->short_id);
  copy->summary = g_strdup (self->summary);
  copy->message = g_strdup (self->message);
  copy->author_name = g_strdup (self->author_name);
  copy->author_email = g_strdup (self->author_email);
  copy->time = self->time ? g_date_time_ref (self->time) : NULL;
  copy->parent_ids = self->parent_ids ? g_strdupv (self->parent_ids) : g_new0 (char *, 1);

  return copy;
}

void
dojo_commit_info_free (DojoCommitInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->short_id);
  g_free (self->summary);
  g_free (self->message);
  g_free (self->author_name);
  g_free (self->author_email);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_strfreev (self->parent_ids);
  g_free (self);
}

/**
 * dojo_commit_info_format_time:
 * @self: a commit
 *
 * Returns: (transfer full): @self's time in UTC, in ISO 8601
 *   ("2026-03-01T12:00:00Z"), as exports and grades write it
 */
char *
dojo_commit_info_format_time (const DojoCommitInfo *self)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  utc = g_date_time_to_utc (self->time);
  return g_date_time_format_iso8601 (utc);
}

DojoBranchInfo *
dojo_branch_info_copy (const DojoBranchInfo *self)
{
  DojoBranchInfo *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->name = g_strdup (self->name);
  copy->tip_id = g_strdup (self->tip_id);

  return copy;
}

void
dojo_branch_info_free (DojoBranchInfo *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_free (self->tip_id);
  g_free (self);
}
