/* dojo-vcs-util.h: small helpers shared by the version control widgets
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-diff.h"
#include "dojo-repo.h"

G_BEGIN_DECLS

/* How much of a big change the version control windows show: a list of
 * 20,000 rows or the text of a 20,000-file patch takes GTK seconds to lay
 * out (measured: bench/bench-git-ui.c), and no one reads that far. The rest
 * is summed up in one row or line; it is all committed all the same. */
#define DOJO_VCS_SHOWN_FILES      200
#define DOJO_VCS_SHOWN_PATCH_SIZE (256 * 1024)


char       *_dojo_vcs_relative_time   (GDateTime      *time);
const char *_dojo_vcs_status_label    (DojoFileStatus  status);
const char *_dojo_vcs_status_icon     (DojoFileStatus  status);
const char *_dojo_vcs_status_class    (DojoFileStatus  status);
GtkWidget  *_dojo_vcs_file_row_new    (const char     *path,
                                       DojoFileStatus  status);
gboolean    _dojo_vcs_file_has_markers (const DojoDiffFile *file);
GtkWidget  *_dojo_vcs_diff_file_row_new (const DojoDiffFile *file);
char       *_dojo_vcs_default_branch  (DojoRepo       *repo);
char       *_dojo_vcs_pick_default_branch (GPtrArray  *branches);
gboolean    _dojo_vcs_is_cancelled    (const GError   *error);
GtkWidget  *_dojo_vcs_more_files_row_new (guint        n_more);
void        _dojo_vcs_list_box_clear  (GtkListBox     *list);
gboolean    _dojo_vcs_patch_text_full (const GString *text,
                                       guint          n_files);
void        _dojo_vcs_patch_text_finish (GString      *text,
                                         guint         n_hidden_files);
GtkWindow  *_dojo_vcs_window_for      (GtkWidget      *widget);

G_END_DECLS
