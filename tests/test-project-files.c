/* test-project-files.c: making, renaming and trashing a project's files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "dojo-paths.h"
#include "dojo-project-files.h"
#include "dojo-test-files.h"

/* Helpers. Every case has its own data dir (G_TEST_OPTION_ISOLATE_DIRS), so
 * the project, the holding folder and the system's trash
 * (~/.local/share/Trash) all start empty. */

static GFile *
make_project (void)
{
  g_autofree char *projects = dojo_paths_get_projects_dir ();
  g_autofree char *path = g_build_filename (projects, "course", "loops", NULL);

  g_assert_cmpint (g_mkdir_with_parents (path, 0755), ==, 0);
  /* GIO's trash compares the file's disk with the home folder's, which the
   * isolated dirs name but do not create. */
  g_assert_cmpint (g_mkdir_with_parents (g_get_home_dir (), 0700), ==, 0);

  return g_file_new_for_path (path);
}

static GFile *
child (GFile      *project,
       const char *relative)
{
  return g_file_resolve_relative_path (project, relative);
}

static void
write_file (GFile      *project,
            const char *relative,
            const char *contents)
{
  dojo_test_write_file (g_file_peek_path (project), relative, contents);
}

static char *
read_file (GFile      *project,
           const char *relative)
{
  return dojo_test_read_file (g_file_peek_path (project), relative);
}

static gboolean
exists (GFile      *project,
        const char *relative)
{
  return dojo_test_exists (g_file_peek_path (project), relative);
}

static void
link_to (GFile      *project,
         const char *relative,
         const char *target)
{
  g_autoptr(GFile) file = child (project, relative);

  g_assert_cmpint (symlink (target, g_file_peek_path (file)), ==, 0);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  if (dir == NULL)
    return 0;
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* What waits under trash-pending: the items' folders and their notes of
 * where they came from. */
static guint
count_pending (void)
{
  g_autofree char *pending = dojo_paths_get_trash_pending_dir ();
  g_autoptr(GDir) sessions = g_dir_open (pending, 0, NULL);
  const char *session;
  guint n = 0;

  while (sessions != NULL && (session = g_dir_read_name (sessions)) != NULL)
    {
      g_autofree char *session_path = g_build_filename (pending, session, NULL);

      n += count_entries (session_path);
    }

  return n;
}

/* Sends @item to the system's trash; it must go. */
static void
send_to_trash (DojoTrashedItem *item)
{
  g_autoptr(GError) error = NULL;
  gboolean sent = dojo_trashed_item_send_to_trash (item, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (sent);
}

/* Puts @item back; it must come back. */
static void
undo (DojoTrashedItem *item)
{
  g_autoptr(GError) error = NULL;
  gboolean restored = dojo_trashed_item_undo (item, &error);

  g_assert_no_error (error);
  g_assert_true (restored);
}

/* @result, what an operation returned, must be nothing, with @error
 * saying @domain and @code; @error is cleared for the next try. */
static void
assert_refused (gpointer   result,
                GError   **error,
                GQuark     domain,
                int        code)
{
  g_assert_null (result);
  g_assert_error (*error, domain, code);
  g_clear_error (error);
}

/* Names */

static void
test_names (void)
{
  const char *bad[] = {
    "", ".", "..", ".git", ".GIT", "a/b", "/etc/passwd", "../up.py", "two\nlines.py",
    "tab\there.py", "bell\a.py", "main.py ", " main.py", "\xff\xfe.py",
  };
  const char *good[] = {
    "main.py", "helpers.py", ".gitignore", "-rf", "données.py", "README", "My Notes.txt",
    "a..b", "...", ".git2",
  };
  g_autofree char *long_name = g_strnfill (256, 'x');
  g_autofree char *printable = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dojo_project_files_check_name (bad[i], &error));
      g_assert_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
      g_assert_cmpstr (error->message, !=, "");
    }

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;

      if (!dojo_project_files_check_name (good[i], &error))
        g_error ("“%s” refused: %s", good[i], error->message);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_false (dojo_project_files_check_name (long_name, &error));
    g_assert_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
  }

  /* The messages say what to do, not only what is wrong. */
  {
    g_autoptr(GError) error = NULL;

    dojo_project_files_check_name ("src/main.py", &error);
    g_assert_nonnull (strstr (error->message, "select the folder first"));
  }

  printable = dojo_project_files_printable_name ("two\nlines\t\x1b.py");
  g_assert_cmpstr (printable, ==, "two\\nlines\\t\\x1b.py");
}

/* Creating */

static void
test_create (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) nested = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  file = dojo_project_files_create_file (project, NULL, "helpers.py", &error);
  g_assert_no_error (error);
  {
    g_autoptr(GFile) expected = child (project, "helpers.py");

    g_assert_true (g_file_equal (file, expected));
  }
  contents = read_file (project, "helpers.py");
  g_assert_cmpstr (contents, ==, "");

  folder = dojo_project_files_create_folder (project, NULL, "pkg", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL)
                 == G_FILE_TYPE_DIRECTORY);

  nested = dojo_project_files_create_file (project, folder, "-rf", &error);
  g_assert_no_error (error);
  g_assert_true (exists (project, "pkg/-rf"));

  /* A taken name: the existing file is kept as it is. */
  write_file (project, "main.py", "print('mine')\n");
  g_assert_null (dojo_project_files_create_file (project, NULL, "main.py", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "“main.py”"));
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  contents = read_file (project, "main.py");
  g_assert_cmpstr (contents, ==, "print('mine')\n");

  assert_refused (dojo_project_files_create_folder (project, NULL, "pkg", &error), &error,
                  G_IO_ERROR, G_IO_ERROR_EXISTS);
  assert_refused (dojo_project_files_create_folder (project, NULL, "main.py", &error), &error,
                  G_IO_ERROR, G_IO_ERROR_EXISTS);

  /* Bad names never reach the disk. */
  assert_refused (dojo_project_files_create_file (project, NULL, "../escape.py", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
  assert_refused (dojo_project_files_create_folder (project, NULL, ".git", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
  g_assert_false (exists (project, ".git"));
}

static void
test_create_stays_inside (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autofree char *outside = dojo_test_make_outside ();
  g_autoptr(GFile) outside_file = g_file_new_for_path (outside);
  g_autoptr(GFile) link = child (project, "shortcut");
  g_autoptr(GFile) git = child (project, ".git");
  g_autoptr(GError) error = NULL;

  link_to (project, "shortcut", outside);
  g_assert_cmpint (g_mkdir (g_file_peek_path (git), 0755), ==, 0);

  /* In a folder outside the project, or one a link leads to. */
  assert_refused (dojo_project_files_create_file (project, outside_file, "new.py", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  assert_refused (dojo_project_files_create_folder (project, link, "new", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  g_assert_true (dojo_test_outside_untouched (outside));

  /* In git's own folder. */
  assert_refused (dojo_project_files_create_file (project, git, "config2", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  g_assert_cmpuint (count_entries (g_file_peek_path (git)), ==, 0);

  /* A link inside the project to a folder inside it is fine to follow. */
  write_file (project, "real/keep.txt", "");
  link_to (project, "alias", "real");
  {
    g_autoptr(GFile) alias = child (project, "alias");
    g_autoptr(GFile) made = dojo_project_files_create_file (project, alias, "x.py", &error);

    g_assert_no_error (error);
    g_assert_nonnull (made);
    g_assert_true (exists (project, "real/x.py"));
  }
}

static void
test_check_target (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autofree char *outside = dojo_test_make_outside ();
  g_autofree char *secret = g_build_filename (outside, "secret", NULL);
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(GFile) leak = child (project, "leak.py");
  g_autoptr(GFile) up = child (project, "up");
  g_autoptr(GFile) dangling = child (project, "dangling");
  g_autoptr(GError) error = NULL;

  write_file (project, "main.py", "");
  link_to (project, "leak.py", secret);
  link_to (project, "up", "..");
  link_to (project, "dangling", "nowhere");

  g_assert_true (dojo_project_files_check_target (project, main_py, &error));
  g_assert_no_error (error);
  g_assert_true (dojo_project_files_check_target (project, project, &error));
  g_assert_no_error (error);

  g_assert_false (dojo_project_files_check_target (project, leak, &error));
  g_assert_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  g_assert_nonnull (strstr (error->message, "leak.py"));
  g_clear_error (&error);
  g_assert_false (dojo_project_files_check_target (project, up, &error));
  g_assert_error (error, DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  g_clear_error (&error);
  g_assert_false (dojo_project_files_check_target (project, dangling, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Renaming */

static void
test_rename (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(GFile) pkg = child (project, "pkg");
  g_autoptr(GFile) renamed = NULL;
  g_autoptr(GFile) renamed_pkg = NULL;
  g_autoptr(GFile) same = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  write_file (project, "main.py", "print('one')\n");
  write_file (project, "pkg/util.py", "X = 1\n");
  write_file (project, "other.py", "print('other')\n");

  renamed = dojo_project_files_rename (project, main_py, "first.py", &error);
  g_assert_no_error (error);
  g_assert_false (exists (project, "main.py"));
  contents = read_file (project, "first.py");
  g_assert_cmpstr (contents, ==, "print('one')\n");
  {
    g_autoptr(GFile) expected = child (project, "first.py");

    g_assert_true (g_file_equal (renamed, expected));
  }

  /* A folder takes what it holds along. */
  renamed_pkg = dojo_project_files_rename (project, pkg, "tools", &error);
  g_assert_no_error (error);
  g_assert_true (exists (project, "tools/util.py"));
  g_assert_false (exists (project, "pkg"));

  /* Never over another file. */
  g_assert_null (dojo_project_files_rename (project, renamed, "other.py", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "Choose another name"));
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  contents = read_file (project, "other.py");
  g_assert_cmpstr (contents, ==, "print('other')\n");
  g_assert_true (exists (project, "first.py"));

  /* Nor over a folder, even an empty one. */
  write_file (project, "empty/.keep", "");
  {
    g_autoptr(GFile) keep = child (project, "empty/.keep");

    g_assert_true (g_file_delete (keep, NULL, NULL));
  }
  assert_refused (dojo_project_files_rename (project, renamed_pkg, "empty", &error), &error,
                  G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (exists (project, "tools/util.py"));

  /* The same name is no change. */
  same = dojo_project_files_rename (project, renamed, "first.py", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (same, renamed));

  assert_refused (dojo_project_files_rename (project, renamed, "a/b.py", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
  assert_refused (dojo_project_files_rename (project, renamed, "..", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_INVALID_NAME);
  g_assert_true (exists (project, "first.py"));
}

static void
test_rename_stays_inside (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autofree char *outside = dojo_test_make_outside ();
  g_autofree char *secret_path = g_build_filename (outside, "secret", NULL);
  g_autoptr(GFile) secret = g_file_new_for_path (secret_path);
  g_autoptr(GFile) link = child (project, "leak");
  g_autoptr(GFile) through_link = child (project, "leak/secret");
  g_autoptr(GFile) git = child (project, ".git");
  g_autoptr(GFile) git_config = child (project, ".git/config");
  g_autoptr(GFile) renamed = NULL;
  g_autoptr(GFile) dash = child (project, "-rf");
  g_autoptr(GFile) newline = child (project, "two\nlines.py");
  g_autoptr(GError) error = NULL;

  link_to (project, "leak", outside);
  write_file (project, ".git/config", "[core]\n");
  write_file (project, "-rf", "dash\n");
  write_file (project, "two\nlines.py", "odd\n");

  /* A file outside, named directly or through a link. */
  assert_refused (dojo_project_files_rename (project, secret, "mine", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  assert_refused (dojo_project_files_rename (project, through_link, "mine", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);

  /* The project itself and git's records. */
  assert_refused (dojo_project_files_rename (project, project, "moved", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  assert_refused (dojo_project_files_rename (project, git, "git", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  assert_refused (dojo_project_files_rename (project, git_config, "config2", &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  g_assert_true (exists (project, ".git/config"));

  /* The link itself is the learner's: renaming it moves the link only. */
  renamed = dojo_project_files_rename (project, link, "elsewhere", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_query_file_type (renamed, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL)
                 == G_FILE_TYPE_SYMBOLIC_LINK);
  g_assert_true (dojo_test_outside_untouched (outside));

  /* Hostile names are names like any other. */
  g_clear_object (&renamed);
  renamed = dojo_project_files_rename (project, dash, "dash.txt", &error);
  g_assert_no_error (error);
  g_clear_object (&renamed);
  renamed = dojo_project_files_rename (project, newline, "one_line.py", &error);
  g_assert_no_error (error);
  g_assert_true (exists (project, "dash.txt"));
  g_assert_true (exists (project, "one_line.py"));
  g_assert_true (dojo_test_outside_untouched (outside));
}

/* Trash */

static void
test_trash_undo (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *held = NULL;
  const char bytes[] = "print('hello')\n\x00\xff binary too";

  {
    g_autofree char *path = g_file_get_path (main_py);

    g_assert_true (g_file_set_contents (path, bytes, sizeof bytes, NULL));
  }

  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_assert_true (g_file_equal (dojo_trashed_item_get_original (item), main_py));
  g_assert_false (exists (project, "main.py"));
  g_assert_true (dojo_trashed_item_get_can_undo (item));

  /* Waiting in the holding folder, under its own name, in Dojo's data. */
  held = g_file_get_path (dojo_trashed_item_get_held (item));
  {
    g_autofree char *pending = dojo_paths_get_trash_pending_dir ();
    g_autofree char *base = g_path_get_basename (held);

    g_assert_true (g_str_has_prefix (held, pending));
    g_assert_cmpstr (base, ==, "main.py");
    g_assert_true (g_file_test (held, G_FILE_TEST_IS_REGULAR));
  }

  undo (item);
  {
    gsize len = 0;
    g_autofree char *path = g_file_get_path (main_py);

    g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
    g_assert_cmpmem (contents, len, bytes, sizeof bytes);
  }
  g_assert_false (g_file_test (held, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_pending (), ==, 0);
  g_assert_false (dojo_trashed_item_get_can_undo (item));

  /* Once back, it is not sent to the trash by a late toast. */
  g_assert_false (dojo_trashed_item_send_to_trash (item, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (exists (project, "main.py"));
}

static void
test_trash_send (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trashed = dojo_test_trash_path ("main.py");
  g_autofree char *contents = NULL;
  g_autofree char *info = g_build_filename (g_get_user_data_dir (), "Trash", "info",
                                            "main.py.trashinfo", NULL);

  write_file (project, "main.py", "print('bye')\n");
  write_file (project, "keep.py", "print('stay')\n");

  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);
  send_to_trash (item);

  g_assert_false (exists (project, "main.py"));
  g_assert_true (exists (project, "keep.py"));
  g_assert_cmpuint (count_pending (), ==, 0);
  g_assert_true (g_file_get_contents (trashed, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "print('bye')\n");
  /* Restore in the Files app puts it back in the project. */
  {
    g_autofree char *record = NULL;
    g_autofree char *expected = g_strdup_printf ("Path=%s\n", g_file_peek_path (main_py));

    g_assert_true (g_file_get_contents (info, &record, NULL, NULL));
    g_assert_nonnull (strstr (record, expected));
  }

  /* Undo is over. */
  g_assert_false (dojo_trashed_item_get_can_undo (item));
  g_assert_false (dojo_trashed_item_undo (item, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (exists (project, "main.py"));
}

static void
test_trash_undo_name_taken (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *held_contents = NULL;

  write_file (project, "main.py", "old\n");
  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);

  /* The learner makes a new main.py before pressing Undo. */
  write_file (project, "main.py", "new\n");
  g_assert_false (dojo_trashed_item_undo (item, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "undo again"));
  g_clear_error (&error);

  /* Nothing lost: both are where they were, and undo can be tried again. */
  contents = read_file (project, "main.py");
  g_assert_cmpstr (contents, ==, "new\n");
  g_assert_true (g_file_get_contents (g_file_peek_path (dojo_trashed_item_get_held (item)),
                                      &held_contents, NULL, NULL));
  g_assert_cmpstr (held_contents, ==, "old\n");
  g_assert_true (dojo_trashed_item_get_can_undo (item));

  g_assert_true (g_file_delete (main_py, NULL, NULL));
  undo (item);
  g_clear_pointer (&contents, g_free);
  contents = read_file (project, "main.py");
  g_assert_cmpstr (contents, ==, "old\n");
}

/* The chance to undo passes after a new file took the name: the new one
 * stays, the old one goes to the trash all the same. */
static void
test_trash_send_name_taken (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trashed = dojo_test_trash_path ("main.py");
  g_autofree char *contents = NULL;
  g_autofree char *trashed_contents = NULL;

  write_file (project, "main.py", "old\n");
  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);
  write_file (project, "main.py", "new\n");

  send_to_trash (item);
  contents = read_file (project, "main.py");
  g_assert_cmpstr (contents, ==, "new\n");
  g_assert_true (g_file_get_contents (trashed, &trashed_contents, NULL, NULL));
  g_assert_cmpstr (trashed_contents, ==, "old\n");
  g_assert_cmpuint (count_pending (), ==, 0);
}

static void
test_trash_folder (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) pkg = child (project, "pkg");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(DojoTrashedItem) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *trashed = dojo_test_trash_path ("pkg");
  g_autofree char *trashed_deep = g_build_filename (trashed, "sub", "deep.py", NULL);

  write_file (project, "pkg/__init__.py", "");
  write_file (project, "pkg/sub/deep.py", "DEEP = True\n");

  item = dojo_project_files_trash (project, pkg, &error);
  g_assert_no_error (error);
  g_assert_false (exists (project, "pkg"));

  undo (item);
  contents = read_file (project, "pkg/sub/deep.py");
  g_assert_cmpstr (contents, ==, "DEEP = True\n");
  g_assert_true (exists (project, "pkg/__init__.py"));

  again = dojo_project_files_trash (project, pkg, &error);
  g_assert_no_error (error);
  send_to_trash (again);
  g_assert_false (exists (project, "pkg"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (trashed_deep, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "DEEP = True\n");
}

static void
test_trash_stays_inside (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autofree char *outside = dojo_test_make_outside ();
  g_autoptr(GFile) link = child (project, "leak");
  g_autoptr(GFile) through_link = child (project, "leak/secret");
  g_autoptr(GFile) git = child (project, ".git");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trashed = dojo_test_trash_path ("leak");

  link_to (project, "leak", outside);
  write_file (project, ".git/HEAD", "ref: refs/heads/main\n");

  assert_refused (dojo_project_files_trash (project, through_link, &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_OUTSIDE_PROJECT);
  assert_refused (dojo_project_files_trash (project, git, &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  assert_refused (dojo_project_files_trash (project, project, &error), &error,
                  DOJO_PROJECT_FILES_ERROR, DOJO_PROJECT_FILES_ERROR_PROTECTED);
  g_assert_true (exists (project, ".git/HEAD"));

  /* The link goes to the trash; what it leads to stays. */
  item = dojo_project_files_trash (project, link, &error);
  g_assert_no_error (error);
  send_to_trash (item);
  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (dojo_test_outside_untouched (outside));
}

/* A system without a usable trash: the item waits in the holding folder,
 * whole, and can still be put back. */
static void
test_trash_unavailable (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trash = g_build_filename (g_get_user_data_dir (), "Trash", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (trash, "not a folder", -1, NULL));
  write_file (project, "main.py", "precious\n");

  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);
  g_assert_false (dojo_trashed_item_send_to_trash (item, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_true (g_file_get_contents (g_file_peek_path (dojo_trashed_item_get_held (item)),
                                      &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "precious\n");
  g_assert_true (dojo_trashed_item_get_can_undo (item));
  undo (item);
  g_assert_true (exists (project, "main.py"));
}

static void
sent_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_trashed_item_send_to_trash_finish (DOJO_TRASHED_ITEM (object), result,
                                                         &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_trash_send_async (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) main_py = child (project, "main.py");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *trashed = dojo_test_trash_path ("main.py");
  gboolean done = FALSE;

  write_file (project, "main.py", "async\n");
  item = dojo_project_files_trash (project, main_py, &error);
  g_assert_no_error (error);

  dojo_trashed_item_send_to_trash_async (item, NULL, sent_cb, &done);
  /* From the moment it is on its way, undo is refused. */
  g_assert_false (dojo_trashed_item_undo (item, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (g_file_test (trashed, G_FILE_TEST_IS_REGULAR));
  g_assert_false (exists (project, "main.py"));
  g_assert_cmpuint (count_pending (), ==, 0);
}

static void
leftovers_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  guint *n = user_data;
  g_autoptr(GError) error = NULL;

  *n = dojo_project_files_trash_leftovers_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_trash_leftovers (void)
{
  g_autoptr(GFile) project = make_project ();
  g_autoptr(GFile) mine = child (project, "mine.py");
  g_autoptr(GFile) old_py = child (project, "old.py");
  g_autoptr(GFile) gone = child (project, "gone/lib");
  g_autoptr(DojoTrashedItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pending = dojo_paths_get_trash_pending_dir ();
  g_autofree char *crashed = g_build_filename (pending, "4242-00c0ffee", NULL);
  g_autofree char *left_file = g_build_filename (crashed, "a1b2c3", "old.py", NULL);
  g_autofree char *left_folder = g_build_filename (crashed, "d4e5f6", "lib", "x.py", NULL);
  g_autofree char *empty_holder = g_build_filename (crashed, "empty0", NULL);
  g_autofree char *orphan_note = g_build_filename (crashed, "zzzzzz.origin", NULL);
  g_autofree char *by_hand = g_build_filename (crashed, "h1h2h3", "restored.py", NULL);
  g_autofree char *trashed_file = dojo_test_trash_path ("old.py");
  g_autofree char *trashed_folder = g_build_filename (g_get_user_data_dir (), "Trash",
                                                      "files", "lib", "x.py", NULL);
  g_autofree char *info = g_build_filename (g_get_user_data_dir (), "Trash", "info",
                                            "old.py.trashinfo", NULL);
  g_autofree char *record = NULL;
  guint n = G_MAXUINT;

  /* What a Dojo that crashed left: a file and a folder, each with a note
   * of where it came from; an empty folder with its note; a note whose
   * folder is gone. */
  {
    g_autofree char *holder_a = g_path_get_dirname (left_file);
    g_autofree char *lib = g_path_get_dirname (left_folder);
    g_autofree char *holder_d = g_path_get_dirname (lib);
    g_autofree char *note_a = g_strconcat (holder_a, ".origin", NULL);
    g_autofree char *note_d = g_strconcat (holder_d, ".origin", NULL);
    g_autofree char *note_empty = g_strconcat (empty_holder, ".origin", NULL);
    g_autofree char *hand_holder = g_path_get_dirname (by_hand);

    g_assert_cmpint (g_mkdir_with_parents (holder_a, 0700), ==, 0);
    g_assert_cmpint (g_mkdir_with_parents (lib, 0700), ==, 0);
    g_assert_cmpint (g_mkdir_with_parents (empty_holder, 0700), ==, 0);
    g_assert_cmpint (g_mkdir_with_parents (hand_holder, 0700), ==, 0);
    g_assert_true (g_file_set_contents (left_file, "left\n", -1, NULL));
    g_assert_true (g_file_set_contents (left_folder, "X = 2\n", -1, NULL));
    g_assert_true (g_file_set_contents (note_a, g_file_peek_path (old_py), -1, NULL));
    g_assert_true (g_file_set_contents (note_d, g_file_peek_path (gone), -1, NULL));
    g_assert_true (g_file_set_contents (note_empty, "/nowhere", -1, NULL));
    g_assert_true (g_file_set_contents (orphan_note, "/nowhere", -1, NULL));
    /* And one without a note: a file the learner restored from the trash
     * into the folder it had been trashed from. Not Dojo's to touch. */
    g_assert_true (g_file_set_contents (by_hand, "mine again\n", -1, NULL));
  }

  /* And this session's own item, whose toast is still up: not touched. */
  write_file (project, "mine.py", "mine\n");
  item = dojo_project_files_trash (project, mine, &error);
  g_assert_no_error (error);

  dojo_project_files_trash_leftovers_async (NULL, leftovers_cb, &n);
  while (n == G_MAXUINT)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (n, ==, 2);
  g_assert_true (g_file_test (trashed_file, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (trashed_folder, G_FILE_TEST_IS_REGULAR));
  /* From where it came from, when that place is free. */
  g_assert_true (g_file_get_contents (info, &record, NULL, NULL));
  g_assert_nonnull (strstr (record, g_file_peek_path (old_py)));
  g_assert_false (exists (project, "old.py"));

  g_assert_true (g_file_test (by_hand, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (empty_holder, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (orphan_note, G_FILE_TEST_EXISTS));
  /* The crashed session's folder holds only what is not Dojo's. */
  g_assert_cmpuint (count_entries (crashed), ==, 1);

  g_assert_true (dojo_trashed_item_get_can_undo (item));
  undo (item);
  g_assert_true (exists (project, "mine.py"));

  /* Nothing left to do: nothing done. */
  g_assert_cmpuint (dojo_project_files_trash_leftovers (NULL), ==, 0);
  g_assert_true (g_file_test (by_hand, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/project-files/names", test_names);
  g_test_add_func ("/project-files/create", test_create);
  g_test_add_func ("/project-files/create/stays-inside", test_create_stays_inside);
  g_test_add_func ("/project-files/check-target", test_check_target);
  g_test_add_func ("/project-files/rename", test_rename);
  g_test_add_func ("/project-files/rename/stays-inside", test_rename_stays_inside);
  g_test_add_func ("/project-files/trash/undo", test_trash_undo);
  g_test_add_func ("/project-files/trash/send", test_trash_send);
  g_test_add_func ("/project-files/trash/undo-name-taken", test_trash_undo_name_taken);
  g_test_add_func ("/project-files/trash/send-name-taken", test_trash_send_name_taken);
  g_test_add_func ("/project-files/trash/folder", test_trash_folder);
  g_test_add_func ("/project-files/trash/stays-inside", test_trash_stays_inside);
  g_test_add_func ("/project-files/trash/unavailable", test_trash_unavailable);
  g_test_add_func ("/project-files/trash/send-async", test_trash_send_async);
  g_test_add_func ("/project-files/trash/leftovers", test_trash_leftovers);

  return g_test_run ();
}
