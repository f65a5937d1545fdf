/* test-file-list.c: the project's file list, driven as a learner would
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-file-list.h"
#include "dojo-paths.h"
#include "dojo-test-files.h"
#include "dojo-test-widget.h"

/* Helpers */

static char *
project_path (void)
{
  /* Next to Dojo's holding folder, as real projects are. */
  g_autofree char *projects = dojo_paths_get_projects_dir ();

  return g_build_filename (projects, "course", "files", NULL);
}

static GFile *
project_file (const char *dir,
              const char *relative)
{
  g_autofree char *path = g_build_filename (dir, relative, NULL);

  return g_file_new_for_path (path);
}

/* A project folder with main.py, and the home folder GIO's trash needs. */
static char *
make_project (void)
{
  char *dir = project_path ();

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (g_get_home_dir (), 0700), ==, 0);
  dojo_test_write_file (dir, "main.py", "print('hello')\n");

  return dir;
}

typedef struct
{
  GtkWindow       *window;
  DojoFileList    *list;
  AdwToastOverlay *overlay;
  GtkListView     *view;
  char            *dir;
} Fixture;

/* The list of @dir in a window, inside a toast overlay if @with_overlay. */
static void
show_list (Fixture    *fixture,
           const char *dir,
           gboolean    with_overlay)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkWidget *child;

  fixture->dir = g_strdup (dir);
  fixture->list = DOJO_FILE_LIST (dojo_file_list_new ());
  child = GTK_WIDGET (fixture->list);
  if (with_overlay)
    {
      fixture->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
      adw_toast_overlay_set_child (fixture->overlay, child);
      child = GTK_WIDGET (fixture->overlay);
    }

  fixture->window = dojo_test_show_in_window (child, 320, 600);
  fixture->view = GTK_LIST_VIEW (dojo_test_find_widget_of_type (GTK_WIDGET (fixture->list),
                                                                GTK_TYPE_LIST_VIEW));
  g_assert_nonnull (fixture->view);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, fixture->list, 5000));

  dojo_file_list_set_directory (fixture->list, folder);
}

static void
fixture_clear (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  /* Trashed items whose Undo was still open go on to the trash in a
   * worker; let it finish inside this test's dirs. */
  dojo_test_spin (300);
  g_free (fixture->dir);
}

static GListModel *
rows_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (fixture->view));
}

/* The rows as the learner sees them: "name" for a file, "name/" for a
 * folder, indented by two spaces per level, joined by "|". */
static char *
describe_rows (Fixture *fixture)
{
  GListModel *model = rows_model (fixture);
  GString *out = g_string_new (NULL);
  guint n = model ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GFileInfo) info = gtk_tree_list_row_get_item (row);

      if (i > 0)
        g_string_append_c (out, '|');
      for (guint d = 0; d < gtk_tree_list_row_get_depth (row); d++)
        g_string_append (out, "  ");
      g_string_append (out, g_file_info_get_name (info));
      if (gtk_tree_list_row_is_expandable (row))
        g_string_append_c (out, '/');
    }

  return g_string_free (out, FALSE);
}

typedef struct
{
  Fixture    *fixture;
  const char *expected;
} RowsData;

static gboolean
rows_are (gpointer data)
{
  RowsData *rows = data;
  g_autofree char *now = describe_rows (rows->fixture);

  return g_str_equal (now, rows->expected);
}

static void
assert_rows (Fixture    *fixture,
             const char *expected,
             guint       timeout_ms)
{
  RowsData rows = { fixture, expected };

  if (!dojo_test_wait_for (rows_are, &rows, timeout_ms))
    {
      g_autofree char *now = describe_rows (fixture);

      g_error ("rows are “%s”, not “%s”", now, expected);
    }
}

static guint
row_position (Fixture    *fixture,
              const char *name)
{
  GListModel *model = rows_model (fixture);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GFileInfo) info = gtk_tree_list_row_get_item (row);

      if (g_str_equal (g_file_info_get_name (info), name))
        return i;
    }

  g_error ("no row for “%s”", name);
}

static GtkTreeListRow *
row_named (Fixture    *fixture,
           const char *name)
{
  return g_list_model_get_item (rows_model (fixture), row_position (fixture, name));
}

static void
select_row (Fixture    *fixture,
            const char *name)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (fixture->view);

  gtk_selection_model_select_item (selection, row_position (fixture, name), TRUE);
}

static GFile *
selected (Fixture *fixture)
{
  return dojo_file_list_get_selected_file (fixture->list);
}

typedef struct
{
  Fixture *fixture;
  GFile   *file;
} SelectedData;

static gboolean
selected_is (gpointer data)
{
  SelectedData *expect = data;
  g_autoptr(GFile) now = selected (expect->fixture);

  return now != NULL && g_file_equal (now, expect->file);
}

static void
assert_selected (Fixture    *fixture,
                 const char *relative)
{
  g_autoptr(GFile) file = project_file (fixture->dir, relative);
  SelectedData expect = { fixture, file };

  if (!dojo_test_wait_for (selected_is, &expect, 3000))
    g_error ("“%s” is not selected", relative);
}

static gboolean
action (Fixture    *fixture,
        const char *name)
{
  return gtk_widget_activate_action (GTK_WIDGET (fixture->list), name, NULL);
}

static GtkPopover *
name_popover (Fixture *fixture)
{
  /* The popover is a child of the list, beside its content. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && !GTK_IS_POPOVER_MENU (child))
      return GTK_POPOVER (child);

  g_assert_not_reached ();
}

static GtkEditable *
name_entry (Fixture *fixture)
{
  GtkWidget *entry = dojo_test_find_widget_of_type (GTK_WIDGET (name_popover (fixture)),
                                                    GTK_TYPE_ENTRY);

  g_assert_nonnull (entry);

  return GTK_EDITABLE (entry);
}

/* The labels in the popover that are shown: its title and any message. */
static char *
popover_text (Fixture *fixture)
{
  GString *out = g_string_new (NULL);
  GtkWidget *widget = GTK_WIDGET (name_popover (fixture));
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (!gtk_widget_get_visible (w))
        continue;
      if (GTK_IS_LABEL (w) && !GTK_IS_BUTTON (gtk_widget_get_parent (w)))
        g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (w)));
      for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL;
           c = gtk_widget_get_prev_sibling (c))
        g_ptr_array_add (stack, c);
    }

  return g_string_free (out, FALSE);
}

/* Types @text into the name entry and presses Enter. */
static void
type_name_and_enter (Fixture    *fixture,
                     const char *text)
{
  GtkEditable *entry = name_entry (fixture);
  GtkWidget *text_widget = dojo_test_find_widget_of_type (GTK_WIDGET (entry), GTK_TYPE_TEXT);

  gtk_editable_set_text (entry, text);
  /* What Enter does: the GtkText in the entry emits "activate", which
   * activates the popover's default button; that shows itself pressed for
   * a moment before it acts. */
  g_signal_emit_by_name (text_widget, "activate");
  dojo_test_spin (400);
}

/* Records the list's signals in order: "prepare-change main.py (there)". */
typedef struct
{
  char     *dir;
  GString  *log;
} Recorder;

static char *
relative_name (Recorder *recorder,
               GFile    *file)
{
  g_autoptr(GFile) root = g_file_new_for_path (recorder->dir);

  return g_file_get_relative_path (root, file);
}

static void
on_prepare_change (DojoFileList *list,
                   GFile        *file,
                   Recorder     *recorder)
{
  g_autofree char *name = relative_name (recorder, file);

  /* Before: the file is still where it was. */
  g_string_append_printf (recorder->log, "prepare-change %s (%s)\n", name,
                          g_file_query_exists (file, NULL) ? "there" : "gone");
}

static void
on_file_renamed (DojoFileList *list,
                 GFile        *old_file,
                 GFile        *new_file,
                 Recorder     *recorder)
{
  g_autofree char *old_name = relative_name (recorder, old_file);
  g_autofree char *new_name = relative_name (recorder, new_file);

  g_string_append_printf (recorder->log, "file-renamed %s %s\n", old_name, new_name);
}

#define RECORD(name)                                                               \
  static void                                                                      \
  on_##name (DojoFileList *list,                                                   \
             GFile        *file,                                                   \
             Recorder     *recorder)                                               \
  {                                                                                \
    g_autofree char *rel = relative_name (recorder, file);                         \
                                                                                   \
    g_string_append_printf (recorder->log, "%s %s\n", #name, rel ? rel : "?");     \
  }

RECORD (file_activated)
RECORD (file_created)
RECORD (file_trashed)
RECORD (file_restored)

static void
recorder_init (Recorder *recorder,
               Fixture  *fixture)
{
  recorder->dir = fixture->dir;
  recorder->log = g_string_new (NULL);

  g_signal_connect (fixture->list, "prepare-change", G_CALLBACK (on_prepare_change), recorder);
  g_signal_connect (fixture->list, "file-renamed", G_CALLBACK (on_file_renamed), recorder);
  g_signal_connect (fixture->list, "file-activated", G_CALLBACK (on_file_activated), recorder);
  g_signal_connect (fixture->list, "file-created", G_CALLBACK (on_file_created), recorder);
  g_signal_connect (fixture->list, "file-trashed", G_CALLBACK (on_file_trashed), recorder);
  g_signal_connect (fixture->list, "file-restored", G_CALLBACK (on_file_restored), recorder);
}

static void
recorder_clear (Recorder *recorder)
{
  g_string_free (recorder->log, TRUE);
}

/* Listing */

static void
test_lists_sorted (void)
{
  g_autofree char *dir = make_project ();
  Fixture fixture = { 0 };

  dojo_test_write_file (dir, ".git/HEAD", "ref: refs/heads/main\n");
  dojo_test_write_file (dir, ".gitignore", "__pycache__/\n");
  dojo_test_write_file (dir, "file10.py", "");
  dojo_test_write_file (dir, "file2.py", "");
  dojo_test_write_file (dir, "Zebra.txt", "");
  dojo_test_write_file (dir, "apple.txt", "");
  dojo_test_write_file (dir, "utils/helpers.py", "");
  dojo_test_write_file (dir, "data/scores.csv", "");

  show_list (&fixture, dir, FALSE);

  /* Folders first; then names as people sort them (file2 before file10,
   * case aside); git's own folder is not there. */
  assert_rows (&fixture,
               "data/|utils/|.gitignore|apple.txt|file2.py|file10.py|main.py|Zebra.txt", 5000);

  /* A folder opens on demand. */
  {
    g_autoptr(GtkTreeListRow) utils = row_named (&fixture, "utils");

    gtk_tree_list_row_set_expanded (utils, TRUE);
  }
  assert_rows (&fixture,
               "data/|utils/|  helpers.py|.gitignore|apple.txt|file2.py|file10.py|main.py|"
               "Zebra.txt", 5000);

  /* No folder: an empty list. */
  dojo_file_list_set_directory (fixture.list, NULL);
  assert_rows (&fixture, "", 1000);
  {
    GtkWidget *new_file = dojo_test_find_widget_of_type (GTK_WIDGET (fixture.list),
                                                         GTK_TYPE_BUTTON);

    g_assert_false (gtk_widget_get_sensitive (new_file));
  }

  fixture_clear (&fixture);
}

static void
test_follows_the_disk (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *gone = g_build_filename (dir, "old.py", NULL);
  Fixture fixture = { 0 };

  dojo_test_write_file (dir, "old.py", "");
  dojo_test_write_file (dir, "pkg/a.py", "");
  show_list (&fixture, dir, FALSE);
  assert_rows (&fixture, "pkg/|main.py|old.py", 5000);
  {
    g_autoptr(GtkTreeListRow) pkg = row_named (&fixture, "pkg");

    gtk_tree_list_row_set_expanded (pkg, TRUE);
  }
  assert_rows (&fixture, "pkg/|  a.py|main.py|old.py", 5000);

  /* Made and removed in the Shell: the list follows within 2 s. */
  dojo_test_write_file (dir, "new.py", "print('new')\n");
  dojo_test_write_file (dir, "pkg/b.py", "");
  g_assert_cmpint (g_unlink (gone), ==, 0);
  assert_rows (&fixture, "pkg/|  a.py|  b.py|main.py|new.py", 2000);

  fixture_clear (&fixture);
}

static gboolean
ignore_logs_and_build (const char *relative_path,
                       gpointer    user_data)
{
  guint *calls = user_data;

  (*calls)++;

  return g_str_has_suffix (relative_path, ".log") || g_str_equal (relative_path, "build")
         || g_str_has_prefix (relative_path, "build/");
}

/* What the .gitignore of the screenshot's project says. */
static gboolean
ignore_cache_and_logs (const char *relative_path,
                       gpointer    user_data)
{
  return g_str_has_suffix (relative_path, ".log")
         || g_str_has_prefix (relative_path, "__pycache__");
}

static gboolean
ignore_nothing (const char *relative_path,
                gpointer    user_data)
{
  return FALSE;
}

static gboolean
row_dimmed (Fixture    *fixture,
            const char *name)
{
  GtkWidget *row = dojo_test_find_file_row (GTK_WIDGET (fixture->view), name);

  g_assert_nonnull (row);

  return gtk_widget_has_css_class (row, "dim-label");
}

typedef struct
{
  Fixture    *fixture;
  const char *name;
} RowData;

static gboolean
row_is_dimmed (gpointer data)
{
  RowData *row = data;
  GtkWidget *widget = dojo_test_find_file_row (GTK_WIDGET (row->fixture->view), row->name);

  return widget != NULL && gtk_widget_has_css_class (widget, "dim-label");
}

static void
test_ignored_dimmed (void)
{
  g_autofree char *dir = make_project ();
  Fixture fixture = { 0 };
  guint calls = 0;
  GtkWidget *row;

  dojo_test_write_file (dir, "notes.log", "");
  dojo_test_write_file (dir, "build/out.txt", "");
  show_list (&fixture, dir, FALSE);
  assert_rows (&fixture, "build/|main.py|notes.log", 5000);
  dojo_test_spin (100);
  g_assert_false (row_dimmed (&fixture, "notes.log"));

  dojo_file_list_set_ignored_func (fixture.list, ignore_logs_and_build, &calls, NULL);
  g_assert_cmpuint (calls, >=, 3);
  g_assert_true (row_dimmed (&fixture, "notes.log"));
  g_assert_true (row_dimmed (&fixture, "build"));
  g_assert_false (row_dimmed (&fixture, "main.py"));

  /* A screen reader hears it too. */
  row = dojo_test_find_file_row (GTK_WIDGET (fixture.view), "notes.log");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "notes.log, file, ignored by git");
  row = dojo_test_find_file_row (GTK_WIDGET (fixture.view), "build");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "build, folder, ignored by git");
  row = dojo_test_find_file_row (GTK_WIDGET (fixture.view), "main.py");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "main.py, file");

  /* New rows are asked about as they come. */
  dojo_test_write_file (dir, "late.log", "");
  {
    RowData late = { &fixture, "late.log" };

    g_assert_true (dojo_test_wait_for (row_is_dimmed, &late, 2000));
  }

  /* The answer changes (a .gitignore edited): the rows follow. */
  dojo_file_list_set_ignored_func (fixture.list, ignore_nothing, NULL, NULL);
  g_assert_false (row_dimmed (&fixture, "notes.log"));
  g_assert_false (row_dimmed (&fixture, "build"));

  fixture_clear (&fixture);
}

/* Opening */

static void
test_activate_opens (void)
{
  g_autofree char *dir = make_project ();
  Fixture fixture = { 0 };
  Recorder recorder;

  dojo_test_write_file (dir, "lib/tools.py", "");
  show_list (&fixture, dir, FALSE);
  recorder_init (&recorder, &fixture);
  assert_rows (&fixture, "lib/|main.py", 5000);

  /* Enter on a row: the list's own activation. */
  gtk_widget_activate_action (GTK_WIDGET (fixture.view), "list.activate-item", "u",
                              row_position (&fixture, "main.py"));
  g_assert_cmpstr (recorder.log->str, ==, "file_activated main.py\n");

  /* On a folder it opens the folder in the list, and opens no editor. */
  gtk_widget_activate_action (GTK_WIDGET (fixture.view), "list.activate-item", "u",
                              row_position (&fixture, "lib"));
  assert_rows (&fixture, "lib/|  tools.py|main.py", 5000);
  g_assert_cmpstr (recorder.log->str, ==, "file_activated main.py\n");

  /* The Open action does what Enter does, on the selected row. */
  select_row (&fixture, "tools.py");
  g_assert_true (action (&fixture, "files.open"));
  g_assert_cmpstr (recorder.log->str, ==, "file_activated main.py\nfile_activated lib/tools.py\n");

  fixture_clear (&fixture);
  recorder_clear (&recorder);
}

static void
test_select_file (void)
{
  g_autofree char *dir = make_project ();
  g_autoptr(GFile) deep = NULL;
  Fixture fixture = { 0 };

  dojo_test_write_file (dir, "pkg/sub/deep.py", "");
  dojo_test_write_file (dir, "pkg/top.py", "");
  deep = project_file (dir, "pkg/sub/deep.py");
  show_list (&fixture, dir, FALSE);

  /* Right away, before any folder is read: the list opens the way. */
  dojo_file_list_select_file (fixture.list, deep);
  assert_selected (&fixture, "pkg/sub/deep.py");
  assert_rows (&fixture, "pkg/|  sub/|    deep.py|  top.py|main.py", 5000);

  fixture_clear (&fixture);
}

/* New file, new folder, rename */

static void
test_new_file (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  Fixture fixture = { 0 };
  Recorder recorder;
  GtkPopover *popover;

  dojo_test_write_file (dir, "src/app.py", "");
  show_list (&fixture, dir, FALSE);
  recorder_init (&recorder, &fixture);
  assert_rows (&fixture, "src/|main.py", 5000);

  /* In the selected folder. */
  select_row (&fixture, "src");
  g_assert_true (action (&fixture, "files.new-file"));
  popover = name_popover (&fixture);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "New File in “src”"));

  /* A bad name is refused, with the reason shown. */
  type_name_and_enter (&fixture, "a/b.py");
  g_clear_pointer (&text, g_free);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "cannot contain “/”"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (dojo_test_exists (dir, "src/a"));

  type_name_and_enter (&fixture, "app.py");
  g_clear_pointer (&text, g_free);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "already a file or folder called “app.py”"));
  g_assert_cmpstr (recorder.log->str, ==, "");

  /* A good one. */
  type_name_and_enter (&fixture, "helpers.py");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  contents = dojo_test_read_file (dir, "src/helpers.py");
  g_assert_cmpstr (contents, ==, "");
  g_assert_cmpstr (recorder.log->str, ==, "file_created src/helpers.py\n");
  assert_rows (&fixture, "src/|  app.py|  helpers.py|main.py", 2000);
  assert_selected (&fixture, "src/helpers.py");

  /* With a file selected, beside it. */
  g_assert_true (action (&fixture, "files.new-file"));
  type_name_and_enter (&fixture, "more.py");
  g_assert_true (dojo_test_exists (dir, "src/more.py"));

  fixture_clear (&fixture);
  recorder_clear (&recorder);
}

static void
test_new_folder (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *text = NULL;
  Fixture fixture = { 0 };
  Recorder recorder;

  show_list (&fixture, dir, FALSE);
  recorder_init (&recorder, &fixture);
  assert_rows (&fixture, "main.py", 5000);

  /* Nothing selected: at the top. */
  g_assert_true (action (&fixture, "files.new-folder"));
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "New Folder"));
  type_name_and_enter (&fixture, ".git");
  g_clear_pointer (&text, g_free);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "where git keeps your project’s history"));
  g_assert_false (dojo_test_exists (dir, ".git"));

  type_name_and_enter (&fixture, "data");
  g_assert_true (g_file_test (data, G_FILE_TEST_IS_DIR));
  assert_rows (&fixture, "data/|main.py", 2000);
  assert_selected (&fixture, "data");
  /* No editor opens for a folder. */
  g_assert_cmpstr (recorder.log->str, ==, "");

  fixture_clear (&fixture);
  recorder_clear (&recorder);
}

static void
test_rename (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *text = NULL;
  g_autofree char *contents = NULL;
  Fixture fixture = { 0 };
  Recorder recorder;
  GtkEditable *entry;
  int start = -1, end = -1;

  dojo_test_write_file (dir, "other.py", "x = 1\n");
  dojo_test_write_file (dir, "pkg/mod.py", "y = 2\n");
  show_list (&fixture, dir, FALSE);
  recorder_init (&recorder, &fixture);
  assert_rows (&fixture, "pkg/|main.py|other.py", 5000);

  select_row (&fixture, "main.py");
  g_assert_true (action (&fixture, "files.rename"));
  entry = name_entry (&fixture);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "main.py");
  /* "main" is selected, ready to be typed over; ".py" stays. */
  g_assert_true (gtk_editable_get_selection_bounds (entry, &start, &end));
  g_assert_cmpint (start, ==, 0);
  g_assert_cmpint (end, ==, 4);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "Rename “main.py”"));

  /* Taken: refused before anything is written or announced. */
  type_name_and_enter (&fixture, "other.py");
  g_clear_pointer (&text, g_free);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "already a file or folder called “other.py”"));
  g_assert_cmpstr (recorder.log->str, ==, "");
  contents = dojo_test_read_file (dir, "other.py");
  g_assert_cmpstr (contents, ==, "x = 1\n");

  type_name_and_enter (&fixture, "..");
  g_clear_pointer (&text, g_free);
  text = popover_text (&fixture);
  g_assert_nonnull (strstr (text, "cannot be names"));
  g_assert_true (dojo_test_exists (dir, "main.py"));

  type_name_and_enter (&fixture, "app.py");
  g_assert_cmpstr (recorder.log->str, ==,
                   "prepare-change main.py (there)\n"
                   "file-renamed main.py app.py\n");
  g_assert_false (dojo_test_exists (dir, "main.py"));
  g_clear_pointer (&contents, g_free);
  contents = dojo_test_read_file (dir, "app.py");
  g_assert_cmpstr (contents, ==, "print('hello')\n");
  assert_rows (&fixture, "pkg/|app.py|other.py", 2000);
  assert_selected (&fixture, "app.py");

  /* A folder: the window is told about the folder, and follows its files. */
  g_string_truncate (recorder.log, 0);
  select_row (&fixture, "pkg");
  g_assert_true (action (&fixture, "files.rename"));
  type_name_and_enter (&fixture, "tools");
  g_assert_cmpstr (recorder.log->str, ==,
                   "prepare-change pkg (there)\n"
                   "file-renamed pkg tools\n");
  g_clear_pointer (&contents, g_free);
  contents = dojo_test_read_file (dir, "tools/mod.py");
  g_assert_cmpstr (contents, ==, "y = 2\n");

  fixture_clear (&fixture);
  recorder_clear (&recorder);
}

/* Move to Trash */

static void
collect_toasts (GtkWidget *widget,
                GPtrArray *toasts)
{
  if (gtk_widget_get_mapped (widget) && g_str_equal (gtk_widget_get_css_name (widget), "toast"))
    g_ptr_array_add (toasts, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toasts (child, toasts);
}

typedef struct
{
  Fixture   *fixture;
  GtkWidget *toast;
  guint      n;
} ToastData;

static gboolean
toasts_counted (gpointer data)
{
  ToastData *find = data;
  g_autoptr(GPtrArray) toasts = g_ptr_array_new ();

  collect_toasts (GTK_WIDGET (find->fixture->overlay), toasts);
  find->toast = toasts->len == 1 ? g_ptr_array_index (toasts, 0) : NULL;

  return toasts->len == find->n;
}

/* The one toast on screen, once any other has gone. */
static GtkWidget *
wait_for_toast (Fixture *fixture)
{
  ToastData find = { fixture, NULL, 1 };

  g_assert_true (dojo_test_wait_for (toasts_counted, &find, 5000));

  return find.toast;
}

static void
wait_for_no_toast (Fixture *fixture)
{
  ToastData find = { fixture, NULL, 0 };

  g_assert_true (dojo_test_wait_for (toasts_counted, &find, 5000));
}

/* What the toast says, as shown (its title is markup). */
static const char *
toast_text (Fixture *fixture)
{
  GtkWidget *label = dojo_test_find_widget_of_type (wait_for_toast (fixture), GTK_TYPE_LABEL);

  g_assert_nonnull (label);

  return gtk_label_get_text (GTK_LABEL (label));
}

static GtkButton *
find_button (GtkWidget  *widget,
             const char *label,
             const char *icon_name)
{
  if (GTK_IS_BUTTON (widget)
      && ((label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
          || (icon_name != NULL
              && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0)))
    return GTK_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_button (child, label, icon_name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Clicks the toast's button with @label ("_Undo"), or its close button,
 * once the toast has slid in (as quickly as a person could). */
static void
click_toast_button (Fixture    *fixture,
                    const char *label)
{
  GtkButton *button;

  wait_for_toast (fixture);
  dojo_test_spin (300);
  button = find_button (wait_for_toast (fixture), label, label ? NULL : "window-close-symbolic");

  g_assert_nonnull (button);
  /* What a click does; gtk_widget_activate() would wait 250 ms first. */
  g_signal_emit_by_name (button, "clicked");
}

/* Presses @keyval as the list's key bindings see it: the shortcut the
 * widget has for it runs, as a key press would run it. */
static gboolean
press_key (GtkWidget       *widget,
           guint            keyval,
           GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                 GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Closes the toast, as the learner does with its × button. */
static void
close_toast (Fixture *fixture)
{
  click_toast_button (fixture, NULL);
  wait_for_no_toast (fixture);
}

static gboolean
toast_says (gpointer data)
{
  gpointer *args = data;

  return strstr (toast_text (args[0]), args[1]) != NULL;
}

static void
assert_toast_says (Fixture    *fixture,
                   const char *words)
{
  gpointer args[2] = { fixture, (gpointer)words };

  if (!dojo_test_wait_for (toast_says, args, 3000))
    g_error ("the toast says “%s”, without “%s”", toast_text (fixture), words);
}

static void
test_trash_undo (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *contents = NULL;
  g_autofree char *new_main = g_build_filename (dir, "main.py", NULL);
  Fixture fixture = { 0 };
  Recorder recorder;

  dojo_test_write_file (dir, "keep.py", "");
  show_list (&fixture, dir, TRUE);
  recorder_init (&recorder, &fixture);
  assert_rows (&fixture, "keep.py|main.py", 5000);

  select_row (&fixture, "main.py");
  g_assert_true (action (&fixture, "files.trash"));
  g_assert_false (dojo_test_exists (dir, "main.py"));
  g_assert_cmpstr (recorder.log->str, ==,
                   "prepare-change main.py (there)\n"
                   "file_trashed main.py\n");
  assert_rows (&fixture, "keep.py", 2000);
  g_assert_cmpstr (toast_text (&fixture), ==, "“main.py” moved to the trash");

  /* Undo, from the toast. */
  click_toast_button (&fixture, "_Undo");
  contents = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (contents, ==, "print('hello')\n");
  g_assert_cmpstr (recorder.log->str, ==,
                   "prepare-change main.py (there)\n"
                   "file_trashed main.py\n"
                   "file_restored main.py\n");
  assert_rows (&fixture, "keep.py|main.py", 2000);
  assert_selected (&fixture, "main.py");
  wait_for_no_toast (&fixture);

  /* Undo when the name is taken again: refused kindly, nothing lost, and
   * Undo stays on offer. */
  g_assert_true (action (&fixture, "files.trash"));
  dojo_test_write_file (dir, "main.py", "print('new')\n");
  click_toast_button (&fixture, "_Undo");
  g_clear_pointer (&contents, g_free);
  contents = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (contents, ==, "print('new')\n");
  assert_toast_says (&fixture, "could not be put back");

  g_assert_cmpint (g_unlink (new_main), ==, 0);
  click_toast_button (&fixture, "_Undo");
  g_clear_pointer (&contents, g_free);
  contents = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (contents, ==, "print('hello')\n");
  wait_for_no_toast (&fixture);

  /* Ctrl+Z in the list does what the toast's button does. */
  select_row (&fixture, "keep.py");
  g_assert_true (press_key (GTK_WIDGET (fixture.list), GDK_KEY_Delete, 0));
  g_assert_false (dojo_test_exists (dir, "keep.py"));
  g_assert_true (press_key (GTK_WIDGET (fixture.list), GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_true (dojo_test_exists (dir, "keep.py"));

  fixture_clear (&fixture);
  recorder_clear (&recorder);
}

static void
test_trash_dismissed (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *trashed = dojo_test_trash_path ("main.py");
  g_autofree char *trashed_folder = dojo_test_trash_path ("pkg");
  g_autofree char *pending = dojo_paths_get_trash_pending_dir ();
  g_autofree char *contents = NULL;
  g_autofree char *trashed_child = NULL;
  Fixture fixture = { 0 };

  dojo_test_write_file (dir, "pkg/a.py", "A\n");
  show_list (&fixture, dir, TRUE);
  assert_rows (&fixture, "pkg/|main.py", 5000);

  select_row (&fixture, "main.py");
  g_assert_true (action (&fixture, "files.trash"));
  g_assert_false (dojo_test_exists (dir, "main.py"));

  /* While Undo is on offer, it waits in Dojo's holding folder. */
  {
    g_autoptr(GDir) sessions = g_dir_open (pending, 0, NULL);

    g_assert_nonnull (sessions);
    g_assert_nonnull (g_dir_read_name (sessions));
  }
  g_assert_false (g_file_test (trashed, G_FILE_TEST_EXISTS));

  /* The learner closes the toast: the file goes to the system's trash. */
  click_toast_button (&fixture, NULL);
  g_assert_true (dojo_test_wait_for (file_exists, trashed, 3000));
  g_assert_true (g_file_get_contents (trashed, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "print('hello')\n");

  /* A folder whose Undo is still on offer when the window closes goes
   * too. */
  select_row (&fixture, "pkg");
  g_assert_true (action (&fixture, "files.trash"));
  g_assert_false (dojo_test_exists (dir, "pkg"));
  fixture_clear (&fixture);
  trashed_child = g_build_filename (trashed_folder, "a.py", NULL);
  g_assert_true (dojo_test_wait_for (file_exists, trashed_child, 3000));
}

/* Hostile names and links */

static gboolean
is_symlink (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_IS_SYMLINK);
}

static void
test_hostile_names (void)
{
  g_autofree char *dir = make_project ();
  g_autofree char *outside = dojo_test_make_outside ();
  g_autofree char *secret = g_build_filename (outside, "secret", NULL);
  g_autofree char *link_dir = g_build_filename (dir, "leak", NULL);
  g_autofree char *link_file = g_build_filename (dir, "leak.py", NULL);
  g_autofree char *shortcut = g_build_filename (dir, "shortcut", NULL);
  g_autofree char *trashed_link = dojo_test_trash_path ("shortcut");
  g_autoptr(GFile) through_link = project_file (dir, "leak/secret");
  Fixture fixture = { 0 };
  Recorder recorder;

  dojo_test_write_file (dir, "-rf", "dash\n");
  dojo_test_write_file (dir, "two\nlines.py", "odd\n");
  dojo_test_write_file (dir, "x<b>&y.py", "");
  g_assert_cmpint (symlink (outside, link_dir), ==, 0);
  g_assert_cmpint (symlink (secret, link_file), ==, 0);

  show_list (&fixture, dir, TRUE);
  recorder_init (&recorder, &fixture);

  /* Listed, each on one line; a link to a folder does not open. */
  assert_rows (&fixture, "-rf|leak|leak.py|main.py|two\nlines.py|x<b>&y.py", 5000);
  dojo_test_spin (100);
  g_assert_nonnull (dojo_test_find_file_row (GTK_WIDGET (fixture.view), "two\\nlines.py"));
  g_assert_nonnull (dojo_test_find_file_row (GTK_WIDGET (fixture.view), "x<b>&y.py"));

  /* Opening the link that leads out: refused, with the reason. */
  gtk_widget_activate_action (GTK_WIDGET (fixture.view), "list.activate-item", "u",
                              row_position (&fixture, "leak.py"));
  g_assert_cmpstr (recorder.log->str, ==, "");
  assert_toast_says (&fixture, "leads outside your project folder");
  close_toast (&fixture);

  /* Nor can the list be walked through the link to a folder. */
  dojo_file_list_select_file (fixture.list, through_link);
  dojo_test_spin (300);
  assert_rows (&fixture, "-rf|leak|leak.py|main.py|two\nlines.py|x<b>&y.py", 100);

  /* New File with the link selected goes beside it, not through it. */
  select_row (&fixture, "leak");
  g_assert_true (action (&fixture, "files.new-file"));
  type_name_and_enter (&fixture, "x.py");
  g_assert_true (dojo_test_exists (dir, "x.py"));
  g_assert_true (dojo_test_outside_untouched (outside));

  /* Renaming and trashing the link move the link. */
  select_row (&fixture, "leak");
  g_assert_true (action (&fixture, "files.rename"));
  type_name_and_enter (&fixture, "shortcut");
  g_assert_true (g_file_test (shortcut, G_FILE_TEST_IS_SYMLINK));
  assert_rows (&fixture, "-rf|leak.py|main.py|shortcut|two\nlines.py|x.py|x<b>&y.py",
               2000);
  select_row (&fixture, "shortcut");
  g_assert_true (action (&fixture, "files.trash"));
  g_assert_false (dojo_test_exists (dir, "shortcut"));
  close_toast (&fixture);
  g_assert_true (dojo_test_wait_for (is_symlink, trashed_link, 3000));
  g_assert_true (dojo_test_outside_untouched (outside));

  /* "-rf" is a name like any other: no command ever sees it. */
  select_row (&fixture, "-rf");
  g_assert_true (action (&fixture, "files.trash"));
  g_assert_false (dojo_test_exists (dir, "-rf"));
  g_assert_true (dojo_test_exists (dir, "main.py"));
  close_toast (&fixture);
  g_assert_true (dojo_test_outside_untouched (outside));

  /* A toast's title is markup: the name shows as it is. */
  select_row (&fixture, "x<b>&y.py");
  g_assert_true (action (&fixture, "files.trash"));
  assert_toast_says (&fixture, "“x<b>&y.py” moved to the trash");

  fixture_clear (&fixture);
  g_assert_true (dojo_test_outside_untouched (outside));
  recorder_clear (&recorder);
}

/* Keyboard and accessibility */

static gboolean
row_expanded (Fixture    *fixture,
              const char *name)
{
  g_autoptr(GtkTreeListRow) row = row_named (fixture, name);

  return gtk_tree_list_row_get_expanded (row);
}

static void
test_keyboard (void)
{
  g_autofree char *dir = make_project ();
  Fixture fixture = { 0 };
  GtkWidget *list;
  GtkWidget *button;
  GtkWidget *menu;

  dojo_test_write_file (dir, "pkg/a.py", "");
  show_list (&fixture, dir, FALSE);
  list = GTK_WIDGET (fixture.list);
  assert_rows (&fixture, "pkg/|main.py", 5000);

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture.view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Project files");
  button = dojo_test_find_widget_of_type (list, GTK_TYPE_BUTTON);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "New File");

  /* What needs a selected row waits for one. */
  g_assert_true (gtk_widget_get_sensitive (button));
  action (&fixture, "files.rename");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (name_popover (&fixture))));
  action (&fixture, "files.trash");
  g_assert_true (dojo_test_exists (dir, "main.py"));
  g_assert_true (dojo_test_exists (dir, "pkg/a.py"));

  /* Right opens a folder and Left closes it, while the focus is in the
   * list; Left on a file inside goes up to its folder. */
  select_row (&fixture, "pkg");
  gtk_widget_grab_focus (GTK_WIDGET (fixture.view));
  g_assert_true (press_key (list, GDK_KEY_Right, 0));
  assert_rows (&fixture, "pkg/|  a.py|main.py", 2000);
  select_row (&fixture, "a.py");
  g_assert_true (press_key (list, GDK_KEY_Left, 0));
  assert_selected (&fixture, "pkg");
  g_assert_true (press_key (list, GDK_KEY_Left, 0));
  g_assert_false (row_expanded (&fixture, "pkg"));

  /* Not while the focus is elsewhere, like a header button. */
  gtk_widget_grab_focus (button);
  g_assert_false (press_key (list, GDK_KEY_Right, 0));
  g_assert_false (row_expanded (&fixture, "pkg"));

  /* The Menu key, and Shift+F10, show the context menu. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture.view));
  menu = dojo_test_find_widget_of_type (list, GTK_TYPE_POPOVER_MENU);
  g_assert_true (press_key (list, GDK_KEY_Menu, 0));
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (press_key (list, GDK_KEY_F10, GDK_SHIFT_MASK));
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));

  /* Rename… in the menu: the menu closes, the keyboard stays in the name. */
  g_assert_true (press_key (list, GDK_KEY_Menu, 0));
  g_assert_true (gtk_widget_activate_action (menu, "files.rename", NULL));
  gtk_popover_popdown (GTK_POPOVER (menu));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_popover (&fixture))));
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (fixture.window),
                                         GTK_WIDGET (name_popover (&fixture))));
  gtk_popover_popdown (name_popover (&fixture));
  /* Closed, it gives the keyboard back to the list. */
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (fixture.window),
                                         GTK_WIDGET (fixture.view)));

  /* F2 renames. */
  select_row (&fixture, "main.py");
  g_assert_true (press_key (list, GDK_KEY_F2, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (name_popover (&fixture))));
  g_assert_cmpstr (gtk_editable_get_text (name_entry (&fixture)), ==, "main.py");
  gtk_popover_popdown (name_popover (&fixture));

  fixture_clear (&fixture);
}

/* Pictures of the list, its rename popover, its menu and its Undo toast,
 * for the docs and for review: DOJO_FILE_LIST_SCREENSHOT_DIR=dir. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *file = g_strdup_printf ("file-list-%s.png", name);
  g_autofree char *path = g_build_filename (g_getenv ("DOJO_FILE_LIST_SCREENSHOT_DIR"), file,
                                            NULL);

  dojo_test_save_screenshot (widget, path);
}

static void
test_screenshots (void)
{
  g_autofree char *dir = make_project ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(GFile) board = NULL;
  Fixture fixture = { 0 };
  GtkWidget *menu;

  /* The app loads its style sheet from its resource base path; this test
   * has no GtkApplication. */
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  dojo_test_write_file (dir, ".gitignore", "__pycache__/\n*.log\n");
  dojo_test_write_file (dir, "game/__init__.py", "");
  dojo_test_write_file (dir, "game/board.py", "");
  dojo_test_write_file (dir, "game/player.py", "");
  dojo_test_write_file (dir, "__pycache__/main.cpython-311.pyc", "");
  dojo_test_write_file (dir, "tests/test_board.py", "");
  dojo_test_write_file (dir, "README.md", "");
  dojo_test_write_file (dir, "debug.log", "");
  dojo_test_write_file (dir, "scores.csv", "");
  board = project_file (dir, "game/board.py");

  show_list (&fixture, dir, TRUE);
  gtk_window_set_default_size (fixture.window, 280, 520);
  dojo_file_list_set_ignored_func (fixture.list, ignore_cache_and_logs, NULL, NULL);
  dojo_file_list_select_file (fixture.list, board);
  assert_selected (&fixture, "game/board.py");
  save_screenshot (GTK_WIDGET (fixture.window), "window");

  g_assert_true (action (&fixture, "files.rename"));
  gtk_editable_set_text (name_entry (&fixture), "player.py");
  save_screenshot (GTK_WIDGET (name_popover (&fixture)), "rename");
  gtk_popover_popdown (name_popover (&fixture));

  g_assert_true (press_key (GTK_WIDGET (fixture.list), GDK_KEY_Menu, 0));
  menu = dojo_test_find_widget_of_type (GTK_WIDGET (fixture.list), GTK_TYPE_POPOVER_MENU);
  save_screenshot (menu, "menu");
  gtk_popover_popdown (GTK_POPOVER (menu));

  /* As wide as a window's bottom edge, where the toast shows. */
  gtk_window_set_default_size (fixture.window, 600, 520);
  select_row (&fixture, "scores.csv");
  g_assert_true (action (&fixture, "files.trash"));
  wait_for_toast (&fixture);
  save_screenshot (GTK_WIDGET (fixture.window), "trash");

  fixture_clear (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  /* The test accessibility backend records what a screen reader would be
   * told, for gtk_test_accessible_assert_property(); the suite's "none"
   * records nothing. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/file-list/lists-sorted", test_lists_sorted);
  g_test_add_func ("/file-list/follows-the-disk", test_follows_the_disk);
  g_test_add_func ("/file-list/ignored-dimmed", test_ignored_dimmed);
  g_test_add_func ("/file-list/activate-opens", test_activate_opens);
  g_test_add_func ("/file-list/select-file", test_select_file);
  g_test_add_func ("/file-list/new-file", test_new_file);
  g_test_add_func ("/file-list/new-folder", test_new_folder);
  g_test_add_func ("/file-list/rename", test_rename);
  g_test_add_func ("/file-list/trash-undo", test_trash_undo);
  g_test_add_func ("/file-list/trash-dismissed", test_trash_dismissed);
  g_test_add_func ("/file-list/hostile-names", test_hostile_names);
  g_test_add_func ("/file-list/keyboard", test_keyboard);
  if (g_getenv ("DOJO_FILE_LIST_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/file-list/screenshots", test_screenshots);

  return g_test_run ();
}
