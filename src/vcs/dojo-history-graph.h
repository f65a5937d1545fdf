/* dojo-history-graph.h: where each commit and line of the history graph goes
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A line from one row of the graph down to the next: it leaves @from in this
 * row and arrives at @to in the row below. @color numbers the line of work
 * it belongs to (0, 1, 2…); a drawing picks a colour from it. */
typedef struct
{
  guint from;
  guint to;
  guint color;
} DojoHistoryGraphEdge;

/* One row: a commit's dot in column @lane, and the lines below it.
 * Whatever comes into the row from above is the previous row's @edges.
 * @branch names the line of work the commit is on (the branch whose tip it
 * is, or the branch of the newer commits of its line), %NULL when unknown;
 * for a merge commit, @merged_branch names the line it joins in, %NULL when
 * unknown. @tips are the local branches whose newest commit this is, the
 * current branch first. @n_lanes is how many columns the row, the lines into
 * it and the lines out of it use. */
typedef struct
{
  guint        lane;
  guint        color;
  guint        n_lanes;
  gboolean     is_merge;
  const char  *branch;
  const char  *merged_branch;
  const char * const *tips;
  const char  *current_tip;   /* the current branch, when it is one of @tips */
  GArray      *edges;         /* of DojoHistoryGraphEdge, sorted by @from */
} DojoHistoryGraphRow;

typedef struct _DojoHistoryGraph DojoHistoryGraph;

DojoHistoryGraph          *dojo_history_graph_new          (void);
void                       dojo_history_graph_free         (DojoHistoryGraph   *self);
void                       dojo_history_graph_set_branches (DojoHistoryGraph   *self,
                                                            GPtrArray          *branches);
void                       dojo_history_graph_add          (DojoHistoryGraph   *self,
                                                            GPtrArray          *commits);
guint                      dojo_history_graph_get_n_rows   (DojoHistoryGraph   *self);
guint                      dojo_history_graph_get_n_lanes  (DojoHistoryGraph   *self);
const DojoHistoryGraphRow *dojo_history_graph_get_row      (DojoHistoryGraph   *self,
                                                            guint               index);
char                      *dojo_history_graph_describe_row (DojoHistoryGraph   *self,
                                                            guint               index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoHistoryGraph, dojo_history_graph_free)

G_END_DECLS
