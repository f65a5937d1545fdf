/* fuzz-exercise.c: exercise.json, as the app opens it and as validate checks it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is written to <pack>/item/exercise.json of a small pack in a
 * temporary folder (the files it may name exist), then read by
 * dojo_exercise_new() and checked by dojo_pack_validate().
 */

#include "config.h"

#include "dojo-exercise.h"
#include "dojo-pack-problem.h"
#include "fuzz-common.h"

static DojoPack *pack;
static GFile *pack_dir;

static void
free_pack (void)
{
  g_clear_object (&pack);
  g_clear_object (&pack_dir);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  const char *dir;

  fuzz_common_init ();
  dir = fuzz_make_pack ("exercise", "item");
  fuzz_write (dir, "item/exercise.json", "{}", -1);
  fuzz_write (dir, "item/instructions.md", "# Fuzz\n\nPrint `hello`.\n", -1);
  fuzz_write (dir, "item/starter/main.py", "print('hello')\n", -1);
  fuzz_write (dir, "item/solution/main.py", "print('hello')\n", -1);
  fuzz_write (dir, "item/tests/test_main.py", "def test_main():\n    pass\n", -1);

  pack_dir = g_file_new_for_path (dir);
  if (!(pack = dojo_pack_load (pack_dir, NULL, &error)))
    g_error ("fuzz-exercise: the pack does not load: %s", error->message);
  atexit (free_pack);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_write (g_file_peek_path (pack_dir), "item/exercise.json", (const char *)data, size);

  exercise = dojo_exercise_new (pack, "item", &error);
  if (exercise != NULL)
    {
      const char * const *names = dojo_exercise_get_starter_names (exercise);
      g_autoptr(GPtrArray) gated = NULL;
      g_autoptr(GFile) solution = NULL;
      double time_s;
      guint memory_mb, output_kb, attempts;

      g_assert_no_error (error);
      for (guint i = 0; names[i] != NULL; i++)
        g_assert_nonnull (dojo_exercise_get_starter_content (exercise, names[i]));
      g_assert_nonnull (dojo_exercise_get_title (exercise));
      g_assert_nonnull (dojo_exercise_get_instructions (exercise));
      g_assert_nonnull (dojo_exercise_get_entry (exercise));
      /* Never an item that opens without a tab. */
      g_assert_nonnull (dojo_exercise_get_open_files (exercise)[0]);
      g_assert_nonnull (dojo_exercise_get_hints (exercise));
      (void)dojo_exercise_get_solution (exercise);
      solution = dojo_exercise_get_solution_file (exercise);
      (void)dojo_exercise_get_solution_policy (exercise, &attempts);
      (void)dojo_exercise_solution_available (exercise, FALSE, 3);
      dojo_exercise_get_limits (exercise, &time_s, &memory_mb, &output_kb);
      g_assert_cmpfloat (time_s, >, 0);
      gated = dojo_exercise_dup_gated (exercise);
    }
  else
    g_assert (error != NULL && g_utf8_validate (error->message, -1, NULL));

  dojo_pack_validate (pack_dir, DOJO_PACK_VALIDATE_NONE, &problems);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *message = dojo_pack_problem_to_string (g_ptr_array_index (problems, i));

      g_assert (g_utf8_validate (message, -1, NULL));
    }

  return 0;
}
