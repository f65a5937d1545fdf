/* dojo-history-graph.c: where each commit and line of the history graph goes
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commits come newest first, a commit always before its parents (the
 * order of `git log --graph`). Going down the rows, each column ("lane")
 * waits for one commit: the parent of a commit above. A commit takes the
 * lane that waits for it, or a new one at the right when nothing newer
 * leads to it (a branch's tip). Its first parent then takes over its lane;
 * another parent of a merge gets a new lane just right of it. A parent that
 * a lane already waits for gets no second lane: the line joins that lane,
 * which is how two branches that start from one commit meet there. Lanes
 * that end close up, so the graph stays as narrow as git draws it.
 */

#define G_LOG_DOMAIN "dojo-history-graph"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-commit-info.h"
#include "dojo-history-graph.h"

typedef struct
{
  char  *id;       /* the commit this lane waits for */
  char  *branch;   /* the line of work's name, or NULL */
  guint  color;
} Lane;

typedef struct
{
  DojoHistoryGraphRow  row;
  char                *branch;
  char                *merged_branch;
  GStrv                tips;
  char                *current_tip;
} Row;

struct _DojoHistoryGraph
{
  GArray     *lanes;       /* of Lane, waiting below the last row */
  GPtrArray  *rows;        /* of Row */
  GHashTable *tips;        /* commit id → GPtrArray of branch names, current first */
  char       *current;     /* the current branch, or NULL */
  guint       next_color;
  guint       n_lanes;
};

static void
lane_clear (Lane *lane)
{
  g_clear_pointer (&lane->id, g_free);
  g_clear_pointer (&lane->branch, g_free);
}

static void
row_free (Row *row)
{
  g_clear_pointer (&row->row.edges, g_array_unref);
  g_free (row->branch);
  g_free (row->merged_branch);
  g_strfreev (row->tips);
  g_free (row->current_tip);
  g_free (row);
}

DojoHistoryGraph *
dojo_history_graph_new (void)
{
  DojoHistoryGraph *self = g_new0 (DojoHistoryGraph, 1);

  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, (GDestroyNotify)lane_clear);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  self->tips = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify)g_ptr_array_unref);

  return self;
}

void
dojo_history_graph_free (DojoHistoryGraph *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->lanes);
  g_ptr_array_unref (self->rows);
  g_hash_table_unref (self->tips);
  g_free (self->current);
  g_free (self);
}

/**
 * dojo_history_graph_set_branches:
 * @branches: (element-type DojoBranchInfo): the local branches
 *
 * Tells the graph which commits are branch tips, to name the lines of work.
 * Call it before adding the first rows.
 */
void
dojo_history_graph_set_branches (DojoHistoryGraph *self,
                                 GPtrArray        *branches)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (branches != NULL);

  g_hash_table_remove_all (self->tips);
  g_clear_pointer (&self->current, g_free);

  for (guint i = 0; i < branches->len; i++)
    {
      const DojoBranchInfo *branch = g_ptr_array_index (branches, i);
      GPtrArray *names;

      if (branch->tip_id == NULL)
        continue;

      names = g_hash_table_lookup (self->tips, branch->tip_id);
      if (names == NULL)
        {
          names = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (self->tips, g_strdup (branch->tip_id), names);
        }

      if (branch->is_current)
        {
          g_ptr_array_insert (names, 0, g_strdup (branch->name));
          self->current = g_strdup (branch->name);
        }
      else
        g_ptr_array_add (names, g_strdup (branch->name));
    }
}

static int
find_lane (DojoHistoryGraph *self,
           const char       *id)
{
  for (guint i = 0; i < self->lanes->len; i++)
    {
      if (g_str_equal (g_array_index (self->lanes, Lane, i).id, id))
        return i;
    }

  return -1;
}

static const char *
tip_name (DojoHistoryGraph *self,
          const char       *id)
{
  GPtrArray *names = g_hash_table_lookup (self->tips, id);

  return names != NULL ? g_ptr_array_index (names, 0) : NULL;
}

/* The branch a merge commit's message says it merged, as git writes it
 * ("Merge branch 'feature'" or "Merge branch 'feature' into dev"), and the
 * one it went into; NULL where the message does not say. */
static void
parse_merge_message (const char  *summary,
                     char       **merged,
                     char       **into)
{
  const char *prefix = "Merge branch '";
  const char *start;
  const char *end;

  *merged = NULL;
  *into = NULL;

  if (summary == NULL || !g_str_has_prefix (summary, prefix))
    return;

  start = summary + strlen (prefix);
  if ((end = strchr (start, '\'')) == NULL || end == start)
    return;

  *merged = g_strndup (start, end - start);
  if (g_str_has_prefix (end + 1, " into ") && end[strlen (" into ") + 1] != '\0')
    *into = g_strdup (end + 1 + strlen (" into "));
}

static void
add_edge (GArray *edges,
          guint   from,
          guint   to,
          guint   color)
{
  DojoHistoryGraphEdge edge = { from, to, color };

  g_array_append_val (edges, edge);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const DojoHistoryGraphEdge *x = a;
  const DojoHistoryGraphEdge *y = b;

  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  if (x->to != y->to)
    return x->to < y->to ? -1 : 1;
  return 0;
}

static void
add_commit (DojoHistoryGraph     *self,
            const DojoCommitInfo *info)
{
  Row *row = g_new0 (Row, 1);
  g_autoptr(GArray) next = NULL;
  g_autoptr(GArray) sources = NULL;   /* for each lane of @next: the lane it comes from */
  g_autofree int *joins = NULL;       /* for each parent: the old lane it joins, or -1 */
  g_autofree char *merged = NULL;
  g_autofree char *into = NULL;
  GPtrArray *names;
  guint n_parents = info->parent_ids != NULL ? g_strv_length (info->parent_ids) : 0;
  guint incoming = self->lanes->len;
  guint dot;
  int found;
  int absorbed = -1;     /* the lane that comes into this one */
  int continued = -1;    /* the lane of @next that goes on from the dot */
  Lane *lane;

  row->row.edges = g_array_new (FALSE, FALSE, sizeof (DojoHistoryGraphEdge));
  row->row.is_merge = n_parents > 1;

  /* Nothing newer leads here: a tip, in a new lane at the right. */
  if ((found = find_lane (self, info->id)) < 0)
    {
      Lane fresh = { g_strdup (info->id), NULL, self->next_color++ };

      g_array_append_val (self->lanes, fresh);
      found = self->lanes->len - 1;
    }
  dot = found;
  lane = &g_array_index (self->lanes, Lane, dot);

  /* A branch's tip names its line from here down. */
  if ((names = g_hash_table_lookup (self->tips, info->id)) != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; i < names->len; i++)
        g_strv_builder_add (builder, g_ptr_array_index (names, i));
      row->tips = g_strv_builder_end (builder);
      if (self->current != NULL && g_str_equal (names->pdata[0], self->current))
        row->current_tip = g_strdup (self->current);

      g_free (lane->branch);
      lane->branch = g_strdup (g_ptr_array_index (names, 0));
    }
  else
    row->tips = g_new0 (char *, 1);

  if (row->row.is_merge)
    parse_merge_message (info->summary, &merged, &into);
  if (lane->branch == NULL && into != NULL)
    lane->branch = g_strdup (into);

  row->branch = g_strdup (lane->branch);
  row->row.lane = dot;
  row->row.color = lane->color;

  /* Which parents a lane already waits for. A lane at the right that waits
   * for the first parent comes over into this one, rather than this line
   * bending away to the right: the line on the left goes on, as in git. */
  joins = g_new (int, MAX (n_parents, 1));
  for (guint p = 0; p < n_parents; p++)
    {
      int j = find_lane (self, info->parent_ids[p]);

      joins[p] = j >= 0 && (guint)j != dot ? j : -1;
      if (p == 0 && j > (int)dot)
        {
          absorbed = j;
          joins[p] = -1;
        }
      /* The same parent twice (a hand-made commit): one line is enough. */
      for (guint q = 0; q < p; q++)
        if (g_str_equal (info->parent_ids[q], info->parent_ids[p]))
          joins[p] = -2;
    }

  if (row->row.is_merge && n_parents > 1)
    {
      const char *second = info->parent_ids[1];

      if (merged != NULL)
        row->merged_branch = g_strdup (merged);
      else if (tip_name (self, second) != NULL)
        row->merged_branch = g_strdup (tip_name (self, second));
      else if (joins[1] >= 0)
        row->merged_branch = g_strdup (g_array_index (self->lanes, Lane, joins[1]).branch);
    }

  /* The lanes below this row, left to right, and where each comes from. */
  next = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (next, (GDestroyNotify)lane_clear);
  sources = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->lanes->len; i++)
    {
      Lane *old = &g_array_index (self->lanes, Lane, i);

      if ((int)i == absorbed)
        continue;

      if (i != dot)
        {
          Lane copy = { g_strdup (old->id), g_strdup (old->branch), old->color };

          g_array_append_val (next, copy);
          g_array_append_val (sources, i);
          continue;
        }

      for (guint p = 0; p < n_parents; p++)
        {
          Lane fresh = { g_strdup (info->parent_ids[p]), NULL, 0 };

          if (joins[p] != -1)
            {
              lane_clear (&fresh);
              continue;
            }

          if (p == 0)
            {
              const char *name = old->branch;

              /* The first parent carries the line of work on; where two
               * lines meet, the current branch's name goes on. */
              if (absorbed >= 0 && self->current != NULL
                  && g_strcmp0 (g_array_index (self->lanes, Lane, absorbed).branch,
                                self->current) == 0)
                name = self->current;
              fresh.branch = g_strdup (name);
              fresh.color = old->color;
              continued = next->len;
            }
          else
            {
              fresh.branch = g_strdup (tip_name (self, fresh.id) ? tip_name (self, fresh.id)
                                                                 : (p == 1 ? merged : NULL));
              fresh.color = self->next_color++;
            }
          g_array_append_val (next, fresh);
          g_array_append_val (sources, i);
        }
    }

  /* The lines down to the next row. */
  for (guint n = 0; n < next->len; n++)
    {
      guint from = g_array_index (sources, guint, n);
      Lane *to = &g_array_index (next, Lane, n);

      add_edge (row->row.edges, from, n, to->color);
    }
  if (absorbed >= 0)
    add_edge (row->row.edges, absorbed, continued,
              g_array_index (self->lanes, Lane, absorbed).color);
  for (guint p = 0; p < n_parents; p++)
    {
      if (joins[p] < 0)
        continue;

      for (guint n = 0; n < next->len; n++)
        {
          if (g_array_index (sources, guint, n) == (guint)joins[p])
            {
              Lane *target = &g_array_index (next, Lane, n);

              if (p == 0 && self->current != NULL
                  && g_strcmp0 (row->branch, self->current) == 0)
                {
                  g_free (target->branch);
                  target->branch = g_strdup (self->current);
                }

              /* A branch that ends here keeps its colour down to where
               * it joins; a merged line comes up in its own. */
              add_edge (row->row.edges, dot, n,
                        p == 0 ? row->row.color : g_array_index (next, Lane, n).color);
              break;
            }
        }
    }
  g_array_sort (row->row.edges, compare_edges);

  row->row.n_lanes = MAX (MAX (incoming, self->lanes->len), next->len);
  self->n_lanes = MAX (self->n_lanes, row->row.n_lanes);

  g_array_unref (self->lanes);
  self->lanes = g_steal_pointer (&next);

  row->row.branch = row->branch;
  row->row.merged_branch = row->merged_branch;
  row->row.tips = (const char * const *)row->tips;
  row->row.current_tip = row->current_tip;
  g_ptr_array_add (self->rows, row);
}

/**
 * dojo_history_graph_add:
 * @commits: (element-type DojoCommitInfo): the next commits, in the order
 *   dojo_repo_log_all() gives them
 *
 * Lays out rows for @commits below the rows already there: adding a history
 * page by page gives the same rows as adding it at once.
 */
void
dojo_history_graph_add (DojoHistoryGraph *self,
                        GPtrArray        *commits)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (commits != NULL);

  for (guint i = 0; i < commits->len; i++)
    add_commit (self, g_ptr_array_index (commits, i));
}

guint
dojo_history_graph_get_n_rows (DojoHistoryGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->rows->len;
}

/* The most columns any row uses. */
guint
dojo_history_graph_get_n_lanes (DojoHistoryGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_lanes;
}

/**
 * dojo_history_graph_get_row:
 *
 * Returns: (transfer none) (nullable): the row at @index, valid while the
 *   graph lives
 */
const DojoHistoryGraphRow *
dojo_history_graph_get_row (DojoHistoryGraph *self,
                            guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (index >= self->rows->len)
    return NULL;

  return &((Row *)g_ptr_array_index (self->rows, index))->row;
}

/**
 * dojo_history_graph_describe_row:
 *
 * What the graph shows at a row, in words, for those who cannot see it:
 * "Merge commit: joins “feature” into “main”", "On branch feature".
 *
 * Returns: (transfer full) (nullable): the words, or %NULL when the graph
 *   knows nothing to say
 */
char *
dojo_history_graph_describe_row (DojoHistoryGraph *self,
                                 guint             index)
{
  const DojoHistoryGraphRow *row;

  g_return_val_if_fail (self != NULL, NULL);

  if ((row = dojo_history_graph_get_row (self, index)) == NULL)
    return NULL;

  if (row->is_merge)
    {
      if (row->merged_branch != NULL && row->branch != NULL)
        /* Translators: a merge commit in the history:
         * "Merge commit: joins “feature” into “main”" */
        return g_strdup_printf (_("Merge commit: joins “%s” into “%s”"),
                                row->merged_branch, row->branch);
      if (row->merged_branch != NULL)
        /* Translators: a merge commit in the history, when the branch it went
         * into is not known: "Merge commit: joins “feature”" */
        return g_strdup_printf (_("Merge commit: joins “%s”"), row->merged_branch);
      return g_strdup (_("Merge commit: joins two lines of work"));
    }

  if (row->branch != NULL)
    /* Translators: where a commit is in the history: "On branch feature" */
    return g_strdup_printf (_("On branch %s"), row->branch);

  return NULL;
}
