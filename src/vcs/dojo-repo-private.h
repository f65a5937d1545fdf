/* dojo-repo-private.h: what the files of DojoRepo share
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-git-api.h"
#include "dojo-repo.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_repository, git_repository_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_index, git_index_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_commit, git_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree, git_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_tree_entry, git_tree_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_object, git_object_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_blob, git_blob_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_reference, git_reference_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_signature, git_signature_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_status_list, git_status_list_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_diff, git_diff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_patch, git_patch_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_revwalk, git_revwalk_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_config, git_config_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_branch_iterator, git_branch_iterator_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_annotated_commit, git_annotated_commit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (git_index_conflict_iterator, git_index_conflict_iterator_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (git_buf, git_buf_dispose)

struct _DojoRepo
{
  GObject         parent_instance;

  GFile          *directory;
  GFile          *git_directory;
  char           *workdir;      /* no trailing slash */
  char           *gitdir;       /* no trailing slash */

  /* A git_repository may not be used by two threads at once; sync calls
   * come from the UI's worker threads and from tests alike. */
  GRecMutex       lock;
  git_repository *repo;
};

/* Errors (dojo-repo.c) */
void            _dojo_repo_set_error_with_detail (GError              **error,
                                                  int                   code,
                                                  const char           *message,
                                                  const char           *detail);
const char     *_dojo_repo_last_git_detail       (void);
void            _dojo_repo_set_git_error         (DojoRepo             *self,
                                                  GError              **error,
                                                  int                   rc,
                                                  const char           *what);
void            _dojo_repo_set_locked_error      (DojoRepo             *self,
                                                  GError              **error,
                                                  const char           *detail);
void            _dojo_repo_set_uncommitted_error (GError              **error,
                                                  GPtrArray            *paths,
                                                  const char           *doing);
char           *_dojo_repo_format_paths          (GPtrArray            *paths);

int             _dojo_repo_open_second           (DojoRepo             *self,
                                                  git_repository      **out);

/* The helpers below want self->lock held. */

/* HEAD, commits and identity (dojo-repo.c) */
gboolean        _dojo_repo_check_alive           (DojoRepo             *self,
                                                  GError              **error);
gboolean        _dojo_repo_get_head_commit       (DojoRepo             *self,
                                                  git_commit          **out,
                                                  GError              **error);
gboolean        _dojo_repo_resolve_commit        (DojoRepo             *self,
                                                  const char           *spec,
                                                  git_commit          **out,
                                                  GError              **error);
gboolean        _dojo_repo_check_detached        (DojoRepo             *self,
                                                  const char           *doing,
                                                  GError              **error);
gboolean        _dojo_repo_commit_tree           (DojoRepo             *self,
                                                  git_commit           *commit,
                                                  git_tree            **out,
                                                  GError              **error);
gboolean        _dojo_repo_require_identity      (DojoRepo             *self,
                                                  git_signature       **out,
                                                  GError              **error);

/* Status and commits (dojo-repo-changes.c) */
DojoFileStatus  _dojo_repo_status_from_delta     (git_delta_t           status);
GPtrArray      *_dojo_repo_status_locked         (DojoRepo             *self,
                                                  GError              **error);
char           *_dojo_repo_create_commit         (DojoRepo             *self,
                                                  const char           *update_ref,
                                                  const git_oid        *tree_oid,
                                                  git_commit           *parent,
                                                  git_signature        *signature,
                                                  const char           *message,
                                                  GError              **error);
char           *_dojo_repo_create_commit_full    (DojoRepo             *self,
                                                  const char           *update_ref,
                                                  const git_oid        *tree_oid,
                                                  const git_commit    **parents,
                                                  guint                 n_parents,
                                                  git_signature        *signature,
                                                  const char           *message,
                                                  GError              **error);
gboolean        _dojo_repo_get_index             (DojoRepo             *self,
                                                  git_index           **out,
                                                  GError              **error);
gboolean        _dojo_repo_write_index           (DojoRepo             *self,
                                                  git_index            *index,
                                                  GError              **error);
gboolean        _dojo_repo_check_message         (const char           *message,
                                                  GError              **error);

/* Checkout and branches (dojo-repo-branches.c) */
gboolean        _dojo_repo_safe_checkout         (DojoRepo             *self,
                                                  git_commit           *commit,
                                                  gboolean              force,
                                                  const char           *doing,
                                                  GError              **error);
gboolean        _dojo_repo_check_branch_name     (const char           *name,
                                                  GError              **error);
gboolean        _dojo_repo_lookup_branch         (DojoRepo             *self,
                                                  const char           *name,
                                                  git_reference       **out,
                                                  GError              **error);
gboolean        _dojo_repo_check_index_unlocked  (DojoRepo             *self,
                                                  GError              **error);

/* Merging (dojo-repo-merge.c) */
gboolean        _dojo_repo_is_merging_locked     (DojoRepo             *self);
gboolean        _dojo_repo_check_not_merging     (DojoRepo             *self,
                                                  const char           *doing,
                                                  GError              **error);
gboolean        _dojo_repo_read_merge_head       (DojoRepo             *self,
                                                  git_commit          **out,
                                                  GError              **error);
DojoMergeState *_dojo_repo_get_merge_state_locked (DojoRepo            *self,
                                                  GError              **error);
void            _dojo_repo_end_merge_state       (DojoRepo             *self);
gboolean        _dojo_repo_check_no_markers      (DojoRepo             *self,
                                                  DojoCommitMode        mode,
                                                  GError              **error);
gboolean        _dojo_repo_check_clean           (DojoRepo             *self,
                                                  const char           *doing,
                                                  GError              **error);
gboolean        _dojo_repo_set_conflict_error    (DojoRepo             *self,
                                                  git_index            *index,
                                                  GError              **error);

G_END_DECLS
