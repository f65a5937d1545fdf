/* dojo-export.h: a learner's work on a course, in one file for the teacher
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-pack.h"
#include "dojo-progress.h"

G_BEGIN_DECLS

/* The format of the report in a .dojowork file (docs/teachers.md). */
#define DOJO_WORK_FORMAT      1
#define DOJO_WORK_REPORT      "dojowork.json"
#define DOJO_WORK_EXTENSION   ".dojowork"

#define DOJO_EXPORT_ERROR (dojo_export_error_quark ())

typedef enum
{
  DOJO_EXPORT_ERROR_FAILED,      /* I/O and everything else; the message says where */
  DOJO_EXPORT_ERROR_GIT_POINTER, /* a project's .git is a file or a link, not a folder */
  DOJO_EXPORT_ERROR_NO_PACK,     /* no course with that id is here */
  DOJO_EXPORT_ERROR_NOTHING,     /* the learner has not begun the course: nothing to hand in */
} DojoExportError;

GQuark    dojo_export_error_quark      (void);

char     *dojo_export_suggest_name     (DojoPack             *pack);
gboolean  dojo_export_has_work         (DojoPack             *pack,
                                        DojoProgress         *progress);
DojoPack *dojo_export_open_course      (const char           *pack_id,
                                        GError              **error);
GPtrArray *dojo_export_list_begun      (DojoProgress         *progress,
                                        GCancellable         *cancellable);
gboolean  dojo_export_course           (DojoPack             *pack,
                                        DojoProgress         *progress,
                                        GFile                *output,
                                        GError              **error);
void      dojo_export_course_async     (DojoPack             *pack,
                                        DojoProgress         *progress,
                                        GFile                *output,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
gboolean  dojo_export_course_finish    (GAsyncResult         *result,
                                        GError              **error);

G_END_DECLS
