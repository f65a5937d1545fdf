/* bench-git-ui.c: does the window stay responsive on a 20,000-file project?
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (bench.py runs it under xvfb-run). Builds two 20,000-file
 * projects (bench-project.h): one committed with 20 files changed since, one
 * where nothing is committed yet (20,000 new files: a learner who unpacked
 * a data set into the project).
 * On each, in a shown window, it times what a learner does first: the
 * header button working out "N changes", and the commit dialog listing
 * them. While each runs, a 1 ms timeout notes the longest gap between two
 * of its runs: the longest time the window could not react to anything.
 * Prints, per step, the time until the result shows and the longest stall
 * (median/min/max of RUNS), and a BENCH line each (bench-report.h).
 */

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-commit-dialog.h"
#include "dojo-renderer.h"
#include "dojo-repo.h"
#include "dojo-vcs-button.h"
#include "bench-project.h"
#include "bench-report.h"
#include "bench-stall.h"

#define RUNS 5
#define N_FILES 20000

typedef gboolean (*DoneFunc) (gpointer data);

typedef struct
{
  BenchStall w;
  guint      id;
  gint64     start;
} Clock;

/* From the learner's click: what the window does at once counts. */
static void
clock_start (Clock *clock)
{
  clock->start = g_get_monotonic_time ();
  clock->id = bench_stall_watch (&clock->w);
}

/* Runs the main loop until @done says so; returns ms from @clock's start
 * until then and sets *stall_ms to the longest gap the window had. */
static double
run_until (DoneFunc  done,
           gpointer  data,
           Clock    *clock,
           double   *stall_ms)
{
  gint64 start = clock->start;

  while (!done (data))
    {
      if (g_get_monotonic_time () - start > 120 * G_USEC_PER_SEC)
        g_error ("gave up after 120 s");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (clock->id);
  /* the last gap: from the last tick to the result */
  bench_stall_tick (&clock->w);
  *stall_ms = clock->w.longest / 1000.0;

  return (g_get_monotonic_time () - start) / 1000.0;
}

static DojoRepo *
make_project (const char *root,
              const char *name,
              gboolean    commit)
{
  g_autofree char *dir = g_build_filename (root, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoRepo) repo = NULL;

  g_mkdir_with_parents (dir, 0755);
  repo = dojo_repo_init (file, &error);
  if (repo == NULL)
    g_error ("%s", error->message);
  bench_project_write (dir, N_FILES);
  if (commit)
    {
      g_autofree char *id = dojo_repo_commit (repo, "Data", DOJO_COMMIT_ALL, &error);

      if (id == NULL)
        g_error ("%s", error->message);
      if (!bench_project_touch_20 (dir, 1))
        g_error ("could not change files in %s", dir);
    }

  return g_steal_pointer (&repo);
}

typedef struct
{
  DojoVcsButton    *button;
  DojoCommitDialog *dialog;
  guint             expected;
} Step;

static gboolean
button_done (gpointer data)
{
  Step *s = data;

  return dojo_vcs_button_get_n_changes (s->button) == s->expected;
}

static gboolean
dialog_done (gpointer data)
{
  Step *s = data;

  return dojo_commit_dialog_get_loaded (s->dialog)
         && dojo_commit_dialog_get_n_files (s->dialog) == s->expected;
}

static void
report (const char *what,
        const char *name,
        double     *time_ms,
        double     *stall_ms)
{
  g_autofree char *time_name = g_strdup_printf ("%s-time", name);
  g_autofree char *stall_name = g_strdup_printf ("%s-stall", name);

  bench_sort_ms (time_ms, RUNS);
  bench_sort_ms (stall_ms, RUNS);
  printf ("%-44s result after %8.1f ms (min %7.1f, max %7.1f) | "
          "longest stall %7.1f ms (min %6.1f, max %7.1f)\n",
          what, time_ms[RUNS / 2], time_ms[0], time_ms[RUNS - 1],
          stall_ms[RUNS / 2], stall_ms[0], stall_ms[RUNS - 1]);
  bench_report_line (time_name, time_ms[RUNS / 2], time_ms[0], time_ms[RUNS - 1], RUNS,
                     NULL, 0, 0, 0);
  bench_report_line (stall_name, stall_ms[RUNS / 2], stall_ms[0], stall_ms[RUNS - 1], RUNS,
                     NULL, 0, 0, 0);
}

static void
bench_project (GtkWindow  *window,
               DojoRepo   *repo,
               const char *label,
               const char *name,
               guint       expected)
{
  GFile *dir = dojo_repo_get_directory (repo);
  double time_ms[RUNS], stall_ms[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      Step s = { DOJO_VCS_BUTTON (dojo_vcs_button_new ()), NULL, expected };
      Clock clock;

      clock_start (&clock);
      gtk_window_set_child (window, GTK_WIDGET (s.button));
      dojo_vcs_button_set_directory (s.button, dir);
      time_ms[r] = run_until (button_done, &s, &clock, &stall_ms[r]);
      gtk_window_set_child (window, NULL);
    }
  {
    g_autofree char *what = g_strdup_printf ("%s: header button", label);
    g_autofree char *id = g_strdup_printf ("%s-button", name);

    report (what, id, time_ms, stall_ms);
  }

  for (guint r = 0; r < RUNS; r++)
    {
      Clock clock;
      Step s;

      clock_start (&clock);
      s = (Step) { NULL, dojo_commit_dialog_new (window, repo), expected };
      gtk_window_present (GTK_WINDOW (s.dialog));
      time_ms[r] = run_until (dialog_done, &s, &clock, &stall_ms[r]);
      gtk_window_destroy (GTK_WINDOW (s.dialog));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  {
    g_autofree char *what = g_strdup_printf ("%s: commit dialog", label);
    g_autofree char *id = g_strdup_printf ("%s-dialog", name);

    report (what, id, time_ms, stall_ms);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *root = bench_project_root ("dojo-bench-git-ui-XXXXXX");
  g_autoptr(DojoRepo) tracked = NULL;
  g_autoptr(DojoRepo) fresh = NULL;
  GtkWindow *window;

  /* Drawing as Dojo itself does on this machine (cairo without a GPU). */
  dojo_renderer_choose ();
  gtk_init ();
  adw_init ();
  dojo_renderer_forget ();

  printf ("# bench-git-ui: a %u-file project in a shown window, %d runs each\n",
          N_FILES, RUNS);
  tracked = make_project (root, "tracked", TRUE);
  fresh = make_project (root, "fresh", FALSE);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 600);
  gtk_window_present (window);

  bench_project (window, tracked, "20,000 files, 20 changed", "git-ui-20000-changed", 20);
  /* and the .gitignore every project starts with */
  bench_project (window, fresh, "20,000 files, none committed", "git-ui-20000-new",
                 N_FILES + 1);

  gtk_window_destroy (window);
  g_clear_object (&tracked);
  g_clear_object (&fresh);
  {
    const char *rm[] = { "rm", "-rf", root, NULL };

    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  NULL, NULL);
  }

  return 0;
}
