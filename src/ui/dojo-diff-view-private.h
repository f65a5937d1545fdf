/* dojo-diff-view-private.h: what the tests read of a DojoDiffView
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-diff-view.h"

G_BEGIN_DECLS

/* The columns of the gutter beside the readable changes. */
typedef enum
{
  DOJO_DIFF_GUTTER_OLD_LINE,   /* the line's number in the old version */
  DOJO_DIFF_GUTTER_NEW_LINE,   /* its number in the new version */
  DOJO_DIFF_GUTTER_SIGN,       /* "−" removed, "+" added */
} DojoDiffGutterColumn;

/* The text the gutter shows in @column beside the buffer's line @line
 * (empty where it shows nothing), or %NULL when the gutter is hidden. */
char *_dojo_diff_view_dup_gutter_text (DojoDiffView         *self,
                                       DojoDiffGutterColumn  column,
                                       guint                 line);

G_END_DECLS
