/* dojo-window.h: the main window: lesson, editor and terminal
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-course.h"
#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_WINDOW (dojo_window_get_type ())

G_DECLARE_FINAL_TYPE (DojoWindow, dojo_window, DOJO, WINDOW, AdwApplicationWindow)

DojoWindow     *dojo_window_new             (DojoApplication *application);
DojoEditor     *dojo_window_get_editor      (DojoWindow      *self);
DojoEditorTabs *dojo_window_get_tabs        (DojoWindow      *self);
DojoCourseSession *dojo_window_get_session  (DojoWindow      *self);
DojoTerminal   *dojo_window_get_terminal    (DojoWindow      *self);
DojoLessonView *dojo_window_get_lesson_view (DojoWindow      *self);
DojoProject    *dojo_window_get_project     (DojoWindow      *self);
DojoCourseView *dojo_window_get_course_view (DojoWindow      *self);
DojoCourse     *dojo_window_get_course      (DojoWindow      *self);
DojoPackItem   *dojo_window_get_item        (DojoWindow      *self);
void            dojo_window_add_toast       (DojoWindow      *self,
                                             const char      *text);
void            dojo_window_set_course      (DojoWindow      *self,
                                             DojoCourse      *course);
gboolean        dojo_window_open_course     (DojoWindow      *self,
                                             const char      *pack_id,
                                             DojoProgress    *progress,
                                             GError         **error);
void            dojo_window_install         (DojoWindow      *self,
                                             GFile           *archive);
gboolean        dojo_window_open_item       (DojoWindow      *self,
                                             const char      *item_id,
                                             GError         **error);
gboolean        dojo_window_open_project    (DojoWindow      *self,
                                             DojoProject     *project,
                                             const char      *starter,
                                             GError         **error);

G_END_DECLS
