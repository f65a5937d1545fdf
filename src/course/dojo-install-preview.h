/* dojo-install-preview.h: what installing a .dojopack would do, before it is done
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  DOJO_INSTALL_KIND_NEW,        /* no pack with this id is installed */
  DOJO_INSTALL_KIND_UPDATE,     /* a newer version of an installed pack */
  DOJO_INSTALL_KIND_SAME,       /* the installed version again */
  DOJO_INSTALL_KIND_DOWNGRADE,  /* older than the installed version: refused unless forced */
} DojoInstallKind;

#define DOJO_TYPE_INSTALL_PREVIEW (dojo_install_preview_get_type ())

G_DECLARE_FINAL_TYPE (DojoInstallPreview, dojo_install_preview, DOJO, INSTALL_PREVIEW, GObject)

const char         *dojo_install_preview_get_pack_id           (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_title             (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_description       (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_version           (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_license           (DojoInstallPreview  *self);
const char * const *dojo_install_preview_get_authors           (DojoInstallPreview  *self);
guint               dojo_install_preview_get_n_items           (DojoInstallPreview  *self);
guint64             dojo_install_preview_get_size              (DojoInstallPreview  *self);
DojoInstallKind     dojo_install_preview_get_kind              (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_installed_version (DojoInstallPreview  *self);
guint               dojo_install_preview_get_n_releases        (DojoInstallPreview  *self);
const char         *dojo_install_preview_get_release           (DojoInstallPreview  *self,
                                                                guint                index,
                                                                const char          **date,
                                                                const char * const  **changes);
const char * const *dojo_install_preview_get_changed_exercises (DojoInstallPreview  *self);

G_END_DECLS
