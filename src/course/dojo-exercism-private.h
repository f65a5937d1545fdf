/* dojo-exercism-private.h: the Markdown conversions of the Exercism import
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "dojo-exercism.h"

G_BEGIN_DECLS

char       *_dojo_exercism_markdown (const char *text);
GStrv       _dojo_exercism_hints    (const char *text);
JsonObject *_dojo_exercism_tasks    (const char *instructions);

G_END_DECLS
