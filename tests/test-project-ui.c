/* test-project-ui.c: the editor, the disk, the terminals and git agree, in
 * the real window, on real files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "dojo-branch-dialog.h"
#include "dojo-check-panel.h"
#include "dojo-commit-dialog.h"
#include "dojo-course-session.h"
#include "dojo-editor-tabs.h"
#include "dojo-file-list.h"
#include "dojo-identity-dialog.h"
#include "dojo-history-view.h"
#include "dojo-lesson-view.h"
#include "dojo-paths.h"
#include "dojo-repo.h"
#include "dojo-terminal.h"
#include "dojo-terminal-private.h"
#include "dojo-window.h"
#include "dojo-test-widget.h"
#include "pack-fixture.h"

/* ------------------------------------------------------------------------ */
/* Helpers */

static char *
read_path (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;

  return text;
}

static char *
read_file (GFile *file)
{
  return read_path (g_file_peek_path (file));
}

/* What the Shell does: `printf ... > isogram.py`. */
static void
write_from_outside (GFile      *file,
                    const char *text)
{
  g_assert_true (g_file_set_contents (g_file_peek_path (file), text, -1, NULL));
}

static void
type_text (DojoEditor *editor,
           const char *text)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor));
  GtkTextIter start;
  GtkTextIter end;

  /* As typing does: one user action, so that it can be undone. */
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, text, -1);
  gtk_text_buffer_end_user_action (buffer);
}

static void
close_window (DojoWindow *window)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != (gpointer)window)
      gtk_window_destroy (l->data);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
set_identity (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_repo_set_global_identity ("Ada Lovelace", "ada@example.org", &error));
  g_assert_no_error (error);
}

typedef struct
{
  DojoEditor *editor;
  const char *text;
} EditorText;

static gboolean
editor_shows (gpointer data)
{
  EditorText *want = data;
  g_autofree char *text = dojo_editor_dup_text (want->editor);

  return g_str_equal (text, want->text);
}

static void
assert_editor_shows (DojoEditor *editor,
                     const char *text,
                     guint       timeout_ms)
{
  EditorText want = { editor, text };

  if (!dojo_test_wait_for (editor_shows, &want, timeout_ms))
    {
      g_autofree char *shown = dojo_editor_dup_text (editor);

      g_error ("the editor shows “%s”, not “%s”", shown, text);
    }
}

typedef struct
{
  GFile      *file;
  const char *text;
} FileText;

static gboolean
file_holds (gpointer data)
{
  FileText *want = data;
  g_autofree char *text = read_file (want->file);

  return g_strcmp0 (text, want->text) == 0;
}

static void
assert_file_holds (GFile      *file,
                   const char *text,
                   guint       timeout_ms)
{
  FileText want = { file, text };

  if (!dojo_test_wait_for (file_holds, &want, timeout_ms))
    {
      g_autofree char *held = read_file (file);

      g_error ("%s holds “%s”, not “%s”", g_file_peek_path (file), held, text);
    }
}

static gboolean
editor_saved (gpointer data)
{
  return !dojo_editor_get_modified (data);
}

static gboolean
editor_out_of_step (gpointer data)
{
  return dojo_editor_get_out_of_step (data);
}

/* The window on the learner's playground, shown. */
static DojoWindow *
playground_window (void)
{
  g_autoptr(DojoProject) project = dojo_project_new_playground ();
  g_autoptr(GError) error = NULL;
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));

  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 5000));
  dojo_test_wait_for_repo (GTK_WIDGET (window));

  return window;
}

/* ------------------------------------------------------------------------ */
/* The editor follows its file */

static void
test_outside_change_shown (void)
{
  DojoWindow *window = playground_window ();
  DojoEditor *editor = dojo_window_get_editor (window);
  GFile *file = dojo_editor_get_file (editor);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor));
  g_autofree char *before = dojo_editor_dup_text (editor);
  gint64 start;

  /* As the Shell or a file manager would, with nothing typed. */
  start = g_get_monotonic_time ();
  write_from_outside (file, "print('from the shell')\n");
  assert_editor_shows (editor, "print('from the shell')\n", 2000);
  g_test_message ("shown after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  g_assert_false (dojo_editor_get_modified (editor));
  g_assert_false (dojo_editor_get_out_of_step (editor));

  /* One step, which the learner can undo. */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  assert_editor_shows (editor, before, 100);
  gtk_text_buffer_redo (buffer);

  /* Replaced by a rename, as git writes files. */
  {
    g_autofree char *other = g_strconcat (g_file_peek_path (file), ".new", NULL);

    g_assert_true (g_file_set_contents (other, "print('from git')\n", -1, NULL));
    g_assert_cmpint (g_rename (other, g_file_peek_path (file)), ==, 0);
    assert_editor_shows (editor, "print('from git')\n", 2000);
  }

  /* And the next save does not put the old text back. */
  type_text (editor, "print('from git')\nprint('and me')\n");
  g_assert_true (dojo_test_wait_for (editor_saved, editor, 5000));
  assert_file_holds (file, "print('from git')\nprint('and me')\n", 100);

  close_window (window);
}

static gboolean
label_mentions (GtkWidget *widget,
                gpointer   data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), data) != NULL;
}

static void
test_outside_change_while_typing_keeps_both (void)
{
  DojoWindow *window = playground_window ();
  DojoEditor *editor = dojo_window_get_editor (window);
  GFile *file = dojo_editor_get_file (editor);
  g_autofree char *recovered_mine = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *recovered_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint others = 0;

  /* Typed, and before autosave, the Shell writes the file. */
  type_text (editor, "print('typed in the editor')\n");
  g_assert_true (dojo_editor_get_modified (editor));
  write_from_outside (file, "print('written in the shell')\n");

  g_assert_true (dojo_test_wait_for (editor_out_of_step, editor, 2000));

  /* Both versions are there: the typing in the editor and in a copy, the
   * other on disk, and stay so past the autosave. */
  dojo_test_spin (1500);
  assert_editor_shows (editor, "print('typed in the editor')\n", 0);
  assert_file_holds (file, "print('written in the shell')\n", 0);
  recovered_mine = g_strdup (dojo_editor_get_recovered_path (editor));
  g_assert_nonnull (recovered_mine);
  copy = read_path (recovered_mine);
  g_assert_cmpstr (copy, ==, "print('typed in the editor')\n");

  /* The banner above the editor says so, and where the copy is. */
  {
    GtkWidget *banner = dojo_test_find_widget_of_type (GTK_WIDGET (editor), GTK_TYPE_REVEALER);
    GtkWidget *label = NULL;

    g_assert_nonnull (banner);
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (banner)));
    label = dojo_test_find_widget (banner, label_mentions, recovered_mine);
    g_assert_nonnull (label);
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)),
                              "was changed outside the editor"));
  }

  /* Run refuses to run the other version without asking. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  dojo_test_spin (500);
  assert_file_holds (file, "print('written in the shell')\n", 0);

  /* Keep mine: the file gets the typing, the other version is kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.keep-mine", NULL));
  assert_file_holds (file, "print('typed in the editor')\n", 1000);
  g_assert_false (dojo_editor_get_out_of_step (editor));
  g_assert_false (dojo_editor_get_modified (editor));

  recovered_dir = g_path_get_dirname (recovered_mine);
  dir = g_dir_open (recovered_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (recovered_dir, name, NULL);
      g_autofree char *text = read_path (path);

      if (g_strcmp0 (text, "print('written in the shell')\n") == 0)
        others++;
    }
  g_assert_cmpuint (others, ==, 1);

  /* Once more, choosing the other version: the editor shows it as one
   * undoable step, and the typing is kept in its copy. */
  type_text (editor, "print('typed again')\n");
  write_from_outside (file, "print('shell again')\n");
  g_assert_true (dojo_test_wait_for (editor_out_of_step, editor, 2000));
  g_clear_pointer (&recovered_mine, g_free);
  recovered_mine = g_strdup (dojo_editor_get_recovered_path (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.use-other", NULL));
  assert_editor_shows (editor, "print('shell again')\n", 100);
  assert_file_holds (file, "print('shell again')\n", 0);
  g_clear_pointer (&copy, g_free);
  copy = read_path (recovered_mine);
  g_assert_cmpstr (copy, ==, "print('typed again')\n");
  gtk_text_buffer_undo (GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor)));
  assert_editor_shows (editor, "print('typed again')\n", 100);

  close_window (window);
}

static void
test_outside_delete_while_typing_keeps_text (void)
{
  DojoWindow *window = playground_window ();
  DojoEditor *editor = dojo_window_get_editor (window);
  g_autoptr(GFile) file = g_object_ref (dojo_editor_get_file (editor));

  type_text (editor, "print('not saved yet')\n");
  g_assert_cmpint (g_unlink (g_file_peek_path (file)), ==, 0);
  g_assert_true (dojo_test_wait_for (editor_out_of_step, editor, 2000));
  assert_editor_shows (editor, "print('not saved yet')\n", 0);
  g_assert_false (g_file_query_exists (file, NULL));

  /* "Save it again" brings the file back with the typing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.keep-mine", NULL));
  assert_file_holds (file, "print('not saved yet')\n", 1000);

  close_window (window);
}

static gboolean
tab_closed (gpointer data)
{
  DojoWindow *window = data;

  return dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (window)) == 0;
}

static void
test_outside_delete_closes_saved_tab (void)
{
  DojoWindow *window = playground_window ();
  DojoEditor *editor = dojo_window_get_editor (window);

  g_assert_cmpint (g_unlink (g_file_peek_path (dojo_editor_get_file (editor))), ==, 0);
  g_assert_true (dojo_test_wait_for (tab_closed, window, 2000));

  close_window (window);
}

/* ------------------------------------------------------------------------ */
/* Every action that reads the project writes the open files first */

typedef struct
{
  GType      type;
  const char *title;
  GtkWindow *found;
} FindWindow;

static gboolean
window_shown (gpointer data)
{
  FindWindow *find = data;
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, find->type) && gtk_widget_get_visible (l->data) &&
        (find->title == NULL || g_strcmp0 (gtk_window_get_title (l->data), find->title) == 0))
      {
        find->found = l->data;
        return TRUE;
      }

  return FALSE;
}

static GtkWindow *
wait_for_window (GType       type,
                 const char *title)
{
  FindWindow find = { type, title, NULL };

  g_assert_true (dojo_test_wait_for (window_shown, &find, 10000));

  return find.found;
}

static gboolean
commit_dialog_loaded (gpointer data)
{
  return dojo_commit_dialog_get_loaded (data);
}

static gboolean
head_moved (gpointer data)
{
  DojoRepo *repo = data;
  g_autofree char *head = dojo_repo_get_head_id (repo);

  return head != NULL;
}

static void
test_commit_dialog_commits_typed_text (void)
{
  DojoWindow *window = NULL;
  DojoEditor *editor;
  DojoCommitDialog *dialog;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GBytes) committed = NULL;
  g_autofree char *relative = NULL;
  const char *typed = "name = input('Name? ')\nprint(f'Hello, {name}!')\n";

  set_identity ();
  window = playground_window ();
  editor = dojo_window_get_editor (window);

  /* Typed, and at once Ctrl+K: no pause for the autosave. */
  type_text (editor, typed);
  g_assert_true (dojo_editor_get_modified (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.commit", NULL));

  dialog = DOJO_COMMIT_DIALOG (wait_for_window (DOJO_TYPE_COMMIT_DIALOG, NULL));
  g_assert_true (dojo_test_wait_for (commit_dialog_loaded, dialog, 10000));
  dojo_commit_dialog_set_message (dialog, "Greet the learner by name");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));

  repo = dojo_repo_open (dojo_project_get_directory (dojo_window_get_project (window)), NULL);
  g_assert_true (dojo_test_wait_for (head_moved, repo, 10000));

  /* What git recorded is what was on the screen (git show HEAD:main.py). */
  relative = g_file_get_relative_path (dojo_project_get_directory (dojo_window_get_project (window)),
                                       dojo_editor_get_file (editor));
  committed = dojo_repo_show_file (repo, "HEAD", relative, NULL);
  g_assert_nonnull (committed);
  g_assert_cmpmem (g_bytes_get_data (committed, NULL), g_bytes_get_size (committed),
                   typed, strlen (typed));

  close_window (window);
}

static gboolean
history_idle (gpointer data)
{
  return !dojo_history_view_get_busy (data);
}

static gboolean
message_dialog_shown (gpointer data)
{
  FindWindow *find = data;

  return window_shown (find);
}

static void
respond (const char *response)
{
  FindWindow find = { ADW_TYPE_MESSAGE_DIALOG, NULL, NULL };
  AdwMessageDialog *dialog;

  g_assert_true (dojo_test_wait_for (message_dialog_shown, &find, 10000));
  dialog = ADW_MESSAGE_DIALOG (find.found);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

typedef struct
{
  DojoTerminal *terminal;
  const char   *text;
} TerminalText;

static gboolean
output_shows (gpointer data)
{
  TerminalText *want = data;
  g_autofree char *text = dojo_terminal_dup_text (want->terminal, DOJO_TERMINAL_MODE_RUN);

  return strstr (text, want->text) != NULL;
}

static void
test_restore_then_run (void)
{
  DojoWindow *window = NULL;
  DojoEditor *editor;
  GFile *file;
  GtkWindow *history_window;
  DojoHistoryView *history;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *relative = NULL;
  g_autofree char *first = NULL;
  TerminalText ran = { NULL, "the first version" };

  set_identity ();
  window = playground_window ();
  editor = dojo_window_get_editor (window);
  file = dojo_editor_get_file (editor);
  repo = dojo_repo_open (dojo_project_get_directory (dojo_window_get_project (window)), NULL);
  relative = g_file_get_relative_path (dojo_project_get_directory (dojo_window_get_project (window)),
                                       file);

  type_text (editor, "print('the first version')\n");
  g_assert_true (dojo_test_wait_for (editor_saved, editor, 5000));
  first = dojo_repo_commit (repo, "Print the first version", DOJO_COMMIT_ALL, NULL);
  g_assert_nonnull (first);

  type_text (editor, "print('the second version')\n");

  /* History → Restore This File, as the learner does it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.history", NULL));
  history_window = wait_for_window (ADW_TYPE_WINDOW, "History");
  history = DOJO_HISTORY_VIEW (dojo_test_find_widget_of_type (GTK_WIDGET (history_window),
                                                              DOJO_TYPE_HISTORY_VIEW));
  dojo_test_spin (20);
  g_assert_true (dojo_test_wait_for (history_idle, history, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.select-commit", "s",
                                             first));
  dojo_test_spin (20);
  g_assert_true (dojo_test_wait_for (history_idle, history, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.select-file", "s",
                                             relative));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.restore-file", NULL));
  /* The typing was saved on the way in, so it is "uncommitted work". */
  respond ("replace-anyway");
  assert_file_holds (file, "print('the first version')\n", 10000);
  gtk_window_destroy (history_window);

  /* The editor shows the restored text, and Run keeps it. */
  assert_editor_shows (editor, "print('the first version')\n", 2000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  ran.terminal = dojo_window_get_terminal (window);
  g_assert_true (dojo_test_wait_for (output_shows, &ran, 10000));
  assert_file_holds (file, "print('the first version')\n", 0);
  dojo_test_spin (1500);
  assert_file_holds (file, "print('the first version')\n", 0);
  assert_editor_shows (editor, "print('the first version')\n", 0);

  close_window (window);
}


/* ------------------------------------------------------------------------ */
/* A course: the terminals follow, Reset to the Starter */

static DojoWindow *
course_window (DojoCourse *course,
               const char *item_id)
{
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));
  g_autoptr(GError) error = NULL;

  dojo_window_set_course (window, course);
  g_assert_true (dojo_window_open_item (window, item_id, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 5000));
  dojo_test_wait_for_repo (GTK_WIDGET (window));

  return window;
}

static GFile *
project_dir (DojoWindow *window)
{
  return dojo_project_get_directory (dojo_window_get_project (window));
}

typedef struct
{
  DojoTerminal     *terminal;
  DojoTerminalMode  mode;
  GFile            *directory;
} PromptIn;

/* The prompt's process runs with @directory as its working folder, as the
 * kernel has it (/proc/PID/cwd), not as Dojo believes. */
static gboolean
prompt_in (gpointer data)
{
  PromptIn *want = data;
  GPid pid = _dojo_terminal_get_pid (want->terminal, want->mode);
  g_autofree char *link = NULL;
  g_autofree char *cwd = NULL;

  if (pid <= 0)
    return FALSE;

  link = g_strdup_printf ("/proc/%d/cwd", (int)pid);
  cwd = g_file_read_link (link, NULL);

  return cwd != NULL && g_str_equal (cwd, g_file_peek_path (want->directory));
}

typedef struct
{
  DojoTerminal     *terminal;
  DojoTerminalMode  mode;
  const char       *text;
} PageText;

static gboolean
page_ends_with (gpointer data)
{
  PageText *want = data;
  g_autofree char *text = dojo_terminal_dup_text (want->terminal, want->mode);

  g_strchomp (text);
  return g_str_has_suffix (text, want->text);
}

static void
test_terminals_follow_next_item (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = course_window (course, "hello");
  DojoTerminal *terminal = dojo_window_get_terminal (window);
  g_autoptr(GFile) first = g_object_ref (project_dir (window));
  PromptIn shell = { terminal, DOJO_TERMINAL_MODE_SHELL, first };
  PromptIn python = { terminal, DOJO_TERMINAL_MODE_PYTHON, first };
  PageText shell_prompt = { terminal, DOJO_TERMINAL_MODE_SHELL, "#" };
  PageText python_prompt = { terminal, DOJO_TERMINAL_MODE_PYTHON, ">>>" };

  /* Both prompts started, in the lesson's folder. */
  dojo_terminal_set_mode (terminal, DOJO_TERMINAL_MODE_PYTHON);
  g_assert_true (dojo_test_wait_for (prompt_in, &python, 10000));
  g_assert_true (dojo_test_wait_for (page_ends_with, &python_prompt, 10000));
  dojo_terminal_set_mode (terminal, DOJO_TERMINAL_MODE_SHELL);
  g_assert_true (dojo_test_wait_for (prompt_in, &shell, 10000));
  if (getuid () != 0)
    shell_prompt.text = "$";
  g_assert_true (dojo_test_wait_for (page_ends_with, &shell_prompt, 10000));

  /* Next: the exercise, a folder of its own. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-item", NULL));
  g_assert_cmpstr (dojo_pack_item_get_id (dojo_window_get_item (window)), ==, "greet");
  g_assert_false (g_file_equal (first, project_dir (window)));

  shell.directory = project_dir (window);
  python.directory = project_dir (window);
  g_assert_true (dojo_test_wait_for (prompt_in, &shell, 10000));
  g_assert_true (dojo_test_wait_for (prompt_in, &python, 10000));

  close_window (window);
}

static gboolean
branch_exists (gpointer data)
{
  DojoRepo *repo = data;
  g_autoptr(GPtrArray) branches = dojo_repo_list_branches (repo, NULL);

  for (guint i = 0; branches != NULL && i < branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (branches, i);

      if (g_str_equal (info->name, "earlier-attempt-1"))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_title (GtkWidget *widget,
           gpointer   data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static void
test_reset_to_starter (void)
{
  g_autofree char *root = fixture_make_pack (NULL);
  g_autoptr(DojoCourse) course = fixture_load_course (root);
  DojoWindow *window = course_window (course, "greet");
  DojoEditor *editor = dojo_window_get_editor (window);
  GFile *entry = dojo_editor_get_file (editor);
  g_autoptr(GFile) extra = g_file_get_child (project_dir (window), "helper.py");
  g_autoptr(DojoRepo) repo = dojo_repo_open (project_dir (window), NULL);
  g_autoptr(GBytes) kept = NULL;
  GtkWindow *branches;
  const char *work = "name = input()\nprint(f'Hi, {name}')\n";

  assert_editor_shows (editor, "# Greet the learner\n", 0);
  type_text (editor, work);
  write_from_outside (extra, "def helper() -> None:\n    pass\n");

  /* Asked first; the typing is saved on the way. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-to-starter", NULL));
  respond ("reset");

  assert_editor_shows (editor, "# Greet the learner\n", 10000);
  assert_file_holds (entry, "# Greet the learner\n", 0);
  g_assert_false (g_file_query_exists (extra, NULL));

  /* The earlier work is where the message says: on a branch of its own,
   * which the Branches dialog lists. */
  g_assert_true (dojo_test_wait_for (branch_exists, repo, 5000));
  kept = dojo_repo_show_file (repo, "earlier-attempt-1", "main.py", NULL);
  g_assert_nonnull (kept);
  g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), work, strlen (work));
  g_clear_pointer (&kept, g_bytes_unref);
  kept = dojo_repo_show_file (repo, "earlier-attempt-1", "helper.py", NULL);
  g_assert_nonnull (kept);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.branches", NULL));
  branches = wait_for_window (DOJO_TYPE_BRANCH_DIALOG, NULL);
  dojo_test_spin (300);
  g_assert_nonnull (dojo_test_find_widget (GTK_WIDGET (branches), has_title,
                                           (gpointer)"earlier-attempt-1"));

  close_window (window);
}


/* ------------------------------------------------------------------------ */
/* Projects of several files, worked on as a learner does: the file list,
 * the tabs, the editor, Check, Commit */

static gboolean
has_file_list (gpointer data)
{
  return dojo_test_find_widget_of_type (data, DOJO_TYPE_FILE_LIST) != NULL;
}

static GtkListView *
file_list_view (DojoWindow *window)
{
  GtkWidget *list;

  /* It is made right after the window's first frame. */
  g_assert_true (dojo_test_wait_for (has_file_list, window, 5000));
  list = dojo_test_find_widget_of_type (GTK_WIDGET (window), DOJO_TYPE_FILE_LIST);

  return GTK_LIST_VIEW (dojo_test_find_widget_of_type (list, GTK_TYPE_LIST_VIEW));
}

typedef struct
{
  GtkListView *view;
  const char  *name;
  guint        position;
} Row;

static gboolean
row_listed (gpointer data)
{
  Row *row = data;
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (row->view));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) item = g_list_model_get_item (model, i);
      g_autoptr(GFileInfo) info = gtk_tree_list_row_get_item (item);

      if (g_str_equal (g_file_info_get_name (info), row->name))
        {
          row->position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* What a click on the file's row in the Files list does. */
static DojoEditor *
open_from_file_list (DojoWindow *window,
                     const char *name)
{
  Row row = { file_list_view (window), name, 0 };
  DojoEditor *editor;

  g_assert_true (dojo_test_wait_for (row_listed, &row, 5000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row.view), "list.activate-item", "u",
                                             row.position));
  editor = dojo_window_get_editor (window);
  g_assert_nonnull (editor);
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_editor_get_file (editor)), name));

  return editor;
}

static gboolean
check_done (gpointer data)
{
  DojoCheckPanel *panel = data;

  return !dojo_check_panel_get_checking (panel) && dojo_check_panel_get_verdict (panel) != NULL;
}

/* Presses Check (Ctrl+Enter) and waits for the verdict. */
static DojoVerdict *
check (DojoWindow *window)
{
  DojoCheckPanel *panel = DOJO_CHECK_PANEL (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                                           DOJO_TYPE_CHECK_PANEL));

  dojo_check_panel_clear (panel);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.check", NULL));
  g_assert_true (dojo_test_wait_for (check_done, panel, 60000));

  return dojo_check_panel_get_verdict (panel);
}

static void
assert_passes (DojoVerdict *verdict)
{
  GPtrArray *results = dojo_verdict_get_results (verdict);

  for (guint i = 0; i < results->len; i++)
    if (!dojo_check_result_get_passed (results->pdata[i]))
      g_error ("check %s does not pass: %s", dojo_check_result_get_id (results->pdata[i]),
               dojo_check_result_get_message (results->pdata[i]));
  g_assert_true (dojo_verdict_get_passed (verdict));
}

static const char three_files_manifest[] =
  "{\"format\": 1, \"id\": \"io.example.three\", \"version\": \"1.0.0\",\n"
  " \"title\": \"Three files\", \"description\": \"A project of three files\",\n"
  " \"language\": \"en\", \"authors\": [\"Ada\"], \"license\": \"CC-BY-SA-4.0\",\n"
  " \"min_app_version\": \"0.1.0\", \"python\": \"3.10\",\n"
  " \"phases\": [{\"id\": \"p\", \"title\": \"P\", \"items\": [\n"
  "   {\"id\": \"three\", \"type\": \"project\", \"title\": \"Three\", \"path\": \"exercises/three\"}\n"
  " ]}]}\n";

static const char three_files_exercise[] =
  "{\"title\": \"Three\", \"instructions\": \"instructions.md\",\n"
  " \"starter\": {\"main.py\": {\"path\": \"starter/main.py\"},\n"
  "             \"shapes.py\": {\"path\": \"starter/shapes.py\"},\n"
  "             \"colors.py\": {\"path\": \"starter/colors.py\"}},\n"
  " \"entry\": \"main.py\",\n"
  " \"checks\": [{\"id\": \"both\", \"type\": \"io\", \"stdin\": \"\", \"expect\": \"square red\\n\"}],\n"
  " \"solution_policy\": \"never\", \"revision\": 1}\n";

static void
write_three_files_pack (const char *root)
{
  fixture_write (root, "exercises/three/exercise.json", three_files_exercise);
  fixture_write (root, "exercises/three/instructions.md",
                 "Make [`shape()`](project:shapes.py#L2) say square and `color()` say red.\n");
  fixture_write (root, "exercises/three/starter/main.py",
                 "from colors import color\nfrom shapes import shape\n\n"
                 "print(shape(), color())\n");
  fixture_write (root, "exercises/three/starter/shapes.py",
                 "def shape() -> str:\n    return '?'\n");
  fixture_write (root, "exercises/three/starter/colors.py",
                 "def color() -> str:\n    return '?'\n");
}

static void
test_three_file_project (void)
{
  g_autofree char *root = fixture_make_pack (three_files_manifest);
  g_autoptr(DojoCourse) course = NULL;
  DojoWindow *window;
  DojoEditor *shapes;
  DojoEditor *colors;

  write_three_files_pack (root);
  course = fixture_load_course (root);
  window = course_window (course, "three");

  /* Each file opens from the Files list in a tab of its own. */
  open_from_file_list (window, "main.py");
  shapes = open_from_file_list (window, "shapes.py");
  colors = open_from_file_list (window, "colors.py");
  g_assert_cmpuint (dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (window)), ==, 3);
  g_assert_false (dojo_check_panel_get_checking (DOJO_CHECK_PANEL (
    dojo_test_find_widget_of_type (GTK_WIDGET (window), DOJO_TYPE_CHECK_PANEL))));

  /* One of two files edited: not yet. */
  type_text (shapes, "def shape() -> str:\n    return 'square'\n");
  g_assert_false (dojo_verdict_get_passed (check (window)));

  /* Both, and Check at once (no pause for the autosave): it sees both. */
  type_text (colors, "def color() -> str:\n    return 'red'\n");
  g_assert_true (dojo_editor_get_modified (colors));
  assert_passes (check (window));

  close_window (window);
}


static void
test_run_this_file (void)
{
  g_autofree char *root = fixture_make_pack (three_files_manifest);
  g_autoptr(DojoCourse) course = NULL;
  DojoWindow *window;
  TerminalText ran_main = { NULL, "$ python3 main.py" };
  TerminalText ran_shapes = { NULL, "$ python3 shapes.py" };

  write_three_files_pack (root);
  course = fixture_load_course (root);
  window = course_window (course, "three");
  ran_main.terminal = ran_shapes.terminal = dojo_window_get_terminal (window);

  /* Run runs the item's main file, whichever tab is in view, and says so. */
  open_from_file_list (window, "shapes.py");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run", NULL));
  g_assert_true (dojo_test_wait_for (output_shows, &ran_main, 10000));

  /* Run This File runs the one in view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-file", NULL));
  g_assert_true (dojo_test_wait_for (output_shows, &ran_shapes, 10000));

  close_window (window);
}

static gboolean
text_mentions (GtkTextBuffer *buffer,
               const char    *text,
               GtkTextIter   *found)
{
  GtkTextIter start;

  gtk_text_buffer_get_start_iter (buffer, &start);

  return gtk_text_iter_forward_search (&start, text, 0, found, NULL, NULL);
}

static void
test_project_links_open_files (void)
{
  g_autofree char *root = fixture_make_pack (three_files_manifest);
  g_autoptr(DojoCourse) course = NULL;
  g_autoptr(GFile) made = NULL;
  DojoWindow *window;
  DojoEditor *editor;
  GtkTextBuffer *buffer;
  GtkTextIter cursor;
  gboolean handled = FALSE;

  write_three_files_pack (root);
  course = fixture_load_course (root);
  window = course_window (course, "three");

  /* The instructions' link: the file at its line. */
  buffer = dojo_lesson_view_get_buffer (dojo_window_get_lesson_view (window));
  g_assert_true (text_mentions (buffer, "shape()", &cursor));
  g_signal_emit_by_name (dojo_window_get_lesson_view (window), "activate-link",
                         "project:shapes.py#L2", &handled);
  g_assert_true (handled);
  editor = dojo_window_get_editor (window);
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_editor_get_file (editor)), "/shapes.py"));
  buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor));
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_line (&cursor), ==, 1);

  /* A file the learner is to make: the link makes it, empty. */
  made = g_file_get_child (project_dir (window), "helpers.py");
  g_assert_false (g_file_query_exists (made, NULL));
  g_signal_emit_by_name (dojo_window_get_lesson_view (window), "activate-link",
                         "project:helpers.py?new", &handled);
  g_assert_true (handled);
  g_assert_true (g_file_query_exists (made, NULL));
  g_assert_true (g_file_equal (dojo_editor_get_file (dojo_window_get_editor (window)), made));

  /* Nothing outside the project, and other links are not taken. */
  handled = FALSE;
  g_signal_emit_by_name (dojo_window_get_lesson_view (window), "activate-link",
                         "project:../escape.py", &handled);
  g_assert_false (handled);
  g_assert_true (g_file_equal (dojo_editor_get_file (dojo_window_get_editor (window)), made));

  close_window (window);
}

static gboolean
two_tabs (gpointer data)
{
  return dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (data)) == 2;
}

static gboolean
three_tabs (gpointer data)
{
  return dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (data)) == 3;
}

static void
test_tabs_remembered (void)
{
  g_autofree char *root = fixture_make_pack (three_files_manifest);
  g_autoptr(DojoCourse) course = NULL;
  DojoWindow *window;
  g_autoptr(GPtrArray) editors = NULL;

  write_three_files_pack (root);
  course = fixture_load_course (root);

  /* Three tabs, colors.py in view, then the window closes. */
  window = course_window (course, "three");
  g_assert_cmpuint (dojo_editor_tabs_get_n_editors (dojo_window_get_tabs (window)), ==, 1);
  open_from_file_list (window, "shapes.py");
  open_from_file_list (window, "colors.py");
  close_window (window);

  /* Next time: the same tabs, in the same order, the same one in view (the
   * others open just after it). */
  window = course_window (course, "three");
  g_assert_true (dojo_test_wait_for (three_tabs, window, 5000));
  editors = dojo_editor_tabs_list_editors (dojo_window_get_tabs (window));
  g_assert_cmpuint (editors->len, ==, 3);
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_editor_get_file (editors->pdata[0])),
                                   "/main.py"));
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_editor_get_file (editors->pdata[2])),
                                   "/colors.py"));
  g_assert_true (dojo_window_get_editor (window) == editors->pdata[2]);

  /* And the keyboard is in it: typing at once types into the code, not
   * into the first button of the window. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (editors->pdata[2])));

  close_window (window);
}

static DojoCourse *
builtin_course (void)
{
  g_autofree char *root = g_build_filename (g_getenv ("DOJO_CONTENT_DIR"), "python-roadmap",
                                            NULL);

  return fixture_load_course (root);
}

static char *
solution_text (DojoWindow *window,
               const char *name)
{
  DojoExercise *exercise = dojo_course_session_get_exercise (dojo_window_get_session (window));
  g_autoptr(GFile) file = g_file_resolve_relative_path (dojo_exercise_get_solution_file (exercise),
                                                        name);

  return read_file (file);
}

/* Types @name's model solution into its tab, opened from the Files list. */
static void
type_solution (DojoWindow *window,
               const char *name)
{
  g_autofree char *text = solution_text (window, name);

  g_assert_nonnull (text);
  type_text (open_from_file_list (window, name), text);
}

/* What git recorded of @name in the last commit (git show HEAD:name) is
 * its solution, typed a moment before the commit. */
static void
assert_committed (DojoWindow *window,
                  const char *name)
{
  g_autoptr(DojoRepo) repo = dojo_repo_open (project_dir (window), NULL);
  g_autoptr(GBytes) committed = dojo_repo_show_file (repo, "HEAD", name, NULL);
  g_autofree char *text = solution_text (window, name);

  g_assert_nonnull (committed);
  g_assert_cmpmem (g_bytes_get_data (committed, NULL), g_bytes_get_size (committed),
                   text, strlen (text));
}

static gboolean
commit_made (gpointer data)
{
  DojoRepo *repo = data;
  g_autofree char *head = dojo_repo_get_head_id (repo);

  return head != NULL && g_strcmp0 (head, g_object_get_data (G_OBJECT (repo), "before")) != 0;
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* Commit… (Ctrl+K), a message, Commit: the first time, git asks who the
 * learner is. */
static void
commit_in_dialog (DojoWindow *window,
                  const char *message)
{
  g_autoptr(DojoRepo) repo = dojo_repo_open (project_dir (window), NULL);
  DojoCommitDialog *dialog;

  g_object_set_data_full (G_OBJECT (repo), "before", dojo_repo_get_head_id (repo), g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.commit", NULL));
  dialog = DOJO_COMMIT_DIALOG (wait_for_window (DOJO_TYPE_COMMIT_DIALOG, NULL));

  /* The first time, the commit dialog asks who the learner is. */
  if (!dojo_repo_get_identity (repo, NULL, NULL))
    {
      DojoIdentityDialog *identity =
        DOJO_IDENTITY_DIALOG (wait_for_window (DOJO_TYPE_IDENTITY_DIALOG, NULL));

      dojo_identity_dialog_set_name (identity, "Ada Lovelace");
      dojo_identity_dialog_set_email (identity, "ada@example.org");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (identity), "identity.save", NULL));
      dojo_test_spin (100);
    }

  g_assert_true (dojo_test_wait_for (commit_dialog_loaded, dialog, 10000));
  dojo_commit_dialog_set_message (dialog, message);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (commit_made, repo, 10000));
  /* It closes once it committed. */
  g_assert_true (dojo_test_wait_for (pointer_cleared, &dialog, 10000));
}

static void
test_project_1_solved_in_app (void)
{
  g_autoptr(DojoCourse) course = builtin_course ();
  DojoWindow *window = course_window (course, "project-1-todo-cli");
  g_autoptr(GPtrArray) editors = NULL;

  /* It opens its three files, tasks.py first, as its instructions begin. */
  g_assert_true (dojo_test_wait_for (three_tabs, window, 5000));
  editors = dojo_editor_tabs_list_editors (dojo_window_get_tabs (window));
  g_assert_cmpuint (editors->len, ==, 3);
  g_assert_true (g_str_has_suffix (g_file_peek_path (dojo_editor_get_file (
    dojo_window_get_editor (window))), "/tasks.py"));

  /* Step by step, a commit after each, as the instructions ask. */
  type_solution (window, "tasks.py");
  commit_in_dialog (window, "Add the task functions");
  assert_committed (window, "tasks.py");
  type_solution (window, "storage.py");
  commit_in_dialog (window, "Store the tasks in a JSON file");
  assert_committed (window, "storage.py");
  type_solution (window, "todo.py");
  commit_in_dialog (window, "Add the command-line interface");
  assert_committed (window, "todo.py");

  assert_passes (check (window));

  close_window (window);
}

static void
test_own_module_solved_in_app (void)
{
  g_autoptr(DojoCourse) course = builtin_course ();
  DojoWindow *window = course_window (course, "p3-own-module");

  g_assert_true (dojo_test_wait_for (two_tabs, window, 5000));
  type_solution (window, "geometry.py");
  type_solution (window, "main.py");
  assert_passes (check (window));

  close_window (window);
}

/* ------------------------------------------------------------------------ */

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/project-ui/outside-change-shown", test_outside_change_shown);
  g_test_add_func ("/project-ui/outside-change-while-typing-keeps-both",
                   test_outside_change_while_typing_keeps_both);
  g_test_add_func ("/project-ui/outside-delete-while-typing-keeps-text",
                   test_outside_delete_while_typing_keeps_text);
  g_test_add_func ("/project-ui/outside-delete-closes-saved-tab",
                   test_outside_delete_closes_saved_tab);
  g_test_add_func ("/project-ui/commit-dialog-commits-typed-text",
                   test_commit_dialog_commits_typed_text);
  g_test_add_func ("/project-ui/restore-then-run", test_restore_then_run);
  g_test_add_func ("/project-ui/terminals-follow-next-item", test_terminals_follow_next_item);
  g_test_add_func ("/project-ui/reset-to-starter", test_reset_to_starter);
  g_test_add_func ("/project-ui/three-file-project", test_three_file_project);
  g_test_add_func ("/project-ui/run-this-file", test_run_this_file);
  g_test_add_func ("/project-ui/project-links-open-files", test_project_links_open_files);
  g_test_add_func ("/project-ui/tabs-remembered", test_tabs_remembered);
  g_test_add_func ("/project-ui/project-1-solved-in-app", test_project_1_solved_in_app);
  g_test_add_func ("/project-ui/own-module-solved-in-app", test_own_module_solved_in_app);

  return g_test_run ();
}
