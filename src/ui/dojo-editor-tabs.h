/* dojo-editor-tabs.h: the learner's open files, one editor in each tab
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-editor.h"
#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_EDITOR_TABS (dojo_editor_tabs_get_type ())

G_DECLARE_FINAL_TYPE (DojoEditorTabs, dojo_editor_tabs, DOJO, EDITOR_TABS, GtkWidget)

GtkWidget  *dojo_editor_tabs_new             (void);
void        dojo_editor_tabs_set_directory   (DojoEditorTabs       *self,
                                              GFile                *directory);
GFile      *dojo_editor_tabs_get_directory   (DojoEditorTabs       *self);
DojoEditor *dojo_editor_tabs_open            (DojoEditorTabs       *self,
                                              GFile                *file,
                                              gboolean              activate,
                                              GError              **error);
DojoEditor *dojo_editor_tabs_open_at         (DojoEditorTabs       *self,
                                              GFile                *file,
                                              int                   position,
                                              gboolean              activate,
                                              GError              **error);
DojoEditor *dojo_editor_tabs_find            (DojoEditorTabs       *self,
                                              GFile                *file);
DojoEditor *dojo_editor_tabs_get_active      (DojoEditorTabs       *self);
void        dojo_editor_tabs_set_active      (DojoEditorTabs       *self,
                                              DojoEditor           *editor);
GPtrArray  *dojo_editor_tabs_list_editors    (DojoEditorTabs       *self);
guint       dojo_editor_tabs_get_n_editors   (DojoEditorTabs       *self);
gboolean    dojo_editor_tabs_close           (DojoEditorTabs       *self,
                                              DojoEditor           *editor,
                                              GError              **error);
gboolean    dojo_editor_tabs_close_all       (DojoEditorTabs       *self,
                                              GError              **error);
gboolean    dojo_editor_tabs_get_modified    (DojoEditorTabs       *self);
gboolean    dojo_editor_tabs_save_all        (DojoEditorTabs       *self,
                                              GError              **error);
void        dojo_editor_tabs_save_all_async  (DojoEditorTabs       *self,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean    dojo_editor_tabs_save_all_finish (DojoEditorTabs       *self,
                                              GAsyncResult         *result,
                                              GError              **error);
void        dojo_editor_tabs_sync_with_disk  (DojoEditorTabs       *self);
void        dojo_editor_tabs_follow_rename   (DojoEditorTabs       *self,
                                              GFile                *old_file,
                                              GFile                *new_file);
void        dojo_editor_tabs_forget_files    (DojoEditorTabs       *self,
                                              GFile                *file);
gboolean    dojo_editor_tabs_save_files_under (DojoEditorTabs      *self,
                                              GFile                *file,
                                              GError              **error);
double      dojo_editor_tabs_get_zoom        (DojoEditorTabs       *self);
void        dojo_editor_tabs_set_zoom        (DojoEditorTabs       *self,
                                              double                zoom);

G_END_DECLS
