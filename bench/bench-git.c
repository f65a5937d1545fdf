/* bench-git.c: DojoRepo against the git command, on a learner-sized project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a 2,000-file project in a temporary folder and times, 15 runs each,
 * status (clean, and with 20 changed files), a commit of 20 changed files,
 * asking whether each row of the project's file list is ignored, and
 * keeping the work (20 changed files) on a branch of its own, with DojoRepo
 * and with `git`; then status on 20,000 files. The git side includes
 * starting the process, as it does when a learner types it.
 * Prints median/min/max in milliseconds and the ratio dojo/git, and a
 * BENCH line per figure (see bench-report.h).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "dojo-repo.h"
#include "bench-project.h"
#include "bench-report.h"

#define RUNS 15

typedef gboolean (*BenchFunc) (gpointer data);

typedef struct
{
  double median;
  double min;
  double max;
} Figures;

static char **git_env;

/* @prepare (untimed) runs before each timed @func. */
static Figures
measure (BenchFunc  prepare,
         BenchFunc  func,
         gpointer   data,
         guint      runs)
{
  double times[RUNS];
  Figures f;

  g_assert (runs <= RUNS);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start;

      if (prepare != NULL && !prepare (data))
        g_error ("preparing run %u failed", i);

      start = g_get_monotonic_time ();
      if (!func (data))
        g_error ("run %u failed", i);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  bench_sort_ms (times, runs);
  f.median = times[runs / 2];
  f.min = times[0];
  f.max = times[runs - 1];

  return f;
}

static void
report (const char *what,
        const char *name,
        Figures     dojo,
        Figures     git)
{
  printf ("%-28s dojo %8.2f ms (min %7.2f, max %7.2f) | git %8.2f ms (min %7.2f, max %7.2f)"
          " | dojo/git %.2f\n",
          what, dojo.median, dojo.min, dojo.max, git.median, git.min, git.max,
          dojo.median / git.median);
  bench_report_line (name, dojo.median, dojo.min, dojo.max, RUNS,
                     "git-cli", git.median, git.min, git.max);
}

static gboolean
run_git (const char *dir,
         const char *script)
{
  const char *argv[] = { "/bin/sh", "-c", script, NULL };
  int status = -1;

  if (!g_spawn_sync (dir, (char **)argv, git_env, G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;

  return g_spawn_check_wait_status (status, NULL);
}

typedef struct
{
  DojoRepo  *repo;
  char      *dir;
  guint      generation;
  GPtrArray *rows;        /* the file list's paths: folders and files */
  char      *rows_file;   /* the same, one a line, for git check-ignore */
} Bench;

static gboolean
touch_20 (gpointer data)
{
  Bench *b = data;

  return bench_project_touch_20 (b->dir, ++b->generation);
}

static gboolean
dojo_status (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) changes = dojo_repo_status (b->repo, NULL);

  return changes != NULL;
}

static gboolean
git_status (gpointer data)
{
  Bench *b = data;

  return run_git (b->dir, "git status --porcelain");
}

static gboolean
dojo_commit (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = dojo_repo_commit (b->repo, "Bench", DOJO_COMMIT_ALL, &error);

  if (id == NULL)
    g_printerr ("%s\n", error->message);

  return id != NULL;
}

static gboolean
git_commit (gpointer data)
{
  Bench *b = data;

  return run_git (b->dir, "git add -A && git commit -q -m Bench");
}

/* A file list of the whole project asks about each of its rows. */
static gboolean
dojo_is_ignored_rows (gpointer data)
{
  Bench *b = data;
  guint n_ignored = 0;

  for (guint i = 0; i < b->rows->len; i++)
    n_ignored += dojo_repo_is_ignored (b->repo, g_ptr_array_index (b->rows, i));

  return n_ignored == 0;
}

static gboolean
git_check_ignore_rows (gpointer data)
{
  Bench *b = data;
  g_autofree char *script =
    g_strdup_printf ("git check-ignore --no-index --stdin < '%s'; test $? -eq 1", b->rows_file);

  return run_git (b->dir, script);
}

static gboolean
dojo_keep_work (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *branch = dojo_repo_keep_work (b->repo, "dojo-kept", "Bench", &error);

  if (branch == NULL)
    g_printerr ("%s\n", error->message);

  return branch != NULL;
}

/* What keep_work does, in git commands: the folder through an index of
 * its own, a commit on HEAD, a new branch. */
static gboolean
git_keep_work (gpointer data)
{
  Bench *b = data;
  g_autofree char *script =
    g_strdup_printf ("cp .git/index .git/bench-index && export GIT_INDEX_FILE=.git/bench-index"
                     " && git add -A && tree=$(git write-tree) && unset GIT_INDEX_FILE"
                     " && commit=$(git commit-tree -p HEAD -m Bench $tree)"
                     " && git branch git-kept-%u $commit", b->generation);

  return run_git (b->dir, script);
}

/* The paths a file list of the project shows: every folder and file. */
static void
list_rows (Bench *b,
           guint  n_files)
{
  g_autoptr(GString) text = g_string_new (NULL);

  b->rows = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_files; i++)
    {
      if (i % 100 == 0)
        g_ptr_array_add (b->rows, g_strdup_printf ("pkg%02u/", i / 100));
      if (i % 10 == 0)
        g_ptr_array_add (b->rows, g_strdup_printf ("pkg%02u/mod%02u/", i / 100, (i / 10) % 10));
      g_ptr_array_add (b->rows, g_strdup_printf ("pkg%02u/mod%02u/lesson_%05u.py",
                                                 i / 100, (i / 10) % 10, i));
    }

  for (guint i = 0; i < b->rows->len; i++)
    {
      g_string_append (text, g_ptr_array_index (b->rows, i));
      g_string_append_c (text, '\n');
    }
  b->rows_file = g_build_filename (b->dir, ".git", "bench-rows", NULL);
  if (!g_file_set_contents (b->rows_file, text->str, text->len, NULL))
    g_error ("cannot write %s", b->rows_file);
}

static Bench *
setup (const char *root,
       const char *name,
       guint       n_files)
{
  Bench *b = g_new0 (Bench, 1);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gint64 start = g_get_monotonic_time ();

  b->dir = g_build_filename (root, name, NULL);
  bench_project_write (b->dir, n_files);
  file = g_file_new_for_path (b->dir);
  b->repo = dojo_repo_init (file, &error);
  if (b->repo == NULL)
    g_error ("%s", error->message);
  id = dojo_repo_commit (b->repo, "Start", DOJO_COMMIT_ALL, &error);
  if (id == NULL)
    g_error ("%s", error->message);

  printf ("# %u files made and committed in %.0f ms\n", n_files,
          (g_get_monotonic_time () - start) / 1000.0);

  return b;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = NULL;
  Bench *small;
  Bench *big;
  Figures d, g;

  root = bench_project_root ("dojo-bench-git-XXXXXX");
  git_env = g_get_environ ();

  printf ("# bench-git: DojoRepo vs the git command line, %d runs each\n", RUNS);
  small = setup (root, "small", 2000);

  /* One untimed run each, so both start from a refreshed index. */
  dojo_status (small);
  git_status (small);

  d = measure (NULL, dojo_status, small, RUNS);
  g = measure (NULL, git_status, small, RUNS);
  report ("status, clean, 2000 files", "git-status-clean-2000", d, g);

  touch_20 (small);
  dojo_status (small);
  git_status (small);
  d = measure (NULL, dojo_status, small, RUNS);
  g = measure (NULL, git_status, small, RUNS);
  report ("status, 20 changed", "git-status-changed-2000", d, g);

  d = measure (touch_20, dojo_commit, small, RUNS);
  g = measure (touch_20, git_commit, small, RUNS);
  report ("commit, 20 changed", "git-commit-2000", d, g);

  /* One untimed run: libgit2 reads the ignore files the first time. */
  list_rows (small, 2000);
  dojo_is_ignored_rows (small);
  d = measure (NULL, dojo_is_ignored_rows, small, RUNS);
  g = measure (NULL, git_check_ignore_rows, small, RUNS);
  report ("is_ignored, 2220 rows", "git-is-ignored-2000", d, g);
  printf ("# is_ignored: %.1f us a row\n", d.median * 1000.0 / small->rows->len);

  d = measure (touch_20, dojo_keep_work, small, RUNS);
  g = measure (touch_20, git_keep_work, small, RUNS);
  report ("keep work, 20 changed", "git-keep-work-2000", d, g);

  big = setup (root, "big", 20000);
  dojo_status (big);
  git_status (big);
  d = measure (NULL, dojo_status, big, RUNS);
  g = measure (NULL, git_status, big, RUNS);
  report ("status, clean, 20000 files", "git-status-clean-20000", d, g);

  touch_20 (big);
  dojo_status (big);
  git_status (big);
  d = measure (NULL, dojo_status, big, RUNS);
  g = measure (NULL, git_status, big, RUNS);
  report ("status, 20 changed, 20000", "git-status-changed-20000", d, g);

  g_clear_object (&small->repo);
  g_clear_object (&big->repo);
  {
    const char *rm[] = { "rm", "-rf", root, NULL };
    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }

  return 0;
}
