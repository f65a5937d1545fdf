/* dojo-repo.h: a learner's project as a git repository
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-commit-info.h"
#include "dojo-diff.h"
#include "dojo-file-change.h"

G_BEGIN_DECLS

#define DOJO_REPO_ERROR (dojo_repo_error_quark ())

typedef enum
{
  DOJO_REPO_ERROR_FAILED,              /* anything else; the message has git's detail */
  DOJO_REPO_ERROR_NOT_A_REPOSITORY,    /* no .git, or one git does not recognise */
  DOJO_REPO_ERROR_CORRUPTED,           /* damaged objects, HEAD, refs or index */
  DOJO_REPO_ERROR_LOCKED,              /* a *.lock file: another git command is working */
  DOJO_REPO_ERROR_NO_IDENTITY,         /* user.name / user.email not set */
  DOJO_REPO_ERROR_NOTHING_TO_COMMIT,
  DOJO_REPO_ERROR_UNCOMMITTED_CHANGES, /* the message lists the files */
  DOJO_REPO_ERROR_DETACHED_HEAD,       /* looking at an old version, not on a branch */
  DOJO_REPO_ERROR_NOT_FAST_FORWARD,
  DOJO_REPO_ERROR_BRANCH_EXISTS,
  DOJO_REPO_ERROR_NO_SUCH_BRANCH,
  DOJO_REPO_ERROR_INVALID_NAME,
  DOJO_REPO_ERROR_GONE,                /* the project folder was moved or deleted */
  DOJO_REPO_ERROR_NOT_FOUND,           /* no such commit, or no such file in it */
  DOJO_REPO_ERROR_UNMERGED_BRANCH,     /* deleting it would lose commits */
  DOJO_REPO_ERROR_CURRENT_BRANCH,      /* cannot delete the branch you are on */
  DOJO_REPO_ERROR_TOO_LARGE,           /* an object, or the history, beyond the bounds given */
  DOJO_REPO_ERROR_MERGE_CONFLICT,      /* conflicts are not resolved yet; the message names
                                          the files */
  DOJO_REPO_ERROR_MERGING,             /* a merge is under way: finish it (commit) or abort
                                          it first */
  DOJO_REPO_ERROR_CONFLICT_MARKERS,    /* a file to commit still has <<<<<<< / >>>>>>> lines;
                                          the message names file and line */
  DOJO_REPO_ERROR_NOT_AMENDABLE,       /* no commit yet, a merge commit, or the commit is on
                                          another branch too */
  DOJO_REPO_ERROR_REVERT_CONFLICT,     /* later commits changed the same lines; nothing changed */
} DojoRepoError;

typedef enum
{
  DOJO_COMMIT_ALL,     /* every change in the project, new files included */
  DOJO_COMMIT_STAGED,  /* only what was staged */
} DojoCommitMode;

typedef enum
{
  DOJO_MERGE_UP_TO_DATE,    /* the branch's commits are already in the current branch */
  DOJO_MERGE_FAST_FORWARD,  /* the current branch only moved forward: no merge commit */
  DOJO_MERGE_COMMITTED,     /* a real merge commit with two parents was made */
  DOJO_MERGE_CONFLICTS,     /* stopped at conflicts, as `git merge` stops: the files have
                               markers, the index has the conflicts, MERGE_HEAD, MERGE_MSG
                               and ORIG_HEAD are written */
} DojoMergeOutcome;

/* A merge under way (MERGE_HEAD exists). */
typedef struct
{
  char      *branch;     /* the branch being merged in ("feature"), else their short id */
  char      *their_id;   /* MERGE_HEAD */
  char      *message;    /* the message git would use (MERGE_MSG without "#" lines) */
  GPtrArray *conflicts;  /* char*: paths still in conflict in the index */
} DojoMergeState;

void        dojo_merge_state_free         (DojoMergeState       *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoMergeState, dojo_merge_state_free)

typedef enum
{
  /* A new commit on the current branch whose files equal the old version's:
   * nothing in the history is lost. */
  DOJO_RESTORE_AS_NEW_COMMIT,
  /* Look at the old version (detached HEAD); switch to a branch to go back. */
  DOJO_RESTORE_CHECKOUT,
} DojoRestoreMode;

#define DOJO_TYPE_REPO (dojo_repo_get_type ())

G_DECLARE_FINAL_TYPE (DojoRepo, dojo_repo, DOJO, REPO, GObject)

GQuark      dojo_repo_error_quark         (void);

DojoRepo   *dojo_repo_init                (GFile                *directory,
                                           GError              **error);
DojoRepo   *dojo_repo_open                (GFile                *directory,
                                           GError              **error);
void        dojo_repo_open_async          (GFile                *directory,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
DojoRepo   *dojo_repo_open_finish         (GAsyncResult         *result,
                                           GError              **error);
GFile      *dojo_repo_get_directory       (DojoRepo             *self);
GFile      *dojo_repo_get_git_directory   (DojoRepo             *self);
gboolean    dojo_repo_check_object_sizes  (GFile                *git_directory,
                                           guint64               max_object_bytes,
                                           guint64               max_total_bytes,
                                           GError              **error);

gboolean    dojo_repo_is_detached         (DojoRepo             *self);
char       *dojo_repo_get_current_branch  (DojoRepo             *self);
char       *dojo_repo_get_head_id         (DojoRepo             *self);

/* Identity */
gboolean    dojo_repo_get_identity        (DojoRepo             *self,
                                           char                **name,
                                           char                **email);
char       *dojo_repo_dup_global_config_path (void);
gboolean    dojo_repo_set_global_identity (const char           *name,
                                           const char           *email,
                                           GError              **error);

/* Status and staging */
GPtrArray  *dojo_repo_status              (DojoRepo             *self,
                                           GError              **error);
void        dojo_repo_status_async        (DojoRepo             *self,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray  *dojo_repo_status_finish       (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);
gboolean    dojo_repo_count_changes       (DojoRepo             *self,
                                           guint                *n_changed,
                                           GError              **error);
gboolean    dojo_repo_stage               (DojoRepo             *self,
                                           const char * const   *paths,
                                           GError              **error);
gboolean    dojo_repo_unstage             (DojoRepo             *self,
                                           const char * const   *paths,
                                           GError              **error);
gboolean    dojo_repo_stage_all           (DojoRepo             *self,
                                           GError              **error);
gboolean    dojo_repo_is_ignored          (DojoRepo             *self,
                                           const char           *path);
GStrv       dojo_repo_filter_ignored      (DojoRepo             *self,
                                           const char * const   *paths);
void        dojo_repo_filter_ignored_async (DojoRepo            *self,
                                           const char * const   *paths,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GStrv       dojo_repo_filter_ignored_finish (DojoRepo           *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* Diff */
DojoDiff   *dojo_repo_diff                (DojoRepo             *self,
                                           const char           *from,
                                           const char           *to,
                                           GError              **error);
void        dojo_repo_diff_async          (DojoRepo             *self,
                                           const char           *from,
                                           const char           *to,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
DojoDiff   *dojo_repo_diff_finish         (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* Commit */
char       *dojo_repo_commit              (DojoRepo             *self,
                                           const char           *message,
                                           DojoCommitMode        mode,
                                           GError              **error);
void        dojo_repo_commit_async        (DojoRepo             *self,
                                           const char           *message,
                                           DojoCommitMode        mode,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
char       *dojo_repo_commit_finish       (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);

GPtrArray  *dojo_repo_find_conflict_markers (DojoRepo           *self,
                                           DojoCommitMode        mode,
                                           GError              **error);

/* Amend and revert */
char       *dojo_repo_amend               (DojoRepo             *self,
                                           const char           *message,
                                           gboolean              include_changes,
                                           GError              **error);
void        dojo_repo_amend_async         (DojoRepo             *self,
                                           const char           *message,
                                           gboolean              include_changes,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
char       *dojo_repo_amend_finish        (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);
char       *dojo_repo_revert              (DojoRepo             *self,
                                           const char           *commit,
                                           GError              **error);
void        dojo_repo_revert_async        (DojoRepo             *self,
                                           const char           *commit,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
char       *dojo_repo_revert_finish       (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* Keeping work on a branch of its own */
char       *dojo_repo_keep_work           (DojoRepo             *self,
                                           const char           *branch_prefix,
                                           const char           *message,
                                           GError              **error);
void        dojo_repo_keep_work_async     (DojoRepo             *self,
                                           const char           *branch_prefix,
                                           const char           *message,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
char       *dojo_repo_keep_work_finish    (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* History */
GPtrArray  *dojo_repo_log                 (DojoRepo             *self,
                                           guint                 offset,
                                           guint                 limit,
                                           GError              **error);
void        dojo_repo_log_async           (DojoRepo             *self,
                                           guint                 offset,
                                           guint                 limit,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray  *dojo_repo_log_finish          (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);
GPtrArray  *dojo_repo_log_all             (DojoRepo             *self,
                                           guint                 offset,
                                           guint                 limit,
                                           GError              **error);
void        dojo_repo_log_all_async       (DojoRepo             *self,
                                           guint                 offset,
                                           guint                 limit,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
GPtrArray  *dojo_repo_log_all_finish      (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);
DojoCommitInfo *dojo_repo_read_last_commit (GFile               *project);
GBytes     *dojo_repo_show_file           (DojoRepo             *self,
                                           const char           *commit,
                                           const char           *path,
                                           GError              **error);
GPtrArray  *dojo_repo_get_commit_changes  (DojoRepo             *self,
                                           const char           *commit,
                                           GError              **error);

/* Restore */
gboolean    dojo_repo_restore_file        (DojoRepo             *self,
                                           const char           *commit,
                                           const char           *path,
                                           gboolean              force,
                                           GError              **error);
void        dojo_repo_restore_file_async  (DojoRepo             *self,
                                           const char           *commit,
                                           const char           *path,
                                           gboolean              force,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean    dojo_repo_restore_file_finish (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);
char       *dojo_repo_restore             (DojoRepo             *self,
                                           const char           *commit,
                                           DojoRestoreMode       mode,
                                           gboolean              force,
                                           GError              **error);
void        dojo_repo_restore_async       (DojoRepo             *self,
                                           const char           *commit,
                                           DojoRestoreMode       mode,
                                           gboolean              force,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
char       *dojo_repo_restore_finish      (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* Branches */
GPtrArray  *dojo_repo_list_branches       (DojoRepo             *self,
                                           GError              **error);
gboolean    dojo_repo_create_branch       (DojoRepo             *self,
                                           const char           *name,
                                           GError              **error);
void        dojo_repo_create_branch_async (DojoRepo             *self,
                                           const char           *name,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean    dojo_repo_create_branch_finish (DojoRepo            *self,
                                           GAsyncResult         *result,
                                           GError              **error);
gboolean    dojo_repo_switch_branch       (DojoRepo             *self,
                                           const char           *name,
                                           GError              **error);
void        dojo_repo_switch_branch_async (DojoRepo             *self,
                                           const char           *name,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean    dojo_repo_switch_branch_finish (DojoRepo            *self,
                                           GAsyncResult         *result,
                                           GError              **error);
gboolean    dojo_repo_delete_branch       (DojoRepo             *self,
                                           const char           *name,
                                           gboolean              force,
                                           GError              **error);
void        dojo_repo_delete_branch_async (DojoRepo             *self,
                                           const char           *name,
                                           gboolean              force,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean    dojo_repo_delete_branch_finish (DojoRepo            *self,
                                           GAsyncResult         *result,
                                           GError              **error);

/* Merging */
DojoMergeOutcome dojo_repo_merge          (DojoRepo             *self,
                                           const char           *name,
                                           char                **commit_id,
                                           GPtrArray           **conflicts,
                                           GError              **error);
void        dojo_repo_merge_async         (DojoRepo             *self,
                                           const char           *name,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
DojoMergeOutcome dojo_repo_merge_finish   (DojoRepo             *self,
                                           GAsyncResult         *result,
                                           char                **commit_id,
                                           GPtrArray           **conflicts,
                                           GError              **error);
gboolean    dojo_repo_is_merging          (DojoRepo             *self);
DojoMergeState *dojo_repo_get_merge_state (DojoRepo             *self,
                                           GError              **error);
gboolean    dojo_repo_abort_merge         (DojoRepo             *self,
                                           const char           *keep_dir,
                                           GPtrArray           **kept,
                                           GError              **error);

G_END_DECLS
