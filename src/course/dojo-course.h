/* dojo-course.h: a course as one learner takes it: a pack and their progress
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-pack.h"
#include "dojo-pack-item.h"
#include "dojo-progress.h"

G_BEGIN_DECLS

#define DOJO_TYPE_COURSE (dojo_course_get_type ())

G_DECLARE_FINAL_TYPE (DojoCourse, dojo_course, DOJO, COURSE, GObject)

DojoCourse   *dojo_course_new               (DojoPack     *pack,
                                             DojoProgress *progress);
DojoPack     *dojo_course_get_pack          (DojoCourse   *self);
DojoProgress *dojo_course_get_progress      (DojoCourse   *self);
gboolean      dojo_course_is_done           (DojoCourse   *self,
                                             DojoPackItem *item);
gboolean      dojo_course_is_changed        (DojoCourse   *self,
                                             DojoPackItem *item);
guint         dojo_course_count_done        (DojoCourse   *self);
DojoPackItem *dojo_course_get_continue_item (DojoCourse   *self);
DojoPackItem *dojo_course_get_resume_item   (DojoCourse   *self);
void          dojo_course_visit             (DojoCourse   *self,
                                             DojoPackItem *item);
void          dojo_course_record_attempt    (DojoCourse   *self,
                                             DojoPackItem *item);
void          dojo_course_record_hint       (DojoCourse   *self,
                                             DojoPackItem *item);
void          dojo_course_mark_passed       (DojoCourse   *self,
                                             DojoPackItem *item,
                                             guint         revision);
void          dojo_course_record_quiz_score (DojoCourse   *self,
                                             DojoPackItem *item,
                                             guint         score,
                                             gboolean      passed);
GFile        *dojo_course_get_project_dir   (DojoCourse   *self,
                                             DojoPackItem *item);
gboolean      dojo_course_save              (DojoCourse   *self,
                                             GError      **error);

G_END_DECLS
