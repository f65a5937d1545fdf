/* dojo-git-api.h: libgit2, called through a table filled when Dojo first
 * needs it
 *
 * Include this, never <git2.h>: after it, a call such as
 * git_commit_free (commit) goes through the table, which loads libgit2 on
 * the first call from any thread (dojo-git-api.c says why it is not linked).
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <git2.h>
#include <git2/sys/repository.h>   /* git_repository_set_index() */

#include "dojo-git-api-table.h"

G_BEGIN_DECLS

typedef struct
{
#define DOJO_GIT_MEMBER(name) __typeof__ (name) *name;
  DOJO_GIT_FUNCTIONS (DOJO_GIT_MEMBER)
#undef DOJO_GIT_MEMBER
} DojoGitApi;

extern DojoGitApi _dojo_git_api;
extern gpointer   _dojo_git_api_loaded;

const DojoGitApi *_dojo_git_load (void);

/* The table, once libgit2 is loaded and started; loads it first if not. */
static inline const DojoGitApi *
_dojo_git (void)
{
  if (G_LIKELY (g_atomic_pointer_get (&_dojo_git_api_loaded) != NULL))
    return &_dojo_git_api;

  return _dojo_git_load ();
}

G_END_DECLS

#ifndef DOJO_GIT_API_NO_REDIRECT
#include "dojo-git-api-redirect.h"
#endif
