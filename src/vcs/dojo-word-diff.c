/* dojo-word-diff.c: which words of a changed line changed
 *
 * Copyright 2026 The Dojo authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libgit2 compares lines; a learner who changed one word of a line wants to
 * see that word. Both lines are cut into tokens (a run of letters, digits
 * and '_' is one word, a run of spaces is one token, any other character is
 * a token of its own), and the longest common subsequence of the two token
 * lists is what stayed; every other token changed.
 */

#define G_LOG_DOMAIN "dojo-word-diff"

#include "config.h"

#include <string.h>

#include "dojo-word-diff.h"

/* The comparison fills a table of (old tokens) × (new tokens) cells. Lines
 * are compared after their common start and end are set aside, so only the
 * changed middle counts; 40,000 cells (200 × 200 tokens, a line of several
 * hundred characters changed all over) take well under a millisecond. A
 * longer middle (minified code, a data line) gets no word highlights: its
 * line is still shown as removed and added, and the view never waits. */
#define MAX_CELLS 40000

/* Searching the best partner for each removed line costs one comparison per
 * pair; blocks with more pairs than this are paired in order instead. */
#define MAX_SEARCHED_PAIRS 64

typedef struct
{
  guint start;
  guint end;
} Token;

static gboolean
is_word_char (gunichar c)
{
  return c == '_' || g_unichar_isalnum (c);
}

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t';
}

/* One character at @pos: its length in bytes and what it is. A byte that
 * is not UTF-8 is a character of its own that is neither word nor space. */
static guint
next_char (const char *text,
           guint       len,
           guint       pos,
           gunichar   *c)
{
  gunichar ch = g_utf8_get_char_validated (text + pos, len - pos);

  if (ch == (gunichar) -1 || ch == (gunichar) -2)
    {
      *c = 0xFFFD;
      return 1;
    }
  *c = ch;
  return (guint) (g_utf8_next_char (text + pos) - (text + pos));
}

static GArray *
tokenize (const char *text,
          guint       len)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  guint pos = 0;

  while (pos < len)
    {
      Token token = { pos, pos };
      gunichar c;
      guint step = next_char (text, len, pos, &c);

      token.end = pos + step;
      if (is_word_char (c) || is_space_char (c))
        {
          gboolean word = is_word_char (c);

          while (token.end < len)
            {
              gunichar d;
              guint next = next_char (text, len, token.end, &d);

              if (word ? !is_word_char (d) : !is_space_char (d))
                break;
              token.end += next;
            }
        }
      g_array_append_val (tokens, token);
      pos = token.end;
    }

  return tokens;
}

static gboolean
tokens_equal (const char  *a_text,
              const Token *a,
              const char  *b_text,
              const Token *b)
{
  return a->end - a->start == b->end - b->start
         && memcmp (a_text + a->start, b_text + b->start, a->end - a->start) == 0;
}

static guint
visible_bytes (const char *text,
               guint       start,
               guint       end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    if (text[i] != ' ' && text[i] != '\t')
      n++;

  return n;
}

/* The changed tokens as ranges: neighbours are joined, and so are two
 * changes with only unchanged spaces between them ("a b" for "x y" reads as
 * one change, not two). */
static GArray *
changed_ranges (const char     *text,
                const GArray   *tokens,
                const gboolean *changed)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (DojoWordRange));

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      DojoWordRange *last;

      if (!changed[i])
        continue;

      last = ranges->len > 0 ? &g_array_index (ranges, DojoWordRange, ranges->len - 1) : NULL;
      if (last != NULL && visible_bytes (text, last->end, token->start) == 0)
        last->end = token->end;
      else
        {
          DojoWordRange range = { token->start, token->end };

          g_array_append_val (ranges, range);
        }
    }

  return ranges;
}

/**
 * dojo_word_diff_lines:
 * @old_text: the removed line, without its line end
 * @old_len: its length in bytes, or -1 if it ends with a NUL
 * @new_text: the added line
 * @new_len: its length in bytes, or -1
 *
 * Returns: (transfer full) (nullable): the changed words of both lines, or
 *   %NULL when their changed middle is too long to compare (MAX_CELLS)
 */
DojoWordDiff *
dojo_word_diff_lines (const char *old_text,
                      gssize      old_len,
                      const char *new_text,
                      gssize      new_len)
{
  g_autoptr(GArray) a = NULL;
  g_autoptr(GArray) b = NULL;
  g_autofree gboolean *a_changed = NULL;
  g_autofree gboolean *b_changed = NULL;
  g_autofree guint32 *table = NULL;
  DojoWordDiff *diff;
  guint prefix = 0;
  guint suffix = 0;
  guint n;
  guint m;
  guint common = 0;
  guint a_visible;
  guint b_visible;

  g_return_val_if_fail (old_text != NULL || old_len == 0, NULL);
  g_return_val_if_fail (new_text != NULL || new_len == 0, NULL);

  if (old_len < 0)
    old_len = strlen (old_text);
  if (new_len < 0)
    new_len = strlen (new_text);
  g_return_val_if_fail (old_len <= G_MAXINT && new_len <= G_MAXINT, NULL);

  a = tokenize (old_text, (guint) old_len);
  b = tokenize (new_text, (guint) new_len);
  a_changed = g_new0 (gboolean, a->len + 1);
  b_changed = g_new0 (gboolean, b->len + 1);

  while (prefix < a->len && prefix < b->len
         && tokens_equal (old_text, &g_array_index (a, Token, prefix),
                          new_text, &g_array_index (b, Token, prefix)))
    prefix++;
  while (suffix < a->len - prefix && suffix < b->len - prefix
         && tokens_equal (old_text, &g_array_index (a, Token, a->len - 1 - suffix),
                          new_text, &g_array_index (b, Token, b->len - 1 - suffix)))
    suffix++;

  n = a->len - prefix - suffix;
  m = b->len - prefix - suffix;
  if (n > 0 && m > 0 && (guint64) n * m > MAX_CELLS)
    return NULL;

  /* table[i][j]: the longest common subsequence of the middles' tokens
   * from i and from j on, so that the walk below can go forwards. */
  table = g_new0 (guint32, (gsize) (n + 1) * (m + 1));
#define CELL(i, j) table[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      {
        if (tokens_equal (old_text, &g_array_index (a, Token, prefix + i),
                          new_text, &g_array_index (b, Token, prefix + j)))
          CELL (i, j) = CELL (i + 1, j + 1) + 1;
        else
          CELL (i, j) = MAX (CELL (i + 1, j), CELL (i, j + 1));
      }

  {
    guint i = 0;
    guint j = 0;

    while (i < n || j < m)
      {
        if (i < n && j < m
            && tokens_equal (old_text, &g_array_index (a, Token, prefix + i),
                             new_text, &g_array_index (b, Token, prefix + j)))
          {
            const Token *token = &g_array_index (a, Token, prefix + i);

            common += visible_bytes (old_text, token->start, token->end);
            i++;
            j++;
          }
        else if (j >= m || (i < n && CELL (i + 1, j) >= CELL (i, j + 1)))
          a_changed[prefix + i++] = TRUE;
        else
          b_changed[prefix + j++] = TRUE;
      }
  }
#undef CELL

  for (guint i = 0; i < prefix; i++)
    {
      const Token *token = &g_array_index (a, Token, i);

      common += visible_bytes (old_text, token->start, token->end);
    }
  for (guint i = a->len - suffix; i < a->len; i++)
    {
      const Token *token = &g_array_index (a, Token, i);

      common += visible_bytes (old_text, token->start, token->end);
    }

  diff = g_new0 (DojoWordDiff, 1);
  diff->old_ranges = changed_ranges (old_text, a, a_changed);
  diff->new_ranges = changed_ranges (new_text, b, b_changed);

  a_visible = visible_bytes (old_text, 0, (guint) old_len);
  b_visible = visible_bytes (new_text, 0, (guint) new_len);
  if (a_visible + b_visible == 0)
    diff->similarity = 100;
  else
    diff->similarity = (guint) ((guint64) common * 2 * 100 / (a_visible + b_visible));

  return diff;
}

/**
 * dojo_word_diff_pair_block:
 * @removed: (array length=n_removed): the removed lines of one block of a
 *   hunk, in order
 * @added: (array length=n_added): the added lines that follow them
 * @n_needed: pair only the first @n_needed removed lines (a view that shows
 *   only the start of a huge block need not compare the rest)
 *
 * Pairs each removed line with the added line that replaced it, and says
 * which words changed. With as many added as removed lines, git's own
 * order pairs them: the n-th with the n-th. Otherwise (a line split in two,
 * a line put between two changed ones) each removed line takes the most
 * similar added line after the previous pair's, so pairs never cross.
 * Lines too different to be one line changed stay unpaired.
 *
 * Returns: (transfer full) (element-type DojoWordDiff): the pairs, in order
 */
GPtrArray *
dojo_word_diff_pair_block (const char * const *removed,
                           guint               n_removed,
                           const char * const *added,
                           guint               n_added,
                           guint               n_needed)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func ((GDestroyNotify) dojo_word_diff_free);

  g_return_val_if_fail (removed != NULL || n_removed == 0, pairs);
  g_return_val_if_fail (added != NULL || n_added == 0, pairs);

  if (n_removed == n_added || (guint64) n_removed * n_added > MAX_SEARCHED_PAIRS)
    {
      for (guint i = 0; i < MIN (MIN (n_removed, n_added), n_needed); i++)
        {
          DojoWordDiff *diff = dojo_word_diff_lines (removed[i], -1, added[i], -1);

          if (diff == NULL)
            continue;
          if (diff->similarity < DOJO_WORD_DIFF_MIN_SIMILARITY)
            {
              dojo_word_diff_free (diff);
              continue;
            }
          diff->old_line = i;
          diff->new_line = i;
          g_ptr_array_add (pairs, diff);
        }
      return pairs;
    }

  {
    guint next_added = 0;

    for (guint i = 0; i < MIN (n_removed, n_needed) && next_added < n_added; i++)
      {
        DojoWordDiff *best = NULL;

        for (guint j = next_added; j < n_added; j++)
          {
            DojoWordDiff *diff = dojo_word_diff_lines (removed[i], -1, added[j], -1);

            if (diff == NULL)
              continue;
            diff->old_line = i;
            diff->new_line = j;
            if (diff->similarity >= DOJO_WORD_DIFF_MIN_SIMILARITY
                && (best == NULL || diff->similarity > best->similarity))
              {
                g_clear_pointer (&best, dojo_word_diff_free);
                best = diff;
              }
            else
              dojo_word_diff_free (diff);
          }

        if (best != NULL)
          {
            next_added = best->new_line + 1;
            g_ptr_array_add (pairs, best);
          }
      }
  }

  return pairs;
}

void
dojo_word_diff_free (DojoWordDiff *diff)
{
  if (diff == NULL)
    return;

  g_clear_pointer (&diff->old_ranges, g_array_unref);
  g_clear_pointer (&diff->new_ranges, g_array_unref);
  g_free (diff);
}
