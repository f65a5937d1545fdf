/* dojo-test-tool.h: running the built dojo-pack from a test
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdarg.h>
#include <sys/wait.h>

#include <glib.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static inline void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the built dojo-pack ($DOJO_PACK) with @first (unless NULL) and the
 * arguments of @ap, up to a NULL, in @envp (NULL: this process's); its
 * exit status and output go into @run. */
static inline void
run_tool_va (Run        *run,
             char      **envp,
             const char *first,
             va_list     ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *tool = g_getenv ("DOJO_PACK");
  const char *arg;
  int wait_status = 0;

  g_assert_nonnull (tool);
  g_ptr_array_add (args, (gpointer)tool);
  if (first != NULL)
    g_ptr_array_add (args, (gpointer)first);
  while ((arg = va_arg (ap, const char *)))
    g_ptr_array_add (args, (gpointer)arg);
  g_ptr_array_add (args, NULL);

  run_clear (run);
  g_assert_true (g_spawn_sync (NULL, (char **)args->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
  if (g_test_verbose ())
    g_printerr ("%s%s", run->out, run->err);
}

/* Runs the built dojo-pack with the arguments, NULL-terminated, with this
 * test's own HOME and XDG folders in its environment: the learner's data
 * and what the tool installs are where the test looks for them, as on a
 * lab machine. */
static inline void
run_tool_isolated (Run *run,
                   ...)
{
  g_auto(GStrv) envp = g_get_environ ();
  va_list ap;

  envp = g_environ_setenv (envp, "HOME", g_get_home_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  envp = g_environ_setenv (envp, "XDG_STATE_HOME", g_get_user_state_dir (), TRUE);
  va_start (ap, run);
  run_tool_va (run, envp, NULL, ap);
  va_end (ap);
}
