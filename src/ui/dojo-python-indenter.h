/* dojo-python-indenter.h: indentation that knows Python's blocks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

#define DOJO_TYPE_PYTHON_INDENTER (dojo_python_indenter_get_type ())

G_DECLARE_FINAL_TYPE (DojoPythonIndenter, dojo_python_indenter, DOJO, PYTHON_INDENTER, GObject)

GtkSourceIndenter *dojo_python_indenter_new  (void);
char              *dojo_python_next_indent   (const char *previous_line,
                                              guint       indent_width);

G_END_DECLS
