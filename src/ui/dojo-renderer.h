/* dojo-renderer.h: OpenGL only where there is a GPU to run it
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean dojo_renderer_plan    (const char         *dev_dir,
                                const char * const *envp,
                                guint               gtk_minor,
                                const char        **variable,
                                const char        **value);
void     dojo_renderer_choose  (void);
void     dojo_renderer_forget  (void);

G_END_DECLS
