/* dojo-python-indenter.c: indentation that knows Python's blocks
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dojo-python-indenter"

#include "config.h"

#include <string.h>

#include "dojo-python-indenter.h"

struct _DojoPythonIndenter
{
  GObject parent_instance;
};

static void indenter_iface_init (GtkSourceIndenterInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DojoPythonIndenter, dojo_python_indenter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (GTK_SOURCE_TYPE_INDENTER,
                                                      indenter_iface_init))

/* The statements after which a block ends, so the next line steps back. */
static const char *block_enders[] = { "return", "pass", "break", "continue", "raise" };

static gsize
code_length (const char *line)
{
  char quote = 0;
  gsize i;

  /* The length of @line before a comment, skipping '#' inside strings. */
  for (i = 0; line[i] != '\0'; i++)
    {
      char c = line[i];

      if (quote != 0)
        {
          if (c == '\\' && line[i + 1] != '\0')
            i++;
          else if (c == quote)
            quote = 0;
        }
      else if (c == '"' || c == '\'')
        quote = c;
      else if (c == '#')
        break;
    }

  return i;
}

/**
 * dojo_python_next_indent:
 * @previous_line: the line the learner just ended with Enter
 * @indent_width: spaces per level
 *
 * Returns: (transfer full): the white space the next line starts with: one
 *   level deeper after a line ending in `:`, one level shallower after
 *   `return`, `pass`, `break`, `continue` or `raise`, the same otherwise.
 */
char *
dojo_python_next_indent (const char *previous_line,
                         guint       indent_width)
{
  g_autofree char *code = NULL;
  gsize indent = 0;
  gsize len;

  g_return_val_if_fail (previous_line != NULL, NULL);

  while (previous_line[indent] == ' ' || previous_line[indent] == '\t')
    indent++;

  code = g_strndup (previous_line, code_length (previous_line));
  g_strchomp (code);
  len = strlen (code);

  if (len > 0 && code[len - 1] == ':')
    return g_strnfill (indent + indent_width, ' ');

  /* A blank or comment-only line keeps the level it is at. */
  if (len <= indent)
    return g_strndup (previous_line, indent);

  for (guint i = 0; i < G_N_ELEMENTS (block_enders); i++)
    {
      const char *word = code + indent;
      gsize word_len = strlen (block_enders[i]);

      if (strncmp (word, block_enders[i], word_len) == 0 &&
          (word[word_len] == '\0' || word[word_len] == ' ' || word[word_len] == '('))
        return g_strnfill (indent >= indent_width ? indent - indent_width : 0, ' ');
    }

  return g_strndup (previous_line, indent);
}

static gboolean
dojo_python_indenter_is_trigger (GtkSourceIndenter *indenter,
                                 GtkSourceView     *view,
                                 const GtkTextIter *location,
                                 GdkModifierType    state,
                                 guint              keyval)
{
  if ((state & (GDK_SHIFT_MASK | GDK_CONTROL_MASK)) != 0)
    return FALSE;

  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter;
}

static void
dojo_python_indenter_indent (GtkSourceIndenter *indenter,
                             GtkSourceView     *view,
                             GtkTextIter       *iter)
{
  GtkTextBuffer *buffer = gtk_text_iter_get_buffer (iter);
  GtkTextIter prev_start;
  GtkTextIter prev_end;
  GtkTextIter ws_end;
  g_autofree char *previous = NULL;
  g_autofree char *indent = NULL;
  guint width;

  if (gtk_text_iter_get_line (iter) == 0)
    return;

  prev_start = *iter;
  gtk_text_iter_backward_line (&prev_start);
  prev_end = prev_start;
  if (!gtk_text_iter_ends_line (&prev_end))
    gtk_text_iter_forward_to_line_end (&prev_end);

  previous = gtk_text_iter_get_slice (&prev_start, &prev_end);
  width = gtk_source_view_get_indent_width (view);
  if ((int)width <= 0)
    width = gtk_source_view_get_tab_width (view);

  indent = dojo_python_next_indent (previous, width);

  /* Enter in the middle of an indented line carries white space along:
   * replace it rather than adding to it. */
  ws_end = *iter;
  while (!gtk_text_iter_ends_line (&ws_end) &&
         (gtk_text_iter_get_char (&ws_end) == ' ' || gtk_text_iter_get_char (&ws_end) == '\t'))
    gtk_text_iter_forward_char (&ws_end);
  gtk_text_buffer_delete (buffer, iter, &ws_end);

  gtk_text_buffer_insert (buffer, iter, indent, -1);
}

static void
indenter_iface_init (GtkSourceIndenterInterface *iface)
{
  iface->is_trigger = dojo_python_indenter_is_trigger;
  iface->indent = dojo_python_indenter_indent;
}

static void
dojo_python_indenter_class_init (DojoPythonIndenterClass *klass)
{
}

static void
dojo_python_indenter_init (DojoPythonIndenter *self)
{
}

GtkSourceIndenter *
dojo_python_indenter_new (void)
{
  return g_object_new (DOJO_TYPE_PYTHON_INDENTER, NULL);
}
