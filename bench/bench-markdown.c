/* bench-markdown.c: how long a lesson takes to render
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the longest lesson of the built-in course, a generated lesson of
 * about 40 KB and the welcome lesson 50 times each into a GtkTextBuffer and
 * prints the median, fastest and slowest run (and a BENCH line each, see
 * bench-report.h). Needs a display (run it under xvfb-run).
 *
 * usage: bench-markdown [LESSON.md]   (default: the longest .md in
 *   $DOJO_CONTENT_DIR/python-roadmap/lessons, else in the source tree's)
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "dojo-markdown.h"
#include "dojo-source-util.h"
#include "bench-report.h"

#define RUNS 50

static char *
generate_lesson (gsize target)
{
  GString *md = g_string_new ("# A long lesson about loops\n\n");
  guint n = 0;

  while (md->len < target)
    {
      n++;
      g_string_append_printf (md,
        "## Part %u: counting with `for`\n\n"
        "A *loop* repeats a block of code. In **Python** the `for` statement walks "
        "through the items of a sequence, one at a time, and runs its body once for "
        "each. Read [the tutorial](https://docs.python.org/3/tutorial/controlflow.html) "
        "when you want more detail; for now, try the example below.\n\n"
        "```python\n"
        "def count_up(limit):\n"
        "    \"\"\"Print the numbers from 1 to limit.\"\"\"\n"
        "    total = 0\n"
        "    for number in range(1, limit + 1):\n"
        "        print(number)  # one per line\n"
        "        total += number\n"
        "    return total\n"
        "\n"
        "print(count_up(%u))\n"
        "```\n\n"
        "What happens:\n\n"
        "- `range(1, limit + 1)` makes the numbers\n"
        "- the body runs once per number\n"
        "  - `print` shows it\n"
        "  - `total` grows\n"
        "- the function gives back the sum\n\n"
        "1. Type the code.\n"
        "2. Press F5.\n"
        "3. Change `%u` and run it again.\n\n"
        "> **Tip:** if nothing prints, check the indentation of the body.\n\n"
        "| Expression | Value | Notes |\n"
        "|------------|-------|-------|\n"
        "| `range(3)` | 0, 1, 2 | starts at zero |\n"
        "| `range(1, 4)` | 1, 2, 3 | stops before 4 |\n"
        "| `range(0, 10, 5)` | 0, 5 | steps of five |\n\n"
        "```text\n1\n2\n3\n```\n\n---\n\n",
        n, n + 2, n + 2);
    }

  return g_string_free (md, FALSE);
}

static void
bench (const char           *label,
       const char           *name,
       const char           *markdown,
       gsize                 length,
       GFile                *base_dir,
       GtkSourceStyleScheme *scheme)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 begin = g_get_monotonic_time ();

      if (!dojo_markdown_render (buffer, markdown, length, base_dir, scheme, &error))
        g_error ("%s: %s", label, error->message);

      times[i] = (g_get_monotonic_time () - begin) / 1000.0;
    }

  bench_sort_ms (times, RUNS);
  g_print ("%-22s %6.1f KB  median %6.2f ms  min %6.2f ms  max %6.2f ms  (%d runs)\n",
           label, length / 1024.0, times[RUNS / 2], times[0], times[RUNS - 1], RUNS);
  bench_report_line (name, times[RUNS / 2], times[0], times[RUNS - 1], RUNS, NULL, 0, 0, 0);
}

/* The biggest .md file of @dir (the longest lesson of the course). */
static char *
find_longest_lesson (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *best = NULL;
  goffset best_size = -1;
  const char *name;

  if (d == NULL)
    return NULL;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_stat (path, &st) == 0 && st.st_size > best_size)
        {
          best_size = st.st_size;
          g_free (best);
          best = g_steal_pointer (&path);
        }
    }

  return g_steal_pointer (&best);
}

static void
bench_file (const char           *path,
            GtkSourceStyleScheme *scheme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) base_dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *label = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &text, &length, &error))
    g_error ("%s: %s", path, error->message);
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  base_dir = g_file_new_for_path (dir);
  label = g_strdup_printf ("longest: %s", base);
  bench (label, "lesson-longest", text, length, base_dir, scheme);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *lesson = NULL;
  g_autofree char *longest = NULL;
  g_autoptr(GBytes) welcome = NULL;
  g_autoptr(GError) error = NULL;
  GtkSourceStyleScheme *scheme;
  gsize size = 0;
  const char *data;

  adw_init ();
  /* As Dojo starts GtkSourceView: its schemes, before one is asked for. */
  dojo_source_util_init ();

  scheme = gtk_source_style_scheme_manager_get_scheme (
    gtk_source_style_scheme_manager_get_default (), "Adwaita");

  if (argc > 1)
    longest = g_strdup (argv[1]);
  else
    {
      const char *content = g_getenv ("DOJO_CONTENT_DIR");
      g_autofree char *lessons = g_build_filename (content != NULL && content[0] != '\0'
                                                   ? content : CONTENT_SRCDIR,
                                                   "python-roadmap", "lessons", NULL);

      longest = find_longest_lesson (lessons);
      if (longest == NULL)
        g_printerr ("No lesson found in %s; skipping the longest lesson\n", lessons);
    }
  if (longest != NULL)
    bench_file (longest, scheme);

  lesson = generate_lesson (40 * 1024);
  bench ("generated lesson", "lesson-40kb", lesson, strlen (lesson), NULL, scheme);

  welcome = g_resources_lookup_data ("/io/github/pydojo/Dojo/welcome.md",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (welcome == NULL)
    g_error ("welcome.md: %s", error->message);
  data = g_bytes_get_data (welcome, &size);
  bench ("welcome.md", "lesson-welcome", data, size, NULL, scheme);

  return EXIT_SUCCESS;
}
