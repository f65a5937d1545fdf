/* dojo-editor.h: the code editor, editing one of the learner's files
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_EDITOR (dojo_editor_get_type ())

G_DECLARE_FINAL_TYPE (DojoEditor, dojo_editor, DOJO, EDITOR, GtkWidget)

GtkWidget       *dojo_editor_new          (void);
gboolean         dojo_editor_load         (DojoEditor           *self,
                                           GFile                *file,
                                           GError              **error);
GFile           *dojo_editor_get_file     (DojoEditor           *self);
GtkSourceBuffer *dojo_editor_get_buffer   (DojoEditor           *self);
GtkSourceView   *dojo_editor_get_view     (DojoEditor           *self);
char            *dojo_editor_dup_text     (DojoEditor           *self);
gboolean         dojo_editor_get_modified (DojoEditor           *self);
gboolean         dojo_editor_get_out_of_step (DojoEditor        *self);
const char      *dojo_editor_get_recovered_path (DojoEditor     *self);
void             dojo_editor_sync_with_disk (DojoEditor         *self);
void             dojo_editor_follow_rename (DojoEditor          *self,
                                           GFile                *file);
gboolean         dojo_editor_save         (DojoEditor           *self,
                                           GError              **error);
void             dojo_editor_save_async   (DojoEditor           *self,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
gboolean         dojo_editor_save_finish  (DojoEditor           *self,
                                           GAsyncResult         *result,
                                           GError              **error);
void             dojo_editor_go_to_line   (DojoEditor           *self,
                                           guint                 line);
double           dojo_editor_get_zoom     (DojoEditor           *self);
void             dojo_editor_set_zoom     (DojoEditor           *self,
                                           double                zoom);

G_END_DECLS
