/* dojo-repo-monitor.c: tells when a project's git state may have changed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo-monitor"

#include "config.h"

#include <string.h>

#include "dojo-repo-monitor.h"

/* A project is small, but a learner may unpack a data set or make a virtual
 * environment in it: inotify watches are a shared, limited resource, so only
 * this many folders are watched, and generated ones never. */
#define MAX_WATCHED_DIRS 256
#define DEBOUNCE_MS      300
#define MAX_DELAY_MS     1000

struct _DojoRepoMonitor
{
  GObject     parent_instance;

  DojoRepo   *repo;
  char       *workdir;
  char       *gitdir;
  char       *refs_heads;

  /* path → GFileMonitor */
  GHashTable *monitors;

  guint       debounce_id;
  gint64      first_pending;
};

G_DEFINE_FINAL_TYPE (DojoRepoMonitor, dojo_repo_monitor, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const skipped_dirs[] = {
  ".git", "__pycache__", ".venv", "venv", "node_modules", ".mypy_cache", ".pytest_cache",
  ".dojo", NULL,
};

/* What in .git says the history, the branch or the staging area moved;
 * objects/ and logs/ change too, but never alone. */
static const char * const git_files[] = {
  "HEAD", "index", "packed-refs", "ORIG_HEAD", "MERGE_HEAD", NULL,
};

static void watch_dir (DojoRepoMonitor *self,
                       const char      *path,
                       gboolean         recurse);

static gboolean
emit_changed (gpointer data)
{
  DojoRepoMonitor *self = data;

  self->debounce_id = 0;
  self->first_pending = 0;
  g_signal_emit (self, signals[CHANGED], 0);

  return G_SOURCE_REMOVE;
}

/* Waits for DEBOUNCE_MS of quiet (a commit touches a dozen files at once),
 * but never longer than MAX_DELAY_MS after the first event. */
static void
queue_changed (DojoRepoMonitor *self)
{
  gint64 now = g_get_monotonic_time ();
  guint delay = DEBOUNCE_MS;

  if (self->first_pending == 0)
    self->first_pending = now;
  else
    {
      gint64 left = MAX_DELAY_MS - (now - self->first_pending) / 1000;
      delay = CLAMP (left, 0, DEBOUNCE_MS);
    }

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (delay, emit_changed, self);
}

static gboolean
is_skipped_dir (const char *name)
{
  return g_strv_contains (skipped_dirs, name);
}

static void
on_changed (GFileMonitor      *monitor,
            GFile             *file,
            GFile             *other_file,
            GFileMonitorEvent  event,
            gpointer           user_data)
{
  DojoRepoMonitor *self = user_data;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *parent = NULL;
  g_autofree char *name = NULL;

  if (path == NULL)
    return;

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED
      || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT)
    return;

  parent = g_path_get_dirname (path);
  name = g_path_get_basename (path);

  if (g_str_equal (parent, self->gitdir))
    {
      if (!g_strv_contains (git_files, name))
        return;
    }
  else if (g_str_equal (parent, self->refs_heads) || g_str_has_prefix (path, self->refs_heads))
    {
      if (g_str_has_suffix (name, ".lock"))
        return;
    }
  else
    {
      /* The working tree. */
      if (is_skipped_dir (name) || g_str_equal (path, self->gitdir))
        return;

      if (event == G_FILE_MONITOR_EVENT_CREATED
          && g_file_test (path, G_FILE_TEST_IS_DIR)
          && name[0] != '.')
        watch_dir (self, path, TRUE);
      else if (event == G_FILE_MONITOR_EVENT_DELETED)
        g_hash_table_remove (self->monitors, path);
    }

  queue_changed (self);
}

static void
watch_dir (DojoRepoMonitor *self,
           const char      *path,
           gboolean         recurse)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFileMonitor) monitor = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  if (g_hash_table_size (self->monitors) >= MAX_WATCHED_DIRS
      || g_hash_table_contains (self->monitors, path))
    return;

  dir = g_file_new_for_path (path);
  monitor = g_file_monitor_directory (dir, G_FILE_MONITOR_NONE, NULL, &error);
  if (monitor == NULL)
    {
      g_debug ("Cannot watch %s: %s", path, error->message);
      return;
    }

  g_file_monitor_set_rate_limit (monitor, 100);
  g_signal_connect_object (monitor, "changed", G_CALLBACK (on_changed), self, 0);
  g_hash_table_insert (self->monitors, g_strdup (path), g_steal_pointer (&monitor));

  if (!recurse || (listing = g_dir_open (path, 0, NULL)) == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = NULL;

      if (name[0] == '.' || is_skipped_dir (name))
        continue;

      child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        watch_dir (self, child, TRUE);
    }
}

static void
cancel_monitor (GFileMonitor *monitor)
{
  g_file_monitor_cancel (monitor);
  g_object_unref (monitor);
}

static void
dojo_repo_monitor_dispose (GObject *object)
{
  DojoRepoMonitor *self = (DojoRepoMonitor *)object;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_pointer (&self->monitors, g_hash_table_unref);

  G_OBJECT_CLASS (dojo_repo_monitor_parent_class)->dispose (object);
}

static void
dojo_repo_monitor_finalize (GObject *object)
{
  DojoRepoMonitor *self = (DojoRepoMonitor *)object;

  g_clear_object (&self->repo);
  g_clear_pointer (&self->workdir, g_free);
  g_clear_pointer (&self->gitdir, g_free);
  g_clear_pointer (&self->refs_heads, g_free);

  G_OBJECT_CLASS (dojo_repo_monitor_parent_class)->finalize (object);
}

static void
dojo_repo_monitor_class_init (DojoRepoMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dojo_repo_monitor_dispose;
  object_class->finalize = dojo_repo_monitor_finalize;

  /**
   * DojoRepoMonitor::changed:
   *
   * Files, the staging area, HEAD or a branch changed, in Dojo or outside
   * it (a `git commit` in the terminal). Emitted once per burst of changes,
   * about 300 ms after it; re-read the status and the log.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
dojo_repo_monitor_init (DojoRepoMonitor *self)
{
  self->monitors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify)cancel_monitor);
}

/**
 * dojo_repo_monitor_new:
 *
 * Starts watching @repo's folder (up to a few hundred subfolders, generated
 * ones left out), its .git folder and its branches. Signals arrive in the
 * thread-default main context of the caller.
 */
DojoRepoMonitor *
dojo_repo_monitor_new (DojoRepo *repo)
{
  DojoRepoMonitor *self;

  g_return_val_if_fail (DOJO_IS_REPO (repo), NULL);

  self = g_object_new (DOJO_TYPE_REPO_MONITOR, NULL);
  self->repo = g_object_ref (repo);
  self->workdir = g_file_get_path (dojo_repo_get_directory (repo));
  self->gitdir = g_file_get_path (dojo_repo_get_git_directory (repo));
  self->refs_heads = g_build_filename (self->gitdir, "refs", "heads", NULL);

  watch_dir (self, self->gitdir, FALSE);
  watch_dir (self, self->refs_heads, FALSE);
  watch_dir (self, self->workdir, TRUE);

  return self;
}

/**
 * dojo_repo_monitor_get_repo:
 *
 * Returns: (transfer none): the repository watched
 */
DojoRepo *
dojo_repo_monitor_get_repo (DojoRepoMonitor *self)
{
  g_return_val_if_fail (DOJO_IS_REPO_MONITOR (self), NULL);

  return self->repo;
}
