/* dojo-git-check-private.h: git checks, evaluated on the learner's repository
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

/* The kinds a git check may `require`, NULL-terminated (docs/checks.md). */
extern const char * const _dojo_git_check_kinds[];

gboolean _dojo_git_check_evaluate (JsonObject    *check,
                                   DojoRepo      *repo,
                                   GFile         *project_dir,
                                   char         **message);

G_END_DECLS
