/* dojo-lesson-questions.c: the `question` blocks of a lesson
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The validator and the prover read a lesson's questions here, where they
 * are: the app renders them (src/ui/dojo-markdown.c) with the same rules.
 */

#define G_LOG_DOMAIN "dojo-pack"

#include "config.h"

#include <string.h>

#include <md4c.h>

#include "dojo-lesson-questions-private.h"
#include "dojo-quiz.h"

typedef struct
{
  const char        *text;
  gsize              size;
  const char        *cursor;
  guint              cursor_line;
  GPtrArray         *blocks;
  DojoQuestionBlock *open;
} Finder;

void
_dojo_question_block_free (DojoQuestionBlock *block)
{
  if (block == NULL)
    return;
  g_string_free (block->json, TRUE);
  g_free (block);
}

static guint
line_at (Finder     *f,
         const char *ptr)
{
  for (; f->cursor < ptr && f->cursor < f->text + f->size; f->cursor++)
    if (*f->cursor == '\n')
      f->cursor_line++;
  return f->cursor_line;
}

static int
enter_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Finder *f = user_data;
  MD_BLOCK_CODE_DETAIL *code = detail;

  if (type != MD_BLOCK_CODE || f->open != NULL ||
      code->lang.size != strlen ("question") ||
      memcmp (code->lang.text, "question", code->lang.size) != 0)
    return 0;

  /* One more than the limit is found, for the validator to report; the
   * rest are not looked at. */
  if (f->blocks->len > DOJO_QUIZ_MAX_LESSON_QUESTIONS)
    return 0;

  f->open = g_new0 (DojoQuestionBlock, 1);
  f->open->json = g_string_new (NULL);
  return 0;
}

static int
leave_block (MD_BLOCKTYPE  type,
             void         *detail,
             void         *user_data)
{
  Finder *f = user_data;

  if (type != MD_BLOCK_CODE || f->open == NULL)
    return 0;

  /* an empty block: its fence is the line after the last text seen */
  if (f->open->first_line == 0)
    {
      f->open->fence_line = f->cursor_line + 1;
      f->open->first_line = f->open->fence_line + 1;
    }
  g_ptr_array_add (f->blocks, g_steal_pointer (&f->open));
  return 0;
}

static int
enter_span (MD_SPANTYPE  type,
            void        *detail,
            void        *user_data)
{
  return 0;
}

static int
text_cb (MD_TEXTTYPE    type,
         const MD_CHAR *data,
         MD_SIZE        size,
         void          *user_data)
{
  Finder *f = user_data;

  if (data >= f->text && data <= f->text + f->size)
    line_at (f, data);

  if (f->open == NULL)
    return 0;

  if (f->open->first_line == 0)
    {
      f->open->first_line = f->cursor_line;
      f->open->fence_line = f->cursor_line > 1 ? f->cursor_line - 1 : 1;
    }

  if (f->open->json->len + size > DOJO_QUIZ_MAX_QUESTION_SIZE)
    f->open->too_large = TRUE;
  if (f->open->json->len <= DOJO_QUIZ_MAX_QUESTION_SIZE)
    g_string_append_len (f->open->json, data, size);
  return 0;
}

/**
 * _dojo_lesson_find_questions:
 * @markdown: a lesson, UTF-8
 * @length: its length in bytes
 *
 * Returns: (transfer full) (element-type DojoQuestionBlock): the lesson's
 *   `question` blocks in order; no more than DOJO_QUIZ_MAX_LESSON_QUESTIONS
 *   + 1 of them
 */
GPtrArray *
_dojo_lesson_find_questions (const char *markdown,
                             gsize       length)
{
  g_autofree char *terminated = g_strndup (markdown, length);
  Finder f = { terminated, length, terminated, 1, NULL, NULL };
  MD_PARSER parser = {
    .abi_version = 0,
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES,
    .enter_block = enter_block,
    .leave_block = leave_block,
    .enter_span = enter_span,
    .leave_span = enter_span,
    .text = text_cb,
  };

  f.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)_dojo_question_block_free);
  md_parse (terminated, (MD_SIZE)length, &parser, &f);
  _dojo_question_block_free (f.open);

  return f.blocks;
}
