/* test-vcs-merge.c: merging, conflicts, aborting, amending and reverting,
 * checked against the git command line at every step
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most tests keep a twin of the project, made by copying its folder, in
 * which the git command does what Dojo does in the original: files, index,
 * MERGE_MSG, trees, messages and the history's shape must come out the
 * same. Commit ids differ only by their times.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "dojo-conflict.h"
#include "dojo-repo.h"
#include "dojo-test-git.h"

/* The error return of dojo_repo_merge(): the enum has no negative value,
 * so -1 is compared as the enum. */
#define MERGE_FAILED ((DojoMergeOutcome) -1)

/* Helpers */

static char *
git_ok (char *out)
{
  g_assert_nonnull (out);
  return out;
}

#define git(dir, ...) git_ok (dojo_test_git_try_c (dir, NULL, __VA_ARGS__, NULL))

static char *
git_line (const char *dir,
          const char *a,
          const char *b,
          const char *c)
{
  return dojo_test_chomp (git_ok (dojo_test_git_try_c (dir, NULL, a, b, c, NULL)));
}

static void
write_bytes (const char *dir,
             const char *rel,
             const char *contents,
             gssize      len)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static GBytes *
read_bytes (const char *dir,
            const char *rel)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;

  return g_bytes_new_take (contents, len);
}

static gboolean
file_exists (const char *dir,
             const char *rel)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
delete_file (const char *dir,
             const char *rel)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);

  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
assert_error_mentions (const GError *error,
                       const char   *part)
{
  g_assert_nonnull (error);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” not in the message “%s”", part, error->message);
}

/* A copy of the project folder (.git included) for the git command. */
static char *
make_twin (const char *dir)
{
  g_autofree char *twin = g_strconcat (dir, "-git", NULL);
  const char *argv[] = { "cp", "-a", dir, twin, NULL };
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&twin);
}

/* The same bytes (or the same absence) in both folders. */
static void
assert_same_file (const char *dir,
                  const char *twin,
                  const char *rel)
{
  g_autoptr(GBytes) ours = read_bytes (dir, rel);
  g_autoptr(GBytes) theirs = read_bytes (twin, rel);

  if (ours == NULL || theirs == NULL)
    {
      if (ours != theirs)
        g_error ("%s: exists in %s only", rel, ours != NULL ? dir : twin);
      return;
    }
  if (!g_bytes_equal (ours, theirs))
    g_error ("%s differs:\n--- Dojo\n%.*s\n--- git\n%.*s", rel,
             (int)g_bytes_get_size (ours), (const char *)g_bytes_get_data (ours, NULL),
             (int)g_bytes_get_size (theirs), (const char *)g_bytes_get_data (theirs, NULL));
}

/* `git ARGS…` prints the same in both folders. */
static void
assert_same_git_argv (const char         *dir,
                      const char         *twin,
                      const char * const *args)
{
  g_auto(GStrv) env = dojo_test_git_environ_c ();
  g_autofree char *ours = git_ok (dojo_test_git_try_argv (dir, env, NULL, args));
  g_autofree char *theirs = git_ok (dojo_test_git_try_argv (twin, env, NULL, args));

  g_assert_cmpstr (ours, ==, theirs);
}

#define assert_same_git_output(dir, twin, ...) \
  G_STMT_START { \
    const char *args_[] = { __VA_ARGS__, NULL }; \
    assert_same_git_argv (dir, twin, args_); \
  } G_STMT_END

/* `git commit` finishing a merge with the message git offers, as when the
 * learner closes the editor: its "#" lines go, as in Dojo. */
static void
twin_commit_merge (const char *twin)
{
  g_free (git (twin, "-c", "core.editor=true", "commit", "-q"));
}

static DojoRepo *
new_repo (const char  *name,
          char       **dir_out)
{
  g_autofree char *dir = dojo_test_project_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  DojoRepo *repo;

  dojo_test_set_identity ();
  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);

  *dir_out = g_steal_pointer (&dir);

  return repo;
}

static char *
commit_all (DojoRepo   *repo,
            const char *message)
{
  g_autoptr(GError) error = NULL;
  char *id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (id);

  return id;
}

static void
switch_to (DojoRepo   *repo,
           const char *branch)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_repo_switch_branch (repo, branch, &error));
  g_assert_no_error (error);
}

/* git's porcelain lines, sorted; Dojo has one state for a conflict, so
 * git's "DU", "UD", "AA", "AU", "UA" and "DD" all read "UU" here. */
static char *
porcelain_normalized (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autofree char *normalized = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];

      if (strlen (line) > 3
          && (line[0] == 'U' || line[1] == 'U'
              || (line[0] == 'A' && line[1] == 'A') || (line[0] == 'D' && line[1] == 'D')))
        {
          line[0] = 'U';
          line[1] = 'U';
        }
    }
  normalized = g_strjoinv ("\n", lines);

  return dojo_test_sorted_lines (normalized);
}

static char *
status_as_porcelain (GPtrArray *changes)
{
  g_autofree char *text = dojo_test_git_porcelain (changes);

  return porcelain_normalized (text);
}

/* What every step must keep true: git finds the repository sound, and
 * Dojo's status and merge state are git's. Returns git's status. */
static char *
assert_consistent (DojoRepo   *repo,
                   const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = dojo_repo_status (repo, &error);
  g_autofree char *ours = NULL;
  g_autofree char *theirs_raw = NULL;
  g_autofree char *merge_head = g_build_filename (dir, ".git", "MERGE_HEAD", NULL);
  char *theirs;
  int status = -1;
  g_autofree char *fsck = dojo_test_git_try_c (dir, &status,
                                               "fsck", "--strict", "--no-progress", NULL);

  g_assert_nonnull (fsck);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  g_assert_no_error (error);
  ours = status_as_porcelain (changes);
  theirs_raw = git (dir, "status", "--porcelain", "--untracked-files=all");
  theirs = porcelain_normalized (theirs_raw);
  g_assert_cmpstr (ours, ==, theirs);

  g_assert_cmpint (dojo_repo_is_merging (repo), ==,
                   g_file_test (merge_head, G_FILE_TEST_EXISTS));

  return theirs;
}

static void
assert_status (DojoRepo   *repo,
               const char *dir,
               const char *expected)
{
  g_autofree char *status = assert_consistent (repo, dir);

  g_assert_cmpstr (status, ==, expected);
}

static void
assert_graph (const char *dir,
              const char *expected)
{
  g_autofree char *graph = git (dir, "log", "--graph", "--format=%s", "--all");
  g_auto(GStrv) lines = g_strsplit (graph, "\n", -1);
  g_autoptr(GString) trimmed = g_string_new (NULL);

  /* git pads graph lines with spaces; the shape is what counts. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_string_append_printf (trimmed, "%s\n", g_strchomp (lines[i]));

  g_assert_cmpstr (trimmed->str, ==, expected);
}

static gboolean
git_file_exists (const char *dir,
                 const char *name)
{
  g_autofree char *path = g_build_filename (dir, ".git", name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A project with branches that both changed the same lines:
 *   Start: main.py, notes.txt
 *   feature: "Feature" changes both, adds new.py
 *   main: "Main" changes both differently. */
static DojoRepo *
diverged_project (const char  *name,
                  char       **dir_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoRepo) repo = new_repo (name, dir_out);
  const char *dir = *dir_out;

  dojo_test_write_file (dir, "main.py",
                        "def greet() -> str:\n"
                        "    return 'hello'\n"
                        "\n"
                        "print(greet())\n");
  dojo_test_write_file (dir, "notes.txt", "a\nb\nc\n");
  g_free (commit_all (repo, "Start"));

  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_no_error (error);
  switch_to (repo, "feature");
  dojo_test_write_file (dir, "main.py",
                        "def greet() -> str:\n"
                        "    return 'hi'\n"
                        "\n"
                        "print(greet())\n");
  dojo_test_write_file (dir, "notes.txt", "a\nB\nc\n");
  dojo_test_write_file (dir, "new.py", "x = 1\n");
  g_free (commit_all (repo, "Feature"));

  switch_to (repo, "main");
  dojo_test_write_file (dir, "main.py",
                        "def greet() -> str:\n"
                        "    return 'hey'\n"
                        "\n"
                        "print(greet())\n");
  dojo_test_write_file (dir, "notes.txt", "a\nX\nc\n");
  g_free (commit_all (repo, "Main"));

  return g_steal_pointer (&repo);
}

/* How many parents HEAD's commit has. */
static guint
head_parents (const char *dir)
{
  g_autofree char *parents = git_line (dir, "log", "-1", "--format=%P");
  g_auto(GStrv) ids = g_strsplit (parents, " ", -1);

  return *parents == '\0' ? 0 : g_strv_length (ids);
}

/* Tests */

static void
test_merge_with_conflicts (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("conflicts", &dir);
  g_autofree char *twin = make_twin (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(DojoMergeState) state = NULL;
  g_autofree char *commit_id = NULL;
  g_autofree char *main_tip = git_line (dir, "rev-parse", "main", NULL);
  g_autofree char *feature_tip = git_line (dir, "rev-parse", "feature", NULL);
  g_autofree char *ls_before = NULL;
  g_autofree char *text = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *id = NULL;
  g_autofree char *twin_commit = NULL;
  DojoMergeOutcome outcome;
  int status = -1;

  assert_status (repo, dir, "");
  g_assert_false (dojo_repo_is_merging (repo));
  g_assert_null (dojo_repo_get_merge_state (repo, &error));
  g_assert_no_error (error);

  /* The merge stops at the conflicts, exactly as `git merge` does. */
  outcome = dojo_repo_merge (repo, "feature", &commit_id, &conflicts, &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome, ==, DOJO_MERGE_CONFLICTS);
  g_assert_null (commit_id);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "main.py");
  g_assert_cmpstr (g_ptr_array_index (conflicts, 1), ==, "notes.txt");

  g_free (dojo_test_git_try_c (twin, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);   /* git: "fix conflicts" */

  assert_same_file (dir, twin, "main.py");
  assert_same_file (dir, twin, "notes.txt");
  assert_same_file (dir, twin, "new.py");
  assert_same_file (dir, twin, ".git/MERGE_MSG");
  assert_same_file (dir, twin, ".git/MERGE_HEAD");
  assert_same_file (dir, twin, ".git/MERGE_MODE");
  assert_same_file (dir, twin, ".git/ORIG_HEAD");
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  assert_same_git_output (dir, twin, "status", "--porcelain", NULL);
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");
  ls_before = git (dir, "ls-files", "-s");

  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==,
                   "def greet() -> str:\n"
                   "<<<<<<< HEAD\n"
                   "    return 'hey'\n"
                   "=======\n"
                   "    return 'hi'\n"
                   ">>>>>>> feature\n"
                   "\n"
                   "print(greet())\n");

  state = dojo_repo_get_merge_state (repo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (state);
  g_assert_cmpstr (state->branch, ==, "feature");
  g_assert_cmpstr (state->their_id, ==, feature_tip);
  g_assert_cmpstr (state->message, ==, "Merge branch 'feature'");
  g_assert_cmpuint (state->conflicts->len, ==, 2);

  /* What a commit now would take, as the commit dialog shows it: the
   * conflicted files as they are in the folder, markers and all. */
  {
    g_autoptr(DojoDiff) diff = dojo_repo_diff (repo, NULL, NULL, &error);
    GPtrArray *files;
    gboolean seen = FALSE;

    g_assert_no_error (error);
    files = dojo_diff_get_files (diff);
    for (guint i = 0; i < files->len; i++)
      {
        const DojoDiffFile *file = g_ptr_array_index (files, i);

        if (g_strcmp0 (file->new_path, "main.py") != 0)
          continue;
        seen = TRUE;
        g_assert_cmpint (file->status, ==, DOJO_FILE_STATUS_CONFLICTED);
        g_assert_cmpuint (file->hunks->len, >, 0);
        g_assert_nonnull (strstr (file->patch, "\n+<<<<<<< HEAD\n"));
      }
    g_assert_true (seen);
  }

  /* A second merge, a branch switch: not in the middle of this one. */
  g_assert_true (dojo_repo_merge (repo, "feature", NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGING);
  assert_error_mentions (error, "“feature”");
  g_clear_error (&error);
  g_assert_false (dojo_repo_switch_branch (repo, "feature", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGING);
  g_clear_error (&error);

  /* main.py: their side, picked. */
  resolved = dojo_conflict_resolve (text, -1, 0, DOJO_CONFLICT_THEIRS);
  dojo_test_write_file (dir, "main.py", resolved);
  dojo_test_write_file (twin, "main.py", resolved);
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");

  /* notes.txt half edited, one marker left: no commit, nothing changed. */
  dojo_test_write_file (dir, "notes.txt", "a\nB and X\n>>>>>>> feature\nc\n");
  g_assert_null (dojo_repo_commit (repo, "Merged", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS);
  assert_error_mentions (error, "“notes.txt”");
  assert_error_mentions (error, "line 3");
  g_clear_error (&error);
  {
    g_autofree char *ls_now = git (dir, "ls-files", "-s");
    g_autofree char *head = git_line (dir, "rev-parse", "HEAD", NULL);

    g_assert_cmpstr (ls_now, ==, ls_before);
    g_assert_cmpstr (head, ==, main_tip);
    g_assert_true (git_file_exists (dir, "MERGE_HEAD"));
  }
  {
    g_autoptr(GPtrArray) found = dojo_repo_find_conflict_markers (repo, DOJO_COMMIT_ALL,
                                                                  &error);
    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (found, 0), ==, "notes.txt");
  }

  /* Staged only, with conflicts in the index: refused, naming them. */
  g_assert_null (dojo_repo_commit (repo, NULL, DOJO_COMMIT_STAGED, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGE_CONFLICT);
  assert_error_mentions (error, "main.py, notes.txt");
  g_clear_error (&error);

  /* notes.txt edited by hand. The commit takes git's message. */
  dojo_test_write_file (dir, "notes.txt", "a\nB and X\nc\n");
  dojo_test_write_file (twin, "notes.txt", "a\nB and X\nc\n");
  id = dojo_repo_commit (repo, NULL, DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_free (git (twin, "add", "-A"));
  twin_commit_merge (twin);

  assert_status (repo, dir, "");
  g_assert_false (dojo_repo_is_merging (repo));
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  g_assert_false (git_file_exists (dir, "MERGE_MSG"));
  g_assert_false (git_file_exists (dir, "dojo-merge"));
  g_assert_cmpuint (head_parents (dir), ==, 2);
  {
    g_autofree char *parents = git_line (dir, "log", "-1", "--format=%P");
    g_autofree char *expected = g_strdup_printf ("%s %s", main_tip, feature_tip);

    g_assert_cmpstr (parents, ==, expected);
  }
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_same_git_output (dir, twin, "log", "--graph", "--format=%s");
  assert_graph (dir,
                "*   Merge branch 'feature'\n"
                "|\\\n"
                "| * Feature\n"
                "* | Main\n"
                "|/\n"
                "* Start\n");
  twin_commit = git (twin, "log", "-1", "--format=%an <%ae>");
  g_assert_cmpstr (twin_commit, ==, "Ada Lovelace <ada@example.org>\n");
}

static void
test_merge_commit_message_override (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("message", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *subject = NULL;

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  /* The resolution equals HEAD's files: still a merge commit. */
  g_free (git (dir, "checkout", "--ours", "--", "main.py", "notes.txt"));
  delete_file (dir, "new.py");
  id = dojo_repo_commit (repo, "Keep main's greeting", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  subject = git_line (dir, "log", "-1", "--format=%s");
  g_assert_cmpstr (subject, ==, "Keep main's greeting");
  g_assert_cmpuint (head_parents (dir), ==, 2);
  {
    g_autofree char *tree = git_line (dir, "rev-parse", "HEAD^{tree}", NULL);
    g_autofree char *first = git_line (dir, "rev-parse", "HEAD^1^{tree}", NULL);

    g_assert_cmpstr (tree, ==, first);
  }
  assert_status (repo, dir, "");
}

static void
assert_pre_merge_state (const char *dir,
                        const char *saved)
{
  const char *files[] = { "main.py", "notes.txt", "new.py", ".gitignore" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    assert_same_file (dir, saved, files[i]);
  assert_same_git_output (dir, saved, "ls-files", "-s", NULL);
  assert_same_git_output (dir, saved, "rev-parse", "HEAD", NULL);
  assert_same_git_output (dir, saved, "symbolic-ref", "HEAD", NULL);
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  g_assert_false (git_file_exists (dir, "MERGE_MSG"));
  g_assert_false (git_file_exists (dir, "MERGE_MODE"));
  g_assert_false (git_file_exists (dir, "dojo-merge"));
}

static void
test_abort (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("abort", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autofree char *keep = g_build_filename (g_get_user_data_dir (), "kept", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *text = NULL;

  /* Nothing to abort yet. */
  g_assert_false (dojo_repo_abort_merge (repo, keep, &kept, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED);
  g_assert_null (kept);
  g_clear_error (&error);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_true (git_file_exists (dir, "dojo-merge"));

  /* The learner resolves main.py, edits new.py (which the merge brought),
   * leaves notes.txt alone and makes a file of their own. */
  dojo_test_write_file (dir, "main.py", "print('my resolution')\n");
  dojo_test_write_file (dir, "new.py", "x = 2  # mine\n");
  dojo_test_write_file (dir, "scratch.py", "s = 1\n");
  assert_status (repo, dir, "?? scratch.py\nAM new.py\nUU main.py\nUU notes.txt");

  g_assert_true (dojo_repo_abort_merge (repo, keep, &kept, &error));
  g_assert_no_error (error);

  /* The edits are kept, and only they. */
  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->len, ==, 2);
  {
    g_autofree char *k1 = g_build_filename (keep, "main.py", NULL);
    g_autofree char *k2 = g_build_filename (keep, "new.py", NULL);

    g_assert_cmpstr (g_ptr_array_index (kept, 0), ==, k1);
    g_assert_cmpstr (g_ptr_array_index (kept, 1), ==, k2);
  }
  text = dojo_test_read_file (keep, "main.py");
  g_assert_cmpstr (text, ==, "print('my resolution')\n");
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (keep, "new.py");
  g_assert_cmpstr (text, ==, "x = 2  # mine\n");
  g_assert_false (file_exists (keep, "notes.txt"));

  /* The project is back as before the merge, byte for byte; the new
   * untracked file stays, as with git. */
  assert_pre_merge_state (dir, saved);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "scratch.py");
  g_assert_cmpstr (text, ==, "s = 1\n");
  assert_status (repo, dir, "?? scratch.py");
  /* Two tips of the same second have no set order: the history is the
   * one from before, commit for commit. */
  assert_same_git_output (dir, saved, "log", "--graph", "--format=%H %s", "--all");
}

static void
test_abort_nothing_edited (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("abort-clean", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_true (dojo_repo_abort_merge (repo, NULL, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->len, ==, 0);
  assert_pre_merge_state (dir, saved);
  assert_status (repo, dir, "");

  /* And the same merge again works: nothing of the first one is left. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");
}

static void
test_clean_merge_commit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("clean", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *twin = NULL;
  g_autofree char *commit_id = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *head = NULL;

  dojo_test_write_file (dir, "main.py", "a = 1\nb = 2\nc = 3\n");
  g_free (commit_all (repo, "Start"));
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_true (dojo_repo_create_branch (repo, "dev", &error));
  switch_to (repo, "feature");
  dojo_test_write_file (dir, "main.py", "a = 1\nb = 2\nc = 30\n");
  dojo_test_write_file (dir, "lib/util.py", "def f() -> int:\n    return 1\n");
  g_free (commit_all (repo, "Feature"));
  switch_to (repo, "main");
  dojo_test_write_file (dir, "main.py", "a = 10\nb = 2\nc = 3\n");
  g_free (commit_all (repo, "Main"));
  twin = make_twin (dir);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", &commit_id, &conflicts, &error), ==,
                   DOJO_MERGE_COMMITTED);
  g_assert_no_error (error);
  g_assert_null (conflicts);
  head = git_line (dir, "rev-parse", "HEAD", NULL);
  g_assert_cmpstr (commit_id, ==, head);
  g_free (git (twin, "merge", "--no-edit", "-q", "feature"));

  assert_status (repo, dir, "");
  g_assert_cmpuint (head_parents (dir), ==, 2);
  assert_same_file (dir, twin, "main.py");
  assert_same_file (dir, twin, "lib/util.py");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  g_assert_false (git_file_exists (dir, "MERGE_MSG"));
  assert_same_file (dir, twin, ".git/ORIG_HEAD");
  assert_graph (dir,
                "*   Merge branch 'feature'\n"
                "|\\\n"
                "| * Feature\n"
                "* | Main\n"
                "|/\n"
                "* Start\n");

  /* On a branch other than main, git says where it merged into. */
  switch_to (repo, "dev");
  g_free (git (twin, "checkout", "-q", "dev"));
  dojo_test_write_file (dir, "dev.py", "d = 1\n");
  dojo_test_write_file (twin, "dev.py", "d = 1\n");
  g_free (commit_all (repo, "Dev"));
  g_free (git (twin, "add", "-A"));
  g_free (git (twin, "commit", "-q", "-m", "Dev"));
  g_clear_pointer (&commit_id, g_free);
  g_assert_cmpint (dojo_repo_merge (repo, "feature", &commit_id, NULL, &error), ==,
                   DOJO_MERGE_COMMITTED);
  g_assert_no_error (error);
  g_free (git (twin, "merge", "--no-edit", "-q", "feature"));
  {
    g_autofree char *message = git (dir, "log", "-1", "--format=%B");

    g_assert_cmpstr (message, ==, "Merge branch 'feature' into dev\n\n");
  }
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_status (repo, dir, "");
}

static void
test_fast_forward (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("ff", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *twin = NULL;
  g_autofree char *start = NULL;
  g_autofree char *tip = NULL;
  g_autofree char *commit_id = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  dojo_test_write_file (dir, "main.py", "print(1)\n");
  start = commit_all (repo, "Start");
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  switch_to (repo, "feature");
  dojo_test_write_file (dir, "main.py", "print(2)\n");
  dojo_test_write_file (dir, "more.py", "m = 1\n");
  tip = commit_all (repo, "Feature");
  switch_to (repo, "main");
  twin = make_twin (dir);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", &commit_id, &conflicts, &error), ==,
                   DOJO_MERGE_FAST_FORWARD);
  g_assert_no_error (error);
  g_assert_cmpstr (commit_id, ==, tip);
  g_assert_null (conflicts);
  g_free (git (twin, "merge", "-q", "feature"));

  assert_status (repo, dir, "");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD", NULL);
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  assert_same_file (dir, twin, "main.py");
  assert_same_file (dir, twin, "more.py");
  assert_same_file (dir, twin, ".git/ORIG_HEAD");
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  assert_graph (dir, "* Feature\n* Start\n");

  /* Again: up to date, nothing moves, and that needs no clean folder. */
  dojo_test_write_file (dir, "main.py", "print('unsaved')\n");
  g_clear_pointer (&commit_id, g_free);
  g_assert_cmpint (dojo_repo_merge (repo, "feature", &commit_id, NULL, &error), ==,
                   DOJO_MERGE_UP_TO_DATE);
  g_assert_no_error (error);
  g_assert_null (commit_id);
  assert_status (repo, dir, " M main.py");
}

static void
async_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_merge_async (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("async", &dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *commit_id = NULL;
  g_autofree char *amended = NULL;
  g_autofree char *reverted = NULL;

  dojo_repo_merge_async (repo, "feature", NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (dojo_repo_merge_finish (repo, result, &commit_id, &conflicts, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  g_assert_null (commit_id);
  g_assert_cmpuint (conflicts->len, ==, 2);
  g_clear_object (&result);

  dojo_repo_merge_async (repo, "feature", NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (dojo_repo_merge_finish (repo, result, NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGING);
  g_clear_error (&error);
  g_clear_object (&result);

  g_assert_true (dojo_repo_abort_merge (repo, NULL, NULL, &error));
  g_assert_no_error (error);

  dojo_repo_amend_async (repo, "Main, said better", FALSE, NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  amended = dojo_repo_amend_finish (repo, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (amended);
  g_clear_object (&result);

  dojo_repo_revert_async (repo, "HEAD", NULL, async_done, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  reverted = dojo_repo_revert_finish (repo, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reverted);
  assert_status (repo, dir, "");
}

static void
test_amend (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("amend", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *amended = NULL;
  g_autofree char *again = NULL;
  g_autofree char *author_before = NULL;
  g_autofree char *author_after = NULL;

  /* No commit yet. */
  g_assert_null (dojo_repo_amend (repo, "Nothing", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE);
  g_clear_error (&error);

  dojo_test_write_file (dir, "main.py", "print(1)\n");
  first = commit_all (repo, "Start");
  dojo_test_write_file (dir, "main.py", "print(2)\n");
  second = commit_all (repo, "Fix tpyo");
  author_before = git_line (dir, "log", "-1", "--format=%an <%ae> %at");

  /* The message only. */
  amended = dojo_repo_amend (repo, "Fix typo", FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (amended);
  g_assert_cmpstr (amended, !=, second);
  {
    g_autofree char *head = git_line (dir, "rev-parse", "HEAD", NULL);
    g_autofree char *parent = git_line (dir, "rev-parse", "HEAD^", NULL);
    g_autofree char *subject = git_line (dir, "log", "-1", "--format=%s");
    g_autofree char *tree = git_line (dir, "rev-parse", "HEAD^{tree}", NULL);
    g_autofree char *old_tree_spec = g_strdup_printf ("%s^{tree}", second);
    g_autofree char *old_tree = git_line (dir, "rev-parse", old_tree_spec, NULL);

    g_assert_cmpstr (head, ==, amended);
    g_assert_cmpstr (parent, ==, first);
    g_assert_cmpstr (subject, ==, "Fix typo");
    g_assert_cmpstr (tree, ==, old_tree);
  }
  author_after = git_line (dir, "log", "-1", "--format=%an <%ae> %at");
  g_assert_cmpstr (author_after, ==, author_before);
  assert_status (repo, dir, "");
  assert_graph (dir, "* Fix typo\n* Start\n");

  /* The same message, nothing added: nothing to do. */
  g_assert_null (dojo_repo_amend (repo, "Fix typo", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT);
  g_clear_error (&error);
  g_assert_null (dojo_repo_amend (repo, NULL, TRUE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT);
  g_clear_error (&error);

  /* With a change, and the old message. */
  dojo_test_write_file (dir, "main.py", "print(3)\n");
  dojo_test_write_file (dir, "forgot.py", "f = 1\n");
  again = dojo_repo_amend (repo, NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  assert_status (repo, dir, "");
  {
    g_autofree char *subject = git_line (dir, "log", "-1", "--format=%s");
    g_autofree char *shown = git (dir, "show", "HEAD:forgot.py");
    g_autofree char *parent = git_line (dir, "rev-parse", "HEAD^", NULL);

    g_assert_cmpstr (subject, ==, "Fix typo");
    g_assert_cmpstr (shown, ==, "f = 1\n");
    g_assert_cmpstr (parent, ==, first);
  }
  assert_graph (dir, "* Fix typo\n* Start\n");

  /* Markers in a change to add: refused. */
  dojo_test_write_file (dir, "main.py", "<<<<<<< HEAD\nprint(3)\n=======\nprint(4)\n>>>>>>> x\n");
  g_assert_null (dojo_repo_amend (repo, NULL, TRUE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS);
  assert_error_mentions (error, "“main.py”");
  assert_error_mentions (error, "line 1");
  g_clear_error (&error);
  {
    g_autofree char *head = git_line (dir, "rev-parse", "HEAD", NULL);

    g_assert_cmpstr (head, ==, again);
  }
  dojo_test_write_file (dir, "main.py", "print(3)\n");

  /* Another branch holds the commit: refused, naming it. */
  g_assert_true (dojo_repo_create_branch (repo, "copy", &error));
  g_assert_null (dojo_repo_amend (repo, "Rewritten", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE);
  assert_error_mentions (error, "“copy”");
  g_clear_error (&error);
  {
    g_autofree char *head = git_line (dir, "rev-parse", "HEAD", NULL);

    g_assert_cmpstr (head, ==, again);
  }
  assert_status (repo, dir, "");
}

static void
test_amend_merge_refused (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("amend-merge", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;

  /* During a merge. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_null (dojo_repo_amend (repo, "Sneaky", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_MERGING);
  g_clear_error (&error);
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");

  /* A merge commit. */
  dojo_test_write_file (dir, "main.py", "print('merged')\n");
  dojo_test_write_file (dir, "notes.txt", "merged\n");
  g_free (commit_all (repo, NULL));
  g_assert_true (dojo_repo_delete_branch (repo, "feature", FALSE, &error));
  g_assert_no_error (error);
  head = git_line (dir, "rev-parse", "HEAD", NULL);
  g_assert_null (dojo_repo_amend (repo, "Rewritten merge", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE);
  assert_error_mentions (error, "merge commit");
  g_clear_error (&error);
  {
    g_autofree char *now = git_line (dir, "rev-parse", "HEAD", NULL);

    g_assert_cmpstr (now, ==, head);
  }
  assert_status (repo, dir, "");
}

static void
test_revert (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("revert", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *start = NULL;
  g_autofree char *add_loop = NULL;
  g_autofree char *greeting = NULL;
  g_autofree char *twin = NULL;
  g_autofree char *reverted = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *head = NULL;

  dojo_test_write_file (dir, "main.py", "print('hello')\nprint('bye')\n");
  start = commit_all (repo, "Start");
  dojo_test_write_file (dir, "loop.py", "for i in range(3):\n    print(i)\n");
  add_loop = commit_all (repo, "Add a loop");
  dojo_test_write_file (dir, "main.py", "print('hi')\nprint('bye')\n");
  greeting = commit_all (repo, "Change the greeting");
  twin = make_twin (dir);

  reverted = dojo_repo_revert (repo, add_loop, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reverted);
  g_free (git (twin, "revert", "--no-edit", add_loop));

  g_assert_false (file_exists (dir, "loop.py"));
  assert_status (repo, dir, "");
  message = git (dir, "log", "-1", "--format=%B");
  expected = g_strdup_printf ("Revert \"Add a loop\"\n\nThis reverts commit %s.\n\n", add_loop);
  g_assert_cmpstr (message, ==, expected);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  assert_same_file (dir, twin, "main.py");
  assert_graph (dir,
                "* Revert \"Add a loop\"\n"
                "* Change the greeting\n"
                "* Add a loop\n"
                "* Start\n");

  /* Uncommitted changes: refused, nothing touched. */
  dojo_test_write_file (dir, "main.py", "print('unsaved')\nprint('bye')\n");
  g_assert_null (dojo_repo_revert (repo, greeting, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "main.py");
  g_clear_error (&error);
  {
    g_autofree char *text = dojo_test_read_file (dir, "main.py");

    g_assert_cmpstr (text, ==, "print('unsaved')\nprint('bye')\n");
  }
  g_free (git (dir, "checkout", "--", "main.py"));

  /* "Start" wrote the line that "Change the greeting" changed again:
   * refused, with nothing changed. */
  head = git_line (dir, "rev-parse", "HEAD", NULL);
  g_assert_null (dojo_repo_revert (repo, start, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_REVERT_CONFLICT);
  g_clear_error (&error);
  {
    g_autofree char *now = git_line (dir, "rev-parse", "HEAD", NULL);
    g_autofree char *text = dojo_test_read_file (dir, "main.py");

    g_assert_cmpstr (now, ==, head);
    g_assert_cmpstr (text, ==, "print('hi')\nprint('bye')\n");
  }
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  g_assert_false (git_file_exists (dir, "REVERT_HEAD"));
  assert_status (repo, dir, "");

  /* No such commit. */
  g_assert_null (dojo_repo_revert (repo, "0123456789abcdef", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_revert_first_commit_and_merge (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("revert-root", &dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  g_autofree char *id = NULL;
  g_autofree char *merge = NULL;
  g_autofree char *twin = NULL;

  dojo_test_write_file (dir, "first.py", "f = 1\n");
  root = commit_all (repo, "First");
  dojo_test_write_file (dir, "second.py", "s = 2\n");
  g_free (commit_all (repo, "Second"));
  twin = make_twin (dir);

  /* The very first commit: its files go. */
  id = dojo_repo_revert (repo, root, &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);
  g_free (git (twin, "revert", "--no-edit", root));
  g_assert_false (file_exists (dir, "first.py"));
  g_assert_true (file_exists (dir, "second.py"));
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_status (repo, dir, "");

  /* A merge commit: refused, saying why. */
  g_assert_true (dojo_repo_create_branch (repo, "side", &error));
  switch_to (repo, "side");
  dojo_test_write_file (dir, "side.py", "x = 1\n");
  g_free (commit_all (repo, "Side"));
  switch_to (repo, "main");
  dojo_test_write_file (dir, "second.py", "s = 3\n");
  g_free (commit_all (repo, "Main"));
  g_assert_cmpint (dojo_repo_merge (repo, "side", &merge, NULL, &error), ==,
                   DOJO_MERGE_COMMITTED);
  g_assert_null (dojo_repo_revert (repo, merge, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED);
  assert_error_mentions (error, "merge commit");
  g_clear_error (&error);
  {
    g_autofree char *head = git_line (dir, "rev-parse", "HEAD", NULL);

    g_assert_cmpstr (head, ==, merge);
  }
  assert_status (repo, dir, "");
}

static void
test_locked_index (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("locked", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autofree char *lock = g_build_filename (dir, ".git", "index.lock", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  g_assert_true (dojo_repo_merge (repo, "feature", NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_LOCKED);
  assert_error_mentions (error, ".git/index.lock");
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (lock), ==, 0);

  assert_pre_merge_state (dir, saved);
  assert_status (repo, dir, "");

  /* A lock taken during the merge: the abort waits for it too. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  g_assert_false (dojo_repo_abort_merge (repo, NULL, NULL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_true (dojo_repo_is_merging (repo));
  g_assert_cmpint (g_unlink (lock), ==, 0);
  g_assert_true (dojo_repo_abort_merge (repo, NULL, NULL, &error));
  g_assert_no_error (error);
  assert_pre_merge_state (dir, saved);
}

static void
test_shell_merge_finished_here (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("shell-finish", &dir);
  g_autofree char *twin = make_twin (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoMergeState) state = NULL;
  g_autofree char *feature_tip = git_line (dir, "rev-parse", "feature", NULL);
  g_autofree char *id = NULL;
  int status = -1;

  /* The learner types `git merge feature` in the Shell. */
  g_free (dojo_test_git_try_c (dir, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_true (dojo_repo_is_merging (repo));
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");

  state = dojo_repo_get_merge_state (repo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (state->branch, ==, "feature");
  g_assert_cmpstr (state->their_id, ==, feature_tip);
  g_assert_cmpstr (state->message, ==, "Merge branch 'feature'");
  g_assert_cmpuint (state->conflicts->len, ==, 2);

  /* One resolved and staged in the Shell, one in Dojo. */
  dojo_test_write_file (dir, "main.py", "print('merged')\n");
  g_free (git (dir, "add", "main.py"));
  {
    g_autoptr(DojoMergeState) now = dojo_repo_get_merge_state (repo, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (now->conflicts->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (now->conflicts, 0), ==, "notes.txt");
  }
  dojo_test_write_file (dir, "notes.txt", "notes\n");
  id = dojo_repo_commit (repo, "", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  g_free (dojo_test_git_try_c (twin, &status, "merge", "feature", NULL));
  dojo_test_write_file (twin, "main.py", "print('merged')\n");
  dojo_test_write_file (twin, "notes.txt", "notes\n");
  g_free (git (twin, "add", "-A"));
  twin_commit_merge (twin);

  assert_status (repo, dir, "");
  g_assert_cmpuint (head_parents (dir), ==, 2);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "log", "--graph", "--format=%s");
  g_assert_false (git_file_exists (dir, "AUTO_MERGE"));
}

static void
test_shell_merge_aborted_here (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("shell-abort", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autofree char *keep = g_build_filename (g_get_user_data_dir (), "kept", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  int status = -1;

  g_free (dojo_test_git_try_c (dir, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_false (git_file_exists (dir, "dojo-merge"));

  /* Without Dojo's record, a conflicted file counts as edited unless it
   * is our side with its markers: both are kept, to be safe. */
  g_assert_true (dojo_repo_abort_merge (repo, keep, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 2);
  {
    g_autofree char *text = dojo_test_read_file (keep, "main.py");

    g_assert_true (dojo_conflict_has_markers (text, -1, NULL));
  }
  assert_pre_merge_state (dir, saved);
  g_assert_false (git_file_exists (dir, "AUTO_MERGE"));
  assert_status (repo, dir, "");
}

static void
test_delete_modify_conflict (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("delete-modify", &dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *twin = NULL;
  int status = -1;

  dojo_test_write_file (dir, "main.py", "print(1)\n");
  dojo_test_write_file (dir, "old.py", "o = 1\n");
  g_free (commit_all (repo, "Start"));
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  switch_to (repo, "feature");
  dojo_test_write_file (dir, "old.py", "o = 2\n");
  g_free (commit_all (repo, "Change old.py"));
  switch_to (repo, "main");
  delete_file (dir, "old.py");
  g_free (commit_all (repo, "Delete old.py"));
  twin = make_twin (dir);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, &conflicts, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (conflicts, 0), ==, "old.py");
  g_free (dojo_test_git_try_c (twin, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  assert_same_file (dir, twin, "old.py");
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  assert_same_git_output (dir, twin, "status", "--porcelain", NULL);
  assert_status (repo, dir, "UU old.py");

  /* The learner keeps it deleted. */
  if (file_exists (dir, "old.py"))
    delete_file (dir, "old.py");
  if (file_exists (twin, "old.py"))
    delete_file (twin, "old.py");
  g_free (commit_all (repo, NULL));
  g_free (git (twin, "add", "-A"));
  twin_commit_merge (twin);
  assert_status (repo, dir, "");
  g_assert_cmpuint (head_parents (dir), ==, 2);
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
  assert_same_git_output (dir, twin, "log", "-1", "--format=%B");
}

static void
test_binary_conflict (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_repo ("binary", &dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *twin = NULL;
  g_autofree char *id = NULL;
  int status = -1;

  write_bytes (dir, "data.bin", "\x89PNG\0\0base\n", 11);
  g_free (commit_all (repo, "Start"));
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  switch_to (repo, "feature");
  write_bytes (dir, "data.bin", "\x89PNG\0\0theirs\n", 13);
  g_free (commit_all (repo, "Their picture"));
  switch_to (repo, "main");
  write_bytes (dir, "data.bin", "\x89PNG\0\0ours\n", 11);
  g_free (commit_all (repo, "Our picture"));
  twin = make_twin (dir);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, &conflicts, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  g_assert_cmpuint (conflicts->len, ==, 1);
  g_free (dojo_test_git_try_c (twin, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  /* git leaves our version in the folder; no markers in a binary file. */
  assert_same_file (dir, twin, "data.bin");
  assert_same_git_output (dir, twin, "ls-files", "-s", NULL);
  assert_status (repo, dir, "UU data.bin");

  id = dojo_repo_commit (repo, NULL, DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_free (git (twin, "add", "-A"));
  twin_commit_merge (twin);
  assert_status (repo, dir, "");
  assert_same_git_output (dir, twin, "rev-parse", "HEAD^{tree}", NULL);
}

static void
test_refusals_change_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("refusals", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* A branch that does not exist. */
  g_assert_true (dojo_repo_merge (repo, "nope", NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_SUCH_BRANCH);
  assert_error_mentions (error, "“nope”");
  g_clear_error (&error);
  assert_pre_merge_state (dir, saved);

  /* A changed file. */
  dojo_test_write_file (dir, "main.py", "print('not committed')\n");
  g_assert_true (dojo_repo_merge (repo, "feature", NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "main.py");
  g_clear_error (&error);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('not committed')\n");
  g_assert_false (git_file_exists (dir, "MERGE_HEAD"));
  assert_status (repo, dir, " M main.py");
  g_free (git (dir, "checkout", "--", "main.py"));

  /* A new file, even one the merge would not touch. */
  dojo_test_write_file (dir, "idea.py", "i = 1\n");
  g_assert_true (dojo_repo_merge (repo, "feature", NULL, NULL, &error) == MERGE_FAILED);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "idea.py");
  g_clear_error (&error);
  assert_status (repo, dir, "?? idea.py");
  delete_file (dir, "idea.py");
  assert_pre_merge_state (dir, saved);

  /* Markers in a commit outside any merge: refused too. */
  dojo_test_write_file (dir, "main.py", "x = 1\n=======\n>>>>>>> pasted\n");
  g_assert_null (dojo_repo_commit (repo, "Pasted", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS);
  assert_error_mentions (error, "line 3");
  g_clear_error (&error);
  /* Staged, the staged text is what counts. */
  {
    const char *paths[] = { "main.py", NULL };

    g_assert_true (dojo_repo_stage (repo, paths, &error));
    dojo_test_write_file (dir, "main.py", "x = 1\n");
    g_assert_null (dojo_repo_commit (repo, "Pasted", DOJO_COMMIT_STAGED, &error));
    g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CONFLICT_MARKERS);
    g_clear_error (&error);
    g_assert_true (dojo_repo_stage (repo, paths, &error));
    g_free (dojo_repo_commit (repo, "Clean", DOJO_COMMIT_STAGED, &error));
    g_assert_no_error (error);
  }
  /* A heading underline is no marker. */
  dojo_test_write_file (dir, "README.rst", "Title\n=======\n");
  g_free (commit_all (repo, "Readme"));
  assert_status (repo, dir, "");
}

static void
test_diff3_style (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("diff3", &dir);
  g_autofree char *twin = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autofree char *text = NULL;
  int status = -1;

  /* The learner's git setting decides the style, as for git. */
  g_free (git (dir, "config", "merge.conflictStyle", "diff3"));
  twin = make_twin (dir);

  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_assert_no_error (error);
  g_free (dojo_test_git_try_c (twin, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);

  assert_same_file (dir, twin, "main.py");
  assert_same_file (dir, twin, "notes.txt");
  text = dojo_test_read_file (dir, "notes.txt");
  regions = dojo_conflict_parse (text, -1);
  g_assert_cmpuint (regions->len, ==, 1);
  g_assert_cmpint (((DojoConflictRegion *)g_ptr_array_index (regions, 0))->base_line, ==, 3);
  assert_status (repo, dir, "A  new.py\nUU main.py\nUU notes.txt");
}

static void
test_stale_record (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = diverged_project ("stale-record", &dir);
  g_autofree char *saved = make_twin (dir);
  g_autofree char *keep = g_build_filename (g_get_user_data_dir (), "kept", NULL);
  g_autofree char *merge_head = g_build_filename (dir, ".git", "MERGE_HEAD", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  int status = -1;

  /* Dojo merges; the Shell aborts, which leaves Dojo's record behind. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_CONFLICTS);
  g_free (git (dir, "merge", "--abort"));
  g_assert_true (git_file_exists (dir, "dojo-merge"));
  assert_status (repo, dir, "");

  /* feature moves on, and is merged in the Shell: the old record is not
   * this merge's (though main.py gets the very bytes it recorded), so it
   * is not trusted, and every conflict is kept. */
  g_free (git (dir, "checkout", "-q", "feature"));
  dojo_test_write_file (dir, "notes.txt", "a\nO\nc\n");
  g_free (git (dir, "commit", "-q", "-a", "-m", "Other"));
  g_free (git (dir, "checkout", "-q", "main"));
  g_free (dojo_test_git_try_c (dir, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_true (dojo_repo_abort_merge (repo, keep, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 2);
  assert_pre_merge_state (dir, saved);
  g_clear_pointer (&kept, g_ptr_array_unref);

  /* A damaged MERGE_HEAD does not keep the learner from aborting. */
  g_free (dojo_test_git_try_c (dir, &status, "merge", "feature", NULL));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  dojo_test_write_file (dir, "notes.txt", "a\nmine\nc\n");
  g_assert_true (g_file_set_contents (merge_head, "garbage\n", -1, NULL));
  g_assert_true (dojo_repo_abort_merge (repo, keep, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kept->len, ==, 2);
  {
    g_autofree char *text = dojo_test_read_file (keep, "notes.txt");

    g_assert_cmpstr (text, ==, "a\nmine\nc\n");
  }
  assert_pre_merge_state (dir, saved);
  assert_status (repo, dir, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vcs-merge/conflicts", test_merge_with_conflicts);
  g_test_add_func ("/vcs-merge/conflicts/own-message", test_merge_commit_message_override);
  g_test_add_func ("/vcs-merge/conflicts/diff3", test_diff3_style);
  g_test_add_func ("/vcs-merge/abort", test_abort);
  g_test_add_func ("/vcs-merge/abort/nothing-edited", test_abort_nothing_edited);
  g_test_add_func ("/vcs-merge/clean", test_clean_merge_commit);
  g_test_add_func ("/vcs-merge/fast-forward", test_fast_forward);
  g_test_add_func ("/vcs-merge/async", test_merge_async);
  g_test_add_func ("/vcs-merge/amend", test_amend);
  g_test_add_func ("/vcs-merge/amend/merge-refused", test_amend_merge_refused);
  g_test_add_func ("/vcs-merge/revert", test_revert);
  g_test_add_func ("/vcs-merge/revert/first-and-merge", test_revert_first_commit_and_merge);
  g_test_add_func ("/vcs-merge/hostile/locked", test_locked_index);
  g_test_add_func ("/vcs-merge/hostile/shell-merge-finished", test_shell_merge_finished_here);
  g_test_add_func ("/vcs-merge/hostile/shell-merge-aborted", test_shell_merge_aborted_here);
  g_test_add_func ("/vcs-merge/hostile/stale-record", test_stale_record);
  g_test_add_func ("/vcs-merge/hostile/delete-modify", test_delete_modify_conflict);
  g_test_add_func ("/vcs-merge/hostile/binary", test_binary_conflict);
  g_test_add_func ("/vcs-merge/hostile/refusals", test_refusals_change_nothing);

  return g_test_run ();
}
