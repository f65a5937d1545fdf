/* dojo-course-view.h: the learner's map of a course
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dojo-course.h"

G_BEGIN_DECLS

#define DOJO_TYPE_COURSE_VIEW (dojo_course_view_get_type ())

G_DECLARE_FINAL_TYPE (DojoCourseView, dojo_course_view, DOJO, COURSE_VIEW, GtkWidget)

GtkWidget  *dojo_course_view_new              (void);
DojoCourse *dojo_course_view_get_course       (DojoCourseView *self);
void        dojo_course_view_set_course       (DojoCourseView *self,
                                               DojoCourse     *course);
void        dojo_course_view_set_current_item (DojoCourseView *self,
                                               const char     *item_id);
const char *dojo_course_view_get_current_item (DojoCourseView *self);

G_END_DECLS
