/* test-vcs-ui.c: the version control widgets, driven the way a keyboard user would
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dojo-branch-dialog.h"
#include "dojo-commit-dialog.h"
#include "dojo-diff-view.h"
#include "dojo-history-view.h"
#include "dojo-identity-dialog.h"
#include "dojo-repo.h"
#include "dojo-vcs-button.h"
#include "dojo-vcs-util.h"
#include "dojo-test-git.h"
#include "dojo-test-hang.h"
#include "dojo-test-widget.h"

/* Helpers */

/* A project with main.py committed once, as "First version". */
static DojoRepo *
make_repo (char **dir_out)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('one')\n");
  id = dojo_repo_commit (repo, "First version", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);

  *dir_out = g_steal_pointer (&dir);

  return g_steal_pointer (&repo);
}

static char *
commit (DojoRepo   *repo,
        const char *message)
{
  g_autoptr(GError) error = NULL;
  char *id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);

  g_assert_no_error (error);

  return id;
}

static DojoCommitInfo *
last_commit (DojoRepo *repo)
{
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 1, NULL);

  g_assert_nonnull (log);
  g_assert_cmpuint (log->len, ==, 1);

  return dojo_commit_info_copy (g_ptr_array_index (log, 0));
}

static guint
count_commits (DojoRepo *repo)
{
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 1000, NULL);

  return log ? log->len : 0;
}

/* The first visible toplevel of @type, other than @except. */
static GtkWindow *
find_window (GType      type,
             GtkWindow *except)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && l->data != except
          && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

typedef struct
{
  GType      type;
  GtkWindow *window;
} FindData;

static gboolean
window_shown (gpointer data)
{
  FindData *find = data;

  find->window = find_window (find->type, NULL);

  return find->window != NULL;
}

static GtkWindow *
wait_for_window (GType type)
{
  FindData find = { type, NULL };

  g_assert_true (dojo_test_wait_for (window_shown, &find, 10000));

  return find.window;
}

static gboolean
window_gone (gpointer data)
{
  return find_window (GPOINTER_TO_SIZE (data), NULL) == NULL;
}

static void
destroy_all_windows (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
wait_loaded (DojoCommitDialog *dialog)
{
  return dojo_test_wait_for ((DojoTestCondition)dojo_commit_dialog_get_loaded, dialog, 10000);
}

/* DojoVcsButton */

typedef struct
{
  DojoVcsButton *button;
  const char    *label;
} LabelData;

static gboolean
button_says (gpointer data)
{
  LabelData *expect = data;

  return g_strcmp0 (dojo_vcs_button_get_label (expect->button), expect->label) == 0;
}

static void
assert_button_says (DojoVcsButton *button,
                    const char    *label)
{
  LabelData expect = { button, label };

  if (!dojo_test_wait_for (button_says, &expect, 10000))
    g_error ("the button says “%s”, not “%s”", dojo_vcs_button_get_label (button), label);
}

static void
test_button_counts_changes (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoVcsButton *button;
  GtkWidget *menu_button;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  dojo_test_show_in_window (GTK_WIDGET (button), 900, 600);
  dojo_vcs_button_set_repo (button, repo);

  assert_button_says (button, "No changes");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

  /* The learner edits a file: the monitor notices, without a manual refresh. */
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  assert_button_says (button, "1 change");
  menu_button = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (button)));
  g_assert_true (GTK_IS_MENU_BUTTON (menu_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==,
                   "1 file changed since your last commit");

  dojo_test_write_file (dir, "helper.py", "x = 1\n");
  assert_button_says (button, "2 changes");
  g_assert_cmpuint (dojo_vcs_button_get_n_changes (button), ==, 2);

  /* A commit made with git in the terminal shows too. */
  g_free (dojo_test_git (dir, "add", "-A", NULL));
  g_free (dojo_test_git (dir, "commit", "-q", "-m", "Commit from the terminal", NULL));
  assert_button_says (button, "No changes");

  destroy_all_windows ();
}

static void
on_filtered (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_auto(GStrv) ignored = dojo_repo_filter_ignored_finish (DOJO_REPO (source), result, NULL);

  g_assert_cmpstrv (ignored, ((const char *[]) { "sub/notes.txt", NULL }));
  *(gboolean *)data = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

/* A project whose sub/.gitignore is a FIFO no one writes (a file on a disk
 * that hangs); git's status skips sub/, which .gitignore names, without
 * reading it. */
static DojoRepo *
make_repo_with_fifo (char         **dir_out,
                     char         **gitignore_out,
                     DojoTestFifo  *fifo)
{
  g_autoptr(DojoRepo) repo = make_repo (dir_out);
  g_autofree char *id = NULL;

  dojo_test_write_file (*dir_out, ".gitignore", "sub/\n");
  id = commit (repo, "Ignore sub");
  dojo_test_write_file (*dir_out, "sub/notes.txt", "mine\n");
  *gitignore_out = g_build_filename (*dir_out, "sub", ".gitignore", NULL);
  dojo_test_fifo_make (fifo, *gitignore_out);

  return g_steal_pointer (&repo);
}

/* Holds @repo from a worker: a question about sub/notes.txt, which waits in
 * open() on the FIFO. *@filtered is set once it is answered. */
static void
hold_repo (DojoRepo     *repo,
           DojoTestFifo *fifo,
           gboolean     *filtered)
{
  const char *paths[] = { "sub/notes.txt", NULL };

  dojo_test_fifo_start_watchdog (fifo);
  dojo_repo_filter_ignored_async (repo, paths, NULL, on_filtered, filtered);
  g_usleep (200 * 1000);
}

/* A project whose repository cannot be read yet (its .git/config a FIFO,
 * as on a disk that hangs): the button takes the folder at once and says
 * "Checking…", the window goes on, and once git answers the button shows
 * the project's status. (Opened on the main thread, the window stopped
 * until the disk answered: a learner moving to another project.) */
static void
test_button_opens_in_worker (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *config = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GFile) folder = NULL;
  DojoTestFifo fifo;
  DojoTestBeat beat;
  DojoVcsButton *button;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  g_clear_object (&repo);
  folder = g_file_new_for_path (dir);
  config = g_build_filename (dir, ".git", "config", NULL);
  g_assert_true (g_file_get_contents (config, &contents, NULL, NULL));
  g_assert_no_errno (g_unlink (config));
  dojo_test_fifo_make (&fifo, config);

  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  dojo_test_show_in_window (GTK_WIDGET (button), 900, 600);

  dojo_test_fifo_start_watchdog (&fifo);
  dojo_test_beat_start (&beat);
  dojo_vcs_button_set_directory (button, folder);
  dojo_test_spin (500);
  g_assert_cmpfloat (dojo_test_beat_stop (&beat), <, dojo_test_beat_limit_ms ());
  g_assert_false (dojo_test_fifo_released (&fifo));
  g_assert_true (dojo_vcs_button_get_checking (button));
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "Checking…");
  g_assert_null (dojo_vcs_button_get_repo (button));

  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, contents);
  assert_button_says (button, "No changes");
  g_assert_false (dojo_vcs_button_get_checking (button));
  g_assert_nonnull (dojo_vcs_button_get_repo (button));

  destroy_all_windows ();
}

/* The button reads all it shows (status, branch, HEAD, a merge) in the
 * worker: when the read ends while something else holds the repository
 * (here: a question about sub/notes.txt, waiting in open() on
 * sub/.gitignore, a FIFO, as on a disk that hangs), the window goes on. */
static void
test_button_never_waits (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *gitignore = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  gboolean filtered = FALSE;
  DojoTestFifo fifo;
  DojoTestBeat beat;
  DojoVcsButton *button;

  dojo_test_set_identity ();
  repo = make_repo_with_fifo (&dir, &gitignore, &fifo);

  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  dojo_test_show_in_window (GTK_WIDGET (button), 900, 600);
  dojo_vcs_button_set_repo (button, repo);
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  assert_button_says (button, "1 change");

  /* Quiet first: the monitor has nothing more to say. */
  dojo_test_spin (1000);

  /* A read whose answer waits for the main loop, then the repository held. */
  dojo_vcs_button_refresh (button);
  g_usleep (500 * 1000 * dojo_test_slowness ());
  hold_repo (repo, &fifo, &filtered);

  dojo_test_beat_start (&beat);
  dojo_test_spin (500);
  g_assert_cmpfloat (dojo_test_beat_stop (&beat), <, dojo_test_beat_limit_ms ());
  g_assert_false (dojo_test_fifo_released (&fifo));
  g_assert_false (filtered);
  g_assert_false (dojo_vcs_button_get_checking (button));
  g_assert_cmpstr (dojo_vcs_button_get_label (button), ==, "1 change");

  /* Refreshes asked while git is held: one read waits, the others are
   * one more read after it; the button then shows what git says. */
  for (guint i = 0; i < 20; i++)
    dojo_vcs_button_refresh (button);

  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, "");
  g_assert_true (dojo_test_wait_for (is_true, &filtered, 10000));
  dojo_test_write_file (dir, "helper.py", "x = 1\n");
  assert_button_says (button, "2 changes");

  destroy_all_windows ();
}

static gboolean
commit_count_is (gpointer data)
{
  gpointer *args = data;

  return count_commits (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_commits (DojoRepo *repo,
                  guint     n)
{
  gpointer args[2] = { repo, GUINT_TO_POINTER (n) };

  if (!dojo_test_wait_for (commit_count_is, args, 10000))
    g_error ("%u commits, not %u", count_commits (repo), n);
}

/* The dialog reads what it shows (the changes, the branch, a merge, the
 * name git signs with) in its worker: opened while the repository is held,
 * it comes, and the window goes on, until git can answer. */
static void
test_commit_dialog_never_waits (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *gitignore = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  gboolean filtered = FALSE;
  DojoTestFifo fifo;
  DojoTestBeat beat;
  DojoCommitDialog *dialog;
  GtkEditable *entry;

  dojo_test_set_identity ();
  repo = make_repo_with_fifo (&dir, &gitignore, &fifo);
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  hold_repo (repo, &fifo, &filtered);

  dojo_test_beat_start (&beat);
  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, dialog, 2000));
  /* The learner starts typing while git is held. */
  entry = GTK_EDITABLE (dojo_test_find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY));
  gtk_editable_set_text (entry, "Say two");
  dojo_test_spin (300);
  g_assert_cmpfloat (dojo_test_beat_stop (&beat), <, dojo_test_beat_limit_ms ());
  g_assert_false (dojo_test_fifo_released (&fifo));
  g_assert_false (dojo_commit_dialog_get_loaded (dialog));

  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, "");
  g_assert_true (wait_loaded (dialog));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Say two");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  wait_for_commits (repo, 3);
  g_assert_null (find_window (DOJO_TYPE_IDENTITY_DIALOG, NULL));
  g_assert_true (dojo_test_wait_for (is_true, &filtered, 10000));

  destroy_all_windows ();
}

static void
test_button_start_tracking (void)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoCommitInfo) info = NULL;
  DojoVcsButton *button;
  DojoCommitDialog *dialog;
  DojoRepo *repo;

  dojo_test_set_identity ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  dojo_test_write_file (dir, "main.py", "print('hello')\n");

  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  dojo_test_show_in_window (GTK_WIDGET (button), 900, 600);
  dojo_vcs_button_set_directory (button, folder);

  /* git is asked in a worker; no repository there, it says so. */
  assert_button_says (button, "Start Tracking");
  g_assert_false (dojo_vcs_button_get_checking (button));
  g_assert_null (dojo_vcs_button_get_repo (button));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (button), "vcs.start-tracking", NULL));
  repo = dojo_vcs_button_get_repo (button);
  g_assert_nonnull (repo);

  /* Nothing committed yet: new files, not "changes" since a commit that
   * never happened. */
  assert_button_says (button, "2 new files");

  /* The first commit goes through the commit dialog, with a message ready. */
  dialog = DOJO_COMMIT_DIALOG (wait_for_window (DOJO_TYPE_COMMIT_DIALOG));
  g_assert_cmpstr (dojo_commit_dialog_get_message (dialog), ==, "Start tracking the project");
  g_assert_true (wait_loaded (dialog));
  /* main.py, and the .gitignore that Dojo starts a repository with. */
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));

  wait_for_commits (repo, 1);
  info = last_commit (repo);
  g_assert_cmpstr (info->summary, ==, "Start tracking the project");
  assert_button_says (button, "No changes");

  destroy_all_windows ();
}

/* DojoCommitDialog */

static void
test_commit_dialog_message (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) info = NULL;
  DojoCommitDialog *dialog;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  dojo_test_write_file (dir, "main.py", "print('hello, ' + input('Name? '))\n");

  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_loaded (dialog));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 1);
  g_assert_null (find_window (DOJO_TYPE_IDENTITY_DIALOG, NULL));

  /* The change is shown in words, and as git prints it on request (test-vcs
   * compares that with git). */
  {
    g_autoptr(DojoDiff) diff = dojo_repo_diff (repo, NULL, NULL, NULL);
    DojoDiffView *view = DOJO_DIFF_VIEW (dojo_test_find_widget_of_type (GTK_WIDGET (dialog),
                                                                        DOJO_TYPE_DIFF_VIEW));
    g_autofree char *shown = dojo_diff_view_dup_text (view);
    g_autofree char *patch = NULL;

    g_assert_true (g_str_has_prefix (shown, "main.py   Changed · 1 line removed, 1 line added\n"));
    dojo_diff_view_set_unified (view, TRUE);
    patch = dojo_diff_view_dup_text (view);
    dojo_diff_view_set_unified (view, FALSE);
    g_assert_cmpstr (patch, ==, dojo_diff_get_patch (diff));
  }

  /* An empty message is refused, with guidance. */
  g_assert_nonnull (strstr (dojo_commit_dialog_get_hint (dialog), "Say what you changed"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  dojo_test_spin (300);
  g_assert_cmpuint (count_commits (repo), ==, 1);

  /* So is a word that says nothing. */
  dojo_commit_dialog_set_message (dialog, "fix");
  g_assert_nonnull (strstr (dojo_commit_dialog_get_hint (dialog), "“fix” alone"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  dojo_test_spin (300);
  g_assert_cmpuint (count_commits (repo), ==, 1);

  /* A summary far too long for the history list. */
  dojo_commit_dialog_set_message (dialog, "Add a greeting for the user that asks for their name "
                                          "and then prints it back politely");
  g_assert_nonnull (strstr (dojo_commit_dialog_get_hint (dialog), "characters long"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  dojo_test_spin (300);
  g_assert_cmpuint (count_commits (repo), ==, 1);

  dojo_commit_dialog_set_message (dialog, "Add a greeting for the user");
  g_assert_nonnull (strstr (dojo_commit_dialog_get_hint (dialog), "Good"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));

  wait_for_commits (repo, 2);
  info = last_commit (repo);
  g_assert_cmpstr (info->summary, ==, "Add a greeting for the user");
  g_assert_cmpstr (info->author_name, ==, "Ada Lovelace");
  /* The dialog closes once the commit is made. */
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_COMMIT_DIALOG),
                                     10000));

  destroy_all_windows ();
}

/* A learner who unpacks a big data set into the project: the dialog lists
 * and shows the first files and sums up the rest, and the commit takes all. */
static void
test_commit_dialog_many_files (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *data = NULL;
  g_autofree char *text = NULL;
  g_autofree char *porcelain = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoCommitDialog *dialog;
  GtkListBox *list;
  GtkListBoxRow *last;
  GtkWidget *label;
  guint n_rows = 0;
  const guint n_new = DOJO_VCS_SHOWN_FILES + 30;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  data = g_build_filename (dir, "data", NULL);
  g_assert_cmpint (g_mkdir_with_parents (data, 0755), ==, 0);
  for (guint i = 0; i < n_new; i++)
    {
      g_autofree char *name = g_strdup_printf ("data/row%04u.txt", i);

      dojo_test_write_file (dir, name, "1,2,3\n");
    }

  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_loaded (dialog));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, n_new);

  /* "All changes", the first DOJO_VCS_SHOWN_FILES files, "…and 30 more files". */
  list = GTK_LIST_BOX (dojo_test_find_widget_of_type (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX));
  while (gtk_list_box_get_row_at_index (list, n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 1 + DOJO_VCS_SHOWN_FILES + 1);
  last = gtk_list_box_get_row_at_index (list, n_rows - 1);
  label = gtk_list_box_row_get_child (last);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "…and 30 more files");
  g_assert_false (gtk_list_box_row_get_selectable (last));

  text = dojo_diff_view_dup_text (DOJO_DIFF_VIEW (
    dojo_test_find_widget_of_type (GTK_WIDGET (dialog), DOJO_TYPE_DIFF_VIEW)));
  g_assert_nonnull (strstr (text, "data/row0000.txt   New file · 1 line added\n"));
  g_assert_null (strstr (text, "data/row0229.txt"));
  g_assert_true (g_str_has_suffix (text, "(…and 30 more files, not shown here.)\n"));

  /* Everything is committed, shown or not. */
  dojo_commit_dialog_set_message (dialog, "Add the measurements");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  wait_for_commits (repo, 2);
  {
    const char *argv[] = { "git", "status", "--porcelain", NULL };
    g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "GIT_CONFIG_NOSYSTEM", "1", TRUE);

    g_assert_true (g_spawn_sync (dir, (char **)argv, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &porcelain, NULL, NULL, NULL));
    g_assert_cmpstr (porcelain, ==, "");
  }

  destroy_all_windows ();
  dojo_test_remove_project ("project");
}

static void
test_commit_dialog_nothing_to_commit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoCommitDialog *dialog;

  dojo_test_set_identity ();
  repo = make_repo (&dir);

  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_loaded (dialog));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 0);

  dojo_commit_dialog_set_message (dialog, "Add a greeting for the user");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL);
  dojo_test_spin (300);
  g_assert_cmpuint (count_commits (repo), ==, 1);

  destroy_all_windows ();
}

static void
test_commit_dialog_asks_identity (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *gitconfig = NULL;
  g_autofree char *config_text = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) info = NULL;
  DojoCommitDialog *dialog;
  DojoIdentityDialog *identity;

  /* A first commit needs a name, so set one just for it, then remove it. */
  dojo_test_set_identity ();
  repo = make_repo (&dir);
  gitconfig = g_build_filename (g_get_home_dir (), ".gitconfig", NULL);
  g_assert_cmpint (g_remove (gitconfig), ==, 0);
  g_assert_false (dojo_repo_get_identity (repo, NULL, NULL));

  dojo_test_write_file (dir, "main.py", "print('hi')\n");
  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));

  /* The lesson about names comes first. */
  identity = DOJO_IDENTITY_DIALOG (wait_for_window (DOJO_TYPE_IDENTITY_DIALOG));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (identity)) == GTK_WINDOW (dialog));

  dojo_identity_dialog_set_name (identity, "Grace Hopper");
  dojo_identity_dialog_set_email (identity, "grace");
  g_assert_nonnull (strstr (dojo_identity_dialog_get_hint (identity), "looks like"));
  gtk_widget_activate_action (GTK_WIDGET (identity), "identity.save", NULL);
  dojo_test_spin (100);
  g_assert_false (dojo_repo_get_identity (repo, NULL, NULL));

  dojo_identity_dialog_set_email (identity, "grace@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (identity), "identity.save", NULL));
  dojo_test_spin (100);
  g_assert_null (find_window (DOJO_TYPE_IDENTITY_DIALOG, NULL));

  /* Saved where `git` in the terminal reads it. */
  g_assert_true (g_file_get_contents (gitconfig, &config_text, NULL, NULL));
  g_assert_nonnull (strstr (config_text, "Grace Hopper"));

  g_assert_true (wait_loaded (dialog));
  dojo_commit_dialog_set_message (dialog, "Say hi");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  wait_for_commits (repo, 2);
  info = last_commit (repo);
  g_assert_cmpstr (info->author_name, ==, "Grace Hopper");
  g_assert_cmpstr (info->author_email, ==, "grace@example.org");

  destroy_all_windows ();
}

/* DojoHistoryView */

static gboolean
history_idle (gpointer data)
{
  return !dojo_history_view_get_busy (data);
}

static void
wait_history (DojoHistoryView *view)
{
  dojo_test_spin (20);
  g_assert_true (dojo_test_wait_for (history_idle, view, 10000));
}

static gboolean
message_dialog_shown (gpointer data)
{
  GtkWindow **out = data;

  *out = find_window (ADW_TYPE_MESSAGE_DIALOG, NULL);

  return *out != NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  GtkWindow *dialog = NULL;

  g_assert_true (dojo_test_wait_for (message_dialog_shown, &dialog, 10000));

  return ADW_MESSAGE_DIALOG (dialog);
}

typedef struct
{
  const char *dir;
  const char *expected;
} FileData;

static gboolean
file_holds (gpointer data)
{
  FileData *file = data;
  g_autofree char *text = dojo_test_read_file (file->dir, "main.py");

  return g_str_equal (text, file->expected);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_history_restore_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second_id = NULL;
  g_autofree char *row = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) first = NULL;
  DojoHistoryView *view;
  AdwMessageDialog *dialog;
  FileData restored = { NULL, "print('one')\n" };

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  restored.dir = dir;
  first = last_commit (repo);
  first_id = g_strdup (first->id);
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  second_id = commit (repo, "Print two instead of one");

  view = DOJO_HISTORY_VIEW (dojo_history_view_new (repo));
  dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  wait_history (view);

  /* Newest first, with a time a person reads. */
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 2);
  row = dojo_history_view_dup_commit_text (view, 0);
  g_assert_cmpstr (row, ==, "Print two instead of one\njust now · 1 file");

  /* A commit shows what it changed against its parent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s",
                                             second_id));
  wait_history (view);
  g_assert_cmpstr (dojo_history_view_get_selected_id (view), ==, second_id);
  diff = dojo_history_view_dup_diff_text (view);
  g_assert_nonnull (strstr (diff, "-print('one')"));
  g_assert_nonnull (strstr (diff, "+print('two')"));

  /* The first one has no parent: everything in it is new. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s",
                                             first_id));
  wait_history (view);
  g_clear_pointer (&diff, g_free);
  diff = dojo_history_view_dup_diff_text (view);
  g_assert_nonnull (strstr (diff, "main.py   New file · 1 line added\n"));
  g_assert_nonnull (strstr (diff, "+print('one')"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-file", "s",
                                             "main.py"));

  /* Restoring asks first; cancelling changes nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "Replace main.py with the version from just now?"));
  respond (dialog, "cancel");
  dojo_test_spin (200);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('two')\n");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  respond (wait_for_message_dialog (), "replace");
  g_assert_true (dojo_test_wait_for (file_holds, &restored, 10000));
  wait_history (view);
  g_assert_nonnull (strstr (dojo_history_view_get_banner (view),
                            "main.py now has its content from"));

  /* Over a file with uncommitted work, "Replace" is not offered: the
   * learner must choose to commit first or to replace anyway. */
  dojo_test_write_file (dir, "main.py", "print('mine')\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog),
                            "kept in history only if you commit it first"));
  g_assert_false (adw_message_dialog_has_response (dialog, "replace"));
  g_assert_true (adw_message_dialog_has_response (dialog, "commit"));
  respond (dialog, "cancel");
  dojo_test_spin (200);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('mine')\n");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  respond (wait_for_message_dialog (), "replace-anyway");
  g_assert_true (dojo_test_wait_for (file_holds, &restored, 10000));

  destroy_all_windows ();
}

/* A project of two commits (main.py prints one, then two), and its history
 * shown with the first commit selected. */
static DojoHistoryView *
history_at_first_commit (char     **dir_out,
                         DojoRepo **repo_out)
{
  g_autoptr(DojoCommitInfo) first = NULL;
  g_autofree char *id = NULL;
  DojoHistoryView *view;

  dojo_test_set_identity ();
  *repo_out = make_repo (dir_out);
  first = last_commit (*repo_out);
  dojo_test_write_file (*dir_out, "main.py", "print('two')\n");
  id = commit (*repo_out, "Print two");

  view = DOJO_HISTORY_VIEW (dojo_history_view_new (*repo_out));
  dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  wait_history (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s", first->id);
  wait_history (view);

  return view;
}

static void
select_newest (DojoHistoryView *view,
               DojoRepo        *repo)
{
  g_autoptr(DojoCommitInfo) newest = last_commit (repo);

  gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s", newest->id);
}

static void
test_history_restore_project (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) newest = NULL;
  DojoHistoryView *view = history_at_first_commit (&dir, &repo);
  AdwMessageDialog *dialog;

  /* Uncommitted work: the dialog says so and offers to commit it first. */
  dojo_test_write_file (dir, "main.py", "print('mine')\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  dialog = wait_for_message_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "not committed"));
  respond (dialog, "cancel");
  dojo_test_spin (200);
  g_assert_cmpuint (count_commits (repo), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  respond (wait_for_message_dialog (), "replace-anyway");

  /* A new commit: the history keeps everything. */
  wait_for_commits (repo, 3);
  newest = last_commit (repo);
  g_assert_true (g_str_has_prefix (newest->summary, "Restore the version from"));
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('one')\n");
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 3);

  destroy_all_windows ();
}

/* Show This Version: the file as the selected commit had it, in a window
 * of its own, read while the history goes on. */
static void
test_history_show_version (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view = history_at_first_commit (&dir, &repo);
  GtkWindow *window;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-file", "s",
                                             "main.py"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.show-file", NULL));
  window = wait_for_window (ADW_TYPE_WINDOW);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (window), "main.py, as it was "));
  text = dojo_diff_view_dup_text (DOJO_DIFF_VIEW (dojo_test_find_widget_of_type (GTK_WIDGET (window),
                                                                                DOJO_TYPE_DIFF_VIEW)));
  g_assert_cmpstr (text, ==, "print('one')\n");
  gtk_window_destroy (window);

  /* Asked, then another commit picked before git answered: no window for
   * the one left behind. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.show-file", NULL));
  select_newest (view, repo);
  wait_history (view);
  dojo_test_spin (200);
  g_assert_null (find_window (ADW_TYPE_WINDOW, NULL));

  destroy_all_windows ();
}

/* A learner clicking through commits faster than their changes are read:
 * the history ends idle, on the last one clicked, with its buttons on. */
static void
test_history_quick_selection (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view = history_at_first_commit (&dir, &repo);
  g_autofree char *first_id = g_strdup (dojo_history_view_get_selected_id (view));

  for (guint i = 0; i < 5; i++)
    {
      select_newest (view, repo);
      gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s", first_id);
    }
  wait_history (view);
  g_assert_cmpstr (dojo_history_view_get_selected_id (view), ==, first_id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  respond (wait_for_message_dialog (), "cancel");

  destroy_all_windows ();
}

/* Git has no name for the learner yet: restoring the project makes a
 * commit, so the history asks for the name, then restores as confirmed. */
static void
test_history_restore_asks_identity (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *gitconfig = g_build_filename (g_get_home_dir (), ".gitconfig", NULL);
  g_autofree char *text = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) newest = NULL;
  DojoHistoryView *view = history_at_first_commit (&dir, &repo);
  DojoIdentityDialog *identity;

  g_assert_cmpint (g_remove (gitconfig), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  respond (wait_for_message_dialog (), "replace");

  identity = DOJO_IDENTITY_DIALOG (wait_for_window (DOJO_TYPE_IDENTITY_DIALOG));
  g_assert_nonnull (strstr (dojo_history_view_get_banner (view), "name and email"));
  g_assert_cmpuint (count_commits (repo), ==, 2);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('two')\n");

  dojo_identity_dialog_set_name (identity, "Grace Hopper");
  dojo_identity_dialog_set_email (identity, "grace@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (identity), "identity.save", NULL));

  wait_for_commits (repo, 3);
  newest = last_commit (repo);
  g_assert_cmpstr (newest->author_name, ==, "Grace Hopper");
  g_assert_true (g_str_has_prefix (newest->summary, "Restore the version from"));
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('one')\n");
  wait_history (view);
  g_assert_nonnull (strstr (dojo_history_view_get_banner (view), "is back to"));

  destroy_all_windows ();
}

static void
test_history_pages (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *content = g_strdup_printf ("print(%u)\n", i);
      g_autofree char *message = g_strdup_printf ("Print %u", i);
      g_autofree char *id = NULL;

      dojo_test_write_file (dir, "main.py", content);
      id = commit (repo, message);
    }

  view = DOJO_HISTORY_VIEW (dojo_history_view_new (repo));
  dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 50);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.load-more", NULL));
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 61);

  destroy_all_windows ();
}

/* DojoBranchDialog */

static gboolean
branch_dialog_idle (gpointer data)
{
  return !dojo_branch_dialog_get_busy (data);
}

static void
test_branches (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoBranchDialog *dialog;
  const char *banner;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  dialog = dojo_branch_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  /* The branches are read in a worker. */
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));

  /* Invalid names are explained, and nothing is created. */
  dojo_branch_dialog_set_new_name (dialog, "my idea");
  g_assert_nonnull (strstr (dojo_branch_dialog_get_hint (dialog), "cannot contain spaces"));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_hint (dialog), "“my-idea”"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.create", NULL);
  g_assert_false (dojo_repo_switch_branch (repo, "my idea", NULL));

  dojo_branch_dialog_set_new_name (dialog, "main");
  g_assert_nonnull (strstr (dojo_branch_dialog_get_hint (dialog), "already a branch"));

  dojo_branch_dialog_set_new_name (dialog, "experiment-loops");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.create", NULL));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (dialog), "is ready"));
  dojo_branch_dialog_set_new_name (dialog, "experiment-loops");
  g_assert_nonnull (strstr (dojo_branch_dialog_get_hint (dialog), "already a branch"));
  dojo_branch_dialog_set_new_name (dialog, "");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.switch", "s",
                                             "experiment-loops"));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  branch = dojo_repo_get_current_branch (repo);
  g_assert_cmpstr (branch, ==, "experiment-loops");
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (dialog), "You are on"));

  dojo_test_write_file (dir, "main.py", "for i in range(3):\n    print(i)\n");
  id = commit (repo, "Try a loop");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.switch", "s", "main");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_clear_pointer (&branch, g_free);
  branch = dojo_repo_get_current_branch (repo);
  g_assert_cmpstr (branch, ==, "main");
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('one')\n");

  /* Uncommitted work is never overwritten by a switch: it is explained,
   * with a way to commit first. */
  dojo_test_write_file (dir, "main.py", "print('unsaved idea')\n");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.switch", "s", "experiment-loops");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_clear_pointer (&branch, g_free);
  branch = dojo_repo_get_current_branch (repo);
  g_assert_cmpstr (branch, ==, "main");
  banner = dojo_branch_dialog_get_banner (dialog);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "not committed"));
  g_assert_nonnull (strstr (banner, "Commit your changes first"));
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('unsaved idea')\n");

  /* Fast-forward merge brings the branch's commit in. */
  dojo_test_write_file (dir, "main.py", "print('one')\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.merge", "s",
                                             "experiment-loops"));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (dialog), "now has the commits"));
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "for i in range(3):\n    print(i)\n");

  /* Deleting a merged branch asks once; its commits stay on main. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.delete", "s",
                                             "experiment-loops"));
  respond (wait_for_message_dialog (), "delete");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (dialog), "is deleted"));
  g_assert_false (dojo_repo_switch_branch (repo, "experiment-loops", NULL));
  g_assert_cmpuint (count_commits (repo), ==, 2);

  /* A branch with commits no other branch has: the learner is told what
   * would be lost, and it goes only when they say so. */
  g_assert_true (dojo_repo_create_branch (repo, "idea", NULL));
  g_assert_true (dojo_repo_switch_branch (repo, "idea", NULL));
  dojo_test_write_file (dir, "main.py", "print('idea')\n");
  g_clear_pointer (&id, g_free);
  id = commit (repo, "An idea");
  g_assert_true (dojo_repo_switch_branch (repo, "main", NULL));
  dojo_branch_dialog_refresh (dialog);
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "branches.delete", "s",
                                             "idea"));
  respond (wait_for_message_dialog (), "delete");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  respond (wait_for_message_dialog (), "delete-anyway");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, dialog, 10000));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (dialog), "is deleted"));
  g_assert_false (dojo_repo_switch_branch (repo, "idea", NULL));

  destroy_all_windows ();
}

/* Detached HEAD */

static gboolean
attached (gpointer data)
{
  return !dojo_repo_is_detached (data);
}

static void
test_detached_head (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *head = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(DojoCommitInfo) first = NULL;
  g_autoptr(GError) error = NULL;
  DojoVcsButton *button;
  DojoHistoryView *view;
  DojoBranchDialog *branches;

  dojo_test_set_identity ();
  repo = make_repo (&dir);
  first = last_commit (repo);
  first_id = g_strdup (first->id);
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  id = commit (repo, "Print two");
  head = dojo_repo_restore (repo, first_id, DOJO_RESTORE_CHECKOUT, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_repo_is_detached (repo));

  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  dojo_test_show_in_window (GTK_WIDGET (button), 900, 600);
  dojo_vcs_button_set_repo (button, repo);
  assert_button_says (button, "Old version");

  view = DOJO_HISTORY_VIEW (dojo_history_view_new (repo));
  dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  wait_history (view);
  g_assert_nonnull (strstr (dojo_history_view_get_banner (view), "detached HEAD"));
  g_assert_nonnull (strstr (dojo_history_view_get_banner (view), "“main”"));

  /* The branch dialog says so too, once it has read the branches. */
  branches = dojo_branch_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (branches));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (branches), "detached HEAD"));
  g_assert_nonnull (strstr (dojo_branch_dialog_get_banner (branches), "“main”"));
  gtk_window_destroy (GTK_WINDOW (branches));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.back-to-branch", NULL));
  g_assert_true (dojo_test_wait_for (attached, repo, 10000));
  assert_button_says (button, "No changes");
  wait_history (view);
  g_assert_null (dojo_history_view_get_banner (view));

  destroy_all_windows ();
}

/* The branch dialog and the history read the branches and HEAD in a
 * worker: opened while the repository is held (a question waiting in
 * open() on a FIFO, as on a disk that hangs), they come, selecting a
 * commit does not wait, and the window goes on until git can answer. */
static void
test_branches_history_never_wait (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *gitignore = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  gboolean filtered = FALSE;
  DojoTestFifo fifo;
  DojoTestBeat beat;
  g_autoptr(DojoCommitInfo) last = NULL;
  DojoBranchDialog *branches;
  DojoHistoryView *view;

  dojo_test_set_identity ();
  repo = make_repo_with_fifo (&dir, &gitignore, &fifo);
  last = last_commit (repo);
  view = DOJO_HISTORY_VIEW (dojo_history_view_new (repo));
  dojo_test_show_in_window (GTK_WIDGET (view), 900, 600);
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 2);
  hold_repo (repo, &fifo, &filtered);

  dojo_test_beat_start (&beat);
  branches = dojo_branch_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (branches));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, branches, 2000));
  dojo_branch_dialog_set_new_name (branches, "experiment-loops");
  /* Clicking a commit, then reading the history again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s",
                                             last->id));
  dojo_history_view_reload (view);
  dojo_test_spin (300);
  g_assert_cmpfloat (dojo_test_beat_stop (&beat), <, dojo_test_beat_limit_ms ());
  g_assert_false (dojo_test_fifo_released (&fifo));
  g_assert_true (dojo_branch_dialog_get_busy (branches));
  g_assert_true (dojo_history_view_get_busy (view));

  g_assert_true (dojo_test_wait_for (dojo_test_fifo_open_writer, &fifo, 10000));
  dojo_test_fifo_release (&fifo, "");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 2);
  dojo_branch_dialog_set_new_name (branches, "main");
  g_assert_nonnull (strstr (dojo_branch_dialog_get_hint (branches), "already a branch"));
  g_assert_true (dojo_test_wait_for (is_true, &filtered, 10000));

  destroy_all_windows ();
}

/* Changes in words: the commit dialog and the history show what happened to
 * each file and its lines, never git's "@@ -1,2 +1,5 @@" hunk headers, unless
 * the learner asks for the unified diff. */

static gboolean
has_line_starting (const char *text,
                   const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        return TRUE;
    }

  return FALSE;
}

static void
assert_in_words (const char *text)
{
  if (has_line_starting (text, "@@") || has_line_starting (text, "--- ")
      || has_line_starting (text, "+++ ") || has_line_starting (text, "diff --git")
      || has_line_starting (text, "\\ No newline"))
    g_error ("git's patch lines in the readable view:\n%s", text);
}

/* Files: main.py changed, added.py new, gone.py deleted, old.py renamed to
 * new.py (same content), on top of a commit that had main.py, gone.py and
 * old.py. */
static DojoRepo *
make_mixed_change (char **dir_out)
{
  g_autofree char *dir = NULL;
  g_autofree char *second = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  DojoRepo *repo = make_repo (&dir);

  dojo_test_write_file (dir, "gone.py", "print('soon gone')\n");
  dojo_test_write_file (dir, "old.py",
                        "def greet(name: str) -> str:\n"
                        "    return 'Hello, ' + name\n"
                        "\n"
                        "\n"
                        "print(greet('Ada'))\n");
  second = commit (repo, "Add a greeting and a file to remove");
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  dojo_test_write_file (dir, "added.py", "x = 1\n");
  from = g_build_filename (dir, "old.py", NULL);
  to = g_build_filename (dir, "new.py", NULL);
  g_assert_cmpint (g_rename (from, to), ==, 0);
  g_free (from);
  from = g_build_filename (dir, "gone.py", NULL);
  g_assert_cmpint (g_unlink (from), ==, 0);

  *dir_out = g_steal_pointer (&dir);

  return repo;
}

static void
assert_names_every_file (const char *text)
{
  g_assert_nonnull (strstr (text, "main.py"));
  g_assert_nonnull (strstr (text, "added.py"));
  g_assert_nonnull (strstr (text, "gone.py"));
  g_assert_nonnull (strstr (text, "Renamed from old.py"));
  g_assert_nonnull (strstr (text, "New file"));
  g_assert_nonnull (strstr (text, "Deleted"));
  g_assert_nonnull (strstr (text, "Changed"));
}

static void
test_changes_in_words (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  GtkWidget *parent;
  DojoCommitDialog *dialog;
  DojoHistoryView *history;
  DojoDiffView *view;

  dojo_test_set_identity ();
  repo = make_mixed_change (&dir);

  parent = adw_window_new ();
  gtk_window_present (GTK_WINDOW (parent));
  dialog = dojo_commit_dialog_new (GTK_WINDOW (parent), repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (wait_loaded (dialog));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 4);

  view = DOJO_DIFF_VIEW (dojo_test_find_widget_of_type (GTK_WIDGET (dialog),
                                                        DOJO_TYPE_DIFF_VIEW));
  g_assert_nonnull (view);
  g_assert_false (dojo_diff_view_get_unified (view));
  text = dojo_diff_view_dup_text (view);
  assert_in_words (text);
  assert_names_every_file (text);
  g_assert_nonnull (strstr (text, "print('two')"));

  /* The toggle shows what `git diff` prints, and back. */
  dojo_diff_view_set_unified (view, TRUE);
  g_clear_pointer (&text, g_free);
  text = dojo_diff_view_dup_text (view);
  g_assert_true (has_line_starting (text, "@@ -1 +1 @@"));
  dojo_diff_view_set_unified (view, FALSE);
  g_clear_pointer (&text, g_free);
  text = dojo_diff_view_dup_text (view);
  assert_in_words (text);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The same change once committed, in the history. */
  id = commit (repo, "Rename, remove, add and change");
  history = dojo_history_view_present (GTK_WINDOW (parent), repo);
  wait_history (history);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.select-commit", "s",
                                             id));
  wait_history (history);
  g_clear_pointer (&text, g_free);
  text = dojo_history_view_dup_diff_text (history);
  assert_in_words (text);
  assert_names_every_file (text);

  destroy_all_windows ();
}

/* Screenshots for docs/screenshots/, only when DOJO_VCS_SCREENSHOT_DIR is
 * set: `DOJO_VCS_SCREENSHOT_DIR=docs/screenshots test-vcs-ui -p /vcs-ui/screenshots` */

static void
save_screenshot (GtkWidget  *widget,
                 const char *name,
                 const char *variant)
{
  g_autofree char *file = g_strdup_printf ("vcs-%s-%s.png", name, variant);
  g_autofree char *path = g_build_filename (g_getenv ("DOJO_VCS_SCREENSHOT_DIR"), file, NULL);

  dojo_test_save_screenshot (widget, path);
}

/* Any language: the German screenshots wait for the same state. */
static gboolean
button_counted (gpointer data)
{
  return dojo_vcs_button_get_n_changes (data) >= 4;
}

static void
take_screenshots (const char *variant)
{
  g_autofree char *dir = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autofree char *merge = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  GtkWidget *header_window;
  GtkWidget *box;
  GtkWidget *header;
  DojoVcsButton *button;
  DojoCommitDialog *commit_dialog;
  DojoIdentityDialog *identity;
  DojoHistoryView *history;
  DojoBranchDialog *branches;
  AdwMessageDialog *message;

  repo = make_repo (&dir);
  dojo_test_write_file (dir, "main.py", "name = input('What is your name? ')\n");
  dojo_test_write_file (dir, "notes.txt", "Ask for the name first.\n");
  second = commit (repo, "Ask for the user's name");
  dojo_test_write_file (dir, "main.py",
                        "name = input('What is your name? ')\nprint('Hello,', name)\n");
  third = commit (repo, "Add a greeting for the user");

  /* A branch that went its own way and was merged back, for the graph. */
  g_assert_true (dojo_repo_create_branch (repo, "shout", NULL));
  g_assert_true (dojo_repo_switch_branch (repo, "shout", NULL));
  dojo_test_write_file (dir, "helper.py",
                        "def shout(text: str) -> str:\n    return text.upper() + '!'\n");
  g_free (commit (repo, "Add a helper that shouts"));
  g_assert_true (dojo_repo_switch_branch (repo, "main", NULL));
  dojo_test_write_file (dir, "main.py",
                        "name = input('What is your name? ').strip()\nprint('Hello,', name)\n");
  g_free (commit (repo, "Ignore spaces around the name"));
  g_assert_cmpint (dojo_repo_merge (repo, "shout", &merge, NULL, NULL), ==, DOJO_MERGE_COMMITTED);

  /* Uncommitted: a changed file, a new one, a deleted one and a renamed one. */
  {
    g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);

    g_assert_cmpint (g_remove (notes), ==, 0);
  }
  dojo_test_write_file (dir, "main.py",
                        "name = input('What is your name? ').strip()\n"
                        "if name:\n    print('Hello,', name)\n"
                        "else:\n    print('Hello, stranger')\n");
  dojo_test_write_file (dir, "README.md", "# Greeter\n\nSays hello to whoever runs it.\n");
  {
    g_autofree char *from = g_build_filename (dir, "helper.py", NULL);
    g_autofree char *to = g_build_filename (dir, "text_tools.py", NULL);

    g_assert_cmpint (g_rename (from, to), ==, 0);
  }

  /* The button in a header bar. */
  header_window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (header_window), 560, 46);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), gtk_label_new ("Dojo"));
  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (button));
  gtk_box_append (GTK_BOX (box), header);
  adw_window_set_content (ADW_WINDOW (header_window), box);
  gtk_window_present (GTK_WINDOW (header_window));
  dojo_vcs_button_set_repo (button, repo);
  g_assert_true (dojo_test_wait_for (button_counted, button, 10000));
  save_screenshot (header_window, "button", variant);
  {
    GtkWidget *menu_button = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (button)));
    GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));

    gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
    save_screenshot (GTK_WIDGET (popover), "menu", variant);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  }

  commit_dialog = dojo_commit_dialog_new (GTK_WINDOW (header_window), repo);
  gtk_window_present (GTK_WINDOW (commit_dialog));
  g_assert_true (wait_loaded (commit_dialog));
  dojo_commit_dialog_set_message (commit_dialog, "Greet strangers too");
  save_screenshot (GTK_WIDGET (commit_dialog), "commit", variant);

  dojo_commit_dialog_set_message (commit_dialog, "update");
  save_screenshot (GTK_WIDGET (commit_dialog), "commit-hint", variant);

  identity = dojo_identity_dialog_new (GTK_WINDOW (commit_dialog), NULL);
  dojo_identity_dialog_set_name (identity, "Ada Lovelace");
  dojo_identity_dialog_set_email (identity, "ada@");
  gtk_window_present (GTK_WINDOW (identity));
  save_screenshot (GTK_WIDGET (identity), "identity", variant);
  gtk_window_destroy (GTK_WINDOW (identity));
  gtk_window_destroy (GTK_WINDOW (commit_dialog));

  history = dojo_history_view_present (GTK_WINDOW (header_window), repo);
  wait_history (history);
  gtk_widget_activate_action (GTK_WIDGET (history), "history.select-commit", "s", merge);
  wait_history (history);
  save_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (history))), "history", variant);

  gtk_widget_activate_action (GTK_WIDGET (history), "history.select-commit", "s", second);
  wait_history (history);
  gtk_widget_activate_action (GTK_WIDGET (history), "history.select-file", "s", "main.py");
  gtk_widget_activate_action (GTK_WIDGET (history), "history.restore-file", NULL);
  message = wait_for_message_dialog ();
  save_screenshot (GTK_WIDGET (message), "restore", variant);
  respond (message, "cancel");
  gtk_window_destroy (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (history))));

  branches = dojo_branch_dialog_new (GTK_WINDOW (header_window), repo);
  gtk_window_present (GTK_WINDOW (branches));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  dojo_branch_dialog_set_new_name (branches, "experiment-loops");
  gtk_widget_activate_action (GTK_WIDGET (branches), "branches.create", NULL);
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  gtk_widget_activate_action (GTK_WIDGET (branches), "branches.switch", "s", "experiment-loops");
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  dojo_branch_dialog_set_new_name (branches, "try while");
  save_screenshot (GTK_WIDGET (branches), "branches", variant);

  destroy_all_windows ();
}

static void
test_screenshots (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  /* The app loads its style sheet from its resource base path; this test
   * has no GtkApplication. */
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  dojo_test_set_identity ();
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  take_screenshots ("light");
  dojo_test_remove_project ("project");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshots ("dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);

  /* German, from the translations built in DOJO_LOCALEDIR (build/po), when
   * the machine has a German locale. */
  if (g_getenv ("DOJO_LOCALEDIR") != NULL && setlocale (LC_ALL, "de_DE.UTF-8") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("DOJO_LOCALEDIR"));
      textdomain (GETTEXT_PACKAGE);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      g_setenv ("LANGUAGE", "de", TRUE);
      dojo_test_remove_project ("project");
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
      take_screenshots ("de");
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
      /* The cases after this one assert English words. */
      g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/vcs-ui/button/counts-changes", test_button_counts_changes);
  g_test_add_func ("/vcs-ui/button/start-tracking", test_button_start_tracking);
  g_test_add_func ("/vcs-ui/button/never-waits", test_button_never_waits);
  g_test_add_func ("/vcs-ui/button/opens-in-worker", test_button_opens_in_worker);
  g_test_add_func ("/vcs-ui/commit/message", test_commit_dialog_message);
  g_test_add_func ("/vcs-ui/commit/nothing-to-commit", test_commit_dialog_nothing_to_commit);
  g_test_add_func ("/vcs-ui/commit/many-files", test_commit_dialog_many_files);
  g_test_add_func ("/vcs-ui/commit/asks-identity", test_commit_dialog_asks_identity);
  g_test_add_func ("/vcs-ui/commit/never-waits", test_commit_dialog_never_waits);
  g_test_add_func ("/vcs-ui/history/restore-file", test_history_restore_file);
  g_test_add_func ("/vcs-ui/history/restore-project", test_history_restore_project);
  g_test_add_func ("/vcs-ui/history/restore-asks-identity", test_history_restore_asks_identity);
  g_test_add_func ("/vcs-ui/history/quick-selection", test_history_quick_selection);
  g_test_add_func ("/vcs-ui/history/show-version", test_history_show_version);
  g_test_add_func ("/vcs-ui/history/pages", test_history_pages);
  g_test_add_func ("/vcs-ui/branches/create-switch-merge", test_branches);
  g_test_add_func ("/vcs-ui/detached-head", test_detached_head);
  g_test_add_func ("/vcs-ui/branches-history/never-wait", test_branches_history_never_wait);
  g_test_add_func ("/vcs-ui/changes-in-words", test_changes_in_words);
  if (g_getenv ("DOJO_VCS_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/vcs-ui/screenshots", test_screenshots);

  return g_test_run ();
}
