/* bench-editor.c: does the editor keep up with typing and with switching tabs?
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display (run it under xvfb-run). Issue 21: typing in a
 * 2,000-line file and switching between 10 open tabs without the main loop
 * stalling for more than 16 ms (one frame at 60 Hz).
 *
 * A shown DojoWindow, drawing as Dojo draws on this machine
 * (dojo_renderer_choose(), as main() does), takes a course installed in
 * the learner's library, as Dojo opens one (dojo_window_open_course()).
 * Both projects are exercises (an io, a type-hints, a type-check and an
 * ast check), so live guidance, the type checker and autosave all run on
 * the typing as they do for a learner.
 *
 * - editor-type-2000: in main.py, 2,000 lines of generated Python
 *   (functions with type hints, loops, strings, comments), the cursor on
 *   a blank line in the middle, 200 keys are typed one at a time (a new
 *   function: a comment, a def, ifs and returns, Return at each line's
 *   end so the Python indenter runs): a key every 30 ms once a frame has
 *   been drawn since the last one, and a 400 ms pause after each line, as
 *   a learner thinks about the next (longer than live guidance's 300 ms:
 *   it runs, as it does for them). After the last key the round goes on
 *   until guidance and the type check have answered and autosave has
 *   written the file. Figure: the longest main-loop stall of the round
 *   (bench-stall.h's measure), median over the rounds; the goal is 16 ms.
 * - editor-tabs-10: a project of 10 Python files of 50 to 2,000 lines,
 *   opened as 10 tabs the way the file list opens a file (its
 *   ::file-activated, which the window handles), a frame drawn after
 *   each. Then 30 switches round-robin with Alt+1…9 and Alt+0 (the
 *   shortcuts Dojo keeps on its tab view: Ctrl+Page Down moves the cursor
 *   in the editor), each once a frame has been drawn and 150 ms after the
 *   one before. Figures: the longest stall of the round, median over the
 *   rounds (the goal is 16 ms), and editor-tabs-10-frame, from a switch to
 *   the next frame drawn, median over every switch.
 *
 * Nothing is left out as a warm-up: the first round of each is in its
 * median, and also printed on its own (editor-type-2000-first,
 * editor-tabs-10-first, and editor-tabs-10-first-frame for the very first
 * switch). Also printed, per key: the time until the next frame is drawn
 * (editor-type-2000-frame), and per round the longest key or switch
 * handling and the longest frame with its layout and drawing.
 *
 * Rounds: $BENCH_RUNS (default 5). BENCH_EDITOR_ONLY=typing or =tabs runs
 * one of the two. BENCH_EDITOR_TRACE=1 prints, on stderr, every gap over
 * 16 ms and every key or switch that took over 8 ms to handle or to draw,
 * with CLOCK_MONOTONIC times to find them in `perf record -k
 * CLOCK_MONOTONIC`. The type checker runs on $DOJO_PYTHON (default
 * /usr/bin/python3, where mypy is), as in bench-typecheck.
 *
 * Prints a BENCH line per figure (bench-report.h).
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "dojo-editor.h"
#include "dojo-editor-tabs.h"
#include "dojo-live-guidance.h"
#include "dojo-progress.h"
#include "dojo-renderer.h"
#include "dojo-window-private.h"
#include "bench-project.h"
#include "bench-report.h"
#include "bench-stall.h"

#define PACK_ID        "io.github.pydojo.bench-editor"
#define GOAL_MS        16.0
#define KEY_GAP_MS     30
#define LINE_PAUSE_MS  400
#define N_KEYS         200
#define N_TABS         10
#define N_SWITCHES     30
#define SWITCH_GAP_MS  150
#define FRAME_WAIT_MS  1000

/* The window keeps each editor's guidance under this key (dojo-window.c). */
#define LIVE_GUIDANCE_KEY "dojo-live-guidance"

/* ------------------------------------------------------------ the code */

/* Functions as a learner writes them in a course that teaches type hints:
 * hints everywhere, loops, strings, comments and docstrings. %1$u makes
 * each name new. */
static const char * const templates[] = {
  "def total_price_%1$u(prices: list[float], rate: float) -> float:\n"
  "    \"\"\"Add up the prices of order %1$u, with tax at rate.\"\"\"\n"
  "    total = 0.0\n"
  "    for price in prices:\n"
  "        # A refund is a negative price: it counts too.\n"
  "        total += price * (1 + rate)\n"
  "    return round(total, 2)\n",

  "def describe_order_%1$u(name: str, items: list[str]) -> str:\n"
  "    \"\"\"Say what order %1$u holds, one item per line.\"\"\"\n"
  "    lines: list[str] = []\n"
  "    for index, item in enumerate(items):\n"
  "        lines.append(str(index + 1) + \". \" + item)\n"
  "    if not lines:\n"
  "        return name + \" ordered nothing\"\n"
  "    return name + \" ordered:\\n\" + \"\\n\".join(lines)\n",

  "def count_words_%1$u(text: str) -> dict[str, int]:\n"
  "    \"\"\"Count how often each word of text appears.\"\"\"\n"
  "    counts: dict[str, int] = {}\n"
  "    for word in text.lower().split():\n"
  "        word = word.strip(\".,;:!?\")\n"
  "        if word == \"\":\n"
  "            continue\n"
  "        counts[word] = counts.get(word, 0) + 1\n"
  "    return counts\n",

  "def find_largest_%1$u(values: list[int]) -> int:\n"
  "    \"\"\"The largest of values, which must not be empty.\"\"\"\n"
  "    largest = values[0]\n"
  "    index = 1\n"
  "    while index < len(values):\n"
  "        if values[index] > largest:\n"
  "            largest = values[index]\n"
  "        index += 1\n"
  "    return largest\n",

  "def average_grade_%1$u(grades: dict[str, float]) -> float:\n"
  "    \"\"\"The average of the grades, 0.0 when there are none.\"\"\"\n"
  "    if len(grades) == 0:\n"
  "        return 0.0\n"
  "    total = 0.0\n"
  "    for student, grade in grades.items():\n"
  "        # Grades are out of 20; the names are only for reading.\n"
  "        total += grade\n"
  "    return total / len(grades)\n",
};

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

/* @n_lines lines of Python (at least 13): functions separated by two blank
 * lines, then a few comment lines to make the count exact, and a last line
 * that calls the first function. */
static char *
python_program (guint n_lines,
                guint seed)
{
  g_autoptr(GString) text = g_string_new ("\"\"\"A learner's module, for bench-editor.\"\"\"\n");
  guint lines = 1;
  guint n = 0;

  for (;;)
    {
      g_autofree char *function = g_strdup_printf (templates[n % G_N_ELEMENTS (templates)],
                                                   seed * 1000 + n);
      guint function_lines = 2 + count_lines (function);

      /* Room for the last call (two blank lines and itself); there is
       * always a first function, which it calls. */
      if (n > 0 && lines + function_lines + 3 > n_lines)
        break;
      g_string_append (text, "\n\n");
      g_string_append (text, function);
      lines += function_lines;
      n++;
    }

  g_string_append (text, "\n\n");
  for (lines += 2; lines + 1 < n_lines; lines++)
    g_string_append_printf (text, "# Note %u: keep the functions short.\n", lines);
  g_string_append_printf (text, "print(total_price_%u([1.0, 2.5], 0.2))\n", seed * 1000);
  g_assert (count_lines (text->str) == n_lines);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define TYPED_COMMENT "# Keep the score between the low and the high bound the teacher set."

/* What each typing round types at the cursor, "\n" for Return: 200 keys.
 * The indentation is the indenter's (after a `:` one level deeper, after
 * a return one level back), so it is not typed. */
static char *
typed_keys (guint round)
{
  char *keys = g_strdup_printf (TYPED_COMMENT "\n"
                                "def clamp_score_%03u(score: int, low: int, high: int) -> int:\n"
                                "if score < low:\n"
                                "return low\n"
                                "if score > high:\n"
                                "return high\n"
                                "return score\n"
                                "\n",
                                round);

  g_assert (g_utf8_strlen (keys, -1) == N_KEYS);

  return keys;
}

/* What the typing leaves in the buffer. */
static char *
typed_text (guint round)
{
  return g_strdup_printf (TYPED_COMMENT "\n"
                          "def clamp_score_%03u(score: int, low: int, high: int) -> int:\n"
                          "    if score < low:\n"
                          "        return low\n"
                          "    if score > high:\n"
                          "        return high\n"
                          "    return score\n"
                          "\n",
                          round);
}

/* ---------------------------------------------------------- the course */

static const struct
{
  const char *name;
  guint       lines;
} tab_files[N_TABS] = {
  { "main.py", 2000 },
  { "orders.py", 1500 },
  { "stock.py", 1200 },
  { "prices.py", 1000 },
  { "report.py", 700 },
  { "customers.py", 500 },
  { "shipping.py", 300 },
  { "taxes.py", 200 },
  { "discounts.py", 100 },
  { "utils.py", 50 },
};

static const char manifest[] =
  "{\n"
  "  \"format\": 1,\n"
  "  \"id\": \"" PACK_ID "\",\n"
  "  \"version\": \"1.0.0\",\n"
  "  \"title\": \"Editor benchmark\",\n"
  "  \"description\": \"Long files and many tabs, for bench-editor\",\n"
  "  \"language\": \"en\",\n"
  "  \"authors\": [\"The Dojo authors\"],\n"
  "  \"license\": \"CC-BY-SA-4.0\",\n"
  "  \"min_app_version\": \"0.1.0\",\n"
  "  \"python\": \"3.10\",\n"
  "  \"phases\": [\n"
  "    {\"id\": \"editor\", \"title\": \"Editor\", \"items\": [\n"
  "      {\"id\": \"long-file\", \"type\": \"exercise\", \"title\": \"A long file\","
  " \"path\": \"exercises/long-file\"},\n"
  "      {\"id\": \"ten-files\", \"type\": \"exercise\", \"title\": \"Ten files\","
  " \"path\": \"exercises/ten-files\"}\n"
  "    ]}\n"
  "  ]\n"
  "}\n";

/* An exercise as the built-in course writes them: its program runs, has
 * type hints that agree (live guidance underlines both while the learner
 * types) and uses a for loop. */
static char *
exercise_json (const char *title,
               const char *starter)
{
  return g_strdup_printf ("{\n"
                          "  \"title\": \"%s\",\n"
                          "  \"instructions\": \"instructions.md\",\n"
                          "  \"starter\": {%s},\n"
                          "  \"entry\": \"main.py\",\n"
                          "  \"checks\": [\n"
                          "    {\"id\": \"runs\", \"type\": \"io\", \"title\": \"It runs\","
                          " \"stdin\": \"\", \"expect\": \"4.2\\n\"},\n"
                          "    {\"id\": \"hints\", \"type\": \"type-hints\","
                          " \"title\": \"Every function has type hints\"},\n"
                          "    {\"id\": \"types\", \"type\": \"type-check\","
                          " \"title\": \"The types agree\"},\n"
                          "    {\"id\": \"loops\", \"type\": \"ast\", \"title\": \"Uses a loop\","
                          " \"rules\": [{\"require\": \"for\"}]}\n"
                          "  ],\n"
                          "  \"hints\": [\"Take one function at a time.\"],\n"
                          "  \"limits\": {\"time_s\": 5, \"memory_mb\": 256, \"output_kb\": 64},\n"
                          "  \"revision\": 1\n"
                          "}\n", title, starter);
}

/* The course, installed where Dojo keeps the learner's packs. */
static void
install_course (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "dojo", "packs", PACK_ID,
                                           NULL);
  g_autoptr(GString) starters = g_string_new (NULL);
  g_autofree char *long_file = python_program (2000, 0);
  g_autofree char *long_json = exercise_json ("A long file",
                                              "\"main.py\": {\"path\": \"starter/main.py\"}");
  g_autofree char *ten_json = NULL;

  bench_project_write_file (dir, "manifest.json", manifest);

  bench_project_write_file (dir, "exercises/long-file/exercise.json", long_json);
  bench_project_write_file (dir, "exercises/long-file/instructions.md",
                            "# A long file\n\nAdd a function in the middle of `main.py`.\n");
  bench_project_write_file (dir, "exercises/long-file/starter/main.py", long_file);

  for (guint i = 0; i < N_TABS; i++)
    {
      g_autofree char *relative = g_strdup_printf ("exercises/ten-files/starter/%s",
                                                   tab_files[i].name);
      g_autofree char *program = python_program (tab_files[i].lines, i + 1);

      bench_project_write_file (dir, relative, program);
      g_string_append_printf (starters, "%s\"%s\": {\"path\": \"starter/%s\"}",
                              i > 0 ? ", " : "", tab_files[i].name, tab_files[i].name);
    }
  ten_json = exercise_json ("Ten files", starters->str);
  bench_project_write_file (dir, "exercises/ten-files/exercise.json", ten_json);
  bench_project_write_file (dir, "exercises/ten-files/instructions.md",
                            "# Ten files\n\nA shop in ten modules.\n");
}

/* ------------------------------------------------------ watching, frames */

/* bench-stall.h's measure (a high-priority 1 ms timeout notes the longest
 * gap between its runs), which also says, when asked, what each gap over
 * the goal happened during. */
typedef struct
{
  BenchStall  stall;
  gboolean    trace;
  const char *doing;
  guint       index;
  gint64      start;
  gint64      acted;   /* when the bench last did something */
} Watch;

static gboolean
watch_tick (gpointer data)
{
  Watch *w = data;
  gint64 now = g_get_monotonic_time ();

  if (w->trace && w->stall.last > 0 && now - w->stall.last > GOAL_MS * 1000)
    g_printerr ("    gap %6.1f ms [%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "] from %.1f ms "
                "after %s %u\n", (now - w->stall.last) / 1000.0, w->stall.last, now,
                (w->stall.last - w->acted) / 1000.0, w->doing, w->index);

  return bench_stall_tick (&w->stall);
}

static guint
watch_start (Watch *w)
{
  w->stall.last = 0;
  w->stall.longest = 0;
  w->start = g_get_monotonic_time ();
  w->doing = "start";
  w->index = 0;
  w->acted = w->start;

  return g_timeout_add_full (G_PRIORITY_HIGH, 1, watch_tick, w, NULL);
}

/* Stops watching; returns the longest gap in ms, the last one (from the
 * last tick to now) included. */
static double
watch_stop (Watch *w,
            guint  id)
{
  g_source_remove (id);
  watch_tick (w);

  return w->stall.longest / 1000.0;
}

/* What the window's frame clock did: when frames were drawn, and how long
 * the phases of a frame took, for telling slow animations (the update
 * phase: tick callbacks), a slow layout (size allocation) and a slow
 * drawing (snapshot and rendering) apart. The handlers here run after
 * GTK's own for each phase, so each notes when a phase ended. */
typedef struct
{
  double update_ms;
  double layout_ms;
  double draw_ms;
  double total_ms;
} Phases;

typedef struct
{
  gint64 before_paint; /* the current frame began */
  gint64 updated;      /* its phases ended (0: the phase did not run) */
  gint64 laid_out;
  gint64 drawn;
  gint64 painted;      /* the last frame ended */
  gint64 since;        /* wait_frame_and() waits for a frame begun then… */
  gint64 first;        /* …ended then (0: not yet), */
  gint64 first_start;  /* begun then, */
  Phases first_phases; /* and took so long */
  Phases longest;      /* the longest frame since frames_reset() */
} Frames;

static void
on_before_paint (GdkFrameClock *clock,
                 Frames        *f)
{
  f->before_paint = g_get_monotonic_time ();
  f->updated = 0;
  f->laid_out = 0;
  f->drawn = 0;
}

static void
on_update (GdkFrameClock *clock,
           Frames        *f)
{
  f->updated = g_get_monotonic_time ();
}

static void
on_layout (GdkFrameClock *clock,
           Frames        *f)
{
  f->laid_out = g_get_monotonic_time ();
}

static void
on_paint (GdkFrameClock *clock,
          Frames        *f)
{
  f->drawn = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Frames        *f)
{
  gint64 updated = f->updated ? f->updated : f->before_paint;
  gint64 laid_out = f->laid_out ? f->laid_out : updated;
  gint64 drawn = f->drawn ? f->drawn : laid_out;
  Phases phases;

  f->painted = g_get_monotonic_time ();
  phases.update_ms = (updated - f->before_paint) / 1000.0;
  phases.layout_ms = (laid_out - updated) / 1000.0;
  phases.draw_ms = (drawn - laid_out) / 1000.0;
  phases.total_ms = (f->painted - f->before_paint) / 1000.0;

  if (f->first == 0 && f->before_paint >= f->since)
    {
      f->first = f->painted;
      f->first_start = f->before_paint;
      f->first_phases = phases;
    }
  if (phases.total_ms > f->longest.total_ms)
    f->longest = phases;
}

static void
frames_reset (Frames *f)
{
  memset (&f->longest, 0, sizeof f->longest);
}

static void
frames_follow (Frames    *f,
               GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_assert (clock != NULL);
  g_signal_connect (clock, "before-paint", G_CALLBACK (on_before_paint), f);
  g_signal_connect (clock, "update", G_CALLBACK (on_update), f);
  g_signal_connect (clock, "layout", G_CALLBACK (on_layout), f);
  g_signal_connect (clock, "paint", G_CALLBACK (on_paint), f);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), f);
}

/* With BENCH_EDITOR_TRACE: a key or switch that took long, or whose frame
 * did, with the times to find it in a `perf record -k CLOCK_MONOTONIC`. */
static void
trace_action (const char *what,
              guint       index,
              gint64      pressed,
              double      handled_ms,
              Frames     *f)
{
  const Phases *p = &f->first_phases;

  if (handled_ms <= GOAL_MS / 2 && p->total_ms <= GOAL_MS / 2)
    return;

  g_printerr ("    %s %u: handled in %.1f ms [%" G_GINT64_FORMAT "], then a frame of %.1f ms "
              "[%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "] (update %.1f, layout %.1f, "
              "drawing %.1f)\n", what, index, handled_ms, pressed, p->total_ms, f->first_start,
              f->first, p->update_ms, p->layout_ms, p->draw_ms);
}

static void
on_spun (gpointer data)
{
  *(gboolean *)data = TRUE;
}

/* A timeout that wakes the main loop at a given time, and notes that it did. */
typedef struct
{
  guint    id;
  gboolean fired;
} Alarm;

static void
alarm_set (Alarm  *alarm,
           gint64  at)
{
  gint64 in_ms = (at - g_get_monotonic_time ()) / 1000 + 1;

  alarm->fired = FALSE;
  alarm->id = g_timeout_add_once (MAX (in_ms, 0), on_spun, &alarm->fired);
}

static void
alarm_clear (Alarm *alarm)
{
  if (!alarm->fired)
    g_source_remove (alarm->id);
}

/* Runs the main loop until a frame begun after @since has been drawn and
 * @until (µs, monotonic) has passed; returns when that frame was drawn, or
 * 0 if none came within FRAME_WAIT_MS. */
static gint64
wait_frame_and (Frames *f,
                gint64  since,
                gint64  until)
{
  gint64 deadline = since + FRAME_WAIT_MS * 1000;
  Alarm at_deadline, at_until;

  f->since = since;
  f->first = 0;
  alarm_set (&at_deadline, deadline);
  alarm_set (&at_until, until);
  while ((f->first == 0 && g_get_monotonic_time () < deadline) ||
         g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);
  alarm_clear (&at_deadline);
  alarm_clear (&at_until);

  return f->first;
}

/* After an action at @acted: the main loop runs until the next frame is
 * drawn and @gap_ms have passed; returns the time from @acted to that
 * frame, or FRAME_WAIT_MS when none came, counted in @missed. */
static double
frame_after (Frames *f,
             gint64  acted,
             guint   gap_ms,
             guint  *missed)
{
  gint64 drawn = wait_frame_and (f, acted, acted + gap_ms * 1000);

  if (drawn == 0)
    {
      (*missed)++;
      return FRAME_WAIT_MS;
    }
  return (drawn - acted) / 1000.0;
}

/* Runs the main loop for @ms. */
static void
spin_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, on_spun, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Whether an editor has guidance waiting or running, or typing unsaved. */
static gboolean
editors_busy (DojoWindow *window)
{
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (dojo_window_get_tabs (window));

  for (guint i = 0; i < editors->len; i++)
    {
      DojoLiveGuidance *guidance = g_object_get_data (editors->pdata[i], LIVE_GUIDANCE_KEY);

      if (dojo_editor_get_modified (editors->pdata[i]) ||
          (guidance != NULL && dojo_live_guidance_get_busy (guidance)))
        return TRUE;
    }

  return FALSE;
}

/* Runs the main loop until nothing is pending, then @quiet_ms more with
 * nothing new. */
static void
settle (DojoWindow *window,
        guint       quiet_ms)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  do
    {
      while (editors_busy (window))
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("the editors did not settle in 120 s");
          g_main_context_iteration (NULL, TRUE);
        }
      spin_ms (quiet_ms);
    }
  while (editors_busy (window));
}

/* ------------------------------------------------------------- keys */

/* A key press reaches a GtkSourceView through GTK's key controllers. For
 * a character, GtkTextView's controller hands the key to its input method,
 * which commits the character; the view's ::commit handler inserts it
 * (as one user action, replacing a selection, then scrolls to the cursor).
 * Emitting ::commit on that input method (the one GtkTextView set on its
 * key controller) is that path from the input method on: the buffer, the
 * highlighting, the view and everything Dojo does on a change see exactly
 * what a key press gives them. Left out: GTK's delivery of the key event,
 * the shortcut controllers it passes on the way (none takes a plain
 * character), the input method's lookup and its ::im-update (the cursor
 * stops blinking, the pointer hides); none of them changes the text. */
static GtkIMContext *
im_context_of (GtkWidget *view)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (view);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_key_get_im_context (GTK_EVENT_CONTROLLER_KEY (controller)) != NULL)
        return gtk_event_controller_key_get_im_context (GTK_EVENT_CONTROLLER_KEY (controller));
    }

  g_error ("the source view has no input method");
}

/* Return is GtkSourceView's own: its key-pressed handler (capture phase,
 * gtk_source_view_key_pressed() in GtkSourceView 5.6) asks the indenter
 * whether Return triggers it, inserts "\n" as one user action (the input
 * method lets a Return through), then lets the indenter indent the new
 * line and scrolls to the cursor in a second one. That handler cannot be
 * called with a made-up key (it asserts that there is a real key event),
 * so these are its steps, with the view's own indenter (Dojo's Python
 * indenter). */
static void
press_return (GtkSourceView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextMark *insert = gtk_text_buffer_get_insert (buffer);
  GtkSourceIndenter *indenter = gtk_source_view_get_indenter (view);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, insert);
  if (!gtk_source_view_get_auto_indent (view) || indenter == NULL ||
      !gtk_source_indenter_is_trigger (indenter, view, &iter, 0, GDK_KEY_Return))
    g_error ("Return does not indent in this editor");

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_insert (buffer, &iter, "\n", 1);
  gtk_text_buffer_end_user_action (buffer);

  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, insert);
  gtk_source_indenter_indent (indenter, view, &iter);
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (view), insert);
  gtk_text_buffer_end_user_action (buffer);
}

static void
press_key (GtkSourceView *view,
           GtkIMContext  *im,
           const char    *key,
           gsize          len)
{
  char text[8];

  if (key[0] == '\n')
    {
      press_return (view);
      return;
    }

  g_assert (len < sizeof text);
  memcpy (text, key, len);
  text[len] = '\0';
  g_signal_emit_by_name (im, "commit", text);
}

/* ------------------------------------------------------------- report */

static void
report (const char *name,
        const char *what,
        double     *ms,
        unsigned    n,
        gboolean    goal)
{
  bench_sort_ms (ms, n);
  printf ("  %-52s median %7.1f ms  (min %7.1f, max %7.1f, n=%u)%s\n",
          what, ms[n / 2], ms[0], ms[n - 1], n,
          goal ? (ms[n / 2] <= GOAL_MS ? "  goal <= 16 ms: met" : "  goal <= 16 ms: MISSED")
               : "");
  bench_report_line (name, ms[n / 2], ms[0], ms[n - 1], n, NULL, 0, 0, 0);
}

static void
report_one (const char *name,
            const char *what,
            double      ms)
{
  printf ("  %-52s        %7.1f ms\n", what, ms);
  bench_report_line (name, ms, ms, ms, 1, NULL, 0, 0, 0);
}

/* ------------------------------------------------------------- typing */

/* The start of the second of two blank lines at or after line @from (the
 * gap between two functions, at the top level). */
static void
find_gap (GtkTextBuffer *buffer,
          int            from,
          GtkTextIter   *iter)
{
  int n = gtk_text_buffer_get_line_count (buffer);

  for (int line = from; line + 1 < n; line++)
    {
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_line (buffer, &a, line);
      gtk_text_buffer_get_iter_at_line (buffer, &b, line + 1);
      if (gtk_text_iter_ends_line (&a) && gtk_text_iter_ends_line (&b))
        {
          *iter = b;
          return;
        }
    }

  g_error ("no blank lines after line %d", from);
}

typedef struct
{
  double stall_ms;
  double typing_stall_ms;  /* until the last key */
  Phases longest_frame;
  double longest_key_ms;   /* the key's own handling, synchronous */
  double settle_ms;        /* from the last key until all was done */
  guint  missed_frames;
} TypeRound;

/* One round: the cursor to the middle, 200 keys, then until guidance,
 * the type check and autosave are done. @key_frame_ms gets, per key, the
 * time until the next frame was drawn. */
static void
type_round (DojoWindow *window,
            Frames     *frames,
            guint       round,
            gboolean    trace,
            double     *key_frame_ms,
            TypeRound  *result)
{
  DojoEditor *editor = dojo_window_get_editor (window);
  GtkSourceView *view = dojo_editor_get_view (editor);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkIMContext *im = im_context_of (GTK_WIDGET (view));
  g_autofree char *keys = typed_keys (round);
  g_autofree char *expected = typed_text (round);
  g_autofree char *text = NULL;
  GtkTextIter iter, start, end;
  Watch w = { { 0, 0 }, trace, NULL, 0, 0, 0 };
  gint64 next_key = 0;
  gint64 last_key;
  guint id;
  guint k = 0;

  /* The learner scrolls to the middle and clicks on the blank line
   * between two functions; then all settles (a frame, the blink). */
  find_gap (buffer, gtk_text_buffer_get_line_count (buffer) / 2, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (view), gtk_text_buffer_get_insert (buffer),
                                0.0, TRUE, 0.0, 0.4);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  settle (window, 500);

  memset (result, 0, sizeof *result);
  frames_reset (frames);
  id = watch_start (&w);
  w.doing = "key";

  for (const char *p = keys; *p != '\0'; p = g_utf8_next_char (p), k++)
    {
      gint64 pressed;
      double handled;

      /* A key every KEY_GAP_MS, once the last one is on screen. */
      while (g_get_monotonic_time () < next_key)
        g_main_context_iteration (NULL, TRUE);

      w.index = k;
      pressed = w.acted = g_get_monotonic_time ();
      press_key (view, im, p, g_utf8_next_char (p) - p);
      handled = (g_get_monotonic_time () - pressed) / 1000.0;
      result->longest_key_ms = MAX (result->longest_key_ms, handled);

      key_frame_ms[k] = frame_after (frames, pressed, KEY_GAP_MS, &result->missed_frames);
      if (trace)
        trace_action (*p == '\n' ? "key (Return)" : "key", k, pressed, handled, frames);

      next_key = pressed + (*p == '\n' ? LINE_PAUSE_MS : KEY_GAP_MS) * 1000;
    }
  g_assert (k == N_KEYS);
  last_key = g_get_monotonic_time ();
  result->typing_stall_ms = w.stall.longest / 1000.0;

  /* What the typing set off: guidance, the type check, autosave. */
  w.doing = "after the last key";
  while (editors_busy (window))
    {
      if (g_get_monotonic_time () - last_key > 120 * G_USEC_PER_SEC)
        g_error ("guidance and autosave did not finish in 120 s");
      g_main_context_iteration (NULL, TRUE);
    }
  result->settle_ms = (g_get_monotonic_time () - last_key) / 1000.0;
  wait_frame_and (frames, g_get_monotonic_time (), 0);
  result->stall_ms = watch_stop (&w, id);
  result->longest_frame = frames->longest;

  /* The keys did what keys do, the indenter's spaces included. */
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (strstr (text, expected) == NULL)
    g_error ("the typing did not give the expected text:\n%s", expected);
}

static void
bench_typing (DojoWindow *window,
              Frames     *frames,
              guint       runs,
              gboolean    trace)
{
  g_autofree double *stall = g_new0 (double, runs);
  g_autofree double *key_frame = g_new0 (double, (gsize)runs * N_KEYS);
  guint missed = 0;

  printf ("Typing 200 keys in the middle of a 2,000-line file (%d ms apart, %d ms after "
          "each line), %u rounds\n", KEY_GAP_MS, LINE_PAUSE_MS, runs);

  for (guint r = 0; r < runs; r++)
    {
      TypeRound result;

      if (trace)
        g_printerr ("  typing round %u\n", r + 1);
      type_round (window, frames, r + 1, trace, key_frame + (gsize)r * N_KEYS, &result);
      stall[r] = result.stall_ms;
      printf ("  round %u: longest stall %5.1f ms (%5.1f until the last key, all done %4.0f ms "
              "after it); longest key %4.1f ms; longest frame %5.1f ms (update %4.1f, "
              "layout %4.1f, drawing %4.1f)\n",
              r + 1, result.stall_ms, result.typing_stall_ms, result.settle_ms,
              result.longest_key_ms, result.longest_frame.total_ms,
              result.longest_frame.update_ms, result.longest_frame.layout_ms,
              result.longest_frame.draw_ms);
      missed += result.missed_frames;
    }

  if (missed > 0)
    printf ("  %u keys had no frame within %d ms\n", missed, FRAME_WAIT_MS);
  /* The first round is the first typing in the window: in the median
   * like the others, and shown by itself too. */
  report_one ("editor-type-2000-first", "longest stall, first round (first typing)", stall[0]);
  report ("editor-type-2000", "longest stall per round", stall, runs, TRUE);
  report ("editor-type-2000-frame", "a key until the next frame drawn", key_frame,
          runs * N_KEYS, FALSE);
}

/* ------------------------------------------------------------- tabs */

static gboolean
is_tab_view (GtkWidget *widget)
{
  return ADW_IS_TAB_VIEW (widget);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *widget))
{
  if (match (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Alt+1…9 and Alt+0 are the tab view's own shortcuts (AdwTabView's
 * select_nth_page_cb(), behind a shortcut controller on the tab view). A
 * key press that matches one makes the controller activate its action on
 * the tab view with its arguments; that is what switch_tab() does, with the
 * same GtkShortcut, so the page is selected exactly as the learner's key
 * selects it (and the focus moves into it, the window follows…). Left out:
 * GTK's dispatch of the key event to the controller. */
typedef struct
{
  GtkWidget   *tab_view;
  GtkShortcut *alt_digit[N_TABS];  /* [i]: the key for tab i */
} TabKeys;

static void
find_tab_keys (DojoWindow *window,
               TabKeys    *keys)
{
  memset (keys, 0, sizeof *keys);
  keys->tab_view = find_widget (GTK_WIDGET (dojo_window_get_tabs (window)), is_tab_view);
  g_assert (keys->tab_view != NULL);

  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (keys->tab_view);

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
        GListModel *shortcuts;

        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        shortcuts = G_LIST_MODEL (controller);
        for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
            GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
            guint keyval;

            if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
              trigger = gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger));
            if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
                gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != GDK_ALT_MASK)
              continue;
            keyval = gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger));
            /* Alt+1 is the first tab, Alt+0 the tenth. */
            if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_9)
              keys->alt_digit[keyval - GDK_KEY_1] = shortcut;
            else if (keyval == GDK_KEY_0)
              keys->alt_digit[9] = shortcut;
          }
      }
  }

  for (guint i = 0; i < N_TABS; i++)
    if (keys->alt_digit[i] == NULL)
      g_error ("the tab view has no Alt+%u", (i + 1) % 10);
}

static void
switch_tab (TabKeys *keys,
            guint    tab)
{
  GtkShortcut *shortcut = keys->alt_digit[tab];

  if (!gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                     GTK_SHORTCUT_ACTION_EXCLUSIVE, keys->tab_view,
                                     gtk_shortcut_get_arguments (shortcut)))
    g_error ("Alt+%u did nothing", (tab + 1) % 10);
}

/* Opens the project's files as the file list does when the learner
 * activates one: its ::file-activated, which the window answers by
 * opening the file in a tab and showing it. A frame is drawn after each,
 * as after a click. */
static void
open_tabs (DojoWindow *window,
           Frames     *frames)
{
  GFile *directory = dojo_project_get_directory (dojo_window_get_project (window));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* The file list is made just after the window's first frame. */
  while (window->file_list == NULL)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("no file list");
      g_main_context_iteration (NULL, TRUE);
    }

  for (guint i = 0; i < N_TABS; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (directory, tab_files[i].name);
      gint64 now = g_get_monotonic_time ();

      g_signal_emit_by_name (window->file_list, "file-activated", file);
      if (!g_file_equal (dojo_editor_get_file (dojo_window_get_editor (window)), file))
        g_error ("%s did not open", tab_files[i].name);
      wait_frame_and (frames, now, 0);
    }

  g_assert (dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (window)) == N_TABS);
}

typedef struct
{
  double stall_ms;
  Phases longest_frame;
  double longest_switch_ms;  /* the switch's own handling, synchronous */
  guint  missed_frames;
} TabRound;

/* One round: 30 switches round-robin from the tab in view, each once the
 * last one is drawn and SWITCH_GAP_MS after it. @switch_frame_ms gets,
 * per switch, the time until the next frame was drawn. */
static void
tab_round (DojoWindow *window,
           Frames     *frames,
           TabKeys    *keys,
           gboolean    trace,
           double     *switch_frame_ms,
           TabRound   *result)
{
  DojoEditorTabs *tabs = dojo_window_get_tabs (window);
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (tabs);
  guint tab = 0;
  Watch w = { { 0, 0 }, trace, NULL, 0, 0, 0 };
  gint64 next_switch = 0;
  guint id;

  settle (window, 500);
  for (guint i = 0; i < editors->len; i++)
    if (editors->pdata[i] == dojo_editor_tabs_get_active (tabs))
      tab = i;

  memset (result, 0, sizeof *result);
  frames_reset (frames);
  id = watch_start (&w);
  w.doing = "switch";

  for (guint s = 0; s < N_SWITCHES; s++)
    {
      gint64 pressed;
      double handled;

      while (g_get_monotonic_time () < next_switch)
        g_main_context_iteration (NULL, TRUE);

      tab = (tab + 1) % N_TABS;
      w.index = s;
      pressed = w.acted = g_get_monotonic_time ();
      switch_tab (keys, tab);
      handled = (g_get_monotonic_time () - pressed) / 1000.0;
      result->longest_switch_ms = MAX (result->longest_switch_ms, handled);
      if (dojo_editor_tabs_get_active (tabs) != editors->pdata[tab])
        g_error ("Alt+%u did not show tab %u", (tab + 1) % 10, tab + 1);

      switch_frame_ms[s] = frame_after (frames, pressed, SWITCH_GAP_MS,
                                        &result->missed_frames);
      if (trace)
        trace_action ("switch", s, pressed, handled, frames);
      next_switch = pressed + SWITCH_GAP_MS * 1000;
    }

  /* What the last switch set off (the open tabs remembered 300 ms later). */
  w.doing = "after the last switch";
  spin_ms (400);
  result->stall_ms = watch_stop (&w, id);
  result->longest_frame = frames->longest;
}

static void
bench_tabs (DojoWindow *window,
            Frames     *frames,
            guint       runs,
            gboolean    trace)
{
  g_autofree double *stall = g_new0 (double, runs);
  g_autofree double *switch_frame = g_new0 (double, (gsize)runs * N_SWITCHES);
  TabKeys keys;
  double first_frame;
  guint missed = 0;

  printf ("Switching between 10 tabs of 50 to 2,000 lines (Alt+1…9, Alt+0), %d switches "
          "a round, %u rounds\n", N_SWITCHES, runs);
  open_tabs (window, frames);
  find_tab_keys (window, &keys);

  for (guint r = 0; r < runs; r++)
    {
      TabRound result;

      if (trace)
        g_printerr ("  tabs round %u\n", r + 1);
      tab_round (window, frames, &keys, trace, switch_frame + (gsize)r * N_SWITCHES, &result);
      stall[r] = result.stall_ms;
      missed += result.missed_frames;
      printf ("  round %u: longest stall %5.1f ms; longest switch %4.1f ms; longest frame "
              "%5.1f ms (update %4.1f, layout %4.1f, drawing %4.1f)\n",
              r + 1, result.stall_ms, result.longest_switch_ms, result.longest_frame.total_ms,
              result.longest_frame.update_ms, result.longest_frame.layout_ms,
              result.longest_frame.draw_ms);
    }

  if (missed > 0)
    printf ("  %u switches had no frame within %d ms\n", missed, FRAME_WAIT_MS);
  /* The first round and the very first switch: in the figures like the
   * others, and shown by themselves too. */
  first_frame = switch_frame[0];
  report_one ("editor-tabs-10-first", "longest stall, first round", stall[0]);
  report_one ("editor-tabs-10-first-frame", "first switch until the next frame drawn",
              first_frame);
  report ("editor-tabs-10", "longest stall per round", stall, runs, TRUE);
  report ("editor-tabs-10-frame", "a switch until the next frame drawn", switch_frame,
          runs * N_SWITCHES, FALSE);
}

/* ------------------------------------------------------------- main */

/* A folder of its own for everything the learner's Dojo would write: the
 * library, progress, projects, settings; and the user's git settings
 * (hooks, fsmonitor…) out of the way. Before anything reads them. */
static char *
make_root (void)
{
  g_autoptr(GError) error = NULL;
  char *root = g_dir_make_tmp ("dojo-bench-editor-XXXXXX", &error);
  static const char * const dirs[][2] = {
    { "HOME", "home" },
    { "XDG_CONFIG_HOME", "home/.config" },
    { "XDG_DATA_HOME", "home/.local/share" },
    { "XDG_STATE_HOME", "home/.local/state" },
    { "XDG_CACHE_HOME", "home/.cache" },
  };

  if (root == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = g_build_filename (root, dirs[i][1], NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (dirs[i][0], path, TRUE);
    }
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);

  return root;
}

/* The window shows @item, and live guidance with its type check runs on
 * the file in view: what the figures are about. */
static void
check_guidance (DojoWindow *window,
                const char *item)
{
  DojoEditor *editor = dojo_window_get_editor (window);
  DojoLiveGuidance *guidance = g_object_get_data (G_OBJECT (editor), LIVE_GUIDANCE_KEY);

  if (!g_str_equal (dojo_pack_item_get_id (dojo_window_get_item (window)), item))
    g_error ("the window shows %s, not %s",
             dojo_pack_item_get_id (dojo_window_get_item (window)), item);
  if (guidance == NULL || !dojo_live_guidance_get_enabled (guidance) ||
      !dojo_live_guidance_get_type_check (guidance))
    g_error ("live guidance and its type check do not run in %s", item);
}

/* The app's own style sheet, which AdwApplication loads for Dojo. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

int
main (int   argc,
      char *argv[])
{
  const char *env_runs = g_getenv ("BENCH_RUNS");
  guint runs = env_runs != NULL && atoi (env_runs) > 0 ? (guint)atoi (env_runs) : 5;
  gboolean trace = g_getenv ("BENCH_EDITOR_TRACE") != NULL;
  const char *only = g_getenv ("BENCH_EDITOR_ONLY");
  g_autofree char *root = make_root ();
  g_autoptr(DojoProgress) progress = NULL;
  g_autoptr(GError) error = NULL;
  Frames frames = { 0 };
  DojoWindow *window;

  /* The type checker uses the Python that has mypy, as the other benches. */
  if (g_getenv ("DOJO_PYTHON") == NULL)
    g_setenv ("DOJO_PYTHON", "/usr/bin/python3", TRUE);

  /* Drawing as Dojo itself does on this machine (cairo without a GPU). */
  dojo_renderer_choose ();
  gtk_init ();
  adw_init ();
  dojo_renderer_forget ();
  load_style ();

  install_course ();
  progress = dojo_progress_new ();
  if (!dojo_progress_load (progress, NULL, &error))
    g_error ("%s", error->message);

  printf ("# bench-editor: a shown window, goal: no main-loop stall over %.0f ms\n", GOAL_MS);

  window = g_object_ref_sink (dojo_window_new (NULL));
  if (!dojo_window_open_course (window, PACK_ID, progress, &error))
    g_error ("%s", error->message);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  frames_follow (&frames, GTK_WIDGET (window));
  settle (window, 1000);
  check_guidance (window, "long-file");

  if (only == NULL || g_str_equal (only, "typing"))
    bench_typing (window, &frames, runs, trace);

  if (only == NULL || g_str_equal (only, "tabs"))
    {
      if (!dojo_window_open_item (window, "ten-files", &error))
        g_error ("%s", error->message);
      settle (window, 1000);
      check_guidance (window, "ten-files");
      bench_tabs (window, &frames, runs, trace);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  {
    const char *rm[] = { "rm", "-rf", root, NULL };

    g_spawn_sync (NULL, (char **)rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  NULL, NULL);
  }

  return 0;
}
