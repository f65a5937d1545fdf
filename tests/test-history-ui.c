/* test-history-ui.c: the history with its graph, undoing a commit, and what the banner says
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "dojo-history-view.h"
#include "dojo-repo.h"
#include "dojo-test-git.h"
#include "dojo-test-widget.h"

/* Helpers */

/* Each commit one minute after the one before, so that git and Dojo see
 * the same order without depending on the clock. */
static guint clock_minutes;

/* Runs the real git command in @dir, with the test's HOME; returns its
 * output. */
static char *
run_git (const char *dir,
         ...)
{
  g_auto(GStrv) env = dojo_test_git_environ ();
  g_autoptr(GPtrArray) args = NULL;
  g_autofree char *date = NULL;
  va_list ap;

  /* A date near now, so that the history says "… minutes ago". */
  date = g_strdup_printf ("@%" G_GINT64_FORMAT " +0000",
                          g_get_real_time () / G_USEC_PER_SEC - 3600 + 60 * clock_minutes);
  env = g_environ_setenv (env, "GIT_AUTHOR_DATE", date, TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_DATE", date, TRUE);

  va_start (ap, dir);
  args = dojo_test_git_args_valist (va_arg (ap, const char *), ap);
  va_end (ap);

  return dojo_test_git_argv (dir, env, (const char * const *)args->pdata);
}

#define GIT(dir, ...) g_free (run_git (dir, __VA_ARGS__, NULL))

static void
git_commit (const char *dir,
            const char *file,
            const char *contents,
            const char *message)
{
  clock_minutes++;
  dojo_test_write_file (dir, file, contents);
  GIT (dir, "add", file);
  GIT (dir, "commit", "-q", "-m", message);
}

/* A project whose branch "feature" was merged back into main, as a learner
 * does it in the final project:
 *
 *   *   Merge branch 'feature'      (main)
 *   |\
 *   | * Greet the user              (feature)
 *   * | Count to three
 *   |/
 *   * Ask for the name
 *   * First version
 */
static DojoRepo *
make_merged_repo (char **dir_out)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  DojoRepo *repo;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  clock_minutes = 0;
  GIT (dir, "init", "-q", "-b", "main");
  git_commit (dir, "main.py", "print('one')\n", "First version");
  git_commit (dir, "main.py", "name = input('Name? ')\n", "Ask for the name");
  GIT (dir, "switch", "-q", "-c", "feature");
  git_commit (dir, "greet.py", "print('Hello')\n", "Greet the user");
  GIT (dir, "switch", "-q", "main");
  git_commit (dir, "count.py", "for i in range(3):\n    print(i)\n", "Count to three");
  clock_minutes++;
  GIT (dir, "merge", "-q", "--no-ff", "--no-edit", "feature");

  repo = dojo_repo_open (folder, &error);
  g_assert_no_error (error);
  *dir_out = g_steal_pointer (&dir);

  return repo;
}

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

static DojoHistoryView *
show_history (DojoRepo *repo)
{
  DojoHistoryView *view = DOJO_HISTORY_VIEW (dojo_history_view_new (repo));

  dojo_test_show_in_window (GTK_WIDGET (view), 1000, 640);
  wait_history (view);

  return view;
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

static int
find_commit (DojoHistoryView *view,
             const char      *summary)
{
  for (guint i = 0; i < dojo_history_view_get_n_commits (view); i++)
    {
      g_autofree char *text = dojo_history_view_dup_commit_text (view, i);

      if (g_str_has_prefix (text, summary) && text[strlen (summary)] == '\n')
        return i;
    }

  g_error ("no commit “%s” in the history", summary);
}

static char *
commit_id (DojoHistoryView *view,
           guint            index)
{
  GtkWidget *row = dojo_history_view_get_commit_row (view, index);

  g_assert_nonnull (row);

  return g_strdup (gtk_widget_get_name (row));
}

static void
select_commit (DojoHistoryView *view,
               const char      *summary)
{
  g_autofree char *id = commit_id (view, find_commit (view, summary));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-commit", "s",
                                             id));
  wait_history (view);
  g_assert_cmpstr (dojo_history_view_get_selected_id (view), ==, id);
}

static gboolean
message_dialog_shown (gpointer data)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  GtkWindow **out = data;

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      *out = l->data;

  return *out != NULL;
}

static AdwMessageDialog *
wait_for_message_dialog (void)
{
  GtkWindow *dialog = NULL;

  g_assert_true (dojo_test_wait_for (message_dialog_shown, &dialog, 10000));

  return ADW_MESSAGE_DIALOG (dialog);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
banner_shown (gpointer data)
{
  return dojo_history_view_get_banner (data) != NULL && history_idle (data);
}

static const char *
wait_for_banner (DojoHistoryView *view)
{
  g_assert_true (dojo_test_wait_for (banner_shown, view, 10000));

  return dojo_history_view_get_banner (view);
}

static gboolean
has_css_class (GtkWidget *widget,
               gpointer   data)
{
  return gtk_widget_has_css_class (widget, data);
}

static gboolean
has_action (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_ACTIONABLE (widget)
         && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* The names of the branch labels in @row, current ones with a "*". */
static char *
branch_labels (GtkWidget *widget)
{
  GString *names = g_string_new (NULL);

  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "vcs-branch-label"))
    g_string_append_printf (names, "%s%s ",
                            gtk_widget_has_css_class (widget, "current") ? "*" : "",
                            gtk_label_get_label (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *more = branch_labels (child);

      g_string_append (names, more);
    }

  return g_string_free (names, FALSE);
}

static void
assert_description (GtkWidget  *row,
                    const char *expected)
{
  g_autofree char *error = NULL;

  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
  if (error != NULL)
    g_error ("row %s: %s", gtk_widget_get_name (row), error);
}

/* The column of each commit's "*" in `git log --graph --all`, by id. */
static GHashTable *
git_graph_lanes (const char *dir,
                 GPtrArray  *order)
{
  g_autofree char *out = run_git (dir, "log", "--graph", "--all", "--format=%H", NULL);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GHashTable *lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *star = strchr (lines[i], '*');
      const char *id;

      if (star == NULL)
        continue;
      id = strrchr (lines[i], ' ') + 1;
      g_hash_table_insert (lanes, g_strdup (id), GUINT_TO_POINTER ((star - lines[i]) / 2));
      g_ptr_array_add (order, g_strdup (id));
    }

  return lanes;
}

/* The view's commits, in order, each in the column where `git log --graph
 * --all` puts its "*". */
static void
assert_same_as_git (DojoHistoryView *view,
                    const char      *dir)
{
  g_autoptr(GPtrArray) git_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) git_lanes = git_graph_lanes (dir, git_order);
  DojoHistoryGraph *graph = dojo_history_view_get_graph (view);

  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, git_order->len);
  for (guint i = 0; i < git_order->len; i++)
    {
      g_autofree char *id = commit_id (view, i);

      g_assert_cmpstr (id, ==, g_ptr_array_index (git_order, i));
      g_assert_cmpuint (dojo_history_graph_get_row (graph, i)->lane, ==,
                        GPOINTER_TO_UINT (g_hash_table_lookup (git_lanes, id)));
    }
}

/* Tests */

static void
test_graph_of_a_merge (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *merge_labels = NULL;
  g_autofree char *feature_labels = NULL;
  g_autofree char *plain_labels = NULL;
  DojoHistoryView *view;
  DojoHistoryGraph *graph;
  const DojoHistoryGraphRow *merge;
  const DojoHistoryGraphRow *feature;
  int feature_index;
  int count_index;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  view = show_history (repo);

  /* Every commit of every branch, each with a row of the graph. */
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 5);
  graph = dojo_history_view_get_graph (view);
  g_assert_cmpuint (dojo_history_graph_get_n_rows (graph), ==, 5);
  g_assert_cmpuint (dojo_history_graph_get_n_lanes (graph), ==, 2);

  /* The same commits, in the same order and the same columns, as
   * `git log --graph --all` in the Shell. */
  assert_same_as_git (view, dir);

  /* The merge: a ring on main's line, lines out to both parents. */
  merge = dojo_history_graph_get_row (graph, find_commit (view, "Merge branch 'feature'"));
  g_assert_true (merge->is_merge);
  g_assert_cmpuint (merge->lane, ==, 0);
  g_assert_cmpuint (merge->edges->len, ==, 2);
  feature_index = find_commit (view, "Greet the user");
  feature = dojo_history_graph_get_row (graph, feature_index);
  g_assert_false (feature->is_merge);
  g_assert_cmpuint (feature->lane, ==, 1);
  g_assert_cmpuint (feature->color, !=, merge->color);
  count_index = find_commit (view, "Count to three");
  g_assert_cmpuint (dojo_history_graph_get_row (graph, count_index)->lane, ==, 0);

  /* What the picture says, in words, for a screen reader. */
  assert_description (dojo_history_view_get_commit_row (view, 0),
                      "Merge commit: joins “feature” into “main”");
  assert_description (dojo_history_view_get_commit_row (view, feature_index),
                      "On branch feature");
  assert_description (dojo_history_view_get_commit_row (view, count_index),
                      "On branch main");

  /* The branches' names at their newest commits; the current one marked. */
  merge_labels = branch_labels (dojo_history_view_get_commit_row (view, 0));
  g_assert_cmpstr (merge_labels, ==, "*main ");
  feature_labels = branch_labels (dojo_history_view_get_commit_row (view, feature_index));
  g_assert_cmpstr (feature_labels, ==, "feature ");
  plain_labels = branch_labels (dojo_history_view_get_commit_row (view, count_index));
  g_assert_cmpstr (plain_labels, ==, "");

  /* Each row draws its part of the graph. */
  g_assert_nonnull (dojo_test_find_widget (dojo_history_view_get_commit_row (view, 0),
                                           has_css_class, (gpointer)"vcs-graph"));

  destroy_all_windows ();
}

static gboolean
commit_count_is (gpointer data)
{
  gpointer *args = data;
  g_autoptr(GPtrArray) log = dojo_repo_log (args[0], 0, 1000, NULL);

  return log != NULL && log->len == GPOINTER_TO_UINT (args[1]);
}

static void
wait_for_commits (DojoRepo *repo,
                  guint     n)
{
  gpointer args[2] = { repo, GUINT_TO_POINTER (n) };

  g_assert_true (dojo_test_wait_for (commit_count_is, args, 10000));
}

static void
test_revert (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *status = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *head_before = NULL;
  g_autofree char *head_after = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *notes_path = NULL;
  g_autofree char *count_path = NULL;
  DojoHistoryView *view;
  AdwMessageDialog *dialog;
  const char *body;
  const char *banner;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  view = show_history (repo);

  select_commit (view, "Count to three");

  /* With uncommitted work, the dialog asks to commit it first, and offers
   * no way to undo over it. */
  dojo_test_write_file (dir, "notes.txt", "mine\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.revert", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Undo This Commit?");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "takes back the changes of “Count to three”"));
  g_assert_nonnull (strstr (body, "the history keeps both commits"));
  g_assert_nonnull (strstr (body, "1 file has changes that are not committed"));
  g_assert_false (adw_message_dialog_has_response (dialog, "revert"));
  g_assert_true (adw_message_dialog_has_response (dialog, "commit"));
  respond (dialog, "cancel");
  dojo_test_spin (100);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 5);
  notes_path = g_build_filename (dir, "notes.txt", NULL);
  g_assert_cmpint (g_remove (notes_path), ==, 0);

  head_before = run_git (dir, "rev-parse", "HEAD", NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.revert", NULL));
  dialog = wait_for_message_dialog ();
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "not committed"));
  respond (dialog, "revert");

  /* A new commit on top takes the change back; both stay in the history. */
  wait_for_commits (repo, 6);
  banner = wait_for_banner (view);
  g_assert_nonnull (strstr (banner, "“Count to three” is undone"));
  g_assert_nonnull (strstr (banner, "Both commits stay in the history"));
  count_path = g_build_filename (dir, "count.py", NULL);
  g_assert_false (g_file_test (count_path, G_FILE_TEST_EXISTS));
  summary = run_git (dir, "log", "-1", "--format=%s", NULL);
  g_assert_cmpstr (summary, ==, "Revert \"Count to three\"\n");
  head_after = run_git (dir, "rev-parse", "HEAD~1", NULL);
  g_assert_cmpstr (head_after, ==, head_before);
  status = run_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 6);

  destroy_all_windows ();
}

static void
test_revert_only_current_branch (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;
  GtkWidget *button;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  GIT (dir, "switch", "-q", "-c", "idea", "HEAD~1");
  git_commit (dir, "idea.py", "print('maybe')\n", "Try an idea");
  GIT (dir, "switch", "-q", "main");
  view = show_history (repo);
  /* A branch started from main's first parent, newer than the merge. */
  assert_same_as_git (view, dir);

  button = dojo_test_find_widget (GTK_WIDGET (view), has_action, (gpointer)"history.revert");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Undo This Commit…");

  select_commit (view, "Try an idea");
  g_assert_false (gtk_widget_get_sensitive (button));

  select_commit (view, "Greet the user");   /* merged into main: part of its history */
  g_assert_true (gtk_widget_get_sensitive (button));

  destroy_all_windows ();
}

static void
test_revert_refused (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *status = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;
  const char *banner;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  /* A later commit changed the same line: undoing cannot be done alone. */
  git_commit (dir, "main.py", "name = input('Your name? ')\n", "Ask more kindly");
  view = show_history (repo);

  select_commit (view, "Ask for the name");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.revert", NULL));
  respond (wait_for_message_dialog (), "revert");
  banner = wait_for_banner (view);
  g_test_message ("revert refused: %s", banner);
  g_assert_null (strstr (banner, "is undone"));
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 6);
  status = run_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");

  destroy_all_windows ();
}

static void
test_restore_banner (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *log_before = NULL;
  g_autofree char *log_after = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;
  const char *banner;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  view = show_history (repo);
  log_before = run_git (dir, "log", "--all", "--format=%H", NULL);

  /* The old version is in the history already; what is new is a change
   * not committed yet. */
  select_commit (view, "First version");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-file", "s",
                                             "main.py"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  respond (wait_for_message_dialog (), "replace");
  banner = wait_for_banner (view);
  g_assert_nonnull (strstr (banner, "main.py now has its content from “First version” ("));
  g_assert_nonnull (strstr (banner, "minutes ago). That version stays in the history"));
  g_assert_nonnull (strstr (banner, "not committed yet"));
  g_assert_null (strstr (banner, "to keep it in the history"));
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('one')\n");
  status = run_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, " M main.py\n");
  log_after = run_git (dir, "log", "--all", "--format=%H", NULL);
  g_assert_cmpstr (log_after, ==, log_before);

  /* Back from the commit that last changed it: the file is as committed,
   * nothing new. */
  select_commit (view, "Ask for the name");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.select-file", "s",
                                             "main.py"));
  dojo_test_spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-file", NULL));
  respond (wait_for_message_dialog (), "replace-anyway");
  dojo_test_spin (50);
  banner = wait_for_banner (view);
  g_assert_nonnull (strstr (banner, "in place of your changes that were not committed"));
  g_assert_nonnull (strstr (banner, "nothing new to commit"));
  g_clear_pointer (&status, g_free);
  status = run_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");

  destroy_all_windows ();
}

static void
test_restore_project_banner (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;
  const char *banner;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  view = show_history (repo);

  /* The newest version already: no commit, and the banner says so. */
  select_commit (view, "Merge branch 'feature'");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  respond (wait_for_message_dialog (), "replace");
  banner = wait_for_banner (view);
  g_assert_nonnull (strstr (banner, "already was as in “Merge branch 'feature'”"));
  g_assert_nonnull (strstr (banner, "no commit was made"));
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 5);

  select_commit (view, "First version");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.restore-project",
                                             NULL));
  respond (wait_for_message_dialog (), "replace");
  wait_for_commits (repo, 6);
  banner = wait_for_banner (view);
  g_assert_nonnull (strstr (banner, "Your project is back to “First version”"));
  g_assert_nonnull (strstr (banner, "new commit"));

  destroy_all_windows ();
}

static void
test_pages_keep_the_graph (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;
  DojoHistoryGraph *graph;

  dojo_test_set_identity ();
  repo = make_merged_repo (&dir);
  /* A branch that goes on beside main past the end of the first page. */
  GIT (dir, "switch", "-q", "-c", "long", "HEAD~1");
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *content = g_strdup_printf ("print(%u)\n", i);
      g_autofree char *message = g_strdup_printf ("Long %u", i);

      git_commit (dir, "long.py", content, message);
    }
  GIT (dir, "switch", "-q", "main");
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *content = g_strdup_printf ("print(%u)\n", i);
      g_autofree char *message = g_strdup_printf ("Main %u", i);

      git_commit (dir, "main.py", content, message);
    }

  view = show_history (repo);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "history.load-more", NULL));
  wait_history (view);
  g_assert_cmpuint (dojo_history_view_get_n_commits (view), ==, 65);

  /* The lines that left the last row of the first page arrive in the rows
   * below it, and every row has its place in the graph. */
  graph = dojo_history_view_get_graph (view);
  g_assert_cmpuint (dojo_history_graph_get_n_rows (graph), ==, 65);
  for (guint i = 0; i + 1 < 65; i++)
    {
      const DojoHistoryGraphRow *row = dojo_history_graph_get_row (graph, i);
      const DojoHistoryGraphRow *below = dojo_history_graph_get_row (graph, i + 1);

      for (guint e = 0; e < row->edges->len; e++)
        {
          const DojoHistoryGraphEdge *edge = &g_array_index (row->edges, DojoHistoryGraphEdge, e);
          gboolean arrives = edge->to == below->lane;

          for (guint f = 0; f < below->edges->len && !arrives; f++)
            arrives = g_array_index (below->edges, DojoHistoryGraphEdge, f).from == edge->to;
          g_assert_true (arrives);
        }
    }
  g_assert_cmpuint (dojo_history_graph_get_row (graph, 64)->edges->len, ==, 0);

  /* And the whole picture is the one `git log --graph --all` draws. */
  assert_same_as_git (view, dir);

  destroy_all_windows ();
}

/* Pictures for review, only when DOJO_HISTORY_SCREENSHOT_DIR is set:
 * `DOJO_HISTORY_SCREENSHOT_DIR=/tmp test-history-ui -p /history-ui/screenshots` */
static void
take_screenshot (const char *variant)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = g_strdup_printf ("h3-history-%s.png", variant);
  g_autofree char *path = g_build_filename (g_getenv ("DOJO_HISTORY_SCREENSHOT_DIR"), file,
                                            NULL);
  g_autoptr(DojoRepo) repo = NULL;
  DojoHistoryView *view;

  repo = make_merged_repo (&dir);
  GIT (dir, "branch", "idea", "HEAD~1");
  GIT (dir, "switch", "-q", "idea");
  git_commit (dir, "idea.py", "print('maybe')\n", "Try an idea");
  GIT (dir, "switch", "-q", "main");
  view = dojo_history_view_present (NULL, repo);
  wait_history (view);
  select_commit (view, "Count to three");
  dojo_test_save_screenshot (GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (view))), path);
  destroy_all_windows ();
}

static void
test_screenshots (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *dir = dojo_test_project_path ("project");

  dojo_test_set_identity ();
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  take_screenshot ("light");
  dojo_test_remove_tree (dir);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshot ("dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  /* The test accessibility backend records what a screen reader would be
   * told, for gtk_test_accessible_check_property(). */
  g_setenv ("GTK_A11Y", "test", TRUE);
  dojo_test_widget_init (&argc, &argv);

  /* The app's styles, as AdwApplication would load them: the rows of the
   * history touch only with them. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/history-ui/graph-of-a-merge", test_graph_of_a_merge);
  g_test_add_func ("/history-ui/revert", test_revert);
  g_test_add_func ("/history-ui/revert-only-current-branch", test_revert_only_current_branch);
  g_test_add_func ("/history-ui/revert-refused", test_revert_refused);
  g_test_add_func ("/history-ui/restore-banner", test_restore_banner);
  g_test_add_func ("/history-ui/restore-project-banner", test_restore_project_banner);
  g_test_add_func ("/history-ui/pages-keep-the-graph", test_pages_keep_the_graph);
  if (g_getenv ("DOJO_HISTORY_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/history-ui/screenshots", test_screenshots);

  return g_test_run ();
}
