/* dojo-source-util.h: what every GtkSourceView of Dojo's shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtksourceview/gtksource.h>

G_BEGIN_DECLS

void                  dojo_source_util_init (void);
GtkSourceStyleScheme *dojo_source_util_get_scheme (void);
GtkSourceLanguage    *dojo_source_util_get_python (void);
void                  dojo_source_util_follow_style (GtkSourceBuffer *buffer);

GtkSourceLanguageManager *_dojo_source_util_python_languages_new (const char         *cache_dir,
                                                                  const char * const *dirs,
                                                                  gboolean           *learners);
gboolean                  _dojo_source_util_link_schemes         (const char         *cache_dir,
                                                                  const char * const *dirs);

G_END_DECLS
