/* dojo-word-diff.h: which words of a changed line changed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A changed stretch of a line: bytes @start up to (not including) @end. */
typedef struct
{
  guint start;
  guint end;
} DojoWordRange;

/* The words that differ between a removed line and the added line that
 * replaced it. @old_line and @new_line are the lines' indexes in the block
 * they were paired from (0 for dojo_word_diff_lines()). The ranges are in
 * order, never empty, never touching each other. @similarity is the share
 * (0 to 100) of the two lines' visible text (spaces left out) that both
 * lines have in common. */
typedef struct
{
  guint   old_line;
  guint   new_line;
  GArray *old_ranges;   /* of DojoWordRange, byte offsets in the old line */
  GArray *new_ranges;   /* of DojoWordRange, byte offsets in the new line */
  guint   similarity;
} DojoWordDiff;

/* Below this similarity two lines are not the same line changed, but
 * different lines: highlighting "all of it" would tell nothing. */
#define DOJO_WORD_DIFF_MIN_SIMILARITY 40

DojoWordDiff *dojo_word_diff_lines      (const char         *old_text,
                                         gssize              old_len,
                                         const char         *new_text,
                                         gssize              new_len);
GPtrArray    *dojo_word_diff_pair_block (const char * const *removed,
                                         guint               n_removed,
                                         const char * const *added,
                                         guint               n_added,
                                         guint               n_needed);
void          dojo_word_diff_free       (DojoWordDiff       *diff);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoWordDiff, dojo_word_diff_free)

G_END_DECLS
