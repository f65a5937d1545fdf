/* dojo-repo-async.c: the slow calls of DojoRepo, off the UI thread
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each _async call runs its sync twin in a worker thread; the repository's
 * lock keeps two of them from using libgit2 at once.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include "dojo-repo-private.h"

typedef enum
{
  JOB_STATUS,
  JOB_DIFF,
  JOB_COMMIT,
  JOB_LOG,
  JOB_RESTORE_FILE,
  JOB_RESTORE,
  JOB_SWITCH,
} JobKind;

typedef struct
{
  JobKind   kind;
  char     *arg1;
  char     *arg2;
  guint     n1;
  guint     n2;
  int       mode;
  gboolean  force;
} Job;

static void
job_free (Job *job)
{
  g_free (job->arg1);
  g_free (job->arg2);
  g_free (job);
}

static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  DojoRepo *self = source_object;
  Job *job = task_data;
  GError *error = NULL;
  gpointer result = NULL;
  GDestroyNotify destroy = NULL;
  gboolean ok = FALSE;

  if (g_task_return_error_if_cancelled (task))
    return;

  switch (job->kind)
    {
    case JOB_STATUS:
      result = dojo_repo_status (self, &error);
      destroy = (GDestroyNotify)g_ptr_array_unref;
      break;
    case JOB_DIFF:
      result = dojo_repo_diff (self, job->arg1, job->arg2, &error);
      destroy = (GDestroyNotify)dojo_diff_unref;
      break;
    case JOB_COMMIT:
      result = dojo_repo_commit (self, job->arg1, job->mode, &error);
      destroy = g_free;
      break;
    case JOB_LOG:
      result = dojo_repo_log (self, job->n1, job->n2, &error);
      destroy = (GDestroyNotify)g_ptr_array_unref;
      break;
    case JOB_RESTORE:
      result = dojo_repo_restore (self, job->arg1, job->mode, job->force, &error);
      destroy = g_free;
      break;
    case JOB_RESTORE_FILE:
      ok = dojo_repo_restore_file (self, job->arg1, job->arg2, job->force, &error);
      break;
    case JOB_SWITCH:
      ok = dojo_repo_switch_branch (self, job->arg1, &error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (error != NULL)
    g_task_return_error (task, error);
  else if (destroy != NULL)
    g_task_return_pointer (task, result, destroy);
  else
    g_task_return_boolean (task, ok);
}

static void
start_job (DojoRepo            *self,
           Job                 *job,
           gpointer             source_tag,
           GCancellable        *cancellable,
           GAsyncReadyCallback  callback,
           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, run_job);
}

static Job *
job_new (JobKind     kind,
         const char *arg1,
         const char *arg2)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->arg1 = g_strdup (arg1);
  job->arg2 = g_strdup (arg2);

  return job;
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

void
dojo_repo_status_async (DojoRepo            *self,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));

  start_job (self, job_new (JOB_STATUS, NULL, NULL), dojo_repo_status_async,
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

void
dojo_repo_diff_async (DojoRepo            *self,
                      const char          *from,
                      const char          *to,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_return_if_fail (DOJO_IS_REPO (self));

  start_job (self, job_new (JOB_DIFF, from, to), dojo_repo_diff_async,
             cancellable, callback, user_data);
}

DojoDiff *
dojo_repo_diff_finish (DojoRepo      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  return finish_pointer (self, result, dojo_repo_diff_async, error);
}

void
dojo_repo_commit_async (DojoRepo            *self,
                        const char          *message,
                        DojoCommitMode       mode,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  Job *job;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (message != NULL);

  job = job_new (JOB_COMMIT, message, NULL);
  job->mode = mode;
  start_job (self, job, dojo_repo_commit_async, cancellable, callback, user_data);
}

char *
dojo_repo_commit_finish (DojoRepo      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  return finish_pointer (self, result, dojo_repo_commit_async, error);
}

void
dojo_repo_log_async (DojoRepo            *self,
                     guint                offset,
                     guint                limit,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  Job *job;

  g_return_if_fail (DOJO_IS_REPO (self));

  job = job_new (JOB_LOG, NULL, NULL);
  job->n1 = offset;
  job->n2 = limit;
  start_job (self, job, dojo_repo_log_async, cancellable, callback, user_data);
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

void
dojo_repo_restore_file_async (DojoRepo            *self,
                              const char          *commit,
                              const char          *path,
                              gboolean             force,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Job *job;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (commit != NULL);
  g_return_if_fail (path != NULL);

  job = job_new (JOB_RESTORE_FILE, commit, path);
  job->force = force;
  start_job (self, job, dojo_repo_restore_file_async, cancellable, callback, user_data);
}

gboolean
dojo_repo_restore_file_finish (DojoRepo      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  return finish_boolean (self, result, dojo_repo_restore_file_async, error);
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
  Job *job;

  g_return_if_fail (DOJO_IS_REPO (self));
  g_return_if_fail (commit != NULL);

  job = job_new (JOB_RESTORE, commit, NULL);
  job->mode = mode;
  job->force = force;
  start_job (self, job, dojo_repo_restore_async, cancellable, callback, user_data);
}

char *
dojo_repo_restore_finish (DojoRepo      *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  return finish_pointer (self, result, dojo_repo_restore_async, error);
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

  start_job (self, job_new (JOB_SWITCH, name, NULL), dojo_repo_switch_branch_async,
             cancellable, callback, user_data);
}

gboolean
dojo_repo_switch_branch_finish (DojoRepo      *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  return finish_boolean (self, result, dojo_repo_switch_branch_async, error);
}
