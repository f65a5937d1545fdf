/* dojo-commit-info.h: one commit of the project's history
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DOJO_TYPE_COMMIT_INFO (dojo_commit_info_get_type ())

/* A plain value: the fields are the API. @summary is the first line of
 * @message. @time is the author time, in the author's time zone.
 * @files_changed counts files against the first parent (or against nothing,
 * for the first commit). @parent_ids holds the full ids of the parents, the
 * first parent first; it is never %NULL (empty for the first commit) and
 * has @n_parents entries. */
typedef struct
{
  char      *id;
  char      *short_id;
  char      *summary;
  char      *message;
  char      *author_name;
  char      *author_email;
  GDateTime *time;
  guint      files_changed;
  guint      n_parents;
  char     **parent_ids;
} DojoCommitInfo;

GType           dojo_commit_info_get_type (void) G_GNUC_CONST;
DojoCommitInfo *dojo_commit_info_copy     (const DojoCommitInfo *self);
void            dojo_commit_info_free     (DojoCommitInfo       *self);
char           *dojo_commit_info_format_time (const DojoCommitInfo *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoCommitInfo, dojo_commit_info_free)

#define DOJO_TYPE_BRANCH_INFO (dojo_branch_info_get_type ())

/* A local branch: its short name ("main"), whether HEAD is on it, and the
 * id of its last commit. */
typedef struct
{
  char     *name;
  gboolean  is_current;
  char     *tip_id;
} DojoBranchInfo;

GType           dojo_branch_info_get_type (void) G_GNUC_CONST;
DojoBranchInfo *dojo_branch_info_copy     (const DojoBranchInfo *self);
void            dojo_branch_info_free     (DojoBranchInfo       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoBranchInfo, dojo_branch_info_free)

G_END_DECLS
