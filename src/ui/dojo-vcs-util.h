/* dojo-vcs-util.h: small helpers shared by the version control widgets
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-repo.h"

G_BEGIN_DECLS

char       *_dojo_vcs_relative_time   (GDateTime      *time);
const char *_dojo_vcs_status_label    (DojoFileStatus  status);
const char *_dojo_vcs_status_icon     (DojoFileStatus  status);
const char *_dojo_vcs_status_class    (DojoFileStatus  status);
GtkWidget  *_dojo_vcs_file_row_new    (const char     *path,
                                       DojoFileStatus  status);
char       *_dojo_vcs_default_branch  (DojoRepo       *repo);
char       *_dojo_vcs_file_to_patch   (const DojoDiffFile *file);
gboolean    _dojo_vcs_is_cancelled    (const GError   *error);
void        _dojo_vcs_list_box_clear  (GtkListBox     *list);
GtkWindow  *_dojo_vcs_window_for      (GtkWidget      *widget);

G_END_DECLS
