/* dojo-names-view-private.h: what the names view drew, for tests
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dojo-names-view.h"

G_BEGIN_DECLS

guint       _dojo_names_view_get_n_objects  (DojoNamesView *self);
guint       _dojo_names_view_get_n_arrows   (DojoNamesView *self);
guint       _dojo_names_view_get_n_frames   (DojoNamesView *self);
const char *_dojo_names_view_get_description (DojoNamesView *self);

G_END_DECLS
