/* test-history-graph.c: the shape of the history graph, as git log --graph draws it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "dojo-commit-info.h"
#include "dojo-history-graph.h"

/* Commits from "ID:PARENT,PARENT" words, newest first; a merge's summary is
 * git's own message when the word ends in "=BRANCH". */
static GPtrArray *
make_commits (const char *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);
  GPtrArray *commits = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_commit_info_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      DojoCommitInfo *info = g_new0 (DojoCommitInfo, 1);
      g_auto(GStrv) merged = g_strsplit (words[i], "=", 2);
      g_auto(GStrv) parts = g_strsplit (merged[0], ":", 2);

      info->id = g_strdup (parts[0]);
      info->short_id = g_strdup (parts[0]);
      info->parent_ids = parts[1] != NULL && parts[1][0] != '\0'
                         ? g_strsplit (parts[1], ",", -1) : g_new0 (char *, 1);
      info->n_parents = g_strv_length (info->parent_ids);
      info->summary = merged[1] != NULL ? g_strdup_printf ("Merge branch '%s'", merged[1])
                                        : g_strdup_printf ("Commit %s", parts[0]);
      info->message = g_strdup (info->summary);
      g_ptr_array_add (commits, info);
    }

  return commits;
}

static GPtrArray *
make_branches (const char *spec)
{
  g_auto(GStrv) words = g_strsplit (spec, " ", -1);
  GPtrArray *branches = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_branch_info_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      DojoBranchInfo *branch = g_new0 (DojoBranchInfo, 1);
      g_auto(GStrv) parts = g_strsplit (words[i], "@", 2);

      branch->is_current = parts[0][0] == '*';
      branch->name = g_strdup (parts[0] + (branch->is_current ? 1 : 0));
      branch->tip_id = g_strdup (parts[1]);
      g_ptr_array_add (branches, branch);
    }

  return branches;
}

/* A row as "LANE|FROM>TO FROM>TO", the lines below the dot in order. */
static char *
row_shape (const DojoHistoryGraphRow *row)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%u%s|", row->lane, row->is_merge ? "m" : "");
  for (guint i = 0; i < row->edges->len; i++)
    {
      const DojoHistoryGraphEdge *edge = &g_array_index (row->edges, DojoHistoryGraphEdge, i);

      g_string_append_printf (text, "%s%u>%u", i > 0 ? " " : "", edge->from, edge->to);
    }

  return g_string_free (text, FALSE);
}

static char *
graph_shape (DojoHistoryGraph *graph)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < dojo_history_graph_get_n_rows (graph); i++)
    {
      g_autofree char *shape = row_shape (dojo_history_graph_get_row (graph, i));

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", shape);
    }

  return g_string_free (text, FALSE);
}

static DojoHistoryGraph *
layout (const char *commits_spec,
        const char *branches_spec)
{
  g_autoptr(GPtrArray) commits = make_commits (commits_spec);
  g_autoptr(GPtrArray) branches = make_branches (branches_spec);
  DojoHistoryGraph *graph = dojo_history_graph_new ();

  dojo_history_graph_set_branches (graph, branches);
  dojo_history_graph_add (graph, commits);

  return graph;
}

/* Loading the history page by page, split anywhere, gives the same rows,
 * colours and names as loading it at once. */
static void
assert_pages_agree (const char *commits_spec,
                    const char *branches_spec)
{
  g_autoptr(DojoHistoryGraph) whole = layout (commits_spec, branches_spec);
  g_autoptr(GPtrArray) commits = make_commits (commits_spec);
  g_autoptr(GPtrArray) branches = make_branches (branches_spec);

  for (guint split = 1; split < commits->len; split++)
    {
      g_autoptr(DojoHistoryGraph) paged = dojo_history_graph_new ();
      g_autoptr(GPtrArray) first = g_ptr_array_new ();
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      for (guint i = 0; i < commits->len; i++)
        g_ptr_array_add (i < split ? first : rest, g_ptr_array_index (commits, i));

      dojo_history_graph_set_branches (paged, branches);
      dojo_history_graph_add (paged, first);
      g_assert_cmpuint (dojo_history_graph_get_n_rows (paged), ==, split);
      dojo_history_graph_add (paged, rest);
      g_assert_cmpuint (dojo_history_graph_get_n_rows (paged), ==, commits->len);

      for (guint i = 0; i < commits->len; i++)
        {
          const DojoHistoryGraphRow *a = dojo_history_graph_get_row (whole, i);
          const DojoHistoryGraphRow *b = dojo_history_graph_get_row (paged, i);
          g_autofree char *shape_a = row_shape (a);
          g_autofree char *shape_b = row_shape (b);

          g_assert_cmpstr (shape_a, ==, shape_b);
          g_assert_cmpuint (a->color, ==, b->color);
          g_assert_cmpuint (a->n_lanes, ==, b->n_lanes);
          g_assert_cmpstr (a->branch, ==, b->branch);
          g_assert_cmpstr (a->merged_branch, ==, b->merged_branch);
          for (guint e = 0; e < a->edges->len; e++)
            g_assert_cmpuint (g_array_index (a->edges, DojoHistoryGraphEdge, e).color, ==,
                              g_array_index (b->edges, DojoHistoryGraphEdge, e).color);
        }
    }
}

/* Every line that leaves a row arrives at a dot or goes on through the
 * next row: no line ends in the air. */
static void
assert_lines_connect (DojoHistoryGraph *graph)
{
  guint n = dojo_history_graph_get_n_rows (graph);

  for (guint i = 0; i + 1 < n; i++)
    {
      const DojoHistoryGraphRow *row = dojo_history_graph_get_row (graph, i);
      const DojoHistoryGraphRow *below = dojo_history_graph_get_row (graph, i + 1);

      for (guint e = 0; e < row->edges->len; e++)
        {
          const DojoHistoryGraphEdge *edge = &g_array_index (row->edges, DojoHistoryGraphEdge, e);
          gboolean goes_on = edge->to == below->lane;

          g_assert_cmpuint (edge->from, <, row->n_lanes);
          g_assert_cmpuint (edge->to, <, below->n_lanes);
          for (guint f = 0; f < below->edges->len && !goes_on; f++)
            goes_on = g_array_index (below->edges, DojoHistoryGraphEdge, f).from == edge->to;
          g_assert_true (goes_on);
        }
    }
}

static void
test_linear (void)
{
  const char *spec = "c3:c2 c2:c1 c1:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "*main@c3");
  g_autofree char *shape = graph_shape (graph);
  g_autofree char *said = dojo_history_graph_describe_row (graph, 1);
  const DojoHistoryGraphRow *top = dojo_history_graph_get_row (graph, 0);

  /* One straight line, ending at the first commit. */
  g_assert_cmpstr (shape, ==, "0|0>0; 0|0>0; 0|");
  g_assert_cmpuint (dojo_history_graph_get_n_lanes (graph), ==, 1);
  g_assert_cmpstr (said, ==, "On branch main");
  g_assert_cmpstr (top->tips[0], ==, "main");
  g_assert_null (top->tips[1]);
  g_assert_cmpstr (top->current_tip, ==, "main");
  g_assert_null (dojo_history_graph_get_row (graph, 1)->tips[0]);
  g_assert_null (dojo_history_graph_get_row (graph, 3));
  assert_lines_connect (graph);
  assert_pages_agree (spec, "*main@c3");
}

static void
test_one_branch (void)
{
  /*   * f2        (feature)
   *   * f1
   *   | * m1      (main)
   *   |/
   *   * b
   *   * a          */
  const char *spec = "f2:f1 f1:b m1:b b:a a:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "feature@f2 *main@m1");
  g_autofree char *shape = graph_shape (graph);
  const DojoHistoryGraphRow *m1 = dojo_history_graph_get_row (graph, 2);

  g_assert_cmpstr (shape, ==, "0|0>0; 0|0>0; 1|0>0 1>0; 0|0>0; 0|");
  g_assert_cmpuint (dojo_history_graph_get_n_lanes (graph), ==, 2);
  g_assert_cmpstr (dojo_history_graph_get_row (graph, 0)->branch, ==, "feature");
  g_assert_cmpstr (dojo_history_graph_get_row (graph, 1)->branch, ==, "feature");
  g_assert_cmpstr (m1->branch, ==, "main");
  g_assert_cmpstr (m1->current_tip, ==, "main");
  /* Two lines of work, two colours; the ending branch keeps its own down
   * to where it joins. */
  g_assert_cmpuint (m1->color, !=, dojo_history_graph_get_row (graph, 0)->color);
  g_assert_cmpuint (g_array_index (m1->edges, DojoHistoryGraphEdge, 1).color, ==, m1->color);
  /* Where the two meet, the current branch's name goes on. */
  g_assert_cmpstr (dojo_history_graph_get_row (graph, 3)->branch, ==, "main");
  assert_lines_connect (graph);
  assert_pages_agree (spec, "feature@f2 *main@m1");
}

static void
test_merge (void)
{
  /*   *   m       (main) Merge branch 'feature'
   *   |\
   *   | * f1     (feature)
   *   * | c
   *   |/
   *   * b
   *   * a          */
  const char *spec = "m:c,f1=feature f1:b c:b b:a a:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "*main@m feature@f1");
  g_autofree char *shape = graph_shape (graph);
  g_autofree char *merge_words = dojo_history_graph_describe_row (graph, 0);
  g_autofree char *branch_words = dojo_history_graph_describe_row (graph, 1);
  const DojoHistoryGraphRow *merge = dojo_history_graph_get_row (graph, 0);
  const DojoHistoryGraphRow *c = dojo_history_graph_get_row (graph, 2);

  g_assert_cmpstr (shape, ==, "0m|0>0 0>1; 1|0>0 1>1; 0|0>0 1>0; 0|0>0; 0|");
  g_assert_true (merge->is_merge);
  g_assert_false (c->is_merge);
  g_assert_cmpstr (merge_words, ==, "Merge commit: joins “feature” into “main”");
  g_assert_cmpstr (branch_words, ==, "On branch feature");
  /* main's line keeps its place and colour through the merge and below. */
  g_assert_cmpstr (c->branch, ==, "main");
  g_assert_cmpuint (c->color, ==, merge->color);
  g_assert_cmpuint (dojo_history_graph_get_row (graph, 3)->color, ==, merge->color);
  g_assert_cmpuint (dojo_history_graph_get_row (graph, 1)->color, !=, merge->color);
  g_assert_cmpstr (dojo_history_graph_get_row (graph, 3)->branch, ==, "main");
  assert_lines_connect (graph);
  assert_pages_agree (spec, "*main@m feature@f1");
}

static void
test_merge_deleted_branch (void)
{
  /* The branch is gone after the merge: the message still names it, and
   * the line it came in on. */
  const char *spec = "m:c,f2=idea c:b f2:f1 f1:b b:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "*main@m");
  g_autofree char *shape = graph_shape (graph);
  g_autofree char *merge_words = dojo_history_graph_describe_row (graph, 0);
  g_autofree char *f1_words = dojo_history_graph_describe_row (graph, 3);

  g_assert_cmpstr (shape, ==, "0m|0>0 0>1; 0|0>0 1>1; 1|0>0 1>1; 1|0>0 1>0; 0|");
  g_assert_cmpstr (merge_words, ==, "Merge commit: joins “idea” into “main”");
  g_assert_cmpstr (f1_words, ==, "On branch idea");
  assert_lines_connect (graph);
  assert_pages_agree (spec, "*main@m");
}

static void
test_two_branches_from_one (void)
{
  /*   * x2        (x)
   *   | * y1      (y)
   *   | | * m1    (main)
   *   * | | x1
   *   |/ /
   *   * b          two branches and main all start at b */
  const char *spec = "x2:x1 y1:b m1:b x1:b b:a a:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "x@x2 y@y1 *main@m1");
  g_autofree char *shape = graph_shape (graph);
  const DojoHistoryGraphRow *b = dojo_history_graph_get_row (graph, 4);

  g_assert_cmpstr (shape, ==,
                   "0|0>0; 1|0>0 1>1; 2|0>0 1>1 2>1; 0|0>0 1>0; 0|0>0; 0|");
  g_assert_cmpuint (dojo_history_graph_get_n_lanes (graph), ==, 3);
  g_assert_cmpuint (b->lane, ==, 0);
  g_assert_cmpstr (b->branch, ==, "main");
  assert_lines_connect (graph);
  assert_pages_agree (spec, "x@x2 y@y1 *main@m1");
}

static void
test_criss_cross (void)
{
  /* Each branch merged the other: two merge commits with the same two
   * parents, in the other order. */
  const char *spec = "m2:c,b=main m1:b,c=feature c:a b:a a:";
  g_autoptr(DojoHistoryGraph) graph = layout (spec, "feature@m2 *main@m1");
  g_autofree char *shape = graph_shape (graph);
  g_autofree char *m2_words = dojo_history_graph_describe_row (graph, 0);
  g_autofree char *m1_words = dojo_history_graph_describe_row (graph, 1);

  g_assert_cmpstr (shape, ==,
                   "0m|0>0 0>1; 2m|0>0 1>1 2>0 2>1; 0|0>0 1>1; 1|0>0 1>0; 0|");
  g_assert_cmpstr (m2_words, ==, "Merge commit: joins “main” into “feature”");
  g_assert_cmpstr (m1_words, ==, "Merge commit: joins “feature” into “main”");
  /* No lane waits twice for one commit: after both merges, two lanes. */
  g_assert_cmpuint (dojo_history_graph_get_row (graph, 2)->n_lanes, ==, 2);
  assert_lines_connect (graph);
  assert_pages_agree (spec, "feature@m2 *main@m1");
}

static void
test_page_boundary (void)
{
  /* A long history with a merge across where a page ends: the lines that
   * leave the last row of a page arrive in the first row of the next. */
  GString *spec = g_string_new ("m:c9,f3=feature f3:f2 f2:f1 f1:c2");
  g_autoptr(DojoHistoryGraph) paged = dojo_history_graph_new ();
  g_autoptr(GPtrArray) branches = make_branches ("*main@m");
  g_autoptr(GPtrArray) commits = NULL;
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  const DojoHistoryGraphRow *last_of_page;
  const DojoHistoryGraphRow *first_of_next;

  for (guint i = 9; i > 1; i--)
    g_string_append_printf (spec, " c%u:c%u", i, i - 1);
  g_string_append (spec, " c1:");
  commits = make_commits (spec->str);

  for (guint i = 0; i < commits->len; i++)
    g_ptr_array_add (i < 3 ? first : rest, g_ptr_array_index (commits, i));

  dojo_history_graph_set_branches (paged, branches);
  dojo_history_graph_add (paged, first);
  last_of_page = dojo_history_graph_get_row (paged, 2);
  /* Two lines go on below the page: main's and the feature's. */
  g_assert_cmpuint (last_of_page->edges->len, ==, 2);

  dojo_history_graph_add (paged, rest);
  first_of_next = dojo_history_graph_get_row (paged, 3);
  g_assert_cmpuint (first_of_next->lane, ==, 1);   /* f1, still on the feature's line */
  assert_lines_connect (paged);
  assert_pages_agree (spec->str, "*main@m");
  g_string_free (spec, TRUE);
}

static void
test_unknown_parent (void)
{
  /* A parent that is not in the history given (a shallow clone, or the
   * last page not read yet): its line goes on down, no crash. */
  g_autoptr(DojoHistoryGraph) graph = layout ("c2:c1 c1:c0", "*main@c2");
  g_autofree char *shape = graph_shape (graph);

  g_assert_cmpstr (shape, ==, "0|0>0; 0|0>0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history-graph/linear", test_linear);
  g_test_add_func ("/history-graph/one-branch", test_one_branch);
  g_test_add_func ("/history-graph/merge", test_merge);
  g_test_add_func ("/history-graph/merge-deleted-branch", test_merge_deleted_branch);
  g_test_add_func ("/history-graph/two-branches-from-one", test_two_branches_from_one);
  g_test_add_func ("/history-graph/criss-cross", test_criss_cross);
  g_test_add_func ("/history-graph/page-boundary", test_page_boundary);
  g_test_add_func ("/history-graph/unknown-parent", test_unknown_parent);

  return g_test_run ();
}
