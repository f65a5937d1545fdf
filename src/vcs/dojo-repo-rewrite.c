/* dojo-repo-rewrite.c: changing the last commit, and undoing an older one
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amending replaces the newest commit, which is only safe while no other
 * branch holds it; reverting never rewrites anything: it adds a commit
 * that takes an older one's changes back, as `git revert` does.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-repo-private.h"

/* Amend */

/* The first local branch other than the current one that holds @commit. */
static gboolean
find_other_branch (DojoRepo    *self,
                   git_commit  *commit,
                   char       **branch,
                   GError     **error)
{
  g_autoptr(git_branch_iterator) iter = NULL;
  git_reference *ref = NULL;
  git_branch_t type;
  int rc;

  *branch = NULL;

  if ((rc = git_branch_iterator_new (&iter, self->repo, GIT_BRANCH_LOCAL)) < 0)
    goto failed;

  while (*branch == NULL && (rc = git_branch_next (&ref, &type, iter)) == 0)
    {
      const git_oid *tip = git_reference_target (ref);
      const char *name = NULL;

      if (git_branch_is_head (ref) != 1 && tip != NULL
          && (git_oid_equal (tip, git_commit_id (commit))
              || git_graph_descendant_of (self->repo, tip, git_commit_id (commit)) == 1)
          && git_branch_name (&name, ref) == 0)
        *branch = g_strdup (name);

      g_clear_pointer (&ref, git_reference_free);
    }

  if (*branch != NULL || rc == GIT_ITEROVER)
    {
      git_error_clear ();
      return TRUE;
    }

failed:
  _dojo_repo_set_git_error (self, error, rc, _("Could not list the branches"));
  return FALSE;
}

static gboolean
check_amendable (DojoRepo    *self,
                 git_commit  *head,
                 GError     **error)
{
  g_autofree char *other = NULL;

  if (head == NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE,
                           _("There is no commit yet to change. Make a first commit."));
      return FALSE;
    }

  if (git_commit_parentcount (head) > 1)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE,
                           _("The last commit is a merge commit, and Dojo does not change "
                             "merge commits. Make a new commit instead."));
      return FALSE;
    }

  if (!find_other_branch (self, head, &other, error))
    return FALSE;

  if (other != NULL)
    {
      /* Translators: %s is a branch name. */
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_AMENDABLE,
                   _("The last commit is on the branch “%s” too. Changing it here would make "
                     "two versions of the same commit. Make a new commit instead."),
                   other);
      return FALSE;
    }

  return TRUE;
}

static char *
amend_locked (DojoRepo    *self,
              const char  *message,
              gboolean     include_changes,
              GError     **error)
{
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_signature) committer = NULL;
  g_autoptr(git_index) index = NULL;
  g_autoptr(git_tree) tree = NULL;
  g_auto(git_buf) clean = GIT_BUF_INIT;
  git_oid tree_oid;
  git_oid oid;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_check_detached (self, _("change the last commit"), error)
      || !_dojo_repo_check_not_merging (self, _("change the last commit"), error)
      || !_dojo_repo_get_head_commit (self, &head, error)
      || !check_amendable (self, head, error))
    return NULL;

  if (message != NULL && !_dojo_repo_check_message (message, error))
    return NULL;

  if (!_dojo_repo_require_identity (self, &committer, error))
    return NULL;

  git_oid_cpy (&tree_oid, git_commit_tree_id (head));

  if (include_changes)
    {
      if (!_dojo_repo_check_index_unlocked (self, error)
          || !_dojo_repo_get_index (self, &index, error))
        return NULL;

      if (git_index_has_conflicts (index))
        {
          _dojo_repo_set_conflict_error (self, index, error);
          return NULL;
        }

      if (!_dojo_repo_check_no_markers (self, DOJO_COMMIT_ALL, error))
        return NULL;

      if ((rc = git_index_add_all (index, NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL)) < 0
          || (rc = git_index_write_tree (&tree_oid, index)) < 0)
        {
          _dojo_repo_set_git_error (self, error, rc, _("Could not stage the changes"));
          git_index_read (index, TRUE);
          return NULL;
        }
    }

  /* As `git commit --amend -m`: the message cleaned up the same way. */
  if ((rc = git_message_prettify (&clean, message != NULL ? message : git_commit_message (head),
                                  FALSE, '#')) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  if (g_strcmp0 (clean.ptr, git_commit_message (head)) == 0
      && git_oid_equal (&tree_oid, git_commit_tree_id (head)))
    {
      if (index != NULL)
        git_index_read (index, TRUE);
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT,
                           include_changes
                           ? _("The message is the same and nothing changed since the last "
                               "commit, so there is nothing to change in it.")
                           : _("The message is the same as before, so there is nothing to "
                               "change in the last commit."));
      return NULL;
    }

  /* The index goes to disk first: if it is locked, nothing has changed. */
  if (index != NULL && !_dojo_repo_write_index (self, index, error))
    return NULL;

  /* The author (and the time they wrote it) stays; the committer is now. */
  if ((rc = git_tree_lookup (&tree, self->repo, &tree_oid)) < 0
      || (rc = git_commit_amend (&oid, head, "HEAD", NULL, committer, NULL, clean.ptr,
                                 tree)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  return g_strdup (git_oid_tostr_s (&oid));
}

/**
 * dojo_repo_amend:
 * @message: (nullable): the new message; %NULL keeps the old one
 * @include_changes: add every current change (as DOJO_COMMIT_ALL) to it
 *
 * Replaces the newest commit (`git commit --amend`). Its author stays;
 * the committer is the learner, now.
 *
 * Refuses with DOJO_REPO_ERROR_NOT_AMENDABLE when there is no commit, the
 * last one is a merge commit, or another local branch holds it too;
 * _MERGING during a merge; _DETACHED_HEAD; _NOTHING_TO_COMMIT when the
 * message is the same and no change is added; _CONFLICT_MARKERS as
 * dojo_repo_commit() does.
 *
 * Returns: (transfer full): the new HEAD's id, or %NULL with @error set
 */
char *
dojo_repo_amend (DojoRepo    *self,
                 const char  *message,
                 gboolean     include_changes,
                 GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return amend_locked (self, message, include_changes, error);
}

/* Revert */

static char *
revert_locked (DojoRepo    *self,
               const char  *spec,
               GError     **error)
{
  g_autoptr(git_commit) target = NULL;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_commit) created = NULL;
  g_autoptr(git_index) result = NULL;
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_reference) head_ref = NULL;
  g_autoptr(git_reference) moved = NULL;
  g_autofree char *message = NULL;
  g_autofree char *log_message = NULL;
  g_autofree char *id = NULL;
  git_merge_options merge_opts = GIT_MERGE_OPTIONS_INIT;
  git_oid tree_oid;
  git_oid oid;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_check_detached (self, _("undo a commit"), error)
      || !_dojo_repo_check_not_merging (self, _("undo a commit"), error)
      || !_dojo_repo_resolve_commit (self, spec, &target, error)
      || !_dojo_repo_get_head_commit (self, &head, error))
    return NULL;

  if (head == NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("This branch has no commits yet, so there is nothing to undo on "
                             "it."));
      return NULL;
    }

  if (git_commit_parentcount (target) > 1)
    {
      char short_id[8];

      git_oid_tostr (short_id, sizeof short_id, git_commit_id (target));
      /* Translators: %s is a commit's short id. */
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                   _("%s is a merge commit. Undoing it needs a choice of which side to keep, "
                     "and Dojo does not undo merges. Undo the commits of the merged branch "
                     "one by one instead."),
                   short_id);
      return NULL;
    }

  if (!_dojo_repo_check_index_unlocked (self, error)
      || !_dojo_repo_check_clean (self, _("undo a commit"), error)
      || !_dojo_repo_require_identity (self, &signature, error))
    return NULL;

  /* The result in memory first: on a conflict nothing has changed. */
  if ((rc = git_revert_commit (&result, self->repo, target, head, 0, &merge_opts)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not undo the commit"));
      return NULL;
    }

  if (git_index_has_conflicts (result))
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_REVERT_CONFLICT,
                           _("Later commits changed the same lines, so this commit cannot be "
                             "undone by itself. Nothing was changed. Edit those lines by hand "
                             "instead, and commit."));
      return NULL;
    }

  if ((rc = git_index_write_tree_to (&tree_oid, result, self->repo)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the files for the commit"));
      return NULL;
    }

  if (git_oid_equal (&tree_oid, git_commit_tree_id (head)))
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOTHING_TO_COMMIT,
                           _("The project already is as if this commit had never been made, "
                             "so there is nothing to undo."));
      return NULL;
    }

  /* git's own words, so that the Shell's history reads the same. */
  message = g_strdup_printf ("Revert \"%s\"\n\nThis reverts commit %s.\n",
                             git_commit_summary (target),
                             git_oid_tostr_s (git_commit_id (target)));

  /* The commit first, pointed to by nothing; then the files; then HEAD:
   * a failure on the way leaves the branch where it was. */
  if ((id = _dojo_repo_create_commit (self, NULL, &tree_oid, head, signature, message,
                                      error)) == NULL)
    return NULL;

  if ((rc = git_oid_fromstr (&oid, id)) < 0
      || (rc = git_commit_lookup (&created, self->repo, &oid)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  if (!_dojo_repo_safe_checkout (self, created, FALSE, _("undoing the commit"), error))
    return NULL;

  log_message = g_strdup_printf ("revert: %s", git_commit_summary (created));
  if ((rc = git_repository_head (&head_ref, self->repo)) < 0
      || (rc = git_reference_set_target (&moved, head_ref, &oid, log_message)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not move the branch forward"));
      return NULL;
    }

  return g_steal_pointer (&id);
}

/**
 * dojo_repo_revert:
 * @commit: the commit to undo (id, short id, branch…)
 *
 * Undoes @commit with a new commit on the current branch (`git revert`),
 * whose message is git's own: 'Revert "SUMMARY"' and "This reverts commit
 * ID.". The very first commit may be undone: its files are deleted.
 *
 * Refuses with DOJO_REPO_ERROR_UNCOMMITTED_CHANGES when anything is not
 * committed; _REVERT_CONFLICT, having changed nothing, when later commits
 * changed the same lines; _DETACHED_HEAD; _MERGING; _FAILED for a merge
 * commit (git needs a side chosen; Dojo does not undo merges).
 *
 * Returns: (transfer full): the new HEAD's id, or %NULL with @error set
 */
char *
dojo_repo_revert (DojoRepo    *self,
                  const char  *commit,
                  GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (commit != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return revert_locked (self, commit, error);
}
