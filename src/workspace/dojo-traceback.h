/* dojo-traceback.h: reading file locations out of Python's tracebacks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The pattern (PCRE2 syntax, also valid for GRegex) that finds a traceback
 * frame such as `File "main.py", line 3` in a program's output. */
#define DOJO_TRACEBACK_LOCATION_PATTERN "File \"([^\"\\n]+)\", line ([0-9]+)"

gboolean dojo_traceback_parse_location (const char  *text,
                                        char       **path,
                                        guint       *line);

G_END_DECLS
