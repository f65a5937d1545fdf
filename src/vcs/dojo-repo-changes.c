/* dojo-repo-changes.c: what changed since the last commit, and committing it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dojo-diff-private.h"
#include "dojo-repo-private.h"

gboolean
_dojo_repo_get_index (DojoRepo   *self,
                      git_index **out,
                      GError    **error)
{
  int rc;

  if ((rc = git_repository_index (out, self->repo)) < 0
      || (rc = git_index_read (*out, FALSE)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc,
                                _("Could not read the staging area (.git/index)"));
      return FALSE;
    }

  return TRUE;
}

/* Writes @index; on failure, forgets the in-memory changes so the next
 * call starts from what is on disk. */
gboolean
_dojo_repo_write_index (DojoRepo   *self,
                        git_index  *index,
                        GError    **error)
{
  int rc;

  if ((rc = git_index_write (index)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc,
                                _("Could not save the staging area (.git/index)"));
      git_index_read (index, TRUE);
      return FALSE;
    }

  return TRUE;
}

/* Status and staging */

DojoFileStatus
_dojo_repo_status_from_delta (git_delta_t status)
{
  switch (status)
    {
    case GIT_DELTA_ADDED:
    case GIT_DELTA_UNTRACKED:
    case GIT_DELTA_COPIED:
      return DOJO_FILE_STATUS_NEW;
    case GIT_DELTA_DELETED:
      return DOJO_FILE_STATUS_DELETED;
    case GIT_DELTA_RENAMED:
      return DOJO_FILE_STATUS_RENAMED;
    case GIT_DELTA_TYPECHANGE:
      return DOJO_FILE_STATUS_TYPECHANGE;
    case GIT_DELTA_CONFLICTED:
      return DOJO_FILE_STATUS_CONFLICTED;
    case GIT_DELTA_UNMODIFIED:
    case GIT_DELTA_IGNORED:
      return DOJO_FILE_STATUS_UNCHANGED;
    case GIT_DELTA_MODIFIED:
    case GIT_DELTA_UNREADABLE:
    default:
      return DOJO_FILE_STATUS_MODIFIED;
    }
}

GPtrArray *
_dojo_repo_status_locked (DojoRepo  *self,
                          GError   **error)
{
  git_status_options opts = GIT_STATUS_OPTIONS_INIT;
  g_autoptr(git_status_list) list = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  size_t n;
  int rc;

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  /* Untracked files count: a new file is the most common change of all.
   * Work-tree rename detection would read every new and deleted file, so it
   * stays off, as in `git status`; staged renames are cheap (ids only).
   * UPDATE_INDEX saves refreshed stat data, so the next call need not hash
   * files whose timestamps were ambiguous. */
  opts.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
  opts.flags = (GIT_STATUS_OPT_INCLUDE_UNTRACKED |
                GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
                GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX |
                GIT_STATUS_OPT_EXCLUDE_SUBMODULES |
                GIT_STATUS_OPT_SORT_CASE_SENSITIVELY |
                GIT_STATUS_OPT_UPDATE_INDEX);

  rc = git_status_list_new (&list, self->repo, &opts);
  if (rc == GIT_ELOCKED)
    {
      /* Someone else holds the index: read it, do not refresh it. */
      opts.flags &= ~GIT_STATUS_OPT_UPDATE_INDEX;
      rc = git_status_list_new (&list, self->repo, &opts);
    }
  if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not list the changed files"));
      return NULL;
    }

  n = git_status_list_entrycount (list);
  changes = g_ptr_array_new_full (n, (GDestroyNotify)dojo_file_change_free);

  for (size_t i = 0; i < n; i++)
    {
      const git_status_entry *entry = git_status_byindex (list, i);
      unsigned int s = entry->status;
      DojoFileStatus index_status = DOJO_FILE_STATUS_UNCHANGED;
      DojoFileStatus workdir_status = DOJO_FILE_STATUS_UNCHANGED;
      DojoFileChange *change;
      const char *path;

      if (s == GIT_STATUS_CURRENT || (s & GIT_STATUS_IGNORED) != 0)
        continue;

      if (s & GIT_STATUS_CONFLICTED)
        index_status = workdir_status = DOJO_FILE_STATUS_CONFLICTED;
      else
        {
          if (s & GIT_STATUS_INDEX_NEW)
            index_status = DOJO_FILE_STATUS_NEW;
          else if (s & GIT_STATUS_INDEX_RENAMED)
            index_status = DOJO_FILE_STATUS_RENAMED;
          else if (s & GIT_STATUS_INDEX_DELETED)
            index_status = DOJO_FILE_STATUS_DELETED;
          else if (s & GIT_STATUS_INDEX_TYPECHANGE)
            index_status = DOJO_FILE_STATUS_TYPECHANGE;
          else if (s & GIT_STATUS_INDEX_MODIFIED)
            index_status = DOJO_FILE_STATUS_MODIFIED;

          if (s & GIT_STATUS_WT_NEW)
            workdir_status = DOJO_FILE_STATUS_NEW;
          else if (s & GIT_STATUS_WT_DELETED)
            workdir_status = DOJO_FILE_STATUS_DELETED;
          else if (s & GIT_STATUS_WT_TYPECHANGE)
            workdir_status = DOJO_FILE_STATUS_TYPECHANGE;
          else if (s & GIT_STATUS_WT_RENAMED)
            workdir_status = DOJO_FILE_STATUS_RENAMED;
          else if (s & (GIT_STATUS_WT_MODIFIED | GIT_STATUS_WT_UNREADABLE))
            workdir_status = DOJO_FILE_STATUS_MODIFIED;
        }

      if (index_status == DOJO_FILE_STATUS_UNCHANGED
          && workdir_status == DOJO_FILE_STATUS_UNCHANGED)
        continue;

      if (entry->index_to_workdir != NULL)
        path = entry->index_to_workdir->new_file.path;
      else
        path = entry->head_to_index->new_file.path;

      change = dojo_file_change_new (path, DOJO_FILE_STATUS_MODIFIED);
      change->index_status = index_status;
      change->workdir_status = workdir_status;
      change->staged = index_status != DOJO_FILE_STATUS_UNCHANGED;

      if (index_status == DOJO_FILE_STATUS_RENAMED && entry->head_to_index != NULL)
        change->old_path = g_strdup (entry->head_to_index->old_file.path);

      /* The change against the last commit, as the learner sees it. */
      if (index_status == DOJO_FILE_STATUS_CONFLICTED)
        change->status = DOJO_FILE_STATUS_CONFLICTED;
      else if (index_status == DOJO_FILE_STATUS_NEW || index_status == DOJO_FILE_STATUS_RENAMED)
        change->status = index_status;
      else if (workdir_status != DOJO_FILE_STATUS_UNCHANGED)
        change->status = workdir_status;
      else
        change->status = index_status;

      g_ptr_array_add (changes, change);
    }

  return g_steal_pointer (&changes);
}

/**
 * dojo_repo_status:
 *
 * Lists what changed since the last commit: staged, unstaged and untracked
 * files (ignored ones left out), sorted by path.
 *
 * Returns: (transfer full) (element-type DojoFileChange): the changes, or
 *   %NULL with @error set
 */
GPtrArray *
dojo_repo_status (DojoRepo  *self,
                  GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return _dojo_repo_status_locked (self, error);
}

/**
 * dojo_repo_count_changes:
 * @n_changed: (out): how many files changed since the last commit
 */
gboolean
dojo_repo_count_changes (DojoRepo  *self,
                         guint     *n_changed,
                         GError   **error)
{
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (n_changed != NULL, FALSE);

  if ((changes = dojo_repo_status (self, error)) == NULL)
    return FALSE;

  *n_changed = changes->len;

  return TRUE;
}

/**
 * dojo_repo_is_ignored:
 * @path: a file or folder, relative to the project; a folder may end in '/'
 *
 * Whether git's ignore rules leave @path out: the .gitignore files of its
 * folder and the folders above it, .git/info/exclude and core.excludesFile,
 * read as `git check-ignore --no-index` reads them. What is inside an
 * ignored folder is ignored too. The rules alone decide, so a file that git
 * already tracks may match them (git goes on tracking it); a folder named
 * without its '/' counts as a folder only while it exists.
 *
 * libgit2 keeps the ignore files it has read and only checks that they did
 * not change, so this is cheap enough to ask for every row of a file list;
 * but it waits for the repository and reads files, so the file list asks
 * in a worker (DojoIgnoreCache). Which file core.excludesFile names, though,
 * it reads once per opened repository: a change to that setting counts
 * once the project is opened again.
 *
 * Returns: %TRUE if @path is ignored; %FALSE if not, and also when git
 *   cannot tell (the project folder is gone, say)
 */
gboolean
dojo_repo_is_ignored (DojoRepo   *self,
                      const char *path)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  int ignored = 0;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (!g_path_is_absolute (path), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (git_ignore_path_is_ignored (&ignored, self->repo, path) < 0)
    {
      git_error_clear ();
      return FALSE;
    }

  return ignored == 1;
}

/**
 * dojo_repo_filter_ignored:
 * @paths: files or folders, relative to the project, as for
 *   dojo_repo_is_ignored()
 *
 * Which of @paths git's ignore rules leave out, asked in one go (one wait
 * for the repository, where dojo_repo_is_ignored() waits once a path).
 * Reads ignore files, and may wait for another call that holds the
 * repository: the UI asks through dojo_repo_filter_ignored_async().
 *
 * Returns: (transfer full): the ignored ones among @paths, in their order
 */
GStrv
dojo_repo_filter_ignored (DojoRepo           *self,
                          const char * const *paths)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(GStrvBuilder) ignored = g_strv_builder_new ();

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (paths != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  for (guint i = 0; paths[i] != NULL; i++)
    if (dojo_repo_is_ignored (self, paths[i]))
      g_strv_builder_add (ignored, paths[i]);

  return g_strv_builder_end (ignored);
}

static gboolean
stage_locked (DojoRepo            *self,
              const char * const  *paths,
              GError             **error)
{
  g_autoptr(git_index) index = NULL;
  git_strarray spec = { (char **)paths, paths ? g_strv_length ((char **)paths) : 0 };
  int rc;

  if (!_dojo_repo_check_alive (self, error) || !_dojo_repo_get_index (self, &index, error))
    return FALSE;

  /* add_all takes new, changed and deleted files alike (one walk of the
   * folder; update_all after it would walk it again to find nothing). */
  if ((rc = git_index_add_all (index, paths ? &spec : NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not stage the changes"));
      git_index_read (index, TRUE);
      return FALSE;
    }

  return _dojo_repo_write_index (self, index, error);
}

/**
 * dojo_repo_stage:
 * @paths: (array zero-terminated=1): files or folders, relative to the project
 *
 * Stages new, changed and deleted files under @paths (`git add`).
 */
gboolean
dojo_repo_stage (DojoRepo            *self,
                 const char * const  *paths,
                 GError             **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  if (paths[0] == NULL)
    return TRUE;

  locker = g_rec_mutex_locker_new (&self->lock);

  return stage_locked (self, paths, error);
}

gboolean
dojo_repo_stage_all (DojoRepo  *self,
                     GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return stage_locked (self, NULL, error);
}

/**
 * dojo_repo_unstage:
 * @paths: (array zero-terminated=1): files, relative to the project
 *
 * Takes @paths out of the next commit again, keeping the files as they are
 * (`git restore --staged`).
 */
gboolean
dojo_repo_unstage (DojoRepo            *self,
                   const char * const  *paths,
                   GError             **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_commit) head = NULL;
  git_strarray spec = { NULL, 0 };
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  if (paths[0] == NULL)
    return TRUE;

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error) || !_dojo_repo_get_head_commit (self, &head, error))
    return FALSE;

  spec.strings = (char **)paths;
  spec.count = g_strv_length ((char **)paths);

  if (head == NULL)
    {
      /* Before the first commit, unstaging means forgetting the file. */
      g_autoptr(git_index) index = NULL;

      if (!_dojo_repo_get_index (self, &index, error))
        return FALSE;

      if ((rc = git_index_remove_all (index, &spec, NULL, NULL)) < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not unstage the files"));
          git_index_read (index, TRUE);
          return FALSE;
        }

      return _dojo_repo_write_index (self, index, error);
    }

  if ((rc = git_reset_default (self->repo, (git_object *)head, &spec)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not unstage the files"));
      return FALSE;
    }

  return TRUE;
}

/* Diff */

static DojoDiff *
convert_diff (DojoRepo  *self,
              git_diff  *diff,
              GError   **error)
{
  g_autoptr(GPtrArray) files =
    g_ptr_array_new_with_free_func ((GDestroyNotify)_dojo_diff_file_free);
  size_t n = git_diff_num_deltas (diff);
  int rc;

  for (size_t i = 0; i < n; i++)
    {
      g_autoptr(git_patch) patch = NULL;
      g_auto(git_buf) buf = GIT_BUF_INIT;
      const git_diff_delta *delta;
      DojoDiffFile *file;
      size_t n_hunks;

      if ((rc = git_patch_from_diff (&patch, diff, i)) < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not compare the versions"));
          return NULL;
        }

      if (patch == NULL)
        continue;

      delta = git_patch_get_delta (patch);
      file = _dojo_diff_file_new (delta->old_file.path, delta->new_file.path,
                                  _dojo_repo_status_from_delta (delta->status),
                                  (delta->flags & GIT_DIFF_FLAG_BINARY) != 0);
      g_ptr_array_add (files, file);

      n_hunks = git_patch_num_hunks (patch);
      for (size_t h = 0; h < n_hunks; h++)
        {
          const git_diff_hunk *ghunk;
          DojoDiffHunk *hunk;
          size_t n_lines;

          if ((rc = git_patch_get_hunk (&ghunk, &n_lines, patch, h)) < 0)
            {
              _dojo_repo_set_git_error (self, error, rc, _("Could not compare the versions"));
              return NULL;
            }

          hunk = _dojo_diff_hunk_new (ghunk->old_start, ghunk->old_lines,
                                      ghunk->new_start, ghunk->new_lines,
                                      ghunk->header, ghunk->header_len);
          g_ptr_array_add (file->hunks, hunk);

          for (size_t l = 0; l < n_lines; l++)
            {
              const git_diff_line *gline;

              if ((rc = git_patch_get_line_in_hunk (&gline, patch, h, l)) < 0)
                {
                  _dojo_repo_set_git_error (self, error, rc, _("Could not compare the versions"));
                  return NULL;
                }

              switch (gline->origin)
                {
                case GIT_DIFF_LINE_CONTEXT:
                case GIT_DIFF_LINE_ADDITION:
                case GIT_DIFF_LINE_DELETION:
                  g_ptr_array_add (hunk->lines,
                                   _dojo_diff_line_new (gline->origin, gline->old_lineno,
                                                        gline->new_lineno, gline->content,
                                                        gline->content_len));
                  break;

                case GIT_DIFF_LINE_CONTEXT_EOFNL:
                case GIT_DIFF_LINE_ADD_EOFNL:
                case GIT_DIFF_LINE_DEL_EOFNL:
                  if (hunk->lines->len > 0)
                    {
                      DojoDiffLine *last = g_ptr_array_index (hunk->lines, hunk->lines->len - 1);
                      last->no_newline = TRUE;
                    }
                  break;

                default:
                  break;
                }
            }
        }

      if ((rc = git_patch_to_buf (&buf, patch)) < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not compare the versions"));
          return NULL;
        }
      file->patch = g_strndup (buf.ptr, buf.size);
    }

  return _dojo_diff_new (g_steal_pointer (&files));
}

static DojoDiff *
diff_locked (DojoRepo    *self,
             const char  *from,
             const char  *to,
             GError     **error)
{
  git_diff_options opts = GIT_DIFF_OPTIONS_INIT;
  g_autoptr(git_commit) old_commit = NULL;
  g_autoptr(git_commit) new_commit = NULL;
  g_autoptr(git_tree) old_tree = NULL;
  g_autoptr(git_tree) new_tree = NULL;
  g_autoptr(git_diff) diff = NULL;
  g_autoptr(git_index) index = NULL;
  DojoDiff *result;
  int rc;

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  /* From "" no commit is read, so the old side stays empty. */
  if (from == NULL)
    {
      if (!_dojo_repo_get_head_commit (self, &old_commit, error))
        return NULL;
    }
  else if (*from != '\0' && !_dojo_repo_resolve_commit (self, from, &old_commit, error))
    return NULL;

  if (!_dojo_repo_commit_tree (self, old_commit, &old_tree, error))
    return NULL;

  if (to == NULL)
    {
      opts.flags = (GIT_DIFF_INCLUDE_UNTRACKED |
                    GIT_DIFF_RECURSE_UNTRACKED_DIRS |
                    GIT_DIFF_SHOW_UNTRACKED_CONTENT);
      /* While a merge is stopped at conflicts, the index holds the
       * conflicts, not a version of those files: compared through it, they
       * would have no lines. What the next commit takes is the files as
       * they are in the folder. */
      if (git_repository_state (self->repo) == GIT_REPOSITORY_STATE_MERGE)
        rc = git_diff_tree_to_workdir (&diff, self->repo, old_tree, &opts);
      else
        rc = git_diff_tree_to_workdir_with_index (&diff, self->repo, old_tree, &opts);
      if (rc == 0)
        {
          /* A file moved in the file list and not committed yet is a new
           * (untracked) file and a deleted one; what the next commit will
           * record, and what the learner did, is a rename. */
          git_diff_find_options find = GIT_DIFF_FIND_OPTIONS_INIT;

          find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
          rc = git_diff_find_similar (diff, &find);
        }
    }
  else
    {
      if (!_dojo_repo_resolve_commit (self, to, &new_commit, error)
          || !_dojo_repo_commit_tree (self, new_commit, &new_tree, error))
        return NULL;

      rc = git_diff_tree_to_tree (&diff, self->repo, old_tree, new_tree, &opts);
      if (rc == 0)
        rc = git_diff_find_similar (diff, NULL);
    }

  if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not compare the versions"));
      return NULL;
    }

  result = convert_diff (self, diff, error);

  /* Compared with the folder, a conflicted file is just "changed"; say it
   * is in conflict, as `git status` does until it is staged. */
  if (result != NULL && to == NULL
      && git_repository_state (self->repo) == GIT_REPOSITORY_STATE_MERGE
      && git_repository_index (&index, self->repo) == 0)
    {
      GPtrArray *files = dojo_diff_get_files (result);

      for (guint i = 0; i < files->len; i++)
        {
          DojoDiffFile *file = g_ptr_array_index (files, i);
          const git_index_entry *ancestor, *ours, *theirs;

          if (file->new_path != NULL
              && git_index_conflict_get (&ancestor, &ours, &theirs, index, file->new_path) == 0)
            file->status = DOJO_FILE_STATUS_CONFLICTED;
        }
      git_error_clear ();
    }

  return result;
}

/**
 * dojo_repo_diff:
 * @from: (nullable): a commit (id, short id, branch…); %NULL for the last
 *   commit; "" for none, so that every file of @to counts as new (what a
 *   first commit, which has no parent, added)
 * @to: (nullable): a commit; %NULL for the files in the project folder now,
 *   new (untracked) files included as additions
 *
 * Each file of the result carries its patch text as libgit2 prints it,
 * which is what `git diff @from @to` prints.
 *
 * Returns: (transfer full): the differences, or %NULL with @error set
 */
DojoDiff *
dojo_repo_diff (DojoRepo    *self,
                const char  *from,
                const char  *to,
                GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return diff_locked (self, from, to, error);
}

/* Commit */

/* A commit of the tree @tree_oid with @n_parents parents (the first is
 * the one @update_ref points to now); @update_ref ("HEAD", or NULL for
 * none) moves to it. */
char *
_dojo_repo_create_commit_full (DojoRepo          *self,
                               const char        *update_ref,
                               const git_oid     *tree_oid,
                               const git_commit **parents,
                               guint              n_parents,
                               git_signature     *signature,
                               const char        *message,
                               GError           **error)
{
  g_autoptr(git_tree) tree = NULL;
  g_auto(git_buf) clean = GIT_BUF_INIT;
  git_oid oid;
  int rc;

  /* As `git commit -m` does: trailing spaces and blank lines go, "#" stays. */
  if ((rc = git_message_prettify (&clean, message, FALSE, '#')) < 0
      || (rc = git_tree_lookup (&tree, self->repo, tree_oid)) < 0
      || (rc = git_commit_create (&oid, self->repo, update_ref, signature, signature, NULL,
                                  clean.ptr, tree, n_parents, parents)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  return g_strdup (git_oid_tostr_s (&oid));
}

char *
_dojo_repo_create_commit (DojoRepo       *self,
                          const char     *update_ref,
                          const git_oid  *tree_oid,
                          git_commit     *parent,
                          git_signature  *signature,
                          const char     *message,
                          GError        **error)
{
  const git_commit *parents[1] = { parent };

  return _dojo_repo_create_commit_full (self, update_ref, tree_oid, parents, parent ? 1 : 0,
                                        signature, message, error);
}

gboolean
_dojo_repo_check_message (const char  *message,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (message != NULL ? message : ""));

  if (*stripped != '\0')
    return TRUE;

  g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                       _("A commit needs a message. Write a few words about what you "
                         "changed."));
  return FALSE;
}

/* Stages every file still in conflict as it is in the folder now, as
 * `git add` would: that marks the conflict resolved. A file the learner
 * deleted resolves it as deleted. */
static int
stage_conflicts (DojoRepo  *self,
                 git_index *index)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(git_index_conflict_iterator) iter = NULL;
  const git_index_entry *ancestor, *ours, *theirs;
  int rc;

  if ((rc = git_index_conflict_iterator_new (&iter, index)) < 0)
    return rc;
  while ((rc = git_index_conflict_next (&ancestor, &ours, &theirs, iter)) == 0)
    {
      const git_index_entry *any = ours ? ours : theirs ? theirs : ancestor;

      g_ptr_array_add (paths, g_strdup (any->path));
    }
  if (rc != GIT_ITEROVER)
    return rc;

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *full = g_build_filename (self->workdir, path, NULL);

      if (g_file_test (full, G_FILE_TEST_EXISTS) || g_file_test (full, G_FILE_TEST_IS_SYMLINK))
        rc = git_index_add_bypath (index, path);
      else if ((rc = git_index_conflict_remove (index, path)) == 0)
        rc = git_index_remove_bypath (index, path);
      if (rc < 0)
        return rc;
    }

  return 0;
}

static char *
commit_locked (DojoRepo        *self,
               const char      *message,
               DojoCommitMode   mode,
               GError         **error)
{
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_commit) parent = NULL;
  g_autoptr(git_commit) their = NULL;
  g_autoptr(git_index) index = NULL;
  g_autoptr(DojoMergeState) state = NULL;
  g_autofree char *id = NULL;
  const git_commit *parents[2];
  gboolean merging;
  git_oid tree_oid;
  gboolean unchanged;
  int rc;

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  if (!_dojo_repo_check_detached (self, _("commit"), error))
    return NULL;

  /* Finishing a merge: its commit has two parents, and git's message
   * ("Merge branch 'feature'") when the learner gives none. */
  merging = _dojo_repo_is_merging_locked (self);
  if (merging)
    {
      if (!_dojo_repo_read_merge_head (self, &their, error)
          || (state = _dojo_repo_get_merge_state_locked (self, error)) == NULL)
        return NULL;
      if (!_dojo_repo_check_message (message, NULL))
        message = state->message;
    }

  if (!_dojo_repo_check_message (message, error))
    return NULL;

  if (!_dojo_repo_require_identity (self, &signature, error)
      || !_dojo_repo_get_head_commit (self, &parent, error)
      || !_dojo_repo_get_index (self, &index, error))
    return NULL;

  if (mode == DOJO_COMMIT_STAGED && git_index_has_conflicts (index))
    {
      _dojo_repo_set_conflict_error (self, index, error);
      return NULL;
    }

  /* A "<<<<<<<" left in a file would be saved as if it were code. */
  if (!_dojo_repo_check_no_markers (self, mode, error))
    return NULL;

  if (mode == DOJO_COMMIT_ALL)
    {
      /* as in stage_locked(): one walk takes new, changed and deleted files */
      rc = git_index_add_all (index, NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL);
      if (rc == 0 && git_index_has_conflicts (index))
        rc = stage_conflicts (self, index);
      if (rc < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not stage the changes"));
          git_index_read (index, TRUE);
          return NULL;
        }
    }

  if (git_index_has_conflicts (index))
    {
      _dojo_repo_set_conflict_error (self, index, error);
      git_index_read (index, TRUE);
      return NULL;
    }

  if ((rc = git_index_write_tree (&tree_oid, index)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the files for the commit"));
      git_index_read (index, TRUE);
      return NULL;
    }

  /* A merge commit is made even when the result equals the last commit:
   * it records that the branch was merged, as `git commit` does. */
  if (merging)
    unchanged = FALSE;
  else if (parent != NULL)
    unchanged = git_oid_equal (&tree_oid, git_commit_tree_id (parent));
  else
    unchanged = git_index_entrycount (index) == 0;

  if (unchanged)
    {
      git_index_read (index, TRUE);
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT,
                           mode == DOJO_COMMIT_STAGED
                           ? _("Nothing is staged, so there is nothing to commit. Stage the "
                               "files you want to save first.")
                           : _("Nothing changed since your last commit, so there is nothing "
                               "to commit."));
      return NULL;
    }

  /* The index goes to disk first: if it is locked, nothing has changed. */
  if (mode == DOJO_COMMIT_ALL && !_dojo_repo_write_index (self, index, error))
    return NULL;

  parents[0] = parent;
  parents[1] = their;
  id = _dojo_repo_create_commit_full (self, "HEAD", &tree_oid, parents,
                                      parent == NULL ? 0 : merging ? 2 : 1,
                                      signature, message, error);
  if (id != NULL && merging)
    _dojo_repo_end_merge_state (self);

  return g_steal_pointer (&id);
}

/**
 * dojo_repo_commit:
 * @message: (nullable): what changed, in the learner's words; during a
 *   merge, %NULL or "" takes git's message ("Merge branch 'feature'")
 * @mode: everything, or only what is staged
 *
 * Refuses with DOJO_REPO_ERROR_CONFLICT_MARKERS while a file it would take
 * still has conflict markers, merge or not. During a merge it makes the
 * merge commit (parents HEAD and MERGE_HEAD): DOJO_COMMIT_ALL stages every
 * file, which marks its conflict resolved as `git add` does;
 * DOJO_COMMIT_STAGED refuses with DOJO_REPO_ERROR_MERGE_CONFLICT while
 * conflicts are left. Then the merge is over (MERGE_HEAD and the rest go).
 *
 * Returns: (transfer full): the id of the new commit, or %NULL with @error
 *   set (DOJO_REPO_ERROR_NOTHING_TO_COMMIT, _NO_IDENTITY, _DETACHED_HEAD…)
 */
char *
dojo_repo_commit (DojoRepo        *self,
                  const char      *message,
                  DojoCommitMode   mode,
                  GError         **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return commit_locked (self, message, mode, error);
}

/* Keeping work on a branch of its own */

/* Signs kept work when git does not know the learner: starting a lesson
 * over must work for a beginner who never gave a name, and this commit is
 * the app's doing, not one they chose to make (dojo_repo_commit() asks). */
#define KEEP_WORK_NAME  "Dojo"
#define KEEP_WORK_EMAIL "dojo@localhost"

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
}

/* A copy of the staging area that git_index_open() can read, in a file
 * of its own that nothing else writes. It keeps the original's time: from
 * it libgit2 tells which entries are "racily clean" (not older than the
 * index file, so their files must be read again), as for the original,
 * or an edit made in the same clock tick as the last write would be
 * missed. Sets @copy to NULL when there is no staging area yet. */
static gboolean
copy_staging_area (DojoRepo  *self,
                   char     **copy,
                   GError   **error)
{
  g_autofree char *path = g_build_filename (self->gitdir, "index", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  struct timespec times[2];
  GStatBuf st;
  gsize len = 0;
  int fd;

  *copy = NULL;

  /* The time first: a write in between makes entries look newer than the
   * copy, so their files are read; never the other way round. */
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      if (saved == ENOENT)
        return TRUE;

      set_errno_error (error, path, saved);
      return FALSE;
    }

  if (!g_file_get_contents (path, &contents, &len, error)
      || (fd = g_file_open_tmp ("dojo-index-XXXXXX", &name, error)) < 0)
    return FALSE;
  close (fd);

  /* 0600: it names every file of the project, and /tmp is everyone's. */
  if (!g_file_set_contents_full (name, contents, len, G_FILE_SET_CONTENTS_NONE, 0600, error))
    {
      g_unlink (name);
      return FALSE;
    }
  times[0] = st.st_atim;
  times[1] = st.st_mtim;
  if (utimensat (AT_FDCWD, name, times, 0) != 0)
    {
      set_errno_error (error, name, errno);
      g_unlink (name);
      return FALSE;
    }

  *copy = g_steal_pointer (&name);

  return TRUE;
}

/* Writes the project folder as a tree, as `git add -A` would stage it (the
 * staging area's files as they are now, new files that are not ignored,
 * deleted ones gone), through a copy of the staging area that is thrown
 * away after: the learner's own stays as it was. */
static gboolean
write_work_tree (DojoRepo  *self,
                 git_oid   *tree_oid,
                 GError   **error)
{
  g_autoptr(git_repository) second = NULL;
  g_autoptr(git_index) index = NULL;
  g_autoptr(GError) copy_error = NULL;
  g_autofree char *copy = NULL;
  int rc;

  if (!copy_staging_area (self, &copy, &copy_error))
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED, "%s: %s",
                   _("Could not save the files for the commit"), copy_error->message);
      return FALSE;
    }

  /* git_index_add_all() works on the index of a repository with a work
   * tree; a second handle on this one owns the copy, so self->repo keeps
   * its own index. Starting from the staging area keeps what git tracks,
   * and the files' times and sizes: only changed files are read again. */
  rc = _dojo_repo_open_second (self, &second);
  if (rc == 0)
    rc = copy != NULL ? git_index_open (&index, copy) : git_index_new (&index);
  if (rc == 0)
    rc = git_repository_set_index (second, index);
  if (rc == 0)
    rc = git_index_add_all (index, NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL);
  if (rc == 0)
    rc = git_index_write_tree_to (tree_oid, index, self->repo);

  if (copy != NULL)
    g_unlink (copy);

  if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the files for the commit"));
      return FALSE;
    }

  return TRUE;
}

static char *
keep_work_locked (DojoRepo    *self,
                  const char  *branch_prefix,
                  const char  *message,
                  GError     **error)
{
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_commit) parent = NULL;
  g_autoptr(git_commit) commit = NULL;
  g_autofree char *first_name = g_strdup_printf ("%s-1", branch_prefix);
  g_autofree char *id = NULL;
  git_oid tree_oid;
  git_oid oid;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_check_message (message, error)
      || !_dojo_repo_check_branch_name (first_name, error)
      || !_dojo_repo_get_head_commit (self, &parent, error))
    return NULL;

  if (!_dojo_repo_require_identity (self, &signature, NULL)
      && (rc = git_signature_now (&signature, KEEP_WORK_NAME, KEEP_WORK_EMAIL)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  /* The commit moves no branch and not HEAD; the new branch alone names it. */
  if (!write_work_tree (self, &tree_oid, error)
      || (id = _dojo_repo_create_commit (self, NULL, &tree_oid, parent, signature, message,
                                         error)) == NULL)
    return NULL;

  if ((rc = git_oid_fromstr (&oid, id)) < 0
      || (rc = git_commit_lookup (&commit, self->repo, &oid)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  for (guint n = 1; ; n++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%u", branch_prefix, n);
      g_autoptr(git_reference) ref = NULL;

      rc = git_branch_create (&ref, self->repo, name, commit, FALSE);
      if (rc == 0)
        return g_steal_pointer (&name);

      if (rc != GIT_EEXISTS)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not create the branch"));
          return NULL;
        }
    }
}

/**
 * dojo_repo_keep_work:
 * @branch_prefix: the new branch's name without its number, like "attempt"
 * @message: the commit message
 *
 * Keeps the project folder as it is now on a branch of its own, before
 * something replaces its files (putting a lesson's starter files back):
 * one new commit of the whole folder as `git add -A` would take it
 * (tracked files as they are now, new files that are not ignored, deleted
 * files gone), whose parent is the last commit (none before the first),
 * on a new branch “@branch_prefix-N”, N being the first number from 1 that
 * no branch has yet.
 *
 * Nothing else changes: not HEAD, not the current branch, not the staging
 * area, no file in the folder. The commit is signed with the learner's git
 * identity, or “Dojo <dojo@localhost>” when none is set.
 *
 * Returns: (transfer full): the new branch's name, or %NULL with @error set
 *   (an empty @message, a @branch_prefix that cannot start a branch name,
 *   a project folder that is gone…)
 */
char *
dojo_repo_keep_work (DojoRepo    *self,
                     const char  *branch_prefix,
                     const char  *message,
                     GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (branch_prefix != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return keep_work_locked (self, branch_prefix, message, error);
}
