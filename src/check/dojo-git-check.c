/* dojo-git-check.c: git checks, evaluated on the learner's repository
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-git-check"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-conflict.h"
#include "dojo-git-check-private.h"

/* The harness leaves `git` checks alone ("not-evaluated"); they are decided
 * here, on the project's repository, through vcs/ like everything else that
 * touches git.  Every failure says what to do, with the app's button and
 * the command for the Shell, because a learner meets both. */

const char * const _dojo_git_check_kinds[] = {
  "commits", "clean", "last-message", "branch-exists", "on-branch", "committed",
  "file-matches-commit", "merge-commit", "no-conflict-markers", NULL
};

/* Bounds for reading the project in search of conflict markers: a learner's
 * project is small, and a hostile one must not make a Check take forever. */
#define MARKER_MAX_FILES     2000
#define MARKER_MAX_DEPTH     16
#define MARKER_MAX_FILE_SIZE (1024 * 1024)

static const char *
check_str (JsonObject *check,
           const char *name)
{
  JsonNode *node;

  if (!json_object_has_member (check, name))
    return NULL;
  node = json_object_get_member (check, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

static gint64
check_int (JsonObject *check,
           const char *name,
           gint64      fallback)
{
  JsonNode *node;

  if (!json_object_has_member (check, name))
    return fallback;
  node = json_object_get_member (check, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return fallback;
}

static guint
count_commits (DojoRepo *repo)
{
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 0, NULL);

  return log != NULL ? log->len : 0;
}

static DojoFileChange *
find_change (GPtrArray  *changes,
             const char *path)
{
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->path, path) == 0 || g_strcmp0 (change->old_path, path) == 0)
        return change;
    }

  return NULL;
}

static char *
list_paths (GPtrArray *changes)
{
  GString *text = g_string_new (NULL);
  guint shown = MIN (changes->len, 5);

  for (guint i = 0; i < shown; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, change->path);
    }
  if (changes->len > shown)
    g_string_append (text, ", …");

  return g_string_free (text, FALSE);
}

static char *
first_commit_message (void)
{
  return g_strdup (_("Your project has no commits yet. Make your first commit with the "
                     "Commit button or `git commit` in the Shell."));
}

static char *
eval_commits (JsonObject *check,
              DojoRepo   *repo)
{
  guint min = (guint)CLAMP (check_int (check, "min", 1), 1, G_MAXINT);
  guint n = count_commits (repo);

  if (n >= min)
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Make at least %u commit; you have %u. Commit with "
                                       "the Commit button or `git commit` in the Shell.",
                                       "Make at least %u commits; you have %u. Commit with "
                                       "the Commit button or `git commit` in the Shell.",
                                       min),
                          min, n);
}

static char *
eval_clean (DojoRepo *repo)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *paths = NULL;

  if (!(changes = dojo_repo_status (repo, &error)))
    return g_strdup_printf (_("Dojo cannot read your repository: %s"), error->message);
  if (changes->len == 0)
    return NULL;

  paths = list_paths (changes);
  return g_strdup_printf (_("You have changes that are not committed (%s). Commit them "
                            "with the Commit button or `git add` and `git commit` in the "
                            "Shell."), paths);
}

static char *
eval_last_message (JsonObject *check,
                   DojoRepo   *repo)
{
  const char *pattern = check_str (check, "pattern");
  gint64 min_length = check_int (check, "min_length", 0);
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, 0, 1, NULL);
  DojoCommitInfo *last;
  g_autofree char *message = NULL;
  glong length;

  if (log == NULL || log->len == 0)
    return first_commit_message ();

  last = g_ptr_array_index (log, 0);
  message = g_strstrip (g_strdup (last->message ? last->message : ""));
  length = g_utf8_strlen (message, -1);

  if (min_length > 0 && length < min_length)
    return g_strdup_printf (_("Your last commit message, “%s”, is %ld characters long; "
                              "write at least %ld that say what the commit changes. "
                              "Fix it with `git commit --amend` in the Shell, or make "
                              "a new commit."),
                            last->summary ? last->summary : "", length, (long)min_length);

  if (pattern != NULL)
    {
      g_autoptr(GRegex) regex = NULL;
      g_autoptr(GError) error = NULL;

      regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, &error);
      if (regex == NULL)
        return g_strdup (_("This check cannot run: its pattern is not a valid regular "
                           "expression. Please tell your teacher."));
      if (!g_regex_match (regex, message, 0, NULL))
        return g_strdup_printf (_("Your last commit message, “%s”, is not what this step "
                                  "asks for. Fix it with `git commit --amend -m "
                                  "\"…\"` in the Shell, or make a new commit."),
                                last->summary ? last->summary : "");
    }

  return NULL;
}

static char *
eval_branch_exists (JsonObject *check,
                    DojoRepo   *repo)
{
  const char *branch = check_str (check, "branch");
  g_autoptr(GPtrArray) branches = dojo_repo_list_branches (repo, NULL);

  for (guint i = 0; branches != NULL && i < branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (branches, i);

      if (g_strcmp0 (info->name, branch) == 0)
        return NULL;
    }

  return g_strdup_printf (_("Make a branch named “%s”: use the branch menu, or "
                            "`git branch %s` in the Shell."), branch, branch);
}

static char *
eval_on_branch (JsonObject *check,
                DojoRepo   *repo)
{
  const char *branch = check_str (check, "branch");
  g_autofree char *current = NULL;

  if (dojo_repo_is_detached (repo))
    return g_strdup_printf (_("You are looking at an old version, not at a branch. "
                              "Switch to the branch “%s”: use the branch menu, or "
                              "`git switch %s` in the Shell."), branch, branch);

  current = dojo_repo_get_current_branch (repo);
  if (g_strcmp0 (current, branch) == 0)
    return NULL;

  return g_strdup_printf (_("You are on the branch “%s”; switch to “%s”: use the branch "
                            "menu, or `git switch %s` in the Shell."),
                          current ? current : "", branch, branch);
}

static char *
eval_committed (JsonObject *check,
                DojoRepo   *repo)
{
  const char *path = check_str (check, "path");
  g_autoptr(GBytes) committed = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;

  if (count_commits (repo) == 0)
    return first_commit_message ();

  committed = dojo_repo_show_file (repo, "HEAD", path, NULL);
  if (committed == NULL)
    return g_strdup_printf (_("%s is not in your last commit. Commit it with the Commit "
                              "button, or `git add %s` and `git commit` in the Shell."),
                            path, path);

  if (!(changes = dojo_repo_status (repo, &error)))
    return g_strdup_printf (_("Dojo cannot read your repository: %s"), error->message);
  if (find_change (changes, path) != NULL)
    return g_strdup_printf (_("%s has changes that are not committed. Commit them with the "
                              "Commit button, or `git add %s` and `git commit` in the "
                              "Shell."), path, path);

  return NULL;
}

static char *
eval_file_matches_commit (JsonObject *check,
                          DojoRepo   *repo,
                          GFile      *project_dir)
{
  const char *path = check_str (check, "path");
  guint back = (guint)CLAMP (check_int (check, "back", 1), 0, G_MAXINT);
  g_autoptr(GPtrArray) log = dojo_repo_log (repo, back, 1, NULL);
  g_autoptr(GFile) file = g_file_resolve_relative_path (project_dir, path);
  g_autoptr(GBytes) old = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  DojoCommitInfo *commit;

  if (log == NULL || log->len == 0)
    {
      guint n = count_commits (repo);

      if (n == 0)
        return first_commit_message ();
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Your history has %u commit; this step needs a "
                                           "commit %u before your last one. Make more "
                                           "commits first.",
                                           "Your history has %u commits; this step needs a "
                                           "commit %u before your last one. Make more "
                                           "commits first.",
                                           n),
                              n, back);
    }

  commit = g_ptr_array_index (log, 0);
  old = dojo_repo_show_file (repo, commit->id, path, NULL);
  if (old == NULL)
    return g_strdup_printf (_("%s was not in the commit “%s”, so there is nothing to "
                              "restore from it."), path, commit->summary ? commit->summary : "");

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, NULL))
    return g_strdup_printf (_("%s is missing. Restore it as it was in the commit “%s”: use "
                              "the history, or `git restore --source=HEAD~%u %s` in the "
                              "Shell."),
                            path, commit->summary ? commit->summary : "", back, path);

  if (length == g_bytes_get_size (old) &&
      memcmp (contents, g_bytes_get_data (old, NULL), length) == 0)
    return NULL;

  return g_strdup_printf (_("%s is not as it was in the commit “%s”. Restore it: use the "
                            "history, or `git restore --source=HEAD~%u %s` in the Shell."),
                          path, commit->summary ? commit->summary : "", back, path);
}

/* Whether @id's history, as far as @commits (id → DojoCommitInfo) knows
 * it, holds @target.  @seen is shared between calls that look for the same
 * target: what one call walked without finding it, holds no path to it. */
static gboolean
history_holds (GHashTable *commits,
               GHashTable *seen,
               const char *id,
               const char *target)
{
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();

  g_ptr_array_add (todo, (gpointer)id);
  while (todo->len > 0)
    {
      const char *next = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      DojoCommitInfo *info;

      if (g_str_equal (next, target))
        return TRUE;
      if (!g_hash_table_add (seen, (gpointer)next) ||
          !(info = g_hash_table_lookup (commits, next)))
        continue;
      for (guint i = 0; info->parent_ids[i] != NULL; i++)
        g_ptr_array_add (todo, info->parent_ids[i]);
    }

  return FALSE;
}

/* git's own message for a merge of @branch: "Merge branch 'feature'",
 * with " into main" when it was merged into another branch than main. */
static gboolean
is_merge_message_of (const DojoCommitInfo *info,
                     const char           *branch)
{
  g_autofree char *prefix = g_strdup_printf ("Merge branch '%s'", branch);
  const char *rest;

  if (info->n_parents < 2 || info->summary == NULL ||
      !g_str_has_prefix (info->summary, prefix))
    return FALSE;
  rest = info->summary + strlen (prefix);
  return rest[0] == '\0' || g_str_has_prefix (rest, " into ");
}

static char *
merge_howto (DojoRepo   *repo,
             const char *branch)
{
  g_autofree char *current = dojo_repo_get_current_branch (repo);

  if (current == NULL || g_str_equal (current, branch))
    /* Translators: %1$s is a branch name */
    return g_strdup_printf (_("Your history has no merge commit that brings in “%1$s” yet: "
                              "switch to the branch that should get its work (usually "
                              "“main”) and merge “%1$s” there (the branch menu → Merge, or "
                              "`git merge %1$s` in the Shell)."), branch);

  /* Translators: %1$s is the branch to merge, %2$s the current branch */
  return g_strdup_printf (_("Your history has no merge commit that brings in “%1$s” yet: "
                            "you are on “%2$s”, so merge “%1$s” here (the branch menu → "
                            "Merge, or `git merge %1$s` in the Shell)."),
                          branch, current);
}

static char *
eval_merge_commit (JsonObject *check,
                   DojoRepo   *repo)
{
  const char *branch = check_str (check, "branch");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) log = NULL;
  g_autoptr(GPtrArray) branches = NULL;
  g_autoptr(GHashTable) commits = NULL;
  g_autoptr(GHashTable) seen = NULL;
  const char *tip = NULL;

  if (!(log = dojo_repo_log (repo, 0, 0, &error)))
    return g_strdup_printf (_("Dojo cannot read your repository: %s"), error->message);
  if (log->len == 0)
    return first_commit_message ();

  commits = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (log, i);

      g_hash_table_insert (commits, info->id, info);
    }

  if (branch == NULL)
    {
      for (guint i = 0; i < log->len; i++)
        if (((DojoCommitInfo *)g_ptr_array_index (log, i))->n_parents >= 2)
          return NULL;
      return g_strdup (_("Your history has no merge commit yet: switch to the branch that "
                         "should get the work (usually “main”) and merge the other branch "
                         "into it (the branch menu → Merge, or `git merge NAME` in the "
                         "Shell)."));
    }

  branches = dojo_repo_list_branches (repo, NULL);
  for (guint i = 0; branches != NULL && i < branches->len; i++)
    {
      DojoBranchInfo *info = g_ptr_array_index (branches, i);

      if (g_str_equal (info->name, branch))
        tip = info->tip_id;
    }

  if (tip == NULL)
    {
      /* Deleted after the merge, as `git branch -d` invites: git's own
       * message of the merge commit still names it. */
      for (guint i = 0; i < log->len; i++)
        if (is_merge_message_of (g_ptr_array_index (log, i), branch))
          return NULL;
      /* Translators: %1$s is a branch name */
      return g_strdup_printf (_("There is no branch named “%1$s” to merge. Make it (the branch "
                                "menu, or `git switch -c %1$s` in the Shell), commit on it, "
                                "then merge it."), branch);
    }

  if (!g_hash_table_contains (commits, tip))
    return merge_howto (repo, branch);

  /* Merged means: the branch's last commit came in through a merge commit's
   * second (or later) parent, not by moving the current branch forward. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < log->len; i++)
    {
      DojoCommitInfo *info = g_ptr_array_index (log, i);

      for (guint p = 1; p < info->n_parents && info->parent_ids[p] != NULL; p++)
        if (history_holds (commits, seen, info->parent_ids[p], tip))
          return NULL;
    }

  /* Translators: %1$s is a branch name */
  return g_strdup_printf (_("The commits of “%1$s” are in your history, but no merge commit "
                            "brought them in: when only one of two branches has new commits, "
                            "git just moves the other one forward (a fast-forward). Make a "
                            "commit on each branch, then merge “%1$s” again (the branch menu → "
                            "Merge, or `git merge %1$s` in the Shell)."), branch);
}

/* The first line with a conflict marker in @file, 1-based; 0 if none (or if
 * it is no text file of a size a learner writes). */
static int
file_marker_line (GFile *file)
{
  g_autofree char *contents = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;
  int line = -1;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) > MARKER_MAX_FILE_SIZE ||
      !g_file_load_contents (file, NULL, &contents, &length, NULL, NULL) ||
      memchr (contents, '\0', length) != NULL)
    return 0;

  if (!dojo_conflict_has_markers (contents, length, &line))
    return 0;
  return line + 1;
}

/* Looks through @dir (@prefix inside the project) for a file with markers,
 * leaving out .git and what git ignores.  Returns: its path, or %NULL. */
static char *
find_marker_file (DojoRepo   *repo,
                  GFile      *dir,
                  const char *prefix,
                  guint       depth,
                  guint      *n_files,
                  int        *line)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info;

  if (depth > MARKER_MAX_DEPTH)
    return NULL;
  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && *n_files < MARKER_MAX_FILES &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *name = g_file_info_get_name (info);
      g_autoptr(GFile) child = g_file_get_child (dir, name);
      g_autofree char *relpath = prefix ? g_strconcat (prefix, "/", name, NULL)
                                        : g_strdup (name);
      GFileType type = g_file_info_get_file_type (info);
      char *found;

      if ((prefix == NULL && g_str_equal (name, ".git")) || dojo_repo_is_ignored (repo, relpath))
        continue;
      if (type == G_FILE_TYPE_DIRECTORY)
        {
          if ((found = find_marker_file (repo, child, relpath, depth + 1, n_files, line)))
            return found;
        }
      else if (type == G_FILE_TYPE_REGULAR)
        {
          (*n_files)++;
          if ((*line = file_marker_line (child)) > 0)
            return g_steal_pointer (&relpath);
        }
    }

  return NULL;
}

static char *
eval_no_conflict_markers (JsonObject *check,
                          DojoRepo   *repo,
                          GFile      *project_dir)
{
  const char *path = check_str (check, "path");
  g_autofree char *found = NULL;
  int line = 0;

  if (path != NULL)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (project_dir, path);

      if ((line = file_marker_line (file)) > 0)
        found = g_strdup (path);
    }
  else
    {
      guint n_files = 0;

      found = find_marker_file (repo, project_dir, NULL, 0, &n_files, &line);
    }

  if (found != NULL)
    /* Translators: %s is a file name, %d a line number */
    return g_strdup_printf (_("%s still has conflict markers on line %d: keep the lines you "
                              "want and delete the `<<<<<<<`, `=======` and `>>>>>>>` "
                              "lines."), found, line);

  if (dojo_repo_is_merging (repo))
    return g_strdup (_("A merge is still under way: commit it (Commit Merge, or `git commit` "
                       "in the Shell) or abort it (Abort Merge, or `git merge --abort`)."));

  return NULL;
}

/**
 * _dojo_git_check_evaluate:
 * @check: a check of type `git`
 * @repo: (nullable): the project's repository; %NULL when it has none
 * @project_dir: the project folder
 * @message: (out) (transfer full): what the learner reads when it fails
 *
 * Returns: whether the check passes
 */
gboolean
_dojo_git_check_evaluate (JsonObject  *check,
                          DojoRepo    *repo,
                          GFile       *project_dir,
                          char       **message)
{
  const char *require = check_str (check, "require");
  const char *teacher = check_str (check, "message");
  g_autofree char *problem = NULL;

  g_return_val_if_fail (check != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (project_dir), FALSE);
  g_return_val_if_fail (message != NULL, FALSE);

  *message = NULL;

  if (require == NULL || !g_strv_contains (_dojo_git_check_kinds, require) ||
      (g_str_equal (require, "branch-exists") && check_str (check, "branch") == NULL) ||
      (g_str_equal (require, "on-branch") && check_str (check, "branch") == NULL) ||
      (g_str_equal (require, "committed") && check_str (check, "path") == NULL) ||
      (g_str_equal (require, "file-matches-commit") && check_str (check, "path") == NULL))
    {
      /* The teacher's exercise is at fault, not the learner. */
      *message = g_strdup (_("This check cannot run: it is not written the way Dojo "
                             "expects. Please tell your teacher."));
      return FALSE;
    }

  if (repo == NULL)
    problem = g_strdup (_("Your project is not a git repository yet. Make your first "
                          "commit with the Commit button, or `git init` and `git commit` "
                          "in the Shell."));
  else if (g_str_equal (require, "commits"))
    problem = eval_commits (check, repo);
  else if (g_str_equal (require, "clean"))
    problem = eval_clean (repo);
  else if (g_str_equal (require, "last-message"))
    problem = eval_last_message (check, repo);
  else if (g_str_equal (require, "branch-exists"))
    problem = eval_branch_exists (check, repo);
  else if (g_str_equal (require, "on-branch"))
    problem = eval_on_branch (check, repo);
  else if (g_str_equal (require, "committed"))
    problem = eval_committed (check, repo);
  else if (g_str_equal (require, "file-matches-commit"))
    problem = eval_file_matches_commit (check, repo, project_dir);
  else if (g_str_equal (require, "merge-commit"))
    problem = eval_merge_commit (check, repo);
  else if (g_str_equal (require, "no-conflict-markers"))
    problem = eval_no_conflict_markers (check, repo, project_dir);

  if (problem == NULL)
    return TRUE;

  if (teacher != NULL && teacher[0] != '\0')
    *message = g_strdup_printf ("%s %s", teacher, problem);
  else
    *message = g_steal_pointer (&problem);

  return FALSE;
}
