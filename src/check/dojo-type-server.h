/* dojo-type-server.h: the type checker kept warm for live guidance
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define DOJO_TYPE_SERVER_ERROR (dojo_type_server_error_quark ())

typedef enum
{
  DOJO_TYPE_SERVER_ERROR_MYPY_MISSING,  /* mypy is not installed: no type checks */
  DOJO_TYPE_SERVER_ERROR_BACKING_OFF,   /* it stopped lately; not restarted yet */
  DOJO_TYPE_SERVER_ERROR_FAILED,        /* it stopped, or answered with an error */
} DojoTypeServerError;

#define DOJO_TYPE_TYPE_SERVER (dojo_type_server_get_type ())

G_DECLARE_FINAL_TYPE (DojoTypeServer, dojo_type_server, DOJO, TYPE_SERVER, GObject)

GQuark          dojo_type_server_error_quark    (void);
DojoTypeServer *dojo_type_server_new            (const char          *python);
DojoTypeServer *dojo_type_server_get_default    (void);
void            dojo_type_server_check_async    (DojoTypeServer      *self,
                                                 JsonObject          *files,
                                                 const char * const  *check,
                                                 const char          *mode,
                                                 GCancellable        *cancellable,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
JsonArray      *dojo_type_server_check_finish   (DojoTypeServer      *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
guint           dojo_type_server_get_n_starts   (DojoTypeServer      *self);
const char     *dojo_type_server_get_identifier (DojoTypeServer      *self);
gboolean        dojo_type_server_get_mypy_missing (DojoTypeServer    *self);

G_END_DECLS
