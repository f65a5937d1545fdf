/* dojo-explain.h: errors of a learner's program, explained for a beginner
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *dojo_explain_describe (JsonObject *explanation);
char *dojo_explain_values   (JsonObject *explanation);

G_END_DECLS
