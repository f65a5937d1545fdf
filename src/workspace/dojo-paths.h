/* dojo-paths.h: where Dojo keeps things on disk
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *dojo_paths_get_data_dir          (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_get_projects_dir      (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_get_trash_pending_dir (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_get_state_dir         (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_get_harness_dir       (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_get_content_dir       (void) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_paths_dup_recovered_path    (GFile *file) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
