/* bench-pack-load.c: how long loading a pack's index takes, by pack size
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates packs of 500, 5,000 and 50,000 items and times dojo_pack_load()
 * on each: median/min/max and µs per item (and a BENCH line each, see
 * bench-report.h).
 */

#include "config.h"

#include <glib/gstdio.h>

#include "dojo-pack.h"
#include "dojo-pack-private.h"
#include "bench-report.h"

#define ITEMS_PER_PHASE 50

static char *
make_pack (const char *base,
           guint       n_items)
{
  g_autofree char *name = g_strdup_printf ("pack-%u", n_items);
  g_autofree char *lessons = NULL;
  g_autofree char *lesson = NULL;
  g_autofree char *manifest_path = NULL;
  g_autoptr(GString) manifest = g_string_new (NULL);
  char *root = g_build_filename (base, name, NULL);
  guint n_phases = (n_items + ITEMS_PER_PHASE - 1) / ITEMS_PER_PHASE;
  static const char * const types[] = { "lesson", "exercise", "lesson", "quiz" };

  lessons = g_build_filename (root, "lessons", NULL);
  g_mkdir_with_parents (lessons, 0755);
  lesson = g_build_filename (lessons, "l.md", NULL);
  g_file_set_contents (lesson, "# Lesson\n", -1, NULL);

  /* Shaped like a real manifest: pretty-printed, titles, some `introduces`. */
  g_string_append (manifest,
                   "{\n  \"format\": 1,\n  \"id\": \"io.example.bench\",\n"
                   "  \"version\": \"1.0.0\",\n  \"title\": \"Bench\",\n"
                   "  \"description\": \"Generated\",\n  \"language\": \"en\",\n"
                   "  \"authors\": [\"Bench\"],\n  \"license\": \"MIT\",\n"
                   "  \"min_app_version\": \"0.1.0\",\n  \"python\": \"3.10\",\n"
                   "  \"phases\": [\n");
  for (guint p = 0, i = 0; p < n_phases; p++)
    {
      g_string_append_printf (manifest,
                              "%s    {\n      \"id\": \"phase-%u\",\n"
                              "      \"title\": \"Phase number %u\",\n"
                              "      \"summary\": \"What this phase is about.\",\n"
                              "      \"items\": [\n",
                              p ? ",\n" : "", p, p);
      for (guint k = 0; k < ITEMS_PER_PHASE && i < n_items; k++, i++)
        g_string_append_printf (manifest,
                                "%s        {\"id\": \"item-%u\", \"type\": \"%s\", "
                                "\"title\": \"Item number %u of the course\", "
                                "\"path\": \"lessons/l.md\"%s}",
                                k ? ",\n" : "", i, types[i % 4], i,
                                i == 7 ? ", \"introduces\": [\"for\"]" : "");
      g_string_append (manifest, "\n      ]\n    }");
    }
  g_string_append (manifest, "\n  ]\n}\n");

  /* Exercises and quizzes are folders/files the index does not open. */
  manifest_path = g_build_filename (root, "manifest.json", NULL);
  g_file_set_contents (manifest_path, manifest->str, manifest->len, NULL);
  g_print ("%6u items: manifest of %" G_GSIZE_FORMAT " KiB\n", n_items, manifest->len / 1024);

  return root;
}

static void
bench (const char *root,
       guint       n_items,
       guint       runs)
{
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autofree double *ms = g_new0 (double, runs);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DojoPack) pack = NULL;
      gint64 start = g_get_monotonic_time ();

      pack = dojo_pack_load (dir, NULL, &error);
      ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      if (pack == NULL)
        g_error ("%s", error->message);
      g_assert_cmpuint (dojo_pack_get_n_items (pack), ==, n_items);
    }

  bench_sort_ms (ms, runs);
  g_print ("%6u items: median %7.2f ms  min %7.2f ms  max %7.2f ms  (%.2f us/item, %u runs)\n",
           n_items, ms[runs / 2], ms[0], ms[runs - 1], ms[runs / 2] * 1000.0 / n_items, runs);
  {
    g_autofree char *name = g_strdup_printf ("pack-load-%u", n_items);

    bench_report_line (name, ms[runs / 2], ms[0], ms[runs - 1], runs, NULL, 0, 0, 0);
  }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    {
      g_unlink (path);
      return;
    }
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  const guint sizes[] = { 500, 5000, 50000 };
  g_autofree char *base = g_dir_make_tmp ("bench-pack-XXXXXX", NULL);
  char *roots[G_N_ELEMENTS (sizes)] = { NULL };

  /* A 50,000-item manifest is bigger than the 1 MiB a pack may have; lift
   * the limit here only, to show how loading scales. */
  _dojo_pack_set_manifest_limit (64 * 1024 * 1024);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    roots[i] = make_pack (base, sizes[i]);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    bench (roots[i], sizes[i], sizes[i] >= 50000 ? 11 : 31);

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    g_free (roots[i]);
  remove_tree (base);

  return 0;
}
