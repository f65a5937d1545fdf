/* test-vcs.c: the project's git repository, checked against the git command
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "dojo-ignore-cache.h"
#include "dojo-repo.h"
#include "dojo-repo-monitor.h"
#include "dojo-test-git.h"

/* Helpers */

#define git(dir, ...) git_ok (dir, dojo_test_git_try_c (dir, NULL, __VA_ARGS__, NULL))

static char *
git_ok (const char *dir,
        char       *out)
{
  g_assert_nonnull (out);
  return out;
}

static gboolean
file_exists (const char *dir,
             const char *rel)
{
  g_autofree char *path = g_build_filename (dir, rel, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A repository in a fresh folder, with an identity and @n_commits commits:
 * commit i writes main.py = "print(i)\n". */
static DojoRepo *
new_project (const char  *name,
             char       **dir_out,
             guint        n_commits)
{
  g_autofree char *dir = dojo_test_project_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoRepo) repo = NULL;

  dojo_test_set_identity ();
  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (repo);

  for (guint i = 0; i < n_commits; i++)
    {
      g_autofree char *text = g_strdup_printf ("print(%u)\n", i);
      g_autofree char *message = g_strdup_printf ("Step %u", i);
      g_autofree char *id = NULL;

      dojo_test_write_file (dir, "main.py", text);
      id = dojo_repo_commit (repo, message, DOJO_COMMIT_ALL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (id);
    }

  if (dir_out != NULL)
    *dir_out = g_steal_pointer (&dir);

  return g_steal_pointer (&repo);
}

static void
assert_fsck_clean (const char *dir)
{
  int status = -1;
  g_autofree char *out = dojo_test_git_try_c (dir, &status,
                                              "fsck", "--strict", "--no-progress", NULL);

  g_assert_nonnull (out);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Our status in `git status --porcelain` form, sorted. */
static char *
status_as_porcelain (GPtrArray *changes)
{
  g_autofree char *text = dojo_test_git_porcelain (changes);

  return dojo_test_sorted_lines (text);
}

static void
assert_status_matches_git (DojoRepo   *repo,
                           const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = dojo_repo_status (repo, &error);
  g_autofree char *ours = NULL;
  g_autofree char *theirs_raw = NULL;
  g_autofree char *theirs = NULL;

  g_assert_no_error (error);
  ours = status_as_porcelain (changes);
  theirs_raw = git (dir, "status", "--porcelain", "--untracked-files=all");
  theirs = dojo_test_sorted_lines (theirs_raw);
  g_assert_cmpstr (ours, ==, theirs);
}

/* Our log in `git log --format=%H%x09%s` form. */
static char *
log_as_git (DojoRepo *repo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 0, &error);
  g_autoptr(GString) str = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (log, i);
      g_string_append_printf (str, "%s\t%s\n", info->id, info->summary);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
assert_log_matches_git (DojoRepo   *repo,
                        const char *dir)
{
  g_autofree char *ours = log_as_git (repo);
  g_autofree char *theirs = git (dir, "log", "--format=%H%x09%s");

  g_assert_cmpstr (ours, ==, theirs);
}

static void
assert_error_mentions (const GError *error,
                       const char   *part)
{
  g_assert_nonnull (error);
  if (strstr (error->message, part) == NULL)
    g_error ("“%s” not in the message “%s”", part, error->message);
}

/* Tests */

static void
test_init (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("init", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(DojoRepo) again = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *head = git (dir, "symbolic-ref", "HEAD");
  g_autofree char *ignore = dojo_test_read_file (dir, ".gitignore");
  g_autofree char *branch = dojo_repo_get_current_branch (repo);
  g_autofree char *count = git (dir, "rev-list", "--all", "--count");
  const char *expected[] = { "__pycache__/", "*.pyc", ".venv/", ".mypy_cache/",
                             ".pytest_cache/", ".dojo/" };

  g_assert_cmpstr (head, ==, "refs/heads/main\n");
  g_assert_cmpstr (branch, ==, "main");
  g_assert_cmpstr (count, ==, "0\n");
  g_assert_null (dojo_repo_get_head_id (repo));
  g_assert_false (dojo_repo_is_detached (repo));

  g_assert_nonnull (ignore);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", expected[i]);
      g_assert_nonnull (strstr (ignore, line));
    }

  /* Nothing else: only .gitignore is new. */
  assert_status_matches_git (repo, dir);
  log = dojo_repo_log (repo, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 0);

  /* Ignored files stay out of the status. */
  dojo_test_write_file (dir, "__pycache__/main.cpython-311.pyc", "\x01\x02");
  dojo_test_write_file (dir, ".venv/bin/python", "#!");
  assert_status_matches_git (repo, dir);

  /* Init again keeps the learner's own .gitignore. */
  dojo_test_write_file (dir, ".gitignore", "mine\n");
  again = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  g_clear_pointer (&ignore, g_free);
  ignore = dojo_test_read_file (dir, ".gitignore");
  g_assert_cmpstr (ignore, ==, "mine\n");
}

static void
test_open_errors (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("open", &dir, 1);
  g_autofree char *sub = g_build_filename (dir, "pkg", NULL);
  g_autofree char *plain = dojo_test_project_path ("plain");
  g_autofree char *missing = dojo_test_project_path ("missing");
  g_autoptr(GFile) sub_file = g_file_new_for_path (sub);
  g_autoptr(GFile) plain_file = g_file_new_for_path (plain);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(DojoRepo) opened = NULL;
  g_autoptr(GError) error = NULL;

  /* The folder itself opens… */
  opened = dojo_repo_open (dir_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (opened);

  /* …a folder inside it is not taken for it. */
  dojo_test_write_file (dir, "pkg/mod.py", "x = 1\n");
  g_assert_null (dojo_repo_open (sub_file, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY);
  g_clear_error (&error);

  dojo_test_write_file (plain, "main.py", "print()\n");
  g_assert_null (dojo_repo_open (plain_file, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY);
  assert_error_mentions (error, ".git");
  g_clear_error (&error);

  g_assert_null (dojo_repo_open (missing_file, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE);
}

static void
test_identity (void)
{
  g_autofree char *dir = dojo_test_project_path ("identity");
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  g_autofree char *id = NULL;
  g_autofree char *git_name = NULL;
  g_autofree char *git_email = NULL;
  g_autofree char *author = NULL;
  g_autofree char *porcelain = NULL;

  /* A fresh HOME: nobody is known yet. */
  g_assert_false (dojo_repo_get_identity (NULL, &name, &email));
  g_assert_null (name);

  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('hi')\n");

  g_assert_null (dojo_repo_commit (repo, "First", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY);
  g_clear_error (&error);
  g_assert_null (dojo_repo_get_head_id (repo));
  /* Refusing did not stage anything behind the learner's back either. */
  porcelain = git (dir, "status", "--porcelain");
  g_assert_cmpstr (porcelain, ==, "?? .gitignore\n?? main.py\n");

  g_assert_false (dojo_repo_set_global_identity ("", "a@b", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);
  g_clear_error (&error);
  g_assert_false (dojo_repo_set_global_identity ("Ada", "not an email", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);
  g_clear_error (&error);

  dojo_test_set_identity ();
  git_name = git (dir, "config", "--global", "user.name");
  git_email = git (dir, "config", "--global", "user.email");
  g_assert_cmpstr (git_name, ==, "Ada Lovelace\n");
  g_assert_cmpstr (git_email, ==, "ada@example.org\n");
  g_assert_true (dojo_repo_get_identity (repo, &name, &email));
  g_assert_cmpstr (name, ==, "Ada Lovelace");
  g_assert_cmpstr (email, ==, "ada@example.org");

  id = dojo_repo_commit (repo, "First", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  author = git (dir, "log", "-1", "--format=%an <%ae>|%cn <%ce>");
  g_assert_cmpstr (author, ==, "Ada Lovelace <ada@example.org>|Ada Lovelace <ada@example.org>\n");

  /* The project's own config wins, as in git. */
  g_free (git (dir, "config", "user.name", "Ada in class"));
  g_clear_pointer (&name, g_free);
  g_assert_true (dojo_repo_get_identity (repo, &name, NULL));
  g_assert_cmpstr (name, ==, "Ada in class");
}

static void
test_status_matches_git (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("status", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *id = NULL;
  g_autofree char *old_path = NULL;
  const char *stage[] = { "staged.py", NULL };
  const char *renamed[] = { "old_name.py", "new_name.py", NULL };
  guint n = 0;

  dojo_test_write_file (dir, "main.py", "print(1)\n");
  dojo_test_write_file (dir, "gone.py", "x = 1\n");
  dojo_test_write_file (dir, "staged.py", "y = 1\n");
  dojo_test_write_file (dir, "old_name.py", "def long_enough_to_rename():\n    return 42\n");
  dojo_test_write_file (dir, "pkg/util.py", "z = 1\n");
  id = dojo_repo_commit (repo, "Start", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  g_assert_true (dojo_repo_count_changes (repo, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  assert_status_matches_git (repo, dir);

  dojo_test_write_file (dir, "main.py", "print(2)\n");
  old_path = g_build_filename (dir, "gone.py", NULL);
  g_assert_cmpint (g_unlink (old_path), ==, 0);
  dojo_test_write_file (dir, "staged.py", "y = 2\n");
  g_assert_true (dojo_repo_stage (repo, stage, &error));
  g_assert_no_error (error);
  dojo_test_write_file (dir, "staged.py", "y = 3\n");   /* staged, then changed again: "MM" */
  dojo_test_write_file (dir, "new/deep/er/file.py", "new = True\n");
  dojo_test_write_file (dir, "pkg/__pycache__/util.cpython-311.pyc", "junk");
  g_clear_pointer (&old_path, g_free);
  old_path = g_build_filename (dir, "old_name.py", NULL);
  {
    g_autofree char *new_path = g_build_filename (dir, "new_name.py", NULL);
    g_assert_cmpint (g_rename (old_path, new_path), ==, 0);
  }
  g_assert_true (dojo_repo_stage (repo, renamed, &error));
  g_assert_no_error (error);

  assert_status_matches_git (repo, dir);

  changes = dojo_repo_status (repo, &error);
  g_assert_no_error (error);
  g_assert_true (dojo_repo_count_changes (repo, &n, &error));
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (changes->len, ==, 5);
  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *c = g_ptr_array_index (changes, i);

      if (g_str_equal (c->path, "gone.py"))
        g_assert_cmpint (c->status, ==, DOJO_FILE_STATUS_DELETED);
      else if (g_str_equal (c->path, "new/deep/er/file.py"))
        g_assert_cmpint (c->status, ==, DOJO_FILE_STATUS_NEW);
      else if (g_str_equal (c->path, "new_name.py"))
        {
          g_assert_cmpint (c->status, ==, DOJO_FILE_STATUS_RENAMED);
          g_assert_cmpstr (c->old_path, ==, "old_name.py");
          g_assert_true (c->staged);
        }
      else if (g_str_equal (c->path, "staged.py"))
        {
          g_assert_true (c->staged);
          g_assert_cmpint (c->workdir_status, ==, DOJO_FILE_STATUS_MODIFIED);
        }
      else
        {
          g_assert_cmpstr (c->path, ==, "main.py");
          g_assert_false (c->staged);
          g_assert_cmpint (c->status, ==, DOJO_FILE_STATUS_MODIFIED);
        }
    }

  /* A commit made with the git command shows up. */
  g_free (git (dir, "add", "-A"));
  g_free (git (dir, "commit", "-q", "-m", "From the terminal"));
  g_assert_true (dojo_repo_count_changes (repo, &n, &error));
  g_assert_cmpuint (n, ==, 0);
  assert_log_matches_git (repo, dir);
}

static void
test_stage_unstage (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("stage", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *cached = NULL;
  g_autofree char *id = NULL;
  g_autofree char *gone = NULL;
  const char *a[] = { "a.py", NULL };
  const char *pkg[] = { "pkg", NULL };

  /* Before the first commit. */
  dojo_test_write_file (dir, "a.py", "a = 1\n");
  dojo_test_write_file (dir, "pkg/b.py", "b = 1\n");
  g_assert_true (dojo_repo_stage (repo, a, &error));
  g_assert_no_error (error);
  cached = git (dir, "diff", "--cached", "--name-only");
  g_assert_cmpstr (cached, ==, "a.py\n");
  g_assert_true (dojo_repo_unstage (repo, a, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cached, g_free);
  cached = git (dir, "diff", "--cached", "--name-only");
  g_assert_cmpstr (cached, ==, "");
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));

  /* A folder stages what is in it. */
  g_assert_true (dojo_repo_stage (repo, pkg, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cached, g_free);
  cached = git (dir, "diff", "--cached", "--name-only");
  g_assert_cmpstr (cached, ==, "pkg/b.py\n");

  id = dojo_repo_commit (repo, "Only pkg", DOJO_COMMIT_STAGED, &error);
  g_assert_no_error (error);
  g_clear_pointer (&cached, g_free);
  cached = git (dir, "show", "--name-only", "--format=", "HEAD");
  g_assert_cmpstr (cached, ==, "pkg/b.py\n");

  /* After it: stage_all takes new, changed and deleted files. */
  gone = g_build_filename (dir, "pkg", "b.py", NULL);
  g_assert_cmpint (g_unlink (gone), ==, 0);
  g_assert_true (dojo_repo_stage_all (repo, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cached, g_free);
  cached = git (dir, "diff", "--cached", "--name-status");
  g_assert_cmpstr (cached, ==, "A\t.gitignore\nA\ta.py\nD\tpkg/b.py\n");

  g_assert_true (dojo_repo_unstage (repo, a, &error));
  g_assert_no_error (error);
  g_clear_pointer (&cached, g_free);
  cached = git (dir, "diff", "--cached", "--name-status");
  g_assert_cmpstr (cached, ==, "A\t.gitignore\nD\tpkg/b.py\n");
  assert_status_matches_git (repo, dir);
}

static DojoDiffFile *
find_diff_file (DojoDiff   *diff,
                const char *path)
{
  GPtrArray *files = dojo_diff_get_files (diff);

  for (guint i = 0; i < files->len; i++)
    {
      DojoDiffFile *file = g_ptr_array_index (files, i);

      if (g_strcmp0 (file->new_path, path) == 0)
        return file;
    }

  return NULL;
}

static void
test_diff_matches_git (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("diff", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(DojoDiff) between = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *bin_path = NULL;
  DojoDiffFile *file;
  DojoDiffHunk *hunk;
  guint n_files = 0, added = 0, removed = 0;

  dojo_test_write_file (dir, "main.py",
                        "def greet(name):\n    print('hi', name)\n\n\n"
                        "for i in range(3):\n    greet(i)\n");
  dojo_test_write_file (dir, "notes.txt", "no newline at the end");
  first = dojo_repo_commit (repo, "First", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  dojo_test_write_file (dir, "main.py",
                        "def greet(name):\n    print('hello', name)\n\n\n"
                        "for i in range(3):\n    greet(i)\n"
                        "greet('you')\n");
  dojo_test_write_file (dir, "notes.txt", "no newline at the end, still");

  /* Tracked changes only: the same patch `git diff` prints. */
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);
  theirs = git (dir, "diff");
  g_assert_cmpstr (dojo_diff_get_patch (diff), ==, theirs);

  file = find_diff_file (diff, "main.py");
  g_assert_nonnull (file);
  g_assert_false (file->binary);
  g_assert_cmpint (file->status, ==, DOJO_FILE_STATUS_MODIFIED);
  g_assert_cmpuint (file->hunks->len, ==, 1);
  hunk = g_ptr_array_index (file->hunks, 0);
  g_assert_cmpint (hunk->old_start, ==, 1);
  g_assert_cmpint (hunk->old_lines, ==, 6);
  g_assert_cmpint (hunk->new_lines, ==, 7);
  {
    DojoDiffLine *l0 = g_ptr_array_index (hunk->lines, 0);
    DojoDiffLine *l1 = g_ptr_array_index (hunk->lines, 1);
    DojoDiffLine *l2 = g_ptr_array_index (hunk->lines, 2);
    DojoDiffLine *last = g_ptr_array_index (hunk->lines, hunk->lines->len - 1);

    g_assert_cmpint (l0->origin, ==, ' ');
    g_assert_cmpstr (l0->content, ==, "def greet(name):");
    g_assert_cmpint (l0->old_lineno, ==, 1);
    g_assert_cmpint (l0->new_lineno, ==, 1);
    g_assert_cmpint (l1->origin, ==, '-');
    g_assert_cmpstr (l1->content, ==, "    print('hi', name)");
    g_assert_cmpint (l1->old_lineno, ==, 2);
    g_assert_cmpint (l1->new_lineno, ==, -1);
    g_assert_cmpint (l2->origin, ==, '+');
    g_assert_cmpstr (l2->content, ==, "    print('hello', name)");
    g_assert_cmpint (l2->old_lineno, ==, -1);
    g_assert_cmpint (l2->new_lineno, ==, 2);
    g_assert_cmpint (last->origin, ==, '+');
    g_assert_cmpint (last->new_lineno, ==, 7);
  }
  file = find_diff_file (diff, "notes.txt");
  g_assert_nonnull (file);
  hunk = g_ptr_array_index (file->hunks, 0);
  {
    DojoDiffLine *l0 = g_ptr_array_index (hunk->lines, 0);
    g_assert_true (l0->no_newline);
  }
  dojo_diff_get_stats (diff, &n_files, &added, &removed);
  g_assert_cmpuint (n_files, ==, 2);
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpuint (removed, ==, 2);

  /* New files come as additions, binary ones marked: compare with git after
   * `git add -N`, which makes git show them the same way. */
  dojo_test_write_file (dir, "new/helper.py", "def helper():\n    return 1\n");
  bin_path = g_build_filename (dir, "logo.bin", NULL);
  g_assert_true (g_file_set_contents (bin_path, "PNG\0\1\2\3\0binary",
                                    sizeof ("PNG\0\1\2\3\0binary") - 1, NULL));
  g_clear_pointer (&diff, dojo_diff_unref);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);
  g_free (git (dir, "add", "-N", "new/helper.py", "logo.bin"));
  g_clear_pointer (&theirs, g_free);
  theirs = git (dir, "diff");
  g_assert_cmpstr (dojo_diff_get_patch (diff), ==, theirs);
  file = find_diff_file (diff, "logo.bin");
  g_assert_nonnull (file);
  g_assert_true (file->binary);
  g_assert_cmpuint (file->hunks->len, ==, 0);
  file = find_diff_file (diff, "new/helper.py");
  g_assert_nonnull (file);
  g_assert_cmpint (file->status, ==, DOJO_FILE_STATUS_NEW);
  g_assert_false (file->binary);

  /* Between two commits. */
  g_free (git (dir, "reset", "-q"));
  second = dojo_repo_commit (repo, "Second", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  between = dojo_repo_diff (repo, first, second, &error);
  g_assert_no_error (error);
  g_clear_pointer (&theirs, g_free);
  theirs = git (dir, "diff", first, second);
  g_assert_cmpstr (dojo_diff_get_patch (between), ==, theirs);
  g_assert_cmpuint (dojo_diff_get_files (between)->len, ==, 4);

  /* Nothing changed: an empty diff. */
  g_clear_pointer (&diff, dojo_diff_unref);
  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dojo_diff_get_files (diff)->len, ==, 0);
  g_assert_cmpstr (dojo_diff_get_patch (diff), ==, "");

  g_assert_null (dojo_repo_diff (repo, "no-such-version", NULL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FOUND);
}

/* Each file carries its own part of the patch as libgit2 prints it: byte
 * for byte what `git diff -- FILE` prints, for a changed file, one without
 * a final newline, a deleted one, a new one and a binary one. (The "index"
 * line's short ids are 7 characters on both sides; git lengthens them only
 * in repositories of many thousands of objects.) */
static void
test_diff_file_patch_matches_git (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("file-patch", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autofree char *first = NULL;
  g_autofree char *bin_path = NULL;
  g_autofree char *old_path = NULL;
  GPtrArray *files;

  dojo_test_write_file (dir, "main.py", "for i in range(3):\n    print(i)\n");
  dojo_test_write_file (dir, "notes.txt", "no newline at the end");
  dojo_test_write_file (dir, "old.py", "print('soon gone')\n");
  first = dojo_repo_commit (repo, "First", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  dojo_test_write_file (dir, "main.py", "for i in range(5):\n    print(i * i)\n");
  dojo_test_write_file (dir, "notes.txt", "no newline at the end, still");
  old_path = g_build_filename (dir, "old.py", NULL);
  g_assert_cmpint (g_unlink (old_path), ==, 0);
  dojo_test_write_file (dir, "new.py", "print('new')\n");
  bin_path = g_build_filename (dir, "logo.bin", NULL);
  g_assert_true (g_file_set_contents (bin_path, "PNG\0\1\2", sizeof ("PNG\0\1\2") - 1, NULL));

  diff = dojo_repo_diff (repo, NULL, NULL, &error);
  g_assert_no_error (error);
  /* `git add -N` makes git show the new files as additions, as we do. */
  g_free (git (dir, "add", "-N", "new.py", "logo.bin"));

  files = dojo_diff_get_files (diff);
  g_assert_cmpuint (files->len, ==, 5);
  for (guint i = 0; i < files->len; i++)
    {
      DojoDiffFile *file = g_ptr_array_index (files, i);
      g_autofree char *theirs = git (dir, "diff", "--", file->new_path);

      g_assert_cmpstr (file->patch, ==, theirs);
      g_assert_true (g_str_has_prefix (file->patch, "diff --git "));
    }
  g_assert_true (find_diff_file (diff, "logo.bin")->binary);
  g_assert_cmpint (find_diff_file (diff, "old.py")->status, ==, DOJO_FILE_STATUS_DELETED);
}

/* @patch without the "--- a/…" and "+++ b/…" lines of files that have no
 * hunks (an empty file added or deleted): git leaves those two lines out,
 * libgit2 prints them; the rest is the same. */
static char *
without_headers_of_empty_files (const char *patch)
{
  g_auto(GStrv) lines = g_strsplit (patch, "\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "--- ") && lines[i + 1] != NULL
          && g_str_has_prefix (lines[i + 1], "+++ ")
          && (lines[i + 2] == NULL || !g_str_has_prefix (lines[i + 2], "@@ ")))
        {
          i++;
          continue;
        }

      g_string_append (out, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A first commit has no parent; from "" (nothing), every file in it is new,
 * as `git diff-tree --root` prints a commit without a parent. */
static void
test_diff_root_commit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("root-diff", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autofree char *root = NULL;
  g_autofree char *second = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  GPtrArray *files;

  dojo_test_write_file (dir, "main.py", "print('one')\n");
  dojo_test_write_file (dir, "data/empty.txt", "");
  root = dojo_repo_commit (repo, "First", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('two')\n");
  second = dojo_repo_commit (repo, "Second", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  diff = dojo_repo_diff (repo, "", root, &error);
  g_assert_no_error (error);
  theirs = git (dir, "diff-tree", "-p", "--root", "--no-commit-id", root);
  ours = without_headers_of_empty_files (dojo_diff_get_patch (diff));
  g_assert_cmpstr (ours, ==, theirs);

  /* .gitignore, data/empty.txt and main.py, as the first commit had them. */
  files = dojo_diff_get_files (diff);
  g_assert_cmpuint (files->len, ==, 3);
  for (guint i = 0; i < files->len; i++)
    {
      DojoDiffFile *file = g_ptr_array_index (files, i);

      g_assert_cmpint (file->status, ==, DOJO_FILE_STATUS_NEW);
    }
  g_assert_nonnull (strstr (dojo_diff_get_patch (diff), "+print('one')\n"));
}

static void
test_commit_matches_git (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("commit", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *id = NULL;
  g_autofree char *again = NULL;
  g_autofree char *staged_id = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  g_autofree char *head_before = NULL;
  g_autofree char *head_after = NULL;
  g_autofree char *name_status = NULL;
  g_autofree char *gone = NULL;
  const char *stage[] = { "a.py", NULL };

  dojo_test_write_file (dir, "main.py", "print('ß and こんにちは')\n");
  dojo_test_write_file (dir, "pkg/a.py", "a = 1\n");
  id = dojo_repo_commit (repo, "  First steps  \n\n\n", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (id), ==, 40);

  rev = git (dir, "rev-parse", "HEAD");
  g_assert_cmpstr (dojo_test_chomp (rev), ==, id);
  message = git (dir, "log", "-1", "--format=%B");
  g_assert_cmpstr (message, ==, "  First steps\n\n");
  assert_log_matches_git (repo, dir);
  assert_fsck_clean (dir);

  bytes = dojo_repo_show_file (repo, id, "main.py", &error);
  g_assert_no_error (error);
  shown = git (dir, "show", "HEAD:main.py");
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   shown, strlen (shown));

  /* Nothing changed: refused, and HEAD does not move. */
  head_before = dojo_repo_get_head_id (repo);
  again = dojo_repo_commit (repo, "Again", DOJO_COMMIT_ALL, &error);
  g_assert_null (again);
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT);
  g_clear_error (&error);
  head_after = dojo_repo_get_head_id (repo);
  g_assert_cmpstr (head_before, ==, head_after);
  g_assert_null (dojo_repo_commit (repo, "   ", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED);
  g_clear_error (&error);

  /* Staged only: the rest stays a change. */
  dojo_test_write_file (dir, "a.py", "staged = True\n");
  dojo_test_write_file (dir, "main.py", "print('not staged')\n");
  g_assert_null (dojo_repo_commit (repo, "Nothing staged", DOJO_COMMIT_STAGED, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT);
  g_clear_error (&error);
  g_assert_true (dojo_repo_stage (repo, stage, &error));
  staged_id = dojo_repo_commit (repo, "Only a", DOJO_COMMIT_STAGED, &error);
  g_assert_no_error (error);
  name_status = git (dir, "show", "--name-status", "--format=", staged_id);
  g_assert_cmpstr (name_status, ==, "A\ta.py\n");
  assert_status_matches_git (repo, dir);
  assert_log_matches_git (repo, dir);

  /* Files of a commit, against git's own list. */
  gone = g_build_filename (dir, "pkg", "a.py", NULL);
  g_assert_cmpint (g_unlink (gone), ==, 0);
  g_clear_pointer (&id, g_free);
  id = dojo_repo_commit (repo, "Mixed", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  changes = dojo_repo_get_commit_changes (repo, id, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GString) ours = g_string_new (NULL);

    for (guint i = 0; i < changes->len; i++)
      {
        DojoFileChange *c = g_ptr_array_index (changes, i);
        g_string_append_printf (ours, "%c\t%s\n", dojo_test_git_status_code (c->status), c->path);
      }
    g_clear_pointer (&name_status, g_free);
    name_status = git (dir, "show", "--name-status", "--format=", id);
    g_assert_cmpstr (ours->str, ==, name_status);
    /* Committing everything takes the deletion too. */
    g_assert_nonnull (strstr (name_status, "D\tpkg/a.py\n"));
  }
  assert_fsck_clean (dir);

  g_clear_pointer (&bytes, g_bytes_unref);
  g_assert_null (dojo_repo_show_file (repo, id, "pkg/a.py", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FOUND);
}

static void
test_log_paging (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("log", &dir, 5);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *theirs = NULL;
  g_auto(GStrv) ids = NULL;
  DojoCommitInfo *info;

  /* One more from the terminal, touching two files. */
  dojo_test_write_file (dir, "extra.py", "extra = 1\n");
  dojo_test_write_file (dir, "main.py", "print('terminal')\n");
  g_free (git (dir, "add", "-A"));
  g_free (git (dir, "commit", "-q", "-m", "Made in the terminal\n\nWith a body."));
  assert_log_matches_git (repo, dir);

  theirs = git (dir, "log", "--format=%H");
  ids = g_strsplit (g_strstrip (theirs), "\n", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 6);

  page = dojo_repo_log (repo, 2, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (((DojoCommitInfo *)g_ptr_array_index (page, i))->id, ==, ids[i + 2]);
  g_clear_pointer (&page, g_ptr_array_unref);
  page = dojo_repo_log (repo, 5, 10, &error);
  g_assert_cmpuint (page->len, ==, 1);
  g_clear_pointer (&page, g_ptr_array_unref);
  page = dojo_repo_log (repo, 6, 10, &error);
  g_assert_cmpuint (page->len, ==, 0);

  all = dojo_repo_log (repo, 0, 0, &error);
  g_assert_no_error (error);
  info = g_ptr_array_index (all, 0);
  g_assert_cmpstr (info->summary, ==, "Made in the terminal");
  g_assert_cmpstr (info->message, ==, "Made in the terminal\n\nWith a body.\n");
  g_assert_cmpstr (info->author_name, ==, "Ada Lovelace");
  g_assert_cmpuint (info->files_changed, ==, 2);
  g_assert_true (g_str_has_prefix (info->id, info->short_id));
  g_assert_cmpuint (strlen (info->short_id), >=, 7);
  g_assert_nonnull (info->time);
  g_assert_cmpint (ABS (g_date_time_to_unix (info->time) - g_get_real_time () / G_USEC_PER_SEC),
                   <, 600);
  info = g_ptr_array_index (all, all->len - 1);
  g_assert_cmpstr (info->summary, ==, "Step 0");
  g_assert_cmpuint (info->files_changed, ==, 2);   /* .gitignore and main.py */
  g_assert_cmpuint (info->n_parents, ==, 0);
}

static void
test_restore_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("restore-file", &dir, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 0, &error);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (dir, "main.py", NULL);
  const char *oldest = ((DojoCommitInfo *)g_ptr_array_index (log, 2))->id;

  /* Uncommitted work in the file: refused, file untouched. */
  dojo_test_write_file (dir, "main.py", "print('my unsaved idea')\n");
  g_assert_false (dojo_repo_restore_file (repo, oldest, "main.py", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "main.py");
  g_clear_error (&error);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('my unsaved idea')\n");

  /* With force, the old version comes back, as a change to commit. */
  g_assert_true (dojo_repo_restore_file (repo, oldest, "main.py", TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(0)\n");
  assert_status_matches_git (repo, dir);

  /* A deleted file holds nothing to lose: no force needed. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (dojo_repo_restore_file (repo, "HEAD", "main.py", FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(2)\n");

  g_assert_false (dojo_repo_restore_file (repo, oldest, "nope.py", TRUE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FOUND);
}

static void
test_restore_as_new_commit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("restore", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tree_now = NULL;
  g_autofree char *tree_then = NULL;
  g_autofree char *rev = NULL;
  g_autofree char *head = NULL;

  dojo_test_write_file (dir, "main.py", "print('v1')\n");
  first = dojo_repo_commit (repo, "Version one", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('v2')\n");
  dojo_test_write_file (dir, "added_later.py", "later = 1\n");
  second = dojo_repo_commit (repo, "Version two", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  /* Dirty: refused, listing the files, nothing touched. */
  dojo_test_write_file (dir, "main.py", "print('unsaved')\n");
  dojo_test_write_file (dir, "scratch.py", "s = 1\n");
  g_assert_null (dojo_repo_restore (repo, first, DOJO_RESTORE_AS_NEW_COMMIT, FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "main.py");
  assert_error_mentions (error, "scratch.py");
  g_clear_error (&error);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('unsaved')\n");
  head = dojo_repo_get_head_id (repo);
  g_assert_cmpstr (head, ==, second);

  /* Committed first, then restored: a new commit, history kept. */
  g_free (dojo_repo_commit (repo, "Version three", DOJO_COMMIT_ALL, &error));
  g_assert_no_error (error);
  restored = dojo_repo_restore (repo, first, DOJO_RESTORE_AS_NEW_COMMIT, FALSE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&head, g_free);
  head = git (dir, "rev-parse", "HEAD");
  g_assert_cmpstr (dojo_test_chomp (head), ==, restored);
  tree_now = git (dir, "rev-parse", "HEAD^{tree}");
  g_clear_pointer (&rev, g_free);
  rev = g_strconcat (first, "^{tree}", NULL);
  tree_then = git (dir, "rev-parse", rev);
  g_assert_cmpstr (tree_now, ==, tree_then);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('v1')\n");
  g_assert_false (file_exists (dir, "added_later.py"));
  g_assert_false (file_exists (dir, "scratch.py"));

  log = dojo_repo_log (repo, 0, 0, &error);
  g_assert_cmpuint (log->len, ==, 4);
  g_assert_true (g_str_has_prefix (((DojoCommitInfo *)g_ptr_array_index (log, 0))->summary,
                                   "Restore the version from "));
  assert_log_matches_git (repo, dir);
  assert_status_matches_git (repo, dir);
  assert_fsck_clean (dir);

  /* Force throws away uncommitted work, untracked files included. */
  dojo_test_write_file (dir, "main.py", "print('throw me away')\n");
  dojo_test_write_file (dir, "junk.py", "junk\n");
  g_clear_pointer (&restored, g_free);
  restored = dojo_repo_restore (repo, second, DOJO_RESTORE_AS_NEW_COMMIT, TRUE, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('v2')\n");
  g_assert_false (file_exists (dir, "junk.py"));
  assert_status_matches_git (repo, dir);
  assert_fsck_clean (dir);
}

static void
test_detached_head (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("detached", &dir, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 0, &error);
  g_autoptr(GPtrArray) old_log = NULL;
  g_autofree char *oldest = g_strdup (((DojoCommitInfo *)g_ptr_array_index (log, 2))->id);
  g_autofree char *newest = g_strdup (((DojoCommitInfo *)g_ptr_array_index (log, 0))->id);
  g_autofree char *at = NULL;
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;
  g_autofree char *branch = NULL;

  at = dojo_repo_restore (repo, oldest, DOJO_RESTORE_CHECKOUT, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (at, ==, oldest);
  g_assert_true (dojo_repo_is_detached (repo));
  g_assert_null (dojo_repo_get_current_branch (repo));
  head = git (dir, "rev-parse", "HEAD");
  g_assert_cmpstr (dojo_test_chomp (head), ==, oldest);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(0)\n");

  /* The log works, from where HEAD is. */
  old_log = dojo_repo_log (repo, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (old_log->len, ==, 1);
  assert_log_matches_git (repo, dir);

  /* Commit refused, saying how to get back. */
  dojo_test_write_file (dir, "main.py", "print('edit on old version')\n");
  g_assert_null (dojo_repo_commit (repo, "Lost?", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_DETACHED_HEAD);
  assert_error_mentions (error, "Switch to a branch");
  assert_error_mentions (error, "main");
  g_clear_error (&error);

  /* Switching back: the edit would be overwritten, so first refused… */
  g_assert_false (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  g_clear_error (&error);
  g_assert_true (dojo_repo_is_detached (repo));

  /* …then, with the edit undone, it works. */
  g_assert_true (dojo_repo_restore_file (repo, "HEAD", "main.py", TRUE, &error));
  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_no_error (error);
  g_assert_false (dojo_repo_is_detached (repo));
  branch = git (dir, "branch", "--show-current");
  g_assert_cmpstr (branch, ==, "main\n");
  g_clear_pointer (&head, g_free);
  head = dojo_repo_get_head_id (repo);
  g_assert_cmpstr (head, ==, newest);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(2)\n");
  assert_status_matches_git (repo, dir);
  assert_fsck_clean (dir);
}

static gboolean
has_branch (GPtrArray  *branches,
            const char *name,
            gboolean    current)
{
  for (guint i = 0; i < branches->len; i++)
    {
      DojoBranchInfo *b = g_ptr_array_index (branches, i);

      if (g_str_equal (b->name, name))
        return b->is_current == current;
    }

  return FALSE;
}

static void
test_branches (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("branches", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) branches = NULL;
  g_autofree char *current = NULL;
  g_autofree char *text = NULL;
  g_autofree char *feature_tip = NULL;
  g_autofree char *main_tip = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_no_error (error);
  g_assert_false (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_BRANCH_EXISTS);
  g_clear_error (&error);
  g_assert_false (dojo_repo_create_branch (repo, "bad name", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);
  g_clear_error (&error);
  g_assert_false (dojo_repo_create_branch (repo, "a..b", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);
  g_clear_error (&error);

  branches = dojo_repo_list_branches (repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (branches->len, ==, 2);
  g_assert_true (has_branch (branches, "main", TRUE));
  g_assert_true (has_branch (branches, "feature", FALSE));
  listing = git (dir, "branch", "--format=%(refname:short) %(objectname)");
  {
    g_autoptr(GString) ours = g_string_new (NULL);
    for (guint i = 0; i < branches->len; i++)
      {
        DojoBranchInfo *b = g_ptr_array_index (branches, i);
        g_string_append_printf (ours, "%s %s\n", b->name, b->tip_id);
      }
    g_assert_cmpstr (ours->str, ==, listing);
  }

  g_assert_false (dojo_repo_switch_branch (repo, "nope", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_SUCH_BRANCH);
  g_clear_error (&error);

  /* Work on feature, then come back to main. */
  g_assert_true (dojo_repo_switch_branch (repo, "feature", &error));
  g_assert_no_error (error);
  current = git (dir, "branch", "--show-current");
  g_assert_cmpstr (current, ==, "feature\n");
  dojo_test_write_file (dir, "main.py", "print('feature')\n");
  dojo_test_write_file (dir, "feature.py", "f = 1\n");
  feature_tip = dojo_repo_commit (repo, "Feature work", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  g_assert_false (dojo_repo_delete_branch (repo, "feature", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CURRENT_BRANCH);
  g_clear_error (&error);

  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_assert_no_error (error);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(0)\n");
  g_assert_false (file_exists (dir, "feature.py"));
  assert_status_matches_git (repo, dir);

  /* feature is not merged: deleting it would lose a commit. */
  g_assert_false (dojo_repo_delete_branch (repo, "feature", FALSE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNMERGED_BRANCH);
  g_clear_error (&error);

  /* Fast-forward merge. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_FAST_FORWARD);
  g_assert_no_error (error);
  main_tip = git (dir, "rev-parse", "main");
  g_assert_cmpstr (dojo_test_chomp (main_tip), ==, feature_tip);
  g_clear_pointer (&text, g_free);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('feature')\n");
  assert_status_matches_git (repo, dir);
  assert_fsck_clean (dir);

  /* Merging again is nothing to do. */
  g_assert_cmpint (dojo_repo_merge (repo, "feature", NULL, NULL, &error), ==,
                   DOJO_MERGE_UP_TO_DATE);
  g_assert_no_error (error);

  g_assert_true (dojo_repo_delete_branch (repo, "feature", FALSE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&listing, g_free);
  listing = git (dir, "branch", "--format=%(refname:short)");
  g_assert_cmpstr (listing, ==, "main\n");

  /* Diverged branches: a merge commit (tests/test-vcs-merge.c has the rest). */
  g_assert_true (dojo_repo_create_branch (repo, "other", &error));
  dojo_test_write_file (dir, "main.py", "print('on main')\n");
  g_free (dojo_repo_commit (repo, "Main moves", DOJO_COMMIT_ALL, &error));
  g_assert_no_error (error);
  g_assert_true (dojo_repo_switch_branch (repo, "other", &error));
  dojo_test_write_file (dir, "other.py", "o = 1\n");
  g_free (dojo_repo_commit (repo, "Other moves", DOJO_COMMIT_ALL, &error));
  g_assert_no_error (error);
  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));
  g_clear_pointer (&main_tip, g_free);
  main_tip = dojo_repo_get_head_id (repo);
  g_assert_cmpint (dojo_repo_merge (repo, "other", NULL, NULL, &error), ==,
                   DOJO_MERGE_COMMITTED);
  g_assert_no_error (error);
  {
    g_autofree char *parents = git (dir, "log", "-1", "--format=%P %s");
    g_autofree char *other_tip = git (dir, "rev-parse", "other");
    g_autofree char *expected = g_strdup_printf ("%s %s Merge branch 'other'\n", main_tip,
                                                 dojo_test_chomp (other_tip));
    g_assert_cmpstr (parents, ==, expected);
  }
  g_assert_true (file_exists (dir, "other.py"));
  assert_status_matches_git (repo, dir);

  g_assert_true (dojo_repo_delete_branch (repo, "other", TRUE, &error));
  g_assert_no_error (error);
  assert_fsck_clean (dir);
}

static void
test_switch_dirty_refused (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("switch-dirty", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *other = NULL;
  g_autofree char *current = NULL;

  dojo_test_write_file (dir, "notes.py", "notes = 1\n");
  g_free (dojo_repo_commit (repo, "Notes", DOJO_COMMIT_ALL, &error));
  g_assert_true (dojo_repo_create_branch (repo, "feature", &error));
  g_assert_true (dojo_repo_switch_branch (repo, "feature", &error));
  dojo_test_write_file (dir, "main.py", "print('feature version')\n");
  g_free (dojo_repo_commit (repo, "Feature", DOJO_COMMIT_ALL, &error));
  g_assert_no_error (error);
  g_assert_true (dojo_repo_switch_branch (repo, "main", &error));

  /* main.py differs between the branches and has unsaved work. */
  dojo_test_write_file (dir, "main.py", "print('precious unsaved work')\n");
  dojo_test_write_file (dir, "notes.py", "notes = 2\n");
  g_assert_false (dojo_repo_switch_branch (repo, "feature", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES);
  assert_error_mentions (error, "main.py");
  g_assert_null (strstr (error->message, "notes.py"));
  g_clear_error (&error);

  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('precious unsaved work')\n");
  other = dojo_test_read_file (dir, "notes.py");
  g_assert_cmpstr (other, ==, "notes = 2\n");
  current = git (dir, "branch", "--show-current");
  g_assert_cmpstr (current, ==, "main\n");

  /* A change the switch does not touch comes along, as with `git switch`. */
  g_assert_true (dojo_repo_restore_file (repo, "HEAD", "main.py", TRUE, &error));
  g_assert_true (dojo_repo_switch_branch (repo, "feature", &error));
  g_assert_no_error (error);
  g_clear_pointer (&other, g_free);
  other = dojo_test_read_file (dir, "notes.py");
  g_assert_cmpstr (other, ==, "notes = 2\n");
  assert_status_matches_git (repo, dir);
}

static void
test_locked_index (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("locked", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *lock = g_build_filename (dir, ".git", "index.lock", NULL);
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const char *paths[] = { "main.py", NULL };

  dojo_test_write_file (dir, "main.py", "print('precious')\n");
  dojo_test_write_file (dir, "new.py", "n = 1\n");
  g_assert_true (g_file_set_contents (lock, "", 0, NULL));
  head = dojo_repo_get_head_id (repo);

  g_assert_null (dojo_repo_commit (repo, "Blocked", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_LOCKED);
  assert_error_mentions (error, "Another git command is working in this project "
                                "(the file .git/index.lock exists)");
  assert_error_mentions (error, "delete that file");
  g_clear_error (&error);

  g_assert_false (dojo_repo_stage (repo, paths, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_null (dojo_repo_restore (repo, "HEAD", DOJO_RESTORE_AS_NEW_COMMIT, TRUE, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_LOCKED);
  g_clear_error (&error);

  /* Nothing lost, nothing moved; reading still works. */
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print('precious')\n");
  {
    g_autofree char *now = dojo_repo_get_head_id (repo);
    g_assert_cmpstr (now, ==, head);
  }
  changes = dojo_repo_status (repo, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);

  g_assert_cmpint (g_unlink (lock), ==, 0);
  id = dojo_repo_commit (repo, "Unblocked", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);
  assert_status_matches_git (repo, dir);
  assert_log_matches_git (repo, dir);
  assert_fsck_clean (dir);
}

static void
test_corrupted (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("corrupt", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *head_path = g_build_filename (dir, ".git", "HEAD", NULL);
  g_autofree char *blob = NULL;
  g_autofree char *object = NULL;
  g_autofree char *head_text = NULL;
  g_autoptr(DojoRepo) reopened = NULL;
  int status = -1;

  /* Garbage in the object holding main.py. */
  blob = git (dir, "rev-parse", "HEAD:main.py");
  dojo_test_chomp (blob);
  object = g_strdup_printf ("%s/.git/objects/%.2s/%s", dir, blob, blob + 2);
  g_assert_cmpint (g_chmod (object, 0644), ==, 0);
  g_assert_true (g_file_set_contents (object, "this is not zlib data at all", -1, NULL));
  g_assert_null (dojo_test_git_try_c (dir, &status, "cat-file", "-p", blob, NULL));

  g_assert_null (dojo_repo_show_file (repo, "HEAD", "main.py", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CORRUPTED);
  assert_error_mentions (error, "damaged");
  assert_error_mentions (error, "git fsck");
  g_clear_error (&error);

  /* A truncated HEAD. */
  g_assert_true (g_file_get_contents (head_path, &head_text, NULL, NULL));
  g_assert_true (g_file_set_contents (head_path, "", 0, NULL));
  reopened = dojo_repo_open (file, &error);
  g_assert_null (reopened);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CORRUPTED)
                 || g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY));
  assert_error_mentions (error, "HEAD");
  g_clear_error (&error);

  /* Garbage in HEAD. */
  g_assert_true (g_file_set_contents (head_path, "ref: \x01\x02 garbage\n", -1, NULL));
  g_assert_null (dojo_repo_open (file, &error));
  g_assert_true (g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CORRUPTED)
                 || g_error_matches (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY));
  g_clear_error (&error);

  /* Put right, it opens again. */
  g_assert_true (g_file_set_contents (head_path, head_text, -1, NULL));
  reopened = dojo_repo_open (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (reopened);
}

static void
test_missing_git_and_gone (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("gone", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dotgit = g_build_filename (dir, ".git", NULL);
  g_autofree char *moved = g_build_filename (g_get_user_data_dir (), "moved-git", NULL);

  /* .git moved away behind the app's back. */
  g_assert_cmpint (g_rename (dotgit, moved), ==, 0);
  g_assert_null (dojo_repo_status (repo, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY);
  g_clear_error (&error);
  {
    g_autoptr(GFile) file = g_file_new_for_path (dir);
    g_assert_null (dojo_repo_open (file, &error));
    g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY);
    g_clear_error (&error);
  }
  g_assert_cmpint (g_rename (moved, dotgit), ==, 0);

  /* The whole folder deleted. */
  dojo_test_remove_tree (dir);
  g_assert_null (dojo_repo_status (repo, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE);
  assert_error_mentions (error, dir);
  g_clear_error (&error);
  g_assert_null (dojo_repo_commit (repo, "Into the void", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE);
  g_clear_error (&error);
  g_assert_null (dojo_repo_log (repo, 0, 0, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE);
}

/* Ignore rules: each answer is checked against `git check-ignore`, which
 * reads the same files (--no-index: by the rules alone, tracked or not). */
static void
assert_ignored (DojoRepo   *repo,
                const char *dir,
                const char *path,
                gboolean    expected)
{
  int status = -1;
  g_autofree char *out = dojo_test_git_try_c (dir, &status,
                                              "check-ignore", "-q", "--no-index", path, NULL);

  /* git check-ignore exits with 0 for an ignored path, 1 for another. */
  g_assert_true (g_spawn_check_wait_status (status, NULL) == expected);
  if (dojo_repo_is_ignored (repo, path) != expected)
    g_error ("“%s” is %s, and Dojo says otherwise", path, expected ? "ignored" : "not ignored");
}

static void
test_is_ignored_file (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("ignored-file", &dir, 1);

  dojo_test_write_file (dir, ".gitignore", "*.log\nsecret.txt\n");
  dojo_test_write_file (dir, "debug.log", "");
  dojo_test_write_file (dir, "lessons/one/run.log", "");

  assert_ignored (repo, dir, "debug.log", TRUE);
  /* A pattern without a '/' matches in every folder, files that do not
   * exist (yet) included. */
  assert_ignored (repo, dir, "lessons/one/run.log", TRUE);
  assert_ignored (repo, dir, "secret.txt", TRUE);
}

static void
test_is_ignored_folder (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("ignored-folder", &dir, 1);

  /* Dojo's own .gitignore names "__pycache__/" and ".venv/". */
  dojo_test_write_file (dir, "__pycache__/main.cpython-311.pyc", "");
  dojo_test_write_file (dir, ".venv/bin/python", "");

  assert_ignored (repo, dir, "__pycache__", TRUE);
  assert_ignored (repo, dir, "__pycache__/", TRUE);
  assert_ignored (repo, dir, ".venv/", TRUE);
  /* What is inside an ignored folder is ignored with it. */
  assert_ignored (repo, dir, ".venv/bin/python", TRUE);
  assert_ignored (repo, dir, "__pycache__/main.cpython-311.pyc", TRUE);
}

static void
test_is_ignored_nested (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("ignored-nested", &dir, 1);

  dojo_test_write_file (dir, "lessons/.gitignore", "answers.txt\n/draft/\n");
  dojo_test_write_file (dir, "lessons/answers.txt", "42\n");
  dojo_test_write_file (dir, "lessons/loops/answers.txt", "43\n");
  dojo_test_write_file (dir, "lessons/draft/notes.md", "");
  dojo_test_write_file (dir, "answers.txt", "44\n");

  assert_ignored (repo, dir, "lessons/answers.txt", TRUE);
  assert_ignored (repo, dir, "lessons/loops/answers.txt", TRUE);
  assert_ignored (repo, dir, "lessons/draft", TRUE);
  /* The rules of a folder's .gitignore stop at that folder. */
  assert_ignored (repo, dir, "answers.txt", FALSE);
}

static void
test_is_ignored_not_ignored (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("not-ignored", &dir, 1);

  dojo_test_write_file (dir, "lessons/loops.py", "for i in range(3):\n    print(i)\n");
  dojo_test_write_file (dir, "pycache.py", "");

  assert_ignored (repo, dir, "main.py", FALSE);
  assert_ignored (repo, dir, "lessons", FALSE);
  assert_ignored (repo, dir, "lessons/", FALSE);
  assert_ignored (repo, dir, "lessons/loops.py", FALSE);
  assert_ignored (repo, dir, "pycache.py", FALSE);
  assert_ignored (repo, dir, ".gitignore", FALSE);
}

/* Not only .gitignore files: .git/info/exclude and core.excludesFile. */
static void
test_is_ignored_exclude_files (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *excludes = g_build_filename (g_get_home_dir (), "global-ignore", NULL);

  /* libgit2 reads core.excludesFile along with the first rule it reads for
   * a repository, so it is set before anything (a commit too) reads one. */
  repo = new_project ("exclude-files", &dir, 0);
  g_assert_true (g_file_set_contents (excludes, "*.swp\n", -1, NULL));
  g_free (git (dir, "config", "--global", "core.excludesFile", excludes));
  dojo_test_write_file (dir, ".git/info/exclude", "scratch/\n");
  dojo_test_write_file (dir, "scratch/try.py", "");

  assert_ignored (repo, dir, "scratch", TRUE);
  assert_ignored (repo, dir, "scratch/try.py", TRUE);
  assert_ignored (repo, dir, ".main.py.swp", TRUE);
  assert_ignored (repo, dir, "main.py", FALSE);
}

/* Keeping work */

/* A digest of .git/index, to see that not a byte of it changed. */
static char *
index_digest (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, ".git", "index", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)contents, len);
}

static void
assert_no_such_blob (const char *dir,
                     const char *spec)
{
  int status = -1;
  g_autofree char *out = dojo_test_git_try_c (dir, &status, "cat-file", "-e", spec, NULL);

  g_assert_null (out);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
}

static void
test_keep_work (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep", &dir, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *head = NULL;
  g_autofree char *status = NULL;
  g_autofree char *staged = NULL;
  g_autofree char *index = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *helper = NULL;

  dojo_test_write_file (dir, "helper.py", "def helper():\n    return 1\n");
  id = dojo_repo_commit (repo, "Add a helper", DOJO_COMMIT_ALL, &error);
  g_assert_no_error (error);

  /* A changed file, a new one, a deleted one, an ignored one, and a new
   * file that is staged: the learner's staging area must stay as it is. */
  dojo_test_write_file (dir, "main.py", "print('my own attempt')\n");
  dojo_test_write_file (dir, "extra/new.py", "print('new')\n");
  helper = g_build_filename (dir, "helper.py", NULL);
  g_assert_cmpint (g_unlink (helper), ==, 0);
  dojo_test_write_file (dir, "__pycache__/main.cpython-311.pyc", "bytecode");
  dojo_test_write_file (dir, "staged.py", "print('staged')\n");
  g_free (git (dir, "add", "staged.py"));

  head = git (dir, "rev-parse", "HEAD");
  status = git (dir, "status", "--porcelain", "--untracked-files=all");
  staged = git (dir, "ls-files", "--stage");
  index = index_digest (dir);

  branch = dojo_repo_keep_work (repo, "attempt", "Keep my attempt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (branch, ==, "attempt-1");

  /* Nothing moved: not HEAD, not the branch, not the staging area (to the
   * byte), not a file. */
  {
    g_autofree char *index_after = index_digest (dir);
    g_autofree char *head_after = git (dir, "rev-parse", "HEAD");
    g_autofree char *current = git (dir, "branch", "--show-current");
    g_autofree char *status_after = git (dir, "status", "--porcelain", "--untracked-files=all");
    g_autofree char *staged_after = git (dir, "ls-files", "--stage");
    g_autofree char *main_py = dojo_test_read_file (dir, "main.py");

    g_assert_cmpstr (index_after, ==, index);
    g_assert_cmpstr (head_after, ==, head);
    g_assert_cmpstr (current, ==, "main\n");
    g_assert_cmpstr (status_after, ==, status);
    g_assert_cmpstr (staged_after, ==, staged);
    g_assert_cmpstr (main_py, ==, "print('my own attempt')\n");
    g_assert_false (file_exists (dir, "helper.py"));
    g_assert_true (file_exists (dir, "extra/new.py"));
  }
  /* Dojo's own view of the staging area did not change either. */
  assert_status_matches_git (repo, dir);

  /* The branch has the folder as it was, on top of the last commit. */
  {
    g_autofree char *main_py = git (dir, "show", "attempt-1:main.py");
    g_autofree char *new_py = git (dir, "show", "attempt-1:extra/new.py");
    g_autofree char *staged_py = git (dir, "show", "attempt-1:staged.py");
    g_autofree char *files = git (dir, "ls-tree", "-r", "--name-only", "attempt-1");
    g_autofree char *parent = git (dir, "rev-parse", "attempt-1^");
    g_autofree char *parents = git (dir, "log", "-1", "--format=%P", "attempt-1");
    g_autofree char *subject = git (dir, "log", "-1", "--format=%s", "attempt-1");
    g_autofree char *author = git (dir, "log", "-1", "--format=%an <%ae>|%cn <%ce>", "attempt-1");

    g_assert_cmpstr (main_py, ==, "print('my own attempt')\n");
    g_assert_cmpstr (new_py, ==, "print('new')\n");
    g_assert_cmpstr (staged_py, ==, "print('staged')\n");
    g_assert_cmpstr (files, ==, ".gitignore\nextra/new.py\nmain.py\nstaged.py\n");
    assert_no_such_blob (dir, "attempt-1:helper.py");
    g_assert_cmpstr (parent, ==, head);
    g_assert_cmpstr (parents, ==, head);
    g_assert_cmpstr (subject, ==, "Keep my attempt\n");
    g_assert_cmpstr (author, ==,
                     "Ada Lovelace <ada@example.org>|Ada Lovelace <ada@example.org>\n");
  }

  assert_fsck_clean (dir);
}

/* An edit in the same clock tick as the staging area's last write leaves
 * the file's time and size as the index has them; git reads such "racily
 * clean" files again, and keep_work must too, or it keeps an old version.
 * Here the tick is made by setting both times back; core.trustctime is off
 * because no one can set a ctime back, and a real race leaves it alike. */
static void
test_keep_work_same_tick_edit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-same-tick", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "main.py", NULL);
  g_autofree char *index = g_build_filename (dir, ".git", "index", NULL);
  g_autofree char *branch = NULL;
  g_autofree char *spec = NULL;
  g_autofree char *kept = NULL;
  const char *paths[] = { "main.py", NULL };
  struct timespec times[2];
  GStatBuf st;
  FILE *f;

  g_free (git (dir, "config", "core.trustctime", "false"));
  dojo_test_write_file (dir, "main.py", "print('staged')\n");
  g_assert_true (dojo_repo_stage (repo, paths, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);

  /* The same size, in place (the same inode), at the same time. */
  f = fopen (path, "r+");
  g_assert_nonnull (f);
  g_assert_cmpint (fputs ("print('edited')\n", f), >=, 0);
  g_assert_cmpint (fclose (f), ==, 0);
  times[0] = st.st_mtim;
  times[1] = st.st_mtim;
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  g_assert_cmpint (utimensat (AT_FDCWD, index, times, 0), ==, 0);

  branch = dojo_repo_keep_work (repo, "attempt", "Keep it", &error);
  g_assert_no_error (error);
  spec = g_strdup_printf ("%s:main.py", branch);
  kept = git (dir, "show", spec);
  g_assert_cmpstr (kept, ==, "print('edited')\n");
}

/* Before the first commit, the kept work is a first commit of its own. */
static void
test_keep_work_unborn (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-unborn", &dir, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *parents = NULL;
  g_autofree char *main_py = NULL;
  g_autofree char *current = NULL;
  g_autofree char *status = NULL;
  int rc = -1;

  dojo_test_write_file (dir, "main.py", "print('before any commit')\n");
  status = git (dir, "status", "--porcelain");

  branch = dojo_repo_keep_work (repo, "attempt", "Before the reset", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (branch, ==, "attempt-1");

  parents = git (dir, "log", "-1", "--format=%P", "attempt-1");
  g_assert_cmpstr (parents, ==, "\n");
  main_py = git (dir, "show", "attempt-1:main.py");
  g_assert_cmpstr (main_py, ==, "print('before any commit')\n");

  /* HEAD is still on a branch with no commit. */
  g_assert_null (dojo_repo_get_head_id (repo));
  g_free (dojo_test_git_try_c (dir, &rc, "rev-parse", "-q", "--verify", "HEAD", NULL));
  g_assert_false (g_spawn_check_wait_status (rc, NULL));
  current = git (dir, "symbolic-ref", "HEAD");
  g_assert_cmpstr (current, ==, "refs/heads/main\n");
  {
    g_autofree char *status_after = git (dir, "status", "--porcelain");
    g_assert_cmpstr (status_after, ==, status);
  }
  assert_fsck_clean (dir);
}

/* Each call makes a branch of its own, with the first free number. */
static void
test_keep_work_numbers (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-numbers", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *fourth = NULL;
  g_autofree char *again = NULL;
  g_autofree char *other = NULL;
  g_autofree char *text = NULL;

  dojo_test_write_file (dir, "main.py", "print('first try')\n");
  first = dojo_repo_keep_work (repo, "attempt", "First try", &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('second try')\n");
  second = dojo_repo_keep_work (repo, "attempt", "Second try", &error);
  g_assert_no_error (error);

  g_assert_cmpstr (first, ==, "attempt-1");
  g_assert_cmpstr (second, ==, "attempt-2");
  text = git (dir, "show", "attempt-1:main.py");
  g_assert_cmpstr (text, ==, "print('first try')\n");
  g_clear_pointer (&text, g_free);
  text = git (dir, "show", "attempt-2:main.py");
  g_assert_cmpstr (text, ==, "print('second try')\n");

  /* A name taken by the learner is skipped; one freed again is reused. */
  g_assert_true (dojo_repo_create_branch (repo, "attempt-3", &error));
  g_assert_no_error (error);
  fourth = dojo_repo_keep_work (repo, "attempt", "Third try", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fourth, ==, "attempt-4");
  g_assert_true (dojo_repo_delete_branch (repo, "attempt-1", TRUE, &error));
  g_assert_no_error (error);
  again = dojo_repo_keep_work (repo, "attempt", "Fourth try", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, "attempt-1");

  other = dojo_repo_keep_work (repo, "reset/loops", "Another prefix", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (other, ==, "reset/loops-1");
}

/* A beginner who never told git their name can still keep their work. */
static void
test_keep_work_stand_in (void)
{
  g_autofree char *dir = dojo_test_project_path ("keep-stand-in");
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DojoRepo) repo = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *signed_by = NULL;

  repo = dojo_repo_init (file, &error);
  g_assert_no_error (error);
  dojo_test_write_file (dir, "main.py", "print('mine')\n");
  g_assert_false (dojo_repo_get_identity (repo, NULL, NULL));

  branch = dojo_repo_keep_work (repo, "attempt", "Before the reset", &error);
  g_assert_no_error (error);
  signed_by = git (dir, "log", "-1", "--format=%an <%ae>|%cn <%ce>", branch);
  g_assert_cmpstr (signed_by, ==, "Dojo <dojo@localhost>|Dojo <dojo@localhost>\n");

  /* The learner's own commits still ask for their name. */
  g_assert_null (dojo_repo_commit (repo, "Mine", DOJO_COMMIT_ALL, &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY);
}

static void
test_keep_work_empty_message (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-empty-message", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *branches = NULL;

  dojo_test_write_file (dir, "main.py", "print('mine')\n");
  g_assert_null (dojo_repo_keep_work (repo, "attempt", "", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (dojo_repo_keep_work (repo, "attempt", " \n\t", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED);

  branches = git (dir, "branch", "--format=%(refname:short)");
  g_assert_cmpstr (branches, ==, "main\n");
}

static void
test_keep_work_bad_prefix (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-bad-prefix", &dir, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *branches = NULL;

  g_assert_null (dojo_repo_keep_work (repo, "my attempt", "Keep it", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);
  g_clear_error (&error);
  g_assert_null (dojo_repo_keep_work (repo, "", "Keep it", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME);

  branches = git (dir, "branch", "--format=%(refname:short)");
  g_assert_cmpstr (branches, ==, "main\n");
}

static void
test_keep_work_gone (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("keep-gone", &dir, 1);
  g_autoptr(GError) error = NULL;

  dojo_test_remove_tree (dir);
  g_assert_null (dojo_repo_keep_work (repo, "attempt", "Keep it", &error));
  g_assert_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE);
  assert_error_mentions (error, dir);
}

static void
count_signal (DojoRepoMonitor *monitor,
              guint           *count)
{
  (*count)++;
}

static gboolean
wait_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Spins the main loop until @count moves or @ms pass. */
static void
wait_for_signal (guint *count,
                 guint  ms)
{
  gboolean timed_out = FALSE;
  guint start = *count;
  guint id = g_timeout_add (ms, wait_timeout, &timed_out);

  while (*count == start && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);
}

/* Spins the main loop until @cache has its answers, or @ms pass. */
static gboolean
wait_for_answers (DojoIgnoreCache *cache,
                  guint            ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, wait_timeout, &timed_out);

  while (dojo_ignore_cache_get_busy (cache) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return !dojo_ignore_cache_get_busy (cache);
}

/* The answers the file list dims rows by: asked in a worker, never waited
 * for, and "changed" when git's answer moves. */
static void
test_is_ignored_cache (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *other_dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("ignored-cache", &dir, 1);
  g_autoptr(DojoRepo) other = new_project ("ignored-cache-other", &other_dir, 1);
  g_autoptr(DojoIgnoreCache) cache = dojo_ignore_cache_new ();
  const char *paths[] = { "debug.log", "main.py", "lessons/run.log", NULL };
  g_auto(GStrv) ignored = NULL;
  guint count = 0;

  dojo_test_write_file (dir, ".gitignore", "*.log\n");
  dojo_test_write_file (dir, "debug.log", "");
  dojo_test_write_file (other_dir, "debug.log", "");

  /* All in one go, as git check-ignore says one by one. */
  ignored = dojo_repo_filter_ignored (repo, paths);
  g_assert_cmpstrv (ignored, ((const char *[]) { "debug.log", "lessons/run.log", NULL }));
  for (guint i = 0; paths[i] != NULL; i++)
    assert_ignored (repo, dir, paths[i], g_strv_contains ((const char * const *)ignored, paths[i]));

  g_signal_connect (cache, "changed", G_CALLBACK (count_signal), &count);

  /* No repository: nothing is ignored, and nothing is asked. */
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_false (dojo_ignore_cache_get_busy (cache));

  /* The first answer comes from the worker. */
  dojo_ignore_cache_set_repo (cache, repo);
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_false (dojo_ignore_cache_lookup (cache, "main.py"));
  g_assert_true (dojo_ignore_cache_get_busy (cache));
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, ==, 1);
  g_assert_true (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_false (dojo_ignore_cache_lookup (cache, "main.py"));
  /* Asked again, git says the same: no "changed". */
  g_assert_true (wait_for_answers (cache, 5000));
  g_assert_cmpuint (count, ==, 1);

  /* The rules change: the last answer stands until git gives the new one. */
  dojo_test_write_file (dir, ".gitignore", "main.py\n");
  g_assert_true (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_false (dojo_ignore_cache_lookup (cache, "main.py"));
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, ==, 2);
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_true (dojo_ignore_cache_lookup (cache, "main.py"));
  g_assert_true (wait_for_answers (cache, 5000));

  /* Another project: the answers of the first are forgotten at once, and
   * a batch still asking the first one is not waited for. */
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  dojo_ignore_cache_set_repo (cache, other);
  g_assert_false (dojo_ignore_cache_lookup (cache, "main.py"));
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_true (wait_for_answers (cache, 5000));
  g_assert_cmpuint (count, ==, 2);

  /* Let go while it asks. */
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  g_assert_true (dojo_ignore_cache_get_busy (cache));
  dojo_ignore_cache_set_repo (cache, NULL);
  g_assert_false (dojo_ignore_cache_get_busy (cache));
  g_assert_false (dojo_ignore_cache_lookup (cache, "debug.log"));
  dojo_ignore_cache_set_repo (cache, repo);
  g_assert_false (dojo_ignore_cache_lookup (cache, "main.py"));
  g_clear_object (&cache);
  wait_for_signal (&count, 200);
  g_assert_cmpuint (count, ==, 2);
}

static void
test_monitor (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("monitor", &dir, 1);
  g_autoptr(DojoRepoMonitor) monitor = dojo_repo_monitor_new (repo);
  guint count = 0;

  g_signal_connect (monitor, "changed", G_CALLBACK (count_signal), &count);
  g_assert_true (dojo_repo_monitor_get_repo (monitor) == repo);

  /* Quiet when nothing happens. */
  wait_for_signal (&count, 700);
  g_assert_cmpuint (count, ==, 0);

  /* A commit in the terminal. */
  dojo_test_write_file (dir, "main.py", "print('terminal')\n");
  g_free (git (dir, "commit", "-q", "-a", "-m", "Terminal commit"));
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, ==, 1);   /* one burst, one signal */

  /* Debounced: settle, then nothing more. */
  wait_for_signal (&count, 700);
  g_assert_cmpuint (count, ==, 1);

  /* An edit in a subfolder made after the monitor started. */
  dojo_test_write_file (dir, "pkg/sub/mod.py", "m = 1\n");
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, >=, 2);
  wait_for_signal (&count, 700);
  count = 0;
  dojo_test_write_file (dir, "pkg/sub/mod.py", "m = 2\n");
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, ==, 1);

  /* A branch made in the terminal. */
  count = 0;
  g_free (git (dir, "branch", "elsewhere"));
  wait_for_signal (&count, 5000);
  g_assert_cmpuint (count, ==, 1);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} AsyncWait;

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

static GAsyncResult *
wait_result (AsyncWait *wait)
{
  g_main_loop_run (wait->loop);
  return wait->result;
}

static void
test_async (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DojoRepo) repo = new_project ("async", &dir, 1);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(DojoDiff) diff = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *id = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *text = NULL;
  g_autofree char *kept = NULL;
  AsyncWait wait = { loop, NULL };

  dojo_test_write_file (dir, "main.py", "print('async')\n");

  dojo_repo_status_async (repo, NULL, async_done, &wait);
  changes = dojo_repo_status_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 1);

  dojo_repo_diff_async (repo, NULL, NULL, NULL, async_done, &wait);
  diff = dojo_repo_diff_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpuint (dojo_diff_get_files (diff)->len, ==, 1);

  dojo_repo_commit_async (repo, "Async commit", DOJO_COMMIT_ALL, NULL, async_done, &wait);
  id = dojo_repo_commit_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);

  dojo_repo_log_async (repo, 0, 10, NULL, async_done, &wait);
  log = dojo_repo_log_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, ==, 2);
  g_assert_cmpstr (((DojoCommitInfo *)g_ptr_array_index (log, 0))->id, ==, id);

  dojo_repo_restore_async (repo, "HEAD~1", DOJO_RESTORE_AS_NEW_COMMIT, FALSE, NULL,
                           async_done, &wait);
  restored = dojo_repo_restore_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  text = dojo_test_read_file (dir, "main.py");
  g_assert_cmpstr (text, ==, "print(0)\n");

  dojo_repo_restore_file_async (repo, id, "main.py", FALSE, NULL, async_done, &wait);
  g_assert_true (dojo_repo_restore_file_finish (repo, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_no_error (error);

  g_assert_true (dojo_repo_create_branch (repo, "side", &error));
  dojo_repo_switch_branch_async (repo, "side", NULL, async_done, &wait);
  g_assert_true (dojo_repo_switch_branch_finish (repo, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  {
    /* "side" starts at HEAD: the restored file comes along unchanged. */
    g_autofree char *branch = git (dir, "branch", "--show-current");
    g_autofree char *now = dojo_test_read_file (dir, "main.py");

    g_assert_cmpstr (branch, ==, "side\n");
    g_assert_cmpstr (now, ==, "print('async')\n");
  }

  dojo_test_write_file (dir, "main.py", "print('kept')\n");
  dojo_repo_keep_work_async (repo, "attempt", "Keep it", NULL, async_done, &wait);
  kept = dojo_repo_keep_work_finish (repo, wait_result (&wait), &error);
  g_clear_object (&wait.result);
  g_assert_no_error (error);
  g_assert_cmpstr (kept, ==, "attempt-1");
  {
    g_autofree char *shown = git (dir, "show", "attempt-1:main.py");
    g_assert_cmpstr (shown, ==, "print('kept')\n");
  }

  /* Cancelled before it ran: nothing happens. */
  g_cancellable_cancel (cancelled);
  dojo_repo_commit_async (repo, "Never", DOJO_COMMIT_ALL, cancelled, async_done, &wait);
  g_assert_null (dojo_repo_commit_finish (repo, wait_result (&wait), &error));
  g_clear_object (&wait.result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_log_matches_git (repo, dir);
  assert_fsck_clean (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/vcs/init", test_init);
  g_test_add_func ("/vcs/open-errors", test_open_errors);
  g_test_add_func ("/vcs/identity", test_identity);
  g_test_add_func ("/vcs/status-matches-git", test_status_matches_git);
  g_test_add_func ("/vcs/stage-unstage", test_stage_unstage);
  g_test_add_func ("/vcs/diff-matches-git", test_diff_matches_git);
  g_test_add_func ("/vcs/diff-file-patch-matches-git", test_diff_file_patch_matches_git);
  g_test_add_func ("/vcs/diff-root-commit", test_diff_root_commit);
  g_test_add_func ("/vcs/commit-matches-git", test_commit_matches_git);
  g_test_add_func ("/vcs/log-paging", test_log_paging);
  g_test_add_func ("/vcs/restore-file", test_restore_file);
  g_test_add_func ("/vcs/restore-as-new-commit", test_restore_as_new_commit);
  g_test_add_func ("/vcs/detached-head", test_detached_head);
  g_test_add_func ("/vcs/branches", test_branches);
  g_test_add_func ("/vcs/switch-dirty-refused", test_switch_dirty_refused);
  g_test_add_func ("/vcs/locked-index", test_locked_index);
  g_test_add_func ("/vcs/corrupted", test_corrupted);
  g_test_add_func ("/vcs/missing-git-and-gone", test_missing_git_and_gone);
  g_test_add_func ("/vcs/is-ignored/file", test_is_ignored_file);
  g_test_add_func ("/vcs/is-ignored/folder", test_is_ignored_folder);
  g_test_add_func ("/vcs/is-ignored/nested", test_is_ignored_nested);
  g_test_add_func ("/vcs/is-ignored/not-ignored", test_is_ignored_not_ignored);
  g_test_add_func ("/vcs/is-ignored/exclude-files", test_is_ignored_exclude_files);
  g_test_add_func ("/vcs/is-ignored/cache", test_is_ignored_cache);
  g_test_add_func ("/vcs/keep-work", test_keep_work);
  g_test_add_func ("/vcs/keep-work/same-tick-edit", test_keep_work_same_tick_edit);
  g_test_add_func ("/vcs/keep-work/unborn", test_keep_work_unborn);
  g_test_add_func ("/vcs/keep-work/numbers", test_keep_work_numbers);
  g_test_add_func ("/vcs/keep-work/stand-in", test_keep_work_stand_in);
  g_test_add_func ("/vcs/keep-work/empty-message", test_keep_work_empty_message);
  g_test_add_func ("/vcs/keep-work/bad-prefix", test_keep_work_bad_prefix);
  g_test_add_func ("/vcs/keep-work/gone", test_keep_work_gone);
  g_test_add_func ("/vcs/monitor", test_monitor);
  g_test_add_func ("/vcs/async", test_async);

  return g_test_run ();
}
