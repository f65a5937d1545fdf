/* dojo-quiz-view-private.h: the parts of a quiz card a lesson's question shares
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *_dojo_quiz_code_label_new   (const char *code);
GtkWidget *_dojo_quiz_markup_label_new (const char *markdown);
GtkWidget *_dojo_quiz_prompt_new       (const char *markdown);

G_END_DECLS
