/* bench-stall.h: how long a bench's main loop went without turning
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A high-priority 1 ms timeout notes the longest gap between its calls:
 * the longest time the window could not have reacted to the learner.
 */

#pragma once

#include <glib.h>

typedef struct
{
  gint64 last;
  gint64 longest;
} BenchStall;

static inline gboolean
bench_stall_tick (gpointer data)
{
  BenchStall *w = data;
  gint64 now = g_get_monotonic_time ();

  if (w->last > 0 && now - w->last > w->longest)
    w->longest = now - w->last;
  w->last = now;

  return G_SOURCE_CONTINUE;
}

/* Starts watching @w; g_source_remove() the id to stop. The first gap
 * counts from now: work done before the main loop next turns (what a
 * click does at once) is a stall too. */
static inline guint
bench_stall_watch (BenchStall *w)
{
  w->last = g_get_monotonic_time ();
  w->longest = 0;
  return g_timeout_add_full (G_PRIORITY_HIGH, 1, bench_stall_tick, w, NULL);
}
