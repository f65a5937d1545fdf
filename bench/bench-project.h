/* bench-project.h: the learner-shaped projects the git benchmarks work on
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <errno.h>

#include <glib.h>

#include "dojo-repo.h"

/* Writes @contents to @relative under @dir, making the folders on the way;
 * a bench cannot go on without it. */
static inline void
bench_project_write_file (const char *dir,
                          const char *relative,
                          const char *contents)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (parent, 0755) != 0 ||
      !g_file_set_contents (path, contents, -1, &error))
    g_error ("cannot write %s: %s", path, error ? error->message : g_strerror (errno));
}

/* A project of @n_files small Python files, 10 per folder, two levels deep. */
static inline void
bench_project_write (const char *dir,
                     guint       n_files)
{
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s/pkg%02u/mod%02u", dir, i / 100, (i / 10) % 10);
      g_autofree char *path = g_strdup_printf ("%s/lesson_%05u.py", sub, i);
      g_autofree char *text =
        g_strdup_printf ("\"\"\"Exercise %u.\"\"\"\n\n\ndef solve(n):\n"
                         "    total = 0\n    for i in range(n):\n        total += i * %u\n"
                         "    return total\n\n\nprint(solve(%u))\n", i, i, i % 97);

      g_mkdir_with_parents (sub, 0755);
      if (!g_file_set_contents (path, text, -1, NULL))
        g_error ("cannot write %s", path);
    }
}

/* Changes 20 files (every 97th, in as many folders) of a project of at least
 * 2,000 files written by bench_project_write(); @generation makes each
 * round's edit new. */
static inline gboolean
bench_project_touch_20 (const char *dir,
                        guint       generation)
{
  for (guint i = 0; i < 20; i++)
    {
      guint k = i * 97;
      g_autofree char *path = g_strdup_printf ("%s/pkg%02u/mod%02u/lesson_%05u.py", dir,
                                               k / 100, (k / 10) % 10, k);
      g_autofree char *text = g_strdup_printf ("print('edit %u of %u')\n", generation, i);

      if (!g_file_set_contents (path, text, -1, NULL))
        return FALSE;
    }

  return TRUE;
}

/* A temporary folder for the benchmark's projects, with a HOME of its own
 * inside: the git identity is written to ~/.gitconfig, and the user's own
 * settings (hooks, fsmonitor…) would skew the figures. Call it before
 * anything reads the environment. Returns the folder. */
static inline char *
bench_project_root (const char *template)
{
  g_autoptr(GError) error = NULL;
  char *root = g_dir_make_tmp (template, &error);
  g_autofree char *home = NULL;

  if (root == NULL)
    g_error ("%s", error->message);

  home = g_build_filename (root, "home", NULL);
  g_mkdir_with_parents (home, 0700);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("GIT_CONFIG_NOSYSTEM", "1", TRUE);
  if (!dojo_repo_set_global_identity ("Bench", "bench@example.org", &error))
    g_error ("%s", error->message);

  return root;
}
