/* test-progress.c: the learner's progress, and its survival
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "dojo-pack.h"
#include "dojo-progress.h"

#include "pack-fixture.h"

#define PACK "io.example.test-pack"

static char *
progress_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "dojo", "progress.json", NULL);
}

static DojoProgress *
load_progress (DojoProgressRecovery expected)
{
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GError) error = NULL;
  DojoProgressRecovery recovery = 42;

  g_assert_true (dojo_progress_load (progress, &recovery, &error));
  g_assert_no_error (error);
  g_assert_cmpint (recovery, ==, expected);

  return g_steal_pointer (&progress);
}

static void
save_progress (DojoProgress *progress)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_progress_save (progress, &error));
  g_assert_no_error (error);
}

/* The files in the progress folder whose name starts with @prefix. */
static guint
count_files (const char *prefix)
{
  g_autofree char *dir_path = g_build_filename (g_get_user_data_dir (), "dojo", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static void
test_round_trip (void)
{
  g_autoptr(DojoProgress) progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_autoptr(DojoProgress) again = NULL;
  g_autofree char *path = progress_path ();
  GDateTime *passed_at;

  g_assert_cmpint (dojo_progress_get_status (progress, PACK, "greet"), ==, DOJO_PROGRESS_NONE);
  g_assert_null (dojo_progress_get_last_item (progress, PACK));

  dojo_progress_mark_seen (progress, PACK, "hello");
  dojo_progress_record_attempt (progress, PACK, "greet");
  dojo_progress_record_attempt (progress, PACK, "greet");
  dojo_progress_record_hint (progress, PACK, "greet");
  dojo_progress_mark_passed (progress, PACK, "greet", 3);
  dojo_progress_record_attempt (progress, PACK, "count-down");
  dojo_progress_record_quiz_score (progress, PACK, "basics-quiz", 80);
  dojo_progress_record_quiz_score (progress, PACK, "basics-quiz", 60);
  dojo_progress_set_last_item (progress, PACK, "count-down");
  dojo_progress_mark_seen (progress, "io.example.other", "greet");
  save_progress (progress);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  again = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_assert_cmpint (dojo_progress_get_status (again, PACK, "hello"), ==, DOJO_PROGRESS_SEEN);
  g_assert_cmpint (dojo_progress_get_status (again, PACK, "greet"), ==, DOJO_PROGRESS_PASSED);
  g_assert_cmpint (dojo_progress_get_status (again, PACK, "count-down"), ==, DOJO_PROGRESS_STARTED);
  g_assert_cmpint (dojo_progress_get_status (again, PACK, "while-loops"), ==, DOJO_PROGRESS_NONE);
  g_assert_cmpuint (dojo_progress_get_attempts (again, PACK, "greet"), ==, 2);
  g_assert_cmpuint (dojo_progress_get_hints_used (again, PACK, "greet"), ==, 1);
  g_assert_cmpuint (dojo_progress_get_revision_passed (again, PACK, "greet"), ==, 3);
  g_assert_cmpint (dojo_progress_get_quiz_score (again, PACK, "basics-quiz", TRUE), ==, 80);
  g_assert_cmpint (dojo_progress_get_quiz_score (again, PACK, "basics-quiz", FALSE), ==, 60);
  g_assert_cmpint (dojo_progress_get_quiz_score (again, PACK, "greet", TRUE), ==, -1);
  g_assert_cmpstr (dojo_progress_get_last_item (again, PACK), ==, "count-down");
  /* Packs do not share progress, even for items of the same id. */
  g_assert_cmpint (dojo_progress_get_status (again, "io.example.other", "greet"), ==,
                   DOJO_PROGRESS_SEEN);

  passed_at = dojo_progress_get_passed_at (again, PACK, "greet");
  g_assert_nonnull (passed_at);
  g_assert_cmpint (g_date_time_compare (passed_at,
                                        dojo_progress_get_passed_at (progress, PACK, "greet")),
                   ==, 0);
}

static void
test_status_never_goes_back (void)
{
  g_autoptr(DojoProgress) progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);

  dojo_progress_mark_passed (progress, PACK, "greet", 1);
  dojo_progress_mark_seen (progress, PACK, "greet");
  dojo_progress_record_attempt (progress, PACK, "greet");
  dojo_progress_record_quiz_score (progress, PACK, "greet", 10);

  g_assert_cmpint (dojo_progress_get_status (progress, PACK, "greet"), ==, DOJO_PROGRESS_PASSED);
}

static void
test_damaged_recovered_from_backup (void)
{
  g_autoptr(DojoProgress) progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_autoptr(DojoProgress) recovered = NULL;
  g_autoptr(DojoProgress) next_start = NULL;
  g_autofree char *path = progress_path ();
  g_autofree char *bak = g_strconcat (path, ".bak", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *damaged = NULL;
  gsize length;

  dojo_progress_mark_passed (progress, PACK, "greet", 1);
  save_progress (progress);
  dojo_progress_mark_passed (progress, PACK, "count-down", 1);
  save_progress (progress);

  /* The backup is the previous good file. */
  g_assert_true (g_file_test (bak, G_FILE_TEST_IS_REGULAR));

  /* A crash mid-write from some other tool: the file is cut short. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length / 2, NULL));

  recovered = load_progress (DOJO_PROGRESS_RECOVERY_FROM_BACKUP);
  g_assert_cmpint (dojo_progress_get_status (recovered, PACK, "greet"), ==, DOJO_PROGRESS_PASSED);
  /* What happened after the backup is lost, and only that. */
  g_assert_cmpint (dojo_progress_get_status (recovered, PACK, "count-down"), ==,
                   DOJO_PROGRESS_NONE);

  /* The damaged file is kept aside, not deleted. */
  g_assert_nonnull (dojo_progress_get_damaged_path (recovered));
  g_assert_true (g_str_has_prefix (dojo_progress_get_damaged_path (recovered),
                                   path));
  g_assert_nonnull (strstr (dojo_progress_get_damaged_path (recovered), ".damaged-"));
  g_assert_true (g_file_get_contents (dojo_progress_get_damaged_path (recovered), &damaged,
                                      NULL, NULL));
  g_assert_cmpuint (strlen (damaged), ==, length / 2);
  g_assert_cmpuint (count_files ("progress.json.damaged-"), ==, 1);

  /* The good copy is back in place: the next start is quiet. */
  next_start = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_assert_cmpint (dojo_progress_get_status (next_start, PACK, "greet"), ==, DOJO_PROGRESS_PASSED);
}

static void
test_damaged_without_backup (void)
{
  const char *damages[] = {
    "",
    "not json at all",
    "{\"format\": 1, \"items\": {\"" PACK "/greet\": {\"status\": \"passed\", \"attempts\": \"three\"}}}",
    "{\"format\": 1, \"items\": {\"" PACK "/greet\": {\"status\": \"done\"}}}",
    "{\"format\": 1, \"items\": []}",
    "{\"format\": 7, \"items\": {}}",
    "[1, 2, 3]",
  };
  g_autofree char *path = progress_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (damages); i++)
    {
      g_autoptr(DojoProgress) progress = NULL;

      g_assert_true (g_file_set_contents (path, damages[i], -1, NULL));
      progress = load_progress (DOJO_PROGRESS_RECOVERY_RESET);
      g_assert_cmpint (dojo_progress_get_status (progress, PACK, "greet"), ==,
                       DOJO_PROGRESS_NONE);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files ("progress.json.damaged-"), ==, i + 1);

      /* Still usable: it saves afresh. */
      dojo_progress_mark_seen (progress, PACK, "hello");
      save_progress (progress);
      g_clear_object (&progress);
      progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
      g_assert_cmpint (dojo_progress_get_status (progress, PACK, "hello"), ==,
                       DOJO_PROGRESS_SEEN);
    }
}

static void
test_damaged_file_never_becomes_backup (void)
{
  g_autoptr(DojoProgress) progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_autofree char *path = progress_path ();
  g_autofree char *bak = g_strconcat (path, ".bak", NULL);
  g_autofree char *bak_contents = NULL;
  g_autofree char *bak_after = NULL;

  dojo_progress_mark_passed (progress, PACK, "greet", 1);
  save_progress (progress);
  save_progress (progress);
  g_assert_true (g_file_get_contents (bak, &bak_contents, NULL, NULL));

  /* Damage appears behind our back; saving must not back it up. */
  g_assert_true (g_file_set_contents (path, "{\"format\": 1, \"ite", -1, NULL));
  save_progress (progress);
  g_assert_true (g_file_get_contents (bak, &bak_after, NULL, NULL));
  g_assert_cmpstr (bak_after, ==, bak_contents);
}

static void
test_survives_reordering (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (root);
  g_autoptr(DojoProgress) progress = load_progress (DOJO_PROGRESS_RECOVERY_NONE);
  g_autoptr(DojoProgress) later = NULL;
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoPack) reordered = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *m1 = NULL, *m2 = NULL, *m3 = NULL;
  DojoPackItem *item;
  const char *greet_line =
    "      {\"id\": \"greet\", \"type\": \"exercise\", \"title\": \"Greet\", \"path\": \"exercises/greet\"},\n";

  pack = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
  item = dojo_pack_get_item (pack, 1);
  g_assert_cmpstr (dojo_pack_item_get_id (item), ==, "greet");
  dojo_progress_mark_passed (progress, dojo_pack_get_id (pack), dojo_pack_item_get_id (item), 1);
  dojo_progress_set_last_item (progress, dojo_pack_get_id (pack), "greet");
  save_progress (progress);

  /* Version 2 of the pack moves "greet" into the second phase and adds an
   * item in front of it. */
  m1 = fixture_replace (fixture_manifest, greet_line, "");
  m2 = fixture_replace (m1, "\"items\": [\n      {\"id\": \"while-loops\"",
                        "\"items\": [\n"
                        "      {\"id\": \"new-intro\", \"type\": \"lesson\", \"title\": \"New\", \"path\": \"lessons/for.md\"},\n"
                        "      {\"id\": \"greet\", \"type\": \"exercise\", \"title\": \"Greet\", \"path\": \"exercises/greet\"},\n"
                        "      {\"id\": \"while-loops\"");
  m3 = fixture_replace (m2, "\"version\": \"1.0.0\"", "\"version\": \"2.0.0\"");
  fixture_write (root, "manifest.json", m3);

  reordered = dojo_pack_load (dir, NULL, &error);
  g_assert_no_error (error);
  later = load_progress (DOJO_PROGRESS_RECOVERY_NONE);

  item = dojo_pack_lookup_item (reordered, "greet");
  g_assert_cmpint (dojo_pack_get_item_index (reordered, item), ==, 3);
  g_assert_cmpint (dojo_progress_get_status (later, PACK, dojo_pack_item_get_id (item)), ==,
                   DOJO_PROGRESS_PASSED);
  /* Whatever now sits where "greet" was is not passed. */
  item = dojo_pack_get_item (reordered, 1);
  g_assert_cmpstr (dojo_pack_item_get_id (item), ==, "basics-quiz");
  g_assert_cmpint (dojo_progress_get_status (later, PACK, dojo_pack_item_get_id (item)), ==,
                   DOJO_PROGRESS_NONE);
  g_assert_cmpint (dojo_progress_get_status (later, PACK, "new-intro"), ==, DOJO_PROGRESS_NONE);
  g_assert_cmpstr (dojo_progress_get_last_item (later, PACK), ==, "greet");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/progress/round-trip", test_round_trip);
  g_test_add_func ("/progress/status-never-goes-back", test_status_never_goes_back);
  g_test_add_func ("/progress/damaged/recovered-from-backup", test_damaged_recovered_from_backup);
  g_test_add_func ("/progress/damaged/without-backup", test_damaged_without_backup);
  g_test_add_func ("/progress/damaged/never-becomes-backup", test_damaged_file_never_becomes_backup);
  g_test_add_func ("/progress/survives-reordering", test_survives_reordering);

  return g_test_run ();
}
