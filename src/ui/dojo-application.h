/* dojo-application.h
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "dojo-progress.h"
#include "dojo-types.h"

G_BEGIN_DECLS

#define DOJO_TYPE_APPLICATION (dojo_application_get_type ())

G_DECLARE_FINAL_TYPE (DojoApplication, dojo_application, DOJO, APPLICATION, AdwApplication)

DojoApplication *dojo_application_new          (void);
GSettings       *dojo_application_get_settings (DojoApplication *self);
DojoProgress    *dojo_application_get_progress (DojoApplication *self);

G_END_DECLS
