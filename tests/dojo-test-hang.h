/* dojo-test-hang.h: a file on a disk that hangs, and a main loop that must
 * not hang with it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A FIFO with no writer stands for the file: open() for reading waits in
 * the kernel until something opens it for writing, as a read waits on a
 * disk that stopped answering.
 */

#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "dojo-test-slow.h"

typedef struct
{
  const char *path;
  int         fd;        /* the writer, once dojo_test_fifo_open_writer() opened it */
  int         released;  /* someone wrote: reads of it return */
  GThread    *watchdog;
} DojoTestFifo;

/* Makes the FIFO at @fifo->path. */
static inline void
dojo_test_fifo_make (DojoTestFifo *fifo,
                     const char   *path)
{
  fifo->path = path;
  fifo->fd = -1;
  fifo->released = 0;
  fifo->watchdog = NULL;
  g_assert_no_errno (mkfifo (path, 0600));
}

/* Opens the FIFO for writing once a reader waits on it (a
 * DojoTestCondition). */
static inline gboolean
dojo_test_fifo_open_writer (gpointer data)
{
  DojoTestFifo *fifo = data;

  fifo->fd = open (fifo->path, O_WRONLY | O_NONBLOCK);
  return fifo->fd >= 0;
}

/* The disk answers: whoever waits reads an empty file, and every later
 * read finds @contents in a regular file. */
static inline void
dojo_test_fifo_release (DojoTestFifo *fifo,
                        const char   *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_atomic_int_compare_and_exchange (&fifo->released, 0, 1));
  g_file_set_contents (fifo->path, contents, -1, &error);
  g_assert_no_error (error);
  close (fifo->fd);
  fifo->fd = -1;
  if (fifo->watchdog != NULL)
    g_thread_join (g_steal_pointer (&fifo->watchdog));
}

static inline gpointer
dojo_test_fifo_watchdog (gpointer data)
{
  DojoTestFifo *fifo = data;

  g_usleep (3 * G_USEC_PER_SEC * dojo_test_slowness ());
  while (!g_atomic_int_get (&fifo->released))
    {
      int fd = open (fifo->path, O_WRONLY | O_NONBLOCK);

      if (fd >= 0)
        {
          if (g_atomic_int_compare_and_exchange (&fifo->released, 0, 1))
            g_file_set_contents (fifo->path, "", 0, NULL);
          close (fd);
          break;
        }
      g_usleep (10000);
    }

  return NULL;
}

/* If the test never gets to release the FIFO itself (its main loop hung
 * on it), the disk answers after 3 s (more under a sanitizer): the test
 * then fails on what it measured, instead of hanging for good. Started
 * just before the test holds the repository with it. */
static inline void
dojo_test_fifo_start_watchdog (DojoTestFifo *fifo)
{
  fifo->watchdog = g_thread_new ("release-fifo", dojo_test_fifo_watchdog, fifo);
}

static inline gboolean
dojo_test_fifo_released (DojoTestFifo *fifo)
{
  return g_atomic_int_get (&fifo->released);
}

/* The longest gap a test lets the main loop have while something else
 * waits on the disk: a frame, not a wait for the disk. */
static inline double
dojo_test_beat_limit_ms (void)
{
  return 200.0 * dojo_test_slowness ();
}

/* The longest time the main loop did not run a 10 ms timeout. */
typedef struct
{
  gint64 last;
  gint64 longest;
  guint  id;
} DojoTestBeat;

static inline gboolean
dojo_test_beat_tick (gpointer data)
{
  DojoTestBeat *beat = data;
  gint64 now = g_get_monotonic_time ();

  beat->longest = MAX (beat->longest, now - beat->last);
  beat->last = now;

  return G_SOURCE_CONTINUE;
}

static inline void
dojo_test_beat_start (DojoTestBeat *beat)
{
  beat->last = g_get_monotonic_time ();
  beat->longest = 0;
  beat->id = g_timeout_add (10, dojo_test_beat_tick, beat);
}

/* Returns: the longest gap, in ms */
static inline double
dojo_test_beat_stop (DojoTestBeat *beat)
{
  dojo_test_beat_tick (beat);
  g_clear_handle_id (&beat->id, g_source_remove);

  return beat->longest / 1000.0;
}
