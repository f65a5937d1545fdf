/* dojo-diff.h: the differences between two versions, as data and as a patch
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dojo-file-change.h"

G_BEGIN_DECLS

/* One line of a hunk. @origin is '+' (added), '-' (removed) or ' ' (context).
 * A line number is -1 where the line does not exist on that side. @content
 * holds the text without its line ending; @no_newline is TRUE for a last
 * line that had none ("\ No newline at end of file"). */
typedef struct
{
  char      origin;
  int       old_lineno;
  int       new_lineno;
  char     *content;
  gboolean  no_newline;
} DojoDiffLine;

/* One "@@ -old_start,old_lines +new_start,new_lines @@" block. */
typedef struct
{
  int        old_start;
  int        old_lines;
  int        new_start;
  int        new_lines;
  char      *header;
  GPtrArray *lines;     /* of DojoDiffLine */
} DojoDiffHunk;

/* One file. A binary file has @binary set and no hunks. @patch is this
 * file's part of the patch as libgit2 prints it, which is what `git diff`
 * prints: the "diff --git" header, the hunks, or "Binary files … differ"
 * (for an empty file added or deleted, libgit2 also prints the "---" and
 * "+++" lines that git leaves out). */
typedef struct
{
  char           *old_path;
  char           *new_path;
  DojoFileStatus  status;
  gboolean        binary;
  GPtrArray      *hunks;   /* of DojoDiffHunk */
  char           *patch;
} DojoDiffFile;

#define DOJO_TYPE_DIFF (dojo_diff_get_type ())

typedef struct _DojoDiff DojoDiff;

GType       dojo_diff_get_type      (void) G_GNUC_CONST;
DojoDiff   *dojo_diff_ref           (DojoDiff *self);
void        dojo_diff_unref         (DojoDiff *self);
GPtrArray  *dojo_diff_get_files     (DojoDiff *self);
const char *dojo_diff_get_patch     (DojoDiff *self);
void        dojo_diff_get_stats     (DojoDiff *self,
                                     guint    *files_changed,
                                     guint    *insertions,
                                     guint    *deletions);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoDiff, dojo_diff_unref)

G_END_DECLS
