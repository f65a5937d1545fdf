/* dojo-repo-history.c: the commits, what each changed, and going back to one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-repo-private.h"

/* History */

static gboolean
count_commit_changes (DojoRepo    *self,
                      git_commit  *commit,
                      git_diff   **out,
                      GError     **error)
{
  g_autoptr(git_commit) parent = NULL;
  g_autoptr(git_tree) old_tree = NULL;
  g_autoptr(git_tree) new_tree = NULL;
  int rc;

  if (git_commit_parentcount (commit) > 0
      && (rc = git_commit_parent (&parent, commit, 0)) < 0)
    goto failed;

  if (!_dojo_repo_commit_tree (self, parent, &old_tree, error)
      || !_dojo_repo_commit_tree (self, commit, &new_tree, error))
    return FALSE;

  if ((rc = git_diff_tree_to_tree (out, self->repo, old_tree, new_tree, NULL)) < 0
      || (rc = git_diff_find_similar (*out, NULL)) < 0)
    goto failed;

  return TRUE;

failed:
  _dojo_repo_set_git_error (self, error, rc, _("Could not read the files of a commit"));
  return FALSE;
}

static DojoCommitInfo *
commit_info_new (DojoRepo    *self,
                 git_commit  *commit,
                 GError     **error)
{
  g_autoptr(DojoCommitInfo) info = g_new0 (DojoCommitInfo, 1);
  g_autoptr(git_diff) diff = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GTimeZone) tz = NULL;
  g_auto(git_buf) short_id = GIT_BUF_INIT;
  const git_signature *author = git_commit_author (commit);
  const char *message = git_commit_message (commit);
  const char *summary = git_commit_summary (commit);

  info->id = g_strdup (git_oid_tostr_s (git_commit_id (commit)));
  if (git_object_short_id (&short_id, (git_object *)commit) == 0)
    info->short_id = g_strdup (short_id.ptr);
  else
    info->short_id = g_strndup (info->id, 7);
  info->message = g_strdup (message ? message : "");
  info->summary = g_strdup (summary ? summary : "");
  info->author_name = g_strdup (author->name);
  info->author_email = g_strdup (author->email);
  info->n_parents = git_commit_parentcount (commit);
  info->parent_ids = g_new0 (char *, info->n_parents + 1);
  for (guint i = 0; i < info->n_parents; i++)
    info->parent_ids[i] = g_strdup (git_oid_tostr_s (git_commit_parent_id (commit, i)));

  tz = g_time_zone_new_offset (author->when.offset * 60);
  utc = g_date_time_new_from_unix_utc (author->when.time);
  if (utc != NULL)
    info->time = g_date_time_to_timezone (utc, tz);

  if (!count_commit_changes (self, commit, &diff, error))
    return NULL;
  info->files_changed = git_diff_num_deltas (diff);

  return g_steal_pointer (&info);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  git_time_t x = git_commit_time (*(git_commit * const *)a);
  git_time_t y = git_commit_time (*(git_commit * const *)b);

  return x > y ? -1 : x < y ? 1 : 0;
}

/* Starts @walk at every local branch and at HEAD (which may be detached),
 * the newest first: git's --topo-order shows the newest tip's line first,
 * and libgit2's topological walk starts with the first one pushed. */
static int
push_all_tips (DojoRepo    *self,
               git_revwalk *walk)
{
  g_autoptr(git_branch_iterator) iter = NULL;
  g_autoptr(GPtrArray) tips = g_ptr_array_new_with_free_func ((GDestroyNotify)git_commit_free);
  git_commit *commit = NULL;
  git_reference *ref = NULL;
  git_oid head;
  git_branch_t type;
  int rc;

  if ((rc = git_reference_name_to_id (&head, self->repo, "HEAD")) < 0
      || (rc = git_commit_lookup (&commit, self->repo, &head)) < 0)
    return rc;
  g_ptr_array_add (tips, commit);

  if ((rc = git_branch_iterator_new (&iter, self->repo, GIT_BRANCH_LOCAL)) < 0)
    return rc;

  while ((rc = git_branch_next (&ref, &type, iter)) == 0)
    {
      g_autoptr(git_reference) resolved = NULL;

      /* A branch whose ref names no commit is nothing to show. */
      if (git_reference_resolve (&resolved, ref) == 0 && git_reference_target (resolved) != NULL
          && git_commit_lookup (&commit, self->repo, git_reference_target (resolved)) == 0)
        g_ptr_array_add (tips, commit);
      git_reference_free (ref);
    }
  if (rc != GIT_ITEROVER)
    return rc;

  /* Stable: at the same time, HEAD, then the branches by name. */
  g_ptr_array_sort (tips, compare_newest_first);
  for (guint i = 0; i < tips->len; i++)
    if ((rc = git_revwalk_push (walk, git_commit_id (g_ptr_array_index (tips, i)))) < 0)
      return rc;

  return 0;
}

static GPtrArray *
log_locked (DojoRepo  *self,
            gboolean   all,
            guint      offset,
            guint      limit,
            GError   **error)
{
  g_autoptr(git_revwalk) walk = NULL;
  g_autoptr(GPtrArray) commits =
    g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_commit_info_free);
  git_oid oid;
  guint skipped = 0;
  int rc;

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  if ((rc = git_repository_head_unborn (self->repo)) == 1)
    return g_steal_pointer (&commits);

  if (rc < 0
      || (rc = git_revwalk_new (&walk, self->repo)) < 0
      /* GIT_SORT_NONE is git's own order; GIT_SORT_TIME sorts commits made
       * in the same second in no particular order, even on a straight line.
       * Across branches, children must come before their parents for the
       * graph, and each branch's commits together: GIT_SORT_TOPOLOGICAL
       * alone is git's --topo-order, the order of `git log --graph`. */
      || (rc = git_revwalk_sorting (walk, all ? GIT_SORT_TOPOLOGICAL
                                              : GIT_SORT_NONE)) < 0
      || (rc = all ? push_all_tips (self, walk) : git_revwalk_push_head (walk)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the history"));
      return NULL;
    }

  while ((limit == 0 || commits->len < limit)
         && (rc = git_revwalk_next (&oid, walk)) == 0)
    {
      g_autoptr(git_commit) commit = NULL;
      DojoCommitInfo *info;

      if (skipped < offset)
        {
          skipped++;
          continue;
        }

      if ((rc = git_commit_lookup (&commit, self->repo, &oid)) < 0)
        break;

      if ((info = commit_info_new (self, commit, error)) == NULL)
        return NULL;

      g_ptr_array_add (commits, info);
    }

  if (rc < 0 && rc != GIT_ITEROVER)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the history"));
      return NULL;
    }

  return g_steal_pointer (&commits);
}

/**
 * dojo_repo_log:
 * @offset: how many of the newest commits to skip
 * @limit: how many commits at most, or 0 for all
 *
 * Lists the commits reachable from HEAD, newest first. Empty before the
 * first commit.
 *
 * Returns: (transfer full) (element-type DojoCommitInfo): the commits, or
 *   %NULL with @error set
 */
GPtrArray *
dojo_repo_log (DojoRepo  *self,
               guint      offset,
               guint      limit,
               GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return log_locked (self, FALSE, offset, limit, error);
}

/**
 * dojo_repo_log_all:
 * @offset: how many of the newest commits to skip
 * @limit: how many commits at most, or 0 for all
 *
 * Lists every commit reachable from a local branch or from HEAD, newest
 * first in topological order: a commit always comes before its parents, as
 * `git log --graph --all` shows them. Empty before the first commit.
 *
 * Returns: (transfer full) (element-type DojoCommitInfo): the commits, or
 *   %NULL with @error set
 */
GPtrArray *
dojo_repo_log_all (DojoRepo  *self,
                   guint      offset,
                   guint      limit,
                   GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return log_locked (self, TRUE, offset, limit, error);
}

typedef struct
{
  guint offset;
  guint limit;
} LogAllData;

static void
log_all_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LogAllData *data = task_data;
  GPtrArray *commits;
  GError *error = NULL;

  commits = dojo_repo_log_all (source_object, data->offset, data->limit, &error);
  if (commits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, commits, (GDestroyNotify)g_ptr_array_unref);
}

void
dojo_repo_log_all_async (DojoRepo            *self,
                         guint                offset,
                         guint                limit,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LogAllData *data;

  g_return_if_fail (DOJO_IS_REPO (self));

  data = g_new0 (LogAllData, 1);
  data->offset = offset;
  data->limit = limit;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_repo_log_all_async);
  g_task_set_task_data (task, data, g_free);
  g_task_run_in_thread (task, log_all_thread);
}

/**
 * dojo_repo_log_all_finish:
 *
 * Returns: (transfer full) (element-type DojoCommitInfo): as dojo_repo_log_all()
 */
GPtrArray *
dojo_repo_log_all_finish (DojoRepo      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dojo_repo_log_all_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dojo_repo_read_last_commit:
 * @project: a project folder
 *
 * The commit HEAD of @project's repository is at, for a reader that wants
 * nothing else of it (an export, a grade). A folder that is not a
 * repository, or that cannot be read, has none, as has one without a
 * commit yet.
 *
 * Returns: (transfer full) (nullable): the commit, or %NULL
 */
DojoCommitInfo *
dojo_repo_read_last_commit (GFile *project)
{
  g_autoptr(DojoRepo) repo = NULL;
  g_autoptr(GPtrArray) log = NULL;

  g_return_val_if_fail (G_IS_FILE (project), NULL);

  if (!(repo = dojo_repo_open (project, NULL)) ||
      !(log = dojo_repo_log (repo, 0, 1, NULL)) ||
      log->len == 0)
    return NULL;

  return dojo_commit_info_copy (g_ptr_array_index (log, 0));
}

static gboolean
lookup_file_in_commit (DojoRepo        *self,
                       git_commit      *commit,
                       const char      *commit_spec,
                       const char      *path,
                       git_tree_entry **out,
                       GError         **error)
{
  g_autoptr(git_tree) tree = NULL;
  int rc;

  if (!_dojo_repo_commit_tree (self, commit, &tree, error))
    return FALSE;

  rc = git_tree_entry_bypath (out, tree, path);
  if (rc == GIT_ENOTFOUND
      || (rc == 0 && git_tree_entry_type (*out) != GIT_OBJECT_BLOB))
    {
      g_clear_pointer (out, git_tree_entry_free);
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FOUND,
                   _("There was no file “%s” in the version “%s”."), path, commit_spec);
      return FALSE;
    }
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the files of a commit"));
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_show_file:
 * @commit: a commit (id, short id, branch, "HEAD"…)
 * @path: a file, relative to the project
 *
 * Returns: (transfer full): the file's bytes as they were in @commit (as
 *   `git show commit:path` prints them), or %NULL with @error set
 */
GBytes *
dojo_repo_show_file (DojoRepo    *self,
                     const char  *commit,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_commit) found = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  g_autoptr(git_blob) blob = NULL;
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (commit != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_resolve_commit (self, commit, &found, error)
      || !lookup_file_in_commit (self, found, commit, path, &entry, error))
    return NULL;

  if ((rc = git_blob_lookup (&blob, self->repo, git_tree_entry_id (entry))) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the file from the history"));
      return NULL;
    }

  return g_bytes_new (git_blob_rawcontent (blob), git_blob_rawsize (blob));
}

/**
 * dojo_repo_get_commit_changes:
 *
 * Returns: (transfer full) (element-type DojoFileChange): the files @commit
 *   changed against its first parent, or %NULL with @error set
 */
GPtrArray *
dojo_repo_get_commit_changes (DojoRepo    *self,
                              const char  *commit,
                              GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_commit) found = NULL;
  g_autoptr(git_diff) diff = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  size_t n;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (commit != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_resolve_commit (self, commit, &found, error)
      || !count_commit_changes (self, found, &diff, error))
    return NULL;

  n = git_diff_num_deltas (diff);
  changes = g_ptr_array_new_full (n, (GDestroyNotify)dojo_file_change_free);

  for (size_t i = 0; i < n; i++)
    {
      const git_diff_delta *delta = git_diff_get_delta (diff, i);
      DojoFileStatus status = _dojo_repo_status_from_delta (delta->status);
      DojoFileChange *change;

      change = dojo_file_change_new (status == DOJO_FILE_STATUS_DELETED
                                     ? delta->old_file.path : delta->new_file.path,
                                     status);
      if (status == DOJO_FILE_STATUS_RENAMED)
        change->old_path = g_strdup (delta->old_file.path);
      g_ptr_array_add (changes, change);
    }

  return g_steal_pointer (&changes);
}

/* Restore */

/* The paths of every uncommitted change (untracked files included), or an
 * empty array; NULL on error. */
static GPtrArray *
dirty_paths_locked (DojoRepo  *self,
                    GError   **error)
{
  g_autoptr(GPtrArray) changes = _dojo_repo_status_locked (self, error);
  g_autoptr(GPtrArray) paths = NULL;

  if (changes == NULL)
    return NULL;

  paths = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *change = g_ptr_array_index (changes, i);
      g_ptr_array_add (paths, g_strdup (change->path));
    }

  return g_steal_pointer (&paths);
}

static gboolean
restore_file_locked (DojoRepo    *self,
                     const char  *commit,
                     const char  *path,
                     gboolean     force,
                     GError     **error)
{
  git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
  g_autoptr(git_commit) found = NULL;
  g_autoptr(git_tree_entry) entry = NULL;
  char *paths[1] = { (char *)path };
  unsigned int flags = 0;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_resolve_commit (self, commit, &found, error)
      || !lookup_file_in_commit (self, found, commit, path, &entry, error))
    return FALSE;

  rc = git_status_file (&flags, self->repo, path);
  if (rc == GIT_ENOTFOUND)
    flags = GIT_STATUS_CURRENT;
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not check the file for changes"));
      return FALSE;
    }

  /* A file that is missing, or unchanged since the last commit, holds
   * nothing that restoring could lose. */
  if (!force
      && (flags & ~(GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED | GIT_STATUS_IGNORED)) != 0)
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new ();

      g_ptr_array_add (list, (char *)path);
      _dojo_repo_set_uncommitted_error (error, list, _("restoring it"));
      return FALSE;
    }

  /* Like `git restore --source`: the file in the folder changes, the
   * staging area does not, so the restore shows up as a change to commit. */
  opts.checkout_strategy = (GIT_CHECKOUT_FORCE |
                            GIT_CHECKOUT_DISABLE_PATHSPEC_MATCH |
                            GIT_CHECKOUT_DONT_UPDATE_INDEX);
  opts.paths.strings = paths;
  opts.paths.count = 1;

  if ((rc = git_checkout_tree (self->repo, (git_object *)found, &opts)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not restore the file"));
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_restore_file:
 * @commit: the version to take the file from
 * @path: the file, relative to the project
 * @force: overwrite the file even if it has uncommitted changes
 *
 * Puts the file as it was in @commit into the project folder (the staging
 * area is left alone). Without @force, refuses with
 * DOJO_REPO_ERROR_UNCOMMITTED_CHANGES rather than lose unsaved work.
 */
gboolean
dojo_repo_restore_file (DojoRepo    *self,
                        const char  *commit,
                        const char  *path,
                        gboolean     force,
                        GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (commit != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return restore_file_locked (self, commit, path, force, error);
}

static char *
restore_locked (DojoRepo         *self,
                const char       *commit,
                DojoRestoreMode   mode,
                gboolean          force,
                GError          **error)
{
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_commit) target = NULL;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(GPtrArray) dirty = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *when_str = NULL;
  g_autofree char *message = NULL;
  const char *summary;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_resolve_commit (self, commit, &target, error)
      || !_dojo_repo_get_head_commit (self, &head, error))
    return NULL;

  if (mode == DOJO_RESTORE_AS_NEW_COMMIT
      && (!_dojo_repo_check_detached (self, _("restore an old version as a new commit"), error)
          || !_dojo_repo_require_identity (self, &signature, error)))
    return NULL;

  if ((dirty = dirty_paths_locked (self, error)) == NULL)
    return NULL;

  if (dirty->len > 0 && !force)
    {
      _dojo_repo_set_uncommitted_error (error, dirty, _("restoring that version"));
      return NULL;
    }

  if (!_dojo_repo_safe_checkout (self, target, force, _("restoring that version"), error))
    return NULL;

  if (mode == DOJO_RESTORE_CHECKOUT)
    {
      if ((rc = git_repository_set_head_detached (self->repo, git_commit_id (target))) < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not switch to that version"));
          return NULL;
        }

      return g_strdup (git_oid_tostr_s (git_commit_id (target)));
    }

  /* Already the current version: the checkout above was all there was to do. */
  if (head != NULL && git_oid_equal (git_commit_tree_id (head), git_commit_tree_id (target)))
    return g_strdup (git_oid_tostr_s (git_commit_id (head)));

  when = g_date_time_new_from_unix_local (git_commit_time (target));
  when_str = g_date_time_format (when, "%Y-%m-%d %H:%M");
  summary = git_commit_summary (target);
  message = g_strdup_printf (_("Restore the version from %s\n\n"
                               "The files are as they were in commit %.12s (“%s”)."),
                             when_str, git_oid_tostr_s (git_commit_id (target)),
                             summary ? summary : "");

  return _dojo_repo_create_commit (self, "HEAD", git_commit_tree_id (target), head, signature,
                                   message, error);
}

/**
 * dojo_repo_restore:
 * @commit: the version to go back to
 * @mode: as a new commit (history kept), or by looking at it (detached HEAD)
 * @force: throw away uncommitted changes (untracked files included)
 *
 * Makes the whole project equal @commit. Without @force, a folder with
 * uncommitted changes is refused with DOJO_REPO_ERROR_UNCOMMITTED_CHANGES,
 * whose message lists the files.
 *
 * Returns: (transfer full): the id HEAD now points at, or %NULL with @error set
 */
char *
dojo_repo_restore (DojoRepo         *self,
                   const char       *commit,
                   DojoRestoreMode   mode,
                   gboolean          force,
                   GError          **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (commit != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return restore_locked (self, commit, mode, force, error);
}
