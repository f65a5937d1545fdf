/* dojo-type-errors.h: mypy's diagnostics in a beginner's words
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *dojo_type_error_describe (JsonObject *diagnostic) G_GNUC_WARN_UNUSED_RESULT;
char *dojo_type_error_mypy_missing (void) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
