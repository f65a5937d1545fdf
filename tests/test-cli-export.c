/* test-cli-export.c: `dojo-pack export` writes what the window's export writes
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dojo-exercise.h"
#include "dojo-export.h"
#include "dojo-library.h"
#include "dojo-paths.h"
#include "dojo-progress.h"
#include "dojo-repo.h"
#include "dojo-test-files.h"
#include "dojo-test-tool.h"

#define PACK_ID  "io.example.course"
#define OTHER_ID "io.example.other"

/* A course installed for the learner as a teacher hands it out:
 * `dojo-pack new`, `build`, `install`. */
static void
install_course (const char *pack_id)
{
  g_autofree char *dir = dojo_test_cache_path (pack_id);
  g_autofree char *archive = g_strconcat (dir, ".dojopack", NULL);
  g_auto(Run) run = { 0 };

  run_tool_isolated (&run, "new", dir, "--id", pack_id, "--title", "Un cours", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "build", dir, "-o", archive, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_tool_isolated (&run, "install", archive, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

/* The learner's work on `greet`, as the app leaves it: the project with a
 * commit, and progress saved where the app saves it. */
static void
learner_works (const char *pack_id)
{
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *path = g_build_filename (projects, pack_id, "greet", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(DojoPack) pack = NULL;
  g_autoptr(DojoExercise) exercise = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *commit = NULL;

  g_assert_true (dojo_progress_load (progress, NULL, &error));
  g_assert_no_error (error);
  pack = dojo_export_open_course (pack_id, &error);
  g_assert_no_error (error);
  exercise = dojo_exercise_new (pack, "greet", &error);
  g_assert_no_error (error);
  g_assert_true (dojo_exercise_write_starter (exercise, dir, &error));
  g_assert_no_error (error);
  repo = dojo_repo_init (dir, &error);
  g_assert_no_error (error);
  dojo_test_write_file (path, "main.py", "name = input()\nprint(f\"Hello, {name}!\")\n");
  dojo_test_write_file (path, "notes/ideas.md", "Greet in French too.\n");
  commit = dojo_repo_commit (repo, "Greet by name", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  /* Not committed yet: travels as it is on disk. */
  dojo_test_write_file (path, "main.py", "name = input()\nprint(f\"Bonjour, {name} !\")\n");

  dojo_progress_record_attempt (progress, pack_id, "greet");
  dojo_progress_record_hint (progress, pack_id, "greet");
  dojo_progress_mark_passed (progress, pack_id, "greet", 1);
  dojo_progress_mark_seen (progress, pack_id, "hello-python");
  g_assert_true (dojo_progress_save (progress, &error));
  g_assert_no_error (error);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What the window does on Export My Work (DojoLibraryDialog): the courses
 * from the library scan, the progress the app loaded, the export in a
 * thread. */
static void
window_export (const char *pack_id,
               const char *output)
{
  g_autoptr(GPtrArray) packs = dojo_library_scan (NULL);
  g_autoptr(DojoProgress) progress = dojo_progress_new ();
  g_autoptr(GFile) file = g_file_new_for_path (output);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  DojoPack *pack = NULL;

  g_assert_true (dojo_progress_load (progress, NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < packs->len; i++)
    if (g_str_equal (dojo_pack_get_id (g_ptr_array_index (packs, i)), pack_id))
      pack = g_ptr_array_index (packs, i);
  g_assert_nonnull (pack);

  dojo_export_course_async (pack, progress, file, NULL, exported_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (dojo_export_course_finish (result, &error));
  g_assert_no_error (error);
}

/* Every entry of a zip: its name → "type mode size\ncontents". */
static GHashTable *
read_entries (const char *path)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  struct archive *reader = archive_read_new ();
  struct archive_entry *entry;

  archive_read_support_format_zip (reader);
  g_assert_cmpint (archive_read_open_filename (reader, path, 10240), ==, ARCHIVE_OK);
  while (archive_read_next_header (reader, &entry) == ARCHIVE_OK)
    {
      g_autoptr(GString) data = g_string_new (NULL);
      char buffer[8192];
      la_ssize_t n;

      g_string_printf (data, "%o %o %jd\n", (unsigned)archive_entry_filetype (entry),
                       (unsigned)archive_entry_perm (entry),
                       (intmax_t)archive_entry_size (entry));
      while ((n = archive_read_data (reader, buffer, sizeof buffer)) > 0)
        g_string_append_len (data, buffer, n);
      g_assert_cmpint (n, ==, 0);
      g_assert_false (g_hash_table_contains (entries, archive_entry_pathname (entry)));
      g_hash_table_insert (entries, g_strdup (archive_entry_pathname (entry)),
                           g_string_free (g_steal_pointer (&data), FALSE));
    }
  archive_read_free (reader);

  return entries;
}

/* The report, without the one member that records when it was written. */
static JsonNode *
report_without_time (const char *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = NULL;
  const char *json = strchr (entry, '\n') + 1;
  JsonObject *report;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  report = json_node_get_object (json_parser_get_root (parser));
  when = g_date_time_new_from_iso8601 (json_object_get_string_member (report, "exported_at"),
                                       NULL);
  g_assert_nonnull (when);
  json_object_remove_member (report, "exported_at");

  return json_node_copy (json_parser_get_root (parser));
}

static void
test_same_as_window (void)
{
  g_autofree char *from_window = dojo_test_cache_path ("window.dojowork");
  g_autofree char *from_cli = dojo_test_cache_path ("cli.dojowork");
  g_autoptr(GHashTable) window_entries = NULL;
  g_autoptr(GHashTable) cli_entries = NULL;
  g_autoptr(JsonNode) window_report = NULL;
  g_autoptr(JsonNode) cli_report = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  GHashTableIter iter;
  gpointer name;
  gpointer contents;

  install_course (PACK_ID);
  g_assert_true (dojo_repo_set_global_identity ("Ada Lövelace", "ada@example.org", &error));
  g_assert_no_error (error);
  learner_works (PACK_ID);

  window_export (PACK_ID, from_window);
  run_tool_isolated (&run, "export", "--pack", PACK_ID, "-o", from_cli, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, from_cli));

  window_entries = read_entries (from_window);
  cli_entries = read_entries (from_cli);
  g_assert_cmpuint (g_hash_table_size (cli_entries), ==, g_hash_table_size (window_entries));
  /* The project travelled, with its history and the learner's last edit. */
  g_assert_true (g_hash_table_contains (cli_entries, "projects/greet/.git/HEAD"));
  g_assert_nonnull (strstr (g_hash_table_lookup (cli_entries, "projects/greet/main.py"),
                            "Bonjour"));
  g_assert_true (g_hash_table_contains (cli_entries, "projects/greet/notes/ideas.md"));

  g_hash_table_iter_init (&iter, window_entries);
  while (g_hash_table_iter_next (&iter, &name, &contents))
    {
      const char *other = g_hash_table_lookup (cli_entries, name);

      g_assert_nonnull (other);
      if (g_str_equal (name, DOJO_WORK_REPORT))
        continue;
      g_assert_cmpstr (other, ==, contents);
    }

  window_report = report_without_time (g_hash_table_lookup (window_entries, DOJO_WORK_REPORT));
  cli_report = report_without_time (g_hash_table_lookup (cli_entries, DOJO_WORK_REPORT));
  g_assert_true (json_node_equal (window_report, cli_report));
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_node_get_object (cli_report), "learner"),
                     "name"), ==, "Ada Lövelace");
}

static void
test_default_course_and_name (void)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *here = dojo_test_cache_path ("lab");
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };
  const char *name;
  guint n = 0;

  install_course (PACK_ID);
  install_course (OTHER_ID);
  g_assert_true (dojo_repo_set_global_identity ("Grace Hopper", "grace@example.org", &error));
  g_assert_no_error (error);
  learner_works (PACK_ID);

  /* One course begun: that one, under the window's suggested name, here. */
  g_assert_cmpint (g_mkdir_with_parents (here, 0755), ==, 0);
  g_assert_cmpint (g_chdir (here), ==, 0);
  run_tool_isolated (&run, "export", NULL);
  g_assert_cmpint (run.status, ==, 0);
  dir = g_dir_open (here, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_true (g_str_has_prefix (name, PACK_ID "-grace-hopper-"));
      g_assert_true (g_str_has_suffix (name, DOJO_WORK_EXTENSION));
      n++;
    }
  g_assert_cmpuint (n, ==, 1);

  /* Again: the file is there, and is not replaced unasked. */
  run_tool_isolated (&run, "export", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--force"));
  run_tool_isolated (&run, "export", "--force", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* Two begun: which one is for the learner to say. */
  learner_works (OTHER_ID);
  run_tool_isolated (&run, "export", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--pack"));
  g_assert_nonnull (strstr (run.err, PACK_ID));
  g_assert_nonnull (strstr (run.err, OTHER_ID));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

static void
test_errors (void)
{
  g_autofree char *output = dojo_test_cache_path ("work.dojowork");
  g_autofree char *missing_dir = dojo_test_cache_path ("no/such/folder/work.dojowork");
  g_autofree char *file_as_dir = dojo_test_cache_path ("plain-file/work.dojowork");
  g_autofree char *plain = dojo_test_cache_path ("plain-file");
  g_auto(Run) run = { 0 };

  /* No such course. */
  run_tool_isolated (&run, "export", "--pack", "io.example.nowhere", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "io.example.nowhere"));
  g_assert_nonnull (strstr (run.err, "dojo-pack list"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* A course not begun: nothing to export, with or without --pack, and
   * the window refuses it the same way. */
  install_course (PACK_ID);
  run_tool_isolated (&run, "export", "--pack", PACK_ID, "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "nothing to export"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  run_tool_isolated (&run, "export", "-o", output, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "nothing to export"));
  {
    g_autoptr(DojoPack) pack = dojo_export_open_course (PACK_ID, NULL);
    g_autoptr(DojoProgress) progress = dojo_progress_new ();
    g_autoptr(GFile) file = g_file_new_for_path (output);
    g_autoptr(GError) error = NULL;

    g_assert_nonnull (pack);
    g_assert_false (dojo_export_course (pack, progress, file, &error));
    g_assert_error (error, DOJO_EXPORT_ERROR, DOJO_EXPORT_ERROR_NOTHING);
  }

  /* A file that cannot be written: the message says where. */
  g_assert_true (dojo_repo_set_global_identity ("Ada", "ada@example.org", NULL));
  learner_works (PACK_ID);
  run_tool_isolated (&run, "export", "--pack", PACK_ID, "-o", missing_dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "no/such/folder"));
  dojo_test_write_file (g_get_user_cache_dir (), "plain-file", "not a folder");
  run_tool_isolated (&run, "export", "--pack", PACK_ID, "-o", file_as_dir, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, plain));

  /* Arguments instead of --pack. */
  run_tool_isolated (&run, "export", PACK_ID, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--pack"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dojo-pack/export/same-as-window", test_same_as_window);
  g_test_add_func ("/dojo-pack/export/default-course-and-name", test_default_course_and_name);
  g_test_add_func ("/dojo-pack/export/errors", test_errors);

  return g_test_run ();
}
