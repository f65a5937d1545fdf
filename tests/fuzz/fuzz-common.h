/* fuzz-common.h: what every fuzz target shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target defines LLVMFuzzerInitialize() and LLVMFuzzerTestOneInput().
 * Built with -fsanitize=fuzzer they are libFuzzer targets (`make fuzz`);
 * linked with fuzz-replay.c instead they replay the regression inputs and
 * the seed corpus as an ordinary test (`fuzz-replay-<target>`).
 */

#pragma once

#include <stdint.h>
#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

/* A warning or a critical in Dojo's code is a bug: make it a crash the
 * fuzzer reports, as G_DEBUG=fatal-warnings does in the tests. */
static inline void
fuzz_common_init (void)
{
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* Removes a tree the target made itself; never follows a link. */
static inline void
fuzz_remove_tree (const char *path)
{
  GDir *dir;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK)
      && (dir = g_dir_open (path, 0, NULL)))
    {
      while ((name = g_dir_read_name (dir)))
        {
          char *child = g_build_filename (path, name, NULL);

          fuzz_remove_tree (child);
          g_free (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static inline void
fuzz_write (const char *dir,
            const char *relpath,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (dir, relpath, NULL);
  char *parent = g_path_get_dirname (path);
  GError *error = NULL;

  g_mkdir_with_parents (parent, 0755);
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_NONE, 0644, &error))
    g_error ("fuzz: cannot write %s: %s", path, error->message);
  g_free (parent);
  g_free (path);
}

/* A pack of one item (its manifest and the files the seeds refer to) in a
 * temporary folder, removed at exit. */
static char *fuzz_pack_dir;

static void
fuzz_remove_pack (void)
{
  if (fuzz_pack_dir != NULL)
    fuzz_remove_tree (fuzz_pack_dir);
  g_clear_pointer (&fuzz_pack_dir, g_free);
}

static inline const char *
fuzz_make_pack (const char *type,
                const char *path)
{
  GError *error = NULL;
  char *manifest;

  if (!(fuzz_pack_dir = g_dir_make_tmp ("dojo-fuzz-XXXXXX", &error)))
    g_error ("fuzz: cannot make a temporary folder: %s", error->message);
  atexit (fuzz_remove_pack);

  manifest = g_strdup_printf (
    "{\n"
    "  \"format\": 1,\n"
    "  \"id\": \"io.github.pydojo.fuzz\",\n"
    "  \"version\": \"1.0.0\",\n"
    "  \"title\": \"Fuzz\",\n"
    "  \"description\": \"A pack for the fuzzer.\",\n"
    "  \"language\": \"en\",\n"
    "  \"authors\": [\"Fuzz\"],\n"
    "  \"license\": \"CC0-1.0\",\n"
    "  \"min_app_version\": \"0.1.0\",\n"
    "  \"python\": \"3.11\",\n"
    "  \"phases\": [\n"
    "    {\"id\": \"p\", \"title\": \"P\", \"items\": [\n"
    "      {\"id\": \"item\", \"type\": \"%s\", \"title\": \"Item\", \"path\": \"%s\"}\n"
    "    ]}\n"
    "  ]\n"
    "}\n", type, path);
  fuzz_write (fuzz_pack_dir, "manifest.json", manifest, -1);
  g_free (manifest);

  return fuzz_pack_dir;
}
