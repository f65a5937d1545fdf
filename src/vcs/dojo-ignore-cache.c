/* dojo-ignore-cache.c: what git ignores, asked without waiting
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file list dims the rows git ignores, and asks for every row it
 * shows. Asking libgit2 on the UI thread meant waiting for the repository
 * while a status read held it (about 110 ms on a 20,000-file project) and
 * reading .gitignore files there: on a disk that hangs, or a .gitignore
 * made a FIFO in the Shell, the window froze for good. Here the answer is
 * what git said last; every question is asked again in a worker, all the
 * questions of one main-loop turn in one batch, and "changed" says when an
 * answer differs, so the rows are asked again and show it.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include "dojo-ignore-cache.h"

struct _DojoIgnoreCache
{
  GObject       parent_instance;

  DojoRepo     *repo;
  GHashTable   *ignored;      /* paths git ignores, as it last said */
  GHashTable   *asked;        /* paths asked since the last batch began */
  GCancellable *cancellable;  /* the batch in the worker; NULL when none */
  guint         idle_id;
};

G_DEFINE_FINAL_TYPE (DojoIgnoreCache, dojo_ignore_cache, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  DojoIgnoreCache *self;
  GStrv            paths;
} Batch;

static void
batch_free (Batch *batch)
{
  g_object_unref (batch->self);
  g_strfreev (batch->paths);
  g_free (batch);
}

static void start_batch_soon (DojoIgnoreCache *self);

static void
on_batch_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Batch *batch = user_data;
  DojoIgnoreCache *self = batch->self;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ignored = dojo_repo_filter_ignored_finish (DOJO_REPO (source), result, &error);
  g_autoptr(GHashTable) now = NULL;
  gboolean changed = FALSE;

  /* A batch for a repository given up (set_repo()), or a cache let go. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      batch_free (batch);
      return;
    }

  g_clear_object (&self->cancellable);

  if (ignored != NULL)
    {
      now = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; ignored[i] != NULL; i++)
        g_hash_table_add (now, ignored[i]);

      for (guint i = 0; batch->paths[i] != NULL; i++)
        {
          const char *path = batch->paths[i];
          gboolean was = g_hash_table_contains (self->ignored, path);
          gboolean is = g_hash_table_contains (now, path);

          if (was == is)
            continue;
          if (is)
            g_hash_table_add (self->ignored, g_strdup (path));
          else
            g_hash_table_remove (self->ignored, path);
          changed = TRUE;
        }
    }

  if (g_hash_table_size (self->asked) > 0)
    start_batch_soon (self);

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);

  batch_free (batch);
}

static gboolean
start_batch (gpointer data)
{
  DojoIgnoreCache *self = data;
  Batch *batch;

  self->idle_id = 0;

  if (self->repo == NULL || g_hash_table_size (self->asked) == 0)
    return G_SOURCE_REMOVE;

  batch = g_new0 (Batch, 1);
  batch->self = g_object_ref (self);
  batch->paths = (GStrv)g_hash_table_get_keys_as_array (self->asked, NULL);
  /* The keys now belong to the batch. */
  g_hash_table_steal_all (self->asked);

  self->cancellable = g_cancellable_new ();
  dojo_repo_filter_ignored_async (self->repo, (const char * const *)batch->paths,
                                  self->cancellable, on_batch_done, batch);

  return G_SOURCE_REMOVE;
}

/* One batch at a time: paths asked while one runs wait for the next. */
static void
start_batch_soon (DojoIgnoreCache *self)
{
  if (self->cancellable == NULL && self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, start_batch, self, NULL);
}

static void
forget (DojoIgnoreCache *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_hash_table_remove_all (self->ignored);
  g_hash_table_remove_all (self->asked);
}

static void
dojo_ignore_cache_dispose (GObject *object)
{
  DojoIgnoreCache *self = DOJO_IGNORE_CACHE (object);

  forget (self);
  g_clear_object (&self->repo);

  G_OBJECT_CLASS (dojo_ignore_cache_parent_class)->dispose (object);
}

static void
dojo_ignore_cache_finalize (GObject *object)
{
  DojoIgnoreCache *self = DOJO_IGNORE_CACHE (object);

  g_hash_table_unref (self->ignored);
  g_hash_table_unref (self->asked);

  G_OBJECT_CLASS (dojo_ignore_cache_parent_class)->finalize (object);
}

static void
dojo_ignore_cache_class_init (DojoIgnoreCacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_ignore_cache_dispose;
  object_class->finalize = dojo_ignore_cache_finalize;

  /**
   * DojoIgnoreCache::changed:
   *
   * Git's answer for a path asked changed (or came for the first time and
   * says "ignored"): ask again for what is shown.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
dojo_ignore_cache_init (DojoIgnoreCache *self)
{
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

DojoIgnoreCache *
dojo_ignore_cache_new (void)
{
  return g_object_new (DOJO_TYPE_IGNORE_CACHE, NULL);
}

/**
 * dojo_ignore_cache_set_repo:
 * @repo: (nullable): the repository to ask
 *
 * Answers from another repository are forgotten, and a batch still asking
 * it is no longer waited for.
 */
void
dojo_ignore_cache_set_repo (DojoIgnoreCache *self,
                            DojoRepo        *repo)
{
  g_return_if_fail (DOJO_IS_IGNORE_CACHE (self));
  g_return_if_fail (repo == NULL || DOJO_IS_REPO (repo));

  if (self->repo == repo)
    return;

  forget (self);
  g_set_object (&self->repo, repo);
}

/**
 * dojo_ignore_cache_get_repo:
 *
 * Returns: (transfer none) (nullable): the repository asked
 */
DojoRepo *
dojo_ignore_cache_get_repo (DojoIgnoreCache *self)
{
  g_return_val_if_fail (DOJO_IS_IGNORE_CACHE (self), NULL);

  return self->repo;
}

/**
 * dojo_ignore_cache_lookup:
 * @path: a file or folder, relative to the project, as for
 *   dojo_repo_is_ignored()
 *
 * Never waits. Git is asked again about @path in a worker; "changed" is
 * emitted if its answer differs from the one returned.
 *
 * Returns: whether git ignored @path when last asked; %FALSE when it was
 *   never asked yet, or when there is no repository
 */
gboolean
dojo_ignore_cache_lookup (DojoIgnoreCache *self,
                          const char      *path)
{
  g_return_val_if_fail (DOJO_IS_IGNORE_CACHE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->repo == NULL)
    return FALSE;

  if (!g_hash_table_contains (self->asked, path))
    g_hash_table_add (self->asked, g_strdup (path));
  start_batch_soon (self);

  return g_hash_table_contains (self->ignored, path);
}

/**
 * dojo_ignore_cache_get_busy:
 *
 * Returns: whether questions wait for git's answer (tests wait for this
 *   to fall)
 */
gboolean
dojo_ignore_cache_get_busy (DojoIgnoreCache *self)
{
  g_return_val_if_fail (DOJO_IS_IGNORE_CACHE (self), FALSE);

  return self->cancellable != NULL || self->idle_id != 0;
}
