/* dojo-repo-monitor.h: tells when a project's git state may have changed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

#define DOJO_TYPE_REPO_MONITOR (dojo_repo_monitor_get_type ())

G_DECLARE_FINAL_TYPE (DojoRepoMonitor, dojo_repo_monitor, DOJO, REPO_MONITOR, GObject)

DojoRepoMonitor *dojo_repo_monitor_new      (DojoRepo        *repo);
DojoRepo        *dojo_repo_monitor_get_repo (DojoRepoMonitor *self);

G_END_DECLS
