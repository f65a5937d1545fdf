/* dojo-traceback.c: reading file locations out of Python's tracebacks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-traceback"

#include "config.h"

#include "dojo-traceback.h"

/**
 * dojo_traceback_parse_location:
 * @text: text holding a traceback frame, e.g. `File "main.py", line 3, in f`
 * @path: (out) (optional): the file the frame names
 * @line: (out) (optional): the 1-based line number
 *
 * Returns: %TRUE if @text holds a frame location with a line number that
 *   makes sense (1 or more, and not absurdly large).
 */
gboolean
dojo_traceback_parse_location (const char  *text,
                               char       **path,
                               guint       *line)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  guint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new (DOJO_TRACEBACK_LOCATION_PATTERN,
                                            G_REGEX_OPTIMIZE, 0, NULL));

  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;

  number = g_match_info_fetch (match, 2);
  if (!g_ascii_string_to_unsigned (number, 10, 1, G_MAXINT, &value, NULL))
    return FALSE;

  if (path != NULL)
    *path = g_match_info_fetch (match, 1);
  if (line != NULL)
    *line = (guint)value;

  return TRUE;
}
