/* bench-live-types.c: how soon after the last key does a type error show?
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (bench.py runs it under xvfb-run) and mypy. In a shown
 * window, an editor holds a learner's 40-line program in an exercise with
 * a type check (live guidance, DojoLiveGuidance, with the warm type
 * checker). Each run types a new function whose return value contradicts
 * its hint, key by key (80 ms apart: steady typing, so every pause before
 * the last is cut short), then stops. Timed: from the last key until the
 * frame that draws the type error's underline is painted. A 1 ms timeout
 * notes the longest gap between two of its runs meanwhile: the longest time
 * the window could not react. The first run, with the type checker still
 * to start (the first check after Dojo starts), is reported apart.
 * Prints median/min/max over BENCH_RUNS runs (default 7) and a BENCH line
 * each (bench-report.h).
 */

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "dojo-live-guidance.h"
#include "dojo-renderer.h"
#include "bench-report.h"
#include "bench-stall.h"

#define KEY_GAP_MS 80

static const char *exercise_json =
  "{ \"id\": \"shop\", \"entry\": \"main.py\", \"checks\": ["
  "  { \"type\": \"type-hints\", \"title\": \"Every function has type hints\" },"
  "  { \"type\": \"type-check\", \"title\": \"The types agree\" } ] }";

/* What the learner has written so far. */
static const char *program =
  "def price_with_tax(price: float, rate: float) -> float:\n"
  "    return price * (1 + rate)\n"
  "\n"
  "\n"
  "def total(prices: list[float]) -> float:\n"
  "    result = 0.0\n"
  "    for price in prices:\n"
  "        result += price\n"
  "    return result\n"
  "\n"
  "\n"
  "def cheapest(prices: list[float]) -> float:\n"
  "    best = prices[0]\n"
  "    for price in prices:\n"
  "        if price < best:\n"
  "            best = price\n"
  "    return best\n"
  "\n"
  "\n"
  "def describe(name: str, price: float) -> str:\n"
  "    return name + \": \" + str(round(price, 2))\n"
  "\n"
  "\n"
  "def read_prices(text: str) -> list[float]:\n"
  "    prices: list[float] = []\n"
  "    for part in text.split(\",\"):\n"
  "        prices.append(float(part))\n"
  "    return prices\n"
  "\n"
  "\n"
  "prices = read_prices(\"3.5,2.25,10\")\n"
  "print(describe(\"total\", total(prices)))\n"
  "print(describe(\"cheapest\", cheapest(prices)))\n"
  "print(describe(\"with tax\", price_with_tax(total(prices), 0.2)))\n"
  "\n"
  "\n";

typedef struct
{
  DojoLiveGuidance *guidance;
  GtkWidget        *view;
  gboolean          underlined;  /* a type error is in the diagnostics */
  gint64            diagnosed;   /* when it came */
  gint64            painted;     /* when a frame with it was drawn */
} Run;

static void
on_diagnostics_changed (DojoLiveGuidance *guidance,
                        Run              *run)
{
  if (!run->underlined &&
      dojo_live_guidance_find_diagnostic (guidance, DOJO_DIAGNOSTIC_TYPE) != NULL)
    {
      run->underlined = TRUE;
      run->diagnosed = g_get_monotonic_time ();
    }
}

static void
spin_until (gint64 until)
{
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (500);
    }
}

static void
on_after_paint (GdkFrameClock *clock,
                Run           *run)
{
  if (run->underlined && run->painted == 0)
    run->painted = g_get_monotonic_time ();
}

static void
on_key_painted (GdkFrameClock *clock,
                gint64        *painted)
{
  if (*painted == 0)
    *painted = g_get_monotonic_time ();
}

/* The anchor, in the same run: one key typed until the frame showing it is
 * painted (the editor's own drawing on this machine, no guidance). */
static double
measure_key (GtkWidget     *view,
             GtkTextBuffer *buffer)
{
  gint64 painted = 0;
  gint64 start;
  gulong id;
  GtkTextIter end;

  spin_until (g_get_monotonic_time () + 100 * 1000);
  id = g_signal_connect (gtk_widget_get_frame_clock (view), "after-paint",
                         G_CALLBACK (on_key_painted), &painted);
  start = g_get_monotonic_time ();
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "x", 1);
  while (painted == 0)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (view), id);
  return (painted - start) / 1000.0;
}

/* Types @text at the end, a key each KEY_GAP_MS; returns when the last
 * key went in. */
static gint64
type_keys (GtkTextBuffer *buffer,
           const char    *text)
{
  gint64 at = g_get_monotonic_time ();

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      GtkTextIter end;

      spin_until (at);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, p, g_utf8_next_char (p) - p);
      at = g_get_monotonic_time () + KEY_GAP_MS * 1000;
    }
  return g_get_monotonic_time ();
}

/* One run: ms from the last key to the underline on screen; *stall_ms,
 * the longest the window did not react meanwhile. */
static double
measure (Run           *run,
         GtkTextBuffer *buffer,
         guint          n,
         gboolean       settle,
         double        *stall_ms,
         double        *diagnosed_ms)
{
  g_autofree char *line = g_strdup_printf ("def discount_%u(price: float) -> str:\n"
                                           "    return price * 0.9\n", n);
  BenchStall w = { 0, 0 };
  gint64 last_key;
  guint id;

  gtk_text_buffer_set_text (buffer, program, -1);
  /* Settle: what the old text gets is not timed (and the type checker is
   * warm from it). */
  if (settle)
    {
      spin_until (g_get_monotonic_time () + 1500 * 1000);
      while (dojo_live_guidance_get_busy (run->guidance))
        g_main_context_iteration (NULL, TRUE);
    }

  run->underlined = FALSE;
  run->painted = 0;
  id = bench_stall_watch (&w);
  last_key = type_keys (buffer, line);
  /* The typing's own gaps are not the window stalling. */
  w.longest = 0;
  w.last = 0;
  while (run->painted == 0)
    {
      if (g_get_monotonic_time () - last_key > 120 * G_USEC_PER_SEC)
        g_error ("no underline after 120 s: is mypy installed?");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (id);
  *stall_ms = w.longest / 1000.0;
  *diagnosed_ms = (run->diagnosed - last_key) / 1000.0;

  return (run->painted - last_key) / 1000.0;
}

static void
report (const char *name,
        const char *what,
        double     *ms,
        unsigned    n)
{
  bench_sort_ms (ms, n);
  printf ("%-58s median %7.1f ms  (min %7.1f, max %7.1f, %u runs)\n",
          what, ms[n / 2], ms[0], ms[n - 1], n);
  bench_report_line (name, ms[n / 2], ms[0], ms[n - 1], n, NULL, 0, 0, 0);
}

int
main (int    argc,
      char **argv)
{
  const char *env = g_getenv ("BENCH_RUNS");
  unsigned runs = env != NULL && atoi (env) > 0 ? (unsigned)atoi (env) : 7;
  g_autofree double *ms = g_new0 (double, runs);
  g_autofree double *stalls = g_new0 (double, runs);
  g_autofree double *diagnosed = g_new0 (double, runs);
  g_autofree double *keys = g_new0 (double, runs);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(DojoLiveGuidance) guidance = NULL;
  GtkSourceLanguageManager *languages;
  GtkSourceBuffer *buffer;
  GtkWidget *view;
  GtkWindow *window;
  Run run = { 0 };
  double cold, cold_stall, cold_diagnosed;

  /* Drawing as Dojo itself does on this machine (cairo without a GPU). */
  dojo_renderer_choose ();
  gtk_init ();
  adw_init ();
  dojo_renderer_forget ();

  buffer = gtk_source_buffer_new (NULL);
  languages = gtk_source_language_manager_get_default ();
  gtk_source_buffer_set_language (buffer,
                                  gtk_source_language_manager_get_language (languages,
                                                                            "python3"));
  view = gtk_source_view_new_with_buffer (buffer);
  g_object_unref (buffer);
  gtk_source_view_set_show_line_numbers (GTK_SOURCE_VIEW (view), TRUE);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 900);
  gtk_window_set_child (window, view);
  gtk_window_present (window);

  guidance = dojo_live_guidance_new (GTK_SOURCE_VIEW (view));
  if (!json_parser_load_from_data (parser, exercise_json, -1, NULL))
    g_error ("bad exercise");
  dojo_live_guidance_set_exercise (guidance,
                                   json_node_get_object (json_parser_get_root (parser)));
  run.guidance = guidance;
  run.view = view;
  g_signal_connect (guidance, "diagnostics-changed", G_CALLBACK (on_diagnostics_changed), &run);

  while (!gtk_widget_get_mapped (view))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (view), "after-paint",
                    G_CALLBACK (on_after_paint), &run);

  printf ("Live type underline: last key -> underline drawn\n");
  /* The type checker starts with the first pause: after the last key. */
  cold = measure (&run, GTK_TEXT_BUFFER (buffer), 0, FALSE, &cold_stall, &cold_diagnosed);
  for (unsigned i = 0; i < runs; i++)
    {
      ms[i] = measure (&run, GTK_TEXT_BUFFER (buffer), i + 1, TRUE, &stalls[i], &diagnosed[i]);
      dojo_live_guidance_set_enabled (guidance, FALSE);
      keys[i] = measure_key (view, GTK_TEXT_BUFFER (buffer));
      dojo_live_guidance_set_enabled (guidance, TRUE);
    }

  printf ("%-58s %7.1f ms\n", "first check (type checker starting)", cold);
  bench_report_line ("live-type-underline-cold", cold, cold, cold, 1, NULL, 0, 0, 0);
  bench_sort_ms (keys, runs);
  bench_sort_ms (ms, runs);
  printf ("%-58s median %7.1f ms  (min %7.1f, max %7.1f, %u runs)\n",
          "last key -> type underline on screen (warm)", ms[runs / 2], ms[0], ms[runs - 1],
          runs);
  printf ("%-58s median %7.1f ms  (min %7.1f, max %7.1f, %u runs)\n",
          "anchor: a key -> drawn, no guidance", keys[runs / 2], keys[0], keys[runs - 1],
          runs);
  bench_report_line ("live-type-underline", ms[runs / 2], ms[0], ms[runs - 1], runs,
                     "key-drawn", keys[runs / 2], keys[0], keys[runs - 1]);
  report ("live-type-underline-known", "of which until the type error is known", diagnosed,
          runs);
  report ("live-type-underline-stall", "longest stall of the window meanwhile", stalls, runs);

  g_clear_object (&guidance);
  gtk_window_destroy (window);
  return 0;
}
