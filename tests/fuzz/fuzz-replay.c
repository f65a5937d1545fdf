/* fuzz-replay.c: replays a fuzz target's regression inputs and seed corpus
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked with one fuzz-<target>.c instead of libFuzzer: every file of
 * tests/fuzz/regressions/<target>/ (inputs that once crashed) and of
 * tests/fuzz/corpus/<target>/ goes through the same entry point, one test
 * case each. Built with the ordinary flags it runs in `make test`; in the
 * sanitizer build (`make test-asan`) ASan and UBSan watch it too.
 */

#include "config.h"

#include <string.h>

#include "fuzz-common.h"

#ifndef FUZZ_TARGET
# error "FUZZ_TARGET must name the target, like \"json\""
#endif

static void
replay (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* libFuzzer hands over exactly the bytes, without a terminating NUL:
   * give the target its own copy of that size so ASan sees any over-read. */
  {
    g_autofree guint8 *exact = g_memdup2 (contents, length);

    g_assert_cmpint (LLVMFuzzerTestOneInput (exact, length), ==, 0);
  }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static guint
add_dir (const char *kind)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fuzz", kind, FUZZ_TARGET, NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (handle == NULL)
    return 0;

  while ((name = g_dir_read_name (handle)))
    if (name[0] != '.' && !g_str_equal (name, "README.md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test = g_strdup_printf ("/fuzz-%s/%s/%s", FUZZ_TARGET, kind, file);

      g_test_add_data_func_full (test, g_build_filename (dir, file, NULL), replay, g_free);
    }

  return names->len;
}

int
main (int   argc,
      char *argv[])
{
  guint n;

  g_test_init (&argc, &argv, NULL);
  LLVMFuzzerInitialize (&argc, &argv);

  n = add_dir ("regressions");
  n += add_dir ("corpus");
  /* An empty replay would pass without testing anything. */
  if (n == 0)
    g_error ("fuzz-replay-%s: no inputs in tests/fuzz/{regressions,corpus}/%s",
             FUZZ_TARGET, FUZZ_TARGET);

  return g_test_run ();
}
