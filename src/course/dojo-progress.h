/* dojo-progress.h: what a learner has seen, tried and passed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DOJO_PROGRESS_ERROR (dojo_progress_error_quark ())

typedef enum
{
  DOJO_PROGRESS_ERROR_FAILED, /* the file could not be read or written */
} DojoProgressError;

/* Ordered: a status never goes back. */
typedef enum
{
  DOJO_PROGRESS_NONE,
  DOJO_PROGRESS_SEEN,
  DOJO_PROGRESS_STARTED,
  DOJO_PROGRESS_PASSED,
} DojoProgressStatus;

/* What dojo_progress_load() had to do about a damaged file. */
typedef enum
{
  DOJO_PROGRESS_RECOVERY_NONE,         /* the file was fine (or there was none yet) */
  DOJO_PROGRESS_RECOVERY_FROM_BACKUP,  /* damaged; the last good copy was used */
  DOJO_PROGRESS_RECOVERY_RESET,        /* damaged, and no good copy: starting afresh */
} DojoProgressRecovery;

#define DOJO_TYPE_PROGRESS (dojo_progress_get_type ())

G_DECLARE_FINAL_TYPE (DojoProgress, dojo_progress, DOJO, PROGRESS, GObject)

GQuark              dojo_progress_error_quark        (void);
DojoProgress       *dojo_progress_new                (void);
DojoProgress       *dojo_progress_new_for_file       (GFile                 *file);
GFile              *dojo_progress_get_file           (DojoProgress          *self);
gboolean            dojo_progress_load               (DojoProgress          *self,
                                                      DojoProgressRecovery  *recovery,
                                                      GError               **error);
gboolean            dojo_progress_save               (DojoProgress          *self,
                                                      GError               **error);
const char         *dojo_progress_get_damaged_path   (DojoProgress          *self);

DojoProgressStatus  dojo_progress_get_status         (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
void                dojo_progress_mark_seen          (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
void                dojo_progress_record_attempt     (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
void                dojo_progress_record_hint        (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
void                dojo_progress_mark_passed        (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id,
                                                      guint                  revision);
guint               dojo_progress_get_attempts       (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
guint               dojo_progress_get_hints_used     (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
GDateTime          *dojo_progress_get_passed_at      (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
guint               dojo_progress_get_revision_passed (DojoProgress         *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
void                dojo_progress_record_quiz_score  (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id,
                                                      guint                  score);
int                 dojo_progress_get_quiz_score     (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id,
                                                      gboolean               best);
void                dojo_progress_set_last_item      (DojoProgress          *self,
                                                      const char            *pack_id,
                                                      const char            *item_id);
const char         *dojo_progress_get_last_item      (DojoProgress          *self,
                                                      const char            *pack_id);

G_END_DECLS
