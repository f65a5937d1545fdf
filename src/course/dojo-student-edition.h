/* dojo-student-edition.h: turning a copy of a pack into its student edition
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean dojo_student_edition_check_is_hidden (JsonNode  *check);
gboolean dojo_student_edition_apply           (GFile     *pack_dir,
                                               guint     *n_hidden,
                                               GError   **error);

G_END_DECLS
