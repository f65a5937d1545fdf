/* dojo-lesson-questions-private.h: the `question` blocks of a lesson
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A fenced code block whose info string is `question` (docs/pack-format.md,
 * Lessons): one question object in the quiz format. */
typedef struct
{
  guint    fence_line;   /* the line of its opening fence, from 1 */
  guint    first_line;   /* the line its JSON starts on */
  GString *json;         /* at most DOJO_QUIZ_MAX_QUESTION_SIZE + 1 bytes of it */
  gboolean too_large;    /* the block is larger than DOJO_QUIZ_MAX_QUESTION_SIZE */
} DojoQuestionBlock;

void       _dojo_question_block_free   (DojoQuestionBlock *block);
GPtrArray *_dojo_lesson_find_questions (const char        *markdown,
                                        gsize              length);

G_END_DECLS
