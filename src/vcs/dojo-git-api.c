/* dojo-git-api.c: libgit2, loaded when Dojo first needs it
 *
 * Why not linked: a linked libgit2 comes with its whole chain (libssh2 and
 * OpenSSL's libcrypto, Kerberos, mbedTLS, http-parser) into every start of
 * Dojo, before the window's first frame, and its start parses the
 * system's CA bundle: about 8 ms and 4 MB for a learner's local repository
 * that never talks to a server (docs/benchmarks.md). Loaded on first use,
 * it comes after the first frame, when the window opens the project's
 * repository. GModule opens it by the soname of the headers Dojo was built
 * with, and every function Dojo calls is looked up at once: a libgit2
 * without one stops Dojo with its name, never with a call through NULL.
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-repo"
#define DOJO_GIT_API_NO_REDIRECT

#include "config.h"

#include <gmodule.h>

#include "dojo-git-api.h"

#define DOJO_GIT_LIBRARY "libgit2.so." LIBGIT2_SOVERSION

DojoGitApi _dojo_git_api;
gpointer   _dojo_git_api_loaded;

static void
load (void)
{
  GModule *module = g_module_open (DOJO_GIT_LIBRARY, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);

  /* Without git, no project can open: what is missing is in the message. */
  if (module == NULL)
    g_error ("Dojo could not load %s, which keeps every project's history: %s",
             DOJO_GIT_LIBRARY, g_module_error ());

#define DOJO_GIT_LOOK_UP(name) \
  if (!g_module_symbol (module, #name, (gpointer *)&_dojo_git_api.name) \
      || _dojo_git_api.name == NULL) \
    g_error ("%s has no function %s, which Dojo needs", DOJO_GIT_LIBRARY, #name);
  DOJO_GIT_FUNCTIONS (DOJO_GIT_LOOK_UP)
#undef DOJO_GIT_LOOK_UP

  /* Never unloaded: its threads and its global state outlive any caller. */
  g_module_make_resident (module);
  _dojo_git_api.git_libgit2_init ();
}

/**
 * _dojo_git_load:
 *
 * Loads and starts libgit2 once, whichever thread asks first; the others
 * wait for it.
 *
 * Returns: the table of its functions
 */
const DojoGitApi *
_dojo_git_load (void)
{
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      load ();
      g_atomic_pointer_set (&_dojo_git_api_loaded, &_dojo_git_api);
      g_once_init_leave (&once, 1);
    }

  return &_dojo_git_api;
}
