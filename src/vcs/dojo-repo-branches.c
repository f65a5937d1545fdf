/* dojo-repo-branches.c: branches, switching between them, and checkout
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dojo-repo-private.h"

/* Checkout */

/* Checkout writes files before it writes the index; a lock that makes the
 * index write fail would leave the files changed and the index not. Refuse
 * before touching anything. */
gboolean
_dojo_repo_check_index_unlocked (DojoRepo  *self,
                                 GError   **error)
{
  g_autofree char *lock = g_build_filename (self->gitdir, "index.lock", NULL);

  if (g_file_test (lock, G_FILE_TEST_EXISTS))
    {
      g_autofree char *detail = g_strdup_printf ("'%s' exists", lock);
      _dojo_repo_set_locked_error (self, error, detail);
      return FALSE;
    }

  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static int
collect_conflict (git_checkout_notify_t  why,
                  const char            *path,
                  const git_diff_file   *baseline,
                  const git_diff_file   *target,
                  const git_diff_file   *workdir,
                  void                  *payload)
{
  GPtrArray *paths = payload;

  if (why == GIT_CHECKOUT_NOTIFY_CONFLICT && path != NULL)
    g_ptr_array_add (paths, g_strdup (path));

  return 0;
}

/* A checkout that never overwrites uncommitted work: libgit2 checks every
 * file before it writes any, so a refusal leaves the folder untouched. */
gboolean
_dojo_repo_safe_checkout (DojoRepo    *self,
                          git_commit  *commit,
                          gboolean     force,
                          const char  *doing,
                          GError     **error)
{
  git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (!_dojo_repo_check_index_unlocked (self, error)
      || !_dojo_repo_check_not_merging (self, _("change the project’s files to another version"),
                                        error))
    return FALSE;

  if (force)
    opts.checkout_strategy = GIT_CHECKOUT_FORCE | GIT_CHECKOUT_REMOVE_UNTRACKED;
  else
    {
      opts.checkout_strategy = GIT_CHECKOUT_SAFE;
      opts.notify_flags = GIT_CHECKOUT_NOTIFY_CONFLICT;
      opts.notify_cb = collect_conflict;
      opts.notify_payload = conflicts;
    }

  rc = git_checkout_tree (self->repo, (git_object *)commit, &opts);

  if (rc == GIT_ECONFLICT || (rc < 0 && conflicts->len > 0))
    {
      g_ptr_array_sort (conflicts, compare_strings);
      _dojo_repo_set_uncommitted_error (error, conflicts, doing);
      return FALSE;
    }
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc,
                                _("Could not update the files in the project folder"));
      return FALSE;
    }

  return TRUE;
}

/* Branches */

static int
compare_branches (gconstpointer a,
                  gconstpointer b)
{
  const DojoBranchInfo *ba = *(const DojoBranchInfo * const *)a;
  const DojoBranchInfo *bb = *(const DojoBranchInfo * const *)b;

  return g_strcmp0 (ba->name, bb->name);
}

/**
 * dojo_repo_list_branches:
 *
 * Returns: (transfer full) (element-type DojoBranchInfo): the local
 *   branches, by name, or %NULL with @error set
 */
GPtrArray *
dojo_repo_list_branches (DojoRepo  *self,
                         GError   **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_branch_iterator) iter = NULL;
  g_autoptr(GPtrArray) branches = NULL;
  git_reference *ref = NULL;
  git_branch_t type;
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error))
    return NULL;

  if ((rc = git_branch_iterator_new (&iter, self->repo, GIT_BRANCH_LOCAL)) < 0)
    goto failed;

  branches = g_ptr_array_new_with_free_func ((GDestroyNotify)dojo_branch_info_free);

  while ((rc = git_branch_next (&ref, &type, iter)) == 0)
    {
      DojoBranchInfo *info = g_new0 (DojoBranchInfo, 1);
      const char *name = NULL;
      const git_oid *target;

      git_branch_name (&name, ref);
      info->name = g_strdup (name);
      info->is_current = git_branch_is_head (ref) == 1;
      if ((target = git_reference_target (ref)) != NULL)
        info->tip_id = g_strdup (git_oid_tostr_s (target));
      g_ptr_array_add (branches, info);
      g_clear_pointer (&ref, git_reference_free);
    }

  if (rc != GIT_ITEROVER)
    goto failed;

  g_ptr_array_sort (branches, compare_branches);

  return g_steal_pointer (&branches);

failed:
  _dojo_repo_set_git_error (self, error, rc, _("Could not list the branches"));
  return NULL;
}

gboolean
_dojo_repo_lookup_branch (DojoRepo       *self,
                          const char     *name,
                          git_reference **out,
                          GError        **error)
{
  int rc = git_branch_lookup (out, self->repo, name, GIT_BRANCH_LOCAL);

  if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC)
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_SUCH_BRANCH,
                   _("There is no branch “%s” in this project."), name);
      return FALSE;
    }
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the branch"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_dojo_repo_check_branch_name (const char  *name,
                              GError     **error)
{
  int valid = 0;

  if (git_branch_name_is_valid (&valid, name) < 0 || !valid
      || g_str_equal (name, "HEAD") || name[0] == '-')
    {
      git_error_clear ();
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME,
                   _("“%s” cannot be a branch name. Use letters, digits, “-” and “_”, "
                     "without spaces, for example “try-loops”."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_create_branch:
 *
 * Makes a branch @name at the last commit. Stays on the current branch.
 */
gboolean
dojo_repo_create_branch (DojoRepo    *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_commit) head = NULL;
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error) || !_dojo_repo_check_branch_name (name, error)
      || !_dojo_repo_get_head_commit (self, &head, error))
    return FALSE;

  if (head == NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("A branch starts from a commit, and this project has none yet. "
                             "Make a first commit, then create the branch."));
      return FALSE;
    }

  rc = git_branch_create (&ref, self->repo, name, head, FALSE);
  if (rc == GIT_EEXISTS)
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_BRANCH_EXISTS,
                   _("There is already a branch “%s”. Pick another name, or switch to it."),
                   name);
      return FALSE;
    }
  else if (rc == GIT_EINVALIDSPEC)
    return _dojo_repo_check_branch_name ("", error);
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not create the branch"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
switch_branch_locked (DojoRepo    *self,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_commit) tip = NULL;
  g_autofree char *doing = NULL;
  int rc;

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_lookup_branch (self, name, &ref, error))
    return FALSE;

  if (git_branch_is_head (ref) == 1)
    return TRUE;

  if (!_dojo_repo_check_not_merging (self, _("switch branches"), error))
    return FALSE;

  if ((rc = git_commit_lookup (&tip, self->repo, git_reference_target (ref))) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the branch"));
      return FALSE;
    }

  doing = g_strdup_printf (_("switching to “%s”"), name);
  if (!_dojo_repo_safe_checkout (self, tip, FALSE, doing, error))
    return FALSE;

  if ((rc = git_repository_set_head (self->repo, git_reference_name (ref))) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not switch branches"));
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_switch_branch:
 *
 * Switches to branch @name, as `git switch` does: uncommitted changes that
 * the switch does not touch come along; if it would overwrite any, nothing
 * happens and the error (DOJO_REPO_ERROR_UNCOMMITTED_CHANGES) lists them.
 * Also the way back from a detached HEAD.
 */
gboolean
dojo_repo_switch_branch (DojoRepo    *self,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return switch_branch_locked (self, name, error);
}

/**
 * dojo_repo_delete_branch:
 * @force: delete it even if its commits are on no other branch
 */
gboolean
dojo_repo_delete_branch (DojoRepo    *self,
                         const char  *name,
                         gboolean     force,
                         GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_commit) head = NULL;
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!_dojo_repo_check_alive (self, error)
      || !_dojo_repo_lookup_branch (self, name, &ref, error))
    return FALSE;

  if (git_branch_is_head (ref) == 1)
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_CURRENT_BRANCH,
                   _("You are on the branch “%s”, so it cannot be deleted. Switch to another "
                     "branch first."), name);
      return FALSE;
    }

  if (!force)
    {
      const git_oid *tip = git_reference_target (ref);

      if (!_dojo_repo_get_head_commit (self, &head, error))
        return FALSE;

      if (head == NULL
          || (!git_oid_equal (tip, git_commit_id (head))
              && git_graph_descendant_of (self->repo, git_commit_id (head), tip) != 1))
        {
          g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNMERGED_BRANCH,
                       _("The branch “%s” has commits that are on no other branch; deleting "
                         "it would lose them. Merge it first, or delete it anyway."), name);
          return FALSE;
        }
    }

  if ((rc = git_branch_delete (ref)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not delete the branch"));
      return FALSE;
    }

  return TRUE;
}
