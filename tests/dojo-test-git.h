/* dojo-test-git.h: the real git command and a project's repository, for the tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

#include "dojo-repo.h"
#include "dojo-test-files.h"

/* @name under the per-test data dir that G_TEST_OPTION_ISOLATE_DIRS makes. */
static inline char *
dojo_test_project_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

/* Removes @path and all it holds, as `rm -rf` does. */
static inline void
dojo_test_remove_tree (const char *path)
{
  const char *argv[] = { "rm", "-rf", path, NULL };
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Removes the folder dojo_test_project_path() gives for @name, if it is
 * there. */
static inline void
dojo_test_remove_project (const char *name)
{
  g_autofree char *path = dojo_test_project_path (name);

  dojo_test_remove_tree (path);
}

/* The identity the tests commit with (Ada Lovelace), in the test's own
 * git settings. */
static inline void
dojo_test_set_identity (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dojo_repo_set_global_identity ("Ada Lovelace", "ada@example.org", &error));
  g_assert_no_error (error);
}

/* The environment git runs in: the test's HOME and settings, never the
 * system's, so that what a test sets up (the identity, above all) is what
 * git sees. */
static inline char **
dojo_test_git_environ (void)
{
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "HOME", g_get_home_dir (), TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);

  return env;
}

/* dojo_test_git_environ() in the C locale, and outside any repository the
 * tests are run from (as in a git hook): for tests that hold git's words
 * and output against Dojo's. */
static inline char **
dojo_test_git_environ_c (void)
{
  char **env = dojo_test_git_environ ();

  env = g_environ_setenv (env, "LC_ALL", "C", TRUE);
  env = g_environ_unsetenv (env, "GIT_DIR");
  env = g_environ_unsetenv (env, "GIT_WORK_TREE");
  env = g_environ_unsetenv (env, "GIT_INDEX_FILE");

  return env;
}

/* @first and the arguments after it up to NULL, NULL-terminated, for the
 * functions below that take them as an array. */
static inline GPtrArray *
dojo_test_git_args_valist (const char *first,
                           va_list     ap)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  g_ptr_array_add (args, NULL);

  return args;
}

/* Runs `git ARGS…` in @dir with @env (dojo_test_git_environ() if NULL).
 * What it prints goes to @out and @err, or nowhere where they are NULL.
 *
 * Returns: its wait status, for g_spawn_check_wait_status() */
static inline int
dojo_test_git_run (const char         *dir,
                   char              **env,
                   const char * const *args,
                   char              **out,
                   char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) own_env = env == NULL ? dojo_test_git_environ () : NULL;
  g_autoptr(GError) error = NULL;
  GSpawnFlags flags = G_SPAWN_SEARCH_PATH;
  int status = -1;

  g_ptr_array_add (argv, (char *)"git");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  if (out == NULL)
    flags |= G_SPAWN_STDOUT_TO_DEV_NULL;
  if (err == NULL)
    flags |= G_SPAWN_STDERR_TO_DEV_NULL;

  g_assert_true (g_spawn_sync (dir, (char **)argv->pdata, env != NULL ? env : own_env, flags,
                               NULL, NULL, out, err, &status, &error));
  g_assert_no_error (error);

  return status;
}

/* Runs `git ARGS…` in @dir with @env, its wait status in @status_out if
 * not NULL.
 *
 * Returns: what it printed, or NULL if it failed (its complaint is in the
 * test's log) */
static inline char *
dojo_test_git_try_argv (const char         *dir,
                        char              **env,
                        int                *status_out,
                        const char * const *args)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = dojo_test_git_run (dir, env, args, &out, &err);

  if (status_out != NULL)
    *status_out = status;

  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_test_message ("git %s failed: %s", args[0], err);
      return NULL;
    }

  return g_steal_pointer (&out);
}

/* What `git ARGS…` prints in @dir with @env (dojo_test_git_environ() if
 * NULL); the test fails if git does. */
static inline char *
dojo_test_git_argv (const char         *dir,
                    char              **env,
                    const char * const *args)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = dojo_test_git_run (dir, env, args, &out, &err);

  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("git failed: %s", err);

  return g_steal_pointer (&out);
}

static inline char *dojo_test_git (const char *dir,
                                   ...) G_GNUC_NULL_TERMINATED;

/* What `git …` (the arguments up to NULL) prints in @dir, with the test's
 * HOME; the test fails if git does. */
static inline char *
dojo_test_git (const char *dir,
               ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, dir);
  args = dojo_test_git_args_valist (va_arg (ap, const char *), ap);
  va_end (ap);

  return dojo_test_git_argv (dir, NULL, (const char * const *)args->pdata);
}

static inline char *dojo_test_git_try_c (const char *dir,
                                         int        *status_out,
                                         const char *first,
                                         ...) G_GNUC_NULL_TERMINATED;

/* dojo_test_git_try_argv() with `git FIRST …` (the arguments up to NULL),
 * in dojo_test_git_environ_c(). */
static inline char *
dojo_test_git_try_c (const char *dir,
                     int        *status_out,
                     const char *first,
                     ...)
{
  g_autoptr(GPtrArray) args = NULL;
  g_auto(GStrv) env = dojo_test_git_environ_c ();
  va_list ap;

  va_start (ap, first);
  args = dojo_test_git_args_valist (first, ap);
  va_end (ap);

  return dojo_test_git_try_argv (dir, env, status_out, (const char * const *)args->pdata);
}

static inline int dojo_test_git_status (const char *dir,
                                        ...) G_GNUC_NULL_TERMINATED;

/* Runs `git …` (the arguments up to NULL) in @dir with the test's HOME, as
 * a learner in the Shell would, for a command that may fail; what it prints
 * goes nowhere.
 *
 * Returns: its wait status, for g_spawn_check_wait_status() */
static inline int
dojo_test_git_status (const char *dir,
                      ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, dir);
  args = dojo_test_git_args_valist (va_arg (ap, const char *), ap);
  va_end (ap);

  return dojo_test_git_run (dir, NULL, (const char * const *)args->pdata, NULL, NULL);
}

/* @s, `git …` output, without its final newline. */
static inline char *
dojo_test_chomp (char *s)
{
  gsize len = strlen (s);

  if (len > 0 && s[len - 1] == '\n')
    s[len - 1] = '\0';

  return s;
}

/* The letter `git status --porcelain` shows for @status. */
static inline char
dojo_test_git_status_code (DojoFileStatus status)
{
  switch (status)
    {
    case DOJO_FILE_STATUS_UNCHANGED:  return ' ';
    case DOJO_FILE_STATUS_NEW:        return 'A';
    case DOJO_FILE_STATUS_MODIFIED:   return 'M';
    case DOJO_FILE_STATUS_DELETED:    return 'D';
    case DOJO_FILE_STATUS_RENAMED:    return 'R';
    case DOJO_FILE_STATUS_TYPECHANGE: return 'T';
    case DOJO_FILE_STATUS_CONFLICTED: return 'U';
    default:                          g_assert_not_reached ();
    }
}

/* Dojo's status (the DojoFileChange of dojo_repo_status()) in the form of
 * `git status --porcelain --untracked-files=all`, in Dojo's order. */
static inline char *
dojo_test_git_porcelain (GPtrArray *changes)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      DojoFileChange *c = g_ptr_array_index (changes, i);

      if (c->index_status == DOJO_FILE_STATUS_UNCHANGED
          && c->workdir_status == DOJO_FILE_STATUS_NEW)
        g_string_append_printf (str, "?? %s\n", c->path);
      else if (c->old_path != NULL)
        g_string_append_printf (str, "%c%c %s -> %s\n",
                                dojo_test_git_status_code (c->index_status),
                                dojo_test_git_status_code (c->workdir_status),
                                c->old_path, c->path);
      else
        g_string_append_printf (str, "%c%c %s\n",
                                dojo_test_git_status_code (c->index_status),
                                dojo_test_git_status_code (c->workdir_status), c->path);
    }

  return g_string_free (str, FALSE);
}

static inline int
dojo_test_compare_lines (gconstpointer a,
                         gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The lines of @text that are not empty, sorted, joined by newlines (with
 * none after the last): git and Dojo list files in different orders. */
static inline char *
dojo_test_sorted_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (kept, lines[i]);

  g_ptr_array_sort (kept, dojo_test_compare_lines);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv ("\n", (char **)kept->pdata);
}
