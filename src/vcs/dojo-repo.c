/* dojo-repo.c: a learner's project as a git repository
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The type, errors, opening, HEAD and identity. The other areas live next
 * to it: dojo-repo-changes.c (status, staging, diff, commit),
 * dojo-repo-history.c (log, restore), dojo-repo-branches.c and
 * dojo-repo-async.c; dojo-repo-private.h is what they share.
 */

#define G_LOG_DOMAIN "dojo-repo"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dojo-repo-private.h"

#define MAX_LISTED_FILES 8

/* G_DEFINE_FINAL_TYPE names the instance init dojo_repo_init(), which is
 * the public function that creates a repository; the instance init takes
 * another name while the macro expands. */
#define dojo_repo_init dojo_repo_instance_init
G_DEFINE_FINAL_TYPE (DojoRepo, dojo_repo, G_TYPE_OBJECT)
#undef dojo_repo_init

G_DEFINE_QUARK (dojo-repo-error-quark, dojo_repo_error)

/* libgit2 reads $HOME once, when it starts; tests (and the Flatpak sandbox)
 * may change it later, so the config search paths follow GLib's idea of the
 * home and config dirs, set before anything reads a config. */
static GMutex config_lock;
static char *search_home;
static char *search_xdg;

/* Loads and starts libgit2 (dojo-git-api.c), once. */
static void
ensure_libgit2 (void)
{
  (void)_dojo_git ();
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

void
_dojo_repo_set_error_with_detail (GError     **error,
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

const char *
_dojo_repo_last_git_detail (void)
{
  const git_error *e = git_error_last ();

  return e != NULL && e->message != NULL ? e->message : NULL;
}

gboolean
_dojo_repo_check_alive (DojoRepo  *self,
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

void
_dojo_repo_set_locked_error (DojoRepo    *self,
                             GError     **error,
                             const char  *detail)
{
  g_autofree char *lock = lock_file_from_detail (self, detail);
  g_autofree char *message =
    g_strdup_printf (_("Another git command is working in this project (the file %s exists). "
                       "Wait for it to finish; if none is running, delete that file."),
                     lock);

  _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_LOCKED, message, detail);
}

/* Turns the libgit2 error @rc of "@what" into a DOJO_REPO_ERROR. */
void
_dojo_repo_set_git_error (DojoRepo    *self,
                          GError     **error,
                          int          rc,
                          const char  *what)
{
  const git_error *e = git_error_last ();
  int klass = e != NULL ? e->klass : GIT_ERROR_NONE;
  g_autofree char *detail = g_strdup (_dojo_repo_last_git_detail ());

  if (self != NULL && !_dojo_repo_check_alive (self, error))
    return;

  if (rc == GIT_ELOCKED)
    {
      _dojo_repo_set_locked_error (self, error, detail);
    }
  else if (is_corruption (rc, klass, detail))
    {
      g_autofree char *message =
        g_strdup_printf (_("%s: the project’s history in its .git folder is damaged. Your files "
                           "are still there: copy them somewhere safe, then run “git fsck” in "
                           "the terminal to see what is broken."),
                         what);
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED, message, detail);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("%s."), what);
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_FAILED, message, detail);
    }
}

/* "a.py, b.py and 3 more files" */
char *
_dojo_repo_format_paths (GPtrArray *paths)
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

void
_dojo_repo_set_uncommitted_error (GError     **error,
                                  GPtrArray   *paths,
                                  const char  *doing)
{
  g_autofree char *list = _dojo_repo_format_paths (paths);

  g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_UNCOMMITTED_CHANGES,
               _("You have changes that are not committed yet, and %s would overwrite them: "
                 "%s. Commit them first (or choose to throw them away)."),
               doing, list);
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
gboolean
_dojo_repo_get_head_commit (DojoRepo    *self,
                            git_commit **out,
                            GError     **error)
{
  int rc = git_repository_head_unborn (self->repo);

  *out = NULL;

  if (rc == 1)
    return TRUE;

  if (rc < 0 || (rc = lookup_head_commit (self, out)) < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the last commit (HEAD)"));
      return FALSE;
    }

  return TRUE;
}

gboolean
_dojo_repo_resolve_commit (DojoRepo    *self,
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
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_NOT_FOUND, message,
                                        _dojo_repo_last_git_detail ());
      return FALSE;
    }
  else if (rc < 0)
    {
      _dojo_repo_set_git_error (self, error, rc, _("Could not read that version"));
      return FALSE;
    }

  *out = (git_commit *)g_steal_pointer (&peeled);

  return TRUE;
}

gboolean
_dojo_repo_check_detached (DojoRepo    *self,
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

gboolean
_dojo_repo_commit_tree (DojoRepo    *self,
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
      _dojo_repo_set_git_error (self, error, rc, _("Could not read the files of a commit"));
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
      g_autofree char *detail = g_strdup (_dojo_repo_last_git_detail ());
      g_autofree char *message =
        g_strdup_printf (_("The project “%s” cannot be opened: its .git/HEAD file is damaged. "
                           "Your files are still there; run “git fsck” in the terminal to see "
                           "what is broken."),
                         self->workdir);

      if (e != NULL && e->klass == GIT_ERROR_REFERENCE && rc == GIT_ELOCKED)
        _dojo_repo_set_locked_error (self, error, detail);
      else
        _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED, message, detail);
      return FALSE;
    }

  return TRUE;
}

/* The repository of @path itself, not one of a folder above it. */
static int
open_repository (git_repository **out,
                 const char      *path)
{
  int rc;

  g_mutex_lock (&config_lock);
  sync_search_paths ();
  rc = git_repository_open_ext (out, path, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
  g_mutex_unlock (&config_lock);

  return rc;
}

static DojoRepo *
open_path (const char  *path,
           GError     **error)
{
  g_autoptr(git_repository) repo = NULL;
  g_autoptr(DojoRepo) self = NULL;
  int rc;

  rc = open_repository (&repo, path);

  if (rc < 0)
    {
      g_autofree char *dotgit = g_build_filename (path, ".git", NULL);
      g_autofree char *detail = g_strdup (_dojo_repo_last_git_detail ());
      g_autofree char *message = NULL;

      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          message = g_strdup_printf (_("The project folder “%s” does not exist: it was moved "
                                       "or deleted outside Dojo."), path);
          _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_GONE, message, NULL);
        }
      else if (rc == GIT_ENOTFOUND && !g_file_test (dotgit, G_FILE_TEST_EXISTS))
        {
          message = g_strdup_printf (_("“%s” is not a git repository: it has no .git folder. "
                                       "Dojo can start one there for you."), path);
          _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_NOT_A_REPOSITORY, message,
                                            NULL);
        }
      else if (rc == GIT_ENOTFOUND)
        {
          message = g_strdup_printf (_("“%s” has a .git folder, but git does not recognise it "
                                       "as a repository: it is damaged or incomplete. Your "
                                       "files are still there; run “git status” in the "
                                       "terminal to see more."), path);
          _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_NOT_A_REPOSITORY, message,
                                            detail);
        }
      else if (rc == GIT_EOWNER)
        {
          message = g_strdup_printf (_("“%s” belongs to another user, so git will not work in "
                                       "it. Copy the project into your own folder."), path);
          _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_FAILED, message, detail);
        }
      else
        {
          g_autofree char *what = g_strdup_printf (_("Could not open the project “%s”"), path);
          _dojo_repo_set_git_error (NULL, error, rc, what);
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

/* A second handle on the repository, for work that needs state of its own
 * (an index that is not the staging area) without changing self->repo's. */
int
_dojo_repo_open_second (DojoRepo        *self,
                        git_repository **out)
{
  return open_repository (out, self->workdir);
}

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
      _dojo_repo_set_git_error (NULL, error, rc, what);
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

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  DojoRepo *repo = dojo_repo_open (task_data, &error);

  if (repo == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, repo, g_object_unref);
}

/**
 * dojo_repo_open_async:
 * @directory: the project folder
 *
 * Opens the repository of @directory in a worker thread, as
 * dojo_repo_open() does. The first repository Dojo opens also loads and
 * starts libgit2 (src/vcs/dojo-git-api.c): its libraries take about 8 ms
 * to load, and its start reads the system's CA bundle, though Dojo never
 * talks to a remote; the window opens its first repository this way, just
 * after its first frame.
 */
void
dojo_repo_open_async (GFile               *directory,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (directory));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, dojo_repo_open_async);
  g_task_set_name (task, "dojo-repo-open");
  g_task_set_task_data (task, g_object_ref (directory), g_object_unref);
  g_task_run_in_thread (task, open_in_thread);
}

/**
 * dojo_repo_open_finish:
 *
 * Returns: (transfer full): the repository, or %NULL with @error set
 */
DojoRepo *
dojo_repo_open_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
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

gboolean
_dojo_repo_require_identity (DojoRepo       *self,
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
      g_autofree char *detail = g_strdup (_dojo_repo_last_git_detail ());

      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_NO_IDENTITY,
                                        _("Your name or email in ~/.gitconfig cannot sign a "
                                          "commit. Enter them again."),
                                        detail);
      return FALSE;
    }

  return TRUE;
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
      _dojo_repo_set_git_error (NULL, error, rc, what);
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

/* Object sizes */

typedef struct
{
  git_odb  *odb;
  guint64   max_object;
  guint64   max_total;
  guint64   total;
  guint     count;
  git_oid   refused;
  guint64   refused_size;
  int       rc;
} SizeWalk;

/* A repository holds at most this many objects: more is not a learner's. */
#define MAX_OBJECTS 200000

static int
check_one_size (const git_oid *id,
                void          *payload)
{
  SizeWalk *walk = payload;
  git_object_t type;
  size_t size;
  int rc;

  /* Only the header is inflated: the size comes before the content. */
  if ((rc = git_odb_read_header (&size, &type, walk->odb, id)) < 0)
    {
      walk->rc = rc;
      return GIT_EUSER;
    }

  walk->count++;
  walk->total += size;
  if (size > walk->max_object || walk->total > walk->max_total || walk->count > MAX_OBJECTS)
    {
      git_oid_cpy (&walk->refused, id);
      walk->refused_size = size;
      return GIT_EUSER;
    }

  return 0;
}

/**
 * dojo_repo_check_object_sizes:
 * @git_directory: a `.git` folder that did not come from this user
 * @max_object_bytes: the largest object accepted, in bytes once inflated
 * @max_total_bytes: the most that all objects together may hold, inflated
 *
 * Reads the header of every object of @git_directory (loose or packed),
 * which gives its size without inflating it, and refuses the repository
 * if an object, their number or their sum is beyond the bounds. A zlib
 * bomb (a small file that inflates to GiBs) is then refused before any
 * other reading of the repository inflates it. The repository is not
 * opened: its config, and other repositories its alternates may name,
 * are not read.
 * Blocking.
 *
 * Returns: %TRUE if every object is within the bounds
 */
gboolean
dojo_repo_check_object_sizes (GFile    *git_directory,
                              guint64   max_object_bytes,
                              guint64   max_total_bytes,
                              GError  **error)
{
  g_autofree char *path = NULL;
  g_autofree char *objects = NULL;
  git_odb_backend *loose = NULL;
  git_odb_backend *packed = NULL;
  SizeWalk walk = { 0 };
  int rc;

  g_return_val_if_fail (G_IS_FILE (git_directory), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_path (git_directory);
  objects = g_build_filename (path, "objects", NULL);
  if (!g_file_test (objects, G_FILE_TEST_IS_DIR))
    return TRUE;

  ensure_libgit2 ();
  /* The two backends by hand: git_odb_open() would follow
   * objects/info/alternates to another repository. */
  if ((rc = git_odb_new (&walk.odb)) < 0 ||
      (rc = git_odb_backend_loose (&loose, objects, -1, 0, 0, 0)) < 0 ||
      (rc = git_odb_add_backend (walk.odb, loose, 2)) < 0 ||
      (rc = git_odb_backend_pack (&packed, objects)) < 0 ||
      (rc = git_odb_add_backend (walk.odb, packed, 1)) < 0)
    {
      g_clear_pointer (&walk.odb, git_odb_free);
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED,
                                        _("The history of this project cannot be read."),
                                        _dojo_repo_last_git_detail ());
      return FALSE;
    }

  walk.max_object = max_object_bytes;
  walk.max_total = max_total_bytes;
  rc = git_odb_foreach (walk.odb, check_one_size, &walk);
  git_odb_free (walk.odb);

  if (rc == GIT_EUSER && walk.rc == 0)
    {
      char id[GIT_OID_HEXSZ + 1];
      g_autofree char *size = g_format_size_full (walk.refused_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *bound = NULL;

      git_oid_tostr (id, sizeof id, &walk.refused);
      if (walk.count > MAX_OBJECTS)
        g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_TOO_LARGE,
                     _("The history of this project has more than %u objects."), MAX_OBJECTS);
      else if (walk.refused_size > max_object_bytes)
        {
          bound = g_format_size_full (max_object_bytes, G_FORMAT_SIZE_IEC_UNITS);
          /* Translators: %s are an object id, its size and the largest size
           * accepted, e.g. "3f2a…, 1.0 GiB, 64.0 MiB". */
          g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_TOO_LARGE,
                       _("The history of this project holds an object (%s) of %s: more "
                         "than the %s a project's file may have."), id, size, bound);
        }
      else
        {
          bound = g_format_size_full (max_total_bytes, G_FORMAT_SIZE_IEC_UNITS);
          g_set_error (error, DOJO_REPO_ERROR, DOJO_REPO_ERROR_TOO_LARGE,
                       _("The history of this project holds more than %s."), bound);
        }
      return FALSE;
    }
  if (rc < 0)
    {
      _dojo_repo_set_error_with_detail (error, DOJO_REPO_ERROR_CORRUPTED,
                                        _("The history of this project is damaged."),
                                        _dojo_repo_last_git_detail ());
      return FALSE;
    }

  return TRUE;
}
