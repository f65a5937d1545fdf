/* dojo-lesson-view.h: the lesson pane, Markdown shown as a readable page
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_LESSON_VIEW (dojo_lesson_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoLessonView, dojo_lesson_view, DOJO, LESSON_VIEW, GtkWidget)

GtkWidget     *dojo_lesson_view_new            (void);
gboolean       dojo_lesson_view_set_markdown   (DojoLessonView  *self,
                                                const char      *markdown,
                                                gssize           length,
                                                GFile           *base_dir,
                                                GError         **error);
gboolean       dojo_lesson_view_load_resource  (DojoLessonView  *self,
                                                const char      *path,
                                                GError         **error);
GtkTextBuffer *dojo_lesson_view_get_buffer     (DojoLessonView  *self);
double         dojo_lesson_view_get_font_scale (DojoLessonView  *self);
void           dojo_lesson_view_set_font_scale (DojoLessonView  *self,
                                                double           font_scale);
void           dojo_lesson_view_set_try_context (DojoLessonView     *self,
                                                 GFile              *code_dir,
                                                 const char * const *packages);

void           dojo_lesson_view_hold_cards      (DojoLessonView     *self,
                                                 gboolean            hold);

G_END_DECLS
