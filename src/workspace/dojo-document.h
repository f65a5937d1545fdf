/* dojo-document.h: one of the learner's files, loaded and saved safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_DOCUMENT_ERROR (dojo_document_error_quark ())

typedef enum
{
  /* Something else wrote or deleted the file since the document last read
   * or wrote it: saving would throw that away. */
  DOJO_DOCUMENT_ERROR_CHANGED_ON_DISK,
  /* The file holds bytes that are not UTF-8 text. */
  DOJO_DOCUMENT_ERROR_NOT_TEXT,
} DojoDocumentError;

typedef enum
{
  DOJO_DOCUMENT_DISK_SAME,     /* the file holds what the document last read or wrote */
  DOJO_DOCUMENT_DISK_CHANGED,  /* something else wrote it since */
  DOJO_DOCUMENT_DISK_DELETED,  /* it is gone: deleted, or renamed away */
} DojoDocumentDiskState;

#define DOJO_TYPE_DOCUMENT (dojo_document_get_type ())

G_DECLARE_FINAL_TYPE (DojoDocument, dojo_document, DOJO, DOCUMENT, GObject)

GQuark                dojo_document_error_quark  (void);
DojoDocument         *dojo_document_new          (GFile                *file);
GFile                *dojo_document_get_file     (DojoDocument         *self);
char                 *dojo_document_load         (DojoDocument         *self,
                                                  gsize                *length,
                                                  GError              **error);
gboolean              dojo_document_save         (DojoDocument         *self,
                                                  const char           *text,
                                                  gssize                length,
                                                  GError              **error);
void                  dojo_document_save_async   (DojoDocument         *self,
                                                  const char           *text,
                                                  gssize                length,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
gboolean              dojo_document_save_finish  (DojoDocument         *self,
                                                  GAsyncResult         *result,
                                                  GError              **error);
gboolean              dojo_document_overwrite    (DojoDocument         *self,
                                                  const char           *text,
                                                  gssize                length,
                                                  GError              **error);
DojoDocumentDiskState dojo_document_check_disk   (DojoDocument         *self,
                                                  char                **contents,
                                                  gsize                *length,
                                                  GError              **error);
gboolean              dojo_document_matches      (DojoDocument         *self,
                                                  const char           *text,
                                                  gssize                length);
void                  dojo_document_accept       (DojoDocument         *self,
                                                  const char           *contents,
                                                  gssize                length);
void                  dojo_document_set_monitored (DojoDocument        *self,
                                                  gboolean              monitored);

G_END_DECLS
