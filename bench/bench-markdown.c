/* bench-markdown.c: how long a lesson takes to render
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders a generated lesson of about 40 KB and the welcome lesson 50 times
 * each into a GtkTextBuffer and prints the median, fastest and slowest run.
 * Needs a display (run it under xvfb-run).
 */

#include "config.h"

#include <stdlib.h>

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "dojo-markdown.h"

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

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a;
  double y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
bench (const char           *label,
       const char           *markdown,
       gsize                 length,
       GtkSourceStyleScheme *scheme)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 begin = g_get_monotonic_time ();

      if (!dojo_markdown_render (buffer, markdown, length, NULL, scheme, &error))
        g_error ("%s: %s", label, error->message);

      times[i] = (g_get_monotonic_time () - begin) / 1000.0;
    }

  qsort (times, RUNS, sizeof times[0], compare_double);
  g_print ("%-22s %6.1f KB  median %6.2f ms  min %6.2f ms  max %6.2f ms  (%d runs)\n",
           label, length / 1024.0, times[RUNS / 2], times[0], times[RUNS - 1], RUNS);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *lesson = NULL;
  g_autoptr(GBytes) welcome = NULL;
  g_autoptr(GError) error = NULL;
  GtkSourceStyleScheme *scheme;
  gsize size = 0;
  const char *data;

  adw_init ();
  gtk_source_init ();

  scheme = gtk_source_style_scheme_manager_get_scheme (
    gtk_source_style_scheme_manager_get_default (), "Adwaita");

  lesson = generate_lesson (40 * 1024);
  bench ("generated lesson", lesson, strlen (lesson), scheme);

  welcome = g_resources_lookup_data ("/io/github/pydojo/Dojo/welcome.md",
                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (welcome == NULL)
    g_error ("welcome.md: %s", error->message);
  data = g_bytes_get_data (welcome, &size);
  bench ("welcome.md", data, size, scheme);

  return EXIT_SUCCESS;
}
