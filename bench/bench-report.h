/* bench-report.h: the machine-readable line every bench program prints
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Besides its own human-readable output, each bench program prints one line
 * per figure that bench/bench.py (`make bench`) collects:
 *
 *   BENCH name=NAME median_ms=M min_ms=M max_ms=M runs=N
 *         [anchor=WHAT anchor_median_ms=M anchor_min_ms=M anchor_max_ms=M]
 *
 * NAME and WHAT have no spaces. The anchor is what the figure is compared
 * with, measured in the same run (bare python3, the git command…).
 */

#pragma once

#include <stdio.h>
#include <stdlib.h>

static inline void
bench_report_line (const char *name,
                   double      median_ms,
                   double      min_ms,
                   double      max_ms,
                   unsigned    runs,
                   const char *anchor,
                   double      anchor_median_ms,
                   double      anchor_min_ms,
                   double      anchor_max_ms)
{
  printf ("BENCH name=%s median_ms=%.3f min_ms=%.3f max_ms=%.3f runs=%u",
          name, median_ms, min_ms, max_ms, runs);
  if (anchor != NULL)
    printf (" anchor=%s anchor_median_ms=%.3f anchor_min_ms=%.3f anchor_max_ms=%.3f",
            anchor, anchor_median_ms, anchor_min_ms, anchor_max_ms);
  printf ("\n");
  fflush (stdout);
}

static inline int
bench_compare_ms (const void *a,
                  const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @n figures in ms, smallest first: [0] is the min, [n - 1] the max,
 * [n / 2] the median. */
static inline void
bench_sort_ms (double   *ms,
               unsigned  n)
{
  qsort (ms, n, sizeof (double), bench_compare_ms);
}
