/* test-dojo-pack-cli.c: the teacher's command line, run as teachers run it
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
#include "dojo-test-tool.h"


/* Runs the built dojo-pack with the arguments, NULL-terminated. */
static void
run_tool (Run *run,
          ...)
{
  va_list ap;

  va_start (ap, run);
  run_tool_va (run, NULL, NULL, ap);
  va_end (ap);
}

static char *
new_pack (const char *name)
{
  g_auto(Run) run = { 0 };
  char *dir = g_build_filename (g_get_user_cache_dir (), name, NULL);

  run_tool (&run, "new", dir, "--title", "Première leçon", NULL);
  g_assert_cmpint (run.status, ==, 0);

  return dir;
}

/* Returns: the 1-based line of @dir/@file holding @needle. */
static guint
line_of (const char *dir,
         const char *file,
         const char *needle)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *text = NULL;
  const char *hit;
  guint line = 1;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  hit = strstr (text, needle);
  g_assert_nonnull (hit);
  for (const char *p = text; p < hit; p++)
    line += *p == '\n';

  return line;
}

static void
replace_in (const char *dir,
            const char *file,
            const char *from,
            const char *to)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) str = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  str = g_string_new (text);
  g_assert_cmpuint (g_string_replace (str, from, to, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, str->str, -1, NULL));
}

static void
test_new_then_validate (void)
{
  g_autofree char *dir = new_pack ("course");
  g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_test (manifest, G_FILE_TEST_IS_REGULAR));

  run_tool (&run, "validate", dir, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "valid"));

  /* No warnings either: the example is one to copy. */
  run_clear (&run);
  run_tool (&run, "validate", "--strict", dir, NULL);
  g_assert_cmpint (run.status, ==, 0);
}

static void
test_new_refuses_non_empty (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "mine", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *manifest = g_build_filename (dir, "manifest.json", NULL);
  g_auto(Run) run = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (notes, "my notes", -1, NULL));

  run_tool (&run, "new", dir, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "not empty"));
  g_assert_false (g_file_test (manifest, G_FILE_TEST_EXISTS));
}

static void
test_validate_broken (void)
{
  g_autofree char *dir = new_pack ("broken");
  g_autofree char *expected = NULL;
  g_autofree char *expected_html = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  gboolean found = FALSE;
  JsonArray *array;
  guint id_line;

  replace_in (dir, "manifest.json", "\"greet\"", "\"Greet Me\"");
  id_line = line_of (dir, "manifest.json", "\"Greet Me\"");
  replace_in (dir, "lessons/hello-python.md", "A program", "A <em>program</em>");

  run_tool (&run, "validate", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);

  expected = g_strdup_printf ("manifest.json:%u: ", id_line);
  expected_html = g_strdup_printf ("lessons/hello-python.md:%u: ",
                                   line_of (dir, "lessons/hello-python.md", "<em>"));
  g_assert_nonnull (strstr (run.out, expected));
  g_assert_nonnull (strstr (run.out, "'Greet Me'"));
  g_assert_nonnull (strstr (run.out, expected_html));

  /* Every line but the summary is "file:line: message". */
  lines = g_strsplit (g_strchomp (run.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  for (guint i = 0; i + 1 < g_strv_length (lines); i++)
    g_assert_true (g_regex_match_simple ("^[^ :]+:[0-9]+: .", lines[i], 0, 0));
  g_assert_nonnull (strstr (lines[2], "2 errors"));

  run_clear (&run);
  run_tool (&run, "validate", "--json", dir, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *problem = json_array_get_object_element (array, i);

      g_assert_cmpstr (json_object_get_string_member (problem, "severity"), ==, "error");
      g_assert_nonnull (json_object_get_string_member (problem, "message"));
      if (g_str_equal (json_object_get_string_member (problem, "file"), "manifest.json")
          && json_object_get_int_member (problem, "line") == id_line)
        found = TRUE;
    }
  g_assert_true (found);
}

static void
zip_folder (struct archive *zip,
            const char     *root,
            const char     *relpath)
{
  g_autofree char *path = g_build_filename (root, relpath, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *rel = relpath[0] ? g_strconcat (relpath, "/", name, NULL) : g_strdup (name);
      g_autofree char *full = g_build_filename (root, rel, NULL);

      if (g_file_test (full, G_FILE_TEST_IS_DIR))
        {
          zip_folder (zip, root, rel);
        }
      else
        {
          g_autofree char *data = NULL;
          gsize len = 0;
          struct archive_entry *entry = archive_entry_new ();

          g_assert_true (g_file_get_contents (full, &data, &len, NULL));
          archive_entry_set_pathname (entry, rel);
          archive_entry_set_filetype (entry, AE_IFREG);
          archive_entry_set_perm (entry, 0644);
          archive_entry_set_size (entry, len);
          g_assert_cmpint (archive_write_header (zip, entry), ==, ARCHIVE_OK);
          g_assert_cmpint (archive_write_data (zip, data, len), ==, (la_ssize_t)len);
          archive_entry_free (entry);
        }
    }
}

static void
test_validate_archive (void)
{
  g_autofree char *dir = new_pack ("zipped");
  g_autofree char *zip_path = g_build_filename (g_get_user_cache_dir (), "zipped.dojopack", NULL);
  g_autofree char *junk_path = g_build_filename (g_get_user_cache_dir (), "junk.dojopack", NULL);
  struct archive *zip = archive_write_new ();
  g_auto(Run) run = { 0 };

  g_assert_cmpint (archive_write_set_format_zip (zip), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (zip, zip_path), ==, ARCHIVE_OK);
  zip_folder (zip, dir, "");
  g_assert_cmpint (archive_write_close (zip), ==, ARCHIVE_OK);
  archive_write_free (zip);

  run_tool (&run, "validate", zip_path, NULL);
  if (run.status != 0)
    g_printerr ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_true (g_file_set_contents (junk_path, "this is not a zip file", -1, NULL));
  run_clear (&run);
  run_tool (&run, "validate", junk_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.out, "junk.dojopack: "));
}

static void
test_help (void)
{
  const char *commands[] = { "validate", "new" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Run) run = { 0 };

      run_tool (&run, commands[i], "--help", NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.out, commands[i]));
    }

  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "frobnicate", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "validate"));
  }

  /* help COMMAND: that command's options, every command listed. */
  {
    const char *listed[] = { "validate", "new", "check", "build", "install", "remove", "list",
                             "grade", "inspect", "import-exercism", "export", "trace" };
    g_auto(Run) run = { 0 };

    run_tool (&run, "help", "grade", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "grade PACK SUBMISSION"));
    g_assert_nonnull (strstr (run.out, "--reports"));

    run_tool (&run, "help", "frobnicate", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "frobnicate"));

    run_tool (&run, "help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    for (guint i = 0; i < G_N_ELEMENTS (listed); i++)
      {
        g_autofree char *line = g_strdup_printf ("\n  %s ", listed[i]);

        g_assert_nonnull (strstr (run.out, line));
      }
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dojo-pack/new-then-validate", test_new_then_validate);
  g_test_add_func ("/dojo-pack/new-refuses-non-empty", test_new_refuses_non_empty);
  g_test_add_func ("/dojo-pack/validate-broken", test_validate_broken);
  g_test_add_func ("/dojo-pack/validate-archive", test_validate_archive);
  g_test_add_func ("/dojo-pack/help", test_help);

  return g_test_run ();
}
