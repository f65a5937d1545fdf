/* dojo-conflict.h: git's conflict markers in a file's text
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_CONFLICT_OURS,
  DOJO_CONFLICT_THEIRS,
  DOJO_CONFLICT_BOTH,   /* ours, then theirs */
} DojoConflictSide;

/* One conflict in a text. Lines are 0-based line numbers in the text.
 * start_line is the "<<<<<<< label" line, base_line the "||||||| label" line
 * or -1 (only diff3 style has it), mid_line the "=======" line, end_line the
 * ">>>>>>> label" line.
 * ours = lines start_line+1 .. (base_line or mid_line)-1
 * theirs = lines mid_line+1 .. end_line-1
 * A label is the text after the marker and its space ("HEAD", "feature"),
 * "" when the marker has none; never NULL. */
typedef struct
{
  int   start_line;
  int   base_line;
  int   mid_line;
  int   end_line;
  char *ours_label;
  char *theirs_label;
} DojoConflictRegion;

void        dojo_conflict_region_free (DojoConflictRegion *region);

GPtrArray  *dojo_conflict_parse       (const char         *text,
                                       gssize              length);
gboolean    dojo_conflict_has_markers (const char         *text,
                                       gssize              length,
                                       int                *first_line);
char       *dojo_conflict_resolve     (const char         *text,
                                       gssize              length,
                                       guint               region_index,
                                       DojoConflictSide    side);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoConflictRegion, dojo_conflict_region_free)

G_END_DECLS
