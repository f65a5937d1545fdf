/* dojo-repo-async.c: the slow calls of DojoRepo, off the UI thread
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each _async call runs its sync twin in a worker thread; the repository's
 * lock keeps two of them from using libgit2 at once. Each keeps what it was
 * given in a small struct of its own as the task data.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include "dojo-repo-private.h"

static void
start_task (DojoRepo            *self,
            gpointer             source_tag,
            gpointer             task_data,
            GDestroyNotify       task_data_free,
            GTaskThreadFunc      thread_func,
            GCancellable        *cancellable,
            GAsyncReadyCallback  callback,
            gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  if (task_data != NULL)
    g_task_set_task_data (task, task_data, task_data_free);
  g_task_run_in_thread (task, thread_func);
}

/* Takes @error. */
static void
return_pointer (GTask          *task,
                gpointer        result,
                GDestroyNotify  result_free,
                GError         *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, result_free);
}

/* Takes @error. */
static void
return_boolean (GTask    *task,
                gboolean  ok,
                GError   *error)
{
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, ok);
}

static gpointer
finish_pointer (DojoRepo      *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static gboolean
finish_boolean (DojoRepo      *self,
                GAsyncResult  *result,
                gpointer       source_tag,
                GError       **error)
{
  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Status */

static void
status_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *changes;

  if (g_task_return_error_if_cancelled (task))
    return;

  changes = dojo_repo_status (source_object, &error);
  return_pointer (task, changes, (GDestroyNotify)g_ptr_array_unref, error);
}

void
dojo_repo_status_async (DojoRepo            *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));

  start_task (self, dojo_repo_status_async, NULL, NULL, status_thread,
              cancellable, callback, user_data);
}

/**
 * dojo_repo_status_finish:
 *
 * Returns: (transfer full) (element-type DojoFileChange): as dojo_repo_status()
 */
GPtrArray *
dojo_repo_status_finish (DojoRepo      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, dojo_repo_status_async, error);
}

/* Ignore rules */

static void
filter_ignored_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task,
                         dojo_repo_filter_ignored (source_object, (const char * const *)task_data),
                         (GDestroyNotify)g_strfreev);
}

/**
 * dojo_repo_filter_ignored_async:
 *
 * dojo_repo_filter_ignored() in a worker: the UI never waits for a disk,
 * nor for a long status read holding the repository.
 */
void
dojo_repo_filter_ignored_async (DojoRepo            *self,
                                const char * const  *paths,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (paths != NULL);

  start_task (self, dojo_repo_filter_ignored_async, g_strdupv ((GStrv)paths),
              (GDestroyNotify)g_strfreev, filter_ignored_thread,
              cancellable, callback, user_data);
}

/**
 * dojo_repo_filter_ignored_finish:
 *
 * Returns: (transfer full): as dojo_repo_filter_ignored(); %NULL if
 *   cancelled
 */
GStrv
dojo_repo_filter_ignored_finish (DojoRepo      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  return finish_pointer (self, result, dojo_repo_filter_ignored_async, error);
}

/* Diff */

typedef struct
{
  char *from;
  char *to;
} DiffData;

static void
diff_data_free (DiffData *data)
{
  g_free (data->from);
  g_free (data->to);
  g_free (data);
}

static void
diff_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DiffData *data = task_data;
  GError *error = NULL;
  DojoDiff *diff;

  if (g_task_return_error_if_cancelled (task))
    return;

  diff = dojo_repo_diff (source_object, data->from, data->to, &error);
  return_pointer (task, diff, (GDestroyNotify)dojo_diff_unref, error);
}

void
dojo_repo_diff_async (DojoRepo            *self,
                      const char          *from,
                      const char          *to,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  DiffData *data;

  g_return_if_fail (DOJO_IS_REPO (self));

  data = g_new0 (DiffData, 1);
  data->from = g_strdup (from);
  data->to = g_strdup (to);
  start_task (self, dojo_repo_diff_async, data, (GDestroyNotify)diff_data_free, diff_thread,
              cancellable, callback, user_data);
}

DojoDiff *
dojo_repo_diff_finish (DojoRepo      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return finish_pointer (self, result, dojo_repo_diff_async, error);
}

/* Commit */

typedef struct
{
  char           *message;
  DojoCommitMode  mode;
} CommitData;

static void
commit_data_free (CommitData *data)
{
  g_free (data->message);
  g_free (data);
}

static void
commit_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CommitData *data = task_data;
  GError *error = NULL;
  char *id;

  if (g_task_return_error_if_cancelled (task))
    return;

  id = dojo_repo_commit (source_object, data->message, data->mode, &error);
  return_pointer (task, id, g_free, error);
}

void
dojo_repo_commit_async (DojoRepo            *self,
                        const char          *message,
                        DojoCommitMode       mode,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  CommitData *data;

  g_return_if_fail (DOJO_IS_REPO (self));

  data = g_new0 (CommitData, 1);
  data->message = g_strdup (message);
  data->mode = mode;
  start_task (self, dojo_repo_commit_async, data, (GDestroyNotify)commit_data_free,
              commit_thread, cancellable, callback, user_data);
}

char *
dojo_repo_commit_finish (DojoRepo      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, dojo_repo_commit_async, error);
}

/* Keep work */

typedef struct
{
  char *branch_prefix;
  char *message;
} KeepWorkData;

static void
keep_work_data_free (KeepWorkData *data)
{
  g_free (data->branch_prefix);
  g_free (data->message);
  g_free (data);
}

static void
keep_work_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  KeepWorkData *data = task_data;
  GError *error = NULL;
  char *branch;

  if (g_task_return_error_if_cancelled (task))
    return;

  branch = dojo_repo_keep_work (source_object, data->branch_prefix, data->message, &error);
  return_pointer (task, branch, g_free, error);
}

void
dojo_repo_keep_work_async (DojoRepo            *self,
                           const char          *branch_prefix,
                           const char          *message,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  KeepWorkData *data;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (branch_prefix != NULL);
  g_return_if_fail (message != NULL);

  data = g_new0 (KeepWorkData, 1);
  data->branch_prefix = g_strdup (branch_prefix);
  data->message = g_strdup (message);
  start_task (self, dojo_repo_keep_work_async, data, (GDestroyNotify)keep_work_data_free,
              keep_work_thread, cancellable, callback, user_data);
}

/**
 * dojo_repo_keep_work_finish:
 *
 * Returns: (transfer full): as dojo_repo_keep_work()
 */
char *
dojo_repo_keep_work_finish (DojoRepo      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return finish_pointer (self, result, dojo_repo_keep_work_async, error);
}

/* Log */

typedef struct
{
  guint offset;
  guint limit;
} LogData;

static void
log_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  LogData *data = task_data;
  GError *error = NULL;
  GPtrArray *commits;

  if (g_task_return_error_if_cancelled (task))
    return;

  commits = dojo_repo_log (source_object, data->offset, data->limit, &error);
  return_pointer (task, commits, (GDestroyNotify)g_ptr_array_unref, error);
}

void
dojo_repo_log_async (DojoRepo            *self,
                     guint                offset,
                     guint                limit,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  LogData *data;

  g_return_if_fail (DOJO_IS_REPO (self));

  data = g_new0 (LogData, 1);
  data->offset = offset;
  data->limit = limit;
  start_task (self, dojo_repo_log_async, data, g_free, log_thread,
              cancellable, callback, user_data);
}

/**
 * dojo_repo_log_finish:
 *
 * Returns: (transfer full) (element-type DojoCommitInfo): as dojo_repo_log()
 */
GPtrArray *
dojo_repo_log_finish (DojoRepo      *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  return finish_pointer (self, result, dojo_repo_log_async, error);
}

/* Restore a file */

typedef struct
{
  char     *commit;
  char     *path;
  gboolean  force;
} RestoreFileData;

static void
restore_file_data_free (RestoreFileData *data)
{
  g_free (data->commit);
  g_free (data->path);
  g_free (data);
}

static void
restore_file_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  RestoreFileData *data = task_data;
  GError *error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  ok = dojo_repo_restore_file (source_object, data->commit, data->path, data->force, &error);
  return_boolean (task, ok, error);
}

void
dojo_repo_restore_file_async (DojoRepo            *self,
                              const char          *commit,
                              const char          *path,
                              gboolean             force,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  RestoreFileData *data;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (commit != NULL);
  g_return_if_fail (path != NULL);

  data = g_new0 (RestoreFileData, 1);
  data->commit = g_strdup (commit);
  data->path = g_strdup (path);
  data->force = force;
  start_task (self, dojo_repo_restore_file_async, data, (GDestroyNotify)restore_file_data_free,
              restore_file_thread, cancellable, callback, user_data);
}

gboolean
dojo_repo_restore_file_finish (DojoRepo      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_boolean (self, result, dojo_repo_restore_file_async, error);
}

/* Restore the project */

typedef struct
{
  char            *commit;
  DojoRestoreMode  mode;
  gboolean         force;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->commit);
  g_free (data);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreData *data = task_data;
  GError *error = NULL;
  char *id;

  if (g_task_return_error_if_cancelled (task))
    return;

  id = dojo_repo_restore (source_object, data->commit, data->mode, data->force, &error);
  return_pointer (task, id, g_free, error);
}

void
dojo_repo_restore_async (DojoRepo            *self,
                         const char          *commit,
                         DojoRestoreMode      mode,
                         gboolean             force,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  RestoreData *data;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (commit != NULL);

  data = g_new0 (RestoreData, 1);
  data->commit = g_strdup (commit);
  data->mode = mode;
  data->force = force;
  start_task (self, dojo_repo_restore_async, data, (GDestroyNotify)restore_data_free,
              restore_thread, cancellable, callback, user_data);
}

char *
dojo_repo_restore_finish (DojoRepo      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_pointer (self, result, dojo_repo_restore_async, error);
}

/* Switching to, creating and deleting a branch: each a sync call with the
 * branch's name, run by one thread function. */

typedef gboolean (*BranchOp) (DojoRepo    *self,
                              const char  *name,
                              GError     **error);

typedef struct
{
  BranchOp  op;
  char     *name;
} BranchTask;

static void
branch_task_free (BranchTask *data)
{
  g_free (data->name);
  g_free (data);
}

static void
branch_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  BranchTask *data = task_data;
  GError *error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;

  ok = data->op (source_object, data->name, &error);
  return_boolean (task, ok, error);
}

static void
start_branch_task (DojoRepo            *self,
                   gpointer             source_tag,
                   BranchOp             op,
                   const char          *name,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  BranchTask *data = g_new0 (BranchTask, 1);

  data->op = op;
  data->name = g_strdup (name);
  start_task (self, source_tag, data, (GDestroyNotify)branch_task_free, branch_thread,
              cancellable, callback, user_data);
}

void
dojo_repo_switch_branch_async (DojoRepo            *self,
                               const char          *name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (name != NULL);

  start_branch_task (self, dojo_repo_switch_branch_async, dojo_repo_switch_branch, name,
                     cancellable, callback, user_data);
}

gboolean
dojo_repo_switch_branch_finish (DojoRepo      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, dojo_repo_switch_branch_async, error);
}

void
dojo_repo_create_branch_async (DojoRepo            *self,
                               const char          *name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (name != NULL);

  start_branch_task (self, dojo_repo_create_branch_async, dojo_repo_create_branch, name,
                     cancellable, callback, user_data);
}

gboolean
dojo_repo_create_branch_finish (DojoRepo      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, dojo_repo_create_branch_async, error);
}

static gboolean
delete_merged_branch (DojoRepo    *self,
                      const char  *name,
                      GError     **error)
{
  return dojo_repo_delete_branch (self, name, FALSE, error);
}

static gboolean
delete_any_branch (DojoRepo    *self,
                   const char  *name,
                   GError     **error)
{
  return dojo_repo_delete_branch (self, name, TRUE, error);
}

void
dojo_repo_delete_branch_async (DojoRepo            *self,
                               const char          *name,
                               gboolean             force,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (name != NULL);

  start_branch_task (self, dojo_repo_delete_branch_async,
                     force ? delete_any_branch : delete_merged_branch, name,
                     cancellable, callback, user_data);
}

gboolean
dojo_repo_delete_branch_finish (DojoRepo      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, dojo_repo_delete_branch_async, error);
}

/* Merge */

typedef struct
{
  DojoMergeOutcome  outcome;
  char             *commit_id;
  GPtrArray        *conflicts;
} MergeResult;

static void
merge_result_free (MergeResult *result)
{
  g_free (result->commit_id);
  g_clear_pointer (&result->conflicts, g_ptr_array_unref);
  g_free (result);
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  const char *name = task_data;
  MergeResult *result;
  GError *error = NULL;

  if (g_task_return_error_if_cancelled (task))
    return;

  result = g_new0 (MergeResult, 1);
  result->outcome = dojo_repo_merge (source_object, name, &result->commit_id,
                                     &result->conflicts, &error);
  if (error != NULL)
    merge_result_free (result);
  return_pointer (task, error != NULL ? NULL : result, (GDestroyNotify)merge_result_free,
                  error);
}

void
dojo_repo_merge_async (DojoRepo            *self,
                       const char          *name,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (name != NULL);

  start_task (self, dojo_repo_merge_async, g_strdup (name), g_free, merge_thread,
              cancellable, callback, user_data);
}

/**
 * dojo_repo_merge_finish:
 * @commit_id: (out) (optional) (transfer full): as dojo_repo_merge()
 * @conflicts: (out) (optional) (transfer full) (element-type utf8): as
 *   dojo_repo_merge()
 *
 * Returns: as dojo_repo_merge(): (DojoMergeOutcome) -1 with @error set
 */
DojoMergeOutcome
dojo_repo_merge_finish (DojoRepo      *self,
                        GAsyncResult  *result,
                        char         **commit_id,
                        GPtrArray    **conflicts,
                        GError       **error)
{
  MergeResult *merged;
  DojoMergeOutcome outcome;

  if (commit_id != NULL)
    *commit_id = NULL;
  if (conflicts != NULL)
    *conflicts = NULL;

  merged = finish_pointer (self, result, dojo_repo_merge_async, error);
  if (merged == NULL)
    return -1;

  outcome = merged->outcome;
  if (commit_id != NULL)
    *commit_id = g_steal_pointer (&merged->commit_id);
  if (conflicts != NULL)
    *conflicts = g_steal_pointer (&merged->conflicts);
  merge_result_free (merged);

  return outcome;
}

/* Amend */

typedef struct
{
  char     *message;
  gboolean  include_changes;
} AmendData;

static void
amend_data_free (AmendData *data)
{
  g_free (data->message);
  g_free (data);
}

static void
amend_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  AmendData *data = task_data;
  GError *error = NULL;
  char *id;

  if (g_task_return_error_if_cancelled (task))
    return;

  id = dojo_repo_amend (source_object, data->message, data->include_changes, &error);
  return_pointer (task, id, g_free, error);
}

void
dojo_repo_amend_async (DojoRepo            *self,
                       const char          *message,
                       gboolean             include_changes,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  AmendData *data;

  g_return_if_fail (DOJO_IS_REPO (self));

  data = g_new0 (AmendData, 1);
  data->message = g_strdup (message);
  data->include_changes = include_changes;
  start_task (self, dojo_repo_amend_async, data, (GDestroyNotify)amend_data_free,
              amend_thread, cancellable, callback, user_data);
}

/**
 * dojo_repo_amend_finish:
 *
 * Returns: (transfer full): as dojo_repo_amend()
 */
char *
dojo_repo_amend_finish (DojoRepo      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  return finish_pointer (self, result, dojo_repo_amend_async, error);
}

/* Revert: the task data is the commit. */

static void
revert_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  const char *commit = task_data;
  GError *error = NULL;
  char *id;

  if (g_task_return_error_if_cancelled (task))
    return;

  id = dojo_repo_revert (source_object, commit, &error);
  return_pointer (task, id, g_free, error);
}

void
dojo_repo_revert_async (DojoRepo            *self,
                        const char          *commit,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (commit != NULL);

  start_task (self, dojo_repo_revert_async, g_strdup (commit), g_free, revert_thread,
              cancellable, callback, user_data);
}

/**
 * dojo_repo_revert_finish:
 *
 * Returns: (transfer full): as dojo_repo_revert()
 */
char *
dojo_repo_revert_finish (DojoRepo      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, dojo_repo_revert_async, error);
}
