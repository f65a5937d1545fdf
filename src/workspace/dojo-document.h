/* dojo-document.h: one of the learner's files, loaded and saved safely
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_DOCUMENT (dojo_document_get_type ())

G_DECLARE_FINAL_TYPE (DojoDocument, dojo_document, DOJO, DOCUMENT, GObject)

DojoDocument *dojo_document_new         (GFile                *file);
GFile        *dojo_document_get_file    (DojoDocument         *self);
char         *dojo_document_load        (DojoDocument         *self,
                                         gsize                *length,
                                         GError              **error);
gboolean      dojo_document_save        (DojoDocument         *self,
                                         const char           *text,
                                         gssize                length,
                                         GError              **error);
void          dojo_document_save_async  (DojoDocument         *self,
                                         const char           *text,
                                         gssize                length,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean      dojo_document_save_finish (DojoDocument         *self,
                                         GAsyncResult         *result,
                                         GError              **error);

G_END_DECLS
