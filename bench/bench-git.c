/* bench-git.c: DojoRepo against the git command, on a learner-sized project
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a 2,000-file project in a temporary folder and times, 15 runs each,
 * status (clean, and with 20 changed files) and a commit of 20 changed
 * files, with DojoRepo and with `git`; then status on 20,000 files. The git
 * side includes starting the process, as it does when a learner types it.
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
  DojoRepo *repo;
  char     *dir;
  guint     generation;
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
