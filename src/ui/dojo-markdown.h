/* dojo-markdown.h: render a lesson's Markdown into a GtkTextBuffer
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <gtksourceview/gtksource.h>

#include "dojo-types.h"
#include "dojo-quiz.h"

G_BEGIN_DECLS

#define DOJO_MARKDOWN_ERROR (dojo_markdown_error_quark ())

typedef enum
{
  DOJO_MARKDOWN_ERROR_INVALID_UTF8,
  DOJO_MARKDOWN_ERROR_TOO_LARGE,
  DOJO_MARKDOWN_ERROR_FAILED,
} DojoMarkdownError;

GQuark      dojo_markdown_error_quark      (void);

gboolean    dojo_markdown_render           (GtkTextBuffer        *buffer,
                                            const char           *markdown,
                                            gssize                length,
                                            GFile                *base_dir,
                                            GtkSourceStyleScheme *scheme,
                                            GError              **error);
gboolean    dojo_markdown_render_full      (GtkTextBuffer        *buffer,
                                            const char           *markdown,
                                            gssize                length,
                                            GFile                *base_dir,
                                            GtkSourceStyleScheme *scheme,
                                            PangoContext         *context,
                                            double                font_scale,
                                            gboolean              high_contrast,
                                            GError              **error);
const char *dojo_markdown_get_link_at_iter (const GtkTextIter    *iter);
GPtrArray  *dojo_markdown_get_questions    (GtkTextBuffer        *buffer);
DojoQuiz   *dojo_markdown_question_get_quiz (GtkTextChildAnchor  *anchor);

char       *dojo_markdown_inline_to_markup (const char *markdown);
char       *dojo_markdown_to_plain_text    (const char *markdown);
GtkWidget  *dojo_markdown_blocks_new       (const char *markdown);
void        dojo_markdown_label_show_code  (GtkLabel   *label);

G_END_DECLS
