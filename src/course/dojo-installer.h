/* dojo-installer.h: installing, updating and removing a learner's packs
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dojo-install-preview.h"
#include "dojo-pack.h"
#include "dojo-progress.h"

G_BEGIN_DECLS

#define DOJO_INSTALLER_ERROR (dojo_installer_error_quark ())

typedef enum
{
  DOJO_INSTALLER_ERROR_FAILED,        /* I/O and everything else */
  DOJO_INSTALLER_ERROR_INVALID_PACK,  /* the pack does not validate; the message lists why */
  DOJO_INSTALLER_ERROR_BUILTIN,       /* it has the id of the course that ships with Dojo */
  DOJO_INSTALLER_ERROR_DOWNGRADE,     /* older than the installed version (see FORCE) */
  DOJO_INSTALLER_ERROR_NOT_INSTALLED, /* remove: no such installed pack */
} DojoInstallerError;

typedef enum
{
  DOJO_INSTALL_FLAGS_NONE  = 0,
  /* Install an older version over a newer one. */
  DOJO_INSTALL_FLAGS_FORCE = 1 << 0,
} DojoInstallFlags;

GQuark               dojo_installer_error_quark        (void);

DojoInstallPreview  *dojo_installer_inspect            (GFile                *archive,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
void                 dojo_installer_inspect_async      (GFile                *archive,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
DojoInstallPreview  *dojo_installer_inspect_finish     (GAsyncResult         *result,
                                                        GError              **error);

DojoPack            *dojo_installer_install            (GFile                *archive,
                                                        DojoInstallFlags      flags,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
void                 dojo_installer_install_async      (GFile                *archive,
                                                        DojoInstallFlags      flags,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
DojoPack            *dojo_installer_install_finish     (GAsyncResult         *result,
                                                        GError              **error);

gboolean             dojo_installer_remove             (const char           *pack_id,
                                                        gboolean              remove_projects,
                                                        GCancellable         *cancellable,
                                                        GError              **error);
void                 dojo_installer_remove_async       (const char           *pack_id,
                                                        gboolean              remove_projects,
                                                        GCancellable         *cancellable,
                                                        GAsyncReadyCallback   callback,
                                                        gpointer              user_data);
gboolean             dojo_installer_remove_finish      (GAsyncResult         *result,
                                                        GError              **error);

gboolean             dojo_installer_recover            (GError              **error);

char               **dojo_installer_changed_exercises  (DojoPack             *pack,
                                                        DojoProgress         *progress);
guint                dojo_installer_get_revision       (DojoPack             *pack,
                                                        DojoPackItem         *item);

G_END_DECLS
