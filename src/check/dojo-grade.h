/* dojo-grade.h: checking a learner's exported work again, on the teacher's side
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "dojo-pack.h"

G_BEGIN_DECLS

#define DOJO_GRADE_ERROR (dojo_grade_error_quark ())

typedef enum
{
  DOJO_GRADE_ERROR_FAILED,              /* I/O and everything else */
  DOJO_GRADE_ERROR_INVALID_SUBMISSION,  /* no report, or not the report Dojo writes */
  DOJO_GRADE_ERROR_WRONG_PACK,          /* work on another course */
} DojoGradeError;

/* One result of one check, as grading counts it. @points is what it is
 * worth (0 for an advisory known mistake, which does not fail the
 * exercise, and for what Dojo adds by itself: a syntax error, a missing
 * program, a time-out, a construct not taught yet); @earned is @points if
 * it passed, else 0. @state is "passed", "failed" or "not-evaluated". */
typedef struct
{
  char     *id;
  char     *title;
  char     *state;
  gboolean  passed;
  guint     points;
  guint     earned;
  char     *message;
} DojoGradeCheck;

/* One exercise or project of one learner. @passed is the verdict of every
 * check of the pack given to grading (hidden ones too), run now on the
 * submitted project; @score and @max are the points of the passed checks
 * and of all of them; @reason (%NULL when it passed) says in one short line
 * why not: the first failing check's title and message. @attempts and
 * @hints_used are what the learner's progress reported; @last_commit (ISO
 * 8601, UTC) and @commit (its full id) are those of the commit graded, or
 * %NULL without one; @exported_at is the export time the submission's
 * report records, @pack_version the version of the pack graded against.
 * @checks holds a DojoGradeCheck per result. */
typedef struct
{
  char      *learner;
  char      *email;
  char      *item_id;
  gboolean   has_project;
  gboolean   passed;
  guint      attempts;
  guint      hints_used;
  char      *last_commit;
  guint      score;
  guint      max;
  char      *reason;
  char      *commit;
  char      *exported_at;
  char      *pack_version;
  GPtrArray *checks;
} DojoGradeRow;

GQuark      dojo_grade_error_quark    (void);
void        dojo_grade_row_free       (DojoGradeRow         *row);
void        dojo_grade_check_free     (DojoGradeCheck       *check);

JsonNode   *dojo_grade_extract        (GFile                *submission,
                                       GFile                *destination,
                                       GCancellable         *cancellable,
                                       GError              **error);
GPtrArray  *dojo_grade_submission     (DojoPack             *pack,
                                       GFile                *submission,
                                       GCancellable         *cancellable,
                                       GError              **error);
GPtrArray  *dojo_grade_submission_in  (DojoPack             *pack,
                                       GFile                *submission,
                                       GFile                *workdir,
                                       GCancellable         *cancellable,
                                       GError              **error);
GPtrArray  *dojo_grade_submission_before (DojoPack           *pack,
                                       GFile                *submission,
                                       GFile                *workdir,
                                       GDateTime            *deadline,
                                       GCancellable         *cancellable,
                                       GError              **error);

JsonNode   *dojo_grade_rows_to_json   (GPtrArray            *rows);
GPtrArray  *dojo_grade_rows_from_json (JsonNode             *node,
                                       GError              **error);

void        dojo_grade_csv_header     (GString              *csv);
void        dojo_grade_csv_rows       (GString              *csv,
                                       GPtrArray            *rows);
void        dojo_grade_csv_field      (GString              *csv,
                                       const char           *value);

GDateTime  *dojo_grade_parse_deadline (const char           *text,
                                       GTimeZone            *zone);
char       *dojo_grade_pack_edition   (GFile                *pack_dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoGradeRow, dojo_grade_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DojoGradeCheck, dojo_grade_check_free)

guint       dojo_grade_report_count  (JsonObject  *object,
                                      const char  *name);

G_END_DECLS
