/* test-merge-ui.c: a merge with conflicts settled in the window, an aborted merge, amending
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Driven as a learner would: Merge in the branches dialog, the conflicted
 * files open with their conflicts marked, one settled with "Keep Theirs",
 * the other by typing; Commit Merge is refused while markers remain. After
 * each step the real git command says the same as the app.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "dojo-branch-dialog.h"
#include "dojo-commit-dialog.h"
#include "dojo-conflict-marks.h"
#include "dojo-diff-view.h"
#include "dojo-editor.h"
#include "dojo-identity-dialog.h"
#include "dojo-project.h"
#include "dojo-repo.h"
#include "dojo-vcs-button.h"
#include "dojo-window-private.h"
#include "dojo-test-files.h"
#include "dojo-test-git.h"
#include "dojo-test-widget.h"

#define MAIN_BASE   "name = 'Ada'\nprint('Hello, ' + name)\nprint('Bye')\n"
#define MAIN_OURS   "name = 'Ada'\nprint('Good morning, ' + name)\nprint('Bye')\n"
#define MAIN_THEIRS "name = 'Ada'\nprint('HELLO, ' + name.upper())\nprint('Bye')\n"
#define UTIL_BASE   "def shout(text: str) -> str:\n    return text + '!'\n"
#define UTIL_OURS   "def shout(text: str) -> str:\n    return text + '!!'\n"
#define UTIL_THEIRS "def shout(text: str) -> str:\n    return text.upper() + '!'\n"
#define UTIL_MINE   "def shout(text: str) -> str:\n    return text.upper() + '!!'\n"

/* Helpers */

/* `git merge feature` in @dir, as the learner would type it in the Shell:
 * it stops at the conflicts with a failure status. */
static void
git_merge_in_shell (const char *dir)
{
  int status = dojo_test_git_status (dir, "merge", "feature", NULL);

  g_assert_false (g_spawn_check_wait_status (status, NULL));
}

static void
commit (DojoRepo   *repo,
        const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);
}

/* main.py and util.py, changed on "feature" and on "main" in the same
 * lines: merging "feature" into "main" stops at a conflict in each. */
static char *
make_diverged_project (void)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;

  dojo_test_set_identity ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  repo = dojo_repo_init (folder, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", MAIN_BASE);
  dojo_test_write_file (dir, "util.py", UTIL_BASE);
  commit (repo, "Greet and shout");

  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_true (dojo_repo_switch_branch (repo, "feature", &error));
  dojo_test_write_file (dir, "main.py", MAIN_THEIRS);
  dojo_test_write_file (dir, "util.py", UTIL_THEIRS);
  commit (repo, "Shout the greeting");

  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", MAIN_OURS);
  dojo_test_write_file (dir, "util.py", UTIL_OURS);
  commit (repo, "Greet in the morning");

  return g_steal_pointer (&dir);
}

static DojoWindow *
open_window (const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoProject) project = dojo_project_new (folder, "main.py");
  g_autoptr(GError) error = NULL;
  DojoWindow *window = g_object_ref_sink (dojo_window_new (NULL));

  g_assert_true (dojo_window_open_project (window, project, NULL, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, window, 10000));
  dojo_test_wait_for_repo (GTK_WIDGET (window));

  return window;
}

static GtkWindow *
find_window (GType type)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static gboolean
window_shown (gpointer data)
{
  return find_window (GPOINTER_TO_SIZE (data)) != NULL;
}

static GtkWindow *
wait_for_window (GType type)
{
  if (!dojo_test_wait_for (window_shown, GSIZE_TO_POINTER (type), 10000))
    g_error ("no %s appeared", g_type_name (type));

  return find_window (type);
}

static gboolean
window_gone (gpointer data)
{
  return find_window (GPOINTER_TO_SIZE (data)) == NULL;
}

static void
destroy_window (DojoWindow *window)
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

static DojoEditor *
editor_for (DojoWindow *window,
            const char *name)
{
  g_autoptr(GPtrArray) editors = dojo_editor_tabs_list_editors (dojo_window_get_tabs (window));

  for (guint i = 0; i < editors->len; i++)
    {
      DojoEditor *editor = g_ptr_array_index (editors, i);
      g_autofree char *base = dojo_editor_get_file (editor)
                              ? g_file_get_basename (dojo_editor_get_file (editor)) : NULL;

      if (g_strcmp0 (base, name) == 0)
        return editor;
    }

  return NULL;
}

static DojoConflictMarks *
marks_for (DojoEditor *editor)
{
  return g_object_get_data (G_OBJECT (editor), "dojo-conflict-marks");
}

static char *
buffer_text (DojoEditor *editor)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (editor));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

typedef struct
{
  const char *dir;
  const char *name;
  const char *contents;
} FileIs;

static gboolean
file_is (gpointer data)
{
  FileIs *expect = data;
  g_autofree char *contents = dojo_test_read_file (expect->dir, expect->name);

  return g_strcmp0 (contents, expect->contents) == 0;
}

static void
assert_file_becomes (const char *dir,
                     const char *name,
                     const char *contents)
{
  FileIs expect = { dir, name, contents };

  if (!dojo_test_wait_for (file_is, &expect, 10000))
    {
      g_autofree char *now = dojo_test_read_file (dir, name);

      g_error ("%s holds “%s”, not “%s”", name, now, contents);
    }
}

typedef struct
{
  DojoWindow *window;
  const char *words;
} BannerSays;

static gboolean
banner_says (gpointer data)
{
  BannerSays *expect = data;

  if (expect->words == NULL)
    return !gtk_revealer_get_reveal_child (expect->window->merge_revealer);

  return gtk_revealer_get_reveal_child (expect->window->merge_revealer)
         && strstr (gtk_label_get_label (expect->window->merge_label), expect->words) != NULL;
}

static void
assert_banner_says (DojoWindow *window,
                    const char *words)
{
  BannerSays expect = { window, words };

  if (!dojo_test_wait_for (banner_says, &expect, 10000))
    g_error ("the merge banner says “%s” (shown: %d), not “%s”",
             gtk_label_get_label (window->merge_label),
             gtk_revealer_get_reveal_child (window->merge_revealer), words);
}

typedef struct
{
  DojoVcsButton *button;
  const char    *label;
} ButtonSays;

static gboolean
button_says (gpointer data)
{
  ButtonSays *expect = data;

  return g_strcmp0 (dojo_vcs_button_get_label (expect->button), expect->label) == 0;
}

static void
assert_button_says (DojoVcsButton *button,
                    const char    *label)
{
  ButtonSays expect = { button, label };

  if (!dojo_test_wait_for (button_says, &expect, 10000))
    g_error ("the button says “%s”, not “%s”", dojo_vcs_button_get_label (button), label);
}

static gboolean
has_label (GtkWidget *widget,
           gpointer   data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
label_says (GtkWidget *widget,
            gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), data) == 0;
}

static gboolean
status_page_titled (GtkWidget *widget,
                    gpointer   data)
{
  return ADW_IS_STATUS_PAGE (widget)
         && g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), data) == 0;
}

static gboolean
n_conflicts_is (gpointer data)
{
  gpointer *args = data;

  return dojo_conflict_marks_get_n_conflicts (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
assert_n_conflicts (DojoEditor *editor,
                    guint       n)
{
  gpointer args[2] = { marks_for (editor), GUINT_TO_POINTER (n) };

  g_assert_nonnull (args[0]);
  if (!dojo_test_wait_for (n_conflicts_is, args, 10000))
    g_error ("%u conflicts marked, not %u", dojo_conflict_marks_get_n_conflicts (args[0]), n);
}

static gboolean
dialog_loaded (gpointer data)
{
  return dojo_commit_dialog_get_loaded (data);
}

static gboolean
dialog_has_error (gpointer data)
{
  return dojo_commit_dialog_get_error (data) != NULL;
}

static gboolean
is_file_row (GtkWidget *widget,
             gpointer   path)
{
  return GTK_IS_LIST_BOX_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), path) == 0;
}

/* What the commit dialog's list says happened to @path: the row's last
 * label. */
static const char *
file_row_says (DojoCommitDialog *dialog,
               const char       *path)
{
  GtkWidget *row = dojo_test_find_widget (GTK_WIDGET (dialog), is_file_row, (gpointer)path);
  GtkWidget *box;

  g_assert_nonnull (row);
  box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
}

static DojoCommitDialog *
open_commit_merge (DojoWindow *window)
{
  DojoCommitDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.commit-merge", NULL));
  dialog = DOJO_COMMIT_DIALOG (wait_for_window (DOJO_TYPE_COMMIT_DIALOG));
  g_assert_true (dojo_test_wait_for (dialog_loaded, dialog, 10000));

  return dialog;
}

/* Merge from the branches dialog: it closes, and the conflicted files open. */
static void
merge_feature (DojoWindow *window)
{
  DojoBranchDialog *branches;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.branches", NULL));
  branches = DOJO_BRANCH_DIALOG (wait_for_window (DOJO_TYPE_BRANCH_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (branches), "branches.merge", "s",
                                             "feature"));
  g_assert_true (dojo_test_wait_for (window_gone,
                                     GSIZE_TO_POINTER (DOJO_TYPE_BRANCH_DIALOG), 10000));
}

/* Tests */

static void
test_resolve_and_commit (void)
{
  g_autofree char *dir = make_diverged_project ();
  g_autofree char *parents = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *status = NULL;
  g_autofree char *text = NULL;
  g_autofree char *log = NULL;
  g_autofree char *diff_text = NULL;
  DojoWindow *window = open_window (dir);
  DojoVcsButton *button = window->vcs_button;
  DojoCommitDialog *dialog;
  DojoEditor *main_editor;
  DojoEditor *util_editor;
  GtkWidget *keep_theirs;
  GtkWidget *explainer;
  const char *error;

  assert_button_says (button, "No changes");
  merge_feature (window);

  /* Both files open, the first in front, each with its conflict marked. */
  main_editor = editor_for (window, "main.py");
  util_editor = editor_for (window, "util.py");
  g_assert_nonnull (main_editor);
  g_assert_nonnull (util_editor);
  g_assert_true (dojo_editor_tabs_get_active (dojo_window_get_tabs (window)) == main_editor);
  assert_n_conflicts (main_editor, 1);
  assert_n_conflicts (util_editor, 1);
  /* The explanation stands at the top of the editor. */
  explainer = dojo_conflict_marks_get_explainer (marks_for (main_editor));
  g_assert_true (gtk_widget_is_ancestor (explainer,
                                         GTK_WIDGET (dojo_editor_get_view (main_editor))));

  assert_banner_says (window, "Merging “feature” into “main”: 2 files have conflicts.");
  assert_button_says (button, "Merging: 2 conflicts");
  g_assert_nonnull (strstr (dojo_vcs_button_get_explanation (button),
                            "You are merging “feature” into “main”."));
  status = dojo_test_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "UU main.py\nUU util.py\n");
  g_clear_pointer (&status, g_free);

  /* main.py: "Keep Theirs", clicked, is the other branch's line; one Undo
   * brings the conflict back, and Redo settles it again. */
  text = buffer_text (main_editor);
  g_assert_nonnull (strstr (text, "<<<<<<< "));
  g_clear_pointer (&text, g_free);
  g_assert_true (dojo_test_wait_for (dojo_test_widget_mapped, main_editor, 5000));
  dojo_test_spin (200);
  keep_theirs = dojo_test_find_widget (GTK_WIDGET (dojo_editor_get_view (main_editor)),
                                       has_label, (gpointer)"Keep Theirs");
  g_assert_nonnull (keep_theirs);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (keep_theirs), "“feature”"));
  g_signal_emit_by_name (keep_theirs, "clicked");
  text = buffer_text (main_editor);
  g_assert_cmpstr (text, ==, MAIN_THEIRS);
  g_clear_pointer (&text, g_free);
  assert_n_conflicts (main_editor, 0);
  gtk_text_buffer_undo (GTK_TEXT_BUFFER (dojo_editor_get_buffer (main_editor)));
  text = buffer_text (main_editor);
  g_assert_nonnull (strstr (text, ">>>>>>> feature\n"));
  g_clear_pointer (&text, g_free);
  gtk_text_buffer_redo (GTK_TEXT_BUFFER (dojo_editor_get_buffer (main_editor)));
  text = buffer_text (main_editor);
  g_assert_cmpstr (text, ==, MAIN_THEIRS);
  g_clear_pointer (&text, g_free);
  assert_file_becomes (dir, "main.py", MAIN_THEIRS);
  assert_banner_says (window, "1 file has conflicts");
  assert_button_says (button, "Merging: 1 conflict");

  /* util.py still has its markers: Commit Merge is refused, and says where. */
  dialog = open_commit_merge (window);
  g_assert_true (dojo_commit_dialog_get_merging (dialog));
  g_assert_false (dojo_commit_dialog_get_can_amend (dialog));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Commit Merge");
  g_assert_cmpstr (dojo_commit_dialog_get_message (dialog), ==, "Merge branch 'feature'");

  /* The changes it shows are the files as they are: main.py settled,
   * util.py with its markers, each said in words. */
  diff_text = dojo_diff_view_dup_text (DOJO_DIFF_VIEW (dojo_test_find_widget_of_type (
    GTK_WIDGET (dialog), DOJO_TYPE_DIFF_VIEW)));
  g_assert_nonnull (strstr (diff_text, "main.py   Conflict resolved: both branches changed it"));
  g_assert_nonnull (strstr (diff_text, "util.py   In conflict: both branches changed it"));
  g_assert_nonnull (strstr (diff_text, "+<<<<<<< HEAD"));
  g_assert_cmpstr (file_row_says (dialog, "main.py"), ==, "Resolved");
  g_assert_cmpstr (file_row_says (dialog, "util.py"), ==, "Conflict");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (dialog_has_error, dialog, 10000));
  error = dojo_commit_dialog_get_error (dialog);
  g_assert_nonnull (strstr (error, "“util.py” still has conflict markers, from line 2."));
  log = dojo_test_git (dir, "rev-list", "--count", "HEAD", NULL);
  g_assert_cmpstr (log, ==, "2\n");
  g_clear_pointer (&log, g_free);
  status = dojo_test_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "UU main.py\nUU util.py\n");
  g_clear_pointer (&status, g_free);

  /* "Open util.py" goes there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.open-file", NULL));
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_COMMIT_DIALOG),
                                     10000));
  g_assert_true (dojo_editor_tabs_get_active (dojo_window_get_tabs (window)) == util_editor);

  /* util.py: settled by typing, markers and all. */
  gtk_text_buffer_set_text (GTK_TEXT_BUFFER (dojo_editor_get_buffer (util_editor)), UTIL_MINE,
                            -1);
  assert_n_conflicts (util_editor, 0);
  explainer = dojo_conflict_marks_get_explainer (marks_for (util_editor));
  g_assert_null (gtk_widget_get_parent (explainer));
  assert_file_becomes (dir, "util.py", UTIL_MINE);
  assert_banner_says (window, "every conflict is resolved");
  assert_button_says (button, "Merging: ready to commit");

  dialog = open_commit_merge (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_COMMIT_DIALOG),
                                     10000));

  /* A merge commit with two parents, the project clean, as git sees it. */
  parents = dojo_test_git (dir, "rev-list", "--parents", "-n", "1", "HEAD", NULL);
  ids = g_strsplit (g_strstrip (parents), " ", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 3);
  log = dojo_test_git (dir, "log", "-1", "--format=%s", NULL);
  g_assert_cmpstr (log, ==, "Merge branch 'feature'\n");
  status = dojo_test_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");
  g_free (dojo_test_git (dir, "fsck", "--strict", NULL));
  assert_banner_says (window, NULL);
  assert_button_says (button, "No changes");

  destroy_window (window);
}

static void
test_abort (void)
{
  g_autofree char *dir = make_diverged_project ();
  g_autofree char *head = dojo_test_git (dir, "rev-parse", "HEAD", NULL);
  g_autofree char *head_after = NULL;
  g_autofree char *status = NULL;
  g_autofree char *body = NULL;
  g_autofree char *kept_dir = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *text = NULL;
  DojoWindow *window = open_window (dir);
  AdwMessageDialog *confirm;
  DojoEditor *main_editor;
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  const char *folder;

  merge_feature (window);
  main_editor = editor_for (window, "main.py");
  g_assert_nonnull (main_editor);
  assert_n_conflicts (main_editor, 1);
  assert_banner_says (window, "2 files have conflicts");

  /* The learner starts to edit the conflict, then gives up. */
  buffer = GTK_TEXT_BUFFER (dojo_editor_get_buffer (main_editor));
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, "# my try\n", -1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.abort-merge", NULL));
  confirm = ADW_MESSAGE_DIALOG (wait_for_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Abort the Merge?");
  body = g_strdup (adw_message_dialog_get_body (confirm));
  g_assert_nonnull (strstr (body, "back to how it was before you merged “feature”"));
  /* Typing is on disk before anything is aborted. */
  on_disk = dojo_test_read_file (dir, "main.py");
  g_assert_nonnull (strstr (on_disk, "# my try\n"));

  folder = strstr (body, "kept in a copy: ");
  g_assert_nonnull (folder);
  kept_dir = g_strdup (folder + strlen ("kept in a copy: "));
  g_assert_true (g_str_has_prefix (kept_dir, g_get_user_data_dir ()));
  g_assert_nonnull (strstr (kept_dir, "/dojo/recovered/project/merge ("));
  adw_message_dialog_response (confirm, "abort");

  /* Back as before: files, HEAD, git status; the typing kept in the copy. */
  assert_banner_says (window, NULL);
  assert_file_becomes (dir, "main.py", MAIN_OURS);
  assert_file_becomes (dir, "util.py", UTIL_OURS);
  head_after = dojo_test_git (dir, "rev-parse", "HEAD", NULL);
  g_assert_cmpstr (head_after, ==, head);
  status = dojo_test_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");
  g_assert_false (dojo_test_exists (dir, ".git/MERGE_HEAD"));
  kept = dojo_test_read_file (kept_dir, "main.py");
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, "# my try\n"));
  g_assert_nonnull (strstr (kept, "<<<<<<< "));
  assert_button_says (window->vcs_button, "No changes");

  /* The editor shows the file as it is now. */
  dojo_test_spin (300);
  text = buffer_text (main_editor);
  g_assert_cmpstr (text, ==, MAIN_OURS);
  assert_n_conflicts (main_editor, 0);

  destroy_window (window);
}

/* A merge begun and aborted with git in the Shell: the window follows. */
static void
test_merge_in_shell (void)
{
  g_autofree char *dir = make_diverged_project ();
  DojoWindow *window = open_window (dir);
  DojoEditor *util_editor;

  assert_button_says (window->vcs_button, "No changes");
  git_merge_in_shell (dir);

  assert_banner_says (window, "Merging “feature” into “main”: 2 files have conflicts.");
  assert_button_says (window->vcs_button, "Merging: 2 conflicts");
  util_editor = editor_for (window, "util.py");
  g_assert_nonnull (util_editor);
  assert_n_conflicts (util_editor, 1);
  g_assert_nonnull (editor_for (window, "main.py"));

  g_free (dojo_test_git (dir, "merge", "--abort", NULL));
  assert_banner_says (window, NULL);
  assert_button_says (window->vcs_button, "No changes");
  assert_n_conflicts (util_editor, 0);

  destroy_window (window);
}

static guint
count_commits (const char *dir)
{
  g_autofree char *count = dojo_test_git (dir, "rev-list", "--count", "HEAD", NULL);

  return (guint)g_ascii_strtoull (count, NULL, 10);
}

static gboolean
branch_dialog_idle (gpointer data)
{
  return !dojo_branch_dialog_get_busy (data);
}

static void
on_merge_conflicts (DojoBranchDialog *dialog,
                    const char       *branch,
                    const char *const *paths,
                    GStrv            *out)
{
  *out = g_strdupv ((GStrv)paths);
}

/* The merge of "feature" into "main" stopped at its two conflicts: the
 * branch dialog closed and handed them on (*@conflicts), git is merging,
 * and main has @n_commits. */
static void
wait_merge_stopped (const char  *dir,
                    GStrv       *conflicts,
                    guint        n_commits)
{
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_BRANCH_DIALOG),
                                     10000));
  g_assert_nonnull (*conflicts);
  g_assert_cmpuint (g_strv_length (*conflicts), ==, 2);
  g_assert_true (g_strv_contains ((const char * const *)*conflicts, "main.py"));
  g_assert_true (g_strv_contains ((const char * const *)*conflicts, "util.py"));
  g_assert_true (dojo_test_exists (dir, ".git/MERGE_HEAD"));
  g_assert_cmpuint (count_commits (dir), ==, n_commits);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Uncommitted work: the merge waits, Commit First commits it, then merges. */
static void
test_commit_first_then_merge (void)
{
  g_autofree char *dir = make_diverged_project ();
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = dojo_repo_open (folder, NULL);
  g_auto(GStrv) conflicts = NULL;
  DojoBranchDialog *branches;
  DojoCommitDialog *dialog;
  const char *banner;

  dojo_test_write_file (dir, "notes.txt", "try the merge\n");
  branches = dojo_branch_dialog_new (NULL, repo);
  g_signal_connect (branches, "merge-conflicts", G_CALLBACK (on_merge_conflicts), &conflicts);
  gtk_window_present (GTK_WINDOW (branches));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (branches), "branches.merge", "s",
                                             "feature"));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  banner = dojo_branch_dialog_get_banner (branches);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "notes.txt"));
  g_assert_nonnull (strstr (banner, "Commit your changes first"));
  g_assert_false (dojo_test_exists (dir, ".git/MERGE_HEAD"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (branches), "branches.commit-then-merge",
                                             "s", "feature"));
  dialog = DOJO_COMMIT_DIALOG (wait_for_window (DOJO_TYPE_COMMIT_DIALOG));
  g_assert_true (dojo_test_wait_for (dialog_loaded, dialog, 10000));
  dojo_commit_dialog_set_message (dialog, "Note what to try");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));

  /* The commit, then the merge, which stops at the two conflicts. */
  wait_merge_stopped (dir, &conflicts, 3);
}

/* Git has no name for the learner yet: the merge asks for it before
 * changing anything, then merges. */
static void
test_merge_asks_identity (void)
{
  g_autofree char *dir = make_diverged_project ();
  g_autofree char *gitconfig = g_build_filename (g_get_home_dir (), ".gitconfig", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = dojo_repo_open (folder, NULL);
  g_auto(GStrv) conflicts = NULL;
  DojoBranchDialog *branches;
  DojoIdentityDialog *identity;
  const char *banner;

  g_assert_cmpint (g_remove (gitconfig), ==, 0);
  branches = dojo_branch_dialog_new (NULL, repo);
  g_signal_connect (branches, "merge-conflicts", G_CALLBACK (on_merge_conflicts), &conflicts);
  gtk_window_present (GTK_WINDOW (branches));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (branches), "branches.merge", "s",
                                             "feature"));

  identity = DOJO_IDENTITY_DIALOG (wait_for_window (DOJO_TYPE_IDENTITY_DIALOG));
  g_assert_true (dojo_test_wait_for (branch_dialog_idle, branches, 10000));
  banner = dojo_branch_dialog_get_banner (branches);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "name and email"));
  g_assert_false (dojo_test_exists (dir, ".git/MERGE_HEAD"));

  dojo_identity_dialog_set_name (identity, "Grace Hopper");
  dojo_identity_dialog_set_email (identity, "grace@example.org");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (identity), "identity.save", NULL));

  wait_merge_stopped (dir, &conflicts, 2);
}

static char *
last_message (const char *dir)
{
  return dojo_test_git (dir, "log", "-1", "--format=%s", NULL);
}


static void
test_amend (void)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *status = NULL;
  DojoCommitDialog *dialog;

  dojo_test_set_identity ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  repo = dojo_repo_init (folder, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('one')\n");
  commit (repo, "Frist version");

  /* Nothing changed: the switch still fixes the message. */
  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (dojo_test_wait_for (dialog_loaded, dialog, 10000));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 0);
  g_assert_true (dojo_commit_dialog_get_can_amend (dialog));
  g_assert_nonnull (dojo_test_find_widget (GTK_WIDGET (dialog), status_page_titled,
                                           (gpointer)"Nothing to Commit"));
  dojo_commit_dialog_set_amend (dialog, TRUE);
  /* Amending with no new change fixes only the message, and says so. */
  g_assert_nonnull (dojo_test_find_widget (GTK_WIDGET (dialog), status_page_titled,
                                           (gpointer)"No New Changes"));
  g_assert_cmpstr (dojo_commit_dialog_get_message (dialog), ==, "Frist version");
  dojo_commit_dialog_set_message (dialog, "First version");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_COMMIT_DIALOG),
                                     10000));
  message = last_message (dir);
  g_assert_cmpstr (message, ==, "First version\n");
  g_assert_cmpuint (count_commits (dir), ==, 1);
  g_clear_pointer (&message, g_free);

  /* A forgotten change joins the newest commit, whose message stays. */
  dojo_test_write_file (dir, "main.py", "print('one')\nprint('two')\n");
  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (dojo_test_wait_for (dialog_loaded, dialog, 10000));
  g_assert_cmpuint (dojo_commit_dialog_get_n_files (dialog), ==, 1);
  dojo_commit_dialog_set_message (dialog, "Something I typed");
  dojo_commit_dialog_set_amend (dialog, TRUE);
  g_assert_cmpstr (dojo_commit_dialog_get_message (dialog), ==, "First version");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Change the Last Commit");
  /* Switched off, the typed message comes back; on again for the commit. */
  dojo_commit_dialog_set_amend (dialog, FALSE);
  g_assert_cmpstr (dojo_commit_dialog_get_message (dialog), ==, "Something I typed");
  dojo_commit_dialog_set_amend (dialog, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (window_gone, GSIZE_TO_POINTER (DOJO_TYPE_COMMIT_DIALOG),
                                     10000));
  g_assert_cmpuint (count_commits (dir), ==, 1);
  message = last_message (dir);
  g_assert_cmpstr (message, ==, "First version\n");
  shown = dojo_test_git (dir, "show", "HEAD:main.py", NULL);
  g_assert_cmpstr (shown, ==, "print('one')\nprint('two')\n");
  status = dojo_test_git (dir, "status", "--porcelain", NULL);
  g_assert_cmpstr (status, ==, "");
  g_free (dojo_test_git (dir, "fsck", "--strict", NULL));

  /* Once another branch has the commit, amending is refused, in words. */
  g_assert_true (dojo_repo_create_branch (repo, "other", &error));
  dialog = dojo_commit_dialog_new (NULL, repo);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (dojo_test_wait_for (dialog_loaded, dialog, 10000));
  dojo_commit_dialog_set_amend (dialog, TRUE);
  dojo_commit_dialog_set_message (dialog, "First version, again");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (dialog_has_error, dialog, 10000));
  g_assert_nonnull (strstr (dojo_commit_dialog_get_error (dialog), "other"));
  g_assert_cmpuint (count_commits (dir), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_button_words_new_project (void)
{
  g_autofree char *dir = dojo_test_project_path ("project");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *menu_button;
  GtkWidget *state;
  GtkPopover *popover;
  DojoVcsButton *button;
  GtkWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  dojo_test_write_file (dir, "main.py", "print('hello')\n");
  repo = dojo_repo_init (folder, &error);
  g_assert_no_error (error);

  button = DOJO_VCS_BUTTON (dojo_vcs_button_new ());
  window = dojo_test_show_in_window (GTK_WIDGET (button), 600, 400);
  dojo_vcs_button_set_repo (button, repo);

  /* main.py and the .gitignore Dojo starts a repository with. */
  assert_button_says (button, "2 new files");
  g_assert_nonnull (strstr (dojo_vcs_button_get_explanation (button),
                            "Dojo made them for you; commit them when you are ready"));
  menu_button = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (button)));
  g_assert_true (GTK_IS_MENU_BUTTON (menu_button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==,
                   dojo_vcs_button_get_explanation (button));

  /* The same words are the menu's first line, in sight when it opens. */
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  dojo_test_spin (200);
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button));
  state = dojo_test_find_widget (GTK_WIDGET (popover), label_says,
                                 (gpointer)dojo_vcs_button_get_explanation (button));
  g_assert_nonnull (state);
  g_assert_true (gtk_widget_is_visible (state));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));

  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The same choices from the context menu, for the keyboard; a diff3-style
 * conflict (with git's "|||||||" base) is marked too. */
static void
test_marks_context_menu (void)
{
  GtkSourceView *view = GTK_SOURCE_VIEW (gtk_source_view_new ());
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(DojoConflictMarks) marks = NULL;
  g_autofree char *text = NULL;
  GtkWindow *window;
  GtkTextIter iter, end;

  gtk_text_buffer_set_text (buffer,
                            "a = 1\n"
                            "<<<<<<< HEAD\nb = 2\n||||||| base\nb = 0\n=======\nb = 3\n"
                            ">>>>>>> feature\n"
                            "c = 4\n", -1);
  window = dojo_test_show_in_window (GTK_WIDGET (view), 600, 400);
  marks = dojo_conflict_marks_new (view);
  dojo_conflict_marks_set_branches (marks, "main", "feature");
  g_assert_cmpuint (dojo_conflict_marks_get_n_conflicts (marks), ==, 1);

  /* Outside the conflict, the menu's choices do nothing; inside, they act. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_activate_action (GTK_WIDGET (view), "conflict.keep-here", "u", DOJO_CONFLICT_BOTH);
  g_assert_cmpuint (dojo_conflict_marks_get_n_conflicts (marks), ==, 1);
  gtk_text_buffer_get_iter_at_line (buffer, &iter, 2);
  gtk_text_buffer_place_cursor (buffer, &iter);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "conflict.keep-here", "u",
                                             DOJO_CONFLICT_BOTH));

  /* Yours then theirs; the base lines go with the markers. */
  gtk_text_buffer_get_bounds (buffer, &iter, &end);
  text = gtk_text_buffer_get_text (buffer, &iter, &end, TRUE);
  g_assert_cmpstr (text, ==, "a = 1\nb = 2\nb = 3\nc = 4\n");
  g_assert_null (strstr (text, "\xef\xbf\xbc"));
  g_assert_cmpuint (dojo_conflict_marks_get_n_conflicts (marks), ==, 0);

  g_clear_object (&marks);
  gtk_window_destroy (window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Pictures of a conflict in the editor and of the refused commit, for
 * review: DOJO_MERGE_SCREENSHOT_DIR says where. */
static void
take_screenshots (const char *variant)
{
  g_autofree char *dir = make_diverged_project ();
  g_autofree char *editor_png = NULL;
  g_autofree char *refused_png = NULL;
  const char *out = g_getenv ("DOJO_MERGE_SCREENSHOT_DIR");
  DojoWindow *window = open_window (dir);
  DojoCommitDialog *dialog;
  DojoEditor *main_editor;

  merge_feature (window);
  main_editor = editor_for (window, "main.py");
  assert_n_conflicts (main_editor, 1);
  assert_banner_says (window, "2 files have conflicts");
  editor_png = g_strdup_printf ("%s/h4-conflict-%s.png", out, variant);
  dojo_test_save_screenshot (GTK_WIDGET (window), editor_png);

  dialog = open_commit_merge (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "commit.commit", NULL));
  g_assert_true (dojo_test_wait_for (dialog_has_error, dialog, 10000));
  refused_png = g_strdup_printf ("%s/h4-refused-%s.png", out, variant);
  dojo_test_save_screenshot (GTK_WIDGET (dialog), refused_png);

  destroy_window (window);
  g_free (dojo_test_git (g_get_user_data_dir (), "-C", dir, "merge", "--abort", NULL));
}

static void
test_screenshots (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(GtkCssProvider) dark = gtk_css_provider_new ();
  g_autofree char *dir = dojo_test_project_path ("project");

  /* No GtkApplication here to load the style sheets by itself. */
  gtk_css_provider_load_from_resource (css, "/io/github/pydojo/Dojo/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  take_screenshots ("light");

  dojo_test_remove_tree (dir);
  gtk_css_provider_load_from_resource (dark, "/io/github/pydojo/Dojo/style-dark.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (dark),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  take_screenshots ("dark");
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  dojo_test_widget_init (&argc, &argv);

  g_test_add_func ("/merge-ui/resolve-and-commit", test_resolve_and_commit);
  g_test_add_func ("/merge-ui/abort", test_abort);
  g_test_add_func ("/merge-ui/merge-in-shell", test_merge_in_shell);
  g_test_add_func ("/merge-ui/commit-first-then-merge", test_commit_first_then_merge);
  g_test_add_func ("/merge-ui/merge-asks-identity", test_merge_asks_identity);
  g_test_add_func ("/merge-ui/amend", test_amend);
  g_test_add_func ("/merge-ui/button/new-project", test_button_words_new_project);
  g_test_add_func ("/merge-ui/marks/context-menu", test_marks_context_menu);
  if (g_getenv ("DOJO_MERGE_SCREENSHOT_DIR") != NULL)
    g_test_add_func ("/merge-ui/screenshots", test_screenshots);

  return g_test_run ();
}
