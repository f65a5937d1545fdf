/* bench-debug.c: what the debugger costs, next to the program run plainly
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (bench.py runs it under xvfb-run).  Two figures:
 *
 * - debug-loop: a program with a 100,000-iteration while loop, started
 *   under the debugger, given Continue at its first stop (no breakpoints)
 *   and run to its end, against the same program run plainly by the same
 *   interpreter in the same sandbox (bubblewrap) — both from spawn to
 *   exit, interleaved, RUNS each.  The goal is under 5x.
 * - debug-step-100: in a shown window, Step Over in a frame with 100
 *   variables: from the action to the next frame drawn after the stop
 *   arrived (the backend's answer, the editor's line, the variables and the
 *   picture all updated).  The goal is under 50 ms.  Printed with it: how
 *   much of that is the panel's own work (set_event + the frame drawn).
 *
 * Prints a BENCH line per figure (bench-report.h).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-debug.h"
#include "dojo-debug-panel.h"
#include "dojo-paths.h"
#include "dojo-project.h"
#include "dojo-renderer.h"
#include "dojo-sandbox.h"
#include "dojo-window-private.h"
#include "bench-report.h"

#define RUNS 9
#define STEPS 30

static const char loop_program[] =
  "total = 0\n"
  "i = 0\n"
  "while i < 100000:\n"
  "    total = total + i\n"
  "    i = i + 1\n"
  "print(total)\n";

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static const char *
python (void)
{
  const char *env = g_getenv ("DOJO_PYTHON");

  return env != NULL ? env : "/usr/bin/python3";
}

/* The plain run: the same interpreter, in the sandbox Check and Debug use. */
static double
run_plain (const char *project)
{
  g_autoptr(DojoSandbox) sandbox = dojo_sandbox_new (dojo_sandbox_kind_detect ());
  g_autofree char *harness = dojo_paths_get_harness_dir ();
  g_autofree char *etc = g_build_filename (harness, "sandbox-etc", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) prefix = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  double start;

  dojo_sandbox_set_writable (sandbox, project);
  dojo_sandbox_set_directory (sandbox, project);
  dojo_sandbox_add_readonly (sandbox, harness);
  dojo_sandbox_set_etc_dir (sandbox, etc);
  dojo_sandbox_set_program (sandbox, python ());
  prefix = dojo_sandbox_get_prefix (sandbox, &error);
  g_assert_no_error (error);
  g_strv_builder_addv (builder, (const char **)prefix);
  g_strv_builder_add_many (builder, python (), "-I", "-B", "-X", "utf8", "main.py", NULL);
  argv = g_strv_builder_end (builder);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  start = now_ms ();
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv, &error);
  g_assert_no_error (error);
  g_subprocess_wait_check (process, NULL, &error);
  g_assert_no_error (error);
  return now_ms () - start;
}

typedef struct
{
  gboolean finished;
  gboolean exited;
} LoopRun;

static void
on_loop_stopped (DojoDebugRun *run,
                 JsonObject   *event,
                 LoopRun      *state)
{
  dojo_debug_run_step (run, DOJO_DEBUG_CONTINUE);
}

static void
on_loop_exited (DojoDebugRun *run,
                JsonObject   *event,
                LoopRun      *state)
{
  state->exited = TRUE;
}

static void
on_loop_finished (DojoDebugRun *run,
                  LoopRun      *state)
{
  state->finished = TRUE;
}

static void
on_loop_failed (DojoDebugRun *run,
                GError       *error,
                LoopRun      *state)
{
  g_error ("The debugger failed: %s", error->message);
}

/* Spawns the backend as the window does (its fds on 3, 4, 5), Continue at
 * the first stop, until its events end and the process has exited. */
static double
run_debugged (const char *project)
{
  g_autoptr(DojoDebugRun) run = dojo_debug_run_new (DOJO_DEBUG_MODE_DEBUG, project, "main.py");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) argv = NULL;
  int fds[3];
  LoopRun state = { FALSE, FALSE };
  double start;

  g_signal_connect (run, "stopped", G_CALLBACK (on_loop_stopped), &state);
  g_signal_connect (run, "exited", G_CALLBACK (on_loop_exited), &state);
  g_signal_connect (run, "finished", G_CALLBACK (on_loop_finished), &state);
  g_signal_connect (run, "failed", G_CALLBACK (on_loop_failed), &state);

  start = now_ms ();
  g_assert_true (dojo_debug_run_prepare (run, &argv, fds, &error));
  g_assert_no_error (error);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDIN_INHERIT);
  for (int i = 0; i < 3; i++)
    g_subprocess_launcher_take_fd (launcher, dup (fds[i]), 3 + i);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv, &error);
  g_assert_no_error (error);
  /* The launcher holds its copies of the child's ends until it goes:
   * while it does, the events would never end. */
  g_clear_object (&launcher);
  dojo_debug_run_started (run);
  while (!state.finished)
    g_main_context_iteration (NULL, TRUE);
  g_subprocess_wait (process, NULL, NULL);
  g_assert_true (state.exited);
  return now_ms () - start;
}

static double
median_of (double *values,
           guint   n)
{
  bench_sort_ms (values, n);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
bench_loop (void)
{
  g_autofree char *project = g_dir_make_tmp ("bench-debug-XXXXXX", NULL);
  g_autofree char *main_py = g_build_filename (project, "main.py", NULL);
  double plain[RUNS], debugged[RUNS];

  g_assert_true (g_file_set_contents (main_py, loop_program, -1, NULL));
  /* One of each first, so neither side pays for a cold cache. */
  run_plain (project);
  run_debugged (project);
  for (guint i = 0; i < RUNS; i++)
    {
      plain[i] = run_plain (project);
      debugged[i] = run_debugged (project);
    }

  {
    double p = median_of (plain, RUNS), d = median_of (debugged, RUNS);

    printf ("100,000-iteration loop, Continue with no breakpoints: %.1f ms under the debugger, "
            "%.1f ms plain (%.2fx)\n", d, p, d / p);
    bench_report_line ("debug-loop", d, debugged[0], debugged[RUNS - 1], RUNS,
                       "python3-main.py-sandboxed", p, plain[0], plain[RUNS - 1]);
  }
}

/* ---------------------------------------------------------------- steps */

static gboolean
stopped (DojoWindow *window)
{
  return window->debug_run != NULL && window->debug_event != NULL && !window->debug_moving;
}

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window is stopped and a frame after the
 * stop has been drawn; returns when the stop arrived through *stop_at. */
static void
wait_stop_drawn (DojoWindow *window,
                 double     *stop_at)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gboolean painted = FALSE;
  gulong id;
  double deadline = now_ms () + 60000;

  while (!stopped (window))
    {
      if (now_ms () > deadline)
        g_error ("The debugger did not stop");
      g_main_context_iteration (NULL, TRUE);
    }
  *stop_at = now_ms ();
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

static void
bench_steps (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bench-debug-steps-XXXXXX", NULL);
  g_autoptr(GFile) directory = g_file_new_for_path (dir);
  g_autoptr(DojoProject) project = dojo_project_new (directory, "main.py");
  g_autoptr(GString) program = g_string_new (NULL);
  g_autofree char *main_py = g_build_filename (dir, "main.py", NULL);
  g_autoptr(GError) error = NULL;
  DojoWindow *window;
  double total[STEPS], panel[STEPS], stop_at;

  /* 100 names, ints, strings and lists, then a loop that changes some. */
  for (guint i = 0; i < 100; i++)
    switch (i % 3)
      {
      case 0: g_string_append_printf (program, "v%u = %u\n", i, i); break;
      case 1: g_string_append_printf (program, "v%u = 'text %u'\n", i, i); break;
      default: g_string_append_printf (program, "v%u = [%u, %u, %u]\n", i, i, i + 1, i + 2); break;
      }
  g_string_append (program, "step = 0\nwhile step < 1000:\n    step = step + 1\n    v0 = step\n");
  g_assert_true (g_file_set_contents (main_py, program->str, -1, NULL));

  window = g_object_ref_sink (dojo_window_new (NULL));
  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.debug", NULL);
  wait_stop_drawn (window, &stop_at);
  /* Into the loop, past the 100 assignments. */
  for (guint i = 0; i < 102; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-step-over", NULL);
      wait_stop_drawn (window, &stop_at);
    }

  for (guint i = 0; i < STEPS; i++)
    {
      double start = now_ms (), end;
      double before_panel;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-step-over", NULL);
      wait_stop_drawn (window, &stop_at);
      end = now_ms ();
      total[i] = end - start;

      /* The panel's own share: the same stop shown again and drawn. */
      before_panel = now_ms ();
      dojo_debug_panel_set_event (DOJO_DEBUG_PANEL (window->debug_panel), window->debug_event);
      if (g_getenv ("BENCH_DEBUG_SPLIT"))
        g_printerr ("set_event %.1f ms\n", now_ms () - before_panel);
      wait_stop_drawn (window, &stop_at);
      panel[i] = now_ms () - before_panel;
    }

  {
    double t = median_of (total, STEPS), p = median_of (panel, STEPS);

    printf ("Step Over with 100 variables, until drawn: %.1f ms (the panel's own part: %.1f ms)\n",
            t, p);
    bench_report_line ("debug-step-100", t, total[0], total[STEPS - 1], STEPS, NULL, 0, 0, 0);
    bench_report_line ("debug-step-100-panel", p, panel[0], panel[STEPS - 1], STEPS,
                       NULL, 0, 0, 0);
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.debug-stop", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
}

int
main (int   argc,
      char *argv[])
{
  /* Drawing as Dojo itself does on this machine (cairo without a GPU). */
  dojo_renderer_choose ();
  gtk_init ();
  adw_init ();

  bench_loop ();
  bench_steps ();
  return 0;
}
