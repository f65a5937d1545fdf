/* dojo-repo.c: a learner's project as a git repository
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <string.h>

#include <git2.h>
#include <glib/gi18n-lib.h>

#include "dojo-diff-private.h"
#include "dojo-repo.h"

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
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (git_buf, git_buf_dispose)

#define MAX_LISTED_FILES 8

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

/* The public dojo_repo_init() creates a repository, so the type cannot use
 * G_DEFINE_FINAL_TYPE (it would want that name for the instance init). */
static gpointer dojo_repo_parent_class;
static void dojo_repo_class_init    (DojoRepoClass *klass);
static void dojo_repo_instance_init (DojoRepo      *self);

static void
dojo_repo_class_intern_init (gpointer klass,
                             gpointer class_data)
{
  dojo_repo_parent_class = g_type_class_peek_parent (klass);
  dojo_repo_class_init ((DojoRepoClass *)klass);
}

static void
dojo_repo_instance_intern_init (GTypeInstance *instance,
                                gpointer       klass)
{
  dojo_repo_instance_init ((DojoRepo *)instance);
}

GType
dojo_repo_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      GType id = g_type_register_static_simple (G_TYPE_OBJECT,
                                                g_intern_static_string ("DojoRepo"),
                                                sizeof (DojoRepoClass),
                                                dojo_repo_class_intern_init,
                                                sizeof (DojoRepo),
                                                dojo_repo_instance_intern_init,
                                                G_TYPE_FLAG_FINAL);
      g_once_init_leave (&type_id, id);
    }

  return type_id;
}

G_DEFINE_QUARK (dojo-repo-error-quark, dojo_repo_error)

/* libgit2 reads $HOME once, when it starts; tests (and the Flatpak sandbox)
 * may change it later, so the config search paths follow GLib's idea of the
 * home and config dirs, set before anything reads a config. */
static GMutex config_lock;
static char *search_home;
static char *search_xdg;

static void
ensure_libgit2 (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      git_libgit2_init ();
      g_once_init_leave (&initialized, 1);
    }
}

static gpointer
warm_up_thread (gpointer data)
{
  ensure_libgit2 ();
  return NULL;
}

/**
 * dojo_repo_warm_up:
 *
 * Starts libgit2 in a worker thread. Its start-up reads the system's CA
 * bundle for TLS (about 4 ms), though Dojo never talks to a remote; begun
 * while the toolkit starts, it is done before the first repository opens,
 * which then finds it ready (or waits for the rest, never twice).
 */
void
dojo_repo_warm_up (void)
{
  g_thread_unref (g_thread_new ("dojo-git-warm-up", warm_up_thread, NULL));
}

/* Call with config_lock held. */
static void
sync_search_paths (void)
{
  const char *home = g_get_home_dir ();
  g_autofree char *xdg = g_build_filename (g_get_user_config_dir (), "git", NULL);

  ensure_libgit2 ();

  if (g_strcmp0 (home, search_home) != 0)
    {
      git_libgit2_opts (GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, home);
      g_free (search_home);
      search_home = g_strdup (home);
    }

  if (g_strcmp0 (xdg, search_xdg) != 0)
    {
      git_libgit2_opts (GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, xdg);
      g_free (search_xdg);
      search_xdg = g_steal_pointer (&xdg);
    }
}

static char *
strip_trailing_slash (const char *path)
{
  gsize len = strlen (path);

  while (len > 1 && path[len - 1] == '/')
    len--;

  return g_strndup (path, len);
}

/* Errors */

static void
set_error_with_detail (GError     **error,
                       int          code,
                       const char  *message,
                       const char  *detail)
{
  g_autofree char *trimmed = NULL;
  gsize len;

  if (detail == NULL || *detail == '\0')
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, code, message);
      return;
    }

  /* libgit2 ends some messages with ": " and an empty reason. */
  trimmed = g_strdup (detail);
  len = strlen (trimmed);
  while (len > 0 && strchr (" :.\n", trimmed[len - 1]) != NULL)
    trimmed[--len] = '\0';

  /* The detail is git's own words: kept for whoever helps the learner. */
  g_set_error (error, DOJO_REPO_ERROR, code, _("%s (Git says: %s.)"), message, trimmed);
}

static const char *
last_git_detail (void)
{
  const git_error *e = git_error_last ();

  return e != NULL && e->message != NULL ? e->message : NULL;
}

static gboolean
check_alive (DojoRepo  *self,
             GError   **error)
{
  if (!g_file_test (self->workdir, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *message =
        g_strdup_printf (_("The project folder “%s” is gone: it was moved or deleted outside "
                           "Dojo. Put it back, or open the project from where it is now."),
                         self->workdir);
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_GONE, message);
      return FALSE;
    }

  if (!g_file_test (self->gitdir, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY,
                   _("The folder “%s” has no .git folder any more, so it is not a git "
                     "repository now. If you moved .git away, put it back."),
                   self->workdir);
      return FALSE;
    }

  return TRUE;
}

/* The lock file a libgit2 message names ("failed to create locked file
 * '/p/.git/index.lock'"), relative to the project when it is inside it. */
static char *
lock_file_from_detail (DojoRepo   *self,
                       const char *detail)
{
  const char *end;
  const char *start;

  if (detail != NULL && (end = strstr (detail, ".lock")) != NULL)
    {
      end += strlen (".lock");
      start = end;
      while (start > detail && start[-1] != '\'' && start[-1] != '"' && start[-1] != ' ')
        start--;

      if (start < end)
        {
          g_autofree char *path = g_strndup (start, end - start);

          if (self != NULL && g_str_has_prefix (path, self->workdir)
              && path[strlen (self->workdir)] == '/')
            return g_strdup (path + strlen (self->workdir) + 1);

          return g_steal_pointer (&path);
        }
    }

  return g_strdup (".git/index.lock");
}

static gboolean
is_corruption (int         rc,
               int         klass,
               const char *detail)
{
  if (rc == GIT_EMISMATCH)
    return TRUE;
  if (klass == GIT_ERROR_ZLIB || klass == GIT_ERROR_ODB || klass == GIT_ERROR_OBJECT)
    return TRUE;
  if (detail != NULL
      && (strstr (detail, "corrupt") != NULL || strstr (detail, "invalid header") != NULL))
    return TRUE;
  if (klass == GIT_ERROR_INDEX && rc != GIT_ENOTFOUND)
    return TRUE;
  if (klass == GIT_ERROR_REFERENCE && rc == GIT_ERROR)
    return TRUE;

  return FALSE;
}

static void
set_locked_error (DojoRepo    *self,
                  GError     **error,
                  const char  *detail)
{
  g_autofree char *lock = lock_file_from_detail (self, detail);
  g_autofree char *message =
    g_strdup_printf (_("Another git command is working in this project (the file %s exists). "
                       "Wait for it to finish; if none is running, delete that file."),
                     lock);

  set_error_with_detail (error, DOJO_REPO_ERROR_LOCKED, message, detail);
}

/* Turns the libgit2 error @rc of "@what" into a DOJO_REPO_ERROR. */
static void
set_git_error (DojoRepo    *self,
               GError     **error,
               int          rc,
               const char  *what)
{
  const git_error *e = git_error_last ();
  int klass = e != NULL ? e->klass : GIT_ERROR_NONE;
  g_autofree char *detail = g_strdup (last_git_detail ());

  if (self != NULL && !check_alive (self, error))
    return;

  if (rc == GIT_ELOCKED)
    {
      set_locked_error (self, error, detail);
    }
  else if (is_corruption (rc, klass, detail))
    {
      g_autofree char *message =
        g_strdup_printf (_("%s: the project’s history in its .git folder is damaged. Your files "
                           "are still there: copy them somewhere safe, then run “git fsck” in "
                           "the terminal to see what is broken."),
                         what);
      set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED, message, detail);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("%s."), what);
      set_error_with_detail (error, DOJO_REPO_ERROR_FAILED, message, detail);
    }
}

/* "a.py, b.py and 3 more files" */
static char *
format_paths (GPtrArray *paths)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint shown = MIN (paths->len, MAX_LISTED_FILES);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        g_string_append (str, ", ");
      g_string_append (str, g_ptr_array_index (paths, i));
    }

  if (paths->len > shown)
    {
      guint rest = paths->len - shown;

      g_string_append_c (str, ' ');
      g_string_append_printf (str,
                              g_dngettext (GETTEXT_PACKAGE, "and %u more file",
                                           "and %u more files", rest),
                              rest);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* Helpers on the repository; call them with self->lock held. */

static int
lookup_head_commit (DojoRepo    *self,
                    git_commit **out)
{
  git_oid oid;
  int rc;

  *out = NULL;

  if ((rc = git_reference_name_to_id (&oid, self->repo, "HEAD")) < 0)
    return rc;

  return git_commit_lookup (out, self->repo, &oid);
}

/* HEAD's commit, or NULL (and no error) in a repository without commits. */
static gboolean
get_head_commit (DojoRepo    *self,
                 git_commit **out,
                 GError     **error)
{
  int rc = git_repository_head_unborn (self->repo);

  *out = NULL;

  if (rc == 1)
    return TRUE;

  if (rc < 0 || (rc = lookup_head_commit (self, out)) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the last commit (HEAD)"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
resolve_commit (DojoRepo    *self,
                const char  *spec,
                git_commit **out,
                GError     **error)
{
  g_autoptr(git_object) object = NULL;
  g_autoptr(git_object) peeled = NULL;
  int rc;

  *out = NULL;

  rc = git_revparse_single (&object, self->repo, spec);
  if (rc == 0)
    rc = git_object_peel (&peeled, object, GIT_OBJECT_COMMIT);

  if (rc == GIT_ENOTFOUND || rc == GIT_EINVALIDSPEC || rc == GIT_EAMBIGUOUS || rc == GIT_EPEEL)
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no version “%s” in this project. Pick one from the "
                           "history."), spec);
      set_error_with_detail (error, DOJO_REPO_ERROR_NOT_FOUND, message, last_git_detail ());
      return FALSE;
    }
  else if (rc < 0)
    {
      set_git_error (self, error, rc, _("Could not read that version"));
      return FALSE;
    }

  *out = (git_commit *)g_steal_pointer (&peeled);

  return TRUE;
}

static gboolean
check_detached (DojoRepo    *self,
                const char  *doing,
                GError     **error)
{
  g_autofree char *message = NULL;

  if (git_repository_head_detached (self->repo) != 1)
    return TRUE;

  message = g_strdup_printf (_("You cannot %s while looking at an old version (git calls this "
                               "a “detached HEAD”). Switch to a branch, for example “main”, "
                               "to get back to your latest work first."),
                             doing);
  g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_DETACHED_HEAD, message);

  return FALSE;
}

/* Checkout writes files before it writes the index; a lock that makes the
 * index write fail would leave the files changed and the index not. Refuse
 * before touching anything. */
static gboolean
check_index_unlocked (DojoRepo  *self,
                      GError   **error)
{
  g_autofree char *lock = g_build_filename (self->gitdir, "index.lock", NULL);

  if (g_file_test (lock, G_FILE_TEST_EXISTS))
    {
      g_autofree char *detail = g_strdup_printf ("'%s' exists", lock);
      set_locked_error (self, error, detail);
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_index (DojoRepo   *self,
           git_index **out,
           GError    **error)
{
  int rc;

  if ((rc = git_repository_index (out, self->repo)) < 0
      || (rc = git_index_read (*out, FALSE)) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the staging area (.git/index)"));
      return FALSE;
    }

  return TRUE;
}

/* Writes @index; on failure, forgets the in-memory changes so the next
 * call starts from what is on disk. */
static gboolean
write_index (DojoRepo   *self,
             git_index  *index,
             GError    **error)
{
  int rc;

  if ((rc = git_index_write (index)) < 0)
    {
      set_git_error (self, error, rc, _("Could not save the staging area (.git/index)"));
      git_index_read (index, TRUE);
      return FALSE;
    }

  return TRUE;
}

static DojoFileStatus
status_from_delta (git_delta_t status)
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

static GPtrArray *
status_locked (DojoRepo  *self,
               GError   **error)
{
  git_status_options opts = GIT_STATUS_OPTIONS_INIT;
  g_autoptr(git_status_list) list = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  size_t n;
  int rc;

  if (!check_alive (self, error))
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
      set_git_error (self, error, rc, _("Could not list the changed files"));
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

/* The paths of every uncommitted change (untracked files included), or an
 * empty array; NULL on error. */
static GPtrArray *
dirty_paths_locked (DojoRepo  *self,
                    GError   **error)
{
  g_autoptr(GPtrArray) changes = status_locked (self, error);
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

static void
set_uncommitted_error (GError     **error,
                       GPtrArray   *paths,
                       const char  *doing)
{
  g_autofree char *list = format_paths (paths);

  g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES,
               _("You have changes that are not committed yet, and %s would overwrite them: "
                 "%s. Commit them first (or choose to throw them away)."),
               doing, list);
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
static gboolean
safe_checkout (DojoRepo    *self,
               git_commit  *commit,
               gboolean     force,
               const char  *doing,
               GError     **error)
{
  git_checkout_options opts = GIT_CHECKOUT_OPTIONS_INIT;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (!check_index_unlocked (self, error))
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
      set_uncommitted_error (error, conflicts, doing);
      return FALSE;
    }
  else if (rc < 0)
    {
      set_git_error (self, error, rc, _("Could not update the files in the project folder"));
      return FALSE;
    }

  return TRUE;
}

/* Object life cycle */

static void
dojo_repo_finalize (GObject *object)
{
  DojoRepo *self = (DojoRepo *)object;

  g_clear_pointer (&self->repo, git_repository_free);
  g_clear_object (&self->directory);
  g_clear_object (&self->git_directory);
  g_clear_pointer (&self->workdir, g_free);
  g_clear_pointer (&self->gitdir, g_free);
  g_rec_mutex_clear (&self->lock);

  G_OBJECT_CLASS (dojo_repo_parent_class)->finalize (object);
}

static void
dojo_repo_class_init (DojoRepoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dojo_repo_finalize;
}

static void
dojo_repo_instance_init (DojoRepo *self)
{
  g_rec_mutex_init (&self->lock);
}

/* Opening */

static DojoRepo *
wrap_repository (git_repository  *repo,
                 GError         **error)
{
  DojoRepo *self;
  const char *workdir = git_repository_workdir (repo);

  if (workdir == NULL)
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_A_REPOSITORY,
                   _("“%s” is a bare git repository, which has no project files. Open a "
                     "project folder instead."),
                   git_repository_path (repo));
      git_repository_free (repo);
      return NULL;
    }

  self = g_object_new (DOJO_TYPE_REPO, NULL);
  self->repo = repo;
  self->workdir = strip_trailing_slash (workdir);
  self->gitdir = strip_trailing_slash (git_repository_path (repo));
  self->directory = g_file_new_for_path (self->workdir);
  self->git_directory = g_file_new_for_path (self->gitdir);

  return self;
}

/* A repository whose HEAD cannot be read is damaged; finding out now gives
 * one clear message instead of a strange one from every later call. */
static gboolean
validate_head (DojoRepo  *self,
               GError   **error)
{
  g_autoptr(git_reference) head = NULL;
  int rc;

  rc = git_reference_lookup (&head, self->repo, "HEAD");
  if (rc == 0 && git_reference_type (head) == GIT_REFERENCE_DIRECT)
    {
      g_autoptr(git_commit) commit = NULL;

      rc = git_commit_lookup (&commit, self->repo, git_reference_target (head));
      if (rc == GIT_ENOTFOUND)
        rc = GIT_ERROR;   /* HEAD names an object that is not there */
    }
  else if (rc == 0)
    {
      const char *target = git_reference_symbolic_target (head);
      int valid = 0;

      /* git itself gives up on a HEAD that names no proper branch. */
      if (target == NULL || !g_str_has_prefix (target, "refs/")
          || git_reference_name_is_valid (&valid, target) < 0 || !valid)
        {
          git_error_set_str (GIT_ERROR_REFERENCE, "HEAD does not name a branch");
          rc = GIT_ERROR;
        }
    }

  if (rc < 0)
    {
      const git_error *e = git_error_last ();
      g_autofree char *detail = g_strdup (last_git_detail ());
      g_autofree char *message =
        g_strdup_printf (_("The project “%s” cannot be opened: its .git/HEAD file is damaged. "
                           "Your files are still there; run “git fsck” in the terminal to see "
                           "what is broken."),
                         self->workdir);

      if (e != NULL && e->klass == GIT_ERROR_REFERENCE && rc == GIT_ELOCKED)
        set_locked_error (self, error, detail);
      else
        set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED, message, detail);
      return FALSE;
    }

  return TRUE;
}

static DojoRepo *
open_path (const char  *path,
           GError     **error)
{
  g_autoptr(git_repository) repo = NULL;
  g_autoptr(DojoRepo) self = NULL;
  int rc;

  g_mutex_lock (&config_lock);
  sync_search_paths ();
  rc = git_repository_open_ext (&repo, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
  g_mutex_unlock (&config_lock);

  if (rc < 0)
    {
      g_autofree char *dotgit = g_build_filename (path, ".git", NULL);
      g_autofree char *detail = g_strdup (last_git_detail ());
      g_autofree char *message = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          message = g_strdup_printf (_("The project folder “%s” does not exist: it was moved "
                                       "or deleted outside Dojo."), path);
          set_error_with_detail (error, DOJO_REPO_ERROR_GONE, message, NULL);
        }
      else if (rc == GIT_ENOTFOUND && !g_file_test (dotgit, G_FILE_TEST_EXISTS))
        {
          message = g_strdup_printf (_("“%s” is not a git repository: it has no .git folder. "
                                       "Dojo can start one there for you."), path);
          set_error_with_detail (error, DOJO_REPO_ERROR_NOT_A_REPOSITORY, message, NULL);
        }
      else if (rc == GIT_ENOTFOUND)
        {
          message = g_strdup_printf (_("“%s” has a .git folder, but git does not recognise it "
                                       "as a repository: it is damaged or incomplete. Your "
                                       "files are still there; run “git status” in the "
                                       "terminal to see more."), path);
          set_error_with_detail (error, DOJO_REPO_ERROR_NOT_A_REPOSITORY, message, detail);
        }
      else if (rc == GIT_EOWNER)
        {
          message = g_strdup_printf (_("“%s” belongs to another user, so git will not work in "
                                       "it. Copy the project into your own folder."), path);
          set_error_with_detail (error, DOJO_REPO_ERROR_FAILED, message, detail);
        }
      else
        {
          g_autofree char *what = g_strdup_printf (_("Could not open the project “%s”"), path);
          set_git_error (NULL, error, rc, what);
        }

      return NULL;
    }

  if ((self = wrap_repository (g_steal_pointer (&repo), error)) == NULL)
    return NULL;

  if (!validate_head (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

static const char default_gitignore[] =
  "# Files Python and its tools make by themselves; they do not belong in git.\n"
  "__pycache__/\n"
  "*.pyc\n"
  ".venv/\n"
  ".mypy_cache/\n"
  ".pytest_cache/\n"
  ".dojo/\n";

/**
 * dojo_repo_init:
 * @directory: the project folder (created if needed)
 *
 * Makes @directory a git repository whose first branch is “main”, and writes
 * a .gitignore for Python's generated files unless one exists. Makes no
 * commit. On a folder that already is a repository, opens it.
 *
 * Returns: (transfer full): the repository, or %NULL with @error set
 */
DojoRepo *
dojo_repo_init (GFile   *directory,
                GError **error)
{
  git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  g_autoptr(git_repository) repo = NULL;
  g_autofree char *path = NULL;
  g_autofree char *ignore = NULL;
  int rc;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  path = g_file_get_path (directory);
  g_return_val_if_fail (path != NULL, NULL);

  opts.flags = GIT_REPOSITORY_INIT_MKPATH;
  opts.initial_head = "main";

  g_mutex_lock (&config_lock);
  sync_search_paths ();
  rc = git_repository_init_ext (&repo, path, &opts);
  g_mutex_unlock (&config_lock);

  if (rc < 0)
    {
      g_autofree char *what = g_strdup_printf (_("Could not start a git repository in “%s”"),
                                               path);
      set_git_error (NULL, error, rc, what);
      return NULL;
    }

  ignore = g_build_filename (path, ".gitignore", NULL);
  if (!g_file_test (ignore, G_FILE_TEST_EXISTS)
      && !g_file_set_contents (ignore, default_gitignore, -1, error))
    return NULL;

  g_clear_pointer (&repo, git_repository_free);

  return open_path (path, error);
}

/**
 * dojo_repo_open:
 * @directory: the project folder
 *
 * Opens the repository of @directory itself: a folder inside some other
 * repository is not taken for that one.
 *
 * Returns: (transfer full): the repository, or %NULL with @error set
 */
DojoRepo *
dojo_repo_open (GFile   *directory,
                GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (directory), NULL);

  path = g_file_get_path (directory);
  g_return_val_if_fail (path != NULL, NULL);

  return open_path (path, error);
}

/**
 * dojo_repo_get_directory:
 *
 * Returns: (transfer none): the project folder
 */
GFile *
dojo_repo_get_directory (DojoRepo *self)
{
  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  return self->directory;
}

/**
 * dojo_repo_get_git_directory:
 *
 * Returns: (transfer none): the .git folder
 */
GFile *
dojo_repo_get_git_directory (DojoRepo *self)
{
  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  return self->git_directory;
}

/* HEAD */

gboolean
dojo_repo_is_detached (DojoRepo *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  return git_repository_head_detached (self->repo) == 1;
}

/**
 * dojo_repo_get_current_branch:
 *
 * Returns: (transfer full) (nullable): the branch HEAD is on (also before
 *   the first commit), or %NULL when HEAD is detached
 */
char *
dojo_repo_get_current_branch (DojoRepo *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_reference) head = NULL;
  const char *target;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (git_reference_lookup (&head, self->repo, "HEAD") < 0
      || git_reference_type (head) != GIT_REFERENCE_SYMBOLIC)
    return NULL;

  target = git_reference_symbolic_target (head);
  if (g_str_has_prefix (target, "refs/heads/"))
    return g_strdup (target + strlen ("refs/heads/"));

  return NULL;
}

/**
 * dojo_repo_get_head_id:
 *
 * Returns: (transfer full) (nullable): the id of the last commit, or %NULL
 *   before the first one
 */
char *
dojo_repo_get_head_id (DojoRepo *self)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  git_oid oid;

  g_return_val_if_fail (DOJO_IS_REPO (self), NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (git_reference_name_to_id (&oid, self->repo, "HEAD") < 0)
    return NULL;

  return g_strdup (git_oid_tostr_s (&oid));
}

/* Identity */

static char *
config_get (git_config *config,
            const char *key)
{
  g_auto(git_buf) buf = GIT_BUF_INIT;
  g_autofree char *value = NULL;

  if (git_config_get_string_buf (&buf, config, key) < 0)
    {
      git_error_clear ();
      return NULL;
    }

  value = g_strstrip (g_strdup (buf.ptr));
  if (*value == '\0')
    return NULL;

  return g_steal_pointer (&value);
}

/**
 * dojo_repo_get_identity:
 * @self: (nullable): a repository, whose own config comes first
 * @name: (out) (optional): user.name
 * @email: (out) (optional): user.email
 *
 * Reads the identity git signs commits with, from the same files `git`
 * reads: the repository's config, ~/.gitconfig and ~/.config/git/config.
 *
 * Returns: %TRUE if both name and email are set
 */
gboolean
dojo_repo_get_identity (DojoRepo  *self,
                        char     **name,
                        char     **email)
{
  g_autoptr(git_config) config = NULL;
  g_autofree char *found_name = NULL;
  g_autofree char *found_email = NULL;
  int rc;

  g_return_val_if_fail (self == NULL || DOJO_IS_REPO (self), FALSE);

  g_mutex_lock (&config_lock);
  sync_search_paths ();
  rc = git_config_open_default (&config);
  g_mutex_unlock (&config_lock);

  if (rc == 0 && self != NULL)
    {
      g_autofree char *local = g_build_filename (self->gitdir, "config", NULL);

      if (g_file_test (local, G_FILE_TEST_EXISTS)
          && git_config_add_file_ondisk (config, local, GIT_CONFIG_LEVEL_LOCAL, NULL, 0) < 0)
        git_error_clear ();
    }

  if (rc == 0)
    {
      found_name = config_get (config, "user.name");
      found_email = config_get (config, "user.email");
    }
  else
    git_error_clear ();

  if (name != NULL)
    *name = g_strdup (found_name);
  if (email != NULL)
    *email = g_strdup (found_email);

  return found_name != NULL && found_email != NULL;
}

/**
 * dojo_repo_set_global_identity:
 *
 * Writes user.name and user.email to ~/.gitconfig, so that `git` in the
 * terminal signs commits the way Dojo does.
 */
gboolean
dojo_repo_set_global_identity (const char  *name,
                               const char  *email,
                               GError     **error)
{
  g_autoptr(git_config) config = NULL;
  g_autofree char *path = NULL;
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_email = NULL;
  int rc;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (email != NULL, FALSE);

  clean_name = g_strstrip (g_strdup (name));
  clean_email = g_strstrip (g_strdup (email));

  if (*clean_name == '\0' || strpbrk (clean_name, "<>\n") != NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME,
                           _("Enter your name, without “<”, “>” or line breaks."));
      return FALSE;
    }

  if (*clean_email == '\0' || strpbrk (clean_email, "<> \n") != NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_INVALID_NAME,
                           _("Enter an email address, like “ada@example.org”, without "
                             "spaces."));
      return FALSE;
    }

  g_mutex_lock (&config_lock);
  sync_search_paths ();
  path = dojo_repo_dup_global_config_path ();
  {
    g_autofree char *dir = g_path_get_dirname (path);

    g_mkdir_with_parents (dir, 0700);
  }
  rc = git_config_open_ondisk (&config, path);
  if (rc == 0)
    rc = git_config_set_string (config, "user.name", clean_name);
  if (rc == 0)
    rc = git_config_set_string (config, "user.email", clean_email);
  g_mutex_unlock (&config_lock);

  if (rc < 0)
    {
      g_autofree char *what = g_strdup_printf (_("Could not save your name and email in “%s”"),
                                               path);
      set_git_error (NULL, error, rc, what);
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_dup_global_config_path:
 *
 * Where the learner's git identity is kept: `~/.gitconfig`, as `git config
 * --global` writes it; but in a Flatpak sandbox the home folder is not
 * kept between runs, so there it is git's XDG file,
 * `$XDG_CONFIG_HOME/git/config`, which is (git reads both).
 *
 * Returns: (transfer full): the path of the global git config file
 */
char *
dojo_repo_dup_global_config_path (void)
{
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return g_build_filename (g_get_user_config_dir (), "git", "config", NULL);

  return g_build_filename (g_get_home_dir (), ".gitconfig", NULL);
}

/* Status and staging */

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

  return status_locked (self, error);
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

static gboolean
stage_locked (DojoRepo            *self,
              const char * const  *paths,
              GError             **error)
{
  g_autoptr(git_index) index = NULL;
  git_strarray spec = { (char **)paths, paths ? g_strv_length ((char **)paths) : 0 };
  int rc;

  if (!check_alive (self, error) || !get_index (self, &index, error))
    return FALSE;

  /* add_all takes new, changed and deleted files alike (one walk of the
   * folder; update_all after it would walk it again to find nothing). */
  if ((rc = git_index_add_all (index, paths ? &spec : NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL)) < 0)
    {
      set_git_error (self, error, rc, _("Could not stage the changes"));
      git_index_read (index, TRUE);
      return FALSE;
    }

  return write_index (self, index, error);
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

  if (!check_alive (self, error) || !get_head_commit (self, &head, error))
    return FALSE;

  spec.strings = (char **)paths;
  spec.count = g_strv_length ((char **)paths);

  if (head == NULL)
    {
      /* Before the first commit, unstaging means forgetting the file. */
      g_autoptr(git_index) index = NULL;

      if (!get_index (self, &index, error))
        return FALSE;

      if ((rc = git_index_remove_all (index, &spec, NULL, NULL)) < 0)
        {
          set_git_error (self, error, rc, _("Could not unstage the files"));
          git_index_read (index, TRUE);
          return FALSE;
        }

      return write_index (self, index, error);
    }

  if ((rc = git_reset_default (self->repo, (git_object *)head, &spec)) < 0)
    {
      set_git_error (self, error, rc, _("Could not unstage the files"));
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
  g_autoptr(GString) text = g_string_new (NULL);
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
          set_git_error (self, error, rc, _("Could not compare the versions"));
          return NULL;
        }

      if (patch == NULL)
        continue;

      delta = git_patch_get_delta (patch);
      file = _dojo_diff_file_new (delta->old_file.path, delta->new_file.path,
                                  status_from_delta (delta->status),
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
              set_git_error (self, error, rc, _("Could not compare the versions"));
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
                  set_git_error (self, error, rc, _("Could not compare the versions"));
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
          set_git_error (self, error, rc, _("Could not compare the versions"));
          return NULL;
        }
      g_string_append_len (text, buf.ptr, buf.size);
    }

  return _dojo_diff_new (g_steal_pointer (&files),
                         g_string_free (g_steal_pointer (&text), FALSE));
}

static gboolean
commit_tree (DojoRepo    *self,
             git_commit  *commit,
             git_tree   **out,
             GError     **error)
{
  int rc;

  *out = NULL;

  if (commit == NULL)
    return TRUE;

  if ((rc = git_commit_tree (out, commit)) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the files of a commit"));
      return FALSE;
    }

  return TRUE;
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
  int rc;

  if (!check_alive (self, error))
    return NULL;

  if (from != NULL)
    {
      if (!resolve_commit (self, from, &old_commit, error))
        return NULL;
    }
  else if (!get_head_commit (self, &old_commit, error))
    return NULL;

  if (!commit_tree (self, old_commit, &old_tree, error))
    return NULL;

  if (to == NULL)
    {
      opts.flags = (GIT_DIFF_INCLUDE_UNTRACKED |
                    GIT_DIFF_RECURSE_UNTRACKED_DIRS |
                    GIT_DIFF_SHOW_UNTRACKED_CONTENT);
      rc = git_diff_tree_to_workdir_with_index (&diff, self->repo, old_tree, &opts);
    }
  else
    {
      if (!resolve_commit (self, to, &new_commit, error)
          || !commit_tree (self, new_commit, &new_tree, error))
        return NULL;

      rc = git_diff_tree_to_tree (&diff, self->repo, old_tree, new_tree, &opts);
      if (rc == 0)
        rc = git_diff_find_similar (diff, NULL);
    }

  if (rc < 0)
    {
      set_git_error (self, error, rc, _("Could not compare the versions"));
      return NULL;
    }

  return convert_diff (self, diff, error);
}

/**
 * dojo_repo_diff:
 * @from: (nullable): a commit (id, short id, branch…); %NULL for the last commit
 * @to: (nullable): a commit; %NULL for the files in the project folder now,
 *   new (untracked) files included as additions
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

static gboolean
require_identity (DojoRepo       *self,
                  git_signature **out,
                  GError        **error)
{
  g_autofree char *name = NULL;
  g_autofree char *email = NULL;
  int rc;

  if (!dojo_repo_get_identity (self, &name, &email))
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NO_IDENTITY,
                           _("Git needs your name and email to sign your commits, and they "
                             "are not set yet. Enter them once; they are saved in "
                             "~/.gitconfig, where the git command finds them too."));
      return FALSE;
    }

  if ((rc = git_signature_now (out, name, email)) < 0)
    {
      g_autofree char *detail = g_strdup (last_git_detail ());

      set_error_with_detail (error, DOJO_REPO_ERROR_NO_IDENTITY,
                             _("Your name or email in ~/.gitconfig cannot sign a commit. "
                               "Enter them again."),
                             detail);
      return FALSE;
    }

  return TRUE;
}

static char *
create_commit (DojoRepo       *self,
               const git_oid  *tree_oid,
               git_commit     *parent,
               git_signature  *signature,
               const char     *message,
               GError        **error)
{
  g_autoptr(git_tree) tree = NULL;
  g_auto(git_buf) clean = GIT_BUF_INIT;
  const git_commit *parents[1] = { parent };
  git_oid oid;
  int rc;

  /* As `git commit -m` does: trailing spaces and blank lines go, "#" stays. */
  if ((rc = git_message_prettify (&clean, message, FALSE, '#')) < 0
      || (rc = git_tree_lookup (&tree, self->repo, tree_oid)) < 0
      || (rc = git_commit_create (&oid, self->repo, "HEAD", signature, signature, NULL,
                                  clean.ptr, tree, parent ? 1 : 0, parents)) < 0)
    {
      set_git_error (self, error, rc, _("Could not save the commit"));
      return NULL;
    }

  return g_strdup (git_oid_tostr_s (&oid));
}

static char *
commit_locked (DojoRepo        *self,
               const char      *message,
               DojoCommitMode   mode,
               GError         **error)
{
  g_autoptr(git_signature) signature = NULL;
  g_autoptr(git_commit) parent = NULL;
  g_autoptr(git_index) index = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (message));
  git_oid tree_oid;
  gboolean unchanged;
  int rc;

  if (!check_alive (self, error))
    return NULL;

  if (!check_detached (self, _("commit"), error))
    return NULL;

  if (*stripped == '\0')
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("A commit needs a message. Write a few words about what you "
                             "changed."));
      return NULL;
    }

  if (!require_identity (self, &signature, error)
      || !get_head_commit (self, &parent, error)
      || !get_index (self, &index, error))
    return NULL;

  if (git_index_has_conflicts (index))
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("Some files still have merge conflicts. Fix them, stage them, "
                             "and commit again."));
      return NULL;
    }

  if (mode == DOJO_COMMIT_ALL)
    {
      /* as in stage_locked(): one walk takes new, changed and deleted files */
      if ((rc = git_index_add_all (index, NULL, GIT_INDEX_ADD_DEFAULT, NULL, NULL)) < 0)
        {
          set_git_error (self, error, rc, _("Could not stage the changes"));
          git_index_read (index, TRUE);
          return NULL;
        }
    }

  if ((rc = git_index_write_tree (&tree_oid, index)) < 0)
    {
      set_git_error (self, error, rc, _("Could not save the files for the commit"));
      git_index_read (index, TRUE);
      return NULL;
    }

  if (parent != NULL)
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
  if (mode == DOJO_COMMIT_ALL && !write_index (self, index, error))
    return NULL;

  return create_commit (self, &tree_oid, parent, signature, message, error);
}

/**
 * dojo_repo_commit:
 * @message: what changed, in the learner's words
 * @mode: everything, or only what is staged
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
  g_return_val_if_fail (message != NULL, NULL);

  locker = g_rec_mutex_locker_new (&self->lock);

  return commit_locked (self, message, mode, error);
}

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

  if (!commit_tree (self, parent, &old_tree, error)
      || !commit_tree (self, commit, &new_tree, error))
    return FALSE;

  if ((rc = git_diff_tree_to_tree (out, self->repo, old_tree, new_tree, NULL)) < 0
      || (rc = git_diff_find_similar (*out, NULL)) < 0)
    goto failed;

  return TRUE;

failed:
  set_git_error (self, error, rc, _("Could not read the files of a commit"));
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

  tz = g_time_zone_new_offset (author->when.offset * 60);
  utc = g_date_time_new_from_unix_utc (author->when.time);
  if (utc != NULL)
    info->time = g_date_time_to_timezone (utc, tz);

  if (!count_commit_changes (self, commit, &diff, error))
    return NULL;
  info->files_changed = git_diff_num_deltas (diff);

  return g_steal_pointer (&info);
}

static GPtrArray *
log_locked (DojoRepo  *self,
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

  if (!check_alive (self, error))
    return NULL;

  if ((rc = git_repository_head_unborn (self->repo)) == 1)
    return g_steal_pointer (&commits);

  if (rc < 0
      || (rc = git_revwalk_new (&walk, self->repo)) < 0
      /* GIT_SORT_NONE is git's own order; GIT_SORT_TIME sorts commits made
       * in the same second in no particular order, even on a straight line. */
      || (rc = git_revwalk_sorting (walk, GIT_SORT_NONE)) < 0
      || (rc = git_revwalk_push_head (walk)) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the history"));
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
      set_git_error (self, error, rc, _("Could not read the history"));
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

  return log_locked (self, offset, limit, error);
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

  if (!commit_tree (self, commit, &tree, error))
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
      set_git_error (self, error, rc, _("Could not read the files of a commit"));
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

  if (!check_alive (self, error)
      || !resolve_commit (self, commit, &found, error)
      || !lookup_file_in_commit (self, found, commit, path, &entry, error))
    return NULL;

  if ((rc = git_blob_lookup (&blob, self->repo, git_tree_entry_id (entry))) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the file from the history"));
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

  if (!check_alive (self, error)
      || !resolve_commit (self, commit, &found, error)
      || !count_commit_changes (self, found, &diff, error))
    return NULL;

  n = git_diff_num_deltas (diff);
  changes = g_ptr_array_new_full (n, (GDestroyNotify)dojo_file_change_free);

  for (size_t i = 0; i < n; i++)
    {
      const git_diff_delta *delta = git_diff_get_delta (diff, i);
      DojoFileStatus status = status_from_delta (delta->status);
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

  if (!check_alive (self, error)
      || !resolve_commit (self, commit, &found, error)
      || !lookup_file_in_commit (self, found, commit, path, &entry, error))
    return FALSE;

  rc = git_status_file (&flags, self->repo, path);
  if (rc == GIT_ENOTFOUND)
    flags = GIT_STATUS_CURRENT;
  else if (rc < 0)
    {
      set_git_error (self, error, rc, _("Could not check the file for changes"));
      return FALSE;
    }

  /* A file that is missing, or unchanged since the last commit, holds
   * nothing that restoring could lose. */
  if (!force
      && (flags & ~(GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED | GIT_STATUS_IGNORED)) != 0)
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new ();

      g_ptr_array_add (list, (char *)path);
      set_uncommitted_error (error, list, _("restoring it"));
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
      set_git_error (self, error, rc, _("Could not restore the file"));
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

  if (!check_alive (self, error)
      || !resolve_commit (self, commit, &target, error)
      || !get_head_commit (self, &head, error))
    return NULL;

  if (mode == DOJO_RESTORE_AS_NEW_COMMIT
      && (!check_detached (self, _("restore an old version as a new commit"), error)
          || !require_identity (self, &signature, error)))
    return NULL;

  if ((dirty = dirty_paths_locked (self, error)) == NULL)
    return NULL;

  if (dirty->len > 0 && !force)
    {
      set_uncommitted_error (error, dirty, _("restoring that version"));
      return NULL;
    }

  if (!safe_checkout (self, target, force, _("restoring that version"), error))
    return NULL;

  if (mode == DOJO_RESTORE_CHECKOUT)
    {
      if ((rc = git_repository_set_head_detached (self->repo, git_commit_id (target))) < 0)
        {
          set_git_error (self, error, rc, _("Could not switch to that version"));
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

  return create_commit (self, git_commit_tree_id (target), head, signature, message, error);
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

  if (!check_alive (self, error))
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
  set_git_error (self, error, rc, _("Could not list the branches"));
  return NULL;
}

static gboolean
lookup_branch (DojoRepo       *self,
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
      set_git_error (self, error, rc, _("Could not read the branch"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_branch_name (const char  *name,
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

  if (!check_alive (self, error) || !check_branch_name (name, error)
      || !get_head_commit (self, &head, error))
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
    return check_branch_name ("", error);
  else if (rc < 0)
    {
      set_git_error (self, error, rc, _("Could not create the branch"));
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

  if (!check_alive (self, error) || !lookup_branch (self, name, &ref, error))
    return FALSE;

  if (git_branch_is_head (ref) == 1)
    return TRUE;

  if ((rc = git_commit_lookup (&tip, self->repo, git_reference_target (ref))) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the branch"));
      return FALSE;
    }

  doing = g_strdup_printf (_("switching to “%s”"), name);
  if (!safe_checkout (self, tip, FALSE, doing, error))
    return FALSE;

  if ((rc = git_repository_set_head (self->repo, git_reference_name (ref))) < 0)
    {
      set_git_error (self, error, rc, _("Could not switch branches"));
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

  if (!check_alive (self, error) || !lookup_branch (self, name, &ref, error))
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

      if (!get_head_commit (self, &head, error))
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
      set_git_error (self, error, rc, _("Could not delete the branch"));
      return FALSE;
    }

  return TRUE;
}

/**
 * dojo_repo_merge_branch:
 *
 * Brings the commits of @name into the current branch when that only means
 * moving forward (a fast-forward). Anything else is refused with
 * DOJO_REPO_ERROR_NOT_FAST_FORWARD: a real merge is for the terminal.
 */
gboolean
dojo_repo_merge_branch (DojoRepo    *self,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(GRecMutexLocker) locker = NULL;
  g_autoptr(git_reference) ref = NULL;
  g_autoptr(git_reference) head_ref = NULL;
  g_autoptr(git_reference) moved = NULL;
  g_autoptr(git_commit) head = NULL;
  g_autoptr(git_commit) tip = NULL;
  g_autofree char *current = NULL;
  g_autofree char *doing = NULL;
  g_autofree char *log_message = NULL;
  const git_oid *tip_id;
  int rc;

  g_return_val_if_fail (DOJO_IS_REPO (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  locker = g_rec_mutex_locker_new (&self->lock);

  if (!check_alive (self, error)
      || !check_detached (self, _("merge a branch"), error)
      || !lookup_branch (self, name, &ref, error)
      || !get_head_commit (self, &head, error))
    return FALSE;

  tip_id = git_reference_target (ref);
  current = dojo_repo_get_current_branch (self);

  if (head == NULL)
    {
      g_set_error_literal (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_FAILED,
                           _("This branch has no commits yet, so there is nothing to merge "
                             "into. Switch to the other branch instead."));
      return FALSE;
    }

  /* Already contained: nothing to do. */
  if (git_oid_equal (tip_id, git_commit_id (head))
      || git_graph_descendant_of (self->repo, git_commit_id (head), tip_id) == 1)
    return TRUE;

  if (git_graph_descendant_of (self->repo, tip_id, git_commit_id (head)) != 1)
    {
      g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_NOT_FAST_FORWARD,
                   _("“%s” and “%s” both have new commits since they split, so Dojo cannot "
                     "simply move “%s” forward. Combine them in the terminal with "
                     "“git merge %s”."),
                   current, name, current, name);
      return FALSE;
    }

  if ((rc = git_commit_lookup (&tip, self->repo, tip_id)) < 0)
    {
      set_git_error (self, error, rc, _("Could not read the branch"));
      return FALSE;
    }

  doing = g_strdup_printf (_("merging “%s”"), name);
  if (!safe_checkout (self, tip, FALSE, doing, error))
    return FALSE;

  log_message = g_strdup_printf ("merge %s: Fast-forward", name);
  if ((rc = git_repository_head (&head_ref, self->repo)) < 0
      || (rc = git_reference_set_target (&moved, head_ref, tip_id, log_message)) < 0)
    {
      set_git_error (self, error, rc, _("Could not move the branch forward"));
      return FALSE;
    }

  return TRUE;
}

/* Async: each slow call runs its sync twin in a worker thread. */

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
